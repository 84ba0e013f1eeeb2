#!/usr/bin/env python3
"""Name check: search every invented name (invented_names.txt) case-insensitively as a fixed
string over all earlier corpus folders and ../../../shared/.

Usage: python3 tests/corpus28/namecheck.py
Prints only the names found and the files they occur in. Excluded: corpus28 itself and
corpus26, corpus27, corpus29 (written at the same time).
"""
import glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(os.path.dirname(TESTS)), "shared")
EXCLUDE = {"corpus26", "corpus27", "corpus28", "corpus29"}

names = [l.strip() for l in open(os.path.join(HERE, "invented_names.txt"), encoding="utf-8")
         if l.strip() and not l.startswith("#")]
files = []
for d in glob.glob(os.path.join(TESTS, "corpus*")):
    if os.path.basename(d) not in EXCLUDE:
        files += [p for p in glob.glob(os.path.join(d, "**", "*"), recursive=True) if os.path.isfile(p)]
files += [p for p in glob.glob(os.path.join(SHARED, "**", "*"), recursive=True) if os.path.isfile(p)]
texts = {}
for p in files:
    try:
        texts[p] = open(p, encoding="utf-8", errors="replace").read().lower()
    except OSError:
        pass
found = 0
for n in names:
    hits = [os.path.relpath(p, TESTS) for p, t in texts.items() if n.lower() in t]
    if hits:
        found += 1
        print(f"FOUND {n!r} in {len(hits)} file(s): {', '.join(sorted(hits)[:4])}")
print(f"{len(names)} names checked against {len(texts)} files; {found} found")
