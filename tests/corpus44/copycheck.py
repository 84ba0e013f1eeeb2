#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier corpora and the seeds.

Usage: python3 tests/corpus44/copycheck.py [N]   (N = n-gram length, default 7)

Text is lowercased, HTML tags are removed (script and JSON-LD text stays in), punctuation is
stripped. Compared against every file in ../corpus*/articles/ (except this corpus and
corpus42, corpus43, corpus45, which are written at the same time) and ../../../shared/seeds/.
Prints only the matching phrases and file names. Exit status 1 when something matches.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus42", "corpus43", "corpus44", "corpus45"}


def words(text):
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.lower()
    text = re.sub(r"[^\w\s]", " ", text)
    return text.split()


def grams(text, n):
    w = words(text)
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {}
    for p in sorted((HERE / "articles").iterdir()):
        for g in grams(p.read_text(encoding="utf-8", errors="replace"), n):
            mine.setdefault(g, set()).add(p.name)
    others = [p for d in sorted(TESTS.glob("corpus*")) if d.name not in SKIP and (d / "articles").is_dir()
              for p in sorted((d / "articles").iterdir()) if p.is_file()]
    others += [p for p in sorted((SHARED / "seeds").iterdir()) if p.is_file()]
    hits = 0
    for p in others:
        found = grams(p.read_text(encoding="utf-8", errors="replace"), n) & set(mine)
        for g in sorted(found):
            hits += 1
            print(f"{g!r}: {', '.join(sorted(mine[g]))} <-> {p.relative_to(TESTS.parent.parent)}")
    print(f"{len(others)} files compared, {hits} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
