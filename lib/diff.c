/*
 * diff.c - group the sentences of a story by what they state (diff.h).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cmp.h"
#include "diff.h"
#include "diff_token.h"
#include "err.h"
#include "mention.h"
#include "stopword.h"

void
diff_init(struct diff_story *st)
{
	memset(st, 0, sizeof(*st));
}

/* ---- adding sentences ---- */

struct add_ctx {
	struct diff_story *st;
	size_t first;                  /* this sentence's first term */
};

/* Add a term to the sentence being built, keeping each term once, with the
 * largest factor it came with; content if any of its words is, a
 * neighbour if it came as nothing else. */
static void
add_term(void *vctx, const char *term, size_t len, double factor,
    unsigned kind)
{
	struct add_ctx *ctx = vctx;
	struct diff_story *st = ctx->st;
	uint32_t id = dint_add(&st->terms, term, len);
	size_t k;

	if (id >= st->term_cap) {
		size_t cap = st->term_cap ? st->term_cap : 1024;

		while (cap <= id)
			cap *= 2;
		st->term_at = cw_reallocarray(st->term_at, cap,
		    sizeof(*st->term_at));
		for (k = st->term_cap; k < cap; k++)
			st->term_at[k] = SIZE_MAX;
		st->term_cap = cap;
	}
	k = st->term_at[id];
	if (k != SIZE_MAX && k >= ctx->first) {   /* this sentence has it */
		if (factor > st->tw[k])
			st->tw[k] = (float)factor;
		st->tkind[k] = (unsigned char)(((st->tkind[k] | kind) &
		    DTOK_CONTENT) | (st->tkind[k] & kind & DTOK_NEIGHBOUR));
		return;
	}
	if (st->nt == st->tcap) {
		st->tcap = st->tcap ? st->tcap * 2 : 1024;
		st->tid = cw_reallocarray(st->tid, st->tcap, sizeof(*st->tid));
		st->tw = cw_reallocarray(st->tw, st->tcap, sizeof(*st->tw));
		st->tkind = cw_reallocarray(st->tkind, st->tcap,
		    sizeof(*st->tkind));
	}
	st->tid[st->nt] = id;
	st->tw[st->nt] = (float)factor;
	st->tkind[st->nt] = (unsigned char)kind;
	st->term_at[id] = st->nt++;
}

/* An entity mention: its key ("TYPE:canonical") and where it was written,
 * text[start, end). */
static void
add_entity(struct diff_story *st, const char *key, size_t len,
    const char *text, size_t start, size_t end)
{
	if (st->ne == st->ecap) {
		st->ecap = st->ecap ? st->ecap * 2 : 256;
		st->eid = cw_reallocarray(st->eid, st->ecap, sizeof(*st->eid));
		st->esurf = cw_reallocarray(st->esurf, st->ecap,
		    sizeof(*st->esurf));
		st->espan = cw_reallocarray(st->espan, st->ecap,
		    2 * sizeof(*st->espan));
	}
	st->eid[st->ne] = dint_add(&st->ents, key, len);
	st->esurf[st->ne] = dint_add(&st->surfaces, text + start, end - start);
	st->espan[2 * st->ne] = start;
	st->espan[2 * st->ne + 1] = end;
	st->ne++;
}

/*
 * The end of a place name taken on over the lower-case landform noun that
 * follows it: tag-entities tags "Barada" in "the Barada valley", but the
 * outlet's name for the place is "Barada valley", against another's "Wadi
 * Barada" (wadi being valley in Arabic).  Administrative words ("Idlib
 * province") are left out: they name the same place more precisely, not
 * differently.
 */
static size_t
place_end(const char *text, size_t end, size_t text_len)
{
	static const char *const nouns[] = {
		"valley", "river", "basin", "mountains", "hills", "plain",
		"plains", "plateau", "gorge", "desert", "lake", "delta",
		"peninsula", "strait", "oasis"
	};
	size_t k, i = end, j;

	if (i >= text_len || text[i] != ' ')
		return end;
	for (j = ++i; j < text_len && text[j] >= 'a' && text[j] <= 'z'; j++)
		;
	if (j < text_len && ((unsigned char)text[j] >= 0x80 ||
	    (text[j] >= 'A' && text[j] <= 'Z') || text[j] == '-' ||
	    text[j] == '\''))
		return end;         /* part of a longer word: "river-borne" */
	for (k = 0; k < sizeof(nouns) / sizeof(nouns[0]); k++)
		if (strlen(nouns[k]) == j - i && memcmp(nouns[k], text + i,
		    j - i) == 0)
			return j;
	return end;
}

/*
 * Read the mention field (crosswire(5)) with mention_parse() and, when it
 * is well formed, add each mention as an entity of the sentence (with the
 * words it was written in, for --terms) and its canonical name as a
 * matching term: "Fatah al-Sham" and "Jabhat Fateh al-Sham" then match
 * when tag-entities gave them one name.  Returns -1 for a malformed field.
 */
static int
add_mentions(struct diff_story *st, struct add_ctx *ctx, const char *f,
    size_t n, const char *text, size_t text_len)
{
	static const char *const types[] = { "PER", "ORG", "LOC", "MISC" };
	static struct mention_list ml;      /* reused: one sentence at a time */
	static struct buf names, key, term;
	const char *why;
	size_t k;

	ml.n = 0;
	buf_reset(&names);
	if (mention_parse(f, n, text_len, 0, &ml, &names, &why) < 0)
		return -1;
	for (k = 0; k < ml.n; k++) {
		const struct mention *m = &ml.v[k];
		const char *canon = names.data + m->canon;
		size_t tlen = strlen(types[m->type]);

		buf_reset(&key);
		buf_adds(&key, types[m->type]);
		buf_addc(&key, ':');
		buf_add(&key, canon, m->canonlen);
		add_entity(st, key.data, key.len, text, m->start,
		    m->type == MENTION_LOC ?
		    place_end(text, m->end, text_len) : m->end);
		/* The words of the mention are terms already; its canonical
		 * name adds one when it differs ("Fatah al-Sham" tagged
		 * "Jabhat Fateh al-Sham"), so spellings of one name meet. */
		buf_reset(&term);
		buf_add(&term, "e:", 2);
		dtok_fold_text(key.data + tlen + 1, key.len - tlen - 1, &term);
		buf_reset(&key);
		buf_add(&key, "e:", 2);
		dtok_fold_text(text + m->start, m->end - m->start, &key);
		if (term.len != key.len || memcmp(term.data, key.data, key.len))
			add_term(ctx, term.data, term.len, DTOK_ANCHOR, 0);
	}
	return 0;
}

static int
is_particle(const char *s, size_t n)
{
	static const char *const parts[] = {
		"al", "el", "de", "du", "da", "di", "bin", "ibn", "abu", "van",
		"von", "der", "la", "le"
	};
	size_t k;

	for (k = 0; k < sizeof(parts) / sizeof(parts[0]); k++)
		if (strlen(parts[k]) == n && memcmp(parts[k], s, n) == 0)
			return 1;
	return 0;
}

/* May a name run go on over text[from, to), the gap between two words: a
 * space, a hyphen, an initial's full stop, an apostrophe or a no-break
 * space, but not a comma ("on Monday, Oskar Lind said") or a colon. */
static int
name_gap(const char *text, size_t from, size_t to)
{
	size_t i;

	if (to - from == 2 && memcmp(text + from, "\xc2\xa0", 2) == 0)
		return 1;
	if (to - from > 2)
		return 0;
	for (i = from; i < to; i++)
		if (text[i] == '\0' || !strchr(" -.'", text[i]))
			return 0;
	return 1;
}

/* Is the sentence's first word an English function word ("On", "The"), not
 * a title ("Mr" stays with its name)? */
static int
sentence_first_function(const struct dtok_words *w)
{
	size_t flen;
	const char *f = dtok_fold(w, 0, &flen);

	return stop_is_english(f, flen);
}

/*
 * Without tag-entities' field, a run of capitalised words (with name
 * particles such as "al" inside) stands in for an entity of type "-": the
 * first word of the sentence only when the next one is capitalised too,
 * and not when it is a function word, capitalised for its place alone
 * ("On Monday" is "Monday", "The Barada valley" "Barada", but "Mr Lind"
 * stays "Mr Lind").
 */
static void
add_name_runs(struct diff_story *st, const struct dtok_words *w,
    const char *text)
{
	struct buf key = BUF_INIT;
	size_t i = 0;

	while (i < w->n) {
		size_t j;

		if (!(w->v[i].flags & DTOK_CAP) || (w->v[i].flags & DTOK_NUM) ||
		    w->titlecase || (i == 0 && sentence_first_function(w)) ||
		    ((w->v[i].flags & DTOK_INITIAL) &&
		    (i + 1 >= w->n || !(w->v[i + 1].flags & DTOK_CAP)))) {
			i++;
			continue;
		}
		j = i + 1;
		while (j < w->n) {
			size_t flen;
			const char *f = dtok_fold(w, j, &flen);
			int gap = name_gap(text, w->v[j - 1].end,
			    w->v[j].start);

			if ((w->v[j].flags & DTOK_CAP) &&
			    !(w->v[j].flags & DTOK_NUM) && gap)
				j++;
			else if (is_particle(f, flen) && j + 1 < w->n &&
			    (w->v[j + 1].flags & DTOK_CAP) && gap &&
			    name_gap(text, w->v[j].end, w->v[j + 1].start))
				j += 2;
			else
				break;
		}
		if (j - i > 1 || !(w->v[i].flags & DTOK_STOP)) {
			buf_reset(&key);
			buf_add(&key, "-:", 2);
			buf_add(&key, text + w->v[i].start,
			    w->v[j - 1].end - w->v[i].start);
			add_entity(st, key.data, key.len, text,
			    w->v[i].start, w->v[j - 1].end);
		}
		i = j;
	}
	buf_free(&key);
}

/* Word i, stemmed, on a side of the sentence's directed verb (unless a
 * stopword). */
static void
add_role(struct diff_story *st, const struct dtok_words *w, size_t i,
    struct buf *scratch)
{
	size_t flen, slen;
	const char *f = dtok_fold(w, i, &flen), *stem;

	if (flen == 0 || (w->v[i].flags & DTOK_STOP))
		return;
	buf_reset(scratch);
	stem = dtok_stem(f, flen, scratch, &slen);
	if (dtok_is_stop(stem, slen))
		return;
	if (st->nr == st->rcap) {
		st->rcap = st->rcap ? st->rcap * 2 : 256;
		st->rid = cw_reallocarray(st->rid, st->rcap, sizeof(*st->rid));
	}
	st->rid[st->nr++] = dint_add(&st->roles, stem, slen);
}

/* Does an auxiliary of the passive come before word v ("was accused")? */
static int
after_be(const struct dtok_words *w, size_t v)
{
	static const char *const be[] = {
		"is", "are", "was", "were", "be", "been", "being"
	};
	size_t k;

	for (k = 0; v > 0 && k < sizeof(be) / sizeof(be[0]); k++)
		if (dtok_word_is(w, v - 1, be[k]))
			return 1;
	return 0;
}

/* Does a clause end between words i and i + 1 (a comma, a semicolon, a
 * colon, a dash)? */
static int
clause_gap(const struct dtok_words *w, const char *text, size_t i)
{
	size_t k;

	for (k = w->v[i].end; k < w->v[i + 1].start; k++)
		if (strchr(",;:()", text[k]) != NULL || (text[k] == '-' &&
		    k > w->v[i].end && text[k - 1] == ' '))
			return 1;
	return 0;
}

/*
 * The two sides of the sentence's first directed verb (dtok_is_directed):
 * who does it, the words before it, and to whom, the words after it up to
 * the end of the clause; in the passive ("was accused by", "attacked by")
 * the other way round.  A verb inside a compound ("Iran-backed") is an
 * adjective and not taken.  diff_group() keeps two sentences that share
 * the verb but swap its sides apart: "Rebel groups accused Jabhat Fateh
 * al-Sham of an attack" and "Ja'afari accused the rebels of associating
 * with Jabhat Fateh al-Sham" have most of their words in common and say
 * opposite things.
 */
static void
add_frame(struct diff_story *st, struct diff_sent *s,
    const struct dtok_words *w, const char *text, struct buf *scratch)
{
	size_t i, k, v = w->n, from, to, before, back;
	int passive;

	s->verb = UINT32_MAX;
	s->role = st->nr;
	for (i = 0; i < w->n && v == w->n; i++) {
		size_t flen, slen;
		const char *f = dtok_fold(w, i, &flen), *stem;

		if (flen == 0 || (w->v[i].flags & (DTOK_CAP | DTOK_NUM)))
			continue;
		if (w->v[i].start > 0 && text[w->v[i].start - 1] == '-')
			continue;
		buf_reset(scratch);
		stem = dtok_stem(f, flen, scratch, &slen);
		if (dtok_is_directed(stem, slen)) {
			v = i;
			s->verb = dint_add(&st->roles, stem, slen);
		}
	}
	if (v == w->n)
		return;
	passive = after_be(w, v) || (v + 1 < w->n &&
	    dtok_word_is(w, v + 1, "by"));
	/* the clause after the verb: words v+1 .. to-1 */
	for (to = v + 1; to < w->n && !clause_gap(w, text, to - 1); to++)
		;
	/* a side is a phrase: the words nearest the verb (sides_swapped()
	 * compares them pairwise, so a sentence of a million words must not
	 * make a side of a million) */
	back = v > DIFF_SIDE_WORDS ? v - DIFF_SIDE_WORDS : 0;
	if (to - v - 1 > DIFF_SIDE_WORDS)
		to = v + 1 + DIFF_SIDE_WORDS;
	from = st->nr;
	if (!passive) {
		for (k = back; k < v; k++)
			add_role(st, w, k, scratch);
		before = st->nr - from;
		for (k = v + 1; k < to; k++)
			add_role(st, w, k, scratch);
	} else {
		/* the agent follows "by", the patient comes before */
		for (k = v + 1; k < to && !dtok_word_is(w, k, "by"); k++)
			;
		for (k++; k < to; k++)
			add_role(st, w, k, scratch);
		before = st->nr - from;
		for (k = back; k < v; k++)
			add_role(st, w, k, scratch);
	}
	s->nagent = before;
	s->npatient = st->nr - from - before;
}

int
diff_add(struct diff_story *st, const struct diff_input *in)
{
	static struct dtok_words words;   /* reused: one sentence at a time */
	static struct buf scratch;
	struct add_ctx ctx;
	struct diff_sent *s;
	int ret = 0;

	if (st->n == st->cap) {
		st->cap = st->cap ? st->cap * 2 : 256;
		st->s = cw_reallocarray(st->s, st->cap, sizeof(*st->s));
	}
	s = &st->s[st->n];
	memset(s, 0, sizeof(*s));
	s->source = dint_add(&st->sources, in->source, in->source_len);
	s->para = in->para;
	s->sent = in->sent;
	s->loc = st->bytes.len;
	s->loc_len = in->loc_len;
	buf_add(&st->bytes, in->loc, in->loc_len);
	s->text = st->bytes.len;
	s->text_len = in->text_len;
	buf_add(&st->bytes, in->text, in->text_len);
	s->rest = st->bytes.len;
	s->rest_len = in->rest_len;
	buf_add(&st->bytes, in->rest, in->rest_len);

	ctx.st = st;
	ctx.first = st->nt;
	s->term = st->nt;
	s->ent = st->ne;
	dtok_words(in->text, in->text_len, &words);
	if (in->mentions != NULL) {
		if (add_mentions(st, &ctx, in->mentions, in->mentions_len,
		    in->text, in->text_len) < 0)
			ret = -1;
		else
			st->have_mentions = 1;
	}
	dtok_terms(&words, &scratch, add_term, &ctx);
	add_frame(st, s, &words, in->text, &scratch);
	if (in->mentions == NULL || ret < 0)
		add_name_runs(st, &words, in->text);
	s->nterm = st->nt - s->term;
	s->nent = st->ne - s->ent;
	st->n++;
	if (in->text == NULL) {        /* never: frees the statics for tests */
		dtok_words_free(&words);
		buf_free(&scratch);
	}
	return ret;
}

/* ---- weighing ---- */

static const struct diff_story *sort_story;

static int
cmp_canonical(const void *a, const void *b)
{
	const struct diff_story *st = sort_story;
	const struct diff_sent *x = &st->s[*(const uint32_t *)a];
	const struct diff_sent *y = &st->s[*(const uint32_t *)b];
	size_t xl, yl, m;
	const char *xs = dint_str(&st->sources, x->source, &xl);
	const char *ys = dint_str(&st->sources, y->source, &yl);
	int c;

	m = xl < yl ? xl : yl;
	if ((c = memcmp(xs, ys, m)) != 0)
		return c;
	if (xl != yl)
		return xl < yl ? -1 : 1;
	if (x->para != y->para)
		return x->para < y->para ? -1 : 1;
	if (x->sent != y->sent)
		return x->sent < y->sent ? -1 : 1;
	m = x->text_len < y->text_len ? x->text_len : y->text_len;
	if (m && (c = memcmp(st->bytes.data + x->text,
	    st->bytes.data + y->text, m)) != 0)
		return c;
	if (x->text_len != y->text_len)
		return x->text_len < y->text_len ? -1 : 1;
	m = x->rest_len < y->rest_len ? x->rest_len : y->rest_len;
	if (m && (c = memcmp(st->bytes.data + x->rest,
	    st->bytes.data + y->rest, m)) != 0)
		return c;
	if (x->rest_len != y->rest_len)
		return x->rest_len < y->rest_len ? -1 : 1;
	return *(const uint32_t *)a < *(const uint32_t *)b ? -1 :
	    *(const uint32_t *)a > *(const uint32_t *)b;
}

/*
 * A sparse vector: (term, weight) entries.  A sentence's are sorted by
 * term.  A group's sum grows as groups merge: the smaller sum is added
 * into the larger, its new terms appended after the sorted ones, and a sum
 * of more than VEC_INDEX_MIN entries is indexed by a hash table, so that a
 * merge costs the smaller sum's length and a dot the shorter vector's,
 * however large the other grew.
 *
 * Every dot adds the products of the common terms in ascending term order
 * and every merge adds two weights term by term, whatever the layout, so
 * the values are the same as with plain sorted arrays merged.
 */
#define VEC_INDEX_MIN 64

struct vec {
	uint32_t *t;
	double *w;
	size_t n, cap;
	size_t nsorted;                /* t[0, nsorted) ascending, the rest as
					  added; all of it without an index */
	uint32_t *slot;                /* entry + 1, 0 empty; or NULL */
	size_t nslot;                  /* a power of two */
};

/* A common term's product, kept to be added in term order. */
struct hit {
	uint32_t t;
	double p;
};

static int
cmp_hit(const void *a, const void *b)
{
	const struct hit *x = a, *y = b;

	return x->t < y->t ? -1 : x->t > y->t;
}

static size_t
vec_hash(uint32_t t, size_t mask)
{
	return (size_t)(((uint64_t)t * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
}

static void
vec_reindex(struct vec *v)
{
	size_t i, mask, nslot = 2 * VEC_INDEX_MIN;

	while (nslot < 2 * (v->n + 1))
		nslot *= 2;
	free(v->slot);
	v->slot = cw_calloc(nslot, sizeof(*v->slot));
	v->nslot = nslot;
	mask = nslot - 1;
	for (i = 0; i < v->n; i++) {
		size_t k = vec_hash(v->t[i], mask);

		while (v->slot[k])
			k = (k + 1) & mask;
		v->slot[k] = (uint32_t)i + 1;
	}
}

/* The entry of term t in v, or SIZE_MAX. */
static size_t
vec_find(const struct vec *v, uint32_t t)
{
	size_t lo = 0, hi = v->n;

	if (v->slot != NULL) {
		size_t mask = v->nslot - 1, k;

		for (k = vec_hash(t, mask); v->slot[k]; k = (k + 1) & mask)
			if (v->t[v->slot[k] - 1] == t)
				return v->slot[k] - 1;
		return SIZE_MAX;
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (v->t[mid] < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < v->n && v->t[lo] == t ? lo : SIZE_MAX;
}

/* Dot of a short sorted vector with a long one: look each term up. */
static double
vec_dot_lookup(const struct vec *a, const struct vec *b)
{
	size_t i, at;
	double d = 0;

	for (i = 0; i < a->n; i++)
		if ((at = vec_find(b, a->t[i])) != SIZE_MAX)
			d += a->w[i] * b->w[at];
	return d;
}

/* Dot of a, the shorter, not sorted, with b: the common terms' products
 * gathered, sorted by term and added in that order. */
static double
vec_dot_gather(const struct vec *a, const struct vec *b, struct hit **hits,
    size_t *hcap)
{
	size_t i, at, nh = 0;
	double d = 0;

	if (*hcap < a->n) {
		*hcap = a->n;
		*hits = cw_reallocarray(*hits, *hcap, sizeof(**hits));
	}
	for (i = 0; i < a->n; i++)
		if ((at = vec_find(b, a->t[i])) != SIZE_MAX) {
			(*hits)[nh].t = a->t[i];
			(*hits)[nh++].p = a->w[i] * b->w[at];
		}
	qsort(*hits, nh, sizeof(**hits), cmp_hit);
	for (i = 0; i < nh; i++)
		d += (*hits)[i].p;
	return d;
}

/* hits, hcap: scratch for vec_dot_gather. */
static double
vec_dot(const struct vec *a, const struct vec *b, struct hit **hits,
    size_t *hcap)
{
	size_t i = 0, j = 0;
	double d = 0;

	if (a->n > b->n) {
		const struct vec *t = a;

		a = b;
		b = t;
	}
	if (a->nsorted < a->n)
		return vec_dot_gather(a, b, hits, hcap);
	if (a->n * 16 < b->n || b->nsorted < b->n)
		return vec_dot_lookup(a, b);
	/* Branch-free steps: which side advances is data, not a branch
	 * to mispredict; adding 0 for a term not in both leaves d exact. */
	while (i < a->n && j < b->n) {
		uint32_t x = a->t[i], y = b->t[j];

		d += x == y ? a->w[i] * b->w[j] : 0;
		i += x <= y;
		j += y <= x;
	}
	return d;
}

static void
vec_free(struct vec *v)
{
	free(v->t);
	free(v->w);
	free(v->slot);
	memset(v, 0, sizeof(*v));
}

/* a += b, both sorted and without an index: a merge into new arrays. */
static void
vec_merge_sorted(struct vec *a, const struct vec *b)
{
	size_t cap = a->n + b->n + 1, i = 0, j = 0, k = 0;
	uint32_t *t = cw_reallocarray(NULL, cap, sizeof(*t));
	double *w = cw_reallocarray(NULL, cap, sizeof(*w));

	while (i < a->n || j < b->n) {
		if (j >= b->n || (i < a->n && a->t[i] < b->t[j])) {
			t[k] = a->t[i];
			w[k++] = a->w[i++];
		} else if (i >= a->n || b->t[j] < a->t[i]) {
			t[k] = b->t[j];
			w[k++] = b->w[j++];
		} else {
			t[k] = a->t[i];
			w[k++] = a->w[i++] + b->w[j++];
		}
	}
	free(a->t);
	free(a->w);
	a->t = t;
	a->w = w;
	a->n = a->nsorted = k;
	a->cap = cap;
}

/* a += b, b the shorter: each of b's terms looked up in a's index, its
 * weight added or the term appended. */
static void
vec_add_into(struct vec *a, const struct vec *b)
{
	size_t j, mask;

	if (a->slot == NULL)
		vec_reindex(a);
	for (j = 0; j < b->n; j++) {
		size_t k, at = SIZE_MAX;

		mask = a->nslot - 1;
		for (k = vec_hash(b->t[j], mask); a->slot[k]; k = (k + 1) & mask)
			if (a->t[a->slot[k] - 1] == b->t[j]) {
				at = a->slot[k] - 1;
				break;
			}
		if (at != SIZE_MAX) {
			a->w[at] += b->w[j];
			continue;
		}
		if (a->n == a->cap) {
			a->cap = a->cap * 2 + 16;
			a->t = cw_reallocarray(a->t, a->cap, sizeof(*a->t));
			a->w = cw_reallocarray(a->w, a->cap, sizeof(*a->w));
		}
		a->t[a->n] = b->t[j];
		a->w[a->n] = b->w[j];
		a->slot[k] = (uint32_t)++a->n;
		if (2 * (a->n + 1) > a->nslot)
			vec_reindex(a);
	}
}

/* a += b; the sum is left in a, b is emptied.  The shorter one is added
 * into the longer (a term's two weights added either way round give the
 * same double). */
static void
vec_merge(struct vec *a, struct vec *b)
{
	if (a->n < b->n) {
		struct vec t = *a;

		*a = *b;
		*b = t;
	}
	if (a->slot == NULL && b->slot == NULL &&
	    a->n + b->n <= VEC_INDEX_MIN)
		vec_merge_sorted(a, b);
	else
		vec_add_into(a, b);
	vec_free(b);
}

/* ---- group-average clustering ---- */

struct cand {
	double link;
	uint32_t a, b;                 /* a cluster and its best partner */
	uint32_t va, vb;               /* a's entry number, b's version */
};

struct heap {
	struct cand *v;
	size_t n, cap;
};

static int
cand_before(const struct cand *x, const struct cand *y)
{
	if (x->link != y->link)
		return x->link > y->link;
	if (x->a != y->a)
		return x->a < y->a;
	return x->b < y->b;
}

static void
heap_push(struct heap *h, struct cand c)
{
	size_t i;

	if (h->n == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 1024;
		h->v = cw_reallocarray(h->v, h->cap, sizeof(*h->v));
	}
	i = h->n++;
	while (i > 0 && cand_before(&c, &h->v[(i - 1) / 2])) {
		h->v[i] = h->v[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	h->v[i] = c;
}

static struct cand
heap_pop(struct heap *h)
{
	struct cand top = h->v[0], last = h->v[--h->n];
	size_t i = 0;

	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, m = i;
		const struct cand *best = &last;

		if (l < h->n && cand_before(&h->v[l], best)) {
			m = l;
			best = &h->v[l];
		}
		if (r < h->n && cand_before(&h->v[r], best))
			m = r;
		if (m == i)
			break;
		h->v[i] = h->v[m];
		i = m;
	}
	if (h->n > 0)
		h->v[i] = last;
	return top;
}

/*
 * Links a merge cannot have made the best.  After a merges with b, every
 * mean cosine from a changes; recomputing them all costs the neighbours'
 * lengths at each merge, and a big group keeps a long list of neighbours
 * that never reach the threshold.  So each cluster keeps a running total
 * g of the norms of the sums it absorbed, and each neighbour entry, when
 * its link is computed, the dot D then less g then x the neighbour's norm:
 * by Cauchy-Schwarz the dot now is at most D + (g now - g then) x that
 * norm, the entry's value plus g now x the norm.  A link whose bound is
 * under the threshold, or under the best link found already, cannot be the
 * best one kept, and is not computed; the partner chosen is the same.  No
 * weight is negative, so rounding errs by a relative 1e-10 at most, and
 * bounds carry a relative margin (BOUND_SLACK) far above it, on the dot
 * and on the g x norm terms (and are rounded up to a float): a rounded dot
 * never exceeds its bound.
 */
#define BOUND_SLACK 1e-6
#define STALE UINT32_MAX               /* nb.ver: no bound kept */

struct nb {
	uint32_t id;                   /* a cluster (maybe merged since) */
	uint32_t ver;                  /* its version when bounded, or STALE */
	float bound;                   /* D - g x norm then, at most */
};

struct nblist {
	struct nb *v;
	size_t n, cap;
};

static void
nblist_add(struct nblist *l, uint32_t id)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->v = cw_reallocarray(l->v, l->cap, sizeof(*l->v));
	}
	l->v[l->n].id = id;
	l->v[l->n].ver = STALE;
	l->v[l->n++].bound = 0;
}

struct clusters {
	size_t n;
	uint32_t *parent;              /* union-find over cluster ids */
	uint32_t *size, *version;
	uint32_t *gen;                 /* number of a cluster's live entry */
	struct vec *sum;               /* sum of the members' unit vectors */
	double *norm;                  /* each sum's length, at most */
	double *g;                     /* norms absorbed (see struct nb) */
	struct nblist *adj;            /* neighbouring clusters (maybe stale) */
	uint32_t *next, *tail;         /* members as linked lists */
	uint32_t *stamp;
	uint32_t clock;
	struct heap heap;
	struct hit *hits;              /* scratch for vec_dot */
	size_t hcap;
	double *dense;                 /* scratch: a sum vector scattered */
};

static uint32_t
find(struct clusters *c, uint32_t x)
{
	uint32_t r = x;

	while (c->parent[r] != r)
		r = c->parent[r];
	while (c->parent[x] != r) {
		uint32_t up = c->parent[x];

		c->parent[x] = r;
		x = up;
	}
	return r;
}

/* The dot of the sum scattered into c->dense with d's sum, d sorted: the
 * same products in the same (term) order as vec_dot, so the same value. */
static double
dense_dot(const struct clusters *c, uint32_t d)
{
	const struct vec *v = &c->sum[d];
	double s = 0;
	size_t k;

	for (k = 0; k < v->n; k++)
		s += c->dense[v->t[k]] * v->w[k];
	return s;
}

/* The link of a and e's cluster, computed, and e's bound renewed; with
 * a's sum scattered into c->dense if scattered. */
static double
link_now(struct clusters *c, uint32_t a, struct nb *e, int scattered)
{
	const struct vec *v = &c->sum[e->id];
	double dot = scattered && v->nsorted == v->n ? dense_dot(c, e->id) :
	    vec_dot(&c->sum[a], v, &c->hits, &c->hcap);
	double bound = dot * (1 + BOUND_SLACK) -
	    c->g[a] * c->norm[e->id] * (1 - BOUND_SLACK);
	float f = (float)bound;

	if ((double)f < bound)   /* rounded up */
		f = nextafterf(f, HUGE_VALF);
	e->ver = c->version[e->id];
	e->bound = f;
	return dot / ((double)c->size[a] * (double)c->size[e->id]);
}

/* The most e's link with a can be now (its cluster unchanged). */
static double
link_bound(const struct clusters *c, uint32_t a, const struct nb *e)
{
	double dot = (double)e->bound +
	    c->g[a] * c->norm[e->id] * (1 + BOUND_SLACK);

	return dot * (1 + BOUND_SLACK) /
	    ((double)c->size[a] * (double)c->size[e->id]);
}

/* Scatter a's sum into c->dense, or clear it. */
static void
scatter(struct clusters *c, uint32_t a, int clear)
{
	const struct vec *v = &c->sum[a];
	size_t k;

	for (k = 0; k < v->n; k++)
		c->dense[v->t[k]] = clear ? 0 : v->w[k];
}

/*
 * The heap holds one entry per cluster: its best partner, the neighbour
 * with the highest mean cosine (ties to the lower id).  An entry whose
 * partner has changed since is refreshed when it comes up; so the heap
 * stays as small as the number of clusters however many pairs there are.
 * The neighbours that changed are computed first, then those whose bound
 * reaches the threshold and the best so far.  A link computed costs the
 * two sums' lengths (struct vec), or only the neighbour's once a's sum is
 * scattered into a dense array, which is done at its second link unless
 * it has 8 terms or fewer: scattering costs a's length twice, and each
 * merge walk costs it again (timed on bench/diff-sources.sh's stories).
 */
static void
push_best(struct clusters *c, uint32_t a, double threshold)
{
	struct nblist *l = &c->adj[a];
	size_t k, keep = 0, computed = 0;
	double best = -1;
	uint32_t partner = UINT32_MAX;
	struct cand e;
	int pass, scattered = 0;

	/* stamp: clock for a neighbour seen, clock + 1 for one whose
	 * link must be computed (it changed) */
	if (c->clock >= UINT32_MAX - 2) {
		memset(c->stamp, 0, c->n * sizeof(*c->stamp));
		c->clock = 0;
	}
	c->clock += 2;
	c->stamp[a] = c->clock;
	for (k = 0; k < l->n; k++) {
		struct nb x = l->v[k];
		uint32_t d = find(c, x.id);

		if (c->stamp[d] >= c->clock)
			continue;
		c->stamp[d] = c->clock;
		if (d != x.id || x.ver != c->version[d]) {
			x.id = d;
			c->stamp[d] = c->clock + 1;
		}
		l->v[keep++] = x;      /* resolved and deduplicated */
	}
	l->n = keep;
	if (l->cap > 64 && keep < l->cap / 4) {
		l->cap = keep * 2;
		l->v = cw_reallocarray(l->v, l->cap, sizeof(*l->v));
	}
	for (pass = 0; pass < 2; pass++)
		for (k = 0; k < l->n; k++) {
			struct nb *x = &l->v[k];
			double link;

			if ((c->stamp[x->id] == c->clock + 1) != (pass == 0))
				continue;
			if (pass == 1) {
				double most = link_bound(c, a, x);

				if (most < threshold || most < best)
					continue;
			}
			if (!scattered && ++computed > 1 &&
			    c->sum[a].n > 8) {
				scatter(c, a, 0);
				scattered = 1;
			}
			link = link_now(c, a, x, scattered);
			if (link > best || (link == best && x->id < partner)) {
				best = link;
				partner = x->id;
			}
		}
	if (scattered)
		scatter(c, a, 1);
	c->gen[a]++;
	if (partner == UINT32_MAX || best < threshold)
		return;
	e.link = best;
	e.a = a;
	e.b = partner;
	e.va = c->gen[a];
	e.vb = c->version[partner];
	heap_push(&c->heap, e);
}

/*
 * a and b, whose link was link, become a.  The neighbour entries of one of
 * them keep their bounds (those of the one with more entries): the sum
 * they bound grew by the other's, whose norm is added to g.  The other's
 * entries are marked stale, to be computed when next looked at.
 */
static void
merge(struct clusters *c, uint32_t a, uint32_t b, double link,
    double threshold)
{
	struct nblist *la = &c->adj[a], *lb = &c->adj[b], t;
	double na = c->norm[a], nb = c->norm[b];
	double dot = link * (double)c->size[a] * (double)c->size[b];
	size_t k;

	vec_merge(&c->sum[a], &c->sum[b]);
	if (la->n < lb->n) {           /* keep b's entries: their sum grew
					  by a's */
		t = *la;
		*la = *lb;
		*lb = t;
		c->g[a] = c->g[b] + na;
	} else
		c->g[a] += nb;
	for (k = 0; k < lb->n; k++)
		nblist_add(la, lb->v[k].id);
	free(lb->v);
	lb->v = NULL;
	lb->n = lb->cap = 0;
	/* |a + b|^2 = |a|^2 + 2 a.b + |b|^2 */
	c->norm[a] = sqrt(na * na + 2 * dot * (1 + BOUND_SLACK) + nb * nb) *
	    (1 + BOUND_SLACK);
	c->size[a] += c->size[b];
	c->version[a]++;
	c->parent[b] = a;
	c->next[c->tail[a]] = b;       /* b heads its own member list */
	c->tail[a] = c->tail[b];
	push_best(c, a, threshold);
}

struct edge {
	uint32_t j;
	double sim;
};

/*
 * The kinds (dtok_emit_fn) of the terms of the unit vectors: those of
 * unit[i] from kind[at[i]], one for each of its first at[i + 1] - at[i]
 * terms (the lead component, after them, has none and counts as a name).
 */
struct kinds {
	unsigned char *kind;
	size_t *at;
};

static int
is_neighbour(const struct kinds *tk, size_t i, size_t k)
{
	return k < tk->at[i + 1] - tk->at[i] &&
	    (tk->kind[tk->at[i] + k] & DTOK_NEIGHBOUR);
}

/*
 * Do sentences i and j share a content term: a word that is not a name,
 * number or date, or its class or near neighbour, and not one of the
 * story's topic words (topic_terms())?  Two outlets that name
 * the same people say different things about them as often as the same
 * ("De Mistura said both sides were not far from a final declaration"
 * against "De Mistura also expressed optimism"), so names alone do not make
 * two sentences a candidate pair.
 */
static int
share_content(const struct vec *unit, const struct kinds *tk, size_t i,
    size_t j, const unsigned char *topic)
{
	const unsigned char *fi = tk->kind + tk->at[i];
	const unsigned char *fj = tk->kind + tk->at[j];
	size_t a = 0, b = 0, na = tk->at[i + 1] - tk->at[i],
	    nb = tk->at[j + 1] - tk->at[j];

	while (a < na && b < nb) {
		if (unit[i].t[a] < unit[j].t[b])
			a++;
		else if (unit[i].t[a] > unit[j].t[b])
			b++;
		else if ((fi[a] & DTOK_CONTENT) && (fj[b] & DTOK_CONTENT) &&
		    !topic[unit[i].t[a]])
			return 1;
		else {
			a++;
			b++;
		}
	}
	return 0;
}

/*
 * The story's topic words: those the outlets that use them repeat in
 * DIFF_TOPIC_REPEAT sentences or more on average ("rebels", "talks" in a
 * story on peace talks with rebels).  They say what the whole story is
 * about, not what one sentence states, so sharing them does not make two
 * sentences a candidate pair (share_content()): "Syrian rebels battle
 * Jabhat Fateh al-Sham" and "Ja'afari accused the rebels of associating
 * with Jabhat Fateh al-Sham" share only a topic word and a name.  A word
 * each outlet uses once, however many outlets, is no topic word.
 */
static unsigned char *
topic_terms(const struct diff_story *st, const uint32_t *df)
{
	size_t nterms = st->terms.n, i, k;
	uint32_t *nsrc = cw_calloc(nterms + 1, sizeof(*nsrc));
	uint32_t *stamp = cw_reallocarray(NULL, nterms + 1, sizeof(*stamp));
	unsigned char *topic = cw_calloc(nterms + 2, 1);

	for (k = 0; k < nterms; k++)
		stamp[k] = UINT32_MAX;
	for (i = 0; i < st->n; i++) {
		const struct diff_sent *s = &st->s[i];

		for (k = s->term; k < s->term + s->nterm; k++) {
			uint32_t t = st->tid[k];

			if (stamp[t] != s->source) {
				stamp[t] = s->source;
				nsrc[t]++;
			}
		}
	}
	for (k = 0; k < nterms; k++)
		topic[k] = nsrc[k] > 0 &&
		    df[k] >= (double)DIFF_TOPIC_REPEAT * nsrc[k];
	free(nsrc);
	free(stamp);
	return topic;
}

static int
ids_meet(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	size_t x, y;

	for (x = 0; x < na; x++)
		for (y = 0; y < nb; y++)
			if (a[x] == b[y])
				return 1;
	return 0;
}

/*
 * Do sentences a and b use the same directed verb with its sides swapped:
 * a word on the doing side of one on the receiving side of the other, and
 * no word on the doing side of both?  (add_frame() found the sides.)  The
 * sides are a clause or two, so the quadratic look is short.
 */
static int
sides_swapped(const struct diff_story *st, const struct diff_sent *a,
    const struct diff_sent *b)
{
	const uint32_t *aa, *ap, *ba, *bp;

	if (a->verb == UINT32_MAX || a->verb != b->verb)
		return 0;     /* and rid may be NULL: no sentence has a verb */
	aa = st->rid + a->role;
	ap = aa + a->nagent;
	ba = st->rid + b->role;
	bp = ba + b->nagent;
	if (ids_meet(aa, a->nagent, ba, b->nagent))
		return 0;
	return ids_meet(aa, a->nagent, bp, b->npatient) ||
	    ids_meet(ap, a->npatient, ba, b->nagent);
}

static int
cmp_edge(const void *a, const void *b)
{
	const struct edge *x = a, *y = b;

	if (x->sim != y->sim)
		return x->sim > y->sim ? -1 : 1;
	return x->j < y->j ? -1 : x->j > y->j;
}

/* Move the k closest candidates (cmp_edge order: a total order, so the
 * set is well defined) to the front: quickselect, linear on average. */
static void
select_closest(struct edge *v, size_t n, size_t k)
{
	size_t lo = 0, hi = n;

	while (hi - lo > 1) {
		struct edge pivot = v[lo + (hi - lo) / 2], t;
		size_t i = lo, j = lo, m = hi;

		/* three-way partition: [lo,j) before, [j,i) equal, [m,hi) after */
		while (i < m) {
			int c = cmp_edge(&v[i], &pivot);

			if (c < 0) {
				t = v[i];
				v[i++] = v[j];
				v[j++] = t;
			} else if (c > 0) {
				t = v[i];
				v[i] = v[--m];
				v[m] = t;
			} else
				i++;
		}
		if (k < j)
			hi = j;
		else if (k <= m)
			return;
		else
			lo = m;
	}
}

/* How close sentence si is to its group's sum vector: the cosine up to the
 * sum's length, with the sentence's weights taken as its term factors. */
static double
closeness(const struct diff_story *st, uint32_t si, const struct vec *sum)
{
	const struct diff_sent *s = &st->s[si];
	double d = 0, norm = 0;
	size_t q;

	for (q = s->term; q < s->term + s->nterm; q++) {
		size_t at = vec_find(sum, st->tid[q]);

		if (at != SIZE_MAX)
			d += sum->w[at] * st->tw[q];
		norm += (double)st->tw[q] * st->tw[q];
	}
	return norm > 0 ? d / sqrt(norm) : 0;
}

/*
 * Number the groups in output order (most sources first, then first
 * appearance in the input), list the members in input order, count each
 * group's sources and pick its representative sentence.
 */
static void
order_groups(struct diff_story *st, struct clusters *c, const uint32_t *canon,
    const uint32_t *rank)
{
	size_t n = st->n, i, k, ng = 0, maxs = 0;
	uint32_t *gof = cw_reallocarray(NULL, n, sizeof(*gof));
	uint32_t *nsrc = cw_calloc(n, sizeof(*nsrc));
	uint32_t *count = cw_calloc(n, sizeof(*count));
	uint32_t *roots = cw_reallocarray(NULL, n, sizeof(*roots));
	uint32_t *sorted = cw_reallocarray(NULL, n, sizeof(*sorted));
	uint32_t *srcstamp = cw_reallocarray(NULL, st->sources.n + 1,
	    sizeof(*srcstamp));
	size_t *bucket, *fill;
	double *best;

	for (k = 0; k < st->sources.n; k++)
		srcstamp[k] = UINT32_MAX;
	for (i = 0; i < n; i++)
		gof[i] = UINT32_MAX;
	/* Roots in order of first appearance in the input. */
	for (i = 0; i < n; i++) {
		uint32_t r = find(c, rank[i]);

		if (gof[r] == UINT32_MAX) {
			gof[r] = (uint32_t)ng;
			roots[ng++] = r;
		}
		count[r]++;
	}
	for (k = 0; k < ng; k++) {
		uint32_t r = roots[k], m;

		for (m = r; m != UINT32_MAX; m = c->next[m]) {
			uint32_t s = st->s[canon[m]].source;

			if (srcstamp[s] != r) {
				srcstamp[s] = r;
				nsrc[r]++;
			}
		}
		if (nsrc[r] > maxs)
			maxs = nsrc[r];
	}
	/* A stable counting sort on the number of sources, descending. */
	bucket = cw_calloc(maxs + 2, sizeof(*bucket));
	for (k = 0; k < ng; k++)
		bucket[maxs - nsrc[roots[k]] + 1]++;
	for (k = 0; k <= maxs; k++)
		bucket[k + 1] += bucket[k];
	for (k = 0; k < ng; k++)
		sorted[bucket[maxs - nsrc[roots[k]]]++] = roots[k];
	free(bucket);

	st->ngroups = ng;
	st->g = cw_calloc(ng + 1, sizeof(*st->g));
	st->order = cw_reallocarray(NULL, n + 1, sizeof(*st->order));
	for (k = 0; k < ng; k++) {
		gof[sorted[k]] = (uint32_t)k;
		st->g[k].count = count[sorted[k]];
		st->g[k].nsource = nsrc[sorted[k]];
		if (k > 0)
			st->g[k].first = st->g[k - 1].first +
			    st->g[k - 1].count;
	}
	fill = cw_calloc(ng + 1, sizeof(*fill));
	best = cw_reallocarray(NULL, ng + 1, sizeof(*best));
	for (k = 0; k < ng; k++)
		best[k] = -1;
	for (i = 0; i < n; i++) {
		uint32_t r = find(c, rank[i]), g = gof[r];
		double d = closeness(st, (uint32_t)i, &c->sum[r]);

		st->s[i].group = g;
		st->order[st->g[g].first + fill[g]++] = (uint32_t)i;
		if (d > best[g]) {
			best[g] = d;
			st->g[g].rep = (uint32_t)i;
		}
	}
	free(fill);
	free(best);
	free(gof);
	free(nsrc);
	free(count);
	free(roots);
	free(sorted);
	free(srcstamp);
}

/* Does the sentence at canon[i] start its source's run?  Canonical order
 * has each source's sentences together, by LOC. */
static int
starts_source(const struct diff_story *st, const uint32_t *canon, size_t i)
{
	return i == 0 || st->s[canon[i]].source != st->s[canon[i - 1]].source;
}

void
diff_group(struct diff_story *st, double threshold)
{
	size_t n = st->n, nterms = st->terms.n, i, k;
	unsigned char *topic;
	uint32_t *canon, *rank, *df, *post_start, *post, *cur, first;
	float *post_w;
	double *acc, lnN;
	uint32_t *touched, ntouched;
	struct edge *cands = NULL;
	struct { uint32_t i, j; } *pairs = NULL;   /* the candidate pairs */
	size_t ncands, ccap = 0, dfmax, npairs = 0, pcap = 0;
	struct clusters c;
	struct vec *unit;
	struct kinds tk;

	if (n == 0) {
		st->order = NULL;
		st->g = NULL;
		st->ngroups = 0;
		return;
	}
	/* Canonical order: the grouping must not depend on input order. */
	canon = cw_reallocarray(NULL, n, sizeof(*canon));
	rank = cw_reallocarray(NULL, n, sizeof(*rank));
	for (i = 0; i < n; i++)
		canon[i] = (uint32_t)i;
	sort_story = st;
	qsort(canon, n, sizeof(*canon), cmp_canonical);
	for (i = 0; i < n; i++)
		rank[canon[i]] = (uint32_t)i;

	/* Document frequencies and unit vectors, indexed canonically. */
	df = cw_calloc(nterms + 1, sizeof(*df));
	for (k = 0; k < st->nt; k++)
		df[st->tid[k]]++;
	topic = topic_terms(st, df);
	lnN = (double)n + 1;
	unit = cw_calloc(n, sizeof(*unit));
	tk.at = cw_reallocarray(NULL, n + 1, sizeof(*tk.at));
	tk.at[0] = 0;
	for (i = 0; i < n; i++)
		tk.at[i + 1] = tk.at[i] + st->s[canon[i]].nterm;
	tk.kind = cw_reallocarray(NULL, tk.at[n] + 1, sizeof(*tk.kind));
	for (i = 0; i < n; i++) {
		const struct diff_sent *s = &st->s[canon[i]];
		struct vec *v = &unit[i];
		double norm = 0;
		size_t m;

		v->n = s->nterm;
		v->cap = v->n + 1;
		v->t = cw_reallocarray(NULL, v->n + 1, sizeof(*v->t));
		v->w = cw_reallocarray(NULL, v->n + 1, sizeof(*v->w));
		/* sort (term, factor) pairs by term: pack them in 64 bits */
		{
			uint64_t *pk = cw_reallocarray(NULL, v->n + 1,
			    sizeof(*pk));

			for (m = 0; m < v->n; m++)
				pk[m] = (uint64_t)st->tid[s->term + m] << 32 |
				    m;
			qsort(pk, v->n, sizeof(*pk), cmp_u64);
			for (m = 0; m < v->n; m++) {
				size_t q = s->term + (uint32_t)pk[m];

				v->t[m] = st->tid[q];
				v->w[m] = log(lnN / (df[v->t[m]] + 0.5)) *
				    st->tw[q];
				tk.kind[tk.at[i] + m] = st->tkind[q];
				norm += v->w[m] * v->w[m];
			}
			free(pk);
		}
		norm = sqrt(norm);
		for (m = 0; m < v->n; m++)
			v->w[m] = norm > 0 ? v->w[m] / norm : 0;
		v->nsorted = v->n;
	}
	/*
	 * The inverted pyramid: the first sentences of a news story (headline
	 * and lead) state its main event, so the leads of two outlets on one
	 * story probably share a statement.  Each of a source's first
	 * DIFF_LEAD_SENTENCES sentences gets an extra component, falling
	 * linearly from sqrt(DIFF_LEAD_WEIGHT) for the first; two leads'
	 * cosine gains at most DIFF_LEAD_WEIGHT.  One component, so a group's
	 * sum carries it too and the mean cosine of two groups stays a dot of
	 * sums.  Canonical order has a source's sentences together, by LOC.
	 */
	{
		size_t first = 0;

		for (i = 0; i < n; i++) {
			double pos;
			struct vec *v = &unit[i];

			if (starts_source(st, canon, i))
				first = i;
			pos = 1 - (double)(i - first) / DIFF_LEAD_SENTENCES;
			if (pos <= 0)
				continue;
			v->t[v->n] = (uint32_t)nterms;   /* after every term */
			v->w[v->n] = sqrt(DIFF_LEAD_WEIGHT) * pos;
			v->nsorted = ++v->n;
		}
		nterms++;
	}

	/*
	 * Inverted index (postings in canonical order), without the terms a
	 * sentence has only as a word's GloVe neighbours: eight of them a
	 * word, they would make most of the postings, and they add little to
	 * a pair's cosine.  So they do not suggest pairs; they count in the
	 * cosine of the pairs the other terms suggest, as common terms do.
	 */
	post_start = cw_calloc(nterms + 2, sizeof(*post_start));
	for (i = 0; i < n; i++)
		for (k = 0; k < unit[i].n; k++)
			if (!is_neighbour(&tk, i, k))
				post_start[unit[i].t[k] + 1]++;
	for (k = 0; k < nterms; k++)
		post_start[k + 1] += post_start[k];
	post = cw_reallocarray(NULL, post_start[nterms] + 1, sizeof(*post));
	post_w = cw_reallocarray(NULL, post_start[nterms] + 1,
	    sizeof(*post_w));
	{
		uint32_t *fill = cw_reallocarray(NULL, nterms + 1,
		    sizeof(*fill));

		memcpy(fill, post_start, nterms * sizeof(*fill));
		for (i = 0; i < n; i++)
			for (k = 0; k < unit[i].n; k++) {
				uint32_t t = unit[i].t[k];

				if (is_neighbour(&tk, i, k))
					continue;
				post[fill[t]] = (uint32_t)i;
				post_w[fill[t]++] = (float)unit[i].w[k];
			}
		free(fill);
	}

	/* Clusters, one per sentence, and the candidate pairs. */
	memset(&c, 0, sizeof(c));
	c.n = n;
	c.parent = cw_reallocarray(NULL, n, sizeof(*c.parent));
	c.size = cw_reallocarray(NULL, n, sizeof(*c.size));
	c.version = cw_calloc(n, sizeof(*c.version));
	c.gen = cw_calloc(n, sizeof(*c.gen));
	c.adj = cw_calloc(n, sizeof(*c.adj));
	c.norm = cw_calloc(n, sizeof(*c.norm));
	c.g = cw_calloc(n, sizeof(*c.g));
	c.next = cw_reallocarray(NULL, n, sizeof(*c.next));
	c.tail = cw_reallocarray(NULL, n, sizeof(*c.tail));
	c.stamp = cw_calloc(n, sizeof(*c.stamp));
	c.sum = unit;
	c.dense = cw_calloc(nterms + 1, sizeof(*c.dense));
	for (i = 0; i < n; i++) {
		c.parent[i] = (uint32_t)i;
		c.size[i] = 1;
		c.next[i] = UINT32_MAX;
		c.tail[i] = (uint32_t)i;
		for (k = 0; k < unit[i].n; k++)
			c.norm[i] += unit[i].w[k] * unit[i].w[k];
		c.norm[i] = sqrt(c.norm[i]) * (1 + BOUND_SLACK);
	}

	/* Terms in very many sentences are too common to suggest a pair on
	 * their own (their weight is small anyway); they still count in the
	 * cosine of the pairs other terms suggest. */
	dfmax = n / 20 > 1000 ? n / 20 : 1000;
	acc = cw_calloc(n, sizeof(*acc));
	cur = cw_reallocarray(NULL, nterms + 1, sizeof(*cur));
	memcpy(cur, post_start, (nterms + 1) * sizeof(*cur));
	touched = cw_reallocarray(NULL, n, sizeof(*touched));
	/*
	 * Canonical order has each source's sentences together, so the
	 * sentences of i's own source before it are those from first on, and
	 * they come last in each posting list (in canonical order): a scan
	 * stops before them instead of looking up every sentence's source.
	 */
	first = 0;
	for (i = 0; i < n; i++) {
		if (starts_source(st, canon, i))
			first = (uint32_t)i;
		ntouched = 0;
		for (k = 0; k < unit[i].n; k++) {
			uint32_t t = unit[i].t[k], p, end;
			double w = unit[i].w[k];   /* not reloaded: acc may alias */

			if (is_neighbour(&tk, i, k))
				continue;
			if (post_start[t + 1] - post_start[t] > dfmax) {
				continue;
			}
			/* the latest window sentences before i that have t */
			p = cur[t] - post_start[t] > DIFF_WINDOW ?
			    cur[t] - DIFF_WINDOW : post_start[t];
			for (end = cur[t]; end > p && post[end - 1] >= first;
			    end--)
				;      /* not i's own source */
			for (; p < end; p++) {
				uint32_t j = post[p];
				double d = w * post_w[p];

				if (!(d > 0))
					continue;  /* acc[j] > 0 marks j touched */
				if (acc[j] == 0)
					touched[ntouched++] = j;
				acc[j] += d;
			}
		}
		for (k = 0; k < unit[i].n; k++)
			if (!is_neighbour(&tk, i, k))
				cur[unit[i].t[k]]++;   /* past i's own posting */
		ncands = 0;
		for (k = 0; k < ntouched; k++) {
			uint32_t j = touched[k];
			double sim = acc[j];

			acc[j] = 0;
			/* Without the common terms left out the cosine is a
			 * little low; it only picks neighbours here, and
			 * merging uses the full vectors. */
			if (sim < threshold)
				continue;
			if (ncands == ccap) {
				ccap = ccap ? ccap * 2 : 64;
				cands = cw_reallocarray(cands, ccap,
				    sizeof(*cands));
			}
			cands[ncands].j = j;
			cands[ncands++].sim = sim;
		}
		if (ncands > DIFF_MAX_EDGES) {
			select_closest(cands, ncands, DIFF_MAX_EDGES);
			ncands = DIFF_MAX_EDGES;
		}
		for (k = 0; k < ncands; k++) {
			if (!share_content(unit, &tk, i, cands[k].j, topic) ||
			    sides_swapped(st, &st->s[canon[i]],
			    &st->s[canon[cands[k].j]]))
				continue;
			if (npairs == pcap) {
				pcap = pcap ? pcap * 2 : 1024;
				pairs = cw_reallocarray(pairs, pcap,
				    sizeof(*pairs));
			}
			pairs[npairs].i = (uint32_t)i;
			pairs[npairs++].j = cands[k].j;
		}
	}
	/* each neighbour list allocated to size, then filled */
	for (k = 0; k < npairs; k++) {
		c.adj[pairs[k].i].cap++;
		c.adj[pairs[k].j].cap++;
	}
	for (i = 0; i < n; i++)
		if (c.adj[i].cap > 0)
			c.adj[i].v = cw_reallocarray(NULL, c.adj[i].cap,
			    sizeof(*c.adj[i].v));
	for (k = 0; k < npairs; k++) {
		nblist_add(&c.adj[pairs[k].i], pairs[k].j);
		nblist_add(&c.adj[pairs[k].j], pairs[k].i);
	}
	free(pairs);
	free(tk.kind);
	free(tk.at);
	for (i = 0; i < n; i++)
		if (c.adj[i].n > 0)
			push_best(&c, (uint32_t)i, threshold);
	free(cands);
	free(acc);
	free(cur);
	free(touched);
	free(post);
	free(post_w);
	free(post_start);
	free(df);
	free(topic);

	/* Best first, while the best mean cosine reaches the threshold. */
	while (c.heap.n > 0) {
		struct cand top = heap_pop(&c.heap);

		uint32_t a = top.a, b = top.b;

		if (c.parent[a] != a || c.gen[a] != top.va)
			continue;              /* a is gone or has a newer entry */
		if (c.parent[b] != b || c.version[b] != top.vb) {
			push_best(&c, a, threshold);
			continue;              /* the partner changed */
		}
		if (a > b) {
			uint32_t t = a;

			a = b;
			b = t;
		}
		merge(&c, a, b, top.link, threshold);
	}

	order_groups(st, &c, canon, rank);
	for (i = 0; i < n; i++) {
		vec_free(&c.sum[i]);
		free(c.adj[i].v);
	}
	free(c.sum);
	free(c.adj);
	free(c.norm);
	free(c.g);
	free(c.parent);
	free(c.size);
	free(c.version);
	free(c.gen);
	free(c.next);
	free(c.tail);
	free(c.stamp);
	free(c.heap.v);
	free(c.hits);
	free(c.dense);
	free(canon);
	free(rank);
}

void
diff_free(struct diff_story *st)
{
	dint_free(&st->sources);
	dint_free(&st->terms);
	dint_free(&st->ents);
	dint_free(&st->surfaces);
	free(st->s);
	buf_free(&st->bytes);
	free(st->tid);
	free(st->tw);
	free(st->tkind);
	free(st->term_at);
	free(st->eid);
	free(st->esurf);
	free(st->espan);
	dint_free(&st->roles);
	free(st->rid);
	free(st->order);
	free(st->g);
	memset(st, 0, sizeof(*st));
}
