#!/usr/bin/env python3
"""Write gold.json for tests/corpus43 (the annotation as a script: edit here, then run).

Usage: python3 tests/corpus43/make_gold.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the forty-third, held-out test corpus (tests/corpus43/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: Nordic and Baltic data-centre campuses and their power, "
    "heat and money (hydro and wind PPAs, district-heating deals for server waste heat, grid connections, "
    "Finnish/Swedish/Norwegian/Estonian developers, hyperscalers, Nordic pension funds). One entry per article; "
    "a deal that several articles report carries the same id in each. 'required': false marks vague, background "
    "or amount-less mentions that an extractor may report or not without penalty. 'not_deals' lists money figures "
    "that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' "
    "closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') "
    "marks a rate. 'alt_amounts' gives the same deal's amount in another currency (as this or a later article "
    "states it). 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against "
    "the article's publication date ('published', from the article's own date line, byline, dateline or meta tag, "
    "or null when the article has none); 'term' is the period the deal covers, where the text gives one; "
    "'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Ruskavaara Compute "
    "Oy, Tallvarn Data AB, Norrbäck Fjärrvärme AB, Ruohoaapa Tuuli Oy, Laheküla Datapark OÜ, Väinameri Capital, "
    "Kaldsund Elektro AB, Hestvika Datasenter AS, Storbrekka Vind AS, Pohjanlahti Lämpö Oy; invented publications, "
    "research houses, advertisers and people are listed in invented_names.txt; the deals of real companies are "
    "partly real, partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Ruskavaara Compute Oy": ["Ruskavaara Compute Oy", "Ruskavaara Compute", "Ruskavaara"],
    "Fingrid": ["Fingrid", "Fingrid Oyj"],
    "Town of Raahe": ["Town of Raahe", "Raahe", "Stadt Raahe"],
    "Vattenfall": ["Vattenfall", "Vattenfall AB"],
    "Tallvarn Data AB": ["Tallvarn Data AB", "Tallvarn Data", "Tallvarn"],
    "Norrbäck Fjärrvärme AB": ["Norrbäck Fjärrvärme AB", "Norrbäck Fjärrvärme", "Norrbäck"],
    "Google": ["Google", "Alphabet", "Google LLC"],
    "Ruohoaapa Tuuli Oy": ["Ruohoaapa Tuuli Oy", "Ruohoaapa Tuuli", "Ruohoaapa"],
    "Haminan Energia": ["Haminan Energia", "Haminan Energia Oy"],
    "Fortum": ["Fortum", "Fortum Oyj"],
    "Laheküla Datapark OÜ": ["Laheküla Datapark OÜ", "Laheküla Datapark", "Laheküla", "Lahekula Datapark"],
    "Väinameri Capital": ["Väinameri Capital", "Väinameri", "Vainameri Capital"],
    "Elering": ["Elering", "Elering AS"],
    "Enefit Green": ["Enefit Green", "Enefit Green AS"],
    "Ilmarinen": ["Ilmarinen", "Ilmarinen Mutual Pension Insurance Company"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure"],
    "Alecta": ["Alecta", "Alecta Tjänstepension"],
    "Kaldsund Elektro AB": ["Kaldsund Elektro AB", "Kaldsund Elektro", "Kaldsund"],
    "KLP": ["KLP", "Kommunal Landspensjonskasse"],
    "Hestvika Datasenter AS": ["Hestvika Datasenter AS", "Hestvika Datasenter", "Hestvika"],
    "Lyse": ["Lyse", "Lyse AS"],
    "Brookfield": ["Brookfield", "Brookfield Asset Management", "Brookfield Corp."],
    "EcoDataCenter": ["EcoDataCenter", "EcoDataCenter AB"],
    "SEB": ["SEB", "Skandinaviska Enskilda Banken"],
    "Nordea": ["Nordea", "Nordea Bank"],
    "Aker ASA": ["Aker ASA", "Aker", "Aker-Gruppe"],
    "Nscale": ["Nscale"],
    "OpenAI": ["OpenAI"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Storbrekka Vind AS": ["Storbrekka Vind AS", "Storbrekka Vind", "Storbrekka"],
    "Nebius": ["Nebius", "Nebius Group"],
    "Pohjanlahti Lämpö Oy": ["Pohjanlahti Lämpö Oy", "Pohjanlahti Lämpö"],
    "Varma": ["Varma", "Varma Mutual Pension Insurance Company"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


R = "Ruskavaara Compute Oy"
T = "Tallvarn Data AB"
L = "Laheküla Datapark OÜ"
H = "Hestvika Datasenter AS"

ARTICLES = {
    "001_ruskavaara_raahe_pohjola_en.txt": A(
        "2024-01-18", "from the line 'Published 18.1.2024 | 07:45' (Thursday); 'on Tuesday' -> 2024-01-16, "
        "'On Monday evening' -> 2024-01-15", "en",
        [
            D("fingrid-ruskavaara-connection", ["Fingrid", R], "other", 31_000_000, "EUR", "exact", "2024-01-16",
              "signed", "The start-up will pay Fingrid €31 million for a 300-megawatt connection at the Lumijärvi "
              "substation, to be energised in 2027.", kind_alt=["supply"],
              note="grid connection agreement, signed 'on Tuesday' (previous sentence); 'The start-up' = Ruskavaara"),
            D("raahe-ruskavaara-land", ["Town of Raahe", R], "acquisition", 6_300_000, "EUR", "exact", "2024-01-15",
              "signed", "On Monday evening councillors voted 34 to 9 to sell Ruskavaara 74 hectares of industrial "
              "land for €6.3 million.", kind_alt=["other"],
              note="land sale by the town (council vote); the seller is 'The town council' / Raahe"),
            D("ruskavaara-phase1", [R], "capex_plan", 1_200_000_000, "EUR", "up_to", "2024-01", "planned",
              "The company plans to invest up to €1.2 billion in the first phase, chief executive Tapio Kärnälä said.",
              kind_alt=["project"], note="own spending plan; month of the article"),
        ],
        ["€4.8 million", "about €3.5 million a year", "€1.63 billion", "€56.5 per megawatt-hour", "€89 a night"]),

    "002_tallvarn_vattenfall_nordlicht.txt": A(
        "2024-03-14", "from the issue line 'Ausgabe 6/2024 · Donnerstag, 14. März 2024'; 'am Dienstag' -> 2024-03-12",
        "de",
        [
            D("vattenfall-tallvarn-ppa", ["Vattenfall", T], "supply", 9_500_000_000, "SEK", "approx", "2024-03-12",
              "signed", "Rund 9,5 Milliarden Kronen (etwa 840 Millionen Euro) ist der Stromliefervertrag wert, den "
              "Vattenfall am Dienstag mit dem Rechenzentrumsentwickler Tallvarn Data AB unterzeichnet hat.",
              kind_alt=["other"], alt_amounts=[{"amount": 840_000_000, "currency": "EUR"}], term=["2025", None],
              note="hydro PPA, amount first; twelve years from 2025"),
            D("norrback-tallvarn-heat", ["Norrbäck Fjärrvärme AB", T], "supply", 45_000_000, "SEK", "exact", "2024-03",
              "signed", "Dafür zahlt Norrbäck dem Entwickler 45 Millionen Kronen jährlich, wie beide Seiten mitteilten.",
              per="year", kind_alt=["other", "partnership"], note="waste-heat purchase over 15 years; 'dem Entwickler' "
              "= Tallvarn; a yearly rate"),
        ],
        ["42 Euro", "0,6 Öre je Kilowattstunde", "28,9 Milliarden Kronen", "149 Euro", "390 Euro"]),

    "003_google_hamina_kymenlaakso_en.html": A(
        "2024-05-22", "from <meta property=article:published_time> and the byline 'May 22, 2024' (Wednesday); "
        "'on Tuesday' -> 2024-05-21", "en",
        [
            D("google-hamina-2024", ["Google"], "capex_plan", 1_000_000_000, "EUR", "exact", "2024-05-21", "planned",
              "Google will invest €1 billion to expand its data centre campus in Hamina, the company said on Tuesday.",
              kind_alt=["project"], note="own spending plan; also in the headline"),
            D("google-ruohoaapa-ppa", ["Google", "Ruohoaapa Tuuli Oy"], "supply", None, None, None, "2024-05", "signed",
              "Google has locked in ten years of wind power through an offtake contract with Ruohoaapa Tuuli Oy, a "
              "Kajaani developer that is putting up 22 turbines in Kainuu.", required=False,
              kind_alt=["other"], note="price not disclosed"),
            D("google-haminan-heat", ["Google", "Haminan Energia"], "supply", None, None, None, "2024-05", "signed",
              "The company also confirmed that surplus heat from the new halls will flow into Haminan Energia's "
              "district heating network from 2025 under an agreement with the municipal utility.", required=False,
              kind_alt=["partnership", "other"], note="waste-heat agreement without amount"),
        ],
        ["€3,900 a month", "more than €3.5 billion", "$80.5 billion", "€142 million", "€39", "€7.90 a month"]),

    "004_fortum_ruskavaara_boersenlotse.txt": A(
        "2024-05-23", "from the line '23.05.2024, 08:10 Uhr' (Thursday); 'Vergangene Woche' -> 2024-05, 'am Dienstag' "
        "-> 2024-05-21", "de",
        [
            D("fortum-ruskavaara-ppa", ["Fortum", R], "supply", 600_000_000, "EUR", "approx", "2024-05", "signed",
              "Der Entwickler aus Oulu baut im Hafen von Raahe einen Rechenzentrumscampus; das Volumen des Vertrags "
              "beziffern Branchenkreise auf rund 600 Millionen Euro.", kind_alt=["other"],
              note="ten-year power supply contract signed 'Vergangene Woche' (previous sentence); value from sector "
              "sources"),
            D("google-hamina-2024", ["Google"], "capex_plan", 1_000_000_000, "EUR", "exact", "2024-05-21", "planned",
              "Rückenwind kommt auch aus dem Süden des Landes: Google will am Standort Hamina eine Milliarde Euro in "
              "zusätzliche Serverhallen stecken, wie der US-Konzern am Dienstag mitteilte.", kind_alt=["project"],
              note="number word 'eine Milliarde Euro'"),
        ],
        ["378 Millionen Euro", "0,91 Euro je Aktie", "15,50 Euro", "13,62 €", "163,20 $", "1 Euro Ordergebühr"]),

    "005_lahekula_paldiski_toompea_en.txt": A(
        "2024-09-09", "from the dateline 'TALLINN, Sept 9' and the copyright year 2024 (Monday); 'on Monday' -> "
        "2024-09-09, 'On Friday' -> 2024-09-06", "en",
        [
            D("vainameri-lahekula-round", ["Väinameri Capital", L], "investment", 60_000_000, "EUR", "exact",
              "2024-09-09", "completed",
              "TALLINN, Sept 9 (Toompea Business Wire) – Estonian data-centre developer Laheküla Datapark OÜ has raised "
              "€60 million in equity, with Tallinn infrastructure investor Väinameri Capital leading the round, the "
              "company said on Monday.", note="equity round led by Väinameri; the lead investor is the counterparty"),
            D("elering-lahekula-connection", ["Elering", L], "other", 24_000_000, "EUR", "exact", "2024-09-06",
              "signed", "Under it, Laheküla will pay €24 million for a 150-megawatt link to the Harku–Paldiski "
              "330-kilovolt line, according to Elering's statement.", kind_alt=["supply"],
              note="grid connection agreement signed 'On Friday' (previous sentence)"),
            D("lahekula-phase1", [L], "capex_plan", 200_000_000, "EUR", "range", "2024-09", "planned",
              "Laheküla plans to spend between €200 million and €250 million on the first 40 megawatts, chief "
              "executive Kertu Villemson told Toompea Business Wire.", amount_max=250_000_000, kind_alt=["project"]),
        ],
        ["€420 million fund", "€283 million", "up to €15 million", "€87 per megawatt-hour"]),

    "006_ilmarinen_ruskavaara_hws.txt": A(
        "2024-11-12", "from the date line 'Dienstag, 12. November 2024'; 'am Montag' -> 2024-11-11; 'Im Januar' and "
        "'im Mai' (this year) -> 2024-01, 2024-05", "de",
        [
            D("ilmarinen-ruskavaara-stake", ["Ilmarinen", R], "investment", 140_000_000, "EUR", "exact", "2024-11-11",
              "signed", "Für 140 Millionen Euro übernimmt Ilmarinen knapp 30 Prozent an Ruskavaara Compute, wie beide "
              "Unternehmen am Montag bekannt gaben.", kind_alt=["acquisition"],
              note="minority stake; the implied valuation (rund 470 Millionen Euro) is a not_deal"),
            D("fingrid-ruskavaara-connection", ["Fingrid", R], "other", 31_000_000, "EUR", "exact", "2024-01",
              "signed", "Im Januar unterschrieb es mit dem Netzbetreiber Fingrid einen Anschlussvertrag über 31 "
              "Millionen Euro, im Mai folgte ein zehnjähriger Liefervertrag mit dem Versorger Fortum im Volumen von "
              "rund 600 Millionen Euro.", kind_alt=["supply"], note="restated; 'es' = Ruskavaara (previous sentence)"),
            D("fortum-ruskavaara-ppa", ["Fortum", R], "supply", 600_000_000, "EUR", "approx", "2024-05", "signed",
              "Im Januar unterschrieb es mit dem Netzbetreiber Fingrid einen Anschlussvertrag über 31 Millionen Euro, "
              "im Mai folgte ein zehnjähriger Liefervertrag mit dem Versorger Fortum im Volumen von rund 600 Millionen "
              "Euro.", kind_alt=["other"], note="restated in the same sentence as the Fingrid connection"),
            D("microsoft-fortum-heat", ["Microsoft", "Fortum"], "supply", None, None, None, None, "signed",
              "Microsoft etwa hat mit Fortum vereinbart, die Abwärme seiner geplanten Rechenzentren bei Espoo in das "
              "Fernwärmenetz der Hauptstadtregion einzuspeisen.", required=False, kind_alt=["partnership", "other"],
              note="undated background mention without amount"),
        ],
        ["rund 470 Millionen Euro", "etwa 60 Milliarden Euro", "35 Euro je Megawattstunde",
         "0,063 Cent pro Kilowattstunde"]),

    "007_alecta_tallvarn_lulealv_en.txt": A(
        "2024-12-11", "from the line 'Business | Wednesday 11 December 2024'; 'on Monday' -> 2024-12-09, 'last week' "
        "-> 2024-12, 'in March' -> 2024-03", "en",
        [
            D("alecta-tallvarn-2024", ["Alecta", T], "investment", 3_000_000_000, "SEK", "exact", "2024-12-09",
              "signed", "BODEN – Alecta, Sweden's largest occupational pension manager, is investing SEK 3 billion in "
              "Tallvarn Data AB in return for a 25 percent stake, the pair announced on Monday.",
              kind_alt=["acquisition"], note="first Alecta–Tallvarn deal; different from the SEK 4.2bn top-up of 2026 "
              "(020)"),
            D("vattenfall-tallvarn-ppa", ["Vattenfall", T], "supply", 9_500_000_000, "SEK", "approx", "2024-03",
              "signed", "Its power comes from Vattenfall, which in March agreed to supply hydroelectricity from the "
              "Lule river for twelve years under a contract worth about SEK 9.5 billion.", kind_alt=["other"],
              note="restated; 'Its' = Tallvarn's"),
            D("kaldsund-tallvarn-2024", ["Kaldsund Elektro AB", T], "supply", 420_000_000, "SEK", "exact", "2024-12",
              "signed", "Kaldsund Elektro AB, a family-owned transformer maker from Västerås, will supply 38 power "
              "transformers and switchgear for SEK 420 million; the contract was signed last week.",
              note="first Kaldsund–Tallvarn order; different from the SEK 610m order of 2026 (019)"),
        ],
        ["around SEK 12 billion", "roughly SEK 1,300 billion", "SEK 1.9 billion", "SEK 65 million",
         "around SEK 42,000 a month"]),

    "008_lahekula_enefit_kaltgang.txt": A(
        "2025-02-06", "from the issue line 'Ausgabe 3/2025 – 6. Februar 2025'; 'Mitte Januar' -> 2025-01, 'Im "
        "September' (last year) -> 2024-09", "de",
        [
            D("enefit-lahekula-ppa", ["Enefit Green", L], "supply", 310_000_000, "EUR", "approx", "2025-01", "signed",
              "Der Vertrag hat nach Angaben aus Unternehmenskreisen einen Wert von etwa 310 Millionen Euro; Strom "
              "liefern sollen vor allem die Windparks an der Westküste.", kind_alt=["other"],
              note="ten-year wind PPA signed 'Mitte Januar' (previous sentence); value from company circles"),
            D("elering-lahekula-connection", ["Elering", L], "other", 24_000_000, "EUR", "exact", "2024-09", "signed",
              "Zur Erinnerung: Im September hatte Laheküla mit dem Übertragungsnetzbetreiber Elering einen "
              "Netzanschluss für 24 Millionen Euro vereinbart.", kind_alt=["supply"], note="restated"),
            D("vainameri-lahekula-round", ["Väinameri Capital", L], "investment", 60_000_000, "EUR", "exact",
              "2024-09", "completed", "Wenige Tage später schloss das Unternehmen eine Finanzierungsrunde über 60 "
              "Millionen Euro ab, angeführt vom Tallinner Infrastrukturinvestor Väinameri Capital.",
              note="restated; 'Wenige Tage später' than the September connection"),
        ],
        ["157 Millionen Euro", "3,02 Euro", "1,2 Milliarden Euro", "590 Euro", "790 Euro", "29 Euro im Monat"]),

    "009_klp_hestvika_jaeren_en.txt": A(
        "2025-03-27", "from the byline 'By Sigrid Haugsland-Vik | 27 March 2025' (Thursday); 'on Tuesday' -> "
        "2025-03-25", "en",
        [
            D("klp-hestvika-stake", ["KLP", H], "investment", 2_800_000_000, "NOK", "exact", "2025-03-25", "signed",
              "SANDNES, Norway — Kommunal Landspensjonskasse, the Norwegian municipal pension provider better known as "
              "KLP, is buying 35 percent of Hestvika Datasenter AS for NOK 2.8 billion, the companies announced on "
              "Tuesday.", kind_alt=["acquisition"]),
            D("lyse-hestvika-heat", ["Lyse", H], "supply", 12_000_000, "NOK", "approx", "2025-03", "signed",
              "Lyse will pay about NOK 12 million a year, Hestvika chief executive Oddvar Tvedtnes said.", per="year",
              kind_alt=["other", "partnership"], term=["2025", None],
              note="20-year waste-heat agreement signed 'At the same time' (previous sentence); a yearly rate"),
            D("hestvika-third-hall", [H], "capex_plan", 1_500_000_000, "NOK", "exact", "2025-03", "planned",
              "Hestvika intends to spend NOK 1.5 billion on a third hall that would double capacity to 60 megawatts "
              "by 2027.", kind_alt=["project"]),
        ],
        ["NOK 410 million", "more than NOK 1,000 billion", "around NOK 9 billion", "roughly 45 øre per kilowatt-hour",
         "NOK 149 a month"]),

    "010_microsoft_tallvarn_skagerrak_en.txt": A(
        "2025-05-14", "from the line 'May 14, 2025 | 11:05 CET' and the dateline 'STOCKHOLM, May 14'; 'in December' "
        "-> 2024-12", "en",
        [
            D("microsoft-tallvarn-lease", ["Microsoft", T], "cloud_contract", 1_100_000_000, "USD", "approx", "2025",
              "rumored", "STOCKHOLM, May 14 (Skagerrak Newswire) - Microsoft is in advanced talks to rent the entire "
              "first phase of a data-centre campus being built by Tallvarn Data near Boden in northern Sweden, in a "
              "seven-year agreement worth about $1.1 billion, according to three people involved in the "
              "discussions.", kind_alt=["other"], alt_amounts=[{"amount": 970_000_000, "currency": "EUR"}],
              note="talks known only from sources (negotiating would also fit); dated to the year so that the shared "
              "id agrees with the signing in June 2025 (011); EUR figure from 011"),
            D("alecta-tallvarn-2024", ["Alecta", T], "investment", 3_000_000_000, "SEK", "exact", "2024-12", "signed",
              "Tallvarn, founded in 2022, sold a quarter of its shares to Swedish pension fund Alecta for SEK 3 billion "
              "in December and has a twelve-year hydropower supply agreement with state utility Vattenfall.",
              kind_alt=["acquisition"], note="restated"),
            D("vattenfall-tallvarn-ppa", ["Vattenfall", T], "supply", None, None, None, None, "signed",
              "Tallvarn, founded in 2022, sold a quarter of its shares to Swedish pension fund Alecta for SEK 3 billion "
              "in December and has a twelve-year hydropower supply agreement with state utility Vattenfall.",
              required=False, kind_alt=["other"], note="restated without amount or date"),
        ],
        ["$16.7 billion", "$4.6 billion a year", "$452.30"]),

    "011_brookfield_tallvarn_kurspilot.txt": A(
        "2025-06-12", "from the line 'Do, 12.06.2025 – 07:45'; 'am Dienstag' -> 2025-06-10, 'vergangene Woche' -> "
        "2025-06", "de",
        [
            D("brookfield-sweden-2025", ["Brookfield"], "capex_plan", 95_000_000_000, "SEK", "up_to", "2025-06-10",
              "planned", "Stockholm (kps) – Bis zu 95 Milliarden Kronen (rund 10 Milliarden Dollar) will der "
              "Infrastrukturinvestor Brookfield aus Toronto in ein KI-Rechenzentrum in Schweden stecken.",
              kind_alt=["project", "investment"], alt_amounts=[{"amount": 10_000_000_000, "currency": "USD"}],
              note="own spending plan (Strängnäs); announced 'am Dienstag' (next sentence)"),
            D("microsoft-tallvarn-lease", ["Microsoft", T], "cloud_contract", 1_100_000_000, "USD", "exact", "2025-06",
              "signed", "Der Vertrag läuft sieben Jahre; Tallvarn bezifferte seinen Wert auf 1,1 Milliarden Dollar "
              "(rund 970 Millionen Euro).", kind_alt=["other"],
              alt_amounts=[{"amount": 970_000_000, "currency": "EUR"}],
              note="signing of the lease reported as talks in 010; Microsoft and 'vergangene Woche' in the previous "
              "sentence"),
            D("seb-nordea-ecodatacenter-loan", ["EcoDataCenter", "SEB", "Nordea"], "investment", 5_000_000_000, "SEK",
              "exact", "2025-06", "signed", "Kurz notiert: Der Betreiber EcoDataCenter hat bei SEB und Nordea einen "
              "grünen Kredit über fünf Milliarden Kronen aufgenommen.", kind_alt=["other"],
              note="green loan, number word; no date in the text, dated to the article's month"),
        ],
        ["über eine Billion Dollar", "2,5 Milliarden Kronen", "52,14 €", "403,85 €", "1 Euro pro Order"]),

    "012_stargate_norway_barents_en.txt": A(
        "2025-07-31", "from the dateline 'OSLO, July 31' and the copyright line '© 2025 Barents Newswire' (Thursday); "
        "'on Thursday' -> 2025-07-31", "en",
        [
            D("aker-nscale-narvik-jv", ["Aker ASA", "Nscale"], "joint_venture", 1_000_000_000, "USD", "approx",
              "2025-07-31", "announced", "Aker ASA, the Oslo-listed holding company, and London-based Nscale are "
              "teaming up on an AI campus outside Narvik, splitting ownership equally and putting about $1 billion "
              "into its opening phase, the two partners announced on Thursday.", kind_alt=["investment", "project"],
              alt_amounts=[{"amount": 870_000_000, "currency": "EUR"}],
              note="50/50 joint venture 'Stargate Norway'; EUR figure from 013"),
            D("openai-nscale-narvik-offtake", ["OpenAI", "Nscale"], "cloud_contract", None, None, None, "2025-07-31",
              "announced", "OpenAI, the maker of ChatGPT, has agreed to take capacity at the site as an offtaker under "
              "its Stargate programme, although no financial terms were given.", required=False,
              kind_alt=["partnership"], note="no amount"),
            D("nvidia-nscale-narvik-gpus", ["Nvidia", "Nscale"], "supply", None, None, None, "2025-07", "planned",
              "Nscale said it would buy the chips directly from Nvidia.", required=False, note="no amount"),
            D("brookfield-sweden-2025", ["Brookfield"], "capex_plan", 10_000_000_000, "USD", "exact", None, "planned",
              "Brookfield plans $10 billion AI campus in Sweden", required=False, kind_alt=["project", "investment"],
              note="related-link line; matches 011's USD figure"),
        ],
        ["NOK 672", "NOK 61.2 billion", "roughly $1.4 billion", "roughly $2.5 billion to $3 billion",
         "NOK 0.21 per kilowatt-hour"]),

    "013_stargate_norway_serverfjord.html": A(
        "2025-08-01", "from <meta name=date> and the line '01.08.2025 · 09:20 Uhr' (Friday); 'am Donnerstag' -> "
        "2025-07-31, 'im Juni' -> 2025-06", "de",
        [
            D("aker-nscale-narvik-jv", ["Aker ASA", "Nscale"], "joint_venture", 1_000_000_000, "USD", "approx",
              "2025-07-31", "announced", "Für die erste Ausbaustufe nahe Narvik nehmen die Partner rund eine Milliarde "
              "Dollar (etwa 870 Millionen Euro) in die Hand, wie sie am Donnerstag mitteilten.",
              kind_alt=["investment", "project"], alt_amounts=[{"amount": 870_000_000, "currency": "EUR"}],
              note="'die Partner' = Aker and Nscale (previous sentence)"),
            D("openai-nscale-narvik-offtake", ["OpenAI", "Nscale"], "cloud_contract", None, None, None, "2025-07",
              "announced", "Der ChatGPT-Entwickler hat zugesagt, Kapazität abzunehmen – finanzielle Details nannte "
              "keiner der Beteiligten.", required=False, kind_alt=["partnership"], note="no amount"),
            D("brookfield-sweden-2025", ["Brookfield"], "capex_plan", 95_000_000_000, "SEK", "up_to", "2025-06",
              "planned", "Schon im Juni hatte Brookfield angekündigt, bis zu 95 Milliarden Kronen in einen Campus im "
              "schwedischen Strängnäs zu stecken.", kind_alt=["project", "investment"], note="restated"),
        ],
        ["zwischen 30.000 und 40.000 Dollar", "0,02 Euro je Kilowattstunde", "bis 100.000 Euro",
         "6,99 Euro im Monat"]),

    "014_microsoft_nscale_fjordwirtschaft.txt": A(
        "2025-09-18", "from the line 'Donnerstag, 18. September 2025 · Nr. 181'; 'am Mittwoch' -> 2025-09-17, 'Ende "
        "Juli' -> 2025-07", "de",
        [
            D("microsoft-nscale-narvik", ["Microsoft", "Nscale"], "cloud_contract", 6_200_000_000, "USD", "approx",
              "2025-09-17", "signed", "Der US-Konzern hat mit Nscale einen Fünfjahresvertrag über rund 6,2 Milliarden "
              "Dollar (etwa 5,3 Milliarden Euro) für GPU-Kapazität am Standort Narvik geschlossen, wie das britische "
              "Unternehmen am Mittwoch mitteilte.", kind_alt=["other"],
              alt_amounts=[{"amount": 5_300_000_000, "currency": "EUR"}],
              note="'Der US-Konzern' = Microsoft; first Microsoft–Nscale deal, different from the $2.4bn extension "
              "of 2026 (020)"),
            D("aker-nscale-narvik-jv", ["Aker ASA", "Nscale"], "joint_venture", 1_000_000_000, "USD", "approx",
              "2025-07", "announced", "Ende Juli hatten die beiden Partner ihr Gemeinschaftsunternehmen vorgestellt und "
              "für die erste Phase rund eine Milliarde Dollar zugesagt.", kind_alt=["investment", "project"],
              note="restated; partners named in the previous sentence ('Aker-Gruppe')"),
        ],
        ["weniger als 50 Millionen Dollar", "über neun Milliarden Dollar", "88 Milliarden Dollar", "695 Kronen",
         "1 Euro", "24,90 Euro monatlich"]),

    "015_narvik_hollowfrost_blog_en.txt": A(
        "2025-09-19", "from the byline 'Posted on 19 September 2025' (Friday); 'On Wednesday' -> 2025-09-17, 'in "
        "July' -> 2025-07", "en",
        [
            D("aker-nscale-narvik-jv", ["Aker ASA", "Nscale"], "joint_venture", 1_000_000_000, "USD", "approx",
              "2025-07", "announced", "I have been sceptical of \"Stargate Norway\" since Aker and Nscale unveiled it "
              "in July with roughly a billion dollars of first-phase money and a lot of adjectives.",
              kind_alt=["investment", "project"], note="restated in words ('roughly a billion dollars')"),
            D("microsoft-nscale-narvik", ["Microsoft", "Nscale"], "cloud_contract", 6_200_000_000, "USD", "exact",
              "2025-09-17", "signed", "The headline number is $6.2 billion.", kind_alt=["other"],
              note="parties, term and 'On Wednesday' in the previous sentence"),
        ],
        ["roughly $6 million per megawatt per year", "$150 to $200 per kW per month", "$4 billion", "$9 a month",
         "$90 a year", "NOK 4,900"]),

    "016_tallvarn_interview_rechenwaerme.txt": A(
        None, "no date anywhere in the text (only 'Lesedauer: 5 Minuten'); all deal dates null", "de",
        [
            D("vattenfall-tallvarn-ppa", ["Vattenfall", T], "supply", None, None, None, None, "signed",
              "Wir beziehen Wasserkraft von Vattenfall, zwölf Jahre fest vereinbart.", required=False,
              kind_alt=["other"], note="restated without amount; 'Wir' = Tallvarn"),
            D("microsoft-tallvarn-lease", ["Microsoft", T], "cloud_contract", 1_100_000_000, "USD", "exact", None,
              "signed", "Am Ende stand ein Vertrag über sieben Jahre und 1,1 Milliarden Dollar.", kind_alt=["other"],
              note="restated; Microsoft named in the question"),
            D("norrback-tallvarn-heat", ["Norrbäck Fjärrvärme AB", T], "supply", 45_000_000, "SEK", "exact", None,
              "signed", "Norrbäck Fjärrvärme zahlt uns 45 Millionen Kronen im Jahr und heizt damit halb Boden.",
              per="year", kind_alt=["other", "partnership"], note="restated; 'uns' = Tallvarn"),
            D("tallvarn-phase2", [T], "capex_plan", 12_000_000_000, "SEK", "approx", None, "planned",
              "Dafür wollen wir rund zwölf Milliarden Kronen investieren, sobald die Netzanbindung steht.",
              kind_alt=["project"], note="number word; 'wir' = Tallvarn"),
        ],
        ["gut 55.000 Kronen im Monat", "30 Kronen je Megawattstunde", "59 Euro"]),

    "017_nebius_ruskavaara_bothnia_en.html": A(
        "2026-02-19", "from <meta name=pubdate>, JSON-LD and the byline 'Thursday 19 February 2026 · 07:10'; 'on "
        "Tuesday' -> 2026-02-17", "en",
        [
            D("nebius-ruskavaara-lease", ["Nebius", R], "cloud_contract", 480_000_000, "EUR", "exact", "2026-02-17",
              "signed", "The contract is worth €480 million, according to Ruskavaara, making it the largest customer "
              "deal signed at a Finnish data centre outside the capital region.", kind_alt=["other"],
              note="six-year lease of the first hall; parties and 'on Tuesday' in the previous sentence"),
            D("pohjanlahti-ruskavaara-heat", ["Pohjanlahti Lämpö Oy", R], "supply", 2_100_000, "EUR", "exact", "2026-02",
              "signed", "Pohjanlahti Lämpö Oy, the local district-heating company, has agreed to buy the servers' "
              "waste heat for €2.1 million a year, replacing a peat-fired boiler.", per="year",
              kind_alt=["other", "partnership"], note="a yearly rate; the seller is the campus (Ruskavaara)"),
            D("ruskavaara-phase1", [R], "capex_plan", 1_200_000_000, "EUR", "up_to", "2024-01", "planned",
              "Ruskavaara first outlined plans to invest up to €1.2 billion in January 2024.", kind_alt=["project"],
              note="restated"),
            D("ilmarinen-ruskavaara-stake", ["Ilmarinen", R], "investment", 140_000_000, "EUR", "exact", "2024-11",
              "signed", "Pension insurer Ilmarinen bought close to 30 percent of the company for €140 million in "
              "November 2024.", kind_alt=["acquisition"], note="restated"),
        ],
        ["$146 million", "€12 million", "€79 a night", "€9.90/month"]),

    "018_storbrekka_hestvika_nordseewind.txt": A(
        "2026-04-16", "from the date line 'Donnerstag, 16. April 2026'; 'am Montag' -> 2026-04-13, 'im März "
        "vergangenen Jahres' -> 2025-03", "de",
        [
            D("storbrekka-hestvika-ppa", ["Storbrekka Vind AS", H], "supply", 1_900_000_000, "NOK", "approx",
              "2026-04-13", "signed", "Den Wert des Abnahmevertrags, der am Montag unterzeichnet wurde, gibt Hestvika "
              "mit rund 1,9 Milliarden Kronen an – umgerechnet gut 160 Millionen Euro.", kind_alt=["other"],
              alt_amounts=[{"amount": 160_000_000, "currency": "EUR"}], term=["2028", None],
              note="15-year wind PPA, deliveries from 2028"),
            D("klp-hestvika-stake", ["KLP", H], "investment", 2_800_000_000, "NOK", "exact", "2025-03", "signed",
              "Hestvika wächst, seit der Pensionsversicherer KLP im März vergangenen Jahres für 2,8 Milliarden Kronen "
              "35 Prozent übernommen hat.", kind_alt=["acquisition"], note="restated"),
            D("lyse-hestvika-heat", ["Lyse", H], "supply", 12_000_000, "NOK", "approx", None, "signed",
              "Die Abwärme der Hallen im Fels nutzt der Regionalversorger Lyse, der dafür rund zwölf Millionen Kronen "
              "jährlich zahlt.", per="year", kind_alt=["other", "partnership"],
              note="restated without date, number word, yearly rate"),
        ],
        ["1,2 Millionen Euro je Megawatt", "7,13 Øre je Kilowattstunde", "14,80 Euro"]),

    "019_kaldsund_tallvarn_boersenlotse.txt": A(
        "2026-06-11", "from the line '11.06.2026, 09:02 Uhr' (Thursday); 'am Mittwoch' -> 2026-06-10, 'Ende 2024' -> "
        "2024", "de",
        [
            D("kaldsund-tallvarn-2026", ["Kaldsund Elektro AB", T], "supply", 610_000_000, "SEK", "exact",
              "2026-06-10", "signed", "Für die zweite Ausbauphase des Campus bei Boden liefert Kaldsund "
              "Transformatoren und Schaltanlagen im Wert von 610 Millionen Kronen (rund 55 Millionen Euro).",
              alt_amounts=[{"amount": 55_000_000, "currency": "EUR"}],
              note="second Kaldsund–Tallvarn order, reported 'am Mittwoch' (previous sentence)"),
            D("kaldsund-tallvarn-2024", ["Kaldsund Elektro AB", T], "supply", 420_000_000, "SEK", "exact", "2024",
              "signed", "Schon Ende 2024 hatte Tallvarn bei den Schweden Technik für 420 Millionen Kronen bestellt, "
              "damals für den ersten Bauabschnitt.", note="restated first order; 'den Schweden' = Kaldsund"),
            D("kaldsund-vasteras-plant", ["Kaldsund Elektro AB"], "capex_plan", 350_000_000, "SEK", "at_least",
              "2026-06", "planned", "Um die Nachfrage zu bedienen, will Kaldsund mindestens 350 Millionen Kronen in eine neue Wicklerei in "
              "Västerås stecken.", kind_alt=["project"]),
        ],
        ["2,4 Milliarden Kronen", "540 Millionen Kronen", "von 185 auf 220 Kronen", "203,40 SEK", "5.000 Euro"]),

    "020_alecta_tallvarn_oresund_en.txt": A(
        "2026-11-12", "from the issue line '12 November 2026 · Issue 212' (Thursday); 'on Tuesday' -> 2026-11-10, "
        "'last month' -> 2026-10, 'late 2024' -> 2024", "en",
        [
            D("alecta-tallvarn-2026", ["Alecta", T], "investment", 4_200_000_000, "SEK", "exact", "2026-11-10",
              "announced", "Alecta will put a further SEK 4.2 billion into Tallvarn Data, lifting its holding in the "
              "Swedish data-centre developer to 45 percent, the pension company said on Tuesday.",
              kind_alt=["acquisition"], note="second Alecta–Tallvarn deal (top-up), apart from the SEK 3bn of 2024"),
            D("alecta-tallvarn-2024", ["Alecta", T], "investment", 3_000_000_000, "SEK", "exact", "2024", "signed",
              "The new shares are issued at a higher price than in late 2024, when Alecta paid SEK 3 billion for its "
              "first 25 percent.", kind_alt=["acquisition"], note="restated in the same paragraph as the top-up"),
            D("microsoft-nscale-narvik-2026", ["Microsoft", "Nscale"], "cloud_contract", 2_400_000_000, "USD", "exact",
              "2026-10", "signed", "Microsoft last month extended its Narvik contract with Nscale, adding capacity "
              "worth $2.4 billion over four years, the British company said.", kind_alt=["other"],
              note="extension = a second Microsoft–Nscale deal, apart from the $6.2bn contract of 2025"),
            D("varma-ruskavaara-stake", ["Varma", R], "investment", 200_000_000, "EUR", "approx", "2026-11", "rumored",
              "A transaction would put a price tag of roughly €200 million on the holding.", kind_alt=["acquisition"],
              note="sources only; parties in the previous sentence; dated to the article's month"),
        ],
        ["about SEK 21 billion", "SEK 58 billion", "DKK 720 billion", "SEK 9,800 a year"]),
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, "
          f"{sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
