/*
 * ner_tag.h - tag the entities of one document (tag-entities(1)).
 *
 * The sentences of a document are added one by one; ner_doc_tag() then
 * tokenizes them, labels them with the first pass, gathers what each word
 * got elsewhere in the document, labels them again with the second pass,
 * and turns the labels into mentions with canonical names.  Shorter
 * mentions of a person ("Jaafari", "Mr Ja'afari") take the name of a longer
 * mention of the same document ("Bashar al-Ja'afari"), earlier or later.
 * Memory follows the document, not the input.
 */
#ifndef CW_NER_TAG_H
#define CW_NER_TAG_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "ner_canon.h"
#include "ner_doc.h"
#include "ner_feat.h"
#include "ner_model.h"

struct ner_mention {
	size_t sent;             /* sentence number in the document */
	uint32_t start, end;     /* bytes in the sentence's text */
	int type;                /* NER_PER ... */
	size_t name, namelen;    /* canonical name in the names buffer */
	size_t key, keylen;      /* key in the names buffer */
	size_t nwords;           /* words in the key */
	int alias;               /* named by the alias table */
};

struct ner_entity;

struct ner_doc {
	const struct ner_model *model;
	const struct ner_aliases *aliases;
	struct buf text;         /* the sentences, one after another */
	size_t *soff;            /* sentence i is text[soff[i], soff[i + 1]) */
	size_t nsent, capsent;
	/* words of the document and their labels */
	struct ner_word *words;
	size_t *sw0;             /* first word of each sentence; nsent + 1 */
	uint8_t *lab1, *lab2;
	struct ner_docinfo *di;
	size_t nwords, capwords, capsw0;
	/* feature rows: word i's first-pass rows are rows[off[i], off[i+1]) */
	uint32_t *rows, *rows2;
	size_t *off, *off2;
	size_t caprows, caprows2, capoff2;
	struct ner_docmap dm;
	struct ner_decoder dec;
	struct ner_sentwork wk;
	/* the mentions, in order */
	struct ner_mention *m;
	size_t nm, capm;
	struct buf names;
	struct buf key, name;    /* scratch */
	struct ner_entity *ent;  /* distinct (type, key) for linking */
	size_t nent, capent;
	size_t *ehash;
	size_t ehcap;
	struct {                 /* entities by their words, for linking */
		uint64_t hash;
		size_t ent, next;
	} *wi;
	size_t nwi, capwi;
	size_t *wbucket;
	size_t nwbucket;
};

void ner_doc_init(struct ner_doc *d, const struct ner_model *m,
    const struct ner_aliases *a);
/* Add one sentence (copied); returns its number. */
size_t ner_doc_add(struct ner_doc *d, const char *text, size_t n);
/* Tag everything added since the last ner_doc_clear(). */
void ner_doc_tag(struct ner_doc *d);
/* Forget the document, keep the memory. */
void ner_doc_clear(struct ner_doc *d);
void ner_doc_free(struct ner_doc *d);

static inline const char *
ner_doc_sent(const struct ner_doc *d, size_t i, size_t *len)
{
	*len = d->soff[i + 1] - d->soff[i];
	return d->text.data + d->soff[i];
}

#endif
