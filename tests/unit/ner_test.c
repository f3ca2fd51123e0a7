/* ner_test.c - the tagger's tokenizer and canonical names. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "ner_canon.h"
#include "ner_feat.h"
#include "ner_token.h"

/* The words of s joined by single spaces. */
static const char *
words(const char *s)
{
	static char out[1024];
	struct ner_toks t = { 0 };
	size_t i, o = 0;

	ner_tokenize(s, strlen(s), &t);
	for (i = 0; i < t.n && o + (t.v[i].end - t.v[i].start) + 2 < sizeof(out);
	    i++) {
		if (i)
			out[o++] = ' ';
		memcpy(out + o, s + t.v[i].start, t.v[i].end - t.v[i].start);
		o += t.v[i].end - t.v[i].start;
	}
	out[o] = '\0';
	ner_toks_free(&t);
	return out;
}

static void
tok(const char *in, const char *want)
{
	const char *got = words(in);

	check(strcmp(got, want) == 0, "tokenize \"%s\": got \"%s\", want \"%s\"",
	    in, got, want);
}

static void
test_tokenizer(void)
{
	tok("", "");
	tok("   \t ", "");
	tok("Iran's envoy, Bashar al-Ja'afari, said (in Astana) that the U.S. "
	    "didn't agree.", "Iran 's envoy , Bashar al-Ja'afari , said ( in "
	    "Astana ) that the U.S. did n't agree .");
	tok("Iran\xe2\x80\x99s \xe2\x80\x9cwar crimes\xe2\x80\x9d\xe2\x80\x94said "
	    "Mr. Smith.", "Iran \xe2\x80\x99s \xe2\x80\x9c war crimes "
	    "\xe2\x80\x9d \xe2\x80\x94 said Mr. Smith .");
	tok("Astana- but who isn\xe2\x80\x99t taking part?",
	    "Astana - but who is n\xe2\x80\x99t taking part ?");
	tok("the rebels' guns... 'no'", "the rebels ' guns ... ' no '");
	/* CoNLL tokens joined by spaces come back unchanged */
	tok("Germany 's S.AFRICA 1996-08-30 ( AP ) - \" Ltd. 's 'S n't",
	    "Germany 's S.AFRICA 1996-08-30 ( AP ) - \" Ltd. 's 'S n't");
	tok("J. Smith and Corp. in '96", "J. Smith and Corp. in '96");
	tok("in 2011.", "in 2011 .");
	tok("a\xc2\xa0" "b", "a b");
}

static void
name(const char *in, int type, const char *want, int want_type)
{
	struct ner_aliases *a = ner_aliases_new();
	struct buf key = BUF_INIT, nm = BUF_INIT;
	int t = type;

	ner_canon_name(a, in, strlen(in), &t, 0, &key, &nm);
	buf_cstr(&nm);
	check(strcmp(nm.data, want) == 0 && t == want_type,
	    "name \"%s\": got \"%s\" %d, want \"%s\" %d", in, nm.data, t, want,
	    want_type);
	buf_free(&key);
	buf_free(&nm);
	ner_aliases_free(a);
}

static void
test_names(void)
{
	name("Bashar al-Ja'afari", NER_PER, "Bashar Jaafari", NER_PER);
	name("Bashar Jaafari", NER_PER, "Bashar Jaafari", NER_PER);
	name("Mr Ja\xe2\x80\x99" "afari", NER_PER, "Jaafari", NER_PER);
	name("Foreign Minister Kairat Abdrakhmanov", NER_PER,
	    "Kairat Abdrakhmanov", NER_PER);
	name("Mohammad Alloush", NER_PER, "Mohammed Alloush", NER_PER);
	name("Muhammad Alloush", NER_PER, "Mohammed Alloush", NER_PER);
	name("Staffan de Mistura", NER_PER, "Staffan de Mistura", NER_PER);
	name("Jabhat Fateh al-Sham", NER_ORG, "Jabhat Fateh al-Sham", NER_ORG);
	name("Fatah al-Sham Front", NER_ORG, "Jabhat Fateh al-Sham", NER_ORG);
	name("Jabhat Fateh-al-Sham", NER_PER, "Jabhat Fateh al-Sham", NER_ORG);
	name("Fateh al-Sham", NER_MISC, "Jabhat Fateh al-Sham", NER_ORG);
	name("Daesh", NER_PER, "Islamic State", NER_ORG);
	name("Isis", NER_ORG, "Islamic State", NER_ORG);
	name("IS", NER_ORG, "Islamic State", NER_ORG);
	name("U.S.", NER_LOC, "United States", NER_LOC);
	name("U.N.", NER_ORG, "United Nations", NER_ORG);
	name("Britain", NER_LOC, "United Kingdom", NER_LOC);
	name("Wadi Barada", NER_LOC, "Barada", NER_LOC);
	name("Barada valley", NER_LOC, "Barada", NER_LOC);
	name("Erdo\xc4\x9f" "an", NER_PER, "Erdogan", NER_PER);
	name("BBC", NER_ORG, "BBC", NER_ORG);
	name("Iran's", NER_LOC, "Iran", NER_LOC);
	name("al-Qaeda", NER_ORG, "al-Qaeda", NER_ORG);
	name("Al Qaida", NER_ORG, "al-Qaeda", NER_ORG);
	name("Al Qaeda", NER_MISC, "al-Qaeda", NER_ORG);
	name("Volodymyr Zelenskyy", NER_PER, "Volodymyr Zelensky", NER_PER);
	name("Zelenskiy", NER_PER, "Zelensky", NER_PER);
	name("Kowalski", NER_PER, "Kowalski", NER_PER);
	name("McConnell", NER_PER, "McConnell", NER_PER);
	name("Hezbollah", NER_LOC, "Hezbollah", NER_ORG);
	name("al", NER_ORG, "Al", NER_ORG);
}

static void
test_alias_add(void)
{
	struct ner_aliases *a = ner_aliases_new();
	struct buf key = BUF_INIT, nm = BUF_INIT;
	int t = NER_ORG;

	check(ner_aliases_add(a, "Acme Corp.", 10, "Acme", 4, NER_MISC) == 0,
	    "alias added");
	check(ner_aliases_add(a, "...", 3, "x", 1, -1) == -1,
	    "an alias of punctuation only is refused");
	ner_canon_name(a, "ACME CORP", 9, &t, 0, &key, &nm);
	buf_cstr(&nm);
	check(strcmp(nm.data, "Acme") == 0 && t == NER_MISC,
	    "alias found whatever the case: \"%s\" %d", nm.data, t);
	buf_free(&key);
	buf_free(&nm);
	ner_aliases_free(a);
}

int
main(void)
{
	test_tokenizer();
	test_names();
	test_alias_add();
	return check_done("ner_test");
}
