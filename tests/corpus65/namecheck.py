#!/usr/bin/env python3
"""Name check: search every invented name of invented_names.txt in earlier material.

Usage: python3 tests/corpus65/namecheck.py

Case-insensitive fixed-string search over every file of every earlier corpus folder in tests/
(articles, gold, README, scripts; corpus62-65 excluded, written at the same time by others) and
over ../../../shared/. Prints only the names found and the file names they occur in.
Exit status 1 when any name is found. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus62", "corpus63", "corpus64", "corpus65"}


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
    for r in roots:
        for p in sorted(r.rglob("*")):
            if p.is_file():
                yield p


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
        print(f"{n}: {', '.join(where[:5])}{' …' if len(where) > 5 else ''}")
    print(f"{len(found)} of {len(wanted)} invented names found in {count} earlier files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
