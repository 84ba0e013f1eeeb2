#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus98/namecheck.py

Reads invented_names.txt (one name a line, '#' comments) and searches every file under every
earlier corpus folder ../corpus*/ (articles, gold, README, scripts; corpus98-corpus101, written
at the same time, are excluded) and ../../../shared/ for each name, case-insensitively and as a
fixed string. Prints only the name and the file names where it occurs. Exit status 0 when no
name is found, 1 otherwise. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus98", "corpus99", "corpus100", "corpus101"}


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
    hits = {}
    count = 0
    for p in files():
        count += 1
        try:
            text = p.read_bytes().decode("utf-8", errors="ignore").lower()
        except OSError:
            continue
        for n, l in zip(wanted, low):
            if l in text:
                hits.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)))
    for n, where in sorted(hits.items()):
        print(f"{n!r}: {', '.join(where[:8])}{' …' if len(where) > 8 else ''}")
    print(f"searched {count} files for {len(wanted)} invented names: {len(hits)} found")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
