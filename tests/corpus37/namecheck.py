#!/usr/bin/env python3
"""Name check: case-insensitive fixed-string search of every invented name (invented_names.txt)
over all earlier corpus folders (corpus34-37 excluded) and /work/shared/. Prints only hits.

Usage: python3 tests/corpus37/namecheck.py
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXCLUDE = {"corpus34", "corpus35", "corpus36", "corpus37"}
names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
         if l.strip() and not l.startswith("#")]
files = [p for d in sorted(HERE.parent.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE
         for p in d.rglob("*") if p.is_file()]
files += [p for p in Path("/work/shared").rglob("*") if p.is_file()]
found = 0
lowered = {}
for p in files:
    try:
        lowered[p] = p.read_text(encoding="utf-8", errors="replace").lower()
    except OSError:
        continue
for n in names:
    hits = [p for p, t in lowered.items() if n.lower() in t]
    if hits:
        found += 1
        print(f"FOUND {n!r}: {', '.join(str(h.relative_to(h.parents[2])) for h in hits[:4])}")
print(f"searched {len(lowered)} files for {len(names)} names; {found} found")
