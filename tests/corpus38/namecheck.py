#!/usr/bin/env python3
"""Name check: search every invented name (invented_names.txt) in all earlier material.

Usage: python3 tests/corpus38/namecheck.py
Case-insensitive fixed-string search over every file in the earlier corpus folders
(tests/corpus*/ without corpus38-41) and ../shared/. Prints only the names found and the
files they occur in.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus38", "corpus39", "corpus40", "corpus41"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    files = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in SKIP
             for p in sorted(d.rglob("*")) if p.is_file()]
    files += [p for p in sorted(SHARED.rglob("*")) if p.is_file()]
    found = 0
    low_names = [(n, n.lower()) for n in names]
    for p in files:
        try:
            text = p.read_bytes().decode("utf-8", errors="replace").lower()
        except OSError:
            continue
        for n, ln in low_names:
            if ln in text:
                found += 1
                print(f"{n!r} found in {p}")
    print(f"{len(names)} names checked in {len(files)} files; {found} hit(s)")


if __name__ == "__main__":
    main()
