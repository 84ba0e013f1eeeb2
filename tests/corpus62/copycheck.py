#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus62/copycheck.py [N]   (default N = 7)

Compares the word N-grams (lowercase, punctuation stripped; HTML with tags removed,
script and JSON-LD text kept) of articles/* with all files in ../corpus*/articles/
(excluding corpus62-corpus65, written at the same time) and ../../../shared/seeds/.
Prints only the matching phrases and the names of the files they occur in.
Exit status 0 when nothing matches, 1 otherwise. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDE = {"corpus62", "corpus63", "corpus64", "corpus65"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


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
        if d.is_dir() and d.name not in EXCLUDE and (d / "articles").is_dir():
            others += [p for p in sorted((d / "articles").iterdir()) if p.is_file()]
    if SHARED_SEEDS.is_dir():
        others += [p for p in sorted(SHARED_SEEDS.iterdir()) if p.is_file()]
    hits = {}
    for p in others:
        for g in grams(words(p), n) & mine.keys():
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.parent.name}/{p.name}")
    for g in sorted(hits):
        print(f"{g!r}: ours {', '.join(sorted(mine[g]))} | theirs {', '.join(sorted(hits[g]))}")
    print(f"{len(others)} files compared, {len(hits)} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
