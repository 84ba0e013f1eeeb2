#!/usr/bin/env python3
"""Copy check for corpus83: word n-grams of our articles against earlier material.

Usage: python3 tests/corpus83/copycheck.py [N]      (N = n-gram length, default 7)

Word n-grams (lowercase, punctuation stripped; HTML with tags removed, script and
JSON-LD text included) of every file in articles/ are compared against all files in
../corpus*/articles/ (corpus82-corpus85 excluded: written at the same time by other
helpers) and ../../../shared/seeds/. Prints only the matching phrases and the file
names they occur in, never other text. Exit status 0 when nothing matches, 1 otherwise.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus82", "corpus83", "corpus84", "corpus85"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)     # tags removed, script/JSON-LD text kept
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def reference_files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED and (d / "articles").is_dir():
            yield from sorted(p for p in (d / "articles").iterdir() if p.is_file())
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        yield from sorted(p for p in seeds.rglob("*") if p.is_file())


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {}
    for p in sorted((HERE / "articles").iterdir()):
        for g in grams(words(p), n):
            ours.setdefault(g, set()).add(p.name)
    hits = {}
    count = 0
    for ref in reference_files():
        count += 1
        for g in grams(words(ref), n) & ours.keys():
            hits.setdefault(g, set()).add(str(ref.relative_to(TESTS.parent.parent)) if ref.is_relative_to(TESTS.parent.parent) else ref.name)
    for g in sorted(hits):
        print(f"{g!r}: ours {', '.join(sorted(ours[g]))} | theirs {', '.join(sorted(hits[g])[:4])}"
              + (f" (+{len(hits[g]) - 4})" if len(hits[g]) > 4 else ""))
    print(f"{len(hits)} matching {n}-gram(s) against {count} files")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
