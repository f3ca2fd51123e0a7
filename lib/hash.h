/*
 * hash.h - the FNV-1a string hashes every table in crosswire uses.
 *
 * FNV-1a (Fowler, Noll, Vo): short strings, a good enough spread and no
 * seed, so tables, ids and the hashed NER features are the same on every
 * run and every machine.  (Those that index a table by the low bits of a
 * 64-bit hash mix it first, each its own way.)
 */
#ifndef CW_HASH_H
#define CW_HASH_H

#include <stddef.h>
#include <stdint.h>

#define FNV64_OFFSET 0xcbf29ce484222325ULL
#define FNV64_PRIME 0x100000001b3ULL
#define FNV32_OFFSET 2166136261u
#define FNV32_PRIME 16777619u

/* Continue the 64-bit hash h over n more bytes. */
static inline uint64_t
fnv1a64_more(uint64_t h, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= FNV64_PRIME;
	}
	return h;
}

static inline uint64_t
fnv1a64(const char *s, size_t n)
{
	return fnv1a64_more(FNV64_OFFSET, s, n);
}

static inline uint32_t
fnv1a32(const char *s, size_t n)
{
	uint32_t h = FNV32_OFFSET;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= FNV32_PRIME;
	}
	return h;
}

#endif
