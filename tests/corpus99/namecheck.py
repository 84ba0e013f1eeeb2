#!/usr/bin/env python3
"""Name check for corpus99: are any of our invented names already used in earlier material?

Usage: python3 tests/corpus99/namecheck.py

Reads invented_names.txt (one name per line, '#' comments) and searches every file in every
earlier corpus folder (../corpus*, without corpus98-corpus101, which other helpers write at the
same time) and in ../../../shared/ for each name as a case-insensitive fixed string. Prints only
the names found and the files they occur in. Exit status 1 when any name is found.
Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXCLUDE = {"corpus98", "corpus99", "corpus100", "corpus101"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    roots = [d for d in sorted(HERE.parent.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE]
    roots.append(HERE.parent.parent.parent / "shared")
    files = [p for r in roots for p in sorted(r.rglob("*")) if p.is_file()]
    found = {}
    for p in files:
        try:
            text = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for n in names:
            if n.lower() in text:
                found.setdefault(n, []).append(str(p.relative_to(HERE.parent.parent.parent)))
    for n, where in sorted(found.items()):
        print(f"{n}: {', '.join(where[:5])}{' …' if len(where) > 5 else ''}")
    print(f"searched {len(files)} files for {len(names)} names: {len(found)} found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
