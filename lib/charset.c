/* charset.c - deciding a page's encoding and converting it to UTF-8
 * (see charset.h). */
#include <string.h>

#include "charset.h"
#include "html_tok.h"
#include "utf8.h"

#define PRESCAN_MAX (64 * 1024)

/* windows-1252 0x80-0x9F; the rest of the high half is ISO-8859-1. */
static const uint16_t cp1252_c1[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178
};

int32_t
charset_cp1252(unsigned char b)
{
	if (b >= 0x80 && b <= 0x9F)
		return cp1252_c1[b - 0x80];
	return b;
}

/* The labels of the WHATWG Encoding Standard for our two encodings. */
static const char *const utf8_labels[] = {
	"unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8",
	"x-unicode20utf8", NULL
};
static const char *const cp1252_labels[] = {
	"ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819",
	"iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1",
	"iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252",
	"x-cp1252", NULL
};

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int
label_in(const char *s, size_t n, const char *const *list)
{
	size_t i, j;

	for (i = 0; list[i] != NULL; i++) {
		if (strlen(list[i]) != n)
			continue;
		for (j = 0; j < n; j++)
			if ((s[j] | (s[j] >= 'A' && s[j] <= 'Z' ? 0x20 : 0)) !=
			    list[i][j])
				break;
		if (j == n)
			return 1;
	}
	return 0;
}

enum charset
charset_from_label(const char *s, size_t n)
{
	while (n > 0 && is_space((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n > 0 && is_space((unsigned char)s[n - 1]))
		n--;
	if (n == 0)
		return CHARSET_NONE;
	if (label_in(s, n, utf8_labels))
		return CHARSET_UTF8;
	if (label_in(s, n, cp1252_labels))
		return CHARSET_WINDOWS_1252;
	return CHARSET_OTHER;
}

static int
attr_is(const struct html_attr *a, const char *name)
{
	size_t n = strlen(name), i;

	if (a->name_len != n)
		return 0;
	for (i = 0; i < n; i++)
		if ((a->name[i] | 0x20) != name[i])
			return 0;
	return 1;
}

/* The charset=... inside a Content-Type value, or NULL. */
static const char *
content_charset(const char *s, size_t n, size_t *len)
{
	size_t i, j;

	for (i = 0; i + 7 <= n; i++) {
		static const char key[] = "charset";

		for (j = 0; j < 7; j++)
			if ((s[i + j] | 0x20) != key[j])
				break;
		if (j < 7)
			continue;
		j = i + 7;
		while (j < n && is_space((unsigned char)s[j]))
			j++;
		if (j >= n || s[j] != '=')
			continue;
		j++;
		while (j < n && is_space((unsigned char)s[j]))
			j++;
		if (j < n && (s[j] == '"' || s[j] == '\''))
			j++;
		i = j;
		while (j < n && s[j] != '"' && s[j] != '\'' && s[j] != ';' &&
		    !is_space((unsigned char)s[j]))
			j++;
		*len = j - i;
		return j > i ? s + i : NULL;
	}
	return NULL;
}

enum charset
charset_declared(const char *data, size_t len, const char **label,
    size_t *label_len)
{
	struct html_tokenizer t;
	struct html_token tok;
	size_t i;

	*label = NULL;
	*label_len = 0;
	html_tokenizer_init(&t, data, len < PRESCAN_MAX ? len : PRESCAN_MAX);
	while (html_next(&t, &tok) != HTML_TOK_EOF) {
		const struct html_attr *content = NULL;
		int http_equiv = 0;

		if (tok.type != HTML_TOK_START)
			continue;
		if (strcmp(tok.name, "body") == 0)
			break;
		if (strcmp(tok.name, "meta") != 0)
			continue;
		for (i = 0; i < tok.nattrs; i++) {
			const struct html_attr *a = &tok.attrs[i];

			if (attr_is(a, "charset")) {
				*label = a->value;
				*label_len = a->value_len;
				return charset_from_label(a->value, a->value_len);
			}
			if (attr_is(a, "http-equiv") && a->value_len == 12) {
				static const char ct[] = "content-type";
				size_t j;

				for (j = 0; j < 12; j++)
					if ((a->value[j] | 0x20) != ct[j])
						break;
				http_equiv = j == 12;
			}
			if (attr_is(a, "content"))
				content = a;
		}
		if (http_equiv && content != NULL) {
			const char *cs = content_charset(content->value,
			    content->value_len, label_len);

			if (cs != NULL) {
				*label = cs;
				return charset_from_label(cs, *label_len);
			}
		}
	}
	return CHARSET_NONE;
}

enum charset
charset_decide(const char *data, size_t len, enum charset declared,
    size_t *bom)
{
	const unsigned char *u = (const unsigned char *)data;
	size_t i = 0, invalid = 0, multibyte = 0;

	*bom = 0;
	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		*bom = 3;
		return CHARSET_UTF8;
	}
	while (i < len) {
		size_t ok = utf8_valid_prefix(data + i, len - i), k;
		int32_t cp;

		for (k = i; k < i + ok; k++)
			multibyte += u[k] >= 0xC0;      /* lead bytes */
		i += ok;
		if (i >= len)
			break;
		if (u[i] == 0) {        /* NUL says nothing about encodings */
			i++;
			continue;
		}
		k = utf8_decode(data + i, len - i, &cp);
		if (cp < 0)
			invalid++;
		i += k;
	}
	/* Genuine windows-1252 text almost never holds a valid UTF-8
	 * sequence ("Ã©"), so as many of those as bad bytes means UTF-8
	 * with some damage. */
	if (invalid == 0 || multibyte >= invalid)
		return CHARSET_UTF8;
	if (declared == CHARSET_UTF8 || declared == CHARSET_OTHER)
		return multibyte > 0 ? CHARSET_UTF8 : CHARSET_WINDOWS_1252;
	return CHARSET_WINDOWS_1252;
}

size_t
charset_to_utf8(const char *data, size_t len, enum charset cs,
    struct buf *out)
{
	const unsigned char *u = (const unsigned char *)data;
	size_t i = 0, bad = 0;

	if (cs != CHARSET_WINDOWS_1252)
		return utf8_repair(data, len, out);
	buf_grow(out, len + len / 8);
	while (i < len) {
		size_t start = i;
		char enc[4];

		while (i < len && u[i] < 0x80 && u[i] != 0)
			i++;
		buf_add(out, data + start, i - start);
		if (i >= len)
			break;
		if (u[i] == 0) {
			buf_add(out, UTF8_REPLACEMENT, 3);
			bad++;
		} else
			buf_add(out, enc, utf8_encode(charset_cp1252(u[i]), enc));
		i++;
	}
	return bad;
}
