#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus63/namecheck.py

Case-insensitive fixed-string search of every name in invented_names.txt over every file in the
earlier corpus folders (../corpus*/, without corpus62-65) and ../../../shared/. Prints only the
name and the file where it occurs. Exit status 0 when none is found. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = Path("/work/shared")
EXCLUDE = {"corpus62", "corpus63", "corpus64", "corpus65"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE]
    roots.append(SHARED)
    files = [p for r in roots for p in sorted(r.rglob("*")) if p.is_file()]
    found = 0
    for p in files:
        try:
            text = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for n in names:
            if n.lower() in text:
                found += 1
                print(f"{n}: {p}")
    print(f"searched {len(files)} files for {len(names)} names: {found} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
