#!/usr/bin/env bats
# diff-sources: grouping, the views, options and errors.
load helper

V=$DATA/diff/valmera.tsv

@test "groups the statements of three outlets, every sentence once, most shared first" {
	run --separate-stderr diff-sources "$V"
	assert_success
	assert_output "$(printf '%s\n' \
'g1	3	herald	1.1	Valmera dock strike ends after workers accept pay deal' \
'g1	3	herald	2.1	Dock workers in Valmera voted on Tuesday to accept a 4% pay rise, ending a nine-day strike that closed the port.' \
'g1	3	northwind	1.1	Port reopens as Valmera stoppage ends' \
'g1	3	northwind	2.1	The nine-day stoppage at the port of Valmera ended on Tuesday when dockers voted to accept a 4% pay rise.' \
'g1	3	coastline	1.1	Dockers end walkout in Valmera' \
'g1	3	coastline	2.1	The nine-day walkout that closed the port of Valmera ended on Tuesday when dock workers voted to accept a 4% pay rise.' \
'g2	3	herald	3.1	Union leader Marta Ilves said the first ships would be unloaded on Thursday.' \
'g2	3	northwind	4.1	Marta Ilves, the union leader, said ships would be unloaded from Thursday.' \
'g2	3	coastline	3.1	Ilves said the first ships would be unloaded on Thursday.' \
'g3	2	northwind	3.1	Mediator Oskar Lind led the talks that produced the deal.' \
'g3	2	coastline	4.1	The deal was reached in talks led by mediator Oskar Lind.' \
'g4	1	herald	2.2	The vote was 412 to 97, the union said.' \
'g5	1	herald	4.1	The government had threatened to send in the army to run the cranes.' \
'g6	1	coastline	5.1	Fish merchants said tonnes of fish had been left rotting in cold stores on the quay.')"
	assert_equal "$stderr" ""
}

@test "the grouping does not depend on the order of the input records" {
	# who is grouped with whom, as sorted lists of SOURCE:LOC per group
	members() {
		awk -F'\t' '{ g[$1] = g[$1] " " $3 ":" $4 } END { for (k in g) print g[k] }' |
		    while read -r line; do echo "$line" | tr ' ' '\n' | sort | tr '\n' ' '; echo; done | sort
	}
	a=$(diff-sources "$V" | members)
	b=$(tac "$V" | diff-sources | members)
	assert_equal "$a" "$b"
}

@test "sentences that share only names are not grouped; a shared word groups them" {
	run --separate-stderr diff-sources <<'IN'
a	1.1	The envoy said Marta Ilves and Oskar Lind met in Valmera.
b	1.1	Marta Ilves and Oskar Lind quarrelled in Valmera.
a	2.1	The union leader resigned on Monday.
b	2.1	The union leader resigned after the vote.
IN
	assert_success
	assert_output "$(printf '%s\n' \
'g1	2	a	2.1	The union leader resigned on Monday.' \
'g1	2	b	2.1	The union leader resigned after the vote.' \
'g2	1	a	1.1	The envoy said Marta Ilves and Oskar Lind met in Valmera.' \
'g3	1	b	1.1	Marta Ilves and Oskar Lind quarrelled in Valmera.')"
	assert_equal "$stderr" ''
}

@test "a word every outlet repeats through the story does not group two sentences on its own" {
	# "dockers" is in every sentence of both outlets: the story's topic.
	# Meeting Marta Ilves and cheering her share only it and her name;
	# stopping work on Monday shares "stopped work" too.
	run --separate-stderr diff-sources <<'IN'
a	1.1	Dockers in Valmera stopped work on Monday.
a	2.1	The dockers want a pay rise of 6%.
a	3.1	Dockers met Marta Ilves at the harbour office.
a	4.1	The dockers said the cranes would stay idle.
b	1.1	Valmera dockers stopped work on Monday.
b	2.1	The dockers rejected an offer of 3%.
b	3.1	Dockers cheered Marta Ilves outside the gates.
b	4.1	Fish merchants blamed the dockers for the losses.
IN
	assert_success
	assert_output "$(printf '%s\n' \
'g1	2	a	1.1	Dockers in Valmera stopped work on Monday.' \
'g1	2	b	1.1	Valmera dockers stopped work on Monday.' \
'g2	1	a	2.1	The dockers want a pay rise of 6%.' \
'g3	1	a	3.1	Dockers met Marta Ilves at the harbour office.' \
'g4	1	a	4.1	The dockers said the cranes would stay idle.' \
'g5	1	b	2.1	The dockers rejected an offer of 3%.' \
'g6	1	b	3.1	Dockers cheered Marta Ilves outside the gates.' \
'g7	1	b	4.1	Fish merchants blamed the dockers for the losses.')"
	assert_equal "$stderr" ''
}

@test "who accused whom: the same words with the two sides swapped are not grouped, the passive is read the other way round" {
	run diff-sources <<'IN'
a	1.1	The rebels accused the army of shelling the port of Valmera.
b	1.1	The army accused the rebels of shelling the port of Valmera.
c	1.1	The army was accused by the rebels of shelling the port of Valmera.
d	1.1	Rebel commanders accused the army of shelling the port of Valmera.
e	1.1	The Iran-backed army accused the rebels of shelling the port of Valmera.
IN
	assert_success
	# e's "backed" is part of a compound, not its verb: e is b's statement
	assert_output "$(printf '%s\n' \
'g1	3	a	1.1	The rebels accused the army of shelling the port of Valmera.' \
'g1	3	c	1.1	The army was accused by the rebels of shelling the port of Valmera.' \
'g1	3	d	1.1	Rebel commanders accused the army of shelling the port of Valmera.' \
'g2	2	b	1.1	The army accused the rebels of shelling the port of Valmera.' \
'g2	2	e	1.1	The Iran-backed army accused the rebels of shelling the port of Valmera.')"
}

@test "--only lists what one outlet alone reports" {
	run --separate-stderr diff-sources --only herald "$V"
	assert_success
	assert_output "$(printf '%s\n' \
'g4	1	herald	2.2	The vote was 412 to 97, the union said.' \
'g5	1	herald	4.1	The government had threatened to send in the army to run the cranes.')"
}

@test "--groups gives one line per group with its sources and a representative" {
	run --separate-stderr diff-sources --groups "$V"
	assert_success
	assert_line --index 0 'g1	3	herald,northwind,coastline	The nine-day walkout that closed the port of Valmera ended on Tuesday when dock workers voted to accept a 4% pay rise.'
	assert_line --index 2 'g3	2	northwind,coastline	Mediator Oskar Lind led the talks that produced the deal.'
	assert_equal "${#lines[@]}" 6
}

@test "--terms pairs the words outlets use for the same thing" {
	run --separate-stderr diff-sources --terms "$V"
	assert_success
	assert_output "$(printf '%s\n' \
'swap	synonym	stoppage	northwind:2	strike	herald:2	4' \
'swap	synonym	strike	herald:2	walkout	coastline:2	4' \
'swap	synonym	stoppage	northwind:2	walkout	coastline:2	4')"
}

@test "--entities counts who mentions whom, zeros included, from tag-entities' field" {
	run --separate-stderr diff-sources --entities <<'IN'
a	1.1	Russia and Turkey agreed a truce.	LOC:Russia:0:6|LOC:Turkey:11:17
b	1.1	Moscow said nothing.	LOC:Russia:0:6
IN
	assert_success
	assert_output "$(printf '%s\n' 'Russia	LOC	a	1' 'Russia	LOC	b	1' 'Turkey	LOC	a	1' 'Turkey	LOC	b	0')"
}

@test "--entities: sources in order of first appearance, repeated mentions summed, a zero between counts" {
	run --separate-stderr diff-sources --entities <<'IN'
c	1.1	Iran and Iran again.	LOC:Iran:0:4|LOC:Iran:9:13
a	1.1	Turkey spoke.	LOC:Turkey:0:6
b	1.1	Iran and Turkey.	LOC:Iran:0:4|LOC:Turkey:9:15
c	2.1	Turkey too.	LOC:Turkey:0:6
a	2.1	Nothing here.
IN
	assert_success
	assert_output "$(printf '%s\n' 'Iran	LOC	c	2' 'Iran	LOC	a	0' 'Iran	LOC	b	1' 'Turkey	LOC	c	1' 'Turkey	LOC	a	1' 'Turkey	LOC	b	1')"
}

@test "--entities without the mention field: a run of capitalised words stops at a comma or a bracket" {
	run --separate-stderr diff-sources --entities <<'IN'
a	1.1	Envoys of Russia, Turkey and the Free Syrian Army (FSA) met Oskar Lind in Astana.
b	1.1	Oskar Lind met Russia and Turkey.
IN
	assert_success
	assert_equal "$stderr" ''
	assert_output "$(printf '%s\n' 'Russia	-	a	1' 'Russia	-	b	1' \
	    'Turkey	-	a	1' 'Turkey	-	b	1' 'Oskar Lind	-	a	1' 'Oskar Lind	-	b	1' \
	    'Free Syrian Army	-	a	1' 'Free Syrian Army	-	b	0' \
	    'FSA	-	a	1' 'FSA	-	b	0' 'Astana	-	a	1' 'Astana	-	b	0')"
}

@test "--entities without the mention field: a function word opening the sentence is not part of a name, a title is" {
	run --separate-stderr diff-sources --entities <<'IN'
a	1.1	On Monday the envoy met Oskar Lind.
a	2.1	The Barada valley is contested, Mr Lind said.
b	1.1	Mr Lind went to the Barada valley on Monday.
IN
	assert_success
	assert_equal "$stderr" ''
	assert_output "$(printf '%s\n' 'Monday	-	a	1' 'Monday	-	b	1' \
	    'Barada	-	a	1' 'Barada	-	b	1' 'Mr Lind	-	a	1' 'Mr Lind	-	b	1' \
	    'Oskar Lind	-	a	1' 'Oskar Lind	-	b	0')"
}

@test "canonical names from the mention field group differently spelt sentences" {
	run --separate-stderr diff-sources <<'IN'
a	1.1	Fatah al-Sham fighters attacked Aleppo.	ORG:Jabhat Fateh al-Sham:0:13
b	1.1	Jabhat Fateh al-Sham attacked near Aleppo.	ORG:Jabhat Fateh al-Sham:0:20
b	2.1	The weather was fine.	
IN
	assert_success
	assert_line --index 0 'g1	2	a	1.1	Fatah al-Sham fighters attacked Aleppo.	ORG:Jabhat Fateh al-Sham:0:13'
	assert_line --index 1 'g1	2	b	1.1	Jabhat Fateh al-Sham attacked near Aleppo.	ORG:Jabhat Fateh al-Sham:0:20'
	assert_line --index 2 'g2	1	b	2.1	The weather was fine.	'
}

@test "--terms shows how outlets write one entity differently, short forms aside" {
	run --separate-stderr diff-sources --terms <<'IN'
a	1.1	IS fighters attacked the town.	ORG:Islamic State:0:2
a	2.1	IS said it held the bridge.	ORG:Islamic State:0:2
b	1.1	Daesh fighters attacked the town.	ORG:Islamic State:0:5
c	1.1	Mr Ja'afari spoke.	PER:Bashar Jaafari:3:11
d	1.1	Bashar Jaafari spoke, and Jaafari left.	PER:Bashar Jaafari:0:14|PER:Bashar Jaafari:26:33
IN
	assert_success
	assert_output "$(printf '%s\n' \
'swap	synonym	IS	a:2	daesh	b:1	1' \
'swap	spelling	ja'"'"'afari	c:1	jaafari	d:2	0' \
'swap	name	IS	a:2	Daesh	b:1	3' \
'swap	name	Ja'"'"'afari	c:1	Bashar Jaafari	d:1	2' \
'desc	c	Bashar Jaafari	mr	1')"
	assert_equal "$stderr" ''
}

@test "--terms names a place with its landform noun and shows a name one letter off, even in one outlet" {
	run --separate-stderr diff-sources --terms <<'IN'
a	1.1	The Barada valley is contested.	LOC:Barada:4:10
a	2.1	Troops left Idlib province and the Orontes river-side.	LOC:Idlib:12:17|LOC:Orontes:35:42
b	1.1	Wadi Barada is contested, and Wadi Baradi burns.	LOC:Barada:0:11|LOC:Baradi:30:41
b	2.1	Joan Smith met Iran's envoy in Idlib.	PER:Joan Smith:0:10|LOC:Iran:15:19|LOC:Idlib:31:36
c	1.1	John Smith met Iraq's envoy near the Orontes.	PER:John Smith:0:10|LOC:Iraq:15:19|LOC:Orontes:37:44
IN
	assert_success
	# "valley" joins the name, "province" and "river-side" do not;
	# Baradi is Barada misspelt, but John and Joan Smith are two people
	# and Iran and Iraq two countries
	assert_output "$(printf '%s\n' \
'swap	name	Barada valley	a:1	Wadi Barada	b:1	2' \
'swap	name	Wadi Barada	b:1	Wadi Baradi	b:1	2')"
	assert_equal "$stderr" ''
}

@test "--terms: names one letter apart are spellings, but not when the letter is a digit" {
	run --separate-stderr diff-sources --terms <<'IN'
a	1.1	Airbus delivered ten A320neo jets to Lufthansa on Monday.
b	1.1	Airbus delivered ten A321neo jets to Lufthansa on Monday.
c	1.1	President Mohammad Khatami spoke in Tehran.
d	1.1	President Mohammed Khatami spoke in Tehran.
IN
	assert_success
	assert_output 'swap	spelling	mohammad	c:1	mohammed	d:1	0'
	assert_equal "$stderr" ''
}

@test "--terms pairs a place one outlet names with another's compass phrase for it" {
	run --separate-stderr diff-sources --terms <<'IN'
a	1.1	An offensive against rebels west of Damascus will go on.	LOC:Damascus:36:44
a	2.1	Shelling hit the villages south of Idlib in the night.	LOC:Idlib:35:40
b	1.1	The offensive by troops on Wadi Barada will go on, as Damascus needs its water.	LOC:Barada:27:38|LOC:Damascus:54:62
b	2.1	Shelling hit the villages of Idlib in the night.	LOC:Idlib:29:34
IN
	assert_success
	# the place b names after "offensive" is Wadi Barada; after
	# "villages" it is Idlib, which a names too: no pair
	assert_output 'swap	place	wadi barada	b:1	west of damascus	a:1	1'
	assert_equal "$stderr" ''
}

@test "--terms pairs words of one lexicon class the outlets split over the whole story" {
	run --separate-stderr diff-sources --terms <<'IN'
a	1.1	The envoy flew to Moscow on Monday.
b	1.1	Russia sent more troops across the border.
c	1.1	Russia and its neighbours met in Moscow.
d	1.1	Terrorism was the theme of the speech.
e	1.1	A terror cell was found.
IN
	assert_success
	# "terrorism" and "terror" are two forms of one word, not a contrast;
	# Moscow (a, c) and Russia (b, c): each outlet but c uses one only
	assert_output 'swap	synonym	moscow	a:1,c:1	russia	b:1,c:1	0'
	assert_equal "$stderr" ''
}

@test "--terms takes a one-word name as the one person whose full name ends in it" {
	run --separate-stderr diff-sources --terms <<'IN'
a	1.1	Bashar al-Assad spoke.	PER:Bashar Assad:0:15
a	2.1	Assad left.	PER:Bashar Assad:0:5
b	1.1	Mr Assad spoke.	PER:Assad:3:8
c	1.1	Mr Bashar al-Assad smiled.	PER:Bashar Assad:3:18
d	1.1	Karim Saleh and Nadia Saleh met Mr Saleh.	PER:Karim Saleh:0:11|PER:Nadia Saleh:16:27|PER:Saleh:35:40
e	1.1	Nadia Saleh left.	PER:Nadia Saleh:0:11
IN
	assert_success
	# b writes only "Assad", so that short form is a contrast; a writes
	# "Assad" after the full name, which is the full name written short.
	# "Saleh" could be either Saleh: no pair, and Mr Saleh is nobody's "mr".
	assert_output "$(printf '%s\n' \
'swap	name	Bashar al-Assad	a:1,c:1	Assad	a:1,b:1	4' \
'desc	b	Bashar Assad	mr	1' \
'desc	c	Bashar Assad	mr	1')"
	assert_equal "$stderr" ''
}

@test "--terms describes people as each outlet does: a title before the name, an apposition after or before it" {
	diff-sources --terms > "$BATS_TEST_TMPDIR/t" <<'IN'
a	1.1	The opposition to Syrian regime leader Bashar al-Assad grew.	PER:Bashar Assad:39:54
a	2.1	Rebels who opposed Assad left.	PER:Bashar Assad:19:24
a	3.1	Karim Saleh, head of the rebel delegation, said no.	PER:Karim Saleh:0:11
b	1.1	The uprising against President Bashar al-Assad began in 2011.	PER:Bashar Assad:31:46
b	2.1	Iran and Russia back Mr Assad's government.	PER:Bashar Assad:24:29
b	3.1	The opposition's chief negotiator, Karim Saleh, said no.	PER:Karim Saleh:35:46
b	4.1	Karim Saleh, who led the talks, said no.	PER:Karim Saleh:0:11
c	1.1	Foreign Minister Lena Roth met Karim Saleh, Ahmed Bakr and others.	PER:Lena Roth:17:26|PER:Karim Saleh:31:42|PER:Ahmed Bakr:44:54
c	2.1	Russia backs President Bashar al-Assad.	PER:Bashar Assad:22:37
IN
	# A verb ("opposed", "backs") is no part of a title, a relative clause
	# no apposition, a list no description; Mr stands alone; Lena Roth is
	# in one outlet only.  Both men are in three outlets; Bashar al-Assad,
	# with more mentions, comes first.
	run grep '^desc' "$BATS_TEST_TMPDIR/t"
	assert_output "$(printf '%s\n' \
'desc	a	Bashar Assad	Syrian regime leader	1' \
'desc	b	Bashar Assad	president	1' \
'desc	b	Bashar Assad	mr	1' \
'desc	c	Bashar Assad	president	1' \
'desc	a	Karim Saleh	head of the rebel delegation	1' \
'desc	b	Karim Saleh	opposition'"'"'s chief negotiator	1')"
}

@test "--terms keeps the capital of a description's first word when it opens the sentence as a tagged name" {
	run --separate-stderr diff-sources --terms <<'IN'
a	1.1	Syrian President Bashar al-Assad spoke.	MISC:Syrian:0:6|PER:Bashar Assad:17:32
b	1.1	Government negotiator Bashar al-Assad left.	PER:Bashar Assad:22:37
IN
	assert_success
	assert_output "$(printf '%s\n' \
'desc	a	Bashar Assad	Syrian president	1' \
'desc	b	Bashar Assad	government negotiator	1')"
	assert_equal "$stderr" ''
}

@test "--terms carries a description over a plural possessive, straight or curly" {
	run --separate-stderr diff-sources --terms <<'IN'
a	1.1	The rebels' chief negotiator Karim Saleh spoke.	PER:Karim Saleh:29:40
b	1.1	The rebels’ chief negotiator, Karim Saleh, left.	PER:Karim Saleh:32:43
c	1.1	Karim Saleh, head of the rebels' delegation, left.	PER:Karim Saleh:0:11
IN
	assert_success
	assert_output "$(printf '%s\n' \
'swap	synonym	chief	a:1,b:1	head	c:1	2' \
'desc	a	Karim Saleh	rebels'"'"' chief negotiator	1' \
'desc	b	Karim Saleh	rebels'"'"' chief negotiator	1' \
'desc	c	Karim Saleh	head of the rebels'"'"' delegation	1')"
	assert_equal "$stderr" ''
}

@test "--terms pairs two names the text says are one (formerly known as)" {
	run --separate-stderr diff-sources --terms <<'IN'
a	1.1	Talks excluded Jabhat Fateh al-Sham, formerly known as al-Nusra Front.	ORG:Jabhat Fateh al-Sham:15:35|ORG:Nusra Front:55:69
b	1.1	Fateh al-Sham did not comment.	ORG:Jabhat Fateh al-Sham:0:13
b	1.2	The group was previously known as the Nusra Front.	ORG:Nusra Front:38:49
c	1.1	Fateh al-Sham did not comment.	ORG:Jabhat Fateh al-Sham:0:13
c	2.1	The group was previously known as the Nusra Front.	ORG:Nusra Front:38:49
IN
	assert_success
	assert_equal "$stderr" ''
	# c's second sentence is another paragraph: "the group" is not read
	# across it.
	run grep alias <<< "$output"
	assert_output 'swap	alias	Jabhat Fateh al-Sham	a:1,b:1,c:1	Nusra Front	a:1,b:1,c:1	2'
}

@test "--terms lists the distancing words each outlet uses, with or without the mention field" {
	run --separate-stderr diff-sources --terms <<'IN'
a	1.1	The so-called Islamic State claimed it.	MISC:Islamic State:14:27
b	1.1	Troops went in to purportedly fight militants in the north.
b	2.1	The deal would be signed so called experts said.
IN
	assert_success
	assert_output "$(printf '%s\n' \
'mark	a	so-called	Islamic State	1' \
'mark	b	purportedly	fight militants	1')"
	assert_equal "$stderr" ''
}

@test "--terms finds a distancing word in capitals, and none in a sentence without one" {
	run --separate-stderr diff-sources --terms <<'IN'
a	1.1	The SO-CALLED Army of Conquest left.
b	1.1	The Army of Conquest, so called by its men, left.
IN
	assert_success
	assert_output 'mark	a	so-called	Army	1'
	assert_equal "$stderr" ''
}

@test "--terms pairs near words the outlets split between them, not forms of one word" {
	run --separate-stderr diff-sources --terms <<'IN'
a	1.1	The minister criticized the plan on Monday.
b	1.1	Farmers denounced the new tax on Tuesday.
b	2.1	The union pledged to strike.
a	2.1	Workers pledge to strike.
IN
	assert_success
	assert_output 'swap	neighbour	criticized	a:1	denounced	b:1	0'
}

@test "--terms pairs an organisation one outlet names with the generic word another uses for it" {
	run --separate-stderr diff-sources --terms <<'IN'
a	1.1	Rockets fired by Hamas hit the town on Monday.
a	2.1	Hamas said more would follow.
b	1.1	Rockets fired by militants hit the town on Monday.
b	2.1	The militants said more would follow.
c	1.1	Rockets hit the town on Monday, fired by Hamas militants.
IN
	assert_success
	assert_output $'swap\tlabel\thamas\ta:2,c:1\tmilitants\tb:2,c:1\t0'
	assert_equal "$stderr" ''
	# a word the lexicon gives no label is not paired
	run diff-sources --terms <<'IN'
a	1.1	Rockets fired by Valmerans hit the town on Monday.
b	1.1	Rockets fired by militants hit the town on Monday.
IN
	assert_success
	assert_output ''
}

@test "--terms leaves out near words never written in lower case: they are names" {
	# Osama and Qaeda are neighbours in the embedding table, as criticized
	# and denounced are, but each is only ever part of a name here.
	run --separate-stderr diff-sources --terms <<'IN'
a	1.1	The minister criticized the plan on Monday.
b	1.1	Farmers denounced the new tax on Tuesday.
a	2.1	A video of Osama was shown.
b	2.1	Qaeda fighters held the town near the border.
b	3.1	They said Qaeda would stay.
IN
	assert_success
	assert_output 'swap	neighbour	criticized	a:1	denounced	b:1	0'
	assert_equal "$stderr" ''
}

@test "a malformed mention field is reported, the sentence kept, exit 1" {
	run --separate-stderr diff-sources <<'IN'
a	1.1	Some text.	PER:x:9:3
IN
	assert_failure 1
	assert_output 'g1	1	a	1.1	Some text.	PER:x:9:3'
	assert_equal "$stderr" 'diff-sources: stdin:1: field 4 is not a mention list (TYPE:CANONICAL:START:END|...); ignored'
}

@test "--story-field groups each story on its own and prefixes its GIDs" {
	run --separate-stderr diff-sources --story-field 4 <<'IN'
a	1.1	The port reopened on Tuesday.	s1
b	1.1	The port reopened on Tuesday.	s2
c	1.1	The port reopened on Tuesday.	s1
IN
	assert_success
	assert_output "$(printf '%s\n' \
's1/g1	2	a	1.1	The port reopened on Tuesday.	s1' \
's1/g1	2	c	1.1	The port reopened on Tuesday.	s1' \
's2/g1	1	b	1.1	The port reopened on Tuesday.	s2')"
}

@test "a story key is written in GIDs as it stands (escaped once, as dedupe-quotes writes it)" {
	run --separate-stderr diff-sources --story-field 4 <<<$'a\t1\tThe port is shut.\tday\\\\one'
	assert_success
	assert_output $'day\\\\one/g1\t1\ta\t1\tThe port is shut.\tday\\\\one'
}

@test "a record without the story field is reported and skipped" {
	run --separate-stderr diff-sources --story-field 5 <<'IN'
a	1.1	Text.	m
IN
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" 'diff-sources: stdin:1: no field 5 (the story key)'
}

@test "plain lines are sentences of source -" {
	run --separate-stderr diff-sources <<'IN'
One line.
IN
	assert_success
	assert_output 'g1	1	-	1	One line.'
}

@test "malformed records are reported and skipped" {
	run --separate-stderr diff-sources <<'IN'
a	1.1
b	1.1	Kept.
IN
	assert_failure 1
	assert_output 'g1	1	b	1.1	Kept.'
	assert_equal "$stderr" 'diff-sources: stdin:1: want SOURCE<TAB>LOC<TAB>TEXT, found 2 fields'
}

@test "--html writes one self-contained page" {
	run --separate-stderr diff-sources --html "$V"
	assert_success
	assert_line --index 0 '<!DOCTYPE html>'
	assert_line --partial '<td class="txt">Mediator Oskar Lind led the talks that produced the deal.</td>'
	refute_line --partial '<script'
	refute_line --partial 'http'
}

@test "--html shows how each outlet describes people, names given as one and distancing words" {
	run --separate-stderr diff-sources --html <<'IN'
a	1.1	The opposition to Syrian regime leader Bashar al-Assad grew.	PER:Bashar Assad:39:54
a	2.1	Talks excluded Jabhat Fateh al-Sham, formerly known as al-Nusra Front.	ORG:Jabhat Fateh al-Sham:15:35|ORG:Nusra Front:55:69
b	1.1	The uprising against President Bashar al-Assad began in 2011.	PER:Bashar Assad:31:46
b	2.1	The so-called Islamic State & co claimed it.	MISC:Islamic State:14:27
IN
	assert_success
	assert_equal "$stderr" ''
	assert_line '<tr><td><b>Bashar Assad</b></td><td>a</td><td>Syrian regime leader</td></tr>'
	assert_line '<tr><td></td><td>b</td><td>president</td></tr>'
	assert_line '<li><b>Jabhat Fateh al-Sham</b> (a:1) is also <b>Nusra Front</b> (a:1)</li>'
	assert_line '<li><span class="src">b</span>: <i>so-called</i> Islamic State</li>'
}

@test "--html escapes the outlet names it lists beside words" {
	run --separate-stderr diff-sources --html <<'IN'
x<i>y	1.1	The regime shelled the valley near Damascus on Monday.
R&D	1.1	The government shelled the valley near Damascus on Monday.
IN
	assert_success
	assert_line '<tr><td><b>government</b></td><td>R&amp;D:1</td><td><b>regime</b></td><td>x&lt;i&gt;y:1</td><td>synonym</td></tr>'
	refute_output --partial '<i>y'
}

@test "--html lists the outlets of a statement and of a name in one cell when there are more than 24, the ten with most first, and those with nothing of their own in one line" {
	for i in $(seq -w 1 30); do
		printf 's%s\t1.1\tRebels shelled the Barada valley on Monday, Oskar Lind said.\n' "$i"
		[ "$i" -le 24 ] ||
		    printf 's%s\t2.1\tRebels shelled the Barada valley on Monday, Oskar Lind said.\n' "$i"
		printf 's%s\t3.1\tOutlet %s alone saw the harvest fair.\n' "$i" "$i"
	done > "$BATS_TEST_TMPDIR/in"
	run --separate-stderr diff-sources --html "$BATS_TEST_TMPDIR/in"
	assert_success
	assert_line '<tr><th>#</th><th>statement</th><th class="c">outlets</th><th>carried by</th></tr>'
	assert_line '<tr><td class="num">g1</td><td class="txt">Rebels shelled the Barada valley on Monday, Oskar Lind said.</td><td class="num">30</td><td>s01:1, s02:1, s03:1, s04:1, s25:2, s26:2, s27:2, s28:2, s29:2, s30:2 and 20 more</td></tr>'
	assert_line '<tr><td>Oskar Lind</td><td>-</td><td class="num">30</td><td>s01:1, s02:1, s03:1, s04:1, s25:2, s26:2, s27:2, s28:2, s29:2, s30:2 and 20 more</td></tr>'
	refute_output --partial '<th class="c">s01</th>'
	# an outlet with a fact of its own keeps its heading, the others share a line
	grep -v '	3\.1	' "$BATS_TEST_TMPDIR/in" > "$BATS_TEST_TMPDIR/in2"
	printf 's07\t4.1\tThe envoy flew home to Oslo.\n' >> "$BATS_TEST_TMPDIR/in2"
	run --separate-stderr diff-sources --html "$BATS_TEST_TMPDIR/in2"
	assert_success
	refute_output --partial '<li>nothing</li>'
	assert_line '<h3>Only s07</h3>'
	assert_line '<li>The envoy flew home to Oslo. <span class="loc">4.1</span></li>'
	assert_line '<p class="note">29 outlets have nothing of their own: s01, s02, s03, s04, s05, s06, s08, s09, s10, s11 and 19 more.</p>'
	# 24 outlets still get a column each
	grep -v '^s2[5-9]\|^s30' "$BATS_TEST_TMPDIR/in" > "$BATS_TEST_TMPDIR/in24"
	run --separate-stderr diff-sources --html "$BATS_TEST_TMPDIR/in24"
	assert_success
	assert_line --partial '<th class="c">s01</th>'
	refute_output --partial 'carried by'
}

@test "--html past 24 outlets: a count of outlets and sentences for the pills, and the 24 outlets whose words stand out most" {
	# s01-s28 each repeat a word of their own, 4, 5 or 6 times (more
	# stands out more); s29 and s30 have no word of their own
	for i in $(seq -w 1 30); do
		printf 's%s\t1.1\tRebels shelled the Barada valley on Monday, Oskar Lind said.\n' "$i"
		[ "$i" -le 28 ] || continue
		w=zu$(echo "$i" | tr 0-9 a-j)ko
		printf 's%s\t2.1\tThe' "$i"
		for k in $(seq $(( 4 + ${i#0} % 3 ))); do printf ' %s' "$w"; done
		printf '.\n'
	done > "$BATS_TEST_TMPDIR/in"
	run --separate-stderr diff-sources --html "$BATS_TEST_TMPDIR/in"
	assert_success
	assert_line '<p>30 outlets, 58 sentences; most: s01:2, s02:2, s03:2, s04:2, s05:2, s06:2, s07:2, s08:2, s09:2, s10:2 and 20 more</p>'
	refute_output --partial '<span class="pill">s01 &middot;'
	assert_line '<p class="note">The 24 of 30 outlets whose words stand out most; 4 others have words of their own and 2 have none (diff-sources --terms lists them all).</p>'
	# the nine with six, the ten with five, five of the nine with four
	assert_equal "$(grep -c '^<li><span class="src">s[0-9]*</span>: <span class="pill">zu' <<<"$output")" 24
	assert_line --partial '<li><span class="src">s15</span>: <span class="pill">zubfko</span>'
	refute_output --partial '<li><span class="src">s18</span>'
	refute_output --partial '<li><span class="src">s29</span>'
	# no word stands out anywhere: one line says so
	sed '/	2\.1	/d' "$BATS_TEST_TMPDIR/in" > "$BATS_TEST_TMPDIR/in2"
	run --separate-stderr diff-sources --html "$BATS_TEST_TMPDIR/in2"
	assert_success
	assert_line '<p class="note">No outlet'"'"'s words stand out.</p>'
	refute_output --partial 'nothing stands out'
}

@test "--html shows at most 50 pairs of words of each kind and says how many more --terms has" {
	for i in $(seq 1 60); do
		w=$(echo "$i" | tr 0-9 a-j)
		printf 'a\t%d.1\tThe envoy met Zor%svak in the capital on Monday.\n' "$i" "$w"
		printf 'b\t%d.1\tThe envoy met Zor%svek in the capital on Monday.\n' "$i" "$w"
	done > "$BATS_TEST_TMPDIR/in"
	run --separate-stderr diff-sources --terms "$BATS_TEST_TMPDIR/in"
	assert_success
	assert_equal "$(grep -c '^swap	spelling	' <<<"$output")" 60
	run --separate-stderr diff-sources --html "$BATS_TEST_TMPDIR/in"
	assert_success
	assert_equal "$(grep -c '<td>spelling</td></tr>$' <<<"$output")" 50
	assert_line '<tr><td colspan="5">and 10 more pairs of words (diff-sources --terms lists them all)</td></tr>'
}

@test "--quotes adds the quotation clusters to the page" {
	q=$BATS_TEST_TMPDIR/q.tsv
	printf 'q1\t2\tnorthwind\t4.1\tquote\tMarta Ilves\twe got respect\n' > "$q"
	printf 'q1\t2\tcoastline\t2.2\tquote\tMarta Ilves\tWe got <respect>\n' >> "$q"
	run --separate-stderr diff-sources --html --quotes "$q" "$V"
	assert_success
	assert_line '<tr><td>northwind,coastline</td><td>Marta Ilves</td><td class="txt">&ldquo;We got &lt;respect&gt;&rdquo;</td></tr>'
}

@test "--only with a source the input does not have says so, status 1" {
	run --separate-stderr diff-sources --only BBC <<'IN'
bbc	1.1	The talks ended in Astana.
dw	1.1	The talks ended on Tuesday.
IN
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" 'diff-sources: --only BBC: no such source in the input'
	run --separate-stderr diff-sources --only bbc <<'IN'
bbc	1.1	The talks ended in Astana.
dw	1.1	Rebels shelled the valley.
IN
	assert_success
	assert_output $'g1\t1\tbbc\t1.1\tThe talks ended in Astana.'
}

@test "usage errors exit 2" {
	run --separate-stderr diff-sources --groups --terms "$V"
	assert_failure 2
	assert_equal "${stderr_lines[0]}" 'diff-sources: --groups, --entities, --terms and --html exclude each other'
	run --separate-stderr diff-sources --threshold 2 "$V"
	assert_failure 2
	run --separate-stderr diff-sources --quotes x "$V"
	assert_failure 2
	run --separate-stderr diff-sources --story-field 3 "$V"
	assert_failure 2
}

@test "an empty input gives an empty output" {
	run --separate-stderr diff-sources < /dev/null
	assert_success
	assert_output ''
}

@test "the compiled-in lexicon is the one lib/diff_lexicon.txt gives (make data)" {
	run awk -f "$ROOT/lib/diff_lexicon.awk" "$ROOT/lib/diff_lexicon.txt"
	assert_success
	assert_output "$(cat "$ROOT/lib/diff_lexicon_data.c")"
}
