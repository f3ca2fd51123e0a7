/* qstore.c - keeping, clustering and writing quotations (see qstore.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "hash.h"
#include "qcluster.h"
#include "qstore.h"
#include "record.h"

/* Interned strings: sources and speakers repeat a great deal. */
struct strtab {
	struct buf bytes;
	size_t *off, *len;
	size_t n, cap;
	uint32_t *slot;         /* id + 1, 0 empty */
	uint64_t *hash;
	size_t slots;
};

struct occ {
	size_t text, loc;       /* in qstore.texts, qstore.locs */
	uint32_t textlen, loclen;
	uint32_t source, speaker;       /* ids; speaker 0 is "" */
	unsigned char kind;
};

/* The spelling chosen for a CANONICAL so far. */
struct spelling {
	size_t off, len;        /* in qstore.spell */
	size_t words;
};

struct qstore {
	struct qc *qc;
	struct strtab canons;   /* CANONICAL -> id */
	struct spelling *sp;    /* by canon id */
	size_t spcap;
	struct buf spell;
	struct buf tmp;
	struct occ *v;
	size_t n, cap;
	struct buf texts, locs;
	struct strtab sources, speakers;
};

static uint32_t
intern(struct strtab *t, const char *s, size_t n)
{
	uint64_t h = fnv1a64(s, n);
	size_t i;

	if ((t->n + 1) * 2 > t->slots) {
		uint32_t *os = t->slot;
		uint64_t *oh = t->hash;
		size_t on = t->slots, j;

		t->slots = t->slots ? t->slots * 2 : 256;
		t->slot = cw_calloc(t->slots, sizeof(*t->slot));
		t->hash = cw_calloc(t->slots, sizeof(*t->hash));
		for (j = 0; j < on; j++) {
			if (os[j] == 0)
				continue;
			i = oh[j] & (t->slots - 1);
			while (t->slot[i] != 0)
				i = (i + 1) & (t->slots - 1);
			t->slot[i] = os[j];
			t->hash[i] = oh[j];
		}
		free(os);
		free(oh);
	}
	i = h & (t->slots - 1);
	while (t->slot[i] != 0) {
		uint32_t id = t->slot[i] - 1;

		if (t->hash[i] == h && t->len[id] == n &&
		    (n == 0 || memcmp(t->bytes.data + t->off[id], s, n) == 0))
			return id;
		i = (i + 1) & (t->slots - 1);
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->off = cw_reallocarray(t->off, t->cap, sizeof(*t->off));
		t->len = cw_reallocarray(t->len, t->cap, sizeof(*t->len));
	}
	t->off[t->n] = t->bytes.len;
	t->len[t->n] = n;
	buf_add(&t->bytes, s, n);
	t->slot[i] = (uint32_t)t->n + 1;
	t->hash[i] = h;
	return (uint32_t)t->n++;
}

static void
strtab_free(struct strtab *t)
{
	buf_free(&t->bytes);
	free(t->off);
	free(t->len);
	free(t->slot);
	free(t->hash);
}

struct qstore *
qs_new(void)
{
	struct qstore *s = cw_calloc(1, sizeof(*s));

	s->qc = qc_new();
	(void)intern(&s->speakers, "", 0);      /* id 0: nobody */
	return s;
}

void
qs_free(struct qstore *s)
{
	if (s == NULL)
		return;
	qc_free(s->qc);
	free(s->v);
	buf_free(&s->texts);
	buf_free(&s->locs);
	strtab_free(&s->sources);
	strtab_free(&s->speakers);
	strtab_free(&s->canons);
	free(s->sp);
	buf_free(&s->spell);
	buf_free(&s->tmp);
	free(s);
}

void
qs_add(struct qstore *s, const char *source, size_t sourcelen,
    const char *loc, size_t loclen, int kind, const char *speaker,
    size_t speakerlen, const char *text, size_t textlen)
{
	struct occ *o;

	if (textlen > UINT32_MAX)
		cw_errx(CW_TROUBLE, "a quotation of %zu bytes is too long",
		    textlen);
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 1024;
		s->v = cw_reallocarray(s->v, s->cap, sizeof(*s->v));
	}
	o = &s->v[s->n++];
	o->text = s->texts.len;
	o->textlen = (uint32_t)textlen;
	buf_add(&s->texts, text, textlen);
	o->loc = s->locs.len;
	o->loclen = (uint32_t)loclen;
	buf_add(&s->locs, loc, loclen);
	o->source = intern(&s->sources, source, sourcelen);
	o->speaker = intern(&s->speakers, speaker, speakerlen);
	o->kind = (unsigned char)kind;
	qc_add(s->qc, text, textlen, kind == QS_TERM,
	    speakerlen ? qc_name_key(speaker, speakerlen) : 0);
}

void
qs_name(struct qstore *s, const char *canon, size_t canonlen,
    const char *spelling, size_t n)
{
	uint32_t id = intern(&s->canons, canon, canonlen);
	struct spelling *b;
	size_t i, words = 0, start;
	int space = 1;

	if (id >= s->spcap) {
		size_t old = s->spcap;

		s->spcap = s->spcap ? s->spcap * 2 : 64;
		while (s->spcap <= id)
			s->spcap *= 2;
		s->sp = cw_reallocarray(s->sp, s->spcap, sizeof(*s->sp));
		memset(s->sp + old, 0, (s->spcap - old) * sizeof(*s->sp));
	}
	/* white space as one space, a possessive 's dropped */
	buf_reset(&s->tmp);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)spelling[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c < 0x20) {
			space = 1;
			continue;
		}
		if (space && s->tmp.len > 0)
			buf_addc(&s->tmp, ' ');
		words += space;
		space = 0;
		buf_addc(&s->tmp, (char)c);
	}
	if (s->tmp.len > 2 && s->tmp.data[s->tmp.len - 1] == 's' &&
	    s->tmp.data[s->tmp.len - 2] == '\'')
		s->tmp.len -= 2;
	if (s->tmp.len == 0)
		return;
	b = &s->sp[id];
	if (b->len > 0 && (words < b->words ||
	    (words == b->words && s->tmp.len <= b->len)))
		return;
	start = s->spell.len;
	buf_add(&s->spell, s->tmp.data, s->tmp.len);
	b->off = start;
	b->len = s->tmp.len;
	b->words = words;
}

/* The speaker strings as written: each marked CANONICAL replaced by its
 * spelling.  Returns one string per speaker id, in s->tmp. */
static size_t *
speaker_names(struct qstore *s, size_t **lens)
{
	size_t *off = cw_reallocarray(NULL, s->speakers.n + 1, sizeof(*off));
	size_t i, j;

	*lens = cw_reallocarray(NULL, s->speakers.n + 1, sizeof(**lens));
	buf_reset(&s->tmp);
	for (i = 0; i < s->speakers.n; i++) {
		size_t n = s->speakers.len[i];
		const char *p = n > 0 ? s->speakers.bytes.data +
		    s->speakers.off[i] : "";   /* data is NULL while empty */

		off[i] = s->tmp.len;
		for (j = 0; j < n; j++) {
			const char *end;
			size_t k;

			if (p[j] != '\001') {
				buf_addc(&s->tmp, p[j]);
				continue;
			}
			end = memchr(p + j, '\002', n - j);
			if (end == NULL)
				break;
			k = (size_t)(end - p);
			{
				uint32_t id = intern(&s->canons, p + j + 1, k - j - 1);

				if (id < s->spcap && s->sp[id].len > 0)
					buf_add(&s->tmp, s->spell.data + s->sp[id].off,
					    s->sp[id].len);
				else
					buf_add(&s->tmp, p + j + 1, k - j - 1);
			}
			j = k;
		}
		(*lens)[i] = s->tmp.len - off[i];
	}
	return off;
}

size_t
qs_count(const struct qstore *s)
{
	return s->n;
}

static const char *const kind_names[] = { "quote", "fragment", "term" };

const char *
qs_kind_name(int kind)
{
	return kind >= 0 && kind <= QS_TERM ? kind_names[kind] : "?";
}

int
qs_kind_of(const char *name)
{
	int i;

	for (i = 0; i <= QS_TERM; i++)
		if (strcmp(name, kind_names[i]) == 0)
			return i;
	return -1;
}

/* The speakers as written (speaker_names), and the key of each one's
 * last name, while writing. */
static size_t *spk_off, *spk_len;
static uint64_t *spk_key;

/* Speaker filter: equal ignoring ASCII case. */
static int
speaker_is(const struct qstore *s, uint32_t id, const char *name)
{
	size_t n = strlen(name), i;
	const char *p = s->tmp.data + spk_off[id];

	if (id == 0)
		return strcmp(name, "-") == 0;
	if (spk_len[id] != n)
		return 0;
	for (i = 0; i < n; i++) {
		char a = p[i], b = name[i];

		if (a >= 'A' && a <= 'Z')
			a = (char)(a + 32);
		if (b >= 'A' && b <= 'Z')
			b = (char)(b + 32);
		if (a != b)
			return 0;
	}
	return 1;
}

static void
put_speaker(const struct qstore *s, uint32_t id)
{
	if (id == 0)
		out_putc('-');
	else
		out_escaped(s->tmp.data + spk_off[id], spk_len[id]);
}

static void
put_source(const struct qstore *s, uint32_t id)
{
	out_write(s->sources.bytes.data + s->sources.off[id],
	    s->sources.len[id]);
}

static void
put_qid(const struct qs_filter *f, size_t cluster, size_t nsrc)
{
	if (f->story != NULL) {         /* a field as read: still escaped */
		out_write(f->story, f->storylen);
		out_putc('/');
	}
	out_putc('q');
	out_ulong((unsigned long)cluster + 1);
	out_putc('\t');
	out_ulong((unsigned long)nsrc);
	out_putc('\t');
}

/*
 * The cluster's speaker: the one named most often, counting together the
 * names that share a last name (Marta Ilves, Ilves), written in its
 * fullest form; the first on a tie.  At most QS_NAMES different last names
 * are counted per cluster.
 */
#define QS_NAMES 64

struct tally {
	uint64_t key;
	uint32_t best;          /* the longest name with this key */
	size_t count;
};

static uint32_t
cluster_speaker(const struct qstore *s, const size_t *mem, size_t nmem)
{
	struct tally t[QS_NAMES];
	size_t i, j, n = 0, pick = 0;

	for (i = 0; i < nmem; i++) {
		uint32_t id = s->v[mem[i]].speaker;

		if (id == 0)
			continue;
		for (j = 0; j < n && t[j].key != spk_key[id]; j++)
			;
		if (j == n) {
			if (n == QS_NAMES)
				continue;
			t[n].key = spk_key[id];
			t[n].best = id;
			t[n].count = 0;
			n++;
		}
		t[j].count++;
		if (spk_len[id] > spk_len[t[j].best])
			t[j].best = id;
	}
	if (n == 0)
		return 0;
	for (j = 1; j < n; j++)
		if (t[j].count > t[pick].count)
			pick = j;
	return t[pick].best;
}

/* One line per cluster: QID N SOURCES SPEAKER QUOTE. */
static void
write_cluster(const struct qstore *s, const struct qs_filter *f,
    const size_t *mem, size_t nmem, size_t cluster, size_t nsrc,
    uint32_t *mark)
{
	size_t i, fullest = 0;
	int first = 1, ok_kind = f->kind < 0, ok_speaker = f->speaker == NULL;

	for (i = 0; i < nmem; i++) {
		const struct occ *o = &s->v[mem[i]];

		ok_kind |= o->kind == f->kind;
		if (!ok_speaker)
			ok_speaker = speaker_is(s, o->speaker, f->speaker);
	}
	if (!ok_kind || !ok_speaker)
		return;
	put_qid(f, cluster, nsrc);
	for (i = 0; i < nmem; i++) {
		const struct occ *o = &s->v[mem[i]];

		if (mark[o->source] != cluster + 1) {
			mark[o->source] = (uint32_t)cluster + 1;
			if (!first)
				out_putc(',');
			put_source(s, o->source);
			first = 0;
		}
		if (o->textlen > s->v[mem[fullest]].textlen)
			fullest = i;
	}
	out_putc('\t');
	put_speaker(s, cluster_speaker(s, mem, nmem));
	out_putc('\t');
	out_escaped(s->texts.data + s->v[mem[fullest]].text,
	    s->v[mem[fullest]].textlen);
	out_endrec();
}

int
qs_write(struct qstore *s, const struct qs_filter *f)
{
	const uint32_t *cl;
	size_t nc = qc_cluster(s->qc, &cl), i, c;
	size_t *start = cw_calloc(nc + 1, sizeof(*start));
	size_t *mem = cw_reallocarray(NULL, s->n ? s->n : 1, sizeof(*mem));
	size_t *fill = cw_calloc(nc + 1, sizeof(*fill));
	uint32_t *mark = cw_calloc(s->sources.n + 1, sizeof(*mark));
	uint32_t *mark2 = cw_calloc(s->sources.n + 1, sizeof(*mark2));
	int speaker_found = f->speaker == NULL;

	spk_off = speaker_names(s, &spk_len);
	spk_key = cw_reallocarray(NULL, s->speakers.n + 1, sizeof(*spk_key));
	for (i = 0; i < s->speakers.n; i++)
		spk_key[i] = qc_name_key(spk_len[i] > 0 ? s->tmp.data +
		    spk_off[i] : "", spk_len[i]);   /* tmp NULL if all empty */
	for (i = 0; i < s->n && !speaker_found; i++)
		speaker_found = speaker_is(s, s->v[i].speaker, f->speaker);

	/* the occurrences of each cluster together, in input order */
	for (i = 0; i < s->n; i++)
		start[cl[i] + 1]++;
	for (c = 0; c < nc; c++)
		start[c + 1] += start[c];
	for (i = 0; i < s->n; i++)
		mem[start[cl[i]] + fill[cl[i]]++] = i;

	for (c = 0; c < nc; c++) {
		size_t a = start[c], b = start[c + 1], nsrc = 0;

		for (i = a; i < b; i++)
			if (mark[s->v[mem[i]].source] != c + 1) {
				mark[s->v[mem[i]].source] = (uint32_t)c + 1;
				nsrc++;
			}
		if (nsrc < f->min_sources)
			continue;
		if (f->clusters) {
			write_cluster(s, f, mem + a, b - a, c, nsrc, mark2);
			continue;
		}
		for (i = a; i < b; i++) {
			const struct occ *o = &s->v[mem[i]];

			if (f->kind >= 0 && o->kind != f->kind)
				continue;
			if (f->speaker != NULL && !speaker_is(s, o->speaker,
			    f->speaker))
				continue;
			put_qid(f, c, nsrc);
			put_source(s, o->source);
			out_putc('\t');
			out_write(s->locs.data + o->loc, o->loclen);
			out_putc('\t');
			out_puts(qs_kind_name(o->kind));
			out_putc('\t');
			put_speaker(s, o->speaker);
			out_putc('\t');
			out_escaped(s->texts.data + o->text, o->textlen);
			out_endrec();
		}
	}
	free(start);
	free(mem);
	free(fill);
	free(mark);
	free(mark2);
	free(spk_off);
	free(spk_len);
	free(spk_key);
	spk_off = spk_len = NULL;
	spk_key = NULL;
	return speaker_found;
}
