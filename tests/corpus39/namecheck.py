#!/usr/bin/env python3
"""Name check: search every invented name (invented_names.txt, one per line) case-insensitively
as a fixed string over all earlier corpus folders (excluding this corpus and the parallel corpora
38, 40, 41) and ../../../shared/. Prints only the names found and the file names. Exit 1 if any."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SKIP = {"corpus39", "corpus38", "corpus40", "corpus41"}
names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
         if l.strip() and not l.startswith("#")]
files = []
for d in sorted(TESTS.glob("corpus*")):
    if d.is_dir() and d.name not in SKIP:
        files += [p for p in d.rglob("*") if p.is_file()]
shared = TESTS.parent.parent / "shared"
files += [p for p in shared.rglob("*") if p.is_file()]
texts = {}
for p in files:
    try:
        texts[p] = p.read_bytes().decode("utf-8", "ignore").lower()
    except OSError:
        pass
found = 0
for n in names:
    hits = [str(p.relative_to(TESTS.parent.parent)) for p, t in texts.items() if n.lower() in t]
    if hits:
        found += 1
        print(f"FOUND {n!r}: {', '.join(sorted(hits)[:6])}{' …' if len(hits) > 6 else ''}")
print(f"{len(names)} names checked over {len(texts)} files; {found} found")
sys.exit(1 if found else 0)
