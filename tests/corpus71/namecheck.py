#!/usr/bin/env python3
"""Name check: are any of our invented names already used in earlier material?

Usage: python3 tests/corpus71/namecheck.py

Reads invented_names.txt (one name a line; blank lines and lines starting with '#'
are skipped) and searches every file of every earlier corpus folder in tests/
(articles, gold, README, scripts; corpus70-73 are left out) and of ../../../shared/
for each name, case-insensitively, as a fixed string. Prints only the names found and
the files they occur in. Exit status 0 when none is found, else 1. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus70", "corpus71", "corpus72", "corpus73"}


def files():
    out = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in SKIP:
            out += [p for p in d.rglob("*") if p.is_file()]
    if SHARED.is_dir():
        out += [p for p in SHARED.rglob("*") if p.is_file()]
    return out


def main():
    names = [line.strip() for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    low_names = [(n, n.lower()) for n in names]
    found = {}
    all_files = files()
    for p in all_files:
        try:
            text = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for n, low in low_names:
            if low in text:
                found.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)))
    for n in names:
        if n in found:
            print(f"{n!r} found in: {', '.join(found[n][:5])}" + (f" (+{len(found[n]) - 5})" if len(found[n]) > 5 else ""))
    print(f"{len(found)} of {len(names)} invented names found in {len(all_files)} earlier files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
