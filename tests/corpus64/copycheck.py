#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier corpora and the seeds.

Usage: python3 tests/corpus64/copycheck.py [N]   (default 7)
Compares lowercase word n-grams (punctuation stripped; HTML tags removed, script and JSON-LD
text kept) of articles/* with every file in tests/corpus*/articles/ (except this corpus and
corpus62, corpus63, corpus65, written at the same time by others) and shared/seeds/.
Prints only the matching phrases and the file names. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus62", "corpus63", "corpus64", "corpus65"}


def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    t = re.sub(r"[^\w\s]", " ", t.lower())
    return t.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    mine = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    others = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE
              for p in sorted((d / "articles").glob("*")) if p.is_file()]
    others += [p for p in sorted((SHARED / "seeds").glob("*")) if p.is_file()]
    hits = 0
    for o in others:
        og = grams(words(o), n)
        for name, g in mine.items():
            for phrase in sorted(g & og):
                hits += 1
                print(f"{name} ~ {o.parent.parent.name}/{o.name}: {phrase}")
    print(f"{len(others)} files compared, {hits} matching {n}-grams")
    return 0


if __name__ == "__main__":
    sys.exit(main())
