#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus139/articles/.

The annotation lives here as data; edit it here and run the script to rewrite gold.json:
    python3 tests/corpus139/make_gold.py
Same format and rules as tests/corpus15/gold.json and ../shared/gold/seeds.json.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 139th held-out test corpus (tests/corpus139/articles/): advertising "
    "agencies, marketing groups, out-of-home companies and TV broadcasters buying AI and compute. Written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. One entry per article; a deal that several articles "
    "report carries the same id in each. 'required': false marks vague or background mentions (amount-less "
    "background deals, group-wide AI spending plans, denied rumours, a refused offer) that an extractor may "
    "report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them "
    "as a deal is an error. Amounts are in full units and in the currency the article states; 'amount_max' "
    "closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', "
    "'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or at another precision. 'date' is when the deal was announced "
    "or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', "
    "from the article's own date marker, dateline, <time datetime>/<meta>, issue line or stamp, or null when "
    "the article has none); a cancelled deal keeps the date of the talks or offer; 'term' is the period the "
    "deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Brightmoor Signals, Sedgecombe Partners, Leuchtfeld "
    "Data, Domstadt Mobil, Oostgrift, Woordsmid, Harnwell Analytics, Lumenfall, Nordkai Compute, Alsterkontor "
    "Bank, Cressfield Outdoor, Pennant Broadcasting, Klangwerft, Fördewerk, Promptmühle; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the deals of "
    "real companies are partly loosely based on public reports, partly invented or shifted. Nothing here is "
    "reporting."
)


def deal(id, parties, kind, amount, currency, qualifier, date, status, required, evidence,
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
    return d


def art(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ARTICLES = {}

ARTICLES["001_publicis_ai_plan_briefroom_en.txt"] = art(
    "2024-01-26", "from the issue line 'Issue 12 · Friday 26 January 2024'; 'on Thursday' -> 2024-01-25; "
    "'earlier this month' -> 2024-01; 'last year' -> 2023", "en",
    [
        deal("publicis-ai-plan-2024", ["Publicis Groupe"], "capex_plan", 350_000_000, "EUR", "exact",
             "2024-01-25", "planned", False,
             "Publicis Groupe told analysts on Thursday that it will spend €350 million, roughly $380 million, "
             "across the coming three years on an in-house AI layer that sits across its creative, media and "
             "data businesses.",
             term=["2024", "2026"], alt=[(380_000_000, "USD")],
             note="group-wide AI spending plan (only the spender) -> optional under the corpus rules; "
                  "'will spend' -> planned; the €150 million for 2024 is a part of it (not_deal)"),
        deal("omnicom-flywheel", ["Omnicom", "Flywheel"], "acquisition", 845_000_000, "USD", "exact",
             "2024-01", "signed", True,
             "Omnicom agreed earlier this month to pay $845 million in cash for Flywheel Digital, the Ascential "
             "unit that runs retail-media campaigns on Amazon and Walmart storefronts.",
             note="'earlier this month' -> month; repeated as '$845m — Omnicom for Flywheel' in the numbers box; "
                  "Ascential (seller) and Amazon/Walmart (storefronts) are not parties"),
        deal("wpp-nvidia-content-engine", ["WPP", "Nvidia"], "partnership", None, None, None,
             "2023", "announced", False,
             "Its content engine built with Nvidia, unveiled last year, is being rolled out to more clients, "
             "but London has not said what it costs or what it will spend next.",
             note="amount-less background partnership ('Its' = WPP, previous sentence); 'last year' -> 2023"),
    ],
    ["€150 million", "€13.1 billion", "€91.20", "€104", "$120 million", "$107 billion", "£395"],
)

ARTICLES["002_brightmoor_wpp_seriesa_pixelpound_en.txt"] = art(
    "2024-03-14", "from the header '14 Mar 2024, 09:12 GMT'; 'announced on Wednesday' -> 2024-03-13", "en",
    [
        deal("wpp-brightmoor-seriesa", ["WPP", "Brightmoor Signals"], "investment", 18_000_000, "GBP", "exact",
             "2024-03-13", "completed", True,
             "Brightmoor Signals, a Clerkenwell company whose software predicts how an advert will perform "
             "before a single pound of media is bought, has raised £18 million in Series A funding, with WPP as "
             "lead investor.",
             note="round listed with its lead investor; date from the next sentence ('The deal was announced "
                  "on Wednesday'); Sedgecombe Partners also took part; different from WPP's takeover of "
                  "Brightmoor in 2025 (011, 012)"),
        deal("sedgecombe-brightmoor-seed", ["Sedgecombe Partners", "Brightmoor Signals"], "investment",
             None, None, None, "2022", "completed", False,
             "The deal was announced on Wednesday; Sedgecombe Partners, which wrote the seed cheque in 2022, "
             "also put in money, as did a handful of angels from the agency world.",
             note="amount-less background mention of the 2022 seed round; Sedgecombe's part in the Series A "
                  "is not a deal of its own"),
        deal("brightmoor-nscale-gpu", ["Brightmoor Signals", "Nscale"], "cloud_contract", 4_000_000, "GBP",
             "at_least", "2024-03", "signed", True,
             "Brightmoor has committed more than £4 million to Nscale for GPU capacity over two years, moving "
             "its training runs off a patchwork of spot instances.",
             note="'more than' -> at_least; no day given -> month of the article"),
    ],
    ["£95 million", "£3.2 million", "£1.90 per GPU-hour", "£140,000", "£249 a month"],
)

ARTICLES["003_stroeer_leuchtfeld_veedelsblatt.txt"] = art(
    "2024-05-16", "from the dateline without year 'Köln, 16. Mai (vb)' and the copyright line '© 2024 "
    "Veedelsblatt Köln-Ost'; 'am Mittwoch' -> 2024-05-15; 'im März' -> 2024-03", "de",
    [
        deal("stroeer-leuchtfeld-stake-2024", ["Ströer", "Leuchtfeld Data"], "investment", 8_000_000, "EUR",
             "exact", "2024-05-15", "signed", True,
             "Was dort geschieht, ist dem Kölner Außenwerbekonzern Ströer jetzt einiges wert: Für ein Fünftel "
             "der Anteile an der Leuchtfeld Data GmbH zahlt der Konzern aus Braunsfeld acht Millionen Euro.",
             kind_alt=["acquisition"],
             note="amount in words; 'der Konzern aus Braunsfeld' = Ströer; signing 'am Mittwoch' in the next "
                  "sentence; 20 % stake, different from the takeover of the remaining 80 % in 2026 (018)"),
        deal("leuchtfeld-domstadt-pilot", ["Domstadt Mobil", "Leuchtfeld Data"], "other", 1_100_000, "EUR",
             "approx", "2024-03", "signed", True,
             "Für den zweijährigen Testbetrieb zahlt das Verkehrsunternehmen rund 1,1 Millionen Euro, "
             "inklusive Wartung.",
             kind_alt=["supply", "cloud_contract"],
             note="'das Verkehrsunternehmen' = Domstadt Mobil GmbH; the pilot contract with Leuchtfeld was "
                  "concluded 'schon im März' (previous sentence)"),
    ],
    ["rund 1,9 Milliarden Euro", "rund 1,2 Millionen Euro", "2,3 Millionen Euro",
     "17,50 Euro pro Quadratmeter", "je 50 Euro"],
)

ARTICLES["004_oostgrift_coreweave_canalring_en.html"] = art(
    "2024-09-19", "from <meta article:published_time>, JSON-LD and <time datetime='2024-09-19T07:30'> "
    "('19 September 2024'); 'on Wednesday' -> 2024-09-18; 'last week' -> 2024-09", "en",
    [
        deal("oostgrift-coreweave-2024", ["Oostgrift", "CoreWeave"], "cloud_contract", 60_000_000, "USD",
             "exact", "2024-09-18", "signed", True,
             "The company said on Wednesday that it has signed a two-year, $60 million contract with CoreWeave "
             "for access to Nvidia GPUs in the American provider's European data centres, worth about €54 "
             "million at current rates.",
             alt=[(54_000_000, "EUR")],
             note="'The company' = Oostgrift Group (previous sentence); Nvidia only makes the chips; first "
                  "Oostgrift–CoreWeave contract, different from the $95m contract of 2026 (016)"),
        deal("oostgrift-woordsmid", ["Oostgrift", "Woordsmid"], "acquisition", 14_000_000, "EUR", "range",
             "2024-09", "signed", True,
             "Neither side disclosed terms; the price, two insiders say, lies between €14 million and €16 "
             "million, mostly in cash with a performance-linked tail.",
             amount_max=16_000_000,
             note="parties in the previous sentence ('Oostgrift agreed last week to acquire Woordsmid'); "
                  "price only from insiders, as a range"),
    ],
    ["€23.40", "€1.9 billion", "€412 million", "$19 billion", "€1,899", "€14.99 a month"],
)

ARTICLES["005_omnicom_interpublic_bollard_en.txt"] = art(
    "2024-12-10", "from the wire stamp 'December 10, 2024 06:05 ET' and the dateline 'NEW YORK, Dec 9'; "
    "'on Monday' -> 2024-12-09; 'last month' -> 2024-11", "en",
    [
        deal("omnicom-interpublic", ["Omnicom", "Interpublic"], "acquisition", 13_300_000_000, "USD", "approx",
             "2024-12-09", "signed", True,
             "Omnicom agreed on Monday to buy Interpublic in an all-share deal putting a value of about $13.3 "
             "billion on its smaller rival, creating the largest advertising holding company in the world by "
             "revenue and folding two of the industry's biggest data operations into one.",
             alt=[(12_600_000_000, "EUR")],
             note="all-stock takeover; 006 states it as 'rund 12,6 Milliarden Euro' (alt_amounts); 015 "
                  "mentions the closing without amount"),
        deal("omnicom-harnwell-2024", ["Omnicom", "Harnwell Analytics"], "investment", 30_000_000, "USD",
             "exact", "2024-11", "completed", True,
             "Omnicom's venture arm led a $30 million round in Harnwell Analytics, a Chicago start-up that "
             "models audiences with machine learning, last month; Harnwell's software is already used by two "
             "Omnicom media agencies.",
             note="round listed with its lead investor (Omnicom's venture arm); different from Publicis's "
                  "takeover of Harnwell in 2026 (020)"),
    ],
    ["$25.6 billion", "$750 million a year", "$33.50", "about $20 billion"],
)

ARTICLES["006_werbeholdings_kommentar_renditeschleuse.txt"] = art(
    "2024-12-18", "from the header 'Gastkommentar | Mittwoch, 18. Dezember 2024'; 'vergangene Woche' -> "
    "2024-12; 'im Sommer' -> 2024", "de",
    [
        deal("omnicom-interpublic", ["Omnicom", "Interpublic"], "acquisition", 12_600_000_000, "EUR", "approx",
             "2024-12", "signed", True,
             "Vor diesem Hintergrund ist die rund 12,6 Milliarden Euro schwere Übernahme von Interpublic durch "
             "Omnicom zu lesen, die vergangene Woche verkündet wurde.",
             note="same deal as 005, stated in EUR and with the month only ('vergangene Woche')"),
        deal("publicis-influential", ["Publicis Groupe", "Influential"], "acquisition", 500_000_000, "USD",
             "approx", "2024", "completed", True,
             "Publicis hat früher als andere auf Daten gesetzt und im Sommer für rund 500 Millionen Dollar den "
             "Influencer-Vermarkter Influential gekauft, der Reichweiten von Zehntausenden Kreativen messbar "
             "macht.",
             note="'im Sommer' -> year"),
    ],
    ["112 Euro", "rund neun Milliarden Pfund", "217 Milliarden Dollar", "3,90 Euro im Monat"],
)

ARTICLES["007_publicis_lumenfall_werbeklima.txt"] = art(
    "2025-02-20", "from the issue line 'Ausgabe 3/2025 · Donnerstag, 20. Februar 2025 · Seite 18'; 'am "
    "Dienstag' -> 2025-02-18; 'Anfang des Monats' -> 2025-02", "de",
    [
        deal("publicis-lumenfall-licence", ["Publicis Groupe", "Lumenfall"], "partnership", 180_000_000, "EUR",
             "exact", "2025-02-18", "signed", True,
             "Wie der Konzern am Dienstag mitteilte, zahlt Publicis Groupe dem Pariser Modellentwickler "
             "Lumenfall über vier Jahre 180 Millionen Euro für exklusive Branchenrechte an dessen Sprach- und "
             "Bildmodellen.",
             term=[None, "2028-12"], kind_alt=["cloud_contract", "other"],
             note="exclusive model licence over four years, 'bis Ende 2028' (next sentence); different from "
                  "Publicis's €40m stake in Lumenfall in the same article"),
        deal("publicis-lumenfall-stake", ["Publicis Groupe", "Lumenfall"], "investment", 40_000_000, "EUR",
             "exact", "2025-02-18", "signed", True,
             "Zusätzlich beteiligt sich der Konzern mit 40 Millionen Euro an Lumenfall und erhält dafür einen "
             "Sitz im Aufsichtsgremium.",
             note="'der Konzern' = Publicis; announced together with the licence; the valuation of about "
                  "€650m is not a deal"),
        deal("lumenfall-scaleway", ["Lumenfall", "Scaleway"], "cloud_contract", 30_000_000, "EUR", "up_to",
             "2025-02", "signed", True,
             "Anfang des Monats schloss das Labor mit Scaleway eine Vereinbarung: GPU-Rechenzeit für bis zu 30 "
             "Millionen Euro, abrufbar über drei Jahre in einem Rechenzentrum südlich von Paris.",
             note="'das Labor' = Lumenfall"),
    ],
    ["rund 650 Millionen Euro", "elf Millionen Euro", "4,5 Millionen Euro", "13,96 Milliarden Euro",
     "ca. 650 Mio. Euro", "11 Mio. Euro", "690 Euro", "89 Euro im Jahr"],
)

ARTICLES["008_prosieben_nordkai_tickerbude.txt"] = art(
    "2025-04-09", "from the portal stamp '09.04.2025 – 08:41 Uhr'; 'Am Dienstagabend' -> 2025-04-08", "de",
    [
        deal("p7s1-nordkai-gpu-2025", ["ProSiebenSat.1", "Nordkai Compute"], "cloud_contract", 45_000_000, "EUR",
             "exact", "2025-04-08", "signed", True,
             "Am Dienstagabend unterzeichnete das Unternehmen einen 45-Millionen-Euro-Vertrag mit dem "
             "Hamburger GPU-Anbieter Nordkai Compute.",
             term=["2025-05", "2028-04"], alt=[(49_000_000, "USD")],
             note="compound amount; 'das Unternehmen' = ProSiebenSat.1 (previous sentence); three years from "
                  "May (next sentence); 009 states it as 'roughly $49 million' (alt_amounts); different from "
                  "the monthly cluster contract in 017"),
        deal("alsterkontor-nordkai-loan", ["Alsterkontor Bank", "Nordkai Compute"], "other", 80_000_000, "EUR",
             "exact", "2025-04", "signed", True,
             "Die 2022 gegründete Firma betreibt bislang zwei Cluster und wächst mit geliehenem Geld: Die "
             "Alsterkontor Bank stellt Nordkai für den Ausbau einen Kredit über 80 Millionen Euro bereit, "
             "besichert durch die Hardware und den Vertrag mit ProSiebenSat.1.",
             kind_alt=["investment"],
             note="loan; no day given -> month of the article"),
    ],
    ["6,12 Euro", "6,12 €", "knapp 1,4 Milliarden Euro", "1,05 Milliarden Euro", "28,70 €", "51,85 €", "7,50 Euro",
     "Orders ab 1 Euro"],
)

ARTICLES["009_upfront_ledger_weekly_apr25_en.txt"] = art(
    "2025-04-18", "from the issue line 'Vol. 6, No. 16 · Friday 18 April 2025'; 'last week' -> 2025-04; "
    "'on Monday' -> 2025-04-14; 'this week' -> 2025-04", "en",
    [
        deal("p7s1-nordkai-gpu-2025", ["ProSiebenSat.1", "Nordkai Compute"], "cloud_contract", 49_000_000, "USD",
             "approx", "2025-04", "signed", True,
             "ProSiebenSat.1 has signed a three-year deal worth roughly $49 million with Hamburg GPU provider "
             "Nordkai Compute, the broadcaster confirmed last week.",
             note="same contract as 008, in USD and with the month only"),
        deal("cressfield-brightmoor", ["Cressfield Outdoor", "Brightmoor Signals"], "other", 6_000_000, "GBP",
             "exact", "2025-04-14", "signed", True,
             "Cressfield Outdoor, which sells about 4,000 roadside and rail screens across the Midlands and "
             "the North, signed a three-year, £6 million contract with Brightmoor Signals on Monday.",
             kind_alt=["cloud_contract", "partnership"],
             note="software licence for creative pre-scoring"),
        deal("pennant-nscale", ["Pennant Broadcasting", "Nscale"], "cloud_contract", 2_100_000, "GBP", "exact",
             "2025-04", "signed", True,
             "Pennant Broadcasting, the Cardiff-based regional broadcaster, will pay Nscale £2.1 million a year "
             "for a dedicated block of GPUs in the provider's UK capacity, chief financial officer Gareth "
             "Penhallow told us this week.",
             per="year",
             note="yearly rate over four years (next sentence); 'this week' is when it was told -> month"),
    ],
    ["£4.3bn", "£11", "€1.05bn", "£640", "$18 monthly"],
)

ARTICLES["010_klangwerft_hafenrand.html"] = art(
    "2025-05-22", "from <meta name=date> and the visible line 'Hamburg · 22.05.2025, 10:15 Uhr'; 'am "
    "Mittwoch' -> 2025-05-21; 'im Januar' -> 2025-01", "de",
    [
        deal("sedgecombe-klangwerft-seriesa", ["Sedgecombe Partners", "Klangwerft"], "investment", 25_000_000,
             "EUR", "exact", "2025-05-21", "completed", True,
             "Die Klangwerft GmbH hat eine Finanzierungsrunde über 25 Millionen Euro abgeschlossen.",
             note="lead investor and 'am Mittwoch' in the next sentence ('Angeführt wird die Serie A von der "
                  "Londoner Beteiligungsgesellschaft Sedgecombe Partners'); the headline repeats '25 Millionen'"),
        deal("p7s1-klangwerft-dubbing", ["ProSiebenSat.1", "Klangwerft"], "other", 3_000_000, "EUR", "approx",
             "2025-01", "signed", True,
             "ProSiebenSat.1 zahlt dem Start-up jährlich rund drei Millionen Euro für die Synchronisation von "
             "Trailern, Werbespots und Teilen des Streaming-Katalogs.",
             per="year", term=["2025-01", "2027-12"], kind_alt=["supply"],
             note="yearly rate in words; 'dem Start-up' = Klangwerft; framework contract signed 'im Januar', "
                  "runs 'bis Ende 2027' (next sentence)"),
    ],
    ["rund 9.000 Euro", "unter 1.000 Euro", "rund 110 Millionen Euro", "1,5 Millionen Euro",
     "bis zu 95.000 Euro", "ab 249 Euro", "7,99 Euro monatlich"],
)

ARTICLES["011_wpp_brightmoor_talks_fleetside_en.txt"] = art(
    "2025-06-16", "from the header 'Business | Monday 16 June 2025'", "en",
    [
        deal("wpp-brightmoor-acquisition", ["WPP", "Brightmoor Signals"], "acquisition", 140_000_000, "GBP",
             "approx", "2025", "rumored", True,
             "WPP is close to agreeing a takeover of Brightmoor Signals, the London company whose software "
             "predicts how well an advert will work before it runs, in a deal worth around £140m, say three "
             "insiders, two of them on the buyer's side.",
             alt=[(138_000_000, "GBP"), (187_000_000, "USD")],
             note="rumour from insiders; 012 reports the signing at £138m (about $187m) on 2025-09-15 "
                  "(alt_amounts); the year keeps the shared id's dates consistent; the reader comment repeats "
                  "'£140m'"),
        deal("publicis-brightmoor-talks", ["Publicis Groupe", "Brightmoor Signals"], "acquisition", None, None,
             None, "2025", "rumored", False,
             "Publicis was also said to have looked at Brightmoor this spring.",
             note="amount-less rumour, denied by Publicis in the next sentence ('not in discussions')"),
        deal("wpp-ai-spend", ["WPP"], "capex_plan", 250_000_000, "GBP", "approx", None, "announced", False,
             "WPP, which spends roughly £250m a year on data, technology and AI, is under pressure to show "
             "what that money buys.",
             per="year",
             note="group-wide yearly technology spending, background -> optional"),
    ],
    ["£9m", "572p", "$1.3560"],
)

ARTICLES["012_wpp_brightmoor_aldwych_en.txt"] = art(
    "2025-09-16", "from the date line 'Tuesday 16 September 2025 · Companies · Page 11'; 'on Monday' -> "
    "2025-09-15; 'in March 2024' -> 2024-03; 'Last year' -> 2024", "en",
    [
        deal("wpp-brightmoor-acquisition", ["WPP", "Brightmoor Signals"], "acquisition", 138_000_000, "GBP",
             "exact", "2025-09-15", "signed", True,
             "WPP is buying Brightmoor Signals, the London AI company that tests adverts before they run, for "
             "£138 million, or about $187 million.",
             alt=[(187_000_000, "USD")],
             note="signing 'on Monday' in the next sentence; the June rumour (011) signed 'three months later'; "
                  "headline repeats '£138m'"),
        deal("wpp-brightmoor-seriesa", ["WPP", "Brightmoor Signals"], "investment", 18_000_000, "GBP", "exact",
             "2024-03", "completed", True,
             "The group led Brightmoor's £18 million funding round in March 2024 and has held just under a "
             "fifth of the shares since.",
             note="restates the Series A of 002 ('The group' = WPP); must stay apart from the takeover in the "
                  "same article"),
        deal("wpp-fgs-sale", ["WPP", "FGS Global"], "acquisition", 775_000_000, "USD", "approx", "2024",
             "completed", False,
             "Last year it sold its remaining stake in the communications consultancy FGS Global for about "
             "$775 million; part of the proceeds went on paying down debt, and part was set aside for "
             "acquisitions.",
             kind_alt=["investment", "other"],
             note="background sale of a stake ('it' = WPP), buyer not named -> optional"),
    ],
    ["£5.2 billion", "371p", "a little more than £10 million a year", "£19.99 a month"],
)

ARTICLES["013_wpp_google_bollard_en.txt"] = art(
    "2025-10-15", "from the wire stamp 'Oct 15, 2025 · 05:50 GMT' and the dateline 'LONDON, Oct 14'; 'on "
    "Tuesday' -> 2025-10-14; 'earlier this year' -> 2025", "en",
    [
        deal("wpp-google-2025", ["WPP", "Google"], "cloud_contract", 380_000_000, "USD", "exact", "2025-10-14",
             "signed", True,
             "WPP has signed a five-year, $380 million agreement with Google that gives the advertising group "
             "priority access to the search company's Gemini models, cloud capacity and engineering support, "
             "the two companies said on Tuesday.",
             alt=[(330_000_000, "EUR")], kind_alt=["partnership"],
             note="014 states it as 'rund 330 Millionen Euro' with the month only (alt_amounts); 020 mentions "
                  "it without amount"),
        deal("wpp-stability-stake", ["WPP", "Stability AI"], "investment", None, None, None, "2025",
             "completed", False,
             "The company took an undisclosed stake in Stability AI earlier this year and has tested a string "
             "of image generators for product photography.",
             note="amount-less background stake ('The company' = WPP)"),
    ],
    ["339 pence", "$13.6 billion", "360 pence", "$80 billion"],
)

ARTICLES["014_spotlaenge_newsletter_okt25.txt"] = art(
    "2025-10-24", "from the issue line 'Ausgabe 42/2025 · Freitag, 24. Oktober 2025'; 'Mitte Oktober' -> "
    "2025-10; 'am Mittwoch' -> 2025-10-22", "de",
    [
        deal("wpp-google-2025", ["WPP", "Google"], "cloud_contract", 330_000_000, "EUR", "approx", "2025-10",
             "signed", True,
             "Der Londoner Werbekonzern WPP bindet sich für fünf Jahre an Google. Volumen des Mitte Oktober "
             "geschlossenen Pakets: rund 330 Millionen Euro.",
             kind_alt=["partnership"],
             note="same deal as 013, in EUR and with the month only"),
        deal("stroeer-google-dooh", ["Ströer", "Google"], "cloud_contract", 25_000_000, "EUR", "up_to",
             "2025-10-22", "signed", True,
             "Der Außenwerber zahlt dafür bis zu 25 Millionen Euro über drei Jahre, abhängig von der "
             "tatsächlich genutzten Rechenleistung.",
             note="'Der Außenwerber' = Ströer, signing 'am Mittwoch' (previous sentence)"),
    ],
    ["gut 2,05 Milliarden Euro", "32 Euro", "35 Euro", "45 bis 60 Euro", "27,8 Milliarden Euro",
     "149 Euro", "19 Euro im Monat"],
)

ARTICLES["015_omnicom_aws_lexingtonrow_en.html"] = art(
    "2026-01-14", "from <meta parsely-pub-date> and the visible byline 'Wed Jan 14, 2026'; 'on Tuesday' -> "
    "2026-01-13", "en",
    [
        deal("omnicom-aws-2026", ["Omnicom", "Amazon"], "cloud_contract", 500_000_000, "USD", "exact",
             "2026-01-13", "signed", True,
             "Omnicom will commit half a billion dollars over five years to Amazon Web Services, the "
             "advertising group said on Tuesday, making Amazon's cloud unit the main engine for the planning, "
             "content and measurement software it is rebuilding after its takeover of Interpublic.",
             note="amount in words ('half a billion dollars'); the title repeats it"),
        deal("omnicom-interpublic", ["Omnicom", "Interpublic"], "acquisition", None, None, None, None,
             "completed", False,
             "The contract is the first big technology decision since Omnicom closed its purchase of "
             "Interpublic in late November.",
             note="amount-less restatement of the 2024 deal (closing in late November 2025); date left null "
                  "because the shared id is dated by the agreement (2024-12-09)"),
    ],
    ["$25 billion", "$400 million", "$132 billion", "$81.40", "$3,450 a month", "$12 a month",
     "$29 a month"],
)

ARTICLES["016_medien_liveticker_quotenkurve.txt"] = art(
    "2026-01-29", "from the ticker header 'Donnerstag, 29. Januar 2026'; 'am Mittwoch' -> 2026-01-28; the "
    "entries without a day are dated 2026-01", "de",
    [
        deal("oostgrift-coreweave-2026", ["Oostgrift", "CoreWeave"], "cloud_contract", 95_000_000, "USD",
             "exact", "2026-01-28", "signed", True,
             "Die Amsterdamer Agenturgruppe Oostgrift hat bei CoreWeave weitere GPU-Kapazität für 95 "
             "Millionen Dollar (rund 81 Millionen Euro) gebucht.",
             alt=[(81_000_000, "EUR")],
             note="three-year contract signed 'am Mittwoch' (next sentence); second Oostgrift–CoreWeave "
                  "contract, different from 2024 (004)"),
        deal("havas-ai-plan", ["Havas"], "capex_plan", 450_000_000, "EUR", "approx", "2026-01", "planned",
             False,
             "Der französische Werbekonzern Havas will bis Ende 2028 rund 450 Millionen Euro in KI-Werkzeuge, "
             "Datenlizenzen und Weiterbildung stecken.",
             term=[None, "2028-12"],
             note="group-wide AI spending plan -> optional"),
        deal("sedgecombe-stroeer-dooh", ["Sedgecombe Partners", "Ströer"], "acquisition", 1_100_000_000, "EUR",
             "range", "2026-01", "rumored", False,
             "Ströer weist einen Bericht zurück, wonach der Finanzinvestor Sedgecombe Partners die digitale "
             "Außenwerbung des Konzerns für 1,1 bis 1,3 Milliarden Euro übernehmen wolle.",
             amount_max=1_300_000_000,
             note="denied rumour -> optional; 018 refers to the denial without parties or amount "
                  "(not annotated)"),
        deal("rtl-anthropic-licence", ["RTL Group", "Anthropic"], "cloud_contract", 70_000_000, "EUR",
             "approx", "2026-01", "negotiating", True,
             "RTL Group verhandelt nach Informationen aus Branchenkreisen mit dem US-Entwickler Anthropic über "
             "eine Konzernlizenz für dessen Claude-Modelle. Im Gespräch sei ein Vertrag über rund 70 Millionen "
             "Euro mit vier Jahren Laufzeit, der Redaktionen, Vermarktung und Streamingdienste abdecken soll.",
             kind_alt=["partnership", "other"],
             note="talks reported by sources, 'noch nicht unterschriftsreif' -> negotiating"),
    ],
    ["5,48 Euro", "31,20 Euro", "47,35 Euro", "24,90 Euro", "1,02 Milliarden Euro", "292 Millionen Euro",
     "zwischen 3,7 und 3,9 Milliarden Euro", "249 Euro netto im Monat", "6,99 Euro im Monat"],
)

ARTICLES["017_nordkai_interview_serverkammer.txt"] = art(
    None, "interview without any date (only 'Lesedauer: 6 Minuten'); all dates null", "de",
    [
        deal("p7s1-nordkai-gpu-2025", ["ProSiebenSat.1", "Nordkai Compute"], "cloud_contract", 45_000_000, "EUR",
             "exact", None, "signed", True,
             "Der Vertrag mit ProSiebenSat.1 über 45 Millionen Euro für drei Jahre war für uns der Durchbruch "
             "– damit konnten wir bei den Banken ganz anders auftreten.",
             note="restates the contract of 008; 'uns' = Nordkai Compute"),
        deal("p7s1-nordkai-cluster", ["ProSiebenSat.1", "Nordkai Compute"], "cloud_contract", 1_800_000, "EUR",
             "approx", None, "signed", True,
             "ProSiebenSat.1 zahlt dafür Monat für Monat rund 1,8 Millionen Euro, vereinbart sind erst einmal "
             "24 Monate.",
             per="month",
             note="monthly rate for a second, separate cluster ('Das ist ein eigener Vertrag, unabhängig vom "
                  "ersten'); 'Seit diesem Monat' cannot be resolved in an undated interview"),
        deal("sedgecombe-nordkai-offer", ["Sedgecombe Partners", "Nordkai Compute"], "acquisition", None, None,
             None, None, "cancelled", False,
             "Sedgecombe Partners hat uns im Herbst ein Angebot gemacht, einen dreistelligen Millionenbetrag.",
             note="refused offer ('Wir haben abgelehnt'); 'dreistelliger Millionenbetrag' is no amount; "
                  "'im Herbst' cannot be resolved"),
    ],
    ["2,40 Euro", "19 Cent je Kilowattstunde", "120.000 Euro jährlich", "12,50 Euro", "98 Euro"],
)

ARTICLES["018_stroeer_leuchtfeld_chartkammer.txt"] = art(
    "2026-03-04", "from the portal stamp '04.03.2026 | 07:58'; 'am Dienstag' -> 2026-03-03; 'im Mai 2024' -> "
    "2024-05", "de",
    [
        deal("stroeer-leuchtfeld-takeover", ["Ströer", "Leuchtfeld Data"], "acquisition", 60_000_000, "EUR",
             "approx", "2026-03-03", "signed", True,
             "Für die restlichen 80 Prozent der Anteile zahlt der MDAX-Konzern knapp 60 Millionen Euro, wie er "
             "am Dienstag nach Börsenschluss mitteilte.",
             note="'knapp' -> approx; 'der MDAX-Konzern' = Ströer, target Leuchtfeld Data (previous sentence); "
                  "the implied valuation of about €75m is not a deal"),
        deal("stroeer-leuchtfeld-stake-2024", ["Ströer", "Leuchtfeld Data"], "investment", 8_000_000, "EUR",
             "exact", "2024-05", "signed", True,
             "Ströer war im Mai 2024 mit 20 Prozent bei Leuchtfeld eingestiegen und hatte damals acht Millionen "
             "Euro gezahlt.",
             kind_alt=["acquisition"],
             note="restates the 2024 stake of 003, amount in words; must stay apart from the takeover"),
    ],
    ["rund 75 Millionen Euro", "rund 14 Millionen Euro", "48,90 €", "62,00 €", "1,85 €", "2,11 Mrd. €",
     "612 Mio. €", "gut 2,1 Milliarden Euro", "612 Millionen Euro", "1,85 Euro je Aktie",
     "Kursziel von 62 Euro", "knapp 2,8 Milliarden Euro", "ab 39 Euro"],
)

ARTICLES["019_foerdewerk_promptmuehle_foerdekurier.txt"] = art(
    "2026-06-13", "from the date line 'KIEL · Samstag, 13. Juni 2026'; 'am Donnerstag' -> 2026-06-11; 'im "
    "Mai' -> 2026-05", "de",
    [
        deal("foerdewerk-promptmuehle", ["Fördewerk", "Promptmühle"], "acquisition", 9_500_000, "EUR", "exact",
             "2026-06-11", "signed", True,
             "Der Kaufpreis liegt bei neuneinhalb Millionen Euro, wie Fördewerk-Chef Sönke Harmsen am "
             "Donnerstag bei einem Pressetermin im Kieler Kaufhaus-Turm bekannt gab.",
             note="amount in words; parties in the previous sentence (Fördewerk übernimmt die Promptmühle GmbH)"),
        deal("foerdewerk-nordkai", ["Fördewerk", "Nordkai Compute"], "cloud_contract", 2_400_000, "EUR",
             "approx", "2026-05", "signed", True,
             "Bereits im Mai schloss die Agentur mit dem GPU-Anbieter Nordkai Compute einen Vertrag über knapp "
             "2,4 Millionen Euro für zwei Jahre ab.",
             note="'die Agentur' = Fördewerk; 'knapp' -> approx"),
    ],
    ["rund 38 Millionen Euro", "400.000 Euro", "ab 58.000 Euro", "rund 1,3 Millionen Euro", "je 100 Euro"],
)

ARTICLES["020_agency_stocks_agencytape_en.txt"] = art(
    "2026-11-12", "from the header 'Market report · Thursday, 12 November 2026 · Close of trading'; 'on "
    "Tuesday' -> 2026-11-10; 'on Monday' -> 2026-11-09; 'last week' -> 2026-11; 'in October last year' -> "
    "2025-10", "en",
    [
        deal("publicis-harnwell", ["Publicis Groupe", "Harnwell Analytics"], "acquisition", 210_000_000, "USD",
             "exact", "2026-11-10", "signed", True,
             "Publicis agreed on Tuesday to buy Harnwell Analytics, the Chicago audience-modelling start-up, "
             "for $210 million in cash, buying out Omnicom's minority holding in the process.",
             note="Omnicom sells its minority stake as part of the deal (not a party of its own); different "
                  "from Omnicom's $30m round in Harnwell (005)"),
        deal("sedgecombe-oostgrift-bid", ["Sedgecombe Partners", "Oostgrift"], "acquisition", 1_100_000_000,
             "EUR", "exact", "2026-11", "cancelled", True,
             "Oostgrift's board on Monday rejected a €1.1 billion takeover approach from Sedgecombe Partners, "
             "saying it \"materially undervalues\" the Amsterdam agency group.",
             note="rejected approach, withdrawn -> cancelled; the approach itself is not dated, the rejection "
                  "was on 2026-11-09 -> month; €27.50 a share is the per-share price (not_deal)"),
        deal("dentsu-sakura-stake", ["Dentsu", "Sakura Internet"], "investment", 12_000_000_000, "JPY", "exact",
             "2026-11", "signed", True,
             "In Tokyo, Dentsu agreed last week to buy a 4.9 per cent stake in Sakura Internet for ¥12 billion "
             "(about $79 million), securing priority access to the data-centre operator's GPU capacity for its "
             "Japanese AI services.",
             alt=[(79_000_000, "USD")],
             note="'last week' -> month"),
        deal("wpp-google-2025", ["WPP", "Google"], "cloud_contract", None, None, None, "2025-10", "signed", False,
             "Management pointed to its Google partnership, signed in October last year, and to client wins in "
             "retail media, but revenue less pass-through costs still fell 4 per cent in the third quarter.",
             kind_alt=["partnership"],
             note="amount-less background mention of the deal of 013/014"),
    ],
    ["about $31 million", "€97.60", "€118", "€27.50 a share", "€23.90", "¥3,410", "298p", "$84.15", "€1.62",
     "€50.40", "$1.17 trillion", "£1,200 a year", "£15 a month"],
)

ALIASES = {
    "Publicis Groupe": ["Publicis"],
    "Omnicom": [],
    "Interpublic": [],
    "Flywheel": ["Flywheel Digital"],
    "WPP": [],
    "Nvidia": [],
    "Brightmoor Signals": ["Brightmoor"],
    "Sedgecombe Partners": ["Sedgecombe"],
    "Nscale": [],
    "Ströer": [],
    "Leuchtfeld Data": ["Leuchtfeld Data GmbH", "Leuchtfeld"],
    "Domstadt Mobil": ["Domstadt Mobil GmbH"],
    "Oostgrift": ["Oostgrift Group"],
    "CoreWeave": [],
    "Woordsmid": [],
    "Harnwell Analytics": ["Harnwell"],
    "Influential": [],
    "Lumenfall": [],
    "Scaleway": [],
    "ProSiebenSat.1": ["ProSieben"],
    "Nordkai Compute": ["Nordkai"],
    "Alsterkontor Bank": ["Alsterkontor"],
    "Cressfield Outdoor": ["Cressfield"],
    "Pennant Broadcasting": ["Pennant"],
    "Klangwerft": ["Klangwerft GmbH"],
    "FGS Global": [],
    "Stability AI": [],
    "Google": ["Google Cloud"],
    "Amazon": ["Amazon Web Services", "AWS"],
    "Havas": [],
    "RTL Group": ["RTL"],
    "Anthropic": [],
    "Fördewerk": [],
    "Promptmühle": ["Promptmühle GmbH"],
    "Dentsu": ["Dentsu Group"],
    "Sakura Internet": [],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(ARTICLES)} articles, "
          f"{sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
