#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus60/namecheck.py

Case-insensitive fixed-string search of every name in invented_names.txt over every
file in the earlier corpus folders ../corpus*/ (articles, gold, README, scripts;
without corpus58-61, written at the same time) and in ../../../shared/.
Prints only the names found and the file names. Exit status 0 when none is found.
Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus58", "corpus59", "corpus60", "corpus61"}


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
    wanted = [(n, n.lower()) for n in names()]
    found = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="replace").lower()
        except OSError:
            continue
        for n, low in wanted:
            if low in text:
                found.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)))
    for n, where in found.items():
        print(f"{n!r}: {', '.join(where)}")
    print(f"{len(found)} of {len(wanted)} invented names found in {count} earlier files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
