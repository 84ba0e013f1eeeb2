#!/usr/bin/env python3
"""Write gold.json for corpus96 (the hand annotation lives here; edit, then run).

Usage: python3 tests/corpus96/make_gold.py
Then check it: python3 tests/corpus96/check_gold.py
Standard library only.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from check_corpus_gold import visible_text  # noqa: E402

ABOUT = (
    "Hand-annotated deals in the ninety-sixth, held-out test corpus (tests/corpus96/articles/), "
    "written for the tests and independent of the extractor; same format and rules as "
    "tests/corpus15/gold.json and shared/gold/seeds.json. Theme: the chip-equipment makers behind AI "
    "(ASML, Applied Materials, Lam Research, Tokyo Electron, KLA, Zeiss SMT, Trumpf), their orders, "
    "stakes, capex plans and sites, export curbs on China, the wafer makers Siltronic and GlobalWafers, "
    "and German coverage of the same. One entry per article; a deal that several articles report "
    "carries the same id in each. 'required': false marks vague, background or amount-less mentions "
    "that an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT "
    "deals: reporting one of them as a deal is an error. Amounts are in full units and in the currency "
    "the article states; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | "
    "range; 'per' ('year', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date line, dateline, byline, issue line, <time> or meta tag, "
    "or null when the article has none); a cancelled deal keeps the date of the original agreement; a "
    "rumour carries the date it was reported; 'term' is the period the deal covers, where the text gives "
    "one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles "
    "the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Real "
    "companies' deals are retold from public reports with details shifted or simplified where unsure; "
    "several deals are invented outright (see README.md), and the invented companies (Salzachstrom, "
    "Kalmbach Gewerbebau, Amakusa Seimitsu, Wendelstein Messtechnik, Haoyu Microsystems, Pudong "
    "Lingguang, Härtsfeld Optronik, Brenztalbank, Qianhai Lumen Capital, Lauchert Photonik, "
    "Reinraumtechnik Blaustein) are fiction. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("per", "term", "kind_alt", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    if extra:
        raise SystemExit(f"unknown keys {extra}")
    d["evidence"] = evidence
    return d


def ALT(amount, currency):
    return {"amount": amount, "currency": currency}


ARTICLES = {}

ARTICLES["001_hanmi_asml_hangang_en.txt"] = {
    "published": "2024-01-09",
    "published_note": "from the date line 'Jan. 9, 2024 — 16:51 KST' (a Tuesday); 'on Monday' -> 2024-01-08; 'last month' -> 2023-12",
    "language": "en",
    "deals": [
        D("skhynix-hanmi-2024", ["SK hynix", "Hanmi Semiconductor"], "supply", 86_100_000_000, "KRW", "exact",
          "2024-01-08", "signed",
          "Hanmi Semiconductor, the Incheon maker of the thermo-compression bonders that stack memory dies into high-bandwidth memory (HBM), said in a stock-exchange disclosure on Monday that SK hynix had placed an order worth 86.1 billion won for the machines.",
          note="first of two SK hynix-Hanmi orders; the 59.6 billion won HBM4 order of 2026 (019) is a different deal"),
        D("samsung-asml-rd-fab", ["Samsung Electronics", "ASML"], "joint_venture", 1_000_000_000_000, "KRW", "exact",
          "2023-12", "signed",
          "The two sides said they would put a combined 1 trillion won into the facility, which is meant to develop processes for the next generations of extreme ultraviolet (EUV) lithography.",
          kind_alt=["project", "partnership"], alt_amounts=[ALT(760_000_000, "USD")],
          note="'The two sides' = Samsung Electronics and ASML, named in the previous sentence with 'last month' (state visit, December 2023); joint research fab; USD figure from 006"),
    ],
    "not_deals": ["roughly 159 billion won", "66,300 won", "6 trillion won", "about $23 billion",
                  "480 billion won", "1.3 trillion won"],
}

ARTICLES["002_siltronic_salzach.txt"] = {
    "published": "2024-03-08",
    "published_note": "from the date line 'BURGHAUSEN · Freitag, 8. März 2024'; 'am Mittwoch' -> 2024-03-06",
    "language": "de",
    "deals": [
        D("siltronic-capex-2024", ["Siltronic"], "capex_plan", 500_000_000, "EUR", "approx", "2024-03", "planned",
          "Für das laufende Jahr plant Siltronic Investitionen von rund 500 Millionen Euro, kündigte der Vorstand bei der Vorlage der Jahreszahlen in München an.",
          note="capex plan for 2024, announced with the annual results (March, day not given); different from the 2025 plan (011) and the 2027 cap (020); the 2023 figure (1.3 bn) is past spending"),
        D("siltronic-singapore-fab", ["Siltronic"], "project", 2_000_000_000, "EUR", "approx", None, "announced",
          "Dort, in Singapur, steht die neue 300-Millimeter-Fabrik, für die der Konzern insgesamt rund zwei Milliarden Euro veranschlagt hat.",
          required=False, kind_alt=["capex_plan"],
          note="background: the budget of the Singapore fab, opening planned for May; announcement date not given"),
        D("siltronic-salzachstrom-ppa", ["Siltronic", "Salzachstrom"], "supply", 14_000_000, "EUR", "approx",
          "2024-03-06", "signed",
          "Ab Januar 2025 liefert der Laufwasserkraftbetreiber zehn Jahre lang Ökostrom; der Vertrag ist nach Informationen unserer Zeitung etwa 14 Millionen Euro im Jahr wert.",
          per="year", term=["2025-01", "2034"],
          note="power purchase agreement; parties and 'am Mittwoch' in the previous sentence ('der Laufwasserkraftbetreiber' = Salzachstrom AG); the reader comment restates the 14 m a year"),
        D("globalwafers-siltronic-takeover", ["GlobalWafers", "Siltronic"], "acquisition", 4_350_000_000, "EUR", "exact",
          "2021", "cancelled",
          "Die 2021 vereinbarte und Anfang 2022 geplatzte Übernahme durch GlobalWafers aus Taiwan, die 4,35 Milliarden Euro schwer gewesen wäre, ist in Burghausen längst abgehakt.",
          required=False,
          note="background mention of the failed takeover (agreed 2021, lapsed early 2022); required in 012"),
    ],
    "not_deals": ["etwa 1,3 Milliarden Euro", "1,51 Milliarden Euro", "1,20 Euro je Aktie",
                  "8,9 Cent je Kilowattstunde", "41 Millionen Euro", "89 Euro pro Nacht"],
}

ARTICLES["003_tokyo_electron_kanto_en.txt"] = {
    "published": "2024-05-10",
    "published_note": "from the header 'May 10, 2024 / 19:05 JST' and the dateline 'TOKYO, May 10'; 'on Friday' = 2024-05-10",
    "language": "en",
    "deals": [
        D("tel-capex-fy2029", ["Tokyo Electron"], "capex_plan", 700_000_000_000, "JPY", "approx", "2024-05-10", "planned",
          "Tokyo Electron Ltd, Japan's biggest maker of chipmaking equipment, said on Friday it plans to invest roughly 700 billion yen in plants and equipment over the five fiscal years ending March 2029, betting that customers building capacity for AI processors and high-bandwidth memory will keep ordering.",
          term=["2024-04", "2029-03"],
          note="five-year capital plan; the Miyagi logistics centre (~50 bn yen) is a part of it and a not_deal"),
        D("tel-rnd-fy2029", ["Tokyo Electron"], "capex_plan", 1_500_000_000_000, "JPY", "exact", "2024-05-10", "planned",
          "The Akasaka-based group also earmarked 1.5 trillion yen for research and development over the same period and intends to hire about 10,000 people worldwide.",
          required=False, term=["2024-04", "2029-03"],
          note="R&D budget, not capital spending: optional; 'The Akasaka-based group' = Tokyo Electron"),
        D("tel-amakusa-stake", ["Tokyo Electron", "Amakusa Seimitsu"], "investment", 30_000_000_000, "JPY", "approx",
          "2024-05", "negotiating",
          "In a separate matter, Tokyo Electron is in talks to buy a minority stake in Amakusa Seimitsu, a Kumamoto maker of ceramic parts for etch chambers, for about 30 billion yen, said two insiders who have seen draft terms.",
          kind_alt=["acquisition"],
          note="talks reported by insiders, both companies declined to comment; invented"),
    ],
    "not_deals": ["around 50 billion yen", "1.83 trillion yen", "456 billion yen", "2.1 trillion yen",
                  "36,870 yen", "286 yen per share", "about $110 billion"],
}

ARTICLES["004_zeiss_smt_ostalb.txt"] = {
    "published": "2024-07-19",
    "published_note": "from the byline 'Von Hannelore Stöckle · 19.07.2024'; 'im Februar' -> 2024-02; 'im Juni' -> 2024-06",
    "language": "de",
    "deals": [
        D("zeiss-oberkochen-highna-building", ["Zeiss SMT"], "project", 400_000_000, "EUR", "approx", "2024-02", "announced",
          "Rund 400 Millionen Euro steckt die Halbleitersparte von Zeiss in ein neues Fertigungsgebäude, in dem ab 2026 Spiegel für die High-NA-Generation der EUV-Belichtungsmaschinen entstehen sollen.",
          kind_alt=["capex_plan"],
          note="'die Halbleitersparte von Zeiss' = Zeiss SMT; announced in February (next sentence); invented amount"),
        D("asml-zeiss-smt-stake-2016", ["ASML", "Zeiss SMT"], "investment", 1_000_000_000, "EUR", "exact", "2016", "completed",
          "Seit 2016 ist der niederländische Konzern mit 24,9 Prozent an Carl Zeiss SMT beteiligt; die Niederländer zahlten damals eine Milliarde Euro für das Paket.",
          kind_alt=["acquisition"],
          note="'der niederländische Konzern'/'die Niederländer' = ASML (previous sentence); different from the 760 m R&D commitment in the next sentence"),
        D("asml-zeiss-smt-rd-2016", ["ASML", "Zeiss SMT"], "other", 760_000_000, "EUR", "exact", "2016", "signed",
          "Zusätzlich sagte der Veldhovener Konzern zu, über sechs Jahre 760 Millionen Euro an Forschungs- und Anlagenkosten der Oberkochener mitzutragen.",
          kind_alt=["partnership", "investment"], term=["2016", "2022"],
          note="'der Veldhovener Konzern' = ASML, 'der Oberkochener' = Zeiss SMT; R&D and capex support agreed with the 2016 stake; a second ASML-Zeiss SMT deal that must stay apart from the stake"),
        D("zeiss-kalmbach-lease", ["Zeiss SMT", "Kalmbach Gewerbebau"], "other", 185_000, "EUR", "exact", "2024-06", "signed",
          "Vermieterin ist die Kalmbach Gewerbebau GmbH, die Laufzeit beträgt zehn Jahre, die Miete 185.000 Euro im Monat, wie im Gemeinderat zu hören war.",
          per="month",
          note="ten-year lease of a logistics hall; tenant Zeiss SMT and 'im Juni' in the previous sentence; invented"),
    ],
    "not_deals": ["gut 10,1 Milliarden Euro", "mehr als 350 Millionen Euro", "58 Millionen Euro",
                  "2,8 Millionen Euro", "3.400 Euro brutto", "13,50 Euro pro Quadratmeter", "je 500 Euro"],
}

ARTICLES["005_esmc_dresden_elbtal.html"] = {
    "published": "2024-08-20",
    "published_note": "no visible date: from <meta name='date'> and JSON-LD datePublished 2024-08-20 (a Tuesday); 'am Dienstag' = groundbreaking day; 'im vergangenen August' -> 2023-08",
    "language": "de",
    "deals": [
        D("esmc-dresden-jv", ["TSMC", "Bosch", "Infineon", "NXP"], "joint_venture", 10_000_000_000, "EUR", "at_least",
          "2023-08", "signed",
          "Das Gemeinschaftsunternehmen, auf das sich die vier Partner im vergangenen August verständigt hatten, soll mehr als zehn Milliarden Euro kosten.",
          kind_alt=["project"],
          note="'die vier Partner' = TSMC, Bosch, Infineon and NXP, named in the next sentence; 'mehr als' -> at_least; the 5 bn state aid is a not_deal"),
        D("infineon-smart-power-fab", ["Infineon"], "project", 5_000_000_000, "EUR", "approx", None, "announced",
          "Gleich nebenan entsteht für rund fünf Milliarden Euro die Smart Power Fab von Infineon; sie soll 2026 in Betrieb gehen.",
          required=False, note="background project next door; announcement date not given"),
        D("kla-dresden-centre", ["KLA"], "project", None, None, None, None, "announced",
          "Auch die Ausrüster folgen ihren Kunden: Der US-Prüftechnikspezialist KLA kündigte an, in Dresden ein Service- und Schulungszentrum einzurichten, nannte aber keine Summe.",
          required=False, kind_alt=["capex_plan"], note="no amount; invented"),
    ],
    "not_deals": ["mit fünf Milliarden Euro Beihilfe", "250 Millionen Euro", "rund 4.200 Euro im Monat",
                  "gut 1.100 Euro", "ab 399 Euro", "7,99 Euro im Monat"],
}

ARTICLES["006_reticle_report_oct24_en.txt"] = {
    "published": "2024-10-17",
    "published_note": "from the issue line 'Issue 44 · Thursday, 17 October 2024'; 'Hours before this letter went out' -> 2024-10-17; 'last December' -> 2023-12",
    "language": "en",
    "deals": [
        D("tsmc-capex-2024", ["TSMC"], "capex_plan", 30_000_000_000, "USD", "at_least", "2024-10-17", "announced",
          "Hours before this letter went out, TSMC told analysts that capital expenditure for 2024 will end up slightly above $30 billion and hinted that next year's number will be higher.",
          note="'slightly above' -> at_least; different from the 2025 (007, 016) and 2026 (017) plans and the Arizona pledge"),
        D("applied-epic-center", ["Applied Materials"], "project", 4_000_000_000, "USD", "up_to", "2023-05", "announced",
          "Applied Materials says it is sticking with its EPIC Center, the research complex in Silicon Valley into which it pledged up to $4 billion in May 2023, even though people familiar with the review say the CHIPS Office will not fund the building.",
          kind_alt=["capex_plan"]),
        D("samsung-asml-rd-fab", ["Samsung Electronics", "ASML"], "joint_venture", 760_000_000, "USD", "approx", "2023-12", "signed",
          "The two are splitting a bill of about $760 million, and ASML engineers are expected to move in during 2027.",
          kind_alt=["project", "partnership"],
          note="'The two' = Samsung Electronics and ASML, previous sentence ('agreed on last December'); the 1 trillion won of 001 in USD"),
    ],
    "not_deals": ["net bookings of €2.6 billion", "between €30 billion and €35 billion", "about €50 billion",
                  "NT$325.3 billion", "$6.78 billion", "€350m", "$110bn", "$49"],
}

ARTICLES["007_chipticker_chipmuehle.txt"] = {
    "published": "2025-01-16",
    "published_note": "from the date line 'Donnerstag, 16. Januar 2025' of the live ticker; 'am Donnerstag' = 2025-01-16; 'am Mittwochabend' -> 2025-01-15",
    "language": "de",
    "deals": [
        D("kla-wendelstein-rumour", ["KLA", "Wendelstein Messtechnik"], "acquisition", 400_000_000, "EUR", "up_to",
          "2025-01-16", "rumored",
          "Im Raum stehe ein Kaufpreis von bis zu 400 Millionen Euro, heißt es aus Finanzkreisen.",
          note="parties in the previous sentence ('Insidern zufolge', the metrology unit of Wendelstein Messtechnik); invented"),
        D("siltronic-schuldschein-2025", ["Siltronic"], "other", 300_000_000, "EUR", "exact", "2025-01-15", "completed",
          "Siltronic hat ein Schuldscheindarlehen über 300 Millionen Euro platziert, wie der Waferhersteller am Mittwochabend mitteilte.",
          note="promissory-note loan from unnamed investors; invented"),
        D("tsmc-capex-2025", ["TSMC"], "capex_plan", 38_000_000_000, "USD", "range", "2025-01-16", "announced",
          "Die Zahl des Tages kommt aus Taiwan: TSMC plant für 2025 Investitionen in Höhe von 38 bis 42 Milliarden Dollar, teilte der Auftragsfertiger am Donnerstag mit.",
          amount_max=42_000_000_000, note="the 2024 figure ('knapp 30 Milliarden') is past spending"),
    ],
    "not_deals": ["723,40 Euro", "571 Euro", "47,86 Euro", "bis zu 406 Millionen Dollar", "344 Milliarden Yuan",
                  "knapp 30 Milliarden", "374,7 Milliarden Taiwan-Dollar", "25 bis 25,8 Milliarden Dollar",
                  "1 Euro je Auftrag"],
}

ARTICLES["008_lam_karnataka_cauvery_en.txt"] = {
    "published": "2025-02-14",
    "published_note": "from 'Updated: 14 Feb 2025, 07:10 AM IST' (a Friday); 'on Wednesday' -> 2025-02-12",
    "language": "en",
    "deals": [
        D("lam-karnataka-2025", ["Lam Research"], "capex_plan", 100_000_000_000, "INR", "at_least", "2025-02-12", "announced",
          "BENGALURU: Lam Research, the California-based maker of etch and deposition equipment, will invest more than ₹10,000 crore (about $1.2 billion) in Karnataka over the coming years, the company told the state's investors' summit on Wednesday.",
          alt_amounts=[ALT(1_200_000_000, "USD")], note="₹10,000 crore = ₹100 billion; 'more than' -> at_least"),
        D("applied-bengaluru-centre", ["Applied Materials"], "project", 400_000_000, "USD", "exact", "2023-06", "announced",
          "Applied Materials said in June 2023 that it would spend $400 million over four years on a collaborative engineering centre in Bengaluru; that building is due to open next year.",
          kind_alt=["capex_plan"]),
        D("tata-psmc-dholera", ["Tata Electronics", "PSMC"], "project", 910_000_000_000, "INR", "exact", None, "announced",
          "Nationally, the India Semiconductor Mission was set up with an outlay of ₹76,000 crore, most of it already allotted, and Tata Electronics is building the country's first commercial fab at Dholera in Gujarat with Taiwan's PSMC, a project costed at ₹91,000 crore.",
          required=False, kind_alt=["partnership", "joint_venture"],
          note="background; ₹91,000 crore = ₹910 billion; the mission outlay in the same sentence is a not_deal"),
    ],
    "not_deals": ["more than ₹10 lakh crore", "$4.38 billion", "₹28 lakh a year", "₹110 per square foot",
                  "₹76,000 crore", "₹2.4 lakh"],
}

ARTICLES["009_naura_kingsemi_harbour_en.txt"] = {
    "published": "2025-03-14",
    "published_note": "from the dateline 'HONG KONG, 14 March 2025' (a Friday); 'on Tuesday' -> 2025-03-11; 'last month' -> 2025-02",
    "language": "en",
    "deals": [
        D("naura-kingsemi-stake", ["Naura Technology", "Kingsemi"], "investment", 1_600_000_000, "CNY", "approx",
          "2025-03-11", "signed",
          "Naura Technology, China's largest maker of chip-production equipment, will buy a 9.49 per cent stake in Shenyang-based coating and cleaning tool maker Kingsemi for about 1.6 billion yuan, the companies said in filings on Tuesday.",
          kind_alt=["acquisition"], note="seller is a Shenyang state-owned vehicle (next sentence); amount approximate/shifted"),
        D("smic-capex-2025", ["SMIC"], "capex_plan", 7_500_000_000, "USD", "approx", "2025-02", "announced",
          "SMIC told investors last month that capital expenditure in 2025 would stay at roughly $7.5 billion, similar to last year's outlay, while Beijing's third national chip fund was launched in May with 344 billion yuan of registered capital.",
          note="the chip fund in the same sentence is a not_deal"),
        D("haoyu-pudong-lingguang-rumour", ["Haoyu Microsystems", "Pudong Lingguang"], "acquisition", 2_000_000_000, "CNY",
          "up_to", "2025-03", "rumored",
          "Local reports that Haoyu Microsystems, a Suzhou etch-tool maker, was negotiating to buy the Shanghai lithography-optics start-up Pudong Lingguang for up to 2 billion yuan were rejected by Haoyu on Wednesday as \"groundless\".",
          required=False, note="denied rumour: optional; invented"),
    ],
    "not_deals": ["roughly 29.8 billion yuan", "near 440 yuan", "about 23 billion yuan", "344 billion yuan",
                  "€10.2 billion"],
}

ARTICLES["010_applied_besi_scheldt_en.txt"] = {
    "published": "2025-04-15",
    "published_note": "from the header 'April 15, 2025 | 09:12 CET' and the dateline; 'late on Monday' -> 2025-04-14",
    "language": "en",
    "deals": [
        D("applied-besi-stake", ["Applied Materials", "Besi"], "investment", 600_000_000, "EUR", "approx", "2025-04-14", "completed",
          "The U.S. equipment group paid roughly €600 million (about $680 million) for the shares, which it bought on the open market over several weeks, a person familiar with the purchases said.",
          kind_alt=["acquisition"], alt_amounts=[ALT(680_000_000, "USD")],
          note="'The U.S. equipment group' = Applied Materials, the 9% holding in BE Semiconductor Industries disclosed 'late on Monday' (previous sentence); the price comes from one source and is shifted; the €640m market value of the holding is a not_deal"),
        D("applied-besi-hybrid-bonding", ["Applied Materials", "Besi"], "partnership", None, None, None, "2020", "signed",
          "The two companies have worked together since 2020 on an integrated hybrid-bonding line, which joins chips directly copper-to-copper and is expected to be used in future high-bandwidth memory stacks and AI accelerators.",
          required=False, note="no amount; background; must stay apart from the stake"),
    ],
    "not_deals": ["around €640 million", "€94.80", "roughly €7.6 billion", "€607 million", "€1 billion a year",
                  "$7.17 billion", "$141.20"],
}

ARTICLES["011_besi_siltronic_boersenbrise.txt"] = {
    "published": "2025-04-16",
    "published_note": "from the header '16.04.2025 – 10:42 Uhr' (a Wednesday); 'am Montag' -> 2025-04-14; 'im März' -> 2025-03",
    "language": "de",
    "deals": [
        D("applied-besi-stake", ["Applied Materials", "Besi"], "investment", 600_000_000, "EUR", "approx", "2025-04-14", "completed",
          "Bezahlt haben die Amerikaner dafür nach Angaben eines Insiders rund 600 Millionen Euro.",
          kind_alt=["acquisition"],
          note="'die Amerikaner' = Applied Materials, 'dafür' = the 9% stake in Besi disclosed 'am Montag' (previous sentence)"),
        D("siltronic-capex-2025", ["Siltronic"], "capex_plan", 400_000_000, "EUR", "approx", "2025-03", "planned",
          "Der Münchner Waferhersteller hatte im März angekündigt, die Investitionen 2025 auf knapp 400 Millionen Euro zurückzufahren, nach rund 530 Millionen Euro im Vorjahr.",
          note="'Der Münchner Waferhersteller' = Siltronic (previous sentence); the 2024 figure (530 m) is past spending; different from the 2024 plan (002) and the 2027 cap (020); amount shifted"),
    ],
    "not_deals": ["3,94 Milliarden Euro", "knapp 4,8 Milliarden", "7,74 Milliarden Euro", "2,36 Milliarden Euro",
                  "565,20 Euro", "rund 530 Millionen Euro", "1,41 Milliarden Euro", "101,45 €", "39,72 €",
                  "58 Euro", "760 Euro", "100.000 Euro"],
}

ARTICLES["012_scheibenpost_globalwafers.txt"] = {
    "published": "2025-05-16",
    "published_note": "from the issue line 'Ausgabe 20/2025 · 16. Mai 2025' (a Friday); 'Am Donnerstag' -> 2025-05-15; 'Vor gut vier Jahren' -> 2021; 'im Februar' -> 2025-02",
    "language": "de",
    "deals": [
        D("globalwafers-sherman-fab", ["GlobalWafers"], "project", 3_500_000_000, "USD", "approx", "2022", "completed",
          "Das 2022 angekündigte Werk kostet den taiwanischen Konzern rund 3,5 Milliarden Dollar.",
          kind_alt=["capex_plan"],
          note="the Sherman fab, announced 2022, opened 'Am Donnerstag' (previous sentence); different from the additional 4 bn plan"),
        D("globalwafers-us-4bn", ["GlobalWafers"], "capex_plan", 4_000_000_000, "USD", "exact", "2025-05-15", "planned",
          "Weitere vier Milliarden Dollar (umgerechnet etwa 3,6 Milliarden Euro) sollen in den nächsten Jahren in die US-Standorte fließen, vor allem nach Sherman und ins Werk in Missouri.",
          alt_amounts=[ALT(3_600_000_000, "EUR")],
          note="announced at the opening ('Zur Eröffnung', previous sentence, Thursday); the spender GlobalWafers is named two sentences earlier; the 406 m federal grants are a not_deal"),
        D("globalwafers-siltronic-takeover", ["GlobalWafers", "Siltronic"], "acquisition", 4_350_000_000, "EUR", "exact",
          "2021", "cancelled",
          "Vor gut vier Jahren hatte GlobalWafers 4,35 Milliarden Euro für Siltronic geboten.",
          note="offer of early 2021, failed in January 2022 (next sentence)"),
        D("lam-karnataka-2025", ["Lam Research"], "capex_plan", 1_200_000_000, "USD", "at_least", "2025-02", "announced",
          "Die im Februar angekündigten mehr als 1,2 Milliarden Dollar für den Bundesstaat Karnataka fließen zuerst in ein Fertigungsgebäude nahe Bengaluru.",
          note="the spender is in the item heading ('Lam Research konkretisiert Indien-Pläne'); same plan as 008 (₹10,000 crore)"),
    ],
    "not_deals": ["bis zu 406 Millionen Dollar", "342 Millionen Euro", "78 Millionen Euro", "1.480 Dollar",
                  "149 Euro", "390 Euro"],
}

ARTICLES["013_globalwafers_sherman_redriver_en.html"] = {
    "published": "2025-05-16",
    "published_note": "from <meta property='article:published_time'> and the visible <time> 'May 16, 2025 at 5:45 a.m. CDT'; 'on Thursday' -> 2025-05-15",
    "language": "en",
    "deals": [
        D("globalwafers-sherman-fab", ["GlobalWafers"], "project", 3_500_000_000, "USD", "exact", "2022", "completed",
          "GlobalWafers on Thursday cut the ribbon on its 300-millimeter wafer plant off U.S. 75, a $3.5 billion facility the Taiwanese company first unveiled in 2022 after looking at sites in several states.",
          kind_alt=["capex_plan"], note="plant announced in 2022, opened on Thursday"),
        D("globalwafers-us-4bn", ["GlobalWafers"], "capex_plan", 4_000_000_000, "USD", "exact", "2025-05-15", "planned",
          "At the ceremony the Hsinchu-based wafer maker went further, saying it would invest an additional $4 billion in the United States, split between Sherman and its plant in St. Peters, Missouri.",
          note="'the Hsinchu-based wafer maker' = GlobalWafers; the headline restates '$4B'"),
        D("globalwafers-siltronic-takeover", ["GlobalWafers", "Siltronic"], "acquisition", None, None, None, None, "cancelled",
          "GlobalWafers, which tried and failed to buy Germany's Siltronic a few years ago, now employs about 1,500 people in Sherman, and plant managers said starting pay for technicians is around $24 an hour.",
          required=False, note="background, no amount"),
        D("ti-sherman-plan", ["Texas Instruments"], "capex_plan", 30_000_000_000, "USD", "up_to", "2021", "announced",
          "Across town, Texas Instruments is building its own chip fabs, part of a plan to spend as much as $30 billion in Sherman that it laid out in 2021.",
          required=False, note="background plan; 'as much as' -> up_to"),
    ],
    "not_deals": ["up to $406 million", "around $24 an hour", "$118 million", "$2.1 million", "$289,000",
                  "$29,995", "99 cents"],
}

ARTICLES["014_magdeburg_dresden_wirtschaftspost.txt"] = {
    "published": "2025-07-25",
    "published_note": "from the date line 'Freitag, 25. Juli 2025'; 'am Donnerstagabend' -> 2025-07-24 (the cancellation); the project was agreed 'im Juni 2023'; 'Ende Mai' -> 2025-05",
    "language": "de",
    "deals": [
        D("intel-magdeburg-fab", ["Intel"], "project", 30_000_000_000, "EUR", "approx", "2023-06", "cancelled",
          "Damit ist das im Juni 2023 im Kanzleramt besiegelte Vorhaben, das rund 30 Milliarden Euro kosten sollte, endgültig gestorben.",
          kind_alt=["capex_plan"],
          note="cancelled on 2025-07-24; keeps the date of the June 2023 agreement; the 9.9 bn subsidies are a not_deal"),
        D("globalfoundries-dresden-2025", ["GlobalFoundries"], "capex_plan", 1_100_000_000, "EUR", "exact", "2025-05", "planned",
          "GlobalFoundries will sein Dresdner Werk für 1,1 Milliarden Euro ausbauen; bis Ende 2028 sollen dort jährlich über eine Million Scheiben vom Band laufen.",
          kind_alt=["project"], term=[None, "2028"],
          note="announced 'Ende Mai' (next sentence); month shifted where unsure"),
        D("esmc-dresden-jv", ["TSMC", "Bosch", "Infineon", "NXP"], "joint_venture", 10_000_000_000, "EUR", "at_least",
          None, "signed",
          "Nur wenige Kilometer entfernt wächst die mehr als zehn Milliarden Euro teure Fabrik von ESMC aus dem Boden, an der neben TSMC auch Bosch, Infineon und NXP beteiligt sind.",
          kind_alt=["project"], note="restated without date; same deal as 005"),
    ],
    "not_deals": ["2,9 Milliarden Dollar", "9,9 Milliarden Euro", "mittleren zweistelligen Millionenbetrag",
                  "zwölf bis 15 Milliarden Euro", "Parkticket 6 Euro"],
}

ARTICLES["015_asml_mistral_wfd.txt"] = {
    "published": "2025-09-10",
    "published_note": "from the header '10.09.2025 – 07:55'; 'am Dienstag' -> 2025-09-09",
    "language": "de",
    "deals": [
        D("asml-mistral-2025", ["ASML", "Mistral AI"], "investment", 1_300_000_000, "EUR", "exact", "2025-09-09", "signed",
          "Für 1,3 Milliarden Euro sichert sich der Chipmaschinenbauer ASML ein Aktienpaket an Mistral AI, dem bekanntesten KI-Entwickler Frankreichs.",
          alt_amounts=[ALT(1_500_000_000, "USD")],
          note="announced 'am Dienstag' (next sentence); USD figure from 016; the round total is a separate optional entry"),
        D("mistral-seriesc-2025", ["Mistral AI", "ASML"], "investment", 1_700_000_000, "EUR", "exact", "2025-09-09", "signed",
          "Die Beteiligung ist Teil einer Finanzierungsrunde, in der Mistral insgesamt 1,7 Milliarden Euro einsammelt.",
          required=False, note="round total containing ASML's 1.3 bn: optional, must stay apart from it"),
        D("asml-zeiss-smt-stake-2016", ["ASML", "Zeiss SMT"], "investment", None, None, None, "2016", "completed",
          "Die einzige vergleichbar große war der Einstieg bei Carl Zeiss SMT im Jahr 2016, dem wichtigsten Zulieferer für die Optik der EUV-Anlagen.",
          required=False, kind_alt=["acquisition"], note="background, no amount; same deal as in 004 and 018"),
    ],
    "not_deals": ["11,7 Milliarden Euro", "5,8 Milliarden Euro", "rund 4,3 Milliarden Euro", "etwa 270 Milliarden Euro",
                  "697,10 Euro"],
}

ARTICLES["016_lithography_notes_en.txt"] = {
    "published": "2025-10-02",
    "published_note": "from the post line 'Posted 2 October 2025'; 'in August' -> 2025-08; 'in September' -> 2025-09; 'three weeks ago' -> 2025-09; 'back in January' -> 2025-01",
    "language": "en",
    "deals": [
        D("softbank-intel-2025", ["SoftBank", "Intel"], "investment", 2_000_000_000, "USD", "exact", "2025-08", "completed",
          "SoftBank put $2 billion into the company in August, and Nvidia followed in September with $5 billion for a stake of roughly 4%.",
          note="'the company' = Intel (previous sentence); two deals in one sentence"),
        D("nvidia-intel-2025", ["Nvidia", "Intel"], "investment", 5_000_000_000, "USD", "exact", "2025-09", "signed",
          "SoftBank put $2 billion into the company in August, and Nvidia followed in September with $5 billion for a stake of roughly 4%.",
          note="second deal of the same sentence"),
        D("asml-mistral-2025", ["ASML", "Mistral AI"], "investment", 1_300_000_000, "EUR", "exact", "2025-09", "signed",
          "ASML's €1.3bn (roughly $1.5bn) for a slice of Mistral AI three weeks ago was framed as a technology partnership, and I believe that framing.",
          alt_amounts=[ALT(1_500_000_000, "USD")]),
        D("tsmc-capex-2025", ["TSMC"], "capex_plan", 38_000_000_000, "USD", "range", "2025-01", "announced",
          "Third, the unglamorous number: TSMC, which guided its 2025 capital budget to $38–42bn back in January, is on track to spend more on equipment this year than the whole industry did in 2019.",
          amount_max=42_000_000_000),
    ],
    "not_deals": ["about $600 million", "pass $45 billion", "$600m", "$28bn"],
}

ARTICLES["017_tsmc_capex_toolsheet_en.html"] = {
    "published": "2026-01-16",
    "published_note": "from <meta name='pubdate'> and the visible byline 'Jan. 16, 2026 7:02 a.m. ET'; 'on Thursday' -> 2026-01-15; 'last March' -> 2025-03",
    "language": "en",
    "deals": [
        D("tsmc-capex-2026", ["TSMC"], "capex_plan", 52_000_000_000, "USD", "range", "2026-01-15", "announced",
          "TSMC said on Thursday that its 2026 capital spending will land somewhere from $52 billion up to $56 billion, a jump of roughly a third from the $40.9 billion it spent last year, as demand for AI accelerators continues to outrun its advanced-packaging and 2-nanometer capacity.",
          amount_max=56_000_000_000,
          note="the 2025 spending ($40.9bn) is past spending; the title and the analyst quote restate the $56bn ceiling"),
        D("tsmc-arizona-100bn", ["TSMC"], "capex_plan", 100_000_000_000, "USD", "exact", "2025-03", "announced",
          "Part of the spending goes to Arizona, where TSMC last March pledged an additional $100 billion on top of the $65 billion already committed there, which lifts its announced American commitment to $165 billion.",
          note="the $65bn already committed and the $165bn total are cumulative totals (not_deals)"),
        D("applied-epic-center", ["Applied Materials"], "project", 4_000_000_000, "USD", "exact", None, "announced",
          "Applied Materials' EPIC Center, the $4 billion research hub in Silicon Valley, is scheduled to open this spring, and chipmakers including TSMC have signed up to run joint development there.",
          kind_alt=["capex_plan"], note="restated without date; same project as 006"),
    ],
    "not_deals": ["$40.9 billion", "$1,204.50", "roughly $9 billion", "$65 billion", "$165 billion",
                  "about €7 billion", "$48,000", "$14.99 a month"],
}

ARTICLES["018_interview_haertsfeld_feinwerk.txt"] = {
    "published": None,
    "published_note": "the interview has no date at all (only 'Lesezeit: 7 Minuten'); 'Im Frühjahr' cannot be resolved, so those deals get date null",
    "language": "de",
    "deals": [
        D("zeiss-haertsfeld-order", ["Zeiss SMT", "Härtsfeld Optronik"], "supply", 38_000_000, "EUR", "at_least", None, "signed",
          "Im Frühjahr haben wir von dort einen Rahmenauftrag über gut 38 Millionen Euro für drei Jahre bekommen, das gibt Planungssicherheit.",
          note="'wir' = Härtsfeld Optronik, 'von dort' = Zeiss SMT (previous sentence); 'gut' -> at_least; invented"),
        D("asml-zeiss-smt-stake-2016", ["ASML", "Zeiss SMT"], "investment", 1_000_000_000, "EUR", "exact", "2016", "completed",
          "Und Zeiss hängt wiederum an ASML, seit die Niederländer 2016 für eine Milliarde Euro knapp ein Viertel von Zeiss SMT übernommen haben.",
          kind_alt=["acquisition"], note="restated with year and amount"),
        D("brenztalbank-haertsfeld-loan", ["Brenztalbank", "Härtsfeld Optronik"], "other", 14_000_000, "EUR", "exact", None, "signed",
          "Die Brenztalbank finanziert das mit einem Darlehen über 14 Millionen Euro, das Land gibt 1,2 Millionen Euro Zuschuss.",
          note="bank loan for the new hall; the state grant in the same sentence is a not_deal; invented"),
        D("qianhai-haertsfeld-offer", ["Qianhai Lumen Capital", "Härtsfeld Optronik"], "acquisition", 120_000_000, "EUR", "exact",
          None, "cancelled",
          "Qianhai Lumen Capital wollte uns komplett kaufen und hat dafür 120 Millionen Euro auf den Tisch gelegt.",
          note="offer refused ('Die Familie hat Nein gesagt', next sentence); 'uns' = Härtsfeld Optronik; invented"),
        D("trumpf-lauchert-takeover", ["Trumpf", "Lauchert Photonik"], "acquisition", 250_000_000, "EUR", "approx", None, "rumored",
          "Trumpf soll Insidern zufolge über den Kauf von Lauchert Photonik verhandeln, im Gespräch sind rund 250 Millionen Euro.",
          note="rumour in the interviewer's question; undated article -> date null; signed later (020); invented"),
    ],
    "not_deals": ["62 Millionen Euro", "1,2 Millionen Euro Zuschuss", "1,8 Millionen Euro im Jahr", "rund 3.600 Euro brutto",
                  "12,50 Euro", "98 Euro pro Jahr"],
}

ARTICLES["019_hbm4_bonders_gyeonggi_en.txt"] = {
    "published": "2026-03-11",
    "published_note": "from 'Published 2026.03.11 09:20' (a Wednesday); 'Tuesday' -> 2026-03-10; 'a year ago' -> 2025; 'in late 2023' -> 2023",
    "language": "en",
    "deals": [
        D("skhynix-hanmi-2026", ["SK hynix", "Hanmi Semiconductor"], "supply", 59_600_000_000, "KRW", "exact", "2026-03-10", "signed",
          "SK hynix has awarded Hanmi Semiconductor a contract worth 59.6 billion won ($41 million) for thermo-compression bonders destined for its HBM4 lines, Hanmi said in a regulatory filing Tuesday.",
          alt_amounts=[ALT(41_000_000, "USD")],
          note="second SK hynix-Hanmi order, must stay apart from the 2024 order restated in the next paragraph; invented amount"),
        D("skhynix-hanmi-2024", ["SK hynix", "Hanmi Semiconductor"], "supply", 86_100_000_000, "KRW", "exact", "2024-01", "signed",
          "The Incheon company's breakthrough came in January 2024, when the memory maker ordered bonders worth 86.1 billion won in a single contract.",
          note="'The Incheon company' = Hanmi, 'the memory maker' = SK hynix; same order as 001"),
        D("skhynix-hanwha-2025", ["SK hynix", "Hanwha Semitech"], "supply", 42_000_000_000, "KRW", "approx", "2025", "signed",
          "Since then SK hynix has spread its purchases: a year ago it gave Hanwha Semitech, the equipment arm of Hanwha Group, orders totalling about 42 billion won, its first from that supplier.",
          note="'orders totalling' read as one placement ('a year ago' -> 2025)"),
        D("micron-hanmi-talks", ["Micron Technology", "Hanmi Semiconductor"], "supply", None, None, None, "2026-03", "negotiating",
          "Hanmi also said it was in talks with Micron Technology about supplying bonders to the U.S. firm's Hiroshima plant, but gave no figures.",
          required=False, note="no amount; invented"),
        D("samsung-asml-rd-fab", ["Samsung Electronics", "ASML"], "joint_venture", 1_000_000_000_000, "KRW", "exact", "2023", "signed",
          "The 1 trillion won research fab that Samsung Electronics and ASML agreed to build in late 2023 is now scheduled to open in Hwaseong next year, while SK hynix's M15X plant in Cheongju, a project of more than 20 trillion won, started moving in equipment last autumn.",
          kind_alt=["project", "partnership"], note="same deal as 001 and 006"),
        D("skhynix-m15x", ["SK hynix"], "project", 20_000_000_000_000, "KRW", "at_least", None, "announced",
          "The 1 trillion won research fab that Samsung Electronics and ASML agreed to build in late 2023 is now scheduled to open in Hwaseong next year, while SK hynix's M15X plant in Cheongju, a project of more than 20 trillion won, started moving in equipment last autumn.",
          required=False, kind_alt=["capex_plan"], note="background project in the same sentence; announcement date not given"),
    ],
    "not_deals": ["118,400 won", "about 580 billion won", "roughly 250 billion won", "around 2.5 billion won",
                  "$1.2 billion"],
}

ARTICLES["020_trumpf_lauchert_wirtschaftsspiegel.txt"] = {
    "published": "2026-11-13",
    "published_note": "from the date line 'Nr. 46 · Freitag, 13. November 2026'; 'am Mittwoch' -> 2026-11-11; 'im März' -> 2026-03; 'in dieser Woche' -> 2026-11; 'Ende Oktober' -> 2026-10",
    "language": "de",
    "deals": [
        D("trumpf-lauchert-takeover", ["Trumpf", "Lauchert Photonik"], "acquisition", 250_000_000, "EUR", "approx", "2026-11-11", "signed",
          "Über den Preis schweigen sie, aus Unternehmenskreisen ist von knapp 250 Millionen Euro die Rede.",
          note="parties and 'am Mittwoch' in the two previous sentences; 'sie' = both sides; the rumour of 018; invented"),
        D("lauchert-trumpf-supply", ["Lauchert Photonik", "Trumpf"], "supply", 45_000_000, "EUR", "exact", "2026-03", "signed",
          "Erst im März hatten beide einen Liefervertrag über 45 Millionen Euro verlängert, der bis 2029 läuft.",
          term=["2026-03", "2029"],
          note="'beide' = Lauchert and Trumpf (previous sentence); a second Trumpf-Lauchert deal that must stay apart from the takeover; invented"),
        D("zeiss-telekom-compute", ["Zeiss SMT", "Deutsche Telekom"], "cloud_contract", 18_000_000, "EUR", "exact", "2026-11", "signed",
          "Zeiss SMT hat in dieser Woche bei der Deutschen Telekom für drei Jahre Rechenzeit in der Münchner Industrial AI Cloud gebucht, Volumen 18 Millionen Euro.",
          note="invented"),
        D("siltronic-capex-2027", ["Siltronic"], "capex_plan", 300_000_000, "EUR", "up_to", "2026-10", "planned",
          "Siltronic will 2027 höchstens 300 Millionen Euro investieren, teilte der Waferhersteller Ende Oktober mit.",
          note="'höchstens' -> up_to; third Siltronic capex plan (2024 in 002, 2025 in 011); invented"),
        D("blaustein-service-sale", ["Reinraumtechnik Blaustein"], "acquisition", None, None, None, None, "signed",
          "Und die Ulmer Reinraumtechnik Blaustein verkauft ihr Servicegeschäft an einen Wettbewerber, ein Preis wurde nicht genannt.",
          required=False, note="no amount, buyer unnamed; invented"),
    ],
    "not_deals": ["61 Millionen Euro", "gut 4,2 Milliarden Euro", "über 20 Millionen Euro", "35 Millionen Euro",
                  "erster Monat 1 Euro", "24,90 Euro"],
}

ALIASES = {
    "SK hynix": ["SK hynix"],
    "Hanmi Semiconductor": ["Hanmi Semiconductor", "Hanmi"],
    "Samsung Electronics": ["Samsung Electronics", "Samsung"],
    "ASML": ["ASML"],
    "Siltronic": ["Siltronic", "Siltronic AG"],
    "Salzachstrom": ["Salzachstrom", "Salzachstrom AG"],
    "GlobalWafers": ["GlobalWafers"],
    "Tokyo Electron": ["Tokyo Electron", "Tokyo Electron Ltd"],
    "Amakusa Seimitsu": ["Amakusa Seimitsu"],
    "Zeiss SMT": ["Zeiss SMT", "Carl Zeiss SMT", "Zeiss"],
    "Kalmbach Gewerbebau": ["Kalmbach Gewerbebau", "Kalmbach Gewerbebau GmbH"],
    "TSMC": ["TSMC"],
    "Bosch": ["Bosch"],
    "Infineon": ["Infineon"],
    "NXP": ["NXP"],
    "KLA": ["KLA"],
    "Applied Materials": ["Applied Materials", "Applied"],
    "Wendelstein Messtechnik": ["Wendelstein Messtechnik"],
    "Lam Research": ["Lam Research", "Lam"],
    "Tata Electronics": ["Tata Electronics"],
    "PSMC": ["PSMC"],
    "Naura Technology": ["Naura Technology", "Naura"],
    "Kingsemi": ["Kingsemi"],
    "SMIC": ["SMIC"],
    "Haoyu Microsystems": ["Haoyu Microsystems", "Haoyu"],
    "Pudong Lingguang": ["Pudong Lingguang"],
    "Besi": ["Besi", "BE Semiconductor Industries"],
    "Texas Instruments": ["Texas Instruments"],
    "Intel": ["Intel"],
    "GlobalFoundries": ["GlobalFoundries"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "SoftBank": ["SoftBank"],
    "Nvidia": ["Nvidia"],
    "Härtsfeld Optronik": ["Härtsfeld Optronik", "Härtsfeld Optronik GmbH"],
    "Brenztalbank": ["Brenztalbank"],
    "Qianhai Lumen Capital": ["Qianhai Lumen Capital"],
    "Trumpf": ["Trumpf"],
    "Lauchert Photonik": ["Lauchert Photonik", "Lauchert Photonik GmbH", "Lauchert"],
    "Hanwha Semitech": ["Hanwha Semitech"],
    "Micron Technology": ["Micron Technology", "Micron"],
    "Deutsche Telekom": ["Deutschen Telekom"],
    "Reinraumtechnik Blaustein": ["Reinraumtechnik Blaustein"],
}


def main():
    # every alias spelling must occur somewhere in the articles (visible text)
    texts = []
    for p in sorted((HERE / "articles").iterdir()):
        t = p.read_text(encoding="utf-8")
        texts.append(visible_text(t) if p.suffix == ".html" else t)
    corpus = "\n".join(texts)
    missing = [n for names in ALIASES.values() for n in names if n not in corpus]
    if missing:
        raise SystemExit(f"alias spellings not in any article: {missing}")
    used = {p for a in ARTICLES.values() for d in a["deals"] for p in d["parties"]}
    unused = sorted(set(ALIASES) - used)
    if unused:
        raise SystemExit(f"aliases for names that are no deal party: {unused}")
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
