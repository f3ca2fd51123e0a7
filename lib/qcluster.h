/*
 * qcluster.h - group quotation occurrences that carry the same utterance.
 *
 * Texts are compared as sequences of normalised words: NFKC, case and
 * diacritics folded, apostrophes dropped (there's = theres), other
 * punctuation a word break, a plural -s/-es/-ies made singular.  Two
 * occurrences are one utterance when
 *   - their words are equal (exact up to case, punctuation and number);
 *   - both have four words or more and one differs from the other by a
 *     single word changed, added or dropped;
 *   - both have four words or more and 70% of the word pairs (bigrams) of
 *     the shorter one appear in the longer (near-identical, or one a
 *     fragment of the other);
 *   - the shorter has two or three words, all its word pairs appear in
 *     longer quotations, and those all belong to one utterance (or to one
 *     whose speaker agrees): a fragment joins the one quotation it comes
 *     from and never ties two others together;
 *   - the shorter is one word, the same holds for the word.
 * A term (scare quotes, a name) joins others only by equal words.
 *
 * Scale: the distinct texts are indexed by word pair; each text is
 * compared only with the texts listed under its rarest pairs (at most
 * QC_MAX_POSTING of each, QC_MAX_SCAN for a fragment's containers), so the
 * work is linear in the input words, with no comparison of every pair.  Numbering is by first appearance, so the
 * result depends on the input order only.
 */
#ifndef CW_QCLUSTER_H
#define CW_QCLUSTER_H

#include <stddef.h>
#include <stdint.h>

#define QC_MAX_POSTING 256      /* texts compared per rare pair */
#define QC_MAX_SCAN 4096        /* containers looked at per fragment */

struct qc;

struct qc *qc_new(void);
void qc_free(struct qc *c);

/* Add the next occurrence.  speaker is a key for its speaker's name (0 for
 * none); a fragment never joins a quotation whose speaker key differs
 * when it could join another.  Returns the occurrence's index. */
size_t qc_add(struct qc *c, const char *text, size_t len, int is_term,
    uint64_t speaker);

/* Cluster the occurrences: cluster[i] for occurrence i, numbered from 0 in
 * the order of first appearance.  Returns the number of clusters; the
 * array belongs to c. */
size_t qc_cluster(struct qc *c, const uint32_t **cluster);

/* The normalised words of s[0, n) as hashes in *words (grown as needed);
 * returns their number.  For tests and for keys. */
size_t qc_words(const char *s, size_t n, uint64_t **words, size_t *cap);

/* A key for a speaker's name: its folded last word (0 for ""). */
uint64_t qc_name_key(const char *s, size_t n);

#endif
