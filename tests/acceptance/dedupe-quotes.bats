#!/usr/bin/env bats
# dedupe-quotes on the Astana seeds (../shared/eval/quotes): the
# cross-outlet clusters of the gold README, and the scorer's targets on
# paragraph records and through split-sentences and tag-entities.

load ../helper

setup() {
	need_shared
	Q=$CW_SHARED/eval/quotes
	SCORE=$CW_SHARED/eval/bin/score-quotes
	BODIES=$CW_SHARED/eval/boilerplate/seeds/gold
}

# The scorer's last line must reach the issue's targets.
meets_targets() {
	awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
	    exit !(v["detect_f1"] >= 0.95 && v["speaker_acc"] >= 0.90 &&
	    v["cluster_f1"] >= 0.95) }' <<<"$1"
}

@test "the seeds' cross-outlet clusters come out as one cluster each" {
	"$SCORE" --bodies "$BODIES" --records "$Q/seeds-gold.tsv" > "$BATS_TEST_TMPDIR/seeds.tsv"
	run dedupe-quotes --clusters --min-sources 2 "$BATS_TEST_TMPDIR/seeds.tsv"
	assert_success
	assert_output - <<-'EOF'
	q1	3	trt,dw,bbc	Kairat Abdrakhmanov	to observe and ensure full compliance with the ceasefire, prevent any provocations and determine all modalities of the ceasefire.
	q2	2	trt,dw	Mohammad Alloush	bloodletting.
	q4	2	dw,independent	Russia, Turkey and Iran	their determination to fight jointly
	EOF
}

@test "the fragments of the communique are all in its cluster" {
	"$SCORE" --bodies "$BODIES" --records "$Q/seeds-gold.tsv" > "$BATS_TEST_TMPDIR/seeds.tsv"
	# DW's quotations hold no-break spaces: compare them as spaces
	dedupe-quotes "$BATS_TEST_TMPDIR/seeds.tsv" |
	    sed 's/\xc2\xa0/ /g' > "$BATS_TEST_TMPDIR/out"
	run awk -F'\t' '$1 == "q1" || $1 == "q2" || $1 == "q4" { print $1, $3, $7 }' "$BATS_TEST_TMPDIR/out"
	assert_success
	assert_output - <<-'EOF'
	q1 trt to observe and ensure full compliance with the ceasefire, prevent any provocations and determine all modalities of the ceasefire.
	q1 dw prevent any provocations and determine all modalities of the ceasefire,
	q1 bbc observe and ensure full compliance with the ceasefire, prevent any provocation and determine all modalities
	q2 trt bloodletting
	q2 dw bloodletting.
	q4 dw fight jointly
	q4 independent their determination to fight jointly
	EOF
}

@test "score-quotes on paragraph records reaches the targets" {
	run "$SCORE" --bodies "$BODIES" "$Q/seeds-gold.tsv" -- dedupe-quotes
	assert_success
	echo "${lines[-1]}"
	meets_targets "${lines[-1]}"
}

@test "score-quotes through split-sentences and tag-entities reaches the targets" {
	run "$SCORE" --bodies "$BODIES" --pipe 'split-sentences | tag-entities' \
	    "$Q/seeds-gold.tsv" -- dedupe-quotes
	assert_success
	echo "${lines[-1]}"
	meets_targets "${lines[-1]}"
}

@test "score-quotes on the raw pages finds the furniture quotations too" {
	run "$SCORE" --furniture "$Q/seeds-gold.tsv" -- dedupe-quotes
	assert_success
	assert_line 'furniture occurrences found: 2/2 [found independent '"'"'The A Word'"'"'] [found bbc '"'"'any document'"'"']'
	meets_targets "${lines[-1]}"
}
