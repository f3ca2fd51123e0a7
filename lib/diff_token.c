/*
 * diff_token.c - words and matching terms of a sentence (diff_token.h).
 *
 * The lexicon is compiled in (diff_lexicon_data.c, generated from
 * diff_lexicon.txt) and parsed once, on first use, into an interner whose
 * ids index four small arrays: stopword flag, directed-verb flag, alias,
 * synonym class; the labels are a list of (name, noun) pairs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "diff_embed.h"
#include "diff_intern.h"
#include "diff_token.h"
#include "err.h"
#include "utf8.h"

extern const char dlex_text[];
extern const size_t dlex_len;

#define LEX_MAGIC "crosswire-diff-lexicon 1\n"

static struct {
	int loaded;
	struct dint words;
	unsigned char *stop;   /* id -> 1 for a stopword */
	unsigned char *directed; /* id -> 1 for a directed verb */
	uint32_t *alias;       /* id -> id it is read as, or itself */
	uint32_t *class;       /* id -> id of its class's first word, or none */
	size_t cap;
	struct { uint32_t name, noun; } *label;   /* "hezbollah" is a "militia" */
	size_t nlabel, labelcap;
} lex;

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

static void
lex_grow(void)
{
	size_t old = lex.cap;

	if (lex.words.n <= lex.cap)
		return;
	lex.cap = lex.words.n * 2;
	lex.stop = cw_realloc(lex.stop, lex.cap);
	lex.directed = cw_realloc(lex.directed, lex.cap);
	lex.alias = cw_reallocarray(lex.alias, lex.cap, sizeof(*lex.alias));
	lex.class = cw_reallocarray(lex.class, lex.cap, sizeof(*lex.class));
	for (; old < lex.cap; old++) {
		lex.stop[old] = 0;
		lex.directed[old] = 0;
		lex.alias[old] = (uint32_t)old;
		lex.class[old] = UINT32_MAX;
	}
}

/* The id of a lexicon word as it is written (folded and stemmed). */
static uint32_t
lex_word(const char *s, size_t n, struct buf *scratch)
{
	size_t len;
	const char *st;
	uint32_t id;
	struct buf stem = BUF_INIT;

	buf_reset(scratch);
	dtok_fold_text(s, n, scratch);
	st = dtok_stem(scratch->data, scratch->len, &stem, &len);
	id = dint_add(&lex.words, st, len);
	buf_free(&stem);
	lex_grow();
	return id;
}

static void
lex_load(void)
{
	const char *p = dlex_text, *end = dlex_text + dlex_len;
	struct buf scratch = BUF_INIT;

	if (dlex_len < sizeof(LEX_MAGIC) - 1 ||
	    memcmp(dlex_text, LEX_MAGIC, sizeof(LEX_MAGIC) - 1) != 0)
		cw_errx(CW_TROUBLE, "compiled-in lexicon: bad magic or version");
	p += sizeof(LEX_MAGIC) - 1;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *w[64];
		size_t wl[64], nw = 0, i;

		if (eol == NULL)
			eol = end;
		while (p < eol && nw < 64) {
			while (p < eol && *p == ' ')
				p++;
			if (p == eol)
				break;
			w[nw] = p;
			while (p < eol && *p != ' ')
				p++;
			wl[nw] = (size_t)(p - w[nw]);
			nw++;
		}
		p = eol + 1;
		if (nw < 2)
			continue;
		if (wl[0] == 4 && memcmp(w[0], "stop", 4) == 0) {
			for (i = 1; i < nw; i++) {
				uint32_t id = lex_word(w[i], wl[i], &scratch);

				lex.stop[id] = 1;
			}
		} else if (wl[0] == 8 && memcmp(w[0], "directed", 8) == 0) {
			for (i = 1; i < nw; i++) {
				uint32_t id = lex_word(w[i], wl[i], &scratch);

				lex.directed[id] = 1;
			}
		} else if (wl[0] == 5 && memcmp(w[0], "label", 5) == 0 &&
		    nw >= 3) {
			uint32_t noun = lex_word(w[1], wl[1], &scratch);

			for (i = 2; i < nw; i++) {
				if (lex.nlabel == lex.labelcap) {
					lex.labelcap = lex.labelcap ?
					    lex.labelcap * 2 : 32;
					lex.label = cw_reallocarray(lex.label,
					    lex.labelcap, sizeof(*lex.label));
				}
				lex.label[lex.nlabel].noun = noun;
				lex.label[lex.nlabel++].name =
				    lex_word(w[i], wl[i], &scratch);
			}
		} else if (wl[0] == 5 && memcmp(w[0], "alias", 5) == 0 &&
		    nw == 3) {
			uint32_t from = lex_word(w[1], wl[1], &scratch);
			uint32_t to = lex_word(w[2], wl[2], &scratch);

			lex.alias[from] = to;
		} else if (wl[0] == 3 && memcmp(w[0], "syn", 3) == 0) {
			uint32_t head = lex_word(w[1], wl[1], &scratch);

			for (i = 1; i < nw; i++) {
				uint32_t id = lex_word(w[i], wl[i], &scratch);

				lex.class[id] = head;
			}
		}
	}
	buf_free(&scratch);
	lex.loaded = 1;
}

static void
lex_need(void)
{
	if (!lex.loaded)
		lex_load();
}

/* The id of a stemmed, folded word in the lexicon, or UINT32_MAX. */
static uint32_t
lex_id(const char *s, size_t n)
{
	lex_need();
	return dint_find(&lex.words, s, n);
}

int
dtok_is_stop(const char *s, size_t n)
{
	uint32_t id = lex_id(s, n);

	return id != UINT32_MAX && lex.stop[id];
}

int
dtok_is_directed(const char *s, size_t n)
{
	uint32_t id = lex_id(s, n);

	return id != UINT32_MAX && lex.directed[id];
}

size_t
dtok_labels(const char *s, size_t n, size_t from, const char **noun,
    size_t *len)
{
	uint32_t id = lex_id(s, n);
	size_t k;

	if (id == UINT32_MAX)
		return SIZE_MAX;
	for (k = from; k < lex.nlabel; k++)
		if (lex.label[k].name == id) {
			*noun = dint_str(&lex.words, lex.label[k].noun, len);
			return k + 1;
		}
	return SIZE_MAX;
}

/* Follow an alias ("russian" is "russia"); returns s itself otherwise. */
static const char *
lex_alias(const char *s, size_t n, size_t *len)
{
	uint32_t id = dint_find(&lex.words, s, n);

	if (id == UINT32_MAX || lex.alias[id] == id) {
		*len = n;
		return s;
	}
	return dint_str(&lex.words, lex.alias[id], len);
}

const char *
dtok_class(const char *s, size_t n, size_t *len)
{
	uint32_t id;

	lex_need();
	id = dint_find(&lex.words, s, n);
	if (id == UINT32_MAX || lex.class[id] == UINT32_MAX)
		return NULL;
	return dint_str(&lex.words, lex.class[id], len);
}

/* ---- folding and stemming ---- */

static int
is_apostrophe(int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

void
dtok_fold_text(const char *s, size_t n, struct buf *out)
{
	size_t i, start = out->len;
	int ascii = 1;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			ascii = 0;
	if (ascii) {
		for (i = 0; i < n; i++) {
			char c = s[i];

			buf_addc(out, c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
		}
	} else {
		utf8proc_uint8_t *dst = NULL;
		utf8proc_ssize_t got;

		got = utf8proc_map((const utf8proc_uint8_t *)s,
		    (utf8proc_ssize_t)n, &dst, UTF8PROC_STABLE |
		    UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
		if (got < 0) {
			if (got == UTF8PROC_ERROR_NOMEM)
				cw_errx(CW_TROUBLE, "out of memory");
			buf_add(out, s, n);    /* cannot happen: input is valid */
		} else
			buf_add(out, dst, (size_t)got);
		free(dst);
	}
	if (out->len == start)      /* nothing to fold (an empty name) */
		return;
	/* A final "'s" goes, then every apostrophe. */
	{
		char *p = out->data + start;
		size_t len = out->len - start, j, k;

		if (len >= 3 && p[len - 1] == 's' && p[len - 2] == '\'')
			len -= 2;
		else if (len >= 5 && p[len - 1] == 's' &&
		    memcmp(p + len - 4, "\xE2\x80\x99", 3) == 0)
			len -= 4;
		for (j = k = 0; j < len; j++) {
			if (p[j] == '\'')
				continue;
			if (j + 2 < len && memcmp(p + j, "\xE2\x80\x99", 3) == 0) {
				j += 2;
				continue;
			}
			p[k++] = p[j];
		}
		out->len = start + k;
	}
}

static int
ends(const char *s, size_t n, const char *suf)
{
	size_t m = strlen(suf);

	return n > m && memcmp(s + n - m, suf, m) == 0;
}

/*
 * A light stemmer: plurals, -ing, -ed, -ment.  Enough to match "rebels" with
 * "rebel" and "agreed" with "agree" across outlets; it need not give real
 * words, only the same stem for the forms news text uses.
 */
const char *
dtok_stem(const char *s, size_t n, struct buf *scratch, size_t *len)
{
	size_t m = n;

	if (m > 4 && ends(s, m, "ies")) {
		/* "militias" -> "militia", "parties" -> "party" */
		size_t base = scratch->len;

		buf_add(scratch, s, m - 3);
		buf_addc(scratch, 'y');
		*len = m - 2;
		return scratch->data + base;
	}
	if (m > 3 && ends(s, m, "es") && strchr("sxz", s[m - 3]) != NULL)
		m -= 2;
	else if (m > 3 && s[m - 1] == 's' && !ends(s, m, "ss") &&
	    !ends(s, m, "us") && !ends(s, m, "is"))
		m -= 1;
	else if (m > 5 && ends(s, m, "ing"))
		m -= 3;
	else if (m > 4 && ends(s, m, "ed"))
		m -= s[m - 3] == 'e' ? 1 : 2;
	else if (m > 6 && ends(s, m, "ment"))
		m -= 4;
	*len = m;
	return s;
}

/* ---- words ---- */

static int
word_char(int32_t cp, int *is_upper)
{
	utf8proc_category_t c;

	if (cp < 0x80) {        /* ASCII: the same answer, without a lookup */
		*is_upper = cp >= 'A' && cp <= 'Z';
		return *is_upper || (cp >= 'a' && cp <= 'z') ||
		    (cp >= '0' && cp <= '9');
	}
	c = utf8proc_category(cp);

	*is_upper = c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO);
}

static int
is_digit_cp(int32_t cp)
{
	return cp >= '0' && cp <= '9';
}

static void
push_word(struct dtok_words *out, const char *s, size_t start, size_t end,
    unsigned flags)
{
	struct dtok_word *w;

	if (out->n == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 32;
		out->v = cw_reallocarray(out->v, out->cap, sizeof(*out->v));
	}
	w = &out->v[out->n++];
	w->start = start;
	w->end = end;
	w->fold = out->text.len;
	dtok_fold_text(s + start, end - start, &out->text);
	w->flen = out->text.len - w->fold;
	if (w->flen == 0) {         /* folds to nothing: no word to match */
		w->flags = flags | DTOK_STOP;
		return;
	}
	if (flags & DTOK_NUM) {
		/* "300,000" is the number 300000 */
		char *p = out->text.data + w->fold;
		size_t j, k;

		for (j = k = 0; j < w->flen; j++)
			if (p[j] != ',')
				p[k++] = p[j];
		out->text.len -= w->flen - k;
		w->flen = k;
	}
	w->flags = flags;
	if (!(flags & DTOK_ACRONYM)) {
		const char *f = out->text.data + w->fold, *st;
		size_t slen;
		struct buf scratch = BUF_INIT;

		/* The lexicon holds stems: "says" is the stopword "say". */
		st = dtok_stem(f, w->flen, &scratch, &slen);
		if (dtok_is_stop(f, w->flen) || dtok_is_stop(st, slen))
			w->flags |= DTOK_STOP;
		buf_free(&scratch);
	}
}

void
dtok_words(const char *s, size_t n, struct dtok_words *out)
{
	size_t i = 0, ncap = 0, nalpha = 0;

	lex_need();
	out->n = 0;
	buf_reset(&out->text);
	while (i < n) {
		int32_t cp;
		int up;
		size_t len = utf8_decode(s + i, n - i, &cp), start, nupper = 0,
		    nletter = 0;
		unsigned flags = 0;

		if (cp < 0 || !word_char(cp, &up)) {
			i += len;
			continue;
		}
		start = i;
		if (up)
			flags |= DTOK_CAP;
		if (is_digit_cp(cp))
			flags |= DTOK_NUM;
		for (;;) {
			if (cp >= 0 && word_char(cp, &up) && !is_digit_cp(cp)) {
				nletter++;
				nupper += up;
			}
			i += len;
			if (i >= n)
				break;
			len = utf8_decode(s + i, n - i, &cp);
			if (cp >= 0 && word_char(cp, &up))
				continue;
			/* An apostrophe between letters, or "," or "." between
			 * digits, stays inside the word. */
			if (cp >= 0 && i + len < n) {
				int32_t next, prev;
				int u2;
				size_t l2 = utf8_decode(s + i + len, n - i - len,
				    &next);

				utf8_decode_last(s, i, &prev);
				(void)l2;
				if (is_apostrophe(cp) && next >= 0 &&
				    word_char(next, &u2) && !is_digit_cp(next) &&
				    prev >= 0 && !is_digit_cp(prev))
					continue;
				if ((cp == ',' || cp == '.') &&
				    is_digit_cp(next) && is_digit_cp(prev))
					continue;
			}
			break;
		}
		if (nletter >= 2 && nupper == nletter)
			flags |= DTOK_ACRONYM;
		if (out->n == 0)
			flags |= DTOK_INITIAL;
		if (flags & DTOK_CAP)
			ncap++;
		if (nletter)
			nalpha++;
		push_word(out, s, start, i, flags);
	}
	/* "Syria Ceasefire Holds Despite Breaches": capitals say nothing. */
	out->titlecase = nalpha >= 4 && ncap * 10 >= nalpha * 7;
}

size_t
dtok_word_at(const struct dtok_words *w, size_t off)
{
	size_t lo = 0, hi = w->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (w->v[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const char *
dtok_fold(const struct dtok_words *w, size_t i, size_t *len)
{
	*len = w->v[i].flen;
	if (*len == 0)             /* a word that folds to nothing */
		return "";
	return w->text.data + w->v[i].fold;
}

int
dtok_word_is(const struct dtok_words *w, size_t i, const char *s)
{
	size_t len;
	const char *f = dtok_fold(w, i, &len);

	return len == strlen(s) && memcmp(f, s, len) == 0;
}

static int
month_of(const char *s, size_t n)
{
	size_t k;

	for (k = 0; k < 12; k++)
		if (strlen(months[k]) == n && memcmp(months[k], s, n) == 0)
			return (int)k + 1;
	return 0;
}

int
dtok_is_calendar(const char *s, size_t n)
{
	static const char *const days[] = {
		"monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday"
	};
	size_t k;

	for (k = 0; k < 7; k++)
		if (strlen(days[k]) == n && memcmp(days[k], s, n) == 0)
			return 1;
	return month_of(s, n) != 0;
}

/* A day of the month: 1 to 31, no leading zero. */
static int
day_of(const char *s, size_t n)
{
	if (n == 1 && s[0] >= '1' && s[0] <= '9')
		return s[0] - '0';
	if (n == 2 && s[0] >= '1' && s[0] <= '3' && s[1] >= '0' &&
	    s[1] <= '9' && (s[0] - '0') * 10 + (s[1] - '0') <= 31)
		return (s[0] - '0') * 10 + (s[1] - '0');
	return 0;
}

/*
 * The near neighbours of a content word in GloVe space (diff_embed.h) as
 * terms of lower weight: a sentence that says "truce" then shares a little
 * of "ceasefire" with one that says it.  The factor falls linearly from
 * DTOK_SOFT at cosine 1 to 0 at DTOK_SOFT_CUT.
 */
static void
emit_neighbours(const char *f, size_t flen, const char *st, size_t slen,
    dtok_emit_fn emit, void *ctx)
{
	struct dembed_nb nb[8];
	size_t k, n = dembed_neighbours(f, flen, nb, 8);
	char term[160];

	if (n == 0 && (slen != flen || memcmp(st, f, flen) != 0))
		n = dembed_neighbours(st, slen, nb, 8);
	for (k = 0; k < n; k++) {
		double cos = nb[k].sim / 255.0, factor;
		struct buf b = BUF_INIT;
		const char *ns;
		size_t nl;

		if (cos < DTOK_SOFT_CUT)
			break;
		factor = DTOK_SOFT * (cos - DTOK_SOFT_CUT) / (1 - DTOK_SOFT_CUT);
		ns = dtok_stem(nb[k].word, nb[k].len, &b, &nl);
		ns = lex_alias(ns, nl, &nl);
		if (nl < sizeof(term) && !(nl == slen && !memcmp(ns, st, nl)) &&
		    !dtok_is_stop(ns, nl)) {
			memcpy(term, ns, nl);
			emit(ctx, term, nl, factor,
			    DTOK_CONTENT | DTOK_NEIGHBOUR);
		}
		buf_free(&b);
	}
}

void
dtok_terms(const struct dtok_words *w, struct buf *scratch,
    dtok_emit_fn emit, void *ctx)
{
	size_t i, prev_len = 0;
	char prev[128];
	double prev_anchor = 0;
	int have_prev = 0;

	for (i = 0; i < w->n; i++) {
		const struct dtok_word *wd = &w->v[i];
		size_t flen, slen, clen, nlen;
		const char *f = dtok_fold(w, i, &flen), *st, *cls, *next;
		int anchor, month;
		char term[160], mterm[16];
		size_t tlen;

		if (wd->flags & DTOK_STOP)
			continue;
		anchor = (wd->flags & (DTOK_NUM | DTOK_ACRONYM)) ||
		    ((wd->flags & DTOK_CAP) && !(wd->flags & DTOK_INITIAL) &&
		    !w->titlecase);
		month = month_of(f, flen);
		if (month) {
			/* "8 February", "February 8" and "Feb 8th" alike */
			int d = 0;

			if (i > 0) {
				next = dtok_fold(w, i - 1, &nlen);
				d = day_of(next, nlen);
			}
			if (!d && i + 1 < w->n) {
				next = dtok_fold(w, i + 1, &nlen);
				d = day_of(next, nlen);
			}
			tlen = (size_t)snprintf(term, sizeof(term), "m:%d", month);
			emit(ctx, term, tlen, DTOK_ANCHOR, 0);
			if (d) {
				tlen = (size_t)snprintf(term, sizeof(term),
				    "d:%d-%d", month, d);
				emit(ctx, term, tlen, DTOK_ANCHOR, 0);
			}
			slen = (size_t)snprintf(mterm, sizeof(mterm), "m:%d",
			    month);
			st = mterm;
			anchor = 1;
		} else {
			buf_reset(scratch);
			st = dtok_stem(f, flen, scratch, &slen);
			st = lex_alias(st, slen, &slen);
			if (dtok_is_stop(st, slen))
				continue;
			emit(ctx, st, slen, anchor ? DTOK_ANCHOR : 1.0,
			    anchor ? 0 : DTOK_CONTENT);
			if (!anchor)
				emit_neighbours(f, flen, st, slen, emit, ctx);
			cls = dtok_class(st, slen, &clen);
			if (cls != NULL && clen + 1 < sizeof(term)) {
				term[0] = '~';
				memcpy(term + 1, cls, clen);
				emit(ctx, term, clen + 1, DTOK_SYNONYM *
				    (anchor ? DTOK_ANCHOR : 1.0),
				    anchor ? 0 : DTOK_CONTENT);
			}
		}
		/* Bigram with the content word before (stopwords between
		 * are skipped, as they are for matching). */
		if (have_prev && prev_len + 1 + slen < sizeof(term)) {
			memcpy(term, prev, prev_len);
			term[prev_len] = ' ';
			memmove(term + prev_len + 1, st, slen);
			emit(ctx, term, prev_len + 1 + slen, DTOK_BIGRAM *
			    (anchor || prev_anchor ? DTOK_ANCHOR : 1.0),
			    anchor || prev_anchor ? 0 : DTOK_CONTENT);
		}
		if (slen < sizeof(prev)) {
			memmove(prev, st, slen);
			prev_len = slen;
			prev_anchor = anchor;
			have_prev = 1;
		} else
			have_prev = 0;
	}
}

void
dtok_words_free(struct dtok_words *w)
{
	free(w->v);
	buf_free(&w->text);
	memset(w, 0, sizeof(*w));
}
