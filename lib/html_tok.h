/*
 * html_tok.h - a streaming HTML tokenizer: one pass over the bytes of a page,
 * no tree, no allocation.  Tokens point into the input, so memory is the
 * page itself plus one token.
 *
 * It follows the HTML standard's tokenizer where that matters for pages as
 * curl saves them: tag names are case-folded; attribute values may be
 * quoted either way or not at all; the contents of script, style, textarea,
 * title, xmp, iframe, noembed, noframes and noscript are raw text up to
 * their own end tag; plaintext runs to the end; comments (also "<!-->",
 * "--!>" and unterminated ones), doctypes, CDATA sections, processing
 * instructions and bogus comments are tokens of their own.  A tag cut off
 * by the end of the input is dropped, as browsers drop it.  Character
 * references are left alone (html_entity.h decodes them).
 *
 *	struct html_tokenizer t;
 *	struct html_token tok;
 *
 *	html_tokenizer_init(&t, data, len);
 *	while (html_next(&t, &tok) != HTML_TOK_EOF)
 *		...
 */
#ifndef CW_HTML_TOK_H
#define CW_HTML_TOK_H

#include <stddef.h>

enum html_token_type {
	HTML_TOK_EOF = 0,
	HTML_TOK_TEXT,          /* text, or the raw contents of script etc. */
	HTML_TOK_START,         /* <name attr=value ...> */
	HTML_TOK_END,           /* </name> */
	HTML_TOK_COMMENT,       /* <!-- ... -->, bogus comments, <?...> */
	HTML_TOK_DOCTYPE,       /* <!DOCTYPE ...> */
	HTML_TOK_CDATA          /* <![CDATA[ ... ]]> */
};

#define HTML_NAME_MAX 15        /* longer tag names are cut (none matters) */
#define HTML_ATTR_MAX 32        /* attributes kept per tag; more are skipped */

struct html_attr {
	const char *name;       /* as written (not case-folded) */
	size_t name_len;
	const char *value;      /* raw: references not decoded */
	size_t value_len;
};

struct html_token {
	enum html_token_type type;
	const char *text;       /* TEXT, COMMENT, DOCTYPE, CDATA: the contents */
	size_t len;
	char name[HTML_NAME_MAX + 1];   /* START, END: lower-case, NUL-ended */
	size_t name_len;                /* as written, even when cut */
	int self_closing;               /* START ended with "/>" */
	int raw;                        /* TEXT: contents of script, style ... */
	size_t nattrs;
	struct html_attr attrs[HTML_ATTR_MAX];
	size_t offset;                  /* byte offset of the token */
};

struct html_tokenizer {
	const char *data;
	size_t len, pos;
	char raw_end[HTML_NAME_MAX + 1];   /* inside raw text: its element */
	size_t raw_end_len;
	int plaintext;                     /* after <plaintext>: all text */
};

void html_tokenizer_init(struct html_tokenizer *t, const char *data,
    size_t len);

/* Fill tok with the next token and return its type (HTML_TOK_EOF at the
 * end, again and again). */
enum html_token_type html_next(struct html_tokenizer *t,
    struct html_token *tok);

/* The value of attribute name (lower-case) in tok, or NULL. */
const struct html_attr *html_attr_get(const struct html_token *tok,
    const char *name);

#endif
