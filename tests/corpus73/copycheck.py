#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus73/copycheck.py [N]      (N = n-gram length, default 7)

Compares word N-grams (lowercase, punctuation stripped; HTML with tags removed, script
and JSON-LD text included) of every file in articles/ against all files in
../corpus*/articles/ (except corpus70-73, written at the same time) and
../../../shared/seeds/. Prints only the matching phrases and the file names they occur
in, never any other text of the earlier files. Exit status 0 when nothing matches.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus70", "corpus71", "corpus72", "corpus73"}


def words(path):
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)  # tags removed, script/JSON-LD text kept
        raw = html.unescape(raw)
    raw = raw.lower()
    raw = re.sub(r"[^\w\s]", " ", raw)  # punctuation stripped
    return raw.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or not (d / "articles").is_dir():
            continue
        files += [p for p in sorted((d / "articles").iterdir()) if p.is_file()]
    if SHARED_SEEDS.is_dir():
        files += [p for p in sorted(SHARED_SEEDS.iterdir()) if p.is_file()]
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {}
    for p in sorted((HERE / "articles").iterdir()):
        if p.is_file():
            for g in grams(words(p), n):
                mine.setdefault(g, []).append(p.name)
    others = earlier_files()
    hits = {}
    for p in others:
        for g in grams(words(p), n) & mine.keys():
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else f"shared/seeds/{p.name}")
    for g in sorted(hits):
        print(f"{g!r}: ours {', '.join(mine[g])} | earlier {', '.join(sorted(hits[g]))}")
    print(f"{len(hits)} matching {n}-gram(s) against {len(others)} earlier files")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
