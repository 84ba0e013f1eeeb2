#!/usr/bin/env python3
"""Name check for corpus83: are any of our invented names already in earlier material?

Usage: python3 tests/corpus83/namecheck.py

Searches every name in invented_names.txt (case-insensitive, fixed string) in every file
of every earlier corpus folder (tests/corpus*/: articles, gold, README, scripts;
corpus82-corpus85 excluded, written at the same time by other helpers) and in
../../../shared/ (recursively). Prints only the name and the files it occurs in.
Exit status 0 when no name is found, 1 otherwise. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus82", "corpus83", "corpus84", "corpus85"}


def names():
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED:
            yield from (p for p in d.rglob("*") if p.is_file())
    if SHARED.is_dir():
        yield from (p for p in SHARED.rglob("*") if p.is_file())


def main():
    wanted = list(names())
    low = [n.lower() for n in wanted]
    found = {}
    count = 0
    for p in files():
        try:
            text = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        count += 1
        for n, l in zip(wanted, low):
            if l in text:
                found.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)))
    for n in wanted:
        if n in found:
            print(f"{n!r}: {', '.join(found[n][:5])}" + (f" (+{len(found[n]) - 5})" if len(found[n]) > 5 else ""))
    print(f"{len(found)} of {len(wanted)} invented names found in {count} earlier files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
