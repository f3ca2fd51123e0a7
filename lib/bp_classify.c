/*
 * bp_classify.c - which blocks are the article.
 *
 * HTML pages, in three steps:
 *
 * 1. Find the article's container, as Readability does: every block that
 *    reads like prose (25 characters or more, few links) gives points to
 *    the elements above it (1 + commas + length/100, halved and thirded
 *    going up), elements start from a weight for their tag and for what
 *    their class and id say (article-body, entry-content versus share,
 *    related, comment ...), and the link density of an element scales its
 *    score down.  The best element, moved up while its parent scores
 *    better, is the container; siblings that score well, or are long
 *    paragraphs with few links, join it.
 *
 * 2. Inside the container, judge each block by its own features, as
 *    jusText and boilerpipe do: link density, furniture cues on the
 *    elements between it and the container (a share bar or a caption
 *    inside the article body), stock phrases ("Advertisement", "Read
 *    more"), length and sentence shape.
 *
 * 3. Keep what is left, subheadings and one-line paragraphs too, except
 *    a heading after the last paragraph, which heads nothing.  The
 *    headline (the <h1> that matches og:title or <title>) is kept
 *    wherever it is.
 *
 * Text pages have no markup, so the same features are used on lines, with
 * the groups that blank lines make: see classify_text().
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bp.h"
#include "bp_lexicon.h"
#include "bp_meta.h"
#include "err.h"

static float
stop_density(const struct bp_block *b)
{
	return b->words ? (float)b->stopwords / (float)b->words : 0;
}

static float
link_density(const struct bp_block *b)
{
	return b->chars ? (float)b->link_chars / (float)b->chars : 0;
}

static int
is_heading_tag(int tag)
{
	return tag >= BP_TAG_H1 && tag <= BP_TAG_H6;
}

static void
decide(struct bp_block *b, int keep, int reason)
{
	b->decision = (uint8_t)(keep ? BP_KEEP : BP_DROP);
	b->reason = (uint8_t)reason;
}

/*
 * A block that reads as the article's reporting though a furniture phrase
 * is in it: "The charity received a donation of $5m", "Facebook and
 * Twitter were fined on Monday", "The court ruled the privacy policy had
 * misled users", or a headline, "Quake relief grows as donations arrive".
 * Appeals, share bars and site notices speak for the site or to the reader
 * (we, our, you, your outside quotes), ask ("Like this story?"), or call
 * ("Subscribe to", "Follow us", "Be sure to visit"); a report is a
 * statement of REPORT_WORDS words or more, or a capitalised title of
 * TITLE_WORDS or more, that does none of these.
 */
#define REPORT_WORDS 6
#define TITLE_WORDS 4

static int
reads_as_report(const struct bp_page *pg, const struct bp_block *b)
{
	const char *s = bp_text(pg, b);

	if (b->ends_sentence ? b->words < REPORT_WORDS :
	    b->words < TITLE_WORDS || b->words > 20 || !b->capitalised ||
	    s[b->len - 1] == ':')
		return 0;
	return b->first_person == 0 && b->second_person == 0 &&
	    memchr(s, '?', b->len) == NULL && !bp_starts_with_call(s, b->len);
}

/* Furniture kinds of the lexicon that drop a block outright. */
static int
lexicon_reason(const struct bp_page *pg, const struct bp_block *b)
{
	switch (b->lexicon) {
	case BP_LX_CREDIT:
		return BP_R_CREDIT;
	case BP_LX_CAPTION_MARK:
		return BP_R_CAPTION;
	case BP_LX_DATELINE:
		return BP_R_DATELINE;
	case BP_LX_BYLINE:
		return BP_R_BYLINE;
	case BP_LX_APPEAL:
		/* a long paragraph that mentions a newsletter is still news,
		 * unless it speaks for the site */
		if ((b->first_person == 0 && b->words >= 25) ||
		    reads_as_report(pg, b))
			return -1;
		return BP_R_APPEAL;
	case BP_LX_APPEAL_WEAK:
		/* "sign up", "your support": an appeal when short or when the
		 * site speaks ("helps us") */
		if ((b->first_person == 0 && b->words > 8) ||
		    reads_as_report(pg, b))
			return -1;
		return BP_R_APPEAL;
	case BP_LX_TAGS:
		return BP_R_FURNITURE;
	case BP_LX_SHARE:
		/* a paragraph that quotes a tweet, or reports on the
		 * networks */
		if (b->words > 40 || reads_as_report(pg, b))
			return -1;
		return BP_R_FURNITURE;
	case BP_LX_CONTACT:
		/* a paragraph that gives an address */
		if (b->words > 40)
			return -1;
		return BP_R_FURNITURE;
	case BP_LX_NONE:
		return -1;
	case BP_LX_LEGAL:
		/* "(c) 2024 The Courier", not a paragraph that quotes a sign */
		if (b->words > 20)
			return -1;
		return BP_R_FURNITURE;
	case BP_LX_LEGAL_WEAK:
		if (b->words > 20 || reads_as_report(pg, b))
			return -1;
		return BP_R_FURNITURE;
	case BP_LX_COOKIE:
		if (b->words > 60)
			return -1;
		return BP_R_FURNITURE;
	default:
		return BP_R_FURNITURE;
	}
}

/* ---- HTML ---- */

/* Readability's weights for what an element is. */
static float
tag_weight(int tag)
{
	switch (tag) {
	case BP_TAG_DIV:
	case BP_TAG_ARTICLE:
	case BP_TAG_SECTION:
	case BP_TAG_MAIN:
		return 5;
	case BP_TAG_PRE:
	case BP_TAG_TD:
	case BP_TAG_BLOCKQUOTE:
		return 3;
	case BP_TAG_ADDRESS:
	case BP_TAG_OL:
	case BP_TAG_UL:
	case BP_TAG_DL:
	case BP_TAG_DD:
	case BP_TAG_DT:
	case BP_TAG_LI:
	case BP_TAG_FORM:
		return -3;
	case BP_TAG_H1: case BP_TAG_H2: case BP_TAG_H3: case BP_TAG_H4:
	case BP_TAG_H5: case BP_TAG_H6: case BP_TAG_TH:
		return -5;
	default:
		return 0;
	}
}

#define CUE_STRONG_BAD (BP_CUE_NAV | BP_CUE_FOOTER | BP_CUE_SHARE | \
    BP_CUE_RELATED | BP_CUE_AD | BP_CUE_NEWSLETTER | BP_CUE_COMMENT | \
    BP_CUE_COOKIE | BP_CUE_SIDEBAR | BP_CUE_HEADER)

static float
cue_weight(uint32_t cues)
{
	float w = 0;

	if (cues & CUE_STRONG_BAD)
		w -= 25;
	if (cues & (BP_CUE_CAPTION | BP_CUE_BYLINE | BP_CUE_HIDDEN |
	    BP_CUE_TAGS | BP_CUE_MEDIA))
		w -= 10;
	if (cues & BP_CUE_BODY)
		w += 50;
	else if (cues & (BP_CUE_ARTICLE | BP_CUE_MAIN))
		w += 25;
	return w;
}

struct html_state {
	struct bp_page *pg;
	unsigned char *scored;  /* node got its base score */
	uint32_t top;           /* the container */
	unsigned char *in;      /* node is inside the content area */
};

static void
init_node(struct html_state *st, uint32_t i)
{
	struct bp_node *n = &st->pg->nodes[i];

	if (st->scored[i])
		return;
	st->scored[i] = 1;
	n->score = tag_weight(n->tag) + cue_weight(n->cues);
}

static float
node_link_density(const struct bp_node *n)
{
	return n->chars ? (float)n->link_chars / (float)n->chars : 0;
}

static void
score_nodes(struct html_state *st)
{
	struct bp_page *pg = st->pg;
	size_t i;

	for (i = 0; i < pg->nblocks; i++) {
		struct bp_block *b = &pg->blocks[i];
		uint32_t n;
		float points;
		int level;

		for (n = b->node; n != BP_NONE; n = pg->nodes[n].parent) {
			pg->nodes[n].chars += b->chars;
			pg->nodes[n].link_chars += b->link_chars;
		}
		if (b->chars < 25 || b->node == BP_NONE ||
		    is_heading_tag(b->tag) || link_density(b) > 0.5)
			continue;
		points = 1 + (float)b->commas + fminf((float)b->chars / 100, 3);
		n = pg->nodes[b->node].parent;
		for (level = 0; n != BP_NONE && level < 5; level++) {
			init_node(st, n);
			pg->nodes[n].score += level == 0 ? points : level == 1 ?
			    points / 2 : points / (float)(level * 3);
			n = pg->nodes[n].parent;
		}
	}
	for (i = 0; i < pg->nnodes; i++)
		if (st->scored[i])
			pg->nodes[i].score *= 1 - node_link_density(&pg->nodes[i]);
}

static uint32_t
pick_top(struct html_state *st)
{
	struct bp_page *pg = st->pg;
	uint32_t top = BP_NONE, parent;
	float last, threshold;
	size_t i;

	for (i = 0; i < pg->nnodes; i++)
		if (st->scored[i] && pg->nodes[i].tag != BP_TAG_BODY &&
		    (top == BP_NONE || pg->nodes[i].score > pg->nodes[top].score))
			top = (uint32_t)i;
	if (top == BP_NONE)
		return top;
	/* Climb while the parent scores better (Readability). */
	last = pg->nodes[top].score;
	threshold = last / 3;
	for (parent = pg->nodes[top].parent; parent != BP_NONE &&
	    pg->nodes[parent].tag != BP_TAG_BODY;
	    parent = pg->nodes[parent].parent) {
		if (!st->scored[parent])
			continue;
		if (pg->nodes[parent].score < threshold)
			break;
		if (pg->nodes[parent].score > last) {
			top = parent;
			break;
		}
		last = pg->nodes[parent].score;
	}
	return top;
}

/*
 * Siblings of the container that belong to the article too (Readability):
 * those that score well, more easily when they share the container's
 * class, and paragraphs that read as prose.  Then everything below them.
 */
static void
mark_content(struct html_state *st)
{
	struct bp_page *pg = st->pg;
	uint32_t top = st->top, parent = pg->nodes[top].parent;
	const struct bp_node *t = &pg->nodes[top];
	float threshold = fmaxf(10, t->score * 0.2f);
	size_t i;

	st->in[top] = 1;
	for (i = 0; parent != BP_NONE && i < pg->nnodes; i++) {
		const struct bp_node *n = &pg->nodes[i];
		float bonus = 0;

		if (n->parent != parent || i == top || n->cues & CUE_STRONG_BAD)
			continue;
		if (n->class_len > 0 && n->class_len == t->class_len &&
		    memcmp(pg->labels.data + n->class_off, pg->labels.data +
		    t->class_off, n->class_len) == 0)
			bonus = t->score * 0.2f;
		if ((st->scored[i] && n->score + bonus >= threshold) ||
		    (n->tag == BP_TAG_P && n->chars > 80 &&
		    node_link_density(n) < 0.25))
			st->in[i] = 1;
	}
	/* parents come before their children: one pass marks the subtrees */
	for (i = 0; i < pg->nnodes; i++)
		if (pg->nodes[i].parent != BP_NONE && st->in[pg->nodes[i].parent])
			st->in[i] = 1;
}

/* The cues between a block and the content area's top (excluded). */
static uint32_t
inner_cues(const struct html_state *st, const struct bp_block *b)
{
	const struct bp_page *pg = st->pg;
	uint32_t cues = 0, n;

	for (n = b->node; n != BP_NONE && n != st->top; n = pg->nodes[n].parent) {
		if (pg->nodes[n].parent != BP_NONE &&
		    !st->in[pg->nodes[n].parent])
			break;  /* a sibling's root: its own cues were judged */
		cues |= pg->nodes[n].cues;
	}
	return cues;
}

/* Does text s match the headline h, ignoring case and a site suffix? */
static int
matches_headline(const char *s, size_t n, const struct buf *h)
{
	size_t i;

	if (h->len == 0 || n == 0 || n > h->len)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char a = (unsigned char)s[i], c = (unsigned char)h->data[i];

		if ((a >= 'A' && a <= 'Z' ? a | 0x20 : a) !=
		    (c >= 'A' && c <= 'Z' ? c | 0x20 : c))
			return 0;
	}
	return n == h->len || n * 10 >= h->len * 6;
}

static uint32_t
find_headline(struct bp_page *pg)
{
	const struct bp_meta *m = &pg->meta;
	uint32_t first_h1 = BP_NONE;
	size_t i;

	for (i = 0; i < pg->nblocks; i++) {
		const struct bp_block *b = &pg->blocks[i];
		const char *s = bp_text(pg, b);

		if (b->tag != BP_TAG_H1 && !(b->cues & BP_CUE_HEADLINE) &&
		    !is_heading_tag(b->tag))
			continue;
		if (matches_headline(s, b->len, &m->headline) ||
		    matches_headline(s, b->len, &m->title))
			return (uint32_t)i;
		if (b->tag == BP_TAG_H1 && first_h1 == BP_NONE && b->words >= 3 &&
		    link_density(b) < 0.5)
			first_h1 = (uint32_t)i;
	}
	return first_h1;
}

/*
 * After the last paragraph of the article a heading heads nothing ("Tell
 * us what you think", "More from the section"): drop it.
 */
static void
drop_tail(struct bp_page *pg)
{
	size_t i, last = pg->nblocks;

	for (i = pg->nblocks; i-- > 0;) {
		const struct bp_block *b = &pg->blocks[i];

		if (b->decision == BP_KEEP && b->reason == BP_R_BODY &&
		    ((b->words >= 8 && b->ends_sentence) || b->words >= 20)) {
			last = i;
			break;
		}
	}
	if (last == pg->nblocks)
		return;
	for (i = last + 1; i < pg->nblocks; i++) {
		struct bp_block *b = &pg->blocks[i];

		if (b->decision != BP_KEEP)
			continue;
		if (b->reason == BP_R_HEADING)
			decide(b, 0, BP_R_LOW);
	}
}

static void
classify_html(struct bp_page *pg, const struct bp_options *o)
{
	struct html_state st;
	size_t i;
	uint32_t headline;

	memset(&st, 0, sizeof(st));
	st.pg = pg;
	st.scored = cw_calloc(pg->nnodes + 1, 1);
	st.in = cw_calloc(pg->nnodes + 1, 1);
	score_nodes(&st);
	st.top = pick_top(&st);
	if (st.top != BP_NONE)
		mark_content(&st);
	else    /* no prose anywhere: a page of short lines is all content */
		memset(st.in, 1, pg->nnodes + 1);
	headline = find_headline(pg);
	pg->meta.headline_block = headline;

	for (i = 0; i < pg->nblocks; i++) {
		struct bp_block *b = &pg->blocks[i];
		uint32_t cues;
		int r;

		if (i == headline) {
			decide(b, 1, BP_R_HEADLINE);
			continue;
		}
		if (b->node == BP_NONE || !st.in[b->node]) {
			decide(b, 0, BP_R_OUTSIDE);
			continue;
		}
		if (b->repeated) {
			decide(b, 0, BP_R_REPEATED);
			continue;
		}
		bp_block_lexicon(pg, b);
		cues = inner_cues(&st, b);
		if (cues & (BP_CUE_CAPTION | BP_CUE_MEDIA) ||
		    b->tag == BP_TAG_FIGCAPTION) {
			/* --captions keeps the caption, not the credit or the
			 * player's own text */
			if (o->captions && (cues & BP_CUE_CAPTION ||
			    b->tag == BP_TAG_FIGCAPTION) && !(cues & BP_CUE_BAD &
			    ~(BP_CUE_CAPTION | BP_CUE_MEDIA)) &&
			    b->lexicon != BP_LX_CREDIT)
				decide(b, 1, BP_R_CAPTION_KEPT);
			else
				decide(b, 0, BP_R_CAPTION);
			continue;
		}
		if (cues & BP_CUE_BAD) {
			decide(b, 0, BP_R_CUE);
			continue;
		}
		if (link_density(b) >= 0.9 || (link_density(b) > 0.5 &&
		    b->chars >= 100)) {
			decide(b, 0, BP_R_LINKS);
			continue;
		}
		if ((r = lexicon_reason(pg, b)) >= 0 && b->chars < 300) {
			decide(b, 0, r);
			continue;
		}
		decide(b, 1, is_heading_tag(b->tag) ? BP_R_HEADING : BP_R_BODY);
	}
	drop_tail(pg);
	free(st.scored);
	free(st.in);
}

/* ---- text ---- */

static int
good_text(const struct bp_block *b)
{
	return b->words >= 10 && (b->ends_sentence || b->words >= 30) &&
	    (stop_density(b) >= 0.15 || b->words >= 40);
}

/* "..., in Astana, January 24, 2017." ends a wire photo caption. */
static int
ends_with_date(const char *s, size_t n)
{
	char iso[32];
	size_t k = n < 24 ? n : 24;

	return n > 0 && s[n - 1] == '.' && bp_date_iso(s + n - k, k, iso) > 0;
}

/* No furniture phrase, or one the block reads past as a report
 * ("Charities report record donations"). */
static int
phrase_free(const struct bp_page *pg, const struct bp_block *b)
{
	return b->lexicon == BP_LX_NONE || (lexicon_reason(pg, b) < 0 &&
	    reads_as_report(pg, b));
}

/* A heading: short, capitalised, not a sentence that ends in a colon, no
 * furniture phrase. */
static int
heading_like(const struct bp_page *pg, const struct bp_block *b,
    const char *s)
{
	return b->words >= 2 && b->words <= 16 && b->capitalised &&
	    s[b->len - 1] != ':' && phrase_free(pg, b);
}
/* An appeal spreads to a neighbour that speaks to the reader ("you", "we"):
 * run forwards and then backwards, so a run of such blocks goes whole. */
static void
spread_appeal(struct bp_page *pg, unsigned char *good, size_t i)
{
	size_t n = pg->nblocks;
	struct bp_block *b = &pg->blocks[i];
	int near = (i > 0 && pg->blocks[i - 1].reason == BP_R_APPEAL) ||
	    (i + 1 < n && pg->blocks[i + 1].reason == BP_R_APPEAL);

	if (near && b->first_person + b->second_person >= 2 &&
	    b->reason != BP_R_APPEAL) {
		decide(b, 0, BP_R_APPEAL);
		good[i] = 0;
	}
}


static void
classify_text(struct bp_page *pg, const struct bp_options *o)
{
	size_t n = pg->nblocks, i, first_good = n, last_good = 0;
	size_t groups_total = 0;
	unsigned char *good, *leads;
	size_t head;
	uint32_t *group_size;
	unsigned char *group_credit;
	uint32_t ngroups = 0;

	if (n == 0)
		return;
	ngroups = pg->blocks[n - 1].group + 1;
	group_size = cw_calloc(ngroups, sizeof(*group_size));
	group_credit = cw_calloc(ngroups, 1);
	good = cw_calloc(n, 1);
	leads = cw_calloc(n, 1);
	for (i = 0; i < n; i++) {
		struct bp_block *b = &pg->blocks[i];

		bp_block_lexicon(pg, b);
		group_size[b->group]++;
		if (b->lexicon == BP_LX_CREDIT)
			group_credit[b->group] = 1;
	}
	for (i = 0; i < ngroups; i++)
		groups_total += group_size[i] > 0;

	/* first pass: lexicon and groups */
	for (i = 0; i < n; i++) {
		struct bp_block *b = &pg->blocks[i];
		int r;

		decide(b, 0, BP_R_LOW);
		if (b->repeated) {
			decide(b, 0, BP_R_REPEATED);
			continue;
		}
		if ((r = lexicon_reason(pg, b)) >= 0) {
			decide(b, 0, r);
			continue;
		}
		/* a small group with a credit line in it is a picture's */
		if (group_credit[b->group] && group_size[b->group] <= 4 &&
		    groups_total >= 3) {
			decide(b, o->captions, o->captions ? BP_R_CAPTION_KEPT :
			    BP_R_CAPTION);
			continue;
		}
		/* the block after an "Image caption" marker is the caption */
		if (i > 0 && pg->blocks[i - 1].lexicon == BP_LX_CAPTION_MARK &&
		    pg->blocks[i - 1].words <= 3) {
			decide(b, o->captions, o->captions ? BP_R_CAPTION_KEPT :
			    BP_R_CAPTION);
			continue;
		}
		if (good_text(b)) {
			good[i] = 1;
			decide(b, 1, BP_R_BODY);
			if (first_good == n)
				first_good = i;
			last_good = i;
		}
	}
	/* appeals spread to their neighbours that speak to the reader */
	for (i = 0; i < n; i++)
		spread_appeal(pg, good, i);
	for (i = n; i-- > 0;)
		spread_appeal(pg, good, i);
	first_good = n;
	last_good = 0;
	for (i = 0; i < n; i++)
		if (good[i]) {
			if (first_good == n)
				first_good = i;
			last_good = i;
		}
	/* a caption right after a credit line */
	for (i = 1; i < n; i++) {
		struct bp_block *b = &pg->blocks[i];
		const struct bp_block *prev = &pg->blocks[i - 1];

		if (good[i] && (prev->reason == BP_R_CREDIT ||
		    prev->reason == BP_R_CAPTION) && prev->group != b->group &&
		    (stop_density(b) < 0.25 || !b->ends_sentence ||
		    ends_with_date(bp_text(pg, b), b->len)) &&
		    i + 1 < n && !good[i + 1]) {
			good[i] = 0;
			decide(b, o->captions, o->captions ? BP_R_CAPTION_KEPT :
			    BP_R_CAPTION);
		}
	}
	first_good = n;
	for (i = 0; i < n; i++)
		if (good[i]) {
			first_good = i;
			break;
		}
	/* The headline: a title-like line before the first good block.  A
	 * masthead ("Coastline Daily") may come first, and a standfirst
	 * after: the one with most words up to 20 wins, the first one when
	 * none has three. */
	head = n;
	for (i = 0; i < n && i <= first_good; i++) {
		struct bp_block *b = &pg->blocks[i];
		const char *s = bp_text(pg, b);

		if ((b->reason != BP_R_LOW && b->reason != BP_R_BODY) ||
		    b->words < 2 || !b->capitalised || b->ends_sentence ||
		    !phrase_free(pg, b) || s[b->len - 1] == ':' ||
		    b->words > 30)
			continue;
		if (head == n || (b->words <= 20 && (pg->blocks[head].words < 3 ||
		    pg->blocks[head].words > 20 || b->words >
		    pg->blocks[head].words)))
			head = i;
	}
	if (head < n) {
		decide(&pg->blocks[head], 1, BP_R_HEADLINE);
		good[head] = 0;
		pg->meta.headline_block = (uint32_t)head;
		/* a standfirst may follow */
		if (head + 1 < n && pg->blocks[head + 1].reason == BP_R_LOW &&
		    pg->blocks[head + 1].words >= 12 &&
		    pg->blocks[head + 1].capitalised)
			decide(&pg->blocks[head + 1], 1, BP_R_BODY);
	}
	/* short blocks inside the body: headings and short paragraphs that
	 * lead to a good block (skipping nothing but other short blocks);
	 * leads[i]: such a good block follows block i */
	for (i = n; i-- > 0;)
		leads[i] = i + 1 < n && (good[i + 1] || (pg->blocks[i + 1].reason ==
		    BP_R_LOW && leads[i + 1]));
	for (i = first_good; i <= last_good && i < n; i++) {
		struct bp_block *b = &pg->blocks[i];
		const char *s = bp_text(pg, b);

		if (b->reason != BP_R_LOW)
			continue;
		if (leads[i] && (heading_like(pg, b, s) ||
		    (b->ends_sentence && b->capitalised && b->words >= 3)))
			decide(b, 1, heading_like(pg, b, s) && !b->ends_sentence ?
			    BP_R_HEADING : BP_R_CONTEXT);
	}
	/* glued pieces: a kept piece after a dropped one stands alone */
	free(good);
	free(leads);
	free(group_size);
	free(group_credit);
}

void
bp_classify(struct bp_page *pg, const struct bp_options *o)
{
	size_t i;

	if (pg->html)
		classify_html(pg, o);
	else
		classify_text(pg, o);
	/* Nothing kept but a headline: a page of a line or two ("echo
	 * 'A sentence.' | strip-boilerplate").  Keep what is not furniture
	 * rather than lose it all. */
	for (i = 0; i < pg->nblocks; i++)
		if (pg->blocks[i].decision == BP_KEEP &&
		    pg->blocks[i].reason != BP_R_HEADLINE)
			break;
	if (i == pg->nblocks)
		for (i = 0; i < pg->nblocks; i++) {
			struct bp_block *b = &pg->blocks[i];

			if (b->decision == BP_DROP && (b->reason == BP_R_LOW ||
			    b->reason == BP_R_OUTSIDE) &&
			    bp_block_lexicon(pg, b) == BP_LX_NONE && !b->repeated &&
			    link_density(b) < 0.5)
				decide(b, 1, BP_R_FALLBACK);
		}
	bp_meta_from_blocks(pg);
}
