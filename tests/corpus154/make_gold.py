#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus154/articles/.

Edit the annotation here, then run: python3 tests/corpus154/make_gold.py
Same format and rules as tests/corpus15/gold.json and ../shared/gold/seeds.json.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 154th held-out test corpus (tests/corpus154/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: aircraft makers, engine makers and aerospace suppliers in the AI boom "
    "(AI and cloud contracts, design-simulation compute, predictive-maintenance software licences and "
    "takeovers, stakes in AI start-ups, data-centre power from engines and turbines). One entry per article; a "
    "deal that several articles report carries the same id in each. 'required': false marks vague or "
    "background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the "
    "same article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <meta>/<time>, issue line or stock-portal "
    "stamp, or null when the article has none); quarters, half-years and seasons become the year; a "
    "cancelled deal keeps the date of the original offer or talks; 'term' is the period the deal covers, "
    "where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For "
    ".html articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). "
    "Invented companies: Kerbholz Analytics GmbH, Brunnmeister Capital, Vireon Compute, Sarrazin Ventures, "
    "Aerolumen, Velloran Systems, Strahlwerk Simulation GmbH, Schwaigfeld Ventures, Marnevo AI, Pilatusblick "
    "Analytics, Kleihof Rechenzentren GmbH, Ketelhöhn Bank, Quenfield Power, Ashgrove Turbine Leasing, "
    "Orrinford Software, Kallvik Data and the Gemeinde Wöhrdenhusen; invented publications, research houses, "
    "advertisers and people are listed in invented_names.txt; the deals of real companies are partly loosely "
    "based on public reports, partly invented, with amounts, dates and details shifted. Nothing here is reporting."
)

ALIASES = {
    "Lufthansa Technik": ["Lufthansa Technik", "Lufthansa Technik AG"],
    "Lufthansa": ["Lufthansa", "Lufthansa Group", "Deutsche Lufthansa"],
    "Kerbholz Analytics": ["Kerbholz Analytics", "Kerbholz Analytics GmbH", "Kerbholz"],
    "Brunnmeister Capital": ["Brunnmeister Capital"],
    "Safran": ["Safran", "Safran SA", "Safran Electronics & Defense"],
    "Preligens": ["Preligens"],
    "Collins Aerospace": ["Collins Aerospace"],
    "Airbus": ["Airbus", "Airbus SE"],
    "Vireon Compute": ["Vireon Compute", "Vireon"],
    "Sarrazin Ventures": ["Sarrazin Ventures"],
    "Rolls-Royce": ["Rolls-Royce", "Rolls-Royce Holdings", "Rolls-Royce plc", "Rolls-Royce Power Systems"],
    "Rolls-Royce SMR": ["Rolls-Royce SMR"],
    "Aerolumen": ["Aerolumen"],
    "Boeing": ["Boeing", "The Boeing Company"],
    "Thoma Bravo": ["Thoma Bravo"],
    "Spirit AeroSystems": ["Spirit AeroSystems"],
    "Velloran Systems": ["Velloran Systems", "Velloran"],
    "MTU Aero Engines": ["MTU Aero Engines", "MTU", "MTU Maintenance"],
    "Strahlwerk Simulation": ["Strahlwerk Simulation", "Strahlwerk Simulation GmbH", "Strahlwerk"],
    "Schwaigfeld Ventures": ["Schwaigfeld Ventures"],
    "Dassault Aviation": ["Dassault Aviation", "Dassault"],
    "Marnevo AI": ["Marnevo AI", "Marnevo"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Microsoft": ["Microsoft", "Azure"],
    "Pilatusblick Analytics": ["Pilatusblick Analytics", "Pilatusblick"],
    "Kleihof Rechenzentren": ["Kleihof Rechenzentren", "Kleihof Rechenzentren GmbH", "Kleihof"],
    "Ketelhöhn Bank": ["Ketelhöhn Bank"],
    "Quenfield Power": ["Quenfield Power", "Quenfield"],
    "Great British Energy – Nuclear": ["Great British Energy – Nuclear", "Great British Energy - Nuclear", "GBE-N"],
    "Crusoe": ["Crusoe", "Crusoe Energy"],
    "Boom Supersonic": ["Boom Supersonic", "Boom"],
    "Ashgrove Turbine Leasing": ["Ashgrove Turbine Leasing", "Ashgrove"],
    "Orrinford Software": ["Orrinford Software", "Orrinford"],
    "Kallvik Data": ["Kallvik Data", "Kallvik"],
    "Gemeinde Wöhrdenhusen": ["Gemeinde Wöhrdenhusen", "Wöhrdenhusen"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, required, evidence, *,
      amount_max=None, term=None, per=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status, "required": required}
    if term is not None:
        d["term"] = term
    if per is not None:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


LHT_K = ["Lufthansa Technik", "Kerbholz Analytics"]
AIR_V = ["Airbus", "Vireon Compute"]
BOE_TB = ["Boeing", "Thoma Bravo"]
RR_KH = ["Rolls-Royce", "Kleihof Rechenzentren"]
MTU_S = ["MTU Aero Engines", "Strahlwerk Simulation"]
CR_BOOM = ["Crusoe", "Boom Supersonic"]

ARTICLES = {
    "001_kerbholz_lizenz_elbpost.txt": A(
        "2024-03-14",
        "dateline without year 'Hamburg, 14. März (oe)'; the year from the copyright line '© 2024 Ottenser Elbpost'; "
        "'am Dienstag' -> 2024-03-12",
        "de",
        [
            D("lufthansatechnik-kerbholz-licence", LHT_K, "supply", 12000000, "EUR", "approx", "2024-03-12",
              "signed", True,
              "Lufthansa Technik zahlt dafür jährlich rund zwölf Millionen Euro, zunächst für fünf Jahre ab April.",
              term=["2024-04", "2029-03"], per="year", kind_alt=["cloud_contract", "other"],
              note="software licence; 'dafür' = the licence signed 'am Dienstag' (previous sentence); amount in words; "
                   "per year over five years; the first Lufthansa Technik–Kerbholz deal, different from the takeover "
                   "of 2024-12 (005, 006, 007, 014)"),
            D("brunnmeister-kerbholz-2023", ["Brunnmeister Capital", "Kerbholz Analytics"], "investment", 9500000,
              "EUR", "exact", "2023", "completed", True,
              "Das Geld für den Ausbau hatte sich Kerbholz im vergangenen Herbst besorgt: Angeführt von Brunnmeister "
              "Capital steckten drei Geldgeber zusammen 9,5 Millionen Euro in das Unternehmen.",
              note="'im vergangenen Herbst' -> 2023 (season becomes the year); the round lists its lead investor"),
        ],
        ["mehrere Hunderttausend Euro", "3,1 Millionen Euro", "800.000 Euro", "68.000 Euro",
         "23,50 Euro pro Quadratmeter", "189 Euro im Jahr"],
    ),
    "002_safran_preligens_cordouan_en.txt": A(
        "2024-09-11",
        "from the header 'September 11, 2024 | 06:40 CET'; dateline 'PARIS, Sept 10', 'said on Tuesday' -> 2024-09-10",
        "en",
        [
            D("safran-preligens", ["Safran", "Preligens"], "acquisition", 220000000, "EUR", "exact", "2024-09-10",
              "signed", True,
              "Safran has agreed to acquire Preligens, a Paris company whose software combs satellite and drone "
              "images for military analysts, for €220 million, the French engine and equipment maker said on "
              "Tuesday, its largest bet so far on artificial intelligence.",
              alt=[(243000000, "USD")],
              note="agreed, completion expected at the end of the year; $243m in the next sentence"),
            D("safran-collins-actuation", ["Safran", "Collins Aerospace"], "acquisition", 1800000000, "USD",
              "exact", "2023", "completed", True,
              "The transaction comes roughly a year after Safran closed the $1.8 billion acquisition of the actuation "
              "and flight-control business of Collins Aerospace, a deal that antitrust reviews in Europe and China "
              "had held up for months.",
              note="background deal with an amount; 'roughly a year' before September 2024 -> 2023"),
            D("safran-ai-tools-plan", ["Safran"], "capex_plan", 100000000, "EUR", "approx", None, "planned", False,
              "Safran has also said it wants to spend about €100 million over the next four years on AI tools across "
              "its own factories and engine shops.",
              note="group-wide spending plan, no counterparty, no date of the statement -> optional"),
        ],
        ["about €28 million", "about €100 million from venture funds", "about €6,000 per analyst seat per year",
         "€235", "€203.40", "roughly €87 billion", "between €4.1 billion and €4.2 billion", "€413 billion"],
    ),
    "003_airbus_vireon_stroemungsbrief.txt": A(
        "2024-10-16",
        "from the issue line 'Ausgabe 41/2024 · Mittwoch, 16. Oktober 2024'; 'am Dienstag' -> 2024-10-15",
        "de",
        [
            D("airbus-vireon-compute", AIR_V, "cloud_contract", 480000000, "EUR", "exact", "2024-10-15", "signed",
              True,
              "Der Auftrag hat nach Angaben beider Firmen einen Wert von 480 Millionen Euro und deckt den Zeitraum "
              "von Januar 2025 bis Ende 2029 ab.",
              term=["2025-01", "2029"], alt=[(520000000, "USD")], kind_alt=["supply"],
              note="parties and 'am Dienstag' in the previous sentence ('Der Flugzeugbauer ... mit dem Toulouser "
                   "GPU-Betreiber Vireon Compute'); compound '480-Millionen-Euro-Auftrag' in the intro; 004 restates "
                   "it in USD ($520m, alt_amounts), 018 without amount; different from Airbus's 2026 stake in Vireon"),
            D("sarrazin-vireon-2024", ["Sarrazin Ventures", "Vireon Compute"], "investment", 120000000, "EUR",
              "exact", "2024", "completed", True,
              "Im Frühjahr hatte der Pariser Wachstumsfonds Sarrazin Ventures eine Runde angeführt, in der das erst "
              "2021 gegründete Unternehmen 120 Millionen Euro bekam.",
              note="'das erst 2021 gegründete Unternehmen' = Vireon; 'Im Frühjahr' -> 2024; first Sarrazin–Vireon "
                   "round, different from the 2026 Series C (018); valuation ~€900m is not a deal"),
        ],
        ["rund 2,10 Euro", "rund 900 Millionen Euro", "rund 3 Milliarden Euro", "4,8 Milliarden Dollar",
         "14 Millionen Euro", "Ticket 95 Euro"],
    ),
    "004_rollsroyce_aerolumen_nacellereview_en.html": A(
        "2024-11-13",
        "from <meta property='article:published_time'>, JSON-LD datePublished and <time datetime='2024-11-13'> "
        "(visible '13 Nov 2024'); 'on Tuesday' -> 2024-11-12; 'Last month' -> 2024-10",
        "en",
        [
            D("rollsroyce-aerolumen-seriesb", ["Rolls-Royce", "Aerolumen"], "investment", 38000000, "GBP", "exact",
              "2024-11-12", "completed", True,
              "Rolls-Royce has led a £38 million Series B funding round in Aerolumen, a Bristol start-up whose "
              "software proposes and tests fan-blade and nacelle shapes in hours rather than weeks, the company said "
              "on Tuesday.",
              note="round listed with its lead investor (Brunnmeister Capital joined); first Rolls-Royce–Aerolumen "
                   "deal, different from the 2026 takeover (019); valuation £210m is not a deal"),
            D("airbus-vireon-compute", AIR_V, "cloud_contract", 520000000, "USD", "approx", "2024-10", "signed", True,
              "Last month Airbus committed about $520 million to Vireon Compute, a GPU cloud operator in Toulouse, "
              "for five years of simulation capacity, the largest such contract disclosed in European aerospace so far.",
              kind_alt=["supply"],
              note="same contract as 003 (€480m on 2024-10-15), here in USD and with the month only"),
            D("aerolumen-boeing-pilot", ["Aerolumen", "Boeing"], "partnership", None, None, None, "2024-11",
              "negotiating", False,
              "Aerolumen is also in early talks with Boeing about a pilot project on cabin airflow, Fairlie-Shaw said, "
              "without putting a figure on it.",
              kind_alt=["supply", "other"],
              note="early talks without amount -> optional; date = month of the article"),
        ],
        ["about £210 million", "around £40,000", "£975 million", "541p", "£495", "£10m"],
    ),
    "005_lufthansa_kerbholz_boersenfluegel.txt": A(
        "2024-11-28",
        "from the stock-portal stamp '28.11.2024 - 07:41:12'",
        "de",
        [
            D("lufthansatechnik-kerbholz-takeover", LHT_K, "acquisition", 130000000, "EUR", "range", "2024",
              "rumored", True,
              "Im Gespräch sei ein Kaufpreis zwischen 130 und 150 Millionen Euro, sagten zwei Personen, die mit dem "
              "Vorhaben befasst sind, am Mittwochabend.",
              amount_max=150000000, alt=[(142000000, "EUR"), (149000000, "USD")],
              note="rumour from insiders; parties in the previous sentence ('Lufthansa Technik verhandelt Insidern "
                   "zufolge über die Übernahme der Kerbholz Analytics GmbH'); signed on 2024-12-17 at €142m "
                   "($149m) in 006 (alt_amounts); date only the year so that the shared id's dates agree with the "
                   "signing; different from the 2024 licence (001)"),
            D("lufthansa-mro-digital-plan", ["Lufthansa"], "capex_plan", 250000000, "EUR", "approx", None,
              "planned", False,
              "Bis 2028 will die Lufthansa Group nach eigenen Angaben rund 250 Millionen Euro in digitale Werkzeuge "
              "für die Instandhaltung stecken, von der Datenplattform bis zu Robotern für die Triebwerksinspektion.",
              term=[None, "2028"],
              note="group-wide spending plan ('Der Konzern' in the previous sentence) -> optional"),
        ],
        ["etwa sieben Millionen Euro", "6,9 Milliarden Euro", "7,50 Euro", "zwischen 1,4 und 1,5 Milliarden Euro",
         "6,62 Euro", "6,38 EUR", "6,41 EUR", "5,54 – 8,63 EUR", "7,6 Mrd. EUR", "ab 500 Euro",
         "1 Euro Fremdspesen"],
    ),
    "006_lufthansatechnik_kerbholz_fennwick_en.txt": A(
        "2024-12-18",
        "from the header 'Wednesday, 18 December 2024 · 07:15 GMT'; dateline 'HAMBURG, 17 December', 'on Tuesday' "
        "-> 2024-12-17; 'last month' -> 2024-11",
        "en",
        [
            D("lufthansatechnik-kerbholz-takeover", LHT_K, "acquisition", 142000000, "EUR", "exact", "2024-12-17",
              "signed", True,
              "Lufthansa Technik agreed on Tuesday to buy Kerbholz Analytics, a Hamburg start-up whose software "
              "forecasts when aircraft engines will need to come off the wing, for €142 million (about $149 million), "
              "ending weeks of speculation about the talks.",
              alt=[(149000000, "USD")],
              note="signing of the rumour of 005; closing expected in Q1 2025"),
            D("lufthansatechnik-microsoft-hosting", ["Lufthansa Technik", "Microsoft"], "cloud_contract", 70000000,
              "EUR", "approx", "2024-11", "signed", True,
              "In the same statement the group revealed a five-year hosting agreement with Microsoft, signed last "
              "month and worth roughly €70 million according to someone familiar with the contract, that moves the "
              "platform onto Azure.",
              note="'the group' = Lufthansa Technik (previous sentence); value from a source; 'last month' -> 2024-11"),
        ],
        ["$10 million to $15 million", "around €7 million", "€6.9 billion", "€6.41"],
    ),
    "007_engine_makers_ai_thrustline_en.txt": A(
        "2025-03-13",
        "from the line 'Guest column | Thursday, 13 March 2025'; 'in December' -> 2024-12; 'last month' -> 2025-02",
        "en",
        [
            D("lufthansatechnik-kerbholz-takeover", LHT_K, "acquisition", 142000000, "EUR", "exact", "2024-12",
              "signed", True,
              "Lufthansa Technik paid €142 million in December for Kerbholz Analytics, a predictive-maintenance "
              "start-up with fewer than 60 staff.",
              note="analyst's restatement of 006, month only"),
            D("boeing-velloran-inspection-contract", ["Boeing", "Velloran Systems"], "supply", 65000000, "USD",
              "approx", "2025-02", "signed", True,
              "Velloran Systems, a Wichita company that uses computer vision to inspect fuselage panels and "
              "fasteners, disclosed last month that Boeing's defence unit had signed a contract with it worth about "
              "$65 million over four years.",
              kind_alt=["other"],
              note="'disclosed last month' -> 2025-02 (signing day not given); first Boeing–Velloran deal, different "
                   "from the failed takeover talks of 2025 (014)"),
            D("mtu-capex-2030", ["MTU Aero Engines"], "capex_plan", 1000000000, "EUR", "approx", None, "planned",
              False,
              "Third, the capital needs are modest: MTU Aero Engines, for example, has pencilled in roughly €1 "
              "billion of capital spending through 2030, most of it for shop capacity rather than anything digital.",
              term=[None, "2030"],
              note="group-wide capex -> optional"),
        ],
        ["€390", "€355", "€260", "about $120 billion", "roughly $90 billion", "€2.20 per share", "up from €2.00", "£340",
         "£32 per month"],
    ),
    "008_boeing_thomabravo_contrailmarkets_en.txt": A(
        "2025-04-23",
        "from the stock-portal stamp 'Apr 23, 2025 · 7:58 AM ET'; 'on Tuesday' -> 2025-04-22; 'last July' -> 2024-07",
        "en",
        [
            D("boeing-thomabravo-digital", BOE_TB, "acquisition", 10400000000, "USD", "exact", "2025-04-22",
              "signed", True,
              "Boeing (NYSE: BA) agreed on Tuesday to sell its Jeppesen navigation-data business, the ForeFlight "
              "flight-planning app and two smaller digital units to private-equity firm Thoma Bravo for $10.4 "
              "billion in cash (roughly €9.1 billion), raising money to shore up a balance sheet strained by years "
              "of production trouble.",
              alt=[(9100000000, "EUR")],
              note="sale of Boeing's digital aviation units (amount shifted from the public report); the buyer is "
                   "Thoma Bravo; 014 reports the closing in EUR"),
            D("boeing-spirit-aerosystems", ["Boeing", "Spirit AeroSystems"], "acquisition", 4700000000, "USD",
              "exact", "2024-07", "signed", True,
              "The deal also helps Boeing focus on its pending $4.7 billion all-stock takeover of Spirit AeroSystems, "
              "agreed last July, which is meant to bring fuselage production back in house and is still waiting for "
              "regulators.",
              note="background deal with amount, agreed but pending"),
        ],
        ["about $53 billion", "$3.6 billion", "more than $180 billion", "about $1.6 billion", "$205", "$190",
         "$170", "$158.06", "$162.50", "$0.49", "$0.65"],
    ),
    "009_mtu_strahlwerk_mallertshofener.txt": A(
        "2025-05-20",
        "from the line 'Stand: 20.05.2025, 17:04 Uhr'; 'Im März' -> 2025-03",
        "de",
        [
            D("mtu-strahlwerk-stake", MTU_S, "investment", 50000000, "EUR", "up_to", "2025", "negotiating", True,
              "Insgesamt könnten dabei bis zu 50 Millionen Euro an das Start-up fließen, heißt es aus Finanzkreisen.",
              alt=[(48000000, "EUR")], kind_alt=["acquisition"],
              note="talks ('verhandelt über eine Minderheitsbeteiligung', previous sentence); signed on 2025-07-14 at "
                   "knapp €48m (011, alt_amounts); date only the year so that the shared id's dates agree; different "
                   "from the licence below"),
            D("mtu-strahlwerk-licence", MTU_S, "supply", 6000000, "EUR", "approx", "2025-03", "signed", True,
              "Im März hatte MTU bereits für rund sechs Millionen Euro Lizenzen für den KI-Strömungslöser von "
              "Strahlwerk gekauft, zunächst für drei Jahre.",
              term=["2025-03", "2028"], kind_alt=["other", "cloud_contract"],
              note="software licence, amount in words; first MTU–Strahlwerk deal, must stay apart from the stake"),
            D("schwaigfeld-strahlwerk-2023", ["Schwaigfeld Ventures", "Strahlwerk Simulation"], "investment",
              14000000, "EUR", "exact", "2023", "completed", True,
              "2023 sammelte Strahlwerk in einer ersten Runde 14 Millionen Euro ein, angeführt von Schwaigfeld "
              "Ventures aus Gräfelfing; mehrere Business Angels aus der Luftfahrtbranche beteiligten sich.",
              note="round listed with its lead investor"),
        ],
        ["rund 5 Millionen Euro", "2,4 Millionen Euro", "312,40 Euro", "mehr als 8,5 Milliarden Euro",
         "rund 19 Euro pro Quadratmeter"],
    ),
    "010_parisairshow_live_flightlinewire_en.txt": A(
        "2025-06-17",
        "from the ticker header 'Tuesday 17 June 2025 · Le Bourget'; entries 'this morning' -> 2025-06-17",
        "en",
        [
            D("dassault-marnevo-stake", ["Dassault Aviation", "Marnevo AI"], "investment", 60000000, "EUR", "exact",
              "2025-06-17", "signed", True,
              "Dassault Aviation is putting €60 million into Marnevo AI, a Paris start-up building AI co-pilots for "
              "mission systems, in return for a minority stake, the two companies announced at a press breakfast "
              "this morning.",
              kind_alt=["acquisition"],
              note="ticker entry 09:40; first Dassault–Marnevo deal, different from the 2026 software contract (019)"),
            D("dassault-mistral-ai", ["Dassault Aviation", "Mistral AI"], "partnership", None, None, None, None,
              "signed", False,
              "Dassault already works with Mistral AI on language models for its engineering teams; no money was "
              "mentioned.",
              note="existing cooperation without amount or date -> optional"),
            D("safran-microsoft-cloud", ["Safran", "Microsoft"], "cloud_contract", 300000000, "EUR", "at_least",
              "2025-06-17", "signed", True,
              "Safran and Microsoft signed a cloud and AI agreement worth more than €300 million over seven years, "
              "covering engineering workloads, supply-chain planning and an AI assistant for engine-shop technicians.",
              term=[None, "2032"],
              note="ticker entry 11:15; runs until 2032; the commenter's '€300m' repeats it"),
            D("safran-pilatusblick", ["Safran", "Pilatusblick Analytics"], "investment", 24000000, "CHF", "exact",
              "2025-06-17", "completed", True,
              "Also from Safran: its corporate venture arm led a CHF 24 million round in Pilatusblick Analytics, a "
              "Zurich start-up that detects defects in turbine blades from borescope videos.",
              note="Safran's venture arm = Safran; round listed with its lead investor"),
            D("airbus-velloran-denied", ["Airbus", "Velloran Systems"], "acquisition", 250000000, "USD", "approx",
              "2025-06", "rumored", False,
              "An Airbus spokeswoman has rejected claims, published overnight by an American aerospace newsletter, "
              "that the group had studied a purchase of Velloran Systems, the Wichita inspection-software firm, for "
              "about $250 million.",
              note="rumour denied by Airbus ('There have been no talks') -> optional"),
        ],
        ["$40 billion", "about $366 million", "roughly $129 million", "€45 per adult ticket", "€8.90 a month"],
    ),
    "011_mtu_strahlwerk_moosrand.html": A(
        "2025-07-15",
        "from <meta name='date'>, JSON-LD datePublished and the visible line 'Karlsfeld · 15.07.2025, 09:20 Uhr'; "
        "'am Montag' -> 2025-07-14; 'im Juni' -> 2025-06",
        "de",
        [
            D("mtu-strahlwerk-stake", MTU_S, "investment", 48000000, "EUR", "approx", "2025-07-14", "signed", True,
              "Für 25 Prozent der Anteile zahlt der Konzern knapp 48 Millionen Euro, gaben die beiden Firmen am "
              "Montag bekannt.",
              kind_alt=["acquisition"],
              note="'der Konzern' = MTU Aero Engines, the target in the previous sentence; 'knapp' -> approx; "
                   "'zwei Monate später' after the talks reported in May (009); implied valuation ~€190m is not a deal"),
            D("airbus-strahlwerk-wingbox", ["Airbus", "Strahlwerk Simulation"], "supply", 4000000, "EUR", "approx",
              "2025-06", "signed", True,
              "Der Flugzeugbauer hat Strahlwerk im Juni einen Auftrag über rund vier Millionen Euro für "
              "Lastsimulationen an Flügelkästen erteilt.",
              kind_alt=["other", "cloud_contract"],
              note="'Der Flugzeugbauer' = Airbus (previous sentence); amount in words"),
        ],
        ["rund 190 Millionen Euro", "rund 4,3 Milliarden Euro", "336,10 Euro", "gut 11 Millionen Euro",
         "9.490 Euro", "7,99 Euro monatlich"],
    ),
    "012_rollsroyce_kleihof_eigenstromdepesche.txt": A(
        "2025-09-10",
        "from the line 'Newsletter vom 10. September 2025'; 'am Dienstag' -> 2025-09-09",
        "de",
        [
            D("rollsroyce-kleihof-gensets", RR_KH, "supply", 260000000, "EUR", "approx", "2025-09-09", "signed",
              True,
              "Den Auftragswert beziffert Kleihof auf rund 260 Millionen Euro; unterschrieben wurde am Dienstag in "
              "Friedrichshafen.",
              alt=[(225000000, "GBP")],
              note="supplier Rolls-Royce Power Systems (= Rolls-Royce) and the 48 gas gensets in the previous "
                   "sentence; 013 restates it as about £225m (alt_amounts), 020 without amount; different from the "
                   "2026 service contract (020)"),
            D("ketelhoehn-kleihof-loan", ["Ketelhöhn Bank", "Kleihof Rechenzentren"], "other", 410000000, "EUR",
              "exact", "2025-09", "signed", True,
              "Finanziert wird der erste Bauabschnitt über ein Darlehen von 410 Millionen Euro, das ein Konsortium "
              "unter Führung der Ketelhöhn Bank bereitstellt.",
              kind_alt=["investment"],
              note="loan led by Ketelhöhn Bank; signing day not given -> month of the article"),
            D("kleihof-campus-capex", ["Kleihof Rechenzentren"], "capex_plan", 1400000000, "EUR", "approx",
              "2025-09", "planned", True,
              "Insgesamt will Kleihof bis Ende 2028 rund 1,4 Milliarden Euro in den Campus bei Wöhrdenhusen "
              "investieren.",
              term=[None, "2028"],
              note="project-specific spending plan ('bis Ende 2028'); lists only the spender"),
        ],
        ["rund 650.000 Euro je Megawatt", "etwa 34 Euro je Megawattstunde", "2,9 Milliarden Euro",
         "mehr als 100 Euro je Kilowatt", "bis zu 2 Millionen Euro", "Teilnahmegebühr 120 Euro",
         "Abonnenten zahlen 60 Euro"],
    ),
    "013_rollsroyce_datacentres_markeaton_en.txt": A(
        "2025-10-17",
        "from the line 'Business · Friday 17 October 2025'; 'Last month' -> 2025-09; 'Earlier this year', "
        "'this summer' -> 2025",
        "en",
        [
            D("rollsroyce-kleihof-gensets", RR_KH, "supply", 225000000, "GBP", "approx", "2025-09", "signed", True,
              "Last month the group's German power-systems arm won a contract worth about £225 million to supply "
              "gas-fired generator sets to Kleihof Rechenzentren, a developer building an AI campus on Germany's "
              "North Sea coast.",
              note="'the group' = Rolls-Royce (previous paragraph); same contract as 012 (€260m), here in GBP, month only"),
            D("quenfield-rollsroycesmr-reactors", ["Quenfield Power", "Rolls-Royce SMR"], "supply", 2000000000, "GBP",
              "up_to", "2025-10", "negotiating", True,
              "One of them put the potential value at up to two billion pounds over the life of the deal.",
              kind_alt=["project", "other"],
              note="parties in the previous sentence ('Quenfield Power ... is negotiating with Rolls-Royce SMR'); "
                   "value from a source, amount in words; talks ongoing -> month of the article"),
            D("quenfield-rollsroyce-generators", ["Quenfield Power", "Rolls-Royce"], "supply", 40000000, "GBP",
              "approx", "2025", "signed", True,
              "Earlier this year it ordered backup generators from Rolls-Royce's power-systems business for about "
              "£40 million, according to planning documents submitted to the district council.",
              note="'it' = Quenfield (previous sentence); with Rolls-Royce (power systems), not Rolls-Royce SMR"),
            D("gbe-nuclear-rollsroycesmr", ["Great British Energy – Nuclear", "Rolls-Royce SMR"], "project", None,
              None, None, "2025", "announced", False,
              "Rolls-Royce SMR, in which the parent holds a majority, was chosen this summer by Great British Energy "
              "– Nuclear, the state-owned body, as its preferred partner for the first small reactors in Britain.",
              kind_alt=["supply", "partnership"],
              note="selection without amount -> optional; the £2.5bn of public money is a budget (not_deal)"),
        ],
        ["£2.5 billion", "between £3.1 billion and £3.3 billion", "1,130p", "£24,000", "£21,500", "£6 million",
         "£289,995"],
    ),
    "014_boeing_digitalsparte_wochenwerk.txt": A(
        "2025-11-07",
        "from the issue line 'Nr. 45 · Freitag, 7. November 2025'; 'im April' -> 2025-04; 'im Dezember' -> 2024-12; "
        "'seit dem Sommer' -> 2025",
        "de",
        [
            D("boeing-thomabravo-digital", BOE_TB, "acquisition", 9100000000, "EUR", "approx", "2025-04",
              "completed", True,
              "Boeing hat den im April vereinbarten Verkauf von Jeppesen, ForeFlight und zwei kleineren "
              "Digitaltöchtern an Thoma Bravo abgeschlossen; der Finanzinvestor überwies rund 9,1 Milliarden Euro.",
              note="closing of the sale agreed on 2025-04-22 (008); the date is the agreement month the text gives"),
            D("boeing-velloran-takeover", ["Boeing", "Velloran Systems"], "acquisition", 300000000, "USD", "approx",
              "2025", "cancelled", True,
              "Der Spezialist für KI-gestützte Rumpfinspektion aus Wichita hätte nach Branchenangaben rund 300 "
              "Millionen Dollar gekostet; die Verhandlungen liefen seit dem Sommer.",
              kind_alt=["investment"],
              note="failed talks; parties in the previous sentence ('Geplatzt sind Boeings Gespräche über eine "
                   "Übernahme von Velloran Systems'); cancelled keeps the date of the talks (summer 2025 -> 2025); "
                   "different from Boeing's inspection contract with Velloran (007)"),
            D("lufthansatechnik-kerbholz-takeover", LHT_K, "acquisition", None, None, None, "2024-12", "completed",
              True,
              "Lufthansa Technik hat die im Dezember vereinbarte Übernahme von Kerbholz Analytics inzwischen "
              "vollständig integriert; die Hamburger Marke verschwindet zum Jahresende.",
              note="restatement without amount in 'Kurz notiert'"),
        ],
        ["rund 53 Milliarden Dollar", "5,1 Milliarden Dollar", "4,7 Milliarden Dollar", "rund 40 Millionen Dollar",
         "196 Dollar", "12 Millionen Euro", "9 Euro Servicegebühr", "Einzelheft 6,50 Euro", "Jahresabo 229 Euro"],
    ),
    "015_turbines_datacentres_jetstreammarkets_en.txt": A(
        "2025-12-10",
        "from the line 'Wednesday, 10 December 2025 · Pre-market briefing'; 'on Tuesday' -> 2025-12-09; "
        "'last week' -> 2025-12",
        "en",
        [
            D("crusoe-boom-turbines", CR_BOOM, "supply", 1250000000, "USD", "exact", "2025-12-09", "signed", True,
              "Crusoe, the developer of AI data centres, agreed on Tuesday to buy 30 gas turbines from Boom "
              "Supersonic for $1.25 billion, the supersonic-airliner start-up said, marking one of the oddest pivots "
              "of the AI power rush.",
              alt=[(1070000000, "EUR")],
              note="loosely based on a public report (count and day shifted); 017 restates it in EUR (alt_amounts)"),
            D("boom-funding-2025", ["Boom Supersonic"], "investment", 300000000, "USD", "exact", "2025-12",
              "completed", False,
              "Boom said it had also raised $300 million in new funding to build a turbine factory, without naming "
              "the investors.",
              note="round without a named investor -> optional"),
            D("mtu-ashgrove-overhaul", ["MTU Aero Engines", "Ashgrove Turbine Leasing"], "supply", 180000000, "USD",
              "up_to", "2025-12", "signed", True,
              "The contract is worth up to $180 million, Ashgrove said last week.",
              kind_alt=["other"],
              note="parties in the previous sentence (MTU's maintenance unit will overhaul Ashgrove's LM6000 "
                   "turbines for ten years); 'last week' -> 2025-12"),
        ],
        ["about $2,000 per kilowatt", "about $1,000 two years ago", "about $600 billion", "1,148p", "€371.20",
         "€301.50", "$641.30", "€118.60", "$1,200 a month"],
    ),
    "016_strahlwerk_interview_gitterpunkt.txt": A(
        None,
        "interview without any date (only 'Lesedauer: 8 Minuten'); dates stay null except the 2024 offer, whose "
        "year the text gives",
        "de",
        [
            D("mtu-strahlwerk-stake", MTU_S, "investment", 48000000, "EUR", "approx", None, "completed", True,
              "MTU Aero Engines hat knapp 48 Millionen Euro für ein Viertel von Strahlwerk bezahlt.",
              kind_alt=["acquisition"],
              note="restated in the interviewer's question; the undated interview gives no date"),
            D("orrinford-strahlwerk-offer", ["Orrinford Software", "Strahlwerk Simulation"], "acquisition",
              150000000, "EUR", "approx", "2024", "cancelled", True,
              "Man hört, dass 2024 ein Angebot von Orrinford Software auf dem Tisch lag, angeblich rund 150 Millionen "
              "Euro für die ganze Firma.",
              note="refused offer ('wir es abgelehnt haben'); the founder does not confirm the figure"),
            D("strahlwerk-vireon-gpu", ["Strahlwerk Simulation", "Vireon Compute"], "cloud_contract", 3000000, "EUR",
              "approx", None, "signed", True,
              "Zum Trainieren mieten wir GPU-Kapazität bei Vireon Compute in Toulouse, für rund drei Millionen Euro im "
              "Jahr.",
              per="year", kind_alt=["supply"],
              note="'wir' = Strahlwerk; amount in words, per year; undated"),
        ],
        ["1.200 Euro Rechenzeit", "rund 1.200 Euro", "mehrere Zehntausend Euro", "um die 90.000 Euro",
         "2,4 Millionen Euro", "Einzelheft 12,80 Euro", "8,90 Euro im Monat"],
    ),
    "017_triebwerksaktien_kursempore.txt": A(
        "2026-01-14",
        "from the stock-portal stamp '14.01.2026 | 09:12'; 'am Dienstag' -> 2026-01-13; 'im Dezember' -> 2025-12",
        "de",
        [
            D("mtu-ludwigsfelde-expansion", ["MTU Aero Engines"], "capex_plan", 120000000, "EUR", "approx",
              "2026-01-13", "planned", True,
              "MTU Aero Engines will seinen Standort Ludwigsfelde südlich von Berlin für rund 120 Millionen Euro "
              "ausbauen, um dort mehr Industriegasturbinen zu überholen, gab der Konzern am Dienstag bekannt.",
              term=[None, "2028"],
              note="site-specific spending plan; lists only the spender"),
            D("crusoe-boom-turbines", CR_BOOM, "supply", 1070000000, "EUR", "approx", "2025-12", "signed", True,
              "Der US-Rechenzentrumsentwickler Crusoe bestellte beim Überschall-Start-up Boom Supersonic 30 "
              "Gasturbinen für umgerechnet rund 1,07 Milliarden Euro.",
              note="same order as 015 ($1.25bn on 2025-12-09), here converted to EUR with the month only"),
        ],
        ["von 400 auf 430 Euro", "380 Euro", "rund 40 Milliarden Dollar jährlich", "etwa 25 Milliarden Dollar",
         "382,60 EUR", "12,88 EUR", "306,10 EUR", "201,45 EUR", "mindestens 2,60 Euro je Aktie", "Mindestrate 25 Euro"],
    ),
    "018_vireon_seriesc_cirrustech_en.html": A(
        "2026-02-11",
        "from <meta name='parsely-pub-date'>, JSON-LD datePublished and the byline 'Wed 11 Feb 2026'; 'on Tuesday' "
        "-> 2026-02-10",
        "en",
        [
            D("sarrazin-vireon-2026", ["Sarrazin Ventures", "Vireon Compute"], "investment", 150000000, "EUR",
              "exact", "2026-02-10", "completed", True,
              "Vireon Compute, the Toulouse operator of GPU clusters for engineering workloads, has closed a €150 "
              "million Series C, with Sarrazin Ventures, already its biggest shareholder, leading the investors, "
              "Vireon announced on Tuesday.",
              note="round listed with its lead investor; second Sarrazin–Vireon round (the first in 003)"),
            D("airbus-vireon-stake", AIR_V, "investment", 35000000, "EUR", "exact", "2026-02-10", "completed", True,
              "Airbus put in €35 million of that total, taking a stake of about 2.5 percent and an observer seat on "
              "the board.",
              kind_alt=["acquisition"],
              note="Airbus's part of the €150m round; second Airbus–Vireon deal, must stay apart from the 2024 "
                   "compute contract"),
            D("airbus-vireon-compute", AIR_V, "cloud_contract", None, None, None, "2024", "signed", False,
              "Airbus has rented GPU capacity from Vireon since its 2024 simulation contract, and the start-up's "
              "largest site in Colomiers was built largely around that order.",
              kind_alt=["supply"],
              note="background mention of the 2024 contract without amount -> optional"),
        ],
        ["roughly €1.4 billion", "about €190 million", "€61 million", "about €1.80", "about €73 billion",
         "€1.2 billion", "€0.04 per GB per month", "€600m"],
    ),
    "019_slipstream_weekly_may26_en.txt": A(
        "2026-05-15",
        "from the issue line 'Issue 88 · Friday 15 May 2026'; 'on Wednesday' -> 2026-05-13, 'on Monday' -> "
        "2026-05-11, 'on Thursday' -> 2026-05-14",
        "en",
        [
            D("rollsroyce-aerolumen-takeover", ["Rolls-Royce", "Aerolumen"], "acquisition", 160000000, "GBP",
              "exact", "2026-05-13", "signed", True,
              "Rolls-Royce agreed on Wednesday to buy the rest of Aerolumen, the Bristol design-AI start-up in which "
              "it already held a minority stake, for £160 million.",
              note="second Rolls-Royce–Aerolumen deal (the first: the 2024 Series B in 004, not retold here); "
                   "enterprise value £230m is not a deal"),
            D("dassault-marnevo-rafale-contract", ["Dassault Aviation", "Marnevo AI"], "supply", 85000000, "EUR",
              "exact", "2026-05-11", "signed", True,
              "Dassault Aviation has handed Marnevo AI a four-year software contract worth €85 million for "
              "mission-planning and sensor-fusion tools on the Rafale F5 standard, the two companies announced on "
              "Monday.",
              kind_alt=["other"],
              note="second Dassault–Marnevo deal; 'already owns a minority stake' refers to a holding, not annotated "
                   "as a mention of the 2025 stake deal"),
            D("ashgrove-kallvik-lease", ["Ashgrove Turbine Leasing", "Kallvik Data"], "supply", 85000000, "SEK",
              "exact", "2026-05-14", "signed", True,
              "Ashgrove Turbine Leasing, the Houston company that turns retired aircraft engines into mobile "
              "generators, signed on Thursday to rent 12 converted units to Kallvik Data, a data-centre operator in "
              "northern Sweden, for SEK 85 million a year over eight years (about €7.6 million a year).",
              per="year", alt=[(7600000, "EUR")], kind_alt=["other"],
              note="turbine rental, per year over eight years"),
        ],
        ["roughly £230 million", "€1.4bn", "SEK 0.62", "£49", "£29 per user per month"],
    ),
    "020_kleihof_woehrdenhusen_koogbote.txt": A(
        "2026-10-21",
        "from the line 'Mi, 21.10.26 · 06:30' (two-digit year); 'Am Montag' -> 2026-10-19, 'am Donnerstagabend' -> "
        "2026-10-15, 'im vergangenen Jahr' -> 2025",
        "de",
        [
            D("rollsroyce-kleihof-service", RR_KH, "supply", 9000000, "EUR", "approx", "2026-10-19", "signed", True,
              "Kleihof zahlt dafür jährlich rund neun Millionen Euro, wie Geschäftsführer Jannik Feddersen auf "
              "Nachfrage bestätigte.",
              per="year", kind_alt=["other"],
              note="15-year maintenance contract signed 'Am Montag' with 'der Rolls-Royce-Tochter aus Friedrichshafen' "
                   "(previous sentence); amount in words, per year; second Rolls-Royce–Kleihof deal"),
            D("rollsroyce-kleihof-gensets", RR_KH, "supply", None, None, None, "2025", "signed", False,
              "Es sind die im vergangenen Jahr bei Rolls-Royce Power Systems bestellten 48 Aggregate, von denen "
              "inzwischen die Hälfte steht.",
              note="background restatement of the 2025 genset order (012) without amount -> optional"),
            D("woehrdenhusen-kleihof-land", ["Gemeinde Wöhrdenhusen", "Kleihof Rechenzentren"], "acquisition",
              6300000, "EUR", "exact", "2026-10-15", "announced", True,
              "Kleihof zahlt dafür 6,3 Millionen Euro; beim Notar soll der Vertrag im November unterschrieben werden.",
              kind_alt=["other"],
              note="land sale approved by the council 'am Donnerstagabend' (previous sentence), not yet notarised -> "
                   "announced; 'die Gemeinde' = Wöhrdenhusen"),
            D("microsoft-kleihof-lease-rumour", ["Microsoft", "Kleihof Rechenzentren"], "supply", None, None, None,
              "2026", "rumored", False,
              "Im Dorf hält sich hartnäckig das Gerücht, ein großer US-Konzern – meist fällt der Name Microsoft – "
              "wolle den gesamten ersten Bauabschnitt anmieten.",
              kind_alt=["cloud_contract", "other"],
              note="village rumour without amount -> optional"),
        ],
        ["etwa 3,50 Euro je Quadratmeter", "bis zu 4 Millionen Euro im Jahr", "3,2 Millionen Euro",
         "monatlich ab 249 Euro", "14,90 Euro im Monat"],
    ),
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
