#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already in earlier material?

Usage: python3 tests/corpus81/namecheck.py

Searches every file in every earlier corpus folder (../corpus*/, all files: articles,
gold, README, scripts; except corpus78 to corpus81, written at the same time) and in
/work/shared/ (../../../shared/) for each name in invented_names.txt, case-insensitive,
as a fixed string. Prints only the names found and the file names. Exit status 0 when
none is found, 1 otherwise. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus78", "corpus79", "corpus80", "corpus81"}


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
    found = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="replace").lower()
        except OSError:
            continue
        for n, l in low:
            if l in text:
                found.setdefault(n, []).append(f"{p.parent.name}/{p.name}")
    for n in wanted:
        if n in found:
            print(f"FOUND {n!r} in {', '.join(sorted(set(found[n]))[:5])}")
    print(f"{len(found)} of {len(wanted)} invented names found in {count} earlier files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
