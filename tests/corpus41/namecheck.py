#!/usr/bin/env python3
"""Name check: search every invented name (invented_names.txt) case-insensitively, as a fixed
string, in all earlier corpus folders and ../../../shared/. Prints only the name and file names.
corpus41 itself and corpus38/39/40 (written at the same time) are excluded."""
from pathlib import Path
import sys

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus41", "corpus38", "corpus39", "corpus40"}

names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
files = []
for d in sorted(TESTS.glob("corpus*")):
    if d.is_dir() and d.name not in EXCLUDE:
        files += [p for p in d.rglob("*") if p.is_file()]
files += [p for p in SHARED.rglob("*") if p.is_file()]
texts = []
for p in files:
    try:
        texts.append((p, p.read_bytes().decode("utf-8", "ignore").lower()))
    except OSError:
        pass
found = 0
for n in names:
    hits = [str(p.relative_to(TESTS.parent.parent)) for p, t in texts if n.lower() in t]
    if hits:
        found += 1
        print(f"FOUND {n!r}: {', '.join(hits[:6])}{' …' if len(hits) > 6 else ''}")
print(f"{len(names)} names checked against {len(files)} files; {found} found")
sys.exit(1 if found else 0)
