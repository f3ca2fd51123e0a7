/* bp_lexicon.c - stock phrases of page furniture (see bp_lexicon.h). */
#include <string.h>

#include "bp.h"
#include "bp_lexicon.h"
#include "bp_meta.h"

const char *const bp_lexicon_names[BP_LX_COUNT] = {
	"", "nav", "share", "related", "ad", "appeal", "appeal-weak", "comment",
	"cookie", "credit", "caption-mark", "agency", "legal", "legal-weak", "url",
	"byline",
	"dateline", "tags", "contact"
};

/* TAIL: a SUFFIX of a line of TAIL_WORDS words at most ("View all 45
 * comments"), not of a sentence that ends with the same word ("a spokesman
 * declined to make any further comments"). */
enum { EXACT, PREFIX, SUFFIX, TAIL };
#define TAIL_WORDS 4

struct phrase {
	const char *text;       /* in key form: see make_key() */
	unsigned char how;
	unsigned char kind;
};

/*
 * Phrases matched against the key of a block: lower case, every run of
 * characters other than letters, digits and ':' made one space, trimmed.
 * PREFIX, SUFFIX and TAIL match whole words.
 */
static const struct phrase phrases[] = {
	/* navigation */
	{ "skip to", PREFIX, BP_LX_NAV }, { "skip next section", PREFIX, BP_LX_NAV },
	{ "jump to", PREFIX, BP_LX_NAV }, { "go to homepage", EXACT, BP_LX_NAV },
	{ "back to top", EXACT, BP_LX_NAV }, { "home", EXACT, BP_LX_NAV },
	{ "menu", EXACT, BP_LX_NAV }, { "main menu", EXACT, BP_LX_NAV },
	{ "search", EXACT, BP_LX_NAV }, { "sections", EXACT, BP_LX_NAV },
	{ "close", EXACT, BP_LX_NAV }, { "toggle navigation", EXACT, BP_LX_NAV },
	{ "next article", EXACT, BP_LX_NAV }, { "previous article", EXACT, BP_LX_NAV },
	{ "next story", EXACT, BP_LX_NAV }, { "previous story", EXACT, BP_LX_NAV },
	{ "next post", PREFIX, BP_LX_NAV }, { "previous post", PREFIX, BP_LX_NAV },
	{ "log in", EXACT, BP_LX_NAV }, { "sign in", EXACT, BP_LX_NAV },
	{ "login", EXACT, BP_LX_NAV }, { "log out", EXACT, BP_LX_NAV },
	{ "you are here:", PREFIX, BP_LX_NAV }, { "tags:", PREFIX, BP_LX_TAGS },
	{ "continue reading", EXACT, BP_LX_NAV },
	{ "continue reading the main story", EXACT, BP_LX_NAV },
	{ "click here", PREFIX, BP_LX_NAV },
	{ "listen to this article", EXACT, BP_LX_SHARE },
	{ "listen to this story", EXACT, BP_LX_SHARE },
	{ "tags", EXACT, BP_LX_TAGS }, { "topics:", PREFIX, BP_LX_TAGS },
	{ "tagged:", PREFIX, BP_LX_TAGS }, { "tag:", PREFIX, BP_LX_TAGS },
	{ "copyright", PREFIX, BP_LX_LEGAL }, { "filed under:", PREFIX, BP_LX_TAGS },
	/* sharing */
	{ "share", EXACT, BP_LX_SHARE }, { "share this", PREFIX, BP_LX_SHARE },
	{ "share on", PREFIX, BP_LX_SHARE }, { "share via", PREFIX, BP_LX_SHARE },
	{ "share article", EXACT, BP_LX_SHARE }, { "share story", EXACT, BP_LX_SHARE },
	{ "tweet", EXACT, BP_LX_SHARE }, { "email", EXACT, BP_LX_SHARE },
	{ "print", EXACT, BP_LX_SHARE }, { "copy link", EXACT, BP_LX_SHARE },
	{ "whatsapp", EXACT, BP_LX_SHARE }, { "facebook", EXACT, BP_LX_SHARE },
	{ "twitter", EXACT, BP_LX_SHARE }, { "linkedin", EXACT, BP_LX_SHARE },
	{ "reddit", EXACT, BP_LX_SHARE }, { "pinterest", EXACT, BP_LX_SHARE },
	{ "share this:", EXACT, BP_LX_SHARE }, { "like this story", PREFIX, BP_LX_SHARE },
	{ "like this article", PREFIX, BP_LX_SHARE },
	/* recirculation */
	{ "explore more", EXACT, BP_LX_RELATED }, { "top story", SUFFIX, BP_LX_RELATED },
	{ "top stories", SUFFIX, BP_LX_RELATED }, { "more stories", PREFIX, BP_LX_RELATED },
	{ "related", EXACT, BP_LX_RELATED }, { "related:", PREFIX, BP_LX_RELATED },
	{ "related articles", EXACT, BP_LX_RELATED },
	{ "related stories", EXACT, BP_LX_RELATED },
	{ "related content", EXACT, BP_LX_RELATED }, { "related news", EXACT, BP_LX_RELATED },
	{ "related topics", EXACT, BP_LX_RELATED },
	{ "related coverage", PREFIX, BP_LX_RELATED },
	{ "read more", EXACT, BP_LX_RELATED }, { "read more:", PREFIX, BP_LX_RELATED },
	{ "read next", PREFIX, BP_LX_RELATED }, { "read also", PREFIX, BP_LX_RELATED },
	{ "also read", PREFIX, BP_LX_RELATED }, { "see also", PREFIX, BP_LX_RELATED },
	{ "most read", EXACT, BP_LX_RELATED }, { "most popular", EXACT, BP_LX_RELATED },
	{ "most viewed", EXACT, BP_LX_RELATED }, { "popular on", PREFIX, BP_LX_RELATED },
	{ "more", EXACT, BP_LX_RELATED }, { "more like this", EXACT, BP_LX_RELATED },
	{ "recommended", EXACT, BP_LX_RELATED },
	{ "recommended for you", EXACT, BP_LX_RELATED },
	{ "you may also like", EXACT, BP_LX_RELATED },
	{ "you might also like", EXACT, BP_LX_RELATED },
	{ "you may be interested in", EXACT, BP_LX_RELATED },
	{ "trending", EXACT, BP_LX_RELATED }, { "trending now", EXACT, BP_LX_RELATED },
	{ "latest news", EXACT, BP_LX_RELATED }, { "latest", EXACT, BP_LX_RELATED },
	{ "more from", PREFIX, BP_LX_RELATED }, { "more news", EXACT, BP_LX_RELATED },
	{ "more on this story", EXACT, BP_LX_RELATED },
	{ "editor s picks", EXACT, BP_LX_RELATED }, { "editors picks", EXACT, BP_LX_RELATED },
	{ "up next", EXACT, BP_LX_RELATED }, { "watch:", PREFIX, BP_LX_RELATED },
	{ "what to read next", EXACT, BP_LX_RELATED },
	{ "also on", PREFIX, BP_LX_RELATED }, { "related post", PREFIX, BP_LX_RELATED },
	{ "related posts", PREFIX, BP_LX_RELATED },
	{ "related roundup", PREFIX, BP_LX_RELATED },
	{ "related reading", PREFIX, BP_LX_RELATED },
	/* advertising */
	{ "advertisement", PREFIX, BP_LX_AD }, { "advertising", EXACT, BP_LX_AD },
	{ "sponsored", EXACT, BP_LX_AD }, { "sponsored content", EXACT, BP_LX_AD },
	{ "sponsored by", PREFIX, BP_LX_AD }, { "ad", EXACT, BP_LX_AD },
	{ "story continues below advertisement", EXACT, BP_LX_AD },
	{ "article continues below", PREFIX, BP_LX_AD },
	{ "continue reading below", EXACT, BP_LX_AD },
	{ "continue reading", EXACT, BP_LX_AD }, { "paid content", EXACT, BP_LX_AD },
	{ "partner content", EXACT, BP_LX_AD }, { "advert", EXACT, BP_LX_AD },
	/* ... and the word "advertisement" in other languages */
	{ "anzeige", EXACT, BP_LX_AD }, { "werbung", EXACT, BP_LX_AD },
	{ "publicidad", EXACT, BP_LX_AD }, { "publicidade", EXACT, BP_LX_AD },
	{ "publicit\xc3\xa9", EXACT, BP_LX_AD },
	{ "pubblicit\xc3\xa0", EXACT, BP_LX_AD }, { "advertentie", EXACT, BP_LX_AD },
	{ "iklan", EXACT, BP_LX_AD },
	{ "\xd0\xa0\xd0\xb5\xd0\xba\xd0\xbb\xd0\xb0\xd0\xbc\xd0\xb0", EXACT, BP_LX_AD },
	/* comments */
	{ "comments", EXACT, BP_LX_COMMENT }, { "comment", EXACT, BP_LX_COMMENT },
	{ "join the conversation", PREFIX, BP_LX_COMMENT },
	{ "join the discussion", PREFIX, BP_LX_COMMENT },
	{ "join our commenting forum", PREFIX, BP_LX_COMMENT },
	{ "leave a comment", PREFIX, BP_LX_COMMENT },
	{ "leave a reply", PREFIX, BP_LX_COMMENT },
	{ "show comments", PREFIX, BP_LX_COMMENT },
	{ "view comments", PREFIX, BP_LX_COMMENT },
	{ "post a comment", PREFIX, BP_LX_COMMENT },
	{ "add a comment", PREFIX, BP_LX_COMMENT },
	{ "load comments", PREFIX, BP_LX_COMMENT },
	{ "comments", TAIL, BP_LX_COMMENT },
	/* credits */
	{ "photo by", PREFIX, BP_LX_CREDIT }, { "photo by:", PREFIX, BP_LX_CREDIT },
	{ "photo:", PREFIX, BP_LX_CREDIT }, { "photos:", PREFIX, BP_LX_CREDIT },
	{ "photograph:", PREFIX, BP_LX_CREDIT },
	{ "photograph by", PREFIX, BP_LX_CREDIT },
	{ "image:", PREFIX, BP_LX_CREDIT }, { "images:", PREFIX, BP_LX_CREDIT },
	{ "image copyright", PREFIX, BP_LX_CREDIT },
	{ "image source", PREFIX, BP_LX_CREDIT },
	{ "picture:", PREFIX, BP_LX_CREDIT }, { "pictures:", PREFIX, BP_LX_CREDIT },
	{ "credit:", PREFIX, BP_LX_CREDIT }, { "credits:", PREFIX, BP_LX_CREDIT },
	{ "photo credit", PREFIX, BP_LX_CREDIT },
	{ "image credit", PREFIX, BP_LX_CREDIT },
	{ "file photo", PREFIX, BP_LX_CREDIT },
	{ "reuters", EXACT, BP_LX_CREDIT }, { "afp", EXACT, BP_LX_CREDIT },
	{ "ap", EXACT, BP_LX_CREDIT }, { "epa", EXACT, BP_LX_CREDIT },
	{ "getty", EXACT, BP_LX_CREDIT }, { "getty images", SUFFIX, BP_LX_CREDIT },
	{ "ap photo", PREFIX, BP_LX_CREDIT }, { "shutterstock", EXACT, BP_LX_CREDIT },
	{ "foto:", PREFIX, BP_LX_CREDIT }, { "fotos:", PREFIX, BP_LX_CREDIT },
	{ "\xd0\xa4\xd0\xbe\xd1\x82\xd0\xbe:", PREFIX, BP_LX_CREDIT },
	/* captions */
	{ "image caption", PREFIX, BP_LX_CAPTION_MARK },
	{ "media caption", PREFIX, BP_LX_CAPTION_MARK },
	{ "caption", EXACT, BP_LX_CAPTION_MARK },
	{ "caption:", PREFIX, BP_LX_CAPTION_MARK },
	/* agency and reporting credits */
	{ "and agencies", SUFFIX, BP_LX_AGENCY },
	{ "with agencies", SUFFIX, BP_LX_AGENCY },
	{ "agencies", EXACT, BP_LX_AGENCY },
	{ "contributed to this report", SUFFIX, BP_LX_AGENCY },
	{ "contributed to this story", SUFFIX, BP_LX_AGENCY },
	{ "contributed reporting", SUFFIX, BP_LX_AGENCY },
	{ "additional reporting by", PREFIX, BP_LX_AGENCY },
	{ "reporting by", PREFIX, BP_LX_AGENCY },
	{ "editing by", PREFIX, BP_LX_AGENCY },
	{ "writing by", PREFIX, BP_LX_AGENCY },
	{ "compiled by", PREFIX, BP_LX_AGENCY },
	/* bylines */
	{ "written by", PREFIX, BP_LX_BYLINE }, { "posted by", PREFIX, BP_LX_BYLINE },
	{ "author:", PREFIX, BP_LX_BYLINE },
};

#define NPHRASES (sizeof(phrases) / sizeof(phrases[0]))
_Static_assert(NPHRASES < 256, "phrase indexes are bytes");

/* EXACT and PREFIX phrases by their first byte, SUFFIX ones apart. */
#define PHRASE_FIRST_MAX NPHRASES       /* room for all under one byte */

static unsigned char phrase_first[256][PHRASE_FIRST_MAX];  /* 1 + index */
static size_t phrase_first_len[256];
static unsigned char suffix[NPHRASES];
static size_t nsuffix;
static int phrases_ready;

static void
index_phrases(void)
{
	size_t i;

	for (i = 0; i < NPHRASES; i++) {
		unsigned char c = (unsigned char)phrases[i].text[0];

		if (phrases[i].how == SUFFIX || phrases[i].how == TAIL)
			suffix[nsuffix++] = (unsigned char)i;
		else if (phrase_first_len[c] < PHRASE_FIRST_MAX)
			phrase_first[c][phrase_first_len[c]++] =
			    (unsigned char)(i + 1);
	}
	phrases_ready = 1;
}

/* Phrases looked for anywhere in the lower-cased text. */
static const struct phrase inside[] = {
	{ "image copyright", 0, BP_LX_CREDIT },
	{ "image caption", 0, BP_LX_CAPTION_MARK },
	{ "media caption", 0, BP_LX_CAPTION_MARK },
	{ "(photo by", 0, BP_LX_CREDIT }, { "(photo:", 0, BP_LX_CREDIT },
	{ "(photo credit", 0, BP_LX_CREDIT }, { "image: ", 0, BP_LX_CREDIT },
	{ "photo: ", 0, BP_LX_CREDIT }, { "/getty images", 0, BP_LX_CREDIT },
	{ "getty images/", 0, BP_LX_CREDIT }, { "reuters/", 0, BP_LX_CREDIT },
	{ "/reuters", 0, BP_LX_CREDIT }, { "/afp", 0, BP_LX_CREDIT },
	{ "afp/", 0, BP_LX_CREDIT }, { "(ap photo", 0, BP_LX_CREDIT },
	{ "we use cookies", 0, BP_LX_COOKIE }, { "use of cookies", 0, BP_LX_COOKIE },
	{ "cookie policy", 0, BP_LX_COOKIE }, { "uses cookies", 0, BP_LX_COOKIE },
	{ "accept cookies", 0, BP_LX_COOKIE },
	{ "commenting forum", 0, BP_LX_COMMENT },
	{ "community guidelines", 0, BP_LX_COMMENT },
	{ "donation", 0, BP_LX_APPEAL }, { "donate", 0, BP_LX_APPEAL },
	{ "subscribe", 0, BP_LX_APPEAL }, { "subscription", 0, BP_LX_APPEAL },
	{ "newsletter", 0, BP_LX_APPEAL }, { "support us", 0, BP_LX_APPEAL },
	{ "support our", 0, BP_LX_APPEAL }, { "paywall", 0, BP_LX_APPEAL },
	{ "become a member", 0, BP_LX_APPEAL },
	{ "download our app", 0, BP_LX_APPEAL },
	{ "already a subscriber", 0, BP_LX_APPEAL },
	{ "your inbox", 0, BP_LX_APPEAL }, { "make a contribution", 0, BP_LX_APPEAL },
	{ "your support", 0, BP_LX_APPEAL_WEAK }, { "sign up", 0, BP_LX_APPEAL_WEAK },
	{ "journalism", 0, BP_LX_APPEAL_WEAK },
	{ "download the app", 0, BP_LX_APPEAL_WEAK },
	{ "get the app", 0, BP_LX_APPEAL_WEAK }, { "app store", 0, BP_LX_APPEAL_WEAK },
	{ "google play", 0, BP_LX_APPEAL_WEAK }, { "follow us", 0, BP_LX_APPEAL_WEAK },
	{ "unlimited access", 0, BP_LX_APPEAL_WEAK },
	{ "free trial", 0, BP_LX_APPEAL_WEAK },
	{ "create an account", 0, BP_LX_APPEAL_WEAK },
	{ "all rights reserved", 0, BP_LX_LEGAL }, { "\xc2\xa9", 0, BP_LX_LEGAL },
	{ "\xe2\x93\x92", 0, BP_LX_LEGAL },
	{ "terms of use", 0, BP_LX_LEGAL_WEAK },
	{ "terms of service", 0, BP_LX_LEGAL_WEAK },
	{ "privacy policy", 0, BP_LX_LEGAL_WEAK },
	{ "terms and conditions", 0, BP_LX_LEGAL_WEAK },
};

#define NINSIDE (sizeof(inside) / sizeof(inside[0]))

/*
 * One pass over the text finds any of the phrases of inside[]: the phrases
 * are indexed by their first byte, so each position of the text is tried
 * against the few phrases that could start there.
 */
#define FIRST_MAX NINSIDE       /* room for all under one byte */

static unsigned char by_first[256][FIRST_MAX];  /* 1 + index in inside[] */
static size_t by_first_len[256];
static size_t inside_len[NINSIDE];
static int by_first_ready;

static void
index_inside(void)
{
	size_t i;

	for (i = 0; i < NINSIDE; i++) {
		unsigned char c = (unsigned char)inside[i].text[0];

		inside_len[i] = strlen(inside[i].text);
		if (by_first_len[c] < FIRST_MAX)
			by_first[c][by_first_len[c]++] = (unsigned char)(i + 1);
	}
	by_first_ready = 1;
}

static enum bp_lexicon
find_inside(const char *s, size_t n)
{
	size_t i, j;

	if (!by_first_ready)
		index_inside();
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		for (j = 0; j < by_first_len[c]; j++) {
			const struct phrase *p = &inside[by_first[c][j] - 1];
			size_t k, m = inside_len[by_first[c][j] - 1];

			if (m > n - i)
				continue;
			for (k = 1; k < m; k++) {
				unsigned char d = (unsigned char)s[i + k];

				if ((d >= 'A' && d <= 'Z' ? d | 0x20 : d) !=
				    (unsigned char)p->text[k])
					break;
			}
			if (k == m)
				return (enum bp_lexicon)p->kind;
		}
	}
	return BP_LX_NONE;
}

#define KEYMAX 200
#define LOOK_MAX 1200   /* phrases are looked for this far into a block */

static int
key_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ':' ||
	    c >= 0x80;
}

/* The key of s: see phrases[].  Curly apostrophes and non-ASCII
 * punctuation become spaces too. */
static size_t
make_key(const char *s, size_t n, char *key)
{
	size_t i = 0, k = 0;
	int space = 0;

	while (i < n && k + 2 <= KEYMAX) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
			i += 3;         /* quotes, dashes, bullets */
			space = 1;
			continue;
		}
		if (c == 0xC2 && i + 1 < n && ((unsigned char)s[i + 1] == 0xA0 ||
		    (unsigned char)s[i + 1] == 0xBB || (unsigned char)s[i + 1] == 0xAB)) {
			i += 2;
			space = 1;
			continue;
		}
		if (!key_char(c)) {
			i++;
			space = 1;
			continue;
		}
		if (space && k > 0)
			key[k++] = ' ';
		space = 0;
		key[k++] = (char)c;
		i++;
	}
	while (k > 0 && key[k - 1] == ' ')
		k--;
	key[k] = '\0';
	return k;
}

static size_t
count_byte(const char *s, size_t n, char c)
{
	size_t i, count = 0;

	for (i = 0; i < n; i++)
		count += s[i] == c;
	return count;
}

static int
phrase_matches(const struct phrase *p, const char *key, size_t k)
{
	size_t m = strlen(p->text);

	if (m > k)
		return 0;
	switch (p->how) {
	case EXACT:     /* a colon at the end does not count: "Related:" */
		return (m == k || (m + 1 == k && key[m] == ':')) &&
		    memcmp(key, p->text, m) == 0;
	case PREFIX:
		return memcmp(key, p->text, m) == 0 && (m == k || key[m] == ' ' ||
		    key[m] == ':' || p->text[m - 1] == ':');
	case TAIL:
		if (count_byte(key, k, ' ') >= TAIL_WORDS)
			return 0;
		/* FALLTHROUGH */
	default:
		return memcmp(key + k - m, p->text, m) == 0 &&
		    (m == k || key[k - m - 1] == ' ');
	}
}

static const char *
find_ci(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle), i, j;

	for (i = 0; i + m <= n; i++) {
		for (j = 0; j < m; j++) {
			unsigned char c = (unsigned char)s[i + j];

			if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) !=
			    (unsigned char)needle[j])
				break;
		}
		if (j == m)
			return s + i;
	}
	return NULL;
}

/* "News / Syria", "Home > World > Europe": short, with separators. */
static int
is_breadcrumb(const char *s, size_t n)
{
	size_t i, seps = 0, words = 0;
	int in_word = 0;

	if (n > 120)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		unsigned char prev = i > 0 ? (unsigned char)s[i - 1] : ' ';
		unsigned char next = i + 1 < n ? (unsigned char)s[i + 1] : ' ';

		if ((c == '/' || c == '>' || c == '|') && (prev == ' ' ||
		    prev == 0xA0) && (next == ' ' || next == 0xC2))
			seps++;
		else if (c == 0xC2 && next == 0xBB)     /* » */
			seps++;
		else if (c == 0xE2 && next == 0x80 && i + 2 < n &&
		    (unsigned char)s[i + 2] == 0xBA)     /* › */
			seps++;
		if (c == '.' || c == '?' || c == '!')
			return 0;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
			if (!in_word)
				words++;
			in_word = 1;
		} else if (c == ' ')
			in_word = 0;
	}
	return seps >= 1 && words >= 2 && words <= 10;
}

/* A bare web address: no space, a dot, www. or http or a TLD at the end. */
static int
is_url(const char *s, size_t n)
{
	size_t i, dots = 0;

	if (n < 4 || n > 300)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] == ' ')
			return 0;
		dots += s[i] == '.';
	}
	if (dots == 0)
		return 0;
	return find_ci(s, n < 8 ? n : 8, "www.") == s ||
	    find_ci(s, n < 8 ? n : 8, "http") == s ||
	    (n > 4 && (find_ci(s + n - 4, 4, ".com") != NULL ||
	    find_ci(s + n - 4, 4, ".org") != NULL ||
	    find_ci(s + n - 4, 4, ".net") != NULL ||
	    find_ci(s + n - 3, 3, ".uk") != NULL));
}

/* "(Reuters, AFP, AP, dpa)": a short line naming two news agencies. */
static int
is_agency_list(const char *s, size_t n)
{
	static const char *const agencies[] = {
		"reuters", "afp", "ap", "dpa", "kna", "epd", "efe", "ani",
		"pti", "ians", "upi", "ansa", "tass", "xinhua", "aa", NULL
	};
	char key[KEYMAX + 1];
	size_t k, i, found = 0;

	if (n > 80 || n == 0 || s[n - 1] != ')')
		return 0;
	k = make_key(s, n, key);
	for (i = 0; agencies[i] != NULL; i++) {
		size_t m = strlen(agencies[i]);
		const char *p = key;

		while ((p = strstr(p, agencies[i])) != NULL) {
			if ((p == key || p[-1] == ' ') &&
			    (p[m] == ' ' || p[m] == '\0')) {
				found++;
				break;
			}
			p += m;
		}
	}
	(void)k;
	return found >= 2;
}

/*
 * "Follow us on Facebook, Twitter and Instagram": a short line naming two
 * social networks is a share or follow bar; "Reach her at jroe@example.com"
 * a contact line.
 */
static enum bp_lexicon
social_or_contact(const char *s, size_t n)
{
	static const char *const networks[] = {
		"facebook", "twitter", "instagram", "linkedin", "youtube",
		"whatsapp", "tiktok", "pinterest", "telegram", "reddit", NULL
	};
	size_t i, found = 0;
	const char *at;

	for (i = 0; networks[i] != NULL; i++)
		if (find_ci(s, n, networks[i]) != NULL)
			found++;
	if (found >= 2)
		return BP_LX_SHARE;
	/* an e-mail address: letters before and a dot after the '@' */
	for (at = memchr(s, '@', n); at != NULL; at = memchr(at + 1, '@',
	    n - (size_t)(at + 1 - s))) {
		const char *dot;

		if (at == s || at + 1 >= s + n || !key_char((unsigned char)(at[-1] |
		    0x20)) || (dot = memchr(at, '.', n - (size_t)(at - s))) == NULL ||
		    memchr(at, ' ', (size_t)(dot - at)) != NULL)
			continue;
		return BP_LX_CONTACT;
	}
	return BP_LX_NONE;
}

/*
 * A credit, byline, legal or "more stories" phrase that starts a sentence
 * of the article: "Reporting by the Guardian in 2019 found that ...",
 * "Written by a former minister, the letter urged ...", "Copyright lawyers
 * said ...".  The furniture goes on with a name, a year or a symbol
 * ("Reporting by Tom Perry; Editing by Peter Graff", "Copyright 2024 The
 * Courier") or stops within a few words; the sentence goes on in lower
 * case, for SENTENCE_WORDS words or more, to a full stop.
 */
#define SENTENCE_WORDS 8

/* Is the first word of key[0, k) one of words (NULL-terminated)? */
static int
starts_with_word(const char *key, size_t k, const char *const *words)
{
	size_t i, m;

	for (i = 0; words[i] != NULL; i++) {
		m = strlen(words[i]);
		if (k >= m && memcmp(key, words[i], m) == 0 &&
		    (k == m || key[m] == ' '))
			return 1;
	}
	return 0;
}

/* Where word nth (from 0) of s starts, words read as make_key() reads
 * them; n if s has fewer. */
static size_t
word_start(const char *s, size_t n, size_t nth)
{
	size_t i = 0, w;

	for (w = 0;; w++) {
		while (i < n && !key_char((unsigned char)(s[i] | 0x20)))
			i++;
		if (w == nth || i == n)
			return i;
		while (i < n && key_char((unsigned char)(s[i] | 0x20)))
			i++;
	}
}

static int
sentence_after(const struct phrase *p, const char *s, size_t n,
    const char *key, size_t k)
{
	size_t tl = strlen(p->text), i;

	if (p->how != PREFIX || (p->kind != BP_LX_BYLINE &&
	    p->kind != BP_LX_AGENCY && p->kind != BP_LX_LEGAL &&
	    p->kind != BP_LX_RELATED && p->kind != BP_LX_CREDIT) ||
	    p->text[tl - 1] == ':')
		return 0;
	if (count_byte(key, k, ' ') + 1 < SENTENCE_WORDS)
		return 0;
	if (!bp_ends_sentence(s, n))
		return 0;
	/* the word after the phrase's */
	i = word_start(s, n, count_byte(p->text, tl, ' ') + 1);
	return i < n && s[i] >= 'a' && s[i] <= 'z';
}

/*
 * "By Jane Roe", "By JANE ROE and John Doe, Reuters": a name after "By".
 * Not a sentence that starts with "By": "By the end of the day ...", "By
 * Tuesday the death toll had risen ...", "By 2030 ...".
 */
static int
byline_shape(const char *s, size_t n, const char *key, size_t k)
{
	static const char *const times[] = {
		"monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "january", "february", "march", "april",
		"may", "june", "july", "august", "september", "october",
		"november", "december", "noon", "midnight", "then", "now", NULL
	};
	size_t at = word_start(s, n, 1);
	unsigned char c = at < n ? (unsigned char)s[at] : 0;

	if (c == 0 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
		return 0;
	return !starts_with_word(key + 3, k - 3, times);
}

int
bp_starts_with_call(const char *s, size_t n)
{
	static const char *const calls[] = {
		"subscribe", "donate", "support", "join", "become", "sign",
		"get", "give", "help", "download", "register", "click", "tap",
		"read", "follow", "like", "share", "try", "start", "upgrade",
		"unlock", "enjoy", "discover", "explore", "log", "create",
		"contribute", "make", "don", "please", "never", "stay", "keep",
		"be", "want", "have", "send", "tell", "listen", "watch", "find",
		"visit", "connect", "check", "see", "learn", "view", "buy",
		"shop", "save", "contact", "email", NULL
	};
	char key[KEYMAX + 1];
	size_t k = make_key(s, n < 64 ? n : 64, key);

	return starts_with_word(key, k, calls);
}

enum bp_lexicon
bp_lexicon_of(const char *s, size_t n)
{
	char key[KEYMAX + 1];
	size_t k, i, look = n < LOOK_MAX ? n : LOOK_MAX;
	enum bp_lexicon kind;

	k = make_key(s, n, key);
	/* list numbering: "1. Skip to content" */
	if (k > 2 && key[0] >= '0' && key[0] <= '9' && key[1] == ' ') {
		memmove(key, key + 2, k - 1);
		k -= 2;
	}
	if (n <= 400 && k > 0) {
		const unsigned char *list;
		size_t m;

		if (!phrases_ready)
			index_phrases();
		list = phrase_first[(unsigned char)key[0]];
		for (i = 0; i < phrase_first_len[(unsigned char)key[0]]; i++) {
			m = list[i] - 1u;
			if (phrase_matches(&phrases[m], key, k) &&
			    !sentence_after(&phrases[m], s, n, key, k))
				return phrases[m].kind;
		}
		for (i = 0; i < nsuffix; i++)
			if (phrase_matches(&phrases[suffix[i]], key, k))
				return phrases[suffix[i]].kind;
	}
	if (is_agency_list(s, n))
		return BP_LX_AGENCY;
	if (is_url(s, n))
		return BP_LX_URL;
	if (bp_is_dateline(s, n))
		return BP_LX_DATELINE;
	if (n <= 80 && k > 3 && memcmp(key, "by ", 3) == 0 &&
	    byline_shape(s, n, key, k))
		return BP_LX_BYLINE;
	if (is_breadcrumb(s, n))
		return BP_LX_NAV;
	if (n <= 300 && (kind = social_or_contact(s, n)) != BP_LX_NONE)
		return kind;
	return find_inside(s, look);
}

static int
is_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

size_t
bp_glue_point(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;

	for (i = 2; i + 2 < n; i++) {
		if (u[i] != '.' && u[i] != '!' && u[i] != '?')
			continue;
		if (is_lower(u[i - 1]) && is_lower(u[i - 2]) &&
		    u[i + 1] >= 'A' && u[i + 1] <= 'Z' && is_lower(u[i + 2]))
			return i + 1;
	}
	return 0;
}
