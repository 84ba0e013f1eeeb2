#!/usr/bin/env python3
"""Copy check: word n-grams of this corpus's articles against all earlier articles and the seeds.

Usage: python3 tests/corpus38/copycheck.py [N]   (default N = 7)
Prints only the matching phrases and the names of the earlier files they occur in.
Text is lowercased and punctuation stripped; for HTML the tags are removed but the text of
<script> blocks (JSON-LD included) is kept. corpus38-41 (this corpus and its siblings) are skipped.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus38", "corpus39", "corpus40", "corpus41"}


def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return re.findall(r"\w+", t.lower())


def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    ours = {}
    for p in sorted((HERE / "articles").iterdir()):
        if p.is_file():
            for g in grams(words(p), n):
                ours.setdefault(g, set()).add(p.name)
    others = [p for d in sorted(TESTS.glob("corpus*/articles")) if d.parent.name not in SKIP
              for p in sorted(d.rglob("*")) if p.is_file()]
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        others += [p for p in sorted(seeds.rglob("*")) if p.is_file()]
    hits = {}
    for p in others:
        for g in grams(words(p), n) & ours.keys():
            hits.setdefault(g, set()).add(p.relative_to(TESTS.parent.parent).as_posix())
    for g in sorted(hits):
        print(f"{g!r}  ours: {', '.join(sorted(ours[g]))}  earlier: {', '.join(sorted(hits[g]))}")
    print(f"{len(others)} earlier files compared; {len(hits)} matching {n}-grams")


if __name__ == "__main__":
    main()
