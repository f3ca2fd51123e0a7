/*
 * err.c - the one error helper (in the mould of err(3) and sbase's eprintf),
 * plus allocation wrappers that turn out-of-memory into exit status 2.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"

const char *cw_progname = "crosswire";
int cw_quiet;

void
cw_setprogname(const char *argv0)
{
	const char *slash;

	if (argv0 == NULL || *argv0 == '\0')
		return;
	slash = strrchr(argv0, '/');
	cw_progname = slash ? slash + 1 : argv0;
}

static void
vwarn_common(const char *file, unsigned long line, int errnum,
    const char *fmt, va_list ap)
{
	if (cw_quiet)
		return;
	/* stdout may hold buffered records; stderr is unbuffered, so no mix-up. */
	fprintf(stderr, "%s: ", cw_progname);
	if (file != NULL)
		fprintf(stderr, "%s:%lu: ", file, line);
	vfprintf(stderr, fmt, ap);
	if (errnum)
		fprintf(stderr, ": %s", strerror(errnum));
	fputc('\n', stderr);
}

void
cw_warnx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_common(NULL, 0, 0, fmt, ap);
	va_end(ap);
}

void
cw_warn(const char *fmt, ...)
{
	va_list ap;
	int errnum = errno;

	va_start(ap, fmt);
	vwarn_common(NULL, 0, errnum, fmt, ap);
	va_end(ap);
}

void
cw_warnat(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_common(file, line, 0, fmt, ap);
	va_end(ap);
}

void
cw_errx(int status, const char *fmt, ...)
{
	va_list ap;

	cw_quiet = 0;
	va_start(ap, fmt);
	vwarn_common(NULL, 0, 0, fmt, ap);
	va_end(ap);
	exit(status);
}

void
cw_err(int status, const char *fmt, ...)
{
	va_list ap;
	int errnum = errno;

	cw_quiet = 0;
	va_start(ap, fmt);
	vwarn_common(NULL, 0, errnum, fmt, ap);
	va_end(ap);
	exit(status);
}

void *
cw_malloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		cw_errx(CW_TROUBLE, "out of memory (%zu bytes)", n);
	return p;
}

void *
cw_calloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		cw_errx(CW_TROUBLE, "out of memory (%zu x %zu bytes)", n, size);
	return p;
}

void *
cw_realloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (q == NULL)
		cw_errx(CW_TROUBLE, "out of memory (%zu bytes)", n);
	return q;
}

void *
cw_reallocarray(void *p, size_t nmemb, size_t size)
{
	if (size != 0 && nmemb > SIZE_MAX / size)
		cw_errx(CW_TROUBLE, "out of memory (%zu x %zu bytes)", nmemb, size);
	return cw_realloc(p, nmemb * size);
}

char *
cw_strndup(const char *s, size_t n)
{
	char *p = cw_malloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}
