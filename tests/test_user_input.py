"""Corrections typed by the user are read with the article rules."""

from __future__ import annotations

import pytest

from desktop.extraction.user_input import InputError, Money, money_text, parse_date, parse_money


@pytest.mark.parametrize("text, expected", [
    ("30 Mrd. Dollar", Money(30e9, "USD", "exact")),
    ("1,4 Mrd. €", Money(1.4e9, "EUR", "exact")),
    ("$10bn", Money(10e9, "USD", "exact")),
    ("rund 5 Milliarden Euro", Money(5e9, "EUR", "approx")),
    ("30000000000", Money(30e9, "GBP", "exact")),  # a bare figure takes the deal's currency
    ("2,5 EUR", Money(2.5, "EUR", "exact")),
])
def test_money_as_typed(text: str, expected: Money) -> None:
    assert parse_money(text, default_currency="GBP") == expected


def test_empty_money_clears_and_nonsense_explains() -> None:
    assert parse_money("   ") is None
    with pytest.raises(InputError, match="no amount in 'viel Geld'"):
        parse_money("viel Geld")


@pytest.mark.parametrize("text, expected", [
    ("2025", ("2025", "year")),
    ("2025-06", ("2025-06", "month")),
    ("2025-06-15", ("2025-06-15", "day")),
    ("März 2026", ("2026-03", "month")),
    ("Q3 2025", ("2025-Q3", "quarter")),
    ("21.01.2026", ("2026-01-21", "day")),
])
def test_dates_as_typed(text: str, expected: tuple[str, str]) -> None:
    assert parse_date(text) == expected


def test_impossible_dates_are_refused() -> None:
    with pytest.raises(InputError, match="not a date"):
        parse_date("2025-13")
    with pytest.raises(InputError, match="no date"):
        parse_date("bald")
    assert parse_date("") is None


@pytest.mark.parametrize("amount, currency, amount_max", [
    (30e9, "USD", None), (1.4e9, "EUR", None), (5e8, "USD", None), (2.5e12, "USD", None),
    (12500.0, "USD", None), (15e9, "USD", 25e9), (7.25e6, None, None),
])
def test_the_start_value_of_the_field_reads_back_unchanged(amount, currency, amount_max) -> None:
    money = parse_money(money_text(amount, currency, amount_max), default_currency=currency)
    assert (money.amount, money.currency, money.amount_max) == (amount, currency, amount_max)
