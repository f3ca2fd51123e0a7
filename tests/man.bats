#!/usr/bin/env bats
# Every runnable example in the man pages is run, the idea of jq's
# tests/man.test: in EXAMPLES, a literal block (.Bd -literal ... .Ed) whose
# first line starts with "$ " holds a command and, on the lines after it, its
# exact standard output.  Commands run from the repository root with the
# tools under test first on PATH.

load helper

# Print each example of a man page as: command, NUL, expected output, NUL.
man_examples() {
	awk '
		function unmdoc(s) { gsub(/\\&/, "", s); gsub(/\\e/, "\\", s); return s }
		/^\.Bd -literal/ { inblock = 1; first = 1; cmd = ""; next }
		/^\.Ed/ {
			if (inblock && cmd != "") printf "%s%c%s%c", cmd, 0, out, 0
			inblock = 0; cmd = ""; next
		}
		inblock && first { first = 0; if (substr($0, 1, 2) == "$ ") { cmd = unmdoc(substr($0, 3)); out = "" } ; next }
		inblock && cmd != "" { out = out unmdoc($0) "\n" }
	' "$1"
}

@test "every man page exists and is valid mdoc" {
	for m in "$ROOT"/man/*.[15]; do
		run --separate-stderr man --warnings -E UTF-8 -l "$m"
		assert_success
		assert_equal "$stderr" ""
	done
	for t in "$ROOT"/cmd/*.c; do
		t=${t##*/}
		[ -f "$ROOT/man/${t%.c}.1" ] || { echo "no man page for ${t%.c}"; return 1; }
	done
	[ -f "$ROOT/man/crosswire.5" ]
}

@test "the runnable examples of the man pages print what the pages say" {
	cd "$ROOT"
	n=0
	for m in man/*.[15]; do
		while IFS= read -r -d '' cmd && IFS= read -r -d '' want; do
			got=$(sh -c "$cmd" 2>&1; echo x)
			got=${got%x}
			if [ "$got" != "$want" ]; then
				printf '%s: $ %s\n--- want\n%s--- got\n%s' "$m" "$cmd" "$want" "$got"
				return 1
			fi
			n=$((n + 1))
		done < <(man_examples "$m")
	done
	echo "$n examples"
}
