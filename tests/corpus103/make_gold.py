#!/usr/bin/env python3
"""Write gold.json for tests/corpus103 (the hand annotation as a script; edit here, then run).

Usage: python3 tests/corpus103/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 103rd, held-out test corpus (tests/corpus103/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: memory, storage and AI servers (Micron's fabs and "
    "CHIPS grants, SK hynix in Indiana, Kioxia/Sandisk, Seagate/Western Digital, Dell/Super Micro/HPE "
    "server orders, Foxconn/Quanta/Wistron/Inventec plants in the US and Mexico, German distributors, "
    "server lessors and GPU clouds). One entry per article; a deal that several articles report carries "
    "the same id in each. 'required': false marks vague or background mentions that an extractor may "
    "report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of "
    "them as a deal is an error. Amounts are in full units and in the currency in which the article states "
    "them; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' "
    "('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision. 'date' is when "
    "the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date marker, dateline, <time datetime>, meta "
    "tag, issue line or visible byline date, or null when the article has none); quarters, half-years and "
    "seasons become the year; a cancelled deal keeps the date of the original agreement or talks; 'term' "
    "is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; "
    "'note' explains a judgement call. Canonical party names carry no legal form (AG, GmbH, Inc., LLC, "
    "B.V.); the spellings the articles use are in 'aliases'. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). Invented companies: Vennkamp Elektronik, "
    "Payette Ridge Constructors, Strunck & Oberle, Vlakveld Opslag, Kallang Substrate Works, Pallwick "
    "Components, Quarzhalle, Hirschgraben Leasing, Havelstein Bank, Loisach Labs, Brazos Lantern Partners, "
    "Brandholt Interconnect, Bluegill Compute, Calumet Harbor Credit, Pikeshaw Leasing, Sakuradai Bonding, "
    "Caddo Ridge Logistics, Köhlbrand Speicherdienste, Loschwitz Ventures; invented publications, research houses and persons "
    "are listed in invented_names.txt and README.md; the deals of real companies are partly real, partly "
    "invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "SK hynix": ["SK hynix", "SK Hynix"],
    "Vennkamp Elektronik": ["Vennkamp Elektronik GmbH", "Vennkamp Elektronik", "Vennkamp"],
    "Purdue University": ["Purdue University", "Purdue"],
    "U.S. Department of Commerce": ["U.S. Department of Commerce", "U.S. Commerce Department",
                                    "Commerce Department", "Department of Commerce", "Commerce",
                                    "US-Handelsministerium", "amerikanischen Handelsministerium",
                                    "Handelsministerium"],
    "Micron": ["Micron Technology", "Micron Technology Inc.", "Micron"],
    "Payette Ridge Constructors": ["Payette Ridge Constructors", "Payette Ridge"],
    "Strunck & Oberle": ["Strunck & Oberle", "Strunck und Oberle"],
    "Vlakveld Opslag": ["Vlakveld Opslag B.V.", "Vlakveld Opslag", "Vlakveld"],
    "Kallang Substrate Works": ["Kallang Substrate Works", "Kallang Substrate", "Kallang"],
    "Dell": ["Dell Technologies", "Dell"],
    "xAI": ["xAI"],
    "HPE": ["Hewlett Packard Enterprise", "HPE"],
    "Seagate": ["Seagate Technology", "Seagate"],
    "Intevac": ["Intevac"],
    "Pallwick Components": ["Pallwick Components", "Pallwick"],
    "Kioxia": ["Kioxia", "Kioxia America", "Kioxia Holdings"],
    "Quarzhalle": ["Quarzhalle"],
    "Hirschgraben Leasing": ["Hirschgraben Leasing", "Hirschgraben"],
    "Havelstein Bank": ["Havelstein Bank", "Havelstein"],
    "Loisach Labs": ["Loisach Labs"],
    "Loschwitz Ventures": ["Loschwitz Ventures", "Loschwitz"],
    "Nvidia": ["Nvidia"],
    "Foxconn": ["Foxconn", "Hon Hai", "Hon Hai Precision Industry"],
    "Brazos Lantern Partners": ["Brazos Lantern Partners", "Brazos Lantern"],
    "Wistron": ["Wistron"],
    "DataVolt": ["DataVolt"],
    "Super Micro": ["Super Micro Computer", "Super Micro", "Supermicro"],
    "SoftBank": ["SoftBank Group", "SoftBank", "Crescent Dune LLC", "Crescent Dune"],
    "Lordstown Motors": ["Lordstown Motors"],
    "Brandholt Interconnect": ["Brandholt Interconnect", "Brandholt"],
    "METI": ["METI", "Ministry of Economy, Trade and Industry", "japanische Wirtschaftsministerium"],
    "Bluegill Compute": ["Bluegill Compute", "Bluegill"],
    "Calumet Harbor Credit": ["Calumet Harbor Credit", "Calumet Harbor"],
    "Pikeshaw Leasing": ["Pikeshaw Leasing", "Pikeshaw"],
    "CoreWeave": ["CoreWeave"],
    "Core Scientific": ["Core Scientific"],
    "Sandisk": ["Sandisk", "SanDisk"],
    "Sakuradai Bonding": ["Sakuradai Bonding Co.", "Sakuradai Bonding", "Sakuradai"],
    "Quanta": ["Quanta Computer", "Quanta"],
    "Caddo Ridge Logistics": ["Caddo Ridge Logistics", "Caddo Ridge"],
    "Inventec": ["Inventec"],
    "Köhlbrand Speicherdienste": ["Köhlbrand Speicherdienste GmbH", "Köhlbrand Speicherdienste", "Köhlbrand"],
    "Western Digital": ["Western Digital", "WD"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
         amount_max=None, kind_alt=None, per=None, term=None, alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
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


def article(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


A = {}

A["001_skhynix_indiana_waferbote.txt"] = article(
    "2024-04-04",
    "from the dateline 'Seoul/West Lafayette, 4. April (wb)' and the copyright line '© 2024 Der Waferbote' "
    "(no other date); 'am Mittwoch' -> 2024-04-03",
    "de",
    [
        deal("skhynix-indiana-plant", ["SK hynix"], "capex_plan", 3870000000, "USD", "exact", "2024-04-03",
             "announced",
             "SK hynix will 3,87 Milliarden Dollar (nach aktuellem Kurs knapp 3,6 Milliarden Euro) in eine Fabrik für das sogenannte Advanced Packaging im US-Bundesstaat Indiana stecken.",
             kind_alt=["project"], alt=[(3600000000, "EUR")],
             note="own plant, spender only; EUR conversion in brackets; site announced 'am Mittwoch' (next sentence); 002 restates it"),
        deal("skhynix-vennkamp-order", ["SK hynix", "Vennkamp Elektronik"], "supply", 42000000, "EUR", "approx",
             "2024-03", "signed",
             "Die Vennkamp Elektronik GmbH aus Dresden, die Testsockel und Burn-in-Platinen für Speicherchips baut, hat im März einen Auftrag von SK hynix über knapp 42 Millionen Euro erhalten.",
             note="'knapp' -> approx; order received 'im März'"),
        deal("skhynix-purdue-partnership", ["SK hynix", "Purdue University"], "partnership", None, None, None,
             "2024-04-03", "signed",
             "Mit Purdue vereinbarte SK hynix zugleich eine Zusammenarbeit in Forschung und Ausbildung, über deren finanziellen Umfang beide Seiten nichts sagten.",
             required=False, note="research and training cooperation without any amount"),
    ],
    ["39 Milliarden Dollar", "118 Millionen Euro", "knapp 17 Milliarden Dollar", "32,8 Billionen Won", "79 Euro"],
)

A["002_skhynix_grant_tippecanoe_en.txt"] = article(
    "2024-08-07",
    "from the line 'Business | Wednesday, August 7, 2024 · 6:45 a.m. EDT'; 'said Tuesday' -> 2024-08-06",
    "en",
    [
        deal("commerce-skhynix-grant-2024", ["U.S. Department of Commerce", "SK hynix"], "other", 450000000,
             "USD", "up_to", "2024-08-06", "announced",
             "The U.S. Commerce Department said Tuesday it has signed a preliminary memorandum of terms to give SK hynix up to $450 million in direct funding for the chip-packaging plant the South Korean company is planning near the Purdue Research Park.",
             kind_alt=["investment"],
             note="CHIPS grant, preliminary terms only -> announced; different from the loans of the same pair in the next sentence"),
        deal("commerce-skhynix-loans-2024", ["U.S. Department of Commerce", "SK hynix"], "other", 500000000,
             "USD", "up_to", "2024-08-06", "announced",
             "Separately, the department said it would make up to $500 million in loans available to the project under the same CHIPS and Science Act program.",
             note="'the department' = Commerce, 'the project' = SK hynix's plant (previous sentence); government loans, a deal of their own next to the grant"),
        deal("skhynix-indiana-plant", ["SK hynix"], "capex_plan", 3870000000, "USD", "exact", "2024-04",
             "announced",
             "The plant itself was unveiled in April, when SK hynix said it would put $3.87 billion into the site.",
             kind_alt=["project"], note="restatement of 001; 'in April' gives the month"),
    ],
    ["$85,000 a year", "$52.7 billion", "5.47 trillion won", "$200"],
)

A["003_micron_award_snakeriver_en.html"] = article(
    "2024-12-11",
    "from <meta property='article:published_time'>, JSON-LD and <time datetime='2024-12-11...'> "
    "'Wednesday, Dec. 11, 2024'; 'on Tuesday' -> 2024-12-10",
    "en",
    [
        deal("commerce-micron-chips-2024", ["U.S. Department of Commerce", "Micron"], "other", 6165000000,
             "USD", "up_to", "2024-12-10", "signed",
             "The U.S. Department of Commerce finalized an award of up to $6.165 billion in CHIPS Act grants for the Boise memory maker on Tuesday, eight months after the two sides first sketched out the terms.",
             kind_alt=["investment"], alt=[(5900000000, "EUR")],
             note="final CHIPS award; 'the Boise memory maker' = Micron (previous sentence); 004 gives it in EUR (bis zu 5,9 Milliarden Euro), 012 as 'up to $6.1 billion'; the split $4.6bn/$1.5bn is part of it (not_deals); different from the 2025 Manassas award of the same pair (012)"),
        deal("payette-micron-boise-shell", ["Payette Ridge Constructors", "Micron"], "other", 410000000, "USD",
             "exact", "2024-11", "signed",
             "Payette Ridge Constructors, a Meridian-based general contractor, signed a $410 million contract with Micron last month to erect the building shell and the central utility plant, the firm confirmed Tuesday.",
             kind_alt=["supply", "project"],
             note="construction contract; signed 'last month' -> 2024-11 (only confirmed on Tuesday)"),
        deal("micron-us-125bn-plan", ["Micron"], "capex_plan", 125000000000, "USD", "approx", None, "planned",
             "Micron has said it could spend roughly $125 billion across both states over the next two decades if demand holds up, though the bulk of that would come only in the 2030s and the company stresses the figure is not a commitment.",
             required=False,
             note="conditional long-range spending figure, 'not a commitment', no date -> optional; 012 mentions it again"),
    ],
    ["$4.6 billion", "$1.5 billion", "$7.75 billion", "$86.34", "$50 million"],
)

A["004_micron_foerderung_orderbuch.txt"] = article(
    "2024-12-13",
    "from the header '13.12.2024 – 08:47 Uhr' (a Friday); 'am Donnerstag' -> 2024-12-12; 'in dieser Woche' -> 2024-12",
    "de",
    [
        deal("commerce-micron-chips-2024", ["U.S. Department of Commerce", "Micron"], "other", 5900000000,
             "EUR", "up_to", "2024-12", "signed",
             "Umgerechnet geht es um bis zu 5,9 Milliarden Euro, die in dieser Woche besiegelt wurden und in Raten fließen sollen, sobald Bauabschnitte in Idaho und im Bundesstaat New York fertig sind.",
             kind_alt=["investment"],
             note="same award as 003, converted to EUR; parties in the previous sentence (Micron Technology, 'dem amerikanischen Handelsministerium'); 'in dieser Woche' gives only the month"),
        deal("strunck-vlakveld-acquisition", ["Strunck & Oberle", "Vlakveld Opslag"], "acquisition", 64000000,
             "EUR", "approx", "2024-12-12", "signed",
             "Für sämtliche Anteile zahlt Strunck & Oberle rund 64 Millionen Euro in bar, wie das Unternehmen am Donnerstag nach Börsenschluss mitteilte.",
             note="target Vlakveld Opslag B.V. in the previous sentence; closing expected in Q1 2025; 011 mentions the completion without amount"),
    ],
    ["83,10 Euro", "rund 8,7 Milliarden Dollar", "105 Euro", "55 Millionen Euro", "etwa 290 Millionen Euro", "24,85 €", "250.000 Euro"],
)

A["005_micron_singapore_tanjong_en.txt"] = article(
    "2025-01-09",
    "from the line 'Companies & Markets · Thursday, January 9, 2025'; 'on Wednesday' -> 2025-01-08; 'this week' -> 2025-01",
    "en",
    [
        deal("micron-singapore-hbm", ["Micron"], "capex_plan", 7000000000, "USD", "approx", "2025-01-08",
             "announced",
             "SINGAPORE — Micron Technology turned the first soil on Wednesday for a plant that will package high-bandwidth memory next to its existing NAND fabs in Woodlands, committing roughly US$7 billion, or about S$9.5 billion, to the project over the rest of the decade.",
             kind_alt=["project"], alt=[(9500000000, "SGD"), (6800000000, "EUR")],
             note="own plant, spender only; SGD conversion in the sentence; 014 gives about €6.8bn"),
        deal("kallang-micron-substrates", ["Kallang Substrate Works", "Micron"], "supply", 180000000, "SGD",
             "exact", "2025-01", "signed",
             "Kallang Substrate Works, a family-controlled maker of organic packaging substrates based in Ubi, has won a supply contract from Micron worth S$180 million, covering deliveries from 2026 through 2028.",
             term=["2026", "2028"], note="signed 'this week' (next sentence) -> month"),
    ],
    ["US$100 billion", "US$8.71 billion", "S$96 million", "S$0.83", "S$3 billion"],
)

A["006_dell_xai_chassisdispatch_en.txt"] = article(
    "2025-02-15",
    "from the line 'Feb 15, 2025 07:10 ET' (a Saturday); 'on Friday' -> 2025-02-14",
    "en",
    [
        deal("dell-xai-servers-2025", ["Dell", "xAI"], "supply", 5000000000, "USD", "at_least", "2025-02-14",
             "rumored",
             "Dell Technologies is in advanced talks to supply Elon Musk's xAI with GB200-based machines from Nvidia in an order valued at more than $5 billion, two insiders told Chassis Dispatch on Friday.",
             alt=[(4800000000, "EUR")],
             note="talks known only from two anonymous insiders, neither company comments -> rumored (as the earlier corpora treat sourced reports of talks); 'more than' -> at_least; 007 (no amount) and 008 (mehr als 4,8 Milliarden Euro) repeat it; different from the HPE/xAI contract"),
        deal("hpe-xai-servers-2025", ["HPE", "xAI"], "supply", 1000000000, "USD", "at_least", "2025-01",
             "signed",
             "Hewlett Packard Enterprise, too, has benefited: in January it won a contract worth more than $1 billion to sell AI servers to xAI, according to reports at the time that HPE has never disputed.",
             note="contract won 'in January'; reported, never disputed -> signed"),
        deal("supermicro-xai-colossus-2024", ["Super Micro", "xAI"], "supply", None, None, None, "2024",
             "completed",
             "If it goes through, the order would be among the largest in Dell's history and a clear win over Super Micro Computer, which provided much of the hardware for the first phase of Colossus last year but has since been weighed down by accounting problems and a delayed annual report.",
             required=False, note="background: amount-less earlier supply to xAI ('last year' -> 2024)"),
    ],
    ["$75 billion", "$4.5 billion", "$3 million", "$116.20"],
)

A["007_storage_week_platter_en.txt"] = article(
    "2025-02-21",
    "from the issue line 'Friday 21 February 2025 · No. 212'; 'last Thursday' -> 2025-02-13 (a week before; "
    "the day before would be 'yesterday'); 'on Tuesday' -> 2025-02-18",
    "en",
    [
        deal("seagate-intevac", ["Seagate", "Intevac"], "acquisition", 119000000, "USD", "approx",
             "2025-02-13", "signed",
             "Seagate Technology agreed last Thursday to buy Intevac, the Santa Clara maker of thin-film deposition tools used to coat hard-disk platters, for about $119 million in cash.",
             note="$4.05 a share is the per-share price (not_deals); closing expected by mid-year"),
        deal("pallwick-kioxia-ssd", ["Pallwick Components", "Kioxia"], "supply", 90000000, "USD", "exact",
             "2025-02-18", "signed",
             "Pallwick Components, a Phoenix-based distributor that sells to system integrators and regional cloud operators, signed an agreement with Kioxia America on Tuesday under which it commits to buy $90 million of the Japanese company's enterprise and data-center SSDs over 2025 and 2026.",
             kind_alt=["partnership"], term=["2025", "2026"],
             note="purchase commitment of a distributor; Kioxia America = Kioxia"),
        deal("dell-xai-servers-2025", ["Dell", "xAI"], "supply", None, None, None, "2025-02", "rumored",
             "The Dell–xAI server talks reported last weekend remain unconfirmed by either side; Dell reports fourth-quarter results next Thursday and analysts will ask.",
             required=False, note="amount-less reminder of the talks reported in 006"),
    ],
    ["$4.05 a share", "$2bn", "¥1,385", "$15 per terabyte", "$495"],
)

A["008_dell_liveticker_spaetkurs.txt"] = article(
    "2025-02-27",
    "from the ticker stamp 'Stand: 27.02.2025 - 23:58:41'; 'Mitte Februar' -> 2025-02",
    "de",
    [
        deal("dell-xai-servers-2025", ["Dell", "xAI"], "supply", 4800000000, "EUR", "at_least", "2025-02",
             "rumored",
             "Zur Erinnerung: Mitte Februar war bekannt geworden, dass Dell mit xAI über die Lieferung von KI-Servern im Wert von mehr als 4,8 Milliarden Euro verhandelt.",
             note="same rumoured talks as 006, in EUR; still unconfirmed ('Bestätigt ist davon bislang nichts')"),
        deal("quarzhalle-dell-servers", ["Quarzhalle", "Dell"], "supply", 230000000, "EUR", "exact", "2025-02",
             "signed",
             "Der Leipziger GPU-Cloud-Anbieter Quarzhalle bestätigt auf unsere Anfrage, bei Dell Server mit Nvidia-Chips für 230 Millionen Euro bestellt zu haben.",
             note="order date not given, confirmed on the evening of the article -> month; different from the Hirschgraben sale-and-lease-back of part of these servers (009)"),
    ],
    ["135 Dollar", "zwischen 101 und 105 Milliarden Dollar", "rund 15 Milliarden Dollar",
     "0,525 Dollar je Aktie", "zehn Milliarden Dollar", "23,9 Milliarden Dollar", "rund 4,1 Milliarden Dollar", "111,48 Dollar", "9,99 Euro monatlich"],
)

A["009_hirschgraben_interview_finanzbrief.txt"] = article(
    None,
    "no date anywhere in the article (only 'Lesezeit: 7 Minuten'); all deals date null",
    "de",
    [
        deal("hirschgraben-quarzhalle-leaseback", ["Hirschgraben Leasing", "Quarzhalle"], "other", 210000000,
             "EUR", "exact", None, "signed",
             "Wir haben den Leipzigern einen Teil ihrer Dell-Server für 210 Millionen Euro abgekauft und vermieten sie ihnen über vier Jahre zurück.",
             kind_alt=["acquisition"],
             note="sale-and-lease-back; 'Wir' = Hirschgraben Leasing, 'den Leipzigern' = Quarzhalle (question before); Dell is only the make of the servers"),
        deal("havelstein-hirschgraben-credit", ["Havelstein Bank", "Hirschgraben Leasing"], "other", 300000000,
             "EUR", "up_to", None, "signed",
             "Die Bank hat uns eine Kreditlinie über bis zu 300 Millionen Euro eingeräumt, abgesichert durch die Server und die Leasingforderungen.",
             kind_alt=["investment"],
             note="credit line; 'Die Bank' = Havelstein Bank (previous sentence), 'uns' = Hirschgraben"),
        deal("loisach-hirschgraben-cluster", ["Loisach Labs", "Hirschgraben Leasing"], "cloud_contract", 380000,
             "EUR", "exact", None, "signed",
             "Ein Münchner Start-up, Loisach Labs, mietet bei uns einen kompletten Cluster für 380.000 Euro im Monat, zunächst für zwei Jahre.",
             kind_alt=["other"], per="month", note="monthly rent for a complete GPU cluster (compute rental); 'uns' = Hirschgraben"),
        deal("hirschgraben-hyperscaler-talks", ["Hirschgraben Leasing"], "other", 500000000, "EUR", "up_to",
             None, "negotiating",
             "Wir sprechen mit einem US-Hyperscaler über ein Paket, das bis zu einer halben Milliarde Euro umfassen könnte.",
             required=False, note="talks with an unnamed counterparty, amount in words; optional"),
    ],
    ["rund 28.000 Euro", "2,10 Euro pro GPU-Stunde", "95.000 Euro im Jahr", "46 Millionen Euro",
     "Teilnahme 145 Euro"],
)

A["010_foxconn_houston_gulffreight_en.txt"] = article(
    "2025-04-16",
    "from the line 'April 16, 2025' under the masthead (a Wednesday); 'on Monday' -> 2025-04-14, 'on Tuesday' -> 2025-04-15",
    "en",
    [
        deal("nvidia-us-ai-infrastructure", ["Nvidia"], "project", 500000000000, "USD", "up_to", "2025-04-14",
             "announced",
             "Nvidia said on Monday that it and its manufacturing partners expect to build as much as half a trillion dollars' worth of AI supercomputers on American soil within four years.",
             required=False, kind_alt=["capex_plan"],
             note="an output-value target, 'rather than money Nvidia itself will spend' -> optional; amount in words ('$500 billion' in the headline)"),
        deal("foxconn-brazos-houston-site", ["Foxconn", "Brazos Lantern Partners"], "acquisition", 142000000,
             "USD", "exact", "2025-03", "completed",
             "The Taiwanese contract manufacturer, formally Hon Hai Precision Industry, bought a 100-acre tract with two existing warehouse buildings off the Northwest Freeway in March, paying $142 million to the local developer Brazos Lantern Partners, according to county deed records reviewed by the Journal.",
             kind_alt=["other"], note="land purchase from deed records; 'The Taiwanese contract manufacturer' = Foxconn"),
        deal("wistron-us-injection-2025", ["Wistron"], "capex_plan", 350000000, "USD", "up_to", "2025-04-15",
             "announced",
             "The company's board approved an injection of up to $350 million (NT$11.5 billion) into its American subsidiary to fit out a leased plant near Fort Worth, according to a filing with the Taiwan Stock Exchange.",
             kind_alt=["investment"], alt=[(11500000000, "TWD")],
             note="'The company' = Wistron, 'on Tuesday' in the previous sentence; capital injection into its own subsidiary"),
    ],
    ["$19 to $24 an hour", "NT$1.64 trillion", "$1.4 billion", "$650"],
)

A["011_supermicro_datavolt_rechenwerk.txt"] = article(
    "2025-05-14",
    "from the header 'RECHENWERK-JOURNAL | Hardware & Märkte | Mittwoch, 14. Mai 2025'; 'Am Dienstag' -> 2025-05-13",
    "de",
    [
        deal("datavolt-supermicro", ["DataVolt", "Super Micro"], "supply", 20000000000, "USD", "exact",
             "2025-05-13", "signed",
             "Am Dienstag unterzeichnete der kalifornische Serverhersteller in Riad eine 20-Milliarden-Dollar-Vereinbarung mit DataVolt, einem saudischen Entwickler von Rechenzentren.",
             kind_alt=["partnership"], alt=[(17900000000, "EUR")],
             note="compound '20-Milliarden-Dollar-Vereinbarung'; 'der kalifornische Serverhersteller' = Super Micro (previous sentence); EUR conversion two sentences later; the commentary's 'Zwanzig Milliarden' refers to the same deal"),
        deal("strunck-supermicro-dach", ["Strunck & Oberle", "Super Micro"], "supply", 120000000, "EUR", "exact",
             "2025-05", "signed",
             "Der Distributor Strunck & Oberle aus Neu-Isenburg hat Anfang Mai einen Vertriebsvertrag für die DACH-Region mit Super Micro geschlossen und sich darin verpflichtet, 2025 und 2026 Hardware im Wert von 120 Millionen Euro abzunehmen.",
             kind_alt=["partnership"], term=["2025", "2026"],
             note="distribution agreement with a purchase commitment; 'Anfang Mai' -> month; different from Strunck & Oberle's Vlakveld purchase"),
        deal("strunck-vlakveld-acquisition", ["Strunck & Oberle", "Vlakveld Opslag"], "acquisition", None, None,
             None, None, "completed",
             "Erst im Januar hatte Strunck & Oberle die Übernahme des Utrechter Händlers Vlakveld Opslag abgeschlossen und damit den Zugang zum Benelux-Markt erweitert.",
             required=False,
             note="amount-less mention of the completion of the 2024 purchase (004); 'im Januar' is the closing, not the agreement date -> date null"),
    ],
    ["39,81 Dollar", "zwischen 5,6 und 6,4 Milliarden Dollar", "rund 23 Milliarden Dollar", "27,40 Euro", "104,55 $"],
)

A["012_micron_200bn_potomac_en.html"] = article(
    "2025-06-13",
    "from <meta name='pubdate'>, JSON-LD and the byline 'June 13, 2025 | 7:05 a.m. ET' (a Friday); 'on Thursday' -> 2025-06-12; 'last December' -> 2024-12",
    "en",
    [
        deal("micron-us-200bn-plan", ["Micron"], "capex_plan", 200000000000, "USD", "approx", "2025-06-12",
             "announced",
             "Micron Technology on Thursday put a new, larger figure on its American ambitions, saying it now plans to invest about $200 billion (roughly €174 billion) in U.S. memory manufacturing and research over the coming two decades.",
             alt=[(174000000000, "EUR")],
             note="EUR conversion in brackets; its parts ($150bn fabs, $50bn R&D) are not_deals; different from the earlier ~$125bn figure (optional)"),
        deal("commerce-micron-manassas-2025", ["U.S. Department of Commerce", "Micron"], "other", 275000000,
             "USD", "up_to", "2025-06-12", "announced",
             "The Commerce Department, for its part, said on Thursday it had agreed preliminary terms to provide up to $275 million in CHIPS Act funding for the Manassas expansion, where Micron makes older-generation DRAM for cars, defense systems and industrial equipment.",
             kind_alt=["investment"],
             note="preliminary -> announced; a second CHIPS award of the same pair, must stay apart from the 2024 award"),
        deal("commerce-micron-chips-2024", ["U.S. Department of Commerce", "Micron"], "other", 6100000000, "USD",
             "up_to", "2024-12", "signed",
             "That comes on top of the up to $6.1 billion in grants Micron was awarded last December for its fabs in Boise and Clay, New York.",
             kind_alt=["investment"], note="restatement of the 2024 award (003), rounded"),
        deal("micron-us-125bn-plan", ["Micron"], "capex_plan", 125000000000, "USD", "approx", None, "planned",
             "Micron had previously outlined about $125 billion of spending in Idaho and New York; the higher figure largely adds later phases and the Virginia work.",
             required=False, note="background: the earlier figure now folded into the $200bn plan"),
    ],
    ["$150 billion", "$50 billion", "$8.8 billion", "$114.87", "$128 billion", "$5.10", "under $4", "save $200"],
)

A["013_foxconn_ohio_mahoning_en.txt"] = article(
    "2025-08-18",
    "from the line 'Monday, Aug. 18, 2025 — 5:40 a.m.'; 'on Friday' -> 2025-08-15 (confirmation of the buyer); agreement disclosed 'on Aug. 8'",
    "en",
    [
        deal("softbank-foxconn-lordstown", ["SoftBank", "Foxconn"], "acquisition", 375000000, "USD", "exact",
             "2025-08-08", "signed",
             "Foxconn disclosed on Aug. 8 that it had agreed to sell the sprawling factory, along with some of the equipment inside, for $375 million.",
             kind_alt=["other"], alt=[(320000000, "EUR")],
             note="buyer SoftBank via Crescent Dune LLC (confirmed on Friday, first sentence); closing expected before year-end; 019 gives rund 320 Mio. Euro"),
        deal("foxconn-mexico-injection-2025", ["Foxconn"], "capex_plan", 6600000000, "TWD", "exact",
             "2025-08-12", "announced",
             "At its Aug. 12 meeting, Hon Hai's board approved a capital injection of NT$6.6 billion, about $220 million, into its Mexican subsidiary to enlarge the Guadalajara campus where it assembles Nvidia GB200 and GB300 server racks.",
             kind_alt=["investment"], alt=[(220000000, "USD")],
             note="capital injection into its own subsidiary; Hon Hai = Foxconn"),
        deal("brandholt-foxconn-cabling", ["Brandholt Interconnect", "Foxconn"], "supply", 95000000, "USD",
             "exact", "2025-07", "signed",
             "Brandholt Interconnect, an Austin maker of high-speed copper cable assemblies, won a $95 million order from Foxconn in July to supply the rack-level cabling for the Houston lines, chief executive Terrence Ojukwu-Bell said in an interview.",
             note="order won 'in July'"),
        deal("foxconn-lordstown-2022", ["Foxconn", "Lordstown Motors"], "acquisition", 230000000, "USD",
             "exact", "2022", "completed",
             "Foxconn had taken over most of the site in 2022, paying Lordstown Motors $230 million, and tried to make electric vehicles there, with little success.",
             required=False, note="background: an old purchase of the same plant three years earlier"),
    ],
    ["NT$44.4bn", "$3.1 million a year"],
)

A["014_micron_hiroshima_brenninkamp.txt"] = article(
    "2025-09-26",
    "from the header line '26. September 2025 · Analyst: ...'; 'Anfang September' -> 2025-09; 'im Januar' -> 2025-01",
    "de",
    [
        deal("meti-micron-hiroshima", ["METI", "Micron"], "other", 536000000000, "JPY", "up_to", "2025-09",
             "announced",
             "Das japanische Wirtschaftsministerium METI hat Anfang September Zuschüsse von bis zu 536 Milliarden Yen (rund 3,1 Milliarden Euro) bewilligt, mit denen Micron seine Fabrik in Hiroshima erweitert; dort entstehen künftig DRAM der nächsten Generation und HBM-Vorprodukte.",
             kind_alt=["investment"], alt=[(3100000000, "EUR")],
             note="government subsidy approved ('bewilligt'); EUR conversion in brackets"),
        deal("micron-singapore-hbm", ["Micron"], "capex_plan", 6800000000, "EUR", "approx", "2025-01",
             "announced",
             "Parallel läuft der Bau der HBM-Packaging-Fabrik in Singapur, für die Micron im Januar umgerechnet rund 6,8 Milliarden Euro veranschlagt hat.",
             kind_alt=["project"], note="restatement of 005 in EUR; 'im Januar' -> month"),
    ],
    ["11,32 Milliarden Dollar", "12,5 Milliarden Dollar", "300 Millionen Dollar", "knapp 14 Milliarden Dollar", "190 Dollar", "bisher 150 Dollar", "166,28 Dollar"],
)

A["015_bluegill_supermicro_loopledger_en.txt"] = article(
    "2025-10-07",
    "from the line 'October 7, 2025, 6:02 AM CDT' (a Tuesday); 'On Monday' -> 2025-10-06; 'last month' -> 2025-09",
    "en",
    [
        deal("supermicro-bluegill-2025", ["Bluegill Compute", "Super Micro"], "supply", 1200000000, "USD",
             "exact", "2025-10-06", "signed",
             "On Monday the Chicago company told customers it has agreed to buy $1.2 billion worth of liquid-cooled servers from Super Micro Computer, enough to fill most of a new data hall it is leasing in Elk Grove Village.",
             alt=[(1030000000, "EUR")],
             note="'the Chicago company' = Bluegill Compute (previous sentence); 016 gives rund 1,03 Milliarden Euro; different from the $650m order of 2026 (020)"),
        deal("calumet-bluegill-credit", ["Calumet Harbor Credit", "Bluegill Compute"], "other", 900000000, "USD",
             "exact", "2025-09", "completed",
             "Most of the money comes from debt: last month Bluegill closed a $900 million credit facility arranged by Calumet Harbor Credit, a private lender based in the West Loop, which is secured by the servers themselves and by Bluegill's customer contracts.",
             kind_alt=["investment"], note="GPU-backed credit facility closed 'last month'"),
    ],
    ["about $140 million", "$2.4 billion", "$2.80 an hour", "$47.12"],
)

A["016_neoclouds_serverraum.txt"] = article(
    "2025-10-21",
    "from the byline '21.10.2025 | Jens Ottenbreit'; 'Anfang Oktober' -> 2025-10",
    "de",
    [
        deal("supermicro-bluegill-2025", ["Bluegill Compute", "Super Micro"], "supply", 1030000000, "EUR",
             "approx", "2025-10", "signed",
             "Anfang Oktober bestellte der Chicagoer Anbieter Bluegill Compute bei dem kalifornischen Hersteller Server mit Nvidias Blackwell-Ultra-Chips für rund 1,03 Milliarden Euro.",
             note="same order as 015, in EUR; 'dem kalifornischen Hersteller' = Super Micro (previous sentence)"),
        deal("quarzhalle-supermicro-talks", ["Quarzhalle", "Super Micro"], "supply", 150000000, "EUR", "range",
             "2025-10", "negotiating",
             "Die Leipziger Quarzhalle, die bislang ausschließlich Dell-Systeme betreibt, verhandelt Insidern zufolge mit Super Micro über eine Lieferung im Volumen zwischen 150 und 200 Millionen Euro.",
             amount_max=200000000,
             note="talks 'Insidern zufolge', confirmed in general terms by a spokesperson ('Gespräche mit mehreren Herstellern') -> negotiating; range 'zwischen ... und'; the unnamed lessor of the sale-and-lease-back (later paragraph) is not annotated"),
        deal("loschwitz-quarzhalle-round", ["Loschwitz Ventures", "Quarzhalle"], "investment", 45000000, "EUR",
             "exact", "2025-07", "completed",
             "Im Juli sammelte das Unternehmen in einer Finanzierungsrunde 45 Millionen Euro ein, angeführt vom Dresdner Wagniskapitalgeber Loschwitz Ventures.",
             note="funding round, lead investor listed; 'das Unternehmen' = Quarzhalle"),
    ],
    ["rund 3,4 Millionen Dollar", "rund 31 Mio. Euro", "mindestens 33 Milliarden Dollar", "890 Euro",
     "740 Euro"],
)

A["017_pikeshaw_coreweave_neocloudwire_en.txt"] = article(
    "2025-11-05",
    "from the line 'Nov 5, 2025 | 09:15 UTC'; 'On Tuesday' -> 2025-11-04; 'mid-October' -> 2025-10; 'in July' -> 2025-07",
    "en",
    [
        deal("pikeshaw-dell-gb300", ["Pikeshaw Leasing", "Dell"], "supply", 740000000, "USD", "exact",
             "2025-11", "signed",
             "On Tuesday, Pikeshaw Leasing, a Denver firm that finances industrial and IT equipment, confirmed it will buy $740 million of Dell PowerEdge servers built on Nvidia's GB300 platform and lease them to CoreWeave.",
             note="order placed 'three weeks later' than the mid-October lease and confirmed on Tuesday (2025-11-04) -> month"),
        deal("pikeshaw-coreweave-lease", ["Pikeshaw Leasing", "CoreWeave"], "other", 23000000, "USD", "approx",
             "2025-10", "signed",
             "Under the lease, CoreWeave will pay Pikeshaw about $23 million a month for four years, starting when the first racks are switched on in the first quarter of 2026.",
             kind_alt=["cloud_contract"], per="month", term=["2026", "2030"],
             note="monthly lease rate; lease agreed 'in mid-October'; four years from Q1 2026"),
        deal("coreweave-corescientific", ["CoreWeave", "Core Scientific"], "acquisition", 9000000000, "USD",
             "approx", "2025-07", "cancelled",
             "CoreWeave had agreed in July to buy the bitcoin miner turned data-center landlord in a share swap worth roughly $9 billion, mainly to own the buildings it already rents from Core Scientific rather than paying rent for them.",
             note="all-stock takeover agreed in July, rejected by shareholders 'three months later' and terminated on Oct. 30 -> cancelled, keeps the agreement date"),
        deal("pikeshaw-gpu-fund", ["Pikeshaw Leasing"], "investment", 1500000000, "USD", "exact", None,
             "completed",
             "The company, which until last year mostly leased mining trucks and hospital scanners, has raised a dedicated $1.5 billion fund for GPU equipment, backed by two insurance groups.",
             required=False, note="fund raised from two unnamed insurers, no date -> optional (a fund size rather than a deal between named parties)"),
    ],
    ["$55.6 billion", "$1.36 billion", "$16.45", "$105.80", "$2,400 per seat per year"],
)

A["018_sandisk_kioxia_asienmaerkte.txt"] = article(
    "2026-01-30",
    "from the stamp '30.01.2026 - 07:12:48'; 'am Donnerstag' -> 2026-01-29; 'Am 12. November 2025 ... zwei Wochen später' -> 2025-11-26",
    "de",
    [
        deal("sandisk-kioxia-jv-2026", ["Sandisk", "Kioxia"], "joint_venture", 1165000000, "USD", "exact",
             "2026-01-29", "signed",
             "Sandisk überweist Kioxia für Fertigungsleistungen zwischen 2026 und 2029 zusammen 1,165 Milliarden Dollar, umgerechnet rund 980 Millionen Euro.",
             kind_alt=["supply", "other"], term=["2026", "2029"], alt=[(980000000, "EUR")],
             note="payment for manufacturing services within the joint-venture extension to 2034, announced 'am Donnerstag' (first paragraph)"),
        deal("kioxia-sakuradai-bonding", ["Kioxia", "Sakuradai Bonding"], "supply", 42000000000, "JPY", "exact",
             "2025-11-26", "signed",
             "Am 12. November 2025 hatte der Konzern seinen Fahrplan für Speicherchips mit mehr als 300 Lagen vorgestellt; zwei Wochen später bestellte er bei der Sakuradai Bonding Co. aus Kawasaki Anlagen zum Waferbonden für 42 Milliarden Yen.",
             note="date relative to an earlier date in the text ('zwei Wochen später' after 12 November 2025); 'der Konzern'/'er' = Kioxia"),
    ],
    ["rund 48 Milliarden Dollar", "61 Milliarden Yen", "11.850 Yen",
     "rund 600 Milliarden Yen", "4,90 Euro"],
)

A["019_quanta_inventec_lieferketten.txt"] = article(
    "2026-03-18",
    "from the issue line 'Ausgabe 11/2026 · Mittwoch, 18. März 2026'; 'am Montag' -> 2026-03-16; 'vergangene Woche' -> 2026-03; 'im August' -> 2025-08",
    "de",
    [
        deal("quanta-caddo-fortworth", ["Quanta", "Caddo Ridge Logistics"], "acquisition", 172000000, "USD",
             "exact", "2026-03-16", "completed",
             "Den Kaufvertrag über 172 Millionen Dollar mit dem Projektentwickler Caddo Ridge Logistics unterzeichnete Quantas US-Tochter am Montag, die Übergabe ist bereits erfolgt.",
             kind_alt=["other"], note="site purchase; genitive 'Quantas'; handed over -> completed"),
        deal("inventec-chihuahua-2026", ["Inventec"], "capex_plan", 250000000, "USD", "up_to", "2026-03",
             "planned",
             "Der Konzern aus Taipeh will bis zu 250 Millionen Dollar in die Erweiterung seines Werks im mexikanischen Chihuahua stecken, wie er vergangene Woche bei einer Investorenveranstaltung ankündigte.",
             note="'Der Konzern aus Taipeh' = Inventec (previous sentence); no board decision yet -> planned"),
        deal("softbank-foxconn-lordstown", ["SoftBank", "Foxconn"], "acquisition", 320000000, "EUR", "approx",
             "2025-08", "signed",
             "Für rund 320 Mio. Euro ging die frühere Autofabrik in Lordstown im August an den japanischen Investor SoftBank, der dort Ausrüstung für Rechenzentren bauen lässt.",
             kind_alt=["other"], note="restatement of 013 in EUR (Foxconn in the previous sentence); 'im August' -> 2025-08"),
    ],
    ["mehr als 60 Milliarden Dollar", "rund 4,50 Dollar pro Stunde", "eher 20 Dollar",
     "zwischen zwei und drei Millionen Euro", "490 Euro"],
)

A["020_seagate_koehlbrand_kaischuppen.html"] = article(
    "2026-11-20",
    "from <meta name='date'>, JSON-LD and the byline '20.11.2026, 06:30 Uhr' (a Friday); 'Am Mittwoch' -> 2026-11-18; 'Anfang November' -> 2026-11",
    "de",
    [
        deal("seagate-koehlbrand-hamr", ["Seagate", "Köhlbrand Speicherdienste"], "supply", 28000000, "EUR",
             "approx", "2026-11-18", "signed",
             "Köhlbrand zahlt dafür jährlich rund 28 Millionen Euro, beginnend im Januar 2027.",
             per="year", term=["2027-01", "2029"],
             note="yearly rate over three years; parties and 'Am Mittwoch' in the two previous sentences"),
        deal("supermicro-bluegill-2026", ["Bluegill Compute", "Super Micro"], "supply", 650000000, "USD", "exact",
             "2026-11", "signed",
             "Die Amerikaner haben sich dafür selbst neu eingedeckt: Anfang November bestellte Bluegill bei Super Micro weitere Server für 650 Millionen Dollar, die zu einem Teil nach Hamburg gehen sollen.",
             note="second order of the pair, must stay apart from the 2025 order"),
        deal("supermicro-bluegill-2025", ["Bluegill Compute", "Super Micro"], "supply", None, None, None,
             "2025-10", "signed",
             "Es ist der zweite Großauftrag an den kalifornischen Hersteller nach dem Milliardenauftrag vom Oktober 2025.",
             required=False, note="amount-less reference ('Milliardenauftrag') to the 2025 order of 015/016"),
        deal("nvidia-bluegill-round-2026", ["Nvidia", "Bluegill Compute"], "investment", 280000000, "USD", "exact",
             "2026-09", "completed",
             "Bezahlt wird er unter anderem mit Geld aus einer Finanzierungsrunde über 280 Millionen Dollar, die Bluegill im September abgeschlossen hat; angeführt wurde sie von Nvidia.",
             note="funding round closed 'im September' (2026), lead investor Nvidia in the second clause; 'er' = the $650m order"),
        deal("westerndigital-koehlbrand-rumor", ["Western Digital", "Köhlbrand Speicherdienste"], "acquisition",
             400000000, "EUR", "approx", "2026-11", "rumored",
             "Zu Gerüchten, wonach Western Digital ein Auge auf Köhlbrand geworfen habe und rund 400 Millionen Euro für die Firma bieten wolle, sagt Iwersen nur:",
             required=False, note="rumour denied by the company ('es hat niemand gefragt') -> optional"),
        deal("bluegill-koehlbrand-storage", ["Bluegill Compute", "Köhlbrand Speicherdienste"], "cloud_contract",
             None, None, None, "2026-11", "planned",
             "Bluegill Compute, ein amerikanischer Anbieter von GPU-Rechenleistung, eröffnet im kommenden Jahr einen Standort in Hamburg-Billbrook und will seine Trainingsdaten bei Köhlbrand ablegen.",
             required=False, note="intended storage customer relationship without amount -> optional"),
    ],
    ["etwa 14 Euro pro Terabyte", "74 Millionen Euro", "45 Millionen Euro", "312 Dollar", "489.000 Euro",
     "7,99 Euro monatlich"],
)


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
