/*
 * uchar.h - character classes for reading text: letters, digits, spaces and
 * case, for any Unicode code point, with an ASCII fast path (utf8proc's
 * categories beyond ASCII).  Used by the quotation finder and the
 * attribution reader, which look at the characters beside a quote mark.
 */
#ifndef CW_UCHAR_H
#define CW_UCHAR_H

#include <stddef.h>
#include <stdint.h>

int uc_is_letter(int32_t cp);
int uc_is_digit(int32_t cp);
int uc_is_upper(int32_t cp);
/* White space, U+00A0 and the other Unicode spaces included. */
int uc_is_space(int32_t cp);
/* Dashes and hyphens (Pd). */
int uc_is_dash(int32_t cp);

/* The code point at s[i] (i < n), its length in *len; -1 when ill-formed. */
int32_t uc_at(const char *s, size_t n, size_t i, size_t *len);
/* The code point that ends just before s[i] (i > 0), its start in *start;
 * -1 when there is none (i == lo) or it is ill-formed. */
int32_t uc_before(const char *s, size_t lo, size_t i, size_t *start);

#endif
