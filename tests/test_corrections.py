"""Hand corrections live apart from extractor output and survive re-extraction and undo."""

from __future__ import annotations

import hashlib

import pytest

from desktop.extraction.mentions import ExtractedDeal, PartyRole
from desktop.storage import corrections
from desktop.storage.deal_writer import rebuild_all_deals, save_article_deals
from desktop.storage.queries import list_deals
from desktop.storage.records import NewArticle
from desktop.storage.store import Store


def _deal(sentence: str, parties: list[str], amount: float | None, date: str | None = None,
          kind: str = "cloud_contract") -> ExtractedDeal:
    return ExtractedDeal(
        kind=kind, status="signed", parties=[PartyRole(p, "partner") for p in parties],
        evidence_start=0, evidence_end=len(sentence), sentence=sentence, amount=amount,
        currency="USD" if amount else None, qualifier="exact" if amount else None,
        date=date, date_precision="month" if date else None,
    )


def _add_article(store: Store, name: str, deals: list[ExtractedDeal], published: str = "2025-09-29") -> int:
    text = " ".join(d.sentence for d in deals) or name
    sha = hashlib.sha256(text.encode()).hexdigest()
    with store.transaction():
        aid = store.insert_article(NewArticle(name, f"/{name}", sha, text, published=published), "1")
        save_article_deals(store, aid, sha, published, deals)
    return aid


@pytest.fixture
def store() -> Store:
    s = Store.open(None)
    _add_article(s, "a.txt", [
        _deal("Oracle signs 30 bn with OpenAI.", ["Oracle", "OpenAI"], 30e9, "2025-06"),
        _deal("Oracle signs 300 bn with OpenAI.", ["Oracle", "OpenAI"], 300e9, "2025-09"),
    ])
    _add_article(s, "b.txt", [_deal("OpenAI and Oracle: 30 bn deal.", ["OpenAI", "Oracle"], 30e9)])
    return s


def by_amount(store: Store) -> dict[float, object]:
    return {d.amount: d for d in list_deals(store)}


def test_reports_of_one_deal_merge_and_different_deals_stay_apart(store: Store) -> None:
    deals = by_amount(store)
    assert set(deals) == {30e9, 300e9}
    assert deals[30e9].source_files == ["a.txt", "b.txt"]


def test_an_edit_survives_rebuilding_the_deals(store: Store) -> None:
    deal = by_amount(store)[300e9]
    corrections.edit(store, deal.id, "amount", 310e9)
    corrections.edit(store, deal.id, "status", "announced")
    with store.transaction():
        rebuild_all_deals(store)  # what re-extraction does
    edited = by_amount(store)[310e9]
    assert edited.status == "announced"
    assert edited.amount_usd == 310e9  # converted again from the corrected figure
    assert store.db.execute("SELECT corrected FROM deals WHERE id = ?", [edited.id]).fetchone()[0] == '["amount", "status"]'


def test_reject_hides_the_deal_and_undo_brings_it_back(store: Store) -> None:
    deal = by_amount(store)[30e9]
    corrections.reject(store, deal.id)
    assert 30e9 not in by_amount(store)
    with store.transaction():
        rebuild_all_deals(store)
    assert 30e9 not in by_amount(store)
    corrections.undo_last(store)
    assert 30e9 in by_amount(store)


def test_merge_and_split_are_replayed_after_a_rebuild(store: Store) -> None:
    deals = by_amount(store)
    corrections.merge(store, deals[30e9].id, deals[300e9].id)
    assert len(list_deals(store)) == 1
    with store.transaction():
        rebuild_all_deals(store)
    (merged,) = list_deals(store)
    assert len(merged.sources) == 3
    evidence_id = store.db.execute("SELECT id FROM evidence WHERE sentence LIKE 'OpenAI and Oracle%'").fetchone()[0]
    corrections.split(store, evidence_id)
    with store.transaction():
        rebuild_all_deals(store)
    assert sorted(len(d.sources) for d in list_deals(store)) == [1, 2]


def test_editing_an_unknown_field_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="cannot be edited"):
        corrections.edit(store, by_amount(store)[30e9].id, "id; DROP TABLE deals", 1)


def test_corrections_whose_reading_vanished_are_kept_as_orphans(store: Store) -> None:
    deal = by_amount(store)[300e9]
    corrections.edit(store, deal.id, "title", "Mein Titel")
    with store.transaction():
        store.db.execute("DELETE FROM evidence WHERE amount = 300e9")
        rebuild_all_deals(store)
    orphans = corrections.orphaned(store)
    assert [(o[2], o[3]) for o in orphans] == [("edit", "title")]


def test_undo_and_redo_of_an_edit_keep_the_deal_and_restore_each_value(store: Store) -> None:
    deal = by_amount(store)[30e9]
    first = corrections.edit(store, deal.id, "status", "cancelled")
    second = corrections.edit(store, deal.id, "amount", 35e9)
    assert by_amount(store)[35e9].status == "cancelled"
    corrections.undo(store, second)
    restored = by_amount(store)[30e9]
    assert (restored.id, restored.status, restored.amount_usd) == (deal.id, "cancelled", 30e9)
    corrections.undo(store, first)
    assert by_amount(store)[30e9].status == deal.status
    assert store.db.execute("SELECT corrected FROM deals WHERE id = ?", [deal.id]).fetchone()[0] is None
    corrections.redo(store, first)
    corrections.redo(store, second)
    again = by_amount(store)[35e9]
    assert (again.id, again.status) == (deal.id, "cancelled")


def test_undoing_a_merge_rebuilds_both_deals(store: Store) -> None:
    deals = by_amount(store)
    merge_id = corrections.merge(store, deals[30e9].id, deals[300e9].id)
    assert len(list_deals(store)) == 1
    corrections.undo(store, merge_id)
    assert set(by_amount(store)) == {30e9, 300e9}


def test_undo_of_an_unknown_correction_says_so(store: Store) -> None:
    with pytest.raises(ValueError, match="does not exist"):
        corrections.undo(store, 999)


def test_a_corrected_amount_shows_in_the_derived_title_but_a_corrected_title_stays(store: Store) -> None:
    deal = by_amount(store)[30e9]
    assert "30 bn USD" in deal.title
    corrections.edit(store, deal.id, "amount", 35e9)
    assert "35 bn USD" in by_amount(store)[35e9].title
    corrections.edit(store, deal.id, "title", "Stargate compute deal")
    corrections.edit(store, deal.id, "currency", "EUR")
    assert by_amount(store)[35e9].title == "Stargate compute deal"
