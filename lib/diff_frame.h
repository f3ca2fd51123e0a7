/*
 * diff_frame.h - how each outlet frames the people and groups of a story:
 * the lines of diff-sources --terms that read the words around names.
 *
 *   swap alias  two names the text itself says are one ("Jabhat Fateh
 *               al-Sham, formerly known as al-Nusra Front"; "The group was
 *               previously known as the Nusra Front" after a sentence
 *               naming it);
 *   desc        the words an outlet puts beside a person's name: a title
 *               or role before it ("Syrian regime leader Bashar al-Assad",
 *               "President Bashar al-Assad", "Mr Assad") or an apposition
 *               ("Mohammed Alloush, head of the rebel delegation, said");
 *   mark        distancing words (so-called, purportedly, self-styled)
 *               and what they qualify.
 *
 * alias and desc need tag-entities' field; mark does not.  Every pass is
 * one walk over the sentences plus a sort of what it found.
 */
#ifndef CW_DIFF_FRAME_H
#define CW_DIFF_FRAME_H

#include <stddef.h>

#include "diff.h"

/* Write the lines of one story; key is its key (klen bytes) under
 * --story-field, else NULL. */
void dframe_terms(const struct diff_story *st, const char *key,
    size_t klen);
/* The same for the --html page: three sections to end a story's. */
void dframe_html(const struct diff_story *st);

#endif
