/*
 * replay.c - a plain main for the libFuzzer harnesses in tests/fuzz/, as
 * utf8proc's test/fuzz_main.c: it feeds each file named on the command line
 * to LLVMFuzzerTestOneInput once.  `make check` runs every harness over its
 * corpus this way (with ASan and UBSan), so the corpus doubles as a
 * regression suite; `make fuzz` links the same harness with libFuzzer.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
main(int argc, char **argv)
{
	/* the summary goes to the stdout we were given: a harness may send
	 * its own stdout to /dev/null (diff.c does) */
	int out = dup(STDOUT_FILENO);
	FILE *summary;
	int i;

	for (i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		unsigned char *data;
		long n;

		if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
		    fseek(f, 0, SEEK_SET) != 0) {
			perror(argv[i]);
			return 2;
		}
		data = malloc((size_t)n + 1);
		if (data == NULL || fread(data, 1, (size_t)n, f) != (size_t)n) {
			perror(argv[i]);
			return 2;
		}
		fclose(f);
		LLVMFuzzerTestOneInput(data, (size_t)n);
		free(data);
	}
	if (out < 0 || (summary = fdopen(out, "w")) == NULL) {
		perror("replay");
		return 2;
	}
	fprintf(summary, "replayed %d inputs\n", argc - 1);
	return fclose(summary) == 0 ? 0 : 2;
}
