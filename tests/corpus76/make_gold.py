#!/usr/bin/env python3
"""Write gold.json for corpus76 (the hand annotation lives here; edit this file, then run it).

Usage: python3 tests/corpus76/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the seventy-sixth, held-out test corpus (tests/corpus76/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: nuclear and gas power for AI data centres (Talen/Amazon, Constellation/"
    "Calpine, Vistra, NRG, Oklo, Kairos Power, X-energy, NuScale, TVA, Westinghouse, Fermi America, GE Vernova, "
    "Siemens Energy, Mitsubishi Heavy) and German coverage of it. One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague, background or amount-less "
    "mentions that an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT "
    "deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range. 'alt_amounts' gives the same deal's amount in "
    "another currency or measure (e.g. including debt) as this or another article states it. 'date' is when the "
    "deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's date line, issue line, byline date, dateline or, for HTML, its meta tags / "
    "JSON-LD; null when the article has none); a cancelled or completed deal keeps the date of the original "
    "agreement; 'term' is the period the deal covers where the text gives one; 'kind_alt' lists other acceptable "
    "kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur in the visible "
    "text (check_corpus_gold.visible_text). All deal parties are real companies or public bodies; publications, "
    "analysts, advertisers and quoted people are invented (invented_names.txt); amounts, dates and details are "
    "partly shifted or simplified (README.md). Nothing here is reporting."
)

ALIASES = {
    "Talen Energy": ["Talen Energy", "Talen Energy Corp.", "Talen"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Constellation Energy": ["Constellation Energy", "Constellation"],
    "Microsoft": ["Microsoft", "Microsofts", "Redmond"],
    "Vistra": ["Vistra"],
    "Nuveen": ["Nuveen"],
    "Avenue Capital": ["Avenue Capital"],
    "X-energy": ["X-energy"],
    "Energy Northwest": ["Energy Northwest"],
    "Dominion Energy": ["Dominion Energy", "Dominion"],
    "Google": ["Google", "Alphabet", "Google Cloud"],
    "Kairos Power": ["Kairos Power", "Kairos"],
    "Oklo": ["Oklo"],
    "Switch": ["Switch"],
    "AltC Acquisition": ["AltC Acquisition", "AltC Acquisition Corp.", "AltC"],
    "Calpine": ["Calpine"],
    "Chevron": ["Chevron"],
    "Engine No. 1": ["Engine No. 1"],
    "GE Vernova": ["GE Vernova"],
    "OpenAI": ["OpenAI"],
    "SoftBank": ["SoftBank"],
    "Oracle": ["Oracle"],
    "MGX": ["MGX"],
    "NRG Energy": ["NRG Energy", "NRG"],
    "LS Power": ["LS Power"],
    "Lotus Infrastructure Partners": ["Lotus Infrastructure Partners", "Lotus"],
    "Meta": ["Meta", "Meta Platforms"],
    "Siemens Energy": ["Siemens Energy"],
    "Caithness Energy": ["Caithness Energy", "Caithness"],
    "Crusoe": ["Crusoe"],
    "Apollo": ["Apollo"],
    "KKR": ["KKR"],
    "Mitsubishi Heavy Industries": ["Mitsubishi Heavy Industries", "Mitsubishi Heavy"],
    "ENTRA1 Energy": ["ENTRA1 Energy", "ENTRA1"],
    "TVA": ["TVA", "Tennessee Valley Authority"],
    "NuScale": ["NuScale", "NuScale Power"],
    "Korea Hydro & Nuclear Power": ["Korea Hydro & Nuclear Power"],
    "Doosan Enerbility": ["Doosan Enerbility", "Doosan"],
    "TerraPower": ["TerraPower"],
    "Nvidia": ["Nvidia", "NVentures"],
    "Fermi America": ["Fermi America", "Fermi"],
    "Westinghouse": ["Westinghouse"],
    "US government": ["US-Regierung", "Trump administration",
                      "federal government"],
    "Prolec GE": ["Prolec GE", "Prolec"],
    "NextEra Energy": ["NextEra Energy", "NextEra"],
    "US Department of Energy": ["US-Energieministerium"],
    "Jane Street": ["Jane Street"],
}

B = 1_000_000_000
M = 1_000_000


def deal(id, parties, kind, amount, currency, qualifier, date, status, required, evidence,
         amount_max=None, **extra):
    amount = None if amount is None else int(round(amount))
    amount_max = None if amount_max is None else int(round(amount_max))
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
    for k in ("kind_alt", "per", "term", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": int(round(amount)), "currency": currency}


ARTICLES = {}

# 001 -------------------------------------------------------------------------------------------
ARTICLES["001_talen_cumulus_kursbussard.txt"] = {
    "published": "2024-03-05",
    "published_note": "from the portal line 'KURSBUSSARD ENERGIE | US-Nebenwerte | 05.03.2024 – 10:42 Uhr'; 'am Montag' -> 2024-03-04",
    "language": "de",
    "deals": [
        deal("talen-amazon-cumulus-2024", ["Talen Energy", "Amazon"], "acquisition", 650 * M, "USD", "exact",
             "2024-03-04", "signed", True,
             "Der Cloud-Ableger des Onlinehändlers zahlt dafür 650 Millionen Dollar, wie Talen am Montag nach US-Börsenschluss bekannt gab.",
             note="Amazon Web Services buys Talen's Cumulus data-centre campus; buyer named in the previous sentence "
                  "('Der Cloud-Ableger des Onlinehändlers'); the 350m/300m instalments in the next paragraph are "
                  "parts of this deal (not_deals); different from the $18bn power contract of the same pair (008)"),
    ],
    "not_deals": ["350 Millionen Dollar", "300 Millionen", "gut 200 Millionen Dollar", "etwa 2,8 Milliarden Dollar",
                  "knapp 680.000 Dollar je Megawatt", "118,50 $", "171,20 $", "57,80 $",
                  "rund sieben Milliarden Dollar", "pauschal 1 Euro"],
}

# 002 -------------------------------------------------------------------------------------------
ARTICLES["002_crane_vistra_ludgvan_en.txt"] = {
    "published": "2024-09-23",
    "published_note": "from the issue line 'No. 38 | Monday, 23 September 2024'; 'on Friday' -> 2024-09-20, 'On Wednesday' -> 2024-09-18",
    "language": "en",
    "deals": [
        deal("constellation-crane-restart", ["Constellation Energy"], "project", 1.6 * B, "USD", "approx",
             "2024-09-20", "planned", True,
             "The utility said on Friday that the restart will cost roughly $1.6 billion and should be finished by 2028, when the 835-megawatt unit returns under a new name, Crane Clean Energy Center.",
             kind_alt=["capex_plan"],
             note="'The utility' = Constellation Energy (previous sentence); cost of restarting Three Mile Island Unit 1"),
        deal("microsoft-constellation-crane-ppa", ["Microsoft", "Constellation Energy"], "supply", None, None, None,
             "2024-09-20", "signed", False,
             "Constellation Energy will bring Unit 1 at Three Mile Island, idle since 2019 for purely economic reasons, back into service, and Microsoft will take every megawatt-hour it produces for 20 years.",
             note="20-year power purchase agreement; value not disclosed ('neither company disclosed'); date from 'on Friday' in the next sentence; the analyst's $100-115/MWh is a price estimate"),
        deal("vistra-vision-buyout-2024", ["Vistra", "Nuveen", "Avenue Capital"], "acquisition", 3.2 * B, "USD",
             "approx", "2024-09-18", "signed", True,
             "On Wednesday, Vistra agreed to pay about $3.2 billion for the 15% of Vistra Vision it did not yet own, buying out Nuveen and Avenue Capital.",
             note="purchase of the minority stake in Vistra Vision; the implied value of the whole unit (close to $22bn) is a valuation"),
    ],
    "not_deals": ["$100 to $115 per MWh", "up to $15 per MWh", "about $16 billion", "close to $22 billion",
                  "more than $1 billion", "$269.92 per MW-day", "$28.92", "$1,295", "$39 a month"],
}

# 003 -------------------------------------------------------------------------------------------
ARTICLES["003_xenergy_kairos_elbdeich.txt"] = {
    "published": "2024-10-17",
    "published_note": "from the date line 'Donnerstag, 17. Oktober 2024 · Unternehmen · Seite 11'; 'am Mittwoch' -> 2024-10-16, 'Am Montag' -> 2024-10-14",
    "language": "de",
    "deals": [
        deal("amazon-xenergy-2024", ["Amazon", "X-energy"], "investment", 500 * M, "USD", "approx",
             "2024-10-16", "signed", True,
             "Amazon führt eine Finanzierungsrunde über rund 500 Millionen Dollar (etwa 460 Millionen Euro) bei dem Reaktorentwickler X-energy aus Maryland an, wie am Mittwoch bekannt wurde.",
             alt_amounts=[alt(460 * M, "EUR")],
             note="Amazon leads the round (Series C-1); other investors (Ken Griffin, University of Michigan) not listed as parties"),
        deal("amazon-energy-northwest-smr", ["Amazon", "Energy Northwest"], "partnership", None, None, None,
             "2024-10-16", "signed", False,
             "Zugleich schloss der Konzern zwei Vereinbarungen mit Versorgern: Mit Energy Northwest im Bundesstaat Washington sollen zunächst vier Xe-100-Module entstehen, mit Dominion Energy in Virginia prüft Amazon einen kleinen Reaktor am Standort North Anna.",
             kind_alt=["project", "supply"],
             note="'der Konzern' = Amazon; no price ('Preise wurden nicht genannt'); same day as the X-energy round"),
        deal("amazon-dominion-smr", ["Amazon", "Dominion Energy"], "partnership", None, None, None,
             "2024-10-16", "signed", False,
             "Zugleich schloss der Konzern zwei Vereinbarungen mit Versorgern: Mit Energy Northwest im Bundesstaat Washington sollen zunächst vier Xe-100-Module entstehen, mit Dominion Energy in Virginia prüft Amazon einen kleinen Reaktor am Standort North Anna.",
             kind_alt=["project"],
             note="second agreement in the same sentence; exploratory, no price"),
        deal("google-kairos-2024", ["Google", "Kairos Power"], "supply", None, None, None,
             "2024-10-14", "signed", False,
             "Am Montag unterschrieb der Suchmaschinenkonzern einen Rahmenvertrag mit Kairos Power über die Leistung von sechs oder sieben Kleinreaktoren, insgesamt 500 Megawatt; ans Netz gehen soll die erste Anlage 2030.",
             kind_alt=["partnership"],
             note="'der Suchmaschinenkonzern' = Google (previous sentence); 500 MW framework, no amount ('Über Geld sprachen beide Seiten nicht'); different from the 2025 Hermes 2 contract with TVA (012)"),
    ],
    "not_deals": ["bis zu 1,2 Milliarden Dollar", "zwei bis drei Milliarden Dollar", "26,3 Milliarden Dollar",
                  "rund 150 Milliarden Dollar", "1 Euro im Probemonat", "22,50 Euro monatlich"],
}

# 004 -------------------------------------------------------------------------------------------
ARTICLES["004_oklo_switch_trevenna_en.html"] = {
    "published": "2024-12-19",
    "published_note": "no visible date; from <meta property=article:published_time> and JSON-LD datePublished 2024-12-19T07:15:00-08:00; 'on Wednesday' -> 2024-12-18",
    "language": "en",
    "deals": [
        deal("oklo-switch-2024", ["Oklo", "Switch"], "supply", None, None, None, "2024-12-18", "signed", False,
             "Oklo, the Santa Clara company designing small fast reactors, has signed a non-binding master agreement with data center operator Switch to deploy 12 gigawatts of its Aurora powerhouses through 2044.",
             kind_alt=["partnership"],
             note="non-binding 12 GW framework, 'no price was attached'; date from 'on Wednesday' in the next sentence"),
        deal("oklo-altc-spac-2024", ["Oklo", "AltC Acquisition"], "investment", 306 * M, "USD", "approx",
             "2024-05", "completed", True,
             "The transaction brought in roughly $306 million in gross proceeds.",
             kind_alt=["acquisition"],
             note="'The transaction' = Oklo's merger with AltC Acquisition Corp. in May (previous sentence); gross proceeds of the listing"),
        deal("google-kairos-2024", ["Google", "Kairos Power"], "supply", None, None, None, "2024-10", "signed", False,
             "Google books 500 MW from Kairos Power (October)",
             note="related-link line in an aside; month only"),
    ],
    "not_deals": ["$22.89", "about $3.2 billion", "$290 million", "$70 million to $100 million", "$8,999",
                  "$7 a month"],
}

# 005 -------------------------------------------------------------------------------------------
ARTICLES["005_constellation_calpine_rheinau.txt"] = {
    "published": "2025-01-13",
    "published_note": "from the date line 'Ausgabe vom Montag, 13. Januar 2025 · Wirtschaft · S. 17'; 'am Freitag' -> 2025-01-10",
    "language": "de",
    "deals": [
        deal("constellation-calpine", ["Constellation Energy", "Calpine"], "acquisition", 16.4 * B, "USD", "exact",
             "2025-01-10", "signed", True,
             "Constellation Energy, Betreiber der meisten Kernkraftwerke der USA, kauft den Gaskraftwerksbetreiber Calpine für 16,4 Milliarden Dollar, umgerechnet knapp 16 Milliarden Euro.",
             alt_amounts=[alt(16 * B, "EUR"), alt(26.6 * B, "USD"), alt(27 * B, "USD")],
             note="equity value; 26.6bn including debt in the next sentence (alt_amounts); announced 'am Freitag' two sentences later; "
                  "the cash/share/debt parts are not_deals; the earlier insider talk is the same deal"),
        deal("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01",
             "announced", True,
             "Anfang Januar hatte Microsofts Präsident Brad Smith in einem Blogbeitrag angekündigt, der Konzern werde im bis Ende Juni laufenden Geschäftsjahr etwa 80 Milliarden Dollar in KI-taugliche Rechenzentren stecken.",
             term=["2024-07", "2025-06"],
             note="spending plan for the fiscal year to June 2025; 'Anfang Januar' -> month"),
    ],
    "not_deals": ["4,5 Milliarden Dollar", "rund 12,7 Milliarden Dollar", "312 Dollar",
                  "knapp 1.000 Dollar je Kilowatt", "rund 16 Milliarden Euro", "gut zehn Milliarden Dollar im Jahr"],
}

# 006 -------------------------------------------------------------------------------------------
ARTICLES["006_chevron_gevernova_carnbrea_en.txt"] = {
    "published": "2025-01-28",
    "published_note": "from the wire line 'January 28, 2025 · 18:40 ET' and dateline 'HOUSTON, Jan 28'; 'on Tuesday' -> 2025-01-28; 'last week' -> 2025-01; 'In December' -> 2024-12",
    "language": "en",
    "deals": [
        deal("chevron-engineno1-gevernova-jv", ["Chevron", "Engine No. 1", "GE Vernova"], "joint_venture", None,
             None, None, "2025-01-28", "announced", False,
             "Chevron, the investment firm Engine No. 1 and turbine maker GE Vernova said on Tuesday they would jointly develop natural gas plants with up to 4 gigawatts of capacity to supply U.S. data centers, betting that demand from artificial intelligence will outlast the jitters that hit power stocks this week.",
             kind_alt=["partnership", "project"],
             note="no amount ('The companies did not say how much they would invest')"),
        deal("gevernova-us-factories-2025", ["GE Vernova"], "capex_plan", 600 * M, "USD", "approx", "2025-01",
             "planned", True,
             "Earlier this month GE Vernova said it would invest nearly $600 million in its American plants during 2025 and 2026, partly to raise output of gas turbines, and add about 1,500 jobs.",
             term=["2025", "2026"], alt_amounts=[alt(515 * M, "EUR")],
             note="'nearly' -> approx; EUR figure from 011"),
        deal("stargate-2025", ["OpenAI", "SoftBank", "Oracle", "MGX"], "joint_venture", 500 * B, "USD", "up_to",
             "2025-01", "announced", True,
             "Demand is being stoked by projects such as Stargate, the venture that OpenAI, SoftBank, Oracle and Abu Dhabi's MGX unveiled last week with a plan to pour as much as $500 billion into AI infrastructure within four years, beginning with $100 billion.",
             kind_alt=["capex_plan", "project"],
             note="'as much as' -> up_to; the initial $100bn is part of it (not_deal); 'last week' -> month"),
        deal("chevron-capex-2025", ["Chevron"], "capex_plan", 14.5 * B, "USD", "range", "2024-12", "announced", True,
             "In December the oil major had set its 2025 capital budget at $14.5 billion to $15.5 billion, below what it spent in 2024.",
             amount_max=15.5 * B, term=["2025-01", "2025-12"],
             note="'the oil major' = Chevron; a company's capital budget for a year is a capex plan, not a government budget"),
    ],
    "not_deals": ["close to $600 billion", "$100 billion", "$2,000 to $2,400 per kilowatt"],
}

# 007 -------------------------------------------------------------------------------------------
ARTICLES["007_nrg_vistra_ticker_aktienpilot.txt"] = {
    "published": "2025-05-16",
    "published_note": "from the ticker head 'Ticker US-Versorger · Freitag, 16.05.2025'; 'Am Donnerstag' -> 2025-05-15; 'Seit Montag … an jenem Tag' -> 2025-05-12",
    "language": "de",
    "deals": [
        deal("vistra-lotus-2025", ["Vistra", "Lotus Infrastructure Partners"], "acquisition", 1.9 * B, "USD", "exact",
             "2025-05-15", "signed", True,
             "Am Donnerstag kündigte Vistra an, sieben Gaskraftwerke mit zusammen 2.600 Megawatt von Lotus Infrastructure Partners zu übernehmen – für 1,9 Milliarden Dollar.",
             note="different from Vistra's 2024 Vistra Vision buyout (002) and the 2026 Meta contract (017)"),
        deal("nrg-lspower-2025", ["NRG Energy", "LS Power"], "acquisition", 12 * B, "USD", "exact", "2025-05-12",
             "signed", True,
             "Der Versorger aus Houston hatte an jenem Tag angekündigt, 13 Gaskraftwerke sowie den Lastmanager CPower von LS Power für zwölf Milliarden Dollar zu kaufen (etwa 10,7 Milliarden Euro).",
             alt_amounts=[alt(10.7 * B, "EUR")],
             note="'Der Versorger aus Houston' = NRG Energy, 'an jenem Tag' = the Monday of the previous sentence; amount in words; cash/stock/debt parts are not_deals"),
    ],
    "not_deals": ["rund 730 Dollar je Kilowatt", "148,60 Dollar", "gut 110 Dollar je Megawattstunde",
                  "6,4 Milliarden Dollar", "2,8 Milliarden Dollar", "6,75 bis 7,75 Dollar", "von 125 auf 160 Dollar",
                  "rund zehn Milliarden Dollar", "50 Euro Startguthaben", "500 Euro"],
}

# 008 -------------------------------------------------------------------------------------------
ARTICLES["008_talen_amazon_ppa_nanticoke_en.txt"] = {
    "published": "2025-06-12",
    "published_note": "from the section line 'Business | Thursday, June 12, 2025'; 'on Wednesday' -> 2025-06-11; 'Two days before Wednesday's announcement' -> 2025-06-09; 'last year' -> 2024",
    "language": "en",
    "deals": [
        deal("talen-amazon-ppa-2025", ["Talen Energy", "Amazon"], "supply", 18 * B, "USD", "approx", "2025-06-11",
             "signed", True,
             "Talen Energy said on Wednesday it will sell 1,920 megawatts from the plant to Amazon through 2042 under a power purchase agreement that it valued at about $18 billion.",
             term=["2025", "2042"], alt_amounts=[alt(15.5 * B, "EUR")],
             note="EUR figure from 009; different from the $650m campus sale of the same pair (001, and below)"),
        deal("talen-amazon-cumulus-2024", ["Talen Energy", "Amazon"], "acquisition", 650 * M, "USD", "exact", "2024",
             "completed", True,
             "Amazon first came to Salem Township last year, when it paid Talen $650 million for the server campus beside the reactors.",
             note="background, 'last year' -> 2024; same deal as 001"),
        deal("amazon-pennsylvania-2025", ["Amazon"], "capex_plan", 20 * B, "USD", "at_least", "2025-06-09",
             "announced", True,
             "Two days before Wednesday's announcement, the online retailer also pledged at least $20 billion for data center campuses in Pennsylvania, one of them here and another in Falls Township, Bucks County.",
             note="'the online retailer' = Amazon; investment pledge for Pennsylvania"),
    ],
    "not_deals": ["roughly $3 million a year", "about $70,000 a year", "$226.50", "$10 to $20 a month", "$38"],
}

# 009 -------------------------------------------------------------------------------------------
ARTICLES["009_kernkraft_juni_kladde.txt"] = {
    "published": "2025-06-25",
    "published_note": "from the byline 'veröffentlicht am 25.06.2025 von Henrike Tönjes'; 'Anfang Juni', 'Zwei Wochen später', 'Vergangene Woche' -> 2025-06",
    "language": "de",
    "deals": [
        deal("meta-constellation-clinton-2025", ["Meta", "Constellation Energy"], "supply", None, None, None,
             "2025-06", "signed", False,
             "Anfang Juni unterschrieb der Facebook-Mutterkonzern einen 20-jährigen Liefervertrag mit Constellation Energy für das Kernkraftwerk Clinton in Illinois; einen Preis nannten die beiden nicht.",
             note="'der Facebook-Mutterkonzern' = Meta; no price; the 80-90 $/MWh is an estimate (not_deal)"),
        deal("talen-amazon-ppa-2025", ["Talen Energy", "Amazon"], "supply", 15.5 * B, "EUR", "approx", "2025-06",
             "signed", True,
             "Zwei Wochen später zog Talen Energy nach: Der Versorger verkauft Amazon bis 2042 Strom aus dem Kraftwerk Susquehanna, und der Vertrag ist nach Firmenangaben umgerechnet rund 15,5 Milliarden Euro wert.",
             term=["2025", "2042"], alt_amounts=[alt(18 * B, "USD")],
             note="only the EUR conversion is given (about $18bn in 008); 'Zwei Wochen später' after 'Anfang Juni' -> month only"),
        deal("oklo-offering-2025", ["Oklo"], "investment", 460 * M, "USD", "approx", "2025-06", "completed", True,
             "Das Start-up, das noch keinen einzigen Reaktor betreibt, hat sich Anfang Juni per Kapitalerhöhung knapp 460 Millionen Dollar besorgt.",
             note="'Das Start-up' = Oklo ('Und Oklo?' just before); share offering without a named investor"),
        deal("oklo-siemens-energy-2025", ["Oklo", "Siemens Energy"], "supply", None, None, None, "2025-06",
             "signed", False,
             "Vergangene Woche kam ein Vertrag mit Siemens Energy hinzu: Die Münchner sollen Dampfturbine und Generator für das erste Aurora-Kraftwerk in Idaho auslegen und liefern, eine Summe wurde öffentlich nicht genannt.",
             note="turbine/generator contract for Oklo's first plant, no amount"),
    ],
    "not_deals": ["80 bis 90 Dollar je Megawattstunde", "jährlich rund 100 Millionen Dollar",
                  "rund sieben Milliarden Dollar", "149 Euro"],
}

# 010 -------------------------------------------------------------------------------------------
ARTICLES["010_talen_caithness_kernick_en.txt"] = {
    "published": "2025-07-18",
    "published_note": "from the line 'Company statements, rewritten and checked | 18 July 2025'; 'on Thursday' -> 2025-07-17; 'last month', 'at the end of June' -> 2025-06",
    "language": "en",
    "deals": [
        deal("talen-caithness-2025", ["Talen Energy", "Caithness Energy"], "acquisition", 3.5 * B, "USD", "exact",
             "2025-07-17", "signed", True,
             "Talen Energy Corp. said on Thursday it has agreed to buy two gas-fired plants from Caithness Energy for $3.5 billion: Freedom Energy Center in Luzerne County, Pennsylvania, and Guernsey Power Station, Ohio.",
             note="the ~$3bn of new term loans that pay for it are part of this deal (not_deal)"),
        deal("crusoe-gevernova-turbines-2025", ["Crusoe", "GE Vernova"], "supply", None, None, None, "2025-06",
             "signed", False,
             "In other turbine news, GE Vernova confirmed last month that Crusoe had ordered 29 of its LM2500XPRESS aeroderivative units, together close to 1 gigawatt, to power AI data centers.",
             note="turbine order without price"),
        deal("meta-private-credit-2025", ["Meta", "Apollo", "KKR"], "investment", 29 * B, "USD", "exact", "2025-06",
             "rumored", True,
             "Meta Platforms is reportedly in talks with private-credit firms including Apollo and KKR to raise $29 billion for its U.S. data centers, according to a newspaper report at the end of June.",
             kind_alt=["other"],
             note="reported talks (rumour); the $3bn equity / $26bn debt split is part of it (not_deals)"),
    ],
    "not_deals": ["roughly $1,200 per kilowatt", "$2,000-plus per kilowatt", "about $3 billion",
                  "$3 billion of equity", "$26 billion of debt", "$95"],
}

# 011 -------------------------------------------------------------------------------------------
ARTICLES["011_turbinenbauer_boersenglocke.txt"] = {
    "published": "2025-08-07",
    "published_note": "from the portal line 'BÖRSENGLOCKE FRANKEN | Aktien Deutschland | 07.08.2025 | 07:31 Uhr'; 'im Januar' -> 2025-01, 'Im Juni' -> 2025-06",
    "language": "de",
    "deals": [
        deal("gevernova-us-factories-2025", ["GE Vernova"], "capex_plan", 600 * M, "USD", "approx", "2025-01",
             "planned", True,
             "Der US-Rivale GE Vernova hatte im Januar angekündigt, in den kommenden zwei Jahren knapp 600 Millionen Dollar (rund 515 Millionen Euro) in seine amerikanischen Fabriken zu stecken.",
             term=["2025", "2026"], alt_amounts=[alt(515 * M, "EUR")],
             note="same plan as 006"),
        deal("crusoe-gevernova-turbines-2025", ["Crusoe", "GE Vernova"], "supply", None, None, None, "2025-06",
             "signed", False,
             "Im Juni hatte GE Vernova zudem eine Bestellung des Rechenzentrumsentwicklers Crusoe über 29 mobile Turbinen vom Typ LM2500XPRESS bestätigt, Preise wurden nicht genannt.",
             note="same order as 010, no price"),
        deal("mhi-turbine-capacity", ["Mitsubishi Heavy Industries"], "capex_plan", None, None, None, None,
             "planned", False,
             "Mitsubishi Heavy Industries will seine Fertigungskapazität für Gasturbinen in den kommenden Jahren etwa verdoppeln.",
             note="capacity plan without amount or date"),
    ],
    "not_deals": ["13,7 Milliarden Euro", "697 Millionen Euro", "rund 136 Milliarden Euro", "12,4 Milliarden Dollar",
                  "rund 2,5 Billionen Yen", "99,10 €", "3.562 ¥", "661,20 $", "von 95 auf 115 Euro", "je 500 Euro"],
}

# 012 -------------------------------------------------------------------------------------------
ARTICLES["012_smr_zennor_en.txt"] = {
    "published": "2025-09-03",
    "published_note": "from the issue line 'Vol. 3, No. 17 · 3 September 2025'; 'on Tuesday' -> 2025-09-02; 'Last month', 'Late in August' -> 2025-08; 'last October' -> 2024-10; 'in June' -> 2025-06",
    "language": "en",
    "deals": [
        deal("entra1-tva-nuscale-2025", ["ENTRA1 Energy", "TVA", "NuScale"], "partnership", None, None, None,
             "2025-09-02", "announced", False,
             "ENTRA1 Energy and the Tennessee Valley Authority said on Tuesday they had agreed a framework under which ENTRA1 could develop up to 6 gigawatts of plants built on NuScale Power's modules, with TVA buying the electricity.",
             kind_alt=["supply"],
             note="6 GW framework, 'There was no dollar figure'"),
        deal("kairos-tva-google-hermes2", ["Google", "Kairos Power", "TVA"], "supply", None, None, None, "2025-08",
             "signed", False,
             "Last month Google, Kairos Power and TVA agreed that the authority will buy 50 megawatts from Kairos' Hermes 2 demonstration reactor in Oak Ridge, the first US utility contract for a Generation IV design.",
             note="different from the 2024 Google-Kairos framework (next entry)"),
        deal("google-kairos-2024", ["Google", "Kairos Power"], "supply", None, None, None, "2024-10", "signed", False,
             "Google had signed a 500-megawatt framework with Kairos last October.",
             note="background"),
        deal("xenergy-amazon-khnp-doosan-2025", ["X-energy", "Amazon", "Korea Hydro & Nuclear Power",
                                                  "Doosan Enerbility"], "partnership", None, None, None, "2025-08",
             "announced", False,
             "Late in August, X-energy, Amazon, Korea Hydro & Nuclear Power and Doosan Enerbility set out a partnership to build Xe-100 plants in the US; Amazon, which led a roughly $500 million round in X-energy last October, remains the anchor customer.",
             note="no amount; the $500m in the same sentence belongs to the 2024 round"),
        deal("amazon-xenergy-2024", ["Amazon", "X-energy"], "investment", 500 * M, "USD", "approx", "2024-10",
             "signed", True,
             "Late in August, X-energy, Amazon, Korea Hydro & Nuclear Power and Doosan Enerbility set out a partnership to build Xe-100 plants in the US; Amazon, which led a roughly $500 million round in X-energy last October, remains the anchor customer.",
             note="restated in a relative clause; same deal as 003"),
        deal("terrapower-raise-2025", ["TerraPower", "Nvidia"], "investment", 650 * M, "USD", "exact", "2025-06",
             "completed", True,
             "TerraPower closed a $650 million raise in June, with Nvidia's venture arm NVentures among the new backers.",
             note="Nvidia (NVentures) named as a backer, not the lead"),
    ],
    "not_deals": ["$34.80", "about $490 million", "$1.2 billion", "$7,000 to $10,000 per kilowatt", "$120 per MWh",
                  "$480 a year"],
}

# 013 -------------------------------------------------------------------------------------------
ARTICLES["013_fermi_ipo_liveblog_weser.txt"] = {
    "published": "2025-10-01",
    "published_note": "from the liveblog head 'Mittwoch, 1. Oktober 2025'; the listing happens that day; 'im Juli' -> 2025-07",
    "language": "de",
    "deals": [
        deal("fermi-ipo-2025", ["Fermi America"], "investment", 682.5 * M, "USD", "exact", "2025-10-01",
             "completed", True,
             "Die Emission spült dem Unternehmen damit 682,5 Millionen Dollar in die Kasse – umgerechnet rund 580 Millionen Euro.",
             alt_amounts=[alt(580 * M, "EUR"), alt(683 * M, "USD")],
             note="IPO proceeds; 'dem Unternehmen' = Fermi (previous sentence); listing day = publication day"),
        deal("fermi-westinghouse-2025", ["Fermi America", "Westinghouse"], "partnership", None, None, None,
             "2025-07", "signed", False,
             "Für die Kernkraftpläne hatte Fermi im Juli eine Vereinbarung mit Westinghouse geschlossen: Gemeinsam soll der Genehmigungsantrag für vier Reaktoren vom Typ AP1000 vorbereitet werden.",
             note="licensing cooperation, no amount; different from Westinghouse's $80bn government deal (014)"),
        deal("fermi-siemens-energy-turbines", ["Fermi America", "Siemens Energy"], "supply", None, None, None, None,
             "signed", False,
             "Für die erste Ausbaustufe hat sich das Unternehmen zudem Gasturbinen von Siemens Energy mit 1,1 Gigawatt gesichert; Preise nannte keiner der Beteiligten.",
             note="'das Unternehmen' = Fermi; no price, no date"),
    ],
    "not_deals": ["32,10 Dollar", "21 Dollar", "knapp 19 Milliarden Dollar", "18 bis 22 Dollar", "30,00 Dollar",
                  "250 Euro"],
}

# 014 -------------------------------------------------------------------------------------------
ARTICLES["014_westinghouse_prolec_lanyon_en.html"] = {
    "published": "2025-10-29",
    "published_note": "no visible date; from <meta name=pubdate content=20251029> and JSON-LD datePublished 2025-10-29T06:10:00-04:00; 'on Tuesday' -> 2025-10-28, 'On Monday' -> 2025-10-27, 'Last week' -> 2025-10",
    "language": "en",
    "deals": [
        deal("westinghouse-usgov-2025", ["Westinghouse", "US government"], "partnership", 80 * B, "USD", "at_least",
             "2025-10-28", "announced", True,
             "The Trump administration will arrange financing and approvals for new Westinghouse reactors worth at least $80 billion, the reactor maker's owners Brookfield and Cameco said on Tuesday.",
             kind_alt=["investment", "project"],
             note="government-backed reactor programme; the $17.5bn threshold and Japan's $550bn pledge are not deals"),
        deal("gevernova-prolec-2025", ["GE Vernova", "Prolec GE"], "acquisition", 5.275 * B, "USD", "exact", "2025-10",
             "signed", True,
             "Last week GE Vernova agreed to buy the remaining 50% of transformer maker Prolec GE from its Mexican partner Xignux for $5.275 billion, betting that data centres will need far more grid equipment.",
             note="seller Xignux not listed as a party; 'Last week' -> month"),
        deal("google-nextera-duane-arnold-2025", ["Google", "NextEra Energy"], "supply", None, None, None,
             "2025-10-27", "signed", False,
             "On Monday Google and NextEra Energy agreed to bring the shuttered Duane Arnold plant in Iowa back online, with Google buying most of the output for 25 years.",
             kind_alt=["partnership"],
             note="'Terms were not disclosed'"),
    ],
    "not_deals": ["$17.5 billion", "$550 billion", "$10 billion or more", "$36 billion to $37 billion", "$98.15",
                  "$63.40", "$615.30", "$14,900", "$1 buys your first month", "$16 monthly"],
}

# 015 -------------------------------------------------------------------------------------------
ARTICLES["015_crane_kredit_frequenzwarte.txt"] = {
    "published": "2025-11-20",
    "published_note": "from the issue line 'Ausgabe 47/2025 · 20.11.2025'; 'am Dienstag' -> 2025-11-18; 'in der vergangenen Woche' -> 2025-11; 'vor gut einem Jahr' -> 2024",
    "language": "de",
    "deals": [
        deal("doe-constellation-crane-loan-2025", ["US Department of Energy", "Constellation Energy"], "other",
             1 * B, "USD", "exact", "2025-11-18", "signed", True,
             "Das US-Energieministerium leiht Constellation Energy eine Milliarde Dollar für das Wiederanfahren des ersten Blocks am Standort Three Mile Island, der inzwischen Crane Clean Energy Center heißt.",
             kind_alt=["investment"],
             note="federal loan (to be repaid), annotated as a deal unlike grants; signed 'am Dienstag' (next sentence); amount in words; different from the $1.6bn restart cost"),
        deal("constellation-crane-restart", ["Constellation Energy"], "project", 1.6 * B, "USD", "approx", None,
             "planned", True,
             "Die Gesamtkosten des Neustarts beziffert Constellation auf rund 1,6 Milliarden Dollar; den Strom nimmt für 20 Jahre Microsoft ab.",
             note="restated, no date; same as 002"),
        deal("microsoft-constellation-crane-ppa", ["Microsoft", "Constellation Energy"], "supply", None, None, None,
             None, "signed", False,
             "Die Gesamtkosten des Neustarts beziffert Constellation auf rund 1,6 Milliarden Dollar; den Strom nimmt für 20 Jahre Microsoft ab.",
             note="restated, no amount"),
        deal("xenergy-seriesd-2025", ["Jane Street", "X-energy"], "investment", 700 * M, "USD", "exact", "2025-11",
             "completed", True,
             "X-energy hat in der vergangenen Woche eine Finanzierungsrunde der Serie D über 700 Millionen Dollar abgeschlossen, angeführt vom Handelshaus Jane Street.",
             note="cumulative ~1.8bn in the next sentence is a not_deal"),
        deal("amazon-xenergy-2024", ["Amazon", "X-energy"], "investment", 500 * M, "USD", "approx", "2024",
             "signed", True,
             "Amazon hatte X-energy vor gut einem Jahr mit rund einer halben Milliarde Dollar unter die Arme gegriffen.",
             note="amount in words; 'vor gut einem Jahr' -> year"),
    ],
    "not_deals": ["rund 329 Dollar je Megawatt und Tag", "3,04 Dollar je Aktie", "rund 1,8 Milliarden Dollar",
                  "bis zu 1,2 Milliarden Dollar", "rund 8.000 Dollar", "390 Euro", "290 Euro", "24 Euro im Monat"],
}

# 016 -------------------------------------------------------------------------------------------
ARTICLES["016_fermi_tenant_stockvane_en.txt"] = {
    "published": "2025-12-15",
    "published_note": "from the portal line 'STOCKVANE | Movers | Dec 15, 2025 · 7:02 AM ET'; 'on Friday' -> 2025-12-12; 'in early October' -> 2025-10",
    "language": "en",
    "deals": [
        deal("fermi-tenant-advance-2025", ["Fermi America"], "other", 150 * M, "USD", "exact", "2025", "cancelled",
             True,
             "Fermi America (FRMI) is set for another rough session after the Texas power-campus developer disclosed on Friday that the first prospective tenant for its Amarillo site had terminated a $150 million advance-in-aid-of-construction agreement.",
             note="terminated tenant agreement; the tenant is not named; the agreement's own date is not given -> year; the termination was disclosed on 2025-12-12"),
        deal("fermi-ipo-2025", ["Fermi America"], "investment", 683 * M, "USD", "approx", "2025-10", "completed", True,
             "Fermi, which raised about $683 million when it listed in early October, is now valued at roughly $5.4 billion, down from more than $18 billion at the peak.",
             note="restated IPO proceeds; the valuations in the same sentence are not_deals"),
        deal("fermi-tenant-talks-2025", ["Fermi America"], "other", None, None, None, "2025-12", "negotiating", False,
             "Management said it remains in talks with several other potential tenants and expects to sign a lease next year.",
             kind_alt=["cloud_contract"],
             note="unnamed counterparties, no amount"),
        deal("constellation-calpine", ["Constellation Energy", "Calpine"], "acquisition", 16.4 * B, "USD", "exact",
             "2025", "signed", True,
             "Meanwhile, Constellation Energy agreed with the Justice Department last week to sell several power plants to win approval for its $16.4 billion purchase of Calpine.",
             note="the agreed purchase, pending for 'almost a year' -> 2025; the antitrust settlement itself has no amount"),
    ],
    "not_deals": ["$8.95", "$21", "roughly $5.4 billion", "more than $18 billion", "$14 from $31", "$362",
                  "about $113 billion", "about $34 million", "$27"],
}

# 017 -------------------------------------------------------------------------------------------
ARTICLES["017_meta_atom_technikwelle.html"] = {
    "published": "2026-01-12",
    "published_note": "visible byline 'Von Enno Terveen · 12.01.2026, 06:30 Uhr', also <meta name=date> and JSON-LD; 'am Freitag' -> 2026-01-09, 'am Mittwoch' -> 2026-01-07 (completion); 'vor einem Jahr' -> 2025-01",
    "language": "de",
    "deals": [
        deal("meta-vistra-2026", ["Meta", "Vistra"], "supply", None, None, None, "2026-01-09", "signed", False,
             "Von Vistra kauft Meta über 20 Jahre den Strom aus den Ohio-Kraftwerken Perry und Davis-Besse und finanziert zusätzliche Leistung an mehreren Standorten.",
             note="'Beträge nannte keines der Unternehmen'; date from 'am Freitag' two sentences earlier"),
        deal("meta-oklo-2026", ["Meta", "Oklo"], "supply", None, None, None, "2026-01-09", "announced", False,
             "Mit Oklo plant der Konzern einen Campus für 1,2 Gigawatt im Süden Ohios, für den Meta Strom im Voraus bezahlt.",
             kind_alt=["project", "partnership"],
             note="prepayment without amount"),
        deal("meta-terrapower-2026", ["Meta", "TerraPower"], "supply", None, None, None, "2026-01-09", "announced",
             False,
             "Mit TerraPower vereinbarte Meta bis zu acht Natrium-Reaktoren.",
             kind_alt=["partnership", "project"],
             note="'bis zu acht' counts reactors, not money"),
        deal("constellation-calpine", ["Constellation Energy", "Calpine"], "acquisition", 16 * B, "EUR", "approx",
             "2025-01", "completed", True,
             "Schon am Mittwoch hatte Constellation Energy den Kauf von Calpine vollzogen, der vor einem Jahr für umgerechnet knapp 16 Milliarden Euro vereinbart worden war.",
             alt_amounts=[alt(16.4 * B, "USD")],
             note="only the EUR conversion is given ($16.4bn in 005); completion reported; the date is that of the agreement ('vor einem Jahr'), completion 2026-01-07; Oklo's 'rund 16 Milliarden Dollar' value is a not_deal"),
    ],
    "not_deals": ["rund 16 Milliarden Dollar", "sechs bis acht Milliarden Dollar je Gigawatt",
                  "bis zu 20 Milliarden Euro", "399 Euro", "5,99 Euro im Monat"],
}

# 018 -------------------------------------------------------------------------------------------
ARTICLES["018_capex_digest_gwithian_en.txt"] = {
    "published": "2026-02-06",
    "published_note": "from the issue line 'Issue 88 · Friday 6 February 2026'; 'on Thursday' -> 2026-02-05, 'On Wednesday' -> 2026-02-04, 'Last week' -> 2026-01, 'back in October' -> 2025-10, 'last June' -> 2025-06",
    "language": "en",
    "deals": [
        deal("amazon-capex-2026", ["Amazon"], "capex_plan", 200 * B, "USD", "approx", "2026-02-05", "announced", True,
             "Amazon told investors on Thursday that it expects capital expenditure of about $200 billion in 2026, most of it for AWS data centers, chips and the power to run them.",
             term=["2026-01", "2026-12"]),
        deal("amazon-capex-2025", ["Amazon"], "capex_plan", 125 * B, "USD", "approx", "2025-10", "announced", True,
             "That is up from the roughly $125 billion it had guided for 2025 back in October.",
             term=["2025-01", "2025-12"],
             note="the earlier plan for 2025, stated in October; different from the 2026 plan in the previous sentence"),
        deal("alphabet-capex-2026", ["Google"], "capex_plan", 175 * B, "USD", "range", "2026-02-04", "announced", True,
             "On Wednesday Alphabet said it would spend $175 billion to $185 billion on capital projects this year, about twice the $91 billion it laid out in 2025.",
             amount_max=185 * B, term=["2026-01", "2026-12"],
             note="Alphabet = Google (alias); the $91bn is past spending (not_deal)"),
        deal("meta-capex-2026", ["Meta"], "capex_plan", 115 * B, "USD", "range", "2026-01", "announced", True,
             "Last week Meta put 2026 capital spending at $115 billion to $135 billion and said costs would grow faster than revenue.",
             amount_max=135 * B, term=["2026-01", "2026-12"]),
        deal("talen-amazon-ppa-2025", ["Talen Energy", "Amazon"], "supply", 18 * B, "USD", "exact", "2025-06",
             "signed", True,
             "Talen's $18 billion Susquehanna contract with Amazon, signed last June, has become the template for nuclear offtake.",
             note="restated; 'Talen's' genitive"),
    ],
    "not_deals": ["$204", "$35.6 billion", "$91 billion", "past $200 billion", "$37.5 billion",
                  "about $1.4 trillion", "$29 a month"],
}

# 019 -------------------------------------------------------------------------------------------
ARTICLES["019_interview_wesermarsch.txt"] = {
    "published": None,
    "published_note": "the interview has no date at all (only 'Lesezeit: 6 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        deal("talen-amazon-ppa-2025", ["Talen Energy", "Amazon"], "supply", 18 * B, "USD", "approx", None, "signed",
             True,
             "Talen verkauft Amazon bis 2042 Strom aus Susquehanna für rund 18 Milliarden Dollar, also gut eine Milliarde Dollar im Jahr.",
             term=[None, "2042"],
             note="the yearly average 'gut eine Milliarde Dollar im Jahr' is derived from this deal (not_deal)"),
        deal("constellation-calpine", ["Constellation Energy", "Calpine"], "acquisition", 16.4 * B, "USD", "exact",
             None, "completed", True,
             "Constellation hat für Calpine 16,4 Milliarden Dollar bezahlt, mit Schulden fast 27 Milliarden.",
             alt_amounts=[alt(27 * B, "USD")],
             note="'fast 27 Milliarden' including debt is the same deal (alt_amounts)"),
        deal("westinghouse-usgov-2025", ["Westinghouse", "US government"], "partnership", 80 * B, "USD", "at_least",
             None, "announced", True,
             "Die US-Regierung will den Bau von Westinghouse-Reaktoren für mindestens 80 Milliarden Dollar anschieben.",
             kind_alt=["investment", "project"]),
        deal("meta-oklo-2026", ["Meta", "Oklo"], "supply", None, None, None, None, "announced", False,
             "Meta zahlt Oklo sogar Strom im Voraus, bevor überhaupt ein Reaktor steht.",
             note="prepayment without amount"),
    ],
    "not_deals": ["gut eine Milliarde Dollar im Jahr", "zehn bis zwölf Milliarden Dollar",
                  "2.000 bis 2.500 Dollar je Kilowatt", "180.000 Dollar im Jahr", "je 89 Euro", "9,80 Euro"],
}

# 020 -------------------------------------------------------------------------------------------
ARTICLES["020_two_years_carveth_en.txt"] = {
    "published": "2026-11-17",
    "published_note": "from the byline 'Posted 17 November 2026 by Talan Carveth'; 'in May 2025', 'Three days after NRG' -> 2025-05; 'in July 2025' -> 2025-07",
    "language": "en",
    "deals": [
        deal("nrg-lspower-2025", ["NRG Energy", "LS Power"], "acquisition", 12 * B, "USD", "exact", "2025-05",
             "completed", True,
             "NRG agreed in May 2025 to pay $12 billion for LS Power's 13 plants and its CPower business and closed the purchase at the start of this year.",
             note="date of the agreement; closed early 2026"),
        deal("vistra-lotus-2025", ["Vistra", "Lotus Infrastructure Partners"], "acquisition", 1.9 * B, "USD", "exact",
             "2025-05", "signed", True,
             "Three days after NRG, Vistra struck its own $1.9 billion deal for seven Lotus plants.",
             note="'Three days after NRG' (May 2025, previous sentence) -> month"),
        deal("talen-caithness-2025", ["Talen Energy", "Caithness Energy"], "acquisition", 3.5 * B, "USD", "exact",
             "2025-07", "signed", True,
             "Talen followed in July 2025 with $3.5 billion for the Freedom and Guernsey stations from Caithness."),
        deal("gevernova-prolec-2025", ["GE Vernova", "Prolec GE"], "acquisition", 5.3 * B, "USD", "approx", None,
             "signed", True,
             "GE Vernova's $5.3 billion purchase of the rest of Prolec GE was the clearest bet that transformers, not turbines, would be the scarcest item.",
             note="rounded restatement of the $5.275bn deal (014)"),
        deal("westinghouse-usgov-2025", ["Westinghouse", "US government"], "partnership", 80 * B, "USD", "at_least",
             None, "announced", True,
             "The federal government's plan to back at least $80 billion of Westinghouse reactors still has not produced a firm construction contract, and Fermi America's lost $150 million tenant advance showed how fragile the speculative end of the market can be.",
             kind_alt=["investment", "project"]),
        deal("fermi-tenant-advance-2025", ["Fermi America"], "other", 150 * M, "USD", "exact", None, "cancelled", True,
             "The federal government's plan to back at least $80 billion of Westinghouse reactors still has not produced a firm construction contract, and Fermi America's lost $150 million tenant advance showed how fragile the speculative end of the market can be.",
             note="two deals in one sentence"),
    ],
    "not_deals": ["more than $300 billion", "$1.1 trillion", "monthly $8", "annual $80"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(ARTICLES)} articles, {sum(len(a['deals']) for a in ARTICLES.values())} deal mentions)")


if __name__ == "__main__":
    main()
