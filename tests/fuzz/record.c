/*
 * record.c - fuzz the record reader: line splitting, CRLF, UTF-8 repair,
 * field splitting, unescaping and text-record parsing, and the escaping
 * writer (into a scratch buffer, not stdout).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "record.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rec_reader r;
	struct textrec t;
	struct line l;

	cw_progname = "record-fuzz";
	cw_quiet = 1;
	rr_open_mem(&r, "fuzz", (const char *)data, size);
	while (rr_next(&r, &l) > 0) {
		/* Every line handed out is valid UTF-8 without NUL. */
		if (utf8_valid_prefix(l.data, l.len) != l.len)
			abort();
		if (rec_parse_text(&r, &l, &t) == 0) {
			if (t.text.s + t.text.len > l.data + l.len)
				abort();
			/* Escaping then unescaping gives the text back. */
			{
				struct buf b = BUF_INIT;
				size_t i, n;

				for (i = 0; i < t.text.len; i++) {
					char c = t.text.s[i];

					if (c == '\t' || c == '\n' || c == '\r' || c == '\\') {
						buf_addc(&b, '\\');
						c = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
					}
					buf_addc(&b, c);
				}
				n = rec_unescape(b.data ? b.data : (char *)"", b.len);
				if (n != t.text.len || (n && memcmp(b.data, t.text.s, n) != 0))
					abort();
				buf_free(&b);
			}
		}
	}
	rr_close(&r);
	return 0;
}
