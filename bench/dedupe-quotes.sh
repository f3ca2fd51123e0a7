#!/bin/sh
# bench/dedupe-quotes.sh - cluster 1,000,000 quotation occurrences.
# The story is made up by bench/gen-quotes.c (fixed seed: the same bytes on
# every machine): 2,000 outlets, one sentence record per occurrence, each
# quoting a whole utterance, a fragment of one, or one with its case,
# punctuation, a word or a plural changed.  Run by bench/run, which sets
# BENCH_DIR and MEASURE; QUOTES=N picks another size.
set -eu
: "${BENCH_DIR:=/tmp/crosswire-bench}"
: "${MEASURE:=$BENCH_DIR/measure}"
: "${QUOTES:=1000000}"
mkdir -p "$BENCH_DIR"
${CC:-cc} -O2 -o "$BENCH_DIR/gen-quotes" bench/gen-quotes.c
in="$BENCH_DIR/quotes-$QUOTES.tsv"
[ -s "$in" ] || "$BENCH_DIR/gen-quotes" "$QUOTES" > "$in"
echo "# $QUOTES quotation occurrences in $(wc -l < "$in") sentence records; $(bin/dedupe-quotes "$in" | cut -f1 | uniq | wc -l) clusters"
"$MEASURE" cat "$in" cat
"$MEASURE" dedupe-quotes "$in" bin/dedupe-quotes
"$MEASURE" "dedupe-quotes --clusters" "$in" bin/dedupe-quotes --clusters
