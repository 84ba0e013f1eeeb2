#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus72/copycheck.py [N]      (N = n-gram length, default 7)

Compares the word N-grams (lowercase, punctuation stripped; HTML with tags removed, script and
JSON-LD text kept) of articles/* with those of every file in ../corpus*/articles/ (without the
corpora written at the same time, corpus70-corpus73) and ../../../shared/seeds/. Prints only the
matching phrases and the file names they occur in, never other text. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus70", "corpus71", "corpus72", "corpus73"}


def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"(?s)<!--.*?-->", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    t = t.lower()
    return re.findall(r"[^\W_]+", t)


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDE and (d / "articles").is_dir():
            files += [p for p in sorted((d / "articles").iterdir()) if p.is_file()]
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        files += [p for p in sorted(seeds.rglob("*")) if p.is_file()]
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {}
    for p in sorted((HERE / "articles").iterdir()):
        for g in grams(words(p), n):
            mine.setdefault(g, set()).add(p.name)
    others = earlier_files()
    hits = {}
    for p in others:
        for g in grams(words(p), n) & mine.keys():
            hits.setdefault(g, set()).add(str(p.relative_to(TESTS.parent.parent)) if SHARED in p.parents else str(p.relative_to(TESTS)))
    for g in sorted(hits):
        print(f"{g!r}: ours {', '.join(sorted(mine[g]))} | earlier {', '.join(sorted(hits[g])[:4])}"
              + (f" (+{len(hits[g]) - 4})" if len(hits[g]) > 4 else ""))
    print(f"{len(others)} earlier files compared; {len(hits)} matching {n}-grams")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
