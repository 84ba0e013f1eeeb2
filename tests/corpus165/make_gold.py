#!/usr/bin/env python3
"""Write gold.json for tests/corpus165 (the hand annotation, kept as a script).

Edit the annotation here, then run: python3 tests/corpus165/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 165th held-out test corpus (tests/corpus165/articles/): packaging, "
    "paper and printing companies in the AI boom. Written for the tests and independent of the "
    "extractor; same format and rules as tests/corpus15/gold.json and shared/gold/seeds.json. One entry "
    "per article; a deal that several articles report carries the same id in each. 'parties' lists the "
    "paying side first (buyer, investor, lender, customer, offtaker), then the receiving side; capex "
    "plans list only the spender. 'required': false marks vague or background mentions that an "
    "extractor may report or not without penalty (amount-less restatements, group-wide capex plans, "
    "denied rumours, an earn-out, an old merger). 'not_deals' lists money figures that are NOT deals: "
    "reporting one of them as a deal is an error. Amounts are in full units and in the currency the "
    "article states; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | "
    "range; 'per' ('year', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision (for the two "
    "rumours that were later signed, the signed price; for a yearly rate, the stated total). 'date' is "
    "when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date line, dateline with the year "
    "from the copyright line, <meta>/<time>, issue line, portal stamp or ticker header, or null when the "
    "article has none); a cancelled deal keeps the date of the talks; 'term' is the period the deal "
    "covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Vitberg Datacenter, Sichtwerk Vision, "
    "Cartalis, Brackwater Capital, Ljusnedal Energi, Kuroishi Inkjet, Tannenfels Rechenzentren, "
    "Koskivirta Data, Wisłoka Wiatr, Bank Drwęcki, Druckgeist, Hsinlu Advanced Packaging, Tamsui Growth "
    "Partners, Papierfabrik Ottersbach, Alpenkarton, Bank Reusstal, Norrskär Pension, Lennewind, "
    "Pleißenfeld Ventures; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are loosely based on public reports or invented, "
    "with amounts and dates shifted. Nothing here is reporting."
)

ARTICLES = {}
ORDER = ("id", "parties", "kind", "amount", "amount_max", "currency", "qualifier", "date", "status",
         "required", "term", "per", "alt_amounts", "kind_alt", "note", "evidence")


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
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
    return {k: d[k] for k in ORDER if k in d}


def article(name, published, note, language, deals, not_deals):
    ARTICLES[name] = {"published": published, "published_note": note, "language": language,
                      "deals": deals, "not_deals": not_deals}


# 001 ------------------------------------------------------------------------------------------
article(
    "001_storaenso_vitberg_pulpledger_en.txt", "2024-03-12",
    "from the issue line 'Issue 9 · Tuesday 12 March 2024'; 'on Monday' -> 2024-03-11", "en",
    [
        deal("storaenso-vitberg-site", ["Vitberg Datacenter", "Stora Enso"], "acquisition",
             620000000, "SEK", "exact", "2024-03-11", "signed",
             "Vitberg Datacenter AB, a Stockholm company founded in 2021, is paying SEK 620 million, or roughly €55 million, for the 48-hectare site, the two companies announced on Monday.",
             alt=[(55000000, "EUR")],
             note="seller Stora Enso in the previous sentence ('has sold the land around its idle Hällbotten newsprint mill'); 005 restates it in EUR with the month only"),
        deal("google-storaenso-summa", ["Google", "Stora Enso"], "acquisition",
             40000000, "EUR", "approx", "2009", "completed",
             "Fifteen years ago, in 2009, Google paid Stora Enso about €40 million for the former Summa paper mill in Hamina on the Finnish coast and turned it into one of its biggest European data centres, still cooled with seawater drawn through the old mill's tunnels.",
             note="historical deal told as background, with amount and year"),
        deal("vitberg-hallbotten-capex", ["Vitberg Datacenter"], "capex_plan",
             4500000000, "SEK", "exact", "2024-03", "planned",
             "Vitberg intends to invest SEK 4.5 billion in a first phase of 60 megawatts of halls built for AI training clusters, which it hopes to hand over to tenants by late 2026.",
             term=[None, "2026"], kind_alt=["project"],
             note="company-specific first-phase budget (repeated in 'BY THE NUMBERS'); financing not yet raised"),
    ],
    ["€9.4 billion", "SEK 139.20", "SEK 25 million a year", "€38 billion", "€690 a tonne", "€455", "£240"])

# 002 ------------------------------------------------------------------------------------------
article(
    "002_sichtwerk_radebeul_elbtalmerkur.txt", "2024-05-23",
    "dateline without year 'Radebeul, 23. Mai (em)', year from the copyright line '© 2024 Elbtal-Merkur Mediengruppe' (a Thursday); 'am Mittwoch' -> 2024-05-22, 'am Montagabend' -> 2024-05-20",
    "de",
    [
        deal("kba-sichtwerk-stake-2024", ["Koenig & Bauer", "Sichtwerk Vision"], "investment",
             6000000, "EUR", "exact", "2024-05-22", "completed",
             "Sechs Millionen Euro für 19 Prozent: Der Würzburger Druckmaschinenhersteller Koenig & Bauer hat sich an der Radebeuler Sichtwerk Vision GmbH beteiligt, wie beide Unternehmen am Mittwoch bestätigten.",
             kind_alt=["acquisition"],
             note="amount in words, before the parties; minority stake of 19 %; different from the takeover of the remaining 81 % in 2025 (008, 011, 012)"),
        deal("radebeul-sichtwerk-land", ["Sichtwerk Vision", "Stadt Radebeul"], "acquisition",
             780000, "EUR", "exact", "2024-05-20", "announced",
             "Die Stadt erhält dafür 780.000 Euro, das sind gut 190 Euro je Quadratmeter.",
             kind_alt=["other"],
             note="council decision 'am Montagabend' and the buyer 'Sichtwerk' in the previous sentence; the notarial deed is still pending, so 'announced'"),
    ],
    ["gut 31 Millionen Euro", "1,2 Millionen Euro", "rund 2,5 Millionen Euro", "gut 190 Euro je Quadratmeter", "190 Euro pro Quadratmeter",
     "rund 3,8 Millionen Euro", "6,2 Millionen Euro", "je 120 Euro", "monatlich 24,90 Euro"])

# 003 ------------------------------------------------------------------------------------------
article(
    "003_cartalis_brackwater_cordwain_en.txt", "2024-09-18",
    "from the header 'September 18, 2024 07:05 BST'; dateline 'Sept 17'; 'on Tuesday' -> 2024-09-17", "en",
    [
        deal("brackwater-cartalis-seriesa", ["Brackwater Capital", "Cartalis"], "investment",
             15000000, "GBP", "exact", "2024-09-17", "completed",
             "Cartalis, a Manchester start-up whose software uses generative AI to design corrugated shipping boxes and folding cartons, has raised £15 million from investors led by Brackwater Capital in its Series A, it announced on Tuesday.",
             note="lead investor listed; North Irwell Ventures took part without an amount of its own; the £70m valuation is not a deal"),
        deal("smurfitwestrock-cartalis-licence", ["Smurfit Westrock", "Cartalis"], "other",
             2000000, "USD", "approx", "2024-06", "signed",
             "Smurfit Westrock pays about $2 million a year to use the Cartalis tools in its European design studios under a three-year licence signed in June, two people who know its terms said.",
             per="year", term=["2024-06", "2027"], kind_alt=["cloud_contract"],
             note="software licence as a yearly rate, from sources; signed 'in June'"),
        deal("smurfitkappa-westrock", ["Smurfit Kappa", "WestRock"], "acquisition",
             None, None, None, "2024-07", "completed",
             "Its largest customer is Smurfit Westrock, the Irish-American packaging group created in July when Smurfit Kappa completed its combination with WestRock.",
             required=False, kind_alt=["joint_venture"],
             note="background mention of the 2024 merger without an amount"),
    ],
    ["about £70 million", "about £4 million", "£400 million", "$1.9 billion", "$1.1 billion", "$5.2 billion", "$46.85"])

# 004 ------------------------------------------------------------------------------------------
article(
    "004_smurfitwestrock_aws_dockside_en.txt", "2024-10-23",
    "from the line 'Companies | Published 23/10/2024, 06:30 IST'; 'on Tuesday' -> 2024-10-22", "en",
    [
        deal("smurfitwestrock-aws-cloud", ["Smurfit Westrock", "Amazon"], "cloud_contract",
             310000000, "USD", "approx", "2024-10-22", "signed",
             "Smurfit Westrock has agreed to pay Amazon Web Services about $310 million across five years for running its production planning in the cloud and to train artificial-intelligence models on data from its mills, the packaging group said on Tuesday.",
             alt=[(285000000, "EUR")],
             note="006 restates it in EUR with the month only; 009 mentions it without an amount; different from the packaging supply of 2025 (009), where Amazon pays"),
        deal("smurfitwestrock-capex-2025", ["Smurfit Westrock"], "capex_plan",
             2400000000, "USD", "range", "2024-10", "planned",
             "For 2025, management has pencilled in capital spending of between $2.4 billion and $2.6 billion across the group, much of it for mill upgrades in the United States.",
             required=False, amount_max=2600000000, term=["2025", "2025"],
             note="group-wide capital spending plan, optional"),
    ],
    ["$7.7 billion", "around $1.2 billion", "$49.15", "$58", "$26.3 billion", "€15 a month"])

# 005 ------------------------------------------------------------------------------------------
article(
    "005_storaenso_ljusnedal_faserstoff.html", "2024-11-14",
    "from <meta property='article:published_time' content='2024-11-14T08:10:00+01:00'> and the visible <time> '14. November 2024, 08:10 Uhr'; 'am Dienstag' -> 2024-11-12",
    "de",
    [
        deal("storaenso-ljusnedal-ppa", ["Stora Enso", "Ljusnedal Energi"], "supply",
             80000000, "SEK", "approx", "2024-11-12", "signed",
             "Geliefert wird ab Januar 2025 bis Ende 2034; nach Angaben von Ljusnedal ist der Vertrag jährlich rund 80 Millionen Kronen wert, umgerechnet knapp sieben Millionen Euro.",
             per="year", term=["2025-01", "2034"], alt=[(7000000, "EUR")],
             note="hydropower supply for the Skoghall mill; parties and 'am Dienstag' in the two previous sentences; EUR conversion 'knapp sieben Millionen' (amount in words)"),
        deal("ljusnedal-vitberg-talks", ["Vitberg Datacenter", "Ljusnedal Energi"], "supply",
             1200000000, "SEK", "up_to", "2024-11", "negotiating",
             "Im Gespräch sei ein Zehnjahresvertrag über bis zu 1,2 Milliarden Kronen; unterschrieben sei noch nichts, sagte ein Ljusnedal-Sprecher.",
             note="talks confirmed by the supplier ('Der Versorger verhandelt nach eigenen Angaben mit Vitberg Datacenter', previous sentence)"),
        deal("storaenso-vitberg-site", ["Vitberg Datacenter", "Stora Enso"], "acquisition",
             55000000, "EUR", "approx", "2024-03", "signed",
             "Das Grundstück in Hällbotten hatte Vitberg im März für rund 55 Millionen Euro von Stora Enso gekauft.",
             note="the site sale of 001, restated in EUR with the month only"),
    ],
    ["38 Euro je Megawattstunde", "rund 2,3 Milliarden Euro", "4,2 Milliarden Kronen", "390 Euro"])

# 006 ------------------------------------------------------------------------------------------
article(
    "006_wochenrueckblick_kartonundkurs.txt", "2024-11-22",
    "from the issue line 'Ausgabe 47/2024 · Freitag, 22. November 2024'; 'am Montag' -> 2024-11-18, 'am Mittwoch' -> 2024-11-20",
    "de",
    [
        deal("smurfitwestrock-aws-cloud", ["Smurfit Westrock", "Amazon"], "cloud_contract",
             285000000, "EUR", "approx", "2024-10", "signed",
             "Der irisch-amerikanische Verpackungskonzern hat im Oktober einen Fünfjahresvertrag mit der Amazon-Tochter AWS unterschrieben: Für rund 285 Millionen Euro wandern Produktionsplanung und Auftragssteuerung von mehr als 500 Wellpappenwerken in die Cloud.",
             note="the contract of 004 in EUR, month only; 'Der irisch-amerikanische Verpackungskonzern' = Smurfit Westrock (item heading)"),
        deal("mondi-schumacher", ["Mondi", "Schumacher Packaging"], "acquisition",
             634000000, "EUR", "exact", "2024-08", "signed",
             "Der Konzern hatte den Kauf im August für 634 Millionen Euro vereinbart; zum Paket gehören Werke in Deutschland, den Benelux-Staaten und Großbritannien.",
             note="'Der Konzern' = Mondi; the parties and the cartel office clearance 'am Montag' in the previous sentence; date = the agreement in August"),
        deal("kba-kuroishi-2024", ["Koenig & Bauer", "Kuroishi Inkjet"], "supply",
             3900000000, "JPY", "exact", "2024-11-18", "signed",
             "Die Würzburger haben am Montag beim japanischen Spezialisten Kuroishi Inkjet Druckköpfe für 3,9 Milliarden Yen bestellt, umgerechnet knapp 24 Millionen Euro.",
             alt=[(24000000, "EUR")],
             note="'Die Würzburger' = Koenig & Bauer (item heading); first order of the pair, different from the 2.6bn-yen order of May 2025 (011)"),
        deal("mondi-upm-elsterau-denied", ["Mondi", "UPM"], "acquisition",
             300000000, "EUR", "approx", "2024-11", "rumored",
             "Mondi hat einen Bericht des Branchendienstes Zellstoff-Depesche zurückgewiesen, wonach der Konzern für rund 300 Millionen Euro das UPM-Papierwerk in Elsterau übernehmen wolle.",
             required=False, note="denied rumour, optional"),
    ],
    ["462 Euro je Tonne", "700 Euro", "7,7 Milliarden Dollar", "2,8 Milliarden Dollar", "780.000 Euro im Jahr",
     "590 Euro", "180 Euro", "120 Euro"])

# 007 ------------------------------------------------------------------------------------------
article(
    "007_heidelberg_tannenfels_kurpfalzkompass.txt", "2025-02-13",
    "from the date line 'Wiesloch · Donnerstag, 13. Februar 2025'; 'am Mittwoch' -> 2025-02-12", "de",
    [
        deal("heidelberg-tannenfels-cabinets", ["Tannenfels Rechenzentren", "Heidelberger Druckmaschinen"], "supply",
             60000000, "EUR", "approx", "2025-02-12", "signed",
             "Der Frankfurter Rechenzentrumsbetreiber Tannenfels Rechenzentren hat der Heidelberger Druckmaschinen AG einen Auftrag über rund 60 Millionen Euro erteilt.",
             term=["2025", "2028"], alt=[(62000000, "USD")],
             note="announced 'am Mittwoch' (next sentence); three-year delivery from the autumn; also as '60-Millionen-Euro-Auftrag' in the subheading; 009 (USD, month), 012 (no amount) and 019 (no date) restate it; different from the hall lease (019)"),
        deal("tannenfels-capex-2028", ["Tannenfels Rechenzentren"], "capex_plan",
             450000000, "EUR", "approx", "2025-02", "planned",
             "Bis Ende 2028 will Tannenfels rund 450 Millionen Euro in drei weitere Standorte in den Regionen Rhein-Main und Rhein-Neckar stecken.",
             term=[None, "2028"],
             note="three sites by the end of 2028; different from the fifth-site plan in 019"),
        deal("heidelberg-canon", ["Heidelberger Druckmaschinen", "Canon"], "partnership",
             None, None, None, "2024", "signed",
             "Erst im vergangenen Jahr hatte Heidelberg eine Vertriebspartnerschaft mit Canon für Digitaldruck geschlossen.",
             required=False, note="amount-less background partnership, optional"),
    ],
    ["25 Millionen Euro", "rund 2,4 Milliarden Euro", "1,14 Euro", "31 Millionen Euro", "59 Euro"])

# 008 ------------------------------------------------------------------------------------------
article(
    "008_kba_sichtwerk_depotdrossel.txt", "2025-03-04",
    "from the portal stamp '04.03.2025 · 07:52 Uhr'", "de",
    [
        deal("kba-sichtwerk-takeover", ["Koenig & Bauer", "Sichtwerk Vision"], "acquisition",
             40000000, "EUR", "approx", "2025", "rumored",
             "Für die übrigen Anteile stehen rund 40 Millionen Euro im Raum, sagten zwei Personen, die die Verhandlungen kennen, am Montagabend.",
             alt=[(45000000, "EUR"), (52000000, "USD")],
             note="rumour from two insiders (previous sentence: 'verhandelt Insidern zufolge über die vollständige Übernahme'); company declined comment. Signed on 2025-06-16 for €45m (011; $52m in 012), kept as alt_amounts; the year keeps the shared id's dates consistent. The existing minority holding ('bereits eine Minderheitsbeteiligung') is a state, not a retold deal"),
        deal("kba-microsoft-azure", ["Koenig & Bauer", "Microsoft"], "cloud_contract",
             18000000, "EUR", "approx", "2025-01", "signed",
             "Im Januar hatte der Konzern einen Fünfjahresvertrag über rund 18 Millionen Euro mit Microsoft geschlossen, um seine Service-Plattform für vernetzte Druckmaschinen auf Azure zu betreiben.",
             note="'der Konzern' = Koenig & Bauer"),
    ],
    ["rund 1,27 Milliarden Euro", "zwischen 40 und 60 Millionen Euro", "18 Euro", "13,86 €", "16,40 €", "11,62 €",
     "rund 229 Mio. €", "13,40 Euro", "14,50 Euro", "12,80 Euro", "1 Euro je Trade", "50 Euro Bonus"])

# 009 ------------------------------------------------------------------------------------------
article(
    "009_european_movers_quoteharbor_en.txt", "2025-03-20",
    "from the portal stamp 'Mar 20, 2025 · 4:41 PM ET'; 'on Wednesday' -> 2025-03-19; 'last month' -> 2025-02", "en",
    [
        deal("heidelberg-tannenfels-cabinets", ["Tannenfels Rechenzentren", "Heidelberger Druckmaschinen"], "supply",
             62000000, "USD", "approx", "2025-02", "signed",
             "The line will serve Tannenfels Rechenzentren, a Frankfurt data-centre operator that placed an order worth about $62 million with the company last month.",
             note="the order of 007 in USD, month only; 'the company' = Heidelberger Druckmaschinen ('The German group', previous sentence)"),
        deal("smurfitwestrock-amazon-packaging", ["Amazon", "Smurfit Westrock"], "supply",
             120000000, "USD", "up_to", "2025-03-19", "signed",
             "The filing, made on Wednesday, values the three-year contract at up to $120 million.",
             note="parties in the previous sentence ('The packaging group will supply Amazon'); second deal of the pair, different from the 2024 cloud contract where Smurfit Westrock pays"),
        deal("smurfitwestrock-aws-cloud", ["Smurfit Westrock", "Amazon"], "cloud_contract",
             None, None, None, "2024-10", "signed",
             "It is separate from the five-year cloud deal the two companies signed in October, under which Smurfit Westrock is the paying side.",
             required=False, note="amount-less restatement of 004, optional"),
    ],
    ["548.2 points", "€1.31", "€1.60", "€1.25", "€150 million", "$51.20", "1,190p", "1,350p", "1,420p", "€14.10",
     "€9.86", "€25.60", "$1,520 a tonne", "SEK 112.65", "$58.40"])

# 010 ------------------------------------------------------------------------------------------
article(
    "010_upm_koskivirta_paijannepost_en.txt", "2025-04-10",
    "from the line 'Thursday 10.4.2025 | 09:14'; 'on Wednesday' -> 2025-04-09", "en",
    [
        deal("koskivirta-upm-kaipola-site", ["Koskivirta Data", "UPM"], "acquisition",
             28000000, "EUR", "exact", "2025-04-09", "completed",
             "Helsinki-based Koskivirta Data Oy said on Wednesday that it had bought 35 hectares of the former UPM site, including the mill's main substation and water intake, for €28 million.",
             kind_alt=["other"],
             note="land purchase; different from the power contract of the same pair and from the denied stake (015)"),
        deal("upm-koskivirta-power", ["Koskivirta Data", "UPM"], "supply",
             14000000, "EUR", "approx", "2025-04-09", "signed",
             "The company will pay UPM about €14 million a year, with part of the price linked to the output of the nuclear and hydro plants in which the forest group holds shares.",
             per="year", term=["2026", "2037"], alt=[(170000000, "EUR")],
             note="'The company' = Koskivirta; twelve years from 2026, signed 'the same day' (previous sentence); the newspaper's estimate of roughly €170m for the whole term is kept as alt_amounts; 018 restates the rate"),
        deal("koskivirta-kaipola-capex", ["Koskivirta Data"], "capex_plan",
             700000000, "EUR", "approx", "2025-04", "planned",
             "Koskivirta plans to invest around €700 million in the first two phases of the campus, with 120 megawatts of capacity ready by 2028.",
             term=[None, "2028"], kind_alt=["project"]),
    ],
    ["€45 million", "around €3 million", "€10.3 billion", "€42 per megawatt-hour", "€89 a night"])

# 011 ------------------------------------------------------------------------------------------
article(
    "011_kba_sichtwerk_mainfrankenecho.txt", "2025-06-17",
    "from the dateline 'Würzburg, 17. Juni 2025.'; 'am Montag' -> 2025-06-16; 'Ende Mai' -> 2025-05", "de",
    [
        deal("kba-sichtwerk-takeover", ["Koenig & Bauer", "Sichtwerk Vision"], "acquisition",
             45000000, "EUR", "exact", "2025-06-16", "signed",
             "Unterschrieben wurde der Vertrag am Montag in Würzburg, der Kaufpreis beträgt 45 Millionen Euro.",
             note="signing of the takeover rumoured in 008 (remaining 81 %, parties in the previous sentence); closing expected in the third quarter"),
        deal("kba-sichtwerk-earnout", ["Koenig & Bauer", "Sichtwerk Vision"], "other",
             8000000, "EUR", "up_to", "2025-06-16", "signed",
             "Hinzu kommen erfolgsabhängige Zahlungen von bis zu acht Millionen Euro, falls Sichtwerk bis Ende 2027 vereinbarte Umsatzziele erreicht.",
             required=False, kind_alt=["acquisition"],
             note="earn-out on top of the purchase price (amount in words), optional"),
        deal("kba-kuroishi-2025", ["Koenig & Bauer", "Kuroishi Inkjet"], "supply",
             2600000000, "JPY", "exact", "2025-05", "signed",
             "Der Auftrag hat einen Wert von 2,6 Milliarden Yen, rund 16 Millionen Euro.",
             alt=[(16000000, "EUR")],
             note="parties and 'Ende Mai' in the previous sentence; second order of the pair, different from the 3.9bn-yen order of 2024 (006)"),
    ],
    ["rund 3,1 Millionen Euro", "14,92 Euro", "Rund 1,3 Milliarden Euro", "54 Euro", "69 Euro"])

# 012 ------------------------------------------------------------------------------------------
article(
    "012_pressmakers_pembertonvail_en.txt", "2025-07-08",
    "from the note header 'European Capital Goods · Sector note' / '8 July 2025'; 'In June' -> 2025-06, 'in May' -> 2025-05",
    "en",
    [
        deal("kba-sichtwerk-takeover", ["Koenig & Bauer", "Sichtwerk Vision"], "acquisition",
             52000000, "USD", "approx", "2025-06", "signed",
             "In June, Koenig & Bauer signed an agreement to buy the 81% of Sichtwerk Vision it did not already own, for about $52 million.",
             note="the takeover of 011 in USD, month only"),
        deal("heidelberg-tannenfels-cabinets", ["Tannenfels Rechenzentren", "Heidelberger Druckmaschinen"], "supply",
             None, None, None, None, "signed",
             "Heidelberg's contract to build coolant distribution units for Frankfurt operator Tannenfels Rechenzentren has moved from press release to production: the first units leave Wiesloch in the autumn.",
             required=False, note="amount-less restatement of 007, optional"),
        deal("heidelberg-druckgeist-stake", ["Heidelberger Druckmaschinen", "Druckgeist"], "investment",
             12000000, "EUR", "exact", "2025-05", "completed",
             "Heidelberg also moved on software: in May it bought a 25% stake in Druckgeist, a Leipzig start-up whose AI plans print jobs across a print shop's machines, for €12 million (about $14 million).",
             alt=[(14000000, "USD")], kind_alt=["acquisition"],
             note="25 % stake; different from the takeover of the remaining 75 % in 2026 (020)"),
    ],
    ["€19", "€16", "€1.70", "€0.80 per share", "€120 million", "$4.6 billion", "€1.31bn", "€52m", "€1.12",
     "€2.29bn", "€0.06", "€15.40", "€1.52"])

# 013 ------------------------------------------------------------------------------------------
article(
    "013_mondi_wisloka_wartareview_en.html", "2025-09-24",
    "from <meta name='parsely-pub-date' content='2025-09-24T07:30:00+02:00'> and the visible byline 'Wed 24 Sep 2025 · 07:30'; 'on Tuesday' -> 2025-09-23",
    "en",
    [
        deal("mondi-wisloka-ppa", ["Mondi", "Wisłoka Wiatr"], "supply",
             1100000000, "PLN", "approx", "2025-09-23", "signed",
             "Over its life the contract is worth about PLN 1.1 billion (roughly €260 million), Wisłoka said, making it one of the largest corporate PPAs signed in Poland this year.",
             term=["2027-01", "2041"], alt=[(260000000, "EUR")],
             note="15-year PPA for the Świecie mill, announced 'on Tuesday' (previous sentence); deliveries from January 2027"),
        deal("drwecki-wisloka-loan", ["Bank Drwęcki", "Wisłoka Wiatr"], "other",
             640000000, "PLN", "exact", "2025-09", "signed",
             "To pay for the turbines, the developer has arranged a PLN 640 million construction loan from Bank Drwęcki, a lender based in Toruń, according to documents seen by the Review.",
             kind_alt=["investment"], note="'the developer' = Wisłoka Wiatr; construction loan"),
        deal("mondi-microsoft-talks", ["Mondi", "Microsoft"], "cloud_contract",
             80000000, "EUR", "range", "2025-09", "negotiating",
             "A person close to the talks put the value at between €80 million and €100 million over five years.",
             amount_max=100000000,
             note="talks confirmed by Mondi (previous sentence), value from a source"),
    ],
    ["PLN 480 per MWh", "PLN 4 billion", "€521 million", "1,204p", "PLN 95 per m² a month"])

# 014 ------------------------------------------------------------------------------------------
article(
    "014_hsinlu_storaenso_keelungpost_en.txt", "2025-10-15",
    "from the stamp '2025/10/15 18:03 (Taipei time)'; 'on Tuesday' -> 2025-10-14", "en",
    [
        deal("hsinlu-storaenso-trays", ["Hsinlu Advanced Packaging", "Stora Enso"], "supply",
             850000000, "TWD", "exact", "2025-10-14", "signed",
             "Hsinlu Advanced Packaging, which assembles and tests AI accelerator chips for fabless customers, will buy moulded-fibre transport trays from the Finnish-Swedish group Stora Enso under a three-year contract worth NT$850 million (about US$28 million), Hsinlu disclosed in a Taipei Exchange filing on Tuesday.",
             alt=[(28000000, "USD")]),
        deal("hsinlu-chiayi-capex", ["Hsinlu Advanced Packaging"], "capex_plan",
             6000000000, "TWD", "at_least", "2025-10-14", "planned",
             "The board also approved capital spending of more than NT$6 billion on a new chip-on-wafer-on-substrate line in Chiayi, due to start production in 2027.",
             kind_alt=["project"], note="'The board' = Hsinlu's, approved at the same meeting"),
        deal("tamsui-hsinlu-investment", ["Tamsui Growth Partners", "Hsinlu Advanced Packaging"], "investment",
             1200000000, "TWD", "exact", "2025-10-14", "signed",
             "To fund part of it, Tamsui Growth Partners, a Taipei venture fund, will subscribe to new Hsinlu shares worth NT$1.2 billion, lifting its stake to 9.8 percent."),
    ],
    ["NT$38 a piece", "NT$1.47 billion", "NT$312.50", "NT$3 billion", "US$10.8 billion", "NT$14,800"])

# 015 ------------------------------------------------------------------------------------------
article(
    "015_papierunddruck_liveticker.txt", "2025-11-12",
    "from the ticker header 'Der Branchen-Börsenticker · Mittwoch, 12. November 2025' (entries by time); 'heute' -> 2025-11-12",
    "de",
    [
        deal("smurfitwestrock-ottersbach-talks", ["Smurfit Westrock", "Papierfabrik Ottersbach"], "acquisition",
             150000000, "EUR", "approx", "2025", "cancelled",
             "Der Verpackungskonzern hatte dem Sauerländer Familienunternehmen nach Angaben aus Verhandlungskreisen rund 150 Millionen Euro geboten.",
             note="failed takeover talks ('Die Übernahmegespräche sind geplatzt'); parties in the entry heading; talks 'seit dem Sommer' -> 2025"),
        deal("smurfitwestrock-kba-corrujet", ["Smurfit Westrock", "Koenig & Bauer"], "supply",
             30000000, "USD", "approx", "2025-11-12", "signed",
             "Der Auftragswert liegt bei rund 30 Millionen Dollar, teilte das Unternehmen heute mit.",
             note="'das Unternehmen' = Koenig & Bauer; parties in the previous sentence (three CorruJET presses)"),
        deal("upm-koskivirta-stake-denied", ["UPM", "Koskivirta Data"], "investment",
             200000000, "EUR", "up_to", "2025-11", "rumored",
             "Einen Bericht der finnischen Wirtschaftspresse, wonach UPM bis zu 200 Millionen Euro in den Rechenzentrumsentwickler Koskivirta Data investieren wolle, nannte ein Sprecher „frei erfunden“.",
             required=False,
             note="denied rumour, optional; different from the land sale and power contract of the same pair (010)"),
    ],
    ["16.912 Punkten", "587 Millionen Euro", "rund 2,35 Milliarden Euro", "1,73 Euro", "600 Millionen Euro",
     "11,50 Euro", "129 Euro"])

# 016 ------------------------------------------------------------------------------------------
article(
    "016_boxboard_weekly_en.txt", "2026-01-16",
    "from the issue line 'No. 88 — Friday 16 January 2026'; 'on Wednesday' -> 2026-01-14", "en",
    [
        deal("alpenkarton-cartalis", ["Alpenkarton", "Cartalis"], "acquisition",
             80000000, "GBP", "approx", "2026", "rumored",
             "Swiss folding-carton maker Alpenkarton is in advanced talks to buy Cartalis, the Manchester start-up whose generative-AI software designs boxes, for around £80 million, three insiders told Boxboard Weekly.",
             alt=[(86000000, "CHF"), (92000000, "EUR")],
             note="rumour from insiders, no comment from the companies; signed on 2026-03-02 for CHF 86m / about €92m (017), kept as alt_amounts; the year keeps the shared id's dates consistent"),
        deal("tannenfels-ottersbach-land", ["Tannenfels Rechenzentren", "Papierfabrik Ottersbach"], "acquisition",
             19000000, "EUR", "exact", "2026-01-14", "completed",
             "The family-owned mill said on Wednesday that Frankfurt operator Tannenfels Rechenzentren had bought 12 hectares of unused land next to its paper machines for €19 million to build a 40 MW data centre.",
             kind_alt=["other"],
             note="'The family-owned mill' = Papierfabrik Ottersbach (previous sentence); different from the heat contract of the same pair"),
        deal("ottersbach-tannenfels-heat", ["Papierfabrik Ottersbach", "Tannenfels Rechenzentren"], "supply",
             1100000, "EUR", "approx", "2026-01-14", "signed",
             "Under a separate 15-year agreement, the mill will buy the data centre's waste heat to dry paper, paying about €1.1 million a year from 2028.",
             per="year", term=["2028", "2042"],
             note="'the mill' = Ottersbach, 'the data centre' = Tannenfels' (previous sentence)"),
    ],
    ["€60-a-tonne", "€145 a tonne", "£2.3bn", "€8.5m", "CHF 690", "£19 a month"])

# 017 ------------------------------------------------------------------------------------------
article(
    "017_alpenkarton_cartalis_limmathandelsblatt.txt", "2026-03-03",
    "from the line 'Unternehmen · Dienstag, 3.3.2026'; 'vom Montag' / 'am Montag' -> 2026-03-02", "de",
    [
        deal("alpenkarton-cartalis", ["Alpenkarton", "Cartalis"], "acquisition",
             86000000, "CHF", "exact", "2026-03-02", "signed",
             "Für sämtliche Anteile zahlt Alpenkarton 86 Millionen Franken, umgerechnet rund 92 Millionen Euro, so die Mitteilung des Konzerns vom Montag.",
             alt=[(92000000, "EUR")],
             note="signing of the takeover rumoured in 016 ('Die Gerüchte gab es seit Januar')"),
        deal("reusstal-alpenkarton-loan", ["Bank Reusstal", "Alpenkarton"], "other",
             60000000, "CHF", "exact", "2026-03", "signed",
             "Zur Finanzierung hat Alpenkarton bei der Bank Reusstal einen Kredit über 60 Millionen Franken aufgenommen, den Rest bestreitet der Konzern aus der eigenen Kasse.",
             kind_alt=["investment"], note="acquisition loan"),
        deal("alpenkarton-aarau-capex", ["Alpenkarton"], "capex_plan",
             35000000, "CHF", "approx", "2026-03", "planned",
             "Zudem will der Konzern in den kommenden zwei Jahren rund 35 Millionen Franken in ein neues Entwicklungszentrum in Aarau investieren, in dem Verpackungsdesign, Prüflabor und KI-Team unter einem Dach arbeiten sollen.",
             kind_alt=["project"], note="'der Konzern' = Alpenkarton"),
    ],
    ["rund 9 Millionen Pfund", "412 Millionen Franken", "rund 640 Millionen Franken", "58,40 Franken",
     "1,80 Franken je Aktie", "250.000 Franken"])

# 018 ------------------------------------------------------------------------------------------
article(
    "018_forest_stocks_fibredesk_en.html", "2026-05-21",
    "from <meta name='date' content='2026-05-21'> and the visible <time> '21.05.2026' ('Markets wrap · … · after the close'), a Thursday",
    "en",
    [
        deal("upm-koskivirta-power", ["Koskivirta Data", "UPM"], "supply",
             14000000, "EUR", "approx", "2025-04", "signed",
             "Koskivirta buys its electricity from UPM under a twelve-year contract signed in April 2025, worth about €14 million a year to the forest group.",
             per="year", note="the power contract of 010, month only"),
        deal("norrskar-vitberg-stake", ["Norrskär Pension", "Vitberg Datacenter"], "investment",
             2800000000, "SEK", "exact", "2026-05", "signed",
             "Vitberg Datacenter, which is building an AI campus on Stora Enso's former Hällbotten mill site, said Norrskär Pension had agreed to invest SEK 2.8 billion for a 40% stake, money that will fund the first 60 MW.",
             kind_alt=["acquisition"],
             note="announced on the day of the wrap; no signing day given, so the month; the relative clause about the site is not a retold deal"),
        deal("upm-capex-2026", ["UPM"], "capex_plan",
             1100000000, "EUR", "approx", "2026", "planned",
             "UPM also repeated its guidance for group capital spending of about €1.1 billion in 2026.",
             required=False, note="group-wide capex guidance, optional"),
    ],
    ["€27.14", "SEK 118.30", "1,086p", "$47.90", "€17.05", "€1.88", "$1,480 a tonne", "$1,480/t", "€100,000"])

# 019 ------------------------------------------------------------------------------------------
article(
    "019_interview_tannenfels_rechenzentrumraum.txt", None,
    "the interview has no date at all (only '8 Min. Lesezeit'); dates only where the text gives a year", "de",
    [
        deal("heidelberg-tannenfels-cabinets", ["Tannenfels Rechenzentren", "Heidelberger Druckmaschinen"], "supply",
             60000000, "EUR", "approx", None, "signed",
             "Wir haben dort Einheiten für rund 60 Millionen Euro bestellt, verteilt über drei Jahre.",
             note="'Wir' = Tannenfels, 'dort' = Heidelberger Druckmaschinen (previous sentence); the order of 007, undated here"),
        deal("tannenfels-heidelberg-hall-lease", ["Tannenfels Rechenzentren", "Heidelberger Druckmaschinen"], "other",
             175000, "EUR", "approx", None, "signed",
             "Dafür zahlen wir monatlich rund 175.000 Euro, der Vertrag läuft zehn Jahre fest.",
             per="month", kind_alt=["supply"],
             note="lease of part of Halle 11 in Wiesloch ('Wir mieten von Heidelberg', previous sentence); second deal of the pair, different from the cabinets order"),
        deal("brackwater-tannenfels-offer", ["Brackwater Capital", "Tannenfels Rechenzentren"], "acquisition",
             160000000, "EUR", "approx", "2025", "cancelled",
             "Brackwater Capital hat uns 2025 angeboten, für 51 Prozent rund 160 Millionen Euro zu zahlen.",
             note="refused offer ('Wir haben abgelehnt', next sentence); 'uns' = Tannenfels"),
        deal("tannenfels-fifth-site-capex", ["Tannenfels Rechenzentren"], "capex_plan",
             300000000, "EUR", "range", None, "planned",
             "Für den fünften Standort planen wir zwischen 300 und 350 Millionen Euro.",
             amount_max=350000000, kind_alt=["project"],
             note="different from the €450m plan for three sites in 007"),
    ],
    ["11 bis 13 Millionen Euro je Megawatt", "72.000 Euro Jahresgehalt", "14,80 Euro", "128 Euro"])

# 020 ------------------------------------------------------------------------------------------
article(
    "020_heidelberg_druckgeist_auwaldkurier.txt", "2026-11-06",
    "from the line 'Wirtschaft · Freitag, 6. November 2026 · Nr. 45'; 'am Mittwoch' -> 2026-11-04; 'vergangene Woche' -> 2026-10; 'im Frühjahr 2024' + 'Drei Monate später' -> 2024",
    "de",
    [
        deal("heidelberg-druckgeist-takeover", ["Heidelberger Druckmaschinen", "Druckgeist"], "acquisition",
             38000000, "EUR", "approx", "2026-11-04", "signed",
             "Für die verbleibenden 75 Prozent der Anteile zahlt der Konzern rund 38 Millionen Euro, wie Druckgeist-Mitgründerin Ronja Tiedemann-Sarközi am Mittwoch bestätigte.",
             note="'der Konzern' = Heidelberger Druckmaschinen; cartel office approval pending; the earlier 25 % holding ('bereits seit dem vergangenen Jahr mit einem Viertel beteiligt') is a state, not a retold deal"),
        deal("pleissenfeld-druckgeist-seed", ["Pleißenfeld Ventures", "Druckgeist"], "investment",
             3500000, "EUR", "exact", "2024", "completed",
             "Drei Monate später sammelten sie 3,5 Millionen Euro ein, angeführt vom Leipziger Frühphasenfonds Pleißenfeld Ventures.",
             note="'sie' = the founders of Druckgeist; three months after the founding in spring 2024"),
        deal("lennewind-ottersbach-ppa", ["Papierfabrik Ottersbach", "Lennewind"], "supply",
             3400000, "EUR", "approx", "2026-10", "signed",
             "Ottersbach zahlt dafür jährlich rund 3,4 Millionen Euro; der Strom kommt ab 2027 aus sechs Anlagen bei Schmallenberg.",
             per="year", term=["2027", "2038"],
             note="twelve-year wind power supply signed 'vergangene Woche' (previous sentence)"),
    ],
    ["4,6 Millionen Euro", "800.000 Euro", "gut 50 Millionen Euro", "2,3 Milliarden Euro", "18 Millionen Euro Gewinn",
     "35 Euro", "39,50 Euro", "89 Euro"])

ALIASES = {
    "Stora Enso": ["Stora Enso", "Stora-Enso", "Stora Enso Oyj"],
    "Vitberg Datacenter": ["Vitberg Datacenter AB", "Vitberg Datacenter", "Vitberg"],
    "Google": ["Google"],
    "Koenig & Bauer": ["Koenig & Bauer", "Koenig & Bauer AG", "Koenig and Bauer"],
    "Sichtwerk Vision": ["Sichtwerk Vision GmbH", "Sichtwerk Vision", "Sichtwerk"],
    "Stadt Radebeul": ["Stadt Radebeul", "Radebeul"],
    "Brackwater Capital": ["Brackwater Capital", "Brackwater"],
    "Cartalis": ["Cartalis"],
    "Smurfit Westrock": ["Smurfit Westrock", "Smurfit WestRock", "Smurfit Westrock plc"],
    "Smurfit Kappa": ["Smurfit Kappa"],
    "WestRock": ["WestRock"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Ljusnedal Energi": ["Ljusnedal Energi", "Ljusnedal"],
    "Mondi": ["Mondi", "Mondi plc"],
    "Schumacher Packaging": ["Schumacher Packaging"],
    "Kuroishi Inkjet": ["Kuroishi Inkjet", "Kuroishi"],
    "UPM": ["UPM", "UPM-Kymmene", "UPM Energy"],
    "Heidelberger Druckmaschinen": ["Heidelberger Druckmaschinen", "Heidelberger Druckmaschinen AG",
                                    "Heidelberger Druck", "Heidelberg"],
    "Tannenfels Rechenzentren": ["Tannenfels Rechenzentren", "Tannenfels"],
    "Canon": ["Canon"],
    "Microsoft": ["Microsoft", "Azure"],
    "Koskivirta Data": ["Koskivirta Data Oy", "Koskivirta Data", "Koskivirta"],
    "Wisłoka Wiatr": ["Wisłoka Wiatr", "Wisloka Wiatr", "Wisłoka"],
    "Bank Drwęcki": ["Bank Drwęcki"],
    "Druckgeist": ["Druckgeist"],
    "Hsinlu Advanced Packaging": ["Hsinlu Advanced Packaging", "Hsinlu"],
    "Tamsui Growth Partners": ["Tamsui Growth Partners"],
    "Papierfabrik Ottersbach": ["Papierfabrik Ottersbach", "Ottersbach"],
    "Alpenkarton": ["Alpenkarton", "Alpenkarton AG"],
    "Bank Reusstal": ["Bank Reusstal"],
    "Norrskär Pension": ["Norrskär Pension", "Norrskär"],
    "Lennewind": ["Lennewind"],
    "Pleißenfeld Ventures": ["Pleißenfeld Ventures", "Pleissenfeld Ventures"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote {out.name}: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
