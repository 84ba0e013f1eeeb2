#!/usr/bin/env python3
"""Copy check for this corpus: word n-grams of our articles against earlier material.

Usage: python3 tests/corpus93/copycheck.py [N]      (N = n-gram length, default 7)

Compares word N-grams (lowercase, punctuation stripped; for HTML the tags are removed but
script and JSON-LD text is kept) of every file in articles/ with all files in
../corpus*/articles/ (corpus90 to corpus93 excluded: written at the same time by other
helpers or our own) and ../../../shared/seeds/. Prints only the matching phrases and the
file names, never the text of the other files. Exit status 0 when nothing matches, 1 otherwise.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus90", "corpus91", "corpus92", "corpus93"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(tokens, n):
    return {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or not d.is_dir():
            continue
        files += [p for p in sorted((d / "articles").glob("*")) if p.is_file()]
    if SHARED_SEEDS.is_dir():
        files += [p for p in sorted(SHARED_SEEDS.rglob("*")) if p.is_file()]
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").glob("*")) if p.is_file()}
    all_ours = set().union(*ours.values()) if ours else set()
    others = earlier_files()
    hits = {}
    for p in others:
        for g in grams(words(p), n) & all_ours:
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else p.name)
    for g in sorted(hits):
        mine = sorted(name for name, gs in ours.items() if g in gs)
        print(f"{g!r}: ours {', '.join(mine)}; earlier {', '.join(sorted(hits[g]))}")
    print(f"{len(others)} earlier files compared; {len(hits)} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
