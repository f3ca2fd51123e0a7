/*
 * html_tok_test.c - unit tests for lib/html_tok.c: tags and attributes in
 * every quoting style, case folding, raw text elements, comments in all
 * their forms, doctypes, CDATA, and input that ends in the middle of
 * anything.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "html_tok.h"

/* Tokenize s and describe the tokens in one string:
 * T(text) S(name a=v ...) E(name) C(comment) D(doctype) X(cdata) */
static const char *
describe(const char *s, size_t n)
{
	static char out[4096];
	struct html_tokenizer t;
	struct html_token tok;
	size_t o = 0, i;

	html_tokenizer_init(&t, s, n);
	out[0] = '\0';
	while (html_next(&t, &tok) != HTML_TOK_EOF && o < sizeof(out) - 200) {
		switch (tok.type) {
		case HTML_TOK_TEXT:
			o += (size_t)snprintf(out + o, sizeof(out) - o, "%s(%.*s)",
			    tok.raw ? "R" : "T", (int)tok.len, tok.text);
			break;
		case HTML_TOK_START:
			o += (size_t)snprintf(out + o, sizeof(out) - o, "S(%s",
			    tok.name);
			for (i = 0; i < tok.nattrs; i++)
				o += (size_t)snprintf(out + o, sizeof(out) - o,
				    " %.*s=%.*s", (int)tok.attrs[i].name_len,
				    tok.attrs[i].name, (int)tok.attrs[i].value_len,
				    tok.attrs[i].value);
			o += (size_t)snprintf(out + o, sizeof(out) - o, "%s)",
			    tok.self_closing ? "/" : "");
			break;
		case HTML_TOK_END:
			o += (size_t)snprintf(out + o, sizeof(out) - o, "E(%s)",
			    tok.name);
			break;
		case HTML_TOK_COMMENT:
			o += (size_t)snprintf(out + o, sizeof(out) - o, "C(%.*s)",
			    (int)tok.len, tok.text);
			break;
		case HTML_TOK_DOCTYPE:
			o += (size_t)snprintf(out + o, sizeof(out) - o, "D(%.*s)",
			    (int)tok.len, tok.text);
			break;
		case HTML_TOK_CDATA:
			o += (size_t)snprintf(out + o, sizeof(out) - o, "X(%.*s)",
			    (int)tok.len, tok.text);
			break;
		default:
			break;
		}
	}
	return out;
}

#define EXPECT(in, want) do { \
	const char *got_ = describe(in, strlen(in)); \
	check(strcmp(got_, want) == 0, "%s\n  got  %s\n  want %s", in, got_, \
	    want); \
} while (0)

static void
test_tags(void)
{
	EXPECT("<p>Hello</p>", "S(p)T(Hello)E(p)");
	EXPECT("<DIV Class=\"A b\">x</Div>", "S(div Class=A b)T(x)E(div)");
	EXPECT("<a href='x y' title=plain data-x>t</a>",
	    "S(a href=x y title=plain data-x=)T(t)E(a)");
	EXPECT("<img src=a.jpg/>", "S(img src=a.jpg/)");
	EXPECT("<br/><hr />", "S(br/)S(hr/)");
	EXPECT("<a title=\"a > b\">x</a>", "S(a title=a > b)T(x)E(a)");
	EXPECT("<a b = 'c' >", "S(a b=c)");
	EXPECT("<p =x>", "S(p =x=)");
	EXPECT("</p foo=bar>", "E(p)");
	EXPECT("</>x", "T(x)");
}

static void
test_text(void)
{
	EXPECT("a < b and c <3 d", "T(a < b and c <3 d)");
	EXPECT("x<", "T(x<)");
	EXPECT("1 &lt; 2", "T(1 &lt; 2)");
	EXPECT("</ 3>z", "C( 3)T(z)");
	EXPECT("", "");
}

static void
test_raw(void)
{
	EXPECT("<script>if (a<b) x = '</p>';</script>t",
	    "S(script)R(if (a<b) x = '</p>';)E(script)T(t)");
	EXPECT("<style>p{}</STYLE >t", "S(style)R(p{})E(style)T(t)");
	EXPECT("<title>A &amp; B</title>", "S(title)R(A &amp; B)E(title)");
	EXPECT("<textarea><p>x</textarea>", "S(textarea)R(<p>x)E(textarea)");
	EXPECT("<script></scriptx></script>",
	    "S(script)R(</scriptx>)E(script)");
	EXPECT("<script></script>", "S(script)E(script)");
	EXPECT("<noscript><img src=x></noscript>",
	    "S(noscript)R(<img src=x>)E(noscript)");
	EXPECT("<plaintext><p>all</p>", "S(plaintext)R(<p>all</p>)");
}

static void
test_comments(void)
{
	EXPECT("<!-- a <p> b -->t", "C( a <p> b )T(t)");
	EXPECT("<!---->t", "C()T(t)");
	EXPECT("<!-->t", "C()T(t)");
	EXPECT("<!--->t", "C()T(t)");
	EXPECT("<!-- x --!>t", "C( x )T(t)");
	EXPECT("<!-- - -- --->t", "C( - -- -)T(t)");
	EXPECT("<!DOCTYPE html>t", "D( html)T(t)");
	EXPECT("<!doctype html PUBLIC \"x\">", "D( html PUBLIC \"x\")");
	EXPECT("<![CDATA[ a <b> ]]>t", "X( a <b> )T(t)");
	EXPECT("<?xml version=\"1.0\"?>t", "C(?xml version=\"1.0\"?)T(t)");
	EXPECT("<!ELEMENT x>t", "C(ELEMENT x)T(t)");
}

static void
test_truncated(void)
{
	/* everything ends: no hang, nothing past the end */
	EXPECT("<!-- never closed <p>", "C( never closed <p>)");
	EXPECT("<script>var a = 1;", "S(script)R(var a = 1;)");
	EXPECT("<p class=\"open", "");
	EXPECT("text<p class='open", "T(text)");
	EXPECT("<p", "");
	EXPECT("<", "T(<)");
	EXPECT("<a href=x", "");
	EXPECT("<![CDATA[ open", "X( open)");
	EXPECT("<!DOCTYPE", "D()");
	EXPECT("<!--", "C()");
	EXPECT("<!-", "C(-)");
	EXPECT("</p", "");
}

static void
test_limits(void)
{
	struct html_tokenizer t;
	struct html_token tok;
	char big[2000];
	size_t i, o = 0;

	/* more attributes than are kept: the tag still ends where it should */
	o += (size_t)sprintf(big + o, "<p");
	for (i = 0; i < HTML_ATTR_MAX + 10; i++)
		o += (size_t)sprintf(big + o, " a%zu=%zu", i, i);
	o += (size_t)sprintf(big + o, ">text");
	html_tokenizer_init(&t, big, o);
	check(html_next(&t, &tok) == HTML_TOK_START, "start tag");
	check(tok.nattrs == HTML_ATTR_MAX, "%zu attributes kept", tok.nattrs);
	check(html_next(&t, &tok) == HTML_TOK_TEXT && tok.len == 4, "text");
	check(html_next(&t, &tok) == HTML_TOK_EOF, "end");
	check(html_next(&t, &tok) == HTML_TOK_EOF, "end again");

	/* a long tag name is cut, its length kept */
	html_tokenizer_init(&t, "<abcdefghijklmnopqrstuvwxyz>", 28);
	check(html_next(&t, &tok) == HTML_TOK_START, "long name");
	check(strlen(tok.name) == HTML_NAME_MAX && tok.name_len == 26,
	    "name %s (%zu)", tok.name, tok.name_len);

	/* attribute lookup is case-insensitive */
	html_tokenizer_init(&t, "<meta CONTENT=x Name=y>", 23);
	html_next(&t, &tok);
	check(html_attr_get(&tok, "content") != NULL &&
	    html_attr_get(&tok, "name")->value[0] == 'y', "attr_get");
	check(html_attr_get(&tok, "property") == NULL, "missing attr");

	/* NUL bytes are just bytes */
	html_tokenizer_init(&t, "<p>a\0b</p>", 10);
	check(html_next(&t, &tok) == HTML_TOK_START, "nul: start");
	check(html_next(&t, &tok) == HTML_TOK_TEXT && tok.len == 3, "nul: text");
}

/* Random bytes from a fixed seed: the tokenizer must end and stay inside
 * the input. */
static void
test_random(void)
{
	static const char alphabet[] = "<>/!-=\"' abcpsSCRIPT[]?&\n";
	char buf[512];
	unsigned long seed = 12345;
	int round;

	for (round = 0; round < 2000; round++) {
		struct html_tokenizer t;
		struct html_token tok;
		size_t n = (size_t)(seed % sizeof(buf)), i, tokens = 0;

		for (i = 0; i < n; i++) {
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			buf[i] = alphabet[(seed >> 33) % (sizeof(alphabet) - 1)];
		}
		html_tokenizer_init(&t, buf, n);
		while (html_next(&t, &tok) != HTML_TOK_EOF) {
			if (tok.type != HTML_TOK_START && tok.type != HTML_TOK_END &&
			    (tok.text < buf || tok.text + tok.len > buf + n))
				break;
			if (++tokens > n + 1)
				break;
		}
		check(tokens <= n + 1 && t.pos <= n, "round %d: %zu tokens for %zu"
		    " bytes", round, tokens, n);
	}
}

int
main(void)
{
	test_tags();
	test_text();
	test_raw();
	test_comments();
	test_truncated();
	test_limits();
	test_random();
	return check_done("html_tok_test");
}
