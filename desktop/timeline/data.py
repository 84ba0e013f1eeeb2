"""What the timeline needs from the store, read in two queries (no per-deal work in Python
beyond building the arrays)."""

from __future__ import annotations

from collections import defaultdict

from desktop.storage.store import Store


def deal_rows(store: Store) -> list[tuple[int, str | None, str | None, float | None, str, str]]:
    """(deal_id, date, precision, amount_usd, kind, status) of every deal not rejected."""
    return store.db.execute(
        "SELECT id, date, date_precision, amount_usd, kind, status FROM deals WHERE rejected = 0"
    ).fetchall()


def deal_parties(store: Store) -> dict[int, list[str]]:
    """deal_id -> party names in their order."""
    out: dict[int, list[str]] = defaultdict(list)
    for deal_id, name in store.db.execute(
        "SELECT dp.deal_id, c.name FROM deal_parties dp JOIN companies c ON c.id = dp.company_id"
        " JOIN deals d ON d.id = dp.deal_id WHERE d.rejected = 0 ORDER BY dp.deal_id, dp.position"
    ):
        out[deal_id].append(name)
    return dict(out)
