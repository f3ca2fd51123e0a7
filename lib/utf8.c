/* utf8.c - UTF-8 checking, repair and coding (see utf8.h). */
#include <string.h>

#include "utf8.h"

/* True when any byte of the 8-byte word is zero or has its high bit set. */
static inline int
word_needs_care(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t highs = 0x8080808080808080ULL;

	return ((w - ones) & ~w & highs) != 0 || (w & highs) != 0;
}

size_t
utf8_decode(const char *str, size_t n, int32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char c = s[0];
	int32_t v;
	size_t len, i;
	unsigned char lo = 0x80, hi = 0xBF;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		v = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;          /* no overlongs */
		else if (c == 0xED)
			hi = 0x9F;          /* no surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;          /* nothing above U+10FFFF */
	} else {
		*cp = -1;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if (i >= n || s[i] < lo || s[i] > hi) {
			*cp = -1;
			return i;            /* the maximal subpart */
		}
		lo = 0x80;
		hi = 0xBF;
		v = (v << 6) | (s[i] & 0x3F);
	}
	*cp = v;
	return len;
}

size_t
utf8_valid_prefix(const char *s, size_t n)
{
	size_t i = 0;
	int32_t cp;

	for (;;) {
		while (i + 8 <= n) {
			uint64_t w;

			memcpy(&w, s + i, 8);
			if (word_needs_care(w))
				break;
			i += 8;
		}
		if (i >= n)
			return n;
		if (s[i] == '\0')
			return i;
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		{
			size_t k = utf8_decode(s + i, n - i, &cp);

			if (cp < 0)
				return i;
			i += k;
		}
	}
}

size_t
utf8_repair(const char *s, size_t n, struct buf *out)
{
	size_t i = 0, fixes = 0;

	while (i < n) {
		size_t ok = utf8_valid_prefix(s + i, n - i);
		int32_t cp;

		buf_add(out, s + i, ok);
		i += ok;
		if (i >= n)
			break;
		i += (s[i] == '\0') ? 1 : utf8_decode(s + i, n - i, &cp);
		buf_add(out, UTF8_REPLACEMENT, 3);
		fixes++;
	}
	return fixes;
}

size_t
utf8_encode(int32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t
utf8_decode_last(const char *s, size_t n, int32_t *cp)
{
	size_t k = 1;

	/* Step back over at most three continuation bytes. */
	while (k < n && k < 4 && ((unsigned char)s[n - k] & 0xC0) == 0x80)
		k++;
	if (utf8_decode(s + n - k, k, cp) == k && *cp >= 0)
		return k;
	*cp = -1;
	return 1;
}
