#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus58/namecheck.py

Reads invented_names.txt (one name a line, '#' comments) and searches every file in
every earlier corpus folder ../corpus*/ (articles, gold, README, scripts; corpus58 to
corpus61 excluded) and in ../../../shared/ for each name as a case-insensitive fixed
string. Prints only the names found and the file names. Exit status 1 when a name is
found. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus58", "corpus59", "corpus60", "corpus61"}


def names():
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


def files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED:
            yield from (p for p in sorted(d.rglob("*")) if p.is_file())
    if SHARED.is_dir():
        yield from (p for p in sorted(SHARED.rglob("*")) if p.is_file())


def main():
    wanted = list(names())
    found = {}
    n = 0
    for p in files():
        n += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        for name in wanted:
            if name.lower() in text:
                found.setdefault(name, []).append(str(p))
    for name, where in sorted(found.items()):
        print(f"{name!r}: {', '.join(where[:5])}" + (f" (+{len(where) - 5} more)" if len(where) > 5 else ""))
    print(f"{len(found)} of {len(wanted)} invented names found in {n} earlier files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
