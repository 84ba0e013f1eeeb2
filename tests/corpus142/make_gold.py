#!/usr/bin/env python3
"""Write gold.json for tests/corpus142 (the hand annotation as a script).

Usage: python3 tests/corpus142/make_gold.py
Edit the annotation here, then run this script and check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 142nd held-out test corpus (tests/corpus142/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: universities, research centres and public laboratories buying "
    "AI compute (supercomputers and AI factories, GPU orders, compute-time contracts, cloud credits and research "
    "partnerships with model makers, funding from foundations and investors). One entry per article; a deal that "
    "several articles report carries the same id in each. 'required': false marks vague or background mentions "
    "that an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: "
    "reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. "
    "'alt_amounts' gives the same deal's amount as another article (or the same article) states it in another "
    "currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or "
    "YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own date "
    "marker, dateline, <time datetime>/<meta>, issue line or stock-portal stamp, or null when the article has "
    "none); a cancelled deal keeps the date of the original agreement or offer; 'term' is the period the deal "
    "covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. "
    "For .html articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). "
    "Government and EU money (EuroHPC and national budgets, grants by ministries) is treated as public aid and "
    "listed under not_deals; money from foundations, investors and companies is annotated. Invented companies: "
    "Rurtal Inference GmbH, Kaltfluss Kühltechnik GmbH, Eberhard-Lenzkirch-Stiftung, Marwick Foundation, "
    "Quarrymoor Labs, Naraebit Cloud, Seoreum AI, Mapo Growth Partners, Isarlicht Systems GmbH, Nordgipfel "
    "Ventures, Lumenreach Cloud, Calderstone Capital, Holmsland Bioinformatics, Fundació Serralada, Tessaline AI, "
    "Fondazione Arcobruna, Ponteverde Calcolo, Halvard Compute, Wendelstein Aerotechnik, Kamogawa Neural, Sumida "
    "Bridge Ventures, Kochertal Data GmbH, Brenzhalde Invest; invented publications, research houses, advertisers "
    "and people are listed in invented_names.txt; the deals of real institutes and companies are partly real, "
    "partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Forschungszentrum Jülich": ["Forschungszentrum Jülich", "Forschungszentrums Jülich", "FZJ", "Forschungszentrum"],
    "Rurtal Inference": ["Rurtal Inference GmbH", "Rurtal Inference", "Rurtal"],
    "Eberhard-Lenzkirch-Stiftung": ["Eberhard-Lenzkirch-Stiftung", "Lenzkirch-Stiftung"],
    "Kaltfluss Kühltechnik": ["Kaltfluss Kühltechnik GmbH", "Kaltfluss Kühltechnik", "Kaltfluss"],
    "EuroHPC": ["EuroHPC", "EuroHPC Joint Undertaking", "EuroHPC JU"],
    "ParTec": ["ParTec", "ParTec AG"],
    "Eviden": ["Eviden"],
    "University of Bristol": ["University of Bristol"],
    "HPE": ["HPE", "Hewlett Packard Enterprise", "HPEs", "Cray"],
    "Marwick Foundation": ["Marwick Foundation"],
    "University of Cambridge": ["University of Cambridge", "Cambridge University"],
    "Quarrymoor Labs": ["Quarrymoor Labs", "Quarrymoor"],
    "KISTI": ["KISTI", "Korea Institute of Science and Technology Information"],
    "Naraebit Cloud": ["Naraebit Cloud", "Naraebit"],
    "Seoreum AI": ["Seoreum AI", "Seoreum"],
    "Mapo Growth Partners": ["Mapo Growth Partners"],
    "Leibniz-Rechenzentrum": ["Leibniz-Rechenzentrum", "Leibniz-Rechenzentrums", "LRZ",
                              "Leibniz Supercomputing Centre"],
    "Isarlicht Systems": ["Isarlicht Systems GmbH", "Isarlicht Systems", "Isarlicht", "Isarlichts"],
    "Nordgipfel Ventures": ["Nordgipfel Ventures", "Nordgipfel"],
    "Argonne National Laboratory": ["Argonne National Laboratory", "Argonne"],
    "Lumenreach Cloud": ["Lumenreach Cloud", "Lumenreach"],
    "Intel": ["Intel", "Intel Corp."],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Calderstone Capital": ["Calderstone Capital", "Calderstone"],
    "Nvidia": ["Nvidia", "NVIDIA", "Nvidias"],
    "CSCS": ["CSCS", "Swiss National Supercomputing Centre"],
    "Danish Centre for AI Innovation": ["Danish Centre for AI Innovation", "DCAI"],
    "Novo Nordisk Foundation": ["Novo Nordisk Foundation", "Novo-Nordisk-Stiftung"],
    "Holmsland Bioinformatics": ["Holmsland Bioinformatics", "Holmsland"],
    "CINECA": ["CINECA", "CINECAs"],
    "OpenAI": ["OpenAI"],
    "Barcelona Supercomputing Center": ["Barcelona Supercomputing Center", "BSC"],
    "Fundació Serralada": ["Fundació Serralada", "Serralada"],
    "Tessaline AI": ["Tessaline AI", "Tessaline"],
    "Lenovo": ["Lenovo"],
    "Fondazione Arcobruna": ["Fondazione Arcobruna", "Arcobruna"],
    "Ponteverde Calcolo": ["Ponteverde Calcolo", "Ponteverde"],
    "Dell": ["Dell", "Dell Technologies"],
    "Oak Ridge National Laboratory": ["Oak Ridge National Laboratory", "ORNL", "Oak Ridge"],
    "AMD": ["AMD", "Advanced Micro Devices"],
    "Oracle": ["Oracle"],
    "HLRS": ["HLRS", "Höchstleistungsrechenzentrum Stuttgart"],
    "Knut and Alice Wallenberg Foundation": ["Knut and Alice Wallenberg Foundation",
                                             "Knut-und-Alice-Wallenberg-Stiftung", "KAW"],
    "Linköping University": ["Linköping University", "Universität Linköping"],
    "Halvard Compute": ["Halvard Compute", "Halvard"],
    "Wendelstein Aerotechnik": ["Wendelstein Aerotechnik"],
    "University of Edinburgh": ["University of Edinburgh"],
    "Anthropic": ["Anthropic"],
    "RIKEN": ["RIKEN"],
    "Fujitsu": ["Fujitsu"],
    "Kamogawa Neural": ["Kamogawa Neural", "Kamogawa"],
    "Sumida Bridge Ventures": ["Sumida Bridge Ventures"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Technische Universität München": ["Technische Universität München", "TU München", "TUM",
                                       "Technical University of Munich"],
    "Dieter Schwarz Stiftung": ["Dieter Schwarz Stiftung"],
    "IPAI": ["IPAI", "Innovationspark Künstliche Intelligenz", "Innovation Park Artificial Intelligence"],
    "Hochschule Heilbronn": ["Hochschule Heilbronn"],
    "Kochertal Data": ["Kochertal Data GmbH", "Kochertal Data", "Kochertal"],
    "Brenzhalde Invest": ["Brenzhalde Invest", "Brenzhalde"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
      amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
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


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ARTICLES = {}

ARTICLES["001_juelich_rechenzeit_rurauenbote.txt"] = A(
    "2024-02-27",
    "from the header 'JÜLICH · Dienstag, 27. Februar 2024'; 'am Montagnachmittag' and 'Ebenfalls am Montag' -> "
    "2024-02-26; 'vergangene Woche' -> 2024-02",
    "de",
    [
        D("fzj-rurtal-rechenzeit-2024", ["Rurtal Inference", "Forschungszentrum Jülich"], "cloud_contract",
          6000000, "EUR", "approx", "2024-02-26", "signed",
          "Ab April zahlt die Ausgründung dem Forschungszentrum dafür jährlich rund sechs Millionen Euro.",
          per="year", term=["2024-04", "2027-03"],
          note="yearly rate, amount in words; 'die Ausgründung' = Rurtal Inference GmbH (previous sentence); "
               "signed 'am Montagnachmittag' (first sentence of the article); three years from April; different "
               "from the 2026 JUPITER contract of the same pair (019)"),
        D("lenzkirch-fzj-grant-2024", ["Eberhard-Lenzkirch-Stiftung", "Forschungszentrum Jülich"], "other",
          30000000, "EUR", "exact", "2024-02-26", "announced",
          "Die Aachener Stiftung stellt dem Forschungszentrum über zehn Jahre dreißig Millionen Euro zur "
          "Verfügung, verteilt auf vier Nachwuchsgruppen für KI in den Lebenswissenschaften und einen eigenen "
          "Rechenknoten.",
          kind_alt=["investment"],
          note="foundation grant, amount in words; 'Die Aachener Stiftung' = Eberhard-Lenzkirch-Stiftung "
               "(previous sentence, 'Ebenfalls am Montag')"),
        D("kaltfluss-fzj-cooling-2024", ["Kaltfluss Kühltechnik", "Forschungszentrum Jülich"], "supply",
          18000000, "EUR", "approx", "2024-02", "signed",
          "Knapp 18 Millionen Euro ist der Auftrag wert, wie Kaltfluss bestätigte.",
          note="'knapp' = just under -> approx; the order won 'vergangene Woche' and the buyer "
               "('liefert dem Forschungszentrum') are in the two sentences before"),
        D("eurohpc-jupiter-partec-eviden", ["EuroHPC", "Forschungszentrum Jülich", "ParTec", "Eviden"], "supply",
          None, None, None, "2023", "signed",
          "Im Hintergrund wächst derweil der Exascale-Rechner JUPITER, den ein Konsortium aus ParTec und Eviden "
          "baut; den Zuschlag hatten das Forschungszentrum und der europäische Verbund EuroHPC im Herbst 2023 "
          "erteilt.",
          required=False,
          note="background without amount; the ~€500m in the next sentence is the publicly funded total for "
               "construction and six years of operation (not_deal), not the contract value"),
    ],
    ["rund 500 Millionen Euro", "rund 400.000 Euro Gewerbesteuer", "6,3 Millionen Euro", "8.990 Euro"],
)

ARTICLES["002_isambard_cambridge_backfill_en.txt"] = A(
    "2024-05-16",
    "from the issue line 'Issue 14 · Thursday 16 May 2024'; 'on Monday' -> 2024-05-13, 'on Tuesday' -> 2024-05-14",
    "en",
    [
        D("bristol-hpe-isambard-phase2", ["University of Bristol", "HPE"], "supply",
          160000000, "GBP", "approx", "2024-05-13", "signed",
          "The University of Bristol has signed a contract worth about £160 million with Hewlett Packard "
          "Enterprise for the second phase of Isambard-AI, the national AI machine going up on the edge of the "
          "city.",
          note="'The paperwork was completed on Monday' (next sentence); paid out of the £225m government "
               "allocation, which itself is public aid (not_deal)"),
        D("marwick-cambridge-2024", ["Marwick Foundation", "University of Cambridge"], "other",
          25000000, "GBP", "exact", "2024-05-14", "announced",
          "The Marwick Foundation, the charity created by the family behind a Midlands engineering fortune, will "
          "give the University of Cambridge £25m over five years, the university announced on Tuesday.",
          kind_alt=["investment"],
          note="foundation gift; different from the foundation's £40m gift of 2026 (017)"),
        D("quarrymoor-cambridge-dawn", ["Quarrymoor Labs", "University of Cambridge"], "cloud_contract",
          350000, "GBP", "exact", "2024-05", "signed",
          "The company will pay £350,000 a month for twelve months starting in June, chief executive Tamsin "
          "Achterberg confirmed.",
          per="month", term=["2024-06", "2025-05"],
          note="monthly rate; 'The company' = Quarrymoor Labs, which 'has agreed to rent a dedicated slice of "
               "Dawn from the university' (previous sentence); no signing day -> month of the issue"),
    ],
    ["£225 million", "roughly £60 million", "£1.85", "£300 million", "£11,900", "£48,000–£56,000", "£41,500"],
)

ARTICLES["003_kisti_hpe_daedeok_en.txt"] = A(
    "2024-07-09",
    "from the stamp 'Updated 2024.07.09 14:20 KST'; 'on Monday' -> 2024-07-08; 'last month' -> 2024-06",
    "en",
    [
        D("kisti-hpe-supercomputer6", ["KISTI", "HPE"], "supply",
          130000000000, "KRW", "exact", "2024-07-08", "signed",
          "On Monday KISTI said the two sides had signed a 130 billion won ($94 million) contract for a system "
          "that combines conventional CPU nodes with a large partition of Nvidia accelerators.",
          alt=[(94000000, "USD")],
          note="'the two sides' = KISTI and Hewlett Packard Enterprise (previous sentence); Nvidia supplies "
               "chips but is not a party"),
        D("kisti-naraebit-gpu-lease", ["KISTI", "Naraebit Cloud"], "cloud_contract",
          15000000000, "KRW", "range", "2024-07", "negotiating",
          "Two people involved in the talks said the lease would be worth between 15 billion and 18 billion won, "
          "depending on how many of the chips are the newer H200 model.",
          amount_max=18000000000,
          note="parties in the previous sentence ('KISTI is negotiating with Naraebit Cloud'); value from sources"),
        D("mapo-seoreum-seriesa", ["Mapo Growth Partners", "Seoreum AI"], "investment",
          25000000000, "KRW", "exact", "2024-06", "completed",
          "Seoreum AI, founded in 2022 by three KAIST researchers to build Korean-language models for hospitals, "
          "closed a 25 billion won Series A last month.",
          note="lead investor in the next sentence ('Mapo Growth Partners led the round'); valuation is a not_deal"),
    ],
    ["about 120 billion won", "about 55 million won", "1.1 trillion won", "$17.48"],
)

ARTICLES["004_lrz_isarlicht_isartal.txt"] = A(
    "2024-09-11",
    "from the dateline without year 'Garching, 11. September (iwd)', year from '© 2024 Isartal "
    "Wirtschaftsdienst'; 'Am Dienstag' -> 2024-09-10; 'im August' -> 2024-08",
    "de",
    [
        D("lrz-hpe-2024-expansion", ["Leibniz-Rechenzentrum", "HPE"], "supply",
          14000000, "EUR", "approx", "2024-09-10", "signed",
          "Der Auftrag hat nach Angaben aus dem Rechenzentrum einen Wert von rund 14 Millionen Euro.",
          note="ordered 'Am Dienstag' from Hewlett Packard Enterprise (previous sentence); restated in 008 "
               "('Schon im September'); different from the Blue Lion contract of the same pair (008, 009)"),
        D("nordgipfel-isarlicht-seed", ["Nordgipfel Ventures", "Isarlicht Systems"], "investment",
          9000000, "EUR", "exact", "2024-08", "completed",
          "Die TUM-Ausgründung Isarlicht Systems GmbH, die KI-Modelle für die Auslegung von Windkraft- und "
          "Flugzeugbauteilen entwickelt, hat im August in einer Seed-Runde neun Millionen Euro eingesammelt.",
          note="amount in words; lead investor in the next sentence ('Die Führung übernahm Nordgipfel Ventures')"),
    ],
    ["rund 40 Millionen Euro", "knapp 20 Millionen Euro", "rund 5,5 Milliarden Euro", "89 Euro netto",
     "390 Euro"],
)

ARTICLES["005_argonne_lumenreach_prairiepath_en.html"] = A(
    "2024-11-15",
    "from <meta property=article:published_time> and <time datetime='2024-11-15T06:30:00-06:00'> (visible "
    "'Nov. 15, 2024'); 'on Thursday' -> 2024-11-14; 'this week' -> 2024-11",
    "en",
    [
        D("argonne-lumenreach-lease", ["Argonne National Laboratory", "Lumenreach Cloud"], "cloud_contract",
          140000000, "USD", "exact", "2024-11-14", "signed",
          "Under the lease, Argonne will pay Lumenreach $140 million for reserved use of several thousand H100 "
          "and H200 chips from Nvidia, according to the two parties.",
          term=["2025-01", None],
          note="three-year agreement signed 'on Thursday' (previous sentence); first capacity in January"),
        D("amazon-trainium-research-credits", ["Amazon"], "other",
          110000000, "USD", "exact", "2024-11", "announced",
          "Amazon said this week that it is committing $110 million in cloud credits and access to its Trainium "
          "chips for university-led AI research, in a program that labs at Carnegie Mellon and other schools "
          "have already joined.",
          kind_alt=["cloud_contract", "partnership"],
          note="credit programme for many universities; only the giver is a party (like a spending plan)"),
        D("argonne-aurora-2019", ["Argonne National Laboratory", "Intel", "HPE"], "supply",
          500000000, "USD", "exact", "2019", "signed",
          "Intel and Cray, now part of Hewlett Packard Enterprise, had won the $500 million contract to build it "
          "in 2019.",
          required=False,
          note="background; 'it' = Aurora, the lab's machine; Cray = HPE"),
    ],
    ["about $1.1 billion a year", "$2.3 billion", "$2.49 per GPU-hour", "$27 million", "$8,500", "$1"],
)

ARTICLES["006_wochenbrief_kw4_rechenkern.txt"] = A(
    "2025-01-24",
    "from the issue line 'KW 4/2025 · Freitag, 24. Januar 2025'; 'am Mittwoch' -> 2025-01-22; 'aus dem "
    "Dezember' -> 2024-12",
    "de",
    [
        D("calderstone-isarlicht-seriesa", ["Calderstone Capital", "Isarlicht Systems"], "investment",
          60000000, "EUR", "approx", "2025", "rumored",
          "Die Londoner Beteiligungsgesellschaft Calderstone Capital verhandelt Insidern zufolge darüber, eine "
          "Runde von rund 60 Millionen Euro anzuführen.",
          alt=[(68000000, "USD")],
          note="rumour from insiders; closed on 2025-07-01 at €60m/$68m (012, alt_amounts), restated in 016 and "
               "(without amount) 019; the year keeps the shared id's dates consistent"),
        D("nvidia-isarlicht-denied", ["Nvidia", "Isarlicht Systems"], "investment",
          30000000, "USD", "exact", "2024-12", "rumored",
          "Einen Bericht aus dem Dezember, wonach Nvidia mit 30 Millionen Dollar bei Isarlicht einsteigen wolle, "
          "nannte eine Sprecherin des Start-ups dagegen „schlicht falsch\".",
          required=False,
          note="denied rumour -> optional"),
        D("cscs-hpe-alps-2025", ["CSCS", "HPE"], "supply",
          48000000, "CHF", "exact", "2025-01-22", "signed",
          "Kostenpunkt: 48 Millionen Franken, umgerechnet rund 51 Millionen Euro.",
          alt=[(51000000, "EUR")],
          note="parties and 'am Mittwoch' in the previous sentence (CSCS ordered from Hewlett Packard Enterprise)"),
    ],
    ["etwa 250 Millionen Euro", "rund 40 Millionen Franken", "rund 485 Millionen Euro", "49 Euro", "79 Euro",
     "72.000 Euro"],
)

ARTICLES["007_dcai_gefion_nyhavn_en.txt"] = A(
    "2025-02-13",
    "from the dateline 'COPENHAGEN, 13 February 2025'; 'on Wednesday' and 'the same day' -> 2025-02-12; 'last "
    "month' -> 2025-01",
    "en",
    [
        D("dcai-nvidia-gefion-2025", ["Danish Centre for AI Innovation", "Nvidia"], "supply",
          450000000, "DKK", "exact", "2025-02-12", "signed",
          "The Danish Centre for AI Innovation (DCAI), which operates the Gefion machine, said on Wednesday it "
          "had placed an order with Nvidia for additional DGX systems and networking worth DKK 450 million "
          "(about $63 million).",
          alt=[(63000000, "USD"), (60000000, "EUR")],
          note="restated in 015 as 'umgerechnet rund 60 Millionen Euro' with month only (alt_amounts)"),
        D("novo-foundation-dcai-2025", ["Novo Nordisk Foundation", "Danish Centre for AI Innovation"],
          "investment", 600000000, "DKK", "exact", "2025-02-12", "announced",
          "The Novo Nordisk Foundation, DCAI's majority owner, will inject DKK 600 million into the company over "
          "the course of the year, the foundation confirmed in a statement published the same day.",
          note="equity injection by the owning foundation; 'the company' = DCAI"),
        D("holmsland-dcai-gpu-time", ["Holmsland Bioinformatics", "Danish Centre for AI Innovation"],
          "cloud_contract", 40000000, "DKK", "at_least", "2025-01", "signed",
          "The company signed a contract last month for GPU time on Gefion worth more than DKK 40 million over "
          "two years, according to its chief executive, Rasmus Fogh-Lindqvist.",
          note="'The company' = Holmsland Bioinformatics (previous sentence); Gefion is run by DCAI"),
    ],
    ["around DKK 700 million", "between DKK 14 and DKK 20", "roughly DKK 0.85 per kWh", "DKK 250 million",
     "about DKK 2.6 trillion", "more than DKK 3.7 trillion", "DKK 129 a month"],
)

ARTICLES["008_lrz_bluelion_foehnkurier.txt"] = A(
    "2025-03-19",
    "from the line 'Mittwoch, 19. März 2025 · Wirtschaft · Seite 11'; 'am Dienstag' -> 2025-03-18; 'Schon im "
    "September' -> 2024-09",
    "de",
    [
        D("lrz-hpe-blue-lion", ["Leibniz-Rechenzentrum", "HPE"], "supply",
          250000000, "EUR", "approx", "2025-03-18", "signed",
          "Rund 250 Millionen Euro ist der Vertrag über das System mit dem Namen „Blue Lion\" schwer, er umfasst "
          "Lieferung, Aufbau und Betrieb bis in die frühen 2030er-Jahre.",
          alt=[(270000000, "USD")],
          note="ordered 'am Dienstag' from Hewlett Packard Enterprise (previous sentence); 009 gives about $270m "
               "with month only (alt_amounts); 014 mentions it without amount"),
        D("lrz-hpe-2024-expansion", ["Leibniz-Rechenzentrum", "HPE"], "supply",
          14000000, "EUR", "approx", "2024-09", "signed",
          "Schon im September hatte das LRZ beim US-Konzern für rund 14 Millionen Euro zusätzliche GPU-Knoten "
          "und Speicher geordert, um die Wartezeiten auf dem bestehenden KI-System zu verkürzen.",
          note="'beim US-Konzern' = HPE; the 2024 order of 004 (month only here); a second deal of the same pair "
               "in the same article"),
        D("isarlicht-lrz-bluelion-compute", ["Isarlicht Systems", "Leibniz-Rechenzentrum"], "cloud_contract",
          4000000, "EUR", "up_to", "2025-03", "signed",
          "Die Garchinger Ausgründung Isarlicht Systems zahlt dem LRZ ab 2027 bis zu vier Millionen Euro jährlich "
          "für garantierte Rechenzeit auf Blue Lion.",
          per="year", term=["2027", None],
          note="yearly rate, amount in words; no signing day given -> month of the article"),
    ],
    ["rund 20 Millionen Euro für Strom", "rund 45.000 Dollar", "15,82 Euro"],
)

ARTICLES["009_ai_factories_harrowgate_en.txt"] = A(
    "2025-04-03",
    "from the line 'Research note · 3 April 2025'; 'in March' and 'last month' -> 2025-03",
    "en",
    [
        D("lrz-hpe-blue-lion", ["Leibniz-Rechenzentrum", "HPE"], "supply",
          270000000, "USD", "approx", "2025-03", "signed",
          "HPE booked the largest European research order of the quarter in March, when Munich's Leibniz "
          "Supercomputing Centre picked it for the Blue Lion system, a contract worth about $270 million "
          "including operation into the next decade.",
          note="same contract as 008 (€250m, 2025-03-18), here in USD with the month only"),
        D("cineca-eviden-it4lia", ["CINECA", "Eviden"], "supply",
          180000000, "EUR", "range", "2025", "negotiating",
          "In Bologna, CINECA is negotiating with Eviden over the main machine for the IT4LIA AI factory; our "
          "estimate for that contract is between €180m and €200m, with a decision likely before the summer.",
          amount_max=200000000, alt=[(190000000, "EUR")],
          note="talks, value only from the analysts (range); signed on 2025-06-24 at €190m (011, alt_amounts); "
               "the year keeps the shared id's dates consistent"),
        D("openai-nextgenai-2025", ["OpenAI"], "partnership",
          50000000, "USD", "exact", "2025-03", "announced",
          "OpenAI launched its NextGenAI consortium last month, pledging $50m in research grants, compute "
          "credits and API access to fifteen institutions including Harvard, MIT and the University of Oxford.",
          kind_alt=["other", "cloud_contract"],
          note="grants and credits to a consortium of fifteen institutions; only the giver is listed"),
    ],
    ["roughly €485m", "$9.6bn", "about $6.1bn", "around $30,000 to $40,000 per unit", "price target of $24",
     "$16.07", "around €40", "target $165"],
)

ARTICLES["010_bsc_serralada_diagonal_en.txt"] = A(
    "2025-06-10",
    "from the line 'Barcelona, 10/06/2025 – 09:12 CEST' (day first); 'on Monday' and 'on the same day' -> "
    "2025-06-09",
    "en",
    [
        D("serralada-bsc-gpu-2025", ["Fundació Serralada", "Barcelona Supercomputing Center"], "other",
          15000000, "EUR", "exact", "2025-06-09", "announced",
          "Fundació Serralada announced on Monday that it will contribute €15 million towards a dedicated GPU "
          "partition reserved for language models in Catalan, Spanish, Basque and Galician.",
          kind_alt=["investment"],
          note="foundation gift to BSC (named in the previous paragraph)"),
        D("tessaline-bsc-partnership", ["Tessaline AI", "Barcelona Supercomputing Center"], "partnership",
          3000000, "EUR", "at_least", "2025-06-09", "signed",
          "Under the agreement Tessaline will put at least €3 million into joint projects and compute time, and "
          "BSC researchers will get access to the company's training data.",
          kind_alt=["cloud_contract"],
          note="three-year research partnership signed 'on the same day' (previous sentence)"),
        D("bsc-marenostrum5-2022", ["Barcelona Supercomputing Center", "EuroHPC", "Eviden", "Lenovo"], "supply",
          151000000, "EUR", "exact", "2022", "completed",
          "The partition will be installed next to MareNostrum 5, which cost €151 million and was bought through "
          "the European EuroHPC programme from Atos, now Eviden, and Lenovo in 2022.",
          required=False,
          note="background purchase of 2022"),
    ],
    ["€19 million", "around €85 million", "€62 million", "€8 million", "roughly €90 million",
     "around €2.10 per GPU-hour", "€6.99"],
)

ARTICLES["011_cineca_eviden_viaemilia.html"] = A(
    "2025-06-25",
    "from <meta name=date content=2025-06-25> and the visible line 'Bologna · 25.06.2025, 11:40 Uhr'; 'am "
    "Dienstag' -> 2025-06-24",
    "de",
    [
        D("cineca-eviden-it4lia", ["CINECA", "Eviden"], "supply",
          190000000, "EUR", "exact", "2025-06-24", "signed",
          "Das Volumen liegt bei 190 Millionen Euro, wie beide Seiten in Casalecchio di Reno mitteilten.",
          note="parties and 'am Dienstag' in the previous sentence; headline compound "
               "'190-Millionen-Euro-Vertrag'; the negotiation is in 009"),
        D("arcobruna-cineca-vouchers", ["Fondazione Arcobruna", "CINECA"], "other",
          12000000, "EUR", "exact", "2025-06", "announced",
          "Parallel hat die Fondazione Arcobruna aus Modena zugesagt, zwölf Millionen Euro für Rechengutscheine "
          "bei CINECA bereitzustellen.",
          kind_alt=["investment", "cloud_contract"],
          note="foundation money for compute vouchers, amount in words; 'Parallel' gives no day -> month"),
        D("ponteverde-cineca-compute", ["Ponteverde Calcolo", "CINECA"], "cloud_contract",
          7000000, "EUR", "approx", "2025-06", "signed",
          "Das Unternehmen zahlt CINECA dafür über zwei Jahre rund sieben Millionen Euro.",
          note="'Das Unternehmen' = Ponteverde Calcolo (previous sentence); amount in words"),
    ],
    ["rund 430 Millionen Euro", "rund 240 Millionen Euro", "420 Euro", "1.290 Euro", "7,90 Euro"],
)

ARTICLES["012_isarlicht_seriesa_tensorwire_en.txt"] = A(
    "2025-07-02",
    "from the stamp 'July 2, 2025 at 6:00 am PDT'; 'on Tuesday' -> 2025-07-01",
    "en",
    [
        D("calderstone-isarlicht-seriesa", ["Calderstone Capital", "Isarlicht Systems"], "investment",
          60000000, "EUR", "exact", "2025-07-01", "completed",
          "Isarlicht Systems, a three-year-old spin-off from the Technical University of Munich that trains AI "
          "models for engineering simulation, has raised a €60 million ($68 million) Series A led by London's "
          "Calderstone Capital.",
          alt=[(68000000, "USD")],
          note="closing 'on Tuesday' (next sentence); the rumour of 006 signed"),
        D("isarlicht-dell-b200", ["Isarlicht Systems", "Dell"], "supply",
          25000000, "USD", "approx", "2025-07", "planned",
          "The company plans to spend about $25 million of the new money on Nvidia B200 servers from Dell, to be "
          "installed in a colocation facility near Munich airport before December.",
          kind_alt=["capex_plan"],
          note="'The company' = Isarlicht; a planned purchase"),
    ],
    ["about $310 million", "between $35,000 and $45,000", "around €3 million", "more than €20 million",
     "about €1.1 billion", "€590", "$8 a month"],
)

ARTICLES["013_ornl_amd_hpe_capitolridge_en.txt"] = A(
    "2025-10-28",
    "from the stamp 'October 28, 2025 · 06:10 ET' (dateline 'WASHINGTON, Oct 27'); 'on Monday' -> 2025-10-27",
    "en",
    [
        D("ornl-amd-hpe-discovery", ["Oak Ridge National Laboratory", "AMD", "HPE"], "partnership",
          1200000000, "USD", "approx", "2025-10-27", "signed",
          "The U.S. Department of Energy's Oak Ridge National Laboratory has agreed with Advanced Micro Devices "
          "and Hewlett Packard Enterprise to build its next flagship supercomputer, Discovery, in a "
          "public-private partnership valued at about $1.2 billion, the three said on Monday.",
          kind_alt=["supply", "project"], alt=[(1030000000, "EUR")],
          note="014 gives 'rund 1,03 Milliarden Euro' (alt_amounts); different from the Lux contract of the "
               "same three parties"),
        D("ornl-amd-hpe-lux", ["Oak Ridge National Laboratory", "AMD", "HPE"], "supply",
          200000000, "USD", "approx", "2025-10-27", "signed",
          "People familiar with the terms said Lux is worth around $200 million.",
          note="'a separate contract' with 'the same two companies' (previous sentence); value from sources"),
        D("argonne-nvidia-oracle-talks", ["Argonne National Laboratory", "Nvidia", "Oracle"], "partnership",
          None, None, None, "2025-10", "negotiating",
          "Separately, the department has been talking to Nvidia and Oracle about an AI system at Argonne "
          "National Laboratory near Chicago, two individuals involved in the discussions said.",
          required=False, kind_alt=["project"],
          note="talks without amount"),
    ],
    ["about $600 million", "roughly $8.2 billion", "$259.65", "about $421 billion", "$24.30"],
)

ARTICLES["014_amd_hpe_aktie_boersenkaskade.txt"] = A(
    "2025-10-29",
    "from the stamp '29.10.2025 – 07:41 Uhr'; 'am Montag' -> 2025-10-27; 'vergangene Woche' -> 2025-10; 'im "
    "Frühjahr' -> 2025",
    "de",
    [
        D("ornl-amd-hpe-discovery", ["Oak Ridge National Laboratory", "AMD", "HPE"], "partnership",
          1030000000, "EUR", "approx", "2025-10-27", "signed",
          "Der Wert der Partnerschaft wird mit rund 1,03 Milliarden Euro angegeben; die Konzerne tragen einen "
          "Teil der Kosten und dürfen dafür einen Teil der Rechenzeit selbst vermarkten.",
          kind_alt=["supply", "project"],
          note="parties and 'am Montag' in the previous sentence; same deal as 013 ($1.2bn)"),
        D("hlrs-hpe-herder", ["HLRS", "HPE"], "supply",
          115000000, "EUR", "approx", "2025-10", "signed",
          "Das Höchstleistungsrechenzentrum Stuttgart (HLRS) hatte vergangene Woche bei dem Konzern sein neues "
          "System „Herder\" bestellt; das Auftragsvolumen beziffern Kreise der Universität Stuttgart auf rund 115 "
          "Millionen Euro.",
          note="'bei dem Konzern' = HPE (previous sentence)"),
        D("lrz-hpe-blue-lion", ["Leibniz-Rechenzentrum", "HPE"], "supply",
          None, None, None, "2025", "signed",
          "Erst im Frühjahr hatte HPE den Zuschlag für Blue Lion erhalten, den nächsten Großrechner des "
          "Leibniz-Rechenzentrums (LRZ) in Garching.",
          required=False,
          note="restated without amount"),
    ],
    ["223,40 EUR", "rund 8,7 Milliarden Dollar", "275 Dollar", "mehr als 400 Millionen Euro", "24 Dollar",
     "230 Euro", "205 Euro", "236,80 Euro", "gut 360 Milliarden Euro", "einen Euro je Auftrag"],
)

ARTICLES["015_wallenberg_linkoeping_nordlicht.txt"] = A(
    "2025-11-14",
    "from the issue line 'Ausgabe 23/2025 · Freitag, 14. November 2025'; 'Am Donnerstag' -> 2025-11-13; 'im "
    "Februar' -> 2025-02",
    "de",
    [
        D("kaw-linkoping-2025", ["Knut and Alice Wallenberg Foundation", "Linköping University"], "other",
          400000000, "SEK", "approx", "2025-11-13", "announced",
          "Am Donnerstag sagte die Stiftung der Universität Linköping rund 400 Millionen Kronen für den "
          "Nachfolger des Systems Berzelius zu, umgerechnet etwa 36 Millionen Euro.",
          kind_alt=["investment"], alt=[(36000000, "EUR")],
          note="'die Stiftung' = Knut-und-Alice-Wallenberg-Stiftung (previous sentence); Swedish kronor"),
        D("linkoping-eviden-2025", ["Linköping University", "Eviden"], "supply",
          260000000, "SEK", "exact", "2025-11", "signed",
          "Eviden erhielt nach Angaben der Universität den Zuschlag für das System mit rund 1.500 "
          "Nvidia-Beschleunigern; der Liefervertrag hat einen Wert von 260 Millionen Kronen.",
          note="the hardware part paid out of the foundation money; 'der Universität' = Linköping; no day -> month"),
        D("dcai-nvidia-gefion-2025", ["Danish Centre for AI Innovation", "Nvidia"], "supply",
          60000000, "EUR", "approx", "2025-02", "signed",
          "Zum Vergleich: Das dänische Zentrum DCAI hatte im Februar bei Nvidia für umgerechnet rund 60 "
          "Millionen Euro zusätzliche DGX-Systeme für den Rechner Gefion nachbestellt.",
          note="same order as 007 (DKK 450m), here in EUR with month only"),
        D("kaw-linkoping-berzelius-2021", ["Knut and Alice Wallenberg Foundation", "Linköping University"],
          "other", None, None, None, "2021", "completed",
          "Die Stiftung hatte schon den ersten Berzelius 2021 bezahlt und ihn 2023 erweitert.",
          required=False, kind_alt=["investment"],
          note="background without amount (first Berzelius 2021, extension 2023)"),
    ],
    ["über 100 Milliarden Kronen", "420 Millionen Kronen", "0,62 Kronen je Kilowattstunde",
     "1,1 Millionen Kronen", "6 Millionen Euro", "59 Euro", "248 Euro"],
)

ARTICLES["016_isarlicht_interview_kernstunde.txt"] = A(
    None,
    "the interview has no date at all (only 'ca. 7 Minuten Lesezeit'); 'in diesem Jahr' cannot be resolved",
    "de",
    [
        D("calderstone-isarlicht-seriesa", ["Calderstone Capital", "Isarlicht Systems"], "investment",
          60000000, "EUR", "exact", None, "completed",
          "Calderstone hat 60 Millionen Euro eingebracht, das ist mehr, als wir in den ersten drei Jahren "
          "zusammen ausgegeben haben.",
          note="restated by the founder ('wir' = Isarlicht)"),
        D("halvard-isarlicht-offer", ["Halvard Compute", "Isarlicht Systems"], "acquisition",
          300000000, "EUR", "approx", None, "cancelled",
          "Halvard Compute aus Austin bot für die ganze Firma rund 300 Millionen Euro, in bar und Aktien.",
          note="refused takeover offer ('Wir haben Nein gesagt'); 'die ganze Firma' = Isarlicht; undated"),
        D("wendelstein-isarlicht-contract", ["Wendelstein Aerotechnik", "Isarlicht Systems"], "other",
          3500000, "EUR", "exact", None, "signed",
          "Wendelstein Aerotechnik, ein Zulieferer für Triebwerksteile aus Rosenheim, zahlt uns für ein Jahr "
          "Modelltraining und Betrieb 3,5 Millionen Euro, das ist unser bisher größter Einzelauftrag.",
          kind_alt=["cloud_contract"],
          note="'uns' = Isarlicht; customer contract for model training and operation"),
    ],
    ["zwischen 200.000 und 400.000 Euro", "über 35.000 Euro", "110.000 Euro", "14,80 Euro", "52 Euro"],
)

ARTICLES["017_edinburgh_hpe_forthcourier_en.txt"] = A(
    "2026-01-22",
    "from the line 'Thursday 22 January 2026 · Business'; 'on Wednesday' -> 2026-01-21, 'on Tuesday' -> "
    "2026-01-20; the Anthropic credits carry no day -> 2026-01",
    "en",
    [
        D("edinburgh-hpe-national", ["University of Edinburgh", "HPE"], "supply",
          420000000, "GBP", "approx", "2026-01-21", "signed",
          "The University of Edinburgh has chosen Hewlett Packard Enterprise to build the next national "
          "supercomputer at its Advanced Computing Facility at Easter Bush, in a hardware and installation "
          "contract worth around £420 million.",
          note="'signed on Wednesday' (next sentence); paid out of the £750m government commitment (not_deal)"),
        D("anthropic-edinburgh-credits", ["Anthropic", "University of Edinburgh"], "cloud_contract",
          5000000, "USD", "up_to", "2026-01", "signed",
          "Anthropic, the developer of the Claude models, has agreed to provide up to $5 million in API credits "
          "over two years for Edinburgh projects in language technology and AI safety, the university confirmed.",
          kind_alt=["partnership", "other"]),
        D("marwick-cambridge-2026", ["Marwick Foundation", "University of Cambridge"], "other",
          40000000, "GBP", "exact", "2026-01-20", "announced",
          "South of the border, the University of Cambridge announced on Tuesday that the Marwick Foundation is "
          "giving it forty million pounds to fund a new GPU cluster and a research computing institute.",
          kind_alt=["investment"],
          note="amount in words; the foundation's second gift, different from the £25m of 2024 (002)"),
    ],
    ["£750 million", "a further £12 million", "£25 million a year", "up to £2 billion", "$23.11", "$1.34"],
)

ARTICLES["018_riken_fujitsu_kabutoquay_en.html"] = A(
    "2026-03-10",
    "from <meta property=article:published_time content=2026-03-10T15:05:00+09:00> and the visible stamp 'Mar "
    "10, 2026 15:05 JST'; 'on Monday' -> 2026-03-09; 'last week' -> 2026-03",
    "en",
    [
        D("riken-fujitsu-fugakunext", ["RIKEN", "Fujitsu"], "supply",
          42000000000, "JPY", "exact", "2026-03-09", "signed",
          "Shares in Fujitsu rose 2.6% in Tokyo on Tuesday after the research institute RIKEN said it had signed "
          "a ¥42 billion ($280 million) contract with the company for the first stage of FugakuNEXT, the "
          "successor to the Fugaku supercomputer in Kobe.",
          kind_alt=["project"], alt=[(280000000, "USD")],
          note="'Monday's signing' (next sentence); 'the company' = Fujitsu"),
        D("kamogawa-riken-compute", ["Kamogawa Neural", "RIKEN"], "cloud_contract",
          450000000, "JPY", "exact", "2026-03", "signed",
          "The start-up is to pay ¥450 million a quarter for a minimum of two years, starting in April.",
          per="quarter", term=["2026-04", None],
          note="quarterly rate; 'The start-up' = Kamogawa Neural, renting capacity from RIKEN (previous sentence)"),
        D("sumida-kamogawa-round", ["Sumida Bridge Ventures", "Kamogawa Neural"], "investment",
          6500000000, "JPY", "exact", "2026-03", "completed",
          "Kamogawa raised ¥6.5 billion last week; Sumida Bridge Ventures led the round, with two regional banks "
          "joining.",
          note="'last week' -> the week of 2 March 2026"),
    ],
    ["¥3,412", "more than ¥110 billion", "¥3,900", "roughly ¥48 billion", "¥360 billion", "¥2,480 a month"],
)

ARTICLES["019_liveticker_forschung_laborfunk.txt"] = A(
    "2026-06-16",
    "from the ticker date 'Dienstag, 16. Juni 2026'; entries 'heute' -> 2026-06-16; 'im vergangenen Jahr' -> 2025",
    "de",
    [
        D("calderstone-isarlicht-seriesb", ["Calderstone Capital", "Isarlicht Systems"], "investment",
          140000000, "EUR", "exact", "2026-06-16", "completed",
          "Die Garchinger KI-Firma Isarlicht Systems hat in einer Serie B 140 Millionen Euro eingesammelt.",
          note="lead investor in the next sentence; different from the Series A of 2025 (006, 012, 016)"),
        D("calderstone-isarlicht-seriesa", ["Calderstone Capital", "Isarlicht Systems"], "investment",
          None, None, None, "2025", "completed",
          "Wie schon bei der Serie A im vergangenen Jahr führt Calderstone Capital aus London die Runde an.",
          required=False,
          note="the 2025 Series A restated without amount"),
        D("fzj-rurtal-jupiter-2026", ["Rurtal Inference", "Forschungszentrum Jülich"], "cloud_contract",
          900000, "EUR", "exact", "2026-06-16", "signed",
          "Ab Juli zahlt das Unternehmen monatlich 900.000 Euro für feste Kontingente auf dem Exascale-Rechner, "
          "zunächst für zwei Jahre.",
          per="month", term=["2026-07", "2028-06"],
          note="monthly rate; 'das Unternehmen' = Rurtal Inference GmbH, customer of the Forschungszentrum Jülich "
               "(previous sentence); different from the 2024 contract of the same pair (001)"),
        D("mistral-tum-partnership", ["Mistral AI", "Technische Universität München"], "partnership",
          6000000, "EUR", "approx", "2026-06-16", "announced",
          "Mistral stellt der Hochschule in den kommenden drei Jahren Rechenzeit und Modellzugänge für rund "
          "sechs Millionen Euro bereit, im Gegenzug bekommt das Unternehmen Zugriff auf ausgewählte "
          "Forschungsergebnisse.",
          kind_alt=["cloud_contract"],
          note="'der Hochschule' = Technische Universität München (previous sentence); announced 'heute Mittag'"),
        D("hpe-kaltfluss-rumour", ["HPE", "Kaltfluss Kühltechnik"], "acquisition",
          120000000, "EUR", "approx", "2026-06", "rumored",
          "Ein Bericht aus einem Branchenblog, wonach Hewlett Packard Enterprise den Kreuzauer Kühlspezialisten "
          "Kaltfluss Kühltechnik für rund 120 Millionen Euro übernehmen wolle, ist nach Aussage des Unternehmens "
          "„frei erfunden\".",
          required=False,
          note="denied rumour -> optional"),
    ],
    ["21,40 Euro", "171,05 Euro", "um die 700 Millionen Euro"],
)

ARTICLES["020_ipai_heilbronn_neckarwochenspiegel.txt"] = A(
    "2026-11-06",
    "from the issue line 'Ausgabe 45 | Freitag, 6. November 2026'; 'am Mittwoch' -> 2026-11-04; 'im Frühjahr' "
    "-> 2026",
    "de",
    [
        D("dss-ipai-cluster", ["Dieter Schwarz Stiftung", "IPAI"], "other",
          100000000, "EUR", "at_least", "2026-11-04", "announced",
          "Die Stiftung stellt dafür mehr als 100 Millionen Euro bereit, eine genaue Summe nannte sie nicht.",
          kind_alt=["investment", "project"],
          note="'Die Stiftung' = Dieter Schwarz Stiftung; recipient IPAI and 'am Mittwoch' in the previous sentence"),
        D("hhn-ipai-compute", ["Hochschule Heilbronn", "IPAI"], "cloud_contract",
          1200000, "EUR", "exact", "2026-11", "signed",
          "Die Hochschule Heilbronn sichert sich ab 2028 Rechenzeit für Lehre und Forschung und zahlt dem "
          "Innovationspark dafür jährlich 1,2 Millionen Euro.",
          per="year", term=["2028", None],
          note="yearly rate; 'dem Innovationspark' = IPAI; no day -> month of the issue"),
        D("brenzhalde-kochertal-takeover", ["Brenzhalde Invest", "Kochertal Data"], "acquisition",
          85000000, "EUR", "exact", "2026", "cancelled",
          "Der Kaufpreis hatte bei 85 Millionen Euro gelegen.",
          note="parties in the previous sentence ('Die im Frühjahr vereinbarte Übernahme ... ist geplatzt'); "
               "cancelled, dated to the spring 2026 agreement (year)"),
    ],
    ["etwa acht Millionen Euro pro Jahr", "46 Millionen Euro", "310 Millionen Euro", "189 Euro im Monat",
     "13,90 Euro", "9,50 Euro"],
)


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote {out} ({len(ARTICLES)} articles, {n} deal mentions)")


if __name__ == "__main__":
    main()
