/*
 * bp_seen.h - cross-page evidence: the block texts that one run has seen
 * on more than one article of the same site.  A cron job that scrapes a
 * site every hour hands us many pages of it at once; whatever repeats on
 * different articles of a site (its menus, its appeals, its "Press TV's
 * website can also be accessed at ...") is the site's furniture, however
 * much it looks like prose.
 *
 * Pages are told apart by their URL (or headline), so two copies of one
 * article, scraped an hour apart, are one article, not evidence.  Pages
 * of different sites never count against each other: a wire story that
 * five outlets print word for word is news, not furniture.
 */
#ifndef CW_BP_SEEN_H
#define CW_BP_SEEN_H

#include <stdint.h>

#include "bp.h"

struct bp_seen_entry {
	uint64_t key;           /* hash of site and block text; 0 is empty */
	uint64_t article;       /* the first article it was seen on */
	uint32_t articles;      /* distinct articles seen on (1, 2, 3+) */
};

struct bp_seen {
	struct bp_seen_entry *v;
	size_t n, cap;
};

/* The site of a page (0 when unknown; then its blocks are never counted)
 * and the identity of its article.  same_site: every page is of one site. */
uint64_t bp_seen_site(const struct bp_page *pg, int same_site);
uint64_t bp_seen_article(const struct bp_page *pg);

void bp_seen_add(struct bp_seen *s, const struct bp_page *pg, uint64_t site);

/* Mark the blocks of pg seen on other articles of its site (b->repeated). */
void bp_seen_mark(const struct bp_seen *s, struct bp_page *pg, uint64_t site);

void bp_seen_free(struct bp_seen *s);

#endif
