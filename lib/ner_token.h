/*
 * ner_token.h - the word tokenizer of tag-entities(1).
 *
 * Splits one sentence into words in the manner of the Penn Treebank and of
 * the CoNLL-2003 Reuters text the tagger learned from: whitespace separates;
 * brackets, quotes and sentence punctuation come off the ends of a word;
 * the clitics 's, n't, 're, 've and 'll become words of their own
 * ("Iran's" -> "Iran" "'s"); a final period stays on abbreviations and
 * initials ("U.S.", "Mr.", "J."); apostrophes and hyphens inside a word stay
 * ("al-Ja'afari").  Text already tokenized that way (CoNLL tokens joined by
 * spaces) comes back unchanged.  Curly quotes count as straight ones.
 */
#ifndef CW_NER_TOKEN_H
#define CW_NER_TOKEN_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

struct ner_tok {
	uint32_t start, end;    /* the word is text[start, end) */
};

struct ner_toks {
	struct ner_tok *v;
	size_t n, cap;
};

/* Append the words of text[0, n) to out (n < 4 GiB); returns out->n. */
size_t ner_tokenize(const char *text, size_t n, struct ner_toks *out);
void ner_toks_free(struct ner_toks *t);

/*
 * Append the word s[0, n) to out in the form the tagger's features see:
 * curly quotes and primes as ' and ", en and em dashes as -, the ellipsis
 * as "...".  With lower set, letters are also lower-cased.
 */
void ner_normalize(const char *s, size_t n, int lower, struct buf *out);

#endif
