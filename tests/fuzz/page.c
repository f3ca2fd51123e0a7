/*
 * page.c - fuzz strip-boilerplate's reader and classifier as the tool runs
 * them: the bytes of a page (its first byte picks sniffing, HTML or text)
 * are checked for binary data, their charset decided and converted,
 * tokenized or cut into lines, their entities decoded, their JSON-LD and
 * metadata read, the blocks classified, and the paragraphs, block records
 * and metadata written.  An input holding the line "\x01" is two pages of
 * one site, so the cross-page evidence (bp_seen.h) is fuzzed too.
 *
 * Invariants: blocks lie inside the page text, every decision has a
 * reason, and what is written is valid UTF-8 records: paragraphs
 * SOURCE<TAB>P<TAB>TEXT numbered 1, 2, ... and block records of six
 * fields (the writer's buffer is swapped for one big enough to keep the
 * output off stdout).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bp.h"
#include "bp_seen.h"
#include "bp_write.h"
#include "buf.h"
#include "err.h"
#include "record.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_INPUT (1 << 16)
#define OUT_SIZE (64u << 20)

/* The records written since the last call, checked: valid UTF-8, each line
 * with nfields fields (0: any), the second numbering from 1 when counted. */
static void
check_output(size_t nfields, int counted)
{
	const char *p = cw_out.buf, *end = cw_out.buf + cw_out.len;
	unsigned long want = 1;

	if (cw_out.len == cw_out.cap)           /* the output spilled */
		abort();
	if (utf8_valid_prefix(p, cw_out.len) != cw_out.len)
		abort();
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p)), *q;
		size_t tabs = 0;

		if (nl == NULL || nl == p || *p == '\t')
			abort();
		for (q = p; q < nl; q++)
			tabs += *q == '\t';
		if (nfields && tabs + 1 != nfields)
			abort();
		if (counted) {
			const char *loc = (const char *)memchr(p, '\t',
			    (size_t)(nl - p)) + 1;

			if (strtoul(loc, NULL, 10) != want++)
				abort();
		}
		p = nl + 1;
	}
	cw_out.len = 0;
}

static void
check_page(const struct bp_page *pg)
{
	size_t i;

	for (i = 0; i < pg->nblocks; i++) {
		const struct bp_block *b = &pg->blocks[i];

		if (b->off + b->len > pg->text.len || b->reason >= BP_R_COUNT ||
		    b->tag >= BP_TAG_COUNT ||
		    (b->node != BP_NONE && b->node >= pg->nnodes) ||
		    (b->decision == BP_KEEP) != (b->reason <= BP_R_FALLBACK))
			abort();
	}
	for (i = 0; i < pg->nnodes; i++)
		if (pg->nodes[i].parent != BP_NONE &&
		    pg->nodes[i].parent >= i)
			abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *outbuf;
	static struct bp_seen seen;
	struct bp_page pg[2];
	struct bp_input_report r;
	struct bp_options o = { 0 };
	struct buf scratch = BUF_INIT;
	const char *s = (const char *)data, *cut;
	size_t len[2], k;
	enum bp_format format;
	int n, i, ok[2];

	cw_progname = "page-fuzz";
	cw_quiet = 1;
	if (outbuf == NULL) {
		outbuf = malloc(OUT_SIZE);
		if (outbuf == NULL)
			abort();
	}
	cw_out.buf = outbuf;
	cw_out.cap = OUT_SIZE;
	cw_out.len = 0;
	if (size < 1 || size > MAX_INPUT)
		return 0;
	format = data[0] % 3 == 0 ? BP_FORMAT_SNIFF : data[0] % 3 == 1 ?
	    BP_FORMAT_HTML : BP_FORMAT_TEXT;
	o.captions = (data[0] & 4) != 0;
	s++, size--;
	for (cut = NULL, k = 0; cut == NULL && k + 3 <= size; k++)
		if (memcmp(s + k, "\n\x01\n", 3) == 0)
			cut = s + k;
	n = cut ? 2 : 1;
	len[0] = cut ? (size_t)(cut - s) : size;
	len[1] = cut ? size - len[0] - 3 : 0;
	memset(&seen, 0, sizeof(seen));
	for (i = 0; i < n; i++) {
		const char *page = i == 0 ? s : cut + 3;

		bp_page_init(&pg[i]);
		ok[i] = bp_read_page(&pg[i], page, len[i], format, &scratch,
		    &r) == 0;
		if (ok[i] && n > 1)
			bp_seen_add(&seen, &pg[i], bp_seen_site(&pg[i], 1));
	}
	for (i = 0; i < n; i++) {
		if (!ok[i])
			continue;
		if (n > 1)
			bp_seen_mark(&seen, &pg[i], bp_seen_site(&pg[i], 1));
		bp_classify(&pg[i], &o);
		check_page(&pg[i]);
		bp_write_paragraphs(&pg[i], "src", 3);
		check_output(3, 1);
		bp_write_explain(&pg[i], "src", 3);
		check_output(6, 1);
		bp_write_meta(&pg[i], "src", 3, NULL);
		check_output(3, 0);
	}
	for (i = 0; i < n; i++)
		bp_page_free(&pg[i]);
	bp_seen_free(&seen);
	buf_free(&scratch);
	cw_out.len = 0;
	return 0;
}
