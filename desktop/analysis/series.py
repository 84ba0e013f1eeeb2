"""Announced money over time, stacked by kind, for the money chart.

The period (month, quarter or year) follows the span of the deals in view so the chart has a
readable number of bars. A deal lands in the period that holds its whole date; a deal known
less precisely than the period (only to the year, or a quarter in a monthly chart) lands in
a separate "year only" bucket for its year rather than on an invented month. Deals without a
date, or dated only more coarsely than a year (a decade), are not charted — `uncharted` counts
them. Amounts follow the totals' rules (`desktop.analysis.totals`): once per deal, in the
display currency, contributions already in a joint venture's total not summed again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from desktop.analysis.scope import Scope, and_where, filter_of, id_list_sql, scope_of, scope_sql
from desktop.storage.filters import DealFilter, where_clause
from desktop.storage.store import Store
from desktop.timeline.marks import KINDS, parse_span

_EPOCH = date(1970, 1, 1).toordinal()
# Longest span (in days) for monthly, then quarterly bars; beyond it a bar is a year.
MONTHS_UP_TO_DAYS = 3 * 366
QUARTERS_UP_TO_DAYS = 8 * 366


@dataclass
class Bucket:
    label: str
    start: date
    end: date                 # exclusive
    year_only: bool = False   # holds the deals of its year known less precisely than the period
    amount: dict[str, float] = field(default_factory=dict)  # kind -> summed amount
    deals: dict[str, int] = field(default_factory=dict)     # kind -> deals, with or without amount
    without_amount: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> float:
        return sum(self.amount.values())

    @property
    def deal_count(self) -> int:
        return sum(self.deals.values())


@dataclass
class Series:
    period: str               # "month", "quarter" or "year"
    currency: str
    buckets: list[Bucket]     # in time order; a year-only bucket follows its year's periods
    kinds: list[str]          # kinds present, in the usual order (the stacking order)
    uncharted: int = 0        # deals without a date or dated only to a decade
    # (date key, precision key) -> bucket index: how a deal is found in (or from) a bucket again
    bucket_of: dict[tuple[str | None, str | None], int] = field(default_factory=dict)


def series(store: Store, f: DealFilter | Scope, period: str | None = None) -> Series:
    """The filter's money per period and kind; `period` None chooses it from the span."""
    scope = scope_of(store, f)
    cte, params = scope_sql(scope)
    rows = store.db.execute(
        f"{cte} SELECT {date_key_sql('s')}, {precision_key_sql('s')}, s.kind, count(*), count(s.amount),"
        " total(CASE WHEN s.in_jv THEN NULL ELSE s.amount END)"
        " FROM scope s GROUP BY 1, 2, 3", params).fetchall()
    spans = {(r[0], r[1]): _span(r[0], r[1]) for r in rows}
    period = period or choose_period([s for s in spans.values() if s is not None])
    out = Series(period=period, currency=scope.deal_filter.currency, buckets=[], kinds=[])
    keys = _bucket_keys(spans, period)
    order = sorted(set(keys.values()) | _fill(keys.values(), period))
    index = {k: i for i, k in enumerate(order)}
    out.buckets = [_bucket(k, period) for k in order]
    present: set[str] = set()
    for when, precision, kind, deals, with_amount, amount in rows:
        key = keys.get((when, precision))
        if key is None:
            out.uncharted += deals
            continue
        b = out.buckets[index[key]]
        b.amount[kind] = b.amount.get(kind, 0.0) + amount
        b.deals[kind] = b.deals.get(kind, 0) + deals
        b.without_amount[kind] = b.without_amount.get(kind, 0) + deals - with_amount
        out.bucket_of[(when, precision)] = index[key]
        present.add(kind)
    out.kinds = [k for k in KINDS if k in present] + sorted(present - set(KINDS))
    return out


def choose_period(spans: list[tuple[date, date]]) -> str:
    """Months for up to three years of deals, quarters up to eight, else years — judged by the
    deals dated within a year, since year-only deals have their own buckets."""
    fine = [s for s in spans if _fits(s, "year") and not _is_whole_year(s)] or spans
    if not fine:
        return "year"
    days = (max(e for _, e in fine) - min(s for s, _ in fine)).days
    if days <= MONTHS_UP_TO_DAYS:
        return "month"
    return "quarter" if days <= QUARTERS_UP_TO_DAYS else "year"


def segment_deal_ids(store: Store, f: DealFilter | Scope, s: Series, bucket: int, kind: str | None = None) -> list[int]:
    """The filter's deals in one bar (`kind` None) or one segment of it (what a click selects)."""
    dates = [f"{d}|{p or ''}" for (d, p), i in s.bucket_of.items() if i == bucket]
    if not dates:
        return []
    where, params = where_clause(filter_of(f))
    condition = id_list_sql(f"({date_key_sql('d')} || '|' || ifnull({precision_key_sql('d')}, ''))")
    params = params + [json.dumps(dates)]
    if kind is not None:
        condition += " AND d.kind = ?"
        params.append(kind)
    rows = store.db.execute(f"SELECT d.id FROM deals d {and_where(where, condition)} ORDER BY d.id", params)
    return [r[0] for r in rows]


def segments_of(store: Store, f: DealFilter | Scope, s: Series, deal_ids: list[int]) -> set[tuple[int, str]]:
    """(bucket, kind) of the segments holding any of `deal_ids` (to highlight a selection)."""
    if not deal_ids:
        return set()
    where, params = where_clause(filter_of(f))
    rows = store.db.execute(
        f"SELECT DISTINCT {date_key_sql('d')}, {precision_key_sql('d')}, d.kind FROM deals d"
        f" {and_where(where, id_list_sql('d.id'))}",
        params + [json.dumps(sorted(set(deal_ids)))])
    found = set()
    for when, precision, kind in rows:
        bucket = s.bucket_of.get((when, precision))
        if bucket is not None:
            found.add((bucket, kind))
    return found


def date_key_sql(alias: str) -> str:
    """A deal's date as the chart needs it: a day only to its month, since no bar is finer —
    a few hundred distinct keys to group by instead of thousands of days."""
    return (f"CASE WHEN {alias}.date_precision = 'day' AND length({alias}.date) = 10"
            f" THEN substr({alias}.date, 1, 7) ELSE {alias}.date END")


def precision_key_sql(alias: str) -> str:
    return (f"CASE WHEN {alias}.date_precision = 'day' AND length({alias}.date) = 10"
            f" THEN 'month' ELSE {alias}.date_precision END")


# --- periods -----------------------------------------------------------------------------------
# A bucket key is (year, slot, year_only): slot is the month (1-12), quarter (1-4) or 0 for a
# year; a year-only bucket sorts after its year's periods.

def _span(when: str | None, precision: str | None) -> tuple[date, date] | None:
    parsed = parse_span(when, precision)
    if parsed is None:
        return None
    t0, t1, _ = parsed
    return date.fromordinal(int(t0) + _EPOCH), date.fromordinal(int(t1) + _EPOCH)


def _slot(d: date, period: str) -> int:
    return {"month": d.month, "quarter": (d.month - 1) // 3 + 1, "year": 0}[period]


def _fits(span: tuple[date, date], period: str) -> bool:
    """True when the whole span lies in one period."""
    start, end = span
    last = date.fromordinal(end.toordinal() - 1)
    return start.year == last.year and _slot(start, period) == _slot(last, period)


def _is_whole_year(span: tuple[date, date]) -> bool:
    return span[0].month == 1 and span[0].day == 1 and (span[1] - span[0]).days >= 365


def _bucket_keys(spans: dict, period: str) -> dict[tuple, tuple[int, int, bool]]:
    keys = {}
    for pair, span in spans.items():
        if span is None or not _fits(span, "year"):
            continue  # undated, or coarser than a year: not charted
        if _fits(span, period):
            keys[pair] = (span[0].year, _slot(span[0], period), False)
        else:
            keys[pair] = (span[0].year, 99, True)
    return keys


def _fill(keys, period: str) -> set[tuple[int, int, bool]]:
    """The empty periods between the first and last one, so time runs evenly along the axis."""
    fine = sorted(k for k in keys if not k[2])
    if not fine:
        return set()
    per_year = {"month": 12, "quarter": 4, "year": 1}[period]
    first, last = fine[0], fine[-1]
    filled = set()
    for n in range(_ordinal(first, per_year), _ordinal(last, per_year) + 1):
        year, index = divmod(n, per_year)
        filled.add((year, index + 1 if per_year > 1 else 0, False))
    return filled


def _ordinal(key: tuple[int, int, bool], per_year: int) -> int:
    return key[0] * per_year + (key[1] - 1 if per_year > 1 else 0)


def _bucket(key: tuple[int, int, bool], period: str) -> Bucket:
    year, slot, year_only = key
    if year_only or period == "year":
        label = f"{year} (year only)" if year_only and period != "year" else str(year)
        return Bucket(label=label, start=date(year, 1, 1), end=date(year + 1, 1, 1), year_only=year_only)
    months = 1 if period == "month" else 3
    start = date(year, (slot - 1) * months + 1, 1)
    k = year * 12 + start.month - 1 + months
    label = f"{year}-{slot:02d}" if period == "month" else f"{year} Q{slot}"
    return Bucket(label=label, start=start, end=date(k // 12, k % 12 + 1, 1))
