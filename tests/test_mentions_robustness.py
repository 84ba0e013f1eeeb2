"""The extractors never raise: arbitrary Unicode, empty text, huge numbers, 10 MB, long repetitions.

Whether they stay linear on such text is measured by benchmarks/bench_robustness.py.
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.extraction.amounts import find_amounts
from desktop.extraction.dates import find_dates
from desktop.extraction.numbers import find_numbers, parse_number

# Pieces that steer random text into the extractors' code paths.
_PIECES = st.sampled_from([
    " ", "1", "2.000", "3,5", "12 500", "Milliarden", "Mio.", "Dollar", "Euro", "$", "€", "bis", "und",
    "zwischen", "rund", "über", "Januar", "Q3", "2025", "21.", "1.", "am", "Dienstag", "im", "Quartal",
    "dritten", "später", "Tage", "vor", "heute", "zwei", "einhundert", "a", "billion", "-", "/", "'99",
    "Ende", "Anfang", "jährlich", "9" * 400, "ein", "halbes", "dutzend", "Komma", "½",
    # case-folding corner cases (matching runs on a lower-cased copy), slashes, capitals
    "İ", "ſ", "ı", "ẞ", "MILLIARDEN", "MAI", "Mai", "KW", "1.05/2024", "Q1", "Montag", "Jahren",
])
_TEXT = st.one_of(st.text(), st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=40).map("".join))
_DATES = st.one_of(st.none(), st.dates(min_value=date(1, 1, 2), max_value=date(9999, 12, 30)))


def _check_spans(text: str, mentions: list) -> None:
    for m in mentions:
        assert text[m.start:m.end] == m.text
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, published=_DATES)
def test_never_raise(text: str, published: date | None) -> None:
    _check_spans(text, find_numbers(text))
    _check_spans(text, find_amounts(text))
    _check_spans(text, find_dates(text, published))
    parse_number(text)


def test_empty_text() -> None:
    assert find_numbers("") == [] and find_amounts("") == [] and find_dates("", None) == []
    assert find_dates("", date(2025, 1, 1)) == []


def test_extreme_reference_dates() -> None:
    text = "heute, morgen, nächstes Jahr, im Januar, am 15., vor 3 Jahren, in 2 Wochen, Q4, am Sonntag"
    for published in (date(1, 1, 1), date(9999, 12, 31)):
        _check_spans(text, find_dates(text, published))


def test_huge_digit_strings() -> None:
    for text in ("9" * 100_000, "$" + "9" * 5000 + " Milliarden Euro", "1," + "0" * 400 + " Billionen Dollar",
                 "1e308 " + "9" * 310 + ".5 Mrd. $"):
        _check_spans(text, find_numbers(text))
        _check_spans(text, find_amounts(text))
        _check_spans(text, find_dates(text, date(2025, 1, 1)))


def test_ten_megabytes_of_dense_text() -> None:
    chunk = ("Foxconn investiert zwischen 1 und 5 Milliarden US-Dollar; am 21.01.2026 und im dritten Quartal "
             "stieg der Gewinn um 17 Prozent auf rund 57,6 Milliarden Neue Taiwan Dollar. Drei Monate später ")
    text = (chunk * (10_000_000 // len(chunk) + 1))[:10_000_000]
    amounts = find_amounts(text)
    _check_spans(text, amounts)
    _check_spans(text, find_numbers(text))
    _check_spans(text, find_dates(text, date(2025, 11, 21)))
    # every repetition of the chunk holds the range "zwischen 1 und 5 Milliarden US-Dollar"
    assert len(amounts) >= len(text) // len(chunk) - 1


def test_pathological_repetitions() -> None:
    for text in ("fünfzehn" * 20_000 + "x", "1." * 50_000, "1 " + "000 " * 30_000, "ein " * 50_000,
                 "Januar " * 20_000, "-" * 100_000, "9/" * 50_000):
        _check_spans(text, find_numbers(text))
        _check_spans(text, find_amounts(text))
        _check_spans(text, find_dates(text, date(2025, 1, 1)))
