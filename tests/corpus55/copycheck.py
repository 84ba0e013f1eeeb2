#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus55/copycheck.py [N]      (N = n-gram length, default 7)

Compares word N-grams (lowercase, punctuation stripped; for HTML the tags are removed, but
script and JSON-LD text is kept) of articles/* with every file in ../corpus*/articles/
(corpus54 to corpus57 excluded: written at the same time by other helpers) and in
../../../shared/seeds/. Prints only the matching phrases and the file names, never other text
of the earlier files. Exit status 0 when nothing matches, 1 otherwise. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus54", "corpus55", "corpus56", "corpus57"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or not (d / "articles").is_dir():
            continue
        files += sorted(p for p in (d / "articles").iterdir() if p.is_file())
    if SHARED_SEEDS.is_dir():
        files += sorted(p for p in SHARED_SEEDS.iterdir() if p.is_file())
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    all_ours = set().union(*ours.values())
    hits = {}
    others = earlier_files()
    for p in others:
        for g in grams(words(p), n) & all_ours:
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else f"shared/seeds/{p.name}")
    for g in sorted(hits):
        mine = sorted(name for name, gs in ours.items() if g in gs)
        print(f"{g!r}: ours {', '.join(mine)} | earlier {', '.join(sorted(hits[g]))}")
    print(f"{len(hits)} matching {n}-grams against {len(others)} earlier files")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
