#!/usr/bin/env python3
"""Name check for corpus69: are any of our invented names already used in earlier material?

Usage: python3 tests/corpus69/namecheck.py

Searches every name in invented_names.txt (case-insensitive, fixed string; lines
starting with '#' are comments) in every file of every earlier corpus folder
(../corpus*/, corpus66-corpus69 excluded: written at the same time) and of
../../../shared/. Prints only the name and the file names where it occurs.
Exit status 0 when none is found, else 1. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus66", "corpus67", "corpus68", "corpus69"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def files():
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDED]
    roots.append(SHARED)
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                yield p


def main():
    wanted = names()
    low = [n.lower() for n in wanted]
    found = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="replace").lower()
        except OSError:
            continue
        for n, l in zip(wanted, low):
            if l in text:
                found.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)))
    for n, where in found.items():
        print(f"{n}: {', '.join(where)}")
    print(f"searched {len(wanted)} names in {count} files: {len(found)} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
