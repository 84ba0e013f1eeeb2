#!/usr/bin/env python3
"""Write gold.json for tests/corpus178 (the hand annotation, as a script).

Usage: python3 tests/corpus178/make_gold.py
Edit the annotation here, then run it to rewrite gold.json; check with check_gold.py.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, alt=None, term=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if kind_alt:
        d["kind_alt"] = kind_alt
    if per:
        d["per"] = per
    if term:
        d["term"] = term
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ABOUT = (
    "Hand-annotated deals in the 178th held-out test corpus (tests/corpus178/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json "
    "and shared/gold/seeds.json. Theme: food delivery and quick commerce (delivery platforms, dark "
    "stores, grocery apps, their takeovers, funding rounds and AI/logistics contracts). One entry per "
    "article; a deal that several articles report carries the same id in each. 'required': false "
    "marks vague or background mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
    "Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same "
    "deal's amount as another article (or the same article) states it in another currency or at "
    "another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), "
    "resolved against the article's publication date ('published', from the article's own date "
    "marker, dateline, <meta>/<time>, issue line or copyright line, or null when the article has "
    "none); a cancelled or completed deal keeps the date of the original agreement or talks; a "
    "rumour that a later article reports as signed carries only the year; 'term' is the period the "
    "deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains "
    "a judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Hurtigo, Quaywell Capital, Lagerzeile "
    "Immobilien, Parcelwing, Larderly, Alsterwerk Ventures, Routenfuchs, Speichenwerk Leasing, Banyan "
    "Crest Capital, Pantrypulse, Kallang Robotics, Tellerwerk, Rheinkiste, Lakeshore Fresh, Seoriwon "
    "Partners, Souqly, Holbeck Growth Fund; invented publications, banks, research houses, "
    "advertisers and people are listed in invented_names.txt; the deals of real companies are loosely "
    "based on public reports with amounts, dates and details shifted, or invented. Nothing here is "
    "reporting.")

ARTICLES = {}

ARTICLES["001_hurtigo_neukoelln_rixdorfer.txt"] = A(
    "2024-03-07",
    "from the date line 'NEUKÖLLN · Donnerstag, 7. März 2024'; 'Am Dienstag' -> 2024-03-05; lease signed 'im Januar' -> 2024-01",
    "de",
    [
        D("hurtigo-quaywell-seriesb", ["Quaywell Capital", "Hurtigo"], "investment", 60000000, "EUR", "exact",
          "2024-03-05", "completed",
          "Am Dienstag meldete Hurtigo den Abschluss einer Finanzierungsrunde über 60 Millionen Euro, angeführt vom Londoner Wachstumsinvestor Quaywell Capital; auch die bisherigen Geldgeber zogen mit.",
          alt=[(65000000, "USD")],
          note="Series B; 002 restates it as $65m (alt_amounts) with only the month, 016 without date; the valuation 'knapp 240 Millionen Euro' is not a deal"),
        D("lagerzeile-hurtigo-lease", ["Hurtigo", "Lagerzeile Immobilien"], "other", 38000, "EUR", "approx",
          "2024-01", "signed",
          "Für die rund 2.600 Quadratmeter zahlt Hurtigo monatlich rund 38.000 Euro Kaltmiete, unterschrieben wurde der auf zehn Jahre angelegte Vertrag schon im Januar.",
          per="month", kind_alt=["supply"],
          note="monthly rent for a dark store over ten years; the landlord ('Vermieterin ist die Lagerzeile Immobilien GmbH') is named in the previous sentence; the rent per m² is not a deal"),
        D("hurtigo-darkstores-2024", ["Hurtigo"], "capex_plan", 15000000, "EUR", "approx",
          "2024-03", "planned",
          "Bis Ende 2025 sollen von dem Geld rund 15 Millionen Euro in 25 weitere Lager fließen, in Berlin, Leipzig und Hamburg, sagt Mitgründerin Talea Brinkhorst.",
          term=[None, "2025"],
          note="spending plan for 25 named-city dark stores out of the round ('von dem Geld'); only the spender is a party"),
    ],
    ["14,60 Euro pro Quadratmeter", "knapp 240 Millionen Euro", "4,2 Millionen Euro", "13,50 Euro die Stunde", "6,90 Euro"],
)

ARTICLES["002_dark_store_dispatch_march_en.txt"] = A(
    "2024-03-21",
    "from the issue line 'Issue 14 — Thursday, 21 March 2024'; 'earlier this month' -> 2024-03; 'on Tuesday' -> 2024-03-19; 'on Monday' -> 2024-03-18",
    "en",
    [
        D("hurtigo-quaywell-seriesb", ["Quaywell Capital", "Hurtigo"], "investment", 65000000, "USD", "exact",
          "2024-03", "completed",
          "Berlin's Hurtigo closed a $65 million Series B earlier this month, with London growth fund Quaywell Capital writing the biggest cheque.",
          alt=[(60000000, "EUR")],
          note="same round as 001 (€60m, 2024-03-05), told in USD with only the month; 'roughly $260 million' is the valuation"),
        D("rewe-flink-round-2024", ["Rewe", "Flink"], "investment", 150000000, "USD", "exact",
          "2024-03-19", "completed",
          "Flink has raised $150 million in a round led by Rewe, the German supermarket group, the Berlin company said on Tuesday.",
          alt=[(140000000, "EUR")],
          note="004 and 019 restate it as 'rund 140 Millionen Euro' (alt_amounts); different from Rewe's 2026 supply contract and the denied 2026 takeover rumour (019); the existing supply relationship ('already Flink's wholesale supplier') has no amount and is not annotated"),
        D("parcelwing-larderly-robots-2024", ["Larderly", "Parcelwing"], "supply", 11000000, "GBP", "exact",
          "2024-03-18", "signed",
          "Larderly, the Manchester grocery app, has ordered 400 sidewalk robots from Parcelwing in a deal worth £11 million ($14m), the Leeds robot maker announced on Monday.",
          alt=[(14000000, "USD")],
          note="first robot order; different from the £19m second order of 2026 (020); the unit list price is not a deal"),
    ],
    ["roughly $260 million", "$2.85 billion", "about £26,500", "$94 billion", "£1.99", "£25", "$49", "$15 a month"],
)

ARTICLES["003_uber_foodpanda_cobblestock_en.txt"] = A(
    "2024-05-15",
    "from the stamp 'May 15, 2024 · 07:12 GMT' and the dateline 'TAIPEI, May 14'; 'on Tuesday' -> 2024-05-14",
    "en",
    [
        D("uber-foodpanda-taiwan", ["Uber", "Delivery Hero"], "acquisition", 950000000, "USD", "exact",
          "2024-05-14", "signed",
          "Uber Technologies agreed on Tuesday to acquire Delivery Hero's Foodpanda operation in Taiwan for $950 million in cash, a move that would fold the island's second-largest food delivery app into Uber Eats and leave the market with essentially one large competitor.",
          alt=[(30700000000, "TWD"), (910000000, "EUR")],
          note="TWD figure in the next sentence ('roughly NT$30.7 billion'); 008 (EUR 910m alt) and 013 report the later block, both 'cancelled' with the agreement month; the quote 'Nine hundred and fifty million in cash' restates the same deal"),
        D("uber-delivery-hero-stake-2024", ["Uber", "Delivery Hero"], "investment", 300000000, "USD", "exact",
          "2024-05-14", "signed",
          "Separately, Uber will subscribe to $300 million of newly issued Delivery Hero shares, priced at a premium to Monday's closing level, according to a statement issued by both companies.",
          note="second deal between the same pair on the same day (share subscription vs the Foodpanda Taiwan purchase); date from the dateline and 'on Tuesday' in the previous sentence"),
    ],
    ["€27.48", "€3.6 billion", "$2.4 billion", "$10.1 billion", "€38", "€33"],
)

ARTICLES["004_kommissionierblatt_wochenbrief.txt"] = A(
    "2024-06-07",
    "dateline without year 'Hamburg, 7. Juni (kb)'; the year from the copyright line '© 2024 Kommissionierblatt Verlag'; 'am Mittwoch' -> 2024-06-05; 'im März' -> 2024-03",
    "de",
    [
        D("alsterwerk-routenfuchs-seriesa", ["Alsterwerk Ventures", "Routenfuchs"], "investment", 22000000, "EUR", "exact",
          "2024-06-05", "completed",
          "Das Hamburger Start-up Routenfuchs, das mit maschinellem Lernen die Touren von Lieferfahrern plant, hat in einer Serie-A-Runde 22 Millionen Euro erhalten.",
          note="lead investor and 'am Mittwoch' in the next sentence ('Als Leadinvestor trat Alsterwerk Ventures auf')"),
        D("rewe-flink-round-2024", ["Rewe", "Flink"], "investment", 140000000, "EUR", "approx",
          "2024-03", "completed",
          "Flink, dessen jüngste Finanzierungsrunde über rund 140 Millionen Euro im März von Rewe angeführt wurde, stellt seine Flotte um.",
          note="the March round of 002 ($150m), in EUR in a relative clause, month only"),
        D("speichenwerk-flink-ebike-lease", ["Flink", "Speichenwerk Leasing"], "other", 6000000, "EUR", "approx",
          "2024-06", "signed",
          "Flink least künftig 3.000 E-Lastenräder von der Kölner Speichenwerk Leasing; der Vertrag über drei Jahre ist jährlich rund 6 Millionen Euro schwer.",
          per="year", kind_alt=["supply"],
          note="yearly rate of a three-year e-bike lease; no signing date -> month of the article; the consumer leasing price '139 Euro im Monat' is not a deal"),
    ],
    ["139 Euro im Monat", "4,8 Milliarden Euro", "31 Euro", "6,40 Euro", "12,82 Euro", "89 Euro", "340 Euro", "198 Euro"],
)

ARTICLES["005_zepto_banyan_kiranaledger_en.html"] = A(
    "2024-08-30",
    "from <meta article:published_time> and <time datetime='2024-08-30T09:40:00+05:30'> ('Updated: Aug 30, 2024, 09:40 IST'); 'on Thursday' -> 2024-08-29; 'Last week' -> 2024-08",
    "en",
    [
        D("banyan-crest-zepto-2024", ["Banyan Crest Capital", "Zepto"], "investment", 29400000000, "INR", "exact",
          "2024-08-29", "completed",
          "Quick-commerce startup Zepto has raised ₹2,940 crore ($350 million) in a fresh round led by Mumbai-based Banyan Crest Capital, the company said on Thursday.",
          alt=[(350000000, "USD")],
          note="₹2,940 crore = INR 29.4bn; the valuation 'about $5 billion' is not a deal"),
        D("zepto-darkstores-2024", ["Zepto"], "capex_plan", 10000000000, "INR", "approx",
          "2024-08", "planned",
          "Zepto said it will use about ₹1,000 crore of the new money to add 350 dark stores by March 2025, most of them in tier-two cities such as Indore, Lucknow and Coimbatore.",
          term=[None, "2025-03"],
          note="₹1,000 crore = INR 10bn; spending plan out of the round; only the spender is a party"),
        D("zomato-paytm-ticketing", ["Zomato", "Paytm"], "acquisition", 20500000000, "INR", "approx",
          "2024-08", "signed",
          "Last week Zomato agreed to buy Paytm's movie and event ticketing business for about ₹2,050 crore ($244 million) in cash, a deal that will give the food delivery company a second consumer app beyond Blinkit.",
          alt=[(244000000, "USD")],
          note="'Last week' -> month; purchase of a business unit from Paytm"),
    ],
    ["about $5 billion", "$1.5 billion", "₹262.40", "₹2.3 lakh crore", "₹470", "$40 billion", "₹1,299 a year"],
)

ARTICLES["006_routenfuchs_lieferando_hafenbyte.txt"] = A(
    "2024-09-18",
    "from the stamp 'Mi., 18.09.2024, 11:20 Uhr'; 'am Dienstag' -> 2024-09-17",
    "de",
    [
        D("routenfuchs-lieferando-dispatch", ["Just Eat Takeaway", "Routenfuchs"], "cloud_contract", 14000000, "EUR", "up_to",
          "2024-09-17", "signed",
          "Unterschrieben wurde der Vertrag am Dienstag; über drei Jahre kann er Routenfuchs bis zu 14 Millionen Euro einbringen, teilte die Lieferando-Mutter Just Eat Takeaway.com mit.",
          kind_alt=["other", "supply"], term=["2024-10", "2027"],
          note="AI dispatch software licence; Lieferando is Just Eat Takeaway's German brand (alias); start 'im Oktober'"),
        D("routenfuchs-google-cloud", ["Routenfuchs", "Google"], "cloud_contract", 3000000, "EUR", "exact",
          "2024-09", "signed",
          "Für das Training seiner Modelle hat sich Routenfuchs Rechenzeit bei Google Cloud gesichert: drei Millionen Euro über drei Jahre, sagt Technikchef Birk Feddersen.",
          note="amount in words; no signing date -> month of the article"),
    ],
    ["0,40 Euro", "75.000 bis 95.000 Euro brutto", "4,1 Millionen Euro", "13,10 Euro die Stunde", "1.290 Euro"],
)

ARTICLES["007_jet_grubhub_kurskruemel.txt"] = A(
    "2024-11-12",
    "from the stock-portal stamp '12.11.2024 - 08:31:40'; 'am Montagabend' -> 2024-11-11",
    "de",
    [
        D("wonder-jet-grubhub", ["Wonder", "Just Eat Takeaway"], "acquisition", 650000000, "USD", "exact",
          "2024-11-11", "signed",
          "Für 650 Millionen Dollar geht Grubhub an das New Yorker Liefer- und Food-Hall-Unternehmen Wonder, umgerechnet rund 610 Millionen Euro.",
          alt=[(610000000, "EUR")],
          note="seller (Just Eat Takeaway.com) in the previous sentence, 'am Montagabend' in the next; the net cash of 'rund 50 Millionen Dollar' is part of this deal, not a deal of its own"),
        D("jet-grubhub-2021", ["Just Eat Takeaway", "Grubhub"], "acquisition", 7300000000, "USD", "exact",
          "2021", "completed",
          "Das ist ein Bruchteil dessen, was die Niederländer einst gezahlt hatten: Just Eat Takeaway hatte Grubhub 2021 für 7,3 Milliarden Dollar in Aktien übernommen.",
          required=False,
          note="background: the 2021 purchase of the unit now sold"),
    ],
    ["rund 50 Millionen Dollar", "mehr als 5 Milliarden Euro", "13,42 Euro", "bis zu 150 Millionen Euro", "von 14 auf 16 Euro",
     "12,50 Euro", "rund 8,9 Milliarden Dollar", "rund 450 Millionen Euro", "2,78 Mrd. EUR", "100 Euro Prämie", "1.000 Euro"],
)

ARTICLES["008_foodpanda_taiwan_tagesbilanz.txt"] = A(
    "2024-12-20",
    "from the issue line 'Freitag, 20. Dezember 2024 | Unternehmen | Seite 14'; the block 'am Mittwoch' -> 2024-12-18; agreement 'im Mai' -> 2024-05",
    "de",
    [
        D("uber-foodpanda-taiwan", ["Uber", "Delivery Hero"], "acquisition", 950000000, "USD", "exact",
          "2024-05", "cancelled",
          "Der Fahrdienstvermittler hatte sich im Mai mit dem Berliner Konzern auf einen Kaufpreis von 950 Millionen Dollar geeinigt, umgerechnet rund 910 Millionen Euro.",
          alt=[(910000000, "EUR")],
          note="blocked by Taiwan's Fair Trade Commission on 2024-12-18 (previous sentence names Uber and Delivery Hero); a cancelled deal keeps the agreement date"),
        D("delivery-hero-foodpanda-taiwan-plan", ["Delivery Hero"], "capex_plan", 150000000, "EUR", "approx",
          "2024-12", "planned",
          "Delivery Hero will Foodpanda in Taiwan nun aus eigener Kraft ausbauen und dafür in den kommenden zwei Jahren rund 150 Millionen Euro bereitstellen, kündigte der Konzern an.",
          note="two-year spending plan for one country unit; only the spender is a party"),
    ],
    ["31,05 Euro", "rund 700 Millionen Euro", "von 36 auf 34 Euro", "rund 400 Millionen Euro", "gut 10 Milliarden Dollar", "rund 48 Milliarden Euro", "2 Euro"],
)

ARTICLES["009_prosus_jet_depeschenwerk.txt"] = A(
    "2025-02-25",
    "from the stamp 'Dienstag, 25. Februar 2025, 07:45 Uhr'; 'am Montag' -> 2025-02-24",
    "de",
    [
        D("prosus-jet-takeover", ["Prosus", "Just Eat Takeaway"], "acquisition", 4100000000, "EUR", "exact",
          "2025-02-24", "announced",
          "Die Muttergesellschaft von Lieferando soll für 4,1 Milliarden Euro an die Amsterdamer gehen, wie beide Unternehmen am Montag mitteilten.",
          alt=[(4300000000, "USD")],
          note="agreed, board-recommended cash offer; buyer ('die Amsterdamer' = Prosus) and target named in the previous sentence; 010 tells it in USD with the month, 015 reports completion without amount"),
        D("prosus-jet-ifood-2022", ["Prosus", "Just Eat Takeaway"], "acquisition", 1800000000, "EUR", "up_to",
          "2022", "completed",
          "Erst 2022 hatte Prosus dem Konzern dessen Anteil an iFood für bis zu 1,8 Milliarden Euro abgekauft.",
          required=False,
          note="background deal between the same pair (the iFood stake), different from the 2025 takeover; 'dem Konzern' = Just Eat Takeaway"),
    ],
    ["20,30 Euro je Aktie", "rund 2,5 Milliarden Euro", "19,40 Euro", "rund 3,6 Milliarden Euro", "rund 15 Milliarden Dollar", "28,70 Euro", "4,99 Euro pro Monat"],
)

ARTICLES["010_basket_byte_weekly_en.txt"] = A(
    "2025-03-14",
    "from the issue line 'No. 61 · Friday 14 March 2025'; 'last month' -> 2025-02; 'on Wednesday' -> 2025-03-12; 'this week' -> 2025-03",
    "en",
    [
        D("prosus-jet-takeover", ["Prosus", "Just Eat Takeaway"], "acquisition", 4300000000, "USD", "exact",
          "2025-02", "announced",
          "Prosus's $4.3 billion agreed bid for Just Eat Takeaway, struck last month, now sits with Brussels.",
          note="the €4.1bn offer of 009 told in USD with only the month; the per-share offer '€20.30' is not a deal"),
        D("instacart-pantrypulse", ["Instacart", "Pantrypulse"], "cloud_contract", 48000000, "USD", "exact",
          "2025-03-12", "signed",
          "Instacart signed a four-year, $48 million contract on Wednesday with Pantrypulse, a Toronto start-up whose models predict what shoppers will run out of and when.",
          kind_alt=["other"],
          note="AI forecasting software contract; Pantrypulse's valuation is not a deal"),
        D("quaywell-larderly-seriesa", ["Quaywell Capital", "Larderly"], "investment", 30000000, "GBP", "at_least",
          "2025-03", "completed",
          "Manchester grocery app Larderly pulled in more than £30 million this week from a Series A round, with London's Quaywell Capital in the lead.",
          note="'more than' -> at_least"),
    ],
    ["€19.80", "€20.30", "about $210 million", "$3.4 billion", "$2.40 per thousand impressions", "about $80 billion", "€28.40", "€29.10", "€390", "$12 a month"],
)

ARTICLES["011_deliveroo_doordash_marktquartier.html"] = A(
    "2025-04-26",
    "from <meta name='date' content='2025-04-26T09:10:00+02:00'> and the visible stamp '26.04.2025, 09:10 Uhr'; the talks confirmed 'am Freitag' (2025-04-25) are dated to the year only",
    "de",
    [
        D("doordash-deliveroo", ["DoorDash", "Deliveroo"], "acquisition", 2900000000, "GBP", "approx",
          "2025", "negotiating",
          "Das Unternehmen bestätigte am Freitag, einen vorläufigen Vorschlag über 180 Pence je Aktie erhalten zu haben; insgesamt wäre Deliveroo damit rund 2,9 Milliarden Pfund wert, etwa 3,4 Milliarden Euro.",
          alt=[(3400000000, "EUR"), (3900000000, "USD")],
          note="'Das Unternehmen' = Deliveroo, DoorDash in the previous sentence; confirmed talks (2025-04-25) dated to the year so that the shared id agrees with the signing on 2025-05-06 (012); '180 Pence je Aktie' is the per-share price"),
        D("amazon-deliveroo-2019", ["Amazon", "Deliveroo"], "investment", 575000000, "USD", "exact",
          "2019", "completed",
          "Größter Einzelaktionär von Deliveroo ist der US-Onlinehändler, der 2019 eine Finanzierungsrunde über 575 Millionen Dollar angeführt hatte.",
          required=False,
          note="background; 'der US-Onlinehändler' = Amazon (previous sentence)"),
        D("doordash-wolt-2021", ["DoorDash", "Wolt"], "acquisition", 7000000000, "EUR", "approx",
          "2021", "completed",
          "Der Konzern aus San Francisco hatte 2021 bereits den finnischen Lieferdienst Wolt für rund sieben Milliarden Euro in Aktien gekauft.",
          required=False,
          note="background, amount in words; 'Der Konzern aus San Francisco' = DoorDash"),
    ],
    ["180 Pence je Aktie", "172 Pence", "390 Pence", "7,6 Milliarden Pfund", "rund 85 Milliarden Dollar", "rund 2,1 Milliarden Pfund"],
)

ARTICLES["012_doordash_deliveroo_fairlead_en.txt"] = A(
    "2025-05-07",
    "from the stamp 'May 7, 2025 06:30 GMT' and the dateline 'LONDON, May 6'; 'on Tuesday' -> 2025-05-06; 'Hours earlier' -> the same day",
    "en",
    [
        D("doordash-deliveroo", ["DoorDash", "Deliveroo"], "acquisition", 2900000000, "GBP", "approx",
          "2025-05-06", "signed",
          "DoorDash agreed on Tuesday to buy Deliveroo for about £2.9 billion ($3.9 billion), ending two weeks of talks and handing the U.S. company a strong position in Britain, France, Italy and the Gulf.",
          alt=[(3900000000, "USD")],
          note="signing of the talks reported in 011; 015 reports completion without amount"),
        D("doordash-sevenrooms", ["DoorDash", "SevenRooms"], "acquisition", 1200000000, "USD", "exact",
          "2025-05-06", "signed",
          "Hours earlier, the San Francisco company had announced a separate $1.2 billion deal for SevenRooms, a New York maker of reservation and guest-data software for restaurants.",
          note="'the San Francisco company' = DoorDash; 'Hours earlier' than Tuesday's Deliveroo agreement"),
    ],
    ["180 pence per share", "171.4 pence", "about $2.5 billion of new debt", "roughly $90 billion", "390 pence", "about £2.1 billion", "$3.03 billion", "$196.90"],
)

ARTICLES["013_uber_trendyol_aktienpfad.txt"] = A(
    "2025-05-07",
    "from the stock-portal stamp '07.05.2025 | 14:05'; 'am Dienstag' -> 2025-05-06; Foodpanda agreement 'im Mai 2024'",
    "de",
    [
        D("uber-trendyol-go", ["Uber", "Trendyol"], "acquisition", 700000000, "USD", "exact",
          "2025-05-06", "signed",
          "Für 700 Millionen Dollar in bar übernimmt das Unternehmen den Essens- und Lebensmittellieferdienst Trendyol Go von der E-Commerce-Plattform Trendyol, wie Uber am Dienstag mitteilte.",
          alt=[(620000000, "EUR")],
          note="'das Unternehmen' = Uber; EUR in the next sentence; the compound '700-Millionen-Dollar-Deal' restates it"),
        D("uber-foodpanda-taiwan", ["Uber", "Delivery Hero"], "acquisition", 950000000, "USD", "exact",
          "2024-05", "cancelled",
          "Die 950 Millionen Dollar schwere Übernahme von Foodpanda Taiwan, im Mai 2024 mit Delivery Hero vereinbart, hatten die taiwanischen Wettbewerbshüter im Dezember untersagt.",
          note="blocked in December 2024, withdrawn 'Drei Monate später' (March 2025); Uber is named in the previous sentence"),
    ],
    ["knapp einer Milliarde Dollar", "42,8 Milliarden Dollar", "11,5 Milliarden Dollar", "11,6 Milliarden", "zwischen 45,75 und 47,25 Milliarden Dollar",
     "71,84 Euro", "95 Dollar", "82,10 EUR", "ca. 151 Mrd. EUR"],
)

ARTICLES["014_grab_goto_tanjong_en.txt"] = A(
    "2025-06-12",
    "from the header 'Thursday, June 12, 2025 | Updated 10:05 pm'; 'On Wednesday' -> 2025-06-11",
    "en",
    [
        D("grab-goto-merger", ["Grab", "GoTo"], "acquisition", 6000000000, "USD", "range",
          "2025-06", "rumored",
          "Grab Holdings has reopened merger talks with Indonesia's GoTo, and the tie-up under discussion would price the Jakarta company at between US$6 billion and US$7 billion, three people briefed on the negotiations told The Tanjong Business Times.",
          amount_max=7000000000, kind_alt=["joint_venture"],
          note="talks known only from sources, GoTo says no agreement; range 'between … and'; GoTo's market value US$5.2bn is not a deal"),
        D("grab-kallang-robotics", ["Grab", "Kallang Robotics"], "supply", 2500000, "SGD", "exact",
          "2025-06-11", "signed",
          "On Wednesday Grab signed a three-year contract under which Kallang Robotics will run automated picking at six GrabMart dark stores, for S$2.5 million a quarter.",
          per="quarter", kind_alt=["other"], term=["2025-07", "2028"],
          note="quarterly rate; service starts in July"),
    ],
    ["about US$5.2 billion", "S$4 million", "about S$120 million", "about S$38", "US$773 million", "US$4.85", "US$6.20", "S$2.98 million"],
)

ARTICLES["015_calloway_mead_sector_note_en.txt"] = A(
    "2025-10-08",
    "from the header '8 October 2025 (prices as of 7 October close)'; 'last month' -> 2025-09",
    "en",
    [
        D("prosus-jet-takeover", ["Prosus", "Just Eat Takeaway"], "acquisition", None, None, None,
          "2025-02", "completed",
          "Prosus, which agreed to buy Just Eat Takeaway in February, completed the takeover at the start of this month, after Brussels accepted its pledge to cut its holding in Delivery Hero to below 10% within a year.",
          note="completion without amount; date = the agreement month given in the sentence"),
        D("doordash-deliveroo", ["DoorDash", "Deliveroo"], "acquisition", None, None, None,
          "2025-05", "completed",
          "DoorDash, which agreed terms for Deliveroo in May, closed that deal last week.",
          note="completion without amount; date = the agreement month"),
        D("hurtigo-tellerwerk", ["Hurtigo", "Tellerwerk"], "acquisition", 9000000, "EUR", "approx",
          "2025-09", "signed",
          "In Germany, Berlin's Hurtigo agreed last month to buy Munich ghost-kitchen operator Tellerwerk for just under nine million euros, folding 14 kitchens into its dark-store network.",
          note="amount in words, 'just under' -> approx"),
    ],
    ["about €63 billion", "€329 million", "target to €26 from €30", "$290", "$200 million to $250 million", "$251.30", "€23.15", "€62", "€55.84", "$118", "$97.60"],
)

ARTICLES["016_hurtigo_interview_kaltlager.txt"] = A(
    None,
    "interview without any date (only 'Lesedauer: 8 Minuten'); the refused offer carries the year the text gives ('im Frühjahr 2025')",
    "de",
    [
        D("hurtigo-quaywell-seriesb", ["Quaywell Capital", "Hurtigo"], "investment", 60000000, "EUR", "exact",
          None, "completed",
          "Am Ende hat Quaywell die Runde über 60 Millionen Euro angeführt, und die bestehenden Gesellschafter haben mitgezogen.",
          note="the Series B of 001/002, restated by the founder ('Ihre Serie B')"),
        D("rheinkiste-hurtigo-offer", ["Rheinkiste", "Hurtigo"], "acquisition", 180000000, "EUR", "approx",
          "2025", "cancelled",
          "Rheinkiste wollte uns im Frühjahr 2025 komplett kaufen und bot dafür rund 180 Millionen Euro.",
          note="refused takeover offer ('Wir haben Nein gesagt'); 'uns' = Hurtigo"),
        D("hurtigo-darkstores-next30", ["Hurtigo"], "capex_plan", 20000000, "EUR", "range",
          None, "planned",
          "Für die nächsten 30 Lager rechnen wir mit Investitionen zwischen 20 und 25 Millionen Euro.",
          amount_max=25000000,
          note="range; different from the 2024 plan of 001 (€15m for 25 stores); undated"),
    ],
    ["rund 700.000 Euro", "15 Euro pro Quadratmeter", "14 Euro die Stunde", "31 Euro", "92 Millionen Euro", "12,80 Euro", "69 Euro"],
)

ARTICLES["017_kroger_ocado_queencity_en.html"] = A(
    "2025-12-10",
    "from <meta parsely-pub-date='2025-12-10T07:00:00-05:00'> and the byline 'Dec. 10, 2025'; 'Tuesday' -> 2025-12-09; 'in October' -> 2025-10; 'last month' -> 2025-11",
    "en",
    [
        D("kroger-ocado-compensation", ["Kroger", "Ocado"], "other", 350000000, "USD", "approx",
          "2025-12-09", "signed",
          "Kroger will pay Ocado Group about $350 million to compensate the British technology company for closing three of the automated fulfillment centers it built for the grocer, the companies said Tuesday.",
          note="compensation payment under the 2018 exclusivity agreement"),
        D("kroger-ocado-partnership-2018", ["Kroger", "Ocado"], "partnership", None, None, None,
          "2018", "signed",
          "The payment settles an exclusivity agreement that dates back to 2018 and that obliged Kroger to open a minimum number of the robot-run warehouses over the life of the partnership.",
          required=False,
          note="amount-less background: the 2018 exclusivity agreement the compensation settles; different from the 2025 compensation"),
        D("kroger-doordash-marketplace", ["Kroger", "DoorDash"], "partnership", None, None, None,
          "2025-10", "signed",
          "Kroger, which has been shifting more of its e-commerce to store-based picking and third-party partners, began selling through DoorDash's marketplace in October; the companies did not disclose terms.",
          required=False,
          note="amount-less background partnership"),
        D("lakeshore-ocado-site", ["Lakeshore Fresh", "Ocado"], "other", 40000000, "USD", "approx",
          "2025-11", "signed",
          "The company also said it has signed a new partner, Toronto-based grocer Lakeshore Fresh, which will pay it roughly $40 million in fees over five years for a single automated site outside Mississauga, agreed last month.",
          kind_alt=["cloud_contract", "supply"],
          note="'The company' and 'it' = Ocado; '$' read as USD in a U.S. paper; technology fees for one site over five years"),
    ],
    ["about $55 million", "roughly $1.1 million", "186 pence", "about £400 million a year", "$3.8 billion to $4 billion", "$67.12", "$2.15 per watt", "$65"],
)

ARTICLES["018_tapewick_european_close_en.txt"] = A(
    "2026-02-19",
    "from the header 'Thursday 19 February 2026 · Market close'; 'on Wednesday' -> 2026-02-18; the Baemin sale report carries only the year",
    "en",
    [
        D("delivery-hero-seoriwon-baemin", ["Delivery Hero", "Seoriwon Partners"], "acquisition", 8000000000000, "KRW", "up_to",
          "2026", "rumored",
          "Delivery Hero shares jumped 14% after a report that the Berlin group is close to selling Woowa Brothers, the owner of South Korea's Baemin app, to Seoul private-equity firm Seoriwon Partners for up to 8 trillion won ($5.5 billion).",
          alt=[(5500000000, "USD"), (4900000000, "EUR")],
          note="reported by a Korean daily citing two people; signed at KRW 7.9tn (€4.9bn) on 2026-05-12 (019); the year keeps the shared id's dates consistent"),
        D("talabat-souqly", ["Talabat", "Souqly"], "acquisition", 370000000, "AED", "exact",
          "2026-02-18", "signed",
          "Talabat, Delivery Hero's Dubai-listed unit, said on Wednesday it will buy grocery app Souqly for AED 370 million ($101 million), adding about 40 dark stores in the United Arab Emirates and Qatar.",
          alt=[(101000000, "USD")]),
        D("prosus-delivery-hero-placement", ["Prosus"], "other", 1100000000, "EUR", "exact",
          "2026-02", "completed",
          "Separately, Prosus raised €1.1 billion by selling Delivery Hero shares to institutional investors overnight, part of the sell-down demanded by EU competition regulators.",
          required=False, kind_alt=["investment"],
          note="share placement to unnamed investors, no single counterparty; the placing price '€24.10' is a per-share price"),
    ],
    ["about 4.3 trillion won", "$9 billion", "about AED 40 billion", "€24.10", "210 pence", "€27.64", "€57.02", "198.4p", "€26.85", "$238.40", "AED 1.72", "$71.35 a barrel", "£39 a month"],
)

ARTICLES["019_handel_liveticker_bonrolle.txt"] = A(
    "2026-05-13",
    "from the ticker title 'Live: Handel, Lieferdienste und Lebensmittel am Mittwoch, 13. Mai 2026'; 'heute früh' -> 2026-05-13; 'am Dienstagabend' -> 2026-05-12; 'vor zwei Jahren' -> 2024",
    "de",
    [
        D("rewe-flink-supply-2026", ["Rewe", "Flink"], "supply", 420000000, "EUR", "approx",
          "2026-05-13", "signed",
          "Rewe beliefert den Schnelllieferdienst Flink künftig exklusiv mit Trockensortiment, Frische und Getränken; der Vertrag bis Ende 2028 ist jährlich rund 420 Millionen Euro wert, teilten beide Unternehmen heute früh mit.",
          per="year", term=["2026-05", "2028-12"],
          note="yearly rate; different from Rewe's 2024 round in Flink (same entry) and from the denied takeover rumour"),
        D("rewe-flink-round-2024", ["Rewe", "Flink"], "investment", 140000000, "EUR", "approx",
          "2024", "completed",
          "Rewe ist seit der Finanzierungsrunde vor zwei Jahren, die der Kölner Konzern mit rund 140 Millionen Euro anführte, größter Einzelaktionär von Flink.",
          note="the 2024 round of 002/004 restated; 'der Kölner Konzern' = Rewe"),
        D("rewe-flink-takeover-rumour", ["Rewe", "Flink"], "acquisition", 1000000000, "EUR", "approx",
          "2026", "rumored",
          "Spekulationen, Rewe wolle Flink für rund eine Milliarde Euro komplett übernehmen, wies ein Rewe-Sprecher am Vormittag zurück.",
          required=False,
          note="denied rumour, amount in words"),
        D("quaywell-hurtigo-seriesc", ["Quaywell Capital", "Hurtigo"], "investment", 110000000, "EUR", "exact",
          "2026-05", "completed",
          "Der Berliner Lieferdienst Hurtigo hat in einer Serie-C-Runde 110 Millionen Euro eingesammelt.",
          note="lead investor in the next sentence ('Die Runde führt Quaywell Capital an'); second Quaywell–Hurtigo deal after the 2024 Series B; no closing day -> month; the valuation 'rund 520 Millionen Euro' is not a deal"),
        D("delivery-hero-seoriwon-baemin", ["Delivery Hero", "Seoriwon Partners"], "acquisition", 7900000000000, "KRW", "exact",
          "2026-05-12", "signed",
          "Jetzt ist es offiziell: Delivery Hero verkauft Woowa Brothers, Betreiber der koreanischen App Baemin, für 7,9 Billionen Won an Seoriwon Partners, umgerechnet rund 4,9 Milliarden Euro.",
          alt=[(4900000000, "EUR")],
          note="signing of the deal rumoured in 018 ('up to 8 trillion won'); 'am Dienstagabend' in the next sentence"),
    ],
    ["25 Millionen Euro", "29,31 Euro", "500 Euro", "rund 520 Millionen Euro", "knapp 900 Millionen Euro", "1,1420 Dollar", "58,44 Euro", "27,12 Euro", "8,96 Euro"],
)

ARTICLES["020_parcelwing_kirkstall_courier_en.txt"] = A(
    "2026-11-06",
    "from the header 'Business | Friday 6 November 2026 | Edition 2,318'; 'On Wednesday' -> 2026-11-04; 'a month after' -> 2026-10",
    "en",
    [
        D("parcelwing-larderly-robots-2026", ["Larderly", "Parcelwing"], "supply", 19000000, "GBP", "exact",
          "2026-11-04", "signed",
          "On Wednesday Larderly placed a £19 million order for 650 more robots with the Kirkstall Road firm, to be delivered over 18 months from next spring.",
          note="'the Kirkstall Road firm' = Parcelwing (previous sentence); second Larderly order, different from the £11m order of 2024 (002)"),
        D("holbeck-parcelwing-round", ["Holbeck Growth Fund", "Parcelwing"], "investment", 40000000, "GBP", "exact",
          "2026-10", "completed",
          "The order comes a month after Parcelwing closed a £40 million funding round led by the Holbeck Growth Fund, a Leeds-based investor backed by several northern pension schemes.",
          note="'a month after' the order of 2026-11-04 -> 2026-10"),
        D("deliveroo-parcelwing-pilot", ["Deliveroo", "Parcelwing"], "partnership", None, None, None,
          None, "signed",
          "Deliveroo is also trialling six of the robots in Hyde Park, though neither side would put a figure on the pilot.",
          required=False,
          note="amount-less pilot, no date"),
    ],
    ["around £42,000", "about £8.6 million", "£3.1 million", "about £29,000", "£1.2 million grant", "£29k", "£4,995"],
)

ALIASES = {
    "Hurtigo": ["Hurtigo"],
    "Quaywell Capital": ["Quaywell Capital", "Quaywell"],
    "Lagerzeile Immobilien": ["Lagerzeile Immobilien", "Lagerzeile Immobilien GmbH", "Lagerzeile"],
    "Rewe": ["Rewe", "REWE", "Rewe Group", "Rewe-Gruppe"],
    "Flink": ["Flink", "Flink SE"],
    "Larderly": ["Larderly"],
    "Parcelwing": ["Parcelwing", "Parcelwing Ltd"],
    "Uber": ["Uber", "Uber Technologies", "Uber Technologies Inc.", "Uber Eats"],
    "Delivery Hero": ["Delivery Hero", "Delivery Hero SE", "Delivery Heros"],
    "Alsterwerk Ventures": ["Alsterwerk Ventures", "Alsterwerk"],
    "Routenfuchs": ["Routenfuchs", "Routenfuchs GmbH"],
    "Speichenwerk Leasing": ["Speichenwerk Leasing", "Speichenwerk"],
    "Banyan Crest Capital": ["Banyan Crest Capital", "Banyan Crest"],
    "Zepto": ["Zepto"],
    "Zomato": ["Zomato", "Eternal"],
    "Paytm": ["Paytm", "One 97 Communications"],
    "Just Eat Takeaway": ["Just Eat Takeaway", "Just Eat Takeaway.com", "JET", "Lieferando"],
    "Google": ["Google", "Google Cloud"],
    "Wonder": ["Wonder", "Wonder Group"],
    "Grubhub": ["Grubhub"],
    "Prosus": ["Prosus", "Prosus N.V."],
    "Instacart": ["Instacart", "Maplebear"],
    "Pantrypulse": ["Pantrypulse"],
    "DoorDash": ["DoorDash", "DoorDash Inc."],
    "Deliveroo": ["Deliveroo", "Deliveroo plc"],
    "Amazon": ["Amazon", "Amazon.com"],
    "Wolt": ["Wolt"],
    "SevenRooms": ["SevenRooms"],
    "Trendyol": ["Trendyol"],
    "Grab": ["Grab", "Grab Holdings"],
    "GoTo": ["GoTo", "GoTo Group", "GoTo Gojek Tokopedia"],
    "Kallang Robotics": ["Kallang Robotics", "Kallang"],
    "Tellerwerk": ["Tellerwerk"],
    "Rheinkiste": ["Rheinkiste"],
    "Kroger": ["Kroger", "The Kroger Co."],
    "Ocado": ["Ocado", "Ocado Group"],
    "Lakeshore Fresh": ["Lakeshore Fresh"],
    "Seoriwon Partners": ["Seoriwon Partners", "Seoriwon"],
    "Talabat": ["Talabat"],
    "Souqly": ["Souqly"],
    "Holbeck Growth Fund": ["Holbeck Growth Fund", "Holbeck"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
