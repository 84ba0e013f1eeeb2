#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier articles.

Usage: python3 tests/corpus90/copycheck.py [N]   (default N = 7)

Compares word N-grams (lowercase, punctuation stripped; HTML with tags removed, script and
JSON-LD text kept) of articles/* against every file in ../corpus*/articles/ (without corpus90-93,
which other helpers write at the same time) and ../../../shared/seeds/. Prints only the matching
phrases and the file names, never whole earlier texts. Exit status 1 when a match is found.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus90", "corpus91", "corpus92", "corpus93"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(tokens, n):
    return {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if not d.is_dir() or d.name in EXCLUDED:
            continue
        files += [p for p in sorted((d / "articles").glob("*")) if p.is_file()]
    if SHARED_SEEDS.is_dir():
        files += [p for p in sorted(SHARED_SEEDS.rglob("*")) if p.is_file()]
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {}
    for p in sorted((HERE / "articles").glob("*")):
        for g in grams(words(p), n):
            mine.setdefault(g, set()).add(p.name)
    others = earlier_files()
    found = {}
    for p in others:
        for g in grams(words(p), n) & mine.keys():
            found.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}")
    for g in sorted(found):
        print(f"{g!r}: ours {', '.join(sorted(mine[g]))} | earlier {', '.join(sorted(found[g])[:3])}"
              + (f" (+{len(found[g]) - 3})" if len(found[g]) > 3 else ""))
    print(f"{len(found)} matching {n}-gram(s) against {len(others)} earlier files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
