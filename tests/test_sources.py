"""The sources of a deal, headless: which articles report it, where in their text each field
was read, and where they disagree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.ingest.seeds import import_seeds
from desktop.resources import load_json
from desktop.storage.sources import (
    ArticleSource, SourceReading, citation, deal_sources, deal_title, disagreements,
)
from desktop.storage.store import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store.open(tmp_path_factory.mktemp("sources") / "deals.sqlite")
    import_seeds(s)
    yield s
    s.close()


def _deal_with(store: Store, *parties: str, amount: float | None = None) -> int:
    """The id of the deal between exactly these companies (and with this amount, if given)."""
    for deal_id, names in store.db.execute(
        "SELECT dp.deal_id, group_concat(c.name) FROM deal_parties dp"
        " JOIN companies c ON c.id = dp.company_id GROUP BY dp.deal_id"
    ):
        amount_ok = amount is None or store.db.execute(
            "SELECT amount_usd BETWEEN ? AND ? FROM deals WHERE id = ?", [amount * 0.9, amount * 1.3, deal_id]
        ).fetchone()[0]
        if set(names.split(",")) == set(parties) and amount_ok:
            return deal_id
    raise LookupError(parties)


def test_a_deal_reported_by_two_articles_lists_both_with_their_dates(store: Store) -> None:
    deal_id = _deal_with(store, "Microsoft", "OpenAI", amount=14e9)
    sources = deal_sources(store, deal_id)
    assert [s.file_name for s in sources] == ["002_b7600d6355574649.txt", "004_40325a292157e144.txt"]
    assert [s.outlet for s in sources] == ["vtv.vn", "boerse-global.de"]
    assert sources[0].published == "2025-09-29"  # oldest first
    assert sources[0].date_label == "2025-09-29 (from the source address in the text)"
    assert sources[1].date_label == "2026-01-21 (from the time stamp at the top)"
    assert all(s.file_exists and Path(s.path).is_file() for s in sources)
    assert deal_title(store, deal_id) == "Microsoft → OpenAI: investment, 14 bn USD"


def test_the_sentence_range_points_at_the_evidence_sentence_in_the_article(store: Store) -> None:
    for deal_id, in store.db.execute("SELECT id FROM deals"):
        for source in deal_sources(store, deal_id):
            for r in source.readings:
                assert source.text[r.start:r.end] == r.sentence


def test_field_spans_are_article_offsets_of_the_words_read(store: Store) -> None:
    deal_id = _deal_with(store, "Microsoft", "OpenAI", amount=14e9)
    first, second = (s.readings[0] for s in deal_sources(store, deal_id))
    text = deal_sources(store, deal_id)[0].text
    spans = {(s.field, s.label): text[s.start:s.end] for s in first.spans}
    assert first.amount == 14e9 and "14" in spans[("amount", "")]
    assert spans[("parties", "Microsoft")].startswith("Microsoft")
    assert spans[("parties", "OpenAI")] == "OpenAI"
    for span in first.spans:  # every highlight lies inside its sentence
        assert first.start <= span.start < span.end <= first.end
    other = deal_sources(store, deal_id)[1].text
    assert "13" in other[next(s for s in second.spans if s.field == "amount").start:][:30]


def _names_of(store: Store, company: str) -> set[str]:
    """A company's name, its aliases and the people who speak for it."""
    aliases = {a for a, in store.db.execute(
        "SELECT a.alias FROM company_aliases a JOIN companies c ON c.id = a.company_id WHERE c.name = ?", [company])}
    curated = load_json("companies.json")
    persons = {p for p, c in curated["persons"].items() if c == company}
    # the stored aliases fold case ("Softbank" or "SoftBank"): the curated file has both
    return {company} | aliases | persons | set(curated["companies"].get(company, []))


def test_every_field_span_of_the_seeds_shows_its_value(store: Store) -> None:
    """Digits of each amount, each party's name, the year of each explicit date."""
    checked = set()
    for deal_id, in store.db.execute("SELECT id FROM deals"):
        for source in deal_sources(store, deal_id):
            for r in source.readings:
                for span in r.spans:
                    words = source.text[span.start:span.end]
                    if span.field == "parties" and "," not in span.label:
                        names = _names_of(store, span.label)
                        assert words in names or words.removesuffix("s") in names, words
                    if span.field == "date" and r.date and not r.date_inferred and any(c.isdigit() for c in words):
                        assert r.date[:4] in words
                    if span.field == "amount" and any(c.isdigit() for c in words):
                        scale = next((x for x in (1e12, 1e9, 1e6) if r.amount >= x), 1)
                        digits = f"{r.amount / scale:g}"  # 1.4e12 is written "1,4 Billionen"
                        assert digits.replace(".", ",") in words or digits in words, (words, r.amount)
                    checked.add(span.field)
    assert {"parties", "amount", "date", "status"} <= checked


def test_the_parties_span_is_narrowed_to_each_company(store: Store) -> None:
    deal_id = _deal_with(store, "Stargate", "SoftBank", "OpenAI", "Oracle")
    vtv = next(s for s in deal_sources(store, deal_id) if s.outlet == "vtv.vn")
    parties = [(s.label, vtv.text[s.start:s.end]) for s in vtv.readings[0].spans if s.field == "parties"]
    assert parties == [("Stargate", "Stargate"), ("SoftBank", "SoftBank"), ("OpenAI", "OpenAI"), ("Oracle", "Oracle")]


def test_seed_disagreements_amount_and_currency_side_by_side(store: Store) -> None:
    deal_id = _deal_with(store, "Microsoft", "OpenAI", amount=14e9)
    rows = {d.field: d.values for d in disagreements(deal_sources(store, deal_id))}
    # (the learned status may read the two articles' stages differently: that row is the status model's)
    assert {k: rows.get(k) for k in ("amount", "currency")} == {
        "amount": ["about 14 bn USD", "at least 13 bn EUR"], "currency": ["USD", "EUR"]}
    assert set(rows) <= {"amount", "currency", "status"}


def test_agreeing_sources_give_no_rows_and_passages_of_one_article_never_disagree(store: Store) -> None:
    single = _deal_with(store, "OpenAI", "Amazon", amount=11e9)  # one article: "verhandelt", "könnte"
    sources = deal_sources(store, single)
    assert len(sources) == 1 and len({r.status for r in sources[0].readings}) > 1
    assert disagreements(sources) == []


def _reading(**values) -> SourceReading:
    base = dict(evidence_id=1, start=0, end=1, sentence="x", kind="investment", status="announced",
                amount=None, amount_max=None, amount_usd=None, currency=None, qualifier="exact",
                per_year=False, date=None, date_precision=None, date_inferred=False,
                term_start=None, term_end=None, parties={})
    return SourceReading(**(base | values))


def _source(name: str, *readings: SourceReading) -> ArticleSource:
    return ArticleSource(article_id=hash(name) % 1000, title=name, outlet=name, published=None,
                         published_precision=None, published_source=None, file_name=f"{name}.txt",
                         path=f"/nowhere/{name}.txt", file_exists=False, text="x", readings=list(readings))


def test_a_constructed_disagreement_on_every_compared_field() -> None:
    a = _source("A", _reading(amount=10e9, amount_usd=10e9, currency="USD", date="2025-06-15", status="signed"))
    b = _source("B", _reading(amount=12e9, amount_usd=12e9, currency="USD", date="2025-07", status="rumored"),
                _reading(status="signed"))
    c = _source("C", _reading())  # says nothing about amount or date: never a side
    rows = {d.field: d.values for d in disagreements([a, b, c])}
    assert rows == {
        "amount": ["10 bn USD", "12 bn USD / —", "—"],
        "date": ["2025-06-15", "2025-07 / —", "—"],
        "status": ["signed", "rumored / signed", "announced"],
    }


def test_no_disagreement_for_rounding_precision_or_publication_dates() -> None:
    a = _source("A", _reading(amount=10e9, amount_usd=10e9, currency="USD", date="2025-06-15"))
    b = _source("B", _reading(amount=10.1e9, amount_usd=10.1e9, currency="USD", date="2025-06"))
    c = _source("C", _reading(date="2026-01-21", date_inferred=True))
    assert disagreements([a, b, c]) == []


def test_same_money_in_two_currencies_disagrees_on_currency_only() -> None:
    a = _source("A", _reading(amount=10e9, amount_usd=10e9, currency="USD"))
    b = _source("B", _reading(amount=8.6e9, amount_usd=10.05e9, currency="EUR", qualifier="approx"))
    rows = {d.field: d.values for d in disagreements([a, b])}
    assert rows == {"currency": ["USD", "EUR"]}


def test_spans_that_no_longer_fit_the_text_are_dropped(store: Store) -> None:
    deal_id = _deal_with(store, "Microsoft", "OpenAI", amount=14e9)
    evidence_id = deal_sources(store, deal_id)[0].readings[0].evidence_id
    spans = json.loads(store.db.execute("SELECT spans FROM evidence WHERE id = ?", [evidence_id]).fetchone()[0])
    try:
        store.db.execute("UPDATE evidence SET spans = ? WHERE id = ?",
                         [json.dumps(spans | {"date": [10**9, 10**9 + 5]}), evidence_id])
        reading = deal_sources(store, deal_id)[0].readings[0]
        assert "date" not in {s.field for s in reading.spans} and "amount" in {s.field for s in reading.spans}
    finally:
        store.db.execute("UPDATE evidence SET spans = ? WHERE id = ?", [json.dumps(spans), evidence_id])


def test_a_missing_file_is_reported_and_an_unknown_deal_has_no_sources(store: Store, tmp_path: Path) -> None:
    assert deal_sources(store, 10**9) == [] and deal_title(store, 10**9) is None
    deal_id = _deal_with(store, "Microsoft", "OpenAI", amount=14e9)
    article_id = deal_sources(store, deal_id)[0].article_id
    old = store.db.execute("SELECT path FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    try:
        store.db.execute("UPDATE articles SET path = ? WHERE id = ?", [str(tmp_path / "gone.txt"), article_id])
        assert deal_sources(store, deal_id)[0].file_exists is False
    finally:
        store.db.execute("UPDATE articles SET path = ? WHERE id = ?", [old, article_id])


def test_citation_is_plain_text_with_title_outlet_date_path_and_passage(store: Store) -> None:
    deal_id = _deal_with(store, "Microsoft", "OpenAI", amount=14e9)
    source = deal_sources(store, deal_id)[0]
    text = citation(source, source.readings[0])
    lines = text.split("\n")
    assert "vtv.vn" in lines[0] and "2025-09-29" in lines[0]
    assert lines[1] == source.path
    assert "14 Milliarden" in lines[2]
