/*
 * quote.c - pairing quotation marks (see quote.h for the rules).
 *
 * One pass over each paragraph with a stack of the open quotations (at most
 * QUOTE_MAX_DEPTH).  Whether a straight or ambiguous mark opens or closes is
 * read from its neighbours: a mark after a space and before a word opens, a
 * mark after a word and before a space or punctuation closes.  A quotation
 * entry is appended when its mark opens, so the list is in opening order
 * and a parent always comes before its children; entries that turn out to
 * be apostrophes are dropped at the end.
 */
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "quote.h"
#include "uchar.h"

#define QUOTE_DROPPED 0x100     /* internal: an apostrophe after all */

enum mark_role {
	ROLE_NONE,
	ROLE_OPEN,              /* “ ‘ „ ‚ ‟ ‛ « ‹ 「 『 */
	ROLE_CLOSE,             /* ” ’ » › 」 』 */
	ROLE_STRAIGHT           /* " ' ＂ */
};

struct mark {
	int role;
	int family;
};

static struct mark
mark_of(int32_t cp)
{
	struct mark m = { ROLE_NONE, 0 };

	switch (cp) {
	case 0x22: case 0xFF02:
		m.role = ROLE_STRAIGHT; m.family = QFAM_DOUBLE; break;
	case 0x27:
		m.role = ROLE_STRAIGHT; m.family = QFAM_SINGLE; break;
	case 0x201C: case 0x201E: case 0x201F:
		m.role = ROLE_OPEN; m.family = QFAM_DOUBLE; break;
	case 0x201D:
		m.role = ROLE_CLOSE; m.family = QFAM_DOUBLE; break;
	case 0x2018: case 0x201A: case 0x201B:
		m.role = ROLE_OPEN; m.family = QFAM_SINGLE; break;
	case 0x2019:
		m.role = ROLE_CLOSE; m.family = QFAM_SINGLE; break;
	case 0xAB:
		m.role = ROLE_OPEN; m.family = QFAM_GUILLEMET; break;
	case 0xBB:
		m.role = ROLE_CLOSE; m.family = QFAM_GUILLEMET; break;
	case 0x2039:
		m.role = ROLE_OPEN; m.family = QFAM_SGUILLEMET; break;
	case 0x203A:
		m.role = ROLE_CLOSE; m.family = QFAM_SGUILLEMET; break;
	case 0x300C:
		m.role = ROLE_OPEN; m.family = QFAM_CORNER; break;
	case 0x300D:
		m.role = ROLE_CLOSE; m.family = QFAM_CORNER; break;
	case 0x300E:
		m.role = ROLE_OPEN; m.family = QFAM_WCORNER; break;
	case 0x300F:
		m.role = ROLE_CLOSE; m.family = QFAM_WCORNER; break;
	default:
		break;
	}
	return m;
}

/* Lead bytes that may start a quotation mark. */
static const unsigned char mark_lead[256] = {
	['"'] = 1, ['\''] = 1, [0xC2] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1
};

static int
is_mark(int32_t cp)
{
	return mark_of(cp).role != ROLE_NONE;
}

static int
is_wordchar(int32_t cp)
{
	return cp >= 0 && (uc_is_letter(cp) || uc_is_digit(cp));
}

/* The neighbours of a mark: NONE at the edge of the paragraph. */
#define NONE (-2)

static int
opener_context(int32_t prev, int32_t next)
{
	if (next == NONE || (next >= 0 && uc_is_space(next)))
		return 0;
	if (prev == NONE || prev < 0)
		return prev == NONE;
	return uc_is_space(prev) || uc_is_dash(prev) || is_mark(prev) ||
	    (prev < 0x80 && strchr("([{</:;,=", (int)prev) != NULL);
}

static int
closer_context(int32_t prev, int32_t next)
{
	if (prev == NONE || (prev >= 0 && uc_is_space(prev)))
		return 0;
	if (next == NONE)
		return 1;
	if (next < 0)
		return 0;
	return uc_is_space(next) || uc_is_dash(next) || is_mark(next) ||
	    next == 0x2026 ||
	    (next < 0x80 && strchr(".,;:!?)]}>/*", (int)next) != NULL);
}

struct open_ent {
	size_t qi;              /* index in out->v */
	size_t segstart;        /* where the current segment began */
};

struct scan {
	const char *t;
	struct quote_list *out;
	struct open_ent st[QUOTE_MAX_DEPTH];
	size_t nst;
	size_t para, pstart, pend;
	size_t last_sclose;     /* after the last closing-shaped single mark */
	int deep_warned;
	/* the segments so far of a quotation running over paragraphs (only
	 * the bottom of the stack can run on) */
	struct quote_seg *pend_segs;
	size_t npend, pendcap;
	long pend_q;            /* its index, or -1 */
};

static void
add_problem(struct scan *s, size_t pos, int kind, int32_t mark)
{
	struct quote_list *o = s->out;

	if (o->nprobs == o->probcap) {
		o->probcap = o->probcap ? o->probcap * 2 : 16;
		o->probs = cw_reallocarray(o->probs, o->probcap, sizeof(*o->probs));
	}
	o->probs[o->nprobs].pos = pos;
	o->probs[o->nprobs].para = s->para;
	o->probs[o->nprobs].kind = kind;
	o->probs[o->nprobs].mark = mark;
	o->nprobs++;
}

/* Trim white space from [*a, *b); 0 when nothing is left. */
static int
trim(const char *t, size_t *a, size_t *b)
{
	size_t len, st;
	int32_t cp;

	while (*a < *b) {
		cp = uc_at(t, *b, *a, &len);
		if (cp < 0 || !uc_is_space(cp))
			break;
		*a += len;
	}
	while (*b > *a) {
		cp = uc_before(t, *a, *b, &st);
		if (cp < 0 || !uc_is_space(cp))
			break;
		*b = st;
	}
	return *a < *b;
}

static void
push_seg(struct quote_seg **v, size_t *n, size_t *cap, size_t a, size_t b)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*v = cw_reallocarray(*v, *cap, sizeof(**v));
	}
	(*v)[*n].start = a;
	(*v)[*n].end = b;
	(*n)++;
}

/* Close the quotation of stack entry e: its words end at end, its marks
 * at close. */
static void
finish(struct scan *s, const struct open_ent *e, size_t end, size_t close,
    unsigned flags)
{
	struct quote_list *o = s->out;
	struct quote *q = &o->v[e->qi];
	size_t a = e->segstart, b = end, i;

	q->seg = o->nsegs;
	if (s->pend_q == (long)e->qi) {
		for (i = 0; i < s->npend; i++)
			push_seg(&o->segs, &o->nsegs, &o->segcap,
			    s->pend_segs[i].start, s->pend_segs[i].end);
		s->npend = 0;
		s->pend_q = -1;
	}
	if (trim(s->t, &a, &b))
		push_seg(&o->segs, &o->nsegs, &o->segcap, a, b);
	q->nseg = o->nsegs - q->seg;
	q->close = close;
	q->last_para = s->para;
	q->flags |= flags;
	if (q->nseg == 0)
		q->flags |= QUOTE_EMPTY;
}

/* An entry that never met its closing mark, ended at pos. */
static void
abandon(struct scan *s, const struct open_ent *e, size_t pos)
{
	struct quote *q = &s->out->v[e->qi];

	if (q->family == QFAM_SINGLE) {
		add_problem(s, q->open, QPROB_APOSTROPHE, q->mark);
		q->flags |= QUOTE_DROPPED;
		if (s->pend_q == (long)e->qi) {
			s->npend = 0;
			s->pend_q = -1;
		}
		return;
	}
	add_problem(s, q->open, QPROB_UNCLOSED, q->mark);
	finish(s, e, pos, pos, QUOTE_UNCLOSED);
}

/* Stack position of the nearest open quotation of family fam, or -1. */
static long
nearest(const struct scan *s, int fam)
{
	size_t i;

	for (i = s->nst; i-- > 0;)
		if (s->out->v[s->st[i].qi].family == fam)
			return (long)i;
	return -1;
}

static void
open_quote(struct scan *s, size_t pos, size_t mlen, int fam, int32_t cp)
{
	struct quote_list *o = s->out;
	struct quote *q;

	if (s->nst == QUOTE_MAX_DEPTH) {
		if (!s->deep_warned)
			add_problem(s, pos, QPROB_DEEP, cp);
		s->deep_warned = 1;
		return;
	}
	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 16;
		o->v = cw_reallocarray(o->v, o->cap, sizeof(*o->v));
	}
	q = &o->v[o->n];
	memset(q, 0, sizeof(*q));
	q->open = pos;
	q->para = s->para;
	q->parent = s->nst ? (long)s->st[s->nst - 1].qi : -1;
	q->depth = (unsigned)s->nst;
	q->family = fam;
	q->mark = cp;
	s->st[s->nst].qi = o->n;
	s->st[s->nst].segstart = pos + mlen;
	s->nst++;
	o->n++;
}

/* Close stack entry k at the mark [pos, pos + mlen); entries above it were
 * never closed. */
static void
close_quote(struct scan *s, long k, size_t pos, size_t mlen)
{
	while (s->nst > (size_t)k + 1) {
		s->nst--;
		abandon(s, &s->st[s->nst], pos);
	}
	s->nst--;
	finish(s, &s->st[s->nst], pos, pos + mlen, 0);
}

/* The opening mark of stack entry k. */
static int32_t
opener_of(const struct scan *s, long k)
{
	return s->out->v[s->st[k].qi].mark;
}

/* Where the closing-shaped single marks of the paragraph end. */
static void
find_last_sclose(struct scan *s, size_t from)
{
	size_t i, len, st;
	int32_t cp, prev, next;

	s->last_sclose = 0;
	for (i = from; i < s->pend; i += len) {
		cp = uc_at(s->t, s->pend, i, &len);
		if (cp != '\'' && cp != 0x2019)
			continue;
		prev = uc_before(s->t, s->pstart, i, &st);
		if (i == s->pstart || prev < 0 || uc_is_space(prev))
			continue;
		next = i + len < s->pend ? uc_at(s->t, s->pend, i + len, &st) : NONE;
		if (!is_wordchar(next))
			s->last_sclose = i + 1;
	}
}

static void
handle_mark(struct scan *s, size_t i, size_t len, int32_t cp, struct mark m)
{
	size_t st;
	int32_t prev, next;
	long k;

	prev = i > s->pstart ? uc_before(s->t, s->pstart, i, &st) : NONE;
	next = i + len < s->pend ? uc_at(s->t, s->pend, i + len, &st) : NONE;

	/* Between two letters a single mark is an apostrophe; so is one
	 * before two digits ('90s, ’93) */
	if (m.family == QFAM_SINGLE && is_wordchar(prev) && is_wordchar(next))
		return;
	if (m.family == QFAM_SINGLE && next >= '0' && next <= '9' &&
	    i + len + 1 < s->pend && s->t[i + len + 1] >= '0' &&
	    s->t[i + len + 1] <= '9')
		return;

	switch (m.role) {
	case ROLE_STRAIGHT:
		k = nearest(s, m.family);
		if (m.family == QFAM_SINGLE) {
			if (k >= 0 && closer_context(prev, next)) {
				if ((prev == 's' || prev == 'S') && next != NONE &&
				    uc_is_space(next) && s->last_sclose > i + 1)
					return;         /* the rebels' demands */
				close_quote(s, k, i, len);
			} else if (opener_context(prev, next) &&
			    s->last_sclose > i + 1)
				open_quote(s, i, len, m.family, cp);
			return;
		}
		if (k >= 0 && closer_context(prev, next))
			close_quote(s, k, i, len);
		else if (opener_context(prev, next))
			open_quote(s, i, len, m.family, cp);
		else if (k >= 0)
			close_quote(s, k, i, len);
		else if (!(prev >= '0' && prev <= '9'))  /* 12" is inches */
			add_problem(s, i, QPROB_STRAY, cp);
		return;

	case ROLE_OPEN:
		k = nearest(s, m.family);
		/* German „...“ and ‚...‘, Danish »...« */
		if (k >= 0 && closer_context(prev, next) &&
		    ((cp == 0x201C && opener_of(s, k) == 0x201E) ||
		    (cp == 0x2018 && opener_of(s, k) == 0x201A) ||
		    (cp == 0xAB && opener_of(s, k) == 0xBB) ||
		    (cp == 0x2039 && opener_of(s, k) == 0x203A))) {
			close_quote(s, k, i, len);
			return;
		}
		if (m.family == QFAM_SINGLE) {
			/* Iran‘s: a mistyped apostrophe; ‚ is often a comma */
			if (is_wordchar(prev) || next == NONE || uc_is_space(next))
				return;
			if (cp == 0x201A && !opener_context(prev, next))
				return;
		}
		open_quote(s, i, len, m.family, cp);
		return;

	case ROLE_CLOSE:
		k = nearest(s, m.family);
		if (m.family == QFAM_SINGLE) {
			if (k < 0 || prev == NONE || uc_is_space(prev))
				return;         /* rebels’ or ’90s */
			if ((prev == 's' || prev == 'S') && next != NONE &&
			    uc_is_space(next) && s->last_sclose > i + 1)
				return;
			close_quote(s, k, i, len);
			return;
		}
		if (k >= 0)
			close_quote(s, k, i, len);
		else if (opener_context(prev, next))
			open_quote(s, i, len, m.family, cp);   /* ”...” »...« */
		else
			add_problem(s, i, QPROB_STRAY, cp);
		return;
	default:
		return;
	}
}

/* A paragraph that starts (after white space) with a mark that re-opens
 * family fam: the offset just after the mark, or 0. */
static size_t
reopens(const char *t, const struct quote_para *p, int fam)
{
	size_t i = p->start, len, st;
	int32_t cp, next;
	struct mark m;

	while (i < p->end) {
		cp = uc_at(t, p->end, i, &len);
		if (cp < 0 || !uc_is_space(cp))
			break;
		i += len;
	}
	if (i >= p->end)
		return 0;
	cp = uc_at(t, p->end, i, &len);
	m = mark_of(cp);
	if (m.role == ROLE_NONE || m.family != fam)
		return 0;
	if (cp == 0x2019)
		return 0;               /* ’Tis, ’90s */
	next = i + len < p->end ? uc_at(t, p->end, i + len, &st) : NONE;
	if (next == NONE || uc_is_space(next))
		return 0;
	return i + len;
}

/* End of paragraph: run the bottom quotation on into the next paragraph
 * when that one re-opens it, else close everything as unclosed.  Returns
 * where scanning of the next paragraph starts. */
static size_t
end_paragraph(struct scan *s, const struct quote_para *next)
{
	size_t from = next ? next->start : 0, after = 0;
	struct quote *q;

	if (s->nst == 0)
		return from;
	while (s->nst > 1) {
		s->nst--;
		abandon(s, &s->st[s->nst], s->pend);
	}
	q = &s->out->v[s->st[0].qi];
	if (next)
		after = reopens(s->t, next, q->family);
	if (after == 0) {
		s->nst = 0;
		abandon(s, &s->st[0], s->pend);
		return from;
	}
	{
		size_t a = s->st[0].segstart, b = s->pend;

		if (trim(s->t, &a, &b))
			push_seg(&s->pend_segs, &s->npend, &s->pendcap, a, b);
	}
	s->pend_q = (long)s->st[0].qi;
	s->st[0].segstart = after;
	return after;
}

/* Drop the entries that were apostrophes after all; re-link parents. */
static void
compact(struct quote_list *o)
{
	size_t i, j = 0;
	long *map, *par;

	if (o->n == 0)
		return;
	map = cw_reallocarray(NULL, o->n, sizeof(*map));
	par = cw_reallocarray(NULL, o->n, sizeof(*par));
	for (i = 0; i < o->n; i++) {
		struct quote q = o->v[i];
		long p = q.parent;

		/* the nearest ancestor kept, in the old numbering */
		while (p >= 0 && map[p] < 0)
			p = par[p];
		par[i] = p;
		if (q.flags & QUOTE_DROPPED) {
			map[i] = -1;
			continue;
		}
		map[i] = (long)j;
		q.parent = p >= 0 ? map[p] : -1;
		q.depth = p >= 0 ? o->v[map[p]].depth + 1 : 0;
		o->v[j++] = q;
	}
	o->n = j;
	free(map);
	free(par);
}

static int
cmp_problem(const void *x, const void *y)
{
	const struct quote_problem *a = x, *b = y;

	if (a->pos != b->pos)
		return a->pos < b->pos ? -1 : 1;
	return a->kind - b->kind;
}

size_t
quote_scan(const char *text, const struct quote_para *paras, size_t npara,
    struct quote_list *out)
{
	struct scan s;
	size_t p, i, len, from;
	int32_t cp;
	struct mark m;

	out->n = out->nsegs = out->nprobs = 0;
	memset(&s, 0, sizeof(s));
	s.t = text;
	s.out = out;
	s.pend_q = -1;
	from = npara ? paras[0].start : 0;
	for (p = 0; p < npara; p++) {
		s.para = p;
		s.pstart = paras[p].start;
		s.pend = paras[p].end;
		s.deep_warned = 0;
		if (from < s.pstart || from > s.pend)
			from = s.pstart;
		find_last_sclose(&s, from);
		for (i = from; i < s.pend; i += len) {
			if (!mark_lead[(unsigned char)text[i]]) {
				len = 1;
				continue;
			}
			cp = uc_at(text, s.pend, i, &len);
			m = mark_of(cp);
			if (m.role != ROLE_NONE)
				handle_mark(&s, i, len, cp, m);
		}
		from = end_paragraph(&s, p + 1 < npara ? &paras[p + 1] : NULL);
	}
	free(s.pend_segs);
	compact(out);
	if (out->nprobs > 1)
		qsort(out->probs, out->nprobs, sizeof(*out->probs), cmp_problem);
	return out->n;
}

size_t
quote_find(const char *text, size_t len, struct quote_list *out)
{
	struct quote_para *paras = NULL;
	size_t n = 0, cap = 0, start = 0, i, r;

	for (i = 0; i <= len; i++) {
		if (i < len && text[i] != '\n')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			paras = cw_reallocarray(paras, cap, sizeof(*paras));
		}
		paras[n].start = start;
		paras[n].end = i;
		n++;
		start = i + 1;
	}
	r = quote_scan(text, paras, n, out);
	free(paras);
	return r;
}

size_t
quote_text_len(const struct quote_list *l, const struct quote *q)
{
	size_t i, n = 0;

	for (i = 0; i < q->nseg; i++)
		n += l->segs[q->seg + i].end - l->segs[q->seg + i].start +
		    (i > 0);
	return n;
}

void
quote_list_free(struct quote_list *l)
{
	free(l->v);
	free(l->segs);
	free(l->probs);
	memset(l, 0, sizeof(*l));
}
