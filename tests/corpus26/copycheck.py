#!/usr/bin/env python3
"""Copy check: word n-grams (default 7) of corpus26 articles vs earlier corpora and the seeds.

Usage: python3 tests/corpus26/copycheck.py [N]
Lowercased, punctuation stripped; for HTML, tags removed but script and JSON-LD text kept.
Prints only matching phrases and file names. corpus26-29 are excluded.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus26", "corpus27", "corpus28", "corpus29"}


def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
    t = t.lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return t.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    others = []
    for d in sorted(TESTS.glob("corpus*/articles")):
        if d.parent.name in EXCLUDE:
            continue
        others += [p for p in d.iterdir() if p.is_file()]
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        others += [p for p in seeds.rglob("*") if p.is_file()]
    index = {}
    for p in others:
        for g in grams(words(p), n):
            index.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else f"seeds/{p.name}")
    total = 0
    for p in sorted((HERE / "articles").iterdir()):
        hits = sorted(g for g in grams(words(p), n) if g in index)
        for g in hits:
            total += 1
            print(f"{p.name}: '{g}' <- {', '.join(sorted(index[g])[:3])}")
    print(f"compared against {len(others)} files; {total} matching {n}-grams")


if __name__ == "__main__":
    main()
