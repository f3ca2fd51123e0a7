/*
 * bp_date.h - dates as news pages write them ("Jan 25, 2017", "24 January
 * 2017", "2019-11-18T14:05:00Z", "21/05/2024") read into ISO 8601, and
 * date lines: a block that holds nothing but a date ("Updated Jan 25,
 * 2017 12:03 PM").
 */
#ifndef CW_BP_DATE_H
#define CW_BP_DATE_H

#include <stddef.h>

/*
 * A date as ISO 8601 ("2017-01-25", "2019-11-18T14:05:00Z",
 * "2019-11-18T09:05:00-05:00") from the forms news pages use: ISO already,
 * "Jan 25, 2017", "January 24, 2017", "24 January 2017", "Updated Jan 25,
 * 2017 12:03 PM"...  Returns the length written to out (at most 32 bytes
 * with the NUL), 0 when s holds no date.
 */
size_t bp_date_iso(const char *s, size_t n, char out[32]);

/* Is the text of a block a dateline (nothing but a date, perhaps after
 * "Updated", "Published", "Posted" ...)? */
int bp_is_dateline(const char *s, size_t n);

#endif
