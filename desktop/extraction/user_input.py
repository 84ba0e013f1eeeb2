"""What the user types when correcting a deal, read with the same rules as the articles:
"1,4 Mrd. €", "$10bn", "30 Milliarden Dollar", "März 2026", "Q3 2025", "2025-06-15"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.extraction.amounts import find_amounts
from desktop.extraction.dates import find_dates

_PLAIN_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*([A-Z]{3})?\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s*$")


class InputError(ValueError):
    """The text cannot be read; the message says what would be understood."""


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str | None
    qualifier: str
    amount_max: float | None = None


def parse_money(text: str, default_currency: str | None = None) -> Money | None:
    """The amount in `text`, None for an empty field."""
    if not text.strip():
        return None
    plain = _PLAIN_NUMBER.match(text)
    if plain:  # a bare figure, as typed into a spreadsheet: "30000000000" or "2.5 EUR"
        value = float(plain.group(1).replace(",", "."))
        return Money(value, plain.group(2) or default_currency, "exact")
    found = find_amounts(text)
    if not found:  # "7.25 million" names no currency: the article rules would not call it money
        probe = f"{text} USD"  # a stand-in currency, replaced by the deal's own
        guesses = [m for m in find_amounts(probe) if m.end == len(probe)]
        if guesses:
            m = guesses[0]
            return Money(m.value, default_currency, m.qualifier, m.value_max)
    if not found:
        raise InputError(f"no amount in {text.strip()!r}; try e.g. '30 Mrd. Dollar' or '$10bn'")
    m = found[0]
    return Money(m.value, m.currency or default_currency, m.qualifier, m.value_max)


def parse_date(text: str) -> tuple[str, str] | None:
    """(ISO value, precision) of the date in `text`, None for an empty field."""
    if not text.strip():
        return None
    iso = _ISO_DATE.match(text)
    if iso:
        year, month, day = iso.groups()
        try:
            date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            raise InputError(f"{text.strip()!r} is not a date of the calendar") from None
        precision = "day" if day else "month" if month else "year"
        return text.strip(), precision
    found = find_dates(text)
    if not found:
        raise InputError(f"no date in {text.strip()!r}; try e.g. '2025-06-15', 'Juni 2025' or 'Q3 2025'")
    return found[0].value, found[0].precision


def money_text(amount: float | None, currency: str | None, amount_max: float | None = None) -> str:
    """An amount written so that `parse_money` reads it back unchanged: the field's start value."""
    if amount is None:
        return ""
    text = _scaled(amount) + (f" to {_scaled(amount_max)}" if amount_max is not None else "")
    return f"{text} {currency}" if currency else text


def _scaled(value: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:.6g} {word}"
    return f"{value:.6g}"
