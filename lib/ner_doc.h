/*
 * ner_doc.h - document-level consistency for the tagger's second pass.
 *
 * After the first pass has labelled every word of a document, one table
 * keyed by the lower-case word counts how its occurrences were labelled
 * and capitalised.  Each word then learns how the same word was treated
 * elsewhere in the document (its own occurrence taken out), which is what
 * lets a confident "Jaafari" in one sentence decide a doubtful "JAAFARI" in
 * a headline (Ratinov & Roth 2009; Krishnan & Manning 2006).
 */
#ifndef CW_NER_DOC_H
#define CW_NER_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "ner_feat.h"

struct ner_docstat;

struct ner_docmap {
	struct ner_docstat *v;
	size_t cap;              /* power of two */
};

/* Facts for words[0, n) labelled labels[0, n) by the first pass (the whole
 * document: sentences one after another) into di[0, n). */
void ner_docinfo(struct ner_docmap *m, const struct ner_word *words,
    const uint8_t *labels, size_t n, struct ner_docinfo *di);
void ner_docmap_free(struct ner_docmap *m);

#endif
