#!/usr/bin/env python3
"""Word n-gram overlap of articles/ with earlier corpora (not corpus16) and shared/seeds. Prints only matching phrases and file names."""
import glob, html, re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
N = int(sys.argv[1]) if len(sys.argv) > 1 else 7

def words(path):
    s = Path(path).read_text(encoding="utf-8", errors="replace")
    if path.endswith((".html", ".htm")):
        s = re.sub(r"(?is)<!--.*?-->", " ", s)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return s.split()

def grams(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}

others = [p for p in glob.glob(str(HERE.parent / "corpus*" / "articles" / "*"))
          if "/corpus16/" not in p and "/corpus17/" not in p]
others += glob.glob("/work/shared/seeds/*")
index = {}
for p in others:
    for g in grams(words(p)):
        index.setdefault(g, set()).add(Path(p).parent.parent.name + "/" + Path(p).name)
print(f"compared against {len(others)} files, n={N}")
hits = 0
for p in sorted(glob.glob(str(HERE / "articles" / "*"))):
    for g in sorted(grams(words(p))):
        if g in index:
            hits += 1
            print(f"{Path(p).name}: '{g}' <- {', '.join(sorted(index[g])[:3])}")
print("matches:", hits)
