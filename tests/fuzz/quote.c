/*
 * quote.c - fuzz the quotation finder and the attribution reader: the
 * input is a document, one paragraph per line.  Invariants: every segment
 * lies inside its paragraphs and after the opening mark, segments are in
 * order, a parent comes before its child and encloses it, problems point
 * into the text, and every speaker is valid UTF-8 without a newline.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "buf.h"
#include "err.h"
#include "quote.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct attr_state *attr;
	struct quote_list l;
	struct quote_para *paras = NULL;
	struct attr_result *res;
	struct attr_doc d;
	struct buf text = BUF_INIT;
	size_t i, j, n = 0, start = 0;

	cw_progname = "quote-fuzz";
	if (size > 1 << 16)
		return 0;
	/* the records a reader would give: valid UTF-8, no NUL */
	utf8_repair((const char *)data, size, &text);
	buf_addc(&text, '\0');
	text.len--;
	for (i = 0; i <= text.len; i++) {
		if (i < text.len && text.data[i] != '\n')
			continue;
		paras = realloc(paras, (n + 1) * sizeof(*paras));
		if (paras == NULL)
			abort();
		paras[n].start = start;
		paras[n].end = i;
		n++;
		start = i + 1;
	}
	memset(&l, 0, sizeof(l));
	quote_scan(text.data, paras, n, &l);
	for (i = 0; i < l.n; i++) {
		const struct quote *q = &l.v[i];

		if (q->open >= text.len || q->close > text.len ||
		    q->para > q->last_para || q->last_para >= n)
			abort();
		if (q->parent >= (long)i || (q->parent >= 0 &&
		    l.v[q->parent].open >= q->open))
			abort();
		for (j = 0; j < q->nseg; j++) {
			const struct quote_seg *s = &l.segs[q->seg + j];

			if (s->start >= s->end || s->end > text.len ||
			    s->start <= q->open || (j > 0 &&
			    s->start < l.segs[q->seg + j - 1].end))
				abort();
		}
	}
	for (i = 0; i < l.nprobs; i++)
		if (l.probs[i].pos >= text.len)
			abort();
	if (attr == NULL)
		attr = attr_new();
	res = calloc(l.n + 1, sizeof(*res));
	memset(&d, 0, sizeof(d));
	d.text = text.data;
	d.paras = paras;
	d.npara = n;
	attr_document(attr, &d, &l, res);
	for (i = 0; i < l.n; i++) {
		const char *s = attr_speaker(attr, &res[i]);

		if (res[i].kind < ATTR_QUOTE || res[i].kind > ATTR_TERM)
			abort();
		if (utf8_valid_prefix(s, res[i].speakerlen) != res[i].speakerlen ||
		    memchr(s, '\n', res[i].speakerlen) != NULL ||
		    memchr(s, '\t', res[i].speakerlen) != NULL)
			abort();
	}
	free(res);
	free(paras);
	buf_free(&text);
	quote_list_free(&l);
	return 0;
}
