#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus81/copycheck.py [N]      (N = n-gram length, default 7)

Compares the word N-grams (lowercase, punctuation stripped; for HTML the tags are
removed but script and JSON-LD text is kept) of every file in articles/ with those
of all files in ../corpus*/articles/ (except corpus78 to corpus81, written at the
same time) and ../../../shared/seeds/ (that is /work/shared/seeds/).
Prints only the matching phrases and the file names, never other text of the
earlier files. Exit status 0 when nothing matches, 1 otherwise. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus78", "corpus79", "corpus80", "corpus81"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)  # tags go, script / JSON-LD text stays
        text = html.unescape(text)
    text = text.lower()
    text = re.sub(r"[\u2010-\u2015/\-]", " ", text)  # dashes and slashes separate words
    text = re.sub(r"[^\w\s]", "", text)  # other punctuation is dropped
    return text.split()


def ngrams(tokens, n):
    return {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or not (d / "articles").is_dir():
            continue
        files += [p for p in sorted((d / "articles").rglob("*")) if p.is_file()]
    if SHARED_SEEDS.is_dir():
        files += [p for p in sorted(SHARED_SEEDS.rglob("*")) if p.is_file()]
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {p.name: ngrams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    all_ours = set().union(*ours.values())
    hits = {}
    files = earlier_files()
    for p in files:
        common = ngrams(words(p), n) & all_ours
        for g in common:
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else f"shared/seeds/{p.name}")
    for g in sorted(hits):
        mine = [name for name, grams in ours.items() if g in grams]
        print(f"{g!r}  in {', '.join(mine)}  <- {', '.join(sorted(hits[g])[:3])}"
              + (f" (+{len(hits[g]) - 3} more)" if len(hits[g]) > 3 else ""))
    print(f"{len(hits)} matching {n}-gram(s) against {len(files)} earlier files")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
