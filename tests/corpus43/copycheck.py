#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier corpora and the seeds.

Usage: python3 tests/corpus43/copycheck.py [N]   (default N=7)
Compares lowercase word n-grams (punctuation stripped; HTML tags removed, script and JSON-LD
text kept) of articles/* against every file in ../corpus*/articles/ (except corpus42, corpus44,
corpus45 and this corpus) and ../../../shared/seeds/. Prints only the matching phrases and the
file names. Exit 1 when something matches.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDE = {"corpus42", "corpus44", "corpus45", HERE.name}


def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
    t = t.lower()
    t = re.sub(r"[^\w]+", " ", t)
    return t.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    mine = {p: grams(words(p), n) for p in sorted((HERE / "articles").glob("*")) if p.is_file()}
    others = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE
              for p in sorted((d / "articles").glob("*")) if p.is_file()]
    others += [p for p in sorted(SHARED_SEEDS.glob("*")) if p.is_file()]
    hits = 0
    for o in others:
        og = grams(words(o), n)
        for p, g in mine.items():
            common = g & og
            for c in sorted(common):
                hits += 1
                print(f"{p.name} ~ {o.parent.parent.name}/{o.name}: {c}")
    print(f"compared {len(mine)} articles with {len(others)} files at {n} words: {hits} matching n-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
