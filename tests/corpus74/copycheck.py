#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus74/copycheck.py [N]      (N = n-gram length, default 7)

Compares word N-grams (lowercase, punctuation stripped; HTML with tags removed, script and
JSON-LD text kept) of articles/* against every file in ../corpus*/articles/ (except the
corpora written at the same time, corpus74-corpus77) and ../../../shared/seeds/.
Prints only the matching phrases and the names of the files they occur in, never other
text of the earlier files. Exit status 0 when nothing matches, 1 otherwise. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
SKIP = {"corpus74", "corpus75", "corpus76", "corpus77"}


def words(raw, is_html):
    if is_html:
        raw = re.sub(r"<[^>]+>", " ", raw)      # tags go, script/JSON-LD text stays
        raw = html.unescape(raw)
    raw = raw.lower()
    raw = re.sub(r"[^\w\s]", " ", raw)          # punctuation stripped
    return raw.split()


def grams(path, n):
    raw = path.read_text(encoding="utf-8", errors="replace")
    w = words(raw, path.suffix.lower() in (".html", ".htm"))
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p.name: grams(p, n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    others = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in SKIP or not (d / "articles").is_dir():
            continue
        others += [p for p in sorted((d / "articles").iterdir()) if p.is_file()]
    if SHARED_SEEDS.is_dir():
        others += [p for p in sorted(SHARED_SEEDS.iterdir()) if p.is_file()]
    hits = 0
    for other in others:
        og = grams(other, n)
        for name, g in mine.items():
            for phrase in sorted(g & og):
                hits += 1
                print(f"{name} <-> {other.parent.parent.name}/{other.name}: {phrase}")
    print(f"{len(others)} earlier files compared; {hits} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
