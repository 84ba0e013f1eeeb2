#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus73/namecheck.py

Case-insensitive fixed-string search of every name in invented_names.txt over every
file of every earlier corpus folder (../corpus*/, except corpus70-73, written at the
same time) and ../../../shared/. Prints only the name and the files it occurs in.
Exit status 0 when no name is found. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus70", "corpus71", "corpus72", "corpus73"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def files():
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDED]
    if SHARED.is_dir():
        roots.append(SHARED)
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                yield p


def main():
    wanted = names()
    low = [n.lower() for n in wanted]
    found = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="replace").lower()
        except OSError:
            continue
        for n, l in zip(wanted, low):
            if l in text:
                found.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)) if SHARED in p.parents else str(p.relative_to(TESTS)))
    for n in wanted:
        if n in found:
            print(f"{n!r}: {', '.join(found[n])}")
    print(f"{len(found)} of {len(wanted)} invented names found in {count} earlier files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
