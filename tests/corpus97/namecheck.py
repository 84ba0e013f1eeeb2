#!/usr/bin/env python3
"""Name check for corpus97: search every invented name in invented_names.txt
(case-insensitive, fixed string) over every earlier corpus folder and ../../../shared/.

Usage: python3 tests/corpus97/namecheck.py
Prints only the names found and the files they occur in; exit 1 when any is found.
corpus94-97 (written at the same time by other helpers, and this one) are excluded.
Standard library only.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus94", "corpus95", "corpus96", "corpus97"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def files():
    roots = [p for p in sorted(TESTS.glob("corpus*")) if p.is_dir() and p.name not in EXCLUDE]
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
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        count += 1
        for n, low in wanted:
            if low in text:
                found.setdefault(n, []).append(str(p))
    for n, where in found.items():
        print(f"FOUND {n!r}: {len(where)} file(s): " + ", ".join(where[:5]))
    print(f"{len(wanted)} names checked against {count} files; {len(found)} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
