#!/usr/bin/env python3
"""Copy check for corpus59: word n-grams of our articles against earlier material.

Usage: python3 tests/corpus59/copycheck.py [N]      (default N = 7)

Words are lowercased runs of letters/digits (punctuation stripped); for .html files the
tags are removed but the text of <script> and JSON-LD blocks is kept. Our articles'
n-grams are compared with every file in ../corpus*/articles/ (except corpus58-61, which
other helpers write at the same time) and ../../../shared/seeds/. Prints only the
matching phrases and the file names; exit status 0. Standard library only.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus58", "corpus59", "corpus60", "corpus61"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="ignore")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = re.sub(r"&[a-z]+;|&#\d+;", " ", text)
    return re.findall(r"\w+", text.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def others():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDE and (d / "articles").is_dir():
            yield from (p for p in sorted((d / "articles").iterdir()) if p.is_file())
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        yield from (p for p in sorted(seeds.iterdir()) if p.is_file())


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {}
    for p in sorted((HERE / "articles").iterdir()):
        for g in grams(words(p), n):
            ours.setdefault(g, set()).add(p.name)
    found = {}
    count = 0
    for p in others():
        count += 1
        for g in grams(words(p), n) & ours.keys():
            found.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}")
    for g in sorted(found):
        print(f"{g!r}: ours {', '.join(sorted(ours[g]))} | theirs {', '.join(sorted(found[g]))}")
    print(f"{len(found)} matching {n}-grams against {count} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
