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


# --- datelines that open the story ----------------------------------------------------

_STORY_DE = "Der Versorger hat einen Liefervertrag über zwölf Jahre mit einem Rechenzentrum geschlossen."
_STORY_EN = "A regional utility has signed a twelve-year supply contract with a data-centre developer."


@pytest.mark.parametrize(
    "line, expected",
    [
        (f"Kornstadt, 14. Mai 2025. {_STORY_DE}", "2025-05-14"),  # a full stop after the date
        (f"NORDHAFEN/SÜDHEIM, 12. Februar 2026. {_STORY_DE}", "2026-02-12"),
        (f"LAKEVIEW, Texas (Nov. 18, 2025) — {_STORY_EN}", "2025-11-18"),  # the date in parentheses
    ],
)
def test_a_dated_dateline_opening_the_first_paragraph(line: str, expected: str) -> None:
    text = f"Wirtschaft · Region\n\nSchlagzeile des Tages\n\nVon Anna Beispiel\n\n{line}\n\nZweiter Absatz."
    assert find_pubdate(text) == (expected, "day", SOURCE_DATE_LINE)


@pytest.mark.parametrize(
    "dateline, footer, expected",
    [
        (f"Kornstadt, 18. März (kb) – {_STORY_DE}", "© 2025 Kornstädter Bote", "2025-03-18"),
        (f"Kornstadt, 18. März (kb) – {_STORY_DE}", "© Kornstädter Bote 2025 · Alle Rechte", "2025-03-18"),
        (f"Düsselheim, 14. März (fb) {_STORY_DE}", "© 2024 Fachblatt Verlag", "2024-03-14"),  # no dash
        (f"Altmühl, 8. April – {_STORY_DE}", "© Altmühler Anzeiger, 2025", "2025-04-08"),
        (f"NEW PORTLAND, Sept 17 (Example Wire) - {_STORY_EN}", "(c) 2024 Example Wire", "2024-09-17"),
        (f"MILLTOWN, 9 July – {_STORY_EN}", "Copyright 2024 Milltown Post. All rights reserved.", "2024-07-09"),
        (f"PORT ESTEBAN and VALLE ALTO, Calif., 13 October — {_STORY_EN}", "© 2025 Example Daily", "2025-10-13"),
        (f"RIVERTON, Wis., May 8 (Example Wire) - {_STORY_EN}", "© 2024 Example Wire", "2024-05-08"),
        (f"Frankfurt am Main, 2. Juni (fk) – {_STORY_DE}", "Copyright © 2026 Finanzblatt", "2026-06-02"),
    ],
)
def test_a_dateline_without_a_year_takes_the_copyright_year(dateline: str, footer: str, expected: str) -> None:
    text = f"Schlagzeile des Tages\n\n{dateline}\n\nZweiter Absatz des Artikels.\n\n{footer}"
    assert find_pubdate(text) == (expected, "day", SOURCE_DATE_LINE)


def test_a_dateline_without_a_year_takes_the_issue_year() -> None:
    text = (f"WOCHENBLATT\nZeitung für die Region · Ausgabe 47 | 2026\n\nSchlagzeile\n\n"
            f"Berlin, 20. November (wb) – {_STORY_DE}")
    assert find_pubdate(text) == ("2026-11-20", "day", SOURCE_DATE_LINE)


@pytest.mark.parametrize(
    "text",
    [
        # no year anywhere: the day alone is no date (nor is a year from the story's prose)
        f"Schlagzeile\n\nKornstadt, 18. März (kb) – {_STORY_DE} Im Jahr 2024 lag der Umsatz höher.",
        # two different copyright years: which one is meant is unknown
        f"Schlagzeile\n\nKornstadt, 18. März (kb) – {_STORY_DE}\n\n© 2024 Bote\nFoto: © 2023 Beispiel",
        # a range of years is a site's history, not this article's year
        f"Schlagzeile\n\nMILLTOWN, 9 July – {_STORY_EN}\n\n© 2005–2025 Milltown Post",
        # "copyright" in the prose is no copyright notice
        f"Headline\n\nMILLTOWN, 9 July – {_STORY_EN}\n\nThe copyright dispute dates back to 2023.",
        # a calendar entry is no dateline
        "Termine der Woche\n\nFrankfurt, 3. Juni – Hauptversammlung\n\n© 2025 Kornstädter Bote",
        # far below the top, after the story's first paragraphs
        "Schlagzeile\n\n" + (_STORY_DE + " ") * 8 + f"\n\nKornstadt, 18. März (kb) – {_STORY_DE}\n\n© 2025 Bote",
    ],
)
def test_a_dateline_without_a_year_source_stays_undated(text: str) -> None:
    assert find_pubdate(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Schlagzeile\n\nAm 14. Mai 2025 unterzeichnete der Versorger einen Liefervertrag über zwölf Jahre.",
        f"Schlagzeile\n\nAm Dienstag, 14. Mai 2025. {_STORY_DE} Die Stadt rechnet mit mehr Gewerbesteuer.",
        f"Headline\n\nShares of the utility rose, May 14 – {_STORY_EN}\n\n© 2025 Example",
    ],
)
def test_prose_that_starts_with_a_date_is_no_dateline(text: str) -> None:
    assert find_pubdate(text) is None


def test_a_header_date_beats_the_story_dateline() -> None:
    text = f"Daily · Press desk · Wednesday 18 March 2026\n\nHeadline\n\nHAMBURG, 17 March 2026 – {_STORY_EN}"
    assert find_pubdate(text)[0] == "2026-03-18"


def test_a_source_url_beats_a_dateline_dated_by_the_copyright_year() -> None:
    text = (f"Schlagzeile\n\nKornstadt, 18. März (kb) – {_STORY_DE}\n\n"
            "Quelle: https://example.de/2024/03/18/artikel\n© 2025 Kornstädter Bote")
    assert find_pubdate(text) == ("2024-03-18", "day", SOURCE_URL)


# --- more time stamp and issue forms --------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Updated 2026.03.18 16:05 KST", "2026-03-18"),  # the year first, with dots
        ("Posted : 2024/11/21 18:05 | Last updated : 2024/11/21 21:40", "2024-11-21"),
        ("Published 2025.07.29 07:40 · Updated 2025.07.29 11:02", "2025-07-29"),
        ("Mi, 20.05.26 · 06:30", "2026-05-20"),  # two-digit years
        ("14.03.25 | 09:31 | Anna Beispiel", "2025-03-14"),
        ("Von Anna Beispiel | 22.08.25, 18:04 Uhr | Lesezeit 4 Min.", "2025-08-22"),
        ("Beispielblatt · Unternehmen · 04.06.25", "2025-06-04"),
        ("Last updated: 25/08/2025 14:32 BST", "2025-08-25"),  # a day above 12 settles the order
        ("Published 20/03/2025 09:00 GMT", "2025-03-20"),
        ("Wed 08/10/2025 · 16:05 JST", "2025-10-08"),  # the weekday settles the order
        ("Sun 08/10/2025", "2025-08-10"),
        ("Friday, 12/9/2025 14:20 (GMT+7)", "2025-09-12"),
        ("Written by Jo Example | Monday 6th January 2025", "2025-01-06"),
        ("22 Jan, 2026, 08:00 GMT", "2026-01-22"),
    ],
)
def test_more_time_stamp_forms(line: str, expected: str) -> None:
    found = find_pubdate(f"Example Times\n\n{line}\n\nHeadline of the story\n\nThe first paragraph.")
    assert found is not None and found.value == expected and found.precision == "day"


@pytest.mark.parametrize(
    "line",
    [
        "Updated 07/08/2025 6:10 a.m. CT",  # July 8 or 7 August: no way to tell
        "Mon 08/10/2025",  # the weekday fits neither order
        "Updated 13/13/2025",  # no such day either way
    ],
)
def test_ambiguous_slash_dates_give_no_date(line: str) -> None:
    assert find_pubdate(f"Example Times\n\n{line}\n\nHeadline of the story\n\nThe first paragraph.") is None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Beispiel-Depesche – Fachdienst für Netze und Vertrieb, Ausgabe vom 21.03.2024", ("2024-03-21", "day")),
        ("Fachbrief Kälte und Klima · Ausgabe Dezember 2025", ("2025-12", "month")),
        ("KURIER · Ausgabe 11/2024 · Im Gespräch", ("2024-11", "month")),
        ("Sheds, substations and the money behind them — No. 88, Thursday 3 October 2024", ("2024-10-03", "day")),
        ("Power and land for compute | Vol. 3 No. 22 | Monday 16/06/2025", ("2025-06-16", "day")),
        ("Nr. 47 · 20. bis 26. November 2025 · Region Nord", ("2025-11-20", "day")),  # a week: its first day
        ("Vol. 9, No. 7 · 18-24 February 2026 · €2.50", ("2026-02-18", "day")),
        ("KW 45 · 3. bis 7. November 2025 · erscheint freitags", ("2025-11-07", "day")),  # the day it appears
        ("Stocks, deals and data centres, as it happens – Tuesday 14 October 2025", ("2025-10-14", "day")),
        ("Tech ticker — Tuesday 10 November 2026", ("2026-11-10", "day")),
    ],
)
def test_issue_lines_and_headings(line: str, expected: tuple[str, str]) -> None:
    found = find_pubdate(f"EXAMPLE WEEKLY\n{line}\n\nHeadline of the story\n\nThe first paragraph.")
    assert found is not None and (found.value, found.precision) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Beispielblatt · Ausgabe 47/2024",  # an issue number, not a month
        "Stocks, deals and data centres, as it happens – Monday 14 October 2025",  # wrong weekday
        "The bond issue priced on Tuesday, 14 October 2025.",  # a sentence
    ],
)
def test_lines_that_only_look_like_issue_lines(line: str) -> None:
    assert find_pubdate(f"EXAMPLE WEEKLY\n{line}\n\nHeadline of the story\n\nThe first paragraph.") is None


def test_a_wire_send_stamp_closing_the_text() -> None:
    text = f"Schlagzeile\n\nKornstadt, 28. Oktober (kb) – {_STORY_DE}\n\nkb/ab/cd\n281744 Okt 25"
    assert find_pubdate(text) == ("2025-10-28", "day", SOURCE_DATE_LINE)
    assert find_pubdate("Schlagzeile\n\nText.\n\n289944 Okt 25") is None  # hour 99: no stamp
