"""Reading merged deals with their parties and sources, for the export and the views."""

from __future__ import annotations

import json
from collections import defaultdict

from desktop.storage.records import DealRow, Source
from desktop.storage.store import Store

DEAL_COLUMNS = (
    "id, kind, status, amount, amount_max, currency, qualifier, amount_usd, date,"
    " date_precision, term_start, term_end, title, discrepancies"
)


def list_deals(store: Store, include_rejected: bool = False) -> list[DealRow]:
    """All deals, ordered by date (undated last), each with its parties and sources."""
    where = "" if include_rejected else "WHERE rejected = 0"
    rows = store.db.execute(
        f"SELECT {DEAL_COLUMNS} FROM deals {where}"
        " ORDER BY date IS NULL, date, id"
    ).fetchall()
    parties = parties_by_deal(store)
    sources = _sources_by_deal(store)
    deals = []
    for r in rows:
        (deal_id, kind, status, amount, amount_max, currency, qualifier, amount_usd, date,
         precision, term_start, term_end, title, discrepancies) = r
        deals.append(DealRow(
            id=deal_id, kind=kind, status=status, parties=parties.get(deal_id, []), amount=amount,
            amount_max=amount_max, currency=currency, qualifier=qualifier, amount_usd=amount_usd,
            date=date, date_precision=precision, term_start=term_start, term_end=term_end,
            title=title or "", discrepancies=json.loads(discrepancies or "[]"),
            sources=sources.get(deal_id, []),
        ))
    return deals


def parties_by_deal(store: Store, include_rejected: bool = True) -> dict[int, list[str]]:
    """deal_id -> party names in their order."""
    where = "" if include_rejected else " WHERE d.rejected = 0"
    out: dict[int, list[str]] = defaultdict(list)
    names: dict[str, str] = {}  # one string object per company, not one per row
    for deal_id, name in store.db.execute(
        "SELECT dp.deal_id, c.name FROM deal_parties dp JOIN companies c ON c.id = dp.company_id"
        f" JOIN deals d ON d.id = dp.deal_id{where} ORDER BY dp.deal_id, dp.position"
    ):
        out[deal_id].append(names.setdefault(name, name))
    return dict(out)


def _sources_by_deal(store: Store) -> dict[int, list[Source]]:
    out: dict[int, list[Source]] = defaultdict(list)
    for row in store.db.execute(
        "SELECT e.deal_id, a.id, a.file_name, a.title, a.outlet, a.published, a.published_source,"
        " e.sentence, e.start, e.end, e.amount, e.currency, e.status, e.date"
        " FROM evidence e JOIN articles a ON a.id = e.article_id ORDER BY e.deal_id, a.published, e.id"
    ):
        out[row[0]].append(Source(*row[1:]))
    return out
