#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles vs. earlier corpora and the seeds.

Usage: python3 tests/corpus30/copycheck.py [N]   (default N=7)
Text: lowercase, punctuation stripped; for HTML the tags are removed but script and JSON-LD text
is kept. Compared against tests/corpus*/articles/ (without corpus30, corpus31, corpus32, corpus33)
and shared/seeds/. Prints only the matching phrases and the file names they occur in.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared" / "seeds"
EXCLUDE = {"corpus30", "corpus31", "corpus32", "corpus33"}


def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    t = t.lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return t.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    mine = {}
    for p in sorted((HERE / "articles").iterdir()):
        for g in grams(words(p), n):
            mine.setdefault(g, set()).add(p.name)
    others = [p for d in sorted(TESTS.glob("corpus*")) if d.name not in EXCLUDE
              for p in sorted((d / "articles").glob("*")) if p.is_file()]
    if SHARED.is_dir():
        others += [p for p in sorted(SHARED.rglob("*")) if p.is_file()]
    hits = {}
    for p in others:
        for g in grams(words(p), n) & mine.keys():
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}")
    for g in sorted(hits):
        print(f"{g!r}: mine {sorted(mine[g])} | earlier {sorted(hits[g])}")
    print(f"compared against {len(others)} files; {len(hits)} matching {n}-grams")


if __name__ == "__main__":
    main()
