/*
 * sentence.h - English sentence boundary detection for news text.
 *
 * sent_split() finds the sentences of one paragraph and returns them as
 * byte spans into the text, whitespace at each boundary trimmed.  The spans
 * cover every non-whitespace byte of the text exactly once, in order (the
 * lossless property split-sentences(1) promises).
 */
#ifndef CW_SENTENCE_H
#define CW_SENTENCE_H

#include <stddef.h>

struct sent_span {
	size_t start, end;      /* [start, end) in the paragraph text */
};

struct sent_list {
	struct sent_span *v;
	size_t n, cap;
};

/* Split text[0, n) into sentences, replacing the contents of out.
 * Returns out->n (0 for a paragraph of only whitespace). */
size_t sent_split(const char *text, size_t n, struct sent_list *out);

void sent_list_free(struct sent_list *l);

#endif
