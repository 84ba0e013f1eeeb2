"""Regex building blocks shared by the extractors: trie-shaped alternations, a case fold that
keeps offsets, and scans that run a pattern only where it can match."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache


def trie_pattern(words: Iterable[str], word_start: bool = False) -> str:
    """A regex alternation of `words` shaped as a trie.

    Python's `re` tries the branches of a flat alternation one after another at every position;
    a trie rejects a position after its first character and, with greedy optional tails, always
    tries the longest word first.

    `word_start=True` adds the condition of a leading `\\b` (no word character before the word)
    as a lookbehind *after* the first character. The pattern then starts with a plain set of
    first characters, which `re` skips to with a fast scan instead of trying every position:
    several times faster on long texts. (Only for words that start with a word character, and
    without IGNORECASE, which disables the fast scan; match on `fold(text)` instead.)
    """
    branches = trie_branches(words, word_start)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def trie_branches(words: Iterable[str], word_start: bool = False) -> list[str]:
    """The top-level branches of `trie_pattern(words)`, one per first character, to be joined with
    other branches into one flat alternation (which keeps the fast first-character scan)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            # a word may end here: the tail is optional, greedy so the longer word wins
            return body + "?" if len(body) == 1 else "(?:" + body + ")?"
        return body

    return [re.escape(ch) + (_WORD_START if word_start else "") + build(child)
            for ch, child in sorted(trie.items()) if ch]


# after the first character of a word: the character before it is no word character (= `\b`)
_WORD_START = r"(?<!\w[\s\S])"

# Characters `re.IGNORECASE` matches to another letter than `str.lower()` gives them.
_FOLD_FIX = {"\u017f": "s", "\u0131": "i", "\u0130": "i"}
_FOLD_TABLE = str.maketrans(_FOLD_FIX)


@lru_cache(maxsize=8)
def fold(text: str) -> str:
    """`text` lower-cased character by character, so offsets stay valid: a pattern written in lower
    case and compiled without IGNORECASE matches `fold(text)` exactly where the same pattern with
    IGNORECASE matches `text` (checked for every code point in tests/test_numbers.py), and is
    much faster. Cached for the last few texts, which all three extractors read."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two characters
        low = "".join(_FOLD_FIX.get(c) or (c.lower() if len(c.lower()) == 1 else c) for c in text)
    elif "\u017f" in low or "\u0131" in low:
        low = low.translate(_FOLD_TABLE)
    return low


def finditer_from(rx: re.Pattern, s: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """What `rx.finditer(s)` yields, given (at least) every position where `rx` can match, in
    ascending order: `rx` runs only there. For patterns that cannot match the empty string."""
    end = 0
    match = rx.match
    for p in starts:
        if p >= end:
            m = match(s, p)
            if m is not None:
                end = m.end()
                yield m


def literal_starts(s: str, words: Iterable[str]) -> list[int]:
    """Every position where one of `words` occurs in `s`, ascending; `str.find` is much faster than
    a regex scan when the words are few and rare."""
    out: list[int] = []
    for w in words:
        i = s.find(w)
        while i >= 0:
            out.append(i)
            i = s.find(w, i + 1)
    out.sort()
    return out


class FoldedPattern:
    """A pattern written in lower case, matched on `fold(text)`: the same matches at the same
    offsets as with IGNORECASE on `text`, two to three times faster, since Python's `re`
    folds the case of every character it compares. `group()` returns folded text: take the
    words from the original by the offsets."""

    __slots__ = ("regex", "pattern")

    def __init__(self, pattern: str):
        self.regex = re.compile(pattern)
        self.pattern = pattern

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.search(fold(text), pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.regex.finditer(fold(text), pos, endpos)
