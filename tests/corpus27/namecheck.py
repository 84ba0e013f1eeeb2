#!/usr/bin/env python3
"""Name check: search every invented name (invented_names.txt) case-insensitively as a fixed
string over all earlier corpus folders (corpus26-29 excluded) and ../../../shared/.

Usage: python3 tests/corpus27/namecheck.py
Prints only the names found and the files they occur in.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDE = {"corpus26", "corpus27", "corpus28", "corpus29"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    files = [p for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDE
             for p in d.rglob("*") if p.is_file()]
    files += [p for p in SHARED.rglob("*") if p.is_file()]
    found = 0
    lowered = []
    for p in files:
        try:
            lowered.append((p, p.read_text(encoding="utf-8", errors="replace").lower()))
        except OSError:
            continue
    for n in names:
        hits = [str(p.relative_to(p.parents[2])) for p, t in lowered if n.lower() in t]
        if hits:
            found += 1
            print(f"{n!r}: {', '.join(hits[:5])}{' …' if len(hits) > 5 else ''}")
    print(f"searched {len(files)} files for {len(names)} names; found {found}")


if __name__ == "__main__":
    main()
