/*
 * diff.h - the grouping core of diff-sources(1): sentences of several
 * sources on one story in, groups of sentences that state the same thing
 * out.
 *
 * A story collects sentences with diff_add(); diff_group() then
 *
 *  1. weighs each sentence's terms (diff_token.h) by their rarity in the
 *     story (idf = ln((N + 1) / (df + 0.5)), N sentences, df of them with
 *     the term) and scales each sentence's vector to unit length;
 *  2. finds, through an inverted index (of all terms but GloVe
 *     neighbours), for each sentence the sentences of other sources whose
 *     cosine with it reaches the threshold (at most DIFF_MAX_EDGES, the
 *     closest kept), and keeps those that share a content term with it,
 *     not only names, numbers and dates;
 *  3. merges groups best first (group-average linkage: the mean cosine over
 *     all pairs of the two groups, which sums of unit vectors give without
 *     visiting the pairs) while the best mean reaches the threshold.
 *
 * Only pairs found in step 2 start merges, so no step looks at every pair
 * of sentences.  Sentences are processed in a canonical order (source,
 * LOC, text), so the groups depend on the set of records, not on the order
 * they came in; ties break on that order too.
 *
 * A fuzzing harness needs only diff_init, diff_add, diff_group, diff_free:
 * every sentence added must come out in exactly one group.
 */
#ifndef CW_DIFF_H
#define CW_DIFF_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "diff_intern.h"

#define DIFF_THRESHOLD 0.14   /* mean cosine for two groups to merge */
#define DIFF_MAX_EDGES 8      /* closest sentences kept per sentence */
#define DIFF_WINDOW 1000      /* earlier sentences looked at per term */
#define DIFF_LEAD_WEIGHT 0.05 /* the inverted-pyramid prior (diff.c) */
#define DIFF_LEAD_SENTENCES 4
#define DIFF_TOPIC_REPEAT 4   /* sentences per outlet of a topic word */
#define DIFF_SIDE_WORDS 24    /* words read on each side of a directed verb */

/* One input sentence, as diff_add() takes it. */
struct diff_input {
	const char *source, *loc, *text, *rest;
	size_t source_len, loc_len, text_len, rest_len;
	unsigned long para, sent;      /* the parsed LOC */
	const char *mentions;          /* tag-entities' field, or NULL */
	size_t mentions_len;
};

struct diff_sent {
	uint32_t source;               /* id in diff_story.sources */
	size_t loc, text, rest;        /* offsets in diff_story.bytes */
	size_t loc_len, text_len, rest_len;
	unsigned long para, sent;
	size_t term, nterm;            /* its terms: tid[term, term+nterm) */
	size_t ent, nent;              /* its entity mentions: eid[...] */
	uint32_t verb;                 /* its first directed verb (in roles),
					  or UINT32_MAX */
	size_t role, nagent, npatient; /* the words of that verb's two sides:
					  rid[role, role+nagent), then
					  npatient more */
	uint32_t group;                /* 0-based, in output order */
};

struct diff_group_info {
	size_t first, count;          /* members: order[first, first+count) */
	uint32_t nsource;              /* distinct sources */
	uint32_t rep;                  /* the sentence closest to the centroid */
};

struct diff_story {
	struct dint sources;           /* in order of first appearance */
	struct dint terms;
	struct dint ents;              /* "TYPE:canonical" */
	struct diff_sent *s;
	size_t n, cap;
	struct buf bytes;              /* locs, texts, rests */
	uint32_t *tid;                 /* term ids of all sentences */
	float *tw;                     /* factor, then weight of each */
	unsigned char *tkind;          /* and its DTOK_CONTENT if any of its
					  words is content, DTOK_NEIGHBOUR
					  if it is only a neighbour */
	size_t nt, tcap;
	size_t *term_at;               /* per term id: its last entry in tid,
					  so that a sentence keeps a term once
					  without searching its other terms
					  (a "sentence" may be a table of
					  thousands of words) */
	size_t term_cap;
	struct dint surfaces;          /* mentions as written */
	uint32_t *eid;                 /* entity ids of all sentences */
	uint32_t *esurf;               /* and the surface id of each */
	size_t *espan;                 /* and its START, END in the text */
	size_t ne, ecap;
	int have_mentions;             /* some sentence had the field */
	struct dint roles;             /* stems of the verbs' sides */
	uint32_t *rid;
	size_t nr, rcap;
	/* after diff_group(): */
	uint32_t *order;               /* sentences in output order */
	struct diff_group_info *g;
	size_t ngroups;
};

void diff_init(struct diff_story *st);
/* Add one sentence.  Returns 0, or -1 if the mention field is malformed
 * (the sentence is added all the same, without the field). */
int diff_add(struct diff_story *st, const struct diff_input *in);
/* Group the sentences added (may be called once). */
void diff_group(struct diff_story *st, double threshold);
void diff_free(struct diff_story *st);

/* Accessors. */
static inline const char *
diff_text(const struct diff_story *st, size_t i, size_t *len)
{
	*len = st->s[i].text_len;
	return st->bytes.data + st->s[i].text;
}

#endif
