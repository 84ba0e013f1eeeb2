"""The whole extractor never raises, whatever the text."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.extraction.pipeline import extract
from tests.conftest import SEEDS

WORDS = st.sampled_from([
    "OpenAI", "Oracle", "Oracles", "Amazon-Chef", "das Unternehmen", "investiert", "Milliarden",
    "Mrd.", "Billionen", "$", "€", "US-Dollar", "bis zu", "zwischen", "und", "Juni 2025", "drei Monate später",
    "am Dienstag", "Anzeige", "\n", ".", ",", "–", "1,4", "2.000", "9" * 400, "Joint Venture", "mit",
    "Quelle:", "kündigte", "an", "Vertrag", "über", "Insidern zufolge", "the company", "signed",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.one_of(st.none(), st.dates()))
def test_arbitrary_unicode_never_raises(text: str, published: date | None) -> None:
    result = extract(text, published)
    for deal in result.deals:
        assert 0 <= deal.evidence_start <= deal.evidence_end <= len(text)
        for start, end in deal.spans.values():
            assert 0 <= start <= end <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=80).map(" ".join), st.sampled_from(["day", "month", "year"]))
def test_deal_vocabulary_soup_never_raises_and_spans_hold(text: str, precision: str) -> None:
    result = extract(text, date(2025, 6, 15), precision)
    for deal in result.deals:
        assert deal.parties, "a deal always has a party"
        assert text[deal.evidence_start:deal.evidence_end] == deal.sentence
        if deal.amount is not None:
            assert deal.amount >= 0 and deal.currency


def test_empty_and_whitespace() -> None:
    for text in ("", " ", "\n\n\n", "\ufeff", "\x00"):
        assert extract(text).deals == []


def test_huge_numbers_do_not_overflow() -> None:
    text = "OpenAI erhält " + "9" * 5000 + " Billionen Dollar von Oracle. 1e308 $ und 10^400 Euro."
    extract(text, date(2025, 1, 1))


def test_ten_megabytes_of_news(tmp_path) -> None:
    seed_text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()))
    text = (seed_text * (10_000_000 // len(seed_text) + 1))[:10_000_000]
    # How long it takes is measured by benchmarks/bench_robustness.py, not here.
    result = extract(text, date(2025, 11, 21))
    assert result.deals
