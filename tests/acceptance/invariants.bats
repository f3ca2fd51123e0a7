#!/usr/bin/env bats
# The seed articles (../shared/seeds/astana) through the whole pipeline:
# every tool's output passes tests/bin/check-records and keeps its
# promises (tests/invariants.bash), and the per-record tools give the same
# bytes under GNU parallel.

load ../helper
load ../invariants

setup_file() {
	need_shared
	export P=$BATS_FILE_TMPDIR
	strip-boilerplate "$CW_SHARED"/seeds/astana/*.txt > "$P/paras"
	split-sentences "$P/paras" > "$P/sents"
	tag-entities "$P/sents" > "$P/tagged"
}

setup() {
	need_shared
	CHECK=$ROOT/tests/bin/check-records
}

@test "strip-boilerplate: paragraph, metadata and block records are valid" {
	run "$CHECK" paragraph "$P/paras"
	assert_success
	strip-boilerplate --meta "$CW_SHARED"/seeds/astana/*.txt > "$BATS_TEST_TMPDIR/meta"
	run "$CHECK" meta "$BATS_TEST_TMPDIR/meta"
	assert_success
	strip-boilerplate --explain "$CW_SHARED"/seeds/astana/*.txt > "$BATS_TEST_TMPDIR/x"
	run "$CHECK" explain "$BATS_TEST_TMPDIR/x"
	assert_success
}

@test "split-sentences: valid sentence records that rejoin to the paragraphs" {
	run "$CHECK" sentence "$P/sents"
	assert_success
	run "$ROOT/tests/bin/check-lossless" "$P/paras" "$P/sents"
	assert_success
}

@test "tag-entities: mentions on character boundaries, SURFACE the text's slice, CANONICAL never empty" {
	tag-entities --mentions "$P/sents" > "$BATS_TEST_TMPDIR/m"
	run inv_mentions "$P/tagged" "$BATS_TEST_TMPDIR/m"
	assert_success
}

@test "dedupe-quotes: every quotation once and found in its sentences, on paragraphs and on tagged sentences" {
	dedupe-quotes "$P/paras" > "$BATS_TEST_TMPDIR/qp"
	run inv_quotes "$P/paras" "$BATS_TEST_TMPDIR/qp"
	assert_success
	dedupe-quotes "$P/tagged" > "$BATS_TEST_TMPDIR/qt"
	run inv_quotes "$P/tagged" "$BATS_TEST_TMPDIR/qt"
	assert_success
	[ "$(wc -l < "$BATS_TEST_TMPDIR/qt")" -ge 30 ]
	dedupe-quotes --clusters "$P/tagged" > "$BATS_TEST_TMPDIR/qc"
	run "$CHECK" cluster "$BATS_TEST_TMPDIR/qc"
	assert_success
}

@test "diff-sources: every sentence once, in valid groups" {
	diff-sources "$P/tagged" > "$BATS_TEST_TMPDIR/d"
	run inv_sentences_once "$P/tagged" "$BATS_TEST_TMPDIR/d"
	assert_success
}

@test "the per-record tools give the same bytes under parallel --pipe -k" {
	parallel --pipe -k -j2 --block 10k split-sentences < "$P/paras" > "$BATS_TEST_TMPDIR/s"
	run cmp "$P/sents" "$BATS_TEST_TMPDIR/s"
	assert_success
	parallel --pipe -k -j2 --block 10k --group-by 1 tag-entities < "$P/sents" > "$BATS_TEST_TMPDIR/t"
	run cmp "$P/tagged" "$BATS_TEST_TMPDIR/t"
	assert_success
}
