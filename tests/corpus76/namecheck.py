#!/usr/bin/env python3
"""Name check: are any of the invented names already used in earlier material?

Usage: python3 tests/corpus76/namecheck.py

Reads invented_names.txt (one name a line; blank lines and lines starting with '#' are
skipped) and searches every file of every earlier corpus folder (tests/corpus*, without
corpus74-77) and of /work/shared/ case-insensitively for each name as a fixed string.
Prints only the name and the file where it occurs. Exit status 0 when none is found.
Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = Path("/work/shared")
EXCLUDED = {"corpus74", "corpus75", "corpus76", "corpus77"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


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
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="replace").lower()
        except OSError:
            continue
        for name, low in wanted:
            if low in text:
                found += 1
                print(f"{name}: {p}")
    print(f"{found} hit(s) for {len(wanted)} invented names in {count} files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
