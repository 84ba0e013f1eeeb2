"""Company names learned from the collection: the import's second reading and re-extraction."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from desktop.export.csv_export import write_csv
from desktop.extraction.learned_names import LearnedNames, learnable
from desktop.extraction.organizations import curated_names, find_organizations
from desktop.extraction.pipeline import extract
from desktop.ingest.importer import IMPORTED, READ_AGAIN, import_paths, run_import
from desktop.ingest.reextract import reextract
from desktop.jobs import drain
from desktop.storage.queries import list_deals
from desktop.storage.store import Store

# One article introduces the company with its legal form; the other cites it bare, and once
# only, which alone gives no clue that "Ravelston Moor" is a company rather than a moor (a word
# German does not know, cited twice without an article, would be: see test_deals).
INTRODUCES = ("date 2026-03-02\n\nRavelston Moor Ltd, a data-centre developer from Inverness, has raised "
              "£40 million from Pentland Infrastructure Fund to build its first campus, the company said on Monday.\n")
CITES = ("date 2026-05-12\n\nRavelston Moor hat mit SSE Renewables einen Stromliefervertrag über 15 Jahre "
         "unterzeichnet und zahlt dafür rund 12 Millionen Pfund im Jahr, wie beide Seiten am "
         "Dienstag mitteilten.\n")


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a_ravelston_en.txt").write_text(INTRODUCES, encoding="utf-8")
    (folder / "b_ravelston_de.txt").write_text(CITES, encoding="utf-8")
    return folder


def _deals(store: Store) -> list[dict]:
    out = io.StringIO()
    write_csv(list_deals(store), out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def _power_deal(store: Store) -> dict:
    (deal,) = [d for d in _deals(store) if d["sources"] == "b_ravelston_de.txt"]
    return deal


def test_only_names_of_two_words_or_more_outside_the_table_are_learned() -> None:
    curated = curated_names()
    assert learnable("Ravelston Moor", curated)
    assert not learnable("Ravelston", curated)  # one word: too often an ordinary word elsewhere
    assert not learnable("Deutsche Telekom", curated)  # the table knows it already
    assert not learnable("AB Ravelston", curated)  # an initial is no first word


def test_a_learned_name_is_found_with_its_genitive_and_in_compounds_but_not_inside_words() -> None:
    learned = LearnedNames(["Ravelston Moor"])
    text = "Ravelston Moors Campus, the Ravelston Moor-Aktie, XRavelston Moor and Ravelston Moorland."
    assert [text[s:e] for s, e, _ in learned.mentions(text)] == ["Ravelston Moors", "Ravelston Moor"]
    assert learned.in_text(text) == {"Ravelston Moor"}
    assert not LearnedNames([])


def test_the_extractor_treats_a_learned_name_as_a_company() -> None:
    text = CITES.split("\n\n", 1)[1]
    assert "Ravelston Moor" not in {m.name for m in find_organizations(text)}
    found = find_organizations(text, LearnedNames(["Ravelston Moor"]))
    assert [m.text for m in found if m.name == "Ravelston Moor"] == ["Ravelston Moor"]
    (deal,) = extract(text, learned=LearnedNames(["Ravelston Moor"])).deals
    assert {p.name for p in deal.parties} == {"Ravelston Moor", "SSE"}
    assert (deal.amount, deal.currency) == (12_000_000, "GBP")


def test_the_import_reads_an_article_again_with_the_names_other_articles_taught(
        tmp_path: Path, collection: Path) -> None:
    with Store.open(tmp_path / "db.sqlite") as store:
        steps = []
        job = import_paths(store, [collection], workers=1)
        summary = None
        while summary is None:
            try:
                steps.append(next(job))
            except StopIteration as stop:
                summary = stop.value
        assert [s.phase for s in steps] == [IMPORTED, IMPORTED, READ_AGAIN]
        assert steps[-1].outcome.path.endswith("b_ravelston_de.txt") and steps[-1].outcome.deals == 1
        assert summary.read_again == 1 and len(summary.of(IMPORTED)) == 2
        deal = _power_deal(store)
        assert deal["parties"] == "Ravelston Moor; SSE" and deal["amount"] == "12000000"
        # the deal of the article that taught the name is still there, once
        assert [d["parties"] for d in _deals(store) if d["sources"] == "a_ravelston_en.txt"] == [
            "Ravelston Moor; Pentland Infrastructure Fund"]


def test_an_article_alone_is_not_read_again(tmp_path: Path, collection: Path) -> None:
    (collection / "a_ravelston_en.txt").unlink()
    with Store.open(tmp_path / "db.sqlite") as store:
        summary = run_import(store, [collection], workers=1)
        assert summary.read_again == 0
        assert _power_deal(store)["parties"] == "SSE"


def test_a_name_learned_by_an_earlier_import_serves_the_next(tmp_path: Path, collection: Path) -> None:
    later = tmp_path / "later"
    later.mkdir()
    (collection / "b_ravelston_de.txt").rename(later / "b_ravelston_de.txt")
    with Store.open(tmp_path / "db.sqlite") as store:
        run_import(store, [collection], workers=1)
        assert run_import(store, [later], workers=1).read_again == 1
        assert _power_deal(store)["parties"] == "Ravelston Moor; SSE"


def test_a_name_of_a_rejected_deal_is_not_learned(tmp_path: Path, collection: Path) -> None:
    from desktop.storage import corrections

    later = tmp_path / "later"
    later.mkdir()
    (collection / "b_ravelston_de.txt").rename(later / "b_ravelston_de.txt")
    with Store.open(tmp_path / "db.sqlite") as store:
        run_import(store, [collection], workers=1)
        (only,) = _deals(store)
        with store.transaction():
            corrections.reject(store, int(only["deal_id"]))
        assert run_import(store, [later], workers=1).read_again == 0


def test_a_cancel_during_the_second_reading_keeps_the_first(tmp_path: Path, collection: Path) -> None:
    with Store.open(tmp_path / "db.sqlite") as store:
        job = import_paths(store, [collection], workers=1)
        for step in job:
            if step.phase == READ_AGAIN:
                job.close()
                break
        assert store.count("articles") == 2
        assert _power_deal(store)["parties"] == "SSE"  # as first read: nothing half done
        (status,) = store.db.execute("SELECT status FROM import_runs").fetchone()
        assert status == "completed"  # every file was stored before the second reading


def test_reextraction_reads_again_as_the_import_does(tmp_path: Path, collection: Path) -> None:
    with Store.open(tmp_path / "db.sqlite") as store:
        run_import(store, [collection], workers=1)
        imported = sorted((d["parties"], d["amount"], d["sources"]) for d in _deals(store))
        steps = []
        job = reextract(store, workers=1)
        while True:
            try:
                steps.append(next(job))
            except StopIteration:
                break
        assert steps == [(1, 2), (2, 2), (3, 3)]  # the second reading counts on from the first
        assert sorted((d["parties"], d["amount"], d["sources"]) for d in _deals(store)) == imported


def test_the_command_line_reports_the_second_reading(tmp_path: Path, collection: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli.main import main

    assert main(["--db", str(tmp_path / "db.sqlite"), "import", str(collection)]) == 0
    out = capsys.readouterr().out
    assert f"{READ_AGAIN:<10} {collection / 'b_ravelston_de.txt'}: 1 deal(s)" in out
    assert "1 read again with company names other articles taught" in out


def test_a_correction_survives_when_a_later_article_read_again_joins_its_deal(tmp_path: Path, collection: Path) -> None:
    from desktop.storage import corrections

    later = tmp_path / "later"
    later.mkdir()
    # the later article also tells the round of the first: its first reading names only the
    # investor, its second reading both sides, and either joins the corrected deal
    (later / "b_ravelston_de.txt").write_text(
        CITES + "\nIm März hatte das Unternehmen 40 Millionen Pfund von Pentland Infrastructure Fund erhalten.\n",
        encoding="utf-8")
    (collection / "b_ravelston_de.txt").unlink()
    with Store.open(tmp_path / "db.sqlite") as store:
        run_import(store, [collection], workers=1)
        (round_,) = _deals(store)
        with store.transaction():
            corrections.edit(store, int(round_["deal_id"]), "status", "signed")
        assert run_import(store, [later], workers=1).read_again == 1
        (joined,) = [d for d in _deals(store) if "a_ravelston_en.txt" in d["sources"]]
        assert joined["sources"] == "a_ravelston_en.txt; b_ravelston_de.txt"
        assert joined["parties"] == "Ravelston Moor; Pentland Infrastructure Fund"
        assert joined["status"] == "signed"  # the user's correction, not the extractor's "completed"
        assert _power_deal_of(store)["parties"] == "Ravelston Moor; SSE"


def _power_deal_of(store: Store) -> dict:
    (deal,) = [d for d in _deals(store) if d["kind"] == "supply"]
    return deal
