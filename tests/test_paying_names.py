"""A company named once, introduced by nothing, found as the one who pays, buys or raises the
sentence's money (desktop/extraction/paying_names.py)."""

from __future__ import annotations

import pytest

from desktop.extraction.organizations import find_organizations
from desktop.extraction.paying_names import paying_names
from desktop.extraction.pipeline import extract


def _names(text: str) -> list[str]:
    return [m.name for m in paying_names(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("Heineken will pay €95 million for the rest of the shares, it said last Thursday.", "Heineken"),
    ("Südzucker zahlt nach eigenen Angaben rund 60 Millionen Euro für die Beteiligung.", "Südzucker"),
    # German puts the verb second: the name after it
    ("Laut einer Mitteilung von heute Vormittag zahlt Fraport dafür jährlich etwa 3,5 Millionen Euro.", "Fraport"),
    # an auxiliary, and the money verb at the sentence's end
    ("Moselbrück hat im Frühjahr noch einmal 20 Millionen Euro nachgelegt.", "Moselbrück"),
    ("Der größte Abschluss der Woche: Kalvenor Mining übernimmt den Produzenten für 6,8 Milliarden Dollar.",
     "Kalvenor Mining"),
    # an English auxiliary, a word between it and the participle
    ("Coldrail has also banked a $140 million Series C, which closed in October.", "Coldrail"),
    # a seller receives the money
    ("Kelvara has sold the site to a developer for $38 million.", "Kelvara"),
])
def test_the_subject_of_a_money_verb_is_a_company(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "Anleger zahlen für die Aktie inzwischen 120 Euro.",  # an everyday plural noun
    "Dafür zahlt der Konzern jährlich 3,5 Millionen Euro.",  # an adverb, then the article
    "Der Sportstreamer zahlt rund 65 Millionen Euro.",  # an article makes the noun a reference
    "Vergangene Woche hatte die Tochter angekündigt, elf Milliarden Dollar in Indiana zu stecken.",
    "Rechenkapazität kostet die Firma jährlich 40 Millionen Euro, Atomstrom zahlt sie extra.",  # German nouns
    "Halvard-Chef Eirik Vangsnes investiert drei Milliarden Euro.",  # a person with the company's role
    "Emmanuel Macron sprach in Paris. Macron investiert 109 Milliarden Euro in Rechenzentren.",  # a surname
    "Heineken will pay dividends again next year.",  # no sum in the sentence
])
def test_nouns_people_and_sentences_without_money_name_no_company(text: str) -> None:
    assert _names(text) == []


def test_a_weekday_before_a_name_is_no_first_name() -> None:
    text = "On Tuesday Coldrail signed a contract. Coldrail will pay $58 million a year for it."
    assert "Coldrail" in _names(text)
    # a first name before the same word elsewhere still makes it a person's surname
    assert "Coldrail" not in _names(text + " Anouk Coldrail spoke.")


def test_a_paying_company_becomes_a_party_and_is_found_again_where_it_recurs() -> None:
    text = ("Südzucker zahlt nach eigenen Angaben rund 60 Millionen Euro für 40 Prozent an Weißelster Datenhallen. "
            "Südzucker will die Abwärme der Server nutzen.")
    assert [m.name for m in find_organizations(text)].count("Südzucker") == 2
    (deal,) = extract(text).deals
    assert "Südzucker" in [p.name for p in deal.parties]
    assert deal.amount == 60_000_000 and deal.currency == "EUR"
