#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier articles and the seeds.

Usage: python3 tests/corpus51/copycheck.py [N]     (N = n-gram length, default 7)
Text is lowercased and punctuation is stripped; for HTML the tags are removed, but script and
JSON-LD text is kept. Compared against every file in tests/corpus*/articles/ (without
corpus50-corpus53, which are written at the same time) and ../shared/seeds/. Prints only the
matching phrases and the file names; exit status 1 if anything matches. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SEEDS = Path("/work/shared/seeds")
EXCLUDED = {"corpus50", "corpus51", "corpus52", "corpus53"}


def words(path):
    text = path.read_bytes().decode("utf-8", errors="ignore")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    text = re.sub(r"[\W_]+", " ", text.lower())
    return text.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def reference_files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED and re.fullmatch(r"corpus\d*", d.name):
            for p in sorted((d / "articles").glob("*")):
                if p.is_file():
                    yield p
    for p in sorted(SEEDS.glob("*")):
        if p.is_file():
            yield p


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {p: grams(words(p), n) for p in sorted((HERE / "articles").glob("*")) if p.is_file()}
    index = {}
    for p, gs in ours.items():
        for g in gs:
            index.setdefault(g, set()).add(p.name)
    found = {}
    refs = 0
    for ref in reference_files():
        refs += 1
        for g in grams(words(ref), n) & index.keys():
            found.setdefault(g, set()).add(f"{ref.parent.parent.name}/{ref.name}")
    for g in sorted(found):
        print(f"{g!r}: ours {', '.join(sorted(index[g]))} | earlier {', '.join(sorted(found[g]))}")
    print(f"copy check: {n}-grams, {len(ours)} articles against {refs} files, {len(found)} matching")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
