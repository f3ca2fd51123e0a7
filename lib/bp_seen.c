/* bp_seen.c - block texts seen across the pages of a site (see bp_seen.h). */
#include <stdlib.h>
#include <string.h>

#include "bp_seen.h"
#include "err.h"
#include "hash.h"

static uint64_t
hash(const char *s, size_t n, uint64_t seed)
{
	uint64_t h = FNV64_OFFSET ^ seed;
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		h ^= c;
		h *= FNV64_PRIME;
	}
	/* a final mix, so that the low bits index the table well */
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h ? h : 1;
}

uint64_t
bp_seen_site(const struct bp_page *pg, int same_site)
{
	if (same_site)
		return 1;
	if (pg->meta.site.len == 0)
		return 0;
	return hash(pg->meta.site.data, pg->meta.site.len, 7);
}

uint64_t
bp_seen_article(const struct bp_page *pg)
{
	const struct bp_meta *m = &pg->meta;

	if (m->url.len > 0)
		return hash(m->url.data, m->url.len, 11);
	if (m->headline.len > 0)
		return hash(m->headline.data, m->headline.len, 13);
	if (m->title.len > 0)
		return hash(m->title.data, m->title.len, 13);
	if (pg->nblocks > 0)
		return hash(bp_text(pg, &pg->blocks[0]), pg->blocks[0].len, 13);
	return 1;
}

static struct bp_seen_entry *
slot(const struct bp_seen *s, uint64_t key)
{
	size_t i = key & (s->cap - 1);

	while (s->v[i].key != 0 && s->v[i].key != key)
		i = (i + 1) & (s->cap - 1);
	return &s->v[i];
}

static void
grow(struct bp_seen *s)
{
	struct bp_seen old = *s;
	size_t i;

	s->cap = s->cap ? s->cap * 2 : 1024;
	s->v = cw_calloc(s->cap, sizeof(*s->v));
	for (i = 0; i < old.cap; i++)
		if (old.v[i].key != 0)
			*slot(s, old.v[i].key) = old.v[i];
	free(old.v);
}

void
bp_seen_add(struct bp_seen *s, const struct bp_page *pg, uint64_t site)
{
	uint64_t article = bp_seen_article(pg);
	size_t i;

	if (site == 0)
		return;
	for (i = 0; i < pg->nblocks; i++) {
		const struct bp_block *b = &pg->blocks[i];
		struct bp_seen_entry *e;
		uint64_t key = hash(bp_text(pg, b), b->len, site);

		if ((s->n + 1) * 4 > s->cap * 3)
			grow(s);
		e = slot(s, key);
		if (e->key == 0) {
			e->key = key;
			e->article = article;
			e->articles = 1;
			s->n++;
		} else if (e->article != article && e->articles < 3)
			e->articles++;
	}
}

void
bp_seen_mark(const struct bp_seen *s, struct bp_page *pg, uint64_t site)
{
	size_t i;

	if (site == 0 || s->cap == 0)
		return;
	for (i = 0; i < pg->nblocks; i++) {
		struct bp_block *b = &pg->blocks[i];
		const struct bp_seen_entry *e = slot(s, hash(bp_text(pg, b),
		    b->len, site));

		b->repeated = e->key != 0 && e->articles >= 2;
	}
}

void
bp_seen_free(struct bp_seen *s)
{
	free(s->v);
	memset(s, 0, sizeof(*s));
}
