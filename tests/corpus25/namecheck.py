#!/usr/bin/env python3
"""Name check: case-insensitive fixed-string search of invented_names.txt over earlier corpora and ../../../shared.
Prints only the names found and the files they occur in."""
from pathlib import Path
HERE = Path(__file__).resolve().parent
names = [n.strip() for n in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines() if n.strip()]
roots = [d for d in sorted(HERE.parent.glob("corpus*")) if d.is_dir() and d.name not in ("corpus24", HERE.name)]
roots.append(Path("/work/shared"))
files = [p for r in roots for p in r.rglob("*") if p.is_file()]
texts = {}
for p in files:
    try:
        texts[p] = p.read_bytes().decode("utf-8", errors="replace").lower()
    except OSError:
        pass
found = 0
for n in names:
    hits = [str(p) for p, t in texts.items() if n.lower() in t]
    if hits:
        found += 1
        print(f"{n!r}: {len(hits)} file(s), e.g. {hits[:3]}")
print(f"{len(names)} names checked over {len(texts)} files; {found} found")
