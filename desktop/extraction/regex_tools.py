"""Regex building blocks shared by the extractors."""

from __future__ import annotations

import re
from typing import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of `words` shaped as a trie.

    Python's `re` tries the branches of a flat alternation one after another at every
    position; a trie rejects a position after its first character and, with greedy optional
    tails, always tries the longest word first.
    """
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

    return build(trie)
