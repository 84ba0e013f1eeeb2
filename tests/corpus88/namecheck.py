#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus88/namecheck.py

Searches every name in invented_names.txt (case-insensitive fixed string) in every file of every
earlier corpus folder ../corpus*/ (articles, gold, README, scripts; corpus86 to corpus89 excluded)
and in ../../../shared/. Prints only the names found and the files they occur in. Exit 1 if any
name is found. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus86", "corpus87", "corpus88", "corpus89"}


def names():
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED:
            yield from (p for p in sorted(d.rglob("*")) if p.is_file())
    yield from (p for p in sorted(SHARED.rglob("*")) if p.is_file())


def main():
    wanted = [(n, n.lower()) for n in names()]
    found = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for n, low in wanted:
            if low in text:
                found.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)))
    for n, where in found.items():
        print(f"{n!r}: {', '.join(where[:5])}{' ...' if len(where) > 5 else ''}")
    print(f"{len(wanted)} names, {count} files searched, {len(found)} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
