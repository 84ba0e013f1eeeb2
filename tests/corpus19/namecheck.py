#!/usr/bin/env python3
"""Name check: case-insensitive fixed-string search of invented_names.txt over earlier corpus
folders (corpus18 excluded) and /work/shared/. Prints only names and file names."""
from pathlib import Path
HERE = Path(__file__).resolve().parent
names = [n.strip() for n in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines() if n.strip()]
files = []
for d in sorted(HERE.parent.glob("corpus*")):
    if d.is_dir() and d.name not in ("corpus18", HERE.name):
        files += [p for p in d.rglob("*") if p.is_file()]
files += [p for p in Path("/work/shared").rglob("*") if p.is_file()]
texts = {}
for p in files:
    try:
        texts[p] = p.read_bytes().decode("utf-8", errors="replace").lower()
    except OSError:
        pass
found = 0
for n in names:
    hits = [str(p.relative_to(p.parents[2])) if len(p.parents) > 2 else str(p) for p, t in texts.items() if n.lower() in t]
    if hits:
        found += 1
        print(f"{n!r}: {', '.join(hits[:4])}{' …' if len(hits) > 4 else ''}")
print(f"names: {len(names)}; files searched: {len(texts)}; names found: {found}")
