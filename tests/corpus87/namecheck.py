#!/usr/bin/env python3
"""Name check for tests/corpus87: search earlier material for every invented name.

Usage: python3 tests/corpus87/namecheck.py
Reads invented_names.txt (one name a line, '#' comments) and does a case-insensitive
fixed-string search over every file of every earlier corpus folder (tests/corpus*, without
corpus86-corpus89) and ../shared/ (beside the checkout). Prints only the names found and the
files they occur in, never file contents. Exit status 1 when a name is found. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus86", "corpus87", "corpus88", "corpus89"}


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
    low = [(n, n.lower()) for n in wanted]
    hits = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        for n, ln in low:
            if ln in text:
                hits.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)))
    for n in wanted:
        if n in hits:
            print(f"FOUND {n!r} in {len(hits[n])} file(s): {', '.join(hits[n][:5])}")
    print(f"{len(wanted)} names checked against {count} files; {len(hits)} found")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
