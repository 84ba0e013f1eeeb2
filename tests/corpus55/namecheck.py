#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus55/namecheck.py [NAMES.txt]   (default: invented_names.txt here)

Searches case-insensitively, as fixed strings, every name listed in invented_names.txt (one a
line; lines starting with '#' and blank lines are skipped) in every file of every earlier corpus
folder ../corpus*/ (articles, gold, README, scripts; corpus54 to corpus57 excluded: written at
the same time by other helpers) and of ../../../shared/. Prints only the name and the file names
where it occurs. Exit status 0 when no name is found, 1 otherwise. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus54", "corpus55", "corpus56", "corpus57"}


def files():
    roots = [d for d in sorted(TESTS.glob("corpus*")) if d.is_dir() and d.name not in EXCLUDED]
    roots.append(SHARED)
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                yield p


def main(argv):
    names_file = Path(argv[1]) if len(argv) > 1 else HERE / "invented_names.txt"
    names = [l.strip() for l in names_file.read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.strip().startswith("#")]
    texts = []
    for p in files():
        try:
            texts.append((p, p.read_bytes().decode("utf-8", errors="replace").lower()))
        except OSError:
            continue
    found = 0
    for name in names:
        low = name.lower()
        where = [str(p.relative_to(p.parents[2])) if "corpus" in str(p) else str(p) for p, t in texts if low in t]
        if where:
            found += 1
            print(f"{name}: {', '.join(where[:8])}{' …' if len(where) > 8 else ''}")
    print(f"{found} of {len(names)} invented names found in {len(texts)} earlier files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
