#!/usr/bin/env python3
"""Copy check: word n-grams (default 7; lowercase, punctuation stripped, HTML tags removed, script
and JSON-LD text kept) of this corpus's articles against every earlier corpus's articles
(tests/corpus*/articles/, without corpus46-48 and this one) and ../shared/seeds/.
Prints only matching phrases and file names. Usage: python3 tests/corpus49/copycheck.py [N]
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SEEDS = TESTS.parent.parent / "shared" / "seeds"
SKIP = {"corpus46", "corpus47", "corpus48", HERE.name}


def words(path):
    t = path.read_bytes().decode("utf-8", "replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return re.findall(r"\w+", t.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    others = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in SKIP and (d / "articles").is_dir():
            others += [p for p in sorted((d / "articles").iterdir()) if p.is_file()]
    others += [p for p in sorted(SEEDS.iterdir()) if p.is_file() and p.name != "README.md"] if SEEDS.is_dir() else []
    mine = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    found = 0
    for o in others:
        og = grams(words(o), n)
        for name, g in mine.items():
            for phrase in sorted(g & og):
                found += 1
                print(f"{name} ~ {o.parent.parent.name}/{o.name}: {phrase}")
    print(f"{len(others)} files compared, {found} matching {n}-gram(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
