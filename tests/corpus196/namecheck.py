#!/usr/bin/env python3
"""Name check: search every invented name of invented_names.txt (case-insensitive, fixed
string) in every earlier corpus folder (tests/corpus*, except corpus194-197: this one and
the three written at the same time) and in ../shared/. Prints only the names found, the
files they occur in and counts; exit 1 if any.

Usage: python3 tests/corpus196/namecheck.py
Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus194", "corpus195", "corpus196", "corpus197"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def files():
    roots = [p for p in sorted(TESTS.glob("corpus*")) if p.is_dir() and p.name not in EXCLUDE]
    roots.append(SHARED)
    for root in roots:
        for p in root.rglob("*"):
            if p.is_file():
                yield p


def main():
    wanted = [(n, n.lower()) for n in names()]
    found = 0
    scanned = 0
    for p in files():
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        scanned += 1
        for n, low in wanted:
            if low in text:
                found += 1
                print(f"FOUND {n!r} in {p}")
    print(f"{len(wanted)} names, {scanned} files scanned, {found} hit(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
