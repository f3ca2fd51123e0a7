/* ner_feat.c - the tagger's features (see ner_feat.h). */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "err.h"
#include "hash.h"
#include "ner_feat.h"
#include "utf8.h"

const char *const ner_type_names[NER_NTYPES] = { "PER", "ORG", "LOC", "MISC" };

/* Words before a name that give a person (or an office) away. */
static const char *const titles[] = {
	"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
	"lord", "lady", "president", "minister", "premier", "chancellor",
	"secretary", "senator", "sen.", "rep.", "gov.", "governor", "mayor",
	"king", "queen", "prince", "princess", "pope", "sheikh", "ayatollah",
	"imam", "rev.", "father", "general", "gen.", "col.", "colonel",
	"lt.", "lieutenant", "sgt.", "sergeant", "capt.", "captain", "maj.",
	"major", "adm.", "admiral", "commander", "judge", "justice", "envoy",
	"ambassador", "spokesman", "spokeswoman", "chairman", "chairwoman",
	"chief", "director", "professor", "prof.", "coach", "striker",
	"midfielder", "defender", "goalkeeper", "negotiator", "leader",
	"deputy", "mp", "emir", "sultan", "prosecutor", "manager", "officer",
	NULL
};

/* Last words of organisation names. */
static const char *const org_suffixes[] = {
	"inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company",
	"ltd", "ltd.", "limited", "plc", "llc", "ag", "sa", "nv", "bv",
	"gmbh", "spa", "bhd", "group", "holdings", "bank", "association",
	"union", "party", "front", "council", "committee", "organisation",
	"organization", "agency", "ministry", "university", "institute",
	"federation", "club", "fc", "airlines", "airways", "motors",
	"industries", "international", "securities", "fund", "trust",
	"brigade", "brigades", "army", "movement", "league", "commission",
	"court", "police", "forces", "coalition", "alliance", "foundation",
	NULL
};

uint16_t
ner_gaz_get(const struct ner_gaz *g, uint64_t key)
{
	uint64_t i, fp = NER_GAZ_FP(key), e;

	if (g == NULL || g->slots == NULL)
		return 0;
	for (i = NER_GAZ_SLOT(key, g->mask); (e = g->slots[i]) != 0;
	    i = (i + 1) & g->mask)
		if ((e & ~(uint64_t)0xFFFF) == fp)
			return (uint16_t)(e & 0xFFFF);
	return 0;
}

uint64_t
ner_hash(const char *s, size_t n)
{
	return fnv1a64(s, n);
}

/* The hash of the words so far, a space, and s. */
uint64_t
ner_hash_more(uint64_t h, const char *s, size_t n)
{
	return fnv1a64_more(fnv1a64_more(h, " ", 1), s, n);
}

static inline uint64_t
mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

/* The title and organisation-suffix words as one small hash set, built
 * on first use: bit 1 title, bit 2 suffix. */
#define WORDSET_SIZE 512
static uint64_t wordset_key[WORDSET_SIZE];
static uint8_t wordset_val[WORDSET_SIZE];
static int wordset_ready;

static void
wordset_add(const char *const *list, uint8_t bit)
{
	size_t i, j;

	for (i = 0; list[i]; i++) {
		uint64_t k = ner_hash(list[i], strlen(list[i])) | 1;

		for (j = k % WORDSET_SIZE; wordset_key[j] && wordset_key[j] != k;
		    j = (j + 1) % WORDSET_SIZE)
			;
		wordset_key[j] = k;
		wordset_val[j] |= bit;
	}
}

static unsigned
wordset_get(uint64_t k)
{
	size_t j;

	if (!wordset_ready) {
		wordset_add(titles, 1);
		wordset_add(org_suffixes, 2);
		wordset_ready = 1;
	}
	k |= 1;
	for (j = k % WORDSET_SIZE; wordset_key[j]; j = (j + 1) % WORDSET_SIZE)
		if (wordset_key[j] == k)
			return wordset_val[j];
	return 0;
}

/* Shape class of a code point: X, x, d or the character itself. */
static int32_t
shape_class(int32_t cp)
{
	if (cp < 0x80) {
		if (cp >= 'A' && cp <= 'Z')
			return 'X';
		if (cp >= 'a' && cp <= 'z')
			return 'x';
		if (cp >= '0' && cp <= '9')
			return 'd';
		return cp;
	}
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
		return 'X';
	case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
		return 'x';
	case UTF8PROC_CATEGORY_ND:
		return 'd';
	default:
		return '*';
	}
}

/* Hashes, shapes and flags of one normalised word s[0, n), lower case in
 * l[0, ln). */
static void
describe(struct ner_word *w, const char *s, size_t n, const char *l,
    size_t ln)
{
	uint64_t sh = FNV64_OFFSET, csh = sh;
	size_t i, len, run = 0, ncp = 0;
	int32_t cp, cls, last = -1;
	uint32_t f = 0;
	int upper = 0, lower = 0, digit = 0, other = 0;

	w->w = ner_hash(s, n);
	w->lw = ner_hash(l, ln);
	for (i = 0; i < n; i += len) {
		if ((unsigned char)s[i] < 0x80) {
			cp = (unsigned char)s[i];
			len = 1;
		} else
			len = utf8_decode(s + i, n - i, &cp);
		cls = shape_class(cp);
		if (cls == 'X')
			upper++;
		else if (cls == 'x')
			lower++;
		else if (cls == 'd')
			digit++;
		else {
			other++;
			if (cp == '-')
				f |= WF_HYPHEN;
			else if (cp == '.')
				f |= WF_PERIOD;
			else if (cp == '\'')
				f |= WF_APOS;
		}
		if (ncp == 0 && cls == 'X')
			f |= WF_INITCAP;
		ncp++;
		run = cls == last ? run + 1 : 1;
		if (run <= 4) {
			sh ^= (uint64_t)cls;
			sh *= FNV64_PRIME;
		}
		if (run == 1) {
			csh ^= (uint64_t)cls;
			csh *= FNV64_PRIME;
		}
		last = cls;
	}
	if (upper && !lower)
		f |= WF_ALLCAP;
	if (lower)
		f |= WF_HASLOWER;
	if (digit)
		f |= WF_HASDIGIT;
	if (digit && !upper && !lower)
		f |= WF_ALLDIGIT;
	if (upper || lower)
		f |= WF_LETTER;
	else if (!digit)
		f |= WF_PUNCT;
	{
		unsigned ws = wordset_get(w->lw);

		if (ws & 1)
			f |= WF_TITLE;
		if (ws & 2)
			f |= WF_ORGSUF;
	}
	w->flags = f;
	w->shape = sh;
	w->cshape = csh;

	/* Suffixes of 1..4 code points of the lower-case form (prefixes
	 * were tried: they add nothing on the development set). */
	{
		size_t e = ln, k;

		for (k = 0; k < 4; k++) {
			if (e > 0)
				e -= (unsigned char)l[e - 1] < 0x80 ? 1 :
				    utf8_decode_last(l, e, &cp);
			w->suf[k] = ner_hash(l + e, ln - e) + 0x51 * (k + 1);
		}
	}
}

void
ner_words(const struct ner_gaz *gaz, const char *text,
    const struct ner_toks *toks, struct ner_word *words,
    struct ner_sentwork *wk)
{
	size_t n = toks->n, i, j, l;
	size_t *off;             /* word i: norm off[3i], lower off[3i+1..] */
	size_t cover[GAZ_NLISTS];
	int capsent = 1, letters = 0;

	if (wk->offcap < 3 * n + 1) {
		wk->offcap = 3 * n + 64;
		wk->off = cw_reallocarray(wk->off, wk->offcap, sizeof(size_t));
	}
	off = wk->off;
	buf_reset(&wk->norm);
	for (i = 0; i < n; i++) {
		const struct ner_tok *t = &toks->v[i];

		off[3 * i] = wk->norm.len;
		ner_normalize(text + t->start, t->end - t->start, 0, &wk->norm);
		off[3 * i + 1] = wk->norm.len;
		ner_normalize(text + t->start, t->end - t->start, 1, &wk->norm);
		off[3 * i + 2] = wk->norm.len;
	}
	for (i = 0; i < n; i++) {
		const char *d = wk->norm.data;

		describe(&words[i], d + off[3 * i], off[3 * i + 1] - off[3 * i],
		    d + off[3 * i + 1], off[3 * i + 2] - off[3 * i + 1]);
		if (words[i].flags & WF_LETTER) {
			if (words[i].flags & WF_HASLOWER)
				capsent = 0;
			letters++;
		}
		words[i].gpos = 0;
		words[i].start = toks->v[i].start;
		words[i].end = toks->v[i].end;
		if (gaz != NULL && gaz->slots != NULL)
			__builtin_prefetch(gaz->slots +
			    NER_GAZ_SLOT(NER_GAZ_FP(words[i].lw), gaz->mask));
	}
	for (i = 0; i < n; i++)
		words[i].gaz = ner_gaz_get(gaz, words[i].lw);
	if (letters == 0)
		capsent = 0;
	/* Gazetteer entries of several words: the longest match of each
	 * list from each start, left to right, without overlaps. */
	for (l = 0; l < GAZ_NLISTS; l++)
		cover[l] = 0;
	for (i = 0; i < n; i++) {
		size_t best[GAZ_NLISTS] = { 0 };
		uint64_t key = words[i].lw;
		uint16_t v = words[i].gaz;

		for (j = i;;) {
			for (l = 0; l < GAZ_NLISTS; l++)
				if (v & (1u << l))
					best[l] = j + 1;
			if (!(v & (1u << GAZ_PREFIX)) || ++j >= n || j - i >= 8)
				break;
			key = ner_hash_more(key, wk->norm.data + off[3 * j + 1],
			    off[3 * j + 2] - off[3 * j + 1]);
			v = ner_gaz_get(gaz, key);
		}
		for (l = 0; l < GAZ_NLISTS; l++) {
			if (best[l] == 0 || i < cover[l])
				continue;
			for (j = i; j < best[l]; j++) {
				unsigned pos = best[l] == i + 1 ? NER_U :
				    j == i ? NER_B : j + 1 == best[l] ? NER_L :
				    NER_I;

				words[j].gpos |= (uint32_t)(1 + pos) << (3 * l);
			}
			cover[l] = best[l];
		}
	}
	for (i = 0; i < n; i++) {
		if (i == 0 || (i == 1 && (words[0].flags & WF_PUNCT)))
			words[i].flags |= WF_FIRST;
		if (capsent)
			words[i].flags |= WF_CAPSENT;
	}
}

int
ner_allowed(int a, int b)
{
	int inside = a >= 1 && (NER_LAB_POS(a) == NER_B ||
	    NER_LAB_POS(a) == NER_I);

	if (inside)
		return b >= 1 && NER_LAB_TYPE(b) == NER_LAB_TYPE(a) &&
		    (NER_LAB_POS(b) == NER_I || NER_LAB_POS(b) == NER_L);
	return b == 0 || NER_LAB_POS(b) == NER_B || NER_LAB_POS(b) == NER_U;
}

int
ner_allowed_end(int a)
{
	return a == 0 || NER_LAB_POS(a) == NER_L || NER_LAB_POS(a) == NER_U;
}

/* Case class of a word: 0 lower or other, 1 initial capital, 2 capitals,
 * 3 digits; plus 4 at the start of a sentence, 8 in a headline. */
static uint64_t
case_class(const struct ner_word *w)
{
	uint64_t c = (w->flags & WF_ALLCAP) ? 2 : (w->flags & WF_INITCAP) ? 1 :
	    (w->flags & WF_HASDIGIT) ? 3 : 0;

	if (w->flags & WF_FIRST)
		c |= 4;
	if (w->flags & WF_CAPSENT)
		c |= 8;
	return c;
}

/* A feature: type t with value a (or a pair, a triple), hashed to one of
 * 2^bits rows; used by the two feature functions below. */
#define F1(t, a) (rows[k++] = (uint32_t)(mix((uint64_t)(a) + \
	(uint64_t)(t) * K1) >> shift))
#define F2(t, a, b) F1(t, (uint64_t)(a) * K2 + (uint64_t)(b))
#define F3(t, a, b, c) F2(t, (uint64_t)(a) * K2 + (uint64_t)(b), c)

#define BOS_HASH 0x1234567887654321ULL
#define EOS_HASH 0x0fedcba987654321ULL
#define K1 0x9E3779B97F4A7C15ULL
#define K2 0x2545F4914F6CDD1DULL

size_t
ner_features(const struct ner_word *words, size_t n, size_t i,
    const struct ner_docinfo *di, unsigned bits, uint32_t *rows)
{
	const struct ner_word *w = &words[i];
	const struct ner_word *p1 = i >= 1 ? &words[i - 1] : NULL;
	const struct ner_word *p2 = i >= 2 ? &words[i - 2] : NULL;
	const struct ner_word *n1 = i + 1 < n ? &words[i + 1] : NULL;
	const struct ner_word *n2 = i + 2 < n ? &words[i + 2] : NULL;
	uint64_t lwp1 = p1 ? p1->lw : BOS_HASH, lwp2 = p2 ? p2->lw : BOS_HASH;
	uint64_t lwn1 = n1 ? n1->lw : EOS_HASH, lwn2 = n2 ? n2->lw : EOS_HASH;
	uint64_t shp1 = p1 ? p1->shape : BOS_HASH, shn1 = n1 ? n1->shape :
	    EOS_HASH;
	uint64_t cshp1 = p1 ? p1->cshape : BOS_HASH, cshn1 = n1 ? n1->cshape :
	    EOS_HASH;
	uint64_t cshp2 = p2 ? p2->cshape : BOS_HASH, cshn2 = n2 ? n2->cshape :
	    EOS_HASH;
	uint64_t cc = case_class(w);
	unsigned shift = 64 - bits;
	size_t k = 0, l;

	F1(0, 0);
	F1(1, w->w);
	F1(2, w->lw);
	F1(3, lwp1);
	F1(4, lwn1);
	F1(5, lwp2);
	F1(6, lwn2);
	F2(7, lwp1, w->lw);
	F2(8, w->lw, lwn1);
	for (l = 0; l < 4; l++)
		F1(13 + l, w->suf[l]);
	F1(17, w->shape);
	F1(18, shp1);
	F1(19, shn1);
	F3(20, shp1, w->shape, shn1);
	F1(21, w->cshape);
	F2(22, cshp1, w->cshape);
	F2(23, w->cshape, cshn1);
	F2(24, cc, w->cshape);
	F2(25, cc, w->lw);
	F2(27, lwp1, w->shape);
	F2(28, w->shape, lwn1);
	F2(36, lwp1, lwn1);
	F3(39, cshp2, cshp1, w->cshape);
	F3(40, w->cshape, cshn1, cshn2);
	for (l = 0; l < GAZ_NLISTS; l++) {
		unsigned g = (w->gpos >> (3 * l)) & 7;

		if (g)
			F3(29, l, g, cc & 3);
		if (p1 && ((p1->gpos >> (3 * l)) & 7))
			F2(31, l, (p1->gpos >> (3 * l)) & 7);
		if (n1 && ((n1->gpos >> (3 * l)) & 7))
			F2(32, l, (n1->gpos >> (3 * l)) & 7);
	}
	F2(33, w->gaz & ((1u << GAZ_NLISTS) - 1), cc);
	if (p1 && (p1->flags & WF_TITLE))
		F2(34, 1, w->cshape);
	if (n1 && (n1->flags & WF_ORGSUF))
		F2(35, 1, cc);
	if (w->flags & WF_ORGSUF)
		F2(35, 2, cc);
	F2(41, (w->gaz >> GAZ_LOWER) & 1, cc);
	if (p1)
		F2(42, p1->w, w->cshape);
	if (n1)
		F2(43, w->cshape, n1->w);

	if (di != NULL)
		k += ner_features_doc(words, n, i, di, bits, rows + k);
	return k;
}

size_t
ner_features_doc(const struct ner_word *words, size_t n, size_t i,
    const struct ner_docinfo *di, unsigned bits, uint32_t *rows)
{
	const struct ner_word *w = &words[i];
	const struct ner_docinfo *d = &di[i];
	uint64_t s1p = i >= 1 ? di[i - 1].s1 : 99;
	uint64_t s1n = i + 1 < n ? di[i + 1].s1 : 99;
	uint64_t cc = case_class(w);
	unsigned shift = 64 - bits;
	size_t k = 0, l;

	F1(50, d->s1);
	F2(51, s1p, d->s1);
	F2(52, d->s1, s1n);
	F2(53, d->maj, cc);
	F2(58, d->s1, d->maj);
	for (l = 0; l < NER_NTYPES; l++) {
		if (d->any & (1u << l))
			F1(54, l);
		if (d->first & (1u << l))
			F1(56, l);
		if (d->last & (1u << l))
			F1(57, l);
	}
	F2(55, d->seen, cc);
	F3(59, d->any, d->maj, w->cshape);
#undef F1
#undef F2
#undef F3
	return k;
}
