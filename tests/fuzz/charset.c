/*
 * charset.c - fuzz the charset converter: the declared encoding is read
 * from the bytes as from a page, the encoding decided, and the bytes
 * converted both ways.  Invariants: the label points into the input, the
 * decision is UTF-8 or windows-1252, a BOM is skipped only when there is
 * one, the output is valid UTF-8 without NUL, windows-1252 gives one
 * character per byte, and valid UTF-8 comes through unchanged.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "charset.h"
#include "err.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_utf8(const struct buf *b)
{
	if (utf8_valid_prefix(b->data, b->len) != b->len ||
	    (b->len > 0 && memchr(b->data, '\0', b->len) != NULL))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *label = NULL;
	size_t label_len = 0, bom = 7, chars, i, nul = 0;
	enum charset declared, cs;
	struct buf out = BUF_INIT;

	cw_progname = "charset-fuzz";
	cw_quiet = 1;
	declared = charset_declared(s, size, &label, &label_len);
	if (declared != CHARSET_NONE && (label == NULL || label < s ||
	    label + label_len > s + size))
		abort();
	if (label != NULL)
		(void)charset_from_label(label, label_len);
	(void)charset_from_label(s, size < 64 ? size : 64);
	cs = charset_decide(s, size, declared, &bom);
	if ((cs != CHARSET_UTF8 && cs != CHARSET_WINDOWS_1252) ||
	    (bom != 0 && bom != 3) ||
	    (bom == 3 && (size < 3 || memcmp(s, "\xEF\xBB\xBF", 3) != 0)))
		abort();

	charset_to_utf8(s, size, CHARSET_WINDOWS_1252, &out);
	check_utf8(&out);
	for (chars = 0, i = 0; i < out.len; i++)
		chars += ((unsigned char)out.data[i] & 0xC0) != 0x80;
	if (chars != size)
		abort();

	buf_reset(&out);
	nul = charset_to_utf8(s, size, CHARSET_UTF8, &out);
	check_utf8(&out);
	if (utf8_valid_prefix(s, size) == size && memchr(s, '\0', size) == NULL &&
	    (nul != 0 || out.len != size || (size && memcmp(out.data, s, size))))
		abort();

	buf_reset(&out);
	charset_to_utf8(s + bom, size - bom, cs, &out);
	check_utf8(&out);
	buf_free(&out);
	return 0;
}
