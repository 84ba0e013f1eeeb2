"""The deals table at 1,000,000 deals: model reload, sorting, a filter change, memory.

Builds (once, then reuses with --keep) a synthetic database: deals with USD and EUR amounts,
two parties on average, one evidence sentence each in short articles, all indexed for
full-text search like a real import. Then drives the Qt table model offscreen as the window
does and prints, as its last line, one JSON object of medians in milliseconds:
{"deals", "reload_ms", "sort_amount_ms", "sort_display_ms", "sort_date_ms", "filter_rare_word_ms",
 "filter_common_word_ms", "filter_company_ms", "first_page_ms", "row_of_100_ms", "select_all_painted_ms",
 "rss_mb": {"before_model", "after"}, "reference_select_ids_ms"} (and how many deals each filter kept)
The reference is a plain `SELECT id FROM deals` fetched into Python in the same run, to
compare machines.

    python benchmarks/bench_table.py [--deals 1000000] [--repeat 5] [--db FILE --keep]
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
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.storage.filters import DealFilter  # noqa: E402
from desktop.storage.store import Store, now_iso  # noqa: E402

KINDS = ["investment", "cloud_contract", "supply", "partnership", "joint_venture", "acquisition",
         "capex_plan", "project", "other"]
STATUSES = ["rumored", "negotiating", "planned", "announced", "signed", "completed", "cancelled"]
WORDS = ["Rechenzentrum", "cloud", "chips", "Investition", "Vertrag", "supply", "Partnerschaft",
         "datacenter", "Beteiligung", "GPU", "Strom", "capacity", "Milliarden", "billion"]
RARE_WORD = "Stargate"  # in about one sentence in 500: what a search usually narrows to
DEALS_PER_ARTICLE = 20


def build_db(path: Path, n: int, seed: int = 3) -> None:
    """Write n deals straight into the schema (the extractor is not what is measured here)."""
    rng = random.Random(seed)
    with Store.open(path) as store:
        companies = [r[0] for r in store.db.execute("SELECT id FROM companies ORDER BY id LIMIT 60")]
        base = date(2015, 1, 1)
        with store.transaction():
            conn = store.db.conn
            for a in range(1, n // DEALS_PER_ARTICLE + 2):
                text = " ".join(rng.choices(WORDS, k=40))
                conn.execute(
                    "INSERT INTO articles(id, file_name, path, sha256, title, published, imported_at, text)"
                    " VALUES (?,?,?,?,?,?,?,?)",
                    (a, f"a{a}.txt", f"/bench/a{a}.txt", f"{a:064x}", f"Article {a}", "2024-01-01", now_iso(), text))
            deals, parties, evidence = [], [], []
            for i in range(1, n + 1):
                day = base + timedelta(days=rng.randrange(0, 365 * 12))
                precision = rng.choices(["day", "month", "year"], [6, 3, 1])[0]
                when = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[precision]
                amount = None if rng.random() < 0.15 else 10 ** rng.uniform(7, 12)
                eur = None if amount is None else amount * 0.9
                deals.append((i, rng.choice(KINDS), rng.choice(STATUSES), amount, "USD", amount, eur,
                              None if rng.random() < 0.05 else when, precision, f"Deal {i}"))
                for pos, c in enumerate(rng.sample(companies, rng.choice([1, 2, 2, 2, 3]))):
                    parties.append((i, c, "partner", pos))
                words = rng.choices(WORDS, k=12) + ([RARE_WORD] if rng.random() < 0.002 else [])
                evidence.append((i, i // DEALS_PER_ARTICLE + 1, 0, 10, " ".join(words)))
            conn.executemany(
                "INSERT INTO deals(id, kind, status, amount, currency, amount_usd, amount_eur, date,"
                " date_precision, title) VALUES (?,?,?,?,?,?,?,?,?,?)", deals)
            conn.executemany(
                "INSERT INTO deal_parties(deal_id, company_id, role, position) VALUES (?,?,?,?)", parties)
            conn.executemany(
                "INSERT INTO evidence(deal_id, article_id, start, end, sentence) VALUES (?,?,?,?,?)", evidence)


def median_ms(action: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def rss_mb() -> float:
    """Current resident memory (Linux), else the peak."""
    try:
        with open("/proc/self/statm") as f:
            return round(int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)
    except OSError:
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def measure(path: Path, n: int, repeat: int) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.ui.deals_model import COLUMNS, DealsModel

    QApplication.instance() or QApplication([])
    with Store.open(path) as store:
        reference = median_ms(lambda: [r[0] for r in store.db.execute("SELECT id FROM deals")], repeat)
        before = rss_mb()
        model = DealsModel(store)
        out = {"deals": model.rowCount(), "reload_ms": median_ms(model.reload, repeat)}
        asc, desc = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
        by_title = lambda: model.sort(COLUMNS.index("Title"), asc)  # noqa: E731 (so each sort really runs)
        out["sort_amount_ms"] = median_ms(lambda: model.sort(COLUMNS.index("Amount"), desc), repeat, by_title)
        out["sort_display_ms"] = median_ms(lambda: model.sort(COLUMNS.index("Display"), desc), repeat, by_title)
        out["sort_date_ms"] = median_ms(lambda: model.sort(COLUMNS.index("Date"), asc), repeat, by_title)
        out["filter_rare_word_ms"] = median_ms(lambda: model.set_filter(DealFilter(text=RARE_WORD)), repeat)
        out["kept_by_rare_word"] = model.rowCount()
        out["filter_common_word_ms"] = median_ms(lambda: model.set_filter(DealFilter(text="GPU")), repeat)
        out["kept_by_common_word"] = model.rowCount()
        company = store.db.execute("SELECT name FROM companies ORDER BY id LIMIT 1").fetchone()[0]
        out["filter_company_ms"] = median_ms(
            lambda: model.set_filter(DealFilter(companies=(company,), min_amount=1e9)), repeat)
        out["kept_by_company_filter"] = model.rowCount()
        model.set_filter(DealFilter())

        def first_page() -> None:
            model.clear_cache()
            model.index(0, 1).data()
        out["first_page_ms"] = median_ms(first_page, repeat)
        rng = random.Random(5)
        ids = [int(model.deal_id(rng.randrange(model.rowCount()))) for _ in range(100)]
        out["row_of_100_ms"] = median_ms(lambda: [model.row_of(i) for i in ids], repeat)
        out["select_all_painted_ms"] = select_all_ms(model, repeat)
        out["rss_mb"] = {"before_model": before, "after": rss_mb()}
        out["reference_select_ids_ms"] = reference
    return out


def select_all_ms(model, repeat: int) -> float:
    """Select every row in a shown table and paint it, as Ctrl+A in the window does."""
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.ui.deals_model import spare_header_from_selection

    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    spare_header_from_selection(table)
    table.resize(1200, 400)
    table.show()
    QApplication.processEvents()

    def select_all() -> None:
        table.selectAll()
        table.repaint()
        QApplication.processEvents()
    return median_ms(select_all, repeat, table.clearSelection)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--deals", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", type=Path, help="database file to build or (with --keep) reuse")
    parser.add_argument("--keep", action="store_true", help="keep the database and reuse it next time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / f"table{args.deals}.sqlite"
        if not (args.keep and path.exists()):
            path.unlink(missing_ok=True)
            build_db(path, args.deals)
        result = measure(path, args.deals, args.repeat)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
