#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus62/namecheck.py

Case-insensitive fixed-string search of every name in invented_names.txt (lines that
are empty or start with '#' are skipped) over every file in the earlier corpus folders
../corpus*/ (articles, gold, README, scripts; corpus62-corpus65 excluded) and
../../../shared/. Prints only the names found and the files they occur in.
Exit status 0 when none is found, 1 otherwise. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus62", "corpus63", "corpus64", "corpus65"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE]
    if SHARED.is_dir():
        roots.append(SHARED)
    files = [p for r in roots for p in sorted(r.rglob("*")) if p.is_file()]
    found = {}
    for p in files:
        try:
            text = p.read_text(encoding="utf-8", errors="ignore").lower()
        except OSError:
            continue
        for n in names:
            if n.lower() in text:
                found.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)))
    for n in sorted(found):
        print(f"{n}: {', '.join(found[n][:8])}{' …' if len(found[n]) > 8 else ''}")
    print(f"{len(names)} names, {len(files)} files searched, {len(found)} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
