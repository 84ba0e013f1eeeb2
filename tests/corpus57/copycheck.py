#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus57/copycheck.py [N]   (default N = 7)

Compares the word N-grams (lowercase, punctuation stripped; for HTML the tags are
removed but script and JSON-LD text is kept) of articles/* with every file in
../corpus*/articles/ (corpus54-corpus57 excluded: written at the same time) and
../../../shared/seeds/ (resolved as /work/shared/seeds when that exists).
Prints only the matching phrases and the file names, never other text of the
earlier files. Standard library only.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXCLUDE = {"corpus54", "corpus55", "corpus56", "corpus57"}


def words(text, is_html):
    if is_html:
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        import html
        text = html.unescape(text)
    text = text.lower()
    text = re.sub(r"[^\w\s]", " ", text)
    return text.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def load(path):
    try:
        t = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return words(t, path.suffix.lower() in (".html", ".htm"))


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {}
    for p in sorted((HERE / "articles").iterdir()):
        if p.is_file():
            mine[p.name] = grams(load(p), n)
    others = []
    for d in sorted(HERE.parent.glob("corpus*/articles")):
        if d.parent.name in EXCLUDE:
            continue
        others += [p for p in sorted(d.rglob("*")) if p.is_file()]
    shared = Path("/work/shared/seeds")
    if not shared.exists():
        shared = HERE.parent.parent.parent / "shared" / "seeds"
    others += [p for p in sorted(shared.rglob("*")) if p.is_file()]
    total = 0
    for p in others:
        g = grams(load(p), n)
        for name, mg in mine.items():
            common = sorted(mg & g)
            for phrase in common:
                total += 1
                print(f"{name} ~ {p.parent.parent.name}/{p.name}: {phrase}")
    print(f"compared {len(mine)} articles with {len(others)} files: {total} matching {n}-grams")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
