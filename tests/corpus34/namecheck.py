#!/usr/bin/env python3
"""Name check: search every invented name (invented_names.txt, one per line) case-insensitively
as a fixed string over all earlier corpus folders and ../../../shared/.

Usage: python3 tests/corpus34/namecheck.py [NAMES.txt]
Prints only the names found and the files they occur in. Excludes corpus34 and corpus35-37.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(TESTS, "..", "..", "shared"))
EXCLUDE = {"corpus34", "corpus35", "corpus36", "corpus37"}


def files():
    roots = [os.path.join(TESTS, d) for d in sorted(os.listdir(TESTS))
             if d.startswith("corpus") and d not in EXCLUDE and os.path.isdir(os.path.join(TESTS, d))]
    roots.append(SHARED)
    for root in roots:
        for dirpath, _, names in os.walk(root):
            for n in names:
                yield os.path.join(dirpath, n)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "invented_names.txt")
    names = [l.strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
    texts = []
    for p in files():
        try:
            texts.append((p, open(p, encoding="utf-8", errors="replace").read().lower()))
        except OSError:
            pass
    found = 0
    for n in names:
        hits = [os.path.relpath(p, TESTS) for p, t in texts if n.lower() in t]
        if hits:
            found += 1
            print(f"FOUND {n!r}: {', '.join(hits[:4])}{' …' if len(hits) > 4 else ''}")
    print(f"{found} of {len(names)} invented names found in {len(texts)} earlier files")


if __name__ == "__main__":
    main()
