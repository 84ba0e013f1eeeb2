#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus56/copycheck.py [N]   (default N = 7)

Compares word N-grams (lowercase, punctuation turned into spaces; for HTML the
tags are removed but script, style and JSON-LD text is kept) of every file in
articles/ with all files in ../corpus*/articles/ (except corpus54 to corpus57,
written at the same time) and ../../../shared/seeds/. Prints only the matching
phrases and the file names they occur in, never other text of the earlier files.
Exit status 1 when there is a match. Standard library only.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus54", "corpus55", "corpus56", "corpus57"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
    text = text.lower()
    text = re.sub(r"[^\w\s]|_", " ", text)
    return text.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {}
    for p in sorted((HERE / "articles").iterdir()):
        if p.is_file():
            for g in grams(words(p), n):
                mine.setdefault(g, set()).add(p.name)
    others = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in SKIP or not (d / "articles").is_dir():
            continue
        others += [p for p in sorted((d / "articles").iterdir()) if p.is_file()]
    if (SHARED / "seeds").is_dir():
        others += [p for p in sorted((SHARED / "seeds").iterdir()) if p.is_file()]
    hits = {}
    for p in others:
        for g in grams(words(p), n) & mine.keys():
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}")
    for g in sorted(hits):
        print(f"{g!r}: ours {', '.join(sorted(mine[g]))} | earlier {', '.join(sorted(hits[g]))}")
    print(f"{len(others)} earlier files, {len(hits)} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
