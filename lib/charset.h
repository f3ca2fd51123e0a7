/*
 * charset.h - which character encoding a page is in, and conversion to
 * UTF-8.  crosswire reads UTF-8 and the two Western legacy encodings that
 * news pages still use, windows-1252 and ISO-8859-1 (which browsers, and
 * so we, read as windows-1252: it is a superset for every byte that
 * matters).
 *
 * The encoding is decided as a browser would, with one exception for
 * mislabelled pages: a byte-order mark wins; then bytes that are valid
 * UTF-8 with non-ASCII characters in them are UTF-8 whatever the page
 * declares (servers label UTF-8 pages "iso-8859-1" far more often than
 * the other way round), and so are bytes with at least as many valid
 * multi-byte sequences as invalid bytes (a UTF-8 page with some damage);
 * otherwise a declared legacy encoding (<meta charset>, http-equiv
 * Content-Type) or, failing one, windows-1252.
 */
#ifndef CW_CHARSET_H
#define CW_CHARSET_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

enum charset {
	CHARSET_NONE = 0,       /* nothing declared */
	CHARSET_UTF8,
	CHARSET_WINDOWS_1252,   /* also ISO-8859-1, US-ASCII, latin1 ... */
	CHARSET_OTHER           /* declared, but not one we convert */
};

/* The encoding a WHATWG label names ("utf-8", "ISO-8859-1", "cp1252" ...);
 * leading and trailing whitespace is ignored, case too. */
enum charset charset_from_label(const char *label, size_t n);

/* The code point of windows-1252 byte b (the undefined bytes 0x81, 0x8D,
 * 0x8F, 0x90 and 0x9D map to the C1 controls, as browsers do). */
int32_t charset_cp1252(unsigned char b);

/*
 * The encoding an HTML page declares in a <meta> element in its head
 * (charset="..." or http-equiv="Content-Type" content="...; charset=...").
 * Looks at no more than the first 64 KiB and stops at <body.  The label
 * found, if any, is returned in *label, *label_len (pointing into data).
 */
enum charset charset_declared(const char *data, size_t len,
    const char **label, size_t *label_len);

/*
 * Decide the encoding of data (declared is what the page says, or
 * CHARSET_NONE): CHARSET_UTF8 or CHARSET_WINDOWS_1252.  *bom is set to the
 * length of a UTF-8 byte-order mark to skip (0 or 3).
 */
enum charset charset_decide(const char *data, size_t len,
    enum charset declared, size_t *bom);

/*
 * Append data converted from cs to UTF-8 onto out: windows-1252 is mapped
 * byte by byte; UTF-8 is copied with ill-formed sequences and NUL bytes
 * replaced by U+FFFD.  Returns the number of bytes replaced by U+FFFD (for
 * windows-1252, the NUL bytes).
 */
size_t charset_to_utf8(const char *data, size_t len, enum charset cs,
    struct buf *out);

#endif
