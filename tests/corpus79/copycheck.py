#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus79/copycheck.py [N]      (N = n-gram length, default 7)

Texts are lowercased and split into words (punctuation stripped); for .html files
the tags are removed but the text of <script> blocks and JSON-LD is kept. Every
n-gram of articles/ is looked up in all files of ../corpus*/articles/ (without
corpus78 ... corpus81, which are written at the same time, and without this corpus)
and of ../../../shared/seeds/. Only the matching phrases and the file names are
printed; the other texts are never shown. Exit status 0. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus78", "corpus79", "corpus80", "corpus81"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="ignore")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)   # tags go, script/JSON-LD text stays
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def others():
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or not (d / "articles").is_dir():
            continue
        yield from sorted(p for p in (d / "articles").iterdir() if p.is_file())
    if SHARED_SEEDS.is_dir():
        yield from sorted(p for p in SHARED_SEEDS.iterdir() if p.is_file())


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    checked, hits = 0, 0
    for other in others():
        checked += 1
        theirs = grams(words(other), n)
        for name, g in mine.items():
            for phrase in sorted(g & theirs):
                hits += 1
                print(f"{name} ~ {other.parent.parent.name}/{other.name}: {phrase}")
    print(f"{hits} matching {n}-grams against {checked} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
