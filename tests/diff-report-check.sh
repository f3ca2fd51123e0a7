#!/bin/sh
# diff-report-check.sh BINDIR OUTDIR - render diff-sources --html in
# headless Chromium, at a desktop and a phone-sized viewport, and check that
# the page is self-contained and the screenshots were written.
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
# Self-contained: no script, no external asset.
if grep -Eiq '<script|<link|src=|url\(|https?://' "$page"; then
	echo "report-check: $page is not self-contained" >&2
	exit 1
fi
command -v chromium >/dev/null || {
	echo "report-check: chromium is missing (apt-get install -y chromium)" >&2
	exit 2
}
for size in desktop:1280,1800 phone:390,2600; do
	name=${size%%:*}
	dir=$(mktemp -d)
	rm -f "$out/$name.png"
	chromium --headless --no-sandbox --disable-gpu --disable-quic \
	    --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync --user-data-dir="$dir" \
	    --hide-scrollbars --window-size="${size#*:}" \
	    --screenshot="$out/$name.png" "file://$page" >/dev/null 2>&1 || true
	rm -rf "$dir"
	test -s "$out/$name.png" || {
		echo "report-check: no screenshot $out/$name.png" >&2
		exit 1
	}
	echo "report-check: $out/$name.png"
done
