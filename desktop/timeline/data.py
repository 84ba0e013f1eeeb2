"""What the timeline needs from the store, read as compact columns: the database maps kinds and
statuses to small integers, numpy reads the numbers without building a Python tuple per row
that is kept, and parties arrive as (deal, company) index pairs (CSR), never as name lists."""

from __future__ import annotations

import numpy as np

from desktop.storage.filters import DealFilter, amount_column, where_clause
from desktop.storage.store import Store
from desktop.timeline.marks import DealArrays, Terms, kind_sql, status_sql, term_span
from desktop.timeline.parties import Parties

CHUNK = 100_000  # rows converted at a time: bounds the transient Python objects

DEAL_SQL = "SELECT d.id, d.date, d.date_precision, {amount}, d.kind, d.status FROM deals d "
# Numbers and dates each come back as ONE string (group_concat), parsed by numpy in C: a single
# value crosses into Python instead of a million row tuples (~3x faster at a million deals).
# NULL amounts become the text 'nan', which numpy reads as NaN.
_NUMERIC_SQL = ("SELECT count(*), group_concat(v, ',') FROM (SELECT d.id || ',' || ifnull({amount}, 'nan')"
                f" || ',' || {kind_sql('d.kind')} || ',' || {status_sql('d.status')} AS v"
                " FROM deals d {where} ORDER BY d.id)")
_DATES_SQL = ("SELECT count(*), group_concat(k, char(10)) FROM (SELECT ifnull(d.date, '') || char(9) ||"
              " ifnull(d.date_precision, '') AS k FROM deals d {where} ORDER BY d.id)")
_PARTIES_SQL = "SELECT group_concat(deal_id || ',' || company_id, ',') FROM deal_parties"


def load_deal_arrays(store: Store, deal_filter: DealFilter | None = None) -> tuple[DealArrays, list[int]]:
    """The dated deals the filter keeps as arrays and the ids of the undated ones; amounts in
    the filter's display currency (the array keeps its historical name `amount_usd`)."""
    deal_filter = deal_filter or DealFilter()
    where, params = where_clause(deal_filter)
    amount = amount_column(deal_filter.currency)
    count, numbers = store.db.execute(_NUMERIC_SQL.format(where=where, amount=amount), params).fetchone()
    if not count:
        return DealArrays.empty(), []
    numeric = np.fromstring(numbers, sep=",").reshape(-1, 4)
    dates_count, joined = store.db.execute(_DATES_SQL.format(where=where), params).fetchone()
    keys = joined.split("\n")
    if not (len(numeric) == count == dates_count == len(keys)):
        return _load_by_rows(store, where, params, amount)  # a separator inside a date: the slow path
    index = dict.fromkeys(keys)  # distinct dates in first-seen order, all in C
    for i, key in enumerate(index):
        index[key] = i
    code = np.fromiter(map(index.__getitem__, keys), dtype=np.intp, count=len(keys))
    dates = [tuple(v or None for v in key.split("\t", 1)) for key in index]
    return DealArrays.from_columns(numeric[:, 0].astype(np.int64), numeric[:, 1].copy(),
                                   numeric[:, 2].astype(np.int8), numeric[:, 3].astype(np.int8), code, dates)


def _load_by_rows(store: Store, where: str, params: list,
                  amount: str = "d.amount_usd") -> tuple[DealArrays, list[int]]:
    cursor = store.db.execute(DEAL_SQL.format(amount=amount) + where, params)
    parts: list[DealArrays] = []
    undated: list[int] = []
    while rows := cursor.fetchmany(CHUNK):
        arrays, missing = DealArrays.from_rows(rows)
        parts.append(arrays)
        undated += missing
    return DealArrays.concat(parts), undated


def deal_rows(store: Store) -> list[tuple[int, str | None, str | None, float | None, str, str]]:
    """(deal_id, date, precision, amount_usd, kind, status) of every deal not rejected."""
    return store.db.execute(DEAL_SQL.format(amount="d.amount_usd") + "WHERE d.rejected = 0").fetchall()


def deal_parties(store: Store) -> Parties:
    """Every deal's parties as CSR arrays over the distinct company names.

    All stored pairs are read (deals the timeline does not show are simply never looked up);
    rows come in storage order, which is the order the parties were written in.
    """
    names_rows = store.db.execute("SELECT id, name FROM companies ORDER BY id").fetchall()
    company_ids = np.fromiter((r[0] for r in names_rows), dtype=np.int64, count=len(names_rows))
    joined = store.db.execute(_PARTIES_SQL).fetchone()[0]
    pairs = np.fromstring(joined, sep=",", dtype=np.int64).reshape(-1, 2) if joined else np.empty((0, 2), np.int64)
    # company ids -> dense positions in `names` (ids are sorted, so one searchsorted)
    company = np.searchsorted(company_ids, pairs[:, 1]).astype(np.int32)
    return Parties.from_pairs(pairs[:, 0].copy(), company, [r[1] for r in names_rows])



_TERMS_SQL = ("SELECT d.id, d.term_start, d.term_end FROM deals d {where} {conj}"
              " (d.term_start IS NOT NULL OR d.term_end IS NOT NULL) ORDER BY d.id")


def load_terms(store: Store, deals: DealArrays, deal_filter: DealFilter | None = None) -> Terms:
    """The contract terms (2027–2031) of the dated deals the filter keeps; few deals have one,
    so they are kept apart from the per-deal arrays."""
    where, params = where_clause(deal_filter or DealFilter())
    rows = store.db.execute(_TERMS_SQL.format(where=where, conj="AND" if where else "WHERE"), params).fetchall()
    if not rows or not len(deals):
        return Terms.empty()
    order = np.argsort(deals.deal_id)
    wanted = np.array([r[0] for r in rows], dtype=np.int64)
    at = np.minimum(np.searchsorted(deals.deal_id[order], wanted), len(order) - 1)
    position = order[at]
    found = []
    for (deal_id, start, end), i in zip(rows, position.tolist()):
        span = term_span(start, end, float(deals.t0[i])) if deals.deal_id[i] == deal_id else None
        if span:  # an undated deal has no row in the arrays, and so no term on the timeline
            found.append((i, *span))
    return Terms.of(found)
