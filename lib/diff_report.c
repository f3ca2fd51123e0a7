/*
 * diff_report.c - entity coverage, wording contrasts and the HTML page of
 * diff-sources(1) (diff_report.h).
 *
 * Wording has two parts.  Distinctive terms: for each source against all
 * the others, the weighted log-odds ratio with an informative Dirichlet
 * prior of Monroe, Colaresi and Quinn (2008), "Fightin' Words", eq. 22:
 *
 *	d = log((y_i + a_w) / (n_i + a0 - y_i - a_w))
 *	  - log((y_j + a_w) / (n_j + a0 - y_j - a_w)),
 *	var = 1 / (y_i + a_w) + 1 / (y_j + a_w),  z = d / sqrt(var)
 *
 * with i the source, j the rest, a_w = a0 * y_w / n the prior from the
 * whole story.  Substitutions: in each pair of sentences of different
 * sources that diff_group() put together, the words that differ are paired
 * when the lexicon puts them in one synonym class, when they are spelling
 * variants of each other (one character apart), or when they fill the same
 * slot (same neighbouring word on one side); a pair is kept when the two
 * words are used by different outlets.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "cmp.h"
#include "diff_embed.h"
#include "diff_intern.h"
#include "diff_report.h"
#include "diff_token.h"
#include "err.h"
#include "hash.h"
#include "record.h"

#define PRIOR_A0 500.0        /* size of the informative prior */
#define Z_MIN 1.96            /* distinctive at about p < .05 */
#define TERMS_PER_SOURCE 25   /* at most this many distinctive terms each */

struct wording;
static void spelling_pairs(struct wording *, const struct dint *);
static void neighbour_pairs(struct wording *);
static void class_pairs(struct wording *);
static void label_pairs(struct wording *);
static void html_text(const char *, size_t);

/* ---- small helpers ---- */

static void
out_story(const char *key, size_t klen)
{
	if (key != NULL) {
		out_escaped(key, klen);
		out_putc('\t');
	}
}

static void
out_double(double v, int decimals)
{
	char b[64];
	int n = snprintf(b, sizeof(b), "%.*f", decimals, v);

	if (n > 0)
		out_write(b, (size_t)n);
}

/* ---- entities ---- */

struct ent_row {
	uint32_t id;
	unsigned long total;
};

static int
cmp_ent_row(const void *a, const void *b)
{
	const struct ent_row *x = a, *y = b;

	if (x->total != y->total)
		return x->total > y->total ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* The entities, most mentioned first. */
static struct ent_row *
entity_rows(const struct diff_story *st)
{
	size_t ne = st->ents.n, i, k;
	struct ent_row *rows = cw_calloc(ne + 1, sizeof(*rows));

	for (i = 0; i < st->n; i++)
		for (k = 0; k < st->s[i].nent; k++)
			rows[st->eid[st->s[i].ent + k]].total++;
	for (k = 0; k < ne; k++)
		rows[k].id = (uint32_t)k;
	qsort(rows, ne, sizeof(*rows), cmp_ent_row);
	return rows;
}

/*
 * A sparse table of counts: how often each row (a phrase, a spelling of a
 * name) is used by each source.  Most rows are used by a few sources of
 * the story, so only the cells above zero are kept.  Input comes a source
 * at a time (sentence records of one outlet together), so the uses of the
 * current source are counted in a dense array by row and become cells when
 * the source changes: no hash table over all cells, whose probes missed
 * the cache at every use.  A source that comes back later adds cells
 * again; tally_freeze() sorts the cells by row and source (two counting
 * sorts), sums such repeats and lists each source's cells too.  Memory is
 * in proportion to the cells, not to rows x sources.
 */
struct tcell {
	uint32_t row, src;
	unsigned long n;
};

struct tally {
	struct tcell *cell;            /* by (row, source) once frozen */
	size_t n, cap;
	size_t nrow, nsrc;
	/* while counting: */
	uint32_t cur;                  /* the source being counted */
	unsigned long *count;          /* its uses, by row */
	size_t ccap;
	uint32_t *used;                /* the rows it used */
	size_t nused, ucap;
	/* after tally_freeze(): */
	size_t *row_at;                /* row r: cell[row_at[r], row_at[r+1]) */
	unsigned long *row_total;      /* row r over all sources */
	size_t *src_at;                /* source s: by_src[src_at[s], ...+1) */
	size_t *by_src;                /* cells of each source, by row */
};

/* The current source's counts become cells. */
static void
tally_flush(struct tally *t)
{
	size_t k;

	if (t->n + t->nused > t->cap) {
		t->cap = t->n + t->nused > 2 * t->cap ? t->n + t->nused :
		    2 * t->cap;
		t->cell = cw_reallocarray(t->cell, t->cap, sizeof(*t->cell));
	}
	for (k = 0; k < t->nused; k++) {
		uint32_t row = t->used[k];

		t->cell[t->n].row = row;
		t->cell[t->n].src = t->cur;
		t->cell[t->n++].n = t->count[row];
		t->count[row] = 0;
	}
	t->nused = 0;
}

/* One more use of row by source src. */
static void
tally_add(struct tally *t, uint32_t row, uint32_t src)
{
	if (src != t->cur) {
		tally_flush(t);
		t->cur = src;
	}
	if (row >= t->ccap) {
		size_t cap = t->ccap ? t->ccap : 1024;

		while (cap <= row)
			cap *= 2;
		t->count = cw_reallocarray(t->count, cap, sizeof(*t->count));
		memset(t->count + t->ccap, 0,
		    (cap - t->ccap) * sizeof(*t->count));
		t->ccap = cap;
	}
	if (t->count[row]++ == 0) {
		if (t->nused == t->ucap) {
			t->ucap = t->ucap ? t->ucap * 2 : 1024;
			t->used = cw_reallocarray(t->used, t->ucap,
			    sizeof(*t->used));
		}
		t->used[t->nused++] = row;
	}
	if (row >= t->nrow)
		t->nrow = (size_t)row + 1;
}

/* Done counting: nrow rows (at least those counted), nsrc sources. */
static void
tally_freeze(struct tally *t, size_t nrow, size_t nsrc)
{
	struct tcell *tmp;
	size_t *at, i, r, s, n;

	tally_flush(t);
	free(t->count);
	free(t->used);
	t->count = NULL;
	t->used = NULL;
	t->ccap = t->ucap = 0;
	tmp = cw_calloc(t->n + 1, sizeof(*tmp));
	if (nrow > t->nrow)
		t->nrow = nrow;
	t->nsrc = nsrc;
	/* by source, then (stably) by row */
	at = cw_calloc(nsrc + 1, sizeof(*at));
	for (i = 0; i < t->n; i++)
		at[t->cell[i].src + 1]++;
	for (s = 0; s < nsrc; s++)
		at[s + 1] += at[s];
	for (i = 0; i < t->n; i++)
		tmp[at[t->cell[i].src]++] = t->cell[i];
	free(at);
	t->row_at = cw_calloc(t->nrow + 2, sizeof(*t->row_at));
	for (i = 0; i < t->n; i++)
		t->row_at[tmp[i].row + 2]++;
	for (r = 0; r < t->nrow; r++)
		t->row_at[r + 2] += t->row_at[r + 1];
	for (i = 0; i < t->n; i++)
		t->cell[t->row_at[tmp[i].row + 1]++] = tmp[i];
	free(tmp);
	/* a source that came back: its cells of a row, now side by side,
	 * summed into one */
	for (i = n = 0; i < t->n; i++)
		if (n > 0 && t->cell[n - 1].row == t->cell[i].row &&
		    t->cell[n - 1].src == t->cell[i].src)
			t->cell[n - 1].n += t->cell[i].n;
		else
			t->cell[n++] = t->cell[i];
	t->n = n;
	memset(t->row_at, 0, (t->nrow + 2) * sizeof(*t->row_at));
	t->row_total = cw_calloc(t->nrow + 1, sizeof(*t->row_total));
	for (i = 0; i < t->n; i++) {
		t->row_at[t->cell[i].row + 1]++;
		t->row_total[t->cell[i].row] += t->cell[i].n;
	}
	for (r = 0; r < t->nrow; r++)
		t->row_at[r + 1] += t->row_at[r];
	/* each source's cells, in row order */
	t->src_at = cw_calloc(nsrc + 2, sizeof(*t->src_at));
	t->by_src = cw_calloc(t->n + 1, sizeof(*t->by_src));
	for (i = 0; i < t->n; i++)
		t->src_at[t->cell[i].src + 2]++;
	for (s = 0; s < nsrc; s++)
		t->src_at[s + 2] += t->src_at[s + 1];
	for (i = 0; i < t->n; i++)
		t->by_src[t->src_at[t->cell[i].src + 1]++] = i;
}

/* Row r's cells, by source: *end past the last. */
static const struct tcell *
tally_row(const struct tally *t, uint32_t r, const struct tcell **end)
{
	if (r >= t->nrow) {
		*end = t->cell;
		return t->cell;
	}
	*end = t->cell + t->row_at[r + 1];
	return t->cell + t->row_at[r];
}

/* How often source s uses row r. */
static unsigned long
tally_get(const struct tally *t, uint32_t r, uint32_t s)
{
	const struct tcell *end, *c = tally_row(t, r, &end);
	size_t lo = 0, hi = (size_t)(end - c);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c[mid].src < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < (size_t)(end - c) && c[lo].src == s ? c[lo].n : 0;
}

static void
tally_free(struct tally *t)
{
	free(t->cell);
	free(t->count);
	free(t->used);
	free(t->row_at);
	free(t->row_total);
	free(t->src_at);
	free(t->by_src);
	memset(t, 0, sizeof(*t));
}

/*
 * The first nrows of rows, counted per source in a tally (row k: entity
 * rows[k].id): memory follows the mentions, where a dense entities x
 * sources table, though --entities writes every cell, would take
 * gigabytes on a story of 100,000 one-sentence sources.
 */
static void
entity_counts(const struct diff_story *st, const struct ent_row *rows,
    size_t nrows, struct tally *t)
{
	size_t i, k;
	uint32_t *rank = cw_reallocarray(NULL, st->ents.n + 1, sizeof(*rank));

	for (k = 0; k < st->ents.n; k++)
		rank[k] = UINT32_MAX;
	for (k = 0; k < nrows; k++)
		rank[rows[k].id] = (uint32_t)k;
	memset(t, 0, sizeof(*t));
	for (i = 0; i < st->n; i++)
		for (k = 0; k < st->s[i].nent; k++) {
			uint32_t r = rank[st->eid[st->s[i].ent + k]];

			if (r != UINT32_MAX)
				tally_add(t, r, st->s[i].source);
		}
	free(rank);
	tally_freeze(t, nrows, st->sources.n ? st->sources.n : 1);
}

/* The count of source s in a row's cells [*c, end), the sources asked
 * for in order, s = 0, 1, ...: *c moves past the cell it returns. */
static unsigned long
cell_next(const struct tcell **c, const struct tcell *end, uint32_t s)
{
	if (*c < end && (*c)->src == s)
		return (*c)++->n;
	return 0;
}

void
dreport_entities(const struct diff_story *st, const char *key, size_t klen)
{
	struct ent_row *rows = entity_rows(st);
	struct tally ec;
	size_t ns = st->sources.n, k, s;

	entity_counts(st, rows, st->ents.n, &ec);
	for (k = 0; k < st->ents.n; k++) {
		size_t len, slen;
		const char *e = dint_str(&st->ents, rows[k].id, &len);
		const char *colon = memchr(e, ':', len);
		size_t tlen = (size_t)(colon - e);
		const struct tcell *end, *c = tally_row(&ec, (uint32_t)k, &end);

		for (s = 0; s < ns; s++) {
			const char *src = dint_str(&st->sources, (uint32_t)s,
			    &slen);

			out_story(key, klen);
			out_escaped(colon + 1, len - tlen - 1);
			out_putc('\t');
			out_write(e, tlen);
			out_putc('\t');
			out_write(src, slen);
			out_putc('\t');
			out_ulong(cell_next(&c, end, (uint32_t)s));
			out_endrec();
		}
	}
	free(rows);
	tally_free(&ec);
}

/* ---- terms ---- */

/* A term's surface: case folded, but apostrophes kept (so "Ja'afari" and
 * "Jaafari" stay two spellings), acronyms as written ("IS", not "is"). */
static int
apos_at(const char *s, size_t i, size_t n)
{
	if (s[i] == '\'')
		return 1;
	if (i + 3 <= n && memcmp(s + i, "\xE2\x80\x99", 3) == 0)
		return 3;
	return 0;
}

static void
surface(const char *text, const struct dtok_word *w, struct buf *out)
{
	const char *s = text + w->start;
	size_t n = w->end - w->start, i = 0;

	if (w->flags & DTOK_ACRONYM) {
		buf_add(out, s, n);
		return;
	}
	/* "regime's" counts as "regime" */
	if (n >= 3 && s[n - 1] == 's' && s[n - 2] == '\'')
		n -= 2;
	else if (n >= 5 && s[n - 1] == 's' && apos_at(s, n - 4, n) == 3)
		n -= 4;
	while (i < n) {
		size_t at = i, a;

		while (i < n && apos_at(s, i, n) == 0)
			i++;
		dtok_fold_text(s + at, i - at, out);
		if (i < n && (a = apos_at(s, i, n)) > 0) {
			buf_addc(out, '\'');
			i += a;
		}
	}
}

struct wording {
	struct dint terms;             /* phrases of one to three words */
	struct tally use;              /* term x source */
	size_t nsrc;
	unsigned long *total;          /* per source: phrase occurrences */
	double n_all;                  /* all sources' together */
	struct dint pairs;             /* "kind\tA\tB" */
	unsigned long *pair_n;         /* aligned sentence pairs showing it */
	size_t pcap;
	unsigned char *lower;          /* per term: a word once written in
					  lower case (a name never is) */
	size_t lcap;
};

static uint32_t
wording_count(struct wording *wd, const char *s, size_t n, uint32_t src)
{
	uint32_t id = dint_add(&wd->terms, s, n);

	tally_add(&wd->use, id, src);
	wd->total[src]++;
	return id;
}

/* May a phrase run over the gap before word m: one space or hyphen, no
 * punctuation? */
static int
plain_gap(const char *text, const struct dtok_words *w, size_t m)
{
	const char *gap = text + w->v[m - 1].end;

	return w->v[m].start - w->v[m - 1].end == 1 &&
	    (gap[0] == ' ' || gap[0] == '-');
}

static void
mark_lower(struct wording *wd, uint32_t id)
{
	if (id >= wd->lcap) {
		size_t cap = wd->lcap ? wd->lcap : 1024;

		while (cap <= id)
			cap *= 2;
		wd->lower = cw_reallocarray(wd->lower, cap, 1);
		memset(wd->lower + wd->lcap, 0, cap - wd->lcap);
		wd->lcap = cap;
	}
	wd->lower[id] = 1;
}

static int
seen_lower(const struct wording *wd, uint32_t id)
{
	return id < wd->lcap && wd->lower[id];
}

/* Every phrase of one to three words that neither starts nor ends with a
 * stopword and holds a letter. */
static void
count_phrases(struct wording *wd, const struct diff_story *st,
    struct dtok_words *w, struct buf *b, struct dint *names)
{
	size_t i, k, len;

	for (i = 0; i < st->n; i++) {
		const char *text = diff_text(st, i, &len);

		dtok_words(text, len, w);
		for (k = 0; k < w->n; k++) {
			size_t m;
			uint32_t id;

			if ((w->v[k].flags & (DTOK_STOP | DTOK_NUM)))
				continue;
			if ((w->v[k].flags & DTOK_CAP) &&
			    !(w->v[k].flags & (DTOK_INITIAL | DTOK_ACRONYM)) &&
			    !w->titlecase) {
				buf_reset(b);
				surface(text, &w->v[k], b);
				dint_add(names, b->data, b->len);
			}
			buf_reset(b);
			for (m = k; m < w->n && m < k + 3; m++) {
				if (m > k) {
					if (!plain_gap(text, w, m))
						break;
					buf_addc(b, text[w->v[m - 1].end]);
				}
				surface(text, &w->v[m], b);
				if (w->v[m].flags & (DTOK_STOP | DTOK_NUM))
					continue;
				id = wording_count(wd, b->data, b->len,
				    st->s[i].source);
				if (m == k && !(w->v[k].flags & DTOK_CAP))
					mark_lower(wd, id);
			}
		}
	}
}

struct zrow {
	uint32_t term;
	double z;
};

static int
cmp_zrow(const void *a, const void *b)
{
	const struct zrow *x = a, *y = b;

	if (x->z != y->z)
		return x->z > y->z ? -1 : 1;
	return x->term < y->term ? -1 : x->term > y->term;
}

/* The distinctive terms of source s, best first; returns how many.  Only
 * the terms s uses are looked at, each with its count in the whole story
 * (so the sources together cost one pass over the counts). */
static size_t
distinctive(const struct wording *wd, size_t s, struct zrow **out)
{
	const struct tally *u = &wd->use;
	size_t i, from = u->src_at[s], to = u->src_at[s + 1], k = 0;
	double n_all = wd->n_all, n_i = (double)wd->total[s], n_j;
	struct zrow *v = cw_calloc(to - from + 1, sizeof(*v));

	n_j = n_all - n_i;
	for (i = from; i < to; i++) {
		const struct tcell *c = &u->cell[u->by_src[i]];
		uint32_t t = c->row;
		double y_i = (double)c->n, a, d, var;
		double y_w = (double)u->row_total[t], y_j;

		y_j = y_w - y_i;
		a = PRIOR_A0 * y_w / n_all;
		d = log((y_i + a) / (n_i + PRIOR_A0 - y_i - a)) -
		    log((y_j + a) / (n_j + PRIOR_A0 - y_j - a));
		var = 1 / (y_i + a) + 1 / (y_j + a);
		v[k].term = t;
		v[k++].z = d / sqrt(var);
	}
	qsort(v, k, sizeof(*v), cmp_zrow);
	*out = v;
	return k;
}

/* ---- substitutions ---- */

/* Are a and b one edit apart (insert, delete, replace one byte, or swap
 * two neighbours)?  Names spelt two ways: "Mohammad"/"Mohammed". */
static int
one_edit(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0;

	if (an > bn) {
		const char *t = a;
		size_t tn = an;

		a = b;
		an = bn;
		b = t;
		bn = tn;
	}
	if (bn - an > 1)
		return 0;
	while (i < an && a[i] == b[i])
		i++;
	if (an == bn) {
		if (i == an)
			return 0;
		if (memcmp(a + i + 1, b + i + 1, an - i - 1) == 0)
			return 1;
		return i + 1 < an && a[i] == b[i + 1] && a[i + 1] == b[i] &&
		    memcmp(a + i + 2, b + i + 2, an - i - 2) == 0;
	}
	return memcmp(a + i, b + i + 1, an - i) == 0;
}

struct aword {
	size_t stem, slen;             /* in the scratch buffer */
	size_t surf, flen;
	const char *cls;               /* synonym class or NULL */
	size_t clen;
	int matched;                   /* same stem in the other sentence */
	int cap;
};

struct asent {
	struct aword *v;
	size_t n, cap;
	struct buf b;
};

static void
asent_load(struct asent *a, const struct diff_story *st, size_t i,
    struct dtok_words *w)
{
	size_t len, k;
	const char *text = diff_text(st, i, &len);

	dtok_words(text, len, w);
	a->n = 0;
	buf_reset(&a->b);
	for (k = 0; k < w->n; k++) {
		struct aword *x;
		size_t flen, slen, at;
		const char *f, *stem;

		if (w->v[k].flags & (DTOK_STOP | DTOK_NUM))
			continue;
		if (a->n == a->cap) {
			a->cap = a->cap ? a->cap * 2 : 32;
			a->v = cw_reallocarray(a->v, a->cap, sizeof(*a->v));
		}
		x = &a->v[a->n++];
		memset(x, 0, sizeof(*x));
		x->surf = a->b.len;
		surface(text, &w->v[k], &a->b);
		x->flen = a->b.len - x->surf;
		f = dtok_fold(w, k, &flen);
		/* dtok_stem() may add to a->b what it reads from a->b: room
		 * first, so that no realloc moves the word under it */
		buf_grow(&a->b, 2 * flen + 1);
		at = a->b.len;
		buf_add(&a->b, f, flen);
		stem = dtok_stem(a->b.data + at, flen, &a->b, &slen);
		if (stem != a->b.data + at) {  /* "-ies": the stem was added */
			size_t off = (size_t)(stem - a->b.data);

			x->stem = off;
		} else
			x->stem = at;
		x->slen = slen;
		x->cap = (w->v[k].flags & DTOK_CAP) != 0;
	}
	for (k = 0; k < a->n; k++)
		a->v[k].cls = dtok_class(a->b.data + a->v[k].stem,
		    a->v[k].slen, &a->v[k].clen);
}

static int
same_stem(const struct asent *a, size_t i, const struct asent *b, size_t j)
{
	return a->v[i].slen == b->v[j].slen && memcmp(a->b.data +
	    a->v[i].stem, b->b.data + b->v[j].stem, a->v[i].slen) == 0;
}

static int
same_class(const struct asent *a, size_t i, const struct asent *b, size_t j)
{
	return a->v[i].cls != NULL && a->v[i].cls == b->v[j].cls;
}

/* Record that the words x and y were found standing for one thing, kind
 * saying how; the pair is kept once, its words in byte order.  Returns the
 * pair's id. */
/* The key of a pair, "KIND\tA\tB", A and B in byte order. */
static void
pair_key(struct buf *k, const char *kind, const char *x, size_t xl,
    const char *y, size_t yl)
{
	size_t m = xl < yl ? xl : yl;
	int swap = memcmp(x, y, m) > 0 || (memcmp(x, y, m) == 0 && xl > yl);

	buf_adds(k, kind);
	buf_addc(k, '\t');
	buf_add(k, swap ? y : x, swap ? yl : xl);
	buf_addc(k, '\t');
	buf_add(k, swap ? x : y, swap ? xl : yl);
}

static uint32_t
note_pair(struct wording *wd, const char *kind, const char *x, size_t xl,
    const char *y, size_t yl)
{
	struct buf k = BUF_INIT;
	uint32_t id;

	pair_key(&k, kind, x, xl, y, yl);
	id = dint_add(&wd->pairs, k.data, k.len);
	if (wd->pairs.n > wd->pcap) {
		size_t old = wd->pcap;

		wd->pcap = wd->pairs.n * 2;
		wd->pair_n = cw_reallocarray(wd->pair_n, wd->pcap,
		    sizeof(*wd->pair_n));
		memset(wd->pair_n + old, 0,
		    (wd->pcap - old) * sizeof(*wd->pair_n));
	}
	buf_free(&k);
	return id;
}

/* Word i of a and word j of b, in sentences grouped together, differ. */
static void
add_pair(struct wording *wd, const char *kind, const struct asent *a,
    size_t i, const struct asent *b, size_t j)
{
	const char *x = a->b.data + a->v[i].surf, *y = b->b.data + b->v[j].surf;
	size_t xl = a->v[i].flen, yl = b->v[j].flen;
	uint32_t id;

	if (xl == yl && memcmp(x, y, xl) == 0)
		return;
	id = note_pair(wd, kind, x, xl, y, yl);   /* may move pair_n */
	wd->pair_n[id]++;
}

static int
slot_match(const struct asent *a, size_t i, const struct asent *b, size_t j)
{
	int left = i > 0 && j > 0 && (same_stem(a, i - 1, b, j - 1) ||
	    same_class(a, i - 1, b, j - 1));
	int right = i + 1 < a->n && j + 1 < b->n &&
	    (same_stem(a, i + 1, b, j + 1) || same_class(a, i + 1, b, j + 1));

	return left || right;
}

static void
compare_sentences(struct wording *wd, struct asent *a, struct asent *b)
{
	size_t i, j;

	for (i = 0; i < a->n; i++) {
		a->v[i].matched = 0;
		for (j = 0; j < b->n; j++)
			if (same_stem(a, i, b, j))
				a->v[i].matched = 1;
	}
	for (j = 0; j < b->n; j++) {
		b->v[j].matched = 0;
		for (i = 0; i < a->n; i++)
			if (same_stem(a, i, b, j))
				b->v[j].matched = 1;
	}
	for (i = 0; i < a->n; i++) {
		if (a->v[i].matched)
			continue;
		for (j = 0; j < b->n; j++) {
			if (b->v[j].matched)
				continue;
			if (same_class(a, i, b, j))
				add_pair(wd, "synonym", a, i, b, j);
			else if (slot_match(a, i, b, j) &&
			    a->v[i].cap == b->v[j].cap)
				add_pair(wd, "slot", a, i, b, j);
		}
	}
}

/*
 * A place one outlet names and another gives by where it lies: the
 * Independent's "the offensive ... on Wadi Baradi" against TRT's "an
 * offensive against rebels west of Damascus".  In two grouped sentences a
 * compass phrase ("west of X", X a place) of the one is paired with the
 * place the other names first after the word the two share last before
 * the phrase (looked for over PLACE_BACK content words back, the place at
 * most PLACE_REACH words on), when the first sentence does not name that
 * place itself.  Both must be phrases of the story's count (three words
 * at most).
 */
#define PLACE_BACK 6
#define PLACE_REACH 10

static const char *const compass[] = {     /* longest first */
	"north-east", "north-west", "south-east", "south-west", "northeast",
	"northwest", "southeast", "southwest", "north", "south", "east",
	"west"
};

/* Where the compass phrase "west of " just before byte at starts, or
 * SIZE_MAX if there is none. */
static size_t
compass_before(const char *text, size_t at)
{
	size_t end, k, n, i;

	if (at < 4 || memcmp(text + at - 4, " of ", 4) != 0)
		return SIZE_MAX;
	end = at - 4;
	for (k = 0; k < sizeof(compass) / sizeof(compass[0]); k++) {
		n = strlen(compass[k]);
		if (end < n || (end > n && ((text[end - n - 1] | 0x20) >= 'a' &&
		    (text[end - n - 1] | 0x20) <= 'z')))
			continue;
		for (i = 0; i < n &&
		    (text[end - n + i] | 0x20) == compass[k][i]; i++)
			;
		if (i == n)
			return end - n;
	}
	return SIZE_MAX;
}

static int
is_place(const struct diff_story *st, size_t e)
{
	size_t len;
	const char *k = dint_str(&st->ents, st->eid[e], &len);

	return len > 4 && memcmp(k, "LOC:", 4) == 0;
}

static int
names_entity(const struct diff_story *st, size_t i, uint32_t id)
{
	size_t k;

	for (k = 0; k < st->s[i].nent; k++)
		if (st->eid[st->s[i].ent + k] == id)
			return 1;
	return 0;
}

/* The story's term for the words of text within [from, to), in b; 0 when
 * they are not one (more than three words, punctuation between them). */
static int
phrase_within(const char *text, const struct dtok_words *w, size_t from,
    size_t to, struct buf *b)
{
	size_t m = dtok_word_at(w, from), first = m;

	buf_reset(b);
	for (; m < w->n && w->v[m].end <= to; m++) {
		if (m > first) {
			if (m - first == 3 || !plain_gap(text, w, m))
				return 0;
			buf_addc(b, text[w->v[m - 1].end]);
		}
		surface(text, &w->v[m], b);
	}
	return m > first;
}

/* The place of sentence ib to pair with the compass phrase of ia that
 * starts at byte at (word cw of wa): the index of its mention, or
 * SIZE_MAX. */
static size_t
place_across(const struct diff_story *st, size_t ia, size_t ib,
    const struct dtok_words *wa, const struct dtok_words *wb, size_t cw)
{
	size_t c = cw, back = 0, q = wb->n, k, best = SIZE_MAX;

	while (c-- > 0 && back < PLACE_BACK && q == wb->n) {
		size_t fl, gl;
		const char *f;

		if (wa->v[c].flags & (DTOK_STOP | DTOK_NUM))
			continue;
		back++;
		f = dtok_fold(wa, c, &fl);
		for (q = 0; q < wb->n; q++) {
			const char *g = dtok_fold(wb, q, &gl);

			if (!(wb->v[q].flags & (DTOK_STOP | DTOK_NUM)) &&
			    gl == fl && memcmp(f, g, fl) == 0)
				break;
		}
	}
	if (q == wb->n)
		return SIZE_MAX;
	for (k = 0; k < st->s[ib].nent; k++) {
		size_t e = st->s[ib].ent + k, start = st->espan[2 * e];

		if (start >= wb->v[q].end && is_place(st, e) &&
		    (best == SIZE_MAX || start < st->espan[2 * best]))
			best = e;
	}
	if (best == SIZE_MAX || names_entity(st, ia, st->eid[best]) ||
	    dtok_word_at(wb, st->espan[2 * best]) - q - 1 > PLACE_REACH)
		return SIZE_MAX;
	return best;
}

static void
place_pairs(struct wording *wd, const struct diff_story *st, size_t ia,
    size_t ib, struct dtok_words *wa, struct dtok_words *wb, struct buf *b)
{
	size_t la, lb, k, cw, y;
	const char *ta = diff_text(st, ia, &la), *tb = diff_text(st, ib, &lb);
	int split = 0;

	for (k = 0; k < st->s[ia].nent; k++) {
		size_t e = st->s[ia].ent + k, at, xl;
		uint32_t x, id;

		if (!is_place(st, e) ||
		    (at = compass_before(ta, st->espan[2 * e])) == SIZE_MAX)
			continue;
		if (!split) {           /* words only when there is a phrase */
			dtok_words(ta, la, wa);
			dtok_words(tb, lb, wb);
			split = 1;
		}
		cw = dtok_word_at(wa, at);
		if ((y = place_across(st, ia, ib, wa, wb, cw)) == SIZE_MAX ||
		    !phrase_within(ta, wa, at, st->espan[2 * e + 1], b) ||
		    (x = dint_find(&wd->terms, b->data, b->len)) == UINT32_MAX)
			continue;
		xl = b->len;
		if (!phrase_within(tb, wb, st->espan[2 * y],
		    st->espan[2 * y + 1], b) ||
		    dint_find(&wd->terms, b->data, b->len) == UINT32_MAX)
			continue;
		id = note_pair(wd, "place", dint_str(&wd->terms, x, &xl), xl,
		    b->data, b->len);
		wd->pair_n[id]++;
	}
}

/* Sentences of different sources in one group, compared pairwise (at most
 * a few per group, so a group of a thousand outlets stays cheap). */
#define PAIRS_PER_GROUP 64

static void
align_groups(struct wording *wd, const struct diff_story *st,
    struct dtok_words *w)
{
	struct asent a, b;
	struct dtok_words wa, wb;      /* for place_pairs() */
	struct buf pb = BUF_INIT;
	size_t g;

	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	memset(&wa, 0, sizeof(wa));
	memset(&wb, 0, sizeof(wb));
	for (g = 0; g < st->ngroups; g++) {
		const struct diff_group_info *gi = &st->g[g];
		size_t x, y, done = 0;

		if (gi->nsource < 2)
			continue;
		for (x = 0; x < gi->count && done < PAIRS_PER_GROUP; x++) {
			uint32_t sx = st->order[gi->first + x];

			asent_load(&a, st, sx, w);
			for (y = x + 1; y < gi->count &&
			    done < PAIRS_PER_GROUP; y++) {
				uint32_t sy = st->order[gi->first + y];

				if (st->s[sx].source == st->s[sy].source)
					continue;
				asent_load(&b, st, sy, w);
				compare_sentences(wd, &a, &b);
				place_pairs(wd, st, sx, sy, &wa, &wb, &pb);
				place_pairs(wd, st, sy, sx, &wa, &wb, &pb);
				done++;
			}
		}
	}
	free(a.v);
	free(b.v);
	buf_free(&a.b);
	buf_free(&b.b);
	dtok_words_free(&wa);
	dtok_words_free(&wb);
	buf_free(&pb);
}

static void
wording_build(struct wording *wd, const struct diff_story *st)
{
	struct dtok_words w;
	struct buf b = BUF_INIT;
	struct dint names;
	size_t s;

	memset(&names, 0, sizeof(names));
	memset(wd, 0, sizeof(*wd));
	memset(&w, 0, sizeof(w));
	wd->nsrc = st->sources.n ? st->sources.n : 1;
	wd->total = cw_calloc(wd->nsrc, sizeof(*wd->total));
	count_phrases(wd, st, &w, &b, &names);
	for (s = 0; s < wd->nsrc; s++)   /* once, not per distinctive() */
		wd->n_all += (double)wd->total[s];
	tally_freeze(&wd->use, wd->terms.n, wd->nsrc);
	align_groups(wd, st, &w);
	spelling_pairs(wd, &names);
	class_pairs(wd);
	label_pairs(wd);
	neighbour_pairs(wd);
	dint_free(&names);
	dtok_words_free(&w);
	buf_free(&b);
}

static void
wording_free(struct wording *wd)
{
	dint_free(&wd->terms);
	dint_free(&wd->pairs);
	tally_free(&wd->use);
	free(wd->total);
	free(wd->pair_n);
	free(wd->lower);
}

/* "trt:4,independent:5": the sources that use row r, how often; returns
 * how many were written. */
static size_t
out_source_counts(const struct diff_story *st, const struct tally *t,
    uint32_t r)
{
	const struct tcell *end, *c = tally_row(t, r, &end);
	size_t written = 0;

	for (; c < end; c++) {
		size_t len;
		const char *name = dint_str(&st->sources, c->src, &len);

		if (written++ > 0)
			out_putc(',');
		out_write(name, len);
		out_putc(':');
		out_ulong(c->n);
	}
	return written;
}

/* Who uses the single-word term t, how often; "-" for nobody. */
static void
out_users(const struct diff_story *st, const struct wording *wd, uint32_t t)
{
	if (t == UINT32_MAX || out_source_counts(st, &wd->use, t) == 0)
		out_putc('-');
}

/* Do rows x and y have different users (some source uses one and never
 * the other)?  Sets *only_x and *only_y to whether some source uses x and
 * not y, and y and not x; stops early when stop_any and one is found. */
static void
users_differ(const struct tally *t, uint32_t x, uint32_t y, int stop_any,
    int *only_x, int *only_y)
{
	const struct tcell *xe, *ye, *a = tally_row(t, x, &xe);
	const struct tcell *b = tally_row(t, y, &ye);

	*only_x = *only_y = 0;
	while ((a < xe || b < ye) && !(stop_any && (*only_x || *only_y)) &&
	    !(*only_x && *only_y)) {
		if (b == ye || (a < xe && a->src < b->src)) {
			*only_x = 1;
			a++;
		} else if (a == xe || b->src < a->src) {
			*only_y = 1;
			b++;
		} else {
			a++;
			b++;
		}
	}
}

/* Keep a substitution only when the outlets use the two words
 * differently: some source uses one and never the other. */
static int
contrasted(const struct wording *wd, uint32_t x, uint32_t y)
{
	int only_x, only_y;

	if (x == UINT32_MAX || y == UINT32_MAX)
		return 0;
	users_differ(&wd->use, x, y, 1, &only_x, &only_y);
	return only_x || only_y;
}

/* Does no source use both x and y? */
static int
disjoint(const struct wording *wd, uint32_t x, uint32_t y)
{
	const struct tcell *xe, *ye, *a = tally_row(&wd->use, x, &xe);
	const struct tcell *b = tally_row(&wd->use, y, &ye);

	while (a < xe && b < ye) {
		if (a->src == b->src)
			return 0;
		if (a->src < b->src)
			a++;
		else
			b++;
	}
	return 1;
}

/*
 * Names spelt differently by different outlets, over the whole story:
 * capitalised words one edit apart with the same first letter
 * ("Mohammad"/"Mohammed", "Jaafari"/"Ja'afari"), found by one_edit_pairs().
 */
struct nameword {
	uint32_t term;
	const char *s;
	size_t len;
};

static int
cmp_nameword(const void *a, const void *b)
{
	const struct nameword *x = a, *y = b;

	if (x->s[0] != y->s[0])
		return (unsigned char)x->s[0] < (unsigned char)y->s[0] ? -1 : 1;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return strcmp(x->s, y->s);
}

/* Words of names one letter apart and used by different outlets are
 * spellings of one name ("Fatah", "Fateh"), from five letters on: shorter
 * ones are as often two names ("Iran", "Iraq").  A word with a digit is a
 * model or a number, not a spelling ("A320"/"A321", "G20"/"G7"). */
#define SPELLING_MIN 5

/* One word of names without its byte d (d == len: the whole word), as a
 * hash: two words one edit apart (a byte added, dropped, replaced, or two
 * swapped) share one of these. */
struct variant {
	uint64_t h;
	uint32_t word;
};

static int
cmp_variant(const void *a, const void *b)
{
	const struct variant *x = a, *y = b;

	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	return x->word < y->word ? -1 : x->word > y->word;
}

static int
cmp_wordpair(const void *a, const void *b)
{
	const uint32_t *x = a, *y = b;

	if (x[0] != y[0])
		return x[0] < y[0] ? -1 : 1;
	return x[1] < y[1] ? -1 : x[1] > y[1];
}

/*
 * The pairs of words v[i], v[j] (i < j, same first letter) one edit
 * apart, in order of i then j, in *out (two indices each); returns how
 * many.  Each word is hashed once per byte deleted, and only words that
 * meet in a hash are compared, so the cost follows the letters of the
 * words and the pairs found, not the square of the vocabulary.
 */
static size_t
one_edit_pairs(const struct nameword *v, size_t n, uint32_t **out)
{
	struct variant *var;
	uint32_t *pair = NULL;
	size_t nvar = 0, npair = 0, cap = 0, i, j, a, b, d;

	for (i = 0; i < n; i++)
		nvar += v[i].len + 1;
	var = cw_reallocarray(NULL, nvar + 1, sizeof(*var));
	nvar = 0;
	for (i = 0; i < n; i++)
		for (d = 0; d <= v[i].len; d++) {
			uint64_t h = fnv1a64(v[i].s, d);

			if (d < v[i].len)
				h = fnv1a64_more(h, v[i].s + d + 1,
				    v[i].len - d - 1);
			var[nvar].h = h;
			var[nvar++].word = (uint32_t)i;
		}
	qsort(var, nvar, sizeof(*var), cmp_variant);
	for (i = 0; i < nvar; i = j) {
		for (j = i + 1; j < nvar && var[j].h == var[i].h; j++)
			;
		for (a = i; a < j; a++)
			for (b = a + 1; b < j; b++) {
				uint32_t x = var[a].word, y = var[b].word;

				if (x == y || v[x].s[0] != v[y].s[0] ||
				    !one_edit(v[x].s, v[x].len, v[y].s, v[y].len))
					continue;
				if (npair == cap) {
					cap = cap ? cap * 2 : 64;
					pair = cw_reallocarray(pair, cap,
					    2 * sizeof(*pair));
				}
				pair[2 * npair] = x;
				pair[2 * npair++ + 1] = y;
			}
	}
	free(var);
	if (npair > 0)
		qsort(pair, npair, 2 * sizeof(*pair), cmp_wordpair);
	for (i = j = 0; i < npair; i++)          /* one of each */
		if (j == 0 || cmp_wordpair(pair + 2 * i, pair + 2 * (j - 1))) {
			pair[2 * j] = pair[2 * i];
			pair[2 * j++ + 1] = pair[2 * i + 1];
		}
	*out = pair;
	return j;
}

static int
has_digit(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return 1;
	return 0;
}

static void
spelling_pairs(struct wording *wd, const struct dint *names)
{
	struct nameword *v = cw_calloc(names->n + 1, sizeof(*v));
	uint32_t *pair;
	size_t n = 0, i, np;

	for (i = 0; i < names->n; i++) {
		size_t len;
		const char *s = dint_str(names, (uint32_t)i, &len);
		uint32_t t = dint_find(&wd->terms, s, len);

		if (t == UINT32_MAX || len < SPELLING_MIN ||
		    has_digit(s, len))
			continue;
		v[n].term = t;
		v[n].s = s;
		v[n++].len = len;
	}
	qsort(v, n, sizeof(*v), cmp_nameword);
	np = one_edit_pairs(v, n, &pair);
	for (i = 0; i < np; i++) {
		const struct nameword *x = &v[pair[2 * i]], *y = &v[pair[2 * i + 1]];

		if (disjoint(wd, x->term, y->term))
			note_pair(wd, "spelling", x->s, x->len, y->s, y->len);
	}
	free(pair);
	free(v);
}

/*
 * Words near in meaning that the outlets split between them over the whole
 * story: "militants" in one, "rebels" in others, never both in one.  Near
 * is the embedding table's (diff_embed.h) at a cosine of at least
 * NEIGHBOUR_MIN / 255.  Left out: forms of one word ("pledge", "pledged":
 * same stem or a long common beginning), names of days and months (near
 * each other, but not two ways of saying one thing), short words, which
 * are mostly vague ("lot", "sure"), and words never written in lower case:
 * those are names or parts of names ("Osama", "al-Qaeda", "Islamic
 * State"), whose neighbours are other names, not another outlet's
 * wording.  Only single words are looked
 * up, a few lookups per distinct word of the story.
 */
#define NEIGHBOUR_MIN 179     /* cosine 0.7 */
#define NEIGHBOUR_LEN 5       /* bytes in each word at least */

static int
forms_of_one_word(const char *a, size_t an, const char *b, size_t bn)
{
	struct buf s1 = BUF_INIT, s2 = BUF_INIT;
	size_t l1, l2, p = 0;
	const char *t1 = dtok_stem(a, an, &s1, &l1);
	const char *t2 = dtok_stem(b, bn, &s2, &l2);
	int same = l1 == l2 && memcmp(t1, t2, l1) == 0;

	while (p < an && p < bn && a[p] == b[p])
		p++;
	buf_free(&s1);
	buf_free(&s2);
	/* "violating"/"violation", "monitor"/"monitors" */
	return same || p >= 5 || (p >= 4 && (an <= 6 || bn <= 6));
}

/* The id of pair x, y of the given kind, or UINT32_MAX. */
static uint32_t
pair_id(const struct wording *wd, const char *kind, const char *x, size_t xl,
    const char *y, size_t yl)
{
	struct buf key = BUF_INIT;
	uint32_t id;

	pair_key(&key, kind, x, xl, y, yl);
	id = dint_find(&wd->pairs, key.data, key.len);
	buf_free(&key);
	return id;
}

/* Was the pair x, y found already, by alignment, spelling or label? */
static int
pair_known(const struct wording *wd, const char *x, size_t xl, const char *y,
    size_t yl)
{
	return pair_id(wd, "synonym", x, xl, y, yl) != UINT32_MAX ||
	    pair_id(wd, "spelling", x, xl, y, yl) != UINT32_MAX ||
	    pair_id(wd, "slot", x, xl, y, yl) != UINT32_MAX ||
	    pair_id(wd, "label", x, xl, y, yl) != UINT32_MAX;
}

static void
neighbour_pairs(struct wording *wd)
{
	size_t t, k;

	for (t = 0; t < wd->terms.n; t++) {
		size_t len, n;
		const char *s = dint_str(&wd->terms, (uint32_t)t, &len);
		struct dembed_nb nb[8];

		if (len < NEIGHBOUR_LEN || memchr(s, ' ', len) != NULL ||
		    dtok_is_calendar(s, len) || !seen_lower(wd, (uint32_t)t))
			continue;
		n = dembed_neighbours(s, len, nb, 8);
		for (k = 0; k < n && nb[k].sim >= NEIGHBOUR_MIN; k++) {
			uint32_t u = dint_find(&wd->terms, nb[k].word, nb[k].len);

			if (u == UINT32_MAX || u <= t || !seen_lower(wd, u) ||
			    nb[k].len < NEIGHBOUR_LEN ||
			    dtok_is_calendar(nb[k].word, nb[k].len) ||
			    forms_of_one_word(s, len, nb[k].word, nb[k].len) ||
			    !disjoint(wd, (uint32_t)t, u) ||
			    pair_known(wd, s, len, nb[k].word, nb[k].len))
				continue;
			note_pair(wd, "neighbour", s, len, nb[k].word,
			    nb[k].len);
		}
	}
}

/*
 * Words of one lexicon class the outlets split between them over the whole
 * story, though no two of their sentences lined up to show it: "Moscow" in
 * one outlet where the others write "Russia", "jihadist" where others write
 * "terrorist".  Each stem of a class stands in by its commonest surface;
 * each other stem of the class is paired with the commonest one (as a
 * synonym seen in no aligned pair) when some source uses one and never
 * the other and they are not two forms of one word ("terror",
 * "terrorism").  One pass over the story's words and a sort, then pairs
 * within a class, and classes are a few words each.
 */
struct classword {
	const char *cls, *stem;
	size_t clen, slen;
	uint32_t term;
	unsigned long n;
	struct buf b;                  /* holds the stem */
};

static int
cmp_classword(const void *a, const void *b)
{
	const struct classword *x = a, *y = b;
	size_t m;
	int c;

	m = x->clen < y->clen ? x->clen : y->clen;
	if ((c = memcmp(x->cls, y->cls, m)) != 0 || x->clen != y->clen)
		return c ? c : x->clen < y->clen ? -1 : 1;
	m = x->slen < y->slen ? x->slen : y->slen;
	if ((c = memcmp(x->stem, y->stem, m)) != 0 || x->slen != y->slen)
		return c ? c : x->slen < y->slen ? -1 : 1;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return x->term < y->term ? -1 : x->term > y->term;
}

static int
same_stem_of_class(const struct classword *x, const struct classword *y)
{
	return x->clen == y->clen && memcmp(x->cls, y->cls, x->clen) == 0 &&
	    x->slen == y->slen && memcmp(x->stem, y->stem, x->slen) == 0;
}

static int pair_known(const struct wording *, const char *, size_t,
    const char *, size_t);
static int forms_of_one_word(const char *, size_t, const char *, size_t);

static void
class_pairs(struct wording *wd)
{
	struct classword *v = cw_calloc(wd->terms.n + 1, sizeof(*v));
	size_t n = 0, t, i, j, k;

	for (t = 0; t < wd->terms.n; t++) {
		size_t len;
		const char *s = dint_str(&wd->terms, (uint32_t)t, &len);
		struct classword *c = &v[n];

		if (memchr(s, ' ', len) != NULL)
			continue;
		memset(&c->b, 0, sizeof(c->b));
		c->stem = dtok_stem(s, len, &c->b, &c->slen);
		c->cls = dtok_class(c->stem, c->slen, &c->clen);
		if (c->cls == NULL) {
			buf_free(&c->b);
			continue;
		}
		c->term = (uint32_t)t;
		c->n = wd->use.row_total[t];
		n++;
	}
	qsort(v, n, sizeof(*v), cmp_classword);
	/* the commonest surface of each stem: the first of its run */
	for (i = 0, k = 0; i < n; i++)
		if (k > 0 && same_stem_of_class(&v[k - 1], &v[i]))
			buf_free(&v[i].b);
		else
			v[k++] = v[i];
	for (i = 0; i < k; i = j) {
		size_t top = i, xl, yl, m;
		const char *x, *y;

		for (j = i + 1; j < k && v[j].clen == v[i].clen &&
		    memcmp(v[j].cls, v[i].cls, v[i].clen) == 0; j++)
			if (v[j].n > v[top].n)
				top = j;
		x = dint_str(&wd->terms, v[top].term, &xl);
		for (m = i; m < j; m++) {
			if (m == top)
				continue;
			y = dint_str(&wd->terms, v[m].term, &yl);
			if (contrasted(wd, v[top].term, v[m].term) &&
			    !forms_of_one_word(x, xl, y, yl) &&
			    !pair_known(wd, x, xl, y, yl))
				note_pair(wd, "synonym", x, xl, y, yl);
		}
	}
	for (i = 0; i < k; i++)
		buf_free(&v[i].b);
	free(v);
}

/*
 * An organisation one outlet names and another calls by a generic noun,
 * over the whole story: "Hezbollah" against "militias", "Hamas" against
 * "militants" (the lexicon's label lines; no sentence need line up, so
 * PAIRS is 0).  Each stem stands in by its commonest surface, as in
 * class_pairs(); one pass over the story's words, then a short lexicon
 * scan per stem.
 */
static void
label_pairs(struct wording *wd)
{
	struct dint stems;
	struct buf b = BUF_INIT;
	uint32_t *best = NULL;
	size_t cap = 0, t, sid;

	memset(&stems, 0, sizeof(stems));
	for (t = 0; t < wd->terms.n; t++) {
		size_t len, slen;
		const char *s = dint_str(&wd->terms, (uint32_t)t, &len), *st;
		uint32_t id;

		if (memchr(s, ' ', len) != NULL)
			continue;
		buf_reset(&b);
		st = dtok_stem(s, len, &b, &slen);
		id = dint_add(&stems, st, slen);
		if (id >= cap) {
			size_t old = cap;

			cap = cap ? cap * 2 : 256;
			while (cap <= id)
				cap *= 2;
			best = cw_reallocarray(best, cap, sizeof(*best));
			for (; old < cap; old++)
				best[old] = UINT32_MAX;
		}
		if (best[id] == UINT32_MAX || wd->use.row_total[t] >
		    wd->use.row_total[best[id]])
			best[id] = (uint32_t)t;
	}
	for (sid = 0; sid < stems.n; sid++) {
		size_t len, nl, k, xl, yl;
		const char *s = dint_str(&stems, (uint32_t)sid, &len), *noun;
		const char *x, *y;
		uint32_t nid;

		for (k = dtok_labels(s, len, 0, &noun, &nl); k != SIZE_MAX;
		    k = dtok_labels(s, len, k, &noun, &nl)) {
			nid = dint_find(&stems, noun, nl);
			if (nid == UINT32_MAX || !contrasted(wd, best[sid],
			    best[nid]))
				continue;
			x = dint_str(&wd->terms, best[sid], &xl);
			y = dint_str(&wd->terms, best[nid], &yl);
			if (pair_id(wd, "synonym", x, xl, y, yl) == UINT32_MAX &&
			    pair_id(wd, "spelling", x, xl, y, yl) ==
			    UINT32_MAX) {
				/* the label, with the aligned pairs that show it
				 * in one place (a slot pair, too rare to show) */
				uint32_t slot = pair_id(wd, "slot", x, xl, y,
				    yl), id = note_pair(wd, "label", x, xl, y,
				    yl);

				if (slot != UINT32_MAX)
					wd->pair_n[id] = wd->pair_n[slot];
			}
		}
	}
	free(best);
	dint_free(&stems);
	buf_free(&b);
}

/*
 * Names written differently: tag-entities gives every mention a canonical
 * name, so the spellings an entity is written in ("IS", "Isis", "Daesh" for
 * Islamic State; "Ja'afari", "Jaafari") are contrasts the outlets make even
 * when the sentences never line up.  A row is one entity in one spelling
 * (case folded), counted per source; two spellings of one entity are shown
 * when neither is the other with words left out ("Alloush" and "Mohammed
 * Alloush" are one name, long and short) and the outlets use them
 * differently.
 */
#define NAME_SPELLINGS 8      /* the commonest spellings of an entity */

struct namerows {
	struct dint keys;         /* entity id (4 bytes) + folded spelling */
	uint32_t *ent, *shown;    /* row -> entity, first surface seen */
	struct tally use;         /* row x source */
	unsigned long *total;
	size_t nsrc, cap;
};

/* A spelling as compared: case folded, curly apostrophes straight,
 * hyphens and every kind of space one space ("Fateh-al-Sham" is "Fateh
 * al-Sham" written tighter), but letters and apostrophes as written, so
 * "Ja'afari" and "Jaafari" stay two spellings. */
static void
fold_name(const char *s, size_t n, struct buf *key)
{
	utf8proc_uint8_t *f = NULL;
	utf8proc_ssize_t fl = utf8proc_map((const utf8proc_uint8_t *)s,
	    (utf8proc_ssize_t)n, &f, UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE |
	    UTF8PROC_STABLE);
	size_t i, from = key->len;
	int space = 1;

	if (fl < 0) {           /* not UTF-8: compare as written */
		buf_add(key, s, n);
		return;
	}
	for (i = 0; i < (size_t)fl; i++) {
		unsigned char c = f[i];
		int sp = c == ' ' || c == '-' || c == '\t' || c == '\n';

		if (c == 0xC2 && i + 1 < (size_t)fl && f[i + 1] == 0xA0) {
			sp = 1;
			i++;
		} else if (c == 0xE2 && i + 2 < (size_t)fl && f[i + 1] == 0x80 &&
		    f[i + 2] == 0x99) {
			c = '\'';
			i += 2;
		}
		if (sp) {
			if (!space)
				buf_addc(key, ' ');
			space = 1;
			continue;
		}
		buf_addc(key, (char)c);
		space = 0;
	}
	if (space && key->len > from)
		key->len--;         /* the space a trailing hyphen left */
	free(f);
}

/* The last space of a name, or NULL for a one-word name. */
static const char *
last_space(const char *s, size_t n)
{
	while (n > 0)
		if (s[--n] == ' ')
			return s + n;
	return NULL;
}

/*
 * tag-entities names a person within one document only, so an outlet that
 * writes just "Assad" gets "Assad" where the others get "Bashar Assad".
 * Across the story a one-word PER name is taken as the person whose
 * several-word name ends in it, when exactly one does.  Returns an array
 * entity id -> the id it counts as.
 */
uint32_t *
dreport_person_ids(const struct diff_story *st)
{
	size_t ne = st->ents.n, e;
	uint32_t *as = cw_reallocarray(NULL, ne + 1, sizeof(*as));
	uint32_t *owner = cw_reallocarray(NULL, ne + 1, sizeof(*owner));
	struct dint last;

	memset(&last, 0, sizeof(last));
	for (e = 0; e < ne; e++) {
		size_t len, before = last.n;
		const char *k = dint_str(&st->ents, (uint32_t)e, &len);
		const char *sp;
		uint32_t id;

		as[e] = (uint32_t)e;
		if (len < 5 || memcmp(k, "PER:", 4) != 0 ||
		    (sp = last_space(k + 4, len - 4)) == NULL)
			continue;
		id = dint_add(&last, sp + 1, (size_t)(k + len - sp - 1));
		if (last.n > before)
			owner[id] = (uint32_t)e;
		else
			owner[id] = UINT32_MAX;   /* two people share it */
	}
	for (e = 0; e < ne; e++) {
		size_t len;
		const char *k = dint_str(&st->ents, (uint32_t)e, &len);
		uint32_t id;

		if (len < 5 || memcmp(k, "PER:", 4) != 0 ||
		    last_space(k + 4, len - 4) != NULL)
			continue;
		id = dint_find(&last, k + 4, len - 4);
		if (id != UINT32_MAX && owner[id] != UINT32_MAX)
			as[e] = owner[id];
	}
	dint_free(&last);
	free(owner);
	return as;
}

/*
 * A place, organisation or other name spelt one letter differently in the
 * story ("Wadi Baradi", the Independent's slip beside its own "Wadi
 * Barada") reaches us as two entities, tag-entities having no reason to
 * merge them.  For the name rows such a name counts as the first one seen:
 * same type, same length of at least MISSPELT_MIN bytes, one lower-case
 * letter replaced by another, not the first.  People are left out: "Joan
 * Smith" and "John Smith" are two people.  The candidates are the pairs
 * of one_edit_pairs() over the entity keys.
 */
#define MISSPELT_MIN 6
#define MISSPELT_MAX 64

/* The name of entity key k of a type that can be misspelt, and long
 * enough: its offset in *name. */
static int
misspellable(const char *k, size_t len, size_t *name)
{
	const char *colon = memchr(k, ':', len);

	if (colon == NULL || (colon - k == 3 && memcmp(k, "PER", 3) == 0) ||
	    (colon - k == 1 && k[0] == '-'))
		return 0;
	*name = (size_t)(colon - k) + 1;
	return len - *name >= MISSPELT_MIN && len - *name <= MISSPELT_MAX;
}

/* Are x and y one lower-case letter apart, past byte from? */
static int
one_letter_apart(const struct nameword *x, const struct nameword *y,
    size_t from)
{
	size_t at = 0;

	if (x->len != y->len)
		return 0;
	while (x->s[at] == y->s[at])
		at++;
	return at > from && x->s[at] >= 'a' && x->s[at] <= 'z' &&
	    y->s[at] >= 'a' && y->s[at] <= 'z' &&
	    memcmp(x->s + at + 1, y->s + at + 1, x->len - at - 1) == 0;
}

static void
misspelt_ids(const struct diff_story *st, uint32_t *as)
{
	struct nameword *v = cw_calloc(st->ents.n + 1, sizeof(*v));
	uint32_t *pair;
	size_t n = 0, e, np, name, i;

	for (e = 0; e < st->ents.n; e++) {
		v[n].s = dint_str(&st->ents, (uint32_t)e, &v[n].len);
		v[n].term = (uint32_t)e;
		if (misspellable(v[n].s, v[n].len, &name))
			n++;
	}
	np = one_edit_pairs(v, n, &pair);
	for (i = 0; i < np; i++) {
		const struct nameword *x = &v[pair[2 * i]];
		const struct nameword *y = &v[pair[2 * i + 1]];

		misspellable(x->s, x->len, &name);
		/* in a chain of slips, the first spelling */
		if (as[y->term] == y->term && one_letter_apart(x, y, name))
			as[y->term] = as[x->term];
	}
	free(pair);
	free(v);
}

static void
namerows_build(struct namerows *nr, const struct diff_story *st)
{
	struct buf key = BUF_INIT;
	uint32_t *as = dreport_person_ids(st);
	size_t i, k;

	misspelt_ids(st, as);
	memset(nr, 0, sizeof(*nr));
	nr->nsrc = st->sources.n ? st->sources.n : 1;
	for (i = 0; i < st->n; i++)
		for (k = 0; k < st->s[i].nent; k++) {
			size_t e = st->s[i].ent + k, len;
			const char *surf = dint_str(&st->surfaces, st->esurf[e],
			    &len);
			uint32_t row, eid = as[st->eid[e]];
			size_t elen;
			const char *ekey = dint_str(&st->ents, eid, &elen);

			/* a run of capitals, not a tagged name: no row */
			if (elen > 1 && ekey[0] == '-' && ekey[1] == ':')
				continue;
			buf_reset(&key);
			buf_add(&key, &eid, sizeof(eid));
			fold_name(surf, len, &key);
			row = dint_add(&nr->keys, key.data, key.len);
			if (nr->keys.n > nr->cap) {
				size_t old = nr->cap;

				nr->cap = nr->keys.n * 2;
				nr->ent = cw_reallocarray(nr->ent, nr->cap,
				    sizeof(*nr->ent));
				nr->shown = cw_reallocarray(nr->shown, nr->cap,
				    sizeof(*nr->shown));
				nr->total = cw_reallocarray(nr->total, nr->cap,
				    sizeof(*nr->total));
				memset(nr->total + old, 0,
				    (nr->cap - old) * sizeof(*nr->total));
			}
			if (nr->total[row] == 0) {
				nr->ent[row] = eid;
				nr->shown[row] = st->esurf[e];
			}
			nr->total[row]++;
			tally_add(&nr->use, row, st->s[i].source);
		}
	tally_freeze(&nr->use, nr->keys.n, nr->nsrc);
	buf_free(&key);
	free(as);
}

static void
namerows_free(struct namerows *nr)
{
	dint_free(&nr->keys);
	free(nr->ent);
	free(nr->shown);
	tally_free(&nr->use);
	free(nr->total);
}

static const struct namerows *sort_rows;   /* for cmp_namerow */

static int
cmp_namerow(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	const struct namerows *nr = sort_rows;

	if (nr->ent[x] != nr->ent[y])
		return nr->ent[x] < nr->ent[y] ? -1 : 1;
	if (nr->total[x] != nr->total[y])
		return nr->total[x] > nr->total[y] ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* Is every word of spelling a a word of spelling b ("alloush" of
 * "mohammed alloush")?  Folded spellings have one space between words. */
static int
words_within(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0;

	while (i < an) {
		size_t j = i, k = 0;
		int found = 0;

		while (j < an && a[j] != ' ' && a[j] != '-')
			j++;
		while (k < bn && !found) {
			size_t l = k;

			while (l < bn && b[l] != ' ' && b[l] != '-')
				l++;
			found = l - k == j - i && memcmp(a + i, b + k, j - i) == 0;
			k = l + 1;
		}
		if (j > i && !found)
			return 0;
		i = j + 1;
	}
	return 1;
}

static int
names_contrasted(const struct namerows *nr, uint32_t x, uint32_t y)
{
	int only_x, only_y;

	users_differ(&nr->use, x, y, 0, &only_x, &only_y);
	return only_x && only_y;
}

/* Does some outlet write the short form rows[k] of the entity whose
 * spellings are rows[i..j) and none of its spellings that hold it? */
static int
short_only(const struct namerows *nr, const uint32_t *rows, size_t i,
    size_t j, size_t k)
{
	size_t r, kl, rl;
	const char *ks = dint_str(&nr->keys, rows[k], &kl), *rs;
	const struct tcell *end, *c = tally_row(&nr->use, rows[k], &end);

	for (; c < end; c++) {
		for (r = i; r < j; r++) {
			if (r == k || tally_get(&nr->use, rows[r], c->src) == 0)
				continue;
			rs = dint_str(&nr->keys, rows[r], &rl);
			if (words_within(ks + 4, kl - 4, rs + 4, rl - 4))
				break;
		}
		if (r == j)
			return 1;
	}
	return 0;
}

/* Call show(x, y) for each pair of spellings worth showing, the commonest
 * entities' pairs first. */
static void
name_pairs(const struct namerows *nr, const struct diff_story *st,
    void (*show)(const struct diff_story *, const struct namerows *,
    uint32_t, uint32_t))
{
	size_t n = nr->keys.n, i, j, k;
	uint32_t *rows = cw_calloc(n + 1, sizeof(*rows));

	for (i = 0; i < n; i++)
		rows[i] = (uint32_t)i;
	sort_rows = nr;
	qsort(rows, n, sizeof(*rows), cmp_namerow);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && nr->ent[rows[j]] == nr->ent[rows[i]]; j++)
			;
		/* each spelling against the first one it is a letter away
		 * from, even in the same outlet ("Wadi Baradi" and "Wadi
		 * Barada"), or else the commonest one it differs from; a
		 * short form of a commoner one is that one, unless some
		 * outlet writes only the short form ("Assad", never "Bashar
		 * al-Assad") */
		for (k = i + 1; k < j && k < i + NAME_SPELLINGS; k++) {
			size_t l, kl;
			const char *ks = dint_str(&nr->keys, rows[k], &kl);
			uint32_t with = UINT32_MAX, edit = UINT32_MAX;
			int same = 0;

			for (l = i; l < k; l++) {
				size_t ll;
				const char *ls = dint_str(&nr->keys, rows[l], &ll);

				if (edit == UINT32_MAX &&
				    one_edit(ks + 4, kl - 4, ls + 4, ll - 4))
					edit = rows[l];
				if (words_within(ks + 4, kl - 4, ls + 4, ll - 4)) {
					if (short_only(nr, rows, i, j, k))
						with = rows[l];
					else
						same = 1;
					break;
				}
				if (words_within(ls + 4, ll - 4, ks + 4, kl - 4)) {
					if (with == UINT32_MAX &&
					    short_only(nr, rows, i, j, l))
						with = rows[l];
					continue;
				}
				if (with == UINT32_MAX &&
				    names_contrasted(nr, rows[k], rows[l]))
					with = rows[l];
			}
			if (edit != UINT32_MAX)
				with = edit;
			if (!same && with != UINT32_MAX)
				show(st, nr, with, rows[k]);
		}
	}
	free(rows);
}

/* "dw:7,presstv:1": who writes the spelling of row r, how often. */
static void
out_name_users(const struct diff_story *st, const struct namerows *nr,
    uint32_t r)
{
	out_source_counts(st, &nr->use, r);
}

static const char *terms_story_key;
static size_t terms_story_len;

static void
show_name_swap(const struct diff_story *st, const struct namerows *nr,
    uint32_t x, uint32_t y)
{
	size_t lx, ly;
	const char *sx = dint_str(&st->surfaces, nr->shown[x], &lx);
	const char *sy = dint_str(&st->surfaces, nr->shown[y], &ly);

	out_story(terms_story_key, terms_story_len);
	out_puts("swap\tname\t");
	out_escaped(sx, lx);
	out_putc('\t');
	out_name_users(st, nr, x);
	out_putc('\t');
	out_escaped(sy, ly);
	out_putc('\t');
	out_name_users(st, nr, y);
	out_putc('\t');
	out_ulong(nr->total[x] + nr->total[y]);
	out_endrec();
}

static void html_tally_users(const struct diff_story *, const struct tally *,
    uint32_t);              /* with the page's code, below */

static void
show_name_row(const struct diff_story *st, const struct namerows *nr,
    uint32_t x, uint32_t y)
{
	size_t lx, ly;
	const char *sx = dint_str(&st->surfaces, nr->shown[x], &lx);
	const char *sy = dint_str(&st->surfaces, nr->shown[y], &ly);

	out_puts("<tr><td><b>");
	html_text(sx, lx);
	out_puts("</b></td><td>");
	html_tally_users(st, &nr->use, x);
	out_puts("</td><td><b>");
	html_text(sy, ly);
	out_puts("</b></td><td>");
	html_tally_users(st, &nr->use, y);
	out_puts("</td><td>name</td></tr>\n");
}

struct prow {
	uint32_t id;
	unsigned long n;
	int kind;
};

static int
cmp_prow(const void *a, const void *b)
{
	const struct prow *x = a, *y = b;

	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

static int
kind_rank(const char *k)
{
	if (strncmp(k, "synonym", 7) == 0)
		return 0;
	if (strncmp(k, "spelling", 8) == 0)
		return 1;
	if (strncmp(k, "neighbour", 9) == 0)
		return 3;
	if (strncmp(k, "place", 5) == 0)
		return 4;
	if (strncmp(k, "label", 5) == 0)
		return 5;
	return 2;
}

/* The substitutions worth showing, best first. */
static size_t
substitutions(const struct wording *wd, struct prow **out)
{
	size_t p, k = 0;
	struct prow *v = cw_calloc(wd->pairs.n + 1, sizeof(*v));

	for (p = 0; p < wd->pairs.n; p++) {
		size_t len;
		const char *s = dint_str(&wd->pairs, (uint32_t)p, &len);
		const char *t1 = strchr(s, '\t') + 1, *t2 = strchr(t1, '\t') + 1;
		uint32_t x = dint_find(&wd->terms, t1, (size_t)(t2 - 1 - t1));
		uint32_t y = dint_find(&wd->terms, t2, strlen(t2));
		int kind = kind_rank(s);

		if (!contrasted(wd, x, y))
			continue;
		/* "terror" and "terrorism" are one word, not a contrast */
		if (kind == 0 && forms_of_one_word(t1, (size_t)(t2 - 1 - t1),
		    t2, strlen(t2)))
			continue;
		/* a slot pairing once may be chance; and the outlets must
		 * split cleanly between the two words */
		if (kind == 2 && (wd->pair_n[p] < 3 || !disjoint(wd, x, y)))
			continue;
		/* a slot pair the lexicon labels is shown as the label */
		if (kind == 2 && pair_id(wd, "label", t1, (size_t)(t2 - 1 -
		    t1), t2, strlen(t2)) != UINT32_MAX)
			continue;
		/* a place and a compass phrase for it: no outlet uses both */
		if (kind == 4 && !disjoint(wd, x, y))
			continue;
		v[k].id = (uint32_t)p;
		v[k].n = wd->pair_n[p];
		v[k++].kind = kind;
	}
	qsort(v, k, sizeof(*v), cmp_prow);
	*out = v;
	return k;
}

void
dreport_terms(const struct diff_story *st, const char *key, size_t klen)
{
	struct namerows nr;
	struct wording wd;
	struct prow *pr;
	size_t s, k, np;

	wording_build(&wd, st);
	for (s = 0; s < st->sources.n; s++) {
		struct zrow *z;
		size_t nz = distinctive(&wd, s, &z), slen;
		const char *src = dint_str(&st->sources, (uint32_t)s, &slen);

		for (k = 0; k < nz && k < TERMS_PER_SOURCE; k++) {
			size_t tl;
			const char *t = dint_str(&wd.terms, z[k].term, &tl);
			unsigned long mine, others;

			if (z[k].z < Z_MIN)
				break;
			mine = tally_get(&wd.use, z[k].term, (uint32_t)s);
			others = wd.use.row_total[z[k].term] - mine;
			out_story(key, klen);
			out_puts("term\t");
			out_write(src, slen);
			out_putc('\t');
			out_escaped(t, tl);
			out_putc('\t');
			out_ulong(mine);
			out_putc('\t');
			out_ulong(others);
			out_putc('\t');
			out_double(z[k].z, 2);
			out_endrec();
		}
		free(z);
	}
	np = substitutions(&wd, &pr);
	for (k = 0; k < np; k++) {
		size_t len;
		const char *p = dint_str(&wd.pairs, pr[k].id, &len);
		const char *t1 = strchr(p, '\t') + 1, *t2 = strchr(t1, '\t') + 1;
		size_t l1 = (size_t)(t2 - 1 - t1), l2 = strlen(t2);

		out_story(key, klen);
		out_puts("swap\t");
		out_write(p, (size_t)(t1 - 1 - p));
		out_putc('\t');
		out_escaped(t1, l1);
		out_putc('\t');
		out_users(st, &wd, dint_find(&wd.terms, t1, l1));
		out_putc('\t');
		out_escaped(t2, l2);
		out_putc('\t');
		out_users(st, &wd, dint_find(&wd.terms, t2, l2));
		out_putc('\t');
		out_ulong(pr[k].n);
		out_endrec();
	}
	free(pr);
	wording_free(&wd);
	namerows_build(&nr, st);
	terms_story_key = key;
	terms_story_len = klen;
	name_pairs(&nr, st, show_name_swap);
	namerows_free(&nr);
}

/* ---- dedupe-quotes output ---- */

int
dreport_read_quotes(const char *path, struct dreport_quotes *q)
{
	struct rec_reader r;
	struct line l;
	int got, status = 0;

	if (rr_open(&r, path) < 0)
		return -1;
	while ((got = rr_next(&r, &l)) > 0) {
		struct field f[8];
		size_t nf = rec_split(&l, f, 8), i;
		struct dreport_quote *x = NULL;
		const struct field *qid, *srcs, *speaker, *quote;
		unsigned long n = 0;

		if (l.len == 0)
			continue;
		if (nf == 7) {          /* QID N SOURCE LOC KIND SPEAKER QUOTE */
			qid = &f[0];
			srcs = &f[2];
			speaker = &f[5];
			quote = &f[6];
		} else if (nf == 5) {   /* QID N SOURCES SPEAKER QUOTE */
			qid = &f[0];
			srcs = &f[2];
			speaker = &f[3];
			quote = &f[4];
		} else {
			cw_warnat(r.name, r.lineno, "want dedupe-quotes output "
			    "(7 fields, or 5 with --clusters), found %zu", nf);
			status = -1;
			break;
		}
		for (i = 0; i < f[1].len; i++)
			n = n * 10 + (unsigned long)(f[1].s[i] - '0');
		/* one entry per QID: the longest quotation, sources merged */
		for (i = q->n; i > 0; i--)
			if (strlen(q->v[i - 1].qid) == qid->len &&
			    memcmp(q->v[i - 1].qid, qid->s, qid->len) == 0) {
				x = &q->v[i - 1];
				break;
			}
		if (x == NULL) {
			if (q->n == q->cap) {
				q->cap = q->cap ? q->cap * 2 : 64;
				q->v = cw_reallocarray(q->v, q->cap,
				    sizeof(*q->v));
			}
			x = &q->v[q->n++];
			memset(x, 0, sizeof(*x));
			x->qid = cw_strndup(qid->s, qid->len);
			x->sources = cw_strndup(srcs->s, srcs->len);
			x->speaker = cw_strndup(speaker->s, speaker->len);
			x->quote = cw_strndup(quote->s, rec_unescape(quote->s,
			    quote->len));
			x->n = n;
			continue;
		}
		if (nf == 7 && strstr(x->sources, "") != NULL) {
			/* add the source if new */
			size_t sl = strlen(x->sources);
			char *p = x->sources;
			int seen = 0;

			while (p && *p) {
				char *c = strchr(p, ',');
				size_t pl = c ? (size_t)(c - p) : strlen(p);

				if (pl == srcs->len && memcmp(p, srcs->s,
				    pl) == 0)
					seen = 1;
				p = c ? c + 1 : NULL;
			}
			if (!seen) {
				x->sources = cw_realloc(x->sources, sl +
				    srcs->len + 2);
				x->sources[sl] = ',';
				memcpy(x->sources + sl + 1, srcs->s, srcs->len);
				x->sources[sl + 1 + srcs->len] = '\0';
			}
		}
		{
			size_t ql = rec_unescape(quote->s, quote->len);

			if (ql > strlen(x->quote)) {
				free(x->quote);
				x->quote = cw_strndup(quote->s, ql);
			}
		}
	}
	if (got < 0)
		status = -1;
	rr_close(&r);
	return status;
}

void
dreport_quotes_free(struct dreport_quotes *q)
{
	size_t i;

	for (i = 0; i < q->n; i++) {
		free(q->v[i].qid);
		free(q->v[i].sources);
		free(q->v[i].speaker);
		free(q->v[i].quote);
	}
	free(q->v);
	memset(q, 0, sizeof(*q));
}

/* ---- HTML ---- */

static void
html_text(const char *s, size_t n)
{
	size_t i, from = 0;

	for (i = 0; i < n; i++) {
		const char *rep = NULL;

		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		default: continue;
		}
		out_write(s + from, i - from);
		out_puts(rep);
		from = i + 1;
	}
	out_write(s + from, n - from);
}

static void
html_cstr(const char *s)
{
	html_text(s, strlen(s));
}

static const char html_head[] =
    "<!DOCTYPE html>\n"
    "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, "
    "initial-scale=1\">\n"
    "<title>diff-sources: the outlets side by side</title>\n"
    "<style>\n"
    "body{font:16px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,"
    "sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1a1a1a;"
    "background:#fff}\n"
    "h1{font-size:1.5rem;margin:.2rem 0 1rem}h2{font-size:1.2rem;"
    "margin:2rem 0 .5rem;border-bottom:2px solid #ddd}"
    "h3{font-size:1rem;margin:1rem 0 .3rem}\n"
    "p.note{color:#555;margin:.2rem 0 .8rem}\n"
    ".scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}\n"
    "table{border-collapse:collapse;width:100%}"
    "th,td{border-bottom:1px solid #e4e4e4;padding:.3rem .4rem;"
    "text-align:left;vertical-align:top}\n"
    "th{background:#f4f4f4;font-weight:600}"
    "td.c,th.c{text-align:center;white-space:nowrap}\n"
    "td.y{background:#d9ead3;color:#1e5a12;font-weight:700}"
    "td.n{color:#bbb}\n"
    "td.z{color:#999}td.num{text-align:right;white-space:nowrap}\n"
    "ul{padding-left:1.2rem}li{margin:.25rem 0}\n"
    ".src{font-weight:600}.loc{color:#777;font-size:.85em}\n"
    ".pill{display:inline-block;background:#eef;border-radius:.6rem;"
    "padding:0 .45rem;margin:0 .15rem .15rem 0;font-size:.9em}\n"
    "@media (max-width:40rem){body{padding:.5rem;font-size:15px}"
    "th,td{padding:.25rem}td.txt{min-width:11rem}}\n"
    "</style>\n</head>\n<body>\n";

void
dreport_html_begin(size_t nstories)
{
	(void)nstories;
	out_puts(html_head);
}

static void
html_source_name(const struct diff_story *st, uint32_t s)
{
	size_t len;
	const char *name = dint_str(&st->sources, s, &len);

	html_text(name, len);
}

/*
 * A story can have thousands of outlets.  A column per outlet is readable
 * up to HTML_WIDE of them; past that the statement and entity tables list
 * the outlets in one cell instead.  A list names at most HTML_LIST
 * outlets (those with the most, then in source order) and says how many
 * more there are, so the page grows with the story's sentences, not with
 * rows x outlets; --groups, --entities and --terms have every count.
 */
#define HTML_WIDE 24
#define HTML_LIST 10

static int
cmp_cell_most(const void *a, const void *b)
{
	const struct tcell *x = a, *y = b;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return x->src < y->src ? -1 : x->src > y->src;
}

static int
cmp_cell_src(const void *a, const void *b)
{
	const struct tcell *x = a, *y = b;

	return x->src < y->src ? -1 : x->src > y->src;
}

/* The n sources of cells v (in source order) for the page, escaped, with
 * their counts if counts: "dw:2, trt:1", the HTML_LIST biggest and "and
 * 12 more"; "-" for none. */
static void
html_sources(const struct diff_story *st, const struct tcell *v, size_t n,
    int counts)
{
	struct tcell *most = NULL;
	size_t k, shown = n;

	if (n == 0) {
		out_putc('-');
		return;
	}
	if (n > HTML_LIST) {
		most = cw_reallocarray(NULL, n, sizeof(*most));
		memcpy(most, v, n * sizeof(*most));
		qsort(most, n, sizeof(*most), cmp_cell_most);
		shown = HTML_LIST;
		qsort(most, shown, sizeof(*most), cmp_cell_src);
		v = most;
	}
	for (k = 0; k < shown; k++) {
		if (k > 0)
			out_puts(", ");
		html_source_name(st, v[k].src);
		if (counts) {
			out_putc(':');
			out_ulong(v[k].n);
		}
	}
	if (shown < n) {
		out_puts(" and ");
		out_ulong((unsigned long)(n - shown));
		out_puts(" more");
	}
	free(most);
}

/* The users of row r of t (UINT32_MAX for none), for the page. */
static void
html_tally_users(const struct diff_story *st, const struct tally *t,
    uint32_t r)
{
	const struct tcell *end, *c;

	if (r == UINT32_MAX) {
		out_putc('-');
		return;
	}
	c = tally_row(t, r, &end);
	html_sources(st, c, (size_t)(end - c), 1);
}

static void
html_coverage(const struct diff_story *st)
{
	size_t g, k, s, ns = st->sources.n, shown = 0;
	int wide = ns > HTML_WIDE;
	unsigned long *has = cw_calloc(ns + 1, sizeof(*has));
	struct tcell *v = cw_calloc(ns + 1, sizeof(*v));   /* row unused */

	out_puts("<h2 id=\"shared\">Statements several outlets carry</h2>\n"
	    "<p class=\"note\">One row per group of sentences that state the "
	    "same thing; ");
	out_puts(wide ? "the outlets that carry it, with how many of their "
	    "sentences.</p>\n" : "a tick where the outlet carries it.</p>\n");
	out_puts("<div class=\"scroll\"><table>\n<tr><th>#</th>"
	    "<th>statement</th>");
	if (wide)
		out_puts("<th class=\"c\">outlets</th><th>carried by</th>");
	else
		for (s = 0; s < ns; s++) {
			out_puts("<th class=\"c\">");
			html_source_name(st, (uint32_t)s);
			out_puts("</th>");
		}
	out_puts("</tr>\n");
	for (g = 0; g < st->ngroups; g++) {
		const struct diff_group_info *gi = &st->g[g];
		size_t len, nv = 0;
		const char *t;

		if (gi->nsource < 2)
			continue;
		for (k = 0; k < gi->count; k++)
			has[st->s[st->order[gi->first + k]].source]++;
		t = diff_text(st, gi->rep, &len);
		out_puts("<tr><td class=\"num\">g");
		out_ulong((unsigned long)g + 1);
		out_puts("</td><td class=\"txt\">");
		html_text(t, len);
		out_puts("</td>");
		if (wide) {
			for (k = 0; k < gi->count; k++) {
				uint32_t src = st->s[st->order[gi->first +
				    k]].source;

				if (has[src] > 0) {   /* first time seen */
					v[nv].src = src;
					v[nv++].n = has[src];
					has[src] = 0;
				}
			}
			qsort(v, nv, sizeof(*v), cmp_cell_src);
			out_puts("<td class=\"num\">");
			out_ulong((unsigned long)nv);
			out_puts("</td><td>");
			html_sources(st, v, nv, 1);
			out_puts("</td>");
		} else
			for (s = 0; s < ns; s++) {
				out_puts(has[s] ? "<td class=\"c y\">&#10003;"
				    "</td>" : "<td class=\"c n\">&middot;</td>");
				has[s] = 0;
			}
		out_puts("</tr>\n");
		shown++;
	}
	if (shown == 0)
		out_puts("<tr><td colspan=\"2\">No statement is carried by "
		    "more than one outlet.</td></tr>\n");
	out_puts("</table></div>\n");
	free(has);
	free(v);
}

static void
html_only(const struct diff_story *st)
{
	size_t ns = st->sources.n, s, g, i;
	size_t *at = cw_calloc(ns + 2, sizeof(*at)), nnone = 0;
	uint32_t *only = cw_calloc(st->ngroups + 1, sizeof(*only));
	/* with many outlets, those without a fact of their own in one line,
	 * not a heading each */
	struct tcell *none = cw_calloc(ns + 1, sizeof(*none));

	/* the one-source groups of each source, in order: one pass, not one
	 * per source */
	for (g = 0; g < st->ngroups; g++)
		if (st->g[g].nsource == 1)
			at[st->s[st->order[st->g[g].first]].source + 2]++;
	for (s = 0; s < ns; s++)
		at[s + 2] += at[s + 1];
	for (g = 0; g < st->ngroups; g++)
		if (st->g[g].nsource == 1)
			only[at[st->s[st->order[st->g[g].first]].source +
			    1]++] = (uint32_t)g;
	out_puts("<h2 id=\"only\">What only one outlet reports</h2>\n");
	for (s = 0; s < ns; s++) {
		int any = 0;

		if (ns > HTML_WIDE && at[s] == at[s + 1]) {
			none[nnone].src = (uint32_t)s;   /* listed below */
			none[nnone++].n = 0;
			continue;
		}
		out_puts("<h3>Only ");
		html_source_name(st, (uint32_t)s);
		out_puts("</h3>\n<ul>\n");
		for (i = at[s]; i < at[s + 1]; i++) {
			const struct diff_group_info *gi = &st->g[only[i]];
			size_t k;

			for (k = 0; k < gi->count; k++) {
				const struct diff_sent *x =
				    &st->s[st->order[gi->first + k]];
				size_t len;
				const char *t = diff_text(st,
				    st->order[gi->first + k], &len);

				out_puts("<li>");
				html_text(t, len);
				out_puts(" <span class=\"loc\">");
				html_text(st->bytes.data + x->loc, x->loc_len);
				out_puts("</span></li>\n");
				any = 1;
			}
		}
		if (!any)
			out_puts("<li>nothing</li>\n");
		out_puts("</ul>\n");
	}
	if (nnone > 0) {
		out_puts("<p class=\"note\">");
		out_ulong((unsigned long)nnone);
		out_puts(nnone == 1 ? " outlet has nothing of its own: " :
		    " outlets have nothing of their own: ");
		html_sources(st, none, nnone, 0);
		out_puts(".</p>\n");
	}
	free(at);
	free(only);
	free(none);
}

static void
html_quotes(const struct dreport_quotes *q)
{
	size_t i;

	out_puts("<h2 id=\"quotes\">Quotations</h2>\n");
	if (q->n == 0) {
		out_puts("<p class=\"note\">No dedupe-quotes output given "
		    "(--quotes FILE).</p>\n");
		return;
	}
	out_puts("<div class=\"scroll\"><table>\n<tr><th>outlets</th>"
	    "<th>speaker</th><th>quotation</th></tr>\n");
	for (i = 0; i < q->n; i++) {
		out_puts("<tr><td>");
		html_cstr(q->v[i].sources);
		out_puts("</td><td>");
		html_cstr(q->v[i].speaker);
		out_puts("</td><td class=\"txt\">&ldquo;");
		html_cstr(q->v[i].quote);
		out_puts("&rdquo;</td></tr>\n");
	}
	out_puts("</table></div>\n");
}

#define HTML_ENTITIES 40

static void
html_entities(const struct diff_story *st)
{
	struct ent_row *rows = entity_rows(st);
	size_t shown = st->ents.n < HTML_ENTITIES ? st->ents.n : HTML_ENTITIES;
	struct tally ec;
	size_t ns = st->sources.n, k, s;
	int wide = ns > HTML_WIDE;

	entity_counts(st, rows, shown, &ec);
	out_puts("<h2 id=\"entities\">Who is mentioned by whom</h2>\n");
	if (!st->have_mentions)
		out_puts("<p class=\"note\">Names are runs of capitalised "
		    "words; run tag-entities first for typed, canonical "
		    "names.</p>\n");
	out_puts("<div class=\"scroll\"><table>\n<tr><th>name</th>"
	    "<th>type</th>");
	if (wide)
		out_puts("<th class=\"c\">outlets</th><th>mentioned by</th>");
	else
		for (s = 0; s < ns; s++) {
			out_puts("<th class=\"c\">");
			html_source_name(st, (uint32_t)s);
			out_puts("</th>");
		}
	out_puts("</tr>\n");
	for (k = 0; k < shown; k++) {
		size_t len;
		const char *e = dint_str(&st->ents, rows[k].id, &len);
		const char *colon = memchr(e, ':', len);
		const struct tcell *end, *c = tally_row(&ec, (uint32_t)k, &end);

		out_puts("<tr><td>");
		html_text(colon + 1, len - (size_t)(colon + 1 - e));
		out_puts("</td><td>");
		html_text(e, (size_t)(colon - e));
		out_puts("</td>");
		if (wide) {
			out_puts("<td class=\"num\">");
			out_ulong((unsigned long)(end - c));
			out_puts("</td><td>");
			html_sources(st, c, (size_t)(end - c), 1);
			out_puts("</td>");
		} else
			for (s = 0; s < ns; s++) {
				unsigned long v = cell_next(&c, end,
				    (uint32_t)s);

				out_puts(v ? "<td class=\"c\">" :
				    "<td class=\"c z\">");
				out_ulong(v);
				out_puts("</td>");
			}
		out_puts("</tr>\n");
	}
	out_puts("</table></div>\n");
	free(rows);
	tally_free(&ec);
}

/* Source s's line of distinctive words: its first 12 at Z_MIN or more. */
static void
html_distinctive_line(const struct diff_story *st, const struct wording *wd,
    size_t s)
{
	struct zrow *z;
	size_t k, nz = distinctive(wd, s, &z);

	out_puts("<li><span class=\"src\">");
	html_source_name(st, (uint32_t)s);
	out_puts("</span>: ");
	for (k = 0; k < nz && k < 12 && z[k].z >= Z_MIN; k++) {
		size_t tl;
		const char *t = dint_str(&wd->terms, z[k].term, &tl);

		out_puts("<span class=\"pill\">");
		html_text(t, tl);
		out_puts("</span>");
	}
	if (k == 0)
		out_puts("nothing stands out");
	out_puts("</li>\n");
	free(z);
}

/*
 * Each outlet's distinctive words, a line each; past HTML_WIDE outlets,
 * only the HTML_WIDE whose best word stands out most (in source order),
 * and a count of the rest: --terms lists them all.
 */
static void
html_distinctive(const struct diff_story *st, const struct wording *wd)
{
	size_t ns = st->sources.n, s, k, nbest = 0, shown = 0;
	struct zrow *best;
	unsigned char *pick;

	if (ns <= HTML_WIDE) {
		out_puts("<ul>\n");
		for (s = 0; s < ns; s++)
			html_distinctive_line(st, wd, s);
		out_puts("</ul>\n");
		return;
	}
	best = cw_calloc(ns + 1, sizeof(*best));
	pick = cw_calloc(ns + 1, 1);
	for (s = 0; s < ns; s++) {
		struct zrow *z;
		size_t nz = distinctive(wd, s, &z);

		if (nz > 0 && z[0].z >= Z_MIN) {
			best[nbest].term = (uint32_t)s;    /* a source here */
			best[nbest++].z = z[0].z;
		}
		free(z);
	}
	qsort(best, nbest, sizeof(*best), cmp_zrow);
	for (k = 0; k < nbest && k < HTML_WIDE; k++)
		pick[best[k].term] = 1;
	if (nbest == 0)
		out_puts("<p class=\"note\">No outlet's words stand out."
		    "</p>\n");
	else {
		out_puts("<ul>\n");
		for (s = 0; s < ns; s++)
			if (pick[s]) {
				html_distinctive_line(st, wd, s);
				shown++;
			}
		out_puts("</ul>\n<p class=\"note\">The ");
		out_ulong((unsigned long)shown);
		out_puts(" of ");
		out_ulong((unsigned long)ns);
		out_puts(" outlets whose words stand out most; ");
		out_ulong((unsigned long)(nbest - shown));
		out_puts(nbest - shown == 1 ? " other has" : " others have");
		out_puts(" words of their own and ");
		out_ulong((unsigned long)(ns - nbest));
		out_puts(ns - nbest == 1 ? " has" : " have");
		out_puts(" none (diff-sources --terms lists them all).</p>\n");
	}
	free(best);
	free(pick);
}

/* Pairs of words shown on the page, at most, of each kind (synonym,
 * spelling, slot ...): those that most aligned sentences show. */
#define HTML_PAIRS 50

static void
html_wording(const struct diff_story *st)
{
	struct namerows nr;
	struct wording wd;
	struct prow *pr;
	size_t k, np, inkind = 0, more = 0;

	wording_build(&wd, st);
	out_puts("<h2 id=\"wording\">How they word it</h2>\n"
	    "<h3>Same thing, different words</h3>\n"
	    "<p class=\"note\">Words that differ between sentences grouped "
	    "together, with who uses each in the whole story.</p>\n"
	    "<div class=\"scroll\"><table>\n<tr><th>one word</th>"
	    "<th>used by</th><th>other word</th><th>used by</th>"
	    "<th>how found</th></tr>\n");
	np = substitutions(&wd, &pr);
	for (k = 0; k < np; k++) {
		size_t len;
		const char *p;

		if (k > 0 && pr[k].kind == pr[k - 1].kind)
			inkind++;
		else
			inkind = 0;
		if (inkind >= HTML_PAIRS) {    /* the strongest of each kind */
			more++;
			continue;
		}
		p = dint_str(&wd.pairs, pr[k].id, &len);
		const char *t1 = strchr(p, '\t') + 1, *t2 = strchr(t1, '\t') + 1;
		size_t l1 = (size_t)(t2 - 1 - t1), l2 = strlen(t2);

		out_puts("<tr><td><b>");
		html_text(t1, l1);
		out_puts("</b></td><td>");
		html_tally_users(st, &wd.use, dint_find(&wd.terms, t1, l1));
		out_puts("</td><td><b>");
		html_text(t2, l2);
		out_puts("</b></td><td>");
		html_tally_users(st, &wd.use, dint_find(&wd.terms, t2, l2));
		out_puts("</td><td>");
		html_text(p, (size_t)(t1 - 1 - p));
		out_puts("</td></tr>\n");
	}
	if (more > 0) {
		out_puts("<tr><td colspan=\"5\">and ");
		out_ulong((unsigned long)more);
		out_puts(" more pairs of words (diff-sources --terms lists "
		    "them all)</td></tr>\n");
	}
	namerows_build(&nr, st);
	name_pairs(&nr, st, show_name_row);
	if (np == 0 && nr.keys.n == 0)
		out_puts("<tr><td colspan=\"5\">none found</td></tr>\n");
	namerows_free(&nr);
	out_puts("</table></div>\n<h3>Words each outlet uses more than the "
	    "others</h3>\n");
	free(pr);
	html_distinctive(st, &wd);
	wording_free(&wd);
}

void
dreport_html_story(const struct diff_story *st, const char *key,
    size_t klen, const struct dreport_quotes *q)
{
	size_t s;
	unsigned long *nsent = cw_calloc(st->sources.n + 1, sizeof(*nsent));

	for (s = 0; s < st->n; s++)
		nsent[st->s[s].source]++;
	out_puts("<h1>");
	if (key != NULL) {
		out_puts("Story ");
		html_text(key, klen);
		out_puts(": ");
	}
	out_puts("the outlets side by side</h1>\n<p>");
	if (st->sources.n > HTML_WIDE) {
		struct tcell *v = cw_calloc(st->sources.n, sizeof(*v));

		for (s = 0; s < st->sources.n; s++) {
			v[s].src = (uint32_t)s;
			v[s].n = nsent[s];
		}
		out_ulong((unsigned long)st->sources.n);
		out_puts(" outlets, ");
		out_ulong((unsigned long)st->n);
		out_puts(" sentences; most: ");
		html_sources(st, v, st->sources.n, 1);
		free(v);
	} else
		for (s = 0; s < st->sources.n; s++) {
			out_puts("<span class=\"pill\">");
			html_source_name(st, (uint32_t)s);
			out_puts(" &middot; ");
			out_ulong(nsent[s]);
			out_puts(" sentences</span> ");
		}
	out_puts("</p>\n");
	free(nsent);
	html_coverage(st);
	html_only(st);
	html_quotes(q);
	html_entities(st);
	html_wording(st);
}

void
dreport_html_end(void)
{
	out_puts("<p class=\"note\">Made by diff-sources (crosswire).</p>\n"
	    "</body>\n</html>\n");
}

void
dreport_html_text(const char *s, size_t n)
{
	html_text(s, n);
}
