"""Frame cost of the timeline's level of detail on synthetic deals.

Prints JSON: for 100k and 1M deals, the median milliseconds of one `level_of_detail` call in
company-lane mode (~2.2 marks per deal, 3000 companies), by-kind and single-lane mode, for the
full view, one year and one month (all lanes, and only the ~40 rows a window shows); the
one-off costs (from_rows on ISO rows, by_company, the per-layout index) and the bytes held.
Run: python benchmarks/bench_binning.py [--sizes 100000 1000000] [--repeat 30]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.timeline.binning import level_of_detail, prepare  # noqa: E402
from desktop.timeline.lanes import by_company, by_kind, connectors, single, synthetic_parties  # noqa: E402
from desktop.timeline.marks import KINDS, PRECISIONS, STATUSES, DealArrays  # noqa: E402

WIDTH = 1600.0
ROWS_ON_SCREEN = 40


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm caches (and the per-layout index)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return round(statistics.median(times) * 1e3, 3)


def once_s(fn: Callable[[], object]) -> tuple[float, object]:
    t = time.perf_counter()
    result = fn()
    return round(time.perf_counter() - t, 3), result


def iso_rows(deals: DealArrays) -> list[tuple]:
    """The deals as the database stores them: ISO dates at their precision."""
    days = np.datetime_as_string(deals.t0.astype("datetime64[D]"), unit="D").tolist()
    rows = []
    for i, (d, p, a, k, s) in enumerate(zip(days, deals.precision.tolist(), deals.amount_usd.tolist(),
                                            deals.kind.tolist(), deals.status.tolist())):
        prec = PRECISIONS[p]
        month = int(d[5:7])
        value = {"day": d, "week": d, "month": d[:7], "quarter": f"{d[:4]}-Q{(month - 1) // 3 + 1}",
                 "half": f"{d[:4]}-H{(month - 1) // 6 + 1}", "year": d[:4], "decade": f"{d[:3]}0s"}[prec]
        rows.append((i + 1, value, prec, None if a != a else a, KINDS[k], STATUSES[s]))
    return rows


def views(deals: DealArrays) -> dict[str, tuple[float, float]]:
    first, last = float(deals.t0[0]), float(deals.t1.max())
    june_2025 = float((np.datetime64("2025-06-01") - np.datetime64("1970-01-01")).astype(int))
    year_2025 = float((np.datetime64("2025-01-01") - np.datetime64("1970-01-01")).astype(int))
    return {"full": (first, last - first), "year": (year_2025, 365.0), "month": (june_2025, 30.0)}


def bench_size(n: int, repeat: int) -> dict:
    deals = DealArrays.synthetic(n, seed=0)
    out: dict = {"deals": n, "deal_arrays_nbytes": deals.nbytes()}
    rows = iso_rows(deals)
    out["from_rows_s"], (parsed, undated) = once_s(lambda: DealArrays.from_rows(rows))
    assert len(parsed) == n and not undated
    parties = synthetic_parties(deals, n_companies=3000, seed=0)
    out["by_company_s"], company = once_s(lambda: by_company(deals, parties))
    out["connectors_s"], _ = once_s(lambda: connectors(company))
    out["marks_company"] = company.n_marks
    out["lanes_company"] = len(company.names)
    out["layout_nbytes_company"] = int(company.mark_deal.nbytes + company.mark_lane.nbytes)
    out["prepare_index_s"], index = once_s(lambda: prepare(deals, company))
    out["index_nbytes_company"] = index.nbytes()
    layouts = {"company": company, "kind": by_kind(deals), "single": single(deals)}
    frames: dict = {}
    for mode, layout in layouts.items():
        for name, (start, span) in views(deals).items():
            frames[f"{mode}/{name}/all_lanes"] = median_ms(
                lambda: level_of_detail(deals, layout, start, span, WIDTH), repeat)
            if mode == "company":
                frames[f"{mode}/{name}/{ROWS_ON_SCREEN}_lanes"] = median_ms(
                    lambda: level_of_detail(deals, layout, start, span, WIDTH, lanes=(0, ROWS_ON_SCREEN)), repeat)
        agg, singles = level_of_detail(deals, layout, *views(deals)["full"], WIDTH)
        out[f"full_view_items_{mode}"] = {"aggregates": len(agg), "singles": len(singles)}
    out["frame_ms_median"] = frames
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    print(json.dumps({"width_px": WIDTH, "bin_px": 6, "results": [bench_size(n, args.repeat) for n in args.sizes]},
                     indent=2))


if __name__ == "__main__":
    main()
