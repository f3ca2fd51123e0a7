/*
 * cmp.h - qsort(3) comparators shared across lib: several tables sort
 * pairs packed into one 64-bit key (a term and a position, a row and a
 * source), high half first.
 */
#ifndef CW_CMP_H
#define CW_CMP_H

#include <stdint.h>

static inline int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

#endif
