#!/usr/bin/env python3
"""Copy check for corpus84: word n-grams of our articles against earlier material.

Usage: python3 tests/corpus84/copycheck.py [N]      (N = n-gram length, default 7)

Compares word N-grams (lowercase, punctuation stripped; HTML with tags removed, script
and JSON-LD text included) of every file in tests/corpus84/articles/ against every
file in tests/corpus*/articles/ (without corpus82 to corpus85, which are written at
the same time) and ../shared/seeds/. Prints only the matching phrases and the file
names, never any other text of the earlier files. Exit status 0 when nothing matches,
1 otherwise. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus82", "corpus83", "corpus84", "corpus85"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
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
    others = earlier_files()
    found = {}
    for p in others:
        g = grams(words(p), n)
        for name, mine in ours.items():
            for phrase in mine & g:
                found.setdefault((name, phrase), []).append(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else f"shared/seeds/{p.name}")
    for (name, phrase), where in sorted(found.items()):
        print(f"{name}: \"{phrase}\" <- {', '.join(where[:4])}{' …' if len(where) > 4 else ''}")
    print(f"{len(others)} earlier files compared; {len(found)} matching {n}-grams")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
