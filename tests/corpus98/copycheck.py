#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus98/copycheck.py [N]        (N = n-gram length, default 7)

Compares the word N-grams (lowercase, punctuation stripped; for HTML the tags are removed but
script and JSON-LD text is kept) of every file in articles/ with all files in
../corpus*/articles/ (corpus98-corpus101, written at the same time, are excluded) and
../../../shared/seeds/. Prints only the matching phrases and the file names, never the
surrounding text of the earlier files. Exit status 0 when nothing matches, 1 otherwise.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus98", "corpus99", "corpus100", "corpus101"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(tokens, n):
    return {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    ours = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    refs = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or not (d / "articles").is_dir():
            continue
        refs += [p for p in sorted((d / "articles").iterdir()) if p.is_file()]
    if (SHARED / "seeds").is_dir():
        refs += [p for p in sorted((SHARED / "seeds").iterdir()) if p.is_file()]
    found = {}
    for ref in refs:
        rg = grams(words(ref), n)
        for name, g in ours.items():
            for phrase in g & rg:
                found.setdefault((name, phrase), set()).add(str(ref.relative_to(TESTS.parent.parent)))
    for (name, phrase), where in sorted(found.items()):
        print(f"{name}: \"{phrase}\" <- {', '.join(sorted(where))}")
    print(f"compared {len(ours)} articles with {len(refs)} earlier files at {n} words: "
          f"{len(found)} matching {n}-grams")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
