#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus94/copycheck.py [N]      (default N = 7)

Compares word N-grams (lowercase, punctuation stripped; for HTML the tags are removed but the
text of <script> and JSON-LD blocks is kept) of articles/* against every file in
../corpus*/articles/ (this corpus and corpus95-97, written at the same time, excluded) and
../../../shared/seeds/. Prints only the matching phrases and file names, never other text.
Exit status 0 when nothing matches, 1 otherwise. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus94", "corpus95", "corpus96", "corpus97"}


def words(path):
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    raw = raw.lower()
    return re.findall(r"\w+", raw)


def grams(tokens, n):
    return {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    others = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDED
              for p in sorted((d / "articles").glob("*")) if p.is_file()]
    if SHARED_SEEDS.is_dir():
        others += [p for p in sorted(SHARED_SEEDS.iterdir()) if p.is_file()]
    hits = {}
    for p in others:
        g = grams(words(p), n)
        for name, mg in mine.items():
            for phrase in mg & g:
                hits.setdefault((name, phrase), set()).add(str(p.relative_to(TESTS.parent.parent)))
    for (name, phrase), where in sorted(hits.items()):
        print(f"{name}: \"{phrase}\" <- {', '.join(sorted(where)[:3])}{' …' if len(where) > 3 else ''}")
    print(f"compared against {len(others)} files; {len(hits)} matching {n}-grams")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
