#!/usr/bin/env python3
"""Copy check: word n-grams (default 7; lowercase, punctuation stripped; HTML with tags removed but
script and JSON-LD text kept) of this corpus's articles against every earlier article in
../corpus*/articles/ (corpus38/39/40 and this folder excluded) and ../../../shared/seeds/.
Prints only matching phrases and file names.  Usage: copycheck.py [N]"""
from pathlib import Path
import html
import re
import sys

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDE = {"corpus41", "corpus38", "corpus39", "corpus40"}
N = int(sys.argv[1]) if len(sys.argv) > 1 else 7


def words(path):
    t = path.read_bytes().decode("utf-8", "ignore")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    t = t.lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return t.split()


def grams(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}


others = []
for d in sorted(TESTS.glob("corpus*")):
    if d.is_dir() and d.name not in EXCLUDE and (d / "articles").is_dir():
        others += [p for p in (d / "articles").iterdir() if p.is_file()]
if SEEDS.is_dir():
    others += [p for p in SEEDS.rglob("*") if p.is_file()]
index = {}
for p in others:
    for g in grams(words(p)):
        index.setdefault(g, set()).add(str(p.relative_to(TESTS.parent.parent)))
total = 0
for p in sorted((HERE / "articles").iterdir()):
    hits = sorted(g for g in grams(words(p)) if g in index)
    for g in hits:
        total += 1
        files = sorted(index[g])
        print(f"{p.name}: '{g}' <- {', '.join(files[:3])}{' …' if len(files) > 3 else ''}")
print(f"{N}-grams: {total} matches against {len(others)} files")
sys.exit(1 if total else 0)
