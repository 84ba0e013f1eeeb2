"""Score the three mention extractors on the shared German conformance cases (Recognizers-Text).

The predictions are written in-process to a temporary JSONL file and scored by the shared scorer,
exactly as CI scores them; the rates must reach the project targets.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.extraction.amounts import find_amounts
from desktop.extraction.dates import find_dates
from desktop.extraction.numbers import find_numbers

SHARED = Path(__file__).resolve().parents[2] / "shared"
CASES = SHARED / "conformance" / "recognizers-de"
SCORER = SHARED / "tools" / "score_mentions.py"

TARGETS = [("dates.jsonl", "date", 0.90), ("money.jsonl", "money", 0.95), ("numbers.jsonl", "number", 0.95)]

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="shared conformance data not available")


def _reference(case: dict) -> date:
    # A null reference means "now" to Recognizers-Text (its test harness runs with the clock).
    return date.fromisoformat(case["reference"][:10]) if case.get("reference") else date.today()


def _prediction(case: dict) -> dict:
    text = case["text"]
    return {
        "id": case["id"],
        "dates": [
            {"text": m.text, "start": m.start, "end": m.end, "value": m.value, "precision": m.precision,
             "range_start": m.range_start.isoformat(), "range_end": m.range_end.isoformat()}
            for m in find_dates(text, _reference(case))
        ],
        "amounts": [
            {"text": m.text, "start": m.start, "end": m.end, "value": m.value, "value_max": m.value_max,
             "currency": m.currency, "qualifier": m.qualifier}
            for m in find_amounts(text)
        ],
        "numbers": [{"text": m.text, "start": m.start, "end": m.end, "value": m.value} for m in find_numbers(text)],
    }


@pytest.mark.parametrize("filename,kind,target", TARGETS)
def test_conformance_rate(tmp_path: Path, filename: str, kind: str, target: float) -> None:
    cases_file = CASES / filename
    pred_file = tmp_path / f"pred_{kind}.jsonl"
    with open(cases_file, encoding="utf-8") as f, open(pred_file, "w", encoding="utf-8") as out:
        for line in f:
            if line.strip():
                out.write(json.dumps(_prediction(json.loads(line)), ensure_ascii=False) + "\n")
    result = subprocess.run(
        [sys.executable, str(SCORER), str(cases_file), str(pred_file), "--kind", kind, "--show", "20"],
        capture_output=True, text=True, check=True,
    )
    m = re.search(r"(\d+)/(\d+) passed \(([0-9.]+)\)", result.stdout)
    assert m, result.stdout
    rate = int(m.group(1)) / int(m.group(2))
    assert rate >= target, f"{kind}: {rate:.3f} < {target}\n{result.stdout}"
