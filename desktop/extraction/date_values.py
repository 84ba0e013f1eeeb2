"""Stored date values as a reader writes them.

Deals store their dates as text at their precision: '2025', '2025-06', '2025-06-15',
'2025-Q3', '2025-H1', a decade '2020s', and seasons in ISO 8601-2 codes ('2025-21' is spring
2025). Sorting and filtering use those; tables and panels show the season by name. The season
table here is the one the date extractor, the timeline and the tables share.
"""

from __future__ import annotations

import re

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
