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

# diff-sources --terms on the gold bodies through split-sentences and
# tag-entities (one paragraph record per non-blank line), into $BATS_TEST_TMPDIR/t.
tagged_terms() {
	for f in "$BODIES"/*.txt; do
		awk -v s="$(basename "$f" .txt)" 'NF { print s "\t" ++p "\t" $0 }' "$f"
	done | split-sentences | tag-entities > "$BATS_TEST_TMPDIR/s"
	diff-sources --terms "$BATS_TEST_TMPDIR/s" > "$BATS_TEST_TMPDIR/t"
}

@test "the seed grouping is lossless and scores as measured" {
	run score
	assert_success
	# Measured 2026-12-08: pair_f1=0.4690 precision=0.7556 only_acc=1.0000
	# (0.4564, 0.6939, 0.9487 before topic words and swapped sides of a
	# directed verb; 0.4503, 0.6667, 0.9231 on 2026-11-23; 0.4444, 0.6415, 0.8974 before sentences sharing only names stopped
	# being paired; 0.4029, 0.7179, 0.8718 before GloVe neighbours and the
	# lead prior).
	# The issue's target is pair_f1 >= 0.85; this test guards the level
	# reached, not the target (see CAVEATS in diff-sources(1)).
	f1=$(echo "$output" | sed -n 's/.*pair_f1=\([0-9.]*\).*/\1/p')
	oa=$(echo "$output" | sed -n 's/.*only_acc=\([0-9.]*\).*/\1/p')
	run awk -v f="$f1" -v o="$oa" 'BEGIN { exit !(f >= 0.46 && o >= 1) }'
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
	run bash -c "diff-sources --only bbc '$BATS_TEST_TMPDIR/s' | grep -c -e 'More than 300,000' -e 'broke down last April' -e 'guarantors want' -e 'not far'"
	assert_output 4
}

@test "TRT's rebels accusing Jabhat Fateh al-Sham are not grouped with Ja'afari accusing the rebels" {
	python3 "$EVAL/bin/score-diff" --bodies "$BODIES" --records \
	    "$EVAL/diff/seeds-gold-claims.tsv" > "$BATS_TEST_TMPDIR/s"
	run bash -c "diff-sources '$BATS_TEST_TMPDIR/s' | awk -F'\t' '/battle Jabhat|FSA.banner|accused the rebels of associating|accused rebel groups/ { print \$2, \$3, \$4 }'"
	assert_output $'2 independent 11.1\n2 bbc 12.1\n1 trt 9.1\n1 trt 11.1'
}

@test "--terms shows the wording contrasts of the gold" {
	python3 "$EVAL/bin/score-diff" --bodies "$BODIES" --records \
	    "$EVAL/diff/seeds-gold-claims.tsv" > "$BATS_TEST_TMPDIR/s"
	diff-sources --terms "$BATS_TEST_TMPDIR/s" > "$BATS_TEST_TMPDIR/t"
	run grep -c -E $'^swap\tsynonym\tceasefire\t.*\ttruce\t|^swap\tsynonym\tgovernment\t.*\tregime\t|^swap\tsynonym\tmilitants?\t.*\trebels\t|^term\tpresstv\tdaesh\t|^term\tdw\tIS\t|^term\tbbc\tcessation of hostilities\t|^swap\tspelling\tja.afari\t.*\tjaafari\t|^swap\tspelling\tmohammad\t.*\tmohammed\t|^swap\tspelling\tfatah\t.*\tfateh\t|^swap\tsynonym\tcommunique\t.*\tstatement\t|^swap\tsynonym\tmoscow\tdw:1,presstv:2\trussia\t|^swap\tsynonym\tankara\tpresstv:3\tturkey\t|^swap\tsynonym\tjihadist\tbbc:1\tterrorist\t|^swap\tsynonym\ttakfiri\tpresstv:1\tterrorist\t|^swap\tsynonym\tceasefire\t.*\tcessation\tbbc:3\t|^swap\tlabel\thezbollah\tdw:1\tmilitias\ttrt:2\t' "$BATS_TEST_TMPDIR/t"
	assert_output 17
}

@test "--terms through tag-entities shows the outlets' names for one entity" {
	tagged_terms
	# Islamic State as IS (DW), Daesh (Press TV), Isis (the Independent);
	# Ja'afari and Jaafari; Mohammad and Mohammed Alloush; Fatah and Fateh;
	# Assad (the Independent, never the full name) and Bashar al-Assad;
	# DW's "Barada valley" and the Independent's "Wadi Barada", and the
	# Independent's own slip "Wadi Baradi";
	# and near words: DW criticized, the BBC denounced
	run grep -c -E $'^swap\tname\tIS\tdw:[0-9]+\tDaesh\tpresstv:|^swap\tname\tIS\tdw:[0-9]+\tIsis\tindependent:|^swap\tname\tBashar Jaafari\t.*\tBashar Ja.afari\tdw:|^swap\tname\tMohammed Alloush\tdw:1\tMohammad Alloush\t|^swap\tname\tJabhat Fateh al-Sham\t.*\tFatah al-Sham Front\tdw:|^swap\tneighbour\tcriticized\tdw:[0-9]+\tdenounced\tbbc:|^swap\tname\tAssad\t.*independent:1.*\tBashar al-Assad\t|^swap\tname\tBarada valley\tdw:1\tWadi Barada\tindependent:1\t|^swap\tname\tWadi Barada\tindependent:1\tWadi Baradi\tindependent:1\t' "$BATS_TEST_TMPDIR/t"
	assert_output 9
}

@test "--terms through tag-entities shows former names, a place and its compass phrase, descriptions of people and distancing words" {
	tagged_terms
	# The gold's wording contrasts: Jabhat Fateh al-Sham formerly the
	# Nusra Front (TRT, Press TV); Assad the "Syrian regime leader" (TRT),
	# "President" (BBC), "Mr Assad" (the Independent, the BBC); Press TV's
	# "so-called Syrian Observatory", the BBC's "so-called Islamic State";
	# TRT's "west of Damascus" for the Independent's Wadi Baradi.
	# (Sources in order of first appearance: the bodies' file names.)
	run grep -E '^swap	alias|^swap	place|^desc	[a-z]*	Bashar Assad|^mark' "$BATS_TEST_TMPDIR/t"
	assert_output "$(printf '%s\n' \
'swap	place	wadi baradi	independent:1	west of damascus	trt:1	1' \
'swap	alias	Jabhat Fateh al-Sham	bbc:1,dw:2,independent:1,presstv:1,trt:9	Nusra Front	presstv:2,trt:1	2' \
'desc	bbc	Bashar Assad	president	1' \
'desc	bbc	Bashar Assad	mr	1' \
'desc	independent	Bashar Assad	mr	1' \
'desc	trt	Bashar Assad	Syrian regime leader	1' \
'mark	bbc	so-called	Islamic State	1' \
'mark	presstv	so-called	Syrian Observatory for Human Rights	1' \
'mark	presstv	purportedly	fight Kurdish	1')"
}
