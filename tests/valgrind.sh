#!/bin/sh
# tests/valgrind.sh - the seed pipeline under Valgrind's memcheck: every
# tool, with its main options, over the seed articles of $SHARED (and the
# sample story of examples/).  Any memory error or leak (definite,
# indirect or possible) fails the run.
#
#   tests/valgrind.sh BINDIR SHARED
set -eu
[ $# -eq 2 ] || { echo "usage: tests/valgrind.sh BINDIR SHARED" >&2; exit 2; }
bin=$1
seeds=$2/seeds/astana
[ -d "$seeds" ] || { echo "tests/valgrind.sh: $seeds is missing" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
runs=0
failed=0

vg() {
	name=$1
	shift
	runs=$((runs + 1))
	if valgrind --quiet --error-exitcode=99 --leak-check=full \
	    --show-leak-kinds=definite,indirect,possible \
	    --errors-for-leak-kinds=definite,indirect,possible \
	    --log-file="$tmp/vg.log" "$@" > "$tmp/$name.out" 2> "$tmp/$name.err"; then
		:
	else
		st=$?
		if [ "$st" -eq 99 ] || [ -s "$tmp/vg.log" ]; then
			echo "valgrind: $name: memory errors or leaks:"
			cat "$tmp/vg.log"
			failed=1
		else
			echo "valgrind: $name: exit status $st"
			cat "$tmp/$name.err"
			failed=1
		fi
	fi
}

vg pages "$bin/strip-boilerplate" "$seeds"/*.txt examples/valmera/*
vg page "$bin/strip-boilerplate" examples/valmera/harbourherald.html
vg explain "$bin/strip-boilerplate" --explain "$seeds"/*.txt examples/valmera/*
vg meta "$bin/strip-boilerplate" --meta "$seeds"/*.txt examples/valmera/*
vg sents "$bin/split-sentences" "$tmp/pages.out"
vg tagged "$bin/tag-entities" "$tmp/sents.out"
vg mentions "$bin/tag-entities" --mentions "$tmp/sents.out"
vg quotes "$bin/dedupe-quotes" "$tmp/tagged.out"
vg clusters "$bin/dedupe-quotes" --clusters "$tmp/tagged.out"
awk -F '\t' -v OFS='\t' '{ print $0, ($1 == "bbc" ? "b" : "a") }' "$tmp/tagged.out" > "$tmp/stories"
vg story-quotes "$bin/dedupe-quotes" --story-field 5 "$tmp/stories"
vg groups "$bin/diff-sources" "$tmp/tagged.out"
vg story-groups "$bin/diff-sources" --story-field 5 "$tmp/stories"
vg group-list "$bin/diff-sources" --groups "$tmp/tagged.out"
vg entities "$bin/diff-sources" --entities "$tmp/tagged.out"
vg terms "$bin/diff-sources" --terms "$tmp/tagged.out"
vg html "$bin/diff-sources" --html --quotes "$tmp/quotes.out" "$tmp/tagged.out"
if [ "$failed" -ne 0 ]; then
	echo "valgrind: problems in the runs above" >&2
	exit 1
fi
echo "valgrind: $runs runs over the seed pipeline, no memory errors, no leaks"
