/*
 * html_entity.h - HTML character references: the named ones of the WHATWG
 * table (all 2231, compiled in from html_entity_data.c, which
 * lib/html_entity_gen.py writes) and numeric ones (&#233; &#xE9;).
 *
 * The rules are those of the HTML standard's "character reference state":
 * the longest name in the table wins, the legacy names (amp, copy, eacute
 * ...) also match without ';', numeric references may lack ';', and the
 * code points a browser would refuse (0, surrogates, beyond U+10FFFF) become
 * U+FFFD while 0x80-0x9F are read as windows-1252, as browsers do.
 */
#ifndef CW_HTML_ENTITY_H
#define CW_HTML_ENTITY_H

#include <stddef.h>

#include "buf.h"

struct html_entity {
	const char *name;       /* without the ';' */
	const char *value;      /* UTF-8, one or two code points */
	unsigned char legacy;   /* also recognised without ';' */
};

/* The generated table, sorted bytewise by name. */
extern const struct html_entity html_entities[];
extern const char html_entity_magic[4];        /* "cwEN" */
extern const unsigned html_entity_version;     /* layout of the table */
extern const unsigned html_entity_count;       /* names in html_entities */
extern const unsigned html_entity_refs;        /* with the legacy forms */
extern const unsigned html_entity_longest;     /* longest name */

#define HTML_CHARREF_MAX 8      /* bytes a reference can decode to */

/* Look a name up (without ';'); NULL when it is not in the table. */
const struct html_entity *html_entity_lookup(const char *name, size_t n);

/*
 * Decode the character reference that starts at s[0] == '&' (n bytes
 * available).  Returns the bytes it spans and writes its UTF-8 value to out
 * (*outlen bytes), or returns 0 when s does not start a reference, so the
 * '&' stands for itself.  in_attribute applies the attribute-value rule:
 * a legacy name without ';' followed by '=' or a letter or digit is not a
 * reference there ("?a=1&copy=2").
 */
size_t html_charref(const char *s, size_t n, int in_attribute,
    char out[HTML_CHARREF_MAX], size_t *outlen);

/* Append s[0, n) to out with every character reference decoded.  Returns
 * the number of references decoded. */
size_t html_decode(const char *s, size_t n, int in_attribute, struct buf *out);

#endif
