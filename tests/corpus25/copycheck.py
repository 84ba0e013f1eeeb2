#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against all earlier corpora and shared seeds.
Prints only matching phrases and file names. Usage: copycheck.py [N]"""
import html, re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
N = int(sys.argv[1]) if len(sys.argv) > 1 else 7

def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
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
    if d.name in ("corpus24", HERE.name) or not (d / "articles").is_dir():
        continue
    others += [p for p in (d / "articles").iterdir() if p.is_file()]
seeds = Path("/work/shared/seeds")
if seeds.is_dir():
    others += [p for p in seeds.rglob("*") if p.is_file()]
index = {}
for p in others:
    for g in grams(words(p)):
        index.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else p.name)
total = 0
for p in sorted((HERE / "articles").iterdir()):
    for g in sorted(grams(words(p))):
        if g in index:
            total += 1
            print(f"{p.name}: '{g}' <- {', '.join(sorted(index[g]))[:160]}")
print(f"compared against {len(others)} files; {total} matching {N}-grams")
