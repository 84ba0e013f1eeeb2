#!/usr/bin/env python3
"""Name check: are any invented names of this corpus already used in earlier material?

Usage: python3 tests/corpus90/namecheck.py

Case-insensitive fixed-string search of every line of invented_names.txt (blank lines and lines
starting with '#' skipped) over every file of every earlier corpus folder (../corpus*/, without
corpus90-93) and ../../../shared/. Prints only the names found and the file names.
Exit status 1 when a name is found. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus90", "corpus91", "corpus92", "corpus93"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.strip().startswith("#")]
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED:
            files += [p for p in d.rglob("*") if p.is_file()]
    files += [p for p in SHARED.rglob("*") if p.is_file()]
    hits = {}
    for p in files:
        try:
            low = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for n in names:
            if n.lower() in low:
                hits.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)) if SHARED in p.parents
                                              else str(p.relative_to(TESTS)))
    for n, where in sorted(hits.items()):
        print(f"{n!r}: {', '.join(where[:5])}" + (f" (+{len(where) - 5})" if len(where) > 5 else ""))
    print(f"{len(hits)} of {len(names)} invented names found in {len(files)} earlier files")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
