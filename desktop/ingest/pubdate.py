"""The publication date of an article, from the article's own markers in its text.

Only markers that state *when this article appeared* are used — never dates mentioned
in the prose (they are about events, often years apart) and never the file's
modification time (it says when the file was saved, not when the news was published).

Priority, most explicit first:

1. ``SOURCE_DATE_LINE``: a date marker — the ``date 2025-11-21`` / ``date 2025-02``
   prefix the clipping tool puts at the very start, or a keyword line near the top
   ("Datum: …", "Veröffentlicht am …", "Published: …").
2. ``SOURCE_TIMESTAMP``: a line near the top that is nothing but a date, optionally with
   a time ("21.01.2026 - 14:01:12", "21. Januar 2026, 14:01 Uhr", "Jan 21, 2026"), or a
   "Stand:"/"Updated:" line.
3. ``SOURCE_URL``: a date encoded in the article's source address on a "Quelle:"/
   "Source:" line or a line that is only a URL (see `date_from_url`).

HTML metadata (`SOURCE_HTML_*`) is read by `desktop.ingest.html_text`; the reader uses it
only when the text itself has no marker.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

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
_WEEKDAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?,?\s*"
)

# One date value; each alternative names its parts so `_from_match` can build it.
# The written forms of a day, each naming its parts so `_from_match` can build it.
_DAY_FORMS = (
    r"|(?P<gd>\d{1,2})\.\s?(?P<gm>\d{1,2})\.\s?(?P<gy>\d{4})"  # 21.01.2026
    r"|(?P<td>\d{1,2})\.?\s+" + _MONTH + r"\s+(?P<ty>\d{4})"  # 21. Januar 2026
    r"|" + _MONTH.replace("mon>", "emon>") + r"\s+(?P<ed>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<ey>\d{4})"  # Jan 21, 2026
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
    return _start_marker(text) or _top_lines_date(text) or _source_url_date(text)


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
    """A keyword date line wins over a bare timestamp, wherever both sit in the top; a line
    that carries a day among other metadata (a time zone, a section, an author) comes last."""
    lines = [part for line in _top_lines(text) for part in _line_parts(line)]
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
        found = _metadata_line_day(line)
        if found:
            return PubDate(*found, SOURCE_TIMESTAMP)
    return None


def _metadata_line_day(line: str) -> tuple[str, str] | None:
    """The day of a line that is metadata around a date, not prose: publishers add a time
    zone, a section, an author or an agency in endless variations ("29.10.2025 09:31 Uhr
    Energie", "Updated 6:05 AM GMT+1, October 31, 2025"). Prose gives itself away by its
    lower-case words; a dateline that opens the story ("NEW YORK, Aug. 19, 2025 (GLOBE
    NEWSWIRE) -- Galaxy …") by the dash after the date."""
    match = _DAY_IN_LINE_RE.search(line)
    if match is None:
        return None
    found = _from_match(match)
    if found is None:
        return None
    before, after = line[:match.start()], line[match.end():]
    if match.start() <= 60 and _DATELINE_TAIL_RE.match(after) and not _prose_words(before):
        return found
    if len(line) <= 100 and _prose_words(before + " " + after) <= 1:
        return found
    return None


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
    if g.get("ty"):
        return _ymd(g["ty"], str(_MONTHS[g["mon"].lower()]), g["td"])
    if g.get("ey"):
        return _ymd(g["ey"], str(_MONTHS[g["emon"].lower()]), g["ed"])
    if g.get("my"):
        return _ym(g["my"], str(_MONTHS[g["mmon"].lower()]))
    if g.get("y") and _MIN_YEAR <= int(g["y"]) <= _MAX_YEAR:
        return g["y"], "year"
    return None


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
