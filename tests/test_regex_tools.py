"""The regex speed-ups give exactly the matches of the plain patterns they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.extraction.deals import _at_line_start, cues
from desktop.extraction.organizations import _compound_starts, _discovery
from desktop.extraction.regex_tools import (
    BIG_TEXT,
    _first_chars,
    before_capital_pattern,
    compile_fast,
    finditer_from,
    fold,
    starts_before_capital,
)
from desktop.extraction.regex_tools import WordStartPattern
from desktop.resources import load_json

# Text made of the cue words themselves, so matches are frequent and overlap in every way.
_PIECES = ["das ", "der ", "Unternehmen ", "Konzern ", "Start-up ", "Chip-Start-up ", "data center operator ",
           "equipment maker ", "Industriekonzerns ", "Chipanbieter ", "maker ", "Nscale ", "Aker ", "acquired ", "stake in ", "the company ",
           "Er ", ". ", "er ", "-", "x", "unterzeichnet ", "bewertet ", "valued at ", "signed ", "\n", "AG ", " ",
           "It ", "it signed ", "Its ", "will es ", "hat es ", "seine Tochter ", "the bank "]
texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab _-.\nÄä1", max_size=30))
def test_a_boundary_written_after_its_letter_matches_the_same(text: str) -> None:
    for pattern in (r"\ba", r"a\bb", r"\ba\b|\bb", r"(?:x|\b_)", r"\bÄ.", r"\b1", r"[\b]a\ba"):
        assert _spans(compile_fast(pattern), text) == _spans(re.compile(pattern), text), pattern


def test_first_chars_of_patterns_that_re_cannot_scan_for() -> None:
    assert _first_chars(r"\b(?:das|der|ihre[mn]?)\s+x") == frozenset("di")
    assert _first_chars(r"(?<![\w])(?:ab|c[d-f])|x+") == frozenset("acx")
    assert _first_chars(r"\b\w+") is None  # a category: too many characters
    assert _first_chars(r"\b(?:a|)") is None  # can match the empty string
    assert _first_chars("abc|abd") is None  # `re` scans for the prefix by itself


def test_compile_fast_adds_lookahead_only_where_it_helps() -> None:
    assert compile_fast(r"\b(?:das|der)\s").pattern.startswith("(?=[d])")
    # a boundary before a letter is checked after it: the alternative starts with a literal
    assert compile_fast(r"\bder\b").pattern == r"d(?<!\w.)er\b"
    assert compile_fast("plain").pattern == "plain"
    assert compile_fast(r"\b(?:das|der)", re.IGNORECASE).pattern == r"\b(?:das|der)"


@settings(max_examples=300, deadline=None)
@given(texts)
def test_cue_patterns_match_as_written(text: str) -> None:
    """Every cue of deal_cues.json, compiled fast, finds what the pattern as written finds."""
    low = fold(text)
    c = cues()
    patterns = [c.references, c.plural_references, c.agreement, c.funding, c.capex, *(p for _, p in c.not_deal),
                *(p for _, p in c.kinds), *(p for _, p in c.statuses)]
    for p in patterns:
        assert _spans(p.regex, low) == _spans(re.compile(p.pattern), low), p.pattern


@settings(max_examples=300, deadline=None)
@given(texts)
def test_name_cues_found_backwards_as_forwards(text: str) -> None:
    """The discovery patterns, run only where the backward scan puts a cue, match as a scan of
    every position does."""
    d = _discovery()
    backwards = text[::-1]
    for kind in ("strong", "weak", "objects"):
        rx = getattr(d, kind)
        plain = re.compile(r"(?<![\w])" + rx.pattern)
        fast = finditer_from(rx, text, starts_before_capital(d.starts[kind], text, backwards))
        assert [m.span() for m in fast] == _spans(plain, text), kind
    compound = finditer_from(d.compound, text, _compound_starts(text, d, backwards))
    assert [m.span() for m in compound] == _spans(d.compound, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["  ", "Stadt ", "Stadtwerke ", "developer ", "acquired  "]),
                max_size=40).map("".join))
def test_one_backward_scan_finds_every_kind_of_cue(text: str) -> None:
    """The cues of every kind found where the one scan for all puts them, as by a scan per kind."""
    d = _discovery()
    backwards = text[::-1]
    candidates = [m.start() for m in d.any_start.finditer(backwards)]
    for rx in d.starts.values():
        assert starts_before_capital(rx, text, backwards, candidates) == starts_before_capital(rx, text, backwards)
    assert _compound_starts(text, d, backwards, candidates) == _compound_starts(text, d, backwards)


def test_compound_descriptors_found_backwards() -> None:
    d = _discovery()
    text = "Der norwegische Industriekonzerns Aker und der equipment maker Nokia sowie KI-Chipanbieter Groq."
    fast = [m.group(2) for m in finditer_from(d.compound, text, _compound_starts(text, d, text[::-1]))]
    assert fast == [m.group(2) for m in d.compound.finditer(text)] == ["Aker", "Nokia", "Groq"]


def test_before_capital_finds_longest_cue_start() -> None:
    words = load_json("org_discovery.json")["strong_descriptors"]
    text = "Der Betreiber und data center operator Lumenia sowie das Chip-Start-up Groq."
    starts = starts_before_capital(before_capital_pattern(words), text, text[::-1])
    assert [text[i:i + 20] for i in starts] == ["data center operator", "Chip-Start-up Groq."]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_references_start_where_the_pattern_finds_them(text: str) -> None:
    """The fast scan for where references stand finds every match the plain scan finds."""
    refs = cues().references
    assert isinstance(refs, WordStartPattern)
    assert refs.starts(text) == [m.start() for m in refs.finditer(text)]


def _all_cue_patterns() -> list:
    c = cues()
    out = []
    for name in c.__dataclass_fields__:
        value = getattr(c, name)
        if isinstance(value, list):
            out += [p for _, p in value if hasattr(p, "gate")]
        elif hasattr(value, "gate"):
            out.append(value)
    return out


_GATE_PIECES = _PIECES + ["bu", "ss", "ße ", "je ", "mw ", "beiden ", "partner ", "vertrag ", "im wert von ",
                          "the two companies ", "capital spending in the first quarter ", "raised ", "in total ",
                          "eu ", "government ", "vorjahr ", "um 5 ", "$1.5 billion ", "nachdem es 3 waren "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GATE_PIECES), max_size=30).map("".join), st.integers(0, 40), st.integers(0, 400))
def test_a_literal_gate_never_rules_out_a_text_its_cue_matches(text: str, pos: int, endpos: int) -> None:
    low = fold(text)
    for cue in _all_cue_patterns():
        if cue.regex.search(low, pos, endpos) is not None:
            assert cue.gate is None or cue.gate.search(low, pos, endpos) is not None, cue.pattern
        assert [m.span() for m in cue.finditer(text, pos, endpos)] == _spans_between(cue.regex, low, pos, endpos)


def _spans_between(rx: re.Pattern[str], text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text, pos, endpos)]


def test_required_literals_of_simple_patterns() -> None:
    from desktop.extraction.regex_tools import required_literals

    assert required_literals(r"\bbu(?:ss|ß)e\b") == {"busse", "buße"}
    assert required_literals(r"\bfoo\s+bar(?:baz)?") in ({"foo"}, {"bar", "barbaz"})
    assert required_literals(r"a|\d+") is None  # a branch that needs no string
    assert required_literals(r"(?i)abc") is None


def test_a_long_text_stays_folded_while_sentences_are_folded() -> None:
    # A megabyte article is searched between many sentence foldings; folding it again for each
    # search made extraction grow with the square of its length.
    article = "Ärger bei İnvest " * (BIG_TEXT // 10)
    folded = fold(article)
    assert len(folded) == len(article) and folded.startswith("ärger bei invest")
    for i in range(50):
        fold(f"Satz {i} über Oracle")
    assert fold(article) is folded
    assert fold("Ein Satz") == "ein satz"


def test_line_start_looks_back_to_the_line_only() -> None:
    text = "Intro line.\n• $34.2 billion — capex\nAmazon pays $5 billion — to X"
    assert _at_line_start(text, text.index("$34"))
    assert not _at_line_start(text, text.index("$5"))
    assert _at_line_start("$1 billion — x", 0)


# Legal forms, lower-case ones among them, and what stands around them in names.
_FORM_PIECES = ["Acme ", "GmbH", "AG", "AG & Co. KG", "plc", "eG", "d.o.o.", "spol. s r.o.", "s.r.o.", "Inc.",
                "ehf.", "hf.", "ltée", " ", "-", ".", ",", "\n", "x", "Labs ", "Data", "Data Centers", "S.A.", "a.s."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FORM_PIECES), max_size=30).map("".join))
def test_legal_forms_found_by_capitals_and_find_as_by_one_scan(text: str) -> None:
    from desktop.extraction.organizations import _legal_matches

    d = _discovery()
    assert d.legal_literals  # (the lower-case forms are split off: else this tests nothing)
    fast = [(m.span(), m.group(1)) for m in _legal_matches(text, d)]
    assert fast == [(m.span(), m.group(1)) for m in d.legal.finditer(text)]


def test_forms_with_a_capital_word_inside_stay_in_the_one_scan() -> None:
    from desktop.extraction.organizations import _split_forms

    assert _split_forms(["AG", "plc", "eG"]) == (["AG"], ["plc", "eG"])
    assert _split_forms(["AG", "de Co"]) == (["AG", "de Co"], [])  # "Co" could start a capital form inside


_SOURCE_PIECES = ["analysts at ", "Analyst ", "laut ", "per ", "according to ", "Schätzung von ", "Ökonomin ",
                  "Ilka ", "Vordermaier ", "von ", "der ", "Acme ", "who follows ", "the ", "sector ", "for ",
                  "KI ", "x", " ", "\n", "Strategist ", "brokerage ", "ſ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SOURCE_PIECES), max_size=20).map("".join), st.integers(0, 30), st.integers(0, 300))
def test_a_gated_pattern_matches_as_its_pattern(text: str, pos: int, endpos: int) -> None:
    """The gate on `fold` of the text never rules out a match of the IGNORECASE pattern."""
    from desktop.extraction.deals import _DURATION, _SOURCE_BEFORE

    m = _SOURCE_BEFORE.search(text, pos, endpos)
    plain = _SOURCE_BEFORE.regex.search(text, pos, endpos)
    assert (m and m.span()) == (plain and plain.span())
    years = text.replace("Acme", "drei Jahre").replace("sector", "10-year")
    assert [m.span() for m in _DURATION.finditer(years)] == _spans(_DURATION.regex, years)


_NUMBER_PIECES = ["ein ", "eine ", "zwei", "hundert", "½", "⅓", "12", "3", ".", ",", " ", "-", "x", "a ", "an ",
                  "million ", "und ", "fünf", "Vier", "(", "\n", "_"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_PIECES), max_size=30).map("".join))
def test_number_heads_start_where_one_scan_put_them(text: str) -> None:
    """The two scans for where a number can start find what the one pattern of both found."""
    from desktop.extraction import numbers as n

    low = fold(text)
    for lang, words in (("de", set(n._DE["articles"]) | n._DE_MORPHEMES),
                        ("en", ["a", "an"] + list(n._EN_UNITS) + list(n._EN_MULT))):
        one = re.compile(rf"[\W0-9{n._UFRAC}](?:(?<=[0-9{n._UFRAC}])[0-9]*|(?<=\W){n.trie_pattern(words)})")
        expected = [m.start() if low[m.start()] in "0123456789" + n._UFRAC else m.start() + 1 for m in one.finditer(low)]
        two = sorted([m.start() for m in n._DIGIT_RUN.finditer(low)]
                     + [m.start() + 1 for m in n._NUMBER_WORD_AFTER[lang].finditer(low)])
        assert two == expected, lang


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["$", "A$", "US$", "U.S.$", "US-$", "5", " ", "(", ",", " or about ", "bn",
                                 "x", "-", "."]), max_size=20).map("".join))
def test_local_dollar_found_with_the_dollar_first(text: str) -> None:
    from desktop.extraction.amounts import _LOCAL_DOLLAR_CONVERTED

    plain = re.compile(r"(?<![A-Za-z.-])\$\s?\d[^()$]{0,30}(?:\(\s*|,\s*or\s+(?:about\s+|around\s+|roughly\s+)?)"
                       r"(?:US\$|US-\$|U\.S\.\$)")
    assert _spans(_LOCAL_DOLLAR_CONVERTED, text) == _spans(plain, text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abAB dDßẞſsS1.-\nKkK", max_size=30))
def test_a_first_character_test_in_front_keeps_caseless_matches(text: str) -> None:
    from desktop.extraction.regex_tools import compile_first_chars

    for pattern in (r"\b(?:ab|d)\s", r"(?:(?-i:[AB])|s)s?", r"(?<![\w.])(?:ß|k)\.?", r"(?:b,?\s)?[1d]"):
        plain = re.compile(pattern, re.IGNORECASE)
        assert compile_first_chars(pattern, re.IGNORECASE).pattern.startswith("(?=[")
        assert _spans(compile_first_chars(pattern, re.IGNORECASE), text) == _spans(plain, text), pattern
