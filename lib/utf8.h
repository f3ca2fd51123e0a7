/*
 * utf8.h - UTF-8 checking, repair, decoding and encoding.
 *
 * crosswire(5) text is UTF-8 without NUL bytes.  Readers check every line
 * with utf8_valid_prefix() (an ASCII fast path makes that nearly free) and
 * only on failure call utf8_repair(), which writes U+FFFD for each maximal
 * ill-formed subsequence (Unicode 15, section 3.9, "U+FFFD substitution of
 * maximal subparts") and for each NUL byte.
 */
#ifndef CW_UTF8_H
#define CW_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define UTF8_REPLACEMENT "\xEF\xBF\xBD"   /* U+FFFD */

/* Length of the longest prefix of s that is valid UTF-8 with no NUL byte. */
size_t utf8_valid_prefix(const char *s, size_t n);

/* Append s to out with every ill-formed subsequence and NUL replaced by
 * U+FFFD; returns the number of replacements made. */
size_t utf8_repair(const char *s, size_t n, struct buf *out);

/* Decode one code point at s (n > 0 bytes available).  Returns the number of
 * bytes consumed (1..4) and stores the code point, or -1 in *cp for an
 * ill-formed sequence (then the return value is the maximal subpart, >= 1). */
size_t utf8_decode(const char *s, size_t n, int32_t *cp);

/* Encode cp (a Unicode scalar value) into out[4]; returns the byte count. */
size_t utf8_encode(int32_t cp, char *out);

/* Decode the code point that ends just before s + n (n > 0); returns the
 * byte length, or 1 with *cp = -1 when the bytes there are ill-formed. */
size_t utf8_decode_last(const char *s, size_t n, int32_t *cp);

#endif
