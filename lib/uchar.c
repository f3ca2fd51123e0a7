/* uchar.c - character classes (see uchar.h). */
#include <utf8proc.h>

#include "uchar.h"
#include "utf8.h"

int
uc_is_letter(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
		return 1;
	default:
		return 0;
	}
}

int
uc_is_digit(int32_t cp)
{
	if (cp < 0x80)
		return cp >= '0' && cp <= '9';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

int
uc_is_upper(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
	    utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}

int
uc_is_space(int32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return 1;
	default:
		return cp == 0x85 || cp == 0x200B || cp == 0xFEFF;
	}
}

int
uc_is_dash(int32_t cp)
{
	if (cp < 0x80)
		return cp == '-';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_PD;
}

int32_t
uc_at(const char *s, size_t n, size_t i, size_t *len)
{
	int32_t cp;

	if ((unsigned char)s[i] < 0x80) {
		*len = 1;
		return (unsigned char)s[i];
	}
	*len = utf8_decode(s + i, n - i, &cp);
	return cp;
}

int32_t
uc_before(const char *s, size_t lo, size_t i, size_t *start)
{
	int32_t cp;
	size_t len;

	if (i <= lo) {
		*start = i;
		return -1;
	}
	if ((unsigned char)s[i - 1] < 0x80) {
		*start = i - 1;
		return (unsigned char)s[i - 1];
	}
	len = utf8_decode_last(s + lo, i - lo, &cp);
	*start = i - len;
	return cp;
}
