"""Times of the Amounts panel's analyses at 100,000 deals (by default).

Builds a synthetic database (deals, parties with investor/recipient and partner roles, joint
ventures with their venture as 'owner', one to three sources per deal, a few yearly rates),
then times totals by company / kind / year, the money series and the flows, each with no
filter and with a kind filter. Each timing includes preparing the filter's scope (the joint
venture contributions and yearly rates), which the panel does once per filter; it is also
timed on its own. Prints, as its last line, one JSON object:
{"deals": n, "results": {"name": median_ms...}, "reference_count_ms": x, "reference_group_by_kind_ms": y}
The references are a plain `SELECT count(*) FROM deals` and a plain `GROUP BY kind` over all
deals (no filter, no flags) in the same run, to compare machines and to show the floor.

    python benchmarks/bench_analysis.py [--deals 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.analysis.flows import flows  # noqa: E402
from desktop.analysis.scope import prepare  # noqa: E402
from desktop.analysis.series import series  # noqa: E402
from desktop.analysis.totals import totals  # noqa: E402
from desktop.storage.filters import DealFilter  # noqa: E402
from desktop.storage.store import Store  # noqa: E402
from desktop.timeline.marks import KINDS, STATUSES  # noqa: E402


def build_db(path: Path, n: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with Store.open(path) as store:
        companies = [r[0] for r in store.db.execute("SELECT id FROM companies ORDER BY id LIMIT 60")]
        ventures = companies[-4:]
        deals, parties, evidence = [], [], []
        base = date(2015, 1, 1)
        for i in range(1, n + 1):
            day = base + timedelta(days=rng.randrange(0, 365 * 12))
            precision = rng.choices(["day", "month", "year"], [6, 3, 1])[0]
            when = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[precision]
            amount = None if rng.random() < 0.15 else 10 ** rng.uniform(7, 12)
            kind = rng.choice(KINDS)
            deals.append((i, kind, rng.choice(STATUSES), amount, "USD", amount,
                          amount * 0.9 if amount else None, when, precision, f"Deal {i}"))
            members = rng.sample(companies, rng.choice([1, 2, 2, 2, 3]))
            if kind == "joint_venture" or (kind == "investment" and rng.random() < 0.05):
                # ventures are a few companies of their own, as Stargate is
                venture = rng.choice(ventures)
                members = [venture] + [c for c in members if c != venture]
            for pos, c in enumerate(members):
                role = "partner"
                if kind == "investment" and len(members) > 1 and members[0] in ventures:
                    role = "partner"  # a contribution to a venture, roles unknown as in the samples
                elif kind == "investment" and len(members) > 1:
                    role = "investor" if pos == 0 else "recipient"
                elif kind == "joint_venture" and pos == 0:
                    role = "owner"
                parties.append((i, c, role, pos))
            for _ in range(rng.choice([1, 1, 2, 3])):
                evidence.append((i, 1, 0, 10, f"sentence {i}", amount, "USD", int(rng.random() < 0.02)))
        with store.transaction():
            store.db.execute(
                "INSERT INTO articles(id, file_name, path, sha256, imported_at, text)"
                " VALUES (1, 'a.txt', 'a.txt', 'x', '2025-01-01', 'text')")
            store.db.conn.executemany(
                "INSERT INTO deals(id, kind, status, amount, currency, amount_usd, amount_eur, date,"
                " date_precision, title) VALUES (?,?,?,?,?,?,?,?,?,?)", deals)
            store.db.conn.executemany(
                "INSERT INTO deal_parties(deal_id, company_id, role, position) VALUES (?,?,?,?)", parties)
            store.db.conn.executemany(
                "INSERT INTO evidence(deal_id, article_id, start, end, sentence, amount, currency, per_year)"
                " VALUES (?,?,?,?,?,?,?,?)", evidence)


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def build_cached(path: Path, n: int) -> None:
    if not path.exists():
        build_db(path, n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--deals", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", type=Path, help="reuse (or create) this synthetic database")
    args = parser.parse_args()
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "analysis.sqlite"
        build_cached(path, args.deals)
        with Store.open(path) as store:
            everything = DealFilter()
            narrowed = DealFilter(kinds=("investment", "joint_venture"), currency="EUR")
            reference = median_ms(lambda: store.db.execute("SELECT count(*) FROM deals").fetchone(), args.repeat)
            # the cheapest query of the same shape: one GROUP BY over every deal, no flags
            plain = median_ms(lambda: store.db.execute(
                "SELECT kind, count(*), total(amount_usd) FROM deals GROUP BY kind").fetchall(), args.repeat)
            for label, f in (("all", everything), ("filtered", narrowed)):
                # the panel prepares a filter's scope once and shares it between its tabs
                results[f"prepare_scope_{label}"] = median_ms(lambda: prepare(store, f), args.repeat)
                for by in ("company", "kind", "year"):
                    results[f"totals_{by}_{label}"] = median_ms(lambda: totals(store, f, by), args.repeat)
                results[f"series_{label}"] = median_ms(lambda: series(store, f), args.repeat)
                results[f"flows_{label}"] = median_ms(lambda: flows(store, f), args.repeat)
    print(json.dumps({"deals": args.deals, "results": results, "reference_count_ms": reference,
                      "reference_group_by_kind_ms": plain}))


if __name__ == "__main__":
    main()
