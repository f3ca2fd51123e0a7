/* bp_cues.c - class, id, role and itemprop names to cues (see bp_cues.h). */
#include <string.h>

#include "bp.h"
#include "bp_cues.h"
#include "hash.h"

const char *const bp_cue_names[32] = {
	"nav", "header", "footer", "share", "related", "ad", "newsletter",
	"comment", "cookie", "caption", "byline", "sidebar", "hidden", "tags",
	"form", "media", "meta", NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	"article", "body", "main", "headline", NULL, NULL, NULL, NULL
};

enum { WORD, PART };    /* match a whole word, or anywhere in the value */

struct cue_name {
	const char *name;
	unsigned char how;
	uint32_t cues;
};

static size_t name_len[256];    /* strlen of names[i], filled on first use */

/*
 * The names.  A PART name is searched in the whole lower-cased value, so
 * it must be long enough not to hide inside unrelated words ("ad" would
 * match "head" and "download"; "comment" cannot go wrong).
 */
static const struct cue_name names[] = {
	/* navigation and page chrome */
	{ "nav", WORD, BP_CUE_NAV }, { "navs", WORD, BP_CUE_NAV },
	{ "navbar", PART, BP_CUE_NAV }, { "navigation", PART, BP_CUE_NAV },
	{ "menu", PART, BP_CUE_NAV }, { "breadcrumb", PART, BP_CUE_NAV },
	{ "pagination", PART, BP_CUE_NAV }, { "pager", WORD, BP_CUE_NAV },
	{ "skip", WORD, BP_CUE_NAV }, { "skiplink", PART, BP_CUE_NAV },
	{ "topbar", PART, BP_CUE_NAV }, { "toolbar", PART, BP_CUE_NAV },
	{ "next", WORD, BP_CUE_NAV }, { "prev", WORD, BP_CUE_NAV },
	{ "previous", WORD, BP_CUE_NAV },
	{ "header", WORD, BP_CUE_HEADER }, { "masthead", PART, BP_CUE_HEADER },
	{ "footer", PART, BP_CUE_FOOTER }, { "copyright", PART, BP_CUE_FOOTER },
	{ "colophon", PART, BP_CUE_FOOTER },
	/* sharing */
	{ "share", PART, BP_CUE_SHARE }, { "sharing", PART, BP_CUE_SHARE },
	{ "social", PART, BP_CUE_SHARE }, { "sociable", PART, BP_CUE_SHARE },
	{ "addthis", PART, BP_CUE_SHARE }, { "follow", WORD, BP_CUE_SHARE },
	/* related stories and recirculation */
	{ "related", PART, BP_CUE_RELATED }, { "recommend", PART, BP_CUE_RELATED },
	{ "morestories", PART, BP_CUE_RELATED },
	{ "mostread", PART, BP_CUE_RELATED }, { "popular", PART, BP_CUE_RELATED },
	{ "trending", PART, BP_CUE_RELATED }, { "outbrain", PART, BP_CUE_RELATED },
	{ "taboola", PART, BP_CUE_RELATED }, { "recirc", PART, BP_CUE_RELATED },
	{ "upnext", PART, BP_CUE_RELATED }, { "suggested", PART, BP_CUE_RELATED },
	{ "also", WORD, BP_CUE_RELATED }, { "teaser", PART, BP_CUE_RELATED },
	{ "readmore", PART, BP_CUE_RELATED }, { "morefrom", PART, BP_CUE_RELATED },
	{ "moreon", PART, BP_CUE_RELATED }, { "morenews", PART, BP_CUE_RELATED },
	{ "morearticles", PART, BP_CUE_RELATED },
	{ "latest", WORD, BP_CUE_RELATED }, { "carousel", PART, BP_CUE_RELATED },
	/* advertising */
	{ "ad", WORD, BP_CUE_AD }, { "ads", WORD, BP_CUE_AD },
	{ "adv", WORD, BP_CUE_AD }, { "advert", PART, BP_CUE_AD },
	{ "advertis", PART, BP_CUE_AD }, { "sponsor", PART, BP_CUE_AD },
	{ "promo", PART, BP_CUE_AD }, { "dfp", WORD, BP_CUE_AD },
	{ "gpt", WORD, BP_CUE_AD }, { "adslot", PART, BP_CUE_AD },
	{ "adunit", PART, BP_CUE_AD }, { "banner", PART, BP_CUE_AD },
	{ "commercial", PART, BP_CUE_AD }, { "affiliate", PART, BP_CUE_AD },
	{ "skyscraper", PART, BP_CUE_AD }, { "leaderboard", PART, BP_CUE_AD },
	/* appeals */
	{ "newsletter", PART, BP_CUE_NEWSLETTER },
	{ "subscri", PART, BP_CUE_NEWSLETTER }, { "signup", PART, BP_CUE_NEWSLETTER },
	{ "paywall", PART, BP_CUE_NEWSLETTER }, { "donat", PART, BP_CUE_NEWSLETTER },
	{ "membership", PART, BP_CUE_NEWSLETTER },
	{ "login", PART, BP_CUE_NEWSLETTER }, { "register", PART, BP_CUE_NEWSLETTER },
	{ "cta", WORD, BP_CUE_NEWSLETTER }, { "optin", PART, BP_CUE_NEWSLETTER },
	/* comments */
	{ "comment", PART, BP_CUE_COMMENT }, { "disqus", PART, BP_CUE_COMMENT },
	{ "discussion", PART, BP_CUE_COMMENT }, { "replies", PART, BP_CUE_COMMENT },
	{ "respond", WORD, BP_CUE_COMMENT }, { "reply", WORD, BP_CUE_COMMENT },
	/* consent */
	{ "cookie", PART, BP_CUE_COOKIE }, { "consent", PART, BP_CUE_COOKIE },
	{ "gdpr", PART, BP_CUE_COOKIE }, { "cmp", WORD, BP_CUE_COOKIE },
	/* captions and credits */
	{ "caption", PART, BP_CUE_CAPTION }, { "credit", PART, BP_CUE_CAPTION },
	{ "figcaption", PART, BP_CUE_CAPTION },
	/* bylines and dates */
	{ "byline", PART, BP_CUE_BYLINE }, { "author", PART, BP_CUE_BYLINE },
	{ "contributor", PART, BP_CUE_BYLINE }, { "bio", WORD, BP_CUE_BYLINE },
	{ "dateline", PART, BP_CUE_BYLINE }, { "timestamp", PART, BP_CUE_BYLINE },
	{ "date", WORD, BP_CUE_BYLINE }, { "time", WORD, BP_CUE_BYLINE },
	{ "published", WORD, BP_CUE_BYLINE }, { "posted", WORD, BP_CUE_BYLINE },
	{ "meta", WORD, BP_CUE_META }, { "info", WORD, BP_CUE_META },
	/* sidebars */
	{ "sidebar", PART, BP_CUE_SIDEBAR }, { "aside", WORD, BP_CUE_SIDEBAR },
	{ "widget", PART, BP_CUE_SIDEBAR }, { "rail", WORD, BP_CUE_SIDEBAR },
	{ "rightrail", PART, BP_CUE_SIDEBAR },
	/* hidden */
	{ "hidden", WORD, BP_CUE_HIDDEN }, { "hide", WORD, BP_CUE_HIDDEN },
	{ "sr", WORD, BP_CUE_HIDDEN }, { "screenreader", PART, BP_CUE_HIDDEN },
	{ "visuallyhidden", PART, BP_CUE_HIDDEN }, { "offscreen", PART, BP_CUE_HIDDEN },
	{ "invisible", WORD, BP_CUE_HIDDEN },
	/* tags and topics */
	{ "tags", WORD, BP_CUE_TAGS }, { "tag", WORD, BP_CUE_TAGS },
	{ "taglist", PART, BP_CUE_TAGS }, { "tagcloud", PART, BP_CUE_TAGS },
	{ "topics", WORD, BP_CUE_TAGS }, { "keywords", WORD, BP_CUE_TAGS },
	{ "categories", WORD, BP_CUE_TAGS },
	/* media */
	{ "gallery", PART, BP_CUE_MEDIA }, { "slideshow", PART, BP_CUE_MEDIA },
	{ "videoplayer", PART, BP_CUE_MEDIA }, { "jwplayer", PART, BP_CUE_MEDIA },
	/* the article */
	{ "article", PART, BP_CUE_ARTICLE }, { "post", WORD, BP_CUE_ARTICLE },
	{ "story", PART, BP_CUE_ARTICLE }, { "entry", WORD, BP_CUE_ARTICLE },
	{ "hentry", WORD, BP_CUE_ARTICLE }, { "blog", WORD, BP_CUE_ARTICLE },
	{ "content", PART, BP_CUE_MAIN }, { "main", WORD, BP_CUE_MAIN },
	{ "headline", PART, BP_CUE_HEADLINE }, { "title", WORD, BP_CUE_HEADLINE },
	{ "entrytitle", PART, BP_CUE_HEADLINE }, { "posttitle", PART, BP_CUE_HEADLINE },
	{ "articletitle", PART, BP_CUE_HEADLINE }, { "storytitle", PART, BP_CUE_HEADLINE },
	{ "newstitle", PART, BP_CUE_HEADLINE },
};

#define NNAMES (sizeof(names) / sizeof(names[0]))
_Static_assert(NNAMES <= 256, "name_len[] is too small");

/* Words that, right after article/story/entry/post/news/blog, name the
 * body of the article: "article-body", "entry-content", "storytext". */
static const char *const body_heads[] = {
	"article", "story", "entry", "post", "news", "blog", "main", NULL
};
static const char *const body_tails[] = {
	"body", "content", "text", "copy", NULL
};

static int
is_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	    (c >= 'A' && c <= 'Z');
}

/*
 * Lower-case value into low (letters and digits only, words glued: "Story
 * BodyCompanion" -> "storybodycompanion") and record where each word
 * starts and ends in low.
 */
#define MAXWORDS 48
#define MAXLOW 512

struct words {
	char low[MAXLOW + 1];
	size_t lowlen;
	uint16_t start[MAXWORDS], end[MAXWORDS];
	size_t n;
};

static void
cut_words(const char *v, size_t len, struct words *w)
{
	size_t i;
	int in_word = 0;

	w->lowlen = 0;
	w->n = 0;
	for (i = 0; i < len && w->lowlen < MAXLOW; i++) {
		unsigned char c = (unsigned char)v[i];
		int upper = c >= 'A' && c <= 'Z';

		if (!is_alnum(c)) {
			if (in_word && w->n < MAXWORDS)
				w->end[w->n++] = (uint16_t)w->lowlen;
			in_word = 0;
			continue;
		}
		/* a lower-to-upper change starts a new word: "adContainer" */
		if (in_word && upper && i > 0 && v[i - 1] >= 'a' &&
		    v[i - 1] <= 'z') {
			if (w->n < MAXWORDS)
				w->end[w->n++] = (uint16_t)w->lowlen;
			in_word = 0;
		}
		if (!in_word && w->n < MAXWORDS) {
			w->start[w->n] = (uint16_t)w->lowlen;
			in_word = 1;
		}
		w->low[w->lowlen++] = (char)(upper ? c | 0x20 : c);
	}
	if (in_word && w->n < MAXWORDS)
		w->end[w->n++] = (uint16_t)w->lowlen;
	w->low[w->lowlen] = '\0';
}

/* Does the glued value hold HEAD followed by TAIL ("articlebody")? */
static int
names_body(const struct words *w)
{
	size_t h, t;

	for (h = 0; body_heads[h] != NULL; h++) {
		const char *p = w->low;
		size_t hk = strlen(body_heads[h]);

		while ((p = strstr(p, body_heads[h])) != NULL) {
			const char *q = p + hk;

			for (t = 0; body_tails[t] != NULL; t++)
				if (strncmp(q, body_tails[t],
				    strlen(body_tails[t])) == 0)
					return 1;
			p++;
		}
	}
	return strstr(w->low, "bodytext") != NULL ||
	    strstr(w->low, "richtext") != NULL;
}

/* Is a hidden/hide word followed by a screen size ("hidden-xs")? */
static int
responsive(const struct words *w)
{
	static const char *const sizes[] = {
		"xs", "sm", "md", "lg", "xl", "mobile", "desktop", "tablet",
		"phone", "print", "small", "medium", "large", "for", NULL
	};
	size_t i, j;

	for (i = 0; i + 1 < w->n; i++) {
		size_t k = (size_t)(w->end[i] - w->start[i]);

		if (!((k == 6 && memcmp(w->low + w->start[i], "hidden", 6) == 0) ||
		    (k == 4 && memcmp(w->low + w->start[i], "hide", 4) == 0)))
			continue;
		for (j = 0; sizes[j] != NULL; j++)
			if ((size_t)(w->end[i + 1] - w->start[i + 1]) ==
			    strlen(sizes[j]) && memcmp(w->low + w->start[i + 1],
			    sizes[j], strlen(sizes[j])) == 0)
				return 1;
	}
	return 0;
}

/* names[] indexed by first letter, built on first use: one pass over a
 * value then tries only the names that could start at each position. */
#define BY_FIRST_MAX NNAMES     /* room for every name under one letter */

static unsigned char by_first[256][BY_FIRST_MAX];       /* 1 + index */
static size_t by_first_len[256];

static void
index_names(void)
{
	size_t i;

	for (i = 0; i < NNAMES; i++) {
		unsigned char c = (unsigned char)names[i].name[0];

		name_len[i] = strlen(names[i].name);
		if (by_first_len[c] < BY_FIRST_MAX)
			by_first[c][by_first_len[c]++] = (unsigned char)(i + 1);
	}
}

static uint32_t
compute(const char *value, size_t len)
{
	struct words w;
	unsigned char word_at[MAXLOW + 1];      /* word length starting here */
	uint32_t cues = 0;
	size_t i, j;

	cut_words(value, len, &w);
	if (w.lowlen == 0)
		return 0;
	if (name_len[0] == 0)
		index_names();
	memset(word_at, 0, w.lowlen + 1);
	for (i = 0; i < w.n; i++)
		word_at[w.start[i]] = (unsigned char)(w.end[i] - w.start[i] < 255 ?
		    w.end[i] - w.start[i] : 255);
	for (i = 0; i < w.lowlen; i++) {
		unsigned char c = (unsigned char)w.low[i];

		for (j = 0; j < by_first_len[c]; j++) {
			size_t k = by_first[c][j] - 1u, m = name_len[k];
			const struct cue_name *nm = &names[k];

			if (cues & nm->cues || m > w.lowlen - i)
				continue;
			if (nm->how == WORD && word_at[i] != m)
				continue;
			if (memcmp(w.low + i, nm->name, m) == 0)
				cues |= nm->cues;
		}
	}
	if (cues & (BP_CUE_ARTICLE | BP_CUE_MAIN) && names_body(&w))
		cues |= BP_CUE_BODY;
	/* "hidden-xs", "hide-mobile": hidden on some screens only */
	if (cues & BP_CUE_HIDDEN && responsive(&w))
		cues &= ~(uint32_t)BP_CUE_HIDDEN;
	/* an embedded tweet or post is part of the story, not a share bar */
	if (strstr(w.low, "embed") != NULL || strstr(w.low, "tweet") != NULL ||
	    strstr(w.low, "instagram") != NULL)
		cues &= ~(uint32_t)(BP_CUE_SHARE | BP_CUE_MEDIA);
	return cues;
}

/* A direct-mapped cache: templates repeat the same few hundred classes. */
#define CACHE_SIZE 4096
#define CACHE_KEYMAX 96

static struct {
	uint64_t hash;
	uint32_t cues;
	uint16_t len;
	char key[CACHE_KEYMAX];
} cache[CACHE_SIZE];

uint32_t
bp_cues_of_name(const char *value, size_t len)
{
	uint64_t h;
	size_t slot;
	uint32_t cues;

	if (len == 0)
		return 0;
	if (len > CACHE_KEYMAX)
		return compute(value, len);
	h = fnv1a64(value, len);
	slot = h & (CACHE_SIZE - 1);
	if (cache[slot].hash == h && cache[slot].len == len &&
	    memcmp(cache[slot].key, value, len) == 0)
		return cache[slot].cues;
	cues = compute(value, len);
	cache[slot].hash = h;
	cache[slot].len = (uint16_t)len;
	memcpy(cache[slot].key, value, len);
	cache[slot].cues = cues;
	return cues;
}

static int
equal_ci(const char *s, size_t n, const char *word)
{
	size_t i;

	if (strlen(word) != n)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) != (unsigned char)word[i])
			return 0;
	}
	return 1;
}

uint32_t
bp_cues_of_role(const char *v, size_t n)
{
	static const struct { const char *role; uint32_t cues; } roles[] = {
		{ "navigation", BP_CUE_NAV }, { "menu", BP_CUE_NAV },
		{ "menubar", BP_CUE_NAV }, { "banner", BP_CUE_HEADER },
		{ "contentinfo", BP_CUE_FOOTER }, { "complementary", BP_CUE_SIDEBAR },
		{ "search", BP_CUE_FORM }, { "dialog", BP_CUE_COOKIE },
		{ "alertdialog", BP_CUE_COOKIE }, { "main", BP_CUE_MAIN },
		{ "article", BP_CUE_ARTICLE }, { "heading", 0 },
	};
	size_t i;

	for (i = 0; i < sizeof(roles) / sizeof(roles[0]); i++)
		if (equal_ci(v, n, roles[i].role))
			return roles[i].cues;
	return 0;
}

uint32_t
bp_cues_of_itemprop(const char *v, size_t n)
{
	if (equal_ci(v, n, "articlebody") || equal_ci(v, n, "text"))
		return BP_CUE_BODY;
	if (equal_ci(v, n, "headline"))
		return BP_CUE_HEADLINE;
	if (equal_ci(v, n, "author") || equal_ci(v, n, "datepublished") ||
	    equal_ci(v, n, "datemodified") || equal_ci(v, n, "creator"))
		return BP_CUE_BYLINE;
	if (equal_ci(v, n, "caption") || equal_ci(v, n, "copyrightholder"))
		return BP_CUE_CAPTION;
	if (equal_ci(v, n, "comment"))
		return BP_CUE_COMMENT;
	return 0;
}

int
bp_style_hides(const char *v, size_t n)
{
	char low[256];
	size_t i, k = 0;

	for (i = 0; i < n && k < sizeof(low) - 1; i++) {
		unsigned char c = (unsigned char)v[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
			continue;
		low[k++] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
	}
	low[k] = '\0';
	return strstr(low, "display:none") != NULL ||
	    strstr(low, "visibility:hidden") != NULL;
}
