#!/usr/bin/env python3
"""Copy check: word n-grams of articles/ against earlier corpora (corpus18 excluded) and shared seeds.
Prints only matching phrases and file names. Usage: copycheck.py [N]"""
import html, re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
N = int(sys.argv[1]) if len(sys.argv) > 1 else 7

def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"(?s)<!--.*?-->", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    t = re.sub(r"[^\w\s]", " ", t.lower())
    return t.split()

def grams(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}

others = []
for d in sorted(HERE.parent.glob("corpus*/articles")):
    if d.parent.name in ("corpus18", HERE.name):
        continue
    others += [p for p in d.iterdir() if p.is_file()]
seeds = Path("/work/shared/seeds")
others += [p for p in seeds.rglob("*") if p.is_file()]
index = {}
for p in others:
    for g in grams(words(p)):
        index.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else p.name)
hits = 0
for p in sorted((HERE / "articles").iterdir()):
    for g in sorted(grams(words(p))):
        if g in index:
            hits += 1
            print(f"{p.name}: '{g}' <- {', '.join(sorted(index[g])[:3])}")
print(f"files compared: {len(others)}; matching {N}-grams: {hits}")
