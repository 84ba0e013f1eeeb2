#!/usr/bin/env python3
"""Write gold.json for corpus95: the hand annotation of articles/, kept as a script.

Usage: python3 tests/corpus95/make_gold.py      (rewrites tests/corpus95/gold.json)
Edit the annotation here, then run this and check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the ninety-fifth, held-out test corpus (tests/corpus95/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json "
    "and shared/gold/seeds.json. Theme: data centres, AI compute, power and fibre in Turkey, Kazakhstan, "
    "Uzbekistan, Azerbaijan and Georgia, and German coverage of them. One entry per article; a deal that "
    "several articles report carries the same id in each. 'required': false marks deals without an "
    "amount and vague, background or denied mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals (grants, subsidies, state budgets and "
    "programmes, cumulative totals, valuations, revenues, profits, guidance other than capex, market "
    "forecasts, analysts' cost estimates, past spending, parts of an annotated deal, share prices, "
    "prices, salaries, ad and subscription figures): reporting one of them as a deal is an error. "
    "Amounts are in full units and in the currency the article states; where the article gives a "
    "currency outside the checker's list (TRY, KZT, UZS, AZN, GEL) the deal is annotated in the listed "
    "currency the article also gives, and the local figure is named in 'note'. 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' marks a rate. 'alt_amounts' "
    "gives the same deal's amount as another article (or the same article) states it in another "
    "currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM "
    "or YYYY-MM-DD), resolved against the article's publication date ('published', from the article's "
    "own date line, dateline, issue line, byline, <meta>/JSON-LD, or null when the article has none); "
    "seasons become the year; a rumour that later turns into a signed deal carries the year so that "
    "the shared id's dates agree; a cancelled deal keeps the date of the talks. 'term' is the period "
    "the deal covers where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains "
    "a judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Altynsai Data, Bosphorlink, Kayalar Enerji, "
    "Qumtepa Compute, Sarykol Energy, Xazar Cloud, Mtkvari Data, Pshavi Hydro, Ordabasy Capital, "
    "Tumaris Ventures; invented publications, research houses and people are listed in "
    "invented_names.txt; the deals of real companies are invented or loosely retold and shifted "
    "(README.md). Nothing here is reporting."
)

ALIASES = {
    "Altynsai Data": ["Altynsai Data", "Altynsai Data LLP", "Altynsai"],
    "EBRD": ["EBRD", "European Bank for Reconstruction and Development", "Osteuropabank"],
    "Kazakhtelecom": ["Kazakhtelecom"],
    "Bosphorlink": ["Bosphorlink", "Bosphorlink Veri Merkezleri A.Ş.", "Bosphorlink Veri Merkezleri"],
    "Kayalar Enerji": ["Kayalar Enerji", "Kayalar"],
    "PASHA Holding": ["PASHA Holding", "PASHA"],
    "Xazar Cloud": ["Xazar Cloud", "Xazar"],
    "DataVolt": ["DataVolt"],
    "Uzbekistan": ["Uzbekistan", "Usbekistan", "Uzbekistan's Ministry of Digital Technologies",
                   "Ministry of Digital Technologies", "Uzbekistan's digital ministry",
                   "usbekisches Digitalministerium", "usbekischen Digitalministerium"],
    "ACWA Power": ["ACWA Power"],
    "Qumtepa Compute": ["Qumtepa Compute", "Qumtepa"],
    "Microsoft": ["Microsoft", "Microsofts", "Azure"],
    "Khazna": ["Khazna", "Khazna Data Centers"],
    "Turkcell": ["Turkcell"],
    "Google": ["Google", "Google Cloud"],
    "Ordabasy Capital": ["Ordabasy Capital", "Ordabasy"],
    "Tumaris Ventures": ["Tumaris Ventures", "Tumaris"],
    "Uzbektelecom": ["Uzbektelecom"],
    "Masdar": ["Masdar"],
    "AzerTelecom": ["AzerTelecom"],
    "Nordex": ["Nordex"],
    "Samruk-Energy": ["Samruk-Energy"],
    "Samruk-Kazyna": ["Samruk-Kazyna"],
    "G42": ["G42"],
    "ADB": ["ADB", "Asian Development Bank", "Asiatische Entwicklungsbank"],
    "OPEC Fund": ["OPEC Fund", "OPEC Fund for International Development"],
    "Sarykol Energy": ["Sarykol Energy", "Sarykol"],
    "Nvidia": ["Nvidia"],
    "Türk Telekom": ["Türk Telekom", "Turk Telekom"],
    "TBC Bank": ["TBC Bank"],
    "Mtkvari Data": ["Mtkvari Data", "Mtkvari"],
    "Pshavi Hydro": ["Pshavi Hydro"],
    "Oracle": ["Oracle"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=None,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": (amount is not None) if required is None else required}
    for k in ("kind_alt", "per", "term", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(*pairs):
    return [{"amount": a, "currency": c} for a, c in pairs]


ARTICLES = {}


def A(name, published, note, language, deals, not_deals):
    ARTICLES[name] = {"published": published, "published_note": note, "language": language,
                      "deals": deals, "not_deals": not_deals}


# ---------------------------------------------------------------------------------------------
A("001_altynsai_ebrd_kokpar_en.txt", "2024-05-15",
  "from the header 'May 15, 2024 07:10 ALMT'; dateline 'ALMATY, May 14'; 'on Tuesday' -> 2024-05-14",
  "en", [
      D("ebrd-altynsai-loan-2024", ["EBRD", "Altynsai Data"], "other", 120_000_000, "USD", "up_to",
        "2024-05-14", "signed",
        "The London-based European Bank for Reconstruction and Development agreed on Tuesday to lend up to $120 million to Altynsai Data LLP, a four-year-old developer that wants to open Kazakhstan's first carrier-neutral hall designed around graphics processors on the southern edge of Almaty.",
        kind_alt=["investment"], term=["2024-05", "2036"], alt_amounts=alt((110_000_000, "EUR")),
        note="loan with a twelve-year tenor; 002 gives it as about €110m (alt), 004 and 008 mention it without amount, 019 restates $120m; different from the EBRD's $35m equity stake of 2026 (019, 020)"),
      D("kazakhtelecom-altynsai-lease", ["Kazakhtelecom", "Altynsai Data"], "cloud_contract", 48_000_000,
        "USD", "approx", "2024-05-14", "signed",
        "People familiar with the terms put that lease at about $48 million over the ten years, a number the state-controlled carrier declined to confirm.",
        kind_alt=["other"],
        note="'that lease' = Kazakhtelecom's four-megawatt lease in Altynsai's building, signed at the same ceremony (previous sentence); total over ten years"),
      D("altynsai-almaty-plot-2023", ["Altynsai Data"], "acquisition", None, None, None, "2023",
        "completed",
        "Altynsai acquired the plot from the city administration in 2023; neither side has said what changed hands.",
        kind_alt=["other"], note="land purchase from the city, no price: optional background"),
  ],
  ["€1.2 billion", "4.1 billion tenge", "40 billion tenge", "roughly $90 million", "about $3 million",
   "$7 million to $9 million per megawatt", "30 tenge per kilowatt-hour"])

A("002_karawanserei_digest_juli.txt", "2024-07-11",
  "from the issue line 'Nr. 27 · Donnerstag, 11. Juli 2024'; 'vergangene Woche' -> first week of July 2024 -> 2024-07; 'Ende Juni' -> 2024-06; 'im Mai' -> 2024-05",
  "de", [
      D("kayalar-bosphorlink-ppa-2024", ["Kayalar Enerji", "Bosphorlink"], "supply", 14_000_000, "EUR",
        "approx", "2024-07", "signed",
        "Bosphorlink zahlt dafür rund 14 Millionen Euro jährlich, heißt es aus Branchenkreisen; der Windparkbetreiber selbst spricht nur von einem „zweistelligen Millionenbetrag pro Jahr“.",
        per="year", term=["2025-01", "2036"],
        note="'dafür' = the twelve-year offtake contract with Kayalar Enerji signed 'vergangene Woche' (previous sentence); yearly rate; different from the €27m solar plant of the same pair in 020"),
      D("pasha-xazar-2024", ["PASHA Holding", "Xazar Cloud"], "investment", 40_000_000, "USD", "exact",
        "2024-06", "completed",
        "Die Holding hat Ende Juni 40 Millionen Dollar für eine Minderheitsbeteiligung an dem Cloud-Anbieter überwiesen, die Transaktion ist abgeschlossen.",
        note="'Die Holding' = PASHA Holding, 'dem Cloud-Anbieter' = Xazar Cloud (previous sentence); different from PASHA's $60m of 2026 (017); the implied valuation is a not_deal"),
      D("ebrd-altynsai-loan-2024", ["EBRD", "Altynsai Data"], "other", 110_000_000, "EUR", "approx",
        "2024-05", "signed",
        "Die im Mai unterzeichnete Linie entspricht rund 110 Millionen Euro, sie läuft zwölf Jahre und finanziert den ersten Bauabschnitt.",
        kind_alt=["investment"], note="'die Linie' = the EBRD loan to Altynsai Data (previous sentence); EUR conversion of 001's $120m"),
      D("kazakhtelecom-altynsai-lease", ["Kazakhtelecom", "Altynsai Data"], "cloud_contract", None, None,
        None, "2024", "signed", "Kazakhtelecom ist dort als Ankermieter gesetzt.", kind_alt=["other"],
        note="restated without amount ('dort' = Altynsai's building): optional"),
  ],
  ["61 Millionen Euro", "gut 200 Millionen Dollar", "1,6 Milliarden Dollar", "149 Euro"])

A("003_datavolt_tashkent_registan_en.html", "2024-11-20",
  "no visible date; from <meta property=article:published_time> and JSON-LD datePublished 2024-11-20; 'on Tuesday' -> 2024-11-19",
  "en", [
      D("datavolt-uzbekistan-phase1", ["DataVolt", "Uzbekistan"], "investment", 3_750_000_000, "SAR",
        "exact", "2024-11-19", "signed",
        "Saudi Arabia's DataVolt will put SAR 3.75 billion, or $1 billion, into phase one of a data-centre campus in Tashkent region under an agreement signed with Uzbekistan's Ministry of Digital Technologies on Tuesday, the two sides said.",
        kind_alt=["project", "capex_plan"], alt_amounts=alt((1_000_000_000, "USD")),
        note="first phase; the consultants' $5bn for the full build-out is an estimate and a not_deal"),
      D("acwa-datavolt-power", ["ACWA Power", "DataVolt"], "supply", None, None, None, "2024-11", "planned",
        "ACWA Power, which already runs wind and solar plants in the country, is expected to supply renewable electricity to the site; no price for that arrangement was given.",
        required=False, note="no amount: optional"),
      D("qumtepa-seed-2023", ["Qumtepa Compute"], "investment", 4_000_000, "USD", "exact", "2023",
        "completed",
        "Tashkent start-up Qumtepa Compute, which raised $4 million in seed funding last year, rents out graphics processors by the hour, and residents of the state-run IT Park enjoy income-tax relief that cost the budget about $38 million in 2023, according to the finance ministry.",
        required=False, note="background mention of an earlier round in a relative clause ('last year' -> 2023): optional; the tax relief is a not_deal"),
  ],
  ["as much as $5 billion", "900 som per kilowatt-hour", "about $38 million", "3 cents", "$690"])

A("004_redmond_caspian_gobustan_en.txt", "2025-01-09",
  "from the byline 'Posted 9 January 2025'; 'Last Friday' -> 2025-01-03; 'last June' -> 2024-06; 'In November' -> 2024-11",
  "en", [
      D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80_000_000_000, "USD", "approx",
        "2025-01-03", "announced",
        "Last Friday the company said it expects its AI data-centre bill for fiscal 2025 to come to about $80 billion, and that the US would get the larger share.",
        term=["2024-07", "2025-06"],
        note="'the company' = Microsoft (previous sentence); spending plan for fiscal 2025 (July 2024 - June 2025); Azerbaijan's GDP in the next sentence is a not_deal"),
      D("pasha-xazar-2024", ["PASHA Holding", "Xazar Cloud"], "investment", 40_000_000, "USD", "exact",
        "2024-06", "completed", "Xazar Cloud took $40 million from PASHA Holding last June."),
      D("datavolt-uzbekistan-phase1", ["DataVolt", "Uzbekistan"], "investment", 1_000_000_000, "USD",
        "exact", "2024-11", "signed",
        "In November DataVolt, the Saudi developer, committed $1bn to a first phase near Tashkent under a deal with Uzbekistan's digital ministry, with ACWA Power lined up for the green electrons.",
        kind_alt=["project", "capex_plan"]),
      D("acwa-datavolt-power", ["ACWA Power", "DataVolt"], "supply", None, None, None, "2024-11", "planned",
        "In November DataVolt, the Saudi developer, committed $1bn to a first phase near Tashkent under a deal with Uzbekistan's digital ministry, with ACWA Power lined up for the green electrons.",
        required=False, note="no amount: optional"),
      D("kazakhtelecom-altynsai-lease", ["Kazakhtelecom", "Altynsai Data"], "cloud_contract", None, None,
        None, "2024", "signed", "Kazakhtelecom signed up as anchor tenant of Altynsai's new hall in Almaty.",
        kind_alt=["other"], required=False, note="no amount: optional"),
  ],
  ["about $74 billion", "around $2.40 an hour", "AZN 95 million", "AZN 18 million", "$6 monthly",
   "$60 for the year", "AZN 18m"])

A("005_kayalar_aktienfenster.txt", "2025-01-14",
  "from the header '14.01.2025 | 10:32 Uhr'; 'im vergangenen Sommer' -> 2024",
  "de", [
      D("khazna-bosphorlink-takeover", ["Khazna", "Bosphorlink"], "acquisition", 400_000_000, "USD",
        "approx", "2025", "rumored",
        "Insidern zufolge steht für den Istanbuler Colocation-Anbieter ein Preis von rund 400 Millionen Dollar einschließlich Schulden im Raum.",
        alt_amounts=alt((410_000_000, "USD"), (390_000_000, "EUR"), (1_500_000_000, "AED")),
        note="rumour; buyer Khazna Data Centers and target Bosphorlink named in the previous sentence; signed on 2025-03-03 at $410m (006, alt_amounts); the year keeps the shared id's dates consistent; different from Khazna's $300m injection of 2026 (016)"),
      D("kayalar-bosphorlink-ppa-2024", ["Kayalar Enerji", "Bosphorlink"], "supply", 14_000_000, "EUR",
        "approx", "2024", "signed",
        "Die beiden Firmen hatten den Kontrakt über rund 14 Millionen Euro pro Jahr im vergangenen Sommer geschlossen.",
        per="year", note="'Die beiden Firmen' = Bosphorlink and the wind-farm operator Kayalar (previous sentence); summer -> year"),
  ],
  ["38,72 Lira", "von 42 auf 46 Lira", "knapp 13 Milliarden Lira", "1,9 bis 2,1 Milliarden Lira",
   "38,72 TRY", "96,15 TRY", "44,30 TRY", "3,90 Euro"])

A("006_khazna_bosphorlink_lnd.txt", "2025-03-04",
  "from the header '04.03.2025 – 06:15'; 'am Montag' -> 2025-03-03; 'Anfang Januar' -> 2025-01",
  "de", [
      D("khazna-bosphorlink-takeover", ["Khazna", "Bosphorlink"], "acquisition", 410_000_000, "USD",
        "exact", "2025-03-03", "signed",
        "Der Kaufpreis einschließlich übernommener Verbindlichkeiten beträgt 410 Millionen Dollar, das sind rund 390 Millionen Euro oder etwa 1,5 Milliarden Dirham.",
        alt_amounts=alt((390_000_000, "EUR"), (1_500_000_000, "AED")),
        note="buyer and target and 'am Montag' in the previous sentence; price also in the headline"),
      D("bosphorlink-capex-2025", ["Bosphorlink"], "capex_plan", 120_000_000, "USD", "at_least", "2025-03",
        "planned",
        "Bosphorlink selbst will in diesem Jahr mehr als 120 Millionen Dollar in neue Rechenflächen stecken, kündigte Vorstandschef Cem Yalçınkaya an.",
        term=["2025", "2025"], note="own spending plan for 2025; no exact announcement day -> month of the article"),
      D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80_000_000_000, "USD", "approx", "2025-01",
        "announced",
        "Der Deal fügt sich in eine Reihe großer Summen: Schon Anfang Januar hatte Microsoft wissen lassen, dass der Konzern in seinem bis Juni dauernden Geschäftsjahr rund 80 Milliarden Dollar für Rechenzentren mit KI-Ausrichtung auszugeben gedenkt.",
        term=["2024-07", "2025-06"]),
  ],
  ["2,9 Milliarden Lira", "rund 80 Millionen Euro", "bis zu 15 Millionen Dollar"])

A("007_turkcell_google_galata_en.txt", "2025-04-17",
  "from the dateline line 'ISTANBUL, Thursday 17 April 2025'; 'on Wednesday' -> 2025-04-16; 'Last month' -> 2025-03",
  "en", [
      D("turkcell-dc-capex-2030", ["Turkcell"], "capex_plan", 1_200_000_000, "USD", "approx", "2025-04-16",
        "announced",
        "The country's largest mobile operator announced on Wednesday a plan to invest about $1.2 billion in data centres and cloud infrastructure through 2030, and that Google Cloud will open a cloud region in the country in partnership with it.",
        term=["2025", "2030"], note="'The country's largest mobile operator' = Turkcell (previous sentence)"),
      D("turkcell-google-cloud-region", ["Turkcell", "Google"], "partnership", None, None, None,
        "2025-04-16", "announced",
        "The country's largest mobile operator announced on Wednesday a plan to invest about $1.2 billion in data centres and cloud infrastructure through 2030, and that Google Cloud will open a cloud region in the country in partnership with it.",
        required=False, note="Google's side has no amount ('was not disclosed'): optional"),
      D("khazna-bosphorlink-takeover", ["Khazna", "Bosphorlink"], "acquisition", 410_000_000, "USD",
        "exact", "2025-03", "signed",
        "Last month Abu Dhabi's Khazna Data Centers agreed to buy Bosphorlink, an Istanbul colocation operator, for $410 million, and more Gulf buyers are said to be circling."),
  ],
  ["TRY 12 billion", "TRY 161 billion", "TRY 19.7 billion", "around $5.6 billion", "TRY 98.40",
   "$8 million per megawatt", "TRY 1,450 a month"])

A("008_altynsai_ordabasy_steppenkurs.txt", "2025-04-23",
  "from the date line 'Mittwoch, 23. April 2025'; 'am Dienstag' -> 2025-04-22; 'vor knapp einem Jahr' and 'vom vergangenen Jahr' -> 2024",
  "de", [
      D("ordabasy-altynsai-seriesa", ["Ordabasy Capital", "Altynsai Data"], "investment", 50_000_000, "USD",
        "exact", "2025-04-22", "completed",
        "Wie das Unternehmen am Dienstag bekanntgab, fließen ihm in der Serie A insgesamt 50 Millionen Dollar zu.",
        note="'das Unternehmen' = Altynsai Data (previous sentence); lead investor Ordabasy Capital in the next sentence; the $35m equity / $15m convertible split is a not_deal"),
      D("kazakhtelecom-altynsai-lease", ["Kazakhtelecom", "Altynsai Data"], "cloud_contract", 48_000_000,
        "USD", "approx", "2024", "signed",
        "Als erster Großmieter hat Kazakhtelecom dort vier Megawatt reserviert; der Mietvertrag über etwa 48 Millionen Dollar war vor knapp einem Jahr unterzeichnet worden.",
        kind_alt=["other"], note="'dort' = Altynsai's hall in Almaty (previous sentence)"),
      D("ebrd-altynsai-loan-2024", ["EBRD", "Altynsai Data"], "other", None, None, None, "2024", "signed",
        "Gebraucht wird das Kapital für den Innenausbau der Halle im Süden Almatys, deren Rohbau über den EBRD-Kredit vom vergangenen Jahr läuft.",
        kind_alt=["investment"], required=False, note="no amount: optional"),
  ],
  ["35 Millionen Dollar", "15 Millionen Dollar", "rund 310 Millionen Dollar", "etwa 11 Millionen Dollar",
   "60 Milliarden Tenge", "rund 115 Millionen Dollar", "500 Euro"])

A("009_qumtepa_seriesa_chorsu_en.txt", "2025-05-21",
  "from the header 'Published 21.05.2025, 11:40 (Tashkent)'; 'on Wednesday' -> 2025-05-21 (the same day)",
  "en", [
      D("tumaris-qumtepa-seriesa", ["Tumaris Ventures", "Qumtepa Compute"], "investment", 18_000_000, "USD",
        "exact", "2025-05-21", "completed",
        "Tashkent GPU-cloud start-up Qumtepa Compute has closed an $18 million Series A round led by Tumaris Ventures, the company announced on Wednesday."),
      D("qumtepa-seed-2023", ["Qumtepa Compute"], "investment", 4_000_000, "USD", "exact", "2023", "completed",
        "The new money follows a $4 million seed round in 2023 and brings total funding to $22 million.",
        required=False, note="background mention of the earlier round: optional; the $22m total is a not_deal"),
      D("uzbektelecom-qumtepa-colocation", ["Qumtepa Compute", "Uzbektelecom"], "other", None, None, None,
        "2025-05", "planned",
        "Qumtepa also plans to move part of its hardware into a 3-megawatt hall at Uzbektelecom's Tashkent campus; the terms of that colocation arrangement were not disclosed.",
        kind_alt=["cloud_contract"], required=False,
        note="terms not disclosed: optional; Qumtepa rents space from Uzbektelecom, the opposite direction of the $7m-a-year contract of 2025-11 (015)"),
  ],
  ["$22 million", "about $95 million", "$3.2 million", "$2.10 per GPU-hour", "$500,000"])

A("010_xazar_microsoft_absheron_en.txt", "2025-06-12",
  "from the dateline 'BAKU, 12 June 2025'; 'on Wednesday' -> 2025-06-11; 'last week' -> 2025-06 (2-6 June)",
  "en", [
      D("microsoft-xazar-capacity", ["Microsoft", "Xazar Cloud"], "cloud_contract", 140_000_000, "USD",
        "exact", "2025-06-11", "signed",
        "Microsoft has agreed to take data-centre capacity in Baku from Xazar Cloud in a five-year deal worth $140 million, the Azerbaijani operator said on Wednesday, the first such commitment by a US hyperscaler in the South Caucasus.",
        alt_amounts=alt((123_000_000, "EUR")), note="011 adds the EUR conversion (about €123m)"),
      D("masdar-xazar-ppa", ["Masdar", "Xazar Cloud"], "supply", 9_000_000, "USD", "approx", "2025-06",
        "signed",
        "The Abu Dhabi clean-energy company will deliver power from its Bilasuvar solar plant for 15 years, and Xazar will pay it about $9 million annually, say two people familiar with the paperwork.",
        per="year", note="'The Abu Dhabi clean-energy company' = Masdar (previous sentence); no signing day -> month of the article"),
      D("kazakhtelecom-azertelecom-cable", ["Kazakhtelecom", "AzerTelecom"], "joint_venture", 50_000_000,
        "USD", "approx", "2025-06", "signed",
        "The partners put the cost of the roughly 380-kilometre link at about $50 million and hope to switch it on in 2027.",
        kind_alt=["project"], note="'The partners' = Kazakhtelecom and AzerTelecom, who set up the venture 'last week' (previous sentence)"),
  ],
  ["AZN 1.4 billion", "AZN 22 million", "AZN 18 million", "11 qəpik per kilowatt-hour",
   "$320 million to $360 million"])

A("011_kaspi_report_juli.txt", "2025-07-10",
  "from the issue line 'Ausgabe 28/2025 · 10.07.2025'; 'Mitte Juni' -> 2025-06; 'vom 11. Juni' -> 2025-06-11; 'am Dienstag' -> 2025-07-08",
  "de", [
      D("kazakhtelecom-azertelecom-cable", ["Kazakhtelecom", "AzerTelecom"], "joint_venture", 50_000_000,
        "USD", "approx", "2025-06", "signed",
        "Die Baukosten der Trasse beziffern die Partner auf rund 50 Millionen Dollar, jede Seite trägt die Hälfte.",
        kind_alt=["project"], note="'die Partner' = Kazakhtelecom and AzerTelecom (previous sentence, 'Mitte Juni')"),
      D("microsoft-xazar-capacity", ["Microsoft", "Xazar Cloud"], "cloud_contract", 140_000_000, "USD",
        "exact", "2025-06-11", "signed",
        "Der Vertrag zwischen Microsoft und Xazar Cloud vom 11. Juni ist mit 140 Millionen Dollar, also rund 123 Millionen Euro, für fünf Jahre dotiert.",
        alt_amounts=alt((123_000_000, "EUR"))),
      D("ebrd-kayalar-loan", ["EBRD", "Kayalar Enerji"], "other", 75_000_000, "EUR", "exact", "2025-07-08",
        "signed",
        "Die Osteuropabank EBRD leiht Kayalar Enerji 75 Millionen Euro für den Windpark Ezine an den Dardanellen.",
        kind_alt=["investment"], note="signing 'am Dienstag in London' in the next sentence"),
  ],
  ["zehn Milliarden Euro", "rund 80 Milliarden Dollar", "gut einer Million Euro", "95 Euro", "480 Euro"])

A("012_nordex_kayalar_warnow.html", "2025-07-18",
  "from <meta name=date> and the visible line '18.07.2025, 16:40 Uhr'; 'am Donnerstag' -> 2025-07-17; 'Anfang Juli' -> 2025-07",
  "de", [
      D("nordex-kayalar-turbines", ["Nordex", "Kayalar Enerji"], "supply", 95_000_000, "EUR", "approx",
        "2025-07-17", "signed",
        "Kayalar bezifferte den Auftrag auf rund 95 Millionen Euro, einschließlich eines Wartungsvertrags über 15 Jahre.",
        note="'den Auftrag' = the turbine order Nordex confirmed 'am Donnerstag' (previous paragraph)"),
      D("ebrd-kayalar-loan", ["EBRD", "Kayalar Enerji"], "other", 75_000_000, "EUR", "exact", "2025-07",
        "signed",
        "Finanziert wird der Park zu einem großen Teil von der Osteuropabank EBRD, die Kayalar Anfang Juli 75 Millionen Euro geliehen hat.",
        kind_alt=["investment"]),
  ],
  ["etwa 3.900 Euro", "gut 15 Milliarden Euro", "18,62 Euro", "6,5 Millionen Euro", "3 Euro pro Stunde",
   "289 Euro"])

A("013_astana_forum_liveticker.txt", "2025-09-30",
  "from the ticker line 'Dienstag, 30. September 2025'; all entries are of that day",
  "de", [
      D("samruk-altynsai-stake-talks", ["Samruk-Kazyna", "Altynsai Data"], "acquisition", 90_000_000, "USD",
        "approx", "2025-09", "rumored",
        "Am Rand des Forums kursiert ein Gerücht: Der Staatsfonds Samruk-Kazyna verhandle Insidern zufolge über den Kauf von 25 Prozent an Altynsai Data, im Raum stünden rund 90 Millionen Dollar.",
        kind_alt=["investment"], note="rumoured talks for a 25% stake; 019 reports them as ended without result (cancelled)"),
      D("g42-kazakhtelecom-mou", ["G42", "Kazakhtelecom"], "partnership", None, None, None, "2025-09-30",
        "announced",
        "G42 aus Abu Dhabi und Kazakhtelecom unterzeichnen eine Absichtserklärung über eine gemeinsame „souveräne KI-Cloud“.",
        required=False, note="letter of intent without amount: optional"),
      D("samruk-energy-altynsai-ppa", ["Samruk-Energy", "Altynsai Data"], "supply", 38_000_000, "USD",
        "up_to", "2025-09-30", "signed",
        "Der Vertrag ist unterschrieben und hat einen Wert von bis zu 38 Millionen Dollar pro Jahr, je nach Abnahmemenge.",
        per="year", note="'Der Vertrag' = Samruk-Energy's power supply to the campus (previous sentence); 'den Campus' = Altynsai's Ekibastus site of the 10:05 entry"),
      D("altynsai-ekibastuz-campus", ["Altynsai Data"], "project", 650_000_000, "USD", "approx",
        "2025-09-30", "announced",
        "Rund 650 Millionen Dollar soll das Projekt kosten, die erste Halle soll 2027 in Betrieb gehen.",
        kind_alt=["capex_plan"], note="'das Projekt' = Altynsai's 100-MW site in Ekibastus (previous sentence)"),
  ],
  ["350 Dollar", "90 Dollar", "1,2 Billionen Tenge", "gut zwei Milliarden Dollar",
   "zwischen sieben und neun Millionen Dollar je Megawatt", "etwa elf Millionen Dollar", "389 Euro"])

A("014_sarykol_adb_oxus_en.txt", "2025-10-16",
  "from the header 'October 16, 2025 | 05:50 GMT'; dateline 'TASHKENT, Oct 15'; 'on Wednesday' -> 2025-10-15",
  "en", [
      D("adb-sarykol-loan", ["ADB", "Sarykol Energy"], "other", 95_000_000, "USD", "exact", "2025-10-15",
        "signed",
        "The Asian Development Bank signed a $95 million loan on Wednesday with Sarykol Energy for a 250-megawatt solar plant and a 120-megawatt-hour battery near Bukhara, one of the first renewable projects in Central Asia designed around data-centre demand.",
        kind_alt=["investment"]),
      D("opec-fund-sarykol-loan", ["OPEC Fund", "Sarykol Energy"], "other", 40_000_000, "USD", "exact",
        "2025-10-15", "signed",
        "The OPEC Fund for International Development is lending the company a further $40 million on the same terms, the two lenders said in a joint statement.",
        kind_alt=["investment"], note="'the company' = Sarykol Energy (previous sentence); the ADB-administered $2m grant is a not_deal"),
      D("sarykol-qumtepa-ppa", ["Sarykol Energy", "Qumtepa Compute"], "supply", 5_000_000, "USD", "range",
        "2025-10", "signed",
        "Under a ten-year offtake deal, Qumtepa will pay Sarykol between $5 million and $6 million a year, depending on how much power it takes, people familiar with the contract said.",
        amount_max=6_000_000, per="year", note="yearly range; no signing day -> month of the article"),
  ],
  ["$2 million", "about $1.1 billion", "roughly 5 cents per kilowatt-hour", "around $190 million"])

A("015_qumtepa_kyzylkum_blog.txt", "2025-11-27",
  "from the entry line 'Eintrag vom 27. November 2025'; 'Vergangene Woche' -> 2025-11; 'Ein halbes Jahr nach' -> 2025-05; 'Mitte Oktober' -> 2025-10; 'vor gut einem Jahr' -> 2024",
  "de", [
      D("tumaris-qumtepa-seriesa", ["Tumaris Ventures", "Qumtepa Compute"], "investment", 18_000_000, "USD",
        "exact", "2025-05", "completed",
        "Ein halbes Jahr nach der von Tumaris Ventures angeführten Serie-A-Runde über 18 Millionen Dollar ist Qumtepa Compute in Usbekistan kein Geheimtipp mehr."),
      D("uzbektelecom-qumtepa-contract", ["Uzbektelecom", "Qumtepa Compute"], "cloud_contract", 7_000_000,
        "USD", "exact", "2025-11", "signed",
        "Der Netzbetreiber zahlt dafür 7 Millionen Dollar jährlich, wie mir zwei Beteiligte bestätigt haben; offiziell ist nur von einem „langfristigen Rahmenvertrag“ die Rede.",
        per="year", term=["2025-11", "2028"],
        note="'Der Netzbetreiber' = Uzbektelecom, which booked capacity at Qumtepa for three years 'Vergangene Woche' (previous sentence); different from the colocation the other way round (009, and the next sentence)"),
      D("uzbektelecom-qumtepa-colocation", ["Qumtepa Compute", "Uzbektelecom"], "other", None, None, None,
        None, "signed",
        "Bisher war das Verhältnis umgekehrt, Qumtepa mietete Fläche bei Uzbektelecom.",
        kind_alt=["cloud_contract"], required=False, note="no amount: optional"),
      D("nvidia-qumtepa-gpus", ["Nvidia", "Qumtepa Compute"], "supply", 35_000_000, "USD", "approx",
        "2025-11", "rumored",
        "Qumtepa soll mit Nvidia über die Lieferung von rund 1.000 H200-Beschleunigern verhandeln, Insidern zufolge für etwa 35 Millionen Dollar.",
        note="rumoured talks"),
      D("adb-sarykol-loan", ["ADB", "Sarykol Energy"], "other", 95_000_000, "USD", "exact", "2025-10",
        "signed",
        "Mitte Oktober hat die Asiatische Entwicklungsbank ADB Sarykol Energy 95 Millionen Dollar für das Solarkraftwerk bei Buchara geliehen, das Qumtepa künftig versorgt.",
        kind_alt=["investment"]),
      D("sarykol-qumtepa-ppa", ["Sarykol Energy", "Qumtepa Compute"], "supply", None, None, None, None,
        "signed",
        "Mitte Oktober hat die Asiatische Entwicklungsbank ADB Sarykol Energy 95 Millionen Dollar für das Solarkraftwerk bei Buchara geliehen, das Qumtepa künftig versorgt.",
        required=False, note="supply relation in a relative clause, no amount: optional"),
      D("datavolt-uzbekistan-phase1", ["DataVolt", "Uzbekistan"], "investment", 1_000_000_000, "USD",
        "exact", "2024", "signed",
        "Und vor gut einem Jahr sagte der saudische Entwickler DataVolt dem usbekischen Digitalministerium eine Milliarde Dollar für einen Campus bei Taschkent zu – die Großen kommen also auch.",
        kind_alt=["project", "capex_plan"], note="amount in words"),
  ],
  ["über 150 Millionen Dollar", "1,90 Dollar", "rund 40 Millionen Dollar", "3 Euro im Monat",
   "mehr als 300.000 Dollar", "1.000 Sum pro kWh"])

A("016_turktelekom_capex_marmara_en.html", "2026-02-10",
  "from <meta name=pubdate>, JSON-LD datePublished and the visible byline 'Feb 10, 2026 · 09:05 TRT'; 'on Monday' -> 2026-02-09; 'last March' -> 2025-03; 'last week' (denied report) -> 2026-02",
  "en", [
      D("turk-telekom-capex-2026", ["Türk Telekom"], "capex_plan", 1_700_000_000, "USD", "approx",
        "2026-02-09", "announced",
        "Türk Telekom shares opened 4.1 percent higher on Tuesday after the operator guided capital expenditure for 2026 to about TRY 75 billion, or roughly $1.7 billion, with a growing slice earmarked for data centres.",
        term=["2026", "2026"],
        note="capex guidance for 2026, also given as about TRY 75 billion (TRY is outside the checker's currency list); published 'after the close on Monday' (next sentence)"),
      D("turktelekom-kayalar-denied", ["Türk Telekom", "Kayalar Enerji"], "acquisition", 700_000_000, "USD",
        "approx", "2026-02", "rumored",
        "Management also denied a newspaper report that it was lining up a bid worth around $700 million for Kayalar Enerji, the wind-power producer whose shares had jumped last week.",
        required=False, note="denied rumour: optional"),
      D("khazna-bosphorlink-ankara", ["Khazna", "Bosphorlink"], "investment", 1_100_000_000, "AED", "approx",
        "2026-02-09", "announced",
        "In the same sector, Khazna Data Centers will inject AED 1.1 billion, about $300 million, into Bosphorlink to build a 40-megawatt site near Ankara, the Abu Dhabi group said late on Monday.",
        kind_alt=["project", "capex_plan"], alt_amounts=alt((300_000_000, "USD")),
        note="different from Khazna's $410m takeover of Bosphorlink (next sentence); the AED figure is rounded, hence approx"),
      D("khazna-bosphorlink-takeover", ["Khazna", "Bosphorlink"], "acquisition", 410_000_000, "USD",
        "exact", "2025-03", "completed",
        "Khazna bought the Istanbul operator for $410 million last March; the deal closed in September."),
  ],
  ["USD/TRY 43.92", "TRY 214 billion", "TRY 71", "about TRY 200 billion", "$3 billion a year", "$71.20"])

A("017_xazar_pasha_mittelland.txt", "2026-02-26",
  "from the date line 'Donnerstag, 26. Februar 2026 · Unternehmen · Seite 11'; 'am Mittwoch' -> 2026-02-25; 'im Juni 2024' -> 2024-06; 'aus dem vergangenen Juni' -> 2025-06",
  "de", [
      D("pasha-xazar-2026", ["PASHA Holding", "Xazar Cloud"], "investment", 60_000_000, "USD", "exact",
        "2026-02-25", "signed",
        "Das Konglomerat aus Baku schießt Xazar Cloud weitere 60 Millionen Dollar zu, wie beide Seiten am Mittwoch mitteilten.",
        note="'Das Konglomerat aus Baku' = PASHA Holding (previous sentence); second PASHA-Xazar deal, different from the $40m of 2024"),
      D("pasha-xazar-2024", ["PASHA Holding", "Xazar Cloud"], "investment", 40_000_000, "USD", "exact",
        "2024-06", "completed",
        "Bereits im Juni 2024 hatte die Holding 40 Millionen Dollar für eine Minderheitsbeteiligung gezahlt.",
        note="'die Holding' = PASHA; the cumulative $100m in the next sentence is a not_deal"),
      D("xazar-capex-2026", ["Xazar Cloud"], "capex_plan", 85_000_000, "USD", "approx", "2026-02", "planned",
        "Wofür das Geld gebraucht wird, ist klar: Xazar will in diesem Jahr knapp 85 Millionen Dollar investieren, vor allem in eine zweite Halle in Garadagh und in Kühltechnik für dichtere KI-Racks.",
        term=["2026", "2026"]),
      D("microsoft-xazar-capacity", ["Microsoft", "Xazar Cloud"], "cloud_contract", 140_000_000, "USD",
        "exact", "2025-06", "signed",
        "Der 140-Millionen-Dollar-Auftrag von Microsoft aus dem vergangenen Juni hat die erste Halle praktisch gefüllt.",
        note="amount in a compound"),
  ],
  ["100 Millionen Dollar", "etwa 420 Millionen Dollar", "34 Millionen Manat", "rund 20 Millionen Dollar",
   "etwa sechs Cent je Kilowattstunde", "250 Millionen Manat", "4.500 Dollar im Monat"])

A("018_mtkvari_rustavi_tribune_en.txt", "2026-04-15",
  "from the byline 'By Nino Tsereteli | 15 April 2026'; 'last week' -> 2026-04 (6-10 April); 'On Tuesday' -> 2026-04-14",
  "en", [
      D("tbc-mtkvari-loan", ["TBC Bank", "Mtkvari Data"], "other", 26_000_000, "EUR", "exact", "2026-04",
        "signed",
        "Mtkvari Data, which runs a 12-megawatt campus on the site of a former steel-works warehouse in Rustavi, signed a €26 million loan with TBC Bank last week to finish its second hall, the company confirmed.",
        kind_alt=["investment"]),
      D("pshavi-mtkvari-ppa", ["Pshavi Hydro", "Mtkvari Data"], "supply", 4_500_000, "USD", "approx",
        "2026-04-14", "signed",
        "Mtkvari will pay roughly $4.5 million a year for the output, chief executive Levan Abashidze said.",
        per="year", term=["2026", "2036"],
        note="'the output' = of Pshavi Hydro's plants under the ten-year contract added 'On Tuesday' (previous sentence)"),
      D("oracle-mtkvari-lease", ["Oracle", "Mtkvari Data"], "cloud_contract", 200_000_000, "USD", "approx",
        "2026", "rumored",
        "Oracle is reportedly negotiating to rent the whole second hall for about $200 million over 15 years, according to a pair of sources close to the negotiations, who spoke anonymously because nothing has been signed.",
        kind_alt=["other"], alt_amounts=alt((210_000_000, "USD")),
        note="rumoured talks; signed in October 2026 at about $210m (020, alt_amounts); the year keeps the shared id's dates consistent; 'the whole second hall' = Mtkvari's"),
  ],
  ["up to GEL 30 million", "GEL 4 million", "about $6 million per megawatt", "GEL 21 million",
   "$110 million to $130 million", "about 20 tetri per kilowatt-hour"])

A("019_interview_altynsai_kaltgang.txt", None,
  "the interview has no date at all (only 'Lesezeit: 7 Minuten'); all deal dates stay null except the year the text names ('von 2024')",
  "de", [
      D("ebrd-altynsai-equity-2026", ["EBRD", "Altynsai Data"], "investment", 35_000_000, "USD", "exact",
        None, "completed",
        "Jetzt hat die EBRD 35 Millionen Dollar für fünf Prozent an Altynsai bezahlt.",
        note="EBRD's equity stake, different from its 2024 loan (previous sentence); 020 dates it to June 2026"),
      D("ebrd-altynsai-loan-2024", ["EBRD", "Altynsai Data"], "other", 120_000_000, "USD", "exact", "2024",
        "signed",
        "Den Kredit über 120 Millionen Dollar von 2024 zahlen wir planmäßig zurück, das hat Vertrauen geschaffen.",
        kind_alt=["investment"], note="'wir' = Altynsai; lender EBRD in the question and the next sentence"),
      D("samruk-altynsai-stake-talks", ["Samruk-Kazyna", "Altynsai Data"], "acquisition", 90_000_000, "USD",
        "approx", None, "cancelled",
        "Richtig, mit Samruk-Kazyna haben wir über ein Viertel der Anteile gesprochen, rund 90 Millionen Dollar standen im Raum.",
        kind_alt=["investment"], note="talks ended without result (next sentence): cancelled; 'wir' = Altynsai"),
      D("altynsai-ekibastuz-campus", ["Altynsai Data"], "project", 650_000_000, "USD", "approx", None,
        "announced",
        "Der Standort in Ekibastus kostet rund 650 Millionen Dollar, und wir bauen Solarfelder daneben, sobald die Netzgesellschaft die Leitung verstärkt hat.",
        kind_alt=["capex_plan"]),
  ],
  ["etwa 7,5 Millionen Dollar", "2.500 Dollar im Monat", "900 Millionen Dollar", "1.200 Euro", "14,80 Euro"])

A("020_kura_compute_letter_en.txt", "2026-11-12",
  "from the issue line 'Issue 88 — Thursday, 12 November 2026'; 'last month' -> 2026-10; 'on Tuesday' -> 2026-11-10; 'in June' -> 2026-06; 'back in 2024' -> 2024",
  "en", [
      D("oracle-mtkvari-lease", ["Oracle", "Mtkvari Data"], "cloud_contract", 210_000_000, "USD", "approx",
        "2026-10", "signed",
        "Oracle signed a 15-year lease for Mtkvari Data's second hall in Rustavi last month, worth about $210 million over its term, so says someone who has read the contract.",
        kind_alt=["other"], term=["2026", "2041"]),
      D("kayalar-bosphorlink-solar-2026", ["Kayalar Enerji", "Bosphorlink"], "supply", 27_000_000, "EUR",
        "exact", "2026-11-10", "announced",
        "Kayalar Enerji will build a 30-megawatt solar plant next to Bosphorlink's new Ankara campus and hand it over to the Khazna-owned operator for €27 million, the pair announced on Tuesday.",
        kind_alt=["project", "acquisition"],
        note="turnkey plant sold to Bosphorlink; second Kayalar-Bosphorlink deal, different from the 2024 wind-power contract (next sentence)"),
      D("kayalar-bosphorlink-ppa-2024", ["Kayalar Enerji", "Bosphorlink"], "supply", None, None, None, "2024",
        "signed",
        "That deal sits alongside the twelve-year wind-power contract the same pair signed back in 2024, which stays in place.",
        required=False, note="restated without amount: optional"),
      D("ebrd-altynsai-equity-2026", ["EBRD", "Altynsai Data"], "investment", 35_000_000, "USD", "exact",
        "2026-06", "completed",
        "The bank paid $35 million for it in June, and the money has gone into the Ekibastuz campus, where the first 25 megawatts are now under roof.",
        note="'The bank' = the EBRD, 'it' = its equity stake in Altynsai Data (previous sentence)"),
  ],
  ["TRY 51.30", "$2.3bn", "$95,000", "7.9 US cents", "$180", "$120", "$9 a month"])


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, {sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
