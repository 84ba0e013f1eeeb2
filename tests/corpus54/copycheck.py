#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus54/copycheck.py [N]      (N = n-gram length, default 7)

Compares the word N-grams (lowercase, punctuation stripped; HTML with tags removed,
script and JSON-LD text included) of articles/* with every file in ../corpus*/articles/
(without corpus54-57, which are written at the same time) and ../../../shared/seeds/.
Prints only the matching phrases and the names of the files they occur in, never
the text around them. Exit status 0 when nothing matches, 1 otherwise. Standard library only.
"""
import html
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = TESTS.parent.parent / "shared" / "seeds"
EXCLUDED = {"corpus54", "corpus55", "corpus56", "corpus57"}


def words(text, is_html):
    if is_html:
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)  # tags go, script/JSON-LD text stays
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text).lower()
    text = "".join(ch if (ch.isalnum() or ch.isspace()) else ("" if ch in "'’" else " ") for ch in text)
    text = re.sub(r"(?<=\d) (?=\d)", "", text)  # 1.5 / 1,5 / 10,000 -> one token
    return text.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def load(path):
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {}
    for p in sorted((HERE / "articles").iterdir()):
        if p.is_file():
            mine[p.name] = grams(words(load(p), p.suffix.lower() in (".html", ".htm")), n)
    others = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or d.resolve() == HERE or not (d / "articles").is_dir():
            continue
        others += [p for p in sorted((d / "articles").rglob("*")) if p.is_file()]
    if SHARED_SEEDS.is_dir():
        others += [p for p in sorted(SHARED_SEEDS.rglob("*")) if p.is_file()]
    found = 0
    for o in others:
        og = grams(words(load(o), o.suffix.lower() in (".html", ".htm")), n)
        for name, g in mine.items():
            for phrase in sorted(g & og):
                found += 1
                print(f"{name} <-> {o.parent.parent.name}/{o.name}: {phrase}")
    print(f"compared {len(mine)} articles with {len(others)} files at {n} words: {found} matching {n}-grams")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
