/*
 * mention.h - tag-entities' mention field (crosswire(5), "The mention
 * field"): TYPE:CANONICAL:START:END[|...], CANONICAL with %25 %7C %3A.
 */
#ifndef CW_MENTION_H
#define CW_MENTION_H

#include <stddef.h>

#include "buf.h"

enum mention_type { MENTION_PER, MENTION_ORG, MENTION_LOC, MENTION_MISC };

struct mention {
	size_t start, end;      /* bytes of the unescaped TEXT, END exclusive */
	int type;               /* enum mention_type */
	size_t canon, canonlen; /* the decoded CANONICAL, in the names buffer */
};

struct mention_list {
	struct mention *v;
	size_t n, cap;
};

/*
 * Parse the field f[0, n) of a record whose TEXT has text_len bytes and
 * append its mentions to out, each offset moved by shift, their names
 * decoded into names.  Returns 0, or -1 with *why set when the field is
 * malformed (then nothing is appended).
 */
int mention_parse(const char *f, size_t n, size_t text_len, size_t shift,
    struct mention_list *out, struct buf *names, const char **why);

void mention_list_free(struct mention_list *l);

#endif
