#!/usr/bin/env python3
"""Write gold.json for corpus174 (the hand annotation, kept as a script).

Usage: python3 tests/corpus174/make_gold.py
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def deal(id, parties, kind, amount, currency, qualifier, date, status, required, evidence,
         amount_max=None, term=None, per=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
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


def article(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ABOUT = (
    "Hand-annotated deals in the 174th, held-out test corpus (tests/corpus174/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: private-equity buyouts (buyout funds, carve-outs, "
    "take-privates, secondary sales and their data-centre and software bets). One entry per article; a "
    "deal that several articles report carries the same id in each. 'required': false marks vague or "
    "background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' "
    "('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision. 'date' is when "
    "the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date marker, dateline, <meta>/<time>, issue "
    "line, stock-portal stamp or ticker header, or null when the article has none); quarters, half-years "
    "and seasons become the year; a cancelled deal keeps the date of the original offer or talks; 'term' "
    "is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; "
    "'note' explains a judgement call. For .html articles the evidence and not_deals occur in the visible "
    "text (check_corpus_gold.visible_text). Invented companies: Ammerleite Datenhallen, Sülldorfer "
    "Kapital, Aldercrest Infrastructure, Lindwurm Software, Ravensholt Capital, Hohenbuch Bank, Scarrowby "
    "Partners, Orlick Industries, Brinemark Systems, Tillerby Analytics, Pennyworth Labs, Kielhafen "
    "Systems, Sollner Planungssysteme, Zollkontor Software, Ballycorrin Data, Mallowfield Secondaries, "
    "Liffeyside Bank, Corrib AI, Limmatfeld Capital, Aarewerk Data, Brixwerk Cloud, Domvera, "
    "Ärzteversorgung Weserland, Lechwerth Maschinenbau, Lechwerth Digital, Kochelfeld Partners, "
    "Tallbacka Kapital, Hällsjö Data, Kowloon Ridge Capital, Lingnan Compute; invented publications, "
    "research houses, advertisers and people are listed in invented_names.txt; the deals of real "
    "companies are partly real, partly invented or shifted. Nothing here is reporting."
)

A = {}

A["001_ammerleite_weilheim_kreisbote.txt"] = article(
    "2024-03-14",
    "dateline without year 'Weilheim, 14. März (ak)'; the year from the copyright line '© 2024 Ammertaler "
    "Kreisbote'; 'am Montagabend' -> 2024-03-11, 'am Dienstag' -> 2024-03-12",
    "de",
    [
        deal("weilheim-ammerleite-land", ["Ammerleite Datenhallen", "Stadt Weilheim"], "acquisition",
             12000000, "EUR", "approx", "2024-03-11", "announced", True,
             "Der Kaufpreis liegt bei knapp zwölf Millionen Euro; die notarielle Beurkundung ist für die Woche vor Ostern angesetzt.",
             kind_alt=["other"],
             note="amount in words ('knapp zwölf Millionen'); buyer ('Käuferin ist die Ammerleite Datenhallen GmbH') "
                  "and the council vote 'am Montagabend' in the previous sentences; approved, not yet notarised -> announced"),
        deal("suelldorfer-ammerleite-equity-2024", ["Sülldorfer Kapital", "Ammerleite Datenhallen"], "investment",
             90000000, "EUR", "exact", "2024-03-12", "signed", True,
             "Die Beteiligungsgesellschaft Sülldorfer Kapital, der das Weilheimer Unternehmen seit 2021 gehört, stellt frisches Eigenkapital in Höhe von 90 Millionen Euro bereit.",
             note="'das Weilheimer Unternehmen' = Ammerleite; signed 'am Dienstag' (next sentence); first of three "
                  "Sülldorfer–Ammerleite deals (2021 purchase, this injection, the 2025 sale to Aldercrest)"),
        deal("suelldorfer-ammerleite-buyout-2021", ["Sülldorfer Kapital", "Ammerleite Datenhallen"], "acquisition",
             240000000, "EUR", "approx", "2021", "completed", True,
             "Sülldorfer hatte den damals noch kleinen Hallenbetreiber vor drei Jahren für rund 240 Millionen Euro von zwei Gründerfamilien übernommen.",
             note="'vor drei Jahren' / 'seit 2021' -> 2021; 'den Hallenbetreiber' = Ammerleite; different deal from the 2024 injection"),
    ],
    ["175 Euro pro Quadratmeter", "rund 1,4 Millionen Euro im Jahr", "98 Millionen Euro", "31 Millionen Euro",
     "etwa 1,1 Milliarden Euro", "je 250 Euro", "2,3 Millionen Euro"],
)

A["002_thomabravo_darktrace_ludgate_en.txt"] = article(
    "2024-04-26",
    "from the header 'April 26, 2024 | 07:12 BST'; dateline 'LONDON, April 25'; 'on Thursday' -> 2024-04-25",
    "en",
    [
        deal("thomabravo-darktrace", ["Thoma Bravo", "Darktrace"], "acquisition",
             5300000000, "USD", "approx", "2024-04-25", "signed", True,
             "Thoma Bravo agreed on Thursday to buy Darktrace for about $5.3 billion, or roughly £4.25 billion, adding the Cambridge-founded cybersecurity group to a lengthening list of British technology companies leaving the London market for private ownership.",
             alt=[(4250000000, "GBP")],
             note="take-private; 007 reports the completion"),
        deal("scarrowby-tillerby-approach", ["Scarrowby Partners", "Tillerby Analytics"], "acquisition",
             600000000, "GBP", "range", "2024-04", "rumored", True,
             "According to one of the people, Scarrowby's indicative proposal values Tillerby at between £600 million and £650 million, and due diligence has not started.",
             amount_max=650000000,
             note="preliminary approach known only from sources ('a pair of sources', previous paragraph); "
                  "the proposal's value for the whole company is the deal amount, not a valuation"),
        deal("tillerby-pennyworth-2023", ["Tillerby Analytics", "Pennyworth Labs"], "acquisition",
             22000000, "GBP", "exact", "2023", "completed", True,
             "Tillerby had bought Leeds-based data-labelling start-up Pennyworth Labs last year for £22 million, its annual report shows.",
             note="'last year' -> 2023"),
    ],
    ["$7.80 in cash for each Darktrace share", "566 pence", "£3.9 billion", "$620 million", "£37 million",
     "£480 million", "£41 million", "£6 million", "£14.99 a month"],
)

A["003_lindwurm_geruecht_kursgrotte.txt"] = article(
    "2024-05-28",
    "from the stock-portal stamp '28.05.2024 · 08:41 Uhr'; 'Mitte Mai' -> 2024-05",
    "de",
    [
        deal("ravensholt-lindwurm-takeprivate", ["Ravensholt Capital", "Lindwurm Software"], "acquisition",
             1900000000, "EUR", "approx", "2024", "rumored", True,
             "Insidern zufolge erwägt Ravensholt, für sämtliche Aktien rund 1,9 Milliarden Euro zu bieten; eine Entscheidung sei aber noch nicht gefallen, auch andere Investoren hätten Interesse angemeldet.",
             alt=[(2050000000, "EUR"), (2200000000, "USD"), (2000000000, "EUR")],
             note="rumour from insiders; 004 reports the signing at €2.05bn ($2.2bn) on 2024-07-15, 017 restates €2.05bn, "
                  "018 '2-Milliarden-Euro-Übernahme' (alt_amounts); the rumour carries only the year so that the "
                  "shared id's dates agree"),
        deal("permira-squarespace", ["Permira", "Squarespace"], "acquisition",
             6900000000, "USD", "approx", "2024-05", "signed", True,
             "Erst Mitte Mai hatte der Finanzinvestor Permira die Übernahme der US-Websiteplattform Squarespace vereinbart – für rund 6,9 Milliarden Dollar einschließlich Schulden.",
             note="'Mitte Mai' -> month; amount after the dash"),
    ],
    ["rund 1,38 Milliarden Euro", "412 Millionen Euro", "88 Millionen Euro", "zwischen 440 und 455 Millionen Euro",
     "0,62 Euro je Aktie", "34,80 €", "88,10 €", "von 36 auf 41 Euro", "44 Dollar je Aktie", "Unter 45 Euro",
     "ab 500 Euro Ordervolumen für 0 Euro"],
)

A["004_ravensholt_lindwurm_carrowstreet_en.txt"] = article(
    "2024-07-16",
    "from the header 'July 16, 2024 · 06:55 CEST'; dateline 'MUNICH, July 15'; 'on Monday' -> 2024-07-15",
    "en",
    [
        deal("ravensholt-lindwurm-takeprivate", ["Ravensholt Capital", "Lindwurm Software"], "acquisition",
             2050000000, "EUR", "exact", "2024-07-15", "signed", True,
             "London buyout group Ravensholt Capital agreed on Monday to buy Lindwurm Software for €2.05 billion ($2.2 billion) in cash, taking one of Germany's last listed makers of warehouse and supply-chain planning software off the stock market.",
             alt=[(2200000000, "USD")],
             note="the signing of the take-private rumoured in 003"),
        deal("hohenbuch-ravensholt-loan-2024", ["Hohenbuch Bank", "Ravensholt Capital"], "other",
             900000000, "EUR", "exact", "2024-07-15", "signed", True,
             "A group of lenders led by Hohenbuch Bank is providing a €900 million term loan to Ravensholt's bid vehicle, the offer announcement showed; the rest comes from Ravensholt's fourth buyout fund, which closed at €7.4 billion last year.",
             kind_alt=["investment"],
             note="acquisition loan to the bid vehicle, part of the offer announced on Monday; the €7.4bn fund size is not a deal; "
                  "different from Hohenbuch's 2026 loan to Lindwurm (018)"),
        deal("ravensholt-kielhafen-2022", ["Ravensholt Capital", "Kielhafen Systems"], "acquisition",
             310000000, "EUR", "approx", "2022", "completed", True,
             "In 2022 it paid about €310 million for Bremen-based fleet telematics provider Kielhafen Systems, which it still owns.",
             note="'it' = Ravensholt (previous sentence)"),
    ],
    ["€46.50", "€455 million", "€7.4 billion", "€45.10", "€1.99 billion", "€47 price target", "€1.2 million",
     "$1 = 0.9183 euros"],
)

A["005_smartsheet_brinemark_cabletray_en.html"] = article(
    "2024-09-25",
    "from <meta property=article:published_time> 2024-09-25T09:20 and the byline <time> 'Sep 25, 2024'; 'on Tuesday' -> 2024-09-24",
    "en",
    [
        deal("blackstone-vista-smartsheet", ["Blackstone", "Vista Equity Partners", "Smartsheet"], "acquisition",
             8200000000, "USD", "approx", "2024-09-24", "signed", True,
             "Blackstone and Vista Equity Partners will take Smartsheet private for roughly $8.2 billion in cash, the firms announced on Tuesday, one of the year's largest software buyouts.",
             note="take-private; per-share price and ARR are not deals"),
        deal("scarrowby-orlick-brinemark", ["Scarrowby Partners", "Orlick Industries", "Brinemark Systems"], "acquisition",
             1100000000, "USD", "approx", "2024", "negotiating", True,
             "Orlick Industries has entered exclusive negotiations with Scarrowby Partners over its Brinemark Systems liquid-cooling business, for which the buyout firm would pay about $1.1 billion, three insiders have told The Cabletray.",
             alt=[(1150000000, "USD"), (1070000000, "EUR")],
             note="carve-out in exclusive talks (sources); 008 reports the signing at $1.15bn (€1.07bn) on 2024-11-12, "
                  "019 restates it without amount; the talks carry only the year so that the shared id's dates agree"),
    ],
    ["$56.20", "$1.1 billion in annualised recurring revenue", "$310 million", "$190 million", "$71.40",
     "$16.5 billion a year", "less than $5 billion", "$1,295", "$19 a month"],
)

A["006_aareon_tpg_kaestrichkurier.txt"] = article(
    "2024-10-17",
    "from the date line 'Mainz · Donnerstag, 17. Oktober 2024'; 'am Mittwoch' -> 2024-10-16; 'Anfang Oktober' -> 2024-10",
    "de",
    [
        deal("tpg-aareon", ["TPG", "Aareon", "Aareal Bank", "Advent International"], "acquisition",
             3700000000, "EUR", "approx", "2024-10-16", "signed", True,
             "Der Unternehmenswert liegt nach Angaben aus Finanzkreisen bei rund 3,7 Milliarden Euro, Schulden eingeschlossen.",
             note="buyer TPG and sellers Aareal Bank and Advent in the previous sentences, announced 'am Mittwoch'; "
                  "the enterprise value is the deal value"),
        deal("advent-aareon-2020", ["Advent International", "Aareon"], "investment",
             250000000, "EUR", "approx", "2020", "completed", True,
             "Der Finanzinvestor war 2020 mit 30 Prozent bei Aareon eingestiegen und hatte dafür damals rund 250 Millionen Euro bezahlt.",
             kind_alt=["acquisition"],
             note="'Der Finanzinvestor' = Advent; the 2020 stake purchase, different from the 2024 sale in which Advent is a seller"),
        deal("aareon-domvera", ["Aareon", "Domvera"], "acquisition",
             45000000, "EUR", "approx", "2024-10", "completed", True,
             "Erst Anfang Oktober hatte das Unternehmen für rund 45 Millionen Euro die Wiesbadener Domvera GmbH erworben, die Apps für die Kommunikation zwischen Hausverwaltungen und Mietern entwickelt.",
             note="'das Unternehmen' = Aareon ('Aareon selbst kauft weiter zu', previous sentence)"),
    ],
    ["etwa 380 Millionen Euro", "rund 110 Millionen Euro", "acht Millionen Euro Gewerbesteuer im Jahr",
     "rund 60 Millionen Euro", "Probierglas für 6 Euro", "14 Euro pro Person", "35 Millionen Euro",
     "9,90 Euro monatlich"],
)

A["007_wochenrueckblick_beteiligungsbrief.txt"] = article(
    "2024-11-08",
    "from the issue line 'Nr. 45 · Freitag, 8. November 2024'; 'am Dienstag' -> 2024-11-05; 'im September' -> 2024-09",
    "de",
    [
        deal("kkr-fujisoft", ["KKR", "Fuji Soft"], "acquisition",
             600000000000, "JPY", "approx", "2024-11-05", "completed", True,
             "Insgesamt lässt sich KKR die Übernahme rund 600 Milliarden Yen (etwa 3,6 Milliarden Euro) kosten.",
             alt=[(3600000000, "EUR")],
             note="tender offer closed successfully 'am Dienstag' (previous sentence); the target from the heading and "
                  "'den japanischen IT-Dienstleister'"),
        deal("bain-fujisoft-counterbid", ["Bain Capital", "Fuji Soft"], "acquisition",
             610000000000, "JPY", "approx", "2024-09", "cancelled", True,
             "Der Rivale Bain Capital hatte im September eine höhere Offerte von knapp 610 Milliarden Yen vorgelegt, sie aber nach dem Einstieg wichtiger Großaktionäre bei KKR wieder zurückgezogen.",
             note="withdrawn counter-offer; keeps the date of the offer"),
        deal("thomabravo-darktrace", ["Thoma Bravo", "Darktrace"], "acquisition",
             5300000000, "USD", "exact", "2024", "completed", True,
             "Thoma Bravo zahlt 5,3 Milliarden Dollar, die Vereinbarung stammt aus dem Frühjahr.",
             note="completion of the deal of 002; 'aus dem Frühjahr' (season) -> year; target in the heading and previous sentence"),
        deal("kochelfeld-lechwerth-digital", ["Kochelfeld Partners", "Lechwerth Maschinenbau", "Lechwerth Digital"], "acquisition",
             120000000, "EUR", "approx", "2024-11", "signed", True,
             "Der Kaufpreis beträgt nach unseren Informationen rund 120 Millionen Euro; mit dem Vollzug rechnen beide Seiten zwischen Januar und März 2025.",
             note="carve-out; buyer, seller and target in the previous sentence; news of the week without a day -> month"),
    ],
    ["9.451 Yen je Aktie", "9.600 Yen", "28 Millionen Euro", "640 Millionen Euro", "500 Millionen Euro",
     "1,2 Billionen Dollar", "Teilnahmegebühr 95 Euro", "Jahresabo 390 Euro"],
)

A["008_brinemark_scarrowby_chilledloop_en.txt"] = article(
    "2024-11-14",
    "from the issue line 'Issue 47 — Thursday 14 November 2024'; 'on Tuesday' -> 2024-11-12; 'in October' -> 2024-10",
    "en",
    [
        deal("scarrowby-orlick-brinemark", ["Scarrowby Partners", "Orlick Industries", "Brinemark Systems"], "acquisition",
             1150000000, "USD", "exact", "2024-11-12", "signed", True,
             "The Chicago buyout firm will pay $1.15 billion (about €1.07 billion) in cash, slightly more than the figure that circulated in September.",
             alt=[(1070000000, "EUR")],
             note="'The Chicago buyout firm' = Scarrowby; seller, target and 'signed on Tuesday' in the previous sentence; "
                  "repeated as '$1,150 million'; the talks of 005"),
        deal("ammerleite-brinemark-cooling-2024", ["Ammerleite Datenhallen", "Brinemark Systems"], "supply",
             28000000, "EUR", "approx", "2024-10", "signed", True,
             "The order, signed in October, is worth about €28 million, according to the company.",
             note="buyer and supplier in the previous sentences; first Ammerleite–Brinemark order (second: 015)"),
    ],
    ["$2.6 billion", "$185,000", "$540 million", "$9.40 per 1,000 gallons", "$2,900", "$240 a year"],
)

A["009_eqt_fortnox_malarenledger_en.txt"] = article(
    "2025-02-13",
    "from the dateline 'STOCKHOLM, Thursday 13 February 2025'; 'on Wednesday' -> 2025-02-12; 'Last month' -> 2025-01",
    "en",
    [
        deal("eqt-fortnox", ["EQT", "Fortnox"], "acquisition",
             54000000000, "SEK", "exact", "2025-02-12", "announced", True,
             "EQT on Wednesday launched a cash offer of SEK 54 billion, roughly €4.8 billion, for Fortnox, the Växjö-based maker of accounting software used by almost every small business in Sweden.",
             alt=[(4800000000, "EUR")],
             note="public tender offer launched, acceptance period still running -> announced"),
        deal("tallbacka-hallsjo", ["Tallbacka Kapital", "Hällsjö Data"], "acquisition",
             2300000000, "SEK", "exact", "2025-01", "signed", True,
             "Last month Stockholm-based Tallbacka Kapital agreed to buy 60% of data-centre developer Hällsjö Data from its founders for SEK 2.3 billion.",
             kind_alt=["investment"]),
    ],
    ["SEK 88 per share", "SEK 2.1 billion", "SEK 70 billion", "SEK 92 a share", "SEK 0.45 per kilowatt-hour",
     "SEK 1.2 billion", "SEK 85.40", "SEK 149 per month"],
)

A["010_altera_silverlake_dealflow_en.txt"] = article(
    "2025-04-15",
    "from the issue line 'No. 112 · Tuesday 15 April 2025'; 'on Monday' -> 2025-04-14; 'last week' -> 2025-04; 'last year' -> 2024",
    "en",
    [
        deal("silverlake-intel-altera", ["Silver Lake", "Intel"], "acquisition",
             4400000000, "USD", "approx", "2025-04-14", "signed", True,
             "For the majority stake the buyout firm will pay roughly $4.4 billion, says a banker from one of the advisory teams; Intel keeps the remaining 49% and expects the money to arrive by December.",
             alt=[(3900000000, "EUR")],
             kind_alt=["investment"],
             note="carve-out of 51% of Altera; 'the buyout firm' = Silver Lake; agreed 'on Monday' (previous sentence); "
                  "the $8.75bn valuation is not a deal; 011 states the price in EUR"),
        deal("intel-altera-2015", ["Intel", "Altera"], "acquisition",
             16700000000, "USD", "exact", "2015", "completed", True,
             "Intel paid $16.7 billion for Altera in 2015.",
             note="the original purchase; different from the 2025 stake sale"),
        deal("kkr-ecp-partnership", ["KKR", "Energy Capital Partners"], "partnership",
             50000000000, "USD", "up_to", "2024", "announced", False,
             "KKR and Energy Capital Partners, which struck a partnership last year to invest up to $50 billion in data centres and the generation capacity they need, have picked a first campus in central Pennsylvania.",
             kind_alt=["capex_plan", "joint_venture"],
             note="background in a relative clause; an investment programme rather than a payment between the two -> optional"),
        deal("liffeyside-ballycorrin-loan", ["Liffeyside Bank", "Ballycorrin Data"], "other",
             400000000, "EUR", "exact", "2025-04", "signed", True,
             "Ballycorrin Data, the Dublin data-centre developer owned by London-based Ravensholt Capital, last week took a €400 million construction loan from a group of banks led by Liffeyside Bank.",
             kind_alt=["investment"],
             note="construction loan; 'last week' -> month"),
    ],
    ["$8.75 billion", "$1.54 billion", "more than $10 billion of cost cuts", "€0.21", "$4,800 a year", "$18 a month"],
)

A["011_altera_intel_wellenloeter.html"] = article(
    "2025-04-23",
    "from <meta name=date> 2025-04-23T14:10 and the byline '23.04.2025, 14:10 Uhr'; 'Mitte April' -> 2025-04",
    "de",
    [
        deal("silverlake-intel-altera", ["Silver Lake", "Intel"], "acquisition",
             3900000000, "EUR", "approx", "2025-04", "signed", True,
             "Intel hatte Mitte April vereinbart, 51 Prozent an der Tochter Altera für umgerechnet rund 3,9 Milliarden Euro an den Finanzinvestor Silver Lake abzugeben.",
             note="same deal as 010, here in EUR and with the month only; repeated in a reader comment"),
        deal("apollo-intel-ireland", ["Apollo", "Intel"], "joint_venture",
             11000000000, "USD", "exact", "2024-06", "completed", True,
             "Schon im Juni 2024 hatte der Konzern dem US-Investor Apollo für elf Milliarden Dollar einen Anteil von 49 Prozent an der Gemeinschaftsfirma für sein irisches Werk in Leixlip überlassen.",
             kind_alt=["acquisition", "investment"],
             note="'der Konzern' = Intel; amount in words; 49% of the Leixlip fab venture"),
        deal("silverlake-softwareag-2023", ["Silver Lake", "Software AG"], "acquisition",
             None, None, None, "2023", "completed", False,
             "Auch für Silver Lake ist Deutschland kein Neuland: Der Investor hatte 2023 die Darmstädter Software AG von der Börse genommen.",
             note="amount-less background take-private -> optional"),
    ],
    ["8,75 Milliarden Dollar", "etwa 7,7 Milliarden Euro", "9,9 Milliarden Euro", "18,12 Euro",
     "1,54 Milliarden Dollar", "zwischen 4.000 und 12.000 Euro", "ab 349 Euro", "7,99 Euro monatlich"],
)

A["012_ammerleite_aldercrest_hallenfunk.txt"] = article(
    "2025-06-13",
    "from the issue line 'Ausgabe 24/2025 · Freitag, 13. Juni 2025'; 'am Mittwoch' -> 2025-06-11; 'im Januar' -> 2025-01",
    "de",
    [
        deal("aldercrest-ammerleite", ["Aldercrest Infrastructure", "Sülldorfer Kapital", "Ammerleite Datenhallen"], "acquisition",
             1150000000, "EUR", "approx", "2025-06-11", "signed", True,
             "Nach Informationen von Hallenfunk legen die Briten für das Unternehmen rund 1,15 Milliarden Euro auf den Tisch, Schulden inklusive.",
             alt=[(1300000000, "USD")],
             note="secondary sale; 'die Briten' = Aldercrest, 'das Unternehmen' = Ammerleite, seller Sülldorfer in the previous "
                  "sentences; signed 'am Mittwoch' (next sentence); repeated as '1.150 Mio. €' in the fact box; "
                  "013 states it in USD, 015 without amount"),
        deal("brixwerk-ammerleite-lease", ["Brixwerk Cloud", "Ammerleite Datenhallen"], "cloud_contract",
             21000000, "EUR", "approx", "2025-01", "signed", True,
             "Das Unternehmen nutzt seit März die komplette zweite Halle und zahlt dafür jährlich rund 21 Millionen Euro, der Vertrag läuft bis Ende 2034.",
             per="year", term=["2025-03", "2034-12"], kind_alt=["other", "supply"],
             note="'Das Unternehmen' = Brixwerk Cloud (previous sentence); yearly rent for the second hall; signed 'im Januar' (next sentence)"),
        deal("aldercrest-ammerleite-expansion", ["Aldercrest Infrastructure"], "capex_plan",
             600000000, "EUR", "exact", "2025-06", "planned", True,
             "Der Fonds kündigte an, bis Ende 2028 weitere 600 Millionen Euro in einen dritten und vierten Bauabschnitt zu stecken.",
             term=[None, "2028-12"], kind_alt=["project"],
             note="'Der Fonds' = Aldercrest; plan for Ammerleite's campus announced with the purchase; capex plans list only the spender"),
    ],
    ["knapp 48 Millionen Euro je Megawatt", "rund 52 Millionen Euro", "29 Millionen Euro", "15 Milliarden Euro",
     "3,8 Millionen Euro", "16,9 Cent je Kilowattstunde", "180 Euro netto", "29 Euro im Monat"],
)

A["013_ballycorrin_mallowfield_gantrywell_en.txt"] = article(
    "2025-06-26",
    "from the byline 'By Fenella Ashworth-Kemp | 26 June 2025' (a Thursday); 'on Tuesday' -> 2025-06-24; 'in March' -> 2025-03; 'Earlier this month' -> 2025-06",
    "en",
    [
        deal("mallowfield-ballycorrin-continuation", ["Mallowfield Secondaries", "Ravensholt Capital", "Ballycorrin Data"], "other",
             620000000, "EUR", "exact", "2025-06-24", "signed", True,
             "Mallowfield Secondaries will lead the new vehicle and commit €620 million, the two firms said on Tuesday.",
             kind_alt=["investment", "acquisition"],
             note="continuation-fund secondary: Ravensholt moves Ballycorrin Data into a new vehicle (previous sentence) led by "
                  "Mallowfield; the €1.6bn valuation is not a deal"),
        deal("corrib-ballycorrin-lease", ["Corrib AI", "Ballycorrin Data"], "cloud_contract",
             1900000, "EUR", "approx", "2025-03", "signed", True,
             "Under a seven-year lease signed in March, Corrib pays about €1.9 million a month.",
             per="month", kind_alt=["other"],
             note="monthly rent; landlord Ballycorrin ('Ballycorrin's first hall', previous sentence)"),
        deal("aldercrest-ammerleite", ["Aldercrest Infrastructure", "Sülldorfer Kapital", "Ammerleite Datenhallen"], "acquisition",
             1300000000, "USD", "approx", "2025-06", "signed", True,
             "Earlier this month, Aldercrest Infrastructure agreed to pay about $1.3 billion for Ammerleite Datenhallen, a Bavarian colocation operator, buying it from Hamburg-based Sülldorfer Kapital.",
             note="same deal as 012, here in USD and with the month only"),
    ],
    ["about €1.6 billion", "$171 billion", "about $14 billion", "£895", "£38 per month"],
)

A["014_chindata_bain_pearldelta_en.txt"] = article(
    "2025-08-21",
    "from the stamp 'Published: 2025-08-21 09:15 HKT' (a Thursday); 'on Wednesday' -> 2025-08-20; 'Last week' -> 2025-08",
    "en",
    [
        deal("bain-chindata-china-sale", ["Bain Capital", "Chindata"], "acquisition",
             28000000000, "CNY", "exact", "2025-08-20", "signed", True,
             "Bain Capital on Wednesday agreed to sell the China operations of data-centre operator Chindata to a consortium of domestic investors for 28 billion yuan ($3.9 billion), two years after the US buyout firm took the company off the Nasdaq.",
             alt=[(3900000000, "USD"), (3400000000, "EUR")],
             note="Bain sells Chindata's China arm; the buyers are an unnamed consortium; 020 reports the completion with EUR (alt_amounts)"),
        deal("bain-chindata-takeprivate-2023", ["Bain Capital", "Chindata"], "acquisition",
             3160000000, "USD", "approx", "2023", "completed", True,
             "Bain took Chindata private in 2023 in a deal worth about $3.16 billion.",
             note="the earlier take-private; must stay apart from the 2025 sale"),
        deal("kowloonridge-lingnan", ["Kowloon Ridge Capital", "Lingnan Compute"], "investment",
             3200000000, "HKD", "exact", "2025-08", "signed", True,
             "Last week, Hong Kong private-equity firm Kowloon Ridge Capital agreed to buy a 40% stake in Lingnan Compute, which runs three data centres around Guangzhou, for HK$3.2 billion.",
             kind_alt=["acquisition"]),
    ],
    ["6.3 billion yuan", "7,500 yuan a month", "30 billion yuan", "HK$27.35", "$8.02", "HK$98 per month"],
)

A["015_ammerleite_halle_kreisbote.txt"] = article(
    "2025-09-18",
    "from the date line 'Weilheim · Do., 18.09.2025'; 'im Juni' -> 2025-06; 'vergangene Woche' -> 2025-09",
    "de",
    [
        deal("aldercrest-ammerleite", ["Aldercrest Infrastructure", "Sülldorfer Kapital", "Ammerleite Datenhallen"], "acquisition",
             None, None, None, "2025-06", "completed", True,
             "Der im Juni vereinbarte Verkauf des Unternehmens vom Hamburger Finanzinvestor Sülldorfer Kapital an den Londoner Infrastrukturfonds Aldercrest ist seit Anfang September vollzogen; über den Preis schweigen beide Seiten bis heute.",
             note="same deal as 012/013, here without amount ('über den Preis schweigen beide Seiten'); 'des Unternehmens' = Ammerleite"),
        deal("ammerleite-brinemark-cooling-2025", ["Ammerleite Datenhallen", "Brinemark Systems"], "supply",
             35000000, "EUR", "approx", "2025-09", "signed", True,
             "Wie ernst das gemeint ist, zeigt eine Bestellung: Für die dritte Halle hat Ammerleite vergangene Woche beim amerikanischen Kühlspezialisten Brinemark Systems erneut Kühltechnik geordert, diesmal für rund 35 Millionen Euro.",
             note="second Ammerleite–Brinemark order; must stay apart from the €28m order of 2024 (008)"),
        deal("stadtwerke-ammerleite-heat", ["Stadtwerke Weilheim", "Ammerleite Datenhallen"], "supply",
             None, None, None, "2025-09", "signed", False,
             "Neu ist auch der Wärmevertrag mit den Stadtwerken Weilheim.",
             note="15-year waste-heat contract without a total ('eine Gesamtsumme nannten beide Seiten nicht'); only the "
                  "price per MWh is given (not a deal amount); date not given -> month of the article; optional"),
    ],
    ["38 Euro je Megawattstunde", "rund 1,1 Millionen Euro", "7,5 Millionen Euro", "ab 599 Euro"],
)

A["016_aligned_macquarie_bellwether_en.html"] = article(
    "2025-10-16",
    "from <meta parsely-pub-date> 2025-10-16T21:05Z and the byline <time> 'Thursday, Oct. 16, 2025'; 'On Wednesday' -> 2025-10-15; 'in May' -> 2025-05; 'late last month' -> 2025-09",
    "en",
    [
        deal("gip-mgx-aligned", ["Global Infrastructure Partners", "MGX", "AI Infrastructure Partnership",
                                 "Macquarie Asset Management", "Aligned Data Centers"], "acquisition",
             38000000000, "USD", "approx", "2025-10-15", "signed", True,
             "On Wednesday, Macquarie Asset Management agreed to sell Aligned Data Centers for roughly $38 billion, debt included, to a consortium of BlackRock-owned Global Infrastructure Partners, MGX of Abu Dhabi and the AI Infrastructure Partnership.",
             note="sale by a fund manager to an infrastructure consortium; amount shifted from public reports"),
        deal("blackstone-txnm", ["Blackstone", "TXNM Energy"], "acquisition",
             11500000000, "USD", "exact", "2025-05", "signed", True,
             "Blackstone is still working through regulatory approvals for its $11.5 billion purchase of New Mexico utility TXNM Energy, agreed in May, a deal analysts see as a bet on power demand from data centres in the Southwest."),
        deal("silverlake-pif-ea", ["Silver Lake", "Public Investment Fund", "Affinity Partners", "Electronic Arts"], "acquisition",
             52000000000, "USD", "approx", "2025-09", "signed", True,
             "Video-game publisher Electronic Arts was little changed at $200.10, near the $210 a share that a consortium of Silver Lake, Saudi Arabia's Public Investment Fund and Affinity Partners agreed late last month to pay in a take-private valued at about $52 billion.",
             note="the share price and the per-share offer in the same sentence are not deal amounts"),
    ],
    ["$812.40", "$176.95", "$200.10", "$210 a share", "about $21 billion", "to $205 from $190", "$57.40 a barrel",
     "$2,500", "$1 for four weeks", "$29.99 a month"],
)

A["017_lindwurm_interview_quellcode.txt"] = article(
    None,
    "no date anywhere in the interview (only 'Lesedauer: 6 Minuten'; years only in the text)",
    "de",
    [
        deal("ravensholt-lindwurm-takeprivate", ["Ravensholt Capital", "Lindwurm Software"], "acquisition",
             2050000000, "EUR", "exact", None, "completed", True,
             "Frau Kühnhold, Ravensholt hat 2,05 Milliarden Euro für Lindwurm bezahlt.",
             note="restatement in a question of the take-private of 003/004; undated interview -> null"),
        deal("scarrowby-lindwurm-2022", ["Scarrowby Partners", "Lindwurm Software"], "acquisition",
             1400000000, "EUR", "approx", "2022", "cancelled", True,
             "2022 hat uns Scarrowby Partners aus Chicago rund 1,4 Milliarden Euro geboten.",
             note="'uns' = Lindwurm; refused by both boards (next sentence) -> cancelled"),
        deal("lindwurm-ai-capex", ["Lindwurm Software"], "capex_plan",
             150000000, "EUR", "approx", None, "planned", False,
             "Bis Ende 2027 investieren wir rund 150 Millionen Euro in Funktionen, die Disponenten Arbeit abnehmen, etwa Prognosen für Lagerbestände, die sich selbst korrigieren.",
             term=[None, "2027-12"],
             note="'wir' = Lindwurm; company-wide development budget -> optional"),
        deal("microsoft-lindwurm-azure", ["Microsoft", "Lindwurm Software"], "cloud_contract",
             None, None, None, None, "signed", False,
             "Mit Microsoft haben wir einen Fünfjahresvertrag über Azure-Kapazität geschlossen, das Volumen liegt im niedrigen dreistelligen Millionenbereich.",
             note="no usable amount ('im niedrigen dreistelligen Millionenbereich') -> amount null, optional"),
    ],
    ["140.000 Euro Jahresgehalt", "12,80 Euro pro Heft", "110 Euro im Jahresabo"],
)

A["018_lindwurm_sollner_isarkontor.txt"] = article(
    "2026-02-19",
    "from the date line 'Donnerstag, 19. Februar 2026 · Unternehmen · Seite 17'; 'am Dienstag' -> 2026-02-17; "
    "'Im Oktober 2025 … Drei Monate später' -> 2026-01; 'im Sommer 2024' -> 2024",
    "de",
    [
        deal("lindwurm-sollner", ["Lindwurm Software", "Sollner Planungssysteme"], "acquisition",
             260000000, "EUR", "approx", "2026-02-17", "signed", True,
             "Das Unternehmen aus Unterföhring übernimmt den Regensburger Anbieter Sollner Planungssysteme für rund 260 Millionen Euro.",
             note="'Das Unternehmen aus Unterföhring' = Lindwurm; signed 'am Dienstag' (next sentence)"),
        deal("ravensholt-lindwurm-equity-2026", ["Ravensholt Capital", "Lindwurm Software"], "investment",
             180000000, "EUR", "exact", "2026-02", "signed", True,
             "Ravensholt Capital schießt 180 Millionen Euro Eigenkapital nach, der Rest kommt über eine Aufstockung der bestehenden Kreditlinie bei der Hohenbuch Bank um 80 Millionen Euro.",
             note="equity injection to fund the Sollner purchase; second Ravensholt–Lindwurm deal, must stay apart from the "
                  "2024 take-private restated in the next sentence"),
        deal("hohenbuch-lindwurm-loan-2026", ["Hohenbuch Bank", "Lindwurm Software"], "other",
             80000000, "EUR", "exact", "2026-02", "signed", True,
             "Ravensholt Capital schießt 180 Millionen Euro Eigenkapital nach, der Rest kommt über eine Aufstockung der bestehenden Kreditlinie bei der Hohenbuch Bank um 80 Millionen Euro.",
             kind_alt=["investment"],
             note="increase of Lindwurm's credit line; two deals in one sentence"),
        deal("ravensholt-lindwurm-takeprivate", ["Ravensholt Capital", "Lindwurm Software"], "acquisition",
             2000000000, "EUR", "approx", "2024", "completed", True,
             "Seit der 2-Milliarden-Euro-Übernahme im Sommer 2024 gehört Lindwurm dem Londoner Finanzinvestor, die Aktie wurde im Januar 2025 vom Kurszettel genommen.",
             note="compound amount; 'dem Londoner Finanzinvestor' = Ravensholt; 'im Sommer 2024' (season) -> year"),
        deal("ravensholt-zollkontor", ["Ravensholt Capital", "Zollkontor Software"], "acquisition",
             310000000, "EUR", "exact", "2026-01", "completed", True,
             "Drei Monate später folgte die erste Investition daraus: Für 310 Millionen Euro übernahm Ravensholt den Hamburger Zollsoftware-Anbieter Zollkontor Software von dessen Gründern.",
             note="relative date: three months after the October 2025 fund close -> 2026-01"),
    ],
    ["zwölf Millionen Euro im Jahr", "gut 38 Millionen Euro", "486 Millionen Euro", "9,2 Milliarden Euro",
     "ab 890.000 Euro", "Einzelpreis 3,90 Euro", "24,90 Euro im Monat"],
)

A["019_sttgdc_kkr_straitsdeal_en.txt"] = article(
    "2026-05-21",
    "from the header 'Thursday, May 21, 2026 · 7:40 AM SGT'; 'on Wednesday' -> 2026-05-20; 'on Monday' -> 2026-05-18; "
    "'in late December' -> 2025-12",
    "en",
    [
        deal("kkr-singtel-sttgdc", ["KKR", "Singtel", "ST Telemedia Global Data Centres"], "acquisition",
             5400000000, "SGD", "exact", "2026-05-20", "signed", True,
             "KKR and Singtel agreed on Wednesday to buy the remaining shares of ST Telemedia Global Data Centres for S$5.4 billion, handing the two partners full control of one of Asia's largest data-centre platforms.",
             note="seller ST Telemedia (next sentence); the S$13.9bn enterprise value is not the deal amount"),
        deal("scarrowby-orlick-busway", ["Scarrowby Partners", "Orlick Industries"], "acquisition",
             420000000, "USD", "at_least", "2026-05-18", "signed", True,
             "The Chicago buyout firm agreed on Monday to buy Orlick's busway and power-distribution unit for more than $420 million, in a second carve-out that brings the two companies' dealings to just over $1.5 billion.",
             note="'The Chicago buyout firm' = Scarrowby; second Scarrowby–Orlick carve-out, must stay apart from Brinemark; "
                  "the cumulative '$1.5 billion' is not a deal"),
        deal("scarrowby-orlick-brinemark", ["Scarrowby Partners", "Orlick Industries", "Brinemark Systems"], "acquisition",
             None, None, None, "2024", "completed", False,
             "Scarrowby Partners, which carved Brinemark Systems out of Orlick Industries in 2024, is returning to the Milwaukee group.",
             note="amount-less background mention of the deal of 005/008 -> optional"),
        deal("softbank-digitalbridge", ["SoftBank", "DigitalBridge"], "acquisition",
             4000000000, "USD", "approx", "2025-12", "completed", True,
             "SoftBank Group's roughly $4 billion take-private of DigitalBridge, agreed in late December, closed last week.",
             note="dated to the agreement ('in late December' -> 2025-12); closed last week"),
    ],
    ["S$13.9 billion", "S$2,800 a month", "S$270 million", "S$4.52", "just over $1.5 billion",
     "share buyback of $300 million", "S$2.31", "$131.20", "S$1,450", "S$29.90 a month", "S$299 a year"],
)

A["020_pe_liveticker_zeichnungsticker.txt"] = article(
    "2026-11-12",
    "from the ticker header 'am Donnerstag, 12. November 2026' and the time-stamped entries; 'am Mittwochabend' -> "
    "2026-11-11; 'im August 2025' -> 2025-08",
    "de",
    [
        deal("mallowfield-weserland-secondary", ["Mallowfield Secondaries", "Ärzteversorgung Weserland"], "acquisition",
             1170000000, "EUR", "approx", "2026-11-12", "signed", True,
             "Der Nettoinventarwert des Portfolios liegt bei 1,3 Milliarden Euro, Mallowfield zahlt nach Angaben beider Seiten knapp 1,17 Milliarden Euro.",
             kind_alt=["other"],
             note="secondary purchase of 14 fund stakes (previous sentence); the €1.3bn NAV is not the price; ticker entry of the day"),
        deal("limmatfeld-aarewerk", ["Limmatfeld Capital", "Aarewerk Data"], "acquisition",
             480000000, "CHF", "exact", "2026-11-11", "signed", True,
             "Den 480-Millionen-Franken-Deal (rund 510 Millionen Euro) gaben beide Seiten am Mittwochabend bekannt.",
             alt=[(510000000, "EUR")],
             note="compound amount; parties in the previous sentence (70% stake)"),
        deal("bain-chindata-china-sale", ["Bain Capital", "Chindata"], "acquisition",
             28000000000, "CNY", "exact", "2025-08", "completed", True,
             "Den Preis hatten die Beteiligten im August 2025 festgezurrt: 28 Milliarden Yuan, umgerechnet rund 3,4 Milliarden Euro.",
             alt=[(3400000000, "EUR")],
             note="completion of the sale of 014; dated to the agreement; parties in the previous sentence"),
        deal("blackstone-lindwurm-rumour", ["Blackstone", "Ravensholt Capital", "Lindwurm Software"], "acquisition",
             3500000000, "EUR", "up_to", "2026-11", "rumored", False,
             "Ravensholt Capital hat einen Bericht zurückgewiesen, wonach der Investor Lindwurm Software für bis zu 3,5 Milliarden Euro an Blackstone weiterreichen wolle.",
             note="denied rumour -> optional; different from the 2024 take-private"),
        deal("ravensholt-lindwurm-takeprivate", ["Ravensholt Capital", "Lindwurm Software"], "acquisition",
             None, None, None, "2024", "completed", False,
             "Ravensholt hatte den Softwareanbieter aus Unterföhring 2024 von der Börse genommen.",
             note="amount-less background mention of the take-private -> optional"),
    ],
    ["bis zu 1,6 Milliarden Euro", "22 Milliarden Euro", "ab 5.000 Euro", "131,40 Dollar", "318 Kronen",
     "1,3 Milliarden Euro", "14 Rappen je Kilowattstunde", "49 Euro im Monat"],
)

ALIASES = {
    "Ammerleite Datenhallen": ["Ammerleite Datenhallen GmbH", "Ammerleite"],
    "Stadt Weilheim": ["Weilheim", "Stadt Weilheim i. OB"],
    "Stadtwerke Weilheim": ["Stadtwerken Weilheim"],
    "Sülldorfer Kapital": ["Sülldorfer"],
    "Aldercrest Infrastructure": ["Aldercrest"],
    "Brixwerk Cloud": ["Brixwerk"],
    "Brinemark Systems": ["Brinemark"],
    "Lindwurm Software": ["Lindwurm Software AG", "Lindwurm"],
    "Ravensholt Capital": ["Ravensholt"],
    "Hohenbuch Bank": ["Hohenbuch"],
    "Kielhafen Systems": ["Kielhafen"],
    "Sollner Planungssysteme": ["Sollner"],
    "Zollkontor Software": ["Zollkontor"],
    "Scarrowby Partners": ["Scarrowby"],
    "Orlick Industries": ["Orlick"],
    "Tillerby Analytics": ["Tillerby"],
    "Pennyworth Labs": ["Pennyworth"],
    "Ballycorrin Data": ["Ballycorrin"],
    "Mallowfield Secondaries": ["Mallowfield"],
    "Liffeyside Bank": ["Liffeyside"],
    "Corrib AI": ["Corrib"],
    "Limmatfeld Capital": ["Limmatfeld"],
    "Aarewerk Data": ["Aarewerk"],
    "Domvera": ["Domvera GmbH"],
    "Ärzteversorgung Weserland": [],
    "Lechwerth Maschinenbau": [],
    "Lechwerth Digital": [],
    "Kochelfeld Partners": ["Kochelfeld"],
    "Tallbacka Kapital": ["Tallbacka"],
    "Hällsjö Data": ["Hällsjö"],
    "Kowloon Ridge Capital": ["Kowloon Ridge"],
    "Lingnan Compute": ["Lingnan"],
    "Thoma Bravo": [],
    "Darktrace": [],
    "Permira": [],
    "Squarespace": [],
    "Blackstone": ["Blackstone Inc."],
    "Vista Equity Partners": ["Vista"],
    "Smartsheet": [],
    "TPG": [],
    "Aareon": [],
    "Aareal Bank": ["Aareal"],
    "Advent International": ["Advent"],
    "KKR": [],
    "Fuji Soft": [],
    "Bain Capital": ["Bain"],
    "EQT": [],
    "Fortnox": [],
    "Silver Lake": [],
    "Intel": ["Intel Corp."],
    "Altera": [],
    "Energy Capital Partners": ["ECP"],
    "Apollo": ["Apollo Global Management"],
    "Software AG": [],
    "Chindata": [],
    "Global Infrastructure Partners": ["GIP"],
    "MGX": [],
    "AI Infrastructure Partnership": [],
    "Macquarie Asset Management": ["Macquarie"],
    "Aligned Data Centers": ["Aligned"],
    "TXNM Energy": [],
    "Public Investment Fund": ["PIF"],
    "Affinity Partners": [],
    "Electronic Arts": [],
    "Singtel": [],
    "ST Telemedia Global Data Centres": ["STT GDC"],
    "SoftBank": ["SoftBank Group"],
    "DigitalBridge": [],
    "Microsoft": ["Azure"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
