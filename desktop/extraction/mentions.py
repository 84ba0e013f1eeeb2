"""The typed results of the extractors: what was found, where, and what it means.

Every mention keeps its character span (`start` inclusive, `end` exclusive) in the text it
was read from, so each field of a deal can be traced back to the words it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Precision names, coarsest last; the CSV and the database store these strings.
PRECISIONS = ("day", "week", "month", "quarter", "half", "year", "decade")
QUALIFIERS = ("exact", "approx", "up_to", "at_least", "range")


@dataclass(frozen=True, slots=True)
class NumberMention:
    text: str
    start: int
    end: int
    value: float


@dataclass(frozen=True, slots=True)
class AmountMention:
    """A sum of money. `value_max` closes a range ("zwischen 1 und 5 Milliarden")."""

    text: str
    start: int
    end: int
    value: float
    currency: str | None  # ISO 4217 code, None when the text names no currency
    qualifier: str = "exact"
    value_max: float | None = None
    per_year: bool = False  # "jährlich drei Milliarden Dollar"
    per_month: bool = False  # "monatlich rund 85.000 Euro"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A point or period in time, kept at the precision the text gives.

    `value` is ISO 8601 at that precision ("2025", "2025-06", "2025-06-15", "2025-Q3");
    `range_start` is the first day covered, `range_end` the day after the last.
    """

    text: str
    start: int
    end: int
    value: str
    precision: str
    range_start: date
    range_end: date


@dataclass(frozen=True, slots=True)
class OrgMention:
    text: str
    start: int
    end: int
    name: str  # canonical company name


@dataclass(slots=True)
class PartyRole:
    name: str
    role: str  # investor, recipient, buyer, seller, provider, customer, partner, owner


@dataclass(slots=True)
class ExtractedDeal:
    """One deal as one article reports it (a "reading"); merging across articles comes later."""

    kind: str
    status: str
    parties: list[PartyRole]
    evidence_start: int
    evidence_end: int
    sentence: str
    title: str = ""
    amount: float | None = None
    amount_max: float | None = None
    currency: str | None = None
    qualifier: str | None = None
    date: str | None = None
    date_precision: str | None = None
    term_start: str | None = None
    term_end: str | None = None
    per_year: bool = False  # the amount is a yearly rate ("jährlich drei Milliarden Dollar")
    # field name -> (start, end) in the article text, for tracing and highlighting
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(slots=True)
class Extraction:
    dates: list[DateMention] = field(default_factory=list)
    amounts: list[AmountMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    organizations: list[OrgMention] = field(default_factory=list)
    deals: list[ExtractedDeal] = field(default_factory=list)
