"""Companies in a text: the curated alias table, plus discovery of unknown organisations.

Known names are matched case-sensitively as whole words, including German genitives and
compounds ("Oracles", "Foxconn-Aktie", "OpenAI-Chef"). Unknown organisations are found by
their legal form ("Acme AG") or an apposition that introduces them ("das Chip-Start-up
Acme", "der Rechenzentrumsbetreiber Acme").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial

from desktop.extraction.learned_names import LearnedNames
from desktop.extraction.lexicon import common_german_word, unknown_word
from desktop.extraction.mentions import OrgMention
from desktop.extraction.numbers import detect_language
from desktop.extraction.paying_names import paying_names
from desktop.extraction.places import city_names, place_names
from desktop.extraction.regex_tools import (
    any_before_capital_pattern,
    before_capital_pattern,
    compile_fast,
    finditer_from,
    fold,
    literal_starts,
    starts_before_capital,
    trie_pattern,
)
from desktop.resources import load_json

# A name may end in a German genitive s; what follows must not continue the word, except a
# hyphen that starts a compound ("Nvidia-Hardware").
# (never before an apostrophe and a capital: "Dell'Oro" is another name)
_END = r"(?:s|'s|’s)?(?![\w])(?!['’][A-ZÄÖÜ])"
_START = r"(?<![\w])"
NAME_START, NAME_END = _START, _END  # where any company name, curated or learned, starts and ends
# ("Run:ai"; "O'Leary Digital", "D'Amico": a capital, an apostrophe and a capital open one word)
_NAME_WORD = r"(?:[A-Z]['’](?=[A-ZÄÖÜ]))?[A-ZÄÖÜ][\w&]*(?:[.:-][A-Za-zÄÖÜäöü]+)*"
# within one line: a label line ("Startups") above a headline never runs into it
_SP = r"[^\S\n]+"
# (a number inside a name, never at its end: "Pier 70 Ventures"; never before a scale or
# currency: "Sorrelbrook 140 Millionen Euro")
_NAME = (rf"{_NAME_WORD}(?:{_SP}(?:&{_SP})?(?:{_NAME_WORD}|[0-9]{{1,3}}"
         rf"(?={_SP}(?!(?:Millionen|Milliarden|Mio|Mrd|Billionen|Euro|Dollar|Franken|Pfund|Prozent)\b)[A-ZÄÖÜ])))"
         r"{0,3}")


# "Schwarz Gruppe" is "Schwarz Group" in English news and "Schwarz-Gruppe" in German
_GROUP_WORDS = ("Gruppe", "Group", "Groupe", "Grupo")
_GROUP_FORM = re.compile(r"^(.+?)[ -](?:Gruppe|Group|Groupe|Grupo)$")


_DECLINABLE_FIRST_WORD = re.compile(r"([A-ZÄÖÜ][a-zäöüß]*(?:sche|ste|werke)) [A-ZÄÖÜ]")
SHOUTED_LENGTH = 4  # "META", "INTEL": shorter names in capitals are other abbreviations


@lru_cache(maxsize=1)
def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, aliases in load_json("companies.json")["companies"].items():
        for alias in (canonical, *aliases):
            table[alias] = canonical
            if len(alias) >= SHOUTED_LENGTH and not alias.isupper():
                # a headline or a press release in capitals: "AMAZON.", "MICRON kündigt an"
                table.setdefault(alias.upper(), canonical)
            declined = _DECLINABLE_FIRST_WORD.match(alias)
            if declined:
                # "mit der Deutschen Telekom", "den Stadtwerken München": the dative and genitive
                # of a name that opens with an adjective or a plural noun
                table.setdefault(f"{declined.group(1)}n{alias[declined.end(1):]}", canonical)
            group = _GROUP_FORM.match(alias)
            if group:
                for word in _GROUP_WORDS:
                    for joint in (" ", "-"):
                        table.setdefault(f"{group.group(1)}{joint}{word}", canonical)
    return table


@lru_cache(maxsize=1)
def curated_names() -> frozenset[str]:
    """Every name and alias of the curated table."""
    return frozenset(_alias_table())


@lru_cache(maxsize=1)
def _folded_alias_table() -> dict[str, str]:
    """Aliases in lower case -> canonical name, for those that name one company only."""
    table: dict[str, set[str]] = {}
    for alias, canonical in _alias_table().items():
        table.setdefault(alias.casefold(), set()).add(canonical)
    return {alias: next(iter(names)) for alias, names in table.items() if len(names) == 1}


@lru_cache(maxsize=1)
def _person_table() -> dict[str, str]:
    return {k: v for k, v in load_json("companies.json")["persons"].items() if k != "about"}


@lru_cache(maxsize=1)
def _names_pattern() -> re.Pattern[str]:
    """Companies and people in one trie-shaped regex: one pass over the text finds both."""
    names = list(_alias_table()) + list(_person_table())
    return compile_fast(rf"{_START}({trie_pattern(names)}){_END}")


_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])[Ee]ine?[mnrs]?[^\S\n]+$")


@lru_cache(maxsize=8)
def _scan_names(text: str) -> tuple[list[OrgMention], list[OrgMention]]:
    """(companies, people acting for a company) — cached, as both lists come from one scan."""
    aliases, people = _alias_table(), _person_table()
    companies: list[OrgMention] = []
    persons: list[OrgMention] = []
    for m in _names_pattern().finditer(text):
        name = m.group(1)
        if _INDEFINITE_BEFORE.search(text, max(0, m.start() - 8), m.start()) and not text.startswith("-", m.end()):
            # "eine Allianz, die man … nennt": the word, not the company ("ein Nvidia-Auftrag" is
            # Nvidia's; so is "a Bundeswehr order", English capitalising only names)
            continue
        if name in aliases:
            companies.append(OrgMention(m.group(0), m.start(), m.end(), aliases[name]))
        else:
            persons.append(OrgMention(m.group(0), m.start(), m.end(), people[name]))
    return companies, persons


@dataclass(frozen=True)
class _Discovery:
    legal: re.Pattern[str]  # a legal form ("AG") or a name suffix ("Labs"): the name stands before it
    # (matched wherever no word character precedes; the name needs a space before the form)
    legal_capitals: re.Pattern[str]  # `legal` for the forms that open with a capital ("GmbH", "Labs")
    legal_literals: tuple[str, ...]  # the other forms ("plc", "eG"), found with `str.find`
    suffixes: frozenset[str]  # kept in the name, unlike legal forms
    legal_forms: frozenset[str]
    generic_words: frozenset[str]  # lower case: "gpu", "generative"
    descriptors: tuple[str, ...]  # lower-cased, to cut "Rechenzentrumsbetreiber" off a name
    strong: re.Pattern[str]  # "Start-up", "Rechenzentrumsbetreiber" + the name after it
    weak: re.Pattern[str]  # "Unternehmen" + name: only after an article
    compound: re.Pattern[str]  # "Industriekonzerns Aker", "equipment maker Nokia"
    # where each of the name patterns can match, found backwards (`before_capital_pattern`)
    starts: dict[str, re.Pattern[str]]
    any_start: re.Pattern[str]  # where any of them can (`any_before_capital_pattern`)
    objects: re.Pattern[str]  # "acquired Ampere", "invested in Helsing" (English only)
    short_forms: tuple[str, ...]  # "Lumenia Data" is cited as "Lumenia" too
    name_before: re.Pattern[str]
    name_before_romance: re.Pattern[str]  # "Montejaral Centros de Datos" before "S.L."
    particle_forms: frozenset[str]  # the legal forms after which a name keeps its particles
    name_before_comma: re.Pattern[str]
    apposition: re.Pattern[str]  # ", a Kyoto-based robotics startup" after a name
    possessive: re.Pattern[str]  # "Malaysia's Tenaga Nasional"
    possessive_place: re.Pattern[str]  # "Malaysia" before "'s"
    roles: re.Pattern[str]  # "CEO" in "Kestrion's CEO"
    compound_roles: re.Pattern[str]  # "-Chefin" in "Ruhrtakt-Chefin"
    place_owners: frozenset[str]  # "Deutschland" in "Deutschlands Chef-Ökonom": no company
    always_noun_endings: tuple[str, ...]  # "-ung": a noun even after a descriptor
    role_words: tuple[str, ...]  # "Kreditfonds-Manager": what a firm is, never part of its name
    prefixed: re.Pattern[str]  # "Stadtwerke Lübeck": a word that starts a company name
    apposition_the: re.Pattern[str]  # ", the developer behind …" after a name
    article_before: re.Pattern[str]
    not_names: frozenset[str]
    noun_endings: tuple[str, ...]


@lru_cache(maxsize=1)
def _discovery() -> _Discovery:
    # Cue words are found first with trie regexes; the costly name patterns then run only in
    # the few characters around each cue.
    cues = load_json("org_discovery.json")
    endings = trie_pattern(cues["compound_descriptor_endings"])
    forms = cues["legal_forms"] + cues["name_suffixes"] + cues["short_form_suffixes"]
    capitals, literals = _split_forms(forms)
    return _Discovery(
        # `word_start`: a plain first character, which `re` skips to fast (see trie_pattern)
        # a generic last word ("Cobaltline AI", "Rheinauen Compute") marks a name like a legal form
        legal=_form_pattern(forms),
        legal_capitals=_form_pattern(capitals),
        legal_literals=tuple(literals),
        suffixes=frozenset(cues["name_suffixes"] + cues["short_form_suffixes"]),
        legal_forms=frozenset(cues["legal_forms"]),
        generic_words=frozenset(w.lower() for w in cues["generic_words"]),
        descriptors=tuple(x.lower() for x in cues["strong_descriptors"] + cues["weak_descriptors"]
                          + cues["compound_descriptor_endings"]),
        role_words=tuple(cues["role_word_endings"]),
        strong=re.compile(rf"({trie_pattern(cues['strong_descriptors'], True)}){_SP}({_NAME})"),
        weak=re.compile(rf"({trie_pattern(cues['weak_descriptors'], True)}){_SP}({_NAME})"),
        # the word before a descriptor on its own may be a brand: "ChatGPT maker OpenAI"
        compound=re.compile(rf"(?<![\w-])((?:[A-ZÄÖÜ][\w-]*?|[\w-]+ )(?:{endings})){_SP}({_NAME})"),
        starts={
            "strong": before_capital_pattern(cues["strong_descriptors"]),
            "weak": before_capital_pattern(cues["weak_descriptors"]),
            "objects": before_capital_pattern(cues["object_verbs"]),
            "compound": before_capital_pattern(cues["compound_descriptor_endings"], word_start=False),
            "prefixed": before_capital_pattern(cues["name_prefixes"]),
        },
        any_start=any_before_capital_pattern(cues[key] for key in (
            "strong_descriptors", "weak_descriptors", "object_verbs", "compound_descriptor_endings", "name_prefixes")),
        short_forms=tuple(cues["short_form_suffixes"]),
        objects=re.compile(rf"({trie_pattern(cues['object_verbs'], True)}){_SP}({_NAME})"),
        name_before=re.compile(rf"({_NAME}){_SP}$"),
        # Spanish, Portuguese, Italian and French names keep their particles ("Centros de Datos
        # S.L."), and may set the form off with a comma ("Frescaluz Refrigeração, Lda.")
        name_before_romance=re.compile(
            rf"({_NAME_WORD}(?:{_SP}(?:(?:{trie_pattern(cues['name_particles'])}){_SP})?{_NAME_WORD}){{0,5}}),?{_SP}$"),
        particle_forms=frozenset(cues["particle_legal_forms"]),
        name_before_comma=re.compile(rf"({_NAME})$"),
        apposition=re.compile(r",\s+(?:a|an|ein|eine|einem|einer|einen)\s+(?:[\w'’.-]+\s+){0,4}?"
                              rf"[\w-]*?(?:{trie_pattern(cues['apposition_nouns'])}(?![\w-])"
                              rf"|{trie_pattern(cues['apposition_nouns_of'])}\s+(?:of|von|für)\b)", re.IGNORECASE),
        prefixed=re.compile(rf"(?<![\w-])({trie_pattern(cues['name_prefixes'], True)}){_SP}({_NAME_WORD})"),
        apposition_the=re.compile(
            r",\s+the\s+(?:[\w'’.-]+\s+){0,3}?"
            rf"(?:{trie_pattern(cues['apposition_nouns_the'])})(?:\s+(?:behind|of|that|which|whose|out of|from)\b|,)",
            re.IGNORECASE),
        # (a curated place, or any one-word city of the place table: `_possessive_starts` says which)
        possessive=re.compile(rf"(?<![\w-])(?:{trie_pattern(cues['possessive_places'])}|[A-ZÄÖÜ][\w-]+)['’]s{_SP}({_NAME})"),
        # the place before an "'s", read backwards from it: "'s" is rare, place names start
        # with capitals, which are frequent
        possessive_place=re.compile(rf"(?<![\w-])(?:{trie_pattern(cues['possessive_places'])})\Z"),
        # "Kestrion's CEO", "Lindenaus Geschäftsführer": a role after a name in the possessive;
        # the roles are found first, the name then read backwards from each. The match is the
        # "s " before the role (a lookbehind first would be tried at every position)
        roles=re.compile(rf"[s’'][^\S\n](?=(?:{trie_pattern(cues['possessive_roles'])})\b)"),
        # "Ruhrtakt-Chefin Malin Ostrowski", "Torvik-Vorstand": the hyphen first, rare in text
        compound_roles=re.compile(rf"-(?:{trie_pattern(cues['compound_roles'])})(?![\w-])"),
        place_owners=frozenset(cues["place_owners"]),
        always_noun_endings=tuple(cues["always_noun_endings"]),
        article_before=re.compile(
            r"\b(?:der|die|das|dem|den|des|the|a|an|ein|eine|einem|einen|eines)\s+(?:[\w-]+\s+){0,2}?(?:\w+-)*$",
            re.IGNORECASE),
        # a currency code names money, never a company ("whether CHF 1.6 billion was cheap")
        not_names=frozenset(cues["not_names"] + load_json("currencies.json")["codes"]),
        noun_endings=tuple(cues["noun_endings"]),
    )


def _form_pattern(forms: list[str]) -> re.Pattern[str]:
    return re.compile(rf"({trie_pattern(forms, True)})(?![\w])")


def _split_forms(forms: list[str]) -> tuple[list[str], list[str]]:
    """The forms that open with a capital, and the others ("plc", "eG", "d.o.o."). A scan for the
    first stops only at capitals; the others' first letters ("e", "s", "a", "d") are everywhere
    in text, and a scan for them stopped at every second character, while `str.find` finds
    these few rare words at once.

    Matches of both kinds then never overlap, so that `legal` run only where either scan found
    a match yields what its scan of the whole text yields: no other form holds a capital that
    starts a word, where a capital form could start inside it. (Should one, all go to the
    regex scan.)"""
    capitals = [f for f in forms if f[:1].isupper()]
    others = [f for f in forms if not f[:1].isupper()]
    if any(_capital_word_start(f) for f in others):
        return forms, []
    return capitals, others


def _capital_word_start(form: str) -> bool:
    return any(c.isupper() and (i == 0 or not form[i - 1].isalnum() and form[i - 1] != "_")
               for i, c in enumerate(form))


def _legal_matches(text: str, d: _Discovery) -> Iterator[re.Match[str]]:
    """What `d.legal.finditer(text)` yields (see `_split_forms`): in most texts no other form
    stands, and the capital forms' matches are all (the same trie branch, the same groups)."""
    literal = literal_starts(text, d.legal_literals)
    if not literal:
        return d.legal_capitals.finditer(text)
    starts = [m.start() for m in d.legal_capitals.finditer(text)]
    return finditer_from(d.legal, text, sorted(starts + literal))


def find_organizations(text: str, learned: LearnedNames | None = None) -> list[OrgMention]:
    """Company mentions, sorted by position, known names taking precedence over guesses.

    A name discovered once ("das Start-up Nscale") is then found everywhere in the text,
    also where nothing introduces it ("Nscale sammelt zwei Milliarden ein"); so is a name
    `learned` from other articles of the collection.
    """
    known = _scan_names(text)[0]
    if learned:
        known = _with_learned(text, known, learned)
    discovered = _discover(text)
    known = _without_compound_heads(text, known, discovered)
    names = {d.name for d in discovered}
    full = _full_names(names | _bare_names(text, known, discovered) | _bare_names_de(text, known, discovered))
    full.update(_abbreviations(text, known + discovered))
    full.update(_curated_short_forms(full))
    full.update(_known_short_forms(known, full))
    first_words = _first_word_forms(text, names, full, known)
    full.update(first_words)
    recurring = [m for m in _recurrences(text, full) if m.name not in first_words or _short_form_stands(text, m)]
    guesses = _without_overlaps(_dedupe(discovered + recurring), known)
    found = sorted(known + _without_places([_renamed(g, full) for g in guesses]), key=lambda m: m.start)
    heads = _without_overlaps(_head_references(text, found), found)
    found = sorted(found + heads, key=lambda m: m.start) if heads else found
    outlet = _outlet_words(text, found)
    return [m for m in found if m.name.split()[0].casefold() not in outlet] if outlet else found


_COPYRIGHT_LINE = re.compile(r"^[^\S\n]*(?:©|\(c\)|Copyright\b)[^\n]*", re.IGNORECASE | re.MULTILINE)


def _outlet_words(text: str, found: list[OrgMention]) -> set[str]:
    """The publisher's name, which the page states as its masthead and in its copyright line
    ("KURSBRETT – Aktien · Analysen" … "© 2024 Kursbrett Medien GmbH"): the outlet that
    reports ("sagten … zu Kursbrett"), never a party. A press release's copyright line names
    the company itself, and its masthead another name."""
    low = fold(text)
    if "©" not in low and "(c)" not in low and "copyright" not in low:
        return set()  # (what every copyright line holds, as `fold` reads the case: no pattern scan)
    first_line = text.lstrip().split("\n", 1)[0]
    masthead = {w.casefold() for w in re.findall(r"\w+", first_line)}
    out: set[str] = set()
    for line in _COPYRIGHT_LINE.finditer(text):
        for m in found:
            # (the whole name stands there: "The Saguenay Shore Courier" is no short form of
            # the company "Saguenay Calcul" the story is about)
            if line.start() <= m.start < line.end() and m.name in line.group():
                word = m.name.split()[0].casefold()
                if word in masthead:
                    out.add(word)
    return out


def _with_learned(text: str, known: list[OrgMention], learned: LearnedNames) -> list[OrgMention]:
    """The curated names found, with the learned ones that overlap none of them."""
    added = _without_overlaps([OrgMention(text[start:end], start, end, name)
                               for start, end, name in learned.mentions(text)], known)
    return sorted(known + added, key=lambda m: m.start) if added else known


BARE_NAME_REPEATS = 3  # how often an English text must use a capitalised word to make it a name
# (`compile_fast`: a lookbehind first would have `re` try every position, not only the capitals)
_CAPITALISED = compile_fast(r"(?<![\w&.'’-])[A-Z][a-z]{3,}[a-z0-9]*\b(?!['’-]\w)")


def _word_starts(text: str, word: str, joiners: str = "") -> Iterator[int]:
    """Where `word` stands in the text as a word of its own (not after a letter, a digit or
    one of `joiners`; not before a letter or a digit). `str.find` is far faster than a
    pattern compiled for each word."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in joiners)) \
                and (end == len(text) or not text[end].isalnum()):
            yield at
        at = text.find(word, end)


def _in_lower_case(text: str, word: str) -> bool:
    """Whether `word` (lower case) stands in the text as a word of its own."""
    return next(_word_starts(text, word), None) is not None


# (a capitalised word before it ends without a full stop: "in February. Tether says" is a new sentence)
_WORD_BEFORE = re.compile(r"(?:(?P<cap>[A-Z][\w&-]*(?:\.[\w&-]+)*)|(?P<low>[a-z]+)|(?P<end>[.!?:;\"“”„(\n]))[^\S\n]*\Z")


def _bare_names(text: str, known: list[OrgMention], discovered: list[OrgMention]) -> set[str]:
    """English news names a small company it has introduced nowhere by a bare capitalised
    word ("Kestrelmoor signed …", "capacity from Ruhrtakt"). Such a word is a name when the
    text uses it at least three times on its own (not beside another capitalised word, not
    after a number), never in lower case, never at a sentence start only, never after "in",
    "near" or "at" (a place), and when it is not first met beside another capitalised word
    (a person is introduced with the first name, "Tom Cawthorne", then cited bare)."""
    if detect_language(text) != "en":  # already known: the amounts asked first
        return set()
    names = set()
    # the word before each place, looked up once: both tests below read it (a cache of this call)
    word_before = lru_cache(maxsize=None)(partial(_word_before, text))
    # (not after a first name: "Elon Musk's", "Tom Cawthorne said" is a person, however often cited alone)
    for word, starts in _bare_candidates(text, _CAPITALISED, BARE_NAME_REPEATS, known, discovered,
                                         keep=lambda w: not _after_first_name(text, w, word_before)).items():
        inside = alone = 0
        for i, at in enumerate(starts):
            before = word_before(at)
            after = text[at + len(word):at + len(word) + 2]
            if before is not None and before.group("low") in ("in", "near", "at"):
                break  # a place
            beside = before is None and text[max(0, at - 30):at].strip() != "" \
                or before is not None and before.group("cap") is not None or (after[:1] == " " and after[1:2].isupper())
            if beside and i == 0:
                break  # "Tom Cawthorne": a person's first mention
            alone += not beside  # "2.0281 Rumble Class A shares": no telling there
            inside += not beside and before is not None and before.group("low") is not None
        else:
            if inside and alone >= BARE_NAME_REPEATS:  # at least once inside a sentence, not only at its start
                names.add(word)
    return names


_CAPITALISED_DE = compile_fast(r"(?<![\w&.'’-])[A-ZÄÖÜ][a-zäöüß]{3,}[a-zäöüß0-9]*(?:s|'s|’s)?(?![\w'’-])")
# a word after one of these (and perhaps an adjective) is a noun or a place: "der Speicherwerke",
# "ihr Strom", "zum neuen Rechenzentrum", "in Buchschlag"
_DETERMINER_BEFORE = re.compile(
    r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|"
    r"dies(?:e|er|es|em|en)|jed(?:e|er|es|em|en)|unser\w*|ihr\w*|sein\w*|zum|zur|vom|im|am|beim|ins|"
    r"in|nach|aus)[^\S\n]+(?:[a-zäöüß]+(?:e|en|er|es|em)[^\S\n]+)?$",
    re.IGNORECASE)
BARE_NAME_REPEATS_DE = 2
# a word with one of these endings is an abstract noun, used without article ("über Flüssigkühlung")
_ABSTRACT_NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "tät", "täten", "ion", "ionen", "ismus", "nis")


def _bare_names_de(text: str, known: list[OrgMention], discovered: list[OrgMention]) -> set[str]:
    """German news names a company it has introduced nowhere by a bare word too ("Wie
    Rödelsberg bestätigte", "Jetzt hat Saalequant 38 Millionen Euro"). Every German noun is
    capitalised, so such a word must be unknown to both languages' lexicons, used at least
    twice, never after an article, a pronoun, an adjective or "in" (a noun or a place), never
    in lower case and never as a person's surname."""
    if detect_language(text) != "de":
        return set()
    def keep(word: str) -> bool:
        return not word.endswith(_ABSTRACT_NOUN_ENDINGS) and unknown_word(word) and not _after_first_name(text, word)

    return {word for word, starts in _bare_candidates(text, _CAPITALISED_DE, BARE_NAME_REPEATS_DE, known, discovered,
                                                       fold_genitive=True, keep=keep).items()
            if not any(_DETERMINER_BEFORE.search(text, max(0, at - 30), at) for at in starts)}


def _bare_candidates(text: str, pattern: re.Pattern[str], least: int, known: list[OrgMention],
                     discovered: list[OrgMention], fold_genitive: bool = False,
                     keep: Callable[[str], bool] = lambda word: True) -> dict[str, list[int]]:
    """The capitalised words the text uses at least `least` times (with where), that no found
    name holds, that are no word which names no one, and that the text never writes in lower
    case: what a bare name may be. (`fold_genitive`: "Quellfarns" after "Quellfarn" counts;
    `keep`: the caller's own test of a word, made before its places are looked up, which
    costs a pass over every capitalised word of the text.)"""
    # counted first with findall (C speed); where each candidate stands only for the few left
    counts = Counter(pattern.findall(text))
    stem_of: dict[str, str] = {}
    if fold_genitive:
        for word in [w for w in counts if w.endswith("s")]:
            for end in ("'s", "’s", "s"):
                if word.endswith(end) and word[:-len(end)] in counts:
                    stem_of[word] = word[:-len(end)]
                    counts[stem_of[word]] += counts.pop(word)
                    break
    repeated = [w for w, n in counts.items() if n >= least]
    if not repeated:
        return {}
    d = _discovery()
    taken = {m.name for m in known + discovered} | {w for m in known + discovered for w in m.text.split()}
    left = {w for w in repeated
            if w not in taken and w not in d.not_names and not _generic(w, d) and not _in_lower_case(text, w.lower())
            and keep(w)}
    if not left:
        return {}
    starts: dict[str, list[int]] = {w: [] for w in left}
    for m in pattern.finditer(text):
        word = stem_of.get(m.group(), m.group())
        if word in starts:
            starts[word].append(m.start())
    return starts


def _after_first_name(text: str, word: str,
                      word_before: Callable[[int], re.Match[str] | None] | None = None) -> bool:
    """Whether `word`, in any form ("Musk's" too), ever follows a capitalised word inside a
    sentence: the surname of a person introduced with the first name. (`word_before`:
    `_word_before` of the text, cached by the caller.)"""
    return any(_capital_before(text, at, word_before) is not None
               for at in _word_starts(text, word, joiners="&.'’-"))


def _word_before(text: str, at: int) -> re.Match[str] | None:
    """The word (or the sentence end) just before `at`, with the spaces after it."""
    return _WORD_BEFORE.search(text, max(0, at - 30), at)


def _capital_before(text: str, at: int,
                    word_before: Callable[[int], re.Match[str] | None] | None = None) -> str | None:
    """The capitalised word just before `at` in the same sentence ("Benedikt" in "Benedikt
    Hollerbach"), if any."""
    before = word_before(at) if word_before is not None else _word_before(text, at)
    return before.group("cap") if before is not None else None


# "Die Lausitzer Datenpark GmbH … Der Datenpark zahlt": the article and the name's head noun
_HEAD_ARTICLE = re.compile(r"\b(?:der|die|das|den|dem|des|the)\s+$", re.IGNORECASE)


def _head_references(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """"der Datenpark" after "Lausitzer Datenpark GmbH", "die Kreiswerke" after "Kreiswerke
    Main-Kinzig": a company cited by the distinctive noun of its name, with an article, after
    it was named in full. A noun two companies share points to neither."""
    d = _discovery()
    owners: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for m in found:
        words = m.name.split()
        if len(words) < 2:
            continue
        for head in {words[-1], words[0]}:
            if len(head) >= 5 and head[0].isupper() and head not in d.not_names and not _generic(head, d):
                owners.setdefault(head, set()).add(m.name)
                first[head] = min(first.get(head, m.end), m.end)
    out: list[OrgMention] = []
    for head, names in owners.items():
        if len(names) != 1:
            continue
        at = text.find(head, first[head])
        while at >= 0:
            end = _name_end(text, at + len(head))
            if end is not None and _HEAD_ARTICLE.search(text, max(0, at - 5), at):
                out.append(OrgMention(text[at:end], at, end, next(iter(names))))
            at = text.find(head, at + 1)
    return out


def _known_short_forms(known: list[OrgMention], full: dict[str, str]) -> dict[str, str]:
    """"Sakura Internet … Sakura also said": a known company named in full in this text is
    cited without its generic last word afterwards."""
    aliases, d = _alias_table(), _discovery()
    out: dict[str, str] = {}
    for m in known:
        words = (m.text[:-2] if m.text.endswith(("'s", "’s")) else m.text).split()
        if len(words) < 2 or words[-1] not in d.short_forms:
            continue
        short = " ".join(words[:-1])
        if short not in aliases and short not in full and short not in d.not_names:
            out[short] = m.name
    return out


def _curated_short_forms(full: dict[str, str]) -> dict[str, str]:
    """A discovered name that is a known company without its generic last word ("Lidl owner
    Schwarz" is the Schwarz Gruppe), or written in other capitals ("der
    Rechenzentrumsbetreiber Iren" is IREN), is that company. The table matches case-sensitively
    because "Iren" alone is also a word; a descriptor has already made it a company here."""
    aliases, folded = _alias_table(), _folded_alias_table()
    suffixes = (*_discovery().short_forms, *_GROUP_WORDS)
    out: dict[str, str] = {}
    for form in full:
        if form.casefold() in folded:
            out[form] = folded[form.casefold()]
            continue
        for suffix in suffixes:
            canonical = aliases.get(f"{form} {suffix}")
            if canonical:
                out[form] = canonical
                break
    return out


_ABBREVIATION = re.compile(r"[^\S\n]*\(([A-ZÄÖÜ][A-Za-z0-9&]{1,7})\)")


def _abbreviations(text: str, mentions: list[OrgMention]) -> dict[str, str]:
    """"Commonwealth Fusion Systems (CFS)": the short form in parentheses names the same
    company wherever it stands. Only letters of the name's capitals, in order, count as its
    abbreviation ("Stargate (USA)" is a place, "Microsoft (MSFT)" a ticker)."""
    out: dict[str, str] = {}
    aliases = _alias_table()
    for m in mentions:
        found = _ABBREVIATION.match(text, m.end)
        if found is None:
            continue
        short = found.group(1)
        if short in aliases or short == m.name or not _initials_of(short, m.name):
            continue
        out[short] = m.name
    return out


def _initials_of(short: str, name: str) -> bool:
    capitals = iter(c for c in name if c.isupper())
    return short[0] == name[0] and all(c in capitals for c in short.upper())


def _full_names(names: set[str]) -> dict[str, str]:
    """Each way the text names a discovered company -> its full name. "Lumenia" and
    "Lumenia Data", "Kairon" and "Kairon Labs" are one company: the short form is what later
    sentences use once the full name was introduced."""
    full = {n: n for n in names}
    for name in names:
        for suffix in _discovery().short_forms:
            if name.endswith(" " + suffix):
                full.setdefault(name[: -len(suffix) - 1], name)
    for short in list(full):
        longer = [n for n in names if n.startswith(short + " ")]
        if longer:
            full[short] = min(longer, key=len)
    return full


def _first_word_forms(text: str, names: set[str], full: dict[str, str], known: list[OrgMention]) -> dict[str, str]:
    """"Wieslauf" after "Wieslauf Trafobau GmbH", "Thistlebrook" after "Thistlebrook Credit
    Partners": news cites a company it has introduced by the first word of its name, when
    that word is distinctive (no common word, place or adjective, and no other company's)."""
    d = _discovery()
    owners: dict[str, list[str]] = {}
    for name in names:
        words = name.split()
        if len(words) >= 2:
            owners.setdefault(words[0], []).append(name)
    taken = {m.name for m in known} | {m.text for m in known}
    out: dict[str, str] = {}
    for word, of in owners.items():
        if (len(of) == 1 and word not in full and word not in taken and len(word) >= 4 and word.isalpha()
                and word[0].isupper() and not word.isupper() and word not in d.not_names
                and not _generic(word, d) and word not in d.place_owners and not _PLACE_ADJECTIVE.match(word)
                and not _in_lower_case(text, word.lower())):
            out[word] = of[0]
    return out


# "im Innviertel", "nach Ohrdruf": a place, not the company named after it
_PLACE_PREPOSITION = re.compile(r"\b(?:im|in|ins|am|nach|aus|across|near|around)[^\S\n]+$")


def _short_form_stands(text: str, m: OrgMention) -> bool:
    """Whether a first-word short form names the company here: not a person's surname after
    the first name ("Geschäftsführer Benedikt Hollerbach"), not a place after a preposition."""
    capital = _capital_before(text, m.start)
    if capital is not None and capital not in _discovery().not_names:
        return False
    return _PLACE_PREPOSITION.search(text, max(0, m.start - 30), m.start) is None


def _without_places(guesses: list[OrgMention]) -> list[OrgMention]:
    """Guessed names that are places are no companies, unless the text gives one of their
    mentions a legal form ("Orange S.A.")."""
    formal = {g.name for g in guesses if len(g.text) > len(g.name) and g.text.startswith(g.name)}
    return [g for g in guesses if g.name in formal or not _is_place(g.name)]


_PLACE_PROGRAMME = ("AI", "KI")  # "its Munich AI cloud", "Vizag AI": a place's programme, no company


def _is_place(name: str) -> bool:
    """Whether a name found by guessing is a country, a US state or a city: a capitalised
    word used often enough or in a company's spot ("Abilene officials approved …") is far
    more often the place than a company named after it. Names of the curated table are
    never guessed, so "Nokia" (also a Finnish town) stays a company."""
    words = name.split()
    if len(words) > 1 and words[-1] in _PLACE_PROGRAMME:
        words = words[:-1]
    return " ".join(words) in place_names()


def _renamed(m: OrgMention, full: dict[str, str]) -> OrgMention:
    name = full.get(m.name, m.name)
    return m if name == m.name else OrgMention(m.text, m.start, m.end, name)


def _recurrences(text: str, full: dict[str, str]) -> list[OrgMention]:
    if not full:
        return []
    # a few names per article: found with str.find, which beats compiling a pattern for them.
    # The longer form first: "Cartalis" and "Cartali" + genitive s cover the same words, and the
    # first of equal mentions wins (in the order of a set, the hash seed chose)
    out: list[OrgMention] = []
    for form in sorted(full, key=lambda f: (-len(f), f)):
        at = text.find(form)
        while at >= 0:
            end = _name_end(text, at + len(form))
            if end is not None and not (at and (text[at - 1].isalnum() or text[at - 1] == "_")):
                out.append(OrgMention(text[at:end], at, end, form))
            at = text.find(form, at + 1)
    return out


def _name_end(text: str, end: int) -> int | None:
    """Where a name found at `end` ends with its genitive ("Nscales", "Nscale's"), or None when
    the word goes on ("Nscaler")."""
    m = _GENITIVE_END.match(text, end)
    return m.end() if m else None


_GENITIVE_END = re.compile(_END)


def find_persons(text: str) -> list[OrgMention]:
    """People who act for a company ("Altman gab bekannt"), as mentions of that company."""
    return list(_scan_names(text)[1])


def _discover(text: str) -> list[OrgMention]:
    d = _discovery()
    found: list[OrgMention] = []
    for m in _legal_matches(text, d):
        if not text[m.start() - 1:m.start()].isspace():
            continue
        if text.startswith("-", m.end()) and m.group(1) not in d.legal_forms:
            continue  # "Junge Cloud-Anbieter": the generic word starts a compound, it ends no name
        rx = d.name_before_romance if m.group(1) in d.particle_forms else d.name_before
        before = rx.search(text, max(0, m.start() - 60), m.start())
        if not before:
            continue
        words = before.group(1).split()
        cut = _after_cue_words(words, d)
        if cut == len(words) and m.group(1) in d.legal_forms and words[-1] not in d.not_names:
            # "Beignet Investor LLC": a descriptor word is the name's last word before the form
            cut = max((i + 1 for i, w in enumerate(words) if w in d.not_names), default=0)
            if len(words) - cut < 2:
                cut = len(words)  # "Der Konzern AG": no name, only the descriptor
        words = words[cut:]
        first_at = before.start(1) + before.group(1).index(words[0]) if words else m.start()
        if len(words) + (m.group(1) in d.suffixes) >= 3 and _PLACE_ADJECTIVE.match(words[0]) \
                and _ARTICLE_BEFORE_ADJECTIVE.search(text, max(0, first_at - 10), first_at):
            # "Die Wernigeröder Harzfeld Kältetechnik GmbH"; "Lausitzer Datenpark" and "Sevier Desert Compute" stay
            words = words[1:]
        if m.group(1) not in d.legal_forms and all(_generic(w, d) for w in words):
            continue  # "the UK AI sector", "GPU Cloud": common words before a generic last word
        if words:
            start = before.start(1) + before.group(1).index(words[0])
            name = " ".join(words + ([m.group(1)] if m.group(1) in d.suffixes else []))
            found.append(OrgMention(text[start:m.end()], start, m.end(), name))
    found += _camel_case_names(text, d)
    backwards = text[::-1]
    # (the cues of all kinds found in one backward scan, each kind's then tried only there)
    candidates = [m.start() for m in d.any_start.finditer(backwards)]

    def matches(rx: re.Pattern[str], kind: str) -> Iterator[re.Match[str]]:
        # the name patterns run only where their cue stands before a name
        return finditer_from(rx, text, starts_before_capital(d.starts[kind], text, backwards, candidates))

    # after a descriptor that only introduces companies ("Rechenzentrumsbetreiber Helvion"),
    # a name ending like a German noun ("-ion") is still a name
    for m in matches(d.strong, "strong"):
        found += _named_after(m, d, nouns_possible=False)
    for m in finditer_from(d.compound, text, _compound_starts(text, d, backwards, candidates)):
        found += _named_after(m, d, nouns_possible=False)
    for m in matches(d.objects, "objects"):
        found += _named_after(m, d)
    if "gegründet" in text:  # (rare: the pattern runs only where the participle stands)
        for m in _FOUNDED_DE.finditer(text):
            found += _named_after(m, d, nouns_possible=False)
    for m in d.apposition.finditer(text):
        found += _named_before_apposition(text, m, d)
    for m in finditer_from(d.possessive, text, _possessive_starts(text, d)):
        found += _named_after(m, d, group=1)
    for m in d.apposition_the.finditer(text):
        found += _named_before_apposition(text, m, d)
    for m in _ampersand_names(text):
        # "Kraus & Pfeil", "Procter & Gamble": two names joined by "&" name a firm
        first, second = m.group(1), m.group(2)
        if _section_title(text, m.group()):
            continue
        if not {first, second} & d.not_names and not any(
                _generic(w, d) or w.lower().endswith(d.descriptors) or w.isupper() for w in (first, second)):
            found.append(OrgMention(m.group(), m.start(), m.end(), m.group()))
    for role in d.roles.finditer(text):
        m = _ROLE_OWNER.search(text, max(0, role.end() - 60), role.end())
        if m is None:
            continue
        words = m.group(1).split()
        words = words[_after_cue_words(words, d):]
        if words and not all(_generic(w, d) for w in words) and words[0] not in d.place_owners:
            start = m.start(1) + m.group(1).index(words[0])
            found.append(OrgMention(text[start:m.end(1)], start, m.end(1), " ".join(words)))
    for role in d.compound_roles.finditer(text):
        m = _COMPOUND_OWNER.search(text, max(0, role.start() - 40), role.start())
        word = m.group(1) if m else ""
        if word and not (word in d.not_names or word in d.place_owners or _generic(word, d) or word.isupper()
                         or word.lower().endswith(d.descriptors + d.always_noun_endings + d.noun_endings + _PLURAL_LINK)):
            found.append(OrgMention(word, m.start(1), m.end(1), word))
    for m in _line_labels(text, _CAPS_COLON, _CAPS_LABEL):
        # "FLUIDSTACK: Zur Erinnerung – der Londoner Cloudanbieter …": a newsletter item headed
        # by a known company in capitals
        name = _folded_alias_table().get(m.group(1).casefold())
        if name is not None:
            found.append(OrgMention(m.group(1), m.start(1), m.end(1), name))
    for m in _line_labels(text, _LISTING, _LISTED_LABEL):
        # "Velarion (private): The small-reactor developer closed …": an analyst's list item
        found.append(OrgMention(m.group(1), m.start(1), m.end(1), m.group(1)))
    for m in matches(d.prefixed, "prefixed"):
        # "in der Stadt Gelnhausen" is a place; "die Stadt Gelnhausen verkauft" a party
        if m.group(2) not in d.not_names and not _IN_PLACE.search(text, max(0, m.start() - 12), m.start()):
            name = f"{m.group(1)} {m.group(2)}"
            found.append(OrgMention(text[m.start():m.end()], m.start(), m.end(), name))
    for m in matches(d.weak, "weak"):
        if d.article_before.search(text, max(0, m.start() - 50), m.start()):
            found += _named_after(m, d)
    found += paying_names(text, backwards)
    return _dedupe(found)


_POSSESSIVE_S = re.compile(r"['’]s[^\S\n]")


def _possessive_starts(text: str, d: _Discovery) -> list[int]:
    """Where "Malaysia's X" can start: at a curated place name just before an "'s", or at a city
    the place table knows that is no company of the alias table ("Tübingen's Neckarlogik")."""
    starts = []
    for s in _POSSESSIVE_S.finditer(text):
        place = d.possessive_place.search(text, max(0, s.start() - 40), s.start())
        if place is not None:
            starts.append(place.start())
            continue
        word = _CITY_BEFORE.search(text, max(0, s.start() - 30), s.start())
        if word is not None and word.group() in city_names() and word.group().casefold() not in _folded_alias_table():
            starts.append(word.start())
    return starts


_CITY_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÄÖÜ][\w-]+\Z")


# "GridWorks", "CloudHQ", "TiszaCom": a capital after small letters inside a word marks a brand,
# which no German or English common noun is ("GmbH" is a legal form; "McBride", "DeSantis" people)
# (no lookbehind first: the scan then skips to capitals; where a word starts is checked after)
_CAMEL_CASE = re.compile(r"[A-ZÄÖÜ][a-zäöüé]+[A-ZÄÖÜ][\w&]*(?![\w'’])")
_NOT_BEFORE_CAMEL_CASE = "&.'’-_"
_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-ZÄÖÜ]")
MIN_CAMEL_CASE = 5
_NEXT_WORD = re.compile(r"[ -](\w+)")
_PROGRAMME_TAILS = ("AI", "EU", "HPC")  # "InvestAI", "InvestEU", "EuroHPC": public programmes


def _camel_case_names(text: str, d: _Discovery) -> list[OrgMention]:
    """Names written in camel case, with the capitalised word before them that is not a
    descriptor ("Panchgani GridWorks aus Pune", "der Entwickler Panchgani GridWorks")."""
    people, known = _person_table(), _alias_table()
    out: list[OrgMention] = []
    for m in _CAMEL_CASE.finditer(text):
        word = m.group()
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in _NOT_BEFORE_CAMEL_CASE):
            continue  # inside a word or a compound
        if word in known:
            continue  # "OpenAI", "SoftBank": the table names them
        if len(word) < MIN_CAMEL_CASE or word in d.legal_forms or word in d.not_names or word in people \
                or _SURNAME_PREFIX.match(word) or _generic(word, d) or word.endswith(_PROGRAMME_TAILS):
            continue
        after = _NEXT_WORD.match(text, m.end())
        if after is not None and after.group(1).lower().endswith(d.descriptors):
            continue  # "TikTok owner ByteDance", "ChatGPT-Entwickler": a brand naming the company after it
        before = d.name_before.search(text, max(0, m.start() - 60), m.start())
        words = before.group(1).split() if before else []
        words = words[_after_cue_words(words, d):]
        # of what stands before, only the word right before, and only where it is no generic word
        words = words[max((i + 1 for i, w in enumerate(words) if _generic(w, d)), default=0):][-1:]
        if words and (words[0].lower().endswith(d.always_noun_endings) or words[0] in people):
            words = []
        start = before.start(1) + before.group(1).rindex(words[0]) if words else m.start()
        out.append(OrgMention(text[start:m.end()], start, m.end(), " ".join(words + [word])))
    return out


def _after_cue_words(words: list[str], d: _Discovery) -> int:
    """Where a name before a legal form or an apposition starts: after the last word that
    cannot be part of it ("Heidelberger KI-Start-up Kairon Labs")."""
    return max((i + 1 for i, w in enumerate(words)
                if w in d.not_names or w.lower().endswith(d.descriptors + d.role_words) or _ATTRIBUTE_WORD.search(w)),
               default=0)


def _generic(word: str, d: _Discovery) -> bool:
    """A word that names no one: a country code ("UK"), a tech term ("GPU"), an adjective."""
    return word.lower() in d.generic_words


def _compound_starts(text: str, d: _Discovery, backwards: str, candidates: list[int] | None = None) -> list[int]:
    """Every position where `d.compound` can match: the start of the word that ends in a
    descriptor ending ("Industrie|konzerns"), or of the word before a descriptor standing alone
    ("equipment maker"). Found from the endings instead of trying every capitalised word.
    (`candidates`: see `starts_before_capital`.)"""
    starts: set[int] = set()
    for at in starts_before_capital(d.starts["compound"], text, backwards, candidates):
        starts.add(_word_start(text, at))
        if at > 0 and text[at - 1] == " ":
            starts.add(_word_start(text, at - 1))
    return sorted(starts)


def _word_start(text: str, i: int) -> int:
    """Start of the run of word characters and hyphens that ends just before `i`."""
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_-"):
        i -= 1
    return i


def _named_before_apposition(text: str, m: re.Match[str], d: _Discovery) -> list[OrgMention]:
    """"Kiyomi Dynamics, a Kyoto-based robotics startup": the name before a comma that an
    apposition describes as a company."""
    before = d.name_before_comma.search(text, max(0, m.start() - 60), m.start())
    if not before:
        return []
    words = before.group(1).split()
    words = words[_after_cue_words(words, d):]
    if not words:
        return []
    start = before.start(1) + before.group(1).index(words[0])
    return [OrgMention(text[start:before.end(1)], start, before.end(1), " ".join(words))]


_WORD = re.compile(r"\S+")
_IN_PLACE = re.compile(r"\b(?:in|im|aus|nach|bei)\s+(?:der\s+|dem\s+)?$", re.IGNORECASE)
# "Gwangju-based", "US-listed": an attribute before the name, never part of it
# a German place adjective ("Wernigeröder", "Magdeburger") before a name of two words or more
# "Svenja Lorbach hat Tensorhof mitgegründet": the company between auxiliary and participle
# (a time may stand between the name and the participle: "hat Hirschgraben Leasing vor acht Jahren gegründet")
_FOUNDED_DE = re.compile(rf"\b(hat|hatte|haben|hatten){_SP}({_NAME})(?:{_SP}(?:vor|im|in|bereits|schon|erst|einst|"
                         rf"Jahre?n?|[0-9]{{4}}|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)){{0,4}}"
                         rf"{_SP}(?:mit)?gegründet\b")
_PLACE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er$")
_ARTICLE_BEFORE_ADJECTIVE = re.compile(r"\b(?:[Dd](?:er|ie|as|em|en|es)|[Ee]ine[mnrs]?)\s+$")
_AMPERSAND_NAME = re.compile(rf"(?<![\w&.-])({_NAME_WORD}){_SP}&{_SP}({_NAME_WORD})(?![\w&-])")


def _ampersand_names(text: str) -> Iterator[re.Match[str]]:
    """The "X & Y" names, matched only around each " & " (few texts have one)."""
    at = text.find(" & ")
    while at >= 0:
        m = _AMPERSAND_NAME.search(text, max(0, at - 40), at + 45)
        if m is not None and m.start() <= at < m.end():
            yield m
        at = text.find(" & ", at + 3)


SECTION_LINE_WORDS = 12  # a heading or a page's section line is short


def _section_title(text: str, name: str) -> bool:
    """"Rubrik: Köpfe & Konzepte | Lesedauer", "Kurier · Banken & Versicherungen": two everyday
    German words joined by "&" that stand only in lines that are no sentence (headings, a
    page's section) name a section, not a firm ("Lang & Schwarz kauft …" is a firm)."""
    if not all(common_german_word(w) for w in name.split(" & ")):
        return False
    for at in _word_starts(text, name):
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        line = text[start:end if end >= 0 else len(text)].strip()
        if line.endswith((".", "!", "?", '"', "“", "”")) or len(line.split()) > SECTION_LINE_WORDS:
            return False
    return True


def _line_labels(text: str, anchor: re.Pattern[str], label: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Labels that open a line and end at `anchor`: the rare anchor is found first, the label
    then read from the start of its line (a pattern anchored at every line start is tried at
    every position of the text)."""
    for a in anchor.finditer(text):
        m = label.fullmatch(text, text.rfind("\n", 0, a.start()) + 1, a.start())
        if m is not None:
            yield m


# a newsletter item headed by a name in capitals: "FLUIDSTACK: …"
_CAPS_COLON = re.compile(r":[^\S\n]")
_CAPS_LABEL = re.compile(r"[^\S\n]*(?:[•*·–-][^\S\n]*)?([A-ZÄÖÜ0-9][A-ZÄÖÜ0-9&.\- ]{1,30}[A-ZÄÖÜ0-9])")
# a list item headed by a company and its listing: "Velarion (private):", "Talen (NASDAQ: TLN):"
_LISTING = re.compile(r"\((?:private|privat|[A-Z]{2,8}:[^\S\n]?[A-Z0-9.]{1,8}|[A-Z]{2,5})\):")
_LISTED_LABEL = re.compile(r"[^\S\n]*(?:[•*·–-][^\S\n]*)?([A-Z][\w&.-]*(?:[^\S\n][A-Z][\w&.-]*){0,3})[^\S\n]*")
# "Branchen-Sprecher", "Unternehmens-Chef": a plural or a linking s marks a noun
_PLURAL_LINK = ("en", "ens", "ungs", "heits", "keits", "ions", "täts", "ers")
_COMPOUND_OWNER = re.compile(r"(?<![\w&.-])([A-ZÄÖÜ][\w&]+)$")
_ROLE_OWNER = re.compile(rf"(?<![\w-])({_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}}?)(?:['’]s|s){_SP}$")
# "X-based", "KI-fähige": an attribute, no part of a name (German adjectives end -e, -en, -er, -es, -em)
_ATTRIBUTE_WORD = re.compile(r"-(?:based|born|listed|owned|backed|headquartered|[a-zäöüß]+(?:e|en|er|es|em))$")


def _named_after(m: re.Match[str], d: _Discovery, nouns_possible: bool = True, group: int = 2) -> list[OrgMention]:
    """The name a descriptor introduces, cut before the first word that cannot be part of it
    (`nouns_possible`: the descriptor may also stand before an ordinary noun, so a single word
    that ends like one is not taken for a name)."""
    keep: list[re.Match[str]] = []
    for word in _WORD.finditer(m.group(group)):
        w = word.group()
        if w in d.not_names or _ATTRIBUTE_WORD.search(w):
            break
        if not keep and w.lower().endswith(d.descriptors) and len(w) > 3:
            continue  # "Übernahme des US-Chipentwicklers Ampere": the descriptor before the name
        keep.append(word)
    while keep and keep[-1].group() == "&":
        keep.pop()
    while len(keep) > 1 and keep[-1].group() not in d.suffixes \
            and keep[-1].group().lower().endswith(d.always_noun_endings):
        keep.pop()  # "der Projektentwickler Caddo Mesa Digital Geld für …": a noun after the name
    if not keep or (len(keep) == 1 and keep[0].group().lower().endswith(
            d.noun_endings + d.always_noun_endings if nouns_possible else d.always_noun_endings)):
        return []  # "beim Softwarekonzern Rechenleistung (abnehmen)": a noun, even after a descriptor
    if all(w.group() in d.legal_forms for w in keep):
        return []  # "der Konzern AG": a legal form names no one
    if all(_generic(w.group(), d) for w in keep):
        return []  # "Amsterdam's GPU ambitions": common words
    start, end = m.start(group) + keep[0].start(), m.start(group) + keep[-1].end()
    name = " ".join(w.group() for w in keep)
    return [OrgMention(m.string[start:end], start, end, name)]


def _dedupe(mentions: list[OrgMention]) -> list[OrgMention]:
    """Sorted and non-overlapping: the earlier mention wins, then the longer. One sweep, as
    texts of megabytes hold thousands of mentions."""
    out: list[OrgMention] = []
    for m in sorted(mentions, key=lambda x: (x.start, -x.end)):
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


def _without_compound_heads(text: str, known: list[OrgMention], discovered: list[OrgMention]) -> list[OrgMention]:
    """"Raiffeisen-Landesbank Tirol" is its own company, not Raiffeisen: a known name that only
    starts a longer hyphenated name found in the text gives way to it."""
    starts = {g.start: g for g in discovered if " " in g.text}
    return [k for k in known
            if not (k.start in starts and starts[k.start].end > k.end and text.startswith("-", k.end))]


def _without_overlaps(guesses: list[OrgMention], known: list[OrgMention]) -> list[OrgMention]:
    """Guesses that overlap no known name (known names win); `known` is sorted and disjoint."""
    starts = [k.start for k in known]
    kept = []
    for g in guesses:
        i = bisect_left(starts, g.end)  # known[i-1] is the last one starting before g ends
        if i == 0 or known[i - 1].end <= g.start:
            kept.append(g)
    return kept


def canonical_name(name: str) -> str:
    """The curated name for an alias, else the name itself."""
    return _alias_table().get(name, name)
