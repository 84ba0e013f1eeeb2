"""Throughput of the three mention extractors on generated 4 KB German and English articles.

Prints JSON: articles per second of each extractor alone and of all three together (one core) on
dense articles made of the sentences below; and the median milliseconds per article of each and of
all three (called as the pipeline does: dates, amounts, numbers on the same text) on articles of
`benchmarks/corpus.py` and on the real articles in `seeds/`.
Run: python benchmarks/bench_mentions.py [--articles N]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.extraction.amounts import find_amounts  # noqa: E402
from desktop.extraction.dates import find_dates  # noqa: E402
from desktop.extraction.numbers import find_numbers  # noqa: E402
from desktop.resources import SEEDS_DIR  # noqa: E402

from benchmarks.corpus import article  # noqa: E402

_DE = [
    "OpenAI und der taiwanische Elektronikriese Foxconn entwickeln künftig gemeinsam Hardware.",
    "Foxconn möchte mit Startinvestitionen zwischen 1 und 5 Milliarden US-Dollar ausbauen.",
    "Die Aktie schloss am Freitag mit einem Minus von 3,61 Prozent.",
    "Ab 2026 will Foxconn bis zu 2.000 Server-Racks pro Woche in den USA montieren.",
    "Der Nettogewinn stieg im dritten Quartal um 17 Prozent auf rund 57,6 Milliarden Neue Taiwan Dollar.",
    "OpenAI plant Investitionen von 1,4 Billionen US-Dollar in KI-Infrastruktur.",
    "Im Juni 2025 wurde ein 30-Milliarden-Dollar-Vertrag unterzeichnet. Drei Monate später folgte mehr.",
    "Die Regierung hatte die umgerechnet knapp 1,5 Milliarden Euro schweren Pläne im vergangenen Monat vorgestellt.",
    "Zum Wochenauftakt hatte OpenAI eine milliardenschwere Zusammenarbeit mit Softbank angekündigt.",
    "Softbank zahlt dafür jährlich drei Milliarden Dollar an OpenAI, bis Ende 2028.",
    "Die Beteiligungsgesellschaft hatte zuvor bereits 15 Milliarden Dollar für Stargate zugesagt.",
    "Das Unternehmen beschäftigt rund zehntausend Mitarbeiter in einundzwanzig Ländern.",
]
_EN = [
    "OpenAI signed a $38 billion cloud deal with Amazon Web Services on Monday.",
    "The company expects revenue of more than $20 billion a year by the end of 2025.",
    "Nvidia said on January 21, 2026 it would invest up to $100bn in the project.",
    "The first half of 2025 saw about €5.5 billion in new data-centre commitments.",
    "Oracle shares rose 3.5% last week after the company announced 1,400 new hires.",
    "Microsoft will spend roughly $80 billion in fiscal 2025, three months later than planned.",
    "The two firms agreed in Q3 2025 to build twenty-one facilities over the next five years.",
    "CoreWeave raised between $1 billion and $2 billion from investors in June 2025.",
]


def _article(sentences: list[str], rng: random.Random, size: int = 4096) -> str:
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < size:
        parts.append(rng.choice(sentences))
    return " ".join(parts)[:size]


def _rate(fn, articles: list[str]) -> float:
    t0 = time.perf_counter()
    for a in articles:
        fn(a)
    return len(articles) / (time.perf_counter() - t0)


def _median_ms(fn, texts: list[str], repeats: int = 3) -> float:
    """Median over the texts of the best of `repeats` timings, each on a fresh copy (caches miss)."""
    times = []
    for t in texts:
        best = float("inf")
        for r in range(repeats):
            copy = t + " " * (r + 1)
            t0 = time.perf_counter()
            fn(copy)
            best = min(best, time.perf_counter() - t0)
        times.append(best)
    return round(statistics.median(times) * 1000, 3)


def _per_article(texts: list[str], pub: date) -> dict[str, float]:
    return {
        "numbers_ms": _median_ms(find_numbers, [t + "\tn" for t in texts]),
        "amounts_ms": _median_ms(find_amounts, [t + "\ta" for t in texts]),
        "dates_ms": _median_ms(lambda t: find_dates(t, pub), [t + "\td" for t in texts]),
        "all_three_ms": _median_ms(lambda t: (find_dates(t, pub), find_amounts(t), find_numbers(t)),
                                   [t + "\tx" for t in texts]),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=400)
    args = ap.parse_args()
    rng = random.Random(7)
    pub = date(2025, 11, 21)
    # distinct texts, so no cache in the extractors can hide the work
    arts = [_article(_DE if i % 2 == 0 else _EN, rng) + f" #{i}" for i in range(args.articles)]
    result = {
        "articles": len(arts),
        "bytes_per_article": 4096,
        "numbers_per_s": round(_rate(find_numbers, [a + " n" for a in arts])),
        "amounts_per_s": round(_rate(find_amounts, [a + " a" for a in arts])),
        "dates_per_s": round(_rate(lambda t: find_dates(t, pub), [a + " d" for a in arts])),
        "all_three_per_s": round(_rate(lambda t: (find_numbers(t), find_amounts(t), find_dates(t, pub)),
                                       [a + " x" for a in arts])),
    }
    result["ms_per_article_all_three"] = round(1000 / result["all_three_per_s"], 3)
    corpus_rng = random.Random(3)
    result["corpus"] = _per_article([article(corpus_rng, i) for i in range(args.articles)], pub)
    result["seeds"] = _per_article([p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))], pub)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
