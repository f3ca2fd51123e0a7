/*
 * ner_canon.h - one name per entity, whichever outlet wrote it.
 *
 * A mention is folded into a key: words split at spaces and hyphens; case,
 * diacritics (utf8proc), apostrophes and periods folded away ("U.S." ->
 * "US", "Ja'afari" -> "jaafari"); Arabic articles dropped ("al-Sham",
 * "el Sisi"); common transliteration variants spelled one way
 * ("Muhammad", "Mohammad" -> "mohammed"; "Fateh" -> "fatah"); leading titles
 * dropped from people ("Foreign Minister"), generic words from
 * organisations and places ("Jabhat", "Front", "Wadi", "valley").  Words
 * written in capitals (2-5 letters, outside a headline) stay acronyms.
 *
 * The canonical name is a function of the key alone, so two runs over two
 * outlets agree without sharing anything: the alias table's name if the
 * key is an alias ("Isis", "Daesh" -> "Islamic State"), else the key's
 * words capitalised ("Bashar Jaafari", "Staffan de Mistura").  Within a
 * document, shorter mentions then take the name of a longer one
 * (ner_tag.c).
 */
#ifndef CW_NER_CANON_H
#define CW_NER_CANON_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

struct ner_aliases;

/* The built-in alias table. */
struct ner_aliases *ner_aliases_new(void);
void ner_aliases_free(struct ner_aliases *a);

/* Add (or replace) an alias: any mention whose key is alias's key gets the
 * name canon; type is a NER_ type to force, or -1.  Returns 0, or -1 when
 * alias folds to nothing. */
int ner_aliases_add(struct ner_aliases *a, const char *alias, size_t an,
    const char *canon, size_t cn, int type);

/*
 * Read "ALIAS<TAB>CANONICAL[<TAB>TYPE]" lines from path (blank lines and
 * lines starting with # skipped).  Returns 0, or -1 after reporting
 * "tag-entities: FILE:LINE: what is wrong".
 */
int ner_aliases_read(struct ner_aliases *a, const char *path);

/* Does some alias of two words or more begin with the word whose
 * lower-case hash (ner_hash) is h? */
int ner_aliases_starts(const struct ner_aliases *a, uint64_t h);

/* The alias of the text s[0, n) (folded without type rules), or NULL;
 * *type receives its type (-1 for none). */
const char *ner_aliases_match(const struct ner_aliases *a, const char *s,
    size_t n, int capsent, int *type);

/* Fold the mention s[0, n) of type (NER_ type) into its key: words joined
 * by single spaces.  capsent: the sentence is a headline in capitals. */
void ner_canon_key(const char *s, size_t n, int type, int capsent,
    struct buf *key);

/*
 * The canonical name of the mention s[0, n) into name; *type may be
 * changed by an alias.  key receives the mention's key.  Returns 1 when
 * the name came from the alias table, else 0.
 */
int ner_canon_name(const struct ner_aliases *a, const char *s, size_t n,
    int *type, int capsent, struct buf *key, struct buf *name);

#endif
