#!/usr/bin/env python3
"""The hand annotation of corpus34 as code. Run it to (re)write gold.json:  python3 tests/corpus34/make_gold.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the thirty-fourth, held-out test corpus (tests/corpus34/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. Theme: neoclouds (CoreWeave, Lambda, Crusoe, Nebius, Together AI, Vultr, Fluidstack) and "
    "Oracle's cloud build-out, their contracts and their debt financing. One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague or background mentions (and deals "
    "stated without any amount) that an extractor may report or not without penalty. 'not_deals' lists money figures "
    "that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. "
    "'alt_amounts' gives the same deal's amount as another article (or the same article) states it in another currency, "
    "at another precision or at an earlier/later stage. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM "
    "or YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own date line, "
    "dateline, byline, <meta>/JSON-LD date or issue line, or null when the article has none); quarters, half-years and "
    "seasons become the year; a cancelled deal keeps the date of the original agreement; 'term' is the period the deal "
    "covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For "
    ".html articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented "
    "companies: Wenkebach Kältetechnik GmbH, Quorvia, Gannetstone Capital; invented publications, banks, advertisers "
    "and people are named in README.md; the deals of real companies loosely follow public reports with shifted "
    "amounts, dates and wording, some are invented outright. Nothing here is reporting."
)


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
    for k in ("term", "per", "alt_amounts", "kind_alt", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


A = {}

A["001_lambda_macquarie_stackwire_en.txt"] = dict(
    published="2024-04-04",
    published_note="from the byline 'Apr 4, 2024, 9:20 a.m. PT'; 'on Thursday' -> 2024-04-04; 'barely six weeks after' -> February 2024; 'last summer' -> 2023",
    language="en",
    deals=[
        deal("lambda-macquarie-loan", ["Lambda", "Macquarie Group"], "investment", 500_000_000, "USD", "exact",
             "2024-04-04", "signed",
             "GPU cloud Lambda has secured a $500 million special-purpose financing facility that uses the Nvidia processors it buys as collateral, the San Jose company said on Thursday.",
             kind_alt=["other"],
             note="GPU-backed debt; the arranger Macquarie Group is named in the next sentence ('Macquarie Group arranged the debt'); restated in 004"),
        deal("lambda-series-c", ["Lambda", "US Innovative Technology Fund"], "investment", 320_000_000, "USD", "exact",
             "2024-02", "completed",
             "The loan comes barely six weeks after a $320 million Series C.",
             note="lead investor in the next sentence; the $1.5bn valuation is not a deal; first of three Lambda equity rounds (C 2024, D 2025-02, E 2025-11)"),
        deal("coreweave-gpu-debt-2023", ["CoreWeave", "Magnetar", "Blackstone"], "investment", 2_300_000_000, "USD", "exact",
             "2023", "completed",
             "CoreWeave pioneered it last summer with a $2.3 billion facility from Magnetar and Blackstone.",
             required=False, kind_alt=["other"],
             note="background comparison; 'last summer' -> 2023"),
    ],
    not_deals=["$1.5 billion", "$250 million", "$2.49", "$15 a month", "$30,000"],
)

A["002_nebius_placement_kursdeck.txt"] = dict(
    published="2024-12-03",
    published_note="from the date line 'KURSDECK | Nasdaq-Werte | 03.12.2024 – 08:12 Uhr'; 'am Montag' -> 2024-12-02; 'im Oktober' -> 2024-10",
    language="de",
    deals=[
        deal("nebius-placement-2024", ["Nebius", "Accel", "Nvidia", "Orbis Investments"], "investment", 700_000_000, "USD", "exact",
             "2024-12-02", "signed",
             "Das aus der früheren Yandex-Mutter hervorgegangene KI-Infrastrukturunternehmen hat sich in einer Privatplatzierung 700 Millionen Dollar gesichert, umgerechnet rund 665 Millionen Euro.",
             alt_amounts=[alt(665_000_000, "EUR")],
             note="company by description ('Das aus der früheren Yandex-Mutter hervorgegangene KI-Infrastrukturunternehmen' = Nebius Group of the previous sentence); investors and 'am Montag' in the next sentence; restated in 003"),
        deal("nebius-capex-2024", ["Nebius"], "capex_plan", 1_000_000_000, "USD", "at_least",
             "2024-10", "announced",
             "Bereits im Oktober hatte der Vorstand angekündigt, bis Mitte 2025 mehr als eine Milliarde Dollar für Rechenzentren diesseits und jenseits des Atlantiks auszugeben, etwa für den finnischen Standort Mäntsälä und einen ersten Stützpunkt in Kansas City.",
             term=[None, "2025"],
             note="amount in words ('mehr als eine Milliarde'); 'der Vorstand' = Nebius; 'bis Mitte 2025'"),
    ],
    not_deals=["21 Dollar je Aktie", "2,4 Milliarden Dollar", "zwischen 500 Millionen und einer Milliarde Dollar",
               "43,3 Millionen Dollar", "28,90 €", "131,20 €", "Kursziel 36 Dollar", "50 Euro Prämie"],
)

A["003_coldrow_issue44_en.txt"] = dict(
    published="2024-12-20",
    published_note="from the issue line 'Issue 44 · Friday, December 20, 2024'; 'on Thursday' -> 2024-12-19; 'last week' -> 2024-12; 'earlier this month' -> 2024-12",
    language="en",
    deals=[
        deal("vultr-round-2024", ["Vultr", "LuminArx Capital Management", "AMD Ventures"], "investment", 333_000_000, "USD", "exact",
             "2024-12-19", "completed",
             "The privately held cloud from West Palm Beach said on Thursday it had raised $333 million in its first outside round.",
             note="company only in the heading ('VULTR PRICES ITSELF AT $3.5BN') and as 'The privately held cloud from West Palm Beach'; leads in the next sentence; '$333m: Vultr's round' in the numbers box repeats the deal; $3.5bn is the valuation"),
        deal("crusoe-series-d", ["Crusoe", "Founders Fund"], "investment", 600_000_000, "USD", "exact",
             "2024-12", "completed",
             "Crusoe wrapped up a Series D of $600 million last week.",
             note="lead in the next sentence ('Founders Fund was the lead'); $2.8bn valuation not a deal"),
        deal("crusoe-credit-line-rumor", ["Crusoe"], "investment", 500_000_000, "USD", "approx",
             "2024-12", "rumored",
             "Separately, Crusoe is said to be sounding out lenders for a credit line of roughly half a billion dollars.",
             kind_alt=["other"],
             note="rumour from two sources, amount in words ('half a billion'); not the same as the Brookfield $750m facility of 2025 (010)"),
        deal("nebius-placement-2024", ["Nebius", "Accel", "Nvidia", "Orbis Investments"], "investment", 700_000_000, "USD", "exact",
             "2024-12", "signed",
             "Accel, Nvidia and Orbis put $700 million into Nebius earlier this month.",
             note="restates 002 ('earlier this month')"),
    ],
    not_deals=["$3.5BN", "$2.8 billion", "$2.8bn", "$1.50", "$895", "$12 monthly", "$120 annually"],
)

A["004_together_lambda_tensorgate_en.txt"] = dict(
    published="2025-02-21",
    published_note="from the byline 'Dario Fennimore | February 21, 2025'; 'on Thursday' -> 2025-02-20; 'A day earlier' -> 2025-02-19; 'last April' -> 2024-04",
    language="en",
    deals=[
        deal("together-series-b", ["Together AI", "General Catalyst", "Prosperity7"], "investment", 305_000_000, "USD", "exact",
             "2025-02-20", "completed",
             "Together AI, which runs an inference and fine-tuning cloud for open-source models, announced on Thursday that it has pulled in $305 million in Series B funding.",
             note="leads in the next sentence; $3.3bn valuation not a deal; restated in 018"),
        deal("lambda-series-d", ["Lambda", "Andra Capital", "SGW"], "investment", 480_000_000, "USD", "exact",
             "2025-02-19", "completed",
             "A day earlier, Lambda disclosed a $480 million Series D.",
             note="'A day earlier' relative to Thursday's Together news; leads in the next sentence; restated in 017"),
        deal("lambda-macquarie-loan", ["Lambda", "Macquarie Group"], "investment", 500_000_000, "USD", "exact",
             "2024-04", "signed",
             "It is Lambda's second raise in a year: last April the company borrowed $500 million through a GPU-secured facility arranged by Macquarie Group.",
             kind_alt=["other"], note="restates 001"),
        deal("stargate-jv", ["Stargate"], "joint_venture", 500_000_000_000, "USD", "exact",
             "2025", "announced",
             "Read next: Stargate's $500 billion promise, parsed · What a 100,000-GPU cluster really costs",
             required=False, kind_alt=["capex_plan", "project"],
             note="related-link headline only; background"),
    ],
    not_deals=["$785 million", "$3.3 billion", "$400 million", "$8", "well under $3", "$19 a month"],
)

A["005_fluidstack_frankreich_handelsbote.txt"] = dict(
    published="2025-02-11",
    published_note="from the date line 'Handelsbote Rhein · Ressort Unternehmen · Dienstag, 11. Februar 2025'; 'am Montag' -> 2025-02-10; 'am Sonntag' -> 2025-02-09",
    language="de",
    deals=[
        deal("fluidstack-france", ["Fluidstack"], "capex_plan", 10_000_000_000, "EUR", "exact",
             "2025-02-10", "announced",
             "Der britische Anbieter von GPU-Rechenzentren will zehn Milliarden Euro für einen Supercomputer mit einem Gigawatt Leistung ausgeben, wie er am Montag mitteilte.",
             kind_alt=["project", "investment"],
             note="amount in words; 'Der britische Anbieter' = Fluidstack (previous sentence); restated in 019"),
        deal("brookfield-france", ["Brookfield"], "capex_plan", 20_000_000_000, "EUR", "approx",
             "2025-02-09", "announced",
             "Bereits am Sonntag hatte der kanadische Vermögensverwalter Brookfield angekündigt, in Frankreich rund 20 Milliarden Euro für Rechenzentren und Netzanschlüsse auszugeben, verteilt auf die Zeit bis 2030, darunter ein großes Rechenzentrum bei Cambrai.",
             kind_alt=["investment", "project"], term=[None, "2030"]),
        deal("uae-france-campus", ["Vereinigte Arabische Emirate"], "project", 30_000_000_000, "EUR", "range",
             "2025-02", "announced",
             "Die Vereinigten Arabischen Emirate wiederum wollen nach Angaben des Élysée für einen KI-Campus zwischen 30 und 50 Milliarden Euro aufbringen.",
             amount_max=50_000_000_000, kind_alt=["capex_plan", "investment"],
             note="range; no day given -> month of the summit"),
    ],
    not_deals=["109 Milliarden Euro", "knapp fünf Milliarden Euro"],
)

A["006_coreweave_openai_ledgerpoint_en.html"] = dict(
    published="2025-03-11",
    published_note="from <meta property='article:published_time'>, JSON-LD datePublished and the byline 'Tue., Mar. 11, 2025'; 'on Monday' -> 2025-03-10",
    language="en",
    deals=[
        deal("openai-coreweave-2025-03", ["OpenAI", "CoreWeave"], "cloud_contract", 11_900_000_000, "USD", "exact",
             "2025-03-10", "signed",
             "OpenAI will spend $11.9 billion over five years on computing capacity from CoreWeave, the two companies announced on Monday, giving the Nvidia-backed cloud provider a marquee customer weeks before its planned stock market debut.",
             alt_amounts=[alt(12_000_000_000, "USD"), alt(11_000_000_000, "EUR")],
             note="five-year contract; 007 gives 'knapp zwölf Milliarden Dollar' and ~EUR 11bn; restated in 008; different from the up-to-$4bn expansion of May 2025 (008)"),
        deal("openai-coreweave-stake", ["CoreWeave", "OpenAI"], "investment", 350_000_000, "USD", "exact",
             "2025-03-10", "signed",
             "In addition, CoreWeave will issue OpenAI $350 million worth of its stock in a private placement tied to the IPO.",
             note="OpenAI's equity stake, a separate deal from the compute contract; restated in 007"),
    ],
    not_deals=["$1.92 billion", "$229 million", "$863 million", "$35 billion", "$23 billion", "$2,900", "$0.49"],
)

A["007_coreweave_openai_aktienwelle.txt"] = dict(
    published="2025-03-12",
    published_note="from the date line 'AKTIENWELLE.de · Technologie · 12.03.2025 | 07:45 Uhr'; 'am Montagabend' -> 2025-03-10",
    language="de",
    deals=[
        deal("openai-coreweave-2025-03", ["OpenAI", "CoreWeave"], "cloud_contract", 12_000_000_000, "USD", "approx",
             "2025-03-10", "signed",
             "Der ChatGPT-Entwickler OpenAI mietet dort über fünf Jahre Rechenleistung für knapp zwölf Milliarden Dollar, umgerechnet rund elf Milliarden Euro.",
             alt_amounts=[alt(11_000_000_000, "EUR")],
             note="same contract as 006, amount in words ('knapp zwölf'); 'dort' = CoreWeave (previous sentence); 'am Montagabend' in the next sentence"),
        deal("openai-coreweave-stake", ["CoreWeave", "OpenAI"], "investment", 350_000_000, "USD", "exact",
             "2025-03-10", "signed",
             "Zusätzlich erhält OpenAI Aktien von CoreWeave im Wert von 350 Millionen Dollar."),
        deal("coreweave-ipo-plan", ["CoreWeave"], "investment", 4_000_000_000, "USD", "approx",
             "2025-03", "planned",
             "Insidern zufolge soll der Börsengang rund vier Milliarden Dollar in die Kasse spülen und CoreWeave mit über 35 Milliarden Dollar bewerten.",
             required=False, kind_alt=["other"],
             note="planned IPO proceeds from insiders; optional (an offering to the public, no counterparty); the valuation is not a deal"),
    ],
    not_deals=["über 35 Milliarden Dollar", "98,74 Euro", "140,24 Euro", "fast acht Milliarden Dollar", "ab 1 Euro"],
)

A["008_coreweave_notes_ferrisbay_en.txt"] = dict(
    published="2025-05-22",
    published_note="from the dateline 'NEW YORK, May 22 (Ferrisbay Wire)' only (no year in the text; 2025 from the March listing and the 2030 notes); 'on Wednesday' -> 2025-05-21; 'earlier this month' -> 2025-05; 'In January' -> 2025-01; 'last year' -> 2024",
    language="en",
    deals=[
        deal("coreweave-notes-2025-05", ["CoreWeave"], "investment", 2_000_000_000, "USD", "exact",
             "2025-05-21", "completed",
             "CoreWeave on Wednesday priced $2 billion of senior unsecured notes due 2030, upsizing an offering that had been marketed at $1.5 billion as investors piled into the AI cloud provider's first bond sale since its March listing.",
             kind_alt=["other"], alt_amounts=[alt(1_500_000_000, "USD")],
             note="bond sale, no named investors; $1.5bn is the originally marketed size of the same offering (alt_amounts); the $7bn order book is not a deal; different from the 2026 bond in 020"),
        deal("openai-coreweave-2025-05", ["OpenAI", "CoreWeave"], "cloud_contract", 4_000_000_000, "USD", "up_to",
             "2025-05", "signed",
             "OpenAI agreed earlier this month to expand its contract with CoreWeave by up to $4 billion, on top of the $11.9 billion, five-year agreement the two signed in March.",
             term=[None, "2029-04"],
             note="expansion, a different deal from the March contract named in the same sentence; 'runs through April 2029' next sentence"),
        deal("openai-coreweave-2025-03", ["OpenAI", "CoreWeave"], "cloud_contract", 11_900_000_000, "USD", "exact",
             "2025-03", "signed",
             "OpenAI agreed earlier this month to expand its contract with CoreWeave by up to $4 billion, on top of the $11.9 billion, five-year agreement the two signed in March.",
             note="restates 006 in the same sentence as the expansion"),
        deal("coreweave-uk-2025", ["CoreWeave"], "capex_plan", 1_500_000_000, "GBP", "exact",
             "2025-01", "announced",
             "In January it pledged a further £1.5 billion for data centres in Britain, on top of £1 billion committed last year.",
             note="'it' = CoreWeave ('The company is also building abroad.')"),
        deal("coreweave-uk-2024", ["CoreWeave"], "capex_plan", 1_000_000_000, "GBP", "exact",
             "2024", "announced",
             "In January it pledged a further £1.5 billion for data centres in Britain, on top of £1 billion committed last year.",
             required=False,
             note="earlier UK commitment, background in the same sentence; a different plan from the £1.5bn"),
    ],
    not_deals=["$7 billion", "$982 million", "$25.9 billion", "$20 billion to $23 billion", "listed at $40", "$107.29"],
)

A["009_wenkebach_nebius_lennetal.txt"] = dict(
    published="2025-06-26",
    published_note="only in the byline 'Von Jörg Wiemhoff | Lennestadt, 26.06.2025'; 'im Herbst 2024' -> 2024",
    language="de",
    deals=[
        deal("nebius-wenkebach-2025", ["Wenkebach Kältetechnik GmbH", "Nebius"], "supply", 14_000_000, "EUR", "approx",
             "2025-06", "signed",
             "Das Volumen beziffert Geschäftsführerin Katrin Wenkebach auf knapp 14 Millionen Euro.",
             note="the order (parties) is in the previous sentence; 'knapp' -> approx; no signing day -> month of the article; second of three Nebius–Wenkebach deals"),
        deal("nebius-wenkebach-2024", ["Wenkebach Kältetechnik GmbH", "Nebius"], "supply", 5_500_000, "EUR", "exact",
             "2024", "completed",
             "Schon im Herbst 2024 hatte der Familienbetrieb für denselben Standort Rückkühler im Wert von 5,5 Millionen Euro geliefert.",
             note="'der Familienbetrieb' = Wenkebach, 'den Niederländern' (previous sentence) = Nebius; season -> year"),
        deal("wenkebach-hall", ["Wenkebach Kältetechnik GmbH"], "capex_plan", 9_000_000, "EUR", "exact",
             "2025-06", "announced",
             "Weil die bestehenden Hallen längst ausgelastet sind, baut der Betrieb für neun Millionen Euro eine zusätzliche Fertigungshalle in Meggen.",
             kind_alt=["project"],
             note="amount in words; the €1.4m state grant is not a deal; completion reported in 020"),
    ],
    not_deals=["1,4 Millionen Euro", "3.600 Euro", "58 Millionen Euro", "229 Euro"],
)

A["010_crusoe_fairhaven_note_en.txt"] = dict(
    published="2025-06-13",
    published_note="from the header 'AI Infrastructure | June 13, 2025'; 'on Wednesday' -> 2025-06-11; 'In May' -> 2025-05",
    language="en",
    deals=[
        deal("brookfield-crusoe-credit", ["Crusoe", "Brookfield"], "investment", 750_000_000, "USD", "exact",
             "2025-06-11", "completed",
             "Crusoe said on Wednesday it had closed a $750 million credit facility with Brookfield Asset Management.",
             kind_alt=["other"]),
        deal("abilene-jv", ["Crusoe", "Blue Owl Capital", "Primary Digital Infrastructure"], "joint_venture", 15_000_000_000, "USD", "exact",
             "2025-05", "signed",
             "The site is owned by a $15 billion joint venture that Crusoe formed in May with Blue Owl Capital and with Primary Digital Infrastructure.",
             kind_alt=["investment"]),
        deal("jpmorgan-abilene-loan", ["JPMorgan", "Crusoe"], "investment", 7_100_000_000, "USD", "exact",
             "2025-06", "signed",
             "JPMorgan has provided a $7.1 billion construction loan for the second phase, which adds six buildings.",
             kind_alt=["other"],
             note="loan for Crusoe's Abilene project (the borrower is the project; Crusoe as builder); no date given -> month of the note"),
    ],
    not_deals=["$138 billion", "$176.38", "$210", "$195", "$25 billion", "$67.4bn", "$7.05", "$25.0bn", "$10 billion"],
)

A["011_coreweave_corescientific_racktiefe.txt"] = dict(
    published="2025-07-10",
    published_note="from the issue line 'Ausgabe 27/2025 | Donnerstag, 10. Juli 2025'; 'am Montag' -> 2025-07-07; 'vor zwei Wochen' -> late June 2025",
    language="de",
    deals=[
        deal("coreweave-core-scientific", ["CoreWeave", "Core Scientific"], "acquisition", 9_000_000_000, "USD", "approx",
             "2025-07-07", "signed",
             "Das bewertet das Ziel mit rund neun Milliarden Dollar, umgerechnet etwa 7,7 Milliarden Euro.",
             alt_amounts=[alt(7_700_000_000, "EUR")],
             note="all-stock takeover; parties in the previous sentences ('Das Ziel' = Core Scientific), 'am Montag' in the next sentence; cancelled per 020"),
        deal("coreweave-ddtl-2025", ["CoreWeave", "Morgan Stanley", "MUFG"], "investment", 2_600_000_000, "USD", "up_to",
             "2025-06", "signed",
             "Ein Konsortium unter Führung von Morgan Stanley und MUFG stellt bis zu 2,6 Milliarden Dollar bereit.",
             kind_alt=["other"],
             note="borrower CoreWeave in the previous sentence; 'vor zwei Wochen' -> 2025-06"),
    ],
    not_deals=["mehr als zehn Milliarden Dollar", "500 Millionen Dollar", "rund sechs Milliarden Dollar", "161 Dollar",
               "knapp 80 Milliarden Dollar", "349 Euro"],
)

A["012_nebius_microsoft_tickerharbor_en.html"] = dict(
    published="2025-09-09",
    published_note="from <meta name='parsely-pub-date'>, JSON-LD datePublished and the line 'Tue., Sept. 9, 2025'; 'on Monday' -> 2025-09-08",
    language="en",
    deals=[
        deal("microsoft-nebius", ["Microsoft", "Nebius"], "cloud_contract", 17_400_000_000, "USD", "exact",
             "2025-09-08", "signed",
             "Shares of Nebius Group jumped almost 40% before the opening bell on Tuesday after the Amsterdam-based AI cloud said Microsoft would pay it $17.4 billion through 2031 for reserved GPU capacity.",
             term=[None, "2031"],
             alt_amounts=[alt(19_400_000_000, "USD"), alt(14_900_000_000, "EUR")],
             note="disclosed 'after the close on Monday' (next sentence); can rise to ~$19.4bn (alt_amounts); 013 gives ~EUR 14.9bn; restated in 013 and 016"),
    ],
    not_deals=["$16 billion", "$105.1 million", "$900 million", "$1.1 billion", "$24.2 billion", "$450 billion",
               "$4 trillion", "$1,000"],
)

A["013_nebius_kapital_kursdeck.txt"] = dict(
    published="2025-09-11",
    published_note="from the date line 'KURSDECK | Nasdaq-Werte | 11.09.2025 – 09:02 Uhr'; 'am Mittwoch' -> 2025-09-10",
    language="de",
    deals=[
        deal("microsoft-nebius", ["Microsoft", "Nebius"], "cloud_contract", 17_400_000_000, "USD", "exact",
             "2025-09", "signed",
             "Nur zwei Tage nachdem Nebius mit dem 17,4-Milliarden-Dollar-Vertrag mit Microsoft seinen Aktienkurs nahezu verdoppelt hatte, bittet das Unternehmen die Anleger zur Kasse.",
             term=[None, "2031"],
             note="compound amount; restated again with EUR 14.9bn and 'bis 2031' in the second paragraph ('Der Microsoft-Auftrag'), one mention"),
        deal("nebius-raise-2025-09", ["Nebius"], "investment", 3_000_000_000, "USD", "approx",
             "2025-09-10", "announced",
             "Nebius will rund drei Milliarden Dollar aufnehmen, wie der Konzern am Mittwoch mitteilte: eine Milliarde Dollar über neue Aktien, zwei Milliarden Dollar über Wandelanleihen mit Laufzeiten bis 2030 und 2032.",
             kind_alt=["other"],
             note="equity plus convertibles, amount in words; the two tranches are parts of this deal (not_deals); the banks are underwriters, not parties"),
    ],
    not_deals=["eine Milliarde Dollar", "zwei Milliarden Dollar", "96,50 Dollar", "82,10 Euro", "mehr als 20 Milliarden Euro",
               "110 Dollar", "mehr als eine Billion Dollar", "427,35 €", "105 Mio. Dollar"],
)

A["014_oracle_bonds_ferrisbay_en.txt"] = dict(
    published="2025-09-25",
    published_note="from the dateline 'NEW YORK, Sept 25 (Ferrisbay Wire)'; year from 'one of 2025's biggest corporate debt sales'; 'on Wednesday' -> 2025-09-24; 'last week' -> 2025-09",
    language="en",
    deals=[
        deal("oracle-bonds-2025-09", ["Oracle"], "investment", 18_000_000_000, "USD", "exact",
             "2025-09-24", "completed",
             "Oracle raised $18 billion from high-grade bond investors on Wednesday in one of 2025's biggest corporate debt sales, tapping the market to pay for data centres it is building for OpenAI and other AI customers.",
             kind_alt=["other"], note="bond sale; the $88bn order book is not a deal; restated in 015"),
        deal("oracle-meta-talks", ["Oracle", "Meta"], "cloud_contract", 20_000_000_000, "USD", "approx",
             "2025-09", "negotiating",
             "Separately, Oracle and Meta Platforms are negotiating a multiyear agreement under which Meta would buy about $20 billion of cloud computing, people with knowledge of the matter said last week.",
             note="talks reported by sources; restated in 015"),
        deal("oracle-openai-300b", ["OpenAI", "Oracle"], "cloud_contract", 300_000_000_000, "USD", "approx",
             "2025", "signed",
             "Most of the increase came from OpenAI, which committed to roughly $300 billion of Oracle compute over about five years from 2027.",
             required=False, term=["2027", None],
             note="background explanation of the backlog"),
    ],
    not_deals=["$88 billion", "$455 billion", "$35 billion", "$304.12", "$90 billion"],
)

A["015_vantage_oracle_boersenecho.html"] = dict(
    published="2025-10-01",
    published_note="from <meta name='date'>, JSON-LD datePublished and the byline '01.10.2025, 10:15 Uhr'; 'in der vergangenen Woche' -> 2025-09",
    language="de",
    deals=[
        deal("vantage-bank-loans", ["Vantage Data Centers", "JPMorgan", "MUFG"], "investment", 38_000_000_000, "USD", "exact",
             "2025-10", "signed",
             "Ein Bankenkonsortium unter Führung von JPMorgan und MUFG stellt dem Rechenzentrumsentwickler Vantage Data Centers Kredite über 38 Milliarden Dollar bereit, wie die Nachrichtenagentur Bloomberg berichtet.",
             kind_alt=["other"],
             note="reported by Bloomberg, worded as fact; no date -> month of the article; Oracle is the tenant, not a party"),
        deal("oracle-bonds-2025-09", ["Oracle"], "investment", 18_000_000_000, "USD", "exact",
             "2025-09", "completed",
             "Oracle selbst hatte sich erst in der vergangenen Woche 18 Milliarden Dollar über Anleihen besorgt.",
             kind_alt=["other"]),
        deal("oracle-meta-talks", ["Oracle", "Meta"], "cloud_contract", 20_000_000_000, "USD", "approx",
             "2025", "negotiating",
             "Zudem verhandelt der Konzern Berichten zufolge mit der Facebook-Mutter Meta über einen Cloud-Vertrag von rund 20 Milliarden Dollar.",
             note="'der Konzern' = Oracle; restated talks without a date -> year"),
    ],
    not_deals=["3,99 €", "237,85 Euro", "350 Dollar", "zuletzt rund 20 Milliarden Dollar", "150 Dollar", "2.000 Euro"],
)

A["016_nebius_meta_tensorgate_en.txt"] = dict(
    published="2025-11-12",
    published_note="from the byline 'Dario Fennimore | November 12, 2025'; 'on Tuesday' -> 2025-11-11; 'in September' -> 2025-09",
    language="en",
    deals=[
        deal("meta-nebius", ["Meta", "Nebius"], "cloud_contract", 3_000_000_000, "USD", "approx",
             "2025-11-11", "signed",
             "Meta Platforms will pay Nebius Group about $3 billion over five years for AI infrastructure, the Amsterdam-based company disclosed on Tuesday alongside its third-quarter numbers."),
        deal("microsoft-nebius", ["Microsoft", "Nebius"], "cloud_contract", 17_400_000_000, "USD", "exact",
             "2025-09", "signed",
             "The contract is far smaller than the $17.4 billion deal Nebius struck with Microsoft in September, but it matters for a company that until this autumn lived mostly off start-ups and research labs.",
             note="restates 012"),
        deal("meta-coreweave", ["Meta", "CoreWeave"], "cloud_contract", 14_200_000_000, "USD", "exact",
             "2025", "signed",
             "Both big customers have form: Meta this year also signed a $14.2 billion contract with CoreWeave, while Microsoft has spread orders across several neoclouds.",
             required=False, note="background comparison"),
    ],
    not_deals=["$146.1 million", "$38.8 million", "$7 billion to $9 billion", "about $5 billion", "$93.40", "$19 a month"],
)

A["017_lambda_hallenlast.txt"] = dict(
    published="2025-11-20",
    published_note="from the issue line 'Nr. 46 · 20. November 2025'; 'am Dienstag' -> 2025-11-18; 'im Februar' -> 2025-02; 'Anfang November' -> 2025-11",
    language="de",
    deals=[
        deal("lambda-series-e", ["Lambda", "TWG Global", "US Innovative Technology Fund"], "investment", 1_500_000_000, "USD", "at_least",
             "2025-11-18", "completed",
             "Der kalifornische GPU-Cloud-Anbieter Lambda hat in einer Finanzierungsrunde der Serie E mehr als 1,5 Milliarden Dollar eingesammelt, umgerechnet knapp 1,3 Milliarden Euro.",
             alt_amounts=[alt(1_300_000_000, "EUR")],
             note="leads in the next sentence, 'am Dienstag' two sentences later"),
        deal("lambda-series-d", ["Lambda", "Andra Capital", "SGW"], "investment", 480_000_000, "USD", "exact",
             "2025-02", "completed",
             "Erst im Februar hatte das Unternehmen 480 Millionen Dollar von Investoren um Andra Capital und SGW erhalten.",
             note="restates 004; 'das Unternehmen' = Lambda"),
        deal("microsoft-lambda", ["Microsoft", "Lambda"], "cloud_contract", None, None, None,
             "2025-11", "announced",
             "Rückenwind gibt ein Vertrag mit Microsoft, den beide Seiten Anfang November verkündet hatten: Lambda soll für den Softwarekonzern KI-Infrastruktur mit Zehntausenden Nvidia-Chips aufbauen.",
             required=False, kind_alt=["supply"],
             note="no amount ('mehrere Milliarden Dollar schwer' only from industry circles, not a figure)"),
        deal("crusoe-round-talks-2025", ["Crusoe"], "investment", None, None, None,
             "2025-11", "rumored",
             "Crusoe soll Gespräche über eine neue Finanzierungsrunde führen, die das Unternehmen mit mehr als 13 Milliarden Dollar bewerten würde.",
             required=False, note="only a valuation is given, no deal amount"),
    ],
    not_deals=["rund zwei Milliarden Dollar", "deutlich über vier Milliarden Dollar", "mehr als 13 Milliarden Dollar",
               "unter zwei Dollar", "Jahresabo 149 Euro", "49 Euro"],
)

A["018_quorvia_interview_en.txt"] = dict(
    published=None,
    published_note="no date anywhere (interview, only 'Reading time: 6 minutes'); all dates null",
    language="en",
    deals=[
        deal("together-quorvia", ["Together AI", "Quorvia"], "cloud_contract", 40_000_000, "USD", "approx",
             None, "signed",
             "We signed a two-year contract with them, about $40 million in total, which for a company our size is enormous.",
             alt_amounts=[alt(1_600_000, "USD")],
             note="'We' = Quorvia, 'them' = Together AI (previous answer); the monthly rate 'roughly $1.6 million a month' is the same contract (alt_amounts)"),
        deal("together-series-b", ["Together AI", "General Catalyst", "Prosperity7"], "investment", 305_000_000, "USD", "exact",
             None, "completed",
             "They also have the money to keep expanding: Together raised $305 million from General Catalyst, Prosperity7 and others at the start of the year.",
             note="restates 004; 'at the start of the year' cannot be resolved without a publication date"),
        deal("gannetstone-quorvia", ["Gannetstone Capital", "Quorvia"], "investment", 25_000_000, "EUR", "exact",
             None, "completed",
             "Gannetstone Capital, a London fund that usually invests in infrastructure debt, led our €25 million Series A.",
             note="'our' = Quorvia"),
    ],
    not_deals=["€140,000 a year", "$2.20", "Single copy €12"],
)

A["019_terawulf_fluidstack_aktienwelle.txt"] = dict(
    published="2025-08-19",
    published_note="from the date line 'AKTIENWELLE.de · Krypto & Tech · 19.08.2025 | 11:30 Uhr'; 'am Montag' -> 2025-08-18; 'vergangene Woche' -> 2025-08; 'Im Februar' -> 2025-02",
    language="de",
    deals=[
        deal("google-terawulf-backstop", ["Google", "TeraWulf", "Fluidstack"], "other", 3_200_000_000, "USD", "exact",
             "2025-08-18", "signed",
             "Google erhöht seine Absicherung für die Mietverträge zwischen TeraWulf und dem Londoner Rechenzentrumsbetreiber Fluidstack auf 3,2 Milliarden Dollar.",
             kind_alt=["investment"], alt_amounts=[alt(1_800_000_000, "USD")],
             note="Google's backstop of Fluidstack's lease payments in exchange for TeraWulf warrants; raised from $1.8bn (alt_amounts, 'damals zugesagt', same arrangement); 'am Montag' in the previous sentence"),
        deal("terawulf-fluidstack-lease", ["Fluidstack", "TeraWulf"], "cloud_contract", 3_700_000_000, "USD", "approx",
             "2025-08", "signed",
             "Der Vertragswert liegt bei rund 3,7 Milliarden Dollar.",
             kind_alt=["other"], term=["2025", "2035"],
             note="two ten-year colocation leases; parties and 'vergangene Woche' in the two previous sentences"),
        deal("fluidstack-france", ["Fluidstack"], "capex_plan", 10_000_000_000, "EUR", "exact",
             "2025-02", "announced",
             "Im Februar kündigten die Briten an, zehn Milliarden Euro in einen KI-Supercomputer in Frankreich zu investieren.",
             kind_alt=["project", "investment"], note="restates 005; 'die Briten' = Fluidstack"),
    ],
    not_deals=["9,84 Dollar", "rund 3,8 Milliarden Dollar", "47,6 Millionen Dollar", "115.000 Dollar", "ab 1 Euro"],
)

A["020_neoclouds_wirtschaftsspiegel.txt"] = dict(
    published="2026-11-13",
    published_note="from the line '13. November 2026 · Jahrgang 19 · Heft 46'; 'am Dienstag' -> 2026-11-10; 'im Juli 2025' -> 2025-07; 'im Sommer 2025' -> 2025",
    language="de",
    deals=[
        deal("coreweave-notes-2026", ["CoreWeave"], "investment", 2_250_000_000, "USD", "exact",
             "2026-11-10", "completed",
             "Jüngstes Beispiel: CoreWeave platzierte am Dienstag eine Anleihe über 2,25 Milliarden Dollar, umgerechnet rund 1,9 Milliarden Euro, mit Laufzeit bis 2033.",
             kind_alt=["other"], alt_amounts=[alt(1_900_000_000, "EUR")],
             note="a different bond from the $2bn notes of May 2025 (008)"),
        deal("coreweave-core-scientific", ["CoreWeave", "Core Scientific"], "acquisition", 9_000_000_000, "USD", "approx",
             "2025-07", "cancelled",
             "Die im Juli 2025 vereinbarte Übernahme von Core Scientific für rund neun Milliarden Dollar war vor gut einem Jahr am Widerstand der Core-Scientific-Aktionäre gescheitert.",
             note="cancelled takeover keeps the date of the agreement (011)"),
        deal("wenkebach-hall", ["Wenkebach Kältetechnik GmbH"], "capex_plan", 9_000_000, "EUR", "exact",
             "2025", "completed",
             "Die im Sommer 2025 angekündigte Investition von neun Millionen Euro sei im Budget geblieben, sagt Geschäftsführerin Katrin Wenkebach.",
             kind_alt=["project"], note="the hall of 009, now in operation; season -> year"),
        deal("nebius-wenkebach-maintenance", ["Nebius", "Wenkebach Kältetechnik GmbH"], "supply", 1_200_000, "EUR", "exact",
             "2026", "signed",
             "Der Vertrag läuft fünf Jahre und bringt 1,2 Millionen Euro jährlich.",
             per="year", kind_alt=["other"],
             note="yearly rate; parties in the previous sentence ('hat Nebius ... den Familienbetrieb mit der Wartung beauftragt'); no date -> year of the article; third Nebius–Wenkebach deal"),
    ],
    not_deals=["mehr als 25 Milliarden Dollar", "74 Millionen Euro", "3,1 Millionen Euro", "ab 5.000 Euro"],
)

ALIASES = {
    "Lambda": ["Lambda", "Lambda Labs", "Lambda Inc."],
    "Macquarie Group": ["Macquarie Group", "Macquarie"],
    "US Innovative Technology Fund": ["US Innovative Technology Fund", "USIT", "U.S. Innovative Technology Fund"],
    "CoreWeave": ["CoreWeave", "CoreWeave Inc."],
    "Magnetar": ["Magnetar", "Magnetar Capital"],
    "Blackstone": ["Blackstone", "Blackstone Inc."],
    "Nebius": ["Nebius", "Nebius Group", "Nebius Group N.V."],
    "Accel": ["Accel"],
    "Nvidia": ["Nvidia", "Nvidia Corp.", "NVIDIA"],
    "Orbis Investments": ["Orbis Investments", "Orbis"],
    "Vultr": ["Vultr"],
    "LuminArx Capital Management": ["LuminArx Capital Management", "LuminArx"],
    "AMD Ventures": ["AMD Ventures"],
    "Crusoe": ["Crusoe", "Crusoe Energy"],
    "Founders Fund": ["Founders Fund"],
    "Together AI": ["Together AI", "Together"],
    "General Catalyst": ["General Catalyst"],
    "Prosperity7": ["Prosperity7", "Prosperity7 Ventures"],
    "Andra Capital": ["Andra Capital"],
    "SGW": ["SGW"],
    "Stargate": ["Stargate"],
    "Fluidstack": ["Fluidstack"],
    "Brookfield": ["Brookfield", "Brookfield Asset Management"],
    "Vereinigte Arabische Emirate": ["Vereinigte Arabische Emirate", "Vereinigten Arabischen Emirate", "VAE", "UAE", "United Arab Emirates"],
    "OpenAI": ["OpenAI"],
    "Wenkebach Kältetechnik GmbH": ["Wenkebach Kältetechnik GmbH", "Wenkebach Kältetechnik", "Wenkebach"],
    "Blue Owl Capital": ["Blue Owl Capital", "Blue Owl"],
    "Primary Digital Infrastructure": ["Primary Digital Infrastructure", "Primary Digital"],
    "JPMorgan": ["JPMorgan", "JPMorgan Chase", "J.P. Morgan"],
    "Core Scientific": ["Core Scientific"],
    "Morgan Stanley": ["Morgan Stanley"],
    "MUFG": ["MUFG", "Mitsubishi UFJ Financial Group"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure"],
    "Oracle": ["Oracle", "Oracle Corp.", "OCI"],
    "Meta": ["Meta", "Meta Platforms"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "TWG Global": ["TWG Global"],
    "Quorvia": ["Quorvia"],
    "Gannetstone Capital": ["Gannetstone Capital", "Gannetstone"],
    "Google": ["Google", "Alphabet"],
    "TeraWulf": ["TeraWulf"],
}


def main():
    order = ("published", "published_note", "language", "deals", "not_deals")
    gold = {"about": ABOUT,
            "articles": {name: {k: a[k] for k in order} for name, a in sorted(A.items())},
            "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
