"""Publication dates from the article's own markers."""

from __future__ import annotations

import pytest

from desktop.ingest.pubdate import (
    SOURCE_DATE_LINE,
    SOURCE_TIMESTAMP,
    SOURCE_URL,
    SOURCES,
    date_from_url,
    find_pubdate,
    is_date_line,
    parse_date_value,
    source_urls,
)
from desktop.resources import SEEDS_DIR


def _seed(prefix: str) -> str:
    (path,) = SEEDS_DIR.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("000", ("2025-11-21", "day", "text:date-line")),
        ("001", None),
        ("002", ("2025-09-29", "day", "text:source-url")),
        ("003", ("2025-02", "month", "text:date-line")),
        ("004", ("2026-01-21", "day", "text:timestamp")),
    ],
)
def test_seed_articles(seed: str, expected: tuple[str, str, str] | None) -> None:
    assert find_pubdate(_seed(seed)) == expected


def test_source_labels_are_documented_constants() -> None:
    assert (SOURCE_DATE_LINE, SOURCE_TIMESTAMP, SOURCE_URL) == ("text:date-line", "text:timestamp", "text:source-url")
    assert {"html:meta", "html:time", "html:json-ld", "html:url"} <= set(SOURCES)
    assert len(set(SOURCES)) == len(SOURCES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2025-11-21 OpenAI kauft.", ("2025-11-21", "day")),
        ("date 2025-02 Quelle: x", ("2025-02", "month")),
        ("date 2025 Text", ("2025", "year")),
        ("Datum: 21.01.2026\nText", ("2026-01-21", "day")),
        ("Titel\nVeröffentlicht am 3. März 2025\nText", ("2025-03-03", "day")),
        ("Title\nPublished: January 5, 2025 10:30 AM ET\nBody", ("2025-01-05", "day")),
    ],
)
def test_explicit_date_lines(text: str, expected: tuple[str, str]) -> None:
    assert find_pubdate(text) == (*expected, SOURCE_DATE_LINE)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("21.01.2026 - 14:01:12", "2026-01-21"),
        ("21.01.2026, 14:01 Uhr", "2026-01-21"),
        ("21.01.2026", "2026-01-21"),
        ("1.2.2026 um 9.30 Uhr", "2026-02-01"),
        ("Mittwoch, 21. Januar 2026", "2026-01-21"),
        ("21. Jan. 2026 | 14:01", "2026-01-21"),
        ("Jan 21, 2026", "2026-01-21"),
        ("21 January 2026 14:01 GMT", "2026-01-21"),
        ("2026-01-21T14:01:12+01:00", "2026-01-21"),
        ("Stand: 21.01.2026 14:01 Uhr", "2026-01-21"),
    ],
)
def test_timestamp_lines_near_the_top(line: str, expected: str) -> None:
    text = f"Kicker\n\nSchlagzeile des Tages\n\n{line}\n\nDer Artikel beginnt hier."
    assert find_pubdate(text) == (expected, "day", SOURCE_TIMESTAMP)


def test_month_only_timestamp() -> None:
    assert find_pubdate("Titel\nJanuar 2026\nText") == ("2026-01", "month", SOURCE_TIMESTAMP)


def test_date_line_beats_timestamp_beats_url() -> None:
    body = "Text.\nQuelle: https://example.com/2024/03/02/artikel"
    assert find_pubdate(body) == ("2024-03-02", "day", SOURCE_URL)
    assert find_pubdate("Titel\n01.02.2025\n" + body) == ("2025-02-01", "day", SOURCE_TIMESTAMP)
    assert find_pubdate("Titel\n01.02.2025\nDatum: 05.02.2025\n" + body) == ("2025-02-05", "day", SOURCE_DATE_LINE)
    assert find_pubdate(" date 2025-02-09 Titel\n01.02.2025\n" + body)[0] == "2025-02-09"


@pytest.mark.parametrize(
    "text",
    [
        "Am 21.01.2026 hat OpenAI einen Vertrag unterschrieben.",  # date inside prose
        "Titel\nDer Deal wurde am 3. März 2025 verkündet.",
        "Titel\n2025\nText",  # a bare number is not a dateline
        "Titel\n31.02.2025\nText",  # no such day
        "Titel\n21.01.1850\nText",  # implausible publication year
        "Titel\n" + "Absatz.\n" * 30 + "21.01.2026\n",  # far below the top
        "Titel\nSiehe https://example.com/2024/03/02/anderer-artikel im Text.",  # link in prose
        "",
    ],
)
def test_no_publication_date(text: str) -> None:
    assert find_pubdate(text) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://vtv.vn/cuoc-dua-nghin-ty-usd-100250929155425364.htm", ("2025-09-29", "day")),
        ("https://example.com/news/2025/09/29/openai-deal", ("2025-09-29", "day")),
        ("https://example.com/news/2025/9/3/openai-deal", ("2025-09-03", "day")),
        ("https://example.com/tech/2025/09/openai-deal.html", ("2025-09", "month")),
        ("https://example.de/artikel-2025-09-29-openai.html", ("2025-09-29", "day")),
        ("https://example.de/artikel_20250929.html", ("2025-09-29", "day")),
        ("https://example.de/a/2025-09-29", ("2025-09-29", "day")),
        ("https://example.com/a-1234567890123456.html", None),  # an id, not a date
        ("https://example.com/a-100251399155425364.htm", None),  # month 13
        ("https://example.com/a-100250929995425364.htm", None),  # hour 99: not a CMS id
        ("https://example.com/p/20251399", None),
        ("https://example.de/nachrichten/openai-deal-a2026011409153", ("2026-01-14", "day")),  # time stamp id
        ("https://example.de/nachrichten/a2026011499153", None),  # hour 99: no time stamp
        ("https://example.com/", None),
    ],
)
def test_dates_in_urls(url: str, expected: tuple[str, str] | None) -> None:
    assert date_from_url(url) == expected


def test_source_urls_only_from_source_lines_and_bare_url_lines() -> None:
    text = (
        "https://example.com/top\nTitel\n"
        "Text mit Link https://example.com/in-prose darin.\n"
        "Source: see https://example.com/source.\n"
        "Ende\nhttps://example.com/bottom"
    )
    assert source_urls(text) == [
        "https://example.com/top",
        "https://example.com/source",
        "https://example.com/bottom",
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-21T14:01:12+01:00", ("2025-11-21", "day")),
        ("2025-11-21T14:01:12.123456789+0100", ("2025-11-21", "day")),
        ("2025-11-21 14:01", ("2025-11-21", "day")),
        ("2025-11", ("2025-11", "month")),
        ("Fri, 21 Nov 2025 14:01:12 GMT", ("2025-11-21", "day")),
        ("gestern", None),
        ("", None),
    ],
)
def test_parse_date_value(value: str, expected: tuple[str, str] | None) -> None:
    assert parse_date_value(value) == expected


def test_is_date_line() -> None:
    assert is_date_line("21.01.2026 - 14:01:12")
    assert not is_date_line("OpenAI verhandelt Milliarden-Deal mit Amazon")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("June 20, 2025 9:41 AM GMT+1", "2025-06-20"),  # Reuters
        ("Sept 30, 2025 4:05 PM GMT+2", "2025-09-30"),
        ("Devin Coldewey · 8:15 AM PST · November 4, 2025", "2025-11-04"),  # TechCrunch byline
        ("Veröffentlicht: 18.11.2025, 06:45 Uhr | Lesezeit: 3 Minuten", "2025-11-18"),
        ("Von Anna Muster | 03.02.2025, 11:58 Uhr", "2025-02-03"),
    ],
)
def test_wire_and_byline_date_lines(line: str, expected: str) -> None:
    found = find_pubdate(f"Headline of the story\n\n{line}\n\nThe first paragraph of the story.")
    assert found is not None and found.value == expected and found.precision == "day"


def test_a_byline_part_that_is_not_a_date_is_not_read_as_one() -> None:
    assert find_pubdate("Headline\n\nBy Jane Doe · Reuters · 5 min read\n\nText follows.") is None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("FRANKFURT, 31. Januar 2026", "2026-01-31"),
        ("New York (dpa-AFX) - 14. Oktober 2025", "2025-10-14"),
        ("Berlin, 11. November 2025 (Reuters) - Google will bis 2029 investieren.", "2025-11-11"),
        ("February 13, 2025 1:46 PM GMT+1 Updated 2 hours ago", "2025-02-13"),
    ],
)
def test_datelines_with_a_place_or_a_note(line: str, expected: str) -> None:
    found = find_pubdate(f"Headline of the story\n\n{line}\n\nThe first paragraph of the story.")
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("14.03.2026 17:05 Uhr   Wirtschaft", "2026-03-14"),  # a section after the time
        ("3. Februar 2026, 08:12 Uhr, Anna Beispiel", "2026-02-03"),  # an author after it
        ("March 9, 2026 06:30 AM Pacific Standard Time", "2026-03-09"),  # a spelled-out zone
        ("Updated 11:20 AM GMT+2, April 2, 2026", "2026-04-02"),  # the note before the date
        ("Hamburg (AFP) - 7. Mai 2026 -", "2026-05-07"),  # an agency, a dash, no story yet
        ("SAN JOSE, Calif., May 4, 2026 (PR Newswire) -- Beispiel Corp. today announced a deal", "2026-05-04"),
    ],
)
def test_lines_that_carry_a_day_among_other_metadata(line: str, expected: str) -> None:
    found = find_pubdate(f"Headline of the story\n\n{line}\n\nThe first paragraph of the story.")
    assert found is not None and found.value == expected
    assert is_date_line(line) or "--" in line  # a dateline that opens the story is no bare date line


def test_a_short_sentence_with_a_date_is_prose_not_a_date_line() -> None:
    assert find_pubdate("Headline\n\nDie Firma wurde am 3. März 2025 gegründet.\n\nText.") is None
    assert find_pubdate("Headline\n\nThe company was founded on May 4, 2019 in Texas.\n\nText.") is None


def test_a_place_and_a_bare_year_are_no_dateline() -> None:
    assert find_pubdate("Headline\n\nMicrosoft, 2025 - a year of growth\n\nText.") is None
