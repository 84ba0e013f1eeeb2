#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier corpora and the seeds.

Usage: python3 tests/corpus27/copycheck.py [N]   (default 7)
Prints only the matching n-grams and the file names they occur in. HTML: tags removed,
script and JSON-LD text kept. Excludes corpus26, corpus27, corpus28, corpus29.
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
    return re.findall(r"[\w]+", t)


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    others = [p for d in sorted(TESTS.glob("corpus*")) if d.name not in EXCLUDE
              for p in sorted((d / "articles").glob("*")) if p.is_file()]
    others += [p for p in sorted((SHARED / "seeds").rglob("*")) if p.is_file()]
    index = {}
    for p in others:
        for g in grams(words(p), n):
            index.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else f"seeds/{p.name}")
    total = 0
    for a in sorted((HERE / "articles").glob("*")):
        hits = sorted(g for g in grams(words(a), n) if g in index)
        for g in hits:
            print(f"{a.name}: {g!r} <- {', '.join(sorted(index[g])[:3])}")
        total += len(hits)
    print(f"compared against {len(others)} files; matching {n}-grams: {total}")


if __name__ == "__main__":
    main()
