#!/usr/bin/env bats
# split-sentences against the shared gold sets, with the shared scorer
# (../shared/eval/bin/score-sentences; see ../shared/eval/sentences/README.md),
# and its lossless promise on the seed articles and on the scorer's inputs.

load ../helper

setup() {
	need_shared
	GOLD=$CW_SHARED/eval/sentences
	SCORE=$CW_SHARED/eval/bin/score-sentences
	SEEDS=$CW_SHARED/seeds/astana
}

# score [--fold-space] GOLD: the scorer's last line, with the figures put in
# $accuracy and $f1.
score() {
	local last
	last=$("$SCORE" "$@" -- "$CW_BIN/split-sentences" | tail -n 1)
	echo "$last"
	case $last in
	"sentences: accuracy="*" boundary_f1="*" cases="*) ;;
	*) echo "unexpected scorer output: $last"; return 1 ;;
	esac
	accuracy=${last#*accuracy=}; accuracy=${accuracy%% *}
	f1=${last#*boundary_f1=}; f1=${f1%% *}
}

# at_least X MIN: X >= MIN, as decimals.
at_least() {
	awk -v x="$1" -v min="$2" 'BEGIN { exit !(x + 0 >= min + 0) }' ||
	    { echo "$1 is below $2"; return 1; }
}

# The gold cases as the scorer feeds them: ID<TAB>1<TAB>TEXT, escaped.
gold_records() {
	python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["text"].replace("\\", "\\\\").replace("\t", "\\t")
    t = t.replace("\n", "\\n").replace("\r", "\\r")
    print("%s\t1\t%s" % (d["id"], t))
' "$1"
}

@test "English Golden Rules: exact-match accuracy at least 0.98" {
	score "$GOLD/golden_en.jsonl"
	at_least "$accuracy" 0.98
}

@test "UD English-EWT dev: boundary F1 at least 0.89" {
	score "$GOLD/ewt_dev.jsonl"
	at_least "$f1" 0.89
}

@test "the four other Golden Rules (newlines, no space): at least 3 of 4 with --fold-space" {
	score --fold-space "$GOLD/golden_en_extra.jsonl"
	at_least "$accuracy" 0.75
}

@test "nothing is lost from any seed article, read as plain lines" {
	for f in "$SEEDS"/*.txt; do
		split-sentences "$f" > "$BATS_TEST_TMPDIR/out"
		run "$ROOT/tests/bin/check-lossless" "$f" "$BATS_TEST_TMPDIR/out"
		assert_success
	done
}

@test "nothing is lost from any text the scorer feeds in" {
	for g in "$GOLD"/*.jsonl; do
		gold_records "$g" > "$BATS_TEST_TMPDIR/in"
		split-sentences "$BATS_TEST_TMPDIR/in" > "$BATS_TEST_TMPDIR/out"
		run "$ROOT/tests/bin/check-lossless" "$BATS_TEST_TMPDIR/in" "$BATS_TEST_TMPDIR/out"
		assert_success
	done
}

@test "running split-sentences again on its output changes nothing" {
	for f in "$SEEDS"/*.txt; do
		split-sentences "$f" > "$BATS_TEST_TMPDIR/once"
		split-sentences "$BATS_TEST_TMPDIR/once" > "$BATS_TEST_TMPDIR/twice"
		run cmp "$BATS_TEST_TMPDIR/once" "$BATS_TEST_TMPDIR/twice"
		assert_success
	done
	gold_records "$GOLD/ewt_dev.jsonl" | split-sentences > "$BATS_TEST_TMPDIR/once"
	split-sentences "$BATS_TEST_TMPDIR/once" > "$BATS_TEST_TMPDIR/twice"
	run cmp "$BATS_TEST_TMPDIR/once" "$BATS_TEST_TMPDIR/twice"
	assert_success
}
