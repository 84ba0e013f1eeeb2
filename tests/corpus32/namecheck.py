#!/usr/bin/env python3
"""Name check: search every invented name (invented_names.txt) in earlier material.

Usage: python3 tests/corpus32/namecheck.py
Case-insensitive fixed-string search over all ../corpus*/ folders (without corpus30-33) and
../../../shared/. Prints only the names found and the files they occur in. Exit 1 when any is found.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus30", "corpus31", "corpus32", "corpus33"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in SKIP:
            files += [p for p in d.rglob("*") if p.is_file()]
    if SHARED.is_dir():
        files += [p for p in SHARED.rglob("*") if p.is_file()]
    texts = []
    for p in files:
        try:
            texts.append((p, p.read_bytes().decode("utf-8", errors="replace").lower()))
        except OSError:
            pass
    found = 0
    for n in names:
        hits = [p for p, t in texts if n.lower() in t]
        if hits:
            found += 1
            rel = sorted({str(p.relative_to(TESTS.parent.parent)) for p in hits})
            print(f"FOUND {n!r}: {', '.join(rel[:5])}{' ...' if len(rel) > 5 else ''}")
    print(f"searched {len(files)} files for {len(names)} names; {found} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
