#!/usr/bin/env python3
"""Name check: search every earlier corpus folder and ../../../shared/ for the invented names.

Usage: python3 tests/corpus48/namecheck.py
Case-insensitive fixed-string search over all files in ../corpus*/ (except this corpus and the
corpora written at the same time: corpus46, corpus47, corpus49) and ../../../shared/.
Prints only the matching name and the file name. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {HERE.name, "corpus46", "corpus47", "corpus49"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in SKIP:
            yield from (p for p in d.rglob("*") if p.is_file())
    yield from (p for p in SHARED.rglob("*") if p.is_file())


def main():
    wanted = [(n, n.lower()) for n in names()]
    found = 0
    nfiles = 0
    for p in files():
        nfiles += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        for n, low in wanted:
            if low in text:
                print(f"FOUND {n!r} in {p.name}")
                found += 1
    print(f"{len(wanted)} names, {nfiles} files searched, {found} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
