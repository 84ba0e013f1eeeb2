#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus96/copycheck.py [N]      (N = n-gram length, default 7)

Tokens are lowercase words with punctuation stripped (\\w+ runs). HTML files have their
tags removed, but the text inside <script> (also JSON-LD) and <style> is kept. Compared
against every file in ../corpus*/articles/ (except corpus94 to corpus97, written at the
same time by other helpers, and this corpus) and ../../../shared/seeds/.
Prints only the matching phrases and the file names they occur in, never other text.
Exit status 0 when nothing matches, 1 otherwise. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
SKIP = {"corpus94", "corpus95", "corpus96", "corpus97"}


def tokens(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def ngrams(toks, n):
    return {" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in SKIP or not (d / "articles").is_dir():
            continue
        files += sorted(p for p in (d / "articles").iterdir() if p.is_file())
    if SHARED_SEEDS.is_dir():
        files += sorted(p for p in SHARED_SEEDS.iterdir() if p.is_file())
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p.name: ngrams(tokens(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    others = earlier_files()
    hits = {}
    for other in others:
        grams = ngrams(tokens(other), n)
        for name, g in mine.items():
            for phrase in g & grams:
                hits.setdefault((name, phrase), []).append(f"{other.parent.parent.name}/{other.name}")
    for (name, phrase), where in sorted(hits.items()):
        print(f"{name}: \"{phrase}\" <- {', '.join(where[:4])}{' …' if len(where) > 4 else ''}")
    print(f"compared {len(mine)} articles against {len(others)} earlier files: "
          f"{len(hits)} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
