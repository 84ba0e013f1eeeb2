#!/usr/bin/env python3
"""Scorer checks: score a perfect export and a per-mention export of gold.json with the shared scorer.

Usage: python3 tests/corpus44/scorer_check.py
Writes two temporary CSVs to /tmp (perfect: one row per id with all sources and the first article's
fields; per-mention: one row per deal mention) and runs ../../../shared/tools/score_deals.py on each.
"""
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = HERE.parent.parent.parent / "shared" / "tools" / "score_deals.py"
FIELDS = ["parties", "amount", "amount_max", "currency", "date", "kind", "status", "sources"]


def row(d, sources):
    return {"parties": ";".join(d["parties"]), "amount": d["amount"] if d["amount"] is not None else "",
            "amount_max": d["amount_max"] if d["amount_max"] is not None else "",
            "currency": d["currency"] or "", "date": d["date"] or "", "kind": d["kind"],
            "status": d["status"], "sources": ";".join(sources)}


def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)


def main():
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    first, sources = {}, {}
    per_mention = []
    for name, a in gold["articles"].items():
        for d in a["deals"]:
            first.setdefault(d["id"], d)
            sources.setdefault(d["id"], []).append(name)
            per_mention.append(row(d, [name]))
    perfect = [row(first[k], sources[k]) for k in first]
    tmp = Path(tempfile.mkdtemp(prefix="corpus44_scorer_"))
    for label, rows in (("perfect", perfect), ("per-mention", per_mention)):
        path = tmp / f"{label}.csv"
        write(path, rows)
        print(f"== {label} export ({len(rows)} rows): {path}")
        out = subprocess.run([sys.executable, str(SCORER), str(HERE / "gold.json"), str(path)],
                             capture_output=True, text=True).stdout
        print("\n".join(l for l in out.splitlines() if not l.startswith("false positive:")))
        print(f"false positive rows: {sum(1 for l in out.splitlines() if l.startswith('false positive:'))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
