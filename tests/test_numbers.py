"""Numbers in German and English: separators, number words, fractions, scale words."""

from __future__ import annotations

import pytest

from desktop.extraction.numbers import find_numbers, parse_number


def _values(text: str) -> list[tuple[str, float]]:
    return [(m.text, m.value) for m in find_numbers(text)]


@pytest.mark.parametrize("text,expected", [
    ("Ein Minus von 3,61 Prozent", ("3,61", 3.61)),
    ("1,4 Billionen US-Dollar", ("1,4 Billionen", 1.4e12)),
    ("bis zu 2.000 Server-Racks", ("2.000", 2000)),
    ("Der Haushalt: 12 500 Stück", ("12 500", 12500)),
    ("Wert 2.000,352", ("2.000,352", 2000.352)),
    ("Er sagte 3.5 Punkte", ("3.5", 3.5)),
    ("zehn Milliarden Euro", ("zehn Milliarden", 1e10)),
    ("einundzwanzig Server", ("einundzwanzig", 21)),
    ("rund hundert Leute", ("hundert", 100)),
    ("über tausend Leute", ("tausend", 1000)),
    ("einer Milliarde US-Dollar", ("einer Milliarde", 1e9)),
    ("1,5 Mio. Euro", ("1,5 Mio.", 1.5e6)),
    ("2,54 Mrd. USD", ("2,54 Mrd.", 2.54e9)),
    ("3 Bio. Yen", ("3 Bio.", 3e12)),
    ("ein 30-Milliarden-Dollar-Vertrag", ("30-Milliarden", 3e10)),
    ("zwei Millionen eintausendeinhundertfünfzig", ("zwei Millionen eintausendeinhundertfünfzig", 2001150)),
    ("zweieinhalb Stunden", ("zweieinhalb", 2.5)),
    ("anderthalb Millionen", ("anderthalb Millionen", 1.5e6)),
    ("ein halbes dutzend", ("ein halbes dutzend", 6)),
    ("1/2 Liter", ("1/2", 0.5)),
    ("das sind ½", ("½", 0.5)),
    ("zwei Komma drei", ("zwei Komma drei", 2.3)),
])
def test_german(text: str, expected: tuple[str, float]) -> None:
    assert expected in [(t, pytest.approx(v)) for t, v in _values(text)]


@pytest.mark.parametrize("text,expected", [
    ("The company paid $10bn for it and the rest of the deal.", ("10bn", 1e10)),
    ("It was 1,400.5 units in the year", ("1,400.5", 1400.5)),
    ("It has 1,400 workers and the plant", ("1,400", 1400)),
    ("This is a billion dollars for the company", ("a billion", 1e9)),
    ("There were twenty-one of them in the room", ("twenty-one", 21)),
    ("It has two plants and the site", ("two", 2)),
    ("It was three hundred and fifty thousand for the unit", ("three hundred and fifty thousand", 350000)),
    ("The deal is worth 5.5 billion and the rest", ("5.5 billion", 5.5e9)),
    ("The deal is worth 2 trillion and the rest", ("2 trillion", 2e12)),
    ("It is 1.125 billion for the year", ("1.125 billion", 1.125e9)),
    ("a deal worth roughly half a billion dollars", ("half a billion", 5e8)),
    ("It raised half a million from friends", ("half a million", 5e5)),
    ("spend around a quarter of a billion euros", ("a quarter of a billion", 2.5e8)),
    ("three quarters of a billion dollars", ("three quarters of a billion", 7.5e8)),
    ("roughly 3.1 lakh crore at current rates", ("3.1 lakh crore", 3.1e12)),
    ("up to 8,820 crore for a stake", ("8,820 crore", 8.82e10)),
    ("worth four and a half billion yen", ("four and a half billion", 4.5e9)),
    ("It took 3 and a half years", ("3 and a half", 3.5)),
])
def test_english(text: str, expected: tuple[str, float]) -> None:
    assert expected in [(t, pytest.approx(v)) for t, v in _values(text)]


def test_a_quarter_billion_in_one_german_word() -> None:
    assert _values("Wir stecken rund eine Viertelmilliarde Euro in das Werk") == [("eine Viertelmilliarde", 2.5e8)]
    assert _values("Das kostet eine Viertelmillion Euro") == [("eine Viertelmillion", 2.5e5)]


def test_billion_is_language_dependent() -> None:
    assert _values("Der Konzern plant eine Billion Euro für das Projekt") == [("eine Billion", 1e12)]
    assert _values("The company plans 1 billion for the project") == [("1 billion", 1e9)]


@pytest.mark.parametrize("text", [
    "Foxconns Milliardenpläne", "milliardenschwere Vereinbarungen", "hunderte Milliarden",
    "Achtung, Einheit, Elfmeter", "am 21.01.2026", "GPU H100 und 5G", "Version 1.2.3",
])
def test_not_numbers(text: str) -> None:
    assert [m for m in find_numbers(text) if m.text.lower() not in ("ein", "eine", "einer")] == []


def test_spans_sorted_and_exact() -> None:
    text = "Zwischen 1 und 5 Milliarden US-Dollar, 3,61 Prozent und zehn Server."
    found = find_numbers(text)
    assert [m.text for m in found] == ["1", "5 Milliarden", "3,61", "zehn"]
    for m in found:
        assert text[m.start:m.end] == m.text
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_huge_digit_string_is_skipped() -> None:
    assert find_numbers("9" * 5000) == []


@pytest.mark.parametrize("s,value", [
    ("1,4", 1.4), ("2.000", 2000), ("zehn", 10), ("1,5 Mio.", 1.5e6), ("twenty-one", 21),
    ("a billion", 1e9), ("einer Milliarde", 1e9), ("x", None), ("", None), ("1 und 2", None),
])
def test_parse_number(s: str, value: float | None) -> None:
    assert parse_number(s) == (pytest.approx(value) if value is not None else None)


# --- the fast paths must not change what is found ----------------------------------------------

def test_fold_matches_like_ignorecase() -> None:
    """`fold(text)` with lower-case patterns finds what IGNORECASE finds in `text`: for every code
    point, the letters of the patterns it matches case-insensitively are exactly its folded form,
    and word, digit and space classes stay the same."""
    import re
    import sys

    from desktop.extraction.numbers import fold

    letters = "abcdefghijklmnopqrstuvwxyzäöüß"
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    folded = fold(every)
    assert len(folded) == len(every)
    matching = {m.start() for m in re.finditer(f"[{letters}]", every, re.IGNORECASE)}
    for i in matching:
        same = {c for c in letters if re.fullmatch(c, every[i], re.IGNORECASE)}
        assert folded[i] in same, hex(ord(every[i]))
    assert not any(folded[i] in letters for i in range(len(every)) if i not in matching and folded[i] < "ā")
    for cls in (r"\w", r"\d", r"\s"):
        assert [m.start() for m in re.finditer(cls, every)] == [m.start() for m in re.finditer(cls, folded)], cls


@pytest.mark.parametrize("text", ["İst die Zahl ZWEI", "ſieben und ſechs", "DREIHUNDERT MILLIARDEN", "Iİıſ 3 Mio."])
def test_unusual_case_same_offsets(text: str) -> None:
    for m in find_numbers(text):
        assert text[m.start:m.end] == m.text


def test_slashed_decimal_is_no_number() -> None:
    # "1.05/2024" used to raise from int("1.05")
    assert [m.text for m in find_numbers("Version 1.05/2024 und 3/4")] == ["3/4"]


def test_scan_helpers_agree_with_plain_regex() -> None:
    import re

    from desktop.extraction.numbers import finditer_from, literal_starts, trie_pattern

    words = ["drei", "dreißig", "ein", "eine", "und"]
    rx = re.compile(trie_pattern(words, word_start=True) + r"\b")
    plain = re.compile(r"\b" + trie_pattern(words) + r"\b")
    for text in ["dreißig und eine drei", "keine Dreier, ein-und-drei", "einundein eine", ""]:
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in finditer_from(rx, text, literal_starts(text, words))] == \
            [m.span() for m in plain.finditer(text)]
