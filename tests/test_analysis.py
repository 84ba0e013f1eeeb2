"""The Amounts panel's analyses: totals that never double count, money over time, who pays whom.

A small database is written by hand so every expected figure follows from the deals below.
"""

from __future__ import annotations

import pytest

from desktop.analysis.flows import find_cycles, flows
from desktop.analysis.scope import prepare
from desktop.analysis.series import choose_period, segment_deal_ids, segments_of, series
from desktop.analysis.totals import group_deal_ids, groups_of, totals
from desktop.ingest.seeds import import_seeds
from desktop.storage.filters import DealFilter
from desktop.storage.store import Store

BN = 1e9
EUR_RATE = 0.9  # amount_eur = amount_usd * EUR_RATE in the hand-made deals


class Deals:
    """Writes deals, parties and sources straight into the schema."""

    def __init__(self, store: Store):
        self.store = store
        self.next_id = 1
        store.db.execute("INSERT INTO articles(id, file_name, path, sha256, imported_at, text)"
                         " VALUES (1, 'a.txt', 'a.txt', 'sha-a', '2025-01-01', 'text')")

    def add(self, kind: str, parties: dict[str, str], usd: float | None, date: str | None,
            precision: str | None = None, sources: int = 1, per_year: bool = False, rejected: bool = False,
            status: str = "announced") -> int:
        deal_id, self.next_id = self.next_id, self.next_id + 1
        precision = precision or {4: "year", 7: "month", 10: "day"}.get(len(date or ""), None)
        self.store.db.execute(
            "INSERT INTO deals(id, kind, status, amount, currency, amount_usd, amount_eur, date, date_precision,"
            " title, rejected) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [deal_id, kind, status, usd, "USD" if usd else None, usd, usd * EUR_RATE if usd else None,
             date, precision, f"deal {deal_id}", int(rejected)])
        for position, (name, role) in enumerate(parties.items()):
            self.store.db.execute("INSERT INTO deal_parties(deal_id, company_id, role, position) VALUES (?,?,?,?)",
                                  [deal_id, self.store.company_id(name), role, position])
        for n in range(sources):  # each source's own reading of the same deal
            self.store.db.execute(
                "INSERT INTO evidence(deal_id, article_id, start, end, sentence, amount, currency, per_year)"
                " VALUES (?,?,?,?,?,?,?,?)", [deal_id, 1, n, n + 1, f"source {n} of deal {deal_id}",
                                              usd, "USD" if usd else None, int(per_year)])
        return deal_id


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store.open(tmp_path / "analysis.sqlite")
    yield s
    s.close()


@pytest.fixture
def deals(store: Store) -> Deals:
    return Deals(store)


def rows(t) -> dict:
    return {r.key: r for r in t.rows}


def test_a_deal_reported_by_three_sources_counts_once(store: Store, deals: Deals) -> None:
    contract = deals.add("cloud_contract", {"OpenAI": "partner", "Oracle": "partner"}, 30 * BN, "2025-06", sources=3)
    assert store.count("evidence") == 3
    for by in ("company", "kind", "year"):
        t = totals(store, DealFilter(), by)
        assert t.grand.deals == 1 and t.grand.amount == 30 * BN
    assert rows(totals(store, DealFilter(), "kind"))["cloud_contract"].deals == 1
    assert rows(totals(store, DealFilter(), "company"))["Oracle"].amount == 30 * BN
    assert group_deal_ids(store, DealFilter(), "company", "Oracle") == [contract]


def test_a_company_in_two_deals_sums_both_and_the_grand_total_counts_each_deal_once(store: Store,
                                                                                   deals: Deals) -> None:
    a = deals.add("cloud_contract", {"OpenAI": "partner", "Oracle": "partner"}, 30 * BN, "2025-06")
    b = deals.add("investment", {"Microsoft": "investor", "OpenAI": "recipient"}, 10 * BN, "2025-09-29")
    by_company = totals(store, DealFilter(), "company")
    lines = rows(by_company)
    assert (lines["OpenAI"].deals, lines["OpenAI"].amount) == (2, 40 * BN)
    assert (lines["Microsoft"].deals, lines["Microsoft"].amount) == (1, 10 * BN)
    assert by_company.grand.amount == 40 * BN  # not 30 + 40 + 10 from adding the company lines
    assert by_company.rows[0].key == "OpenAI"  # largest first
    assert group_deal_ids(store, DealFilter(), "company", "OpenAI") == [a, b]
    assert groups_of(store, DealFilter(), "company", [b]) == {"Microsoft", "OpenAI"}


def stargate(deals: Deals) -> tuple[int, int, int]:
    """As the sample articles have it: the venture's deal names Stargate as its owner and the
    members as partners; SoftBank's contribution to Stargate is a deal of its own."""
    jv = deals.add("joint_venture", {"Stargate": "owner", "SoftBank": "partner", "OpenAI": "partner",
                                     "Oracle": "partner"}, 500 * BN, "2025-01-21", sources=2)
    contribution = deals.add("investment", {"SoftBank": "partner", "Stargate": "partner"}, 15 * BN, "2025-02")
    other = deals.add("investment", {"SoftBank": "investor", "OpenAI": "recipient"}, 25 * BN, "2025-02")
    return jv, contribution, other


def test_a_joint_venture_is_not_added_on_top_of_its_members_contributions(store: Store, deals: Deals) -> None:
    jv, contribution, other = stargate(deals)
    kind = totals(store, DealFilter(), "kind")
    assert kind.grand.amount == (500 + 25) * BN  # not 540: SoftBank's 15 bn is inside Stargate's 500 bn
    assert kind.grand.deals == 3 and kind.grand.in_jv == 1
    assert rows(kind)["investment"].amount == 25 * BN and rows(kind)["investment"].deals == 2
    company = rows(totals(store, DealFilter(), "company"))
    assert company["Stargate"].amount == 500 * BN and company["Stargate"].deals == 2
    assert company["SoftBank"].amount == (500 + 25) * BN
    assert totals(store, DealFilter(), "year").grand.amount == kind.grand.amount
    assert prepare(store, DealFilter()).in_jv == {contribution}


def test_with_the_joint_venture_filtered_out_the_contribution_counts(store: Store, deals: Deals) -> None:
    jv, contribution, other = stargate(deals)
    t = totals(store, DealFilter(kinds=("investment",)), "kind")
    assert t.grand.amount == (15 + 25) * BN and t.grand.in_jv == 0


def test_a_deal_between_members_only_is_no_contribution(store: Store, deals: Deals) -> None:
    stargate(deals)
    deals.add("investment", {"MGX": "partner", "Stargate": "partner"}, 7 * BN, "2025-03")  # MGX is no member
    assert totals(store, DealFilter(), "kind").grand.amount == (500 + 25 + 7) * BN


def test_deals_without_an_amount_count_but_add_nothing_and_rates_count_once(store: Store, deals: Deals) -> None:
    deals.add("supply", {"OpenAI": "partner", "Foxconn": "partner"}, None, "2025-11-21")
    deals.add("partnership", {"SoftBank": "investor", "OpenAI": "recipient"}, 3 * BN, "2025-02", per_year=True,
              sources=2)
    t = totals(store, DealFilter(), "kind")
    assert (t.grand.deals, t.grand.with_amount, t.grand.amount, t.grand.rates) == (2, 1, 3 * BN, 1)
    assert rows(t)["supply"].with_amount == 0 and rows(t)["supply"].amount == 0


def test_years_group_by_the_dates_year_and_keep_undated_deals_apart(store: Store, deals: Deals) -> None:
    deals.add("investment", {"Microsoft": "investor", "OpenAI": "recipient"}, 1 * BN, "2019")
    deals.add("capex_plan", {"Meta": "owner"}, 600 * BN, "2025-09-29")
    deals.add("investment", {"Amazon": "investor", "Anthropic": "recipient"}, 8 * BN, None)
    years = rows(totals(store, DealFilter(), "year"))
    assert years["2019"].amount == 1 * BN and years["2025"].amount == 600 * BN and years[None].amount == 8 * BN
    assert [r.key for r in totals(store, DealFilter(), "year").rows] == ["2019", "2025", None]


def test_amounts_are_in_the_display_currency(store: Store, deals: Deals) -> None:
    deals.add("investment", {"Microsoft": "investor", "OpenAI": "recipient"}, 10 * BN, "2025-01")
    stargate(deals)
    usd, eur = totals(store, DealFilter(), "kind"), totals(store, DealFilter(currency="EUR"), "kind")
    assert eur.currency == "EUR" and usd.currency == "USD"
    assert eur.grand.amount == pytest.approx(usd.grand.amount * EUR_RATE)
    assert series(store, DealFilter(currency="EUR")).buckets[0].total == pytest.approx(510 * BN * EUR_RATE)


def test_every_analysis_honours_the_filter(store: Store, deals: Deals) -> None:
    old = deals.add("investment", {"Microsoft": "investor", "OpenAI": "recipient"}, 1 * BN, "2019")
    new = deals.add("cloud_contract", {"OpenAI": "partner", "Oracle": "partner"}, 300 * BN, "2025-09")
    deals.add("cloud_contract", {"OpenAI": "partner", "Oracle": "partner"}, 99 * BN, "2025-10", rejected=True)
    assert totals(store, DealFilter(), "kind").grand.amount == 301 * BN  # the rejected deal is out
    recent = DealFilter(date_from="2025-01-01")
    assert totals(store, recent, "company").grand.amount == 300 * BN
    assert group_deal_ids(store, recent, "company", "OpenAI") == [new]
    oracle = DealFilter(companies=("Oracle",))
    assert set(rows(totals(store, oracle, "company"))) == {"OpenAI", "Oracle"}
    assert [b.total for b in series(store, recent).buckets] == [300 * BN]
    assert [e.deal_ids for e in flows(store, DealFilter(kinds=("investment",))).edges] == [(old,)]
    assert totals(store, DealFilter(min_amount=2 * BN), "kind").grand.deals == 1


def test_the_series_stacks_kinds_per_period_and_puts_year_only_deals_in_their_year(store: Store,
                                                                                   deals: Deals) -> None:
    jv, contribution, other = stargate(deals)  # 2025-01 and 2025-02
    year_only = deals.add("capex_plan", {"Meta": "owner"}, 60 * BN, "2025")
    june = deals.add("cloud_contract", {"OpenAI": "partner", "Oracle": "partner"}, 30 * BN, "2025-06-15")
    undated = deals.add("investment", {"Amazon": "investor", "Anthropic": "recipient"}, 8 * BN, None)
    s = series(store, DealFilter())
    assert s.period == "month"
    labels = [b.label for b in s.buckets]
    assert labels == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025 (year only)"]
    by_label = {b.label: b for b in s.buckets}
    assert by_label["2025-01"].amount == {"joint_venture": 500 * BN}
    assert by_label["2025-02"].amount == {"investment": 25 * BN}  # the contribution is in Stargate's 500 bn
    assert by_label["2025-02"].deals == {"investment": 2}
    assert by_label["2025 (year only)"].year_only and by_label["2025 (year only)"].amount == {"capex_plan": 60 * BN}
    assert s.uncharted == 1 and s.kinds == ["investment", "cloud_contract", "joint_venture", "capex_plan"]
    charted = sum(b.total for b in s.buckets)
    assert charted + 8 * BN == totals(store, DealFilter(), "kind").grand.amount
    index = labels.index("2025-02")
    assert segment_deal_ids(store, DealFilter(), s, index, "investment") == [contribution, other]
    assert segment_deal_ids(store, DealFilter(), s, labels.index("2025-06")) == [june]
    assert segments_of(store, DealFilter(), s, [year_only, june, undated]) == {
        (labels.index("2025 (year only)"), "capex_plan"), (labels.index("2025-06"), "cloud_contract")}
    assert [b.label for b in series(store, DealFilter(), "year").buckets] == ["2025"]


def test_the_period_follows_the_span() -> None:
    from datetime import date
    assert choose_period([(date(2025, 1, 1), date(2025, 2, 1)), (date(2026, 5, 1), date(2026, 6, 1))]) == "month"
    assert choose_period([(date(2020, 1, 1), date(2020, 2, 1)), (date(2025, 5, 1), date(2025, 6, 1))]) == "quarter"
    assert choose_period([(date(2012, 1, 1), date(2012, 1, 2)), (date(2025, 5, 1), date(2025, 6, 1))]) == "year"


def test_flows_run_from_payer_to_payee_and_circular_flows_are_found(store: Store, deals: Deals) -> None:
    invest = deals.add("investment", {"Amazon": "investor", "OpenAI": "recipient"}, 10 * BN, "2026-01-21")
    cloud = deals.add("cloud_contract", {"OpenAI": "partner", "Amazon": "partner"}, 38 * BN, "2025-11")
    nvidia = deals.add("investment", {"Nvidia": "investor", "OpenAI": "recipient"}, 100 * BN, "2025-09")
    oracle = deals.add("cloud_contract", {"OpenAI": "partner", "Oracle": "partner"}, 300 * BN, "2025-09")
    chips = deals.add("supply", {"Oracle": "partner", "Nvidia": "partner"}, 40 * BN, "2025-10")
    deals.add("partnership", {"Google": "partner", "Meta": "partner"}, 10 * BN, "2025-09")  # no direction
    jv, contribution, _ = stargate(deals)
    f = flows(store, DealFilter())
    edges = {(e.payer, e.payee): e for e in f.edges}
    assert edges[("Amazon", "OpenAI")].deal_ids == (invest,) and edges[("Amazon", "OpenAI")].amount == 10 * BN
    assert edges[("OpenAI", "Amazon")].deal_ids == (cloud,)  # the customer pays the cloud provider
    assert edges[("Oracle", "Nvidia")].deal_ids == (chips,)
    assert edges[("SoftBank", "Stargate")].deal_ids == (contribution,)  # a member pays into its venture
    assert not any({"Google", "Meta"} & {p, q} for p, q in edges)
    assert all(jv not in e.deal_ids for e in f.edges)
    cycles = {c.companies: c for c in f.cycles}
    assert set(cycles) == {("Amazon", "OpenAI"), ("Nvidia", "OpenAI", "Oracle")}
    assert cycles[("Amazon", "OpenAI")].amount == 10 * BN  # the smaller leg goes round
    assert cycles[("Amazon", "OpenAI")].deal_ids == sorted([invest, cloud])
    assert cycles[("Nvidia", "OpenAI", "Oracle")].deal_ids == sorted([nvidia, oracle, chips])
    assert f.cycle_count == 2 and f.edges[0].payer == "OpenAI" and f.edges[0].payee == "Oracle"


def test_a_cancelled_deal_moves_no_money(store: Store, deals: Deals) -> None:
    done = deals.add("investment", {"Amazon": "investor", "OpenAI": "recipient"}, 10 * BN, "2026-01-21")
    deals.add("acquisition", {"Nvidia": "buyer", "ARM": "target"}, 40 * BN, "2022", status="cancelled")
    edges = {(e.payer, e.payee): e for e in flows(store, DealFilter()).edges}
    assert set(edges) == {("Amazon", "OpenAI")} and edges[("Amazon", "OpenAI")].deal_ids == (done,)


def test_a_deal_with_several_payees_is_listed_on_each_edge_without_splitting_its_amount(store: Store,
                                                                                       deals: Deals) -> None:
    deal = deals.add("supply", {"OpenAI": "partner", "Nvidia": "partner", "AMD": "partner"}, 20 * BN, "2025-11")
    edges = {(e.payer, e.payee): e for e in flows(store, DealFilter()).edges}
    assert set(edges) == {("OpenAI", "Nvidia"), ("OpenAI", "AMD")}
    assert all(e.deal_ids == (deal,) and e.shared == 1 and e.amount == 0 for e in edges.values())


def test_cycles_are_listed_once_and_capped() -> None:
    from desktop.analysis.flows import Edge
    names = [f"C{i:02d}" for i in range(8)]
    edges = [Edge(a, b, float(i), (i,), 1) for i, (a, b) in enumerate((a, b) for a in names for b in names if a != b)]
    cycles, count = find_cycles(edges, limit=10)
    # a complete graph: every pair is a 2-cycle, every triple two 3-cycles (one each way round)
    assert count == 8 * 7 // 2 + 8 * 7 * 6 // 6 * 2
    assert len(cycles) == 10 and len({c.companies for c in cycles}) == 10
    assert [c.amount for c in cycles] == sorted((c.amount for c in cycles), reverse=True)


def test_the_sample_articles_give_the_stargate_rule_and_the_circular_deals(tmp_path) -> None:
    with Store.open(tmp_path / "seeds.sqlite") as store:
        import_seeds(store)
        t = totals(store, DealFilter(), "kind")
        summed = store.db.execute("SELECT total(amount_usd) FROM deals WHERE rejected = 0").fetchone()[0]
        contributions = prepare(store, DealFilter()).in_jv
        left_out = sum(store.db.execute("SELECT amount_usd FROM deals WHERE id = ?", [i]).fetchone()[0]
                       for i in contributions)
        assert contributions and t.grand.amount == pytest.approx(summed - left_out)
        cycles = {c.companies for c in flows(store, DealFilter()).cycles}
        assert ("Amazon", "OpenAI") in cycles
