#!/usr/bin/env bats
# The examples in README.md run and print what the README says: in every
# fenced block, a line "$ COMMAND" is run from the repository root with the
# tools under test first on PATH, and the lines after it, up to the next
# "$ " line or the end of the block, are its exact standard output.
# Commands that need the network (curl) are not run.

load helper

# Print each example as: command, NUL, expected output, NUL.
readme_examples() {
	awk '
		function flush() { if (cmd != "") printf "%s%c%s%c", cmd, 0, out, 0; cmd = "" }
		/^```/ { if (inblock) flush(); inblock = !inblock; next }
		inblock && substr($0, 1, 2) == "$ " {
			flush()
			if ($0 !~ /curl /) { cmd = substr($0, 3); out = "" }
			next
		}
		inblock && cmd != "" { out = out $0 "\n" }
	' "$1"
}

@test "the README's examples print what the README says" {
	cd "$ROOT"
	n=0
	while IFS= read -r -d '' cmd && IFS= read -r -d '' want; do
		got=$(sh -c "$cmd" 2>&1; echo x)
		got=${got%x}
		if [ "$got" != "$want" ]; then
			printf '$ %s\n--- want\n%s--- got\n%s' "$cmd" "$want" "$got"
			return 1
		fi
		n=$((n + 1))
	done < <(readme_examples README.md)
	# the pipeline on the sample and one example per tool at least
	[ "$n" -ge 6 ] || { echo "only $n examples"; return 1; }
}
