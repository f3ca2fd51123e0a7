/* bp_meta.c - a page's headline, authors, dates, URL and site (see
 * bp_meta.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bp.h"
#include "bp_lexicon.h"
#include "bp_meta.h"
#include "err.h"
#include "html_entity.h"
#include "json.h"
#include "utf8.h"

/* Slots of bp_meta.prio: how trustworthy the value so far is. */
enum { MP_HEADLINE, MP_AUTHOR, MP_DATE, MP_MODIFIED, MP_URL, MP_SITE,
	MP_DESC };

/* Sources, worst first. */
enum { SRC_NONE, SRC_TEXT, SRC_TIME, SRC_TITLE, SRC_H1, SRC_TWITTER,
	SRC_META, SRC_OG, SRC_LINK, SRC_JSONLD };

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Append s to dst with whitespace (no-break spaces too) folded. */
static void
add_folded(struct buf *dst, const char *s, size_t n)
{
	size_t i;
	int space = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (is_space(c) || (c == 0xC2 && i + 1 < n &&
		    (unsigned char)s[i + 1] == 0xA0)) {
			if (c == 0xC2)
				i++;
			space = 1;
			continue;
		}
		if (space && dst->len > 0 && dst->data[dst->len - 1] != '\n')
			buf_addc(dst, ' ');
		space = 0;
		buf_addc(dst, (char)c);
	}
}

void
bp_meta_set(struct buf *dst, const char *s, size_t n)
{
	if (dst->len == 0)
		add_folded(dst, s, n);
}

/* Replace the value in slot with s when src is better than what is there. */
static void
put(struct bp_meta *m, int slot, struct buf *dst, int src, const char *s,
    size_t n, int decode)
{
	struct buf tmp = BUF_INIT;

	if (src <= m->prio[slot] && dst->len > 0)
		return;
	if (decode) {
		html_decode(s, n, 1, &tmp);
		s = tmp.data;
		n = tmp.len;
	}
	buf_reset(dst);
	add_folded(dst, s, n);
	if (dst->len > 0)
		m->prio[slot] = (unsigned char)src;
	buf_free(&tmp);
}

/* Authors: a better source replaces, an equal one adds a name. */
static void
put_author(struct bp_meta *m, int src, const char *s, size_t n, int decode)
{
	struct buf tmp = BUF_INIT, name = BUF_INIT;
	const char *p;

	if (decode) {
		html_decode(s, n, 1, &tmp);
		s = tmp.data;
		n = tmp.len;
	}
	add_folded(&name, s, n);
	/* "By Jane Roe": keep the name */
	if (name.len > 3 && (name.data[0] | 0x20) == 'b' &&
	    (name.data[1] | 0x20) == 'y' && name.data[2] == ' ') {
		memmove(name.data, name.data + 3, name.len - 3);
		name.len -= 3;
	}
	/* URLs (article:author often is one) and handles are no names */
	if (name.len == 0 || name.len > 100 || name.data[0] == '@' ||
	    (name.len > 4 && strncmp(name.data, "http", 4) == 0))
		goto out;
	if (src < m->prio[MP_AUTHOR])
		goto out;
	if (src > m->prio[MP_AUTHOR]) {
		buf_reset(&m->author);
		m->prio[MP_AUTHOR] = (unsigned char)src;
	}
	/* no duplicates */
	for (p = m->author.data; p != NULL && p < m->author.data + m->author.len;) {
		const char *nl = memchr(p, '\n', (size_t)(m->author.data +
		    m->author.len - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(m->author.data +
		    m->author.len - p);

		if (len == name.len && memcmp(p, name.data, len) == 0)
			goto out;
		p = nl ? nl + 1 : NULL;
	}
	if (m->author.len > 0)
		buf_addc(&m->author, '\n');
	buf_add(&m->author, name.data, name.len);
out:
	buf_free(&tmp);
	buf_free(&name);
}

static int
attr_eq(const struct html_attr *a, const char *s)
{
	size_t n = strlen(s), i;

	if (a == NULL || a->value_len != n)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)a->value[i];

		if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) != (unsigned char)s[i])
			return 0;
	}
	return 1;
}

static int
key_in(const struct html_attr *a, const char *const *list)
{
	size_t i;

	for (i = 0; list[i] != NULL; i++)
		if (attr_eq(a, list[i]))
			return 1;
	return 0;
}

static const char *const date_keys[] = {
	"article:published_time", "og:article:published_time",
	"article:published",
	"og:published_time", "datepublished", "date", "pubdate", "publishdate",
	"publish-date", "publish_date", "dc.date", "dc.date.issued",
	"dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
	"article.published", "article_date_original", "originalpublicationdate",
	"displaydate", "release_date", NULL
};
static const char *const modified_keys[] = {
	"article:modified_time", "og:updated_time", "datemodified",
	"article:modified",
	"last-modified", "dc.date.modified", "dcterms.modified",
	"article.updated", "lastmod", NULL
};
static const char *const author_keys[] = {
	"author", "article:author", "byl", "sailthru.author", "parsely-author",
	"dc.creator", "dcterms.creator", "citation_author", NULL
};

/* One <meta> key (property, name or itemprop) with its content: 1 when
 * the key is one we read. */
static int
meta_key(struct bp_meta *m, const struct html_attr *key,
    const struct html_attr *content)
{
	int og = key->value_len > 3 && strncmp(key->value, "og:", 3) == 0;
	const char *v = content->value;
	size_t n = content->value_len;

	if (attr_eq(key, "og:title"))
		put(m, MP_HEADLINE, &m->headline, SRC_OG, v, n, 1);
	else if (attr_eq(key, "twitter:title") || attr_eq(key, "headline"))
		put(m, MP_HEADLINE, &m->headline, SRC_TWITTER, v, n, 1);
	else if (attr_eq(key, "og:site_name"))
		put(m, MP_SITE, &m->site, SRC_OG, v, n, 1);
	else if (attr_eq(key, "og:url"))
		put(m, MP_URL, &m->url, SRC_OG, v, n, 1);
	else if (key_in(key, date_keys))
		put(m, MP_DATE, &m->date, og || key->value[0] == 'a' ? SRC_OG :
		    SRC_META, v, n, 1);
	else if (key_in(key, modified_keys))
		put(m, MP_MODIFIED, &m->modified, SRC_OG, v, n, 1);
	else if (key_in(key, author_keys))
		put_author(m, SRC_META, v, n, 1);
	else if (attr_eq(key, "og:description"))
		put(m, MP_DESC, &m->description, SRC_OG, v, n, 1);
	else if (attr_eq(key, "description") ||
	    attr_eq(key, "twitter:description"))
		put(m, MP_DESC, &m->description, SRC_META, v, n, 1);
	else
		return 0;
	return 1;
}

void
bp_meta_tag(struct bp_meta *m, const struct html_token *tok)
{
	static const char *const keys[] = { "property", "name", "itemprop",
		NULL };
	const struct html_attr *key, *content, *a;
	size_t i;

	if (strcmp(tok->name, "meta") == 0) {
		content = html_attr_get(tok, "content");
		if (content == NULL || content->value_len == 0)
			return;
		for (i = 0; keys[i] != NULL; i++) {
			struct html_attr first;
			size_t k;

			if ((key = html_attr_get(tok, keys[i])) == NULL ||
			    key->value_len == 0)
				continue;
			/* itemprop="datePublished dateCreated": the first */
			first = *key;
			for (k = 0; k < first.value_len; k++)
				if (first.value[k] == ' ')
					break;
			first.value_len = k;
			if (meta_key(m, &first, content))
				return;
		}
	} else if (strcmp(tok->name, "link") == 0) {
		a = html_attr_get(tok, "rel");
		content = html_attr_get(tok, "href");
		if (attr_eq(a, "canonical") && content != NULL &&
		    content->value_len > 0)
			put(m, MP_URL, &m->url, SRC_LINK, content->value,
			    content->value_len, 1);
	} else if (strcmp(tok->name, "time") == 0 && m->time.len == 0) {
		a = html_attr_get(tok, "datetime");
		if (a != NULL)
			bp_meta_set(&m->time, a->value, a->value_len);
	}
}

/* ---- JSON-LD ---- */

/* Is the @type (a string or an array of them) one for articles? */
static int
is_article_type(const struct json_doc *d, const struct json_node *t)
{
	static const char *const types[] = {
		"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting",
		"AnalysisNewsArticle", "OpinionNewsArticle", "LiveBlogPosting",
		"BackgroundNewsArticle", "ReviewNewsArticle", "TechArticle",
		"Report", "SocialMediaPosting", "Blog", "ScholarlyArticle", NULL
	};
	size_t i;
	long c;

	if (t == NULL)
		return 0;
	if (t->type == JSON_ARR) {
		for (c = t->first; c >= 0; c = d->v[c].next)
			if (is_article_type(d, &d->v[c]))
				return 1;
		return 0;
	}
	for (i = 0; types[i] != NULL; i++)
		if (json_str_is(d, t, types[i]))
			return 1;
	return 0;
}

static void
json_put(struct bp_meta *m, const struct json_doc *d, int slot,
    struct buf *dst, const struct json_node *v)
{
	if (v != NULL && v->type == JSON_STR)
		put(m, slot, dst, SRC_JSONLD, json_str(d, v), v->len, 1);
}

/* A string that is a web address. */
static int
is_url(const struct json_doc *d, const struct json_node *v)
{
	return v != NULL && v->type == JSON_STR && v->len > 4 &&
	    memcmp(json_str(d, v), "http", 4) == 0;
}

/* author: "Name", {"name": "Name"} or an array of either. */
static void
json_author(struct bp_meta *m, const struct json_doc *d,
    const struct json_node *v, int depth)
{
	const struct json_node *name;
	long c;

	if (v == NULL || depth > 2)
		return;
	if (v->type == JSON_STR)
		put_author(m, SRC_JSONLD, json_str(d, v), v->len, 1);
	else if (v->type == JSON_OBJ) {
		if ((name = json_member(d, v, "name")) != NULL &&
		    name->type == JSON_STR)
			put_author(m, SRC_JSONLD, json_str(d, name), name->len, 1);
	} else if (v->type == JSON_ARR)
		for (c = v->first; c >= 0; c = d->v[c].next)
			json_author(m, d, &d->v[c], depth + 1);
}

static void
json_article(struct bp_meta *m, const struct json_doc *d,
    const struct json_node *o)
{
	const struct json_node *v;

	json_put(m, d, MP_HEADLINE, &m->headline, json_member(d, o, "headline"));
	json_put(m, d, MP_DATE, &m->date, json_member(d, o, "datePublished"));
	json_put(m, d, MP_MODIFIED, &m->modified, json_member(d, o,
	    "dateModified"));
	json_put(m, d, MP_DESC, &m->description, json_member(d, o,
	    "description"));
	json_author(m, d, json_member(d, o, "author"), 0);
	if ((v = json_member(d, o, "publisher")) != NULL)
		json_put(m, d, MP_SITE, &m->site, json_member(d, v, "name"));
	if (is_url(d, v = json_member(d, o, "url")))
		json_put(m, d, MP_URL, &m->url, v);
	if ((v = json_member(d, o, "mainEntityOfPage")) != NULL) {
		if (v->type == JSON_OBJ)
			v = json_member(d, v, "@id");
		if (is_url(d, v))
			json_put(m, d, MP_URL, &m->url, v);
	}
}

/* Every object (top level, in arrays, in @graph) that is an article. */
static void
json_walk(struct bp_meta *m, const struct json_doc *d,
    const struct json_node *v, int depth)
{
	long c;

	if (depth > JSON_DEPTH)
		return;
	if (v->type == JSON_OBJ && is_article_type(d, json_member(d, v,
	    "@type")))
		json_article(m, d, v);
	if (v->type == JSON_OBJ || v->type == JSON_ARR)
		for (c = v->first; c >= 0; c = d->v[c].next)
			if (v->type == JSON_ARR || json_key_is(d, &d->v[c],
			    "@graph"))
				json_walk(m, d, &d->v[c], depth + 1);
}

void
bp_meta_jsonld(struct bp_meta *m, const char *text, size_t len)
{
	struct json_doc d;
	long root = json_parse(&d, text, len);

	if (root >= 0)
		json_walk(m, &d, &d.v[root], 0);
	json_free(&d);
}

/* ---- bylines ---- */

size_t
bp_byline_name(const char *s, size_t n, const char **name)
{
	size_t i, end;

	if (n < 4 || (s[0] | 0x20) != 'b' || (s[1] | 0x20) != 'y' || s[2] != ' ')
		return 0;
	i = 3;
	while (i < n && s[i] == ' ')
		i++;
	for (end = i; end < n; end++)
		if (s[end] == ',' || s[end] == '|' || (s[end] == ' ' &&
		    end + 1 < n && s[end + 1] == '-'))
			break;
	while (end > i && s[end - 1] == ' ')
		end--;
	if (end == i || end - i > 80)
		return 0;
	*name = s + i;
	return end - i;
}


/* ---- after reading ---- */

static int
strncasecmp_ascii(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];

		if (x >= 'A' && x <= 'Z')
			x |= 0x20;
		if (y >= 'A' && y <= 'Z')
			y |= 0x20;
		if (x != y)
			return x < y ? -1 : 1;
	}
	return 0;
}

/* The host of an http(s) URL, without "www.". */
static size_t
url_host(const char *u, size_t n, const char **host)
{
	size_t i = 0, st;

	if (n > 8 && strncmp(u, "https://", 8) == 0)
		i = 8;
	else if (n > 7 && strncmp(u, "http://", 7) == 0)
		i = 7;
	else if (n > 2 && strncmp(u, "//", 2) == 0)
		i = 2;
	else
		return 0;
	if (n - i > 4 && strncmp(u + i, "www.", 4) == 0)
		i += 4;
	st = i;
	while (i < n && u[i] != '/' && u[i] != ':' && u[i] != '?' && u[i] != '#')
		i++;
	*host = u + st;
	return i - st;
}

void
bp_meta_finish(struct bp_page *pg)
{
	struct bp_meta *m = &pg->meta;
	const char *host;
	size_t hn;

	if (m->date.len == 0 && m->time.len > 0) {
		buf_add(&m->date, m->time.data, m->time.len);
		m->prio[MP_DATE] = SRC_TIME;
	}
	if (m->site.len == 0 && (hn = url_host(m->url.data, m->url.len,
	    &host)) > 0) {
		buf_add(&m->site, host, hn);
		m->prio[MP_SITE] = SRC_LINK;
	}
}

void
bp_meta_from_blocks(struct bp_page *pg)
{
	struct bp_meta *m = &pg->meta;
	size_t i;

	for (i = 0; i < pg->nblocks; i++) {
		struct bp_block *b = &pg->blocks[i];
		const char *s = bp_text(pg, b), *name;
		size_t n;

		/* look up phrases only while something is missing */
		if ((m->date.len == 0 || m->author.len == 0) && b->len <= 100)
			bp_block_lexicon(pg, b);
		if (b->lexicon == BP_LX_DATELINE && m->date.len == 0) {
			buf_add(&m->date, s, b->len);
			m->prio[MP_DATE] = SRC_TEXT;
		} else if (b->lexicon == BP_LX_BYLINE && m->author.len == 0 &&
		    (n = bp_byline_name(s, b->len, &name)) > 0)
			put_author(m, SRC_TEXT, name, n, 0);
		/* The headline on the page, when og:title or <title> only add
		 * the site's name to it ("Headline - Site"). */
		if (b->reason == BP_R_HEADLINE && (m->headline.len == 0 ||
		    (m->headline.len > b->len && strncasecmp_ascii(
		    m->headline.data, s, b->len) == 0))) {
			buf_reset(&m->headline);
			buf_add(&m->headline, s, b->len);
		}
	}
	if (m->headline.len == 0 && m->title.len > 0)
		buf_add(&m->headline, m->title.data, m->title.len);
}
