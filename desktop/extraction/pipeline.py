"""`extract()`: everything the extractor finds in one article text. Headless and pure."""

from __future__ import annotations

from datetime import date

from desktop.extraction.amounts import find_amounts
from desktop.extraction.dates import find_dates
from desktop.extraction.deals import assemble_deals
from desktop.extraction.learned_names import LearnedNames
from desktop.extraction.mentions import Extraction
from desktop.extraction.numbers import find_numbers
from desktop.extraction.organizations import find_organizations, find_persons

# Bump when extraction changes what it finds: articles stored with an older version are
# offered for re-extraction.
EXTRACTOR_VERSION = "33"


def iso_at(day: date, precision: str) -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def extract(text: str, published: date | None = None, precision: str = "day",
            reference: date | None = None, learned: LearnedNames | None = None) -> Extraction:
    """Dates, amounts, numbers, companies and deals in `text`.

    `published` (with its `precision`) anchors relative dates ("am Dienstag") and dates an
    undated announcement. `reference` anchors relative dates only, when the text has no
    publication date (the command line uses today, as a reader of a loose text would); the
    import never passes it, so no deal is dated by a guess. `learned`: company names other
    articles of the collection taught (see `learned_names`).
    """
    dates = find_dates(text, published or reference)
    amounts = find_amounts(text)
    orgs = find_organizations(text, learned)
    published_iso = (iso_at(published, precision), precision) if published else None
    deals = assemble_deals(text, published, published_iso, orgs, find_persons(text), amounts, dates)
    return Extraction(
        dates=dates, amounts=amounts, numbers=find_numbers(text), organizations=orgs, deals=deals,
    )
