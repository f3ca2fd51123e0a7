#!/bin/sh
# bench/split-sentences.sh - split-sentences on the 100 MB corpus of
# $SHARED/eval/bin/make-corpus (default seed: 421946 paragraph records,
# 100005849 bytes), beside cat and wc -l on the same file.  Run by bench/run,
# which sets SHARED, BENCH_DIR and MEASURE.  The corpus is made once, in
# $BENCH_DIR, never in the repository.
set -eu
: "${SHARED:?}" "${BENCH_DIR:?}" "${MEASURE:?}"
corpus=$BENCH_DIR/sentences-corpus.tsv
if [ ! -s "$corpus" ]; then
	"$SHARED/eval/bin/make-corpus" "$corpus.tmp" >&2
	mv "$corpus.tmp" "$corpus"
fi
"$MEASURE" split-sentences "$corpus" bin/split-sentences
"$MEASURE" cat "$corpus" cat
"$MEASURE" "wc -l" "$corpus" wc -l
