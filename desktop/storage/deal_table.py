"""What the deals table reads: the kept deal ids in sort order, and display rows for a page.

The table never holds a million deals: it holds their ids (one int64 array, ordered by SQL)
and asks for the few rows on screen. Headless, so the benchmark and the tests need no Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from desktop.storage.filters import DealFilter, amount_column, where_clause
from desktop.storage.store import Store

# Sort keys by column name: SQL terms over `deals d`. Every key ends with the id so the order
# is total (ties never reshuffle between reloads); NULLs (undated, no amount) always go last.
_PARTY_FIRST = ("(SELECT c.name FROM deal_parties dp JOIN companies c ON c.id = dp.company_id"
                " WHERE dp.deal_id = d.id ORDER BY dp.position LIMIT 1)")
_SOURCE_COUNT = "(SELECT count(DISTINCT e.article_id) FROM evidence e WHERE e.deal_id = d.id)"
SORT_TERMS: dict[str, str] = {
    "date": "d.date",
    "parties": f"{_PARTY_FIRST} COLLATE NOCASE",
    "kind": "d.kind",
    "status": "d.status",
    "amount": "d.amount",
    "currency": "d.currency",
    "display": "",  # the display currency's column, chosen per filter
    "sources": _SOURCE_COUNT,
    "title": "d.title COLLATE NOCASE",
}
NULLABLE = {"date", "amount", "currency", "display"}


@dataclass(frozen=True, slots=True)
class TableRow:
    """One deal as a table row shows it (numbers unformatted: formatting is the view's job)."""

    id: int
    date: str | None
    parties: tuple[str, ...]
    kind: str
    status: str
    amount: float | None
    amount_max: float | None
    currency: str | None
    display_amount: float | None  # in the filter's display currency
    sources: int
    title: str
    sentence: str  # the first evidence sentence, for the tooltip


def order_by(sort_key: str, descending: bool, currency: str) -> str:
    """`ORDER BY …` for a sort key; raises KeyError for an unknown key."""
    term = SORT_TERMS[sort_key] or amount_column(currency)
    direction = " DESC" if descending else ""
    nulls_last = f"{term.split(' COLLATE')[0]} IS NULL, " if sort_key in NULLABLE else ""
    return f"ORDER BY {nulls_last}{term}{direction}, d.id{direction}"


def ordered_ids(store: Store, f: DealFilter, sort_key: str = "date", descending: bool = False) -> np.ndarray:
    """The ids of the deals the filter keeps, sorted in SQL, as one int64 array.

    The ids come back as one comma-separated string parsed by numpy in C: a million Python
    row tuples (or strings) would cost ten times the time and ~80 MB on the way.
    """
    where, params = where_clause(f)
    sql = (f"SELECT group_concat(id) FROM (SELECT d.id AS id FROM deals d {where}"
           f" {order_by(sort_key, descending, f.currency)})")
    text = store.db.execute(sql, params).fetchone()[0]
    if not text:
        return np.empty(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")


_ROW_SQL = """
SELECT d.id, d.date, d.kind, d.status, d.amount, d.amount_max, d.currency, {amount}, d.title,
  (SELECT group_concat(name, char(31)) FROM (SELECT c.name AS name FROM deal_parties dp
     JOIN companies c ON c.id = dp.company_id WHERE dp.deal_id = d.id ORDER BY dp.position)),
  (SELECT count(DISTINCT e.article_id) FROM evidence e WHERE e.deal_id = d.id),
  (SELECT e.sentence FROM evidence e WHERE e.deal_id = d.id ORDER BY e.id LIMIT 1)
FROM deals d WHERE d.id IN (SELECT value FROM json_each(?))
"""


def table_rows(store: Store, ids: Sequence[int], currency: str = "USD") -> dict[int, TableRow]:
    """deal id -> its display row, for a page of ids, in one query."""
    sql = _ROW_SQL.format(amount=amount_column(currency))
    out: dict[int, TableRow] = {}
    for (deal_id, date, kind, status, amount, amount_max, cur, display, title, parties, sources,
         sentence) in store.db.execute(sql, [json.dumps([int(i) for i in ids])]):
        out[deal_id] = TableRow(
            id=deal_id, date=date, parties=tuple(parties.split("\x1f")) if parties else (), kind=kind,
            status=status, amount=amount, amount_max=amount_max, currency=cur, display_amount=display,
            sources=sources, title=title or "", sentence=sentence or "",
        )
    return out
