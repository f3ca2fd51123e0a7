/*
 * bp_date.c - dates as news pages write them, to ISO 8601; date lines
 * (see bp_date.h).
 */
#include <stdio.h>
#include <string.h>

#include "bp_date.h"

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static const char *const months[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
	"nov", "dec"
};

/* The month a word names (3 letters or more of it: "Sept.", "January"),
 * 1 to 12, or 0. */
static int
month_of(const char *w, size_t n)
{
	static const char *const full[] = {
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"
	};
	char low[12];
	size_t i;
	int k;

	if (n < 3 || n > 9)
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)(w[i] | 0x20);
	for (k = 0; k < 12; k++) {
		if (memcmp(low, months[k], 3) != 0)
			continue;
		if (n == 3 || (n <= strlen(full[k]) &&
		    memcmp(low, full[k], n) == 0) || (k == 8 && n == 4 &&
		    memcmp(low, "sept", 4) == 0))
			return k + 1;
	}
	return 0;
}

static int
digits(const char *s, size_t n, size_t k, int *v)
{
	size_t i;

	if (n < k)
		return 0;
	*v = 0;
	for (i = 0; i < k; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		*v = *v * 10 + (s[i] - '0');
	}
	return 1;
}

static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

static int
valid_date(int y, int mo, int d)
{
	return y >= 1900 && y <= 2199 && mo >= 1 && mo <= 12 && d >= 1 &&
	    d <= mdays[mo - 1];
}

/* ISO 8601 at s: 2019-11-18[T14:05[:00[.123]]][Z|+01:00] */
static size_t
iso_at(const char *s, size_t n, char out[32], size_t *used)
{
	int y, mo, d, h, mi, sec = 0, zh, zm;
	size_t i = 10, k;
	char *o = out;

	if (!digits(s, n, 4, &y) || n < 10 || s[4] != '-' ||
	    !digits(s + 5, n - 5, 2, &mo) || s[7] != '-' ||
	    !digits(s + 8, n - 8, 2, &d) || !valid_date(y, mo, d))
		return 0;
	o += sprintf(o, "%04d-%02d-%02d", y, mo, d);
	if (i + 5 < n + 0 && (s[i] == 'T' || s[i] == ' ') &&
	    digits(s + i + 1, n - i - 1, 2, &h) && s[i + 3] == ':' &&
	    digits(s + i + 4, n - i - 4, 2, &mi) && h < 24 && mi < 60) {
		i += 6;
		if (i + 2 < n && s[i] == ':' && digits(s + i + 1, n - i - 1, 2,
		    &sec) && sec < 61)
			i += 3;
		if (i < n && (s[i] == '.' || s[i] == ','))
			for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
				;
		o += sprintf(o, "T%02d:%02d:%02d", h, mi, sec);
		if (i < n && s[i] == 'Z') {
			*o++ = 'Z';
			i++;
		} else if (i + 2 < n && (s[i] == '+' || s[i] == '-') &&
		    digits(s + i + 1, n - i - 1, 2, &zh) && zh < 24) {
			char sign = s[i];

			k = i + 3;
			zm = 0;
			if (k < n && s[k] == ':')
				k++;
			if (digits(s + k, n - k, 2, &zm) && zm < 60)
				k += 2;
			else
				zm = 0;
			o += sprintf(o, "%c%02d:%02d", sign, zh, zm);
			i = k;
		}
	}
	*o = '\0';
	*used = i;
	return (size_t)(o - out);
}

struct word {
	const char *s;
	size_t n;
};

/* Cut s into words at spaces and the punctuation dates use. */
static size_t
cut(const char *s, size_t n, struct word *w, size_t max)
{
	size_t i = 0, k = 0;

	while (i < n && k < max) {
		size_t st;

		while (i < n && (is_space((unsigned char)s[i]) || s[i] == ',' ||
		    s[i] == '|' || s[i] == '(' || s[i] == ')' ||
		    ((unsigned char)s[i] == 0xC2 && i + 1 < n &&
		    (unsigned char)s[i + 1] == 0xA0)))
			i += (unsigned char)s[i] == 0xC2 ? 2 : 1;
		if (i >= n)
			break;
		st = i;
		while (i < n && !is_space((unsigned char)s[i]) && s[i] != ',' &&
		    s[i] != '|' && s[i] != '(' && s[i] != ')' &&
		    (unsigned char)s[i] != 0xC2)
			i++;
		if (i == st)
			i++;
		w[k].s = s + st;
		w[k].n = i - st;
		k++;
	}
	return k;
}

/* A day of the month: "25", "25th", "1st", "25." */
static int
day_of(const struct word *w)
{
	int d = 0;
	size_t i = 0;

	while (i < w->n && i < 2 && w->s[i] >= '0' && w->s[i] <= '9')
		d = d * 10 + (w->s[i++] - '0');
	if (i == 0)
		return 0;
	if (i < w->n && !(w->n - i == 2 && (strncmp(w->s + i, "st", 2) == 0 ||
	    strncmp(w->s + i, "nd", 2) == 0 || strncmp(w->s + i, "rd", 2) == 0 ||
	    strncmp(w->s + i, "th", 2) == 0)) && !(w->n - i == 1 &&
	    w->s[i] == '.'))
		return 0;
	return d >= 1 && d <= 31 ? d : 0;
}

static int
year_of(const struct word *w)
{
	int y;

	if (w->n < 4 || !digits(w->s, w->n, 4, &y) || (w->n > 4 &&
	    w->s[4] != '.' && w->s[4] != ':'))
		return 0;
	return y >= 1900 && y <= 2199 ? y : 0;
}

#define MAXWORDS 24

size_t
bp_date_iso(const char *s, size_t n, char out[32])
{
	struct word w[MAXWORDS];
	size_t k, i, used, len;
	int y, d;

	for (i = 0; i + 10 <= n; i++)
		if ((i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9')) &&
		    (len = iso_at(s + i, n - i, out, &used)) > 0)
			return len;
	k = cut(s, n, w, MAXWORDS);
	for (i = 0; i < k; i++) {
		int m = month_of(w[i].s, w[i].n - (w[i].n > 3 &&
		    w[i].s[w[i].n - 1] == '.'));

		if (m == 0)
			continue;
		/* Jan 25, 2017 */
		if (i + 2 < k && (d = day_of(&w[i + 1])) && (y = year_of(&w[i +
		    2])) && valid_date(y, m, d))
			return (size_t)sprintf(out, "%04d-%02d-%02d", y, m, d);
		/* 25 January 2017 */
		if (i > 0 && i + 1 < k && (d = day_of(&w[i - 1])) &&
		    (y = year_of(&w[i + 1])) && valid_date(y, m, d))
			return (size_t)sprintf(out, "%04d-%02d-%02d", y, m, d);
	}
	/* 2017/01/25, 25.01.2017, 01/25/2017 (US order when ambiguous) */
	for (i = 0; i < k; i++) {
		int a, b, c;
		const char *p = w[i].s;

		if (w[i].n == 10 && digits(p, 10, 4, &a) && (p[4] == '/' ||
		    p[4] == '.') && digits(p + 5, 5, 2, &b) && p[7] == p[4] &&
		    digits(p + 8, 2, 2, &c) && valid_date(a, b, c))
			return (size_t)sprintf(out, "%04d-%02d-%02d", a, b, c);
		if (w[i].n == 10 && digits(p, 10, 2, &a) && (p[2] == '/' ||
		    p[2] == '.') && digits(p + 3, 7, 2, &b) && p[5] == p[2] &&
		    digits(p + 6, 4, 4, &c)) {
			if (p[2] == '.' && valid_date(c, b, a))
				return (size_t)sprintf(out, "%04d-%02d-%02d", c, b, a);
			if (p[2] == '/' && valid_date(c, a, b))
				return (size_t)sprintf(out, "%04d-%02d-%02d", c, a, b);
			if (p[2] == '/' && valid_date(c, b, a))
				return (size_t)sprintf(out, "%04d-%02d-%02d", c, b, a);
		}
	}
	return 0;
}

static int
word_in(const struct word *w, const char *const *list)
{
	size_t i, j, n = w->n;

	while (n > 0 && (w->s[n - 1] == ':' || w->s[n - 1] == '.'))
		n--;
	for (i = 0; list[i] != NULL; i++) {
		if (strlen(list[i]) != n)
			continue;
		for (j = 0; j < n; j++)
			if ((w->s[j] | 0x20) != list[i][j])
				break;
		if (j == n)
			return 1;
	}
	return 0;
}

/* A time of day: 12:03, 12:03pm, 9.30am */
static int
is_time(const struct word *w)
{
	size_t i = 0;

	while (i < w->n && w->s[i] >= '0' && w->s[i] <= '9')
		i++;
	if (i == 0 || i > 2 || i >= w->n || (w->s[i] != ':' && w->s[i] != '.'))
		return 0;
	i++;
	if (i + 2 > w->n || w->s[i] < '0' || w->s[i] > '5')
		return 0;
	i += 2;
	if (i < w->n && w->s[i] == ':')
		i += 3;
	if (i == w->n)
		return 1;
	return w->n - i == 2 && ((w->s[i] | 0x20) == 'a' ||
	    (w->s[i] | 0x20) == 'p') && (w->s[i + 1] | 0x20) == 'm';
}

int
bp_is_dateline(const char *s, size_t n)
{
	static const char *const fillers[] = {
		"updated", "published", "posted", "last", "first", "modified",
		"created", "date", "on", "at", "am", "pm", "a.m", "p.m", "gmt",
		"utc", "bst", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst",
		"cdt", "ist", "cet", "cest", "msk", "aest", "-", ":", "/", ".",
		"\xc2\xb7", "\xe2\x80\x94", "\xe2\x80\x93", "\xe2\x80\xa2",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
		"sat", "sun", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "hours", "ago", "min", "mins",
		"read", "updated:", NULL
	};
	struct word w[MAXWORDS];
	char iso[32];
	size_t k, i;

	if (n == 0 || n > 100 || bp_date_iso(s, n, iso) == 0)
		return 0;
	k = cut(s, n, w, MAXWORDS);
	if (k >= MAXWORDS)
		return 0;
	for (i = 0; i < k; i++) {
		int v;

		if (word_in(&w[i], fillers) || is_time(&w[i]) ||
		    month_of(w[i].s, w[i].n - (w[i].n > 3 &&
		    w[i].s[w[i].n - 1] == '.')) || day_of(&w[i]) ||
		    year_of(&w[i]) || (w[i].n >= 10 && digits(w[i].s, w[i].n,
		    4, &v)) || (w[i].n >= 8 && w[i].s[0] >= '0' &&
		    w[i].s[0] <= '9' && (w[i].s[2] == '/' || w[i].s[2] == '.')))
			continue;
		return 0;
	}
	return 1;
}
