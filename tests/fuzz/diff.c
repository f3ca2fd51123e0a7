/*
 * diff.c - fuzz the diff-sources grouping core: records in, diff_add each
 * (tag-entities' field when there is one), diff_group, then check that
 * every sentence is in exactly one group and that N counts its sources;
 * then the --terms views (written to /dev/null), which read the words
 * around the mentions.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diff.h"
#include "diff_frame.h"
#include "diff_report.h"
#include "err.h"
#include "record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rec_reader r;
	struct diff_story st;
	struct textrec t;
	struct line l;
	unsigned char *seen;
	size_t i, k;

	static int quiet_stdout;

	if (!quiet_stdout) {
		int fd = open("/dev/null", O_WRONLY);

		if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0)
			abort();
		close(fd);
		quiet_stdout = 1;
	}
	cw_progname = "diff-fuzz";
	cw_quiet = 1;
	diff_init(&st);
	rr_open_mem(&r, "fuzz", (const char *)data, size);
	while (rr_next(&r, &l) > 0) {
		struct diff_input in;

		if (rec_parse_text(&r, &l, &t) < 0)
			continue;
		memset(&in, 0, sizeof(in));
		in.source = t.source.s;
		in.source_len = t.source.len;
		in.loc = t.plain ? "1" : t.loc.s;
		in.loc_len = t.plain ? 1 : t.loc.len;
		in.para = t.para;
		in.sent = t.sent;
		in.text = t.text.s;
		in.text_len = t.text.len;
		in.rest = t.rest.s;
		in.rest_len = t.rest.len;
		if (t.rest.len > 0) {
			const char *tab = memchr(t.rest.s + 1, '\t',
			    t.rest.len - 1);

			in.mentions = t.rest.s + 1;
			in.mentions_len = tab ? (size_t)(tab - in.mentions) :
			    t.rest.len - 1;
		}
		diff_add(&st, &in);
	}
	rr_close(&r);
	diff_group(&st, DIFF_THRESHOLD);
	seen = calloc(st.n + 1, 1);
	if (seen == NULL)
		abort();
	for (k = 0; k < st.ngroups; k++)
		for (i = 0; i < st.g[k].count; i++) {
			uint32_t s = st.order[st.g[k].first + i];

			if (s >= st.n || seen[s]++ || st.s[s].group != k)
				abort();
		}
	for (i = 0; i < st.n; i++)
		if (!seen[i])
			abort();
	free(seen);
	dreport_terms(&st, NULL, 0);
	dframe_terms(&st, NULL, 0);
	out_flush();
	diff_free(&st);
	return 0;
}
