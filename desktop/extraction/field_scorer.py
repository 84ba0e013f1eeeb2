"""The kind and the status of a deal, learned from the annotated corpora.

The rules (`resources/deal_cues.json`) name the wording of each kind and stage; a new text
words them otherwise ("hat den Vertrag unter Dach und Fach", "is close to a deal"). Two sets
of one-vs-rest logistic regressions (`resources/field_scorer.json`, made by
`tools/train_field_scorer.py`) read the words of the deal's clause, the words around its
figure and what the rules decided, and pick the kind and the status. Left out of training one
corpus at a time, they get kind and status right far more often than the rules alone (see the
README). Each learned decision keeps a trace: the word that weighed most for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.extraction.linear_model import OneVsRest, strongest_word
from desktop.extraction.mentions import AmountMention
from desktop.resources import load_json

NEAR = 80  # characters each side of the figure
NEAR_WORDS = 6
_WORD = re.compile(r"[^\W\d_]{2,}")
_TRACED = ("n:", "s:")
KEPT_STAGES = frozenset({"rumored", "negotiating", "cancelled"})


@dataclass(frozen=True, slots=True)
class Decision:
    kind: str
    status: str
    kind_word: tuple[int, int] | None  # where the word that decided a learned kind stands
    status_word: tuple[int, int] | None


def features(text: str, scope: tuple[int, int], amount: AmountMention, kind: str, status: str,
             parties: int) -> list[str]:
    lo, hi = scope
    words = set(_WORD.findall(text[lo:hi].lower()))
    near = _WORD.findall(text[max(lo, amount.start - NEAR):amount.start].lower())[-NEAR_WORDS:]
    near += _WORD.findall(text[amount.end:min(hi, amount.end + NEAR)].lower())[:NEAR_WORDS]
    return ([f"s:{w}" for w in words] + [f"n:{w}" for w in near]
            + [f"rule_kind:{kind}", f"rule_status:{status}", f"parties:{min(parties, 3)}"])


@lru_cache(maxsize=1)
def _models() -> dict[str, OneVsRest]:
    data = load_json("field_scorer.json")
    return {field: OneVsRest.from_json(data[field]) for field in ("kind", "status")}


def decide(text: str, sentence: tuple[int, int], scope: tuple[int, int], amount: AmountMention, kind: str,
           status: str, parties: int) -> Decision:
    """The kind and status of a deal with a figure; what the rules said (`kind`, `status`) is
    one of the things weighed. (`sentence`: the whole sentence, for training.)"""
    names = features(text, scope, amount, kind, status, parties)
    # the trace points at a word of the clause, never at one of the figure's own ("million")
    figure_words = {f"{prefix}{w}" for w in _WORD.findall(amount.text.lower()) for prefix in _TRACED}
    traced = [n for n in names if n not in figure_words]
    models = _models()
    learned_kind = models["kind"].best(names)
    # a rumour, talks or a cancellation the rules read from their own words ("reportedly", "in
    # talks", "abgesagt") stand: the models, trained on few such deals, would trade them for the
    # common stages at almost no gain (0.710 against 0.703 on corpora 26-41)
    learned_status = status if status in KEPT_STAGES else _unless_close(models["status"], names, status)
    return Decision(
        learned_kind, learned_status,
        None if learned_kind == kind else _word_at(text, scope, strongest_word(models["kind"].models[learned_kind],
                                                                                traced, _TRACED)),
        None if learned_status == status else _word_at(text, scope, strongest_word(
            models["status"].models[learned_status], traced, _TRACED)),
    )


# How much likelier the status model must find another stage than the rules' own: where it is all
# but indifferent, the word the rules read decides (left out of training one corpus at a time,
# corpora 1-53: 2,030 of 2,724 statuses right with or without this margin, 2,023 at 0.1)
STATUS_MARGIN = 0.05


def _unless_close(model: OneVsRest, names: list[str], rules_said: str) -> str:
    best = model.best(names)
    if best == rules_said or rules_said not in model.models:
        return best
    margin = model.models[best].probability(names) - model.models[rules_said].probability(names)
    return best if margin >= STATUS_MARGIN else rules_said


def _word_at(text: str, scope: tuple[int, int], word: str | None) -> tuple[int, int] | None:
    if word is None:
        return None
    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text[scope[0]:scope[1]], re.IGNORECASE)
    return (scope[0] + m.start(), scope[0] + m.end()) if m else None
