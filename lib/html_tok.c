/* html_tok.c - the streaming HTML tokenizer (see html_tok.h). */
#include <string.h>

#include "html_tok.h"

static inline int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static inline int
is_alpha(unsigned char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
}

static inline unsigned char
lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
}

/* Elements whose contents are raw text up to their own end tag. */
static const char *const raw_elements[] = {
	"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
	"noframes", "noscript", NULL
};

void
html_tokenizer_init(struct html_tokenizer *t, const char *data, size_t len)
{
	memset(t, 0, sizeof(*t));
	t->data = data;
	t->len = len;
}

const struct html_attr *
html_attr_get(const struct html_token *tok, const char *name)
{
	size_t n = strlen(name), i, j;

	for (i = 0; i < tok->nattrs; i++) {
		const struct html_attr *a = &tok->attrs[i];

		if (a->name_len != n)
			continue;
		for (j = 0; j < n; j++)
			if (lower((unsigned char)a->name[j]) != name[j])
				break;
		if (j == n)
			return a;
	}
	return NULL;
}

/* Find needle (case-insensitively for letters) in s[from, n); n if none. */
static size_t
find_ci(const char *s, size_t from, size_t n, const char *needle, size_t k)
{
	const unsigned char first = (unsigned char)needle[0];

	while (from + k <= n) {
		const char *p = memchr(s + from, first, n - from - k + 1);
		size_t i, j;

		if (p == NULL)
			return n;
		i = (size_t)(p - s);
		for (j = 1; j < k; j++)
			if (lower((unsigned char)s[i + j]) != (unsigned char)needle[j])
				break;
		if (j == k)
			return i;
		from = i + 1;
	}
	return n;
}

/* Where the raw text of the current element ends: the '<' of "</name"
 * followed by space, '/' or '>' (or the end of the input). */
static size_t
raw_text_end(const struct html_tokenizer *t)
{
	size_t i = t->pos, k = t->raw_end_len;

	for (;;) {
		const char *p = memchr(t->data + i, '<', t->len - i);
		size_t j;

		if (p == NULL)
			return t->len;
		i = (size_t)(p - t->data);
		if (i + 2 + k > t->len)
			return t->len;
		if (t->data[i + 1] == '/') {
			for (j = 0; j < k; j++)
				if (lower((unsigned char)t->data[i + 2 + j]) !=
				    (unsigned char)t->raw_end[j])
					break;
			if (j == k && (i + 2 + k == t->len ||
			    is_space((unsigned char)t->data[i + 2 + k]) ||
			    t->data[i + 2 + k] == '/' || t->data[i + 2 + k] == '>'))
				return i;
		}
		i++;
	}
}

/*
 * Parse a tag from t->pos, just after "<" or "</".  Fills the name and
 * attributes; returns 0 when the input ends inside the tag (it is then
 * dropped), 1 otherwise with t->pos after the '>'.
 */
static int
parse_tag(struct html_tokenizer *t, struct html_token *tok)
{
	const unsigned char *s = (const unsigned char *)t->data;
	size_t n = t->len, i = t->pos, start, k = 0;

	tok->nattrs = 0;
	tok->self_closing = 0;
	start = i;
	while (i < n && !is_space(s[i]) && s[i] != '/' && s[i] != '>') {
		if (k < HTML_NAME_MAX)
			tok->name[k++] = (char)lower(s[i]);
		i++;
	}
	tok->name[k] = '\0';
	tok->name_len = i - start;
	for (;;) {
		size_t name_start, name_end;
		struct html_attr *a;

		while (i < n && (is_space(s[i]) || s[i] == '/')) {
			if (s[i] == '/' && i + 1 < n && s[i + 1] == '>')
				tok->self_closing = 1;
			i++;
		}
		if (i >= n)
			return 0;
		if (s[i] == '>') {
			t->pos = i + 1;
			return 1;
		}
		name_start = i++;       /* a first '=' belongs to the name */
		while (i < n && !is_space(s[i]) && s[i] != '/' && s[i] != '>' &&
		    s[i] != '=')
			i++;
		name_end = i;
		a = tok->nattrs < HTML_ATTR_MAX ? &tok->attrs[tok->nattrs++] :
		    NULL;
		if (a != NULL) {
			a->name = t->data + name_start;
			a->name_len = name_end - name_start;
			a->value = t->data + i;
			a->value_len = 0;
		}
		while (i < n && is_space(s[i]))
			i++;
		if (i >= n)
			return 0;
		if (s[i] != '=')
			continue;
		i++;
		while (i < n && is_space(s[i]))
			i++;
		if (i >= n)
			return 0;
		if (s[i] == '"' || s[i] == '\'') {
			const char *q = memchr(t->data + i + 1, s[i], n - i - 1);

			if (q == NULL)
				return 0;
			if (a != NULL) {
				a->value = t->data + i + 1;
				a->value_len = (size_t)(q - (t->data + i + 1));
			}
			i = (size_t)(q - t->data) + 1;
		} else {
			size_t v = i;

			while (i < n && !is_space(s[i]) && s[i] != '>')
				i++;
			if (a != NULL) {
				a->value = t->data + v;
				a->value_len = i - v;
			}
		}
	}
}

/* A token running from the current position to the first occurrence of
 * close (or to the end); skip is the length of its opening. */
static enum html_token_type
delimited(struct html_tokenizer *t, struct html_token *tok,
    enum html_token_type type, size_t skip, const char *close)
{
	size_t k = strlen(close), from = t->pos + skip, end;

	if (from > t->len)
		from = t->len;
	end = find_ci(t->data, from, t->len, close, k);
	tok->type = type;
	tok->text = t->data + from;
	tok->len = end - from;
	t->pos = end + k < t->len ? end + k : t->len;
	return type;
}

static enum html_token_type
comment(struct html_tokenizer *t, struct html_token *tok)
{
	const char *s = t->data;
	size_t i = t->pos + 4, n = t->len;

	tok->type = HTML_TOK_COMMENT;
	/* "<!-->" and "<!--->" are whole (empty) comments. */
	if (i < n && s[i] == '>') {
		tok->text = s + i;
		tok->len = 0;
		t->pos = i + 1;
		return tok->type;
	}
	if (i + 1 < n && s[i] == '-' && s[i + 1] == '>') {
		tok->text = s + i;
		tok->len = 0;
		t->pos = i + 2;
		return tok->type;
	}
	tok->text = s + i;
	for (;;) {
		const char *p = memchr(s + i, '-', n - i);

		if (p == NULL || (size_t)(p - s) + 2 >= n) {
			tok->len = n - (size_t)(tok->text - s);
			t->pos = n;
			return tok->type;
		}
		i = (size_t)(p - s);
		if (s[i + 1] == '-' && s[i + 2] == '>') {
			tok->len = i - (size_t)(tok->text - s);
			t->pos = i + 3;
			return tok->type;
		}
		if (s[i + 1] == '-' && s[i + 2] == '!' && i + 3 < n &&
		    s[i + 3] == '>') {
			tok->len = i - (size_t)(tok->text - s);
			t->pos = i + 4;
			return tok->type;
		}
		i++;
	}
}

static int
starts_ci(const char *s, size_t n, const char *word)
{
	size_t k = strlen(word), i;

	if (n < k)
		return 0;
	for (i = 0; i < k; i++)
		if (lower((unsigned char)s[i]) != (unsigned char)word[i])
			return 0;
	return 1;
}

/* Does the '<' at i open markup (rather than stand for itself)? */
static inline int
opens_markup(const unsigned char *s, size_t i, size_t n)
{
	unsigned char c;

	if (i + 1 >= n)
		return 0;
	c = s[i + 1];
	return is_alpha(c) || c == '!' || c == '?' || c == '/';
}

enum html_token_type
html_next(struct html_tokenizer *t, struct html_token *tok)
{
	const unsigned char *s = (const unsigned char *)t->data;
	size_t n = t->len;

	tok->raw = 0;
	tok->nattrs = 0;
again:
	tok->offset = t->pos;
	if (t->pos >= n) {
		tok->type = HTML_TOK_EOF;
		tok->text = t->data + n;
		tok->len = 0;
		return HTML_TOK_EOF;
	}
	if (t->plaintext) {
		tok->type = HTML_TOK_TEXT;
		tok->raw = 1;
		tok->text = t->data + t->pos;
		tok->len = n - t->pos;
		t->pos = n;
		return tok->type;
	}
	if (t->raw_end_len > 0) {
		size_t end = raw_text_end(t);

		t->raw_end_len = 0;
		if (end == t->pos)
			goto again;
		tok->type = HTML_TOK_TEXT;
		tok->raw = 1;
		tok->text = t->data + t->pos;
		tok->len = end - t->pos;
		t->pos = end;
		return tok->type;
	}
	if (s[t->pos] != '<' || !opens_markup(s, t->pos, n)) {
		size_t i = t->pos + 1;

		for (;;) {
			const char *p = memchr(t->data + i, '<', n - i);

			if (p == NULL) {
				i = n;
				break;
			}
			i = (size_t)(p - t->data);
			if (opens_markup(s, i, n))
				break;
			i++;
		}
		tok->type = HTML_TOK_TEXT;
		tok->text = t->data + t->pos;
		tok->len = i - t->pos;
		t->pos = i;
		return tok->type;
	}
	/* s[pos] == '<' and markup follows */
	switch (s[t->pos + 1]) {
	case '!':
		if (starts_ci(t->data + t->pos, n - t->pos, "<!--"))
			return comment(t, tok);
		if (starts_ci(t->data + t->pos, n - t->pos, "<!doctype"))
			return delimited(t, tok, HTML_TOK_DOCTYPE, 9, ">");
		if (starts_ci(t->data + t->pos, n - t->pos, "<![cdata["))
			return delimited(t, tok, HTML_TOK_CDATA, 9, "]]>");
		return delimited(t, tok, HTML_TOK_COMMENT, 2, ">");
	case '?':
		return delimited(t, tok, HTML_TOK_COMMENT, 1, ">");
	case '/':
		if (t->pos + 2 < n && s[t->pos + 2] == '>') {
			t->pos += 3;            /* "</>" is nothing at all */
			goto again;
		}
		if (t->pos + 2 >= n || !is_alpha(s[t->pos + 2]))
			return delimited(t, tok, HTML_TOK_COMMENT, 2, ">");
		t->pos += 2;
		if (!parse_tag(t, tok)) {
			t->pos = n;
			goto again;
		}
		tok->type = HTML_TOK_END;
		tok->nattrs = 0;
		return tok->type;
	default:
		t->pos += 1;
		if (!parse_tag(t, tok)) {
			t->pos = n;
			goto again;
		}
		tok->type = HTML_TOK_START;
		if (tok->name_len <= HTML_NAME_MAX) {
			size_t i;

			if (strcmp(tok->name, "plaintext") == 0)
				t->plaintext = 1;
			for (i = 0; raw_elements[i] != NULL; i++)
				if (strcmp(tok->name, raw_elements[i]) == 0) {
					strcpy(t->raw_end, tok->name);
					t->raw_end_len = tok->name_len;
					break;
				}
		}
		return tok->type;
	}
}
