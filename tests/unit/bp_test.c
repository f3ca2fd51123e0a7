/*
 * bp_test.c - unit tests for the boilerplate library: blocks cut from
 * HTML and text, the features of a block, class and id cues, stock
 * phrases, glued sentences, dates, datelines and bylines.
 */
#include <stdio.h>
#include <string.h>

#include "bp.h"
#include "bp_cues.h"
#include "bp_lexicon.h"
#include "bp_meta.h"
#include "check.h"
#include "stopword.h"

static struct bp_page pg;

/* The blocks of an HTML snippet as "text|text|..." */
static const char *
blocks_html(const char *html)
{
	static char out[4096];
	size_t i, o = 0;

	bp_read_html(&pg, html, strlen(html));
	out[0] = '\0';
	for (i = 0; i < pg.nblocks && o < sizeof(out) - 300; i++)
		o += (size_t)snprintf(out + o, sizeof(out) - o, "%s%.*s",
		    i ? "|" : "", (int)pg.blocks[i].len, bp_text(&pg,
		    &pg.blocks[i]));
	return out;
}

#define BLOCKS(html, want) do { \
	const char *got_ = blocks_html(html); \
	check(strcmp(got_, want) == 0, "%s\n  got  %s\n  want %s", html, got_, \
	    want); \
} while (0)

static void
test_html_blocks(void)
{
	BLOCKS("<p>One</p><p>Two  <b>bold</b>\n words</p>", "One|Two bold words");
	BLOCKS("<div>intro<p>para</p>tail</div>", "intro|para|tail");
	BLOCKS("<p>a<br>b<br><br>c<br> <br>d", "a b|c|d");
	BLOCKS("<p>x &amp; y&nbsp;&nbsp;z &copy 1</p>", "x & y z \xc2\xa9 1");
	BLOCKS("<pre>line one\n  line  two\n\nthree</pre>",
	    "line one|line two|three");
	BLOCKS("<ul><li>a<li>b</ul>", "a|b");
	BLOCKS("<table><tr><td>1</td><td>Kyle</td><td>5040</td></tr>"
	    "<tr><td>2</td><td>Martin</td></tr></table>", "1 Kyle 5040|2 Martin");
	BLOCKS("<script>no</script><style>no</style><template><p>no</template>"
	    "<svg><text>no</text><p>yes</p>", "yes");
	BLOCKS("<head><title>T</title>text after head", "text after head");
	BLOCKS("<p>a <span class=\"photo-credit\">Photo: X</span> b</p>",
	    "a|Photo: X|b");
	BLOCKS("<p>open<p>second</p></span></div>third", "open|second|third");
	BLOCKS("<p>a</p></body></html><p>after the end</p>",
	    "a|after the end");
	BLOCKS("", "");
}

static void
test_html_tree(void)
{
	char html[80000];
	size_t i, o = 0;
	uint32_t n;
	int depth = 0;

	/* links: characters inside <a href> */
	blocks_html("<p>See <a href=\"/x\">the map</a> now</p>");
	check(pg.nblocks == 1 && pg.blocks[0].link_chars == 7 &&
	    pg.blocks[0].chars == 15, "link chars %u of %u",
	    pg.blocks[0].link_chars, pg.blocks[0].chars);
	/* cues are inherited, and html/body classes say nothing */
	blocks_html("<body class=\"has-sidebar\"><div class=\"related-posts\">"
	    "<p>x</p></div><p>y</p>");
	check(pg.nblocks == 2 && (pg.blocks[0].cues & BP_CUE_RELATED) &&
	    pg.blocks[1].cues == 0, "cues %x %x", pg.blocks[0].cues,
	    pg.blocks[1].cues);
	/* 10,000 nested divs: bounded depth, the text still found */
	for (i = 0; i < 10000; i++)
		o += (size_t)sprintf(html + o, "<div>");
	o += (size_t)sprintf(html + o, "deep");
	html[o] = '\0';
	blocks_html(html);
	check(pg.nblocks == 1 && pg.blocks[0].len == 4, "deep text");
	for (n = pg.blocks[0].node; n != BP_NONE; n = pg.nodes[n].parent)
		depth++;
	check(depth <= 256, "depth %d", depth);
}

static void
test_text_blocks(void)
{
	static const char page[] =
	    "Headline here\n\n  First   paragraph.\t\nSecond line\n\n"
	    "Your support helps.The story goes on.\n";

	bp_read_text(&pg, page, sizeof(page) - 1);
	check(pg.nblocks == 5, "%zu text blocks", pg.nblocks);
	check(pg.nblocks == 5 && pg.blocks[1].len == 16 &&
	    memcmp(bp_text(&pg, &pg.blocks[1]), "First paragraph.", 16) == 0,
	    "folded");
	check(pg.nblocks == 5 && pg.blocks[1].group == pg.blocks[2].group &&
	    pg.blocks[0].group != pg.blocks[1].group, "groups");
	check(pg.nblocks == 5 && pg.blocks[4].glued && !pg.blocks[3].glued &&
	    memcmp(bp_text(&pg, &pg.blocks[4]), "The story", 9) == 0, "glued");
	check(!pg.wrapped, "not wrapped");
}

static void
test_features(void)
{
	struct bp_block *b;
	static const char quote[] = "\xe2\x80\x9cWe will see,\xe2\x80\x9d she "
	    "said to the press. Then she left.\xc2\xa0";

	bp_read_text(&pg, quote, sizeof(quote) - 1);
	b = &pg.blocks[0];
	check(b->words == 11, "words %u", b->words);
	check(b->stopwords == 7, "stopwords %u", b->stopwords);
	check(b->sentences == 2, "sentences %u", b->sentences);
	check(b->commas == 1, "commas %u", b->commas);
	check(b->ends_sentence && b->capitalised, "shape");
	check(b->first_person == 0, "quoted we does not count");
	bp_read_text(&pg, "we ask you to support us", 24);
	check(pg.blocks[0].first_person == 2 && pg.blocks[0].second_person == 1,
	    "pronouns");
	check(stop_is_english("The", 3) && stop_is_english("whether", 7) &&
	    !stop_is_english("Syria", 5) && !stop_is_english("", 0),
	    "stopwords");
}

static void
test_cues(void)
{
	check(bp_cues_of_name("share-bar", 9) & BP_CUE_SHARE, "share-bar");
	check(bp_cues_of_name("adContainer", 11) & BP_CUE_AD, "adContainer");
	check(!(bp_cues_of_name("header-download", 15) & BP_CUE_AD),
	    "no ad in download");
	check(bp_cues_of_name("StoryBodyCompanionColumn", 24) & BP_CUE_BODY,
	    "StoryBody");
	check(bp_cues_of_name("entry-content clearfix", 22) & BP_CUE_BODY,
	    "entry-content");
	check(bp_cues_of_name("wp-caption-text", 15) & BP_CUE_CAPTION,
	    "caption");
	check(!(bp_cues_of_name("hidden-xs", 9) & BP_CUE_HIDDEN), "hidden-xs");
	check(bp_cues_of_name("sr-only", 7) & BP_CUE_HIDDEN, "sr-only");
	check(!(bp_cues_of_name("twitter-tweet social-embed", 26) &
	    BP_CUE_SHARE), "embedded tweet");
	check(bp_cues_of_role("navigation", 10) == BP_CUE_NAV, "role");
	check(bp_cues_of_itemprop("articleBody", 11) == BP_CUE_BODY, "itemprop");
	check(bp_style_hides("color: red; DISPLAY : none", 26), "style");
}

#define LEX(s, kind) check(bp_lexicon_of(s, strlen(s)) == kind, "%s: %s", s, \
    bp_lexicon_names[bp_lexicon_of(s, strlen(s))])

static void
test_lexicon(void)
{
	LEX("Skip to content", BP_LX_NAV);
	LEX("1. Skip to main menu", BP_LX_NAV);
	LEX("News \xc2\xa0/ \xc2\xa0Syria", BP_LX_NAV);
	LEX("SHARE THIS ARTICLE", BP_LX_SHARE);
	LEX("Explore more", BP_LX_RELATED);
	LEX("DW's Top Story", BP_LX_RELATED);
	LEX("Related:", BP_LX_RELATED);
	LEX("Photo by: Reuters", BP_LX_CREDIT);
	LEX("Image: Reuters/M. Kholdorbekov", BP_LX_CREDIT);
	LEX("A fighter near Al-Bab in SyriaImage copyright", BP_LX_CREDIT);
	LEX("Media captionNegotiations are under way", BP_LX_CAPTION_MARK);
	LEX("TRTWorld and agencies", BP_LX_AGENCY);
	LEX("cmb, jbh/msh\xc2\xa0(Reuters, AFP, AP, dpa)", BP_LX_AGENCY);
	LEX("www.presstv.co.uk", BP_LX_URL);
	LEX("Updated Jan 25, 2017", BP_LX_DATELINE);
	LEX("By Jane Roe", BP_LX_BYLINE);
	LEX("Join our commenting forum", BP_LX_COMMENT);
	LEX("Your donation allows us to keep reporting.", BP_LX_APPEAL);
	LEX("Sign up for the bundle", BP_LX_APPEAL_WEAK);
	LEX("Advertisement", BP_LX_AD);
	LEX("Follow the desk on Facebook and Twitter", BP_LX_SHARE);
	LEX("Reach the reporter at jroe@example.com.", BP_LX_CONTACT);
	LEX("\xe2\x80\x94 A Reader (@reader) May 1, 2020", BP_LX_NONE);
	LEX("The talks ended on Tuesday without a deal.", BP_LX_NONE);
	LEX("Rebels react cautiously", BP_LX_NONE);
	/* furniture phrases that also end or start sentences of news */
	LEX("View all 45 comments", BP_LX_COMMENT);
	LEX("A spokesman for the ministry declined to make any further "
	    "comments.", BP_LX_NONE);
	LEX("Reporting by Tom Perry and Suleiman Al-Khalidi in Beirut; "
	    "Editing by Peter Graff", BP_LX_AGENCY);
	LEX("Additional reporting by the Associated Press.", BP_LX_AGENCY);
	LEX("Reporting by the Guardian in 2019 found that the company had "
	    "misled regulators.", BP_LX_NONE);
	LEX("Written by staff", BP_LX_BYLINE);
	LEX("Written by a former minister, the letter urged the government "
	    "to reopen the talks.", BP_LX_NONE);
	LEX("Copyright 2024 The Courier. All rights reserved.", BP_LX_LEGAL);
	LEX("Copyright lawyers said the ruling would change the whole "
	    "industry.", BP_LX_NONE);
	LEX("More stories from the region", BP_LX_RELATED);
	LEX("More stories of abuse emerged from the camp on Monday.",
	    BP_LX_NONE);
	LEX("Continue reading the main story", BP_LX_NAV);
	LEX("Click here to read the full report.", BP_LX_NAV);
	LEX("Click and collect services were suspended.", BP_LX_NONE);
	LEX("Listen to this article", BP_LX_SHARE);
	check(bp_starts_with_call("Find the station on Facebook.", 29),
	    "a call");
	check(bp_starts_with_call("\"Be sure to visit us\"", 22), "quoted");
	check(!bp_starts_with_call("Facebook was fined.", 19), "a report");
	check(!bp_starts_with_call("Bezos said so.", 14), "a longer word");
	check(bp_glue_point("the difference.The Syrian", 25) == 15, "glue");
	check(bp_glue_point("the U.S.Army said", 17) == 0, "no glue after U.S.");
	check(bp_glue_point("ends. Next", 10) == 0, "spaced");
}

static void
test_dates(void)
{
	char iso[32];
	const char *name;
	size_t n;

#define ISO(s, want) do { \
	n = bp_date_iso(s, strlen(s), iso); \
	check(strcmp(n ? iso : "", want) == 0, "%s: got %s, want %s", s, \
	    n ? iso : "(none)", want); \
} while (0)
	ISO("2019-11-18T14:05:00Z", "2019-11-18T14:05:00Z");
	ISO("2024-03-04T14:02:11.512Z", "2024-03-04T14:02:11Z");
	ISO("2019-11-20T04:31:13-0600", "2019-11-20T04:31:13-06:00");
	ISO("2023-09-18", "2023-09-18");
	ISO("Updated Jan 25, 2017", "2017-01-25");
	ISO("January 24, 2017", "2017-01-24");
	ISO("Wed, 20 Nov 2019 10:00:00 GMT", "2019-11-20");
	ISO("Sept. 3rd, 2021", "2021-09-03");
	ISO("21/05/2024", "2024-05-21");
	ISO("2024/05/21", "2024-05-21");
	ISO("February 30, 2017", "");
	ISO("no date here", "");
	check(bp_is_dateline("Updated Jan 25, 2017", 20), "dateline");
	check(bp_is_dateline("Mon 15 Jan 2024 16.05 GMT", 25), "with time");
	check(!bp_is_dateline("On Jan 25, 2017 the talks began.", 32),
	    "a sentence with a date");
	n = bp_byline_name("By Jane Roe and John Doe, Reuters", 33, &name);
	check(n == 21 && memcmp(name, "Jane Roe and John Doe", n) == 0,
	    "byline");
	check(bp_byline_name("Bypass closed", 13, &name) == 0, "no byline");
}

int
main(void)
{
	bp_page_init(&pg);
	test_html_blocks();
	test_html_tree();
	test_text_blocks();
	test_features();
	test_cues();
	test_lexicon();
	test_dates();
	bp_page_free(&pg);
	return check_done("bp_test");
}
