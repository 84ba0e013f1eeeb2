#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus82/copycheck.py [N]      (default N = 7)

Text: lowercase, punctuation stripped; for .html files the tags are removed but
the text of <script> (including JSON-LD) and <style> is kept. Compares against
every file in ../corpus*/articles/ (without corpus82-85) and ../../../shared/seeds/.
Prints only the matching phrases and the file names. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared" / "seeds"
EXCLUDE = {"corpus82", "corpus83", "corpus84", "corpus85"}


def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    t = t.lower()
    t = re.sub(r"[^\w]+", " ", t)
    return t.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    mine = {}
    for p in sorted((HERE / "articles").iterdir()):
        if p.suffix in (".txt", ".html"):
            for g in grams(words(p), n):
                mine.setdefault(g, set()).add(p.name)
    others = [p for d in sorted(TESTS.glob("corpus*")) if d.name not in EXCLUDE and d.is_dir()
              for p in sorted((d / "articles").glob("*")) if p.is_file()]
    others += sorted(p for p in SHARED.glob("*") if p.is_file())
    hits = {}
    for p in others:
        for g in grams(words(p), n) & set(mine):
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}")
    for g in sorted(hits):
        print(f"{g!r}: ours {', '.join(sorted(mine[g]))} | theirs {', '.join(sorted(hits[g])[:4])}"
              + (f" (+{len(hits[g]) - 4})" if len(hits[g]) > 4 else ""))
    print(f"{len(others)} files compared; {len(hits)} matching {n}-grams")
    return 0


if __name__ == "__main__":
    sys.exit(main())
