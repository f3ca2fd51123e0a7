/*
 * qcluster.c - clustering quotations (see qcluster.h for the rules).
 *
 * Occurrences are first merged into distinct texts (equal word
 * sequences).  Each distinct text keeps its words and its sorted set of
 * word-pair hashes.  A hash map gives every word pair its posting list of
 * texts.  Then, with a union-find over distinct texts:
 *   1. every text of four words or more looks up the texts under its three
 *      rarest pairs and joins those that pass the similarity tests;
 *   2. two- and three-word texts join the single cluster whose texts
 *      contain all their pairs;
 *   3. one-word texts join the single cluster whose texts contain the word
 *      (one pass over all words with a set of the one-word texts).
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "cmp.h"
#include "err.h"
#include "hash.h"
#include "qcluster.h"
#include "uchar.h"

struct text {
	size_t word, nword;     /* in qc.words */
	size_t content;         /* words that are not function words */
	size_t pair, npair;     /* in qc.pairs, sorted, unique */
	uint32_t first;         /* first occurrence */
	uint64_t speaker;       /* first non-zero speaker key */
	int nonterm;            /* some occurrence is not a term */
};

struct qc {
	uint32_t *occ_text;     /* occurrence -> distinct text */
	size_t nocc, occcap;
	struct text *t;
	size_t nt, tcap;
	uint64_t *words;
	size_t nwords, wordscap;
	uint64_t *pairs;
	size_t npairs, pairscap;
	/* distinct texts by hash of their words */
	uint64_t *thash;
	uint32_t *tslot;        /* text + 1, 0 empty */
	size_t tslots;
	/* scratch */
	uint64_t *w;
	size_t wcap;
	uint32_t *parent;
	uint32_t *cluster;
	/* per text, for the cheap tests on candidates without touching the
	 * larger struct text: its word count (255 for more), 0 for a term */
	unsigned char *size;
};

static uint64_t
mix(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xBF58476D1CE4E5B9ULL;
	x ^= x >> 27;
	x *= 0x94D049BB133111EBULL;
	x ^= x >> 31;
	return x;
}

static uint64_t
hash_bytes(const char *s, size_t n)
{
	return mix(fnv1a64(s, n)) | 1;
}

/* Fold one code point into buf (NFKC, case fold, marks stripped). */
static size_t
fold_cp(int32_t cp, char *out, size_t room)
{
	utf8proc_int32_t dst[8];
	utf8proc_ssize_t n, i;
	int last;
	size_t o = 0;

	if (cp < 0x80) {
		out[0] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
		return 1;
	}
	n = utf8proc_decompose_char(cp, dst, 8, (utf8proc_option_t)
	    (UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
	    UTF8PROC_DECOMPOSE), &last);
	if (n < 0 || n > 8)
		n = 0;
	for (i = 0; i < n && o + 4 <= room; i++)
		o += (size_t)utf8proc_encode_char(dst[i], (utf8proc_uint8_t *)out + o);
	return o;
}

/* Function words: a fragment needs content words to be recognised
 * inside another quotation. */
static const char *const function_words[] = {
	"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with",
	"from", "and", "or", "but", "not", "no", "is", "are", "was", "were",
	"be", "been", "it", "its", "this", "that", "these", "those", "he",
	"she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
	"as", "if", "so", "do", "did", "has", "have", "had", "will", "would",
	"can", "could", "all", "any", "some", "very", "more", "most", "than"
};
static uint64_t function_hash[sizeof(function_words) / sizeof(function_words[0])];

static uint64_t hash_bytes(const char *s, size_t n);

static int
is_function(uint64_t w)
{
	size_t i;

	if (function_hash[0] == 0)
		for (i = 0; i < sizeof(function_words) / sizeof(function_words[0]); i++)
			function_hash[i] = hash_bytes(function_words[i],
			    strlen(function_words[i]));
	for (i = 0; i < sizeof(function_words) / sizeof(function_words[0]); i++)
		if (function_hash[i] == w)
			return 1;
	return 0;
}

/* Make a folded ASCII word singular: provocations -> provocation. */
static size_t
singular(char *w, size_t n)
{
	if (n <= 3 || w[n - 1] != 's')
		return n;
	if (w[n - 2] == 's' || w[n - 2] == 'u' || w[n - 2] == 'i')
		return n;               /* process, status, crisis */
	if (n > 4 && w[n - 3] == 'i' && w[n - 2] == 'e') {
		w[n - 3] = 'y';         /* parties */
		return n - 2;
	}
	if (n > 4 && w[n - 2] == 'e' && (w[n - 3] == 's' || w[n - 3] == 'x' ||
	    (w[n - 3] == 'h' && (w[n - 4] == 'c' || w[n - 4] == 's'))))
		return n - 2;           /* buses, boxes, marches */
	return n - 1;
}

size_t
qc_words(const char *s, size_t n, uint64_t **words, size_t *cap)
{
	char w[256];
	size_t i = 0, len, wl = 0, nw = 0;
	int32_t cp;

	while (i <= n) {
		int letter = 0;

		if (i < n) {
			cp = uc_at(s, n, i, &len);
			if (cp < 0)
				cp = 0xFFFD;
			letter = uc_is_letter(cp) || uc_is_digit(cp);
			if (!letter && (cp == '\'' || cp == 0x2019 || cp == 0x2BC) &&
			    wl > 0) {
				i += len;       /* there's: one word */
				continue;
			}
		} else
			len = 1;
		if (letter) {
			if (wl + 16 < sizeof(w))
				wl += fold_cp(cp, w + wl, sizeof(w) - wl);
		} else if (wl > 0) {
			wl = singular(w, wl);
			if (nw == *cap) {
				*cap = *cap ? *cap * 2 : 64;
				*words = cw_reallocarray(*words, *cap, sizeof(**words));
			}
			(*words)[nw++] = hash_bytes(w, wl);
			wl = 0;
		}
		i += len;
	}
	return nw;
}

uint64_t
qc_name_key(const char *s, size_t n)
{
	uint64_t *w = NULL;
	size_t cap = 0, k, i = n;
	uint64_t key = 0;

	/* the last word; al-Muallem and Muallem meet */
	while (i > 0 && s[i - 1] != ' ')
		i--;
	for (k = i; k < n && k - i <= 3; k++)
		if (s[k] == '-') {
			i = k + 1;
			break;
		}
	k = qc_words(s + i, n - i, &w, &cap);
	if (k > 0)
		key = w[k - 1];
	free(w);
	return key;
}

struct qc *
qc_new(void)
{
	struct qc *c = cw_calloc(1, sizeof(*c));

	c->tslots = 1024;
	c->thash = cw_calloc(c->tslots, sizeof(*c->thash));
	c->tslot = cw_calloc(c->tslots, sizeof(*c->tslot));
	return c;
}

void
qc_free(struct qc *c)
{
	if (c == NULL)
		return;
	free(c->occ_text);
	free(c->t);
	free(c->words);
	free(c->pairs);
	free(c->thash);
	free(c->tslot);
	free(c->w);
	free(c->parent);
	free(c->cluster);
	free(c->size);
	free(c);
}

static uint64_t
seq_hash(const uint64_t *w, size_t n)
{
	uint64_t h = 0x243F6A8885A308D3ULL ^ n;
	size_t i;

	for (i = 0; i < n; i++)
		h = mix(h ^ w[i]) + i;
	return h | 1;
}

static void
grow_texts_table(struct qc *c)
{
	uint64_t *oh = c->thash;
	uint32_t *os = c->tslot;
	size_t on = c->tslots, i, j;

	c->tslots *= 2;
	c->thash = cw_calloc(c->tslots, sizeof(*c->thash));
	c->tslot = cw_calloc(c->tslots, sizeof(*c->tslot));
	for (i = 0; i < on; i++) {
		if (os[i] == 0)
			continue;
		j = oh[i] & (c->tslots - 1);
		while (c->tslot[j] != 0)
			j = (j + 1) & (c->tslots - 1);
		c->thash[j] = oh[i];
		c->tslot[j] = os[i];
	}
	free(oh);
	free(os);
}

/* A new distinct text of words w[0, n). */
static uint32_t
new_text(struct qc *c, const uint64_t *w, size_t n)
{
	struct text *t;
	size_t i, k;

	if (c->nt == c->tcap) {
		c->tcap = c->tcap ? c->tcap * 2 : 1024;
		c->t = cw_reallocarray(c->t, c->tcap, sizeof(*c->t));
	}
	t = &c->t[c->nt];
	memset(t, 0, sizeof(*t));
	if (c->wordscap - c->nwords < n) {
		c->wordscap = (c->nwords + n) * 2;
		c->words = cw_reallocarray(c->words, c->wordscap, sizeof(*c->words));
	}
	if (n)
		memcpy(c->words + c->nwords, w, n * sizeof(*w));
	t->word = c->nwords;
	t->nword = n;
	c->nwords += n;
	if (n <= 3)
		for (i = 0; i < n; i++)
			t->content += !is_function(w[i]);
	if (n >= 2) {
		if (c->pairscap - c->npairs < n) {
			c->pairscap = (c->npairs + n) * 2;
			c->pairs = cw_reallocarray(c->pairs, c->pairscap,
			    sizeof(*c->pairs));
		}
		t->pair = c->npairs;
		for (i = 0; i + 1 < n; i++)
			c->pairs[t->pair + i] = mix(w[i] * 0x9E3779B97F4A7C15ULL +
			    w[i + 1]) | 1;
		qsort(c->pairs + t->pair, n - 1, sizeof(uint64_t), cmp_u64);
		for (i = k = 0; i < n - 1; i++)
			if (k == 0 || c->pairs[t->pair + i] != c->pairs[t->pair + k - 1])
				c->pairs[t->pair + k++] = c->pairs[t->pair + i];
		t->npair = k;
		c->npairs += k;
	}
	return (uint32_t)c->nt++;
}

size_t
qc_add(struct qc *c, const char *text, size_t len, int is_term,
    uint64_t speaker)
{
	size_t n = qc_words(text, len, &c->w, &c->wcap), j;
	uint64_t h;
	uint32_t ti;

	if (n == 0) {
		/* no word at all ("...", "?"): equal only to the same marks */
		if (c->wcap == 0) {
			c->wcap = 64;
			c->w = cw_reallocarray(NULL, c->wcap, sizeof(*c->w));
		}
		c->w[0] = hash_bytes(text, len) ^ 0x5555555555555555ULL;
		n = 1;
	}
	h = seq_hash(c->w, n);

	if ((c->nt + 1) * 2 > c->tslots)
		grow_texts_table(c);
	j = h & (c->tslots - 1);
	for (;;) {
		if (c->tslot[j] == 0) {
			ti = new_text(c, c->w, n);
			c->t[ti].first = (uint32_t)c->nocc;
			c->thash[j] = h;
			c->tslot[j] = ti + 1;
			break;
		}
		ti = c->tslot[j] - 1;
		if (c->thash[j] == h && c->t[ti].nword == n &&
		    (n == 0 || memcmp(c->words + c->t[ti].word, c->w,
		    n * sizeof(uint64_t)) == 0))
			break;
		j = (j + 1) & (c->tslots - 1);
	}
	if (!is_term)
		c->t[ti].nonterm = 1;
	if (c->t[ti].speaker == 0)
		c->t[ti].speaker = speaker;
	if (c->nocc == c->occcap) {
		c->occcap = c->occcap ? c->occcap * 2 : 1024;
		c->occ_text = cw_reallocarray(c->occ_text, c->occcap,
		    sizeof(*c->occ_text));
	}
	c->occ_text[c->nocc] = ti;
	return c->nocc++;
}

/* ---- union-find over distinct texts ---- */

static uint32_t
find(uint32_t *p, uint32_t x)
{
	uint32_t r = x, n;

	while (p[r] != r)
		r = p[r];
	while (p[x] != r) {
		n = p[x];
		p[x] = r;
		x = n;
	}
	return r;
}

/* The root with the earlier first appearance wins, so that the result
 * does not depend on the order of the unions. */
static void
unite(struct qc *c, uint32_t x, uint32_t y)
{
	x = find(c->parent, x);
	y = find(c->parent, y);
	if (x == y)
		return;
	if (c->t[x].first < c->t[y].first)
		c->parent[y] = x;
	else
		c->parent[x] = y;
}

/* ---- the pair index ---- */

struct pindex {
	uint64_t *key;          /* open addressing; 0 empty */
	uint32_t *start, *count;
	size_t slots;
	uint32_t *post;         /* texts, grouped by pair */
};

static size_t
pslot(const struct pindex *x, uint64_t key)
{
	size_t i = (size_t)(key >> 17) & (x->slots - 1);

	while (x->key[i] != 0 && x->key[i] != key)
		i = (i + 1) & (x->slots - 1);
	return i;
}

static void
build_index(struct qc *c, struct pindex *x)
{
	size_t i, j, slots = 1024, total = 0;

	while (slots < c->npairs * 2 + 2)
		slots *= 2;
	x->slots = slots;
	x->key = cw_calloc(slots, sizeof(*x->key));
	x->start = cw_calloc(slots, sizeof(*x->start));
	x->count = cw_calloc(slots, sizeof(*x->count));
	for (i = 0; i < c->nt; i++)
		for (j = 0; j < c->t[i].npair; j++) {
			size_t s = pslot(x, c->pairs[c->t[i].pair + j]);

			x->key[s] = c->pairs[c->t[i].pair + j];
			x->count[s]++;
		}
	for (i = 0; i < slots; i++) {
		x->start[i] = (uint32_t)total;
		total += x->count[i];
		x->count[i] = 0;
	}
	x->post = cw_reallocarray(NULL, total ? total : 1, sizeof(*x->post));
	for (i = 0; i < c->nt; i++)
		for (j = 0; j < c->t[i].npair; j++) {
			size_t s = pslot(x, c->pairs[c->t[i].pair + j]);

			x->post[x->start[s] + x->count[s]++] = (uint32_t)i;
		}
}

static void
free_index(struct pindex *x)
{
	free(x->key);
	free(x->start);
	free(x->count);
	free(x->post);
}

/* How many of a's pairs b has (both sorted). */
static size_t
overlap(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	size_t i = 0, j = 0, n = 0;

	if (na * 16 < nb) {
		/* a short one inside a long one: binary search each */
		for (i = 0; i < na; i++) {
			size_t lo = 0, hi = nb;

			while (lo < hi) {
				size_t mid = lo + (hi - lo) / 2;

				if (b[mid] < a[i])
					lo = mid + 1;
				else
					hi = mid;
			}
			n += lo < nb && b[lo] == a[i];
		}
		return n;
	}
	while (i < na && j < nb) {
		if (a[i] < b[j])
			i++;
		else if (a[i] > b[j])
			j++;
		else {
			n++;
			i++;
			j++;
		}
	}
	return n;
}

/* One word changed, added or dropped. */
static int
one_edit(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	size_t pre = 0, suf = 0, m = na < nb ? na : nb;

	if (na > nb + 1 || nb > na + 1)
		return 0;
	while (pre < m && a[pre] == b[pre])
		pre++;
	while (suf < m - pre && a[na - 1 - suf] == b[nb - 1 - suf])
		suf++;
	return pre + suf + 1 >= (na > nb ? na : nb);
}

static int
similar(const struct qc *c, const struct text *a, const struct text *b)
{
	size_t ov, small;

	if (a->nword < 4 || b->nword < 4)
		return 0;
	if (one_edit(c->words + a->word, a->nword, c->words + b->word,
	    b->nword))
		return 1;
	small = a->npair < b->npair ? a->npair : b->npair;
	if (a->npair <= b->npair)
		ov = overlap(c->pairs + a->pair, a->npair, c->pairs + b->pair,
		    b->npair);
	else
		ov = overlap(c->pairs + b->pair, b->npair, c->pairs + a->pair,
		    a->npair);
	return ov >= 2 && ov * 10 >= small * 7;
}

/* The up to three rarest pairs of t that another text shares. */
static size_t
anchors(const struct qc *c, const struct pindex *x, const struct text *t,
    size_t *slots)
{
	size_t j, n = 0, k;

	for (j = 0; j < t->npair; j++) {
		size_t s = pslot(x, c->pairs[t->pair + j]);
		uint32_t df = x->count[s];

		if (df < 2)
			continue;
		if (n < 3)
			slots[n++] = s;
		else if (df < x->count[slots[2]])
			slots[2] = s;
		else
			continue;
		for (k = n - 1; k > 0 && x->count[slots[k]] < x->count[slots[k - 1]];
		    k--) {
			size_t tmp = slots[k];

			slots[k] = slots[k - 1];
			slots[k - 1] = tmp;
		}
	}
	return n;
}

static int
compatible(uint64_t a, uint64_t b)
{
	return a == 0 || b == 0 || a == b;
}

/* Roots a fragment could join: up to 4 distinct ones, and whether there
 * were more; "comp" counts those whose speaker agrees. */
struct roots {
	uint32_t r[4];
	int comp[4];
	size_t n;
	int more;
};

static void
roots_add(struct roots *rs, uint32_t root, int comp)
{
	size_t i;

	for (i = 0; i < rs->n; i++)
		if (rs->r[i] == root) {
			rs->comp[i] |= comp;
			return;
		}
	if (rs->n == 4) {
		rs->more = 1;
		return;
	}
	rs->r[rs->n] = root;
	rs->comp[rs->n] = comp;
	rs->n++;
}

/* The one root to join, or UINT32_MAX.  A fragment of a single content
 * word ("a disaster") joins only a quotation whose speaker agrees. */
static uint32_t
roots_pick(const struct roots *rs, size_t content)
{
	size_t i, nc = 0, pick = 0;

	if (content == 0)
		return UINT32_MAX;
	if (rs->n == 1 && !rs->more && (content >= 2 || rs->comp[0]))
		return rs->r[0];
	if (rs->more)
		return UINT32_MAX;
	for (i = 0; i < rs->n; i++)
		if (rs->comp[i]) {
			nc++;
			pick = i;
		}
	return nc == 1 ? rs->r[pick] : UINT32_MAX;
}

/* Texts by decreasing length, then first appearance. */
static const struct qc *sort_c;

static int
cmp_len(const void *x, const void *y)
{
	const struct text *a = &sort_c->t[*(const uint32_t *)x];
	const struct text *b = &sort_c->t[*(const uint32_t *)y];

	if (a->nword != b->nword)
		return a->nword > b->nword ? -1 : 1;
	return a->first < b->first ? -1 : a->first > b->first;
}

/* 1. near-identical and containing texts of four words or more */
static void
join_long(struct qc *c, const struct pindex *x, const uint32_t *order,
    uint32_t *stamp)
{
	size_t o, k, p, an[3], na;

	for (o = 0; o < c->nt; o++) {
		uint32_t i = order[o];
		const struct text *t = &c->t[i];

		if (t->nword < 4 || !t->nonterm)
			continue;
		na = anchors(c, x, t, an);
		for (k = 0; k < na; k++) {
			uint32_t cnt = x->count[an[k]];

			if (cnt > QC_MAX_POSTING)
				cnt = QC_MAX_POSTING;
			for (p = 0; p < cnt; p++) {
				uint32_t j = x->post[x->start[an[k]] + p];

				if (j == i || c->size[j] < 4 || stamp[j] == i + 1)
					continue;
				stamp[j] = i + 1;
				if (find(c->parent, i) == find(c->parent, j))
					continue;
				if (similar(c, t, &c->t[j]))
					unite(c, i, j);
			}
		}
	}
}

/* 2. two- and three-word fragments */
static void
join_short(struct qc *c, const struct pindex *x, const uint32_t *order)
{
	size_t o, p, an[3];

	for (o = 0; o < c->nt; o++) {
		uint32_t i = order[o], cnt, pick;
		const struct text *t = &c->t[i];
		struct roots rs;

		if (t->nword < 2 || t->nword > 3 || !t->nonterm)
			continue;
		if (anchors(c, x, t, an) == 0)
			continue;
		/* every container is listed under the rarest pair; stop as
		 * soon as they belong to too many clusters to pick one, or
		 * after QC_MAX_SCAN of them (a popular quotation's variants) */
		memset(&rs, 0, sizeof(rs));
		cnt = x->count[an[0]];
		if (cnt > QC_MAX_SCAN)
			cnt = QC_MAX_SCAN;
		for (p = 0; p < cnt && !rs.more; p++) {
			uint32_t j = x->post[x->start[an[0]] + p];
			const struct text *u = &c->t[j];

			if (j == i || u->nword <= t->nword || !u->nonterm)
				continue;
			if (overlap(c->pairs + t->pair, t->npair, c->pairs + u->pair,
			    u->npair) != t->npair)
				continue;
			roots_add(&rs, find(c->parent, j),
			    compatible(t->speaker, u->speaker));
		}
		pick = roots_pick(&rs, t->content);
		if (pick != UINT32_MAX)
			unite(c, i, pick);
	}
}

/* 3. one-word fragments: one pass over every word of the longer texts */
static void
join_single(struct qc *c)
{
	size_t slots = 64, i, j, n1 = 0;
	uint64_t *key;
	uint32_t *who;
	struct roots *rs;

	for (i = 0; i < c->nt; i++)
		n1 += c->t[i].nword == 1 && c->t[i].nonterm;
	if (n1 == 0)
		return;
	while (slots < n1 * 2)
		slots *= 2;
	key = cw_calloc(slots, sizeof(*key));
	who = cw_calloc(slots, sizeof(*who));
	rs = cw_calloc(slots, sizeof(*rs));
	for (i = 0; i < c->nt; i++) {
		uint64_t w;

		if (c->t[i].nword != 1 || !c->t[i].nonterm)
			continue;
		w = c->words[c->t[i].word];
		j = (size_t)(w >> 11) & (slots - 1);
		while (key[j] != 0 && key[j] != w)
			j = (j + 1) & (slots - 1);
		key[j] = w;
		who[j] = (uint32_t)i;
	}
	for (i = 0; i < c->nt; i++) {
		const struct text *u = &c->t[i];
		uint32_t root = UINT32_MAX;

		if (u->nword < 2 || !u->nonterm)
			continue;
		for (j = 0; j < u->nword; j++) {
			uint64_t w = c->words[u->word + j];
			size_t s = (size_t)(w >> 11) & (slots - 1);

			while (key[s] != 0 && key[s] != w)
				s = (s + 1) & (slots - 1);
			if (key[s] == 0 || rs[s].more)
				continue;
			if (root == UINT32_MAX)
				root = find(c->parent, (uint32_t)i);
			roots_add(&rs[s], root,
			    compatible(c->t[who[s]].speaker, u->speaker));
		}
	}
	for (j = 0; j < slots; j++) {
		uint32_t pick;

		if (key[j] == 0 || rs[j].n == 0)
			continue;
		pick = roots_pick(&rs[j], c->t[who[j]].content);
		if (pick != UINT32_MAX)
			unite(c, who[j], pick);
	}
	free(key);
	free(who);
	free(rs);
}

size_t
qc_cluster(struct qc *c, const uint32_t **cluster)
{
	struct pindex x;
	uint32_t *order, *stamp, *id;
	size_t i, n = 0;

	c->parent = cw_reallocarray(c->parent, c->nt ? c->nt : 1,
	    sizeof(*c->parent));
	for (i = 0; i < c->nt; i++)
		c->parent[i] = (uint32_t)i;
	order = cw_reallocarray(NULL, c->nt ? c->nt : 1, sizeof(*order));
	for (i = 0; i < c->nt; i++)
		order[i] = (uint32_t)i;
	sort_c = c;
	qsort(order, c->nt, sizeof(*order), cmp_len);
	stamp = cw_calloc(c->nt ? c->nt : 1, sizeof(*stamp));
	c->size = cw_reallocarray(c->size, c->nt ? c->nt : 1, 1);
	for (i = 0; i < c->nt; i++)
		c->size[i] = !c->t[i].nonterm ? 0 :
		    c->t[i].nword > 255 ? 255 : (unsigned char)c->t[i].nword;

	memset(&x, 0, sizeof(x));
	build_index(c, &x);
	join_long(c, &x, order, stamp);
	join_short(c, &x, order);
	free_index(&x);
	join_single(c);

	/* number the clusters by first appearance */
	id = stamp;
	for (i = 0; i < c->nt; i++)
		id[i] = UINT32_MAX;
	c->cluster = cw_reallocarray(c->cluster, c->nocc ? c->nocc : 1,
	    sizeof(*c->cluster));
	for (i = 0; i < c->nocc; i++) {
		uint32_t r = find(c->parent, c->occ_text[i]);

		if (id[r] == UINT32_MAX)
			id[r] = (uint32_t)n++;
		c->cluster[i] = id[r];
	}
	free(order);
	free(stamp);
	*cluster = c->cluster;
	return n;
}
