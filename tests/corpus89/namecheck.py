#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus89/namecheck.py

Case-insensitive fixed-string search of every name in invented_names.txt over every file of
every earlier corpus folder (../corpus*/, corpus86-89 excluded: they are written at the same
time) and ../../../shared/. Prints only the names found and the file names. Standard library only.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = re.compile(r"^corpus(86|87|88|89)$")


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and not EXCLUDE.match(d.name) and d != HERE:
            files += [p for p in d.rglob("*") if p.is_file()]
    files += [p for p in SHARED.rglob("*") if p.is_file()]
    hits = {}
    for p in files:
        try:
            low = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for n in names:
            if n.lower() in low:
                hits.setdefault(n, []).append(str(p.relative_to(TESTS if p.is_relative_to(TESTS) else SHARED.parent)))
    for n, where in sorted(hits.items()):
        print(f"{n!r}: {', '.join(where[:4])}{' …' if len(where) > 4 else ''} ({len(where)} files)")
    print(f"searched {len(files)} files for {len(names)} names; {len(hits)} found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
