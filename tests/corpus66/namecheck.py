#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus66/namecheck.py

Case-insensitive fixed-string search of every name in invented_names.txt over every file
in every earlier corpus folder (../corpus*/, recursively: articles, gold, README, scripts;
corpus66 to corpus69 excluded) and in ../../../shared/ (recursively). Prints only the name
and the files it occurs in. Standard library only. Exit status 0 when none is found.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus66", "corpus67", "corpus68", "corpus69"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def files():
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE]
    if SHARED.is_dir():
        roots.append(SHARED)
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                yield p


def main():
    wanted = names()
    found = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        for n in wanted:
            if n.lower() in text:
                found.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)))
    for n, where in sorted(found.items()):
        shown = ", ".join(where[:4]) + (f" (+{len(where) - 4} more)" if len(where) > 4 else "")
        print(f"{n!r} found in {shown}")
    print(f"searched {count} files for {len(wanted)} invented names: {len(found)} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
