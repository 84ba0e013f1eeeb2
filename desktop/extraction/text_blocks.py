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
    " St Mr Mrs Ms Jr Sr vs Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez US U.S".split()
)


@dataclass(frozen=True, slots=True)
class Block:
    start: int
    end: int
    text: str
    boilerplate: bool


@lru_cache(maxsize=1)
def _boilerplate_rules() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    cues = load_json("boilerplate.json")
    flags = re.IGNORECASE | re.MULTILINE
    return (
        [re.compile(p, flags) for p in cues["block_starters"]],
        [re.compile(p, flags) for p in cues["patterns"]],
    )


def paragraphs(text: str) -> list[Block]:
    """Lines of text (news files put one paragraph per line), boilerplate marked."""
    starters, patterns = _boilerplate_rules()
    blocks: list[Block] = []
    drop_next = False
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        if not line.strip():
            continue
        is_starter = any(p.search(line) for p in starters)
        junk = is_starter or drop_next or any(p.search(line) for p in patterns)
        blocks.append(Block(m.start(), m.end(), line, junk))
        drop_next = is_starter
    return blocks


def sentences(block: Block) -> list[Block]:
    """Sentences of one paragraph, with offsets into the whole text."""
    out: list[Block] = []
    start = 0
    text = block.text
    for m in _SENTENCE_END.finditer(text):
        if _is_abbreviation(text, m.start()):
            continue
        out.append(_trimmed(block, start, m.end()))
        start = m.end()
    if text[start:].strip():
        out.append(_trimmed(block, start, len(text)))
    return [s for s in out if s.text]


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([\w.]+)$", text[:dot])
    if not word:
        return False
    token = word.group(1)
    # "21." and "3." are ordinals in German dates and lists, not sentence ends
    return token in _ABBREVIATIONS or token.isdigit() and len(token) <= 2 or len(token) == 1


def _trimmed(block: Block, start: int, end: int) -> Block:
    piece = block.text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    s = block.start + start + lead
    return Block(s, s + len(piece), piece, block.boilerplate)
