#!/usr/bin/env python3
"""Scorer checks: build a perfect export (one row per id, all source articles, the first article's
fields) and a per-mention export (one row per deal mention) from gold.json, score both with
../../../shared/tools/score_deals.py and print the results. The CSVs are written to a temporary
folder inside this corpus folder and removed afterwards.  Usage: scorer_check.py"""
import csv
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = (HERE / ".." / ".." / ".." / "shared" / "tools" / "score_deals.py").resolve()
FIELDS = ["parties", "amount", "amount_max", "currency", "date", "kind", "status", "sources"]


def row(d, sources, date=None):
    return {"parties": ";".join(d["parties"]), "amount": d["amount"] or "", "amount_max": d["amount_max"] or "",
            "currency": d["currency"] or "", "date": date if date is not None else (d["date"] or ""),
            "kind": d["kind"], "status": d["status"], "sources": ";".join(sources)}


def main():
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    by_id = {}
    mentions = []
    for name, a in gold["articles"].items():
        for d in a["deals"]:
            by_id.setdefault(d["id"], []).append((name, d))
            mentions.append(row(d, [name]))
    perfect = []
    for did, entries in by_id.items():
        first = entries[0][1]
        dates = [d["date"] for _, d in entries if d["date"]]
        date = max(dates, key=len) if dates else ""
        perfect.append(row(first, [n for n, _ in entries], date))
    tmp = Path(tempfile.mkdtemp(prefix="scorer_", dir=HERE))
    try:
        for label, rows in (("perfect (one row per id)", perfect), ("per mention", mentions)):
            path = tmp / "deals.csv"
            with open(path, "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=FIELDS)
                w.writeheader()
                w.writerows(rows)
            print(f"== {label}: {len(rows)} rows")
            out = subprocess.run([sys.executable, str(SCORER), str(HERE / "gold.json"), str(path)],
                                 capture_output=True, text=True).stdout
            print("\n".join(l for l in out.splitlines() if not l.startswith("false positive:")))
            print(f"({sum(1 for l in out.splitlines() if l.startswith('false positive:'))} false-positive rows)")
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
