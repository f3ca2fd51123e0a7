/*
 * bp_text.c - a text page to blocks.
 *
 * Text as a scraper or a browser's "save as text" leaves it: one paragraph
 * a line, or paragraphs separated by blank lines, or (browsers) paragraphs
 * hard-wrapped at 72 to 80 columns.  Each line is a block, except in a
 * hard-wrapped page, where a full line (one that reaches the wrap width)
 * and the line after it are one block.  Lines are grouped by the blank lines between them: captions
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

/*
 * Hard-wrapped text has no line longer than about 80 characters, and a
 * line is followed by more of its paragraph only when it is full: within
 * FULL_SLACK characters of the wrap width.  Menus and credit groups have
 * short lines one after the other.  Returns the wrap width, or 0 when the
 * page is not wrapped.
 */
#define FULL_SLACK 20

static size_t
wrap_width(const char *data, size_t len)
{
	size_t i = 0, longest = 0, pairs = 0, full = 0, prev = 0, pass;

	for (pass = 0; pass < 2; pass++) {
		for (i = 0, prev = 0; i < len;) {
			const char *nl = memchr(data + i, '\n', len - i);
			size_t end = nl ? (size_t)(nl - data) : len, c = 0;

			if (!blank(data + i, end - i)) {
				c = chars(data + i, end - i);
				if (pass == 0 && c > longest)
					longest = c;
				if (pass == 1 && prev > 0) {
					pairs++;
					full += prev + FULL_SLACK >= longest;
				}
			}
			prev = c;
			i = end + 1;
		}
		if (longest < 50 || longest > 100)
			return 0;
	}
	return pairs >= 3 && full * 4 >= pairs * 3 ? longest : 0;
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
	size_t i = 0, para_off = 0, para_len = 0, width, prev_chars = 0;
	uint32_t group = 0;
	int in_group = 0;

	bp_page_reset(pg);
	width = wrap_width(data, len);
	pg->wrapped = width > 0;
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
		} else if (pg->wrapped && para_len > 0 &&
		    prev_chars + FULL_SLACK >= width) {
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
		prev_chars = chars(data + i, end - i);
		i = end + 1;
	}
	if (para_len > 0)
		add_line_blocks(pg, para_off, para_len, group);
}
