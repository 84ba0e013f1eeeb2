#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier corpora and the seeds.

Usage: python3 tests/corpus46/copycheck.py [N]   (default N = 7)

Text is lowercased, HTML tags removed (script and JSON-LD text kept), punctuation stripped.
Compared against every file in ../corpus*/articles/ (except this corpus and corpus47-49,
written at the same time by others) and ../../../shared/seeds/. Prints only matching
phrases and file names. Exit status 1 when a match is found.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus46", "corpus47", "corpus48", "corpus49"}


def words(text):
    text = re.sub(r"(?s)<[^>]+>", " ", text)
    text = text.lower()
    text = re.sub(r"[^\w\s]", " ", text)
    return text.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    mine = {}
    for p in sorted((HERE / "articles").glob("*")):
        if p.suffix in (".txt", ".html"):
            for g in grams(words(p.read_text(encoding="utf-8")), n):
                mine.setdefault(g, set()).add(p.name)
    others = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDE or not (d / "articles").is_dir():
            continue
        others += [p for p in sorted((d / "articles").rglob("*")) if p.is_file()]
    others += [p for p in sorted((SHARED / "seeds").rglob("*")) if p.is_file()]
    hits = 0
    for p in others:
        try:
            text = p.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for g in sorted(grams(words(text), n) & mine.keys()):
            hits += 1
            print(f"{g!r}: {', '.join(sorted(mine[g]))} <-> {p.relative_to(TESTS.parent.parent)}")
    print(f"{len(others)} files compared, {hits} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
