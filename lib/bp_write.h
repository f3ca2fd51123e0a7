/*
 * bp_write.h - the records strip-boilerplate writes for a classified page
 * (crosswire(5)): paragraphs SOURCE<TAB>P<TAB>TEXT, where glued pieces
 * that are both kept stay one paragraph; block records with the decision,
 * its reason and the features behind it; metadata records
 * SOURCE<TAB>FIELD<TAB>VALUE.  SOURCE is src[0, srclen).
 */
#ifndef CW_BP_WRITE_H
#define CW_BP_WRITE_H

#include <stdio.h>

#include "bp.h"

void bp_write_paragraphs(const struct bp_page *pg, const char *src,
    size_t srclen);
void bp_write_explain(const struct bp_page *pg, const char *src,
    size_t srclen);
/* To stdout through the record writer, or to f when it is not NULL. */
void bp_write_meta(const struct bp_page *pg, const char *src, size_t srclen,
    FILE *f);

#endif
