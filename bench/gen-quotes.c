/*
 * gen-quotes - write a made-up story covered by many outlets, for
 * benchmarking dedupe-quotes: N quotation occurrences as sentence records
 *
 *	gen-quotes N [OUTLETS] > story.tsv
 *
 * Utterances are invented sentences over a made-up vocabulary, spoken by
 * made-up people; popular ones are quoted by many outlets (a Zipf-like
 * choice).  Each outlet is one document, one sentence record per
 * occurrence, and quotes an utterance as a whole ("...," X said), as a
 * fragment woven into its own sentence, with its case or punctuation
 * changed, a word changed or made plural, or uses a coined term in scare
 * quotes.  The output is the same for the same arguments (a fixed seed).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long rng = 0x9E3779B97F4A7C15ULL;

static unsigned long
rnd(unsigned long n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned long)((rng >> 11) % n);
}

#define VOCAB 20000
#define NAMES 4000

static char *vocab[VOCAB];
static char *first[NAMES], *last[NAMES];

static char *
make_word(int syllables, int cap)
{
	static const char *const syl[] = { "ka", "lo", "mi", "ra", "ten",
	    "va", "dor", "sel", "un", "bri", "ost", "pa", "le", "zu", "mar",
	    "ni", "ro", "ev", "tal", "gu", "si", "ber", "an", "do", "ket" };
	char buf[64];
	int i;

	buf[0] = '\0';
	for (i = 0; i < syllables; i++)
		strcat(buf, syl[rnd(sizeof(syl) / sizeof(syl[0]))]);
	if (cap)
		buf[0] = (char)(buf[0] - 32);
	return strdup(buf);
}

/* Word i of the vocabulary, low i far more often (Zipf-like). */
static const char *
word(void)
{
	unsigned long r = rnd(VOCAB);

	return vocab[rnd(r + 1)];
}

struct utt {
	char **w;
	int n;
	int speaker;
};

static void
put_words(char **w, int from, int to, int cap_first)
{
	int i;

	for (i = from; i < to; i++) {
		if (i > from)
			putchar(' ');
		if (i == from && cap_first)
			printf("%c%s", w[i][0] - 32, w[i] + 1);
		else
			fputs(w[i], stdout);
	}
}

int
main(int argc, char **argv)
{
	unsigned long n, outlets, nutt, i, o, per;
	struct utt *u;

	if (argc < 2 || (n = strtoul(argv[1], NULL, 10)) == 0) {
		fprintf(stderr, "usage: gen-quotes N [OUTLETS]\n");
		return 2;
	}
	outlets = argc > 2 ? strtoul(argv[2], NULL, 10) : 2000;
	if (outlets == 0)
		outlets = 1;
	for (i = 0; i < VOCAB; i++)
		vocab[i] = make_word(1 + (int)rnd(3), 0);
	for (i = 0; i < NAMES; i++) {
		first[i] = make_word(2, 1);
		last[i] = make_word(2 + (int)rnd(2), 1);
	}
	nutt = n / 16 + 1;
	u = calloc(nutt, sizeof(*u));
	for (i = 0; i < nutt; i++) {
		int k;

		u[i].n = 6 + (int)rnd(25);
		u[i].w = calloc((size_t)u[i].n, sizeof(char *));
		for (k = 0; k < u[i].n; k++)
			u[i].w[k] = (char *)word();
		u[i].speaker = (int)rnd(NAMES);
	}
	per = (n + outlets - 1) / outlets;
	for (o = 0, i = 0; i < n; o++) {
		unsigned long p;

		for (p = 1; p <= per && i < n; p++, i++) {
			/* popular utterances are quoted most */
			struct utt *t = &u[rnd(rnd(nutt) + 1)];
			int s = t->speaker, kind = (int)rnd(100), a, b, k;

			printf("outlet%lu\t%lu.1\t", o + 1, p);
			if (kind < 40) {
				putchar('"');
				put_words(t->w, 0, t->n, 1);
				printf(",\" %s %s said.\n", first[s], last[s]);
			} else if (kind < 55) {
				printf("%s %s told reporters: \"", first[s], last[s]);
				put_words(t->w, 0, t->n, 0);
				printf("!\"\n");
			} else if (kind < 75) {
				a = (int)rnd((unsigned long)t->n - 3);
				b = a + 3 + (int)rnd((unsigned long)(t->n - a - 3) + 1);
				printf("%s said the %s would \"", last[s], word());
				put_words(t->w, a, b, 0);
				printf("\" by %s.\n", word());
			} else if (kind < 85) {
				/* one word changed */
				char *keep;

				k = (int)rnd((unsigned long)t->n);
				keep = t->w[k];
				t->w[k] = (char *)word();
				printf("\"");
				put_words(t->w, 0, t->n, 1);
				printf(",\" said %s %s.\n", first[s], last[s]);
				t->w[k] = keep;
			} else if (kind < 95) {
				/* a plural, and the pronoun for a known speaker */
				printf("\"");
				put_words(t->w, 0, t->n, 1);
				printf("s,\" he added.\n");
			} else
				printf("The so-called \"%s %s\" was discussed again.\n",
				    vocab[rnd(200)], vocab[rnd(200)]);
		}
	}
	return 0;
}
