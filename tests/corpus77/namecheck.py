#!/usr/bin/env python3
"""Name check: are any of our invented names already used in earlier material?

Usage: python3 tests/corpus77/namecheck.py

Case-insensitive fixed-string search of every line of invented_names.txt over
every file in the earlier corpus folders ../corpus*/ (articles, gold, README,
scripts; corpus74 to corpus77 are skipped) and in ../../../shared/. Prints only
the names found and the file names. Standard library only; exit status 0.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus74", "corpus75", "corpus76", "corpus77"}


def files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in SKIP:
            yield from (p for p in sorted(d.rglob("*")) if p.is_file())
    if SHARED.is_dir():
        yield from (p for p in sorted(SHARED.rglob("*")) if p.is_file())


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    low = [(n, n.lower()) for n in names]
    hits = 0
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for n, l in low:
            if l in text:
                hits += 1
                print(f"{n}  found in  {p.relative_to(TESTS.parent.parent)}")
    print(f"{hits} hit(s) for {len(names)} invented names in {count} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
