"""What the user narrows the deals to: one filter that every view applies.

The filter is a plain value; `where_clause` turns it into SQL over the `deals` table (alias `d`),
so the table, the timeline, the totals and the export all keep exactly the same deals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

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
    # ISO dates, inclusive; a deal known only to the month or year is kept when its period
    # overlaps the range. Undated deals drop out once either bound is set.
    date_from: str | None = None
    date_to: str | None = None
    min_amount: float | None = None  # in the display currency; deals without an amount drop out
    currency: str = "USD"  # display currency: USD or EUR, converted at the deal's date
    include_rejected: bool = field(default=False, compare=True)
    dated: bool | None = None  # True: only deals with a date; False: only those without

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
    if f.dated is not None:
        parts.append("d.date IS NOT NULL AND d.date != ''" if f.dated else "(d.date IS NULL OR d.date = '')")
    if f.kinds:
        parts.append(f"d.kind IN ({_marks(f.kinds)})")
        params += list(f.kinds)
    if f.statuses:
        parts.append(f"d.status IN ({_marks(f.statuses)})")
        params += list(f.statuses)
    if f.date_from:
        # '2025-06' overlaps a range from 2025-06-15 on: compare the bound cut to the deal's
        # precision. The year bound before it is implied by it but lets SQLite use the date index.
        parts.append("d.date >= ? AND d.date >= substr(?, 1, length(d.date))")
        params += [f.date_from[:4], f.date_from]
    if f.date_to:
        # '2025-06' or '2025' sorts before '2025-06-30' anyway, so a plain comparison suffices;
        # a bound given only to the month or year ('2025-06') reaches to its end: '~' sorts
        # after every digit and '-'.
        parts.append("d.date <= ?")
        params.append(f.date_to if len(f.date_to) >= 10 else f.date_to + "~")
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


def total(store: Store, include_rejected: bool = False) -> int:
    """How many deals there are before any filter: the M of "N of M deals"."""
    return count(store, DealFilter(include_rejected=include_rejected))


def company_names(store: Store) -> list[str]:
    """Names of the companies that are party to a deal not rejected, for the company picker."""
    return [r[0] for r in store.db.execute(
        "SELECT c.name FROM companies c WHERE EXISTS (SELECT 1 FROM deal_parties dp JOIN deals d"
        " ON d.id = dp.deal_id WHERE dp.company_id = c.id AND d.rejected = 0) ORDER BY c.name COLLATE NOCASE"
    )]


_BOUND = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_GERMAN_DAY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_date_bound(text: str) -> str | None:
    """What the user typed as a range bound → ISO at its precision ('2025', '2025-06',
    '2025-06-15'); "" → None. German '15.06.2025' is accepted too.

    Raises ValueError with a message fit to show the user.
    """
    text = text.strip()
    if not text:
        return None
    if german := _GERMAN_DAY.fullmatch(text):
        day, month, year = german.groups()
        text = f"{year}-{month}-{day}"
    match = _BOUND.fullmatch(text)
    if not match:
        raise ValueError(f"cannot read the date {text!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError as e:
        raise ValueError(f"no such date {text!r}: {e}") from e
    if day is not None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}" if month is not None else f"{year:04d}"


def _marks(values: tuple) -> str:
    return ",".join("?" * len(values))


_SCALES = {"": 1.0, "k": 1e3, "tsd": 1e3, "m": 1e6, "mio": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9,
           "mrd": 1e9, "t": 1e12, "tn": 1e12, "bio": 1e12}
_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)?)\s*([a-z]*)\.?", re.IGNORECASE)


def parse_amount(text: str) -> float | None:
    """A minimum amount as typed: '500m', '1.5 bn', '2 Mrd', '1,5 Mrd', '30000000000'; "" → None.

    Thousands separators are not accepted (is '1.500' one and a half or fifteen hundred?).
    Raises ValueError with a message fit to show the user.
    """
    text = text.strip().replace(" ", "")
    if not text:
        return None
    match = _AMOUNT.fullmatch(text)
    scale = _SCALES.get(match.group(2).lower()) if match else None
    if scale is None:
        raise ValueError(f"cannot read the amount {text!r}: use e.g. 500m, 1.5bn, 2 Mrd or 1tn")
    return float(match.group(1).replace(",", ".")) * scale
