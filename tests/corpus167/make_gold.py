#!/usr/bin/env python3
"""Write gold.json for tests/corpus167 (the hand annotation as a script).

Usage: python3 tests/corpus167/make_gold.py
Edit the annotation here, then run it; check with check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 167th held-out test corpus (tests/corpus167/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: wind and solar power (developers, turbine and "
    "panel makers, power purchase agreements with data centres, grid storage). One entry per article; a "
    "deal that several articles report carries the same id in each. 'required': false marks vague or "
    "background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' "
    "('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision. 'date' is when "
    "the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date marker, dateline, <time datetime>, issue "
    "line or visible byline date, or null when the article has none); quarters, half-years and seasons "
    "become the year; a cancelled deal keeps the date of the original offer or talks; 'term' is the period "
    "the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Caldervane Power, Valdaro Capital, Quenwick "
    "Storage, Sonnwendhof Solarparks GmbH, Pradera Alta Solar, Windhalm Energie GmbH, Lattenberg Speicher "
    "GmbH, Orrinmoor Renewables, Ferngate Data Centres, Hallnord Rechenzentren GmbH, Corbel Bank, Bankhaus "
    "Quistorf, Yarrowbend Solar, Tjärnmyra Vind AB, Sollingen Capital, Kerbholz Trading, Slievecarn Energy, "
    "Kestrup Vind, Hvidsten Pension, Kanemori Shoji; invented publications, research houses, advertisers "
    "and people are listed in invented_names.txt; the deals of real companies are partly real, partly "
    "invented or shifted. Nothing here is reporting."
)


def deal(id, parties, kind, amount, currency, qualifier, date, status, required, evidence,
         amount_max=None, kind_alt=None, per=None, term=None, alt=None, note=None):
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


def none(id, parties, kind, date, status, required, evidence, kind_alt=None, note=None):
    return deal(id, parties, kind, None, None, None, date, status, required, evidence,
                kind_alt=kind_alt, note=note)


A = {}

A["001_qcells_microsoft_invertersheet_en.txt"] = {
    "published": "2024-01-24",
    "published_note": "from the issue line 'No. 212 · Wednesday, 24 January 2024'; 'on Tuesday' -> 2024-01-23; 'last week' and 'this month' -> 2024-01",
    "language": "en",
    "deals": [
        deal("microsoft-qcells-modules", ["Microsoft", "Qcells"], "supply", 2400000000, "USD", "range",
             "2024-01-23", "signed", True,
             "Pylon Hill Research puts the value of the arrangement at between $2.4 billion and $2.9 billion across the full term, using today's module prices and the share of the panels that will come from the Georgia factories.",
             amount_max=2900000000, kind_alt=["partnership"],
             note="12 GW module supply (plus installation); 'Neither company named a price', the range is the research house's estimate; parties and 'on Tuesday' in the previous paragraph"),
        deal("valdaro-caldervane-2024", ["Valdaro Capital", "Caldervane Power"], "investment", 310000000, "USD", "exact",
             "2024-01", "completed", True,
             "Caldervane Power, the Austin developer of solar farms with batteries attached, closed a $310 million equity raise last week.",
             note="investor in the next sentence ('The cheque came almost entirely from Valdaro Capital'; two family offices took the rest); the $1.2bn valuation is not a deal; different from the 2026 buyout talks in 020"),
        deal("caldervane-quenwick-2024", ["Caldervane Power", "Quenwick Storage"], "supply", 140000000, "USD", "up_to",
             "2024-01", "signed", True,
             "The contract is worth up to $140 million if Caldervane calls off all options, according to Quenwick's filing.",
             note="'The same company this month signed a framework order with Quenwick Storage' in the previous sentence; first of two Caldervane–Quenwick orders (the $95m order of 2025 in 013)"),
    ],
    "not_deals": ["$1,500", "$0.27 per watt", "$1.2 billion", "$212 million", "$0.27/W", "$1.2bn", "$95"],
}

A["002_encavis_kkr_kursspindel.txt"] = {
    "published": "2024-03-14",
    "published_note": "from the portal stamp '14.03.2024 · 11:27 Uhr'; 'am Donnerstagmorgen' -> 2024-03-14; 'im Februar' -> 2024-02",
    "language": "de",
    "deals": [
        deal("kkr-encavis-takeover", ["KKR", "Encavis"], "acquisition", 2800000000, "EUR", "approx",
             "2024-03-14", "announced", True,
             "Die Offerte bewertet Encavis inklusive des bereits zugesagten Aktienpakets der Großaktionäre mit rund 2,8 Milliarden Euro.",
             note="takeover offer by KKR together with the Viessmann family holding; 'Die Offerte' refers to the offer in the previous sentence; the 17,75 Euro per share are a unit price (not_deal)"),
        deal("encavis-sonnwendhof-parks", ["Encavis", "Sonnwendhof Solarparks"], "acquisition", 60000000, "EUR", "approx",
             "2024-02", "completed", True,
             "Kaufpreis: knapp 60 Millionen Euro.",
             note="amount alone in its sentence; buyer and seller in the previous sentence ('Encavis übernahm von der oberbayerischen Sonnwendhof Solarparks GmbH drei baureife Freiflächenanlagen'); 'knapp' -> approx"),
    ],
    "not_deals": ["17,75 Euro je Aktie", "rund 480 Millionen Euro", "etwa 330 Millionen Euro", "Kursziel auf 17,75 Euro",
                  "Ziel von 16 Euro", "17,08 Euro", "17,26 Euro", "11,94 Euro", "ca. 2,75 Mrd. Euro", "3,90 Euro je Transaktion"],
}

A["003_brookfield_microsoft_gridline_en.html"] = {
    "published": "2024-05-02",
    "published_note": "from <meta property='article:published_time'>, <time datetime> and the byline 'Thursday, 2 May 2024'; 'on Wednesday' -> 2024-05-01; 'Last month' -> 2024-04",
    "language": "en",
    "deals": [
        deal("brookfield-microsoft-framework", ["Brookfield Renewable", "Microsoft"], "supply", 10000000000, "USD", "at_least",
             "2024-05-01", "signed", True,
             "Analysts at Tamsworth & Greer estimate that the commitment is worth more than $10 billion over the life of those contracts, a figure that would make it roughly eight times the size of the biggest single offtake signed so far.",
             kind_alt=["partnership"], term=["2026", "2030"], alt=[(9300000000, "EUR")],
             note="10.5 GW framework; value only from analysts; parties and 'on Wednesday' in the first paragraph; 004 states it as 'mehr als 9,3 Milliarden Euro' (alt_amounts); different from the Irish PPA of 2026 (017)"),
        deal("brookfield-pradera-stake", ["Brookfield Renewable", "Pradera Alta Solar"], "acquisition", 520000000, "EUR", "exact",
             "2024-04", "signed", True,
             "Last month the group agreed to pay €520 million for 49 per cent of the Spanish solar portfolio of Pradera Alta Solar, a Madrid developer with 1.4 GW under construction.",
             kind_alt=["investment"], note="'the group' = Brookfield (previous sentence); EUR amount in an English article"),
    ],
    "not_deals": ["about $14 billion", "$24.81", "about $11 billion", "€62 per megawatt hour", "$14 a month"],
}

A["004_wochenbrief_windstrom_nabenhoehe.txt"] = {
    "published": "2024-05-17",
    "published_note": "from the issue line 'KW 20 · Freitag, 17. Mai 2024 · Ausgabe 71'; 'Anfang Mai' -> 2024-05; 'am Dienstag' -> 2024-05-14; 'Vergangene Woche' -> 2024-05",
    "language": "de",
    "deals": [
        deal("brookfield-microsoft-framework", ["Brookfield Renewable", "Microsoft"], "supply", 9300000000, "EUR", "at_least",
             "2024-05", "signed", True,
             "Nach Schätzungen von Analysten hat die Rahmenvereinbarung einen Wert von umgerechnet mehr als 9,3 Milliarden Euro.",
             kind_alt=["partnership"], term=["2026", "2030"],
             note="same framework as 003, told in EUR and with the month only ('Anfang Mai'); parties in the previous sentence ('Der Softwarekonzern aus Redmond' = Microsoft)"),
        deal("windhalm-nordex-2024", ["Windhalm Energie", "Nordex"], "supply", 95000000, "EUR", "approx",
             "2024-05-14", "signed", True,
             "Unternehmenskreise beziffern den Wert der Bestellung auf rund 95 Millionen Euro, ein Wartungsvertrag über 20 Jahre ist eingeschlossen.",
             note="14 N163 turbines; parties and 'am Dienstag' in the previous sentence; first of two Windhalm–Nordex orders (the €70m order of 2025 in 012)"),
        deal("fluence-lattenberg-2024", ["Fluence", "Lattenberg Speicher"], "supply", 70000000, "EUR", "approx",
             "2024-05", "signed", True,
             "Lieferant der Batteriecontainer und der Steuerungssoftware ist Fluence, der Auftragswert beträgt knapp 70 Millionen Euro.",
             note="buyer Lattenberg Speicher and 'Vergangene Woche' in the previous sentence"),
    ],
    "not_deals": ["6,2 Millionen Euro", "7,33 Cent je Kilowattstunde", "rund 84 Euro", "15 Millionen Euro",
                  "Teilnahmegebühr 175 Euro", "89 Euro"],
}

A["005_orrinmoor_vestas_morayfirth_en.txt"] = {
    "published": "2024-07-18",
    "published_note": "from the header 'Business · Thursday 18 July 2024'; 'on Tuesday' -> 2024-07-16",
    "language": "en",
    "deals": [
        deal("orrinmoor-vestas-turbines", ["Orrinmoor Renewables", "Vestas"], "supply", 410000000, "GBP", "approx",
             "2024-07-16", "signed", True,
             "The contract, which covers supply, installation and a 25-year service agreement, is worth around £410 million, or roughly €485 million, two people who took part in the talks said.",
             alt=[(485000000, "EUR")], note="firm turbine order 'on Tuesday' (previous sentence); value from two people in the talks"),
        deal("ferngate-orrinmoor-ppa", ["Ferngate Data Centres", "Orrinmoor Renewables"], "supply", 26000000, "GBP", "approx",
             "2024-07", "signed", True,
             "The Aberdeen-based operator will pay about £26 million a year under the deal, a price that both sides describe as \"below the wholesale market, but indexed\".",
             per="year", term=["2027", None],
             note="yearly rate of a 15-year PPA starting 2027; 'The Aberdeen-based operator' = Ferngate, the seller is Orrinmoor's wind farm (previous sentence); no signing day given -> month of the article"),
        deal("orrinmoor-cnoc-ruadh-capex", ["Orrinmoor Renewables"], "capex_plan", 1100000000, "GBP", "approx",
             "2024-07", "planned", False,
             "Orrinmoor expects to spend about £1.1 billion on the project in total, including roads, a new substation near Elgin and the connection to the transmission grid.",
             kind_alt=["project"], note="total project cost the developer expects to spend; optional"),
    ],
    "not_deals": ["£5,000 per installed megawatt", "around £1 million annually", "£38,000 a year",
                  "£50.90 per megawatt hour", "£349"],
}

A["006_hallnord_brunsbuettel_deichblatt.txt"] = {
    "published": "2024-10-10",
    "published_note": "from the dateline 'BRUNSBÜTTEL · Donnerstag, 10. Oktober 2024'; 'am Dienstagabend' -> 2024-10-08",
    "language": "de",
    "deals": [
        deal("brunsbuettel-hallnord-land", ["Hallnord Rechenzentren", "Stadt Brunsbüttel"], "acquisition", 19500000, "EUR", "exact",
             "2024-10-08", "announced", True,
             "Sie zahlt der Stadt Brunsbüttel dafür 19,5 Millionen Euro.",
             kind_alt=["other"],
             note="land sale approved by the council 'am Dienstagabend'; 'Sie' = the buyer Hallnord (previous sentence); the notarial contract is still to come -> announced; a reader comment repeats the figure"),
        deal("hallnord-brunsbuettel-capex", ["Hallnord Rechenzentren"], "capex_plan", 600000000, "EUR", "approx",
             "2024-10", "planned", True,
             "Für den ersten Abschnitt plant Hallnord nach eigenen Angaben mit Investitionen von rund 600 Millionen Euro; Baubeginn soll im Sommer 2025 sein.",
             note="company-specific investment plan for the first phase of the campus"),
    ],
    "not_deals": ["3,1 Millionen Euro", "rund 4 Millionen Euro pro Jahr", "gut 51 Euro", "3 Euro", "9,90 Euro im Monat"],
}

A["007_google_intersect_round_skerrydale_en.txt"] = {
    "published": "2024-12-11",
    "published_note": "from the wire header 'December 11, 2024 · 07:05 ET' (dateline 'Dec 10'); 'on Tuesday' -> 2024-12-10; 'In October' -> 2024-10",
    "language": "en",
    "deals": [
        deal("google-intersect-round-2024", ["Google", "Intersect Power"], "investment", 800000000, "USD", "at_least",
             "2024-12-10", "completed", True,
             "SAN FRANCISCO, Dec 10 (Skerrydale) - Alphabet's Google has led a funding round of more than $800 million in Intersect Power, a San Francisco-based developer of solar, wind and battery projects, the two companies announced on Tuesday.",
             note="Google led the round, TPG Rise Climate also took part (split not given); different from Alphabet's 2025 takeover of Intersect (014, 015, 018, 020)"),
        deal("google-intersect-partnership", ["Google", "Intersect Power"], "partnership", 20000000000, "USD", "approx",
             "2024-12-10", "planned", False,
             "The companies said the partnership aims to catalyse about $20 billion of investment in power infrastructure before 2030, though they stressed that this figure was a target rather than a commitment.",
             kind_alt=["capex_plan"], note="investment target of the co-location partnership, 'a target rather than a commitment'; optional"),
        deal("corbel-intersect-loan", ["Corbel Bank", "Intersect Power"], "other", 837000000, "USD", "exact",
             "2024-10", "completed", True,
             "In October it closed a $837 million construction loan for two Texas projects from a lender group that Corbel Bank arranged, according to a filing with the Texas utility regulator.",
             kind_alt=["investment"], note="'it' = Intersect (previous sentence); construction loan arranged by Corbel Bank"),
    ],
    "not_deals": ["$186.53", "$13 billion", "$45 to $60 per megawatt hour", "$7.3 billion"],
}

A["008_windhalm_hallnord_windbrief.txt"] = {
    "published": "2025-02-19",
    "published_note": "from the issue line 'Ausgabe 4/2025 · Mittwoch, 19. Februar 2025'; 'Anfang Februar' -> 2025-02",
    "language": "de",
    "deals": [
        deal("windhalm-hallnord-ppa", ["Windhalm Energie", "Hallnord Rechenzentren"], "supply", 450000000, "EUR", "approx",
             "2025", "rumored", True,
             "Insidern zufolge geht es um eine Laufzeit von 15 Jahren und ein Volumen von rund 450 Millionen Euro.",
             alt=[(460000000, "EUR"), (500000000, "USD")],
             note="rumour from insiders, parties in the previous sentence ('verhandelt ... mit der Hallnord Rechenzentren GmbH'); signed on 2025-04-08 at about $500m / €460m (009, alt_amounts); the year keeps the shared id's dates consistent"),
        deal("quistorf-windhalm-loan-2025", ["Bankhaus Quistorf", "Windhalm Energie"], "other", 120000000, "EUR", "exact",
             "2025-02", "signed", True,
             "Das Bankhaus Quistorf aus Flensburg gewährt dem Unternehmen ein Darlehen über 120 Millionen Euro mit einer Laufzeit von 18 Jahren, wie beide Seiten Anfang Februar bestätigten.",
             kind_alt=["investment"],
             note="'dem Unternehmen' = Windhalm (previous sentence); different from the €52m storage loan of 2026 (019)"),
    ],
    "not_deals": ["6,1 Cent je Kilowattstunde", "74 Millionen Euro", "ab 500 Euro", "1,6 Milliarden Euro",
                  "7,35 Cent je Kilowattstunde", "Frühbucherpreis 245 Euro", "320 Euro jährlich"],
}

A["009_hallnord_windhalm_ppa_waddenwire_en.txt"] = {
    "published": "2025-04-09",
    "published_note": "from the dateline 'HAMBURG, 9 April 2025'; 'on Tuesday' -> 2025-04-08; 'in March' -> 2025-03",
    "language": "en",
    "deals": [
        deal("windhalm-hallnord-ppa", ["Windhalm Energie", "Hallnord Rechenzentren"], "supply", 500000000, "USD", "approx",
             "2025-04-08", "signed", True,
             "Hallnord Rechenzentren will buy power from onshore wind farms on the Schleswig-Holstein coast for fifteen years under a deal worth about $500 million (€460 million), the Hamburg company and Husum-based Windhalm Energie announced on Tuesday.",
             alt=[(460000000, "EUR")], note="signing of the rumour of 008; USD first, EUR in brackets"),
        deal("valdaro-hallnord-stake", ["Valdaro Capital", "Hallnord Rechenzentren"], "investment", 85000000, "EUR", "exact",
             "2025-03", "completed", True,
             "Valdaro Capital, the New York infrastructure investor, bought a minority stake in Hallnord in March for €85 million, the company confirmed.",
             kind_alt=["acquisition"], note="the pre-money value of about €340m is not a deal"),
    ],
    "not_deals": ["€70 to €78 per megawatt hour", "around €340 million", "about €2,400 per square metre",
                  "16.8 cents per kilowatt hour", "€19 a month"],
}

A["010_solar_ppa_kommentar_kapitalgezeiten.txt"] = {
    "published": "2025-06-11",
    "published_note": "from the header 'Gastkommentar | Mittwoch, 11. Juni 2025'; 'Vergangene Woche' -> 2025-06; 'im Mai' -> 2025-05; 'im vergangenen Jahr' -> 2024",
    "language": "de",
    "deals": [
        deal("meta-invenergy-ppa-2025", ["Meta", "Invenergy"], "supply", 1100000000, "USD", "approx",
             "2025-06", "signed", True,
             "Nach unseren Berechnungen summieren sich die Zahlungen über die Laufzeit auf rund 1,1 Milliarden Dollar.",
             note="value only from the commentator's research house ('Nach unseren Berechnungen'); parties and 'Vergangene Woche' two sentences earlier"),
        deal("totalenergies-google-ohio", ["TotalEnergies", "Google"], "supply", 350000000, "EUR", "approx",
             "2025-05", "signed", True,
             "Der französische Konzern beziffert den Vertragswert auf rund 350 Millionen Euro, der Park selbst gehört zu einem Portfolio, das TotalEnergies im vergangenen Jahr übernommen hatte.",
             note="'Der französische Konzern' = TotalEnergies; buyer Google and 'im Mai' in the previous sentence; the portfolio purchase of last year names no seller or price and is not annotated"),
        none("brookfield-microsoft-framework", ["Brookfield Renewable", "Microsoft"], "supply", "2024", "signed", False,
             "Dazu kommt die Rahmenvereinbarung, die Microsoft im vergangenen Jahr mit Brookfield Renewable über 10,5 Gigawatt geschlossen hat.",
             kind_alt=["partnership"], note="amount-less background mention of the framework of 003/004"),
        none("windhalm-hallnord-ppa", ["Windhalm Energie", "Hallnord Rechenzentren"], "supply", None, "signed", False,
             "Ausnahmen wie der Vertrag zwischen Windhalm und Hallnord an der Westküste bestätigen die Regel.",
             note="amount-less passing mention of the PPA of 008/009"),
    ],
    "not_deals": ["57 bis 62 Dollar je Megawattstunde", "rund 45 Dollar", "40 Milliarden Euro im Jahr",
                  "Kursziel von 34 Euro", "0,82 Euro je Aktie", "1 Euro", "14,99 Euro monatlich"],
}

A["011_yarrowbend_airtrunk_murraybasin_en.txt"] = {
    "published": "2025-07-14",
    "published_note": "dateline 'SYDNEY, 14 July' has no year; the year comes from the copyright line '© 2025'; 'on Friday' -> 2025-07-11; 'first week of July' -> 2025-07; 'last year' -> 2024",
    "language": "en",
    "deals": [
        deal("yarrowbend-airtrunk-ppa", ["Yarrowbend Solar", "AirTrunk"], "supply", 520000000, "AUD", "approx",
             "2025-07-11", "signed", True,
             "The contract is worth about A$520 million (US$340 million) over its term, the Review was told by someone involved in the financing.",
             alt=[(340000000, "USD")], term=["2027", None],
             note="12-year PPA, supply from mid-2027; parties and 'on Friday' in the previous sentence ('the data-centre operator' = AirTrunk)"),
        deal("fluence-yarrowbend-battery", ["Fluence", "Yarrowbend Solar"], "supply", 180000000, "AUD", "exact",
             "2025-07", "signed", True,
             "It has chosen Fluence to supply the system, with a contract price of A$180 million for 400 megawatt hours of storage, including a 15-year operations and maintenance agreement.",
             note="'It' = Yarrowbend (previous sentence); order placed 'in the first week of July'"),
        deal("blackstone-airtrunk-takeover", ["Blackstone", "AirTrunk"], "acquisition", 24000000000, "AUD", "at_least",
             "2024", "completed", False,
             "AirTrunk, which was bought by Blackstone and a Canadian pension fund last year in a transaction putting its value above A$24 billion, has pledged to match its Australian consumption with renewable generation.",
             note="background mention of last year's takeover in a relative clause; optional"),
    ],
    "not_deals": ["A$45 million", "A$1.2 billion", "about A$1,500 per hectare a year", "A$131 per megawatt hour",
                  "A$14 million", "A$112/MWh", "Adults $25"],
}

A["012_nordex_auftraege_breitlingkurier.html"] = {
    "published": "2025-09-23",
    "published_note": "from <meta name='date'> and the visible stamp 'Rostock · 23.09.2025, 08:10 Uhr'; 'am Montag' -> 2025-09-22; 'Im Mai 2024' -> 2024-05; 'in der vergangenen Woche' -> 2025-09",
    "language": "de",
    "deals": [
        deal("windhalm-nordex-2025", ["Windhalm Energie", "Nordex"], "supply", 70000000, "EUR", "approx",
             "2025-09-22", "signed", True,
             "Das Auftragsvolumen beziffern Unternehmenskreise auf rund 70 Millionen Euro.",
             note="nine N175 turbines ordered 'am Montag' (previous sentence); second Windhalm–Nordex order, different from the 2024 order in the next paragraph"),
        deal("windhalm-nordex-2024", ["Windhalm Energie", "Nordex"], "supply", 95000000, "EUR", "approx",
             "2024-05", "signed", True,
             "Es ist bereits die zweite Bestellung der Husumer bei dem Hersteller: Im Mai 2024 hatte Windhalm 14 Turbinen für rund 95 Millionen Euro bestellt, die gerade in Betrieb gehen.",
             note="restatement of the 2024 order of 004 (month only)"),
        deal("tjarnmyra-nordex", ["Tjärnmyra Vind", "Nordex"], "supply", 1900000000, "SEK", "up_to",
             "2025-09", "signed", True,
             "Der Vertrag hat inklusive einer Option auf weitere Maschinen einen Wert von bis zu 1,9 Milliarden Kronen, umgerechnet rund 170 Millionen Euro.",
             alt=[(170000000, "EUR")], note="22 turbines for Jämtland ordered 'in der vergangenen Woche' (previous sentence); value incl. an option"),
    ],
    "not_deals": ["knapp 1,8 Milliarden Euro", "zwischen 7,4 und 7,9 Milliarden Euro", "18,42 Euro",
                  "Kursziel auf 21 Euro", "ab 9.990 Euro", "7,90 Euro im Monat"],
}

A["013_clean_energy_close_sunbelttape_en.txt"] = {
    "published": "2025-10-16",
    "published_note": "from the header 'Thursday, 16 October 2025 · Market close'; 'on Wednesday' -> 2025-10-15; 'On Tuesday' -> 2025-10-14; 'earlier this month' -> 2025-10",
    "language": "en",
    "deals": [
        deal("nextera-meta-ppas-2025", ["NextEra Energy", "Meta"], "supply", 2000000000, "USD", "approx",
             "2025-10-15", "signed", True,
             "Analysts at Gorsedd Capital estimate the contracts are worth about two billion dollars to NextEra over their lifetimes, and said the deals would add roughly 4 cents a share to earnings from 2028.",
             note="about 2.5 GW of PPAs announced 'on Wednesday' (previous sentence); value only from analysts, amount in words"),
        deal("firstsolar-caldervane-modules", ["First Solar", "Caldervane Power"], "supply", 270000000, "USD", "exact",
             "2025-10", "signed", True,
             "The Tempe, Arizona-based panel maker will supply thin-film modules to Caldervane Power for three Texas projects under a contract worth $270 million, the companies said earlier this month.",
             note="'The Tempe, Arizona-based panel maker' = First Solar (previous sentence)"),
        deal("caldervane-quenwick-2025", ["Caldervane Power", "Quenwick Storage"], "supply", 95000000, "USD", "exact",
             "2025-10-14", "signed", True,
             "On Tuesday it placed a second battery order with Quenwick Storage, worth $95 million, for four-hour systems at two sites near Midland.",
             note="'it' = Caldervane (previous sentence); second Caldervane–Quenwick order, next to the 2024 framework order in the next sentence"),
        deal("caldervane-quenwick-2024", ["Caldervane Power", "Quenwick Storage"], "supply", 140000000, "USD", "up_to",
             "2024-01", "signed", True,
             "That comes on top of the framework order of January 2024, worth up to $140 million, under which Quenwick has so far delivered about two thirds of the containers.",
             note="restatement of the order of 001"),
    ],
    "not_deals": ["$84.06", "4 cents a share", "$96 from $91", "$238.15", "$17.42", "$0.26 per watt", "$0.085",
                  "$11.37", "$33.80", "$86.91", "$25,000", "$29 a month"],
}

A["014_energie_liveticker_einspeisetakt.txt"] = {
    "published": "2025-12-09",
    "published_note": "from the ticker header 'Dienstag, 9. Dezember 2025' (entries by time); 'am Montagabend' -> 2025-12-08; 'vor einem Jahr' -> 2024",
    "language": "de",
    "deals": [
        deal("alphabet-intersect-acquisition", ["Google", "Intersect Power"], "acquisition", 4100000000, "EUR", "approx",
             "2025-12-08", "signed", True,
             "Der Kaufpreis liegt bei umgerechnet rund 4,1 Milliarden Euro in bar, dazu übernimmt der Konzern Schulden des Unternehmens.",
             alt=[(4750000000, "USD")],
             note="Alphabet (Google's parent) buys Intersect Power; parties in the previous sentence, 'am Montagabend' in the next; 015 and 020 give $4.75bn (alt_amounts)"),
        none("google-intersect-round-2024", ["Google", "Intersect Power"], "investment", "2024", "completed", False,
             "Google war schon vor einem Jahr bei Intersect eingestiegen und hatte mit dem Entwickler vereinbart, Rechenzentren direkt neben Wind- und Solarparks zu bauen.",
             note="amount-less background mention of the 2024 round of 007 (the same sentence also recalls the partnership, not annotated separately)"),
        deal("sollingen-lattenberg-stake", ["Sollingen Capital", "Lattenberg Speicher"], "acquisition", 240000000, "EUR", "approx",
             "2025-12-09", "signed", True,
             "Finanzkreise nennen einen Kaufpreis von rund 240 Millionen Euro.",
             kind_alt=["investment"], note="60 % stake; parties in the previous sentence of the 08:30 entry; amount from financial circles"),
        deal("kerbholz-lattenberg-tolling", ["Kerbholz Trading", "Lattenberg Speicher"], "supply", 9000000, "EUR", "approx",
             "2025-12", "signed", True,
             "Dafür überweist der Händler jährlich rund 9 Millionen Euro und übernimmt die Vermarktung am Regelenergie- und Intraday-Markt.",
             kind_alt=["other"], per="year",
             note="seven-year rental (tolling) of the Jüterbog battery; 'der Händler' = Kerbholz Trading, Lattenberg in the previous sentence; no signing day given"),
        deal("encavis-sonnwendhof-takeover-rumour", ["Encavis", "Sonnwendhof Solarparks"], "acquisition", 150000000, "EUR", "approx",
             "2025-12", "rumored", False,
             "Ein Branchenblatt hatte berichtet, Encavis biete rund 150 Millionen Euro für den Projektierer.",
             note="rumour denied by Encavis ('Dafür gibt es keine Grundlage'); optional; different from Encavis' 2024 purchase of three Sonnwendhof parks (002)"),
    ],
    "not_deals": ["138 Euro", "über 300 Euro", "19,86 Euro", "23 Euro", "ab 6.490 Euro"],
}

A["015_alphabet_intersect_pinecrest_en.txt"] = {
    "published": "2025-12-09",
    "published_note": "from the wire header 'December 9, 2025 · 06:52 ET' (dateline 'Dec 8'); 'on Monday' -> 2025-12-08; 'Last December' -> 2024-12; 'earlier this year' and 'this year' -> 2025",
    "language": "en",
    "deals": [
        deal("alphabet-intersect-acquisition", ["Google", "Intersect Power"], "acquisition", 4750000000, "USD", "exact",
             "2025-12-08", "signed", True,
             "MOUNTAIN VIEW, Calif., Dec 8 (Pinecrest) - Alphabet agreed on Monday to acquire Intersect Power for $4.75 billion in cash plus the assumption of debt, bringing in-house a developer that builds solar farms, wind projects and batteries next to data centres.",
             note="same deal as 014 (EUR), here in USD with the day"),
        deal("google-intersect-round-2024", ["Google", "Intersect Power"], "investment", 800000000, "USD", "exact",
             "2024-12", "completed", True,
             "Last December Google headed an $800 million financing round for Intersect, when the two also agreed to develop co-located \"power parks\" together.",
             note="restatement of the round of 007 (month only); a different deal between the same companies than the takeover"),
        deal("alphabet-capex-2025", ["Google"], "capex_plan", 91000000000, "USD", "range",
             "2025", "planned", False,
             "Alphabet has said its capital expenditure this year will come in between $91 billion and $93 billion, with servers and new server halls absorbing the largest share, and has flagged a significant increase in 2026.",
             amount_max=93000000000, note="group-wide capex guidance; optional"),
        deal("alphabet-wiz", ["Google", "Wiz"], "acquisition", 32000000000, "USD", "exact",
             "2025", "signed", False,
             "The acquisition is Alphabet's largest since the $32 billion agreement to buy cybersecurity company Wiz earlier this year, which is still under regulatory review.",
             note="background comparison with a deal outside AI infrastructure; optional"),
    ],
    "not_deals": ["about $98 billion", "$313.40", "nearly $3.8 trillion", "$100 billion"],
}

A["016_windhalm_interview_windschur.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesedauer: 8 Minuten'); the refused offer is dated by the text ('Ende 2024'), everything else stays null",
    "language": "de",
    "deals": [
        deal("windhalm-hallnord-ppa", ["Windhalm Energie", "Hallnord Rechenzentren"], "supply", 460000000, "EUR", "approx",
             None, "signed", True,
             "Der Vertrag mit Hallnord hat über 15 Jahre ein Volumen von rund 460 Millionen Euro.",
             note="restated by the Windhalm managing director ('wir'); undated"),
        deal("valdaro-windhalm-offer", ["Valdaro Capital", "Windhalm Energie"], "acquisition", 300000000, "EUR", "approx",
             "2024", "cancelled", True,
             "Ende 2024 hat uns Valdaro Capital aus New York ein Angebot für das gesamte Unternehmen gemacht, rund dreihundert Millionen Euro.",
             note="amount in words; 'uns' = Windhalm; offer refused by the shareholders' meeting (next sentence) -> cancelled"),
        deal("windhalm-storage-plan", ["Windhalm Energie"], "capex_plan", 250000000, "EUR", "range",
             None, "planned", True,
             "Wir planen deshalb bis 2029 Batteriespeicher an drei Standorten, die Investition liegt zwischen 250 und 300 Millionen Euro.",
             amount_max=300000000, note="'Wir' = Windhalm; company-specific storage plan"),
    ],
    "not_deals": ["etwa 1,5 Millionen Euro pro Megawatt", "rund 35.000 Euro je Anlage und Jahr",
                  "gut 4.100 Euro brutto im Monat", "8,50 Euro", "72 Euro"],
}

A["017_brookfield_microsoft_ireland_quaysidejournal_en.txt"] = {
    "published": "2026-02-10",
    "published_note": "from the header 'Dublin's business daily · Tuesday 10 February 2026'; 'on Monday' -> 2026-02-09; 'Last month' -> 2026-01; 'last year' -> 2025",
    "language": "en",
    "deals": [
        deal("brookfield-microsoft-ireland-ppa", ["Brookfield Renewable", "Microsoft"], "supply", 310000000, "EUR", "approx",
             "2026-02-09", "signed", True,
             "The power purchase agreement, announced on Monday, is worth about €310 million over its term, a figure confirmed to this newspaper by an adviser on the transaction.",
             note="15-year Irish PPA, parties in the first paragraph; a call-off under the 2024 framework but a separate deal with its own amount"),
        deal("brookfield-microsoft-framework", ["Brookfield Renewable", "Microsoft"], "supply", 10000000000, "USD", "at_least",
             "2024", "signed", True,
             "Analysts valued that framework at more than $10 billion when it was signed.",
             kind_alt=["partnership"], note="restatement of the 2024 framework (003, 004); parties in the previous sentence"),
        deal("brookfield-slievecarn-battery", ["Brookfield Renewable", "Slievecarn Energy"], "acquisition", 48000000, "EUR", "exact",
             "2026-01", "completed", True,
             "Last month it bought a 60MW battery project near Athenry from Slievecarn Energy, a Galway developer, for €48m.",
             note="'it' = Brookfield (previous sentence)"),
        deal("microsoft-grange-castle-capex", ["Microsoft"], "capex_plan", 1000000000, "EUR", "approx",
             "2025", "planned", False,
             "Microsoft earmarked about €1 billion last year for extra capacity at its Grange Castle campus, but parts of that expansion are still waiting for a grid connection.",
             note="background investment plan from last year; optional"),
    ],
    "not_deals": ["€118 per megawatt hour", "€3.9 billion", "about €40 a year", "€1.6 billion", "From €6,995", "€4.99 a week"],
}

A["018_kestrup_google_limfjordpost_en.html"] = {
    "published": "2026-04-15",
    "published_note": "from <meta property='article:published_time'>, <time datetime> and the byline 'Wednesday 15 April 2026'; 'on Tuesday' -> 2026-04-14; 'Last month' -> 2026-03; 'in December' -> 2025-12",
    "language": "en",
    "deals": [
        deal("kestrup-google-ppa", ["Kestrup Vind", "Google"], "supply", 1400000000, "DKK", "approx",
             "2026-04-14", "signed", True,
             "Google has agreed to buy electricity from three new onshore wind farms in central Jutland to power its data centre in Fredericia, in a contract that its developer values at roughly DKK 1.4 billion (about €188 million).",
             alt=[(188000000, "EUR")], note="developer Kestrup Vind and 'signed on Tuesday' in the next sentence; twelve-year term"),
        deal("hvidsten-kestrup-stake", ["Hvidsten Pension", "Kestrup Vind"], "acquisition", 600000000, "DKK", "exact",
             "2026-03", "completed", True,
             "Last month, the pension fund Hvidsten Pension acquired a 30 per cent stake in Kestrup Vind for DKK 600 million, money the company is using to fund its share of construction.",
             kind_alt=["investment"]),
        none("alphabet-intersect-acquisition", ["Google", "Intersect Power"], "acquisition", "2025-12", "signed", False,
             "The company has been expanding its in-house power capabilities in the United States as well, most visibly with Alphabet's acquisition of the developer Intersect, agreed in December.",
             note="amount-less background mention of the takeover of 014/015"),
    ],
    "not_deals": ["DKK 2.31 per kilowatt hour", "DKK 0.58", "up to DKK 55 billion", "DKK 212 million",
                  "DKK 41 million", "DKK 14,500", "DKK 99 per month"],
}

A["019_hallnord_windhalm_speicher_westkuestenwirtschaft.txt"] = {
    "published": "2026-06-12",
    "published_note": "from the issue line 'Freitag, 12. Juni 2026 · Nr. 24 · 9. Jahrgang'; 'am Dienstag' -> 2026-06-09; 'im April 2025' -> 2025-04",
    "language": "de",
    "deals": [
        deal("hallnord-windhalm-storage-stake", ["Hallnord Rechenzentren", "Windhalm Energie"], "acquisition", 38000000, "EUR", "exact",
             "2026-06-09", "signed", True,
             "Hallnord zahlt dafür 38 Millionen Euro.",
             kind_alt=["investment", "joint_venture"],
             note="49 % of the project company of Windhalm's Süderdeich battery (previous sentence), signed 'am Dienstag' (next sentence); second Hallnord–Windhalm deal, different from the 2025 PPA restated in the next paragraph"),
        deal("windhalm-hallnord-ppa", ["Windhalm Energie", "Hallnord Rechenzentren"], "supply", 460000000, "EUR", "approx",
             "2025-04", "signed", True,
             "Die Basis dafür bildet der im April 2025 unterzeichnete Liefervertrag, nach dem Windhalm den Hamburger Betreiber 15 Jahre lang mit Windstrom versorgt, Volumen rund 460 Millionen Euro.",
             note="restatement of the PPA of 008/009 (month only); 'den Hamburger Betreiber' = Hallnord"),
        deal("quistorf-windhalm-storage-loan", ["Bankhaus Quistorf", "Windhalm Energie"], "other", 52000000, "EUR", "exact",
             "2026-06", "signed", True,
             "Das Bankhaus Quistorf stellt der Projektgesellschaft ein Darlehen über 52 Millionen Euro zur Verfügung, teilte das Flensburger Institut mit.",
             kind_alt=["investment"],
             note="loan to Windhalm's Süderdeich project company ('die Hausbank der Husumer'); different from the €120m loan of 2025 (008)"),
    ],
    "not_deals": ["rund 115 Millionen Euro", "knapp 290.000 Euro je Megawattstunde", "41 Millionen Euro",
                  "71 Euro je Megawattstunde", "2,4 Millionen Euro", "ab 149 Euro pro Quadratmeter", "3,20 Euro",
                  "12,50 Euro im Monat"],
}

A["020_wochenrueckblick_erneuerbare_volllaststunde.txt"] = {
    "published": "2026-10-23",
    "published_note": "from the issue line 'Ausgabe 96 · Freitag, 23. Oktober 2026'; 'am Montag' -> 2026-10-19; 'Im Juli' -> 2026-07; 'Drei Monate später' (after July) -> 2026-10; 'im vergangenen Dezember' -> 2025-12",
    "language": "de",
    "deals": [
        deal("valdaro-caldervane-buyout", ["Valdaro Capital", "Caldervane Power"], "acquisition", 1600000000, "USD", "approx",
             "2026-10", "negotiating", True,
             "Für die restlichen Anteile liegen nach Angaben von drei Personen, die mit den Gesprächen vertraut sind, rund 1,6 Milliarden Dollar auf dem Tisch.",
             note="talks to buy out Caldervane's minority shareholders (two sentences earlier); no day given -> month of the issue; different from Valdaro's 2024 investment (001)"),
        deal("pradera-meta-andalusia", ["Pradera Alta Solar", "Meta"], "supply", 90000000, "EUR", "approx",
             "2026-07", "signed", True,
             "Im Juli hatte Pradera Alta Solar dem Facebook-Konzern Meta bereits den Strom eines Solarparks bei Córdoba verkauft, für rund 90 Millionen Euro.",
             note="first of two Pradera–Meta contracts, both in this item"),
        deal("pradera-meta-extremadura", ["Pradera Alta Solar", "Meta"], "supply", 240000000, "EUR", "approx",
             "2026-10", "signed", True,
             "Drei Monate später legt der Madrider Entwickler nach: Ein 20-Jahres-Vertrag über die Leistung zweier neuer Parks in der Extremadura bringt ihm rund 240 Millionen Euro, Lieferbeginn ist 2028.",
             term=["2028", None],
             note="'der Madrider Entwickler' = Pradera Alta Solar, buyer Meta from the previous sentence; 'Drei Monate später' after July -> 2026-10; second Pradera–Meta contract"),
        deal("kanemori-orrinmoor-stake", ["Kanemori Shoji", "Orrinmoor Renewables"], "acquisition", 38000000000, "JPY", "exact",
             "2026-10-19", "signed", True,
             "Das Tokioter Handelshaus Kanemori Shoji hat sich am Montag verpflichtet, 40 Prozent des Projekts Cnoc Ruadh zu übernehmen – für 38 Milliarden Yen, umgerechnet rund 190 Millionen Pfund.",
             kind_alt=["investment"], alt=[(190000000, "GBP")],
             note="seller Orrinmoor Renewables (previous sentence); different from Orrinmoor's turbine order and PPA (005)"),
        deal("alphabet-intersect-acquisition", ["Google", "Intersect Power"], "acquisition", 4750000000, "USD", "exact",
             "2025-12", "completed", True,
             "Im Juli hat Alphabet die 4,75-Milliarden-Dollar-Übernahme von Intersect Power abgeschlossen, die der Google-Mutterkonzern im vergangenen Dezember vereinbart hatte.",
             note="amount in a compound ('4,75-Milliarden-Dollar-Übernahme'); agreed last December (month only), closed in July 2026 -> completed"),
        deal("fluence-quenwick-rumour", ["Fluence", "Quenwick Storage"], "acquisition", 600000000, "USD", "approx",
             "2026-10", "rumored", False,
             "Der Batterieintegrator Quenwick Storage hat einen Bericht zurückgewiesen, wonach Fluence ihm ein Angebot über rund 600 Millionen Dollar gemacht habe.",
             note="denied report ('wonach' clause); optional"),
    ],
    "not_deals": ["32 bis 36 Euro je Megawattstunde", "21,10 Dollar", "0,24 Dollar je Watt", "58 Dollar je Megawattstunde",
                  "bis 145.000 Euro", "390 Euro im Jahr"],
}

ALIASES = {
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Qcells": ["Qcells", "Hanwha Qcells"],
    "Valdaro Capital": ["Valdaro Capital", "Valdaro"],
    "Caldervane Power": ["Caldervane Power", "Caldervane"],
    "Quenwick Storage": ["Quenwick Storage", "Quenwick"],
    "KKR": ["KKR", "KKR & Co."],
    "Encavis": ["Encavis", "Encavis AG"],
    "Sonnwendhof Solarparks": ["Sonnwendhof Solarparks GmbH", "Sonnwendhof Solarparks", "Sonnwendhof"],
    "Brookfield Renewable": ["Brookfield Renewable", "Brookfield", "Brookfield Renewable Partners"],
    "Pradera Alta Solar": ["Pradera Alta Solar", "Pradera Alta"],
    "Windhalm Energie": ["Windhalm Energie GmbH", "Windhalm Energie", "Windhalm"],
    "Nordex": ["Nordex", "Nordex SE"],
    "Fluence": ["Fluence", "Fluence Energy"],
    "Lattenberg Speicher": ["Lattenberg Speicher GmbH", "Lattenberg Speicher", "Lattenberg"],
    "Orrinmoor Renewables": ["Orrinmoor Renewables", "Orrinmoor"],
    "Vestas": ["Vestas", "Vestas Wind Systems"],
    "Ferngate Data Centres": ["Ferngate Data Centres", "Ferngate"],
    "Hallnord Rechenzentren": ["Hallnord Rechenzentren GmbH", "Hallnord Rechenzentren", "Hallnord"],
    "Stadt Brunsbüttel": ["Stadt Brunsbüttel", "Brunsbüttel"],
    "Google": ["Google", "Alphabet", "Google LLC", "Alphabet Inc."],
    "Intersect Power": ["Intersect Power", "Intersect"],
    "Corbel Bank": ["Corbel Bank", "Corbel"],
    "Bankhaus Quistorf": ["Bankhaus Quistorf", "Quistorf"],
    "Meta": ["Meta", "Meta Platforms"],
    "Invenergy": ["Invenergy"],
    "TotalEnergies": ["TotalEnergies"],
    "Yarrowbend Solar": ["Yarrowbend Solar", "Yarrowbend"],
    "AirTrunk": ["AirTrunk"],
    "Blackstone": ["Blackstone", "Blackstone Inc."],
    "Tjärnmyra Vind": ["Tjärnmyra Vind AB", "Tjärnmyra Vind", "Tjärnmyra"],
    "NextEra Energy": ["NextEra Energy", "NextEra"],
    "First Solar": ["First Solar"],
    "Sollingen Capital": ["Sollingen Capital", "Sollingen"],
    "Kerbholz Trading": ["Kerbholz Trading", "Kerbholz"],
    "Slievecarn Energy": ["Slievecarn Energy", "Slievecarn"],
    "Kestrup Vind": ["Kestrup Vind", "Kestrup Vind A/S"],
    "Hvidsten Pension": ["Hvidsten Pension"],
    "Kanemori Shoji": ["Kanemori Shoji", "Kanemori"],
    "Wiz": ["Wiz"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
