/* sentence.c - placeholder splitter: breaks after . ! ? followed by space. */
#include <stdlib.h>

#include "err.h"
#include "sentence.h"

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

static void
push(struct sent_list *out, const char *t, size_t s, size_t e)
{
	while (s < e && is_space((unsigned char)t[s]))
		s++;
	while (e > s && is_space((unsigned char)t[e - 1]))
		e--;
	if (s == e)
		return;
	if (out->n == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 16;
		out->v = cw_reallocarray(out->v, out->cap, sizeof(*out->v));
	}
	out->v[out->n].start = s;
	out->v[out->n].end = e;
	out->n++;
}

size_t
sent_split(const char *text, size_t n, struct sent_list *out)
{
	size_t i, start = 0;

	out->n = 0;
	for (i = 0; i + 1 < n; i++) {
		char c = text[i];

		if ((c == '.' || c == '!' || c == '?') &&
		    is_space((unsigned char)text[i + 1])) {
			push(out, text, start, i + 1);
			start = i + 1;
		}
	}
	push(out, text, start, n);
	return out->n;
}

void
sent_list_free(struct sent_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}
