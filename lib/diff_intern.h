/*
 * diff_intern.h - a string interner: each distinct byte string gets a small
 * number, 0, 1, 2 ... in order of first sight.  Open addressing with linear
 * probing over a table that doubles at half load; the strings live back to
 * back in one buffer, so memory is the bytes interned plus a few words each.
 */
#ifndef CW_DIFF_INTERN_H
#define CW_DIFF_INTERN_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

struct dint {
	uint32_t *slot;      /* id + 1, or 0 for an empty slot */
	size_t nslot;        /* a power of two */
	size_t *off;         /* id -> offset of its string in bytes */
	uint32_t *hash;      /* id -> hash of its string */
	size_t n, cap;       /* ids in use, allocated */
	struct buf bytes;    /* each string followed by a NUL */
};

/* The id of s[0, n), added if new. */
uint32_t dint_add(struct dint *t, const char *s, size_t n);
/* The id of s[0, n), or UINT32_MAX if it was never added. */
uint32_t dint_find(const struct dint *t, const char *s, size_t n);
/* The string of id (NUL-terminated) and its length. */
const char *dint_str(const struct dint *t, uint32_t id, size_t *len);
void dint_free(struct dint *t);

#endif
