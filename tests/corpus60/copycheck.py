#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus60/copycheck.py [N]   (N = n-gram length, default 7)

Compares word N-grams (lowercase, punctuation stripped; HTML with tags removed,
script and JSON-LD text included) of articles/* against every file in
../corpus*/articles/ (without corpus58-61, written at the same time) and
../../../shared/seeds/. Prints only the matching phrases and the file names,
never the text of earlier files. Exit status 0 when nothing matches, 1 otherwise.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus58", "corpus59", "corpus60", "corpus61"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if not d.is_dir() or d.name in EXCLUDED:
            continue
        art = d / "articles"
        if art.is_dir():
            files += sorted(p for p in art.iterdir() if p.is_file())
    if SHARED_SEEDS.is_dir():
        files += sorted(p for p in SHARED_SEEDS.iterdir() if p.is_file())
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {}
    for p in sorted((HERE / "articles").iterdir()):
        for g in grams(words(p), n):
            ours.setdefault(g, set()).add(p.name)
    others = earlier_files()
    hits = {}
    for p in others:
        for g in grams(words(p), n) & ours.keys():
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}")
    for g in sorted(hits):
        print(f"{g!r}: ours {', '.join(sorted(ours[g]))} | earlier {', '.join(sorted(hits[g]))}")
    print(f"{len(hits)} matching {n}-grams against {len(others)} earlier files")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
