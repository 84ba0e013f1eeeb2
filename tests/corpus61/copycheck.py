#!/usr/bin/env python3
"""Copy check for corpus61: word n-grams (default 7) of this corpus's articles compared against
every earlier article (tests/corpus*/articles/, without corpus58-61) and ../shared/seeds/.

Words: lowercase, punctuation stripped (everything that is not a letter or digit splits words).
HTML: tags removed, entities decoded; the text of <script> (also JSON-LD) and <style> is kept.
Prints only the matching phrases and the file names, never other text of earlier files.

Usage: python3 tests/corpus61/copycheck.py [N]      (exit 0 = no matching n-gram)
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus58", "corpus59", "corpus60", "corpus61"}


def words(path):
    text = path.read_bytes().decode("utf-8", errors="ignore")
    if path.suffix.lower() in (".html", ".htm"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return re.sub(r"[\W_]+", " ", text.lower()).split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def earlier_files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or not re.fullmatch(r"corpus\d*", d.name):
            continue
        art = d / "articles"
        if art.is_dir():
            yield from sorted(p for p in art.iterdir() if p.is_file())
    if SEEDS.is_dir():
        yield from sorted(p for p in SEEDS.iterdir() if p.is_file())


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {}
    for p in sorted((HERE / "articles").iterdir()):
        for g in grams(words(p), n):
            mine.setdefault(g, set()).add(p.name)
    hits = {}
    count = 0
    for p in earlier_files():
        count += 1
        for g in grams(words(p), n) & mine.keys():
            hits.setdefault(g, set()).add(f"{p.parent.parent.name}/{p.name}" if p.parent.name == "articles" else f"seeds/{p.name}")
    print(f"compared {len(mine)} {n}-grams of {len(list((HERE / 'articles').iterdir()))} articles with {count} earlier files")
    for g in sorted(hits):
        print(f"MATCH {g!r}: ours {', '.join(sorted(mine[g]))}; earlier {', '.join(sorted(hits[g]))}")
    print(f"{len(hits)} matching {n}-gram(s)")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
