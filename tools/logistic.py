"""Logistic regression over named features, for the learned parts of the extractor.

Plain numpy (Adam on the weighted log-loss with an L2 penalty); the app only reads the weights.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MIN_COUNT = 2  # a feature seen once says nothing about new text
L2 = 1e-3
STEPS = 400
RATE = 0.1
KEEP = 1e-3  # smaller weights are left out of the file


@dataclass
class Example:
    corpus: str
    features: list[str]
    label: int
    weight: float = 1.0
    rules_say: bool | str = True  # what the rules alone decided, to compare
    where: str = ""  # the figure in its sentence, to read what a model decided


def train(examples: list[Example]) -> tuple[float, dict[str, float]]:
    """Bias and weights of a binary model; `label` is 0 or 1."""
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
    rows_a, cols_a = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    y = np.array([e.label for e in examples], dtype=float)
    sw = np.array([e.weight for e in examples], dtype=float)
    sw = sw / sw.sum()
    w = np.zeros(len(vocab))
    b = 0.0
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    for step in range(1, STEPS + 1):
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
    weights = {f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) >= KEEP}
    return round(float(b), 4), dict(sorted(weights.items()))


def train_one_vs_rest(examples: list[Example], labels: list[str], label_of: list[str]) -> dict[str, dict]:
    """One binary model per label (`label_of[i]` is the label of `examples[i]`)."""
    out = {}
    for label in labels:
        binary = [Example(e.corpus, e.features, int(lab == label), e.weight) for e, lab in zip(examples, label_of)]
        bias, weights = train(binary)
        out[label] = {"bias": bias, "weights": weights}
    return out
