#!/usr/bin/env python3
"""Name check: case-insensitive fixed-string search of every invented name in
invented_names.txt over all earlier corpus folders (tests/corpus*/ except this one and the
parallel corpus26-28) and ../../../shared/. Prints only the name and the file names where it occurs.

Usage: python3 tests/corpus29/namecheck.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SKIP = {"corpus29", "corpus26", "corpus27", "corpus28"}
SHARED = (TESTS.parent.parent / "shared").resolve()

names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
         if l.strip() and not l.startswith("#")]
files = []
for d in sorted(TESTS.glob("corpus*")):
    if d.is_dir() and d.name not in SKIP:
        files += [p for p in d.rglob("*") if p.is_file()]
files += [p for p in SHARED.rglob("*") if p.is_file()]
texts = []
for p in files:
    try:
        texts.append((p, p.read_bytes().decode("utf-8", "replace").lower()))
    except OSError:
        pass
found = 0
for n in names:
    hits = [str(p) for p, t in texts if n.lower() in t]
    if hits:
        found += 1
        print(f"FOUND {n!r} in {len(hits)} file(s): " + ", ".join(sorted(hits)[:5]))
print(f"{len(names)} names checked against {len(texts)} files; {found} found")
sys.exit(1 if found else 0)
