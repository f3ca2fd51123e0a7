/*
 * ner_model.h - the trained model of tag-entities(1), read in place.
 *
 * The model is one binary blob (lib/ner_model.bin, written by
 * tools/train-ner and embedded by lib/ner_blob.S), so a static binary needs
 * no data files and start-up parses nothing: the loader checks the header
 * and points into the blob.  Layout, little-endian, sections 64-byte
 * aligned:
 *
 *	header (64 bytes): magic "CWNER\0\0\0", u32 version, u32 labels (17),
 *	    u32 total size, u32 gazetteer offset, u64 gazetteer slots,
 *	    u32 pass-1 offset, u32 pass-1 bits, u32 pass-2 offset, u32 bits
 *	gazetteer: u64 slots[slots], hash fingerprint | lists (ner_feat.h)
 *	each pass: i32 transitions[18][17] (row 0: sentence start, row 1 + a:
 *	    after label a), then i8 weights[2^bits][17]
 */
#ifndef CW_NER_MODEL_H
#define CW_NER_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "ner_feat.h"

#define NER_BLOB_MAGIC "CWNER\0\0\0"
#define NER_BLOB_VERSION 2
#define NER_BLOB_HEADER 64

struct ner_pass {
	unsigned bits;
	const int32_t *trans;    /* (NER_NLAB + 1) x NER_NLAB */
	const int8_t *w;         /* 2^bits x NER_NLAB */
};

struct ner_model {
	struct ner_gaz gaz;
	struct ner_pass pass[2];
};

/* Point m into blob[0, size).  Returns 0, or -1 with *why set. */
int ner_model_load(struct ner_model *m, const void *blob, size_t size,
    const char **why);

/* The model compiled into the program; exits 2 if it is unusable. */
const struct ner_model *ner_model_builtin(void);

/* Scratch space for ner_decode. */
struct ner_decoder {
	int32_t *score;
	uint8_t *back;
	size_t cap;
};

/*
 * Label one sentence of n words with pass p (0 first, 1 second) into
 * out[0, n), given the rows of each word's features, word i's in
 * rows[off[i], off[i + 1]), made by ner_features() with rowbits >= the
 * pass's bits: a row of fewer bits is the same hash's top bits, so one set
 * of rows serves tables of any smaller size.
 */
void ner_decode(const struct ner_model *m, int p, const uint32_t *rows,
    const size_t *off, size_t n, unsigned rowbits, struct ner_decoder *dec,
    uint8_t *out);
void ner_decoder_free(struct ner_decoder *dec);

#endif
