#!/usr/bin/env python3
"""Name check: are any invented names of this corpus already used in earlier material?

Usage: python3 tests/corpus54/namecheck.py

Reads invented_names.txt (one name per line, '#' lines ignored) and searches each name,
case-insensitively as a fixed string, in every file of every earlier corpus folder in tests/
(articles, gold, README, scripts; corpus54-57 excluded, they are written at the same time)
and in ../../../shared/. Prints only the names found and the files they occur in.
Exit status 0 when none is found, 1 otherwise. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus54", "corpus55", "corpus56", "corpus57"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.lstrip().startswith("#")]
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED and d.resolve() != HERE:
            files += [p for p in d.rglob("*") if p.is_file()]
    if SHARED.is_dir():
        files += [p for p in SHARED.rglob("*") if p.is_file()]
    found = 0
    for p in files:
        try:
            text = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for n in names:
            if n.lower() in text:
                found += 1
                print(f"found {n!r} in {p.relative_to(TESTS.parent.parent) if SHARED in p.parents else p.relative_to(TESTS)}")
    print(f"searched {len(names)} invented names in {len(files)} files: {found} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
