/*
 * writer_test.c - unit tests for the record writer's escaping (lib/record.c
 * out_escaped, which passes over text a word at a time) and out_ulong: the
 * output is read back from a file that stands in for standard output.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "record.h"

static char path[64];

/* Escape s the slow, obvious way. */
static size_t
reference(const char *s, size_t n, char *out)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '\t': out[o++] = '\\'; out[o++] = 't'; break;
		case '\n': out[o++] = '\\'; out[o++] = 'n'; break;
		case '\r': out[o++] = '\\'; out[o++] = 'r'; break;
		case '\\': out[o++] = '\\'; out[o++] = '\\'; break;
		default: out[o++] = s[i]; break;
		}
	}
	return o;
}

/* Everything written to standard output since the last call. */
static size_t
written(char *buf, size_t cap)
{
	ssize_t n;
	int fd;

	out_flush();
	fd = open(path, O_RDONLY);
	n = fd < 0 ? -1 : read(fd, buf, cap);
	if (fd >= 0)
		close(fd);
	if (ftruncate(STDOUT_FILENO, 0) != 0 ||
	    lseek(STDOUT_FILENO, 0, SEEK_SET) != 0) {
		perror("ftruncate");
		exit(2);
	}
	return n < 0 ? 0 : (size_t)n;
}

static void
test_escaping(void)
{
	static const char *const texts[] = {
		"", "plain text with no escapes at all, long enough for words",
		"\t", "\\", "a\tb\nc\rd\\e", "\\\\\\\\\\\\\\\\\\\\\\\\",
		"01234567\t01234567\n0123456\r01234\\", "\x01\x0b\x0c\x0d\x0e",
		"caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d\t\xf0\x9f\x98\x80\\n",
	};
	char got[512], want[512];
	size_t i, k, n, wn, gn;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		n = strlen(texts[i]);
		/* every starting offset, so escapes fall at every place in
		 * a word */
		for (k = 0; k <= n; k++) {
			out_escaped(texts[i] + k, n - k);
			gn = written(got, sizeof(got));
			wn = reference(texts[i] + k, n - k, want);
			check(gn == wn && memcmp(got, want, wn) == 0,
			    "text %zu from %zu: got \"%.*s\"", i, k, (int)gn, got);
		}
	}
}

static void
test_numbers(void)
{
	char got[64];
	size_t n;

	out_ulong(0);
	out_putc(' ');
	out_ulong(7);
	out_putc(' ');
	out_ulong(10);
	out_putc(' ');
	out_ulong(4294967295UL);
	n = written(got, sizeof(got));
	check(n == 17 && memcmp(got, "0 7 10 4294967295", 17) == 0,
	    "out_ulong: got \"%.*s\"", (int)n, got);
}

int
main(void)
{
	int fd, saved = dup(STDOUT_FILENO);

	strcpy(path, "/tmp/cw-writer-test.XXXXXX");
	fd = mkstemp(path);
	if (fd < 0 || saved < 0 || dup2(fd, STDOUT_FILENO) < 0) {
		perror("mkstemp");
		return 2;
	}
	close(fd);
	test_escaping();
	test_numbers();
	dup2(saved, STDOUT_FILENO);
	close(saved);
	unlink(path);
	return check_done("writer_test");
}
