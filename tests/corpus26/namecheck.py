#!/usr/bin/env python3
"""Name check: case-insensitive fixed-string search of every invented name in invented_names.txt
over all earlier corpus folders (corpus26-29 excluded) and ../../../shared/.

Usage: python3 tests/corpus26/namecheck.py
Prints only the names found and the files they were found in.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus26", "corpus27", "corpus28", "corpus29"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDE:
            files += [p for p in d.rglob("*") if p.is_file()]
    files += [p for p in SHARED.rglob("*") if p.is_file()]
    texts = {}
    for p in files:
        try:
            texts[p] = (str(p.relative_to(TESTS.parent.parent)) + "\n" + p.read_text(encoding="utf-8", errors="replace")).lower()
        except OSError:
            pass
    found = 0
    for n in names:
        hits = [str(p.relative_to(TESTS.parent.parent)) for p, t in texts.items() if n.lower() in t]
        if hits:
            found += 1
            print(f"FOUND {n!r} in {len(hits)} file(s): {', '.join(hits[:4])}")
    print(f"checked {len(names)} names over {len(texts)} files; {found} found")


if __name__ == "__main__":
    main()
