"""Date mentions in German and English text, kept at the precision the text gives.

Each rule is one precompiled regex with a resolver. All rules run over the text, overlapping
candidates are settled in favour of the longest, and then the survivors are resolved in text
order, because "drei Monate später" or "im selben Monat" count from the date mentioned just
before (the *anchor*; the publication date when there is none yet).

Expressions that need a reference ("heute", "am Dienstag", "im dritten Quartal", "15. Januar")
resolve against `published`; with `published=None` they are skipped, as nothing tells which
year they mean. Where a date without a year could be read in two years, the reading nearest
the reference wins (news mostly reports what just happened or is about to).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.extraction.date_values import SEASON_CODE_OF_MONTH
from desktop.extraction.mentions import DateMention
from desktop.extraction.numbers import fold, trie_branches, trie_pattern
from desktop.extraction.regex_tools import compile_fast, compile_first_chars
from desktop.resources import load_json

__all__ = ["find_dates"]

_NW = load_json("number_words.json")

# --- vocabulary (resources/date_words.json) ----------------------------------------------------

_DW = load_json("date_words.json")
_MONTHS: dict[str, int] = _DW["months"]
_WEEKDAYS: dict[str, int] = _DW["weekdays"]
_ORDINALS: dict[str, int] = {}
for _stem, _n in _NW["de"]["ordinals"].items():
    for _ending in _NW["de"]["ordinal_endings"]:
        _ORDINALS[_stem + _ending] = _n
_ORDINALS.update(_NW["en"]["ordinals"])
_ORDINALS.pop("acht", None)
_COUNTS: dict[str, int] = {k: int(v) for k, v in _NW["de"]["morphemes"].items() if 0 < v <= 31}
_COUNTS.update({k: int(v) for k, v in _NW["en"]["words"].items() if 0 < v <= 31})
_COUNTS.update({k: 1 for k in list(_NW["de"]["articles"]) + ["a", "an"]})
_COUNTS.update({"paar": 3, "few": 3, "a few": 3, "ein paar": 3, "einigen": 3, "several": 3})

_UNIT_OF: dict[str, str] = _DW["units"]
_OFFSETS: dict[str, int] = _DW["offsets"]
_PARTS: dict[str, str] = _DW["parts"]
_SEASONS: dict[str, int] = _DW["seasons"]

_MONTH = "(?-i:" + trie_pattern(_MONTHS) + ")(?![\\w])"
_MONTH_DOTLESS = "(?-i:" + trie_pattern(_MONTHS) + ")"
_WEEKDAY = "(?-i:" + trie_pattern(_WEEKDAYS) + ")(?:morgen|abend|nachmittag|vormittag|mittag|nacht)?\\b"
_YEAR = r"(?:19|20)[0-9]{2}(?![0-9])"
_YEAR_ANY = r"(?:(?:19|20)[0-9]{2}|'[0-9]{2}|[0-9]{2}(?![0-9.,]))(?![0-9])"
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
_MON_NUM = r"(?:0?[1-9]|1[0-2])"
_S = r"[ \u00a0]+"
_ORD = trie_pattern(_ORDINALS)
_COUNT = r"(?:[0-9]{1,3}|" + trie_pattern(_COUNTS) + ")"
_OFFSET = trie_pattern(_OFFSETS)
_UNIT = trie_pattern(_UNIT_OF)
_PART = trie_pattern(_PARTS)
_LB = r"(?<![\w.,/-])"  # a number starts here, not inside another token
_RB = r"(?![0-9]|[.,/-][0-9])"

_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class _Period:
    start: date
    end: date  # exclusive
    precision: str
    value: str


@dataclass(slots=True)
class _Ctx:
    ref: date | None


# --- calendar helpers --------------------------------------------------------------------------


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _add(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}[unit] * n
    return _add_months(d, months)


def _day(d: date) -> _Period:
    return _Period(d, d + timedelta(days=1), "day", d.isoformat())


def _month(y: int, m: int) -> _Period:
    return _Period(date(y, m, 1), _add_months(date(y, m, 1), 1), "month", f"{y:04d}-{m:02d}")


def _year(y: int) -> _Period:
    return _Period(date(y, 1, 1), date(y + 1, 1, 1), "year", f"{y:04d}")


def _quarter(y: int, q: int) -> _Period:
    s = date(y, 3 * q - 2, 1)
    return _Period(s, _add_months(s, 3), "quarter", f"{y:04d}-Q{q}")


def _half(y: int, h: int) -> _Period:
    s = date(y, 6 * h - 5, 1)
    return _Period(s, _add_months(s, 6), "half", f"{y:04d}-H{h}")


def _week(monday: date) -> _Period:
    iso = monday.isocalendar()
    return _Period(monday, monday + timedelta(days=7), "week", f"{iso[0]:04d}-W{iso[1]:02d}")


def _decade(y0: int) -> _Period:
    return _Period(date(y0, 1, 1), date(y0 + 10, 1, 1), "decade", f"{y0}s")


def _unit_period(d: date, unit: str) -> _Period:
    """The calendar period of `unit` that contains `d`."""
    if unit == "day":
        return _day(d)
    if unit == "week":
        return _week(d - timedelta(days=d.weekday()))
    if unit == "month":
        return _month(d.year, d.month)
    if unit == "quarter":
        return _quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "half":
        return _half(d.year, 1 if d.month <= 6 else 2)
    return _year(d.year)


def _part_of(p: _Period, part: str) -> _Period:
    """"Anfang 2028", "Mitte Januar": the first, middle or last third of a year or month."""
    if p.precision == "year":
        y = p.start.year
        bounds = {"early": (1, 5), "mid": (5, 9), "late": (9, 13)}[part]
        s = date(y, bounds[0], 1)
        e = date(y + 1, 1, 1) if bounds[1] == 13 else date(y, bounds[1], 1)
        return _Period(s, e, "year", p.value)
    if p.precision == "month":
        s = p.start
        if part == "early":
            return _Period(s, s + timedelta(days=10), "month", p.value)
        if part == "mid":
            return _Period(s + timedelta(days=10), s + timedelta(days=20), "month", p.value)
        return _Period(s + timedelta(days=20), p.end, "month", p.value)
    return p


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _distance(ref: date, p: _Period) -> int:
    if p.start <= ref < p.end:
        return 0
    return (p.start - ref).days if p.start > ref else (ref - p.end).days + 1


# News tells what happened more than what will: a year-less date ahead of the reference counts
# this many times as far as one behind it ("im Januar" in October is the January before)
FUTURE_WEIGHT = 4


def _weighted_distance(ref: date, p: _Period) -> int:
    d = _distance(ref, p)
    return d * FUTURE_WEIGHT if p.start > ref else d


def _nearest(ref: date, make: Callable[[int], _Period | None]) -> _Period | None:
    """The reading of a year-less date nearest to the reference, the past preferred."""
    best: _Period | None = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        p = make(y)
        if p is not None and (best is None or _weighted_distance(ref, p) < _weighted_distance(ref, best)):
            best = p
    return best


def _year_of(s: str | None, ref: date | None) -> int | None:
    if not s:
        return None
    s = s.lstrip("'")
    y = int(s)
    if len(s) == 2:
        y += 2000 if y < 50 else 1900
    return y


def _count(s: str) -> int | None:
    s = s.lower()
    if s.isdigit():
        return int(s)
    return _COUNTS.get(s)


def _span(a: _Period, b: _Period) -> _Period | None:
    if b.end <= a.start:
        return None
    precision = a.precision if a.precision == b.precision else "day"
    return _Period(a.start, b.end, precision, f"{a.value}/{b.value}")


# --- rules -------------------------------------------------------------------------------------

Resolver = Callable[[re.Match, _Ctx], "_Period | None"]
# (regex, resolver, whether the regex reads `fold(text)`)
_RULES: list[tuple[re.Pattern, Resolver, bool]] = []


def _foldable(pattern: str, flags: int) -> bool:
    """Whether a case-insensitive pattern can run without IGNORECASE on `fold(text)`, which is
    faster: it has no case-sensitive part and no upper-case letter (escapes such as \\W and
    "(?P<" aside)."""
    return bool(flags & re.IGNORECASE) and "(?-i:" not in pattern \
        and not any(c.isupper() for c in re.sub(r"\\.|\(\?P[<=]", "", pattern))


def _compile(pattern: str, flags: int = _FLAGS) -> tuple[re.Pattern, bool]:
    # (a rule opening on "\\b" or an optional word was tried at every position of its windows:
    # `compile_fast` and `compile_first_chars` put a test of its first characters in front)
    if _foldable(pattern, flags):
        return compile_fast(pattern, flags & ~re.IGNORECASE), True
    return compile_first_chars(pattern, flags), False


def _rule(pattern: str, flags: int = _FLAGS, foldable: bool = True) -> Callable[[Resolver], Resolver]:
    """Register a rule; `foldable=False` for a resolver that reads the case of its match."""
    def register(fn: Resolver) -> Resolver:
        rx, folded = _compile(pattern, flags) if foldable else (compile_first_chars(pattern, flags), False)
        _RULES.append((rx, fn, folded))
        return fn
    return register


def _dmy(d: int, m: int, y: int | None, ctx: _Ctx) -> _Period | None:
    if y is not None:
        dd = _safe_date(y, m, d)
        return _day(dd) if dd else None
    if ctx.ref is None:
        return None
    return _nearest(ctx.ref, lambda yy: (lambda x: _day(x) if x else None)(_safe_date(yy, m, d)))


@_rule(rf"(?:{_WEEKDAY},?{_S}(?:(?:den|dem){_S})?)?{_LB}(?P<d>{_DAY})\.[ \u00a0]?(?:(?P<m>{_MONTH})"
       rf"|(?P<mn>{_MON_NUM})\.(?:(?P<y>{_YEAR})|(?P<yy>[0-9]{{2}})(?![0-9]))?)(?:,?{_S}(?P<y2>{_YEAR}))?")
def _german_day(m: re.Match, ctx: _Ctx) -> _Period | None:
    # "15. Januar 2011", "Montag den 15. Januar", "21.01.2026", "15.1.", "28.Oktober"
    month = _MONTHS[m.group("m")] if m.group("m") else int(m.group("mn"))
    y = _year_of(m.group("y") or m.group("yy") or m.group("y2"), ctx.ref)
    return _dmy(int(m.group("d")), month, y, ctx)


@_rule(rf"\b(?:am|vom|zum|bis{_S}zum|ab{_S}dem|seit{_S}dem|dem|den){_S}(?P<d>{_DAY})\.(?=[ \u00a0,;)]|$)(?![ \u00a0]*(?:[0-9]|{_MONTH_DOTLESS}))")
def _bare_day(m: re.Match, ctx: _Ctx) -> _Period | None:
    # "am 15.": the day in the month nearest the reference
    if ctx.ref is None:
        return None
    d = int(m.group("d"))
    best: _Period | None = None
    for k in (-1, 0, 1):
        first = _add_months(date(ctx.ref.year, ctx.ref.month, 1), k)
        x = _safe_date(first.year, first.month, d)
        if x and (best is None or abs((x - ctx.ref).days) < abs((best.start - ctx.ref).days)):
            best = _day(x)
    return best


@_rule(rf"\b(?:(?:am|den|dem|the){_S})?(?P<o>{_ORD}){_S}(?:of{_S})?(?P<m>{_MONTH})(?:,?{_S}(?P<y>{_YEAR}))?")
def _ordinal_day(m: re.Match, ctx: _Ctx) -> _Period | None:
    n = _ORDINALS.get(m.group("o").lower(), 0)
    if not 1 <= n <= 31:
        return None
    return _dmy(n, _MONTHS[m.group("m")], _year_of(m.group("y"), ctx.ref), ctx)


@_rule(rf"(?:{_WEEKDAY},?{_S})?(?P<m>{_MONTH}){_S}(?P<d>{_DAY})(?:st|nd|rd|th)?\b(?:,?{_S}(?P<y>{_YEAR}))?")
def _english_mdy(m: re.Match, ctx: _Ctx) -> _Period | None:
    # "January 21, 2026", "Tuesday, June 3"
    return _dmy(int(m.group("d")), _MONTHS[m.group("m")], _year_of(m.group("y"), ctx.ref), ctx)


@_rule(rf"{_LB}(?P<d>{_DAY})(?:st|nd|rd|th)?{_S}(?:of{_S})?(?P<m>{_MONTH})(?:,?{_S}(?P<y>{_YEAR}))?")
def _english_dmy(m: re.Match, ctx: _Ctx) -> _Period | None:
    return _dmy(int(m.group("d")), _MONTHS[m.group("m")], _year_of(m.group("y"), ctx.ref), ctx)


@_rule(rf"{_LB}(?P<y>{_YEAR})(?P<sep>[-/.])(?P<m>{_MON_NUM})(?P=sep)(?P<d>{_DAY}){_RB}")
def _iso_day(m: re.Match, ctx: _Ctx) -> _Period | None:
    dd = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return _day(dd) if dd else None


@_rule(rf"{_LB}(?P<d>{_DAY})(?P<sep>[/-])(?P<m>{_MON_NUM})(?P=sep)(?P<y>{_YEAR}|[0-9]{{2}}){_RB}")
def _slash_day(m: re.Match, ctx: _Ctx) -> _Period | None:
    # "21/04/2016", "3-7-2017", "05/05/89": day first, as in German and British use
    return _dmy(int(m.group("d")), int(m.group("m")), _year_of(m.group("y"), ctx.ref), ctx)


@_rule(rf"{_LB}(?P<d>[0-3][0-9])/(?P<m>[01][0-9]){_RB}")
def _slash_day_month(m: re.Match, ctx: _Ctx) -> _Period | None:
    d, mo = int(m.group("d")), int(m.group("m"))
    return _dmy(d, mo, None, ctx) if 1 <= mo <= 12 else None


@_rule(rf"{_LB}(?P<y>{_YEAR})[ \u00a0]{{0,2}}(?P<sep>[-/.])[ \u00a0]{{0,2}}(?P<m>0[1-9]|1[0-2]){_RB}"
       rf"|{_LB}(?P<m2>0[1-9]|1[0-2])[ \u00a0]{{0,2}}[-/.][ \u00a0]{{0,2}}(?P<y2>{_YEAR}){_RB}")
def _numeric_month(m: re.Match, ctx: _Ctx) -> _Period | None:
    # "2016-05", "05/2016", "05.2016": a month (two-digit month only, so "3.2016" stays a number)
    if m.group("y"):
        return _month(int(m.group("y")), int(m.group("m")))
    return _month(int(m.group("y2")), int(m.group("m2")))


@_rule(rf"\b(?:(?P<part>{_PART})[ \u00a0-]*(?:(?:des|of){_S})?)?(?P<m>{_MONTH})(?:,?{_S}(?P<y>{_YEAR_ANY}))?")
def _month_year(m: re.Match, ctx: _Ctx) -> _Period | None:
    # "Juni 2025", "August '99", "Mitte Januar 2026"; a bare month only after a cue (below)
    if not m.group("y") and not m.group("part"):
        return None
    mon = _MONTHS[m.group("m")]
    y = _year_of(m.group("y"), ctx.ref)
    if y is None:
        if ctx.ref is None:
            return None
        p = _nearest(ctx.ref, lambda yy: _month(yy, mon))
    else:
        p = _month(y, mon)
    return _part_of(p, _PARTS[m.group("part").lower()]) if m.group("part") and p else p


_MONTH_CUES = ("im|in|seit|bis|ab|vom|von|zum|monat|since|until|till|by|from|during|through|"
               "before|after|vor|nach|für|for|of|until|zwischen|between|each|jeden|diesen|dieser|"
               "diesem|this|letzten|vergangenen|vorigen|last|past|nächsten|kommenden|next|coming|"
               "anfang|mitte|ende|early|late|mid")


@_rule(rf"\b(?P<cue>{_MONTH_CUES}){_S}(?:(?:des{_S}|the{_S})?monats{_S}|monat{_S})?(?P<m>{_MONTH})(?:,?{_S}(?P<y>{_YEAR_ANY}))?")
def _cued_month(m: re.Match, ctx: _Ctx) -> _Period | None:
    # "im Juni", "diesen Januar", "im Monat März", "letzten September", "in May", "vom August 99"
    if ctx.ref is None and not m.group("y"):
        return None
    mon = _MONTHS[m.group("m")]
    if m.group("y"):
        return _month(_year_of(m.group("y"), ctx.ref) or 0, mon)
    cue = m.group("cue").lower()
    off = _OFFSETS.get(cue)
    if off == -1:
        # the most recent such month before the reference month
        y = ctx.ref.year if mon < ctx.ref.month else ctx.ref.year - 1
        return _month(y, mon)
    if off == 1:
        y = ctx.ref.year if mon > ctx.ref.month else ctx.ref.year + 1
        return _month(y, mon)
    if off == 0:
        return _month(ctx.ref.year, mon)
    return _nearest(ctx.ref, lambda yy: _month(yy, mon))


@_rule(rf"\b(?:(?P<part>{_PART})[ \u00a0-]*(?:(?:des|of)(?:{_S}jahres)?{_S})?)?(?P<y>{_YEAR}){_RB}(?!er\b|s\b|er[ -])")
def _year_rule(m: re.Match, ctx: _Ctx) -> _Period | None:
    p = _year(int(m.group("y")))
    return _part_of(p, _PARTS[m.group("part").lower()]) if m.group("part") else p


_YEAR_CUE_RE = re.compile(
    r"(?:\b(?:im|in|jahr|jahre|jahren|jahres|seit|bis|ab|von|vom|für|vor|nach|zum|zur|um|anfang|"
    r"mitte|ende|frühjahr|sommer|herbst|winter|geschäftsjahr|since|by|until|through|from|of|"
    r"during|early|late|mid|year|fiscal|fy|und|and|oder|or|to|zwischen|between|spätestens|"
    r"bereits|schon|erst|noch|circa|ca\.|etwa|also|jahrgang)|[(/–-])[ \u00a0]*$",
    re.IGNORECASE,
)
_YEAR_AFTER_OK_RE = re.compile(r"[ \u00a0]*(?:[,.;:!?)\]\"“”'/–-]|$|\n|(?:und|bis|and|to|or|oder)\b)", re.IGNORECASE)


def _bare_year_ok(text: str, m: re.Match) -> bool:
    """A four-digit number is a year after a date cue ("im Jahr", "bis", "seit") or when a
    punctuation mark follows; "2000 Mitarbeiter" is a count."""
    if m.group("part"):
        return True
    s = m.start("y")
    if _YEAR_CUE_RE.search(text, max(0, s - 16), s) or _sentence_start(text, m.start()):
        return True
    return bool(_YEAR_AFTER_OK_RE.match(text, m.end()))


@_rule(rf"\b(?:(?:die|den|the){_S})?(?:(?P<y>(?:19|20)[0-9]0)(?:er|s)(?:(?:[ -]jahre[n]?)|\b)|"
       r"(?P<w>zweitausender|neunziger|achtziger|siebziger|sechziger)(?:[ \u00a0]+jahre[n]?)?)")
def _decade_rule(m: re.Match, ctx: _Ctx) -> _Period | None:
    if m.group("y"):
        return _decade(int(m.group("y")))
    return _decade({"zweitausender": 2000, "neunziger": 1990, "achtziger": 1980,
                    "siebziger": 1970, "sechziger": 1960}[m.group("w").lower()])


_QORD = r"(?P<o>" + _ORD + r"|[1-4]\.)"


@_rule(rf"\b(?:(?:im|in|the|des|das|der|dem){_S})?{_QORD}{_S}(?P<u>quartal(?:s|es)?|quarter|halbjahr(?:es|s)?|jahreshälfte|half)"
       rf"(?:{_S}(?:(?:des|of)(?:{_S}(?:jahres|the{_S}year))?{_S}|in{_S})?(?P<y>{_YEAR}))?")
def _quarter_words(m: re.Match, ctx: _Ctx) -> _Period | None:
    o = m.group("o").lower()
    n = int(o[0]) if o[0].isdigit() else _ORDINALS.get(o, 0)
    unit = _UNIT_OF.get(m.group("u").lower(), "half")
    return _numbered_period(unit, n, m.group("y"), ctx)


def _numbered_period(unit: str, n: int, ys: str | None, ctx: _Ctx) -> _Period | None:
    limit = 4 if unit == "quarter" else 2
    if n == -1:
        n = limit
    if not 1 <= n <= limit:
        return None
    make = (lambda yy: _quarter(yy, n)) if unit == "quarter" else (lambda yy: _half(yy, n))
    if ys:
        return make(_year_of(ys, ctx.ref) or 0)
    return _nearest(ctx.ref, make) if ctx.ref else None


@_rule(rf"(?<![\w])(?:(?P<q>Q[1-4])|(?P<q2>[1-4])Q|(?P<h>H[12]))(?:(?:[ \u00a0/]+(?:FY)?[ \u00a0]?|FY[ \u00a0]?|(?='))(?P<y>{_YEAR}|'?[0-9]{{2}}(?![0-9])))?(?![\w])", 0)
def _quarter_code(m: re.Match, ctx: _Ctx) -> _Period | None:
    if m.group("h"):
        return _numbered_period("half", int(m.group("h")[1]), m.group("y"), ctx)
    q = int((m.group("q") or m.group("q2")).strip("Q"))
    return _numbered_period("quarter", q, m.group("y"), ctx)


@_rule(rf"\b(?:kw|kalenderwoche|week){_S}?(?P<w>[0-9]{{1,2}})(?:[ \u00a0/]+(?P<y>{_YEAR}))?\b")
def _calendar_week(m: re.Match, ctx: _Ctx) -> _Period | None:
    y = int(m.group("y")) if m.group("y") else ctx.ref.year if ctx.ref else None
    w = int(m.group("w"))
    if y is None or not 1 <= w <= 53:
        return None
    try:
        return _week(date.fromisocalendar(y, w, 1))
    except ValueError:
        return None


@_rule(r"\b(?P<w>heute|gestern|vorgestern|morgen|übermorgen|today|yesterday|tomorrow)\b", foldable=False)
def _deictic_day(m: re.Match, ctx: _Ctx) -> _Period | None:
    if ctx.ref is None:
        return None
    w = m.group("w")
    if w == "Morgen" and m.start() > 0 and not _sentence_start(m.string, m.start()):
        return None  # "am Morgen", "heute Morgen": the morning, not tomorrow
    if w.lower() == "morgen" and _after_word(m.string, m.start(), ("heute", "gestern", "am", "jeden", "guten", "den")):
        return None
    shift = {"heute": 0, "today": 0, "gestern": -1, "yesterday": -1, "vorgestern": -2,
             "morgen": 1, "tomorrow": 1, "übermorgen": 2}[w.lower()]
    return _day(ctx.ref + timedelta(days=shift))


def _sentence_start(text: str, pos: int) -> bool:
    """At the start of a sentence or of a line (news files put a paragraph on each line)."""
    raw = text[max(0, pos - 3):pos].rstrip(" \t\u00a0")
    if not raw or raw.endswith("\n"):
        return True
    before = raw.strip()
    return not before or before[-1] in ".!?:\"„“"


def _after_word(text: str, pos: int, words: tuple[str, ...]) -> bool:
    before = text[max(0, pos - 12):pos].split()
    return bool(before) and before[-1].lower() in words


@_rule(rf"\b(?:(?P<off>{_OFFSET}){_S}(?:(?P<u>woche){_S})?)?(?:(?:am|on|dem|den){_S})?(?P<wd>{_WEEKDAY})")
def _weekday(m: re.Match, ctx: _Ctx) -> _Period | None:
    # "am Dienstag": the latest such day on or before the reference (news reports the past);
    # "nächsten Dienstag", "diese Woche Dienstag": the one in the week the words point at
    if ctx.ref is None:
        return None
    wd = _weekday_name(m.group("wd"))
    ref = ctx.ref
    off = m.group("off")
    if off is None:
        return _day(ref - timedelta(days=(ref.weekday() - wd) % 7))
    k = _OFFSETS[off.lower()]
    if m.group("u") or k != 0:
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=k)
        return _day(monday + timedelta(days=wd))
    return _day(ref + timedelta(days=(wd - ref.weekday()) % 7))  # "diesen Dienstag": the coming one


def _weekday_name(s: str) -> int:
    for name, n in _WEEKDAYS.items():
        if s.startswith(name):
            return n
    return 0


@_rule(r"\b(?:zum|am|zu)[ \u00a0]+(?:wochenauftakt|wochenbeginn|wochenstart|beginn[ \u00a0]+der[ \u00a0]+woche)\b|\bat the start of the week\b")
def _week_start(m: re.Match, ctx: _Ctx) -> _Period | None:
    if ctx.ref is None:
        return None
    return _day(ctx.ref - timedelta(days=ctx.ref.weekday()))


@_rule(rf"\b(?:(?P<off>{_OFFSET}|am|at the|this){_S})(?:wochenende|weekend)\b")
def _weekend(m: re.Match, ctx: _Ctx) -> _Period | None:
    if ctx.ref is None:
        return None
    k = _OFFSETS.get(m.group("off").lower(), 0)
    saturday = ctx.ref - timedelta(days=ctx.ref.weekday()) + timedelta(days=5, weeks=k)
    return _Period(saturday, saturday + timedelta(days=2), "week", _week(saturday - timedelta(days=5)).value)


@_rule(rf"\b(?:(?P<off>{_OFFSET}){_S})(?P<u>woche|monat|monats|jahr|jahres|jahrs|quartal|quartals|halbjahr|halbjahres|week|month|year|quarter)\b")
def _relative_period(m: re.Match, ctx: _Ctx) -> _Period | None:
    # "diese Woche", "im vergangenen Monat", "nächstes Jahr", "last quarter"
    if ctx.ref is None:
        return None
    unit = _UNIT_OF[m.group("u").lower()]
    k = _OFFSETS[m.group("off").lower()]
    return _unit_period(_add(_unit_period(ctx.ref, unit).start, unit, k), unit)


@_rule(r"\b(?:(?:im|des|dem|in the|the)[ \u00a0]+)?(?P<w>vorjahr(?:es|s)?|vormonat(?:s)?|vorwoche|vorquartal(?:s)?|vorjahresquartal(?:s)?|year[ -]earlier[ \u00a0]+period|prior[ \u00a0]+year)\b")
def _previous_unit(m: re.Match, ctx: _Ctx) -> _Period | None:
    if ctx.ref is None:
        return None
    w = m.group("w").lower()
    if w.startswith("vorjahresquartal"):
        q = _unit_period(ctx.ref, "quarter")
        return _unit_period(_add_months(q.start, -12), "quarter")
    unit = "year" if w.startswith(("vorjahr", "year", "prior")) else "month" if w.startswith("vormonat") \
        else "week" if w.startswith("vorwoche") else "quarter"
    return _unit_period(_add(_unit_period(ctx.ref, unit).start, unit, -1), unit)


@_rule(rf"\b(?P<part>{_PART})[ \u00a0]+(?:des|dieses|the|this)[ \u00a0]+(?P<u>jahres|year|monats|month)\b"
       r"|\b(?P<jw>jahresende|jahresanfang|jahresbeginn|jahresmitte|monatsende|monatsanfang)\b"
       r"|\b(?P<en>earlier|later)[ \u00a0]+this[ \u00a0]+year\b")
def _part_of_current(m: re.Match, ctx: _Ctx) -> _Period | None:
    # "Anfang des Jahres", "zum Jahresende", "end of the year": of the publication year
    if ctx.ref is None:
        return None
    if m.group("en"):
        return _year(ctx.ref.year)
    if m.group("jw"):
        jw = m.group("jw").lower()
        unit = "year" if jw.startswith("jahres") else "month"
        part = "late" if jw.endswith("ende") else "mid" if jw.endswith("mitte") else "early"
    else:
        unit = _UNIT_OF[m.group("u").lower()]
        part = _PARTS[m.group("part").lower()]
    return _part_of(_unit_period(ctx.ref, unit), part)


@_rule(rf"\b(?:(?:die|den|in[ \u00a0]+den|in[ \u00a0]+the|the|over[ \u00a0]+the|within[ \u00a0]+the){_S})?"
       rf"(?P<off>nächsten|kommenden|letzten|vergangenen|next|last|past|coming){_S}"
       rf"(?P<n>{_COUNT}){_S}(?P<u>tage|tagen|wochen|monate|monaten|jahre|jahren|days|weeks|months|years)\b")
def _last_next_n(m: re.Match, ctx: _Ctx) -> _Period | None:
    # "die nächsten 3 Tage" (from tomorrow), "die letzten 3 Wochen" (up to the reference)
    n = _count(m.group("n"))
    if ctx.ref is None or not n:
        return None
    unit = _UNIT_OF[m.group("u").lower()]
    if _OFFSETS[m.group("off").lower()] > 0:
        s = ctx.ref + timedelta(days=1)
        return _Period(s, _add(s, unit, n), "day", f"{s.isoformat()}/P{n}{unit[0].upper()}")
    s = _add(ctx.ref, unit, -n)
    return _Period(s, ctx.ref, "day", f"{s.isoformat()}/P{n}{unit[0].upper()}")


@_rule(rf"\b(?:vor{_S}(?P<n1>{_COUNT}){_S}(?P<u1>tagen|tag|wochen|woche|monaten|monat|jahren|jahr)"
       rf"|in{_S}(?P<n2>{_COUNT}){_S}(?P<u2>tagen|tag|wochen|woche|monaten|monat|jahren|jahr|days?|weeks?|months?|years?)"
       rf"|(?P<n3>{_COUNT}){_S}(?P<u3>days?|weeks?|months?|years?){_S}ago)\b")
def _ago_in(m: re.Match, ctx: _Ctx) -> _Period | None:
    # "vor drei Tagen", "in zwei Wochen", "three days ago"
    if ctx.ref is None:
        return None
    for i, sign in (("1", -1), ("2", 1), ("3", -1)):
        if m.group("n" + i):
            n = _count(m.group("n" + i))
            if n is None:
                return None
            unit = _UNIT_OF[m.group("u" + i).lower()]
            d = _add(ctx.ref, unit, sign * n)
            return _day(d) if unit in ("day", "week") else _unit_period(d, unit)
    return None


@_rule(rf"\b(?:der{_S}|the{_S})?(?P<o>{_ORD}){_S}(?:woche|week){_S}(?:des{_S}monats|of{_S}the{_S}month|(?:im|des|in|of){_S}(?P<m>{_MONTH})s?)")
def _week_of_month(m: re.Match, ctx: _Ctx) -> _Period | None:
    if ctx.ref is None:
        return None
    n = _ORDINALS.get(m.group("o").lower(), 0)
    if n == 0 or n > 5:
        return None
    month = _MONTHS[m.group("m")] if m.group("m") else None

    def make(y: int, mon: int) -> _Period:
        first = date(y, mon, 1)
        if n == -1:
            last = _add_months(first, 1) - timedelta(days=1)
            return _week(last - timedelta(days=last.weekday()))
        return _week(first - timedelta(days=first.weekday()) + timedelta(weeks=n - 1))

    if month is None:
        return make(ctx.ref.year, ctx.ref.month)
    return _nearest(ctx.ref, lambda y: make(y, month))


@_rule(rf"\b(?:der{_S})?rest{_S}(?:der|dieser|des|of{_S}the|of{_S}this){_S}(?P<u>woche|monats|jahres|week|month|year)\b")
def _rest_of(m: re.Match, ctx: _Ctx) -> _Period | None:
    if ctx.ref is None:
        return None
    p = _unit_period(ctx.ref, _UNIT_OF[m.group("u").lower()])
    return _Period(ctx.ref, p.end, "day", f"{ctx.ref.isoformat()}/{p.end.isoformat()}")


@_rule(rf"\b(?:(?P<off>{_OFFSET}|im|in|the){_S})?(?P<s>frühling|frühjahr|sommer|herbst|winter|spring|summer|autumn|fall)"
       rf"(?:{_S}(?P<y>{_YEAR}))?\b")
def _season(m: re.Match, ctx: _Ctx) -> _Period | None:
    start_month = _SEASONS[m.group("s").lower()]
    off = (m.group("off") or "").lower()

    def season_of(y: int) -> _Period:
        s = date(y, start_month, 1)
        return _Period(s, _add_months(s, 3), "quarter", f"{y:04d}-{SEASON_CODE_OF_MONTH[start_month]}")

    if m.group("y"):
        return season_of(int(m.group("y")))
    if not off or ctx.ref is None:
        return None
    if off in _OFFSETS:
        return season_of(ctx.ref.year + _OFFSETS[off])
    # "im Herbst" in a February article is the autumn before, like a month without a year
    return _nearest(ctx.ref, season_of)


# --- ranges ------------------------------------------------------------------------------------

_DAY_RANGE_RE = re.compile(
    rf"\b(?:(?P<ctx>(?:diesen|nächsten|kommenden|letzten|vergangenen){_S}monat|im{_S}(?P<cm>{_MONTH})){_S})?"
    rf"(?P<open>vom|von|zwischen(?:{_S}dem)?|ab{_S}dem){_S}(?P<d1>{_DAY})\.(?:[ \u00a0]?(?P<m1>{_MONTH}))?"
    rf"(?:{_S}(?P<y1>{_YEAR}))?{_S}(?:bis(?:{_S}zum)?|und(?:{_S}dem)?|-|–){_S}"
    rf"(?:{_WEEKDAY},?{_S}(?:den{_S})?)?(?P<d2>{_DAY})\.(?:[ \u00a0]?(?P<m2>{_MONTH}))?(?:{_S}(?P<y2>{_YEAR}))?",
    _FLAGS,
)


def _day_range(m: re.Match, ctx: _Ctx) -> _Period | None:
    """"vom 3. bis zum 12. September", "zwischen dem 2. und dem 22. Oktober": the month and year of
    the second day apply to the first; with none, the month the words before name or the reference's."""
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    m2 = _MONTHS[m.group("m2")] if m.group("m2") else None
    m1 = _MONTHS[m.group("m1")] if m.group("m1") else m2
    y = _year_of(m.group("y2") or m.group("y1"), ctx.ref)
    if m1 is None:
        if m.group("cm"):
            m1 = m2 = _MONTHS[m.group("cm")]
        elif ctx.ref is None:
            return None
        else:
            base = ctx.ref
            if m.group("ctx"):
                k = _OFFSETS[m.group("ctx").split()[0].lower()]
                base = _add_months(date(ctx.ref.year, ctx.ref.month, 1), k)
                y = base.year
            m1 = m2 = base.month
            y = y or base.year
    m2 = m2 or m1
    if y is None:
        if ctx.ref is None:
            return None
        start = _nearest(ctx.ref, lambda yy: (lambda x: _day(x) if x else None)(_safe_date(yy, m1, d1)))
        y = start.start.year if start else ctx.ref.year
    a, b = _safe_date(y, m1, d1), _safe_date(y, m2, d2)
    if a is None or b is None or b < a:
        return None
    return _Period(a, b + timedelta(days=1), "day", f"{a.isoformat()}/{b.isoformat()}")


_RANGE_GAP_RE = re.compile(r"[ \u00a0]*(?P<c>bis(?:[ \u00a0]+(?:zum|zur|ende|mitte))?|-|–|und|to|through|until|and)[ \u00a0]*", re.IGNORECASE)
_RANGE_OPEN_RE = re.compile(r"\b(?P<o>zwischen|between|von|vom|from)[ \u00a0]+$", re.IGNORECASE)


# --- relative to the previous date -------------------------------------------------------------

_ANCHOR_RE, _ANCHOR_FOLDED = _compile(
    rf"\b(?:(?P<n>{_COUNT}){_S}(?P<u>tage|tagen|tag|wochen|woche|monate|monat|jahre|jahr|days?|weeks?|months?|years?)"
    rf"{_S}(?P<dir>später|danach|darauf|zuvor|vorher|früher|later|afterwards|earlier|before)"
    rf"|(?P<same>kurz{_S}darauf|kurz{_S}danach|wenig{_S}später|shortly{_S}after(?:wards)?|soon{_S}after(?:wards)?)"
    rf"|(?:im|am|in{_S}the|that|the){_S}(?:selben|gleichen|same){_S}(?P<su>monat|jahr|tag|quartal|month|year|day|quarter)"
    rf"|(?:im{_S})?(?P<fw>folgejahr|folgemonat|folgequartal)"
    rf"|(?:im|in{_S}the|the){_S}(?:darauffolgenden|folgenden|following|next){_S}(?P<fu>jahr|monat|quartal|year|month|quarter)"
    rf"|(?:im|ein){_S}(?P<ju>jahr|monat){_S}(?:darauf|danach|später))\b",
    _FLAGS,
)
_COARSENESS = {p: i for i, p in enumerate(("day", "week", "month", "quarter", "half", "year", "decade"))}


def _from_anchor(m: re.Match, anchor: _Period | None) -> _Period | None:
    if anchor is None:
        return None
    if m.group("same"):
        return anchor
    if m.group("su"):
        unit = _UNIT_OF[m.group("su").lower()]
        if _COARSENESS[anchor.precision] > _COARSENESS.get(unit, 0):
            return None  # "the same day" after "2025" names no day we know
        return _unit_period(anchor.start, unit)
    unit: str
    n = 1
    if m.group("fw") or m.group("fu") or m.group("ju"):
        # "im Folgejahr", "the following month": the whole next calendar unit
        word = (m.group("fw") or m.group("fu") or m.group("ju")).lower()
        unit = {"folgejahr": "year", "folgemonat": "month", "folgequartal": "quarter"}.get(word) or _UNIT_OF[word]
        return _unit_period(_add(anchor.start, unit, 1), unit)
    else:
        count = _count(m.group("n"))
        if count is None:
            return None
        unit = _UNIT_OF[m.group("u").lower()]
        n = count if m.group("dir").lower() in ("später", "danach", "darauf", "later", "afterwards") else -count
    shifted = _add(anchor.start, unit, n)
    if anchor.precision == "day":
        return _day(shifted)
    # keep the coarser of the two precisions: "Juni 2025 ... drei Monate später" is a month
    precision = max(anchor.precision, unit, key=lambda p: _COARSENESS.get(p, 0))
    return _unit_period(shifted, "year" if precision == "decade" else precision)


# --- driver ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    period: _Period | None
    anchor_match: re.Match | None = None


# Every rule needs a trigger of some category (a digit, a month, a weekday, a calendar word). One
# pass finds the triggers; each rule then runs only on short windows around triggers of its own
# categories instead of over the whole text.
_TRIGGERS: dict[str, list[str]] = {"month": list(_MONTHS), "weekday": list(_WEEKDAYS), **_DW["triggers"]}
_TRIGGER_CATEGORY: dict[str, set[str]] = {}
for _cat, _words in _TRIGGERS.items():
    for _w in _words:
        for _form in {_w, _w.capitalize(), _w.upper() if len(_w) <= 2 else _w}:
            _TRIGGER_CATEGORY.setdefault(_form, set()).add(_cat)
# A flat alternation whose every branch starts with a literal character: `re` then skips to the
# possible first characters with a fast scan. Same matches as `[0-9]+|<trie of the words>`: a digit
# run wins over the words that start with a digit ("3Q"), so those never trigger and are left out.
_TRIGGER_RE = re.compile("|".join([f"{d}[0-9]*" for d in "0123456789"]
                                  + trie_branches(w for w in _TRIGGER_CATEGORY if not w[0].isdigit())))


def _starts_pattern(words: list[str]) -> str:
    """Matches one character where one of `words` starts (overlapping starts all found)."""
    rests: dict[str, set[str]] = {}
    for w in words:
        rests.setdefault(w[0], set()).add(w[1:])
    return "|".join(re.escape(c) if "" in r else re.escape(c) + "(?=" + trie_pattern(r) + ")"
                    for c, r in sorted(rests.items()))


# Where a trigger can start: digit runs; words with a capital, with one of the most frequent letters
# of German and English text, with another lower-case letter first. Split so, each scan stops at
# few characters; together they take less time than `_TRIGGER_RE` over the whole text, which then
# runs only at these positions.
_TRIGGER_WORDS = [w for w in _TRIGGER_CATEGORY if not w[0].isdigit()]
_FREQUENT = "enrtas"
# (a digit run as "[0-9][0-9]*": `re` skips fast to a first character of a set, not of a repeat)
_TRIGGER_START_RES = [re.compile(r"[0-9][0-9]*")] + [re.compile(_starts_pattern(group)) for group in (
    [w for w in _TRIGGER_WORDS if not w[0].islower()],
    [w for w in _TRIGGER_WORDS if w[0].islower() and w[0] in _FREQUENT],
    [w for w in _TRIGGER_WORDS if w[0].islower() and w[0] not in _FREQUENT],
) if group]


def _triggers(text: str) -> list[re.Match]:
    """What `_TRIGGER_RE.finditer(text)` yields."""
    starts = [m.start() for rx in _TRIGGER_START_RES for m in rx.finditer(text)]
    starts.sort()
    match = _TRIGGER_RE.match
    out: list[re.Match] = []
    end = 0
    for p in starts:
        if p < end:
            continue
        m = match(text, p)
        while m is not None:
            out.append(m)
            end = m.end()
            # a trigger such as "Q1" can end inside a digit run ("Q12"), which then goes on there
            m = match(text, end) if end < len(text) and text[end].isdigit() and text[end - 1].isdigit() else None
    return out

# What every match of a rule contains, searched (without IGNORECASE) in `fold(text)` within a
# window before the rule runs there: a rule costs a scan of each window, a missing cue rules the
# window out at once. (True: searched in `text`, for the case-sensitive `_quarter_code`.)
_S_ = r"[ \u00a0]"
_MUST: dict[str, tuple[re.Pattern, bool]] = {name: (re.compile(rx), orig) for name, rx, orig in (
    ("_german_day", r"[0-9]\.", False),
    ("_bare_day", rf"[mn]{_S_}+[0-9]{{1,2}}\.", False),
    ("_iso_day", r"[0-9][-/.][0-9]{1,2}[-/.][0-9]", False),
    ("_slash_day", r"[0-9][/-][0-9]{1,2}[/-][0-9]", False),
    ("_slash_day_month", r"[0-9]/[0-9]", False),
    ("_numeric_month", rf"[0-9]{_S_}{{0,2}}[-/.]{_S_}{{0,2}}[0-9]", False),
    ("_year_rule", r"(?:19|20)[0-9][0-9]", False),
    ("_decade_rule", r"0er|0s|ziger|tausender", False),
    ("_quarter_code", r"Q[1-4]|[1-4]Q|H[12]", True),
    ("_calendar_week", rf"(?:kw|kalenderwoche|week){_S_}*[0-9]", False),
    ("_week_start", r"woche|week", False),
    ("_weekend", r"wochenende|weekend", False),
    ("_relative_period", r"(?:woche|monat|monats|jahr|jahres|jahrs|quartal|quartals|halbjahr|halbjahres"
                         r"|week|month|year|quarter)\b", False),
    ("_previous_unit", r"vorjahr|vormonat|vorwoche|vorquartal|earlier|prior", False),
    ("_part_of_current", r"jahres|year|monats|month", False),
    ("_last_next_n", rf"(?:nächsten|kommenden|letzten|vergangenen|next|last|past|coming){_S_}+{_COUNT}{_S_}+"
                     r"(?:tage|tagen|wochen|monate|monaten|jahre|jahren|days|weeks|months|years)\b", False),
    ("_ago_in", rf"vor{_S_}+{_COUNT}{_S_}+(?:tag|woche|monat|jahr)"
                rf"|in{_S_}+{_COUNT}{_S_}+(?:tag|woche|monat|jahr|day|week|month|year)|ago", False),
    ("_week_of_month", rf"(?:woche|week){_S_}+(?:des|of|im|in){_S_}", False),
    ("_rest_of", rf"rest{_S_}+(?:der|dieser|des|of){_S_}", False),
    ("_day_range", rf"(?:vom|von|zwischen|dem){_S_}+[0-9]{{1,2}}\.", False),
)}
_RULE_CATEGORIES: dict[str, tuple[str, ...]] = {
    "_german_day": ("digit",), "_bare_day": ("digit",), "_ordinal_day": ("month",),
    "_english_mdy": ("month",), "_english_dmy": ("month",), "_iso_day": ("digit",),
    "_slash_day": ("digit",), "_slash_day_month": ("digit",), "_numeric_month": ("digit",),
    "_month_year": ("month",), "_cued_month": ("month",), "_year_rule": ("digit",),
    "_decade_rule": ("digit", "decade"), "_quarter_words": ("quarter",), "_quarter_code": ("quarter", "digit"),
    "_calendar_week": ("rel",), "_deictic_day": ("deictic",), "_weekday": ("weekday",),
    "_week_start": ("rel",), "_weekend": ("rel",), "_relative_period": ("rel",),
    "_previous_unit": ("rel",), "_part_of_current": ("rel",), "_last_next_n": ("rel",),
    "_ago_in": ("rel",), "_week_of_month": ("rel",), "_rest_of": ("rel",), "_season": ("season",),
}
# The cues of all rules of the digit category in one pattern, to rule out a window for all of them
# at once. (Not for the "rel" category: its cues are too many, one pattern of all is slower.)
_CATEGORY_MUST: dict[str, re.Pattern] = {
    cat: re.compile("|".join(f"(?:{_MUST[name][0].pattern})" for name in names))
    for cat in ("digit",)
    if (names := [name for name, cats in _RULE_CATEGORIES.items()
                  if cat in cats and name in _MUST and not _MUST[name][1]] + ["_day_range"])
}
_WINDOW_BEFORE = 50
_WINDOW_AFTER = 70


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Merged [start, end) windows around the triggers of each category."""
    out: dict[str, list[tuple[int, int]]] = {cat: [] for cat in list(_TRIGGERS) + ["digit"]}
    n = len(text)
    for m in _triggers(text):
        tok = m.group()
        if tok[0].isdigit():
            cats: set[str] | tuple[str, ...] = ("digit",) if tok[-1].isdigit() else _TRIGGER_CATEGORY.get(tok, ())
        else:
            # a trigger word must start a word ("Wochenende" yes, "Arbeitswoche" no matter: rules check)
            cats = _TRIGGER_CATEGORY.get(tok, ())
        s, e = max(0, m.start() - _WINDOW_BEFORE), min(n, m.end() + _WINDOW_AFTER)
        for cat in cats:
            wins = out[cat]
            if wins and s <= wins[-1][1]:
                wins[-1] = (wins[-1][0], max(wins[-1][1], e))
            else:
                wins.append((s, e))
    return out


def _collect(text: str, ctx: _Ctx) -> list[_Cand]:
    cands: list[_Cand] = []
    seen: set[tuple[int, int, int]] = set()
    windows = _windows(text)
    low = fold(text)
    # per window of a category: whether any cue of the category's rules is there
    gate = {cat: [rx.search(low, ws, we) is not None for ws, we in windows[cat]] for cat, rx in _CATEGORY_MUST.items()}
    must = _MUST["_day_range"][0].search
    ok = gate.get("digit")
    for k, (ws, we) in enumerate(windows["digit"]):
        if (ok is not None and not ok[k]) or must(low, ws, we) is None:
            continue
        for m in _DAY_RANGE_RE.finditer(text, ws, we):
            if (-2, m.start(), m.end()) not in seen:
                seen.add((-2, m.start(), m.end()))
                p = _day_range(m, ctx)
                if p:
                    cands.append(_Cand(m.start(), m.end(), p))
    for i, (rx, fn, folded) in enumerate(_RULES):
        scan = low if folded else text
        cue = _MUST.get(fn.__name__)
        for cat in _RULE_CATEGORIES[fn.__name__]:
            ok = gate.get(cat) if cue is not None and not cue[1] else None
            for k, (ws, we) in enumerate(windows[cat]):
                if cue is not None:
                    if ok is not None and not ok[k]:
                        continue
                    if cue[0].search(text if cue[1] else low, ws, we) is None:
                        continue
                for m in rx.finditer(scan, ws, we):
                    key = (i, m.start(), m.end())
                    if key in seen:
                        continue
                    seen.add(key)
                    if fn is _year_rule and not _bare_year_ok(text, m):
                        continue
                    try:
                        p = fn(m, ctx)
                    except (ValueError, OverflowError):
                        p = None  # a date outside what `datetime` holds
                    if p is not None:
                        cands.append(_Cand(m.start(), m.end(), p))
    for ws, we in windows["anchor"]:
        for m in _ANCHOR_RE.finditer(low if _ANCHOR_FOLDED else text, ws, we):
            key = (-1, m.start(), m.end())
            if key not in seen:
                seen.add(key)
                cands.append(_Cand(m.start(), m.end(), None, m))
    return cands


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Among overlapping candidates the longest wins; a candidate overlapping a kept one is dropped.

    Candidates are swept in start order into clusters of mutually chained overlaps, and only
    each (small) cluster is sorted by length, so the work stays O(n log n) on huge texts.
    """
    kept: list[_Cand] = []
    cluster: list[_Cand] = []
    cluster_end = -1
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if cluster and c.start >= cluster_end:
            kept += _select_cluster(cluster)
            cluster = []
        cluster.append(c)
        cluster_end = max(cluster_end, c.end) if len(cluster) > 1 else c.end
    kept += _select_cluster(cluster)
    kept.sort(key=lambda c: c.start)
    return kept


def _select_cluster(cluster: list[_Cand]) -> list[_Cand]:
    kept: list[_Cand] = []
    for c in sorted(cluster, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return kept


def _merge_ranges(text: str, items: list[tuple[int, int, _Period]]) -> list[tuple[int, int, _Period]]:
    """"von Januar bis März 2025", "zwischen 2025 und 2028", "von heute bis morgen": one period."""
    out: list[tuple[int, int, _Period]] = []
    for s, e, p in items:
        if out:
            ps, pe, pp = out[-1]
            merged = _range_between(text, ps, pe, pp, s, p)
            if merged is not None:
                out[-1] = (merged[0], e, merged[1])
                continue
        out.append((s, e, p))
    return out


def _range_between(text: str, ps: int, pe: int, a: _Period, s: int, b: _Period) -> tuple[int, _Period] | None:
    gap = _RANGE_GAP_RE.fullmatch(text, pe, s)
    if gap is None:
        return None
    conn = gap.group("c").lower()
    opener = _RANGE_OPEN_RE.search(text, max(0, ps - 10), ps)
    if conn in ("und", "and"):
        # "2025 und 2026" lists two years; "zwischen 2025 und 2026" spans them
        if opener is None or opener.group("o").lower() not in ("zwischen", "between"):
            return None
    elif opener is None and a.precision != b.precision:
        return None  # "Juni bis Ende 2028"-like mixes without "von" stay apart
    if conn.endswith(("ende", "mitte")):
        b = _part_of(b, "late" if conn.endswith("ende") else "mid")
    merged = _span(a, b)
    if merged is None:
        return None
    return (opener.start() if opener else ps), merged


def find_dates(text: str, published: date | None = None) -> list[DateMention]:
    """Every date expression of `text`, sorted by start and non-overlapping.

    `published` is the reference for relative expressions; None skips those that need it.
    """
    if not text:
        return []
    ctx = _Ctx(published)
    items: list[tuple[int, int, _Period]] = []
    anchor: _Period | None = None
    for c in _select(_collect(text, ctx)):
        p = c.period
        if c.anchor_match is not None:
            base = anchor if anchor is not None else (_day(published) if published else None)
            try:
                p = _from_anchor(c.anchor_match, base)
            except (ValueError, OverflowError):
                p = None
        if p is None:
            continue
        items.append((c.start, c.end, p))
        if "/" not in p.value and (published is None or p.start <= published):
            # a target after the article ("by 2029", "from 2026") or a span ("between 2025
            # and 2028") is not where the story stands: "the same day" after it still means
            # the last event reported
            anchor = p
    items = _merge_ranges(text, items)
    return [DateMention(text[s:e], s, e, p.value, p.precision, p.start, p.end) for s, e, p in items]
