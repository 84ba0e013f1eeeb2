#!/usr/bin/env python3
"""Name check: search every invented name (invented_names.txt) case-insensitively as a fixed
string over all earlier corpus folders (tests/corpus*/, without corpus30, corpus31, corpus32,
corpus33) and shared/. Prints only the names found and the files they occur in.

Usage: python3 tests/corpus30/namecheck.py
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus30", "corpus31", "corpus32", "corpus33"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    files = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE
             for p in sorted(d.rglob("*")) if p.is_file()]
    files += [p for p in sorted(SHARED.rglob("*")) if p.is_file()]
    found = {}
    for p in files:
        try:
            text = p.read_bytes().decode("utf-8", errors="replace").lower()
        except OSError:
            continue
        for n in names:
            if n.lower() in text:
                found.setdefault(n, []).append(str(p.relative_to(TESTS.parent.parent)))
    for n, where in sorted(found.items()):
        print(f"{n}: {', '.join(where[:5])}{' …' if len(where) > 5 else ''}")
    print(f"{len(names)} names checked against {len(files)} files; {len(found)} found")


if __name__ == "__main__":
    main()
