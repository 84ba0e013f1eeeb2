#!/usr/bin/env python3
"""Name check: search every invented name (invented_names.txt) case-insensitively as a fixed
string over all earlier corpus folders and ../../../shared/. Prints only matching names and file
names. Excludes corpus35 itself and the concurrently written corpus34, corpus36, corpus37."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
EXCLUDE = {"corpus35", "corpus34", "corpus36", "corpus37"}
names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE]
roots.append((TESTS / "../../shared").resolve())
files = [f for r in roots for f in r.rglob("*") if f.is_file()]
hits = 0
for f in files:
    try:
        text = f.read_bytes().decode("utf-8", "replace").lower()
    except OSError:
        continue
    for n in names:
        if n.lower() in text:
            hits += 1
            print(f"FOUND {n!r} in {f}")
print(f"{len(names)} names, {len(files)} files searched, {hits} hit(s)")
sys.exit(1 if hits else 0)
