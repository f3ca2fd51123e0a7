/*
 * quote_test.c - unit tests for lib/quote.c: every kind of mark, the
 * apostrophes that are not marks, nesting, quotations over paragraphs,
 * unbalanced and empty marks, and the segments' offsets.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "quote.h"

static struct quote_list l;
static char got[4096];

/* The quotations of text as "[words]" joined, segments split by " | ",
 * nested ones marked with their depth: "[a]^1[b]". */
static const char *
find(const char *text)
{
	size_t i, j, n = 0;

	quote_find(text, strlen(text), &l);
	got[0] = '\0';
	for (i = 0; i < l.n; i++) {
		const struct quote *q = &l.v[i];

		if (q->depth > 0)
			n += (size_t)snprintf(got + n, sizeof(got) - n, "^%u", q->depth);
		n += (size_t)snprintf(got + n, sizeof(got) - n, "[");
		for (j = 0; j < q->nseg; j++) {
			const struct quote_seg *s = &l.segs[q->seg + j];

			n += (size_t)snprintf(got + n, sizeof(got) - n, "%s%.*s",
			    j ? " | " : "", (int)(s->end - s->start), text + s->start);
		}
		n += (size_t)snprintf(got + n, sizeof(got) - n, "]");
	}
	return got;
}

/* The problems as kind@offset, space-separated. */
static const char *
problems(void)
{
	static char p[512];
	size_t i, n = 0;

	p[0] = '\0';
	for (i = 0; i < l.nprobs; i++)
		n += (size_t)snprintf(p + n, sizeof(p) - n, "%s%d@%zu",
		    i ? " " : "", l.probs[i].kind, l.probs[i].pos);
	return p;
}

#define FIND(text, want) check(strcmp(find(text), want) == 0, \
	"%s: got %s, want %s", text, got, want)
#define PROBS(want) check(strcmp(problems(), want) == 0, \
	"problems: got %s, want %s", problems(), want)

static void
test_marks(void)
{
	FIND("He said \"hello\" to me.", "[hello]");
	FIND("\xe2\x80\x9cWe are ready,\xe2\x80\x9d he said.", "[We are ready,]");
	FIND("\xe2\x80\x98It was a mistake,\xe2\x80\x99 she said.",
	    "[It was a mistake,]");
	FIND("Il a dit \xc2\xab bonjour \xc2\xbb hier.", "[bonjour]");
	FIND("Er sagte \xe2\x80\x9e" "Das ist gut\xe2\x80\x9c und ging.",
	    "[Das ist gut]");
	FIND("Han sa \xc2\xbbHej\xc2\xab.", "[Hej]");
	FIND("\xe3\x80\x8c" "abc\xe3\x80\x8d", "[abc]");
	FIND("the 'The A Word' column", "[The A Word]");
	PROBS("");
}

static void
test_apostrophes(void)
{
	FIND("Iran's actions and Ja'afari and (Shi'ite) forces", "");
	FIND("the rebels\xe2\x80\x99 refusal and Syria\xe2\x80\x99s side", "");
	FIND("music of the \xe2\x80\x98" "90s and '93", "");
	FIND("\"Iran is standing by Syria\xe2\x80\x99s side.\"",
	    "[Iran is standing by Syria\xe2\x80\x99s side.]");
	FIND("\xe2\x80\x98the rebels\xe2\x80\x99 demands\xe2\x80\x99 stand",
	    "[the rebels\xe2\x80\x99 demands]");
	PROBS("");
}

static void
test_nesting(void)
{
	FIND("\xe2\x80\x9cHe called it \xe2\x80\x98" "a farce\xe2\x80\x99,"
	    "\xe2\x80\x9d she said.",
	    "[He called it \xe2\x80\x98" "a farce\xe2\x80\x99,]^1[a farce]");
	check(l.n == 2 && l.v[1].parent == 0 && l.v[0].parent == -1,
	    "nested parent");
	FIND("\"He said \"no\" to me\"", "[He said \"no\" to me]^1[no]");
}

static void
test_paragraphs(void)
{
	/* runs on: the next paragraph re-opens */
	FIND("\xe2\x80\x9cPart one.\n\xe2\x80\x9cPart two,\xe2\x80\x9d he said.",
	    "[Part one. | Part two,]");
	check(l.n == 1 && l.v[0].para == 0 && l.v[0].last_para == 1 &&
	    l.v[0].flags == 0, "runs over paragraphs");
	PROBS("");
	/* does not: unclosed, ends with its paragraph */
	FIND("He said \"it is over.\nNext paragraph.", "[it is over.]");
	check(l.n == 1 && (l.v[0].flags & QUOTE_UNCLOSED), "unclosed flag");
	PROBS("0@8");
	/* three paragraphs, straight marks */
	FIND("\"One.\n\"Two.\n\"Three,\" he said.", "[One. | Two. | Three,]");
}

static void
test_unbalanced(void)
{
	FIND("A stray \xe2\x80\x9d here.", "");
	PROBS("2@8");
	FIND("a 12\" gun", "");
	PROBS("");
	FIND("\xe2\x80\x98unclosed single", "");
	PROBS("1@0");
	/* a document made only of quote marks */
	FIND("\"\"\"\"\"\n\xe2\x80\x9c\xe2\x80\x9d\xe2\x80\x9c\xe2\x80\x9d\n''''",
	    "[][][][][][]");
	check(l.n == 6 && (l.v[0].flags & QUOTE_EMPTY), "empty quotations");
	/* deeper than QUOTE_MAX_DEPTH */
	FIND("\xe2\x80\x9c" "a \xe2\x80\x98" "b \xe2\x80\x9c" "c \xe2\x80\x98"
	    "d \xe2\x80\x9c" "e \xe2\x80\x98" "f \xe2\x80\x9c" "g \xe2\x80\x98"
	    "h \xe2\x80\x9c" "i", "[a \xe2\x80\x98" "b \xe2\x80\x9c" "c "
	    "\xe2\x80\x98" "d \xe2\x80\x9c" "e \xe2\x80\x98" "f \xe2\x80\x9c"
	    "g \xe2\x80\x98" "h \xe2\x80\x9c" "i]^1[c \xe2\x80\x98" "d "
	    "\xe2\x80\x9c" "e \xe2\x80\x98" "f \xe2\x80\x9c" "g \xe2\x80\x98"
	    "h \xe2\x80\x9c" "i]^2[e \xe2\x80\x98" "f \xe2\x80\x9c" "g "
	    "\xe2\x80\x98" "h \xe2\x80\x9c" "i]^3[g \xe2\x80\x98" "h "
	    "\xe2\x80\x9c" "i]");
	check(l.nprobs > 0 && l.probs[l.nprobs - 1].kind == QPROB_DEEP,
	    "deep nesting reported");
}

static void
test_offsets(void)
{
	const char *t = "x \"ab c\" y";

	quote_find(t, strlen(t), &l);
	check(l.n == 1 && l.v[0].open == 2 && l.v[0].close == 8 &&
	    l.segs[l.v[0].seg].start == 3 && l.segs[l.v[0].seg].end == 7,
	    "offsets");
	check(quote_text_len(&l, &l.v[0]) == 4, "text length");
	t = "\"a\n\"b\"";
	quote_find(t, strlen(t), &l);
	check(l.n == 1 && quote_text_len(&l, &l.v[0]) == 3, "joined length");
	/* no text at all */
	check(quote_find("", 0, &l) == 0 && l.nprobs == 0, "empty input");
}

int
main(void)
{
	test_marks();
	test_apostrophes();
	test_nesting();
	test_paragraphs();
	test_unbalanced();
	test_offsets();
	quote_list_free(&l);
	return check_done("quote_test");
}
