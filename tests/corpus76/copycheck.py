#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus76/copycheck.py [N]   (N = n-gram length, default 7)

Words are lowercased runs of letters/digits (punctuation stripped); for .html files the
tags are removed but script, style and JSON-LD text is kept. Every n-gram of every article
in articles/ is compared with the n-grams of all files in ../corpus*/articles/ (this corpus
and corpus74-77, written at the same time by other helpers, excluded) and of
/work/shared/seeds/. Only the matching phrases and the file names are printed; no other text
of the earlier files is shown. Exit status 0 when nothing matches, 1 otherwise.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = Path("/work/shared/seeds")
EXCLUDED = {"corpus74", "corpus75", "corpus76", "corpus77"}


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
        if d.name in EXCLUDED or not (d / "articles").is_dir():
            continue
        files += sorted(p for p in (d / "articles").iterdir() if p.is_file())
    if SHARED_SEEDS.is_dir():
        files += sorted(p for p in SHARED_SEEDS.iterdir() if p.is_file())
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    others = earlier_files()
    hits = 0
    for other in others:
        og = grams(words(other), n)
        for name, g in mine.items():
            for phrase in sorted(g & og):
                hits += 1
                print(f"{name} ~ {other.parent.parent.name}/{other.name}: {phrase}")
    print(f"{hits} matching {n}-grams ({len(mine)} articles against {len(others)} earlier files)")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
