#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier corpora and the seeds.

Usage: python3 tests/corpus28/copycheck.py [N]   (default N=7)
Prints only the matching n-grams and the names of the files they occur in.
Excluded: corpus28 itself and corpus26, corpus27, corpus29 (written at the same time).
"""
import glob, html, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(os.path.dirname(TESTS)), "shared")
EXCLUDE = {"corpus26", "corpus27", "corpus28", "corpus29"}

def words(path):
    t = open(path, encoding="utf-8", errors="replace").read()
    if path.endswith((".html", ".htm")):
        t = re.sub(r"<[^>]+>", " ", t)   # tags removed, script/JSON-LD text kept
        t = html.unescape(t)
    t = re.sub(r"[^\w\s]", " ", t.lower())
    return t.split()

def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    others = [p for p in glob.glob(os.path.join(TESTS, "corpus*", "articles", "*"))
              if os.path.basename(os.path.dirname(os.path.dirname(p))) not in EXCLUDE]
    others += glob.glob(os.path.join(SHARED, "seeds", "*"))
    index = {}
    for p in others:
        if os.path.isfile(p):
            for g in grams(words(p), n):
                index.setdefault(g, set()).add(os.path.relpath(p, TESTS))
    total = 0
    for a in sorted(glob.glob(os.path.join(HERE, "articles", "*"))):
        for g in sorted(grams(words(a), n)):
            if g in index:
                total += 1
                print(f"{os.path.basename(a)}: '{g}' <- {', '.join(sorted(index[g])[:3])}")
    print(f"compared with {len(others)} files; {total} matching {n}-grams")

main()
