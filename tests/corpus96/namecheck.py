#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus96/namecheck.py

Reads invented_names.txt (one name a line, '#' lines are comments) and searches every file
of every earlier corpus folder (../corpus*/: articles, gold, README, scripts; corpus94 to
corpus97 excluded, as they are written at the same time) and of ../../../shared/ for each
name, case-insensitively and as a fixed string. Prints only the names found and the files
they occur in. Exit status 0 when none is found, 1 otherwise. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus94", "corpus95", "corpus96", "corpus97"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def files():
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in SKIP]
    if SHARED.is_dir():
        roots.append(SHARED)
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                yield p


def main():
    wanted = [(n, n.lower()) for n in names()]
    found = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for name, low in wanted:
            if low in text:
                found.setdefault(name, []).append(str(p.relative_to(TESTS.parent.parent)))
    for name, where in found.items():
        print(f"{name!r} found in: {', '.join(where[:5])}{' …' if len(where) > 5 else ''}")
    print(f"searched {count} files for {len(wanted)} invented names: {len(found)} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
