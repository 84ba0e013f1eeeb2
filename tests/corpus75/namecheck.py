#!/usr/bin/env python3
"""Name check for corpus75: are any of our invented names already used in earlier material?

Usage: python3 tests/corpus75/namecheck.py

Reads invented_names.txt (one name a line, '#' comments) and searches every file in every
earlier corpus folder (../corpus*/, all files: articles, gold, README, scripts; without
corpus74 ... corpus77, written at the same time by other helpers) and in the shared folder
(../../../shared/, i.e. /work/shared) for each name as a case-insensitive fixed string.
Prints only the names found and the files they were found in. Exit status 0 when none is
found, 1 otherwise. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXCLUDED = {"corpus74", "corpus75", "corpus76", "corpus77"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def files():
    tests = HERE.parent
    for d in sorted(tests.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED:
            yield from (p for p in sorted(d.rglob("*")) if p.is_file())
    for shared in (tests.parent.parent / "shared", Path("/work/shared")):
        if shared.is_dir():
            yield from (p for p in sorted(shared.rglob("*")) if p.is_file())
            break


def main():
    wanted = [(n, n.lower()) for n in names()]
    found = {}
    count = 0
    for p in files():
        try:
            text = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        count += 1
        for n, low in wanted:
            if low in text:
                found.setdefault(n, []).append(str(p))
    for n, where in sorted(found.items()):
        print(f"{n!r} found in: {', '.join(where[:5])}{' …' if len(where) > 5 else ''}")
    print(f"{len(found)} of {len(wanted)} invented names found in {count} earlier files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
