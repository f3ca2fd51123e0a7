#!/bin/sh
# diff-report-check.sh BINDIR OUTDIR - render diff-sources --html in
# headless Chromium, at a desktop and a phone-sized viewport (and a story
# of 40 outlets at the phone size), and check that the pages are
# self-contained and the screenshots were written.
set -eu
bin=$1
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
page=$out/diff-report.html
printf 'q1\t2\tnorthwind\t4.1\tquote\tMarta Ilves\twe got respect\n' > "$out/quotes.tsv"
printf 'q1\t2\tcoastline\t2.2\tquote\tMarta Ilves\tWe did not get everything we wanted, but we got respect\n' >> "$out/quotes.tsv"
"$bin/diff-sources" --html --quotes "$out/quotes.tsv" \
    "$root/tests/data/diff/valmera.tsv" > "$page"
# A story of 40 outlets, too many for a column each: the tables list them.
wide=$out/diff-report-wide.html
i=1
while [ $i -le 40 ]; do
	printf 'outlet%d\t1.1\tRebels shelled the Barada valley on Monday.\n' $i
	printf 'outlet%d\t2.1\tOutlet %d alone saw the harvest fair.\n' $i $i
	i=$((i + 1))
done | "$bin/diff-sources" --html > "$wide"
# Self-contained: no script, no external asset.
for p in "$page" "$wide"; do
	if grep -Eiq '<script|<link|src=|url\(|https?://' "$p"; then
		echo "report-check: $p is not self-contained" >&2
		exit 1
	fi
done
command -v chromium >/dev/null || {
	echo "report-check: chromium is missing (apt-get install -y chromium)" >&2
	exit 2
}
for size in desktop:1280,1800:$page phone:390,2600:$page \
    wide-phone:390,2600:$wide; do
	name=${size%%:*}
	file=${size#*:*:}
	size=${size%:*}
	dir=$(mktemp -d)
	rm -f "$out/$name.png"
	chromium --headless --no-sandbox --disable-gpu --disable-quic \
	    --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync --user-data-dir="$dir" \
	    --hide-scrollbars --window-size="${size#*:}" \
	    --screenshot="$out/$name.png" "file://$file" >/dev/null 2>&1 || true
	rm -rf "$dir"
	test -s "$out/$name.png" || {
		echo "report-check: no screenshot $out/$name.png" >&2
		exit 1
	}
	echo "report-check: $out/$name.png"
done
