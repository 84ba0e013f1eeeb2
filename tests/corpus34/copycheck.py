#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier corpora and the seeds.

Usage: python3 tests/corpus34/copycheck.py [N]   (default 7)
Lowercase, punctuation stripped; HTML with tags removed but script and JSON-LD text kept.
Prints only the matching n-grams and the names of the files they occur in.
Excludes corpus34 itself and corpus35, corpus36, corpus37 (written at the same time).
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(TESTS, "..", "..", "shared"))
EXCLUDE = {"corpus34", "corpus35", "corpus36", "corpus37"}


def words(path):
    t = open(path, encoding="utf-8", errors="replace").read()
    if path.endswith((".html", ".htm")):
        t = re.sub(r"<[^>]+>", " ", t)
    t = t.lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return t.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    mine = sorted(glob.glob(os.path.join(HERE, "articles", "*")))
    others = []
    for d in glob.glob(os.path.join(TESTS, "corpus*", "articles")):
        if os.path.basename(os.path.dirname(d)) in EXCLUDE:
            continue
        others += glob.glob(os.path.join(d, "*"))
    others += [p for p in glob.glob(os.path.join(SHARED, "seeds", "**", "*"), recursive=True) if os.path.isfile(p)]
    index = {}
    for p in others:
        for g in grams(words(p), n):
            index.setdefault(g, set()).add(os.path.relpath(p, TESTS))
    total = 0
    for p in mine:
        hits = sorted(g for g in grams(words(p), n) if g in index)
        for g in hits:
            total += 1
            print(f"{os.path.basename(p)}: '{g}' <- {', '.join(sorted(index[g])[:3])}")
    print(f"{total} matching {n}-grams against {len(others)} files")


if __name__ == "__main__":
    main()
