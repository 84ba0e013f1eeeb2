#!/usr/bin/env python3
"""Copy check for tests/corpus87: word n-grams shared with earlier articles.

Usage: python3 tests/corpus87/copycheck.py [N]        (N = n-gram length, default 7)
Builds word N-grams (lowercase, punctuation stripped; for HTML the tags are removed, the
text of <script> and JSON-LD blocks is kept) of every file in articles/ and compares them
with every file in ../corpus*/articles/ (without corpus86-corpus89) and ../shared/seeds/
beside the checkout. Prints only the matching phrases and the file names, never other text
of the earlier files. Exit status 1 when a match is found. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus86", "corpus87", "corpus88", "corpus89"}


def words(path):
    text = path.read_bytes().decode("utf-8", errors="ignore")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    text = text.lower()
    return re.findall(r"\w+", text)


def grams(path, n):
    w = words(path)
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def earlier_files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED and (d / "articles").is_dir():
            yield from sorted(p for p in (d / "articles").iterdir() if p.is_file())
    if SHARED_SEEDS.is_dir():
        yield from sorted(p for p in SHARED_SEEDS.rglob("*") if p.is_file())


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p.name: grams(p, n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    index = {}
    for name, gs in mine.items():
        for g in gs:
            index.setdefault(g, set()).add(name)
    found = {}
    count = 0
    for p in earlier_files():
        count += 1
        for g in grams(p, n) & index.keys():
            found.setdefault(g, set()).add(str(p.relative_to(TESTS)))
    for g in sorted(found):
        print(f"{g!r}  mine: {', '.join(sorted(index[g]))}  earlier: {', '.join(sorted(found[g])[:4])}"
              + (f" (+{len(found[g]) - 4})" if len(found[g]) > 4 else ""))
    print(f"{len(found)} matching {n}-grams against {count} earlier files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
