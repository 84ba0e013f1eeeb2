#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier corpora and the seeds.

Usage: python3 tests/corpus40/copycheck.py [N]   (default 7)
Lowercased, punctuation stripped; HTML with tags removed but script and JSON-LD text kept.
Prints only matching phrases and the file names they occur in. Compares against
../corpus*/articles/ (not corpus38-41) and ../../../shared/seeds/.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SEEDS = TESTS.parent.parent / "shared" / "seeds"
SKIP = {"corpus38", "corpus39", "corpus40", "corpus41"}


def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
        import html
        t = html.unescape(t)
    t = t.lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return t.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    others = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in SKIP or not (d / "articles").is_dir():
            continue
        others += [p for p in (d / "articles").iterdir() if p.is_file()]
    if SEEDS.is_dir():
        others += [p for p in SEEDS.rglob("*") if p.is_file()]
    index = {}
    for p in others:
        for g in grams(words(p), n):
            index.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else f"seeds/{p.name}")
    total = 0
    for p in sorted((HERE / "articles").iterdir()):
        hits = sorted(g for g in grams(words(p), n) if g in index)
        for g in hits:
            print(f"{p.name}: '{g}'  <- {', '.join(sorted(index[g])[:3])}")
        total += len(hits)
    print(f"compared against {len(others)} files; {total} matching {n}-grams")


if __name__ == "__main__":
    main()
