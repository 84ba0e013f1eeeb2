#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus68/namecheck.py

Case-insensitive fixed-string search of every name in invented_names.txt (lines
starting with '#' are comments) over every file in every earlier corpus folder
(../corpus*/, without corpus66-69, which are written at the same time) and in
../../../shared/. Prints only the name and the files it occurs in. Exit status 0
when none is found, 1 otherwise. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus66", "corpus67", "corpus68", "corpus69"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDED] + [SHARED]
    files = [p for r in roots for p in sorted(r.rglob("*")) if p.is_file()]
    found = 0
    low_names = [(n, n.lower()) for n in names]
    for p in files:
        try:
            text = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for n, ln in low_names:
            if ln in text:
                print(f"{n!r} found in {p.relative_to(TESTS.parent.parent)}")
                found += 1
    print(f"{len(names)} invented names checked against {len(files)} files; {found} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
