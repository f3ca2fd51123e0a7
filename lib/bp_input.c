/*
 * bp_input.c - the bytes of a page to blocks: binary data refused, HTML
 * told from text, the encoding decided (charset.h) and the page converted
 * to UTF-8 before it is read (see bp.h).
 */
#include <stdint.h>
#include <string.h>

#include "bp.h"
#include "charset.h"
#include "utf8.h"

#define BINARY_WINDOW 8192      /* a NUL byte this early: binary, as grep has it */

static unsigned long
line_of(const char *s, size_t off)
{
	unsigned long line = 1;
	const char *p = s, *end = s + off;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		line++;
		p++;
	}
	return line;
}

int
bp_read_page(struct bp_page *pg, const char *data, size_t len,
    enum bp_format format, struct buf *scratch, struct bp_input_report *r)
{
	enum charset declared = CHARSET_NONE, cs = CHARSET_UTF8;
	const char *label = NULL, *nul;
	size_t label_len = 0, bom = 0, valid;
	int html;

	memset(r, 0, sizeof(*r));
	nul = memchr(data, '\0', len < BINARY_WINDOW ? len : BINARY_WINDOW);
	if (nul != NULL) {
		r->binary_line = line_of(data, (size_t)(nul - data));
		bp_page_reset(pg);
		return -1;
	}
	html = format == BP_FORMAT_HTML || (format == BP_FORMAT_SNIFF &&
	    bp_looks_html(data, len));
	if (html)
		declared = charset_declared(data, len, &label, &label_len);
	/* valid UTF-8 is UTF-8 whatever the page says (see charset.h) */
	valid = utf8_valid_prefix(data, len);
	if (valid < len || (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)) {
		cs = charset_decide(data, len, declared, &bom);
		data += bom;
		len -= bom;
		valid = utf8_valid_prefix(data, len);
	}
	if (cs == CHARSET_WINDOWS_1252 || valid < len) {
		if (cs == CHARSET_UTF8)
			r->bad_utf8_line = line_of(data, valid);
		if (declared == CHARSET_OTHER) {
			r->unsupported = label;
			r->unsupported_len = label_len;
			r->read_as = cs;
		}
		buf_reset(scratch);
		charset_to_utf8(data, len, cs, scratch);
		data = scratch->data;
		len = scratch->len;
	}
	if (html)
		bp_read_html(pg, data, len);
	else
		bp_read_text(pg, data, len);
	return 0;
}
