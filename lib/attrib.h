/*
 * attrib.h - who said each quotation of a document, and what kind it is.
 *
 * The reader takes a document (paragraphs in one buffer), the quotations
 * quote_scan() found in it, and optionally the entity mentions of
 * tag-entities(1), and gives each quotation a KIND and a SPEAKER.
 *
 * Reporter's sentences.  Each paragraph is cut into sentences outside the
 * quotations (a quotation is never cut); the text of a sentence outside
 * its quotations is its frame, which is read word by word with a small
 * built-in lexicon (speech verbs, titles, roles, determiners ...).
 *
 * Speaker.  The speech verb that governs a quotation is, in this order:
 * the verb right after a quotation that ends with , ? ! ("...," X said /
 * said X / X told reporters); the one before a colon that introduces it;
 * the nearest speech verb before it in its sentence ("X said both sides
 * were "not far""), "according to X" included; the nearest one after it.
 * The verb's subject is the name or role just before it (titles, adverbs,
 * "on Thursday" and relative clauses skipped; "X, head of Y, said" gives
 * X), the one after it when the verb follows the quotation (said X), the
 * antecedent of who/which when the verb is in a relative clause, the
 * object of "quoted X as saying", the sentence's subject for a participle
 * (", saying ..."), and for "according to a statement from X" the
 * statement's author X.  Then:
 *   - a pronoun he/she is the document's person in focus: the subject of
 *     the latest sentence whose subject was a person (a name or a role
 *     such as "spokesman"), so that people only mentioned inside a
 *     sentence (objects, relative clauses) never take it; after "added"
 *     or "continued" it is the last person who spoke in a main clause;
 *     they is the last group, it the last document (statement,
 *     communique ...) or organisation;
 *   - a short name ("Mr Jaafari", "Muallem") becomes the fuller name the
 *     document gave earlier ("Bashar Jaafari"), "the ministry" the earlier
 *     role with the same head ("Russia's defense ministry"), "the three
 *     countries" the latest list of three names ("Russia, Turkey and
 *     Iran"), and a list of names is written in the order the document
 *     first listed them;
 *   - with tag-entities' field, a name is the CANONICAL of the mention
 *     that holds its last word, written between ATTR_NAME_OPEN and
 *     ATTR_NAME_CLOSE so that the caller can show every CANONICAL under
 *     one spelling across all outlets (qstore.h).
 * A quotation with no speech verb in its sentences continues the quotation
 * before it when that one is in the same or the previous paragraph (news
 * style: a paragraph of quotation after the attributed one), and takes its
 * speaker.
 *
 * Kind.  quote: the quotation stands as the speaker's own sentence(s): it
 * opens its sentence or follows a colon, or it is a clause (a capital
 * letter, three words or more) after a comma, "that" or a speech verb.
 * term: a nested quotation that is not a clause, a quotation after
 * "so-called", "dubbed", "known as" ..., a short name in capitals
 * ("Islamic State"), or one that no speech verb governs.  fragment: the
 * rest, a part of a quotation woven into an attributed sentence.  A term
 * has no speaker.
 */
#ifndef CW_ATTRIB_H
#define CW_ATTRIB_H

#include <stddef.h>

#include "buf.h"
#include "mention.h"
#include "quote.h"

enum attr_kind { ATTR_QUOTE, ATTR_FRAGMENT, ATTR_TERM };

/* Around a CANONICAL inside a speaker string (never in text-made names). */
#define ATTR_NAME_OPEN '\001'
#define ATTR_NAME_CLOSE '\002'


struct attr_doc {
	const char *text;
	const struct quote_para *paras;
	size_t npara;
	const struct mention *ments;        /* offsets into text, sorted by
	                                       start; may be none */
	size_t nment;
	const char *canon;                  /* the mentions' names */
	int have_mentions;                  /* the field was present */
};

struct attr_result {
	int kind;                       /* enum attr_kind */
	size_t speaker, speakerlen;     /* in attr_state.names; len 0: none */
};

struct attr_state;

struct attr_state *attr_new(void);
void attr_free(struct attr_state *a);

/*
 * Read one document: res[i] is filled for every quotation q->v[i].  The
 * speaker strings live in the state until the next call.
 */
void attr_document(struct attr_state *a, const struct attr_doc *d,
    const struct quote_list *q, struct attr_result *res);

/* The speaker string of a result (not NUL-terminated; r->speakerlen
 * bytes, none when 0). */
const char *attr_speaker(const struct attr_state *a,
    const struct attr_result *r);

/*
 * The classes a word has in the lexicon above, for other readers of
 * reporters' sentences (diff-sources' descriptions of people).  w is one
 * word, lower case.
 */
#define ATTR_WORD_TITLE 1u     /* stands before a name: minister, mr */
#define ATTR_WORD_ROLE 2u      /* a person by function: spokesman */
#define ATTR_WORD_DET 4u       /* the, a, his */
#define ATTR_WORD_PREP 8u      /* of, to, against */
#define ATTR_WORD_CLAUSE 16u   /* what makes a clause, not a name's
                                  description: conjunctions, auxiliaries,
                                  pronouns, who/which/that, speech verbs,
                                  adverbs, days and months */
unsigned attr_word_class(const char *w, size_t n);

#endif
