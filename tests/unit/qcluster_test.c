/*
 * qcluster_test.c - unit tests for lib/qcluster.c: word normalisation and
 * each rule that makes two quotations one utterance, or keeps them apart.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "qcluster.h"

/* Cluster texts (a NULL-terminated list, "T:" before a term, "S:key:"
 * naming a speaker key); returns the cluster numbers as a string "0 0 1". */
static const char *
cluster(const char *const *texts)
{
	static char out[256];
	struct qc *c = qc_new();
	const uint32_t *cl;
	size_t i, n = 0, k = 0;

	for (i = 0; texts[i] != NULL; i++) {
		const char *t = texts[i];
		int term = 0;
		uint64_t spk = 0;

		if (strncmp(t, "T:", 2) == 0) {
			term = 1;
			t += 2;
		}
		if (strncmp(t, "S:", 2) == 0) {
			const char *colon = strchr(t + 2, ':');

			spk = qc_name_key(t + 2, (size_t)(colon - t - 2));
			t = colon + 1;
		}
		qc_add(c, t, strlen(t), term, spk);
		n++;
	}
	qc_cluster(c, &cl);
	out[0] = '\0';
	for (i = 0; i < n; i++)
		k += (size_t)snprintf(out + k, sizeof(out) - k, "%s%u", i ? " " : "",
		    cl[i]);
	qc_free(c);
	return out;
}

#define CLUSTER(want, ...) do { \
	static const char *const in[] = { __VA_ARGS__, NULL }; \
	const char *got = cluster(in); \
	check(strcmp(got, want) == 0, "%s: got %s, want %s", in[0], got, want); \
} while (0)

static void
test_words(void)
{
	uint64_t *a = NULL, *b = NULL;
	size_t ca = 0, cb = 0, na, nb;

	const char *t1 = "Provocations, and THE \xe2\x80\x9c" "ceasefire\xe2\x80\x9d!";
	const char *t2 = "provocation and the ceasefire";

	na = qc_words(t1, strlen(t1), &a, &ca);
	nb = qc_words(t2, strlen(t2), &b, &cb);
	check(na == 4 && nb == 4 && memcmp(a, b, 4 * sizeof(*a)) == 0,
	    "case, punctuation and plural fold (%zu %zu)", na, nb);
	t1 = "there's Caf\xc3\xa9 parties";
	t2 = "theres cafe party";
	na = qc_words(t1, strlen(t1), &a, &ca);
	nb = qc_words(t2, strlen(t2), &b, &cb);
	check(na == 3 && nb == 3 && memcmp(a, b, 3 * sizeof(*a)) == 0,
	    "apostrophe, diacritic, -ies fold");
	na = qc_words("process crisis status", 21, &a, &ca);
	nb = qc_words("proces crisi statu", 18, &b, &cb);
	check(na == 3 && memcmp(a, b, 3 * sizeof(*a)) != 0, "-ss -is -us kept");
	t1 = "... ? \xe2\x80\x94";
	check(qc_words(t1, strlen(t1), &a, &ca) == 0, "no words");
	check(qc_name_key("Walid al-Muallem", 16) == qc_name_key("Muallem", 7),
	    "al- dropped from a name key");
	free(a);
	free(b);
}

static void
test_rules(void)
{
	/* exact, up to case, punctuation and number */
	CLUSTER("0 0 1", "Bloodletting", "bloodletting.", "something else");
	/* the communique in three lengths */
	CLUSTER("0 0 0",
	    "to observe and ensure full compliance with the ceasefire, prevent "
	    "any provocations and determine all modalities of the ceasefire.",
	    "prevent any provocations and determine all modalities of the "
	    "ceasefire,",
	    "observe and ensure full compliance with the ceasefire, prevent any "
	    "provocation and determine all modalities");
	/* one word changed in four or more */
	CLUSTER("0 0", "we will not give up now", "we shall not give up now");
	/* but not in three */
	CLUSTER("0 1", "a comprehensive war", "a total war");
	/* a two-word fragment joins its one container */
	CLUSTER("0 1 0", "their determination to fight jointly",
	    "something else entirely", "fight jointly");
	/* ... and stays alone when two different quotations hold it */
	CLUSTER("0 1 2", "they will fight jointly against them",
	    "we never said we would fight jointly", "fight jointly");
	/* ... unless only one of them has its speaker */
	CLUSTER("0 1 0", "S:Alloush:they will fight jointly against them",
	    "S:Spicer:we never said we would fight jointly",
	    "S:Mohammed Alloush:fight jointly");
	/* a single word joins the quotation that holds it */
	CLUSTER("0 0", "Alloush called it a bloodletting in Syria",
	    "bloodletting");
	/* a fragment of one content word needs an agreeing speaker */
	CLUSTER("0 1", "S:Smith:a disaster for the city",
	    "S:Officials:a disaster");
	CLUSTER("0 0", "S:John Smith:a disaster for the city",
	    "S:Smith:a disaster");
	/* function words alone join nothing */
	CLUSTER("0 1", "the end of the road", "the");
	/* a term joins only its equal */
	CLUSTER("0 1 1", "the Islamic State fighters", "T:Islamic State",
	    "T:islamic state");
	/* marks without words are equal only to the same marks */
	CLUSTER("0 1 0", "...", "?", "...");
	/* numbered by first appearance */
	CLUSTER("0 1 0 2", "alpha beta gamma delta", "one two three four",
	    "Alpha, beta, gamma, delta!", "five six seven eight");
}

int
main(void)
{
	test_words();
	test_rules();
	return check_done("qcluster_test");
}
