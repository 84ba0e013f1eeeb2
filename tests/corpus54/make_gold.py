#!/usr/bin/env python3
"""Write gold.json: the hand annotation of tests/corpus54/articles/.

Usage: python3 tests/corpus54/make_gold.py
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the fifty-fourth, held-out test corpus (tests/corpus54/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: AI chip start-ups and challengers to Nvidia (Cerebras, Groq, "
    "SambaNova, Tenstorrent, Etched, d-Matrix, Lightmatter, Ayar Labs, Graphcore and others), their funding "
    "rounds, acquisitions, licences, compute contracts and loans, plus hyperscaler capex plans, 2024-2026. "
    "One entry per article; a deal that several articles report carries the same id in each. 'required': false "
    "marks vague, background or amount-less mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals (valuations, revenues, guidance, prices, salaries, "
    "cumulative totals, subsidies and budgets, analysts' estimates, parts of an annotated deal, ad prices): "
    "reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range. 'alt_amounts' gives the same deal's amount as "
    "another article (or the same article) states it in another currency or at another precision. 'date' is "
    "when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date line, dateline, byline, issue line or, for one "
    "HTML page, only its meta tag / JSON-LD; null for the undated interview 018); a cancelled deal keeps the "
    "date of the original talks; 'term' is the period a deal covers where the text gives one; 'kind_alt' lists "
    "other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). All deal parties are real companies (or the "
    "Saudi and US states); their deals are retold from public reports with details shifted or simplified where "
    "the author was unsure (see README.md). Publications, reporters, analysts, advertisers and quoted people "
    "are invented (invented_names.txt). Nothing here is reporting."
)

ALIASES = {
    "Etched": ["Etched"],
    "Aleph Alpha": ["Aleph Alpha"],
    "Primary Venture Partners": ["Primary Venture Partners"],
    "Positive Sum": ["Positive Sum"],
    "TSMC": ["TSMC"],
    "Nvidia": ["Nvidia"],
    "Run:ai": ["Run:ai"],
    "SoftBank": ["SoftBank", "SoftBank Group"],
    "Graphcore": ["Graphcore"],
    "BlackRock": ["BlackRock", "BlackRock Private Equity Partners"],
    "Groq": ["Groq"],
    "Tiger Global": ["Tiger Global"],
    "D1 Capital": ["D1 Capital"],
    "T. Rowe Price": ["T. Rowe Price"],
    "Lightmatter": ["Lightmatter"],
    "AMD": ["AMD", "AMD Ventures"],
    "ZT Systems": ["ZT Systems"],
    "AFW Partners": ["AFW Partners"],
    "Samsung": ["Samsung", "Samsung Securities", "Samsung Catalyst Fund"],
    "Tenstorrent": ["Tenstorrent"],
    "Hyundai Motor Group": ["Hyundai Motor Group", "Hyundai"],
    "Advent Global Opportunities": ["Advent Global Opportunities"],
    "Light Street Capital": ["Light Street Capital"],
    "Ayar Labs": ["Ayar Labs", "Ayar"],
    "Saudi Arabia": ["Saudi Arabia", "Saudi-Arabien"],
    "Aramco Digital": ["Aramco Digital"],
    "DataVolt": ["DataVolt"],
    "NEOM": ["NEOM"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Alphabet": ["Alphabet", "Google"],
    "Meta": ["Meta"],
    "Microsoft": ["Microsoft"],
    "FuriosaAI": ["FuriosaAI"],
    "Ampere": ["Ampere", "Ampere Computing"],
    "Disruptive": ["Disruptive"],
    "Intel": ["Intel", "Intel Capital"],
    "United States": ["Washington"],
    "Deutsche Telekom": ["Deutsche Telekom", "Telekom", "Deutsche Telekom Capital Partners", "DTCP"],
    "Fidelity": ["Fidelity", "Fidelity Management & Research"],
    "Atreides Management": ["Atreides Management", "Atreides"],
    "Cerebras": ["Cerebras", "Cerebras Systems", "Cerebras Systems, Inc."],
    "OpenAI": ["OpenAI"],
    "BullhoundCapital": ["BullhoundCapital", "Bullhound"],
    "Triatomic Capital": ["Triatomic Capital", "Triatomic"],
    "Temasek": ["Temasek"],
    "d-Matrix": ["d-Matrix"],
    "Humain": ["Humain"],
    "SambaNova": ["SambaNova", "SambaNova Systems"],
    "Marvell": ["Marvell"],
    "Celestial AI": ["Celestial AI"],
    "Enfabrica": ["Enfabrica"],
    "Mellanox": ["Mellanox"],
    "Stripes": ["Stripes"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, term=None, per=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
    if term:
        d["term"] = term
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


A = {}

# 001 ---------------------------------------------------------------------------------------------
A["001_etched_sohu_gatefold_en.txt"] = {
    "published": "2024-06-26",
    "published_note": "from the issue line 'Issue 88 · Wednesday 26 June 2024'; 'on Tuesday' -> 2024-06-25; 'in April' -> 2024-04",
    "language": "en",
    "deals": [
        deal("etched-seriesa-2024", ["Primary Venture Partners", "Positive Sum", "Etched"], "investment",
             120_000_000, "USD", "exact", "2024-06-25", "completed",
             "Etched, the two-year-old start-up whose Sohu accelerator runs transformer models and nothing else, has banked $120 million in a Series A financing, the company disclosed on Tuesday.",
             note="'has banked'; the leads Primary Venture Partners and Positive Sum are named in the next sentence; 004 restates it ('im Juni')"),
        deal("tsmc-etched-foundry", ["TSMC", "Etched"], "supply", None, None, None, None, "signed",
             "The Silicon Valley team says an eight-chip Sohu server will do the work of 160 of Nvidia's H100s; no independent benchmark exists yet, and the chip is made by TSMC on a 4-nanometre process under a foundry agreement whose terms were not published.",
             required=False, note="foundry agreement without amount or date: optional"),
        deal("nvidia-runai-2024", ["Nvidia", "Run:ai"], "acquisition", 700_000_000, "USD", "approx",
             "2024-04", "signed",
             "Nvidia's purchase of Run:ai, the Israeli GPU-orchestration specialist it agreed in April to buy for about $700 million, has still not closed.",
             note="agreed in April, not yet closed -> signed"),
    ],
    "not_deals": ["$3.3 trillion", "$14.9 billion", "$25,000 to $30,000", "$1.9bn", "$49", "$18 monthly", "$180 annually"],
}

# 002 ---------------------------------------------------------------------------------------------
A["002_softbank_graphcore_wendelstein.txt"] = {
    "published": "2024-07-12",
    "published_note": "from the header 'awn Wirtschaft | 12.07.2024 · 10:15 Uhr'; 'am Donnerstagabend' -> 2024-07-11",
    "language": "de",
    "deals": [
        deal("softbank-graphcore-2024", ["SoftBank", "Graphcore"], "acquisition", 600_000_000, "USD", "approx",
             "2024-07-11", "completed",
             "Britischen Medienberichten zufolge zahlt der Konzern von Masayoshi Son rund 600 Millionen Dollar, umgerechnet etwa 550 Millionen Euro.",
             alt=[(550_000_000, "EUR")],
             note="price not disclosed, only from media reports; 'der Konzern von Masayoshi Son' = SoftBank; the takeover was made public 'am Donnerstagabend' (first paragraph) and is done ('gehört künftig vollständig') -> completed; the denied $500m figure is a not_deal"),
        deal("graphcore-alephalpha", ["Graphcore", "Aleph Alpha"], "partnership", None, None, None, None, "completed",
             "In Deutschland arbeitete Graphcore zeitweise mit dem Heidelberger Sprachmodell-Entwickler Aleph Alpha zusammen.",
             required=False, note="past cooperation without amount or date: optional"),
    ],
    "not_deals": ["500 Millionen Dollar", "2,8 Milliarden Dollar", "rund 700 Millionen Dollar", "etwa 205 Millionen Dollar",
                  "rund 170 Dollar", "10.170 Yen", "100 Millionen Pfund", "100.000 Euro"],
}

# 003 ---------------------------------------------------------------------------------------------
A["003_groq_seriesd_corliss_en.txt"] = {
    "published": "2024-08-06",
    "published_note": "from 'August 6, 2024 | 06:12 UTC'; dateline 'Aug 5', 'on Monday' -> 2024-08-05",
    "language": "en",
    "deals": [
        deal("groq-seriesd-2024", ["BlackRock", "Groq"], "investment", 640_000_000, "USD", "exact",
             "2024-08-05", "completed",
             "Groq, the maker of language processing units that compete with Nvidia's graphics chips for running AI models, said on Monday it had closed a $640 million Series D round led by funds and accounts managed by BlackRock Private Equity Partners.",
             alt=[(585_000_000, "EUR")],
             note="004 gives about €585m; different from the Disruptive-led $750m round of 2025 (010, 011, 015)"),
        deal("groq-seriesc-2021", ["Tiger Global", "D1 Capital", "Groq"], "investment", 300_000_000, "USD", "exact",
             "2021", "completed",
             "The round values the eight-year-old company at $2.8 billion, up from roughly $1 billion when it last raised money, a $300 million Series C in 2021 that Tiger Global and D1 Capital led.",
             required=False, note="background round of 2021 in an apposition: optional; $2.8bn and ~$1bn are valuations"),
    ],
    "not_deals": ["$2.8 billion", "roughly $1 billion", "$0.59 per million input tokens", "$22.6 billion"],
}

# 004 ---------------------------------------------------------------------------------------------
A["004_lightmatter_kurskontor.txt"] = {
    "published": "2024-10-17",
    "published_note": "from '17.10.2024 | 08:05 Uhr'; 'am Mittwoch' -> 2024-10-16; 'Im August', 'im Juni' -> months of 2024",
    "language": "de",
    "deals": [
        deal("lightmatter-seriesd-2024", ["T. Rowe Price", "Lightmatter"], "investment", 400_000_000, "USD", "exact",
             "2024-10-16", "completed",
             "Jüngstes Beispiel ist Lightmatter aus Mountain View: Das Start-up, das Rechenchips über optische Verbindungen koppelt, hat am Mittwoch eine Serie-D-Finanzierung über 400 Millionen Dollar bekannt gegeben.",
             note="lead ('Fonds, die T. Rowe Price verwaltet') in the next sentence; valuation $4.4bn and cumulative ~$850m are not deals"),
        deal("groq-seriesd-2024", ["BlackRock", "Groq"], "investment", 640_000_000, "USD", "exact",
             "2024-08", "completed",
             "Der Markt ist in Bewegung: Im August hatte der Inferenz-Spezialist Groq 640 Millionen Dollar (rund 585 Millionen Euro) von einer Investorengruppe um BlackRock erhalten, im Juni sammelte Etched für seinen Transformer-Chip 120 Mio. $ bei Primary Venture Partners und Positive Sum ein.",
             alt=[(585_000_000, "EUR")], note="restated with month only; same sentence as the Etched round"),
        deal("etched-seriesa-2024", ["Primary Venture Partners", "Positive Sum", "Etched"], "investment",
             120_000_000, "USD", "exact", "2024-06", "completed",
             "Der Markt ist in Bewegung: Im August hatte der Inferenz-Spezialist Groq 640 Millionen Dollar (rund 585 Millionen Euro) von einer Investorengruppe um BlackRock erhalten, im Juni sammelte Etched für seinen Transformer-Chip 120 Mio. $ bei Primary Venture Partners und Positive Sum ein.",
             note="'120 Mio. $'; restated with month only"),
        deal("amd-zt-systems-2024", ["AMD", "ZT Systems"], "acquisition", 4_900_000_000, "USD", "exact",
             "2024-08", "signed",
             "Der Nvidia-Rivale AMD wiederum griff selbst zu und vereinbarte im August die Übernahme des Server-Bauers ZT Systems für 4,9 Milliarden Dollar in bar und Aktien.",
             note="agreed ('vereinbarte'), cash and stock"),
    ],
    "not_deals": ["4,4 Milliarden Dollar", "rund 850 Millionen Dollar", "136,4 Millionen Dollar", "66,6 Millionen Dollar",
                  "150 Dollar", "135,72 $", "156,10 $", "191,40 $", "0 Euro", "50 Euro Startguthaben"],
}

# 005 ---------------------------------------------------------------------------------------------
A["005_tenstorrent_lakeshore_en.html"] = {
    "published": "2024-12-03",
    "published_note": "no visible date; only <meta property=article:published_time> and JSON-LD datePublished 2024-12-03; 'on Monday' -> 2024-12-02; 'Last August' -> 2023-08",
    "language": "en",
    "deals": [
        deal("tenstorrent-seriesd-2024", ["AFW Partners", "Samsung", "Tenstorrent"], "investment", 693_000_000,
             "USD", "exact", "2024-12-02", "completed",
             "Tenstorrent, the Toronto chip designer led by processor veteran Jim Keller, has raised US$693 million, or roughly C$970 million, in a Series D round, the company said on Monday.",
             alt=[(970_000_000, "CAD"), (700_000_000, "USD")],
             note="co-leads AFW Partners and Samsung Securities in the next sentence; 006 restates it as 'knapp 700 Millionen Dollar'; different from the 2023 Hyundai/Samsung round and the Samsung foundry deal"),
        deal("tenstorrent-2023-round", ["Hyundai Motor Group", "Samsung", "Tenstorrent"], "investment", 100_000_000,
             "USD", "exact", "2023-08", "completed",
             "Last August, Hyundai Motor Group and Samsung Catalyst Fund put US$100 million into the company.",
             note="second Samsung-Tenstorrent deal; 'the company' = Tenstorrent; 'Last August' resolved against 2024-12 -> 2023-08"),
        deal("samsung-tenstorrent-foundry", ["Samsung", "Tenstorrent"], "supply", None, None, None, "2024", "signed",
             "Samsung's foundry arm also builds Tenstorrent's next AI chiplets on its 4-nanometre line under a manufacturing deal signed earlier this year; neither side has said what it is worth.",
             required=False, note="third Samsung-Tenstorrent deal, no amount: optional"),
    ],
    "not_deals": ["US$2.6 billion", "C$2.4 billion", "C$289 a night", "C$1 for the first month", "C$5.99 weekly"],
}

# 006 ---------------------------------------------------------------------------------------------
A["006_photonik_blog_photonenpost.txt"] = {
    "published": "2024-12-12",
    "published_note": "from the byline 'Beitrag vom 12. Dezember 2024, 21:40'; 'am Mittwoch' -> 2024-12-11; 'Im Oktober' -> 2024-10; 'vergangene Woche' -> 2024-12",
    "language": "de",
    "deals": [
        deal("ayar-seriesd-2024", ["Advent Global Opportunities", "Light Street Capital", "Ayar Labs"], "investment",
             155_000_000, "USD", "exact", "2024-12-11", "completed",
             "Ayar Labs aus San José hat am Mittwoch eine Serie D über 155 Millionen Dollar abgeschlossen, angeführt von Advent Global Opportunities und Light Street Capital.",
             note="Nvidia, AMD Ventures and Intel Capital participate (not listed as parties); cumulative ~$370m is not a deal"),
        deal("lightmatter-seriesd-2024", ["T. Rowe Price", "Lightmatter"], "investment", 400_000_000, "USD", "exact",
             "2024-10", "completed",
             "Zur Einordnung: Im Oktober hatte der Konkurrent Lightmatter 400 Millionen Dollar unter Führung von T. Rowe Price eingesammelt, und vergangene Woche holte sich Tenstorrent knapp 700 Millionen Dollar, unter anderem von Samsung Securities und AFW Partners.",
             note="restated, month only"),
        deal("tenstorrent-seriesd-2024", ["AFW Partners", "Samsung", "Tenstorrent"], "investment", 700_000_000,
             "USD", "approx", "2024-12", "completed",
             "Zur Einordnung: Im Oktober hatte der Konkurrent Lightmatter 400 Millionen Dollar unter Führung von T. Rowe Price eingesammelt, und vergangene Woche holte sich Tenstorrent knapp 700 Millionen Dollar, unter anderem von Samsung Securities und AFW Partners.",
             note="'knapp 700 Millionen Dollar' = the US$693m of 005 (within 2 %); 'vergangene Woche' -> 2024-12"),
    ],
    "not_deals": ["rund 370 Millionen Dollar", "rund 229 Millionen Euro", "2,6 Milliarden Dollar", "20 Millionen Dollar",
                  "4 Euro im Monat", "180.000 Dollar"],
}

# 007 ---------------------------------------------------------------------------------------------
A["007_saudi_groq_najd_en.txt"] = {
    "published": "2025-02-10",
    "published_note": "dateline 'RIYADH, 10 February' gives day and month, the year comes from '© 2025'; 'on Sunday' -> 2025-02-09; 'last September' -> 2024-09",
    "language": "en",
    "deals": [
        deal("saudi-groq-2025", ["Saudi Arabia", "Groq"], "supply", 1_500_000_000, "USD", "exact", "2025-02-09",
             "announced",
             "Saudi Arabia has committed $1.5 billion, about SAR 5.6 billion, to Groq so that the Californian chip company can expand the delivery of its inference systems in the Kingdom, officials and the company said at the LEAP technology conference on Sunday.",
             alt=[(5_600_000_000, "SAR")], kind_alt=["investment", "cloud_contract"],
             note="a state commitment to buy/expand Groq's inference infrastructure; the exact day is shifted (LEAP 2025 opening day)"),
        deal("aramco-groq-2024", ["Aramco Digital", "Groq"], "partnership", None, None, None, "2024-09", "signed",
             "The two sides had agreed to work together on a large inference data centre last September; no figure was attached to that pact.",
             required=False, kind_alt=["project"],
             note="'The two sides' = Groq and Aramco Digital (previous sentence); no amount: optional"),
        deal("datavolt-neom-2025", ["DataVolt", "NEOM"], "project", 5_000_000_000, "USD", "exact", "2025-02-09",
             "announced",
             "Among the larger single items, DataVolt pledged $5 billion for a net-zero AI data centre campus in Oxagon, the industrial zone of NEOM, in the first phase of the project.",
             kind_alt=["capex_plan", "investment"],
             note="announced on the conference's opening day (= Sunday); the $14.9bn day total is a cumulative figure, not a deal"),
    ],
    "not_deals": ["$14.9 billion", "roughly $925 billion", "SAR 1.285 trillion", "about $1.2 billion",
                  "18 halalas per kilowatt-hour", "SAR 49 per month"],
}

# 008 ---------------------------------------------------------------------------------------------
A["008_capex_wochenbrief_rechenwerk.txt"] = {
    "published": "2025-02-14",
    "published_note": "from the issue line 'Nr. 7/2025 · Freitag, 14. Februar 2025'; 'am Donnerstag vergangener Woche' -> 2025-02-06; 'Anfang vergangener Woche' -> 2025-02; 'Ende Januar', 'Anfang Januar' -> 2025-01",
    "language": "de",
    "deals": [
        deal("amazon-capex-2025", ["Amazon"], "capex_plan", 100_000_000_000, "USD", "approx", "2025-02-06", "planned",
             "Amazon-Chef Andy Jassy stellte am Donnerstag vergangener Woche für 2025 Investitionen von rund 100 Milliarden Dollar in Aussicht, überwiegend für Rechenzentren.",
             term=["2025", "2025"]),
        deal("alphabet-capex-2025", ["Alphabet"], "capex_plan", 75_000_000_000, "USD", "exact", "2025-02", "planned",
             "Die Google-Mutter Alphabet will in diesem Jahr 75 Milliarden Dollar ausgeben; das gab Finanzchefin Anat Ashkenazi Anfang vergangener Woche bekannt.",
             term=["2025", "2025"], note="'Anfang vergangener Woche' gives only the week (early February) -> month"),
        deal("meta-capex-2025", ["Meta"], "capex_plan", 60_000_000_000, "USD", "range", "2025-01", "planned",
             "Meta hatte schon Ende Januar 60 bis 65 Milliarden Dollar angekündigt.",
             amount_max=65_000_000_000, term=["2025", "2025"],
             note="the year of the plan comes from the paragraph ('für 2025', 'in diesem Jahr')"),
        deal("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80_000_000_000, "USD", "exact", "2025-01",
             "planned",
             "Microsoft wiederum plant im laufenden Geschäftsjahr bis Ende Juni mit 80 Milliarden Dollar, vor allem für Rechenzentren mit KI-Technik, wie Präsident Brad Smith Anfang Januar schrieb.",
             term=["2024-07", "2025-06"], note="fiscal year to the end of June 2025"),
        deal("saudi-groq-2025", ["Saudi Arabia", "Groq"], "supply", 1_500_000_000, "USD", "exact", "2025-02",
             "announced",
             "Zum Auftakt der Technologiemesse LEAP in Riad sagte das Königreich dem kalifornischen Chipentwickler Groq 1,5 Milliarden Dollar zu.",
             kind_alt=["investment", "cloud_contract"],
             note="'das Königreich' = Saudi-Arabien (heading); no weekday -> month of the issue"),
        deal("meta-furiosa-2025", ["Meta", "FuriosaAI"], "acquisition", 800_000_000, "USD", "up_to", "2025-02",
             "rumored",
             "Der Preis könnte bei bis zu 800 Millionen Dollar liegen, heißt es.",
             alt=[(1_170_000_000_000, "KRW")],
             note="parties in the previous sentence ('Meta spricht Insidern zufolge mit ... FuriosaAI über einen Kauf'); 009 reports the talks ended (cancelled); the up-to price in this early report is shifted"),
    ],
    "not_deals": ["rund 245 Milliarden Dollar", "rund 589 Milliarden Dollar", "200 Milliarden Euro", "20 Milliarden Euro",
                  "7 Cent", "890 Euro", "129 Euro"],
}

# 009 ---------------------------------------------------------------------------------------------
A["009_ampere_furiosa_bellhaven_en.txt"] = {
    "published": "2025-03-25",
    "published_note": "from 'Mar 25, 2025 · 7:48 AM EDT'; 'on March 19' explicit; 'Last July' -> 2024-07; Meta talks 'running since February' -> 2025-02",
    "language": "en",
    "deals": [
        deal("softbank-ampere-2025", ["SoftBank", "Ampere"], "acquisition", 6_500_000_000, "USD", "exact", "2025-03-19",
             "signed",
             "SoftBank Group agreed on March 19 to buy Ampere Computing, which designs server chips on Arm technology in Santa Clara, paying $6.5 billion in cash, or close to ¥970 billion at current rates.",
             alt=[(970_000_000_000, "JPY")], note="sellers Carlyle and Oracle not listed; closing expected later in the year -> signed"),
        deal("softbank-graphcore-2024", ["SoftBank", "Graphcore"], "acquisition", 600_000_000, "USD", "approx", "2024-07",
             "completed",
             "Last July the Tokyo group took over Britain's Graphcore for a price that was never disclosed but was reported at about $600 million.",
             note="'the Tokyo group' = SoftBank; restated, month only"),
        deal("meta-furiosa-2025", ["Meta", "FuriosaAI"], "acquisition", 800_000_000, "USD", "approx", "2025-02",
             "cancelled",
             "The offer was worth about $800 million, roughly 1.17 trillion won.",
             alt=[(1_170_000_000_000, "KRW")],
             note="FuriosaAI walked away from the talks (previous sentence, which names both parties); a cancelled deal keeps the date of the talks ('since February')"),
        deal("furiosa-bridge-2025", ["FuriosaAI"], "investment", 70_000_000_000, "KRW", "approx", "2025-03", "negotiating",
             "FuriosaAI is instead finishing a bridge round of around 70 billion won, according to the same reports.",
             required=False, note="round without named investors: optional"),
    ],
    "not_deals": ["¥8,412", "$158.20", "¥9,000", "$0.50 per contract"],
}

# 010 ---------------------------------------------------------------------------------------------
A["010_groq_telekom_mainauer.txt"] = {
    "published": "2025-09-19",
    "published_note": "from 'Freitag, 19. September 2025 · Unternehmen · Seite 11'; 'am Mittwoch' -> 2025-09-17; 'Am Donnerstag' -> 2025-09-18; 'Anfang des Jahres' -> 2025; 'Im August' -> 2025-08",
    "language": "de",
    "deals": [
        deal("groq-round-2025", ["Disruptive", "Groq"], "investment", 750_000_000, "USD", "exact", "2025-09-17",
             "completed",
             "Die Wagniskapitaltochter Deutsche Telekom Capital Partners beteiligt sich an einer Finanzierungsrunde über 750 Millionen Dollar, umgerechnet rund 635 Millionen Euro, die der kalifornische Chipentwickler Groq am Mittwoch bekannt gab.",
             alt=[(635_000_000, "EUR")],
             note="lead Disruptive in the next sentence; Deutsche Telekom Capital Partners, BlackRock, Samsung etc. participate (DTCP's share undisclosed, not a deal of its own); valuation $6.9bn not a deal"),
        deal("groq-seriesd-2024", ["BlackRock", "Groq"], "investment", 640_000_000, "USD", "exact", "2024-08",
             "completed",
             "Schon im August 2024 hatte eine Investorengruppe unter Führung des Vermögensverwalters 640 Millionen Dollar in Groq gesteckt.",
             note="'des Vermögensverwalters' = BlackRock (previous sentence 'Für BlackRock ist es ein Wiedersehen'); the earlier of the two Groq rounds"),
        deal("saudi-groq-2025", ["Saudi Arabia", "Groq"], "supply", 1_500_000_000, "USD", "exact", "2025", "announced",
             "Branchenberichten zufolge peilt das Unternehmen für dieses Jahr einen Umsatz von rund 500 Millionen Dollar an, vor allem dank Saudi-Arabien, das Anfang des Jahres 1,5 Milliarden Dollar für den Ausbau von Groq-Rechenzentren zugesagt hatte.",
             kind_alt=["investment", "cloud_contract"],
             note="restated in a relative clause; the revenue target in the same sentence is a not_deal"),
        deal("nvidia-intel-2025", ["Nvidia", "Intel"], "investment", 5_000_000_000, "USD", "exact", "2025-09-18", "signed",
             "Am Donnerstag folgte der nächste Paukenschlag der Branche: Nvidia kauft sich für fünf Milliarden Dollar bei Intel ein.",
             note="amount in words; $23.28 per share is the price, not a deal"),
        deal("softbank-intel-2025", ["SoftBank", "Intel"], "investment", 2_000_000_000, "USD", "exact", "2025-08",
             "completed",
             "Im August hatte SoftBank zwei Milliarden Dollar in den Konzern gesteckt, wenige Tage später übernahm Washington knapp ein Zehntel der Anteile.",
             note="'den Konzern' = Intel (previous sentence)"),
        deal("us-intel-stake-2025", ["United States", "Intel"], "investment", None, None, None, "2025-08", "completed",
             "Im August hatte SoftBank zwei Milliarden Dollar in den Konzern gesteckt, wenige Tage später übernahm Washington knapp ein Zehntel der Anteile.",
             required=False, note="'Washington' = the US government; only a share, no amount: optional"),
        deal("telekom-nvidia-munich", ["Deutsche Telekom", "Nvidia"], "project", None, None, None, None, "announced",
             "Sie baut gerade mit Nvidia in München eine KI-Fabrik mit 10.000 Grafikprozessoren auf, die Anfang 2026 in Betrieb gehen soll.",
             required=False, kind_alt=["partnership"], note="'Sie' = die Telekom; background, no amount: optional"),
    ],
    "not_deals": ["6,9 Milliarden Dollar", "rund 500 Millionen Dollar", "23,28 Dollar", "30,57 Dollar", "29,14 Euro"],
}

# 011 ---------------------------------------------------------------------------------------------
A["011_cerebras_seriesg_sandhill_en.txt"] = {
    "published": "2025-10-01",
    "published_note": "from 'Published Oct. 1, 2025, 5:02 a.m. PT'; 'on Tuesday' -> 2025-09-30; 'two weeks after' -> 2025-09; 'In March' -> 2025-03",
    "language": "en",
    "deals": [
        deal("cerebras-seriesg-2025", ["Fidelity", "Atreides Management", "Cerebras"], "investment", 1_100_000_000, "USD",
             "exact", "2025-09-30", "completed",
             "Cerebras Systems has raised $1.1 billion in new Series G money, a deal that values the wafer-scale chipmaker at $8.1 billion, the Sunnyvale company said on Tuesday.",
             alt=[(940_000_000, "EUR")],
             note="leads (Fidelity Management & Research, Atreides Management) in the next sentence; 012 gives about €940m; different from the Tiger Global-led Series H of 2026"),
        deal("groq-round-2025", ["Disruptive", "Groq"], "investment", 750_000_000, "USD", "exact", "2025-09", "completed",
             "The raise lands two weeks after rival Groq collected $750 million at a $6.9 billion valuation, with Disruptive at the head of the investor group.",
             note="'two weeks after' the Cerebras raise -> September"),
        deal("cerebras-sites-2025", ["Cerebras"], "project", None, None, None, "2025-03", "announced",
             "In March it named six new sites in North America and France, without saying what they would cost; the largest, in Oklahoma City, is meant to hold more than 300 of its CS-3 systems.",
             required=False, kind_alt=["capex_plan"], note="data-centre build-out without amount: optional"),
    ],
    "not_deals": ["$8.1 billion", "between $2 million and $3 million", "$6.9 billion valuation", "$4.5 trillion",
                  "$46.7 billion", "$136.4 million", "$2,400 per seat per year"],
}

# 012 ---------------------------------------------------------------------------------------------
A["012_cerebras_ipo_chipgefluester.html"] = {
    "published": "2025-10-06",
    "published_note": "visible byline '06.10.2025, 14:20 Uhr' and <meta name=date>; 'am Freitag' -> 2025-10-03 (IPO withdrawn, not a deal); 'am Dienstag vergangener Woche' -> 2025-09-30; 'Am Montagmorgen' -> 2025-10-06",
    "language": "de",
    "deals": [
        deal("cerebras-seriesg-2025", ["Fidelity", "Atreides Management", "Cerebras"], "investment", 1_100_000_000, "USD",
             "exact", "2025-09-30", "completed",
             "Der Schritt kommt nicht überraschend: Erst am Dienstag vergangener Woche hatte das Unternehmen eine private Finanzierungsrunde über 1,1 Milliarden Dollar (etwa 940 Mio. Euro) unter Führung von Fidelity und Atreides Management eingesammelt.",
             alt=[(940_000_000, "EUR")], note="'das Unternehmen' = Cerebras (previous sentence)"),
        deal("amd-openai-2025", ["AMD", "OpenAI"], "supply", None, None, None, "2025-10-06", "signed",
             "Der Nvidia-Rivale will OpenAI über mehrere Jahre Chips für Rechenzentren mit zusammen sechs Gigawatt Leistung liefern; im Gegenzug bekommt der ChatGPT-Entwickler das Recht, bis zu 160 Millionen Aktien des Chipkonzerns zu erwerben.",
             required=False, note="'Der Nvidia-Rivale' = AMD (previous sentence); no contract value ('Einen Vertragswert nannten die Partner nicht'): optional"),
    ],
    "not_deals": ["8,1 Milliarden Dollar", "rund 500 Millionen Euro", "6,99 Euro im Monat"],
}

# 013 ---------------------------------------------------------------------------------------------
A["013_dmatrix_graphcore_interposer_en.txt"] = {
    "published": "2025-11-13",
    "published_note": "from the issue line 'No. 141 — Thursday, November 13, 2025'; 'on Wednesday' -> 2025-11-12; 'Last month' -> 2025-10; 'in May' -> 2025-05",
    "language": "en",
    "deals": [
        deal("dmatrix-seriesc-2025", ["BullhoundCapital", "Triatomic Capital", "Temasek", "d-Matrix"], "investment",
             275_000_000, "USD", "exact", "2025-11-12", "completed",
             "The Santa Clara start-up d-Matrix announced on Wednesday the close of a $275 million Series C that puts a $2 billion price tag on the company.",
             note="co-leads in the next sentence; valuation $2bn and cumulative ~$450m are not deals"),
        deal("graphcore-india-2025", ["Graphcore"], "capex_plan", 1_000_000_000, "GBP", "up_to", "2025-10", "planned",
             "Last month the SoftBank-owned British chip designer said it would put up to £1 billion (about $1.3 billion) into India over the next decade, starting with an engineering campus in Bengaluru.",
             alt=[(1_300_000_000, "USD")], term=["2025", "2035"], kind_alt=["project"],
             note="'the SoftBank-owned British chip designer' = Graphcore (heading); ten-year plan; different from SoftBank's 2024 purchase of Graphcore"),
        deal("amd-humain-2025", ["AMD", "Humain"], "partnership", 10_000_000_000, "USD", "exact", "2025-05", "announced",
             "AMD and Saudi Arabia's Humain put a $10 billion figure in May on a five-year plan to deploy 500 megawatts of AMD-based compute in the Kingdom and beyond.",
             term=["2025", "2030"], kind_alt=["joint_venture", "project", "supply"]),
    ],
    "not_deals": ["$2 billion price tag", "roughly $450 million", "₹60 lakh a year", "₹76,000 crore", "$54 billion",
                  "$2.10", "$2.85", "$1,450", "$1,190", "$14/month"],
}

# 014 ---------------------------------------------------------------------------------------------
A["014_intel_sambanova_boerdebote.txt"] = {
    "published": "2025-12-16",
    "published_note": "from the date line 'Dienstag, 16. Dezember 2025'; 'am Freitag' -> 2025-12-12; 'Anfang Dezember' -> 2025-12; 'im September' -> 2025-09",
    "language": "de",
    "deals": [
        deal("intel-sambanova-2025", ["Intel", "SambaNova"], "acquisition", 1_600_000_000, "USD", "approx", "2025-12-12",
             "rumored",
             "Im Gespräch ist ein Preis von rund 1,6 Milliarden Dollar einschließlich Schulden, wie die Finanzagentur Bloomberg am Freitag unter Berufung auf eingeweihte Personen berichtete.",
             note="parties in the previous sentence ('steht Insidern zufolge vor dem Kauf'); non-binding term sheet; 017 and 020 report the talks failed; different from Intel's part in SambaNova's 2026 round (020)"),
        deal("intel-magdeburg-fab", ["Intel"], "project", 30_000_000_000, "EUR", "approx", None, "cancelled",
             "Im Juli hatte Intel das Magdeburger Projekt, zuletzt mit rund 30 Milliarden Euro veranschlagt, endgültig gestrichen.",
             required=False, note="background: old fab plan, cancelled in July 2025; the original plan's date is not given; the €9.9bn subsidy is a not_deal"),
        deal("marvell-celestial-2025", ["Marvell", "Celestial AI"], "acquisition", 3_250_000_000, "USD", "exact", "2025-12",
             "signed",
             "Anfang Dezember kündigte der US-Chipentwickler Marvell an, das Photonik-Start-up Celestial AI für 3,25 Milliarden Dollar zu übernehmen; mit erfolgsabhängigen Zahlungen kann der Preis auf bis zu 5,5 Milliarden Dollar steigen.",
             alt=[(5_500_000_000, "USD")], note="upfront price; up to $5.5bn with earn-outs given as alt amount"),
        deal("nvidia-intel-2025", ["Nvidia", "Intel"], "investment", 5_000_000_000, "USD", "exact", "2025-09", "signed",
             "Und im September hatte sich Nvidia mit fünf Milliarden Dollar bei Intel eingekauft.",
             note="restated, month only"),
    ],
    "not_deals": ["noch mit fünf Milliarden Dollar bewertet", "37,81 Dollar", "9,9 Milliarden Euro an Bundesförderung",
                  "rund 90 Millionen Euro", "189 Euro monatlich"],
}

# 015 ---------------------------------------------------------------------------------------------
A["015_nvidia_groq_liveblog_en.txt"] = {
    "published": "2025-12-26",
    "published_note": "liveblog; 'Last updated: Dec. 26, 2025, 4:10 p.m. PT'; the deal entries sit under the heading 'WEDNESDAY, DEC. 24' -> 2025-12-24; 'in September' -> 2025-09",
    "language": "en",
    "deals": [
        deal("nvidia-groq-2025", ["Nvidia", "Groq"], "other", 20_000_000_000, "USD", "approx", "2025-12-24", "signed",
             "Nvidia is paying about $20 billion in cash for Groq's assets, Alex Davis, whose firm Disruptive led Groq's most recent round, told a broadcaster.",
             alt=[(17_000_000_000, "EUR")], kind_alt=["acquisition", "partnership"],
             note="non-exclusive licence plus hiring of Groq's leaders (3:47 p.m. entry, same deal); figure from an investor, not confirmed; the $13bn already paid is part of it (not_deal); the reader comment repeats it"),
        deal("nvidia-mellanox-2019", ["Nvidia", "Mellanox"], "acquisition", 6_900_000_000, "USD", "exact", "2019",
             "completed",
             "This is far bigger than anything Nvidia has done before; the previous record was the $6.9 billion it paid for Israel's Mellanox in 2019.",
             required=False, note="background comparison: optional"),
        deal("nvidia-enfabrica-2025", ["Nvidia", "Enfabrica"], "other", 900_000_000, "USD", "at_least", "2025-09", "completed",
             "It is also the second time this year Jensen Huang's company has bought people and patents rather than a whole firm: in September it paid upwards of $900 million to bring over Enfabrica's chief executive and staff and to license that start-up's networking technology.",
             kind_alt=["acquisition"], note="\"Jensen Huang's company\" = Nvidia; acqui-hire plus licence"),
        deal("groq-round-2025", ["Disruptive", "Groq"], "investment", 750_000_000, "USD", "exact", "2025-09", "completed",
             "The company raised $750 million in September at a $6.9 billion valuation, and BlackRock led a $640 million round in August 2024.",
             note="'The company' = Groq; Disruptive named in the 5:12 p.m. entry; two rounds in one sentence"),
        deal("groq-seriesd-2024", ["BlackRock", "Groq"], "investment", 640_000_000, "USD", "exact", "2024-08", "completed",
             "The company raised $750 million in September at a $6.9 billion valuation, and BlackRock led a $640 million round in August 2024.",
             note="second round in the same sentence"),
    ],
    "not_deals": ["$13 billion", "$6.9 billion valuation", "$60.6 billion", "$188.61", "$0.79 per million tokens",
                  "$1 for six months"],
}

# 016 ---------------------------------------------------------------------------------------------
A["016_openai_cerebras_wendelstein.txt"] = {
    "published": "2026-01-15",
    "published_note": "from 'Do, 15.01.2026, 06:31'; 'am Mittwoch' -> 2026-01-14; 'an Heiligabend' -> 2025-12-24",
    "language": "de",
    "deals": [
        deal("openai-cerebras-2026", ["OpenAI", "Cerebras"], "cloud_contract", 10_000_000_000, "USD", "at_least",
             "2026-01-14", "signed",
             "Nach Angaben von mit der Vereinbarung vertrauten Personen summiert sich der Mehrjahresvertrag auf über zehn Milliarden Dollar – mehr als 8,5 Milliarden Euro.",
             alt=[(8_500_000_000, "EUR")], term=["2026", "2028"], kind_alt=["supply"],
             note="750 MW through 2028, announced 'am Mittwoch' (previous paragraph); value from sources; different from the >$20bn expansion and the $1bn loan (019, 020)"),
        deal("cerebras-seriesh-2026", ["Tiger Global", "Cerebras"], "investment", 1_000_000_000, "USD", "approx", "2026",
             "rumored",
             "Insidern zufolge verhandelt Cerebras nun über eine weitere Finanzierungsrunde von rund einer Milliarde Dollar; die Bewertung läge dann bei etwa 22 Milliarden Dollar, fast dreimal so hoch wie im September.",
             note="rumour, lead Tiger Global in the next sentence; 017 reports the closing on 2026-02-04; date kept at the year so that the shared id's dates agree; the $22bn valuation is a not_deal"),
        deal("nvidia-groq-2025", ["Nvidia", "Groq"], "other", 20_000_000_000, "USD", "approx", "2025-12-24", "signed",
             "Nvidia hatte an Heiligabend für rund 20 Milliarden Dollar, etwa 17 Milliarden Euro, Lizenzen und Schlüsselpersonal des Start-ups Groq übernommen.",
             alt=[(17_000_000_000, "EUR")], kind_alt=["acquisition", "partnership"]),
    ],
    "not_deals": ["etwa 22 Milliarden Dollar", "rund 1,4 Billionen Dollar", "mehr als 20 Milliarden Dollar",
                  "35 bis 50 Milliarden Dollar"],
}

# 017 ---------------------------------------------------------------------------------------------
A["017_cerebras_seriesh_dieline_en.html"] = {
    "published": "2026-02-05",
    "published_note": "visible byline <time datetime=2026-02-05> 'Feb. 5, 2026' and meta/JSON-LD; 'on Wednesday' -> 2026-02-04; 'last month' -> 2026-01; 'surfaced in December' -> 2025-12",
    "language": "en",
    "deals": [
        deal("cerebras-seriesh-2026", ["Tiger Global", "Cerebras"], "investment", 1_000_000_000, "USD", "exact",
             "2026-02-04", "completed",
             "Cerebras Systems has raised $1 billion in a Series H round that values the maker of dinner-plate-sized AI chips at about $23 billion, the company said on Wednesday.",
             note="'Tiger Global led.' is the next sentence; Benchmark's 'at least $225 million' is part of the round (not_deal); different from the Fidelity/Atreides-led Series G of 2025"),
        deal("openai-cerebras-2026", ["OpenAI", "Cerebras"], "cloud_contract", 10_000_000_000, "USD", "at_least",
             "2026-01", "signed",
             "What changed is a customer: last month OpenAI agreed to buy 750 megawatts of Cerebras-powered capacity through 2028, a contract people familiar with it put at more than $10 billion.",
             term=["2026", "2028"], kind_alt=["supply"]),
        deal("nvidia-cerebras-approach", ["Nvidia", "Cerebras"], "acquisition", None, None, None, None, "cancelled",
             "Nvidia is said to have sounded Cerebras out about a takeover before the round; the start-up declined, according to a report it did not confirm.",
             required=False, note="unconfirmed, declined approach without amount: optional"),
        deal("etched-2026-round", ["Stripes", "Etched"], "investment", 500_000_000, "USD", "approx", "2026-01", "rumored",
             "Etched, whose Sohu chip runs only transformer models, reportedly raised about $500 million at a $5 billion valuation last month in a round led by Stripes.",
             note="'reportedly' -> rumored; 020 restates it as done; different from the 2024 Series A"),
        deal("intel-sambanova-2025", ["Intel", "SambaNova"], "acquisition", 1_600_000_000, "USD", "approx", "2025-12",
             "cancelled",
             "SambaNova is in a harder spot: its talks with Intel over a takeover worth roughly $1.6 billion including debt, which surfaced in December, stalled in January, and it is now sounding out investors for $300 million to $500 million.",
             note="talks stalled -> cancelled, dated by the talks ('surfaced in December')"),
        deal("sambanova-raise-talks-2026", ["SambaNova"], "investment", 300_000_000, "USD", "range", "2026-02", "negotiating",
             "SambaNova is in a harder spot: its talks with Intel over a takeover worth roughly $1.6 billion including debt, which surfaced in December, stalled in January, and it is now sounding out investors for $300 million to $500 million.",
             amount_max=500_000_000, required=False,
             note="fundraising sought from unnamed investors ('now'): optional; kept apart from the $350m round that 020 reports"),
    ],
    "not_deals": ["about $23 billion", "at least $225 million", "$8.1 billion", "$5 billion valuation", "$136.4 million",
                  "$12 a month"],
}

# 018 ---------------------------------------------------------------------------------------------
A["018_interview_herausforderer_kapitalkern.txt"] = {
    "published": None,
    "published_note": "the interview has no date at all (only 'Lesezeit: 6 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        deal("nvidia-groq-2025", ["Nvidia", "Groq"], "other", 20_000_000_000, "USD", "approx", None, "signed",
             "Frau Oststrand, Nvidia hat für rund 20 Milliarden Dollar Technik und Team von Groq übernommen.",
             kind_alt=["acquisition", "partnership"], note="in the interviewer's question"),
        deal("openai-cerebras-2026", ["OpenAI", "Cerebras"], "cloud_contract", 10_000_000_000, "USD", "at_least", None,
             "signed",
             "OpenAI hat dort Rechenleistung für mehr als zehn Milliarden Dollar bestellt, das ist keine Testbestellung mehr.",
             kind_alt=["supply"], note="'dort' = bei Cerebras (previous sentence 'Vor allem Cerebras.')"),
        deal("cerebras-seriesh-2026", ["Tiger Global", "Cerebras"], "investment", 1_000_000_000, "USD", "exact", None,
             "completed",
             "Danach sammelte Cerebras unter Führung von Tiger Global eine Milliarde Dollar bei einer Bewertung von 23 Milliarden ein.",
             note="amount in words; '23 Milliarden' is the valuation"),
        deal("dmatrix-seriesc-2025", ["BullhoundCapital", "Triatomic Capital", "Temasek", "d-Matrix"], "investment",
             275_000_000, "USD", "exact", None, "completed",
             "Und dass d-Matrix 275 Millionen Dollar von Bullhound, Triatomic und Temasek bekam, zeigt: Investoren sehen Inferenz als eigenes Feld."),
        deal("intel-sambanova-2025", ["Intel", "SambaNova"], "acquisition", None, None, None, None, "negotiating",
             "Und SambaNova? Da wurde mit Intel über einen Verkauf gesprochen.",
             required=False, note="no amount: optional"),
    ],
    "not_deals": ["Bewertung von 23 Milliarden", "150 bis 250 Millionen Dollar", "110.000 bis 140.000 Euro",
                  "zehn bis zwölf Millionen Dollar pro Megawatt", "420 Millionen Euro", "43 Milliarden Euro",
                  "12,50 Euro", "2.499 Euro"],
}

# 019 ---------------------------------------------------------------------------------------------
A["019_cerebras_listing_harborgate_en.txt"] = {
    "published": "2026-05-15",
    "published_note": "from the date line 'Friday, May 15, 2026'; 'on Wednesday evening' -> 2026-05-13; 'refiled last month' -> 2026-04; 'In December' -> 2025-12; 'In March' -> 2026-03",
    "language": "en",
    "deals": [
        deal("cerebras-ipo-2026", ["Cerebras"], "other", 5_550_000_000, "USD", "exact", "2026-05-13", "completed",
             "The offering brought in gross proceeds of $5.55 billion before underwriting discounts, making it the largest U.S. technology listing in years.",
             required=False, kind_alt=["investment"],
             note="IPO proceeds from public investors, no counterparty: optional; share prices and market value are not deals"),
        deal("openai-cerebras-expansion-2026", ["OpenAI", "Cerebras"], "cloud_contract", 20_000_000_000, "USD", "at_least",
             "2026-04", "signed",
             "OpenAI has committed to spend more than $20 billion with Cerebras over three years, an expansion of the 750-megawatt agreement announced in January, which was then valued at more than $10 billion.",
             kind_alt=["supply"],
             note="disclosed in the prospectus 'refiled last month' (previous sentence); an expansion of the January contract, kept as its own deal"),
        deal("openai-cerebras-2026", ["OpenAI", "Cerebras"], "cloud_contract", 10_000_000_000, "USD", "at_least", "2026-01",
             "signed",
             "OpenAI has committed to spend more than $20 billion with Cerebras over three years, an expansion of the 750-megawatt agreement announced in January, which was then valued at more than $10 billion.",
             kind_alt=["supply"], note="the original January agreement in the same sentence"),
        deal("openai-cerebras-loan-2025", ["OpenAI", "Cerebras"], "other", 1_000_000_000, "USD", "exact", "2025-12",
             "completed",
             "In December OpenAI also lent the company $1 billion as working capital and received warrants that can convert into Cerebras stock as purchase milestones are met.",
             kind_alt=["investment"], note="loan with warrants; 'the company' = Cerebras"),
        deal("aws-cerebras-2026", ["Amazon", "Cerebras"], "partnership", None, None, None, "2026-03", "signed",
             "In March it agreed with Amazon Web Services to place its CS-3 systems in AWS data centres behind the Bedrock service; no price was disclosed.",
             required=False, kind_alt=["cloud_contract", "supply"], note="no amount: optional"),
    ],
    "not_deals": ["$185 apiece", "$310.80", "$67 billion", "$115 to $125 a share", "$150 to $160", "$510 million",
                  "$24.6 billion"],
}

# 020 ---------------------------------------------------------------------------------------------
A["020_jahresrueckblick_gatterpost.txt"] = {
    "published": "2026-11-27",
    "published_note": "from the issue line 'Ausgabe 47 · KW 48 · 27.11.2026'; 'Mitte Mai' -> 2026-05; 'Ende Februar', 'Im Januar' -> months of 2026; 'im Dezember 2025' explicit",
    "language": "de",
    "deals": [
        deal("cerebras-ipo-2026", ["Cerebras"], "other", 5_550_000_000, "USD", "exact", "2026-05", "completed",
             "Mitte Mai brachte der Wafer-Scale-Pionier 30 Millionen Aktien an die Nasdaq und erlöste dabei 5,55 Milliarden Dollar.",
             required=False, kind_alt=["investment"], note="'der Wafer-Scale-Pionier' = Cerebras (heading); IPO: optional"),
        deal("openai-cerebras-expansion-2026", ["OpenAI", "Cerebras"], "cloud_contract", 20_000_000_000, "USD", "at_least",
             "2026", "signed",
             "Möglich wurde das durch OpenAI: Aus dem Börsenprospekt ging hervor, dass sich der ChatGPT-Entwickler verpflichtet hat, über drei Jahre mehr als 20 Milliarden Dollar bei Cerebras auszugeben.",
             kind_alt=["supply"], note="only the year is given (from the prospectus)"),
        deal("openai-cerebras-loan-2025", ["OpenAI", "Cerebras"], "other", 1_000_000_000, "USD", "exact", "2025-12",
             "completed",
             "Dazu kommt ein Darlehen über eine Milliarde Dollar, das OpenAI dem Chiphersteller schon im Dezember 2025 gewährt hatte.",
             kind_alt=["investment"], note="'dem Chiphersteller' = Cerebras; amount in words"),
        deal("intel-sambanova-2025", ["Intel", "SambaNova"], "acquisition", 1_600_000_000, "USD", "approx", None, "cancelled",
             "Im Januar platzten die Verkaufsgespräche mit Intel, bei denen zeitweise rund 1,6 Milliarden Dollar im Raum standen.",
             note="SambaNova from the heading; January is when the talks failed, the article gives no date for the talks themselves -> null"),
        deal("sambanova-seriese-2026", ["Intel", "SambaNova"], "investment", 350_000_000, "USD", "exact", "2026-02",
             "completed",
             "Ende Februar sammelte SambaNova dann 350 Millionen Dollar ein, Intel Capital gehörte zu den Anführern der Runde.",
             note="second Intel-SambaNova deal, kept apart from the failed takeover; details shifted (see README)"),
        deal("intel-sambanova-collab-2026", ["Intel", "SambaNova"], "partnership", None, None, None, "2026", "announced",
             "Intel will die Chips zudem gemeinsam mit seinen Xeon-Prozessoren vertreiben.",
             required=False, note="third Intel-SambaNova item, no amount: optional"),
        deal("softbank-sambanova-sn50", ["SoftBank", "SambaNova"], "supply", None, None, None, "2026", "announced",
             "Auch SoftBank setzt die neuen SN50-Systeme in japanischen Rechenzentren ein; Konditionen wurden nicht bekannt.",
             required=False, note="no amount: optional"),
        deal("etched-2026-round", ["Stripes", "Etched"], "investment", 500_000_000, "USD", "approx", "2026-01", "completed",
             "Im Januar flossen dem Transformer-Spezialisten rund 500 Millionen Dollar unter Führung von Stripes zu, bei einer Bewertung von fünf Milliarden Dollar.",
             note="'dem Transformer-Spezialisten' = Etched (heading); the $800m total and the >$1bn order backlog are not deals"),
        deal("nvidia-groq-2025", ["Nvidia", "Groq"], "other", 20_000_000_000, "USD", "approx", "2025-12", "signed",
             "Nvidia hatte den Groq-Deal im Dezember 2025 eingefädelt, rund 20 Milliarden Dollar für Lizenzen und Personal.",
             kind_alt=["acquisition", "partnership"], note="month only"),
        deal("graphcore-india-2025", ["Graphcore"], "capex_plan", 1_000_000_000, "GBP", "up_to", None, "planned",
             "Graphcore baut sein Team in Bengaluru weiter aus, Teil der bis zu einer Milliarde Pfund schweren Indien-Pläne des SoftBank-Ablegers.",
             required=False, kind_alt=["project"], note="background aside without date: optional"),
    ],
    "not_deals": ["rund 240 Dollar", "Bewertung von fünf Milliarden Dollar", "800 Millionen Dollar",
                  "mehr als einer Milliarde Dollar", "67 Milliarden Dollar", "9,90 Euro im Monat", "149 Euro", "49 Euro"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
