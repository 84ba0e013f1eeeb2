#!/usr/bin/env python3
"""Write gold.json for tests/corpus187 (the hand annotation, kept as a script).

Edit the annotation here, then run: python3 tests/corpus187/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

LICENCE_ALT = ["partnership", "supply"]


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, per=None, alt=None, kind_alt=None, term=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if per:
        d["per"] = per
    if term:
        d["term"] = term
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def art(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


A = {}

# ---------------------------------------------------------------- 001
A["001_hasselborn_druckzentrum_nidderbote.txt"] = art(
    "2024-03-14", "from the date line 'NIDDATAL · Donnerstag, 14. März 2024'; 'am Dienstag' -> 2024-03-12, 'am Montagabend' -> 2024-03-11", "de",
    [
        deal("kaltenstein-hasselborn-druckzentrum", ["Kaltenstein Rechenzentren", "Hasselborn Mediengruppe"],
             "acquisition", 46000000, "EUR", "approx", "2024-03-12", "signed",
             "Rund 46 Millionen Euro zahlt ein Frankfurter Rechenzentrumsentwickler für das Areal des Druckzentrums Assenheim.",
             kind_alt=["other"],
             note="amount first; buyer and seller named in the next sentence ('Käuferin ist die Kaltenstein Rechenzentren GmbH, Verkäuferin die Gießener Hasselborn Mediengruppe'), notarised 'am Dienstag' (sentence after); 005 restates it with the month, 015 without date, 020 without amount"),
        deal("kaltenstein-assenheim-capex", ["Kaltenstein Rechenzentren"], "capex_plan", 600000000, "EUR",
             "up_to", "2024-03", "planned",
             "Kaltenstein will auf dem 9,2 Hektar großen Gelände bis zu 600 Millionen Euro investieren.",
             kind_alt=["project"], note="site investment plan; only the spender is a party"),
        deal("niddatal-kaltenstein-acker", ["Stadt Niddatal", "Kaltenstein Rechenzentren"], "acquisition",
             3100000, "EUR", "exact", "2024-03-11", "announced",
             "Schon am Montagabend hatte die Stadtverordnetenversammlung zugestimmt, dem Unternehmen einen angrenzenden Acker von 2,3 Hektar für 3,1 Millionen Euro zu überlassen.",
             kind_alt=["other"],
             note="'dem Unternehmen' = Kaltenstein; council approval, notarisation planned for April -> announced"),
    ],
    ["8,5 Millionen Euro", "rund 210 Millionen Euro", "etwa 1,4 Millionen Euro im Jahr", "ab 39 Euro",
     "39,90 Euro", "19,95 Euro"])

# ---------------------------------------------------------------- 002
A["002_informa_microsoft_ludgatetape_en.html"] = art(
    "2024-05-08", "from <meta property='article:published_time'> and the stamp '08/05/2024 16:42 BST'; 'on Wednesday' = 2024-05-08; 'Last month' -> 2024-04", "en",
    [
        deal("microsoft-taylorfrancis-licence", ["Microsoft", "Taylor & Francis"], "other", 10000000, "USD",
             "at_least", "2024-05-08", "signed",
             "Under the agreement, which covers non-exclusive access to advanced learning content and journal data to help improve the relevance of AI systems, the software company will pay Taylor & Francis more than $10 million, Informa said, without giving the term.",
             kind_alt=LICENCE_ALT,
             note="'the software company' = Microsoft (previous sentence 'The counterparty is Microsoft'); disclosed in the trading update on Wednesday; 'A clean ten-million cheque' in the analyst quote restates it"),
        deal("taylorfrancis-corvale", ["Taylor & Francis", "Corvale Academic"], "acquisition", 14000000, "GBP",
             "exact", "2024-04", "signed",
             "Last month Taylor & Francis agreed to pay £14 million for Corvale Academic, a Leeds-based specialist in digitising and tagging out-of-print monographs, a business Informa says will speed up the preparation of older titles for licensing."),
    ],
    ["842.6p", "£11.2bn", "$75 million", "1,020p", "£1bn", "12.4p", "3,388p", "951.2p", "€142.35",
     "£0 platform fee"])

# ---------------------------------------------------------------- 003
A["003_newscorp_openai_colophon_en.txt"] = art(
    "2024-05-23", "from the issue line 'Issue 88 · Thursday 23 May 2024'; 'on Wednesday' -> 2024-05-22; 'earlier this month' -> 2024-05", "en",
    [
        deal("openai-newscorp-licence", ["OpenAI", "News Corp"], "other", 240000000, "USD", "at_least",
             "2024-05-22", "signed",
             "OpenAI will pay News Corp more than $240 million over five years for the right to show and learn from current and archived journalism, one person who has read the contract told The Colophon Report.",
             kind_alt=LICENCE_ALT, term=["2024", "2029"], alt=[(220000000, "EUR"), (250000000, "USD")],
             note="value from a source; 'Both sides announced the tie-up on Wednesday' (next sentence); 004 gives 'mehr als 220 Millionen Euro' (month), 010 'knapp eine Viertelmilliarde Dollar' (alt_amounts)"),
        deal("openai-dotdash-licence", ["OpenAI", "Dotdash Meredith"], "other", 16000000, "USD", "at_least",
             "2024-05", "signed",
             "Dotdash Meredith's deal with OpenAI, unveiled earlier this month, guarantees the owner of People and Allrecipes at least $16 million a year in licensing fees, its parent IAC told investors on a call.",
             per="year", kind_alt=LICENCE_ALT,
             note="fixed yearly minimum; different from the amount-less Microsoft marketplace of People Inc (= Dotdash Meredith) in 014"),
        deal("quirefold-halyard-archive", ["Quirefold", "Halyard Media"], "other", 8000000, "USD", "range",
             "2024-05", "negotiating",
             "Drafts circulating between the two sides put the price between $8 million and $10 million for a four-year licence, two people who have read them said.",
             amount_max=10000000, kind_alt=LICENCE_ALT,
             note="parties in the previous sentence ('Quirefold ... is negotiating with Halyard Media'); 012 reports that the talks ended without a deal"),
    ],
    ["roughly $15 billion", "$1.6 billion", "$11.70", "$4.99 a week", "$149 per seat", "$180 a year"])

# ---------------------------------------------------------------- 004
A["004_wochenbrief_fahnenabzug.txt"] = art(
    "2024-06-07", "from the issue line 'Jahrgang 6, Nr. 23 · erscheint am Freitag, 7. Juni 2024'; 'am Mittwoch' -> 2024-06-05", "de",
    [
        deal("openai-newscorp-licence", ["OpenAI", "News Corp"], "other", 220000000, "EUR", "at_least",
             "2024-05", "signed",
             "Über fünf Jahre fließen von OpenAI mehr als 220 Millionen Euro an das Haus, zu dem das „Wall Street Journal\" und die Londoner „Times\" gehören – so jedenfalls die Summe, die im Mai aus dem Umfeld der Verhandlungen bekannt wurde.",
             kind_alt=LICENCE_ALT, alt=[(240000000, "USD")],
             note="same licence as 003, here in EUR and with the month only; 'das Haus' = News Corp (previous sentence)"),
        deal("axelspringer-openai-2023", ["OpenAI", "Axel Springer"], "other", None, None, None, "2023-12",
             "signed",
             "Für deutsche Verlage ist das vor allem eine Messlatte: Axel Springer kassiert seit dem Abschluss mit OpenAI im Dezember 2023 nach Branchenschätzungen einen zweistelligen Millionenbetrag pro Jahr, genaue Zahlen nannte das Haus nie.",
             required=False, kind_alt=LICENCE_ALT,
             note="background; 'einen zweistelligen Millionenbetrag' is no amount"),
        deal("hasselborn-scrivane-round", ["Hasselborn Mediengruppe", "Scrivane"], "investment", 12000000, "EUR",
             "exact", "2024-06-05", "completed",
             "Die Hasselborn Mediengruppe führt eine Finanzierungsrunde über zwölf Millionen Euro beim Berliner Start-up Scrivane an, das Zeitungstexte automatisch übersetzt und vertont.",
             note="round total, Hasselborn leads ('gut die Hälfte'); 'Den Abschluss meldete Scrivane am Mittwoch' (next sentence); valuation 48 Mio. is not a deal; 011 and 015 restate it; different from the 2025 services contract (011)"),
    ],
    ["knapp 70 Millionen Euro", "48 Millionen Euro", "rund 9,7 Milliarden Euro", "300.000 bis 900.000 Euro",
     "95 Euro", "229 Euro", "6,50 Euro"])

# ---------------------------------------------------------------- 005
A["005_kaltenstein_assenheim_druckspiegel.txt"] = art(
    "2024-09-12", "from the dateline 'Gießen, 12. September (dsp)' without year, year from '© 2024 Druckspiegel Fachverlag'; 'am Mittwoch' -> 2024-09-11; 'vergangene Woche' -> 2024-09", "de",
    [
        deal("kaltenstein-hasselborn-druckzentrum", ["Hasselborn Mediengruppe", "Kaltenstein Rechenzentren"],
             "acquisition", 46000000, "EUR", "exact", "2024-03", "signed",
             "Als die Hasselborn Mediengruppe im März ihr Druckzentrum in Assenheim für 46 Millionen Euro an die Kaltenstein Rechenzentren abgab, war in der Branche von einem Notverkauf die Rede.",
             kind_alt=["other"], note="same sale as 001, month only"),
        deal("ostertal-kaltenstein-loan", ["Bankhaus Ostertal", "Kaltenstein Rechenzentren"], "other", 180000000,
             "EUR", "exact", "2024-09", "signed",
             "Angeführt vom Bankhaus Ostertal leihen drei Institute Kaltenstein 180 Millionen Euro für die erste Serverhalle, wie das Unternehmen vergangene Woche mitteilte.",
             kind_alt=["investment"], note="bank loan (seven years), lead bank as party"),
        deal("hasselborn-kaltenstein-colocation", ["Hasselborn Mediengruppe", "Kaltenstein Rechenzentren"],
             "cloud_contract", 420000, "EUR", "approx", "2024-09-11", "signed",
             "Dafür zahlt Hasselborns IT-Tochter jährlich rund 420.000 Euro an Kaltenstein.",
             per="year", term=["2026", "2035"], kind_alt=["other", "supply"],
             note="server-space contract signed 'Am Mittwoch' (previous sentence), 'ab 2026 für zehn Jahre'; the payer is Hasselborn's IT subsidiary; different from the 2024 site sale between the same companies"),
    ],
    ["rund 640 Euro je Tonne", "gut 12,6 Milliarden Euro", "27 Millionen Euro", "290 Euro"])

# ---------------------------------------------------------------- 006
A["006_wrenscombe_quirefold_endpaper_en.txt"] = art(
    "2024-11-22", "from the issue line 'Friday 22 November 2024 · Issue 412'; 'last month' -> 2024-10", "en",
    [
        deal("harpercollins-microsoft-backlist", ["HarperCollins", "Microsoft"], "other", None, None, None,
             "2024-11", "signed",
             "HarperCollins has confirmed that it is licensing part of its nonfiction backlist to Microsoft for the training of AI models, the first of the big five trade publishers to say so on the record.",
             kind_alt=LICENCE_ALT,
             note="no total; '$5,000 per title' is a unit price (not_deal); confirmed in the week of the issue -> month"),
        deal("quirefold-wrenscombe-licence", ["Quirefold", "Wrenscombe Press"], "other", 3200000, "GBP", "exact",
             "2024-10", "signed",
             "The San Francisco data company pays £3.2m for it, about $4.1m at current rates, managing director Hester Pallant said, and half of every payment goes to the authors concerned.",
             kind_alt=LICENCE_ALT, alt=[(4100000, "USD")],
             note="'The San Francisco data company' = Quirefold, 'it' = the three-year backlist licence signed 'last month' (previous sentence); different from Quirefold's 25 % stake in Wrenscombe (013)"),
    ],
    ["$5,000 per title", "$2,500 each", "£18.4m", "around £9,000", "$44 million", "£1,600", "£245",
     "£27,500", "£119 a year", "£79"])

# ---------------------------------------------------------------- 007
A["007_norrveden_sorvik_pulpjournal_en.txt"] = art(
    "2025-02-11", "from the header 'Markets & Mills · Tuesday 11 February 2025 · 09:30 CET'; 'in January' -> 2025-01", "en",
    [
        deal("norrveden-tallgrove-sorvik", ["Norrveden Papper", "Tallgrove Data"], "acquisition", 900000000,
             "SEK", "approx", "2025", "rumored",
             "Swedish paper group Norrveden Papper is in advanced talks to sell the site of its closed Sörvik newsprint mill north of Sundsvall to Tallgrove Data, a US developer of AI data centres, for around SEK 900 million (€80 million), according to two people on opposite sides of the negotiating table.",
             alt=[(80000000, "EUR")],
             note="rumour from sources (reported 2025-02-11); the year keeps the shared id's dates in line with the signing on 2025-04-14 reported in 009"),
        deal("norrveden-narmada-pm4", ["Norrveden Papper", "Narmada Kraft Boards"], "other", 950000000, "INR",
             "exact", "2025-01", "completed",
             "Norrveden sold PM4 to Narmada Kraft Boards, an Indian packaging maker, in January for 950 million rupees (about SEK 120 million).",
             kind_alt=["acquisition", "supply"], alt=[(120000000, "SEK")],
             note="sale of a used paper machine; stated in rupees with the SEK conversion; 009 mentions it without buyer or amount (not annotated)"),
    ],
    ["SEK 310 million", "$1.1 billion", "SEK 0.38 per kWh", "SEK 25 million", "€610 per tonne",
     "$1,420 per tonne", "€118 per tonne", "€19 a month"])

# ---------------------------------------------------------------- 008
A["008_halyard_tallgrove_quirewire_en.txt"] = art(
    "2025-03-04", "from the header 'QUIREWIRE | Media & Technology | March 4, 2025 | 07:12 ET' (dateline 'DAYTON, Ohio, March 3'); 'on Monday' -> 2025-03-03; 'last week' -> 2025-02", "en",
    [
        deal("tallgrove-halyard-dayton", ["Tallgrove Data", "Halyard Media"], "acquisition", 38000000, "USD",
             "exact", "2025-03-03", "signed",
             "Halyard Media, owner of 14 daily newspapers across Ohio and Indiana, has agreed to sell its Dayton printing plant to Tallgrove Data for $38 million.",
             kind_alt=["other"], note="'The two companies announced the sale on Monday' in the next sentence"),
        deal("tallgrove-dayton-capex", ["Tallgrove Data"], "capex_plan", 450000000, "USD", "approx", "2025-03",
             "planned",
             "Tallgrove plans to spend about $450 million turning the 22-acre site near the Great Miami River into a campus of three data halls for AI computing, with the first due to open in late 2026.",
             kind_alt=["project"]),
        deal("halyard-copperline-printing", ["Halyard Media", "Copperline Printing"], "other", 375000, "USD",
             "approx", "2025-03", "signed",
             "Its papers will instead be printed by Copperline Printing in Indianapolis under a seven-year contract, for which Halyard will pay about $375,000 a month, as stated in a notice Halyard filed with Ohio's workforce agency, which also listed 118 job losses at the plant.",
             per="month", term=["2025-05", "2032"], kind_alt=["supply"],
             note="contract printing after the Dayton plant closes at the end of April; 'Its papers' = Halyard's (previous sentence)"),
        deal("greyfriars-halyard-loan", ["Greyfriars Capital", "Halyard Media"], "other", 60000000, "USD", "exact",
             "2025-02", "completed",
             "The sale follows a refinancing last week, in which Halyard drew a $60 million term loan from Greyfriars Capital, a New York private-equity firm that specialises in lending to media companies.",
             kind_alt=["investment"],
             note="term loan drawn 'last week' (late February); different from Greyfriars' takeover of Halyard in 016"),
    ],
    ["$312 million", "$95 million", "$1.2 million a year", "$1.1 billion", "$32.50 a month", "$15.99",
     "$700 million"])

# ---------------------------------------------------------------- 009
A["009_norrveden_verkauf_aktiendrossel.txt"] = art(
    "2025-04-15", "from the stock-portal stamp '15.04.2025 - 08:41:12'; 'am Montag' -> 2025-04-14", "de",
    [
        deal("norrveden-tallgrove-sorvik", ["Norrveden Papper", "Tallgrove Data"], "acquisition", 80000000, "EUR",
             "approx", "2025-04-14", "signed",
             "Für das Gelände samt Wasserrechten und Umspannwerk fließen rund 80 Millionen Euro (knapp 900 Millionen Kronen), wie Norrveden am Montag nach Börsenschluss mitteilte.",
             alt=[(900000000, "SEK")],
             note="the sale rumoured in 007, now signed; buyer Tallgrove in the previous sentence; closing expected in Q3"),
        deal("norrveden-tallgrove-power", ["Norrveden Papper", "Tallgrove Data"], "supply", 55000000, "SEK",
             "approx", "2025-04-14", "signed",
             "Tallgrove zahlt dafür jährlich rund 55 Millionen Kronen, umgerechnet etwa 4,9 Millionen Euro, über eine Laufzeit von zwölf Jahren.",
             per="year", term=["2027", "2038"], alt=[(4900000, "EUR")],
             note="power from Norrveden's hydro plant 'ab 2027' (previous sentence), announced with the sale; a different deal between the same companies"),
    ],
    ["von 42 auf 48 Kronen", "41,30 SEK", "396,20 SEK", "141,55 SEK", "rund 14,2 Milliarden Kronen",
     "310 Millionen Kronen", "2,25 Kronen je Aktie", "knapp 2,6 Milliarden Euro", "1 Euro Ordergebühr",
     "50 Euro Startguthaben"])

# ---------------------------------------------------------------- 010
A["010_ki_lizenzen_kommentar_spitzmarke.txt"] = art(
    "2025-04-16", "from the line 'Gastkommentar | Mittwoch, 16. April 2025'; 'Vergangene Woche' -> 2025-04; 'Im Februar' -> 2025-02", "de",
    [
        deal("openai-newscorp-licence", ["OpenAI", "News Corp"], "other", 250000000, "USD", "approx", None,
             "signed",
             "Der Konzern lässt sich von OpenAI über fünf Jahre knapp eine Viertelmilliarde Dollar zahlen, teils in bar, teils in Rechenguthaben.",
             kind_alt=LICENCE_ALT,
             note="'Der Konzern' = News Corp (previous sentence); amount in words; restated without a date"),
        deal("openai-guardian", ["OpenAI", "Guardian Media Group"], "other", None, None, None, "2025-02", "signed",
             "Im Februar haben der Guardian und der norwegische Schibsted-Konzern eigene Verträge mit OpenAI geschlossen, über Beträge schweigen beide.",
             required=False, kind_alt=LICENCE_ALT, note="amount-less background; two deals in one sentence"),
        deal("openai-schibsted", ["OpenAI", "Schibsted"], "other", None, None, None, "2025-02", "signed",
             "Im Februar haben der Guardian und der norwegische Schibsted-Konzern eigene Verträge mit OpenAI geschlossen, über Beträge schweigen beide.",
             required=False, kind_alt=LICENCE_ALT, note="amount-less background; two deals in one sentence"),
        deal("textwerk-mistral-licence", ["Textwerk", "Mistral AI"], "other", 4000000, "EUR", "approx", "2025-04",
             "signed",
             "Die Franzosen überweisen jährlich rund vier Millionen Euro, vorerst drei Jahre lang.",
             per="year", kind_alt=LICENCE_ALT,
             note="'Die Franzosen' = Mistral AI; collective licence granted by Textwerk 'Vergangene Woche' (previous sentence); 'Vier Millionen Euro klingen nach wenig' restates it"),
    ],
    ["rund 44 Millionen Dollar", "keine 30 Euro pro Buch und Jahr", "etwa 2,1 Milliarden Dollar im Jahr",
     "1 bis 2 Millionen Euro im Jahr", "24,30 Euro", "27 Euro", "14 Euro im Monat"])

# ---------------------------------------------------------------- 011
A["011_hasselborn_scrivane_schiffenberger.html"] = art(
    "2025-06-18", "from <meta name='date'> and the line 'Gießen · 18.06.2025, 10:05 Uhr'; 'am Dienstag' -> 2025-06-17", "de",
    [
        deal("hasselborn-scrivane-services", ["Hasselborn Mediengruppe", "Scrivane"], "other", 1800000, "EUR",
             "approx", "2025-06-17", "signed",
             "Für Übersetzung, Vorlesefunktion und die Verschlagwortung des Archivs zahlt der Konzern an Scrivane pro Jahr rund 1,8 Millionen Euro, zunächst bis Ende 2028.",
             per="year", term=["2025-06", "2028"], kind_alt=["cloud_contract", "supply"],
             note="'der Konzern' = Hasselborn; three-year contract signed 'am Dienstag' (previous sentence); different from Hasselborn's 2024 investment in Scrivane (same article)"),
        deal("hasselborn-scrivane-round", ["Hasselborn Mediengruppe", "Scrivane"], "investment", 12000000, "EUR",
             "exact", "2024-06", "completed",
             "Im Juni 2024 führte die Mediengruppe eine Finanzierungsrunde über zwölf Millionen Euro an, seither sitzt Hasselborn-Digitalchef Ruben Achterberg im Beirat des Start-ups.",
             note="restatement of the 2024 round (004)"),
    ],
    ["4,6 Millionen Euro", "2,4 Millionen Euro", "12,99 Euro im Monat", "80 Euro Neukundenbonus"])

# ---------------------------------------------------------------- 012
A["012_amazon_nyt_gutterline_en.txt"] = art(
    "2025-08-04", "from the issue line 'No. 214 · Monday, 4 August 2025'; 'in late May' -> 2025-05; 'last week' -> 2025-07; 'On Thursday' -> 2025-07-31", "en",
    [
        deal("amazon-nyt-licence", ["Amazon", "New York Times"], "other", 20000000, "USD", "range", "2025-05",
             "signed",
             "Amazon hands The New York Times $20 million to $25 million annually for the use of its journalism, according to a weekend report citing people who know the arrangement the two companies struck in late May.",
             amount_max=25000000, per="year", kind_alt=LICENCE_ALT,
             note="value from a report citing sources, neither side confirmed; 013 and 018 mention the licence without amount; different from the 2026 video add-on (018)"),
        deal("google-halyard-pilot", ["Google", "Halyard Media"], "other", 750000, "USD", "exact", "2025-07",
             "signed",
             "Halyard Media, the Ohio and Indiana newspaper group that sold its Dayton press hall to a data-center developer in March, has signed a one-year pilot with Google that pays it $750,000 a quarter for access to its archive and daily news feed, Halyard told staff in a memo last week.",
             per="quarter", kind_alt=LICENCE_ALT,
             note="one-year pilot, date from the memo 'last week'; the Dayton sale is mentioned without its buyer (not annotated here)"),
        deal("quirefold-halyard-archive", ["Quirefold", "Halyard Media"], "other", None, None, None, "2024",
             "cancelled",
             "Halyard's archive had been the subject of licensing talks with the data broker Quirefold last year; those talks ended without a deal, a Halyard executive told Gutterline.",
             required=False, kind_alt=LICENCE_ALT,
             note="the talks of 003 ended without a deal; amount-less background"),
        deal("perplexity-publisher-pool", ["Perplexity"], "other", 40000000, "USD", "exact", "2025-07-31",
             "announced",
             "On Thursday Perplexity said it would set aside $40 million for a revenue pool to be shared with publishers whose work appears in answers from its browser assistant.",
             required=False, kind_alt=["partnership"],
             note="a pool without a named counterparty; optional"),
    ],
    ["$335 million", "$53.40", "$1 a week", "$15 monthly", "$150 annually"])

# ---------------------------------------------------------------- 013
A["013_publishing_liveblog_proofroom_en.txt"] = art(
    "2025-09-25", "from the live-page header 'Thursday 25 September 2025 · latest entry 18:05 BST'; 'this morning' = 2025-09-25; 'in May' -> 2025-05", "en",
    [
        deal("quirefold-wrenscombe-stake", ["Quirefold", "Wrenscombe Press"], "acquisition", 9000000, "GBP",
             "exact", "2025-09-25", "signed",
             "Quirefold is paying nine million pounds for the shares, or about €10.3m, both sides have just confirmed.",
             alt=[(10300000, "EUR")], kind_alt=["investment"],
             note="25 % of Wrenscombe Press (previous sentence), signed 'this morning' (next sentence); amount in words; different from the 2024 licence (006)"),
        deal("prh-openai-denied", ["Penguin Random House", "OpenAI"], "other", 100000000, "USD", "up_to",
             "2025-09", "cancelled",
             "Bertelsmann has rejected a US report that its book arm Penguin Random House was negotiating a licence worth up to $100 million with OpenAI.",
             required=False, kind_alt=LICENCE_ALT, note="denied report -> cancelled, optional"),
        deal("anthropic-authors-settlement", ["Anthropic"], "other", 1500000000, "USD", "at_least", "2025-09",
             "signed",
             "A federal judge in San Francisco has given preliminary approval to the settlement under which Anthropic will pay authors at least $1.5 billion.",
             required=False,
             note="class-action settlement with authors (no company counterparty); 'roughly $3,000 for each book' is a unit figure; optional"),
        deal("amazon-nyt-licence", ["Amazon", "New York Times"], "other", None, None, None, "2025-05", "signed",
             "The New York Times has spoken for the first time at an industry conference in New York about how its AI licensing agreement with Amazon, signed in May, is going, though it still would not say what Amazon pays.",
             required=False, kind_alt=LICENCE_ALT, note="the licence of 012 without amount; background"),
    ],
    ["roughly $3,000", "€24.85", "€126.40", "3,612p", "£1.9bn", "Tickets £69", "subscribers £45"])

# ---------------------------------------------------------------- 014
A["014_pearson_aws_inkindex_en.txt"] = art(
    "2025-11-13", "from the header 'Thursday, 13 November 2025 · After the bell'; 'On Wednesday' -> 2025-11-12", "en",
    [
        deal("pearson-aws-cloud", ["Pearson", "Amazon"], "cloud_contract", 150000000, "GBP", "approx",
             "2025-11-12", "signed",
             "Pearson gave no figure, but analysts at Haverleigh Securities put the value of the commitment at about £150 million over its life.",
             note="value only from analysts; five-year Amazon Web Services agreement announced 'On Wednesday' (previous sentence)"),
        deal("microsoft-peopleinc-marketplace", ["Microsoft", "Dotdash Meredith"], "partnership", None, None, None,
             "2025-11", "signed",
             "People Inc, the magazine group formerly known as Dotdash Meredith, said in New York that it had joined a publisher marketplace run by Microsoft, under which AI assistants pay per use of content.",
             required=False, kind_alt=["other"],
             note="amount-less ('Terms were not disclosed'); People Inc = Dotdash Meredith; different from the OpenAI licence of 003"),
    ],
    ["1,086p", "1,250p", "3,402p", "876.4p", "$100 million", "€131.85", "€24.60", "NOK 352", "598p",
     "around £200 million a year", "$63.20 a barrel", "£12 monthly"])

# ---------------------------------------------------------------- 015
A["015_hasselborn_interview_blattmacher.txt"] = art(
    None, "interview without any date (only 'Lesedauer: 8 Minuten'); the Greyfriars offer is dated by the text ('Im Sommer 2024')", "de",
    [
        deal("kaltenstein-hasselborn-druckzentrum", ["Kaltenstein Rechenzentren", "Hasselborn Mediengruppe"],
             "acquisition", 46000000, "EUR", "exact", None, "completed",
             "Die 46 Millionen Euro von Kaltenstein haben uns Luft verschafft, wir sind seitdem praktisch schuldenfrei.",
             kind_alt=["other"], note="'uns' = Hasselborn; the site sale of 001, restated without date"),
        deal("hasselborn-scrivane-round", ["Hasselborn Mediengruppe", "Scrivane"], "investment", 12000000, "EUR",
             "exact", None, "completed",
             "Wir haben die Runde über zwölf Millionen Euro angeführt und gut die Hälfte selbst getragen.",
             note="'Wir' = Hasselborn; Scrivane named in the question"),
        deal("greyfriars-hasselborn-offer", ["Greyfriars Capital", "Hasselborn Mediengruppe"], "acquisition",
             150000000, "EUR", "approx", "2024", "cancelled",
             "Im Sommer 2024 lagen rund 150 Millionen Euro für die gesamte Gruppe auf dem Tisch, kurz nach dem Verkauf des Druckzentrums.",
             note="bidder named in the question ('Es heißt, Greyfriars Capital wollte Hasselborn kaufen'); refused by the owners -> cancelled; summer -> year"),
        deal("hasselborn-capex-2027", ["Hasselborn Mediengruppe"], "capex_plan", 25000000, "EUR", "approx", None,
             "planned",
             "Bis Ende 2027 stecken wir rund 25 Millionen Euro in Redaktionstechnik, Weiterbildung und neue digitale Produkte.",
             required=False, note="group-wide spending plan; optional"),
    ],
    ["48 Millionen Euro", "2.900 Euro brutto im Monat", "54,90 Euro im Monat", "Einzelheft 18 Euro",
     "Jahresabo 150 Euro"])

# ---------------------------------------------------------------- 016
A["016_greyfriars_halyard_sentinel_en.html"] = art(
    "2026-01-14", "from <meta name='parsely-pub-date'> and the byline 'Wed., Jan. 14, 2026'; 'on Tuesday' -> 2026-01-13", "en",
    [
        deal("greyfriars-halyard-takeover", ["Greyfriars Capital", "Halyard Media"], "acquisition", 310000000,
             "USD", "approx", "2026-01-13", "signed",
             "Greyfriars Capital, a New York private-equity firm that specializes in media businesses, agreed on Tuesday to buy Halyard Media outright in a deal valuing the newspaper group at about $310 million including debt, the two companies said.",
             note="completion targeted for June; different from Greyfriars' 2025 loan to Halyard (008)"),
        deal("wabash-halyard-dailies", ["Wabash Civic Press Trust", "Halyard Media"], "acquisition", 7500000,
             "USD", "exact", "2026-01-13", "signed",
             "As part of the agreement, Halyard will first sell its two Indiana dailies, in Lafayette and Terre Haute, to the Wabash Civic Press Trust, a nonprofit backed by local foundations, for $7.5 million.",
             note="agreed together with the takeover"),
    ],
    ["$298 million", "$312 million", "$4.1 million", "$41,000 a year", "$1 for 26 weeks", "$14.99 a month",
     "$500 off"])

# ---------------------------------------------------------------- 017
A["017_textwerk_openai_buchkante.txt"] = art(
    "2026-02-26", "from the issue line 'Ausgabe 9 | 2026 · Donnerstag, 26. Februar 2026 · Seite 3'; 'Anfang Februar' -> 2026-02", "de",
    [
        deal("textwerk-openai-talks", ["Textwerk", "OpenAI"], "other", 6000000, "EUR", "range", "2026-02",
             "negotiating",
             "Nach Informationen der Buchkante geht es um zwischen sechs und acht Millionen Euro jährlich für eine Lizenz über drei Jahre.",
             amount_max=8000000, per="year", kind_alt=LICENCE_ALT,
             note="parties in the previous sentence ('spricht ... nun mit OpenAI'); talks confirmed, no figure from the parties; the earlier licence 'für ein französisches KI-Labor' names no counterparty and is not annotated here"),
        deal("ringier-gletschermind-licence", ["Ringier", "Gletschermind"], "other", 5500000, "CHF", "exact",
             "2026-02", "signed",
             "Für fünf Jahre erhält Ringier 5,5 Millionen Franken, wie beide Unternehmen bestätigten; Gletschermind entwickelt Sprachmodelle für die vier Landessprachen.",
             kind_alt=LICENCE_ALT, note="archive licence granted 'Anfang Februar' (previous sentence)"),
    ],
    ["rund 26 Euro", "rund 9,6 Milliarden Euro", "24,80 Euro", "13,10 Euro", "45 Euro",
     "149 Euro monatlich", "198 Euro"])

# ---------------------------------------------------------------- 018
A["018_colophon_roundup_may26_en.txt"] = art(
    "2026-05-14", "from the issue line 'Issue 190 · Thursday 14 May 2026'; 'on Tuesday' -> 2026-05-12; 'last May' -> 2025-05; 'this week' and 'last week' -> 2026-05; 'Three months later' after February -> 2026-05", "en",
    [
        deal("amazon-nyt-licence", ["Amazon", "New York Times"], "other", None, None, None, "2025-05", "signed",
             "Amazon's licensing agreement with The New York Times, signed last May, has grown a second limb.",
             required=False, kind_alt=LICENCE_ALT, note="the 2025 text licence without amount; background"),
        deal("amazon-nyt-video", ["Amazon", "New York Times"], "other", 8000000, "USD", "exact", "2026-05-12",
             "signed",
             "For that, Amazon pays an additional $8 million a year, says someone who has seen the contract, on top of the text licence.",
             per="year", term=["2026-05", "2028"], kind_alt=LICENCE_ALT,
             note="video and audio add-on confirmed 'on Tuesday', runs to the close of 2028; a different deal from the 2025 text licence between the same companies (same article); repeated in the numbers box"),
        deal("brightwater-quirefold-seriesc", ["Brightwater Ventures", "Quirefold"], "investment", 90000000, "USD",
             "exact", "2026-05", "completed",
             "Three months later the money is in: the $90 million Series C, led by Brightwater, closed this week, the company told us.",
             note="term sheet in February, 'Three months later' / 'this week' -> 2026-05; lead investor as party; valuation $640m is not a deal"),
        deal("polarvik-schibsted-nydalen", ["Polarvik Data", "Schibsted"], "acquisition", 420000000, "NOK",
             "exact", "2026-05", "signed",
             "Schibsted Media has agreed to sell its printing plant site in the Oslo suburb of Nydalen to Polarvik Data, a Norwegian data-centre developer, for NOK 420 million, the buyer said last week.",
             kind_alt=["other"]),
        deal("polarvik-nydalen-capex", ["Polarvik Data"], "capex_plan", 2000000000, "NOK", "at_least", "2026-05",
             "planned",
             "Polarvik expects to spend more than NOK 2 billion on the site.",
             kind_alt=["project"]),
    ],
    ["$640 million", "$2.99 a month", "$1,200", "$1,800", "$180 a year"])

# ---------------------------------------------------------------- 019
A["019_springernature_anthropic_orderbuchblick.txt"] = art(
    "2026-07-07", "from the stock-portal stamp '07.07.26, 09:12 Uhr' (Tuesday); 'am Montagabend' -> 2026-07-06; 'Im April' -> 2026-04", "de",
    [
        deal("springernature-anthropic-licence", ["Springer Nature", "Anthropic"], "other", 35000000, "EUR",
             "exact", "2026-07-06", "signed",
             "Springer Nature hat einen 35-Millionen-Euro-Vertrag mit Anthropic geschlossen, der dem Claude-Entwickler über vier Jahre Zugriff auf Zeitschriftenartikel und Fachbücher aus dem Bestand des Hauses gibt.",
             kind_alt=LICENCE_ALT, note="compound amount; announced 'am Montagabend' (same sentence, before the colon)"),
        deal("springernature-kollatio", ["Springer Nature", "Kollatio"], "acquisition", 18000000, "EUR", "exact",
             "2026-04", "completed",
             "Im April hatte Springer Nature die Berliner Datenfirma Kollatio übernommen, die Fachtexte für das Training von Sprachmodellen aufbereitet, und dafür 18 Millionen Euro gezahlt."),
    ],
    ["rund 50 Millionen Euro", "knapp 1,9 Milliarden Euro", "von 27 auf 30 Euro", "520 Millionen Euro",
     "26,45 €", "118,60 €", "40,15 €", "21 Euro je Aktie", "gut 5,2 Milliarden Euro", "0,62 Euro je Aktie",
     "0 Euro Orderprovision"])

# ---------------------------------------------------------------- 020
A["020_kaltenstein_campus_wetterauwoche.txt"] = art(
    "2026-11-06", "from the issue line 'Nr. 45 · Freitag, 6. November 2026'; 'am Mittwoch' -> 2026-11-04; 'im Sommer' -> 2026", "de",
    [
        deal("kaltenstein-hasselborn-druckzentrum", ["Kaltenstein Rechenzentren", "Hasselborn Mediengruppe"],
             "acquisition", None, None, None, "2024-03", "completed",
             "Die Kaltenstein Rechenzentren haben am Montag die erste Serverhalle auf dem Gelände des früheren Hasselborn-Druckzentrums in Betrieb genommen, das sie im März 2024 gekauft hatten.",
             required=False, kind_alt=["other"], note="the 2024 site sale without amount; background"),
        deal("nordhafen-kaltenstein-stake", ["Nordhafen Pensionskasse", "Kaltenstein Rechenzentren"],
             "acquisition", 240000000, "EUR", "approx", "2026-11-04", "signed",
             "Die Hamburger legen dafür knapp 240 Millionen Euro auf den Tisch; unterschrieben wurde am Mittwoch.",
             kind_alt=["investment"],
             note="'Die Hamburger' = Nordhafen Pensionskasse, 49 % of the campus company (previous sentence)"),
        deal("amazon-kaltenstein-lease", ["Amazon", "Kaltenstein Rechenzentren"], "cloud_contract", 700000000,
             "EUR", "up_to", "2026", "signed",
             "Branchenkenner beziffern den Mietvertrag auf bis zu 700 Millionen Euro über die gesamte Laufzeit, Kaltenstein selbst nennt keine Summe.",
             term=["2026", "2033"], kind_alt=["other"],
             note="tenant 'die Amazon-Tochter AWS' in the previous sentences, lease signed 'im Sommer' for seven years; value only from industry observers"),
    ],
    ["2,2 Millionen Euro", "rund 38 Millionen Euro", "9,8 Cent je Kilowattstunde", "16,4 Cent je Kilowattstunde",
     "3,5 Millionen Euro", "9,80 Euro im Monat"])

ALIASES = {
    "Hasselborn Mediengruppe": ["Hasselborn Mediengruppe", "Hasselborn", "Hasselborn-Gruppe"],
    "Kaltenstein Rechenzentren": ["Kaltenstein Rechenzentren", "Kaltenstein Rechenzentren GmbH", "Kaltenstein"],
    "Stadt Niddatal": ["Stadt Niddatal", "Niddatal"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Taylor & Francis": ["Taylor & Francis", "Taylor and Francis"],
    "Corvale Academic": ["Corvale Academic", "Corvale"],
    "OpenAI": ["OpenAI"],
    "News Corp": ["News Corp", "News Corporation"],
    "Dotdash Meredith": ["Dotdash Meredith", "Dotdash", "People Inc", "People Inc."],
    "Quirefold": ["Quirefold"],
    "Halyard Media": ["Halyard Media", "Halyard"],
    "Axel Springer": ["Axel Springer", "Axel Springer SE"],
    "Scrivane": ["Scrivane"],
    "Bankhaus Ostertal": ["Bankhaus Ostertal", "Ostertal"],
    "HarperCollins": ["HarperCollins", "HarperCollins Publishers"],
    "Wrenscombe Press": ["Wrenscombe Press", "Wrenscombe"],
    "Norrveden Papper": ["Norrveden Papper", "Norrveden Papper AB", "Norrveden"],
    "Tallgrove Data": ["Tallgrove Data", "Tallgrove"],
    "Narmada Kraft Boards": ["Narmada Kraft Boards", "Narmada Kraft"],
    "Copperline Printing": ["Copperline Printing", "Copperline"],
    "Greyfriars Capital": ["Greyfriars Capital", "Greyfriars"],
    "Guardian Media Group": ["Guardian Media Group", "The Guardian", "Guardian"],
    "Schibsted": ["Schibsted", "Schibsted Media", "Schibsted ASA"],
    "Textwerk": ["Textwerk", "Textwerk eG"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "New York Times": ["New York Times", "The New York Times", "The New York Times Company", "NYT"],
    "Google": ["Google", "Alphabet"],
    "Perplexity": ["Perplexity", "Perplexity AI"],
    "Penguin Random House": ["Penguin Random House", "PRH"],
    "Anthropic": ["Anthropic"],
    "Pearson": ["Pearson", "Pearson plc"],
    "Wabash Civic Press Trust": ["Wabash Civic Press Trust", "Wabash Civic Press"],
    "Ringier": ["Ringier", "Ringier AG"],
    "Gletschermind": ["Gletschermind"],
    "Brightwater Ventures": ["Brightwater Ventures", "Brightwater"],
    "Polarvik Data": ["Polarvik Data", "Polarvik"],
    "Springer Nature": ["Springer Nature", "Springer Nature AG"],
    "Kollatio": ["Kollatio"],
    "Nordhafen Pensionskasse": ["Nordhafen Pensionskasse", "Nordhafen"],
}

ABOUT = (
    "Hand-annotated deals in the 187th held-out test corpus (tests/corpus187/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: publishing, books and newspapers in the AI-infrastructure race (content "
    "licences, printing plants and paper mills sold to data-centre developers, publishers' compute and AI "
    "contracts, stakes and takeovers). One entry per article; a deal that several articles report carries the "
    "same id in each. 'required': false marks vague or background mentions that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an "
    "error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's "
    "amount as another article (or the same article) states it in another currency or at another precision. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date marker, or null when the article has "
    "none); seasons become the year; a cancelled deal keeps the date of the talks or offer; 'term' is the period "
    "the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. Content licences are kind 'other' (alternatives partnership, supply). For .html articles the "
    "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: "
    "Hasselborn Mediengruppe, Kaltenstein Rechenzentren, Scrivane, Norrveden Papper, Tallgrove Data, Wrenscombe "
    "Press, Halyard Media, Quirefold, Greyfriars Capital, Bankhaus Ostertal, Textwerk, Copperline Printing, "
    "Narmada Kraft Boards, Brightwater Ventures, Nordhafen Pensionskasse, Gletschermind, Wabash Civic Press Trust, "
    "Corvale Academic, Polarvik Data, Kollatio; invented publications, research houses and persons are listed in "
    "invented_names.txt; the deals of real companies are partly real, partly invented or shifted. Nothing here "
    "is reporting."
)


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
