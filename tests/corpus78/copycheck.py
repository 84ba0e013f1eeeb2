#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus78/copycheck.py [N]      (N = n-gram length, default 7)

Compares every article in articles/ with all files in ../corpus*/articles/ (except
corpus78 … corpus81, written at the same time) and ../../../shared/seeds/. Text is
lowercased and split into words (punctuation stripped); for HTML the tags are removed
but script and JSON-LD text is kept. Prints only the matching phrases and the file
names, never the other text. Exit status 1 when something matches. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus78", "corpus79", "corpus80", "corpus81"}


def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"(?s)<!--.*?-->", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return re.findall(r"\w+", t.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    others = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in SKIP or not (d / "articles").is_dir():
            continue
        others += [p for p in sorted((d / "articles").iterdir()) if p.is_file()]
    if (SHARED / "seeds").is_dir():
        others += [p for p in sorted((SHARED / "seeds").iterdir()) if p.is_file()]
    hits = 0
    for p in others:
        g = grams(words(p), n)
        for name, mine in ours.items():
            for phrase in sorted(mine & g):
                hits += 1
                print(f"{name} ~ {p.parent.parent.name}/{p.name}: {phrase}")
    print(f"compared {len(ours)} articles with {len(others)} files at {n} words: {hits} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
