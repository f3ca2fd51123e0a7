#!/usr/bin/env bats
# strip-boilerplate against the shared gold: the five seed articles line by
# line, and the scorer's F1 on every boilerplate dataset.

load ../helper

setup() {
	need_shared
	SEEDS=$CW_SHARED/eval/boilerplate/seeds
}

# The paragraphs strip-boilerplate keeps from seed $1 must be the gold
# lines, in order, byte for byte.
seed_is_gold() {
	run --separate-stderr strip-boilerplate "$SEEDS/pages/$1.txt"
	assert_success
	assert_equal "$stderr" ''
	assert_equal "$(printf '%s\n' "${lines[@]}" | cut -f 1,2 | awk -F'\t' -v s="$1" '$1 != s || $2 != NR' | wc -l)" 0
	assert_equal "$(printf '%s\n' "${lines[@]}" | cut -f 3-)" "$(cat "$SEEDS/gold/$1.txt")"
}

@test "seed bbc: body kept, captions, credits and the trailing headline copy dropped" {
	seed_is_gold bbc
}

@test "seed dw: skip links, captions with credits, date line and Explore more dropped" {
	seed_is_gold dw
}

@test "seed independent: the donation appeal dropped, the glued line cut to its body part" {
	seed_is_gold independent
	assert_line -n 2 --regexp $'^independent\t3\tThe Syrian regime\xe2\x80\x99s representative at peace talks'
}

@test "seed presstv: breadcrumb, photo caption, alternate addresses and share line dropped" {
	seed_is_gold presstv
}

@test "seed trt: photo credits, caption, date line and agency line dropped" {
	seed_is_gold trt
}

# F1 from the scorer's last line.
f1_of() {
	printf '%s\n' "$1" | sed -n 's/.* f1=\([0-9.]*\) .*/\1/p'
}

@test "the scorer gives F1 >= 0.98 on the seeds" {
	run "$CW_SHARED/eval/bin/score-boilerplate" "$SEEDS" -- strip-boilerplate
	assert_success
	f1=$(f1_of "$output")
	echo "$output"
	awk -v f="$f1" 'BEGIN { exit !(f >= 0.98) }'
}

@test "the scorer gives F1 >= 0.96 on the Zyte news pages (zyte-dev)" {
	run "$CW_SHARED/eval/bin/score-boilerplate" "$CW_SHARED/eval/boilerplate/zyte-dev" -- strip-boilerplate
	assert_success
	f1=$(f1_of "$output")
	echo "$output"
	awk -v f="$f1" 'BEGIN { exit !(f >= 0.96) }'
}

@test "every page of every boilerplate dataset is read without a message" {
	for d in "$CW_SHARED"/eval/boilerplate/*/; do
		[ -d "$d/pages" ] || continue
		for f in "$d"/pages/*; do
			run --separate-stderr strip-boilerplate "$f"
			assert_success
			assert_equal "$stderr" ''
		done
	done
}
