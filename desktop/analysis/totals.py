"""Totals by company, by kind and by year, in the display currency, never double counting.

- One row per deal, not per source: `deals` is the merged deal, so three articles reporting
  the same contract add it once.
- Per group each deal counts once (a company is a deal's party at most once), and the grand
  total counts each deal once however many groups it falls into. Company lines therefore do
  not add up to the grand total — a deal between two companies is on both lines — while the
  kind and year lines do.
- A member's contribution to a joint venture in view is counted but not summed
  (`scope.JOINT_VENTURE_RULE`).
- Deals without an amount are counted (`deals`) but add nothing (`with_amount` says how many
  did); yearly rates are summed once as reported and counted in `rates`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.analysis.scope import Scope, and_where, filter_of, id_list_sql, scope_of, scope_sql, year_sql
from desktop.storage.filters import DealFilter, where_clause
from desktop.storage.store import Store
from desktop.timeline.marks import KINDS

GROUPINGS = ("company", "kind", "year")

_AGGREGATES = (
    "count(*), count(s.amount), total(CASE WHEN s.in_jv THEN NULL ELSE s.amount END),"
    " total(s.in_jv), total(s.rate AND s.amount IS NOT NULL)"
)
# How each grouping finds its key: from the scope rows (totals) and from `deals d` (look-ups).
_GROUP_FROM = {
    "company": ("JOIN deal_parties dp ON dp.deal_id = s.id JOIN companies c ON c.id = dp.company_id",
                "c.name"),
    "kind": ("", "s.kind"),
    "year": ("", "s.year"),
}
_KEY_OF_DEAL = {
    "company": ("JOIN deal_parties dp ON dp.deal_id = d.id JOIN companies c ON c.id = dp.company_id",
                "c.name"),
    "kind": ("", "d.kind"),
    "year": ("", year_sql("d.date")),
}


@dataclass(frozen=True)
class Total:
    key: str | None    # company name, kind or year; None for deals without a year
    deals: int         # deals in the group, each once
    with_amount: int   # how many of them have an amount in the display currency
    amount: float      # their amounts summed, contributions already in a venture's total left out
    in_jv: int = 0     # contributions counted but not summed (already in a venture's total)
    rates: int = 0     # amounts that are yearly rates, each summed once as reported


@dataclass(frozen=True)
class Totals:
    by: str
    currency: str
    rows: list[Total]
    grand: Total


def totals(store: Store, f: DealFilter | Scope, by: str) -> Totals:
    """The filter's deals grouped `by` company, kind or year, and the grand total. Pass a
    prepared `Scope` to share its work between several analyses of one filter."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; one of {GROUPINGS}")
    scope = scope_of(store, f)
    cte, params = scope_sql(scope)
    join, key = _GROUP_FROM[by]
    rows = [_total(r) for r in store.db.execute(
        f"{cte} SELECT {key}, {_AGGREGATES} FROM scope s {join} GROUP BY {key}", params)]
    if by == "company":  # a deal is on several company lines: the grand total needs its own pass
        grand = _total((None, *store.db.execute(f"{cte} SELECT {_AGGREGATES} FROM scope s", params).fetchone()))
    else:  # each deal is in exactly one kind and one year: the lines add up to the grand total
        grand = Total(None, *(sum(getattr(t, n) for t in rows) for n in ("deals", "with_amount", "amount",
                                                                          "in_jv", "rates")))
    return Totals(by=by, currency=scope.deal_filter.currency, rows=_ordered(rows, by), grand=grand)


def group_deal_ids(store: Store, f: DealFilter | Scope, by: str, key: str | None) -> list[int]:
    """The filter's deals in one group (what a click on a totals row selects)."""
    join, key_sql = _KEY_OF_DEAL[by]
    where, params = where_clause(filter_of(f))
    condition = f"{key_sql} IS NULL" if key is None else f"{key_sql} = ?"
    rows = store.db.execute(
        f"SELECT DISTINCT d.id FROM deals d {join} {and_where(where, condition)} ORDER BY d.id",
        params + ([] if key is None else [key]))
    return [r[0] for r in rows]


def groups_of(store: Store, f: DealFilter | Scope, by: str, deal_ids: list[int]) -> set[str | None]:
    """The groups holding any of `deal_ids` among the filter's deals (to highlight a selection)."""
    if not deal_ids:
        return set()
    join, key_sql = _KEY_OF_DEAL[by]
    where, params = where_clause(filter_of(f))
    rows = store.db.execute(
        f"SELECT DISTINCT {key_sql} FROM deals d {join} {and_where(where, id_list_sql('d.id'))}",
        params + [json.dumps(sorted(set(deal_ids)))])
    return {r[0] for r in rows}


def _total(row: tuple) -> Total:
    key, deals, with_amount, amount, in_jv, rates = row
    return Total(key=key, deals=deals, with_amount=with_amount, amount=amount,
                 in_jv=int(in_jv), rates=int(rates))


def _ordered(rows: list[Total], by: str) -> list[Total]:
    """Companies by amount (largest first), kinds in their usual order, years ascending."""
    if by == "company":
        return sorted(rows, key=lambda t: (-t.amount, -t.deals, t.key or ""))
    if by == "kind":
        return sorted(rows, key=lambda t: (KINDS.index(t.key) if t.key in KINDS else len(KINDS), t.key))
    return sorted(rows, key=lambda t: (t.key is None, t.key or ""))
