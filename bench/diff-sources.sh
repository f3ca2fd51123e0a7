#!/bin/sh
# bench/diff-sources.sh - diff-sources on generated stories: 100 sources x
# 200 sentences, 1,000 sources x 100 sentences (also with --terms and
# --html), and a series of sizes (125 to 2,000 sources x 100 sentences)
# whose peak memory should grow in proportion.
#
# Each story has 400 made-up claims of six to ten words; every source
# reports some of them, dropping and swapping words, with filler words
# around, so that big groups (hundreds of outlets on one claim) form as they
# do on a real story.  One word in four is a made-up capitalised name (4,554
# of them), the others are real English, so that the GloVe neighbours of
# diff-sources are looked up and expanded as on news text: the 1,446
# lower-case words of the repository's man pages and README, frozen in
# bench/diff-vocab.txt (made once with
#   cat README.md man/*.1 man/*.5 | tr -cs 'A-Za-z' '\n' |
#       grep -x '[a-z]\{3,\}' | LC_ALL=C sort -u
# on 2026-11-23) so that editing the documentation does not change the
# story and figures stay comparable from one commit to the next.  Run by
# bench/run (which sets BENCH_DIR and MEASURE).
set -eu
: "${BENCH_DIR:=/tmp/crosswire-bench}"
: "${MEASURE:?run me through bench/run}"
BIN=${CW_BIN:-bin}

vocab=bench/diff-vocab.txt

gen() {   # gen SOURCES SENTENCES > file
	awk -v S="$1" -v M="$2" -v VOCAB="$vocab" '
	# a word: a name one time in four, as in news, else an English word
	function pick() {
		return rand() < 0.25 ? V[nv + 1 + int(rand() * (6000 - nv))] : \
		    V[1 + int(rand() * nv)]
	}
	BEGIN {
		srand(7)
		while ((getline w < VOCAB) > 0)
			V[++nv] = w
		for (k = nv + 1; k <= 6000; k++)
			V[k] = "Nm" k
		split("the a of in on and to said was were has had by for with at from that it as", F, " ")
		for (c = 1; c <= 400; c++) {
			n = 6 + int(rand() * 5)
			C[c] = ""
			for (k = 1; k <= n; k++)
				C[c] = C[c] (k > 1 ? " " : "") pick()
		}
		for (s = 1; s <= S; s++)
			for (m = 1; m <= M; m++) {
				c = 1 + int(rand() * 400)
				n = split(C[c], W, " ")
				t = ""
				for (k = 1; k <= n; k++) {
					if (rand() < 0.2) continue
					w = rand() < 0.1 ? pick() : W[k]
					t = t w " " F[1 + int(rand() * 20)] " "
				}
				printf "outlet%d\t%d.1\t%s.\n", s, m, t
			}
	}'
}

for case in 100x200 1000x100 125x100 250x100 500x100 2000x100; do
	f=$BENCH_DIR/diff4-$case.tsv
	[ -s "$f" ] || gen "${case%x*}" "${case#*x}" > "$f"
	case $case in
	100x200|1000x100) "$MEASURE" "cat $case" "$f" cat ;;
	esac
	"$MEASURE" "diff-sources $case" "$f" "$BIN/diff-sources"
	case $case in
	1000x100)   # the wording views count every phrase per source
		"$MEASURE" "diff-sources --terms $case" "$f" \
		    "$BIN/diff-sources" --terms
		"$MEASURE" "diff-sources --html $case" "$f" \
		    "$BIN/diff-sources" --html ;;
	esac
done

# --entities writes every entity x source cell, zeros included: on 20,000
# one-sentence sources (the first 20,000 sentences of the 1000x100 story,
# each its own outlet) that is 2,398 names x 20,000 outlets, 48 million
# lines, but memory should follow the input, not the table.
f=$BENCH_DIR/diff4-20000x1.tsv
[ -s "$f" ] || head -n 20000 "$BENCH_DIR/diff4-1000x100.tsv" |
    awk -F'\t' -v OFS='\t' '{ $1 = "outlet" NR; print }' > "$f"
"$MEASURE" "diff-sources --entities 20000x1" "$f" "$BIN/diff-sources" --entities

# One "sentence" of 200,000 words beside a short one: scrapers save tables
# and pages without full stops as one sentence, and its time and memory
# should grow with its words, not with their square.
f=$BENCH_DIR/diff4-1x200000.tsv
[ -s "$f" ] || awk -v VOCAB="$vocab" 'BEGIN {
	srand(7)
	while ((getline w < VOCAB) > 0)
		V[++nv] = w
	printf "big\t1.1\t"
	for (k = 1; k <= 200000; k++)
		printf "%s%s", V[1 + int(rand() * nv)], k < 200000 ? " " : ".\n"
	printf "other\t1.1\tA short sentence.\n"
}' > "$f"
"$MEASURE" "diff-sources 1x200000 words" "$f" "$BIN/diff-sources"
