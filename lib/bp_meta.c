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

/*
 * A small tolerant JSON reader: values go into an array of nodes, strings
 * into one buffer (escapes undone).  Anything malformed ends the reading
 * and keeps what was read so far.
 */
enum jtype { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };

struct jnode {
	enum jtype type;
	size_t key_off, key_len;        /* member name, in an object */
	size_t off, len;                /* string value */
	long first, next;               /* children, siblings; -1 none */
};

struct jparser {
	const char *s;
	size_t n, i;
	struct jnode *v;
	size_t nv, cap;
	struct buf str;
	int depth, bad;
};

#define JSON_DEPTH 64

static long
jnew(struct jparser *p, enum jtype t)
{
	if (p->nv == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 64;
		p->v = cw_reallocarray(p->v, p->cap, sizeof(*p->v));
	}
	memset(&p->v[p->nv], 0, sizeof(p->v[0]));
	p->v[p->nv].type = t;
	p->v[p->nv].first = p->v[p->nv].next = -1;
	return (long)p->nv++;
}

static void
jspace(struct jparser *p)
{
	while (p->i < p->n && is_space((unsigned char)p->s[p->i]))
		p->i++;
}

static int
hex4(const char *s, unsigned *v)
{
	size_t i;

	*v = 0;
	for (i = 0; i < 4; i++) {
		unsigned char c = (unsigned char)s[i];

		*v <<= 4;
		if (c >= '0' && c <= '9')
			*v |= c - '0';
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			*v |= (c | 0x20) - 'a' + 10;
		else
			return 0;
	}
	return 1;
}

/* A string at p->s[p->i] == '"': its decoded bytes go to p->str. */
static int
jstring(struct jparser *p, size_t *off, size_t *len)
{
	*off = p->str.len;
	p->i++;
	while (p->i < p->n && p->s[p->i] != '"') {
		char c = p->s[p->i++], enc[4];
		unsigned u, lo;

		if (c != '\\') {
			buf_addc(&p->str, c);
			continue;
		}
		if (p->i >= p->n)
			return 0;
		c = p->s[p->i++];
		switch (c) {
		case 'n': case 'r': case 't': case 'f': case 'b':
			buf_addc(&p->str, ' ');
			break;
		case 'u':
			if (p->i + 4 > p->n || !hex4(p->s + p->i, &u))
				return 0;
			p->i += 4;
			if (u >= 0xD800 && u <= 0xDBFF && p->i + 6 <= p->n &&
			    p->s[p->i] == '\\' && p->s[p->i + 1] == 'u' &&
			    hex4(p->s + p->i + 2, &lo) && lo >= 0xDC00 &&
			    lo <= 0xDFFF) {
				u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
				p->i += 6;
			} else if ((u >= 0xD800 && u <= 0xDFFF) || u == 0)
				u = 0xFFFD;
			buf_add(&p->str, enc, utf8_encode((int32_t)u, enc));
			break;
		default:
			buf_addc(&p->str, c);
		}
	}
	if (p->i >= p->n)
		return 0;
	p->i++;
	*len = p->str.len - *off;
	return 1;
}

static long jvalue(struct jparser *p);

static long
jcompound(struct jparser *p, int obj)
{
	long me = jnew(p, obj ? J_OBJ : J_ARR), last = -1, child;
	char close = obj ? '}' : ']';

	p->i++;
	if (++p->depth > JSON_DEPTH)
		return p->bad = 1, me;
	for (;;) {
		size_t koff = 0, klen = 0;

		jspace(p);
		if (p->i >= p->n)
			return p->bad = 1, me;
		if (p->s[p->i] == close) {
			p->i++;
			break;
		}
		if (p->s[p->i] == ',') {
			p->i++;
			continue;
		}
		if (obj) {
			if (p->s[p->i] != '"' || !jstring(p, &koff, &klen))
				return p->bad = 1, me;
			jspace(p);
			if (p->i >= p->n || p->s[p->i] != ':')
				return p->bad = 1, me;
			p->i++;
		}
		child = jvalue(p);
		if (child < 0 || p->bad)
			return p->bad = 1, me;
		p->v[child].key_off = koff;
		p->v[child].key_len = klen;
		if (last < 0)
			p->v[me].first = child;
		else
			p->v[last].next = child;
		last = child;
	}
	p->depth--;
	return me;
}

static long
jvalue(struct jparser *p)
{
	long me;
	char c;

	jspace(p);
	if (p->i >= p->n)
		return -1;
	c = p->s[p->i];
	if (c == '{' || c == '[')
		return jcompound(p, c == '{');
	if (c == '"') {
		me = jnew(p, J_STR);
		if (!jstring(p, &p->v[me].off, &p->v[me].len))
			p->bad = 1;
		return me;
	}
	me = jnew(p, c == 't' || c == 'f' ? J_BOOL : c == 'n' ? J_NULL : J_NUM);
	while (p->i < p->n && !strchr(",]} \t\r\n", p->s[p->i]))
		p->i++;
	return me;
}

static int
jkey(const struct jparser *p, const struct jnode *v, const char *k)
{
	size_t n = strlen(k);

	return v->key_len == n && memcmp(p->str.data + v->key_off, k, n) == 0;
}

static const struct jnode *
jmember(const struct jparser *p, const struct jnode *obj, const char *k)
{
	long c;

	if (obj->type != J_OBJ)
		return NULL;
	for (c = obj->first; c >= 0; c = p->v[c].next)
		if (jkey(p, &p->v[c], k))
			return &p->v[c];
	return NULL;
}

static int
jstr_is(const struct jparser *p, const struct jnode *v, const char *s)
{
	return v->type == J_STR && v->len == strlen(s) &&
	    memcmp(p->str.data + v->off, s, v->len) == 0;
}

/* Is the @type (a string or an array of them) one for articles? */
static int
is_article_type(const struct jparser *p, const struct jnode *t)
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
	if (t->type == J_ARR) {
		for (c = t->first; c >= 0; c = p->v[c].next)
			if (is_article_type(p, &p->v[c]))
				return 1;
		return 0;
	}
	for (i = 0; types[i] != NULL; i++)
		if (jstr_is(p, t, types[i]))
			return 1;
	return 0;
}

static void
jput(struct bp_meta *m, const struct jparser *p, int slot, struct buf *dst,
    const struct jnode *v)
{
	if (v != NULL && v->type == J_STR)
		put(m, slot, dst, SRC_JSONLD, p->str.data + v->off, v->len, 1);
}

static void
jauthor(struct bp_meta *m, const struct jparser *p, const struct jnode *v)
{
	long c;

	if (v == NULL)
		return;
	if (v->type == J_STR)
		put_author(m, SRC_JSONLD, p->str.data + v->off, v->len, 1);
	else if (v->type == J_OBJ) {
		const struct jnode *name = jmember(p, v, "name");

		if (name != NULL && name->type == J_STR)
			put_author(m, SRC_JSONLD, p->str.data + name->off,
			    name->len, 1);
	} else if (v->type == J_ARR)
		for (c = v->first; c >= 0; c = p->v[c].next)
			jauthor(m, p, &p->v[c]);
}

static void
jarticle(struct bp_meta *m, const struct jparser *p, const struct jnode *o)
{
	const struct jnode *v;

	jput(m, p, MP_HEADLINE, &m->headline, jmember(p, o, "headline"));
	jput(m, p, MP_DATE, &m->date, jmember(p, o, "datePublished"));
	jput(m, p, MP_MODIFIED, &m->modified, jmember(p, o, "dateModified"));
	jauthor(m, p, jmember(p, o, "author"));
	if ((v = jmember(p, o, "publisher")) != NULL)
		jput(m, p, MP_SITE, &m->site, jmember(p, v, "name"));
	if ((v = jmember(p, o, "url")) != NULL && v->type == J_STR &&
	    v->len > 4 && memcmp(p->str.data + v->off, "http", 4) == 0)
		jput(m, p, MP_URL, &m->url, v);
	if ((v = jmember(p, o, "mainEntityOfPage")) != NULL) {
		if (v->type == J_OBJ)
			v = jmember(p, v, "@id");
		if (v != NULL && v->type == J_STR && v->len > 4 &&
		    memcmp(p->str.data + v->off, "http", 4) == 0)
			jput(m, p, MP_URL, &m->url, v);
	}
}

/* Walk every object (inside @graph, arrays ...) looking for articles. */
static void
jwalk(struct bp_meta *m, const struct jparser *p, const struct jnode *v,
    int depth)
{
	long c;

	if (depth > JSON_DEPTH)
		return;
	if (v->type == J_OBJ && is_article_type(p, jmember(p, v, "@type")))
		jarticle(m, p, v);
	if (v->type == J_OBJ || v->type == J_ARR)
		for (c = v->first; c >= 0; c = p->v[c].next)
			if (v->type == J_ARR || jkey(p, &p->v[c], "@graph"))
				jwalk(m, p, &p->v[c], depth + 1);
}

void
bp_meta_jsonld(struct bp_meta *m, const char *json, size_t len)
{
	struct jparser p;
	long root;

	memset(&p, 0, sizeof(p));
	p.s = json;
	p.n = len;
	jspace(&p);
	/* some sites wrap the JSON in an HTML comment or CDATA */
	if (p.i + 4 <= p.n && strncmp(json + p.i, "<!--", 4) == 0)
		p.i += 4;
	root = jvalue(&p);
	if (root >= 0)
		jwalk(m, &p, &p.v[root], 0);
	free(p.v);
	buf_free(&p.str);
}

/* ---- dates ---- */

static const char *const months[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
	"nov", "dec"
};

/* The month a word names (3 letters or more of it: "Sept.", "January"),
 * 1 to 12, or 0. */
static int
month_of(const char *w, size_t n)
{
	static const char *const full[] = {
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"
	};
	char low[12];
	size_t i;
	int k;

	if (n < 3 || n > 9)
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)(w[i] | 0x20);
	for (k = 0; k < 12; k++) {
		if (memcmp(low, months[k], 3) != 0)
			continue;
		if (n == 3 || (n <= strlen(full[k]) &&
		    memcmp(low, full[k], n) == 0) || (k == 8 && n == 4 &&
		    memcmp(low, "sept", 4) == 0))
			return k + 1;
	}
	return 0;
}

static int
digits(const char *s, size_t n, size_t k, int *v)
{
	size_t i;

	if (n < k)
		return 0;
	*v = 0;
	for (i = 0; i < k; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		*v = *v * 10 + (s[i] - '0');
	}
	return 1;
}

static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

static int
valid_date(int y, int mo, int d)
{
	return y >= 1900 && y <= 2199 && mo >= 1 && mo <= 12 && d >= 1 &&
	    d <= mdays[mo - 1];
}

/* ISO 8601 at s: 2019-11-18[T14:05[:00[.123]]][Z|+01:00] */
static size_t
iso_at(const char *s, size_t n, char out[32], size_t *used)
{
	int y, mo, d, h, mi, sec = 0, zh, zm;
	size_t i = 10, k;
	char *o = out;

	if (!digits(s, n, 4, &y) || n < 10 || s[4] != '-' ||
	    !digits(s + 5, n - 5, 2, &mo) || s[7] != '-' ||
	    !digits(s + 8, n - 8, 2, &d) || !valid_date(y, mo, d))
		return 0;
	o += sprintf(o, "%04d-%02d-%02d", y, mo, d);
	if (i + 5 < n + 0 && (s[i] == 'T' || s[i] == ' ') &&
	    digits(s + i + 1, n - i - 1, 2, &h) && s[i + 3] == ':' &&
	    digits(s + i + 4, n - i - 4, 2, &mi) && h < 24 && mi < 60) {
		i += 6;
		if (i + 2 < n && s[i] == ':' && digits(s + i + 1, n - i - 1, 2,
		    &sec) && sec < 61)
			i += 3;
		if (i < n && (s[i] == '.' || s[i] == ','))
			for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
				;
		o += sprintf(o, "T%02d:%02d:%02d", h, mi, sec);
		if (i < n && s[i] == 'Z') {
			*o++ = 'Z';
			i++;
		} else if (i + 2 < n && (s[i] == '+' || s[i] == '-') &&
		    digits(s + i + 1, n - i - 1, 2, &zh) && zh < 24) {
			char sign = s[i];

			k = i + 3;
			zm = 0;
			if (k < n && s[k] == ':')
				k++;
			if (digits(s + k, n - k, 2, &zm) && zm < 60)
				k += 2;
			else
				zm = 0;
			o += sprintf(o, "%c%02d:%02d", sign, zh, zm);
			i = k;
		}
	}
	*o = '\0';
	*used = i;
	return (size_t)(o - out);
}

struct word {
	const char *s;
	size_t n;
};

/* Cut s into words at spaces and the punctuation dates use. */
static size_t
cut(const char *s, size_t n, struct word *w, size_t max)
{
	size_t i = 0, k = 0;

	while (i < n && k < max) {
		size_t st;

		while (i < n && (is_space((unsigned char)s[i]) || s[i] == ',' ||
		    s[i] == '|' || s[i] == '(' || s[i] == ')' ||
		    ((unsigned char)s[i] == 0xC2 && i + 1 < n &&
		    (unsigned char)s[i + 1] == 0xA0)))
			i += (unsigned char)s[i] == 0xC2 ? 2 : 1;
		if (i >= n)
			break;
		st = i;
		while (i < n && !is_space((unsigned char)s[i]) && s[i] != ',' &&
		    s[i] != '|' && s[i] != '(' && s[i] != ')' &&
		    (unsigned char)s[i] != 0xC2)
			i++;
		if (i == st)
			i++;
		w[k].s = s + st;
		w[k].n = i - st;
		k++;
	}
	return k;
}

/* A day of the month: "25", "25th", "1st", "25." */
static int
day_of(const struct word *w)
{
	int d = 0;
	size_t i = 0;

	while (i < w->n && i < 2 && w->s[i] >= '0' && w->s[i] <= '9')
		d = d * 10 + (w->s[i++] - '0');
	if (i == 0)
		return 0;
	if (i < w->n && !(w->n - i == 2 && (strncmp(w->s + i, "st", 2) == 0 ||
	    strncmp(w->s + i, "nd", 2) == 0 || strncmp(w->s + i, "rd", 2) == 0 ||
	    strncmp(w->s + i, "th", 2) == 0)) && !(w->n - i == 1 &&
	    w->s[i] == '.'))
		return 0;
	return d >= 1 && d <= 31 ? d : 0;
}

static int
year_of(const struct word *w)
{
	int y;

	if (w->n < 4 || !digits(w->s, w->n, 4, &y) || (w->n > 4 &&
	    w->s[4] != '.' && w->s[4] != ':'))
		return 0;
	return y >= 1900 && y <= 2199 ? y : 0;
}

#define MAXWORDS 24

size_t
bp_date_iso(const char *s, size_t n, char out[32])
{
	struct word w[MAXWORDS];
	size_t k, i, used, len;
	int y, d;

	for (i = 0; i + 10 <= n; i++)
		if ((i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9')) &&
		    (len = iso_at(s + i, n - i, out, &used)) > 0)
			return len;
	k = cut(s, n, w, MAXWORDS);
	for (i = 0; i < k; i++) {
		int m = month_of(w[i].s, w[i].n - (w[i].n > 3 &&
		    w[i].s[w[i].n - 1] == '.'));

		if (m == 0)
			continue;
		/* Jan 25, 2017 */
		if (i + 2 < k && (d = day_of(&w[i + 1])) && (y = year_of(&w[i +
		    2])) && valid_date(y, m, d))
			return (size_t)sprintf(out, "%04d-%02d-%02d", y, m, d);
		/* 25 January 2017 */
		if (i > 0 && i + 1 < k && (d = day_of(&w[i - 1])) &&
		    (y = year_of(&w[i + 1])) && valid_date(y, m, d))
			return (size_t)sprintf(out, "%04d-%02d-%02d", y, m, d);
	}
	/* 2017/01/25, 25.01.2017, 01/25/2017 (US order when ambiguous) */
	for (i = 0; i < k; i++) {
		int a, b, c;
		const char *p = w[i].s;

		if (w[i].n == 10 && digits(p, 10, 4, &a) && (p[4] == '/' ||
		    p[4] == '.') && digits(p + 5, 5, 2, &b) && p[7] == p[4] &&
		    digits(p + 8, 2, 2, &c) && valid_date(a, b, c))
			return (size_t)sprintf(out, "%04d-%02d-%02d", a, b, c);
		if (w[i].n == 10 && digits(p, 10, 2, &a) && (p[2] == '/' ||
		    p[2] == '.') && digits(p + 3, 7, 2, &b) && p[5] == p[2] &&
		    digits(p + 6, 4, 4, &c)) {
			if (p[2] == '.' && valid_date(c, b, a))
				return (size_t)sprintf(out, "%04d-%02d-%02d", c, b, a);
			if (p[2] == '/' && valid_date(c, a, b))
				return (size_t)sprintf(out, "%04d-%02d-%02d", c, a, b);
			if (p[2] == '/' && valid_date(c, b, a))
				return (size_t)sprintf(out, "%04d-%02d-%02d", c, b, a);
		}
	}
	return 0;
}

static int
word_in(const struct word *w, const char *const *list)
{
	size_t i, j, n = w->n;

	while (n > 0 && (w->s[n - 1] == ':' || w->s[n - 1] == '.'))
		n--;
	for (i = 0; list[i] != NULL; i++) {
		if (strlen(list[i]) != n)
			continue;
		for (j = 0; j < n; j++)
			if ((w->s[j] | 0x20) != list[i][j])
				break;
		if (j == n)
			return 1;
	}
	return 0;
}

/* A time of day: 12:03, 12:03pm, 9.30am */
static int
is_time(const struct word *w)
{
	size_t i = 0;

	while (i < w->n && w->s[i] >= '0' && w->s[i] <= '9')
		i++;
	if (i == 0 || i > 2 || i >= w->n || (w->s[i] != ':' && w->s[i] != '.'))
		return 0;
	i++;
	if (i + 2 > w->n || w->s[i] < '0' || w->s[i] > '5')
		return 0;
	i += 2;
	if (i < w->n && w->s[i] == ':')
		i += 3;
	if (i == w->n)
		return 1;
	return w->n - i == 2 && ((w->s[i] | 0x20) == 'a' ||
	    (w->s[i] | 0x20) == 'p') && (w->s[i + 1] | 0x20) == 'm';
}

int
bp_is_dateline(const char *s, size_t n)
{
	static const char *const fillers[] = {
		"updated", "published", "posted", "last", "first", "modified",
		"created", "date", "on", "at", "am", "pm", "a.m", "p.m", "gmt",
		"utc", "bst", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst",
		"cdt", "ist", "cet", "cest", "msk", "aest", "-", ":", "/", ".",
		"\xc2\xb7", "\xe2\x80\x94", "\xe2\x80\x93", "\xe2\x80\xa2",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
		"sat", "sun", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "hours", "ago", "min", "mins",
		"read", "updated:", NULL
	};
	struct word w[MAXWORDS];
	char iso[32];
	size_t k, i;

	if (n == 0 || n > 100 || bp_date_iso(s, n, iso) == 0)
		return 0;
	k = cut(s, n, w, MAXWORDS);
	if (k >= MAXWORDS)
		return 0;
	for (i = 0; i < k; i++) {
		int v;

		if (word_in(&w[i], fillers) || is_time(&w[i]) ||
		    month_of(w[i].s, w[i].n - (w[i].n > 3 &&
		    w[i].s[w[i].n - 1] == '.')) || day_of(&w[i]) ||
		    year_of(&w[i]) || (w[i].n >= 10 && digits(w[i].s, w[i].n,
		    4, &v)) || (w[i].n >= 8 && w[i].s[0] >= '0' &&
		    w[i].s[0] <= '9' && (w[i].s[2] == '/' || w[i].s[2] == '.')))
			continue;
		return 0;
	}
	return 1;
}

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
		const struct bp_block *b = &pg->blocks[i];
		const char *s = bp_text(pg, b), *name;
		size_t n;

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
