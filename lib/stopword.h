/*
 * stopword.h - the compiled-in English stopword list (function words:
 * articles, pronouns, auxiliaries, prepositions, conjunctions).  jusText
 * tells prose from furniture by their density: a sentence is about 40%
 * stopwords, a menu or a credit line hardly any.
 */
#ifndef CW_STOPWORD_H
#define CW_STOPWORD_H

#include <stddef.h>

/* Is the word (ASCII, any case) an English stopword? */
int stop_is_english(const char *word, size_t n);

#endif
