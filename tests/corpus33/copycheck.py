#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier articles and the seeds.

Usage: python3 tests/corpus33/copycheck.py [N]   (default 7)
Prints only matching phrases and file names. Excludes corpus33 and the parallel corpus30-32.
"""
import html, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus33", "corpus30", "corpus31", "corpus32"}
N = int(sys.argv[1]) if len(sys.argv) > 1 else 7


def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)  # tags removed; script and JSON-LD text kept
        t = html.unescape(t)
    t = t.lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return t.split()


def grams(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}


others = []
for d in sorted(TESTS.glob("corpus*")):
    if d.name in EXCLUDE or not (d / "articles").is_dir():
        continue
    others += [p for p in (d / "articles").iterdir() if p.is_file()]
others += [p for p in (SHARED / "seeds").rglob("*") if p.is_file()]
index = {}
for p in others:
    for g in grams(words(p)):
        index.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}")
total = 0
for p in sorted((HERE / "articles").iterdir()):
    for g in sorted(grams(words(p))):
        if g in index:
            total += 1
            print(f"{p.name}: '{g}' <- {', '.join(sorted(index[g])[:3])}")
print(f"{len(others)} files compared; {total} matching {N}-grams")
