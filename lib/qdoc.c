/* qdoc.c - documents rebuilt from text records (see qdoc.h). */
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "qdoc.h"

int
qdoc_continues(const struct qdoc *d, const char *file,
    const struct field *source)
{
	return d->npiece > 0 && d->file == file &&
	    d->source.len == source->len &&
	    memcmp(d->source.data, source->s, source->len) == 0;
}

static void
new_paragraph(struct qdoc *d)
{
	if (d->npara > 0)
		buf_addc(&d->text, '\n');
	if (d->npara == d->paracap) {
		d->paracap = d->paracap ? d->paracap * 2 : 64;
		d->paras = cw_reallocarray(d->paras, d->paracap, sizeof(*d->paras));
	}
	d->paras[d->npara].start = d->paras[d->npara].end = d->text.len;
	d->npara++;
}

/* tag-entities' field in rest (which starts with the TAB after TEXT): the
 * first field after TEXT that is not the story key. */
static int
mention_field(const struct qdoc *d, const struct field *rest,
    const char **f, size_t *n)
{
	const char *p, *end, *tab;
	unsigned long k;

	if (rest->len == 0)
		return 0;      /* and rest->s may be NULL */
	p = rest->s;
	end = rest->s + rest->len;
	for (k = 4;; k++) {
		p++;                    /* the TAB before field k */
		tab = memchr(p, '\t', (size_t)(end - p));
		if (k != d->story_field) {
			*f = p;
			*n = tab ? (size_t)(tab - p) : (size_t)(end - p);
			return 1;
		}
		if (tab == NULL)
			return 0;
		p = tab;
	}
}

int
qdoc_add(struct qdoc *d, const char *file, unsigned long lineno,
    const struct textrec *t)
{
	struct qdoc_piece *pc;
	const char *why = NULL, *f;
	size_t n;
	int status = 0;

	if (d->npiece == 0) {
		buf_reset(&d->source);
		buf_add(&d->source, t->source.s, t->source.len);
		d->file = file;
	}
	/* the sentences of one paragraph are read as one text */
	if (t->sent > 0 && d->para_open && t->para == d->para_no) {
		buf_addc(&d->text, ' ');
	} else
		new_paragraph(d);
	d->para_open = t->sent > 0;
	d->para_no = t->para;

	if (d->npiece == d->piececap) {
		d->piececap = d->piececap ? d->piececap * 2 : 64;
		d->pieces = cw_reallocarray(d->pieces, d->piececap,
		    sizeof(*d->pieces));
	}
	pc = &d->pieces[d->npiece++];
	pc->start = d->text.len;
	pc->lineno = lineno;
	pc->loc = d->locs.len;
	if (t->plain) {
		char tmp[24];
		size_t i = sizeof(tmp);
		unsigned long v = t->para;

		do {
			tmp[--i] = (char)('0' + v % 10);
			v /= 10;
		} while (v);
		buf_add(&d->locs, tmp + i, sizeof(tmp) - i);
	} else
		buf_add(&d->locs, t->loc.s, t->loc.len);
	pc->loclen = d->locs.len - pc->loc;

	if (mention_field(d, &t->rest, &f, &n)) {
		d->have_mentions = 1;
		if (mention_parse(f, n, t->text.len, d->text.len, &d->ments,
		    &d->canon, &why) < 0) {
			cw_warnat(file, lineno, "bad mention field (%s): "
			    "its mentions are ignored", why);
			status = -1;
		}
	}
	buf_add(&d->text, t->text.s, t->text.len);
	d->paras[d->npara - 1].end = d->text.len;
	return status;
}

const struct qdoc_piece *
qdoc_piece_at(const struct qdoc *d, size_t off)
{
	size_t lo = 0, hi = d->npiece;

	/* the last piece starting at or before off */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (d->pieces[mid].start <= off)
			lo = mid;
		else
			hi = mid;
	}
	return &d->pieces[lo];
}

void
qdoc_reset(struct qdoc *d)
{
	buf_reset(&d->text);
	buf_reset(&d->locs);
	buf_reset(&d->canon);
	buf_reset(&d->source);
	d->npara = d->npiece = 0;
	d->ments.n = 0;
	d->have_mentions = 0;
	d->para_open = 0;
	d->para_no = 0;
	d->file = NULL;
}

void
qdoc_free(struct qdoc *d)
{
	buf_free(&d->text);
	buf_free(&d->locs);
	buf_free(&d->canon);
	buf_free(&d->source);
	free(d->paras);
	free(d->pieces);
	mention_list_free(&d->ments);
	memset(d, 0, sizeof(*d));
}
