/*
 * sentence.c - English sentence boundaries for news text, by rules.
 *
 * One pass over the paragraph.  The scan jumps from one candidate byte to
 * the next (. ! ? and the first byte of an ellipsis, a bullet or curly
 * punctuation; a newline; a closing parenthesis; a colon; the first byte
 * of a separator line); everything else is skipped through a lookup table,
 * eight bytes at a time.  At a candidate the decision looks only at the
 * bytes around it, never further than LOOK_BACK or LINE_LOOK: the word
 * before a period, the closing quotes and brackets after it, the first
 * word after the whitespace that follows.  Nothing is allocated per
 * sentence; the spans go into a list that grows to the largest paragraph.
 *
 * The rules are those of pragmatic_segmenter and pySBD (the English
 * "Golden Rules") with Punkt's idea of words that usually start a
 * sentence; the word lists are in lib/abbrev.txt.  At a period, in order:
 *
 *  - a list marker ("1." "a.") at the start of a sentence is no end, and
 *    the item after the last one ("2.") starts a new sentence;
 *  - a title ("Mr.", "Gov."), "e.g." or "vs." is no end; "No.", "p." and
 *    "Jan." are none before a number;
 *  - an abbreviation that may end a sentence ("Co.", "U.S.", "etc."), a
 *    dotted word ("W.H.S."), or an initial ("J.") ends one only before a
 *    usual sentence starter ("in the U.S. How" but "the U.S. Government");
 *    "a.m." and "p.m." before any capital but a day, a month or a word in
 *    capitals; neither when the sentence is an opening phrase ("At 5 a.m.");
 *  - after any other word the period ends the sentence, unless a closing
 *    quote or bracket and a lower-case word follow ("'This is great.' she
 *    said") or no space does ("3.5", "example.com"; but "end.Next").
 *
 * ? and ! end a sentence, unless a closing quote or bracket and a
 * lower-case word follow, or "!" on a capitalised word does ("Yahoo! in").
 * An ellipsis ends one before a capital other than "I" unless it opens the
 * sentence; "[...]" is an omission.  Bullets, separator lines ("***"),
 * datelines ("TEHRAN (AFP) -"), mail headers' times, letters' closings,
 * credits in parentheses and emoticons are sentences or end them.  A
 * newline is whitespace unless a blank line, a bullet or list item, a
 * headline or a list of short lines makes it a boundary.
 *
 * Only whitespace is ever trimmed, so the spans cover every other byte.
 * The rules look back no further than the sentence's start where that
 * could change the answer, so that a sentence split again splits the same.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "abbrev.h"
#include "err.h"
#include "sentence.h"
#include "utf8.h"

/* How far the rules look back for a word or a line start, in bytes: the
 * decision stays local (and linear) whatever the text. */
#define LOOK_BACK 64
#define LINE_LOOK 200

/* Bytes that may start something the rules look at. */
enum {
	C_NONE, C_TERM, C_NEWLINE, C_PAREN, C_E2, C_COLON, C_RULE
};
static const unsigned char candidate[256] = {
	['.'] = C_TERM, ['!'] = C_TERM, ['?'] = C_TERM,
	['\n'] = C_NEWLINE, [')'] = C_PAREN, [0xE2] = C_E2,
	[':'] = C_COLON, [';'] = C_COLON,
	['*'] = C_RULE, ['='] = C_RULE, ['-'] = C_RULE, ['_'] = C_RULE,
	['~'] = C_RULE, ['#'] = C_RULE,
};

/* Characters after which a sentence goes on: ", ; : ) ] } %". */
static const unsigned char continues[256] = {
	[','] = 1, [';'] = 1, [':'] = 1, [')'] = 1, [']'] = 1, ['}'] = 1,
	['%'] = 1,
};

/* What follows a possible boundary, after the whitespace. */
enum next_kind {
	N_END,          /* end of the paragraph */
	N_LOWER,        /* a lower-case letter */
	N_UPPER,        /* a capital (or title-case) letter */
	N_DIGIT,
	N_CONT,         /* , ; : ) ] } % and the like: the sentence goes on */
	N_OTHER         /* anything else: a dash, a symbol, a bullet */
};

struct next {
	enum next_kind kind;
	size_t at;              /* where the next token starts */
	int opened;             /* an opening quote or bracket came first */
	const unsigned char *word;  /* its first letter */
};

/* List item markers: "1." "1.)" "1)" and "a." "a)". */
enum marker_style { M_NONE, M_DOT, M_DOTPAREN, M_PAREN };

#define UNKNOWN SIZE_MAX

struct splitter {
	const unsigned char *t;
	size_t n;
	size_t start;           /* the current sentence begins here (may be
	                         * whitespace, trimmed when it is cut) */
	size_t text;            /* its first byte that is not whitespace, */
	size_t word;            /* and its first word (after bullets and
	                         * opening quotes), or UNKNOWN until needed */
	int opening;            /* in sentence_opening(): do not recurse */
	struct sent_list *out;
	unsigned long marker;   /* value of the last list marker (a = 1) */
	enum marker_style style;
};

/* ---- characters ---- */

static const unsigned char ascii_space[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1, ['\v'] = 1,
};

/* space_at() beyond ASCII. */
static size_t
space_at_wide(const unsigned char *t, size_t i, size_t n)
{
	unsigned char c = t[i];

	if (c == 0xC2 && i + 1 < n && (t[i + 1] == 0xA0 || t[i + 1] == 0x85))
		return 2;
	if (i + 2 >= n)
		return 0;
	if (c == 0xE2) {
		if (t[i + 1] == 0x80 && ((t[i + 2] >= 0x80 && t[i + 2] <= 0x8A) ||
		    t[i + 2] == 0xA8 || t[i + 2] == 0xA9 || t[i + 2] == 0xAF))
			return 3;
		if (t[i + 1] == 0x81 && t[i + 2] == 0x9F)
			return 3;
		return 0;
	}
	if (c == 0xE1 && t[i + 1] == 0x9A && t[i + 2] == 0x80)
		return 3;
	if (c == 0xE3 && t[i + 1] == 0x80 && t[i + 2] == 0x80)
		return 3;
	return 0;
}

/*
 * Length of the whitespace character at t[i], or 0.  Whitespace is ASCII
 * space, TAB, LF, CR, FF, VT, U+0085, U+2028, U+2029 and the space
 * separators (Zs): U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F, U+3000.
 */
static inline size_t
space_at(const unsigned char *t, size_t i, size_t n)
{
	unsigned char c = t[i];

	if (c < 0x80)
		return ascii_space[c];
	return space_at_wide(t, i, n);
}

/* Length of the whitespace character that ends just before t[i], or 0. */
static inline size_t
space_before(const unsigned char *t, size_t i)
{
	if (i == 0)
		return 0;
	if (t[i - 1] < 0x80)
		return ascii_space[t[i - 1]];
	if (i >= 2 && space_at(t, i - 2, i) == 2)
		return 2;
	if (i >= 3 && space_at(t, i - 3, i) == 3)
		return 3;
	return 0;
}

static size_t
skip_space(const unsigned char *t, size_t i, size_t n)
{
	size_t k;

	while (i < n && (k = space_at(t, i, n)) > 0)
		i += k;
	return i;
}

static int
is_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

static int
is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(unsigned char c)
{
	return is_lower(c) || is_upper(c);
}

/* Is c one of the ASCII characters in set? */
static int
in_set(unsigned char c, const char *set)
{
	return c != '\0' && strchr(set, c) != NULL;
}

/* Three-byte sequences E2 xx yy that the rules know. */
static int
e2_is(const unsigned char *t, size_t i, size_t n, unsigned char b1,
    unsigned char b2)
{
	return i + 2 < n && t[i] == 0xE2 && t[i + 1] == b1 && t[i + 2] == b2;
}

/* A bullet: • ‣ ⁃ ◦ ▪ ● ■ ► ➢ ✓ ✔. */
static size_t
bullet_at(const unsigned char *t, size_t i, size_t n)
{
	if (i + 2 >= n || t[i] != 0xE2)
		return 0;
	switch (t[i + 1]) {
	case 0x80:
		return t[i + 2] == 0xA2 || t[i + 2] == 0xA3 ? 3 : 0;
	case 0x81:
		return t[i + 2] == 0x83 ? 3 : 0;
	case 0x96:
		return t[i + 2] == 0xAA || t[i + 2] == 0xA0 ||
		    t[i + 2] == 0xBA ? 3 : 0;
	case 0x97:
		return t[i + 2] == 0xA6 || t[i + 2] == 0x8F ? 3 : 0;
	case 0x9C:
		return t[i + 2] == 0x93 || t[i + 2] == 0x94 ? 3 : 0;
	case 0x9E:
		return t[i + 2] == 0xA2 ? 3 : 0;
	default:
		return 0;
	}
}

/* An opening quote or bracket: " ' ( [ { “ ‘ « ‹ „ ¿ ¡. */
static size_t
opener_at(const unsigned char *t, size_t i, size_t n)
{
	switch (t[i]) {
	case '"': case '\'': case '(': case '[': case '{':
		return 1;
	case 0xC2:
		return i + 1 < n && (t[i + 1] == 0xAB || t[i + 1] == 0xBF ||
		    t[i + 1] == 0xA1) ? 2 : 0;
	case 0xE2:
		if (e2_is(t, i, n, 0x80, 0x9C) || e2_is(t, i, n, 0x80, 0x98) ||
		    e2_is(t, i, n, 0x80, 0xB9) || e2_is(t, i, n, 0x80, 0x9E))
			return 3;
		return 0;
	default:
		return 0;
	}
}

/* A closing quote or bracket at t[i]: " ' ) ] } ” ’ » ›.  A quote followed
 * by a letter is an apostrophe ("Jr.'s") or opens the next word. */
static size_t
closer_at(const unsigned char *t, size_t i, size_t n)
{
	size_t k = 0;
	int quote = 0;

	switch (t[i]) {
	case ')': case ']': case '}':
		return 1;
	case '"': case '\'':
		k = 1;
		quote = 1;
		break;
	case 0xC2:
		if (i + 1 < n && t[i + 1] == 0xBB)
			k = 2;
		break;
	case 0xE2:
		if (e2_is(t, i, n, 0x80, 0x9D) || e2_is(t, i, n, 0x80, 0x99) ||
		    e2_is(t, i, n, 0x80, 0xBA)) {
			k = 3;
			quote = 1;
		}
		break;
	}
	if (k && quote && i + k < n && (is_alpha(t[i + k]) || is_digit(t[i + k])))
		return 0;
	return k;
}

/* Length of a terminator character at t[i]: . ! ? … ‼ ⁇ ⁈ ⁉, or 0. */
static size_t
term_at(const unsigned char *t, size_t i, size_t n)
{
	if (t[i] == '.' || t[i] == '!' || t[i] == '?')
		return 1;
	if (e2_is(t, i, n, 0x80, 0xA6) || e2_is(t, i, n, 0x80, 0xBC) ||
	    e2_is(t, i, n, 0x81, 0x87) || e2_is(t, i, n, 0x81, 0x88) ||
	    e2_is(t, i, n, 0x81, 0x89))
		return 3;
	return 0;
}

/* Upper or lower case of the letter at t[i] (any script), or neither. */
static enum next_kind
letter_case(const unsigned char *t, size_t i, size_t n)
{
	int32_t cp;

	if (is_lower(t[i]))
		return N_LOWER;
	if (is_upper(t[i]))
		return N_UPPER;
	if (is_digit(t[i]))
		return N_DIGIT;
	if (t[i] < 0x80)
		return N_OTHER;
	utf8_decode((const char *)t + i, n - i, &cp);
	if (cp < 0)
		return N_OTHER;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return N_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return N_LOWER;
	default:
		return N_OTHER;
	}
}

/* An emoticon standing alone at t[i]: :) :-) :( :D :P ;) and the like,
 * followed by whitespace or the end.  Returns its length or 0. */
static size_t
smiley_at(const unsigned char *t, size_t i, size_t n)
{
	size_t k = i;

	if (t[k] != ':' && t[k] != ';')
		return 0;
	k++;
	if (k < n && (t[k] == '-' || t[k] == '\''))
		k++;
	if (k >= n || !in_set(t[k], ")(DPpO/|][3*"))
		return 0;
	k++;
	while (k < n && (t[k] == ')' || t[k] == '('))
		k++;
	if (k < n && !space_at(t, k, n))
		return 0;
	return k - i;
}

/* ---- the list of spans ---- */

static int sentence_opening(struct splitter *sp);

/* The first byte of the current sentence that is not whitespace (found
 * once per sentence, so that a long run of spaces costs one pass). */
static size_t
sentence_text(struct splitter *sp)
{
	if (sp->text == UNKNOWN)
		sp->text = skip_space(sp->t, sp->start, sp->n);
	return sp->text;
}

/* Where the current sentence's first word begins: after whitespace,
 * bullets and opening quotes or brackets. */
static size_t
sentence_first_word(struct splitter *sp)
{
	const unsigned char *t = sp->t;
	size_t i, k;

	if (sp->word != UNKNOWN)
		return sp->word;
	for (i = sentence_text(sp); i < sp->n; i += k)
		if ((k = space_at(t, i, sp->n)) == 0 &&
		    (k = bullet_at(t, i, sp->n)) == 0 &&
		    (k = opener_at(t, i, sp->n)) == 0)
			break;
	return sp->word = i;
}

/* Nothing but whitespace since the current sentence began? */
static int
sentence_empty(struct splitter *sp, size_t pos)
{
	return sentence_text(sp) >= pos;
}

/* End the current sentence at pos: its span, trimmed of whitespace, goes
 * into the list unless nothing but whitespace is left.  Then the rules
 * for the way a sentence opens are tried on the next one, in a loop
 * rather than by recursion, since each may end that one at once. */
static void
cut(struct splitter *sp, size_t pos)
{
	struct sent_list *out = sp->out;
	size_t s, e = pos, k;

	if (pos <= sp->start)
		return;
	s = sentence_text(sp) < pos ? sentence_text(sp) : pos;
	while (e > s && (k = space_before(sp->t, e)) > 0)
		e -= k;
	sp->start = pos;
	sp->text = sp->word = UNKNOWN;
	if (s < e) {
		if (out->n == out->cap) {
			out->cap = out->cap ? out->cap * 2 : 16;
			out->v = cw_reallocarray(out->v, out->cap,
			    sizeof(*out->v));
		}
		out->v[out->n].start = s;
		out->v[out->n].end = e;
		out->n++;
	}
	if (!sp->opening) {
		sp->opening = 1;
		while (sp->start < sp->n && sentence_opening(sp))
			;
		sp->opening = 0;
	}
}

/* ---- looking around ---- */

/* Does a URL start at t[k]: "http://", "https://" or "www."? */
static int
url_at(const unsigned char *t, size_t k, size_t n)
{
	if (k + 4 < n && memcmp(t + k, "www.", 4) == 0)
		return 1;
	if (k + 7 < n && memcmp(t + k, "http", 4) == 0) {
		size_t c = k + 4 + (t[k + 4] == 's');

		return c + 3 < n && memcmp(t + c, "://", 3) == 0;
	}
	return 0;
}

/* What comes at t[k] (k is past any whitespace). */
static void
look_next(const struct splitter *sp, size_t k, struct next *nx)
{
	const unsigned char *t = sp->t;
	size_t n = sp->n, o;

	nx->opened = 0;
	nx->word = NULL;
	if (k >= n) {
		nx->kind = N_END;
		nx->at = n;
		return;
	}
	nx->at = k;
	while (k < n && (o = opener_at(t, k, n)) > 0) {
		nx->opened = 1;
		k += o;
	}
	if (k >= n) {
		nx->kind = N_OTHER;
		return;
	}
	if (!nx->opened && continues[t[k]]) {
		nx->kind = N_CONT;
		return;
	}
	nx->kind = letter_case(t, k, n);
	nx->word = t + k;
	/* A URL after a sentence stands on a line of its own, as a
	 * capitalised word would start one. */
	if (nx->kind == N_LOWER && t[k] <= 'w' && url_at(t, k, n))
		nx->kind = N_UPPER;
}

/* Is the next word one that usually starts a sentence ("The", "I")?
 * With min_len 2, "I" and "A" do not count. */
static int
next_is_starter(const struct splitter *sp, const struct next *nx,
    size_t min_len)
{
	const unsigned char *e = nx->word, *end = sp->t + sp->n;

	if (nx->kind != N_UPPER)
		return 0;
	while (e < end && e - nx->word <= ABBREV_MAX && is_alpha(*e))
		e++;
	if ((size_t)(e - nx->word) < min_len)
		return 0;
	return (abbrev_lookup((const char *)nx->word, (size_t)(e - nx->word)) &
	    ABBREV_STARTER) != 0;
}

/* Is the next word the pronoun "I" ("I", "I'm", "I’ve")? */
static int
pronoun_i(const struct splitter *sp, const struct next *nx)
{
	const unsigned char *w = nx->word, *end = sp->t + sp->n;

	return nx->kind == N_UPPER && w[0] == 'I' &&
	    (w + 1 == end || !is_alpha(w[1]));
}

/* After "5 p.m.": "Monday", "Jan." or "EDT" go on with the sentence. */
static int
next_goes_on_from_time(const struct splitter *sp, const struct next *nx)
{
	const unsigned char *w = nx->word, *e = w, *end = sp->t + sp->n;
	int capitals = 1;

	while (e < end && e - w <= ABBREV_MAX && is_alpha(*e)) {
		capitals &= is_upper(*e);
		e++;
	}
	if (capitals && e - w >= 2)
		return 1;
	return (abbrev_lookup((const char *)w, (size_t)(e - w)) &
	    ABBREV_CALENDAR) != 0;
}

/* The token that ends at t[end]: its start (after whitespace) is *tok, and
 * the word proper (after opening quotes, brackets and bullets) *word. */
static void
token_before(const struct splitter *sp, size_t end, size_t *tok, size_t *word)
{
	const unsigned char *t = sp->t;
	size_t i = end, floor = end > LOOK_BACK ? end - LOOK_BACK : 0, k;

	if (floor < sp->start)
		floor = sp->start;
	for (;;) {
		while (i > floor && t[i - 1] < 0x80 && !ascii_space[t[i - 1]])
			i--;
		if (i == floor || t[i - 1] < 0x80 || space_before(t, i))
			break;
		i--;
	}
	*tok = i;
	while (i < end && ((k = opener_at(t, i, sp->n)) > 0 ||
	    (k = bullet_at(t, i, sp->n)) > 0))
		i += k;
	*word = i;
}

/* Words in t[from, to), counting at most limit + 1. */
static size_t
count_words(const unsigned char *t, size_t from, size_t to, size_t limit)
{
	size_t words = 0, i = from;

	while (i < to && words <= limit) {
		i = skip_space(t, i, to);
		if (i >= to)
			break;
		words++;
		while (i < to && !space_at(t, i, to))
			i++;
	}
	return words;
}

/* The word proper at the end of t[word, end): after the last character
 * that is not a letter, digit or period ("Reuters/M" gives "M"). */
static size_t
word_core(const unsigned char *t, size_t word, size_t end)
{
	size_t i = end;

	while (i > word && (is_alpha(t[i - 1]) || is_digit(t[i - 1]) ||
	    t[i - 1] == '.' || t[i - 1] >= 0x80))
		i--;
	return i;
}

/* "At 5 a.m." opens a sentence and cannot be one: the sentence so far is a
 * capitalised preposition and at most two more words. */
static int
opening_phrase(struct splitter *sp, size_t end)
{
	const unsigned char *t = sp->t;
	size_t i = sentence_first_word(sp), w = i;

	if (i >= end || !is_upper(t[i]))
		return 0;
	while (w < end && is_alpha(t[w]))
		w++;
	if (!(abbrev_lookup((const char *)t + i, w - i) & ABBREV_PREPOSITION))
		return 0;
	return count_words(t, i, end, 3) <= 3;
}

/* The value of a list marker word ("12", "b"), or 0 if it is not one. */
static unsigned long
marker_value(const unsigned char *w, size_t len)
{
	if (len == 1 && is_lower(w[0]))
		return (unsigned long)(w[0] - 'a' + 1);
	if (len == 1 && is_digit(w[0]) && w[0] != '0')
		return (unsigned long)(w[0] - '0');
	if (len == 2 && is_digit(w[0]) && is_digit(w[1]) && w[0] != '0')
		return (unsigned long)((w[0] - '0') * 10 + (w[1] - '0'));
	return 0;
}

/*
 * The word t[word, end) is followed by a list marker's punctuation in the
 * given style.  At the start of a sentence it is a list item: remember it
 * and return 1 (no boundary after it).  In the middle of a sentence, the
 * item after the one remembered starts a new sentence: cut before it and
 * return 1.  Otherwise return 0.
 */
static int
list_marker(struct splitter *sp, size_t tok, size_t word, size_t end,
    enum marker_style style)
{
	unsigned long v = marker_value(sp->t + word, end - word);

	if (v == 0)
		return 0;
	if (sentence_first_word(sp) == word) {
		sp->marker = v;
		sp->style = style;
		return 1;
	}
	if (sp->style == style && v == sp->marker + 1 &&
	    (tok == word || bullet_at(sp->t, tok, sp->n))) {
		cut(sp, tok);
		sp->marker = v;
		return 1;
	}
	return 0;
}

/* ---- the word before a period ---- */

enum word_kind {
	W_PLAIN,        /* an ordinary word, a number, a URL */
	W_NEVER,        /* a title or "e.g.": no boundary */
	W_NUMBERED,     /* "No.", "p.": no boundary before a digit */
	W_AMBIGUOUS,    /* "Co.", "U.S.": a boundary before a starter */
	W_INITIAL,      /* "J.": a boundary before a starter */
	W_TIME          /* "p.m.": a boundary before most capitals */
};

/* Letters with inner periods, every part one or two letters: "U.S",
 * "W.H.S", "Ph.D". */
static int
dotted(const unsigned char *w, size_t len)
{
	size_t i, part = 0, dots = 0;

	for (i = 0; i < len; i++) {
		if (is_alpha(w[i])) {
			if (++part > 2)
				return 0;
		} else if (w[i] == '.' && part > 0) {
			part = 0;
			dots++;
		} else
			return 0;
	}
	return dots > 0 && part > 0;
}

/* The end of the word before t[at] in the same sentence (whitespace
 * skipped), or 0 when there is none within LOOK_BACK; *floor is the
 * limit of the look back. */
static size_t
prev_word_end(const struct splitter *sp, size_t at, size_t *floor)
{
	size_t p = at, k;

	*floor = at > LOOK_BACK ? at - LOOK_BACK : 0;
	if (*floor < sp->start)
		*floor = sp->start;
	while (p > *floor && (k = space_before(sp->t, p)) > 0)
		p -= k;
	return p == at || p == *floor ? 0 : p;
}

/* Does the word before t[at] (in the same sentence) start in lower case? */
static int
prev_word_lower(const struct splitter *sp, size_t at)
{
	const unsigned char *t = sp->t;
	size_t floor, p = prev_word_end(sp, at, &floor);

	if (p == 0)
		return 0;
	while (p > floor && !space_before(t, p))
		p--;
	while (p < at && opener_at(t, p, sp->n))
		p++;
	return is_lower(t[p]);
}

/* Is the token before t[at] a number ("-3", "12.5"): then a single "C." or
 * "F." after it is a temperature's unit, not an initial, and ends the
 * sentence before a capital like "p.m." does ("fell to -3 C. Roads"). */
static int
prev_token_number(const struct splitter *sp, size_t at)
{
	const unsigned char *t = sp->t;
	size_t floor, tok, word, digits = 0, p = prev_word_end(sp, at, &floor);

	if (p == 0)
		return 0;
	token_before(sp, p, &tok, &word);
	if (word < p && (t[word] == '-' || t[word] == '+'))
		word++;
	for (; word < p; word++) {
		if (is_digit(t[word]))
			digits++;
		else if (t[word] != '.' && t[word] != ',')
			return 0;
	}
	return digits > 0;
}

/* Does the word that ends at t[end] start with a capital ("Yahoo!")? */
static int
prev_word_capital(const struct splitter *sp, size_t end)
{
	size_t tok, word;

	token_before(sp, end, &tok, &word);
	return word < end && letter_case(sp->t, word, sp->n) == N_UPPER;
}

/* Is t[w, end) a short word of letters without a vowel: "bn", "mln"? */
static int
vowelless(const unsigned char *t, size_t w, size_t end)
{
	size_t i;

	if (end - w < 2 || end - w > 5)
		return 0;
	for (i = w; i < end; i++)
		if (!is_alpha(t[i]) || in_set(t[i] | 0x20, "aeiouy"))
			return 0;
	return 1;
}

/* A capitalised word of two to four letters, the rest lower case: before a
 * lower-case word, an abbreviation no list knows ("the 5th Regt. was"),
 * not the end of a sentence. */
static int
cap_short(const unsigned char *t, size_t w, size_t end)
{
	size_t i;

	if (end - w < 2 || end - w > 4 || !is_upper(t[w]))
		return 0;
	for (i = w + 1; i < end; i++)
		if (!is_lower(t[i]))
			return 0;
	return 1;
}

/* The kind of word t[word, end) (end is the period), and whether a number
 * after it keeps the sentence going (*numbered). */
static enum word_kind
word_kind(const struct splitter *sp, size_t tok, size_t word, size_t end,
    int *numbered)
{
	const unsigned char *w = sp->t + word;
	size_t len = end - word;
	unsigned cls;

	*numbered = 0;
	if (len == 0)
		return W_PLAIN;
	cls = abbrev_lookup((const char *)w, len);
	*numbered = (cls & ABBREV_NUMBER) != 0;
	if (cls & (ABBREV_INNER | ABBREV_TITLE))
		return W_NEVER;
	if (cls & ABBREV_TIME)
		return W_TIME;
	if (cls & ABBREV_AMBIGUOUS)
		return W_AMBIGUOUS;
	if (cls & ABBREV_NUMBER)
		return W_NUMBERED;
	if (len == 1 && (w[0] == 'C' || w[0] == 'F') && tok == word &&
	    prev_token_number(sp, tok))
		return W_TIME;
	if (len == 1 && is_upper(w[0])) {
		/* "you and I. Did you see Albert I. Jones?": "I" after a
		 * lower-case word is the pronoun. */
		if (w[0] == 'I' && tok == word && prev_word_lower(sp, word))
			return W_PLAIN;
		return W_INITIAL;
	}
	if (len == 1 && is_lower(w[0]))
		return W_AMBIGUOUS;
	if (dotted(w, len))
		return W_AMBIGUOUS;
	return W_PLAIN;
}

/* ---- decisions ---- */

/* A capitalised word at t[j]: "Next", or "I" standing alone ("I had",
 * "I'm"). */
static int
capital_word_at(const unsigned char *t, size_t j, size_t n)
{
	if (j + 1 >= n || !is_upper(t[j]))
		return 0;
	if (is_lower(t[j + 1]))
		return 1;
	return t[j] == 'I' && (t[j + 1] == ' ' || t[j + 1] == '\'');
}

/* No space after the terminator t[i, j): "end.Next" and "recovery...Out"
 * are two sentences; "3.5", "U.S.A", "example.com", "Newsfeed.Com" and
 * "Jane.Doe@example.com" are not. */
static int
runs_on_to_sentence(const struct splitter *sp, size_t i, size_t j)
{
	const unsigned char *t = sp->t;
	size_t n = sp->n, tok, word, core, p, e;
	int numbered;

	if (i == 0 || !capital_word_at(t, j, n))
		return 0;
	if (!is_lower(t[i - 1]) && !is_digit(t[i - 1]))
		return 0;
	token_before(sp, i, &tok, &word);
	core = word_core(t, word, i);
	if (j == i + 1 && t[i] == '.' &&
	    word_kind(sp, tok, core, i, &numbered) != W_PLAIN)
		return 0;
	for (e = j; e < n && e - j <= ABBREV_MAX && is_alpha(t[e]); e++)
		;
	if (abbrev_lookup((const char *)t + j, e - j) & ABBREV_DOMAIN)
		return 0;
	/* URLs and e-mail addresses: look over the whole token. */
	for (p = tok; p < n && p < i + LOOK_BACK && !space_at(t, p, n); p++)
		if (t[p] == '@' || t[p] == '/' || (t[p] == 'w' && p + 3 < n &&
		    t[p + 1] == 'w' && t[p + 2] == 'w' && t[p + 3] == '.'))
			return 0;
	return 1;
}

/*
 * "word. . . . The" - a period on a word, then a spaced ellipsis: the
 * period ends the sentence and the ellipsis opens the next one when a
 * capital follows (the Golden Rules' reading of quoted omissions).
 * Returns the end of the ellipsis, or 0 when t[i + 1] does not start one.
 */
static size_t
spaced_ellipsis_end(const unsigned char *t, size_t i, size_t n, int *dots)
{
	size_t j = i;

	*dots = 1;
	while (j + 2 < n && t[j + 1] == ' ' && t[j + 2] == '.') {
		j += 2;
		(*dots)++;
	}
	return j + 1;
}

/* At a terminator t[i]: decide, cut if needed, return where to scan on. */
static size_t
at_terminator(struct splitter *sp, size_t i)
{
	const unsigned char *t = sp->t;
	size_t n = sp->n, j, c, k, tok, word, m;
	int periods = 0, strong = 0, question = 0, ellipsis = 0, quoted = 0;
	int closed = 0, numbered, dots;
	struct next nx;

	/*
	 * Most terminators end a plain word and are followed by a space and
	 * a capital: "word. Next", "word? Next".  Decide those at once; the
	 * rules below give the same answer, more slowly.
	 */
	if (i > 0 && i + 2 < n && t[i + 1] == ' ' && is_upper(t[i + 2]) &&
	    is_lower(t[i - 1])) {
		size_t w = i - 1, floor = i > 32 ? i - 32 : 0;

		if (t[i] != '.') {
			cut(sp, i + 1);
			return i + 1;
		}
		if (floor < sp->start)
			floor = sp->start;
		while (w > floor && is_alpha(t[w - 1]))
			w--;
		if (i - w >= 2 && (w == floor || t[w - 1] == ' ') &&
		    (abbrev_lookup((const char *)t + w, i - w) & (ABBREV_TITLE |
		    ABBREV_NUMBER | ABBREV_AMBIGUOUS | ABBREV_INNER)) == 0) {
			cut(sp, i + 1);
			return i + 1;
		}
	}

	/* Spaced periods, " . . ." or " . . . .", are an ellipsis. */
	if (t[i] == '.' && (i == 0 || t[i - 1] == ' ') && i + 2 < n &&
	    t[i + 1] == ' ' && t[i + 2] == '.') {
		j = spaced_ellipsis_end(t, i, n, &dots);
		if (dots < 3)
			return j;
		periods = dots;
		ellipsis = 1;
		c = j;
		goto closers;
	}
	/* "compounds. . . . The" */
	if (t[i] == '.' && i > 0 && !space_before(t, i) && i + 4 < n &&
	    t[i + 1] == ' ' && t[i + 2] == '.' && t[i + 3] == ' ' &&
	    t[i + 4] == '.') {
		j = spaced_ellipsis_end(t, i + 2, n, &dots);
		c = j;
		while (c < n && (m = closer_at(t, c, n)) > 0)
			c += m;
		look_next(sp, skip_space(t, c, n), &nx);
		if (nx.kind == N_UPPER) {
			cut(sp, i + 1);
			return i + 1;
		}
		return c;
	}

	/* The cluster: . ! ? … and friends. */
	for (j = i; j < n && (m = term_at(t, j, n)) > 0; j += m) {
		if (m == 3) {
			if (t[j + 2] == 0xA6)
				ellipsis = 1;
			else
				strong = 1;
		} else if (t[j] == '.')
			periods++;
		else {
			strong = 1;
			question |= t[j] == '?';
		}
	}
	if (periods > 1)
		ellipsis = 1;
	/* "[...]" and "(...)" mark an omission. */
	if (ellipsis && !strong && i > 0 && (t[i - 1] == '[' || t[i - 1] == '('))
		return j;
	c = j;

closers:
	while (c < n && (m = closer_at(t, c, n)) > 0) {
		if (t[c] == ')' || t[c] == ']' || t[c] == '}')
			closed = 1;
		else
			quoted = 1;
		c += m;
	}
	k = skip_space(t, c, n);
	/* A quote or bracket standing alone after the terminator closes
	 * it ("the phrase. ' And on April 3", "next day. ) Hop on"), and so
	 * does a signature's "--" before a capital ("years. -- Posted by"). */
	if (k > c && k < n && (m = closer_at(t, k, n)) > 0 &&
	    (k + m == n || space_at(t, k + m, n))) {
		if (t[k] == ')' || t[k] == ']' || t[k] == '}')
			closed = 1;
		else
			quoted = 1;
		c = k + m;
		k = skip_space(t, c, n);
	} else if (k > c && k + 1 < n && t[k] == '-' && t[k + 1] == '-' &&
	    (k + 2 == n || space_at(t, k + 2, n))) {
		look_next(sp, skip_space(t, k + 2, n), &nx);
		if (nx.kind == N_UPPER)
			cut(sp, k + 2);
		if (nx.kind == N_UPPER || nx.kind == N_END)
			return k + 2;
	}
	if (k >= n)
		return n;
	if (k == c) {
		/* No space after it. */
		if (!quoted && !closed && runs_on_to_sentence(sp, i, c))
			cut(sp, c);
		return c;
	}
	/* "E-mail:?" is a stray character, not a question. */
	if (i > 0 && in_set(t[i - 1], ":;,"))
		return c;
	/* An emoticon after the sentence belongs to it: "I love her. :)" */
	if ((m = smiley_at(t, k, n)) > 0) {
		size_t after = skip_space(t, k + m, n);

		look_next(sp, after, &nx);
		if (nx.kind != N_END && nx.kind != N_CONT)
			cut(sp, k + m);
		return k + m;
	}
	look_next(sp, k, &nx);

	if (strong) {
		/* "'Ready?' she asked" and "Yahoo! in" go on; "i need a
		 * room? thanks" and "excellent! answered" do not. */
		if (nx.kind == N_LOWER) {
			if (!quoted && !closed && (question || !prev_word_capital(sp, i)))
				cut(sp, c);
		} else if (nx.kind != N_CONT)
			cut(sp, c);
		return c;
	}
	/* An ellipsis ends a sentence before a capital, but not when it
	 * opens one (". . . The practice") nor before "I", which is
	 * capitalised anywhere ("the thing is . . . I didn't"). */
	if (ellipsis) {
		if (nx.kind == N_UPPER && !pronoun_i(sp, &nx) &&
		    !sentence_empty(sp, i))
			cut(sp, c);
		return c;
	}

	/* A single period: it depends on the word before it. */
	token_before(sp, i, &tok, &word);
	if (!quoted && list_marker(sp, tok, word, i,
	    closed && t[i + 1] == ')' ? M_DOTPAREN : M_DOT))
		return c;
	switch (word_kind(sp, tok, word_core(t, word, i), i, &numbered)) {
	case W_NEVER:
		return c;
	case W_NUMBERED:
		if (nx.kind == N_DIGIT)
			return c;
		break;
	case W_AMBIGUOUS:
		if (numbered && nx.kind == N_DIGIT)
			return c;
		if (next_is_starter(sp, &nx, 1) && !opening_phrase(sp, i))
			cut(sp, c);
		return c;
	case W_INITIAL:
		if (next_is_starter(sp, &nx, 2))
			cut(sp, c);
		return c;
	case W_TIME:
		if (nx.kind == N_UPPER && !next_goes_on_from_time(sp, &nx) &&
		    !opening_phrase(sp, i))
			cut(sp, c);
		return c;
	case W_PLAIN:
		break;
	}
	switch (nx.kind) {
	case N_LOWER:
		/* Web text starts sentences in lower case; but a word with
		 * no vowel, or a short capitalised one, is an abbreviation
		 * no list knows ("$4.5 bn. in", "5th Regt. was"). */
		if (!quoted && !closed && !vowelless(t, word_core(t, word, i), i) &&
		    !cap_short(t, word_core(t, word, i), i))
			cut(sp, c);
		break;
	case N_CONT:
	case N_END:
		break;
	default:
		cut(sp, c);
		break;
	}
	return c;
}

/* A ")" ends a list marker "2)" that starts a new item. */
static size_t
at_paren(struct splitter *sp, size_t i)
{
	const unsigned char *t = sp->t;
	size_t tok, word, p;
	struct next nx;

	if (i + 1 < sp->n && !space_at(t, i + 1, sp->n))
		return i + 1;
	token_before(sp, i, &tok, &word);
	if (word == tok || bullet_at(t, tok, sp->n)) {
		if (list_marker(sp, tok, word, i, M_PAREN))
			return i + 1;
	}
	/* A parenthesis that opens the sentence and closes before a
	 * capital held a credit or a source: "(BBC) The Palestinian ...",
	 * "(New Scientist Space) NASA is looking". */
	p = sentence_text(sp);
	if (p < i && t[p] == '(' && i - p > 4 && i - p < LOOK_BACK &&
	    memchr(t + p + 1, '(', i - p - 1) == NULL &&
	    memchr(t + p + 1, ')', i - p - 1) == NULL) {
		look_next(sp, skip_space(t, i + 1, sp->n), &nx);
		if (nx.kind == N_UPPER)
			cut(sp, i + 1);
	}
	return i + 1;
}

/* A bullet in the middle of a paragraph starts a new item. */
static size_t
at_e2(struct splitter *sp, size_t i)
{
	size_t m;

	if (term_at(sp->t, i, sp->n))
		return at_terminator(sp, i);
	m = bullet_at(sp->t, i, sp->n);
	if (m == 0)
		return i + 1;
	if ((i == 0 || space_before(sp->t, i)) && !sentence_empty(sp, i))
		cut(sp, i);
	return i + m;
}

/* Digits t[i, i + k) for k in [min, max]: the end, or 0. */
static size_t
digits(const unsigned char *t, size_t i, size_t n, size_t min, size_t max)
{
	size_t e = i;

	while (e < n && e - i < max && is_digit(t[e]))
		e++;
	return e - i >= min ? e : 0;
}

/*
 * The date and time of a mail header, "08/16/2000 12:05 PM", stood on a
 * line of its own: a sentence ends before it (unless a lower-case word such
 * as "on" leads into it) and after it.  t[i] is the colon of the time.
 */
static size_t
at_time(struct splitter *sp, size_t i)
{
	const unsigned char *t = sp->t;
	size_t n = sp->n, h = i, d, e, slashes = 0;
	struct next nx;

	while (h > 0 && i - h < 2 && is_digit(t[h - 1]))
		h--;
	if (h < 2 || t[h - 1] != ' ')
		return i + 1;
	for (d = h - 1; d > 0 && h - d < 12 &&
	    (is_digit(t[d - 1]) || t[d - 1] == '/'); d--)
		slashes += t[d - 1] == '/';
	if (slashes != 2 || !is_digit(t[d]) || !is_digit(t[h - 2]))
		return i + 1;
	if ((e = digits(t, i + 1, n, 2, 2)) == 0)
		return i + 1;
	if (e < n && t[e] == ':' && (e = digits(t, e + 1, n, 2, 2)) == 0)
		return i + 1;
	if (e + 2 < n && t[e] == ' ' && in_set(t[e + 1], "AaPp") &&
	    in_set(t[e + 2], "Mm"))
		e += 3;
	else
		return i + 1;
	if (e < n && !space_at(t, e, n))
		return i + 1;
	if ((d == 0 || space_before(t, d)) && !sentence_empty(sp, d) &&
	    !prev_word_lower(sp, d))
		cut(sp, d);
	look_next(sp, skip_space(t, e, n), &nx);
	if (nx.kind != N_END && nx.kind != N_CONT)
		cut(sp, e);
	return e;
}

/*
 * A URL ("http://..." here at its colon) that is followed by another URL or
 * a capital stood at the end of a line: a sentence ends after it.  One that
 * ends in a period is left to the period.
 */
static size_t
at_url(struct splitter *sp, size_t i)
{
	const unsigned char *t = sp->t;
	size_t n = sp->n, s = i, e = i;
	struct next nx;

	while (s > 0 && i - s < 6 && is_lower(t[s - 1]))
		s--;
	if (!url_at(t, s, n) || (s > 0 && !space_before(t, s) &&
	    !opener_at(t, s - 1, n)))
		return i + 1;
	while (e < n && !space_at(t, e, n))
		e++;
	if (term_at(t, e - 1, n) || closer_at(t, e - 1, n))
		return i + 1;
	look_next(sp, skip_space(t, e, n), &nx);
	if (nx.kind == N_UPPER && !nx.opened)
		cut(sp, e);
	return e;
}

/* At a colon or semicolon: an emoticon standing alone ends a sentence
 * ("great :P you get"); a colon may be the one of a header's time. */
static size_t
at_colon(struct splitter *sp, size_t i)
{
	size_t m;
	struct next nx;

	if (i > 0 && is_digit(sp->t[i - 1]) && sp->t[i] == ':')
		return at_time(sp, i);
	if (i >= 4 && sp->t[i] == ':' && is_lower(sp->t[i - 1]))
		return at_url(sp, i);
	if (i > 0 && !space_before(sp->t, i))
		return i + 1;
	if ((m = smiley_at(sp->t, i, sp->n)) == 0)
		return i + 1;
	look_next(sp, skip_space(sp->t, i + m, sp->n), &nx);
	if (nx.kind != N_END && nx.kind != N_CONT && !sentence_empty(sp, i))
		cut(sp, i + m);
	return i + m;
}

/* A separator standing alone ("***", "-----", "=====") is a sentence of
 * its own. */
static size_t
at_rule(struct splitter *sp, size_t i)
{
	const unsigned char *t = sp->t;
	size_t j = i;
	struct next nx;

	if (i > 0 && !space_before(t, i))
		goto skip;
	while (j < sp->n && t[j] == t[i])
		j++;
	if (j - i < 3 || (j < sp->n && !space_at(t, j, sp->n)))
		goto skip;
	look_next(sp, skip_space(t, j, sp->n), &nx);
	if (nx.kind == N_LOWER)         /* a dash: "cut off to CPS --- do you" */
		return j;
	if (!sentence_empty(sp, i))
		cut(sp, i);
	if (nx.kind != N_END)
		cut(sp, j);
	return j;
skip:
	while (j < sp->n && t[j] == t[i])
		j++;
	return j;
}

/* Words on the line t[from, ...), to its end or its first period: 1 to
 * 3 of them make a short line. */
static int
short_line(const unsigned char *t, size_t from, size_t n)
{
	size_t e, words;

	for (e = from; e < n && e - from < LINE_LOOK && t[e] != '\n' &&
	    !(term_at(t, e, n) && (e + 1 == n || space_at(t, e + 1, n))); e++)
		;
	words = count_words(t, from, e, 3);
	return words >= 1 && words <= 3;
}

/* The start of the line that holds t[i - 1], looking back at most
 * LINE_LOOK bytes. */
static size_t
line_start(const unsigned char *t, size_t i)
{
	size_t ls;

	for (ls = i; ls > 0 && i - ls < LINE_LOOK && t[ls - 1] != '\n'; ls--)
		;
	return ls;
}

/*
 * Is the newline t[i] (next line at t[ns]) inside a list of short lines,
 * "features\ncontact manager\nevents, activities"?  The lines on both
 * sides are short, and so is the line before them or the one after: two
 * short lines alone are more likely wrapped text.  The line before may lie
 * before the sentence: seeing more lines can only find more lists, so a
 * sentence split again is not split further.
 */
static int
short_list(const struct splitter *sp, size_t i, size_t ns)
{
	const unsigned char *t = sp->t;
	size_t n = sp->n, ls = line_start(t, i), k;

	if (!short_line(t, ls, n) || !short_line(t, ns, n))
		return 0;
	if (ls > 0 && t[ls - 1] == '\n' && short_line(t, line_start(t, ls - 1), n))
		return 1;
	for (k = ns; k < n && k - ns < LINE_LOOK && t[k] != '\n'; k++)
		;
	return k + 1 < n && t[k] == '\n' && short_line(t, k + 1, n);
}

/* Is every word of t[from, to) capitalised (or a number), small words
 * such as "of" and "in" aside, as in a headline: "Syria Talks in Astana"? */
static int
title_case(const unsigned char *t, size_t from, size_t to)
{
	size_t i = from, e;

	while (i < to) {
		for (e = i; e < to && !space_at(t, e, to); e++)
			;
		if (letter_case(t, i, to) != N_UPPER && !is_digit(t[i]) &&
		    (i == from || e == to || e - i > 3))
			return 0;
		i = skip_space(t, e, to);
	}
	return 1;
}

/*
 * A newline inside a paragraph.  Text pages wrap lines, so a newline in
 * running text is only whitespace.  But a blank line ends a sentence, and
 * so does a newline before a bullet or a list item, after a headline
 * (a line in title case without a final period, before a capital), and
 * in a list of short lines ("features\ncontact manager\nevents").  The
 * headline is taken from the sentence start at the earliest, so that a
 * sentence split again splits the same way.
 */
static size_t
at_newline(struct splitter *sp, size_t i)
{
	const unsigned char *t = sp->t;
	size_t n = sp->n, ls, le, k, ns, m, words;
	unsigned char last;
	struct next nx;

	if (sentence_empty(sp, i))
		return i + 1;
	/* the line before: [ls, le) trimmed */
	for (ls = i; ls > sp->start && i - ls < LINE_LOOK && t[ls - 1] != '\n';
	    ls--)
		;
	if (i - ls >= LINE_LOOK)
		return i + 1;
	ls = skip_space(t, ls, i);
	le = i;
	while (le > ls && (m = space_before(t, le)) > 0)
		le -= m;
	/* the next line */
	ns = i + 1;
	while (ns < n && (t[ns] == ' ' || t[ns] == '\t' || t[ns] == '\r'))
		ns++;
	if (ns >= n)
		return i + 1;
	if (t[ns] == '\n') {                        /* a blank line */
		cut(sp, i);
		return ns;
	}
	if (le <= ls)
		return i + 1;
	/* a period, ? or ! before the newline has been decided already */
	k = le;
	while (k > ls && closer_at(t, k - 1, n) == 1)
		k--;
	if (k == ls)
		return i + 1;
	if (t[k - 1] == '.' || t[k - 1] == '!' || t[k - 1] == '?' ||
	    (k >= ls + 3 && term_at(t, k - 3, n)))
		return i + 1;
	/* a bullet or a list item on the next line */
	if (bullet_at(t, ns, n) || ((t[ns] == '-' || t[ns] == '*') &&
	    ns + 1 < n && t[ns + 1] == ' ')) {
		cut(sp, i);
		return i + 1;
	}
	for (k = ns; k < n && k - ns < 3 && is_digit(t[k]); k++)
		;
	if (k > ns && k + 1 < n && (t[k] == '.' || t[k] == ')') &&
	    t[k + 1] == ' ') {
		cut(sp, i);
		return i + 1;
	}
	last = t[le - 1];
	if (last == ',' || last == ';' || last == '-' || last == '&')
		return i + 1;
	words = count_words(t, ls, le, 8);
	look_next(sp, ns, &nx);
	if (nx.kind == N_UPPER || nx.kind == N_DIGIT || nx.opened) {
		if (words >= 2 && words <= 8 && title_case(t, ls, le))
			cut(sp, i);
		return i + 1;
	}
	if (nx.kind == N_LOWER && short_list(sp, i, ns))
		cut(sp, i);
	return i + 1;
}

/* The ASCII letters of the word at t[i]: its end. */
static size_t
letters_end(const unsigned char *t, size_t i, size_t n)
{
	size_t e = i;

	while (e < n && e - i <= ABBREV_MAX && is_alpha(t[e]))
		e++;
	return e;
}

/*
 * Rules for the way a sentence opens, tried once as each sentence begins.
 * A letter's formulas stood on lines of their own: "Best regards, Debra"
 * and "Dear All, My name is" end a sentence after the comma.  A news
 * dateline, "TEHRAN (AFP) - An international contest", is a sentence of
 * its own.
 */
static int
sentence_opening(struct splitter *sp)
{
	const unsigned char *t = sp->t;
	size_t n = sp->n, i = sentence_text(sp), w, e, words;
	const unsigned char *comma;
	unsigned cls, first;
	struct next nx;

	if (i >= n || !is_alpha(t[i]))
		return 0;
	/* up to three words and a comma */
	comma = memchr(t + i, ',', n - i < 32 ? n - i : 32);
	for (w = i, words = 0; comma != NULL && words < 3; w = e + 1) {
		e = letters_end(t, w, n);
		if (e == w)
			break;
		words++;
		if (t + e == comma) {
			cls = abbrev_lookup((const char *)t + w, e - w);
			first = abbrev_lookup((const char *)t + i,
			    letters_end(t, i, n) - i);
			look_next(sp, skip_space(t, e + 1, n), &nx);
			if (((cls & ABBREV_CLOSING) && nx.kind == N_UPPER) ||
			    ((first & ABBREV_GREETING) &&
			    next_is_starter(sp, &nx, 1))) {
				cut(sp, e + 1);
				return 1;
			}
			return 0;
		}
		if (e >= n || t[e] != ' ')
			break;
	}

	/* a dateline: CAPITALS (Agency) - */
	if (i + 1 >= n || !is_upper(t[i]) || !is_upper(t[i + 1]))
		return 0;
	for (w = i; w < n && (is_upper(t[w]) || t[w] == ' ' || t[w] == ','); w++)
		if (w - i > 40)
			return 0;
	if (w >= n || w - i < 3 || t[w] != '(' || t[w - 1] != ' ')
		return 0;
	for (e = w + 1; e < n && t[e] != ')' && e - w < 24; e++)
		;
	if (e + 3 >= n || t[e] != ')' || t[e + 1] != ' ')
		return 0;
	e += 2;
	if (t[e] == '-')
		e += t[e + 1] == '-' ? 2 : 1;
	else if (e2_is(t, e, n, 0x80, 0x93) || e2_is(t, e, n, 0x80, 0x94))
		e += 3;
	else
		return 0;
	look_next(sp, skip_space(t, e, n), &nx);
	if (e < n && space_at(t, e, n) && nx.kind == N_UPPER) {
		cut(sp, e);
		return 1;
	}
	return 0;
}

size_t
sent_split(const char *text, size_t n, struct sent_list *out)
{
	struct splitter sp;
	const unsigned char *t = (const unsigned char *)text;
	size_t i = 0;

	memset(&sp, 0, sizeof(sp));
	sp.t = t;
	sp.n = n;
	sp.out = out;
	sp.text = sp.word = UNKNOWN;
	out->n = 0;
	sp.opening = 1;
	while (sp.start < n && sentence_opening(&sp))
		;
	sp.opening = 0;
	for (;;) {
		/* Eight bytes at a time: most text holds no candidate. */
		while (i + 8 <= n && (candidate[t[i]] | candidate[t[i + 1]] |
		    candidate[t[i + 2]] | candidate[t[i + 3]] |
		    candidate[t[i + 4]] | candidate[t[i + 5]] |
		    candidate[t[i + 6]] | candidate[t[i + 7]]) == C_NONE)
			i += 8;
		while (i < n && candidate[t[i]] == C_NONE)
			i++;
		if (i >= n)
			break;
		switch (candidate[t[i]]) {
		case C_TERM:
			i = at_terminator(&sp, i);
			break;
		case C_NEWLINE:
			i = at_newline(&sp, i);
			break;
		case C_PAREN:
			i = at_paren(&sp, i);
			break;
		case C_E2:
			i = at_e2(&sp, i);
			break;
		case C_COLON:
			i = at_colon(&sp, i);
			break;
		case C_RULE:
			i = at_rule(&sp, i);
			break;
		default:
			i++;
			break;
		}
	}
	cut(&sp, n);
	return out->n;
}

void
sent_list_free(struct sent_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}
