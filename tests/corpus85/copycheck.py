#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus85/copycheck.py [N]      (default N = 7)

Compares word N-grams (lowercase, punctuation stripped; for HTML the tags are
removed but script and JSON-LD text is kept) of articles/* with every file in
../corpus*/articles/ (corpus82-corpus85 excluded: written at the same time by
other helpers or this one) and ../../../shared/seeds/. Prints only the matching
phrases and the file names, never the earlier texts. Exit status 0 always.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus82", "corpus83", "corpus84", "corpus85"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    others = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE
              for p in sorted((d / "articles").glob("*")) if p.is_file()]
    others += sorted(p for p in (SHARED / "seeds").glob("*") if p.is_file())
    hits = 0
    for other in others:
        og = grams(words(other), n)
        for name, g in mine.items():
            for phrase in sorted(g & og):
                hits += 1
                print(f"{name} <> {other.parent.parent.name}/{other.name}: {phrase}")
    print(f"compared {len(mine)} articles with {len(others)} earlier files at {n} words: {hits} matching {n}-gram(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
