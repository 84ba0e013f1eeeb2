#!/usr/bin/env python3
"""Copy check for corpus99: word n-grams of our articles against earlier articles.

Usage: python3 tests/corpus99/copycheck.py [N]   (N = n-gram length, default 7)

Text is lowercased and punctuation is stripped; for .html files the tags are removed but the
text inside <script> (including JSON-LD) is kept. Our articles are compared against every file
in ../corpus*/articles/ (without corpus98-corpus101, which other helpers write at the same time)
and ../../../shared/seeds/. Only matching phrases and the names of the files they occur in are
printed; no earlier article is shown. Exit status 1 when there is any match. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXCLUDE = {"corpus98", "corpus99", "corpus100", "corpus101"}


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


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    others = [p for d in sorted(HERE.parent.glob("corpus*")) if d.name not in EXCLUDE
              for p in sorted((d / "articles").glob("*")) if p.is_file()]
    seeds = HERE.parent.parent.parent / "shared" / "seeds"
    others += [p for p in sorted(seeds.glob("*")) if p.is_file()]
    hits = {}
    for p in others:
        g = grams(words(p), n)
        for name, mine in ours.items():
            for phrase in mine & g:
                hits.setdefault((name, phrase), []).append(f"{p.parent.parent.name}/{p.name}")
    for (name, phrase), where in sorted(hits.items()):
        print(f"{name}: \"{phrase}\" <- {', '.join(where[:3])}{' …' if len(where) > 3 else ''}")
    print(f"compared {len(ours)} articles against {len(others)} files: {len(hits)} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
