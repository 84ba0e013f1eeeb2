#!/usr/bin/env python3
"""Word n-gram overlap of corpus20 articles against earlier corpora and shared seeds (prints phrases and file names only)."""
import re, sys, glob, html
from pathlib import Path
N = int(sys.argv[1]) if len(sys.argv) > 1 else 7
HERE = Path(__file__).resolve().parent
def text(p):
    t = Path(p).read_text(encoding="utf-8", errors="replace")
    if p.endswith((".html", ".htm")):
        t = re.sub(r"(?is)<!--.*?-->", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return t
def grams(t):
    w = re.findall(r"\w+", t.lower())
    return {" ".join(w[i:i+N]) for i in range(len(w)-N+1)}
others = [p for p in glob.glob(str(HERE.parent / "corpus*/articles/*")) if "/corpus20/" not in p and "/corpus21/" not in p]
others += glob.glob("/work/shared/seeds/*")
index = {}
for p in others:
    if Path(p).is_file():
        for g in grams(text(p)):
            index.setdefault(g, set()).add(Path(p).parent.parent.name + "/" + Path(p).name)
print(f"compared against {len(others)} files")
hits = 0
for p in sorted(glob.glob(str(HERE / "articles/*"))):
    for g in sorted(grams(text(p))):
        if g in index:
            hits += 1
            print(Path(p).name, "|", g, "|", ", ".join(sorted(index[g]))[:120])
print("matches:", hits)
