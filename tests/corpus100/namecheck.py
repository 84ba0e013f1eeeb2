#!/usr/bin/env python3
"""Name check for corpus100: are any of our invented names already used in earlier material?

Usage: python3 tests/corpus100/namecheck.py

Case-insensitive fixed-string search of every name in invented_names.txt (one a line, '#'
comments) over every file of the earlier corpus folders ../corpus*/ (corpus98-corpus101
excluded) and ../../../shared/. Prints only the names found and the file names.
Exit status 1 when a name is found. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus98", "corpus99", "corpus100", "corpus101"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.lstrip().startswith("#")]
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDED]
    roots.append(SHARED)
    files = [p for r in roots for p in r.rglob("*") if p.is_file()]
    found = 0
    for p in files:
        try:
            text = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for name in names:
            if name.lower() in text:
                found += 1
                print(f"found {name!r} in {p.relative_to(TESTS.parent.parent) if SHARED in p.parents else p.relative_to(TESTS)}")
    print(f"searched {len(files)} files for {len(names)} invented names: {found} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
