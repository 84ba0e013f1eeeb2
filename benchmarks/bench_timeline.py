"""Frame times of the timeline at 100,000 and 1,000,000 deals, painted offscreen at 1920×1080.

Builds synthetic databases (deals and parties written straight into the schema), loads them
as the window does, and paints three views each — everything visible, a zoomed-in month,
and a pan sequence. Then the cold start: a fresh `python -m desktop --db DB` on a 10,000-article
database, timed from launch to its first painted timeline frame (the app prints the moment and
quits when DEAL_TIMELINE_EXIT_AFTER_FIRST_PAINT is set), median of 3. Prints, as its last line,
one JSON object:
{"results": [{"deals", "view", "median_frame_ms", "p95_frame_ms"}...], "rss_mb": {...},
 "load_s": {...}, "cold_start_s": x, "reference": {"fill_ms", "import_qtwidgets_s"}}
The references are measured in the same run, to compare machines (and a noisy shared one):
one plain full-window fill, and a bare `python -c "import PySide6.QtWidgets"`.

The databases are built in a child process, so the builder's Python lists never count
towards the measured peak RSS (which is the loading and painting alone).

    python benchmarks/bench_timeline.py [--sizes 100000 1000000] [--frames 30] [--cold-runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.storage.store import Store  # noqa: E402
from desktop.timeline.data import deal_parties, load_deal_arrays  # noqa: E402
from desktop.timeline.viewport import Viewport, to_days  # noqa: E402

KINDS = ["investment", "cloud_contract", "supply", "partnership", "joint_venture", "acquisition",
         "capex_plan", "project", "other"]
STATUSES = ["rumored", "negotiating", "planned", "announced", "signed", "completed", "cancelled"]
W, H = 1920, 1080


def build_db(path: Path, n: int, seed: int = 1, articles: int = 0) -> None:
    """`n` synthetic deals (rows streamed, never all in memory); with `articles` > 0 also that
    many articles, each the evidence of one deal in turn (for the cold start)."""
    rng = random.Random(seed)
    with Store.open(path) as store:
        companies = [r[0] for r in store.db.execute("SELECT id FROM companies ORDER BY id LIMIT 60")]
        base = date(2015, 1, 1)
        picks: dict[int, list[int]] = {}

        def deals():
            for i in range(1, n + 1):
                day = base + timedelta(days=rng.randrange(0, 365 * 12))
                precision = rng.choices(["day", "month", "year"], [6, 3, 1])[0]
                when = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[precision]
                amount = None if rng.random() < 0.15 else 10 ** rng.uniform(7, 12)
                picks[i] = rng.sample(companies, rng.choice([1, 2, 2, 2, 3]))
                yield (i, rng.choice(KINDS), rng.choice(STATUSES), amount, "USD", amount, when, precision, f"Deal {i}")

        def parties():
            for i in range(1, n + 1):
                for pos, c in enumerate(picks.pop(i)):
                    yield (i, c, "partner", pos)

        with store.transaction():
            store.db.conn.executemany(
                "INSERT INTO deals(id, kind, status, amount, currency, amount_usd, date, date_precision, title)"
                " VALUES (?,?,?,?,?,?,?,?,?)", deals())
            store.db.conn.executemany(
                "INSERT INTO deal_parties(deal_id, company_id, role, position) VALUES (?,?,?,?)", parties())
            if articles:
                _add_articles(store, articles, n, rng)


def _add_articles(store: Store, count: int, n_deals: int, rng: random.Random) -> None:
    from benchmarks.corpus import article

    store.db.conn.executemany(
        "INSERT INTO articles(id, file_name, path, sha256, title, published, imported_at, text)"
        " VALUES (?,?,?,?,?,?,?,?)",
        ((i, f"a{i}.txt", f"/bench/a{i}.txt", f"{i:064x}", f"Article {i}", "2025-06-01", "2025-06-01T00:00:00",
          article(rng, i)) for i in range(1, count + 1)))
    store.db.conn.executemany(
        "INSERT INTO evidence(deal_id, article_id, start, end, sentence) VALUES (?,?,?,?,?)",
        ((1 + (i - 1) % n_deals, i, 0, 40, f"Sentence of article {i}.") for i in range(1, count + 1)))


def build_in_child(path: Path, n: int, articles: int = 0) -> None:
    subprocess.run([sys.executable, __file__, "--build", str(path), str(n), str(articles)], check=True)


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


def seconds(cmd: list[str], env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def cold_start(db: Path) -> float:
    """Launch to first painted timeline frame of a fresh app process, in seconds."""
    from desktop.ui.timeline_view import FIRST_PAINT_ENV

    env = {**os.environ, FIRST_PAINT_ENV: "1", "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    launched = time.time()
    out = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db)], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True, timeout=120).stdout
    painted = next(float(line.split()[1]) for line in out.splitlines() if line.startswith("first_paint_epoch"))
    return painted - launched


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--frames", type=int, default=30)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--cold-articles", type=int, default=10_000)
    parser.add_argument("--build", nargs=3, help=argparse.SUPPRESS)  # child: PATH DEALS ARTICLES
    args = parser.parse_args()
    if args.build:
        build_db(Path(args.build[0]), int(args.build[1]), articles=int(args.build[2]))
        return
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from desktop.storage.queries import DealTitles
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
            build_in_child(path, n)
            start = time.perf_counter()
            store = Store.open(path)
            view = TimelineView()
            view.resize(W, H)
            view.set_arrays(*load_deal_arrays(store), deal_parties(store), DealTitles(store))
            load[str(n)] = round(time.perf_counter() - start, 2)
            for name, vps in views(view, args.frames).items():
                times = frame_times(view, vps)
                results.append({"deals": n, "view": name, "median_frame_ms": round(statistics.median(times), 2),
                                "p95_frame_ms": round(p95(times), 2)})
            rss[str(n)] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
            del view
            store.close()
            path.unlink()
        cold_db = Path(tmp) / "cold.sqlite"
        build_in_child(cold_db, args.cold_articles, articles=args.cold_articles)
        cold_start(cold_db)  # warm the OS file cache once, as a second launch of the app would be
        cold = [cold_start(cold_db) for _ in range(args.cold_runs)]
    bare = [seconds([sys.executable, "-c", "import PySide6.QtWidgets"]) for _ in range(args.cold_runs)]
    print(json.dumps({"results": results, "rss_mb": rss, "load_s": load,
                      "cold_start_s": round(statistics.median(cold), 3),
                      "cold_start_runs_s": [round(c, 3) for c in cold],
                      "reference": {"fill_ms": round(statistics.median(fills), 3),
                                    "import_qtwidgets_s": round(statistics.median(bare), 3)},
                      "reference_fill_ms": round(statistics.median(fills), 3)}))


if __name__ == "__main__":
    main()
