/*
 * bp_write.c - a classified page as records (see bp_write.h): its kept
 * paragraphs, every block with the reason for its fate (--explain), its
 * metadata (--meta).
 */
#include <stdio.h>
#include <string.h>

#include "bp.h"
#include "bp_lexicon.h"
#include "bp_meta.h"
#include "bp_write.h"
#include "record.h"


static void
write_float(float v)
{
	char s[32];
	int n = snprintf(s, sizeof(s), "%.2f", (double)v);

	out_write(s, (size_t)n);
}

static void
write_label(const struct bp_page *pg, uint32_t node)
{
	const struct bp_node *n = &pg->nodes[node];

	out_escaped(pg->labels.data + n->class_off, n->class_len);
}

void
bp_write_explain(const struct bp_page *pg, const char *src, size_t srclen)
{
	unsigned long para = 0;
	size_t i;

	for (i = 0; i < pg->nblocks; i++) {
		const struct bp_block *b = &pg->blocks[i];
		float stop = b->words ? (float)b->stopwords / (float)b->words : 0;
		float links = b->chars ? (float)b->link_chars / (float)b->chars : 0;
		int lexicon;

		out_write(src, srclen);
		out_putc('\t');
		out_ulong((unsigned long)i + 1);
		out_putc('\t');
		out_escaped(bp_text(pg, b), b->len);
		out_puts(b->decision == BP_KEEP ? "\tkeep\t" : "\tdrop\t");
		out_puts(bp_reason_names[b->reason]);
		out_putc('\t');
		if (b->decision == BP_KEEP && !(b->glued && i > 0 &&
		    pg->blocks[i - 1].decision == BP_KEEP)) {
			out_puts("p=");
			out_ulong(++para);
			out_putc(' ');
		}
		out_puts("tag=");
		out_puts(bp_tag_names[b->tag]);
		out_puts(" chars=");
		out_ulong(b->chars);
		out_puts(" words=");
		out_ulong(b->words);
		out_puts(" stop=");
		write_float(stop);
		out_puts(" links=");
		write_float(links);
		out_puts(" sentences=");
		out_ulong(b->sentences);
		out_puts(" commas=");
		out_ulong(b->commas);
		lexicon = b->lexicon != BP_LX_UNKNOWN ? b->lexicon :
		    bp_lexicon_of(bp_text(pg, b), b->len);
		if (lexicon != BP_LX_NONE) {
			out_puts(" phrase=");
			out_puts(bp_lexicon_names[lexicon]);
		}
		if (b->repeated)
			out_puts(" repeated=1");
		if (b->glued)
			out_puts(" glued=1");
		if (!pg->html)
			out_puts(" group="), out_ulong(b->group + 1UL);
		if (b->cues != 0) {
			int bit, first = 1;

			out_puts(" cues=");
			for (bit = 0; bit < 32; bit++)
				if (b->cues & (1u << bit) && bp_cue_names[bit]) {
					if (!first)
						out_putc(',');
					out_puts(bp_cue_names[bit]);
					first = 0;
				}
		}
		if (b->node != BP_NONE) {
			out_puts(" score=");
			write_float(pg->nodes[b->node].parent != BP_NONE ?
			    pg->nodes[pg->nodes[b->node].parent].score : 0);
			out_puts(" in=");
			if (pg->nodes[b->node].parent != BP_NONE) {
				write_label(pg, pg->nodes[b->node].parent);
				out_putc('>');
			}
			write_label(pg, b->node);
		}
		out_endrec();
	}
}

void
bp_write_paragraphs(const struct bp_page *pg, const char *src, size_t srclen)
{
	unsigned long para = 0;
	int open = 0;
	size_t i;

	for (i = 0; i < pg->nblocks; i++) {
		const struct bp_block *b = &pg->blocks[i];

		if (b->decision != BP_KEEP) {
			if (open)
				out_endrec();
			open = 0;
			continue;
		}
		/* a glued piece whose neighbour is kept too: one paragraph */
		if (!(open && b->glued)) {
			if (open)
				out_endrec();
			out_write(src, srclen);
			out_putc('\t');
			out_ulong(++para);
			out_putc('\t');
		}
		out_escaped(bp_text(pg, b), b->len);
		open = 1;
	}
	if (open)
		out_endrec();
}

/* One metadata record, to stdout or to the --meta-file. */
static void
meta_record(FILE *f, const char *src, size_t srclen, const char *field,
    const char *v, size_t n)
{
	size_t i;

	if (n == 0)
		return;
	if (f == NULL) {
		out_write(src, srclen);
		out_putc('\t');
		out_puts(field);
		out_putc('\t');
		out_escaped(v, n);
		out_endrec();
		return;
	}
	fprintf(f, "%.*s\t%s\t", (int)srclen, src, field);
	for (i = 0; i < n; i++)
		switch (v[i]) {
		case '\t': fputs("\\t", f); break;
		case '\n': fputs("\\n", f); break;
		case '\r': fputs("\\r", f); break;
		case '\\': fputs("\\\\", f); break;
		default: putc(v[i], f);
		}
	putc('\n', f);
}

static void
meta_date(FILE *f, const char *src, size_t srclen, const char *field,
    const struct buf *d)
{
	char iso[32];
	size_t n = bp_date_iso(d->data, d->len, iso);

	if (n > 0)
		meta_record(f, src, srclen, field, iso, n);
	else
		meta_record(f, src, srclen, field, d->data, d->len);
}

void
bp_write_meta(const struct bp_page *pg, const char *src, size_t srclen,
    FILE *f)
{
	const struct bp_meta *m = &pg->meta;
	const char *p = m->author.data;
	const char *end = p != NULL ? p + m->author.len : NULL;

	meta_record(f, src, srclen, "headline", m->headline.data, m->headline.len);
	while (p != NULL && p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);

		meta_record(f, src, srclen, "author", p, n);
		p = nl ? nl + 1 : NULL;
	}
	meta_date(f, src, srclen, "date", &m->date);
	meta_date(f, src, srclen, "updated", &m->modified);
	meta_record(f, src, srclen, "url", m->url.data, m->url.len);
	meta_record(f, src, srclen, "site", m->site.data, m->site.len);
	meta_record(f, src, srclen, "description", m->description.data,
	    m->description.len);
}
