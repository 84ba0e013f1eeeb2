#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus32/copycheck.py [N]   (default N = 7)

Compares lowercased, punctuation-stripped word n-grams of every file in articles/ with all
files in ../corpus*/articles/ (without corpus30-33) and ../../../shared/seeds/. HTML: tags
removed, script and JSON-LD text kept. Prints only the matching phrases and file names.
Exit status 1 when any n-gram matches.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus30", "corpus31", "corpus32", "corpus33"}


def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    t = t.lower()
    t = re.sub(r"[^\w]+", " ", t)
    return t.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    others = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in SKIP or not (d / "articles").is_dir():
            continue
        others += [p for p in sorted((d / "articles").iterdir()) if p.is_file()]
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        others += [p for p in sorted(seeds.rglob("*")) if p.is_file()]
    index = {}
    for p in others:
        for g in grams(words(p), n):
            index.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else f"seeds/{p.name}")
    total = 0
    for p in sorted((HERE / "articles").iterdir()):
        hits = sorted(g for g in grams(words(p), n) if g in index)
        for g in hits:
            total += 1
            print(f"{p.name}: '{g}' <- {', '.join(sorted(index[g])[:4])}")
    print(f"compared against {len(others)} files; {total} matching {n}-grams")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
