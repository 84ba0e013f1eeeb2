#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus85/namecheck.py

Searches every name in invented_names.txt (case-insensitive, fixed string) in every
file of every earlier corpus folder in tests/ (corpus82-corpus85 excluded: written at
the same time by other helpers or this one) and in ../../../shared/. Prints only the
name and the file names where it occurs, never the earlier texts. Exit status 0 when
no name is found, 1 otherwise. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus82", "corpus83", "corpus84", "corpus85"}


def main():
    names = [line.strip() for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    folders = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE] + [SHARED]
    files = [p for d in folders for p in sorted(d.rglob("*")) if p.is_file()]
    found = 0
    for p in files:
        try:
            low = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for n in names:
            if n.lower() in low:
                found += 1
                print(f"FOUND {n!r} in {p.relative_to(TESTS.parent.parent)}")
    print(f"searched {len(names)} invented names in {len(files)} files of {len(folders)} folders: {found} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
