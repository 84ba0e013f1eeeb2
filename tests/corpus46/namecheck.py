#!/usr/bin/env python3
"""Name check: search every earlier corpus folder and ../../../shared/ for the invented names.

Usage: python3 tests/corpus46/namecheck.py
Case-insensitive fixed-string search for each line of invented_names.txt (lines starting
with '#' and blank lines skipped) in every file under ../corpus*/ (except this corpus and
corpus47-49) and ../../../shared/. Prints only the names found and file names.
Exit status 1 when a name is found.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus46", "corpus47", "corpus48", "corpus49"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.name not in EXCLUDE and d.is_dir():
            files += [p for p in d.rglob("*") if p.is_file()]
    files += [p for p in SHARED.rglob("*") if p.is_file()]
    found = 0
    for p in files:
        try:
            text = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for n in names:
            if n.lower() in text:
                found += 1
                print(f"{n!r} found in {p.relative_to(TESTS.parent.parent)}")
    print(f"{len(names)} names, {len(files)} files searched, {found} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
