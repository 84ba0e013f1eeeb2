#!/usr/bin/env python3
"""Train the deal scorer (`resources/deal_scorer.json`) on the hand-annotated corpora.

    .venv/bin/python tools/train_deal_scorer.py            # train on every corpus, write the model
    .venv/bin/python tools/train_deal_scorer.py --loco     # leave-one-corpus-out figures (JSON)

Every money figure the rules weigh in a sentence that names a company becomes one example:
a deal when the gold annotation of its article has a deal with that figure in that sentence,
no deal when the annotation lists the figure among its `not_deals`, and left out otherwise.
The model is a logistic regression over the word features of `desktop.extraction.deal_scorer`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.extraction import deal_scorer, deals  # noqa: E402
from desktop.ingest.importer import prepare  # noqa: E402
from desktop.resources import RESOURCES_DIR  # noqa: E402

SEEDS_GOLD = ROOT.parent / "shared" / "gold" / "seeds.json"
MIN_COUNT = 2  # a feature seen once says nothing about new text
L2 = 1e-3
STEPS = 400
RATE = 0.1
OPTIONAL_WEIGHT = 0.5  # a deal the annotation leaves optional is a weaker example
# The probability under which the model overrules the rules. A wrong veto loses a deal, so the
# bar is low: left out of training, a corpus loses about one deal figure for every seven figures
# the veto rightly drops.
VETO_BELOW = 0.15


@dataclass
class Example:
    corpus: str
    features: list[str]
    label: int
    weight: float
    rules_say_deal: bool
    where: str = ""  # the figure in its sentence, to read what the model decided


def _norm(text: str) -> str:
    return " ".join(text.split())


def _corpora() -> list[tuple[str, Path, Path]]:
    """(name, articles folder, gold file) of the seeds and every development corpus."""
    from tests.test_seeds_quality import CORPORA  # the development set: a held-out corpus is not in it

    out = [("seeds", ROOT / "seeds", SEEDS_GOLD)] if SEEDS_GOLD.exists() else []
    for name in CORPORA:
        out.append((name, ROOT / "tests" / name / "articles", ROOT / "tests" / name / "gold.json"))
    return out


def _figure_matches(value: float, currency: str | None, deal: dict) -> bool:
    figures = [(deal.get("amount"), deal.get("currency")), (deal.get("amount_max"), deal.get("currency"))]
    figures += [(a.get("amount"), a.get("currency")) for a in deal.get("alt_amounts", [])]
    return any(v and c == currency and abs(value - v) <= 0.02 * v for v, c in figures)


def _label(sentence: str, amount, article: dict) -> tuple[int, float] | None:
    s = _norm(sentence)
    for deal in article.get("deals", []):
        evidence = _norm(deal.get("evidence") or "")
        if evidence and (evidence in s or s in evidence or evidence[:40] in s) \
                and _figure_matches(amount.value, amount.currency, deal):
            return 1, (1.0 if deal.get("required", True) else OPTIONAL_WEIGHT)
    figure = _norm(amount.text)
    for nd in article.get("not_deals", []):
        nd = _norm(nd)
        if nd in s and (figure in nd or nd in figure):
            return 0, 1.0
    return None


def collect(corpora: list[tuple[str, Path, Path]]) -> list[Example]:
    examples: list[Example] = []
    seen: set[tuple[int, int]] = set()
    current: dict = {}
    rules = deals._is_deal_amount

    def recording(text, s, a, deal_subject=False):
        said = rules(text, s, a, deal_subject)
        key = (s.block.start, a.start)
        if a in s.amounts and key not in seen:
            seen.add(key)
            labelled = _label(s.block.text, a, current["article"])
            if labelled is not None:
                names = deal_scorer.features(text, (s.block.start, s.block.end), a, len(s.amounts),
                                             s.amounts.index(a))
                examples.append(Example(current["corpus"], names, labelled[0], labelled[1], said,
                                             f"{a.text} | {_norm(s.block.text)[:200]}"))
        return said

    deals._is_deal_amount = recording
    second_opinion = deal_scorer.vetoed
    deal_scorer.vetoed = lambda *args: False  # the rules alone, as the model will see them
    try:
        for name, folder, gold_file in corpora:
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            for file_name, article in gold["articles"].items():
                path = folder / file_name
                if not path.exists():
                    continue
                seen.clear()
                current.update(corpus=name, article=article)
                prepare(path)
    finally:
        deals._is_deal_amount = rules
        deal_scorer.vetoed = second_opinion
    return examples


def train(examples: list[Example]) -> tuple[float, dict[str, float]]:
    counts: dict[str, int] = {}
    for e in examples:
        for f in set(e.features):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}
    rows, cols = [], []
    for r, e in enumerate(examples):
        for f in set(e.features):
            if f in vocab:
                rows.append(r)
                cols.append(vocab[f])
    rows_a, cols_a = np.array(rows), np.array(cols)
    y = np.array([e.label for e in examples], dtype=float)
    sw = np.array([e.weight for e in examples], dtype=float)
    sw = sw / sw.sum()
    w = np.zeros(len(vocab))
    b = 0.0
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    for step in range(1, STEPS + 1):  # Adam on the weighted log-loss
        z = np.bincount(rows_a, weights=w[cols_a], minlength=len(y)) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - y) * sw
        g_w = np.bincount(cols_a, weights=err[rows_a], minlength=len(w)) + L2 * w
        g_b = err.sum()
        m_w = 0.9 * m_w + 0.1 * g_w
        v_w = 0.999 * v_w + 0.001 * g_w ** 2
        m_b = 0.9 * m_b + 0.1 * g_b
        v_b = 0.999 * v_b + 0.001 * g_b ** 2
        corr = (1 - 0.9 ** step), (1 - 0.999 ** step)
        w -= RATE * (m_w / corr[0]) / (np.sqrt(v_w / corr[1]) + 1e-8)
        b -= RATE * (m_b / corr[0]) / (np.sqrt(v_b / corr[1]) + 1e-8)
    weights = {f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) >= 1e-3}
    return round(float(b), 4), weights


def probability(bias: float, weights: dict[str, float], names: list[str]) -> float:
    z = bias + sum(weights.get(n, 0.0) for n in set(names))
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def leave_one_corpus_out(examples: list[Example]) -> dict:
    """How the rules alone and the rules with the model's second opinion decide the figures
    of each corpus when the model was trained on the others."""
    tally: dict[str, int] = {}
    for corpus in sorted({e.corpus for e in examples}):
        bias, weights = train([e for e in examples if e.corpus != corpus])
        for e in (e for e in examples if e.corpus == corpus):
            p = probability(bias, weights, e.features)
            kind = "deals" if e.label else "not_deals"
            verdict = ("kept", "vetoed" if p < VETO_BELOW else None) if e.rules_say_deal else ("rejected",)
            for key in (kind, *(f"{v}_{kind}" for v in verdict if v)):
                tally[key] = tally.get(key, 0) + 1
    return dict(sorted(tally.items()))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loco", action="store_true", help="leave-one-corpus-out figures instead of training")
    args = parser.parse_args(argv)
    examples = collect(_corpora())
    if args.loco:
        print(json.dumps(leave_one_corpus_out(examples), indent=1))
        return 0
    bias, weights = train(examples)
    model = {"about": "Logistic regression over the word features of desktop/extraction/deal_scorer.py, "
                      "trained by tools/train_deal_scorer.py on the annotated corpora in tests/ and the seeds.",
             "examples": len(examples), "veto_below": VETO_BELOW, "bias": bias,
             "weights": dict(sorted(weights.items()))}
    (RESOURCES_DIR / "deal_scorer.json").write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n",
                                                    encoding="utf-8")
    print(json.dumps({"examples": len(examples), "features": len(weights)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
