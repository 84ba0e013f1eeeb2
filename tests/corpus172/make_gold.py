#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus172/articles/.

Usage: python3 tests/corpus172/make_gold.py
The annotation lives in this script (edit here, then run it); the format and rules are those of
tests/corpus15/gold.json and ../shared/gold/seeds.json. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 172nd, held-out test corpus (tests/corpus172/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: breweries and beverages (brewers, soft-drink and spirits "
    "makers, bottlers, their acquisitions, plants and digital/AI contracts). One entry per article; a deal "
    "that several articles report carries the same id in each. 'required': false marks vague or background "
    "mentions that an extractor may report or not without penalty. 'not_deals' lists money figures that are "
    "NOT deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks "
    "a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) states it in "
    "another currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, "
    "YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date marker, dateline, <meta>/<time>, issue line or byline, or null when the article has "
    "none); quarters, half-years and seasons become the year; a cancelled deal keeps the date of the original "
    "talks or offer; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur "
    "in the visible text (check_corpus_gold.visible_text). Canonical names carry no legal forms. Invented "
    "companies: Hopfenkamm, Kaltquell, Maischwerk AI, Isarfeld Ventures, Kegsight, Kestrow Capital, "
    "Glenmarrach, Clydemont Bank, Hoshizora Labs, Tsurumi Growth Partners, Routemoss, Ostwall Partners, "
    "Quellhain, Niddatal Solarstrom, Kahlenhöh, Hönnetal Kreditbank, Ruhrquell, Wenlow Equity, Hollowpress, "
    "Castellore Capital, Maremonte, Embotelladora Sierra Clara, Fjellkilde, Konkan Bridge Capital, Sahyadri "
    "Cloudworks, Saalequell, Aarwinkel, Mosterei Thurbach, Sihlhallen, Wiesentfonds, Regnitzbau, Zur "
    "Wiesentmühle, Malzfabrik Steigerwald, Frankenwald Kreditbank; invented publications, research houses, "
    "people and advertisers are listed in invented_names.txt; the deals of real companies are loosely based "
    "on public reports with amounts, dates and details shifted, or invented. Nothing here is reporting."
)

ALIASES = {
    "Hopfenkamm": ["Brauerei Hopfenkamm", "Hopfenkamm-Brauerei"],
    "Kaltquell": ["Kaltquell Rechenzentren"],
    "Krones": ["Krones AG"],
    "Coca-Cola": ["The Coca-Cola Company", "Coca-Cola Co"],
    "Microsoft": ["Microsofts", "Microsoft Corp", "Azure"],
    "Kegsight": ["Kegsight Analytics"],
    "Kestrow Capital": ["Kestrow"],
    "Glenmarrach": ["Glenmarrach Distillers"],
    "Maischwerk AI": ["Maischwerk"],
    "Isarfeld Ventures": ["Isarfeld"],
    "Kirin": ["Kirin Holdings", "Kirin Beverage"],
    "Fancl": ["Fancl Corp"],
    "Hoshizora Labs": ["Hoshizora"],
    "Tsurumi Growth Partners": ["Tsurumi"],
    "Carlsberg": ["Carlsberg Group", "Carlsberg A/S"],
    "Britvic": ["Britvic plc"],
    "Marston's": ["Marstons", "Marston's plc"],
    "Coca-Cola HBC": ["CCHBC", "Coca-Cola Hellenic"],
    "Coca-Cola Beverages Africa": ["CCBA"],
    "Routemoss": [],
    "Clydemont Bank": ["Clydemont"],
    "Ostwall Partners": ["Ostwall"],
    "Quellhain": ["Quellhain Mineralbrunnen", "Mineralbrunnen Quellhain"],
    "Niddatal Solarstrom": ["Niddatal"],
    "PepsiCo": ["PepsiCo Inc"],
    "Poppi": [],
    "Celsius": ["Celsius Holdings"],
    "Alani Nu": [],
    "Kahlenhöh": ["Brauerei Kahlenhöh"],
    "SAP": ["SAP SE"],
    "Hönnetal Kreditbank": [],
    "Ruhrquell": ["Ruhrquell Getränke"],
    "Wenlow Equity": ["Wenlow"],
    "Hollowpress": ["Hollowpress Cider"],
    "Castellore Capital": ["Castellore"],
    "Maremonte": ["Maremonte Bevande"],
    "Embotelladora Sierra Clara": ["Sierra Clara"],
    "Fjellkilde": [],
    "Tilaknagar": ["Tilaknagar Industries"],
    "Pernod Ricard": ["Pernod Ricard India", "Pernod"],
    "Konkan Bridge Capital": ["Konkan Bridge"],
    "Sahyadri Cloudworks": ["Sahyadri"],
    "Keurig Dr Pepper": ["KDP"],
    "JDE Peet's": ["JDE Peets"],
    "Ghost": ["Ghost Lifestyle"],
    "Apollo": ["Apollo Global Management"],
    "KKR": [],
    "Heineken": ["Heinekens", "Heineken N.V."],
    "FIFCO": ["Florida Ice and Farm Company"],
    "Distell": [],
    "Saalequell": ["Saalequell Brunnen"],
    "Aarwinkel": ["Aarwinkel Getränke"],
    "Mosterei Thurbach": ["Thurbach"],
    "Sihlhallen": [],
    "Wiesentfonds": [],
    "Regnitzbau": [],
    "Zur Wiesentmühle": ["Gasthausbrauerei Zur Wiesentmühle"],
    "Malzfabrik Steigerwald": [],
    "Frankenwald Kreditbank": [],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, per=None, alt=None, kind_alt=None, term=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if term:
        d["term"] = term
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


A = {}

# 001 ----------------------------------------------------------------------------------------
A["001_hopfenkamm_maelzerei_regnitzkurier.txt"] = {
    "published": "2024-03-14",
    "published_note": "dateline without year 'Forchheim, 14. März (rk)', year from '© 2024 Regnitz-Kurier Verlag'; 'am Dienstag' -> 2024-03-12",
    "language": "de",
    "deals": [
        deal("hopfenkamm-kaltquell-land", ["Kaltquell", "Hopfenkamm"], "acquisition", 40_000_000, "EUR", "range",
             "2024", "negotiating",
             "Nach Informationen unserer Zeitung liegt das Angebot der Hessen zwischen 40 und 45 Millionen Euro, noch feilsche man aber um Altlasten und die Zufahrt.",
             amount_max=45_000_000, alt=[(42_500_000, "EUR")], kind_alt=["other"],
             note="talks confirmed by both sides, price range from the paper's sources; parties ('die Hessen' = Kaltquell) in the previous sentences; sold for €42.5m in 003 (alt_amounts); the year keeps the shared id's dates consistent with the signing on 2024-06-12"),
        deal("krones-hopfenkamm-bottling-line", ["Hopfenkamm", "Krones"], "supply", 18_000_000, "EUR", "approx",
             "2024-03-12", "signed",
             "Die Anlage aus Neutraubling kostet knapp 18 Millionen Euro und soll ab Frühjahr 2025 bis zu 36.000 Flaschen pro Stunde füllen – doppelt so viele wie die alte Linie aus den Neunzigern.",
             note="'knapp' -> approx; order and parties ('Am Dienstag unterschrieb Hopfenkamm bei Krones den Auftrag') in the previous sentence"),
    ],
    "not_deals": ["rund 1,5 Millionen Euro", "3,8 Millionen Euro", "bis zu 750.000 Euro", "27,4 Millionen Euro",
                  "17,49 Euro", "89 Euro", "59 Euro pro Person", "11,20 Euro"],
}

# 002 ----------------------------------------------------------------------------------------
A["002_spigot_sheet_april_en.txt"] = {
    "published": "2024-04-25",
    "published_note": "from the issue line 'Issue 44 — Thursday, 25 April 2024'; 'on Tuesday' -> 2024-04-23",
    "language": "en",
    "deals": [
        deal("cocacola-microsoft-cloud-2024", ["Coca-Cola", "Microsoft"], "cloud_contract", 1_100_000_000, "USD", "exact",
             "2024-04-23", "signed",
             "The Coca-Cola Company on Tuesday put a number on its AI ambitions: a five-year, $1.1 billion commitment to Microsoft's cloud and generative-AI services.",
             alt=[(1_000_000_000, "EUR")], kind_alt=["partnership"],
             note="010 restates it as 'rund eine Milliarde Euro' (alt_amounts); different from the up-to-$500m agent deal under negotiation in 016"),
        deal("kestrow-kegsight-seriesb", ["Kestrow Capital", "Kegsight"], "investment", 45_000_000, "USD", "exact",
             "2024-04", "completed",
             "Kegsight Analytics, the Austin start-up whose models tell brewers and bottlers how many cases to make next week, has pocketed $45 million from a Series B round.",
             note="lead investor in the next sentence ('Kestrow Capital led the round'); valuation $310m is not a deal"),
        deal("kegsight-glenmarrach-forecasting-2024", ["Glenmarrach", "Kegsight"], "cloud_contract", 20_000_000, "GBP", "approx",
             "2024", "rumored",
             "Two people briefed on the talks put the value at around twenty million pounds.",
             alt=[(20_400_000, "GBP"), (25_900_000, "USD")], kind_alt=["supply"],
             note="rumour, amount in words; parties in the previous sentence; signed at £20.4m ($25.9m) on 2024-11-18 (007), so the year keeps the shared id's dates consistent; different from the 2026 follow-on contract in 019"),
    ],
    "not_deals": ["$45.8 billion", "$310 million", "$95 million", "$1.9bn", "$640m", "$0.31", "$349", "$1,450",
                  "$19 a month"],
}

# 003 ----------------------------------------------------------------------------------------
A["003_hopfenkamm_kaltquell_sudkesselbrief.txt"] = {
    "published": "2024-06-14",
    "published_note": "from the issue line 'Jahrgang 11 · Nr. 24 · Freitag, 14. Juni 2024'; 'am Mittwoch' -> 2024-06-12",
    "language": "de",
    "deals": [
        deal("hopfenkamm-kaltquell-land", ["Kaltquell", "Hopfenkamm"], "acquisition", 42_500_000, "EUR", "exact",
             "2024-06-12", "signed",
             "Für 42,5 Millionen Euro geht das frühere Mälzereigelände der Brauerei Hopfenkamm in Forchheim an den Frankfurter Rechenzentrumsentwickler Kaltquell.",
             kind_alt=["other"],
             note="signed at the notary 'am Mittwoch' (next sentence); the 'Spanne bis 45 Millionen Euro' is the earlier rumour of 001"),
        deal("kaltquell-forchheim-campus", ["Kaltquell"], "capex_plan", 300_000_000, "EUR", "approx",
             "2024-06", "planned",
             "Kaltquell will auf dem sechs Hektar großen Areal in einem ersten Bauabschnitt rund 300 Millionen Euro investieren.",
             kind_alt=["project"],
             note="site-specific plan, so required; operation from 'Ende 2026', full build-out 'bis Ende 2028'"),
        deal("kaltquell-hopfenkamm-heat", ["Hopfenkamm", "Kaltquell"], "supply", 850_000, "EUR", "approx",
             "2024-06", "signed",
             "Dafür zahlen die Franken jährlich rund 850.000 Euro, der Wärmeliefervertrag läuft 15 Jahre.",
             per="year", term=["2026", None],
             note="'die Franken' = Hopfenkamm; waste-heat supply from Kaltquell's halls, 'ab 2026', 15 years; second deal of the same pair, apart from the land sale; month only because the text does not say it was signed with the land sale on Wednesday"),
        deal("isarfeld-maischwerk-seed", ["Isarfeld Ventures", "Maischwerk AI"], "investment", 6_500_000, "EUR", "exact",
             "2024-06", "completed",
             "Das Münchner Start-up Maischwerk AI, dessen Software Temperatur und Hefeführung in Gärtanks per KI regelt, hat in einer Seed-Runde 6,5 Millionen Euro erhalten.",
             note="lead investor in the next sentence; valuation 'gut 30 Millionen Euro' is not a deal"),
    ],
    "not_deals": ["rund 1,4 Millionen Euro", "gut 30 Millionen Euro", "zwischen 1.200 und 4.800 Euro im Monat",
                  "262 Euro je Tonne", "289 Euro", "545 Euro je Tonne", "89 Euro plus Mehrwertsteuer",
                  "Jahresabonnement 348 Euro", "Einzelausgabe 9 Euro"],
}

# 004 ----------------------------------------------------------------------------------------
A["004_kirin_fancl_kantoledger_en.txt"] = {
    "published": "2024-06-15",
    "published_note": "from the stamp 'Published: 2024.06.15 10:20 JST'; 'on Friday' -> 2024-06-14",
    "language": "en",
    "deals": [
        deal("kirin-fancl-tender-2024", ["Kirin", "Fancl"], "acquisition", 222_000_000_000, "JPY", "approx",
             "2024-06-14", "announced",
             "The brewer behind Ichiban Shibori said on Friday it will launch a tender offer for the shares of supplement and skincare maker Fancl still outside its control, valuing that roughly two-thirds stake at about ¥222 billion ($1.41 billion).",
             alt=[(1_410_000_000, "USD")],
             note="'The brewer' = Kirin Holdings (previous sentence); tender offer announced, not yet completed; offer price per share is not a deal"),
        deal("kirin-fancl-stake-2019", ["Kirin", "Fancl"], "acquisition", 130_000_000_000, "JPY", "approx",
             "2019", "completed",
             "Kirin first bought into Fancl in 2019, paying roughly ¥130 billion for a third of the company from its founder's family.",
             kind_alt=["investment"],
             note="earlier deal of the same pair, apart from the 2024 tender offer"),
        deal("kirin-hoshizora-forecasting", ["Kirin", "Hoshizora Labs"], "cloud_contract", 3_800_000_000, "JPY", "exact",
             "2024-06", "signed",
             "Earlier this month Kirin Beverage signed a five-year contract worth ¥3.8 billion with Hoshizora Labs, a Tokyo start-up that builds demand-forecasting models, to plan production and restocking for roughly 170,000 vending machines and supermarket orders.",
             kind_alt=["supply"],
             note="'Kirin Beverage' is Kirin's drinks unit; different from the 2025 funding round of Hoshizora in 016"),
    ],
    "not_deals": ["¥2,690 per share", "¥2,702", "¥2,198", "¥69.8 billion", "¥110.7 billion", "¥2,400 target",
                  "¥521 billion", "¥71 a share", "¥1,980 monthly"],
}

# 005 ----------------------------------------------------------------------------------------
A["005_carlsberg_britvic_capstanline_en.txt"] = {
    "published": "2024-07-08",
    "published_note": "from 'July 8, 2024 · 18:05 BST' and the dateline 'LONDON/COPENHAGEN, July 8'; 'on Monday' -> 2024-07-08",
    "language": "en",
    "deals": [
        deal("carlsberg-britvic", ["Carlsberg", "Britvic"], "acquisition", 3_300_000_000, "GBP", "approx",
             "2024-07-08", "signed",
             "Carlsberg has agreed to buy British soft-drinks maker Britvic for about £3.3 billion, the companies said on Monday, after the Danish brewer raised its offer twice in as many weeks.",
             alt=[(3_900_000_000, "EUR"), (29_000_000_000, "DKK")],
             note="EUR and DKK equivalents in the next sentence; completed in January 2025 (008); two rejected June proposals carry no amount"),
        deal("carlsberg-marstons-cmbc", ["Carlsberg", "Marston's"], "acquisition", 206_000_000, "GBP", "exact",
             "2024-07-08", "signed",
             "On the same day, Carlsberg said it would take full control of its British beer business by acquiring Marston's 40% stake in Carlsberg Marston's Brewing Company for £206 million.",
             kind_alt=["investment"],
             note="'On the same day' -> the Monday of the Britvic deal; a different deal from the Britvic takeover"),
    ],
    "not_deals": ["1,315 pence per share", "£100 million", "1,290 pence", "822 crowns", "115 billion crowns",
                  "£1.8 billion", "73.6 billion crowns"],
}

# 006 ----------------------------------------------------------------------------------------
A["006_cchbc_ccba_bottlerbeat_en.html"] = {
    "published": "2024-10-11",
    "published_note": "from <meta property='article:published_time'> and <time datetime='2024-10-11T16:40'>; 'on Friday' -> 2024-10-11, 'on Wednesday' -> 2024-10-09",
    "language": "en",
    "deals": [
        deal("cchbc-ccba-75pct", ["Coca-Cola HBC", "Coca-Cola Beverages Africa", "Coca-Cola"], "acquisition",
             2_600_000_000, "USD", "exact", "2024-10-11", "signed",
             "Coca-Cola HBC, the Swiss-headquartered bottler that serves 29 markets from Ireland to Nigeria, agreed on Friday to acquire a 75% stake in Coca-Cola Beverages Africa for $2.6 billion (€2.4 billion).",
             alt=[(2_400_000_000, "EUR")],
             note="sellers The Coca-Cola Company (40%) and an unnamed family holding (35%) in the next sentence"),
        deal("cchbc-ccba-option", ["Coca-Cola HBC", "Coca-Cola"], "other", None, None, None,
             "2024-10-11", "signed",
             "Under the agreement, Coca-Cola HBC holds an option to buy that remaining holding within six years of completion; no price for it has been disclosed.",
             required=False, kind_alt=["acquisition"],
             note="option on Coca-Cola's remaining 25% without a price; optional"),
        deal("cchbc-routemoss-routing", ["Coca-Cola HBC", "Routemoss"], "cloud_contract", 48_000_000, "EUR", "exact",
             "2024-10-09", "signed",
             "Routemoss, a Lisbon-based software company, will roll out AI-based route and load planning for about 9,000 delivery vehicles across Coca-Cola HBC's markets under a five-year agreement worth €48 million.",
             kind_alt=["supply"],
             note="'signed on Wednesday' in the previous sentence"),
    ],
    "not_deals": ["$3.4 billion", "$520 million", "€30 million a year", "3,100 pence", "2,762 pence",
                  "€10.2 billion", "$1,290 per filler", "£240 a year"],
}

# 007 ----------------------------------------------------------------------------------------
A["007_glenmarrach_kegsight_strathearnherald_en.txt"] = {
    "published": "2024-11-20",
    "published_note": "from the date line 'Wednesday 20 November 2024'; 'on Monday' -> 2024-11-18",
    "language": "en",
    "deals": [
        deal("kegsight-glenmarrach-forecasting-2024", ["Glenmarrach", "Kegsight"], "cloud_contract", 20_400_000, "GBP", "exact",
             "2024-11-18", "signed",
             "Speyside whisky maker Glenmarrach Distillers has signed a £20.4 million deal with Texan software firm Kegsight Analytics, putting artificial intelligence in charge of deciding how much spirit to lay down for sale in ten, twelve and eighteen years' time.",
             alt=[(25_900_000, "USD")], kind_alt=["supply"],
             note="signing of the rumour in 002; 'signed on Monday' and the $25.9m conversion in the next paragraph"),
        deal("glenmarrach-fifth-distillery", ["Glenmarrach"], "capex_plan", 38_000_000, "GBP", "approx",
             "2024-11", "planned",
             "The company expects to spend about £38 million on the site, which is due to produce its first spirit in 2027 and will be heated by a biomass boiler fed with local forestry waste.",
             kind_alt=["project"],
             note="'The company' = Glenmarrach (previous sentence); site-specific, so required"),
        deal("clydemont-glenmarrach-loan", ["Clydemont Bank", "Glenmarrach"], "other", 25_000_000, "GBP", "exact",
             "2024-11", "signed",
             "To pay for it, Glenmarrach has agreed a £25 million term loan with Clydemont Bank, repayable over seven years.",
             kind_alt=["investment"],
             note="loan"),
    ],
    "not_deals": ["£1.4 million", "£34,000 a year", "£112 million", "£31.64 per litre", "£9.67", "£46"],
}

# 008 ----------------------------------------------------------------------------------------
A["008_carlsberg_britvic_kurszapfen.txt"] = {
    "published": "2025-01-17",
    "published_note": "from the stamp 'Fr., 17.01.2025 | 07:58 Uhr'; 'im Juli' -> 2024-07 (agreement), 'am Donnerstag' (completion) -> 2025-01-16",
    "language": "de",
    "deals": [
        deal("carlsberg-britvic", ["Carlsberg", "Britvic"], "acquisition", 3_900_000_000, "EUR", "approx",
             "2024-07", "completed",
             "Das Geschäft, auf das sich beide Seiten im Juli geeinigt hatten, hat ein Volumen von rund 3,9 Milliarden Euro und sei am Donnerstag vollzogen worden, teilte der dänische Brauereikonzern mit.",
             note="same deal as 005 in EUR with only the month of the agreement; completed on Thursday 2025-01-16; parties in the previous sentence"),
        deal("ostwall-carlsberg-france-juice", ["Ostwall Partners", "Carlsberg"], "acquisition", 150_000_000, "EUR", "approx",
             "2025-01", "rumored",
             "Als Interessent gilt der Münchner Finanzinvestor Ostwall Partners, der für die Sparte rund 150 Millionen Euro bieten könnte.",
             note="Britvic's French juice business, which Carlsberg is said to consider selling ('Nach Informationen aus Finanzkreisen'); neither side commented"),
    ],
    "not_deals": ["rund 120 Millionen Euro pro Jahr", "1.050 Kronen", "27 Kronen je Aktie", "812,40 Kronen",
                  "gut 110 Milliarden Kronen", "knapp 15 Milliarden Euro", "68,12 EUR", "48,90 EUR",
                  "rund 75 Milliarden Kronen", "11,3 Milliarden Kronen", "75 Euro Startbonus", "500 Euro"],
}

# 009 ----------------------------------------------------------------------------------------
A["009_quellhain_ostwall_vogelsbergerbote.txt"] = {
    "published": "2025-02-19",
    "published_note": "from the date line 'Schotten · Mittwoch, 19.2.2025'; 'am Montag' -> 2025-02-17; 'vergangene Woche' -> 2025-02",
    "language": "de",
    "deals": [
        deal("ostwall-quellhain-70pct", ["Ostwall Partners", "Quellhain"], "acquisition", 60_000_000, "EUR", "approx",
             "2025-02-17", "signed",
             "Nach Informationen unserer Zeitung zahlt Ostwall knapp 60 Millionen Euro; offiziell wurde über den Preis Stillschweigen vereinbart.",
             kind_alt=["investment"],
             note="'knapp' -> approx; 70 % stake and signing 'am Montag' in the previous sentences; enterprise value of about €85m is not a deal"),
        deal("quellhain-glass-line", ["Quellhain"], "capex_plan", 12_000_000, "EUR", "approx",
             "2025-02", "planned",
             "Rund 12 Millionen Euro sollen bis 2026 in eine Mehrweg-Glaslinie und ein Hochregallager fließen.",
             kind_alt=["project"],
             note="site-specific plan of the bottler, so required; state aid of up to €2m is not a deal"),
        deal("niddatal-quellhain-ppa", ["Quellhain", "Niddatal Solarstrom"], "supply", 1_100_000, "EUR", "approx",
             "2025-02", "signed",
             "Für den Strom zahlt der Mineralbrunnen jährlich rund 1,1 Millionen Euro; der Vertrag läuft zwölf Jahre ab Januar 2026.",
             per="year", term=["2026-01", "2037-12"],
             note="'der Mineralbrunnen' = Quellhain; contract concluded 'vergangene Woche' (previous paragraph)"),
        deal("quellhain-failed-sale", ["Quellhain"], "acquisition", None, None, None,
             "2024", "cancelled",
             "Ein Jahr zuvor war ein Verkauf an einen großen Getränkekonzern gescheitert, weil sich die Familie nicht auf den Erhalt der Marke verlassen wollte.",
             required=False,
             note="failed sale to an unnamed buyer, no amount; optional"),
    ],
    "not_deals": ["rund 85 Millionen Euro", "bis zu 2 Millionen Euro", "rund 48 Millionen Euro", "6,99 Euro",
                  "3,30 Euro Pfand", "Teilnahme 25 Euro", "4,80 Euro pro m²", "14,90 Euro monatlich", "8,90 Euro"],
}

# 010 ----------------------------------------------------------------------------------------
A["010_limonade_ki_kommentar_malzberg.txt"] = {
    "published": "2025-03-20",
    "published_note": "from 'Gastkommentar | Donnerstag, 20. März 2025'; 'Am Montag' -> 2025-03-17; 'im Februar' -> 2025-02",
    "language": "de",
    "deals": [
        deal("pepsico-poppi", ["PepsiCo", "Poppi"], "acquisition", 1_950_000_000, "USD", "exact",
             "2025-03-17", "announced",
             "Am Montag gab PepsiCo bekannt, die Präbiotik-Limonade Poppi für 1,95 Milliarden Dollar zu kaufen.",
             note="the expected tax benefits of $200m are part of the price, not a deal"),
        deal("celsius-alani-nu", ["Celsius", "Alani Nu"], "acquisition", 1_800_000_000, "USD", "exact",
             "2025-02", "signed",
             "Schon im Februar hatte der Energydrink-Hersteller Celsius vereinbart, den Konkurrenten Alani Nu für 1,8 Milliarden Dollar zu übernehmen, einschließlich Steuervorteilen."),
        deal("cocacola-microsoft-cloud-2024", ["Coca-Cola", "Microsoft"], "cloud_contract", 1_000_000_000, "EUR", "approx",
             "2024-04", "signed",
             "Coca-Cola hatte sich bereits im April 2024 verpflichtet, über fünf Jahre rund eine Milliarde Euro für Microsofts Cloud- und KI-Dienste auszugeben.",
             kind_alt=["partnership"],
             note="same deal as 002 ($1.1bn), here in EUR and in words, with only the month; genitive 'Microsofts'"),
        deal("pepsico-capex-2025", ["PepsiCo"], "capex_plan", 5_500_000_000, "USD", "approx",
             "2025", "planned",
             "PepsiCo selbst plant für 2025 Investitionen von rund 5,5 Milliarden Dollar in Werke, Fuhrpark und Systeme.",
             required=False, note="group-wide capital spending plan; optional"),
    ],
    "not_deals": ["mehr als 500 Millionen Dollar", "200 Millionen Dollar", "rund 9 Milliarden Dollar",
                  "Kursziel 165 Dollar", "78 Dollar", "rund 24 Dollar"],
}

# 011 ----------------------------------------------------------------------------------------
A["011_kahlenhoeh_sap_sorpeecho.html"] = {
    "published": "2025-05-21",
    "published_note": "from <meta name='date' content='2025-05-21T09:40'> and 'Sundern · 21.05.2025, 09:40 Uhr'; 'am Dienstag' -> 2025-05-20",
    "language": "de",
    "deals": [
        deal("kahlenhoeh-sap-cloud", ["Kahlenhöh", "SAP"], "cloud_contract", 105_000, "EUR", "approx",
             "2025-05-20", "signed",
             "Kahlenhöh zahlt dafür monatlich rund 105.000 Euro, der Vertrag läuft sieben Jahre.",
             per="month", term=["2025", "2032"],
             note="monthly rate; signing 'Am Dienstag' and SAP ('Die Walldorfer') in the previous sentences"),
        deal("kahlenhoeh-logistics-centre", ["Kahlenhöh"], "capex_plan", 22_000_000, "EUR", "approx",
             "2025-05", "planned",
             "Rund 22 Millionen Euro will die Brauerei dort investieren.",
             kind_alt=["project"],
             note="'die Brauerei' = Kahlenhöh; site-specific, so required"),
        deal("hoennetal-kahlenhoeh-loan", ["Hönnetal Kreditbank", "Kahlenhöh"], "other", 14_000_000, "EUR", "exact",
             "2025-05", "signed",
             "Den größten Teil finanziert die Hönnetal Kreditbank: Das Institut gewährt der Brauerei ein Darlehen über 14 Millionen Euro mit zehn Jahren Laufzeit, wie Firmenkundenchefin Sabine Rübsamen bestätigte.",
             kind_alt=["investment"], note="loan; state grant of €1.5m is not a deal"),
        deal("ruhrquell-kahlenhoeh-rumour", ["Ruhrquell", "Kahlenhöh"], "acquisition", 120_000_000, "EUR", "up_to",
             "2025", "cancelled",
             "Zuletzt hatte ein Branchendienst berichtet, der Dortmunder Getränkekonzern Ruhrquell wolle bis zu 120 Millionen Euro für die Brauerei bieten.",
             required=False,
             note="rumour denied by both sides ('frei erfunden'); optional"),
    ],
    "not_deals": ["1,5 Millionen Euro", "61 Millionen Euro", "4,20 Euro", "89 Euro pro Nacht", "9,90 Euro monatlich"],
}

# 012 ----------------------------------------------------------------------------------------
A["012_cask_crate_weekly_june25_en.txt"] = {
    "published": "2025-06-13",
    "published_note": "from the issue line 'Issue 71 · Friday 13 June 2025'; 'on Wednesday' -> 2025-06-11; 'Last month' -> 2025-05; 'since March' -> 2025-03",
    "language": "en",
    "deals": [
        deal("wenlow-hollowpress", ["Wenlow Equity", "Hollowpress"], "acquisition", 68_000_000, "GBP", "exact",
             "2025-06-11", "signed",
             "Wenlow Equity agreed on Wednesday to buy the craft cider maker for £68 million, including debt, from its founders and a group of angel investors."),
        deal("castellore-maremonte-2025", ["Castellore Capital", "Maremonte"], "acquisition", 210_000_000, "EUR", "approx",
             "2025-03", "cancelled",
             "Castellore had been expected to pay about €210 million for the Campania-based company, known for its chinotto and blood-orange sodas.",
             note="talks since March collapsed this week; different from the signed 60 % purchase of 2026 (019)"),
        deal("kegsight-sierraclara", ["Kegsight", "Embotelladora Sierra Clara"], "cloud_contract", 12_000_000, "USD", "exact",
             "2025-05", "signed",
             "The deal is worth $12 million over four years.",
             kind_alt=["supply"],
             note="parties and 'Last month' in the previous sentence"),
        deal("fjellkilde-voss-plant", ["Fjellkilde"], "capex_plan", 450_000_000, "NOK", "exact",
             "2025-06", "planned",
             "Norwegian spring-water bottler Fjellkilde plans to spend NOK 450 million on a new bottling plant near Voss, doubling its capacity to 220 million bottles a year from 2027.",
             kind_alt=["project"], note="site-specific plan, so required"),
    ],
    "not_deals": ["£41 million", "NOK 780 million", "£0.1048", "€0.47", "$4.1bn", "£195 + VAT"],
}

# 013 ----------------------------------------------------------------------------------------
A["013_pernod_tilaknagar_malabarwire_en.txt"] = {
    "published": "2025-07-15",
    "published_note": "dateline without year 'MUMBAI, July 15 (MBW)', year from '(c) 2025 Malabar Business Wire'; 'on Monday' -> 2025-07-14",
    "language": "en",
    "deals": [
        deal("tilaknagar-pernod-imperial-blue", ["Tilaknagar", "Pernod Ricard"], "acquisition", 41_500_000_000, "INR", "exact",
             "2025-07-14", "signed",
             "MUMBAI, July 15 (MBW) — Tilaknagar Industries, the Maharashtra-based maker of Mansion House brandy, has agreed to buy the Imperial Blue whisky business from Pernod Ricard India for ₹4,150 crore (about $483 million), the companies said on Monday.",
             alt=[(483_000_000, "USD")],
             note="₹4,150 crore = ₹41.5bn; brand purchase from Pernod Ricard's Indian unit"),
        deal("konkan-tilaknagar-allotment", ["Konkan Bridge Capital", "Tilaknagar"], "investment", 12_000_000_000, "INR", "exact",
             "2025-07", "announced",
             "Its board approved a preferential allotment of shares worth ₹1,200 crore to investors headed by Konkan Bridge Capital, a Mumbai-based fund that focuses on consumer brands.",
             note="'Its' = Tilaknagar; approved by the board, not yet issued"),
        deal("tilaknagar-sahyadri-cloud", ["Tilaknagar", "Sahyadri Cloudworks"], "cloud_contract", 950_000_000, "INR", "exact",
             "2025-07", "signed",
             "That contract is worth ₹95 crore over five years.",
             note="parties in the previous sentence ('Tilaknagar said it had picked Pune-based Sahyadri Cloudworks')"),
    ],
    "not_deals": ["about ₹2,800 crore", "₹410 target", "₹356.85", "about ₹6,900 crore", "₹1,394 crore",
                  "more than $45 billion", "roughly ₹3 lakh crore", "₹3,000 bottles", "₹499 a month"],
}

# 014 ----------------------------------------------------------------------------------------
A["014_kdp_jde_curbsidequotes_en.txt"] = {
    "published": "2025-08-26",
    "published_note": "from the stamp '08/26/2025 06:02 AM EDT'; 'on Monday' -> 2025-08-25; 'Last October' -> 2024-10",
    "language": "en",
    "deals": [
        deal("kdp-jde-peets", ["Keurig Dr Pepper", "JDE Peet's"], "acquisition", 15_700_000_000, "EUR", "exact",
             "2025-08-25", "signed",
             "Shares of Keurig Dr Pepper (NASDAQ: KDP) posted their worst day in more than five years on Monday after the soda and coffee company agreed to buy Dutch coffee group JDE Peet's for €15.7 billion ($18.3 billion) in cash and then split itself in two.",
             alt=[(18_300_000_000, "USD")]),
        deal("apollo-kkr-kdp-preferred", ["Apollo", "KKR", "Keurig Dr Pepper"], "investment", 7_000_000_000, "USD", "exact",
             "2025-08-25", "signed",
             "To fund the purchase, KDP said investment firms led by Apollo and KKR have agreed to put $7 billion into the company through convertible preferred shares."),
        deal("kdp-ghost-60pct", ["Keurig Dr Pepper", "Ghost"], "acquisition", 990_000_000, "USD", "exact",
             "2024-10", "completed",
             "Last October, KDP bought a 60% stake in energy-drink brand Ghost for $990 million, with the option to acquire the rest in 2028.",
             kind_alt=["investment"]),
    ],
    "not_deals": ["$30.14", "€31.07", "€31.85 per JDE Peet's share", "$33 from $38", "$400 million a year",
                  "about $41 billion", "€8.8 billion", "$15.4 billion", "$0.23 per share", "$24.99 a month"],
}

# 015 ----------------------------------------------------------------------------------------
A["015_heineken_fifco_zapfhahnticker.txt"] = {
    "published": "2025-09-23",
    "published_note": "from 'Dienstag, 23. September 2025'; 'am Montagabend' -> 2025-09-22; 'heute Morgen' -> 2025-09-23",
    "language": "de",
    "deals": [
        deal("heineken-fifco", ["Heineken", "FIFCO"], "acquisition", 2_700_000_000, "EUR", "approx",
             "2025-09-22", "signed",
             "Der niederländische Braukonzern Heineken übernimmt für rund 2,7 Milliarden Euro (3,2 Milliarden Dollar) das Getränke- und Einzelhandelsgeschäft des costa-ricanischen Konzerns FIFCO.",
             alt=[(3_200_000_000, "USD")],
             note="announced 'am Montagabend' (next sentence); restated in USD with the month in 016"),
        deal("heineken-distell", ["Heineken", "Distell"], "acquisition", None, None, None,
             None, "completed",
             "Es ist Heinekens größte Übernahme seit dem Kauf des südafrikanischen Spirituosenherstellers Distell.",
             required=False, note="amount-less background mention; optional"),
        deal("quellhain-saalequell", ["Quellhain", "Saalequell"], "acquisition", 9_000_000, "EUR", "approx",
             "2025-09-23", "signed",
             "Der Kaufvertrag wurde heute Morgen unterzeichnet, aus dem Umfeld der Käufer ist von einem Preis von rund 9 Millionen Euro zu hören.",
             note="parties in the previous sentence"),
        deal("kestrow-maischwerk-seriesa", ["Kestrow Capital", "Maischwerk AI"], "investment", 20_000_000, "EUR", "up_to",
             "2025-09", "negotiating",
             "Im Gespräch sind bis zu 20 Millionen Euro.",
             note="parties in the previous sentence ('verhandelt ... mit dem US-Investor Kestrow Capital'); different from the 2024 seed round led by Isarfeld (003)"),
    ],
    "not_deals": ["66,38 Euro", "781,60 Kronen", "51,24 Euro", "1,00 Euro", "390 Euro", "7,6 Millionen Euro",
                  "von 88 auf 84 Euro", "rund 1,3 Milliarden Euro", "7,99 Euro monatlich"],
}

# 016 ----------------------------------------------------------------------------------------
A["016_coke_microsoft_agents_fizzline_en.html"] = {
    "published": "2025-11-12",
    "published_note": "from <meta name='parsely-pub-date' content='2025-11-12T07:30'> and the byline 'Nov. 12, 2025'; 'in September' -> 2025-09; 'last week' -> 2025-11",
    "language": "en",
    "deals": [
        deal("cocacola-microsoft-agents", ["Coca-Cola", "Microsoft"], "cloud_contract", 500_000_000, "USD", "up_to",
             "2025", "negotiating",
             "The next agreement, as currently drafted, could be worth up to $500 million over three years on top of the existing commitment, one of them said.",
             kind_alt=["partnership"],
             note="talks 'since the summer' from sources; a different deal from the 2024 commitment of the same pair"),
        deal("cocacola-microsoft-cloud-2024", ["Coca-Cola", "Microsoft"], "cloud_contract", None, None, None,
             "2024", "signed",
             "The talks build on the five-year cloud and generative-AI commitment the two companies signed in spring 2024, which moved Coca-Cola's applications onto Azure and gave bottlers access to Microsoft's AI tools.",
             required=False, kind_alt=["partnership"],
             note="amount-less restatement of 002/010; 'spring 2024' -> the year; optional"),
        deal("heineken-fifco", ["Heineken", "FIFCO"], "acquisition", 3_200_000_000, "USD", "exact",
             "2025-09", "signed",
             "Heineken, which agreed in September to buy the beverage and retail businesses of Costa Rica's FIFCO for $3.2 billion, has said it wants a single data platform for the Central American operations from day one.",
             note="same deal as 015, here in USD with only the month"),
        deal("heineken-digital-plan", ["Heineken"], "capex_plan", 1_000_000_000, "EUR", "at_least",
             None, "planned",
             "The Dutch brewer has earmarked more than €1 billion for digital projects through 2030 as part of its group strategy.",
             required=False, note="group-wide spending plan; optional"),
        deal("tsurumi-hoshizora-round", ["Tsurumi Growth Partners", "Hoshizora Labs", "Kirin"], "investment",
             5_000_000_000, "JPY", "exact", "2025-11", "completed",
             "In Japan, Hoshizora Labs, which builds forecasting models for Kirin's vending and supermarket business, closed a ¥5 billion funding round last week.",
             note="lead investor Tsurumi and Kirin's venture unit in the next sentence; different from Kirin's 2024 contract with Hoshizora (004)"),
    ],
    "not_deals": ["about $6.8 billion", "$4.9 billion", "about $70", "near $300 billion", "$30 per user per month",
                  "$9,500", "$14.99/month"],
}

# 017 ----------------------------------------------------------------------------------------
A["017_aarwinkel_thurbach_aareblick.txt"] = {
    "published": "2026-02-13",
    "published_note": "from the issue line 'Nr. 7 · 13. Februar 2026'; 'am Dienstag' -> 2026-02-10; 'Im Oktober' -> 2025-10; 'Drei Monate später' -> 2026-01",
    "language": "de",
    "deals": [
        deal("aarwinkel-thurbach", ["Aarwinkel", "Mosterei Thurbach"], "acquisition", 48_000_000, "CHF", "approx",
             "2026-02-10", "signed",
             "Der Preis liegt bei rund 48 Millionen Franken, umgerechnet gut 51 Millionen Euro.",
             alt=[(51_000_000, "EUR")],
             note="parties and the signing 'am Dienstag' in the previous sentences"),
        deal("aarwinkel-sihlhallen-planning", ["Aarwinkel", "Sihlhallen"], "cloud_contract", 3_200_000, "CHF", "exact",
             "2025-10", "signed",
             "Über fünf Jahre summiert sich der Vertrag auf 3,2 Millionen Franken.",
             note="parties and 'Im Oktober' in the previous sentence ('schloss das Unternehmen mit dem Zürcher Rechenzentrumsbetreiber Sihlhallen einen Vertrag')"),
        deal("aarwinkel-sihlhallen-heat-jv", ["Aarwinkel", "Sihlhallen"], "joint_venture", 4_000_000, "CHF", "exact",
             "2026-01", "signed",
             "Beide Partner bringen je 4 Millionen Franken Eigenkapital ein.",
             alt=[(8_000_000, "CHF")],
             note="'Drei Monate später' after October 2025 -> 2026-01; each partner contributes CHF 4m (together CHF 8m, alt_amounts); second deal of the same pair; federal support of CHF 1.2m is not a deal"),
    ],
    "not_deals": ["rund 41 Millionen Franken", "290 Millionen Franken", "1,2 Millionen Franken",
                  "29 Franken je 100 Kilogramm", "rund 900 000 Franken", "Fr. 380.–", "Fr. 198.–", "Fr. 129.–",
                  "Fr. 5.80"],
}

# 018 ----------------------------------------------------------------------------------------
A["018_hopfenkamm_interview_treber.txt"] = {
    "published": None,
    "published_note": "no date in the text (only 'Lesedauer: 8 Minuten', copyright without year); restatements get date null, the refused offer the year the text gives ('Im Herbst 2024')",
    "language": "de",
    "deals": [
        deal("hopfenkamm-kaltquell-land", ["Kaltquell", "Hopfenkamm"], "acquisition", 42_500_000, "EUR", "exact",
             None, "completed",
             "Kaltquell hat uns am Ende 42,5 Millionen Euro gezahlt.",
             kind_alt=["other"], note="'uns' = Hopfenkamm"),
        deal("kaltquell-hopfenkamm-heat", ["Hopfenkamm", "Kaltquell"], "supply", 850_000, "EUR", "approx",
             None, "signed",
             "Wir zahlen dafür rund 850.000 Euro im Jahr an Kaltquell, das ist gut ein Drittel weniger als früher für Gas.",
             per="year", note="'Wir' = Hopfenkamm; restated heat contract of 003"),
        deal("ostwall-hopfenkamm-offer", ["Ostwall Partners", "Hopfenkamm"], "acquisition", 70_000_000, "EUR", "approx",
             "2024", "cancelled",
             "Sie boten rund 70 Millionen Euro für die Mehrheit.",
             note="'Sie' = Ostwall Partners (previous sentence, 'Im Herbst 2024'); offer refused"),
        deal("hopfenkamm-new-brewhouse", ["Hopfenkamm"], "capex_plan", 20_000_000, "EUR", "range",
             None, "planned",
             "Wir rechnen mit Kosten zwischen 20 und 25 Millionen Euro, je nachdem, ob wir die Wärme aus dem Rechenzentrum auch für die Flaschenreinigung nutzen können.",
             amount_max=25_000_000, kind_alt=["project"],
             note="new brewhouse of the brewery ('Wir'); construction 'im nächsten Frühjahr' cannot be resolved"),
    ],
    "not_deals": ["rund 2.400 Euro im Monat", "rund 3.100 Euro brutto", "fast 18 Euro", "12,50 Euro", "98 Euro"],
}

# 019 ----------------------------------------------------------------------------------------
A["019_drinks_stocks_bottleneckledger_en.txt"] = {
    "published": "2026-06-11",
    "published_note": "from 'Thursday, 11 June 2026 · After the closing bell'; 'on Wednesday' -> 2026-06-10; 'on Tuesday' -> 2026-06-09",
    "language": "en",
    "deals": [
        deal("carlsberg-britvic", ["Carlsberg", "Britvic"], "acquisition", None, None, None,
             None, "completed",
             "The brewer, which completed its takeover of Britvic in January last year, is still digesting the soft-drinks business, and traders said a broker downgrade weighed on the shares.",
             required=False,
             note="amount-less restatement; the completion month (2025-01) is not the agreement date, so date null; optional"),
        deal("heineken-fifco", ["Heineken", "FIFCO"], "acquisition", None, None, None,
             None, "completed",
             "The Dutch group closed its purchase of FIFCO's Costa Rican drinks and retail business in April and has guided to low single-digit volume growth this year.",
             required=False,
             note="amount-less restatement; closed in April 2026, agreed in September 2025, so date null; optional"),
        deal("castellore-maremonte-2026", ["Castellore Capital", "Maremonte"], "acquisition", 150_000_000, "EUR", "exact",
             "2026-06-10", "signed",
             "Castellore Capital has agreed to buy 60% of Italian soft-drinks bottler Maremonte Bevande for €150 million, the Milan buyout firm said on Wednesday, a year after talks over a full takeover of the Campania company collapsed over pension liabilities.",
             kind_alt=["investment"],
             note="second deal of the pair after the cancelled 2025 takeover (012)"),
        deal("kegsight-glenmarrach-robotics-2026", ["Glenmarrach", "Kegsight"], "cloud_contract", 2_000_000, "GBP", "exact",
             "2026-06-09", "signed",
             "The new contract, signed on Tuesday, covers scheduling for the robotic cask-handling system in Glenmarrach's new bonded warehouse near Keith and is worth £2 million a quarter for two years.",
             per="quarter", kind_alt=["supply"], term=["2026", "2028"],
             note="quarterly rate; second contract of the pair, apart from the 2024 forecasting contract"),
        deal("kegsight-glenmarrach-forecasting-2024", ["Glenmarrach", "Kegsight"], "cloud_contract", None, None, None,
             "2024", "signed",
             "It comes on top of the forecasting contract the two signed in 2024.",
             required=False, kind_alt=["supply"], note="amount-less reference to the 2024 contract; optional"),
    ],
    "not_deals": ["744 crowns", "820 crowns", "€64.90", "€55.12", "1,934 pence", "€84.16", "$71.20 a barrel",
                  "$2,612 a tonne", "£1.12 billion", "£280", "£28 a month"],
}

# 020 ----------------------------------------------------------------------------------------
A["020_kaltquell_wiesentfonds_kellerberg.txt"] = {
    "published": "2026-11-12",
    "published_note": "from 'Donnerstag, 12. November 2026 | Ausgabe 46/26'; 'am Mittwoch' -> 2026-11-11; 'Zwei Jahre nach dem Kauf' -> 2024",
    "language": "de",
    "deals": [
        deal("wiesentfonds-kaltquell-49pct", ["Wiesentfonds", "Kaltquell"], "acquisition", 210_000_000, "EUR", "approx",
             "2026-11-11", "signed",
             "Der Fonds zahlt nach Angaben des Unternehmens rund 210 Millionen Euro.",
             kind_alt=["investment"],
             note="'Der Fonds' = Wiesentfonds; 49 % of the Forchheim campus company and the signing 'am Mittwoch' in the previous sentences"),
        deal("hopfenkamm-kaltquell-land", ["Kaltquell", "Hopfenkamm"], "acquisition", None, None, None,
             "2024", "completed",
             "Zwei Jahre nach dem Kauf der alten Hopfenkamm-Mälzerei holt sich der Rechenzentrumsentwickler Kaltquell einen Partner an Bord.",
             required=False, kind_alt=["other"],
             note="amount-less reference to the 2024 land purchase (compound 'Hopfenkamm-Mälzerei'); optional"),
        deal("kaltquell-forchheim-tenant", ["Kaltquell"], "other", None, None, None,
             None, "signed",
             "Mieter ist ein US-Cloudanbieter, der die Kapazität für zehn Jahre gebucht hat; den Namen nennt Kaltquell nicht, ebenso wenig die Miete.",
             required=False, kind_alt=["cloud_contract"],
             note="ten-year lease with an unnamed tenant, no amount; optional"),
        deal("regnitzbau-kaltquell-shell", ["Kaltquell", "Regnitzbau"], "other", 95_000_000, "EUR", "approx",
             "2026-11", "signed",
             "Die Forchheimer Baufirma Regnitzbau erhält dafür rund 95 Millionen Euro.",
             kind_alt=["supply", "project"],
             note="construction contract for the second phase, awarded by 'der Konzern' (Kaltquell, previous sentence)"),
        deal("kaltquell-hopfenkamm-heat", ["Hopfenkamm", "Kaltquell"], "supply", None, None, None,
             None, "signed",
             "Die Brauerei Hopfenkamm bezieht seit April Abwärme aus den Serverhallen für ihr Sudhaus, eine zweite Leitung zur städtischen Schwimmhalle ist in Planung.",
             required=False,
             note="amount-less reference to the heat contract of 003 (supply started in April 2026); optional"),
        deal("hopfenkamm-wiesentmuehle", ["Hopfenkamm", "Zur Wiesentmühle"], "acquisition", 2_500_000, "EUR", "exact",
             "2026-11", "signed",
             "Brauerei Hopfenkamm übernimmt für zweieinhalb Millionen Euro die Gasthausbrauerei Zur Wiesentmühle in Ebermannstadt, die Malzfabrik Steigerwald erhält von der Frankenwald Kreditbank ein Darlehen über 6 Millionen Euro für eine neue Keimanlage, und der Landkreis Forchheim stellt im Haushalt 2027 insgesamt 1,4 Millionen Euro für die Breitbandanbindung von Gewerbegebieten bereit.",
             note="amount in words; first of two deals in one 'Kurz notiert' sentence (the district budget in it is not a deal)"),
        deal("frankenwald-steigerwald-loan", ["Frankenwald Kreditbank", "Malzfabrik Steigerwald"], "other", 6_000_000, "EUR", "exact",
             "2026-11", "signed",
             "Brauerei Hopfenkamm übernimmt für zweieinhalb Millionen Euro die Gasthausbrauerei Zur Wiesentmühle in Ebermannstadt, die Malzfabrik Steigerwald erhält von der Frankenwald Kreditbank ein Darlehen über 6 Millionen Euro für eine neue Keimanlage, und der Landkreis Forchheim stellt im Haushalt 2027 insgesamt 1,4 Millionen Euro für die Breitbandanbindung von Gewerbegebieten bereit.",
             kind_alt=["investment"], note="loan; second deal of the 'Kurz notiert' sentence"),
    ],
    "not_deals": ["1,90 Euro", "rund 2,3 Millionen Euro", "14,2 Cent je Kilowattstunde", "1,4 Millionen Euro",
                  "9,80 Euro", "12 Euro", "6,50 Euro im Monat"],
}


def main():
    aliases = {c: [c] + [n for n in names if n != c] for c, names in ALIASES.items()}
    gold = {"about": ABOUT, "articles": A, "aliases": aliases}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
