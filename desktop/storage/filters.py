"""What the user narrows the deals to: one filter that every view applies.

The filter is a plain value; `where_clause` turns it into SQL over the `deals` table (alias `d`),
so the table, the timeline, the totals and the export all keep exactly the same deals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from desktop.storage.store import Store

DISPLAY_CURRENCIES = ("USD", "EUR")
_AMOUNT_COLUMN = {"USD": "d.amount_usd", "EUR": "d.amount_eur"}
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class DealFilter:
    text: str = ""  # words searched in article text, titles and evidence sentences (FTS5)
    companies: tuple[str, ...] = ()  # a deal is kept if any of its parties is one of these
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    date_from: str | None = None  # ISO date, inclusive; undated deals drop out once a range is set
    date_to: str | None = None
    min_amount: float | None = None  # in the display currency; deals without an amount drop out
    currency: str = "USD"  # display currency: USD or EUR, converted at the deal's date
    include_rejected: bool = field(default=False, compare=True)

    def is_empty(self) -> bool:
        """True when the filter keeps every deal (the display currency does not filter)."""
        return self == DealFilter(currency=self.currency)

    def with_(self, **changes) -> DealFilter:
        return replace(self, **changes)


def amount_column(currency: str) -> str:
    """The SQL column holding a deal's amount in the display currency."""
    return _AMOUNT_COLUMN.get(currency, "d.amount_usd")


def fts_query(text: str) -> str | None:
    """User words as a safe FTS5 query: each word quoted, all required, last one as a prefix.

    Article text is untrusted and so is what the user types: FTS5 syntax characters must never
    reach the parser, or a stray quote would raise instead of finding nothing.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def where_clause(f: DealFilter) -> tuple[str, list]:
    """(`WHERE …` or "", parameters) selecting the kept deals from `deals d`."""
    parts: list[str] = []
    params: list = []
    if not f.include_rejected:
        parts.append("d.rejected = 0")
    if f.kinds:
        parts.append(f"d.kind IN ({_marks(f.kinds)})")
        params += list(f.kinds)
    if f.statuses:
        parts.append(f"d.status IN ({_marks(f.statuses)})")
        params += list(f.statuses)
    if f.date_from:
        parts.append("d.date >= ?")
        params.append(f.date_from)
    if f.date_to:
        # a date stored as '2025-06' or '2025' sorts before '2025-06-30', so compare the prefix
        parts.append("substr(d.date, 1, 10) <= ?")
        params.append(f.date_to)
    if f.min_amount is not None:
        parts.append(f"{amount_column(f.currency)} >= ?")
        params.append(f.min_amount)
    if f.companies:
        parts.append(
            "d.id IN (SELECT dp.deal_id FROM deal_parties dp JOIN companies c ON c.id = dp.company_id"
            f" WHERE c.name IN ({_marks(f.companies)}))"
        )
        params += list(f.companies)
    query = fts_query(f.text)
    if query:
        parts.append(
            "d.id IN (SELECT e.deal_id FROM evidence e WHERE e.id IN"
            " (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)"
            " OR e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))"
        )
        params += [query, query]
    return ("WHERE " + " AND ".join(parts)) if parts else "", params


def matching_ids(store: Store, f: DealFilter) -> list[int]:
    """The ids of the kept deals, ascending."""
    where, params = where_clause(f)
    return [r[0] for r in store.db.execute(f"SELECT d.id FROM deals d {where} ORDER BY d.id", params)]


def count(store: Store, f: DealFilter) -> int:
    where, params = where_clause(f)
    return store.db.execute(f"SELECT count(*) FROM deals d {where}", params).fetchone()[0]


def _marks(values: tuple) -> str:
    return ",".join("?" * len(values))
