#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus86/copycheck.py [N]      (N = n-gram length, default 7)

Compares word N-grams (lowercase, punctuation stripped; for HTML the tags are
removed, script and JSON-LD text is kept) of articles/* with every file in
../corpus*/articles/ (except corpus86-corpus89, written at the same time) and
../../../shared/seeds/. Prints only the matching phrases and the file names,
never the text of the other files. Exit status 1 when something matches.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus86", "corpus87", "corpus88", "corpus89"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def ngrams(tokens, n):
    return {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def reference_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or not (d / "articles").is_dir():
            continue
        files += sorted(p for p in (d / "articles").iterdir() if p.is_file())
    if SEEDS.is_dir():
        files += sorted(p for p in SEEDS.iterdir() if p.is_file())
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p.name: ngrams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    wanted = set().union(*mine.values())
    found = {}
    refs = reference_files()
    for ref in refs:
        for g in ngrams(words(ref), n) & wanted:
            found.setdefault(g, set()).add(f"{ref.parent.parent.name}/{ref.name}" if ref.parent.name == "articles" else f"shared/seeds/{ref.name}")
    total = 0
    for name, grams in mine.items():
        hits = sorted(grams & set(found))
        for g in hits:
            total += 1
            print(f"{name}: \"{g}\"  <- {', '.join(sorted(found[g]))}")
    print(f"{len(refs)} reference files; {total} matching {n}-grams")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
