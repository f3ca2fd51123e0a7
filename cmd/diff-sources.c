/*
 * diff-sources - the outlets of a story side by side: sentence records of
 * several sources in, groups of sentences that state the same thing out
 * (see diff.h for how), every input sentence exactly once:
 *
 *	GID<TAB>N<TAB>SOURCE<TAB>LOC<TAB>TEXT[<TAB>more]
 *
 * or one line per group (--groups), who is mentioned by whom (--entities),
 * how the outlets word things (--terms), or one HTML page (--html).  With
 * --story-field, each story is grouped on its own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diff.h"
#include "diff_frame.h"
#include "diff_intern.h"
#include "diff_report.h"
#include "err.h"
#include "record.h"

static const char usage[] =
    "usage: diff-sources [--groups | --entities | --terms | --html]\n"
    "                    [--only SOURCE] [--quotes FILE] [--story-field N]\n"
    "                    [--threshold X] [--line-buffered] [file ...]\n"
    "       diff-sources -h | --help | --version\n";

enum {
	OPT_GROUPS = CLI_OPT_TOOL_BASE,
	OPT_ENTITIES,
	OPT_TERMS,
	OPT_HTML,
	OPT_ONLY,
	OPT_QUOTES,
	OPT_STORY_FIELD,
	OPT_THRESHOLD
};

enum mode { MODE_SENTENCES, MODE_GROUPS, MODE_ENTITIES, MODE_TERMS,
	MODE_HTML };

struct opts {
	enum mode mode;
	const char *only;              /* --only SOURCE, or NULL */
	const char *quotes;            /* --quotes FILE, or NULL */
	unsigned long story_field;     /* 0: one story */
	double threshold;
};

/* Every story of the input, in order of first appearance. */
struct stories {
	const struct opts *o;
	struct dint keys;
	struct diff_story **v;
	size_t n;
};

static struct diff_story *
story_for(struct stories *ss, const char *key, size_t len)
{
	uint32_t id = dint_add(&ss->keys, key, len);

	if (id == ss->n) {
		ss->v = cw_reallocarray(ss->v, ss->n + 1, sizeof(*ss->v));
		ss->v[ss->n] = cw_malloc(sizeof(**ss->v));
		diff_init(ss->v[ss->n]);
		ss->n++;
	}
	return ss->v[id];
}

/* Field k (1-based, k >= 4) of a record, found in its rest (which starts
 * with the TAB after TEXT).  Returns 0 if the record has no such field. */
static int
rest_field(const struct field *rest, unsigned long k, struct field *out)
{
	const char *p, *end;
	unsigned long i = 4;

	if (rest->len == 0)
		return 0;      /* and rest->s may be NULL */
	p = rest->s;
	end = rest->s + rest->len;
	p++;                           /* the TAB that ended TEXT */
	for (;;) {
		const char *tab = memchr(p, '\t', (size_t)(end - p));
		const char *fend = tab ? tab : end;

		if (i == k) {
			out->s = (char *)p;
			out->len = (size_t)(fend - p);
			return 1;
		}
		if (tab == NULL)
			return 0;
		p = tab + 1;
		i++;
	}
}

static int
read_input(struct rec_reader *r, void *ctx)
{
	struct stories *ss = ctx;
	const struct opts *o = ss->o;
	struct textrec t;
	char locbuf[32];
	int status = CW_OK;

	while (rr_next_text(r, &t, &status)) {
		struct diff_input in;
		struct field key = { "", 0 }, m;
		unsigned long mfield = 4;

		memset(&in, 0, sizeof(in));
		in.source = t.source.s;
		in.source_len = t.source.len;
		if (t.plain) {
			in.loc_len = (size_t)snprintf(locbuf, sizeof(locbuf),
			    "%lu", t.para);
			in.loc = locbuf;
		} else {
			in.loc = t.loc.s;
			in.loc_len = t.loc.len;
		}
		in.para = t.para;
		in.sent = t.sent;
		in.text = t.text.s;
		in.text_len = t.text.len;
		in.rest = t.rest.s;
		in.rest_len = t.rest.len;
		if (o->story_field) {
			if (!rest_field(&t.rest, o->story_field, &key)) {
				cw_warnat(r->name, r->lineno,
				    "no field %lu (the story key)",
				    o->story_field);
				status = CW_BADREC;
				continue;
			}
			if (o->story_field == mfield)
				mfield++;
		}
		/* tag-entities' field: the first after TEXT that is not the
		 * story key. */
		if (rest_field(&t.rest, mfield, &m)) {
			in.mentions = m.s;
			in.mentions_len = m.len;
		}
		if (diff_add(story_for(ss, key.s, key.len), &in) < 0) {
			cw_warnat(r->name, r->lineno,
			    "field %lu is not a mention list "
			    "(TYPE:CANONICAL:START:END|...); ignored", mfield);
			status = CW_BADREC;
		}
	}
	return status;
}

static void
write_gid(const struct stories *ss, size_t story, size_t g)
{
	if (ss->o->story_field) {
		size_t len;
		const char *key = dint_str(&ss->keys, (uint32_t)story, &len);

		out_write(key, len);    /* a field as read: still escaped */
		out_putc('/');
	}
	out_putc('g');
	out_ulong((unsigned long)g + 1);
}

static int
only_match(const struct opts *o, const struct diff_story *st,
    const struct diff_group_info *g)
{
	size_t len;
	const char *src;

	if (o->only == NULL)
		return 1;
	if (g->nsource != 1)
		return 0;
	src = dint_str(&st->sources, st->s[st->order[g->first]].source, &len);
	return len == strlen(o->only) && memcmp(src, o->only, len) == 0;
}

static void
write_sentences(const struct stories *ss, size_t story)
{
	const struct diff_story *st = ss->v[story];
	size_t g, k;

	for (g = 0; g < st->ngroups; g++) {
		const struct diff_group_info *gi = &st->g[g];

		if (!only_match(ss->o, st, gi))
			continue;
		for (k = 0; k < gi->count; k++) {
			const struct diff_sent *s = &st->s[st->order[gi->first +
			    k]];
			size_t len;
			const char *src = dint_str(&st->sources, s->source,
			    &len);

			write_gid(ss, story, g);
			out_putc('\t');
			out_ulong(gi->nsource);
			out_putc('\t');
			out_write(src, len);
			out_putc('\t');
			out_write(st->bytes.data + s->loc, s->loc_len);
			out_putc('\t');
			out_escaped(st->bytes.data + s->text, s->text_len);
			out_write(st->bytes.data + s->rest, s->rest_len);
			out_endrec();
		}
	}
}

static void
write_groups(const struct stories *ss, size_t story)
{
	const struct diff_story *st = ss->v[story];
	uint32_t *seen = cw_calloc(st->sources.n + 1, sizeof(*seen));
	size_t g, k;

	for (g = 0; g < st->ngroups; g++) {
		const struct diff_group_info *gi = &st->g[g];
		const struct diff_sent *rep = &st->s[gi->rep];
		int comma = 0;

		if (!only_match(ss->o, st, gi))
			continue;
		write_gid(ss, story, g);
		out_putc('\t');
		out_ulong(gi->nsource);
		out_putc('\t');
		for (k = 0; k < gi->count; k++) {
			uint32_t src = st->s[st->order[gi->first + k]].source;
			size_t len;
			const char *name;

			if (seen[src] == g + 1)
				continue;
			seen[src] = (uint32_t)g + 1;
			name = dint_str(&st->sources, src, &len);
			if (comma)
				out_putc(',');
			out_write(name, len);
			comma = 1;
		}
		out_putc('\t');
		out_escaped(st->bytes.data + rep->text, rep->text_len);
		out_endrec();
	}
	free(seen);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "groups", no_argument, NULL, OPT_GROUPS },
		{ "entities", no_argument, NULL, OPT_ENTITIES },
		{ "terms", no_argument, NULL, OPT_TERMS },
		{ "html", no_argument, NULL, OPT_HTML },
		{ "only", required_argument, NULL, OPT_ONLY },
		{ "quotes", required_argument, NULL, OPT_QUOTES },
		{ "story-field", required_argument, NULL, OPT_STORY_FIELD },
		{ "threshold", required_argument, NULL, OPT_THRESHOLD },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	struct opts o;
	struct stories ss;
	struct dreport_quotes quotes;
	int ch, status, nmodes = 0, only_seen = 0;
	size_t k;

	cw_setprogname(argv[0]);
	memset(&o, 0, sizeof(o));
	o.threshold = DIFF_THRESHOLD;
	while ((ch = cli_getopt(argc, argv, "h", longopts, usage)) != -1)
		switch (ch) {
		case OPT_GROUPS:
			o.mode = MODE_GROUPS;
			nmodes++;
			break;
		case OPT_ENTITIES:
			o.mode = MODE_ENTITIES;
			nmodes++;
			break;
		case OPT_TERMS:
			o.mode = MODE_TERMS;
			nmodes++;
			break;
		case OPT_HTML:
			o.mode = MODE_HTML;
			nmodes++;
			break;
		case OPT_ONLY:
			if (optarg[0] == '\0' || strchr(optarg, '\t'))
				cli_usage_error(usage, "--only: want a "
				    "source name (not empty, no TAB)");
			o.only = optarg;
			break;
		case OPT_QUOTES:
			o.quotes = optarg;
			break;
		case OPT_STORY_FIELD:
			o.story_field = cli_number(usage, "--story-field",
			    optarg, 4, 1000000);
			break;
		case OPT_THRESHOLD: {
			char *end;

			o.threshold = strtod(optarg, &end);
			if (end == optarg || *end != '\0' ||
			    !(o.threshold > 0 && o.threshold <= 1))
				cli_usage_error(usage, "--threshold: want a "
				    "number above 0 and at most 1, not \"%s\"",
				    optarg);
			break;
		}
		default:
			cli_common_option(ch, usage);
		}
	if (nmodes > 1)
		cli_usage_error(usage, "--groups, --entities, --terms and "
		    "--html exclude each other");
	if (o.quotes && o.mode != MODE_HTML)
		cli_usage_error(usage, "--quotes goes with --html");
	if (o.only && o.mode != MODE_SENTENCES && o.mode != MODE_GROUPS)
		cli_usage_error(usage, "--only goes with the default output "
		    "or --groups");

	memset(&quotes, 0, sizeof(quotes));
	if (o.quotes && dreport_read_quotes(o.quotes, &quotes) < 0)
		return cli_finish(CW_TROUBLE);

	memset(&ss, 0, sizeof(ss));
	ss.o = &o;
	status = cli_each_input(argc - optind, argv + optind, read_input, &ss);
	if (o.mode == MODE_HTML)
		dreport_html_begin(ss.n);
	for (k = 0; k < ss.n; k++) {
		size_t klen;
		const char *key = dint_str(&ss.keys, (uint32_t)k, &klen);

		diff_group(ss.v[k], o.threshold);
		if (o.only && dint_find(&ss.v[k]->sources, o.only,
		    strlen(o.only)) != UINT32_MAX)
			only_seen = 1;
		switch (o.mode) {
		case MODE_SENTENCES:
			write_sentences(&ss, k);
			break;
		case MODE_GROUPS:
			write_groups(&ss, k);
			break;
		case MODE_ENTITIES:
			dreport_entities(ss.v[k], o.story_field ? key : NULL,
			    klen);
			break;
		case MODE_TERMS:
			dreport_terms(ss.v[k], o.story_field ? key : NULL,
			    klen);
			dframe_terms(ss.v[k], o.story_field ? key : NULL,
			    klen);
			break;
		case MODE_HTML:
			dreport_html_story(ss.v[k], o.story_field ? key : NULL,
			    klen, &quotes);
			dframe_html(ss.v[k]);
			break;
		}
		diff_free(ss.v[k]);
		free(ss.v[k]);
	}
	if (o.mode == MODE_HTML)
		dreport_html_end();
	/* a misspelt source name would look like a source with nothing of
	 * its own */
	if (o.only && ss.n > 0 && !only_seen) {
		cw_warnx("--only %s: no such source in the input", o.only);
		if (status == CW_OK)
			status = CW_BADREC;
	}
	free(ss.v);
	dint_free(&ss.keys);
	dreport_quotes_free(&quotes);
	return cli_finish(status);
}
