/*
 * diff_embed.h - near neighbours of English words in GloVe space, for the
 * paraphrase tolerance of diff-sources(1): "truce" is near "ceasefire",
 * "oversee" near "supervise", "criticized" near "denounced".
 *
 * The table (lib/diff_embed.bin, made by lib/diff_embed_gen.py) holds the
 * 40,000 most frequent lower-case words of GloVe 6B 100d, less stopwords,
 * each with up to 8 nearest other words whose cosine is at least 0.5 (after
 * the mean and the top two principal components are taken out), nearest
 * first, the cosine as a byte (cos * 255).  It is compiled in and checked on
 * first use.
 */
#ifndef CW_DIFF_EMBED_H
#define CW_DIFF_EMBED_H

#include <stddef.h>
#include <stdint.h>

struct dembed_nb {
	const char *word;    /* not NUL-terminated */
	size_t len;
	unsigned sim;        /* cosine * 255 */
};

/* The neighbours of the folded word w[0, n): fills at most max entries of
 * out, nearest first, and returns how many (0 for a word not in the
 * table). */
size_t dembed_neighbours(const char *w, size_t n, struct dembed_nb *out,
    size_t max);
/* Is the folded word in the table? */
int dembed_known(const char *w, size_t n);

#endif
