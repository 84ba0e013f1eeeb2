#!/usr/bin/env python3
"""Write gold.json, the hand annotation of this corpus (tests/corpus88/articles/).

Usage: python3 tests/corpus88/make_gold.py
The annotation lives here as Python data; edit it here and rerun, never edit gold.json by hand.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B = 1_000_000_000
M = 1_000_000


def whole(x):
    return None if x is None else int(round(x))


def D(id, parties, kind, amount, currency, qualifier, date, status, required, evidence,
      amount_max=None, note=None, kind_alt=None, alt=None, term=None, per=None):
    amount, amount_max = whole(amount), whole(amount_max)
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if kind_alt:
        d["kind_alt"] = kind_alt
    if alt:
        d["alt_amounts"] = [{"amount": whole(a), "currency": c} for a, c in alt]
    if term:
        d["term"] = term
    if per:
        d["per"] = per
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    a = {"published": published}
    if note:
        a["published_note"] = note
    a.update({"language": language, "deals": deals, "not_deals": not_deals})
    return a


ABOUT = (
    "Hand-annotated deals in the eighty-eighth, held-out test corpus (tests/corpus88/articles/), "
    "written for the tests and independent of the extractor; same format and rules as "
    "tests/corpus15/gold.json and shared/gold/seeds.json. Theme: networks for AI (Nokia, Nvidia's "
    "stake, Infinera, Lumen, Corning, Zayo/Crown Castle, HPE/Juniper, Cisco, Arista, Ciena, Marvell, "
    "Infineon, Coherent, InnoLight, subsea cables of Meta and Google). One entry per article; a deal "
    "that several articles report carries the same id in each. 'required': false marks deals without "
    "an amount and vague or background mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals (valuations, revenues, profits, guidance other "
    "than capex, market forecasts, share prices, price targets, past spending, cumulative totals, "
    "analysts' estimates, grants, subsidies, public budgets, buybacks, debt, savings, prices, salaries, "
    "ad and subscription prices, parts of an annotated deal): reporting one of them as a deal is an "
    "error. Amounts are in full units, in the currency the article states; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range. 'alt_amounts' gives the same "
    "deal's amount as another article (or the same article) states it in another currency or at "
    "another figure. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), "
    "resolved against the article's publication date ('published', from the article's own date line, "
    "issue line, byline, dateline or, for HTML pages, meta tag/JSON-LD; null when the article has "
    "none); a completion reported later keeps the date of the agreement; seasons become the year. "
    "'term' is the period the deal covers; 'kind_alt' lists other acceptable kinds; 'note' explains "
    "a judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). All parties are real companies (or the French state); their "
    "deals are retold from public reports with details shifted or simplified, a few are invented "
    "(see README.md). Publications, analysts, advertisers and quoted people are invented "
    "(invented_names.txt). Nothing here is reporting.")

ARTICLES = {}

ARTICLES["001_hpe_juniper_ticker.txt"] = A(
    "2024-01-09", "from the liveblog header 'Dienstag, 9. Januar 2024'; entries are times of that day", "de",
    [
        D("hpe-juniper", ["Hewlett Packard Enterprise", "Juniper"], "acquisition", 14 * B, "USD", "approx",
          "2024-01-09", "signed", True,
          "Hewlett Packard Enterprise kauft den Netzwerkausrüster Juniper Networks für insgesamt rund 14 Milliarden Dollar in bar.",
          alt=[(13 * B, "USD"), (12 * B, "EUR")],
          note="22:47 entry; the 08:12 entry reports the same deal as a rumour ('Insidern zufolge', 'ungefähr 13 Milliarden Dollar'), annotated here as an alt amount, not as a second deal; EUR figure from 012"),
        D("cisco-splunk", ["Cisco", "Splunk"], "acquisition", 28 * B, "USD", "exact", "2023-09", "signed", True,
          "Die letzte Großübernahme der Branche ist übrigens noch nicht durch: Cisco hatte im September angekündigt, den Datenanalyse-Spezialisten Splunk für 28 Milliarden Dollar zu schlucken.",
          note="'im September' in a January 2024 article -> 2023-09; background, not yet closed"),
    ],
    ["40 Dollar", "450 Millionen Dollar pro Jahr", "36,39 Dollar", "16,37 Dollar", "knapp 21 Milliarden Dollar",
     "rund 5,3 Milliarden Dollar", "29,1 Milliarden Dollar", "150 Euro", "Ordergebühr ab 1 Euro"])

ARTICLES["002_splice_report_april_en.txt"] = A(
    "2024-04-18", "from the issue line 'Issue 14 · Thursday 18 April 2024'; 'last week' -> 2024-04, 'on Monday' -> 2024-04-15", "en",
    [
        D("google-japan-connectivity", ["Google"], "capex_plan", 1 * B, "USD", "exact", "2024-04", "announced", True,
          "Google said last week that it would spend $1 billion on new digital links between Japan and the United States, roughly ¥153 billion at current rates.",
          kind_alt=["project"], alt=[(153 * B, "JPY")],
          note="spending plan of one party (two subsea cables Proa and Taihei and route extensions); JPY conversion as alt"),
        D("prysmian-encore-wire", ["Prysmian", "Encore Wire"], "acquisition", 4.2 * B, "USD", "approx", "2024-04-15", "signed", True,
          "That puts the enterprise value at about $4.2 billion.",
          note="parties and 'on Monday' in the previous sentence; $290 a share is the price per share (not_deal)"),
        D("cisco-splunk", ["Cisco", "Splunk"], "acquisition", 28 * B, "USD", "exact", "2023-09", "completed", True,
          "Cisco wrapped up its purchase of Splunk on 18 March, six months after agreeing to pay $28 billion for the data-analytics company.",
          note="closed 2024-03-18; agreed 'six months' before -> 2023-09, the deal date"),
    ],
    ["between $300 million and $450 million", "$290 a share", "$2.6 billion", "$1,000", "$22 billion",
     "€2,450", "€1,990", "$14 monthly", "$140 annually"])

ARTICLES["003_nokia_infinera_wire_en.txt"] = A(
    "2024-06-28", "from 'Published 28 Jun 2024 04:55 GMT'; dateline 'HELSINKI, June 27', 'on Thursday' -> 2024-06-27", "en",
    [
        D("nokia-infinera", ["Nokia", "Infinera"], "acquisition", 2.3 * B, "USD", "exact", "2024-06-27", "signed", True,
          "HELSINKI, June 27 (Nordlight Wire) - Nokia agreed on Thursday to buy U.S. optical networking company Infinera for $2.3 billion, betting that the data-centre boom set off by artificial intelligence will lift demand for the gear that moves light between server halls."),
        D("nokia-asn-sale", ["Nokia", "France"], "acquisition", 350 * M, "EUR", "exact", "2024-06-27", "negotiating", True,
          "In a separate statement, Nokia said it had entered exclusive negotiations with the French state over the sale of Alcatel Submarine Networks, the unit that lays and repairs seabed cables, at an enterprise value of 350 million euros.",
          kind_alt=["other"],
          note="sale of 80 % of the subsea cable unit to the French state at an enterprise value; a second Nokia deal of the same day, kept apart from Infinera"),
    ],
    ["$6.65 per Infinera share", "200 million euros", "$1.61 billion", "3.57 euros", "19.7 billion euros",
     "600 million euros' worth", "$12 billion a year"])

ARTICLES["004_lumen_microsoft_bojenboerse.txt"] = A(
    "2024-07-25", "from the portal line '25.07.2024 · 08:37 Uhr'; 'am Mittwoch' -> 2024-07-24", "de",
    [
        D("lumen-microsoft-fabric-2024", ["Microsoft", "Lumen"], "supply", None, None, None, "2024-07-24", "signed", False,
          "Microsoft wird das Glasfasernetz des US-Telekomkonzerns nutzen, um seine Rechenzentren für künstliche Intelligenz miteinander zu verbinden, wie beide Seiten am Mittwoch mitteilten.",
          kind_alt=["partnership", "cloud_contract"],
          note="no amount ('Was der Softwarekonzern dafür zahlt, blieb offen'); 'des US-Telekomkonzerns' = Lumen Technologies"),
        D("lumen-microsoft-it-to-azure-2024", ["Lumen", "Microsoft"], "cloud_contract", None, None, None, "2024-07-24", "signed", False,
          "Im Gegenzug verlagert Lumen Teile seiner eigenen IT in die Azure-Cloud von Microsoft; der Konzern rechnet dadurch in den kommenden zwölf Monaten mit Einsparungen von rund 20 Millionen Dollar.",
          kind_alt=["partnership"],
          note="second, opposite deal between the same pair (Lumen buys Azure cloud); the $20m are savings, not its value"),
        D("colt-lumen-emea", ["Colt", "Lumen"], "acquisition", 1.8 * B, "USD", "exact", "2022", "completed", True,
          "Das Europageschäft hatte der Konzern 2022 für 1,8 Milliarden Dollar an den Londoner Netzbetreiber Colt verkauft; vollzogen wurde der Handel erst im Herbst 2023.",
          note="'der Konzern' = Lumen (previous sentence); agreed 2022, closed autumn 2023"),
    ],
    ["rund 20 Millionen Dollar", "fünf Milliarden Dollar", "sieben Milliarden Dollar", "2,29 Dollar", "über zehn Dollar",
     "rund 2,3 Milliarden Dollar", "etwa 19 Milliarden Dollar", "2,60 Dollar", "428,90 $", "38,75 $"])

ARTICLES["005_lumen_fabric_lambda_en.txt"] = A(
    "2024-08-08", "from 'Posted 8 August 2024'; 'On Tuesday's second-quarter call' -> 2024-08-06, 'Two weeks ago' -> 2024-07", "en",
    [
        D("lumen-microsoft-fabric-2024", ["Lumen", "Microsoft"], "supply", None, None, None, "2024-07", "signed", False,
          "Two weeks ago Lumen Technologies told us Microsoft would run part of its AI backbone over Lumen fibre.",
          kind_alt=["partnership", "cloud_contract"], note="restates the deal of 004 without amount"),
        D("lumen-meta-2024", ["Lumen", "Meta"], "supply", None, None, None, "2024-08-06", "signed", False,
          "On Tuesday's second-quarter call, the Denver carrier added a second name: Meta has signed up for capacity on the same \"Private Connectivity Fabric\".",
          kind_alt=["partnership", "cloud_contract"], note="no price ('No price was given')"),
        D("lumen-corning-2024", ["Lumen", "Corning"], "supply", None, None, None, "2024-08-06", "signed", False,
          "Lumen said it has booked a tenth of everything Corning's fibre plants can draw over the coming two years, which tells you how tight the glass market has become.",
          term=["2024", "2026"], note="capacity reservation without amount, disclosed on the Tuesday call"),
        D("lumen-capex-2024", ["Lumen"], "capex_plan", 3.1 * B, "USD", "range", "2024-08", "announced", True,
          "Management also lifted its 2024 capex guidance to a range of $3.1 billion to $3.3 billion, almost all of it for the new intercity routes.",
          amount_max=3.3 * B, term=["2024", "2024"],
          note="capex guidance counts as a capex plan; raised with the Q2 results (month only, the sentence does not repeat the day)"),
    ],
    ["$1.1 billion", "$100 million to $300 million", "$5 billion", "$7 billion", "$3.27 billion",
     "$60,000 to $80,000", "$1.02"])

ARTICLES["006_photonik_lichtleiter.txt"] = A(
    "2024-12-13", "from the issue line 'Ausgabe 23/2024 · Freitag, 13. Dezember 2024'; 'am Mittwoch' -> 2024-12-11, 'Mitte Oktober' -> 2024-10", "de",
    [
        D("ayar-labs-seriesd-2024", ["Ayar Labs", "Light Street Capital", "Advent International"], "investment", 155 * M, "USD", "exact",
          "2024-12-11", "completed", True,
          "Das kalifornische Start-up Ayar Labs, das optische Verbindungen direkt zwischen Chips entwickelt, hat am Mittwoch eine Finanzierungsrunde über 155 Millionen Dollar abgeschlossen.",
          note="lead investors Light Street Capital and Advent Global Opportunities (Advent International's fund) in the next sentence; Nvidia, AMD and Intel only participate"),
        D("lightmatter-seriesd-2024", ["Lightmatter", "T. Rowe Price"], "investment", 400 * M, "USD", "exact", "2024-10", "completed", True,
          "Schon Mitte Oktober hatte der Bostoner Konkurrent Lightmatter 400 Millionen Dollar erhalten, angeführt von Fonds des Vermögensverwalters T. Rowe Price."),
    ],
    ["mehr als einer Milliarde Dollar", "rund 370 Millionen Dollar", "4,4 Milliarden Dollar", "bis zu 33 Millionen Dollar",
     "12,4 Milliarden Euro", "9,8 Milliarden Euro", "rund 92.000 Euro", "Teilnahme 89 Euro", "Jahresabo 240 Euro"])

ARTICLES["007_waterworth_capex_seabed_en.html"] = A(
    "2025-02-17", "no visible date; from <meta property=article:published_time> and JSON-LD datePublished 2025-02-17; 'on Friday' -> 2025-02-14, 'Last month' -> 2025-01, 'earlier this month' -> 2025-02, 'in early January' -> 2025-01", "en",
    [
        D("meta-waterworth", ["Meta"], "project", None, None, None, "2025-02-14", "announced", False,
          "Meta on Friday unveiled Project Waterworth, a subsea system that would run some 50,000 kilometres and touch five continents, linking the United States with India, Brazil, South Africa and other landing points.",
          kind_alt=["capex_plan"],
          note="'multi-billion-dollar' without a figure; the 'more than $10 billion' is a consultant's estimate (not_deal)"),
        D("meta-capex-2025", ["Meta"], "capex_plan", 60 * B, "USD", "range", "2025-01", "planned", True,
          "Last month Meta told investors to expect capital expenditure of $60 billion to $65 billion this year, up from $39.2 billion in 2024.",
          amount_max=65 * B, term=["2025", "2025"]),
        D("alphabet-capex-2025", ["Google"], "capex_plan", 75 * B, "USD", "approx", "2025-02", "planned", True,
          "Alphabet put its own 2025 budget at about $75 billion earlier this month, and Microsoft announced in early January that it intends to put roughly $80 billion into AI-ready data centres in the fiscal year ending in June.",
          term=["2025", "2025"], note="two capex plans in one sentence; Alphabet = Google"),
        D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01", "planned", True,
          "Alphabet put its own 2025 budget at about $75 billion earlier this month, and Microsoft announced in early January that it intends to put roughly $80 billion into AI-ready data centres in the fiscal year ending in June.",
          term=["2024-07", "2025-06"], note="fiscal year July 2024 to June 2025"),
        D("google-umoja", ["Google"], "project", None, None, None, None, "announced", False,
          "Google's Umoja cable will link Kenya and Australia",
          kind_alt=["capex_plan"], note="related-link headline, no amount, no date"),
    ],
    ["more than $10 billion", "$39.2 billion", "$150,000 a day", "$13 billion", "$4,900 a month", "$9 a month"])

ARTICLES["008_nokia_infinera_iller.txt"] = A(
    "2025-03-03", "from the date line 'Montag, 3. März 2025'; 'Am Freitag' (closing) -> 2025-02-28, agreement 'im Juni 2024', 'im Sommer 2024' -> 2024", "de",
    [
        D("nokia-infinera", ["Nokia", "Infinera"], "acquisition", 2.3 * B, "USD", "exact", "2024-06", "completed", True,
          "Der Kaufpreis lag bei 2,3 Milliarden Dollar, bezahlt überwiegend in bar und zu einem kleineren Teil mit Nokia-Aktien.",
          note="parties and dates in the previous sentence: closed 'Am Freitag' (2025-02-28), agreed 'im Juni 2024' (the deal date)"),
        D("nokia-asn-sale", ["Nokia", "France"], "acquisition", 350 * M, "EUR", "exact", "2024", "completed", True,
          "Bereits im Sommer 2024 hatte sich Nokia mit dem französischen Staat über den Verkauf der Seekabelsparte Alcatel Submarine Networks verständigt; der Unternehmenswert wurde dabei auf 350 Millionen Euro beziffert.",
          kind_alt=["other"], note="'Paris hält inzwischen 80 Prozent' -> completed; season -> year"),
    ],
    ["Bis zu 93 Millionen Dollar", "19,2 Milliarden Euro", "2,6 Milliarden Euro", "200 Millionen Euro",
     "190 Millionen Euro", "79 Euro", "120 Euro"])

ARTICLES["009_crown_castle_harbourline_en.txt"] = A(
    "2025-03-14", "from 'March 14, 2025 | 6:48 AM EDT'; dateline 'HOUSTON, March 13', 'on Thursday' -> 2025-03-13", "en",
    [
        D("zayo-crowncastle-fiber", ["Zayo", "Crown Castle"], "acquisition", 4.25 * B, "USD", "exact", "2025-03-13", "signed", True,
          "HOUSTON, March 13 (Harbourline) - Crown Castle will sell its fiber solutions business to Zayo Group for $4.25 billion and its small-cell unit to funds run by EQT for another $4.25 billion, the tower owner said on Thursday, closing a strategic review that activist investor Elliott had pushed for.",
          note="two different sales with the same amount in one sentence; the $4.25 per share dividend is not a deal"),
        D("eqt-crowncastle-smallcells", ["EQT", "Crown Castle"], "acquisition", 4.25 * B, "USD", "exact", "2025-03-13", "signed", True,
          "HOUSTON, March 13 (Harbourline) - Crown Castle will sell its fiber solutions business to Zayo Group for $4.25 billion and its small-cell unit to funds run by EQT for another $4.25 billion, the tower owner said on Thursday, closing a strategic review that activist investor Elliott had pushed for.",
          note="second sale of the same sentence, to EQT's funds"),
        D("digitalbridge-eqt-zayo-2019", ["DigitalBridge", "EQT", "Zayo"], "acquisition", 14 * B, "USD", "at_least", "2019", "completed", False,
          "DigitalBridge and EQT agreed in 2019 to take Zayo private in a deal valued at more than $14 billion including debt.",
          note="background (take-private of 2019/2020)"),
    ],
    ["about $3 billion", "roughly $7 billion", "$4.25 per share", "$96.40", "roughly $380 million",
     "roughly $1.9 billion", "about $1.4 billion"])

ARTICLES["010_infineon_marvell_isarkurier.txt"] = A(
    "2025-04-08", "from the page line 'Dienstag, 8. April 2025 · Seite 11'; 'am Montag' -> 2025-04-07, 'Im November' -> 2024-11", "de",
    [
        D("infineon-marvell-auto-ethernet", ["Infineon", "Marvell"], "acquisition", 2.5 * B, "USD", "exact", "2025-04-07", "signed", True,
          "Der Preis: 2,5 Milliarden Dollar, die Infineon komplett in bar überweist – nach aktuellem Kurs etwa 2,3 Milliarden Euro.",
          alt=[(2.3 * B, "EUR")],
          note="Infineon buys Marvell's automotive-Ethernet unit; seller and 'am Montag' in the previous sentence"),
        D("infineon-capex-fy2025", ["Infineon"], "capex_plan", 2.5 * B, "EUR", "approx", "2024-11", "planned", True,
          "Im November hatte Vorstandschef Jochen Hanebeck für das Geschäftsjahr 2025 ein Investitionsbudget von rund 2,5 Milliarden Euro in Aussicht gestellt, nach etwa 2,8 Milliarden Euro im Vorjahr.",
          term=["2024-10", "2025-09"],
          note="same number as the acquisition but EUR and a different deal; the 2.8bn of the previous year is past spending"),
    ],
    ["zwischen 225 und 250 Millionen Dollar", "etwa 2,8 Milliarden Euro", "rund einer Milliarde Euro",
     "25,88 Euro", "24,10 Euro", "knapp 34 Milliarden Euro"])

ARTICLES["011_att_lumen_stocklantern_en.txt"] = A(
    "2025-07-01", "from 'July 1, 2025, 9:14 a.m. ET'; 'on Monday' -> 2025-06-30, 'its January guidance' -> 2025-01", "en",
    [
        D("att-lumen-fiber", ["AT&T", "Lumen"], "acquisition", 5.75 * B, "USD", "exact", "2025-06-30", "signed", True,
          "AT&T agreed on Monday to buy Lumen Technologies' consumer fibre operation for $5.75 billion in cash, picking up about one million fibre subscribers and roughly four million passed locations across 11 states."),
        D("verizon-lumen-talks", ["Verizon", "Lumen"], "acquisition", None, None, None, "2025", "cancelled", False,
          "Verizon also looked at the assets earlier this year but dropped out of the process, one person involved in the sale process told Stocklantern.",
          note="dropped interest, no amount; 'earlier this year' -> 2025"),
        D("att-capex-2025", ["AT&T"], "capex_plan", 22 * B, "USD", "range", "2025-01", "planned", True,
          "AT&T stuck to its January guidance of capital investment between $22 billion and $22.5 billion for 2025 and said the purchase would help it reach about 60 million fibre locations by the end of 2030.",
          amount_max=22.5 * B, term=["2025", "2025"]),
    ],
    ["roughly $18 billion", "about $300 million", "$4.71", "$28.62", "$5.50", "about $5,750",
     "$700 million to $900 million", "27.75 cents a share", "about $8.5 billion", "$100 bonus", "$2,500"])

ARTICLES["012_hpe_juniper_netzwerkpuls.html"] = A(
    "2025-07-03", "visible byline 'Donnerstag, 3. Juli 2025, 06:30 Uhr' and <meta name=date>; 'am Mittwoch' (closing) -> 2025-07-02, 'am Dienstag' -> 2025-07-01", "de",
    [
        D("hpe-juniper", ["Hewlett Packard Enterprise", "Juniper"], "acquisition", 14 * B, "USD", "approx", "2024-01", "completed", True,
          "Der im Januar 2024 angekündigte Kauf hat ein Volumen von rund 14 Milliarden Dollar (knapp zwölf Milliarden Euro).",
          alt=[(12 * B, "EUR")],
          note="closed 2025-07-02 ('am Mittwoch', previous sentence); deal date is the announcement 'im Januar 2024'"),
        D("arista-velocloud", ["Arista", "Broadcom"], "acquisition", None, None, None, "2025-07-01", "signed", False,
          "Arista Networks übernimmt vom Chipkonzern Broadcom dessen SD-WAN-Sparte VeloCloud, wie Arista am Dienstag bekanntgab.",
          note="price not disclosed"),
    ],
    ["mehr als zehn Milliarden Dollar", "600 Millionen Dollar", "450 Millionen Dollar", "20,43 Dollar",
     "99,80 Dollar", "9,90 Euro monatlich"])

ARTICLES["013_coherent_innolight_wavelength_en.txt"] = A(
    "2025-08-15", "from the issue line 'Issue 31 · 15 August 2025'; 'on Wednesday' -> 2025-08-13, 'last week' -> 2025-08", "en",
    [
        D("coherent-advent-aerospace", ["Coherent", "Advent International"], "acquisition", 400 * M, "USD", "exact", "2025-08-13", "signed", True,
          "Coherent is selling its aerospace and defense unit to private-equity firm Advent for $400 million in cash, the company announced on Wednesday."),
        D("innolight-capacity-2025", ["InnoLight"], "capex_plan", 5 * B, "CNY", "up_to", "2025-08", "planned", True,
          "China's InnoLight, the biggest supplier of 800G optical modules to Nvidia and Google, plans to invest up to 5 billion yuan (about $700 million) in new capacity over the next two years, much of it at its plant in Thailand, the Suzhou-based company told investors last week.",
          alt=[(700 * M, "USD")], note="invented amount (see README); Nvidia and Google are customers, not parties"),
    ],
    ["$5.81 billion", "3.99 billion yuan", "300 billion yuan", "up-to-$33 million", "$600", "around $900 a year ago",
     "$35 billion", "$3,200 a week", "$180 a year", "from $900"])

ARTICLES["014_nvidia_nokia_wire_en.txt"] = A(
    "2025-10-29", "from 'Updated 29 Oct 2025 02:10 GMT'; dateline 'Oct 28', 'on Tuesday' -> 2025-10-28", "en",
    [
        D("nvidia-nokia-stake", ["Nvidia", "Nokia"], "investment", 1 * B, "USD", "exact", "2025-10-28", "signed", True,
          "HELSINKI/WASHINGTON, Oct 28 (Nordlight Wire) - Nvidia is putting $1 billion into Nokia, acquiring roughly 2.9% of the Finnish network equipment maker as the two companies team up on AI-native mobile networks, they said on Tuesday.",
          alt=[(860 * M, "EUR")], note="EUR figure from 015; $6.01 per share is the price (not_deal)"),
        D("nvidia-nokia-ai-ran", ["Nvidia", "Nokia"], "partnership", None, None, None, "2025-10-28", "announced", False,
          "Alongside the share purchase, the two sides agreed to develop AI-RAN products together, with Nokia adapting its mobile-network software to run on Nvidia computing platforms.",
          note="second deal of the same pair, without amount"),
        D("nokia-infinera", ["Nokia", "Infinera"], "acquisition", 2.3 * B, "USD", "exact", None, "completed", True,
          "In February it closed its $2.3 billion acquisition of Infinera, a U.S. maker of optical equipment that links data centres.",
          note="'it' = Nokia; only the closing month is given, the agreement date is not (date null)"),
    ],
    ["$6.01 each", "33 billion euros", "$5 trillion", "more than $200 billion a year", "435 million euros"])

ARTICLES["015_nvidia_nokia_bojenboerse.txt"] = A(
    "2025-10-29", "from the portal line '29.10.2025 · 07:52 Uhr'; 'am Dienstag' -> 2025-10-28", "de",
    [
        D("nvidia-nokia-stake", ["Nvidia", "Nokia"], "investment", 860 * M, "EUR", "approx", "2025-10-28", "signed", True,
          "Der US-Chipkonzern zeichnet für umgerechnet rund 860 Millionen Euro neue Nokia-Aktien und hält danach knapp drei Prozent an den Finnen.",
          alt=[(1 * B, "USD")],
          note="'Der US-Chipkonzern' = Nvidia, 'am Dienstag' in the previous sentence; only the EUR conversion is given ('Milliarden-Einstieg' in the headline)"),
        D("nvidia-nokia-ai-ran", ["Nvidia", "Nokia"], "partnership", None, None, None, "2025-10-28", "announced", False,
          "Zusätzlich wollen beide Seiten gemeinsam Mobilfunktechnik für KI-Anwendungen entwickeln; erste Feldtests bei T-Mobile US sind für 2026 geplant."),
        D("nokia-infinera", ["Nokia", "Infinera"], "acquisition", 2.3 * B, "USD", "exact", None, "completed", True,
          "Hintergrund: Die Übernahme des US-Optikspezialisten Infinera, Volumen 2,3 Milliarden Dollar, hatte Nokia im Februar unter Dach und Fach gebracht; seither baut der Konzern sein Geschäft mit Rechenzentrumsnetzen gezielt aus.",
          note="closing month only (date null)"),
    ],
    ["6,01 Dollar", "6,12 Euro", "rund 33 Milliarden Euro", "4,83 Milliarden Euro", "435 Millionen Euro",
     "7,20 Euro", "6,12 €", "191,49 $", "93,40 SEK", "25 Euro pro Monat"])

ARTICLES["016_nokia_us_backhaul_en.html"] = A(
    "2025-11-25", "visible byline '25 Nov 2025' and <meta name=parsely-pub-date>; 'on Friday' -> 2025-11-21, 'last month' -> 2025-10, 'in September' -> 2025-09", "en",
    [
        D("nokia-us-plan-2025", ["Nokia"], "capex_plan", 4 * B, "USD", "exact", "2025-11-21", "planned", True,
          "Nokia said on Friday it will put $4 billion into its American operations over several years to expand research, development and manufacturing of network equipment, with AI data centres at the heart of the plan.",
          note="the $3.5bn R&D share is a part (not_deal)"),
        D("nvidia-nokia-stake", ["Nvidia", "Nokia"], "investment", 1 * B, "USD", "exact", "2025-10", "completed", True,
          "The pledge follows Nvidia's $1 billion stake, bought last month, and a capital markets day at which Nokia set itself a goal of 2.7 billion to 3.2 billion euros in comparable operating profit by 2028.",
          note="same sentence holds a profit goal (not_deal)"),
        D("ciena-nubis", ["Ciena", "Nubis"], "acquisition", 270 * M, "USD", "exact", "2025-09", "completed", True,
          "Ciena completed in October the $270 million acquisition of Nubis Communications it had agreed in September, buying a start-up whose low-power optical engines and copper links sit right next to the GPU."),
    ],
    ["About $3.5 billion", "2.7 billion to 3.2 billion euros", "around $25 billion", "$1,195", "C$165,000"])

ARTICLES["017_celestial_marvell_lichtleiter.txt"] = A(
    "2025-12-05", "from the issue line 'Ausgabe 24/2025 · Freitag, 5. Dezember 2025'; 'am Dienstag' -> 2025-12-02, 'im März' -> 2025-03, 'Im April' -> 2025-04", "de",
    [
        D("marvell-celestial-ai", ["Marvell", "Celestial AI"], "acquisition", 3.25 * B, "USD", "exact", "2025-12-02", "signed", True,
          "Für 3,25 Milliarden Dollar, zahlbar in bar und in eigenen Aktien, geht das kalifornische Photonik-Start-up Celestial AI an Marvell, den US-Chipentwickler.",
          alt=[(5.5 * B, "USD")],
          note="'am Dienstag' in the next sentence; with earn-outs 'maximal 5,5 Milliarden Dollar' (alt amount)"),
        D("fidelity-celestial-2025", ["Celestial AI", "Fidelity"], "investment", 250 * M, "USD", "exact", "2025-03", "completed", True,
          "Erst im März hatte Celestial eine von Fidelity angeführte Finanzierungsrunde über 250 Millionen Dollar abgeschlossen; bewertet wurde das Start-up dabei mit 2,5 Mrd. Dollar.",
          note="valuation in the same sentence is a not_deal"),
        D("infineon-marvell-auto-ethernet", ["Infineon", "Marvell"], "acquisition", 2.5 * B, "USD", "exact", "2025-04", "completed", True,
          "Den Kauf kann Marvell auch mit Geld aus dem Frühjahr stemmen: Im April hatte der Konzern sein Automotive-Ethernet-Geschäft für 2,5 Milliarden Dollar an Infineon verkauft, seit Mitte August ist der Verkauf vollzogen."),
    ],
    ["500 Millionen Dollar", "eine Milliarde", "2,5 Mrd. Dollar", "2,08 Milliarden Dollar", "1.100 Dollar",
     "45 Millionen Euro", "149 Euro", "229 Euro", "Jahresabo 240 Euro"])

ARTICLES["018_meta_corning_splice_en.txt"] = A(
    "2026-01-29", "from the issue line 'Issue 101 · Thursday 29 January 2026'; 'on Tuesday' -> 2026-01-27, 'A day later' -> 2026-01-28", "en",
    [
        D("meta-corning-2026", ["Meta", "Corning"], "supply", 6 * B, "USD", "up_to", "2026-01-27", "signed", True,
          "Meta has agreed to pay Corning up to $6 billion for optical fibre, cable and connectivity products through 2030, Corning and Meta announced on Tuesday.",
          term=["2026", "2030"], alt=[(1.2 * B, "USD")],
          note="020 restates it as a yearly rate (about $1.2bn a year), given here as an alt amount"),
        D("meta-capex-2026", ["Meta"], "capex_plan", 115 * B, "USD", "range", "2026-01-28", "planned", True,
          "A day later Meta told investors it expects capital expenditures of $115 billion to $135 billion in 2026, against $72.2 billion last year.",
          amount_max=135 * B, term=["2026", "2026"],
          note="'A day later' = the day after Tuesday 27 January; a different Meta capex plan than 2025's (007)"),
        D("lumen-corning-2024", ["Lumen", "Corning"], "supply", None, None, None, "2024", "signed", False,
          "For scale: this dwarfs the arrangement Lumen struck in 2024, when it reserved a tenth of Corning's fibre output for two years.",
          term=["2024", "2026"]),
        D("cityfibre-debt-2025", ["CityFibre"], "other", 2.3 * B, "GBP", "exact", "2025", "signed", True,
          "• CityFibre, Britain's biggest independent fibre builder, signed a £2.3 billion debt package with a group of lenders last summer and now wants to wire up data centres too.",
          note="loan/credit facility from unnamed lenders; 'last summer' in a January 2026 issue -> 2025"),
    ],
    ["$109.74", "$6.3 billion", "$72.2 billion", "up to $9.9 million", "$22,000 a month", "$48 billion",
     "€2,590", "$14 a month"])

ARTICLES["019_glasfaser_interview_faserwerk.txt"] = A(
    None, "the interview has no date at all (only 'Lesezeit: 6 Minuten'); its deals are dated through the other articles", "de",
    [
        D("meta-corning-2026", ["Meta", "Corning"], "supply", 6 * B, "USD", "up_to", None, "signed", True,
          "Frau Jaspersen, Meta zahlt Corning bis zu sechs Milliarden Dollar für Glasfaser und Kabel."),
        D("nvidia-nokia-stake", ["Nvidia", "Nokia"], "investment", 1 * B, "USD", "exact", None, "signed", True,
          "Warum kauft sich ein Chipkonzern wie Nvidia für eine Milliarde Dollar bei Nokia ein?"),
        D("microsoft-hollowcore-fibre", ["Microsoft", "Heraeus", "Corning"], "supply", None, None, None, None, "signed", False,
          "Der Hanauer Konzern fertigt gemeinsam mit Corning Hohlkernfaser für Microsoft.",
          note="'Der Hanauer Konzern' = Heraeus (previous sentence); no amount ('Über Geld redet da niemand')"),
        D("innolight-capacity-2025", ["InnoLight"], "capex_plan", 5 * B, "CNY", "up_to", None, "planned", True,
          "InnoLight steckt bis zu fünf Milliarden Yuan in neue Kapazität, vieles davon in Thailand, um Zölle zu umgehen."),
    ],
    ["12 bis 15 Cent", "rund zwölf Millionen Dollar", "110.000 Euro", "12,80 Euro", "Wert je 89 Euro"])

ARTICLES["020_jahresbilanz_schachtpost.txt"] = A(
    "2026-11-20", "from the issue line 'Nr. 47 · 20.11.2026'; 'am Mittwoch' -> 2026-11-18, 'Vor einem Jahr' -> 2025-11, 'im Januar' -> 2026-01, 'Anfang Februar' -> 2026-02", "de",
    [
        D("att-lumen-fiber", ["AT&T", "Lumen"], "acquisition", 5.75 * B, "USD", "exact", "2025-06", "completed", True,
          "Der im Juni 2025 vereinbarte Kauf der Lumen-Glasfasersparte für 5,75 Milliarden Dollar ist seit dem Frühjahr vollzogen.",
          note="buyer AT&T in the item heading 'AT&T/LUMEN'; closing 'seit dem Frühjahr' (2026)"),
        D("zayo-crowncastle-fiber", ["Zayo", "Crown Castle"], "acquisition", 4.25 * B, "USD", "exact", "2025-03", "completed", True,
          "Auch Zayo hat die Glasfasersparte von Crown Castle inzwischen übernommen; die Transaktion war im März 2025 mit 4,25 Milliarden Dollar vereinbart worden."),
        D("zayo-europe-sale-rumour", ["Zayo"], "acquisition", 3.5 * B, "EUR", "range", "2026-11", "rumored", True,
          "Insidern zufolge lotet Zayo zudem den Verkauf seines Europageschäfts aus; im Gespräch seien zwischen 3,5 und vier Milliarden Euro.",
          amount_max=4 * B,
          note="sourced rumour in the present tense, dated to the issue's month; seller only, buyer unnamed; a different Zayo deal from the Crown Castle purchase in the same item"),
        D("nokia-us-plan-2025", ["Nokia"], "capex_plan", 4 * B, "USD", "exact", "2025-11", "planned", True,
          "Vor einem Jahr hatte Nokia angekündigt, vier Milliarden Dollar in den Vereinigten Staaten zu investieren."),
        D("meta-corning-2026", ["Meta", "Corning"], "supply", 1.2 * B, "USD", "approx", "2026-01", "signed", True,
          "Der im Januar geschlossene Vertrag mit Meta kann Corning bis 2030 im Schnitt rund 1,2 Milliarden Dollar jährlich bringen; die Produktion in Hickory läuft inzwischen im Dreischichtbetrieb.",
          per="year", term=[None, "2030"],
          note="the up-to-$6bn contract of 018 restated as an average yearly amount"),
        D("amazon-capex-2026", ["Amazon"], "capex_plan", 200 * B, "USD", "approx", "2026-02", "planned", True,
          "Der Konzern bleibt bei seinem Anfang Februar genannten Investitionsbudget für 2026 von rund 200 Milliarden Dollar.",
          term=["2026", "2026"], note="'Der Konzern' = Amazon (item heading 'AMAZON.')"),
        D("innolight-malaysia-rumour", ["InnoLight"], "investment", 500 * M, "USD", "approx", "2026-11-18", "cancelled", False,
          "Einen Bericht, wonach InnoLight für rund 500 Millionen Dollar bei einem malaysischen Auftragsfertiger einsteigen wolle, wies das Unternehmen am Mittwoch zurück.",
          kind_alt=["acquisition"], note="denied rumour (invented, see README); the target is unnamed"),
    ],
    ["gut vier Milliarden Dollar", "1,9 Milliarden Dollar", "rund drei Milliarden Euro", "gut 6 Euro", "4,50 Euro",
     "390 Euro pro Woche", "Jahresabo 199 Euro", "149 Euro"])

ALIASES = {
    "Hewlett Packard Enterprise": ["Hewlett Packard Enterprise", "HPE"],
    "Juniper": ["Juniper", "Juniper Networks"],
    "Cisco": ["Cisco"],
    "Splunk": ["Splunk"],
    "Google": ["Google", "Alphabet"],
    "Prysmian": ["Prysmian"],
    "Encore Wire": ["Encore Wire", "Encore"],
    "Nokia": ["Nokia"],
    "Infinera": ["Infinera"],
    "France": ["French state", "französischen Staat"],
    "Lumen": ["Lumen", "Lumen Technologies"],
    "Microsoft": ["Microsoft"],
    "Colt": ["Colt"],
    "Meta": ["Meta"],
    "Corning": ["Corning"],
    "Ayar Labs": ["Ayar Labs"],
    "Light Street Capital": ["Light Street Capital"],
    "Advent International": ["Advent", "Advent Global Opportunities"],
    "Lightmatter": ["Lightmatter"],
    "T. Rowe Price": ["T. Rowe Price"],
    "Zayo": ["Zayo", "Zayo Group"],
    "Crown Castle": ["Crown Castle"],
    "EQT": ["EQT"],
    "DigitalBridge": ["DigitalBridge"],
    "Infineon": ["Infineon"],
    "Marvell": ["Marvell", "Marvell Technology"],
    "AT&T": ["AT&T"],
    "Verizon": ["Verizon"],
    "Arista": ["Arista", "Arista Networks"],
    "Broadcom": ["Broadcom"],
    "Coherent": ["Coherent"],
    "InnoLight": ["InnoLight"],
    "Nvidia": ["Nvidia", "Nvidias"],
    "Ciena": ["Ciena"],
    "Nubis": ["Nubis", "Nubis Communications"],
    "Celestial AI": ["Celestial AI", "Celestial"],
    "Fidelity": ["Fidelity"],
    "Heraeus": ["Heraeus"],
    "Amazon": ["Amazon"],
    "CityFibre": ["CityFibre"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
