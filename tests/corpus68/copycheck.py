#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus68/copycheck.py [N]        (default N = 7)

Compares word N-grams (lowercase, punctuation stripped; for HTML the tags are
removed but script and JSON-LD text is kept) of articles/* against every file in
../corpus*/articles/ (without corpus66-69, which are written at the same time)
and ../../../shared/seeds/. Prints only the matching phrases and file names,
never other text of the earlier files. Exit status 0. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus66", "corpus67", "corpus68", "corpus69"}


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
    earlier = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDED
               for p in sorted((d / "articles").glob("*")) if p.is_file()]
    earlier += sorted(p for p in (SHARED / "seeds").glob("*") if p.is_file())
    index = {}
    for p in earlier:
        for g in grams(words(p), n):
            index.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}")
    total = 0
    for mine in sorted((HERE / "articles").glob("*")):
        hits = sorted(g for g in grams(words(mine), n) if g in index)
        for g in hits:
            where = sorted(index[g])
            print(f"{mine.name}: \"{g}\" <- {', '.join(where[:3])}{' …' if len(where) > 3 else ''} ({len(where)} files)")
        total += len(hits)
    print(f"{len(earlier)} earlier files compared; {total} matching {n}-grams")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
