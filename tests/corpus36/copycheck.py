#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier articles and the seeds.

Usage: python3 tests/corpus36/copycheck.py [N]   (default N = 7)
Lowercase, punctuation stripped; for HTML the tags are removed but script and JSON-LD text
is kept. Compares against every file in tests/corpus*/articles/ (without corpus36 and the
corpora written at the same time: corpus34, corpus35, corpus37) and shared/seeds/.
Prints only matching n-grams and the file names they occur in. Standard library only.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus36", "corpus34", "corpus35", "corpus37"}


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
    for d in sorted(TESTS.glob("corpus*/articles")):
        if d.parent.name in SKIP:
            continue
        others += [p for p in sorted(d.iterdir()) if p.is_file()]
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
            print(f"{p.name}: '{g}'  <- {', '.join(sorted(index[g])[:3])}")
    print(f"compared against {len(others)} files; {total} matching {n}-grams")
    return 0


if __name__ == "__main__":
    sys.exit(main())
