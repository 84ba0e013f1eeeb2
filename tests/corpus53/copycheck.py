#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus53/copycheck.py [N]      (N = n-gram length, default 7)

Words are lowercased runs of letters/digits (punctuation stripped); for .html the tags
are removed but script, style and JSON-LD text is kept. Compared against every file in
../corpus*/articles/ (corpus50-corpus53, written at the same time, are excluded) and
../../../shared/seeds/. Prints only the matching phrases and the file names, never the
other files' text. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus50", "corpus51", "corpus52", "corpus53"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def others():
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or not (d / "articles").is_dir():
            continue
        for p in sorted((d / "articles").rglob("*")):
            if p.is_file():
                yield p
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        for p in sorted(seeds.rglob("*")):
            if p.is_file():
                yield p


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {}
    for p in sorted((HERE / "articles").glob("*")):
        for g in grams(words(p), n):
            ours.setdefault(g, set()).add(p.name)
    hits = {}
    count = 0
    for p in others():
        count += 1
        for g in grams(words(p), n) & ours.keys():
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else p.name)
    for g in sorted(hits):
        print(f"{g!r}: ours {', '.join(sorted(ours[g]))} | earlier {', '.join(sorted(hits[g])[:4])}"
              + (f" (+{len(hits[g]) - 4})" if len(hits[g]) > 4 else ""))
    print(f"{len(hits)} matching {n}-grams against {count} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
