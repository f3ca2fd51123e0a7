/* ner_tag.c - entities of one document (see ner_tag.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "err.h"
#include "hash.h"
#include "ner_tag.h"

/* A distinct (type, key) of the document, for linking short forms. */
struct ner_entity {
	int type;
	size_t key, keylen;      /* in d->names */
	size_t name, namelen;
	size_t nwords;
	size_t first;            /* its first mention */
};

void
ner_doc_init(struct ner_doc *d, const struct ner_model *m,
    const struct ner_aliases *a)
{
	memset(d, 0, sizeof(*d));
	d->model = m;
	d->aliases = a;
	d->capsent = 64;
	d->soff = cw_reallocarray(NULL, d->capsent + 1, sizeof(size_t));
	d->soff[0] = 0;
	buf_grow(&d->text, 256);  /* never a null pointer, even with no text */
}

size_t
ner_doc_add(struct ner_doc *d, const char *text, size_t n)
{
	if (d->nsent == d->capsent) {
		d->capsent *= 2;
		d->soff = cw_reallocarray(d->soff, d->capsent + 1,
		    sizeof(size_t));
	}
	buf_add(&d->text, text, n);
	d->soff[d->nsent + 1] = d->text.len;
	return d->nsent++;
}

void
ner_doc_clear(struct ner_doc *d)
{
	buf_reset(&d->text);
	d->nsent = 0;
	d->nwords = 0;
	d->nm = 0;
	d->nent = 0;
	buf_reset(&d->names);
}

static void
grow_words(struct ner_doc *d, size_t more)
{
	if (d->nwords + more <= d->capwords)
		return;
	d->capwords = 2 * (d->nwords + more) + 256;
	d->words = cw_reallocarray(d->words, d->capwords, sizeof(*d->words));
	d->lab1 = cw_realloc(d->lab1, d->capwords);
	d->lab2 = cw_realloc(d->lab2, d->capwords);
	d->di = cw_reallocarray(d->di, d->capwords, sizeof(*d->di));
	d->off = cw_reallocarray(d->off, d->capwords + 1, sizeof(size_t));
}

/* Room for more rows in *rows (capacity *cap) beyond used. */
static uint32_t *
grow_rows(uint32_t **rows, size_t *cap, size_t used, size_t more)
{
	if (used + more > *cap) {
		*cap = 2 * (used + more) + 4096;
		*rows = cw_reallocarray(*rows, *cap, sizeof(uint32_t));
	}
	return *rows + used;
}

static size_t
count_words(const char *k, size_t n)
{
	size_t i, c = n > 0;

	for (i = 0; i < n; i++)
		c += k[i] == ' ';
	return c;
}

static uint64_t
hash_bytes(const char *s, size_t n, uint64_t seed)
{
	return ner_hash(s, n) ^ (seed * 0x9E3779B97F4A7C15ULL);
}

/* The distinct entity of (type, key), added if new. */
static void
entity(struct ner_doc *d, const struct ner_mention *m, size_t mi)
{
	const char *k = d->names.data + m->key;
	size_t i, e;

	if (2 * (d->nent + 1) > d->ehcap) {
		d->ehcap = d->ehcap ? 2 * d->ehcap : 256;
		d->ehash = cw_reallocarray(d->ehash, d->ehcap, sizeof(size_t));
		for (i = 0; i < d->ehcap; i++)
			d->ehash[i] = SIZE_MAX;
		for (e = 0; e < d->nent; e++) {
			const struct ner_entity *x = &d->ent[e];

			i = hash_bytes(d->names.data + x->key, x->keylen,
			    (uint64_t)x->type) & (d->ehcap - 1);
			while (d->ehash[i] != SIZE_MAX)
				i = (i + 1) & (d->ehcap - 1);
			d->ehash[i] = e;
		}
	}
	i = hash_bytes(k, m->keylen, (uint64_t)m->type) & (d->ehcap - 1);
	for (; (e = d->ehash[i]) != SIZE_MAX; i = (i + 1) & (d->ehcap - 1)) {
		const struct ner_entity *x = &d->ent[e];

		if (x->type == m->type && x->keylen == m->keylen &&
		    memcmp(d->names.data + x->key, k, m->keylen) == 0)
			return;
	}
	if (d->nent == d->capent) {
		d->capent = d->capent ? 2 * d->capent : 64;
		d->ent = cw_reallocarray(d->ent, d->capent, sizeof(*d->ent));
	}
	e = d->nent++;
	d->ent[e].type = m->type;
	d->ent[e].key = m->key;
	d->ent[e].keylen = m->keylen;
	d->ent[e].name = m->name;
	d->ent[e].namelen = m->namelen;
	d->ent[e].nwords = m->nwords;
	d->ent[e].first = mi;
	d->ehash[i] = e;
}

/* FNV-1a (hash.h) of a key word, case folded as words_within() compares. */
static uint64_t
word_hash(const char *s, size_t n)
{
	uint64_t h = FNV64_OFFSET;
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		h ^= c >= 'A' && c <= 'Z' ? c + 32 : c;
		h *= FNV64_PRIME;
	}
	return h;
}

/* Are the words of short key s all in long key l, in order (ignoring
 * case)?  Sets *last when their last words agree. */
static int
words_within(const char *s, size_t sn, const char *l, size_t ln, int *last)
{
	size_t i = 0, j = 0, a, b, la = 0, lb = 0, sa = 0, sb = 0;

	while (i < sn) {
		a = i;
		while (i < sn && s[i] != ' ')
			i++;
		sa = a;
		sb = i;
		for (;;) {
			if (j >= ln)
				return 0;
			b = j;
			while (j < ln && l[j] != ' ')
				j++;
			la = b;
			lb = j;
			if (j < ln)
				j++;
			if (lb - la == i - a && strncasecmp(l + la, s + a,
			    i - a) == 0)
				break;
		}
		if (i < sn)
			i++;
	}
	/* the long key's last word */
	while (j < ln) {
		b = j;
		while (j < ln && l[j] != ' ')
			j++;
		la = b;
		lb = j;
		if (j < ln)
			j++;
	}
	*last = lb - la == sb - sa && strncasecmp(l + la, s + sa, sb - sa) == 0;
	return 1;
}

/*
 * Short forms take the name of a longer mention of the same document:
 * every word of the short key in the long one, the long one's last word
 * the same if possible (a surname), else the earliest.  People only, and
 * other types when the short form has two words or more.
 */
static void
link_short_forms(struct ner_doc *d)
{
	size_t i, e, j, nb;

	d->nent = 0;
	for (i = 0; i < d->ehcap; i++)
		d->ehash[i] = SIZE_MAX;
	for (i = 0; i < d->nm; i++)
		entity(d, &d->m[i], i);
	/* Index the entities of two words or more by each of their words,
	 * so that a short form looks only at those that share its first. */
	for (nb = 64; nb < 2 * d->nm; nb *= 2)
		;
	if (d->nwbucket < nb) {
		d->nwbucket = nb;
		d->wbucket = cw_reallocarray(d->wbucket, nb, sizeof(size_t));
	}
	for (i = 0; i < d->nwbucket; i++)
		d->wbucket[i] = SIZE_MAX;
	d->nwi = 0;
	for (e = 0; e < d->nent; e++) {
		const char *k = d->names.data + d->ent[e].key;
		size_t kl = d->ent[e].keylen, a;

		if (d->ent[e].nwords < 2)
			continue;
		for (j = 0; j < kl; j = a + 1) {
			uint64_t h;

			for (a = j; a < kl && k[a] != ' '; a++)
				;
			h = word_hash(k + j, a - j);
			if (d->nwi == d->capwi) {
				d->capwi = d->capwi ? 2 * d->capwi : 256;
				d->wi = cw_reallocarray(d->wi, d->capwi,
				    sizeof(*d->wi));
			}
			d->wi[d->nwi].hash = h;
			d->wi[d->nwi].ent = e;
			d->wi[d->nwi].next = d->wbucket[h & (d->nwbucket - 1)];
			d->wbucket[h & (d->nwbucket - 1)] = d->nwi++;
		}
	}
	for (i = 0; i < d->nm; i++) {
		struct ner_mention *m = &d->m[i];
		const struct ner_entity *best = NULL;
		const char *k = d->names.data + m->key;
		int best_last = 0, last;
		uint64_t h;

		for (j = 0; j < m->keylen && k[j] != ' '; j++)
			;
		h = word_hash(k, j);
		for (j = d->wbucket[h & (d->nwbucket - 1)]; j != SIZE_MAX;
		    j = d->wi[j].next) {
			const struct ner_entity *x = &d->ent[d->wi[j].ent];

			if (d->wi[j].hash != h || x == best)
				continue;
			/* a lone word that ends a person's name elsewhere in
			 * the document is that person, whatever its type */
			if (x->type != m->type && !(x->type == NER_PER &&
			    m->nwords == 1 && !m->alias))
				continue;
			if (x->type == m->type && m->type != NER_PER &&
			    m->nwords < 2)
				continue;
			if (x->nwords <= m->nwords ||
			    !words_within(d->names.data + m->key, m->keylen,
			    d->names.data + x->key, x->keylen, &last))
				continue;
			if (x->type != m->type && !last)
				continue;
			if (best == NULL || (last && !best_last) ||
			    (last == best_last && x->first < best->first)) {
				best = x;
				best_last = last;
			}
		}
		if (best != NULL) {
			m->type = best->type;
			m->name = best->name;
			m->namelen = best->namelen;
		}
	}
}

/* ---- rules over the labels of one sentence ---- */

/* Honorifics: the next name is a person's, and not part of it. */
static const char *const honorifics[] = {
	"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "messrs", NULL
};
/* Lower-case words after a name that make it a place. */
static const char *const place_nouns[] = {
	"valley", "river", "province", "region", "district", "governorate",
	"mountains", "desert", "lake", "basin", "plain", "countryside", NULL
};
/* Words that begin the names of places. */
static const char *const place_heads[] = {
	"wadi", "mount", "mt", "mt.", "lake", "jebel", "jabal", "cape",
	"gulf", "bay", NULL
};
/* Titles that stand before one person's name and seldom begin the name
 * of a company or a place: not General (General Motors), Premier
 * (Premier League), King, Queen or Prince (Queen Mary University). */
static const char *const titles[] = {
	"president", "chancellor", "senator", "governor", "mayor", "sheikh",
	"pope", "ayatollah", "emir", "sultan", "minister", "secretary",
	"judge", "ambassador", "envoy", NULL
};
/* "son of", "daughter of" inside an Arabic name: bin Laden. */
static const char *const patronymics[] = { "bin", "ibn", "bint", NULL };
/* Lower-case particles inside a person's name. */
static const char *const name_particles[] = {
	"de", "van", "von", "der", "bin", "ibn", "al", "el", "da", "di",
	"du", NULL
};

/* Sentence adverbs and prepositions that open a sentence capitalised and
 * are never a name on their own ("Aside from reinforcing the cessation of
 * hostilities, Mr Aridi said ..." is no place called Aside). */
static const char *const openers[] = {
	"aside", "amid", "amidst", "despite", "meanwhile", "however",
	"nevertheless", "nonetheless", "moreover", "furthermore", "besides",
	"instead", "elsewhere", "overall", "although", "whereas", NULL
};

/* Is the word in the list?  The lists' hashes are computed once, for at
 * most WORD_LISTS lists of WORD_LIST_MAX words; a list too many or too
 * long is a programming error, reported, never a word silently missed. */
#define WORD_LISTS 8
#define WORD_LIST_MAX 24
static int
word_in(const struct ner_word *w, const char *const *list)
{
	static const char *const *lists[WORD_LISTS];
	static uint64_t hashes[WORD_LISTS][WORD_LIST_MAX];
	size_t i, l;

	for (l = 0; l < WORD_LISTS && lists[l] != NULL && lists[l] != list;
	    l++)
		;
	if (l == WORD_LISTS)
		cw_errx(2, "internal error: word_in: more than %d lists",
		    WORD_LISTS);
	if (lists[l] == NULL) {
		lists[l] = list;
		for (i = 0; list[i]; i++) {
			if (i == WORD_LIST_MAX)
				cw_errx(2, "internal error: word_in: a list of "
				    "more than %d words", WORD_LIST_MAX);
			hashes[l][i] = ner_hash(list[i], strlen(list[i]));
		}
	}
	for (i = 0; list[i] && i < WORD_LIST_MAX; i++)
		if (w->lw == hashes[l][i])
			return 1;
	return 0;
}

static void
set_span(uint8_t *lab, size_t a, size_t b, int type)
{
	size_t i;

	for (i = a; i <= b; i++)
		lab[i] = (uint8_t)NER_LAB(type, a == b ? NER_U : i == a ? NER_B :
		    i == b ? NER_L : NER_I);
}

/* The words [*a, *b] grown to cover every mention they overlap. */
static void
cover(const uint8_t *lab, size_t n, size_t *a, size_t *b)
{
	while (*a > 0 && lab[*a] != 0 && NER_LAB_POS(lab[*a]) != NER_B &&
	    NER_LAB_POS(lab[*a]) != NER_U)
		(*a)--;
	while (*b + 1 < n && lab[*b] != 0 && NER_LAB_POS(lab[*b]) != NER_L &&
	    NER_LAB_POS(lab[*b]) != NER_U)
		(*b)++;
}

/* Is words[a, b) a country or city named in full? */
static int
is_place(const struct ner_word *w, size_t a, size_t b)
{
	static const int lists[] = { GAZ_COUNTRY, GAZ_CITY };
	size_t l;

	for (l = 0; l < 2; l++) {
		unsigned s = (w[a].gpos >> (3 * lists[l])) & 7;
		unsigned e = (w[b - 1].gpos >> (3 * lists[l])) & 7;

		if (a + 1 == b ? s == 1 + NER_U : s == 1 + NER_B &&
		    e == 1 + NER_L)
			return 1;
	}
	return 0;
}

/* Multi-word aliases ("Islamic State") are mentions wherever they stand
 * in capitals, whatever the model made of them; so are acronyms that are
 * aliases ("IS", "UN") outside a headline in capitals. */
static void
alias_spans(struct ner_doc *d, size_t s, uint8_t *lab)
{
	const struct ner_word *w = d->words + d->sw0[s];
	size_t n = d->sw0[s + 1] - d->sw0[s], i, j, len;
	const char *text = ner_doc_sent(d, s, &len);
	int type = -1;

	for (i = 0; i < n; i++) {
		if (!(w[i].flags & (WF_INITCAP | WF_ALLCAP)))
			continue;
		j = !ner_aliases_starts(d->aliases, w[i].lw) ? i :
		    i + 5 < n ? i + 5 : n - 1;
		for (; j > i; j--) {
			size_t k;

			for (k = i; k <= j; k++)
				if (!(w[k].flags & WF_LETTER))
					break;
			if (k <= j || !(w[j].flags & (WF_INITCAP | WF_ALLCAP)))
				continue;
			if (ner_aliases_match(d->aliases, text + w[i].start,
			    w[j].end - w[i].start, (w[i].flags & WF_CAPSENT) != 0,
			    &type) != NULL)
				break;
		}
		/* one word: in capitals or capitalised, not in a headline,
		 * and not a common word capitalised ("Is"); an acronym
		 * ("IS") is an alias even when its letters spell one */
		if (j == i && !((w[i].flags & WF_LETTER) &&
		    !(w[i].flags & WF_CAPSENT) &&
		    (!(w[i].gaz & (1u << GAZ_LOWER)) ||
		    (w[i].flags & WF_ALLCAP)) &&
		    w[i].end - w[i].start >= 2 && ner_aliases_match(d->aliases,
		    text + w[i].start, w[i].end - w[i].start, 0, &type) != NULL))
			continue;
		{
			/* never cut a longer mention ("United States Golf
			 * Association") */
			size_t a = i, b = j;

			cover(lab, n, &a, &b);
			if (a < i || b > j)
				continue;
		}
		if (type < 0)
			type = lab[i] ? NER_LAB_TYPE(lab[i]) : NER_MISC;
		memset(lab + i, 0, j - i + 1);
		set_span(lab, i, j, type);
		i = j;
	}
}

/* Is s[0, n) an article and a capitalised name: al-Assad, el-Sisi? */
static int
arabic_surname(const char *s, size_t n)
{
	return n >= 4 && (s[0] == 'a' || s[0] == 'e') && s[1] == 'l' &&
	    s[2] == '-' && s[3] >= 'A' && s[3] <= 'Z';
}

/*
 * Rules the statistics miss: a name after "Mr" is a person's and "Mr" is
 * not part of it; "the Barada valley" is a place; "envoy for Syria
 * Staffan de Mistura" is a place and a person, not one organisation.
 */
static void
fix_labels(struct ner_doc *d, size_t s)
{
	const struct ner_word *w = d->words + d->sw0[s];
	uint8_t *lab = d->lab2 + d->sw0[s];
	size_t n = d->sw0[s + 1] - d->sw0[s], i, a = 0, k, len;
	const char *text = ner_doc_sent(d, s, &len);

	alias_spans(d, s, lab);
	for (i = 0; i < n; i++) {
		int p, type;

		if (lab[i] == 0)
			continue;
		p = NER_LAB_POS(lab[i]);
		if (p == NER_U && i == 0 && word_in(&w[i], openers)) {
			lab[i] = 0;    /* "Aside from ...": capitalised for its
					  place, not a name */
			continue;
		}
		if (p == NER_B || p == NER_U)
			a = i;
		if (p != NER_L && p != NER_U)
			continue;
		type = NER_LAB_TYPE(lab[i]);
		/* "Bashar" + "al-Ja'afari", "Fatah" + "al-Sham": a name goes
		 * on over an article */
		while (i + 1 < n && lab[i + 1] == 0 &&
		    arabic_surname(text + w[i + 1].start,
		    w[i + 1].end - w[i + 1].start)) {
			i++;
			set_span(lab, a, i, NER_PER);
		}
		/* "Osama" + "bin" + "Laden", "Mohammed bin Salman": a
		 * person's name goes on over "son of", whatever the model
		 * made of the name after it */
		while (type == NER_PER && i + 2 < n && lab[i + 1] == 0 &&
		    word_in(&w[i + 1], patronymics) &&
		    !(w[i + 1].flags & (WF_INITCAP | WF_ALLCAP)) &&
		    (w[i + 2].flags & WF_INITCAP)) {
			size_t c = i + 2;

			i = c;
			cover(lab, n, &c, &i);
			set_span(lab, a, i, NER_PER);
		}
		if (type == NER_PER && a < i && word_in(&w[a], honorifics)) {
			lab[a] = 0;
			a++;
			set_span(lab, a, i, NER_PER);
		} else if (a < i && word_in(&w[a], honorifics)) {
			/* "Mr Smith of Acme Corp": the capitalised words after
			 * "Mr" are a person, the rest keeps its type */
			size_t q = a + 1, r;

			while (q <= i && (w[q].flags & (WF_INITCAP | WF_ALLCAP)))
				q++;
			for (r = q; r <= i && !(w[r].flags & (WF_INITCAP |
			    WF_ALLCAP)); r++)
				;
			memset(lab + a, 0, i - a + 1);
			if (q > a + 1)
				set_span(lab, a + 1, q - 1, NER_PER);
			if (r <= i)
				set_span(lab, r, i, type);
			continue;
		}
		/* "President Zelenskiy" tagged an organisation: a person's
		 * title and one name are a person, named without the title
		 * (as after "Mr"); not when the name is a word the training
		 * text also writes in lower case, a common word */
		if (type != NER_PER && i == a + 1 && word_in(&w[a], titles) &&
		    (w[a].flags & WF_INITCAP) && (w[i].flags & WF_INITCAP) &&
		    !(w[i].gaz & (1u << GAZ_LOWER))) {
			lab[a] = 0;
			set_span(lab, i, i, NER_PER);
			continue;
		}
		if (a > 0 && word_in(&w[a - 1], honorifics) && type != NER_PER &&
		    (w[a].flags & WF_INITCAP)) {
			set_span(lab, a, i, NER_PER);
			type = NER_PER;
		}
		if (type != NER_LOC && ((i + 1 < n &&
		    !(w[i + 1].flags & (WF_INITCAP | WF_ALLCAP)) &&
		    word_in(&w[i + 1], place_nouns)) ||
		    (a < i && word_in(&w[a], place_heads))))
			set_span(lab, a, i, type = NER_LOC);
		if (type != NER_PER && i - a >= 2) {
			for (k = a + 1; k + 1 <= i; k++) {
				size_t m;
				int particle = 0;

				if (!is_place(w, a, k) ||
				    !(w[k].flags & WF_INITCAP))
					continue;
				for (m = k; m <= i; m++)
					if (word_in(&w[m], name_particles) ||
					    (w[m].gaz & (1u << GAZ_FIRST)))
						particle = 1;
				if (!particle || i - k < 1)
					continue;
				set_span(lab, a, k - 1, NER_LOC);
				set_span(lab, k, i, NER_PER);
				break;
			}
		}
	}
}

static void
add_mention(struct ner_doc *d, size_t s, size_t a, size_t b, int type)
{
	const struct ner_word *w = d->words + d->sw0[s];
	struct ner_mention *m;
	size_t len;
	const char *text = ner_doc_sent(d, s, &len);
	int capsent = (w[a].flags & WF_CAPSENT) != 0;

	if (d->nm == d->capm) {
		d->capm = d->capm ? 2 * d->capm : 64;
		d->m = cw_reallocarray(d->m, d->capm, sizeof(*d->m));
	}
	m = &d->m[d->nm++];
	m->sent = s;
	m->start = w[a].start;
	m->end = w[b].end;
	m->type = type;
	m->alias = ner_canon_name(d->aliases, text + m->start, m->end - m->start,
	    &m->type, capsent, &d->key, &d->name);
	if (d->key.len == 0 || d->name.len == 0) {
		d->nm--;       /* no letter or digit to name ("__"): no name */
		return;
	}
	m->key = d->names.len;
	m->keylen = d->key.len;
	buf_add(&d->names, d->key.data, d->key.len);
	m->name = d->names.len;
	m->namelen = d->name.len;
	buf_add(&d->names, d->name.data, d->name.len);
	m->nwords = count_words(d->key.data, d->key.len);
}

void
ner_doc_tag(struct ner_doc *d)
{
	unsigned rowbits = d->model->pass[0].bits > d->model->pass[1].bits ?
	    d->model->pass[0].bits : d->model->pass[1].bits;
	size_t s, i, len;
	const char *text;

	d->nwords = 0;
	d->nm = 0;
	d->nent = 0;
	buf_reset(&d->names);
	if (d->capsw0 < d->nsent + 1) {
		d->capsw0 = d->capsent + 1;
		d->sw0 = cw_reallocarray(d->sw0, d->capsw0, sizeof(size_t));
	}
	grow_words(d, 1);        /* no null pointers, even with no words */
	for (s = 0; s < d->nsent; s++) {
		text = ner_doc_sent(d, s, &len);
		d->wk.toks.n = 0;
		ner_tokenize(text, len, &d->wk.toks);
		grow_words(d, d->wk.toks.n);
		d->sw0[s] = d->nwords;
		ner_words(&d->model->gaz, text, &d->wk.toks,
		    d->words + d->nwords, &d->wk);
		d->nwords += d->wk.toks.n;
	}
	d->sw0[d->nsent] = d->nwords;
	/* First pass: features of every word, kept for the second, in rows
	 * of the larger table's bits (ner_decode). */
	d->off[0] = 0;
	for (s = 0; s < d->nsent; s++) {
		size_t w0 = d->sw0[s], n = d->sw0[s + 1] - w0;

		for (i = 0; i < n; i++) {
			uint32_t *r = grow_rows(&d->rows, &d->caprows,
			    d->off[w0 + i], NER_MAXFEAT);

			d->off[w0 + i + 1] = d->off[w0 + i] + ner_features(
			    d->words + w0, n, i, NULL, rowbits, r);
		}
		ner_decode(d->model, 0, d->rows, d->off + w0, n, rowbits, &d->dec,
		    d->lab1 + w0);
	}
	ner_docinfo(&d->dm, d->words, d->lab1, d->nwords, d->di);
	/* second pass: the same features and the document's */
	for (s = 0; s < d->nsent; s++) {
		size_t w0 = d->sw0[s], n = d->sw0[s + 1] - w0;

		if (d->capoff2 < n + 1) {
			d->capoff2 = 2 * n + 64;
			d->off2 = cw_reallocarray(d->off2, d->capoff2,
			    sizeof(size_t));
		}
		d->off2[0] = 0;
		for (i = 0; i < n; i++) {
			size_t used = d->off2[i];
			size_t nb = d->off[w0 + i + 1] - d->off[w0 + i];
			uint32_t *r = grow_rows(&d->rows2, &d->caprows2, used,
			    NER_MAXFEAT);

			memcpy(r, d->rows + d->off[w0 + i], nb * sizeof(uint32_t));
			nb += ner_features_doc(d->words + w0, n, i, d->di + w0,
			    rowbits, r + nb);
			d->off2[i + 1] = used + nb;
		}
		ner_decode(d->model, 1, d->rows2, d->off2, n, rowbits, &d->dec,
		    d->lab2 + w0);
	}
	for (s = 0; s < d->nsent; s++)
		fix_labels(d, s);
	for (s = 0; s < d->nsent; s++) {
		const uint8_t *lab = d->lab2 + d->sw0[s];
		size_t n = d->sw0[s + 1] - d->sw0[s], a = 0;

		for (i = 0; i < n; i++) {
			int p;


			if (lab[i] == 0)
				continue;
			p = NER_LAB_POS(lab[i]);
			if (p == NER_B || p == NER_U)
				a = i;
			if (p == NER_L || p == NER_U)
				add_mention(d, s, a, i, NER_LAB_TYPE(lab[i]));
		}
	}
	link_short_forms(d);
}

void
ner_doc_free(struct ner_doc *d)
{
	buf_free(&d->text);
	free(d->soff);
	free(d->words);
	free(d->sw0);
	free(d->lab1);
	free(d->lab2);
	free(d->di);
	free(d->rows);
	free(d->rows2);
	free(d->off);
	free(d->off2);
	ner_docmap_free(&d->dm);
	ner_decoder_free(&d->dec);
	ner_toks_free(&d->wk.toks);
	buf_free(&d->wk.norm);
	free(d->wk.off);
	free(d->m);
	buf_free(&d->names);
	buf_free(&d->key);
	buf_free(&d->name);
	free(d->ent);
	free(d->ehash);
	free(d->wi);
	free(d->wbucket);
	memset(d, 0, sizeof(*d));
}
