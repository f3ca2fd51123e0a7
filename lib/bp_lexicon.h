/*
 * bp_lexicon.h - what the words of a block say: page furniture has stock
 * phrases ("Skip to content", "Image copyright Reuters", "SHARE THIS
 * ARTICLE", "Join our commenting forum", "Your support makes all the
 * difference", "TRTWorld and agencies").  Used on text pages, where no
 * markup says what a line is, and as a second opinion on HTML blocks.
 * The phrases are English: other languages fall back on the shape of the
 * text (length, punctuation, links).
 */
#ifndef CW_BP_LEXICON_H
#define CW_BP_LEXICON_H

#include <stddef.h>

enum bp_lexicon {
	BP_LX_NONE = 0,
	BP_LX_NAV,              /* Skip to content, Home, News / Syria */
	BP_LX_SHARE,            /* Share this article, Tweet */
	BP_LX_RELATED,          /* Explore more, Top story, Read more */
	BP_LX_AD,               /* Advertisement */
	BP_LX_APPEAL,           /* donation, subscription, newsletter */
	BP_LX_APPEAL_WEAK,      /* sign up, your support, get the app: an
	                           appeal only when short or from "us" */
	BP_LX_COMMENT,          /* Join our commenting forum, Comments */
	BP_LX_COOKIE,           /* we use cookies */
	BP_LX_CREDIT,           /* Photo by: Reuters, Image copyright */
	BP_LX_CAPTION_MARK,     /* Image caption, Media caption */
	BP_LX_AGENCY,           /* ... and agencies, contributed to this report */
	BP_LX_LEGAL,            /* All rights reserved, (c) 2019 */
	BP_LX_LEGAL_WEAK,       /* Privacy policy, Terms of use: also
				   what news reports on */
	BP_LX_URL,              /* a bare web address */
	BP_LX_BYLINE,           /* By Jane Roe */
	BP_LX_DATELINE,         /* Updated Jan 25, 2017 */
	BP_LX_TAGS,             /* Tags: a, b, c */
	BP_LX_CONTACT,          /* a short line with an e-mail address */
	BP_LX_COUNT
};

extern const char *const bp_lexicon_names[BP_LX_COUNT];

/* The furniture kind of a block's text s[0, n), or BP_LX_NONE. */
enum bp_lexicon bp_lexicon_of(const char *s, size_t n);

/* Does s[0, n) start with a call to the reader ("Subscribe", "Follow",
 * "Be sure to", "Don't miss"), as appeals and share bars do? */
int bp_starts_with_call(const char *s, size_t n);

/*
 * Where a furniture sentence is glued to the next one with no space
 * ("...all the difference.The Syrian regime's ..."): the offset just after
 * the first glued sentence end in s, or 0.  A glue point is a sentence
 * end after a lower-case word of two letters or more, followed at once by
 * a capital and a lower-case letter.
 */
size_t bp_glue_point(const char *s, size_t n);

#endif
