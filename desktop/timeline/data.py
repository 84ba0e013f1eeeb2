"""What the timeline needs from the store, read in two queries (no per-deal work in Python
beyond building the arrays)."""

from __future__ import annotations

from desktop.storage.queries import parties_by_deal
from desktop.storage.store import Store
from desktop.timeline.marks import DealArrays


CHUNK = 100_000  # rows parsed at a time: a million Python row tuples would cost ~400 MB at once


def load_deal_arrays(store: Store) -> tuple[DealArrays, list[int]]:
    """The dated deals as arrays and the ids of the undated ones, read in chunks."""
    cursor = store.db.execute(DEAL_SQL)
    parts: list[DealArrays] = []
    undated: list[int] = []
    while rows := cursor.fetchmany(CHUNK):
        arrays, missing = DealArrays.from_rows(rows)
        parts.append(arrays)
        undated += missing
    return DealArrays.concat(parts), undated


DEAL_SQL = "SELECT id, date, date_precision, amount_usd, kind, status FROM deals WHERE rejected = 0"


def deal_rows(store: Store) -> list[tuple[int, str | None, str | None, float | None, str, str]]:
    """(deal_id, date, precision, amount_usd, kind, status) of every deal not rejected."""
    return store.db.execute(DEAL_SQL).fetchall()


def deal_parties(store: Store) -> dict[int, list[str]]:
    """deal_id -> party names in their order, for the deals the timeline shows."""
    return parties_by_deal(store, include_rejected=False)
