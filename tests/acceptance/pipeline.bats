#!/usr/bin/env bats
# The seed articles (../shared/seeds/astana) through the tools.

load ../helper

setup() {
	need_shared
	SEEDS=$CW_SHARED/seeds/astana
}

@test "the five seed articles are there" {
	run ls "$SEEDS"
	assert_success
	assert_output $'bbc.txt\ndw.txt\nindependent.txt\npresstv.txt\ntrt.txt'
}

@test "split-sentences loses nothing of any seed line" {
	for f in "$SEEDS"/*.txt; do
		split-sentences "$f" > "$BATS_TEST_TMPDIR/s"
		run "$ROOT/tests/bin/check-lossless" "$f" "$BATS_TEST_TMPDIR/s"
		assert_success
	done
}

@test "the whole pipeline on the raw seed pages words Wadi Barada and the Nusra Front as the outlets do" {
	strip-boilerplate "$SEEDS"/*.txt | split-sentences | tag-entities |
	    diff-sources --terms > "$BATS_TEST_TMPDIR/t"
	# furniture gone, the gold's contrasts survive the whole way: DW's
	# "Barada valley", the Independent's "Wadi Barada" and its slip
	# "Wadi Baradi", TRT's "west of Damascus"; Jabhat Fateh al-Sham
	# formerly the Nusra Front
	run grep -E $'^swap\t(place|alias)|^swap\tname\t.*Barad' "$BATS_TEST_TMPDIR/t"
	assert_output "$(printf '%s\n' \
'swap	place	wadi baradi	independent:1	west of damascus	trt:1	1' \
'swap	name	Barada valley	dw:1	Wadi Barada	independent:1	2' \
'swap	name	Wadi Barada	independent:1	Wadi Baradi	independent:1	2' \
'swap	alias	Jabhat Fateh al-Sham	bbc:1,dw:2,independent:1,presstv:1,trt:9	Nusra Front	presstv:2,trt:1	2')"
}
