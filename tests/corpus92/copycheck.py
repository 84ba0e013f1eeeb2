#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus92/copycheck.py [N]   (default N = 7)

Text is lowercased and split into words (punctuation stripped); for .html files the
tags are removed but the text of <script> blocks (JSON-LD included) is kept. Every
n-gram of articles/ is looked up in all files of ../corpus*/articles/ (corpus90 to
corpus93, written at the same time, and this corpus excluded) and in
/work/shared/seeds/. Only matching phrases and file names are printed, never the
earlier texts. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = Path("/work/shared/seeds")
EXCLUDED = {"corpus90", "corpus91", "corpus92", "corpus93"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="ignore")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"(?is)<!--.*?-->", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def earlier_files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or not (d / "articles").is_dir():
            continue
        yield from sorted(p for p in (d / "articles").iterdir() if p.is_file())
    if SHARED_SEEDS.is_dir():
        yield from sorted(p for p in SHARED_SEEDS.iterdir() if p.is_file())


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    index = {}
    for name, gs in mine.items():
        for g in gs:
            index.setdefault(g, set()).add(name)
    hits = {}
    count = 0
    for p in earlier_files():
        count += 1
        for g in grams(words(p), n) & index.keys():
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else f"seeds/{p.name}")
    for g in sorted(hits):
        print(f"{g!r}: in {', '.join(sorted(index[g]))}; also in {', '.join(sorted(hits[g]))}")
    print(f"{len(hits)} matching {n}-grams ({count} earlier files compared)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
