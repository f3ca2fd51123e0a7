/* bp_page.c - pages and blocks: storage and the features of a block's text
 * (see bp.h). */
#include <stdlib.h>
#include <string.h>

#include "bp.h"
#include "bp_lexicon.h"
#include "err.h"
#include "stopword.h"
#include "utf8.h"

const char *const bp_reason_names[BP_R_COUNT] = {
	"body", "headline", "heading", "context", "caption-kept", "fallback",
	"outside", "cue", "links", "repeated", "furniture", "caption",
	"credit", "dateline", "byline", "appeal", "low"
};

void
bp_page_init(struct bp_page *pg)
{
	memset(pg, 0, sizeof(*pg));
}

void
bp_page_reset(struct bp_page *pg)
{
	struct bp_meta *m = &pg->meta;

	buf_reset(&pg->text);
	buf_reset(&pg->labels);
	pg->nblocks = 0;
	pg->nnodes = 0;
	buf_reset(&m->title);
	buf_reset(&m->headline);
	buf_reset(&m->author);
	buf_reset(&m->date);
	buf_reset(&m->modified);
	buf_reset(&m->url);
	buf_reset(&m->site);
	buf_reset(&m->description);
	buf_reset(&m->time);
	memset(m->prio, 0, sizeof(m->prio));
	m->headline_block = BP_NONE;
	pg->html = 0;
	pg->wrapped = 0;
}

void
bp_page_free(struct bp_page *pg)
{
	struct bp_meta *m = &pg->meta;

	buf_free(&pg->text);
	buf_free(&pg->labels);
	free(pg->blocks);
	free(pg->nodes);
	buf_free(&m->title);
	buf_free(&m->headline);
	buf_free(&m->author);
	buf_free(&m->date);
	buf_free(&m->modified);
	buf_free(&m->url);
	buf_free(&m->site);
	buf_free(&m->description);
	buf_free(&m->time);
	memset(pg, 0, sizeof(*pg));
}

struct bp_block *
bp_add_block(struct bp_page *pg, size_t off, size_t len)
{
	struct bp_block *b;

	if (pg->nblocks == pg->blocks_cap) {
		pg->blocks_cap = pg->blocks_cap ? pg->blocks_cap * 2 : 256;
		pg->blocks = cw_reallocarray(pg->blocks, pg->blocks_cap,
		    sizeof(*pg->blocks));
	}
	b = &pg->blocks[pg->nblocks++];
	memset(b, 0, sizeof(*b));
	b->off = off;
	b->len = len;
	b->node = BP_NONE;
	b->lexicon = BP_LX_UNKNOWN;
	return b;
}

int
bp_block_lexicon(const struct bp_page *pg, struct bp_block *b)
{
	if (b->lexicon == BP_LX_UNKNOWN)
		b->lexicon = (uint8_t)bp_lexicon_of(bp_text(pg, b), b->len);
	return b->lexicon;
}

static int
is_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80;
}

/* Punctuation that is not part of a word even though it is not ASCII. */
static size_t
nonword_utf8(const unsigned char *s, size_t n)
{
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80)
		return 3;               /* U+2000-U+203F: quotes, dashes, ... */
	if (n >= 2 && s[0] == 0xC2 && (s[1] == 0xA0 || s[1] == 0xAB ||
	    s[1] == 0xBB || s[1] == 0xB7))
		return 2;               /* nbsp, guillemets, middle dot */
	if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80)
		return 3;               /* CJK punctuation: 、。「」 */
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBC)
		return 3;               /* fullwidth forms: ，！？ */
	return 0;
}

/* 1 for we/our/us, 2 for you/your, 0 for any other word. */
static int
pronoun(const char *w, size_t n)
{
	static const char *const words[] = {
		"we", "our", "us", "ours", "you", "your", "yours", NULL
	};
	size_t i, j;

	for (i = 0; words[i] != NULL; i++) {
		if (strlen(words[i]) != n)
			continue;
		for (j = 0; j < n; j++)
			if ((w[j] | 0x20) != words[i][j])
				break;
		if (j == n)
			return i < 4 ? 1 : 2;
	}
	return 0;
}

/* Sentence-closing punctuation at s (n bytes): its length, or 0. */
static size_t
sentence_end(const unsigned char *s, size_t n)
{
	if (s[0] == '.' || s[0] == '!' || s[0] == '?')
		return 1;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xA6)
		return 3;               /* … */
	if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x82)
		return 3;               /* 。 */
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBC &&
	    (s[2] == 0x81 || s[2] == 0x9F))
		return 3;               /* ！ ？ */
	return 0;
}

/* Closing quotes and brackets that may follow a sentence end. */
static size_t
closer(const unsigned char *s, size_t n)
{
	if (s[0] == '"' || s[0] == '\'' || s[0] == ')' || s[0] == ']')
		return 1;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
	    (s[2] == 0x9D || s[2] == 0x99))
		return 3;               /* ” ’ */
	if (n >= 2 && s[0] == 0xC2 && s[1] == 0xBB)
		return 2;               /* » */
	if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x8D)
		return 3;               /* 」 */
	return 0;
}

int
bp_ends_sentence(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = n, j, k;

	/* trailing spaces, no-break ones too */
	for (;;) {
		if (i > 0 && s[i - 1] == ' ')
			i--;
		else if (i > 1 && s[i - 2] == 0xC2 && s[i - 1] == 0xA0)
			i -= 2;
		else
			break;
	}
	while (i > 0) {
		for (j = i >= 3 ? i - 3 : 0; j < i; j++)
			if (closer(s + j, i - j) == i - j)
				break;
		if (j == i)
			break;
		i = j;
	}
	for (j = i >= 3 ? i - 3 : 0; j < i; j++)
		if ((k = sentence_end(s + j, i - j)) == i - j)
			return 1;
	return 0;
}

/* Does s start like a sentence or a heading: a capital, a digit, a
 * letter outside ASCII, after any opening quotes? */
static int
starts_capitalised(const unsigned char *s, size_t n)
{
	size_t i = 0;

	for (;;) {
		if (i < n && (s[i] == '"' || s[i] == '\'' || s[i] == '(' ||
		    s[i] == '['))
			i++;
		else if (i + 3 <= n && s[i] == 0xE2 && s[i + 1] == 0x80 &&
		    (s[i + 2] == 0x9C || s[i + 2] == 0x98))
			i += 3;
		else if (i + 2 <= n && s[i] == 0xC2 && s[i + 1] == 0xAB)
			i += 2;
		else
			break;
	}
	return i < n && ((s[i] >= 'A' && s[i] <= 'Z') ||
	    (s[i] >= '0' && s[i] <= '9') || s[i] >= 0x80);
}

void
bp_measure(struct bp_page *pg, struct bp_block *b)
{
	const unsigned char *s = (const unsigned char *)bp_text(pg, b);
	size_t n = b->len, i = 0, k;
	int quoted = 0;

	if (b->chars == 0)
		for (i = 0; i < n; i++)
			b->chars += (s[i] & 0xC0) != 0x80;
	b->words = b->stopwords = b->sentences = b->commas = 0;
	b->first_person = b->second_person = 0;
	i = 0;
	while (i < n) {
		unsigned char c = s[i];

		if ((k = nonword_utf8(s + i, n - i)) > 0) {
			if (s[i] == 0xE2 && s[i + 2] == 0x9C)
				quoted = 1;     /* opening curly double quote */
			else if (s[i] == 0xE2 && s[i + 2] == 0x9D)
				quoted = 0;     /* closing curly double quote */
			else if ((s[i] == 0xE3 && s[i + 2] == 0x81) ||
			    (s[i] == 0xEF && s[i + 2] == 0x8C))
				b->commas++;    /* ideographic and fullwidth commas */
			if (sentence_end(s + i, n - i))
				b->sentences++;
			i += k;
			continue;
		}
		if (is_word_byte(c)) {
			size_t st = i;

			while (i < n && is_word_byte(s[i]) &&
			    nonword_utf8(s + i, n - i) == 0)
				i++;
			b->words++;
			if (stop_is_english((const char *)s + st, i - st))
				b->stopwords++;
			if (!quoted) {
				int p = pronoun((const char *)s + st, i - st);

				if (p == 1 && b->first_person < 255)
					b->first_person++;
				else if (p == 2 && b->second_person < 255)
					b->second_person++;
			}
			continue;
		}
		if (c == '"')
			quoted = !quoted;
		else if (c == ',')
			b->commas++;
		else if (sentence_end(s + i, n - i) && i > 0 && s[i - 1] != '.' &&
		    (i + 1 == n || s[i + 1] == ' ' || (s[i + 1] == 0xC2 &&
		    i + 2 < n && s[i + 2] == 0xA0) || closer(s + i + 1,
		    n - i - 1)))
			b->sentences++;
		i++;
	}
	b->ends_sentence = bp_ends_sentence((const char *)s, n);
	b->capitalised = starts_capitalised(s, n);
}
