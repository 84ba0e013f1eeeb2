#!/usr/bin/env python3
"""Name check: search every invented name (invented_names.txt) in earlier material.

Usage: python3 tests/corpus91/namecheck.py [NAMES.txt]
Case-insensitive fixed-string search over every file in every earlier corpus folder
(tests/corpus*/, without corpus90-93, which are written at the same time) and over
../shared/. Prints only the names found and the file names they occur in; exit 1 when
any name is found. Standard library only.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = HERE.parents[2] / "shared"
EXCLUDED = {"corpus90", "corpus91", "corpus92", "corpus93"}


def files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED:
            yield from (p for p in d.rglob("*") if p.is_file())
    if SHARED.is_dir():
        yield from (p for p in SHARED.rglob("*") if p.is_file())


def main(argv):
    names_path = Path(argv[1]) if len(argv) > 1 else HERE / "invented_names.txt"
    names = [n.strip() for n in names_path.read_text(encoding="utf-8").splitlines()
             if n.strip() and not n.lstrip().startswith("#")]
    lows = [(n, n.lower()) for n in names]
    found = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        for n, low in lows:
            if low in text:
                found.setdefault(n, []).append(str(p))
    for n in names:
        if n in found:
            print(f"FOUND {n!r}: " + ", ".join(found[n][:5]) + (" ..." if len(found[n]) > 5 else ""))
    print(f"{len(names)} names checked against {count} files; {len(found)} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
