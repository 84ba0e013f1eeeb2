#!/usr/bin/env python3
"""Name check: are any of this corpus's invented names already used in earlier material?

Usage: python3 tests/corpus50/namecheck.py

Reads invented_names.txt (one name a line, '#' lines are comments) and searches each
name, case-insensitively as a fixed string, in every file of every earlier corpus
folder (tests/corpus*/, EXCLUDING corpus50 to corpus53: articles, gold, README and
scripts) and of ../shared/ (recursively). Prints only the names found and the file
names they were found in, never the earlier texts. Also reports a listed name that
does not occur in this corpus's own articles. Exit status 0 when no invented name
occurs in earlier material, 1 otherwise. Standard library only.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SHARED = TESTS.parent.parent / "shared"
EXCLUDED = {"corpus50", "corpus51", "corpus52", "corpus53"}


def names():
    out = []
    for line in (HERE / "invented_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def earlier_files():
    files = []
    for d in sorted(TESTS.glob("corpus*")):
        if d.is_dir() and d.name not in EXCLUDED:
            files += [p for p in d.rglob("*") if p.is_file()]
    if SHARED.is_dir():
        files += [p for p in SHARED.rglob("*") if p.is_file()]
    return sorted(files)


def main():
    listed = names()
    own = " ".join(p.read_text(encoding="utf-8").lower() for p in (HERE / "articles").iterdir() if p.is_file())
    for n in listed:
        if n.lower() not in own:
            print(f"note: {n!r} does not occur in this corpus's articles")
    files = earlier_files()
    found = 0
    for p in files:
        try:
            text = p.read_text(encoding="utf-8", errors="replace").lower()
        except OSError:
            continue
        for n in listed:
            if n.lower() in text:
                found += 1
                print(f"{n!r} found in {p.relative_to(TESTS) if TESTS in p.parents else p}")
    print(f"{len(listed)} invented names checked against {len(files)} earlier files: {found} hit(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
