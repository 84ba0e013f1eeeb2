#!/usr/bin/env python3
"""Copy check for corpus97: word n-grams (default 7) of this corpus's articles against
all earlier articles (../corpus*/articles/, without corpus94-97) and ../../../shared/seeds/.

Usage: python3 tests/corpus97/copycheck.py [N]
Words are lowercased with punctuation stripped; in HTML the tags are removed but the
text of <script> and JSON-LD blocks is kept. Prints only the matching phrases and the
file names they occur in (earlier material is never shown otherwise); exit 1 on a match.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDE = {"corpus94", "corpus95", "corpus96", "corpus97"}


def words(path):
    text = path.read_bytes().decode("utf-8", errors="ignore")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def earlier_files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDE or not (d / "articles").is_dir():
            continue
        for p in sorted((d / "articles").iterdir()):
            if p.is_file():
                yield p
    if SEEDS.is_dir():
        for p in sorted(SEEDS.iterdir()):
            if p.is_file():
                yield p


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {}
    for p in sorted((HERE / "articles").iterdir()):
        if p.suffix in (".txt", ".html"):
            for g in grams(words(p), n):
                mine.setdefault(g, set()).add(p.name)
    hits = {}
    count = 0
    for p in earlier_files():
        count += 1
        for g in grams(words(p), n) & mine.keys():
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}")
    for g in sorted(hits):
        print(f"{g!r}: ours {', '.join(sorted(mine[g]))} | earlier {', '.join(sorted(hits[g])[:4])}"
              + (f" (+{len(hits[g]) - 4})" if len(hits[g]) > 4 else ""))
    print(f"{len(hits)} matching {n}-grams against {count} earlier files")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
