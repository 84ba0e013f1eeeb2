#!/usr/bin/env python3
"""Copy check for this corpus: word n-grams of our articles against earlier material.

Usage: python3 tests/corpus77/copycheck.py [N]      (default N = 7)

Compares word N-grams (lowercase, punctuation stripped; for HTML the tags are
removed but the text of <script> blocks and JSON-LD is kept) of every file in
articles/ against every file in ../corpus*/articles/ (all earlier corpora; the
corpora written at the same time, corpus74 to corpus77, are skipped) and
../../../shared/seeds/. Prints only the matching phrases and the file names,
never the text around them. Standard library only; exit status 0.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus74", "corpus75", "corpus76", "corpus77"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(tokens, n):
    return {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def earlier_files():
    for d in sorted(TESTS.glob("corpus*")):
        if not d.is_dir() or d.name in SKIP:
            continue
        art = d / "articles"
        if art.is_dir():
            yield from (p for p in sorted(art.iterdir()) if p.is_file())
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        yield from (p for p in sorted(seeds.rglob("*")) if p.is_file())


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    found = 0
    files = 0
    for other in earlier_files():
        files += 1
        theirs = grams(words(other), n)
        for name, g in ours.items():
            for phrase in sorted(g & theirs):
                found += 1
                print(f"{name}  <->  {other.relative_to(TESTS.parent.parent)}:  {phrase}")
    print(f"{found} matching {n}-gram(s) against {files} earlier files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
