#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus66/copycheck.py [N]        (N = n-gram length, default 7)

Compares word N-grams (lowercase, punctuation stripped; for .html the tags are removed but
script and JSON-LD text is kept) of articles/ against every file in ../corpus*/articles/
(corpus66 to corpus69, written at the same time, excluded) and ../../../shared/seeds/.
Prints only the matching phrases and the file names, never the other files' text.
Standard library only. Exit status 0 when nothing matches, 1 otherwise.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDE = {"corpus66", "corpus67", "corpus68", "corpus69"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(tokens, n):
    return {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def others():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDE or not (d / "articles").is_dir():
            continue
        files += sorted(p for p in (d / "articles").iterdir() if p.is_file())
    if SHARED_SEEDS.is_dir():
        files += sorted(p for p in SHARED_SEEDS.iterdir() if p.is_file())
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    files = others()
    hits = {}
    for f in files:
        g = grams(words(f), n)
        for name, mg in mine.items():
            for phrase in sorted(mg & g):
                hits.setdefault((name, phrase), []).append(f"{f.parent.parent.name}/{f.name}")
    for (name, phrase), where in sorted(hits.items()):
        shown = ", ".join(where[:3]) + (f" (+{len(where) - 3} more)" if len(where) > 3 else "")
        print(f"{name}: \"{phrase}\" <- {shown}")
    print(f"compared {len(mine)} articles with {len(files)} files: "
          f"{len(hits)} matching {n}-gram(s)")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
