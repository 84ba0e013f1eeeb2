#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus70/namecheck.py

Reads invented_names.txt (one name a line; '#' lines and blank lines ignored) and searches
each name, case-insensitively as a fixed string, in every file of every earlier corpus
folder (../corpus*/, except corpus70 to corpus73, written at the same time by other
helpers) and of /work/shared/. Prints only the names found and the file names.
Exit status 1 when any name is found. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = Path("/work/shared")
EXCLUDED = {"corpus70", "corpus71", "corpus72", "corpus73"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def files():
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDED]
    if SHARED.is_dir():
        roots.append(SHARED)
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                yield p


def main():
    wanted = names()
    low = [n.lower() for n in wanted]
    found = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        for n, l in zip(wanted, low):
            if l in text:
                found.setdefault(n, []).append(str(p))
    for n, where in found.items():
        print(f"FOUND {n!r}: " + ", ".join(where[:5]) + (f" (+{len(where) - 5} more)" if len(where) > 5 else ""))
    print(f"{len(wanted)} invented names checked against {count} earlier files: {len(found)} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
