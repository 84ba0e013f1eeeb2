#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus88/copycheck.py [N]   (N = n-gram length, default 7)

Compares word N-grams (lowercase, punctuation stripped; HTML with tags removed, script and
JSON-LD text kept) of articles/* with every file in ../corpus*/articles/ (except corpus86 to
corpus89, written at the same time) and ../../../shared/seeds/. Prints only the matching
phrases and the file names they occur in, never the other files' text. Exit 1 if any match.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus86", "corpus87", "corpus88", "corpus89"}


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
    mine = {}
    for p in sorted((HERE / "articles").iterdir()):
        for g in grams(words(p), n):
            mine.setdefault(g, set()).add(p.name)
    others = [p for d in sorted(TESTS.glob("corpus*")) if d.name not in EXCLUDED
              for p in sorted((d / "articles").glob("*")) if p.is_file()]
    others += sorted(p for p in SHARED_SEEDS.glob("*") if p.is_file())
    hits = {}
    for p in others:
        for g in grams(words(p), n) & mine.keys():
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}")
    for g in sorted(hits):
        print(f"{g!r}: ours {sorted(mine[g])} | theirs {sorted(hits[g])[:4]}{' ...' if len(hits[g]) > 4 else ''}")
    print(f"{len(others)} earlier files compared; {len(hits)} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
