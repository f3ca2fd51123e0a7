/* record.c - reading and writing crosswire(5) records (see record.h). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "record.h"
#include "utf8.h"

#define READ_CHUNK (128 * 1024)
#define OUT_CAP (64 * 1024)

int
rr_open(struct rec_reader *r, const char *path)
{
	memset(r, 0, sizeof(*r));
	if (strcmp(path, "-") == 0) {
		r->name = "stdin";
		r->fd = STDIN_FILENO;
	} else {
		r->name = path;
		r->fd = open(path, O_RDONLY);
		if (r->fd < 0) {
			cw_warn("%s", path);
			return -1;
		}
		r->owns_fd = 1;
	}
	r->cap = READ_CHUNK;
	r->buf = cw_malloc(r->cap);
	return 0;
}

void
rr_open_mem(struct rec_reader *r, const char *name, const char *data,
    size_t len)
{
	memset(r, 0, sizeof(*r));
	r->name = name;
	r->fd = -1;
	r->mem = data;
	r->memlen = len;
	r->cap = READ_CHUNK;
	r->buf = cw_malloc(r->cap);
}

void
rr_close(struct rec_reader *r)
{
	if (r->owns_fd)
		close(r->fd);
	free(r->buf);
	buf_free(&r->fixed);
	r->buf = NULL;
}

/* Read more bytes after end, making room first.  Returns bytes read, 0 at
 * end of input, -1 on error (warned). */
static ssize_t
fill(struct rec_reader *r)
{
	ssize_t n;

	if (r->pos > 0 && (r->end == r->cap || r->pos > r->cap / 2)) {
		memmove(r->buf, r->buf + r->pos, r->end - r->pos);
		r->end -= r->pos;
		r->pos = 0;
	}
	if (r->end == r->cap) {
		if (r->cap > SIZE_MAX / 2)
			cw_errx(CW_TROUBLE, "%s: line too long", r->name);
		r->cap *= 2;
		r->buf = cw_realloc(r->buf, r->cap);
	}
	if (r->fd < 0) {
		size_t take = r->cap - r->end < r->memlen ? r->cap - r->end :
		    r->memlen;

		if (take > 0)
			memcpy(r->buf + r->end, r->mem, take);
		r->mem += take;
		r->memlen -= take;
		r->end += take;
		return (ssize_t)take;
	}
	do
		n = read(r->fd, r->buf + r->end, r->cap - r->end);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		cw_warn("%s: read error", r->name);
		return -1;
	}
	r->end += (size_t)n;
	return n;
}

int
rr_next(struct rec_reader *r, struct line *l)
{
	char *nl;
	size_t len, ok;

	for (;;) {
		size_t from = r->pos + r->scanned;

		nl = memchr(r->buf + from, '\n', r->end - from);
		if (nl != NULL)
			break;
		r->scanned = r->end - r->pos;
		if (r->eof) {
			if (r->end == r->pos)
				return 0;
			break;          /* last line without a newline */
		}
		{
			ssize_t n = fill(r);

			if (n < 0)
				return -1;
			if (n == 0)
				r->eof = 1;
		}
	}
	l->data = r->buf + r->pos;
	if (nl != NULL) {
		len = (size_t)(nl - l->data);
		r->pos += len + 1;
	} else {
		len = r->end - r->pos;
		r->pos = r->end;
	}
	r->scanned = 0;
	r->lineno++;
	if (len > 0 && l->data[len - 1] == '\r')
		len--;
	l->len = len;

	ok = utf8_valid_prefix(l->data, len);
	if (ok < len) {
		buf_reset(&r->fixed);
		utf8_repair(l->data, len, &r->fixed);
		l->data = r->fixed.data;
		l->len = r->fixed.len;
		r->repaired++;
		if (!r->warned_utf8) {
			cw_warnat(r->name, r->lineno,
			    "invalid UTF-8 or NUL byte replaced by U+FFFD"
			    " (reported once per input)");
			r->warned_utf8 = 1;
		}
	}
	return 1;
}

size_t
rec_split(const struct line *l, struct field *f, size_t max)
{
	char *p = l->data, *end = l->data + l->len;
	size_t n = 0;

	while (n + 1 < max) {
		char *tab = memchr(p, '\t', (size_t)(end - p));

		if (tab == NULL)
			break;
		f[n].s = p;
		f[n].len = (size_t)(tab - p);
		n++;
		p = tab + 1;
	}
	f[n].s = p;
	f[n].len = (size_t)(end - p);
	return n + 1;
}

size_t
rec_unescape(char *s, size_t n)
{
	char *bs = memchr(s, '\\', n);
	size_t i, o;

	if (bs == NULL)
		return n;
	o = i = (size_t)(bs - s);
	while (i < n) {
		char c = s[i];

		if (c == '\\' && i + 1 < n) {
			switch (s[i + 1]) {
			case 't': c = '\t'; i++; break;
			case 'n': c = '\n'; i++; break;
			case 'r': c = '\r'; i++; break;
			case '\\': c = '\\'; i++; break;
			default: break;   /* any other backslash is literal */
			}
		}
		s[o++] = c;
		i++;
	}
	return o;
}

/* Parse a positive decimal integer with no sign and no leading zero. */
static int
parse_count(const char *s, size_t n, unsigned long *v)
{
	unsigned long x = 0;
	size_t i;

	if (n == 0 || s[0] == '0')
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		if (x > (ULONG_MAX - 9) / 10)
			return -1;
		x = x * 10 + (unsigned long)(s[i] - '0');
	}
	*v = x;
	return 0;
}

int
rec_parse_loc(const char *s, size_t n, unsigned long *para, unsigned long *sent)
{
	const char *dot = memchr(s, '.', n);

	if (dot == NULL) {
		*sent = 0;
		return parse_count(s, n, para);
	}
	if (parse_count(s, (size_t)(dot - s), para) < 0)
		return -1;
	return parse_count(dot + 1, n - (size_t)(dot - s) - 1, sent);
}

int
rec_parse_text(struct rec_reader *r, struct line *l, struct textrec *t)
{
	struct field f[4];
	size_t nf;

	memset(t, 0, sizeof(*t));
	nf = rec_split(l, f, 4);
	if (nf == 1) {
		t->plain = 1;
		t->source.s = "-";
		t->source.len = 1;
		t->loc.s = NULL;
		t->loc.len = 0;
		t->text = f[0];
		t->para = r->lineno;
		return 0;
	}
	if (nf == 2) {
		cw_warnat(r->name, r->lineno,
		    "want SOURCE<TAB>LOC<TAB>TEXT, found 2 fields");
		return -1;
	}
	if (f[0].len == 0) {
		cw_warnat(r->name, r->lineno, "empty SOURCE");
		return -1;
	}
	if (rec_parse_loc(f[1].s, f[1].len, &t->para, &t->sent) < 0) {
		cw_warnat(r->name, r->lineno,
		    "bad LOC \"%.*s\": want P or P.S, positive integers",
		    f[1].len > 40 ? 40 : (int)f[1].len, f[1].s);
		return -1;
	}
	t->source = f[0];
	t->loc = f[1];
	t->text = f[2];
	if (nf == 4) {
		/* rest starts at the TAB that ended TEXT */
		t->rest.s = f[3].s - 1;
		t->rest.len = f[3].len + 1;
	} else {
		t->rest.s = f[2].s + f[2].len;
		t->rest.len = 0;
	}
	t->text.len = rec_unescape(t->text.s, t->text.len);
	return 0;
}

int
rr_next_text(struct rec_reader *r, struct textrec *t, int *status)
{
	struct line l;
	int got;

	while ((got = rr_next(r, &l)) > 0) {
		if (rec_parse_text(r, &l, t) == 0)
			return 1;
		*status = CW_BADREC;
	}
	if (got < 0)
		*status = CW_TROUBLE;
	return 0;
}

/* ---- writer ---- */

static char out_storage[OUT_CAP];
struct out_state cw_out = { out_storage, 0, OUT_CAP, 0 };
static int out_failed;

void
out_set_line_buffered(int on)
{
	cw_out.line_buffered = on;
}

static void
write_all(const char *p, size_t n)
{
	while (n > 0 && !out_failed) {
		ssize_t w = write(STDOUT_FILENO, p, n);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EPIPE)
				exit(CW_OK);    /* reader went away: end quietly */
			cw_warn("write error");
			out_failed = 1;
			return;
		}
		p += w;
		n -= (size_t)w;
	}
}

void
out_flush(void)
{
	write_all(cw_out.buf, cw_out.len);
	cw_out.len = 0;
}

void
out_write_slow(const char *s, size_t n)
{
	out_flush();
	if (n >= cw_out.cap)
		write_all(s, n);
	else {
		memcpy(cw_out.buf, s, n);
		cw_out.len = n;
	}
}

/* 1 for the bytes crosswire(5) escapes inside a field. */
static const unsigned char needs_escape[256] = {
	['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\\'] = 1,
};

/*
 * Could the 8 bytes of w hold a byte to escape?  True when one of them is
 * below 0x0E (TAB, LF, CR and a few others) or is a backslash; a false
 * alarm only costs a look at each byte.  Text seldom needs escaping, so
 * out_escaped() passes over it a word at a time.
 */
static inline int
word_may_escape(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t highs = 0x8080808080808080ULL;
	uint64_t bs = w ^ (ones * '\\');

	return ((((w - ones * 0x0E) & ~w) | ((bs - ones) & ~bs)) & highs) != 0;
}

void
out_escaped(const char *s, size_t n)
{
	size_t i = 0, run = 0, end;
	uint64_t w;

	for (;;) {
		while (i + 8 <= n) {
			memcpy(&w, s + i, 8);
			if (word_may_escape(w))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		/* look at the next (at most) 8 bytes one by one */
		for (end = i + 8 < n ? i + 8 : n; i < end; i++) {
			unsigned char c = (unsigned char)s[i];

			if (!needs_escape[c])
				continue;
			out_write(s + run, i - run);
			out_putc('\\');
			out_putc(c == '\t' ? 't' : c == '\n' ? 'n' :
			    c == '\r' ? 'r' : '\\');
			run = i + 1;
		}
	}
	out_write(s + run, n - run);
}

void
out_ulong(unsigned long v)
{
	char tmp[24];
	size_t i = sizeof(tmp);

	if (v < 10) {           /* most paragraph and sentence numbers */
		out_putc((char)('0' + v));
		return;
	}
	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	out_write(tmp + i, sizeof(tmp) - i);
}

void
out_endrec(void)
{
	out_putc('\n');
	if (cw_out.line_buffered)
		out_flush();
}

int
out_finish(void)
{
	out_flush();
	return out_failed ? CW_TROUBLE : CW_OK;
}
