#!/usr/bin/env bats
# diff-sources on the Astana seeds, scored against the shared gold.

load ../helper

setup() {
	need_shared
	EVAL=$CW_SHARED/eval
	BODIES=$EVAL/boilerplate/seeds/gold
}

score() {
	python3 "$EVAL/bin/score-diff" --bodies "$BODIES" \
	    "$EVAL/diff/seeds-gold-claims.tsv" -- "$CW_BIN/diff-sources" | tail -n 1
}

@test "the seed grouping is lossless and scores as measured" {
	run score
	assert_success
	# Measured 2026-11-23: pair_f1=0.4444 precision=0.6415 only_acc=0.8974
	# (0.4029, 0.7179, 0.8718 before GloVe neighbours and the lead prior).
	# The issue's target is pair_f1 >= 0.85; this test guards the level
	# reached, not the target (see CAVEATS in diff-sources(1)).
	f1=$(echo "$output" | sed -n 's/.*pair_f1=\([0-9.]*\).*/\1/p')
	oa=$(echo "$output" | sed -n 's/.*only_acc=\([0-9.]*\).*/\1/p')
	run awk -v f="$f1" -v o="$oa" 'BEGIN { exit !(f >= 0.44 && o >= 0.89) }'
	assert_success
	run bash -c "python3 '$EVAL/bin/score-diff' --bodies '$BODIES' '$EVAL/diff/seeds-gold-claims.tsv' -- '$CW_BIN/diff-sources' | grep '^lossless'"
	assert_output 'lossless: yes (missing=0 repeated=0 unknown=0 altered=0)'
}

@test "the communique sentences of TRT, DW, the Independent and the BBC are one group" {
	python3 "$EVAL/bin/score-diff" --bodies "$BODIES" --records \
	    "$EVAL/diff/seeds-gold-claims.tsv" > "$BATS_TEST_TMPDIR/s"
	run bash -c "diff-sources '$BATS_TEST_TMPDIR/s' | awk -F'\t' '\$3 == \"trt\" && \$4 == \"4.1\" { g = \$1 } { gid[NR] = \$1; l[NR] = \$3 \" \" \$4 } END { for (i = 1; i <= NR; i++) if (gid[i] == g) print l[i] }'"
	assert_output $'trt 4.1\ndw 3.1\nindependent 6.1\nbbc 8.1'
}

@test "single-outlet facts come out with N=1" {
	python3 "$EVAL/bin/score-diff" --bodies "$BODIES" --records \
	    "$EVAL/diff/seeds-gold-claims.tsv" > "$BATS_TEST_TMPDIR/s"
	run bash -c "diff-sources --only bbc '$BATS_TEST_TMPDIR/s' | grep -c -e 'More than 300,000' -e 'broke down last April' -e 'guarantors want'"
	assert_output 3
}

@test "--terms shows the wording contrasts of the gold" {
	python3 "$EVAL/bin/score-diff" --bodies "$BODIES" --records \
	    "$EVAL/diff/seeds-gold-claims.tsv" > "$BATS_TEST_TMPDIR/s"
	diff-sources --terms "$BATS_TEST_TMPDIR/s" > "$BATS_TEST_TMPDIR/t"
	run grep -c -E $'^swap\tsynonym\tceasefire\t.*\ttruce\t|^swap\tsynonym\tgovernment\t.*\tregime\t|^swap\tsynonym\tmilitants?\t.*\trebels\t|^term\tpresstv\tdaesh\t|^term\tdw\tIS\t|^term\tbbc\tcessation of hostilities\t|^swap\tspelling\tjaafari\t.*\tja.afari\t|^swap\tspelling\tmohammad\t.*\tmohammed\t|^swap\tspelling\tfatah\t.*\tfateh\t|^swap\tsynonym\tcommunique\t.*\tstatement\t' "$BATS_TEST_TMPDIR/t"
	assert_output 11
}
