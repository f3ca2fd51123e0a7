/*
 * sentence.c - fuzz the sentence splitter: whatever the bytes, the spans
 * are in order, inside the text, non-empty and trimmed, and no byte outside
 * them is anything but whitespace.  (The reader hands the splitter valid
 * UTF-8; here it gets anything and must still neither crash nor lose text.
 * Multi-byte spaces are checked by tests/unit/sentence_test.c.)
 */
#include <stdint.h>
#include <stdlib.h>

#include "sentence.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
space_or_wide(uint8_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v' || c >= 0x80;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct sent_list l;     /* reused, as split-sentences does */
	size_t i, k, prev = 0;

	sent_split((const char *)data, size, &l);
	for (i = 0; i < l.n; i++) {
		size_t s = l.v[i].start, e = l.v[i].end;

		if (s < prev || e <= s || e > size)
			abort();
		if ((data[s] < 0x80 && space_or_wide(data[s])) ||
		    (data[e - 1] < 0x80 && space_or_wide(data[e - 1])))
			abort();
		for (k = prev; k < s; k++)
			if (!space_or_wide(data[k]))
				abort();
		prev = e;
	}
	for (k = prev; k < size; k++)
		if (!space_or_wide(data[k]))
			abort();
	return 0;
}
