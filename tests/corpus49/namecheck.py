#!/usr/bin/env python3
"""Name check: search every invented name (invented_names.txt) case-insensitively in earlier
corpus folders (tests/corpus*/ except this one and corpus46-48, written in parallel) and ../shared/.
Prints only the name and the file name of each hit. Usage: python3 tests/corpus49/namecheck.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus46", "corpus47", "corpus48", HERE.name}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def files():
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in SKIP]
    roots.append(SHARED)
    for r in roots:
        for p in sorted(r.rglob("*")):
            if p.is_file():
                yield p


def main():
    ns = names()
    low = [n.lower() for n in ns]
    hits = 0
    nfiles = 0
    for p in files():
        nfiles += 1
        try:
            t = p.read_bytes().decode("utf-8", "replace").lower()
        except OSError:
            continue
        for n, l in zip(ns, low):
            if l in t:
                hits += 1
                print(f"FOUND {n!r} in {p}")
    print(f"{len(ns)} names, {nfiles} files searched, {hits} hit(s)")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
