/*
 * ner.c - fuzz the tagger: tokenizer, features, both passes, label rules,
 * canonical names and short-form linking, on one document whose sentences
 * are the input's lines (made valid UTF-8 first, as the record reader
 * would).  Checks that words and mentions stay inside their sentence, in
 * order, and that canonical names are not empty and are valid UTF-8.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "ner_canon.h"
#include "ner_model.h"
#include "ner_tag.h"
#include "ner_token.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct ner_aliases *aliases;
	struct buf text = BUF_INIT;
	struct ner_toks toks = { 0 };
	struct ner_doc d;
	size_t i, a, k, len;

	cw_progname = "ner-fuzz";
	if (aliases == NULL)
		aliases = ner_aliases_new();
	buf_grow(&text, 1);
	utf8_repair((const char *)data, size, &text);
	ner_doc_init(&d, ner_model_builtin(), aliases);
	for (a = 0, i = 0; i <= text.len; i++) {
		if (i < text.len && text.data[i] != '\n')
			continue;
		toks.n = 0;
		ner_tokenize(text.data + a, i - a, &toks);
		for (k = 0; k < toks.n; k++)
			if (toks.v[k].start >= toks.v[k].end ||
			    toks.v[k].end > i - a ||
			    (k > 0 && toks.v[k].start < toks.v[k - 1].end))
				abort();
		ner_doc_add(&d, text.data + a, i - a);
		a = i + 1;
	}
	ner_doc_tag(&d);
	for (k = 0; k < d.nm; k++) {
		const struct ner_mention *m = &d.m[k];
		const char *s = ner_doc_sent(&d, m->sent, &len);

		(void)s;
		if (m->start >= m->end || m->end > len || m->type < 0 ||
		    m->type >= NER_NTYPES)
			abort();
		if (k > 0 && d.m[k - 1].sent == m->sent &&
		    d.m[k - 1].end > m->start)
			abort();
		if (m->keylen == 0 || m->namelen == 0 ||
		    utf8_valid_prefix(d.names.data + m->name, m->namelen) !=
		    m->namelen)
			abort();
	}
	ner_doc_free(&d);
	ner_toks_free(&toks);
	buf_free(&text);
	return 0;
}
