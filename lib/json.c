/* json.c - the tolerant JSON reader (see json.h). */
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "json.h"
#include "utf8.h"

/* Reading state: the text and where we are in it. */
struct reader {
	struct json_doc *d;
	const char *s;
	size_t n, i;
	int depth;
};

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Does c end a number, true, false or null?  (Not strchr: it would
 * find a NUL byte in its own terminator.) */
static int
ends_scalar(char c)
{
	return c == ',' || c == ']' || c == '}' || is_space(c);
}

static long
new_node(struct json_doc *d, enum json_type t)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 64;
		d->v = cw_reallocarray(d->v, d->cap, sizeof(*d->v));
	}
	memset(&d->v[d->n], 0, sizeof(d->v[0]));
	d->v[d->n].type = t;
	d->v[d->n].first = d->v[d->n].next = -1;
	return (long)d->n++;
}

static void
skip_space(struct reader *r)
{
	while (r->i < r->n && is_space(r->s[r->i]))
		r->i++;
}

static int
hex4(const char *s, unsigned *v)
{
	size_t i;

	*v = 0;
	for (i = 0; i < 4; i++) {
		unsigned char c = (unsigned char)s[i];

		*v <<= 4;
		if (c >= '0' && c <= '9')
			*v |= c - '0';
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			*v |= (c | 0x20) - 'a' + 10;
		else
			return 0;
	}
	return 1;
}

/* The string at r->s[r->i] == '"', decoded onto d->str.  Control escapes
 * become spaces: the values end up in records. */
static int
read_string(struct reader *r, size_t *off, size_t *len)
{
	struct buf *b = &r->d->str;

	*off = b->len;
	r->i++;
	while (r->i < r->n && r->s[r->i] != '"') {
		char c = r->s[r->i++], enc[4];
		unsigned u, lo;

		if (c != '\\') {
			buf_addc(b, c);
			continue;
		}
		if (r->i >= r->n)
			return 0;
		c = r->s[r->i++];
		switch (c) {
		case 'n': case 'r': case 't': case 'f': case 'b':
			buf_addc(b, ' ');
			break;
		case 'u':
			if (r->i + 4 > r->n || !hex4(r->s + r->i, &u))
				return 0;
			r->i += 4;
			if (u >= 0xD800 && u <= 0xDBFF && r->i + 6 <= r->n &&
			    r->s[r->i] == '\\' && r->s[r->i + 1] == 'u' &&
			    hex4(r->s + r->i + 2, &lo) && lo >= 0xDC00 &&
			    lo <= 0xDFFF) {
				u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
				r->i += 6;
			} else if ((u >= 0xD800 && u <= 0xDFFF) || u == 0)
				u = 0xFFFD;
			buf_add(b, enc, utf8_encode((int32_t)u, enc));
			break;
		default:
			buf_addc(b, c);
		}
	}
	if (r->i >= r->n)
		return 0;
	r->i++;
	*len = b->len - *off;
	return 1;
}

static long read_value(struct reader *r);

static long
read_compound(struct reader *r, int obj)
{
	struct json_doc *d = r->d;
	long me = new_node(d, obj ? JSON_OBJ : JSON_ARR), last = -1, child;
	char close = obj ? '}' : ']';

	r->i++;
	if (++r->depth > JSON_DEPTH)
		return d->bad = 1, me;
	for (;;) {
		size_t koff = 0, klen = 0;

		skip_space(r);
		if (r->i >= r->n)
			return d->bad = 1, me;
		if (r->s[r->i] == close) {
			r->i++;
			break;
		}
		if (r->s[r->i] == ',') {
			r->i++;
			continue;
		}
		if (obj) {
			if (r->s[r->i] != '"' || !read_string(r, &koff, &klen))
				return d->bad = 1, me;
			skip_space(r);
			if (r->i >= r->n || r->s[r->i] != ':')
				return d->bad = 1, me;
			r->i++;
		}
		child = read_value(r);
		if (child < 0 || d->bad)
			return d->bad = 1, me;
		d->v[child].key_off = koff;
		d->v[child].key_len = klen;
		if (last < 0)
			d->v[me].first = child;
		else
			d->v[last].next = child;
		last = child;
	}
	r->depth--;
	return me;
}

static long
read_value(struct reader *r)
{
	struct json_doc *d = r->d;
	long me;
	char c;

	skip_space(r);
	if (r->i >= r->n)
		return -1;
	c = r->s[r->i];
	if (c == '{' || c == '[')
		return read_compound(r, c == '{');
	if (c == '"') {
		me = new_node(d, JSON_STR);
		if (!read_string(r, &d->v[me].off, &d->v[me].len))
			d->bad = 1;
		return me;
	}
	/* a scalar runs to the next delimiter; one that is empty ("[}")
	 * is malformed, or the caller would ask for it again forever */
	if (ends_scalar(c))
		return d->bad = 1, -1;
	me = new_node(d, c == 't' || c == 'f' ? JSON_BOOL : c == 'n' ?
	    JSON_NULL : JSON_NUM);
	while (r->i < r->n && !ends_scalar(r->s[r->i]))
		r->i++;
	return me;
}

long
json_parse(struct json_doc *d, const char *json, size_t len)
{
	struct reader r;

	memset(d, 0, sizeof(*d));
	memset(&r, 0, sizeof(r));
	r.d = d;
	r.s = json;
	r.n = len;
	skip_space(&r);
	if (r.i + 4 <= r.n && strncmp(json + r.i, "<!--", 4) == 0)
		r.i += 4;
	return read_value(&r);
}

void
json_free(struct json_doc *d)
{
	free(d->v);
	buf_free(&d->str);
	memset(d, 0, sizeof(*d));
}

int
json_key_is(const struct json_doc *d, const struct json_node *v,
    const char *k)
{
	size_t n = strlen(k);

	return v->key_len == n && memcmp(d->str.data + v->key_off, k, n) == 0;
}

const struct json_node *
json_member(const struct json_doc *d, const struct json_node *obj,
    const char *key)
{
	long c;

	if (obj == NULL || obj->type != JSON_OBJ)
		return NULL;
	for (c = obj->first; c >= 0; c = d->v[c].next)
		if (json_key_is(d, &d->v[c], key))
			return &d->v[c];
	return NULL;
}

int
json_str_is(const struct json_doc *d, const struct json_node *v,
    const char *s)
{
	return v != NULL && v->type == JSON_STR && v->len == strlen(s) &&
	    memcmp(d->str.data + v->off, s, v->len) == 0;
}
