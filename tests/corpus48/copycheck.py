#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier articles and the seeds.

Usage: python3 tests/corpus48/copycheck.py [N]   (default N = 7)
Words are lowercased with punctuation stripped; HTML files have their tags removed (script and
JSON-LD text kept). Compared against every file in ../corpus*/articles/ (except this corpus and
corpus46, corpus47, corpus49, written at the same time) and ../../../shared/seeds/.
Prints only the matching phrases and the file names. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SEEDS = TESTS.parent.parent / "shared" / "seeds"
SKIP = {HERE.name, "corpus46", "corpus47", "corpus49"}


def words(path):
    t = path.read_bytes().decode("utf-8", errors="ignore")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    t = t.lower()
    return re.findall(r"[^\W_]+", t)


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def others():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in SKIP and (d / "articles").is_dir():
            yield from (p for p in sorted((d / "articles").iterdir()) if p.is_file())
    if SEEDS.is_dir():
        yield from (p for p in sorted(SEEDS.rglob("*")) if p.is_file())


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    hits = 0
    count = 0
    for other in others():
        count += 1
        g = grams(words(other), n)
        for name, mg in mine.items():
            for phrase in sorted(mg & g):
                print(f"{name} ~ {other.parent.parent.name}/{other.name}: {phrase}")
                hits += 1
    print(f"{n}-grams: {hits} match(es) against {count} files")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
