/*
 * bp.h - boilerplate removal: a page (HTML or scraped text) becomes a list
 * of blocks, each block gets features and a decision, and the kept blocks
 * are the article.
 *
 *	bp_read_html / bp_read_text   page -> blocks (+ element tree, metadata)
 *	bp_classify                   blocks -> keep/drop with a reason
 *
 * A block is what a reader sees as one paragraph: the text between two
 * block-level boundaries (p, div, li, h1 ..., a <br> run) of an HTML page,
 * or one line of a text page.  All block texts live back to back in one
 * buffer, so a page costs its text plus a few dozen bytes per block and per
 * element that holds text.
 */
#ifndef CW_BP_H
#define CW_BP_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* What class, id, role, itemprop and the tag itself say about an element. */
enum bp_cue {
	BP_CUE_NAV = 1u << 0,           /* nav, menu, breadcrumb, skip links */
	BP_CUE_HEADER = 1u << 1,        /* site header, masthead */
	BP_CUE_FOOTER = 1u << 2,        /* footer, copyright */
	BP_CUE_SHARE = 1u << 3,         /* share bars, social buttons */
	BP_CUE_RELATED = 1u << 4,       /* related, most read, recommended */
	BP_CUE_AD = 1u << 5,            /* ads, sponsors, promos */
	BP_CUE_NEWSLETTER = 1u << 6,    /* sign-up, subscribe, donate */
	BP_CUE_COMMENT = 1u << 7,       /* comments, replies */
	BP_CUE_COOKIE = 1u << 8,        /* cookie and consent banners */
	BP_CUE_CAPTION = 1u << 9,       /* figure captions, photo credits */
	BP_CUE_BYLINE = 1u << 10,       /* byline, author, date line, bio */
	BP_CUE_SIDEBAR = 1u << 11,      /* sidebars, widgets, rails */
	BP_CUE_HIDDEN = 1u << 12,       /* hidden, screen-reader-only */
	BP_CUE_TAGS = 1u << 13,         /* tag and topic lists */
	BP_CUE_FORM = 1u << 14,         /* forms, buttons */
	BP_CUE_MEDIA = 1u << 15,        /* figures, galleries, video players */
	BP_CUE_META = 1u << 16,         /* "post meta", info bars */
	BP_CUE_ARTICLE = 1u << 24,      /* article, post, story, entry */
	BP_CUE_BODY = 1u << 25,         /* article body: itemprop=articleBody,
	                                   article-body, entry-content ... */
	BP_CUE_MAIN = 1u << 26,         /* main, role=main, content */
	BP_CUE_HEADLINE = 1u << 27      /* itemprop=headline, class headline */
};

#define BP_CUE_BAD 0x0001FFFFu     /* every furniture cue */

/* The name of cue bit i ("nav", "share" ...), NULL for unused bits. */
extern const char *const bp_cue_names[32];
#define BP_CUE_GOOD 0x0F000000u

/* Element kinds that matter to the decision (tag ids). */
enum bp_tag {
	BP_TAG_OTHER = 0,
	BP_TAG_BODY, BP_TAG_DIV, BP_TAG_P, BP_TAG_H1, BP_TAG_H2, BP_TAG_H3,
	BP_TAG_H4, BP_TAG_H5, BP_TAG_H6, BP_TAG_LI, BP_TAG_UL, BP_TAG_OL,
	BP_TAG_DL, BP_TAG_DT, BP_TAG_DD, BP_TAG_TABLE, BP_TAG_TR, BP_TAG_TD,
	BP_TAG_TH, BP_TAG_BLOCKQUOTE, BP_TAG_PRE, BP_TAG_ARTICLE,
	BP_TAG_SECTION, BP_TAG_MAIN, BP_TAG_HEADER, BP_TAG_FOOTER, BP_TAG_NAV,
	BP_TAG_ASIDE, BP_TAG_FIGURE, BP_TAG_FIGCAPTION, BP_TAG_FORM,
	BP_TAG_ADDRESS, BP_TAG_CENTER, BP_TAG_CAPTION, BP_TAG_DETAILS,
	BP_TAG_SUMMARY, BP_TAG_HGROUP, BP_TAG_FIELDSET, BP_TAG_MENU,
	BP_TAG_TEXT,    /* a line of a text page */
	BP_TAG_COUNT
};

extern const char *const bp_tag_names[BP_TAG_COUNT];

/* An element that holds text somewhere below it. */
struct bp_node {
	uint32_t parent;        /* index of the parent node; BP_NONE at the top */
	uint16_t tag;           /* enum bp_tag */
	uint16_t depth;
	uint32_t cues;          /* this element's own cues */
	uint32_t class_off;     /* "tag.class#id" label, for --explain */
	uint32_t class_len;
	/* filled in by bp_classify */
	uint32_t chars;         /* text below, in characters */
	uint32_t link_chars;    /* ... of it inside links */
	uint32_t good_chars;    /* ... in blocks that look like prose */
	float score;            /* content score */
};

#define BP_NONE UINT32_MAX

enum bp_decision { BP_DROP = 0, BP_KEEP = 1 };

/* Why a block was kept or dropped (--explain prints the name). */
enum bp_reason {
	BP_R_BODY,              /* kept: text of the article */
	BP_R_HEADLINE,          /* kept: the headline */
	BP_R_HEADING,           /* kept: a subheading between kept blocks */
	BP_R_CONTEXT,           /* kept: a short paragraph between kept ones */
	BP_R_CAPTION_KEPT,      /* kept: a caption, under --captions */
	BP_R_FALLBACK,          /* kept: a page too short to judge */
	BP_R_OUTSIDE,           /* dropped: outside the article's container */
	BP_R_CUE,               /* dropped: class, id or tag name furniture */
	BP_R_LINKS,             /* dropped: mostly links */
	BP_R_REPEATED,          /* dropped: on other articles of the site */
	BP_R_FURNITURE,         /* dropped: a stock phrase of furniture */
	BP_R_CAPTION,           /* dropped: a caption */
	BP_R_CREDIT,            /* dropped: a photo credit */
	BP_R_DATELINE,          /* dropped: a date line (metadata) */
	BP_R_BYLINE,            /* dropped: a byline (metadata) */
	BP_R_APPEAL,            /* dropped: donation, subscription appeal */
	BP_R_LOW,               /* dropped: too short or too little prose */
	BP_R_COUNT
};

extern const char *const bp_reason_names[BP_R_COUNT];

struct bp_block {
	size_t off, len;        /* the text, in bp_page.text */
	uint32_t node;          /* innermost element (HTML), BP_NONE for text */
	uint32_t group;         /* text pages: blank-line-separated group */
	uint32_t cues;          /* cues of the element and all its ancestors */
	uint32_t chars;         /* characters (code points) */
	uint32_t link_chars;    /* characters inside <a href> */
	uint32_t words;
	uint32_t stopwords;     /* English stopwords among words */
	uint32_t sentences;     /* sentence ends (. ! ? followed by space/end) */
	uint32_t commas;
	uint16_t tag;           /* enum bp_tag of the element (or BP_TAG_TEXT) */
	uint8_t first_person;   /* we/our/us outside quotes */
	uint8_t second_person;  /* you/your outside quotes */
	uint8_t ends_sentence;  /* last character closes a sentence */
	uint8_t capitalised;    /* starts with a capital, digit or quote */
	uint8_t repeated;       /* seen on other pages of the site */
	uint8_t glued;          /* text pages: glued to the block before it
	                           with no space ("difference.The") */
	uint8_t lexicon;        /* enum bp_lexicon: furniture phrase, 0 none,
	                           BP_LX_UNKNOWN until bp_block_lexicon() */
	uint8_t decision;       /* enum bp_decision */
	uint8_t reason;         /* enum bp_reason */
};

/* Page metadata (--meta).  Each is empty when unknown. */
struct bp_meta {
	struct buf title;       /* <title> */
	struct buf headline;    /* og:title, JSON-LD headline, h1 */
	struct buf author;      /* authors, separated by '\n' */
	struct buf date;        /* publication date as found */
	struct buf modified;    /* last modification date as found */
	struct buf url;         /* canonical URL */
	struct buf site;        /* og:site_name or the URL's host */
	struct buf description;
	struct buf time;        /* the first <time datetime>, a last resort */
	unsigned char prio[8];  /* how good each source so far (bp_meta.c) */
	uint32_t headline_block;        /* the block that is the headline */
};

struct bp_page {
	struct buf text;        /* block texts back to back */
	struct buf labels;      /* element labels for --explain */
	struct bp_block *blocks;
	size_t nblocks, blocks_cap;
	struct bp_node *nodes;
	size_t nnodes, nodes_cap;
	struct bp_meta meta;
	int html;               /* 1 for HTML, 0 for text */
	int wrapped;            /* text page with hard-wrapped paragraphs */
};

struct bp_options {
	int captions;           /* keep figure captions */
};

void bp_page_init(struct bp_page *pg);
void bp_page_reset(struct bp_page *pg);
void bp_page_free(struct bp_page *pg);

/* Sniff: does data look like HTML (doctype, <html, or tags)? */
int bp_looks_html(const char *data, size_t len);

enum bp_format { BP_FORMAT_SNIFF, BP_FORMAT_HTML, BP_FORMAT_TEXT };

/* What reading a page found wrong with its bytes (0 and NULL: nothing). */
struct bp_input_report {
	unsigned long binary_line;      /* a NUL byte here: not a page */
	unsigned long bad_utf8_line;    /* first bytes replaced by U+FFFD */
	const char *unsupported;        /* a declared charset we cannot read */
	size_t unsupported_len;
	int read_as;                    /* ... so read as (enum charset) */
};

/*
 * Read a page from its raw bytes: binary data (a NUL byte in the first
 * 8 KiB) is refused with -1; otherwise the page is sniffed (or taken as
 * format says), converted to UTF-8 in scratch when it has to be, and read
 * into pg, and 0 is returned.  The entry point for fuzzing the whole
 * reader.
 */
int bp_read_page(struct bp_page *pg, const char *data, size_t len,
    enum bp_format format, struct buf *scratch, struct bp_input_report *r);

/* Read a page already in UTF-8 (see charset.h). */
void bp_read_html(struct bp_page *pg, const char *data, size_t len);
void bp_read_text(struct bp_page *pg, const char *data, size_t len);

/* The stock phrase a block holds (bp_lexicon.h), looked up on first use:
 * most blocks of a page are never asked. */
#define BP_LX_UNKNOWN 255
int bp_block_lexicon(const struct bp_page *pg, struct bp_block *b);

/* Block helpers used by the readers. */
struct bp_block *bp_add_block(struct bp_page *pg, size_t off, size_t len);
void bp_measure(struct bp_page *pg, struct bp_block *b);

/* Does s[0, n) end a sentence, perhaps inside closing quotes or brackets
 * (what bp_measure() sets ends_sentence from)? */
int bp_ends_sentence(const char *s, size_t n);

/* The classifier: sets decision and reason of every block.  Blocks marked
 * repeated (bp_seen.h) count as furniture. */
void bp_classify(struct bp_page *pg, const struct bp_options *o);

/* Metadata that the text itself carries: bylines, datelines (bp_meta.c). */
void bp_meta_from_blocks(struct bp_page *pg);

static inline const char *
bp_text(const struct bp_page *pg, const struct bp_block *b)
{
	return pg->text.data + b->off;
}

#endif
