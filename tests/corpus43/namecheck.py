#!/usr/bin/env python3
"""Name check: every name in invented_names.txt, case-insensitive, over every earlier corpus
folder in tests/ (except corpus42, corpus44, corpus45 and this one) and ../../../shared/.

Usage: python3 tests/corpus43/namecheck.py
Prints only the names found and the file names. Exit 1 when a name is found.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus42", "corpus44", "corpus45", HERE.name}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    files = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE
             for p in d.rglob("*") if p.is_file()]
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
                print(f"found {n!r} in {p}")
    print(f"searched {len(files)} files for {len(names)} names: {found} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
