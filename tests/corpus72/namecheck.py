#!/usr/bin/env python3
"""Name check: are any invented names of this corpus already used in earlier material?

Usage: python3 tests/corpus72/namecheck.py

Case-insensitive fixed-string search of every line of invented_names.txt (blank lines and
lines starting with '#' skipped) over every file in the earlier corpus folders ../corpus*/
(articles, gold, README, scripts; without corpus70-corpus73) and ../../../shared/. Prints only
the names found and the files they were found in. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus70", "corpus71", "corpus72", "corpus73"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDE:
            files += [p for p in d.rglob("*") if p.is_file()]
    files += [p for p in SHARED.rglob("*") if p.is_file()]
    low = {n: n.lower() for n in names}
    found = {}
    for p in files:
        try:
            t = p.read_bytes().decode("utf-8", errors="replace").lower()
        except OSError:
            continue
        for n, ln in low.items():
            if ln in t:
                found.setdefault(n, []).append(str(p))
    for n in names:
        if n in found:
            print(f"FOUND {n!r} in {len(found[n])} file(s): {', '.join(found[n][:3])}")
    print(f"{len(names)} names searched in {len(files)} files; {len(found)} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
