/* cli.c - options, operands and exit shared by every tool (see cli.h). */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "err.h"

int
cli_getopt(int argc, char **argv, const char *shortopts,
    const struct option *longopts, const char *usage)
{
	char opts[128];
	int ch;

	/* A leading ':' makes getopt tell a missing argument from an unknown
	 * option; opterr = 0 silences its own (libc-specific) messages. */
	if (snprintf(opts, sizeof(opts), ":%s", shortopts) >= (int)sizeof(opts))
		cw_errx(CW_TROUBLE, "internal error: option string too long");
	opterr = 0;
	ch = getopt_long(argc, argv, opts, longopts, NULL);
	if (ch == '?' || ch == ':') {
		const char *what = ch == '?' ? "unknown option" :
		    "option needs an argument";

		if (optopt != 0 && (ch == '?' || optind > argc ||
		    strncmp(argv[optind - 1], "--", 2) != 0))
			cli_usage_error(usage, "%s: -%c", what, optopt);
		cli_usage_error(usage, "%s: %s", what, argv[optind - 1]);
	}
	return ch;
}

void
cli_common_option(int ch, const char *usage)
{
	switch (ch) {
	case 'h':
		fputs(usage, stdout);
		exit(fflush(stdout) == 0 ? CW_OK : CW_TROUBLE);
	case CLI_OPT_VERSION:
		printf("%s (crosswire) %s\n", cw_progname, CW_VERSION);
		exit(fflush(stdout) == 0 ? CW_OK : CW_TROUBLE);
	case CLI_OPT_LINE_BUFFERED:
		out_set_line_buffered(1);
		return;
	default:
		fputs(usage, stderr);
		exit(CW_TROUBLE);
	}
}

void
cli_usage_error(const char *usage, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", cw_progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	fputs(usage, stderr);
	exit(CW_TROUBLE);
}

int
cli_each_input(int argc, char **argv, cli_input_fn handle, void *ctx)
{
	static char *stdin_only[] = { "-", NULL };
	struct rec_reader r;
	int i, st, status = CW_OK;

	/* A closed pipe downstream should end us the way it ends cat(1):
	 * silently.  Whoever started us may have ignored SIGPIPE. */
	signal(SIGPIPE, SIG_DFL);
	if (argc <= 0) {
		argc = 1;
		argv = stdin_only;
	}
	for (i = 0; i < argc; i++) {
		if (rr_open(&r, argv[i]) < 0) {
			status = CW_TROUBLE;
			continue;
		}
		st = handle(&r, ctx);
		if (st > status)
			status = st;
		rr_close(&r);
	}
	return status;
}

int
cli_finish(int status)
{
	int st = out_finish();

	return st > status ? st : status;
}

unsigned long
cli_number(const char *usage, const char *opt, const char *arg,
    unsigned long min, unsigned long max)
{
	char *end;
	unsigned long v;

	errno = 0;
	if (*arg < '0' || *arg > '9')
		cli_usage_error(usage, "%s: not a number: %s", opt, arg);
	v = strtoul(arg, &end, 10);
	if (*end != '\0')
		cli_usage_error(usage, "%s: not a number: %s", opt, arg);
	if (errno == ERANGE || v < min || v > max)
		cli_usage_error(usage, "%s: %s is out of range (%lu to %lu)",
		    opt, arg, min, max);
	return v;
}
