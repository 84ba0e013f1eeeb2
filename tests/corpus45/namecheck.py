#!/usr/bin/env python3
"""Name check: search every earlier corpus folder and ../../../shared/ for the invented names.

Usage: python3 tests/corpus45/namecheck.py
Case-insensitive fixed-string search for every name in invented_names.txt over all files in
../corpus*/ (except this corpus and corpus42-44, written at the same time by others) and
../../../shared/. Prints only the names found and the files they occur in. Exit 1 if any found.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SKIP = {HERE.name, "corpus42", "corpus43", "corpus44"}


def names():
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def files():
    for d in sorted(HERE.parent.glob("corpus*")):
        if d.is_dir() and d.name not in SKIP:
            yield from (p for p in d.rglob("*") if p.is_file())
    shared = HERE.parent.parent.parent / "shared"
    yield from (p for p in shared.rglob("*") if p.is_file())


def main():
    wanted = [(n, n.lower()) for n in names()]
    found = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        for n, low in wanted:
            if low in text:
                found.setdefault(n, []).append(str(p))
    for n, paths in found.items():
        print(f"FOUND {n!r} in {len(paths)} file(s): " + ", ".join(paths[:5]))
    print(f"name check: {len(wanted)} names, {count} files searched, {len(found)} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
