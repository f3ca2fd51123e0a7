/*
 * record.h - the one reader and writer of crosswire(5) records.
 *
 * Reader: block reads into a buffer that grows only to the longest line, so
 * memory follows the longest record, not the input.  A line handed out stays
 * valid (and writable, so fields can be unescaped in place) until the next
 * call.  CR before LF is dropped, a missing final newline is accepted, and
 * invalid UTF-8 or NUL bytes are replaced by U+FFFD with one warning per input.
 *
 * Writer: one buffer in front of stdout, flushed when full, at the end, or
 * after every record under --line-buffered.
 */
#ifndef CW_RECORD_H
#define CW_RECORD_H

#include <stddef.h>
#include <string.h>

#include "buf.h"

struct line {
	char *data;   /* not NUL-terminated; may be modified in place */
	size_t len;   /* without the newline and any CR before it */
};

struct field {
	char *s;
	size_t len;
};

struct rec_reader {
	const char *name;       /* "stdin" or the path, for messages */
	int fd;                 /* -1 when reading from memory */
	int owns_fd;            /* close fd at rr_close (not for stdin) */
	const char *mem;        /* rr_open_mem: the bytes not yet taken */
	size_t memlen;
	char *buf;              /* unread bytes are buf[pos, end) */
	size_t cap, pos, end;
	size_t scanned;         /* bytes after pos known to hold no newline */
	unsigned long lineno;   /* number of the line last returned */
	int eof;
	int warned_utf8;        /* the invalid-UTF-8 warning was given */
	unsigned long repaired; /* lines that needed U+FFFD */
	struct buf fixed;       /* the repaired copy of the current line */
};

/* Open PATH ("-" is stdin).  On failure warn and return -1. */
int rr_open(struct rec_reader *r, const char *path);
/* Read records from memory instead (tests, fuzzing); name is for messages. */
void rr_open_mem(struct rec_reader *r, const char *name, const char *data,
    size_t len);
/* Next line: 1 and *l set, 0 at end of input, -1 on a read error (warned). */
int rr_next(struct rec_reader *r, struct line *l);
void rr_close(struct rec_reader *r);

/* Split l at TABs into at most max fields; the last one keeps any further
 * TABs.  Returns the number of fields (>= 1). */
size_t rec_split(const struct line *l, struct field *f, size_t max);

/* Undo the \t \n \r \\ escapes in place; any other backslash stays.
 * Returns the new length. */
size_t rec_unescape(char *s, size_t n);

/*
 * A text record: SOURCE, LOC, TEXT, then fields owned by other tools, kept
 * raw in rest (which starts with the TAB before them, or is empty).  A line
 * with no TAB at all is plain text: SOURCE "-", LOC its line number, TEXT
 * the line as it stands (not unescaped).
 */
struct textrec {
	struct field source, loc, text, rest;
	unsigned long para, sent;   /* sent is 0 for a paragraph LOC */
	int plain;
};

/* Parse l (TEXT unescaped in place).  Returns 0, or -1 after reporting
 * "PROG: FILE:LINE: what is wrong" for a malformed record. */
int rec_parse_text(struct rec_reader *r, struct line *l, struct textrec *t);

/*
 * The next well-formed text record of r: returns 1, or 0 when there is no
 * more.  A malformed record is reported by rec_parse_text, skipped, and
 * sets *status to CW_BADREC; a read error (reported) ends the input and
 * sets it to CW_TROUBLE.  So every text tool reads its input with one loop.
 */
int rr_next_text(struct rec_reader *r, struct textrec *t, int *status);

/* Parse a LOC field: returns 0 and sets para/sent (sent 0 for "P"), or -1. */
int rec_parse_loc(const char *s, size_t n, unsigned long *para,
    unsigned long *sent);

/* ---- writer ---- */

struct out_state {
	char *buf;
	size_t len, cap;
	int line_buffered;
};
extern struct out_state cw_out;

void out_flush(void);
void out_write_slow(const char *s, size_t n);
void out_set_line_buffered(int on);
/* Flush and check stdout; returns CW_OK or CW_TROUBLE (after a message). */
int out_finish(void);

static inline void
out_write(const char *s, size_t n)
{
	if (cw_out.cap - cw_out.len >= n) {
		if (n)
			memcpy(cw_out.buf + cw_out.len, s, n);
		cw_out.len += n;
	} else
		out_write_slow(s, n);
}

static inline void
out_putc(char c)
{
	if (cw_out.len == cw_out.cap)
		out_flush();
	cw_out.buf[cw_out.len++] = c;
}

static inline void
out_puts(const char *s)
{
	out_write(s, strlen(s));
}

static inline void
out_field(const struct field *f)
{
	out_write(f->s, f->len);
}

/* Write s escaped per crosswire(5): TAB, LF, CR and backslash. */
void out_escaped(const char *s, size_t n);
void out_ulong(unsigned long v);
/* End the record: newline, and a flush under --line-buffered. */
void out_endrec(void);

#endif
