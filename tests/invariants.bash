# tests/invariants.bash - the promises of the tools, as checks on one run
# each (loaded by tests/scale.bats and tests/acceptance/invariants.bats).
# Each prints what is wrong and returns 1, or returns 0.

# tag-entities: every mention of the mention field lies on UTF-8 boundaries
# inside its text (check-records tagged), and --mentions gives for each
# the same SOURCE, LOC, TYPE, START, END, a SURFACE that is exactly
# TEXT[START, END) and the CANONICAL, never empty.
#   inv_mentions TAGGED MENTIONS
inv_mentions() {
	"$ROOT/tests/bin/check-records" tagged "$1" || return 1
	"$ROOT/tests/bin/check-records" mention "$2" || return 1
	LC_ALL=C awk -F '\t' '
	function unescape(s,    out, i, c, n) {
		out = ""
		n = length(s)
		for (i = 1; i <= n; i++) {
			c = substr(s, i, 1)
			if (c == "\\" && i < n) {
				c = substr(s, ++i, 1)
				c = c == "t" ? "\t" : c == "n" ? "\n" : c == "r" ? "\r" : c
			}
			out = out c
		}
		return out
	}
	function escape(s) {
		gsub(/\\/, "\\\\", s); gsub(/\t/, "\\t", s)
		gsub(/\n/, "\\n", s); gsub(/\r/, "\\r", s)
		return s
	}
	FNR == 1 { file++ }
	file == 1 {
		if ($4 == "")
			next
		text = unescape($3)
		n = split($4, m, "|")
		for (i = 1; i <= n; i++) {
			split(m[i], f, ":")
			canon = f[2]
			gsub(/%3A/, ":", canon); gsub(/%7C/, "|", canon)
			gsub(/%25/, "%", canon)
			want[++nwant] = $1 FS $2 FS f[1] FS f[3] FS f[4] FS \
			    escape(substr(text, f[3] + 1, f[4] - f[3])) FS escape(canon)
		}
		next
	}
	{
		if (++ngot > nwant || $0 != want[ngot]) {
			printf "inv_mentions: mention %d: --mentions gives\n  %s\nbut the mention field says\n  %s\n", \
			    ngot, $0, want[ngot]
			bad = 1
			exit 1
		}
	}
	END {
		if (!bad && ngot != nwant) {
			printf "inv_mentions: %d mentions in the field, %d from --mentions\n", nwant, ngot
			exit 1
		}
	}' "$1" "$2"
}

# dedupe-quotes: no quotation occurrence (SOURCE, LOC, QUOTE) is written
# twice, and every QUOTE is in the text of its record or of the records of
# the same SOURCE that follow it (a quotation over several sentences or
# paragraphs), quotation marks and white space aside.  With COUNT, the
# number of occurrences must be COUNT; with STORY, the input was read with
# --story-field STORY and records are told apart by story too.
#   inv_quotes INPUT QUOTATIONS [COUNT [STORY]]
inv_quotes() {
	"$ROOT/tests/bin/check-records" quotation "$2" || return 1
	LC_ALL=C awk -F '\t' -v count="${3:-}" -v sf="${4:-0}" '
	function norm(s) {
		gsub(/\\[tnr]|[ ]|\342\200[\234\235\230\231]|\302[\253\273]|\342\200[\271\272\236]|["\047]/, "", s)
		return s
	}
	FNR == 1 { file++ }
	file == 1 {
		if (NF == 1) { $0 = "-" FS FNR FS $0 }
		n++
		src[n] = (sf ? $sf : "") FS $1
		text[n] = norm($3)
		if (!((src[n] FS $2) in first))
			first[src[n] FS $2] = n
		next
	}
	{
		story = $1
		if (!sf || !sub(/\/q[0-9]+$/, "", story))
			story = ""
		key = story FS $3 FS $4 FS $7
		if (key in seen) {
			printf "inv_quotes: written twice: %s\n", $0
			bad = 1
			exit 1
		}
		seen[key] = 1
		k = first[story FS $3 FS $4]
		if (k == "") {
			printf "inv_quotes: no record %s %s in the input: %s\n", $3, $4, $0
			bad = 1
			exit 1
		}
		q = norm($7)
		run = ""
		for (i = k; i <= n && src[i] == story FS $3 && length(run) < length(q) + 4096; i++) {
			run = run text[i]
			if (index(run, q))
				break
		}
		if (!index(run, q)) {
			printf "inv_quotes: QUOTE not in its record or those after it: %s\n", $0
			bad = 1
			exit 1
		}
		got++
	}
	END {
		if (!bad && count != "" && got != count) {
			printf "inv_quotes: %d occurrences, want %d\n", got, count
			exit 1
		}
	}' "$1" "$2"
}

# diff-sources: every input record comes out exactly once (its SOURCE,
# LOC, TEXT and later fields after GID and N).
#   inv_sentences_once INPUT GROUPED
inv_sentences_once() {
	"$ROOT/tests/bin/check-records" grouped "$2" || return 1
	LC_ALL=C sort "$1" > "$BATS_TEST_TMPDIR/inv.in"
	cut -f3- "$2" | LC_ALL=C sort > "$BATS_TEST_TMPDIR/inv.out"
	if ! cmp -s "$BATS_TEST_TMPDIR/inv.in" "$BATS_TEST_TMPDIR/inv.out"; then
		echo "inv_sentences_once: the records differ:"
		diff "$BATS_TEST_TMPDIR/inv.in" "$BATS_TEST_TMPDIR/inv.out" | head -5
		return 1
	fi
}
