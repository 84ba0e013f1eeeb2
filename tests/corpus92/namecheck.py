#!/usr/bin/env python3
"""Name check: are any of the invented names already used in earlier material?

Usage: python3 tests/corpus92/namecheck.py

Case-insensitive fixed-string search of every line of invented_names.txt (blank lines
and lines starting with '#' skipped) over all files in every earlier corpus folder
(../corpus*, without corpus90 to corpus93) and /work/shared/. Prints only the name and
the file names where it occurs. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
EXCLUDED = {"corpus90", "corpus91", "corpus92", "corpus93"}


def files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED:
            yield from (p for p in d.rglob("*") if p.is_file())
    yield from (p for p in Path("/work/shared").rglob("*") if p.is_file())


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    found = {}
    n = 0
    for p in files():
        n += 1
        try:
            low = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        for name in names:
            if name.lower() in low:
                found.setdefault(name, []).append(str(p))
    for name, where in sorted(found.items()):
        print(f"{name}: {', '.join(where[:8])}{' …' if len(where) > 8 else ''}")
    print(f"{len(found)} of {len(names)} invented names found in {n} earlier files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
