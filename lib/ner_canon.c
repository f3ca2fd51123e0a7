/* ner_canon.c - keys and canonical names of mentions (see ner_canon.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "err.h"
#include "ner_canon.h"
#include "ner_feat.h"
#include "utf8.h"

/* Titles that come off the front of a person's name. */
static const char *const person_titles[] = {
	"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
	"president", "vice", "prime", "foreign", "defence", "defense",
	"interior", "finance", "minister", "deputy", "secretary", "general",
	"gen", "col", "colonel", "lt", "capt", "captain", "major", "maj",
	"sgt", "sheikh", "shaikh", "ayatollah", "imam", "king", "queen",
	"prince", "princess", "emir", "sultan", "pope", "envoy", "special",
	"ambassador", "chancellor", "senator", "sen", "rep", "gov",
	"governor", "mayor", "judge", "justice", "prof", "professor", "rev",
	"chief", "commander", "spokesman", "spokeswoman", "negotiator",
	NULL
};

/* Words that name the kind of organisation or place, not which one. */
static const char *const org_generic[] = {
	"the", "jabhat", "front", "harakat", "movement", "group", NULL
};
static const char *const loc_generic[] = {
	"the", "wadi", "valley", "river", NULL
};

/* Arabic articles, alone or joined by a hyphen ("al-Sham", "el Sisi"). */
static const char *const articles[] = { "al", "el", NULL };
/* Assimilated forms, only joined by a hyphen ("ash-Sham", "as-Sadr"). */
static const char *const articles_joined[] = {
	"ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul", "ed", "es",
	"er", "et", "ez", "en", "ath", "adh", "az", NULL
};

/* Spellings of one transliterated word; the first is the one used. */
static const char *const variants[][8] = {
	{ "mohammed", "mohammad", "muhammad", "muhammed", "mohamed",
	    "mohamad", "muhamed", "mohammet" },
	{ "ahmed", "ahmad", NULL },
	{ "mahmoud", "mahmud", "mahmood", NULL },
	{ "mustafa", "moustafa", "mostafa", "mustapha", NULL },
	{ "youssef", "yousef", "yusuf", "yousuf", "yussef", "youssouf",
	    NULL },
	{ "hussein", "husein", "hussain", "husain", "hossein", NULL },
	{ "hassan", "hasan", NULL },
	{ "osama", "usama", NULL },
	{ "omar", "umar", NULL },
	{ "abdul", "abdel", "abdal", NULL },
	{ "fatah", "fateh", "fath", NULL },
	{ "qaeda", "qaida", "qa'ida", "kaida", NULL },
	{ "hezbollah", "hizbollah", "hizbullah", "hizballah", NULL },
	{ "assad", "asad", NULL },
	{ "gaddafi", "qaddafi", "kadhafi", "qadhafi", "gadhafi", "kaddafi",
	    NULL },
	{ "nasrallah", "nasrullah", NULL },
	{ "rouhani", "rowhani", NULL },
	{ "jaafari", "jafari", "jaffari", NULL },
	{ "alloush", "allouch", "alloosh", "allush", NULL },
	{ "sharia", "shariah", NULL },
	{ "koran", "quran", "qur'an", NULL },
	{ "sunni", "sunnis", NULL },
	{ "shia", "shiite", "shi'ite", "shiites", NULL },
	{ "tehran", "teheran", NULL },
	{ "kiev", "kyiv", NULL },
	{ NULL }
};

/* Words written in lower case inside a canonical name. */
static const char *const lower_words[] = {
	"de", "van", "von", "der", "den", "da", "del", "della", "di", "du",
	"la", "le", "of", "and", "for", "the", "on", "in", "bin", "ibn",
	"bint", "y", NULL
};

struct alias {
	char *key;               /* neutral key, lower case */
	size_t keylen;
	uint64_t hash;           /* of key */
	char *name;
	int type;
};

struct ner_aliases {
	struct alias *v;
	size_t n, cap;
	size_t *slot;            /* open addressing over v by hash */
	size_t nslot;            /* power of two, > 2n */
	uint64_t *starts;        /* first words of aliases of 2+ words: an */
	size_t nstarts;          /* open-addressing set, 0 empty; nstarts */
	size_t capstarts;        /* in use of capstarts (a power of two) */
};

static const struct {
	const char *alias, *name;
	int type;
} builtin[] = {
	{ "Islamic State", "Islamic State", NER_ORG },
	{ "IS", "Islamic State", NER_ORG },
	{ "ISIS", "Islamic State", NER_ORG },
	{ "ISIL", "Islamic State", NER_ORG },
	{ "Daesh", "Islamic State", NER_ORG },
	{ "Da'esh", "Islamic State", NER_ORG },
	{ "Daish", "Islamic State", NER_ORG },
	{ "Islamic State of Iraq and Syria", "Islamic State", NER_ORG },
	{ "Islamic State of Iraq and the Levant", "Islamic State", NER_ORG },
	{ "Islamic State in Iraq and Syria", "Islamic State", NER_ORG },
	{ "Islamic State group", "Islamic State", NER_ORG },
	{ "UN", "United Nations", NER_ORG },
	{ "United Nations", "United Nations", NER_ORG },
	{ "US", "United States", NER_LOC },
	{ "USA", "United States", NER_LOC },
	{ "United States", "United States", NER_LOC },
	{ "United States of America", "United States", NER_LOC },
	{ "America", "United States", NER_LOC },
	{ "UK", "United Kingdom", NER_LOC },
	{ "Britain", "United Kingdom", NER_LOC },
	{ "Great Britain", "United Kingdom", NER_LOC },
	{ "United Kingdom", "United Kingdom", NER_LOC },
	{ "EU", "European Union", NER_ORG },
	{ "European Union", "European Union", NER_ORG },
	{ "NATO", "NATO", NER_ORG },
	{ "North Atlantic Treaty Organization", "NATO", NER_ORG },
	{ "North Atlantic Treaty Organisation", "NATO", NER_ORG },
	{ "Russian Federation", "Russia", NER_LOC },
	{ "UAE", "United Arab Emirates", NER_LOC },
	{ "United Arab Emirates", "United Arab Emirates", NER_LOC },
	{ "UNSC", "UN Security Council", NER_ORG },
	{ "UN Security Council", "UN Security Council", NER_ORG },
	{ "United Nations Security Council", "UN Security Council", NER_ORG },
	{ "Security Council", "UN Security Council", NER_ORG },
	{ "FSA", "Free Syrian Army", NER_ORG },
	{ "Free Syrian Army", "Free Syrian Army", NER_ORG },
	{ "Nusra Front", "Nusra Front", NER_ORG },
	{ "Jabhat al-Nusra", "Nusra Front", NER_ORG },
	{ "Fateh al-Sham", "Jabhat Fateh al-Sham", NER_ORG },
	{ "JFS", "Jabhat Fateh al-Sham", NER_ORG },
	{ "Ahrar al-Sham", "Ahrar al-Sham", NER_ORG },
	{ "al-Qaeda", "al-Qaeda", NER_ORG },
	{ "Hezbollah", "Hezbollah", NER_ORG },
	{ "Hamas", "Hamas", NER_ORG },
	{ "Taliban", "Taliban", NER_ORG },
	{ "IMF", "International Monetary Fund", NER_ORG },
	{ "International Monetary Fund", "International Monetary Fund",
	    NER_ORG },
	{ NULL, NULL, 0 }
};

static int
in(const char *const *list, const char *s, size_t n)
{
	size_t i;

	for (i = 0; list[i]; i++)
		if (list[i][0] == s[0] && strlen(list[i]) == n &&
		    memcmp(list[i], s, n) == 0)
			return 1;
	return 0;
}

/* A word of a mention while it is being folded. */
struct kword {
	size_t off, len;         /* in the scratch buffer */
	int hyphen;              /* a hyphen joined it to the next word */
	int acronym;
};

static int
is_word_break(int32_t cp)
{
	return cp == ' ' || cp == '-' || (cp >= 0x2010 && cp <= 0x2015) ||
	    cp == 0x2212 || cp == '/' || cp == '\t' || cp == '\n' ||
	    cp == 0xA0 || cp == '_';
}

/* Characters that vanish from a key. */
static int
is_dropped(int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC ||
	    cp == 0x02BF || cp == 0x02BE || cp == '`' || cp == 0xB4 ||
	    cp == '.' || cp == '"' || cp == 0x201C || cp == 0x201D ||
	    cp == ',' || cp == '(' || cp == ')' || cp == '[' || cp == ']' ||
	    cp == 0xAB || cp == 0xBB;
}

/* Fold one word s[0, n) into out: case, marks, dropped characters. */
static void
fold_word(const char *s, size_t n, int acronym, struct buf *out)
{
	utf8proc_uint8_t *m = NULL;
	utf8proc_ssize_t ml;
	size_t i, len;
	int32_t cp;
	char enc[4];

	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		;
	if (i == n) {           /* ASCII: no marks, no utf8proc */
		for (i = 0; i < n; i++) {
			char c = s[i];

			if (is_dropped((unsigned char)c))
				continue;
			if (acronym && c >= 'a' && c <= 'z')
				c -= 32;
			else if (!acronym && c >= 'A' && c <= 'Z')
				c += 32;
			buf_addc(out, c);
		}
		return;
	}
	ml = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
	    UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD |
	    UTF8PROC_COMPAT);
	if (ml < 0) {
		free(m);
		return;
	}
	for (i = 0; i < (size_t)ml; i += len) {
		len = utf8_decode((const char *)m + i, (size_t)ml - i, &cp);
		if (cp < 0 || is_dropped(cp))
			continue;
		if (acronym && cp >= 'a' && cp <= 'z')
			cp -= 32;
		buf_add(out, enc, utf8_encode(cp, enc));
	}
	free(m);
}

/*
 * Split and fold s[0, n) into words; neutral (no type rules) when type < 0.
 * The key is written to key, words joined by spaces.
 */
void
ner_canon_key(const char *s, size_t n, int type, int capsent, struct buf *key)
{
	struct buf scratch = BUF_INIT;
	struct kword w[64];
	size_t nw = 0, i, j, first, len;
	int32_t cp;

	/* split at spaces and hyphens */
	for (i = 0; i < n && nw < 64;) {
		size_t a, upper = 0, lower = 0;

		len = utf8_decode(s + i, n - i, &cp);
		if (is_word_break(cp)) {
			i += len;
			continue;
		}
		a = i;
		while (i < n) {
			len = utf8_decode(s + i, n - i, &cp);
			if (is_word_break(cp))
				break;
			if (cp < 0x80) {
				if (cp >= 'A' && cp <= 'Z')
					upper++;
				else if (cp >= 'a' && cp <= 'z')
					lower++;
			} else if (utf8proc_isupper(cp))
				upper++;
			else if (utf8proc_islower(cp))
				lower++;
			i += len;
		}
		w[nw].hyphen = i < n && cp != ' ' && cp != 0xA0 && cp != '\t' &&
		    cp != '\n';
		w[nw].acronym = !capsent && lower == 0 && upper >= 2 &&
		    upper <= 5;
		w[nw].off = scratch.len;
		fold_word(s + a, i - a, w[nw].acronym, &scratch);
		w[nw].len = scratch.len - w[nw].off;
		/* possessive 's left on the last word */
		if (w[nw].len > 2 && i == n && scratch.data[scratch.len - 1] == 's' &&
		    (s[i - 2] == '\'' || (i >= 4 && (unsigned char)s[i - 4] ==
		    0xE2 && (unsigned char)s[i - 3] == 0x80 &&
		    (unsigned char)s[i - 2] == 0x99))) {
			w[nw].len--;
			scratch.len--;
		}
		if (w[nw].len > 0)
			nw++;
	}
	/* variants */
	for (i = 0; i < nw; i++) {
		const char *p = scratch.data + w[i].off;

		if (w[i].acronym)
			continue;
		for (j = 0; variants[j][0]; j++) {
			size_t k;

			if (variants[j][0][0] != p[0] && !(p[0] == 'u' &&
			    variants[j][0][0] == 'o') && !(p[0] == 'k' ||
			    p[0] == 'q'))
				continue;
			for (k = 1; k < 8 && variants[j][k]; k++)
				if (strlen(variants[j][k]) == w[i].len &&
				    memcmp(variants[j][k], p, w[i].len) == 0)
					break;
			if (k < 8 && variants[j][k]) {
				w[i].off = scratch.len;
				buf_adds(&scratch, variants[j][0]);
				w[i].len = strlen(variants[j][0]);
				break;
			}
		}
	}
	/* Slavic surnames in -sky, transliterated four ways: Zelenskyy,
	 * Zelenskiy, Zelenskyi, Zelensky meet as zelensky */
	for (i = 0; type == NER_PER && i < nw; i++) {
		char *p = scratch.data + w[i].off;
		size_t m = w[i].len;

		if (!w[i].acronym && m >= 6 && p[m - 4] == 's' &&
		    p[m - 3] == 'k' && ((p[m - 2] == 'i' && p[m - 1] == 'y') ||
		    (p[m - 2] == 'y' && (p[m - 1] == 'y' || p[m - 1] == 'i')) ||
		    (p[m - 2] == 'i' && p[m - 1] == 'i'))) {
			p[m - 2] = 'y';
			w[i].len = m - 1;
		}
	}
	/* which words stay */
	first = 0;
	if (type == NER_PER)
		while (nw - first > 1 &&
		    in(person_titles, scratch.data + w[first].off, w[first].len))
			first++;
	buf_reset(key);
	for (i = first; i < nw; i++) {
		const char *p = scratch.data + w[i].off;
		size_t left = 0;

		for (j = i + 1; j < nw; j++)
			left++;
		if (left > 0 || key->len > 0) {
			/* a word that may go, when another stays */
			if (!w[i].acronym && (in(articles, p, w[i].len) ||
			    (w[i].hyphen && in(articles_joined, p, w[i].len))))
				continue;
			if (type == NER_ORG || type == NER_MISC ? in(org_generic,
			    p, w[i].len) : type == NER_LOC ? in(loc_generic, p,
			    w[i].len) : 0)
				continue;
		}
		if (key->len)
			buf_addc(key, ' ');
		buf_add(key, p, w[i].len);
	}
	if (key->len == 0 && nw > 0)
		buf_add(key, scratch.data + w[nw - 1].off, w[nw - 1].len);
	buf_free(&scratch);
}

/* The key's words capitalised (acronyms as they are). */
static void
render(const char *k, size_t n, struct buf *out)
{
	size_t i = 0, a, len;
	int32_t cp;
	char enc[4];

	while (i < n) {
		a = i;
		while (i < n && k[i] != ' ')
			i++;
		if (out->len)
			buf_addc(out, ' ');
		if (a > 0 && in(lower_words, k + a, i - a))
			buf_add(out, k + a, i - a);
		else if (i > a) {
			len = utf8_decode(k + a, i - a, &cp);
			if (len > i - a)    /* never past the word */
				len = i - a;
			if (cp > 0)
				cp = utf8proc_toupper(cp);
			buf_add(out, enc, cp > 0 ? utf8_encode(cp, enc) : 0);
			/* McConnell, McDonald: the one prefix whose next
			 * letter is always a capital */
			if (i - a >= 4 && k[a] == 'm' && k[a + 1] == 'c' &&
			    k[a + 2] >= 'a' && k[a + 2] <= 'z' &&
			    k[a + 3] >= 'a' && k[a + 3] <= 'z') {
				buf_addc(out, 'c');
				buf_addc(out, (char)(k[a + 2] - 32));
				buf_add(out, k + a + 3, i - a - 3);
			} else
				buf_add(out, k + a + len, i - a - len);
		}
		if (i < n)
			i++;
	}
}

static const struct alias *
alias_find(const struct ner_aliases *a, const char *k, size_t n)
{
	uint64_t h = ner_hash(k, n);
	size_t i;

	if (a->nslot == 0)
		return NULL;
	for (i = h & (a->nslot - 1); a->slot[i] != SIZE_MAX;
	    i = (i + 1) & (a->nslot - 1)) {
		const struct alias *al = &a->v[a->slot[i]];

		if (al->hash == h && al->keylen == n &&
		    memcmp(al->key, k, n) == 0)
			return al;
	}
	return NULL;
}

/* Index alias j, the newest; the whole table when it must grow. */
static void
alias_index(struct ner_aliases *a, size_t j)
{
	size_t i;

	if (a->nslot < 4 * a->n) {
		a->nslot = 64;
		while (a->nslot < 4 * a->n)
			a->nslot *= 2;
		a->slot = cw_reallocarray(a->slot, a->nslot, sizeof(size_t));
		j = 0;
	}
	if (j == 0)
		for (i = 0; i < a->nslot; i++)
			a->slot[i] = SIZE_MAX;
	for (; j < a->n; j++) {
		for (i = a->v[j].hash & (a->nslot - 1); a->slot[i] != SIZE_MAX;
		    i = (i + 1) & (a->nslot - 1))
			;
		a->slot[i] = j;
	}
}

/* Lower-case copy of a key (acronyms are upper case in keys). */
static void
lower_key(struct buf *k)
{
	size_t i;

	for (i = 0; i < k->len; i++)
		if (k->data[i] >= 'A' && k->data[i] <= 'Z')
			k->data[i] += 32;
}

/* Add h (odd, so never 0) to the set of first words. */
static void
starts_add(struct ner_aliases *a, uint64_t h)
{
	size_t i;

	if (ner_aliases_starts(a, h))
		return;
	if (4 * (a->nstarts + 1) > a->capstarts) {
		uint64_t *old = a->starts;
		size_t oldcap = a->capstarts, j;

		a->capstarts = oldcap ? 2 * oldcap : 64;
		a->starts = cw_calloc(a->capstarts, sizeof(uint64_t));
		a->nstarts = 0;
		for (j = 0; j < oldcap; j++)
			if (old[j])
				starts_add(a, old[j]);
		free(old);
	}
	for (i = h & (a->capstarts - 1); a->starts[i] != 0;
	    i = (i + 1) & (a->capstarts - 1))
		;
	a->starts[i] = h;
	a->nstarts++;
}

int
ner_aliases_add(struct ner_aliases *a, const char *alias, size_t an,
    const char *canon, size_t cn, int type)
{
	struct buf k = BUF_INIT;
	size_t i;
	int fresh;

	ner_canon_key(alias, an, -1, 0, &k);
	lower_key(&k);
	if (k.len == 0) {
		buf_free(&k);
		return -1;
	}
	{
		const struct alias *old = alias_find(a, k.data, k.len);

		i = old ? (size_t)(old - a->v) : a->n;
		fresh = old == NULL;
	}
	if (i == a->n) {
		if (a->n == a->cap) {
			a->cap = a->cap ? 2 * a->cap : 64;
			a->v = cw_reallocarray(a->v, a->cap, sizeof(*a->v));
		}
		a->n++;
	} else {
		free(a->v[i].key);
		free(a->v[i].name);
	}
	a->v[i].key = cw_strndup(k.data, k.len);
	a->v[i].keylen = k.len;
	a->v[i].hash = ner_hash(k.data, k.len);
	a->v[i].name = cw_strndup(canon, cn);
	a->v[i].type = type;
	{
		const char *sp = memchr(k.data, ' ', k.len);

		if (sp != NULL)
			starts_add(a, ner_hash(k.data, (size_t)(sp - k.data)) | 1);
	}
	if (fresh)
		alias_index(a, i);
	buf_free(&k);
	return 0;
}

struct ner_aliases *
ner_aliases_new(void)
{
	struct ner_aliases *a = cw_calloc(1, sizeof(*a));
	size_t i;

	for (i = 0; builtin[i].alias; i++)
		ner_aliases_add(a, builtin[i].alias, strlen(builtin[i].alias),
		    builtin[i].name, strlen(builtin[i].name), builtin[i].type);
	return a;
}

void
ner_aliases_free(struct ner_aliases *a)
{
	size_t i;

	if (a == NULL)
		return;
	for (i = 0; i < a->n; i++) {
		free(a->v[i].key);
		free(a->v[i].name);
	}
	free(a->v);
	free(a->slot);
	free(a->starts);
	free(a);
}

int
ner_aliases_starts(const struct ner_aliases *a, uint64_t h)
{
	size_t i;

	if (a->capstarts == 0)
		return 0;
	h |= 1;
	for (i = h & (a->capstarts - 1); a->starts[i] != 0;
	    i = (i + 1) & (a->capstarts - 1))
		if (a->starts[i] == h)
			return 1;
	return 0;
}

const char *
ner_aliases_match(const struct ner_aliases *a, const char *s, size_t n,
    int capsent, int *type)
{
	struct buf k = BUF_INIT;
	const struct alias *al;

	ner_canon_key(s, n, -1, capsent, &k);
	lower_key(&k);
	al = alias_find(a, k.data, k.len);
	buf_free(&k);
	if (al == NULL)
		return NULL;
	*type = al->type;
	return al->name;
}

int
ner_aliases_read(struct ner_aliases *a, const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	unsigned long lineno = 0;
	int status = 0;

	if (f == NULL) {
		cw_warn("%s", path);
		return -1;
	}
	while ((len = getline(&line, &cap, f)) > 0) {
		char *t1, *t2, *end = line + len;
		int type = -1, t;

		lineno++;
		while (end > line && (end[-1] == '\n' || end[-1] == '\r'))
			end--;
		*end = '\0';
		if (end == line || line[0] == '#')
			continue;
		t1 = strchr(line, '\t');
		t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (t1 == NULL || t1 == line || t1 + 1 == (t2 ? t2 : end)) {
			cw_warnat(path, lineno,
			    "want ALIAS<TAB>CANONICAL[<TAB>TYPE]");
			status = -1;
			break;
		}
		if (t2) {
			for (t = 0; t < NER_NTYPES; t++)
				if (strcmp(t2 + 1, ner_type_names[t]) == 0)
					type = t;
			if (type < 0) {
				cw_warnat(path, lineno, "bad TYPE \"%s\": want "
				    "PER, ORG, LOC or MISC", t2 + 1);
				status = -1;
				break;
			}
		}
		if (utf8_valid_prefix(line, (size_t)(end - line)) !=
		    (size_t)(end - line)) {
			cw_warnat(path, lineno, "invalid UTF-8");
			status = -1;
			break;
		}
		if (ner_aliases_add(a, line, (size_t)(t1 - line), t1 + 1,
		    (size_t)((t2 ? t2 : end) - t1 - 1), type) < 0) {
			cw_warnat(path, lineno, "ALIAS has no letters or digits");
			status = -1;
			break;
		}
	}
	if (status == 0 && ferror(f)) {
		cw_warn("%s", path);
		status = -1;
	}
	fclose(f);
	free(line);
	return status;
}

int
ner_canon_name(const struct ner_aliases *a, const char *s, size_t n,
    int *type, int capsent, struct buf *key, struct buf *name)
{
	const struct alias *al;

	static const int tries[] = { -1, -2, NER_ORG, NER_LOC };
	size_t t;

	buf_reset(name);
	al = NULL;
	for (t = 0; t < 4 && al == NULL; t++) {
		int ty = tries[t] == -2 ? *type : tries[t];

		if (t > 1 && ty == *type)
			continue;
		ner_canon_key(s, n, ty, capsent, key);
		lower_key(key);
		al = alias_find(a, key->data, key->len);
	}
	if (al == NULL)
		ner_canon_key(s, n, *type, capsent, key);
	if (al != NULL) {
		buf_adds(name, al->name);
		if (al->type >= 0)
			*type = al->type;
		/* the key of an alias is its name's, so that short forms
		 * and other outlets meet on it */
		ner_canon_key(al->name, strlen(al->name), *type, 0, key);
		return 1;
	}
	render(key->data, key->len, name);
	return 0;
}
