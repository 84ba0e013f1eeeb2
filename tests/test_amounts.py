"""Money amounts: number + currency in either order, compounds, qualifiers, ranges, rates."""

from __future__ import annotations

import pytest

from desktop.extraction.amounts import find_amounts


def _one(text: str):
    found = find_amounts(text)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start:m.end] == m.text
    return m


@pytest.mark.parametrize("text,value,currency,qualifier,value_max", [
    ("Startinvestitionen zwischen 1 und 5 Milliarden US-Dollar", 1e9, "USD", "range", 5e9),
    ("Investitionen von 1,4 Billionen US-Dollar in KI", 1.4e12, "USD", "exact", None),
    ("mit einer Milliarde US-Dollar", 1e9, "USD", "exact", None),
    ("Umsatz von fast 14 Milliarden US-Dollar", 1.4e10, "USD", "approx", None),
    ("ein 30-Milliarden-Dollar-Vertrag", 3e10, "USD", "exact", None),
    ("das 300 Milliarden Dollar schwere Projekt", 3e11, "USD", "exact", None),
    ("auf rund 57,6 Milliarden Neue Taiwan Dollar", 5.76e10, "TWD", "approx", None),
    ("bis zu 25 Milliarden Dollar", 2.5e10, "USD", "up_to", None),
    ("die umgerechnet knapp 1,5 Milliarden Euro schweren Pläne", 1.5e9, "EUR", "approx", None),
    ("zehn Milliarden Euro", 1e10, "EUR", "exact", None),
    ("über 13 Milliarden Euro", 1.3e10, "EUR", "at_least", None),
    ("das 38-Milliarden-Euro-Cloud-Abkommen", 3.8e10, "EUR", "exact", None),
    ("etwa zehn Milliarden Euro", 1e10, "EUR", "approx", None),
    ("15.000€ Gold", 15000, "EUR", "exact", None),
    ("das 500-Milliarden-Euro-Sondervermögen", 5e11, "EUR", "exact", None),
    ("15 bis 25 Milliarden Dollar", 1.5e10, "USD", "range", 2.5e10),
    ("3 bis 4 Billionen US-Dollar", 3e12, "USD", "range", 4e12),
    ("mehr als 20 Milliarden US-Dollar Jahresumsatz", 2e10, "USD", "at_least", None),
    ("ca. 5 Mio. Euro", 5e6, "EUR", "approx", None),
    ("circa 5 Mio. Euro", 5e6, "EUR", "approx", None),
    ("beinahe 2 Mrd. Euro", 2e9, "EUR", "approx", None),
    ("1,5 Mio. Euro", 1.5e6, "EUR", "exact", None),
    ("Preis 3 $", 3, "USD", "exact", None),
    ("USD 5 Kredit", 5, "USD", "exact", None),
    ("1 Billion Yen", 1e12, "JPY", "exact", None),
    ("5 Mio. Pfund", 5e6, "GBP", "exact", None),
    ("300 Milliarden Won", 3e11, "KRW", "exact", None),
    ("2 Milliarden Schweizer Franken", 2e9, "CHF", "exact", None),
    ("10 Milliarden Yuan", 1e10, "CNY", "exact", None),
    ("500 Milliarden Rupien", 5e11, "INR", "exact", None),
])
def test_german_amounts(text, value, currency, qualifier, value_max) -> None:
    m = _one(text)
    assert (m.value, m.currency, m.qualifier) == (pytest.approx(value), currency, qualifier)
    assert m.value_max == (pytest.approx(value_max) if value_max else None)


@pytest.mark.parametrize("text,value,currency,qualifier,value_max", [
    ("The company paid $10bn for the stake", 1e10, "USD", "exact", None),
    ("It costs €5.5 billion in the end", 5.5e9, "EUR", "exact", None),
    ("It is worth more than $300 million to the firm", 3e8, "USD", "at_least", None),
    ("It is worth about $300 million to the firm", 3e8, "USD", "approx", None),
    ("The deal is worth up to £2bn for the firm", 2e9, "GBP", "up_to", None),
    ("It is worth between $1 billion and $5 billion for the firm", 1e9, "USD", "range", 5e9),
    ("It is worth 5 billion dollars to the firm", 5e9, "USD", "exact", None),
    ("It is worth around $4 billion to the firm", 4e9, "USD", "approx", None),
    ("It is worth roughly $4 billion to the firm", 4e9, "USD", "approx", None),
    ("It is worth over $4 billion to the firm", 4e9, "USD", "at_least", None),
    # a currency code glued to the digits, and a short scale after a code
    ("AniCura bought the chain for more than DKK600 million.", 6e8, "DKK", "at_least", None),
    ("The bank lent CHF1.6bn to the group", 1.6e9, "CHF", "exact", None),
    ("It signed a GBP 20m loan with the bank", 2e7, "GBP", "exact", None),
    ("It signed a EUR500m loan with the bank", 5e8, "EUR", "exact", None),
])
def test_english_amounts(text, value, currency, qualifier, value_max) -> None:
    m = _one(text)
    assert (m.value, m.currency, m.qualifier) == (pytest.approx(value), currency, qualifier)
    assert m.value_max == (pytest.approx(value_max) if value_max else None)


@pytest.mark.parametrize("text", [
    "und zahlt dafür jährlich drei Milliarden Dollar an OpenAI",
    "sie zahlt drei Milliarden Dollar pro Jahr",
    "it pays $3 billion per year for it",
    "it pays $3 billion a year for it",
])
def test_per_year(text: str) -> None:
    m = _one(text)
    assert m.per_year and m.value == pytest.approx(3e9)


def test_not_per_year() -> None:
    assert not _one("3 Mrd. Dollar im Jahr 2025").per_year


@pytest.mark.parametrize("text", [
    "sieht bis 2030 \"hunderte Milliarden\" als erreichbar",
    "Foxconns Milliardenpläne für den US-Markt",
    "hat milliardenschwere Vereinbarungen geschlossen",
    "mit einem Minus von 3,61 Prozent",
    "bis zu 2.000 Server-Racks pro Woche",
    "the A380 and the RTX5090 cost a lot",  # letters glued to digits make a name, unless they are a currency code
])
def test_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


def test_vague_amount_with_currency() -> None:
    m = _one("hunderte Milliarden Dollar")
    assert m.qualifier == "at_least" and m.currency == "USD"


def test_several_sorted_non_overlapping() -> None:
    text = "Softbank sagte 15 Milliarden Dollar zu; Samsung zahlt rund 2 Mrd. Euro, dazu 94£."
    found = find_amounts(text)
    assert [(m.value, m.currency) for m in found] == [(1.5e10, "USD"), (2e9, "EUR"), (94, "GBP")]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_a_range_with_the_currency_before_and_the_scale_after_the_second_number() -> None:
    def read(text: str) -> list[tuple]:
        return [(a.value, a.value_max, a.currency, a.qualifier) for a in find_amounts(text)]
    assert read("we estimate the total at €90-110m over the term") == [(90e6, 110e6, "EUR", "range")]
    assert read("about $5-6bn") == [(5e9, 6e9, "USD", "range")]
    assert read("€90m-110m") == [(90e6, 110e6, "EUR", "range")]
    # a bare number after a dash is no upper bound without a scale, and "m" stays metres there
    assert read("$100-200 per share") == [(100.0, None, "USD", "exact")]
    assert read("grew 10-20m metres") == []


@pytest.mark.parametrize("text", [
    "Die Reederei zahlt dafür monatlich rund 85.000 Euro.",
    "Harbourline pays €40,000 a month for the space.",
    "Sie zahlen 40.000 Euro im Monat.",
])
def test_per_month(text: str) -> None:
    (m,) = find_amounts(text)
    assert m.per_month and not m.per_year


def test_a_one_off_sum_is_no_monthly_rate() -> None:
    (m,) = find_amounts("Die Reederei zahlt dafür einmalig rund 85.000 Euro.")
    assert not m.per_month
