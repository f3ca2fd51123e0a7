#!/usr/bin/env bats
# split-sentences: the rules, one family at a time, with exact outputs; the
# record handling it adds (LOC P.S, extra fields, numbering on); and its
# promises: nothing lost (tests/bin/check-lossless) and the same result when
# run again.

load helper

PARAS=$DATA/sentences/paragraphs.tsv

# split TEXT: the sentences of one paragraph, one per line.
split() {
	printf 's\t1\t%s\n' "$1" | split-sentences | cut -f3
}

@test "-h prints the usage on stdout and exits 0" {
	run --separate-stderr split-sentences -h
	assert_success
	assert_output $'usage: split-sentences [--line-buffered] [file ...]\n       split-sentences -h | --help | --version'
	assert_equal "$stderr" ''
}

@test "an unknown option is a usage error, exit 2" {
	run --separate-stderr split-sentences --frobnicate
	assert_failure 2
	assert_output ''
	assert_equal "$stderr" $'split-sentences: unknown option: --frobnicate\nusage: split-sentences [--line-buffered] [file ...]\n       split-sentences -h | --help | --version'
}

@test "each sentence becomes a record with the paragraph's SOURCE and LOC P.S" {
	run --separate-stderr split-sentences <<<$'wire\t7\tThe strike ended. Work resumed.'
	assert_success
	assert_output $'wire\t7.1\tThe strike ended.\nwire\t7.2\tWork resumed.'
	assert_equal "$stderr" ''
}

@test "a plain line is a paragraph of source - numbered by its line" {
	run split-sentences <<<$'Mr. Smith left. He was late.\nOne more.'
	assert_success
	assert_output $'-\t1.1\tMr. Smith left.\n-\t1.2\tHe was late.\n-\t2.1\tOne more.'
}

@test "extra fields are copied to every sentence of the paragraph" {
	run split-sentences <<<$'s\t1\tOne. Two.\tPER:x:0:3\t\tlast'
	assert_success
	assert_output $'s\t1.1\tOne.\tPER:x:0:3\t\tlast\ns\t1.2\tTwo.\tPER:x:0:3\t\tlast'
}

@test "a paragraph of only whitespace gives no sentence" {
	run split-sentences <<<$'s\t1\t \\t\\n \ns\t2\tText.'
	assert_success
	assert_output $'s\t2.1\tText.'
}

@test "whitespace at a boundary is trimmed, Unicode spaces included; inside it is kept" {
	run split-sentences <<<$'s\t1\t\\n Wages\xc2\xa0rose.\xc2\xa0Hours\\tfell.\xe2\x80\x83Tea  time. \\n'
	assert_success
	assert_output $'s\t1.1\tWages\xc2\xa0rose.\ns\t1.2\tHours\\tfell.\ns\t1.3\tTea  time.'
}

@test "sentence records are split again and numbered on within their paragraph" {
	run split-sentences <<<$'s\t3.1\tOne. Two.\ns\t3.2\tThree.\ns\t4.1\tFour. Five.'
	assert_success
	assert_output $'s\t3.1\tOne.\ns\t3.2\tTwo.\ns\t3.3\tThree.\ns\t4.1\tFour.\ns\t4.2\tFive.'
}

@test "titles, initials and abbreviations before a name do not end a sentence" {
	run split 'Mr. Halvorsen met Dr. Ines Okafor, Gov. T. Reyes and Sen. Paulo Dias at St. Brendan'"'"'s Hall. J. R. R. Tolkien was not there.'
	assert_output $'Mr. Halvorsen met Dr. Ines Okafor, Gov. T. Reyes and Sen. Paulo Dias at St. Brendan\'s Hall.\nJ. R. R. Tolkien was not there.'
}

@test "abbreviations before a number do not end a sentence" {
	run split 'See p. 55 and No. 4 of Vol. 3, dated Jan. 12. It was Oct. 2019. Fig. 2 shows why.'
	assert_output $'See p. 55 and No. 4 of Vol. 3, dated Jan. 12.\nIt was Oct. 2019.\nFig. 2 shows why.'
}

@test "an abbreviation ends a sentence only before a usual sentence starter" {
	run split 'I live in the U.S. How about you? The U.S. Government paid. Kessler & Co. It grew. Varga Corp. was sold in the U.K. last week.'
	assert_output $'I live in the U.S.\nHow about you?\nThe U.S. Government paid.\nKessler & Co.\nIt grew.\nVarga Corp. was sold in the U.K. last week.'
}

@test "a short capitalised word before a lower-case word is an abbreviation" {
	run split 'The 5th Regt. was deployed. It grew. and then it fell.'
	assert_output $'The 5th Regt. was deployed.\nIt grew.\nand then it fell.'
}

@test "a short word without a vowel before a lower-case word is an abbreviation" {
	run split 'Sales rose to $4.5 bn. in 2019. It grew. and then? it fell.'
	assert_output $'Sales rose to $4.5 bn. in 2019.\nIt grew.\nand then?\nit fell.'
}

@test "e.g., i.e. and vs. never end a sentence" {
	run split 'Fees, e.g. The port dues, rose. Hamburg vs. Rotterdam, i.e. Two ports.'
	assert_output $'Fees, e.g. The port dues, rose.\nHamburg vs. Rotterdam, i.e. Two ports.'
}

@test "I after a lower-case word is the pronoun, after a name an initial" {
	run split 'We make a good team, you and I. Did you see Albert I. Jones?'
	assert_output $'We make a good team, you and I.\nDid you see Albert I. Jones?'
}

@test "decimals, money and times keep their periods" {
	run split 'Prices rose 3.5% to $1,204.50 a tonne. She has $100.00. It left at 6:45 a.m. Passengers waited until 7 p.m. Monday. At 5 a.m. Mr. Lund arrived.'
	assert_output $'Prices rose 3.5% to $1,204.50 a tonne.\nShe has $100.00.\nIt left at 6:45 a.m.\nPassengers waited until 7 p.m. Monday.\nAt 5 a.m. Mr. Lund arrived.'
}

@test "C. or F. after a number is a temperature, not an initial" {
	run split 'Temperatures fell to -3 C. Roads were closed. Highs of 41.5 F. Schools shut. He met John C. Smith.'
	assert_output $'Temperatures fell to -3 C.\nRoads were closed.\nHighs of 41.5 F.\nSchools shut.\nHe met John C. Smith.'
}

@test "a quotation that ends inside the marks, curly or straight" {
	run split '“It is over.” He left. "It is over." She stayed. '"'This is great.' she said."
	assert_output $'“It is over.”\nHe left.\n"It is over."\nShe stayed.\n\'This is great.\' she said.'
}

@test "a question or exclamation inside quotes followed by a lower-case word goes on" {
	run split '“Are you sure?” she asked. "Yes!" he said. She works at Yahoo! in Leeds.'
	assert_output $'“Are you sure?” she asked.\n"Yes!" he said.\nShe works at Yahoo! in Leeds.'
}

@test "a quotation running across sentences is split inside the marks" {
	run split '“We are ready. We will sail at dawn,” the captain said. He said: "The strike is over. The docks reopen today." Unions disagreed.'
	assert_output $'“We are ready.\nWe will sail at dawn,” the captain said.\nHe said: "The strike is over.\nThe docks reopen today."\nUnions disagreed.'
}

@test "parentheses: a sentence inside goes on after them, a whole one stands alone" {
	run split 'He taught science (He had been an engineer.) at the college. (It was rebuilt twice.) Trade grew.'
	assert_output $'He taught science (He had been an engineer.) at the college.\n(It was rebuilt twice.)\nTrade grew.'
}

@test "ellipses: before a capital they end a sentence, spaced or bracketed they do not" {
	run split 'Then... nothing. It went on… They never ended . . . or so it seemed. “They agreed [...] to sell.” Wait.... The rest is history.'
	assert_output $'Then... nothing.\nIt went on…\nThey never ended . . . or so it seemed.\n“They agreed [...] to sell.”\nWait....\nThe rest is history.'
}

@test "an ellipsis before I goes on, at the start of a sentence it opens it" {
	run split 'It was fine... I think. Then . . . The end. ... And more.'
	assert_output $'It was fine... I think.\nThen . . .\nThe end.\n... And more.'
}

@test "a period then a spaced ellipsis before a capital: the ellipsis opens the next sentence" {
	run split 'It was weakened . . . was that of combining words. . . . The practice was not abandoned. . . .'
	assert_output $'It was weakened . . . was that of combining words.\n. . . The practice was not abandoned. . . .'
}

@test "numbered and lettered lists are split at each item, with or without periods" {
	run split '1. Open the gates 2. Check the cranes 3. Call the pilots'
	assert_output $'1. Open the gates\n2. Check the cranes\n3. Call the pilots'
	run split 'a) Dockers b) Pilots c) Crane drivers'
	assert_output $'a) Dockers\nb) Pilots\nc) Crane drivers'
	run split '1.) The first item. 2.) The second item.'
	assert_output $'1.) The first item.\n2.) The second item.'
}

@test "bullets start a new sentence" {
	run split '• Wages • Hours ⁃9. Safety rules'
	assert_output $'• Wages\n• Hours\n⁃9. Safety rules'
}

@test "URLs and e-mail addresses keep their periods" {
	run split 'Mail info@dockers.example.org. The site is https://dockers.example.org/news.html. Read Jane.Doe@example.com now.'
	assert_output $'Mail info@dockers.example.org.\nThe site is https://dockers.example.org/news.html.\nRead Jane.Doe@example.com now.'
}

@test "a missing space after a period still ends a sentence, but not in a name" {
	run split 'Read it.The vote is Friday.Mr. Lund counted 1,000.That is all. See Newsfeed.Com and U.S.A.'
	assert_output $'Read it.\nThe vote is Friday.\nMr. Lund counted 1,000.\nThat is all.\nSee Newsfeed.Com and U.S.A.'
}

@test "several ? and ! end one sentence; emoticons stay with theirs" {
	run split 'Hello!! Long time. Hello?! Who? I love it. :) Great ferry :P would go again'
	assert_output $'Hello!!\nLong time.\nHello?!\nWho?\nI love it. :)\nGreat ferry :P\nwould go again'
}

@test "a newline in running text is whitespace" {
	run split 'The harbour master said the\nships would wait for\nPresident Reyes.\nShe came.'
	assert_output $'The harbour master said the\\nships would wait for\\nPresident Reyes.\nShe came.'
}

@test "a blank line, a headline, a list on lines and short lines end sentences" {
	run split 'Dockers Vote to End Strike\nThe union agreed.\n\nwork resumes\n- cranes\n- ships\nfeatures\ncontact manager\nevents, activities'
	assert_output $'Dockers Vote to End Strike\nThe union agreed.\nwork resumes\n- cranes\n- ships\nfeatures\ncontact manager\nevents, activities'
}

@test "a separator line and a dateline stand alone" {
	run split 'It ended. *** VALMERA (Wire) - The port reopened.'
	assert_output $'It ended.\n***\nVALMERA (Wire) -\nThe port reopened.'
}

@test "a mail header's date and time and a letter's closing stand alone" {
	run split 'Ann Reyes 08/16/2000 12:05 PM The cranes are fixed. Best regards, Tom Lund'
	assert_output $'Ann Reyes\n08/16/2000 12:05 PM\nThe cranes are fixed.\nBest regards,\nTom Lund'
}

@test "the test paragraphs split as expected" {
	run split-sentences "$PARAS"
	assert_success
	assert_equal "${#lines[@]}" 67
	assert_line --index 0 $'abbrev\t1.1\tMr. Halvorsen met Dr. Ines Okafor and Gov. Tamsin Reyes at St. Brendan\'s Hall on Jan. 12.'
	assert_line --index 60 $'headline\t1.1\tDockers Vote to End Strike'
	assert_line --index 62 $'wrapped\t1.1\tThe harbour master said the\\nships would wait outside the\\nbreakwater until the tide turned.'
}

@test "nothing is lost: the test paragraphs" {
	split-sentences "$PARAS" > "$BATS_TEST_TMPDIR/out"
	run "$ROOT/tests/bin/check-lossless" "$PARAS" "$BATS_TEST_TMPDIR/out"
	assert_success
	assert_output ''
}

@test "nothing is lost: the sample corpus, line by line" {
	for f in "$ROOT"/examples/*/*.txt; do
		split-sentences "$f" > "$BATS_TEST_TMPDIR/out"
		run "$ROOT/tests/bin/check-lossless" "$f" "$BATS_TEST_TMPDIR/out"
		assert_success
	done
}

@test "nothing is lost: odd characters, escapes and broken-off rules" {
	printf '%s\n' \
	    $'s\t1\t. . . ... .. . ?! ¿¡ “” ‘’ «» \\\\ \\t\\n\\r \xc2\xa0\xe2\x80\xa8' \
	    $'s\t2\t(((( )))) [...] :) :-( ;) -- --- *** ### http:// www. @ N°. 1.) a) •' \
	    $'s\t3\tMr.Mrs.Dr.U.S.A.e.g.i.e.vs.1.2.3.a.b.c.' \
	    $'s\t4\t08/16/2000 12:05 PM 1:2 :: Regards, Dear, TEHRAN (X) - ) (' \
	    $'s\t5\t\\n\\n\\n.\\n-\\n*\\n1.\\nA\\na\\n' > "$BATS_TEST_TMPDIR/odd"
	split-sentences "$BATS_TEST_TMPDIR/odd" > "$BATS_TEST_TMPDIR/out"
	run "$ROOT/tests/bin/check-lossless" "$BATS_TEST_TMPDIR/odd" "$BATS_TEST_TMPDIR/out"
	assert_success
}

@test "check-lossless notices a lost, a changed and an untrimmed sentence" {
	printf 's\t1\tOne. Two.\n' > "$BATS_TEST_TMPDIR/in"
	printf 's\t1.1\tOne.\n' > "$BATS_TEST_TMPDIR/lost"
	printf 's\t1.1\tOne.\ns\t1.2\tTwo!\n' > "$BATS_TEST_TMPDIR/changed"
	printf 's\t1.1\tOne. \ns\t1.2\tTwo.\n' > "$BATS_TEST_TMPDIR/untrimmed"
	run "$ROOT/tests/bin/check-lossless" "$BATS_TEST_TMPDIR/in" "$BATS_TEST_TMPDIR/lost"
	assert_failure 1
	assert_line --index 0 $'check-lossless: paragraph s\t1 differs at byte 5:'
	run "$ROOT/tests/bin/check-lossless" "$BATS_TEST_TMPDIR/in" "$BATS_TEST_TMPDIR/changed"
	assert_failure 1
	run "$ROOT/tests/bin/check-lossless" "$BATS_TEST_TMPDIR/in" "$BATS_TEST_TMPDIR/untrimmed"
	assert_failure 1
	assert_output "check-lossless: $BATS_TEST_TMPDIR/untrimmed:1: sentence empty or not trimmed: s	1.1	One. "
}

@test "running split-sentences again changes nothing" {
	split-sentences "$PARAS" > "$BATS_TEST_TMPDIR/once"
	split-sentences "$BATS_TEST_TMPDIR/once" > "$BATS_TEST_TMPDIR/twice"
	run cmp "$BATS_TEST_TMPDIR/once" "$BATS_TEST_TMPDIR/twice"
	assert_success
	for f in "$ROOT"/examples/*/*.txt; do
		split-sentences "$f" > "$BATS_TEST_TMPDIR/once"
		split-sentences "$BATS_TEST_TMPDIR/once" > "$BATS_TEST_TMPDIR/twice"
		run cmp "$BATS_TEST_TMPDIR/once" "$BATS_TEST_TMPDIR/twice"
		assert_success
	done
}

@test "a 9 MB paragraph with no boundary is one sentence, read and written whole" {
	awk 'BEGIN { printf "s\t1\t"; for (i = 0; i < 1000000; i++) printf "abc def, "; print "end." }' > "$BATS_TEST_TMPDIR/long"
	split-sentences "$BATS_TEST_TMPDIR/long" > "$BATS_TEST_TMPDIR/out"
	run cut -c1-20 "$BATS_TEST_TMPDIR/out"
	assert_output $'s\t1.1\tabc def, abc d'
	run wc -c < "$BATS_TEST_TMPDIR/out"
	assert_output 9000011
}
