#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus74/namecheck.py

Reads invented_names.txt (one name per line; '#' lines and blank lines skipped) and does a
case-insensitive fixed-string search for every name over all files of every earlier corpus
folder (../corpus*/, recursively: articles, gold, README, scripts; the corpora written at the
same time, corpus74-corpus77, are skipped) and over ../../../shared/ (recursively).
Prints only the names found and the files they occur in. Exit status 0 when none is found.
Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus74", "corpus75", "corpus76", "corpus77"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.lstrip().startswith("#")]
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in SKIP]
    if SHARED.is_dir():
        roots.append(SHARED)
    files = [p for r in roots for p in sorted(r.rglob("*")) if p.is_file()]
    found = 0
    lowered = [(n, n.lower()) for n in names]
    for p in files:
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        for n, low in lowered:
            if low in text:
                found += 1
                print(f"FOUND {n!r} in {p.relative_to(TESTS.parent.parent)}")
    print(f"{len(names)} invented names checked against {len(files)} files in {len(roots)} folders; {found} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
