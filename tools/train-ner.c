/*
 * train-ner - train the tag-entities(1) model from CoNLL-2003 data.
 *
 *	train-ner [-v] [-e epochs] [-k folds] [-d devfile] [-o model.bin] NERDIR
 *
 * NERDIR holds eng.train and the gazetteers/ lists (../shared/eval/ner).  The
 * model is two averaged structured perceptrons over BILOU labels with
 * Viterbi decoding (Collins 2002), hashed feature weights in a flat table
 * (ner_feat.h), and the gazetteers as a hashed set of lower-case entries.
 * The second perceptron sees the first one's labels for the whole document;
 * to train it on honest first-pass labels, those come from k first-pass
 * models each trained without the fold it labels (stacking).
 *
 * With -d, the development set is tagged after training and entity
 * precision, recall and F1 are printed (tune with that, never with the test
 * set).  Everything is deterministic: a fixed seed shuffles the sentences,
 * and the same inputs give the same bytes.
 *
 * The blob written (little-endian; see ner_model.h for the layout) is what
 * lib/ner_blob.S embeds in the binaries.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "err.h"
#include "ner_doc.h"
#include "ner_feat.h"
#include "ner_model.h"
#include "ner_token.h"

#define NL NER_NLAB

static int verbose;

/* ---- the data ---- */

struct sent {
	size_t w0, n;            /* words[w0, w0 + n) */
	size_t doc;
};

struct corpus {
	struct ner_word *words;
	uint8_t *gold, *s1;      /* gold labels; first-pass labels */
	size_t nwords, capwords;
	struct sent *sents;
	size_t nsents, capsents;
	size_t ndocs;
	size_t *doc0;            /* first sentence of each document */
	/* feature rows: word i has rows[off[i], off[i + 1]) */
	uint32_t *rows;
	size_t *off;
	size_t nrows, caprows;
};

/* ---- gazetteers ---- */

struct gazbuild {
	uint64_t *slots;         /* as in struct ner_gaz */
	uint64_t mask;
	size_t used;
};

static void
gb_put(struct gazbuild *g, uint64_t fp, uint64_t key, uint16_t bits)
{
	uint64_t i;

	for (i = NER_GAZ_SLOT(key, g->mask); g->slots[i] != 0;
	    i = (i + 1) & g->mask)
		if ((g->slots[i] & ~(uint64_t)0xFFFF) == fp) {
			g->slots[i] |= bits;
			return;
		}
	g->slots[i] = fp | bits;
	g->used++;
}

static void
gb_add(struct gazbuild *g, uint64_t key, uint16_t bits)
{
	if (2 * (g->used + 1) > g->mask + 1) {
		/* grow: the slot comes from the fingerprint's bits, which
		 * are the key's above bit 16 */
		struct gazbuild ng;
		uint64_t j;

		ng.mask = g->mask ? 2 * g->mask + 1 : 1023;
		ng.slots = cw_calloc(ng.mask + 1, sizeof(uint64_t));
		ng.used = 0;
		for (j = 0; g->mask && j <= g->mask; j++)
			if (g->slots[j])
				gb_put(&ng, g->slots[j] & ~(uint64_t)0xFFFF,
				    g->slots[j], (uint16_t)(g->slots[j] & 0xFFFF));
		free(g->slots);
		*g = ng;
	}
	gb_put(g, NER_GAZ_FP(key), key, bits);
}

/* Add every entry (first column) of a TSV list as list number bit. */
static void
gaz_read(struct gazbuild *g, const char *path, int bit)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, i, entries = 0;
	ssize_t len;
	struct ner_toks toks = { 0 };
	struct buf low = BUF_INIT;

	if (f == NULL)
		cw_err(2, "%s", path);
	while ((len = getline(&line, &cap, f)) > 0) {
		char *tab = memchr(line, '\t', (size_t)len);
		size_t n = tab ? (size_t)(tab - line) : (size_t)len;
		uint64_t key = 0;

		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		toks.n = 0;
		ner_tokenize(line, n, &toks);
		if (toks.n == 0)
			continue;
		for (i = 0; i < toks.n; i++) {
			buf_reset(&low);
			ner_normalize(line + toks.v[i].start,
			    toks.v[i].end - toks.v[i].start, 1, &low);
			key = i == 0 ? ner_hash(low.data, low.len) :
			    ner_hash_more(key, low.data, low.len);
			gb_add(g, key, i + 1 == toks.n ? (uint16_t)(1u << bit) :
			    (uint16_t)(1u << GAZ_PREFIX));
		}
		entries++;
	}
	if (ferror(f))
		cw_err(2, "%s", path);
	fclose(f);
	free(line);
	ner_toks_free(&toks);
	buf_free(&low);
	if (verbose)
		fprintf(stderr, "train-ner: %s: %zu entries\n", path, entries);
}

/* ---- CoNLL ---- */

struct chunk {
	size_t a, b;             /* CoNLL tokens a..b inclusive */
	int type;
};

static int
type_of(const char *s)
{
	int t;

	for (t = 0; t < NER_NTYPES; t++)
		if (strcmp(s, ner_type_names[t]) == 0)
			return t;
	return -1;
}

/*
 * One sentence of CoNLL tokens with IOB1/IOB2 tags: join the tokens with
 * spaces, tokenize that text as the tagger will, and project the gold
 * chunks onto our words as BILOU labels.
 */
static void
add_sentence(struct corpus *c, const struct ner_gaz *gaz, char **tok,
    char **tag, size_t n, size_t doc, struct ner_sentwork *wk)
{
	static struct buf text = BUF_INIT;
	static size_t *cstart, *cidx, ccap;
	struct chunk ch[256];
	size_t nch = 0, i, j, k;
	struct sent *s;

	if (n == 0)
		return;
	buf_reset(&text);
	if (ccap < n + 1) {
		ccap = 2 * n + 16;
		cstart = cw_reallocarray(cstart, ccap, sizeof(size_t));
	}
	for (i = 0; i < n; i++) {
		if (i)
			buf_addc(&text, ' ');
		cstart[i] = text.len;
		buf_adds(&text, tok[i]);
	}
	/* chunks, IOB1 or IOB2 */
	for (i = 0; i < n; i++) {
		const char *t = tag[i];
		int ty;

		if (strcmp(t, "O") == 0)
			continue;
		ty = type_of(t + 2);
		if (ty < 0)
			cw_errx(2, "bad tag %s", t);
		if (t[0] == 'I' && nch > 0 && ch[nch - 1].b + 1 == i &&
		    ch[nch - 1].type == ty)
			ch[nch - 1].b = i;
		else if (nch < 256) {
			ch[nch].a = ch[nch].b = i;
			ch[nch++].type = ty;
		}
	}
	wk->toks.n = 0;
	ner_tokenize(text.data, text.len, &wk->toks);
	if (wk->toks.n == 0)
		return;
	if (c->nwords + wk->toks.n > c->capwords) {
		c->capwords = 2 * (c->nwords + wk->toks.n);
		c->words = cw_reallocarray(c->words, c->capwords,
		    sizeof(*c->words));
		c->gold = cw_realloc(c->gold, c->capwords);
		c->s1 = cw_realloc(c->s1, c->capwords);
	}
	if (c->nsents == c->capsents) {
		c->capsents = c->capsents ? 2 * c->capsents : 1024;
		c->sents = cw_reallocarray(c->sents, c->capsents,
		    sizeof(*c->sents));
	}
	s = &c->sents[c->nsents++];
	s->w0 = c->nwords;
	s->n = wk->toks.n;
	s->doc = doc;
	ner_words(gaz, text.data, &wk->toks, c->words + s->w0, wk);
	/* CoNLL token of each of our words */
	cidx = cw_reallocarray(NULL, wk->toks.n, sizeof(size_t));
	for (i = 0, k = 0; i < wk->toks.n; i++) {
		while (k + 1 < n && cstart[k + 1] <= wk->toks.v[i].start)
			k++;
		cidx[i] = k;
		c->gold[s->w0 + i] = 0;
	}
	for (j = 0; j < nch; j++) {
		size_t first = SIZE_MAX, last = 0;

		for (i = 0; i < wk->toks.n; i++)
			if (cidx[i] >= ch[j].a && cidx[i] <= ch[j].b) {
				if (first == SIZE_MAX)
					first = i;
				last = i;
			}
		if (first == SIZE_MAX)
			continue;
		for (i = first; i <= last; i++)
			c->gold[s->w0 + i] = (uint8_t)NER_LAB(ch[j].type,
			    first == last ? NER_U : i == first ? NER_B :
			    i == last ? NER_L : NER_I);
	}
	free(cidx);
	c->nwords += wk->toks.n;
}

static void
read_conll(struct corpus *c, const char *path, const struct ner_gaz *gaz)
{
	FILE *f = fopen(path, "r");
	char *line = NULL, **tok = NULL, **tag = NULL;
	size_t cap = 0, n = 0, ncap = 0, doc = 0, i;
	ssize_t len;
	struct ner_sentwork wk;

	memset(&wk, 0, sizeof(wk));
	if (f == NULL)
		cw_err(2, "%s", path);
	for (;;) {
		char *a, *last;

		len = getline(&line, &cap, f);
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		a = len > 0 ? strtok(line, " ") : NULL;
		if (a == NULL || strcmp(a, "-DOCSTART-") == 0) {
			add_sentence(c, gaz, tok, tag, n, doc, &wk);
			for (i = 0; i < n; i++) {
				free(tok[i]);
				free(tag[i]);
			}
			n = 0;
			if (a != NULL) {
				if (c->nsents > 0)
					doc++;
			} else if (len < 0)
				break;
			continue;
		}
		last = a;
		for (char *t; (t = strtok(NULL, " ")) != NULL;)
			last = t;
		if (n == ncap) {
			ncap = ncap ? 2 * ncap : 256;
			tok = cw_reallocarray(tok, ncap, sizeof(char *));
			tag = cw_reallocarray(tag, ncap, sizeof(char *));
		}
		tok[n] = cw_strndup(a, strlen(a));
		tag[n++] = cw_strndup(last, strlen(last));
	}
	fclose(f);
	free(line);
	free(tok);
	free(tag);
	ner_toks_free(&wk.toks);
	buf_free(&wk.norm);
	free(wk.off);
	c->ndocs = c->nsents ? c->sents[c->nsents - 1].doc + 1 : 0;
	if (verbose)
		fprintf(stderr, "train-ner: %s: %zu documents, %zu sentences, "
		    "%zu words\n", path, c->ndocs, c->nsents, c->nwords);
}

/* Words seen in lower case in the training text: the common words. */
static void
add_lower_words(struct gazbuild *g, const struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->nwords; i++) {
		uint32_t f = c->words[i].flags;

		if ((f & WF_LETTER) && !(f & (WF_INITCAP | WF_ALLCAP)))
			gb_add(g, c->words[i].lw, 1u << GAZ_LOWER);
	}
}

/* (Re)compute the feature rows of every word; pass 2 when two. */
static void
featurize(struct corpus *c, unsigned bits, int two)
{
	static struct ner_docmap dm;
	struct ner_docinfo *di = NULL;
	size_t s, i, d;

	c->nrows = 0;
	if (c->off == NULL)
		c->off = cw_reallocarray(NULL, c->nwords + 1, sizeof(size_t));
	if (two) {
		di = cw_reallocarray(NULL, c->nwords, sizeof(*di));
		/* documents are runs of sentences */
		for (s = 0; s < c->nsents;) {
			size_t e = s, w0 = c->sents[s].w0;

			d = c->sents[s].doc;
			while (e < c->nsents && c->sents[e].doc == d)
				e++;
			ner_docinfo(&dm, c->words + w0, c->s1 + w0,
			    c->sents[e - 1].w0 + c->sents[e - 1].n - w0, di + w0);
			s = e;
		}
	}
	for (s = 0; s < c->nsents; s++) {
		const struct sent *st = &c->sents[s];

		for (i = 0; i < st->n; i++) {
			if (c->nrows + NER_MAXFEAT > c->caprows) {
				c->caprows = 2 * c->caprows + 4096;
				c->rows = cw_reallocarray(c->rows, c->caprows,
				    sizeof(uint32_t));
			}
			c->off[st->w0 + i] = c->nrows;
			c->nrows += ner_features(c->words + st->w0, st->n, i,
			    two ? di + st->w0 : NULL, bits, c->rows + c->nrows);
		}
	}
	c->off[c->nwords] = c->nrows;
	free(di);
}

/* ---- the perceptron ---- */

struct percep {
	unsigned bits;
	float *w, *u;            /* rows x NL weights; sums for averaging */
	float tw[NL + 1][NL], tu[NL + 1][NL];   /* row 0: sentence start */
	double c;                /* instances seen + 1 */
};

static void
pc_init(struct percep *p, unsigned bits)
{
	size_t rows = (size_t)1 << bits;

	memset(p, 0, sizeof(*p));
	p->bits = bits;
	p->w = cw_calloc(rows * NL, sizeof(float));
	p->u = cw_calloc(rows * NL, sizeof(float));
	p->c = 1;
}

static void
pc_free(struct percep *p)
{
	free(p->w);
	free(p->u);
}

/* Averaged weights into avg (rows x NL) and atw. */
static void
pc_average(const struct percep *p, float *avg, float atw[NL + 1][NL])
{
	size_t i, n = ((size_t)1 << p->bits) * NL;
	int a, b;

	for (i = 0; i < n; i++)
		avg[i] = p->w[i] - (float)(p->u[i] / p->c);
	for (a = 0; a <= NL; a++)
		for (b = 0; b < NL; b++)
			atw[a][b] = p->tw[a][b] - (float)(p->tu[a][b] / p->c);
}

/* Viterbi over words [w0, w0 + n) of c with weights w, atw. */
static void
decode(const struct corpus *c, size_t w0, size_t n, const float *w,
    float tw[NL + 1][NL], uint8_t *out)
{
	static float *score;
	static uint8_t *back;
	static size_t cap;
	float e[NL];
	size_t i, r;
	int a, b;

	if (cap < n) {
		cap = 2 * n;
		score = cw_reallocarray(score, cap, NL * sizeof(float));
		back = cw_reallocarray(back, cap, NL);
	}
	for (i = 0; i < n; i++) {
		memset(e, 0, sizeof(e));
		for (r = c->off[w0 + i]; r < c->off[w0 + i + 1]; r++) {
			const float *p = w + (size_t)c->rows[r] * NL;

			for (b = 0; b < NL; b++)
				e[b] += p[b];
		}
		for (b = 0; b < NL; b++) {
			float best = -INFINITY;
			int arg = 0;

			if (i == 0) {
				if (ner_allowed(-1, b))
					best = tw[0][b];
			} else
				for (a = 0; a < NL; a++) {
					float s = score[(i - 1) * NL + a];

					if (s == -INFINITY || !ner_allowed(a, b))
						continue;
					s += tw[a + 1][b];
					if (s > best) {
						best = s;
						arg = a;
					}
				}
			score[i * NL + b] = best == -INFINITY ? best : best + e[b];
			back[i * NL + b] = (uint8_t)arg;
		}
	}
	{
		float best = -INFINITY;
		int arg = 0;

		for (b = 0; b < NL; b++)
			if (ner_allowed_end(b) && score[(n - 1) * NL + b] > best) {
				best = score[(n - 1) * NL + b];
				arg = b;
			}
		for (i = n; i-- > 0;) {
			out[i] = (uint8_t)arg;
			arg = back[i * NL + arg];
		}
	}
}

static void
update_word(struct percep *p, const struct corpus *c, size_t wi, int lab,
    float d)
{
	size_t r;
	float dc = d * (float)p->c;

	for (r = c->off[wi]; r < c->off[wi + 1]; r++) {
		size_t k = (size_t)c->rows[r] * NL + lab;

		p->w[k] += d;
		p->u[k] += dc;
	}
}

/* One pass over the sentences in order[0, n). */
static size_t
pc_epoch(struct percep *p, const struct corpus *c, const size_t *order,
    size_t n)
{
	static uint8_t *pred;
	static size_t cap;
	size_t k, i, wrong = 0;

	for (k = 0; k < n; k++) {
		const struct sent *s = &c->sents[order[k]];
		const uint8_t *g = c->gold + s->w0;
		int differ = 0;

		if (cap < s->n) {
			cap = 2 * s->n;
			pred = cw_realloc(pred, cap);
		}
		decode(c, s->w0, s->n, p->w, p->tw, pred);
		for (i = 0; i < s->n; i++) {
			int gp = i ? g[i - 1] + 1 : 0, pp = i ? pred[i - 1] + 1 : 0;

			if (g[i] != pred[i]) {
				update_word(p, c, s->w0 + i, g[i], 1);
				update_word(p, c, s->w0 + i, pred[i], -1);
				differ = 1;
			}
			if (gp != pp || g[i] != pred[i]) {
				p->tw[gp][g[i]] += 1;
				p->tu[gp][g[i]] += (float)p->c;
				p->tw[pp][pred[i]] -= 1;
				p->tu[pp][pred[i]] -= (float)p->c;
			}
		}
		wrong += differ;
		p->c += 1;
	}
	return wrong;
}

static uint64_t rng_state = 0x853c49e6748fea9bULL;

static uint64_t
rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

static void
shuffle(size_t *v, size_t n)
{
	size_t i;

	for (i = n; i > 1; i--) {
		size_t j = (size_t)(rng() % i), t = v[i - 1];

		v[i - 1] = v[j];
		v[j] = t;
	}
}

/* Train on the sentences whose document is not in fold (fold < 0: all). */
static void
train(struct percep *p, const struct corpus *c, int epochs, long fold,
    long folds)
{
	size_t *order = cw_reallocarray(NULL, c->nsents, sizeof(size_t));
	size_t n = 0, s;
	int e;

	for (s = 0; s < c->nsents; s++)
		if (fold < 0 || (long)(c->sents[s].doc % (size_t)folds) != fold)
			order[n++] = s;
	for (e = 0; e < epochs; e++) {
		size_t wrong;

		shuffle(order, n);
		wrong = pc_epoch(p, c, order, n);
		if (verbose)
			fprintf(stderr, "train-ner: fold %ld epoch %d: %zu of %zu "
			    "sentences wrong\n", fold, e + 1, wrong, n);
	}
	free(order);
}

/* Label the sentences of fold (all when fold < 0) into out. */
static void
label(const struct corpus *c, const float *w, float tw[NL + 1][NL],
    long fold, long folds, uint8_t *out)
{
	size_t s;

	for (s = 0; s < c->nsents; s++)
		if (fold < 0 || (long)(c->sents[s].doc % (size_t)folds) == fold)
			decode(c, c->sents[s].w0, c->sents[s].n, w, tw,
			    out + c->sents[s].w0);
}

/* Entity precision/recall/F1 of guess against gold over all words. */
static double
score(const struct corpus *c, const uint8_t *guess, const char *what)
{
	size_t i, tp = 0, ng = 0, np = 0;

	for (i = 0; i < c->nwords; i++) {
		int g = c->gold[i], p = guess[i];

		if (g && (NER_LAB_POS(g) == NER_B || NER_LAB_POS(g) == NER_U))
			ng++;
		if (p && (NER_LAB_POS(p) == NER_B || NER_LAB_POS(p) == NER_U)) {
			size_t j = i;

			np++;
			while (guess[j] == c->gold[j] &&
			    NER_LAB_POS(guess[j]) != NER_L &&
			    NER_LAB_POS(guess[j]) != NER_U)
				j++;
			if (guess[j] == c->gold[j])
				tp++;
		}
	}
	{
		double pr = np ? (double)tp / np : 0, rc = ng ? (double)tp / ng : 0;
		double f = pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0;

		fprintf(stderr, "train-ner: %s: precision %.4f recall %.4f "
		    "F1 %.4f\n", what, pr, rc, f);
		return f;
	}
}

/* ---- the blob ---- */

static void
put32(struct buf *b, uint32_t v)
{
	unsigned char x[4] = { v & 255, (v >> 8) & 255, (v >> 16) & 255,
	    v >> 24 };

	buf_add(b, x, 4);
}

static void
put64(struct buf *b, uint64_t v)
{
	put32(b, (uint32_t)v);
	put32(b, (uint32_t)(v >> 32));
}

static void
align(struct buf *b, size_t a)
{
	while (b->len % a)
		buf_addc(b, 0);
}

/* Scale for int8 weights: the largest weight maps to 127.  (Eight bits
 * score as well as sixteen on the development set, and halve the memory
 * the tagger reads.) */
static float
quant_scale(const float *w, size_t n)
{
	float m = 0;
	size_t i;

	for (i = 0; i < n; i++)
		if (fabsf(w[i]) > m)
			m = fabsf(w[i]);
	return m > 0 ? 127.0f / m : 1.0f;
}

static int8_t
quant(float w, float scale)
{
	long q = lrintf(w * scale);

	return (int8_t)(q > 127 ? 127 : q < -127 ? -127 : q);
}

/* Quantize avg in place (what the tagger will see, back in float). */
static void
requant(float *w, size_t n, float atw[NL + 1][NL], float scale)
{
	size_t i;
	int a, b;

	for (i = 0; i < n; i++)
		w[i] = (float)quant(w[i], scale) / scale;
	for (a = 0; a <= NL; a++)
		for (b = 0; b < NL; b++)
			atw[a][b] = (float)lrintf(atw[a][b] * scale) / scale;
}

static void
put_model(struct buf *b, const float *w, float tw[NL + 1][NL],
    unsigned bits, float scale)
{
	size_t i, n = ((size_t)1 << bits) * NL;
	int a, l;

	for (a = 0; a <= NL; a++)
		for (l = 0; l < NL; l++)
			put32(b, (uint32_t)(int32_t)lrintf(tw[a][l] * scale));
	align(b, 64);
	for (i = 0; i < n; i++) {
		unsigned char q = (unsigned char)quant(w[i], scale);

		buf_add(b, &q, 1);
	}
	align(b, 64);
}

static void
write_blob(const char *path, const struct gazbuild *g, const float *w1,
    float tw1[NL + 1][NL], unsigned bits1, float sc1, const float *w2,
    float tw2[NL + 1][NL], unsigned bits2, float sc2)
{
	struct buf b = BUF_INIT;
	size_t i, gazoff, m1off, m2off;
	FILE *f;

	/* header: filled in at the end */
	for (i = 0; i < NER_BLOB_HEADER; i++)
		buf_addc(&b, 0);
	gazoff = b.len;
	for (i = 0; i <= g->mask; i++)
		put64(&b, g->slots[i]);
	align(&b, 64);
	m1off = b.len;
	put_model(&b, w1, tw1, bits1, sc1);
	m2off = b.len;
	put_model(&b, w2, tw2, bits2, sc2);
	{
		struct buf h = BUF_INIT;

		buf_add(&h, NER_BLOB_MAGIC, 8);
		put32(&h, NER_BLOB_VERSION);
		put32(&h, NL);
		put32(&h, (uint32_t)b.len);
		put32(&h, (uint32_t)gazoff);
		put64(&h, g->mask + 1);
		put32(&h, (uint32_t)m1off);
		put32(&h, bits1);
		put32(&h, (uint32_t)m2off);
		put32(&h, bits2);
		memcpy(b.data, h.data, h.len);
		buf_free(&h);
	}
	if ((f = fopen(path, "wb")) == NULL ||
	    fwrite(b.data, 1, b.len, f) != b.len || fclose(f) != 0)
		cw_err(2, "%s", path);
	fprintf(stderr, "train-ner: wrote %s (%zu bytes)\n", path, b.len);
	buf_free(&b);
}

static void
usage(void)
{
	fprintf(stderr, "usage: train-ner [-v] [-e epochs] [-E epochs2] "
	    "[-k folds] [-b bits] [-B bits2] [-d devfile] [-o model.bin] "
	    "NERDIR\n");
	exit(2);
}

int
main(int argc, char **argv)
{
	static const char *const lists[] = {
		[GAZ_COUNTRY] = "countries.tsv", [GAZ_CITY] = "cities.tsv",
		[GAZ_REGION] = "regions.tsv", [GAZ_DEMONYM] = "demonyms.tsv",
		[GAZ_FIRST] = "first-names.tsv", [GAZ_SURNAME] = "surnames.tsv",
		[GAZ_NAMEPART] = "name-parts.tsv",
		[GAZ_ORG] = "organizations-lc.tsv", [GAZ_LOWER] = NULL,
	};
	const char *dev = NULL, *out = NULL, *dir;
	int epochs = 12, epochs2 = 12, ch, l;
	long folds = 5, k;
	unsigned bits1 = 18, bits2 = 18;
	struct corpus tr, dv;
	struct gazbuild gb;
	struct ner_gaz gaz;
	struct percep p1, p2;
	float *avg1, *avg2;
	static float atw1[NL + 1][NL], atw2[NL + 1][NL];
	char path[4096];
	float sc1, sc2;

	cw_setprogname(argv[0]);
	while ((ch = getopt(argc, argv, "vb:B:d:e:E:k:o:")) != -1)
		switch (ch) {
		case 'v': verbose = 1; break;
		case 'b': bits1 = (unsigned)atoi(optarg); break;
		case 'B': bits2 = (unsigned)atoi(optarg); break;
		case 'd': dev = optarg; break;
		case 'e': epochs = atoi(optarg); break;
		case 'E': epochs2 = atoi(optarg); break;
		case 'k': folds = atol(optarg); break;
		case 'o': out = optarg; break;
		default: usage();
		}
	if (argc - optind != 1 || bits1 < 10 || bits1 > 24 || bits2 < 10 ||
	    bits2 > 24 || folds < 2 || epochs < 1 || epochs2 < 1)
		usage();
	dir = argv[optind];

	memset(&gb, 0, sizeof(gb));
	for (l = 0; l < GAZ_NLISTS; l++) {
		if (lists[l] == NULL)
			continue;
		snprintf(path, sizeof(path), "%s/gazetteers/%s", dir, lists[l]);
		gaz_read(&gb, path, l);
	}
	/* The lower-case words need the training words, which need the
	 * gazetteer: read the text twice. */
	memset(&tr, 0, sizeof(tr));
	snprintf(path, sizeof(path), "%s/eng.train", dir);
	gaz.slots = gb.slots;
	gaz.mask = gb.mask;
	read_conll(&tr, path, &gaz);
	add_lower_words(&gb, &tr);
	free(tr.words);
	free(tr.gold);
	free(tr.s1);
	free(tr.sents);
	memset(&tr, 0, sizeof(tr));
	gaz.slots = gb.slots;
	gaz.mask = gb.mask;
	read_conll(&tr, path, &gaz);
	if (verbose)
		fprintf(stderr, "train-ner: gazetteer set: %zu keys in %llu "
		    "slots\n", gb.used, (unsigned long long)gb.mask + 1);

	/* Stacking: first-pass labels of each fold from a model that did
	 * not see it. */
	featurize(&tr, bits1, 0);
	avg1 = cw_reallocarray(NULL, ((size_t)1 << bits1) * NL, sizeof(float));
	for (k = 0; k < folds; k++) {
		pc_init(&p1, bits1);
		train(&p1, &tr, epochs, k, folds);
		pc_average(&p1, avg1, atw1);
		label(&tr, avg1, atw1, k, folds, tr.s1);
		pc_free(&p1);
	}
	if (verbose)
		score(&tr, tr.s1, "train, held-out first pass");
	pc_init(&p1, bits1);
	train(&p1, &tr, epochs, -1, folds);
	pc_average(&p1, avg1, atw1);
	pc_free(&p1);
	sc1 = quant_scale(avg1, ((size_t)1 << bits1) * NL);
	requant(avg1, ((size_t)1 << bits1) * NL, atw1, sc1);

	featurize(&tr, bits2, 1);
	pc_init(&p2, bits2);
	train(&p2, &tr, epochs2, -1, folds);
	avg2 = cw_reallocarray(NULL, ((size_t)1 << bits2) * NL, sizeof(float));
	pc_average(&p2, avg2, atw2);
	pc_free(&p2);
	sc2 = quant_scale(avg2, ((size_t)1 << bits2) * NL);
	requant(avg2, ((size_t)1 << bits2) * NL, atw2, sc2);

	if (dev != NULL) {
		memset(&dv, 0, sizeof(dv));
		read_conll(&dv, dev, &gaz);
		featurize(&dv, bits1, 0);
		label(&dv, avg1, atw1, -1, folds, dv.s1);
		score(&dv, dv.s1, "dev, first pass");
		featurize(&dv, bits2, 1);
		{
			uint8_t *g2 = cw_malloc(dv.nwords);

			label(&dv, avg2, atw2, -1, folds, g2);
			score(&dv, g2, "dev, second pass");
			free(g2);
		}
	}
	if (out != NULL)
		write_blob(out, &gb, avg1, atw1, bits1, sc1, avg2, atw2, bits2,
		    sc2);
	return 0;
}
