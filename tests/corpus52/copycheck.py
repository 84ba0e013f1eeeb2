#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus52/copycheck.py [N]   (default N = 7)

Compares word N-grams (lowercase, punctuation stripped; HTML with tags removed, script and
JSON-LD text kept) of articles/ with every file in ../corpus*/articles/ (corpus50-53 excluded:
they are written at the same time) and ../../../shared/seeds/. Prints only the matching
phrases and the file names, never the earlier texts. Exit status 1 when something matches.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus50", "corpus51", "corpus52", "corpus53"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(path, n):
    w = words(path)
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or not (d / "articles").is_dir():
            continue
        files += [p for p in sorted((d / "articles").iterdir()) if p.is_file()]
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        files += [p for p in sorted(seeds.iterdir()) if p.is_file()]
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p.name: grams(p, n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    index = {}
    for name, g in mine.items():
        for x in g:
            index.setdefault(x, set()).add(name)
    others = earlier_files()
    hits = {}
    for p in others:
        for x in grams(p, n) & index.keys():
            hits.setdefault(x, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else f"shared/seeds/{p.name}")
    for x in sorted(hits):
        print(f"{x!r}: ours {', '.join(sorted(index[x]))} | earlier {', '.join(sorted(hits[x]))}")
    print(f"{len(others)} earlier files compared; {len(hits)} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
