#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus67/copycheck.py [N]      (N = n-gram length, default 7)

Compares word N-grams (lowercase, punctuation stripped; HTML with tags removed, script and
JSON-LD text kept) of articles/* against every file in ../corpus*/articles/ (without corpus66-69,
which other helpers write at the same time) and ../../../shared/seeds/. Prints only the matching
phrases and the file names they occur in, never the earlier texts. Exit status 1 when a match is
found. Standard library only.
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
    text = path.read_text(encoding="utf-8", errors="ignore")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {}
    for p in sorted((HERE / "articles").iterdir()):
        if p.is_file():
            ours[p.name] = grams(words(p), n)
    others = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or not (d / "articles").is_dir():
            continue
        others += [p for p in sorted((d / "articles").iterdir()) if p.is_file()]
    if SHARED_SEEDS.is_dir():
        others += [p for p in sorted(SHARED_SEEDS.iterdir()) if p.is_file()]
    found = 0
    for p in others:
        g = grams(words(p), n)
        for name, mine in ours.items():
            for phrase in sorted(mine & g):
                found += 1
                print(f"{name} <-> {p.parent.parent.name}/{p.parent.name}/{p.name}: {phrase}")
    print(f"compared {len(ours)} articles against {len(others)} files: {found} matching {n}-grams")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
