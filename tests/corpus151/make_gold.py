#!/usr/bin/env python3
"""Write gold.json for corpus151 (the hand annotation as a script).

Usage: python3 tests/corpus151/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json; check it with check_gold.py.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 151st, held-out test corpus (tests/corpus151/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: water, wastewater and waste-management companies in the AI "
    "boom (cooling-water and recycled-water supply for data centres, waste-heat contracts, AI contracts for "
    "networks and plants, stakes, takeovers and loans). One entry per article; a deal that several articles "
    "report carries the same id in each. 'required': false marks vague or background mentions that an "
    "extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: "
    "reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a "
    "rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) states it in "
    "another currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, "
    "YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date marker, dateline, <meta>/<time>, issue line, ticker header or byline, or null when "
    "the article has none); a cancelled deal keeps the date of the original agreement or talks; 'term' is "
    "the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' "
    "explains a judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Sesekewerk Rechenzentren, Norrvik Datahall, "
    "Velinor Data, Banque Ferrand-Lacoste, Pegelsinn, Kelvara Data Centres, Aquilon Infra Partners, "
    "Spürwerk Kanaltechnik, Havelkamp Ventures, Lornie Compute, Bukit Lintang Bank, Ruhrsilo Datacenter, "
    "Netzauge Analytics, Carvallon Data, Hydrosift, Marlowe Reach Capital, Spreehalle Data, Aldeira "
    "Datacenters, Stadtwerke Wiesenau, Clearbrook Water Tech, Saltsjö Bank, Fördeblick, Datchet Reclaim, "
    "Ditton Estates, Sortwerk Vision, Hammkötter, Hellweg Kommunalbank; invented publications, research "
    "houses, advertisers and people are listed in invented_names.txt; the deals of real companies (Veolia, "
    "Suez, Thames Water, Remondis, Gelsenwasser, Berliner Wasserbetriebe, Stockholm Exergi, PUB, JTC, KKR, "
    "London & Valley Water, CDPQ, Investitionsbank Berlin, Xylem, Slough Borough Council) are partly loosely "
    "based on public reports, partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Remondis": ["Remondis", "Remondis Energy Services"],
    "Sesekewerk Rechenzentren": ["Sesekewerk Rechenzentren", "Sesekewerk Rechenzentren GmbH", "Sesekewerk"],
    "Stockholm Exergi": ["Stockholm Exergi"],
    "Norrvik Datahall": ["Norrvik Datahall", "Norrvik"],
    "Veolia": ["Veolia", "Veolia Environnement", "Veolia Environnement SA"],
    "Velinor Data": ["Velinor Data", "Velinor"],
    "Banque Ferrand-Lacoste": ["Banque Ferrand-Lacoste", "Ferrand-Lacoste"],
    "Pegelsinn": ["Pegelsinn", "Pegelsinn GmbH"],
    "Thames Water": ["Thames Water", "Thames Water Utilities"],
    "Kelvara Data Centres": ["Kelvara Data Centres", "Kelvara"],
    "Aquilon Infra Partners": ["Aquilon Infra Partners", "Aquilon"],
    "Berliner Wasserbetriebe": ["Berliner Wasserbetriebe", "BWB", "Wasserbetriebe"],
    "Spürwerk Kanaltechnik": ["Spürwerk Kanaltechnik", "Spürwerk Kanaltechnik GmbH", "Spürwerk"],
    "Havelkamp Ventures": ["Havelkamp Ventures", "Havelkamp"],
    "PUB": ["PUB", "Public Utilities Board"],
    "Lornie Compute": ["Lornie Compute", "Lornie"],
    "Bukit Lintang Bank": ["Bukit Lintang Bank"],
    "JTC Corporation": ["JTC Corporation", "JTC"],
    "Gelsenwasser": ["Gelsenwasser", "Gelsenwasser AG"],
    "Ruhrsilo Datacenter": ["Ruhrsilo Datacenter", "Ruhrsilo"],
    "Netzauge Analytics": ["Netzauge Analytics", "Netzauge"],
    "KKR": ["KKR", "KKR & Co."],
    "London & Valley Water": ["London & Valley Water"],
    "CDPQ": ["CDPQ", "Caisse de dépôt et placement du Québec"],
    "Suez": ["Suez", "Suez SA"],
    "Carvallon Data": ["Carvallon Data", "Carvallon"],
    "Hydrosift": ["Hydrosift"],
    "Marlowe Reach Capital": ["Marlowe Reach Capital", "Marlowe Reach"],
    "Spreehalle Data": ["Spreehalle Data", "Spreehalle"],
    "Investitionsbank Berlin": ["Investitionsbank Berlin", "IBB"],
    "Aldeira Datacenters": ["Aldeira Datacenters", "Aldeira"],
    "Stadtwerke Wiesenau": ["Stadtwerke Wiesenau"],
    "Clearbrook Water Tech": ["Clearbrook Water Tech", "Clearbrook"],
    "Saltsjö Bank": ["Saltsjö Bank"],
    "Xylem": ["Xylem", "Xylem Inc."],
    "Fördeblick": ["Fördeblick"],
    "Datchet Reclaim": ["Datchet Reclaim"],
    "Slough Borough Council": ["Slough Borough Council"],
    "Ditton Estates": ["Ditton Estates"],
    "Sortwerk Vision": ["Sortwerk Vision", "Sortwerk"],
    "Hammkötter": ["Hammkötter"],
    "Hellweg Kommunalbank": ["Hellweg Kommunalbank"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
         amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status, "required": required}
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


ARTICLES = {}


def article(name, published, note, language, deals, not_deals):
    ARTICLES[name] = {"published": published, "published_note": note, "language": language,
                      "deals": deals, "not_deals": not_deals}


# 001 -------------------------------------------------------------------------------------------
article(
    "001_remondis_sesekewerk_sesekebote.txt", "2024-03-13",
    "from the date line 'LÜNEN · Mittwoch, 13. März 2024'; 'am Montag' -> 2024-03-11",
    "de",
    [
        deal("remondis-sesekewerk-heat", ["Remondis", "Sesekewerk Rechenzentren"], "supply",
             2400000, "EUR", "approx", "2024-03-11", "signed",
             "Für die Abwärme zahlt der Entsorger dem Betreiber nach Angaben beider Seiten jährlich rund 2,4 Millionen Euro, zunächst für zwölf Jahre.",
             per="year", term=["2025", "2037"],
             note="per year; 'der Entsorger' = Remondis (its subsidiary Remondis Energy Services), 'dem Betreiber' = Sesekewerk, both named in the previous sentence with the signing 'am Montag'; twelve years from autumn 2025; 002 restates it, 020 mentions it without amount; different from the land sale of the same pair"),
        deal("remondis-sesekewerk-land", ["Sesekewerk Rechenzentren", "Remondis"], "acquisition",
             19000000, "EUR", "exact", "2024-01", "completed",
             "Den Boden für das Rechenzentrum – knapp sechs Hektar am nördlichen Rand des Lippewerks – erwarb das Unternehmen schon Anfang Januar von Remondis; der Kaufpreis lag bei 19 Millionen Euro.",
             kind_alt=["other"],
             note="'das Unternehmen' = Sesekewerk (previous sentence); land purchase, second deal of the pair"),
        deal("sesekewerk-luenen-phase1", ["Sesekewerk Rechenzentren"], "capex_plan",
             240000000, "EUR", "approx", "2024-03", "planned",
             "In den ersten Bauabschnitt mit zwei Hallen will Sesekewerk rund 240 Millionen Euro investieren, erklärte Geschäftsführerin Dörte Kallenbach.",
             kind_alt=["project"], note="construction plan of the first phase; only the spender"),
    ],
    ["3,8 Millionen Euro", "höchstens 1,5 Millionen Euro jährlich", "rund 312 Millionen Euro",
     "9,4 Cent je Kilowattstunde", "ab 89 Euro", "19,90 Euro"],
)

# 002 -------------------------------------------------------------------------------------------
article(
    "002_heat_loop_letter_april_en.txt", "2024-04-12",
    "from the issue line 'Issue 19 · Friday 12 April 2024'; 'on Tuesday' -> 2024-04-09; 'last month' -> 2024-03",
    "en",
    [
        deal("remondis-sesekewerk-heat", ["Remondis", "Sesekewerk Rechenzentren"], "supply",
             2400000, "EUR", "approx", "2024-03", "signed",
             "Remondis will pay Sesekewerk about €2.4m a year for water coming off the server cooling loop at roughly 45°C, which heat pumps then lift to dry sewage sludge.",
             per="year",
             note="same contract as 001, told with the month only ('signed a twelve-year heat contract with the waste group last month', previous sentence)"),
        deal("stockholmexergi-norrvik-heat", ["Stockholm Exergi", "Norrvik Datahall"], "supply",
             2300000, "SEK", "approx", "2024-04-09", "signed",
             "The utility will pay the operator about SEK 2.3 million a month during the heating season, according to Norrvik's chief technology officer, Elin Markström-Vade, who called the contract \"the difference between a good site and a great one\".",
             per="month",
             note="monthly rate; 'The utility' = Stockholm Exergi, 'the operator' = Norrvik Datahall (previous sentence, 'agreed on Tuesday'); different from the 2026 stake of the same pair (017)"),
        deal("stockholmexergi-network-capex", ["Stockholm Exergi"], "capex_plan",
             12000000000, "SEK", "approx", None, "planned",
             "Stockholm Exergi already recovers heat from dozens of data centres through its open district-heating scheme, and it has earmarked roughly SEK 12 billion for upgrades to its network through 2030.",
             required=False, term=[None, "2030"],
             note="group-wide network capex, background; optional"),
    ],
    ["€22 per MWh", "€6.1bn", "SEK 410 per MWh", "€240", "€19 a month"],
)

# 003 -------------------------------------------------------------------------------------------
article(
    "003_veolia_velinor_bowsprit_en.txt", "2024-06-12",
    "from the header 'June 12, 2024 · 07:05 CET'; dateline 'LYON, June 11'; 'said on Tuesday' -> 2024-06-11",
    "en",
    [
        deal("veolia-velinor-water", ["Veolia", "Velinor Data"], "supply",
             460000000, "USD", "approx", "2024-06-11", "signed",
             "LYON, June 11 (Bowsprit) - Veolia will supply treated wastewater for cooling to Velinor Data's planned computing campus at Saint-Priest under a 15-year contract worth about $460 million, the French water and waste group said on Tuesday.",
             term=["2026", "2041"], alt=[(425000000, "EUR")],
             note="Velinor pays Veolia; told in USD here, in EUR in 004 (month only) and 010, without amount in 018; different from Veolia's 2026 stake in Velinor (018)"),
        deal("velinor-saintpriest-campus", ["Velinor Data"], "capex_plan",
             1100000000, "EUR", "approx", "2024-06-11", "announced",
             "The campus is expected to cost some €1.1 billion over two phases, Velinor announced alongside the contract.",
             kind_alt=["project"], note="campus investment; only the spender"),
        deal("ferrandlacoste-velinor-loan", ["Banque Ferrand-Lacoste", "Velinor Data"], "other",
             210000000, "EUR", "exact", "2024-06", "signed",
             "To pay for the first building, Velinor has lined up a €210 million construction loan from Banque Ferrand-Lacoste, a regional lender based in the city, the company said.",
             kind_alt=["investment"], note="construction loan; no day given"),
    ],
    ["€700 million", "€45.4 billion", "$38 billion a year", "€29.80"],
)

# 004 -------------------------------------------------------------------------------------------
article(
    "004_veolia_pegelsinn_kursbrunnen.txt", "2024-07-04",
    "from the portal stamp '04.07.2024 | 08:12 Uhr'; 'am Mittwochabend' -> 2024-07-03; 'Im Juni' -> 2024-06",
    "de",
    [
        deal("veolia-pegelsinn", ["Veolia", "Pegelsinn"], "acquisition",
             90000000, "EUR", "approx", "2024-07-03", "signed",
             "Der Kaufpreis liegt bei knapp 90 Millionen Euro; die Transaktion soll bis September abgeschlossen sein, sofern das Bundeskartellamt zustimmt.",
             note="'knapp' -> approx; buyer ('der Konzern' = Veolia) and target in the previous sentence ('am Mittwochabend'); signed, closing pending"),
        deal("veolia-velinor-water", ["Veolia", "Velinor Data"], "supply",
             425000000, "EUR", "exact", "2024-06", "signed",
             "Im Juni hatte der Konzern mit dem Lyoner Betreiber Velinor Data einen 425-Millionen-Euro-Vertrag über die Lieferung von aufbereitetem Abwasser zur Kühlung geschlossen.",
             note="same contract as 003, in EUR with the month only; 'der Konzern' = Veolia; compound amount"),
    ],
    ["29,42 EUR", "31 Millionen Euro", "von 34 auf 36 Euro", "zwischen 6,7 und 6,9 Milliarden Euro",
     "1,25 Euro je Aktie", "rund 18 Milliarden Euro", "3,90 Euro pro Order", "135,80 USD"],
)

# 005 -------------------------------------------------------------------------------------------
article(
    "005_thames_kelvara_observer_en.html", "2024-09-19",
    "from <meta property='article:published_time'> and <time datetime='2024-09-19'> 'Thursday 19 September 2024'; 'on Tuesday' -> 2024-09-17",
    "en",
    [
        deal("thames-kelvara-water", ["Kelvara Data Centres", "Thames Water"], "supply",
             4600000, "GBP", "approx", "2024-09-17", "signed",
             "Kelvara Data Centres will pay Thames Water about £4.6 million a year for up to 2.1 million cubic metres of water under a 15-year deal signed on Tuesday, the developer confirmed.",
             per="year",
             note="per year over 15 years; different from the £38m mains funding of the same pair"),
        deal("thames-kelvara-mains", ["Kelvara Data Centres", "Thames Water"], "other",
             38000000, "GBP", "exact", "2024-09", "signed",
             "Separately, the data-centre developer has agreed to fund £38 million of mains reinforcement between Colnbrook and Langley, work that Thames Water says would otherwise have waited until the end of the decade.",
             kind_alt=["project"],
             note="'the data-centre developer' = Kelvara; one-off payment for network works, second deal of the pair; no day given"),
        deal("aquilon-kelvara-2024", ["Aquilon Infra Partners", "Kelvara Data Centres"], "investment",
             150000000, "GBP", "exact", "2024", "completed",
             "The London infrastructure fund put £150m into the company in the spring in exchange for a 38 per cent stake, according to filings at Companies House.",
             note="'The London infrastructure fund' = Aquilon, 'the company' = Kelvara (previous sentence); 'in the spring' -> year; different from Aquilon's 2026 takeover of the rest (019)"),
    ],
    ["£16.5 billion", "£98.4 million", "£142 million", "£412,000", "£3,995"],
)

# 006 -------------------------------------------------------------------------------------------
article(
    "006_bwb_spuerwerk_sielnetz.txt", "2024-10-18",
    "from the line 'Fr., 18.10.2024 · Software'; 'am Donnerstag' -> 2024-10-17",
    "de",
    [
        deal("bwb-spuerwerk-ai", ["Berliner Wasserbetriebe", "Spürwerk Kanaltechnik"], "supply",
             14000000, "EUR", "up_to", "2024-10-17", "signed",
             "Der Rahmenvertrag hat eine Laufzeit von vier Jahren und ein Volumen von bis zu 14 Millionen Euro.",
             kind_alt=["cloud_contract", "other"],
             note="AI sewer-video analysis framework contract; parties and 'am Donnerstag' in the previous sentence ('der landeseigene Versorger' = BWB)"),
        deal("havelkamp-spuerwerk-round", ["Havelkamp Ventures", "Spürwerk Kanaltechnik"], "investment",
             9500000, "EUR", "exact", "2024", "completed",
             "Im Sommer sammelte das Unternehmen in einer Finanzierungsrunde 9,5 Millionen Euro ein, angeführt vom Berliner Wagniskapitalgeber Havelkamp Ventures.",
             note="'das Unternehmen' = Spürwerk; lead investor; 'Im Sommer' -> year"),
        deal("bwb-capex-2030", ["Berliner Wasserbetriebe"], "capex_plan",
             4500000000, "EUR", "approx", None, "planned",
             "Bis 2030 wollen sie insgesamt rund 4,5 Milliarden Euro in Netze, Klärwerke und Pumpwerke stecken, unter anderem in die vierte Reinigungsstufe in Schönerlinde.",
             required=False, term=[None, "2030"],
             note="'sie' = die Wasserbetriebe; group-wide capex plan, optional"),
    ],
    ["zwischen 60 und 110 Euro je Kilometer", "1,69 Euro je Kubikmeter", "2,31 Euro je Kubikmeter",
     "bis zu 82.000 Euro", "Teilnahme 79 Euro"],
)

# 007 -------------------------------------------------------------------------------------------
article(
    "007_pub_lornie_kallang_en.txt", "2024-12-05",
    "from 'Posted: 5 Dec 2024 6:40 PM'; 'on Wednesday' -> 2024-12-04; 'last month' -> 2024-11",
    "en",
    [
        deal("pub-lornie-newater", ["Lornie Compute", "PUB"], "supply",
             140000000, "SGD", "exact", "2024-12-04", "signed",
             "Under the 10-year agreement, signed on Wednesday, the company will take NEWater worth a total of S$140,000,000 (about US$104 million) for cooling, according to a filing by its parent.",
             alt=[(104000000, "USD")],
             note="'the company' = Lornie; PUB named in the first paragraph; amount with English separators"),
        deal("bukitlintang-lornie-loan", ["Bukit Lintang Bank", "Lornie Compute"], "other",
             300000000, "SGD", "exact", "2024-11", "signed",
             "The operator also disclosed that it had signed a S$300 million green loan with Bukit Lintang Bank last month to fund the first two of four planned data halls.",
             kind_alt=["investment"], note="'The operator' = Lornie; 'last month' -> 2024-11"),
        deal("jtc-lornie-land", ["Lornie Compute", "JTC Corporation"], "acquisition",
             61000000, "SGD", "exact", "2023", "completed",
             "The Tuas land cost S$61 million when the sale was completed in 2023, the filing shows.",
             kind_alt=["other"], note="land purchase; buyer and seller in the previous sentence"),
    ],
    ["S$9 billion", "US$1.3 billion", "S$2.74 per cubic metre", "S$1.2 billion a year", "S$38 a month"],
)

# 008 -------------------------------------------------------------------------------------------
article(
    "008_gelsenwasser_ruhrsilo_emscherkurier.txt", "2025-01-22",
    "from the dateline without year 'Gelsenkirchen, 22. Januar (ek)' and the copyright line '© Emscher-Kurier 2025'; 'am Dienstag' -> 2025-01-21",
    "de",
    [
        deal("gelsenwasser-ruhrsilo-water", ["Gelsenwasser", "Ruhrsilo Datacenter"], "supply",
             27000000, "EUR", "approx", "2025-01-21", "signed",
             "Der Vertrag, den beide Seiten am Dienstag unterzeichnet haben, hat über zehn Jahre ein Volumen von knapp 27 Millionen Euro.",
             term=["2026", "2036"],
             note="total over ten years (not a rate); parties in the previous sentence; 'knapp' -> approx"),
        deal("gelsenwasser-netzauge-stake", ["Gelsenwasser", "Netzauge Analytics"], "investment",
             20000000, "EUR", "range", "2025", "rumored", amount_max=25000000,
             alt=[(24000000, "EUR")], kind_alt=["acquisition"],
             evidence="Im Gespräch sei ein Betrag zwischen 20 und 25 Millionen Euro, hieß es aus dem Umfeld der Verhandlungen.",
             note="rumour from insiders (previous sentence: 'Insidern zufolge verhandelt Gelsenwasser über eine Minderheitsbeteiligung'); signed at €24m in 011 (alt_amounts); only the year so that the shared id's dates agree"),
        deal("gelsenwasser-capex-2025", ["Gelsenwasser"], "capex_plan",
             130000000, "EUR", "approx", "2025", "planned",
             "Für das laufende Jahr plant Gelsenwasser Investitionen von rund 130 Millionen Euro, vor allem in Leitungen und Wasserwerke.",
             required=False, note="group-wide yearly capex, optional"),
    ],
    ["102 Millionen Euro", "6,2 Millionen Euro", "2,09 Euro je Kubikmeter", "ab 65 Euro pro Nacht"],
)

# 009 -------------------------------------------------------------------------------------------
article(
    "009_thames_kkr_sextant_en.txt", "2025-03-14",
    "from the header 'March 14, 2025 · 09:30 GMT'; dateline 'LONDON, March 13'; 'last month' -> 2025-02",
    "en",
    [
        deal("kkr-thames-equity", ["KKR", "Thames Water"], "investment",
             4000000000, "GBP", "approx", "2025-03", "rumored",
             "LONDON, March 13 (Sextant) - Private equity firm KKR is in advanced talks to inject roughly £4bn of fresh equity into Thames Water, Britain's largest water utility, three people close to the negotiations said on Thursday, in what would be the biggest rescue of a British utility in more than a decade.",
             alt=[(4700000000, "EUR")], kind_alt=["acquisition"],
             note="from sources; talks cancelled in 012 (EUR conversion there, alt_amounts); month of the talks as reported"),
        deal("londonvalley-thames-loan", ["London & Valley Water", "Thames Water"], "other",
             3000000000, "GBP", "up_to", "2025-02", "signed",
             "Under that arrangement, London & Valley Water, the vehicle set up by the creditor group, has agreed to lend Thames Water up to £3 billion in two tranches, enough to keep the company running into the middle of next year.",
             kind_alt=["investment"],
             note="creditor loan cleared by the High Court 'last month' (previous sentence) -> 2025-02"),
    ],
    ["£19 billion", "more than £100 million", "£588", "at least £20 billion"],
)

# 010 -------------------------------------------------------------------------------------------
article(
    "010_veolia_wts_oxbowlane_en.txt", "2025-03-19",
    "from the header 'Sector comment · … · Wednesday 19 March 2025'; 'on Monday' -> 2025-03-17; 'last June' -> 2024-06",
    "en",
    [
        deal("veolia-cdpq-wts", ["Veolia", "CDPQ"], "acquisition",
             1800000000, "USD", "exact", "2025-03-17", "signed",
             "Veolia agreed on Monday to pay CDPQ $1.8bn (roughly €1.65bn) for the 30% of Water Technologies and Solutions that the Québec pension investor still holds, taking full control of the unit it took over together with Suez in 2022.",
             alt=[(1650000000, "EUR")],
             note="purchase of CDPQ's 30% of WTS; completed per 015"),
        deal("veolia-velinor-water", ["Veolia", "Velinor Data"], "supply",
             425000000, "EUR", "exact", "2024-06", "signed",
             "The largest example remains the €425m cooling-water contract Veolia signed with Velinor Data last June, under which it supplies treated municipal wastewater to the Lyon operator's Saint-Priest campus for fifteen years.",
             note="restatement of the 2024 contract (003, 004)"),
    ],
    ["€36", "€90m of cost savings", "under €400m", "€6.9bn", "€6.85bn", "€18.3bn", "€1.40 per share",
     "about $90bn a year", "€30.05"],
)

# 011 -------------------------------------------------------------------------------------------
article(
    "011_gelsenwasser_netzauge_zechenfenster.html", "2025-04-10",
    "from <meta name='date'> and the byline 'Gelsenkirchen · 10.04.2025, 06:45 Uhr'; 'am Mittwoch' -> 2025-04-09",
    "de",
    [
        deal("gelsenwasser-netzauge-stake", ["Gelsenwasser", "Netzauge Analytics"], "investment",
             24000000, "EUR", "exact", "2025-04-09", "signed",
             "Gelsenwasser steigt bei Netzauge Analytics ein: Der Gelsenkirchener Versorger übernimmt 25,1 Prozent und zahlt dafür 24 Millionen Euro, wie die beiden Partner am Mittwoch bekanntgaben.",
             kind_alt=["acquisition"],
             note="signing of the rumour in 008; 25.1 % stake"),
        deal("gelsenwasser-netzauge-licence", ["Gelsenwasser", "Netzauge Analytics"], "supply",
             1200000, "EUR", "exact", "2025-04", "signed",
             "Dafür fließen jährlich 1.200.000 Euro nach Sachsen, zunächst für fünf Jahre; das Netz des Versorgers ist mit seinen Töchtern rund 12.000 Kilometer lang.",
             per="year", kind_alt=["cloud_contract", "other"],
             note="software licence, per year, German separators; Gelsenwasser named in the previous sentence, 'nach Sachsen' = to Netzauge in Dresden; must stay apart from the stake"),
    ],
    ["rund 96 Millionen Euro", "1,4 Millionen Euro", "9,99 Euro im Monat", "9.990 Euro"],
)

# 012 -------------------------------------------------------------------------------------------
article(
    "012_wasser_liveticker_tickerfluss.txt", "2025-06-05",
    "from the ticker header 'Donnerstag, 5. Juni 2025' (entries by time); 'heute Vormittag' -> 2025-06-05; KKR's talks 'seit März' -> 2025-03",
    "de",
    [
        deal("kkr-thames-equity", ["KKR", "Thames Water"], "investment",
             4000000000, "GBP", "approx", "2025-03", "cancelled",
             "Der US-Finanzinvestor KKR hat seine Gespräche über eine Kapitalspritze von rund 4 Milliarden Pfund (umgerechnet etwa 4,7 Milliarden Euro) für den angeschlagenen britischen Versorger Thames Water abgebrochen.",
             alt=[(4700000000, "EUR")], kind_alt=["acquisition"],
             note="talks broken off; keeps the date of the talks (009)"),
        deal("suez-carvallon-reuse", ["Suez", "Carvallon Data"], "supply",
             68000000, "EUR", "exact", "2025-06-05", "signed",
             "Den Auftragswert beziffert Suez auf 68 Millionen Euro, einschließlich des Betriebs für die ersten acht Jahre.",
             alt=[(79000000, "USD")], kind_alt=["project"],
             note="build-and-operate water-reuse plant; Carvallon and 'heute Vormittag' two sentences earlier; 013 gives ~$79m (alt_amounts)"),
        deal("bwb-spreehalle-stake-denied", ["Berliner Wasserbetriebe", "Spreehalle Data"], "acquisition",
             150000000, "EUR", "approx", "2025-06", "rumored",
             "Die Berliner Wasserbetriebe weisen einen Bericht des Branchendienstes „Kanalkante“ zurück, wonach sie für rund 150 Millionen Euro Anteile an dem Rechenzentrumsbetreiber Spreehalle Data übernehmen wollten.",
             required=False, kind_alt=["investment"],
             note="denied report, optional; different from the BWB/Spreehalle water contract (014)"),
    ],
    ["30,12 Euro", "64,80 Dollar je Fass", "1,1840 Euro", "ab 5.000 Euro"],
)

# 013 -------------------------------------------------------------------------------------------
article(
    "013_outfall_weekly_july_en.txt", "2025-07-11",
    "from the issue line 'Issue 74 — Friday 11 July 2025'; 'on Tuesday' -> 2025-07-08; 'last month' -> 2025-06",
    "en",
    [
        deal("thames-hydrosift-overflows", ["Thames Water", "Hydrosift"], "supply",
             12000000, "GBP", "exact", "2025-07-08", "signed",
             "The contract, signed on Tuesday, runs for three years and is worth twelve million pounds, according to Hydrosift.",
             kind_alt=["cloud_contract", "other"],
             note="amount in words; parties in the previous sentence"),
        deal("marlowe-hydrosift-seriesa", ["Marlowe Reach Capital", "Hydrosift"], "investment",
             18000000, "GBP", "exact", "2025-02", "completed",
             "It raised £18m in a Series A in February; Marlowe Reach Capital led the round, with two water-sector angels joining.",
             note="'It' = Hydrosift; lead investor"),
        deal("suez-carvallon-reuse", ["Suez", "Carvallon Data"], "supply",
             79000000, "USD", "approx", "2025-06", "signed",
             "More detail has emerged on the water-reuse plant Suez is building for the Marseille operator, a roughly $79 million job signed last month.",
             note="same contract as 012 (EUR, day), here in USD with the month"),
    ],
    ["€12m over four years", "£104 billion", "$5m–8m", "£135,000", "£295 plus VAT", "£95", "£9 a month"],
)

# 014 -------------------------------------------------------------------------------------------
article(
    "014_bwb_spreehalle_spreekurier.txt", "2025-09-16",
    "from the line 'Dienstag, 16. September 2025 · Unternehmen · Seite 11'; 'am Montag' -> 2025-09-15; 'im August' -> 2025-08",
    "de",
    [
        deal("bwb-spreehalle-water", ["Spreehalle Data", "Berliner Wasserbetriebe"], "supply",
             5500000, "EUR", "approx", "2025-09-15", "signed",
             "Dafür zahlt Spreehalle jährlich rund 5,5 Millionen Euro an den Landesbetrieb, über eine Laufzeit von 20 Jahren.",
             per="year", term=["2027", "2046"],
             note="per year; 'den Landesbetrieb' = BWB; signed 'am Montag' (previous paragraph); different from the denied stake report (012)"),
        deal("spreehalle-schoenefeld-capex", ["Spreehalle Data"], "capex_plan",
             1200000000, "EUR", "approx", "2025-09-15", "planned",
             "Bis Ende 2028 will Spreehalle für den Campus insgesamt rund 1,2 Milliarden Euro ausgeben, entstehen sollen drei Hallen mit zusammen 150 Megawatt; die Summe nannte Leuenberger-Tak am Montag.",
             term=[None, "2028"], kind_alt=["project"], note="campus investment; only the spender"),
        deal("ibb-spreehalle-loan", ["Investitionsbank Berlin", "Spreehalle Data"], "other",
             180000000, "EUR", "exact", "2025-08", "signed",
             "Finanziert wird der erste Bauabschnitt unter anderem mit einem Darlehen der Investitionsbank Berlin über 180 Millionen Euro, das die Förderbank im August zugesagt hat.",
             kind_alt=["investment"], note="loan promised 'im August'"),
    ],
    ["mindestens acht Millionen Euro im Jahr", "rund 96 Millionen Euro", "1,81 Euro je Kubikmeter",
     "Einzelpreis 3,40 Euro", "24,90 Euro im Monat"],
)

# 015 -------------------------------------------------------------------------------------------
article(
    "015_veolia_wts_gallica_en.html", "2025-10-23",
    "from <meta property='article:published_time'> and <time datetime='2025-10-23T16:45:00Z'>; 'on Tuesday' -> 2025-10-21; WTS deal 'agreed in March' -> 2025-03",
    "en",
    [
        deal("veolia-cdpq-wts", ["Veolia", "CDPQ"], "acquisition",
             1800000000, "USD", "exact", "2025-03", "completed",
             "Veolia Environnement shares gained 1.2% on Thursday after the French group said it had completed its $1.8 billion purchase of CDPQ's 30% holding in Water Technologies and Solutions, the deal it agreed in March.",
             note="completion of the deal agreed on 2025-03-17 (010); dated to the agreement"),
        deal("veolia-aldeira-desal", ["Veolia", "Aldeira Datacenters"], "supply",
             55000000, "EUR", "at_least", "2025-10-21", "signed",
             "In a separate release, the company said its Portuguese subsidiary had signed a contract worth more than €55 million to supply desalinated and demineralised water to Aldeira Datacenters' campus in Sines, on the Alentejo coast.",
             kind_alt=["project"],
             note="'the company' = Veolia; 'more than' -> at_least; 'signed on Tuesday' in the next sentence"),
    ],
    ["€31.42", "€23.1B", "€35.50", "€37", "up to €300 million", "about €1.6 billion",
     "roughly €44.7 billion", "$146.20"],
)

# 016 -------------------------------------------------------------------------------------------
article(
    "016_netzauge_interview_tiefbrunnen.txt", None,
    "no date anywhere in the article (only 'Lesezeit: 6 Minuten')",
    "de",
    [
        deal("wiesenau-netzauge-monitoring", ["Stadtwerke Wiesenau", "Netzauge Analytics"], "supply",
             1800000, "EUR", "exact", None, "signed",
             "Die Stadtwerke Wiesenau zum Beispiel zahlen uns für die Überwachung ihres Netzes 1,8 Millionen Euro über vier Jahre.",
             kind_alt=["cloud_contract"], note="'uns' = Netzauge; total over four years, undated interview"),
        deal("gelsenwasser-netzauge-stake", ["Gelsenwasser", "Netzauge Analytics"], "investment",
             None, None, None, None, "signed",
             "Seit Gelsenwasser bei Ihnen eingestiegen ist, haben Sie einen großen Versorger als Gesellschafter.",
             required=False, kind_alt=["acquisition"],
             note="amount-less background mention of the 2025 stake (008, 011); 'Ihnen' = Netzauge; optional"),
        deal("clearbrook-netzauge-offer", ["Clearbrook Water Tech", "Netzauge Analytics"], "acquisition",
             60000000, "USD", "approx", None, "cancelled",
             "Clearbrook Water Tech aus Denver bot im vergangenen Jahr rund sechzig Millionen Dollar, um uns ganz zu kaufen.",
             note="refused offer ('Wir haben nein gesagt'); amount in words; 'im vergangenen Jahr' in an undated interview -> null"),
    ],
    ["78.000 bis 96.000 Euro", "unter 400 Euro pro Stück", "12,50 Euro", "108 Euro"],
)

# 017 -------------------------------------------------------------------------------------------
article(
    "017_exergi_norrvik_malaren_en.txt", "2026-01-22",
    "from the dateline 'STOCKHOLM, 22 January 2026'; 'on Wednesday' -> 2026-01-21; 'in December' -> 2025-12",
    "en",
    [
        deal("stockholmexergi-norrvik-stake", ["Stockholm Exergi", "Norrvik Datahall"], "acquisition",
             640000000, "SEK", "exact", "2026-01-21", "signed",
             "Stockholm Exergi, the district-heating utility jointly owned by the City of Stockholm and Finnish investors, will buy 30 per cent of data-centre operator Norrvik Datahall for SEK 640 million (about €57 million), the two companies announced on Wednesday.",
             alt=[(57000000, "EUR")], kind_alt=["investment"],
             note="30 % stake; different from the 2024 heat contract of the same pair (002)"),
        deal("saltsjo-norrvik-loan", ["Saltsjö Bank", "Norrvik Datahall"], "other",
             1100000000, "SEK", "exact", "2025-12", "signed",
             "The operator separately confirmed that it had signed a SEK 1.1 billion green construction loan with Saltsjö Bank in December.",
             kind_alt=["investment"], note="'The operator' = Norrvik; 'in December' -> 2025-12"),
    ],
    ["SEK 2.1 billion", "SEK 380 million", "SEK 430 per MWh", "SEK 1,150 per apartment a year",
     "SEK 149 per month"],
)

# 018 -------------------------------------------------------------------------------------------
article(
    "018_veolia_velinor_kurswehr.txt", "2026-03-18",
    "from the header 'Mittwoch, 18.03.2026 · Handelsschluss Europa · 17:52 Uhr'; 'am Montag' -> 2026-03-16",
    "de",
    [
        deal("veolia-velinor-stake", ["Veolia", "Velinor Data"], "acquisition",
             310000000, "EUR", "exact", "2026-03-16", "signed",
             "Der Konzern übernimmt 20 Prozent an Velinor Data und zahlt dafür 310 Millionen Euro, wie die Franzosen am Montag nach Börsenschluss bekanntgaben.",
             kind_alt=["investment"],
             note="'Der Konzern' = Veolia; 20 % stake, must stay apart from the 2024 water contract"),
        deal("veolia-velinor-water", ["Veolia", "Velinor Data"], "supply",
             None, None, None, "2024", "signed",
             "Partner sind Veolia und Velinor bereits seit 2024: Damals erhielt Veolia den Auftrag für die Kühlwasserversorgung des Velinor-Campus in Saint-Priest bei Lyon.",
             required=False, note="amount-less background mention of the 2024 contract; optional"),
        deal("xylem-foerdeblick", ["Xylem", "Fördeblick"], "acquisition",
             None, None, None, "2026-03", "signed",
             "Der US-Wassertechnikkonzern Xylem übernimmt das Kieler Start-up Fördeblick, das Pumpwerke in Klärwerken mit Hilfe künstlicher Intelligenz steuert.",
             required=False, note="price undisclosed ('Einen Kaufpreis nannten die Unternehmen nicht'); optional"),
    ],
    ["31,06 Euro", "gut 1,5 Milliarden Euro", "Kursziel von 38 Euro", "141,30 Dollar", "25,42 Pfund",
     "rund 25 Milliarden Euro", "knapp 9 Milliarden Euro", "ETF-Sparpläne ab 25 Euro"],
)

# 019 -------------------------------------------------------------------------------------------
article(
    "019_kelvara_aquilon_hortonherald_en.txt", "2026-06-11",
    "from the date line 'Thursday, 11 June 2026'; 'on Monday' -> 2026-06-08; 'last month' -> 2026-05; 'last year' -> 2025",
    "en",
    [
        deal("aquilon-kelvara-takeover", ["Aquilon Infra Partners", "Kelvara Data Centres"], "acquisition",
             640000000, "GBP", "approx", "2026-06-08", "signed",
             "Aquilon Infra Partners has agreed to acquire the 62 per cent of Kelvara it does not already hold, in a transaction worth about £640 million, the two firms said on Monday.",
             note="second Aquilon–Kelvara deal (the first is the £150m stake of 2024, 005); the reader comment repeats the amount"),
        deal("datchet-kelvara-effluent", ["Kelvara Data Centres", "Datchet Reclaim"], "supply",
             3000000, "GBP", "range", "2026-05", "signed", amount_max=4000000, per="year",
             evidence="Kelvara will pay the firm between £3m and £4m a year, depending on volumes, under the agreement reached last month.",
             note="range per year; 'the firm' = Datchet Reclaim (previous sentence)"),
        deal("slough-kelvara-depot", ["Kelvara Data Centres", "Slough Borough Council"], "acquisition",
             20000000, "GBP", "approx", "2026", "negotiating",
             "To make room for the second campus, Kelvara is in talks with Slough Borough Council to buy a former council depot next to the Poyle site for around £20 million, a council spokesperson confirmed.",
             kind_alt=["other"], note="confirmed talks -> negotiating; no month given"),
        deal("ditton-kelvara-land", ["Kelvara Data Centres", "Ditton Estates"], "acquisition",
             27000000, "GBP", "exact", "2025", "cancelled",
             "At the same time, the company has abandoned an agreement struck last year to buy 14 acres of farmland near Horton from Ditton Estates for £27m.",
             kind_alt=["other"], note="'the company' = Kelvara; abandoned, keeps the year of the agreement"),
    ],
    ["£6.3m a year", "£9,950", "nearly £700 a year"],
)

# 020 -------------------------------------------------------------------------------------------
article(
    "020_remondis_sortwerk_hellweg.txt", "2026-10-16",
    "from the issue line 'Nr. 42 · Freitag, 16. Oktober 2026'; 'Im Juli' -> 2026-07; 'Drei Monate später' -> 2026-10; 'am Dienstag' -> 2026-10-13",
    "de",
    [
        deal("remondis-sortwerk", ["Remondis", "Sortwerk Vision"], "acquisition",
             73000000, "EUR", "exact", "2026-07", "completed",
             "Der Kaufpreis lag nach Angaben aus Unternehmenskreisen bei 73 Millionen Euro; offiziell bestätigt hat der Familienkonzern aus Lünen die Zahl nie.",
             note="price from company circles; buyer and target in the previous sentence ('Im Juli')"),
        deal("remondis-hammkoetter-sorting", ["Remondis", "Hammkötter"], "supply",
             41000000, "EUR", "at_least", "2026-10", "signed",
             "Das Volumen beträgt nach Angaben von Hammkötter mindestens 41 Millionen Euro, verteilt auf Standorte in Nordrhein-Westfalen, Niedersachsen und Sachsen-Anhalt.",
             note="'Drei Monate später' after July -> 2026-10; 'Der Entsorger' = Remondis in the previous sentence; 'mindestens' -> at_least"),
        deal("hellweg-sesekewerk-loan", ["Hellweg Kommunalbank", "Sesekewerk Rechenzentren"], "other",
             85000000, "EUR", "exact", "2026-10-13", "signed",
             "Sesekewerk wächst ebenfalls: Für den zweiten Bauabschnitt hat sich das Unternehmen am Dienstag ein Darlehen der Hellweg Kommunalbank über 85 Millionen Euro gesichert.",
             kind_alt=["investment"], note="'das Unternehmen' = Sesekewerk"),
        deal("remondis-sesekewerk-heat", ["Remondis", "Sesekewerk Rechenzentren"], "supply",
             None, None, None, "2024", "signed",
             "Trainiert werden die Modelle inzwischen nicht mehr in der Cloud, sondern im Rechenzentrum von Sesekewerk in Lünen – gleich neben dem Lippewerk, das seit 2024 die Abwärme dieser Rechner bezieht.",
             required=False, note="amount-less background mention of the 2024 heat contract (001, 002); optional"),
    ],
    ["4,20 Euro", "bis zu 780 Euro je Tonne", "rund 25 Milliarden Euro", "2,24 Euro je Kubikmeter",
     "3,1 Millionen Euro", "rund 60 Millionen Euro", "ab 18.900 Euro", "16,80 Euro im Monat", "11,90 Euro"],
)


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
