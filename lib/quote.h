/*
 * quote.h - find the direct quotations of a document.
 *
 * A document is a run of paragraphs in one buffer.  quote_scan() pairs the
 * quotation marks of each paragraph and returns every quotation as the
 * offsets of its marks and of its words:
 *
 *   marks   straight " and ', curly “ ” ‘ ’, low „ ‚, reversed ‟ ‛,
 *           guillemets « » ‹ › (either way round), corner brackets 「」『』
 *           and the fullwidth ＂.
 *   pairs   a closing mark closes the nearest open mark of its family
 *           (double, single, guillemet, ...); marks of another family
 *           inside are nested quotations, up to QUOTE_MAX_DEPTH deep.
 *   singles ’ and ' between letters are apostrophes (Iran's, Ja'afari,
 *           Syria’s); a ’ after a letter with no single quotation open is
 *           one too (rebels’); an opening ' needs a closing-shaped ' or ’
 *           later in its paragraph; a ’ after "s" followed by a space is
 *           taken for a possessive when a later one could close instead.
 *   paragraphs  a quotation still open at the end of a paragraph runs on
 *           when the next paragraph opens with a mark of the same family
 *           (the news convention); the re-opening mark is not part of the
 *           quotation, and the quotation's words come in one segment per
 *           paragraph.  Otherwise it is unclosed: a double or guillemet
 *           quotation ends with its paragraph and is reported as a problem,
 *           an unclosed single mark is taken for an apostrophe (and
 *           reported).  Nothing ever runs past a paragraph that does not
 *           re-open, so one stray mark cannot swallow a document.
 *
 * The finder keeps no state between calls and reads nothing but its
 * arguments, so quote_find() can be fuzzed directly.
 */
#ifndef CW_QUOTE_H
#define CW_QUOTE_H

#include <stddef.h>
#include <stdint.h>

#define QUOTE_MAX_DEPTH 8

enum quote_flag {
	QUOTE_UNCLOSED = 1,     /* ended with its paragraph, no closing mark */
	QUOTE_EMPTY = 2         /* nothing but white space between the marks */
};

enum quote_family {
	QFAM_DOUBLE, QFAM_SINGLE, QFAM_GUILLEMET, QFAM_SGUILLEMET,
	QFAM_CORNER, QFAM_WCORNER
};

struct quote_para {
	size_t start, end;      /* [start, end) in the document text */
};

struct quote_seg {
	size_t start, end;      /* the quotation's words, white space trimmed */
};

struct quote {
	size_t open;            /* offset of the opening mark */
	size_t close;           /* just after the closing mark (or the end of
	                           the paragraph when unclosed) */
	size_t para;            /* paragraph of the opening mark */
	size_t last_para;       /* paragraph of the closing mark */
	size_t seg, nseg;       /* segments in quote_list.segs, in order */
	long parent;            /* index of the enclosing quotation, or -1 */
	unsigned depth;         /* 0 for a quotation not inside another */
	unsigned flags;         /* enum quote_flag */
	int family;             /* enum quote_family */
	int32_t mark;           /* the opening mark */
};

enum quote_problem_kind {
	QPROB_UNCLOSED,         /* an opening mark never closed */
	QPROB_APOSTROPHE,       /* an opening single mark never closed, taken
	                           for an apostrophe */
	QPROB_STRAY,            /* a closing mark with nothing open */
	QPROB_DEEP              /* marks nested deeper than QUOTE_MAX_DEPTH */
};

struct quote_problem {
	size_t pos;             /* offset of the mark */
	size_t para;
	int kind;               /* enum quote_problem_kind */
	int32_t mark;           /* the mark's code point */
};

struct quote_list {
	struct quote *v;        /* in the order of their opening marks */
	size_t n, cap;
	struct quote_seg *segs;
	size_t nsegs, segcap;
	struct quote_problem *probs;
	size_t nprobs, probcap;
};

/* Find the quotations of text, whose paragraphs are paras[0, npara) in
 * order; the list is emptied first.  Returns out->n. */
size_t quote_scan(const char *text, const struct quote_para *paras,
    size_t npara, struct quote_list *out);

/* The same for text[0, len) with one paragraph per line ('\n' separates):
 * the entry point for fuzzing and unit tests. */
size_t quote_find(const char *text, size_t len, struct quote_list *out);

/* The length of the quotation's words with segments joined by one space. */
size_t quote_text_len(const struct quote_list *l, const struct quote *q);

void quote_list_free(struct quote_list *l);

#endif
