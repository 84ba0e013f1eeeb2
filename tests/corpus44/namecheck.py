#!/usr/bin/env python3
"""Name check: is any invented name of this corpus already used in earlier material?

Usage: python3 tests/corpus44/namecheck.py

Reads invented_names.txt (one name a line, '#' starts a comment) and searches every file in
every earlier corpus folder ../corpus*/ (articles, gold, README, scripts; this corpus and
corpus42, corpus43, corpus45, written at the same time, are skipped) and in ../../../shared/
for each name, case-insensitively, as a fixed string. Prints only the names found and the file
names. Exit status 1 when a name is found.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus42", "corpus43", "corpus44", "corpus45"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    files = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in SKIP
             for p in sorted(d.rglob("*")) if p.is_file()]
    files += [p for p in sorted(SHARED.rglob("*")) if p.is_file()]
    found = 0
    for p in files:
        try:
            text = p.read_bytes().decode("utf-8", errors="replace").lower()
        except OSError:
            continue
        for n in names:
            if n.lower() in text:
                found += 1
                print(f"{n!r} found in {p.relative_to(TESTS.parent.parent)}")
    print(f"{len(names)} names checked in {len(files)} files, {found} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
