#!/bin/sh
# bench/tag-entities.sh - tag-entities on CoNLL-2003 development sentences
# (score-ner's records, eng.testa repeated 20 times: about 1 million
# words), beside cat; then tokens per second and the start-up time on
# empty input.  Run by bench/run, which sets SHARED, BENCH_DIR and MEASURE.
set -eu
in=$BENCH_DIR/ner-dev20.tsv
if [ ! -s "$in" ]; then
	"$SHARED/eval/bin/score-ner" --records "$SHARED/eval/ner/eng.testa" >"$in.1"
	i=0
	while [ $i -lt 20 ]; do
		sed "s/^DOC/R${i}DOC/" "$in.1"
		i=$((i + 1))
	done >"$in"
	rm -f "$in.1"
fi
: >"$BENCH_DIR/empty"
tokens=$(cut -f3 "$in" | wc -w)
"$MEASURE" cat "$in" cat
line=$("$MEASURE" "tag-entities" "$in" bin/tag-entities)
echo "$line"
"$MEASURE" "tag-entities --mentions" "$in" bin/tag-entities --mentions |
    tee "$BENCH_DIR/ner-mentions.out"
awk -v t="$tokens" '{ for (i = 2; i <= NF; i++) if ($i == "s") sec = $(i - 1)
    printf "%-28s %9d tokens %9.0f tokens/s\n", "tag-entities --mentions", t, t / sec }' \
    "$BENCH_DIR/ner-mentions.out"
"$MEASURE" "tag-entities (start-up)" "$BENCH_DIR/empty" bin/tag-entities
