"""Cost of computing the time-axis ticks, which happens on every repaint while zooming or panning.

Prints JSON: median and 99th-percentile microseconds per `ticks()` call over many random viewports
(log-uniform spans from MIN_SPAN to MAX_SPAN, starts between 1900 and 2100, width 1920), overall and
per minor level, and the largest number of ticks returned. The budget is 1 ms per call at any zoom.
Run: python benchmarks/bench_ticks.py [--viewports N] [--width PX] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.timeline.ticks import choose_levels, ticks  # noqa: E402
from desktop.timeline.viewport import Viewport, to_days  # noqa: E402


def random_viewports(n: int, width: float, rng: random.Random) -> list[Viewport]:
    lo, hi = to_days(date(1900, 1, 1)), to_days(date(2100, 1, 1))
    out = []
    for _ in range(n):
        # Log-uniform spans so every zoom level is measured about equally often.
        span = math.exp(rng.uniform(math.log(Viewport.MIN_SPAN), math.log(Viewport.MAX_SPAN)))
        out.append(Viewport(start=rng.uniform(lo, hi), span=span, width=width))
    return out


def time_call(v: Viewport, repeat: int) -> float:
    """Microseconds per call, the best of a few tight loops (least disturbed by the OS)."""
    best = math.inf
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(repeat):
            ticks(v)
        best = min(best, (time.perf_counter() - t0) / repeat)
    return best * 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--viewports", type=int, default=2000)
    ap.add_argument("--width", type=float, default=1920)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    views = random_viewports(args.viewports, args.width, random.Random(args.seed))
    per_level: dict[str, list[float]] = defaultdict(list)
    all_us = []
    max_ticks = 0
    for v in views:
        us = time_call(v, args.repeat)
        all_us.append(us)
        per_level[choose_levels(v)[1]].append(us)
        max_ticks = max(max_ticks, len(ticks(v)))

    all_us.sort()
    result = {
        "viewports": len(views),
        "width": args.width,
        "median_us": round(statistics.median(all_us), 2),
        "p99_us": round(all_us[min(len(all_us) - 1, int(0.99 * len(all_us)))], 2),
        "max_us": round(all_us[-1], 2),
        "median_us_by_minor_level": {
            level: round(statistics.median(v), 2) for level, v in sorted(per_level.items())
        },
        "max_ticks": max_ticks,
        "budget_us": 1000,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
