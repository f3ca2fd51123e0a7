/* ner_token.c - words of a sentence for the tagger (see ner_token.h). */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "err.h"
#include "ner_token.h"
#include "utf8.h"

/* Abbreviations that keep their final period (lower case, no period). */
static const char *const abbrevs[] = {
	"adm", "ave", "bhd", "bros", "capt", "cdr", "cmdr", "co", "col",
	"corp", "cpl", "dept", "dr", "esq", "etc", "ft", "gen", "gov", "hon",
	"inc", "jr", "lt", "ltd", "maj", "messrs", "mr", "mrs", "ms", "mt",
	"no", "nos", "plc", "prof", "pty", "rep", "rev", "sen", "sgt", "sr",
	"st", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
	"thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif",
	"colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
	"md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
	"okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash",
	"wis", "wyo", "approx", "dist", "est", "fig", "govt", "intl", "nat",
	"univ", "assn", "ass", "cie", "cos", "dept", "div", "mfg", "natl",
	NULL
};

static int
is_space(int32_t c)
{
	return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 ||
	    c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 ||
	    c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 ||
	    c == 0xFEFF;
}

static int
is_apostrophe(int32_t c)
{
	return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

static int
is_dash(int32_t c)
{
	return c == 0x2013 || c == 0x2014 || c == 0x2015;
}

/* Opening punctuation that comes off the front of a word. */
static int
is_open(int32_t c)
{
	switch (c) {
	case '(': case '[': case '{': case '"': case '`': case '\'':
	case 0xAB: case 0x201C: case 0x2018: case 0x201E: case 0x2039:
	case 0xBF: case 0xA1: case 0x2014: case 0x2013: case 0x2019:
	case 0x201D:
		return 1;
	}
	return 0;
}

/* Closing punctuation that comes off the end of a word (not the period). */
static int
is_close(int32_t c)
{
	switch (c) {
	case ')': case ']': case '}': case '"': case '\'': case '`':
	case ',': case ';': case ':': case '!': case '?':
	case 0xBB: case 0x201D: case 0x2019: case 0x203A: case 0x2026:
	case 0x2014: case 0x2013: case 0x201C:
		return 1;
	}
	return 0;
}

static int
is_alnum_ascii(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

static void
push(struct ner_toks *t, size_t a, size_t b)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 64;
		t->v = cw_reallocarray(t->v, t->cap, sizeof(*t->v));
	}
	t->v[t->n].start = (uint32_t)a;
	t->v[t->n].end = (uint32_t)b;
	t->n++;
}

/* Does the word s[0, n), which ends in a period, keep it? */
static int
keeps_period(const char *s, size_t n)
{
	char low[12];
	size_t i;

	if (n < 2)
		return 1;
	if (memchr(s, '.', n - 1))      /* U.S., a.m., S.Africa. */
		return 1;
	if (n == 2 && ((s[0] >= 'A' && s[0] <= 'Z') ||
	    (s[0] >= 'a' && s[0] <= 'z')))
		return 1;               /* an initial */
	if (n - 1 >= sizeof(low))
		return 0;
	for (i = 0; i + 1 < n; i++) {
		unsigned char c = (unsigned char)s[i];

		low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	low[n - 1] = '\0';
	for (i = 0; abbrevs[i]; i++)
		if (strcmp(abbrevs[i], low) == 0)
			return 1;
	return 0;
}

/* Length of the clitic that ends s[0, n) ('s, n't, 're, 've, 'll), or 0. */
static size_t
clitic_len(const char *s, size_t n)
{
	static const char *const tails[] = { "s", "re", "ve", "ll", NULL };
	size_t i, k, al;
	int32_t cp;

	for (i = 0; tails[i]; i++) {
		k = strlen(tails[i]);
		if (n <= k)
			continue;
		for (size_t j = 0; j < k; j++)
			if ((s[n - k + j] | 0x20) != tails[i][j])
				goto next;
		al = utf8_decode_last(s, n - k, &cp);
		if (is_apostrophe(cp) && n - k - al > 0) {
			/* n't: "don't" -> "do" "n't" */
			return k + al;
		}
next:		;
	}
	/* n't */
	if (n > 3 && (s[n - 1] | 0x20) == 't') {
		al = utf8_decode_last(s, n - 1, &cp);
		if (is_apostrophe(cp) && n - 1 - al > 1 &&
		    (s[n - 1 - al - 1] | 0x20) == 'n')
			return 1 + al + 1;
	}
	return 0;
}

/* Is s[0, n) a clitic ('s 're 've 'll 'd 'm n't) or a year ('96) alone? */
static int
is_clitic_word(const char *s, size_t n)
{
	static const char *const words[] = { "s", "re", "ve", "ll", "d", "m",
	    "t", NULL };
	int32_t cp;
	size_t al = utf8_decode(s, n, &cp), i, j, k;

	if (!is_apostrophe(cp) || al >= n)
		return 0;
	if (s[al] >= '0' && s[al] <= '9')
		return 1;
	for (i = 0; words[i]; i++) {
		k = strlen(words[i]);
		if (n - al != k)
			continue;
		for (j = 0; j < k && (s[al + j] | 0x20) == words[i][j]; j++)
			;
		if (j == k)
			return 1;
	}
	return 0;
}

/* The middle of a chunk: split off a final clitic. */
static void
middle(const char *text, size_t a, size_t b, struct ner_toks *out)
{
	size_t cl = clitic_len(text + a, b - a);

	if (cl && cl < b - a && !is_clitic_word(text + a, b - a)) {
		push(out, a, b - cl);
		push(out, b - cl, b);
	} else
		push(out, a, b);
}

/* One whitespace-free chunk text[a, b). */
static void
chunk(const char *text, size_t a, size_t b, struct ner_toks *out)
{
	struct ner_tok tail[16];
	size_t ntail = 0, len;
	int32_t cp;

	/* Trailing punctuation first, so that "'s," is seen as "'s" ",". */
	while (b > a && ntail < 16) {
		len = utf8_decode_last(text + a, b - a, &cp);
		if (len >= b - a)
			break;
		if (cp == '.') {
			if (b - a >= 3 && text[b - 2] == '.' && text[b - 3] == '.') {
				size_t d = b - 3;

				while (d > a && text[d - 1] == '.')
					d--;
				if (d == a)
					break;
				tail[ntail].start = (uint32_t)d;
				tail[ntail++].end = (uint32_t)b;
				b = d;
				continue;
			}
			if (keeps_period(text + a, b - a))
				break;
		} else if (cp == '-') {
			if (!is_alnum_ascii((unsigned char)text[b - 2]))
				break;
		} else if (!is_close(cp))
			break;
		else if (is_apostrophe(cp) && is_clitic_word(text + a, b - a))
			break;
		tail[ntail].start = (uint32_t)(b - len);
		tail[ntail++].end = (uint32_t)b;
		b -= len;
	}
	/* Leading punctuation. */
	while (a < b) {
		len = utf8_decode(text + a, b - a, &cp);
		if (len >= b - a || !is_open(cp))
			break;
		if (is_apostrophe(cp) && is_clitic_word(text + a, b - a))
			break;
		push(out, a, a + len);
		a += len;
	}
	if (a < b)
		middle(text, a, b, out);
	while (ntail > 0) {
		ntail--;
		push(out, tail[ntail].start, tail[ntail].end);
	}
}

size_t
ner_tokenize(const char *text, size_t n, struct ner_toks *out)
{
	size_t p = 0, start, len;
	int32_t cp;

	while (p < n) {
		len = utf8_decode(text + p, n - p, &cp);
		if (is_space(cp)) {
			p += len;
			continue;
		}
		/* a chunk ends at whitespace; an en or em dash is a word */
		start = p;
		while (p < n) {
			len = utf8_decode(text + p, n - p, &cp);
			if (is_space(cp))
				break;
			if (is_dash(cp)) {
				if (p > start)
					chunk(text, start, p, out);
				push(out, p, p + len);
				start = p + len;
			}
			p += len;
		}
		if (p > start)
			chunk(text, start, p, out);
	}
	return out->n;
}

void
ner_toks_free(struct ner_toks *t)
{
	free(t->v);
	t->v = NULL;
	t->n = t->cap = 0;
}

void
ner_normalize(const char *s, size_t n, int lower, struct buf *out)
{
	size_t i = 0, len;
	int32_t cp;
	char enc[4];

	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80) {
			if (lower && c >= 'A' && c <= 'Z')
				c += 32;
			buf_addc(out, (char)c);
			i++;
			continue;
		}
		len = utf8_decode(s + i, n - i, &cp);
		i += len;
		switch (cp) {
		case 0x2018: case 0x2019: case 0x201A: case 0x201B:
		case 0x2032: case 0x02BC: case 0x00B4:
			buf_addc(out, '\'');
			continue;
		case 0x201C: case 0x201D: case 0x201E: case 0x201F:
		case 0x2033: case 0xAB: case 0xBB:
			buf_addc(out, '"');
			continue;
		case 0x2010: case 0x2011: case 0x2012: case 0x2013:
		case 0x2014: case 0x2015: case 0x2212:
			buf_addc(out, '-');
			continue;
		case 0x2026:
			buf_add(out, "...", 3);
			continue;
		}
		if (cp < 0) {
			buf_add(out, UTF8_REPLACEMENT, 3);
			continue;
		}
		if (lower)
			cp = utf8proc_tolower(cp);
		buf_add(out, enc, utf8_encode(cp, enc));
	}
}
