/*
 * strip-boilerplate - a news page (HTML or scraped text) in, the article's
 * own paragraphs out as crosswire(5) records SOURCE<TAB>P<TAB>TEXT.
 *
 * One page per operand (stdin is one page).  A page is read whole,
 * turned into UTF-8 and cut into blocks (bp_read_page), classified
 * (bp_classify) and written (bp_write.h).  With more than one operand
 * there are two passes: the first notes which blocks repeat across the
 * articles of a site (bp_seen.h), the second decides and writes.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bp.h"
#include "bp_seen.h"
#include "bp_write.h"
#include "charset.h"
#include "cli.h"
#include "err.h"
#include "record.h"

static const char usage[] =
    "usage: strip-boilerplate [--captions] [--explain | --meta] [--html | --text]\n"
    "                         [--meta-file file] [--same-site] [--source name]\n"
    "                         [--line-buffered] [file ...]\n"
    "       strip-boilerplate -h | --help | --version\n";

enum {
	OPT_CAPTIONS = CLI_OPT_TOOL_BASE,
	OPT_EXPLAIN,
	OPT_HTML,
	OPT_META,
	OPT_META_FILE,
	OPT_SAME_SITE,
	OPT_SOURCE,
	OPT_TEXT
};

struct run {
	struct bp_options opts;
	enum bp_format format;
	int explain;
	int meta_only;
	int same_site;
	const char *source;     /* --source */
	FILE *meta_file;        /* --meta-file */
	const char *meta_path;
	struct bp_seen seen;
	int cross;              /* two passes: cross-page evidence */
	struct bp_page page;
	struct buf raw;         /* the page as read */
	struct buf utf8;        /* ... converted, when it had to be */
};

/*
 * One operand between the two passes.  The first pass keeps pages as read
 * (blocks and all) while they fit in KEEP_BUDGET bytes, so that the
 * second one need not read them again; beyond it, pages are read twice,
 * and those that cannot be (pipes, stdin) keep their bytes.
 */
#define KEEP_BUDGET (64UL * 1024 * 1024)

struct input {
	const char *path;
	struct bp_page *parsed;         /* the page as read, or NULL */
	struct bp_input_report report;  /* ... and what was wrong with it */
	char charset[41];               /* report.unsupported, copied */
	int status;                     /* of reading it: CW_OK, CW_BADREC */
	struct buf kept;                /* the bytes, when not parsed */
	int has_kept;
	int failed;                     /* could not be opened or read */
};

/* Read the whole of fd into b.  Returns 0, or -1 after a warning. */
static int
read_all(int fd, const char *name, struct buf *b)
{
	struct stat sb;

	buf_reset(b);
	if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0)
		buf_grow(b, (size_t)sb.st_size + 1);
	for (;;) {
		ssize_t n;

		if (b->cap - b->len < 65536)
			buf_grow(b, b->len < 65536 ? 65536 : b->len);
		n = read(fd, b->data + b->len, b->cap - b->len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			cw_warn("%s: read error", name);
			return -1;
		}
		if (n == 0)
			return 0;
		b->len += (size_t)n;
	}
}

/* A page's bytes: in the run's read buffer, or kept from the first pass. */
struct bytes {
	const char *data;
	size_t len;
};

/*
 * Open one operand ("-" is stdin) and read its bytes into raw.  A page is
 * read, not mapped: a file that another process truncates while we read
 * it (a scraper rewriting it) must give the bytes that were there, not a
 * SIGBUS.  *regular tells whether it can be read again.
 */
static int
load(const char *path, struct buf *raw, struct bytes *out, int *regular)
{
	struct stat sb;
	int fd, st;

	memset(out, 0, sizeof(*out));
	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY)) < 0) {
		cw_warn("%s", path);
		return -1;
	}
	*regular = fd != STDIN_FILENO && fstat(fd, &sb) == 0 &&
	    S_ISREG(sb.st_mode);
	st = read_all(fd, fd == STDIN_FILENO ? "stdin" : path, raw);
	out->data = raw->data;
	out->len = raw->len;
	if (fd != STDIN_FILENO)
		close(fd);
	return st;
}

/* The source name of a path: its base name without the extension. */
static void
source_of(const char *path, const char *given, struct buf *out)
{
	const char *base, *dot;
	size_t n, i;

	buf_reset(out);
	if (given != NULL)
		base = given, n = strlen(given);
	else if (strcmp(path, "-") == 0)
		base = "-", n = 1;
	else {
		base = strrchr(path, '/');
		base = base ? base + 1 : path;
		n = strlen(base);
		dot = strrchr(base, '.');
		if (dot != NULL && dot > base)
			n = (size_t)(dot - base);
		if (n == 0)
			base = "-", n = 1;
	}
	/* a SOURCE holds no TAB and no line break */
	for (i = 0; i < n; i++) {
		char c = base[i];

		buf_addc(out, c == '\t' || c == '\n' || c == '\r' ? '_' : c);
	}
}

/* Say what was wrong with the bytes of a page. */
static void
report(const char *name, const struct bp_input_report *r, int status)
{
	if (status == CW_BADREC)
		cw_warnat(name, r->binary_line, "binary data, not a page: skipped");
	if (r->bad_utf8_line > 0)
		cw_warnat(name, r->bad_utf8_line, "invalid UTF-8 or NUL byte "
		    "replaced by U+FFFD (reported once per input)");
	if (r->unsupported != NULL)
		cw_warnat(name, 1, "charset \"%.*s\" is not supported: read as "
		    "%s", (int)r->unsupported_len, r->unsupported,
		    r->read_as == CHARSET_UTF8 ? "UTF-8" : "windows-1252");
}

/* Read the raw bytes of a page into pg: CW_OK, or CW_BADREC for binary
 * data.  The report's charset label is copied into in, which outlives the
 * bytes. */
static int
parse_page(struct run *run, struct bp_page *pg, struct input *in,
    const char *data, size_t len)
{
	struct bp_input_report *r = &in->report;

	if (bp_read_page(pg, data, len, run->format, &run->utf8, r) < 0)
		return CW_BADREC;
	if (r->unsupported != NULL) {
		r->unsupported_len = r->unsupported_len < sizeof(in->charset) - 1 ?
		    r->unsupported_len : sizeof(in->charset) - 1;
		memcpy(in->charset, r->unsupported, r->unsupported_len);
		r->unsupported = in->charset;
	}
	return CW_OK;
}

/* Bytes a parsed page holds on to. */
static size_t
page_size(const struct bp_page *pg)
{
	return pg->text.cap + pg->labels.cap + pg->blocks_cap *
	    sizeof(*pg->blocks) + pg->nodes_cap * sizeof(*pg->nodes) + 4096;
}

/* ---- the two passes ---- */

static void
pass_one(struct run *run, struct input *in, size_t *kept_bytes)
{
	struct bp_page *pg = &run->page;
	struct bytes page;
	int regular;

	if (load(in->path, &run->raw, &page, &regular) < 0) {
		in->failed = 1;
		return;
	}
	if (*kept_bytes < KEEP_BUDGET) {
		pg = cw_malloc(sizeof(*pg));
		bp_page_init(pg);
	}
	in->status = parse_page(run, pg, in, page.data, page.len);
	if (in->status == CW_OK) {
		/* a first opinion names the headline, which tells articles
		 * apart when the page has no URL or title */
		if (pg->meta.url.len == 0 && pg->meta.title.len == 0)
			bp_classify(pg, &run->opts);
		bp_seen_add(&run->seen, pg, bp_seen_site(pg, run->same_site));
	}
	if (pg != &run->page) {
		in->parsed = pg;
		*kept_bytes += page_size(pg);
	} else if (!regular) {
		buf_add(&in->kept, page.data, page.len);
		in->has_kept = 1;
	}
}

static void
write_page(struct run *run, struct bp_page *pg, const char *path)
{
	struct buf src = BUF_INIT;

	if (run->cross)
		bp_seen_mark(&run->seen, pg, bp_seen_site(pg, run->same_site));
	bp_classify(pg, &run->opts);
	source_of(path, run->source, &src);
	if (run->explain)
		bp_write_explain(pg, src.data, src.len);
	else if (run->meta_only)
		bp_write_meta(pg, src.data, src.len, NULL);
	else
		bp_write_paragraphs(pg, src.data, src.len);
	if (run->meta_file != NULL)
		bp_write_meta(pg, src.data, src.len, run->meta_file);
	buf_free(&src);
}

static int
pass_two(struct run *run, struct input *in)
{
	struct bytes page;
	int regular;

	if (in->failed)
		return CW_TROUBLE;
	if (in->parsed != NULL) {
		report(in->path, &in->report, in->status);
		if (in->status == CW_OK)
			write_page(run, in->parsed, in->path);
		bp_page_free(in->parsed);
		free(in->parsed);
		in->parsed = NULL;
		return in->status;
	}
	if (in->has_kept) {
		memset(&page, 0, sizeof(page));
		page.data = in->kept.data;
		page.len = in->kept.len;
	} else if (load(in->path, &run->raw, &page, &regular) < 0)
		return CW_TROUBLE;
	in->status = parse_page(run, &run->page, in, page.data, page.len);
	report(in->path, &in->report, in->status);
	if (in->status == CW_OK)
		write_page(run, &run->page, in->path);
	buf_free(&in->kept);
	return in->status;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "captions", no_argument, NULL, OPT_CAPTIONS },
		{ "explain", no_argument, NULL, OPT_EXPLAIN },
		{ "html", no_argument, NULL, OPT_HTML },
		{ "meta", no_argument, NULL, OPT_META },
		{ "meta-file", required_argument, NULL, OPT_META_FILE },
		{ "same-site", no_argument, NULL, OPT_SAME_SITE },
		{ "source", required_argument, NULL, OPT_SOURCE },
		{ "text", no_argument, NULL, OPT_TEXT },
		CLI_COMMON_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	static char *stdin_only[] = { "-", NULL };
	struct run run;
	struct input *inputs;
	size_t kept_bytes = 0;
	int ch, i, n, st, status = CW_OK;

	cw_setprogname(argv[0]);
	memset(&run, 0, sizeof(run));
	while ((ch = cli_getopt(argc, argv, "h", longopts, usage)) != -1)
		switch (ch) {
		case OPT_CAPTIONS:
			run.opts.captions = 1;
			break;
		case OPT_EXPLAIN:
			run.explain = 1;
			break;
		case OPT_HTML:
			run.format = BP_FORMAT_HTML;
			break;
		case OPT_META:
			run.meta_only = 1;
			break;
		case OPT_META_FILE:
			run.meta_path = optarg;
			break;
		case OPT_SAME_SITE:
			run.same_site = 1;
			break;
		case OPT_SOURCE:
			if (*optarg == '\0' || strpbrk(optarg, "\t\n\r") != NULL)
				cli_usage_error(usage, "--source: a source name "
				    "is not empty and has no TAB or line break");
			run.source = optarg;
			break;
		case OPT_TEXT:
			run.format = BP_FORMAT_TEXT;
			break;
		default:
			cli_common_option(ch, usage);
		}
	argc -= optind;
	argv += optind;
	if (run.explain && run.meta_only)
		cli_usage_error(usage, "--explain and --meta exclude each other");
	if (run.source != NULL && argc > 1)
		cli_usage_error(usage, "--source names one input, not %d", argc);
	if (argc == 0) {
		argc = 1;
		argv = stdin_only;
	}
	signal(SIGPIPE, SIG_DFL);
	if (run.meta_path != NULL &&
	    (run.meta_file = fopen(run.meta_path, "w")) == NULL) {
		cw_warn("%s", run.meta_path);
		return CW_TROUBLE;
	}
	n = argc;
	inputs = cw_calloc((size_t)n, sizeof(*inputs));
	for (i = 0; i < n; i++)
		inputs[i].path = argv[i];
	run.cross = n > 1;
	bp_page_init(&run.page);
	if (run.cross)
		for (i = 0; i < n; i++)
			pass_one(&run, &inputs[i], &kept_bytes);
	for (i = 0; i < n; i++)
		if ((st = pass_two(&run, &inputs[i])) > status)
			status = st;
	if (run.meta_file != NULL && (fflush(run.meta_file) != 0 ||
	    ferror(run.meta_file) || fclose(run.meta_file) != 0)) {
		cw_warn("%s", run.meta_path);
		status = CW_TROUBLE;
	}
	bp_page_free(&run.page);
	bp_seen_free(&run.seen);
	buf_free(&run.raw);
	buf_free(&run.utf8);
	free(inputs);
	return cli_finish(status);
}
