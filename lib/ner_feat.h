/*
 * ner_feat.h - the features of the tag-entities(1) sequence tagger.
 *
 * Every feature is a hashed string: a template number mixed with the hashes
 * of the words, shapes and list memberships it looks at.  The top bits of
 * the mixed hash pick a row of the weight table (the hashing trick, as in
 * Vowpal Wabbit), so neither the tagger nor the trainer keeps a feature
 * dictionary, and a feature costs a few multiplications, not a string.
 *
 * Features follow Ratinov & Roth (2009) and the Stanford CRF: the word and
 * its lower-case form in a window of five, word bigrams, suffixes, word shapes, capitalisation in context (a headline in capitals
 * is not a run of acronyms), gazetteer membership with the word's place in
 * a multi-word entry, titles and organisation suffixes.  The second pass
 * adds what the first pass decided: its own label for the word and its
 * neighbours, and how the same word was labelled elsewhere in the document
 * (document-level consistency).
 */
#ifndef CW_NER_FEAT_H
#define CW_NER_FEAT_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "ner_token.h"

/* Labels: O, then B I L U for each type (BILOU). */
enum { NER_PER, NER_ORG, NER_LOC, NER_MISC, NER_NTYPES };
enum { NER_B, NER_I, NER_L, NER_U };
#define NER_NLAB 17
#define NER_LAB(type, pos) (1 + (type) * 4 + (pos))
#define NER_LAB_TYPE(l) (((l) - 1) / 4)
#define NER_LAB_POS(l) (((l) - 1) % 4)

extern const char *const ner_type_names[NER_NTYPES];

/* Gazetteer lists: bit numbers in a set entry. */
enum {
	GAZ_COUNTRY, GAZ_CITY, GAZ_REGION, GAZ_DEMONYM, GAZ_FIRST,
	GAZ_SURNAME, GAZ_NAMEPART, GAZ_ORG, GAZ_LOWER, GAZ_NLISTS,
	GAZ_PREFIX = 15          /* the key begins a longer entry */
};

/*
 * An open-addressing set of hashed word sequences (lower case, words
 * joined by one space) with the lists each belongs to.  A slot holds the
 * top 48 bits of the hash (bit 16 set, so that 0 is an empty slot) and the
 * 16 list bits: one memory access per lookup.
 */
struct ner_gaz {
	const uint64_t *slots;
	uint64_t mask;           /* slots - 1 */
};

#define NER_GAZ_FP(key) (((key) | 0x10000u) & ~(uint64_t)0xFFFF)
#define NER_GAZ_SLOT(key, mask) (((key) >> 17) & (mask))

uint16_t ner_gaz_get(const struct ner_gaz *g, uint64_t key);

/* The hash of a string and its continuation by another word. */
uint64_t ner_hash(const char *s, size_t n);
uint64_t ner_hash_more(uint64_t h, const char *s, size_t n);

/* What the features know about one word. */
struct ner_word {
	uint64_t w, lw, shape, cshape, suf[4];
	uint32_t flags;          /* WF_ below */
	uint16_t gaz;            /* lists the single word is in */
	uint32_t gpos;           /* 3 bits per list: 0, or 1 + B/I/L/U */
	uint32_t start, end;     /* bytes in the sentence text */
};

enum {
	WF_INITCAP = 1 << 0, WF_ALLCAP = 1 << 1, WF_HASLOWER = 1 << 2,
	WF_HASDIGIT = 1 << 3, WF_ALLDIGIT = 1 << 4, WF_HYPHEN = 1 << 5,
	WF_PERIOD = 1 << 6, WF_PUNCT = 1 << 7, WF_FIRST = 1 << 8,
	WF_CAPSENT = 1 << 9, WF_TITLE = 1 << 10, WF_ORGSUF = 1 << 11,
	WF_APOS = 1 << 12, WF_LETTER = 1 << 13
};

/* Scratch space reused sentence after sentence. */
struct ner_sentwork {
	struct ner_toks toks;
	struct buf norm;         /* normalised and lower-case words */
	size_t *off;             /* where each word's forms are in norm */
	size_t offcap;
};

/* Fill words[0, n) from the tokens of text; words must hold toks.n. */
void ner_words(const struct ner_gaz *gaz, const char *text,
    const struct ner_toks *toks, struct ner_word *words,
    struct ner_sentwork *w);

/* Document-level facts for the second pass, per word. */
struct ner_docinfo {
	uint8_t s1;              /* first-pass label of the word */
	uint8_t maj;             /* 1 + majority type elsewhere, or 0 */
	uint8_t any;             /* bit t: labelled type t elsewhere */
	uint8_t seen;            /* 1 seen elsewhere only as O, 2 capitalised
	                          * mid-sentence elsewhere, 4 lower elsewhere */
	uint8_t first, last;     /* bit t: began / ended an entity of type t
	                          * elsewhere */
};

/* Most features a word can have. */
#define NER_MAXFEAT 72

/*
 * Write the row numbers (of a table of 2^bits rows) of the features of
 * word i of words[0, n) into rows; di is NULL for the first pass, else the
 * second pass's facts for the sentence.  Returns the count.
 */
size_t ner_features(const struct ner_word *words, size_t n, size_t i,
    const struct ner_docinfo *di, unsigned bits, uint32_t *rows);

/* Only the second pass's document features of word i (a part of what
 * ner_features() writes when di is given).  Returns the count. */
size_t ner_features_doc(const struct ner_word *words, size_t n, size_t i,
    const struct ner_docinfo *di, unsigned bits, uint32_t *rows);

/* Is label b allowed after label a (a = -1 at the start)? */
int ner_allowed(int a, int b);
/* May a sentence end on label a? */
int ner_allowed_end(int a);

#endif
