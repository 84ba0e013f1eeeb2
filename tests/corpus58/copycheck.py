#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus58/copycheck.py [N]   (default N = 7)

Word n-grams (lowercase, punctuation stripped; for HTML the tags are removed but the
text inside <script> (including JSON-LD) and <style> is kept) of every file in
articles/ are compared with the same n-grams of every file in ../corpus*/articles/
(without corpus58 to corpus61, which are written at the same time) and of
../../../shared/seeds/. Prints only the matching phrases and the file names, never
the earlier texts. Exit status 1 when a match is found. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus58", "corpus59", "corpus60", "corpus61"}


def words(path):
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        raw = re.sub(r"(?s)<!--|-->", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.findall(r"\w+", raw.lower())


def grams(tokens, n):
    return {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def earlier_files():
    for d in sorted(TESTS.glob("corpus*")):
        if not d.is_dir() or d.name in EXCLUDED:
            continue
        art = d / "articles"
        if art.is_dir():
            yield from (p for p in sorted(art.rglob("*")) if p.is_file())
    if SHARED_SEEDS.is_dir():
        yield from (p for p in sorted(SHARED_SEEDS.rglob("*")) if p.is_file())


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    index = {}
    for name, gs in mine.items():
        for g in gs:
            index.setdefault(g, set()).add(name)
    hits = {}
    count = 0
    for p in earlier_files():
        for g in grams(words(p), n) & set(index):
            hits.setdefault(g, set()).add(str(p.relative_to(TESTS.parent.parent)) if str(p).startswith(str(TESTS.parent.parent)) else str(p))
    for g in sorted(hits):
        count += 1
        print(f"{g!r}: ours {', '.join(sorted(index[g]))} | earlier {', '.join(sorted(hits[g])[:4])}"
              + (f" (+{len(hits[g]) - 4} more)" if len(hits[g]) > 4 else ""))
    files = sum(1 for _ in earlier_files())
    print(f"{count} matching {n}-gram(s) against {files} earlier files")
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
