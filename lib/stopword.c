/* stopword.c - the English stopword list (see stopword.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cmp.h"
#include "stopword.h"

/* Sorted (bytewise) for bsearch; all lower case. */
static const char *const english[] = {
	"a", "about", "above", "after", "again", "against", "all", "also", "am",
	"an", "and", "any", "are", "as", "at", "be", "because", "been",
	"before", "being", "below", "between", "both", "but", "by", "can",
	"could", "did", "do", "does", "doing", "down", "during", "each",
	"even", "ever", "every", "few", "for", "from", "further", "had", "has",
	"have", "having", "he", "her", "here", "hers", "herself", "him",
	"himself", "his", "how", "however", "i", "if", "in", "into", "is",
	"it", "its", "itself", "just", "least", "less", "many", "may", "me",
	"might", "more", "most", "much", "must", "my", "myself", "never", "no",
	"nor", "not", "now", "of", "off", "often", "on", "once", "one", "only",
	"or", "other", "our", "ours", "ourselves", "out", "over", "own",
	"same", "shall", "she", "should", "since", "so", "some", "still",
	"such", "than", "that", "the", "their", "theirs", "them",
	"themselves", "then", "there", "these", "they", "this", "those",
	"though", "through", "thus", "to", "too", "under", "until", "up",
	"upon", "us", "very", "was", "we", "were", "what", "when", "where",
	"whether", "which", "while", "who", "whom", "whose", "why", "will",
	"with", "within", "without", "would", "yet", "you", "your", "yours",
	"yourself", "yourselves"
};

/*
 * A word of up to 12 letters packs into 64 bits (5 bits a letter), so the
 * list becomes a sorted array of integers, built on first use.
 */
#define NWORDS (sizeof(english) / sizeof(english[0]))

static uint64_t packed[NWORDS];
static int ready;

static uint64_t
pack(const char *w, size_t n)
{
	uint64_t v = 0;
	size_t i;

	for (i = 0; i < n; i++)
		v = v << 5 | (uint64_t)((w[i] | 0x20) - 'a' + 1);
	return v;
}

int
stop_is_english(const char *word, size_t n)
{
	uint64_t v;
	size_t i, lo, hi;

	if (n == 0 || n > 12)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)word[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
			return 0;
	}
	if (!ready) {
		for (i = 0; i < NWORDS; i++)
			packed[i] = pack(english[i], strlen(english[i]));
		qsort(packed, NWORDS, sizeof(packed[0]), cmp_u64);
		ready = 1;
	}
	v = pack(word, n);
	lo = 0;
	hi = NWORDS;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (packed[mid] == v)
			return 1;
		if (packed[mid] < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}
