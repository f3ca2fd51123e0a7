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
#include "html_tok.h"

/* Set dst to s[0, n) with whitespace folded, unless dst is already set. */
void bp_meta_set(struct buf *dst, const char *s, size_t n);

/* Look at a start tag: <meta>, <link rel=canonical>, <time datetime>. */
void bp_meta_tag(struct bp_meta *m, const struct html_token *tok);

/* Read a JSON-LD script (the raw text of <script type=application/ld+json>). */
void bp_meta_jsonld(struct bp_meta *m, const char *json, size_t len);

/* After the last token: fill the gaps (site from the URL's host ...). */
void bp_meta_finish(struct bp_page *pg);

/*
 * A date as ISO 8601 ("2017-01-25", "2019-11-18T14:05:00Z",
 * "2019-11-18T09:05:00-05:00") from the forms news pages use: ISO already,
 * "Jan 25, 2017", "January 24, 2017", "24 January 2017", "Updated Jan 25,
 * 2017 12:03 PM"...  Returns the length written to out (at most 32 bytes
 * with the NUL), 0 when s holds no date.
 */
size_t bp_date_iso(const char *s, size_t n, char out[32]);

/* Is the text of a block a dateline (nothing but a date, perhaps after
 * "Updated", "Published", "Posted" ...)? */
int bp_is_dateline(const char *s, size_t n);

/* The name in a byline ("By Jane Roe and John Doe, Reuters" -> "Jane Roe
 * and John Doe"), or 0. */
size_t bp_byline_name(const char *s, size_t n, const char **name);

#endif
