#!/usr/bin/env python3
"""abbrev_gen.py - compile lib/abbrev.txt into lib/abbrev_data.c.

usage: python3 lib/abbrev_gen.py lib/abbrev.txt > lib/abbrev_data.c

Run through `make data`; the output is checked in, so building crosswire
never needs Python.  The C side (lib/abbrev.c) must hash exactly as
hash_word() below does.  The hash reads only the length and the first two
and last two bytes (ASCII letters folded to lower case), because the
splitter looks up the word before every period and most of those words are
in no list: a miss should cost a few instructions.  The table is open
addressing with linear probing, sized to a power of two at least eight
times the number of words, so that a miss usually stops at the first,
empty, slot.
"""

import sys

MAGIC = "CWAB"
VERSION = 2
MAX_LEN = 15   # longer words are never looked up (lib/abbrev.h ABBREV_MAX)

# Class names in the data file and their bits in lib/abbrev.h.
CLASSES = {
    "title": "ABBREV_TITLE",
    "number": "ABBREV_NUMBER",
    "ambiguous": "ABBREV_AMBIGUOUS",
    "inner": "ABBREV_INNER",
    "starter": "ABBREV_STARTER",
    "preposition": "ABBREV_PREPOSITION",
    "closing": "ABBREV_CLOSING",
    "greeting": "ABBREV_GREETING",
    "domain": "ABBREV_DOMAIN",
    "time": "ABBREV_TIME",
    "calendar": "ABBREV_CALENDAR",
}
BITS = {name: 1 << i for i, name in enumerate(CLASSES)}


def die(msg):
    sys.stderr.write("abbrev_gen.py: %s\n" % msg)
    sys.exit(2)


def fold(word):
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in word)


def hash_word(key):
    b = key.encode("utf-8")
    n = len(b)
    h = n
    h = (h * 31 + b[0]) & 0xFFFFFFFF
    h = (h * 31 + b[1 if n > 1 else 0]) & 0xFFFFFFFF
    h = (h * 31 + b[n - 2 if n > 1 else 0]) & 0xFFFFFFFF
    h = (h * 31 + b[n - 1]) & 0xFFFFFFFF
    return (h * 2654435761) >> 16 & 0xFFFF


def read(path):
    """Return {folded word: [any-case bits, capitalised-only bits]}."""
    words = {}
    cls = None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("["):
                name = line.strip("[]")
                if not line.endswith("]") or name not in CLASSES:
                    die("%s:%d: unknown class %s" % (path, lineno, line))
                cls = name
                continue
            if cls is None:
                die("%s:%d: word before any [class]" % (path, lineno))
            for w in line.split():
                key = fold(w)
                if len(key.encode("utf-8")) > MAX_LEN:
                    die("%s:%d: %s is longer than %d bytes"
                        % (path, lineno, w, MAX_LEN))
                if w.endswith("."):
                    die("%s:%d: %s: write abbreviations without the final "
                        "period" % (path, lineno, w))
                slot = 0 if key == w else 1
                words.setdefault(key, [0, 0])[slot] |= BITS[cls]
    if len(BITS) > 16:
        die("more classes than struct abbrev_word has bits for")
    return words


def c_string(s):
    """s as a C string literal; bytes outside printable ASCII as \\xHH."""
    out = []
    hexed = False
    for b in s.encode("utf-8"):
        c = chr(b)
        if 0x20 < b < 0x7F and c not in '"\\':
            if hexed and c in "0123456789abcdefABCDEF":
                out.append('" "')   # end the \\x escape
            out.append(c)
            hexed = False
        else:
            out.append("\\x%02x" % b)
            hexed = True
    return '"' + "".join(out) + '"'


def flags(bits):
    names = [CLASSES[n] for n in CLASSES if bits & BITS[n]]
    return " | ".join(names) if names else "0"


def main():
    if len(sys.argv) != 2:
        die("usage: abbrev_gen.py lib/abbrev.txt")
    words = read(sys.argv[1])
    keys = sorted(words)
    size = 1
    while size < 8 * len(keys):
        size *= 2
    table = [0] * size
    for i, k in enumerate(keys):
        h = hash_word(k) & (size - 1)
        while table[h]:
            h = (h + 1) & (size - 1)
        table[h] = i + 1

    w = sys.stdout.write
    w("/*\n * abbrev_data.c - GENERATED from lib/abbrev.txt by "
      "lib/abbrev_gen.py\n * (`make data`).  Do not edit: edit "
      "lib/abbrev.txt and regenerate.\n */\n")
    w('#include "abbrev.h"\n\n')
    w('const char abbrev_magic[4] = { \'%s\', \'%s\', \'%s\', \'%s\' };\n'
      % tuple(MAGIC))
    w("const unsigned abbrev_version = %d;\n" % VERSION)
    w("const unsigned abbrev_nwords = %d;\n" % len(keys))
    w("const unsigned abbrev_mask = %d;\n\n" % (size - 1))
    w("/* Every word, folded to lower case, with the classes it has in any\n"
      " * case and those it has only when capitalised. */\n")
    w("const struct abbrev_word abbrev_words[%d] = {\n" % len(keys))
    for k in keys:
        anyb, capb = words[k]
        w("\t{ %s, %d, %s, %s },\n"
          % (c_string(k), len(k.encode("utf-8")), flags(anyb), flags(capb)))
    w("};\n\n")
    w("/* Hash slots: 0 is empty, i is abbrev_words[i - 1]. */\n")
    w("const unsigned short abbrev_slots[%d] = {\n" % size)
    for i in range(0, size, 12):
        w("\t" + " ".join("%d," % v for v in table[i:i + 12]) + "\n")
    w("};\n")


if __name__ == "__main__":
    main()
