#!/usr/bin/env python3
"""Write gold.json: the hand annotation of tests/corpus90/articles/ (edit here, then run).

Usage: python3 tests/corpus90/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the ninetieth, held-out test corpus (tests/corpus90/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. Theme: AI data centres and power in the UK and the Nordics (CoreWeave's UK and Nordic "
    "plans, Blackstone's Cambois campus, the UK AI Opportunities Action Plan and AI growth zones, Microsoft's, "
    "Google's and Nvidia's UK pledges, Nscale with Aker, Microsoft and OpenAI, Stargate Norway, Verne and Ardian in "
    "Iceland, atNorth, EcoDataCenter and Mistral AI, Fortum and Statkraft power contracts). One entry per article; "
    "a deal that several articles report carries the same id in each. 'required': false marks deals without an "
    "amount and vague or background mentions that an extractor may report or not without penalty. 'not_deals' "
    "lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full "
    "units and in the currency the article states (Icelandic krónur are outside the allowed list, so the EUR "
    "figure the article gives is annotated); 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount "
    "as another article (or the same article) states it in another currency or at another precision. 'date' is "
    "when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own header date, dateline, issue line, byline, <time "
    "datetime>, meta tag or JSON-LD, or null when the article has none); seasons become the year; a cancelled "
    "deal keeps the date of the original talks; 'term' is the period the deal covers, where the text gives one; "
    "'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence "
    "and not_deals occur in the visible text (check_corpus_gold.visible_text). All deal parties are real "
    "companies; several deals are shifted or invented (see README.md). Publications, reporters, analysts, "
    "research houses, advertisers and quoted people are invented (invented_names.txt). Nothing here is reporting."
)


def D(id, parties, kind, amount=None, currency=None, qualifier=None, date=None, status="announced",
      required=None, evidence="", amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier if amount is not None else None, "date": date,
         "status": status, "required": (amount is not None) if required is None else required,
         "evidence": evidence}
    if amount is not None and qualifier is None:
        d["qualifier"] = "exact"
    for k in ("per", "term", "kind_alt", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


B = 1_000_000_000
M = 1_000_000

ARTICLES = {}

ARTICLES["001_coreweave_crawley_lamplighter_en.txt"] = dict(
    published="2024-05-13", language="en",
    published_note="header 'Updated May 13, 2024 07:12 BST' and dateline 'LONDON, May 13'; 'on Friday' -> 2024-05-10",
    deals=[
        D("coreweave-uk-2024", ["CoreWeave"], "capex_plan", 1 * B, "GBP", "exact", "2024-05-10", "announced",
          evidence="CoreWeave, the New Jersey outfit that rents Nvidia accelerators to AI labs by the hour, is to spend £1 billion on data centres in Britain, the company said on Friday, its first sizeable commitment outside the United States.",
          note="two halls (Crawley, London Docklands) in the next sentence; 'on Friday' in a Monday wire -> 2024-05-10; Nvidia is only a descriptor"),
        D("blackstone-coreweave-debt-2024", ["Blackstone", "CoreWeave"], "investment", 7.5 * B, "USD", "approx", "2024-05", "rumored",
          evidence="Lenders led by Blackstone are discussing a debt package of about $7.5 billion with CoreWeave, two people briefed on the negotiations said; most of it would go on chips.",
          kind_alt=["other"], note="debt financing; talks reported by unnamed sources -> rumored; 002 reports it agreed in mid-May"),
        D("microsoft-uk-2023", ["Microsoft"], "capex_plan", 2.5 * B, "GBP", "exact", "2023-11", "announced",
          evidence="Britain has courted hyperscale money for months. Microsoft said last November it would put £2.5 billion over three years into AI data centres across the country, and Google in January earmarked $1 billion for a campus at Waltham Cross, Hertfordshire.",
          note="'last November' in May 2024 -> 2023-11; two plans in one sentence"),
        D("google-waltham-2024", ["Google"], "capex_plan", 1 * B, "USD", "exact", "2024-01", "announced",
          evidence="Britain has courted hyperscale money for months. Microsoft said last November it would put £2.5 billion over three years into AI data centres across the country, and Google in January earmarked $1 billion for a campus at Waltham Cross, Hertfordshire.",
          kind_alt=["project"], note="'in January' -> 2024-01"),
    ],
    not_deals=["$19 billion", "roughly $230 million", "between £9 million and £11 million per megawatt", "£300 million",
               "about $4.25 an hour", "$24bn in quarterly sales"],
)

ARTICLES["002_coreweave_nordics_boersenlotsin.txt"] = dict(
    published="2024-06-06", language="de",
    published_note="header '06.06.2024 | 11:32'; 'am Mittwoch' -> 2024-06-05",
    deals=[
        D("coreweave-europe-2024", ["CoreWeave"], "capex_plan", 2.2 * B, "USD", "exact", "2024-06-05", "announced",
          evidence="Bis Ende 2025 sollen 2,2 Milliarden Dollar aus der Kasse des Nvidia-Partners CoreWeave in Rechenzentren fließen, die in Norwegen, Schweden und Spanien entstehen.",
          term=[None, "2025"], note="'am Mittwoch' in the next sentence -> 2024-06-05; Nvidia only in the descriptor 'Nvidia-Partner'"),
        D("coreweave-uk-2024", ["CoreWeave"], "capex_plan", 1 * B, "GBP", "exact", "2024-05", "announced",
          evidence="Zusammen mit der im Mai angekündigten Milliarde Pfund für zwei britische Standorte beziffert CoreWeave seine Europa-Zusagen damit auf etwa 3,5 Milliarden Dollar.",
          note="amount as the bare noun 'Milliarde Pfund'; the 3.5bn Europe total is a not_deal"),
        D("blackstone-coreweave-debt-2024", ["Blackstone", "CoreWeave"], "investment", 7.5 * B, "USD", "exact", "2024-05", "signed",
          evidence="Mitte Mai hatten Finanzinvestoren unter Führung von Blackstone CoreWeave Kredite über 7,5 Milliarden Dollar bereitgestellt, die vor allem in Grafikprozessoren fließen.",
          kind_alt=["other"], note="loans agreed 'Mitte Mai' -> 2024-05 (the talks of 001)"),
        D("google-hamina-2024", ["Google"], "capex_plan", 1 * B, "EUR", "exact", "2024-05", "announced",
          evidence="Auch Google rüstet im Norden auf: Der Suchmaschinenkonzern will eine Milliarde Euro in die Erweiterung seines Rechenzentrums im finnischen Hamina stecken, wie er Mitte Mai mitteilte.",
          kind_alt=["project"], note="amount in words; 'Der Suchmaschinenkonzern' = Google"),
    ],
    not_deals=["etwa 3,5 Milliarden Dollar", "rund 28 Euro", "19 Milliarden Dollar", "mehr als drei Billionen Dollar",
               "1.224,40 Dollar", "1.128,60 €", "389,15 €", "163,02 €", "gut zwei Milliarden Dollar", "0 Euro pro Auftrag"],
)

ARTICLES["003_verne_ardian_frostgap_en.txt"] = dict(
    published="2024-07-19", language="en",
    published_note="issue line 'No. 27 | Friday 19 July 2024'; 'on Thursday' -> 2024-07-18; 'last month' -> 2024-06; 'this week' -> 2024-07",
    deals=[
        D("ardian-verne-2024", ["Ardian", "Verne", "Digital 9 Infrastructure"], "acquisition", 575 * M, "USD", "up_to", "2024-07-18", "signed",
          evidence="Digital 9 Infrastructure, the London-listed fund that has spent the year winding itself down, is selling Icelandic operator Verne to Ardian for up to $575 million, it told the market on Thursday.",
          note="seller D9, buyer Ardian; $415m payable at completion is part of the price (not_deal), the rest an earn-out"),
        D("coreweave-europe-2024", ["CoreWeave"], "capex_plan", 2.2 * B, "USD", "exact", "2024-06", "announced",
          evidence="Two people in the Swedish industry tell us CoreWeave has settled on EcoDataCenter's Falun campus for part of the $2.2 billion build-out in Norway, Sweden and Spain that the American GPU cloud unveiled last month.",
          note="restated plan; 'unveiled last month' -> 2024-06"),
        D("coreweave-ecodatacenter-falun", ["CoreWeave", "EcoDataCenter"], "other", None, None, None, "2024-07", "rumored", False,
          evidence="Two people in the Swedish industry tell us CoreWeave has settled on EcoDataCenter's Falun campus for part of the $2.2 billion build-out in Norway, Sweden and Spain that the American GPU cloud unveiled last month.",
          kind_alt=["cloud_contract", "supply"], note="colocation choice from sources, no terms -> optional; the $2.2bn belongs to coreweave-europe-2024"),
        D("atnorth-ballerup-2024", ["atNorth"], "project", 2.2 * B, "DKK", "approx", "2024-07", "announced",
          evidence="The first phase is budgeted at roughly DKK 2.2 billion (about €295 million), according to the company.",
          kind_alt=["capex_plan"], alt_amounts=[alt(295 * M, "EUR")],
          note="atNorth and 'broke ground ... this week' in the previous sentence -> 2024-07"),
        D("partners-group-atnorth-2022", ["Partners Group", "atNorth"], "acquisition", None, None, None, "2022", "completed", False,
          evidence="atNorth, owned by Swiss investor Partners Group since 2022, broke ground on its DEN01 campus in Ballerup outside Copenhagen this week.",
          note="background ownership since 2022, no price -> optional"),
    ],
    not_deals=["$415 million", "9.1 pence", "€28.90/MWh", "€20bn+", "$9.5m", "£1,450 + VAT", "£29-a-month"],
)

ARTICLES["004_blackstone_cambois_geestrand.txt"] = dict(
    published="2024-09-27", language="de",
    published_note="date line 'Freitag, 27. September 2024'; 'am Donnerstag' -> 2024-09-26",
    deals=[
        D("blackstone-cambois-2024", ["Blackstone"], "capex_plan", 10 * B, "GBP", "exact", "2024-09-26", "announced",
          evidence="Zehn Milliarden Pfund, umgerechnet knapp zwölf Milliarden Euro, will der US-Finanzinvestor Blackstone in einen Rechenzentrumscampus bei Cambois in der Grafschaft Northumberland stecken.",
          kind_alt=["project"], alt_amounts=[alt(12 * B, "EUR")],
          note="amount first, in words; 'am Donnerstag' (government announcement) in the next sentence -> 2024-09-26; builder QTS"),
        D("blackstone-airtrunk-2024", ["Blackstone", "CPP Investments", "AirTrunk"], "acquisition", 24 * B, "AUD", "at_least", "2024-09", "signed",
          evidence="Anfang September hatten die New Yorker gemeinsam mit dem kanadischen Pensionsfonds CPP Investments vereinbart, den australischen Betreiber AirTrunk zu einem Preis von über 24 Milliarden australischen Dollar zu kaufen.",
          note="'die New Yorker' = Blackstone (previous sentence); 'über' -> at_least; 'Anfang September' -> 2024-09"),
        D("amazon-uk-2024", ["Amazon"], "capex_plan", 8 * B, "GBP", "exact", "2024-09", "announced",
          evidence="Auch Amazon hat sich festgelegt: Mitte September stellte die Cloudsparte AWS acht Milliarden Pfund für Bau und Betrieb britischer Rechenzentren bis 2028 in Aussicht.",
          term=[None, "2028"], note="amount in words; 'Mitte September' -> 2024-09"),
    ],
    not_deals=["100 Millionen Pfund", "mehr als 1,1 Billionen Dollar", "bis zu 20 Millionen Pfund jährlich", "1,1952 Euro", "2.990 Euro"],
)

ARTICLES["005_cambois_land_northumbrian_en.html"] = dict(
    published="2024-11-07", language="en",
    published_note="no visible date: only <meta property='article:published_time'> and JSON-LD datePublished 2024-11-07; 'on Tuesday' -> 2024-11-05",
    deals=[
        D("blackstone-cambois-land-2024", ["Blackstone", "Advance Northumberland"], "acquisition", 110 * M, "GBP", "exact", "2024-11-05", "signed",
          evidence="Advance Northumberland, the development company owned by Northumberland County Council, has agreed to sell the former Britishvolt site at Cambois to QTS, the data-centre arm of US investor Blackstone, for £110 million.",
          note="buyer QTS (Blackstone's data-centre arm, listed as a spelling of Blackstone); cabinet approval 'on Tuesday' in the next sentence -> 2024-11-05; the reader comment repeats the price"),
        D("blackstone-cambois-2024", ["Blackstone"], "capex_plan", 10 * B, "GBP", "exact", "2024-09", "announced",
          evidence="Cabinet members approved the sale on Tuesday, clearing the way for the campus Blackstone promised in September, when it said it would spend £10 billion there.",
          kind_alt=["project"], note="restated plan; 'in September' -> 2024-09"),
    ],
    not_deals=["roughly £29 million", "£38.7 million", "about £18 million in business rates each year", "up to £68,000",
               "£14 million", "£162,500", "£79"],
)

ARTICLES["006_ki_aktionsplan_speicherstadt.txt"] = dict(
    published="2025-01-14", language="de",
    published_note="header 'Di., 14.1.2025'; 'am Montag' -> 2025-01-13 (the pledges came 'Pünktlich zum Auftritt')",
    deals=[
        D("vantage-uk-2025", ["Vantage Data Centers"], "capex_plan", 12 * B, "GBP", "exact", "2025-01-13", "announced",
          evidence="Zwölf Milliarden Pfund (gut 14 Milliarden Euro) will der Rechenzentrumsbetreiber Vantage Data Centers, Sitz Denver, in britische Standorte stecken, darunter einen riesigen Campus in Wales.",
          alt_amounts=[alt(14 * B, "EUR")], note="amount first, in words; same day as the Monday plan"),
        D("nscale-uk-2025", ["Nscale"], "capex_plan", 2.5 * B, "USD", "exact", "2025-01-13", "announced",
          evidence="Das Londoner Jungunternehmen Nscale kündigte an, binnen drei Jahren 2,5 Milliarden Dollar in Rechenzentren im Land zu investieren.",
          note="three-year plan"),
        D("kao-manchester-2025", ["Kao Data"], "capex_plan", 350 * M, "GBP", "exact", "2025-01-13", "planned",
          evidence="Kao Data aus Harlow plant für 350 Millionen Pfund eine Anlage im Großraum Manchester.",
          kind_alt=["project"], note="first of two Kao Data deals (see 014)"),
        D("kyndryl-liverpool-2025", ["Kyndryl"], "other", None, None, None, "2025-01-13", "planned", False,
          evidence="Der IT-Dienstleister Kyndryl will in Liverpool bis zu 1100 Arbeitsplätze schaffen.",
          kind_alt=["capex_plan"], note="jobs pledge without an amount -> optional"),
    ],
    not_deals=["14 Milliarden Pfund", "1,3 Milliarden Pfund", "800 Millionen Pfund", "mindestens zwei Milliarden Pfund",
               "rund 25 Pence je Kilowattstunde"],
)

ARTICLES["007_nscale_busduct_en.txt"] = dict(
    published="2025-01-21", language="en",
    published_note="blog line 'Posted 21 January 2025'; 'last week' -> 2025-01; 'In December' -> 2024-12; 'Earlier this month' -> 2025-01",
    deals=[
        D("nscale-uk-2025", ["Nscale"], "capex_plan", 2.5 * B, "USD", "exact", "2025-01", "announced",
          evidence="Nscale, spun out of the crypto miner Arkon Energy in 2024, told the government last week it would spend $2.5 billion on UK data centres over three years.",
          note="'last week' -> 2025-01; the repeated '$2.5 billion' in the next paragraph is the same plan"),
        D("nscale-seriesa-2024", ["Sandton Capital Partners", "Nscale"], "investment", 155 * M, "USD", "exact", "2024-12", "completed",
          evidence="In December, Sandton Capital Partners led Nscale's $155 million Series A.",
          note="'In December' in a January post -> 2024-12"),
        D("nscale-kontena-2025", ["Nscale", "Kontena"], "acquisition", None, None, None, "2025-01", "completed", False,
          evidence="Earlier this month it bought Kontena, a maker of modular data centres, for an undisclosed price.",
          note="'it' = Nscale; price undisclosed -> optional"),
        D("vantage-uk-2025", ["Vantage Data Centers"], "capex_plan", 12 * B, "GBP", "exact", "2025-01", "announced",
          evidence="Also on my radar: Vantage's £12 billion UK pledge, which, like Nscale's, came without a single start date.",
          note="one of 'last week's headlines' (first paragraph) -> 2025-01"),
    ],
    not_deals=["$10m to $12m per megawatt", "around €20 a megawatt-hour", "20-plus pence per kilowatt-hour", "£6 monthly",
               "£60 annually", "£180"],
)

ARTICLES["008_stargate_norway_kiloampere.txt"] = dict(
    published="2025-08-01", language="de",
    published_note="issue line 'Ausgabe 31/2025 · 1. August 2025'; 'am Donnerstag' -> 2025-07-31",
    deals=[
        D("stargate-norway-jv", ["Aker", "Nscale"], "joint_venture", 1 * B, "USD", "approx", "2025-07-31", "announced",
          evidence="Für die erste Ausbaustufe mit 230 Megawatt rechnen die Partner mit Kosten von rund einer Milliarde Dollar (etwa 10 Milliarden Kronen), wie sie am Donnerstag mitteilten.",
          kind_alt=["project"], alt_amounts=[alt(10 * B, "NOK")],
          note="50/50 venture of Aker and Nscale named in the previous sentence; the amount is the first-phase budget"),
        D("openai-stargate-norway-offtake", ["OpenAI", "Stargate Norway"], "cloud_contract", None, None, None, "2025-07-31", "planned", False,
          evidence="Den Namen Stargate Norway leiht sich das Projekt von OpenAI: Der ChatGPT-Entwickler soll als Abnehmer einen Großteil der Kapazität nutzen; finanzielle Einzelheiten dazu nannten die Beteiligten nicht.",
          note="offtake without figures -> optional"),
        D("nscale-seriesa-2024", ["Sandton Capital Partners", "Nscale"], "investment", 155 * M, "USD", "exact", "2024-12", "completed",
          evidence="Im Dezember hatte Nscale unter Führung von Sandton Capital Partners 155 Millionen Dollar Wagniskapital eingeworben.",
          note="'Im Dezember' -> 2024-12"),
    ],
    not_deals=["gut 2 Eurocent", "mehr als 60 Milliarden Kronen", "rund 30 Millionen Kronen im Jahr", "668 Kronen",
               "95 Euro plus Mehrwertsteuer", "289 Euro"],
)

ARTICLES["009_midnattsol_digest_en.txt"] = dict(
    published="2025-08-08", language="en",
    published_note="issue line 'Issue 44 | 8 August 2025' (a Friday); 'last Thursday' -> 2025-07-31; 'on Tuesday' -> 2025-08-05; 'this week' -> 2025-08",
    deals=[
        D("stargate-norway-jv", ["Aker", "Nscale"], "joint_venture", 1 * B, "USD", "approx", "2025-07-31", "announced",
          evidence="The two partners put about $1 billion on the table for phase one last Thursday; Aker's shares have since given back most of the jump and trade at NOK 655.",
          kind_alt=["project"], note="'The two partners' = Aker and Nscale (previous sentence)"),
        D("atnorth-loan-2025", ["atNorth"], "investment", 1.2 * B, "EUR", "exact", "2025-08", "signed",
          evidence="The Reykjavík-headquartered operator signed a €1.2 billion sustainability-linked credit facility with seven banks this week, money earmarked for new halls in Iceland, Finland and Denmark.",
          kind_alt=["other"], note="'The Reykjavík-headquartered operator' = atNorth (item heading); lenders unnamed"),
        D("ecodatacenter-equity-2025", ["Areim", "EcoDataCenter"], "investment", 5.5 * B, "SEK", "exact", "2025-08-05", "completed",
          evidence="The Falun-based developer took in SEK 5.5 billion of fresh capital from its owner Areim and two Nordic pension funds on Tuesday.",
          note="'The Falun-based developer' = EcoDataCenter (item heading); the post-money value is a not_deal"),
        D("statkraft-capex-2025", ["Statkraft"], "capex_plan", 10 * B, "NOK", "range", "2025", "announced",
          amount_max=12 * B, per="year",
          evidence="The state utility, which said in spring it would cut investment to between NOK 10 billion and NOK 12 billion a year from 2026, reported half-year underlying EBITDA of NOK 21.3 billion on Thursday.",
          note="'The state utility' = Statkraft (item heading); investment plan stated 'in spring' -> 2025; EBITDA in the same sentence is a not_deal"),
    ],
    not_deals=["NOK 655", "around SEK 30 billion", "NOK 21.3 billion", "€246 million", "€18.7/MWh", "€16.05", "NOK 25,000", "$240"],
)

ARTICLES["010_state_visit_siliconshire_en.html"] = dict(
    published="2025-09-17", language="en",
    published_note="visible byline '<time datetime=2025-09-17T07:55>Wednesday 17 September 2025, 07:55' plus <meta name=pubdate> and JSON-LD; 'on Tuesday' and 'the same day' -> 2025-09-16",
    deals=[
        D("microsoft-uk-2025", ["Microsoft"], "capex_plan", 30 * B, "USD", "exact", "2025-09-16", "announced",
          evidence="Microsoft has set aside $30 billion for the UK for 2025 through 2028, the company said on Tuesday, roughly £22 billion at current rates.",
          term=["2025", "2028"], alt_amounts=[alt(22 * B, "GBP")],
          note="the $15.5bn capital-spending share is part of the plan (not_deal)"),
        D("microsoft-uk-2023", ["Microsoft"], "capex_plan", 2.5 * B, "GBP", "exact", "2023", "announced",
          evidence="It dwarfs the £2.5 billion the Redmond group promised in 2023.",
          note="'the Redmond group' = Microsoft; second, older Microsoft UK plan"),
        D("nscale-microsoft-loughton", ["Nscale", "Microsoft"], "cloud_contract", None, None, None, "2025-09", "announced", False,
          evidence="The showpiece is a supercomputer at Loughton, Essex, that Nscale will build and run for Microsoft with more than 23,000 Nvidia GB300 chips.",
          note="price not disclosed -> optional; different from the Narvik and GB300 contracts"),
        D("google-uk-2025", ["Google"], "capex_plan", 5 * B, "GBP", "exact", "2025-09-16", "announced",
          evidence="Google put £5 billion into the pot the same day, spread over two years, and opened its Waltham Cross data centre, first announced as a $1 billion project last year.",
          note="'the same day' = Tuesday"),
        D("google-waltham-2024", ["Google"], "capex_plan", 1 * B, "USD", "exact", "2024", "announced",
          evidence="Google put £5 billion into the pot the same day, spread over two years, and opened its Waltham Cross data centre, first announced as a $1 billion project last year.",
          kind_alt=["project"], note="'last year' -> 2024"),
        D("coreweave-uk-2025", ["CoreWeave"], "capex_plan", 1.5 * B, "GBP", "exact", "2025-09", "announced",
          evidence="CoreWeave added £1.5 billion on top of the billion pounds it pledged in 2024, part of it for a Scottish site with DataVita.",
          note="no day given for CoreWeave -> 2025-09; second CoreWeave UK plan"),
        D("coreweave-uk-2024", ["CoreWeave"], "capex_plan", 1 * B, "GBP", "exact", "2024", "announced",
          evidence="CoreWeave added £1.5 billion on top of the billion pounds it pledged in 2024, part of it for a Scottish site with DataVita.",
          note="'the billion pounds' in words"),
        D("coreweave-datavita-scotland", ["CoreWeave", "DataVita"], "partnership", None, None, None, "2025-09", "announced", False,
          evidence="CoreWeave added £1.5 billion on top of the billion pounds it pledged in 2024, part of it for a Scottish site with DataVita.",
          note="site partnership without its own amount -> optional"),
        D("nvidia-uk-startups-2025", ["Nvidia"], "investment", 2 * B, "GBP", "exact", "2025-09", "planned",
          evidence="Nvidia promised £2 billion for British AI start-ups, to be deployed alongside venture firms.",
          kind_alt=["capex_plan"], note="investment pledge during the state visit -> 2025-09"),
        D("stargate-uk-2025", ["OpenAI", "Nvidia", "Nscale"], "partnership", None, None, None, "2025-09", "announced", False,
          evidence="OpenAI, Nvidia and Nscale also unveiled \"Stargate UK\", without numbers.",
          note="no amount -> optional"),
    ],
    not_deals=["$15.5 billion", "£150 billion", "£500 million", "$509.04", "$174.88", "$249.53", "$3m", "£4,900", "£4 a month"],
)

ARTICLES["011_narvik_microsoft_alster.txt"] = dict(
    published="2025-09-18", language="de",
    published_note="header '18.09.2025 – 06:40'; 'am Mittwoch' -> 2025-09-17; 'am Dienstag' -> 2025-09-16",
    deals=[
        D("nscale-microsoft-narvik", ["Nscale", "Microsoft", "Aker"], "cloud_contract", 6.2 * B, "USD", "exact", "2025-09-17", "signed",
          evidence="Der US-Softwarekonzern hat mit dem britischen KI-Infrastrukturanbieter Nscale und dem Osloer Industriekonzern Aker einen auf 6,2 Milliarden Dollar dotierten Vertrag unterzeichnet, wie die drei Unternehmen am Mittwoch mitteilten.",
          alt_amounts=[alt(5.2 * B, "EUR")],
          note="'Der US-Softwarekonzern' = Microsoft (previous sentence); five years; 'gut 5,2 Milliarden' (EUR) in the next sentence is the same contract"),
        D("microsoft-uk-2025", ["Microsoft"], "capex_plan", 30 * B, "USD", "approx", "2025-09-16", "announced",
          evidence="Der Auftrag ist Teil einer größeren Offensive: Erst am Dienstag hatte Microsoft zugesagt, von 2025 bis 2028 rund 30 Milliarden Dollar in Großbritannien auszugeben, 15,5 Milliarden davon für neue Rechenzentren.",
          term=["2025", "2028"], note="'15,5 Milliarden' is part of the plan (not_deal)"),
    ],
    not_deals=["15,5 Milliarden", "88 Milliarden Dollar", "712 Kronen", "zwei bis drei Milliarden Dollar", "rund drei Millionen Dollar",
               "1,1 Milliarden Kronen"],
)

ARTICLES["012_nscale_serieb_depotlotse.txt"] = dict(
    published="2025-09-26", language="de",
    published_note="header '26.09.2025, 08:05 Uhr'; 'am Donnerstag' -> 2025-09-25; 'Vergangene Woche' -> 2025-09",
    deals=[
        D("nscale-seriesb-2025", ["Aker", "Nscale"], "investment", 1.1 * B, "USD", "exact", "2025-09-25", "completed",
          evidence="Eine Serie-B-Runde über 1,1 Milliarden Dollar hat das Londoner Start-up Nscale abgeschlossen, die größte Finanzierung eines europäischen Jungunternehmens in diesem Jahr.",
          note="lead investor Aker and 'am Donnerstag' in the next sentence; Nokia, Dell and Nvidia also invested; Aker's ~$285m share is a not_deal"),
        D("nscale-microsoft-narvik", ["Nscale", "Microsoft", "Aker"], "cloud_contract", 6.2 * B, "USD", "exact", "2025-09", "signed",
          evidence="Vergangene Woche hatte das Unternehmen zusammen mit Aker einen Fünfjahresauftrag von Microsoft über 6,2 Milliarden Dollar für das Rechenzentrum bei Narvik erhalten.",
          note="'das Unternehmen' = Nscale"),
    ],
    not_deals=["rund 285 Millionen Dollar", "knapp drei Milliarden Dollar", "zwischen 150 und 200 Millionen Dollar", "68,4 Milliarden Kronen",
               "16,40 Kronen", "718,50 NOK", "4,12 EUR", "118,30 EUR", "151,20 EUR", "800 Kronen", "50 Euro Startguthaben", "ab 1 Euro"],
)

ARTICLES["013_nscale_gb300_wherrystone_en.txt"] = dict(
    published="2025-10-16", language="en",
    published_note="header 'October 16, 2025 | 05:58 GMT', dateline 'LONDON, Oct 15'; 'on Wednesday' -> 2025-10-15; 'Last month' -> 2025-09",
    deals=[
        D("nscale-microsoft-gb300", ["Microsoft", "Nscale"], "cloud_contract", 24 * B, "USD", "up_to", "2025-10-15", "signed",
          evidence="The arrangement is worth as much as $24 billion, said a person who has seen its terms, and stretches the relationship well beyond Europe.",
          note="parties and ~200,000 GB300 chips in the previous sentence; value from one source; confirmed 'on Wednesday' (next sentence)"),
        D("ionic-nscale-texas-lease", ["Nscale", "Ionic Digital"], "other", None, None, None, "2025-10", "signed", False,
          evidence="Some 104,000 of the chips will go into a Texas facility Nscale is leasing from Ionic Digital, with about 12,600 headed for Sines in Portugal; the rest are spread across Narvik and a new supercomputer at Loughton, Essex, that the start-up is building for Microsoft.",
          note="lease without an amount -> optional"),
        D("nscale-microsoft-loughton", ["Nscale", "Microsoft"], "cloud_contract", None, None, None, None, "announced", False,
          evidence="Some 104,000 of the chips will go into a Texas facility Nscale is leasing from Ionic Digital, with about 12,600 headed for Sines in Portugal; the rest are spread across Narvik and a new supercomputer at Loughton, Essex, that the start-up is building for Microsoft.",
          note="restated without amount or date -> optional"),
        D("nscale-microsoft-narvik", ["Nscale", "Microsoft", "Aker"], "cloud_contract", 6.2 * B, "USD", "exact", "2025-09", "signed",
          evidence="Last month Microsoft signed a five-year, $6.2 billion contract with Nscale and Norway's Aker for capacity at Narvik.",
          note="compound 'five-year, $6.2 billion contract'"),
        D("nscale-seriesb-2025", ["Aker", "Nscale"], "investment", 1.1 * B, "USD", "exact", "2025-09", "completed",
          evidence="Days later the start-up banked $1.1 billion from Series B investors, with Aker at the head of the list.",
          note="'the start-up' = Nscale; 'Days later' after the September contract -> 2025-09"),
        D("microsoft-fy2025-capex", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01", "announced",
          evidence="Back in January the company said roughly $80 billion would flow into AI-ready server farms during the twelve months that ended in June 2025.",
          term=["2024-07", "2025-06"], note="'the company' = Microsoft; spending plan for fiscal 2025 stated in January; the $24.2bn quarter is past spending (not_deal)"),
    ],
    not_deals=["$24.2 billion", "$3.5 million to $4 million", "roughly $4.4 trillion"],
)

ARTICLES["014_wachstumszonen_leitwarte.html"] = dict(
    published="2025-11-14", language="de",
    published_note="visible 'Stand: 14.11.2025, 16:05 Uhr' plus <meta name=date> and JSON-LD datePublished; 'am Donnerstag' (growth zone, not a deal) -> 2025-11-13",
    deals=[
        D("vantage-uk-2025", ["Vantage Data Centers"], "capex_plan", 12 * B, "GBP", "exact", "2025-01", "announced",
          evidence="Vantage Data Centers hatte im Januar zwölf Milliarden Pfund für britische Standorte zugesagt, ein Großteil davon für den Campus bei Newport.",
          note="amount in words; 'im Januar' -> 2025-01"),
        D("blackstone-cambois-2024", ["Blackstone"], "capex_plan", 10 * B, "GBP", "exact", "2024", "announced",
          evidence="Im Nordosten Englands, wo im September eine weitere Zone ausgerufen wurde, plant Blackstone bei Cambois seit 2024 einen Campus für zehn Milliarden Pfund.",
          kind_alt=["project"], note="'im September' belongs to the growth zone (2025); the plan dates from 2024"),
        D("kao-harlow-loan-2025", ["Kao Data"], "investment", 250 * M, "GBP", "exact", "2025-11", "signed",
          evidence="Neu ist ein Kredit: Der Betreiber Kao Data hat sich nach eigenen Angaben bei einem Bankenkonsortium 250 Millionen Pfund für den Ausbau seines Campus in Harlow gesichert.",
          kind_alt=["other"], note="bank loan, five-year term (next sentence); 'Neu', no day -> month of publication; second Kao Data deal"),
        D("microsoft-uk-2025", ["Microsoft"], "capex_plan", 22 * B, "GBP", "approx", "2025-09", "announced",
          evidence="Microsofts im September angekündigtes Paket für das Land umfasst bis 2028 rund 22 Milliarden Pfund.",
          term=[None, "2028"], note="genitive 'Microsofts'; the GBP figure of 010's $30bn"),
    ],
    not_deals=["bis zu fünf Millionen Pfund", "2,5 Milliarden Pfund", "rund 24 Pence je Kilowattstunde", "1.900 Euro je kW", "5.000 Euro"],
)

ARTICLES["015_interview_kilowatt_en.txt"] = dict(
    published=None, language="en",
    published_note="no date at all (only 'Reading time: 7 min'); all deal dates null",
    deals=[
        D("stargate-norway-jv", ["Aker", "Nscale"], "joint_venture", 1 * B, "USD", "approx", None, "announced",
          evidence="Aker and Nscale are spending about a billion dollars on the first phase of Stargate Norway, and the area has surplus hydro that was never going anywhere.",
          kind_alt=["project"], note="'about a billion dollars' in words"),
        D("nscale-microsoft-narvik", ["Nscale", "Microsoft", "Aker"], "cloud_contract", 6.2 * B, "USD", "exact", None, "signed",
          evidence="Then Microsoft signed for capacity there: $6.2 billion over five years.",
          note="'there' = Narvik / Stargate Norway of Aker and Nscale (previous sentence)"),
        D("fortum-microsoft-heat", ["Fortum", "Microsoft"], "partnership", None, None, None, None, "signed", False,
          evidence="Its waste-heat arrangement with Microsoft around Espoo, data-centre heat into the district network, taught the whole industry that heat has value.",
          note="'Its' = Fortum; background, no amount -> optional; different from the 2026 PPA"),
    ],
    not_deals=["€20 to €25 per megawatt-hour", "NOK 400,000 per megawatt", "in the hundreds of millions", "€60 billion",
               "NOK 700,000 a year", "£95 a year", "£25"],
)

ARTICLES["016_mistral_borlaenge_skandinavien.txt"] = dict(
    published="2026-02-16", language="de",
    published_note="date line 'Nr. 7 · Montag, 16. Februar 2026'; 'vergangene Woche' -> 2026-02; 'im vergangenen August' -> 2025-08",
    deals=[
        D("mistral-ecodatacenter-2026", ["Mistral AI", "EcoDataCenter"], "project", 1.2 * B, "EUR", "approx", "2026-02", "announced",
          evidence="Zusammen mit dem Betreiber EcoDataCenter wollen die Franzosen in Borlänge rund 1,2 Milliarden Euro investieren, umgerechnet etwa 13 Milliarden Kronen; beide Seiten gaben das Vorhaben vergangene Woche bekannt.",
          kind_alt=["capex_plan", "joint_venture"], alt_amounts=[alt(13 * B, "SEK")],
          note="'die Franzosen' = Mistral AI (previous sentence)"),
        D("ecodatacenter-equity-2025", ["Areim", "EcoDataCenter"], "investment", 5.5 * B, "SEK", "exact", "2025-08", "completed",
          evidence="EcoDataCenter, das zum Stockholmer Investor Areim gehört, hatte sich im vergangenen August 5,5 Milliarden Kronen frisches Eigenkapital besorgt.",
          note="restated equity raise of 009"),
    ],
    not_deals=["35 bis 40 Milliarden Kronen", "11,7 Milliarden Euro", "mehr als 300 Millionen Euro", "rund 1,5 Milliarden Kronen pro Jahr",
               "74 Öre je Kilowattstunde", "349 Euro", "229 Euro"],
)

ARTICLES["017_nordic_ticker_lattice_en.txt"] = dict(
    published="2026-03-10", language="en",
    published_note="liveblog header 'Tuesday 10 March 2026'; 'this afternoon' -> 2026-03-10",
    deals=[
        D("atnorth-sale-2026", ["Partners Group", "atNorth"], "acquisition", 5 * B, "USD", "approx", "2026-03", "rumored",
          evidence="Partners Group is exploring a sale of the Nordic data-centre operator that might value it at around $5 billion including debt, two sources close to the auction tell Lattice.",
          note="sale process from sources, buyer unknown; value including debt"),
        D("partners-group-atnorth-2022", ["Partners Group", "atNorth"], "acquisition", None, None, None, "2022", "completed", False,
          evidence="The Swiss firm bought atNorth in 2022.",
          note="background, no price -> optional"),
        D("fortum-microsoft-ppa-2026", ["Fortum", "Microsoft"], "supply", 350 * M, "EUR", "range", "2026-03-10", "signed",
          amount_max=400 * M,
          evidence="Fortum gave no value; Kvitberg Analyse reckons the contract is worth €350 million to €400 million over its life.",
          note="ten-year PPA for ~1 TWh a year announced 'this afternoon' (previous sentence); the value comes only from analysts, annotated as the deal's range (as an analyst-valued supply deal in ../corpus15)"),
        D("fortum-microsoft-heat", ["Fortum", "Microsoft"], "partnership", None, None, None, "2022", "signed", False,
          evidence="Worth remembering: Fortum and Microsoft have worked together since 2022 on using data-centre waste heat to warm homes in Espoo.",
          note="the older heat arrangement, expressly a separate contract -> optional"),
        D("nscale-seriesc-2026", ["Nscale"], "investment", 2 * B, "USD", "up_to", "2026-03", "rumored",
          evidence="Nscale wants to raise up to $2 billion in fresh equity and has begun talks with investors, reportedly to prepare for a stock-market listing as early as next year, a person briefed on the matter says.",
          note="planned round from one source; investors unnamed"),
    ],
    not_deals=["CHF 1,082", "€16.42", "€31.50/MWh", "NOK 735", "$402.10", "£3 a trade"],
)

ARTICLES["018_verne_keflavik_kuehlregister.txt"] = dict(
    published="2026-05-20", language="de",
    published_note="issue line 'Ausgabe 19/2026 · Mittwoch, 20. Mai 2026'; 'am Montag' -> 2026-05-18; 'Seit März' -> 2026-03",
    deals=[
        D("verne-keflavik-2026", ["Verne"], "capex_plan", 310 * M, "EUR", "approx", "2026-05-18", "announced",
          evidence="Das Unternehmen veranschlagt dafür rund 45 Milliarden isländische Kronen, umgerechnet etwa 310 Millionen Euro, wie es am Montag mitteilte.",
          kind_alt=["project"], note="'Das Unternehmen' = Verne; Icelandic krónur (ISK) are outside the allowed currency list, so the article's EUR conversion is annotated"),
        D("ardian-verne-2024", ["Ardian", "Verne", "Digital 9 Infrastructure"], "acquisition", 575 * M, "USD", "up_to", "2024", "completed",
          evidence="Eigentümer Ardian, der Verne 2024 für bis zu 575 Millionen Dollar von Digital 9 Infrastructure übernommen hatte, schießt frisches Kapital zu.",
          note="restated 2024 purchase in a relative clause"),
        D("ardian-verne-equity-2026", ["Ardian", "Verne"], "investment", 120 * M, "EUR", "approx", "2026-05", "planned",
          evidence="Insidern zufolge geht es um rund 120 Millionen Euro, den Rest sollen Banken finanzieren.",
          note="Ardian's capital injection for the expansion (previous sentence); amount from insiders; second Ardian–Verne deal"),
        D("atnorth-sale-2026", ["Partners Group", "atNorth"], "acquisition", 5 * B, "USD", "approx", "2026-03", "rumored",
          evidence="Insidern zufolge will der Schweizer Eigentümer Partners Group bei dem Verkauf rund fünf Milliarden Dollar einschließlich Schulden erlösen; mehrere Infrastrukturfonds sollen in der zweiten Runde sein.",
          note="amount in words; process running 'Seit März' (previous sentence)"),
        D("fortum-microsoft-ppa-2026", ["Fortum", "Microsoft"], "supply", None, None, None, "2026-03", "signed", False,
          evidence="In Finnland hat Fortum mit dem Bau der Windparks begonnen, die Microsoft über den im März geschlossenen Liefervertrag versorgen sollen.",
          note="restated without amount -> optional"),
    ],
    not_deals=["rund 40 Dollar je Megawattstunde", "214 Millionen Dollar", "rund 95 Millionen Dollar im Jahr", "1,9 Eurocent",
               "149 Euro netto", "390 Euro"],
)

ARTICLES["019_stargate_loan_vestfjord_en.txt"] = dict(
    published="2026-07-03", language="en",
    published_note="dateline 'NARVIK, 3 July 2026'; 'on Thursday' and 'The same day' -> 2026-07-02; 'last July' -> 2025-07",
    deals=[
        D("stargate-norway-loan-2026", ["Stargate Norway", "DNB"], "investment", 2.8 * B, "USD", "exact", "2026-07-02", "signed",
          evidence="The Narvik data-centre venture owned by Aker and Nscale has signed a $2.8 billion senior loan with a group of nine banks led by DNB, the companies said on Thursday, the largest project financing ever arranged in Northern Norway.",
          kind_alt=["other"], note="borrower = Stargate Norway (named in the next paragraph); Aker and Nscale are its owners; lead bank DNB"),
        D("statkraft-stargate-ppa-2026", ["Statkraft", "Stargate Norway"], "supply", 9 * B, "NOK", "approx", "2026-07-02", "signed",
          evidence="Two people familiar with the negotiations valued it at roughly NOK 9 billion across the term, placing it among the state utility's largest industrial contracts.",
          note="15-year hydropower contract agreed 'The same day' (two sentences earlier); value from sources"),
        D("stargate-norway-jv", ["Aker", "Nscale"], "joint_venture", 1 * B, "USD", "approx", "2025-07", "announced",
          evidence="The partners put about $1 billion into the first phase when they launched the venture last July.",
          kind_alt=["project"], note="'The partners' = Aker and Nscale (first paragraph); 'last July' -> 2025-07"),
    ],
    not_deals=["$9.5 million per megawatt", "about NOK 48 million a year", "NOK 8.4 billion", "NOK 752"],
)

ARTICLES["020_gigawatt_brief_november.txt"] = dict(
    published="2026-11-13", language="de",
    published_note="issue line 'Ausgabe 46/2026 · 13.11.2026'; 'am Dienstag' -> 2026-11-10 (the sale was called off); 'Im Frühjahr' -> 2026",
    deals=[
        D("atnorth-sale-2026", ["Partners Group", "atNorth"], "acquisition", 5 * B, "USD", "approx", "2026", "cancelled",
          evidence="Im Frühjahr war Insidern zufolge ein Preis von rund fünf Milliarden Dollar im Gespräch gewesen; die Gebote in der Schlussrunde lagen nach Angaben aus Finanzkreisen deutlich darunter.",
          note="sale called off (previous sentence, confirmed 'am Dienstag' = 2026-11-10); a cancelled deal keeps the date of the talks ('Im Frühjahr' -> 2026)"),
        D("coreweave-uk-2025", ["CoreWeave"], "capex_plan", 1.5 * B, "GBP", "exact", "2025-09", "announced",
          evidence="Sie ist Teil der 1,5 Milliarden Pfund, die der US-Anbieter im September 2025 zusätzlich für Großbritannien zugesagt hatte.",
          note="'der US-Anbieter' = CoreWeave (previous sentence)"),
        D("coreweave-datavita-scotland", ["CoreWeave", "DataVita"], "partnership", None, None, None, None, "announced", False,
          evidence="In Airdrie bei Glasgow hat CoreWeave gemeinsam mit dem Betreiber DataVita seine erste schottische Halle in Betrieb genommen.",
          note="opening of the joint site, no amount -> optional"),
        D("statkraft-stargate-ppa-2026", ["Statkraft", "Stargate Norway"], "supply", 9 * B, "NOK", "approx", "2026-07", "signed",
          evidence="Für die Stromlieferung an Stargate Norway – den im Juli geschlossenen 15-Jahres-Vertrag, dessen Wert Insider auf rund neun Milliarden Kronen taxieren – verlegt Statkraft eine eigene 132-kV-Leitung.",
          note="amount in words inside a dash parenthesis; the state's 310m grant is a not_deal"),
        D("mistral-ecodatacenter-2026", ["Mistral AI", "EcoDataCenter"], "project", 1.2 * B, "EUR", "exact", None, "announced",
          evidence="Beim 1,2-Milliarden-Euro-Projekt von Mistral AI und EcoDataCenter in Borlänge ist der Rohbau der ersten Halle fertig.",
          kind_alt=["capex_plan", "joint_venture"], note="compound '1,2-Milliarden-Euro-Projekt'; no date given"),
    ],
    not_deals=["12 Millionen Pfund", "310 Millionen Kronen", "mehr als zwei Milliarden Euro", "71 Euro", "4.800 Euro", "24 Euro im Monat"],
)

ALIASES = {
    "CoreWeave": ["CoreWeave"],
    "Blackstone": ["Blackstone", "Blackstones", "QTS"],
    "Microsoft": ["Microsoft", "Microsofts"],
    "Google": ["Google", "Alphabet"],
    "Amazon": ["Amazon", "AWS"],
    "CPP Investments": ["CPP Investments"],
    "AirTrunk": ["AirTrunk"],
    "Advance Northumberland": ["Advance Northumberland"],
    "Ardian": ["Ardian"],
    "Verne": ["Verne"],
    "Digital 9 Infrastructure": ["Digital 9 Infrastructure", "D9"],
    "EcoDataCenter": ["EcoDataCenter"],
    "Areim": ["Areim"],
    "atNorth": ["atNorth"],
    "Partners Group": ["Partners Group"],
    "Nscale": ["Nscale"],
    "Aker": ["Aker", "Aker ASA"],
    "Sandton Capital Partners": ["Sandton Capital Partners"],
    "Kontena": ["Kontena"],
    "OpenAI": ["OpenAI"],
    "Stargate Norway": ["Stargate Norway"],
    "Nvidia": ["Nvidia"],
    "Statkraft": ["Statkraft"],
    "DNB": ["DNB"],
    "Fortum": ["Fortum"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "Kao Data": ["Kao Data"],
    "Kyndryl": ["Kyndryl"],
    "Mistral AI": ["Mistral AI", "Mistral", "Mistrals"],
    "Ionic Digital": ["Ionic Digital"],
    "DataVita": ["DataVita"],
}


def main():
    gold = {"about": ABOUT, "articles": {}, "aliases": ALIASES}
    for name, a in ARTICLES.items():
        gold["articles"][name] = {"published": a["published"], "published_note": a["published_note"],
                                  "language": a["language"], "deals": a["deals"], "not_deals": a["not_deals"]}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(gold['articles'])} articles, "
          f"{sum(len(a['deals']) for a in gold['articles'].values())} deal mentions")


if __name__ == "__main__":
    main()
