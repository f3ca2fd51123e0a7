/*
 * json.c - fuzz the JSON-LD reader: whatever the bytes, the nodes form a
 * tree (children and siblings are later nodes, so no cycles), keys and
 * strings lie inside the string buffer, and lookups on every object work.
 */
#include <stdint.h>
#include <stdlib.h>

#include "err.h"
#include "json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
walk(const struct json_doc *d, long i, int depth)
{
	for (; i >= 0; i = d->v[i].next) {
		const struct json_node *v;

		if ((size_t)i >= d->n || depth > JSON_DEPTH + 1)
			abort();
		v = &d->v[i];
		if ((v->next >= 0 && v->next <= i) ||
		    (v->first >= 0 && v->first <= i) ||
		    v->key_off + v->key_len > d->str.len ||
		    (v->type == JSON_STR && v->off + v->len > d->str.len))
			abort();
		if (v->type == JSON_OBJ) {
			(void)json_member(d, v, "@type");
			(void)json_member(d, v, "headline");
		} else if (v->type == JSON_STR)
			(void)json_str_is(d, v, "NewsArticle");
		else if (v->first >= 0 && v->type != JSON_ARR)
			abort();
		walk(d, v->first, depth + 1);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct json_doc d;
	long root;

	cw_progname = "json-fuzz";
	cw_quiet = 1;
	root = json_parse(&d, (const char *)data, size);
	if (root >= 0 && (size_t)root >= d.n)
		abort();
	if (root >= 0)
		walk(&d, root, 0);
	json_free(&d);
	return 0;
}
