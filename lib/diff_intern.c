/* diff_intern.c - see diff_intern.h. */
#include <stdlib.h>
#include <string.h>

#include "diff_intern.h"
#include "err.h"
#include "hash.h"

static int
same(const struct dint *t, uint32_t id, const char *s, size_t n)
{
	size_t len = (id + 1 < t->n ? t->off[id + 1] : t->bytes.len) -
	    t->off[id] - 1;

	return len == n && memcmp(t->bytes.data + t->off[id], s, n) == 0;
}

static void
rehash(struct dint *t)
{
	size_t i, mask, nslot = t->nslot ? t->nslot * 2 : 64;

	free(t->slot);
	t->slot = cw_calloc(nslot, sizeof(*t->slot));
	t->nslot = nslot;
	mask = nslot - 1;
	for (i = 0; i < t->n; i++) {
		size_t k = t->hash[i] & mask;

		while (t->slot[k])
			k = (k + 1) & mask;
		t->slot[k] = (uint32_t)i + 1;
	}
}

uint32_t
dint_find(const struct dint *t, const char *s, size_t n)
{
	uint32_t h = fnv1a32(s, n);
	size_t k, mask;

	if (t->nslot == 0)
		return UINT32_MAX;
	mask = t->nslot - 1;
	for (k = h & mask; t->slot[k]; k = (k + 1) & mask) {
		uint32_t id = t->slot[k] - 1;

		if (t->hash[id] == h && same(t, id, s, n))
			return id;
	}
	return UINT32_MAX;
}

uint32_t
dint_add(struct dint *t, const char *s, size_t n)
{
	uint32_t h = fnv1a32(s, n), id;
	size_t k, mask;

	if (t->nslot == 0 || (t->n + 1) * 2 > t->nslot)
		rehash(t);
	mask = t->nslot - 1;
	for (k = h & mask; t->slot[k]; k = (k + 1) & mask) {
		id = t->slot[k] - 1;
		if (t->hash[id] == h && same(t, id, s, n))
			return id;
	}
	if (t->n >= UINT32_MAX - 1)
		cw_errx(CW_TROUBLE, "too many distinct strings");
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->off = cw_reallocarray(t->off, t->cap, sizeof(*t->off));
		t->hash = cw_reallocarray(t->hash, t->cap, sizeof(*t->hash));
	}
	id = (uint32_t)t->n++;
	t->off[id] = t->bytes.len;
	t->hash[id] = h;
	buf_add(&t->bytes, s, n);
	buf_addc(&t->bytes, '\0');
	t->slot[k] = id + 1;
	return id;
}

const char *
dint_str(const struct dint *t, uint32_t id, size_t *len)
{
	size_t end = id + 1 < t->n ? t->off[id + 1] : t->bytes.len;

	if (len)
		*len = end - t->off[id] - 1;
	return t->bytes.data + t->off[id];
}

void
dint_free(struct dint *t)
{
	free(t->slot);
	free(t->off);
	free(t->hash);
	buf_free(&t->bytes);
	memset(t, 0, sizeof(*t));
}
