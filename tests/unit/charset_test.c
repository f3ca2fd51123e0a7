/*
 * charset_test.c - unit tests for lib/charset.c: labels, the windows-1252
 * table, <meta> declarations, the decision between UTF-8 and
 * windows-1252, and conversion.
 */
#include <string.h>

#include "buf.h"
#include "charset.h"
#include "check.h"

static void
test_labels(void)
{
	check(charset_from_label("utf-8", 5) == CHARSET_UTF8, "utf-8");
	check(charset_from_label(" UTF8 ", 6) == CHARSET_UTF8, "UTF8");
	check(charset_from_label("ISO-8859-1", 10) == CHARSET_WINDOWS_1252,
	    "iso-8859-1");
	check(charset_from_label("windows-1252", 12) == CHARSET_WINDOWS_1252,
	    "windows-1252");
	check(charset_from_label("us-ascii", 8) == CHARSET_WINDOWS_1252,
	    "us-ascii");
	check(charset_from_label("latin1", 6) == CHARSET_WINDOWS_1252, "latin1");
	check(charset_from_label("shift_jis", 9) == CHARSET_OTHER, "shift_jis");
	check(charset_from_label("iso-8859-15", 11) == CHARSET_OTHER,
	    "iso-8859-15 is not windows-1252");
	check(charset_from_label("", 0) == CHARSET_NONE, "empty");
}

static void
test_cp1252(void)
{
	check(charset_cp1252(0x80) == 0x20AC, "euro");
	check(charset_cp1252(0x93) == 0x201C, "left quote");
	check(charset_cp1252(0x9F) == 0x0178, "Y diaeresis");
	check(charset_cp1252(0x81) == 0x0081, "undefined byte");
	check(charset_cp1252(0xE9) == 0x00E9, "e acute");
	check(charset_cp1252('A') == 'A', "ASCII");
}

static enum charset
declared(const char *html)
{
	const char *label;
	size_t n;

	return charset_declared(html, strlen(html), &label, &n);
}

static void
test_declared(void)
{
	const char *label;
	size_t n;

	check(declared("<meta charset=\"windows-1252\">") == CHARSET_WINDOWS_1252,
	    "meta charset");
	check(declared("<META CHARSET=utf-8>") == CHARSET_UTF8, "upper case");
	check(declared("<meta http-equiv=\"Content-Type\" content=\"text/html; "
	    "charset=ISO-8859-1\">") == CHARSET_WINDOWS_1252, "http-equiv");
	check(declared("<meta content='text/html;charset=\"utf-8\"' "
	    "http-equiv=content-type>") == CHARSET_UTF8, "content first");
	check(declared("<meta name=x content=\"charset=latin1\">") ==
	    CHARSET_NONE, "content without http-equiv");
	check(declared("<body><meta charset=latin1>") == CHARSET_NONE,
	    "after body");
	check(declared("<!-- <meta charset=latin1> --><p>") == CHARSET_NONE,
	    "in a comment");
	check(declared("<meta charset=koi8-r>") == CHARSET_OTHER, "other");
	check(charset_declared("<meta charset=\"latin1\">", 23, &label, &n) ==
	    CHARSET_WINDOWS_1252 && n == 6 && memcmp(label, "latin1", 6) == 0,
	    "label returned");
}

static void
test_decide(void)
{
	size_t bom;

	check(charset_decide("caf\xc3\xa9", 5, CHARSET_NONE, &bom) == CHARSET_UTF8,
	    "valid UTF-8");
	check(charset_decide("caf\xc3\xa9", 5, CHARSET_WINDOWS_1252, &bom) ==
	    CHARSET_UTF8, "mislabelled UTF-8 is UTF-8");
	check(charset_decide("caf\xe9", 4, CHARSET_NONE, &bom) ==
	    CHARSET_WINDOWS_1252, "sniffed windows-1252");
	check(charset_decide("caf\xe9", 4, CHARSET_UTF8, &bom) ==
	    CHARSET_WINDOWS_1252, "declared UTF-8, no UTF-8 at all");
	check(charset_decide("caf\xc3\xa9 \xff", 7, CHARSET_UTF8, &bom) ==
	    CHARSET_UTF8, "UTF-8 with one bad byte stays UTF-8");
	check(charset_decide("\xef\xbb\xbfx\xe9", 5, CHARSET_WINDOWS_1252, &bom) ==
	    CHARSET_UTF8 && bom == 3, "byte-order mark");
	check(charset_decide("a\0b", 3, CHARSET_NONE, &bom) == CHARSET_UTF8,
	    "NUL is not windows-1252");
	check(charset_decide("", 0, CHARSET_NONE, &bom) == CHARSET_UTF8, "empty");
}

static void
test_convert(void)
{
	struct buf out = BUF_INIT;
	size_t bad;

	bad = charset_to_utf8("\x93" "caf\xe9\x94 \x80" "5", 9,
	    CHARSET_WINDOWS_1252, &out);
	check(bad == 0 && out.len == 16 && memcmp(out.data,
	    "\xe2\x80\x9c" "caf\xc3\xa9\xe2\x80\x9d \xe2\x82\xac" "5", 16) == 0,
	    "windows-1252 to UTF-8");
	buf_reset(&out);
	bad = charset_to_utf8("a\0b", 3, CHARSET_WINDOWS_1252, &out);
	check(bad == 1 && out.len == 5, "NUL replaced");
	buf_reset(&out);
	bad = charset_to_utf8("ok \xc3( \xed\xa0\x80", 9, CHARSET_UTF8, &out);
	check(bad == 4 && memcmp(out.data, "ok \xef\xbf\xbd(", 7) == 0,
	    "UTF-8 repaired: %zu", bad);
	buf_free(&out);
}

int
main(void)
{
	test_labels();
	test_cp1252();
	test_declared();
	test_decide();
	test_convert();
	return check_done("charset_test");
}
