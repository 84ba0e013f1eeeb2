#!/usr/bin/env python3
"""Train the kind and status models (`resources/field_scorer.json`) on the annotated corpora.

    .venv/bin/python tools/train_field_scorer.py            # train on every corpus, write the models
    .venv/bin/python tools/train_field_scorer.py --loco     # leave-one-corpus-out accuracy (JSON)

Every deal with a figure that the rules read in a sentence becomes one example when the gold
annotation of its article has a deal with that figure in that sentence: the gold deal's kind
and status are the labels, the features those of `desktop.extraction.field_scorer` (the words
of the clause and around the figure, and what the rules decided).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from annotated import corpora, gold_deal_of, run, write_resource  # noqa: E402
from logistic import Example, train_one_vs_rest  # noqa: E402

from desktop.extraction import field_scorer  # noqa: E402
from desktop.extraction.linear_model import OneVsRest  # noqa: E402
from desktop.ingest.importer import prepare  # noqa: E402

FIELDS = ("kind", "status")


@dataclass
class Reading:
    corpus: str
    features: list[str]
    rules: dict[str, str]  # what the rules decided, field -> value
    gold: dict[str, list[str]]  # field -> the values the annotation accepts (the first is its own)


def collect(annotated: list[tuple[str, Path, Path]]) -> list[Reading]:
    readings: list[Reading] = []
    current: dict = {}
    learned = field_scorer.decide

    def recording(text, sentence, scope, amount, kind, status, parties):
        deal = gold_deal_of(text[sentence[0]:sentence[1]], amount.value, amount.currency, current["article"])
        if deal is not None:
            readings.append(Reading(
                current["corpus"], field_scorer.features(text, scope, amount, kind, status, parties),
                {"kind": kind, "status": status},
                {"kind": [deal["kind"], *deal.get("kind_alt", [])], "status": [deal["status"]]},
            ))
        return field_scorer.Decision(kind, status, None, None)  # the rules alone, as the models see them

    field_scorer.decide = recording
    try:
        for name, folder, gold_file in annotated:
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            for file_name, article in gold["articles"].items():
                if (folder / file_name).exists():
                    current.update(corpus=name, article=article)
                    prepare(folder / file_name)
    finally:
        field_scorer.decide = learned
    return readings


def train(readings: list[Reading]) -> dict[str, dict]:
    models = {}
    for f in FIELDS:
        labels = sorted({r.gold[f][0] for r in readings})
        examples = [Example(r.corpus, r.features, 0) for r in readings]
        models[f] = train_one_vs_rest(examples, labels, [r.gold[f][0] for r in readings])
    return models


def leave_one_corpus_out(readings: list[Reading]) -> dict:
    """How often the rules alone and the models are right on a corpus the models were not
    trained on, pooled over all corpora."""
    right = {f"{f}_{who}": 0 for f in FIELDS for who in ("rules", "learned")}
    for corpus in sorted({r.corpus for r in readings}):
        models = train([r for r in readings if r.corpus != corpus])
        linear = {f: OneVsRest.from_json(models[f]) for f in FIELDS}
        for r in (r for r in readings if r.corpus == corpus):
            for f in FIELDS:
                right[f"{f}_rules"] += r.rules[f] in r.gold[f]
                right[f"{f}_learned"] += linear[f].best(r.features) in r.gold[f]
    return {"readings": len(readings), **right}


def write(readings: list[Reading]) -> dict:
    models = train(readings)
    write_resource("field_scorer.json", {
        "about": "One-vs-rest logistic regressions over the features of desktop/extraction/field_scorer.py, "
                 "trained by tools/train_field_scorer.py on the annotated corpora in tests/ and the seeds.",
        "examples": len(readings), **models})
    return {"examples": len(readings),
            "weights": {f: sum(len(m["weights"]) for m in models[f].values()) for f in FIELDS}}


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:], __doc__, collect, leave_one_corpus_out, write))
