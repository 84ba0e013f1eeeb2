"""Number mentions in German and English text: digits, number words, fractions, scale words.

The scanner finds a *head* (digits, a unicode fraction, a German compound number word such as
"dreihundertneunundneunzigtausend", an English number word, or an article that can mean "one")
with one precompiled regex, then extends it to the right with small anchored matches
("zwei Komma drei", "drei halbe", "ein halbes dutzend", "1,5 Mio.", "zwei Millionen
eintausend"). Anchored matches keep the cost linear and free of catastrophic backtracking.

Separators follow the language of the text: German reads `1,4` as 1.4 and `2.000` as 2000;
English reads `1,400` as 1400. A number with both separators (`1,400.5`, `2.000,352`) takes the
last one as the decimal mark, whatever the language.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from desktop.extraction.mentions import NumberMention
from desktop.extraction.regex_tools import (  # noqa: F401  (re-exported for amounts, dates)
    finditer_from, fold, literal_starts, trie_branches, trie_pattern,
)
from desktop.resources import load_json

__all__ = ["find_numbers", "parse_number", "detect_language", "trie_pattern", "trie_branches", "ScannedNumber",
           "scan_numbers", "fold", "finditer_from", "literal_starts"]

_WORDS = load_json("number_words.json")
_DE = _WORDS["de"]
_EN = _WORDS["en"]

# Digit strings longer than this are not quantities a news text means (IDs, noise); float() of
# them would also overflow to inf.
_MAX_DIGITS = 24
_SPACE_CHARS = " \u00a0\u202f\u2009"


# --- vocabulary --------------------------------------------------------------------------------

_DE_UNITS: dict[str, float] = dict(_DE["morphemes"])
_DE_MULT: dict[str, float] = dict(_DE["multipliers"])
_DE_FRAC: dict[str, float] = dict(_DE["fraction_words"])
_DE_SPECIAL: dict[str, float] = dict(_DE["specials"])
_DE_JOIN: str = _DE["joiner"]
# fraction morphemes inside a compound word ("dreiviertel", "zweieinhalb", "einundhalb")
_DE_FRAC_MORPH = {w: d for w, d in _DE_FRAC.items() if w == "halb" or w.endswith("tel")}
_DE_MORPHEMES = set(_DE_UNITS) | set(_DE_MULT) | set(_DE_SPECIAL) | set(_DE_FRAC_MORPH) | {_DE_JOIN}

_EN_UNITS: dict[str, float] = dict(_EN["words"])
_EN_MULT: dict[str, float] = dict(_EN["multipliers"])

_SCALES = {"de": {k: float(v) for k, v in _DE["scales"].items()},
           "en": {k: float(v) for k, v in _EN["scales"].items()}}
_ALL_SCALE_WORDS = set(_SCALES["de"]) | set(_SCALES["en"])

_MORPH_RE = re.compile(trie_pattern(_DE_MORPHEMES))

# --- regexes -----------------------------------------------------------------------------------

_UFRAC = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"
_SP = "[" + _SPACE_CHARS + "]"

# Digits. The first branch reads space-grouped thousands ("12 500", "1 234 567,89"): a leading group
# of 1-3 digits, then groups of exactly three. The second reads everything else as one token
# (separators checked later), so "21.01.2026" stays one (invalid) token instead of two numbers.
# A currency code may stand glued to the digits ("DKK600m", "CHF1.6bn"): the only letters a number
# may follow (the patterns read folded text, so the codes are lower case here)
_GLUED_CODES = "|".join(c.lower() for c in load_json("currencies.json")["codes"] if len(c) == 3)
_DIGITS = (
    rf"(?:(?<![\w.,])|(?<=(?<![\w.,])(?:{_GLUED_CODES})))(?:[0-9]{{1,3}}(?:{_SP}[0-9]{{3}}(?![0-9]))+(?:,[0-9]+)?"
    r"|[0-9]+(?:[.,][0-9]+)*+(?:/[0-9]+)*+)"
    rf"[{_UFRAC}]?"
)
_HEAD_DE = re.compile(
    rf"(?P<dig>{_DIGITS})"
    rf"|(?P<uf>[{_UFRAC}])"
    rf"|\b(?P<art>{trie_pattern(_DE['articles'])})\b"
    rf"|\b(?P<word>(?:{trie_pattern(_DE_MORPHEMES)})++)\b",
)
_HEAD_EN = re.compile(
    rf"(?P<dig>{_DIGITS})"
    rf"|(?P<uf>[{_UFRAC}])"
    rf"|\b(?P<art>an?)\b"
    rf"|\b(?P<word>{trie_pattern(list(_EN_UNITS) + list(_EN_MULT))})\b",
)
_HEAD = {"de": _HEAD_DE, "en": _HEAD_EN}
# Where a head can start (and more): a digit run or a unicode fraction, or the non-word character
# before a word that starts like a number word (the position after it; the text start is tried
# anyway). Two scans, each starting with one character set, which `re` skips to fast; `_HEAD` then
# runs only at these positions. (One pattern for both stopped at every character of either set and
# took twice as long; their matches never overlap, a fraction being a word character.)
_DIGIT_RUN = re.compile(rf"[0-9{_UFRAC}][0-9]*")
_NUMBER_WORD_AFTER = {
    lang: re.compile(rf"[^\w{_UFRAC}](?=[{''.join(sorted({w[0] for w in words}))}])(?:{trie_pattern(words)})")
    for lang, words in (("de", set(_DE["articles"]) | _DE_MORPHEMES),
                        ("en", ["a", "an"] + list(_EN_UNITS) + list(_EN_MULT)))
}

_GAP = rf"(?:{_SP}+|{_SP}*-{_SP}*)"  # between a number and its scale: "30-Milliarden", "5 Mio."
_SCALE_RE = re.compile(
    rf"{_GAP}?(?P<s>{trie_pattern(_ALL_SCALE_WORDS)})(?<=\.)|{_GAP}?(?P<s2>{trie_pattern(_ALL_SCALE_WORDS)})\b",
)
# "10m", "5b", "20k" only after a currency symbol ("$10m"); elsewhere "10m" is ten metres.
_SHORT_SCALE_RE = re.compile(r"(?P<s>[mbk])\b")
_SHORT_SCALE = {"m": 1e6, "b": 1e9, "k": 1e3}
_CRORE = 1e7
_CURRENCY_SYMBOLS = "$€£¥₩₹"
_SYMBOL_RANGE_BEFORE = re.compile(r"[$€£¥₩₹][ \u00a0]?[0-9][0-9.,]*(?:mn|bn|[mbk])?[ \u00a0]?[-–][ \u00a0]?$")
_CODE_BEFORE = re.compile(rf"(?<![\w])(?:{_GLUED_CODES.upper()})[ \u00a0]?$")  # "GBP 20m", "DKK600m"
_DAY_MONTH_RE = re.compile(r"[0-9]{1,2}\.[0-9]{1,2}$")

_DE_WORD_RE = re.compile(rf"(?:{trie_pattern(_DE_MORPHEMES)})++\b")
_DE_ART_RE = re.compile(rf"(?:{trie_pattern(_DE['articles'])})\b")
_KOMMA_RE = re.compile(rf"{_SP}+{_DE['decimal_word']}{_SP}+")
_DE_FRAC_WORD_RE = re.compile(rf"{_SP}+(?P<f>{trie_pattern(_DE_FRAC)})\b")
_DE_UND_FRAC_RE = re.compile(
    rf"{_SP}+{_DE_JOIN}{_SP}+(?P<n>(?:{trie_pattern(_DE_MORPHEMES)})++|[0-9]+)"
    rf"{_SP}+(?P<f>{trie_pattern(_DE_FRAC)})\b",
)
_DOZEN_RE = {
    lang: re.compile(rf"{_SP}+(?:{'|'.join(d['dozen'])})\b") for lang, d in (("de", _DE), ("en", _EN))
}
_EN_NEXT_RE = re.compile(
    rf"(?:{_SP}+|-)(?:(?P<and>and){_SP}+)?(?P<w>{trie_pattern(list(_EN_UNITS) + list(_EN_MULT))})\b",
)
# the part of "a billion" that is meant: "half a billion", "a quarter of a billion", "three
# quarters of a billion", "two thirds of a million"
_EN_PART_BEFORE = re.compile(
    r"\b(?:half|(?P<n>a|one|two|three)[ \u00a0](?P<f>quarters?|thirds?)[ \u00a0]of)[ \u00a0]$")
_EN_AND_A_HALF_RE = re.compile(rf"{_SP}+and{_SP}+a{_SP}+half\b")
_EN_FRAC_WORD_RE = re.compile(rf"{_SP}+(?P<f>{trie_pattern(_EN['fraction_words'])})\b")

_HINT_LANG = {w: lang for lang, words in _WORDS["language_hints"].items() for w in words}
# a hint word as a whole word: after a non-word character (counted with the word), or at the start
_HINT_RE = re.compile(rf"\W({trie_pattern(_HINT_LANG)})\b")
_HINT_AT_START_RE = re.compile(rf"({trie_pattern(_HINT_LANG)})\b")
_UMLAUTS = "äöüßÄÖÜ"


@dataclass(frozen=True, slots=True)
class ScannedNumber:
    """A number with what the amount and date extractors need beyond `NumberMention`."""

    start: int
    end: int
    value: float
    scale: float  # 1.0 when no scale word was read
    kind: str  # "dig", "uf", "art", "word"
    base_end: int  # end of the number before its scale word


# --- language ----------------------------------------------------------------------------------


@lru_cache(maxsize=16)
def detect_language(text: str) -> str:
    """"de" or "en", by counting function words in the first few kilobytes; ties go to German
    (the conformance inputs and most sources are German, and short inputs have no hints)."""
    sample = text[:4000]
    low = fold(text)[:4000]
    # umlauts and ß are strong German evidence in short texts without function words
    words = _HINT_RE.findall(low)
    first = _HINT_AT_START_RE.match(low)
    if first:
        words.append(first.group(1))
    counts = {"de": sum(map(sample.count, _UMLAUTS)), "en": 0}
    for w in words:
        counts[_HINT_LANG[w]] += 1
    de, en = counts["de"], counts["en"]
    return "en" if en > de else "de"


# --- digits ------------------------------------------------------------------------------------


def _parse_digits(tok: str, lang: str, scale_follows: bool) -> float | None:
    """The value of a digit token, or None when it is not a plain number (a date, a version)."""
    frac = 0.0
    if tok and tok[-1] in _UFRAC:
        frac = unicodedata.numeric(tok[-1])
        tok = tok[:-1]
    if "/" in tok:
        parts = tok.split("/")
        if len(parts) != 2 or frac or not parts[0].isdigit():
            return None  # "1.05/2024" is no fraction either
        num, den = int(parts[0]), int(parts[1])
        # "1/2", "3/4": a proper fraction with a small denominator; "22/04" is a date, "24/7" a phrase
        return num / den if 0 < den <= 16 and num < den and len(parts[0]) <= 2 else None
    for ch in _SPACE_CHARS:
        tok = tok.replace(ch, "")
    digits = len(tok) - tok.count(".") - tok.count(",")  # the token holds digits, "." and "," only
    if digits > _MAX_DIGITS:
        return None
    has_dot, has_comma = "." in tok, "," in tok
    if has_dot and has_comma:
        dec = "." if tok.rfind(".") > tok.rfind(",") else ","
        thou = "," if dec == "." else "."
        if tok.count(dec) != 1 or tok.index(thou) > tok.index(dec):
            return None
        int_part, dec_part = tok.split(dec)
        if not _valid_groups(int_part.split(thou)):
            return None
        return float(int_part.replace(thou, "") + "." + dec_part) + frac
    sep = "." if has_dot else "," if has_comma else ""
    if not sep:
        return float(tok) + frac
    parts = tok.split(sep)
    if len(parts) > 2:
        # "1.234.567": thousands groups; "21.01.2026": a date, not a number
        return float("".join(parts)) + frac if _valid_groups(parts) else None
    int_part, dec_part = parts
    if _is_thousands(sep, int_part, dec_part, lang, scale_follows):
        return float(int_part + dec_part) + frac
    return float(int_part + "." + dec_part) + frac


def _valid_groups(parts: list[str]) -> bool:
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def _is_thousands(sep: str, int_part: str, dec_part: str, lang: str, scale_follows: bool) -> bool:
    """Whether a single separator groups thousands. German: "," is always decimal and "." groups
    thousands when exactly three digits follow ("2.000" = 2000, "3.5" = 3.5). English: "," groups
    thousands before three digits; "." is decimal, except a lone "2.000" without a scale word."""
    if len(dec_part) != 3 or not 1 <= len(int_part) <= 3 or int_part == "0":
        return False
    if sep == ",":
        return lang == "en"
    return not (lang == "en" and scale_follows)


# --- German words ------------------------------------------------------------------------------


def _german_word_value(word: str) -> float | None:
    """The value of a German compound number word ("einhunderteinunddreißig" = 131,
    "zweieinhalb" = 2.5, "dreiviertel" = 0.75), or None for a word that only looks like one."""
    low = word.lower()
    if low in _DE_SPECIAL:
        return _DE_SPECIAL[low]
    toks = _MORPH_RE.findall(low)
    if not toks or "".join(toks) != low or toks[0] == _DE_JOIN or toks[-1] == _DE_JOIN:
        return None
    fraction = 0.0
    if toks[-1] in _DE_FRAC_MORPH:
        den = _DE_FRAC_MORPH[toks.pop()]
        numerator = 1.0
        if toks and toks[-1] in _DE_UNITS:
            numerator = _DE_UNITS[toks.pop()]  # "zweieinhalb": ein halb; "dreiviertel": drei viertel
        elif toks and toks[-1] == _DE_JOIN:
            toks.pop()  # "einundhalb" = eins und ein halb
        elif not toks:
            return None  # a bare "halb" or "viertel" is no number
        fraction = numerator / den
    if any(t in _DE_FRAC_MORPH or t in _DE_SPECIAL for t in toks):
        return None
    return _accumulate(toks, _DE_UNITS, _DE_MULT) + fraction


def _accumulate(toks: list[str], units: dict[str, float], mult: dict[str, float]) -> float:
    """Hundreds multiply the running group, thousands close it: the usual number-word sum."""
    total = cur = 0.0
    for t in toks:
        if t in units:
            cur += units[t]
        elif t == "hundert" or t == "hundred":
            cur = (cur or 1) * 100
        elif t in mult:
            total += (cur or 1) * mult[t]
            cur = 0.0
    return total + cur


def _read_german_word(text: str, pos: int) -> tuple[int, float] | None:
    m = _DE_WORD_RE.match(text, pos)
    if not m:
        return None
    value = _german_word_value(m.group())
    return None if value is None else (m.end(), value)


# --- English words -----------------------------------------------------------------------------


def _read_english_words(text: str, start: int, first: str) -> tuple[int, float]:
    """"twenty-one", "three hundred and fifty", "two thousand five hundred": consume words while
    they continue a well-formed number."""
    toks = [first.lower()]
    end = start + len(first)
    while True:
        m = _EN_NEXT_RE.match(text, end)
        if not m:
            break
        w = m.group("w").lower()
        if not _english_continues(toks, w, bool(m.group("and"))):
            break
        toks.append(w)
        end = m.end()
    return end, _accumulate(toks, _EN_UNITS, _EN_MULT)


def _english_continues(toks: list[str], w: str, has_and: bool) -> bool:
    prev = toks[-1]
    if has_and and prev not in _EN_MULT:
        return False
    if w in _EN_MULT:
        return prev not in _EN_MULT or (w == "thousand" and prev == "hundred")
    v, pv = _EN_UNITS[w], _EN_UNITS.get(prev)
    if pv is None:
        return True  # after hundred/thousand any units follow
    return 20 <= pv <= 90 and pv % 10 == 0 and v < 10 and v > 0  # "twenty-one"


# --- the scanner -------------------------------------------------------------------------------


def _scale_at(text: str, low_text: str, pos: int, lang: str, after_symbol: bool,
              m: re.Match | None | bool = True) -> tuple[int, float] | None:
    """The scale word at `pos` ("Mio.", "-Milliarden", "bn"), with its end. `m`: the match of
    `_SCALE_RE` at `pos` when the caller has it already."""
    if m is True:
        m = _SCALE_RE.match(low_text, pos)
    if m:
        group = "s" if m.group("s") else "s2"
        low = m.group(group)
        scale = _SCALES[lang].get(low) or _SCALES["de"].get(low) or _SCALES["en"].get(low)
        if low in ("billion", "billions"):
            # German "Billion" is 10^12; the lower-case word and English texts mean 10^9
            scale = 1e12 if lang == "de" and text[m.start(group)] == "B" else 1e9
        if low in ("bio", "bio."):
            scale = 1e12
        if scale:
            # "3.1 lakh crore", "8 thousand crore": a crore after a smaller scale multiplies it
            nxt = _SCALE_RE.match(low_text, m.end())
            if nxt and _SCALES["en"].get(nxt.group("s") or nxt.group("s2")) == _CRORE > scale:
                return nxt.end(), scale * _CRORE
            return m.end(), scale
    if after_symbol:
        m = _SHORT_SCALE_RE.match(text, pos)
        if m:
            return m.end(), _SHORT_SCALE[m.group("s").lower()]
    return None


def _after_symbol(text: str, start: int) -> bool:
    """Whether a currency symbol or code stands right before the number ("€5m", "GBP 20m"), or a
    symbol before the first number of the range it closes ("€90-110m")."""
    i = start - 1
    if i >= 0 and text[i] in _SPACE_CHARS:
        i -= 1
    return i >= 0 and (text[i] in _CURRENCY_SYMBOLS
                       or text[i] in "-–" and _SYMBOL_RANGE_BEFORE.search(text, max(0, start - 20), start) is not None
                       or _CODE_BEFORE.search(text, max(0, start - 5), start) is not None)


def _extend(text: str, low: str, m: re.Match, lang: str) -> ScannedNumber | None:
    """Read the whole number phrase that starts with head match `m` (a match in `low`, the
    folded `text`; regexes read `low`, case-sensitive checks `text`)."""
    kind = m.lastgroup or ""
    start, end = m.start(), m.end()
    tok = m.group()
    scale_match: re.Match | None | bool = True  # not looked up yet
    if kind == "dig":
        scale_match = _SCALE_RE.match(low, end)
        value = _parse_digits(tok, lang, scale_match is not None)
        if value is None:
            return None
        # a letter right after the digits ("5G", "3nm", "A380") makes it a name, not a number,
        # unless it is an attached scale ("10bn", "$5m")
        if end < len(text) and text[end].isalpha():
            sc = _scale_at(text, low, end, lang, _after_symbol(text, start), scale_match)
            if sc is None:
                return None
        # "21.1." or "15.01." is a date (day and month), not the decimal 21.1
        if end < len(text) and text[end] == "." and _DAY_MONTH_RE.match(tok):
            return None
    elif kind == "uf":
        value = unicodedata.numeric(tok)
    elif kind == "art":
        value = 1.0
        if lang == "en" and (part := _EN_PART_BEFORE.search(low, max(0, start - 22), start)):
            start, count = part.start(), part.group("n")
            value = 0.5 if count is None else _EN_UNITS.get(count, 1) / _EN["fraction_words"][part.group("f")]
    elif lang == "de":
        v = _german_word_value(tok)
        if v is None:
            return None
        value = v
    else:
        end, value = _read_english_words(low, start, tok)

    if end < len(low) and low[end] in _SPACE_CHARS:  # each extension starts with a space
        ext_end, value = (_extend_german if lang == "de" else _extend_english)(low, end, value, kind)
        if ext_end != end:
            end, scale_match = ext_end, True

    base_end = end
    scale = 1.0
    sc = _scale_at(text, low, end, lang, kind == "dig" and _after_symbol(text, start), scale_match)
    if sc is not None:
        end, scale = sc
        value *= scale
        end, value = _remainder(text, low, end, value, scale, lang)
    elif kind == "art" and end == m.end() and lang == "en":
        return None  # a bare English "a" is no number
    if not math.isfinite(value):
        return None
    return ScannedNumber(start, end, value, scale, kind, base_end)


def _extend_german(text: str, end: int, value: float, kind: str) -> tuple[int, float]:
    if kind == "word":
        km = _KOMMA_RE.match(text, end)
        if km:
            nxt = _read_german_word(text, km.end())
            if nxt and nxt[1] == int(nxt[1]):
                digits = str(int(nxt[1]))
                return nxt[0], value + float("0." + digits)
    um = _DE_UND_FRAC_RE.match(text, end)
    if um:
        n = um.group("n")
        num = float(n) if n.isdigit() else _german_word_value(n)
        if num is not None:
            return um.end(), value + num / _DE_FRAC[um.group("f").lower()]
    fm = _DE_FRAC_WORD_RE.match(text, end)
    if fm:
        value /= _DE_FRAC[fm.group("f").lower()]
        end = fm.end()
    dm = _DOZEN_RE["de"].match(text, end)
    if dm:
        value *= 12
        end = dm.end()
    return end, value


def _extend_english(text: str, end: int, value: float, kind: str) -> tuple[int, float]:
    if kind in ("word", "dig") and value.is_integer() and (hm := _EN_AND_A_HALF_RE.match(text, end)):
        return hm.end(), value + 0.5  # "four and a half billion yen"
    fm = _EN_FRAC_WORD_RE.match(text, end) if kind in ("word", "art") else None
    if fm:
        f = fm.group("f").lower()
        # "two thirds", "a half", "one quarter"; but "a third" is mostly the ordinal ("a third party")
        if not (kind == "art" and f.startswith("third")):
            value /= _EN["fraction_words"][f]
            end = fm.end()
    dm = _DOZEN_RE["en"].match(text, end)
    if dm:
        value *= 12
        end = dm.end()
    return end, value


def _remainder(text: str, low: str, end: int, value: float, scale: float, lang: str) -> tuple[int, float]:
    """"zwei Millionen eintausendeinhundertfünfzig": a smaller word number after a scale adds on."""
    if lang != "de" or end >= len(text) or text[end] not in _SPACE_CHARS:
        return end, value
    pos = end + 1
    if _DE_ART_RE.match(low, pos):
        return end, value  # "zwei Milliarden eine Woche später": an article starts something new
    nxt = _read_german_word(low, pos)
    if nxt is None or nxt[1] >= scale or nxt[1] == 0:
        return end, value
    rest_end, rest = nxt
    sc = _scale_at(text, low, rest_end, lang, False)
    if sc is not None and sc[1] < scale:
        rest_end, rest = sc[0], rest * sc[1]
    elif sc is not None:
        return end, value
    return rest_end, value + rest


@lru_cache(maxsize=8)
def _scan_cached(text: str, lang: str) -> tuple[ScannedNumber, ...]:
    out: list[ScannedNumber] = []
    low = fold(text)
    head = _HEAD[lang].match
    pos = 0
    # the head starts find every position where `_HEAD` can match (and more): trying `_HEAD` at
    # those from `pos` on gives what `_HEAD.search(low, pos)` gives, without scanning every position
    starts = sorted([m.start() for m in _DIGIT_RUN.finditer(low)]
                    + [m.start() + 1 for m in _NUMBER_WORD_AFTER[lang].finditer(low)])
    for start in [0, *starts]:
        if start < pos:
            continue
        m = head(low, start)
        if m is None:
            continue
        found = _extend(text, low, m, lang)
        if found is None:
            pos = m.end()
            continue
        out.append(found)
        pos = found.end
    return tuple(out)


def scan_numbers(text: str, lang: str | None = None) -> tuple[ScannedNumber, ...]:
    """All number phrases of `text` with their scale and kind (cached for the last few texts, as
    the amount extractor reads the same numbers)."""
    return _scan_cached(text, lang or detect_language(text))


# --- public API --------------------------------------------------------------------------------


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in `text`, sorted and non-overlapping.

    German indefinite articles ("ein", "eine", "einer") count as the number one, as the
    Recognizers-Text conventions do; callers that want quantities only can drop values from
    mentions whose text is an article.
    """
    return [NumberMention(text[n.start:n.end], n.start, n.end, n.value) for n in scan_numbers(text)]


def parse_number(s: str) -> float | None:
    """The value of a string that is one number ("1,4", "2.000", "zehn", "1,5 Mio.", "twenty-one"),
    else None."""
    stripped = s.strip()
    if not stripped:
        return None
    first = detect_language(stripped)
    # a short string has few language hints: try its likely language, then the other one
    for lang in (first, "en" if first == "de" else "de"):
        found = scan_numbers(stripped, lang)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
            return found[0].value
    return None
