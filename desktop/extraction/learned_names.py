"""Company names the collection has taught: what other articles found, this one may cite.

One article introduces "Ravelston Moor Ltd, a data-centre developer from Inverness"; the next
writes only "Ravelston Moor hat mit SSE Renewables einen Stromliefervertrag … unterzeichnet".
Read alone, that article gives no clue that the two words are a company and not a moor. The
import therefore reads an article a second time with the names that other articles of the
database made parties of deals ("learned names"), and the extractor treats a learned name in
the text like a name of its curated table: wherever it stands in full, with its genitive or as
the head of a compound, and by its short form once it was named in full ("Westerbach" after
"Westerbach Compute"). Only names of two words or more are learned: a single discovered word
("Hut", "Thermal") is too often an ordinary word somewhere else.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Iterable

from desktop.extraction.regex_tools import trie_pattern

MIN_FIRST_WORD = 3  # a learned name opens with a word, not an initial ("AB Volvo" is curated)


def learnable(name: str, curated: Iterable[str] = ()) -> bool:
    """Whether a party's name may be learned: two words or more, opened by a capitalised word
    (not a curated company, whose aliases the table already knows)."""
    words = name.split()
    return (len(words) >= 2 and len(words[0]) >= MIN_FIRST_WORD and words[0][:1].isupper()
            and name not in curated)


class LearnedNames:
    """A set of learned names, found in a text like the names of the curated table."""

    def __init__(self, names: Iterable[str]):
        self.names = frozenset(names)

    def __bool__(self) -> bool:
        return bool(self.names)

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        # one pass over the text for all names: an import may have learned thousands
        from desktop.extraction.organizations import NAME_END, NAME_START  # (it imports this module)

        return re.compile(rf"{NAME_START}({trie_pattern(sorted(self.names))}){NAME_END}")

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of each learned name in `text`, with its genitive ("Ravelston Moors")
        or as the head of a compound ("Ravelston Moor-Campus")."""
        if not self.names:
            return []
        return [(m.start(), m.end(), m.group(1)) for m in self._pattern.finditer(text)]

    def in_text(self, text: str) -> set[str]:
        return {name for _, _, name in self.mentions(text)}
