"""Cutting an article into paragraphs and sentences, and recognising boilerplate.

Offsets always refer to the original text, so evidence can be highlighted where it was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.resources import load_json

# A sentence ends at . ! ? (or a closing quote after them) before whitespace and an
# upper-case letter, digit or quote — but not after abbreviations or ordinal numbers.
_SENTENCE_END = re.compile(r"[.!?][\"“”„»«']?(?=\s+[\"“„»«A-ZÄÖÜ0-9])")
_ABBREVIATIONS = frozenset(
    "Mrd Mio Bio Tsd ca Dr Prof Nr Abs bzw etc evtl ggf inkl usw vgl zB z.B u.a Inc Corp Ltd Co"
    " St Mr Mrs Ms Jr Sr vs Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez US U.S Fr sFr".split()
)


_LAST_WORD = re.compile(r"([\w.]+)$")


@dataclass(frozen=True, slots=True)
class Block:
    start: int
    end: int
    text: str
    boilerplate: bool


@dataclass(frozen=True)
class _Rules:
    starters: frozenset[str]
    line_starts: re.Pattern[str]
    phrases: tuple[str, ...]
    line_ends: tuple[str, ...]
    ad_words: re.Pattern[str]
    ad_min_story_length: int


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    cues = load_json("boilerplate.json")
    return _Rules(
        starters=frozenset(cues["block_starters"]),
        line_starts=re.compile("|".join(f"(?:{p})" for p in cues["line_starts"])),
        phrases=tuple(cues["phrases"]),
        line_ends=tuple(cues["line_ends"]),
        ad_words=re.compile(cues["ad_words"], re.IGNORECASE),
        ad_min_story_length=cues["ad_min_story_length"],
    )


@lru_cache(maxsize=256)  # (a line that recurs in an article, a standing text, is read once)
def _line_kind(line: str) -> tuple[bool, bool]:
    """(whether the line starts a block to drop, whether it is boilerplate itself). Plain
    substring tests on the lower-cased line: a regex alternation scanned over every position
    of every paragraph cost more than the rest of the deal extraction."""
    rules = _rules()
    lower = line.lower()
    boilerplate = (
        bool(rules.line_starts.match(lower))
        or any(p in lower for p in rules.phrases)
        or lower.rstrip().endswith(rules.line_ends)
    )
    return lower.strip() in rules.starters, boilerplate


def paragraphs(text: str) -> list[Block]:
    """Lines of text (news files put one paragraph per line), boilerplate marked."""
    blocks: list[Block] = []
    drop_next = False
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        if not line.strip():
            continue
        is_starter, boilerplate = _line_kind(line)
        junk = is_starter or (drop_next and _is_ad(line)) or boilerplate
        blocks.append(Block(m.start(), m.end(), line, junk))
        drop_next = is_starter
    return blocks


def _is_ad(line: str) -> bool:
    """Whether the line after an "Anzeige" label is the ad, not the story going on after a
    label whose ad (an image) the copy left out."""
    rules = _rules()
    return len(line) < rules.ad_min_story_length or rules.ad_words.search(line) is not None


def sentences(block: Block) -> list[Block]:
    """Sentences of one paragraph, with offsets into the whole text."""
    at = block.start
    return [Block(at + start, at + end, piece, block.boilerplate) for start, end, piece in _sentence_spans(block.text)]


@lru_cache(maxsize=64)
def _sentence_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, text) of each sentence of a paragraph, offsets into the paragraph. (Cached:
    a paragraph that recurs in an article, a standing text, is split once.)"""
    out: list[tuple[int, int, str]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if _is_abbreviation(text, m.start()):
            continue
        out.append(_trimmed(text, start, m.end()))
        start = m.end()
    if text[start:].strip():
        out.append(_trimmed(text, start, len(text)))
    return tuple(s for s in out if s[2])


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = _LAST_WORD.search(text, max(0, dot - 24), dot)
    if not word:
        return False
    token = word.group(1)
    # "21." and "3." are ordinals in German dates and lists, not sentence ends
    return token in _ABBREVIATIONS or token.isdigit() and len(token) <= 2 or len(token) == 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int, str]:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    s = start + lead
    return s, s + len(piece), piece
