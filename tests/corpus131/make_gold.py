#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus131/articles/.

Edit the annotation here, then run: python3 tests/corpus131/make_gold.py
Same format and rules as tests/corpus15/gold.json and ../shared/gold/seeds.json.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 131st held-out test corpus (tests/corpus131/articles/): IT service "
    "providers and consultancies in the AI boom (Accenture, Capgemini, Atos/Eviden, Sopra Steria, Bechtle, "
    "Cancom, Adesso, Kyndryl, IBM Consulting, the Big Four and invented system houses), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id "
    "in each. 'required': false marks vague or background mentions that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is "
    "an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's "
    "amount as another article (or the same article) states it in another currency or at another precision. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date marker, dateline, <time datetime>, "
    "<meta>, issue line, stock-portal stamp or copyright line, or null when the article has none); a "
    "cancelled deal keeps the date of the original offer or talks; a restated deal keeps the date of its "
    "agreement; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur "
    "in the visible text (check_corpus_gold.visible_text). Invented companies: Halvard Analytics, Corvane "
    "Compute, Hvalstad Ventures, Kocherberg Rechenzentren GmbH, Lindgraben Systemhaus, Nordwall Bank, "
    "Pfalzkontor IT GmbH, Quintara Data, Albion Mutual, Brackwater Holdings, Rheinbogen Data, Vektorwerk "
    "GmbH, Bank Limmatwerk, Pellucid Agents, Weserland Versicherung, Taurel Capital; invented publications, "
    "research houses, advertisers and people are listed in invented_names.txt; the deals of real companies "
    "are partly loosely based on public reports, partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Accenture": ["Accenture", "Accenture plc", "Accentures"],
    "Halvard Analytics": ["Halvard Analytics", "Halvard"],
    "Hvalstad Ventures": ["Hvalstad Ventures", "Hvalstad"],
    "Corvane Compute": ["Corvane Compute", "Corvane"],
    "Kocherberg Rechenzentren": ["Kocherberg Rechenzentren", "Kocherberg Rechenzentren GmbH", "Kocherberg"],
    "Lindgraben Systemhaus": ["Lindgraben Systemhaus", "Lindgraben Systemhauses", "Lindgraben"],
    "Nordwall Bank": ["Nordwall Bank", "Nordwall"],
    "Stadt Künzelsau": ["Stadt Künzelsau", "Künzelsau"],
    "Cancom": ["Cancom", "Cancom SE", "Cancoms"],
    "Pfalzkontor IT": ["Pfalzkontor IT", "Pfalzkontor IT GmbH", "Pfalzkontor"],
    "IBM": ["IBM", "IBM Consulting", "International Business Machines"],
    "Quintara Data": ["Quintara Data", "Quintara"],
    "Kyndryl": ["Kyndryl", "Kyndryl Holdings"],
    "Albion Mutual": ["Albion Mutual", "Albion"],
    "Französischer Staat": ["Französischer Staat", "französische Staat", "französischen Staat", "French state"],
    "Atos": ["Atos", "Atos SE", "Eviden"],
    "Alten": ["Alten"],
    "Brackwater Holdings": ["Brackwater Holdings", "Brackwater"],
    "PwC": ["PwC", "PwC UK", "PricewaterhouseCoopers"],
    "EY": ["EY", "Ernst & Young"],
    "KPMG": ["KPMG"],
    "Microsoft": ["Microsoft"],
    "Rheinbogen Data": ["Rheinbogen Data", "Rheinbogen"],
    "Bechtle": ["Bechtle", "Bechtle AG"],
    "Beschaffungsamt des BMI": ["Beschaffungsamt des BMI", "Beschaffungsamt des Bundesministeriums des Innern",
                                "BeschA", "Beschaffungsamt"],
    "Capgemini": ["Capgemini", "Capgemini SE", "Capgemini Engineering"],
    "WNS": ["WNS", "WNS Holdings"],
    "Mercedes-Benz": ["Mercedes-Benz", "Mercedes-Benz Group", "Mercedes"],
    "Adesso": ["Adesso", "adesso SE"],
    "Vektorwerk": ["Vektorwerk", "Vektorwerk GmbH"],
    "Land Hessen": ["Land Hessen", "Hessen"],
    "Bank Limmatwerk": ["Bank Limmatwerk", "Limmatwerk"],
    "Pellucid Agents": ["Pellucid Agents"],
    "Sopra Steria": ["Sopra Steria", "Sopra Steria Group"],
    "Weserland Versicherung": ["Weserland Versicherung", "Weserland"],
    "Axway": ["Axway", "Axway Software"],
    "Dell": ["Dell", "Dell Technologies"],
    "BMW": ["BMW", "BMW Group"],
    "Deloitte": ["Deloitte"],
    "Anthropic": ["Anthropic"],
    "Taurel Capital": ["Taurel Capital", "Taurel"],
    "EuroHPC": ["EuroHPC", "EuroHPC JU", "EuroHPC Joint Undertaking"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("kind_alt", "per", "term", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


ARTICLES = {}


def article(name, published, language, note, deals, not_deals):
    a = {"published": published}
    if note:
        a["published_note"] = note
    a["language"] = language
    a["deals"] = deals
    a["not_deals"] = not_deals
    ARTICLES[name] = a


# 001 ---------------------------------------------------------------------------------------
article(
    "001_halvard_accenture_fjordledger_en.txt", "2024-02-15", "en",
    "from the issue line 'No. 112 · Thursday 15 February 2024'; 'last week' -> 2024-02",
    [
        deal("accenture-halvard", ["Accenture", "Halvard Analytics"], "acquisition", 1800000000, "DKK",
             "range", "2024", "rumored",
             "The price under discussion sits between DKK 1.8 billion and DKK 2.1 billion, they said, with "
             "the final figure hinging on how many of Halvard's 380 staff sign retention agreements.",
             amount_max=2100000000,
             alt_amounts=[{"amount": 1900000000, "currency": "DKK"}, {"amount": 255000000, "currency": "EUR"}],
             note="rumour from two insiders; the parties are in the previous sentence; 003 reports the signing "
                  "at DKK 1.9bn / about €255m on 2024-04-11 (alt_amounts); the talks were reported in February, "
                  "the year keeps the shared id's dates consistent"),
        deal("hvalstad-corvane-2024", ["Hvalstad Ventures", "Corvane Compute"], "investment", 900000000, "NOK",
             "exact", "2024-02", "completed",
             "Corvane Compute, the Stavanger operator that rents out Nvidia clusters cooled with fjord water, "
             "said last week it had raised NOK 900 million in new equity.",
             note="lead investor in the next sentence ('Hvalstad Ventures led the round'); different from "
                  "Corvane's GPU contracts with PwC (007) and Capgemini (014); valuation NOK 4.2bn is not a deal"),
    ],
    ["DKK 410 million", "NOK 4.2 billion", "NOK 28 per GPU hour", "DKK 14 billion", "DKK 85,000",
     "DKK 4,950"],
)

# 002 ---------------------------------------------------------------------------------------
article(
    "002_kocherberg_lindgraben_kocherbote.txt", "2024-03-15", "de",
    "dateline without year 'Künzelsau, 15. März (kob)'; the year from the copyright line '© 2024 Kocherbote'; "
    "'Am Mittwoch' -> 2024-03-13; 'vergangene Woche' -> 2024-03",
    [
        deal("kocherberg-kuenzelsau-capex", ["Kocherberg Rechenzentren"], "capex_plan", 120000000, "EUR",
             "approx", "2024-03", "planned",
             "Der Betreiber aus Schwäbisch Hall will rund 120 Millionen Euro in den ersten Bauabschnitt stecken, "
             "beantragt sind 14 Megawatt Anschlussleistung.",
             kind_alt=["project"],
             note="'Der Betreiber aus Schwäbisch Hall' = Kocherberg Rechenzentren GmbH (previous sentence)"),
        deal("kocherberg-lindgraben-lease", ["Lindgraben Systemhaus", "Kocherberg Rechenzentren"],
             "cloud_contract", 6500000, "EUR", "approx", "2024-03-13", "signed",
             "Für Flächen, Strom und Kühlung zahlt das Unternehmen jährlich rund 6,5 Millionen Euro an Kocherberg.",
             kind_alt=["supply", "other"], per="year",
             note="ten-year colocation lease; 'das Unternehmen' = Lindgraben Systemhaus, signed 'Am Mittwoch' "
                  "(previous sentence); restated in the interview 016; different from the second space under "
                  "negotiation in 016"),
        deal("nordwall-kocherberg-loan", ["Nordwall Bank", "Kocherberg Rechenzentren"], "other", 48000000, "EUR",
             "exact", "2024-03", "signed",
             "Die Nordwall Bank hat Kocherberg vergangene Woche ein Darlehen über 48 Millionen Euro zugesagt, den "
             "Rest bringen die beiden Gründerfamilien und ein Stuttgarter Family Office auf.",
             kind_alt=["investment"],
             note="construction loan; different from Nordwall's loans to Lindgraben (016) and Cancom (018)"),
        deal("kuenzelsau-kocherberg-land", ["Stadt Künzelsau", "Kocherberg Rechenzentren"], "acquisition",
             None, None, None, None, "announced",
             "Die Stadt Künzelsau verkauft das 4,2 Hektar große Grundstück an Kocherberg, der Preis liegt bei 85 "
             "Euro pro Quadratmeter.",
             required=False, kind_alt=["other"],
             note="land sale; only a price per square metre is given (not_deal), no total; optional"),
    ],
    ["85 Euro pro Quadratmeter", "bis zu 1,5 Millionen Euro im Jahr", "knapp 74 Millionen Euro", "58.000 Euro",
     "299 Euro monatlich"],
)

# 003 ---------------------------------------------------------------------------------------
article(
    "003_accenture_halvard_ordermappe.txt", "2024-04-12", "de",
    "from the stock-portal stamp '12.04.2024 – 07:42:10'; 'am Donnerstag' -> 2024-04-11; "
    "'am Mittwochabend' -> 2024-04-10",
    [
        deal("accenture-halvard", ["Accenture", "Halvard Analytics"], "acquisition", 1900000000, "DKK",
             "exact", "2024-04-11", "signed",
             "Der Kaufpreis liegt nach Angaben aus dem Umfeld der Transaktion bei 1,9 Milliarden dänischen Kronen, "
             "umgerechnet rund 255 Millionen Euro.",
             alt_amounts=[{"amount": 255000000, "currency": "EUR"}],
             note="signing of the rumour in 001; parties and 'am Donnerstag' in the two previous sentences; "
                  "closing expected in June"),
        deal("cancom-pfalzkontor", ["Cancom", "Pfalzkontor IT"], "acquisition", 58000000, "EUR", "approx",
             "2024-04-10", "signed",
             "Der Münchner Konzern erwirbt sämtliche Anteile an der Pfalzkontor IT GmbH aus Landau für rund 58 "
             "Millionen Euro.",
             note="'Der Münchner Konzern' = Cancom ('meldete am Mittwochabend', previous sentence); part of the "
                  "price is an earn-out without a figure"),
    ],
    ["430 Millionen Kronen", "41,3 Millionen Euro", "32 Euro", "283,10 €", "24,86 €", "48,02 €", "101,40 €",
     "15,8 Milliarden Dollar", "gut 190 Milliarden Dollar", "0 Euro Ordergebühr", "500 Euro Ordervolumen"],
)

# 004 ---------------------------------------------------------------------------------------
article(
    "004_ibm_quintara_runbookdaily_en.html", "2024-05-15", "en",
    "from <meta property='article:published_time'>, JSON-LD and <time datetime='2024-05-15'> (byline "
    "'May 15, 2024'); 'on Tuesday' -> 2024-05-14; 'last June' -> 2023-06",
    [
        deal("ibm-quintara", ["IBM", "Quintara Data"], "acquisition", 600000000, "USD", "at_least",
             "2024-05-14", "signed",
             "IBM has agreed to acquire Quintara Data, an Austin-based firm that builds data pipelines and "
             "fine-tunes language models for insurers and hospital chains, for more than $600 million in cash, "
             "both companies announced on Tuesday.",
             note="'more than' -> at_least; closing expected in the third quarter; folded into IBM Consulting"),
        deal("accenture-data-ai-plan-2023", ["Accenture"], "capex_plan", 3000000000, "USD", "exact", "2023-06",
             "announced",
             "Accenture said last June that it would pour $3 billion into its data and AI practice over three "
             "years, and all four large audit firms have announced hiring drives for the same profiles.",
             required=False, kind_alt=["investment"],
             note="group-wide investment pledge of 2023 told as background; optional"),
    ],
    ["$140 million", "$350 million", "$98 billion", "$16 billion", "$245,000", "$5.2 billion", "$168.20",
     "$49", "$13 monthly", "$129"],
)

# 005 ---------------------------------------------------------------------------------------
article(
    "005_kyndryl_albion_airevalley_en.txt", "2024-10-01", "en",
    "from the line 'Business | 1 October 2024, 06:00 BST'; 'on Monday' -> 2024-09-30",
    [
        deal("kyndryl-albion-2024", ["Albion Mutual", "Kyndryl"], "other", 850000000, "GBP", "approx",
             "2024-09-30", "signed",
             "The seven-year contract, which both sides signed on Monday, has a value of about £850 million "
             "(roughly $1.13 billion), according to the mutual's chief operating officer.",
             kind_alt=["cloud_contract", "supply"],
             alt_amounts=[{"amount": 1130000000, "currency": "USD"}],
             note="IT outsourcing contract (data centres, mainframe, 900 staff, cloud move); parties in the "
                  "previous sentence; restated in 017; different from the AI claims contract of 2026 (017)"),
        deal("albion-ibm-2011", ["Albion Mutual", "IBM"], "other", 600000000, "GBP", "exact", "2011",
             "cancelled",
             "A ten-year outsourcing contract with IBM, signed in 2011 and valued at £600 million at the time, "
             "was cut short that year after a string of outages left policyholders unable to file claims for days.",
             required=False, kind_alt=["cloud_contract", "supply"],
             note="old contract, terminated in 2016 ('that year' = 2016, previous sentence); background, optional"),
        deal("kyndryl-sheffield-capex", ["Kyndryl"], "capex_plan", 60000000, "GBP", "approx", "2024-09-30",
             "announced",
             "The company also said it would invest about £60 million in a new operations centre in Sheffield, "
             "where it aims to employ 400 people by the end of 2026.",
             kind_alt=["project"],
             note="'The company' = Kyndryl (previous sentence); the council's £1.2m rates relief is public aid, "
                  "not a deal"),
    ],
    ["£190 million a year", "£1.2 million over five years", "£2.3 billion", "£148 million", "£41,500",
     "$23.10", "$5.3 billion", "£289,995"],
)

# 006 ---------------------------------------------------------------------------------------
article(
    "006_atos_liveticker_kursbrandung.txt", "2024-11-27", "de",
    "from the ticker header 'Mittwoch, 27. November 2024'; entries by time only; 'am Dienstagabend' -> "
    "2024-11-26; 'Anfang Oktober' -> 2024-10",
    [
        deal("france-atos-advanced-computing", ["Französischer Staat", "Atos"], "acquisition", 410000000, "EUR",
             "exact", "2024-11-26", "signed",
             "Atos und das Wirtschaftsministerium in Paris unterzeichneten am Dienstagabend eine verbindliche "
             "Vereinbarung; der Unternehmenswert wird mit 410 Millionen Euro angegeben.",
             note="the buyer ('Der französische Staat') and the unit (Advanced Computing of 'der Atos-Tochter "
                  "Eviden') in the previous sentence; enterprise value; closing expected in Q2 2025"),
        deal("alten-atos-worldgrid", ["Alten", "Atos"], "acquisition", 270000000, "EUR", "approx", "2024-10",
             "completed",
             "Der Verkauf für rund 270 Millionen Euro war Anfang Oktober abgeschlossen worden.",
             note="parties (Atos sells Worldgrid to Alten) in the previous sentence; closing date -> month"),
        deal("brackwater-eviden-rumour", ["Brackwater Holdings", "Atos"], "acquisition", 1000000000, "EUR",
             "at_least", "2024-11", "rumored",
             "Ein Sprecher von Atos weist Berichte zurück, wonach der Finanzinvestor Brackwater Holdings gut eine "
             "Milliarde Euro für die Cybersicherheitssparte von Eviden bieten wolle.",
             required=False,
             note="press rumour denied by Atos; 'gut eine Milliarde' -> at_least; optional; unrelated to the 2026 "
                  "sale of the same unit to Taurel Capital (020)"),
    ],
    ["0,0043 Euro", "rund 480 Millionen Euro", "rund 570 Millionen Euro", "2,9 Milliarden Euro",
     "pauschal 1 Euro"],
)

# 007 ---------------------------------------------------------------------------------------
article(
    "007_bigfour_gpus_ledgerline_en.txt", "2025-02-13", "en",
    "from the line 'Comment | Thursday 13 February 2025'; 'last week' -> 2025-02; 'On Monday' -> 2025-02-10",
    [
        deal("pwc-corvane-gpu", ["PwC", "Corvane Compute"], "cloud_contract", 95000000, "GBP", "exact",
             "2025-02", "signed",
             "PwC's UK firm has agreed to rent graphics processors from Corvane Compute, the Norwegian operator, "
             "for £95 million over four years.",
             kind_alt=["supply"],
             note="signed 'last week' (next sentence); PwC's UK member firm"),
        deal("ey-rheinbogen", ["EY", "Rheinbogen Data"], "acquisition", None, None, None, "2025-02-10",
             "announced",
             "On Monday, EY announced that it is buying Rheinbogen Data, a Cologne consultancy with 240 data "
             "engineers, without saying what it is paying.",
             note="price not disclosed; required because it is the reported acquisition of the day"),
        deal("kpmg-microsoft-2023", ["KPMG", "Microsoft"], "cloud_contract", 2000000000, "USD", "exact", "2023",
             "announced",
             "KPMG's US firm promised back in 2023 to spend $2 billion on Microsoft's cloud and AI services over "
             "five years, and PwC's US arm pledged $1 billion for generative AI in the same spring.",
             required=False, kind_alt=["partnership", "investment"],
             note="background commitment of 2023; optional"),
        deal("pwc-ai-plan-2023", ["PwC"], "capex_plan", 1000000000, "USD", "exact", "2023", "announced",
             "KPMG's US firm promised back in 2023 to spend $2 billion on Microsoft's cloud and AI services over "
             "five years, and PwC's US arm pledged $1 billion for generative AI in the same spring.",
             required=False, kind_alt=["investment"],
             note="group-wide investment pledge of 2023 in the same sentence as the KPMG commitment; optional"),
    ],
    ["$4 to $6", "$210 billion", "£1,800 a day", "$45 billion a year", "£395"],
)

# 008 ---------------------------------------------------------------------------------------
article(
    "008_bechtle_bund_zuschlagsblatt.txt", "2025-04-10", "de",
    "from the header 'Do., 10.04.2025 | 11:20'; 'am Mittwoch' -> 2025-04-09",
    [
        deal("bechtle-bund-framework", ["Beschaffungsamt des BMI", "Bechtle"], "supply", 770000000, "EUR",
             "up_to", "2025-04-09", "signed",
             "Der Vertrag hat ein Volumen von bis zu 770 Millionen Euro und läuft bis Ende 2028.",
             term=["2025-04", "2028"],
             note="framework contract (ceiling, no purchase guarantee); the parties and 'am Mittwoch' in the "
                  "previous sentence ('dem Neckarsulmer IT-Händler' = Bechtle); restated without amount in 010"),
        deal("cancom-ai-factory", ["Cancom"], "capex_plan", 40000000, "EUR", "approx", "2025-04", "planned",
             "Cancom will in den kommenden zwei Jahren rund 40 Millionen Euro in ein GPU-Rechenzentrum am Münchner "
             "Standort investieren, in dem Kunden KI-Modelle auf gemieteter Hardware trainieren und betreiben "
             "können.",
             kind_alt=["project"],
             note="own GPU data centre; confirmed on request, no day given -> month of the article"),
    ],
    ["rund 500 Millionen Euro", "rund 4.900 Euro", "6,3 Milliarden Euro", "knapp 1,7 Milliarden Euro",
     "89 Euro"],
)

# 009 ---------------------------------------------------------------------------------------
article(
    "009_capgemini_wns_harbourwire_en.txt", "2025-07-08", "en",
    "from the header 'July 8, 2025 · 05:55 ET'; dateline 'PARIS, July 7'; 'on Monday' -> 2025-07-07",
    [
        deal("capgemini-wns", ["Capgemini", "WNS"], "acquisition", 3200000000, "USD", "exact", "2025-07-07",
             "signed",
             "PARIS, July 7 (Harbour Wire) - Capgemini agreed on Monday to buy WNS, the outsourcing firm that "
             "handles claims, invoices and customer calls for insurers, airlines and retailers, for $3.2 billion "
             "in cash, betting that companies will pay more for back offices run increasingly by AI agents rather "
             "than by rows of clerks.",
             alt_amounts=[{"amount": 2700000000, "currency": "EUR"}],
             note="EUR equivalent 'about 2.7 billion euros' two sentences later; restated in 010 (EUR, month) and "
                  "014 (completed)"),
        deal("capgemini-ai-plan-2023", ["Capgemini"], "capex_plan", 2000000000, "EUR", "exact", "2023",
             "announced",
             "It also follows a pledge the company made in 2023 to invest 2 billion euros over three years in "
             "artificial intelligence, including training for its staff and partnerships with model developers.",
             required=False, kind_alt=["investment"],
             note="group-wide investment pledge of 2023; 'the company' = Capgemini; optional"),
    ],
    ["$76.50", "$1.3 billion", "22.1 billion euros", "about 100 million euros a year", "141.80 euros",
     "$74.90"],
)

# 010 ---------------------------------------------------------------------------------------
article(
    "010_it_woche_kw29_serverspiegel.txt", "2025-07-18", "de",
    "from the issue line 'KW 29 | Freitag, 18. Juli 2025'; 'Anfang Juli' -> 2025-07; 'Am Mittwoch' -> "
    "2025-07-16; 'im April' -> 2025-04",
    [
        deal("capgemini-wns", ["Capgemini", "WNS"], "acquisition", 2700000000, "EUR", "approx", "2025-07",
             "signed",
             "Anfang Juli hatten die Franzosen angekündigt, den Prozessdienstleister WNS für rund 2,7 Milliarden "
             "Euro zu kaufen.",
             note="'die Franzosen' = Capgemini (heading and next sentence, '2,7-Milliarden-Euro-Übernahme'); same "
                  "deal as 009 in EUR with only the month"),
        deal("mercedes-capgemini-ai", ["Mercedes-Benz", "Capgemini"], "other", 300000000, "EUR", "approx",
             "2025-07-16", "signed",
             "Das Volumen beziffern zwei mit der Vergabe vertraute Personen auf rund 300 Millionen Euro.",
             kind_alt=["supply", "partnership"],
             note="five-year AI engineering contract; 'der Stuttgarter Autobauer' = Mercedes-Benz signed 'Am "
                  "Mittwoch' with Capgemini two sentences earlier; value from two sources"),
        deal("bechtle-bund-framework", ["Beschaffungsamt des BMI", "Bechtle"], "supply", None, None, None,
             "2025-04", "signed",
             "Aus dem im April vergebenen Rahmenvertrag des Beschaffungsamts hat Bechtle die ersten Aufträge "
             "erhalten, darunter gut 2.000 KI-Arbeitsplätze für mehrere Bundesoberbehörden.",
             required=False,
             note="restatement of 008 without amount (first call-offs); optional"),
    ],
    ["rund 680 Millionen Euro", "1,4 bis 1,5 Milliarden Euro", "71.000 Euro", "63.500 Euro", "1.299 Euro",
     "14,90 Euro im Monat"],
)

# 011 ---------------------------------------------------------------------------------------
article(
    "011_adesso_vektorwerk_nordhessenonline.html", "2025-08-13", "de",
    "from <meta name='date'>, JSON-LD and the visible line 'Kassel · 13.08.2025, 06:40 Uhr'; 'am Dienstag' -> "
    "2025-08-12; 'im Juni' -> 2025-06",
    [
        deal("adesso-vektorwerk", ["Adesso", "Vektorwerk"], "acquisition", 24000000, "EUR", "exact",
             "2025-08-12", "signed",
             "Für das Paket zahlt Adesso 24 Millionen Euro.",
             note="51 % stake, signed 'am Dienstag' (previous sentence); the earn-out is a separate optional "
                  "entry; the option on the remaining 49 % has no price and is not annotated"),
        deal("adesso-vektorwerk-earnout", ["Adesso", "Vektorwerk"], "other", 12000000, "EUR", "up_to",
             "2025-08-12", "signed",
             "Hinzu kommen bis zu zwölf Millionen Euro, falls Vektorwerk bis 2027 vereinbarte Umsatzziele erreicht.",
             required=False, kind_alt=["acquisition"],
             note="conditional earn-out, part of the purchase agreement; amount in words; optional"),
        deal("hessen-adesso-tax-ai", ["Land Hessen", "Adesso"], "other", 48000000, "EUR", "exact", "2025-06",
             "signed",
             "Schon im Juni hatte das Land Hessen einen Auftrag an Adesso vergeben: Für 48 Millionen Euro "
             "entwickelt der Konzern zusammen mit Vektorwerk einen KI-Assistenten, der Sachbearbeiter in den "
             "hessischen Finanzämtern bei Einsprüchen und Rückfragen unterstützt.",
             kind_alt=["supply"],
             note="four-year state contract; 'der Konzern' = Adesso; Vektorwerk works on it as partner, not party"),
    ],
    ["rund elf Millionen Euro", "rund 1,2 Milliarden Euro", "38 Millionen Euro", "4.990 Euro", "8,49 Euro"],
)

# 012 ---------------------------------------------------------------------------------------
article(
    "012_limmatwerk_accenture_zurichledger_en.txt", "2025-09-11", "en",
    "from the dateline 'ZURICH, 11 September 2025 / 07:30 CEST'; 'on Wednesday' -> 2025-09-10",
    [
        deal("accenture-limmatwerk", ["Bank Limmatwerk", "Accenture"], "other", 140000000, "CHF", "exact",
             "2025-09-10", "signed",
             "The six-year contract, signed on Wednesday, is worth CHF 140 million, or about $176 million, the "
             "bank said in a statement.",
             kind_alt=["cloud_contract", "supply"],
             alt_amounts=[{"amount": 176000000, "currency": "USD"}],
             note="AI and cloud outsourcing contract; parties in the previous sentence; restated in 013 with the "
                  "month only"),
        deal("limmatwerk-gpu-capex", ["Bank Limmatwerk"], "capex_plan", 25000000, "CHF", "up_to", "2025-09",
             "planned",
             "It plans to spend up to CHF 25 million over the next two years on GPU servers of its own, housed in "
             "a leased hall in Winterthur, to run language models on client data that must not leave the bank's "
             "control.",
             kind_alt=["project"],
             note="'It' = the bank (previous sentence)"),
    ],
    ["CHF 88 billion", "CHF 310 million", "CHF 190 million a year", "CHF 160 million by 2028",
     "CHF 160,000 a year", "CHF 71.40", "CHF 690", "CHF 520"],
)

# 013 ---------------------------------------------------------------------------------------
article(
    "013_accenture_q4_tickerdesk_en.txt", "2025-09-26", "en",
    "from the stock-portal stamp 'Sep 26, 2025 · 9:41 AM ET'; 'Earlier this month' -> 2025-09",
    [
        deal("accenture-limmatwerk", ["Bank Limmatwerk", "Accenture"], "other", 140000000, "CHF", "exact",
             "2025-09", "signed",
             "Earlier this month Accenture won a six-year, CHF 140 million agreement from Zurich private bank Bank "
             "Limmatwerk to move its core systems to a Swiss cloud and automate back-office work.",
             kind_alt=["cloud_contract", "supply"],
             note="same contract as 012, month only"),
        deal("accenture-pellucid", ["Accenture", "Pellucid Agents"], "investment", None, None, None, None,
             "completed",
             "Accenture also said that its venture arm had taken a minority stake in Pellucid Agents, a San "
             "Francisco start-up building tools to audit the behaviour of AI agents, for an undisclosed sum.",
             required=False,
             note="amount undisclosed, date of the stake not given; optional"),
    ],
    ["$243.15", "$17.6 billion", "$17.6bn", "$21.3bn", "$1.8bn", "$5.9bn", "$1.63 per share", "$880 million",
     "$275", "$310", "$290", "€128.40", "$281.60", "$30.25", "$68.90", "$152 billion", "$288",
     "$0 commission"],
)

# 014 ---------------------------------------------------------------------------------------
article(
    "014_capgemini_corvane_northwire_en.txt", "2025-10-17", "en",
    "from the header 'October 17, 2025 | 06:20 GMT'; dateline 'OSLO, Oct 16'; 'on Thursday' -> 2025-10-16; "
    "the WNS purchase 'agreed in July' -> 2025-07",
    [
        deal("capgemini-corvane-gpu", ["Capgemini", "Corvane Compute"], "cloud_contract", 1900000000, "NOK",
             "exact", "2025-10-16", "signed",
             "OSLO, Oct 16 (Northwire) – Capgemini has signed up for three years of graphics-processor capacity at "
             "Corvane Compute in a deal worth NOK 1.9 billion, or about $180 million, the Norwegian data-centre "
             "operator said on Thursday.",
             kind_alt=["supply"],
             alt_amounts=[{"amount": 180000000, "currency": "USD"}],
             note="three-year GPU rental; different from Corvane's 2024 round (001) and the PwC contract (007)"),
        deal("capgemini-wns", ["Capgemini", "WNS"], "acquisition", 3200000000, "USD", "exact", "2025-07",
             "completed",
             "The contract comes a day after Capgemini completed the $3.2 billion purchase of WNS that it agreed "
             "in July, the group's biggest acquisition in five years.",
             note="completion of the 009 deal (closed 'a day' before, 2025-10-15); the date stays that of the "
                  "agreement, July"),
    ],
    ["NOK 640 million", "NOK 22 per GPU hour", "NOK 0.45 per kilowatt hour", "5.2 billion euros",
     "131.90 euros"],
)

# 015 ---------------------------------------------------------------------------------------
article(
    "015_sopra_weserland_wirtschaftsbote.txt", "2025-11-18", "de",
    "from the issue line 'Dienstag, 18. November 2025 · Unternehmen · Seite 17'; 'Am Montag' -> 2025-11-17",
    [
        deal("sopra-weserland", ["Weserland Versicherung", "Sopra Steria"], "other", 420000000, "EUR", "approx",
             "2025-11-17", "signed",
             "Das Volumen beträgt nach Angaben aus Unternehmenskreisen rund 420 Millionen Euro.",
             kind_alt=["cloud_contract", "supply"],
             note="eight-year IT outsourcing contract; parties and 'Am Montag' in the previous sentence ('der "
                  "Bremer Versicherer'); amount also in the subheading"),
        deal("axway-sopra-sbs", ["Axway", "Sopra Steria"], "acquisition", 330000000, "EUR", "approx", "2024",
             "completed",
             "Die Bankensoftware-Sparte Sopra Banking Software ging 2024 an den Softwarehersteller Axway; der "
             "Verkauf für rund 330 Millionen Euro wurde im Herbst jenes Jahres abgeschlossen.",
             note="background sale of 2024, 'im Herbst jenes Jahres' -> year; required because amount and "
                  "parties are explicit"),
    ],
    ["3,1 Milliarden Euro", "etwa 95 Millionen Euro im Jahr", "rund 5,8 Milliarden Euro", "171,20 Euro",
     "390 Euro"],
)

# 016 ---------------------------------------------------------------------------------------
article(
    "016_lindgraben_interview_systemhausreport.txt", None, "de",
    "the interview has no date (only 'Lesezeit: 7 Minuten'); the lease it restates is the one of 002 "
    "(2024-03-13), so merging the two gives it a date",
    [
        deal("kocherberg-lindgraben-lease", ["Lindgraben Systemhaus", "Kocherberg Rechenzentren"],
             "cloud_contract", 6500000, "EUR", "approx", None, "signed",
             "Wir zahlen Kocherberg jährlich rund 6,5 Millionen Euro für Fläche, Strom und Kühlung, und das zehn "
             "Jahre lang.",
             kind_alt=["supply", "other"], per="year",
             note="'Wir' = Lindgraben Systemhaus; same lease as 002"),
        deal("kocherberg-lindgraben-expansion", ["Lindgraben Systemhaus", "Kocherberg Rechenzentren"],
             "cloud_contract", 100000, "EUR", "approx", None, "negotiating",
             "Dafür kämen etwa 100.000 Euro im Monat hinzu.",
             kind_alt=["supply", "other"], per="month",
             note="second space in the same building under negotiation with Kocherberg (previous sentence); "
                  "different from the ten-year lease"),
        deal("dell-lindgraben-gpu", ["Lindgraben Systemhaus", "Dell"], "supply", 19000000, "EUR", "approx",
             "2024", "signed",
             "Im Herbst 2024 haben wir bei Dell 64 Server mit je acht Grafikprozessoren bestellt, für knapp 19 "
             "Millionen Euro.",
             note="'knapp' -> approx; 'Im Herbst 2024' -> year"),
        deal("nordwall-lindgraben-loan", ["Nordwall Bank", "Lindgraben Systemhaus"], "other", 35000000, "EUR",
             "exact", None, "signed",
             "Sie hat uns einen Kredit über 35 Millionen Euro gegeben, besichert mit den Servern und mit unseren "
             "Kundenverträgen.",
             kind_alt=["investment"],
             note="'Sie' = Nordwall Bank (previous sentence), 'uns' = Lindgraben; different from Nordwall's loans "
                  "to Kocherberg (002) and Cancom (018)"),
        deal("cancom-lindgraben-offer-2024", ["Cancom", "Lindgraben Systemhaus"], "acquisition", 70000000, "EUR",
             "exact", "2024", "cancelled",
             "Cancom wollte uns damals für siebzig Millionen Euro komplett übernehmen.",
             note="offer refused ('Wir haben abgelehnt'); 'damals' = 2024 (question); amount in words; different "
                  "from the agreed takeover of 2026 (018)"),
    ],
    ["um die 30.000 Euro", "88 Millionen Euro", "75.000 Euro im Jahr", "12,80 Euro", "118 Euro"],
)

# 017 ---------------------------------------------------------------------------------------
article(
    "017_kyndryl_albion_coverdaily_en.html", "2026-02-11", "en",
    "from <meta name='pubdate'>, <meta property='article:published_time'>, JSON-LD and the byline 'Wed 11 Feb "
    "2026'; 'on Tuesday' -> 2026-02-10; 'in September 2024' -> 2024-09",
    [
        deal("kyndryl-albion-aiops-2026", ["Albion Mutual", "Kyndryl"], "other", 40000000, "GBP", "approx",
             "2026-02-10", "signed",
             "Under the three-year deal, agreed on Tuesday, the Leeds mutual will pay the IT services group around "
             "£40 million a year, chief operating officer Gareth Ulverston said.",
             kind_alt=["cloud_contract", "supply"], per="year",
             note="'the Leeds mutual' = Albion Mutual, 'the IT services group' = Kyndryl (previous sentence); "
                  "second contract of the pair, different from the 2024 outsourcing deal"),
        deal("kyndryl-albion-2024", ["Albion Mutual", "Kyndryl"], "other", 850000000, "GBP", "approx", "2024-09",
             "signed",
             "The agreement sits on top of the seven-year outsourcing contract the two companies signed in "
             "September 2024, valued at about £850 million, which moved Albion's data centres, its mainframe and "
             "roughly 900 staff to Kyndryl.",
             kind_alt=["cloud_contract", "supply"],
             note="restatement of 005 with the month"),
    ],
    ["£5,000", "£95 million", "£162 million", "£171 million", "£1.1 million per model per year",
     "$3.7 billion", "£1,150", "£295 a year"],
)

# 018 ---------------------------------------------------------------------------------------
article(
    "018_cancom_lindgraben_kursdaemmerung.txt", "2026-03-18", "de",
    "from the stamp '18.03.2026 | 17:45 Uhr'; 'Am Dienstagabend' and 'am selben Abend' -> 2026-03-17",
    [
        deal("cancom-lindgraben-2026", ["Cancom", "Lindgraben Systemhaus"], "acquisition", 95000000, "EUR",
             "approx", "2026-03-17", "signed",
             "Den Kaufpreis beziffert Cancom auf knapp 95 Millionen Euro, davon 80 Millionen in bar, den Rest zahlt "
             "der Konzern in eigenen Aktien.",
             note="'knapp' -> approx; takeover announced 'Am Dienstagabend' (previous sentence, 'des Lindgraben "
                  "Systemhauses'); different from Cancom's refused €70m offer of 2024 (016)"),
        deal("nordwall-cancom-loan", ["Nordwall Bank", "Cancom"], "other", 60000000, "EUR", "exact",
             "2026-03-17", "signed",
             "Den Barteil finanziert Cancom mit einem Kredit der Nordwall Bank über 60 Millionen Euro, den das "
             "Institut am selben Abend zusagte.",
             kind_alt=["investment"],
             note="acquisition loan; third Nordwall loan in the corpus"),
    ],
    ["80 Millionen in bar", "88 Millionen Euro", "27,40 Euro", "41,90 Euro", "94,60 Euro",
     "1,55 und 1,65 Milliarden Euro", "41,15 Euro", "1,0872 Dollar", "71,80 Dollar", "2.964 Dollar",
     "150 Euro Wechselbonus"],
)

# 019 ---------------------------------------------------------------------------------------
article(
    "019_ibm_bmw_ratecard_en.txt", "2026-06-12", "en",
    "from the issue line 'Issue 212 · Friday 12 June 2026'; 'on Wednesday' -> 2026-06-10; 'a year since' -> "
    "2025",
    [
        deal("bmw-ibm-ai", ["BMW", "IBM"], "other", 450000000, "EUR", "approx", "2026-06-10", "signed",
             "The carmaker put the value at about €450 million ($510 million) when it confirmed the deal on "
             "Wednesday.",
             kind_alt=["supply", "partnership"],
             alt_amounts=[{"amount": 510000000, "currency": "USD"}],
             note="five-year AI contract; 'The carmaker' = BMW, IBM Consulting in the previous sentence; the "
                  "heading calls it a 'half-billion bet'"),
        deal("kpmg-gpu-cluster", ["KPMG"], "capex_plan", 50000000, "EUR", "range", "2026-06", "planned",
             "KPMG's German member firm is planning to spend between €50 million and €60 million on a GPU cluster "
             "of its own, housed in a colocation site near Frankfurt, two partners told The Rate Card.",
             amount_max=60000000, kind_alt=["project"],
             note="plan from two partners, decision due in September"),
        deal("deloitte-anthropic", ["Deloitte", "Anthropic"], "partnership", None, None, None, "2025", "signed",
             "It has been a year since Deloitte agreed to put Anthropic's Claude models in front of hundreds of "
             "thousands of its staff.",
             required=False,
             note="background, no amount ('Neither company has ever said what the arrangement is worth'); optional"),
    ],
    ["€1,650", "$2,400", "$310bn", "£650 a day", "£18 a month"],
)

# 020 ---------------------------------------------------------------------------------------
article(
    "020_atos_eviden_technikmarkt.txt", "2026-11-13", "de",
    "from the issue line 'Ausgabe 46/2026 · 13.11.2026'; 'Am Donnerstag' -> 2026-11-12; 'Im Oktober' -> 2026-10",
    [
        deal("taurel-atos-cyber", ["Taurel Capital", "Atos"], "acquisition", 1100000000, "EUR", "approx",
             "2026-11-12", "signed",
             "Der Kaufpreis liegt einschließlich Schulden bei rund 1,1 Milliarden Euro.",
             note="parties and 'Am Donnerstag' in the previous sentence ('das Unternehmen' = Atos, 'den Londoner "
                  "Finanzinvestor Taurel Capital'); also in the standfirst"),
        deal("eurohpc-eviden-exascale", ["EuroHPC", "Atos"], "supply", 480000000, "EUR", "at_least", "2026-10",
             "signed",
             "Das Volumen liegt bei mehr als 480 Millionen Euro, die Hälfte trägt die EU, die andere Hälfte "
             "Frankreich und die Niederlande.",
             kind_alt=["project"],
             note="order for an exascale supercomputer awarded 'Im Oktober' to 'der Atos-Tochter' Eviden "
                  "(previous sentence); 'mehr als' -> at_least"),
    ],
    ["etwa 1,3 Milliarden Euro", "rund 2,4 Milliarden Euro", "rund acht Milliarden Euro", "8,6 Milliarden",
     "rund 20 Millionen Euro im Jahr", "48,60 Euro", "Tageskarte 45 Euro", "4,50 Euro"],
)


def main():
    gold = {"about": ABOUT, "articles": dict(sorted(ARTICLES.items())), "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
