#!/bin/sh
# bench/diff-sources.sh - diff-sources on generated stories: 100 sources x
# 200 sentences and 1,000 sources x 100 sentences.  Each story has 400
# made-up claims of six to ten made-up words; every source reports some of
# them, dropping and swapping words, with filler words around, so that big
# groups (hundreds of outlets on one claim) form as they do on a real story.
# Run by bench/run (which sets BENCH_DIR and MEASURE).
set -eu
: "${BENCH_DIR:=/tmp/crosswire-bench}"
: "${MEASURE:?run me through bench/run}"
BIN=${CW_BIN:-bin}

gen() {   # gen SOURCES SENTENCES > file
	awk -v S="$1" -v M="$2" 'BEGIN {
		srand(7)
		split("the a of in on and to said was were has had by for with at from that it as", F, " ")
		for (c = 1; c <= 400; c++) {
			n = 6 + int(rand() * 5)
			C[c] = ""
			for (k = 1; k <= n; k++) {
				w = "w" int(rand() * 6000)
				if (rand() < 0.3)
					w = toupper(substr(w, 1, 1)) substr(w, 2)
				C[c] = C[c] (k > 1 ? " " : "") w
			}
		}
		for (s = 1; s <= S; s++)
			for (m = 1; m <= M; m++) {
				c = 1 + int(rand() * 400)
				n = split(C[c], W, " ")
				t = ""
				for (k = 1; k <= n; k++) {
					if (rand() < 0.2) continue
					w = rand() < 0.1 ? "w" int(rand() * 6000) : W[k]
					t = t w " " F[1 + int(rand() * 20)] " "
				}
				printf "outlet%d\t%d.1\t%s.\n", s, m, t
			}
	}'
}

for case in 100x200 1000x100; do
	f=$BENCH_DIR/diff-$case.tsv
	[ -s "$f" ] || gen "${case%x*}" "${case#*x}" > "$f"
	"$MEASURE" "cat $case" "$f" cat
	"$MEASURE" "diff-sources $case" "$f" "$BIN/diff-sources"
done
