/*
 * bp_html.c - an HTML page to blocks.
 *
 * A tree builder that keeps only what the classifier needs.  It walks the
 * tokens once with a stack of open elements (the HTML standard's rules for
 * implied end tags, simplified: a block element closes an open <p>, <li>
 * closes <li>, <td> closes <td> ...), folds whitespace, decodes character
 * references and cuts the text into blocks at block-level boundaries.
 * Elements become tree nodes only when text ends up inside them, so empty
 * wrappers, icons and the thousands of <div>s of a template cost nothing.
 * What a reader never sees is skipped: head, script, style, template,
 * svg and math, forms' buttons and selects, audio and video.
 */
#include <stdlib.h>
#include <string.h>

#include "bp.h"
#include "bp_cues.h"
#include "bp_meta.h"
#include "err.h"
#include "hash.h"
#include "html_entity.h"
#include "html_tok.h"
#include "utf8.h"

/*
 * The stack of open elements is bounded.  Past STACK_MAX - STACK_RESERVE
 * levels, wrappers (div, span, unknown elements) are no longer pushed, only
 * counted; the reserve keeps room for what matters below them (h1, p, a,
 * li ...).  A page of 10,000 nested divs costs a counter, not a tree.
 */
#define STACK_MAX 256
#define STACK_RESERVE 32

enum {
	EF_BLOCK = 1 << 0,      /* a block boundary, and a tree node */
	EF_VOID = 1 << 1,       /* never has contents */
	EF_SKIP = 1 << 2,       /* contents are not read */
	EF_LINK = 1 << 3,       /* <a> */
	EF_PRE = 1 << 4,        /* keeps its line breaks */
	EF_CLOSES_P = 1 << 5,   /* its start tag closes an open <p> */
	EF_FOREIGN = 1 << 6,    /* svg, math: "/>" ends an element */
	EF_HEAD_OK = 1 << 7,    /* may appear in <head> */
	EF_PAGE = 1 << 8,       /* html, body: their classes say nothing */
	EF_HEADING = 1 << 9,
	EF_BREAKOUT = 1 << 10,  /* its start tag ends svg or math */
	EF_P_SCOPE = 1 << 11,   /* bounds the search for an open <p> */
	EF_LI_SCOPE = 1 << 12,  /* ... for an open <li>, <dd>, <dt> */
	EF_TABLE_SCOPE = 1 << 13 /* ... for an open cell or row */
};

#define PS EF_P_SCOPE
#define LS EF_LI_SCOPE
#define TS EF_TABLE_SCOPE

/* Elements the builder treats specially. */
enum kind {
	K_NONE = 0, K_A, K_BODY, K_BR, K_DD, K_DT, K_HEAD, K_HTML, K_LI, K_P,
	K_SCRIPT, K_SPAN, K_TD, K_TH, K_TITLE, K_TR
};

struct elem {
	const char *name;
	uint16_t tag;           /* enum bp_tag */
	uint16_t flags;
	uint32_t cues;
	uint8_t kind;           /* enum kind */
};

#define BLK (EF_BLOCK | EF_CLOSES_P)

/* Every element the builder knows (in name order, for the reader). */
static const struct elem elems[] = {
	{ "a", 0, EF_LINK, 0, K_A },
	{ "address", BP_TAG_ADDRESS, BLK, 0, K_NONE },
	{ "applet", 0, EF_SKIP | PS | LS, 0, K_NONE },
	{ "area", 0, EF_VOID, 0, K_NONE },
	{ "article", BP_TAG_ARTICLE, BLK, BP_CUE_ARTICLE, K_NONE },
	{ "aside", BP_TAG_ASIDE, BLK, BP_CUE_SIDEBAR, K_NONE },
	{ "audio", 0, EF_SKIP, 0, K_NONE },
	{ "b", 0, EF_BREAKOUT, 0, K_NONE },
	{ "base", 0, EF_VOID | EF_HEAD_OK, 0, K_NONE },
	{ "basefont", 0, EF_VOID | EF_HEAD_OK, 0, K_NONE },
	{ "bgsound", 0, EF_VOID | EF_HEAD_OK, 0, K_NONE },
	{ "big", 0, EF_BREAKOUT, 0, K_NONE },
	{ "blockquote", BP_TAG_BLOCKQUOTE, BLK | EF_BREAKOUT, 0, K_NONE },
	{ "body", BP_TAG_BODY, EF_BLOCK | EF_PAGE | EF_BREAKOUT, 0, K_BODY },
	{ "br", 0, EF_VOID | EF_BREAKOUT, 0, K_BR },
	{ "button", 0, EF_SKIP | PS | LS, 0, K_NONE },
	{ "canvas", 0, EF_SKIP, 0, K_NONE },
	{ "caption", BP_TAG_CAPTION, EF_BLOCK | PS | LS, 0, K_NONE },
	{ "center", BP_TAG_CENTER, BLK | EF_BREAKOUT, 0, K_NONE },
	{ "col", 0, EF_VOID, 0, K_NONE },
	{ "datalist", 0, EF_SKIP, 0, K_NONE },
	{ "dd", BP_TAG_DD, BLK | EF_BREAKOUT, 0, K_DD },
	{ "details", BP_TAG_DETAILS, BLK, 0, K_NONE },
	{ "dialog", 0, BLK, BP_CUE_COOKIE, K_NONE },
	{ "dir", BP_TAG_UL, BLK, 0, K_NONE },
	{ "div", BP_TAG_DIV, BLK | EF_BREAKOUT, 0, K_NONE },
	{ "dl", BP_TAG_DL, BLK | EF_BREAKOUT, 0, K_NONE },
	{ "dt", BP_TAG_DT, BLK | EF_BREAKOUT, 0, K_DT },
	{ "embed", 0, EF_VOID | EF_BREAKOUT, 0, K_NONE },
	{ "fieldset", BP_TAG_FIELDSET, BLK, BP_CUE_FORM, K_NONE },
	{ "figcaption", BP_TAG_FIGCAPTION, BLK, BP_CUE_CAPTION, K_NONE },
	{ "figure", BP_TAG_FIGURE, BLK, BP_CUE_MEDIA, K_NONE },
	{ "footer", BP_TAG_FOOTER, BLK, BP_CUE_FOOTER, K_NONE },
	{ "form", BP_TAG_FORM, BLK, 0, K_NONE },
	{ "frame", 0, EF_VOID, 0, K_NONE },
	{ "frameset", 0, EF_SKIP, 0, K_NONE },
	{ "h1", BP_TAG_H1, BLK | EF_HEADING | EF_BREAKOUT, 0, K_NONE },
	{ "h2", BP_TAG_H2, BLK | EF_HEADING | EF_BREAKOUT, 0, K_NONE },
	{ "h3", BP_TAG_H3, BLK | EF_HEADING | EF_BREAKOUT, 0, K_NONE },
	{ "h4", BP_TAG_H4, BLK | EF_HEADING | EF_BREAKOUT, 0, K_NONE },
	{ "h5", BP_TAG_H5, BLK | EF_HEADING | EF_BREAKOUT, 0, K_NONE },
	{ "h6", BP_TAG_H6, BLK | EF_HEADING | EF_BREAKOUT, 0, K_NONE },
	{ "head", 0, EF_SKIP | EF_BREAKOUT, 0, K_HEAD },
	{ "header", BP_TAG_HEADER, BLK, BP_CUE_HEADER, K_NONE },
	{ "hgroup", BP_TAG_HGROUP, BLK, 0, K_NONE },
	{ "hr", 0, EF_VOID | EF_BLOCK | EF_CLOSES_P | EF_BREAKOUT, 0, K_NONE },
	{ "html", 0, EF_BLOCK | EF_PAGE | PS | LS | TS, 0, K_HTML },
	{ "i", 0, EF_BREAKOUT, 0, K_NONE },
	{ "iframe", 0, EF_SKIP, 0, K_NONE },
	{ "img", 0, EF_VOID | EF_BREAKOUT, 0, K_NONE },
	{ "input", 0, EF_VOID, 0, K_NONE },
	{ "keygen", 0, EF_VOID, 0, K_NONE },
	{ "legend", 0, EF_BLOCK, 0, K_NONE },
	{ "li", BP_TAG_LI, BLK | EF_BREAKOUT, 0, K_LI },
	{ "link", 0, EF_VOID | EF_HEAD_OK, 0, K_NONE },
	{ "listing", BP_TAG_PRE, BLK | EF_PRE | EF_BREAKOUT, 0, K_NONE },
	{ "main", BP_TAG_MAIN, BLK, BP_CUE_MAIN, K_NONE },
	{ "map", 0, EF_SKIP, 0, K_NONE },
	{ "math", 0, EF_SKIP | EF_FOREIGN, 0, K_NONE },
	{ "menu", BP_TAG_MENU, BLK | EF_BREAKOUT, BP_CUE_NAV, K_NONE },
	{ "meta", 0, EF_VOID | EF_HEAD_OK | EF_BREAKOUT, 0, K_NONE },
	{ "meter", 0, EF_SKIP, 0, K_NONE },
	{ "nav", BP_TAG_NAV, BLK, BP_CUE_NAV, K_NONE },
	{ "nobr", 0, EF_BREAKOUT, 0, K_NONE },
	{ "noembed", 0, EF_SKIP, 0, K_NONE },
	{ "noframes", 0, EF_SKIP | EF_HEAD_OK, 0, K_NONE },
	{ "noscript", 0, EF_SKIP | EF_HEAD_OK, 0, K_NONE },
	{ "object", 0, EF_SKIP | PS | LS, 0, K_NONE },
	{ "ol", BP_TAG_OL, BLK | EF_BREAKOUT | LS, 0, K_NONE },
	{ "optgroup", 0, EF_SKIP, 0, K_NONE },
	{ "option", 0, EF_SKIP, 0, K_NONE },
	{ "p", BP_TAG_P, BLK | EF_BREAKOUT, 0, K_P },
	{ "param", 0, EF_VOID, 0, K_NONE },
	{ "plaintext", BP_TAG_PRE, BLK | EF_PRE, 0, K_NONE },
	{ "pre", BP_TAG_PRE, BLK | EF_PRE | EF_BREAKOUT, 0, K_NONE },
	{ "progress", 0, EF_SKIP, 0, K_NONE },
	{ "rp", 0, EF_SKIP, 0, K_NONE },
	{ "ruby", 0, EF_BREAKOUT, 0, K_NONE },
	{ "s", 0, EF_BREAKOUT, 0, K_NONE },
	{ "script", 0, EF_SKIP | EF_HEAD_OK, 0, K_SCRIPT },
	{ "section", BP_TAG_SECTION, BLK, 0, K_NONE },
	{ "select", 0, EF_SKIP, 0, K_NONE },
	{ "small", 0, EF_BREAKOUT, 0, K_NONE },
	{ "source", 0, EF_VOID, 0, K_NONE },
	{ "span", 0, EF_BREAKOUT, 0, K_SPAN },
	{ "strike", 0, EF_BREAKOUT, 0, K_NONE },
	{ "strong", 0, EF_BREAKOUT, 0, K_NONE },
	{ "style", 0, EF_SKIP | EF_HEAD_OK, 0, K_NONE },
	{ "sub", 0, EF_BREAKOUT, 0, K_NONE },
	{ "summary", BP_TAG_SUMMARY, BLK, 0, K_NONE },
	{ "sup", 0, EF_BREAKOUT, 0, K_NONE },
	{ "svg", 0, EF_SKIP | EF_FOREIGN, 0, K_NONE },
	{ "table", BP_TAG_TABLE, BLK | EF_BREAKOUT | PS | LS | TS, 0, K_NONE },
	{ "tbody", 0, EF_BLOCK, 0, K_NONE },
	{ "td", BP_TAG_TD, EF_BLOCK | PS | LS, 0, K_TD },
	{ "template", 0, EF_SKIP | EF_HEAD_OK | PS | LS | TS, 0, K_NONE },
	{ "textarea", 0, EF_SKIP, 0, K_NONE },
	{ "tfoot", 0, EF_BLOCK, 0, K_NONE },
	{ "th", BP_TAG_TH, EF_BLOCK | PS | LS, 0, K_TH },
	{ "thead", 0, EF_BLOCK, 0, K_NONE },
	{ "title", 0, EF_SKIP | EF_HEAD_OK, 0, K_TITLE },
	{ "tr", BP_TAG_TR, EF_BLOCK, 0, K_TR },
	{ "track", 0, EF_VOID, 0, K_NONE },
	{ "tt", 0, EF_BREAKOUT, 0, K_NONE },
	{ "u", 0, EF_BREAKOUT, 0, K_NONE },
	{ "ul", BP_TAG_UL, BLK | EF_BREAKOUT | LS, 0, K_NONE },
	{ "var", 0, EF_BREAKOUT, 0, K_NONE },
	{ "video", 0, EF_SKIP, 0, K_NONE },
	{ "wbr", 0, EF_VOID, 0, K_NONE },
	{ "xmp", 0, EF_SKIP, 0, K_NONE },
};

#define NELEMS (sizeof(elems) / sizeof(elems[0]))
#define UNKNOWN_ELEM 0xFFFF

/* Inline elements with one of these cues are cut out as blocks of their
 * own: <span class="credit">, <a class="share-link">. */
#define INLINE_CUTS (BP_CUE_CAPTION | BP_CUE_HIDDEN | BP_CUE_SHARE | \
    BP_CUE_AD | BP_CUE_BYLINE)

struct open_elem {
	uint32_t name_hash;     /* for matching end tags */
	uint16_t elem;          /* index in elems, or UNKNOWN_ELEM */
	uint16_t flags;
	uint16_t tag;
	uint32_t cues;          /* its own */
	uint32_t inherited;     /* its own and its ancestors' */
	uint32_t node;          /* tree node once text is found below */
	const char *cls, *id;   /* for the label, pointing into the page */
	uint16_t cls_len, id_len;
};

struct builder {
	struct bp_page *pg;
	const char *page;
	struct open_elem stack[STACK_MAX];
	size_t depth;
	size_t overflow;        /* start tags counted, not pushed */
	size_t overflow_at;     /* the depth where the counting began */
	size_t skip;            /* open elements whose contents are skipped */
	size_t links;           /* open <a href> elements */
	size_t pre;             /* open <pre> elements */
	size_t foreign;         /* open svg/math elements */
	size_t head;            /* 1 + the stack index of an open <head>, or 0 */
	/* the block being built */
	size_t start;           /* its first byte in pg->text */
	uint32_t chars, link_chars;
	int space;              /* whitespace seen since the last character */
	int space_in_link;      /* ... all of it inside a link */
	int brs;                /* <br>s since the last character */
	/* metadata the tokens carry */
	enum { RAW_NONE, RAW_TITLE, RAW_JSONLD } raw;
	struct buf scratch;
};

const char *const bp_tag_names[BP_TAG_COUNT] = {
	"other", "body", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
	"ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote",
	"pre", "article", "section", "main", "header", "footer", "nav",
	"aside", "figure", "figcaption", "form", "address", "center",
	"caption", "details", "summary", "hgroup", "fieldset", "menu", "text"
};

/*
 * Tag names to elems[] through a small open-addressing table keyed by the
 * name's hash, built on first use: every start and end tag of a page is
 * looked up, so this must cost one hash and one compare.
 */
#define ELEM_TABLE 512

static uint16_t elem_table[ELEM_TABLE];         /* 1 + index, 0 empty */
static int elem_table_ready;

static uint32_t fnv1a32(const char *s, size_t n);

static void
elem_table_build(void)
{
	size_t i;

	for (i = 0; i < NELEMS; i++) {
		uint32_t h = fnv1a32(elems[i].name, strlen(elems[i].name));

		while (elem_table[h & (ELEM_TABLE - 1)] != 0)
			h++;
		elem_table[h & (ELEM_TABLE - 1)] = (uint16_t)(i + 1);
	}
	elem_table_ready = 1;
}

/* The elems[] index of a lower-case name of n bytes with hash h. */
static uint16_t
elem_find(const char *name, size_t n, uint32_t h)
{
	if (!elem_table_ready)
		elem_table_build();
	for (;; h++) {
		uint16_t k = elem_table[h & (ELEM_TABLE - 1)];

		if (k == 0)
			return UNKNOWN_ELEM;
		if (strncmp(elems[k - 1].name, name, n) == 0 &&
		    elems[k - 1].name[n] == '\0')
			return (uint16_t)(k - 1);
	}
}

/* The length of a token's (possibly cut) name. */
static size_t
tok_name_len(const struct html_token *tok)
{
	return tok->name_len < HTML_NAME_MAX ? tok->name_len : strlen(tok->name);
}

/* ---- nodes ---- */

/* How much of s[0, n) to keep for at most max bytes without cutting a
 * UTF-8 character in two (labels are written: --explain's in=). */
static size_t
utf8_cut(const char *s, size_t n, size_t max)
{
	if (n <= max)
		return n;
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	return max;
}

static void
add_label(struct bp_page *pg, struct bp_node *n, const struct open_elem *e,
    const char *tagname)
{
	size_t start = pg->labels.len;
	size_t k, n_cls = utf8_cut(e->cls, e->cls_len, 60);

	buf_adds(&pg->labels, tagname);
	if (e->cls_len > 0) {
		buf_addc(&pg->labels, '.');
		for (k = 0; k < n_cls; k++)
			buf_addc(&pg->labels, e->cls[k] == ' ' || e->cls[k] == '\t' ||
			    e->cls[k] == '\n' ? '.' : e->cls[k]);
	}
	if (e->id_len > 0) {
		buf_addc(&pg->labels, '#');
		buf_add(&pg->labels, e->id, utf8_cut(e->id, e->id_len, 40));
	}
	n->class_off = (uint32_t)start;
	n->class_len = (uint32_t)(pg->labels.len - start);
}

/* The node of stack entry i, created (with its ancestors) on first use. */
static uint32_t
materialise(struct builder *b, size_t i)
{
	struct bp_page *pg = b->pg;
	struct open_elem *e = &b->stack[i];
	struct bp_node *n;
	uint32_t parent = BP_NONE;
	size_t j;

	if (e->node != BP_NONE)
		return e->node;
	for (j = i; j-- > 0;)
		if (b->stack[j].flags & EF_BLOCK) {
			parent = materialise(b, j);
			break;
		}
	if (pg->nnodes == pg->nodes_cap) {
		pg->nodes_cap = pg->nodes_cap ? pg->nodes_cap * 2 : 256;
		pg->nodes = cw_reallocarray(pg->nodes, pg->nodes_cap,
		    sizeof(*pg->nodes));
	}
	n = &pg->nodes[pg->nnodes];
	memset(n, 0, sizeof(*n));
	n->parent = parent;
	n->tag = e->tag;
	n->depth = parent == BP_NONE ? 0 : pg->nodes[parent].depth + 1;
	n->cues = e->cues;
	add_label(pg, n, e, e->elem == UNKNOWN_ELEM ? "*" :
	    elems[e->elem].name);
	e->node = (uint32_t)pg->nnodes++;
	return e->node;
}

/* ---- text ---- */

#define CELL_MAX 100    /* longer cells are not data: layout tables */

/*
 * The cells of a data table row are one block, "1 Kyle Busch 5040 5", as
 * a reader (and innerText) sees them.  The text of the cell just finished
 * (len bytes at b->start), in stack entry i, joins the block before when
 * that is the previous short cell of the same row.  Returns 1 if joined.
 */
static int
join_cell(struct builder *b, size_t i, size_t len)
{
	struct bp_page *pg = b->pg;
	struct bp_block *prev;
	uint32_t row;

	if ((b->stack[i].tag != BP_TAG_TD && b->stack[i].tag != BP_TAG_TH) ||
	    i == 0 || b->stack[i - 1].tag != BP_TAG_TR || pg->nblocks == 0 ||
	    len > CELL_MAX)
		return 0;
	prev = &pg->blocks[pg->nblocks - 1];
	row = materialise(b, i - 1);
	if (prev->off + prev->len != b->start || !(prev->tag == BP_TAG_TR ?
	    prev->node == row : (prev->tag == BP_TAG_TD || prev->tag ==
	    BP_TAG_TH) && pg->nodes[prev->node].parent == row &&
	    prev->len <= CELL_MAX))
		return 0;
	buf_addc(&pg->text, ' ');
	memmove(pg->text.data + b->start + 1, pg->text.data + b->start, len);
	pg->text.data[b->start] = ' ';
	prev->len += len + 1;
	prev->node = row;
	prev->tag = BP_TAG_TR;
	prev->link_chars += b->link_chars;
	prev->chars = 0;
	bp_measure(pg, prev);
	return 1;
}

static void
finish_block(struct builder *b)
{
	struct bp_page *pg = b->pg;
	struct bp_block *blk;
	size_t end = pg->text.len, i;

	if (end > b->start && pg->text.data[end - 1] == ' ')
		end--;
	if (end > b->start) {
		pg->text.len = end;
		for (i = b->depth; i-- > 0;)
			if (b->stack[i].flags & EF_BLOCK)
				break;
		if (i < b->depth && join_cell(b, i, end - b->start))
			goto done;
		blk = bp_add_block(pg, b->start, end - b->start);
		if (i < b->depth) {
			blk->node = materialise(b, i);
			blk->tag = b->stack[i].tag;
			blk->cues = b->stack[i].inherited;
		}
		blk->link_chars = b->link_chars;
		bp_measure(pg, blk);
		if (blk->link_chars > blk->chars)
			blk->link_chars = blk->chars;
	} else
		pg->text.len = b->start;
done:
	b->start = pg->text.len;
	b->chars = b->link_chars = 0;
	b->space = 0;
	b->brs = 0;
}

static inline int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Append decoded text s[0, n) (no references left) to the block. */
static void
add_chars(struct builder *b, const char *s, size_t n)
{
	struct buf *t = &b->pg->text;
	size_t i = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t run;

		if (is_space(c) || (c == 0xC2 && i + 1 < n &&
		    (unsigned char)s[i + 1] == 0xA0)) {
			if (c == '\n' && b->pre > 0)
				finish_block(b);
			else {
				b->space_in_link = b->space ? b->space_in_link &&
				    b->links > 0 : b->links > 0;
				b->space = 1;
			}
			i += c == 0xC2 ? 2 : 1;
			continue;
		}
		if (b->space && t->len > b->start) {
			buf_addc(t, ' ');
			if (b->links > 0 && b->space_in_link)
				b->link_chars++;
		}
		b->space = 0;
		b->brs = 0;
		for (run = i; run < n; run++) {
			unsigned char d = (unsigned char)s[run];

			if (is_space(d) || d == 0xC2)
				break;
			if ((d & 0xC0) != 0x80) {
				b->chars++;
				if (b->links > 0)
					b->link_chars++;
			}
		}
		if (run == i) {         /* a lone 0xC2 that is not NBSP */
			run = i + 1;
			b->chars++;
		}
		buf_add(t, s + i, run - i);
		i = run;
	}
}

static void
add_text(struct builder *b, const char *s, size_t n)
{
	char val[HTML_CHARREF_MAX];
	size_t i = 0;

	while (i < n) {
		const char *amp = memchr(s + i, '&', n - i);
		size_t seg = amp ? (size_t)(amp - (s + i)) : n - i, used, vlen;

		add_chars(b, s + i, seg);
		i += seg;
		if (i >= n)
			break;
		used = html_charref(s + i, n - i, 0, val, &vlen);
		if (used == 0) {
			add_chars(b, "&", 1);
			i++;
		} else {
			add_chars(b, val, vlen);
			i += used;
		}
	}
}

/* ---- the stack ---- */

static void
pop(struct builder *b)
{
	struct open_elem *e = &b->stack[b->depth - 1];

	if (e->flags & EF_BLOCK)
		finish_block(b);        /* while e is still open */
	b->depth--;
	if (e->flags & EF_SKIP)
		b->skip--;
	if (e->flags & EF_LINK)
		b->links--;
	if (e->flags & EF_PRE)
		b->pre--;
	if (e->flags & EF_FOREIGN)
		b->foreign--;
	if (b->head == b->depth + 1)
		b->head = 0;
	if (b->depth < b->overflow_at)
		b->overflow = 0;        /* the counted wrappers went with it */
}

static void
pop_to(struct builder *b, size_t i)
{
	while (b->depth > i)
		pop(b);
}

static long
find_kind(const struct builder *b, enum kind kind, uint16_t scope)
{
	size_t i;

	for (i = b->depth; i-- > 0;) {
		const struct open_elem *e = &b->stack[i];

		if (e->elem != UNKNOWN_ELEM && elems[e->elem].kind == kind)
			return (long)i;
		if (e->flags & scope)
			return -1;
	}
	return -1;
}

/* Implied end tags: what the start tag of elems[k] closes. */
static void
close_implied(struct builder *b, uint16_t k)
{
	enum kind kind = elems[k].kind;
	long i;

	if (elems[k].flags & EF_CLOSES_P && (i = find_kind(b, K_P,
	    EF_P_SCOPE)) >= 0)
		pop_to(b, (size_t)i);
	if (kind == K_LI && (i = find_kind(b, K_LI, EF_LI_SCOPE)) >= 0)
		pop_to(b, (size_t)i);
	if (kind == K_DD || kind == K_DT) {
		if ((i = find_kind(b, K_DD, EF_LI_SCOPE)) >= 0)
			pop_to(b, (size_t)i);
		if ((i = find_kind(b, K_DT, EF_LI_SCOPE)) >= 0)
			pop_to(b, (size_t)i);
	}
	if (kind == K_TD || kind == K_TH || kind == K_TR) {
		if ((i = find_kind(b, K_TD, EF_TABLE_SCOPE)) >= 0)
			pop_to(b, (size_t)i);
		if ((i = find_kind(b, K_TH, EF_TABLE_SCOPE)) >= 0)
			pop_to(b, (size_t)i);
	}
	if (kind == K_TR && (i = find_kind(b, K_TR, EF_TABLE_SCOPE)) >= 0)
		pop_to(b, (size_t)i);
	if (kind == K_A && (i = find_kind(b, K_A, EF_P_SCOPE)) >= 0)
		pop_to(b, (size_t)i);
	if (elems[k].flags & EF_HEADING && b->depth > 0 &&
	    b->stack[b->depth - 1].elem != UNKNOWN_ELEM &&
	    elems[b->stack[b->depth - 1].elem].flags & EF_HEADING)
		pop(b);
}

static int
is_component_attr(const char *name, size_t n)
{
	static const char *const names[] = {
		"component", "testid", "module", "qa", "type", "role", NULL
	};
	size_t i;

	for (i = 0; names[i] != NULL; i++)
		if (strlen(names[i]) == n && strncmp(name, names[i], n) == 0)
			return 1;
	return 0;
}

static uint32_t
attr_cues(const struct html_token *tok, struct open_elem *e)
{
	uint32_t cues = 0;
	size_t i;

	e->cls = e->id = NULL;
	e->cls_len = e->id_len = 0;
	for (i = 0; i < tok->nattrs; i++) {
		const struct html_attr *a = &tok->attrs[i];
		const char *v = a->value;
		size_t n = a->value_len;

		switch (a->name_len) {
		case 2:
			if ((a->name[0] | 0x20) == 'i' && (a->name[1] | 0x20) == 'd') {
				cues |= bp_cues_of_name(v, n);
				e->id = v;
				e->id_len = (uint16_t)(n < 200 ? n : 200);
			}
			break;
		case 4:
			if (strncmp(a->name, "role", 4) == 0)
				cues |= bp_cues_of_role(v, n);
			break;
		case 5:
			if (strncmp(a->name, "class", 5) == 0) {
				cues |= bp_cues_of_name(v, n);
				e->cls = v;
				e->cls_len = (uint16_t)(n < 200 ? n : 200);
			} else if (strncmp(a->name, "style", 5) == 0 &&
			    bp_style_hides(v, n))
				cues |= BP_CUE_HIDDEN;
			break;
		case 6:
			if (strncmp(a->name, "hidden", 6) == 0)
				cues |= BP_CUE_HIDDEN;
			break;
		case 8:
			if (strncmp(a->name, "itemprop", 8) == 0)
				cues |= bp_cues_of_itemprop(v, n);
			break;
		case 11:
			if (strncmp(a->name, "aria-hidden", 11) == 0 && n == 4 &&
			    strncmp(v, "true", 4) == 0)
				cues |= BP_CUE_HIDDEN;
			break;
		}
		/* component names: data-component="byline-block",
		 * data-testid="related-stories", data-module=... */
		if (a->name_len > 5 && strncmp(a->name, "data-", 5) == 0 &&
		    n > 0 && n < 64 && is_component_attr(a->name + 5,
		    a->name_len - 5))
			cues |= bp_cues_of_name(v, n);
	}
	return cues;
}

static void
push(struct builder *b, const struct html_token *tok, uint16_t k,
    uint32_t h)
{
	struct open_elem *e;
	uint16_t flags = k == UNKNOWN_ELEM ? 0 : elems[k].flags;
	uint32_t cues;

	if (b->depth == STACK_MAX || (b->depth >= STACK_MAX - STACK_RESERVE &&
	    (k == UNKNOWN_ELEM || elems[k].tag == BP_TAG_DIV ||
	    elems[k].kind == K_SPAN))) {
		if (b->overflow++ == 0)
			b->overflow_at = b->depth;
		if (flags & EF_BLOCK || k == UNKNOWN_ELEM)
			finish_block(b);
		return;
	}
	e = &b->stack[b->depth];
	cues = attr_cues(tok, e);
	if (k == UNKNOWN_ELEM) {
		/* Custom elements (amp-img, ps-byline ...) are components:
		 * boundaries, named like classes. */
		size_t n = tok_name_len(tok);

		if (memchr(tok->name, '-', n) != NULL) {
			flags |= EF_BLOCK;
			cues |= bp_cues_of_name(tok->name, n);
		}
		e->tag = BP_TAG_OTHER;
	} else {
		cues |= elems[k].cues;
		e->tag = elems[k].tag;
	}
	if (flags & EF_PAGE)
		cues = 0;
	if (!(flags & EF_BLOCK) && (cues & INLINE_CUTS))
		flags |= EF_BLOCK;
	if (flags & EF_LINK && html_attr_get(tok, "href") == NULL)
		flags &= (uint16_t)~EF_LINK;
	if (flags & EF_BLOCK)
		finish_block(b);
	e->name_hash = h;
	e->elem = k;
	e->flags = flags;
	e->cues = cues;
	e->inherited = cues | (b->depth > 0 ? b->stack[b->depth - 1].inherited :
	    0);
	e->node = BP_NONE;
	b->depth++;
	if (k != UNKNOWN_ELEM && elems[k].kind == K_HEAD && b->head == 0)
		b->head = b->depth;
	if (flags & EF_SKIP)
		b->skip++;
	if (flags & EF_LINK)
		b->links++;
	if (flags & EF_PRE)
		b->pre++;
	if (flags & EF_FOREIGN)
		b->foreign++;
}

static void
end_tag(struct builder *b, const struct html_token *tok)
{
	size_t n = tok_name_len(tok);
	uint32_t h = fnv1a32(tok->name, n);
	uint16_t k = elem_find(tok->name, n, h);
	int block = k != UNKNOWN_ELEM && (elems[k].flags & EF_BLOCK);
	size_t i;

	/* Browsers read on after </body> and </html> as if in the body. */
	if (k != UNKNOWN_ELEM && elems[k].flags & EF_PAGE)
		return;
	/* Past the counted wrappers, an end tag that matches nothing pushed
	 * above them closes one of them. */
	if (b->overflow > 0) {
		for (i = b->depth; i-- > b->overflow_at;)
			if (b->stack[i].name_hash == h && b->stack[i].elem == k)
				break;
		if (i + 1 <= b->overflow_at || i >= b->depth) {
			b->overflow--;
			if (block || k == UNKNOWN_ELEM)
				finish_block(b);
			return;
		}
	}
	for (i = b->depth; i-- > 0;) {
		const struct open_elem *e = &b->stack[i];

		if (e->name_hash == h && e->elem == k) {
			pop_to(b, i);
			return;
		}
		/* An inline end tag does not close a block around it
		 * (</template>, </button> ... do). */
		if (!block && !b->foreign && e->flags & EF_BLOCK &&
		    !(k != UNKNOWN_ELEM && elems[k].flags & EF_SKIP))
			return;
	}
	if (k != UNKNOWN_ELEM && elems[k].kind == K_BR) {
		/* "</br>" is read as <br>, as browsers do */
		if (b->brs++ > 0)
			finish_block(b);
		else
			b->space = 1;
	}
}

static int
is_jsonld(const struct html_token *tok)
{
	const struct html_attr *a = html_attr_get(tok, "type");
	size_t i;

	if (a == NULL || a->value_len < 7)
		return 0;
	for (i = 0; i + 7 <= a->value_len; i++)
		if (strncmp(a->value + i, "ld+json", 7) == 0)
			return 1;
	return 0;
}

static void
start_tag(struct builder *b, const struct html_token *tok)
{
	size_t n = tok_name_len(tok);
	uint32_t h = fnv1a32(tok->name, n);
	uint16_t k = elem_find(tok->name, n, h);
	uint16_t flags = k == UNKNOWN_ELEM ? 0 : elems[k].flags;
	enum kind kind = k == UNKNOWN_ELEM ? K_NONE : elems[k].kind;

	b->raw = RAW_NONE;
	if (b->foreign == 0) {
		bp_meta_tag(&b->pg->meta, tok);
		if (kind == K_SCRIPT && is_jsonld(tok))
			b->raw = RAW_JSONLD;
		else if (kind == K_TITLE && b->pg->meta.title.len == 0)
			b->raw = RAW_TITLE;
	}

	/* Inside svg or math only a few HTML start tags break out. */
	if (b->foreign > 0) {
		if (!(flags & EF_BREAKOUT) || kind == K_BODY) {
			if (!tok->self_closing)
				push(b, tok, k, h);
			return;
		}
		while (b->foreign > 0)
			pop(b);
	}
	/* Anything that belongs in <body> ends an open <head>. */
	if (!(flags & EF_HEAD_OK) && b->head > 0)
		pop_to(b, b->head - 1);
	if (k != UNKNOWN_ELEM) {
		if (kind == K_BR) {
			if (b->brs++ > 0)
				finish_block(b);
			else
				b->space = 1;
			return;
		}
		if (kind == K_BODY || kind == K_HTML) {
			size_t i;

			for (i = 0; i < b->depth; i++)
				if (b->stack[i].elem == k)
					return;         /* a second one: ignored */
		}
		close_implied(b, k);
		if (flags & EF_VOID) {
			if (flags & EF_BLOCK)
				finish_block(b);
			return;
		}
	}
	push(b, tok, k, h);
}

static void
raw_text(struct builder *b, const struct html_token *tok)
{
	struct bp_meta *m = &b->pg->meta;

	if (b->raw == RAW_TITLE) {
		buf_reset(&b->scratch);
		html_decode(tok->text, tok->len, 0, &b->scratch);
		bp_meta_set(&m->title, b->scratch.data, b->scratch.len);
	} else if (b->raw == RAW_JSONLD)
		bp_meta_jsonld(m, tok->text, tok->len);
	b->raw = RAW_NONE;
}

void
bp_read_html(struct bp_page *pg, const char *data, size_t len)
{
	struct html_tokenizer t;
	struct html_token tok;
	struct builder *b = cw_calloc(1, sizeof(*b));

	bp_page_reset(pg);
	pg->html = 1;
	b->pg = pg;
	b->page = data;
	html_tokenizer_init(&t, data, len);
	while (html_next(&t, &tok) != HTML_TOK_EOF) {
		switch (tok.type) {
		case HTML_TOK_TEXT:
			if (tok.raw) {
				raw_text(b, &tok);
				break;
			}
			if (b->skip > 0) {
				size_t i;

				/* Text in <head> means the body has begun. */
				for (i = 0; i < tok.len; i++)
					if (!is_space((unsigned char)tok.text[i]))
						break;
				if (i == tok.len || b->foreign > 0 ||
				    b->head != b->depth)
					break;
				pop(b);
			}
			add_text(b, tok.text, tok.len);
			break;
		case HTML_TOK_START:
			start_tag(b, &tok);
			break;
		case HTML_TOK_END:
			b->raw = RAW_NONE;
			end_tag(b, &tok);
			break;
		default:
			break;
		}
	}
	pop_to(b, 0);
	finish_block(b);
	buf_free(&b->scratch);
	free(b);
	bp_meta_finish(pg);
}

int
bp_looks_html(const char *data, size_t len)
{
	size_t i = 0, n = len < 4096 ? len : 4096, tags = 0;

	/* a byte-order mark and leading whitespace */
	if (n >= 3 && (unsigned char)data[0] == 0xEF &&
	    (unsigned char)data[1] == 0xBB && (unsigned char)data[2] == 0xBF)
		i = 3;
	while (i < n && is_space((unsigned char)data[i]))
		i++;
	if (i < n && data[i] == '<') {
		static const char *const starts[] = {
			"<!doctype", "<html", "<head", "<body", "<!--", "<?xml",
			"<meta", "<title", "<div", "<p>", "<script", "<link", NULL
		};
		size_t k, j;

		for (k = 0; starts[k] != NULL; k++) {
			size_t m = strlen(starts[k]);

			for (j = 0; j < m && i + j < n; j++)
				if ((data[i + j] | (data[i + j] >= 'A' &&
				    data[i + j] <= 'Z' ? 0x20 : 0)) != starts[k][j])
					break;
			if (j == m)
				return 1;
		}
	}
	/* Otherwise: many well-formed tags in the first 4 KiB. */
	for (; i + 3 < n; i++) {
		if (data[i] != '<')
			continue;
		if (((data[i + 1] | 0x20) >= 'a' && (data[i + 1] | 0x20) <= 'z') ||
		    (data[i + 1] == '/' && ((data[i + 2] | 0x20) >= 'a' &&
		    (data[i + 2] | 0x20) <= 'z'))) {
			const char *gt = memchr(data + i, '>', n - i);

			if (gt != NULL && gt - (data + i) < 200)
				tags++;
		}
	}
	return tags >= 3;
}
