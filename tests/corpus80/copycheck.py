#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus80/copycheck.py [N]      (N = n-gram length, default 7)

Compares the word N-grams (lowercase, punctuation stripped; for HTML the tags are removed
but script and JSON-LD text is kept) of articles/* with those of every file in
../corpus*/articles/ (without corpus78-corpus81, written at the same time by others) and
../../../shared/seeds/. Prints only the matching phrases and the file names, never the
other files' text. Exit status 0 when nothing matches, 1 otherwise. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus78", "corpus79", "corpus80", "corpus81"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"(?s)<!--(.*?)-->", r" \1 ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(path, n):
    w = words(path)
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED and (d / "articles").is_dir():
            files += sorted(p for p in (d / "articles").iterdir() if p.is_file())
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        files += sorted(p for p in seeds.iterdir() if p.is_file())
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p.name: grams(p, n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    index = {}
    for name, gs in mine.items():
        for g in gs:
            index.setdefault(g, set()).add(name)
    others = earlier_files()
    hits = {}
    for p in others:
        for g in grams(p, n):
            if g in index:
                hits.setdefault(g, set()).add(str(p.relative_to(TESTS.parent.parent)))
    for g in sorted(hits):
        print(f"{g!r}: ours {', '.join(sorted(index[g]))} | earlier {', '.join(sorted(hits[g]))}")
    print(f"{len(hits)} matching {n}-gram(s) against {len(others)} earlier files")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
