#!/usr/bin/env bats
# dedupe-quotes: finding quotations, their kinds and speakers, clustering
# them across outlets, the output formats and filters, and bad input.

load helper

setup() {
	T=$BATS_TEST_TMPDIR
}

USAGE='usage: dedupe-quotes [--clusters] [--min-sources N] [--kind quote|fragment|term]
                     [--speaker NAME] [--story-field N] [--line-buffered]
                     [file ...]
       dedupe-quotes -h | --help | --version'

@test "-h prints the usage and exits 0" {
	run --separate-stderr dedupe-quotes -h
	assert_success
	assert_output "$USAGE"
	assert_equal "$stderr" ''
}

@test "--version names the tool" {
	run dedupe-quotes --version
	assert_success
	assert_output --regexp '^dedupe-quotes \(crosswire\) [0-9]+\.[0-9]+\.[0-9]+$'
}

@test "a --kind that is not quote, fragment or term is a usage error" {
	run --separate-stderr dedupe-quotes --kind speech
	assert_failure 2
	assert_output ''
	assert_equal "$stderr" "dedupe-quotes: --kind: want quote, fragment or term, not speech
$USAGE"
}

@test "--min-sources wants a positive number" {
	run --separate-stderr dedupe-quotes --min-sources 0
	assert_failure 2
	assert_equal "$stderr" "dedupe-quotes: --min-sources: 0 is out of range (1 to 1000000000)
$USAGE"
}

@test "text without quotation marks gives no output" {
	run --separate-stderr dedupe-quotes <<<$'a\t1\tThe port reopened on Tuesday.'
	assert_success
	assert_output ''
	assert_equal "$stderr" ''
}

@test "speakers: said X, X said, told reporters, according to, who, spokesman, colon, role, document" {
	run --separate-stderr dedupe-quotes <<-'EOF'
	a	1	"We will win," Anna Berg said.
	a	2	"We will fight," said Jan Kowal, the interior minister.
	a	3	Piotr Nowak told reporters the count was "clean".
	a	4	The plan is "dead", according to the party leader.
	a	5	Maria Lopez, who chairs the committee, said the vote was "a farce".
	a	6	Lopez's spokesman said she would "fight on".
	a	7	Nowak: "I never said that."
	a	8	A rebel delegate warned that the truce would be "destroyed".
	a	9	The joint statement said the sides would "meet again".
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	1	a	1	quote	Anna Berg	We will win,
	q2	1	a	2	quote	Jan Kowal	We will fight,
	q3	1	a	3	fragment	Piotr Nowak	clean
	q4	1	a	4	fragment	party leader	dead
	q5	1	a	5	fragment	Maria Lopez	a farce
	q6	1	a	6	fragment	Lopez's spokesman	fight on
	q7	1	a	7	quote	Piotr Nowak	I never said that.
	q8	1	a	8	fragment	rebel delegate	destroyed
	q9	1	a	9	fragment	joint statement	meet again
	EOF
	assert_equal "$stderr" ''
}

@test "speakers: a verb and particle before a colon (weighed in, hit back), not the verb alone" {
	run --separate-stderr dedupe-quotes <<-'EOF'
	a	1	Anna Berg weighed in: "We will not back down from this fight."
	a	2	The minister hit back: "These claims are false and they know it."
	b	1	Jan Kowal weighed the offer: "It is not enough for our members."
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	1	a	1	quote	Anna Berg	We will not back down from this fight.
	q2	1	a	2	quote	minister	These claims are false and they know it.
	q3	1	b	1	quote	-	It is not enough for our members.
	EOF
	assert_equal "$stderr" ''
}

@test "speakers: appositions with commas of their own, a possessive apposition, with X -ing, a role at a place, rejected as, X agreed:, U.S. Attorney X, "...!" X said, "...," X weighed in" {
	run --separate-stderr dedupe-quotes <<-'EOF'
	a	1	"It is false," Cmdr. Sean Robertson, a spokesperson for the coalition, the U.S. operation in Iraq and Syria, told reporters.
	a	2	"It works," Dylan Nelson, a fellow at the institute in Munich, Germany, and co-author of the study, said.
	a	3	"We had issues," Mayer, Disney's chairman of sales and marketing, said.
	a	4	Smog will descend on the city, with forecasters warning of "severe" levels.
	a	5	"The road is shut," officials at the ministry said.
	a	6	The Pentagon rejected the claims as "patently false".
	a	7	Smith agreed: "It is a different job."
	a	8	"We will go," Russia, Turkey and Iran, the guarantors, said.
	a	9	"Justice has been served," said U.S. Attorney Nealy Cox.
	b	1	"We won!" Trump said. "Is it over?" U.S. President Joe Biden asked.
	c	1	"Stop!" Then he left.
	c	2	"We all miss Steve so much," Marc Benioff weighed in.
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	1	a	1	quote	Sean Robertson	It is false,
	q2	1	a	2	quote	Dylan Nelson	It works,
	q3	1	a	3	quote	Mayer	We had issues,
	q4	1	a	4	fragment	forecasters	severe
	q5	1	a	5	quote	officials at the ministry	The road is shut,
	q6	1	a	6	fragment	Pentagon	patently false
	q7	1	a	7	quote	Smith	It is a different job.
	q8	1	a	8	quote	guarantors	We will go,
	q9	1	a	9	quote	Nealy Cox	Justice has been served,
	q10	1	b	1	quote	Trump	We won!
	q11	1	b	1	quote	Joe Biden	Is it over?
	q12	1	c	1	quote	-	Stop!
	q13	1	c	2	quote	Marc Benioff	We all miss Steve so much,
	EOF
	assert_equal "$stderr" ''
}

@test "speakers: sources familiar with, close to, briefed on; X and his team; an apposition missing its closing comma; a quotation as its sentence's subject is a term; U.S. in a role; a participle aside; the statement read:; a pull quote signed after a dash; officials in a place, a spokesman for a name, a statement released by X; the passive with and without by" {
	run --separate-stderr dedupe-quotes <<-'EOF'
	a	1	The deal is "dead", a person familiar with the matter said.
	b	1	The deal is "dead", sources close to the negotiations told Reuters.
	c	1	The deal is "dead", a second person briefed on the call said.
	d	1	"We suggest a lower level," Paganini and his team wrote in the paper.
	e	1	"It is the wind," Kurinji Selvaraj, a research analyst at the Water think tank told CBS News.
	f	1	"Wild Rose" is now available on DVD.
	g	1	"We are leaving," a senior U.S. official said.
	h	1	The report, released on Monday, said the economy was "in crisis".
	i	1	The statement read: "The ministry regrets the loss of life."
	j	1	"We are ready for anything" - Anna Berg, the minister.
	k	1	Officials in Damascus said the attack was "cowardly".
	l	1	A spokesman for Hamas said the truce was "over".
	m	1	According to a statement released by the ministry, the attack was "cowardly".
	n	1	"We won," said the newly elected mayor.
	o	1	The ministry statement featured a line saying the plan was "void".
	p	1	Police in London said the man was "dangerous".
	q	1	The plan was described as "a breakthrough" by Berg. It was dismissed as "nonsense".
	r	1	"Stop!" Police officers shouted at the protesters.
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	3	a	1	fragment	person familiar with the matter	dead
	q1	3	b	1	fragment	sources close to the negotiations	dead
	q1	3	c	1	fragment	second person briefed on the call	dead
	q2	1	d	1	quote	Paganini	We suggest a lower level,
	q3	1	e	1	quote	Kurinji Selvaraj	It is the wind,
	q4	1	f	1	term	-	Wild Rose
	q5	1	g	1	quote	senior U.S. official	We are leaving,
	q6	1	h	1	fragment	report	in crisis
	q7	1	i	1	quote	statement	The ministry regrets the loss of life.
	q8	1	j	1	quote	Anna Berg	We are ready for anything
	q9	2	k	1	fragment	Officials in Damascus	cowardly
	q9	2	m	1	fragment	ministry	cowardly
	q10	1	l	1	fragment	spokesman for Hamas	over
	q11	1	n	1	quote	newly elected mayor	We won,
	q12	1	o	1	fragment	ministry statement	void
	q13	1	p	1	fragment	Police in London	dangerous
	q14	1	q	1	fragment	Berg	a breakthrough
	q15	1	q	1	fragment	-	nonsense
	q16	1	r	1	quote	Police officers	Stop!
	EOF
	assert_equal "$stderr" ''
}

@test "titles, dates, asides and appositions are not speakers" {
	run dedupe-quotes <<-'EOF'
	b	1	Kazakhstan's Foreign Minister Kairat Omarov said talks would "resume".
	b	2	Syrian Foreign Minister Walid Adra on Thursday hailed a "real opportunity".
	b	3	"We cannot wait," Mohammed Hadi, head of the rebel delegation, said.
	b	4	A senior US official, speaking on condition of anonymity, said Washington was "encouraged".
	b	5	The Russian Defence Ministry said its forces had "liberated" the village.
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	1	b	1	fragment	Kairat Omarov	resume
	q2	1	b	2	fragment	Walid Adra	real opportunity
	q3	1	b	3	quote	Mohammed Hadi	We cannot wait,
	q4	1	b	4	fragment	senior US official	encouraged
	q5	1	b	5	fragment	Russian Defence Ministry	liberated
	EOF
}

@test "wire style: hyphenated and abbreviated titles, a role for a company, she" {
	run dedupe-quotes <<-'EOF'
	e	1	"The situation is very serious," U.N. Secretary-General Antonio Guterres said on Sunday.
	e	2	"This is not over," said Sen. Elizabeth Warren, D-Mass.
	e	3	A spokesperson for the company said it was "reviewing the matter".
	e	4	"I don't know," she said, adding that she was "very worried".
	e	5	Officials described the damage as "extensive" and "unprecedented".
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	1	e	1	quote	Antonio Guterres	The situation is very serious,
	q2	1	e	2	quote	Elizabeth Warren	This is not over,
	q3	1	e	3	fragment	spokesperson for the company	reviewing the matter
	q4	1	e	4	quote	spokesperson for the company	I don't know,
	q5	1	e	4	fragment	spokesperson for the company	very worried
	q6	1	e	5	fragment	Officials	extensive
	q7	1	e	5	fragment	Officials	unprecedented
	EOF
}

@test "a title in the splitter's list does not end the sentence before its name" {
	run dedupe-quotes <<-'EOF'
	b	1	“We will stay in the valley,” Brig. Hassan Omar told reporters. “We are ready,” Supt. Ana Ruiz said.
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	1	b	1	quote	Hassan Omar	We will stay in the valley,
	q2	1	b	1	quote	Ana Ruiz	We are ready,
	EOF
}

@test "U.S. before a lower-case word does not end the speaker's apposition; before a capital it may end the sentence" {
	run dedupe-quotes <<-'EOF'
	u	1	Robertson, the U.S. commander, said: “We do not support forced relocations.”
	u	2	“We will stay,” Ana Ruiz, the U.N. envoy, said.
	u	3	He moved to the U.S. Officials said: “He left.”
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	1	u	1	quote	Robertson	We do not support forced relocations.
	q2	1	u	2	quote	Ana Ruiz	We will stay,
	q3	1	u	3	quote	Officials	He left.
	EOF
}

@test "he added is the main speaker, not someone quoted inside his sentence" {
	run dedupe-quotes <<-'EOF'
	w	1	Foreign Minister Walid Adra said the deal was a "real opportunity".
	w	2	Adra said he had spoken to his counterpart Omar Hadi, who told him that "Egypt stands with us."
	w	3	"We are on the same front," he added.
	w	4	"There are pledges, but we want more than statements."
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	1	w	1	fragment	Walid Adra	real opportunity
	q2	1	w	2	quote	Omar Hadi	Egypt stands with us.
	q3	1	w	3	quote	Walid Adra	We are on the same front,
	q4	1	w	4	quote	Walid Adra	There are pledges, but we want more than statements.
	EOF
}

@test "short names become the document's full name; the ministry its fuller role" {
	run dedupe-quotes <<-'EOF'
	d	1	Government negotiator Bashar Jaafari accused rebels of "war crimes".
	d	2	Mr Jaafari also denounced what he called "provocative" remarks.
	d	3	"Two planes struck," Russia's defense ministry said.
	d	4	They hit a "joint operation" base, the ministry said.
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	1	d	1	fragment	Bashar Jaafari	war crimes
	q2	1	d	2	fragment	Bashar Jaafari	provocative
	q3	1	d	3	quote	Russia's defense ministry	Two planes struck,
	q4	1	d	4	fragment	Russia's defense ministry	joint operation
	EOF
}

@test "a list of names is one speaker, in the order the document first gave" {
	run dedupe-quotes <<-'EOF'
	g	1	Russia, Turkey and Iran agreed on a ceasefire deal.
	g	2	Russia and Iran, which back the government, and Turkey pledged to "fight jointly".
	g	3	The three countries said the process needed a "jumpstart".
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	1	g	2	fragment	Russia, Turkey and Iran	fight jointly
	q2	1	g	3	fragment	Russia, Turkey and Iran	jumpstart
	EOF
}

@test "kinds: quote, fragment and term" {
	run dedupe-quotes <<-'EOF'
	k	1	Officials said the so-called "Valmera model" was "not credible".
	k	2	Fighters of "Islamic State" were seen.
	k	3	The sign read "keep out".
	k	4	"It is over," the mayor said.
	k	5	He said that "The port will reopen on Monday."
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	1	k	1	term	-	Valmera model
	q2	1	k	1	fragment	Officials	not credible
	q3	1	k	2	term	-	Islamic State
	q4	1	k	3	term	-	keep out
	q5	1	k	4	quote	mayor	It is over,
	q6	1	k	5	quote	mayor	The port will reopen on Monday.
	EOF
}

@test "apostrophes are not quotation marks" {
	run --separate-stderr dedupe-quotes <<<$'a\t1\tIran\'s and Ja\'afari\'s men, the rebels\xe2\x80\x99 plan, Syria\xe2\x80\x99s side, (Shi\'ite) forces and the \xe2\x80\x9890s.'
	assert_success
	assert_output ''
	assert_equal "$stderr" ''
}

@test "single curly marks quote, with an apostrophe inside" {
	run dedupe-quotes <<<$'a\t1\t\xe2\x80\x98We want Syria\xe2\x80\x99s rebels\xe2\x80\x99 demands met,\xe2\x80\x99 the envoy said.'
	assert_success
	assert_output $'q1\t1\ta\t1\tquote\tenvoy\tWe want Syria\xe2\x80\x99s rebels\xe2\x80\x99 demands met,'
}

@test "guillemets and low marks are quotation marks" {
	run dedupe-quotes <<<$'a\t1\tThe minister said \xc2\xab we are ready \xc2\xbb and \xe2\x80\x9eno more\xe2\x80\x9c.'
	assert_success
	assert_output $'q1\t1\ta\t1\tfragment\tminister\twe are ready\nq2\t1\ta\t1\tfragment\tminister\tno more'
}

@test "a nested quotation is found inside its quotation" {
	run dedupe-quotes <<<$'a\t1\t"He called it \'a farce\' and left," the mayor said.'
	assert_success
	assert_output $'q1\t1\ta\t1\tquote\tmayor\tHe called it \'a farce\' and left,\nq2\t1\ta\t1\tterm\t-\ta farce'
}

@test "sentence records of one paragraph are read together" {
	run dedupe-quotes <<-'EOF'
	s	3.1	"We are ready.
	s	3.2	We will go," the mayor said.
	s	4.1	She added that it was "over".
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	1	s	3.1	quote	mayor	We are ready. We will go,
	q2	1	s	4.1	fragment	mayor	over
	EOF
}

@test "a quotation runs over paragraphs that open with a mark, and keeps its speaker" {
	run --separate-stderr dedupe-quotes <<-'EOF'
	w	1	Interior Minister Jan Kowal spoke on Friday.
	w	2	“The protests must be peaceful.
	w	3	“Anyone who breaks the law will be arrested.
	w	4	“We will not tolerate violence,” he said.
	w	5	“Nobody is above the law.”
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	1	w	2	quote	Jan Kowal	The protests must be peaceful. Anyone who breaks the law will be arrested. We will not tolerate violence,
	q2	1	w	5	quote	Jan Kowal	Nobody is above the law.
	EOF
	assert_equal "$stderr" ''
}

@test "outlets' versions of one utterance are one cluster: exact, near, contained" {
	cat > "$T/story.tsv" <<-'EOF'
	trt	4	Abdrakhmanov said the powers agreed to "observe and ensure full compliance with the ceasefire, prevent any provocations and determine all modalities of the ceasefire."
	dw	3	The mechanism will "prevent any provocations and determine all modalities of the ceasefire," according to a joint statement.
	bbc	8	The draft would "observe and ensure full compliance with the ceasefire, prevent any provocation and determine all modalities", Reuters quoted it as saying.
	trt	6	Alloush said the text legitimised Iran's "bloodletting" in Syria.
	dw	17	Alloush referred to Iran's actions as a "bloodletting."
	dw	4	The three countries pledged to "fight jointly" against IS.
	ind	7	The three countries reiterated "their determination to fight jointly" against Isis.
	EOF
	run dedupe-quotes "$T/story.tsv"
	assert_success
	assert_output - <<-'EOF'
	q1	3	trt	4	fragment	Abdrakhmanov	observe and ensure full compliance with the ceasefire, prevent any provocations and determine all modalities of the ceasefire.
	q1	3	dw	3	fragment	joint statement	prevent any provocations and determine all modalities of the ceasefire,
	q1	3	bbc	8	fragment	draft	observe and ensure full compliance with the ceasefire, prevent any provocation and determine all modalities
	q2	2	trt	6	fragment	Alloush	bloodletting
	q2	2	dw	17	fragment	Alloush	bloodletting.
	q3	2	dw	4	fragment	three countries	fight jointly
	q3	2	ind	7	fragment	three countries	their determination to fight jointly
	EOF
	run dedupe-quotes --clusters "$T/story.tsv"
	assert_success
	assert_output - <<-'EOF'
	q1	3	trt,dw,bbc	Abdrakhmanov	observe and ensure full compliance with the ceasefire, prevent any provocations and determine all modalities of the ceasefire.
	q2	2	trt,dw	Alloush	bloodletting.
	q3	2	dw,ind	three countries	their determination to fight jointly
	EOF
}

@test "a short fragment found in two different quotations joins neither" {
	run dedupe-quotes <<-'EOF'
	a	1	"They will fight jointly against them," Jones said.
	b	1	"We never said we would fight jointly," Smith said.
	c	1	The leaders vowed to "fight jointly".
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	1	a	1	quote	Jones	They will fight jointly against them,
	q2	1	b	1	quote	Smith	We never said we would fight jointly,
	q3	1	c	1	fragment	leaders	fight jointly
	EOF
}

@test "filters choose lines and keep ids and N" {
	printf 'a\t1\t"We will win," Anna Berg said.\nb\t1\tBerg said they would "win".\nb\t2\tThe so-called "Valmera model" spread.\n' > "$T/f.tsv"
	run dedupe-quotes --min-sources 2 "$T/f.tsv"
	assert_output $'q1\t2\ta\t1\tquote\tAnna Berg\tWe will win,\nq1\t2\tb\t1\tfragment\tBerg\twin'
	run dedupe-quotes --kind term "$T/f.tsv"
	assert_output $'q2\t1\tb\t2\tterm\t-\tValmera model'
	run dedupe-quotes --speaker 'anna berg' "$T/f.tsv"
	assert_output $'q1\t2\ta\t1\tquote\tAnna Berg\tWe will win,'
	run dedupe-quotes --speaker - "$T/f.tsv"
	assert_output $'q2\t1\tb\t2\tterm\t-\tValmera model'
	run dedupe-quotes --clusters --speaker Berg "$T/f.tsv"
	assert_output $'q1\t2\ta,b\tAnna Berg\tWe will win,'
	run dedupe-quotes --clusters --kind fragment --line-buffered "$T/f.tsv"
	assert_success
	assert_output $'q1\t2\ta,b\tAnna Berg\tWe will win,'
}

@test "--speaker naming no speaker in the input says so, status 1; one with nothing else to show is quiet" {
	printf 'a\t1\t"We will win," Anna Berg said.\n' > "$T/f.tsv"
	run --separate-stderr dedupe-quotes --speaker 'Anna Burg' "$T/f.tsv"
	assert_failure 1
	assert_output ''
	assert_equal "$stderr" 'dedupe-quotes: --speaker Anna Burg: no quotation from that speaker in the input'
	run --separate-stderr dedupe-quotes --speaker - "$T/f.tsv"
	assert_failure 1
	assert_equal "$stderr" 'dedupe-quotes: --speaker -: no quotation without a speaker in the input'
	# the speaker is there, only not with a term
	run --separate-stderr dedupe-quotes --speaker 'Anna Berg' --kind term "$T/f.tsv"
	assert_success
	assert_output ''
	assert_equal "$stderr" ''
}

@test "tag-entities' CANONICAL makes speakers meet, in the fullest spelling" {
	run --separate-stderr dedupe-quotes <<-'EOF'
	a	1.1	Foreign Minister Walid al-Muallem spoke.	PER:Walid Muallem:17:33
	a	1.2	"Iran is with us," Muallem said.	PER:Walid Muallem:19:26
	b	1.1	"Iran is with us," Walid Muallem said.	PER:Walid Muallem:19:32|LOC:Iran:1:5
	EOF
	assert_success
	assert_output - <<-'EOF'
	q1	2	a	1.2	quote	Walid al-Muallem	Iran is with us,
	q1	2	b	1.1	quote	Walid al-Muallem	Iran is with us,
	EOF
	assert_equal "$stderr" ''
}

@test "a malformed mention field is reported, its record kept, status 1" {
	run --separate-stderr dedupe-quotes <<<$'c\t1.1\t"No," the mayor said.\tPER:x:0:99'
	assert_failure 1
	assert_output $'q1\t1\tc\t1.1\tquote\tmayor\tNo,'
	assert_equal "$stderr" 'dedupe-quotes: stdin:1: bad mention field (bad START:END): its mentions are ignored'
}

@test "a mention with an empty canonical name is a malformed field" {
	run --separate-stderr dedupe-quotes <<<$'c\t1.1\t"No," the mayor said.\tPER::10:19'
	assert_failure 1
	assert_output $'q1\t1\tc\t1.1\tquote\tmayor\tNo,'
	assert_equal "$stderr" 'dedupe-quotes: stdin:1: bad mention field (empty CANONICAL): its mentions are ignored'
}

@test "unbalanced marks are reported with SOURCE and LOC; status 0" {
	run --separate-stderr dedupe-quotes <<<$'a\t1\tHe said "hello.\na\t2\tA stray \xe2\x80\x9d mark.\na\t3\tThe \xe2\x80\x98open one.'
	assert_success
	assert_output $'q1\t1\ta\t1\tfragment\t-\thello.'
	assert_equal "$stderr" $'dedupe-quotes: stdin:1: a 1: " is never closed; the quotation ends with its paragraph\ndedupe-quotes: stdin:2: a 2: \xe2\x80\x9d closes no quotation; ignored\ndedupe-quotes: stdin:3: a 3: \xe2\x80\x98 is never closed; read as an apostrophe'
}

@test "an unclosed mark never swallows the next paragraph" {
	run --separate-stderr dedupe-quotes <<<$'a\t1\tHe said "it is over.\na\t2\tBerg said they would "win" anyway.'
	assert_success
	assert_output $'q1\t1\ta\t1\tfragment\t-\tit is over.\nq2\t1\ta\t2\tfragment\tBerg\twin'
}

@test "marks nested too deep are reported, the quotations above kept" {
	run --separate-stderr dedupe-quotes <<<$'a\t1\t\xe2\x80\x9c1 \xc2\xab2 \xe2\x80\xb93 \xe3\x80\x8c4 \xe3\x80\x8e5 \xe2\x80\x9c6 \xc2\xab7 \xe2\x80\xb98 \xe3\x80\x8c9 deep'
	assert_success
	assert_equal "${#lines[@]}" 8
	assert_equal "$(printf '%s\n' "$stderr" | tail -n 1)" 'dedupe-quotes: stdin:1: a 1: 「 opens a quotation nested more than 8 deep; ignored'
}

@test "a document made only of quotation marks gives nothing and never fails" {
	run --separate-stderr dedupe-quotes <<<$'m\t1\t"""""""\nm\t2\t\xe2\x80\x9c\xe2\x80\x9d\xe2\x80\x9c\xe2\x80\x9d\xe2\x80\x9d\nm\t3\t\'\'\'\'\xe2\x80\x99\xe2\x80\x98'
	assert_success
	assert_output ''
	assert_equal "$stderr" $'dedupe-quotes: stdin:1: m 1: " closes no quotation; ignored\ndedupe-quotes: stdin:2: m 2: \xe2\x80\x9d closes no quotation; ignored'
}

@test "a 10 MB quotation is found whole" {
	{ printf 'big\t1\tThe minister said: "'; yes word | head -n 2000000 | tr '\n' ' '; printf 'end."\n'; } > "$T/big.tsv"
	dedupe-quotes "$T/big.tsv" > "$T/out"
	run awk -F'\t' '{ print NR, $1, $5, $6, length($7), substr($7, 1, 10), substr($7, length($7) - 8) }' "$T/out"
	assert_success
	assert_output '1 q1 quote minister 10000004 word word  word end.'
}

@test "escapes in a quotation are written back" {
	run dedupe-quotes <<<$'a\t1\t"C:\\\\dir\\tx," the admin said.'
	assert_success
	assert_output $'q1\t1\ta\t1\tquote\tadmin\tC:\\\\dir\\tx,'
}

@test "plain lines are paragraphs of source - numbered by line" {
	run dedupe-quotes <<<$'The port reopened.\n"We will win," Anna Berg said.'
	assert_success
	assert_output $'q1\t1\t-\t2\tquote\tAnna Berg\tWe will win,'
}

@test "a malformed record is reported and skipped, the rest read; status 1" {
	run --separate-stderr dedupe-quotes <<<$'a\t1\n\t2\t"x," he said.\na\t3\t"We will win," Anna Berg said.'
	assert_failure 1
	assert_output $'q1\t1\ta\t3\tquote\tAnna Berg\tWe will win,'
	assert_equal "$stderr" $'dedupe-quotes: stdin:1: want SOURCE<TAB>LOC<TAB>TEXT, found 2 fields\ndedupe-quotes: stdin:2: empty SOURCE'
}

@test "a missing file is reported, the other files read; status 2" {
	printf 'a\t1\t"We will win," Anna Berg said.\n' > "$T/ok.tsv"
	run --separate-stderr dedupe-quotes "$T/none.tsv" "$T/ok.tsv"
	assert_failure 2
	assert_output $'q1\t1\ta\t1\tquote\tAnna Berg\tWe will win,'
	assert_equal "$stderr" "dedupe-quotes: $T/none.tsv: No such file or directory"
}

@test "the same input gives the same output" {
	printf 'a\t1\t"We will win," Anna Berg said.\nb\t1\tBerg said they would "win".\nc\t1\t"Never," Kowal said.\n' > "$T/s.tsv"
	dedupe-quotes "$T/s.tsv" > "$T/one"
	dedupe-quotes "$T/s.tsv" > "$T/two"
	run cmp "$T/one" "$T/two"
	assert_success
}

@test "the examples in dedupe-quotes(1) give the output shown" {
	awk -v dir="$T" '
	/^\.Bd -literal/ { inb = 1; cur = 0; next }
	/^\.Ed/ { inb = 0; next }
	inb && /^\$ / { n++; cur = n; c = substr($0, 3); gsub(/\\e/, "\\", c)
		print c > (dir "/ex" n ".cmd"); printf "" > (dir "/ex" n ".out"); next }
	inb && cur { o = $0; gsub(/\\e/, "\\", o); print o >> (dir "/ex" cur ".out") }
	' "$ROOT/man/dedupe-quotes.1"
	n=0
	for c in "$T"/ex*.cmd; do
		run sh -c "cd '$ROOT' && $(cat "$c")"
		assert_success
		assert_output "$(cat "${c%.cmd}.out")"
		n=$((n + 1))
	done
	assert_equal "$n" 7
}

# ---- many stories in one stream (--story-field) ----

@test "--story-field N: each story is clustered on its own, QIDs STORY/qN, stories in order of first appearance" {
	printf 'a\t1\t"We will not give up," Anna Berg said.\tstrike\nb\t1\t"We will not give up," Berg said.\tvote\nb\t2\t"Never," Berg added.\tstrike\na\t2\t"The port is closed," Kowal said.\tstrike\n' > "$T/s.tsv"
	run --separate-stderr dedupe-quotes --story-field 4 "$T/s.tsv"
	assert_success
	assert_output $'strike/q1\t1\ta\t1\tquote\tAnna Berg\tWe will not give up,\nstrike/q2\t1\tb\t2\tquote\tBerg\tNever,\nstrike/q3\t1\ta\t2\tquote\tKowal\tThe port is closed,\nvote/q1\t1\tb\t1\tquote\tBerg\tWe will not give up,'
	assert_equal "$stderr" ''
	# without it the two stories' quotation is one cluster
	run --separate-stderr dedupe-quotes --clusters "$T/s.tsv"
	assert_line -n 0 $'q1\t2\ta,b\tAnna Berg\tWe will not give up,'
}

@test "--story-field: a story change ends a document, so a pronoun does not cross stories" {
	run dedupe-quotes --story-field 4 <<<$'a\t1\tUnion leader Marta Ilves spoke on Friday.\ts1\na\t2\t"We will win," she said.\ts2'
	assert_success
	assert_output $'s2/q1\t1\ta\t2\tquote\t-\tWe will win,'
	run dedupe-quotes --story-field 4 <<<$'a\t1\tUnion leader Marta Ilves spoke on Friday.\ts1\na\t2\t"We will win," she said.\ts1'
	assert_output $'s1/q1\t1\ta\t2\tquote\tMarta Ilves\tWe will win,'
}

@test "--story-field: a story is read from its own records, whatever lies between them" {
	run dedupe-quotes --story-field 4 <<<$'a\t1\tUnion leader Marta Ilves spoke on Friday.\ts1\nb\t1\tThe port reopened.\ts2\na\t2\t"We will win," she said.\ts1'
	assert_success
	assert_output $'s1/q1\t1\ta\t2\tquote\tMarta Ilves\tWe will win,'
}

@test "--story-field: the mention field is the first after TEXT that is not the story's; --clusters too" {
	run dedupe-quotes --story-field 4 --clusters <<<$'a\t1\t"We will not give up," Anna Berg said.\ts1\tPER:Anna B%3A Berg:23:32'
	assert_success
	assert_output $'s1/q1\t1\ta\tAnna Berg\tWe will not give up,'
	# the speaker is written in the fullest spelling of its CANONICAL
	run dedupe-quotes --story-field 5 <<<$'a\t1\t"We will not give up," Ms Berg said.\tPER:Anna Berg:26:30\ts1\nb\t1\tAnna Berg spoke.\tPER:Anna Berg:0:9\ts1'
	assert_success
	assert_output $'s1/q1\t1\ta\t1\tquote\tAnna Berg\tWe will not give up,'
}

@test "--story-field: a record without the field is reported and skipped, status 1; the key is written as it stands" {
	run --separate-stderr dedupe-quotes --story-field 5 <<<$'a\t1\t"We will win," Anna Berg said.\t\tday\\\\one\nb\t1\t"Never," Kowal said.\tx'
	assert_failure 1
	assert_output $'day\\\\one/q1\t1\ta\t1\tquote\tAnna Berg\tWe will win,'
	assert_equal "$stderr" 'dedupe-quotes: stdin:2: no field 5 (the story key)'
}

@test "--story-field takes 4 or more" {
	run --separate-stderr dedupe-quotes --story-field 3
	assert_failure 2
	assert_equal "${stderr%%$'\n'*}" 'dedupe-quotes: --story-field: 3 is out of range (4 to 1000000)'
}
