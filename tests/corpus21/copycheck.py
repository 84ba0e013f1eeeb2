#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier corpora and shared seeds.

Usage: python3 tests/corpus21/copycheck.py [N]   (default 7)
Prints only the matching phrases and the names of files they occur in; never prints other text.
corpus20 (written at the same time by someone else) is excluded.
"""
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
    t = t.lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return t.split()


def grams(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}


ours = {p.name: grams(words(p)) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
others = []
tests = HERE.parent
for d in sorted(tests.glob("corpus*")):
    if d.name in ("corpus20", HERE.name):
        continue
    others += [p for p in sorted((d / "articles").glob("*")) if p.is_file()]
seeds = HERE.parents[2] / "shared" / "seeds"
others += [p for p in sorted(seeds.rglob("*")) if p.is_file()]
hits = {}
for p in others:
    g = grams(words(p))
    for name, mine in ours.items():
        for m in mine & g:
            hits.setdefault(m, set()).add((name, f"{p.parent.parent.name}/{p.name}"))
print(f"compared {len(ours)} articles against {len(others)} files at {N} words")
for m in sorted(hits):
    print(f"{m!r}: " + "; ".join(f"{a} ~ {b}" for a, b in sorted(hits[m])))
print(f"{len(hits)} matching {N}-grams")
