#!/usr/bin/env bats
# tag-entities against ../shared: the CoNLL-2003 development set through
# score-ner, the seed story's names across outlets, and reproducible
# training.

load ../helper

setup() {
	need_shared
	SEEDS=$CW_SHARED/seeds/astana
}

@test "entity F1 on the CoNLL-2003 development set is at least 0.91" {
	run --separate-stderr "$CW_SHARED/eval/bin/score-ner" \
	    "$CW_SHARED/eval/ner/eng.testa" -- tag-entities --mentions
	assert_success
	last=${lines[${#lines[@]} - 1]}
	echo "$last"
	f1=${last#*f1=}
	f1=${f1%% *}
	run awk -v f="$f1" 'BEGIN { exit !(f >= 0.91) }'
	assert_success
}

# Every seed article alone (no state shared between runs), split and
# tagged: the mentions whose surface matches the pattern all get one
# TYPE<TAB>CANONICAL, in at least the given number of outlets.
one_entity() {
	local pattern=$1 want=$2 outlets=$3 n=0
	for f in "$SEEDS"/*.txt; do
		got=$(split-sentences "$f" | tag-entities --mentions |
		    awk -F'\t' -v re="$pattern" '$6 ~ re { print $3 "\t" $7 }' |
		    sort -u)
		[ -n "$got" ] || continue
		n=$((n + 1))
		assert_equal "$(basename "$f"): $got" "$(basename "$f"): $want"
	done
	assert [ "$n" -ge "$outlets" ]
}

@test "Bashar Jaafari, Ja'afari, al-Ja'afari are one person in every outlet" {
	one_entity "Ja.?afari" $'PER\tBashar Jaafari' 4
}

@test "Jabhat Fateh al-Sham in its four spellings is one organisation" {
	one_entity "Fat[ae]h" $'ORG\tJabhat Fateh al-Sham' 4
}

@test "Mohammad and Mohammed Alloush are one person" {
	one_entity "Alloush" $'PER\tMohammed Alloush' 2
}

@test "Staffan de Mistura, de Mistura and Mistura are one person" {
	one_entity "Mistura" $'PER\tStaffan de Mistura' 3
}

@test "Islamic State, IS, Isis and Daesh are one organisation" {
	one_entity "^(Islamic State|IS|Isis|ISIS|Daesh)$" $'ORG\tIslamic State' 4
}

@test "Kairat Abdrakhmanov is one person" {
	one_entity "Abdrakhmanov" $'PER\tKairat Abdrakhmanov' 2
}

@test "Wadi Barada and the Barada valley are one place" {
	one_entity "Barada" $'LOC\tBarada' 2
}

@test "training is deterministic and reproduces the committed model" {
	obj=$BATS_TEST_TMPDIR/obj
	run make -C "$ROOT" -s OBJDIR="$obj" BINDIR="$obj/bin" "$obj/tools/train-ner"
	assert_success
	flags=$(sed -n 's/^NER_TRAIN_FLAGS = //p' "$ROOT/Makefile")
	run "$obj/tools/train-ner" $flags -o "$BATS_TEST_TMPDIR/model.bin" \
	    "$CW_SHARED/eval/ner"
	assert_success
	run cmp "$BATS_TEST_TMPDIR/model.bin" "$ROOT/lib/ner_model.bin"
	assert_success
}
