"""Money amounts: a number with a currency on either side, in German and English.

Reads the numbers of `desktop.extraction.numbers` (so "1,5 Mio.", "zehn Milliarden", "$10bn"
parse one way everywhere) and keeps those with a currency right before ("$", "USD 5") or right
after ("Euro", "-Dollar-Vertrag", "Neue Taiwan Dollar"). Then it widens each amount by what is
around it: a qualifier before ("rund", "bis zu", "more than"), a range partner ("zwischen 1 und
5 Milliarden US-Dollar", where the scale and currency of the second number apply to the first)
and a rate ("jährlich", "pro Jahr", "a year").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from desktop.extraction.mentions import AmountMention
from desktop.extraction.numbers import (ScannedNumber, detect_language, finditer_from, fold, literal_starts,
                                       scan_numbers, trie_pattern)
from desktop.resources import load_json

__all__ = ["find_amounts"]

_CUR = load_json("currencies.json")
_SYMBOLS: dict[str, str] = _CUR["symbols"]
_CODES: dict[str, str] = {c: _CUR["code_aliases"].get(c, c) for c in _CUR["codes"]}
_NAMES: dict[str, str] = dict(_CUR["names"])
# words that name one of several currencies map to "*group" until the article tells which
_BY_COUNTRY: dict[str, dict] = {k: v for k, v in _CUR["by_country"].items() if not k.startswith("_")}
for _group, _spec in _BY_COUNTRY.items():
    for _word in _spec["words"]:
        _NAMES.setdefault(_word, "*" + _group)


def _name_regex(name: str) -> str:
    """"kanadisch~ dollar" -> a regex: "~" takes a German adjective ending, a space a space or hyphen."""
    out = []
    for part in name.split(" "):
        piece = re.escape(part.rstrip("~"))
        if part.endswith("~"):
            piece += "(?:e[nrms]?)?"
        out.append(piece)
    return r"[ \u00a0-]".join(out)


def _alternation(items: list[str]) -> str:
    # longest first, so "US-Dollar" wins over "US" and "Neue Taiwan Dollar" over "Dollar"
    return "|".join(sorted(items, key=len, reverse=True))


_SYM_RE = _alternation([re.escape(s) for s in _SYMBOLS])
_CODE_RE = _alternation(list(_CODES))
_NAME_RE = _alternation([_name_regex(n) for n in _NAMES])
_NAME_LOOKUP_RES = [(re.compile(_name_regex(n)), c) for n, c in _NAMES.items()]

# a currency right after the number: "3 $", "15.000€", "5 Mio. Euro", "30-Milliarden-Dollar-Vertrag"
_AFTER_RE = re.compile(
    rf"(?:[ \u00a0\u202f]{{0,2}}|-)(?:(?P<sym>{_SYM_RE})|(?P<code>{_CODE_RE})\b"
    rf"|(?i:(?P<name>{_NAME_RE}))(?![^\W\d_]))"
)
# a currency right before the number: "$10bn", "€5.5 billion", "USD 5", "US$ 3"
_BEFORE_RE = re.compile(rf"(?:(?P<sym>{_SYM_RE})|\b(?P<code>{_CODE_RE}))[ \u00a0]?$")
_BEFORE_WINDOW = 8

_QUALIFIERS = {
    "approx": ["rund", "etwa", "circa", "ca.", "zirka", "knapp", "fast", "beinahe", "nahezu",
               "ungefähr", "annähernd", "gut", "schätzungsweise", "geschätzt", "about", "around",
               "roughly", "approximately", "nearly", "almost", "some", "an estimated", "approx."],
    "at_least": ["über", "mehr als", "mindestens", "weit über", "deutlich über", "more than",
                 "over", "at least", "upwards of", "in excess of", "north of"],
    "up_to": ["bis zu", "bis", "up to", "maximal", "höchstens", "weniger als", "unter",
              "as much as", "less than", "under", "no more than", "nicht mehr als"],
}
_QUAL_OF = {w: q for q, words in _QUALIFIERS.items() for w in words}
_QUAL_RE = re.compile(
    rf"(?:^|(?<![^\W\d_]))(?P<q>{_alternation([re.escape(w) for w in _QUAL_OF])})[ \u00a0]+$",
    re.IGNORECASE,
)
_QUAL_WINDOW = 24

_YEARLY_BEFORE_RE = re.compile(
    r"(?:^|(?<![^\W\d_]))(?:jährlich|pro Jahr|jedes Jahr|annually|per year|each year|every year|yearly)[ \u00a0,]+$",
    re.IGNORECASE,
)
_YEARLY_AFTER_RE = re.compile(
    r"[ \u00a0,]*(?:pro Jahr|jährlich|jedes Jahr|im Jahr(?![ \u00a0]*[0-9])|per year|per annum|annually"
    r"|a year(?![ \u00a0]+(?:ago|earlier|later|before))|each year|every year|p\.[ \u00a0]?a\.|/Jahr|/year)\b",
    re.IGNORECASE,
)
# "monatlich rund 85.000 Euro", "40.000 Euro im Monat", "€40,000 a month"
_MONTHLY_BEFORE_RE = re.compile(r"\b(?:monatlich|monthly)[^\S\n]+\Z", re.IGNORECASE)
_MONTHLY_AFTER_RE = re.compile(r"[^\S\n]+(?:(?:im|pro|je|per|a|each|every)[^\S\n]+(?:monat|month)\b|monatlich\b)",
                               re.IGNORECASE)

# a range: "zwischen 1 und 5", "15 bis 25", "3-4", "between 1 and 5", "from 1 to 5"
_RANGE_GAP_RE = re.compile(r"[ \u00a0]*(?P<c>bis|-|–|—|und|to|and)[ \u00a0]*", re.IGNORECASE)
_RANGE_OPEN_RE = re.compile(r"(?:^|(?<![^\W\d_]))(?P<o>zwischen|between|von|from)[ \u00a0]+$", re.IGNORECASE)

# "hunderte Milliarden Dollar", "several billion dollars": a floor, not a figure
_VAGUE = {**load_json("number_words.json")["de"]["vague_multiples"],
          **load_json("number_words.json")["en"]["vague_multiples"]}
# matched on `fold(text)` (no IGNORECASE) where a vague word starts
_VAGUE_RE = re.compile(
    rf"(?P<v>{trie_pattern(_VAGUE, word_start=True)})(?:[ \u00a0]+of)?[ \u00a0]+"
    r"(?P<s>milliarden|millionen|billionen|mrd\.|mio\.|billions|billion|millions|million|trillions|trillion)"
    r"(?:[ \u00a0]+of)?(?=[ \u00a0])",
)
_VAGUE_SCALES = {"milliarden": 1e9, "mrd.": 1e9, "millionen": 1e6, "mio.": 1e6, "billionen": 1e12,
                 "billion": 1e9, "billions": 1e9, "million": 1e6, "millions": 1e6,
                 "trillion": 1e12, "trillions": 1e12}


class _Draft:
    """An amount while it is being widened (AmountMention is frozen)."""

    __slots__ = ("start", "end", "value", "currency", "qualifier", "value_max", "per_year", "per_month", "num_index")

    def __init__(self, start: int, end: int, value: float, currency: str, num_index: int) -> None:
        self.start, self.end, self.value, self.currency = start, end, value, currency
        self.qualifier = "exact"
        self.value_max: float | None = None
        self.per_year = False
        self.per_month = False
        self.num_index = num_index


def _currency_of(m: re.Match) -> str:
    if m.group("sym"):
        return _SYMBOLS[m.group("sym")]
    if m.group("code"):
        return _CODES[m.group("code")]
    return _lookup_name(m.group("name"))


@lru_cache(maxsize=256)
def _lookup_name(found: str) -> str:
    low = found.lower()
    for rx, code in _NAME_LOOKUP_RES:  # few names; only runs once per found amount
        if rx.fullmatch(low):
            return code
    return "USD"


@lru_cache(maxsize=8)
def _by_country(text: str, group: str) -> str:
    """The currency a word like "Kronen" names in this article: the one whose country the
    text mentions most ("norwegische", "Oslo"), else the group's default. Counted once per
    article, however many of its amounts use the word."""
    spec = _BY_COUNTRY[group]
    low = fold(text)
    counts = {code: sum(low.count(cue) for cue in cues) for code, cues in spec["cues"].items()}
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] else spec["default"]


# "$24 billion" but not "US$", "A$" or "NT$"
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z.-])\$")


# "$24 billion (US$16.1 billion)", "$24 billion, or US$16.1 billion": a bare-dollar figure
# converted into US dollars
# (the "$" first, the letter before it checked after it: `re` then skips from one "$" to the next
# instead of trying the lookbehind at every position of the article)
_LOCAL_DOLLAR_CONVERTED = re.compile(
    r"\$(?<![A-Za-z.-]\$)\s?\d[^()$]{0,30}(?:\(\s*|,\s*or\s+(?:about\s+|around\s+|roughly\s+)?)(?:US\$|US-\$|U\.S\.\$)")


@lru_cache(maxsize=8)
def _writes_us_dollar(text: str) -> bool:
    """Whether the article converts its bare-dollar figures into US dollars: then its "$" is
    the local dollar of the country it is about (Australian in a Sydney paper)."""
    return _LOCAL_DOLLAR_CONVERTED.search(text) is not None


def _currency_after(text: str, n: ScannedNumber) -> tuple[int, str] | None:
    m = _AFTER_RE.match(text, n.end)
    return (m.end(), _currency_of(m)) if m else None


def _currency_before(text: str, n: ScannedNumber) -> tuple[int, str] | None:
    window_start = max(0, n.start - _BEFORE_WINDOW)
    m = _BEFORE_RE.search(text[window_start:n.start])
    return (window_start + m.start(), _currency_of(m)) if m else None


def _drafts(text: str, nums: tuple[ScannedNumber, ...]) -> list[_Draft]:
    out: list[_Draft] = []
    for i, n in enumerate(nums):
        if n.kind == "art" and n.scale == 1.0:
            continue  # "einen Dollar" is an article, not a sum worth reporting
        before = _currency_before(text, n)
        after = _currency_after(text, n)
        if before:
            # "$10bn": the symbol is the currency; a word after ("$1 billion mark") is not
            out.append(_Draft(before[0], n.end, n.value, before[1], i))
        elif after and not _year_before_code(text, n, after[0], nums, i):
            out.append(_Draft(n.start, after[0], n.value, after[1], i))
    return out


def _year_before_code(text: str, n: ScannedNumber, currency_end: int, nums: tuple[ScannedNumber, ...],
                      i: int) -> bool:
    """"bis 2028 CHF 380 Mio.": the code opens the next figure; the year is no sum of francs."""
    following = nums[i + 1] if i + 1 < len(nums) else None
    return (n.scale == 1.0 and n.value.is_integer() and 1900 <= n.value <= 2100
            and following is not None and not text[currency_end:following.start].strip())


_RESPECTIVE_GAP_RE = re.compile(r"[ \u00a0]+(?:beziehungsweise|bzw\.|respektive|resp\.)[ \u00a0]+", re.IGNORECASE)


def _respective_partners(text: str, nums: tuple[ScannedNumber, ...], kept: list[_Draft]) -> list[_Draft]:
    """"5 beziehungsweise 10 Milliarden Dollar": the bare number before takes the scale and
    currency of the amount after it, as a sum of its own."""
    out: list[_Draft] = []
    for d in kept:
        if d.num_index == 0:
            continue
        n, p = nums[d.num_index], nums[d.num_index - 1]
        if p.scale != 1.0 or p.kind == "art" or p.end > d.start or not _RESPECTIVE_GAP_RE.fullmatch(text, p.end, d.start):
            continue
        if any(k.start <= p.start < k.end for k in kept):
            continue
        out.append(_Draft(p.start, p.end, p.value * n.scale, d.currency, d.num_index - 1))
    return out


def _merge_range(text: str, nums: tuple[ScannedNumber, ...], d: _Draft, prev: _Draft | None) -> bool:
    """Widen `d` to a range with the number before it; True when `prev` was swallowed."""
    if d.num_index == 0:
        return False
    n = nums[d.num_index]
    p = nums[d.num_index - 1]
    swallowed = prev is not None and prev.num_index == d.num_index - 1
    if swallowed and prev.currency != d.currency:
        return False
    p_end = prev.end if swallowed else p.end
    p_start = prev.start if swallowed else p.start
    if p_end > d.start:
        return False
    gap = _RANGE_GAP_RE.fullmatch(text, p_end, d.start)
    if gap is None:
        return False
    opener = _RANGE_OPEN_RE.search(text, max(0, p_start - 12), p_start)
    conn = gap.group("c").lower()
    if conn in ("und", "and") and (opener is None or opener.group("o").lower() not in ("zwischen", "between")):
        return False
    low = p.value
    if p.scale == 1.0 and n.scale > 1.0:
        low *= n.scale  # "15 bis 25 Milliarden": the scale of the second number applies to the first
    if not 0 < low <= n.value or p.kind == "art" and p.scale == 1.0:
        return False
    d.start = opener.start("o") if opener else p_start
    d.value, d.value_max, d.qualifier = low, n.value, "range"
    return swallowed


_BARE_RANGE_GAP = re.compile(r"[ \u00a0]*[-–—][ \u00a0]*")


def _widen_to_bare_upper_bounds(text: str, nums: tuple[ScannedNumber, ...], kept: list[_Draft]) -> None:
    """"€90-110m", "$5-6bn": the currency stands before the first number, the scale after the
    second, which is no amount of its own. The scale applies to both."""
    taken = {d.num_index for d in kept}
    for d in kept:
        i = d.num_index + 1
        if d.qualifier == "range" or i >= len(nums) or i in taken:
            continue
        p, n = nums[d.num_index], nums[i]
        if n.start < d.end or not _BARE_RANGE_GAP.fullmatch(text, d.end, n.start) or n.scale == 1.0:
            continue
        low = p.value * n.scale if p.scale == 1.0 else p.value
        if 0 < low <= n.value:
            d.value, d.value_max, d.qualifier, d.end = low, n.value, "range", n.end


def _qualify(text: str, d: _Draft) -> None:
    if d.qualifier != "range":
        window_start = max(0, d.start - _QUAL_WINDOW)
        m = _QUAL_RE.search(text, window_start, d.start)
        if m:
            d.qualifier = _QUAL_OF[m.group("q").lower()]
            d.start = m.start("q")
    window_start = max(0, d.start - _QUAL_WINDOW)
    if _YEARLY_BEFORE_RE.search(text, window_start, d.start) or _YEARLY_AFTER_RE.match(text, d.end):
        d.per_year = True
    elif _MONTHLY_BEFORE_RE.search(text, window_start, d.start) or _MONTHLY_AFTER_RE.match(text, d.end):
        d.per_month = True


def _overlaps_taken(starts: list[int], taken: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect.bisect_left(starts, e)  # taken spans are sorted and disjoint enough to check neighbours
    return any(ts < e and s < te for ts, te in taken[max(0, i - 2):i + 1])


def is_vague(a: AmountMention) -> bool:
    """"mehrere Milliarden Euro", "several billion dollars": a floor no one can put a figure on."""
    first = a.text.split(maxsplit=1)[0].lower() if a.text else ""
    return first in _VAGUE


def _vague(text: str, taken: list[tuple[int, int]]) -> list[_Draft]:
    out = []
    starts = [s for s, _ in taken]
    low = fold(text)
    # the vague words are few and rare: find them with `str.find`, run the regex only there
    for m in finditer_from(_VAGUE_RE, low, literal_starts(low, _VAGUE)):
        if _overlaps_taken(starts, taken, m.start(), m.end()):
            continue
        cur = _AFTER_RE.match(text, m.end())
        if cur is None:
            continue
        value = _VAGUE[m.group("v").lower()] * _VAGUE_SCALES[m.group("s").lower()]
        d = _Draft(m.start(), cur.end(), value, _currency_of(cur), -1)
        d.qualifier = "at_least"
        out.append(d)
    return out


def find_amounts(text: str) -> list[AmountMention]:
    """Every sum of money in `text`, sorted by start and non-overlapping."""
    if not text:
        return []
    nums = scan_numbers(text, detect_language(text))
    drafts = _drafts(text, nums)
    kept: list[_Draft] = []
    for d in drafts:
        prev = kept[-1] if kept else None
        if _merge_range(text, nums, d, prev):
            kept.pop()
        kept.append(d)
    _widen_to_bare_upper_bounds(text, nums, kept)
    kept += _respective_partners(text, nums, kept)
    kept.sort(key=lambda d: d.start)
    for d in kept:
        _qualify(text, d)
        if d.currency.startswith("*"):
            d.currency = _by_country(text, d.currency[1:])
        elif d.currency == "USD" and _BARE_DOLLAR.search(text, d.start, d.end) and _writes_us_dollar(text):
            d.currency = _by_country(text, "dollars")
    kept += _vague(text, [(d.start, d.end) for d in kept])
    kept.sort(key=lambda d: d.start)
    out: list[AmountMention] = []
    last_end = -1
    for d in kept:
        if d.start < last_end:
            continue
        out.append(AmountMention(text[d.start:d.end], d.start, d.end, d.value, d.currency,
                                 d.qualifier, d.value_max, d.per_year, d.per_month))
        last_end = d.end
    return out
