/* ner_model.c - load the model blob in place and decode (ner_model.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "ner_model.h"

#define NL NER_NLAB
#define NEG_INF (INT32_MIN / 2)

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
	    (size - off - tsize) / (NL * 2) < ((size_t)1 << bits))
		return -1;
	p->bits = bits;
	p->trans = (const int32_t *)(const void *)(b + off);
	p->w = (const int16_t *)(const void *)(b + off + tsize);
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
	    gazoff > size || (size - gazoff) / 10 < slots) {
		*why = "bad gazetteer section";
		return -1;
	}
	m->gaz.keys = (const uint64_t *)(const void *)(b + gazoff);
	m->gaz.vals = (const uint16_t *)(const void *)(b + gazoff + 8 * slots);
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
		if (ner_model_load(&m, ner_model_blob,
		    (size_t)(ner_model_blob_end - ner_model_blob), &why) < 0)
			cw_errx(CW_TROUBLE, "built-in model: %s", why);
		loaded = 1;
	}
	return &m;
}

/* allowed[a + 1][b]: may label b follow label a (a = -1 at the start)? */
static uint8_t allowed[NL + 1][NL], allowed_end[NL];
static int allowed_ready;

static void
init_allowed(void)
{
	int a, b;

	for (a = -1; a < NL; a++)
		for (b = 0; b < NL; b++)
			allowed[a + 1][b] = (uint8_t)ner_allowed(a, b);
	for (a = 0; a < NL; a++)
		allowed_end[a] = (uint8_t)ner_allowed_end(a);
	allowed_ready = 1;
}

void
ner_decode(const struct ner_model *m, int p, const struct ner_word *words,
    size_t n, const struct ner_docinfo *di, struct ner_decoder *dec,
    uint8_t *out)
{
	const struct ner_pass *ps = &m->pass[p];
	uint32_t rows[NER_MAXFEAT];
	int32_t e[NL];
	size_t i, k, nf;
	int a, b;

	if (n == 0)
		return;
	if (!allowed_ready)
		init_allowed();
	if (dec->cap < n) {
		dec->cap = 2 * n;
		dec->score = cw_reallocarray(dec->score, dec->cap,
		    NL * sizeof(int32_t));
		dec->back = cw_reallocarray(dec->back, dec->cap, NL);
	}
	for (i = 0; i < n; i++) {
		int32_t *sc = dec->score + i * NL;
		uint8_t *bk = dec->back + i * NL;

		nf = ner_features(words, n, i, p ? di : NULL, ps->bits, rows);
		memset(e, 0, sizeof(e));
		for (k = 0; k < nf; k++) {
			const int16_t *w = ps->w + (size_t)rows[k] * NL;

			for (b = 0; b < NL; b++)
				e[b] += w[b];
		}
		for (b = 0; b < NL; b++) {
			int32_t best = NEG_INF, s;
			int arg = 0;

			if (i == 0) {
				if (allowed[0][b])
					best = ps->trans[b];
			} else {
				const int32_t *prev = sc - NL;

				for (a = 0; a < NL; a++) {
					if (!allowed[a + 1][b] || prev[a] == NEG_INF)
						continue;
					s = prev[a] + ps->trans[(a + 1) * NL + b];
					if (s > best) {
						best = s;
						arg = a;
					}
				}
			}
			sc[b] = best == NEG_INF ? NEG_INF : best + e[b];
			bk[b] = (uint8_t)arg;
		}
	}
	{
		int32_t best = NEG_INF;
		int arg = 0;

		for (b = 0; b < NL; b++)
			if (allowed_end[b] && dec->score[(n - 1) * NL + b] > best) {
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
