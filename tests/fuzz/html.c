/*
 * html.c - fuzz the HTML tokenizer and the character reference decoder:
 * the input (made valid UTF-8 first, as strip-boilerplate converts a page
 * before it reads it) is tokenized to the end, and every text, comment and
 * attribute value is decoded both as text and as an attribute.
 * Invariants: tokens are in order and inside the input, tag names are
 * lower-case and NUL-ended, attributes point into the input, EOF repeats,
 * every reference spans bytes of its input, and decoded text is valid
 * UTF-8 without NUL.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "html_entity.h"
#include "html_tok.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *base;
static size_t baselen;

static void
inside(const char *p, size_t n)
{
	if (n > 0 && (p < base || p + n > base + baselen))
		abort();
}

/* Decode s both ways; the result must be valid UTF-8 without NUL. */
static void
decode(const char *s, size_t n, struct buf *out)
{
	int attr;
	size_t i;

	inside(s, n);
	for (attr = 0; attr <= 1; attr++) {
		buf_reset(out);
		html_decode(s, n, attr, out);
		if (utf8_valid_prefix(out->data, out->len) != out->len ||
		    (out->len > 0 && memchr(out->data, '\0', out->len) != NULL))
			abort();
	}
	/* every '&' on its own, as the tokenizer's callers meet them */
	for (i = 0; i < n; i++) {
		char v[HTML_CHARREF_MAX];
		size_t vlen = 0, span;

		if (s[i] != '&')
			continue;
		span = html_charref(s + i, n - i, (int)(i & 1), v, &vlen);
		if (span > n - i || (span > 0 && (vlen == 0 ||
		    vlen > HTML_CHARREF_MAX)))
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf text = BUF_INIT, out = BUF_INIT;
	struct html_tokenizer t;
	struct html_token tok;
	size_t last = 0, k, ntok = 0;
	int started = 0;

	cw_progname = "html-fuzz";
	cw_quiet = 1;
	buf_grow(&text, 1);
	utf8_repair((const char *)data, size, &text);
	base = text.data;
	baselen = text.len;
	html_tokenizer_init(&t, text.data, text.len);
	while (html_next(&t, &tok) != HTML_TOK_EOF) {
		if (++ntok > text.len + 1)      /* no progress: a hang */
			abort();
		if (tok.offset > text.len || (started && tok.offset < last))
			abort();
		started = 1;
		last = tok.offset;
		switch (tok.type) {
		case HTML_TOK_START:
		case HTML_TOK_END:
			if (strlen(tok.name) > HTML_NAME_MAX ||
			    strlen(tok.name) > tok.name_len)
				abort();
			for (k = 0; tok.name[k]; k++)
				if (tok.name[k] >= 'A' && tok.name[k] <= 'Z')
					abort();
			if (tok.nattrs > HTML_ATTR_MAX)
				abort();
			for (k = 0; k < tok.nattrs; k++) {
				inside(tok.attrs[k].name, tok.attrs[k].name_len);
				decode(tok.attrs[k].value, tok.attrs[k].value_len,
				    &out);
			}
			(void)html_attr_get(&tok, "class");
			break;
		default:
			decode(tok.text, tok.len, &out);
		}
	}
	if (html_next(&t, &tok) != HTML_TOK_EOF)
		abort();
	buf_free(&text);
	buf_free(&out);
	return 0;
}
