"""Places: their names, so that a place is not taken for a company ("Abilene officials
approved …"), and where a sentence says money goes: the countries of the places it names after
a preposition of place ("in Chile", "bei Huesca", "in the UK"). Two spending plans of one
company in different countries are two plans, however close their figures."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.resources import load_json

# a place name after a preposition of place, up to four capitalised words ("Castilla-La Mancha",
# "New South Wales", "Vereinigte Arabische Emirate")
_PLACE = re.compile(
    r"\b(?:in|im|bei|nahe|near|nach|outside|außerhalb|across|throughout)\s+(?:the\s+|der\s+|dem\s+|den\s+|die\s+)?"
    r"((?:[A-ZÄÖÜ][\w'’.-]*)(?:\s+(?:[A-ZÄÖÜ][\w'’.-]*|de|del|am|an der|la)){0,3})")
MAX_WORDS = 4


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    data = load_json("place_countries.json")
    return data["countries"], data["cities"]


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every country, US state and city the table knows, by any of its names."""
    countries, cities = _tables()
    return frozenset(countries) | frozenset(cities)


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    return frozenset(_tables()[1])


@lru_cache(maxsize=4096)
def countries_in(text: str) -> frozenset[str]:
    """ISO codes of the countries the text places something in. (Cached: the writer reads the
    evidence sentences of the same candidate deals again for every new report.)"""
    countries, cities = _tables()
    found = set()
    for m in _PLACE.finditer(text):
        words = m.group(1).split()[:MAX_WORDS]
        # a city only by its whole name ("Waltham Cross" is no Waltham); a country also before
        # other capitalised words ("in Spanien Rechenzentren"); "U.S." keeps its full stop
        names = [" ".join(words[:n]) for n in range(len(words), 0, -1)]
        whole = [names[0], names[0].rstrip(".,")]
        code = next((table[name] for table in (cities, countries) for name in whole if name in table), None) \
            or next((countries[name] for name in (x for n in names[1:] for x in (n, n.rstrip(".,")))
                     if name in countries), None)
        if code:
            found.add(code)
    return frozenset(found)
