#!/usr/bin/env python3
"""Name check: every name in invented_names.txt against earlier corpora and shared/.

Usage: python3 tests/corpus64/namecheck.py
Case-insensitive fixed-string search over every file in tests/corpus*/ (except this corpus and
corpus62, corpus63, corpus65, written at the same time by others) and shared/. Prints only the
names found and the file names. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus62", "corpus63", "corpus64", "corpus65"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    files = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE
             for p in sorted(d.rglob("*")) if p.is_file()]
    files += [p for p in sorted(SHARED.rglob("*")) if p.is_file()]
    found = 0
    for p in files:
        try:
            t = p.read_bytes().decode("utf-8", errors="replace").lower()
        except OSError:
            continue
        for n in names:
            if n.lower() in t:
                found += 1
                print(f"found {n!r} in {p}")
    print(f"{len(names)} names, {len(files)} files searched, {found} found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
