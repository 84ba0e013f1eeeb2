#!/usr/bin/env python3
"""Write gold.json for tests/corpus148 (the hand annotation as a script).

Usage: python3 tests/corpus148/make_gold.py
Edit the deals here, then run this script and check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 148th, held-out test corpus (tests/corpus148/articles/): fashion, "
    "luxury and sportswear groups buying AI and compute (design and demand-forecasting AI contracts, "
    "cloud and GPU deals, acquisitions of AI start-ups, stakes in try-on and supply-chain AI firms). "
    "Written for the tests and independent of the extractor; same format and rules as "
    "tests/corpus15/gold.json and shared/gold/seeds.json. One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague or background mentions "
    "that an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT "
    "deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') "
    "marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) "
    "states it in another currency or at another precision. 'date' is when the deal was announced or "
    "agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', "
    "from the article's own date marker, dateline, <meta>/<time>, issue line, stamp or copyright line, or "
    "null when the article has none); a cancelled deal keeps the date of the original offer, plan or "
    "talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). Invented companies: Maschenwerk KI GmbH, "
    "Mirrorcloth, Fitloom, Atelier Quanta, Ribbonstack, Ardora Cómputo, Kettbaum Rechenzentrum GmbH, "
    "Tessitura Nova, Kaveri Loomworks, Nordmoor Capital, Lindgrün Ventures, Hoshizora Fibers, Shenlan "
    "Zhizao, Limmatwerk AI, Skovlys Vision, Ermstal Analytics, Banco Lameiro, Kvarnholm Sparbank, Maison "
    "Orsenne, Harrier Point Partners, Pixelsaum, Marlow & Finch; invented publications, research houses, "
    "advertisers and people are listed in invented_names.txt; the deals of real companies are invented or "
    "shifted. Nothing here is reporting."
)


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
         amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {
        "id": id,
        "parties": parties,
        "kind": kind,
        "amount": amount,
        "amount_max": amount_max,
        "currency": currency,
        "qualifier": qualifier,
        "date": date,
        "status": status,
        "required": required,
    }
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
    return d


def none(id, parties, kind, date, status, evidence, **kw):
    return deal(id, parties, kind, None, None, None, date, status, evidence, **kw)


A = {}

A["001_lvmh_google_selvedge_en.txt"] = dict(
    published="2024-03-12",
    published_note="from the issue line 'Issue 22 · Tuesday, 12 March 2024'; 'on Monday' -> 2024-03-11; 'last month' -> 2024-02",
    language="en",
    deals=[
        deal("lvmh-google-cloud-2024", ["LVMH", "Google"], "cloud_contract", 1_200_000_000, "USD", "approx",
             "2024-03-11", "signed",
             "LVMH told staff and investors on Monday that it has committed roughly $1.2 billion to Google Cloud over five years, a package that pays for hosting for its maisons, a shared data platform and use of the Gemini models for product copy, clienteling and demand planning.",
             alt=[(1_100_000_000, "EUR")],
             note="five-year contract; 002 restates it in EUR with the month only ('Anfang März', €1.1bn, alt_amounts), 017 restates it ('March 2024'); different from the $400m agentic contract of 2026 (017)"),
        deal("nordmoor-mirrorcloth-seriesa", ["Nordmoor Capital", "Mirrorcloth"], "investment", 18_000_000, "GBP", "exact",
             "2024-02", "completed",
             "Mirrorcloth, the London start-up whose app shows a shopper a coat or a dress draped over a photo of themselves, closed an £18 million Series A last month.",
             note="lead investor in the next sentence ('Nordmoor Capital led'); the ~£95m valuation is not a deal"),
        none("zalando-mirrorcloth-licence-talks", ["Zalando", "Mirrorcloth"], "supply", "2024-03", "negotiating",
             "Zalando is in talks to license Mirrorcloth's try-on engine for its own app, a person who has seen the discussions told The Selvedge Ledger.",
             required=False, kind_alt=["partnership", "other"],
             note="licensing talks without terms; different from the denied takeover report (012) and the 2026 acquisition (020)"),
    ],
    not_deals=["$149", "$229", "€86.2 billion", "€910", "£95 million", "$11.6bn", "$2.40", "$19", "$190"],
)

A["002_lvmh_boss_maisonmarkt.txt"] = dict(
    published="2024-03-21",
    published_note="dateline without year 'Paris/Metzingen, 21. März (mm)'; the year from the copyright line '© 2024 Maison & Markt'; 'am Dienstag' -> 2024-03-19; 'Anfang März' -> 2024-03",
    language="de",
    deals=[
        deal("lvmh-google-cloud-2024", ["LVMH", "Google"], "cloud_contract", 1_100_000_000, "EUR", "approx",
             "2024-03", "signed",
             "Der Luxusgüterkonzern LVMH hat Anfang März einen Fünfjahresvertrag mit Google Cloud unterzeichnet, der nach Schätzung von Konzernkennern rund 1,1 Milliarden Euro schwer ist.",
             note="same contract as 001 (USD, with day); here EUR and month only"),
        deal("lvmh-ai-tools-plan", ["LVMH"], "capex_plan", 300_000_000, "EUR", "approx",
             "2024-03", "planned",
             "Parallel kündigte die LVMH-Führung an, bis Ende 2026 weitere rund 300 Millionen Euro in eigene KI-Werkzeuge und ein zentrales Datenteam in Paris zu stecken.",
             required=False, term=[None, "2026"],
             note="group spending plan, only the spender; optional; 'Parallel' = together with the Google contract (March)"),
        deal("hugoboss-atelierquanta-licence", ["Hugo Boss", "Atelier Quanta"], "supply", 45_000_000, "EUR", "approx",
             "2024-03-19", "signed",
             "Über vier Jahre zahlen die Schwaben knapp 45 Millionen Euro für eine Software, die aus Skizzen, Stoffmustern und den Abverkaufsdaten vergangener Saisons Vorschläge für neue Kollektionsteile erzeugt.",
             kind_alt=["other", "cloud_contract"],
             note="'knapp' -> approx; 'die Schwaben' = Hugo Boss; the licence and 'am Dienstag' in the previous sentence; software licence"),
    ],
    not_deals=["86,2 Milliarden Euro", "rund 180 Millionen Euro", "61,38 Euro", "4,2 Milliarden Euro", "95.000 Euro",
               "2.900 Euro", "480 Euro"],
)

A["003_hm_fitloom_malarencourier_en.txt"] = dict(
    published="2024-06-13",
    published_note="from the line 'Business | Thursday 13 June 2024 | Updated 14:20'; 'on Wednesday' -> 2024-06-12; 'In April' -> 2024-04",
    language="en",
    deals=[
        deal("hm-fitloom-licence-2024", ["H&M", "Fitloom"], "supply", 40_000_000, "SEK", "approx",
             "2024-06-12", "signed",
             "H&M Group will pay Fitloom around SEK 40 million a year, about €3.5 million, for the right to use the Stockholm start-up's sizing and try-on engine across its online stores, both firms announced on Wednesday.",
             per="year", term=["2024-09", "2027"], alt=[(3_500_000, "EUR")], kind_alt=["other"],
             note="yearly licence fee for three years from September (next sentence); first H&M–Fitloom deal, different from the 2025 stake (010, 011); the SEK 0.35 list price per try-on is not a deal"),
        deal("lindgruen-fitloom-2024", ["Lindgrün Ventures", "Fitloom"], "investment", 210_000_000, "SEK", "exact",
             "2024-04", "completed",
             "In April the company raised SEK 210 million from a group of investors led by Lindgrün Ventures, a Berlin fund that specialises in retail software, in a round that valued it at SEK 1.4 billion.",
             note="'the company' = Fitloom (previous sentence); lead investor listed; valuation SEK 1.4bn is not a deal"),
        deal("hm-tech-plan-2024", ["H&M"], "capex_plan", 2_500_000_000, "SEK", "approx",
             None, "planned",
             "H&M itself has said it will spend about SEK 2.5 billion on technology, data and AI over the next three years, part of a wider programme to lift margins.",
             required=False,
             note="group-wide technology budget, only the spender; optional; no date for the announcement"),
    ],
    not_deals=["SEK 0.35", "SEK 1.4 billion", "SEK 56.7 billion", "SEK 181.40", "SEK 60", "SEK 90", "SEK 495", "SEK 129"],
)

A["004_adidas_maschenwerk_aurachbote.txt"] = dict(
    published="2024-09-20",
    published_note="from the date line 'HERZOGENAURACH · Freitag, 20. September 2024'; 'Am Mittwoch' -> 2024-09-18",
    language="de",
    deals=[
        deal("adidas-maschenwerk-licence-2024", ["Adidas", "Maschenwerk"], "supply", 12_000_000, "EUR", "approx",
             "2024-09-18", "signed",
             "Am Mittwoch unterzeichneten Maschenwerk und Adidas einen Vertrag über fünf Jahre: Der Sportartikelkonzern zahlt dem Start-up ab Januar jährlich rund zwölf Millionen Euro für seine Nachfrageprognosen.",
             per="year", term=["2025-01", "2029"], kind_alt=["other"],
             note="amount in words, yearly; first Adidas–Maschenwerk deal, different from the 2025 takeover (007, 008, 016); 008 and 016 restate it, 007 mentions it without amount"),
        deal("puma-kettbaum-gpu-2024", ["Puma", "Kettbaum Rechenzentrum"], "cloud_contract", 18_000_000, "EUR", "exact",
             "2024-09", "signed",
             "Das Unternehmen lässt sich die Nutzung 18 Millionen Euro über drei Jahre kosten, wie aus einer Vorlage für den Nürnberger Wirtschaftsausschuss hervorgeht.",
             note="'Das Unternehmen' = Puma, Kettbaum in the previous sentence; no day given -> month of the article; first Puma–Kettbaum deal, different from the 2025 extension (012)"),
    ],
    not_deals=["2,4 Millionen Euro", "rund 800.000 Euro", "68.000 Euro", "14 Euro pro Quadratmeter", "249 Euro im Monat", "2 Euro"],
)

A["005_kering_atelierquanta_cordonnet_en.html"] = dict(
    published="2024-11-19",
    published_note="from <meta property='article:published_time'> and <time datetime='2024-11-19T07:12:00+01:00'> ('November 19, 2024 07:12 CET'); dateline 'PARIS, Nov 18'; 'on Monday' -> 2024-11-18; 'in January' -> 2024-01; 'in the summer' -> 2024",
    language="en",
    deals=[
        deal("kering-atelierquanta-stake-2024", ["Kering", "Atelier Quanta"], "investment", 60_000_000, "EUR", "exact",
             "2024-11-18", "signed",
             "PARIS, Nov 18 (Cordonnet) - Kering has agreed to buy a 20% stake in Atelier Quanta, a Paris start-up whose software turns sketches, fabric swatches and past sales into draft designs, for €60 million (about $65 million), the Gucci owner said on Monday.",
             alt=[(65_000_000, "USD")], kind_alt=["acquisition"],
             note="20 % stake; 013 mentions it without amount ('im vergangenen November'); different from Kering's majority purchase of 2025 (013)"),
        deal("lindgruen-atelierquanta-seriesa", ["Lindgrün Ventures", "Atelier Quanta"], "investment", 25_000_000, "EUR", "exact",
             "2024-01", "completed",
             "Atelier Quanta raised €25 million in January; Berlin-based Lindgrün Ventures led that Series A.",
             note="lead investor listed"),
        deal("lvmh-atelierquanta-approach", ["LVMH", "Atelier Quanta"], "acquisition", 150_000_000, "EUR", "approx",
             "2024", "cancelled",
             "LVMH approached the start-up in the summer about buying it outright for around €150 million, but the founders sent the suitor away, two insiders recalled this week.",
             note="refused takeover approach -> cancelled, dated to the summer 2024 approach; 'the start-up' = Atelier Quanta"),
    ],
    not_deals=["€300 million", "€9 million", "€3.8 billion", "€221.50", "$4 billion", "€250,000"],
)

A["006_zalando_ribbonstack_kursfaden.txt"] = dict(
    published="2025-01-15",
    published_note="from the portal stamp '15.01.2025 | 08:41 Uhr'; 'am Dienstag' -> 2025-01-14",
    language="de",
    deals=[
        deal("zalando-ribbonstack-training-2025", ["Zalando", "Ribbonstack"], "cloud_contract", 220_000_000, "EUR", "approx",
             "2025-01-14", "signed",
             "Für rund 220 Millionen Euro mietet der Onlinehändler über drei Jahre Grafikprozessoren in Rechenzentren in Finnland und den Niederlanden.",
             alt=[(240_000_000, "USD")],
             note="parties and 'am Dienstag' in the previous sentence ('Das Berliner Unternehmen unterschrieb am Dienstag bei Ribbonstack'); 007 gives $240m with the month, 014 restates $240m; different from the 2025 inference contract (014)"),
        none("zalando-openai-assistant", ["Zalando", "OpenAI"], "partnership", "2023", "announced",
             "Seit 2023 arbeitet Zalando für den Assistenten bereits mit OpenAI zusammen; an dieser Partnerschaft ändere sich nichts, hieß es aus Berlin.",
             required=False,
             note="background partnership without amount; optional"),
    ],
    not_deals=["24,87 Euro", "32 Euro", "15,3 Milliarden Euro", "zwischen 440 und 480 Millionen Euro", "rund vier Milliarden Dollar",
               "24,05 €", "27,44 €", "17,68 €", "6,3 Mrd. €", "500 Euro", "1 Euro"],
)

A["007_hemline_dispatch_feb25_en.txt"] = dict(
    published="2025-02-07",
    published_note="from the issue line 'Issue 61 · Friday 7 February 2025'; 'on Tuesday' -> 2025-02-04; 'last month' -> 2025-01; 'in September' -> 2024-09",
    language="en",
    deals=[
        deal("zalando-ribbonstack-training-2025", ["Zalando", "Ribbonstack"], "cloud_contract", 240_000_000, "USD", "exact",
             "2025-01", "signed",
             "The Berlin retailer's three-year compute contract with Ribbonstack, signed last month, comes to $240 million at the exchange rate used in the cloud company's securities filing.",
             note="same contract as 006 (EUR, day); here USD and month only; 'The Berlin retailer' = Zalando (heading)"),
        deal("adidas-maschenwerk-acquisition", ["Adidas", "Maschenwerk"], "acquisition", 160_000_000, "USD", "range",
             "2025", "rumored",
             "Adidas is in advanced talks to buy Maschenwerk, the Herzogenaurach start-up that already writes demand forecasts for its planners, for between $160 million and $180 million, say three people whom the parties have briefed.",
             amount_max=180_000_000, alt=[(165_000_000, "EUR")],
             note="rumour from sources; 008 reports the signing at €165m on 2025-04-09 (alt_amounts), 016 restates it; the rumour carries only the year so that the shared id's dates agree"),
        none("adidas-maschenwerk-licence-2024", ["Adidas", "Maschenwerk"], "supply", "2024-09", "signed",
             "The two only signed a licence deal in September; buying the supplier outright would stop the models from ever serving a rival, the people said.",
             required=False, kind_alt=["other"],
             note="amount-less background mention of the 2024 licence (004); optional"),
        deal("inditex-ardora-colocation", ["Inditex", "Ardora Cómputo"], "cloud_contract", 95_000_000, "EUR", "exact",
             "2025-02-04", "signed",
             "Inditex on Tuesday signed a seven-year colocation contract worth €95 million with Ardora Cómputo, a Galician operator building a 24-megawatt hall on the edge of Arteixo, a short drive from the group's headquarters.",
             kind_alt=["other"],
             note="colocation contract; different from Inditex's 2025 stake in Ardora (011)"),
    ],
    not_deals=["€21 billion", "$2.1bn", "€38", "£140,000", "$1,200 a month", "€12 a month"],
)

A["008_adidas_maschenwerk_frankenkontor.html"] = dict(
    published="2025-04-10",
    published_note="from <meta name='date' content='2025-04-10'> and the visible line 'Herzogenaurach · 10.04.2025, 06:45 Uhr'; 'am Mittwoch' -> 2025-04-09; 'seit vergangenem September' -> 2024-09",
    language="de",
    deals=[
        deal("adidas-maschenwerk-acquisition", ["Adidas", "Maschenwerk"], "acquisition", 165_000_000, "EUR", "exact",
             "2025-04-09", "signed",
             "Die beiden Unternehmen unterzeichneten den Übernahmevertrag am Mittwoch, Adidas zahlt 165 Millionen Euro in bar.",
             note="the takeover rumoured in 007; signed, antitrust approval pending"),
        deal("adidas-maschenwerk-licence-2024", ["Adidas", "Maschenwerk"], "supply", 12_000_000, "EUR", "approx",
             "2024-09", "signed",
             "Maschenwerk liefert Adidas bereits seit vergangenem September Nachfrageprognosen, dafür fließen jährlich rund zwölf Millionen Euro.",
             per="year", kind_alt=["other"],
             note="restates the 2024 licence (004); a different deal from the takeover in the same article"),
    ],
    not_deals=["rund 14 Millionen Euro", "74.000 Euro", "23,6 Milliarden Euro", "218,40 Euro", "2,4 Millionen Euro", "9,90 Euro", "1 Euro"],
)

A["009_kaveri_tessitura_noyyal_en.txt"] = dict(
    published="2025-05-22",
    published_note="from the byline 'Updated: May 22, 2025, 09:15 IST'; 'on Wednesday' -> 2025-05-21; 'in March' -> 2025-03",
    language="en",
    deals=[
        deal("kaveri-tessitura-planning", ["Kaveri Loomworks", "Tessitura Nova"], "supply", 4_100_000_000, "INR", "exact",
             "2025-05-21", "signed",
             "TIRUPPUR: Kaveri Loomworks, one of the largest knitwear exporters in the Tiruppur cluster, on Wednesday signed a six-year agreement worth ₹410 crore (about $48 million) with Tessitura Nova, a software company from Prato in Italy, to run its production planning and yarn purchasing on artificial intelligence.",
             alt=[(48_000_000, "USD")], kind_alt=["other", "cloud_contract"],
             note="₹410 crore = INR 4.1bn (1 crore = 10 million); AI planning software and services"),
        deal("nordmoor-tessitura-2025", ["Nordmoor Capital", "Tessitura Nova"], "investment", 30_000_000, "EUR", "exact",
             "2025-03", "completed",
             "The company, which began by writing scheduling software for the weaving mills around Prato, raised €30 million from London-based Nordmoor Capital in March to expand outside Italy.",
             note="'The company' = Tessitura Nova (previous sentence); Nordmoor's second deal after Mirrorcloth (001)"),
        deal("kaveri-gpu-cluster", ["Kaveri Loomworks"], "capex_plan", 750_000_000, "INR", "approx",
             "2025-05-21", "planned",
             "The company will also spend about ₹75 crore on an in-house GPU cluster at the Avinashi Road site, so that design files and customer data need not leave the country, Arumugaperumal said.",
             kind_alt=["project"],
             note="'The company' = Kaveri Loomworks; ₹75 crore = INR 750m; a specific own project announced with the contract, only the spender"),
    ],
    not_deals=["₹2,350 crore", "₹612.40", "₹14,500 a month", "₹20 crore", "$40 billion", "$16 billion"],
)

A["010_hm_fitloom_stake_nordicseam_en.html"] = dict(
    published="2025-06-17",
    published_note="from <meta name='parsely-pub-date' content='2025-06-17T07:30:00+02:00'> and the byline 'Tue 17 Jun 2025'; 'on Monday' -> 2025-06-16",
    language="en",
    deals=[
        deal("hm-fitloom-stake-2025", ["H&M", "Fitloom"], "investment", 1_100_000_000, "SEK", "exact",
             "2025-06-16", "signed",
             "H&M Group has agreed to buy 30 percent of Fitloom for SEK 1.1 billion (about €96 million), the Stockholm fashion retailer said on Monday, making the four-year-old try-on specialist one of the most valuable retail-software start-ups in the Nordics.",
             alt=[(96_000_000, "EUR")], kind_alt=["acquisition"],
             note="30 % stake; 011 restates it in EUR with the month only; different from the 2024 licence (003)"),
        deal("kvarnholm-fitloom-credit", ["Kvarnholm Sparbank", "Fitloom"], "other", 120_000_000, "SEK", "exact",
             "2025-06", "signed",
             "Separately, Fitloom has agreed a SEK 120 million revolving credit facility with Kvarnholm Sparbank to pay for servers and a new office, the bank confirmed.",
             kind_alt=["investment"],
             note="bank credit facility; no day given -> month of the article"),
    ],
    not_deals=["SEK 3.7 billion", "SEK 88 million", "SEK 59.6 billion", "SEK 152.30", "SEK 3,900"],
)

A["011_fastfashion_kommentar_saumkante.txt"] = dict(
    published="2025-06-25",
    published_note="from the line 'Gastkommentar | Mittwoch, 25. Juni 2025'; 'Mitte Juni' -> 2025-06; 'vergangene Woche' -> 2025-06",
    language="de",
    deals=[
        deal("hm-fitloom-stake-2025", ["H&M", "Fitloom"], "investment", 96_000_000, "EUR", "approx",
             "2025-06", "signed",
             "Mitte Juni hat der schwedische Konzern für rund 96 Millionen Euro knapp ein Drittel des Stockholmer Anprobe-Spezialisten Fitloom gekauft.",
             kind_alt=["acquisition"],
             note="'der schwedische Konzern' = H&M (previous sentence); same stake as 010 (SEK, day)"),
        deal("inditex-ardora-stake-2025", ["Inditex", "Ardora Cómputo"], "investment", 40_000_000, "EUR", "approx",
             "2025-06", "signed",
             "Inditex zog vergangene Woche nach und sicherte sich für rund 40 Millionen Euro ein Viertel von Ardora Cómputo, dem jungen Rechenzentrumsbetreiber aus Arteixo.",
             kind_alt=["acquisition"],
             note="25 % stake; different from the colocation contract (007)"),
    ],
    not_deals=["mehr als 20 Milliarden Euro", "5,9 Milliarden Euro", "zwischen fünf und zehn Euro", "etwa 2,5 Milliarden Euro",
               "rund 7 Milliarden Euro", "58 Euro", "1,68 Euro je Aktie", "300 Millionen Euro", "rund 90.000 Euro", "39 Euro im Monat"],
)

A["012_puma_microsoft_boersenschnur.txt"] = dict(
    published="2025-09-04",
    published_note="from the ticker date 'Donnerstag, 4. September 2025' (entries by time); 'heute Vormittag' -> 2025-09-04",
    language="de",
    deals=[
        deal("puma-microsoft-cloud-2025", ["Puma", "Microsoft"], "cloud_contract", 150_000_000, "EUR", "up_to",
             "2025-09-04", "signed",
             "Volumen: bis zu 150 Millionen Euro über fünf Jahre, teilte Puma mit.",
             note="framework contract; parties and 'heute Vormittag' in the previous sentence (10:25 entry)"),
        deal("puma-kettbaum-gpu-2025", ["Puma", "Kettbaum Rechenzentrum"], "cloud_contract", 26_000_000, "EUR", "exact",
             "2025-09-04", "signed",
             "Für weitere drei Jahre Rechenzeit auf Grafikprozessoren fließen dort 26 Millionen Euro, bestätigte ein Puma-Sprecher.",
             note="extension = a new contract; 'dort' = Kettbaum (previous sentence); different from the 2024 contract (004)"),
        deal("zalando-mirrorcloth-denied-2025", ["Zalando", "Mirrorcloth"], "acquisition", 200_000_000, "GBP", "exact",
             "2025-09", "rumored",
             "Ein britischer Branchendienst hatte am Morgen berichtet, der Berliner Onlinehändler wolle das Londoner Start-up Mirrorcloth für 200 Millionen Pfund übernehmen.",
             required=False,
             note="rumour denied by Zalando ('reine Spekulation'); optional; 'der Berliner Onlinehändler' = Zalando; different from the 2026 acquisition (020)"),
    ],
    not_deals=["20,88 Euro", "rund 200 Millionen Euro", "48 Euro", "40,12 Euro", "26,30 Euro", "168,70 Euro", "19,85 Euro", "4,99 Euro im Monat"],
)

A["013_kering_atelierquanta_glanzpapier.txt"] = dict(
    published="2025-10-09",
    published_note="from the issue line 'Nr. 41 · Donnerstag, 9. Oktober 2025 · Seite 22'; 'Am Montag' -> 2025-10-06; 'im vergangenen November' -> 2024-11; 'im September' -> 2025-09",
    language="de",
    deals=[
        deal("kering-atelierquanta-majority-2025", ["Kering", "Atelier Quanta"], "acquisition", 110_000_000, "EUR", "exact",
             "2025-10-06", "signed",
             "Für die zusätzlichen 31 Prozent zahlt Kering 110 Millionen Euro an die Gründer und an den Berliner Wagniskapitalgeber Lindgrün Ventures.",
             kind_alt=["investment"],
             note="stake raised from 20 to 51 % ('Am Montag', previous sentence); sellers are the founders and Lindgrün Ventures; different from the 2024 stake"),
        none("kering-atelierquanta-stake-2024", ["Kering", "Atelier Quanta"], "investment", "2024-11", "signed",
             "Den ersten Schritt hatte Kering im vergangenen November getan, als es ein Fünftel der Anteile an dem Start-up übernahm.",
             required=False, kind_alt=["acquisition"],
             note="amount-less restatement of 005's €60m stake; optional"),
        deal("orsenne-mistral-model", ["Maison Orsenne", "Mistral AI"], "cloud_contract", 12_000_000, "EUR", "exact",
             "2025-09", "signed",
             "Die Pariser Lederwarenmanufaktur Maison Orsenne zahlt Mistral AI über drei Jahre 12 Millionen Euro für ein eigenes Sprachmodell, das Kundenanfragen in elf Sprachen beantwortet und Verkäuferinnen in den Boutiquen Hinweise zu Stammkundinnen gibt.",
             kind_alt=["supply", "other"],
             note="signed 'im September' (next sentences)"),
    ],
    not_deals=["rund 355 Millionen Euro", "3,4 Milliarden Euro", "291,60 Euro", "3.400 Euro", "etwa 350 Milliarden Euro",
               "3,4 Mrd. €", "ca. 355 Mio. €", "12 Euro", "240 Euro"],
)

A["014_ribbonstack_zalando_tickerloom_en.txt"] = dict(
    published="2025-11-12",
    published_note="from the stamp 'Nov 12, 2025 · 9:47 AM ET'; 'on Tuesday' -> 2025-11-11; 'in January' -> 2025-01",
    language="en",
    deals=[
        deal("zalando-ribbonstack-inference-2025", ["Zalando", "Ribbonstack"], "cloud_contract", 85_000_000, "USD", "approx",
             "2025-11-11", "signed",
             "Ribbonstack said on Tuesday that Zalando will pay it about $85 million a year for four years to run the retailer's inference workloads, on top of the $240 million compute contract the two signed in January.",
             per="year",
             note="second Zalando–Ribbonstack contract (yearly, four years); the same sentence restates the January contract"),
        deal("zalando-ribbonstack-training-2025", ["Zalando", "Ribbonstack"], "cloud_contract", 240_000_000, "USD", "exact",
             "2025-01", "signed",
             "Ribbonstack said on Tuesday that Zalando will pay it about $85 million a year for four years to run the retailer's inference workloads, on top of the $240 million compute contract the two signed in January.",
             note="restates the January contract (006, 007) in the sentence of the new one"),
        deal("ribbonstack-nvidia-order-2025", ["Ribbonstack", "Nvidia"], "supply", 310_000_000, "USD", "exact",
             "2025-11", "signed",
             "The company also disclosed a $310 million order for Nvidia Blackwell systems, to be delivered in the first half of 2026.",
             note="'The company' = Ribbonstack; disclosed with the results, order date not given -> month"),
    ],
    not_deals=["$182 million", "$64 million", "between $610 million and $640 million", "$580-620 million", "$1.9 billion",
               "$38.12", "$33.44", "$5.6 billion", "$46.90", "$52", "$44", "$2.3 billion", "€22.60",
               "€16.8 billion to €17.3 billion", "$0 per trade", "$0.65 per contract", "$14.99 a month"],
)

A["015_hugoboss_metzingen_ermstalbote.txt"] = dict(
    published="2026-01-20",
    published_note="from the date line 'METZINGEN · Dienstag, 20. Januar 2026'; 'Am Montagabend' -> 2026-01-19; 'Im September' -> 2025-09; 'Drei Monate später' and 'im Dezember' -> 2025-12",
    language="de",
    deals=[
        deal("metzingen-hugoboss-land-2026", ["Hugo Boss", "Stadt Metzingen"], "acquisition", 6_500_000, "EUR", "exact",
             "2026-01-19", "signed",
             "Der Modekonzern zahlt der Stadt dafür 6,5 Millionen Euro.",
             kind_alt=["other"],
             note="land sale by the town; council vote 'Am Montagabend' and the buyer in the previous sentence; 'Der Modekonzern' = Hugo Boss"),
        deal("hugoboss-own-datacenter-plan", ["Hugo Boss"], "capex_plan", 40_000_000, "EUR", "approx",
             "2025-09", "cancelled",
             "Im September kündigte der Konzern an, dort für rund 40 Millionen Euro ein eigenes Rechenzentrum für seine KI-Anwendungen zu errichten.",
             kind_alt=["project"],
             note="plan dropped 'Drei Monate später' -> cancelled, keeps the date of the announcement; only the spender"),
        deal("hugoboss-ermstal-contract", ["Hugo Boss", "Ermstal Analytics"], "cloud_contract", 30_000_000, "EUR", "approx",
             "2025-12", "signed",
             "Rund 30 Millionen Euro zahlt der Konzern dem Mittelständler über fünf Jahre für Rechenleistung und Software, mit der Kollektionen geplant und Lagerbestände gesteuert werden.",
             kind_alt=["supply"],
             note="'der Konzern' = Hugo Boss, 'dem Mittelständler' = Ermstal Analytics (previous sentence, 'im Dezember')"),
    ],
    not_deals=["rund 283 Euro pro Quadratmeter", "58 Millionen Euro", "121 Millionen Euro", "rund 4,3 Milliarden Euro",
               "3,2 Millionen Euro", "2 Euro pro Stunde"],
)

A["016_maschenwerk_interview_stoffstrategie.txt"] = dict(
    published=None,
    published_note="no date anywhere in the article (only 'Lesezeit: 8 Minuten'); the interview follows the takeover of 008",
    language="de",
    deals=[
        deal("adidas-maschenwerk-acquisition", ["Adidas", "Maschenwerk"], "acquisition", 165_000_000, "EUR", "exact",
             None, "completed",
             "Herr Merkenschlager, Adidas hat 165 Millionen Euro für Maschenwerk bezahlt.",
             note="restated in a question; 'bezahlt' -> completed; undated"),
        deal("adidas-maschenwerk-licence-2024", ["Adidas", "Maschenwerk"], "supply", 12_000_000, "EUR", "exact",
             "2024", "signed",
             "2024 haben wir mit Adidas den ersten großen Vertrag geschlossen, zwölf Millionen Euro im Jahr für fünf Jahre.",
             per="year", kind_alt=["other"],
             note="'wir' = Maschenwerk; the 2024 licence of 004; year from the text"),
        deal("puma-maschenwerk-offer-2024", ["Puma", "Maschenwerk"], "acquisition", 90_000_000, "EUR", "exact",
             "2024", "cancelled",
             "Noch im selben Jahr lag ein Angebot von Puma auf dem Tisch, 90 Millionen Euro für die ganze Firma.",
             note="refused offer ('Wir haben abgelehnt') -> cancelled; 'im selben Jahr' = 2024"),
        deal("maschenwerk-kettbaum-gpu", ["Maschenwerk", "Kettbaum Rechenzentrum"], "cloud_contract", 400_000, "EUR", "approx",
             None, "signed",
             "Unsere Grafikkarten mieten wir bei Kettbaum in Nürnberg, monatlich rund 400.000 Euro.",
             per="month",
             note="'wir' = Maschenwerk; monthly GPU rent, undated"),
    ],
    not_deals=["95.000 Euro", "mehr als einer Milliarde Euro", "14,50 Euro", "8 Euro"],
)

A["017_luxury_close_bourseatelier_en.txt"] = dict(
    published="2026-02-12",
    published_note="from the line 'Thursday, 12 February 2026 · Close of trading'; 'on Wednesday' -> 2026-02-11; 'on Tuesday' -> 2026-02-10",
    language="en",
    deals=[
        deal("lvmh-google-agents-2026", ["LVMH", "Google"], "cloud_contract", 400_000_000, "USD", "exact",
             "2026-02-11", "signed",
             "LVMH rose 2.1% to €598.20 after the group disclosed on Wednesday a second, three-year contract with Google Cloud worth $400 million for \"agentic\" shopping assistants on its maisons' websites.",
             note="second LVMH–Google contract; different from the 2024 contract restated in the next sentence"),
        deal("lvmh-google-cloud-2024", ["LVMH", "Google"], "cloud_contract", 1_200_000_000, "USD", "approx",
             "2024-03", "signed",
             "The new agreement sits on top of the roughly $1.2 billion, five-year cloud deal the two struck in March 2024.",
             note="restates 001/002; 'the two' = LVMH and Google"),
        deal("pandora-skovlys-2026", ["Pandora", "Skovlys Vision"], "acquisition", 380_000_000, "DKK", "at_least",
             "2026-02-10", "signed",
             "Pandora gained 3.4% to DKK 1,012 after the Copenhagen jeweller agreed on Tuesday to buy Skovlys Vision, a local developer of augmented-reality ring try-on software, for more than DKK 380 million.",
             note="'more than' -> at_least; the share price in the same sentence is not a deal"),
    ],
    not_deals=["€598.20", "€720", "DKK 1,012", "DKK 4 billion", "DKK 31 million", "€287.40", "€39.55", "€171.80", "about €2 billion",
               "€21.14", "€23.05", "€51.36", "SEK 168.90", "€9 billion", "€6 billion", "€2,214.00", "€1,800 a year"],
)

A["018_inditex_ardora_orzanledger_en.txt"] = dict(
    published="2026-03-18",
    published_note="from the line 'Published 18 Mar 2026, 10:05 CET'; 'on Tuesday' -> 2026-03-17; 'this month' -> 2026-03",
    language="en",
    deals=[
        deal("inditex-ai-plan-2028", ["Inditex"], "capex_plan", 1_800_000_000, "EUR", "exact",
             "2026-03-17", "planned",
             "A CORUÑA — Inditex plans to invest €1.8 billion in artificial intelligence, data and computing capacity by the end of 2028, the Zara owner said on Tuesday as it presented a record set of annual results.",
             term=["2026", "2028"],
             note="AI-specific spending plan, the article's lead; only the spender"),
        deal("lameiro-ardora-loan-2026", ["Banco Lameiro", "Ardora Cómputo"], "other", 120_000_000, "EUR", "exact",
             "2026-03", "signed",
             "Ardora Cómputo, the young operator whose first hall on the edge of Arteixo went live in the autumn, has secured a €120 million loan from Banco Lameiro to build a second one, the company said this month.",
             kind_alt=["investment"],
             note="construction loan"),
        deal("aws-ardora-lease-talks", ["Amazon", "Ardora Cómputo"], "cloud_contract", 200_000_000, "EUR", "range",
             "2026-03", "negotiating",
             "Ardora is also negotiating with Amazon Web Services over a lease of the new hall worth between €200 million and €250 million over ten years, two people involved in the discussions told The Orzán Ledger.",
             amount_max=250_000_000, kind_alt=["other"],
             note="talks reported by sources, 'between … and' -> range"),
    ],
    not_deals=["€6.1 billion", "€39.1 billion", "€1.75 per share", "€52.70", "€15 million", "€78 per megawatt-hour",
               "€38,000 a year", "€220 a week", "€6 a month"],
)

KURZ = ("Beteiligungen und Aufträge: Der Schweizer Laufschuhhersteller On investiert 25 Millionen Franken in das Zürcher "
        "Start-up Limmatwerk AI, der japanische Garnhersteller Hoshizora Fibers übernimmt für 2,8 Milliarden Yen ein Fünftel "
        "von Tessitura Nova aus Prato, und Puma zahlt dem Hamburger Bilddienst Pixelsaum künftig 1,5 Millionen Euro pro "
        "Quartal für KI-generierte Produktfotos.")

A["019_wochenrueckblick_tuchboerse.txt"] = dict(
    published="2026-10-16",
    published_note="from the issue line 'Freitag, 16. Oktober 2026 · Nr. 42 · 79. Jahrgang'; 'am Mittwoch' -> 2026-10-14; 'in dieser Woche' -> 2026-10",
    language="de",
    deals=[
        deal("hm-shenlan-planning-2026", ["H&M", "Shenlan Zhizao"], "supply", 180_000_000, "CNY", "exact",
             "2026-10-14", "signed",
             "Der Auftrag an Shenlan Zhizao hat ein Volumen von 180 Millionen Yuan, umgerechnet rund 22 Millionen Euro, wie H&M am Mittwoch bestätigte.",
             alt=[(22_000_000, "EUR")], kind_alt=["other", "cloud_contract"],
             note="AI supply-chain planning contract"),
        deal("on-limmatwerk-2026", ["On Holding", "Limmatwerk AI"], "investment", 25_000_000, "CHF", "exact",
             "2026-10", "signed", KURZ,
             note="first of three deals in one 'Kurz notiert' sentence; 'in dieser Woche' -> month"),
        deal("hoshizora-tessitura-stake-2026", ["Hoshizora Fibers", "Tessitura Nova"], "investment", 2_800_000_000, "JPY", "exact",
             "2026-10", "signed", KURZ,
             kind_alt=["acquisition"],
             note="20 % stake; second of three deals in one sentence; Tessitura Nova's third deal in the corpus (009 contract and round)"),
        deal("puma-pixelsaum-2026", ["Puma", "Pixelsaum"], "supply", 1_500_000, "EUR", "exact",
             "2026-10", "signed", KURZ,
             per="quarter", kind_alt=["other"],
             note="quarterly fee; third of three deals in one sentence"),
    ],
    not_deals=["1,4 Milliarden Euro", "57,4 Milliarden Kronen", "212 Euro pro Quadratmeter", "3.680 Euro im Monat", "68 US-Cent",
               "79 Euro", "298 Euro", "198 Euro"],
)

A["020_zalando_mirrorcloth_fittingroom_en.txt"] = dict(
    published="2026-11-10",
    published_note="from 'Posted 10/11/2026 at 07:20' (British day/month order, a UK site); 'on Monday' -> 2026-11-09; 'last year' -> 2025",
    language="en",
    deals=[
        deal("zalando-mirrorcloth-acquisition-2026", ["Zalando", "Mirrorcloth"], "acquisition", 160_000_000, "GBP", "exact",
             "2026-11-09", "signed",
             "Zalando has agreed to buy Mirrorcloth, the London virtual try-on start-up, for £160 million (about $210 million), the German online retailer said on Monday, ending more than two years of on-off flirtation between the two companies.",
             alt=[(210_000_000, "USD")],
             note="different from the 2024 licensing talks (001) and the denied 2025 report (012); '$210 million' is the deal's USD conversion, '£210 million' below is the 2025 valuation (not a deal)"),
        deal("harrier-mirrorcloth-seriesb", ["Harrier Point Partners", "Mirrorcloth"], "investment", 40_000_000, "GBP", "exact",
             "2025-05", "completed",
             "Mirrorcloth last raised money in May 2025, a £40 million Series B led by Harrier Point Partners, a London growth investor.",
             note="lead investor listed"),
        none("marlowfinch-mirrorcloth-licence", ["Marlow & Finch", "Mirrorcloth"], "supply", "2025", "signed",
             "Mirrorcloth's software is also used by Marlow & Finch, the British high-street label, under a licence signed last year.",
             required=False, kind_alt=["other"],
             note="amount-less background licence; optional"),
    ],
    not_deals=["about £210 million", "around £11 million", "between £8 and £15", "£650 million", "€22.14", "more than €17 billion",
               "£299 a month", "£75,000-£90,000", "£7 a month", "£70 a year"],
)

ALIASES = {
    "LVMH": ["LVMH", "LVMH Moët Hennessy Louis Vuitton"],
    "Google": ["Google", "Google Cloud", "Alphabet"],
    "Nordmoor Capital": ["Nordmoor Capital", "Nordmoor"],
    "Mirrorcloth": ["Mirrorcloth"],
    "Zalando": ["Zalando", "Zalando SE"],
    "Hugo Boss": ["Hugo Boss", "Hugo Boss AG", "Boss"],
    "Atelier Quanta": ["Atelier Quanta"],
    "H&M": ["H&M", "H&M Group", "H & M", "Hennes & Mauritz"],
    "Fitloom": ["Fitloom"],
    "Lindgrün Ventures": ["Lindgrün Ventures", "Lindgrün"],
    "Adidas": ["Adidas", "adidas AG"],
    "Maschenwerk": ["Maschenwerk", "Maschenwerk KI GmbH", "Maschenwerk KI"],
    "Puma": ["Puma", "Puma SE"],
    "Kettbaum Rechenzentrum": ["Kettbaum Rechenzentrum", "Kettbaum Rechenzentrum GmbH", "Kettbaum"],
    "Kering": ["Kering"],
    "Ribbonstack": ["Ribbonstack", "Ribbonstack Inc."],
    "OpenAI": ["OpenAI"],
    "Inditex": ["Inditex", "Industria de Diseño Textil"],
    "Ardora Cómputo": ["Ardora Cómputo", "Ardora"],
    "Kaveri Loomworks": ["Kaveri Loomworks", "Kaveri"],
    "Tessitura Nova": ["Tessitura Nova"],
    "Kvarnholm Sparbank": ["Kvarnholm Sparbank"],
    "Microsoft": ["Microsoft", "Azure"],
    "Maison Orsenne": ["Maison Orsenne", "Orsenne"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Nvidia": ["Nvidia", "NVIDIA"],
    "Stadt Metzingen": ["Stadt Metzingen", "Metzingen"],
    "Ermstal Analytics": ["Ermstal Analytics"],
    "Pandora": ["Pandora", "Pandora A/S"],
    "Skovlys Vision": ["Skovlys Vision", "Skovlys"],
    "Banco Lameiro": ["Banco Lameiro"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Shenlan Zhizao": ["Shenlan Zhizao", "Shenlan"],
    "On Holding": ["On Holding", "On"],
    "Limmatwerk AI": ["Limmatwerk AI", "Limmatwerk"],
    "Hoshizora Fibers": ["Hoshizora Fibers", "Hoshizora"],
    "Pixelsaum": ["Pixelsaum"],
    "Harrier Point Partners": ["Harrier Point Partners", "Harrier Point"],
    "Marlow & Finch": ["Marlow & Finch", "Marlow and Finch"],
}


def main():
    articles = {}
    for name in sorted(A):
        a = A[name]
        articles[name] = {
            "published": a["published"],
            "published_note": a["published_note"],
            "language": a["language"],
            "deals": a["deals"],
            "not_deals": a["not_deals"],
        }
    gold = {"about": ABOUT, "articles": articles, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(articles)} articles, {sum(len(a['deals']) for a in articles.values())} deal mentions")


if __name__ == "__main__":
    main()
