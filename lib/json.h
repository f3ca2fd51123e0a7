/*
 * json.h - a small, tolerant JSON reader for the JSON-LD that news pages
 * embed.  A document becomes an array of nodes (children and siblings are
 * indexes) plus one buffer holding every string with its escapes undone;
 * memory grows with the document.  Malformed input ends the reading and
 * keeps what was read before it; nesting deeper than JSON_DEPTH is
 * malformed.
 *
 *	struct json_doc d;
 *	long root = json_parse(&d, text, len);
 *	...
 *	json_free(&d);
 */
#ifndef CW_JSON_H
#define CW_JSON_H

#include <stddef.h>

#include "buf.h"

#define JSON_DEPTH 64

enum json_type { JSON_NULL, JSON_BOOL, JSON_NUM, JSON_STR, JSON_ARR,
	JSON_OBJ };

struct json_node {
	enum json_type type;
	size_t key_off, key_len;        /* member name (objects), in str */
	size_t off, len;                /* string value, in str */
	long first, next;               /* first child, next sibling; -1 none */
};

struct json_doc {
	struct json_node *v;
	size_t n, cap;
	struct buf str;                 /* decoded strings and keys */
	int bad;                        /* reading stopped at an error */
};

/* Parse json[0, len) into d (which it initialises).  Returns the index of
 * the root value, or -1 when there is none.  A leading "<!--" (pages hide
 * scripts in comments) is skipped. */
long json_parse(struct json_doc *d, const char *json, size_t len);
void json_free(struct json_doc *d);

/* The member of object obj called key, or NULL. */
const struct json_node *json_member(const struct json_doc *d,
    const struct json_node *obj, const char *key);
/* Is v a string equal to s?  Is v's member name k? */
int json_str_is(const struct json_doc *d, const struct json_node *v,
    const char *s);
int json_key_is(const struct json_doc *d, const struct json_node *v,
    const char *k);

static inline const char *
json_str(const struct json_doc *d, const struct json_node *v)
{
	return d->str.data + v->off;
}

#endif
