#!/usr/bin/env python3
"""Copy check: word n-grams (default 7; lowercase, punctuation stripped; HTML with tags removed,
script and JSON-LD text kept) of this corpus's articles against every earlier article in
../corpus*/articles/ (this folder and corpus46/48/49 excluded) and ../../../shared/seeds/.
Prints only the matching phrases and the file names.  Usage: copycheck.py [N]"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SEEDS = (TESTS / ".." / ".." / "shared" / "seeds").resolve()
SKIP = {HERE.name, "corpus46", "corpus48", "corpus49"}


def words(path):
    text = path.read_bytes().decode("utf-8", errors="ignore")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    text = text.lower()
    text = re.sub(r"[^\w\s]", " ", text)
    return text.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def others():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in SKIP and (d / "articles").is_dir():
            yield from sorted(p for p in (d / "articles").rglob("*") if p.is_file())
    yield from sorted(p for p in SEEDS.rglob("*") if p.is_file())


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    mine = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    index = {}
    for name, gs in mine.items():
        for g in gs:
            index.setdefault(g, []).append(name)
    hits = 0
    count = 0
    for p in others():
        count += 1
        for g in grams(words(p), n) & index.keys():
            hits += 1
            print(f"{g!r}: {', '.join(index[g])} ~ {p.relative_to(TESTS.parent.parent)}")
    print(f"compared {len(mine)} articles with {count} files at {n} words: {hits} matching n-gram(s)")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
