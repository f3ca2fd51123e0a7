/* ner_doc.c - how each word fared elsewhere in its document (ner_doc.h). */
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "ner_doc.h"

struct ner_docstat {
	uint64_t key;            /* lower-case word hash | 1; 0 is empty */
	uint32_t n, o;           /* occurrences, those labelled O */
	uint32_t type[NER_NTYPES], first[NER_NTYPES], last[NER_NTYPES];
	uint32_t capmid, lower;  /* capitalised mid-sentence; lower case */
};

static struct ner_docstat *
find(struct ner_docmap *m, uint64_t key)
{
	size_t i;

	key |= 1;
	for (i = key & (m->cap - 1); m->v[i].key != 0 && m->v[i].key != key;
	    i = (i + 1) & (m->cap - 1))
		;
	m->v[i].key = key;
	return &m->v[i];
}

/* Add (d = 1) or take out (d = -1) one occurrence. */
static void
count(struct ner_docstat *s, const struct ner_word *w, int lab, int d)
{
	s->n += d;
	if (lab == 0)
		s->o += d;
	else {
		int t = NER_LAB_TYPE(lab), p = NER_LAB_POS(lab);

		s->type[t] += d;
		if (p == NER_B || p == NER_U)
			s->first[t] += d;
		if (p == NER_L || p == NER_U)
			s->last[t] += d;
	}
	if ((w->flags & (WF_INITCAP | WF_FIRST | WF_CAPSENT)) == WF_INITCAP)
		s->capmid += d;
	if ((w->flags & WF_LETTER) && !(w->flags & (WF_INITCAP | WF_ALLCAP)))
		s->lower += d;
}

void
ner_docinfo(struct ner_docmap *m, const struct ner_word *words,
    const uint8_t *labels, size_t n, struct ner_docinfo *di)
{
	size_t i, want = 64;
	int t;

	while (want < 2 * n)
		want *= 2;
	if (m->cap < want) {
		free(m->v);
		m->v = cw_calloc(want, sizeof(*m->v));
		m->cap = want;
	} else
		memset(m->v, 0, m->cap * sizeof(*m->v));
	for (i = 0; i < n; i++)
		count(find(m, words[i].lw), &words[i], labels[i], 1);
	for (i = 0; i < n; i++) {
		struct ner_docstat *s = find(m, words[i].lw);
		struct ner_docinfo *d = &di[i];
		uint32_t best = 0;

		count(s, &words[i], labels[i], -1);
		memset(d, 0, sizeof(*d));
		d->s1 = labels[i];
		for (t = 0; t < NER_NTYPES; t++) {
			if (s->type[t]) {
				d->any |= 1u << t;
				if (s->type[t] > best) {
					best = s->type[t];
					d->maj = (uint8_t)(1 + t);
				}
			}
			if (s->first[t])
				d->first |= 1u << t;
			if (s->last[t])
				d->last |= 1u << t;
		}
		if (s->n > 0 && s->o == s->n)
			d->seen |= 1;
		if (s->capmid)
			d->seen |= 2;
		if (s->lower)
			d->seen |= 4;
		count(s, &words[i], labels[i], 1);
	}
}

void
ner_docmap_free(struct ner_docmap *m)
{
	free(m->v);
	m->v = NULL;
	m->cap = 0;
}
