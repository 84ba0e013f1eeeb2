#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus53/namecheck.py

Reads invented_names.txt (one name a line, '#' starts a comment) and searches every file
of every earlier corpus folder (../corpus*/, without corpus50-corpus53, which are written
at the same time) and of ../../../shared/ for each name, case-insensitive, as a fixed string.
Prints only the names found and the file names. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus50", "corpus51", "corpus52", "corpus53"}


def files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED:
            yield from (p for p in sorted(d.rglob("*")) if p.is_file())
    if SHARED.is_dir():
        yield from (p for p in sorted(SHARED.rglob("*")) if p.is_file())


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.strip().startswith("#")]
    low = [(n, n.lower()) for n in names]
    found = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_text(encoding="utf-8", errors="ignore").lower()
        except OSError:
            continue
        for n, ln in low:
            if ln in text:
                found.setdefault(n, []).append(str(p.relative_to(p.parents[1])) if TESTS in p.parents else p.name)
    for n in names:
        if n in found:
            print(f"{n}: {', '.join(found[n][:5])}" + (f" (+{len(found[n]) - 5})" if len(found[n]) > 5 else ""))
    print(f"{len(found)} of {len(names)} invented names found in {count} earlier files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
