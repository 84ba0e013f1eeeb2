#!/usr/bin/env python3
"""Name check: are any of our invented names already used in earlier material?

Usage: python3 tests/corpus86/namecheck.py

Case-insensitive fixed-string search of every name in invented_names.txt over all
files of every earlier corpus folder (../corpus*/: articles, gold, README, scripts;
corpus86-corpus89 excluded, they are written at the same time) and over
../../../shared/. Prints only the names found and the file names. Exit status 1
when a name is found. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus86", "corpus87", "corpus88", "corpus89"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
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
    wanted = {n: n.lower() for n in names()}
    found = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="replace").lower()
        except OSError:
            continue
        for n, low in wanted.items():
            if low in text:
                found.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent) if SHARED in p.parents else p.relative_to(TESTS)))
    for n, where in sorted(found.items()):
        print(f"{n}: {', '.join(where)}")
    print(f"{len(wanted)} invented names, {count} files searched, {len(found)} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
