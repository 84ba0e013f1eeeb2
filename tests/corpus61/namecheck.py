#!/usr/bin/env python3
"""Name check for corpus61: search every invented name (invented_names.txt) case-insensitively,
as a fixed string, in every earlier corpus folder (tests/corpus*/, without corpus58-61) and in
../shared/. Prints only the names found and the files they occur in, never file contents.

Usage: python3 tests/corpus61/namecheck.py      (exit 0 = no name found)
Standard library only.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus58", "corpus59", "corpus60", "corpus61"}


def names():
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED and re.fullmatch(r"corpus\d*", d.name):
            yield from (p for p in d.rglob("*") if p.is_file())
    yield from (p for p in SHARED.rglob("*") if p.is_file())


def main():
    wanted = list(names())
    hits = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        for n in wanted:
            if n.lower() in text:
                hits.setdefault(n, []).append(str(p))
    print(f"searched {count} files for {len(wanted)} invented names")
    for n, where in hits.items():
        print(f"FOUND {n!r} in: " + ", ".join(where))
    print(f"{len(hits)} name(s) found")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
