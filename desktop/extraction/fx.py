"""Amounts converted to USD (or EUR) at the rate of the deal's date, offline.

The ECB reference rates ship with the `currencyconverter` package; currencies it lacks come
from `resources/fx_extra_rates.json`, which names its source.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from desktop.resources import load_json


@lru_cache(maxsize=1)
def _converter():  # loading the ECB file takes ~0.3 s, so only when a conversion is needed
    from currency_converter import CurrencyConverter

    # "last_known" fills holidays with the previous rate, as the ECB itself does; it also
    # loads in half the time of linear interpolation
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True,
                             fallback_on_missing_rate_method="last_known")


def reference_day(iso: str | None) -> date | None:
    """The day whose rate stands for a date of any precision: its first day."""
    if not iso:
        return None
    parts = iso.split("-")
    try:
        year = int(parts[0][:4])
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        day = int(parts[2][:2]) if len(parts) > 2 and parts[2][:2].isdigit() else 1
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def _extra_rate(currency: str, when: date | None) -> float | None:
    table = load_json("fx_extra_rates.json")["rates_per_usd"].get(currency)
    if not table:
        return None
    year = (when or date.today()).year
    nearest = min(table, key=lambda y: abs(int(y) - year))
    return table[nearest]


def convert(amount: float | None, currency: str | None, to: str, when: date | None) -> float | None:
    """`amount` in `currency` expressed in `to`; None when either currency is unknown."""
    if amount is None or not currency:
        return None
    if currency == to:
        return amount
    factor = rate(currency, to, when or date.today())
    return None if factor is None else amount * factor


@lru_cache(maxsize=4096)
def rate(currency: str, to: str, when: date) -> float | None:
    """Units of `to` per unit of `currency` on `when` (cached: an import asks for the same
    few rates thousands of times)."""
    extra_from, extra_to = _extra_rate(currency, when), _extra_rate(to, when)
    if extra_from or extra_to:
        usd = 1 / extra_from if extra_from else rate(currency, "USD", when)
        if usd is None:
            return None
        return usd * extra_to if extra_to else _times(usd, rate("USD", to, when))
    if currency == to:
        return 1.0
    conv = _converter()
    if currency not in conv.currencies or to not in conv.currencies:
        return None
    return float(conv.convert(1.0, currency, to, date=when))


def _times(a: float, b: float | None) -> float | None:
    return None if b is None else a * b


def to_usd(amount: float | None, currency: str | None, iso_date: str | None) -> float | None:
    return convert(amount, currency, "USD", reference_day(iso_date))
