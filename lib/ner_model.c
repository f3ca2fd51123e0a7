/* ner_model.c - load the model blob in place and decode (ner_model.h). */
#define _DEFAULT_SOURCE      /* MAP_ANONYMOUS, madvise */
#include <sys/mman.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "ner_model.h"

#define NL NER_NLAB
#define NEG_INF (-(1 << 29))     /* far below any reachable score */

static uint32_t
get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

static int
load_pass(struct ner_pass *p, const unsigned char *b, size_t size,
    uint32_t off, uint32_t bits)
{
	size_t tsize = ((NL + 1) * NL * 4 + 63) / 64 * 64;

	if (bits < 10 || bits > 26 || off % 64 != 0 || off > size ||
	    size - off < tsize ||
	    (size - off - tsize) / NL < ((size_t)1 << bits))
		return -1;
	p->bits = bits;
	p->trans = (const int32_t *)(const void *)(b + off);
	p->w = (const int8_t *)(const void *)(b + off + tsize);
	return 0;
}

int
ner_model_load(struct ner_model *m, const void *blob, size_t size,
    const char **why)
{
	const unsigned char *b = blob;
	const uint16_t one = 1;
	uint64_t slots;
	uint32_t gazoff;

	if (*(const unsigned char *)&one != 1) {
		*why = "the model is little-endian and this machine is not";
		return -1;
	}
	if (size < NER_BLOB_HEADER || memcmp(b, NER_BLOB_MAGIC, 8) != 0) {
		*why = "not a tag-entities model (bad magic)";
		return -1;
	}
	if (get32(b + 8) != NER_BLOB_VERSION || get32(b + 12) != NL) {
		*why = "model version or label count not supported";
		return -1;
	}
	if ((uintptr_t)b % 64 != 0 || get32(b + 16) != size) {
		*why = "model truncated or misaligned";
		return -1;
	}
	gazoff = get32(b + 20);
	slots = (uint64_t)get32(b + 24) | (uint64_t)get32(b + 28) << 32;
	if (slots == 0 || (slots & (slots - 1)) != 0 || gazoff % 64 != 0 ||
	    gazoff > size || (size - gazoff) / 8 < slots) {
		*why = "bad gazetteer section";
		return -1;
	}
	m->gaz.slots = (const uint64_t *)(const void *)(b + gazoff);
	m->gaz.mask = slots - 1;
	if (load_pass(&m->pass[0], b, size, get32(b + 32), get32(b + 36)) < 0 ||
	    load_pass(&m->pass[1], b, size, get32(b + 40), get32(b + 44)) < 0) {
		*why = "bad weight section";
		return -1;
	}
	return 0;
}

extern const unsigned char ner_model_blob[], ner_model_blob_end[];

const struct ner_model *
ner_model_builtin(void)
{
	static struct ner_model m;
	static int loaded;
	const char *why;

	if (!loaded) {
		size_t size = (size_t)(ner_model_blob_end - ner_model_blob);
		const void *blob = ner_model_blob;
#ifdef MADV_HUGEPAGE
		/* The weights are read at random: in huge pages the lookups
		 * miss the TLB far less (twice the speed on Linux). */
		size_t two = (size_t)2 << 20;
		size_t span = ((size + two - 1) & ~(two - 1)) + two;
		char *map = mmap(NULL, span, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		if (map != MAP_FAILED) {
			char *copy = (char *)(((uintptr_t)map + two - 1) &
			    ~(uintptr_t)(two - 1));

			madvise(copy, span - (size_t)(copy - map), MADV_HUGEPAGE);
			memcpy(copy, blob, size);
			blob = copy;
		}
#endif
		if (ner_model_load(&m, blob, size, &why) < 0)
			cw_errx(CW_TROUBLE, "built-in model: %s", why);
		loaded = 1;
	}
	return &m;
}

/* For each label b, the labels that may come before it (BILOU):
 * pred[b][0..npred[b]), and whether a sentence may end on it. */
static uint8_t pred[NL][NL], npred[NL], start_ok[NL], end_ok[NL];
static int pred_ready;

static void
init_pred(void)
{
	int a, b;

	for (b = 0; b < NL; b++) {
		npred[b] = 0;
		for (a = 0; a < NL; a++)
			if (ner_allowed(a, b))
				pred[b][npred[b]++] = (uint8_t)a;
		start_ok[b] = (uint8_t)ner_allowed(-1, b);
		end_ok[b] = (uint8_t)ner_allowed_end(b);
	}
	pred_ready = 1;
}

typedef int8_t v8c __attribute__((vector_size(8)));
typedef int16_t v8s __attribute__((vector_size(16)));

/*
 * Sum the weight rows rows[0, nf) of w into e[0, NL): two vectors of
 * eight labels and the seventeenth on its own, in registers.  Sixteen bits
 * hold any sum: at most NER_MAXFEAT weights of at most 127.
 */
static void
emission(const int8_t *w, const uint32_t *rows, size_t nf, unsigned shift,
    int32_t *e)
{
	v8s a0 = { 0 }, a1 = { 0 };
	int32_t last = 0;
	size_t k;
	int b;

	for (k = 0; k < nf; k++) {
		const int8_t *r = w + (size_t)(rows[k] >> shift) * NL;
		v8c x0, x1;

		memcpy(&x0, r, sizeof(x0));
		memcpy(&x1, r + 8, sizeof(x1));
		a0 += __builtin_convertvector(x0, v8s);
		a1 += __builtin_convertvector(x1, v8s);
		last += r[16];
	}
	for (b = 0; b < 8; b++) {
		e[b] = a0[b];
		e[8 + b] = a1[b];
	}
	e[16] = last;
}

void
ner_decode(const struct ner_model *m, int p, const uint32_t *rows,
    const size_t *off, size_t n, unsigned rowbits, struct ner_decoder *dec,
    uint8_t *out)
{
	const struct ner_pass *ps = &m->pass[p];
	unsigned shift = rowbits - ps->bits;
	int32_t e[NL];
	size_t i, k;
	int a, b;

	if (n == 0)
		return;
	if (!pred_ready)
		init_pred();
	if (dec->cap < n) {
		dec->cap = 2 * n;
		dec->score = cw_reallocarray(dec->score, dec->cap,
		    NL * sizeof(int32_t));
		dec->back = cw_reallocarray(dec->back, dec->cap, NL);
	}
	/* (Prefetching the sentence's weight rows ahead was tried: with
	 * tables of 2^15 and 2^16 rows of 17 bytes, mostly in L2, it costs
	 * more than it saves.) */
	for (i = 0; i < n; i++) {
		int32_t *sc = dec->score + i * NL, top = NEG_INF;
		uint8_t *bk = dec->back + i * NL;

		emission(ps->w, rows + off[i], off[i + 1] - off[i], shift, e);
		for (b = 0; b < NL; b++) {
			int32_t best = NEG_INF, s;
			int arg = 0;

			if (i == 0) {
				if (start_ok[b])
					best = ps->trans[b];
			} else {
				const int32_t *prev = sc - NL;
				const int32_t *tr = ps->trans + NL + b;

				/* every label has a predecessor that is
				 * reachable (O is), so no -infinity here */
				for (k = 0; k < npred[b]; k++) {
					a = pred[b][k];
					s = prev[a] + tr[a * NL];
					if (s > best) {
						best = s;
						arg = a;
					}
				}
			}
			sc[b] = best + e[b];
			if (sc[b] > top)
				top = sc[b];
			bk[b] = (uint8_t)arg;
		}
		/* Keep the scores near 0 so that no sentence is long enough
		 * to overflow them; unreachable labels stay far below. */
		for (b = 0; b < NL; b++)
			sc[b] = sc[b] - top < NEG_INF ? NEG_INF : sc[b] - top;
	}
	{
		int32_t best = NEG_INF;
		int arg = 0;

		for (b = 0; b < NL; b++)
			if (end_ok[b] && dec->score[(n - 1) * NL + b] > best) {
				best = dec->score[(n - 1) * NL + b];
				arg = b;
			}
		for (i = n; i-- > 0;) {
			out[i] = (uint8_t)arg;
			arg = dec->back[i * NL + arg];
		}
	}
}

void
ner_decoder_free(struct ner_decoder *dec)
{
	free(dec->score);
	free(dec->back);
	memset(dec, 0, sizeof(*dec));
}
