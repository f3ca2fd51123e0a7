/*
 * sentence_test.c - unit tests for lib/sentence.c and lib/abbrev.c: the
 * compiled word lists find every word they hold, and the spans sent_split()
 * returns cover every byte that is not whitespace exactly once, in order,
 * trimmed, on cases built to reach every rule and on pseudo-random soup.
 */
#include <stdlib.h>
#include <string.h>

#include "abbrev.h"
#include "check.h"
#include "sentence.h"

static int
is_space_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

/* Length of the (multi-byte) whitespace at s, as the splitter sees it. */
static size_t
wide_space(const unsigned char *s, size_t n)
{
	static const char *const wide[] = {
		"\xc2\xa0", "\xc2\x85", "\xe1\x9a\x80", "\xe2\x80\x80",
		"\xe2\x80\x81", "\xe2\x80\x82", "\xe2\x80\x83", "\xe2\x80\x84",
		"\xe2\x80\x85", "\xe2\x80\x86", "\xe2\x80\x87", "\xe2\x80\x88",
		"\xe2\x80\x89", "\xe2\x80\x8a", "\xe2\x80\xa8", "\xe2\x80\xa9",
		"\xe2\x80\xaf", "\xe2\x81\x9f", "\xe3\x80\x80",
	};
	size_t i, k;

	if (is_space_byte(s[0]))
		return 1;
	for (i = 0; i < sizeof(wide) / sizeof(wide[0]); i++) {
		k = strlen(wide[i]);
		if (k <= n && memcmp(s, wide[i], k) == 0)
			return k;
	}
	return 0;
}

/* The text with all whitespace taken out, into out (as long as text). */
static size_t
squeeze(const char *text, size_t n, char *out)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t i = 0, o = 0, k;

	while (i < n) {
		if ((k = wide_space(t + i, n - i)) > 0)
			i += k;
		else
			out[o++] = text[i++];
	}
	return o;
}

/* Check the promise of sent_split on text: spans in order, inside the
 * text, non-empty, trimmed, and together the text less its whitespace. */
static void
check_lossless(const char *text, size_t n, struct sent_list *l)
{
	char *want = malloc(n + 1), *got = malloc(n + 1);
	size_t i, wn, gn = 0, prev = 0;

	sent_split(text, n, l);
	wn = squeeze(text, n, want);
	for (i = 0; i < l->n; i++) {
		const struct sent_span *sp = &l->v[i];
		const unsigned char *s = (const unsigned char *)text + sp->start;
		size_t len = sp->end - sp->start;

		check(sp->start >= prev && sp->end > sp->start && sp->end <= n,
		    "span %zu [%zu, %zu) out of order in \"%.*s\"", i, sp->start,
		    sp->end, (int)n, text);
		check(wide_space(s, len) == 0 && !is_space_byte(s[len - 1]) &&
		    !(len >= 2 && wide_space(s + len - 2, 2) == 2) &&
		    !(len >= 3 && wide_space(s + len - 3, 3) == 3),
		    "span %zu not trimmed in \"%.*s\"", i, (int)n, text);
		gn += squeeze(text + sp->start, len, got + gn);
		prev = sp->end;
	}
	check(wn == gn && memcmp(want, got, wn) == 0,
	    "spans of \"%.*s\" lose or repeat text", (int)n, text);
	free(want);
	free(got);
}

/* The sentences of text, joined with " | ", must be want. */
static void
check_split(const char *text, const char *want, struct sent_list *l)
{
	char got[512];
	size_t i, o = 0;

	sent_split(text, strlen(text), l);
	got[0] = '\0';
	for (i = 0; i < l->n && o + 4 < sizeof(got); i++) {
		size_t len = l->v[i].end - l->v[i].start;

		if (len > sizeof(got) - o - 4)
			len = sizeof(got) - o - 4;
		o += (size_t)snprintf(got + o, sizeof(got) - o, "%s%.*s",
		    i ? " | " : "", (int)len, text + l->v[i].start);
	}
	check(strcmp(got, want) == 0, "split \"%s\":\n  want %s\n  got  %s",
	    text, want, got);
	check_lossless(text, strlen(text), l);
}

static void
test_word_lists(void)
{
	unsigned i;
	char w[ABBREV_MAX + 1];

	check(memcmp(abbrev_magic, "CWAB", 4) == 0, "abbrev_data.c magic");
	check(abbrev_version == 2, "abbrev_data.c version %u", abbrev_version);
	check(abbrev_nwords > 300, "only %u words", abbrev_nwords);
	for (i = 0; i < abbrev_nwords; i++) {
		const struct abbrev_word *e = &abbrev_words[i];

		check(abbrev_lookup(e->word, e->len) == e->any_case,
		    "%s: lower case gives its any-case classes", e->word);
		memcpy(w, e->word, e->len);
		if (w[0] >= 'a' && w[0] <= 'z')
			w[0] = (char)(w[0] - 'a' + 'A');
		check(abbrev_lookup(w, e->len) == (unsigned)(e->any_case |
		    (w[0] >= 'A' && w[0] <= 'Z' ? e->capital : 0)),
		    "%s: capitalised gives both", e->word);
	}
	check(abbrev_lookup("Mr", 2) & ABBREV_TITLE, "Mr is a title");
	check(abbrev_lookup("MR", 2) & ABBREV_TITLE, "MR is a title");
	check(abbrev_lookup("Ill", 3) & ABBREV_AMBIGUOUS, "Ill. is Illinois");
	check(!(abbrev_lookup("ill", 3) & ABBREV_AMBIGUOUS), "ill. is a word");
	check(abbrev_lookup("U.S", 3) & ABBREV_AMBIGUOUS, "U.S");
	check(abbrev_lookup("N\xc2\xb0", 3) & ABBREV_NUMBER, "N-degree sign");
	check(abbrev_lookup("harbour", 7) == 0, "harbour is in no list");
	check(abbrev_lookup("", 0) == 0, "the empty word");
	check(abbrev_lookup("extraordinarily-long", 20) == 0, "a long word");
}

static void
test_rules(struct sent_list *l)
{
	check_split("", "", l);
	check_split(" \t\n\xc2\xa0 ", "", l);
	check_split("One.", "One.", l);
	check_split("\xe2\x80\x83One. Two.\xc2\xa0", "One. | Two.", l);
	check_split("Mr. Smith left. He was late.",
	    "Mr. Smith left. | He was late.", l);
	check_split("I visited the U.S.A. last year. I live in the E.U. How?",
	    "I visited the U.S.A. last year. | I live in the E.U. | How?", l);
	check_split("At 5 a.m. Mr. Smith went. He left at 6 P.M. Mr. Smith "
	    "then went.", "At 5 a.m. Mr. Smith went. | He left at 6 P.M. | "
	    "Mr. Smith then went.", l);
	check_split("She has $100.00. It is in her bag.",
	    "She has $100.00. | It is in her bag.", l);
	check_split("You can find it at N\xc2\xb0. 1026.253.553. That is it.",
	    "You can find it at N\xc2\xb0. 1026.253.553. | That is it.", l);
	check_split("1.) The first item 2.) The second item",
	    "1.) The first item | 2.) The second item", l);
	check_split("a. The first item b. The second item c. The third",
	    "a. The first item | b. The second item | c. The third", l);
	check_split("I never meant that.... She left.",
	    "I never meant that.... | She left.", l);
	check_split("weakened . . . was that. . . . The practice.",
	    "weakened . . . was that. | . . . The practice.", l);
	check_split("Hello world.Today is Tuesday.Mr. Smith bought 1,000.That "
	    "is a lot.", "Hello world. | Today is Tuesday. | Mr. Smith bought "
	    "1,000. | That is a lot.", l);
	check_split("features\ncontact manager\nevents, activities\n",
	    "features | contact manager | events, activities", l);
	check_split("This is a sentence\ncut off in the middle.",
	    "This is a sentence\ncut off in the middle.", l);
	check_split("Unbalanced ) ( \xe2\x80\x9c quotes. \xe2\x80\x9d Then.",
	    "Unbalanced ) ( \xe2\x80\x9c quotes. \xe2\x80\x9d | Then.", l);
}

/* Pseudo-random soup of the characters the rules look at. */
static void
test_soup(struct sent_list *l)
{
	static const char *const bits[] = {
		"a", "Z", " ", ".", "!", "?", "\n", "\t", ")", "(", "\"", "'",
		"\xe2\x80\xa6", "\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\xa2",
		"\xc2\xa0", "\xe2\x80\x83", "\xe3\x80\x80", ":", ";", "-", "*",
		"=", "1", "I", "Mr.", "U.S.", "p.m.", " . . . ", "http://x.y",
		"www.", "@", "08/16/2000 12:05 PM", "Regards, ", "(BBC) ",
		"TEHRAN (AFP) - ", ":)", " -- ", "2) ", "b. ", "\xe2\x81\x83",
		"\xc2\xb0", "\xe2",
	};
	char text[400];
	unsigned long seed = 12345;
	int round;

	for (round = 0; round < 20000; round++) {
		size_t n = 0, pieces;

		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		pieces = (seed >> 33) % 40;
		while (pieces-- > 0) {
			const char *b;
			size_t k;

			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			b = bits[(seed >> 33) % (sizeof(bits) / sizeof(bits[0]))];
			k = strlen(b);
			if (n + k > sizeof(text))
				break;
			memcpy(text + n, b, k);
			n += k;
		}
		check_lossless(text, n, l);
	}
}

int
main(void)
{
	struct sent_list l = { NULL, 0, 0 };

	test_word_lists();
	test_rules(&l);
	test_soup(&l);
	sent_list_free(&l);
	return check_done("sentence_test");
}
