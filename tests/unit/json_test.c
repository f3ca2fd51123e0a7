/*
 * json_test.c - unit tests for lib/json.c: values, escapes (surrogate
 * pairs too), members, and input that is malformed (an empty value too),
 * truncated or nested too deep.
 */
#include <string.h>

#include "check.h"
#include "json.h"

static void
test_values(void)
{
	struct json_doc d;
	const struct json_node *v, *a;
	long root;

	root = json_parse(&d, " {\"@type\": [\"NewsArticle\", \"Article\"],"
	    " \"headline\": \"Caf\\u00e9 \\\"open\\\"\\n\", \"n\": 12,"
	    " \"ok\": true, \"none\": null, \"emoji\": \"\\ud83d\\udd2d\","
	    " \"author\": {\"name\": \"Jane Roe\"}} trailing", 400);
	check(root == 0 && !d.bad, "parsed");
	v = json_member(&d, &d.v[root], "headline");
	check(v != NULL && v->len == 13 && memcmp(json_str(&d, v),
	    "Caf\xc3\xa9 \"open\" ", 13) == 0, "escapes");
	v = json_member(&d, &d.v[root], "emoji");
	check(v != NULL && json_str_is(&d, v, "\xf0\x9f\x94\xad"), "surrogates");
	a = json_member(&d, &d.v[root], "@type");
	check(a != NULL && a->type == JSON_ARR && json_str_is(&d,
	    &d.v[a->first], "NewsArticle") && json_str_is(&d,
	    &d.v[d.v[a->first].next], "Article"), "array");
	v = json_member(&d, json_member(&d, &d.v[root], "author"), "name");
	check(json_str_is(&d, v, "Jane Roe"), "nested member");
	check(json_member(&d, &d.v[root], "n")->type == JSON_NUM &&
	    json_member(&d, &d.v[root], "ok")->type == JSON_BOOL &&
	    json_member(&d, &d.v[root], "none")->type == JSON_NULL, "scalars");
	check(json_member(&d, &d.v[root], "missing") == NULL, "missing");
	check(json_member(&d, NULL, "x") == NULL, "member of nothing");
	json_free(&d);
}

static void
test_bad(void)
{
	struct json_doc d;
	char deep[400];
	long root;
	size_t i;

	root = json_parse(&d, "{\"a\": \"b\", \"c\": [1, 2", 20);
	check(root == 0 && d.bad && json_str_is(&d, json_member(&d, &d.v[0],
	    "a"), "b"), "truncated: what was read stays");
	json_free(&d);
	root = json_parse(&d, "{\"a\" 1}", 7);
	check(d.bad, "missing colon");
	json_free(&d);
	root = json_parse(&d, "\"\\u12", 5);
	check(d.bad, "cut escape");
	json_free(&d);
	root = json_parse(&d, "   ", 3);
	check(root == -1, "empty");
	json_free(&d);
	root = json_parse(&d, "<!-- {\"a\": 1} -->", 17);
	check(root == 0 && d.v[0].type == JSON_OBJ, "in a comment");
	json_free(&d);
	for (i = 0; i < sizeof(deep); i++)
		deep[i] = '[';
	root = json_parse(&d, deep, sizeof(deep));
	check(root == 0 && d.bad && d.n <= JSON_DEPTH + 2, "too deep: %zu nodes",
	    d.n);
	json_free(&d);
	/* found by make fuzz: a closer where a value belongs was an empty
	 * scalar, read again and again, nodes without end */
	root = json_parse(&d, "[}", 2);
	check(root == 0 && d.bad && d.n == 1, "[}: %zu nodes", d.n);
	json_free(&d);
	root = json_parse(&d, "{\"a\": ]", 7);
	check(root == 0 && d.bad && d.n == 1, "{\"a\": ]: %zu nodes", d.n);
	json_free(&d);
	root = json_parse(&d, "[1, \0, 2]", 9);
	check(root == 0 && d.n == 4, "NUL is a scalar's byte: %zu nodes", d.n);
	json_free(&d);
	root = json_parse(&d, "}", 1);
	check(root == -1, "a lone closer is no value");
	json_free(&d);
	root = json_parse(&d, "\"\\ud800x\"", 9);
	check(root == 0 && json_str_is(&d, &d.v[0], "\xef\xbf\xbdx"),
	    "lone surrogate");
	json_free(&d);
}

int
main(void)
{
	test_values();
	test_bad();
	return check_done("json_test");
}
