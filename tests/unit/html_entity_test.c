/*
 * html_entity_test.c - unit tests for lib/html_entity.c and the generated
 * table: its size and order, named references with and without ';',
 * the attribute-value rule, numeric references and the code points
 * browsers replace.
 */
#include <string.h>

#include "buf.h"
#include "check.h"
#include "html_entity.h"

static const char *
decode(const char *s, int in_attribute)
{
	static struct buf out;

	buf_reset(&out);
	html_decode(s, strlen(s), in_attribute, &out);
	return buf_cstr(&out);
}

#define EXPECT(in, attr, want) do { \
	const char *got_ = decode(in, attr); \
	check(strcmp(got_, want) == 0, "%s: got \"%s\", want \"%s\"", in, \
	    got_, want); \
} while (0)

static void
test_table(void)
{
	unsigned i;

	check(memcmp(html_entity_magic, "cwEN", 4) == 0, "magic");
	check(html_entity_version == 1, "version %u", html_entity_version);
	/* the WHATWG table: 2231 references, 2125 names, 106 legacy */
	check(html_entity_refs == 2231, "refs %u", html_entity_refs);
	check(html_entity_count == 2125, "names %u", html_entity_count);
	for (i = 1; i < html_entity_count; i++)
		check(strcmp(html_entities[i - 1].name, html_entities[i].name) < 0,
		    "order at %s", html_entities[i].name);
	check(html_entity_lookup("amp", 3) != NULL, "amp");
	check(html_entity_lookup("ampx", 4) == NULL, "ampx");
	check(html_entity_lookup("CounterClockwiseContourIntegral", 31) != NULL,
	    "longest name");
}

static void
test_named(void)
{
	EXPECT("caf&eacute; &amp; bar", 0, "caf\xc3\xa9 & bar");
	EXPECT("&lt;p&gt;", 0, "<p>");
	EXPECT("&nbsp;", 0, "\xc2\xa0");
	EXPECT("&rsquo;&ldquo;&rdquo;&mdash;&hellip;", 0,
	    "\xe2\x80\x99\xe2\x80\x9c\xe2\x80\x9d\xe2\x80\x94\xe2\x80\xa6");
	EXPECT("&NotNestedGreaterGreater;", 0, "\xe2\xaa\xa2\xcc\xb8");
	EXPECT("&Prime;", 0, "\xe2\x80\xb3");
	EXPECT("&fjlig;", 0, "fj");
	/* legacy names need no ';', the longest one wins */
	EXPECT("&copy 2024", 0, "\xc2\xa9 2024");
	EXPECT("&notin;", 0, "\xe2\x88\x89");
	EXPECT("&notit;", 0, "\xc2\xacit;");
	EXPECT("&ampx", 0, "&x");
	/* unknown names and lone ampersands stay as they are */
	EXPECT("&bogus; & &; &#; &#x; &", 0, "&bogus; & &; &#; &#x; &");
	EXPECT("AT&T", 0, "AT&T");
	EXPECT("&rsquo", 0, "&rsquo");
}

static void
test_attribute(void)
{
	EXPECT("?a=1&copy=2", 1, "?a=1&copy=2");
	EXPECT("?a=1&copyx", 1, "?a=1&copyx");
	EXPECT("?a=1&copy;", 1, "?a=1\xc2\xa9");
	EXPECT("&copy 2", 1, "\xc2\xa9 2");
	EXPECT("?a=1&copy=2", 0, "?a=1\xc2\xa9=2");
}

static void
test_numeric(void)
{
	EXPECT("&#233;&#xE9;&#Xe9;", 0, "\xc3\xa9\xc3\xa9\xc3\xa9");
	EXPECT("&#8220;quoted&#8221;", 0, "\xe2\x80\x9cquoted\xe2\x80\x9d");
	EXPECT("&#x1F52D;", 0, "\xf0\x9f\x94\xad");
	EXPECT("&#65", 0, "A");
	EXPECT("&#65x", 0, "Ax");
	/* what browsers replace */
	EXPECT("&#0;", 0, "\xef\xbf\xbd");
	EXPECT("&#xD800;", 0, "\xef\xbf\xbd");
	EXPECT("&#x110000;", 0, "\xef\xbf\xbd");
	EXPECT("&#99999999999999999999;", 0, "\xef\xbf\xbd");
	EXPECT("&#x80;&#150;&#x9D;", 0, "\xe2\x82\xac\xe2\x80\x93\xc2\x9d");
}

static void
test_charref(void)
{
	char out[HTML_CHARREF_MAX];
	size_t n, used;

	used = html_charref("&amp;rest", 9, 0, out, &n);
	check(used == 5 && n == 1 && out[0] == '&', "charref amp: %zu %zu",
	    used, n);
	used = html_charref("&", 1, 0, out, &n);
	check(used == 0 && n == 0, "lone &");
	used = html_charref("x&amp;", 6, 0, out, &n);
	check(used == 0, "not at '&'");
	/* a name cut by the end of the input */
	used = html_charref("&am", 3, 0, out, &n);
	check(used == 0, "&am");
	used = html_charref("&amp", 4, 0, out, &n);
	check(used == 4 && out[0] == '&', "&amp at the end");
}

int
main(void)
{
	test_table();
	test_named();
	test_attribute();
	test_numeric();
	test_charref();
	return check_done("html_entity_test");
}
