/*
 * bp_meta.h - a page's metadata: headline, authors, publication date,
 * canonical URL, site name.  Taken, best source first, from JSON-LD
 * (NewsArticle and kin: headline, datePublished, author), <meta> (og:,
 * article:, twitter:, name=author/date ...), <link rel=canonical>,
 * <time datetime>, the first <h1>, and from the text itself: bylines
 * ("By Jane Roe") and datelines ("Updated Jan 25, 2017").
 */
#ifndef CW_BP_META_H
#define CW_BP_META_H

#include <stddef.h>

#include "bp.h"
#include "bp_date.h"
#include "html_tok.h"

/* Set dst to s[0, n) with whitespace folded, unless dst is already set. */
void bp_meta_set(struct buf *dst, const char *s, size_t n);

/* Look at a start tag: <meta>, <link rel=canonical>, <time datetime>. */
void bp_meta_tag(struct bp_meta *m, const struct html_token *tok);

/* Read a JSON-LD script (the raw text of <script type=application/ld+json>). */
void bp_meta_jsonld(struct bp_meta *m, const char *json, size_t len);

/* After the last token: fill the gaps (site from the URL's host ...). */
void bp_meta_finish(struct bp_page *pg);

/* The name in a byline ("By Jane Roe and John Doe, Reuters" -> "Jane Roe
 * and John Doe"), or 0. */
size_t bp_byline_name(const char *s, size_t n, const char **name);

#endif
