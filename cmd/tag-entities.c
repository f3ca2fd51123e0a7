/*
 * tag-entities - find the people, organisations, places and other names
 * in text records and give each one canonical name (crosswire(5)).
 *
 * Records are read a document at a time (a run of records from one
 * source), because the tagger's second pass and the naming of short forms
 * look at the whole document; each record then goes out with the mention
 * field after its TEXT, or, with --mentions, as one line per mention.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "err.h"
#include "ner_canon.h"
#include "ner_model.h"
#include "ner_tag.h"
#include "record.h"

static const char usage[] =
    "usage: tag-entities [--mentions] [--aliases file] [--line-buffered] "
    "[file ...]\n"
    "       tag-entities -h | --help | --version\n";

enum { OPT_MENTIONS = CLI_OPT_TOOL_BASE, OPT_ALIASES };

/* A document is flushed early past these, to bound memory. */
#define DOC_MAX_RECORDS 4096
#define DOC_MAX_BYTES (8u << 20)

/* Where one record's fields are kept while its document is read. */
struct held {
	size_t source, sourcelen, loc, loclen, rest, restlen;
	unsigned long lineno;    /* LOC of a plain line */
	int plain;
	size_t sent;             /* its sentence in the document */
};

struct tagger {
	int mentions;            /* --mentions */
	struct ner_doc doc;
	struct buf fields;       /* SOURCE, LOC and the other fields */
	struct held *h;
	size_t nh, caph;
	struct buf dockey;       /* the document's SOURCE, less a number */
};

/* Write a canonical name with % | : escaped for the mention field. */
static void
out_canonical(const char *s, size_t n)
{
	size_t i, a = 0;

	for (i = 0; i < n; i++) {
		const char *e = s[i] == '%' ? "%25" : s[i] == '|' ? "%7C" :
		    s[i] == ':' ? "%3A" : NULL;

		if (e == NULL)
			continue;
		out_escaped(s + a, i - a);
		out_write(e, 3);
		a = i + 1;
	}
	out_escaped(s + a, n - a);
}

static void
out_source_loc(const struct tagger *tg, const struct held *h)
{
	out_write(tg->fields.data + h->source, h->sourcelen);
	out_putc('\t');
	if (h->plain)
		out_ulong(h->lineno);
	else
		out_write(tg->fields.data + h->loc, h->loclen);
	out_putc('\t');
}

/* Tag the held document and write it out. */
static void
flush_doc(struct tagger *tg)
{
	struct ner_doc *d = &tg->doc;
	size_t r, k = 0, len;

	if (tg->nh == 0)
		return;
	ner_doc_tag(d);
	for (r = 0; r < tg->nh; r++) {
		const struct held *h = &tg->h[r];
		const char *text = ner_doc_sent(d, h->sent, &len);
		int first = 1;

		if (!tg->mentions) {
			out_source_loc(tg, h);
			out_escaped(text, len);
			out_putc('\t');
		}
		for (; k < d->nm && d->m[k].sent == h->sent; k++) {
			const struct ner_mention *m = &d->m[k];
			const char *name = d->names.data + m->name;

			if (tg->mentions) {
				out_source_loc(tg, h);
				out_puts(ner_type_names[m->type]);
				out_putc('\t');
				out_ulong(m->start);
				out_putc('\t');
				out_ulong(m->end);
				out_putc('\t');
				out_escaped(text + m->start, m->end - m->start);
				out_putc('\t');
				out_escaped(name, m->namelen);
				out_endrec();
				continue;
			}
			if (!first)
				out_putc('|');
			first = 0;
			out_puts(ner_type_names[m->type]);
			out_putc(':');
			out_canonical(name, m->namelen);
			out_putc(':');
			out_ulong(m->start);
			out_putc(':');
			out_ulong(m->end);
		}
		if (!tg->mentions) {
			out_write(tg->fields.data + h->rest, h->restlen);
			out_endrec();
		}
	}
	ner_doc_clear(d);
	buf_reset(&tg->fields);
	tg->nh = 0;
}

/* The document a SOURCE belongs to: the SOURCE less any trailing decimal
 * number, so that records numbered within one source ("doc7-sent1",
 * "doc7-sent2") are read as one document. */
static size_t
doc_key_len(const char *s, size_t n)
{
	size_t k = n;

	while (k > 0 && isdigit((unsigned char)s[k - 1]))
		k--;
	return k > 0 ? k : n;
}

static void
hold(struct tagger *tg, struct rec_reader *r, const struct textrec *t)
{
	struct held *h;
	size_t kl = doc_key_len(t->source.s, t->source.len);

	if (tg->nh > 0 && (tg->dockey.len != kl ||
	    memcmp(tg->dockey.data, t->source.s, kl) != 0 ||
	    tg->nh >= DOC_MAX_RECORDS || tg->doc.text.len >= DOC_MAX_BYTES))
		flush_doc(tg);
	if (tg->nh == 0) {
		buf_reset(&tg->dockey);
		buf_add(&tg->dockey, t->source.s, kl);
	}
	if (tg->nh == tg->caph) {
		tg->caph = tg->caph ? 2 * tg->caph : 64;
		tg->h = cw_reallocarray(tg->h, tg->caph, sizeof(*tg->h));
	}
	h = &tg->h[tg->nh++];
	h->plain = t->plain;
	h->lineno = r->lineno;
	h->source = tg->fields.len;
	h->sourcelen = t->source.len;
	buf_add(&tg->fields, t->source.s, t->source.len);
	h->loc = tg->fields.len;
	h->loclen = t->loc.len;
	buf_add(&tg->fields, t->loc.s, t->loc.len);
	h->rest = tg->fields.len;
	h->restlen = t->rest.len;
	buf_add(&tg->fields, t->rest.s, t->rest.len);
	h->sent = ner_doc_add(&tg->doc, t->text.s, t->text.len);
}

static int
tag_input(struct rec_reader *r, void *ctx)
{
	struct tagger *tg = ctx;
	struct textrec t;
	int status = CW_OK;

	while (rr_next_text(r, &t, &status)) {
		if (t.plain && t.text.len == 0)
			continue;
		hold(tg, r, &t);
		if (cw_out.line_buffered && tg->nh == 1 && t.plain)
			flush_doc(tg);
	}
	/* a document does not go on into the next file */
	flush_doc(tg);
	return status;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "mentions", no_argument, NULL, OPT_MENTIONS },
		{ "aliases", required_argument, NULL, OPT_ALIASES },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	struct ner_aliases *aliases;
	struct tagger tg;
	int ch, status;

	cw_setprogname(argv[0]);
	memset(&tg, 0, sizeof(tg));
	aliases = ner_aliases_new();
	while ((ch = cli_getopt(argc, argv, "h", longopts, usage)) != -1)
		switch (ch) {
		case OPT_MENTIONS:
			tg.mentions = 1;
			break;
		case OPT_ALIASES:
			if (ner_aliases_read(aliases, optarg) < 0) {
				ner_aliases_free(aliases);
				return CW_TROUBLE;
			}
			break;
		default:
			cli_common_option(ch, usage);
		}

	ner_doc_init(&tg.doc, ner_model_builtin(), aliases);
	status = cli_each_input(argc - optind, argv + optind, tag_input, &tg);
	ner_doc_free(&tg.doc);
	buf_free(&tg.fields);
	buf_free(&tg.dockey);
	free(tg.h);
	ner_aliases_free(aliases);
	return cli_finish(status);
}
