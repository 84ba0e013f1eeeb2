#!/usr/bin/env python3
"""Copy check: word n-grams (default 7; lowercase, punctuation stripped; HTML with the tags
removed but script and JSON-LD text kept) of this corpus's articles compared against every
file in the earlier corpora's articles/ folders (tests/corpus*/articles/, except
corpus194-197) and ../shared/seeds/. Prints only the matching phrases and file names.

Usage: python3 tests/corpus197/copycheck.py [N]
Exit status 1 when a match is found. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDE = {"corpus194", "corpus195", "corpus196", "corpus197"}


def words(path):
    text = path.read_bytes().decode("utf-8", errors="ignore")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)  # tags go, script/JSON-LD text stays
        text = html.unescape(text)
    text = re.sub(r"[\W_]+", " ", text.lower())
    return text.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def others():
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDE or not (d / "articles").is_dir():
            continue
        for p in sorted((d / "articles").iterdir()):
            if p.is_file():
                yield p
    if SEEDS.is_dir():
        for p in sorted(SEEDS.iterdir()):
            if p.is_file():
                yield p


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {}
    for p in sorted((HERE / "articles").iterdir()):
        if p.suffix in (".txt", ".html"):
            for g in grams(words(p), n):
                mine.setdefault(g, set()).add(p.name)
    hits = {}
    count = 0
    for p in others():
        count += 1
        for g in grams(words(p), n) & mine.keys():
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}")
    for g in sorted(hits):
        print(f"{g!r}: ours {', '.join(sorted(mine[g]))} | theirs {', '.join(sorted(hits[g])[:3])}"
              + (f" (+{len(hits[g]) - 3})" if len(hits[g]) > 3 else ""))
    print(f"{n}-grams: {len(hits)} matching, compared against {count} files")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
