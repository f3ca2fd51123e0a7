/*
 * qdoc.h - one document of text records, put back together for reading
 * quotations: the consecutive records of one SOURCE (from one input), the
 * sentences of a paragraph (consecutive records P.1, P.2 ... with the same
 * P) joined by a space, paragraphs kept apart, and tag-entities' mentions
 * moved to offsets in the joined text.  Each record stays known as a
 * piece, so any offset maps back to its LOC and input line.
 */
#ifndef CW_QDOC_H
#define CW_QDOC_H

#include <stddef.h>

#include "buf.h"
#include "mention.h"
#include "quote.h"
#include "record.h"

struct qdoc_piece {
	size_t start;           /* offset of the record's text */
	size_t loc, loclen;     /* its LOC, in qdoc.locs */
	unsigned long lineno;   /* its input line */
};

struct qdoc {
	struct buf text;        /* paragraphs separated by a newline */
	struct quote_para *paras;
	size_t npara, paracap;
	struct qdoc_piece *pieces;
	size_t npiece, piececap;
	struct buf locs;
	struct mention_list ments;
	struct buf canon;       /* the mentions' names */
	int have_mentions;      /* some record carried the field */
	struct buf source;
	const char *file;       /* the input, for messages */
	unsigned long para_no;  /* P of the last sentence record */
	int para_open;          /* the last paragraph may take more sentences */
	unsigned long story_field;      /* --story-field: that field (4 or more)
	                                   is no mention field; 0 none */
};

/* Does the record (source, from file) belong to the document so far? */
int qdoc_continues(const struct qdoc *d, const char *file,
    const struct field *source);

/*
 * Add a parsed record.  Its mention field is the first field after TEXT
 * that is not the story field.  Returns 0, or -1 after a warning when its mention
 * field is malformed (the record is kept, its mentions dropped).
 */
int qdoc_add(struct qdoc *d, const char *file, unsigned long lineno,
    const struct textrec *t);

/* The piece holding offset off. */
const struct qdoc_piece *qdoc_piece_at(const struct qdoc *d, size_t off);

/* Empty the document (memory kept for the next). */
void qdoc_reset(struct qdoc *d);
void qdoc_free(struct qdoc *d);

#endif
