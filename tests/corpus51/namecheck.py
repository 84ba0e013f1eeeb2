#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus51/namecheck.py
Searches every name in invented_names.txt (case-insensitive, fixed string) in every file of
every earlier corpus folder (tests/corpus*, without corpus50-corpus53, which are written at the
same time) and in ../shared/ beside the checkout. Prints only the names found and the file names;
exit status 1 if any name is found. Standard library only.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = Path("/work/shared")
EXCLUDED = {"corpus50", "corpus51", "corpus52", "corpus53"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def files():
    roots = [d for d in sorted(TESTS.glob("corpus*"))
             if d.is_dir() and d.name not in EXCLUDED and re.fullmatch(r"corpus\d*", d.name)]
    roots.append(SHARED)
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                yield p


def main():
    wanted = [(n, n.lower()) for n in names()]
    hits = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        for n, low in wanted:
            if low in text:
                hits.setdefault(n, []).append(str(p))
    for n, where in hits.items():
        print(f"FOUND {n!r} in: " + ", ".join(where))
    print(f"name check: {len(wanted)} names, {count} files searched, {len(hits)} found")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
