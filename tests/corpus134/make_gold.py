#!/usr/bin/env python3
"""Write gold.json for tests/corpus134 (the hand annotation as a script).

Usage: python3 tests/corpus134/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json; check it with
check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 134th, held-out test corpus (tests/corpus134/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: food, drink and agriculture groups buying AI and "
    "compute (cloud and AI contracts, acquisitions of agritech and food-tech start-ups, precision-farming "
    "compute, data centres on farmland and at food plants, waste heat). One entry per article; a deal "
    "that several articles report carries the same id in each. 'required': false marks vague or "
    "background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' "
    "('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision. 'date' is "
    "when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date marker, dateline, <meta>, "
    "<time>, issue line or portal stamp, or null when the article has none); a cancelled deal keeps the "
    "date of the original talks or offer; 'term' is the period the deal covers, where the text gives "
    "one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles "
    "the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Canonical "
    "company names carry no legal form. Invented companies: Weißelster Datenhallen, Prairiewise "
    "Analytics, Wapiti Bend Capital, Keglytics, Gråtind Compute, Lysefjord Kapital, Furrowlight, Ferméa "
    "Labs, Capucine Ventures, Krumenwerk, Halmgrund Software, Lechrain Compute, Aromind, Lumenfield "
    "Cloud, Tillwright, Harrowfield Capital, Hooghwater Data, Elbwinkel Datapark, Uckerhall Compute, "
    "Agrargenossenschaft Randowtal, Maltvane, Schwadwerk Robotics, Leinebogen Compute; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the deals "
    "of real companies are loosely based on public reports or invented, with amounts and dates shifted. "
    "Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, required, evidence,
      amount_max=None, per=None, alt=None, term=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if term:
        d["term"] = term
    if per:
        d["per"] = per
    if kind_alt:
        d["kind_alt"] = kind_alt
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ARTICLES = {}

ARTICLES["001_abinbev_azure_hopline_en.txt"] = A(
    "2024-03-07",
    "from the issue line 'Issue 14 · Thursday 7 March 2024'; 'on Tuesday' -> 2024-03-05, 'on Friday' -> 2024-03-01",
    "en",
    [
        D("abinbev-microsoft-azure-2024", ["AB InBev", "Microsoft"], "cloud_contract",
          1_200_000_000, "USD", "exact", "2024-03-05", "signed", True,
          "Anheuser-Busch InBev has committed $1.2 billion to Microsoft over seven years, a contract that moves the brewer's demand planning, brewery telemetry and its retailer ordering app onto Azure and adds access to OpenAI models hosted there.",
          alt=[(1_100_000_000, "EUR")],
          note="signing confirmed 'on Tuesday' (next sentence); 004 restates it as a '1,1-Milliarden-Euro-Vertrag' (alt_amounts), 019 without amount; different from the 2026 agents contract of the same pair (019)"),
        D("heineken-maltvane-seriesa", ["Heineken", "Maltvane"], "investment",
          18_000_000, "EUR", "exact", "2024-03-01", "completed", True,
          "Maltvane, a 30-person start-up that trains models on fermentation-tank sensor readings so that stuck batches are flagged hours before a brewmaster would notice, has raised €18 million.",
          note="lead investor in the next sentences ('The Series A closed on Friday. Heineken led it'); the €70m pre-money valuation is not a deal; different from Heineken's 2026 buy-out of Maltvane (019)"),
    ],
    ["$59 billion", "$78", "€70 million", "€2,400 per tank per year", "$14 billion", "€0.35", "$149", "$99"],
)

ARTICLES["002_suedzucker_zeitz_elsterkurier.txt"] = A(
    "2024-04-18",
    "dateline without year 'ZEITZ, 18. April (ek)'; the year from the copyright line '© 2024 Elster-Kurier'; 'am Dienstag' -> 2024-04-16, 'am Montagabend' -> 2024-04-15",
    "de",
    [
        D("suedzucker-weisselster-lease", ["Südzucker", "Weißelster Datenhallen"], "other",
          3_200_000, "EUR", "approx", "2024-04-16", "signed", True,
          "Für beides zahlt Weißelster dem Mannheimer Zuckerkonzern jährlich rund 3,2 Millionen Euro, zunächst für 20 Jahre.",
          per="year", term=["2026", "2045"], kind_alt=["supply"],
          note="lease of 14 ha and the grid connection, signed 'am Dienstag' (first sentences); 'dem Mannheimer Zuckerkonzern' = Südzucker; yearly rate, servers from 2026 for 20 years; the server heat flowing back is not paid separately; different from Südzucker's 2025 stake in Weißelster (014)"),
        D("zeitz-weisselster-land", ["Stadt Zeitz", "Weißelster Datenhallen"], "acquisition",
          4_100_000, "EUR", "exact", "2024-04-15", "announced", True,
          "Der Stadtrat stimmte am Montagabend mit 27 zu 6 Stimmen dafür, ein angrenzendes städtisches Grundstück von neun Hektar für 4,1 Millionen Euro an Weißelster zu verkaufen.",
          kind_alt=["other"],
          note="municipal land sale approved by the council, notarisation due in May -> announced"),
        D("weisselster-zeitz-capex", ["Weißelster Datenhallen"], "capex_plan",
          480_000_000, "EUR", "approx", "2024-04", "planned", True,
          "Weißelster-Geschäftsführerin Johanna Brösicke bezifferte die Investition für den ersten Bauabschnitt mit 30 Megawatt auf rund 480 Millionen Euro.",
          note="first construction phase; spender only"),
    ],
    ["bis zu zwölf Millionen Euro", "1,5 Millionen Euro jährlich", "6,8 Millionen Euro", "800 Euro je Tonne",
     "219 Euro im Monat", "400 Euro im Quartal"],
)

ARTICLES["003_nutrien_prairiewise_stubblewire_en.txt"] = A(
    "2024-06-12",
    "from the wire header 'June 12, 2024 · 06:10 ET'; dateline 'SASKATOON, June 11'; 'on Tuesday' -> 2024-06-11",
    "en",
    [
        D("nutrien-prairiewise", ["Nutrien", "Prairiewise Analytics"], "acquisition",
          310_000_000, "CAD", "exact", "2024-06-11", "signed", True,
          "Nutrien Ltd. has agreed to acquire Prairiewise Analytics, a Saskatoon developer of crop-advice software that runs yield and nitrogen models on satellite and combine data, for C$310 million in cash, the fertilizer producer said on Tuesday.",
          alt=[(226_000_000, "USD")],
          note="'roughly US$226 million' in the next sentence; closing expected in the third quarter"),
        D("wapitibend-prairiewise-2023", ["Wapiti Bend Capital", "Prairiewise Analytics"], "investment",
          45_000_000, "CAD", "exact", "2023", "completed", True,
          "Founded in 2019, Prairiewise raised C$45 million last year in a round led by Wapiti Bend Capital, a Calgary agri-food fund, at a valuation of C$180 million.",
          note="'last year' -> 2023; lead investor; the valuation is not a deal"),
        D("nutrien-prairiewise-licence", ["Nutrien", "Prairiewise Analytics"], "other",
          None, None, None, "2021", "signed", False,
          "The software already sits behind many of the recommendations that agronomists at Nutrien's retail arm give growers on about 9 million acres of canola, wheat and lentils, under a licensing arrangement the two sides struck three years ago.",
          kind_alt=["partnership"],
          note="amount-less background licence ('three years ago' -> 2021); different from the acquisition"),
    ],
    ["C$180 million", "C$38 million", "US$64", "$29 billion", "US$300 a tonne", "C$74.10", "C$20 million"],
)

ARTICLES["004_abinbev_keglytics_aktienluke.txt"] = A(
    "2024-09-12",
    "from the portal stamp '12.09.2024 | 08:41 Uhr'; 'am Mittwochvormittag' -> 2024-09-11; 'im März' -> 2024-03",
    "de",
    [
        D("abinbev-keglytics", ["AB InBev", "Keglytics"], "acquisition",
          70_000_000, "EUR", "approx", "2024-09-11", "signed", True,
          "Der weltgrößte Brauer übernimmt für knapp 70 Millionen Euro das Löwener Start-up Keglytics, das mit KI-Modellen vorhersagt, wie viel Fassbier eine Kneipe in der kommenden Woche braucht.",
          note="'Der weltgrößte Brauer' = Anheuser-Busch InBev (previous sentences); 'knapp' -> approx; signed 'am Mittwochvormittag', antitrust approval pending"),
        D("abinbev-microsoft-azure-2024", ["AB InBev", "Microsoft"], "cloud_contract",
          1_100_000_000, "EUR", "exact", "2024-03", "signed", True,
          "Der Zukauf fügt sich in die Digitalstrategie, die AB InBev im März mit einem 1,1-Milliarden-Euro-Vertrag mit Microsoft unterlegt hatte.",
          note="same contract as 001 ($1.2bn), in EUR as a compound, month only"),
    ],
    ["56,80 Euro", "gut neun Millionen Euro", "72 Euro", "19,4 Milliarden Dollar", "0,82 Euro je Aktie",
     "812,00 DKK", "0 Euro Ordergebühr", "500 Euro"],
)

ARTICLES["005_yara_gratind_grenlandtidende_en.html"] = A(
    "2024-11-19",
    "from <meta property='article:published_time'>, JSON-LD datePublished and <time> 'Tuesday 19 November 2024'; 'on Monday' -> 2024-11-18; 'in April' -> 2024-04",
    "en",
    [
        D("yara-gratind-compute", ["Yara", "Gråtind Compute"], "cloud_contract",
          1_400_000_000, "NOK", "exact", "2024-11-18", "signed", True,
          "Yara International has signed a five-year contract worth NOK 1.4 billion with Gråtind Compute, the Porsgrunn company that runs a 20-megawatt GPU hall inside the Herøya industrial park, both sides said on Monday.",
          alt=[(127_000_000, "USD")],
          note="'about $127 million' in the next sentence; different from the 2026 plot-and-heat purchase of the same pair (018)"),
        D("lysefjord-gratind-2024", ["Lysefjord Kapital", "Gråtind Compute"], "investment",
          600_000_000, "NOK", "exact", "2024-04", "completed", True,
          "It raised NOK 600 million in April, in a round led by Lysefjord Kapital of Stavanger, and switched on its first hall in August.",
          note="'It' = Gråtind (previous sentence); lead investor; different from the 2026 talks about NOK 1bn (018)"),
    ],
    ["NOK 28 an hour", "NOK 312.40", "NOK 80 billion", "NOK 2.5 billion", "NOK 8,990"],
)

ARTICLES["006_deere_furrowlight_harvesttape_en.txt"] = A(
    "2025-02-20",
    "from the portal line 'Feb 20, 2025 · 7:45 AM ET'",
    "en",
    [
        D("deere-furrowlight", ["Deere", "Furrowlight"], "acquisition",
          250_000_000, "USD", "range", "2025", "rumored", True,
          "Deere & Company is in advanced talks to buy Furrowlight, an Ames, Iowa, maker of camera-and-chip kits that let sprayers hit single weeds instead of whole fields, for between $250 million and $300 million, two bankers working on the process told Harvest Tape.",
          amount_max=300_000_000, alt=[(285_000_000, "USD"), (250_000_000, "EUR")],
          note="talks reported by two bankers; signed at $285m on 2025-06-17 (011) and restated as 'knapp 250 Millionen Euro' (015), both in alt_amounts; the year keeps the shared id's dates consistent"),
        D("deere-spacex-starlink", ["Deere", "SpaceX"], "partnership",
          None, None, None, "2024", "signed", False,
          "In 2024 it agreed with SpaceX to connect tractors and combines to the Starlink satellite network in areas without mobile coverage, without publishing what it pays.",
          kind_alt=["supply"],
          note="'it' = Deere; amount-less background"),
    ],
    ["$468.20", "$52.31", "$12.94", "$40 million", "$11 million", "$520", "$5 billion to $5.5 billion",
     "$4.87 a bushel", "$16 billion", "$445", "$492"],
)

ARTICLES["007_nestle_microsoft_limmatblatt.txt"] = A(
    "2025-02-19",
    "from the date line 'Mittwoch, 19. Februar 2025 · Wirtschaft · Seite 23'; 'am Dienstag' -> 2025-02-18",
    "de",
    [
        D("nestle-microsoft-2025", ["Nestlé", "Microsoft"], "cloud_contract",
          850_000_000, "CHF", "approx", "2025-02-18", "signed", True,
          "Nestlé hat mit Microsoft einen Cloud- und KI-Vertrag über rund 850 Millionen Franken abgeschlossen.",
          alt=[(905_000_000, "EUR"), (950_000_000, "USD")],
          note="confirmed 'am Dienstag' (next sentence), six years; 'etwa 905 Millionen Euro' later in the paragraph; 013 restates it as 'about $950 million' (alt_amounts)"),
        D("nestle-google-cancelled", ["Nestlé", "Google"], "cloud_contract",
          1_000_000_000, "CHF", "approx", "2024", "cancelled", True,
          "Nach Informationen dieser Zeitung hatte Nestlé bis in den Herbst auch mit Google über ein Paket von ungefähr einer Milliarde Franken verhandelt.",
          note="talks failed in November (next sentence) -> cancelled, dated to the 2024 talks; amount in words; from sources"),
    ],
    ["91,4 Milliarden Franken", "gut zwei Milliarden Franken", "rund 2,5 Milliarden Franken", "98 Franken",
     "86.40 Franken"],
)

ARTICLES["008_danone_fermea_pontneuf_en.txt"] = A(
    "2025-03-27",
    "from the wire header 'March 27, 2025 07:05 CET'; dateline 'PARIS, March 26'",
    "en",
    [
        D("danone-fermea", ["Danone", "Ferméa Labs"], "acquisition",
          180_000_000, "EUR", "approx", "2025", "negotiating", True,
          "Danone is negotiating the purchase of Ferméa Labs, a Lyon start-up whose software designs microbial strains and steers precision-fermentation tanks, in a transaction worth about €180 million including debt, three sources with a view of the negotiations said on Wednesday.",
          alt=[(175_000_000, "EUR"), (196_000_000, "USD")],
          note="exclusive talks reported on 2025-03-26; signed at €175m (about $196m) on 2025-05-13 (010, alt_amounts); the year keeps the shared id's dates consistent"),
        D("capucine-fermea-2023", ["Capucine Ventures", "Ferméa Labs"], "investment",
          32_000_000, "EUR", "exact", "2023", "completed", True,
          "The Lyon company raised €32 million in 2023 in a Series A led by Capucine Ventures, a Paris fund that backs food and biotech start-ups.",
          note="'The Lyon company' = Ferméa; lead investor"),
        D("danone-microsoft-ai-training", ["Danone", "Microsoft"], "partnership",
          None, None, None, "2024", "signed", False,
          "The Paris group has already leaned on Microsoft for its AI push: in 2024 it signed a partnership to train tens of thousands of staff in AI tools, without disclosing any financial terms.",
          note="'The Paris group' = Danone; amount-less background"),
    ],
    ["€27.4 billion", "$2.5 billion", "€69.84", "€45 billion"],
)

ARTICLES["009_claas_krumenwerk_furchetechnik.txt"] = A(
    "2025-04-30",
    "from the issue line 'Ausgabe 18/2025 · 30. April 2025'; 'Vergangene Woche' -> 2025-04; 'Anfang April' -> 2025-04",
    "de",
    [
        D("claas-krumenwerk-seriesb", ["Claas", "Krumenwerk"], "investment",
          40_000_000, "EUR", "exact", "2025-04", "completed", True,
          "Vergangene Woche hat Krumenwerk seine Series-B-Runde unter Führung von Claas abgeschlossen und dabei 40 Millionen Euro eingesammelt.",
          note="lead investor (more than half); different from Claas' licence payments (017) and the denied takeover report (014)"),
        D("krumenwerk-telekom-gpu", ["Krumenwerk", "Deutsche Telekom"], "cloud_contract",
          9_000_000, "EUR", "approx", "2025-04", "signed", True,
          "Um die Modelle mit Daten aus inzwischen 1,1 Millionen Hektar zu trainieren, hat Krumenwerk Anfang April GPU-Kapazität in Telekoms Rechenzentrum im sachsen-anhaltischen Biere gebucht – für rund neun Millionen Euro über drei Jahre, wie Vöckel bestätigte.",
          note="genitive 'Telekoms'; amount in words; three years"),
    ],
    ["neun Euro je Hektar und Jahr", "rund 210 Millionen Euro", "knapp sechs Milliarden Euro",
     "mehr als 400 Millionen Euro", "Tageskarte 25 Euro", "14.900 Euro", "168 Euro", "4,20 Euro"],
)

ARTICLES["010_foodtech_roundup_provingdrawer_en.txt"] = A(
    "2025-05-16",
    "from the issue line 'Issue 61 · Friday 16 May 2025'; 'on Tuesday' -> 2025-05-13, 'on Monday' -> 2025-05-12, 'last week' -> 2025-05, 'in March' -> 2025-03",
    "en",
    [
        D("danone-fermea", ["Danone", "Ferméa Labs"], "acquisition",
          175_000_000, "EUR", "exact", "2025-05-13", "signed", True,
          "Danone signed on Tuesday to take over Ferméa Labs, the Lyon strain-design start-up, for €175 million (about $196 million), ending negotiations that leaked in March.",
          alt=[(196_000_000, "USD")],
          note="signing of the talks reported in 008"),
        D("unilever-google-cloud", ["Unilever", "Google"], "cloud_contract",
          400_000_000, "USD", "approx", "2025-05", "signed", True,
          "Unilever has signed a five-year agreement with Google Cloud worth roughly $400 million, shifting its demand-sensing and ad-creative models onto Google's TPU capacity and Gemini models, the consumer-goods group said last week.",
          note="'last week' -> the month"),
        D("aromind-lumenfield-gpu", ["Aromind", "Lumenfield Cloud"], "cloud_contract",
          1_650_000, "USD", "exact", "2025-05-12", "signed", True,
          "Copenhagen flavour-design start-up Aromind will pay Lumenfield Cloud $1.65 million a month for a dedicated cluster of 512 GPUs; the three-year contract was signed on Monday.",
          per="month",
          note="monthly rate over three years; the price per GPU-hour is not a deal"),
        D("nutrien-tillwright-denied", ["Nutrien", "Tillwright"], "acquisition",
          90_000_000, "GBP", "up_to", "2025-05", "rumored", False,
          "Nutrien denied a Canadian newspaper report that it had looked at buying Tillwright, the Norwich soil-carbon analytics company, for as much as £90 million.",
          note="denied rumour -> optional"),
        D("harrowfield-tillwright-2025", ["Harrowfield Capital", "Tillwright"], "investment",
          22_000_000, "GBP", "exact", "2025-03", "completed", True,
          "Tillwright itself closed a £22 million round in March led by Harrowfield Capital, a London growth investor, and has since hired a finance chief from a listed insurer.",
          note="lead investor"),
    ],
    ["€60.8 billion", "$4.40 per GPU-hour", "$9 million", "$6.1 billion", "$14 million", "£295"],
)

ARTICLES["011_deere_furrowlight_loesshills_en.html"] = A(
    "2025-06-18",
    "from <meta name='parsely-pub-date'>, JSON-LD datePublished and the byline 'Wed., June 18, 2025'; 'said Tuesday' -> 2025-06-17; 'Earlier this month' -> 2025-06",
    "en",
    [
        D("deere-furrowlight", ["Deere", "Furrowlight"], "acquisition",
          285_000_000, "USD", "exact", "2025-06-17", "signed", True,
          "AMES — Deere & Company will pay $285 million in cash for Furrowlight, the Ames start-up whose cameras and onboard chips let a sprayer tell a waterhemp seedling from a soybean at 15 miles an hour, the two companies said Tuesday.",
          note="signing of the deal rumoured in 006 (the 'up to $300 million' in the next paragraph recalls the rumour); approval pending"),
        D("deere-furrowlight-2023-stake", ["Deere", "Furrowlight"], "investment",
          12_000_000, "USD", "exact", "2023", "completed", True,
          "It bought a minority stake in Furrowlight for $12 million in 2023, when the company had 19 employees and a single prototype bolted to a borrowed boom.",
          kind_alt=["acquisition"],
          note="'It' = 'The tractor maker' = Deere (previous sentence); different from the 2025 takeover"),
        D("deere-us-investment-2025", ["Deere"], "capex_plan",
          20_000_000_000, "USD", "exact", "2025-06", "planned", False,
          "Earlier this month, the Moline company said it would invest $20 billion in U.S. manufacturing and technology over the next decade.",
          note="'the Moline company' = Deere; group-wide ten-year plan -> optional"),
    ],
    ["$30 an acre", "$38 million", "$145,000 a year", "$506.40", "$4.38 a bushel", "Dozen ears $6"],
)

ARTICLES["012_baywa_halmgrund_isarbruecke.html"] = A(
    "2025-07-24",
    "from <meta name='date'>, JSON-LD datePublished and the byline '24.07.2025, 09:30 Uhr'; 'am Mittwoch' -> 2025-07-23; 'drei Wochen zuvor' -> 2025-07-02",
    "de",
    [
        D("baywa-halmgrund-digitalfarming", ["BayWa", "Halmgrund Software"], "acquisition",
          65_000_000, "EUR", "approx", "2025-07-23", "signed", True,
          "Der Kaufpreis, den Halmgrund an die BayWa zahlt, beträgt nach Informationen aus dem Umfeld beider Firmen rund 65 Millionen Euro; unterschrieben wurde am Mittwoch.",
          note="sale of BayWa's digital-farming unit; price from sources"),
        D("baywa-lechrain-solarpark", ["BayWa", "Lechrain Compute"], "acquisition",
          70_000_000, "EUR", "approx", "2025-07-02", "signed", True,
          "Lechrain zahlte nach eigenen Angaben knapp 70 Millionen Euro für den Park.",
          note="seller 'die Ökoenergie-Tochter BayWa r.e.' and 'Bereits drei Wochen zuvor' (before 2025-07-23) in the previous sentence; BayWa r.e. counted as BayWa; solar park next to a planned data centre on former farmland"),
    ],
    ["rund 14 Millionen Euro", "mehr als fünf Milliarden Euro", "8,15 Euro", "1.100 Euro je Hektar und Jahr",
     "0,99 Euro", "7,99 Euro"],
)

ARTICLES["013_nestle_aromind_pantryledger_en.txt"] = A(
    "2025-09-11",
    "from the line 'Commentary | Thursday 11 September 2025'; 'On Monday' -> 2025-09-08; 'In February' -> 2025-02",
    "en",
    [
        D("nestle-aromind-seriesb", ["Nestlé", "Aromind"], "investment",
          40_000_000, "USD", "exact", "2025-09-08", "completed", True,
          "On Monday Nestlé led a $40 million Series B in Aromind, the Copenhagen start-up that designs flavour molecules with generative models and predicts how tasting panels will react to them.",
          note="lead investor; the $310m post-money valuation is not a deal"),
        D("nestle-microsoft-2025", ["Nestlé", "Microsoft"], "cloud_contract",
          950_000_000, "USD", "approx", "2025-02", "signed", True,
          "In February Nestlé signed a six-year cloud and AI contract with Microsoft worth about $950 million, moving planning systems, recipe archives and most of its data science onto Azure.",
          note="same contract as 007 (CHF 850m), in USD, month only"),
        D("nestle-capex-2025", ["Nestlé"], "capex_plan",
          4_500_000_000, "CHF", "approx", "2025", "planned", False,
          "Nestlé also keeps its capital discipline story: the group still plans about CHF 4.5 billion in capital spending this year, barely changed, and none of the new AI money shows up as a separate line.",
          note="group-wide capital spending plan -> optional"),
    ],
    ["$310 million", "$32 billion", "CHF 92", "$450"],
)

ARTICLES["014_agrar_liveticker_feldfunk.txt"] = A(
    "2025-10-16",
    "from the ticker date line 'Der Tagesticker · Donnerstag, 16. Oktober 2025'; 'heute Vormittag' -> 2025-10-16, 'am Mittwoch' -> 2025-10-15, 'im April' -> 2025-04",
    "de",
    [
        D("suedzucker-weisselster-stake", ["Südzucker", "Weißelster Datenhallen"], "acquisition",
          60_000_000, "EUR", "approx", "2025-10-16", "signed", True,
          "Südzucker zahlt nach eigenen Angaben rund 60 Millionen Euro; vereinbart wurde das heute Vormittag in Mannheim.",
          kind_alt=["investment"],
          note="24.9 % of Weißelster Datenhallen GmbH named in the previous sentence ('Der Mannheimer Zuckerkonzern übernimmt'); 'drei Monate später' after the July ground-breaking; different from the 2024 lease (002)"),
        D("hooghwater-heineken-heat", ["Hooghwater Data", "Heineken"], "supply",
          2_500_000, "EUR", "approx", "2025-10-15", "signed", True,
          "Für die Wärme zahlt die Brauerei jährlich rund 2,5 Millionen Euro, Laufzeit: 15 Jahre, unterschrieben am Mittwoch.",
          per="year",
          note="'die Brauerei' = Heineken's Zoeterwoude brewery, supplier Hooghwater Data (previous sentences); yearly rate for 15 years"),
        D("claas-krumenwerk-takeover-denied", ["Claas", "Krumenwerk"], "acquisition",
          250_000_000, "EUR", "up_to", "2025-10", "rumored", False,
          "Claas weist einen Bericht zurück, wonach der Landtechnikkonzern das Osnabrücker Start-up Krumenwerk für bis zu 250 Millionen Euro komplett kaufen wolle.",
          note="denied rumour -> optional; different from the Series B (009) and the licence (017)"),
        D("claas-krumenwerk-seriesb", ["Claas", "Krumenwerk"], "investment",
          None, None, None, "2025-04", "completed", False,
          "Claas hatte im April eine Finanzierungsrunde bei Krumenwerk angeführt.",
          note="amount-less background restatement of 009"),
    ],
    ["11,02 Euro", "189,50 Euro je Tonne", "zwischen 100 und 200 Millionen Euro", "9,3 bis 9,8 Milliarden Euro",
     "9,1 Milliarden Euro", "95 Euro"],
)

ARTICLES["015_agraraktien_marktbericht_ackerboerse.txt"] = A(
    "2025-11-14",
    "from the line 'Freitag, 14. November 2025 · Börsenschluss'; 'im Juni' -> 2025-06; 'seit dem Sommer' -> 2025",
    "de",
    [
        D("deere-furrowlight", ["Deere", "Furrowlight"], "acquisition",
          250_000_000, "EUR", "approx", "2025-06", "completed", True,
          "Der Deere-Konzern hat die im Juni vereinbarte Übernahme des Unkrauterkenners Furrowlight für knapp 250 Millionen Euro inzwischen abgeschlossen; die Kameramodule sollen ab der Saison 2026 ab Werk in neue Feldspritzen eingebaut werden.",
          note="same deal as 006 and 011, in EUR, month only, now closed; 'Deere-Konzern'"),
        D("suedzucker-elbwinkel-brottewitz", ["Südzucker", "Elbwinkel Datapark"], "acquisition",
          38_000_000, "EUR", "approx", "2025", "cancelled", True,
          "Im Gespräch waren rund 38 Millionen Euro für das rund 40 Hektar große Areal an der Elbe; gesprochen wurde seit dem Sommer.",
          note="parties in the previous sentence ('Der Mannheimer Konzern hat die Verhandlungen ... an den Rechenzentrumsentwickler Elbwinkel Datapark abgebrochen'); talks since the summer -> 2025; broken off -> cancelled"),
    ],
    ["418,30 Euro", "1,1 Milliarden Dollar", "10,42 Euro", "7,90 Euro", "50,12 Euro", "31,40 Euro",
     "478,25 Euro je Tonne", "560 Dollar", "78 Euro", "100 Euro Bonus"],
)

ARTICLES["016_uckerhall_randowtal_uckerlandbote.txt"] = A(
    "2026-01-20",
    "from the dateline 'PRENZLAU · Dienstag, 20. Januar 2026'; 'am Samstag' -> 2026-01-17 (members' vote), 'am Montag' -> 2026-01-19 (notarised)",
    "de",
    [
        D("randowtal-uckerhall-land", ["Agrargenossenschaft Randowtal", "Uckerhall Compute"], "acquisition",
          11_800_000, "EUR", "exact", "2026-01-19", "signed", True,
          "11,8 Millionen Euro – diese Summe zahlt die Berliner Uckerhall Compute GmbH der Agrargenossenschaft Randowtal für 62 Hektar Ackerland zwischen der Bundesstraße und dem Umspannwerk Bertikow.",
          kind_alt=["other"],
          note="amount first; vote 'am Samstag', contract signed at the notary 'am Montag' (next sentence)"),
        D("uckerhall-campus-capex", ["Uckerhall Compute"], "capex_plan",
          1_200_000_000, "EUR", "range", "2026-01", "planned", True,
          "Insgesamt will das Unternehmen nach eigenen Angaben zwischen 1,2 und 1,5 Milliarden Euro investieren.",
          amount_max=1_500_000_000,
          note="'das Unternehmen' = Uckerhall; first hall 'bis Ende 2028'"),
        D("uckerhall-aws-lease", ["Uckerhall Compute", "Amazon"], "cloud_contract",
          90_000_000, "EUR", "approx", "2026-01", "negotiating", True,
          "Nach Informationen des Uckerland-Boten verhandelt Uckerhall mit der Amazon-Tochter AWS über die Anmietung der ersten Halle; im Raum stehen rund 90 Millionen Euro im Jahr.",
          per="year", kind_alt=["other"],
          note="'Amazon-Tochter AWS'; yearly rent under negotiation, from the paper's sources"),
    ],
    ["480 Euro je Hektar", "1,60 Euro je Quadratmeter", "bis zu 40 Millionen Euro", "23 Millionen Euro", "8,99 Euro"],
)

ARTICLES["017_krumenwerk_interview_bodenstaendig.txt"] = A(
    None,
    "no date anywhere in the article (only 'Lesedauer: 8 Minuten')",
    "de",
    [
        D("claas-krumenwerk-seriesb", ["Claas", "Krumenwerk"], "investment",
          40_000_000, "EUR", "exact", None, "completed", True,
          "Herr Vöckel, Claas hat Ihre Series B über 40 Millionen Euro angeführt.",
          note="restatement of 009 in the interviewer's question; 'Ihre' = Krumenwerk; undated interview"),
        D("claas-krumenwerk-licence", ["Claas", "Krumenwerk"], "other",
          5_000_000, "EUR", "at_least", None, "signed", True,
          "Seit dem Sommer zahlt uns Claas für jede Maschine, die ab Werk mit unseren Sensoren ausgeliefert wird, eine Lizenz – unterm Strich mehr als fünf Millionen Euro im Jahr.",
          per="year", kind_alt=["supply", "partnership"],
          note="'uns' = Krumenwerk; 'Seit dem Sommer' without a year -> null; a separate contract from the stake (next sentence)"),
        D("deere-krumenwerk-offer-2024", ["Deere", "Krumenwerk"], "acquisition",
          120_000_000, "USD", "approx", "2024", "cancelled", True,
          "Im Herbst 2024 hat uns Deere rund 120 Millionen Dollar für die ganze Firma geboten.",
          note="offer refused ('nach einer Nacht Nein gesagt') -> cancelled; autumn -> the year"),
        D("krumenwerk-osnabrueck-capex", ["Krumenwerk"], "capex_plan",
          25_000_000, "EUR", "approx", None, "planned", True,
          "Wir bauen in Osnabrück eine eigene Linie für die Sensorzinken, dafür geben wir rund 25 Millionen Euro aus.",
          note="'wir' = Krumenwerk; production line"),
    ],
    ["neun Euro je Hektar", "2.700 Euro", "72.000 Euro", "12,50 Euro", "98 Euro"],
)

ARTICLES["018_yara_gratind_frierfjord_en.txt"] = A(
    "2026-03-12",
    "from the date line 'Thursday 12 March 2026'; 'on Wednesday' -> 2026-03-11; 'Sixteen months ago' -> 2024-11",
    "en",
    [
        D("gratind-yara-heroya-plot", ["Gråtind Compute", "Yara"], "acquisition",
          240_000_000, "NOK", "exact", "2026-03-11", "signed", True,
          "Gråtind Compute will pay Yara NOK 240 million for an eight-hectare plot inside the Herøya industrial park, the companies announced on Wednesday.",
          kind_alt=["supply", "other"],
          note="price includes 25 years of waste heat from the ammonia plant; second deal of the pair, must stay apart from the 2024 compute contract"),
        D("yara-gratind-compute", ["Yara", "Gråtind Compute"], "cloud_contract",
          1_400_000_000, "NOK", "exact", "2024-11", "signed", True,
          "Sixteen months ago Yara signed a five-year, NOK 1.4 billion compute contract with the same company, which it uses to train the models behind its fertiliser-advice software and to simulate its plants.",
          note="restatement of 005 ('Sixteen months ago' -> 2024-11); the amount-less extension mentioned next is part of it"),
        D("lysefjord-gratind-2026", ["Lysefjord Kapital", "Gråtind Compute"], "investment",
          1_000_000_000, "NOK", "approx", "2026-03", "negotiating", True,
          "Chief executive Eivind Stray-Lunde said the company was in talks with Lysefjord Kapital, its largest shareholder, and two Norwegian pension funds about raising roughly NOK 1 billion in fresh equity to pay for it.",
          note="'the company' = Gråtind; two unnamed pension funds; different from the 2024 round (005)"),
    ],
    ["$2.3 billion", "NOK 7 million a year", "NOK 0.62 per kilowatt-hour", "NOK 372.80", "NOK 1,490"],
)

ARTICLES["019_abinbev_microsoft_agents_brewbeat_en.txt"] = A(
    "2026-06-09",
    "from the line 'Posted 9 June 2026, 14:20 CEST'; 'on Monday' -> 2026-06-08, 'last Thursday' -> 2026-06-04",
    "en",
    [
        D("abinbev-microsoft-agents-2026", ["AB InBev", "Microsoft"], "cloud_contract",
          400_000_000, "USD", "exact", "2026-06-08", "signed", True,
          "LEUVEN — AB InBev has signed a second contract with Microsoft, paying $400 million over four years for AI agents that take orders from bars and shops, answer distributor queries and draft brewery maintenance plans.",
          note="announced 'on Monday' (next sentence); second AB InBev–Microsoft deal, must stay apart from the 2024 Azure contract"),
        D("abinbev-microsoft-azure-2024", ["AB InBev", "Microsoft"], "cloud_contract",
          None, None, None, "2024-03", "signed", False,
          "The new deal comes in addition to the seven-year Azure agreement the brewer struck in March 2024, which moved its planning and brewery data into Microsoft's cloud.",
          note="amount-less restatement of the 2024 contract (001, 004)"),
        D("heineken-maltvane-buyout", ["Heineken", "Maltvane"], "acquisition",
          95_000_000, "EUR", "exact", "2026-06-04", "signed", True,
          "Heineken will pay €95 million for the roughly 85 % of the shares still held by founders and funds, it said last Thursday.",
          note="'the shares' = Maltvane's ('Heineken is taking full control of Maltvane', previous sentence); second Heineken–Maltvane deal after the 2024 Series A (001)"),
    ],
    ["$61.20", "$15.2 billion", "$25 billion", "€5.40", "€4.60", "€450", "€220"],
)

ARTICLES["020_claas_schwadwerk_teutoburger.txt"] = A(
    "2026-11-05",
    "dateline without year 'Harsewinkel, 5. November (wbw)'; the year from the issue line 'Ausgabe 45 | 2026'; 'am Mittwoch' -> 2026-11-04; 'Ende Oktober' -> 2026-10",
    "de",
    [
        D("claas-schwadwerk", ["Claas", "Schwadwerk Robotics"], "acquisition",
          120_000_000, "EUR", "approx", "2026-11-04", "signed", True,
          "Der Konzern zahlt nach Angaben aus Verhandlungskreisen rund 120 Millionen Euro für sämtliche Anteile; den Kaufvertrag unterschrieben beide Seiten am Mittwoch in Harsewinkel.",
          note="'Der Konzern' = die Claas-Gruppe, target Schwadwerk Robotics GmbH (previous sentence); antitrust approval pending"),
        D("kws-leinebogen-gpu", ["KWS Saat", "Leinebogen Compute"], "cloud_contract",
          14_000_000, "EUR", "exact", "2026-10", "signed", True,
          "Das Volumen des Ende Oktober unterzeichneten Vertrags beträgt 14 Millionen Euro über zwei Jahre.",
          note="parties in the previous sentence ('KWS Saat hat bei der Hannoveraner Leinebogen Compute GPU-Kapazität ... gebucht')"),
        D("oetker-sap-cloud", ["Dr. Oetker", "SAP"], "cloud_contract",
          80_000_000, "EUR", "approx", "2026-11", "signed", True,
          "Nach Branchenschätzung geht es um rund 80 Millionen Euro; das Unternehmen selbst nannte keine Zahl.",
          note="five-year extension named in the previous sentence; value is an industry estimate; no date given -> month of the issue"),
    ],
    ["rund 5,7 Milliarden Euro", "3,5 Millionen Euro", "rund 1.450 Euro im Jahr", "Beratung ab 0 Euro",
     "3,90 Euro"],
)

ALIASES = {
    "AB InBev": ["AB InBev", "Anheuser-Busch InBev", "AB Inbev"],
    "Microsoft": ["Microsoft", "Azure", "Microsoft Azure"],
    "Heineken": ["Heineken", "Heineken N.V."],
    "Maltvane": ["Maltvane"],
    "Südzucker": ["Südzucker", "Südzucker AG", "Suedzucker"],
    "Weißelster Datenhallen": ["Weißelster Datenhallen", "Weißelster Datenhallen GmbH", "Weißelster"],
    "Stadt Zeitz": ["Stadt Zeitz", "Zeitz"],
    "Nutrien": ["Nutrien", "Nutrien Ltd."],
    "Prairiewise Analytics": ["Prairiewise Analytics", "Prairiewise"],
    "Wapiti Bend Capital": ["Wapiti Bend Capital", "Wapiti Bend"],
    "Keglytics": ["Keglytics"],
    "Yara": ["Yara", "Yara International"],
    "Gråtind Compute": ["Gråtind Compute", "Gråtind Compute AS", "Gråtind", "Gratind Compute"],
    "Lysefjord Kapital": ["Lysefjord Kapital", "Lysefjord"],
    "Deere": ["Deere", "Deere & Company", "John Deere"],
    "Furrowlight": ["Furrowlight"],
    "SpaceX": ["SpaceX", "Starlink"],
    "Nestlé": ["Nestlé", "Nestle"],
    "Google": ["Google", "Google Cloud", "Alphabet"],
    "Danone": ["Danone"],
    "Ferméa Labs": ["Ferméa Labs", "Ferméa", "Fermea Labs"],
    "Capucine Ventures": ["Capucine Ventures", "Capucine"],
    "Claas": ["Claas", "Claas-Gruppe", "CLAAS KGaA mbH"],
    "Krumenwerk": ["Krumenwerk", "Krumenwerk GmbH"],
    "Deutsche Telekom": ["Deutsche Telekom", "Telekom", "T-Systems"],
    "BayWa": ["BayWa", "BayWa AG", "BayWa r.e."],
    "Halmgrund Software": ["Halmgrund Software", "Halmgrund"],
    "Lechrain Compute": ["Lechrain Compute", "Lechrain"],
    "Unilever": ["Unilever"],
    "Aromind": ["Aromind"],
    "Lumenfield Cloud": ["Lumenfield Cloud", "Lumenfield"],
    "Tillwright": ["Tillwright"],
    "Harrowfield Capital": ["Harrowfield Capital", "Harrowfield"],
    "Hooghwater Data": ["Hooghwater Data", "Hooghwater"],
    "Elbwinkel Datapark": ["Elbwinkel Datapark", "Elbwinkel"],
    "Uckerhall Compute": ["Uckerhall Compute", "Uckerhall Compute GmbH", "Uckerhall"],
    "Agrargenossenschaft Randowtal": ["Agrargenossenschaft Randowtal", "Agrargenossenschaft Randowtal eG", "Randowtal"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Schwadwerk Robotics": ["Schwadwerk Robotics", "Schwadwerk Robotics GmbH", "Schwadwerk"],
    "KWS Saat": ["KWS Saat", "KWS"],
    "Leinebogen Compute": ["Leinebogen Compute", "Leinebogen"],
    "Dr. Oetker": ["Dr. Oetker", "Oetker"],
    "SAP": ["SAP", "SAP SE"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote {out} ({len(ARTICLES)} articles, {n} deal mentions)")


if __name__ == "__main__":
    main()
