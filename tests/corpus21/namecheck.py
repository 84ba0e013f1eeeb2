#!/usr/bin/env python3
"""Name check: case-insensitive fixed-string search for every invented name (invented_names.txt)
over the earlier corpus folders (corpus20 and this corpus excluded) and ../../../shared/.
Prints only the names found and the files they occur in."""
from pathlib import Path

HERE = Path(__file__).resolve().parent
names = [n.strip() for n in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines() if n.strip()]
roots = [d for d in sorted(HERE.parent.glob("corpus*")) if d.is_dir() and d.name not in ("corpus20", HERE.name)]
roots.append(HERE.parents[2] / "shared")
files = [p for r in roots for p in r.rglob("*") if p.is_file()]
found = {}
for p in files:
    try:
        t = p.read_text(encoding="utf-8", errors="replace").lower()
    except OSError:
        continue
    low_path = str(p).lower()
    for n in names:
        if n.lower() in t or n.lower() in low_path:
            found.setdefault(n, []).append(str(p.relative_to(HERE.parents[2])))
print(f"searched {len(files)} files for {len(names)} names")
for n, fs in found.items():
    print(f"{n}: {len(fs)} file(s), e.g. {', '.join(fs[:3])}")
print(f"{len(found)} name(s) found")
