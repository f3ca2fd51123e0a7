#!/usr/bin/env bats
# What every tool promises (crosswire(5)): exit statuses with their exact
# messages, a quiet end when the reader goes away, --line-buffered output
# before the input ends, and output that tests/bin/check-records accepts.

load helper

TOOLS='strip-boilerplate split-sentences tag-entities dedupe-quotes diff-sources'

setup() {
	T=$BATS_TEST_TMPDIR
	CHECK=$ROOT/tests/bin/check-records
}

# A paragraph with a quotation, as text records of two sources.
story() {
	printf 'herald\t1\t"We did not get everything we wanted, but we got respect," union leader Marta Ilves told reporters on Tuesday.\n'
	printf 'herald\t2\tThe vote was 412 to 97, the union said.\n'
	printf 'coast\t1\tIlves said the union had "got respect" in the talks.\n'
	printf 'coast\t2\tThe vote was 412 to 97.\n'
}

@test "exit 0: all read and written, nothing on stderr" {
	story > "$T/in.tsv"
	for t in $TOOLS; do
		run --separate-stderr "$t" "$T/in.tsv"
		assert_success
		assert_equal "$stderr" ''
		[ -n "$output" ]
	done
}

@test "exit 1: a malformed record is reported as PROG: FILE:LINE: ... and skipped" {
	{ story; printf 'only\ttwo\n'; } > "$T/in.tsv"
	for t in split-sentences tag-entities dedupe-quotes diff-sources; do
		run --separate-stderr "$t" "$T/in.tsv"
		assert_failure 1
		assert_equal "$stderr" "$t: $T/in.tsv:5: want SOURCE<TAB>LOC<TAB>TEXT, found 2 fields"
		[ -n "$output" ]
	done
	# strip-boilerplate reads pages, not records: a binary file is its
	# malformed input
	printf 'page\000binary\n' > "$T/bin.html"
	run --separate-stderr strip-boilerplate "$T/bin.html" "$ROOT/examples/valmera/coastline.txt"
	assert_failure 1
	assert_equal "$stderr" "strip-boilerplate: $T/bin.html:1: binary data, not a page: skipped"
	[ -n "$output" ]
}

@test "exit 2: a missing operand is reported, the others still read" {
	story > "$T/in.tsv"
	for t in $TOOLS; do
		run --separate-stderr "$t" "$T/none" "$T/in.tsv"
		assert_failure 2
		assert_equal "$stderr" "$t: $T/none: No such file or directory"
		[ -n "$output" ]
	done
}

@test "exit 2: a directory is a read error" {
	for t in $TOOLS; do
		run --separate-stderr "$t" "$T"
		assert_failure 2
		assert_equal "$stderr" "$t: $T: read error: Is a directory"
	done
}

@test "exit 2: an unknown option is a usage error, the usage on stderr" {
	for t in $TOOLS; do
		run --separate-stderr "$t" --frobnicate
		assert_failure 2
		assert_output ''
		assert_equal "${stderr%%$'\n'*}" "$t: unknown option: --frobnicate"
		[[ "$stderr" == *$'\nusage: '"$t "* ]]
	done
}

@test "exit 2: a write error is reported" {
	[ -w /dev/full ]
	story > "$T/in.tsv"
	for t in $TOOLS; do
		run --separate-stderr bash -c '"$1" "$2" > /dev/full' _ "$t" "$T/in.tsv"
		assert_failure 2
		assert_equal "$stderr" "$t: write error: No space left on device"
	done
}

@test "-h and --version exit 0 on stdout" {
	for t in $TOOLS; do
		run --separate-stderr "$t" -h
		assert_success
		assert_line -n 0 --regexp "^usage: $t "
		assert_equal "$stderr" ''
		run --separate-stderr "$t" --version
		assert_success
		assert_output --regexp "^$t \\(crosswire\\) [0-9]+\\.[0-9]+\\.[0-9]+$"
	done
}

# Enough input that the output fills the pipe after head has gone.
big_input() {
	case $1 in
	strip-boilerplate)
		awk 'BEGIN { for (i = 1; i <= 20000; i++)
			printf "Paragraph %d of the long page says that the strike at the port went on for nine days.\n\n", i }' ;;
	*)
		awk 'BEGIN { for (i = 1; i <= 6000; i++)
			printf "s%d\t%d\t\"We will win round %d,\" Anna Berg said in Valmera on day %d.\n", i % 7, i, i, i }' ;;
	esac
}

@test "a closed pipe ends every tool quietly" {
	for t in $TOOLS; do
		big_input "$t" > "$T/big"
		run --separate-stderr bash -c 'set -o pipefail; "$1" "$2" | head -n 1' _ "$t" "$T/big"
		# as cat: status 0, or death by SIGPIPE (128 + 13); never a message
		[[ $status -eq 0 || $status -eq 141 ]]
		assert_equal "$stderr" ''
		assert_equal "${#lines[@]}" 1
	done
}

# The first line that TOOL writes under --line-buffered while a writer
# sends INPUT into a FIFO and then, still holding it open (still:1) or
# having closed it (still:0), waits 30 seconds.
first_line() {
	local tool=$1 still=$2 input=$3 fifo=$T/fifo.$1
	shift 3
	mkfifo "$fifo"
	if [ "$still" = 1 ]; then
		( printf '%s' "$input"; exec sleep 30 ) > "$fifo" 3>&- &
	else
		( printf '%s' "$input" > "$fifo"; exec sleep 30 ) 3>&- &
	fi
	writer=$!
	run timeout 10 head -n 1 <("$tool" --line-buffered "$@" < "$fifo")
	kill "$writer" 2>/dev/null || true
}

@test "--line-buffered: the per-record tools write a record before the input ends" {
	first_line split-sentences 1 $'s\t1\tThe port reopened. Ships came in.\n'
	assert_success
	assert_output $'s\t1.1\tThe port reopened.'
	# tag-entities reads a document (the records of one SOURCE) whole:
	# a record of the next source ends the first
	first_line tag-entities 1 $'a\t1.1\tMr Smith of Acme Corp flew to Paris.\nb\t1.1\tThe port reopened.\n'
	assert_success
	assert_output $'a\t1.1\tMr Smith of Acme Corp flew to Paris.\tPER:Smith:3:8|ORG:Acme Corp:12:21|LOC:Paris:30:35'
}

@test "--line-buffered: the tools that need the whole input write as soon as it ends" {
	# strip-boilerplate reads a page whole; dedupe-quotes and diff-sources
	# cluster a whole story: the writer has closed the FIFO but not exited
	first_line strip-boilerplate 0 $'The port reopened on Tuesday after a strike of nine days, the union said.\n'
	assert_success
	assert_output $'-\t1\tThe port reopened on Tuesday after a strike of nine days, the union said.'
	first_line dedupe-quotes 0 $'a\t1\t"We will win," Anna Berg said.\n'
	assert_success
	assert_output $'q1\t1\ta\t1\tquote\tAnna Berg\tWe will win,'
	first_line diff-sources 0 $'a\t1.1\tThe port reopened.\n'
	assert_success
	assert_output $'g1\t1\ta\t1.1\tThe port reopened.'
}

@test "every tool's output on the sample story passes check-records" {
	V=$ROOT/examples/valmera
	strip-boilerplate "$V"/* > "$T/p"
	run "$CHECK" paragraph "$T/p"
	assert_success
	split-sentences "$T/p" > "$T/s"
	run "$CHECK" sentence "$T/s"
	assert_success
	run "$ROOT/tests/bin/check-lossless" "$T/p" "$T/s"
	assert_success
	tag-entities "$T/s" > "$T/t"
	run "$CHECK" tagged "$T/t"
	assert_success
	tag-entities --mentions "$T/s" > "$T/m"
	run "$CHECK" mention "$T/m"
	assert_success
	dedupe-quotes "$T/t" > "$T/q"
	run "$CHECK" quotation "$T/q"
	assert_success
	dedupe-quotes --clusters "$T/t" > "$T/c"
	run "$CHECK" cluster "$T/c"
	assert_success
	diff-sources "$T/t" > "$T/d"
	run "$CHECK" grouped "$T/d"
	assert_success
	strip-boilerplate --meta "$V"/* > "$T/meta"
	run "$CHECK" meta "$T/meta"
	assert_success
	strip-boilerplate --explain "$V"/* > "$T/x"
	run "$CHECK" explain "$T/x"
	assert_success
}

@test "check-records finds what is wrong, with file and line" {
	printf 's\t1\tok\ns\t01\tx\n' > "$T/r"
	run --separate-stderr "$CHECK" text "$T/r"
	assert_failure 1
	assert_equal "$stderr" "check-records: $T/r:2: LOC is not P or P.S: s	01	x"
	printf 's\t1\ta\\qb\n' | { run --separate-stderr "$CHECK" text; assert_failure 1; assert_equal "$stderr" 'check-records: stdin:1: TEXT has a backslash that is not an escape: s	1	a\qb'; }
	printf 's\t1\t\377\n' > "$T/r"
	run --separate-stderr "$CHECK" text "$T/r"
	assert_failure 1
	assert_equal "$stderr" "check-records: $T/r: not valid UTF-8"
	printf 's\t1\tab' > "$T/r"
	run --separate-stderr "$CHECK" text "$T/r"
	assert_equal "$stderr" "check-records: $T/r: the last line has no newline"
	printf 's\t1\tCaf\303\251 x\tPER:Caf\303\251:0:4\n' > "$T/r"
	run --separate-stderr "$CHECK" tagged "$T/r"
	assert_failure 1
	assert_equal "$stderr" "check-records: $T/r:1: mention 1: START or END inside a UTF-8 character: $(cat "$T/r")"
	printf 's\t1\tAnna\tPER::0:4\n' > "$T/r"
	run --separate-stderr "$CHECK" tagged "$T/r"
	assert_equal "$stderr" "check-records: $T/r:1: mention 1: empty CANONICAL: $(cat "$T/r")"
	printf 'q1\t2\ta\t1\tquote\tX\tyes\nq2\t1\ta\t2\tquote\tX\tno\nq1\t2\tb\t1\tquote\tX\tyes\n' > "$T/r"
	run --separate-stderr "$CHECK" quotation "$T/r"
	assert_failure 1
	assert_equal "$stderr" "check-records: $T/r:2: q1 (ending before this line) has N 2 but 1 sources: q2	1	a	2	quote	X	no"
	printf 'g1\t1\ta\t1\tx\ng2\t2\ta\t1\tx\ng2\t2\tb\t1\tx\n' > "$T/r"
	run --separate-stderr "$CHECK" grouped "$T/r"
	assert_equal "$stderr" "check-records: $T/r:3: g2 with N 2 after a group with N 1: g2	2	b	1	x"
	printf 's\t1.1\tA.\ns\t1.3\tB.\n' > "$T/r"
	run --separate-stderr "$CHECK" sentence "$T/r"
	assert_equal "$stderr" "check-records: $T/r:2: sentence 3 after 1: s	1.3	B."
	printf 's\tdate\t1\ns\theadline\tx\n' > "$T/r"
	run --separate-stderr "$CHECK" meta "$T/r"
	assert_equal "$stderr" "check-records: $T/r:2: headline out of order or twice: s	headline	x"
	printf 's\t1\tx\tkeep\tlow\ttag=p\n' > "$T/r"
	run --separate-stderr "$CHECK" explain "$T/r"
	assert_equal "$stderr" "check-records: $T/r:1: bad DECISION or REASON: s	1	x	keep	low	tag=p"
	run --separate-stderr "$CHECK" nonsense "$T/r"
	assert_failure 2
}
