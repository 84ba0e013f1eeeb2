#!/usr/bin/env python3
"""Name check for corpus59: are any of our invented names already in earlier material?

Usage: python3 tests/corpus59/namecheck.py

Case-insensitive fixed-string search of every name in invented_names.txt (lines that are
not empty and do not start with '#') over every file in every earlier corpus folder
(../corpus*/, except corpus58-61, which other helpers write at the same time) and in
../../../shared/. Prints only the names found and the files; exit status 0.
Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus58", "corpus59", "corpus60", "corpus61"}


def files():
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDE:
            yield from (p for p in sorted(d.rglob("*")) if p.is_file())
    if SHARED.is_dir():
        yield from (p for p in sorted(SHARED.rglob("*")) if p.is_file())


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.lstrip().startswith("#")]
    low = [(n, n.lower()) for n in names]
    hits = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_text(encoding="utf-8", errors="ignore").lower()
        except OSError:
            continue
        for n, ln in low:
            if ln in text:
                hits.setdefault(n, []).append(str(p.relative_to(TESTS)) if TESTS in p.parents else str(p))
    for n in names:
        if n in hits:
            print(f"{n}: {', '.join(hits[n][:8])}{' …' if len(hits[n]) > 8 else ''}")
    print(f"{len(hits)} of {len(names)} invented names found in {count} earlier files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
