#!/usr/bin/env python3
"""Name check: search every invented name of invented_names.txt (case-insensitive,
fixed string) in every earlier corpus folder (../corpus*/, without corpus82-85) and in
../../../shared/. Prints only the names found and the file names. Standard library only.

Usage: python3 tests/corpus82/namecheck.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus82", "corpus83", "corpus84", "corpus85"}


def main():
    names = [l.split("#")[0].strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()]
    names = [n for n in names if n]
    files = [p for d in sorted(TESTS.glob("corpus*")) if d.name not in EXCLUDE and d.is_dir()
             for p in sorted(d.rglob("*")) if p.is_file()]
    files += sorted(p for p in SHARED.rglob("*") if p.is_file())
    found = 0
    for p in files:
        try:
            low = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for n in names:
            if n.lower() in low:
                found += 1
                print(f"{n!r}: {p.relative_to(TESTS.parent.parent) if SHARED in p.parents else p.relative_to(TESTS)}")
    print(f"{len(names)} names, {len(files)} files searched; {found} hit(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
