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
