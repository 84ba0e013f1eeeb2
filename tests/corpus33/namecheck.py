#!/usr/bin/env python3
"""Name check: case-insensitive fixed-string search of every invented name in invented_names.txt
over all earlier corpus folders (corpus33 and the parallel corpus30-32 excluded) and ../../../shared/.

Usage: python3 tests/corpus33/namecheck.py      Prints only matching names and file names.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus33", "corpus30", "corpus31", "corpus32"}
names = [n.strip() for n in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines() if n.strip()]
files = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE for p in d.rglob("*") if p.is_file()]
files += [p for p in SHARED.rglob("*") if p.is_file()]
found = 0
for p in files:
    try:
        t = p.read_text(encoding="utf-8", errors="replace").lower()
    except OSError:
        continue
    for n in names:
        if n.lower() in t:
            found += 1
            print(f"{n!r} found in {p.relative_to(TESTS.parent.parent)}")
print(f"{len(names)} names, {len(files)} files searched; {found} found")
