#!/usr/bin/env python3
"""Name check: case-insensitive fixed-string search for every name in invented_names.txt over
every earlier corpus folder (../corpus*/, this folder and corpus46/48/49 excluded) and
../../../shared/. Prints only the names found and the files they were found in.
Usage: namecheck.py"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = (TESTS / ".." / ".." / "shared").resolve()
SKIP = {HERE.name, "corpus46", "corpus48", "corpus49"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def files():
    roots = [p for p in sorted(TESTS.glob("corpus*")) if p.is_dir() and p.name not in SKIP]
    roots.append(SHARED)
    for root in roots:
        for p in root.rglob("*"):
            if p.is_file():
                yield p


def main():
    wanted = [(n, n.lower()) for n in names()]
    found = {}
    count = 0
    for p in files():
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        count += 1
        for n, low in wanted:
            if low in text:
                found.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent) if str(p).startswith(str(TESTS.parent.parent)) else p))
    for n, where in found.items():
        print(f"FOUND {n!r} in {len(where)} file(s): " + ", ".join(where[:5]))
    print(f"searched {count} files for {len(wanted)} names: {len(found)} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
