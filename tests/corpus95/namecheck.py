#!/usr/bin/env python3
"""Name check: are any of our invented names already used in earlier material?

Usage: python3 tests/corpus95/namecheck.py

Searches case-insensitively (fixed strings) for every name in invented_names.txt in
every file of every earlier corpus folder (../corpus, ../corpus2 ... except
corpus94-97, written at the same time) and in ../../../shared/. Prints only the
names found and the file names. Exit status 0 when none is found, 1 otherwise.
Standard library only.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus94", "corpus95", "corpus96", "corpus97"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def files():
    roots = [d for d in sorted(TESTS.glob("corpus*"))
             if d.is_dir() and d.name not in SKIP and re.fullmatch(r"corpus\d*", d.name)]
    roots.append(SHARED)
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                yield p


def main():
    wanted = {n: n.casefold() for n in names()}
    found = {}
    count = 0
    for p in files():
        count += 1
        text = p.read_bytes().decode("utf-8", errors="replace").casefold()
        for n, low in wanted.items():
            if low in text:
                found.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)))
    for n, where in found.items():
        print(f"{n!r} found in: {', '.join(where)}")
    print(f"{len(found)} of {len(wanted)} invented names found in {count} earlier files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
