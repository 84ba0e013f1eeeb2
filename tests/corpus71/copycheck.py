#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus71/copycheck.py [N]      (N = n-gram length, default 7)

Compares the word N-grams (lowercase, punctuation stripped; for HTML the tags are
removed while script and JSON-LD text is kept) of articles/* with every file in
../corpus*/articles/ (this corpus and corpus70-73, written at the same time, are
left out) and in ../../../shared/seeds/. Prints only the matching phrases and the
file names, never the earlier texts. Exit status 0 when nothing matches, else 1.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
SKIP = {"corpus70", "corpus71", "corpus72", "corpus73"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    text = text.lower()
    text = re.sub(r"[^\w\s]", " ", text)
    return text.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in SKIP or not (d / "articles").is_dir():
            continue
        files += sorted(p for p in (d / "articles").iterdir() if p.is_file())
    if SHARED_SEEDS.is_dir():
        files += sorted(p for p in SHARED_SEEDS.iterdir() if p.is_file())
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {}
    for p in sorted((HERE / "articles").iterdir()):
        if p.suffix in (".txt", ".html"):
            for g in grams(words(p), n):
                mine.setdefault(g, set()).add(p.name)
    others = earlier_files()
    hits = {}
    for p in others:
        for g in grams(words(p), n):
            if g in mine:
                hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}")
    for g in sorted(hits):
        print(f"{g!r}: ours {', '.join(sorted(mine[g]))} | earlier {', '.join(sorted(hits[g])[:3])}"
              + (f" (+{len(hits[g]) - 3})" if len(hits[g]) > 3 else ""))
    print(f"{len(hits)} matching {n}-grams against {len(others)} earlier files")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
