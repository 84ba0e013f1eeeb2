"""Extraction results as JSON-ready dicts (the `extract --json/--jsonl` format)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from desktop.extraction.mentions import DateMention, Extraction


def _date(d: DateMention) -> dict[str, Any]:
    return {
        "text": d.text, "start": d.start, "end": d.end, "value": d.value, "precision": d.precision,
        "range_start": d.range_start.isoformat(), "range_end": d.range_end.isoformat(),
    }


def extraction_dict(ex: Extraction) -> dict[str, Any]:
    return {
        "dates": [_date(d) for d in ex.dates],
        "amounts": [
            {"text": a.text, "start": a.start, "end": a.end, "value": a.value,
             "value_max": a.value_max, "currency": a.currency, "qualifier": a.qualifier,
             "per_year": a.per_year}
            for a in ex.amounts
        ],
        "numbers": [{"text": n.text, "start": n.start, "end": n.end, "value": n.value} for n in ex.numbers],
        "organizations": [
            {"text": o.text, "start": o.start, "end": o.end, "name": o.name} for o in ex.organizations
        ],
        "deals": [_deal(d) for d in ex.deals],
    }


def _deal(d) -> dict[str, Any]:
    out = asdict(d)
    out["parties"] = [{"name": p.name, "role": p.role} for p in d.parties]
    out["spans"] = {k: list(v) for k, v in d.spans.items()}
    return out
