#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus79/namecheck.py

Every line of invented_names.txt (blank lines and '#' comments skipped) is searched,
case-insensitively and as a fixed string, in every file of every earlier corpus folder
(../corpus*/, without corpus78 ... corpus81, which are written at the same time, and
without this corpus) and of ../../../shared/. Only the names found and the file names
are printed. Exit status 0 when none is found, 1 otherwise. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus78", "corpus79", "corpus80", "corpus81"}


def names():
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def files():
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDED]
    roots.append(SHARED)
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                yield p


def main():
    wanted = [(n, n.lower()) for n in names()]
    found = 0
    checked = 0
    for p in files():
        checked += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        for name, low in wanted:
            if low in text:
                found += 1
                print(f"found {name!r} in {p.relative_to(TESTS.parent.parent)}")
    print(f"{len(wanted)} names, {checked} files, {found} hit(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
