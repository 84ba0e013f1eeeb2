#!/usr/bin/env python3
"""Copy check for corpus75: word n-grams of our articles against earlier material.

Usage: python3 tests/corpus75/copycheck.py [N]     (default N = 7)

Compares the word N-grams (lowercase, punctuation stripped; HTML with its tags removed,
script and JSON-LD text kept) of every file in articles/ with those of all files in
../corpus*/articles/ (without corpus74 ... corpus77, which other helpers write at the same
time) and ../../../shared/seeds/ (resolved as /work/shared/seeds when present).
Prints only the matching phrases and the names of the files involved; never prints other
text of the earlier files. Exit status 0 when nothing matches, 1 otherwise.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXCLUDED = {"corpus74", "corpus75", "corpus76", "corpus77"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    text = text.lower()
    text = re.sub(r"[^\w]+", " ", text)
    return text.split()


def ngrams(tokens, n):
    return {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def earlier_files():
    tests = HERE.parent
    for d in sorted(tests.glob("corpus*")):
        if d.name in EXCLUDED or not d.is_dir():
            continue
        art = d / "articles"
        if art.is_dir():
            yield from sorted(p for p in art.iterdir() if p.is_file())
    for seeds in (tests.parent.parent / "shared" / "seeds", Path("/work/shared/seeds")):
        if seeds.is_dir():
            yield from sorted(p for p in seeds.iterdir() if p.is_file())
            break


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {p.name: ngrams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    hits = []
    count = 0
    for other in earlier_files():
        theirs = ngrams(words(other), n)
        for name, grams in ours.items():
            for g in sorted(grams & theirs):
                hits.append((g, name, f"{other.parent.parent.name}/{other.parent.name}/{other.name}"))
        count += 1
    seen = {}
    for g, ours_name, other in hits:
        seen.setdefault((g, ours_name), []).append(other)
    for (g, ours_name), others in sorted(seen.items()):
        print(f"{g!r}  in {ours_name}  ~ {', '.join(others[:3])}{' …' if len(others) > 3 else ''}")
    print(f"{len(seen)} matching {n}-gram(s) against {count} earlier files")
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
