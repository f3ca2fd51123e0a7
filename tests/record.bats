#!/usr/bin/env bats
# The record format (crosswire(5)) and the behaviour every tool shares, shown
# through split-sentences, the simplest text tool.  Inputs hold one sentence
# per paragraph so that only the record layer is under test.

load helper

@test "a plain line without TAB is a paragraph of source - numbered by line" {
	run --separate-stderr split-sentences <<<$'one line\nanother line'
	assert_success
	assert_output $'-\t1.1\tone line\n-\t2.1\tanother line'
	assert_equal "$stderr" ''
}

@test "escapes are undone on input and written back on output" {
	run --separate-stderr split-sentences <<<$'s\t1\ta\\\\b\\tc\\rd'
	assert_success
	assert_output $'s\t1.1\ta\\\\b\\tc\\rd'
}

@test "an escaped newline inside a paragraph is whitespace, trimmed at the ends" {
	run split-sentences <<<$'s\t1\t\\n  wrapped\\nline  \\n'
	assert_success
	assert_output $'s\t1.1\twrapped\\nline'
}

@test "a backslash before any other character is literal" {
	run split-sentences <<<$'s\t1\tC:\\\\dir \\x \\'
	assert_success
	assert_output $'s\t1.1\tC:\\\\dir \\\\x \\\\'
}

@test "extra fields after TEXT pass through untouched, empty ones included" {
	run split-sentences <<<$'s\t1\ttext\tPER:A:0:1\t\tz\\q'
	assert_success
	assert_output $'s\t1.1\ttext\tPER:A:0:1\t\tz\\q'
}

@test "CRLF line ends and a missing final newline are accepted" {
	run split-sentences < <(printf 's\t1\tfirst\r\ns\t2\tsecond')
	assert_success
	assert_output $'s\t1.1\tfirst\ns\t2.1\tsecond'
}

@test "an empty text yields no sentence and no error" {
	run --separate-stderr split-sentences <<<$'s\t1\t\n\ns\t2\t   '
	assert_success
	assert_output ''
	assert_equal "$stderr" ''
}

@test "invalid UTF-8 and NUL become U+FFFD with one warning naming file and line" {
	printf 'ok\ns\t2\tbad \377 byte\ns\t3\tnul \000 byte\n' > "$BATS_TEST_TMPDIR/bad.tsv"
	run --separate-stderr split-sentences "$BATS_TEST_TMPDIR/bad.tsv"
	assert_success
	assert_output $'-\t1.1\tok\ns\t2.1\tbad \xef\xbf\xbd byte\ns\t3.1\tnul \xef\xbf\xbd byte'
	assert_equal "$stderr" "split-sentences: $BATS_TEST_TMPDIR/bad.tsv:2: invalid UTF-8 or NUL byte replaced by U+FFFD (reported once per input)"
}

@test "binary garbage is repaired, never a crash" {
	head -c 200000 /dev/urandom > "$BATS_TEST_TMPDIR/garbage"
	run --separate-stderr split-sentences "$BATS_TEST_TMPDIR/garbage"
	[ "$status" -le 1 ]
	# every output line is valid UTF-8
	printf '%s\n' "$output" | iconv -f UTF-8 -t UTF-8 > /dev/null
}

@test "a malformed record is reported with file and line, skipped, status 1" {
	printf 's\t1\tgood\nonly\ttwo\n\tx\ty\ns\t0\tzero\ns\t1.x\tbad\ns\t2\tstill read\n' > "$BATS_TEST_TMPDIR/m.tsv"
	run --separate-stderr split-sentences "$BATS_TEST_TMPDIR/m.tsv"
	assert_failure 1
	assert_output $'s\t1.1\tgood\ns\t2.1\tstill read'
	f=$BATS_TEST_TMPDIR/m.tsv
	assert_equal "$stderr" "split-sentences: $f:2: want SOURCE<TAB>LOC<TAB>TEXT, found 2 fields
split-sentences: $f:3: empty SOURCE
split-sentences: $f:4: bad LOC \"0\": want P or P.S, positive integers
split-sentences: $f:5: bad LOC \"1.x\": want P or P.S, positive integers"
}

@test "stdin is named stdin in messages" {
	run --separate-stderr split-sentences <<<$'a\tb'
	assert_failure 1
	assert_equal "$stderr" 'split-sentences: stdin:1: want SOURCE<TAB>LOC<TAB>TEXT, found 2 fields'
}

@test "file operands are read in order and - is stdin" {
	printf 'a\t1\tfrom a\n' > "$BATS_TEST_TMPDIR/a"
	run split-sentences "$BATS_TEST_TMPDIR/a" - "$BATS_TEST_TMPDIR/a" <<<$'b\t1\tfrom stdin'
	assert_success
	assert_output $'a\t1.1\tfrom a\nb\t1.1\tfrom stdin\na\t1.1\tfrom a'
}

@test "a missing operand is reported, the others still read, status 2" {
	printf 'a\t1\tfrom a\n' > "$BATS_TEST_TMPDIR/a"
	run --separate-stderr split-sentences "$BATS_TEST_TMPDIR/nope" "$BATS_TEST_TMPDIR/a"
	assert_failure 2
	assert_output $'a\t1.1\tfrom a'
	assert_equal "$stderr" "split-sentences: $BATS_TEST_TMPDIR/nope: No such file or directory"
}

@test "a directory operand is a read error, status 2" {
	run --separate-stderr split-sentences "$BATS_TEST_TMPDIR"
	assert_failure 2
	assert_equal "$stderr" "split-sentences: $BATS_TEST_TMPDIR: read error: Is a directory"
}

@test "a 100 MB line is read whole" {
	f=$BATS_TEST_TMPDIR/long
	{ printf 's\t1\t'; head -c 100000000 /dev/zero | tr '\0' 'a'; printf '\n'; } > "$f"
	run bash -c 'split-sentences "$1" | wc -c' _ "$f"
	assert_success
	assert_output $(( 100000000 + 7 ))
}

@test "-h and --help print the usage on stdout and exit 0" {
	run --separate-stderr split-sentences -h
	assert_success
	assert_line -n 0 --regexp '^usage: split-sentences '
	assert_equal "$stderr" ''
	run split-sentences --help
	assert_success
	assert_line -n 0 --regexp '^usage: split-sentences '
}

@test "--version names the tool and crosswire" {
	run split-sentences --version
	assert_success
	assert_output --regexp '^split-sentences \(crosswire\) [0-9]+\.[0-9]+\.[0-9]+$'
}

@test "an unknown option is a usage error, status 2" {
	run --separate-stderr split-sentences --frobnicate
	assert_failure 2
	assert_output ''
	assert_equal "${stderr%%$'\n'*}" 'split-sentences: unknown option: --frobnicate'
	[[ "$stderr" == *$'\nusage: split-sentences '* ]]
}

@test "a closed pipe ends the program quietly" {
	run --separate-stderr bash -c 'yes "s	1	a line" | head -n 300000 | split-sentences | head -n 1'
	assert_success
	assert_output $'s\t1.1\ta line'
	assert_equal "$stderr" ''
}

@test "a write error is reported with status 2" {
	[ -w /dev/full ]
	run --separate-stderr bash -c 'echo hello | split-sentences > /dev/full'
	assert_failure 2
	assert_equal "$stderr" 'split-sentences: write error: No space left on device'
}

@test "--line-buffered writes a record before the input ends" {
	fifo=$BATS_TEST_TMPDIR/fifo
	mkfifo "$fifo"
	# The writer keeps the FIFO open; the first record must arrive anyway.
	( printf 's\t1\tfirst\n'; sleep 5 ) > "$fifo" &
	writer=$!
	run timeout 3 head -n 1 <(split-sentences --line-buffered < "$fifo")
	kill "$writer" 2>/dev/null || true
	assert_success
	assert_output $'s\t1.1\tfirst'
}
