#!/usr/bin/env bats
# Same answer at any scale, and nothing lost, on generated stories
# (tests/bin/gen-stories): the per-record tools alone and under GNU
# parallel --pipe; dedupe-quotes and diff-sources on many stories at once,
# alone, split by story with parallel --group-by, and split into shards
# as Hadoop Streaming would and merged with sort (README, "Running at
# scale").

load helper
load invariants

TAB=$'\t'

setup_file() {
	export G=$BATS_FILE_TMPDIR
	# 2.5 MB of paragraphs: 50 stories, 5 outlets, 50 paragraphs each
	"$ROOT/tests/bin/gen-stories" 50 5 50 > "$G/paras"
	split-sentences "$G/paras" > "$G/sents"
	tag-entities "$G/sents" > "$G/tagged"
	# a smaller day for diff-sources: 20 stories, 4 outlets, 25 paragraphs
	"$ROOT/tests/bin/gen-stories" 20 4 25 7 | split-sentences | tag-entities > "$G/day"
}

@test "the generated input is what the tests need" {
	run wc -c < "$G/paras"
	[ "$output" -gt 2000000 ]
	run cut -f5 "$G/tagged"
	run sort -u <<<"$output"
	assert_equal "${#lines[@]}" 50
}

@test "split-sentences: the same bytes alone and under parallel --pipe -k; nothing lost" {
	run "$ROOT/tests/bin/check-lossless" "$G/paras" "$G/sents"
	assert_success
	run "$ROOT/tests/bin/check-records" sentence "$G/sents"
	assert_success
	parallel --pipe -k -j2 --block 300k split-sentences < "$G/paras" > "$BATS_TEST_TMPDIR/par"
	run cmp "$G/sents" "$BATS_TEST_TMPDIR/par"
	assert_success
}

@test "tag-entities: the same bytes alone and under parallel --pipe -k --group-by 1 (whole documents)" {
	parallel --pipe -k -j2 --block 300k --group-by 1 tag-entities < "$G/sents" > "$BATS_TEST_TMPDIR/par"
	run cmp "$G/tagged" "$BATS_TEST_TMPDIR/par"
	assert_success
}

@test "tag-entities: mentions on character boundaries, SURFACE is the text's slice, CANONICAL never empty" {
	tag-entities --mentions "$G/sents" > "$BATS_TEST_TMPDIR/m"
	run inv_mentions "$G/tagged" "$BATS_TEST_TMPDIR/m"
	assert_success
}

@test "dedupe-quotes: every quotation once, each found in its sentences" {
	dedupe-quotes --story-field 5 "$G/tagged" > "$BATS_TEST_TMPDIR/q"
	# the generator opens every quotation with U+201C, once
	n=$(grep -o '“' "$G/paras" | wc -l)
	[ "$n" -gt 1000 ]
	run inv_quotes "$G/tagged" "$BATS_TEST_TMPDIR/q" "$n" 5
	assert_success
}

@test "diff-sources: every sentence once, in valid groups" {
	diff-sources --story-field 5 "$G/day" > "$BATS_TEST_TMPDIR/d"
	run inv_sentences_once "$G/day" "$BATS_TEST_TMPDIR/d"
	assert_success
}

# The answer for the stream $1 with tool $2..., split by story three ways.
by_story() {
	local in=$1 out=$BATS_TEST_TMPDIR
	shift
	# sorted by story and cut at story boundaries (parallel, or ssh hosts)
	LC_ALL=C sort -s -t "$TAB" -k5,5 "$in" > "$out/sorted"
	"$@" "$out/sorted" > "$out/alone-sorted"
	parallel --pipe --group-by 5 -k -j2 --block 1M "$@" < "$out/sorted" > "$out/parallel"
	# Hadoop Streaming: shards partitioned by story, record order kept;
	# the part files merged by a stable sort on the id's story
	rm -f "$out"/shard.*
	LC_ALL=C awk -F '\t' -v dir="$out" '!($5 in p) { p[$5] = n++ % 3 }
		{ print > (dir "/shard." p[$5]) }' "$in"
	for s in "$out"/shard.*; do
		"$@" "$s"
	done | LC_ALL=C sort -s -t "$TAB" -k1,1 > "$out/shards"
	"$@" "$in" | LC_ALL=C sort -s -t "$TAB" -k1,1 > "$out/alone"
}

@test "dedupe-quotes --story-field: the same answer alone, split by story with parallel, and in shards merged with sort" {
	by_story "$G/tagged" dedupe-quotes --story-field 5
	[ "$(wc -l < "$BATS_TEST_TMPDIR/alone")" -gt 1000 ]
	run cmp "$BATS_TEST_TMPDIR/alone-sorted" "$BATS_TEST_TMPDIR/parallel"
	assert_success
	run cmp "$BATS_TEST_TMPDIR/alone" "$BATS_TEST_TMPDIR/shards"
	assert_success
}

@test "diff-sources --story-field: the same answer alone, split by story with parallel, and in shards merged with sort" {
	by_story "$G/day" diff-sources --story-field 5
	[ "$(wc -l < "$BATS_TEST_TMPDIR/alone")" -gt 1000 ]
	run cmp "$BATS_TEST_TMPDIR/alone-sorted" "$BATS_TEST_TMPDIR/parallel"
	assert_success
	run cmp "$BATS_TEST_TMPDIR/alone" "$BATS_TEST_TMPDIR/shards"
	assert_success
}
