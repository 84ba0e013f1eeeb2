#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus63/copycheck.py [N]   (default N = 7)

Compares lowercase word N-grams (punctuation stripped; HTML with tags removed, script and
JSON-LD text kept) of articles/* with every file in ../corpus*/articles/ (without corpus62-65)
and ../../../shared/seeds/. Prints only the matching phrases and the file names, never the
earlier texts. Exit status 0 when nothing matches, 1 otherwise. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = Path("/work/shared/seeds")
EXCLUDE = {"corpus62", "corpus63", "corpus64", "corpus65"}


def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    t = t.lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return t.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    others = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE
              for p in sorted((d / "articles").glob("*")) if p.is_file()]
    if SHARED.is_dir():
        others += [p for p in sorted(SHARED.rglob("*")) if p.is_file()]
    total = 0
    for p in others:
        g = grams(words(p), n)
        for name, mine in ours.items():
            for phrase in sorted(mine & g):
                total += 1
                print(f"{name} <-> {p.parent.parent.name}/{p.name}: {phrase}")
    print(f"compared {len(ours)} articles with {len(others)} files: {total} matching {n}-grams")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
