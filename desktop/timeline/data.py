"""What the timeline needs from the store, read in two queries (no per-deal work in Python
beyond building the arrays)."""

from __future__ import annotations

from desktop.storage.queries import parties_by_deal
from desktop.storage.store import Store


def deal_rows(store: Store) -> list[tuple[int, str | None, str | None, float | None, str, str]]:
    """(deal_id, date, precision, amount_usd, kind, status) of every deal not rejected."""
    return store.db.execute(
        "SELECT id, date, date_precision, amount_usd, kind, status FROM deals WHERE rejected = 0"
    ).fetchall()


def deal_parties(store: Store) -> dict[int, list[str]]:
    """deal_id -> party names in their order, for the deals the timeline shows."""
    return parties_by_deal(store, include_rejected=False)
