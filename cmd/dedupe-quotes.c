/*
 * dedupe-quotes - direct quotations found, attributed, and merged across
 * outlets (crosswire(5) text records in, quotation records out).
 *
 * Records are gathered into documents (the consecutive records of one
 * SOURCE), each document is read for its quotations and their speakers
 * as soon as it is complete, and only the quotations are kept.  At the end
 * of the input they are clustered and written, clusters in order of first
 * appearance.  With --story-field, every story (the value of that field)
 * is a stream of its own, read from its records alone: each story has its
 * open document, and its quotations are clustered on their own and
 * written in order of the story's first appearance, QIDs STORY/q1 ...
 * So the output of a story does not depend on the other stories of the
 * stream, and a stream can be split by story (README, "Running at
 * scale").
 */
#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "cli.h"
#include "diff_intern.h"
#include "err.h"
#include "qdoc.h"
#include "qstore.h"
#include "quote.h"
#include "record.h"
#include "utf8.h"

static const char usage[] =
    "usage: dedupe-quotes [--clusters] [--min-sources N] "
    "[--kind quote|fragment|term]\n"
    "                     [--speaker NAME] [--story-field N] [--line-buffered]\n"
    "                     [file ...]\n"
    "       dedupe-quotes -h | --help | --version\n";

enum {
	OPT_CLUSTERS = CLI_OPT_TOOL_BASE,
	OPT_MIN_SOURCES,
	OPT_KIND,
	OPT_SPEAKER,
	OPT_STORY_FIELD
};

/* A story: the document being gathered, the quotations kept. */
struct story {
	struct qdoc doc;
	struct qstore *store;
};

struct dq {
	struct quote_list quotes;
	struct attr_state *attr;
	struct attr_result *res;
	size_t rescap;
	struct story **st;      /* one per story (just one without
	                           --story-field), in order of first sight */
	size_t nst, stcap;
	struct dint stories;    /* story key -> index in st */
	unsigned long story_field;
	struct buf text;        /* one quotation's words, segments joined */
};

/* The index of a story, made at first sight. */
static uint32_t
story_of(struct dq *q, const char *key, size_t len)
{
	uint32_t id = dint_add(&q->stories, key, len);

	if (id == q->nst) {
		struct story *st = cw_calloc(1, sizeof(*st));

		if (q->nst == q->stcap) {
			q->stcap = q->stcap ? q->stcap * 2 : 16;
			q->st = cw_reallocarray(q->st, q->stcap, sizeof(*q->st));
		}
		st->store = qs_new();
		st->doc.story_field = q->story_field;
		q->st[q->nst++] = st;
	}
	return id;
}

/* Field k (4 or more) of a record, from its rest (which starts with the
 * TAB after TEXT).  Returns 0 if the record has no such field. */
static int
rest_field(const struct field *rest, unsigned long k, struct field *out)
{
	const char *p = rest->s, *end = rest->s + rest->len, *tab;
	unsigned long i;

	if (rest->len == 0)
		return 0;
	for (i = 4;; i++) {
		p++;                    /* the TAB before field i */
		tab = memchr(p, '\t', (size_t)(end - p));
		if (i == k) {
			out->s = (char *)p;
			out->len = tab ? (size_t)(tab - p) : (size_t)(end - p);
			return 1;
		}
		if (tab == NULL)
			return 0;
		p = tab;
	}
}

static const char *
problem_text(int kind)
{
	switch (kind) {
	case QPROB_UNCLOSED:
		return "is never closed; the quotation ends with its paragraph";
	case QPROB_APOSTROPHE:
		return "is never closed; read as an apostrophe";
	case QPROB_STRAY:
		return "closes no quotation; ignored";
	default:
		return "opens a quotation nested more than 8 deep; ignored";
	}
}

/* Report an unbalanced mark as FILE:LINE: SOURCE LOC: ... */
static void
report(const struct qdoc *d, const struct quote_problem *p)
{
	const struct qdoc_piece *pc = qdoc_piece_at(d, p->pos);
	char mark[5];
	size_t n = utf8_encode(p->mark, mark);

	mark[n] = '\0';
	cw_warnat(d->file, pc->lineno, "%.*s %.*s: %s %s",
	    (int)d->source.len, d->source.data, (int)pc->loclen,
	    d->locs.data + pc->loc, mark, problem_text(p->kind));
}

/* Read the quotations of a story's document gathered so far and keep
 * them. */
static void
flush_doc(struct dq *q, struct story *st)
{
	struct qdoc *d = &st->doc;
	struct qstore *store = st->store;
	struct attr_doc ad;
	size_t i, g;

	if (d->npiece == 0)
		return;
	quote_scan(d->text.data, d->paras, d->npara, &q->quotes);
	for (i = 0; i < q->quotes.nprobs; i++)
		report(d, &q->quotes.probs[i]);
	if (q->quotes.n > q->rescap) {
		q->rescap = q->quotes.n;
		q->res = cw_reallocarray(q->res, q->rescap, sizeof(*q->res));
	}
	memset(&ad, 0, sizeof(ad));
	ad.text = d->text.data;
	ad.paras = d->paras;
	ad.npara = d->npara;
	ad.ments = d->ments.v;
	ad.nment = d->ments.n;
	ad.canon = d->canon.data;
	ad.have_mentions = d->have_mentions;
	attr_document(q->attr, &ad, &q->quotes, q->res);
	for (i = 0; i < d->ments.n; i++) {
		const struct mention *m = &d->ments.v[i];

		qs_name(store, d->canon.data + m->canon, m->canonlen,
		    d->text.data + m->start, m->end - m->start);
	}
	for (i = 0; i < q->quotes.n; i++) {
		const struct quote *qt = &q->quotes.v[i];
		const struct qdoc_piece *pc;

		if (qt->flags & QUOTE_EMPTY)
			continue;
		buf_reset(&q->text);
		for (g = 0; g < qt->nseg; g++) {
			const struct quote_seg *sg = &q->quotes.segs[qt->seg + g];

			if (g > 0)
				buf_addc(&q->text, ' ');
			buf_add(&q->text, d->text.data + sg->start,
			    sg->end - sg->start);
		}
		pc = qdoc_piece_at(d, qt->open);
		qs_add(store, d->source.data, d->source.len,
		    d->locs.data + pc->loc, pc->loclen, q->res[i].kind,
		    attr_speaker(q->attr, &q->res[i]), q->res[i].speakerlen,
		    q->text.data, q->text.len);
	}
	qdoc_reset(d);
}

static int
read_input(struct rec_reader *r, void *ctx)
{
	struct dq *q = ctx;
	struct textrec t;
	size_t k;
	int status = CW_OK;

	while (rr_next_text(r, &t, &status)) {
		struct field key = { "", 0 };
		struct story *st;

		if (q->story_field && !rest_field(&t.rest, q->story_field,
		    &key)) {
			cw_warnat(r->name, r->lineno,
			    "no field %lu (the story key)", q->story_field);
			status = CW_BADREC;
			continue;
		}
		if (t.text.len == 0)
			continue;
		k = story_of(q, key.s, key.len);     /* may move q->st */
		st = q->st[k];
		if (!qdoc_continues(&st->doc, r->name, &t.source))
			flush_doc(q, st);
		if (qdoc_add(&st->doc, r->name, r->lineno, &t) < 0)
			status = CW_BADREC;
	}
	for (k = 0; k < q->nst; k++)
		flush_doc(q, q->st[k]);
	return status;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "clusters", no_argument, NULL, OPT_CLUSTERS },
		{ "min-sources", required_argument, NULL, OPT_MIN_SOURCES },
		{ "kind", required_argument, NULL, OPT_KIND },
		{ "speaker", required_argument, NULL, OPT_SPEAKER },
		{ "story-field", required_argument, NULL, OPT_STORY_FIELD },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	struct qs_filter filter = { 0, 0, -1, NULL, NULL, 0 };
	struct dq q;
	unsigned long story_field = 0;
	uint32_t k;
	int ch, status, speaker_found = 0;

	cw_setprogname(argv[0]);
	while ((ch = cli_getopt(argc, argv, "h", longopts, usage)) != -1)
		switch (ch) {
		case OPT_CLUSTERS:
			filter.clusters = 1;
			break;
		case OPT_MIN_SOURCES:
			filter.min_sources = cli_number(usage, "--min-sources",
			    optarg, 1, 1000000000);
			break;
		case OPT_KIND:
			filter.kind = qs_kind_of(optarg);
			if (filter.kind < 0)
				cli_usage_error(usage, "--kind: want quote, "
				    "fragment or term, not %s", optarg);
			break;
		case OPT_SPEAKER:
			filter.speaker = optarg;
			break;
		case OPT_STORY_FIELD:
			story_field = cli_number(usage, "--story-field", optarg,
			    4, 1000000);
			break;
		default:
			cli_common_option(ch, usage);
		}

	memset(&q, 0, sizeof(q));
	q.attr = attr_new();
	q.story_field = story_field;
	if (!story_field)
		(void)story_of(&q, "", 0);
	status = cli_each_input(argc - optind, argv + optind, read_input, &q);
	for (k = 0; k < q.nst; k++) {
		if (story_field)
			filter.story = dint_str(&q.stories, k, &filter.storylen);
		speaker_found |= qs_write(q.st[k]->store, &filter);
		qs_free(q.st[k]->store);
		qdoc_free(&q.st[k]->doc);
		free(q.st[k]);
	}
	/* a misspelt name would look like a speaker with nothing to show,
	 * as diff-sources --only does for a source */
	if (filter.speaker != NULL && !speaker_found) {
		cw_warnx("--speaker %s: no quotation %s speaker in the input",
		    filter.speaker, strcmp(filter.speaker, "-") == 0 ?
		    "without a" : "from that");
		if (status == CW_OK)
			status = CW_BADREC;
	}
	free(q.st);
	dint_free(&q.stories);
	quote_list_free(&q.quotes);
	attr_free(q.attr);
	free(q.res);
	buf_free(&q.text);
	return cli_finish(status);
}
