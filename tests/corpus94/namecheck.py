#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus94/namecheck.py

Searches every name in invented_names.txt (case-insensitive, fixed string) in every file of
every earlier corpus folder ../corpus*/ (articles, gold, README, scripts; this corpus and
corpus95-97, written at the same time, excluded) and in ../../../shared/. Prints only the
names found and the file names they were found in. Exit status 0 when none is found.
Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus94", "corpus95", "corpus96", "corpus97"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDED]
    roots.append(SHARED)
    files = [p for r in roots for p in sorted(r.rglob("*")) if p.is_file()]
    found = {}
    for p in files:
        text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        for n in names:
            if n.lower() in text:
                found.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)))
    for n, where in sorted(found.items()):
        print(f"{n}: {', '.join(where[:4])}{' …' if len(where) > 4 else ''}")
    print(f"{len(names)} names searched in {len(files)} files; {len(found)} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
