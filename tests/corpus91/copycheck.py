#!/usr/bin/env python3
"""Copy check: word n-grams shared between this corpus and earlier articles.

Usage: python3 tests/corpus91/copycheck.py [N]      (N = 7 by default)
Word n-grams (lowercase, punctuation stripped; for HTML the tags are removed but the
text of scripts and JSON-LD is kept) of articles/* are compared with all files in
tests/corpus*/articles/ (without corpus90-93, written at the same time) and
../shared/seeds/. Prints only the matching phrases and the file names; exit 1 when
any n-gram matches. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = HERE.parents[2] / "shared" / "seeds"
EXCLUDED = {"corpus90", "corpus91", "corpus92", "corpus93"}


def words(raw, is_html):
    if is_html:
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    raw = raw.lower()
    return re.findall(r"[^\W_]+", raw)


def grams(path, n):
    raw = path.read_bytes().decode("utf-8", errors="ignore")
    w = words(raw, path.suffix.lower() in (".html", ".htm"))
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def earlier():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED and (d / "articles").is_dir():
            yield from (p for p in sorted((d / "articles").iterdir()) if p.is_file())
    if SHARED_SEEDS.is_dir():
        yield from (p for p in sorted(SHARED_SEEDS.iterdir()) if p.is_file())


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p: grams(p, n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    hits = 0
    others = 0
    for q in earlier():
        others += 1
        g = grams(q, n)
        for p, pg in mine.items():
            for phrase in sorted(pg & g):
                hits += 1
                print(f"{p.name} ~ {q.parent.parent.name}/{q.name}: {phrase}")
    print(f"{len(mine)} articles against {others} earlier files: {hits} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
