"""The learned second opinion on deal figures: its features, its veto, and how it is trained."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.extraction import deal_scorer
from desktop.extraction.amounts import find_amounts
from desktop.extraction.linear_model import Linear
from desktop.extraction.pipeline import extract
from desktop.resources import load_json

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import logistic  # noqa: E402
import train_deal_scorer as training  # noqa: E402
from annotated import corpora  # noqa: E402


def _deals(text: str) -> list[tuple[float | None, list[str]]]:
    return [(d.amount, sorted(p.name for p in d.parties)) for d in extract(text, date(2026, 3, 4)).deals]


def _without_veto(monkeypatch: pytest.MonkeyPatch, text: str) -> list[tuple[float | None, list[str]]]:
    with monkeypatch.context() as m:
        m.setattr(deal_scorer, "vetoed", lambda *args: False)
        return _deals(text)


def test_features_name_the_words_around_the_figure() -> None:
    text = "Die Nordwerk AG meldete eine Bilanzsumme von 6,2 Milliarden Euro für das Geschäftsjahr."
    amount = find_amounts(text)[0]
    names = deal_scorer.features(text, (0, len(text)), amount)
    assert {"b:bilanzsumme", "b1:von", "a1:für", "a:geschäftsjahr", "s:nordwerk"} <= set(names)
    assert "h:zsumme" in names  # the head of a compound the model may never have seen whole
    assert {"cur:EUR", "q:exact", "mag:9", "figures:1", "pos:0"} <= set(names)
    assert "no_full_stop" not in names
    assert "no_full_stop" in deal_scorer.features(text[:-1], (0, len(text) - 1), amount)


@pytest.mark.parametrize("text", [
    # a second figure whose cue stands only before the first one
    "Die Nordwerk AG kommt an der Börse auf einen Wert von 12 Milliarden Euro, die Westlicht AG auf rund 4 Milliarden Euro.",
    # a sales goal, told after last year's revenue
    "Hexfield Systems Inc. booked revenue of $2.1 billion last year and expects to pass $3 billion in 2027.",
])
def test_the_model_drops_a_figure_the_rules_keep_but_that_is_no_deal(monkeypatch: pytest.MonkeyPatch,
                                                                     text: str) -> None:
    assert [d for d in _without_veto(monkeypatch, text) if d[0]], "the rules alone keep the figure"
    assert not [d for d in _deals(text) if d[0]]


@pytest.mark.parametrize("text, amount, parties", [
    ("Oracle unterzeichnete einen Vertrag über 30 Milliarden Dollar mit OpenAI.", 30e9, ["OpenAI", "Oracle"]),
    ("Kestrel Data Inc. raised $400 million in a Series C round led by Granite Peak Ventures.", 400e6,
     ["Granite Peak Ventures", "Kestrel Data"]),
    ("Microsoft will invest $10 billion in Portugal, the company said on Tuesday.", 10e9, ["Microsoft"]),
])
def test_the_model_leaves_deals_alone(text: str, amount: float, parties: list[str]) -> None:
    assert (amount, parties) in _deals(text)


def test_the_shipped_model_fits_the_features() -> None:
    model = load_json("deal_scorer.json")
    prefixes = {name.split(":")[0] for name in model["weights"]}
    assert prefixes <= {"b", "a", "s", "h", "b1", "a1", "cur", "q", "mag", "figures", "pos", "per_year", "no_full_stop"}
    assert 0 < model["veto_below"] < 0.5
    assert model["examples"] > 3000


def test_labels_come_from_the_gold_of_the_article() -> None:
    text = "Nordwerk zahlt 30 Millionen Euro an Westlicht. Der Umsatz lag bei 30 Millionen Euro."
    first, second = find_amounts(text)
    article = {"deals": [{"evidence": "Nordwerk zahlt 30 Millionen Euro an Westlicht.", "amount": 30e6,
                          "currency": "EUR", "required": False}],
               "not_deals": ["30 Millionen Euro"]}
    assert training._label("Nordwerk zahlt 30 Millionen Euro an Westlicht.", first, article) == \
        (1, training.OPTIONAL_WEIGHT)
    assert training._label("Der Umsatz lag bei 30 Millionen Euro.", second, article) == (0, 1.0)
    assert training._label("Der Umsatz lag bei 30 Millionen Euro.", second, {"deals": [], "not_deals": []}) is None


def test_training_learns_which_words_mark_a_deal() -> None:
    examples = [logistic.Example("c", ["b:umsatz", "s:umsatz"], 0) for _ in range(20)]
    examples += [logistic.Example("c", ["b:vertrag", "s:vertrag"], 1) for _ in range(20)]
    bias, weights = logistic.train(examples)
    assert weights["b:umsatz"] < 0 < weights["b:vertrag"]
    assert Linear(bias, weights).probability(["b:umsatz", "s:umsatz"]) < 0.2
    assert Linear(bias, weights).probability(["b:vertrag", "s:vertrag"]) > 0.8


def test_the_shipped_model_is_what_training_on_the_corpora_gives() -> None:
    """The model is data made by a script: it must be remade when the corpora or the rules
    that choose its examples change (`tools/train_deal_scorer.py`)."""
    bias, weights = logistic.train(training.collect(corpora()))
    shipped = json.loads((ROOT / "resources" / "deal_scorer.json").read_text(encoding="utf-8"))
    assert abs(shipped["bias"] - bias) < 2e-3
    drift = {k for k in {*weights, *shipped["weights"]}
             if abs(weights.get(k, 0.0) - shipped["weights"].get(k, 0.0)) > 2e-3}
    assert not drift, sorted(drift)[:20]
