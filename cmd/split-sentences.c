/*
 * split-sentences - paragraphs in, sentences out (crosswire(5) records).
 *
 * Each paragraph record SOURCE<TAB>P<TAB>TEXT[<TAB>more] becomes one record
 * per sentence, SOURCE<TAB>P.S<TAB>SENTENCE[<TAB>more]: the extra fields are
 * copied to every sentence.  A record that already has a sentence LOC is
 * split again and numbered on from the sentence before it in the same
 * paragraph, so running the tool twice changes nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "err.h"
#include "record.h"
#include "sentence.h"

static const char usage[] =
    "usage: split-sentences [--line-buffered] [file ...]\n"
    "       split-sentences -h | --help | --version\n";

/* Where the previous record left off, for numbering sentences on. */
struct split_state {
	struct buf last_source;
	unsigned long last_para;
	unsigned long next_sent;
	struct sent_list sents;
};

static void
write_sentences(struct split_state *st, const struct textrec *t)
{
	size_t i;

	sent_split(t->text.s, t->text.len, &st->sents);
	for (i = 0; i < st->sents.n; i++) {
		const struct sent_span *sp = &st->sents.v[i];

		out_field(&t->source);
		out_putc('\t');
		out_ulong(t->para);
		out_putc('.');
		out_ulong(st->next_sent++);
		out_putc('\t');
		out_escaped(t->text.s + sp->start, sp->end - sp->start);
		out_field(&t->rest);
		out_endrec();
	}
}

static int
split_input(struct rec_reader *r, void *ctx)
{
	struct split_state *st = ctx;
	struct textrec t;
	int status = CW_OK;

	while (rr_next_text(r, &t, &status)) {
		/* A sentence record continues its paragraph's numbering. */
		if (t.sent == 0 || t.para != st->last_para ||
		    t.source.len != st->last_source.len ||
		    memcmp(t.source.s, st->last_source.data, t.source.len) != 0)
			st->next_sent = 1;
		buf_reset(&st->last_source);
		buf_add(&st->last_source, t.source.s, t.source.len);
		st->last_para = t.para;
		write_sentences(st, &t);
	}
	return status;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	struct split_state st;
	int ch, status;

	cw_setprogname(argv[0]);
	while ((ch = cli_getopt(argc, argv, "h", longopts, usage)) != -1)
		cli_common_option(ch, usage);

	memset(&st, 0, sizeof(st));
	status = cli_each_input(argc - optind, argv + optind, split_input, &st);
	buf_free(&st.last_source);
	sent_list_free(&st.sents);
	return cli_finish(status);
}
