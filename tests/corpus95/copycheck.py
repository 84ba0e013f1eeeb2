#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier articles.

Usage: python3 tests/corpus95/copycheck.py [N]        (N = n-gram length, default 7)

Compares word N-grams (lowercase, punctuation stripped; for HTML the tags are
removed but script and JSON-LD text is kept) of articles/* with every file in
../corpus*/articles/ (except corpus94-97, written at the same time) and
../../../shared/seeds/. Prints only the matching phrases and the file names,
never the earlier texts. Exit status 0 when nothing matches, 1 otherwise.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus94", "corpus95", "corpus96", "corpus97"}


def words(path):
    text = path.read_bytes().decode("utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in SKIP or not re.fullmatch(r"corpus\d*", d.name):
            continue
        files += sorted(p for p in (d / "articles").glob("*") if p.is_file())
    files += sorted(p for p in (SHARED / "seeds").glob("*") if p.is_file())
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").glob("*")) if p.is_file()}
    all_mine = set().union(*mine.values())
    others = earlier_files()
    hits = {}
    for p in others:
        common = grams(words(p), n) & all_mine
        for g in common:
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}")
    for g in sorted(hits):
        own = [name for name, gs in mine.items() if g in gs]
        print(f"{g!r}: ours {', '.join(own)}; earlier {', '.join(sorted(hits[g]))}")
    print(f"{len(hits)} matching {n}-grams against {len(others)} earlier files")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
