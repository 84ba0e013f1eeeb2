#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus80/namecheck.py

Reads invented_names.txt (one name a line, '#' starts a comment) and searches each name
case-insensitively as a fixed string in every file of every earlier corpus folder
(../corpus*/, without corpus78-corpus81, which other helpers write at the same time) and
of ../../../shared/. Prints only the names found and the file names. Exit status 0 when
no name is found, 1 otherwise. Standard library only.
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
    roots.append(SHARED)
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                yield p


def main():
    wanted = names()
    lowered = [(n, n.lower()) for n in wanted]
    found = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        for n, low in lowered:
            if low in text:
                found.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)))
    for n in wanted:
        if n in found:
            print(f"{n!r}: {', '.join(found[n][:10])}{' …' if len(found[n]) > 10 else ''}")
    print(f"{len(found)} of {len(wanted)} invented names found in {count} earlier files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
