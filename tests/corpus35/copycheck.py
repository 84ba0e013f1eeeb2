#!/usr/bin/env python3
"""Copy check: word n-grams (default 7) of this corpus's articles against every earlier article
(../corpus*/articles/, without corpus34-37) and ../../../shared/seeds/. Lowercased, punctuation
stripped; HTML with tags removed but script and JSON-LD text kept. Prints only the matching
phrases and the file names. Usage: python3 copycheck.py [N]"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
EXCLUDE = {"corpus34", "corpus35", "corpus36", "corpus37"}
N = int(sys.argv[1]) if len(sys.argv) > 1 else 7


def words(path):
    t = path.read_bytes().decode("utf-8", "replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    t = t.lower()
    t = re.sub(r"[^\w]+", " ", t)
    return t.split()


def grams(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}


others = [f for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE
          for f in sorted((d / "articles").glob("*")) if f.is_file()]
seeds = (TESTS / "../../shared/seeds").resolve()
others += [f for f in sorted(seeds.rglob("*")) if f.is_file()]
index = {}
for f in others:
    for g in grams(words(f)):
        index.setdefault(g, set()).add(f"{f.parent.parent.name}/{f.name}" if f.parent.name == "articles" else f"seeds/{f.name}")
total = 0
for mine in sorted((HERE / "articles").glob("*")):
    hits = sorted(g for g in grams(words(mine)) if g in index)
    for g in hits:
        total += 1
        print(f"{mine.name}: '{g}'  <- {', '.join(sorted(index[g])[:3])}")
print(f"{len(others)} earlier files, n={N}: {total} matching {N}-gram(s)")
sys.exit(1 if total else 0)
