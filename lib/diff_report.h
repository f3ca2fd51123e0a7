/*
 * diff_report.h - the views of diff-sources(1) beyond the grouped
 * sentences: entity coverage (--entities), wording (--terms) and one
 * self-contained HTML page (--html), all written with the record writer.
 */
#ifndef CW_DIFF_REPORT_H
#define CW_DIFF_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "diff.h"

/* dedupe-quotes(1) clusters, read for the HTML page: one per QID. */
struct dreport_quote {
	char *qid, *sources, *speaker, *quote;
	unsigned long n;
};

struct dreport_quotes {
	struct dreport_quote *v;
	size_t n, cap;
};

/* Read dedupe-quotes output (default or --clusters form) from path.
 * Returns 0, or -1 after a message. */
int dreport_read_quotes(const char *path, struct dreport_quotes *q);
void dreport_quotes_free(struct dreport_quotes *q);

/* key is the story key (klen bytes) under --story-field, else NULL. */
void dreport_entities(const struct diff_story *st, const char *key,
    size_t klen);
void dreport_terms(const struct diff_story *st, const char *key,
    size_t klen);

/* Entity id -> the id it counts as across outlets: a one-word PER name
 * ("Assad") is the one person whose longer name ends in it ("Bashar
 * Assad"), when exactly one does.  An array of st->ents.n ids, to free. */
uint32_t *dreport_person_ids(const struct diff_story *st);

/* Text for the HTML page, with & < > " escaped. */
void dreport_html_text(const char *s, size_t n);

void dreport_html_begin(size_t nstories);
void dreport_html_story(const struct diff_story *st, const char *key,
    size_t klen, const struct dreport_quotes *q);
void dreport_html_end(void);

#endif
