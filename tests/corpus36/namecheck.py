#!/usr/bin/env python3
"""Name check: search every invented name of this corpus in earlier material.

Usage: python3 tests/corpus36/namecheck.py
Case-insensitive fixed-string search of each line of invented_names.txt (lines starting
with '#' skipped) over every file in tests/corpus*/ (without corpus36 and the corpora written
at the same time: corpus34, corpus35, corpus37) and in shared/. Prints only the names found
and the files they occur in. Exit status 1 when any name is found. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus36", "corpus34", "corpus35", "corpus37"}


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
            texts.append((p, p.read_text(encoding="utf-8", errors="replace").lower()))
        except OSError:
            pass
    found = 0
    for n in names:
        hits = [p for p, t in texts if n.lower() in t]
        if hits:
            found += 1
            shown = ", ".join(f"{h.relative_to(h.parents[2]) if len(h.parents) > 2 else h.name}" for h in hits[:4])
            print(f"FOUND {n!r}: {shown}{' ...' if len(hits) > 4 else ''}")
    print(f"searched {len(names)} names in {len(files)} files; {found} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
