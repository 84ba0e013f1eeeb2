#!/usr/bin/env python3
"""Copy check for corpus69: word n-grams of our articles against earlier material.

Usage: python3 tests/corpus69/copycheck.py [N]     (N = n-gram length, default 7)

Compares word N-grams (lowercase, punctuation stripped; HTML with tags removed,
script and JSON-LD text kept) of articles/* against every file in
../corpus*/articles/ (corpus66-corpus69 excluded: written at the same time)
and ../../../shared/seeds/. Prints only the matching phrases and file names,
never the other files' text. Exit status 0 when nothing matches, else 1.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus66", "corpus67", "corpus68", "corpus69"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"(?s)<!--(.*?)-->", r" \1 ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def others():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or not d.is_dir():
            continue
        files += sorted(p for p in (d / "articles").glob("*") if p.is_file())
    files += sorted(p for p in SHARED_SEEDS.glob("*") if p.is_file())
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {p: grams(words(p), n) for p in sorted((HERE / "articles").glob("*")) if p.is_file()}
    files = others()
    hits = 0
    for other in files:
        og = grams(words(other), n)
        for p, g in ours.items():
            common = sorted(g & og)
            for phrase in common:
                hits += 1
                print(f"{p.name} ~ {other.parent.parent.name}/{other.name}: {phrase}")
    print(f"compared {len(ours)} articles with {len(files)} files at {n} words: {hits} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
