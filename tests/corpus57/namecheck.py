#!/usr/bin/env python3
"""Name check: are any of the invented names already used in earlier material?

Usage: python3 tests/corpus57/namecheck.py

Case-insensitive fixed-string search of every line of invented_names.txt (blank
lines and '#' comments skipped) over all files in every earlier corpus folder
(../corpus*, corpus54-corpus57 excluded) and the shared folder (/work/shared).
Prints only the name found and the file name. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXCLUDE = {"corpus54", "corpus55", "corpus56", "corpus57"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.strip().startswith("#")]
    files = []
    for d in sorted(HERE.parent.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDE:
            files += [p for p in d.rglob("*") if p.is_file()]
    shared = Path("/work/shared")
    if not shared.exists():
        shared = HERE.parent.parent.parent / "shared"
    files += [p for p in shared.rglob("*") if p.is_file()]
    low = [(n, n.lower()) for n in names]
    found = 0
    for p in files:
        try:
            text = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for n, ln in low:
            if ln in text:
                found += 1
                print(f"found {n!r} in {p}")
    print(f"searched {len(names)} names in {len(files)} files: {found} found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
