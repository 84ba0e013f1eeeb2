#!/usr/bin/env python3
"""Write gold.json for corpus192 (the hand annotation, kept as a script).

Edit the annotation here, then run: python3 tests/corpus192/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 192nd, held-out test corpus (tests/corpus192/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: paints, coatings and adhesives in the AI-infrastructure build-out "
    "(thermal interface materials, chip-packaging adhesives, fire-protection and cooling coatings for data "
    "centres, and the coatings industry's own takeovers). One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague or background mentions that "
    "an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: "
    "reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a "
    "rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) states it in "
    "another currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, "
    "YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date marker, dateline, <meta>/<time>, issue line or byline, or null when the article has "
    "none); a cancelled deal keeps the date of the original offer or talks; 'term' is the period the deal "
    "covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement "
    "call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Canonical names carry no legal form. Invented companies: Kaltfuge, "
    "Grauwerk Capital, Corvanta Materials, Quabbin Ridge Ventures, Rauhfelder Lackwerke, Stadt Oberhainach, "
    "Kestrich Rechenzentren, Moorvane Flooring, Lyngvik Datasenter, Hoshizora Kasei, Bankhaus Lindtaler, "
    "Ashcombe Sealants, Hanbit Coolworks, Isarbrück Beteiligungen, Pellworm Partners, Tørring Thermal, "
    "Stadt Liebenhain, Stadtwerke Liebenhain, Tamsin Bay Data, Rathgar Capital, Gravelbeck Partners; invented "
    "publications, "
    "research houses, advertisers and people are listed in invented_names.txt; the deals of real companies "
    "are loosely based on public reports or invented, with amounts, dates and details shifted. Nothing here "
    "is reporting."
)


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, per=None, alt=None, kind_alt=None, term=None, note=None):
    d = {
        "id": id,
        "parties": parties,
        "kind": kind,
        "amount": amount,
        "amount_max": amount_max,
        "currency": currency,
        "qualifier": qualifier,
        "date": date,
        "status": status,
        "required": required,
    }
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if term:
        d["term"] = term
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def none_amount(id, parties, kind, date, status, evidence, required=False, kind_alt=None, note=None):
    return deal(id, parties, kind, None, None, None, date, status, evidence, required=required,
                kind_alt=kind_alt, note=note)


ARTICLES = {}

# 001 ------------------------------------------------------------------------------------------
ARTICLES["001_kaltfuge_henkel_waermeleitbrief.txt"] = {
    "published": "2024-03-12",
    "published_note": "dateline 'Liebenhain, 12. März (wlb)' has no year; the year comes from the copyright line "
                      "'© 2024 Wärmeleitbrief'; 'am Montag' -> 2024-03-11",
    "language": "de",
    "deals": [
        deal("henkel-kaltfuge-supply-2024", ["Henkel", "Kaltfuge"], "supply", 13_000_000, "EUR", "approx",
             "2024-03-11", "signed",
             "Henkel werde jährlich rund 13 Millionen Euro für die Pads bezahlen, sofern die vereinbarten Mindestmengen abgerufen würden.",
             per="year", term=["2024-03", "2027-12"],
             note="yearly rate; signed 'am Montag' (first paragraph), runs to the end of 2027; first of two "
                  "Henkel–Kaltfuge deals (the 2025 takeover is henkel-kaltfuge-acquisition)"),
        deal("grauwerk-kaltfuge-round-2024", ["Grauwerk Capital", "Kaltfuge"], "investment", 22_000_000, "EUR",
             "exact", "2024-01", "completed",
             "Erst im Januar hatte der Münchner Wachstumsfonds Grauwerk Capital eine Finanzierungsrunde über 22 Millionen Euro angeführt; beteiligt waren außerdem zwei Family Offices aus dem Raum Chemnitz.",
             note="lead investor of the round; the target Kaltfuge is named in the previous paragraph; "
                  "valuation 'rund 110 Millionen Euro' is not a deal"),
        deal("kaltfuge-second-line", ["Kaltfuge"], "capex_plan", 30_000_000, "EUR", "approx", "2024-03",
             "planned",
             "Rund 30 Millionen Euro will Kaltfuge bis Ende 2026 in eine neue Halle am Liebenhainer Gewerbering stecken, die Kapazität soll sich damit auf 4.000 Tonnen im Jahr verdoppeln.",
             note="company plan; date = month of the article"),
    ],
    "not_deals": ["zwischen 70 und 95 Euro", "rund 110 Millionen Euro", "18,4 Millionen Euro",
                  "4,1 Milliarden Dollar", "2.350 Euro", "79 Euro", "348 Euro"],
}

# 002 ------------------------------------------------------------------------------------------
ARTICLES["002_corvanta_tsmc_corbelnewswire_en.txt"] = {
    "published": "2024-05-21",
    "published_note": "from the stamp 'May 21, 2024 06:40 ET'; dateline 'TAIPEI, May 20'; 'said on Monday' -> 2024-05-20",
    "language": "en",
    "deals": [
        deal("corvanta-tsmc-underfill", ["Corvanta Materials", "TSMC"], "supply", 3_200_000_000, "TWD", "approx",
             "2024-05-20", "signed",
             "TSMC will pay about NT$3.2 billion, or roughly $99 million, spread over three years, two insiders familiar with the paperwork said.",
             alt=[(99_000_000, "USD")],
             note="value only from two insiders; the signing ('said on Monday') is in the first paragraph"),
        deal("quabbin-corvanta-seriesc", ["Quabbin Ridge Ventures", "Corvanta Materials"], "investment",
             85_000_000, "USD", "exact", "2024-03", "completed",
             "Founded in 2017 by two former materials engineers from the Phoenix area, Corvanta closed an $85 million Series C in March, with Boston growth investor Quabbin Ridge Ventures taking the lead.",
             note="lead investor; valuation 'roughly $640 million' is not a deal"),
        deal("tsmc-capex-2024", ["TSMC"], "capex_plan", 28_000_000_000, "USD", "range", "2024", "planned",
             "TSMC has said it plans capital expenditure of $28 billion to $32 billion this year, a large share of it for advanced packaging.",
             required=False, amount_max=32_000_000_000,
             note="group-wide capital spending plan (background), optional"),
    ],
    "not_deals": ["$120 million", "$47 million", "$640 million", "$26 billion", "3,418 yen"],
}

# 003 ------------------------------------------------------------------------------------------
ARTICLES["003_rauhfelder_oberhainach_kreisbote.txt"] = {
    "published": "2024-10-09",
    "published_note": "from the date line 'OBERHAINACH · Mittwoch, 9. Oktober 2024'; 'am Montagabend'/'am Montag' -> 2024-10-07",
    "language": "de",
    "deals": [
        deal("oberhainach-rauhfelder-land", ["Stadt Oberhainach", "Rauhfelder Lackwerke"], "acquisition",
             4_200_000, "EUR", "exact", "2024-10-07", "announced",
             "4,2 Millionen Euro zahlt der Familienbetrieb der Stadt für das Gelände, auf dem früher ein Betonwerk stand.",
             kind_alt=["other"],
             note="municipal land sale approved by the council 'am Montagabend' (previous sentence); "
                  "'der Familienbetrieb' = Rauhfelder Lackwerke; notarisation still pending -> announced; "
                  "'52 Euro pro Quadratmeter' is the unit price, not a second deal"),
        deal("rauhfelder-lindenweg-plant", ["Rauhfelder Lackwerke"], "capex_plan", 48_000_000, "EUR", "approx",
             "2024-10", "planned",
             "Rund 48 Millionen Euro will das Unternehmen in das Werk am Lindenweg investieren, die Produktion soll Anfang 2026 anlaufen.",
             note="'das Unternehmen' = Rauhfelder Lackwerke"),
        deal("rauhfelder-kestrich-hall1", ["Rauhfelder Lackwerke", "Kestrich Rechenzentren"], "supply",
             6_000_000, "EUR", "approx", "2024-09", "signed",
             "Der Frankfurter Rechenzentrumsbetreiber Kestrich Rechenzentren hat im September Brandschutzbeschichtungen für seine neue Halle in Hanau-Wolfgang bestellt, Auftragswert rund sechs Millionen Euro.",
             note="amount in words; the supplier Rauhfelder is named in the previous sentence; first of two "
                  "Rauhfelder–Kestrich orders (the second hall is rauhfelder-kestrich-hall2, 011)"),
        deal("oberhainach-rauhfelder-lease", ["Stadt Oberhainach", "Rauhfelder Lackwerke"], "other", 18_000,
             "EUR", "exact", "2024-10-07", "announced",
             "Die Miete beträgt monatlich 18.000 Euro; befristet ist das Mietverhältnis vorerst bis Ende 2026 – auch diesem Teil hat der Rat am Montag zugestimmt.",
             per="month", term=[None, "2026-12"],
             note="monthly rent for the town warehouse (previous sentence); approved by the council with the "
                  "land sale but a different deal between the same parties"),
    ],
    "not_deals": ["5,5 Millionen Euro", "rund 700.000 Euro im Jahr", "1,9 Millionen Euro",
                  "52 Euro pro Quadratmeter", "19.900 Euro"],
}

# 004 ------------------------------------------------------------------------------------------
ARTICLES["004_ppg_vantage_firelinereview_en.html"] = {
    "published": "2024-11-14",
    "published_note": "from <meta property=article:published_time> and <time datetime='2024-11-14T07:30:00+00:00'> "
                      "in the byline '14 Nov 2024, 07:30'; 'on Tuesday' -> 2024-11-12; 'Last month' -> 2024-10",
    "language": "en",
    "deals": [
        deal("ppg-vantage-fireproofing-2024", ["PPG", "Vantage Data Centers"], "supply", 75_000_000, "USD",
             "approx", "2024-11-12", "signed",
             "Vantage will pay PPG about $75 million over the term, according to a filing by the Pittsburgh-based group.",
             alt=[(70_000_000, "EUR")],
             note="five-year framework confirmed 'on Tuesday' (previous paragraph); 006 restates it as 'rund "
                  "70 Millionen Euro' (alt_amounts); first of two PPG–Vantage deals (the 2026 EMEA framework "
                  "is ppg-vantage-emea-2026)"),
        deal("ppg-aip-architectural", ["PPG", "American Industrial Partners"], "acquisition", 550_000_000, "USD",
             "exact", "2024-10", "signed",
             "Last month the company agreed to sell its US and Canadian architectural paints business, including its company-owned paint stores, to American Industrial Partners for $550 million.",
             note="'the company' = PPG; closing expected before the end of the year"),
    ],
    "not_deals": ["$18 billion", "$4.80 per square foot", "$123.40", "$150 price target", "$4.6 billion",
                  "$1.3 billion", "$540 million", "$495"],
}

# 005 ------------------------------------------------------------------------------------------
ARTICLES["005_sika_moorvane_wharfedaleledger_en.txt"] = {
    "published": "2025-02-20",
    "published_note": "from the date line 'Thursday, 20 February 2025'; 'on Tuesday' -> 2025-02-18; 'last autumn' -> 2024",
    "language": "en",
    "deals": [
        deal("sika-moorvane-acquisition", ["Sika", "Moorvane Flooring"], "acquisition", 180_000_000, "GBP",
             "exact", "2025-02-18", "signed",
             "Sika is paying £180 million, about 205 million Swiss francs, in cash for the whole of the business.",
             alt=[(205_000_000, "CHF")],
             note="target named in the previous sentence ('Moorvane Flooring ... has agreed to be bought by "
                  "Sika'); sellers are the family and Gravelbeck Partners; signed 'on Tuesday'"),
        deal("moorvane-microsoft-eggborough", ["Moorvane Flooring", "Microsoft"], "supply", 9_000_000, "GBP",
             "approx", "2024", "signed",
             "That contract is worth around £9 million, according to figures in Moorvane's annual report.",
             note="'That contract' = the flooring and fire-stopping package for Microsoft's Eggborough data "
                  "centre won 'last autumn' (previous sentence)"),
        none_amount("gravelbeck-moorvane-2019", ["Gravelbeck Partners", "Moorvane Flooring"], "investment", "2019",
                    "completed",
                    "The sellers are the founding Pickersgill family and Gravelbeck Partners, a Leeds private equity firm which bought into the company six years ago.",
                    kind_alt=["acquisition"],
                    note="amount-less background: the private equity firm's entry 'six years ago' -> 2019; optional"),
    ],
    "not_deals": ["£64 million", "£1,500", "more than 11 billion francs", "£2.3 million", "£289,950", "£2"],
}

# 006 ------------------------------------------------------------------------------------------
ARTICLES["006_brandschutz_kommentar_lackmarkt.txt"] = {
    "published": "2025-03-11",
    "published_note": "from the line 'Gastkommentar | Dienstag, 11. März 2025'; 'im November' -> 2024-11; 'Vergangene Woche' -> 2025-03",
    "language": "de",
    "deals": [
        deal("ppg-vantage-fireproofing-2024", ["PPG", "Vantage Data Centers"], "supply", 70_000_000, "EUR",
             "approx", "2024-11", "signed",
             "Der US-Konzern schloss mit dem Rechenzentrumsentwickler Vantage Data Centers einen Rahmenvertrag über fünf Jahre; umgerechnet geht es um rund 70 Millionen Euro.",
             note="same deal as 004 in EUR with month only; 'Der US-Konzern' = PPG (previous sentence)"),
        deal("jotun-lyngvik-coatings", ["Jotun", "Lyngvik Datasenter"], "supply", 85_000_000, "NOK", "approx",
             "2025-03", "signed",
             "Die Norweger liefern Brandschutz- und Korrosionsschutzbeschichtungen für den Campus bei Ålesund, Volumen rund 85 Millionen Kronen (etwa 7,3 Millionen Euro).",
             alt=[(7_300_000, "EUR")],
             note="'Die Norweger' = Jotun; order won 'Vergangene Woche' (previous sentence)"),
        deal("akzonobel-protective-capex", ["AkzoNobel"], "capex_plan", 200_000_000, "EUR", "approx", None,
             "planned",
             "Die Niederländer haben angekündigt, bis 2027 insgesamt rund 200 Millionen Euro in ihre Schutz- und Pulverlacksparte zu stecken, ein guter Teil davon für Kunden aus der Rechenzentrumsbranche.",
             required=False,
             note="'Die Niederländer' = AkzoNobel; division-wide spending intention without a project "
                  "('eher eine Absichtserklärung'), optional; announcement date not given"),
    ],
    "not_deals": ["fast 17 Milliarden Euro", "rund 2,3 Milliarden Euro", "zwischen 38 und 55 Euro",
                  "135 Dollar", "72 Euro", "9,90 Euro"],
}

# 007 ------------------------------------------------------------------------------------------
ARTICLES["007_henkel_kaltfuge_chartkante.txt"] = {
    "published": "2025-04-15",
    "published_note": "from the stock-portal stamp '15.04.2025 – 07:52:10'",
    "language": "de",
    "deals": [
        deal("henkel-kaltfuge-acquisition", ["Henkel", "Kaltfuge"], "acquisition", 500_000_000, "EUR", "range",
             "2025", "rumored",
             "Im Gespräch sei ein Preis von 500 bis 600 Millionen Euro, Schulden eingerechnet.",
             amount_max=600_000_000, alt=[(540_000_000, "EUR"), (610_000_000, "USD")],
             note="rumour from 'zwei mit dem Vorgang vertraute Personen'; parties in the previous sentence; "
                  "signed on 2025-06-17 for €540m (008) = about $610m (009), hence alt_amounts; only the "
                  "year so that the shared id's dates agree with the signing"),
        deal("dow-kaltfuge-denied", ["Dow", "Kaltfuge"], "acquisition", 450_000_000, "EUR", "exact", "2025-04",
             "rumored",
             "Ein Dow-Sprecher wies einen Bericht, wonach die Amerikaner ein Gebot über 450 Millionen Euro erwogen hätten, allerdings als „frei erfunden\" zurück.",
             required=False,
             note="denied rumour, optional; 'das Unternehmen' in the previous sentence = Kaltfuge"),
        none_amount("henkel-kaltfuge-supply-2024", ["Henkel", "Kaltfuge"], "supply", None, "signed",
                    "Seit gut einem Jahr vertreibt der Konzern die sächsischen Pads bereits unter eigener Marke an Serverbauer.",
                    note="amount-less background mention of the 2024 supply contract (001)"),
    ],
    "not_deals": ["rund 31 Millionen Euro", "69,86 Euro", "86 Euro", "21,6 Milliarden Euro",
                  "bis zu 1 Milliarde Euro", "68,62 €", "62,10 €", "124,35 €", "2,06 Euro", "0,99 Euro"],
}

# 008 ------------------------------------------------------------------------------------------
ARTICLES["008_henkel_kaltfuge_werkblatt.txt"] = {
    "published": "2025-06-18",
    "published_note": "from the issue line 'Mittwoch, 18. Juni 2025 · Unternehmen & Märkte · Seite 17'; 'am Dienstag' -> 2025-06-17",
    "language": "de",
    "deals": [
        deal("henkel-kaltfuge-acquisition", ["Henkel", "Kaltfuge"], "acquisition", 540_000_000, "EUR", "exact",
             "2025-06-17", "signed",
             "Der Konzern zahlt nach eigenen Angaben 540 Millionen Euro einschließlich der übernommenen Finanzschulden.",
             note="signing of the rumour in 007; 'Der Konzern' = Henkel; the headline repeats it as "
                  "'540-Millionen-Euro-Übernahme'; closing expected in the third quarter"),
        none_amount("henkel-kaltfuge-supply-2024", ["Henkel", "Kaltfuge"], "supply", "2024-03", "signed",
                    "Bereits seit März 2024 bezieht der Konzern die Pads aus Liebenhain und verkauft sie unter eigenem Namen an Server- und Kühlsystemhersteller weiter.",
                    note="amount-less restatement of the 2024 supply contract; must stay apart from the takeover"),
        deal("henkel-electronics-capex-2028", ["Henkel"], "capex_plan", 1_200_000_000, "EUR", "approx",
             "2025-06", "planned",
             "Insgesamt will Henkel bis einschließlich 2028 rund 1,2 Milliarden Euro in neue Werke und Labore für Elektronikmaterialien investieren, heißt es im Konzern.",
             required=False, note="group-wide capital spending plan, optional"),
    ],
    "not_deals": ["rund 31 Millionen Euro", "gut 6 Millionen Euro", "10,8 Milliarden Euro", "71,46 Euro",
                  "3,20 Euro", "24,90 Euro"],
}

# 009 ------------------------------------------------------------------------------------------
ARTICLES["009_bondline_weekly_july25_en.txt"] = {
    "published": "2025-07-11",
    "published_note": "from the issue line 'Issue 112 · Friday 11 July 2025'; 'on Tuesday' -> 2025-07-08, "
                      "'on Wednesday' -> 2025-07-09, 'on Thursday' -> 2025-07-10, 'last month' -> 2025-06",
    "language": "en",
    "deals": [
        deal("hbfuller-corvanta-stake", ["H.B. Fuller", "Corvanta Materials"], "investment", 140_000_000, "USD",
             "exact", "2025-07-08", "completed",
             "The St. Paul group said on Tuesday it paid $140 million for 19.9% of the company, buying new shares and part of the holding of early investor Quabbin Ridge Ventures.",
             kind_alt=["acquisition"],
             note="'The St. Paul group' = H.B. Fuller, 'the company' = Corvanta (previous sentence); "
                  "implied value $700m is not a deal; first of two H.B. Fuller–Corvanta deals (the 2026 "
                  "takeover is hbfuller-corvanta-takeover)"),
        deal("henkel-kaltfuge-acquisition", ["Henkel", "Kaltfuge"], "acquisition", 610_000_000, "USD", "approx",
             "2025-06", "signed",
             "Henkel's acquisition of Kaltfuge, the German thermal-pad maker it agreed to buy last month, is worth about $610 million at current exchange rates, including debt.",
             note="same takeover as 008, in USD with month only"),
        deal("henkel-microsoft-azure", ["Henkel", "Microsoft"], "cloud_contract", 90_000_000, "USD", "approx",
             "2025-07-09", "signed",
             "The contract is worth about $90 million, one person who knows its terms said, and includes dedicated GPU capacity in two European regions.",
             note="five-year Azure agreement signed 'on Wednesday' (previous sentence); value from one source"),
        deal("arkema-bostik-lyon-line", ["Arkema"], "capex_plan", 85_000_000, "EUR", "exact", "2025-07-10",
             "planned",
             "Arkema plans to spend €85 million by the end of 2027 on a new line at its Bostik plant near Lyon for thermally conductive structural adhesives and potting compounds aimed at liquid-cooled server racks.",
             note="announced 'on Thursday' (next sentence); Bostik is Arkema's adhesives brand"),
        none_amount("henkel-kaltfuge-supply-2024", ["Henkel", "Kaltfuge"], "supply", None, "signed",
                    "The Düsseldorf group already resold Kaltfuge pads under its own brand before the deal; owning the factory gives it control of supply at a time when gap fillers are on allocation.",
                    note="amount-less background mention of the 2024 supply contract"),
    ],
    "not_deals": ["$700 million", "$898 million", "$68 billion", "£58,000 to £66,000", "$395"],
}

# 010 ------------------------------------------------------------------------------------------
ARTICLES["010_nippon_aoc_kabutoreview_en.txt"] = {
    "published": "2025-08-26",
    "published_note": "from the stamp 'Posted: 2025/08/26 17:30 JST'; 'on Monday' -> 2025-08-25; 'last week' -> 2025-08",
    "language": "en",
    "deals": [
        deal("nippon-paint-aoc", ["Nippon Paint", "AOC"], "acquisition", 2_300_000_000, "USD", "exact",
             "2025-08-25", "signed",
             "TOKYO -- Nippon Paint Holdings, Asia's largest paint maker by sales, has agreed to buy AOC, a US producer of specialty resins, gel coats and colorants, for $2.3 billion, or about 338 billion yen, including debt.",
             alt=[(338_000_000_000, "JPY")],
             note="announced 'on Monday' after the close (next sentence)"),
        deal("resonac-hoshizora-jv", ["Resonac", "Hoshizora Kasei"], "joint_venture", 18_000_000_000, "JPY",
             "exact", "2025-08", "signed",
             "The partners are investing a combined 18 billion yen in a plant in Ibaraki prefecture that is due to start production in 2027, according to a joint statement.",
             kind_alt=["project", "investment"],
             note="'The partners' = Resonac and Hoshizora Kasei, who agreed 'last week' (previous sentence) "
                  "to set up a jointly owned company"),
        none_amount("hoshizora-samsung-supply", ["Hoshizora Kasei", "Samsung Electronics"], "supply", None,
                    "signed",
                    "Hoshizora Kasei already supplies moulding compounds to Samsung Electronics for memory packaging, although it has not disclosed the size of that business.",
                    note="amount-less background, optional"),
    ],
    "not_deals": ["$1.1 billion", "1,096 yen", "2.6 trillion yen", "210 billion yen", "14.8 billion yen",
                  "147 yen"],
}

# 011 ------------------------------------------------------------------------------------------
ARTICLES["011_rauhfelder_kestrich_hainachonline.html"] = {
    "published": "2025-09-24",
    "published_note": "from <meta name=date content='2025-09-24T09:40:00+02:00'> and the visible line "
                      "'Oberhainach · 24.09.2025, 09:40 Uhr'; 'am Dienstag' -> 2025-09-23; 'Im August' -> 2025-08",
    "language": "de",
    "deals": [
        deal("rauhfelder-kestrich-hall2", ["Rauhfelder Lackwerke", "Kestrich Rechenzentren"], "supply", 9_000_000,
             "EUR", "approx", "2025-09-23", "signed",
             "Das Unternehmen bestätigte den Auftrag am Dienstag; er hat einen Wert von knapp neun Millionen Euro.",
             note="'knapp neun' (words) -> approx 9m; parties in the previous sentence; second "
                  "Rauhfelder–Kestrich order, different from the 2024 hall-1 order in the next paragraph"),
        deal("rauhfelder-kestrich-hall1", ["Rauhfelder Lackwerke", "Kestrich Rechenzentren"], "supply", 6_000_000,
             "EUR", "approx", "2024", "signed",
             "Schon 2024 hatte Kestrich für die erste Halle am selben Standort Beschichtungen im Wert von rund 6 Millionen Euro bei Rauhfelder bestellt.",
             note="restatement of the 2024 order (003)"),
        none_amount("kestrich-oracle-hanau-lease", ["Kestrich Rechenzentren", "Oracle"], "other", "2025",
                    "signed",
                    "Nach Informationen von Hainach-Online hat Kestrich die gesamte Fläche bereits langfristig an Oracle vermietet.",
                    kind_alt=["cloud_contract"],
                    note="amount-less lease known only from the paper's information, optional"),
        deal("lindtaler-rauhfelder-loan", ["Bankhaus Lindtaler", "Rauhfelder Lackwerke"], "other", 25_000_000,
             "EUR", "exact", "2025-08", "signed",
             "Im August hat das Bankhaus Lindtaler dem Unternehmen einen Kredit über 25 Millionen Euro mit einer Laufzeit von acht Jahren gewährt.",
             kind_alt=["investment"], note="loan; 'dem Unternehmen' = Rauhfelder"),
    ],
    "not_deals": ["rund 51 Millionen Euro", "2,1 Millionen Euro", "9.990 Euro", "7,99 Euro"],
}

# 012 ------------------------------------------------------------------------------------------
ARTICLES["012_basf_carlyle_chemiedepesche.txt"] = {
    "published": "2025-10-14",
    "published_note": "from the line 'Dienstag, 14. Oktober 2025 | 06:45 Uhr'; 'am Montagabend' -> 2025-10-13",
    "language": "de",
    "deals": [
        deal("basf-carlyle-coatings", ["BASF", "Carlyle", "Qatar Investment Authority"], "acquisition",
             7_600_000_000, "EUR", "exact", "2025-10-13", "signed",
             "Der Unternehmenswert der Sparte wird bei dem Geschäft mit 7,6 Milliarden Euro angesetzt.",
             alt=[(8_800_000_000, "USD")],
             note="enterprise value; buyers Carlyle with QIA, announced 'am Montagabend' (previous sentences); "
                  "headline '7,6-Milliarden-Euro-Deal'; 014 restates it as about $8.8bn (alt_amounts)"),
        deal("sherwin-williams-suvinil", ["Sherwin-Williams", "BASF"], "acquisition", 1_150_000_000, "USD",
             "exact", "2024", "completed",
             "Bereits 2024 hatte BASF das brasilianische Bautenfarbengeschäft Suvinil für 1,15 Milliarden Dollar an Sherwin-Williams abgegeben, ein Geschäft, das im Sommer desselben Jahres abgeschlossen wurde.",
             note="earlier deal of BASF, restated as background with its price"),
    ],
    "not_deals": ["rund 3,8 Milliarden Euro", "gut 500 Millionen Euro", "44,12 Euro",
                  "mindestens 12 Milliarden Euro", "2,1 Milliarden Euro", "4,60 Euro", "59 Euro"],
}

# 013 ------------------------------------------------------------------------------------------
ARTICLES["013_akzonobel_axalta_amstelwire_en.txt"] = {
    "published": "2025-11-19",
    "published_note": "from the stamp 'November 19, 2025 · 05:10 GMT'; dateline 'AMSTERDAM, Nov 18'; "
                      "'on Tuesday' -> 2025-11-18; 'In June' -> 2025-06; 'earlier this year' -> 2025",
    "language": "en",
    "deals": [
        none_amount("akzonobel-axalta-merger", ["AkzoNobel", "Axalta"], "acquisition", "2025-11-18", "announced",
                    "AkzoNobel and Axalta Coating Systems agreed on Tuesday to combine in an all-share merger, creating one of the world's biggest paint and coatings groups as both companies struggle with weak demand from builders and carmakers.",
                    required=True, kind_alt=["other", "joint_venture"],
                    note="all-share merger without a price; combined revenue $17bn and enterprise value $25bn "
                         "describe the merged group, not a payment, and are not_deals"),
        deal("akzonobel-jsw-india", ["AkzoNobel", "JSW Paints"], "acquisition", 86_000_000_000, "INR", "approx",
             "2025-06", "signed",
             "In June the Dutch company agreed to sell its majority stake in its Indian listed subsidiary to JSW Paints for about 86 billion rupees, roughly 850 million euros, a transaction that is still awaiting approval from the Indian competition authority.",
             alt=[(850_000_000, "EUR")], note="'the Dutch company' = AkzoNobel"),
        deal("axalta-vertiv-powder", ["Axalta", "Vertiv"], "supply", 60_000_000, "USD", "at_least", "2025",
             "signed",
             "That business has grown with the data-centre build-out: earlier this year Axalta won a three-year order to supply powder coatings for rack frames and power distribution units to Vertiv, worth more than $60 million, according to an investor presentation.",
             note="'more than' -> at_least"),
    ],
    "not_deals": ["$17 billion", "$25 billion", "$600 million a year", "2.5 billion euros", "57.30 euros"],
}

# 014 ------------------------------------------------------------------------------------------
ARTICLES["014_coatings_stocks_resinclose_en.txt"] = {
    "published": "2025-11-27",
    "published_note": "from the line 'Thursday, 27 November 2025 · Close of trading'; 'on Wednesday evening' -> "
                      "2025-11-26; 'last month' -> 2025-10",
    "language": "en",
    "deals": [
        deal("rpm-ashcombe", ["RPM International", "Ashcombe Sealants"], "acquisition", 310_000_000, "USD",
             "exact", "2025-11-26", "signed",
             "RPM is paying $310 million in cash and expects to complete the purchase within its fiscal third quarter.",
             note="target and date in the previous sentence ('said on Wednesday evening that it would buy "
                  "Ashcombe Sealants')"),
        deal("basf-carlyle-coatings", ["BASF", "Carlyle", "Qatar Investment Authority"], "acquisition",
             8_800_000_000, "USD", "approx", "2025-10", "signed",
             "The German group's sale of its automotive and industrial coatings arm to Carlyle and Qatar Investment Authority, agreed last month for an enterprise value of about $8.8 billion, continues to draw mixed reviews: some investors argue the price undervalues the unit's refinish franchise, others welcome the cash for buybacks.",
             note="same deal as 012, in USD with month only"),
    ],
    "not_deals": ["$112.65", "$95 million", "$135", "43.08 euros", "57.94 euros", "$31.72", "$338.10",
                  "1,128 yen", "$2,900 a tonne", "$103.40", "$59.85", "€57.94", "€43.08", "CHF 178.30",
                  "$29 a month"],
}

# 015 ------------------------------------------------------------------------------------------
ARTICLES["015_chemie_liveticker_ruehrwerk.txt"] = {
    "published": "2026-01-22",
    "published_note": "from the ticker date 'Donnerstag, 22. Januar 2026' (entries by time); 'am Mittwoch' -> "
                      "2026-01-21; 'seit Oktober' -> 2025-10",
    "language": "de",
    "deals": [
        deal("wacker-hanbit-gapfiller", ["Wacker Chemie", "Hanbit Coolworks"], "supply", 95_000_000_000, "KRW",
             "approx", "2026-01-21", "signed",
             "Der Vertrag wurde am Mittwoch unterzeichnet, sein Volumen liegt bei rund 95 Milliarden Won (etwa 56 Millionen Euro).",
             alt=[(56_000_000, "EUR")], term=["2026", "2028"],
             note="parties in the previous sentences of the 07:45 entry; three-year supply"),
        deal("wacker-burghausen-capex", ["Wacker Chemie"], "capex_plan", 300_000_000, "EUR", "up_to",
             "2026-01-22", "planned",
             "Mehr Details vom Vormittag: Wacker will bis Ende 2028 bis zu 300 Millionen Euro in den Ausbau der Produktion von Silikon-Wärmeleitmassen und Vergussmassen am Standort Burghausen investieren.",
             note="site expansion announced on the day of the ticker"),
        deal("isarbrueck-rauhfelder-stake", ["Isarbrück Beteiligungen", "Rauhfelder Lackwerke"], "investment",
             35_000_000, "EUR", "approx", "2025-10", "cancelled",
             "Verhandelt worden war seit Oktober über eine Beteiligung von 30 Prozent für rund 35 Millionen Euro.",
             kind_alt=["acquisition"],
             note="talks broken off (previous sentence); date of the talks"),
        none_amount("jotun-hempel-denied", ["Jotun", "Hempel"], "acquisition", "2026-01", "rumored",
                    "Ein Sprecher des norwegischen Farbenherstellers Jotun hat einen Bericht des Branchenblatts „Pigmentposten\" zurückgewiesen, wonach Jotun dem dänischen Konkurrenten Hempel ein Übernahmeangebot unterbreitet habe.",
                    note="denied rumour without an amount, optional"),
    ],
    "not_deals": ["78,55 Euro", "72,10 Euro", "88 Euro", "rund 5,6 Milliarden Euro", "3.450 Euro"],
}

# 016 ------------------------------------------------------------------------------------------
ARTICLES["016_kaltfuge_interview_haftgrund.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesedauer: 7 Minuten'); the years of the 2023 offer "
                      "and the 2024 supply come from the text",
    "language": "de",
    "deals": [
        deal("henkel-kaltfuge-acquisition", ["Henkel", "Kaltfuge"], "acquisition", 540_000_000, "EUR", "exact",
             None, "completed",
             "Henkel hat 540 Millionen Euro für Kaltfuge bezahlt.",
             note="question of the interviewer; the takeover has been completed ('Heute gehört die Firma "
                  "zu Henkel')"),
        deal("henkel-kaltfuge-supply-2024", ["Henkel", "Kaltfuge"], "supply", 13_000_000, "EUR", "approx",
             "2024", "signed",
             "Seit 2024 hat Henkel unsere Pads unter eigenem Namen vertrieben, dafür haben die Düsseldorfer uns jährlich rund 13 Millionen Euro bezahlt.",
             per="year", note="'uns' = Kaltfuge"),
        deal("pellworm-kaltfuge-offer", ["Pellworm Partners", "Kaltfuge"], "acquisition", 90_000_000, "EUR",
             "exact", "2023", "cancelled",
             "Schon 2023 bot uns der Finanzinvestor Pellworm Partners 90 Millionen Euro.",
             note="refused offer ('Wir haben Nein gesagt'); 'uns' = Kaltfuge"),
        deal("henkel-austin-plant", ["Henkel"], "capex_plan", 80_000_000, "USD", "range", None, "planned",
             "Henkel wird zwischen 80 und 100 Millionen Dollar in ein Werk für Gap-Filler bei Austin stecken, die Bauarbeiten sollen im Herbst beginnen.",
             amount_max=100_000_000, note="undated interview -> date null"),
    ],
    "not_deals": ["140.000 Dollar im Jahr", "rund 78.000 Euro", "60 Euro pro Kilogramm", "14,80 Euro",
                  "52 Euro jährlich", "1.290 Euro"],
}

# 017 ------------------------------------------------------------------------------------------
ARTICLES["017_torring_meta_fynbogrid_en.html"] = {
    "published": "2026-02-18",
    "published_note": "from <meta name=parsely-pub-date content='2026-02-18T08:05:00+01:00'> and the byline "
                      "'Wed 18 Feb 2026'; 'on Tuesday' -> 2026-02-17; 'In December' -> 2025-12",
    "language": "en",
    "deals": [
        deal("torring-meta-odense", ["Tørring Thermal", "Meta"], "supply", 140_000_000, "DKK", "exact",
             "2026-02-17", "signed",
             "The four-year contract, signed on Tuesday, is worth DKK 140 million (about €18.8 million) including maintenance and monitoring, according to Tørring.",
             alt=[(18_800_000, "EUR")],
             note="parties in the previous paragraph (Tørring Thermal will coat Meta's Odense campus)"),
        deal("hempel-torring-stake", ["Hempel", "Tørring Thermal"], "investment", 220_000_000, "DKK", "exact",
             "2025-12", "completed",
             "In December Hempel, the Copenhagen-based coatings group controlled by the Hempel Foundation, bought 25 per cent of Tørring for DKK 220 million, valuing the start-up at DKK 880 million.",
             kind_alt=["acquisition"], note="minority stake; the DKK 880m valuation is not a deal"),
        deal("google-torring-fredericia", ["Google", "Tørring Thermal"], "supply", 300_000_000, "DKK", "approx",
             "2026-02", "negotiating",
             "An agreement under discussion would be worth around DKK 300 million, they said, but the terms are not final.",
             note="talks reported by two sources (previous sentence names Google and Tørring)"),
    ],
    "not_deals": ["DKK 880 million", "DKK 41 million", "DKK 310 per square metre", "DKK 1.2 billion",
                  "DKK 18,000 a year", "DKK 69 a month"],
}

# 018 ------------------------------------------------------------------------------------------
ARTICLES["018_hbfuller_corvanta_tickerbay_en.txt"] = {
    "published": "2026-05-12",
    "published_note": "from the stock-portal stamp 'May 12, 2026 · 7:05 AM ET'; 'on Monday' -> 2026-05-11; "
                      "'last July' -> 2025-07",
    "language": "en",
    "deals": [
        deal("hbfuller-corvanta-takeover", ["H.B. Fuller", "Corvanta Materials"], "acquisition", 1_050_000_000,
             "USD", "approx", "2026-05-11", "signed",
             "The transaction values all of Corvanta's equity at about $1.05 billion; H.B. Fuller will fund its part with cash on hand and a new term loan.",
             note="purchase of the remaining 80.1% agreed 'on Monday' (previous sentence); headline "
                  "'$1.05bn deal'; second H.B. Fuller–Corvanta deal"),
        none_amount("hbfuller-corvanta-stake", ["H.B. Fuller", "Corvanta Materials"], "investment", "2025-07",
                    "completed",
                    "H.B. Fuller bought its first 19.9% of Corvanta last July and has since had a seat on the board.",
                    kind_alt=["acquisition"], note="amount-less restatement of the 2025 stake (009)"),
        deal("hbfuller-corvanta-breakfee", ["H.B. Fuller", "Corvanta Materials"], "other", 42_000_000, "USD",
             "exact", "2026-05-11", "signed",
             "If the transaction is blocked by regulators, H.B. Fuller would owe Corvanta a termination fee of $42 million.",
             required=False, note="conditional termination fee, optional"),
    ],
    "not_deals": ["about $210 million", "around $2.3 billion", "$640 million to $670 million", "$61.20",
                  "$72 price target", "$0 commission", "from $1"],
}

# 019 ------------------------------------------------------------------------------------------
ARTICLES["019_henkel_liebenhain_roederblick.txt"] = {
    "published": "2026-07-15",
    "published_note": "from the stamp 'Mi, 15.07.26 · 06:30'; 'am Montag' -> 2026-07-13; 'Im März' -> 2026-03; "
                      "'Drei Monate später' -> 2026-06",
    "language": "de",
    "deals": [
        deal("henkel-liebenhain-hall3", ["Henkel"], "capex_plan", 65_000_000, "EUR", "approx", "2026-07-13",
             "planned",
             "Rund 65 Millionen Euro will das Unternehmen bis Ende 2027 in die Halle, eine neue Mischanlage und ein Entwicklungslabor stecken.",
             note="'das Unternehmen' = Henkel, announced 'am Montag' (previous sentence)"),
        none_amount("henkel-kaltfuge-acquisition", ["Henkel", "Kaltfuge"], "acquisition", "2025", "completed",
                    "Die Düsseldorfer hatten die Firma 2025 von den Gründern und einem Münchner Investor übernommen.",
                    note="amount-less restatement of the takeover; 'die Firma' = Kaltfuge ('das frühere "
                         "Kaltfuge-Werk')"),
        deal("liebenhain-henkel-land", ["Stadt Liebenhain", "Henkel"], "acquisition", 1_300_000, "EUR", "exact",
             "2026-03", "completed",
             "Im März kaufte der Konzern der Stadt Liebenhain das angrenzende, rund 2,4 Hektar große Grundstück für 1,3 Millionen Euro ab.",
             kind_alt=["other"], note="land purchase; 'der Konzern' = Henkel"),
        deal("stadtwerke-liebenhain-henkel-power", ["Stadtwerke Liebenhain", "Henkel"], "supply", 2_400_000, "EUR",
             "approx", "2026-06", "signed",
             "Ab Januar 2027 überweist der Konzern den Stadtwerken pro Jahr rund 2,4 Millionen Euro; vereinbart sind fünf Jahre.",
             per="year", term=["2027-01", "2031-12"],
             note="green-power contract; 'Drei Monate später' after March -> 2026-06 (previous sentence); "
                  "'der Konzern' = Henkel"),
    ],
    "not_deals": ["3,7 Millionen Euro", "4,8 Millionen Euro", "3.100 Euro", "6 Euro"],
}

# 020 ------------------------------------------------------------------------------------------
ARTICLES["020_tamsinbay_moorvane_ringsendbuild_en.txt"] = {
    "published": "2026-11-03",
    "published_note": "from the issue line 'No. 214 — Tuesday, 3 November 2026'; 'last Thursday' -> 2026-10-29; "
                      "'In September'/'signed in September' -> 2026-09",
    "language": "en",
    "deals": [
        deal("tamsinbay-moorvane-package", ["Tamsin Bay Data", "Moorvane Flooring"], "supply", 22_000_000, "EUR",
             "exact", "2026-10-29", "signed",
             "The contract was signed last Thursday and is worth €22 million, Tamsin Bay said.",
             note="parties in the previous sentences"),
        deal("rathgar-tamsinbay-loan", ["Rathgar Capital", "Tamsin Bay Data"], "other", 410_000_000, "EUR",
             "exact", "2026-09", "completed",
             "In September it closed a €410 million construction loan arranged by Rathgar Capital, the Dublin-based specialist lender, with three other banks taking part.",
             kind_alt=["investment"], note="'it' = Tamsin Bay ('The developer'); loan"),
        deal("ppg-vantage-emea-2026", ["PPG", "Vantage Data Centers"], "supply", 120_000_000, "USD", "up_to",
             "2026-09", "signed",
             "The deal, signed in September, is worth up to $120 million over six years, depending on how many campuses Vantage builds.",
             note="second PPG–Vantage framework (EMEA), different from the 2024 North American one"),
        none_amount("ppg-vantage-fireproofing-2024", ["PPG", "Vantage Data Centers"], "supply", "2024", "signed",
                    "It follows the 2024 agreement under which PPG supplies intumescent coatings for Vantage's North American campuses.",
                    note="amount-less restatement of the 2024 framework (004)"),
    ],
    "not_deals": ["€9.5 million per megawatt", "€8.7 million", "€3.1 billion", "€72,000 to €85,000",
                  "€245", "€195"],
}

ALIASES = {
    "Henkel": ["Henkel", "Henkel's"],
    "Kaltfuge": ["Kaltfuge", "Kaltfuge GmbH"],
    "Grauwerk Capital": ["Grauwerk Capital"],
    "Corvanta Materials": ["Corvanta Materials", "Corvanta"],
    "TSMC": ["TSMC", "Taiwan Semiconductor Manufacturing Co"],
    "Quabbin Ridge Ventures": ["Quabbin Ridge Ventures"],
    "Rauhfelder Lackwerke": ["Rauhfelder Lackwerke", "Rauhfelder"],
    "Stadt Oberhainach": ["Stadt Oberhainach", "Oberhainach"],
    "Kestrich Rechenzentren": ["Kestrich Rechenzentren", "Kestrich"],
    "PPG": ["PPG", "PPG Industries"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "American Industrial Partners": ["American Industrial Partners"],
    "Sika": ["Sika"],
    "Moorvane Flooring": ["Moorvane Flooring", "Moorvane"],
    "Microsoft": ["Microsoft", "Azure"],
    "Jotun": ["Jotun"],
    "Lyngvik Datasenter": ["Lyngvik Datasenter", "Lyngvik"],
    "AkzoNobel": ["AkzoNobel", "Akzo Nobel"],
    "Dow": ["Dow"],
    "H.B. Fuller": ["H.B. Fuller", "H.B. Fuller Company"],
    "Arkema": ["Arkema", "Bostik"],
    "Nippon Paint": ["Nippon Paint", "Nippon Paint Holdings"],
    "AOC": ["AOC"],
    "Resonac": ["Resonac"],
    "Hoshizora Kasei": ["Hoshizora Kasei", "Hoshizora"],
    "Samsung Electronics": ["Samsung Electronics", "Samsung"],
    "Bankhaus Lindtaler": ["Bankhaus Lindtaler", "Lindtaler"],
    "Oracle": ["Oracle"],
    "BASF": ["BASF"],
    "Carlyle": ["Carlyle"],
    "Qatar Investment Authority": ["Qatar Investment Authority", "QIA"],
    "Sherwin-Williams": ["Sherwin-Williams"],
    "Axalta": ["Axalta", "Axalta Coating Systems"],
    "JSW Paints": ["JSW Paints"],
    "Vertiv": ["Vertiv"],
    "RPM International": ["RPM International", "RPM"],
    "Ashcombe Sealants": ["Ashcombe Sealants", "Ashcombe"],
    "Wacker Chemie": ["Wacker Chemie", "Wacker"],
    "Hanbit Coolworks": ["Hanbit Coolworks", "Hanbit"],
    "Isarbrück Beteiligungen": ["Isarbrück Beteiligungen", "Isarbrück"],
    "Hempel": ["Hempel"],
    "Pellworm Partners": ["Pellworm Partners"],
    "Tørring Thermal": ["Tørring Thermal", "Tørring"],
    "Meta": ["Meta"],
    "Google": ["Google"],
    "Stadt Liebenhain": ["Stadt Liebenhain", "Liebenhain"],
    "Stadtwerke Liebenhain": ["Stadtwerke Liebenhain"],
    "Tamsin Bay Data": ["Tamsin Bay Data", "Tamsin Bay"],
    "Rathgar Capital": ["Rathgar Capital"],
    "Gravelbeck Partners": ["Gravelbeck Partners", "Gravelbeck"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote {out.name}: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
