/*
 * check.h - the smallest possible unit-test helper, in the manner of
 * utf8proc's test/tests.h: check(cond, fmt, ...) reports "FAILED at
 * FILE:LINE: ..." and counts; check_done() returns the exit status.
 */
#ifndef CW_CHECK_H
#define CW_CHECK_H

#include <stdio.h>

static int check_failures, check_count;

#define check(cond, ...) do { \
	check_count++; \
	if (!(cond)) { \
		check_failures++; \
		fprintf(stderr, "FAILED at %s:%d: ", __FILE__, __LINE__); \
		fprintf(stderr, __VA_ARGS__); \
		fputc('\n', stderr); \
	} \
} while (0)

static inline int
check_done(const char *name)
{
	fprintf(stderr, "%s: %d checks, %d failed\n", name, check_count,
	    check_failures);
	return check_failures ? 1 : 0;
}

#endif
