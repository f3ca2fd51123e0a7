/*
 * qstore.h - the quotation occurrences of a story, kept until the end of
 * the input, then clustered (qcluster.h) and written in dedupe-quotes(1)'s
 * formats.  Memory is linear in the occurrences: their texts, LOCs and
 * interned source and speaker names.
 */
#ifndef CW_QSTORE_H
#define CW_QSTORE_H

#include <stddef.h>

enum qs_kind { QS_QUOTE, QS_FRAGMENT, QS_TERM };

struct qstore;

struct qs_filter {
	int clusters;                   /* one line per cluster */
	unsigned long min_sources;      /* 0 or 1: all */
	int kind;                       /* enum qs_kind, or -1 for any */
	const char *speaker;            /* NULL for any */
	const char *story;              /* QIDs STORY/q1 ...; NULL: q1 ...;
	                                   the field as read (escaped) */
	size_t storylen;
};

struct qstore *qs_new(void);
void qs_free(struct qstore *s);

/* Keep one occurrence; speaker "" (length 0) for none.  A speaker may
 * hold names between the bytes \001 and \002: tag-entities' CANONICALs,
 * written out under the spelling qs_name() chose for each. */
void qs_add(struct qstore *s, const char *source, size_t sourcelen,
    const char *loc, size_t loclen, int kind, const char *speaker,
    size_t speakerlen, const char *text, size_t textlen);

/* A spelling (a mention's words) seen for a CANONICAL.  Each CANONICAL
 * is written as the fullest spelling any outlet used: the one with most
 * words, then most bytes, then the first; so that Mohammad and Mohammed
 * Alloush meet, yet read as an outlet wrote them. */
void qs_name(struct qstore *s, const char *canon, size_t canonlen,
    const char *spelling, size_t spellinglen);

size_t qs_count(const struct qstore *s);

/* Cluster and write everything kept, filtered.  Returns 0 when f names a
 * speaker that no occurrence kept has (whatever the other filters), so
 * that a misspelt name is told from one with nothing to show. */
int qs_write(struct qstore *s, const struct qs_filter *f);

/* The name of a kind, and the kind of a name (-1 when unknown). */
const char *qs_kind_name(int kind);
int qs_kind_of(const char *name);

#endif
