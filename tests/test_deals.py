"""Deal assembly: one test per phrasing family, on sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.extraction.pipeline import extract

PUB = date(2025, 11, 21)


def deals(text: str, published: date | None = PUB, precision: str = "day"):
    return extract(text, published, precision).deals


def parties(deal) -> set[str]:
    return {p.name for p in deal.parties}


def test_investment_with_roles_and_traceable_fields() -> None:
    text = "Amazon investiert rund vier Milliarden Dollar in das KI-Start-up Anthropic."
    (d,) = deals(text)
    assert d.kind == "investment" and parties(d) == {"Amazon", "Anthropic"}
    assert {p.name: p.role for p in d.parties} == {"Amazon": "investor", "Anthropic": "recipient"}
    assert (d.amount, d.currency, d.qualifier) == (4e9, "USD", "approx")
    assert text[slice(*d.spans["amount"])] == "rund vier Milliarden Dollar"


def test_valuations_revenue_and_share_prices_are_not_deals() -> None:
    assert deals("OpenAI könnte mit 300 Milliarden Dollar bewertet werden.") == []
    assert deals("Nvidia erzielte einen Umsatz von 35 Milliarden Dollar.") == []
    assert deals("Intel, whose market capitalization stood at about $117 billion, rose.") == []
    assert deals("The financing would value xAI at about $230 billion, the people said.") == []


def test_advertising_blocks_are_ignored() -> None:
    text = ("Anzeige\nJetzt Oracle-Aktien kaufen: OpenAI investiert 5 Milliarden Dollar in Oracle, "
            "sichern Sie sich 15.000€ Gold!\n")
    assert deals(text) == []


def test_reference_resolves_to_the_company_of_the_previous_sentence() -> None:
    text = ("Oracle hat eine Reihe von Großaufträgen abgeschlossen. Im Juni 2025 unterzeichnete das "
            "Unternehmen einen 30-Milliarden-Dollar-Vertrag über Cloud-Services mit OpenAI.")
    (d,) = deals(text)
    assert parties(d) == {"Oracle", "OpenAI"} and d.kind == "cloud_contract"
    assert (d.date, d.date_precision, d.status) == ("2025-06", "month", "signed")


def test_deal_with_a_company_takes_the_actor_of_the_sentence_before() -> None:
    text = ("Erst im November 2025 schloss OpenAI ein Cloud-Abkommen mit AWS. Kurz darauf, Mitte Januar 2026, "
            "folgte ein weiterer Deal im Wert von etwa zehn Milliarden Euro mit dem Chip-Start-up Cerebras Systems.")
    cerebras = [d for d in deals(text, date(2026, 1, 21)) if "Cerebras" in parties(d)]
    assert len(cerebras) == 1 and parties(cerebras[0]) == {"OpenAI", "Cerebras"}
    assert cerebras[0].date.startswith("2026-01")


def test_contract_term_from_duration_and_start() -> None:
    (d,) = deals("Oracle kündigte einen Fünfjahresvertrag über 300 Milliarden Dollar mit OpenAI ab 2027 an.")
    assert (d.term_start, d.term_end) == ("2027", "2031")


def test_yearly_rate_is_kept_in_the_title() -> None:
    (d,) = deals("SoftBank zahlt jährlich drei Milliarden Dollar an OpenAI für dessen Software.")
    assert d.amount == 3e9 and d.per_year and "per year" in d.title


def test_two_deals_in_one_sentence_keep_their_own_parties() -> None:
    text = ("Anthropic erhielt 8 Milliarden US-Dollar von Amazon, und OpenAI sammelte weitere "
            "100 Milliarden US-Dollar von Nvidia ein.")
    found = {d.amount: parties(d) for d in deals(text)}
    assert found == {8e9: {"Anthropic", "Amazon"}, 100e9: {"OpenAI", "Nvidia"}}


def test_unknown_company_is_discovered_and_recognised_again() -> None:
    text = ("Der Londoner Rechenzentrumsbetreiber Nscale wächst. "
            "Nscale unterzeichnete einen Vertrag über 12 Milliarden Euro mit Microsoft.")
    (d,) = deals(text)
    assert parties(d) == {"Nscale", "Microsoft"}


def test_products_named_after_a_company_are_no_party() -> None:
    (d,) = deals("Microsoft signed a $9.7 billion contract with IREN Ltd. to use Nvidia chips.")
    assert "Nvidia" not in parties(d) and "Microsoft" in parties(d)


def test_status_words() -> None:
    rumor = deals("Insidern zufolge lotet SoftBank eine Beteiligung an OpenAI über bis zu 25 Milliarden Dollar aus.")
    talks = deals("OpenAI verhandelt mit Amazon über eine Investition von zehn Milliarden Euro.")
    plan = deals("Meta will 600 Milliarden US-Dollar in die US-Infrastruktur investieren.")
    assert (rumor[0].status, rumor[0].qualifier) == ("rumored", "up_to")
    assert talks[0].status == "negotiating"
    assert (plan[0].kind, plan[0].status) == ("capex_plan", "planned")


def test_a_signed_deal_in_a_bare_month_lies_before_the_report() -> None:
    (d,) = deals("Im August unterzeichnete SoftBank einen Vertrag über 1 Milliarde Dollar mit Foxconn.",
                 date(2026, 3, 10))
    assert d.date == "2025-08"


def test_undated_announcement_takes_the_publication_date_but_history_does_not() -> None:
    (now,) = deals("OpenAI und Foxconn haben eine Partnerschaft verkündet.")
    (past,) = deals("Anthropic erhielt 8 Milliarden US-Dollar von Amazon.")
    assert now.date == "2025-11-21" and "date" not in now.spans
    assert past.date is None


def test_a_valuation_cue_belongs_to_the_amount_it_describes() -> None:
    text = "Cerebras Systems is in talks to raise about $1 billion at a valuation of $22 billion."
    found = deals(text)
    assert [d.amount for d in found] == [1e9]


def roles(deal) -> dict[str, str]:
    return {p.name: p.role for p in deal.parties}


def test_contract_roles_say_who_pays_whom() -> None:
    # the words name the seller ("bei Amazon") …
    (d,) = deals("OpenAI mietet für 38 Milliarden Dollar Rechenkapazität bei Amazon.")
    assert roles(d) == {"OpenAI": "customer", "Amazon": "provider"}
    # … or the one party known to sell such services does
    (d,) = deals("OpenAI hat einen Cloud-Vertrag über 30 Milliarden Dollar mit Oracle unterzeichnet.")
    assert roles(d) == {"OpenAI": "customer", "Oracle": "provider"}
    (d,) = deals("Nvidia liefert Chips im Wert von 10 Milliarden Dollar an Humain.")
    assert d.kind == "supply" and roles(d)["Nvidia"] == "provider"


def test_acquisition_roles_active_passive_and_english_objects() -> None:
    (d,) = deals("AMD hat ZT Systems für 4,9 Milliarden Dollar übernommen.")
    assert d.kind == "acquisition" and roles(d) == {"AMD": "buyer", "ZT Systems": "target"}
    (d,) = deals("ZT Systems wird für 4,9 Milliarden Dollar von AMD übernommen.")
    assert d.kind == "acquisition" and roles(d) == {"AMD": "buyer", "ZT Systems": "target"}
    # an unknown company is found as the object of an English deal verb
    (d,) = deals("SoftBank acquired Ampere for $6.5 billion.")
    # (Ampere Computing is in the table; its short form names it)
    assert roles(d) == {"SoftBank": "buyer", "Ampere Computing": "target"}


def test_a_lease_inked_is_a_signed_cloud_contract_and_worth_is_not_always_a_valuation() -> None:
    (d,) = deals("Cipher Mining said it had inked a 15-year lease with Amazon Web Services worth about $5.5 billion.")
    assert (d.kind, d.status, d.amount) == ("cloud_contract", "signed", 5.5e9)
    assert deals("Anthropic, now worth about $183 billion, hired a new finance chief.") == []


def test_salaries_are_not_deals() -> None:
    text = "Das Start-up Kairon Labs bietet Forschern Gehälter von bis zu 180.000 Euro im Jahr."
    assert deals(text) == []


def test_talks_about_a_purchase_are_an_acquisition_in_negotiation() -> None:
    (d,) = deals("Blackstone befindet sich in fortgeschrittenen Gesprächen über den Kauf des Betreibers Kao Data.")
    assert d.kind == "acquisition" and roles(d) == {"Blackstone": "buyer", "Kao Data": "target"}
    assert d.status == "negotiating"


def test_a_discovered_company_keeps_one_name_in_its_short_form() -> None:
    from desktop.extraction.organizations import find_organizations

    text = "Equinix kauft den Betreiber Lumenia Data für 3,6 Milliarden Euro. Lumenia betreibt fünf Rechenzentren."
    assert {m.name for m in find_organizations(text)} == {"Equinix", "Lumenia Data"}


def test_a_conversion_in_parentheses_is_the_same_figure_not_a_second_deal() -> None:
    (d,) = deals("Equinix closed its acquisition of data center operator Lumenia Data for €3.6 billion ($3.9 billion).")
    assert (d.kind, d.amount, d.currency) == ("acquisition", 3.6e9, "EUR")
    (d,) = deals("Samsung erhielt von Tesla einen Auftrag über 22,8 Billionen Won (umgerechnet rund 16,5 Milliarden Dollar).")
    assert (d.amount, d.currency) == (22.8e12, "KRW")


def test_a_target_after_the_article_is_not_the_date_of_the_deal() -> None:
    # published 2025-11-21: "by 2029" is where the plan leads, the deal is from the report
    (d,) = deals("Mistral inked a partnership with Helsing on Monday to develop AI models by 2029.")
    assert d.date == "2025-11-17"


def test_the_same_day_after_a_span_of_years_names_no_day() -> None:
    text = ("Between 2025 and 2028 the government wants to attract investors. "
            "The same day, Google committed £5bn to a new data centre.")
    (d,) = deals(text)
    assert d.date == "2025-11-21"  # the article's day, not 1 January 2025


def test_a_contract_with_a_company_that_sells_compute_is_a_cloud_contract() -> None:
    (d,) = deals("Microsoft has signed a $14 billion contract with Nscale.")
    assert d.kind == "cloud_contract" and roles(d) == {"Microsoft": "customer", "Nscale": "provider"}


def test_statuses_from_past_tense_and_agreements() -> None:
    (d,) = deals("Nokia closed its $2.3 billion takeover of Infinera in February.")
    assert d.status == "completed"
    (d,) = deals("Carlyle hatte das Unternehmen Lumenia Data 2023 für 1,1 Mrd. Euro übernommen.")
    assert d.status == "completed"
    (d,) = deals("IREN agreed to buy GPUs from Dell Technologies for $5.8 billion.")
    assert d.status == "signed"
    (d,) = deals("Google will bis 2029 insgesamt 5,5 Milliarden Euro investieren, kündigte der Konzern an.")
    assert d.status == "announced"  # an announced plan is an announcement


def test_the_two_companies_named_together_are_the_parties_of_a_plural_reference() -> None:
    (d,) = deals("Oracle and OpenAI met in Texas. The two companies signed a $30 billion cloud contract on Monday.")
    assert parties(d) == {"Oracle", "OpenAI"} and d.amount == 30e9
    (d,) = deals("Microsoft und Nvidia bauen ein Rechenzentrum. Die Partner wollen rund 3 Milliarden Dollar investieren.")
    assert parties(d) == {"Microsoft", "Nvidia"}


def test_a_company_named_only_by_reference_in_its_own_paragraph() -> None:
    text = "Microsoft opened an office in Warsaw.\n\nThe company said it expects to spend about $80 billion on data centers."
    (d,) = deals(text)
    assert parties(d) == {"Microsoft"} and d.kind == "capex_plan" and d.amount == 80e9


def test_prices_assets_under_management_and_valuations_are_not_deals() -> None:
    assert deals("Lambda verlangt für eine H100-GPU 2,49 Dollar pro Stunde.") == []
    assert deals("BlackRock manages roughly $13.5 trillion in assets.") == []
    assert [d.amount for d in deals(
        "OpenAI verhandelt über eine Finanzierungsrunde von 100 Milliarden Dollar, die das Unternehmen "
        "mit 830 Milliarden Dollar bewerten würde.")] == [100e9]


def test_swedish_kronor() -> None:
    (d,) = deals("EcoDataCenter secured 4.8 billion kronor in bank financing from SEB and Swedbank.")
    assert (d.amount, d.currency) == (4.8e9, "SEK")


def test_buybacks_backlogs_and_swiss_francs_mid_sentence() -> None:
    assert deals("Zudem kündigte Siemens Energy ein Aktienrückkaufprogramm über bis zu 6 Milliarden Euro an.") == []
    assert deals("Der Markt soll laut Swisscom bis 2030 auf rund 3 Mrd. Fr. Umsatz wachsen.") == []


def test_a_stake_or_financing_of_one_named_company_is_an_investment_not_a_spending_plan() -> None:
    (d,) = deals("In January, Aligned Data Centers secured $12 billion in new equity and debt financing.")
    assert d.kind == "investment"
    (d,) = deals("Microsoft said it expects to spend about $80 billion on data centers this year.")
    assert d.kind == "capex_plan"


def test_an_order_awarded_and_a_company_named_as_er() -> None:
    text = ("Das Kieler Start-up Nordlicht Compute baut ein Rechenzentrum. Den Auftrag für die Server hat "
            "das Unternehmen an den Hersteller Supermicro vergeben.")
    (d,) = deals(text)
    assert parties(d) == {"Nordlicht Compute", "Supermicro"}
    text = ("Erster Großkunde ist der Übersetzungsdienst DeepL. Er hatte im März 2025 einen Mietvertrag über "
            "Rechenkapazität im Wert von 240 Millionen Euro mit Nordlicht unterschrieben.")
    found = [d for d in deals(text) if d.amount == 240e6]
    assert found and "DeepL" in parties(found[0])


def test_term_over_years_reported_talks_and_denials() -> None:
    (term,) = deals("Microsoft signed a $10 billion contract with Nebius over five years starting in 2026.")
    assert (term.kind, term.term_start, term.term_end) == ("cloud_contract", "2026", "2030")
    # talks that insiders report are talks: negotiating wins over the hearsay
    (talks,) = deals("SoftBank is reportedly in talks to invest $20 billion in OpenAI.")
    assert (talks.status, roles(talks)) == ("negotiating", {"SoftBank": "investor", "OpenAI": "recipient"})
    (rumor,) = deals("SoftBank could reportedly invest $20 billion in OpenAI.")
    assert (rumor.status, roles(rumor)) == ("rumored", {"SoftBank": "investor", "OpenAI": "recipient"})
    (denied,) = deals("OpenAI denied reports that it had agreed to buy Windsurf for $3 billion.")
    assert (denied.kind, denied.status) == ("acquisition", "cancelled")
    (dementi,) = deals("Nvidia dementierte, dass das Unternehmen 5 Milliarden Dollar in Intel investiert habe.")
    assert dementi.status == "cancelled"


def test_start_of_the_week_inflected_names_and_a_descriptive_reference() -> None:
    # published on a Wednesday: "zum Wochenauftakt" is the Monday before
    (monday,) = deals("Zum Wochenauftakt unterzeichnete Oracle einen Vertrag über 30 Milliarden Dollar mit OpenAI.",
                      date(2025, 7, 2))
    assert (monday.date, monday.date_precision) == ("2025-06-30", "day")
    (foxconn,) = deals("Die Foxconn-Aktie stieg. Der OpenAI-Chef lobte Foxconns Vertrag über 2 Milliarden "
                       "Dollar mit OpenAI.")
    assert parties(foxconn) == {"Foxconn", "OpenAI"} and foxconn.amount == 2e9
    text = ("SoftBank war lange skeptisch. Nun investiert der japanische Finanzinvestor 22,5 Milliarden "
            "Dollar in OpenAI.")
    (sb,) = deals(text)
    assert roles(sb) == {"SoftBank": "investor", "OpenAI": "recipient"} and sb.amount == 22.5e9
    assert text[slice(*sb.spans["amount"])] == "22,5 Milliarden Dollar"


def test_a_prize_draw_line_is_advertising_and_the_news_after_it_is_kept() -> None:
    text = ("Gewinnspiel: 15.000€ Gold zu gewinnen!\n"
            "Oracle investiert 1 Milliarde Dollar in OpenAI.\n")
    (d,) = deals(text)
    assert d.amount == 1e9 and parties(d) == {"Oracle", "OpenAI"}


def test_a_figure_in_the_next_sentence_joins_the_deal_it_describes() -> None:
    text = "Oracle hat einen Vertrag mit OpenAI unterzeichnet. Der Vertrag hat einen Wert von 30 Milliarden Dollar."
    (d,) = deals(text)
    assert (parties(d), d.kind, d.amount) == ({"Oracle", "OpenAI"}, "cloud_contract", 30e9)
    assert text[slice(*d.spans["amount"])] == "30 Milliarden Dollar"  # traceable across the two sentences
    (en,) = deals("Microsoft signed a contract with Nebius on Monday.\n\nThe deal is worth $17.4 billion.\n")
    assert (parties(en), en.amount) == ({"Microsoft", "Nebius"}, 17.4e9)
    (order,) = deals("Siemens Energy liefert Turbinen an Xcel Energy. Der Auftragswert liegt bei rund 1,6 Milliarden Euro.")
    assert (order.kind, order.amount, order.qualifier) == ("supply", 1.6e9, "approx")


def test_a_next_sentence_about_a_company_valuation_or_revenue_adds_no_figure() -> None:
    valuation = deals("Meta übernimmt 49 Prozent an Scale AI. Die Transaktion bewertet Scale mit mehr als 29 "
                      "Milliarden Dollar.")
    assert all(d.amount != 29e9 for d in valuation)
    revenue = deals("Amazon hat mit OpenAI eine Vereinbarung geschlossen. Der Umsatz von Amazon lag bei 150 "
                    "Milliarden Dollar.")
    assert [d.amount for d in revenue] == [None]
    # a figure already given is not replaced by the next sentence's
    (d,) = deals("Oracle unterzeichnete einen Vertrag über 30 Milliarden Dollar mit OpenAI. Der Vertrag "
                 "umfasst zudem Optionen über 10 Milliarden Dollar.")
    assert d.amount == 30e9


def test_companies_introduced_by_an_apposition_a_place_or_a_brand() -> None:
    from desktop.extraction.organizations import find_organizations

    def names(text: str) -> list[str]:
        return [o.name for o in find_organizations(text)]

    assert names("It will provide GPU capacity to Kestrel Robotics, a Kyoto-based robotics startup.") == \
        ["Kestrel Robotics"]
    assert names("Brisa Grid, a British developer of battery storage, was sold.") == ["Brisa Grid"]
    assert names("Talvik, ein Zuger Rechenzentrumsbetreiber, plant neue Standorte.") == ["Talvik"]
    assert names("Malaysia's Tenaga Nasional will supply power to the site.") == ["Tenaga Nasional"]
    assert names("The campus is leased to TikTok owner ByteDance.") == ["ByteDance"]
    # people are described the same way: not as companies
    assert names("Peter Thiel, a billionaire investor, said so.") == []
    assert names("The io startup was co-founded by former Apple designer Jony Ive.") == ["Apple"]
    # a strong descriptor introduces a name even when it ends like a German noun
    assert names("Der Rechenzentrumsbetreiber Helvion plant Investitionen.") == ["Helvion"]
    assert names("It sold the plant to Cottonwood Hyperscale, a Denver-based developer.") == ["Cottonwood Hyperscale"]
    assert names("Der Berliner Lieferdienst Hurtigo sammelt Geld ein.") == ["Hurtigo"]
    assert names("Ein Essenslieferdienst namens Hurtigo.") == []  # (the compound needs the name right after it)
    assert names("The former Prairie Bowl Pet Foods plant closed.") == ["Prairie Bowl Pet Foods"]
    assert names("Ein Angebot von Marbleton Toys lag auf dem Tisch.") == ["Marbleton Toys"]
    # a news service reports, it is no company of the story
    assert names("Das berichtet der Wirtschaftsdienst Spree.") == []


def test_crowns_take_the_currency_of_the_country_the_article_is_about() -> None:
    norway = deals("Der norwegische Betreiber Fjordhall kaufte Norsk Hydro ein Gelände für 480 Millionen Kronen ab.")
    assert [(d.amount, d.currency) for d in norway] == [(480e6, "NOK")]
    (sweden,) = deals("Swedish operator EcoDataCenter raised 4.8 billion crowns from Vargas Holding.")
    assert sweden.currency == "SEK"


def test_a_deal_valued_at_is_the_deals_value_and_cumulative_funding_is_no_deal() -> None:
    (supply,) = deals("Vistra agreed to supply a campus in Texas for 20 years, in a deal that developer Caprock "
                      "Digital valued at roughly $3.1 billion.")
    assert supply.amount == 3.1e9 and parties(supply) == {"Vistra", "Caprock Digital"}
    assert deals("The valuation of Scale AI rose; Meta values Scale at $29 billion.") == []
    assert deals("The new funding brings Nimbra Systems' total capital raised to more than $480 million.") == []


def test_respective_figures_go_with_their_companies_in_order() -> None:
    found = deals("Im Gegenzug wollen Microsoft und Nvidia bis zu 5 beziehungsweise 10 Milliarden Dollar in "
                  "Anthropic investieren.")
    assert {d.amount: roles(d) for d in found} == {
        5e9: {"Microsoft": "investor", "Anthropic": "recipient"},
        10e9: {"Nvidia": "investor", "Anthropic": "recipient"}}
    english = deals("Amazon and Google invested $4 billion and $2 billion in Anthropic, respectively.")
    assert {d.amount: parties(d) for d in english} == {4e9: {"Amazon", "Anthropic"}, 2e9: {"Google", "Anthropic"}}


def test_what_an_investment_is_valued_at_is_the_stakes_value_not_the_deals() -> None:
    found = deals("Under the deal announced on Tuesday, Microsoft will hold an investment in OpenAI valued at "
                  "roughly $135 billion.")
    assert all(d.amount != 135e9 for d in found)
    (supply,) = deals("Nimbra Systems signed an agreement to supply optical engines to Lambda, Inc., valued at up "
                      "to $600 million over seven years.")
    assert (supply.amount, supply.qualifier) == (600e6, "up_to")


def test_promises_and_takeover_talks_without_a_figure_are_deals_between_the_companies() -> None:
    (ppa,) = deals("Im März 2025 hatte EnBW zugesagt, Microsoft über zehn Jahre Solarstrom zu liefern.")
    assert parties(ppa) == {"EnBW", "Microsoft"}
    (talks,) = deals("Nvidia says it is not for sale after Intel ended takeover talks last month.")
    assert parties(talks) == {"Nvidia", "Intel"} and talks.kind == "acquisition"


def test_a_discovered_company_is_cited_by_its_first_words_and_genitive_descriptors_introduce_names() -> None:
    from desktop.extraction.organizations import find_organizations

    text = ("Das Unternehmen Oderwerk Rechenzentren will bauen. Die Investitionen beziffert Oderwerk auf 2 "
            "Milliarden Euro. Die Abwärme fließt in das Netz des Frankfurter Versorgers Mainova.")
    assert [o.name for o in find_organizations(text)] == [
        "Oderwerk Rechenzentren", "Oderwerk Rechenzentren", "Mainova"]


def test_an_abbreviation_in_parentheses_names_the_same_company() -> None:
    from desktop.extraction.organizations import find_organizations

    text = ("Helix Fusion Systems (HFS) found a buyer. Google increased its investment in HFS. "
            "Stargate (USA) grows. Microsoft (MSFT) rose.")
    found = [(o.text, o.name) for o in find_organizations(text)]
    assert ("HFS", "Helix Fusion Systems") in found
    assert all(text_ != "USA" for text_, _ in found)  # a place, not the letters of "Stargate"


def test_a_label_line_does_not_run_into_the_headline_below() -> None:
    from desktop.extraction.organizations import find_organizations

    names = [o.name for o in find_organizations("Startups\nKölner Start-up Veltrix sammelt 140 Millionen Euro ein")]
    assert names == ["Veltrix"]


@pytest.mark.parametrize("text", [
    "Im dritten Quartal 2025 hatte Siemens Energy einen Auftragseingang von 14,7 Mrd. Euro verbucht.",
    "Zusätzlich unterstützt der Freistaat Sachsen Nordchip mit 12 Millionen Euro aus einem Förderprogramm.",
    "The round would value Quiver Compute at about $6 billion, up from $1.8 billion last spring.",
    "Die Partner Telekom und SAP rechnen mit Mieteinnahmen von jährlich 500 Millionen Euro.",
    "CFS has raised nearly $2 billion in private capital since it was spun out of MIT in 2018.",
    "Microsoft gab allein im zweiten Geschäftsquartal 37,5 Milliarden Dollar für Sachanlagen aus.",
])
def test_order_intake_subsidies_earlier_figures_income_and_cumulative_capital_are_no_deals(text: str) -> None:
    assert deals(text) == []


def test_a_companys_chips_are_a_product_and_a_conversion_after_a_dash_is_the_same_figure() -> None:
    (servers,) = deals("Sakura Internet has agreed to buy AI servers built around Nvidia's latest chips from "
                       "Hewlett Packard Enterprise for about 95 billion yen.")
    assert "Nvidia" not in parties(servers)
    (plan,) = deals("SK Hynix will in den kommenden Jahren rund 20 Billionen Won in ein neues Werk stecken – etwa "
                    "12,5 Milliarden Euro.")
    assert (plan.amount, plan.currency) == (20e12, "KRW")


def test_group_forms_and_short_forms_of_known_companies() -> None:
    from desktop.extraction.organizations import find_organizations

    text = ("Deutsche Telekom and Lidl owner Schwarz team up. Deutsche Telekom and Schwarz Group plan a venture. "
            "Sakura Internet buys servers. Sakura also said it signed a contract.")
    assert [o.name for o in find_organizations(text)] == [
        "Deutsche Telekom", "Lidl", "Schwarz Gruppe", "Deutsche Telekom", "Schwarz Gruppe", "Sakura Internet",
        "Sakura Internet"]  # (Lidl is a company of its own, owned by the group)


def test_buying_products_is_a_supply_deal_not_a_takeover() -> None:
    (d,) = deals("Sakura Internet to buy $640m of AI servers from HPE")
    assert d.kind == "supply" and roles(d) == {"Sakura Internet": "customer", "HPE": "provider"}
    (takeover,) = deals("AMD agreed to buy ZT Systems for $4.9 billion.")
    assert takeover.kind == "acquisition"


def test_more_ways_a_company_is_introduced() -> None:
    from desktop.extraction.organizations import find_organizations

    def names(text: str) -> list[str]:
        return [o.name for o in find_organizations(text)]

    assert names("A bid around Start Campus, the developer behind the Sines campus, failed.") == ["Start Campus"]
    assert names("Sales rose in Texas, the company said.") == []
    assert names("Die Stadtwerke Lübeck zahlen jährlich 2,5 Millionen Euro.") == ["Stadtwerke Lübeck"]
    assert names("It bought a stake in Gwangju-based chip packaging firm Nara Semitech.") == ["Nara Semitech"]
    assert names("Bloomberg berichtete über die Übernahme des US-Chipentwicklers Ostrea Photonics.") == \
        ["Ostrea Photonics"]
    assert names("SoftBank bought British chip designer Arm in 2016.") == ["SoftBank", "ARM"]
    assert names("Cairnloch has signed an agreement with SSE Renewables.") == ["SSE"]


def test_a_company_quoted_as_a_source_is_no_party() -> None:
    (d,) = deals("Microsoft signed a contract with Nebius worth $17.4 billion, analysts at Jefferies said.")
    assert parties(d) == {"Microsoft", "Nebius"}


@pytest.mark.parametrize("text", [
    "Damit ist Samsung an der Börse rund 1.000 Billionen Won wert – so viel wie nie zuvor.",
    "Arm's shares rose 2.1%, giving the company a value of about $150 billion.",
    "Im abgelaufenen Quartal investierte Microsoft 34,9 Milliarden Dollar.",
    "E.ON erzielte 2025 ein bereinigtes operatives Ergebnis von 9,8 Milliarden Euro.",
    "Die Übertragungsnetzbetreiber rechnen bis 2045 mit Netzinvestitionen von rund 650 Milliarden Euro.",
    "The sale is part of Ørsted's plan to raise 35 billion crowns from divestments by 2026.",
])
def test_market_values_reported_spend_results_industry_forecasts_and_divestment_plans_are_no_deals(text: str) -> None:
    assert deals(text) == []


def test_a_company_guides_its_own_spending_and_both_sides_take_the_companies_named_after() -> None:
    (plan,) = deals("Für 2025 rechnet Meta mit Investitionsausgaben zwischen 66 und 72 Milliarden Dollar.")
    assert (plan.kind, plan.amount, plan.amount_max) == ("capex_plan", 66e9, 72e9)
    text = ("Oracle mietet Fläche beim Rechenzentrumsbetreiber Tajo Digital in Madrid. Beide Seiten unterzeichneten den "
            "Mietvertrag am Montag, wie Tajo mitteilte.")
    found = deals(text)
    assert any(parties(d) == {"Oracle", "Tajo Digital"} for d in found)


def test_a_generic_last_word_marks_a_name_after_a_distinctive_one() -> None:
    from desktop.extraction.organizations import find_organizations

    def names(text: str) -> list[str]:
        return [o.name for o in find_organizations(text)]

    assert names("Cobaltline AI raised $120 million.") == ["Cobaltline AI"]
    assert names("Die Rheinauen Compute sammelt Geld ein, MVV Energie liefert Strom.") == [
        "Rheinauen Compute", "MVV Energie"]
    assert names("The UK AI sector grew. GPU Cloud prices fell. Generative AI is booming.") == []


def test_das_unternehmen_is_the_company_the_story_is_about_not_the_investor_named_last() -> None:
    text = ("Das Start-up Rheinauen Compute sammelt Geld ein. Rheinauen Compute betreibt ein Rechenzentrum. "
            "Angeführt vom Investor Nordbahn Capital stecken Geldgeber Millionen in Rheinauen Compute. Bis 2027 "
            "will das Unternehmen rund 220 Millionen Euro investieren.")
    plan = [d for d in deals(text) if d.amount == 220e6]
    assert len(plan) == 1 and parties(plan[0]) == {"Rheinauen Compute"}


def test_a_company_budget_is_a_spending_plan_a_state_budget_is_no_deal() -> None:
    (plan,) = deals("Wiwynn's board also approved a budget of NT$18.5 billion to expand its plant in Mexico.")
    assert (plan.kind, plan.currency) == ("capex_plan", "TWD")
    assert deals("The federal budget sets aside $3 billion for AI research at Nvidia and others.") == []


def test_public_bodies_names_with_legal_forms_and_project_figures() -> None:
    from desktop.extraction.organizations import find_organizations

    names = [o.name for o in find_organizations(
        "Die Stadt Gelnhausen verkauft ein Grundstück. The vehicle, Beignet Investor LLC, sold bonds. "
        "Tensas Land Co. sold the site. Der Konzern AG hat.")]
    assert names == ["Stadt Gelnhausen", "Beignet Investor", "Tensas Land"]
    (project,) = deals("Die Deutsche Telekom baut mit Nvidia eine KI-Fabrik in München. Das Projekt kostet eine "
                       "Milliarde Euro.")
    assert parties(project) == {"Deutsche Telekom", "Nvidia"} and project.amount == 1e9
    (flows_in,) = deals("Die Deutsche Telekom baut mit Nvidia eine KI-Fabrik in München. Rund eine Milliarde Euro "
                        "fließt in das Vorhaben.")
    assert flows_in.amount == 1e9 and flows_in.qualifier == "approx"


def test_a_deal_that_valued_the_target_gives_its_price() -> None:
    found = deals("CoreWeave agreed to buy Core Scientific. When the two sides agreed the deal in July, it valued "
                  "Core Scientific at roughly $9 billion.")
    assert [d.amount for d in found if d.amount] == [9e9]


def test_a_valuation_cue_just_before_another_amount_leaves_the_round_a_deal() -> None:
    (round_,) = deals("Crusoe is sounding out investors for a round of about $1.4 billion that would value the "
                      "Abilene builder at more than $13 billion, two people told us.")
    assert round_.amount == 1.4e9
    (plan,) = deals("Alphabet on Wednesday lifted its capital spending plan for 2025 to between $91 billion and "
                    "$93 billion, most of it for servers and data centres.")
    assert (plan.kind, plan.amount, plan.amount_max) == ("capex_plan", 91e9, 93e9)


def test_a_town_in_a_place_phrase_and_a_question_word_are_no_companies() -> None:
    from desktop.extraction.organizations import find_organizations

    assert [o.name for o in find_organizations("Warum Rechenzentren nach Finnland ziehen.")] == []
    assert [o.name for o in find_organizations("Das Datenwerk baut in der Stadt Gelnhausen.")] == []
    assert [o.name for o in find_organizations("Die Stadt Gelnhausen erhält 3,4 Millionen Euro.")] == [
        "Stadt Gelnhausen"]


@pytest.mark.parametrize("text, kept", [
    ("The company opened a Bristol office. Bristol is home to the team, and Bristol will get the second site.", set()),
    ("Telekom is in talks to rent capacity for its Munich AI cloud outside Bavaria, a report said on Monday.",
     {"Deutsche Telekom"}),
    # a company of the curated table named like a town (Nokia, Finland) stays a company
    ("Nokia said on Thursday it would buy Infinera for $2.3 billion.", {"Nokia", "Infinera"}),
])
def test_a_guessed_name_that_is_a_place_is_no_company(text: str, kept: set[str]) -> None:
    from desktop.extraction.organizations import find_organizations

    assert {m.name for m in find_organizations(text)} == kept


def test_places_come_from_geonames() -> None:
    from desktop.extraction.organizations import _is_place

    assert all(_is_place(p) for p in ("Abilene", "Delft", "München", "Israel", "Ohio", "Vizag AI"))
    assert not any(_is_place(p) for p in ("Caddo Mesa Digital", "AI", "Tensorhof", "Munich Re"))


@pytest.mark.parametrize("text, amount", [
    ("TSMC guided last Thursday to capital expenditure of $52 billion to $56 billion in 2026.", 52e9),
    ("Nebius had guided in August to capital expenditure of about $2 billion for 2025.", 2e9),
])
def test_guidance_for_capital_spending_is_a_spending_plan(text: str, amount: float) -> None:
    from desktop.extraction.pipeline import extract

    assert [(d.kind, d.amount) for d in extract(text, date(2026, 1, 20)).deals] == [("capex_plan", amount)]


def test_guidance_for_revenue_stays_a_forecast() -> None:
    from desktop.extraction.pipeline import extract

    assert extract("Nebius guided to revenue of $900 million to $1.1 billion for the year.", date(2026, 1, 20)).deals == []


@pytest.mark.parametrize("text, name", [
    ("Die Wadkant Datacenters BV kauft ein Grundstück für 19,5 Millionen Euro.", "Wadkant Datacenters"),
    ("Die Laheküla Datapark OÜ investiert 60 Millionen Euro in Paldiski.", "Laheküla Datapark"),
    ("Die Budapest Hűtés Kft. investiert 40 Millionen Euro in ein neues Werk.", "Budapest Hűtés"),
    ("Die Kraftwerk Polska Sp. z o.o. investiert 40 Millionen Euro in ein Umspannwerk.", "Kraftwerk Polska"),
    ("Grupo Frío Norteño S.A. de C.V. invests $40 million in a new plant.", "Grupo Frío Norteño"),
])
def test_legal_forms_of_many_countries_end_a_name_and_are_no_part_of_it(text: str, name: str) -> None:
    (d,) = deals(text)
    assert parties(d) == {name}


def test_a_known_company_written_in_capitals_is_that_company() -> None:
    (d,) = deals("MICRON Technology will in Singapur sieben Milliarden Dollar in eine neue Fabrik investieren.")
    assert parties(d) == {"Micron"}


def test_money_a_company_has_already_spent_is_no_spending_plan() -> None:
    assert deals("Microsoft spent $16.7 billion on capital expenditures, including finance leases, "
                 "in the January-March quarter.") == []
    assert deals("Alphabet hat in den ersten neun Monaten des Jahres rund 64 Milliarden Dollar investiert.") == []
    assert deals("Der Konzern Microsoft hatte im vergangenen Geschäftsjahr weltweit 88 Milliarden Dollar in "
                 "Rechenzentren und Ausrüstung gesteckt.") == []
    # what it will spend is its plan, also when told in the perfect tense of announcing
    (plan,) = deals("Microsoft will spend $80 billion on AI data centres in its current fiscal year.")
    assert plan.kind == "capex_plan" and plan.amount == 80e9
    (told,) = deals("Alphabet hat angekündigt, in diesem Jahr 75 Milliarden Dollar zu investieren.")
    assert told.kind == "capex_plan" and told.amount == 75e9


def test_money_a_ministry_or_province_gives_is_no_deal() -> None:
    assert deals("In a separate decision, the ministry said it would provide up to 243 billion yen to Kioxia "
                 "Holdings and Western Digital.") == []
    assert deals("SK hynix's packaging plant has been awarded up to $450 million under the CHIPS Act.") == []


def test_a_figure_that_takes_a_total_somewhere_is_no_deal() -> None:
    text = "Last month Amazon agreed to invest another $4 billion in Anthropic, taking its total commitment to $8 billion."
    assert [d.amount for d in deals(text)] == [4e9]


def test_a_reference_that_describes_a_company_named_earlier_points_to_it() -> None:
    text = ("Google said it would spend $75 billion this year. Amazon reported its results on Thursday. "
            "Google also bought a plant in Iowa. The retailer signalled that it will spend roughly $100 billion "
            "this year, the bulk of it on data centers.")
    assert {d.amount: parties(d) for d in deals(text)}[100e9] == {"Amazon"}
    # without a description the reference keeps to the company just named
    plain = text.replace("The retailer", "The company")
    assert {d.amount: parties(d) for d in deals(plain)}[100e9] == {"Google"}


def test_a_company_named_by_the_people_of_its_town() -> None:
    text = ("Der Hamburger Wirkstoffforscher Evotec baut um. Am Montag unterschrieb Evotec einen Vertrag mit der "
            "Zürcher Glattbrugg Molecular AG. Für den Zugang zur Plattform zahlen die Hamburger jährlich rund "
            "9 Millionen Franken.")
    (d,) = [d for d in deals(text) if d.amount]
    assert parties(d) == {"Evotec", "Glattbrugg Molecular"} and d.amount == 9e6 and d.per_year
    bio = deals("Ebenfalls gefragt: BioNTech. Die Mainzer erhalten von Bristol Myers Squibb eine Zahlung von "
                "250 Millionen Dollar.")
    assert [(d.amount, parties(d)) for d in bio] == [(250e6, {"BioNTech", "Bristol-Myers Squibb"})]
    # a word of the same shape that names no town's people refers to nobody
    assert deals("Ebenfalls gefragt: BioNTech. Die Anleger erhalten eine Dividende von 250 Millionen Dollar.") == []


@pytest.mark.parametrize("text, amount", [
    ("Boehringer und Ostrach Bio haben eine Lizenz vereinbart. Boehringer überweist vorab 18 Millionen Euro; "
     "einschließlich aller Meilensteinzahlungen kann die Vereinbarung bis zu 620 Millionen Euro wert sein.", 620e6),
    ("Novo Nordisk licensed the peptide from Skovlund. The Danish drugmaker pays DKK 310 million upfront, and the "
     "total value could reach DKK 4.1 billion if every milestone is hit.", 4.1e9),
    ("BioNTech kassiert: Die Mainzer erhalten von Bristol Myers Squibb eine Meilensteinzahlung von 250 Millionen "
     "Dollar.", 250e6),
])
def test_a_licence_counted_with_its_milestones_and_a_milestone_payment_are_deals(
        text: str, amount: float, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.extraction import deal_scorer

    monkeypatch.setattr(deal_scorer, "vetoed", lambda *args: False)  # the rules' verdict (the models learn from it)
    assert any(d.amount == pytest.approx(amount) for d in deals(text))


def test_a_part_of_a_price_that_depends_on_milestones_stays_a_part(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.extraction import deal_scorer

    monkeypatch.setattr(deal_scorer, "vetoed", lambda *args: False)
    text = ("Amazon buys the Cumulus site from Talen. Talen will receive $350 million when the transaction closes, "
            "with the remaining $300 million tied to development milestones on the site. Isomorphic has research "
            "agreements that together carry close to $3 billion in potential milestone payments.")
    found = {d.amount for d in deals(text)}
    assert 300e6 not in found and 3e9 not in found


def test_traders_pricing_the_order_and_a_state_owned_buyer() -> None:
    (d,) = deals("Amazon hat bei Arianespace weitere Starts bestellt. Händler taxieren den Auftrag auf rund "
                 "450 Millionen Euro.")
    assert d.amount == 450e6 and "Amazon" in parties(d)
    (nbn,) = [d for d in deals("NBN Co signed a wholesale deal with Amazon. The government-owned network operator "
                               "will pay Amazon about A$600 million over eight years.") if d.amount]
    assert nbn.amount == 600e6 and nbn.currency == "AUD"
    assert deals("The government will pay about A$600 million over eight years to farmers.") == []


def test_a_takeover_valuing_its_target_gives_its_price_a_stake_valuing_the_company_does_not() -> None:
    (d,) = deals("Greyfriars Capital agreed on Tuesday to buy Halyard Media outright in a deal valuing the newspaper "
                 "group at about $310 million including debt.")
    assert d.amount == 310e6 and parties(d) == {"Greyfriars Capital", "Halyard Media"}
    stake = deals("Kremstal Capital Partners bought 35 per cent of Bârsa Compute last year in a deal that valued it "
                  "at about €186 million.")
    assert 186e6 not in {d.amount for d in stake}
    seed = deals("Tollcross Ventures led Dunmore Labs' £4.2 million seed financing in March, a deal that valued the "
                 "company at roughly £30 million.")
    assert [d.amount for d in seed] == [4.2e6]


def test_a_reference_with_three_words_before_its_noun() -> None:
    text = ("Wrenscombe Press Ltd signed a three-year licence with Quirefold Inc. last month. The San Francisco data "
            "company pays £3.2m for it.")
    (d,) = [d for d in deals(text) if d.amount]
    assert d.amount == 3.2e6 and parties(d) == {"Wrenscombe Press", "Quirefold"}


def test_a_contract_in_the_order_book_and_a_loan_beside_the_cash_reserves() -> None:
    (order,) = [d for d in deals("Tarnbrook Fuel Cells is growing. Its order book includes a £52 million contract "
                                 "with Microsoft, signed in February.") if d.amount]
    assert order.amount == 52e6 and "Microsoft" in parties(order)
    loan = deals("Tessaract will pay from its own cash reserves plus a $150 million term loan provided by "
                 "Quarrington Bank, a filing showed.")
    assert 150e6 in {d.amount for d in loan}
    assert deals("Its order book stood at £520 million at the end of June, Tarnbrook Fuel Cells said.") == []
    arranged = deals("Orlingbrook Health is funding the deal from its cash reserves plus a new $250 million term loan "
                     "arranged by Penwarden Bank.")
    assert 250e6 in {d.amount for d in arranged}


def test_a_ministry_awarding_a_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.extraction import deal_scorer

    monkeypatch.setattr(deal_scorer, "vetoed", lambda *args: False)  # the rules' verdict (the models learn from it)
    (mod,) = deals("The UK Ministry of Defence awarded Quarrendon Forge a £46 million contract in February to supply "
                   "forged shell bodies.")
    assert mod.amount == 46e6
    assert deals("The Ministry of Defence set aside a £46 million budget for the programme.") == []


def test_a_heading_in_capitals_names_the_company() -> None:
    (d,) = deals("AMAZON. On Thursday the retailer signalled that it will spend roughly $100 billion this year.")
    assert parties(d) == {"Amazon"}


def test_the_contracts_figure_given_by_its_other_side_joins_the_supplier_named_before() -> None:
    text = ("Der Cloud-Anbieter Arieșdata hat sich Strom für zwölf Jahre gesichert. Der Wasserkraftkonzern "
            "Hidroelectrica beliefert das Rechenzentrum ab Januar mit bis zu 40 Megawatt. "
            "Der Vertrag hat nach Angaben von Arieșdata einen Wert von mehr als 120 Millionen Euro.")
    (d,) = [d for d in deals(text) if d.amount]
    assert parties(d) == {"Hidroelectrica", "Arieșdata"} and d.amount == 120e6


def test_a_companys_president_acts_for_it() -> None:
    (d,) = deals("SoftBank meldete Zahlen. Bereits Anfang des Monats hatte Microsoft-Präsident Brad Smith bekräftigt, "
                 "dass sein Konzern im laufenden Geschäftsjahr etwa 80 Milliarden Dollar für Rechenzentren ausgeben will.")
    assert parties(d) == {"Microsoft"} and d.amount == 80e9


@pytest.mark.parametrize("text, name", [
    ("Panchgani GridWorks aus Pune plant mindestens 6.200 Crore Rupien für einen Hybridpark im Bezirk Dhule ein.",
     "Panchgani GridWorks"),
    ("Separately, U.S. developer CloudHQ confirmed that it will build a $4.8 billion campus in the state.", "CloudHQ"),
    ("Der kanadische Investor will mit O'Leary Digital einen Rechenzentrumspark für 70 Milliarden kanadische Dollar "
     "errichten.", "O'Leary Digital"),
    ("Laurentide Calcul inc. hat eine Kreditfazilität über 650 Millionen kanadische Dollar bekanntgegeben.",
     "Laurentide Calcul"),
    ("Cedar Bluff Electric Cooperative will invest $450 million in new substations through 2028.",
     "Cedar Bluff Electric Cooperative"),
])
def test_names_in_camel_case_with_an_apostrophe_or_a_small_legal_form(text: str, name: str) -> None:
    (d,) = deals(text)
    assert parties(d) == {name}


def test_camel_case_brands_before_a_descriptor_programmes_and_products_are_no_companies() -> None:
    from desktop.extraction.organizations import find_organizations

    def names(text: str) -> list[str]:
        return [o.name for o in find_organizations(text)]

    assert names("Der TikTok-Mutterkonzern ByteDance zahlt.") == ["ByteDance"]
    assert names("Die EU stellt über das Programm InvestAI 20 Milliarden Euro bereit.") == []
    assert names("Die Firma nutzt ChatGPT und PowerPoint, sagte Sarah McBride.") == []
    assert names("Die Thüringer Kranichfeld Datenwerke GmbH baut.") == ["Kranichfeld Datenwerke"]
    assert names("Am Donnerstag platzierte der Konzern Anleihen über 30 Milliarden Dollar.") == []


@pytest.mark.parametrize("text", [
    "By the estimate of Dimitriadis Capital Research, America's four biggest cloud providers are set to spend more "
    "than $350 billion on capital projects between them this year.",
    "In Summe dürften die vier Konzerne 2026 mehr als 650 Milliarden Dollar ausgeben, schätzt Strategin Ilka "
    "Vordermaier von der Hanseatischen Depotbank Reepschläger.",
    "Priya Holloway-Nunes, who follows the sector for Jefferson Tarrant Capital in Memphis, reckons the first "
    "building phase alone will run between $3 billion and $4 billion.",
    "Der Markt für Cloud-Dienste soll nach einer Schätzung von Castellani & Ferri Securities bis 2027 auf jährlich "
    "neun Milliarden Euro wachsen.",
])
def test_a_firm_quoted_for_an_estimate_is_no_party(text: str) -> None:
    assert deals(text) == []


def test_a_spin_off_is_not_the_company_it_came_from() -> None:
    assert all("IBM" not in parties(d) for d in deals(
        "The IBM spin-off says it will put £750 million into Britain over three years."))


def test_the_pieces_of_a_figure_named_by_their_instrument_are_no_deals_of_their_own() -> None:
    split = deals("People familiar with the matter said xAI was assembling about $20 billion for a vehicle that "
                  "would buy Nvidia processors, split into $7.5 billion of equity and $12.5 billion of debt.")
    assert [d.amount for d in split] == [20e9]
    davon = deals("Das Paket von Pimco und Blue Owl Capital für Meta soll sich auf rund 29 Milliarden Dollar "
                  "belaufen, davon 26 Milliarden Dollar als Kredit und drei Milliarden Dollar als Eigenkapital.")
    assert [d.amount for d in davon] == [29e9]
    assert deals("Marsalia raised 180 million euros from investors led by Bpifrance. Of that sum, 130 million "
                 "euros is fresh equity and 50 million euros a convertible note.")[1:] == []
    # a stake in shares, and new shares a company hands over, are deals
    (stake,) = [d for d in deals("In March, CoreWeave signed a five-year contract worth $11.9 billion with OpenAI, "
                                 "which also took a $350 million equity stake in the company.") if d.amount == 350e6]
    assert parties(stake) >= {"OpenAI"}
    assert [d.amount for d in deals("Im Zuge der Vereinbarung gibt CoreWeave außerdem eigene Aktien im Wert von "
                                    "350 Millionen Dollar an OpenAI aus.")] == [350e6]


@pytest.mark.parametrize("text, amount", [
    ("In July the Google parent Alphabet raised its forecast for 2025 capital expenditure to about $85 billion.", 85e9),
    ("CoreWeave cut its 2025 spending forecast to between $12 billion and $14 billion in November.", 12e9),
    ("Alphabet hatte am Mittwoch für 2026 Ausgaben zwischen 175 und 185 Milliarden Dollar angepeilt.", 175e9),
])
def test_a_forecast_of_a_companys_own_capital_spending_is_its_spending_plan(text: str, amount: float) -> None:
    assert [(d.kind, d.amount) for d in deals(text)] == [("capex_plan", amount)]


@pytest.mark.parametrize("text", [
    "Parallel kauft ASML im Rahmen eines Programms über bis zu zwölf Milliarden Euro eigene Aktien zurück.",
    "Put that next to the roughly $13 billion Microsoft has already sunk into OpenAI.",
    "Taken together, Microsoft's announced spending in the village now tops $7 billion.",
    "According to two investors, the deal prices Helsing at about $5.4 billion after the new money.",
    "Vallelonga-Chef Ferraresi: Im kommenden Jahr wollen wir mit Vallelonga Data mehr als 60 Millionen Euro umsetzen.",
    "Late on Tuesday Nvidia disclosed that it expects a charge of about $5.5 billion in its current quarter.",
    "The city's levy for next year is $11.2 million, Ironrange Compute said.",
    "Kurla Capital rechnet vor, dass sich die Zusagen von Google und Microsoft auf 32,5 Milliarden Dollar summieren.",
])
def test_buybacks_sums_sunk_earlier_figures_prices_revenue_charges_and_levies_are_no_deals(text: str) -> None:
    assert [d for d in deals(text) if d.amount] == []


def test_last_years_figure_after_a_spending_plan_is_no_deal() -> None:
    assert [d.amount for d in deals("Meta told investors to expect capital expenditures of $60 billion to $65 billion "
                                    "in 2025, after about $39 billion last year.")] == [60e9]


def test_a_purchase_the_company_values_at_gives_the_deals_value() -> None:
    (d,) = deals("The operator Yotta has signed for a large batch of Nvidia's Blackwell B200 systems, a purchase the "
                 "company values at about $1.5 billion.")
    assert (d.amount, "Yotta" in parties(d)) == (1.5e9, True)


def test_what_is_left_to_pay_of_a_larger_deal_is_no_deal_of_its_own() -> None:
    assert [d.amount for d in deals("SoftBank, meanwhile, is expected to wire the remaining $22.5 billion under its "
                                    "$40 billion pledge to OpenAI from March before year-end.")] == [40e9]


def test_a_month_beats_a_season_for_the_deals_date() -> None:
    (d,) = deals("Das Fundament wurde im Herbst gelegt: Im September hatte sich der Pensionsfonds Keewatin mit 420 "
                 "Millionen Dollar an Laurentide Calcul inc. beteiligt.", published=date(2025, 2, 21))
    assert (d.date, d.date_precision) == ("2024-09", "month")


def test_the_contracts_value_reported_in_a_that_clause_joins_the_deal_before() -> None:
    deal = deals("Kempenwind liefert Windstrom an Ardennenpoort Data. Aus Branchenkreisen ist zu hören, dass der "
                 "Vertrag rund 14 Millionen Euro jährlich wert ist.")
    assert [(d.amount, "Ardennenpoort Data" in parties(d)) for d in deal] == [(14e6, True)]


@pytest.mark.parametrize("text, amount", [
    ("Amazon told investors last week that capital spending would reach about $125 billion this year.", 125e9),
    ("Parent Alphabet lifted its 2025 capital-expenditure forecast to $85 billion in July.", 85e9),
])
def test_capital_spending_told_as_what_it_will_reach_is_a_spending_plan(text: str, amount: float) -> None:
    assert [(d.kind, d.amount) for d in deals(text)] == [("capex_plan", amount)]


def test_well_known_banks_funds_and_utilities_are_in_the_table() -> None:
    from desktop.extraction.organizations import find_organizations

    text = ("ABN AMRO, Rabobank und APG finanzieren den Campus; Hydro-Québec liefert den Strom, Motivair die "
            "Kühlung.")
    assert [o.name for o in find_organizations(text)] == ["ABN AMRO", "Rabobank", "APG", "Hydro-Québec", "Motivair"]


def test_a_place_adjective_is_cut_off_a_name_only_after_an_article() -> None:
    from desktop.extraction.organizations import find_organizations

    assert [o.name for o in find_organizations("Sevier Desert Compute LLC paid $27 million.")] == \
        ["Sevier Desert Compute"]
    assert [o.name for o in find_organizations("Die Wernigeröder Harzfeld Kältetechnik GmbH liefert.")] == \
        ["Harzfeld Kältetechnik"]
    assert [o.name for o in find_organizations("Rekenwerf's round: who pays for Amsterdam's GPU ambitions?")] == []


@pytest.mark.parametrize("text", [
    "Zum Vergleich: Meta soll einzelnen KI-Forschern Pakete von über 100 Millionen Dollar angeboten haben.",
    "Anthropic musste einem Vergleich mit Buchautoren zustimmen, der das Unternehmen 1,5 Milliarden Dollar kostet.",
    "Marktforscher trauen dem Weltmarkt für Flüssigkühlung bis 2030 ein Volumen von gut 20 Milliarden Dollar zu, "
    "sagte Eaton.",
    "Für Wettertal Energie, der 2025 gut 412 Millionen Euro umsetzte, ist es der größte Vertrag.",
    "MGX, created by the emirate only last year, aims to manage over $100bn within a few years.",
    "Der staatliche Texas Energy Fund hat dem Versorger NRG ein Darlehen über 562 Millionen Dollar in Aussicht gestellt.",
    "Zusätzlich stellt Google 30 Millionen Dollar für einen Fonds bereit, aus dem Projekte bezuschusst werden.",
    "Rekenwerf paid €410,000 in municipal fees for the application.",
    "xAI opened the year with a round upsized from a $15 billion target, Nvidia said.",
])
def test_stakes_since_long_pay_settlements_markets_revenue_managed_money_state_funds_and_fees_are_no_deals(
        text: str) -> None:
    assert [d for d in deals(text) if d.amount] == []


def test_what_a_company_has_backed_another_with_since_a_year_is_a_total_not_a_deal(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Microsoft, which has backed OpenAI with about $13 billion since 2019, added a little under $1 billion."
    assert 13e9 not in [d.amount for d in deals(text)]
    # the rules keep the new money (the deal scorer, retrained on corpora 1-113, is unsure of "a little
    # under": 0.185 against its bar of 0.2)
    from desktop.extraction import deal_scorer

    monkeypatch.setattr(deal_scorer, "vetoed", lambda *args: False)
    assert [d.amount for d in deals(text)] == [1e9]


def test_a_conversion_at_todays_or_the_then_rate_is_the_same_figure() -> None:
    (d,) = deals("The biggest industrial deal was Kazane Electric's ¥64 billion purchase of Tsurugi Thermal last month, "
                 "about $420 million at today's rates.")
    assert (d.amount, d.currency) == (64e9, "JPY")
    (d,) = deals("Eaton hatte sich verpflichtet, für die Thermosparte von Boyd Thermal 9,5 Milliarden Dollar zu zahlen, "
                 "nach damaligem Kurs etwa 8,2 Milliarden Euro.")
    assert (d.amount, d.currency) == (9.5e9, "USD")


@pytest.mark.parametrize("text, kept", [
    ("Demand is stoked by Stargate, the venture that OpenAI, SoftBank, Oracle and MGX unveiled with a plan to pour as "
     "much as $500 billion into AI infrastructure within four years, beginning with $100 billion.", [500e9]),
    ("Talen verkauft Amazon bis 2042 Strom aus Susquehanna für rund 18 Milliarden Dollar, also gut eine Milliarde "
     "Dollar im Jahr.", [18e9]),
    ("NRG übernimmt LS Power für 12 Milliarden Dollar. Davon sind 6,4 Milliarden Dollar in bar fällig und 2,8 "
     "Milliarden Dollar in eigenen Aktien.", [12e9]),
    ("Microsoft will spend $15.2 billion in the UAE. The company says $7.3 billion of that was already out of the door "
     "before 2025 ended.", [15.2e9]),
    # a first deal in a series, and one party's share of a round, stay deals
    ("Microsoft has invested about $13.8 billion in OpenAI since 2019, starting with a $1 billion investment that "
     "year.", [1e9]),
    ("SoftBank will provide $30 billion of the total, paid in stages, OpenAI said.", [30e9]),
])
def test_first_tranches_shares_of_a_sum_and_restatements_are_no_deals_of_their_own(text: str, kept: list[float]) -> None:
    assert [d.amount for d in deals(text) if d.amount] == kept


@pytest.mark.parametrize("text", [
    "Rival AMD warned in a filing that similar curbs on its MI308 could cost it up to $800 million.",
    "Huaweis Systeme vom Typ CloudMatrix 384 kosten nach Schätzungen von Jadeberg Research rund acht Millionen "
    "Dollar pro Einheit.",
    "Was eine Anlage am Ende kostet, ist offen; die Beratungsfirma Ossenbrink & Meyerholt rechnet mit zwei bis drei "
    "Milliarden Dollar.",
    "$1.2 billion: federal cost share still pledged to X-energy's Texas demonstration plant.",
    "Kitakaze Data Works, founded in 2019, has raised ¥11 billion from shareholders to date.",
    "Er veranschlagt die Baukosten für ein Megawatt Rechenzentrumsleistung in Japan auf etwa 1,4 Milliarden Yen, "
    "sagte Microsoft.",
    "Sharp lost ¥149.9 billion in the twelve months to March.",
])
def test_charges_unit_prices_summed_contracts_estimates_federal_shares_totals_and_losses_are_no_deals(
        text: str) -> None:
    assert [d for d in deals(text) if d.amount] == []


@pytest.mark.parametrize("text, amount", [
    ("Die Google-Mutter Alphabet will 2025 rund 75 Milliarden Dollar in Sachanlagen stecken, wie sie am "
     "Dienstagabend zu den Quartalszahlen ankündigte.", 75e9),
    ("Last week Meta put 2026 capital spending at $115 billion to $135 billion and said costs would grow faster "
     "than revenue.", 115e9),
])
def test_a_plan_for_fixed_assets_and_a_plan_followed_by_a_second_statement_are_spending_plans(
        text: str, amount: float) -> None:
    assert [(d.kind, d.amount) for d in deals(text)] == [("capex_plan", amount)]


def test_money_put_into_fixed_assets_in_a_past_quarter_stays_no_deal() -> None:
    assert deals("Im Juniquartal investierte Alibaba 38,7 Milliarden Yuan in Sachanlagen, gut das Doppelte des "
                 "Vorjahreswerts.") == []


def test_francs_without_a_country_are_swiss_francs() -> None:
    (d,) = deals("Arlberg Infrastruktur Partners offered 900 million francs for the whole company Albula.")
    assert (d.amount, d.currency) == (900e6, "CHF")


@pytest.mark.parametrize("text", [
    "Strathbrae Bank, which is privately owned and runs a loan book of about £2.1bn, declined to comment.",
    "Die Sparkasse Spreeheide kommt auf eine Bilanzsumme von 4,6 Milliarden Euro.",
    "Insgesamt hat das 2023 gegründete Unternehmen Glenmorven damit mehr als eine halbe Milliarde Pfund aufgenommen.",
    "Microsoft booked roughly $14 billion including finance leases and told analysts to expect a further rise.",
    "Oracle disclosed $248 billion of lease commitments for data centres that have not yet started.",
    "The council sold the yard to Glenmorven Data for £6.2 million; it sat at £4.5 million in the authority's books.",
    "Aldwark Infrastructure Partners finanziert den Kauf aus seinem zweiten Fonds, der 2,4 Milliarden Pfund umfasst.",
    "Microsoft, whose capital projects cost about $88 billion in its latest fiscal year, rents capacity too.",
])
def test_loan_books_balance_sheets_totals_past_quarters_lease_commitments_book_values_and_funds_are_no_deals(
        text: str) -> None:
    assert [d.amount for d in deals(text) if d.amount and d.amount not in (6.2e6,)] == []


def test_on_a_day_it_did_a_deal_refers_to_the_company_before() -> None:
    text = ("CoreWeave rents out graphics processors. On Monday it trimmed 2025 capex guidance to a $12 billion–$14 "
            "billion range, down from $20 billion–$23 billion.")
    assert [(d.amount, parties(d)) for d in deals(text)] == [(12e9, {"CoreWeave"})]


def test_state_development_banks_are_in_the_table() -> None:
    from desktop.extraction.organizations import find_organizations

    assert [o.name for o in find_organizations("Die Sächsische Aufbaubank und die EIB geben Kredite.")] == \
        ["Sächsische Aufbaubank", "European Investment Bank"]


@pytest.mark.parametrize("text", [
    "Ihre Rechnung: Der Markt für Kühltechnik in Rechenzentren wachse bis 2029 auf rund acht Milliarden Euro.",
    "Das Beratungshaus Ostwind Research schätzt, dass der Markt für Colocation im Land bis 2028 auf ein Volumen von "
    "2,7 Milliarden Dollar jährlich wächst.",
    "Pennant Row's head of research sizes the region's AI-cloud market at about €14 billion in 2026.",
    "Laut Analysten will der Konzern auf das Jahr gerechnet nach Schätzung von Beobachtern mehr als 40 Milliarden "
    "Dollar für Rechenzentren ausgeben.",
    "A single extreme-ultraviolet scanner from Veldhoven Optics is reckoned to cost about €300 million.",
    "Brokers at Gerrard Lane reckon a campus of that size costs between €1.2 billion and €1.6 billion.",
    "Analysts at Quillfield put the cost of a single gigawatt of accelerators and networking at roughly $40bn.",
    "A gigawatt of AI capacity costs $45bn to build, the chief executive has said.",
    "Er rechnet damit, dass die großen Plattformen ihre Investitionen 2026 zusammen auf mehr als 300 Milliarden "
    "Dollar steigern.",
])
def test_market_sizes_estimates_and_unit_costs_are_no_deals(text: str) -> None:
    assert [d.amount for d in deals(text) if d.amount] == []


@pytest.mark.parametrize("text", [
    "Hallstrom, das bislang sechs Milliarden Dollar beigesteuert hat, bleibt größter Geldgeber von Brisklab.",
    "Dort hat Kessler Digital nach eigenen Angaben bislang mehr als eine Milliarde Euro verbaut.",
    "Together with the spring deal and the summer top-up, the two sides now have about $19bn on the books.",
    "Tallowmere's fabric deals signed to date: about $6.5 billion",
    "Harwick Systems booked about $2.1 billion of AI server orders in its last reported quarter.",
    "Die Stadt fördert das geplante Rechenzentrum am Hafen mit 35 Millionen Euro.",
    "The spending should add roughly $8 billion to the country's gross domestic product over that period.",
    "Separately, Brennholt keeps buying back its own stock, up to 500 million euros' worth by the end of 2026.",
    "Brennholt's optical unit sold roughly $5.9 billion worth of products last year.",
    "Bis zu 80 Millionen Dollar hat das US-Handelsministerium für neue Fertigungslinien in Aussicht gestellt.",
    "Quorra Photonics is still waiting for the paperwork on its up-to-$40 million CHIPS award.",
    "The Denver group will use the proceeds to chip away at its roughly $16 billion of debt.",
    "Im Geschäftsjahr 2025 wies Westmark Netz einen Jahresüberschuss von 410 Millionen Euro aus.",
    "Last month Haldane said it expects to spend about $70bn on capital expenditure this year, against $50.5bn in "
    "2024.",
    "Harwick expects the combination to cut costs by about $400 million a year within three years of closing.",
    "Nach einer Vereinbarung mit dem County leistet Tallowmere Ersatzzahlungen für die Grundsteuer von rund 12 "
    "Millionen Dollar pro Jahr.",
    "Der Deal taxiert das Start-up Brisklab auf über 25 Milliarden Dollar.",
])
def test_totals_so_far_orders_subsidies_buybacks_sales_debt_profits_and_savings_are_no_deals(text: str) -> None:
    assert [d.amount for d in deals(text) if d.amount and d.amount not in (70e9,)] == []


def test_an_earn_out_and_renewal_options_are_no_deals_of_their_own() -> None:
    earn_out = deals("Jabil zahlt 1,8 Milliarden Dollar für die Sparte von Intel; weitere bis zu 300 Millionen "
                     "Dollar hängen von der Entwicklung in den kommenden drei Jahren ab.")
    assert [d.amount for d in earn_out] == [1.8e9]
    lease = deals("Tallowmere signed a 15-year lease with Quorra Cloud on Wednesday, worth about $6 billion over the "
                  "base term and up to roughly $15 billion if every renewal option is exercised.")
    assert [d.amount for d in lease] == [6e9]


def test_a_conversion_at_the_then_rate_or_restated_with_also_is_the_same_figure() -> None:
    then = deals("Die 3,8 Milliarden Dollar, damals umgerechnet knapp 15 Milliarden Złoty, wird Intel in Łódź nun "
                 "doch investieren.")
    assert [(d.amount, d.currency) for d in then] == [(3.8e9, "USD")]
    also = deals("Jabil übernimmt Sanmina. Der Wert des Geschäfts liegt bei rund acht Milliarden Dollar, also "
                 "ungefähr 6,9 Milliarden Euro, wie beide Unternehmen mitteilten.")
    assert [(d.amount, d.currency) for d in also] == [(8e9, "USD")]
    ordered = deals("Im Herbst haben wir bei Nvidia Systeme für rund 330 Millionen Euro bestellt, damals etwa 360 "
                    "Millionen Dollar.")
    assert [(d.amount, d.currency) for d in ordered] == [(330e6, "EUR")]


def test_pieces_named_by_secured_notes_and_strategic_equity_are_parts_of_the_round() -> None:
    assert [d.amount for d in deals("Quorra Labs raised $8bn, split into $4bn of secured notes and term loans and "
                                    "$4bn of strategic equity, the company said.")] == [8e9]


def test_last_years_figure_after_nachdem_belongs_to_that_figure_not_to_the_plan() -> None:
    text = ("Amprion legte am Mittwoch seine Zahlen vor. Beim Ausblick gibt sich der Vorstand vorsichtig "
            "optimistisch: Für 2026 rechnet er mit einem moderaten Umsatzplus. Die Investitionen sollen bei rund 1,9 "
            "Milliarden Euro liegen, nachdem es im abgelaufenen Jahr 2,1 Milliarden Euro waren.")
    assert [(d.kind, d.amount, parties(d)) for d in deals(text)] == [("capex_plan", 1.9e9, {"Amprion"})]


@pytest.mark.parametrize("text, amount, names", [
    # a cue word inside a longer word is no cue: "Goldman" is no prize, "gewinnt" no profit, "Konsortium 250"
    # no "um 250", a "subsidiary" no subsidy, "gehalten" no salary
    ("Goldman Sachs led a $500 million funding round in Mistral on Monday.", 500e6, {"Goldman Sachs", "Mistral"}),
    ("Siemens gewinnt einen Auftrag über 1,2 Milliarden Euro von Amprion.", 1.2e9, {"Siemens", "Amprion"}),
    ("Der Betreiber Kao Data hat sich bei einem Bankenkonsortium 250 Millionen Pfund für den Ausbau gesichert.",
     250e6, {"Kao Data"}),
    ("Microsoft's subsidiary LinkedIn will pay $400 million for Nscale's London halls.", 400e6, {"Nscale"}),
    ("Die von Siemens gehaltenen Anteile an Amprion gehen für 900 Millionen Euro an Allianz Capital Partners.",
     900e6, {"Amprion"}),
])
def test_cue_words_inside_other_words_are_no_cues(text: str, amount: float, names: set[str]) -> None:
    assert [(d.amount, names <= parties(d)) for d in deals(text)] == [(amount, True)]


def test_a_company_after_any_known_citys_possessive_is_found() -> None:
    (d,) = deals("Tübingen's Neckarlogik, which builds small language models for machine manuals, raised €64 million in "
                 "a Series A on Monday.")
    assert (parties(d), d.amount) == ({"Neckarlogik"}, 64e6)


def test_a_valuation_cue_before_two_joined_figures_describes_both() -> None:
    text = ("Im Juni übernahmen Kleiner Perkins und Coatue die Führung der Series E – jeweils 300 Millionen Dollar, bei "
            "Bewertungen von drei beziehungsweise fünf Milliarden Dollar.")
    assert [d.amount for d in deals(text)] == [300e6]


@pytest.mark.parametrize("text, amount", [
    ("AT&T stuck to its January guidance of capital investment between $22 billion and $22.5 billion for 2025.", 22e9),
    ("Infineon guided investment spending of about €2.8 billion for fiscal 2027 when it reported results.", 2.8e9),
])
def test_guidance_for_capital_investment_is_the_spending_plan(text: str, amount: float) -> None:
    assert [(d.kind, d.amount) for d in deals(text)] == [("capex_plan", amount)]


@pytest.mark.parametrize("text", [
    "Insidern zufolge verhandelt Rivanna Bend Capital über den Kauf von Catharpin Mill Partners. Im Gespräch seien "
    "rund 1,3 Milliarden Dollar.",
    "Rivanna Bend Capital verhandelte über den Kauf von Catharpin Mill Partners. Medienberichten zufolge lag das Gebot "
    "bei rund 1,3 Milliarden Dollar.",
])
def test_the_sum_under_discussion_or_the_bid_in_the_next_sentence_joins_the_deal(text: str) -> None:
    assert [(d.amount, parties(d)) for d in deals(text)] == [
        (1.3e9, {"Rivanna Bend Capital", "Catharpin Mill Partners"})]


@pytest.mark.parametrize("text, name", [
    ("Siltronic hat ein Schuldscheindarlehen über 300 Millionen Euro platziert.", "Siltronic"),
    ("Google agreed to buy Wiz for $32 billion.", "Wiz"),
    ("Salesforce kauft Informatica für rund acht Milliarden Dollar.", "Informatica"),
    ("SoftBank pays $6.5 billion for Ampere Computing.", "Ampere Computing"),
    ("Lumen signed a fibre contract with Microsoft.", "Lumen Technologies"),
    ("Die European Semiconductor Manufacturing Company baut in Dresden.", "ESMC"),
    ("Carl Zeiss SMT baut ein neues Werk in Oberkochen.", "Zeiss SMT"),
])
def test_real_companies_of_the_race_are_in_the_table(text: str, name: str) -> None:
    from desktop.extraction.organizations import find_organizations

    assert name in {o.name for o in find_organizations(text)}


@pytest.mark.parametrize("text, name", [
    ("Payette Ridge, a Meridian-based general contractor, signed a $410 million contract with Micron.", "Payette Ridge"),
    ("Pallwick, a Phoenix-based distributor that sells to integrators, signed an agreement with Kioxia.", "Pallwick"),
    ("Die Sparebanken Fjordvik hat dem Unternehmen einen Kredit zugesagt.", "Sparebanken Fjordvik"),
    ("Tarrowby Engineering will handle site preparation under a separate contract.", "Tarrowby Engineering"),
    ("Xazar Cloud took $40 million from Pashaly Holding last June.", "Pashaly Holding"),
    ("Die Runde führt Wendelstein Kapital an.", "Wendelstein Kapital"),
    ("Gunnamore Marine und Tromlingen Subsea gründen ein Gemeinschaftsunternehmen.", "Tromlingen Subsea"),
])
def test_contractors_distributors_savings_banks_and_name_endings_introduce_companies(text: str, name: str) -> None:
    from desktop.extraction.organizations import find_organizations

    assert name in {o.name for o in find_organizations(text)}


def test_table_knows_the_subsea_and_power_equipment_makers_apart_from_their_parents() -> None:
    from desktop.extraction.organizations import find_organizations

    text = ("Nokia sold ASN to the French state. Rolls-Royce Power Systems, better known as mtu, "
            "supplies engines; Rolls-Royce builds reactors. Mitsubishi Power sold turbines to SubCom.")
    assert [o.name for o in find_organizations(text)] == [
        "Nokia", "Alcatel Submarine Networks", "Rolls-Royce Power Systems", "Rolls-Royce", "Mitsubishi Power", "SubCom"]


def test_a_generic_word_that_starts_a_compound_ends_no_name() -> None:
    from desktop.extraction.organizations import find_organizations

    text = "Völkerding: Weil dort die Nachfrage ist. Junge Cloud-Anbieter brauchen Rechenleistung sofort."
    assert find_organizations(text) == []


def test_a_time_between_the_name_and_gegruendet_still_introduces_the_founded_company() -> None:
    from desktop.extraction.organizations import find_organizations

    text = "Carsten Völkerding hat Hirschgraben Leasing vor acht Jahren gegründet. Hirschgraben Leasing vermietet Server."
    assert [o.text for o in find_organizations(text)] == ["Hirschgraben Leasing", "Hirschgraben Leasing"]


def test_the_table_keeps_the_regional_telekoms_and_development_banks_apart() -> None:
    from desktop.extraction.organizations import find_organizations

    text = ("Telekom Srbija und Magyar Telekom mieten Flächen; die Telekom hält sich heraus. Die Europäische "
            "Bank für Wiederaufbau und Entwicklung (EBRD) und die Erste Group finanzieren den Bau.")
    assert [o.name for o in find_organizations(text)] == [
        "Telekom Srbija", "Magyar Telekom", "Deutsche Telekom", "EBRD", "EBRD", "Erste Group"]


@pytest.mark.parametrize("text, amount", [
    ("Fluidstack mietet die Kapazität für 25 Jahre; die vertraglich gesicherten Einnahmen beziffert TeraWulf "
     "auf rund 9,5 Milliarden Dollar.", 9_500_000_000),
    ("Galaxy beziffert die Mieteinnahmen von CoreWeave über die gesamte Vertragsdauer auf mehr als 4,5 Milliarden "
     "Dollar.", 4_500_000_000),
    ("TeraWulf signed two ten-year colocation agreements with Fluidstack, worth roughly $3.7 billion in contracted "
     "revenue.", 3_700_000_000),
])
def test_revenue_over_a_contracts_term_is_the_contracts_value(text: str, amount: int) -> None:
    assert [d.amount for d in extract(text).deals] == [amount]


def test_a_companys_contracted_revenue_in_total_is_no_deal() -> None:
    text = "For Firnlicht, which reports CHF 310 million of contracted revenue, Enzian Labs is a mid-sized customer."
    assert [d.amount for d in extract(text).deals] == []


def test_the_table_knows_carmakers_suppliers_and_robot_makers() -> None:
    from desktop.extraction.organizations import find_organizations

    text = ("Die Samsung-Tochter Harman übernimmt die Sparte von ZF Friedrichshafen; Volkswagen, BMW und "
            "Mercedes-Benz kaufen bei Mobileye, Uber bei Wayve.")
    assert [o.name for o in find_organizations(text)] == [
        "Samsung", "Harman", "ZF", "Volkswagen", "BMW", "Mercedes-Benz", "Mobileye", "Uber", "Wayve"]


def test_the_table_knows_gas_suppliers_builders_tower_owners_and_space_firms() -> None:
    from desktop.extraction.organizations import find_organizations

    text = ("Linde und Air Liquide beliefern die Fabrik, Hochtief baut sie mit Turner Construction; Cellnex "
            "und Vantage Towers verkaufen Masten an American Tower, Eutelsat bucht bei Isar Aerospace.")
    assert [o.name for o in find_organizations(text)] == [
        "Linde", "Air Liquide", "Hochtief", "Turner Construction", "Cellnex", "Vantage Towers", "American Tower",
        "Eutelsat", "Isar Aerospace"]


def test_what_a_deal_is_about_and_what_a_contract_is_worth_are_its_figure() -> None:
    # "es geht um rund 300 Millionen" says what the deal is about, no change by 300 million
    talks = ("Check Point verhandelt über die Übernahme von Lakera. Einen Preis nannten die Beteiligten nicht; "
             "Insidern zufolge geht es um rund 300 Millionen Dollar.")
    assert [(d.amount, d.currency) for d in extract(talks).deals if d.amount] == [(300_000_000, "USD")]
    # a contract "is worth" its figure; a start-up "is worth" its valuation
    contract = "Der Zusatzvertrag zwischen UEFA und Léman Vision ist 33 Millionen Franken wert."
    assert [(d.amount, d.currency) for d in extract(contract).deals] == [(33_000_000, "CHF")]
    startup = "Das Start-up Léman Vision ist inzwischen 330 Millionen Franken wert."
    assert [d for d in extract(startup).deals if d.amount] == []


def test_a_price_a_paragraph_later_joins_the_deal_told_without_one() -> None:
    text = ("Walldorf. SAP hat am Montag eine Vereinbarung zur Übernahme von Personio "
            "unterzeichnet.\n\nWas SAP bezahlt, blieb offiziell offen. Nach Informationen aus "
            "Finanzkreisen liegt der Preis bei rund 1,4 Milliarden Euro.")
    deals = extract(text, date(2025, 8, 26)).deals
    assert [(sorted(p.name for p in d.parties), d.amount, d.currency) for d in deals] == [
        (["Personio", "SAP"], 1_400_000_000, "EUR")]
    start, end = deals[0].spans["amount"]
    assert text[start:end] == "rund 1,4 Milliarden Euro"
    # a deal with its own figure in between keeps the price from reaching back
    between = text.replace("\n\nWas SAP", "\n\nZudem zahlt SAP 20 Millionen Euro an Workday. Was SAP")
    assert 1_400_000_000 not in [d.amount for d in extract(between, date(2025, 8, 26)).deals]


def test_agreeing_to_pay_in_cash_is_no_cash_position() -> None:
    text = "Nasdaq has agreed to pay $310 million in cash for Ormwick Index, the London start-up."
    assert [(d.amount, d.currency) for d in extract(text).deals] == [(310_000_000, "USD")]
    pile = "Ormwick Index has $310 million in cash, and Nasdaq Inc. holds a stake."
    assert [d for d in extract(pile).deals if d.amount] == []


def test_valuing_the_contract_gives_the_deal_its_value() -> None:
    text = ("Nasdaq signed a seven-year contract with Norrvik Data last week. "
            "Norrvik Data valued the contract at more than SEK 400 million.")
    assert [(d.amount, d.currency) for d in extract(text).deals if d.amount] == [(400_000_000, "SEK")]


def test_service_providers_and_subsidiaries_introduce_names() -> None:
    text = ("Der schwedische Personaldienstleister Vitsholm Bemanning übernimmt den Krakauer "
            "Lohnabrechnungsdienstleister Kadrewo für 210 Millionen Zloty. "
            "Die Vitsholm-Tochter Kadrewo kauft zudem den Abrechnungsdienstleister Gräfenhain für 14 Millionen Euro.")
    parties = [sorted(p.name for p in d.parties) for d in extract(text).deals]
    assert ["Kadrewo", "Vitsholm Bemanning"] in parties
    assert any({"Gräfenhain", "Kadrewo"} <= set(names) for names in parties)


def test_private_banks_lend_and_their_analysts_are_no_parties() -> None:
    loan = ("Zum anderen die Banken: Das Bankhaus Eschenwald hat Kinzigfeld Rechenzentren Baukredite über bis zu "
            "260 Millionen Euro zugesagt.")
    assert [(sorted(p.name for p in d.parties), d.amount) for d in extract(loan).deals if d.amount] == [
        (["Bankhaus Eschenwald", "Kinzigfeld Rechenzentren"], 260_000_000)]
    quoted = ("„Das ist eine Wette auf Strom“, sagt Thorsten Kamphues, Technologieanalyst beim Bankhaus Drewesbach. "
              "Meta investiert 10 Milliarden Dollar in Louisiana.")
    assert all("Bankhaus Drewesbach" not in [p.name for p in d.parties] for d in extract(quoted).deals)


def test_someone_putting_the_value_on_the_contract_told_before() -> None:
    text = ("Earlier this month U.S. rival Harlan Lifts signed a five-year contract to maintain lifts in 38 data "
            "centres run by Wexcombe Data across Britain. Wexcombe put the value at more than 45 million pounds.")
    assert [(d.amount, d.currency) for d in extract(text).deals if d.amount] == [(45_000_000, "GBP")]


def test_subscribing_to_shares_is_no_subscription_offer() -> None:
    story = ("Tamsvik Growth Partners, a Taipei venture fund, will subscribe to new Hsinvale shares worth "
             "NT$1.2 billion, lifting its stake to 9.8 percent. Its briefings go to Politico Pro subscribers.")
    assert [d.amount for d in extract(story).deals] == [1_200_000_000]
    promotion = "Tamsvik invests $5 billion in Hsinvale, read on: subscribe now for $1 a month.\n"
    assert extract(promotion).deals == []


def test_valuing_a_contract_with_its_term_gives_its_value() -> None:
    text = ("Smurfit Westrock will supply Amazon with shipping boxes for its data centres. "
            "The filing values the three-year contract at up to $120 million.")
    assert [(d.amount, d.currency) for d in extract(text).deals if d.amount] == [(120_000_000, "USD")]


@pytest.mark.parametrize("text, amount, currency", [
    ("Microsoft will buy power from Ravelbrook Power's wind farms. Analysts at Tamsworth & Greer estimate "
     "that the commitment is worth more than $10 billion over the life of those contracts.", 10_000_000_000, "USD"),
    ("Meta signed three power contracts with Ravelbrook Power. Analysts at Gorsedd Capital estimate the "
     "contracts are worth about two billion dollars to Ravelbrook.", 2_000_000_000, "USD"),
    ("HD Hyundai extended its software licence with Palantir. Neither side disclosed terms; we estimate the "
     "five-year extension at around 260 billion won.", 260_000_000_000, "KRW"),
    ("Microsoft agreed to buy solar modules from Qcells for its data centres. Pylon Hill Research puts the "
     "value of the arrangement at $2.4 billion across the full term.", 2_400_000_000, "USD"),
])
def test_an_outsiders_estimate_of_a_deal_is_its_value(text: str, amount: int, currency: str) -> None:
    assert [(d.amount, d.currency) for d in extract(text).deals if d.amount] == [(amount, currency)]


def test_a_market_estimate_stays_no_deal() -> None:
    text = "Analysts at Gorsedd Capital estimate the market for solar modules is worth about $90 billion; Meta buys."
    assert [d for d in extract(text).deals if d.amount] == []


def test_a_monthly_rent_is_a_deal_when_a_year_of_it_would_be() -> None:
    rent = ("Die Reederei Ebbinghoff aus Leer mietet ab Herbst 2027 ein Rack-Segment und zahlt Lunedeich "
            "Compute dafür monatlich rund 85.000 Euro.")
    assert [(d.amount, d.currency) for d in extract(rent).deals] == [(85_000, "EUR")]
    english = "Harbourline Data pays Kestrel Racks €40,000 a month for the space."
    assert [(d.amount, d.currency) for d in extract(english).deals] == [(40_000, "EUR")]
    once = "Die Reederei Ebbinghoff zahlt Lunedeich Compute dafür einmalig rund 85.000 Euro."
    assert extract(once).deals == []


def test_a_monthly_salary_is_no_deal() -> None:
    text = "Wir zahlen erfahrenen Leuten von Nvidia rund 30.000 Dirham im Monat, sagt Falajnet-Chef Mallowen."
    assert [d for d in extract(text).deals if d.amount] == []


def test_payments_summed_over_a_contracts_term_are_its_value_funding_over_a_life_is_not() -> None:
    contract = ("Vergangene Woche hat Meta mit dem Projektentwickler Invenergy Lieferverträge für knapp 800 Megawatt "
                "Solarleistung geschlossen. Nach unseren Berechnungen "
                "summieren sich die Zahlungen über die Laufzeit auf rund 1,1 Milliarden Dollar.")
    assert [(d.amount, d.currency) for d in extract(contract).deals if d.amount] == [(1_100_000_000, "USD")]
    funding = "Graphcore raised around $700 million in total over its life, and it lost £161 million in 2022."
    assert [d for d in extract(funding).deals if d.amount] == []


def test_a_bare_name_after_a_line_break_is_not_read_as_a_surname() -> None:
    # the word before a name at a line start is the line break, not the last word of the line above
    text = ("Tech · Cloud\nBrentvale signs $1.1bn, seven-year AI deal with Microsoft\n"
            "Brentvale, now under private ownership, moves Brentvale's systems to Azure. "
            "Pilots of Brentvale start soon, and a Brentvale vice president is happy.")
    assert "Brentvale" in {o.name for o in extract(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Im Frühjahr hatte die Familie ein Angebot des französischen Sportartikelhändlers Kalenbrot "
     "über 50 Millionen Franken ausgeschlagen.", "Kalenbrot"),
    ("Die Containerreederei Ebbinghoff bestellt bei Meyer Werft zwei Schiffe für 400 Millionen Euro.", "Ebbinghoff"),
    ("Die Baumarktkette Hornwald investiert 50 Millionen Euro in ein Lager von Dematic.", "Hornwald"),
    ("Limfjord Handelsbank has granted Brassholm Værft a DKK 450 million construction loan.", "Limfjord Handelsbank"),
])
def test_retailers_chains_shipping_lines_yards_and_trade_banks_introduce_names(text: str, name: str) -> None:
    assert name in {o.name for o in extract(text).organizations}


def test_a_contract_valued_by_someone_close_to_the_talks_is_its_value() -> None:
    text = ("Gangway is negotiating with Norwegian Cruise Line Holdings over a fleet-wide contract valued by "
            "someone close to the talks at between $110 million and $130 million over five years.")
    assert [(d.amount, d.amount_max) for d in extract(text).deals if d.amount] == [(110_000_000, 130_000_000)]
    company = "OpenAI was valued by investors at $300 billion after SoftBank put in $40 billion."
    assert 300_000_000_000 not in [d.amount for d in extract(company).deals]


def test_a_contract_summing_up_over_its_term_is_its_value() -> None:
    text = ("Aarwinkel plant das Netz für Sihlhallen. Über fünf Jahre summiert sich der Vertrag zwischen "
            "Aarwinkel und Sihlhallen auf 3,2 Millionen Franken.")
    assert [(d.amount, d.currency) for d in extract(text).deals if d.amount] == [(3_200_000, "CHF")]
    funding = "Über fünf Jahre summiert sich die Finanzierung von Sihlhallen durch Aarwinkel auf 3,2 Millionen Franken."
    assert [d for d in extract(funding).deals if d.amount] == []


def test_norwegian_savings_banks_are_named() -> None:
    text = "Die Hvalstad Sparebank gewährt Skerrisund Cruises einen Kredit über 450 Millionen norwegische Kronen."
    assert "Hvalstad Sparebank" in {o.name for o in extract(text).organizations}


def test_the_table_knows_brewers_drinks_makers_travel_firms_and_tyre_makers() -> None:
    from desktop.extraction.organizations import find_organizations

    text = ("Carlsberg kauft Britvic, PepsiCo kauft Poppi, Keurig Dr Pepper kauft JDE Peet's; Expedia, Airbnb und "
            "Hyatt buchen bei Amadeus, Michelin und Pirelli bei Krones, und Estée Lauder bei Givaudan.")
    assert [o.name for o in find_organizations(text)] == [
        "Carlsberg", "Britvic", "PepsiCo", "Poppi", "Keurig Dr Pepper", "JDE Peet's", "Expedia", "Airbnb",
        "Hyatt", "Amadeus", "Michelin", "Pirelli", "Krones", "Estée Lauder", "Givaudan"]


def test_the_table_knows_delivery_pet_fitness_and_printer_companies() -> None:
    from desktop.extraction.organizations import find_organizations

    text = ("Wonder kauft Grubhub, Fressnapf bestellt bei Zooplus, Basic-Fit übernimmt Clever Fit, Hexagon kauft bei "
            "3D Systems und Nano Dimension bei Desktop Metal.")
    assert [o.name for o in find_organizations(text)] == [
        "Wonder", "Grubhub", "Fressnapf", "Zooplus", "Basic-Fit", "Clever Fit", "Hexagon AB", "3D Systems",
        "Nano Dimension", "Desktop Metal"]


def test_the_table_knows_large_companies_of_every_trade_but_not_their_ambiguous_bare_words() -> None:
    from desktop.extraction.organizations import find_organizations

    text = "Brenntag liefert an BioNTech, Haribo kauft bei Liebherr, Daimler Truck bestellt bei Knauf."
    assert [o.name for o in find_organizations(text)] == [
        "Brenntag", "BioNTech", "Haribo", "Liebherr", "Daimler Truck", "Knauf"]
    # a word that is also a country, an adjective or a first name names a company only in its long form
    plain = "The Emirates pledged money; Next week Dana said the Visa rules change."
    assert [o.name for o in find_organizations(plain)] == []
    assert [o.name for o in find_organizations("Emirates Airline bestellt Rechenleistung.")] == ["Emirates Airline"]


@pytest.mark.parametrize("text, amount", [
    ("Cipher Mining signed a 15-year lease with Amazon Web Services for its Barber Lake site. Cipher valued "
     "that lease at $5.5 billion in total.", 5_500_000_000),
    ("Hut 8 signed a lease with Fluidstack for its Riverbend campus. Hut 8 puts the base value of the lease at "
     "about $7bn.", 7_000_000_000),
])
def test_valuing_that_lease_or_its_base_value_gives_the_deals_value(text: str, amount: int) -> None:
    assert [d.amount for d in extract(text).deals if d.amount] == [amount]


def test_topping_up_equity_or_a_credit_line_is_a_deal_not_a_comparison() -> None:
    text = ("Der Finanzinvestor Birchcombe Capital stockt das Eigenkapital von Lindenholz um 40 Millionen Euro auf.")
    assert [(d.amount, d.currency) for d in extract(text).deals] == [(40_000_000, "EUR")]
    change = "Der Umsatz von Lindenholz stieg um 40 Millionen Euro, meldete Birchcombe Capital."
    assert [d for d in extract(change).deals if d.amount] == []
