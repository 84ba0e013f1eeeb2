#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus67/namecheck.py

Searches case-insensitively (fixed strings) for every name in invented_names.txt in all files of
every earlier corpus folder (tests/corpus*, without corpus66-69, which other helpers write at the
same time) and in ../../../shared/ (recursively). Prints only the name and the file names where it
occurs. Exit status 1 when a name is found. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus66", "corpus67", "corpus68", "corpus69"}


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
    lowered = [(n, n.lower()) for n in wanted]
    hits = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        for n, low in lowered:
            if low in text:
                hits.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)))
    for n, where in hits.items():
        print(f"{n}: {', '.join(where[:10])}{' …' if len(where) > 10 else ''}")
    print(f"searched {count} files for {len(wanted)} names: {len(hits)} found")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
