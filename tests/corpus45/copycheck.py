#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier articles and the seeds.

Usage: python3 tests/corpus45/copycheck.py [N]      (N = 7 by default)
Text is lowercased, HTML tags removed (script and JSON-LD text kept as words), punctuation
stripped. Compared against every file in ../corpus*/articles/ (except this corpus and
corpus42-44, written at the same time by others) and ../../../shared/seeds/. Prints only the
matching phrases and the file names involved. Exit 1 if any n-gram matches.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SKIP = {HERE.name, "corpus42", "corpus43", "corpus44"}


def words(text):
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.lower()
    text = re.sub(r"[^\w\s]", " ", text)
    return text.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def read(p):
    return p.read_bytes().decode("utf-8", errors="ignore")


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    others = []
    for d in sorted(HERE.parent.glob("corpus*")):
        if d.name in SKIP or not (d / "articles").is_dir():
            continue
        others += [p for p in sorted((d / "articles").rglob("*")) if p.is_file()]
    seeds = HERE.parent.parent.parent / "shared" / "seeds"
    others += [p for p in sorted(seeds.rglob("*")) if p.is_file()]
    index = {}
    for p in others:
        for g in grams(words(read(p)), n):
            index.setdefault(g, set()).add(p.parent.parent.name + "/" + p.name if p.parent.name == "articles" else "seeds/" + p.name)
    hits = 0
    for p in sorted((HERE / "articles").iterdir()):
        for g in sorted(grams(words(read(p)), n)):
            if g in index:
                hits += 1
                print(f"{p.name}: '{g}' also in {', '.join(sorted(index[g])[:4])}")
    print(f"copy check: {len(others)} earlier files, {hits} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
