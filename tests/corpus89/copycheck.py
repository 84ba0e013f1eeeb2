#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier corpora and the seeds.

Usage: python3 tests/corpus89/copycheck.py [N]     (N = n-gram length, default 7)

Text: lowercase, punctuation stripped; for HTML the tags are removed but script and JSON-LD
text is kept. Compared against every file in ../corpus*/articles/ (corpus86-89 excluded: they
are written at the same time) and ../../../shared/seeds/. Prints only the matching phrases and
file names, never any other text of the earlier files. Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = re.compile(r"^corpus(86|87|88|89)$")


def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    t = t.lower()
    t = re.sub(r"[^\w\s]", "", t)
    return t.split()


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    own = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    others = []
    for d in sorted(TESTS.glob("corpus*")):
        if not d.is_dir() or EXCLUDE.match(d.name) or d == HERE:
            continue
        others += [p for p in sorted((d / "articles").glob("*")) if p.is_file()]
    others += [p for p in sorted((SHARED / "seeds").glob("*")) if p.is_file()]
    found = {}
    for p in others:
        g = grams(words(p), n)
        for name, mine in own.items():
            for phrase in mine & g:
                found.setdefault((name, phrase), []).append(f"{p.parent.parent.name}/{p.name}")
    for (name, phrase), where in sorted(found.items()):
        print(f"{name}: \"{phrase}\"  <- {', '.join(where[:3])}{' …' if len(where) > 3 else ''}")
    print(f"compared with {len(others)} files; {len(found)} matching {n}-grams")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
