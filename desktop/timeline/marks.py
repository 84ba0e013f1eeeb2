"""The compact arrays the timeline paints from: one entry per dated deal, sorted by start.

Time is float days since 1970-01-01. A deal's date covers `[t0, t1)`: a month-precise date
covers its whole month, so the timeline can draw the honest span instead of inventing a day.
Deals without a date are returned separately and never placed on an invented date.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Iterable

import numpy as np

from desktop.extraction.date_values import SEASON_NAME_OF_MONTH, add_months, period_of
from desktop.timeline.ticks import MONTH_ABBR

KINDS = ("investment", "cloud_contract", "supply", "partnership", "joint_venture", "acquisition",
         "capex_plan", "project", "other")
STATUSES = ("rumored", "negotiating", "planned", "announced", "signed", "completed", "cancelled")
PRECISIONS = ("day", "week", "month", "quarter", "half", "year", "decade")

_KIND_INDEX = {k: i for i, k in enumerate(KINDS)}
_STATUS_INDEX = {s: i for i, s in enumerate(STATUSES)}
_PRECISION_INDEX = {p: i for i, p in enumerate(PRECISIONS)}
# A deal whose status the extractor did not know was reported, so "announced" is the honest guess;
# an unknown kind is "other" rather than an error that would drop the deal from the timeline.
_DEFAULT_STATUS = _STATUS_INDEX["announced"]
_DEFAULT_KIND = _KIND_INDEX["other"]

_EPOCH = date(1970, 1, 1).toordinal()

Row = tuple  # (deal_id, date, precision, amount_usd, kind, status)


@dataclass
class DealArrays:
    """One entry per deal, all numpy arrays of equal length, sorted by `t0` (ties by `deal_id`)."""

    deal_id: np.ndarray     # int64
    t0: np.ndarray          # float64, first day the deal's date covers (days since epoch)
    t1: np.ndarray          # float64, the day after the last day it covers
    amount_usd: np.ndarray  # float64, NaN when the deal has no amount
    kind: np.ndarray        # int8 index into KINDS
    status: np.ndarray      # int8 index into STATUSES
    precision: np.ndarray   # int8 index into PRECISIONS

    def __len__(self) -> int:
        return int(self.t0.shape[0])

    def nbytes(self) -> int:
        return int(sum(getattr(self, f.name).nbytes for f in fields(self)))

    @classmethod
    def empty(cls) -> DealArrays:
        return cls._build(np.empty(0, np.int64), np.empty(0), np.empty(0), np.empty(0),
                          np.empty(0, np.int8), np.empty(0, np.int8), np.empty(0, np.int8))

    @classmethod
    def from_rows(cls, rows: Iterable[Row]) -> tuple[DealArrays, list[int]]:
        """Arrays of the dated deals and the ids of the undated ones.

        `rows` are `(deal_id, date, precision, amount_usd, kind, status)` with the date in ISO form
        at its precision ('2025', '2025-06', '2025-06-15', '2025-Q3', '2025-H1', '2025-W03',
        '2020s', intervals 'a/b'). Dates repeat a lot (a few thousand calendar days for a million
        deals), so each distinct (date, precision) is parsed once and the rest is column work.
        """
        rows = rows if isinstance(rows, (list, tuple)) else list(rows)
        if not rows:
            return cls.empty(), []
        # Column-wise comprehensions are several times faster than zip(*rows) on a million rows.
        index: dict[tuple, int] = {}
        code = np.array([index.setdefault((r[1], r[2]), len(index)) for r in rows], dtype=np.intp)
        ids = np.array([r[0] for r in rows], dtype=np.int64)
        amount = np.array([r[3] for r in rows], dtype=np.float64)  # None becomes NaN
        kind = np.array([_KIND_INDEX.get(r[4], _DEFAULT_KIND) for r in rows], dtype=np.int8)
        status = np.array([_STATUS_INDEX.get(r[5], _DEFAULT_STATUS) for r in rows], dtype=np.int8)
        return cls.from_columns(ids, amount, kind, status, code, list(index))

    @classmethod
    def from_columns(cls, ids: np.ndarray, amount: np.ndarray, kind: np.ndarray, status: np.ndarray,
                     code: np.ndarray, dates: list[tuple]) -> tuple[DealArrays, list[int]]:
        """From ready columns: `code[i]` indexes `dates`, the distinct (date, precision) pairs,
        each parsed once. Kinds and statuses are already indices (see `kind_sql`)."""
        spans = [parse_span(*p) or (np.nan, np.nan, 0) for p in dates] or [(np.nan, np.nan, 0)]
        t0_of, t1_of, prec_of = (np.array(c) for c in zip(*spans))
        t0_of, t1_of, prec_of = t0_of.astype(np.float64), t1_of.astype(np.float64), prec_of.astype(np.int8)
        t0 = t0_of[code]
        dated = ~np.isnan(t0)
        undated = ids[~dated].tolist()
        if not dated.all():
            ids, amount, kind, status, code, t0 = (a[dated] for a in (ids, amount, kind, status, code, t0))
        arrays = cls._build(ids, t0, t1_of[code], amount, kind, status, prec_of[code])
        return arrays, undated

    @classmethod
    def synthetic(cls, n: int, seed: int = 0, start_year: int = 2015, end_year: int = 2027) -> DealArrays:
        """Realistic random deals for benchmarks and tests.

        Activity grows over time (more deals in later years), precisions are mixed (mostly days,
        some months and years, a few decades), ~15 % have no amount, amounts are log-normal in
        1e7..1e12 USD. Dates snap to the calendar period of their precision, as real ones do.
        """
        rng = np.random.default_rng(seed)
        lo = date(start_year, 1, 1).toordinal() - _EPOCH
        hi = date(end_year + 1, 1, 1).toordinal() - _EPOCH
        # Growth: density rises ~e-fold over the range (inverse CDF of an exponential ramp).
        u = rng.random(n)
        day = np.floor(lo + (hi - lo) * np.log1p(u * (np.e - 1))).astype(np.int64)
        prec = rng.choice(len(PRECISIONS), size=n,
                          p=[0.52, 0.05, 0.2, 0.08, 0.03, 0.115, 0.005]).astype(np.int8)
        t0, t1 = _snap(day, prec)
        amount = np.exp(rng.normal(np.log(3e8), 1.8, n)).clip(1e7, 1e12)
        amount[rng.random(n) < 0.15] = np.nan
        kind = rng.choice(len(KINDS), size=n, p=[0.25, 0.12, 0.1, 0.18, 0.05, 0.08, 0.08, 0.1, 0.04])
        status = rng.choice(len(STATUSES), size=n, p=[0.06, 0.06, 0.14, 0.4, 0.2, 0.1, 0.04])
        ids = rng.permutation(n).astype(np.int64) + 1
        return cls._build(ids, t0, t1, amount, kind.astype(np.int8), status.astype(np.int8), prec)

    @classmethod
    def concat(cls, parts: list[DealArrays]) -> DealArrays:
        """One sorted set of arrays from several (a table read in chunks keeps memory low)."""
        if not parts:
            return cls.empty()
        if len(parts) == 1:
            return parts[0]
        return cls._build(*(np.concatenate([getattr(a, f) for a in parts]) for f in (
            "deal_id", "t0", "t1", "amount_usd", "kind", "status", "precision")))

    @classmethod
    def _build(cls, deal_id, t0, t1, amount, kind, status, precision) -> DealArrays:
        order = np.lexsort((deal_id, t0))
        return cls(deal_id=np.ascontiguousarray(deal_id[order], dtype=np.int64),
                   t0=np.ascontiguousarray(t0[order], dtype=np.float64),
                   t1=np.ascontiguousarray(t1[order], dtype=np.float64),
                   amount_usd=np.ascontiguousarray(amount[order], dtype=np.float64),
                   kind=kind[order].astype(np.int8), status=status[order].astype(np.int8),
                   precision=precision[order].astype(np.int8))


# --- parsing -----------------------------------------------------------------------------------

def index_sql(column: str, names: tuple[str, ...], default: int) -> str:
    """SQL mapping a text column to its index in `names` (unknown values to `default`), so
    the database returns small integers instead of a string per row."""
    cases = " ".join(f"WHEN '{name}' THEN {i}" for i, name in enumerate(names))
    return f"CASE {column} {cases} ELSE {default} END"


def kind_sql(column: str) -> str:
    return index_sql(column, KINDS, _DEFAULT_KIND)


def status_sql(column: str) -> str:
    return index_sql(column, STATUSES, _DEFAULT_STATUS)


@dataclass(frozen=True)
class Terms:
    """Contract terms: `index` into a DealArrays (ascending), and each term's `[t0, t1)`."""

    index: np.ndarray  # intp
    t0: np.ndarray     # float64 days since epoch
    t1: np.ndarray

    @classmethod
    def of(cls, found: list[tuple[int, float, float]]) -> Terms:
        found = sorted(found)
        return cls(np.array([f[0] for f in found], dtype=np.intp),
                   np.array([f[1] for f in found], dtype=float), np.array([f[2] for f in found], dtype=float))

    @classmethod
    def empty(cls) -> Terms:
        return cls.of([])

    def __len__(self) -> int:
        return int(self.index.shape[0])


def term_span(start: str | None, end: str | None, announced: float) -> tuple[float, float] | None:
    """A term "ab 2027" … "bis Ende 2031" as `[t0, t1)`: from the start period's first day to
    the end period's last; a term with only an end runs from the announcement."""
    first, last = parse_span(start, None), parse_span(end, None)
    t0 = first[0] if first else announced
    t1 = last[1] if last else (first[1] if first else None)
    if t1 is None or t1 <= t0:
        return None
    return t0, t1


def parse_span(value: str | None, precision: str | None) -> tuple[float, float, int] | None:
    """`[t0, t1)` in days since epoch and the precision index of one stored date, or None.

    The stored precision widens a finer-written date to its period ('2025-06-15' at month
    precision covers June; a week is stored as its Monday and covers seven days). An interval
    'a/b' covers a's start to b's end.
    """
    if not value:
        return None
    value = value.strip()
    if "/" in value:
        return _parse_interval(value, precision)
    natural = period_of(value)
    if natural is None:
        return None
    start, end, nat_prec = natural
    prec = precision if precision in _PRECISION_INDEX else nat_prec
    if _PRECISION_INDEX[prec] > _PRECISION_INDEX[nat_prec]:
        start, end = _widen(start, prec)
    return float(start.toordinal() - _EPOCH), float(end.toordinal() - _EPOCH), _PRECISION_INDEX[prec]


def _parse_interval(value: str, precision: str | None) -> tuple[float, float, int] | None:
    a, _, b = value.partition("/")
    first = period_of(a)
    if first is None:
        return None
    last = period_of(b) if not b.startswith("P") else None
    end = last[1] if last is not None and last[1] > first[0] else first[1]
    prec = precision if precision in _PRECISION_INDEX else "day"
    return float(first[0].toordinal() - _EPOCH), float(end.toordinal() - _EPOCH), _PRECISION_INDEX[prec]


def _widen(d: date, precision: str) -> tuple[date, date]:
    """The period of `precision` that holds `d`; a week starts at the stored day (its Monday)."""
    if precision == "week":
        return d, d + timedelta(days=7)
    if precision == "decade":
        y = d.year - d.year % 10
        return date(y, 1, 1), date(y + 10, 1, 1)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}.get(precision)
    if months is None:
        return d, d + timedelta(days=1)
    s = date(d.year, d.month - (d.month - 1) % months, 1)
    return s, add_months(s, months)


# --- synthetic data ----------------------------------------------------------------------------

def _snap(day: np.ndarray, prec: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Vectorised calendar snapping of days to the period of their precision."""
    t0 = day.astype(np.float64)
    t1 = t0 + 1
    week = prec == _PRECISION_INDEX["week"]
    monday = day - (day + 3) % 7  # 1970-01-01 was a Thursday
    t0[week], t1[week] = monday[week], monday[week] + 7
    months = day.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)  # months since 1970-01
    for name, size in (("month", 1), ("quarter", 3), ("half", 6), ("year", 12), ("decade", 120)):
        sel = prec == _PRECISION_INDEX[name]
        # 1970 is both a year and a decade start, so month counts since 1970 align with every period.
        m0 = months[sel] - months[sel] % size
        t0[sel] = _month_start_days(m0)
        t1[sel] = _month_start_days(m0 + size)
    return t0, t1


def _month_start_days(months: np.ndarray) -> np.ndarray:
    return months.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64).astype(np.float64)


def span_label(t0: float, precision: int) -> str:
    """A deal's date as a reader writes it, at its precision: '15 Jun 2025', 'week of
    9 Jun 2025', 'Jun 2025', 'Q3 2025' (or 'spring 2025'), 'H1 2025', '2025', '2020s'."""
    start = date.fromordinal(int(t0) + _EPOCH)
    name = PRECISIONS[precision] if 0 <= precision < len(PRECISIONS) else "day"
    month = MONTH_ABBR[start.month - 1]
    if name == "day":
        return f"{start.day} {month} {start.year}"
    if name == "week":
        return f"week of {start.day} {month} {start.year}"
    if name == "month":
        return f"{month} {start.year}"
    if name == "quarter":
        season = SEASON_NAME_OF_MONTH.get(start.month)
        return f"{season} {start.year}" if season else f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if name == "half":
        return f"H{1 if start.month <= 6 else 2} {start.year}"
    if name == "decade":
        return f"{start.year // 10 * 10}s"
    return str(start.year)

