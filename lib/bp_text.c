/*
 * bp_text.c - a text page to blocks.
 *
 * Text as a scraper or a browser's "save as text" leaves it: one paragraph
 * a line, or paragraphs separated by blank lines, or (browsers) paragraphs
 * hard-wrapped at 72 to 80 columns.  Each line is a block, except in a
 * hard-wrapped page, where the lines of a blank-line-separated group are
 * one block.  Lines are grouped by the blank lines between them: captions
 * and their credits, and skip links, come in groups of their own.  A line
 * where a furniture sentence is glued to the next with no space ("...all
 * the difference.The Syrian regime's ...") is cut there into two blocks.
 */
#include <string.h>

#include "bp.h"
#include "bp_lexicon.h"

static int
blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f' &&
		    s[i] != '\v')
			return 0;
	return 1;
}

static size_t
chars(const char *s, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/* Hard-wrapped: no long line, and most lines continue a paragraph. */
static int
looks_wrapped(const char *data, size_t len)
{
	size_t i = 0, lines = 0, continued = 0, longest = 0;
	int prev_text = 0;

	while (i < len) {
		const char *nl = memchr(data + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - data) : len, c;

		if (blank(data + i, end - i))
			prev_text = 0;
		else {
			lines++;
			continued += prev_text;
			prev_text = 1;
			if ((c = chars(data + i, end - i)) > longest)
				longest = c;
		}
		i = end + 1;
	}
	return lines >= 5 && longest <= 100 && longest >= 50 &&
	    continued * 2 >= lines;
}

/* Append line to the page text with ASCII whitespace folded; returns the
 * number of bytes added.  No-break spaces are text here: the scraper kept
 * them and so do we. */
static size_t
add_folded(struct buf *t, const char *s, size_t n, int space)
{
	size_t i, start = t->len;

	if (n > 0 && blank(s, n))
		return 0;
	for (i = 0; i < n; i++) {
		char c = s[i];

		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
			space = 1;
			continue;
		}
		if (space && t->len > start)
			buf_addc(t, ' ');
		space = 0;
		buf_addc(t, c);
	}
	return t->len - start;
}

static void
add_line_blocks(struct bp_page *pg, size_t off, size_t len, uint32_t group)
{
	int glued = 0;

	while (len > 0) {
		size_t cut = bp_glue_point(pg->text.data + off, len);
		struct bp_block *b;

		if (cut == 0)
			cut = len;
		b = bp_add_block(pg, off, cut);
		b->tag = BP_TAG_TEXT;
		b->group = group;
		b->glued = (uint8_t)glued;
		bp_measure(pg, b);
		off += cut;
		len -= cut;
		glued = 1;
	}
}

void
bp_read_text(struct bp_page *pg, const char *data, size_t len)
{
	size_t i = 0, para_off = 0, para_len = 0;
	uint32_t group = 0;
	int in_group = 0;

	bp_page_reset(pg);
	pg->wrapped = looks_wrapped(data, len);
	while (i < len) {
		const char *nl = memchr(data + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - data) : len;

		if (blank(data + i, end - i)) {
			if (para_len > 0)
				add_line_blocks(pg, para_off, para_len, group);
			para_len = 0;
			if (in_group)
				group++;
			in_group = 0;
		} else if (pg->wrapped && para_len > 0) {
			buf_addc(&pg->text, ' ');
			para_len += 1 + add_folded(&pg->text, data + i, end - i, 0);
			in_group = 1;
		} else {
			if (para_len > 0)
				add_line_blocks(pg, para_off, para_len, group);
			para_off = pg->text.len;
			para_len = add_folded(&pg->text, data + i, end - i, 0);
			in_group = 1;
		}
		i = end + 1;
	}
	if (para_len > 0)
		add_line_blocks(pg, para_off, para_len, group);
}
