#!/usr/bin/env python3
"""Copy check: word n-grams (default 7) of this corpus's articles against earlier articles and the seeds.

Usage: python3 tests/corpus37/copycheck.py [N]
Lowercase, punctuation stripped; for HTML the tags are removed but script and JSON-LD text is kept.
Prints only matching n-grams and file names. corpus34-37 are excluded (written at the same time).
"""
import re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
EXCLUDE = {"corpus34", "corpus35", "corpus36", "corpus37"}
N = int(sys.argv[1]) if len(sys.argv) > 1 else 7


def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
    t = re.sub(r"[^\w\s]", " ", t.lower())
    return t.split()


def grams(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}


others = []
for d in sorted(TESTS.glob("corpus*/articles")):
    if d.parent.name not in EXCLUDE:
        others += [p for p in d.rglob("*") if p.is_file()]
seeds = Path("/work/shared/seeds")
others += [p for p in seeds.rglob("*") if p.is_file()]
index = {}
for p in others:
    for g in grams(words(p)):
        index.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else p.name)
total = 0
for p in sorted((HERE / "articles").glob("*")):
    for g in sorted(grams(words(p))):
        if g in index:
            total += 1
            print(f"{p.name}: '{g}' <- {', '.join(sorted(index[g])[:3])}")
print(f"compared against {len(others)} files; {total} matching {N}-grams")
