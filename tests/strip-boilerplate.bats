#!/usr/bin/env bats
# strip-boilerplate: news pages in, the article's paragraphs out.  The pages
# in tests/data/html are made-up stories in the markup of big news sites;
# each has its expected output beside it (NAME.out).

load helper

page() {
	printf '%s\n' "$@" > "$BATS_TEST_TMPDIR/page.html"
}

# ---- the pages in tests/data ----

@test "every page in tests/data/html gives its expected paragraphs" {
	for f in "$DATA"/html/*.html; do
		run --separate-stderr strip-boilerplate "$f"
		assert_success
		assert_output "$(cat "${f%.html}.out")"
		assert_equal "$stderr" ''
	done
}

@test "a WordPress page: headline, body, subheading, quote and list; no share bar, related posts, comments or widgets" {
	run strip-boilerplate "$DATA/html/wordpress.html"
	assert_success
	assert_line -n 0 $'wordpress\t1\tHarbour ferry fares to rise by a fifth from March'
	assert_line -n 3 $'wordpress\t4\tSeason tickets spared'
	assert_line -n 7 $'wordpress\t8\tAdult single fare rises from \xc2\xa33 to \xc2\xa33.60.'
	refute_output --partial 'Share this'
	refute_output --partial 'Pier repairs'
	refute_output --partial 'Another rise'
	refute_output --partial 'newsletter'
	assert_equal "${#lines[@]}" 11
}

@test "an Arc page: ads, the newsletter box, the paywall banner and the author bio are dropped" {
	run strip-boilerplate "$DATA/html/arc.html"
	assert_success
	refute_output --partial 'Story continues below advertisement'
	refute_output --partial 'Sign up'
	refute_output --partial 'free articles'
	refute_output --partial 'covers transportation'
	assert_equal "${#lines[@]}" 8
}

@test "article sentences that start or end like furniture are kept; the furniture itself is not" {
	run strip-boilerplate <<'IN'
<html><body><article><h1>Talks end in Astana</h1>
<p>The talks ended on Tuesday with a joint statement from Russia, Turkey and Iran.</p>
<p>A spokesman for the foreign ministry declined to make any further comments.</p>
<p>Reporting by the Guardian last year found that the ceasefire was often broken.</p>
<p>Reporting by Tom Perry in Beirut; Editing by Peter Graff</p>
<p>View all 45 comments</p>
</article></body></html>
IN
	assert_success
	assert_output "$(printf '%s\n' '-	1	Talks end in Astana' \
'-	2	The talks ended on Tuesday with a joint statement from Russia, Turkey and Iran.' \
'-	3	A spokesman for the foreign ministry declined to make any further comments.' \
'-	4	Reporting by the Guardian last year found that the ceasefire was often broken.')"
}

@test "news that mentions donations, newsletters, privacy policies or social networks is kept; appeals, share lines and notices are not" {
	run strip-boilerplate <<'IN'
<html><body><article><h1>Quake relief grows as donations arrive</h1>
<p>The charity received a donation of $5m from the foundation on Monday.</p>
<h2>Charities report record donations</h2>
<p>Investigative journalism has suffered as budgets have shrunk.</p>
<p>The court ruled the privacy policy had misled users.</p>
<p>Facebook and Twitter were fined by the regulator on Monday.</p>
<p>By the end of the day, more than 300 people had been rescued.</p>
<p>Your donation allows us to keep reporting.</p>
<p>Like this story? Share it with a friend!</p>
<p>Be sure to visit the station on Facebook, Twitter, and Instagram.</p>
<p>By using this site, you agree to our Terms of Use and Privacy Policy.</p>
<h3>Support our journalism</h3>
<p>By Jane Roe and John Doe, Reuters</p>
</article></body></html>
IN
	assert_success
	assert_output "$(printf '%s\n' '-	1	Quake relief grows as donations arrive' \
'-	2	The charity received a donation of $5m from the foundation on Monday.' \
'-	3	Charities report record donations' \
'-	4	Investigative journalism has suffered as budgets have shrunk.' \
'-	5	The court ruled the privacy policy had misled users.' \
'-	6	Facebook and Twitter were fined by the regulator on Monday.' \
'-	7	By the end of the day, more than 300 people had been rescued.')"
}

@test "a text page's headline may name what appeals name" {
	run strip-boilerplate --text <<'IN'
Quake relief grows as donations arrive

The charity received a donation of $5m from the foundation on Monday.

Rebel officials said they would study the text before the next round.

Support our journalism
IN
	assert_success
	assert_output "$(printf '%s\n' '-	1	Quake relief grows as donations arrive' \
'-	2	The charity received a donation of $5m from the foundation on Monday.' \
'-	3	Rebel officials said they would study the text before the next round.')"
}

@test "a windows-1252 page is converted to UTF-8" {
	run strip-boilerplate "$DATA/html/windows-1252.html"
	assert_success
	assert_line -n 0 $'windows-1252\t1\tCaf\xc3\xa9 owners fight \xe2\x82\xac40,000 terrace fee'
	assert_line -n 2 --partial $'\xe2\x80\x9cWe were told about it after the vote, not before,\xe2\x80\x9d'
}

@test "an ISO-8859-1 page declared in <meta charset> is converted to UTF-8" {
	run strip-boilerplate "$DATA/html/latin1.html"
	assert_success
	assert_line -n 1 --partial $'Residents of \xc3\x85lsund voted'
}

@test "an undeclared page that is not UTF-8 is read as windows-1252" {
	printf '<p>The caf\xe9 on the quay reopened on Monday after a \x93long\x94 winter closure for repairs.</p>\n' > "$BATS_TEST_TMPDIR/sniff.html"
	run --separate-stderr strip-boilerplate "$BATS_TEST_TMPDIR/sniff.html"
	assert_success
	assert_output $'sniff\t1\tThe caf\xc3\xa9 on the quay reopened on Monday after a \xe2\x80\x9clong\xe2\x80\x9d winter closure for repairs.'
	assert_equal "$stderr" ''
}

@test "a UTF-8 page with a few bad bytes is repaired with one warning" {
	printf '<p>The caf\xc3\xa9 on the quay reopened on Monday after a long \xff winter closure.</p>\n' > "$BATS_TEST_TMPDIR/bad.html"
	run --separate-stderr strip-boilerplate "$BATS_TEST_TMPDIR/bad.html"
	assert_success
	assert_output $'bad\t1\tThe caf\xc3\xa9 on the quay reopened on Monday after a long \xef\xbf\xbd winter closure.'
	assert_equal "$stderr" "strip-boilerplate: $BATS_TEST_TMPDIR/bad.html:1: invalid UTF-8 or NUL byte replaced by U+FFFD (reported once per input)"
}

@test "a page in a charset we do not read says so, and is read as windows-1252" {
	printf '<html><head><meta charset="shift_jis"></head><body><p>The caf\xe9 on the quay reopened on Monday after a long winter closure.</p></body></html>' > "$BATS_TEST_TMPDIR/sj.html"
	run --separate-stderr strip-boilerplate "$BATS_TEST_TMPDIR/sj.html"
	assert_success
	assert_output $'sj\t1\tThe caf\xc3\xa9 on the quay reopened on Monday after a long winter closure.'
	assert_equal "$stderr" "strip-boilerplate: $BATS_TEST_TMPDIR/sj.html:1: charset \"shift_jis\" is not supported: read as windows-1252"
	# ASCII in such a page is read as it is, without a word
	printf '<html><head><meta charset="koi8-r"></head><body><p>Plain text about the harbour and the ferry that runs every hour.</p></body></html>' > "$BATS_TEST_TMPDIR/k.html"
	run --separate-stderr strip-boilerplate "$BATS_TEST_TMPDIR/k.html"
	assert_success
	assert_equal "$stderr" ''
}

@test "character references, <pre>, <br> runs; script, style, svg, template, noscript, CDATA and comments are not text" {
	run strip-boilerplate "$DATA/html/markup.html"
	assert_success
	assert_line -n 0 $'markup\t1\tObservatory\xe2\x80\x99s new telescope sees \xe2\x80\x9cfirst light\xe2\x80\x9d'
	assert_line -n 3 $'markup\t4\tOperators measured the seeing <1\xe2\x80\xb3 at times: a figure unusual for a site at only 900 m.'
	assert_line -n 4 $'markup\t5\tAstronomers from four universities have already booked observing time for the autumn.'
	assert_line -n 7 $'markup\t8\tCamera: CCD, 4096 x 4096 pixels'
	refute_output --partial 'not news'
	refute_output --partial 'never shown'
	refute_output --partial 'JavaScript'
}

@test "--captions keeps figure captions, not credits or players" {
	run strip-boilerplate --captions "$DATA/html/captions.html"
	assert_success
	assert_line -n 1 $'captions\t2\tThe four pupils on their first morning back'
	assert_line -n 5 $'captions\t6\tMedia caption, The head teacher explains why the school matters to the island'
	refute_output --partial 'Image source'
	refute_output --partial 'Video content'
	assert_equal "${#lines[@]}" 9
}

@test "text pages: one paragraph a line, and hard-wrapped paragraphs joined" {
	for f in "$DATA"/text/*.txt; do
		run --separate-stderr strip-boilerplate "$f"
		assert_success
		assert_output "$(cat "${f%.txt}.out")"
		assert_equal "$stderr" ''
	done
}

@test "a text page loses navigation, credits, captions, appeals, datelines and share lines" {
	run strip-boilerplate --explain "$DATA/text/scraped.txt"
	assert_success
	assert_line -n 4 --regexp $'^scraped\t5\tPhoto by: Harbour Images\tdrop\tcredit\t'
	assert_line -n 6 --regexp $'^scraped\t7\tTurbines off the east coast at sunset, March 3, 2024.\tdrop\tcaption\t'
	assert_line -n 7 --regexp $'^scraped\t8\tUpdated Mar 5, 2024\tdrop\tdateline\t'
	assert_line -n 11 --regexp $'^scraped\t12\tA fishing boat returns to the harbour on Monday\tdrop\tcaption\t'
	assert_line -n 14 --regexp $'\tdrop\tappeal\t'
}

@test "a text page's headline is its longest title-like line before the body, not the masthead" {
	printf 'Skip to main content\nMenu\nNorthshore Herald\nBridge reopens after a summer of repairs\n\nBy Herald staff\nUpdated Jan 5, 2024\n\nThe bridge over the river reopened to traffic on Monday after three months of repairs to its deck.\n' > "$BATS_TEST_TMPDIR/masthead.txt"
	run strip-boilerplate "$BATS_TEST_TMPDIR/masthead.txt"
	assert_success
	assert_output $'masthead\t1\tBridge reopens after a summer of repairs\nmasthead\t2\tThe bridge over the river reopened to traffic on Monday after three months of repairs to its deck.'
	run strip-boilerplate --meta "$BATS_TEST_TMPDIR/masthead.txt"
	assert_output $'masthead\theadline\tBridge reopens after a summer of repairs\nmasthead\tauthor\tHerald staff\nmasthead\tdate\t2024-01-05'
}

@test "a furniture sentence glued to the body is cut off at the missing space" {
	printf 'Bridge reopens\n\nThe bridge over the river reopened to traffic on Monday after three months of repairs to its deck.\n\nPlease support our journalism today.The council said the work had cost less than expected and finished a week early.\n' > "$BATS_TEST_TMPDIR/glued.txt"
	run strip-boilerplate "$BATS_TEST_TMPDIR/glued.txt"
	assert_success
	assert_line -n 2 $'glued\t3\tThe council said the work had cost less than expected and finished a week early.'
	assert_equal "${#lines[@]}" 3
}

@test "glued pieces that are both kept stay one paragraph" {
	printf 'Bridge reopens\n\nThe bridge over the river reopened to traffic on Monday after three months of repairs to its deck.\n\nThe work cost less than planned.The council said the work had cost less than expected and finished a week early.\n' > "$BATS_TEST_TMPDIR/glued.txt"
	run strip-boilerplate "$BATS_TEST_TMPDIR/glued.txt"
	assert_success
	assert_line -n 2 $'glued\t3\tThe work cost less than planned.The council said the work had cost less than expected and finished a week early.'
}

# ---- cross-page evidence ----

@test "--same-site: a line repeated on other articles of the site is furniture" {
	run strip-boilerplate "$DATA/site/ferry.txt"
	assert_success
	assert_line -n 3 --partial 'The Northshore Herald has been owned by its readers'
	run strip-boilerplate --same-site "$DATA"/site/*.txt
	assert_success
	refute_output --partial 'owned by its readers'
	assert_equal "${#lines[@]}" 9
	assert_line -n 0 $'ferry\t1\tFerry service to resume after engine repairs'
}

@test "HTML pages of one site (og:site_name) are compared without --same-site" {
	run strip-boilerplate "$DATA"/site/harbour-1.html "$DATA"/site/harbour-2.html
	assert_success
	refute_output --partial 'small advertisements'
	assert_equal "${#lines[@]}" 6
	run strip-boilerplate --explain "$DATA"/site/harbour-1.html "$DATA"/site/harbour-2.html
	assert_line --regexp $'^harbour-1\t[0-9]+\tHarbour Weekly is written and printed in the town, .*\tdrop\trepeated\t'
}

@test "two copies of one article are not evidence against each other" {
	run strip-boilerplate --same-site "$DATA/site/ferry.txt" "$DATA/site/ferry.txt"
	assert_success
	assert_equal "${#lines[@]}" 8
	assert_line -n 7 --partial 'owned by its readers'
}

@test "text pages of different sites are not compared" {
	run strip-boilerplate "$DATA"/site/*.txt
	assert_success
	assert_equal "${#lines[@]}" 12
}

@test "cross-page evidence works for stdin among the operands" {
	run bash -c 'strip-boilerplate --same-site "$1" - "$2" < "$3"' _ "$DATA/site/ferry.txt" "$DATA/site/market.txt" "$DATA/site/school.txt"
	assert_success
	refute_output --partial 'owned by its readers'
	assert_line -n 3 $'-\t1\tNew head teacher named for Bayside primary'
}

# ---- options ----

@test "the source is the base name without extension; --source names it" {
	run strip-boilerplate "$DATA/text/wrapped.txt"
	assert_line -n 0 $'wrapped\t1\tMuseum returns bronze bell to its village'
	run strip-boilerplate --source museum < "$DATA/text/wrapped.txt"
	assert_line -n 0 $'museum\t1\tMuseum returns bronze bell to its village'
	run strip-boilerplate < "$DATA/text/wrapped.txt"
	assert_line -n 0 $'-\t1\tMuseum returns bronze bell to its village'
}

@test "--source with more than one file is a usage error" {
	run --separate-stderr strip-boilerplate --source x a b
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" 'strip-boilerplate: --source names one input, not 2'
}

@test "--source must not be empty or hold a TAB" {
	run --separate-stderr strip-boilerplate --source $'a\tb'
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" 'strip-boilerplate: --source: a source name is not empty and has no TAB or line break'
}

@test "--html and --text override the sniffing" {
	page '<p>Tags &amp; all.</p>'
	run strip-boilerplate --text "$BATS_TEST_TMPDIR/page.html"
	assert_output $'page\t1\t<p>Tags &amp; all.</p>'
	run strip-boilerplate "$BATS_TEST_TMPDIR/page.html"
	assert_output $'page\t1\tTags & all.'
	printf 'A line about 3 < 4 and <b> tags in prose.\n' > "$BATS_TEST_TMPDIR/prose.txt"
	run strip-boilerplate "$BATS_TEST_TMPDIR/prose.txt"
	assert_output $'prose\t1\tA line about 3 < 4 and <b> tags in prose.'
	run strip-boilerplate --html "$BATS_TEST_TMPDIR/prose.txt"
	assert_output $'prose\t1\tA line about 3 < 4 and tags in prose.'
}

@test "--explain lists every block with its decision, reason and features" {
	run strip-boilerplate --explain "$DATA/html/semantic.html"
	assert_success
	total=${#lines[@]}
	run strip-boilerplate --explain "$DATA/html/semantic.html"
	kept=$(printf '%s\n' "${lines[@]}" | awk -F'\t' '$4 == "keep"' | wc -l)
	assert_equal "$kept" 7
	assert_equal "$(printf '%s\n' "${lines[@]}" | awk -F'\t' 'NF != 6' | wc -l)" 0
	assert_line -n 0 --regexp $'^semantic\t1\tWe use cookies to improve your experience on our site\\. .*\tdrop\toutside\ttag=p chars=111 words=21 stop=0\\.52 links=0\\.00 sentences=2 commas=0 phrase=cookie cues=ad,cookie score=[-0-9.]+ in=div\\.cookie-banner#cookie-consent>p$'
	assert_line -n 6 --regexp $'^semantic\t7\tGlacier retreat uncovers a 600-year-old footpath\tkeep\theadline\tp=1 tag=h1 '
	[ "$total" -gt 20 ]
}

@test "--explain keeps paragraph numbers of the normal output" {
	run bash -c 'strip-boilerplate --explain "$1" | awk -F"\t" "\$4 == \"keep\" { split(\$6, f, \" \"); print f[1] \" \" \$3 }"' _ "$DATA/html/arc.html"
	run2=$(strip-boilerplate "$DATA/html/arc.html" | awk -F'\t' '{ print "p=" $2 " " $3 }')
	assert_output "$run2"
}

@test "--meta prints headline, authors, dates, URL, site and description" {
	run strip-boilerplate --meta "$DATA/html/arc.html"
	assert_success
	assert_output "arc	headline	City orders review of bridge inspections after crack found
arc	author	Dana Whitcombe
arc	author	Luis Ortega
arc	date	2024-03-04T14:02:11Z
arc	updated	2024-03-04T18:40:00Z
arc	url	https://www.metroledger.example/local/2024/03/04/bridge-inspection-review/
arc	site	The Metro Ledger
arc	description	Engineers found a crack in a steel girder during a routine check."
}

@test "--meta reads JSON-LD @graph, <meta> with http-equiv pages, and text datelines" {
	run strip-boilerplate --meta "$DATA/html/jsonld.html"
	assert_output "jsonld	headline	Port strike ends after nine days as dockers accept pay offer
jsonld	author	Tomas Šimek
jsonld	date	2024-05-21T19:45:00+01:00
jsonld	url	https://coastlinepost.example/business/port-strike-ends
jsonld	site	Coastline Post"
	run strip-boilerplate --meta "$DATA/html/windows-1252.html"
	assert_output "windows-1252	headline	Café owners fight €40,000 terrace fee
windows-1252	author	José Ferré
windows-1252	date	2011-06-03"
	run strip-boilerplate --meta "$DATA/text/scraped.txt"
	assert_output "scraped	headline	Wind farm plan backed despite objections from fishermen
scraped	date	2024-03-05"
}

@test "--meta-file writes metadata beside the paragraphs" {
	run strip-boilerplate --meta-file "$BATS_TEST_TMPDIR/meta.tsv" "$DATA/html/newsdesk.html"
	assert_success
	assert_equal "${#lines[@]}" 6
	assert_equal "$(cat "$BATS_TEST_TMPDIR/meta.tsv")" "newsdesk	headline	Rail operator fined over weekend of cancellations
newsdesk	author	Priya Natarajan
newsdesk	date	2024-01-15T16:05:00Z
newsdesk	url	https://dailydispatch.example/news/rail-operator-fined
newsdesk	site	The Daily Dispatch"
}

@test "--explain and --meta exclude each other" {
	run --separate-stderr strip-boilerplate --explain --meta
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" 'strip-boilerplate: --explain and --meta exclude each other'
}

@test "-h prints the usage, --version the version" {
	run --separate-stderr strip-boilerplate -h
	assert_success
	assert_line -n 0 --regexp '^usage: strip-boilerplate '
	run strip-boilerplate --version
	assert_output --regexp '^strip-boilerplate \(crosswire\) [0-9]+\.[0-9]+\.[0-9]+$'
}

@test "an unknown option is a usage error" {
	run --separate-stderr strip-boilerplate --frobnicate
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" 'strip-boilerplate: unknown option: --frobnicate'
}

# ---- bad input ----

@test "a missing file is reported, the others still read, status 2" {
	run --separate-stderr strip-boilerplate "$BATS_TEST_TMPDIR/none.html" "$DATA/text/wrapped.txt"
	assert_failure 2
	assert_equal "$stderr" "strip-boilerplate: $BATS_TEST_TMPDIR/none.html: No such file or directory"
	assert_equal "${#lines[@]}" 4
}

@test "a directory is a read error" {
	run --separate-stderr strip-boilerplate "$BATS_TEST_TMPDIR"
	assert_failure 2
	assert_equal "$stderr" "strip-boilerplate: $BATS_TEST_TMPDIR: read error: Is a directory"
}

@test "a binary file is skipped with a message, status 1" {
	head -c 3000 /dev/urandom > "$BATS_TEST_TMPDIR/bin.dat"
	printf '\0\0\0' >> "$BATS_TEST_TMPDIR/bin.dat"
	head -c 5000 /dev/urandom >> "$BATS_TEST_TMPDIR/bin.dat"
	run --separate-stderr strip-boilerplate "$BATS_TEST_TMPDIR/bin.dat" "$DATA/text/wrapped.txt"
	assert_failure 1
	[[ "$stderr" =~ ^"strip-boilerplate: $BATS_TEST_TMPDIR/bin.dat:"[0-9]+": binary data, not a page: skipped"$ ]]
	assert_equal "${#lines[@]}" 4
}

@test "random bytes without NUL are read as a windows-1252 page, no crash" {
	head -c 200000 /dev/urandom | tr -d '\0' > "$BATS_TEST_TMPDIR/noise.html"
	run strip-boilerplate --html "$BATS_TEST_TMPDIR/noise.html"
	[ "$status" -eq 0 ]
	run strip-boilerplate --text "$BATS_TEST_TMPDIR/noise.html"
	[ "$status" -eq 0 ]
}

@test "an empty page gives no output and no error" {
	run --separate-stderr strip-boilerplate < /dev/null
	assert_success
	assert_output ''
	assert_equal "$stderr" ''
}

@test "a page cut off at any byte never fails" {
	f=$DATA/html/wordpress.html
	size=$(wc -c < "$f")
	for cut in 1 100 700 1234 2200 2950 3333 4100 5000 6001 $((size - 3)); do
		head -c "$cut" "$f" > "$BATS_TEST_TMPDIR/cut.html"
		run strip-boilerplate --html "$BATS_TEST_TMPDIR/cut.html"
		assert_success
	done
	head -c 5200 "$f" > "$BATS_TEST_TMPDIR/cut.html"
	run strip-boilerplate "$BATS_TEST_TMPDIR/cut.html"
	assert_line -n 0 $'cut\t1\tHarbour ferry fares to rise by a fifth from March'
	assert_line -n 2 --partial 'Shoreline Boats said fuel and crew costs'
}

@test "a page truncated while it is being read never ends in SIGBUS" {
	f=$BATS_TEST_TMPDIR/big.html
	awk 'BEGIN { printf "<html><body><article>"
		for (i = 0; i < 100000; i++)
			printf "<p>Paragraph %d of the article says that the port strike went on for nine days.</p>\n", i
		print "</article></body></html>" }' > "$f"
	# a scraper rewrites the file while we read it: what was read is read
	run --separate-stderr bash -c 'strip-boilerplate "$1" > /dev/null & p=$!
		sleep 0.02; : > "$1"; wait $p' _ "$f"
	assert_success
	assert_equal "$stderr" ''
}

@test "JSON-LD with a closer where a value belongs ends (found by make fuzz)" {
	page '<script type="application/ld+json">{"@type": "NewsArticle", "headline": [}</script><p>The bridge over the river reopened to traffic on Monday after three months of work.</p>'
	run --separate-stderr timeout 10 strip-boilerplate --meta "$BATS_TEST_TMPDIR/page.html"
	assert_success
	assert_output ''
	assert_equal "$stderr" ''
}

@test "--meta of a page without an author writes no author (found by make fuzz)" {
	page '<title>Bridge reopens</title><p>The bridge over the river reopened to traffic on Monday after three months of work.</p>'
	run --separate-stderr strip-boilerplate --meta "$BATS_TEST_TMPDIR/page.html"
	assert_success
	assert_output $'page\theadline\tBridge reopens'
}

@test "--explain cuts a long class or id label between characters, not inside one (found by make fuzz)" {
	cls=$(printf '\303\231%.0s' $(seq 35))
	page "<div class=\"x$cls\" id=\"$cls\"><p>The bridge over the river reopened to traffic on Monday after three months of work.</p></div>"
	strip-boilerplate --explain "$BATS_TEST_TMPDIR/page.html" > "$BATS_TEST_TMPDIR/x"
	run "$ROOT/tests/bin/check-records" explain "$BATS_TEST_TMPDIR/x"
	assert_success
	run cut -f6 "$BATS_TEST_TMPDIR/x"
	assert_output --partial " in=div.x$(printf '\303\231%.0s' $(seq 29))#$(printf '\303\231%.0s' $(seq 20))>p"
}

@test "an unterminated comment hides the rest of the page, as in a browser" {
	page '<h1>Bridge reopens after repairs</h1><p>The bridge over the river reopened to traffic on Monday after three months of work.</p><!-- never closed <p>This paragraph is inside the comment.</p>'
	run strip-boilerplate "$BATS_TEST_TMPDIR/page.html"
	assert_success
	assert_output $'page\t1\tBridge reopens after repairs\npage\t2\tThe bridge over the river reopened to traffic on Monday after three months of work.'
}

@test "an unterminated script or style runs to the end of the page" {
	page '<h1>Bridge reopens after repairs</h1><p>The bridge over the river reopened to traffic on Monday after three months of work.</p><script>var s = "<p>not news</p>";'
	run strip-boilerplate "$BATS_TEST_TMPDIR/page.html"
	assert_success
	assert_output $'page\t1\tBridge reopens after repairs\npage\t2\tThe bridge over the river reopened to traffic on Monday after three months of work.'
	page '<h1>Bridge reopens after repairs</h1><p>The bridge over the river reopened to traffic on Monday after three months of work.</p><style>p:after { content: "<p>not news</p>" }'
	run strip-boilerplate "$BATS_TEST_TMPDIR/page.html"
	assert_output $'page\t1\tBridge reopens after repairs\npage\t2\tThe bridge over the river reopened to traffic on Monday after three months of work.'
}

@test "an unterminated attribute value swallows the rest, the tag is dropped" {
	page '<h1>Bridge reopens after repairs</h1><p>The bridge over the river reopened to traffic on Monday after three months of work.</p><a href="/more>More on this story</a><p>Eaten by the attribute.</p>'
	run strip-boilerplate "$BATS_TEST_TMPDIR/page.html"
	assert_success
	assert_output $'page\t1\tBridge reopens after repairs\npage\t2\tThe bridge over the river reopened to traffic on Monday after three months of work.'
}

@test "10,000 nested divs: bounded depth, the article still found" {
	{
		printf '<html><body>'
		for i in $(seq 10000); do printf '<div class="wrap">'; done
		printf '<h1>Deep page headline here</h1><p>The first paragraph of the story sits ten thousand elements deep in the page.</p><p>The second paragraph is there too, and it is long enough to read as prose.</p>'
		for i in $(seq 10000); do printf '</div>'; done
		printf '<div class="footer">Footer</div></body></html>'
	} > "$BATS_TEST_TMPDIR/deep.html"
	run strip-boilerplate "$BATS_TEST_TMPDIR/deep.html"
	assert_success
	assert_output $'deep\t1\tDeep page headline here\ndeep\t2\tThe first paragraph of the story sits ten thousand elements deep in the page.\ndeep\t3\tThe second paragraph is there too, and it is long enough to read as prose.'
}

@test "10,000 unclosed paragraphs and list items are read in one pass" {
	{
		printf '<ul>'
		for i in $(seq 10000); do printf '<li><p><b><i>item %d is a line of the list' "$i"; done
	} > "$BATS_TEST_TMPDIR/unclosed.html"
	run bash -c 'strip-boilerplate --explain "$1" | wc -l' _ "$BATS_TEST_TMPDIR/unclosed.html"
	assert_success
	assert_output 10000
}

@test "200,000 sibling containers of prose and 500,000 short text lines take one pass each" {
	awk 'BEGIN { printf "<html><body>"; for (i = 0; i < 200000; i++) printf "<div><p>The council met on Monday and agreed the budget, item %d.</p></div>\n", i }' > "$BATS_TEST_TMPDIR/wide.html"
	run bash -c 'timeout 120 strip-boilerplate "$1" | wc -l' _ "$BATS_TEST_TMPDIR/wide.html"
	assert_success
	assert_output 200000
	awk 'BEGIN { for (i = 0; i < 500000; i++) printf "short line %d\n", i }' > "$BATS_TEST_TMPDIR/lines.txt"
	run bash -c 'timeout 120 strip-boilerplate --explain "$1" | wc -l' _ "$BATS_TEST_TMPDIR/lines.txt"
	assert_success
	assert_output 500000
}

@test "a 200 MB page (a huge inline script) is read whole" {
	f=$BATS_TEST_TMPDIR/big.html
	{
		printf '<html><head><title>Big page</title></head><body><script>window.__STATE__ = "'
		head -c 200000000 /dev/zero | tr '\0' 'x'
		printf '";</script><article><h1>A headline after the blob</h1><p>The only paragraph of the story comes after two hundred megabytes of script.</p></article></body></html>'
	} > "$f"
	run strip-boilerplate "$f"
	assert_success
	assert_output $'big\t1\tA headline after the blob\nbig\t2\tThe only paragraph of the story comes after two hundred megabytes of script.'
}

@test "a closed pipe ends the program quietly" {
	run --separate-stderr bash -c 'strip-boilerplate "$1" | head -n 1' _ "$DATA/html/wordpress.html"
	assert_success
	assert_output $'wordpress\t1\tHarbour ferry fares to rise by a fifth from March'
	assert_equal "$stderr" ''
}

@test "a write error is reported with status 2" {
	[ -w /dev/full ]
	run --separate-stderr bash -c 'strip-boilerplate "$1" > /dev/full' _ "$DATA/html/arc.html"
	assert_failure 2
	assert_equal "$stderr" 'strip-boilerplate: write error: No space left on device'
}
