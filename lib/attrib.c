/*
 * attrib.c - speakers and kinds of quotations (see attrib.h for the rules).
 *
 * Per paragraph: the spans of the top-level quotations in it, the
 * sentences between them, and for each sentence its frame as tokens
 * (words, punctuation, one token per quotation).  Noun phrases are read
 * off the tokens around speech verbs with the lexicon below; no parser,
 * no model.  Every walk over tokens is bounded by a small window or by its
 * sentence, and each sentence is tokenized once, so a document costs time
 * linear in its length.
 *
 * Document state (reset per document): the person, group and document in
 * focus for pronouns, the last main-clause speaker, and small tables of
 * the document's full person names (by last name), role heads ("ministry")
 * and lists of names ("Russia, Turkey and Iran").
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "abbrev.h"
#include "attrib.h"
#include "err.h"
#include "hash.h"
#include "uchar.h"
#include "utf8.h"

/* ---- lexicon ---- */

enum {
	W_SAY = 1u << 0,        /* a finite speech verb */
	W_PART = 1u << 1,       /* a speech participle: saying, adding */
	W_DET = 1u << 2,
	W_PREP = 1u << 3,
	W_ADV = 1u << 4,
	W_TIME = 1u << 5,
	W_AUX = 1u << 6,
	W_HE = 1u << 7,         /* he, she, him, her */
	W_THEY = 1u << 8,
	W_IT = 1u << 9,
	W_FIRST = 1u << 10,     /* I, we, you */
	W_REL = 1u << 11,       /* who, which, whose, whom */
	W_TITLE = 1u << 12,     /* stands before a name: Minister, Mr */
	W_ROLE = 1u << 13,      /* a person by function: spokesman, delegate */
	W_DOC = 1u << 14,       /* statement, communique */
	W_ORG = 1u << 15,       /* ministry, army, front: not a person */
	W_PARTICLE = 1u << 16,  /* de, al, van, bin inside names */
	W_CONJ = 1u << 17,
	W_TERMMARK = 1u << 18,  /* so-called, dubbed */
	W_NUM = 1u << 19,
	W_ACCORD = 1u << 20,    /* according (to) */
	W_QUOTED = 1u << 21,    /* quoted (X as saying) */
	W_CONT = 1u << 22,      /* added, continued: the same speaker goes on */
	W_THAT = 1u << 23,
	W_COMPL = 1u << 24,     /* of, for: inside titles and names */
	W_WEAK = 1u << 25       /* a speech verb only right after a quotation:
	                           "...," he continued */
};

#define W_PRON (W_HE | W_THEY | W_IT | W_FIRST)
#define W_FUNCTION (W_DET | W_PREP | W_CONJ | W_AUX | W_SAY | W_PART | \
	W_REL | W_PRON | W_ADV | W_THAT | W_TIME | W_ACCORD | W_QUOTED)

static const struct {
	uint32_t flags;
	const char *words;
} lexicon[] = {
	/* verbs that are more often nouns (state, note, claim) are listed
	 * only in forms that are verbs (stated, noted, claimed) */
	{ W_SAY, "say says said tell tells told add adds added stated declare "
	    "declares declared announce announces announced warn warns warned "
	    "pledge pledges pledged vow vows vowed promise promises promised "
	    "accuse accuses accused denounce denounces denounced describe "
	    "describes described calls called refer refers referred hail hails "
	    "hailed insist insists insisted argue argues argued claims claimed "
	    "confirm confirms confirmed stress stresses stressed noted explain "
	    "explains explained ask asks asked reply replies replied write "
	    "writes wrote reiterate reiterates reiterated urge urges urged "
	    "suggest suggests suggested acknowledge acknowledges acknowledged "
	    "admit admits admitted deny denies denied dismiss dismisses "
	    "dismissed condemn condemns condemned criticise criticises "
	    "criticised criticize criticizes criticized praised express "
	    "expresses expressed predict predicts predicted complain complains "
	    "complained demanded labelled labeled branded recall recalls "
	    "recalled remarked commented respond responds responded concede "
	    "concedes conceded assert asserts asserted contend contends "
	    "contended allege alleges alleged proclaim proclaims proclaimed "
	    "threaten threatens threatened tweeted posted cautioned boasted "
	    "lamented observed testified countered retorted shouted chanted "
	    "whispered joked quipped speak speaks spoke reject rejects rejected" },
	{ W_PART, "saying adding stating noting warning insisting claiming "
	    "arguing calling describing urging declaring explaining stressing "
	    "telling announcing accusing denouncing hailing promising vowing "
	    "pledging reiterating suggesting asking writing referring "
	    "complaining demanding praising criticising criticizing "
	    "condemning predicting acknowledging admitting denying confirming "
	    "recalling expressing labelling labeling branding cautioning "
	    "threatening tweeting rejecting" },
	{ W_CONT, "add adds added adding continue continues continued "
	    "continuing" },
	{ W_WEAK, "continue continues continued" },
	{ W_ACCORD, "according" },
	{ W_QUOTED, "quoted quotes quote" },
	{ W_DET, "the a an this these those his her its their our my "
	    "your one another some each every both any no several many" },
	{ W_PREP, "of in on at for from to by with about against over under "
	    "after before during since into near across between among "
	    "through despite amid without within toward towards than as "
	    "like per via upon onto off around behind beyond aside "
	    "following ahead" },
	{ W_COMPL, "of for" },
	{ W_ADV, "also further earlier later then meanwhile again previously "
	    "recently repeatedly however reportedly subsequently separately "
	    "once publicly privately only just still already now today "
	    "yesterday tonight furthermore moreover instead first finally too "
	    "even similarly likewise angrily firmly bluntly quickly never "
	    "not always often herself himself themselves itself "
	    "nevertheless nonetheless indeed apparently reportedly "
	    "separately directly openly flatly strongly" },
	{ W_TIME, "monday tuesday wednesday thursday friday saturday sunday "
	    "january february march april may june july august september "
	    "october november december today yesterday tomorrow tonight "
	    "morning afternoon evening night week weekend month year turn "
	    "time day" },
	{ W_AUX, "has have had was were is are be been being will would "
	    "could can may might should must did does do shall am" },
	{ W_HE, "he she him her" },
	{ W_THEY, "they them" },
	{ W_IT, "it" },
	{ W_FIRST, "i we you us me" },
	{ W_REL, "who which whose whom" },
	{ W_THAT, "that" },
	{ W_CONJ, "and or but nor while whereas though although because if "
	    "when so yet until unless whether where" },
	{ W_TITLE, "president vice prime minister secretary ambassador envoy "
	    "special foreign defense defence interior finance deputy general "
	    "spokesman spokeswoman spokesperson chancellor premier king queen "
	    "prince princess sheikh emir sultan ayatollah mr mrs ms miss dr "
	    "prof professor sir dame lord lady senator sen rep representative "
	    "governor gov mayor chairman chairwoman chair chief head director "
	    "commander colonel col gen lt lieutenant major maj captain capt "
	    "sgt sergeant admiral judge justice pope cardinal bishop "
	    "archbishop rabbi imam reverend rev negotiator delegate official "
	    "leader adviser advisor aide coordinator commissioner former "
	    "acting interim senior top assistant high supreme crown "
	    "undersecretary attorney counsel councillor councilor "
	    "congressman congresswoman mp minister-designate president-elect "
	    "ceo cfo chairperson superintendent inspector marshal mufti "
	    "patriarch" },
	{ W_ROLE, "spokesman spokeswoman spokesperson negotiator delegate "
	    "official officer commander envoy minister president leader chief "
	    "head ambassador diplomat source representative member adviser "
	    "advisor aide analyst expert witness resident activist lawyer "
	    "judge general soldier fighter counterpart secretary director "
	    "chairman chairwoman mayor governor senator monitor reporter "
	    "correspondent journalist editor doctor nurse teacher student "
	    "worker farmer father mother man woman mediator negotiators "
	    "officials leaders commanders delegates sources residents "
	    "witnesses analysts experts diplomats rebels fighters activists "
	    "workers people executive manager founder owner chair prosecutor "
	    "investigator researcher scientist economist professor boss king "
	    "queen prince premier chancellor colonel captain sheikh cleric "
	    "imam priest bishop person persons officers soldiers ministers "
	    "lawyers doctors journalists reporters students farmers monitors "
	    "researchers scientists investigators prosecutors protesters "
	    "demonstrators spokesmen mediators advisers aides" },
	{ W_DOC, "statement communique communiqué declaration draft text "
	    "document report letter memo memorandum resolution release "
	    "transcript tweet message bulletin decree manifesto editorial "
	    "proposal announcement" },
	{ W_ORG, "ministry army council front party union forces force "
	    "government nations states republic agency observatory "
	    "organization organisation committee commission court bank news "
	    "press times post group brigade brigades movement coalition "
	    "alliance office department institute university association "
	    "league federation company corporation corp inc ltd network "
	    "channel tv radio service authority assembly parliament senate "
	    "congress cabinet administration embassy police military navy "
	    "delegation opposition regime valley province city river sea "
	    "mountains island islands street square region county district "
	    "capital airport harbour harbor port hall house palace kingdom "
	    "emirates state foundation fund club centre center hospital "
	    "school church mosque" },
	{ W_PARTICLE, "al el de da di du del della der den van von bin ibn "
	    "bint abu le la dos das ter ten ul ould" },
	{ W_TERMMARK, "so-called dubbed titled entitled nicknamed codenamed "
	    "code-named known word term phrase slogan hashtag label motto "
	    "headlined headline" },
	{ W_NUM, "one two three four five six seven eight nine ten both" },
};

#define LEX_SLOTS 4096

static uint64_t lex_keys[LEX_SLOTS];
static uint32_t lex_vals[LEX_SLOTS];
static int lex_ready;

/* Never 0, the empty slot. */
static uint64_t
fnv(const char *s, size_t n)
{
	return fnv1a64(s, n) | 1;
}

static size_t
lex_slot(uint64_t key)
{
	size_t i = (size_t)(key ^ (key >> 29)) & (LEX_SLOTS - 1);

	while (lex_keys[i] != 0 && lex_keys[i] != key)
		i = (i + 1) & (LEX_SLOTS - 1);
	return i;
}

static void
lex_init(void)
{
	size_t e, i;

	if (lex_ready)
		return;
	for (e = 0; e < sizeof(lexicon) / sizeof(lexicon[0]); e++) {
		const char *w = lexicon[e].words;

		while (*w) {
			size_t n = strcspn(w, " ");

			if (n > 0) {
				i = lex_slot(fnv(w, n));
				lex_keys[i] = fnv(w, n);
				lex_vals[i] |= lexicon[e].flags;
			}
			w += n;
			while (*w == ' ')
				w++;
		}
	}
	lex_ready = 1;
}

static uint32_t
lex_lookup(uint64_t key)
{
	size_t i = lex_slot(key);

	return lex_keys[i] == key ? lex_vals[i] : 0;
}

unsigned
attr_word_class(const char *w, size_t n)
{
	uint32_t f;
	unsigned c = 0;

	lex_init();
	f = lex_lookup(fnv(w, n));
	if (f & W_TITLE)
		c |= ATTR_WORD_TITLE;
	if (f & W_ROLE)
		c |= ATTR_WORD_ROLE;
	if (f & W_DET)
		c |= ATTR_WORD_DET;
	if (f & W_PREP)
		c |= ATTR_WORD_PREP;
	if (f & (W_CONJ | W_AUX | W_HE | W_THEY | W_IT | W_FIRST | W_REL |
	    W_THAT | W_SAY | W_PART | W_ADV | W_TIME | W_ACCORD))
		c |= ATTR_WORD_CLAUSE;
	return c;
}

static int
num_value(uint64_t key)
{
	static const char *const nums[] = { "zero", "one", "two", "three",
	    "four", "five", "six", "seven", "eight", "nine", "ten" };
	size_t i;

	if (key == fnv("both", 4))
		return 2;
	for (i = 0; i < sizeof(nums) / sizeof(nums[0]); i++)
		if (key == fnv(nums[i], strlen(nums[i])))
			return (int)i;
	return 0;
}

/* ---- per-document tables ---- */

struct spk {
	size_t off, len;        /* in attr_state.names; len 0: nobody */
	int person;             /* a person (he/she can take it) */
	int group;              /* several, or a plural role (they) */
};

/* uint64 key -> spk, cleared in O(1) by bumping a generation. */
struct smap {
	uint64_t *keys;
	uint32_t *gens;
	struct spk *vals;
	size_t cap, used;
	uint32_t gen;
};

static void
smap_clear(struct smap *m)
{
	m->gen++;
	m->used = 0;
}

static struct spk *
smap_find(struct smap *m, uint64_t key, int insert)
{
	size_t i;

	if (insert && (m->used + 1) * 2 > m->cap) {
		struct smap old = *m;
		size_t j;

		m->cap = m->cap ? m->cap * 2 : 64;
		m->keys = cw_calloc(m->cap, sizeof(*m->keys));
		m->gens = cw_calloc(m->cap, sizeof(*m->gens));
		m->vals = cw_calloc(m->cap, sizeof(*m->vals));
		m->used = 0;
		for (j = 0; j < old.cap; j++)
			if (old.gens[j] == m->gen && old.gen == m->gen) {
				struct spk *v = smap_find(m, old.keys[j], 1);
				*v = old.vals[j];
			}
		free(old.keys);
		free(old.gens);
		free(old.vals);
	}
	if (m->cap == 0)
		return NULL;
	i = (size_t)(key ^ (key >> 31)) & (m->cap - 1);
	while (m->gens[i] == m->gen) {
		if (m->keys[i] == key)
			return &m->vals[i];
		i = (i + 1) & (m->cap - 1);
	}
	if (!insert)
		return NULL;
	m->gens[i] = m->gen;
	m->keys[i] = key;
	memset(&m->vals[i], 0, sizeof(m->vals[i]));
	m->used++;
	return &m->vals[i];
}

static void
smap_free(struct smap *m)
{
	free(m->keys);
	free(m->gens);
	free(m->vals);
}

/* ---- tokens ---- */

enum { T_WORD, T_PUNCT, T_QUOTE };

struct tok {
	size_t s, e;            /* bytes in the document */
	uint64_t key;           /* hash of the word in lower case */
	uint32_t w;             /* lexicon flags */
	long quote;             /* T_QUOTE: the quotation's index */
	int rel;                /* relative clause it belongs to, or -1 */
	int32_t ch;             /* T_PUNCT: the character */
	unsigned char type;
	unsigned char cap;      /* Capitalised, or al-Capitalised */
	unsigned char poss;     /* ends in 's or ’s */
	unsigned char digits;   /* a number */
};

enum { NP_NONE, NP_NAME, NP_ROLE, NP_PRON, NP_GROUP };

#define NP_MAXMEM 8

struct np {
	int kind;
	size_t a, b;            /* tokens of the whole phrase */
	size_t na, nb;          /* the name, or the role without determiner */
	uint32_t pron;          /* NP_PRON: its flags */
	int titled;             /* a title or role stood with the name */
	int has_head;           /* ROLE: head is its head word, not the last
	                           (spokesperson for the company) */
	size_t head;
	int det_the;            /* "the" before a role */
	size_t mem[NP_MAXMEM][2];
	size_t nmem;
};

/* A top-level quotation's span inside one paragraph. */
struct region {
	size_t from, to;
	size_t qi;
};

/* Quotation text properties: words, a capital start, all capitalised. */
struct qshape {
	size_t words;
	int upper_start;
	int titlecase;          /* a short name in capitals: Islamic State */
	int end_punct;          /* the words end with , ? ! . or an ellipsis */
};

/* What is known of a quotation while its document is read. */
struct qwork {
	int seen;               /* its opening sentence was read */
	int resolved;           /* a governing verb (or colon) was found */
	int starts, after_colon, intro, termmark;
	int subject;            /* opens its sentence as its subject: "Wild
	                           Rose" is now on DVD */
	int shaped;
	struct qshape shape;
	struct spk speaker;
};

struct attr_state {
	const struct attr_doc *d;
	const struct quote_list *ql;
	struct attr_result *res;
	struct buf names;       /* speaker strings of the document */
	struct buf scratch;
	struct tok *toks;
	size_t ntok, tokcap;
	long *pverb, *nverb;    /* nearest speech verb before/after a token */
	size_t verbcap;
	int *relstart;          /* first token of each relative clause */
	size_t nrel, relcap;
	struct region *regs;
	size_t nreg, regcap;
	struct qwork *qw;
	size_t qwcap;
	size_t para;            /* paragraph being read */
	long running;           /* a quotation running on from an earlier
	                           paragraph, or -1 */
	/* document context */
	struct spk focus_person, focus_group, focus_thing, last_speaker;
	struct spk doc_np;
	struct spk prev_quote;  /* speaker of the last quote or fragment */
	size_t prev_quote_para;
	int have_prev_quote;
	struct spk colon_speaker;   /* a paragraph that ended "X said:" */
	size_t colon_para;
	struct smap persons;    /* folded last name -> full name */
	struct smap heads;      /* role head word -> fuller role */
	struct smap coords;     /* set of names -> the document's order */
	struct spk lastcoord[11];   /* the latest list of N names */
};

struct attr_state *
attr_new(void)
{
	struct attr_state *a = cw_calloc(1, sizeof(*a));

	lex_init();
	return a;
}

void
attr_free(struct attr_state *a)
{
	if (a == NULL)
		return;
	buf_free(&a->names);
	buf_free(&a->scratch);
	free(a->toks);
	free(a->relstart);
	free(a->pverb);
	free(a->nverb);
	free(a->regs);
	free(a->qw);
	smap_free(&a->persons);
	smap_free(&a->heads);
	smap_free(&a->coords);
	free(a);
}

const char *
attr_speaker(const struct attr_state *a, const struct attr_result *r)
{
	return r->speakerlen ? a->names.data + r->speaker : "";
}

/* ---- small helpers ---- */

static int
is_word(const struct tok *t)
{
	return t->type == T_WORD;
}

static int
is_punct(const struct tok *t, int32_t c)
{
	return t->type == T_PUNCT && t->ch == c;
}

static int
is_dash_tok(const struct tok *t)
{
	return t->type == T_PUNCT && (t->ch == '-' || uc_is_dash(t->ch));
}

static int
key_is(const struct tok *t, const char *w)
{
	return t->type == T_WORD && t->key == fnv(w, strlen(w));
}

/*
 * A verb and particle that together say "spoke" before a colon: "Berg
 * weighed in:", "the minister hit back:".  Neither word is a speech verb
 * alone (a sack weighed in at 20 kg), so only the pair counts, and only
 * where a colon opens the quotation.
 */
static int
phrasal_speech(const struct tok *verb, const struct tok *particle)
{
	static const char *const pairs[][2] = {
		{ "weighed", "in" }, { "weighs", "in" }, { "chimed", "in" },
		{ "chimes", "in" }, { "pointed", "out" }, { "points", "out" },
		{ "spoke", "out" }, { "speaks", "out" }, { "hit", "back" },
		{ "hits", "back" }, { "fired", "back" }, { "fires", "back" },
		{ "shot", "back" }, { "summed", "up" }, { "sums", "up" },
		{ "went", "on" }, { "goes", "on" }
	};
	size_t i;

	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
		if (key_is(verb, pairs[i][0]) && key_is(particle, pairs[i][1]))
			return 1;
	return 0;
}

/* A lower-case word in -ed: a verb in the past ("agreed", "laughed"). */
static int
past_verb(const struct attr_state *a, const struct tok *t)
{
	const char *p = a->d->text;

	return t->type == T_WORD && !t->cap && !t->digits &&
	    t->e - t->s > 3 && memcmp(p + t->e - 2, "ed", 2) == 0 &&
	    !(t->w & (W_ROLE | W_TITLE | W_DOC | W_ORG));
}

/* A capitalised word that can be part of a name. */
static int
name_word(const struct tok *t)
{
	return t->type == T_WORD && t->cap && !t->digits &&
	    !(t->w & (W_DET | W_PREP | W_CONJ | W_AUX | W_PRON | W_REL |
	    W_THAT | W_ADV | W_TIME | W_ACCORD));
}

/* A lower-case content word: part of a role. */
static int
role_word(const struct tok *t)
{
	return t->type == T_WORD && !(t->w & W_FUNCTION) && !t->digits;
}

static int
is_verb_at(const struct attr_state *a, size_t i)
{
	const struct tok *t = &a->toks[i];

	if (t->type != T_WORD || (t->w & W_WEAK))
		return 0;
	if (t->w & W_ACCORD)
		return i + 1 < a->ntok && key_is(&a->toks[i + 1], "to");
	if (!(t->w & (W_SAY | W_PART | W_QUOTED)))
		return 0;
	if (t->cap && i > 0)
		return 0;       /* a name such as Said */
	/* "the call", "a statement": a noun after a determiner */
	if (i > 0 && is_word(&a->toks[i - 1]) && (a->toks[i - 1].w & W_DET) &&
	    !(a->toks[i - 1].w & W_HE))
		return 0;
	if (i > 0 && key_is(&a->toks[i - 1], "to") && !(t->w & W_PART))
		return 0;       /* "pledged to call": the earlier verb counts */
	return 1;
}

/* Append s[0, n) to the names buffer with white space runs as one space. */
static void
names_add_span(struct attr_state *a, const char *s, size_t n)
{
	size_t i, len;
	int space = 0;
	int32_t cp;

	for (i = 0; i < n; i += len) {
		cp = uc_at(s, n, i, &len);
		if (cp >= 0 && (uc_is_space(cp) || cp == ATTR_NAME_OPEN ||
		    cp == ATTR_NAME_CLOSE)) {
			space = 1;
			continue;
		}
		if (space && a->names.len > 0 &&
		    a->names.data[a->names.len - 1] != ' ')
			buf_addc(&a->names, ' ');
		space = 0;
		buf_add(&a->names, s + i, len);
	}
}

/* The text of tokens [x, y) as a new speaker string. */
static struct spk
spk_from_tokens(struct attr_state *a, size_t x, size_t y)
{
	struct spk s;
	size_t i;

	memset(&s, 0, sizeof(s));
	if (x >= y)
		return s;
	s.off = a->names.len;
	for (i = x; i < y; i++) {
		const struct tok *t = &a->toks[i];

		if (t->type == T_QUOTE)
			continue;
		if (i > x && t->type == T_WORD && a->names.len > s.off)
			buf_addc(&a->names, ' ');
		if (t->type == T_PUNCT && (t->ch == '(' || t->ch == ')'))
			continue;
		names_add_span(a, a->d->text + t->s, t->e - t->s);
		/* "senior U.S. official": the word kept its full stop */
		if (t->type == T_WORD && i + 1 < y &&
		    a->d->text[t->e] == '.' && a->toks[i + 1].s > t->e &&
		    memchr(a->d->text + t->s, '.', t->e - t->s) != NULL)
			buf_addc(&a->names, '.');
	}
	s.len = a->names.len - s.off;
	return s;
}

/*
 * The key of a name's last word for matching short names to full ones:
 * lower case, apostrophes dropped, a short prefix before a hyphen dropped
 * (al-Muallem and Muallem meet).
 */
static uint64_t
lastname_key(struct attr_state *a, const char *s, size_t n)
{
	size_t i = n, len, j;
	int32_t cp;

	while (i > 0 && s[i - 1] != ' ')
		i--;
	/* al-, el-, ad- ... */
	for (j = i; j < n && j - i <= 3; j++)
		if (s[j] == '-') {
			i = j + 1;
			break;
		}
	buf_reset(&a->scratch);
	for (j = i; j < n; j += len) {
		char tmp[4];

		cp = uc_at(s, n, j, &len);
		if (cp == '\'' || cp == 0x2019 || cp == 0x2BC || cp == '-')
			continue;
		if (cp < 0) {
			buf_add(&a->scratch, s + j, len);
			continue;
		}
		cp = utf8proc_tolower(cp);
		buf_add(&a->scratch, tmp, utf8_encode(cp, tmp));
	}
	return fnv(a->scratch.data ? a->scratch.data : "", a->scratch.len);
}

/* ---- mentions (tag-entities' field) ---- */

/* The last mention overlapping [s, e) of the wanted type (-1 any). */
static const struct mention *
mention_in(const struct attr_doc *d, size_t s, size_t e, int type)
{
	size_t lo = 0, hi = d->nment, back;
	const struct mention *best = NULL;

	/* the first mention starting at or after s, then a few before it
	 * that may reach into [s, e) */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (d->ments[mid].start < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (back = 0; lo > 0 && back < 8; back++)
		lo--;
	for (; lo < d->nment && d->ments[lo].start < e; lo++) {
		const struct mention *m = &d->ments[lo];

		if (m->end <= s)
			continue;
		if (type < 0 || m->type == type)
			best = m;
	}
	return best;
}

/* ---- tokenizer ---- */

static void
push_tok(struct attr_state *a, const struct tok *t)
{
	if (a->ntok == a->tokcap) {
		a->tokcap = a->tokcap ? a->tokcap * 2 : 64;
		a->toks = cw_reallocarray(a->toks, a->tokcap, sizeof(*a->toks));
	}
	a->toks[a->ntok++] = *t;
}

static int
connector(int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2010 ||
	    cp == 0x2011 || cp == '.' || cp == '&';
}

/* A connector inside a word: a period only between capitals (U.S.). */
static int
joins(int32_t prev, int32_t cp, int32_t next)
{
	if (!connector(cp) || next < 0 || !(uc_is_letter(next) ||
	    uc_is_digit(next)))
		return 0;
	if (cp == '.')
		return prev >= 0 && uc_is_upper(prev) && uc_is_upper(next);
	return 1;
}

static int
all_upper(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!(s[i] >= 'A' && s[i] <= 'Z') && s[i] != '.' && s[i] != '-')
			return 0;
	return 1;
}

/* Read the word at [s, e): its lower-case key, flags and shape. */
static void
word_features(struct attr_state *a, struct tok *t)
{
	const char *p = a->d->text;
	size_t i, len, n = t->e - t->s, hy = 0;
	int32_t cp, first = -1;
	int alldigit = 1;

	buf_reset(&a->scratch);
	for (i = t->s; i < t->e; i += len) {
		char tmp[4];

		if ((unsigned char)p[i] < 0x80) {
			char c = p[i];

			len = 1;
			if (first < 0)
				first = (unsigned char)c;
			if (c == '-' && hy == 0)
				hy = i - t->s + 1;
			if (!(c >= '0' && c <= '9') && c != '.' && c != ',')
				alldigit = 0;
			buf_addc(&a->scratch, c >= 'A' && c <= 'Z' ?
			    (char)(c + 32) : c);
			continue;
		}
		cp = uc_at(p, t->e, i, &len);
		if (first < 0)
			first = cp;
		if (cp == '-' && hy == 0)
			hy = i - t->s + 1;
		if (!(cp >= '0' && cp <= '9') && cp != '.' && cp != ',')
			alldigit = 0;
		if (cp == 0x2019)
			cp = '\'';
		if (cp >= 0)
			cp = utf8proc_tolower(cp);
		if (cp < 0)
			buf_add(&a->scratch, p + i, len);
		else
			buf_add(&a->scratch, tmp, utf8_encode(cp, tmp));
	}
	t->key = fnv(a->scratch.data, a->scratch.len);
	t->w = lex_lookup(t->key);
	/* Secretary-General, Vice-President: a title by its last part */
	if (t->w == 0 && hy > 0) {
		size_t k = a->scratch.len;

		while (k > 0 && a->scratch.data[k - 1] != '-')
			k--;
		if (k > 0 && k < a->scratch.len)
			t->w = lex_lookup(fnv(a->scratch.data + k,
			    a->scratch.len - k)) & (W_TITLE | W_ROLE);
	}
	/* US, IT: an acronym, not a pronoun; it keeps only the flags that
	 * describe names (CEO, MP, TV) */
	if (n >= 2 && all_upper(p + t->s, n))
		t->w &= W_TITLE | W_ROLE | W_ORG;
	t->digits = (unsigned char)alldigit;
	if (alldigit)
		t->w |= W_NUM;
	t->cap = (unsigned char)(first >= 0 && uc_is_upper(first));
	/* al-Muallem, el-Sisi: a short particle before a capitalised name */
	if (!t->cap && hy > 1 && hy <= 4 && hy < n) {
		cp = uc_at(p, t->e, t->s + hy, &len);
		if (cp >= 0 && uc_is_upper(cp))
			t->cap = 1;
	}
	if (n > 2 && a->scratch.len > 2 &&
	    a->scratch.data[a->scratch.len - 1] == 's' &&
	    a->scratch.data[a->scratch.len - 2] == '\'')
		t->poss = 1;
	if (t->poss && !(t->w & W_PRON))
		t->w = 0;       /* Russia's, it's: the base decides nothing */
	if (t->poss && (t->w & W_PRON))
		t->w &= ~(uint32_t)W_PRON;
}

/* The first character at or after p[i] that is not a space, before e, or
 * -1 for none. */
static int32_t
first_after_space(const char *p, size_t i, size_t e)
{
	size_t len;
	int32_t cp;

	while (i < e) {
		cp = uc_at(p, e, i, &len);
		if (cp < 0 || !uc_is_space(cp))
			return cp;
		i += len;
	}
	return -1;
}

/* Does a lower-case letter start the next word after p[i]? */
static int
lower_word_after(const char *p, size_t i, size_t stop)
{
	int32_t cp = first_after_space(p, i, stop);

	return cp >= 0 && uc_is_letter(cp) && !uc_is_upper(cp);
}

/*
 * The plain ASCII word after the white space at p[*i] (letters, and
 * periods inside it: "U.S"): its lexicon flags, *i moved past it, *cap
 * whether it is capitalised.  *len is 0 when there is no such word (a
 * digit, a non-ASCII letter, a word too long to be in the lexicon).
 */
static uint32_t
ascii_word(const char *p, size_t *i, size_t stop, size_t *len, int *cap)
{
	char low[24];
	size_t n = 0, j = *i;

	while (j < stop && p[j] == ' ')
		j++;
	*cap = j < stop && p[j] >= 'A' && p[j] <= 'Z';
	for (; j < stop && n < sizeof(low) && ((p[j] >= 'A' && p[j] <= 'Z') ||
	    (p[j] >= 'a' && p[j] <= 'z') || (p[j] == '.' && n > 0 &&
	    j + 1 < stop && p[j + 1] != ' ')); j++)
		low[n++] = (char)(p[j] >= 'A' && p[j] <= 'Z' ? p[j] + 32 : p[j]);
	*i = j;
	*len = n;
	if (n == 0 || n == sizeof(low) || (j < stop &&
	    ((unsigned char)p[j] >= 0x80 || (p[j] >= '0' && p[j] <= '9')))) {
		*len = 0;
		return 0;
	}
	return lex_lookup(fnv(low, n));
}

/* Is the word after the white space at p[i] a capitalised title ("U.S.
 * Attorney Nealy Cox", "U.N. Secretary-General")? */
static int
title_word_after(const char *p, size_t i, size_t stop)
{
	size_t len;
	int cap;
	uint32_t w = ascii_word(p, &i, stop, &len, &cap);

	return len > 0 && cap && (w & W_TITLE);
}

/* Tokens of [s, e) in the current paragraph, the regions as T_QUOTE. */
static void
tokenize(struct attr_state *a, size_t s, size_t e, size_t r0, size_t r1)
{
	const char *p = a->d->text;
	size_t i = s, len, len2, r = r0;
	struct tok t;
	int32_t cp, nx;

	a->ntok = 0;
	while (i < e) {
		if (r < r1 && i >= a->regs[r].from) {
			memset(&t, 0, sizeof(t));
			t.type = T_QUOTE;
			t.s = a->regs[r].from;
			t.e = a->regs[r].to;
			t.quote = (long)a->regs[r].qi;
			t.rel = -1;
			push_tok(a, &t);
			i = a->regs[r].to > i ? a->regs[r].to : i + 1;
			r++;
			continue;
		}
		cp = uc_at(p, e, i, &len);
		if (cp >= 0 && (uc_is_letter(cp) || uc_is_digit(cp))) {
			size_t j = i + len, stop = r < r1 ? a->regs[r].from : e;

			if (stop > e)
				stop = e;
			while (j < stop) {
				cp = uc_at(p, stop, j, &len2);
				if (cp >= 0 && (uc_is_letter(cp) || uc_is_digit(cp))) {
					j += len2;
					continue;
				}
				if (connector(cp) && j + len2 < stop) {
					size_t pst;
					int32_t pv = uc_before(p, i, j, &pst);

					nx = uc_at(p, stop, j + len2, &len);
					if (joins(pv, cp, nx)) {
						j += len2;
						continue;
					}
				}
				break;
			}
			memset(&t, 0, sizeof(t));
			t.type = T_WORD;
			t.s = i;
			t.e = j;
			t.rel = -1;
			word_features(a, &t);
			push_tok(a, &t);
			i = j;
			/* Sen. Elizabeth Warren: the period of a title is no stop;
			 * nor is that of "U.S." before a lower-case word ("the
			 * U.S. commander, said") or a title ("said U.S.
			 * Attorney Nealy Cox") */
			if (j < stop && p[j] == '.' && t.cap && (t.w & W_TITLE) &&
			    j - t.s <= 4)
				i = j + 1;
			else if (j < stop && p[j] == '.' &&
			    memchr(p + t.s, '.', j - t.s) != NULL &&
			    (lower_word_after(p, j + 1, stop) ||
			    title_word_after(p, j + 1, stop)))
				i = j + 1;
			continue;
		}
		if (cp == ',' || cp == ';' || cp == ':' || cp == '(' || cp == ')' ||
		    cp == '[' || cp == ']' || cp == '.' || cp == '!' ||
		    cp == '?' || (cp >= 0 && uc_is_dash(cp))) {
			memset(&t, 0, sizeof(t));
			t.type = T_PUNCT;
			t.s = i;
			t.e = i + len;
			t.ch = cp == '[' ? '(' : cp == ']' ? ')' : cp;
			t.rel = -1;
			push_tok(a, &t);
		}
		i += len;
	}
}

/*
 * Relative clauses: from the comma or dash before who/which (or the word
 * itself) to the next comma, dash, semicolon or colon (inclusive), or the
 * end of the sentence.
 */
static void
mark_relatives(struct attr_state *a)
{
	size_t i, j;

	a->nrel = 0;
	for (i = 1; i < a->ntok; i++) {
		struct tok *t = &a->toks[i];
		size_t start;

		if (!is_word(t) || !(t->w & W_REL) || t->rel >= 0)
			continue;
		start = (is_punct(&a->toks[i - 1], ',') ||
		    is_dash_tok(&a->toks[i - 1])) ? i - 1 : i;
		for (j = i + 1; j < a->ntok; j++) {
			const struct tok *u = &a->toks[j];

			if (is_punct(u, ',') || is_dash_tok(u) ||
			    is_punct(u, ';') || is_punct(u, ':') ||
			    is_punct(u, '.'))
				break;
		}
		if (j < a->ntok && (is_punct(&a->toks[j], '.') ||
		    is_punct(&a->toks[j], ';') || is_punct(&a->toks[j], ':')))
			j--;
		if (j >= a->ntok)
			j = a->ntok - 1;
		if (a->nrel == a->relcap) {
			a->relcap = a->relcap ? a->relcap * 2 : 8;
			a->relstart = cw_reallocarray(a->relstart, a->relcap,
			    sizeof(*a->relstart));
		}
		a->relstart[a->nrel] = (int)start;
		for (; start <= j; start++)
			if (a->toks[start].rel < 0)
				a->toks[start].rel = (int)a->nrel;
		a->nrel++;
		i = j;
	}
}

/* ---- noun phrases ---- */

/* Strip titles and possessors from a name [np->a, np->b): Kazakhstan's
 * Foreign Minister Kairat Abdrakhmanov -> Kairat Abdrakhmanov.  With
 * nothing left it is a role (Foreign Minister). */
static void
strip_titles(struct attr_state *a, struct np *np)
{
	size_t i, last = (size_t)-1, na;

	for (i = np->a; i + 1 < np->b; i++)
		if ((a->toks[i].w & W_TITLE) || a->toks[i].poss)
			last = i;
	np->na = np->a;
	np->nb = np->b;
	if (a->toks[np->b - 1].w & W_ORG)
		return;         /* Russian Defence Ministry: an organisation */
	if (a->toks[np->b - 1].w & W_TITLE) {
		np->kind = NP_ROLE;     /* Foreign Minister */
		return;
	}
	if (last == (size_t)-1)
		return;
	na = last + 1;
	/* Envoy for Syria Staffan de Mistura: the title's complement */
	if (na < np->b && (a->toks[na].w & W_COMPL) && na + 2 < np->b)
		na += 2;
	while (na < np->b && (a->toks[na].w & W_PARTICLE) && !a->toks[na].cap)
		na++;
	if (na >= np->b) {
		np->kind = NP_ROLE;
		return;
	}
	np->na = na;
	np->titled = 1;
}

static size_t
skip_rel_left(const struct attr_state *a, size_t i, int keep)
{
	/* i is an index; returns the index to look at (may wrap past 0) */
	while (i != (size_t)-1 && a->toks[i].rel >= 0 && a->toks[i].rel != keep)
		i = (size_t)a->relstart[a->toks[i].rel] - 1;
	return i;
}

/* The name run ending at token i: its first token. */
static size_t
name_run_start(const struct attr_state *a, size_t i, size_t lo)
{
	size_t j = i;

	while (j > lo && i - j < 12) {
		const struct tok *p = &a->toks[j - 1];

		if (name_word(p)) {
			j--;
			continue;
		}
		if (!p->cap && (p->w & W_PARTICLE) && j - 1 > lo &&
		    name_word(&a->toks[j - 2])) {
			j--;
			continue;
		}
		if ((p->w & W_COMPL) && j - 1 > lo && name_word(&a->toks[j - 2])) {
			j--;
			continue;
		}
		break;
	}
	/* never start on "of": The Observatory of -> Observatory */
	while (j < i && (a->toks[j].w & (W_COMPL | W_PARTICLE)) && !a->toks[j].cap)
		j++;
	return j;
}

/* A list of names ending at np (Russia, Turkey and Iran; Russia and Iran,
 * which ..., and Turkey): make np a group. */
static void
try_group(struct attr_state *a, struct np *np, size_t lo, int keep)
{
	size_t mem[NP_MAXMEM][2], n = 0, k = np->a, i, j, first = np->a;
	int seen_and = 0;

	mem[n][0] = np->na;
	mem[n][1] = np->nb;
	n++;
	while (n < NP_MAXMEM && k > lo) {
		size_t x = skip_rel_left(a, k - 1, keep);
		int sep = 0;

		while (x != (size_t)-1 && x >= lo) {
			if (key_is(&a->toks[x], "and")) {
				seen_and = sep = 1;
			} else if (is_punct(&a->toks[x], ',') && seen_and) {
				sep = 1;
			} else
				break;
			x = skip_rel_left(a, x - 1, keep);
		}
		if (!sep || x == (size_t)-1 || x < lo || !name_word(&a->toks[x]))
			break;
		j = name_run_start(a, x, lo);
		{
			struct np m;

			memset(&m, 0, sizeof(m));
			m.kind = NP_NAME;
			m.a = j;
			m.b = x + 1;
			strip_titles(a, &m);
			mem[n][0] = m.na;
			mem[n][1] = m.nb;
		}
		n++;
		first = j;
		k = j;
	}
	if (n < 2)
		return;
	np->kind = NP_GROUP;
	np->a = first;
	np->nmem = n;
	for (i = 0; i < n; i++) {
		np->mem[i][0] = mem[n - 1 - i][0];
		np->mem[i][1] = mem[n - 1 - i][1];
	}
}

/* Is token i in lower case, or capitalised only for opening the
 * sentence ("Officials in Damascus said")? */
static int
lower_or_first(const struct attr_state *a, size_t i)
{
	return !a->toks[i].cap || i == 0;
}

/* "a person familiar with the matter", "sources close to the talks": a
 * word that says the person knows, before its preposition. */
static int
source_word(const struct attr_state *a, const struct tok *t)
{
	static const char *const words[] = {
		"familiar", "close", "closest", "briefed", "involved",
		"knowledgeable", "privy", "connected"
	};
	size_t k;

	if (t->type != T_WORD || t->cap)
		return 0;
	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (key_is(t, words[k]))
			return 1;
	return past_verb(a, t);
}

/*
 * The phrase np, which ends before a speech verb, may be the end of a
 * longer one whose head comes first: "head of the rebel delegation",
 * "sources in the Rukban camp" (a person by function, then where), "a
 * person familiar with the matter", "a person briefed on the call" (then
 * what they know).  The whole phrase becomes the role, its head the first
 * noun.  After a name ("roles" 0), "of" and "for" count only after a
 * person by function: "the president of Russia", not "the Bank of
 * England" or "the port of Odesa".
 */
static void
widen_to_head(struct attr_state *a, struct np *np, size_t lo, int roles)
{
	size_t k = np->a, h, m, c = 1;

	if (k >= lo + 2 && ((a->toks[k - 1].w & W_COMPL) ?
	    roles || (a->toks[k - 2].w & W_ROLE) :
	    ((key_is(&a->toks[k - 1], "in") ||
	    key_is(&a->toks[k - 1], "at")) &&
	    (a->toks[k - 2].w & (W_ROLE | W_ORG)))) &&
	    role_word(&a->toks[k - 2]) && lower_or_first(a, k - 2))
		h = k - 2;
	else if (k >= lo + 3 && is_word(&a->toks[k - 1]) &&
	    (a->toks[k - 1].w & W_PREP) && source_word(a, &a->toks[k - 2]) &&
	    (a->toks[k - 3].w & W_ROLE) && lower_or_first(a, k - 3) &&
	    role_word(&a->toks[k - 3]))
		h = k - 3;
	else
		return;
	for (m = h; m > lo && c < 3 && role_word(&a->toks[m - 1]); m--)
		c++;
	np->kind = NP_ROLE;
	np->a = np->na = m;
	np->det_the = 0;
	np->has_head = 1;
	np->head = h;
	np->titled = 0;
	if (m > lo && is_word(&a->toks[m - 1]) && (a->toks[m - 1].w & W_DET)) {
		np->a = m - 1;
		np->det_the = key_is(&a->toks[m - 1], "the");
	}
}

/* The noun phrase whose last word is token i (not before lo). */
static struct np
np_ending_at(struct attr_state *a, size_t i, size_t lo, int keep)
{
	struct np np;
	const struct tok *t;
	size_t j, n;

	memset(&np, 0, sizeof(np));
	if (i == (size_t)-1 || i < lo || i >= a->ntok)
		return np;
	t = &a->toks[i];
	if (!is_word(t))
		return np;
	if (t->w & W_PRON) {
		np.kind = NP_PRON;
		np.pron = t->w & W_PRON;
		np.a = np.na = i;
		np.b = np.nb = i + 1;
		return np;
	}
	if (name_word(t)) {
		j = name_run_start(a, i, lo);
		np.kind = NP_NAME;
		np.a = j;
		np.b = i + 1;
		strip_titles(a, &np);
		if (j > lo && is_word(&a->toks[j - 1]) &&
		    (a->toks[j - 1].w & (W_ROLE | W_TITLE)))
			np.titled = 1;
		if (np.kind == NP_NAME)
			try_group(a, &np, lo, keep);
		if (np.kind == NP_NAME || np.kind == NP_GROUP)
			widen_to_head(a, &np, lo, 0);
		if (np.kind == NP_ROLE && !np.has_head) {
			if (j > lo && is_word(&a->toks[j - 1]) &&
			    (a->toks[j - 1].w & W_DET)) {
				np.a = j - 1;
				np.det_the = key_is(&a->toks[j - 1], "the");
			}
		}
		return np;
	}
	if (!role_word(t))
		return np;
	/* a role: rebel delegate, Russia's defense ministry */
	j = i;
	n = 1;
	while (j > lo && n < 6 && role_word(&a->toks[j - 1])) {
		j--;
		n++;
	}
	np.kind = NP_ROLE;
	np.a = np.na = j;
	np.b = np.nb = i + 1;
	if (j > lo && is_word(&a->toks[j - 1]) && (a->toks[j - 1].w & W_DET)) {
		np.a = j - 1;
		np.det_the = key_is(&a->toks[j - 1], "the");
	}
	widen_to_head(a, &np, lo, 1);
	return np;
}

static int
ends_ing(const struct attr_state *a, const struct tok *t)
{
	const char *p = a->d->text;

	return t->type == T_WORD && t->e - t->s > 4 && !t->cap &&
	    memcmp(p + t->e - 3, "ing", 3) == 0;
}

/*
 * "X, a fellow at the institute in Munich, Germany, and co-author of the
 * study, said": an apposition may hold commas of its own, so the phrase
 * before the last comma (Germany) is not the speaker.  c is that comma;
 * the speaker is the leftmost name, within a few commas back, that opens
 * its clause and is followed by what opens an apposition (a determiner, a
 * lower-case role or title, a possessive: "Mayer, Disney's chairman").  A
 * name followed by another name is a list ("Russia, Turkey and Iran, the
 * guarantors, said"), not a name and its apposition.
 */
static int
apposition_name(struct attr_state *a, size_t c, size_t lo, int keep,
    struct np *out)
{
	size_t k, first = c;
	struct np np;

	for (k = c; k > lo && c - k < 48; k--) {
		const struct tok *t = &a->toks[k - 1];

		if (t->type == T_QUOTE || is_punct(t, ';') || is_punct(t, ':') ||
		    is_punct(t, '(') || is_punct(t, ')'))
			break;
		if (is_punct(t, ','))
			first = k - 1;
	}
	for (k = first; k < c; k++) {
		const struct tok *next;

		if (!is_punct(&a->toks[k], ',') || k == lo)
			continue;
		next = &a->toks[k + 1];
		if (!is_word(next) || !((next->w & W_DET && !(next->w & W_PRON)) ||
		    (!next->cap && (next->w & (W_ROLE | W_TITLE))) ||
		    (next->cap && next->poss)))
			continue;
		np = np_ending_at(a, k - 1, lo, keep);
		if (np.kind != NP_NAME || (np.a > lo &&
		    a->toks[np.a - 1].type == T_WORD))
			continue;
		np.titled = 1;
		*out = np;
		return 1;
	}
	return 0;
}

/* "X, head of Y": is the role np an apposition to the name before its
 * comma?  That name in *out, titled; opens: only a name that opens its
 * clause. */
static int
name_before_role(struct attr_state *a, const struct np *np, size_t lo,
    int keep, int opens, struct np *out)
{
	if (np->kind != NP_ROLE || np->a <= lo + 1 ||
	    !is_punct(&a->toks[np->a - 1], ','))
		return 0;
	*out = np_ending_at(a, np->a - 2, lo, keep);
	if (out->kind != NP_NAME || (opens && out->a > lo &&
	    is_word(&a->toks[out->a - 1])))
		return 0;
	out->titled = 1;
	return 1;
}

/* The subject before token v: adverbs, auxiliaries, "on Thursday",
 * parentheses and relative clauses skipped; "X, head of Y," gives X. */
static struct np
np_before(struct attr_state *a, size_t v, size_t lo)
{
	int keep = v < a->ntok ? a->toks[v].rel : -1;
	size_t i = v - 1;
	struct np np, np2;
	int guard = 64;

	memset(&np, 0, sizeof(np));
	while (i != (size_t)-1 && i >= lo && guard-- > 0) {
		const struct tok *t = &a->toks[i];

		if (t->rel >= 0 && t->rel != keep) {
			i = (size_t)a->relstart[t->rel] - 1;
			continue;
		}
		if (is_punct(t, ')')) {
			size_t k = i;

			while (k > lo && !is_punct(&a->toks[k], '(') && i - k < 30)
				k--;
			if (!is_punct(&a->toks[k], '('))
				break;
			i = k - 1;
			continue;
		}
		if (is_word(t) && (t->w & W_TIME)) {
			i--;
			while (i != (size_t)-1 && i >= lo && is_word(&a->toks[i]) &&
			    ((a->toks[i].w & (W_PREP | W_TIME | W_DET)) ||
			    a->toks[i].digits))
				i--;
			continue;
		}
		if (is_word(t) && (t->w & (W_ADV | W_AUX)) && !(t->w & W_PRON)) {
			i--;
			continue;
		}
		/* ", meanwhile," ", 54," */
		if (is_punct(t, ',') && i >= lo + 2 &&
		    is_punct(&a->toks[i - 2], ',') && is_word(&a->toks[i - 1]) &&
		    ((a->toks[i - 1].w & W_ADV) || a->toks[i - 1].digits)) {
			i -= 3;
			continue;
		}
		break;
	}
	if (i == (size_t)-1 || i < lo)
		return np;
	if (is_punct(&a->toks[i], ',')) {
		/* X, speaking on condition of anonymity, said: skip the aside */
		size_t c = i, w;

		if (apposition_name(a, i, lo, keep, &np))
			return np;
		while (c > lo && i - c < 16 && !is_punct(&a->toks[c - 1], ','))
			c--;
		if (c > lo && c < i && is_word(&a->toks[c]) &&
		    (a->toks[c].w & (W_PREP | W_PART | W_ADV | W_CONJ) ||
		    ends_ing(a, &a->toks[c]) || past_verb(a, &a->toks[c]))) {
			w = c - 1;      /* the comma before the aside */
			if (w > lo)
				return np_ending_at(a, w - 1, lo, keep);
		}
		np = np_ending_at(a, i - 1, lo, keep);
		return name_before_role(a, &np, lo, keep, 0, &np2) ? np2 : np;
	}
	np = np_ending_at(a, i, lo, keep);
	/* "X, a research analyst at the Y think tank told": an apposition
	 * whose closing comma the writer left out; the think tank does not
	 * speak, X does */
	if ((np.kind == NP_NONE || (np.kind == NP_ROLE &&
	    !(a->toks[np.has_head ? np.head : np.nb - 1].w & W_ROLE))) &&
	    apposition_name(a, v, lo, keep, &np2))
		return np2;
	/* "X, a research analyst at Y told": the name, if it opens its
	 * clause ("In Paris, the minister told" is the minister) */
	if (name_before_role(a, &np, lo, keep, 1, &np2))
		return np2;
	/* "Paganini and his team wrote": the one who leads them */
	if (np.kind == NP_ROLE && np.a > lo + 1 &&
	    key_is(&a->toks[np.a - 1], "and") && (key_is(&a->toks[np.a], "his") ||
	    key_is(&a->toks[np.a], "her") || key_is(&a->toks[np.a], "their"))) {
		np2 = np_ending_at(a, np.a - 2, lo, keep);
		if (np2.kind == NP_NAME)
			return np2;
	}
	return np;
}

/* The noun phrase starting at token i (not at or after hi). */
static struct np
np_after(struct attr_state *a, size_t i, size_t hi, int depth)
{
	struct np np, in;
	size_t j, start = i, n;

	memset(&np, 0, sizeof(np));
	if (i >= hi || depth > 3)
		return np;
	if (is_word(&a->toks[i]) && (a->toks[i].w & W_DET) &&
	    !(a->toks[i].w & W_PRON)) {
		np.det_the = key_is(&a->toks[i], "the");
		i++;
	}
	if (i >= hi || !is_word(&a->toks[i]))
		return np;
	if (a->toks[i].w & W_PRON) {
		np.kind = NP_PRON;
		np.pron = a->toks[i].w & W_PRON;
		np.a = np.na = i;
		np.b = np.nb = i + 1;
		return np;
	}
	if (name_word(&a->toks[i])) {
		j = i;
		while (j + 1 < hi && j - i < 12) {
			const struct tok *x = &a->toks[j + 1];

			if (name_word(x) && !a->toks[j].poss)
				j++;
			else if (!x->cap && (x->w & (W_PARTICLE | W_COMPL)) &&
			    j + 2 < hi && name_word(&a->toks[j + 2]))
				j++;
			else
				break;
		}
		/* Russia's defense ministry, Reuters news agency */
		if (j + 1 < hi && role_word(&a->toks[j + 1]) &&
		    !a->toks[j + 1].cap &&
		    (a->toks[j].poss || (a->toks[j + 1].w &
		    (W_ROLE | W_DOC | W_ORG | W_TITLE)))) {
			n = 0;
			while (j + 1 < hi && n < 5 && role_word(&a->toks[j + 1]) &&
			    !a->toks[j + 1].cap) {
				j++;
				n++;
			}
			np.kind = NP_ROLE;
			np.a = start;
			np.na = i;
			np.b = np.nb = j + 1;
			/* Electoral commission chairman Piotr Nowak */
			if (j + 1 < hi && name_word(&a->toks[j + 1]) &&
			    (a->toks[j].w & (W_ROLE | W_TITLE)))
				return np_after(a, j + 1, hi, depth + 1);
			goto role;
		}
		np.kind = NP_NAME;
		np.a = i;
		np.b = j + 1;
		strip_titles(a, &np);
		np.a = start;
		if (np.kind == NP_ROLE)
			goto role;
		/* Russia and Turkey */
		if (j + 2 < hi && key_is(&a->toks[j + 1], "and") &&
		    name_word(&a->toks[j + 2])) {
			size_t k = j + 2;

			while (k + 1 < hi && (name_word(&a->toks[k + 1]) ||
			    (!a->toks[k + 1].cap && (a->toks[k + 1].w & W_PARTICLE))))
				k++;
			in = np_ending_at(a, k, i, -1);
			if (in.kind == NP_GROUP) {
				in.a = start;
				return in;
			}
		}
		return np;
	}
	if (!role_word(&a->toks[i]))
		return np;
	j = i;
	n = 1;
	/* a word in -ed after the role and before no other is its verb:
	 * "one campaign video featured a series", but "the newly elected
	 * mayor" */
	while (j + 1 < hi && n < 6 && role_word(&a->toks[j + 1]) &&
	    !(past_verb(a, &a->toks[j + 1]) && (j + 2 >= hi ||
	    !role_word(&a->toks[j + 2])))) {
		j++;
		n++;
	}
	/* rebel spokesman Yahya al-Aridi: the name after the role */
	if (a->toks[j].cap && !a->toks[i].cap) {
		size_t k = j;

		while (k > i && a->toks[k - 1].cap)
			k--;
		np.kind = NP_NAME;
		np.a = start;
		np.na = k;
		np.b = np.nb = j + 1;
		np.titled = 1;
		return np;
	}
	np.kind = NP_ROLE;
	np.a = start;
	np.na = i;
	np.b = np.nb = j + 1;
role:
	/* a statement from the three countries: its authors */
	j = np.b;
	/* a statement released by the ministry */
	if (j + 2 < hi && (a->toks[np.b - 1].w & W_DOC) &&
	    past_verb(a, &a->toks[j]) && key_is(&a->toks[j + 1], "by"))
		j++;
	if (j + 1 < hi && (a->toks[np.b - 1].w & W_DOC) &&
	    (key_is(&a->toks[j], "from") || key_is(&a->toks[j], "by") ||
	    key_is(&a->toks[j], "of"))) {
		in = np_after(a, j + 1, hi, depth + 1);
		if (in.kind != NP_NONE)
			return in;
	}
	/* head of the delegation */
	if (j + 1 < hi && (a->toks[j].w & W_COMPL)) {
		in = np_after(a, j + 1, hi, depth + 1);
		if (in.kind == NP_ROLE || in.kind == NP_NAME) {
			np.has_head = 1;
			np.head = np.nb - 1;
			np.b = np.nb = in.b;
			np.det_the = 0;
		}
	}
	/* Kazakhstan's foreign minister, Kairat Abdrakhmanov, */
	j = np.b;
	if (j + 1 < hi && is_punct(&a->toks[j], ',') &&
	    name_word(&a->toks[j + 1])) {
		in = np_after(a, j + 1, hi, depth + 1);
		if (in.kind == NP_NAME && (in.b >= hi ||
		    is_punct(&a->toks[in.b], ','))) {
			in.titled = 1;
			return in;
		}
	}
	return np;
}

/* ---- speakers ---- */

static int
demonym(const struct attr_state *a, size_t x, size_t y)
{
	const char *p = a->d->text;
	size_t s, e, i;

	if (y == 0 || x >= y)
		return 1;
	s = a->toks[y - 1].s;
	e = a->toks[y - 1].e;
	for (i = s; i < e; i++)
		if (p[i] == '-')
			return 1;       /* Iranian-struck */
	if (e - s > 4 && (memcmp(p + e - 3, "ian", 3) == 0 ||
	    memcmp(p + e - 3, "ish", 3) == 0 || memcmp(p + e - 3, "ese", 3) == 0 ||
	    memcmp(p + e - 3, "ean", 3) == 0))
		return 1;
	return 0;
}

/* The name of tokens [x, y): the mention's CANONICAL when tag-entities
 * gave one, else the words, a short name made full from the document. */
static struct spk
name_spk(struct attr_state *a, size_t x, size_t y, int titled, int *person,
    int *mtype)
{
	const struct attr_doc *d = a->d;
	const struct mention *m;
	struct spk s, *full;
	size_t hs = a->toks[y - 1].s, he = a->toks[y - 1].e;

	memset(&s, 0, sizeof(s));      /* a name: not a group (valgrind) */
	*person = -1;
	*mtype = -1;
	if (d->have_mentions) {
		/* the mention that holds the name's last word; a title says
		 * a person whatever the tagger thought */
		m = mention_in(d, hs, he, MENTION_PER);
		if (m == NULL && !titled)
			m = mention_in(d, hs, he, -1);
		if (m != NULL && m->start <= hs && m->end >= he) {
			*mtype = m->type;
			*person = m->type == MENTION_PER;
			/* marked, for one spelling across the input */
			s.off = a->names.len;
			buf_addc(&a->names, ATTR_NAME_OPEN);
			buf_add(&a->names, d->canon + m->canon, m->canonlen);
			buf_addc(&a->names, ATTR_NAME_CLOSE);
			s.len = a->names.len - s.off;
			return s;
		}
	}
	s = spk_from_tokens(a, x, y);
	if (y - x == 1 && s.len > 0) {
		full = smap_find(&a->persons, lastname_key(a,
		    a->names.data + s.off, s.len), 0);
		if (full != NULL) {
			a->names.len = s.off;
			*person = 1;
			return *full;
		}
	}
	return s;
}

static int
has_org_word(const struct attr_state *a, size_t x, size_t y)
{
	size_t i;

	for (i = x; i < y; i++)
		if (a->toks[i].w & W_ORG)
			return 1;
	return 0;
}

/* Order the members' names as the document first listed them. */
static uint64_t
group_key(struct attr_state *a, const struct spk *m, size_t n)
{
	uint64_t keys[NP_MAXMEM], k = 0, t;
	size_t i, j;

	for (i = 0; i < n; i++)
		keys[i] = lastname_key(a, a->names.data + m[i].off, m[i].len);
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && keys[j - 1] > keys[j]; j--) {
			t = keys[j];
			keys[j] = keys[j - 1];
			keys[j - 1] = t;
		}
	for (i = 0; i < n; i++)
		k = (k ^ keys[i]) * 0x9E3779B97F4A7C15ULL + i;
	return k | 1;
}

static struct spk
join_group(struct attr_state *a, const struct spk *m, size_t n)
{
	struct spk s;
	size_t i, need = 0;

	/* the names are copied from the same buffer: make room first */
	for (i = 0; i < n; i++)
		need += m[i].len + 5;
	buf_grow(&a->names, need);
	memset(&s, 0, sizeof(s));
	s.off = a->names.len;
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_adds(&a->names, i + 1 == n ? " and " : ", ");
		buf_add(&a->names, a->names.data + m[i].off, m[i].len);
	}
	s.len = a->names.len - s.off;
	s.group = 1;
	return s;
}

static struct spk
group_spk(struct attr_state *a, const struct np *np, int remember)
{
	struct spk m[NP_MAXMEM], s, *known;
	size_t i;
	int person, mtype, qualified = 1;
	uint64_t key;

	/* only lists of places and organisations stand for "the three
	 * countries"; not "Russian, Turkish and Iranian" */
	for (i = 0; i < np->nmem; i++) {
		m[i] = name_spk(a, np->mem[i][0], np->mem[i][1], 0, &person,
		    &mtype);
		if (a->d->have_mentions ? (mtype != MENTION_LOC && mtype != MENTION_ORG) :
		    demonym(a, np->mem[i][0], np->mem[i][1]))
			qualified = 0;
	}
	key = group_key(a, m, np->nmem);
	known = smap_find(&a->coords, key, 0);
	if (known != NULL)
		return *known;
	s = join_group(a, m, np->nmem);
	if (remember) {
		*smap_find(&a->coords, key, 1) = s;
		if (qualified && np->nmem < 11)
			a->lastcoord[np->nmem] = s;
	}
	return s;
}

/* The speaker a noun phrase names, v the verb it is the subject of. */
static struct spk
resolve(struct attr_state *a, const struct np *np, size_t v)
{
	struct spk s, *known;
	int person, mtype;
	size_t x, y, h;

	memset(&s, 0, sizeof(s));
	switch (np->kind) {
	case NP_PRON:
		if (np->pron & W_HE) {
			if (v < a->ntok && (a->toks[v].w & W_CONT) &&
			    a->last_speaker.len)
				return a->last_speaker;
			return a->focus_person;
		}
		if (np->pron & W_THEY)
			return a->focus_group;
		if (np->pron & W_IT)
			return a->doc_np.len ? a->doc_np : a->focus_thing;
		return s;
	case NP_GROUP:
		return group_spk(a, np, 1);
	case NP_NAME:
		x = np->na;
		y = np->nb;
		s = name_spk(a, x, y, np->titled, &person, &mtype);
		if (person < 0)
			person = np->titled || (y - x >= 2 &&
			    !has_org_word(a, x, y));
		s.person = person;
		if (s.person && y - x >= 2 && s.len)
			if (smap_find(&a->persons, lastname_key(a,
			    a->names.data + s.off, s.len), 0) == NULL)
				*smap_find(&a->persons, lastname_key(a,
				    a->names.data + s.off, s.len), 1) = s;
		if (!s.person && has_org_word(a, x, y) && y - x >= 2)
			*smap_find(&a->heads, a->toks[y - 1].key, 1) = s;
		return s;
	case NP_ROLE:
		x = np->na;
		y = np->nb;
		h = np->has_head ? np->head : y - 1;
		/* the three countries */
		if ((a->toks[x].w & W_NUM) && y - x >= 2) {
			int n = num_value(a->toks[x].key);

			if (n >= 2 && n <= 10 && a->lastcoord[n].len)
				return a->lastcoord[n];
		}
		/* the ministry */
		if (np->det_the && y - x <= 2) {
			known = smap_find(&a->heads, a->toks[h].key, 0);
			if (known != NULL)
				return *known;
		}
		s = spk_from_tokens(a, x, y);
		s.person = (a->toks[h].w & W_ROLE) != 0;
		/* officials, countries: plural; boss, press: not */
		s.group = a->toks[h].e - a->toks[h].s > 2 &&
		    a->d->text[a->toks[h].e - 1] == 's' &&
		    a->d->text[a->toks[h].e - 2] != 's';
		if (y - x >= 2)
			*smap_find(&a->heads, a->toks[h].key, 1) = s;
		return s;
	default:
		return s;
	}
}

/* ---- sentences ---- */

/* Does the period at p[dot] close an abbreviation or an initial rather
 * than a sentence?  The splitter's word lists (lib/abbrev.txt) decide, so
 * dedupe-quotes reads "Mr. Lund said" as split-sentences does. */
static int
is_abbrev(const char *p, size_t s, size_t dot)
{
	size_t b = dot, n;

	while (b > s && ((p[b - 1] >= 'a' && p[b - 1] <= 'z') ||
	    (p[b - 1] >= 'A' && p[b - 1] <= 'Z')))
		b--;
	n = dot - b;
	if (n == 0)
		return 0;
	if (b > s && p[b - 1] == '.')
		return 1;       /* U.S. */
	if (n == 1 && p[b] >= 'A' && p[b] <= 'Z')
		return 1;       /* an initial */
	return (abbrev_lookup(p + b, n) & (ABBREV_TITLE | ABBREV_NUMBER |
	    ABBREV_AMBIGUOUS | ABBREV_INNER | ABBREV_TIME)) != 0;
}

/* Does a sentence start at i (after white space)? */
static int
starts_sentence(const char *p, size_t i, size_t e)
{
	int32_t cp = first_after_space(p, i, e);

	if (cp < 0)
		return 0;
	return uc_is_upper(cp) || uc_is_digit(cp) || cp == '(' ||
	    cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x2018 ||
	    cp == 0xAB || cp == 0x201E;
}

/* ---- reading quotations ---- */

static struct qshape
shape_of(struct attr_state *a, const struct quote *q)
{
	const struct quote_list *l = a->ql;
	const char *p = a->d->text;
	struct qshape sh;
	size_t g, i, j, len, caps = 0;
	int32_t cp, last = 0;
	struct tok t;

	memset(&sh, 0, sizeof(sh));
	sh.titlecase = 1;
	for (g = 0; g < q->nseg; g++) {
		const struct quote_seg *sg = &l->segs[q->seg + g];

		for (i = sg->start; i < sg->end; i = j) {
			cp = uc_at(p, sg->end, i, &len);
			j = i + len;
			if (cp >= 0 && !uc_is_space(cp))
				last = cp;
			if (cp < 0 || !(uc_is_letter(cp) || uc_is_digit(cp)))
				continue;
			if (sh.words++ == 0)
				sh.upper_start = uc_is_upper(cp) || uc_is_digit(cp);
			while (j < sg->end) {
				int32_t c2 = uc_at(p, sg->end, j, &len);

				if (c2 < 0 || !(uc_is_letter(c2) || uc_is_digit(c2) ||
				    (connector(c2) && c2 != '.')))
					break;
				last = c2;
				j += len;
			}
			if (sh.words > 8)
				continue;
			memset(&t, 0, sizeof(t));
			t.s = i;
			t.e = j;
			word_features(a, &t);
			if (t.cap || t.digits)
				caps++;
			else if (!(t.w & (W_DET | W_PREP | W_CONJ | W_PARTICLE |
			    W_COMPL)))
				sh.titlecase = 0;
		}
	}
	if (sh.words == 0 || sh.words > 6 || caps == 0)
		sh.titlecase = 0;
	sh.end_punct = last == ',' || last == '?' || last == '!' ||
	    last == '.' || last == 0x2026;
	return sh;
}

/* Does the subject of verb m (or, said X, the verb itself) start at j,
 * right after the quotation?  "...," X said; not "..., a word he said". */
static int
subject_right_after(struct attr_state *a, size_t j, size_t m)
{
	struct np np;
	size_t i;

	if (m == j)
		return 1;
	np = np_before(a, m, j);
	if (np.kind == NP_NONE)
		return 0;
	if (np.kind == NP_PRON)
		return np.a == j;
	for (i = j; i < np.a; i++) {
		const struct tok *t = &a->toks[i];

		if (t->type == T_QUOTE || (is_word(t) &&
		    (t->w & (W_PRON | W_SAY | W_PART | W_AUX | W_PREP))))
			return 0;
	}
	return 1;
}

/* The verb governing the quotation at token k, or -1. */
static long
governing_verb(struct attr_state *a, size_t k, const struct qshape *sh)
{
	size_t m, j;

	/* "...," X said / said X / X, head of Y, said */
	if (sh->end_punct || (k + 1 < a->ntok && is_punct(&a->toks[k + 1], ','))) {
		j = k + 1;
		if (j < a->ntok && is_punct(&a->toks[j], ','))
			j++;
		for (m = j; m < a->ntok && m < j + 12; m++) {
			const struct tok *t = &a->toks[m];

			if (t->type == T_QUOTE || is_punct(t, '.') ||
			    is_punct(t, ';') || is_punct(t, ':') ||
			    is_punct(t, '!') || is_punct(t, '?') ||
			    (is_word(t) && (t->w & (W_REL | W_THAT | W_CONJ))))
				break;
			if (t->rel < 0 && (is_verb_at(a, m) || (is_word(t) &&
			    (t->w & W_WEAK) && !t->cap) || (m + 1 < a->ntok &&
			    phrasal_speech(t, &a->toks[m + 1]))) &&
			    subject_right_after(a, j, m))
				return (long)m;
		}
	}
	if (a->pverb[k] >= 0)
		return a->pverb[k];
	return a->nverb[k];
}

/* The nearest speech verb on either side of every token. */
static void
find_verbs(struct attr_state *a)
{
	size_t i;
	long last = -1;

	if (a->ntok > a->verbcap) {
		a->verbcap = a->ntok;
		a->pverb = cw_reallocarray(a->pverb, a->verbcap, sizeof(long));
		a->nverb = cw_reallocarray(a->nverb, a->verbcap, sizeof(long));
	}
	for (i = 0; i < a->ntok; i++) {
		a->pverb[i] = last;
		if (is_verb_at(a, i))
			last = (long)i;
	}
	last = -1;
	for (i = a->ntok; i-- > 0;) {
		a->nverb[i] = last;
		if (is_verb_at(a, i))
			last = (long)i;
	}
}

/* The main subject of the sentence: that of its first main-clause verb,
 * else the phrase it opens with. */
static struct np
sentence_subject(struct attr_state *a, long *verb)
{
	struct np np;
	size_t i, c;

	*verb = -1;
	for (i = 0; i < a->ntok; i++)
		if (is_verb_at(a, i) && a->toks[i].rel < 0 &&
		    (a->toks[i].w & W_SAY) && !(a->toks[i].w & W_ACCORD)) {
			np = np_before(a, i, 0);
			if (np.kind != NP_NONE) {
				*verb = (long)i;
				return np;
			}
			break;
		}
	memset(&np, 0, sizeof(np));
	if (a->ntok == 0 || a->toks[0].type != T_WORD)
		return np;
	i = 0;
	if (a->toks[0].w & (W_PREP | W_CONJ | W_ADV | W_THAT | W_ACCORD)) {
		for (c = 0; c < a->ntok && c < 40; c++)
			if (is_punct(&a->toks[c], ',') || a->toks[c].type == T_QUOTE)
				break;
		i = c < a->ntok && is_punct(&a->toks[c], ',') ? c + 1 : 1;
	}
	return np_after(a, i, a->ntok, 0);
}

/* The subject of speech verb v. */
static struct np
subject_of(struct attr_state *a, size_t v, const struct np *main)
{
	const struct tok *t = &a->toks[v];
	struct np np;
	size_t k;

	if (t->w & W_ACCORD)
		return np_after(a, v + 2, a->ntok, 0);
	if (t->w & W_QUOTED) {
		np = np_after(a, v + 1, a->ntok, 0);
		if (np.kind != NP_NONE && np.b < a->ntok &&
		    key_is(&a->toks[np.b], "as"))
			return np;
		return np_before(a, v, 0);
	}
	/* X, who ... said: the antecedent */
	if (t->rel >= 0 && a->relstart[t->rel] > 0)
		return np_before(a, (size_t)a->relstart[t->rel], 0);
	if ((t->w & W_PART) && !(t->w & W_SAY)) {
		/* quoted it as saying */
		if (v > 0 && key_is(&a->toks[v - 1], "as"))
			for (k = v - 1; k-- > 0 && v - k < 8;)
				if (a->toks[k].w & W_QUOTED)
					return subject_of(a, k, main);
		/* "..., with forecasters warning that": the phrase after
		 * "with" speaks, not the sentence's subject */
		np = np_before(a, v, 0);
		if (np.kind != NP_NONE && np.kind != NP_PRON && np.a > 0 &&
		    key_is(&a->toks[np.a - 1], "with"))
			return np;
		return *main;
	}
	/* X said ... and called it: the subject of the verb before */
	if (v > 0 && (key_is(&a->toks[v - 1], "and") ||
	    key_is(&a->toks[v - 1], "but") || key_is(&a->toks[v - 1], "or"))) {
		np = np_before(a, v, 0);
		if (np.kind != NP_NONE)
			return np;
		if (a->pverb[v] >= 0 && a->pverb[v] < (long)v)
			return subject_of(a, (size_t)a->pverb[v], main);
		return *main;
	}
	/* the passive: "was described as "a breakthrough" by Berg" gives
	 * Berg; with no "by" nobody is named (the plan does not speak) */
	if (v > 0 && past_verb(a, t) && (key_is(&a->toks[v - 1], "was") ||
	    key_is(&a->toks[v - 1], "were") || key_is(&a->toks[v - 1], "is") ||
	    key_is(&a->toks[v - 1], "are") || key_is(&a->toks[v - 1], "been"))) {
		for (k = v + 1; k < a->ntok && k < v + 14; k++) {
			if (is_punct(&a->toks[k], '.') || is_punct(&a->toks[k], ';'))
				break;
			if (key_is(&a->toks[k], "by")) {
				np = np_after(a, k + 1, a->ntok, 0);
				if (np.kind == NP_NAME || np.kind == NP_ROLE ||
				    np.kind == NP_GROUP)
					return np;
				break;
			}
		}
		memset(&np, 0, sizeof(np));
		return np;
	}
	/* "...," said X */
	if (v > 0 && v + 1 < a->ntok && (a->toks[v - 1].type == T_QUOTE ||
	    (is_punct(&a->toks[v - 1], ',') && v > 1 &&
	    a->toks[v - 2].type == T_QUOTE)) && is_word(&a->toks[v + 1]) &&
	    !(a->toks[v + 1].w & (W_PREP | W_ADV | W_THAT | W_AUX))) {
		np = np_after(a, v + 1, a->ntok, 0);
		if (np.kind != NP_NONE)
			return np;
	}
	return np_before(a, v, 0);
}

/* The first document noun of the frame, with its modifiers: the antecedent
 * of a later "it" (an initial draft communique). */
static void
note_document(struct attr_state *a)
{
	size_t i, x, y;

	for (i = 0; i < a->ntok; i++)
		if (is_word(&a->toks[i]) && (a->toks[i].w & W_DOC) &&
		    !a->toks[i].cap)
			break;
	if (i == a->ntok)
		return;
	x = i;
	y = i + 1;
	while (y < a->ntok && is_word(&a->toks[y]) && (a->toks[y].w & W_DOC) &&
	    !a->toks[y].cap)
		y++;
	while (x > 0 && role_word(&a->toks[x - 1]) && !a->toks[x - 1].cap &&
	    y - x < 5)
		x--;
	a->doc_np = spk_from_tokens(a, x, y);
}

/* Titled names anywhere in the frame (German Chancellor Olaf Scholz,
 * spokesman Dmitry Peskov): people, so that "Scholz" later is one. */
static void
note_persons(struct attr_state *a)
{
	size_t i, j, k;

	for (i = 0; i < a->ntok; i = j + 1) {
		struct np np;
		int titled;

		j = i;
		if (!name_word(&a->toks[i]))
			continue;
		while (j + 1 < a->ntok && j - i < 12 &&
		    (name_word(&a->toks[j + 1]) || (!a->toks[j + 1].cap &&
		    (a->toks[j + 1].w & W_PARTICLE) && j + 2 < a->ntok &&
		    name_word(&a->toks[j + 2]))))
			j++;
		titled = i > 0 && is_word(&a->toks[i - 1]) &&
		    (a->toks[i - 1].w & (W_ROLE | W_TITLE)) && !a->toks[i - 1].cap;
		for (k = i; k < j && !titled; k++)
			titled = (a->toks[k].w & W_TITLE) != 0;
		if (!titled || (a->toks[j].w & W_ORG))
			continue;
		memset(&np, 0, sizeof(np));
		np.kind = NP_NAME;
		np.a = i;
		np.b = j + 1;
		strip_titles(a, &np);
		if (np.kind != NP_NAME || np.nb - np.na < 2)
			continue;
		np.titled = 1;
		(void)resolve(a, &np, a->ntok);
	}
}

/* Lists of names anywhere in the frame, for the document's order. */
static void
note_lists(struct attr_state *a)
{
	size_t i;

	for (i = 0; i + 2 < a->ntok; i++) {
		struct np np;
		size_t end;

		if (!key_is(&a->toks[i + 1], "and") || !name_word(&a->toks[i]) ||
		    !name_word(&a->toks[i + 2]))
			continue;
		end = i + 2;
		while (end + 1 < a->ntok && (name_word(&a->toks[end + 1]) ||
		    (!a->toks[end + 1].cap &&
		    (a->toks[end + 1].w & W_PARTICLE))) && end - i < 6)
			end++;
		np = np_ending_at(a, end, 0, -2);
		if (np.kind == NP_GROUP)
			(void)group_spk(a, &np, 1);
		i = end;
	}
}

/* A bare name speaking ("Ilves said") is probably a person unless it
 * names an organisation or the tagger said otherwise. */
static int
speaking_person(const struct attr_state *a, const struct np *np,
    const struct spk *s)
{
	const struct tok *h;

	if (s->person)
		return 1;
	if (np->kind != NP_NAME || s->len == 0 || has_org_word(a, np->na, np->nb))
		return 0;
	h = &a->toks[np->nb - 1];
	return !a->d->have_mentions || mention_in(a->d, h->s, h->e, -1) == NULL;
}

static void
set_focus(struct attr_state *a, const struct spk *s)
{
	if (s->len == 0)
		return;
	if (s->group)
		a->focus_group = *s;
	else if (s->person)
		a->focus_person = *s;
	else
		a->focus_thing = *s;
}

/* Read one sentence [s, e) of the current paragraph with regions
 * [r0, r1) inside it. */
static void
read_sentence(struct attr_state *a, size_t s, size_t e, size_t r0, size_t r1)
{
	struct np main, np;
	struct spk mainspk, sp;
	long mv, v;
	size_t k, i;

	tokenize(a, s, e, r0, r1);
	if (a->ntok == 0)
		return;
	mark_relatives(a);
	find_verbs(a);
	note_persons(a);
	note_lists(a);
	main = sentence_subject(a, &mv);
	memset(&mainspk, 0, sizeof(mainspk));
	if (main.kind != NP_NONE) {
		mainspk = resolve(a, &main, mv >= 0 ? (size_t)mv : a->ntok);
		if (mv >= 0 && speaking_person(a, &main, &mainspk))
			mainspk.person = 1;
		if (main.kind != NP_PRON)
			set_focus(a, &mainspk);
	}
	for (k = 0; k < a->ntok; k++) {
		const struct quote *q;
		struct qwork *w;
		struct qshape sh;
		const struct tok *prev;

		if (a->toks[k].type != T_QUOTE)
			continue;
		q = &a->ql->v[a->toks[k].quote];
		w = &a->qw[a->toks[k].quote];
		if (!w->shaped) {
			w->shape = shape_of(a, q);
			w->shaped = 1;
		}
		sh = w->shape;
		if (!w->seen) {
			w->seen = 1;
			prev = k > 0 ? &a->toks[k - 1] : NULL;
			w->starts = k == 0 || (k == 1 && (is_punct(prev, '(') ||
			    is_dash_tok(prev)));
			w->after_colon = prev && is_punct(prev, ':');
			w->intro = prev && (is_punct(prev, ',') ||
			    (is_word(prev) && (prev->w & (W_THAT | W_SAY | W_PART))));
			w->subject = w->starts && !sh.end_punct &&
			    sh.words <= 6 && k + 1 < a->ntok &&
			    is_word(&a->toks[k + 1]) &&
			    (a->toks[k + 1].w & W_AUX);
			w->termmark = prev && is_word(prev) &&
			    ((prev->w & W_TERMMARK) || (key_is(prev, "as") &&
			    k > 1 && key_is(&a->toks[k - 2], "known")));
		}
		if (w->resolved)
			continue;
		v = governing_verb(a, k, &sh);
		if (v >= 0) {
			np = subject_of(a, (size_t)v, &main);
			w->speaker = resolve(a, &np, (size_t)v);
			w->resolved = 1;
		} else if (w->after_colon && k >= 2) {
			size_t end = k - 2;

			/* "X weighed in:", "X agreed:" (a verb in the past
			 * right before the colon, no object), or X alone
			 * before it ("Nowak:"); not the object of a verb
			 * ("Kowal weighed the offer:" is not the offer
			 * speaking) */
			if (k >= 4 && phrasal_speech(&a->toks[k - 3],
			    &a->toks[k - 2]))
				end = k - 4;
			else if (k >= 3 && (past_verb(a, &a->toks[k - 2]) ||
			    key_is(&a->toks[k - 2], "read") ||
			    key_is(&a->toks[k - 2], "reads")))
				end = k - 3;   /* "The statement read:" */
			np = np_ending_at(a, end, 0, -1);
			if ((np.kind == NP_NAME || np.kind == NP_ROLE ||
			    np.kind == NP_GROUP) && (end != k - 2 ||
			    np.a == 0 || !is_word(&a->toks[np.a - 1]))) {
				w->speaker = resolve(a, &np, a->ntok);
				w->resolved = 1;
			}
		} else if (k + 2 < a->ntok && is_dash_tok(&a->toks[k + 1])) {
			/* a pull quote signed after a dash: "..." - Anna Berg */
			np = np_after(a, k + 2, a->ntok, 0);
			if (np.kind == NP_NAME && (np.b == a->ntok ||
			    is_punct(&a->toks[np.b], ',') ||
			    (np.b + 1 == a->ntok &&
			    a->toks[np.b].type == T_PUNCT))) {
				w->speaker = resolve(a, &np, a->ntok);
				w->resolved = 1;
			}
		}
	}
	/* the people who spoke in main clauses, for he/she and "he added" */
	for (i = 0; i < a->ntok; i++) {
		if (!is_verb_at(a, i) || a->toks[i].rel >= 0 ||
		    !(a->toks[i].w & W_SAY))
			continue;
		np = (long)i == mv ? main : subject_of(a, i, &main);
		if (np.kind == NP_NONE)
			continue;
		sp = (long)i == mv ? mainspk : resolve(a, &np, i);
		if (speaking_person(a, &np, &sp))
			sp.person = 1;
		if (sp.len && sp.person) {
			a->last_speaker = sp;
			a->focus_person = sp;
		} else if (np.kind != NP_PRON)
			set_focus(a, &sp);
	}
	/* "X said:" at the end of a paragraph introduces the next one */
	if (is_punct(&a->toks[a->ntok - 1], ':') && mv >= 0) {
		a->colon_speaker = mainspk;
		a->colon_para = a->para;
	}
	note_document(a);
}

/* Kind and final speaker of quotation i, once all its sentences are read. */
static void
finish_quote(struct attr_state *a, size_t i)
{
	const struct quote *q = &a->ql->v[i];
	struct qwork *w = &a->qw[i];
	struct attr_result *r = &a->res[i];
	struct qshape sh = w->shaped ? w->shape : shape_of(a, q);
	int clause = sh.upper_start && sh.words >= 3 && !sh.titlecase;
	struct spk none;

	memset(&none, 0, sizeof(none));
	if (q->flags & QUOTE_EMPTY) {
		r->kind = ATTR_TERM;
		r->speaker = r->speakerlen = 0;
		return;
	}
	if (q->depth > 0) {
		r->kind = clause ? ATTR_QUOTE : ATTR_TERM;
		r->speaker = r->speakerlen = 0;
		return;
	}
	if (w->subject)
		r->kind = ATTR_TERM;
	else if (w->starts || w->after_colon)
		r->kind = sh.upper_start || sh.words >= 3 ? ATTR_QUOTE :
		    w->resolved ? ATTR_FRAGMENT : ATTR_TERM;
	else if (w->intro && clause)
		r->kind = ATTR_QUOTE;
	else if (w->termmark || sh.titlecase)
		r->kind = ATTR_TERM;
	else
		r->kind = w->resolved ? ATTR_FRAGMENT : ATTR_TERM;

	if (r->kind == ATTR_QUOTE && !w->resolved) {
		/* a paragraph of quotation after the attributed one */
		if (a->have_prev_quote && a->prev_quote_para + 1 >= q->para) {
			w->speaker = a->prev_quote;
			w->resolved = 1;
		} else if (a->colon_speaker.len && a->colon_para + 1 == q->para) {
			w->speaker = a->colon_speaker;
			w->resolved = 1;
		}
	}
	if (r->kind == ATTR_TERM)
		w->speaker = none;
	r->speaker = w->speaker.off;
	r->speakerlen = w->speaker.len;
	if (r->kind != ATTR_TERM && w->speaker.len) {
		a->prev_quote = w->speaker;
		a->prev_quote_para = q->last_para;
		a->have_prev_quote = 1;
	}
}

/* The regions of paragraph p: top-level quotations opened in it or
 * running into it. */
static void
collect_regions(struct attr_state *a, size_t p, size_t *next)
{
	const struct quote_list *l = a->ql;
	const struct quote_para *pp = &a->d->paras[p];
	size_t i;

	a->nreg = 0;
	/* a quotation still running from an earlier paragraph (only one
	 * top-level quotation can run on at a time) */
	if (a->running >= 0) {
		const struct quote *q = &l->v[a->running];

		if (a->nreg == a->regcap) {
			a->regcap = a->regcap ? a->regcap * 2 : 16;
			a->regs = cw_reallocarray(a->regs, a->regcap,
			    sizeof(*a->regs));
		}
		a->regs[a->nreg].from = pp->start;
		a->regs[a->nreg].to = q->last_para == p ? q->close : pp->end;
		a->regs[a->nreg].qi = (size_t)a->running;
		a->nreg++;
		if (q->last_para <= p)
			a->running = -1;
	}
	for (i = *next; i < l->n && l->v[i].para == p; i++) {
		const struct quote *q = &l->v[i];

		if (q->depth != 0)
			continue;
		if (a->nreg == a->regcap) {
			a->regcap = a->regcap ? a->regcap * 2 : 16;
			a->regs = cw_reallocarray(a->regs, a->regcap,
			    sizeof(*a->regs));
		}
		a->regs[a->nreg].from = q->open;
		a->regs[a->nreg].to = q->last_para == p ? q->close : pp->end;
		a->regs[a->nreg].qi = i;
		a->nreg++;
		if (q->last_para > p)
			a->running = (long)i;
	}
	*next = i;
}

/*
 * Does an attribution follow the quotation that ended at t[i] with ! or ?
 * ("We won!" Trump said.  "Why?" asked Anna Berg.)  Then the sentence goes
 * on: a name or pronoun of at most four words, then a speech verb, or a
 * speech verb first.
 */
static int
attribution_follows(const char *t, size_t i, size_t e)
{
	size_t n, words;
	int cap;
	uint32_t w;

	for (words = 0; words < 5; words++) {
		w = ascii_word(t, &i, e, &n, &cap);
		if (n == 0 || (i < e && t[i] != ' ' && t[i] != '.' &&
		    t[i] != ','))
			return 0;
		if (w & W_SAY)
			return 1;
		if (!cap && !(w & (W_HE | W_THEY | W_FIRST | W_ROLE | W_ORG |
		    W_TITLE)))
			return 0;       /* a lower-case word that is no verb
			                   nor part of a speaker: "Police
			                   officers shouted" goes on */
		if (i < e && t[i] == '.' && memchr(t + i - n, '.', n) != NULL)
			i++;            /* U.S. */
		if (i < e && t[i] != ' ')
			return 0;
	}
	return 0;
}

/* Cut paragraph p into sentences outside its regions and read each. */
static void
read_paragraph(struct attr_state *a, size_t p)
{
	const char *t = a->d->text;
	size_t s = a->d->paras[p].start, e = a->d->paras[p].end;
	size_t i = s, sstart = s, r = 0, r0 = 0, len;
	int32_t cp;

	while (i < e) {
		if (r < a->nreg && i >= a->regs[r].from) {
			const struct quote *q = &a->ql->v[a->regs[r].qi];
			size_t to = a->regs[r].to, st;
			int32_t last;

			r++;
			i = to > i ? to : i + 1;
			/* "... side." Next: a quotation ending a sentence */
			if (q->last_para == p && !(q->flags & QUOTE_UNCLOSED) &&
			    q->nseg > 0) {
				const struct quote_seg *sg =
				    &a->ql->segs[q->seg + q->nseg - 1];

				last = uc_before(t, sg->start, sg->end, &st);
				if ((last == '.' || last == '!' || last == '?' ||
				    last == 0x2026) && starts_sentence(t, i, e) &&
				    !((last == '!' || last == '?') &&
				    attribution_follows(t, i, e))) {
					read_sentence(a, sstart, i, r0, r);
					sstart = i;
					r0 = r;
				}
			}
			continue;
		}
		cp = uc_at(t, e, i, &len);
		if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026) {
			size_t j = i + len;

			while (j < e && (t[j] == '.' || t[j] == '!' ||
			    t[j] == '?' || t[j] == ')' || t[j] == ']'))
				j++;
			if (j < e && (r >= a->nreg || j <= a->regs[r].from) &&
			    (t[j] == ' ' || t[j] == '\t' || t[j] == '\n' ||
			    (unsigned char)t[j] == 0xC2) &&
			    starts_sentence(t, j, e) &&
			    !(cp == '.' && is_abbrev(t, s, i))) {
				read_sentence(a, sstart, j, r0, r);
				sstart = j;
				r0 = r;
			}
			i = j;
			continue;
		}
		i += len;
	}
	if (sstart < e || r0 < a->nreg)
		read_sentence(a, sstart, e, r0, a->nreg);
}

void
attr_document(struct attr_state *a, const struct attr_doc *d,
    const struct quote_list *q, struct attr_result *res)
{
	size_t p, i, next = 0, done = 0;

	a->d = d;
	a->ql = q;
	a->res = res;
	buf_reset(&a->names);
	buf_addc(&a->names, '\0');     /* offset 0 is never a speaker */
	memset(&a->focus_person, 0, sizeof(struct spk));
	a->focus_group = a->focus_thing = a->last_speaker = a->focus_person;
	a->doc_np = a->prev_quote = a->colon_speaker = a->focus_person;
	memset(a->lastcoord, 0, sizeof(a->lastcoord));
	a->have_prev_quote = 0;
	a->running = -1;
	smap_clear(&a->persons);
	smap_clear(&a->heads);
	smap_clear(&a->coords);
	if (q->n > a->qwcap) {
		a->qwcap = q->n;
		a->qw = cw_reallocarray(a->qw, a->qwcap, sizeof(*a->qw));
	}
	if (q->n)
		memset(a->qw, 0, q->n * sizeof(*a->qw));
	for (p = 0; p < d->npara; p++) {
		a->para = p;
		collect_regions(a, p, &next);
		read_paragraph(a, p);
		/* quotations that end in this paragraph, in order */
		while (done < q->n && q->v[done].para <= p) {
			if (q->v[done].last_para > p)
				break;
			finish_quote(a, done);
			done++;
		}
	}
	for (i = done; i < q->n; i++)
		finish_quote(a, i);
}
