"""Frame times of the timeline at 100,000 and 1,000,000 deals, painted offscreen at 1920×1080.

Builds synthetic databases (deals and parties written straight into the schema), loads them
as the window does, and paints three views each — everything visible, a zoomed-in month,
and a pan sequence — then prints, as its last line, one JSON object:
{"results": [{"deals", "view", "median_frame_ms", "p95_frame_ms"}...], "rss_mb": {...},
 "load_s": {...}, "reference_fill_ms": x}
The reference is the time of one plain full-window fill in the same run, to compare machines.

    python benchmarks/bench_timeline.py [--sizes 100000 1000000] [--frames 30]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.storage.store import Store  # noqa: E402
from desktop.timeline.data import deal_parties, load_deal_arrays  # noqa: E402
from desktop.timeline.viewport import Viewport, to_days  # noqa: E402

KINDS = ["investment", "cloud_contract", "supply", "partnership", "joint_venture", "acquisition",
         "capex_plan", "project", "other"]
STATUSES = ["rumored", "negotiating", "planned", "announced", "signed", "completed", "cancelled"]
W, H = 1920, 1080


def build_db(path: Path, n: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with Store.open(path) as store:
        companies = [r[0] for r in store.db.execute("SELECT id FROM companies ORDER BY id LIMIT 60")]
        base = date(2015, 1, 1)
        deals, parties = [], []
        for i in range(1, n + 1):
            day = base + timedelta(days=rng.randrange(0, 365 * 12))
            precision = rng.choices(["day", "month", "year"], [6, 3, 1])[0]
            when = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[precision]
            amount = None if rng.random() < 0.15 else 10 ** rng.uniform(7, 12)
            deals.append((i, rng.choice(KINDS), rng.choice(STATUSES), amount, "USD", amount, when, precision,
                          f"Deal {i}"))
            for pos, c in enumerate(rng.sample(companies, rng.choice([1, 2, 2, 2, 3]))):
                parties.append((i, c, "partner", pos))
        with store.transaction():
            store.db.conn.executemany(
                "INSERT INTO deals(id, kind, status, amount, currency, amount_usd, date, date_precision, title)"
                " VALUES (?,?,?,?,?,?,?,?,?)", deals)
            store.db.conn.executemany(
                "INSERT INTO deal_parties(deal_id, company_id, role, position) VALUES (?,?,?,?)", parties)


def frame_times(view, viewports: list[Viewport]) -> list[float]:
    from PySide6.QtGui import QImage, QPainter

    image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    for vp in viewports:
        view.viewport = vp
        start = time.perf_counter()
        painter = QPainter(image)
        view.paint(painter, W, H)
        painter.end()
        times.append((time.perf_counter() - start) * 1000)
    return times


def views(view, frames: int) -> dict[str, list[Viewport]]:
    start, end = view.data_range()
    width = W - 160
    full = Viewport.fit(start, end, width)
    month = Viewport(to_days(date(2020, 6, 1)), 31.0, width)
    year = Viewport(to_days(date(2020, 1, 1)), 365.0, width)
    pan = [year.panned(-i * 40.0) for i in range(frames)]
    return {"full": [full] * frames, "zoomed": [month] * frames, "pan": pan}


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--frames", type=int, default=30)
    args = parser.parse_args()
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from desktop.ui.timeline_view import TimelineView

    QApplication.instance() or QApplication([])
    image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    fills = []
    for _ in range(20):
        start = time.perf_counter()
        painter = QPainter(image)
        painter.fillRect(0, 0, W, H, QColor("white"))
        painter.end()
        fills.append((time.perf_counter() - start) * 1000)
    results, rss, load = [], {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = Path(tmp) / f"t{n}.sqlite"
            build_db(path, n)
            start = time.perf_counter()
            with Store.open(path) as store:
                (deals, undated), parties = load_deal_arrays(store), deal_parties(store)
            view = TimelineView()
            view.resize(W, H)
            view.set_arrays(deals, undated, parties, {})
            load[str(n)] = round(time.perf_counter() - start, 2)
            for name, vps in views(view, args.frames).items():
                times = frame_times(view, vps)
                results.append({"deals": n, "view": name, "median_frame_ms": round(statistics.median(times), 2),
                                "p95_frame_ms": round(p95(times), 2)})
            rss[str(n)] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps({"results": results, "rss_mb": rss, "load_s": load,
                      "reference_fill_ms": round(statistics.median(fills), 3)}))


if __name__ == "__main__":
    main()
