#!/usr/bin/env python3
"""Name check: case-insensitive fixed-string search of every invented name in
invented_names.txt over all earlier corpus folders (corpus31 and the parallel
corpus30/32/33 excluded) and ../../../shared/. Prints only the name and file names."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SKIP = {"corpus31", "corpus30", "corpus32", "corpus33"}
names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
         if l.strip() and not l.startswith("#")]
files = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in SKIP
         for p in d.rglob("*") if p.is_file()]
files += [p for p in Path("/work/shared").rglob("*") if p.is_file()]
texts = []
for p in files:
    try:
        texts.append((p, p.read_bytes().decode("utf-8", "ignore").lower()))
    except OSError:
        pass
found = 0
for n in names:
    hits = [str(p) for p, t in texts if n.lower() in t]
    if hits:
        found += 1
        print(f"FOUND {n!r} in {len(hits)} file(s): " + ", ".join(h.split('/tests/')[-1] for h in hits[:5]))
print(f"{len(names)} names checked over {len(files)} files; {found} found")
sys.exit(1 if found else 0)
