"""Does extraction stay linear on huge and pathological texts?

The robustness tests only prove that nothing raises; the time it takes lives here. Prints JSON:
seconds for the whole extractor on 1 MB and on 10 MB of the seed articles repeated (and their
ratio: about 10 when the work grows linearly, about 100 when it grows with the square), seconds for
the three mention extractors on 10 MB of one dense German sentence, and for each pathological
repetition (20,000 "fünfzehn", 50,000 "1." …). The reference, measured in the same run on the same
texts, is one pass of a plain word regex: a machine under load slows both alike.
Run: python benchmarks/bench_robustness.py [--repeats N]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.extraction.amounts import find_amounts  # noqa: E402
from desktop.extraction.dates import find_dates  # noqa: E402
from desktop.extraction.numbers import find_numbers  # noqa: E402
from desktop.extraction.pipeline import extract  # noqa: E402
from desktop.resources import SEEDS_DIR  # noqa: E402

_PUB = date(2025, 11, 21)
_DENSE = ("Foxconn investiert zwischen 1 und 5 Milliarden US-Dollar; am 21.01.2026 und im dritten Quartal "
          "stieg der Gewinn um 17 Prozent auf rund 57,6 Milliarden Neue Taiwan Dollar. Drei Monate später ")
# The shapes that once made a regex backtrack or a loop rescan: long runs of one token.
_PATHOLOGICAL = {
    "fünfzehn x20000": "fünfzehn" * 20_000 + "x", "1. x50000": "1." * 50_000, "000 x30000": "1 " + "000 " * 30_000,
    "ein x50000": "ein " * 50_000, "Januar x20000": "Januar " * 20_000, "- x100000": "-" * 100_000,
    "9/ x50000": "9/" * 50_000,
}
_WORD = re.compile(r"\w+")


def _repeat_to(text: str, size: int) -> str:
    return (text * (size // len(text) + 1))[:size]


def _median_s(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return round(statistics.median(times), 3)


def _mentions(text: str) -> None:
    find_numbers(text), find_amounts(text), find_dates(text, _PUB)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt")))
    one_mb, ten_mb = _repeat_to(seeds, 1_000_000), _repeat_to(seeds, 10_000_000)
    dense = _repeat_to(_DENSE, 10_000_000)
    result: dict[str, object] = {"repeats": args.repeats}
    extract("OpenAI zahlt Oracle 30 Milliarden Dollar.", _PUB)  # (tables and patterns load once, not in the timings)
    result["reference_word_regex_10mb_s"] = _median_s(lambda: _WORD.findall(ten_mb), args.repeats)
    result["extract_1mb_s"] = _median_s(lambda: extract(one_mb, _PUB), args.repeats)
    result["extract_10mb_s"] = _median_s(lambda: extract(ten_mb, _PUB), args.repeats)
    result["extract_10mb_over_1mb"] = round(result["extract_10mb_s"] / max(result["extract_1mb_s"], 1e-9), 1)
    result["mentions_dense_10mb_s"] = _median_s(lambda: _mentions(dense), args.repeats)
    result["pathological_s"] = {name: _median_s(lambda t=text: _mentions(t), args.repeats)
                                for name, text in _PATHOLOGICAL.items()}
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
