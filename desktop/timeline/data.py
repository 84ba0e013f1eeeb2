"""What the timeline needs from the store, read in two queries (no per-deal work in Python
beyond building the arrays)."""

from __future__ import annotations

from desktop.storage.filters import DealFilter, where_clause
from desktop.storage.queries import parties_by_deal
from desktop.storage.store import Store
from desktop.timeline.marks import DealArrays


CHUNK = 100_000  # rows parsed at a time: a million Python row tuples would cost ~400 MB at once


def load_deal_arrays(store: Store, deal_filter: DealFilter | None = None) -> tuple[DealArrays, list[int]]:
    """The dated deals the filter keeps as arrays and the ids of the undated ones, read in chunks."""
    where, params = where_clause(deal_filter or DealFilter())
    cursor = store.db.execute(DEAL_SQL + where, params)
    parts: list[DealArrays] = []
    undated: list[int] = []
    while rows := cursor.fetchmany(CHUNK):
        arrays, missing = DealArrays.from_rows(rows)
        parts.append(arrays)
        undated += missing
    return DealArrays.concat(parts), undated


DEAL_SQL = "SELECT d.id, d.date, d.date_precision, d.amount_usd, d.kind, d.status FROM deals d "


def deal_rows(store: Store) -> list[tuple[int, str | None, str | None, float | None, str, str]]:
    """(deal_id, date, precision, amount_usd, kind, status) of every deal not rejected."""
    return store.db.execute(DEAL_SQL + "WHERE d.rejected = 0").fetchall()


def deal_parties(store: Store) -> dict[int, list[str]]:
    """deal_id -> party names in their order, for the deals the timeline shows."""
    return parties_by_deal(store, include_rejected=False)
