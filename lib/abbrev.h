/*
 * abbrev.h - the word lists of the sentence splitter: abbreviations by the
 * way they behave before a period, the words that usually start a
 * sentence, and the prepositions that open one.
 *
 * The lists are written, with their reasons, in lib/abbrev.txt;
 * lib/abbrev_gen.py compiles them into lib/abbrev_data.c (`make data`).
 */
#ifndef CW_ABBREV_H
#define CW_ABBREV_H

#include <stddef.h>

/* Classes of a word (bits; a word may have several). */
#define ABBREV_TITLE       0x01  /* "Mr.": a name follows, never an end */
#define ABBREV_NUMBER      0x02  /* "No.", "p.", "Jan.": no end before a digit */
#define ABBREV_AMBIGUOUS   0x04  /* "Co.", "U.S.": an end before a starter */
#define ABBREV_INNER       0x08  /* "e.g.", "vs.": never an end */
#define ABBREV_STARTER     0x10  /* "The", "He": often starts a sentence */
#define ABBREV_PREPOSITION 0x20  /* "At": may open a sentence with a time */
#define ABBREV_CLOSING     0x40  /* "regards": "Best regards," ends a letter */
#define ABBREV_GREETING    0x80  /* "Dear": "Dear All," opens one */
#define ABBREV_DOMAIN      0x100 /* "com": "Newsfeed.Com" is one word */
#define ABBREV_TIME        0x200 /* "p.m.": an end before a capital ... */
#define ABBREV_CALENDAR    0x400 /* ... but for "Monday", "Jan." */

#define ABBREV_MAX 15            /* longest word in the lists, in bytes */

struct abbrev_word {
	const char *word;        /* ASCII letters folded to lower case */
	unsigned char len;
	unsigned short any_case; /* classes whatever the case in the text */
	unsigned short capital;  /* classes only when the text's first letter
	                          * is a capital */
};

/* Generated data (lib/abbrev_data.c). */
extern const char abbrev_magic[4];          /* "CWAB" */
extern const unsigned abbrev_version;
extern const unsigned abbrev_nwords, abbrev_mask;
extern const struct abbrev_word abbrev_words[];
extern const unsigned short abbrev_slots[];  /* abbrev_mask + 1 of them */

/* The classes of the word w[0, n) as written in the text (without its
 * final period), or 0 when it is in no list. */
unsigned abbrev_lookup(const char *w, size_t n);

#endif
