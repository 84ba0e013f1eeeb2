#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus78/namecheck.py

Searches every file under the earlier corpus folders (../corpus*/, except corpus78 …
corpus81, written at the same time) and under ../../../shared/ for each name in
invented_names.txt (case-insensitive fixed strings). Prints only the name and the file
names where it occurs. Exit status 1 when a name is found. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus78", "corpus79", "corpus80", "corpus81"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in SKIP]
    roots.append(SHARED)
    files = [p for r in roots for p in sorted(r.rglob("*")) if p.is_file()]
    low = {n: n.lower() for n in names}
    found = 0
    for p in files:
        try:
            text = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for n, l in low.items():
            if l in text:
                found += 1
                print(f"found {n!r} in {p.relative_to(TESTS.parent) if TESTS.parent in p.parents else p}")
    print(f"searched {len(files)} files for {len(names)} invented names: {found} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
