"""When two readings are one deal, and how readings combine."""

from __future__ import annotations

from desktop.extraction.merge import Reading, combine, other_side_elsewhere, same_deal


def r(**kw) -> Reading:
    base = dict(kind="cloud_contract", status="signed", parties=["Oracle", "OpenAI"])
    base.update(kw)
    return Reading(**base)


def test_same_parties_and_close_amounts_in_usd_and_eur_merge() -> None:
    usd = r(amount=38e9, currency="USD", amount_usd=38e9)
    eur = r(amount=35e9, currency="EUR", amount_usd=40e9)
    assert same_deal(eur, usd)


def test_different_amounts_between_the_same_companies_stay_apart() -> None:
    assert not same_deal(r(amount=300e9, amount_usd=300e9), r(amount=30e9, amount_usd=30e9))


def test_a_reading_without_amount_joins_only_on_compatible_dates() -> None:
    with_amount = r(amount=30e9, amount_usd=30e9, date="2025-06")
    assert same_deal(r(date="2025-06-15"), with_amount)
    assert not same_deal(r(date="2025-09"), with_amount)
    assert not same_deal(r(), with_amount)


def test_disjoint_parties_never_merge() -> None:
    assert not same_deal(r(parties=["Amazon", "Anthropic"]), r())


def test_combine_keeps_most_precise_date_and_marks_discrepancies() -> None:
    readings = [
        r(date="2025-06", date_precision="month", amount=30e9, currency="USD", amount_usd=30e9,
          published="2025-07-01", status="announced"),
        r(date="2025-06-30", date_precision="day", amount=28e9, currency="EUR", amount_usd=32.5e9,
          published="2025-08-01", status="signed"),
    ]
    c = combine(readings)
    assert (c.date, c.date_precision) == ("2025-06-30", "day")
    assert c.currency == "USD" and c.amount == 30e9  # the USD figure is preferred, not averaged
    assert set(c.discrepancies) == {"amount", "status"}
    assert c.status == "signed"  # the latest report knows how the deal stands now
    assert c.parties == ["Oracle", "OpenAI"]


def test_two_figures_in_one_currency_must_agree_closely() -> None:
    one = r(parties=["Cerebras"], kind="investment", amount=1.0e9, currency="USD", amount_usd=1.0e9)
    other = r(parties=["Cerebras"], kind="investment", amount=1.1e9, currency="USD", amount_usd=1.1e9)
    assert not same_deal(one, other)  # two funding rounds, not one
    eur = r(parties=["Cerebras"], kind="investment", amount=0.95e9, currency="EUR", amount_usd=1.08e9)
    assert same_deal(eur, one)  # across currencies the rate makes figures differ


def test_one_article_reports_the_furthest_stage_its_sentences_name() -> None:
    headline = r(status="announced", article=7, published="2025-09-08")
    body = r(status="signed", article=7, published="2025-09-08")
    assert combine([headline, body]).status == "signed"
    # a later article's word wins over an earlier one's, whatever the stage
    later = r(status="cancelled", article=8, published="2025-10-01")
    assert combine([headline, body, later]).status == "cancelled"
    earlier_done = r(status="completed", article=5, published="2025-01-01")
    assert combine([earlier_done, headline]).status == "announced"


def test_one_article_converts_closely_but_two_articles_may_use_other_rates() -> None:
    eur = r(amount=5.5e9, currency="EUR", amount_usd=6.4e9, article=1)
    gbp = r(amount=5e9, currency="GBP", amount_usd=6.7e9, article=1)
    assert not same_deal(eur, gbp)  # £5 bn beside €5.5 bn in one text: two deals
    assert same_deal(eur, r(amount=5e9, currency="GBP", amount_usd=6.7e9, article=2))
    assert same_deal(eur, r(amount=6.5e9, currency="USD", amount_usd=6.5e9, article=1))  # its own rate


def test_a_consortium_listed_differently_is_one_deal_when_figure_and_kind_agree() -> None:
    buyers = ["BlackRock", "GIP", "Microsoft", "Nvidia", "Aligned"]
    a = r(kind="acquisition", parties=[*buyers, "Macquarie"], amount=40e9, currency="USD", amount_usd=40e9)
    b = r(kind="acquisition", parties=[*buyers, "MGX"], amount=40e9, currency="USD", amount_usd=40e9)
    assert same_deal(a, b) and same_deal(b, a)
    # another figure, another kind, or no figure: two deals
    assert not same_deal(r(kind="acquisition", parties=[*buyers, "MGX"], amount=12e9, currency="USD",
                           amount_usd=12e9), a)
    assert not same_deal(r(kind="investment", parties=[*buyers, "MGX"], amount=40e9, currency="USD",
                           amount_usd=40e9), a)
    assert not same_deal(r(kind="acquisition", parties=[*buyers, "MGX"]), a)
    # one company in common is not a consortium: Oracle–OpenAI and Oracle–Meta stay apart
    assert not same_deal(r(parties=["Oracle", "Meta"], amount=20e9, currency="USD", amount_usd=20e9),
                         r(parties=["Oracle", "OpenAI"], amount=20e9, currency="USD", amount_usd=20e9))
    # two of three shared, each list with one the other lacks: still one consortium
    assert same_deal(r(parties=["KKR", "Singtel", "STT GDC"], amount=5e9, currency="SGD", amount_usd=3.8e9),
                     r(parties=["KKR", "Singtel", "ST Telemedia"], amount=5e9, currency="SGD", amount_usd=3.8e9))


def test_roles_come_from_the_readings_of_the_deals_own_kind() -> None:
    from desktop.extraction.merge import combine

    takeover = dict(kind="acquisition", parties=["BlackRock", "Aligned", "Macquarie"], amount=40e9,
                    currency="USD", amount_usd=40e9)
    a = r(**takeover, roles={"BlackRock": "buyer", "Aligned": "target", "Macquarie": "seller"})
    b = r(**takeover, roles={"BlackRock": "buyer", "Aligned": "target", "Macquarie": "seller"}, published="2025-10-16")
    # a headline read the takeover as a contract with a data-centre operator
    c = r(kind="cloud_contract", parties=["BlackRock", "Aligned"], amount=40e9, currency="USD", amount_usd=40e9,
          roles={"BlackRock": "customer", "Aligned": "provider"}, published="2025-10-17")
    combined = combine([c, a, b])
    assert combined.kind == "acquisition"
    assert combined.roles == {"BlackRock": "buyer", "Aligned": "target", "Macquarie": "seller"}
    # a party only the other kind's reading names keeps no role of that kind
    d = r(kind="cloud_contract", parties=["BlackRock", "MGX"], amount=40e9, currency="USD", amount_usd=40e9,
          roles={"BlackRock": "customer", "MGX": "provider"})
    assert combine([a, b, d]).roles["MGX"] == "party"


def test_a_bound_or_a_round_figure_agrees_with_the_exact_one() -> None:
    exact = r(amount=1.2e9, currency="CHF", amount_usd=1.5e9, qualifier="exact")
    assert same_deal(r(amount=1e9, currency="CHF", amount_usd=1.25e9, qualifier="at_least"), exact)  # "über eine Milliarde"
    assert same_deal(r(amount=1.5e9, currency="CHF", amount_usd=1.9e9, qualifier="up_to"), exact)  # "bis zu 1,5 Milliarden"
    assert same_deal(r(amount=1.25e9, currency="CHF", amount_usd=1.55e9, qualifier="approx"), exact)  # "rund 1,25"
    # a bound the figure does not meet, or a far one, is another deal
    assert not same_deal(r(amount=1.5e9, currency="CHF", amount_usd=1.9e9, qualifier="at_least"), exact)
    assert not same_deal(r(amount=0.5e9, currency="CHF", amount_usd=0.6e9, qualifier="at_least"), exact)
    assert not same_deal(r(amount=1.3e9, currency="CHF", amount_usd=1.6e9, qualifier="exact"), exact)


def test_a_bound_joins_only_a_deal_of_its_own_kind() -> None:
    pledge = r(kind="capex_plan", parties=["Nvidia"], amount=2e9, currency="GBP", amount_usd=2.6e9, qualifier="up_to")
    stake = r(kind="investment", parties=["CoreWeave", "Nvidia"], amount=1.5e9, currency="GBP", amount_usd=1.9e9)
    assert not same_deal(pledge, stake)


def test_a_takeover_price_that_moved_between_talks_and_signing_is_one_deal() -> None:
    talks = r(kind="acquisition", status="negotiating", parties=["Marrowstone", "Nidda"], amount=1.5e9,
              currency="EUR", qualifier="approx", amount_usd=1.76e9, date="2025-09")
    signed = r(kind="acquisition", status="signed", parties=["Marrowstone", "Nidda"], amount=1.62e9,
               currency="EUR", qualifier="exact", amount_usd=1.81e9, date="2026-11-04")
    assert same_deal(signed, talks)
    # two signed prices, or a signing before the talks, or another kind, stay apart
    assert not same_deal(signed, r(**{**_fields(talks), "status": "signed"}))
    assert not same_deal(signed, r(**{**_fields(talks), "date": "2027-01"}))
    assert not same_deal(r(**{**_fields(signed), "kind": "investment"}), r(**{**_fields(talks), "kind": "investment"}))


def _fields(reading: Reading) -> dict:
    return {f: getattr(reading, f) for f in Reading.__slots__}


def test_the_most_precise_of_agreeing_figures_stands_for_the_deal() -> None:
    rough = r(kind="capex_plan", parties=["SK hynix"], amount=4e9, currency="USD", qualifier="approx", amount_usd=4e9)
    exact = r(kind="capex_plan", parties=["SK hynix"], amount=3.87e9, currency="USD", qualifier="approx",
              amount_usd=3.87e9)
    assert combine([rough, exact]).amount == 3.87e9
    assert combine([exact, rough]).amount == 3.87e9


def test_days_a_few_days_apart_are_one_date_further_apart_two() -> None:
    priced = r(amount=3e9, currency="USD", amount_usd=3e9, date="2025-11-12")
    assert same_deal(r(date="2025-11-11"), priced)  # "announced Tuesday", reported Wednesday
    assert same_deal(r(amount=3e9, currency="USD", amount_usd=3e9, date="2025-11-09"), priced)
    assert not same_deal(r(date="2025-11-02"), priced)
    assert not same_deal(r(amount=3e9, currency="USD", amount_usd=3e9, date="2025-10-12"), priced)


def test_significant_digits_of_a_figure() -> None:
    from desktop.extraction.merge import _digits
    assert [_digits(x) for x in (4e9, 3.87e9, 1.25e9, 140e6, 4_000_000.0)] == [1, 3, 3, 2, 1]


def test_the_closing_of_a_takeover_told_without_its_figure_is_that_takeover() -> None:
    signed = r(kind="acquisition", status="signed", parties=["Nvidia", "Run:ai"], amount=7e8, currency="USD",
               amount_usd=7e8, date="2024-04-24", date_precision="day")
    closed = r(kind="acquisition", status="completed", parties=["Nvidia", "Run:ai"], date="2024-12-30",
               date_precision="day")
    assert same_deal(closed, signed) and same_deal(signed, closed)
    # a closing dated before the agreement, or an announcement months later, is another deal
    assert not same_deal(r(**{**_fields(closed), "date": "2024-01-10"}), signed)
    assert not same_deal(r(**{**_fields(closed), "status": "announced"}), signed)


def test_each_side_of_one_deal_in_one_article_is_one_deal_but_two_plans_are_two() -> None:
    buyer = r(kind="supply", status="announced", parties=["Amazon"], amount=18e9, currency="USD", amount_usd=18e9,
              article=1)
    seller = r(kind="partnership", status="announced", parties=["Talen Energy"], amount=18e9, currency="USD",
               amount_usd=18e9, article=1)
    assert same_deal(seller, buyer)
    assert not same_deal(r(**{**_fields(seller), "article": 2}), buyer)  # other articles: no
    plan = r(kind="capex_plan", status="planned", parties=["Microsoft"], amount=3e9, currency="EUR", amount_usd=3.3e9,
             article=1)
    assert not same_deal(r(**{**_fields(plan), "parties": ["Google"]}), plan)


def _priced(parties: list[str], amount: float, article: int, kind: str = "investment", date: str | None = None,
            currency: str = "USD") -> Reading:
    return Reading(kind=kind, status="signed", parties=parties, amount=amount, currency=currency,
                   amount_usd=amount, date=date, date_precision="day" if date and len(date) == 10 else None,
                   article=article)


def test_two_articles_with_one_figure_and_a_company_in_common_report_one_deal() -> None:
    # the restatement got the other side and the date wrong: still the same $45 million round
    first = _priced(["Falajnet", "Dhowline Capital"], 45e6, article=1, date="2024-12-03")
    restated = _priced(["Nvidia", "Dhowline Capital"], 45e6, article=2, kind="other", date="2025-06-10")
    assert same_deal(restated, first)
    # a different figure, or no company in common, or another currency: no such evidence
    assert not same_deal(_priced(["Nvidia", "Dhowline Capital"], 46e6, article=2, kind="other"), first)
    assert not same_deal(_priced(["Nvidia"], 45e6, article=2, kind="other"), first)
    assert not same_deal(_priced(["Nvidia", "Dhowline Capital"], 45e6, article=2, kind="other", currency="EUR"),
                         first)


def test_one_figure_twice_in_one_article_or_a_year_apart_stays_two_deals() -> None:
    amazon = _priced(["Amazon", "OpenAI"], 10e9, article=4, currency="EUR", date="2026-01-21")
    cerebras = _priced(["OpenAI", "Cerebras"], 10e9, article=4, kind="supply", currency="EUR", date="2026-01-15")
    assert not same_deal(cerebras, amazon)
    # Amazon's $4 billion for Anthropic in September 2023, and another $4 billion in November 2024
    assert not same_deal(_priced(["Amazon", "Anthropic"], 4e9, article=2, date="2024-11-22"),
                         _priced(["Amazon", "Anthropic"], 4e9, article=1, date="2023-09-25"))


def test_a_round_sum_joins_another_article_only_at_a_date_that_fits() -> None:
    # Microsoft's "$3 billion" for India in January and a "$3 billion" campus elsewhere in June
    india = _priced(["Microsoft"], 3e9, article=1, kind="capex_plan", date="2025-01-07")
    assert not same_deal(_priced(["Microsoft", "G42"], 3e9, article=2, kind="capex_plan", date="2025-06-12"), india)
    assert same_deal(_priced(["Microsoft", "Reliance"], 3e9, article=2, kind="other", date="2025-01"), india)


def test_a_round_sum_without_a_date_joins_no_other_articles_deal() -> None:
    # xAI's $6 billion Series B (May 2024) and a later report of its $6 billion Series C without a date
    series_b = _priced(["xAI", "Valor"], 6e9, article=1, date="2024-05-27")
    assert not same_deal(_priced(["xAI", "Nvidia"], 6e9, article=2), series_b)


def test_one_article_telling_one_deal_twice_beside_another_company_is_one_deal() -> None:
    led = _priced(["Lambda", "Andra Capital"], 480e6, article=3, date="2025-02-19")
    joined = _priced(["Lambda", "Nvidia"], 480e6, article=3)
    assert same_deal(joined, led)
    # put another way ("bis zu" promised in 2023, "rund" in talks now), or of another kind: two deals
    promised = Reading(kind="investment", status="signed", parties=["Google", "Anthropic"], amount=2e9,
                       currency="USD", amount_usd=2e9, qualifier="up_to", article=3)
    talks = Reading(kind="investment", status="negotiating", parties=["Anthropic", "Lightspeed"], amount=2e9,
                    currency="USD", amount_usd=2e9, qualifier="approx", article=3)
    assert not same_deal(talks, promised)
    assert not same_deal(_priced(["Lambda", "Nvidia"], 480e6, article=3, kind="supply"), led)


def test_one_figure_from_each_side_in_two_articles_may_be_one_deal() -> None:
    buyer = _priced(["Morrowgate"], 3.6e9, article=1, kind="supply", currency="SEK", date="2026-01")
    seller = _priced(["Älvkraft"], 3.6e9, article=2, kind="supply", currency="SEK", date="2026-01-27")
    assert other_side_elsewhere(seller, buyer)
    # not: one article, another figure, a round sum without dates, two spending plans, dates apart
    assert not other_side_elsewhere(_priced(["Älvkraft"], 3.6e9, article=1, kind="supply", currency="SEK"), buyer)
    assert not other_side_elsewhere(_priced(["Älvkraft"], 3.7e9, article=2, kind="supply", currency="SEK"), buyer)
    assert not other_side_elsewhere(_priced(["Älvkraft"], 4e9, article=2, kind="supply", currency="SEK"),
                                    _priced(["Morrowgate"], 4e9, article=1, kind="supply", currency="SEK"))
    assert not other_side_elsewhere(_priced(["Google"], 3.6e9, article=2, kind="capex_plan", currency="SEK"),
                                    _priced(["Microsoft"], 3.6e9, article=1, kind="capex_plan", currency="SEK"))
    assert not other_side_elsewhere(_priced(["Älvkraft"], 3.6e9, article=2, kind="supply", currency="SEK",
                                            date="2025-03-02"), buyer)


def test_a_later_article_naming_the_same_companies_deal_without_figure_or_date_mentions_it() -> None:
    priced = Reading(kind="supply", status="signed", parties=["IREN", "Dell"], amount=5.8e9, currency="USD",
                     amount_usd=5.8e9, date="2025-11-03", date_precision="day", article=6, published="2025-11-03")
    bare = Reading(kind="supply", status="signed", parties=["Dell", "IREN"], date="2025-11-20", date_inferred=True,
                   article=7, published="2025-11-20")
    assert same_deal(bare, priced)
    # not before the deal was made, not years later, not with one company of it only
    assert not same_deal(Reading(kind="supply", status="signed", parties=["Dell", "IREN"], date="2025-09-01",
                                 date_inferred=True, article=7, published="2025-09-01"), priced)
    assert not same_deal(Reading(kind="supply", status="signed", parties=["Dell", "IREN"], date="2028-01-01",
                                 date_inferred=True, article=7, published="2028-01-01"), priced)
    assert not same_deal(Reading(kind="supply", status="signed", parties=["IREN"], date="2025-11-20",
                                 date_inferred=True, article=7, published="2025-11-20"), priced)


def test_one_companys_spending_plans_in_two_countries_stay_two() -> None:
    chile = Reading(kind="capex_plan", status="announced", parties=["Amazon"], amount=4e9, currency="USD",
                    amount_usd=4e9, date="2026-11-04", article=1, countries=frozenset({"CL"}))
    aragon = Reading(kind="capex_plan", status="planned", parties=["Amazon"], amount=3.4e9, currency="EUR",
                     amount_usd=3.98e9, date="2026-11-04", article=2, countries=frozenset({"ES"}))
    assert not same_deal(aragon, chile)
    # where one report names no place, or both name the same country, the figures decide
    assert same_deal(Reading(kind="capex_plan", status="planned", parties=["Amazon"], amount=3.4e9, currency="EUR",
                             amount_usd=3.98e9, date="2026-11-04", article=2), chile)
    assert same_deal(Reading(kind="capex_plan", status="planned", parties=["Amazon"], amount=3.4e9, currency="EUR",
                             amount_usd=3.98e9, date="2026-11-04", article=2, countries=frozenset({"CL", "US"})),
                     chile)


def test_a_stake_read_as_investment_and_as_acquisition_is_one_deal_and_so_is_compute_as_supply_or_cloud() -> None:
    # "Für 75 Prozent der Anteile zahlt Nordbahn 480 Millionen Euro" / "Nordbahn Capital übernimmt die Mehrheit an
    # Alsterdock": the two articles read the kind of one stake purchase differently
    bought = _priced(["Nordbahn Capital"], 480e6, article=1, currency="EUR", date="2026-02-10")
    taken = _priced(["Alsterdock Data"], 480e6, article=2, kind="acquisition", currency="EUR", date="2026-02-10")
    assert other_side_elsewhere(taken, bought)
    gpus = _priced(["Microsoft", "Nscale"], 24e9, article=1, kind="supply")
    cloud = _priced(["Microsoft", "Nscale"], 24e9, article=2, kind="cloud_contract")
    assert same_deal(cloud, gpus)


def test_a_season_quarter_or_half_holds_the_days_and_months_inside_it() -> None:
    from desktop.extraction.merge import _dates_compatible
    assert _dates_compatible("2024-21", "2024-03-05")  # spring 2024 (ISO 8601-2) and a day in March
    assert not _dates_compatible("2024-21", "2024-06-01")
    assert _dates_compatible("2025-Q1", "2025-02") and not _dates_compatible("2025-Q1", "2025-04-02")
    assert _dates_compatible("2025-H2", "2025-Q3") and _dates_compatible("2020s", "2024")
    assert _dates_compatible("2024-24", "2024-12-05")  # winter starts in December
    # a spring order and its signing on a day of that spring are one deal
    spring = _priced(["Lauterbrunn Energietechnik", "Microsoft"], 60e6, article=1, kind="supply", date="2024-21")
    assert same_deal(_priced(["Lauterbrunn Energietechnik", "Microsoft"], 60e6, article=2, kind="supply",
                             date="2024-03-05"), spring)


def test_a_round_sum_between_the_same_companies_dated_weeks_apart_is_one_deal() -> None:
    # one report dates Telekom's and Nvidia's billion by the announcement, another by its own day
    announced = _priced(["Deutsche Telekom", "Nvidia"], 1e9, article=1, kind="project", date="2025-10-28")
    assert same_deal(_priced(["Nvidia", "Deutsche Telekom"], 1e9, article=2, kind="project", date="2025-11-04"),
                     announced)
    # months apart, or with another company, or of another kind, they stay apart
    assert not same_deal(_priced(["Deutsche Telekom", "Nvidia"], 1e9, article=2, kind="project",
                                 date="2026-02-04"), announced)
    assert not same_deal(_priced(["Deutsche Telekom", "SAP"], 1e9, article=2, kind="project", date="2025-11-04"),
                         announced)
    assert not same_deal(_priced(["Deutsche Telekom", "Nvidia"], 1e9, article=2, kind="supply",
                                 date="2025-11-04"), announced)
