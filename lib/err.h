/*
 * err.h - diagnostics and exit statuses shared by every crosswire tool.
 *
 * Every message starts with the program name, as err(3) does:
 *   split-sentences: stdin:12: bad LOC "x": want P or P.S
 * Statuses are named once here so that all tools agree (crosswire(5)).
 */
#ifndef CW_ERR_H
#define CW_ERR_H

#include <stddef.h>

enum cw_status {
	CW_OK = 0,       /* everything read and written */
	CW_BADREC = 1,   /* some records were malformed and skipped */
	CW_TROUBLE = 2   /* usage error, I/O error, out of memory */
};

extern const char *cw_progname;
/* Set by fuzz harnesses: warnings are dropped (errors still print). */
extern int cw_quiet;

void cw_setprogname(const char *argv0);

/* prog: message */
void cw_warnx(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* prog: message: strerror(errno) */
void cw_warn(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* prog: FILE:LINE: message */
void cw_warnat(const char *file, unsigned long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
_Noreturn void cw_errx(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
_Noreturn void cw_err(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Allocation that never returns NULL: out of memory ends the program (2). */
void *cw_malloc(size_t n);
void *cw_calloc(size_t n, size_t size);
void *cw_realloc(void *p, size_t n);
/* realloc of an array, checking nmemb * size for overflow. */
void *cw_reallocarray(void *p, size_t nmemb, size_t size);
char *cw_strndup(const char *s, size_t n);

#endif
