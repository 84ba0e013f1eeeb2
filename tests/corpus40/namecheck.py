#!/usr/bin/env python3
"""Name check: is any invented name of this corpus already in earlier material?

Usage: python3 tests/corpus40/namecheck.py
Case-insensitive fixed-string search of every line of invented_names.txt (comments skipped) over
all files (and file names) in ../corpus*/ (not corpus38-41) and ../../../shared/.
Prints only the names found and the files they occur in.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
SKIP = {"corpus38", "corpus39", "corpus40", "corpus41"}


def main():
    names = [l.strip() for l in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in SKIP:
            files += [p for p in d.rglob("*") if p.is_file()]
    if SHARED.is_dir():
        files += [p for p in SHARED.rglob("*") if p.is_file()]
    texts = []
    for p in files:
        try:
            t = p.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        texts.append((str(p.relative_to(TESTS.parent.parent)), (str(p) + "\n" + t).lower()))
    found = 0
    for n in names:
        hits = [path for path, t in texts if n.lower() in t]
        if hits:
            found += 1
            print(f"FOUND {n!r}: {', '.join(hits[:4])}{' …' if len(hits) > 4 else ''}")
    print(f"{len(names)} names checked against {len(texts)} files; {found} found")


if __name__ == "__main__":
    main()
