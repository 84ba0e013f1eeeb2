"""Stored date values as a reader writes them.

Deals store their dates as text at their precision: '2025', '2025-06', '2025-06-15',
'2025-Q3', '2025-H1', a decade '2020s', and seasons in ISO 8601-2 codes ('2025-21' is spring
2025). Sorting and filtering use those; tables and panels show the season by name. The season
table here is the one the date extractor, the timeline and the tables share.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# (ISO 8601-2 code, first month, name)
_SEASONS = (("21", 3, "spring"), ("22", 6, "summer"), ("23", 9, "autumn"), ("24", 12, "winter"))
SEASON_CODE_OF_MONTH: dict[int, str] = {month: code for code, month, _ in _SEASONS}
SEASON_MONTH_OF_CODE: dict[int, int] = {int(code): month for code, month, _ in _SEASONS}
SEASON_NAME_OF_MONTH: dict[int, str] = {month: name for _, month, name in _SEASONS}
_SEASON_NAME_OF_CODE = {code: name for code, _, name in _SEASONS}
_SEASON_RE = re.compile(r"^(\d{4})-(2[1-4])$")


def readable_date(value: str | None) -> str | None:
    """'2025-21' -> 'spring 2025'; every other stored form reads as it is."""
    if not value:
        return value
    m = _SEASON_RE.match(value)
    return f"{_SEASON_NAME_OF_CODE[m.group(2)]} {m.group(1)}" if m else value


_YEAR_RE = re.compile(r"^(\d{4})$")
_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_PART_RE = re.compile(r"^(\d{4})-([QH])([1-4])$")
_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")
_DECADE_RE = re.compile(r"^(\d{3}0)s$")


def period_of(value: str) -> tuple[date, date, str] | None:
    """The period `[start, end)` a stored date names by its own form, and its precision (a season
    counts as a quarter); None for a form this module does not write."""
    try:
        if m := _DAY_RE.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d + timedelta(days=1), "day"
        if m := _MONTH_RE.match(value):
            y, mo = int(m[1]), int(m[2])
            if mo in SEASON_MONTH_OF_CODE:
                s = date(y, SEASON_MONTH_OF_CODE[mo], 1)
                return s, add_months(s, 3), "quarter"
            s = date(y, mo, 1)
            return s, add_months(s, 1), "month"
        if m := _YEAR_RE.match(value):
            y = int(m[1])
            return date(y, 1, 1), date(y + 1, 1, 1), "year"
        if m := _PART_RE.match(value):
            y, n = int(m[1]), int(m[3])
            months, prec = (3, "quarter") if m[2] == "Q" else (6, "half")
            if n > 12 // months:
                return None
            s = date(y, months * (n - 1) + 1, 1)
            return s, add_months(s, months), prec
        if m := _WEEK_RE.match(value):
            s = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return s, s + timedelta(days=7), "week"
        if m := _DECADE_RE.match(value):
            y = int(m[1])
            return date(y, 1, 1), date(y + 10, 1, 1), "decade"
    except ValueError:
        return None
    return None


def add_months(d: date, n: int) -> date:
    """The first of the month `n` months after `d`'s."""
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)
