#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against earlier material.

Usage: python3 tests/corpus70/copycheck.py [N]      (N = n-gram length, default 7)

Words are lowercased runs of letters/digits (punctuation stripped). HTML files are
compared with their tags removed; script and JSON-LD text is kept. Compared against
every file in ../corpus*/articles/ (except corpus70 to corpus73, written at the same
time by other helpers) and /work/shared/seeds/. Prints only the matching phrases and
the file names, never other article text. Exit status 1 when anything matches.
Standard library only.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED_SEEDS = Path("/work/shared/seeds")
EXCLUDED = {"corpus70", "corpus71", "corpus72", "corpus73"}


def words(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return re.findall(r"\w+", text.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name in EXCLUDED or not (d / "articles").is_dir():
            continue
        files += [p for p in sorted((d / "articles").iterdir()) if p.is_file()]
    if SHARED_SEEDS.is_dir():
        files += [p for p in sorted(SHARED_SEEDS.iterdir()) if p.is_file()]
    return files


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 7
    mine = {p: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    index = {}
    others = earlier_files()
    for p in others:
        for g in grams(words(p), n):
            index.setdefault(g, []).append(p)
    total = 0
    for p, gs in mine.items():
        hits = sorted(g for g in gs if g in index)
        for g in hits:
            total += 1
            where = ", ".join(f"{q.parent.parent.name}/{q.name}" if q.parent.name == "articles" else f"seeds/{q.name}"
                              for q in index[g][:3])
            more = f" (+{len(index[g]) - 3} more)" if len(index[g]) > 3 else ""
            print(f"{p.name}: '{g}' <- {where}{more}")
    print(f"{total} matching {n}-gram(s) against {len(others)} earlier files")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
