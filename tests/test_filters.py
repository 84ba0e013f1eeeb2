"""The one DealFilter every view applies: each criterion narrows, odd input never raises, date
ranges respect month- and year-precision dates, amounts compare in the display currency."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from desktop.cli.main import main as cli_main
from desktop.export.csv_export import write_csv
from desktop.ingest.seeds import import_seeds
from desktop.storage.deal_table import ordered_ids, table_rows
from desktop.storage.filters import (
    DealFilter, company_names, count, fts_query, matching_ids, parse_amount, parse_date_bound, total,
    where_clause,
)
from desktop.storage.queries import DealTitles, get_deal, iter_deals, list_deals
from desktop.storage.store import Store


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = tmp_path_factory.mktemp("filters") / "deals.sqlite"
    store = Store.open(path)
    import_seeds(store)
    yield store
    store.close()


def deals_of(store: Store, f: DealFilter) -> dict[int, tuple]:
    """id -> (date, kind, status, amount_usd, amount_eur, parties) of the kept deals."""
    ids = matching_ids(store, f)
    return {d.id: (d.date, d.kind, d.status, d.amount_usd,
                   store.db.execute("SELECT amount_eur FROM deals WHERE id = ?", [d.id]).fetchone()[0],
                   set(d.parties))
            for d in (get_deal(store, i) for i in ids)}


def test_the_empty_filter_keeps_every_deal_not_rejected(seeded: Store) -> None:
    everything = seeded.db.execute("SELECT count(*) FROM deals WHERE rejected = 0").fetchone()[0]
    assert everything > 10
    assert count(seeded, DealFilter()) == total(seeded) == len(matching_ids(seeded, DealFilter())) == everything
    assert DealFilter().is_empty() and DealFilter(currency="EUR").is_empty()
    assert not DealFilter(text="x").is_empty()


def test_each_criterion_narrows_to_deals_that_meet_it(seeded: Store) -> None:
    everything = total(seeded)
    kinds = [r[0] for r in seeded.db.execute("SELECT DISTINCT kind FROM deals ORDER BY kind")]
    statuses = [r[0] for r in seeded.db.execute("SELECT DISTINCT status FROM deals ORDER BY status")]
    assert len(kinds) > 1 and len(statuses) > 1
    by_kind = deals_of(seeded, DealFilter(kinds=(kinds[0],)))
    assert 0 < len(by_kind) < everything and all(v[1] == kinds[0] for v in by_kind.values())
    by_status = deals_of(seeded, DealFilter(statuses=(statuses[0], statuses[1])))
    assert 0 < len(by_status) < everything and all(v[2] in statuses[:2] for v in by_status.values())
    by_company = deals_of(seeded, DealFilter(companies=("Oracle",)))
    assert 0 < len(by_company) < everything and all("Oracle" in v[5] for v in by_company.values())
    either = deals_of(seeded, DealFilter(companies=("Oracle", "Meta")))
    assert set(by_company) < set(either)  # any of the companies, not all of them
    big = deals_of(seeded, DealFilter(min_amount=100e9))
    assert 0 < len(big) < everything and all(v[3] >= 100e9 for v in big.values())


def test_company_names_are_those_with_deals(seeded: Store) -> None:
    names = company_names(seeded)
    assert {"OpenAI", "Oracle", "Microsoft"} <= set(names)
    for name in names:
        assert count(seeded, DealFilter(companies=(name,))) > 0


def test_full_text_search_finds_words_in_articles_and_evidence(seeded: Store) -> None:
    everything = total(seeded)
    oracle = set(matching_ids(seeded, DealFilter(text="Oracle")))
    assert 0 < len(oracle) < everything
    # a prefix of the last word is enough, and a German inflection is found by its stem's prefix
    assert set(matching_ids(seeded, DealFilter(text="Orac"))) == oracle
    # every word is required: adding one can only narrow
    narrower = set(matching_ids(seeded, DealFilter(text="Oracle Stargate")))
    assert narrower <= oracle
    assert matching_ids(seeded, DealFilter(text="xyzzyplugh")) == []


@pytest.mark.parametrize("text", ['"', '""', "'", 'Oracle"', "AND", "OR NOT", "*", "Oracle*", "NEAR(",
                                  "a:b", "(", ")", "-", "^", "Oracle AND", "\\", "%_", "🙂", " "])
def test_odd_search_input_never_raises(seeded: Store, text: str) -> None:
    ids = matching_ids(seeded, DealFilter(text=text))
    assert set(ids) <= set(matching_ids(seeded, DealFilter()))
    query = fts_query(text)
    assert query is None or all(part.startswith('"') for part in query.split())


def test_operators_typed_by_the_user_are_words_not_syntax() -> None:
    assert fts_query("Oracle AND OpenAI") == '"Oracle" "AND" "OpenAI"*'
    assert fts_query('say "hi"') == '"say" "hi"*'
    assert fts_query("*") is None


def test_date_range_keeps_month_and_year_dates_whose_period_overlaps(seeded: Store) -> None:
    all_dated = {i: v for i, v in deals_of(seeded, DealFilter()).items() if v[0]}
    month = next(i for i, v in all_dated.items() if len(v[0]) == 7)  # e.g. '2025-06'
    year = next(i for i, v in all_dated.items() if len(v[0]) == 4)  # e.g. '2019'
    m, y = all_dated[month][0], all_dated[year][0]
    # a range starting in the middle of the month still overlaps it, on either side
    assert month in matching_ids(seeded, DealFilter(date_from=f"{m}-15"))
    assert month in matching_ids(seeded, DealFilter(date_to=f"{m}-01"))
    assert month in matching_ids(seeded, DealFilter(date_from=f"{m}-10", date_to=f"{m}-20"))
    assert year in matching_ids(seeded, DealFilter(date_from=f"{y}-07-01", date_to=f"{y}-07-31"))
    # and a range entirely after or before it does not
    assert month not in matching_ids(seeded, DealFilter(date_from=_next_month(m) + "-01"))
    assert year not in matching_ids(seeded, DealFilter(date_to=f"{int(y) - 1}-12-31"))
    # undated deals drop out once a bound is set
    undated = set(deals_of(seeded, DealFilter())) - set(all_dated)
    assert undated and not undated & set(matching_ids(seeded, DealFilter(date_from="1900")))


def test_date_bounds_given_to_the_month_or_year_reach_their_end(seeded: Store) -> None:
    dated = {i: v[0] for i, v in deals_of(seeded, DealFilter()).items() if v[0]}
    day = next(i for i, d in dated.items() if len(d) == 10)
    d = dated[day]
    assert day in matching_ids(seeded, DealFilter(date_to=d[:7]))  # to 2025-11 includes 2025-11-21
    assert day in matching_ids(seeded, DealFilter(date_to=d[:4]))
    assert day in matching_ids(seeded, DealFilter(date_from=d[:7]))
    assert day not in matching_ids(seeded, DealFilter(date_from=_next_month(d[:7])))
    kept = [dated[i] for i in matching_ids(seeded, DealFilter(date_from=d, date_to=d))]
    assert kept and all(d.startswith(k) or k == d for k in kept)


def test_minimum_amount_compares_in_the_display_currency(seeded: Store) -> None:
    # an amount between a deal's EUR and USD value keeps it in USD but not in EUR
    deals = deals_of(seeded, DealFilter())
    deal_id, v = next((i, v) for i, v in deals.items() if v[3] and v[4] and v[3] > v[4] * 1.05)
    between = (v[3] + v[4]) / 2
    assert deal_id in matching_ids(seeded, DealFilter(min_amount=between, currency="USD"))
    assert deal_id not in matching_ids(seeded, DealFilter(min_amount=between, currency="EUR"))
    eur = deals_of(seeded, DealFilter(min_amount=between, currency="EUR"))
    assert all(x[4] >= between for x in eur.values())


def test_criteria_combine_with_and(seeded: Store) -> None:
    a = DealFilter(companies=("OpenAI",))
    b = DealFilter(min_amount=20e9)
    c = DealFilter(text="Oracle")
    both = DealFilter(companies=("OpenAI",), min_amount=20e9, text="Oracle")
    expected = set(matching_ids(seeded, a)) & set(matching_ids(seeded, b)) & set(matching_ids(seeded, c))
    assert expected and set(matching_ids(seeded, both)) == expected
    assert count(seeded, both) == len(expected) < total(seeded)


def test_rejected_deals_are_left_out_unless_asked_for(seeded: Store) -> None:
    where, _ = where_clause(DealFilter())
    assert "rejected" in where
    assert where_clause(DealFilter(include_rejected=True))[0] == ""


def test_date_bounds_as_typed() -> None:
    assert parse_date_bound("2025") == "2025"
    assert parse_date_bound(" 2025-6 ") == "2025-06"
    assert parse_date_bound("2025-06-05") == "2025-06-05"
    assert parse_date_bound("5.6.2025") == "2025-06-05"
    assert parse_date_bound("") is None
    for bad in ("June", "2025-13", "2025-02-30", "25", "2025/06"):
        with pytest.raises(ValueError, match="2025|date"):
            parse_date_bound(bad)


def test_amounts_as_typed() -> None:
    assert parse_amount("500m") == 500e6
    assert parse_amount("1.5 bn") == 1.5e9
    assert parse_amount("1,5 Mrd.") == 1.5e9
    assert parse_amount("2tn") == 2e12
    assert parse_amount("30000000000") == 30e9
    assert parse_amount(" ") is None
    for bad in ("lots", "1.500.000", "5 apples", "-3"):
        with pytest.raises(ValueError, match="cannot read the amount"):
            parse_amount(bad)


# --- the table's and the export's reads --------------------------------------------------------

def test_sorted_ids_follow_the_column_and_keep_undated_and_unpriced_last(seeded: Store) -> None:
    rows = table_rows(seeded, matching_ids(seeded, DealFilter()))
    ids = ordered_ids(seeded, DealFilter(), "display", descending=True).tolist()
    amounts = [rows[i].display_amount for i in ids]
    priced = [a for a in amounts if a is not None]
    assert priced == sorted(priced, reverse=True) and amounts[-1] is None
    by_date = [rows[i].date for i in ordered_ids(seeded, DealFilter(), "date").tolist()]
    dated = [d for d in by_date if d]
    assert dated == sorted(dated) and by_date[-1] is None
    assert sorted(ids) == matching_ids(seeded, DealFilter())


def test_table_rows_show_parties_in_order_and_the_chosen_currency(seeded: Store) -> None:
    ids = matching_ids(seeded, DealFilter())
    usd, eur = table_rows(seeded, ids, "USD"), table_rows(seeded, ids, "EUR")
    for deal in list_deals(seeded):
        assert list(usd[deal.id].parties) == deal.parties
        assert usd[deal.id].display_amount == deal.amount_usd
        assert usd[deal.id].sources == len({s.article_id for s in deal.sources})
    euro = next(d for d in list_deals(seeded) if d.currency == "EUR")
    assert eur[euro.id].display_amount == euro.amount


def test_list_deals_streams_the_filtered_deals_in_date_order(seeded: Store) -> None:
    f = DealFilter(companies=("OpenAI",))
    listed = list_deals(seeded, deal_filter=f)
    assert [d.id for d in listed] == [d.id for d in iter_deals(seeded, deal_filter=f, chunk=3)]
    assert {d.id for d in listed} == set(matching_ids(seeded, f))
    assert all("OpenAI" in d.parties for d in listed)
    dates = [d.date for d in listed if d.date]
    assert dates == sorted(dates)


def test_titles_are_read_on_demand(seeded: Store) -> None:
    titles = DealTitles(seeded)
    deal = list_deals(seeded)[0]
    assert titles[deal.id] == deal.title and titles.get(-1, "none") == "none"
    assert len(titles) == seeded.count("deals")


def test_export_of_the_filtered_deals_writes_only_those(seeded: Store) -> None:
    f = DealFilter(kinds=("investment",))
    out = io.StringIO()
    written = write_csv(iter_deals(seeded, deal_filter=f), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert written == len(rows) == count(seeded, f) < total(seeded)
    assert {r["kind"] for r in rows} == {"investment"}


def test_cli_export_takes_the_same_filters(seeded: Store, tmp_path: Path) -> None:
    out = tmp_path / "filtered.csv"
    code = cli_main(["export", "--db", str(seeded.path), "-o", str(out), "--company", "Oracle",
                     "--min-amount", "20bn", "--dialect", "excel-de"])
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8").lstrip("\ufeff")), delimiter=";"))
    expected = count(seeded, DealFilter(companies=("Oracle",), min_amount=20e9))
    assert 0 < len(rows) == expected < total(seeded)
    assert all("Oracle" in r["parties"].split("; ") for r in rows)
    assert cli_main(["export", "--db", str(seeded.path), "--from", "June", "-o", str(out)]) == 2
    assert cli_main(["export", "--db", str(seeded.path), "--kind", "merger", "-o", str(out)]) == 2


def _next_month(month: str) -> str:
    year, m = int(month[:4]), int(month[5:7])
    return f"{year + m // 12}-{m % 12 + 1:02d}"
