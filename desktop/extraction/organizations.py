"""Companies in a text: the curated alias table, plus discovery of unknown organisations.

Known names are matched case-sensitively as whole words, including German genitives and
compounds ("Oracles", "Foxconn-Aktie", "OpenAI-Chef"). Unknown organisations are found by
their legal form ("Acme AG") or an apposition that introduces them ("das Chip-Start-up
Acme", "der Rechenzentrumsbetreiber Acme").
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.extraction.mentions import OrgMention
from desktop.resources import load_json

# A name may end in a German genitive s; what follows must not continue the word, except a
# hyphen that starts a compound ("Nvidia-Hardware").
_END = r"(?:s|'s|’s)?(?![\w])"
_START = r"(?<![\w])"
_NAME_WORD = r"[A-ZÄÖÜ][\w&]*(?:[.-][A-Za-zÄÖÜäöü]+)*"


@lru_cache(maxsize=1)
def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, aliases in load_json("companies.json")["companies"].items():
        for alias in (canonical, *aliases):
            table[alias] = canonical
    return table


@lru_cache(maxsize=1)
def _person_table() -> dict[str, str]:
    return {k: v for k, v in load_json("companies.json")["persons"].items() if k != "about"}


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _known_pattern() -> re.Pattern[str]:
    return re.compile(rf"{_START}({_alternation(list(_alias_table()))}){_END}")


@lru_cache(maxsize=1)
def _person_pattern() -> re.Pattern[str]:
    return re.compile(rf"{_START}({_alternation(list(_person_table()))}){_END}")


@lru_cache(maxsize=1)
def _discovery_patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    cues = load_json("org_discovery.json")
    name = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
    legal = re.compile(rf"{_START}({name})\s+({_alternation(cues['legal_forms'])})(?![\w])")
    descriptor = re.compile(
        rf"\b(?:der|die|das|dem|den|des|the)\s+(?:[\w-]+\s+){{0,2}}?(?:[\w]+-)*"
        rf"(?:{_alternation(cues['descriptors'])})\s+({name})"
    )
    return legal, descriptor, frozenset(cues["not_names"])


def find_organizations(text: str) -> list[OrgMention]:
    """Company mentions, sorted by position, known names taking precedence over guesses."""
    known = [
        OrgMention(m.group(0), m.start(), m.end(), _alias_table()[m.group(1)])
        for m in _known_pattern().finditer(text)
    ]
    found = known + [d for d in _discover(text) if not _overlaps_any(d, known)]
    return sorted(found, key=lambda m: m.start)


def find_persons(text: str) -> list[OrgMention]:
    """People who act for a company ("Altman gab bekannt"), as mentions of that company."""
    return [
        OrgMention(m.group(0), m.start(), m.end(), _person_table()[m.group(1)])
        for m in _person_pattern().finditer(text)
    ]


def _discover(text: str) -> list[OrgMention]:
    legal, descriptor, not_names = _discovery_patterns()
    found: list[OrgMention] = []
    for m in legal.finditer(text):
        words = m.group(1).split()
        while words and words[0] in not_names:
            words.pop(0)
        if words:
            start = m.start(1) + m.group(1).index(words[0])
            found.append(OrgMention(text[start:m.end()], start, m.end(), " ".join(words)))
    for m in descriptor.finditer(text):
        words = m.group(1).split()
        keep = []
        for w in words:
            if w in not_names:
                break
            keep.append(w)
        if keep:
            name = " ".join(keep)
            found.append(OrgMention(name, m.start(1), m.start(1) + len(name), name))
    return _dedupe(found)


def _overlaps_any(m: OrgMention, others: list[OrgMention]) -> bool:
    return any(m.start < o.end and o.start < m.end for o in others)


def _dedupe(mentions: list[OrgMention]) -> list[OrgMention]:
    out: list[OrgMention] = []
    for m in sorted(mentions, key=lambda x: (x.start, -x.end)):
        if not _overlaps_any(m, out):
            out.append(m)
    return out


def canonical_name(name: str) -> str:
    """The curated name for an alias, else the name itself."""
    return _alias_table().get(name, name)
