"""Companies found as the ones who pay, buy or raise the money of a sentence.

"Heineken will pay €95 million", "Südzucker zahlt rund 60 Millionen Euro", "Laut einer
Mitteilung zahlt Fraport dafür jährlich 3,5 Millionen Euro": a real company the table does not
know, named once and introduced by nothing, is still the subject of a money verb. German
capitalises every noun, so the word before the verb must not be an everyday word ("Anleger
zahlen", "Dafür zahlt"): the `wordfreq` lists say which words the languages use often, and a
brand is rarer than the nouns that stand in its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.extraction.lexicon import common_german_word, frequency
from desktop.extraction.mentions import OrgMention
from desktop.extraction.regex_tools import before_capital_pattern, finditer_from, starts_before_capital, trie_pattern
from desktop.resources import load_json

# A name's last word is rarer than this in both languages (Zipf: "Heineken" 3.0, "Fraport"
# 2.9, "Bauherr" 3.3; "Anleger" 4.0, "Käufer" 4.2, "Shareholders" 3.9 are everyday words)
SINGLE_RARER_THAN = 3.5
# the words before a longer name's last word are no everyday words either ("Rio Tinto")
SOME_WORD_RARER_THAN = 4.0
SENTENCE_REACH = 300  # characters searched around the verb for the sentence's money

_WORD = r"[A-ZÄÖÜ][\w&]*(?:[.-][A-Za-zÄÖÜäöü]+)*"
_NAME = rf"{_WORD}(?:[^\S\n]+{_WORD}){{0,3}}"
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_MONEY = re.compile(
    r"[€$£¥₹]|\b(?:Euro|Dollar|US-Dollar|Franken|Pfund|Kronen|Yen|Won|Millionen|Milliarden|Mio|Mrd|"
    r"million|billion|trillion|bn|euros?|dollars|pounds|crore)\b|\b(?:USD|EUR|GBP|CHF|SEK|NOK|DKK|JPY|CAD|AUD)\b")


@dataclass(frozen=True, slots=True)
class _Patterns:
    subject: re.Pattern[str]  # "Südzucker zahlt", "Heineken will pay", "Moselbrück hat"
    auxiliaries: frozenset[str]  # (an auxiliary needs a participle later: "… Euro nachgelegt")
    participle: re.Pattern[str]
    inverted: re.Pattern[str]  # "Laut einer Mitteilung zahlt Fraport dafür …"
    inverted_starts: re.Pattern[str]  # (where its verbs stand before a capital, read backwards)
    stop: frozenset[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    cues = load_json("org_discovery.json")
    paying = cues["paying_verbs"]
    return _Patterns(
        subject=re.compile(rf"({_NAME})[^\S\n]+({trie_pattern(paying['after_name'] + paying['auxiliaries'])})(?![\w-])"),
        auxiliaries=frozenset(paying["auxiliaries"]),
        participle=re.compile(rf"[^.!?\n]*?\b(?:{trie_pattern(paying['participles'])})\b"),
        inverted=re.compile(rf"{trie_pattern(paying['before_name'], word_start=True)}[^\S\n]+({_NAME})"
                            r"(?=[^\S\n]+(?:[a-zäöüß]|\d)|[,.])"),
        inverted_starts=before_capital_pattern(paying["before_name"]),
        stop=frozenset(cues["not_names"] + cues["generic_words"] + paying["not_names"]),
    )


# Where a clause may open with a name: found by the punctuation before it, which is rare in
# text, so the scan is fast; the name and its verb are then matched right there
_CLAUSE_OPENING = re.compile(r"[.!?:;,\n–—\"„“][^\S\n]*(?=[A-ZÄÖÜ])")


_AFTER_A_WORD = re.compile(r"[a-zäöüß,] \Z")  # the verb second, after the sentence's first part


def paying_names(text: str, backwards: str | None = None) -> list[OrgMention]:
    """Names standing as the subject of a money verb in a sentence that states money
    (`backwards`: the text reversed, when the caller has it already)."""
    p = _patterns()
    found: list[OrgMention] = []
    verdicts: dict[str, bool] = {}  # name -> whether it may be a company (a long text repeats its names)
    openings = [0] + [m.end() for m in _CLAUSE_OPENING.finditer(text)]
    for at in openings:
        m = p.subject.match(text, at)
        if m is not None and (m.group(2) not in p.auxiliaries or p.participle.match(text, m.end())):
            found += _accepted(text, m, p.stop, verdicts)
    if _MONEY.search(text) is not None:
        # German puts the verb second: the name after it
        starts = starts_before_capital(p.inverted_starts, text, text[::-1] if backwards is None else backwards)
        found += [n for m in finditer_from(p.inverted, text, starts)
                  if _AFTER_A_WORD.search(text, max(0, m.start() - 2), m.start()) for n in _accepted(text, m, p.stop, verdicts)]
    return found


def _accepted(text: str, m: re.Match[str], stop: frozenset[str], verdicts: dict[str, bool]) -> list[OrgMention]:
    words = m.group(1)
    if words not in verdicts:
        verdicts[words] = _name_like(words, stop) and not _person(text, words, stop)
    if not verdicts[words] or not _states_money(text, m.start(), m.end()):
        return []
    return [OrgMention(words, m.start(1), m.end(1), words)]


def _name_like(name: str, stop: frozenset[str]) -> bool:
    """Whether capitalised words are a brand rather than nouns: rare, and not built like a
    German noun ("Rechenkapazität", "Atomstrom", "GPU-Server")."""
    words = name.split()
    if any(w in stop or w.endswith(".") for w in words) or name.isupper():
        return False  # "Der Konzern", "Die Stadt": an article or a common word
    while len(words) > 1 and words[-1] in _suffixes():
        words = words[:-1]  # "Kalvenor Mining": a generic last word marks a name, whatever its frequency
    last = words[-1]
    head = last.rsplit("-", 1)[-1]
    if frequency(head) >= SINGLE_RARER_THAN or common_german_word(last) or head.lower().endswith(_noun_endings()):
        return False
    # "Vergangene Woche", "Neue Investoren": a frequent word before the name is no part of it
    return all(frequency(w) < SOME_WORD_RARER_THAN for w in words[:-1])


@lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    cues = load_json("org_discovery.json")
    return frozenset(cues["name_suffixes"] + cues["short_form_suffixes"])


@lru_cache(maxsize=1)
def _noun_endings() -> tuple[str, ...]:
    cues = load_json("org_discovery.json")
    return tuple(cues["noun_endings"] + cues["always_noun_endings"] + cues["compound_descriptor_endings"]
                 + [r.lower() for r in cues["compound_roles"]])


def _person(text: str, name: str, stop: frozenset[str]) -> bool:
    """A surname the text gives with a first name elsewhere ("Emmanuel Macron" … "Macron
    investiert"; not a weekday, month or other word of `stop`: "On Tuesday Coldrail signed"),
    or a role compound ("Halvard-Chef Eirik Vangsnes"). Stricter than the bare
    names' `_after_first_name` in organizations.py, which also takes "Chicago-based" or "Bei"
    for a first name: a paying company is often introduced so ("Chicago-based Feldspar
    Freight"), and calling that would lose it."""
    if "-" in name.split()[0] and name.split()[0].rsplit("-", 1)[-1].lower() in _noun_endings():
        return True
    return " " not in name and any(m.group(1) not in stop for m in _after_capitalised_word(name).finditer(text))


@lru_cache(maxsize=1024)
def _after_capitalised_word(word: str) -> re.Pattern[str]:
    """`word` after a capitalised word ("Emmanuel Macron"). (Compiled once per word: the
    patterns of `re`'s own cache are shared by everything, and a collection names many.)"""
    return re.compile(rf"([A-ZÄÖÜ][a-zäöüß]+)[^\S\n]+{re.escape(word)}\b")


def _states_money(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] names a sum of money."""
    lo = max(0, start - SENTENCE_REACH)
    opening = None
    for opening in _SENTENCE_END.finditer(text, lo, start):
        pass
    lo = opening.end() if opening is not None else lo
    closing = _SENTENCE_END.search(text, end, end + SENTENCE_REACH)
    hi = closing.start() if closing is not None else min(len(text), end + SENTENCE_REACH)
    return _MONEY.search(text, lo, hi) is not None
