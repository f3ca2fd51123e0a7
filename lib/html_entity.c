/* html_entity.c - decoding HTML character references (see html_entity.h). */
#include <string.h>

#include "charset.h"
#include "html_entity.h"
#include "utf8.h"

#define LEGACY_LONGEST 6        /* "frac12", "middot" ... */

static int
is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int
is_alnum(unsigned char c)
{
	return is_alpha(c) || (c >= '0' && c <= '9');
}

static int
is_hex(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

static int
hex_value(unsigned char c)
{
	return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

const struct html_entity *
html_entity_lookup(const char *name, size_t n)
{
	size_t lo = 0, hi = html_entity_count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *e = html_entities[mid].name;
		size_t elen = strlen(e);
		int c = memcmp(name, e, n < elen ? n : elen);

		if (c == 0)
			c = n < elen ? -1 : n > elen;
		if (c == 0)
			return &html_entities[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* The code point a numeric reference stands for, as browsers read it. */
static int32_t
numeric_value(uint32_t v, int overflow)
{
	if (overflow || v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0xFFFD;
	if (v >= 0x80 && v <= 0x9F)
		return charset_cp1252((unsigned char)v);
	return (int32_t)v;
}

static size_t
numeric_charref(const char *s, size_t n, char out[HTML_CHARREF_MAX],
    size_t *outlen)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 2, start;
	uint32_t v = 0;
	int overflow = 0, hex = 0;

	if (i < n && (u[i] | 0x20) == 'x') {
		hex = 1;
		i++;
	}
	start = i;
	for (; i < n && (hex ? is_hex(u[i]) : (u[i] >= '0' && u[i] <= '9')); i++) {
		v = v * (hex ? 16 : 10) + (uint32_t)(hex ? hex_value(u[i]) :
		    u[i] - '0');
		if (v > 0x10FFFF) {
			overflow = 1;
			v = 0x110000;   /* stays out of range, never wraps */
		}
	}
	if (i == start)
		return 0;       /* "&#" or "&#x" with no digit: literal */
	if (i < n && u[i] == ';')
		i++;
	*outlen = utf8_encode(numeric_value(v, overflow), out);
	return i;
}

size_t
html_charref(const char *s, size_t n, int in_attribute,
    char out[HTML_CHARREF_MAX], size_t *outlen)
{
	const unsigned char *u = (const unsigned char *)s;
	const struct html_entity *e;
	size_t run, k;

	*outlen = 0;
	if (n < 2 || s[0] != '&')
		return 0;
	if (u[1] == '#')
		return numeric_charref(s, n, out, outlen);
	for (run = 1; run < n && is_alnum(u[run]); run++)
		;
	run--;                  /* letters and digits after the '&' */
	if (run == 0)
		return 0;
	if (run <= html_entity_longest && 1 + run < n && s[1 + run] == ';' &&
	    (e = html_entity_lookup(s + 1, run)) != NULL) {
		k = strlen(e->value);
		memcpy(out, e->value, k);
		*outlen = k;
		return run + 2;
	}
	/* Without ';' only a legacy name matches, the longest one. */
	for (k = run < LEGACY_LONGEST ? run : LEGACY_LONGEST; k >= 2; k--) {
		e = html_entity_lookup(s + 1, k);
		if (e == NULL || !e->legacy)
			continue;
		if (in_attribute && 1 + k < n &&
		    (s[1 + k] == '=' || is_alnum(u[1 + k])))
			return 0;
		*outlen = strlen(e->value);
		memcpy(out, e->value, *outlen);
		return k + 1;
	}
	return 0;
}

size_t
html_decode(const char *s, size_t n, int in_attribute, struct buf *out)
{
	char val[HTML_CHARREF_MAX];
	size_t i = 0, count = 0;

	while (i < n) {
		const char *amp = memchr(s + i, '&', n - i);
		size_t used, vlen;

		if (amp == NULL) {
			buf_add(out, s + i, n - i);
			break;
		}
		buf_add(out, s + i, (size_t)(amp - (s + i)));
		i = (size_t)(amp - s);
		used = html_charref(s + i, n - i, in_attribute, val, &vlen);
		if (used == 0) {
			buf_addc(out, '&');
			i++;
		} else {
			buf_add(out, val, vlen);
			i += used;
			count++;
		}
	}
	return count;
}
