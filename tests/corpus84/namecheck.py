#!/usr/bin/env python3
"""Name check for corpus84: are any of our invented names already used in earlier material?

Usage: python3 tests/corpus84/namecheck.py

Reads invented_names.txt (one name a line, '#' comments) and searches every file in every
earlier corpus folder tests/corpus*/ (articles, gold, README, scripts; corpus82 to corpus85,
written at the same time, excluded) and ../shared/ for each name, case-insensitively as a
fixed string. Prints only the name and the files it occurs in. Exit status 0 when no name
is found, 1 otherwise. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus82", "corpus83", "corpus84", "corpus85"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def files():
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDED]
    if SHARED.is_dir():
        roots.append(SHARED)
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                yield p


def main():
    wanted = names()
    hits = {}
    n = 0
    for p in files():
        n += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="replace").lower()
        except OSError:
            continue
        for name in wanted:
            if name.lower() in text:
                hits.setdefault(name, []).append(str(p.relative_to(TESTS.parent.parent) if SHARED in p.parents else p.relative_to(TESTS)))
    for name in wanted:
        if name in hits:
            where = hits[name]
            print(f"FOUND {name!r}: {', '.join(where[:5])}{' …' if len(where) > 5 else ''}")
    print(f"{len(wanted)} invented names checked against {n} files; {len(hits)} found")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
