/* abbrev.c - look words up in the compiled lists (see abbrev.h). */
#include <string.h>

#include "abbrev.h"

static inline unsigned char
fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

unsigned
abbrev_lookup(const char *w, size_t n)
{
	const unsigned char *s = (const unsigned char *)w;
	unsigned char key[ABBREV_MAX];
	unsigned h = 2166136261u, slot;
	size_t i;

	if (n == 0 || n > ABBREV_MAX)
		return 0;
	/* FNV-1a over the folded word, as lib/abbrev_gen.py hashes it. */
	for (i = 0; i < n; i++) {
		key[i] = fold(s[i]);
		h = (h ^ key[i]) * 16777619u;
	}
	for (slot = h & abbrev_mask; abbrev_slots[slot] != 0;
	    slot = (slot + 1) & abbrev_mask) {
		const struct abbrev_word *e = &abbrev_words[abbrev_slots[slot] - 1];

		if (e->len == n && memcmp(e->word, key, n) == 0)
			return e->any_case |
			    (s[0] >= 'A' && s[0] <= 'Z' ? e->capital : 0);
	}
	return 0;
}
