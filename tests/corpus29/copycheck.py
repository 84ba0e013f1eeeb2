#!/usr/bin/env python3
"""Copy check: word n-grams (default 7; lowercase, punctuation stripped; HTML with tags removed but
script and JSON-LD text kept) of this corpus's articles against all earlier articles in
tests/corpus*/articles/ (without this corpus and the parallel corpus26-28) and ../../../shared/seeds/.
Prints only the matching phrases and file names.

Usage: python3 tests/corpus29/copycheck.py [N]
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SKIP = {"corpus29", "corpus26", "corpus27", "corpus28"}
SEEDS = (TESTS.parent.parent / "shared" / "seeds").resolve()
N = int(sys.argv[1]) if len(sys.argv) > 1 else 7


def words(path):
    t = path.read_bytes().decode("utf-8", "replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
    t = t.lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return t.split()


def grams(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}


others = []
for d in sorted(TESTS.glob("corpus*")):
    if d.is_dir() and d.name not in SKIP and (d / "articles").is_dir():
        others += [p for p in (d / "articles").iterdir() if p.is_file()]
if SEEDS.is_dir():
    others += [p for p in SEEDS.rglob("*") if p.is_file()]
index = {}
for p in others:
    for g in grams(words(p)):
        index.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else p.name)
total = 0
for p in sorted((HERE / "articles").iterdir()):
    hits = sorted(g for g in grams(words(p)) if g in index)
    for g in hits:
        total += 1
        print(f"{p.name}: {g!r} <- {', '.join(sorted(index[g])[:3])}")
print(f"{total} matching {N}-grams against {len(others)} files")
