"""Writing one article's deal readings into the store, merged with the deals already there.

Each reading is kept as an evidence row with its own figures; the deal row is recomputed
from all its readings, and the user's corrections are laid over the result every time, so
re-extraction never loses them.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from itertools import combinations
from typing import Iterable

from desktop.extraction import fx
from desktop.extraction.merge import (
    AMOUNT_TOLERANCE, BOUND_SPAN, PLACED_KINDS, SAME_FIGURE, Reading, combine, joins_deal, other_side_elsewhere,
)
from desktop.extraction.mentions import ExtractedDeal, PartyRole
from desktop.extraction.places import countries_in
from desktop.extraction.titles import deal_title, payer_first
from desktop.resources import load_json
from desktop.storage import corrections
from desktop.storage.store import Store

READING_COLUMNS = (
    "e.kind, e.status, e.amount, e.amount_max, e.currency, e.qualifier, e.date, e.date_precision,"
    " e.term_start, e.term_end, e.parties, e.amount_usd, e.date_inferred, e.article_id, e.per_year, e.sentence"
)


# deals with a close figure that share any party with a reading (see _candidate_deals)
SHARED_BY_AMOUNT_SQL = (
    "SELECT DISTINCT d.id FROM deal_parties dp JOIN deals d ON d.id = dp.deal_id"
    " WHERE dp.company_id IN ({marks}) AND d.amount_usd BETWEEN ? AND ?"
)


def anchor_for(article_sha: str, sentence: str, parties: list[str]) -> str:
    """A name for a reading that survives re-extraction: article, sentence and parties."""
    sentence_key = hashlib.sha1(" ".join(sentence.split()).encode()).hexdigest()[:12]
    party_key = "+".join(sorted(p.lower() for p in parties))
    return f"{article_sha[:16]}:{sentence_key}:{party_key}"


def save_article_deals(
    store: Store, article_id: int, article_sha: str, published: str | None, deals: list[ExtractedDeal]
) -> set[int]:
    """Attach each reading to its deal (found or new); return the ids of deals touched."""
    touched: set[int] = set()
    for deal in deals:
        _use_known_names(store, deal)
        reading = _reading_of(deal, published, article_id)
        deal_id = find_matching_deal(store, reading)
        if deal_id is None:
            deal_id = _new_deal(store, reading)
            store.readings_cache[deal_id] = []
        insert_evidence(store, deal_id, article_id, article_sha, deal, published)
        # the reading just stored is the one in hand: extend the cache rather than read it back
        cached = store.readings_cache.get(deal_id)
        if cached is not None:
            cached.append(reading)
        recompute_deal(store, deal_id)
        touched.add(deal_id)
    return touched


def replace_readings(store: Store, articles: list[tuple[int, str, str | None, list[ExtractedDeal]]]) -> None:
    """Articles read again, each (id, sha256, published, deals): their old readings give way to
    the new ones, and every deal either touches is rebuilt in article order, as one import of
    all of them would have built it (merging depends on the order readings come in)."""
    ids = json.dumps([article_id for article_id, *_ in articles])
    touched = {r[0] for r in store.db.execute(
        f"SELECT DISTINCT deal_id FROM evidence WHERE article_id IN {_IDS}", [ids])}
    store.db.execute(f"DELETE FROM evidence WHERE article_id IN {_IDS}", [ids])
    holder = store.db.execute("INSERT INTO deals(kind, status) VALUES ('other', 'announced')").lastrowid
    for article_id, sha, published, deals in articles:
        for deal in deals:
            _use_known_names(store, deal)
            insert_evidence(store, holder, article_id, sha, deal, published)
    _rebuild(store, touched | {holder})


# a list of ids passed as one JSON parameter (as in queries.py): no limit on its length
_IDS = "(SELECT value FROM json_each(?))"


def learned_company_names(store: Store) -> list[str]:
    """Companies found by discovery (not curated) that are parties of deals the user has not
    rejected: the names other articles may cite (see `desktop.extraction.learned_names`)."""
    return [r[0] for r in store.db.execute(
        "SELECT DISTINCT c.name FROM companies c JOIN deal_parties dp ON dp.company_id = c.id"
        " JOIN deals d ON d.id = dp.deal_id WHERE c.curated = 0 AND d.rejected = 0 ORDER BY c.name")]


def _use_known_names(store: Store, deal: ExtractedDeal) -> None:
    """Cite a company found by discovery as earlier articles did: "Culverdell" in one article is
    "Culverdell Compute" of another, and "Hollerbach Kältetechnik" the "Hollerbach" of one
    before. Only where one such company is known; curated names are canonical already."""
    parties: dict[str, PartyRole] = {}
    for p in deal.parties:
        name = _known_name(store, p.name)
        parties.setdefault(name, PartyRole(name, p.role))
    deal.parties = list(parties.values())


@lru_cache(maxsize=1)
def _curated_names() -> frozenset[str]:
    return frozenset(load_json("companies.json")["companies"])


def _known_name(store: Store, name: str) -> str:
    if name in _curated_names():
        return name  # (most parties: no query)
    if store.db.execute("SELECT 1 FROM companies WHERE name = ?", [name]).fetchone():
        return name  # a company the file knows by this very name
    first, _, rest = name.partition(" ")
    # names that start with the first word and a space, read through the index on names
    longer = [r[0] for r in store.db.execute(
        "SELECT name FROM companies WHERE name > ? AND name < ? AND curated = 0 LIMIT 2",
        [first + " ", first + "!"])]
    if not rest:
        return longer[0] if len(longer) == 1 else name
    if not longer and store.db.execute(
            "SELECT 1 FROM companies WHERE name = ? AND curated = 0", [first]).fetchone():
        return first
    return name


def insert_evidence(store: Store, deal_id: int, article_id: int, article_sha: str,
                    deal: ExtractedDeal, published: str | None) -> int:
    """Store one article's reading of a deal, with its own figures and field spans.

    The caller keeps `store.readings_cache` right (it holds the readings of each deal)."""
    parties = [p.name for p in deal.parties]
    cur = store.db.execute(
        "INSERT INTO evidence(deal_id, article_id, start, end, sentence, kind, status, amount,"
        " amount_max, currency, qualifier, date, date_precision, term_start, term_end, parties,"
        " spans, anchor, amount_usd, date_inferred, per_year)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            deal_id, article_id, deal.evidence_start, deal.evidence_end, deal.sentence,
            deal.kind, deal.status, deal.amount, deal.amount_max, deal.currency, deal.qualifier,
            deal.date, deal.date_precision, deal.term_start, deal.term_end,
            json.dumps({p.name: p.role for p in deal.parties}, ensure_ascii=False),
            json.dumps(deal.spans), anchor_for(article_sha, deal.sentence, parties),
            fx.to_usd(deal.amount, deal.currency, deal.date or published), int("date" not in deal.spans),
            int(deal.per_year),
        ],
    )
    return cur.lastrowid


def _reading_of(deal: ExtractedDeal, published: str | None, article_id: int) -> Reading:
    """The reading as `readings_of_deal` would read it back from the evidence row."""
    roles = {p.name: p.role for p in deal.parties}
    return Reading(
        date_inferred="date" not in deal.spans, article=article_id, per_year=deal.per_year,
        countries=_countries(deal.kind, deal.sentence),
        kind=deal.kind, status=deal.status, parties=list(roles),
        amount=deal.amount, amount_max=deal.amount_max, currency=deal.currency,
        qualifier=deal.qualifier, amount_usd=fx.to_usd(deal.amount, deal.currency, deal.date or published),
        date=deal.date, date_precision=deal.date_precision, term_start=deal.term_start,
        term_end=deal.term_end, published=published, roles=roles,
    )


def _countries(kind: str, sentence: str) -> frozenset[str]:
    """Where a reading's money goes, for the kinds whose money goes to a place (merge.PLACED_KINDS)."""
    return countries_in(sentence) if kind in PLACED_KINDS else frozenset()


def party_key(company_ids: Iterable[int]) -> str:
    """A deal's set of parties as one indexed string: "12,57"."""
    return ",".join(str(i) for i in sorted(set(company_ids)))


def _candidate_deals(store: Store, reading: Reading, ids: list[int]) -> list[int]:
    """Deals that could be the one `reading` reports, found through indexes so the cost does
    not grow with the database:
    - deals with the same parties or a subset of them (by key), whose figure is close — or
      that have none and come from the same article or a date the texts agree on;
    - deals sharing any company with it whose figure is close (more parties, a consortium
      listed differently, another article's report of the same figure), or from the same
      article with more parties.
    """
    money_sql, money_args = _money_filter(reading)
    subsets = [party_key(c) for n in range(1, len(ids) + 1) for c in combinations(sorted(set(ids)), n)]
    marks = ",".join("?" for _ in subsets)
    found = {r[0] for r in store.db.execute(
        f"SELECT d.id FROM deals d WHERE d.party_key IN ({marks}) AND {money_sql}",
        [*subsets, *money_args],
    )}
    unique = set(ids)
    same_article = [r for r in store.db.execute(
        "SELECT DISTINCT d.id, d.party_key FROM evidence e JOIN deals d ON d.id = e.deal_id"
        " WHERE e.article_id = ?", [reading.article],
    )]
    if len(unique) == 1 and reading.amount is not None:
        # one side of a deal whose other side an earlier sentence of the article told alone
        # ("Amazon kauft Atomstrom für 18 Milliarden Dollar" … "Talen beziffert den Wert auf 18
        # Milliarden Dollar"); merge.same_deal decides
        found |= {deal_id for deal_id, key in same_article if key and "," not in key and _key_ids(key) != unique}
    found |= {deal_id for deal_id, key in same_article if key and unique < _key_ids(key)}
    if reading.amount_usd is not None:
        # deals with a close figure and a company in common: the same deal with more parties, a
        # consortium listed differently, another article's report of the figure (merge.same_deal
        # decides)
        lo, hi = _amount_range(reading.amount_usd, reading.qualifier)
        found |= {row[0] for row in store.db.execute(
            SHARED_BY_AMOUNT_SQL.format(marks=",".join("?" for _ in unique)), [*unique, lo, hi])}
    return sorted(found)


def _key_ids(key: str) -> set[int]:
    return {int(x) for x in key.split(",")}


def _amount_range(usd: float, qualifier: str | None = None) -> tuple[float, float]:
    """The figures of deals this one may be: close to it, and for a bound ("more than $1
    billion") what the bound admits (see merge.figures_agree)."""
    lo, hi = usd * (1 - AMOUNT_TOLERANCE), usd / (1 - AMOUNT_TOLERANCE)
    if qualifier == "at_least":
        hi *= BOUND_SPAN
    elif qualifier == "up_to":
        lo /= BOUND_SPAN
    return lo, hi


def _money_filter(reading: Reading) -> tuple[str, list]:
    if reading.amount_usd is None:
        return "1", []
    lo, hi = _amount_range(reading.amount_usd, reading.qualifier)
    usd = reading.amount_usd
    sql = (
        # a deal known by a bound ("über eine Milliarde") that this figure meets
        "(d.amount_usd BETWEEN ? AND ?"
        " OR (d.qualifier = 'at_least' AND d.amount_usd BETWEEN ? AND ?)"
        " OR (d.qualifier = 'up_to' AND d.amount_usd BETWEEN ? AND ?)"
        " OR (d.amount_usd IS NULL AND ("
        " EXISTS (SELECT 1 FROM evidence e WHERE e.deal_id = d.id AND e.article_id = ?)"
        " OR (? IS NOT NULL AND d.date IS NOT NULL AND (d.date LIKE ? || '%' OR ? LIKE d.date || '%')))))"
    )
    text_date = reading.text_date
    bounds = [usd / BOUND_SPAN * (1 - AMOUNT_TOLERANCE), hi, lo, usd * BOUND_SPAN / (1 - AMOUNT_TOLERANCE)]
    return sql, [lo, hi, *bounds, reading.article, text_date, text_date, text_date]


def find_matching_deal(store: Store, reading: Reading) -> int | None:
    """The existing deal this reading reports: SQL finds the few candidates, the merge rules
    decide among them reading by reading."""
    if not reading.parties:
        return None
    ids = [store.company_id(name) for name in reading.parties]
    for deal_id in _candidate_deals(store, reading, ids):
        if joins_deal(reading, readings_of_deal(store, deal_id)):
            return deal_id
    return _other_side_of(store, reading)


# single-company deals of another article with a figure this close (see _other_side_of)
ONE_SIDED_SQL = (
    "SELECT d.id FROM deals d WHERE d.amount_usd BETWEEN ? AND ? AND d.currency = ?"
    " AND d.amount BETWEEN ? AND ? AND d.party_key NOT LIKE '%,%'"
)


def _other_side_of(store: Store, reading: Reading) -> int | None:
    """The deal another article told from its other side: one company each, one figure
    (merge.other_side_elsewhere), and each article names the other's company. Only the
    texts tell that two one-sided reports meet; without it, two companies' unrelated deals
    of one size would run together."""
    if len(reading.parties) != 1 or reading.amount_usd is None or reading.currency is None:
        return None
    lo, hi = _amount_range(reading.amount_usd)  # (through the index; the day's rates differ)
    told = (reading.amount * (1 - SAME_FIGURE), reading.amount * (1 + SAME_FIGURE))
    for (deal_id,) in store.db.execute(ONE_SIDED_SQL, [lo, hi, reading.currency, *told]).fetchall():
        readings = readings_of_deal(store, deal_id)
        if readings and all(other_side_elsewhere(reading, r) for r in readings) \
                and _names(store, reading.article, readings[0].parties[0]) \
                and all(_names(store, r.article, reading.parties[0]) for r in readings):
            return deal_id
    return None


def _names(store: Store, article_id: int | None, company: str) -> bool:
    """Whether the article's text names the company, by its name or any alias it has."""
    if article_id is None:
        return False
    names = {company} | {r[0] for r in store.db.execute(
        "SELECT a.alias FROM company_aliases a JOIN companies c ON c.id = a.company_id WHERE c.name = ?",
        [company])}
    return any(store.db.execute("SELECT 1 FROM articles WHERE id = ? AND instr(text, ?) > 0",
                                [article_id, name]).fetchone() for name in names)


def _new_deal(store: Store, reading: Reading) -> int:
    cur = store.db.execute(
        "INSERT INTO deals(kind, status) VALUES (?, ?)",  # recompute_deal fills in the rest
        [reading.kind, reading.status],
    )
    return cur.lastrowid


def readings_of_deal(store: Store, deal_id: int) -> list[Reading]:
    """A deal's readings, cached per store: matching compares each new reading with the
    readings of several candidate deals, again and again during an import."""
    cached = store.readings_cache.get(deal_id)
    if cached is not None:
        return cached
    rows = store.db.execute(
        f"SELECT {READING_COLUMNS}, a.published FROM evidence e JOIN articles a ON a.id = e.article_id"
        " WHERE e.deal_id = ? ORDER BY e.id",
        [deal_id],
    ).fetchall()
    readings = [_row_reading(row[:-1], row[-1]) for row in rows]
    store.readings_cache[deal_id] = readings
    return readings


def recompute_deal(store: Store, deal_id: int) -> None:
    """Rebuild a deal's fields from its readings, then lay the user's corrections over them."""
    readings = readings_of_deal(store, deal_id)
    if not readings:
        store.db.execute("DELETE FROM deals WHERE id = ?", [deal_id])
        return
    c = combine(readings)
    ids = [store.company_id(name) for name in c.parties]
    store.db.execute(
        "UPDATE deals SET kind=?, status=?, amount=?, amount_max=?, currency=?, qualifier=?,"
        " amount_usd=?, amount_eur=?, date=?, date_precision=?, term_start=?, term_end=?, title=?,"
        " discrepancies=?, rejected=0, corrected=NULL, party_key=? WHERE id=?",
        [c.kind, c.status, c.amount, c.amount_max, c.currency, c.qualifier, c.amount_usd,
         fx.convert(c.amount, c.currency, "EUR", fx.reference_day(c.date or readings[0].published)), c.date,
         c.date_precision, c.term_start, c.term_end,
         deal_title(c.kind, payer_first(c.parties, c.roles), c.amount, c.currency, c.per_year),
         json.dumps(c.discrepancies), party_key(ids), deal_id],
    )
    store.db.execute("DELETE FROM deal_parties WHERE deal_id = ?", [deal_id])
    store.db.conn.executemany(
        "INSERT OR IGNORE INTO deal_parties(deal_id, company_id, role, position) VALUES (?,?,?,?)",
        [(deal_id, company, c.roles.get(name, "party"), position)
         for position, (name, company) in enumerate(zip(c.parties, ids))],
    )
    corrections.apply_field_corrections(store, deal_id)


def rebuild_all_deals(store: Store) -> None:
    """Forget the merged deals and rebuild them from the readings, then replay corrections.

    Used after undo and after re-extraction; readings keep their article and anchor, so
    the rebuild reaches the same deals the user saw, with the corrections applied again.
    """
    _rebuild(store, None)


def _rebuild(store: Store, deal_ids: set[int] | None) -> None:
    """Rebuild the deals `deal_ids` (None: all) from their readings, in article order."""
    store.readings_cache.clear()
    select = f"SELECT e.id, {READING_COLUMNS}, a.published FROM evidence e JOIN articles a ON a.id = e.article_id"
    # evidence.deal_id is NOT NULL: park readings on a placeholder while deals are rebuilt
    placeholder = store.db.execute("INSERT INTO deals(kind, status) VALUES ('other', 'announced')").lastrowid
    if deal_ids is None:
        rows = store.db.execute(select + " ORDER BY a.id, e.id").fetchall()
        store.db.execute("DELETE FROM deal_parties")
        store.db.execute("UPDATE evidence SET deal_id = ?", [placeholder])
        store.db.execute("DELETE FROM deals WHERE id != ?", [placeholder])
    else:
        ids = json.dumps(sorted(deal_ids))
        rows = store.db.execute(select + f" WHERE e.deal_id IN {_IDS} ORDER BY a.id, e.id", [ids]).fetchall()
        store.db.execute(f"DELETE FROM deal_parties WHERE deal_id IN {_IDS}", [ids])
        store.db.execute(f"UPDATE evidence SET deal_id = ? WHERE deal_id IN {_IDS}", [placeholder, ids])
        store.db.execute(f"DELETE FROM deals WHERE id IN {_IDS}", [ids])
    for row in rows:
        evidence_id, published = row[0], row[-1]
        reading = _row_reading(row[1:-1], published)
        deal_id = find_matching_deal(store, reading) or _new_deal(store, reading)
        store.db.execute("UPDATE evidence SET deal_id = ? WHERE id = ?", [deal_id, evidence_id])
        store.readings_cache.pop(deal_id, None)
        recompute_deal(store, deal_id)
    store.db.execute("DELETE FROM deals WHERE id = ?", [placeholder])
    corrections.apply_structural_corrections(store)


def _row_reading(cols: tuple, published: str | None) -> Reading:
    (kind, status, amount, amount_max, currency, qualifier, date, precision, term_start,
     term_end, parties_json, amount_usd, date_inferred, article_id, per_year, sentence) = cols
    roles = json.loads(parties_json or "{}")
    return Reading(
        date_inferred=bool(date_inferred), article=article_id, per_year=bool(per_year),
        countries=_countries(kind, sentence),
        kind=kind, status=status, parties=list(roles), roles=roles, amount=amount,
        amount_max=amount_max, currency=currency, qualifier=qualifier,
        amount_usd=amount_usd, date=date,
        date_precision=precision, term_start=term_start, term_end=term_end, published=published,
    )
