#!/usr/bin/env python3
"""Copy check: word n-grams (default 7) of this corpus's articles against all earlier
articles in ../corpus*/articles/ (corpus31 and the parallel corpus30/32/33 excluded) and
/work/shared/seeds/. Lowercased, punctuation stripped; for HTML the tags are removed but
script and JSON-LD text is kept. Prints only the matching phrases and file names.

Usage: python3 tests/corpus31/copycheck.py [N]
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SKIP = {"corpus31", "corpus30", "corpus32", "corpus33"}
N = int(sys.argv[1]) if len(sys.argv) > 1 else 7


def words(path):
    t = path.read_text(encoding="utf-8", errors="ignore")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
    t = t.lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return t.split()


def grams(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}


others = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in SKIP
          for p in sorted((d / "articles").glob("*")) if p.is_file()]
others += [p for p in sorted(Path("/work/shared/seeds").rglob("*")) if p.is_file()]
index = {}
for p in others:
    for g in grams(words(p)):
        index.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else f"seeds/{p.name}")
total = 0
for mine in sorted((HERE / "articles").glob("*")):
    hits = sorted(g for g in grams(words(mine)) if g in index)
    for g in hits:
        total += 1
        print(f"{mine.name}: '{g}'  <- {', '.join(sorted(index[g])[:3])}")
print(f"{len(others)} earlier files; {total} matching {N}-grams")
