"""Reading merged deals with their parties and sources, for the export and the views."""

from __future__ import annotations

import json
from collections import OrderedDict, defaultdict
from typing import Iterator, Mapping, Sequence

from desktop.storage.filters import DealFilter, where_clause
from desktop.storage.records import DealRow, Source
from desktop.storage.store import Store

CHUNK = 5000  # deals read at a time when streaming

DEAL_COLUMNS = (
    "id, kind, status, amount, amount_max, currency, qualifier, amount_usd, date,"
    " date_precision, term_start, term_end, title, discrepancies"
)


def list_deals(store: Store, include_rejected: bool = False,
               deal_filter: DealFilter | None = None) -> list[DealRow]:
    """The deals the filter keeps (all by default), ordered by date (undated last), each with
    its parties and sources."""
    return list(iter_deals(store, include_rejected, deal_filter))


def iter_deals(store: Store, include_rejected: bool = False, deal_filter: DealFilter | None = None,
               chunk: int = CHUNK) -> Iterator[DealRow]:
    """Like `list_deals`, read and yielded a chunk at a time: an export of a million deals
    never holds them all in memory."""
    f = deal_filter or DealFilter()
    if include_rejected:
        f = f.with_(include_rejected=True)
    where, params = where_clause(f)
    ids = [r[0] for r in store.db.execute(
        f"SELECT d.id FROM deals d {where} ORDER BY d.date IS NULL, d.date, d.id", params)]
    for start in range(0, len(ids), chunk):
        yield from deals_by_id(store, ids[start:start + chunk])


def deals_by_id(store: Store, ids: Sequence[int]) -> list[DealRow]:
    """The deals with these ids, in the order given (unknown ids are left out)."""
    id_json = json.dumps([int(i) for i in ids])
    rows = {r[0]: r for r in store.db.execute(
        f"SELECT {DEAL_COLUMNS} FROM deals WHERE id IN (SELECT value FROM json_each(?))", [id_json])}
    parties = _parties_where(store, "WHERE dp.deal_id IN (SELECT value FROM json_each(?))", [id_json])
    sources = _sources_where(store, "WHERE e.deal_id IN (SELECT value FROM json_each(?))", [id_json])
    return [_deal_row(rows[i], parties, sources) for i in ids if i in rows]


def get_deal(store: Store, deal_id: int) -> DealRow | None:
    found = deals_by_id(store, [deal_id])
    return found[0] if found else None


def _deal_row(r: tuple, parties: dict[int, list[str]], sources: dict[int, list[Source]]) -> DealRow:
    (deal_id, kind, status, amount, amount_max, currency, qualifier, amount_usd, date,
     precision, term_start, term_end, title, discrepancies) = r
    return DealRow(
        id=deal_id, kind=kind, status=status, parties=parties.get(deal_id, []), amount=amount,
        amount_max=amount_max, currency=currency, qualifier=qualifier, amount_usd=amount_usd,
        date=date, date_precision=precision, term_start=term_start, term_end=term_end,
        title=title or "", discrepancies=json.loads(discrepancies or "[]"),
        sources=sources.get(deal_id, []),
    )


def parties_by_deal(store: Store, include_rejected: bool = True) -> dict[int, list[str]]:
    """deal_id -> party names in their order."""
    return _parties_where(store, "" if include_rejected else "WHERE d.rejected = 0", [])


def _parties_where(store: Store, where: str, params: list) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    names: dict[str, str] = {}  # one string object per company, not one per row
    for deal_id, name in store.db.execute(
        "SELECT dp.deal_id, c.name FROM deal_parties dp JOIN companies c ON c.id = dp.company_id"
        f" JOIN deals d ON d.id = dp.deal_id {where} ORDER BY dp.deal_id, dp.position", params
    ):
        out[deal_id].append(names.setdefault(name, name))
    return dict(out)


def _sources_where(store: Store, where: str, params: list) -> dict[int, list[Source]]:
    out: dict[int, list[Source]] = defaultdict(list)
    for row in store.db.execute(
        "SELECT e.deal_id, a.id, a.file_name, a.title, a.outlet, a.published, a.published_source,"
        " e.sentence, e.start, e.end, e.amount, e.currency, e.status, e.date"
        f" FROM evidence e JOIN articles a ON a.id = e.article_id {where}"
        " ORDER BY e.deal_id, a.published, e.id", params
    ):
        out[row[0]].append(Source(*row[1:]))
    return out


class DealTitles(Mapping[int, str]):
    """deal id -> title, read from the store on demand: the timeline asks only for the few
    deals it labels, so a million titles never sit in memory."""

    def __init__(self, store: Store, cache_size: int = 4096):
        self._store = store
        self._cache: OrderedDict[int, str] = OrderedDict()
        self._cache_size = cache_size

    def __getitem__(self, deal_id: int) -> str:
        if deal_id in self._cache:
            self._cache.move_to_end(deal_id)
            return self._cache[deal_id]
        row = self._store.db.execute("SELECT title FROM deals WHERE id = ?", [int(deal_id)]).fetchone()
        if row is None:
            raise KeyError(deal_id)
        self._cache[deal_id] = row[0] or ""
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return self._cache[deal_id]

    def __iter__(self) -> Iterator[int]:
        return (r[0] for r in self._store.db.execute("SELECT id FROM deals"))

    def __len__(self) -> int:
        return self._store.count("deals")
