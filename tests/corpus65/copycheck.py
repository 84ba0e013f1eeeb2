#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus65/copycheck.py [N]    (default N = 7)

Compares word N-grams (lowercase, punctuation stripped; for HTML the tags are removed but
script and JSON-LD text is kept) of articles/ against every file in ../corpus*/articles/
(except corpus62-65, written at the same time by others) and ../../../shared/seeds/.
Prints only the matching phrases and the names of the files they occur in, never any other
text of the earlier files. Exit status 1 when a match is found. Standard library only.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus62", "corpus63", "corpus64", "corpus65"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
    text = text.lower()
    text = re.sub(r"[^\w\s]", " ", text)
    return text.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or not (d / "articles").is_dir():
            continue
        files += [p for p in sorted((d / "articles").iterdir()) if p.is_file()]
    if SHARED_SEEDS.is_dir():
        files += [p for p in sorted(SHARED_SEEDS.rglob("*")) if p.is_file()]
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {}
    for p in sorted((HERE / "articles").iterdir()):
        for g in grams(words(p), n):
            mine.setdefault(g, []).append(p.name)
    files = earlier_files()
    hits = {}
    for f in files:
        for g in grams(words(f), n) & set(mine):
            hits.setdefault(g, set()).add(f"{f.parent.parent.name}/{f.name}")
    for g in sorted(hits):
        print(f"{g!r}: ours {', '.join(mine[g])} | earlier {', '.join(sorted(hits[g]))}")
    print(f"{len(hits)} matching {n}-grams against {len(files)} earlier files")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
