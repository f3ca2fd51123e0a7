/*
 * diff_token.h - words and matching terms of a news sentence, for
 * diff-sources(1).
 *
 * dtok_words() cuts a sentence into words: runs of letters and digits, an
 * apostrophe between letters kept inside ("Ja'afari"), digits joined across
 * "," and "." ("300,000"), hyphens splitting ("al-Sham" is two words).  Each
 * word gets a folded form (case folded, accents and apostrophes dropped, a
 * final "'s" removed) and flags.
 *
 * dtok_terms() turns the words into the terms sentences are matched on:
 * content words stemmed lightly and read through the lexicon
 * (lib/diff_lexicon.txt: stopwords, demonyms, synonym classes), month names
 * and dates, and bigrams of adjacent content words.  Each term comes with a
 * weight factor; the caller multiplies it by the term's rarity in the story.
 */
#ifndef CW_DIFF_TOKEN_H
#define CW_DIFF_TOKEN_H

#include <stddef.h>

#include "buf.h"

enum {
	DTOK_CAP = 1,        /* begins with an upper-case letter */
	DTOK_INITIAL = 2,    /* the first word of the sentence */
	DTOK_ACRONYM = 4,    /* two or more letters, all upper case */
	DTOK_NUM = 8,        /* begins with a digit */
	DTOK_STOP = 16       /* a stopword (and no acronym) */
};

struct dtok_word {
	size_t start, end;   /* the word's bytes in the sentence */
	size_t fold, flen;   /* its folded form in dtok_words.text */
	unsigned flags;
};

struct dtok_words {
	struct dtok_word *v;
	size_t n, cap;
	struct buf text;     /* folded forms, back to back */
	int titlecase;       /* most words capitalised: a headline */
};

/* Weight factors of the kinds of term (the same word scores 1). */
#define DTOK_ANCHOR 1.3   /* a name, number or date */
#define DTOK_SYNONYM 0.8  /* the class of a word in a synonym class */
#define DTOK_BIGRAM 0.5   /* two adjacent content words */
#define DTOK_SOFT 0.5     /* a GloVe neighbour, at cosine 1 ... */
#define DTOK_SOFT_CUT 0.65 /* ... falling to 0 at this cosine */

/*
 * Called once per term; the same term may come more than once.  kind holds
 * DTOK_CONTENT for the terms of words that are not names, numbers or dates
 * (the word itself, its synonym class, its neighbours, a bigram of two
 * such words): what a sentence says, not whom or when it is about; and
 * DTOK_NEIGHBOUR for a word's GloVe neighbour.
 */
enum {
	DTOK_CONTENT = 1,
	DTOK_NEIGHBOUR = 2
};
typedef void (*dtok_emit_fn)(void *ctx, const char *term, size_t len,
    double factor, unsigned kind);

/* Cut s[0, n) into words, replacing the contents of out. */
void dtok_words(const char *s, size_t n, struct dtok_words *out);
/* The matching terms of the words, given to emit.  scratch is reused. */
void dtok_terms(const struct dtok_words *w, struct buf *scratch,
    dtok_emit_fn emit, void *ctx);
/* The folded form of word i, and its stem (into scratch: valid until the
 * next call with the same scratch; s may lie in scratch only if scratch
 * has room for n more bytes). */
const char *dtok_fold(const struct dtok_words *w, size_t i, size_t *len);
/* Is word i's folded form the string s? */
int dtok_word_is(const struct dtok_words *w, size_t i, const char *s);
/* The first word that starts at or after byte off (w->n if none). */
size_t dtok_word_at(const struct dtok_words *w, size_t off);
const char *dtok_stem(const char *s, size_t n, struct buf *scratch,
    size_t *len);
/* Is the stemmed, folded word s a stopword?  Its synonym class (the
 * class's first word) or NULL. */
int dtok_is_stop(const char *s, size_t n);
/* Is the stemmed, folded word a directed verb ("accused": who accuses
 * whom matters, diff.c)? */
int dtok_is_directed(const char *s, size_t n);
/* The generic nouns the lexicon gives the stemmed, folded name s ("label
 * militia hezbollah"): call with from = 0, then with what it returned,
 * until it returns SIZE_MAX; each call sets *noun, *len to one noun. */
size_t dtok_labels(const char *s, size_t n, size_t from, const char **noun,
    size_t *len);
const char *dtok_class(const char *s, size_t n, size_t *len);
/* Is the folded word a month or a day of the week? */
int dtok_is_calendar(const char *s, size_t n);
/* Fold any text as words are folded (for entity names). */
void dtok_fold_text(const char *s, size_t n, struct buf *out);
void dtok_words_free(struct dtok_words *w);

#endif
