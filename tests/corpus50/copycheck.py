#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus50/copycheck.py [N]      (N = n-gram length, default 7)

Compares the word N-grams (lowercase, punctuation stripped; for HTML the tags are
removed but script, style and JSON-LD text is kept) of every file in
tests/corpus50/articles/ with those of every file in the earlier corpora's
articles/ folders (tests/corpus*/articles/, EXCLUDING corpus50 to corpus53) and in
../shared/seeds/. Prints only the matching phrases and the file names, never the
earlier texts themselves. Exit status 0 when nothing matches, 1 otherwise.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus50", "corpus51", "corpus52", "corpus53"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    text = text.lower()
    text = re.sub(r"[^\w]+", " ", text)
    return text.split()


def ngrams(tokens, n):
    return {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if not d.is_dir() or d.name in EXCLUDED:
            continue
        art = d / "articles"
        if art.is_dir():
            files += sorted(p for p in art.rglob("*") if p.is_file())
    if SHARED_SEEDS.is_dir():
        files += sorted(p for p in SHARED_SEEDS.rglob("*") if p.is_file())
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p: ngrams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    others = earlier_files()
    index = {}
    for p in others:
        for g in ngrams(words(p), n):
            index.setdefault(g, []).append(p)
    total = 0
    for p, grams in mine.items():
        for g in sorted(grams):
            if g in index:
                total += 1
                where = ", ".join(sorted({f"{q.parent.parent.name}/{q.name}" if q.parent.name == "articles" else q.name for q in index[g]}))
                print(f"{p.name}: \"{g}\"  <- {where}")
    print(f"{total} matching {n}-gram(s) against {len(others)} earlier files")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
