"""Date expressions: explicit, relative to the publication date, relative to the previous date."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.extraction.dates import find_dates

PUB = date(2025, 11, 21)  # a Friday


def _find(text: str, published: date | None = PUB) -> list[tuple[str, str, str, date, date]]:
    out = []
    for m in find_dates(text, published):
        assert text[m.start:m.end] == m.text
        out.append((m.text, m.value, m.precision, m.range_start, m.range_end))
    return out


def _only(text: str, published: date | None = PUB):
    found = _find(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,value,precision,start,end", [
    ("am 21.01.2026", "2026-01-21", "day", date(2026, 1, 21), date(2026, 1, 22)),
    ("am 21.1. kam es", "2026-01-21", "day", date(2026, 1, 21), date(2026, 1, 22)),
    ("am 21. Januar 2026", "2026-01-21", "day", date(2026, 1, 21), date(2026, 1, 22)),
    ("Im Juni 2025 kam es", "2025-06", "month", date(2025, 6, 1), date(2025, 7, 1)),
    ("Erst im November 2025 kam es", "2025-11", "month", date(2025, 11, 1), date(2025, 12, 1)),
    ("Januar 2026", "2026-01", "month", date(2026, 1, 1), date(2026, 2, 1)),
    ("im ersten Halbjahr 2025", "2025-H1", "half", date(2025, 1, 1), date(2025, 7, 1)),
    ("erstes Halbjahr 2025", "2025-H1", "half", date(2025, 1, 1), date(2025, 7, 1)),
    ("drittes Quartal 2025", "2025-Q3", "quarter", date(2025, 7, 1), date(2025, 10, 1)),
    ("Q3 2025", "2025-Q3", "quarter", date(2025, 7, 1), date(2025, 10, 1)),
    ("Foxconns Gewinn stieg im dritten Quartal", "2025-Q3", "quarter", date(2025, 7, 1), date(2025, 10, 1)),
    ("2025-11-21", "2025-11-21", "day", date(2025, 11, 21), date(2025, 11, 22)),
    ("Ab 2026 will Foxconn", "2026", "year", date(2026, 1, 1), date(2027, 1, 1)),
    ("in den 2020er Jahren", "2020s", "decade", date(2020, 1, 1), date(2030, 1, 1)),
])
def test_explicit_german(text, value, precision, start, end) -> None:
    assert _only(text)[1:] == (value, precision, start, end)


def test_mitte_januar_is_a_sub_range_of_the_month() -> None:
    _, value, precision, start, end = _only("Mitte Januar 2026")
    assert (value, precision) == ("2026-01", "month")
    assert date(2026, 1, 1) <= start < end <= date(2026, 2, 1)


@pytest.mark.parametrize("text,start,end", [
    ("bis Ende 2028", date(2028, 9, 1), date(2029, 1, 1)),
    ("Anfang 2028", date(2028, 1, 1), date(2028, 5, 1)),
])
def test_part_of_year(text, start, end) -> None:
    _, value, _, s, e = _only(text)
    assert value == "2028" and (s, e) == (start, end)


def test_anfang_des_jahres() -> None:
    _, value, _, s, e = _only("Anfang des Jahres", date(2025, 2, 5))
    assert value == "2025" and s == date(2025, 1, 1) and e <= date(2025, 7, 1)


def test_year_needs_date_context() -> None:
    text = "Ab 2026 will Foxconn bis zu 2.000 Server-Racks montieren, 1500 Mitarbeiter, 2000 Mitarbeiter, bis 2030."
    assert [t for t, *_ in _find(text)] == ["2026", "2030"]


def test_day_without_year_takes_the_nearest_year() -> None:
    assert _only("am 15. Januar", date(2025, 12, 20))[1] == "2026-01-15"
    assert _only("am 15. Januar", date(2025, 3, 1))[1] == "2025-01-15"
    assert _only("Er kam am 15. zurück", date(2016, 1, 7))[1] == "2016-01-15"


@pytest.mark.parametrize("text,published,value", [
    ("So setzte sich Altman am Dienstag in Seoul", date(2025, 2, 5), "2025-02-04"),
    ("Zum Wochenauftakt hatte OpenAI angekündigt", date(2025, 2, 5), "2025-02-03"),
    ("heute", PUB, "2025-11-21"),
    ("gestern", PUB, "2025-11-20"),
    ("Das kommt morgen", PUB, "2025-11-22"),
    ("vor drei Tagen", PUB, "2025-11-18"),
    ("in zwei Wochen", PUB, "2025-12-05"),
    ("yesterday", PUB, "2025-11-20"),
    ("on Monday", PUB, "2025-11-17"),
])
def test_relative_days(text, published, value) -> None:
    _, v, precision, _, _ = _only(text, published)
    assert (v, precision) == (value, "day")


@pytest.mark.parametrize("text,published,value,precision", [
    ("im vergangenen Monat vorgestellt", date(2025, 2, 5), "2025-01", "month"),
    ("letzten Monat", PUB, "2025-10", "month"),
    ("nächsten Monat", PUB, "2025-12", "month"),
    ("vergangene Woche", PUB, "2025-W46", "week"),
    ("nächste Woche", PUB, "2025-W48", "week"),
    ("dieses Jahr", PUB, "2025", "year"),
    ("in diesem Jahr", PUB, "2025", "year"),
    ("letztes Jahr", PUB, "2024", "year"),
    ("im Vorjahr", PUB, "2024", "year"),
    ("last month", PUB, "2025-10", "month"),
    ("next year", PUB, "2026", "year"),
])
def test_relative_periods(text, published, value, precision) -> None:
    assert _only(text, published)[1:3] == (value, precision)


@pytest.mark.parametrize("text,value,precision", [
    ("On January 21, 2026 it", "2026-01-21", "day"),
    ("On 21 January 2026 it", "2026-01-21", "day"),
    ("in June 2025 it", "2025-06", "month"),
    ("In Q3 2025 the firm", "2025-Q3", "quarter"),
    ("in the third quarter the firm", "2025-Q3", "quarter"),
    ("in the first half of 2025", "2025-H1", "half"),
    ("in the 2020s", "2020s", "decade"),
])
def test_english(text, value, precision) -> None:
    assert _only(text)[1:3] == (value, precision)


def test_relative_to_previous_date() -> None:
    found = _find("Im Juni 2025 kündigte OpenAI an. Drei Monate später folgte der Vertrag.")
    assert [(t, v, p) for t, v, p, _, _ in found] == [
        ("Im Juni 2025", "2025-06", "month"), ("Drei Monate später", "2025-09", "month")]


@pytest.mark.parametrize("phrase,value", [
    ("zwei Tage danach", "2024-03-07"), ("kurz darauf", "2024-03-05"),
    ("im selben Monat", "2024-03"), ("im Folgejahr", "2025"),
])
def test_anchor_phrases(phrase: str, value: str) -> None:
    found = _find(f"Am 5. März 2024 kam der Deal, {phrase} der nächste.")
    assert found[0][1] == "2024-03-05" and found[1][1] == value


def test_anchor_falls_back_to_publication_date() -> None:
    assert _only("Zwei Tage später kam die Antwort.")[1] == "2025-11-23"


def test_relative_expressions_need_a_reference() -> None:
    assert _find("heute, gestern, am Dienstag, im vergangenen Monat", None) == []
    assert _find("Im Juni 2025", None)[0][1] == "2025-06"


def test_ranges() -> None:
    assert _only("von 2025 bis 2028")[3:] == (date(2025, 1, 1), date(2029, 1, 1))
    assert _only("vom 3. bis zum 12. September 2025")[3:] == (date(2025, 9, 3), date(2025, 9, 13))


def test_weekday_words_are_not_misread() -> None:
    # dateparser reads "die" and "mit" as weekdays; these words must not be dates
    assert _find("Die Firma mit dem Chef, die Mitarbeiter und der Mai-Plan", PUB) == []


def test_sorted_non_overlapping() -> None:
    text = "Am 5. März 2024 begann es, im Juni 2025 ging es weiter, Ende 2028 ist Schluss."
    found = find_dates(text, PUB)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert len(found) == 3


# --- the fast paths must not change what is found ----------------------------------------------

def _samples() -> list[str]:
    import random

    from benchmarks.corpus import article
    from desktop.resources import SEEDS_DIR

    rng = random.Random(11)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    texts += [article(rng, i) for i in range(30)]
    texts += ["Am Montag, den 3. März 2025, und vom 3. bis zum 12. September; Q12 und 3Q 2024, KW 12/2025,",
              "in den nächsten 3 Tagen, vor zwei Wochen, the past 3 months, Jahresende, im Vorjahresquartal",
              "MONTAG 15.01.2026 Im Sommer 2024 ſeit 2020 İm Jahr 2019, drei Monate später, the 1990s",
              "on Tuesday, June 3, 2025; 21/04/2016; 2016-05; am Wochenende; rest of the year; 1st week of May"]
    return texts


def test_trigger_scan_matches_plain_regex() -> None:
    from desktop.extraction import dates

    for text in _samples():
        assert [m.span() for m in dates._triggers(text)] == [m.span() for m in dates._TRIGGER_RE.finditer(text)]


def test_cues_and_folding_only_skip_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the cue checks and with every rule case-insensitive on the original text, the
    results are the same."""
    import re

    from desktop.extraction import dates

    texts = _samples()
    fast = [find_dates(t, PUB) for t in texts]
    monkeypatch.setattr(dates, "_MUST", {"_day_range": (re.compile(""), False)})
    monkeypatch.setattr(dates, "_CATEGORY_MUST", {})
    slow = [(re.compile(rx.pattern, rx.flags | re.IGNORECASE) if folded else rx, fn, False)
            for rx, fn, folded in dates._RULES]
    monkeypatch.setattr(dates, "_RULES", slow)
    monkeypatch.setattr(dates, "_ANCHOR_RE", re.compile(dates._ANCHOR_RE.pattern, re.IGNORECASE))
    monkeypatch.setattr(dates, "_ANCHOR_FOLDED", False)
    assert [find_dates(t, PUB) for t in texts] == fast


def test_calendar_words_come_from_resources() -> None:
    from desktop.extraction import dates
    from desktop.resources import load_json

    words = load_json("date_words.json")
    assert dates._MONTHS == words["months"] and dates._WEEKDAYS == words["weekdays"]
    assert _only("im Juni 2025")[1] == "2025-06"


@pytest.mark.parametrize("text,value", [
    ("Q3'25 brought", "2025-Q3"), ("in Q3 FY25", "2025-Q3"), ("Q3/2025", "2025-Q3"), ("in H2 2026", "2026-H2"),
])
def test_quarter_and_half_codes(text: str, value: str) -> None:
    assert [d[1] for d in _find(text)] == [value]


def test_chip_model_numbers_are_no_half_years() -> None:
    # "H100" once read as H1 of 2000 and dated a deal in the year 2000
    assert _find("a fleet of Nvidia H100 and H200 GPUs") == []


def test_a_month_without_a_year_is_rather_the_one_before() -> None:
    # in late October, "im Januar" is the January that passed, "im Dezember" the one to come
    assert _only("im Januar", date(2025, 10, 23))[1] == "2025-01"
    assert _only("im Dezember", date(2025, 10, 23))[1] == "2025-12"
