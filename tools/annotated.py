"""The hand-annotated corpora the learned parts of the extractor are trained on, and how a
figure in a sentence is found in their gold annotation."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS_GOLD = ROOT.parent / "shared" / "gold" / "seeds.json"


def norm(text: str) -> str:
    return " ".join(text.split())


def corpora() -> list[tuple[str, Path, Path]]:
    """(name, articles folder, gold file) of the seeds and every development corpus."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.test_seeds_quality import CORPORA  # the development set: a held-out corpus is not in it

    out = [("seeds", ROOT / "seeds", SEEDS_GOLD)] if SEEDS_GOLD.exists() else []
    for name in CORPORA:
        out.append((name, ROOT / "tests" / name / "articles", ROOT / "tests" / name / "gold.json"))
    return out


def figure_matches(value: float, currency: str | None, deal: dict) -> bool:
    """Whether a figure is one the gold deal gives (its amount, range end or other currency)."""
    figures = [(deal.get("amount"), deal.get("currency")), (deal.get("amount_max"), deal.get("currency"))]
    figures += [(a.get("amount"), a.get("currency")) for a in deal.get("alt_amounts", [])]
    return any(v and c == currency and abs(value - v) <= 0.02 * v for v, c in figures)


def gold_deal_of(sentence: str, value: float, currency: str | None, article: dict) -> dict | None:
    """The gold deal of the article told in this sentence with this figure, if any."""
    s = norm(sentence)
    for deal in article.get("deals", []):
        evidence = norm(deal.get("evidence") or "")
        if evidence and (evidence in s or s in evidence or evidence[:40] in s) \
                and figure_matches(value, currency, deal):
            return deal
    return None


def is_not_deal(sentence: str, figure_text: str, article: dict) -> bool:
    """Whether the annotation lists this figure of the sentence among the article's non-deals."""
    s, figure = norm(sentence), norm(figure_text)
    return any((nd := norm(x)) in s and (figure in nd or nd in figure) for x in article.get("not_deals", []))


def run(argv: list[str], doc: str, collect, leave_one_out, write) -> int:
    """The command line of a training script: collect the examples from the corpora, then
    either print the leave-one-corpus-out figures (`--loco`) or train and write the model."""
    import argparse
    import json

    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--loco", action="store_true", help="leave-one-corpus-out figures instead of training")
    examples = collect(corpora())
    if parser.parse_args(argv).loco:
        print(json.dumps(leave_one_out(examples), indent=1))
    else:
        print(json.dumps(write(examples)))
    return 0


def write_resource(name: str, data: dict) -> None:
    import json

    (ROOT / "resources" / name).write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
