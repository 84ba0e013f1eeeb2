#!/usr/bin/env python3
"""Case-insensitive fixed-string search of invented names over earlier corpora (not corpus16) and /work/shared. Prints names and file names only."""
import glob
from pathlib import Path
HERE = Path(__file__).resolve().parent
NAMES = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
files = [p for p in glob.glob(str(HERE.parent / "corpus*" / "**" / "*"), recursive=True)
         if Path(p).is_file() and "/corpus16/" not in p and "/corpus17/" not in p]
files += [p for p in glob.glob("/work/shared/**/*", recursive=True) if Path(p).is_file()]
texts = {}
for p in files:
    try:
        texts[p] = Path(p).read_text(encoding="utf-8", errors="replace").lower()
    except OSError:
        pass
found = 0
for n in NAMES:
    hits = [p for p, t in texts.items() if n.lower() in t]
    if hits:
        found += 1
        print(f"FOUND {n!r}: {', '.join(hits[:3])}")
print(f"{len(NAMES)} names checked against {len(texts)} files; found {found}")
