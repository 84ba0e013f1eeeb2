#!/usr/bin/env python3
"""n-gram copy check: compares this corpus's articles with earlier corpora and the seeds.

Usage: python3 tests/corpus23/copycheck.py [N]   (default 7)
Prints only the matching n-grams and the names of the files they occur in (earlier articles are not shown).
HTML: comments and tags removed, script/JSON-LD text kept. corpus22 (written at the same time) is excluded.
"""
import html, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
SEEDS = TESTS.parent.parent / "shared" / "seeds"

def words(path):
    t = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"(?s)<!--.*?-->", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    t = re.sub(r"[^\w\s]", " ", t.lower())
    return t.split()

def grams(ws, n):
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    mine = {p.name: grams(words(p), n) for p in sorted((HERE / "articles").iterdir()) if p.is_file()}
    others = [p for d in sorted(TESTS.glob("corpus*")) if d.name not in ("corpus22", "corpus23")
              for p in sorted((d / "articles").glob("*")) if p.is_file()]
    others += [p for p in sorted(SEEDS.rglob("*")) if p.is_file()]
    hits = {}
    for o in others:
        og = grams(words(o), n)
        for name, g in mine.items():
            for m in g & og:
                hits.setdefault((name, m), []).append(f"{o.parent.parent.name}/{o.name}")
    for (name, m), where in sorted(hits.items()):
        print(f"{name}: '{m}'  <- {', '.join(where[:3])}{' …' if len(where) > 3 else ''}")
    print(f"compared with {len(others)} files; {len({m for _, m in hits})} matching {n}-grams")

if __name__ == "__main__":
    main()
