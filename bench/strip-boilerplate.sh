#!/bin/sh
# bench/strip-boilerplate.sh - strip-boilerplate on news HTML beside cat.
#
# Input: the Zyte benchmark pages of $SHARED (or, without it, the test
# pages of tests/data/html) concatenated and repeated to about 100 MB, read
# as one page from stdin; then the same pages as separate operands, as a
# cron job hands them over (two passes: cross-page evidence), timed on the
# concatenation of exactly those pages so that MB/s compare.
set -eu
: "${BENCH_DIR:?run me from bench/run}"
: "${MEASURE:?run me from bench/run}"
pages=$SHARED/eval/boilerplate/zyte-dev/pages
[ -d "$pages" ] || pages=tests/data/html
one=$BENCH_DIR/boiler-pages.html
big=$BENCH_DIR/boiler-100mb.html
cat "$pages"/*.html > "$one"
if [ ! -s "$big" ] || [ "$(wc -c < "$big")" -lt 100000000 ]; then
	: > "$big"
	while [ "$(wc -c < "$big")" -lt 100000000 ]; do
		cat "$one" >> "$big"
	done
fi
echo "# input: $(ls "$pages"/*.html | wc -l) pages from $pages, $(wc -c < "$one") bytes, repeated to $(wc -c < "$big") bytes"
"$MEASURE" cat "$big" cat
"$MEASURE" "strip-boilerplate (one 100 MB page)" "$big" bin/strip-boilerplate
"$MEASURE" "strip-boilerplate --explain" "$big" bin/strip-boilerplate --explain
"$MEASURE" "strip-boilerplate --meta" "$big" bin/strip-boilerplate --meta
# shellcheck disable=SC2046
"$MEASURE" "strip-boilerplate (pages as operands)" "$one" bin/strip-boilerplate $(ls "$pages"/*.html)
