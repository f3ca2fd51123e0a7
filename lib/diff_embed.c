/*
 * diff_embed.c - look words up in the compiled-in neighbour table
 * (diff_embed.h; the format is in lib/diff_embed_gen.py).
 */
#include <string.h>

#include "diff_embed.h"
#include "err.h"

extern const unsigned char diff_embed_blob[], diff_embed_blob_end[];

#define EMB_MAGIC "CWDEMB\0\0"
#define EMB_VERSION 1

static struct {
	int loaded;
	uint32_t nwords, nentries, strbytes;
	const unsigned char *stroff, *nbstart, *nbword, *nbsim, *str;
} emb;

static uint32_t
le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

static uint32_t
at32(const unsigned char *a, size_t i)
{
	return le32(a + 4 * i);
}

static void
emb_load(void)
{
	const unsigned char *p = diff_embed_blob;
	size_t size = (size_t)(diff_embed_blob_end - diff_embed_blob), need;

	if (size < 24 || memcmp(p, EMB_MAGIC, 8) != 0 ||
	    le32(p + 8) != EMB_VERSION)
		cw_errx(CW_TROUBLE, "compiled-in word table: bad magic or "
		    "version");
	emb.nwords = le32(p + 12);
	emb.nentries = le32(p + 16);
	emb.strbytes = le32(p + 20);
	need = 24 + 8 * ((size_t)emb.nwords + 1) + 3 * (size_t)emb.nentries;
	need = (need + 3) / 4 * 4 + emb.strbytes;
	if (size < need)
		cw_errx(CW_TROUBLE, "compiled-in word table: truncated");
	emb.stroff = p + 24;
	emb.nbstart = emb.stroff + 4 * ((size_t)emb.nwords + 1);
	emb.nbword = emb.nbstart + 4 * ((size_t)emb.nwords + 1);
	emb.nbsim = emb.nbword + 2 * (size_t)emb.nentries;
	emb.str = p + ((size_t)(emb.nbsim + emb.nentries - p) + 3) / 4 * 4;
	if (at32(emb.stroff, emb.nwords) != emb.strbytes ||
	    at32(emb.nbstart, emb.nwords) != emb.nentries)
		cw_errx(CW_TROUBLE, "compiled-in word table: inconsistent");
	emb.loaded = 1;
}

static const char *
word_at(uint32_t i, size_t *len)
{
	uint32_t a = at32(emb.stroff, i), b = at32(emb.stroff, i + 1);

	*len = b - a;
	return (const char *)emb.str + a;
}

/* The number of word w, or UINT32_MAX. */
static uint32_t
find(const char *w, size_t n)
{
	uint32_t lo = 0, hi;

	if (!emb.loaded)
		emb_load();
	hi = emb.nwords;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		size_t len, m;
		const char *s = word_at(mid, &len);
		int c;

		m = len < n ? len : n;
		c = memcmp(s, w, m);
		if (c == 0)
			c = len < n ? -1 : len > n;
		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return UINT32_MAX;
}

int
dembed_known(const char *w, size_t n)
{
	return find(w, n) != UINT32_MAX;
}

size_t
dembed_neighbours(const char *w, size_t n, struct dembed_nb *out,
    size_t max)
{
	uint32_t i = find(w, n), k, end;
	size_t got = 0;

	if (i == UINT32_MAX)
		return 0;
	end = at32(emb.nbstart, i + 1);
	for (k = at32(emb.nbstart, i); k < end && got < max; k++) {
		uint32_t t = (uint32_t)emb.nbword[2 * k] |
		    (uint32_t)emb.nbword[2 * k + 1] << 8;

		if (t >= emb.nwords)
			cw_errx(CW_TROUBLE, "compiled-in word table: bad entry");
		out[got].word = word_at(t, &out[got].len);
		out[got].sim = emb.nbsim[k];
		got++;
	}
	return got;
}
