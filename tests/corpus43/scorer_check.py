#!/usr/bin/env python3
"""Scorer checks: write a perfect export (one row per id) and a per-mention export of gold.json
into scorer_checks/ and score both with ../../../shared/tools/score_deals.py.

Usage: python3 tests/corpus43/scorer_check.py
"""
import csv
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = HERE.parent.parent.parent / "shared" / "tools" / "score_deals.py"
FIELDS = ["parties", "amount", "amount_max", "currency", "date", "kind", "status", "sources"]


def row(d, sources, date):
    return {"parties": ";".join(d["parties"]), "amount": d["amount"] or "", "amount_max": d["amount_max"] or "",
            "currency": d["currency"] or "", "date": date or "", "kind": d["kind"], "status": d["status"],
            "sources": ";".join(sources)}


def main():
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    first, sources, dates, mentions = {}, {}, {}, []
    for name, a in gold["articles"].items():
        for d in a["deals"]:
            first.setdefault(d["id"], d)
            sources.setdefault(d["id"], []).append(name)
            if d.get("date"):
                dates.setdefault(d["id"], d["date"])
            mentions.append(row(d, [name], d.get("date")))
    out = HERE / "scorer_checks"
    out.mkdir(exist_ok=True)
    perfect = [row(d, sources[i], dates.get(i)) for i, d in first.items()]
    for fname, rows in (("perfect_export.csv", perfect), ("mention_export.csv", mentions)):
        with open(out / fname, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, FIELDS)
            w.writeheader()
            w.writerows(rows)
        print(f"== {fname} ({len(rows)} rows)")
        res = subprocess.run([sys.executable, str(SCORER), str(HERE / "gold.json"), str(out / fname)],
                             capture_output=True, text=True)
        print("\n".join(l for l in res.stdout.splitlines() if not l.startswith("false positive:")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
