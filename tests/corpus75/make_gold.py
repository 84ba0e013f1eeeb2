#!/usr/bin/env python3
"""Write gold.json for corpus75 (the hand annotation, kept as a script).

Usage: python3 tests/corpus75/make_gold.py      (rewrites tests/corpus75/gold.json)
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
M = 1_000_000
B = 1_000_000_000


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
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


def N(id, parties, kind, date, status, evidence, required=False, kind_alt=None, note=None):
    """A deal mention without an amount."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=required,
             kind_alt=kind_alt, note=note)


ABOUT = (
    "Hand-annotated deals in the seventy-fifth, held-out test corpus (tests/corpus75/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: data centres in Switzerland, Austria and Liechtenstein (hydropower "
    "contracts, cantonal banks and pension funds, heat reuse with municipalities, Zurich, Geneva, Vienna and "
    "Tyrol sites, cooling and switchgear suppliers) and German coverage of the same developments. One entry "
    "per article; a deal that several articles report carries the same id in each. 'required': false marks "
    "vague, background or amount-less mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts "
    "are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; "
    "'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision. 'date' is when the "
    "deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication "
    "date ('published', from the article's own date line, dateline, issue line, byline, <time>, meta tag or "
    "JSON-LD, or null when the article has none); seasons and vague spans become the year or month they "
    "name; a cancelled deal keeps the date of the original agreement; talks that later became an agreement "
    "are undated where dating them would contradict the agreement; 'term' is the period the deal covers, "
    "where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For "
    ".html articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). "
    "Capital-spending plans list only the spender. Invented companies: Albula Rechenzentren AG, Pensionskasse "
    "Mythen, Fluela Energie AG, Lintheis AG, Firnwerk Compute GmbH, Gschnitz Wasserkraft GmbH, Tamina "
    "Schaltanlagen AG, Lobau Datacenter GmbH, Arlberg Infrastruktur Partners, Rhyfeld Data AG, Léman Calcul; "
    "invented publications, research houses, advertisers and people are listed in invented_names.txt; the "
    "deals of real companies are partly real (retold, shifted or simplified), partly invented (see README.md). "
    "Nothing here is reporting."
)

A = {}

A["001_microsoft_zurich_rackletter_en.txt"] = {
    "published": "2024-06-13",
    "published_note": "from the issue line 'Issue 18 · Thursday 13 June 2024'; 'on Tuesday' -> 2024-06-11",
    "language": "en",
    "deals": [
        D("microsoft-switzerland-2024", ["Microsoft"], "capex_plan", 400 * M, "USD", "exact", "2024-06-11", "announced",
          "Microsoft said on Tuesday it will invest $400 million in Switzerland to widen its cloud and AI infrastructure, most of it at the data centre regions it runs near Zurich and Geneva.",
          alt=[(355 * M, "CHF")],
          note="capital-spending plan of one company (the spender only); no period given; 002 converts it to 'gut 355 Millionen Franken' (alt_amounts)"),
        D("aws-switzerland-2036", ["Amazon"], "capex_plan", 5.9 * B, "CHF", "approx", "2022-11", "announced",
          "For scale: when Amazon Web Services switched on its Zurich region in November 2022, it said it expected to put roughly CHF 5.9 billion into Swiss infrastructure by 2036.",
          required=False, term=[None, "2036"],
          note="background: a 2022 pledge recalled for comparison, hence optional"),
    ],
    "not_deals": ["CHF 11m to 13m per megawatt", "CHF 0.21 per kWh", "CHF 1.9bn a year", "CHF 1.1bn",
                  "CHF 58 million", "CHF 95"],
}

A["002_microsoft_schweiz_uetlibergkurier.txt"] = {
    "published": "2024-06-12",
    "published_note": "from the date line 'Mittwoch, 12. Juni 2024' and the dateline 'Zürich, 12. Juni (uek)'; 'am Dienstag' -> 2024-06-11",
    "language": "de",
    "deals": [
        D("microsoft-switzerland-2024", ["Microsoft"], "capex_plan", 400 * M, "USD", "exact", "2024-06-11", "announced",
          "Wie das Unternehmen am Dienstag in Zürich mitteilte, investiert der Konzern 400 Millionen Dollar – nach heutigem Kurs gut 355 Millionen Franken – in zusätzliche Cloud- und KI-Kapazität an seinen Standorten bei Zürich und Genf.",
          alt=[(355 * M, "CHF")],
          note="'das Unternehmen'/'der Konzern' = Microsoft (previous sentence); the '400 Millionen' in the quote of Rahel Ammann is the same deal"),
        D("aws-switzerland-2036", ["Amazon"], "capex_plan", 5.9 * B, "CHF", "approx", "2022", "announced",
          "Die Cloud-Tochter AWS hatte beim Start ihrer Zürcher Region Ende 2022 in Aussicht gestellt, bis 2036 rund 5,9 Milliarden Franken hierzulande zu investieren.",
          required=False, term=[None, "2036"],
          note="background pledge of 2022 ('Ende 2022' -> the year), optional"),
    ],
    "not_deals": ["zwischen 18 und 24 Rappen pro Kilowattstunde", "rund 98.000 Franken im Jahr",
                  "Fonds von 12 Millionen Franken", "432,68 Dollar"],
}

A["003_albula_ruemlang_unterlandecho.txt"] = {
    "published": "2024-09-19",
    "published_note": "from the date line 'Rümlang, Donnerstag, 19. September 2024'; 'am Dienstag' -> 2024-09-17",
    "language": "de",
    "deals": [
        D("zkb-albula-loan-2024", ["Zürcher Kantonalbank", "Albula Rechenzentren"], "other", 280 * M, "CHF", "exact", "2024-09-17", "signed",
          "Die Zürcher Kantonalbank führt ein Konsortium aus fünf Banken an, das dem Unternehmen einen Baukredit über 280 Millionen Franken gewährt.",
          kind_alt=["investment"],
          note="construction loan; 'dem Unternehmen' = Albula Rechenzentren AG, which signed 'am Dienstag' (previous sentence); different from the CHF 150m increase of 2026 (017)"),
        D("mythen-albula-equity-2024", ["Pensionskasse Mythen", "Albula Rechenzentren"], "investment", 120 * M, "CHF", "exact", "2024-09-17", "signed",
          "Die Pensionskasse Mythen aus Schwyz beteiligt sich mit 120 Millionen Franken und erhält dafür eine Minderheitsbeteiligung.",
          note="equity part of the financing signed on Tuesday; the headline sum '400 Millionen Franken' (loan + equity) is a total, not a deal"),
        D("ruemlang-albula-heat", ["Gemeinde Rümlang", "Albula Rechenzentren"], "supply", 1 * M, "CHF", "approx", None, "negotiating",
          "Im Gespräch ist laut Gemeinderat Urs Birchler ein Betrag von rund einer Million Franken pro Jahr, den die Gemeinde für die Wärme bezahlen würde.",
          per="year", alt=[(1.1 * M, "CHF")],
          note="heat-supply talks ('Unterschrieben ist noch nichts'); amount in words; the contract was approved on 2026-05-18 at about CHF 1.1m a year (018, alt_amounts); the talks stay undated so that the shared id's dates agree"),
        N("albula-ruemlang-land", ["Albula Rechenzentren"], "acquisition", "2022", "completed",
          "Das Grundstück hatte Albula 2022 von einer Erbengemeinschaft übernommen; im Dorf kursiert ein Preis von 1150 Franken pro Quadratmeter.",
          note="background land purchase from private sellers; only a rumoured price per square metre (not_deal), no total -> optional"),
    ],
    "not_deals": ["400 Millionen Franken", "rund 9,4 Milliarden Franken", "zwischen zwei und drei Millionen Franken jährlich",
                  "41,6 Millionen Franken", "1150 Franken pro Quadratmeter", "8 Franken"],
}

A["004_schneider_motivair_seefeld_en.html"] = {
    "published": "2024-10-16",
    "published_note": "no visible date; from <meta property='article:published_time'> and JSON-LD datePublished 2024-10-16; 'on Tuesday' -> 2024-10-15",
    "language": "en",
    "deals": [
        D("schneider-motivair-2024", ["Schneider Electric", "Motivair"], "acquisition", 850 * M, "USD", "exact", "2024-10-15", "signed",
          "Schneider Electric will hand over $850 million to take control of Motivair, buying 75% of the company that builds liquid-cooling gear for dense AI server racks near Buffalo in New York State, the French group said on Tuesday.",
          alt=[(730 * M, "CHF")],
          note="75% stake; 'roughly CHF 730 million' in the next sentence is the same price (alt_amounts); different from the later purchase of the remaining quarter"),
        N("schneider-motivair-remaining", ["Schneider Electric", "Motivair"], "acquisition", "2024-10-15", "planned",
          "Schneider can buy the remaining quarter of the business in 2028; it gave no price for that second step.",
          note="option on the remaining 25% agreed with the deal, exercisable in 2028; no price -> optional; must stay apart from the $850m stake"),
    ],
    "not_deals": ["$300 million", "$15 billion by 2030", "€233.50", "CHF 48.20", "CHF 212 million",
                  "CHF 880 per square metre", "CHF 250,000", "CHF 19 per month"],
}

A["005_fluela_albula_wasserschloss.txt"] = {
    "published": "2024-11-21",
    "published_note": "from the issue line 'Nr. 44/2024 · Donnerstag, 21. November 2024'; 'vergangene Woche' -> 2024-11 (11-15 November)",
    "language": "de",
    "deals": [
        D("fluela-albula-ppa", ["Fluela Energie", "Albula Rechenzentren"], "supply", 14 * M, "CHF", "approx", "2024-11", "signed",
          "Albula zahlt dafür jährlich rund 14 Millionen Franken, ein Teil des Preises folgt dem Terminmarkt.",
          per="year", term=["2026-01", "2035"], alt=[(15 * M, "EUR")],
          note="ten-year power purchase agreement; parties, 'vergangene Woche' and the start 'Ab Januar 2026' in the two previous sentences; 009 gives 'about €15 million' a year (alt_amounts)"),
        D("fluela-renewal-capex", ["Fluela Energie"], "capex_plan", 250 * M, "CHF", "approx", "2024", "planned",
          "Bereits im Frühjahr hatte der Verwaltungsrat beschlossen, bis 2030 rund 250 Millionen Franken in die Erneuerung der Zentralen Glaris und Frauenkirch zu stecken.",
          term=[None, "2030"],
          note="'der Verwaltungsrat' = Fluela's board (the bullets are about Fluela); 'im Frühjahr' -> the year; the federal contribution 'bis zu 60 Millionen Franken' is a subsidy (not_deal)"),
    ],
    "not_deals": ["31,5 Millionen Franken", "19,2 Millionen Franken", "110 Franken pro Kilowatt Bruttoleistung",
                  "bis zu 60 Millionen Franken", "rund 85 Euro je Megawattstunde", "180 Franken", "90 Franken",
                  "480 Franken"],
}

A["006_microsoft_capex_alpenwire_en.txt"] = {
    "published": "2025-01-06",
    "published_note": "from 'January 6, 2025 · 07:20 CET' and the dateline 'ZURICH, Jan 6'; 'on Friday' -> 2025-01-03",
    "language": "en",
    "deals": [
        D("microsoft-fy25-capex", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01-03", "planned",
          "Microsoft plans capital spending of roughly $80 billion on data centres built for artificial intelligence during the twelve months ending June 2025, according to a blog post that Brad Smith, the company's vice chair and president, published on Friday.",
          term=["2024-07", "2025-06"],
          note="fiscal-year capex plan; 'more than half' for the US is a part without a figure"),
        D("microsoft-switzerland-2024", ["Microsoft"], "capex_plan", 400 * M, "USD", "exact", "2024-06", "announced",
          "Last June it pledged $400 million to expand its cloud regions near Zurich and Geneva, with no end date attached.",
          note="restatement; 'it' = Microsoft ('the Redmond company', previous sentence); 'Last June' -> 2024-06"),
    ],
    "not_deals": ["between $150 million and $200 million", "CHF 12 million per megawatt", "$55.7 billion",
                  "$65.6 billion", "$423.35"],
}

A["007_lintheis_aktienpuls.txt"] = {
    "published": "2025-02-06",
    "published_note": "from '06.02.2025, 09:31 Uhr'; 'Am Mittwochabend' -> 2025-02-05, 'am Dienstagabend' -> 2025-02-04",
    "language": "de",
    "deals": [
        D("lintheis-albula-cooling-2025", ["Lintheis", "Albula Rechenzentren"], "supply", 46 * M, "CHF", "exact", "2025-02-05", "signed",
          "Lintheis liefert für den Neubau in Rümlang Kältemaschinen und Flüssigkühlsysteme im Wert von 46 Millionen Franken.",
          note="customer ('Auftrag der Albula Rechenzentren AG') and 'Am Mittwochabend' in the previous sentence; first order of the pair (the CHF 31m follow-on order is 017)"),
        N("schneider-motivair-2024", ["Schneider Electric", "Motivair"], "acquisition", "2024-10", "completed",
          "Seit Schneider Electric im vergangenen Oktober drei Viertel des US-Spezialisten Motivair übernommen hat, handeln Anleger Kühltechnikwerte auch als Übernahmekandidaten.",
          note="background restatement without amount ('im vergangenen Oktober' -> 2024-10)"),
        D("alphabet-capex-2025", ["Alphabet"], "capex_plan", 75 * B, "USD", "approx", "2025-02-04", "planned",
          "Die Google-Mutter Alphabet will 2025 rund 75 Milliarden Dollar in Sachanlagen stecken, wie sie am Dienstagabend zu den Quartalszahlen ankündigte.",
          term=["2025", "2025"]),
        D("meta-capex-2025", ["Meta"], "capex_plan", 60 * B, "USD", "range", "2025-01", "planned",
          "Meta hatte Ende Januar für das laufende Jahr einen Investitionsrahmen zwischen 60 und 65 Milliarden Dollar genannt, Microsoft Anfang Januar rund 80 Milliarden Dollar für sein bis Juni laufendes Geschäftsjahr.",
          amount_max=65 * B, term=["2025", "2025"],
          note="two capex plans in one sentence; 'Ende Januar' -> 2025-01"),
        D("microsoft-fy25-capex", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01", "planned",
          "Meta hatte Ende Januar für das laufende Jahr einen Investitionsrahmen zwischen 60 und 65 Milliarden Dollar genannt, Microsoft Anfang Januar rund 80 Milliarden Dollar für sein bis Juni laufendes Geschäftsjahr.",
          note="second plan of the sentence (elliptic 'hatte … genannt'); 'Anfang Januar' -> 2025-01"),
    ],
    "not_deals": ["52,70 Franken", "231 Millionen Franken", "1,10 Franken je Aktie", "knapp 1,1 Milliarden Franken",
                  "64 Franken", "über 300 Millionen Franken", "71,85 CHF", "5 Franken pro Order"],
}

A["008_firnwerk_kufstein_rundschau.txt"] = {
    "published": "2025-03-14",
    "published_note": "from the date line 'Bezirk Kufstein · Freitag, 14. März 2025'; 'am Donnerstag' -> 2025-03-13",
    "language": "de",
    "deals": [
        D("firnwerk-kufstein-project", ["Firnwerk Compute"], "project", 650 * M, "EUR", "approx", "2025-03-13", "announced",
          "Die Kosten für das Projekt beziffert das Innsbrucker Unternehmen mit rund 650 Millionen Euro; der erste Bauabschnitt soll Ende 2026 in Betrieb gehen, rund 200 Arbeitsplätze sollen entstehen.",
          kind_alt=["capex_plan"],
          note="'das Innsbrucker Unternehmen' = Firnwerk Compute GmbH, confirmed 'am Donnerstag' (previous sentence); the '650 Millionen' in the reader comment is the same figure"),
        D("gschnitz-firnwerk-ppa", ["Gschnitz Wasserkraft", "Firnwerk Compute"], "supply", 140 * M, "EUR", "approx", "2025-03-13", "signed",
          "Der Vertrag läuft ab 2027 zwölf Jahre und ist knapp 140 Millionen Euro schwer, wie beide Seiten bestätigten.",
          term=["2027", "2038"],
          note="power contract; supplier in the previous sentence ('Den Strom liefert die Gschnitz Wasserkraft GmbH'); 'knapp' -> approx; different from Gschnitz's 2026 stake in Firnwerk (019)"),
        N("kufstein-firnwerk-heat", ["Stadt Kufstein", "Firnwerk Compute"], "supply", "2025-03", "negotiating",
          "Mit der Stadt Kufstein laufen Gespräche über die Abwärme, die ins Fernwärmenetz der Stadtwerke fließen könnte.",
          note="heat talks without amount -> optional"),
    ],
    "not_deals": ["4,5 Millionen Euro", "rund 600.000 Euro im Jahr", "insgesamt 48 Millionen Euro",
                  "30 Cent für die Kilowattstunde"],
}

A["009_snowmelt_kilowattalps_en.txt"] = {
    "published": "2025-03-20",
    "published_note": "from the byline 'Posted 20 March 2025 by Mirjam Pfister'; 'Last week' -> 2025-03; 'Back in November' -> 2024-11; 'On Monday' -> 2025-03-17",
    "language": "en",
    "deals": [
        D("firnwerk-kufstein-project", ["Firnwerk Compute"], "project", 650 * M, "EUR", "exact", "2025-03", "announced",
          "Last week Innsbruck's Firnwerk Compute confirmed a €650m GPU campus in Kufstein and, in the same breath, a power deal with Gschnitz Wasserkraft worth some €140 million over twelve years.",
          kind_alt=["capex_plan"], note="two deals in one sentence"),
        D("gschnitz-firnwerk-ppa", ["Gschnitz Wasserkraft", "Firnwerk Compute"], "supply", 140 * M, "EUR", "approx", "2025-03", "signed",
          "Last week Innsbruck's Firnwerk Compute confirmed a €650m GPU campus in Kufstein and, in the same breath, a power deal with Gschnitz Wasserkraft worth some €140 million over twelve years.",
          note="second deal of the sentence; 'some' -> approx"),
        D("fluela-albula-ppa", ["Fluela Energie", "Albula Rechenzentren"], "supply", 14 * M, "CHF", "approx", "2024-11", "signed",
          "Back in November, Albula Rechenzentren locked in run-of-river power from Davos-based Fluela Energie for its Rümlang site at roughly CHF 14 million a year, about €15 million, for a decade.",
          per="year", alt=[(15 * M, "EUR")]),
        D("eaton-fibrebond", ["Eaton", "Fibrebond"], "acquisition", 1.4 * B, "USD", "exact", "2025-03-17", "signed",
          "On Monday Eaton agreed to buy Fibrebond, a Louisiana builder of pre-fabricated power enclosures, for $1.4 billion.",
          note="first Eaton deal; the Boyd thermal purchase (013) is another deal"),
    ],
    "not_deals": ["€9m–11m per megawatt", "19 cents per kWh", "26 cents", "€11 per MWh",
                  "CHF 110 per kW of gross capacity", "CHF 8 a month"],
}

A["010_firnwerk_nvidia_ipa.txt"] = {
    "published": "2025-06-17",
    "published_note": "from '17.06.2025 – 07:12'; 'am Montag' -> 2025-06-16; 'im März' -> 2025-03",
    "language": "de",
    "deals": [
        D("firnwerk-nvidia-gpus", ["Firnwerk Compute", "Nvidia"], "supply", 300 * M, "USD", "up_to", "2025-06", "rumored",
          "Das Paket könnte bis zu 300 Millionen Dollar schwer sein, hieß es aus dem Umfeld der Gespräche.",
          alt=[(290 * M, "USD")],
          note="sourced rumour ('Insidern zufolge', 'Nvidia-Chips' in the previous sentence); 014 and 019 report the signed order at about $290m (alt_amounts); dated to the month of the report"),
        D("tamina-firnwerk-switchgear", ["Tamina Schaltanlagen", "Firnwerk Compute"], "supply", 19 * M, "EUR", "exact", "2025-06-16", "signed",
          "Der Auftrag hat nach Angaben der Schweizer einen Wert von 19 Millionen Euro (knapp 18 Millionen Franken); unterzeichnet wurde er am Montag.",
          alt=[(18 * M, "CHF")],
          note="'die Schweizer' = Tamina Schaltanlagen AG (previous sentence); customer = Firnwerk ('das Kufsteiner Projekt')"),
        N("gschnitz-firnwerk-ppa", ["Gschnitz Wasserkraft", "Firnwerk Compute"], "supply", None, "signed",
          "Den Strom für den Standort bezieht Firnwerk aus Laufkraftwerken der Gschnitz Wasserkraft im Wipptal.",
          note="amount-less restatement of the March power contract -> optional"),
        D("firnwerk-kufstein-project", ["Firnwerk Compute"], "project", 650 * M, "EUR", "approx", "2025-03", "announced",
          "Firnwerk hatte im März angekündigt, in Kufstein rund 650 Millionen Euro in einen Campus für KI-Rechenleistung zu investieren.",
          kind_alt=["capex_plan"]),
    ],
    "not_deals": ["30.000 bis 40.000 Dollar", "96 Millionen Franken", "rund 310 Millionen Euro", "25 Millionen Euro"],
}

A["011_lobau_seestadt_rundblick.html"] = {
    "published": "2025-10-08",
    "published_note": "from <meta name='date'>, JSON-LD datePublished and the visible <time> '08.10.2025, 06:30'; 'am Dienstag' -> 2025-10-07",
    "language": "de",
    "deals": [
        D("lobau-vienna-campus", ["Lobau Datacenter"], "project", 480 * M, "EUR", "approx", "2025-10-07", "announced",
          "Rund 480 Millionen Euro will das Unternehmen dafür ausgeben, wie Geschäftsführerin Verena Strasser am Dienstag bei einer Präsentation im Amtshaus sagte.",
          kind_alt=["capex_plan"], alt=[(450 * M, "CHF")],
          note="'das Unternehmen' = Lobau Datacenter GmbH (previous sentence); 014 adds 'about CHF 450 million' (alt_amounts)"),
        D("wienenergie-lobau-heat", ["Wien Energie", "Lobau Datacenter"], "project", 12 * M, "EUR", "at_least", "2025-10-07", "announced",
          "Wien Energie errichtet eine Großwärmepumpe und eine rund zwei Kilometer lange Leitung zum Fernwärmenetz und investiert dafür nach eigenen Angaben mehr als zwölf Millionen Euro.",
          kind_alt=["partnership", "capex_plan"],
          note="the utility's heat-recovery investment for the data centre, presented with it on Tuesday; amount in words, 'mehr als' -> at_least; the federal subsidy '2,8 Millionen Euro' is a not_deal"),
    ],
    "not_deals": ["2,8 Millionen Euro", "rund 13 Cent pro Kilowattstunde", "14,20 Euro pro Quadratmeter", "3.200 Euro"],
}

A["012_albula_interview_passhoehe_en.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Reading time: 7 minutes'); all deal dates null",
    "language": "en",
    "deals": [
        D("zkb-albula-loan-2024", ["Zürcher Kantonalbank", "Albula Rechenzentren"], "other", 280 * M, "CHF", "exact", None, "signed",
          "The Zürcher Kantonalbank syndicate lent us 280 million francs for construction, and that loan was the anchor for everything else.",
          kind_alt=["investment"], note="restatement of the 2024 construction loan (003); 'us' = Albula"),
        D("fluela-albula-ppa", ["Fluela Energie", "Albula Rechenzentren"], "supply", 14 * M, "CHF", "approx", None, "signed",
          "Fluela Energie sends us run-of-river power from Davos for ten years, at about 14 million francs a year, partly indexed to the forward market.",
          per="year", note="restatement; 'us' = Albula"),
        D("lintheis-albula-cooling-2025", ["Lintheis", "Albula Rechenzentren"], "supply", 46 * M, "CHF", "exact", None, "signed",
          "Their order from us was 46 million francs, the largest they had ever booked.",
          note="'Their' = Lintheis (previous answer), 'us' = Albula; restatement of the 2025 order"),
        D("arlberg-albula-offer", ["Arlberg Infrastruktur Partners", "Albula Rechenzentren"], "acquisition", 900 * M, "CHF", "exact", None, "cancelled",
          "Arlberg Infrastruktur Partners offered 900 million francs for the whole company.",
          note="offer refused ('We said no within a week'); undated interview -> null; Arlberg's other targets (Firnwerk, Lobau) are different deals"),
        D("albula-phase2-capex", ["Albula Rechenzentren"], "capex_plan", 600 * M, "CHF", "approx", None, "planned",
          "We are budgeting around CHF 600 million for another 36 megawatts, and we want to start before the first hall is even full.",
          note="'We' = Albula; announced formally on 2026-03-24 (017)"),
    ],
    "not_deals": ["Roughly CHF 12.5 million", "130,000 francs a year"],
}

A["013_cooling_deals_sihlporte_live_en.txt"] = {
    "published": "2025-11-04",
    "published_note": "from the liveblog header 'Tuesday, 4 November 2025'; 'on Monday' -> 2025-11-03",
    "language": "en",
    "deals": [
        D("eaton-boyd-thermal", ["Eaton", "Boyd"], "acquisition", 9.5 * B, "USD", "exact", "2025-11-03", "signed",
          "The US power-management group said on Monday it has agreed a $9.5 billion purchase of Boyd Corporation's thermal arm, roughly €8.2 billion.",
          alt=[(8.2 * B, "EUR")],
          note="'The US power-management group' = Eaton (entry heading 'Eaton buys into cooling')"),
        D("eaton-fibrebond", ["Eaton", "Fibrebond"], "acquisition", 1.4 * B, "USD", "exact", "2025-03", "completed",
          "In March it agreed to pay $1.4 billion for Fibrebond, a deal that has since closed.",
          note="'it' = Eaton (previous sentence); must stay apart from the Boyd deal"),
        D("vertiv-purgerite", ["Vertiv", "PurgeRite"], "acquisition", 1 * B, "USD", "approx", "2025-11", "signed",
          "And one more: Vertiv has agreed to take over PurgeRite, a specialist that flushes, fills and maintains liquid-cooling loops, for roughly a billion dollars in cash.",
          note="amount in words; no date in the text -> month of the liveblog"),
        D("schneider-motivair-2024", ["Schneider Electric", "Motivair"], "acquisition", 850 * M, "USD", "exact", "2024-10", "completed",
          "Context for newcomers: Schneider Electric set the tone in October 2024, when it spent $850 million on a 75% slice of Motivair."),
        N("schneider-motivair-remaining", ["Schneider Electric", "Motivair"], "acquisition", None, "planned",
          "Schneider holds an option on the remaining 25% for 2028; the price will depend on Motivair's results by then.",
          note="no price -> optional; different from the $850m stake"),
        D("arlberg-firnwerk-rumour", ["Arlberg Infrastruktur Partners", "Firnwerk Compute"], "acquisition", 1.1 * B, "EUR", "approx", "2025-11", "rumored",
          "An Innsbruck weekly reports that Arlberg Infrastruktur Partners has sounded out Firnwerk Compute at a valuation close to €1.1 billion.",
          required=False,
          note="second-hand rumour, denied by Firnwerk ('pure fiction') -> optional; the figure is the approach's implied price"),
    ],
    "not_deals": ["$28 billion by 2030", "$22 billion", "CHF 340 million", "CHF 61.35", "CHF 88.10", "$368.40"],
}

A["014_switchyard_weekly_digest_en.txt"] = {
    "published": "2025-12-11",
    "published_note": "from the issue line 'No. 63 | Thursday 11 December 2025'; 'on Tuesday' -> 2025-12-09; 'in October' -> 2025-10; 'last month' -> 2025-11",
    "language": "en",
    "deals": [
        D("mythen-rhyfeld-round-2025", ["Pensionskasse Mythen", "Rhyfeld Data"], "investment", 85 * M, "CHF", "exact", "2025-12-09", "completed",
          "Rhyfeld Data raised CHF 85 million on Tuesday in a round led by Pensionskasse Mythen, the Schwyz pension fund that is also an Albula shareholder.",
          note="funding round, lead investor listed; Mythen's 2024 stake in Albula is a different deal (only alluded to here)"),
        D("schaan-rhyfeld-heat", ["Rhyfeld Data", "Gemeinde Schaan"], "joint_venture", 7.5 * M, "CHF", "exact", "2025-12-09", "announced",
          "Announced alongside it: a CHF 7.5 million heat company, owned half-and-half with the municipality of Schaan, that will pipe warmth from Rhyfeld's hall to a school and some 300 flats.",
          kind_alt=["project"], note="50/50 heat company announced with the round on Tuesday"),
        D("lobau-vienna-campus", ["Lobau Datacenter"], "project", 480 * M, "EUR", "exact", "2025-10", "announced",
          "Lobau Datacenter's €480 million (about CHF 450 million) campus in Aspern, unveiled in October, passed its environmental screening this week.",
          kind_alt=["capex_plan"], alt=[(450 * M, "CHF")]),
        D("firnwerk-nvidia-gpus", ["Firnwerk Compute", "Nvidia"], "supply", 290 * M, "USD", "approx", "2025", "signed",
          "Firnwerk Compute has confirmed that the Nvidia order first reported as talks in June is signed: about $290m of GPUs, ordered in the autumn, with the first racks due in Kufstein next autumn.",
          note="the rumour of 010 now signed; 'in the autumn' -> the year"),
        D("eaton-boyd-thermal", ["Eaton", "Boyd"], "acquisition", 9.5 * B, "USD", "exact", "2025-11", "signed",
          "Still digesting last month's $9.5bn Eaton–Boyd Thermal deal?"),
    ],
    "not_deals": ["19 Rappen", "€1.05 million", "CHF 1,200 each", "CHF 240 a year"],
}

A["015_rhyfeld_schaan_tagespost.txt"] = {
    "published": "2025-12-12",
    "published_note": "from the byline 'Von Nadja Hoop · 12.12.2025'; 'am Dienstag' -> 2025-12-09",
    "language": "de",
    "deals": [
        D("mythen-rhyfeld-round-2025", ["Pensionskasse Mythen", "Rhyfeld Data"], "investment", 85 * M, "CHF", "exact", "2025-12-09", "completed",
          "Die Rhyfeld Data AG hat sich frisches Kapital gesichert: 85 Millionen Franken fliessen in den Ausbau ihres Rechenzentrums im Industriegebiet, wie das Unternehmen am Dienstag mitteilte.",
          note="lead investor in the next sentence ('Angeführt wurde die Runde von der Pensionskasse Mythen'); the equity/convertible split (60 / 25 Millionen) are parts of the round (not_deals)"),
        D("schaan-rhyfeld-heat", ["Rhyfeld Data", "Gemeinde Schaan"], "joint_venture", 7.5 * M, "CHF", "exact", "2025-12-09", "announced",
          "Sie investiert 7,5 Millionen Franken in eine Leitung zum Schulzentrum und zu rund 300 Wohnungen; die ersten Anschlüsse sollen im Winter 2027 Wärme erhalten.",
          kind_alt=["project"],
          note="'Sie' = the heat company that Rhyfeld and the municipality found 50/50 (previous sentence); part of Tuesday's announcement"),
    ],
    "not_deals": ["60 Millionen auf neues Eigenkapital", "25 Millionen auf ein Wandeldarlehen", "gut 300 Millionen Franken",
                  "1,2 Millionen Franken", "rund 17 Rappen pro Kilowattstunde", "1,20 Franken den Liter"],
}

A["016_leman_calcul_sig_lakeside_en.html"] = {
    "published": "2026-02-18",
    "published_note": "from the visible byline '18 February 2026', <meta name='pubdate'> and JSON-LD; 'on Tuesday' -> 2026-02-17",
    "language": "en",
    "deals": [
        D("leman-sig-lease", ["Léman Calcul", "Services Industriels de Genève"], "other", 2.4 * M, "CHF", "exact", "2026-02-17", "signed",
          "It will pay Services Industriels de Genève CHF 2.4 million a year for a 30-year lease on a plot in the Satigny industrial zone, under an agreement both parties put their names to on Tuesday.",
          per="year", kind_alt=["supply"],
          note="ground lease; 'It' = Léman Calcul (previous sentence); 30 years, start not given"),
        D("leman-geneva-capex", ["Léman Calcul"], "capex_plan", 300 * M, "CHF", "up_to", "2026-02", "planned",
          "On the plot Léman Calcul plans to invest up to CHF 300 million in three phases, founder and chief executive Théo Martignoni said.",
          kind_alt=["project"], note="no day given -> month of the article"),
        N("leman-lintheis-heat-unit", ["Léman Calcul", "Lintheis"], "partnership", "2026-02", "announced",
          "The start-up has also teamed up with Glarus cooling maker Lintheis to develop a rack-level heat-recovery unit; neither side disclosed terms.",
          note="development partnership without terms -> optional"),
    ],
    "not_deals": ["CHF 180 million", "CHF 1.5 million", "CHF 2.90 per GPU-hour", "CHF 1,000 per square metre",
                  "CHF 4,900", "CHF 14.90 per month"],
}

A["017_albula_phase2_newsroom_en.txt"] = {
    "published": "2026-03-24",
    "published_note": "from the dateline 'RÜMLANG, Switzerland, 24 March 2026'; 'today' -> 2026-03-24",
    "language": "en",
    "deals": [
        D("albula-phase2-capex", ["Albula Rechenzentren"], "capex_plan", 600 * M, "CHF", "approx", "2026-03-24", "announced",
          "Phase two, budgeted at around CHF 600 million, adds 36 megawatts of IT capacity and is scheduled for completion in the second half of 2028.",
          kind_alt=["project"], note="announced 'today' by Albula (previous sentence)"),
        D("zkb-albula-facility-2026", ["Zürcher Kantonalbank", "Albula Rechenzentren"], "other", 150 * M, "CHF", "exact", "2026-03-24", "signed",
          "To finance the expansion, Zürcher Kantonalbank has increased its syndicated facility by CHF 150 million to a total of CHF 430 million, with the remaining funding coming from shareholders and pre-lettings.",
          kind_alt=["investment"],
          note="increase of the facility; the new total CHF 430 million is not a deal; different from the CHF 280m loan of 2024"),
        D("lintheis-albula-cooling-2025", ["Lintheis", "Albula Rechenzentren"], "supply", 46 * M, "CHF", "exact", "2025-02", "completed",
          "Lintheis AG, which delivered the chillers for phase one under a CHF 46 million order in February 2025, has been awarded a follow-on contract worth CHF 31 million for phase two.",
          note="first order, restated in a relative clause (delivered)"),
        D("lintheis-albula-cooling-2026", ["Lintheis", "Albula Rechenzentren"], "supply", 31 * M, "CHF", "exact", "2026-03-24", "signed",
          "Lintheis AG, which delivered the chillers for phase one under a CHF 46 million order in February 2025, has been awarded a follow-on contract worth CHF 31 million for phase two.",
          note="second order of the same pair, same sentence; must stay apart from the CHF 46m order"),
    ],
    "not_deals": ["CHF 430 million", "CHF 510 million"],
}

A["018_ruemlang_waerme_dorfblatt.txt"] = {
    "published": "2026-05-20",
    "published_note": "from the issue line 'Ausgabe Mai 2026 · erscheint am Mittwoch, 20. Mai 2026'; 'am Montagabend' -> 2026-05-18",
    "language": "de",
    "deals": [
        D("ruemlang-albula-heat", ["Gemeinde Rümlang", "Albula Rechenzentren"], "supply", 1.1 * M, "CHF", "approx", "2026-05-18", "signed",
          "Die Gemeinde bezahlt Albula für die Wärme während 25 Jahren jährlich rund 1,1 Millionen Franken; im Gegenzug liefert das Rechenzentrum ab Herbst 2027 bis zu 18 Gigawattstunden pro Jahr.",
          per="year", term=["2027", "2052"],
          note="the heat contract negotiated in 003; signed in advance, approved by the assembly 'am Montagabend' (previous paragraph), which is taken as the agreement date"),
        N("fluela-albula-ppa", ["Fluela Energie", "Albula Rechenzentren"], "supply", None, "signed",
          "Den Strom für die Server liefert übrigens die Davoser Fluela Energie, grösstenteils aus Wasserkraft.",
          note="amount-less restatement of the 2024 power contract -> optional"),
    ],
    "not_deals": ["6,8 Millionen Franken", "11,5 Rappen pro Kilowattstunde", "4800 Franken", "1,9 Millionen Franken",
                  "Fr. 28.–"],
}

A["019_firnwerk_alpine_equities_en.txt"] = {
    "published": "2026-07-09",
    "published_note": "from 'Jul 9, 2026 · 08:15 CET'; 'on Wednesday' -> 2026-07-08; 'in late June' -> 2026-06; 'last autumn', 'last summer', 'last year' -> 2025; 'in April' -> 2026-04",
    "language": "en",
    "deals": [
        D("gschnitz-firnwerk-stake-2026", ["Gschnitz Wasserkraft", "Firnwerk Compute"], "investment", 25 * M, "EUR", "exact", "2026-07-08", "signed",
          "Innsbruck-based Firnwerk Compute said on Wednesday that Gschnitz Wasserkraft will take a 10% stake in the company for €25 million.",
          note="second Gschnitz–Firnwerk deal; must stay apart from the 2025 power contract; the implied value €250 million is a not_deal"),
        D("gschnitz-firnwerk-ppa", ["Gschnitz Wasserkraft", "Firnwerk Compute"], "supply", 140 * M, "EUR", "exact", "2025", "signed",
          "The Tyrolean utility already supplies Firnwerk's Kufstein site under a 12-year, €140 million power agreement signed in 2025.",
          note="'The Tyrolean utility' = Gschnitz Wasserkraft; restatement"),
        D("leman-firnwerk-capacity", ["Léman Calcul", "Firnwerk Compute"], "cloud_contract", 1.9 * M, "EUR", "exact", "2026-06", "signed",
          "Separately, Geneva's Léman Calcul has booked extra GPU capacity in Kufstein for €1.9 million a month over 18 months, under a contract signed in late June.",
          per="month", note="capacity at Firnwerk's Kufstein site (the article's subject); monthly rate over 18 months"),
        D("firnwerk-nvidia-gpus", ["Firnwerk Compute", "Nvidia"], "supply", 290 * M, "USD", "approx", "2025", "signed",
          "The cluster runs on Nvidia hardware that Firnwerk ordered last autumn for about $290 million, a purchase first reported as talks a year earlier.",
          note="'last autumn' -> 2025"),
        N("kufstein-firnwerk-heat", ["Stadt Kufstein", "Firnwerk Compute"], "supply", "2025", "signed",
          "Firnwerk's heat deal with the town of Kufstein, agreed last summer, is due to start warming homes this winter.",
          note="the heat talks of 008, now agreed; no amount -> optional"),
        D("arlberg-lobau-takeover", ["Arlberg Infrastruktur Partners", "Lobau Datacenter"], "acquisition", 720 * M, "EUR", "exact", "2026-04", "signed",
          "Arlberg Infrastruktur Partners, which was said last year to be circling Firnwerk, is busy elsewhere: its €720 million purchase of Vienna's Lobau Datacenter, agreed in April, still awaits a building permit for the second hall.",
          note="agreed takeover ('its' = Arlberg); it collapses in November (020)"),
        N("arlberg-firnwerk-rumour", ["Arlberg Infrastruktur Partners", "Firnwerk Compute"], "acquisition", "2025", "rumored",
          "Arlberg Infrastruktur Partners, which was said last year to be circling Firnwerk, is busy elsewhere: its €720 million purchase of Vienna's Lobau Datacenter, agreed in April, still awaits a building permit for the second hall.",
          note="the 2025 rumour (013) in a relative clause, no amount -> optional; the €720 million belongs to the Lobau deal"),
    ],
    "not_deals": ["€250 million", "€118 million", "€400 million to €500 million", "€70–80 million", "CHF 91.40",
                  "CHF 66.05", "€3.90 per order"],
}

A["020_alpenraum_bilanz_karwendel.txt"] = {
    "published": "2026-11-20",
    "published_note": "from the date line 'Freitag, 20. November 2026 · Nr. 47 · Seite 6'; 'am Donnerstagabend' -> 2026-11-19; 'im April' -> 2026-04; 'seit Februar' -> 2026-02; 'vor einem Jahr' -> 2025-11",
    "language": "de",
    "deals": [
        D("arlberg-lobau-takeover", ["Arlberg Infrastruktur Partners", "Lobau Datacenter"], "acquisition", 720 * M, "EUR", "exact", "2026-04", "cancelled",
          "Der Kaufpreis von 720 Millionen Euro war an eine Frist für die Baugenehmigung der zweiten Halle geknüpft, die am Montag ungenutzt verstrich, wie beide Seiten am Donnerstagabend mitteilten.",
          note="parties and 'im April vereinbarte … ist geplatzt' in the previous sentence; cancelled deal keeps the April agreement date"),
        D("arlberg-lobau-break-fee", ["Arlberg Infrastruktur Partners", "Lobau Datacenter"], "other", 15 * M, "EUR", "exact", "2026-11", "rumored",
          "Arlberg zahlt nach Angaben aus Verhandlungskreisen eine Entschädigung von 15 Millionen Euro.",
          required=False, note="compensation for the failed takeover, from sources -> optional; must stay apart from the €720m price"),
        D("lobau-vienna-campus", ["Lobau Datacenter"], "project", 480 * M, "EUR", "exact", None, "planned",
          "Lobau hält an seinem 480-Millionen-Euro-Campus in der Seestadt fest und verhandelt nun mit einem Bankenkonsortium über einen Kredit von bis zu 300 Millionen Euro.",
          kind_alt=["capex_plan"], note="compound '480-Millionen-Euro-Campus'; restatement without date"),
        D("lobau-bank-loan-2026", ["Lobau Datacenter"], "other", 300 * M, "EUR", "up_to", "2026-11", "negotiating",
          "Lobau hält an seinem 480-Millionen-Euro-Campus in der Seestadt fest und verhandelt nun mit einem Bankenkonsortium über einen Kredit von bis zu 300 Millionen Euro.",
          kind_alt=["investment"], note="loan talks with unnamed banks, second deal of the sentence"),
        D("leman-sig-lease", ["Léman Calcul", "Services Industriels de Genève"], "other", 2.4 * M, "CHF", "exact", "2026-02", "signed",
          "Dort zahlt Léman Calcul den Services Industriels de Genève seit Februar jährlich 2,4 Millionen Franken für ein Grundstück in Satigny, die Wärme nimmt der Versorger ab.",
          per="year", kind_alt=["supply"]),
        D("eaton-boyd-thermal", ["Eaton", "Boyd"], "acquisition", 9.5 * B, "USD", "exact", "2025-11", "signed",
          "Eaton hatte sich vor einem Jahr verpflichtet, für Boyds Thermosparte 9,5 Milliarden Dollar zu zahlen, nach damaligem Kurs etwa 8,2 Milliarden Euro.",
          alt=[(8.2 * B, "EUR")], note="genitive 'Boyds'"),
        D("microsoft-switzerland-2024", ["Microsoft"], "capex_plan", 400 * M, "USD", "exact", "2024", "announced",
          "Daneben wirken die 400 Millionen Dollar, die Microsoft 2024 für die Schweiz zugesagt hatte, fast bescheiden.",
          note="restatement in a relative clause"),
    ],
    "not_deals": ["rund zehn Millionen Euro pro Megawatt", "3,4 Milliarden Euro Jahresumsatz", "rund 82 Euro je Megawattstunde",
                  "490 Euro zzgl. MwSt."],
}

ALIASES = {
    "Microsoft": ["Microsoft"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Alphabet": ["Alphabet", "Google"],
    "Meta": ["Meta"],
    "Schneider Electric": ["Schneider Electric", "Schneider"],
    "Motivair": ["Motivair"],
    "Eaton": ["Eaton"],
    "Boyd": ["Boyd", "Boyd Corporation", "Boyd Thermal", "Boyds"],
    "Fibrebond": ["Fibrebond"],
    "Vertiv": ["Vertiv"],
    "PurgeRite": ["PurgeRite"],
    "Nvidia": ["Nvidia"],
    "Zürcher Kantonalbank": ["Zürcher Kantonalbank"],
    "Wien Energie": ["Wien Energie"],
    "Gemeinde Rümlang": ["Gemeinde Rümlang", "Rümlang"],
    "Stadt Kufstein": ["Stadt Kufstein", "town of Kufstein", "Kufstein"],
    "Gemeinde Schaan": ["Gemeinde Schaan", "municipality of Schaan", "Schaan"],
    "Services Industriels de Genève": ["Services Industriels de Genève", "SIG"],
    "Albula Rechenzentren": ["Albula Rechenzentren AG", "Albula Rechenzentren", "Albula"],
    "Pensionskasse Mythen": ["Pensionskasse Mythen"],
    "Fluela Energie": ["Fluela Energie AG", "Fluela Energie", "Fluela"],
    "Lintheis": ["Lintheis AG", "Lintheis"],
    "Firnwerk Compute": ["Firnwerk Compute GmbH", "Firnwerk Compute", "Firnwerk", "Firnwerks"],
    "Gschnitz Wasserkraft": ["Gschnitz Wasserkraft GmbH", "Gschnitz Wasserkraft", "Gschnitz"],
    "Tamina Schaltanlagen": ["Tamina Schaltanlagen AG", "Tamina Schaltanlagen", "Tamina"],
    "Lobau Datacenter": ["Lobau Datacenter GmbH", "Lobau Datacenter", "Lobau", "Lobaus"],
    "Arlberg Infrastruktur Partners": ["Arlberg Infrastruktur Partners", "Arlberg"],
    "Rhyfeld Data": ["Rhyfeld Data AG", "Rhyfeld Data", "Rhyfeld"],
    "Léman Calcul": ["Léman Calcul"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
