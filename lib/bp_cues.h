/*
 * bp_cues.h - what the class and id of an element say about it.
 *
 * Site templates name their furniture: "share-bar", "related-posts",
 * "newsletter-signup", "wp-caption-text", "comments"; and their article:
 * "article-body", "entry-content", itemprop="articleBody".  Readability and
 * trafilatura match such names with regular expressions; here a value is
 * cut into words (at anything not a letter or digit, and at lower-to-upper
 * case changes: "StoryBodyCompanionColumn" is story body companion column)
 * and looked up in one table, where short names ("ad", "nav", "bio") must
 * be a whole word and long ones ("newsletter", "comment") may be part of
 * one.  Results are cached, since templates repeat the same classes.
 */
#ifndef CW_BP_CUES_H
#define CW_BP_CUES_H

#include <stddef.h>
#include <stdint.h>

/* The enum bp_cue bits (bp.h) that a class or id value carries. */
uint32_t bp_cues_of_name(const char *value, size_t len);

/* The cues of a role="..." value (navigation, main, complementary ...). */
uint32_t bp_cues_of_role(const char *value, size_t len);

/* The cues of an itemprop="..." value (articleBody, headline, author ...). */
uint32_t bp_cues_of_itemprop(const char *value, size_t len);

/* Does a style="..." value hide the element (display:none,
 * visibility:hidden)? */
int bp_style_hides(const char *value, size_t len);

#endif
