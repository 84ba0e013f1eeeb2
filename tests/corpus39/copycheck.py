#!/usr/bin/env python3
"""Copy check: word n-grams (default 7; lowercase, punctuation stripped; HTML with tags removed but
script and JSON-LD text kept) of this corpus's articles against all earlier articles
(../corpus*/articles/, without corpus38-41) and ../../../shared/seeds/. Prints only the matching
phrases and file names. Usage: python3 copycheck.py [N]"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
N = int(sys.argv[1]) if len(sys.argv) > 1 else 7
SKIP = {"corpus38", "corpus39", "corpus40", "corpus41"}


def words(path):
    t = path.read_bytes().decode("utf-8", "ignore")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
    t = t.lower()
    t = re.sub(r"[^\w]+", " ", t)
    return t.split()


def grams(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}


others = [p for d in sorted(HERE.parent.glob("corpus*")) if d.name not in SKIP
          for p in sorted((d / "articles").glob("*")) if p.is_file()]
others += [p for p in sorted((HERE.parent.parent.parent / "shared" / "seeds").rglob("*")) if p.is_file()]
index = {}
for p in others:
    for g in grams(words(p)):
        index.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}")
total = 0
for p in sorted((HERE / "articles").glob("*")):
    hits = sorted(g for g in grams(words(p)) if g in index)
    for g in hits:
        print(f"{p.name}: '{g}' <- {', '.join(sorted(index[g])[:3])}")
    total += len(hits)
print(f"{len(others)} earlier files; {total} matching {N}-grams")
