#!/usr/bin/env python3
"""Copy check for corpus100: word n-grams of our articles against earlier articles.

Usage: python3 tests/corpus100/copycheck.py [N]      (default N = 7)

Compares word N-grams (lowercase, punctuation stripped; HTML with tags removed, the text of
<script> blocks and JSON-LD kept) of articles/* with every file in ../corpus*/articles/
(corpus98-corpus101 excluded: written at the same time by other helpers, or our own) and
../../../shared/seeds/. Prints only the matching phrases and the file names, never the
earlier texts. Exit status 1 when anything matches. Standard library only.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus98", "corpus99", "corpus100", "corpus101"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = text.replace("&amp;", "&").replace("&nbsp;", " ")
    text = text.lower()
    return re.findall(r"[^\W_]+", text)


def grams(tokens, n):
    return {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    others = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDED
              for p in sorted((d / "articles").glob("*")) if p.is_file()]
    if SHARED_SEEDS.is_dir():
        others += [p for p in sorted(SHARED_SEEDS.iterdir()) if p.is_file()]
    hits = 0
    for other in others:
        g = grams(words(other), n)
        for name, mine in ours.items():
            for phrase in sorted(mine & g):
                hits += 1
                print(f"{name} ~ {other.parent.parent.name}/{other.name}: {phrase}")
    print(f"compared {len(ours)} articles with {len(others)} files at {n} words: {hits} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
