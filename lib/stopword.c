/* stopword.c - the English stopword list (see stopword.h). */
#include <stdlib.h>
#include <string.h>

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

static int
cmp(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

int
stop_is_english(const char *word, size_t n)
{
	char low[16];
	size_t i;

	if (n == 0 || n >= sizeof(low))
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)word[i];

		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		else if (c < 'a' || c > 'z')
			return 0;
		low[i] = (char)c;
	}
	low[n] = '\0';
	return bsearch(low, english, sizeof(english) / sizeof(english[0]),
	    sizeof(english[0]), cmp) != NULL;
}
