/* abbrev.c - look words up in the compiled lists (see abbrev.h). */
#include <stdint.h>

#include "abbrev.h"

static inline unsigned char
fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

/*
 * The hash of lib/abbrev_gen.py: the length and the first two and last two
 * bytes, folded.  Most words looked up are in no list; for them this and
 * one look at an empty slot is all the work.
 */
static inline unsigned
hash_word(const unsigned char *s, size_t n)
{
	uint32_t h = (uint32_t)n;

	h = h * 31 + fold(s[0]);
	h = h * 31 + fold(s[n > 1 ? 1 : 0]);
	h = h * 31 + fold(s[n > 1 ? n - 2 : 0]);
	h = h * 31 + fold(s[n - 1]);
	return (unsigned)((h * 2654435761u) >> 16 & 0xFFFF);
}

unsigned
abbrev_lookup(const char *w, size_t n)
{
	const unsigned char *s = (const unsigned char *)w;
	unsigned slot;
	size_t i;

	if (n == 0 || n > ABBREV_MAX)
		return 0;
	for (slot = hash_word(s, n) & abbrev_mask; abbrev_slots[slot] != 0;
	    slot = (slot + 1) & abbrev_mask) {
		const struct abbrev_word *e = &abbrev_words[abbrev_slots[slot] - 1];

		if (e->len != n)
			continue;
		for (i = 0; i < n && (unsigned char)e->word[i] == fold(s[i]); i++)
			;
		if (i == n)
			return e->any_case |
			    (s[0] >= 'A' && s[0] <= 'Z' ? e->capital : 0);
	}
	return 0;
}
