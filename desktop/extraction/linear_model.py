"""The learned parts of the extractor as the app reads them: logistic regressions over named
features, whose weights the scripts in `tools/` write to `resources/`."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from typing import Iterable

import numpy as np

from desktop.resources import load_json


@dataclass(frozen=True, slots=True)
class Linear:
    bias: float
    weights: dict[str, float]

    @classmethod
    def from_json(cls, data: dict) -> "Linear":
        return cls(data["bias"], data["weights"])

    def score(self, names: Iterable[str]) -> float:
        return self.bias + sum(map(self.weights.get, set(names), repeat(0.0)))

    def probability(self, names: Iterable[str]) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.score(names)))))


class OneVsRest:
    """One binary model per label, scored together: a feature's weights for every label sit in
    one row of a matrix, so a decision costs one lookup per feature, not one per label."""

    def __init__(self, models: dict[str, Linear]):
        self.models = models
        self.labels = list(models)
        names = sorted({n for m in models.values() for n in m.weights})
        self.rows = {n: i for i, n in enumerate(names)}
        self.matrix = np.zeros((len(names), len(self.labels)))
        for j, label in enumerate(self.labels):
            for n, w in models[label].weights.items():
                self.matrix[self.rows[n], j] = w
        self.biases = np.array([models[label].bias for label in self.labels])

    @classmethod
    def from_json(cls, data: dict[str, dict]) -> "OneVsRest":
        return cls({label: Linear.from_json(m) for label, m in data.items()})

    def best(self, names: Iterable[str]) -> str:
        """The label whose model scores highest."""
        rows = [i for i in map(self.rows.get, set(names)) if i is not None]
        # (`take` and `add.reduce`: what `matrix[rows].sum(axis=0)` computes, without its overhead)
        scores = self.biases + np.add.reduce(self.matrix.take(rows, 0), 0) if rows else self.biases
        return self.labels[int(np.argmax(scores))]


MIN_TRACE_LETTERS = 3  # "of" or "zu" explains nothing to a reader


@lru_cache(maxsize=1)
def _untraced() -> frozenset[str]:
    return frozenset(load_json("trace_stopwords.json")["words"])


def strongest_word(model: Linear, names: list[str], prefixes: tuple[str, ...]) -> str | None:
    """The word that pushed a model furthest towards its label, to show where a decision came
    from ("signed" because of "unterzeichnete"); never a function word ("and", "die")."""
    scored = [(model.weights.get(n, 0.0), n) for n in set(names)
              if n.startswith(prefixes) and len(word := n.split(":", 1)[1]) >= MIN_TRACE_LETTERS
              and word not in _untraced()]
    weight, name = max(scored, default=(0.0, ""))
    return name.split(":", 1)[1] if weight > 0 else None
