/*
 * diff_embed_test.c - unit tests for lib/diff_embed.c: the compiled-in
 * GloVe neighbour table loads, finds words at both ends of its byte order,
 * gives neighbours nearest first, and knows nothing of words it lacks.
 */
#include <string.h>

#include "check.h"
#include "diff_embed.h"

static int
has(const struct dembed_nb *nb, size_t n, const char *w)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (nb[k].len == strlen(w) && memcmp(nb[k].word, w, nb[k].len) == 0)
			return 1;
	return 0;
}

int
main(void)
{
	struct dembed_nb nb[8];
	size_t n, k;

	n = dembed_neighbours("truce", 5, nb, 8);
	check(n >= 1 && has(nb, n, "ceasefire"), "truce is near ceasefire");
	for (k = 1; k < n; k++)
		check(nb[k].sim <= nb[k - 1].sim, "nearest first (%zu)", k);
	for (k = 0; k < n; k++)
		check(nb[k].sim >= 128 && nb[k].sim <= 255, "cosine 0.5 to 1");
	n = dembed_neighbours("oversee", 7, nb, 8);
	check(has(nb, n, "supervise"), "oversee is near supervise");
	check(dembed_neighbours("truce", 5, nb, 2) <= 2, "at most max");
	check(dembed_known("zoning", 6) || dembed_known("zoo", 3), "late in byte order");
	check(dembed_known("abandon", 7), "early in byte order");
	check(!dembed_known("xqzzyv", 6), "an unknown word");
	check(dembed_neighbours("xqzzyv", 6, nb, 8) == 0, "no neighbours");
	check(!dembed_known("the", 3), "stopwords are left out");
	check(!dembed_known("", 0), "the empty word");
	check(!dembed_known("Truce", 5), "words are folded first");
	return check_done("diff_embed_test");
}
