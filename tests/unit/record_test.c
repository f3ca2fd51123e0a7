/*
 * record_test.c - unit tests for lib/record.c and lib/utf8.c: escaping
 * round trips, long lines, invalid UTF-8, CRLF, empty fields, a missing
 * final newline, LOC parsing, the text-record loop.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "err.h"
#include "record.h"
#include "utf8.h"

/* Write data to a temporary file and open a reader on it. */
static void
reader_on(struct rec_reader *r, const char *data, size_t n)
{
	/* static: the reader keeps a pointer to its name for messages */
	static char path[64];
	int fd;

	strcpy(path, "/tmp/cw-record-test.XXXXXX");
	fd = mkstemp(path);

	if (fd < 0 || write(fd, data, n) != (ssize_t)n) {
		perror("mkstemp/write");
		exit(2);
	}
	close(fd);
	if (rr_open(r, path) < 0)
		exit(2);
	unlink(path);
}

static void
test_lines(void)
{
	static const char in[] = "a\tb\r\n\nlast";
	struct rec_reader r;
	struct line l;

	reader_on(&r, in, sizeof(in) - 1);
	check(rr_next(&r, &l) == 1 && l.len == 3 && memcmp(l.data, "a\tb", 3) == 0,
	    "CR before LF dropped");
	check(rr_next(&r, &l) == 1 && l.len == 0, "empty line kept");
	check(rr_next(&r, &l) == 1 && l.len == 4 && memcmp(l.data, "last", 4) == 0,
	    "missing final newline accepted");
	check(r.lineno == 3, "line numbers count lines, got %lu", r.lineno);
	check(rr_next(&r, &l) == 0, "end of input");
	rr_close(&r);
}

static void
test_long_line(void)
{
	size_t n = 3 * 1024 * 1024 + 17, i;
	char *in = malloc(n + 3);
	struct rec_reader r;
	struct line l;
	int same = 1;

	for (i = 0; i < n; i++)
		in[i] = (char)('a' + i % 26);
	memcpy(in + n, "\nx", 2);
	reader_on(&r, in, n + 2);
	check(rr_next(&r, &l) == 1 && l.len == n, "3 MB line read whole");
	for (i = 0; i < n && same; i++)
		same = l.data[i] == (char)('a' + i % 26);
	check(same, "long line intact");
	check(rr_next(&r, &l) == 1 && l.len == 1 && l.data[0] == 'x',
	    "line after a long line");
	rr_close(&r);
	free(in);
}

static void
test_invalid_utf8(void)
{
	static const char in[] = "ok\xff" "x\0y\xe2\x82\n\xc3\xa9\n";
	struct rec_reader r;
	struct line l;

	reader_on(&r, in, sizeof(in) - 1);
	check(rr_next(&r, &l) == 1, "line with garbage");
	check(l.len == strlen("ok\xEF\xBF\xBDx\xEF\xBF\xBDy\xEF\xBF\xBD") &&
	    memcmp(l.data, "ok\xEF\xBF\xBDx\xEF\xBF\xBDy\xEF\xBF\xBD", l.len) == 0,
	    "bad byte, NUL and truncated sequence each become one U+FFFD");
	check(r.warned_utf8 == 1, "warned once");
	check(rr_next(&r, &l) == 1 && l.len == 2 && memcmp(l.data, "\xc3\xa9", 2) == 0,
	    "valid two-byte sequence untouched");
	rr_close(&r);
}

static void
test_utf8(void)
{
	struct buf b = BUF_INIT;
	char enc[4];
	int32_t cp;

	check(utf8_valid_prefix("abc\xc0\xaf", 5) == 3, "overlong rejected");
	check(utf8_valid_prefix("\xed\xa0\x80", 3) == 0, "surrogate rejected");
	check(utf8_valid_prefix("\xf4\x90\x80\x80", 4) == 0, "above U+10FFFF rejected");
	check(utf8_valid_prefix("\xf0\x9f\x98\x80 ok", 7) == 7, "4-byte ok");
	check(utf8_repair("\xe2\x82" "a", 3, &b) == 1 && b.len == 4,
	    "maximal subpart is one replacement");
	check(utf8_encode(0x20AC, enc) == 3 && memcmp(enc, "\xe2\x82\xac", 3) == 0,
	    "encode euro");
	check(utf8_decode("\xe2\x82\xac", 3, &cp) == 3 && cp == 0x20AC, "decode euro");
	check(utf8_decode_last("a\xe2\x82\xac", 4, &cp) == 3 && cp == 0x20AC,
	    "decode last");
	buf_free(&b);
}

static void
test_unescape(void)
{
	char s[] = "a\\tb\\nc\\rd\\\\e\\x\\";
	size_t n = rec_unescape(s, strlen(s));

	check(n == 12 && memcmp(s, "a\tb\nc\rd\\e\\x\\", n) == 0,
	    "escapes undone, other backslashes literal");
}

static void
test_fields(void)
{
	char data[] = "src\t1.2\ttext\tx\t\ty";
	struct line l = { data, sizeof(data) - 1 };
	struct field f[4];
	size_t n = rec_split(&l, f, 4);

	check(n == 4, "four fields");
	check(f[3].len == 4 && memcmp(f[3].s, "x\t\ty", 4) == 0,
	    "last field keeps the remaining TABs and empty fields");
}

static void
test_loc(void)
{
	unsigned long p, s;

	check(rec_parse_loc("12", 2, &p, &s) == 0 && p == 12 && s == 0, "P");
	check(rec_parse_loc("3.4", 3, &p, &s) == 0 && p == 3 && s == 4, "P.S");
	check(rec_parse_loc("0", 1, &p, &s) < 0, "zero rejected");
	check(rec_parse_loc("1.", 2, &p, &s) < 0, "empty S rejected");
	check(rec_parse_loc("1.2.3", 5, &p, &s) < 0, "three parts rejected");
	check(rec_parse_loc("01", 2, &p, &s) < 0, "leading zero rejected");
	check(rec_parse_loc("99999999999999999999999", 23, &p, &s) < 0,
	    "overflow rejected");
}

static void
test_next_text(void)
{
	static const char in[] =
	    "a\t1\tfirst\\tone\nb\tx\tbad LOC\nplain line\n\tno source\n"
	    "c\t2.1\tlast\n";
	struct rec_reader r;
	struct textrec t;
	int status = CW_OK;

	rr_open_mem(&r, "mem", in, sizeof(in) - 1);
	check(rr_next_text(&r, &t, &status) == 1 && t.text.len == 9 &&
	    memcmp(t.text.s, "first\tone", 9) == 0 && status == CW_OK,
	    "a good record, TEXT unescaped");
	check(rr_next_text(&r, &t, &status) == 1 && t.plain &&
	    t.para == 3 && status == CW_BADREC,
	    "a bad LOC skipped, status set; a plain line is the next record");
	check(rr_next_text(&r, &t, &status) == 1 && t.para == 2 &&
	    t.sent == 1 && r.lineno == 5, "an empty SOURCE skipped too");
	check(rr_next_text(&r, &t, &status) == 0 && status == CW_BADREC,
	    "end of input");
	rr_close(&r);
}

int
main(void)
{
	cw_setprogname("record_test");
	cw_quiet = 1;	/* the warnings are checked through warned_utf8 */
	test_lines();
	test_long_line();
	test_invalid_utf8();
	test_utf8();
	test_unescape();
	test_fields();
	test_loc();
	test_next_text();
	return check_done("record_test");
}
