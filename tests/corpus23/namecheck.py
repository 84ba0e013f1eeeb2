#!/usr/bin/env python3
"""Name check: case-insensitive fixed-string search for every invented name (invented_names.txt)
over the earlier corpus folders (file contents and file names; corpus22 and this corpus excluded)
and ../../../shared/. Prints only the name and the files it occurs in.

Usage: python3 tests/corpus23/namecheck.py
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"

def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    files = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in ("corpus22", HERE.name)
             for p in d.rglob("*") if p.is_file()]
    files += [p for p in SHARED.rglob("*") if p.is_file()]
    texts = []
    for p in files:
        try:
            texts.append((p, (p.read_text(encoding="utf-8", errors="replace") + "\n" + str(p)).lower()))
        except OSError:
            pass
    found = 0
    for n in names:
        where = [str(p.relative_to(p.parents[2])) for p, t in texts if n.lower() in t]
        if where:
            found += 1
            print(f"{n}: {', '.join(where[:4])}{' …' if len(where) > 4 else ''}")
    print(f"{len(names)} names, {len(files)} files searched, {found} found")

if __name__ == "__main__":
    main()
