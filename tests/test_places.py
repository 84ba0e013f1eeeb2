"""Where a sentence puts money: the countries of the places it names after a preposition."""

from __future__ import annotations

import pytest

from desktop.extraction.places import countries_in


@pytest.mark.parametrize("text, countries", [
    ("AWS will invest $4 billion in Chile over ten years.", {"CL"}),
    ("Weitere 3,4 Milliarden Euro will der Cloudkonzern bis 2030 bei Huesca stecken.", {"ES"}),
    ("Microsoft will in Spanien Rechenzentren bauen und in den Vereinigten Staaten erweitern.", {"ES", "US"}),
    ("Google committed $2bn in the U.S. and £5bn in the UK.", {"US", "GB"}),
    ("Die erste Halle entsteht in Brandenburg.", {"DE"}),
    # a city only by its whole name: Waltham Cross is no Waltham, Massachusetts
    ("Google opened a data centre in Waltham Cross, Hertfordshire.", set()),
    # no preposition of place: a company named like a town places nothing
    ("Nokia will invest $4 billion.", set()),
])
def test_countries_of_the_places_a_sentence_names(text: str, countries: set[str]) -> None:
    assert countries_in(text) == countries
