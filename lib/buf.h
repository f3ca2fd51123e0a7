/*
 * buf.h - a growable byte buffer with an explicit length (NUL bytes allowed).
 * Used for scratch space that is reused record after record, so that a
 * streaming tool allocates in proportion to its longest record, not its input.
 */
#ifndef CW_BUF_H
#define CW_BUF_H

#include <stddef.h>
#include <string.h>

struct buf {
	char *data;   /* not NUL-terminated unless buf_cstr() was called */
	size_t len;   /* bytes in use */
	size_t cap;   /* bytes allocated */
};

#define BUF_INIT { NULL, 0, 0 }

void buf_grow(struct buf *b, size_t need);      /* room for len + need */
void buf_free(struct buf *b);
const char *buf_cstr(struct buf *b);           /* NUL-terminate, return data */

static inline void
buf_reset(struct buf *b)
{
	b->len = 0;
}

static inline void
buf_add(struct buf *b, const void *p, size_t n)
{
	if (b->cap - b->len < n)
		buf_grow(b, n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
}

static inline void
buf_addc(struct buf *b, char c)
{
	if (b->cap == b->len)
		buf_grow(b, 1);
	b->data[b->len++] = c;
}

static inline void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

#endif
