/*
 * diff_frame.c - the alias, desc and mark lines of diff-sources --terms
 * and their sections of the --html page (diff_frame.h): how each outlet
 * frames the people and groups it names.
 *
 * Words come from dtok_words() (diff_token.h), their classes from the
 * attribution lexicon (attr_word_class(), attrib.h): a title or role
 * (minister, spokesman, leader) heads a description; a determiner or a
 * preposition bounds one; a word that makes a clause (a conjunction, an
 * auxiliary, a pronoun, a speech verb) means there is none.  What each
 * pass finds becomes a row; rows are sorted and counted, so the cost is a
 * walk over the story and a sort, whatever the number of sources.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "attrib.h"
#include "buf.h"
#include "diff_frame.h"
#include "diff_intern.h"
#include "diff_report.h"
#include "diff_token.h"
#include "err.h"
#include "record.h"
#include "utf8.h"

#define DESC_WORDS 8         /* a longer run is a clause, not a title */
#define MARK_WORDS 3         /* words shown after a distancing word */

/* What an outlet calls something: ENTITY (or MARK) by SOURCE as TEXT. */
struct frame_row {
	uint32_t what, source, text;
};

struct frame_rows {
	struct frame_row *v;
	size_t n, cap;
	struct dint texts;
};

/* One sentence being read. */
struct frame_sent {
	const char *text;
	size_t len;
	struct dtok_words w;
	struct buf scratch;
	const size_t *espan;    /* its mentions' spans: espan[2 * ent ...] */
	size_t ent, nent;
};

static void
row_add(struct frame_rows *r, uint32_t what, uint32_t source,
    const char *text, size_t len)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->v = cw_reallocarray(r->v, r->cap, sizeof(*r->v));
	}
	r->v[r->n].what = what;
	r->v[r->n].source = source;
	r->v[r->n].text = dint_add(&r->texts, text, len);
	r->n++;
}

static int
cmp_row(const void *a, const void *b)
{
	const struct frame_row *x = a, *y = b;

	if (x->what != y->what)
		return x->what < y->what ? -1 : 1;
	if (x->source != y->source)
		return x->source < y->source ? -1 : 1;
	if (x->text != y->text)
		return x->text < y->text ? -1 : 1;
	return 0;
}

static void
rows_free(struct frame_rows *r)
{
	free(r->v);
	dint_free(&r->texts);
	memset(r, 0, sizeof(*r));
}

/* ---- words ---- */

static unsigned
word_class(struct frame_sent *fs, size_t i)
{
	size_t n;
	const char *f = dtok_fold(&fs->w, i, &n);

	return attr_word_class(f, n);
}

static int
word_is(struct frame_sent *fs, size_t i, const char *s)
{
	return dtok_word_is(&fs->w, i, s);
}

/*
 * Is text[a, b) spaces (no-break spaces too) and at most one of the
 * characters in allow?  Returns -1 if not, else how many of them (0, 1).
 */
static int
gap_count(const struct frame_sent *fs, size_t a, size_t b, const char *allow)
{
	int seen = 0;

	if (a > b)                  /* a mention that starts inside a word */
		return -1;
	while (a < b) {
		const unsigned char c = (unsigned char)fs->text[a];

		if (c == ' ')
			a++;
		else if (c == 0xc2 && a + 1 < b &&
		    (unsigned char)fs->text[a + 1] == 0xa0)
			a += 2;
		else if (*allow && strchr(allow, c) && !seen) {
			seen = 1;
			a++;
		} else
			return -1;
	}
	return seen;
}

/* Spaces and at most one of allow. */
static int
gap_only(const struct frame_sent *fs, size_t a, size_t b, const char *allow)
{
	return gap_count(fs, a, b, allow) >= 0;
}

/* Spaces and exactly one of punct: ", " */
static int
gap_is(const struct frame_sent *fs, size_t a, size_t b, const char *punct)
{
	return gap_count(fs, a, b, punct) == 1;
}

/* The gap after word i: a space or a hyphen, nothing that ends a phrase. */
static int
joined(const struct frame_sent *fs, size_t i)
{
	return i + 1 < fs->w.n &&
	    gap_only(fs, fs->w.v[i].end, fs->w.v[i + 1].start, "-");
}

/* "backed", "fighting": most likely a verb, which a title never holds. */
static int
verb_like(struct frame_sent *fs, size_t i)
{
	size_t n;
	const char *f = dtok_fold(&fs->w, i, &n);

	if (fs->w.v[i].flags & DTOK_CAP)
		return 0;
	return (n > 4 && memcmp(f + n - 2, "ed", 2) == 0) ||
	    (n > 5 && memcmp(f + n - 3, "ing", 3) == 0);
}

/* Mr, Dr: a courtesy title stands alone ("which back Mr Assad" is "Mr"). */
static int
courtesy(struct frame_sent *fs, size_t i)
{
	static const char *const words[] = {
		"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam",
		NULL
	};
	size_t k;

	for (k = 0; words[k]; k++)
		if (word_is(fs, i, words[k]))
			return 1;
	return 0;
}

/* "Kazakhstan's": a name's, whatever its place in the sentence. */
static int
possessive(const struct frame_sent *fs, size_t i)
{
	const struct dtok_word *w = &fs->w.v[i];
	const char *t = fs->text;

	return (w->end - w->start > 2 && t[w->end - 1] == 's' &&
	    t[w->end - 2] == '\'') || (w->end - w->start > 4 &&
	    t[w->end - 1] == 's' && memcmp(t + w->end - 4, "\xe2\x80\x99", 3) == 0);
}

/* "the rebels' chief negotiator": word i a plural possessive, its
 * apostrophe after it and a space before the next word.  Returns the
 * apostrophe's length in bytes, or 0. */
static size_t
plural_possessive(const struct frame_sent *fs, size_t i)
{
	const char *t = fs->text;
	size_t e = fs->w.v[i].end, n;

	if (i + 1 >= fs->w.n || t[e - 1] != 's')
		return 0;
	if (e < fs->len && t[e] == '\'')
		n = 1;
	else if (e + 3 <= fs->len && memcmp(t + e, "\xe2\x80\x99", 3) == 0)
		n = 3;
	else
		return 0;
	return fs->w.v[i + 1].start > e + n &&
	    gap_only(fs, e + n, fs->w.v[i + 1].start, "") ? n : 0;
}

/* "Russia backs President Assad": before a title, a lower-case word in -s
 * is a verb (or a plural, which does not qualify a title either). */
static int
verb_s(const struct frame_sent *fs, size_t i)
{
	const struct dtok_word *w = &fs->w.v[i];
	const char *t = fs->text;

	return !(w->flags & DTOK_CAP) && w->end - w->start > 2 &&
	    t[w->end - 1] == 's' && t[w->end - 2] != 's' &&
	    t[w->end - 2] != '\'' && !possessive(fs, i);
}

/* Is word i part of a name tag-entities found ("Syrian" in "Syrian regime
 * leader Bashar al-Assad", a MISC)? */
static int
in_mention(const struct frame_sent *fs, size_t i)
{
	size_t e;

	for (e = fs->ent; e < fs->ent + fs->nent; e++)
		if (fs->espan[2 * e] <= fs->w.v[i].start &&
		    fs->w.v[i].end <= fs->espan[2 * e + 1])
			return 1;
	return 0;
}

/*
 * Words i .. j-1 as an outlet wrote them, with U+2019 as an apostrophe and
 * one space or hyphen between them; titles and roles, and the sentence's
 * first word unless tag-entities found a name in it, lower-cased (acronyms
 * apart), so that two outlets' "Foreign Minister" and "foreign minister"
 * count as one while "Syria" and "Syrian" stay names.
 */
static void
phrase(struct frame_sent *fs, size_t i, size_t j, struct buf *out)
{
	buf_reset(out);
	for (; i < j; i++) {
		const struct dtok_word *w = &fs->w.v[i];
		size_t k = w->start;
		int lower = !(w->flags & DTOK_ACRONYM) &&
		    (((w->flags & DTOK_INITIAL) && !possessive(fs, i) &&
		    !in_mention(fs, i)) ||
		    (word_class(fs, i) & (ATTR_WORD_TITLE | ATTR_WORD_ROLE)) ||
		    courtesy(fs, i));

		if (out->len > 0 && plural_possessive(fs, i - 1))
			buf_adds(out, "' ");
		else if (out->len > 0)
			buf_addc(out, memchr(fs->text + fs->w.v[i - 1].end, '-',
			    w->start - fs->w.v[i - 1].end) ? '-' : ' ');
		while (k < w->end) {
			int32_t cp;
			char tmp[4];
			size_t len = utf8_decode(fs->text + k, w->end - k, &cp);

			if (len == 0)
				len = 1, cp = (unsigned char)fs->text[k];
			if (cp == 0x2019)
				cp = '\'';
			else if (lower)
				cp = utf8proc_tolower(cp);
			buf_add(out, tmp, utf8_encode(cp, tmp));
			k += len;
		}
	}
}

static void
sent_load(struct frame_sent *fs, const struct diff_story *st, size_t i)
{
	fs->text = diff_text(st, i, &fs->len);
	dtok_words(fs->text, fs->len, &fs->w);
	fs->espan = st->espan;
	fs->ent = st->s[i].ent;
	fs->nent = st->s[i].nent;
}

/* The canonical name of entity id, without its type. */
static const char *
entity_name(const struct diff_story *st, uint32_t id, size_t *len)
{
	size_t n;
	const char *k = dint_str(&st->ents, id, &n), *c = memchr(k, ':', n);

	c = c ? c + 1 : k;
	*len = n - (size_t)(c - k);
	return c;
}

/* ---- desc: the words beside a person's name ---- */

#define HEAD (ATTR_WORD_TITLE | ATTR_WORD_ROLE)

/*
 * A title or role right before the name, and the words that qualify it:
 * "Syrian regime leader", "President", "Mr", "the UN Special Envoy for
 * Syria".  Words a..b-1 of the description, the name starting at word b.
 */
static int
desc_before(struct frame_sent *fs, size_t b, size_t start, size_t *from)
{
	size_t k, a;
	int alone;

	if (b == 0 || !gap_only(fs, fs->w.v[b - 1].end, start, ""))
		return 0;
	k = b - 1;
	if (!(word_class(fs, k) & HEAD)) {
		/* "Envoy for Syria", "ambassador to the UN": a title's
		 * complement, capitalised, between the title and the name */
		size_t caps = 0;

		while (k > 0 && caps < 3 && (fs->w.v[k].flags & DTOK_CAP) &&
		    !(word_class(fs, k) & HEAD) && joined(fs, k - 1))
			k--, caps++;
		if (caps == 0)
			return 0;
		if (word_is(fs, k, "the") && k > 0 && joined(fs, k - 1))
			k--;
		if (!(word_is(fs, k, "for") || word_is(fs, k, "of") ||
		    word_is(fs, k, "to")) || k == 0 || !joined(fs, k - 1))
			return 0;
		k--;
		if (!(word_class(fs, k) & HEAD))
			return 0;
	}
	a = k;
	alone = courtesy(fs, k);
	while (!alone && a > 0 && b - a < DESC_WORDS && (joined(fs, a - 1) ||
	    plural_possessive(fs, a - 1))) {
		unsigned c = word_class(fs, a - 1);

		if ((c & (ATTR_WORD_DET | ATTR_WORD_PREP | ATTR_WORD_CLAUSE)) &&
		    !(c & HEAD))
			break;
		if ((fs->w.v[a - 1].flags & DTOK_NUM) || verb_like(fs, a - 1) ||
		    (verb_s(fs, a - 1) && !plural_possessive(fs, a - 1)))
			break;
		a--;
	}
	*from = a;
	return 1;
}

/*
 * Is words a..b-1 a description: at most DESC_WORDS words, a title or role
 * among the first three after a determiner, no word that makes a clause,
 * not opened by a preposition ("In a statement")?  On success *a skips the
 * determiner.
 */
static int
desc_words(struct frame_sent *fs, size_t *a, size_t b)
{
	size_t k, head = 0;

	if (*a < b && (word_class(fs, *a) & ATTR_WORD_DET))
		(*a)++;
	if (*a >= b || b - *a > DESC_WORDS ||
	    ((word_class(fs, *a) & ATTR_WORD_PREP) &&
	    !(word_class(fs, *a) & HEAD)))
		return 0;
	for (k = *a; k < b; k++) {
		unsigned c = word_class(fs, k);

		if (((c & ATTR_WORD_CLAUSE) && !(c & HEAD)) || verb_like(fs, k))
			return 0;
		if ((c & HEAD) && k < *a + 3)
			head = 1;
	}
	return head;
}

/* Does the phrase that ends at word j-1 end at a comma or the sentence's
 * end? */
static int
phrase_closed(const struct frame_sent *fs, size_t j)
{
	size_t end = j < fs->w.n ? fs->w.v[j].start : fs->len;

	return gap_is(fs, fs->w.v[j - 1].end, end, ",") ||
	    (j >= fs->w.n && gap_only(fs, fs->w.v[j - 1].end, end, ".;:)")) ||
	    gap_is(fs, fs->w.v[j - 1].end, end, ";:)");
}

/* "Mohammed Alloush, head of the rebel delegation, said": words after the
 * name's ", " up to the next punctuation. */
static int
desc_after(struct frame_sent *fs, size_t end, size_t *a, size_t *b)
{
	size_t j, k = dtok_word_at(&fs->w, end);

	if (k >= fs->w.n || !gap_is(fs, end, fs->w.v[k].start, ","))
		return 0;
	for (j = k; j < fs->w.n && j - k <= DESC_WORDS; j++)
		if (!joined(fs, j) && !plural_possessive(fs, j)) {
			j++;
			break;
		}
	if (!phrase_closed(fs, j))
		return 0;
	*a = k;
	*b = j;
	return desc_words(fs, a, j);
}

/* "Syria's ambassador to the UN, Bashar al-Ja'afari, who led": the phrase
 * before the name's ", ", the name closed by punctuation too. */
static int
desc_apposed(struct frame_sent *fs, size_t b, size_t start, size_t end,
    size_t *a)
{
	size_t k, to, next = dtok_word_at(&fs->w, end);

	if (b == 0 || !gap_is(fs, fs->w.v[b - 1].end, start, ","))
		return 0;
	to = next < fs->w.n ? fs->w.v[next].start : fs->len;
	if (next < fs->w.n ? !gap_is(fs, end, to, ",;:)") :
	    !gap_only(fs, end, to, ".;:)"))
		return 0;
	k = b - 1;
	while (k > 0 && (joined(fs, k - 1) || plural_possessive(fs, k - 1)) &&
	    b - k <= DESC_WORDS)
		k--;
	*a = k;
	return desc_words(fs, a, b);
}

/* Rows of sentence si (loaded in fs): what = the person (through as),
 * text = the description. */
static void
find_descriptions(const struct diff_story *st, size_t si, const uint32_t *as,
    struct frame_sent *fs, struct frame_rows *rows)
{
	const struct diff_sent *s = &st->s[si];
	size_t e;

	for (e = s->ent; e < s->ent + s->nent; e++) {
		size_t klen, start = st->espan[2 * e],
		    end = st->espan[2 * e + 1], b, a, z;
		const char *key = dint_str(&st->ents, st->eid[e], &klen);

		if (klen < 4 || memcmp(key, "PER:", 4) != 0)
			continue;
		b = dtok_word_at(&fs->w, start);
		if (desc_before(fs, b, start, &a))
			z = b;
		else if (desc_after(fs, end, &a, &z))
			;
		else if (desc_apposed(fs, b, start, end, &a))
			z = b;
		else
			continue;
		phrase(fs, a, z, &fs->scratch);
		row_add(rows, as[st->eid[e]], s->source, fs->scratch.data,
		    fs->scratch.len);
	}
}

/* ---- alias: names the text says are one ---- */

/*
 * The word after a cue that starts at word i: "formerly known as",
 * "previously known as", "also known as", "better known as", "formerly
 * called", "previously named", or a bare "formerly" before a name
 * ("Hayat Tahrir al-Sham (formerly Jabhat Fateh al-Sham)").  0 if none.
 */
static size_t
alias_cue(struct frame_sent *fs, size_t i)
{
	int former = word_is(fs, i, "formerly") || word_is(fs, i, "previously");

	if (!former && !word_is(fs, i, "also") && !word_is(fs, i, "better") &&
	    !word_is(fs, i, "once"))
		return 0;
	if (i + 2 < fs->w.n && word_is(fs, i + 1, "known") &&
	    word_is(fs, i + 2, "as"))
		return i + 3;
	if (former && i + 1 < fs->w.n &&
	    (word_is(fs, i + 1, "called") || word_is(fs, i + 1, "named")))
		return i + 2;
	if (word_is(fs, i, "formerly") && i + 1 < fs->w.n)
		return i + 1;
	return 0;
}

/* The mention of sentence si that starts at word k (or at word k + 1 after
 * "the"), as an index into st->eid; SIZE_MAX if none. */
static size_t
mention_at(const struct diff_story *st, size_t si, struct frame_sent *fs,
    size_t k)
{
	const struct diff_sent *s = &st->s[si];
	size_t e;

	if (k < fs->w.n && word_is(fs, k, "the"))
		k++;
	if (k >= fs->w.n)
		return SIZE_MAX;
	for (e = s->ent; e < s->ent + s->nent; e++)
		if (st->espan[2 * e] == fs->w.v[k].start)
			return e;
	return SIZE_MAX;
}

static int
same_type(const struct diff_story *st, uint32_t a, uint32_t b)
{
	size_t al, bl;
	const char *x = dint_str(&st->ents, a, &al),
	    *y = dint_str(&st->ents, b, &bl);
	const char *cx = memchr(x, ':', al), *cy = memchr(y, ':', bl);

	return cx && cy && cx - x == cy - y && memcmp(x, y, (size_t)(cx - x)) == 0;
}

/*
 * X for the cue at word i of sentence si, the name being y: the name just
 * before the cue, across a comma or an opening bracket ("Jabhat Fateh
 * al-Sham, formerly known as al-Nusra Front"); or, when the sentence opens
 * "The group was ..." or "It was ...", the last name of y's type in the
 * sentence before it, of the same source and paragraph.
 */
static size_t
alias_subject(const struct diff_story *st, size_t si, struct frame_sent *fs,
    size_t i, uint32_t y)
{
	const struct diff_sent *s = &st->s[si], *p;
	size_t e, cue = fs->w.v[i].start, best = SIZE_MAX;

	for (e = s->ent; e < s->ent + s->nent; e++)
		if (st->espan[2 * e + 1] <= cue)
			best = e;
	if (best != SIZE_MAX)
		return gap_only(fs, st->espan[2 * best + 1], cue, ",(") ?
		    best : SIZE_MAX;
	if (i == 0 || i > 4 || si == 0 ||
	    !(word_is(fs, 0, "the") || word_is(fs, 0, "it") ||
	    word_is(fs, 0, "this")) ||
	    !(word_class(fs, i - 1) & ATTR_WORD_CLAUSE))
		return SIZE_MAX;
	p = &st->s[si - 1];
	if (p->source != s->source || p->para != s->para)
		return SIZE_MAX;
	for (e = p->ent + p->nent; e > p->ent; e--)
		if (same_type(st, st->eid[e - 1], y))
			return e - 1;
	return SIZE_MAX;
}

/* Rows of sentence si (loaded in fs): what = X, source = Y, two entity
 * ids, X also (or once) called Y. */
static void
find_aliases(const struct diff_story *st, size_t si, struct frame_sent *fs,
    struct frame_rows *rows)
{
	size_t i;

	for (i = 0; i < fs->w.n; i++) {
		size_t c = alias_cue(fs, i), ye, xe;

		if (c == 0 || (ye = mention_at(st, si, fs, c)) == SIZE_MAX ||
		    (xe = alias_subject(st, si, fs, i, st->eid[ye])) ==
		    SIZE_MAX || st->eid[xe] == st->eid[ye])
			continue;
		row_add(rows, st->eid[xe], st->eid[ye], "", 0);
	}
}

/* ---- mark: distancing words ---- */

/*
 * Words by which a writer keeps a name or a claim at arm's length.  A
 * closed list: an outlet's use of any of them is a choice worth showing,
 * however rare.
 */
static const char *const distancing[] = {
	"so-called", "self-styled", "self-proclaimed", "self-declared",
	"purported", "purportedly", "alleged", "allegedly", "supposedly",
	"would-be", NULL
};

/*
 * Could text hold a distancing word?  In ASCII text without apostrophes a
 * word folds to its own letters lower-cased, so a sentence where none of
 * the words appears (any case) holds none, and is not cut into words for
 * them.  Other text may fold into one.
 */
static int
may_mark(const char *text, size_t len)
{
	static unsigned char starts[256];   /* first letters of the words */
	size_t i, k, j;

	if (!starts[(unsigned char)distancing[0][0]])
		for (k = 0; distancing[k]; k++)
			starts[(unsigned char)distancing[k][0]] = 1;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];

		if (c >= 0x80 || c == '\'')
			return 1;
		if (!starts[c | 0x20])
			continue;
		for (k = 0; distancing[k]; k++) {
			for (j = 0; distancing[k][j] && i + j < len &&
			    (text[i + j] | 0x20) == distancing[k][j]; j++)
				;
			if (distancing[k][j] == '\0')
				return 1;
		}
	}
	return 0;
}

/* The distancing word at word i (one word or two joined by a hyphen):
 * how many words it takes, 0 if none. */
static size_t
mark_at(struct frame_sent *fs, size_t i, struct buf *word)
{
	size_t n, k;
	const char *f = dtok_fold(&fs->w, i, &n);

	buf_reset(word);
	buf_add(word, f, n);
	for (k = 0; distancing[k]; k++)
		if (strlen(distancing[k]) == word->len &&
		    memcmp(distancing[k], word->data, word->len) == 0)
			return 1;
	if (i + 1 >= fs->w.n || fs->w.v[i + 1].start != fs->w.v[i].end + 1 ||
	    fs->text[fs->w.v[i].end] != '-')
		return 0;
	buf_addc(word, '-');
	f = dtok_fold(&fs->w, i + 1, &n);
	buf_add(word, f, n);
	for (k = 0; distancing[k]; k++)
		if (strlen(distancing[k]) == word->len &&
		    memcmp(distancing[k], word->data, word->len) == 0)
			return 2;
	return 0;
}

/*
 * Rows of sentence si (loaded in fs): what = the source, source = the
 * distancing word's id in marks, text = what it qualifies: the canonical
 * name of a mention right after it, else up to MARK_WORDS words, up to
 * punctuation, a determiner, a preposition or a word that makes a clause.
 * word is scratch.
 */
static void
find_marks(const struct diff_story *st, size_t si, struct frame_sent *fs,
    struct dint *marks, struct buf *word, struct frame_rows *rows)
{
	uint32_t src = st->s[si].source;
	size_t i;

	for (i = 0; i < fs->w.n; i++) {
		size_t m = mark_at(fs, i, word), k, e, j;
		uint32_t id;

		if (m == 0)
			continue;
		id = dint_add(marks, word->data, word->len);
		k = i + m;
		if (k >= fs->w.n || !gap_only(fs, fs->w.v[k - 1].end,
		    fs->w.v[k].start, ""))
			continue;
		if ((e = mention_at(st, si, fs, k)) != SIZE_MAX) {
			size_t len;
			const char *name = entity_name(st, st->eid[e], &len);

			row_add(rows, src, id, name, len);
			continue;
		}
		for (j = k; j < fs->w.n && j - k < MARK_WORDS; j++) {
			if (word_class(fs, j) & (ATTR_WORD_CLAUSE |
			    ATTR_WORD_PREP | ATTR_WORD_DET))
				break;
			if (!joined(fs, j)) {
				j++;
				break;
			}
		}
		if (j == k)
			continue;
		phrase(fs, k, j, &fs->scratch);
		row_add(rows, src, id, fs->scratch.data, fs->scratch.len);
	}
}

/* ---- counting ---- */

/* A row and how often it came. */
struct counted {
	uint32_t what, source, text;
	unsigned long n;
	unsigned long rank;   /* the order of its WHAT in the output */
};

/* What the three passes found, counted and in output order. */
struct frame_view {
	struct counted *alias;        /* what = X, source = Y, n sentences */
	size_t nalias;
	struct counted *users;        /* mentions of the alias names, by
	                                 entity and source */
	size_t nusers;
	struct counted *desc;         /* what = person, text = description */
	size_t ndesc;
	struct counted *mark;         /* what = source, source = the word */
	size_t nmark;
	struct frame_rows aliasrows, descrows, markrows;
	struct dint marks;
};

/* Sort the rows and fold equal ones into counted rows (in *out). */
static size_t
count_rows(struct frame_rows *r, struct counted **out)
{
	struct counted *c = cw_reallocarray(NULL, r->n + 1, sizeof(*c));
	size_t i, n = 0;

	qsort(r->v, r->n, sizeof(*r->v), cmp_row);
	for (i = 0; i < r->n; i++) {
		if (n > 0 && cmp_row(&r->v[i], &r->v[i - 1]) == 0) {
			c[n - 1].n++;
			continue;
		}
		c[n].what = r->v[i].what;
		c[n].source = r->v[i].source;
		c[n].text = r->v[i].text;
		c[n].n = 1;
		c[n].rank = 0;
		n++;
	}
	*out = c;
	return n;
}

/* By rank, source, most frequent first, then first seen. */
static int
cmp_counted(const void *a, const void *b)
{
	const struct counted *x = a, *y = b;

	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	if (x->source != y->source)
		return x->source < y->source ? -1 : 1;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	if (x->text != y->text)
		return x->text < y->text ? -1 : 1;
	return 0;
}

/*
 * Mentions of the entities marked in want (ids read through as, when not
 * NULL), counted by entity and source, so that each entity's users are
 * one run.
 */
static size_t
mention_counts(const struct diff_story *st, const unsigned char *want,
    const uint32_t *as, struct counted **out)
{
	struct frame_rows r = { 0 };
	size_t i, e, n;

	for (i = 0; i < st->n; i++)
		for (e = st->s[i].ent; e < st->s[i].ent + st->s[i].nent; e++) {
			uint32_t id = as ? as[st->eid[e]] : st->eid[e];

			if (want[id])
				row_add(&r, id, st->s[i].source, "", 0);
		}
	n = count_rows(&r, out);
	rows_free(&r);
	return n;
}

/* Pairs X, Y and how many sentences give them; the mentions of both. */
static void
count_aliases(const struct diff_story *st, struct frame_view *v)
{
	unsigned char *want;
	size_t i;

	if (v->aliasrows.n == 0)
		return;
	v->nalias = count_rows(&v->aliasrows, &v->alias);
	want = cw_calloc(st->ents.n, 1);
	for (i = 0; i < v->nalias; i++)
		want[v->alias[i].what] = want[v->alias[i].source] = 1;
	v->nusers = mention_counts(st, want, NULL, &v->users);
	free(want);
}

static int
cmp_entity_rank(const void *a, const void *b)
{
	const struct counted *x = a, *y = b;

	/* x->source holds the entity's number of sources here */
	if (x->source != y->source)
		return x->source > y->source ? -1 : 1;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return x->what < y->what ? -1 : x->what > y->what;
}

/*
 * The descriptions of the people two sources or more mention, those most
 * widely mentioned first, then by source.
 */
static void
count_descriptions(const struct diff_story *st, const uint32_t *as,
    struct frame_view *v)
{
	unsigned char *want;
	struct counted *d, *m, *ent;
	unsigned long *rank;
	size_t nd, nm, ne = 0, i, j, k;

	if (v->descrows.n == 0)
		return;
	nd = count_rows(&v->descrows, &d);
	want = cw_calloc(st->ents.n, 1);
	for (i = 0; i < nd; i++)
		want[d[i].what] = 1;
	nm = mention_counts(st, want, as, &m);
	/* one row per entity: its sources and mentions */
	ent = cw_reallocarray(NULL, nm + 1, sizeof(*ent));
	for (i = 0; i < nm; i = j) {
		ent[ne] = m[i];
		ent[ne].source = 0;
		ent[ne].n = 0;
		for (j = i; j < nm && m[j].what == m[i].what; j++) {
			ent[ne].source++;
			ent[ne].n += m[j].n;
		}
		if (ent[ne].source >= 2)
			ne++;
	}
	qsort(ent, ne, sizeof(*ent), cmp_entity_rank);
	rank = cw_calloc(st->ents.n, sizeof(*rank));
	for (i = 0; i < ne; i++)
		rank[ent[i].what] = i + 1;
	for (i = k = 0; i < nd; i++)
		if ((d[i].rank = rank[d[i].what]) != 0)
			d[k++] = d[i];
	qsort(d, k, sizeof(*d), cmp_counted);
	v->desc = d;
	v->ndesc = k;
	free(rank);
	free(ent);
	free(m);
	free(want);
}

/* The distancing words by source, then word. */
static void
count_marks(struct frame_view *v)
{
	size_t i;

	if (v->markrows.n == 0)
		return;
	v->nmark = count_rows(&v->markrows, &v->mark);
	for (i = 0; i < v->nmark; i++)
		v->mark[i].rank = v->mark[i].what;
	qsort(v->mark, v->nmark, sizeof(*v->mark), cmp_counted);
}

/* One walk over the sentences, each cut into words once for the three
 * passes, then the counts. */
static void
frame_view_build(struct frame_view *v, const struct diff_story *st)
{
	struct frame_sent fs = { 0 };
	struct buf word = BUF_INIT;
	uint32_t *as = NULL;
	size_t si;

	memset(v, 0, sizeof(*v));
	if (st->have_mentions)
		as = dreport_person_ids(st);
	for (si = 0; si < st->n; si++) {
		size_t len;
		const char *text = diff_text(st, si, &len);
		int named = as != NULL && st->s[si].nent > 0;

		if (!named && !may_mark(text, len))
			continue;       /* nothing to find: no words cut */
		sent_load(&fs, st, si);
		if (named) {
			find_aliases(st, si, &fs, &v->aliasrows);
			find_descriptions(st, si, as, &fs, &v->descrows);
		}
		find_marks(st, si, &fs, &v->marks, &word, &v->markrows);
	}
	count_aliases(st, v);
	count_descriptions(st, as, v);
	count_marks(v);
	buf_free(&word);
	free(as);
	dtok_words_free(&fs.w);
	buf_free(&fs.scratch);
}

static void
frame_view_free(struct frame_view *v)
{
	free(v->alias);
	free(v->users);
	free(v->desc);
	free(v->mark);
	rows_free(&v->aliasrows);
	rows_free(&v->descrows);
	rows_free(&v->markrows);
	dint_free(&v->marks);
}

/* ---- writing ---- */

/* "trt:1,presstv:2", the users of entity id among the counted mentions;
 * for the page, "trt:1, presstv:2" escaped. */
static void
out_users(const struct diff_story *st, const struct frame_view *v,
    uint32_t id, int html)
{
	size_t lo = 0, hi = v->nusers, k;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (v->users[mid].what < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (k = lo; k < v->nusers && v->users[k].what == id; k++) {
		size_t len;
		const char *src = dint_str(&st->sources, v->users[k].source,
		    &len);

		if (k > lo)
			out_puts(html ? ", " : ",");
		if (html)
			dreport_html_text(src, len);
		else
			out_write(src, len);
		out_putc(':');
		out_ulong(v->users[k].n);
	}
}

/* A record's first fields: the story key, if any, and the kind. */
static void
out_start(const char *key, size_t klen, const char *kind)
{
	if (key != NULL) {
		out_escaped(key, klen);
		out_putc('\t');
	}
	out_puts(kind);
}

void
dframe_terms(const struct diff_story *st, const char *key, size_t klen)
{
	struct frame_view v;
	size_t i, len;
	const char *s;

	frame_view_build(&v, st);
	for (i = 0; i < v.nalias; i++) {
		out_start(key, klen, "swap\talias\t");
		s = entity_name(st, v.alias[i].what, &len);
		out_escaped(s, len);
		out_putc('\t');
		out_users(st, &v, v.alias[i].what, 0);
		out_putc('\t');
		s = entity_name(st, v.alias[i].source, &len);
		out_escaped(s, len);
		out_putc('\t');
		out_users(st, &v, v.alias[i].source, 0);
		out_putc('\t');
		out_ulong(v.alias[i].n);
		out_endrec();
	}
	for (i = 0; i < v.ndesc; i++) {
		out_start(key, klen, "desc\t");
		s = dint_str(&st->sources, v.desc[i].source, &len);
		out_write(s, len);
		out_putc('\t');
		s = entity_name(st, v.desc[i].what, &len);
		out_escaped(s, len);
		out_putc('\t');
		s = dint_str(&v.descrows.texts, v.desc[i].text, &len);
		out_escaped(s, len);
		out_putc('\t');
		out_ulong(v.desc[i].n);
		out_endrec();
	}
	for (i = 0; i < v.nmark; i++) {
		out_start(key, klen, "mark\t");
		s = dint_str(&st->sources, v.mark[i].what, &len);
		out_write(s, len);
		out_putc('\t');
		s = dint_str(&v.marks, v.mark[i].source, &len);
		out_escaped(s, len);
		out_putc('\t');
		s = dint_str(&v.markrows.texts, v.mark[i].text, &len);
		out_escaped(s, len);
		out_putc('\t');
		out_ulong(v.mark[i].n);
		out_endrec();
	}
	frame_view_free(&v);
}

/* Text for the page, escaped; the count after it when above one. */
static void
html_counted(const char *s, size_t len, unsigned long n)
{
	dreport_html_text(s, len);
	if (n > 1) {
		out_puts(" &times;");
		out_ulong(n);
	}
}

void
dframe_html(const struct diff_story *st)
{
	struct frame_view v;
	size_t i, len;
	const char *s;

	frame_view_build(&v, st);
	out_puts("<h3>How each outlet describes the people</h3>\n");
	if (v.ndesc == 0)
		out_puts("<p class=\"note\">No title or apposition beside "
		    "the name of anyone two outlets mention.</p>\n");
	else
		out_puts("<div class=\"scroll\"><table>\n<tr><th>person</th>"
		    "<th>outlet</th><th>described as</th></tr>\n");
	for (i = 0; i < v.ndesc; i++) {
		const struct counted *d = &v.desc[i];

		out_puts("<tr><td>");
		if (i == 0 || v.desc[i - 1].what != d->what) {
			out_puts("<b>");
			s = entity_name(st, d->what, &len);
			dreport_html_text(s, len);
			out_puts("</b>");
		}
		out_puts("</td><td>");
		s = dint_str(&st->sources, d->source, &len);
		dreport_html_text(s, len);
		out_puts("</td><td>");
		s = dint_str(&v.descrows.texts, d->text, &len);
		html_counted(s, len, d->n);
		out_puts("</td></tr>\n");
	}
	if (v.ndesc > 0)
		out_puts("</table></div>\n");
	if (v.nalias > 0) {
		out_puts("<h3>Names the text gives as one</h3>\n<ul>\n");
		for (i = 0; i < v.nalias; i++) {
			out_puts("<li><b>");
			s = entity_name(st, v.alias[i].what, &len);
			dreport_html_text(s, len);
			out_puts("</b> (");
			out_users(st, &v, v.alias[i].what, 1);
			out_puts(") is also <b>");
			s = entity_name(st, v.alias[i].source, &len);
			dreport_html_text(s, len);
			out_puts("</b> (");
			out_users(st, &v, v.alias[i].source, 1);
			out_puts(")</li>\n");
		}
		out_puts("</ul>\n");
	}
	if (v.nmark > 0) {
		out_puts("<h3>Distancing words</h3>\n<ul>\n");
		for (i = 0; i < v.nmark; i++) {
			out_puts("<li><span class=\"src\">");
			s = dint_str(&st->sources, v.mark[i].what, &len);
			dreport_html_text(s, len);
			out_puts("</span>: <i>");
			s = dint_str(&v.marks, v.mark[i].source, &len);
			dreport_html_text(s, len);
			out_puts("</i> ");
			s = dint_str(&v.markrows.texts, v.mark[i].text, &len);
			html_counted(s, len, v.mark[i].n);
			out_puts("</li>\n");
		}
		out_puts("</ul>\n");
	}
	frame_view_free(&v);
}
