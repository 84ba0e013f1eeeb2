"""The publication date of an article, from the article's own markers in its text.

Only markers that state *when this article appeared* are used — never dates mentioned
in the prose (they are about events, often years apart) and never the file's
modification time (it says when the file was saved, not when the news was published).

Priority, most explicit first:

1. The ``date 2025-11-21`` / ``date 2025-02`` prefix the clipping tool puts at the very
   start (``SOURCE_DATE_LINE``).
2. The top lines (headline, kicker, byline; see `_top_lines`), in this order:
   a keyword line ("Datum: …", "Veröffentlicht am …", "Published: …"; ``SOURCE_DATE_LINE``);
   a line that is nothing but a date, optionally with a time, or a "Stand:"/"Updated:"
   line ("21.01.2026 - 14:01:12", "Mi, 20.05.26 · 06:30", "Updated 2026.03.18 16:05";
   ``SOURCE_TIMESTAMP``); a dateline with a year on a line of its own ("FRANKFURT, 31.
   Januar 2026"; ``SOURCE_DATE_LINE``); an issue line ("Ausgabe vom 21.03.2024",
   "Ausgabe Dezember 2025"; ``SOURCE_DATE_LINE``); a heading that ends in a weekday and
   its date ("Markets live – Tuesday 14 October 2025"; ``SOURCE_TIMESTAMP``); a line
   that carries a day among other metadata ("Von A. Muster | 22.08.25, 18:04 Uhr";
   ``SOURCE_TIMESTAMP``); last, the dateline that opens the story's first paragraph
   ("Riad, 14. Mai 2025. Der …"; ``SOURCE_DATE_LINE``).
3. A news agency's send stamp closing the text ("281744 Okt 25"; ``SOURCE_DATE_LINE``).
4. ``SOURCE_URL``: a date encoded in the article's source address on a "Quelle:"/
   "Source:" line or a line that is only a URL (see `date_from_url`).
5. An opening dateline without a year ("Frankfurt, 18. März (fk) – …") with the one
   year the text states in its copyright notice or issue line ("© 2025 Verlag",
   "Ausgabe 47 | 2026"; ``SOURCE_DATE_LINE``). It comes after the URL because it joins
   two markers, the URL states all three parts in one.

Slash dates (21/01/2026) are read day first or month first only when a part above 12 or
a weekday right before the date settles the order; otherwise they give no date.

HTML metadata (`SOURCE_HTML_*`) is read by `desktop.ingest.html_text`; the reader uses it
only when the text itself has no marker.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from desktop.resources import load_json

__all__ = [
    "PubDate",
    "SOURCE_DATE_LINE",
    "SOURCE_TIMESTAMP",
    "SOURCE_URL",
    "SOURCE_HTML_META",
    "SOURCE_HTML_JSONLD",
    "SOURCE_HTML_TIME",
    "SOURCE_HTML_URL",
    "SOURCES",
    "find_pubdate",
    "date_from_url",
    "parse_date_value",
    "source_urls",
    "start_marker_end",
    "is_date_line",
]

# Where a publication date came from (stored in SourceText.published_source).
SOURCE_DATE_LINE = "text:date-line"  # explicit marker at the top of the text
SOURCE_TIMESTAMP = "text:timestamp"  # a bare date/time line near the top
SOURCE_URL = "text:source-url"  # date encoded in a "Quelle:"/"Source:" URL
SOURCE_HTML_META = "html:meta"  # <meta property="article:published_time">, name="date", ...
SOURCE_HTML_JSONLD = "html:json-ld"  # JSON-LD "datePublished"
SOURCE_HTML_TIME = "html:time"  # <time datetime="...">
SOURCE_HTML_URL = "html:url"  # date in the page's canonical / og:url address
SOURCES = (
    SOURCE_DATE_LINE,
    SOURCE_TIMESTAMP,
    SOURCE_URL,
    SOURCE_HTML_META,
    SOURCE_HTML_JSONLD,
    SOURCE_HTML_TIME,
    SOURCE_HTML_URL,
)

# How far down the markers may sit: a headline, a kicker, a byline and the date fit in
# this; further down, a date-only line is more likely a table cell or a timeline entry.
_TOP_LINES = 12
_TOP_CHARS = 2000
# Plausible publication years; rejects ids and prices that happen to look like dates.
_MIN_YEAR, _MAX_YEAR = 1990, 2099


class PubDate(NamedTuple):
    """``(value, precision, source)``; compares equal to a plain tuple."""

    value: str  # ISO at its precision: "2025-11-21", "2025-02", "2025"
    precision: str  # "day" | "month" | "year"
    source: str  # one of SOURCES


_MONTHS = {
    # German
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3,
    "maerz": 3, "mär": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6,
    "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
    # English (where different)
    "january": 1, "february": 2, "march": 3, "mar": 3, "may": 5, "june": 6, "july": 7,
    "october": 10, "oct": 10, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = "(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY_NAME = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)"
)
_WEEKDAY = _WEEKDAY_NAME + r"\.?,?\s*"
# the weekday written right before a date ("Wed 08/10/2025", "Friday, 12/9/2025")
_WEEKDAY_BEFORE_RE = re.compile(r"(?<!\w)(?P<wd>" + _WEEKDAY_NAME + r")\.?,?\s*\Z", re.IGNORECASE)

# One date value; each alternative names its parts so `_from_match` can build it.
# The written forms of a day, each naming its parts so `_from_match` can build it.
_DAY_FORMS = (
    r"|(?P<gd>\d{1,2})\.\s?(?P<gm>\d{1,2})\.\s?(?P<gy>\d{4})"  # 21.01.2026
    # 21.01.26: portals and bylines shorten the year; never a prefix of a longer number
    r"|(?P<sd>\d{1,2})\.(?P<sm>\d{1,2})\.(?P<syy>\d{2})(?!\d|\.\d)"
    r"|(?P<td>\d{1,2})(?:st|nd|rd|th)?\.?\s+" + _MONTH + r",?\s+(?P<ty>\d{4})"  # 21. Januar 2026, 6th Jan, 2026
    r"|" + _MONTH.replace("mon>", "emon>") + r"\s+(?P<ed>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<ey>\d{4})"  # Jan 21, 2026
    # 2026.01.21 / 2026/01/21 (East Asian sites): the year first, so the order is clear
    r"|(?P<ky>\d{4})(?P<ksep>[./])(?P<km>\d{1,2})(?P=ksep)(?P<kd>\d{1,2})(?!\d)"
    # 21/01/2026 or 01/21/2026: `_slash_day` decides the order or gives up
    r"|(?P<sa>\d{1,2})/(?P<sb>\d{1,2})/(?P<sy>\d{4})(?!\d)"
)
_DATE_VALUE = (
    r"(?:(?P<iy>\d{4})-(?P<im>\d{2})(?:-(?P<id>\d{2}))?"  # 2025-11-21, 2025-11
    + _DAY_FORMS
    + r"|" + _MONTH.replace("mon>", "mmon>") + r"\s+(?P<my>\d{4})"  # Januar 2026
    r"|(?P<y>\d{4}))"  # 2025 (only where a keyword says it is a date)
)
_TIME = (
    r"(?:\s*(?:[-–—,|·/]|um|at)?\s*(?:T\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\.\d+)?"
    r"(?:\s*(?:Uhr|h|[ap]\.?m\.?))?"
    r"(?:\s*(?:Z|(?:GMT|UTC)?\s*[+-]\d{1,2}(?::?\d{2})?|MEZ|MESZ|CET|CEST|UTC|GMT|ET|EST|EDT|PT|PST|PDT))?)?"
)

# The clipping tool's marker at the very start: " date 2025-11-21 <prose…>".
_START_MARKER_RE = re.compile(
    r"\A\s*(?:date|datum)\s*:?\s+(?P<value>" + _DATE_VALUE + r")(?=\s|\Z)", re.IGNORECASE
)
_KEYWORD_LINE_RE = re.compile(
    r"^(?:date|datum|published(?: on)?|publication date|publiziert(?: am)?"
    r"|veröffentlicht(?: am)?|erschienen(?: am)?)\s*:?\s*"
    + "(?:" + _WEEKDAY + ")?"
    r"(?P<value>" + _DATE_VALUE + r")" + _TIME + r"\s*$",
    re.IGNORECASE,
)
_TIMESTAMP_LINE_RE = re.compile(
    r"^(?:(?:stand|updated|aktualisiert(?: am)?|zuletzt aktualisiert(?: am)?)\s*:?\s*)?"
    + "(?:" + _WEEKDAY + ")?"
    r"(?P<value>" + _DATE_VALUE + r")" + _TIME + r"\s*$",
    re.IGNORECASE,
)

# A dateline: "FRANKFURT, 31. Januar 2026", "New York (dpa-AFX) - 14. Oktober 2025",
# "Berlin, 11. November 2025 (Reuters) - Google will …" (the story may follow on the line).
_PLACE = r"[A-ZÄÖÜ][\w.'’/-]*(?:\s+[A-ZÄÖÜ(][\w.'’/()-]*){0,3}"
_DATELINE_RE = re.compile(
    r"^" + _PLACE + r"(?:\s*\([^)]{1,30}\))?\s*[,–—-]\s*" + "(?:" + _WEEKDAY + ")?"
    r"(?P<value>" + _DATE_VALUE + r")" + _TIME + r"\s*(?:\([^)]{1,30}\)\s*)?(?:$|[-–—:]\s)",
    re.IGNORECASE,
)
# "February 13, 2025 1:46 PM GMT+1 Updated 2 hours ago": a time stamp with a note after it
_STAMP_WITH_NOTE_RE = re.compile(
    "^(?:" + _WEEKDAY + r")?(?P<value>" + _DATE_VALUE + r")" + _TIME
    + r"\s+(?:updated|aktualisiert|last updated|zuletzt aktualisiert)\b.*$",
    re.IGNORECASE,
)

# A dateline that opens the story's first paragraph, the story following on the line:
# "Riad, 14. Mai 2025. Der …", "AMARILLO, Texas (Nov. 18, 2025) — …", "Jülich, 14. März (ab) – …",
# "NEW YORK, Sept 17 (Wire) - …", "SAN FRANCISCO and PALO ALTO, Calif., 13 October — …".
# The year is often left out; `_stated_year` may then supply it. The place is checked by
# `_is_place` (case matters there, this pattern ignores it for the month names).
_PLACE_WORD = r"[^\W\d_][\w.'’&/-]*"
_OPENING_DATELINE_RE = re.compile(
    r"^(?P<place>" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r"){0,5}"  # SAN FRANCISCO and PALO ALTO
    r"(?:,\s*" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r")?){0,2})"  # , Calif. / , Texas
    r"(?:,\s*|\s*(?P<open>\()\s*)"  # the date after a comma or in parentheses
    r"(?:(?P<dd>\d{1,2})\.?\s+" + _MONTH.replace("mon>", "dmon>") + r"(?:,?\s+(?P<dy>\d{4}))?"  # 14. März (2025)
    r"|" + _MONTH.replace("mon>", "dmon2>") + r"\s+(?P<dd2>\d{1,2})(?!\d)(?:,?\s+(?P<dy2>\d{4}))?)"  # Sept 17(, 2025)
    r"(?(open)\s*\))"
    r"\s*(?:\([^()\n]{1,40}\))?"  # the agency: "(rta)", "(Ferrisbay Wire)"
    r"(?:\s*(?:[-–—]{1,2}|:)\s+|\.\s+|(?<=\))\s+)"  # a dash, a full stop, or just the parenthesis
    r"(?P<story>\S.*)$",
    re.IGNORECASE,
)
# lower-case words inside a place name: "Frankfurt am Main", "SAN FRANCISCO and PALO ALTO"
_PLACE_JOINERS = frozenset("and und & am an der ob im de la del upon on".split())
# a sentence that starts like "Am Montag, 14. März" or "Seit Dienstag, …" is no dateline
_PLACE_NOT_FIRST = frozenset("am im seit bis ab vom zum zur on since until from".split())
# The story after a dateline without a year must be a real paragraph, not a calendar entry
# ("Frankfurt, 3. Juni – Hauptversammlung").
_MIN_STORY_CHARS = 40
# How much text may precede the dateline: a headline, a kicker, a standfirst and a
# byline fit; a dateline after the story's first long paragraphs starts an embedded item.
_MAX_CHARS_BEFORE_DATELINE = 600

# A line that ends in a weekday and its date: liveblog and ticker headings ("Markets live –
# Tuesday 14 October 2025"), issue lines ("No. 88, Thursday 3 October 2024"). The weekday
# must fit the date, which is what sets it apart from prose.
_WEEKDAY_HEADING_RE = re.compile(
    r"(?:^|[-–—|·,]\s*)(?P<wd>" + _WEEKDAY_NAME + r")\.?,?\s+(?P<value>" + _DAY_FORMS[1:] + r")\s*$",
    re.IGNORECASE,
)
# The issue a periodical names at its top: "Ausgabe vom 21.03.2024", "Ausgabe Dezember 2025",
# "Ausgabe 11/2024" (a month: issue numbers above 12 are no month and are left alone). The
# keyword starts the line or follows a separator ("Fachdienst für Netze, Ausgabe vom …").
_ISSUE_LINE_RE = re.compile(
    r"(?:^|[,·|–—-]\s*)(?:ausgabe|issue|edition)(?:\s+(?:vom|of|dated))?\s*:?\s*(?:" + _WEEKDAY + r")?"
    r"(?P<value>" + _DAY_FORMS[1:]
    + r"|" + _MONTH.replace("mon>", "mmon>") + r"\s+(?P<my>\d{4})"
    r"|(?P<nm>\d{1,2})/(?P<ny>\d{4}))" + _TIME + r"\s*$",
    re.IGNORECASE,
)
# Where the year of a dateline without one may come from: the copyright notice ("© 2025
# Finanzplatz-Kurier", "© Rurtaler Anzeiger 2024", "(c) 2024", "Copyright 2024") anywhere,
# and an issue line at the top ("Ausgabe 47 | 2026"). A range ("© 2005–2025") names no year.
_COPYRIGHT_YEAR_RE = re.compile(
    r"(?:^[ \t]*(?:copyright\b|\(c\))|©)[ \t]*(?:©|\(c\))?[ \t]*(?:[^\W\d_][^\d\n]{0,60}?)?"
    r"(?<!\d)(?P<year>\d{4})(?!\d|\s*[-–]\s*\d)",
    re.IGNORECASE | re.MULTILINE,
)
_ISSUE_YEAR_RE = re.compile(
    r"(?<!\w)(?:ausgabe|issue|edition|nr\.|no\.|vol\.|jahrgang)\s*\d{1,4}\s*[|/·,]\s*(?P<year>\d{4})(?!\d)",
    re.IGNORECASE,
)
# A news agency's send stamp closing the text: "281744 Okt 25" = day 28, 17:44, October 2025.
_WIRE_STAMP_RE = re.compile(
    r"^(?P<d>[0-3]\d)(?:[01]\d|2[0-3])[0-5]\d\s+" + _MONTH.replace("mon>", "wmon>") + r"\s+(?P<yy>\d{2})$",
    re.IGNORECASE,
)
_BOTTOM_LINES = 3
# "20. bis 26. November 2025", "18-24 February 2026": a week's issue dates from its first day
_RANGE_START_RE = re.compile(r"(?<![\w.])(?P<first>\d{1,2})\.?\s*(?:[-–]|bis|to|until)\s*\Z", re.IGNORECASE)

# "erscheint freitags", "erscheint jeden Dienstag", "published on Friday", "out on Sunday"
_APPEARS_ON_RE = re.compile(
    r"(?<!\w)(?:erscheint|appears|published|out)\s+(?:(?:jeden|every|on|am)\s+)?(?P<wd>[^\W\d_]{4,})", re.IGNORECASE
)

# A day anywhere in a line ("29. Dezember 2025, 10:14 Uhr, Martin Sanowski", "June 30, 2025
# 08:00 AM Eastern Daylight Time", "NEW YORK, Aug. 19, 2025 (GLOBE NEWSWIRE) -- …").
_DAY_VALUE = r"(?:(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})" + _DAY_FORMS + ")"
_DAY_IN_LINE_RE = re.compile(r"(?<![\w.])(?P<value>" + _DAY_VALUE + r")(?![\w])", re.IGNORECASE)
# after the date of a dateline that opens the story: an agency in parentheses, then a dash
_DATELINE_TAIL_RE = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:[-–—]{1,2}|:)(?:\s|$)|\s*$")
_PARENTHESES_RE = re.compile(r"\([^)]*\)")
_LOWER_WORD_RE = re.compile(r"(?<![\w-])[a-zäöüß][a-zäöüß]{2,}(?![\w-])")
# small words of a date line, not of prose ("Updated 6:05 AM", "um 10:14 Uhr", "min read")
_DATE_LINE_WORDS = frozenset(
    "uhr updated update published posted aktualisiert zuletzt stand veröffentlicht publiziert erschienen "
    "von and und last min read lesezeit minuten minutes the der die das".split())

_VALUE_RE = re.compile(
    "(?:" + _WEEKDAY + r")?(?P<value>" + _DATE_VALUE + r")" + _TIME + r"\s*$", re.IGNORECASE
)

_URL_RE = re.compile(r"https?://[^\s<>\"'()\[\]]+", re.IGNORECASE)
_SOURCE_LINE_RE = re.compile(
    r"^\s*(?:quelle|source|originalartikel|original|via|url|link)\s*:", re.IGNORECASE
)
# /2025/09/29/ or /2025/09/ in a path; 2025-09-29 / 2025_09_29 / 20250929 in a segment.
_URL_YMD_SLASH_RE = re.compile(r"/(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=/|$|[-_.])")
_URL_YM_SLASH_RE = re.compile(r"/(?P<y>\d{4})/(?P<m>\d{2})(?=/)")
_URL_YMD_SEP_RE = re.compile(r"(?<!\d)(?P<y>\d{4})(?P<sep>[-_]?)(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?!\d)")
# vtv.vn-style CMS ids: "...-100250929155425364.htm" = "100" + yymmdd + hhmmss + ms.
# The time part is validated too, which keeps other long numbers from matching.
# A time stamp as an article id: "…-a2025072805321" = yyyymmdd + hhmm + more digits.
_URL_STAMP_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d\d{0,6}(?!\d)"
)
_URL_CMS_ID_RE = re.compile(
    r"-100(?P<y>\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{0,4}(?:\.\w+)?$"
)


def find_pubdate(text: str) -> PubDate | None:
    """The publication date stated by the (normalised) text itself, or None."""
    found = _start_marker(text) or _top_lines_date(text)
    if found:
        return found
    # the dateline that opens the story is read once: with its year it comes right after the
    # top lines, without one only after everything else (see the module's docstring)
    dateline = _opening_dateline(text)
    if dateline and dateline[0] is not None:
        day = _ymd(*dateline)
        if day:
            return PubDate(*day, SOURCE_DATE_LINE)
    return _wire_stamp_date(text) or _source_url_date(text) or _yearless_dateline_date(text, dateline)


def start_marker_end(text: str) -> int:
    """Offset just past the leading ``date 2025-11-21`` marker (0 without one), so the
    title heuristics can read the prose that follows it on the same line."""
    match = _START_MARKER_RE.match(text)
    return match.end() if match and _from_match(match) else 0


def is_date_line(line: str) -> bool:
    """Whether a line is nothing but a dateline/timestamp (not a headline)."""
    line = line.strip()
    return bool(_KEYWORD_LINE_RE.match(line) or _TIMESTAMP_LINE_RE.match(line)
                or (len(line) <= 100 and _metadata_line_day(line) and not _prose_words(line)))


def parse_date_value(value: str) -> tuple[str, str] | None:
    """``(iso, precision)`` for a date written in any format `find_pubdate` knows, also
    ISO timestamps like "2025-11-21T14:01:12+01:00" (used for HTML metadata)."""
    value = value.strip()
    match = _VALUE_RE.match(value)
    if match is None:
        # ISO 8601 with seconds fractions/offsets we do not model: the date part decides.
        match = re.match(r"(?P<value>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))[T ]", value)
    return _from_match(match) if match else None


def _start_marker(text: str) -> PubDate | None:
    match = _START_MARKER_RE.match(text)
    found = _from_match(match) if match else None
    return PubDate(*found, SOURCE_DATE_LINE) if found else None


def _top_lines_date(text: str) -> PubDate | None:
    """A keyword date line wins over a bare timestamp, wherever both sit in the top; then
    come an issue line, a heading that ends in weekday and date, and a line that carries a
    day among other metadata (a time zone, a section, an author). The dateline that opens
    the story comes after all of them (`find_pubdate`): it says where and when the story was
    filed, a header or a byline when it appeared (wire stories are often dated the day before)."""
    parts = [(part, line) for line in _top_lines(text) for part in _line_parts(line)]
    lines = [part for part, _ in parts]
    for regex, source in ((_KEYWORD_LINE_RE, SOURCE_DATE_LINE), (_TIMESTAMP_LINE_RE, SOURCE_TIMESTAMP),
                          (_STAMP_WITH_NOTE_RE, SOURCE_TIMESTAMP), (_DATELINE_RE, SOURCE_DATE_LINE)):
        for line in lines:
            match = regex.match(line)
            if match is None:
                continue
            # A bare year ("2025") on its own line is a number, not a dateline.
            if regex is not _KEYWORD_LINE_RE and match.group("y"):
                continue
            found = _from_match(match)
            if found:
                return PubDate(*found, source)
    for line in lines:
        found = _issue_line_date(line)
        if found:
            return PubDate(*found, SOURCE_DATE_LINE)
    for line in lines:
        found = _weekday_heading_day(line)
        if found:
            return PubDate(*found, SOURCE_TIMESTAMP)
    for part, line in parts:
        found = _metadata_line_day(part, line)
        if found:
            return PubDate(*found, SOURCE_TIMESTAMP)
    return None


def _issue_line_date(line: str) -> tuple[str, str] | None:
    match = _ISSUE_LINE_RE.search(line)
    return _from_match(match) if match else None


def _weekday_heading_day(line: str) -> tuple[str, str] | None:
    match = _WEEKDAY_HEADING_RE.search(line)
    found = _from_match(match) if match else None
    return found if found and _weekday_fits(match.group("wd"), found) else None


def _opening_dateline(text: str) -> tuple[str | None, str, str] | None:
    """``(year or None, month, day)`` of the dateline that opens the story's first
    paragraph ("Jülich, 14. März (ab) – Wenn …"), or None. Only a line near the top
    counts, and only before much text: further down it would open an embedded item."""
    chars_before = 0
    for line in _top_lines(text):
        if chars_before > _MAX_CHARS_BEFORE_DATELINE:
            return None
        match = _OPENING_DATELINE_RE.match(line)
        if match and _is_place(match.group("place")):
            year = match.group("dy") or match.group("dy2")
            if year or len(match.group("story")) >= _MIN_STORY_CHARS:
                month = match.group("dmon") or match.group("dmon2")
                return year, str(_MONTHS[month.lower()]), match.group("dd") or match.group("dd2")
        chars_before += len(line)
    return None


def _is_place(place: str) -> bool:
    """Whether the words before a dateline's date name a place ("PARIS/STOCKHOLM", "RACINE,
    Wis.", "Frankfurt am Main") rather than start a sentence ("Am Montag", "Der Konzern")."""
    words = [w for w in re.split(r"[\s,/]+", place) if w]
    if not words or words[0].lower() in _PLACE_NOT_FIRST or not words[0][0].isupper():
        return False
    for word in words:
        bare = word.rstrip(".").lower()
        if not (word[0].isupper() or bare in _PLACE_JOINERS):
            return False
        if bare in _MONTHS or bare in _weekday_names():
            return False  # "Montag, 14. März": a weekday, not a place
    return True


def _yearless_dateline_date(text: str, dateline: tuple[str | None, str, str] | None) -> PubDate | None:
    """A dateline that gives only day and month ("Frankfurt, 18. März (fk) – …") dated by
    the one year the text states for itself, in its copyright notice or issue line. The
    day alone says nothing about the year, so two different years mean no date."""
    if dateline is None or dateline[0] is not None:
        return None
    year = _stated_year(text)
    found = _ymd(str(year), dateline[1], dateline[2]) if year else None
    return PubDate(*found, SOURCE_DATE_LINE) if found else None


def _stated_year(text: str) -> int | None:
    """The single year of the text's copyright notices and top issue lines, or None."""
    years = {int(m.group("year")) for m in _COPYRIGHT_YEAR_RE.finditer(text)}
    years |= {int(m.group("year")) for line in _top_lines(text) for m in _ISSUE_YEAR_RE.finditer(line)}
    years = {y for y in years if _MIN_YEAR <= y <= _MAX_YEAR}
    return years.pop() if len(years) == 1 else None


def _wire_stamp_date(text: str) -> PubDate | None:
    lines = [line.strip() for line in text[-_TOP_CHARS:].split("\n") if line.strip()]
    for line in lines[-_BOTTOM_LINES:]:
        match = _WIRE_STAMP_RE.match(line)
        if match is None:
            continue
        month = str(_MONTHS[match.group("wmon").lower()])
        found = _ymd("20" + match.group("yy"), month, match.group("d"))
        if found:
            return PubDate(*found, SOURCE_DATE_LINE)
    return None


def _metadata_line_day(line: str, whole_line: str | None = None) -> tuple[str, str] | None:
    """The day of a line that is metadata around a date, not prose: publishers add a time
    zone, a section, an author or an agency in endless variations ("29.10.2025 09:31 Uhr
    Energie", "Updated 6:05 AM GMT+1, October 31, 2025"). Prose gives itself away by its
    lower-case words; a dateline that opens the story ("NEW YORK, Aug. 19, 2025 (GLOBE
    NEWSWIRE) -- Galaxy …") by the dash after the date. ``whole_line`` is the line that
    ``line`` is a part of (see `_line_parts`)."""
    match = _DAY_IN_LINE_RE.search(line)
    if match is None:
        return None
    found = _from_match(match)
    if found is None:
        return None
    before, after = line[:match.start()], line[match.end():]
    found = _range_day(whole_line or line, before, found)
    if match.start() <= 60 and _DATELINE_TAIL_RE.match(after) and not _prose_words(before):
        return found
    if len(line) <= 100 and _prose_words(before + " " + after) <= 1:
        return found
    return None


def _range_day(line: str, before: str, found: tuple[str, str]) -> tuple[str, str]:
    """The day of a weekly issue whose line names a range ending in the found day ("Nr. 47
    · 20. bis 26. November 2025"): the day the line says it appears on ("erscheint
    freitags"), else the first day of the range."""
    match = _RANGE_START_RE.search(before)
    if match is None or found[1] != "day":
        return found
    last = date.fromisoformat(found[0])
    first = int(match.group("first"))
    if first >= last.day:
        return found
    days = [last.replace(day=day) for day in range(first, last.day + 1)]
    appears = _APPEARS_ON_RE.search(line)
    if appears:
        named = _weekday_numbers(appears.group("wd").lower().removesuffix("s"))  # "freitags"
        days = [day for day in days if day.weekday() in named] or days
    return days[0].isoformat(), "day"


def _prose_words(text: str) -> int:
    text = _PARENTHESES_RE.sub(" ", text)  # "(dpa-AFX)", "(Reuters)"
    return sum(1 for w in _LOWER_WORD_RE.findall(text) if w not in _DATE_LINE_WORDS)


_PART_SEPARATOR_RE = re.compile(r"\s+[·|•]\s+")


def _line_parts(line: str) -> list[str]:
    """A byline packs author, time and date into one line ("Devin Coldewey · 8:15 AM PST ·
    November 4, 2025", "Veröffentlicht: 18.11.2025, 06:45 Uhr | Lesezeit: 3 Minuten"): the
    line itself, then each of its parts, may be the date line."""
    parts = _PART_SEPARATOR_RE.split(line)
    return [line] + parts if len(parts) > 1 else [line]


def _top_lines(text: str) -> list[str]:
    lines = [line.strip() for line in text[:_TOP_CHARS].split("\n")]
    return [line for line in lines if line][:_TOP_LINES]


def _source_url_date(text: str) -> PubDate | None:
    for url in source_urls(text):
        found = date_from_url(url)
        if found:
            return PubDate(*found, SOURCE_URL)
    return None


def source_urls(text: str) -> list[str]:
    """URLs that name the article's own source: those on a "Quelle:"/"Source:" line, and
    lines that are nothing but a URL at the top or bottom of the text. URLs inside the
    prose are left alone — they usually point at *other* articles."""
    lines = text.split("\n")
    urls: list[str] = []
    for index, line in enumerate(lines):
        if _SOURCE_LINE_RE.match(line):
            urls.extend(_clean_url(u) for u in _URL_RE.findall(line))
        elif index < 5 or index >= len(lines) - 8:
            stripped = line.strip()
            if _URL_RE.fullmatch(stripped):
                urls.append(_clean_url(stripped))
    return urls


def _clean_url(url: str) -> str:
    return url.rstrip(".,;:!?")


def date_from_url(url: str) -> tuple[str, str] | None:
    """``(iso, precision)`` from a date an article address encodes, or None.

    Known shapes: ``/2025/09/29/`` (day) and ``/2025/09/slug`` (month) path parts,
    ``2025-09-29`` / ``2025_09_29`` / ``20250929`` inside a path segment, the
    vtv.vn CMS id ``-100YYMMDDhhmmss….htm``, and ids that are a time stamp
    (``…-a2025072805321``: yyyymmdd, then hhmm).
    """
    path = unquote(urlsplit(url).path)
    match = _URL_YMD_SLASH_RE.search(path)
    if match:
        return _ymd(match.group("y"), match.group("m"), match.group("d"))
    match = _URL_YM_SLASH_RE.search(path)
    if match:
        return _ym(match.group("y"), match.group("m"))
    for match in _URL_YMD_SEP_RE.finditer(path):
        found = _ymd(match.group("y"), match.group("m"), match.group("d"))
        if found:
            return found
    match = _URL_CMS_ID_RE.search(path)
    if match:
        return _ymd("20" + match.group("y"), match.group("m"), match.group("d"))
    match = _URL_STAMP_RE.search(path)
    if match:
        return _ymd(match.group("y"), match.group("m"), match.group("d"))
    return None


def _from_match(match: re.Match[str]) -> tuple[str, str] | None:
    g = match.groupdict()
    if g.get("iy"):
        if g.get("id"):
            return _ymd(g["iy"], g["im"], g["id"])
        return _ym(g["iy"], g["im"])
    if g.get("gy"):
        return _ymd(g["gy"], g["gm"], g["gd"])
    if g.get("syy"):
        return _ymd("20" + g["syy"], g["sm"], g["sd"])
    if g.get("ky"):
        return _ymd(g["ky"], g["km"], g["kd"])
    if g.get("sy"):
        return _slash_day(match)
    if g.get("ty"):
        return _ymd(g["ty"], str(_MONTHS[g["mon"].lower()]), g["td"])
    if g.get("ey"):
        return _ymd(g["ey"], str(_MONTHS[g["emon"].lower()]), g["ed"])
    if g.get("my"):
        return _ym(g["my"], str(_MONTHS[g["mmon"].lower()]))
    if g.get("ny"):
        return _ym(g["ny"], g["nm"])
    if g.get("y") and _MIN_YEAR <= int(g["y"]) <= _MAX_YEAR:
        return g["y"], "year"
    return None


def _slash_day(match: re.Match[str]) -> tuple[str, str] | None:
    """A day written ``a/b/yyyy``: day first in Europe, month first in the US. A part
    above 12 settles the order; otherwise only a weekday right before the date does
    ("Wed 08/10/2025" is 8 October) — a guess would be wrong half the time."""
    a, b, year = match.group("sa"), match.group("sb"), match.group("sy")
    day_first, month_first = _ymd(year, b, a), _ymd(year, a, b)
    if int(a) > 12 or int(b) > 12 or a == b:
        return day_first or month_first
    weekday = _WEEKDAY_BEFORE_RE.search(match.string, 0, match.start("sa"))
    if weekday is None:
        return None
    named = _weekday_numbers(weekday.group("wd"))
    fits = [found for found in (day_first, month_first) if found and date.fromisoformat(found[0]).weekday() in named]
    return fits[0] if len(fits) == 1 else None


def _weekday_numbers(word: str) -> set[int]:
    """The weekdays (0 = Monday) a written name or abbreviation can mean ("Mi", "Wed",
    "Thurs", "Dienstag"); "So" stays both Sonnabend and Sonntag."""
    word = word.lower().rstrip(".")
    if len(word) < 2:
        return set()
    return {number for name, number in _weekday_names().items() if name.startswith(word)}


@lru_cache(maxsize=1)
def _weekday_names() -> dict[str, int]:
    return {name.lower(): number for name, number in load_json("date_words.json")["weekdays"].items()}


def _weekday_fits(word: str, found: tuple[str, str]) -> bool:
    return found[1] == "day" and date.fromisoformat(found[0]).weekday() in _weekday_numbers(word)


def _ymd(year: str, month: str, day: str) -> tuple[str, str] | None:
    try:
        value = date(int(year), int(month), int(day))
    except ValueError:
        return None
    if not _MIN_YEAR <= value.year <= _MAX_YEAR:
        return None
    return value.isoformat(), "day"


def _ym(year: str, month: str) -> tuple[str, str] | None:
    y, m = int(year), int(month)
    if not (_MIN_YEAR <= y <= _MAX_YEAR and 1 <= m <= 12):
        return None
    return f"{y:04d}-{m:02d}", "month"
