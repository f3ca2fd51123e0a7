/* mention.c - reading tag-entities' mention field (see mention.h). */
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "mention.h"

static int
parse_offset(const char *s, size_t n, size_t *v)
{
	size_t i, x = 0;

	if (n == 0 || n > 18)
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		x = x * 10 + (size_t)(s[i] - '0');
	}
	*v = x;
	return 0;
}

static int
type_of(const char *s, size_t n)
{
	static const char *const names[] = { "PER", "ORG", "LOC", "MISC" };
	int i;

	for (i = 0; i < 4; i++)
		if (strlen(names[i]) == n && memcmp(s, names[i], n) == 0)
			return i;
	return -1;
}

/* Decode %25 %7C %3A (any case) into names. */
static void
decode(const char *s, size_t n, struct buf *names)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == '%' && i + 2 < n) {
			char a = s[i + 1], b = (char)(s[i + 2] | 0x20);

			if (a == '2' && b == '5') {
				buf_addc(names, '%');
				i += 2;
				continue;
			}
			if (a == '7' && b == 'c') {
				buf_addc(names, '|');
				i += 2;
				continue;
			}
			if (a == '3' && b == 'a') {
				buf_addc(names, ':');
				i += 2;
				continue;
			}
		}
		buf_addc(names, s[i]);
	}
}

int
mention_parse(const char *f, size_t n, size_t text_len, size_t shift,
    struct mention_list *out, struct buf *names, const char **why)
{
	size_t i = 0, first = out->n, names_len = names->len;

	while (i < n) {
		size_t e = i, c1, c3, c2;
		struct mention m;
		const char *p;

		while (e < n && f[e] != '|')
			e++;
		/* TYPE:CANONICAL:START:END; CANONICAL has no raw ':' */
		p = memchr(f + i, ':', e - i);
		if (p == NULL)
			goto bad;
		c1 = (size_t)(p - f);
		for (c3 = e; c3 > c1 && f[c3 - 1] != ':'; c3--)
			;
		if (c3 <= c1 + 1)
			goto bad;
		c3--;
		for (c2 = c3; c2 > c1 && f[c2 - 1] != ':'; c2--)
			;
		if (c2 <= c1 + 1)
			goto bad;
		c2--;
		memset(&m, 0, sizeof(m));
		m.type = type_of(f + i, c1 - i);
		if (m.type < 0) {
			*why = "unknown TYPE";
			goto fail;
		}
		if (parse_offset(f + c2 + 1, c3 - c2 - 1, &m.start) < 0 ||
		    parse_offset(f + c3 + 1, e - c3 - 1, &m.end) < 0 ||
		    m.start >= m.end || m.end > text_len) {
			*why = "bad START:END";
			goto fail;
		}
		m.start += shift;
		m.end += shift;
		m.canon = names->len;
		decode(f + c1 + 1, c2 - c1 - 1, names);
		m.canonlen = names->len - m.canon;
		if (m.canonlen == 0) {
			*why = "empty CANONICAL";
			goto fail;
		}
		if (out->n == out->cap) {
			out->cap = out->cap ? out->cap * 2 : 16;
			out->v = cw_reallocarray(out->v, out->cap, sizeof(*out->v));
		}
		out->v[out->n++] = m;
		i = e + 1;
	}
	return 0;
bad:
	*why = "want TYPE:CANONICAL:START:END";
fail:
	out->n = first;
	names->len = names_len;
	return -1;
}

void
mention_list_free(struct mention_list *l)
{
	free(l->v);
	memset(l, 0, sizeof(*l));
}
