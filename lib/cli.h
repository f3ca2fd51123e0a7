/*
 * cli.h - what every crosswire tool does the same way: the common options
 * (-h/--help, --version, --line-buffered), file operands with "-" for stdin,
 * and the end of main (flush and check stdout, pick the exit status).
 *
 * A tool's main:
 *
 *	static const struct option longopts[] = {
 *		{ "captions", no_argument, NULL, OPT_CAPTIONS },
 *		CLI_COMMON_OPTIONS,
 *		{ NULL, 0, NULL, 0 }
 *	};
 *	while ((ch = cli_getopt(argc, argv, "h", longopts, usage)) != -1)
 *		switch (ch) {
 *		case OPT_CAPTIONS: ...; break;
 *		default: cli_common_option(ch, usage_text);
 *		}
 *	status = cli_each_input(argc - optind, argv + optind, handle, &ctx);
 *	return cli_finish(status);
 */
#ifndef CW_CLI_H
#define CW_CLI_H

#include <getopt.h>

#include "record.h"

#define CW_VERSION "0.1.0"

enum {
	CLI_OPT_VERSION = 0x1000,
	CLI_OPT_LINE_BUFFERED,
	CLI_OPT_TOOL_BASE = 0x1100   /* tools number their long options from here */
};

#define CLI_COMMON_OPTIONS \
	{ "help", no_argument, NULL, 'h' }, \
	{ "version", no_argument, NULL, CLI_OPT_VERSION }, \
	{ "line-buffered", no_argument, NULL, CLI_OPT_LINE_BUFFERED }

/* getopt_long(3) with our own messages, the same under glibc and musl:
 * "PROG: unknown option: --x" or "PROG: option needs an argument: --x",
 * then the usage on stderr and exit 2. */
int cli_getopt(int argc, char **argv, const char *shortopts,
    const struct option *longopts, const char *usage);

/* Handle -h, --version, --line-buffered; anything else is a usage error
 * (getopt has already said what), which prints usage to stderr and exits 2.
 * usage is the text printed by -h, starting "usage: PROG ...". */
void cli_common_option(int ch, const char *usage);

/* Print a usage error "PROG: message" plus the usage text; exit 2. */
_Noreturn void cli_usage_error(const char *usage, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Call handle once per operand ("-" or no operand at all is stdin) with an
 * open reader.  An operand that cannot be opened is reported and skipped.
 * handle returns a cw_status; the worst status is returned.
 */
typedef int (*cli_input_fn)(struct rec_reader *r, void *ctx);
int cli_each_input(int argc, char **argv, cli_input_fn handle, void *ctx);

/* Flush stdout; return the worse of status and any write failure. */
int cli_finish(int status);

/* Parse a non-negative decimal option argument or exit 2 with a message. */
unsigned long cli_number(const char *usage, const char *opt, const char *arg,
    unsigned long min, unsigned long max);

#endif
