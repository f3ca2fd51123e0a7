/* buf.c - growable byte buffers (see buf.h). */
#include <stdint.h>
#include <stdlib.h>

#include "buf.h"
#include "err.h"

void
buf_grow(struct buf *b, size_t need)
{
	size_t cap = b->cap ? b->cap : 64;

	if (need > SIZE_MAX - b->len)
		cw_errx(CW_TROUBLE, "out of memory (buffer overflow)");
	while (cap - b->len < need) {
		if (cap > SIZE_MAX / 2) {
			cap = b->len + need;
			break;
		}
		cap *= 2;
	}
	b->data = cw_realloc(b->data, cap);
	b->cap = cap;
}

void
buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

const char *
buf_cstr(struct buf *b)
{
	buf_addc(b, '\0');
	b->len--;
	return b->data;
}
