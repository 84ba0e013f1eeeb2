#!/usr/bin/env python3
"""Write gold.json for tests/corpus116 (the hand annotation, kept here as code so that shared
ids, aliases and conversions stay consistent). Standard library only.

Usage: python3 tests/corpus116/make_gold.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the one-hundred-and-sixteenth, held-out test corpus (tests/corpus116/articles/), "
    "written for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. Theme: quantum computing beside the AI race (funding rounds, "
    "acquisitions, government orders and stakes, national quantum programmes, quantum computers in supercomputing "
    "and colocation centres, cloud and chip partnerships). One entry per article; a deal that several articles "
    "report carries the same id in each. 'required': false marks vague or background mentions that an extractor "
    "may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them "
    "as a deal is an error. Amounts are in full units and in the currency in which the article states them; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the "
    "same article) states it in another currency or at another precision. 'date' is when the deal was announced "
    "or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from "
    "the article's own date marker, dateline, <meta>/JSON-LD date, issue line or visible byline date, or null when "
    "the article has none); quarters, half-years and seasons become the year; a cancelled deal keeps the date of "
    "the original agreement or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' "
    "lists other acceptable kinds; 'note' explains a judgement call. Capital raises list the company and its lead "
    "investor(s); capex plans list only the spender. For .html articles the evidence and not_deals occur in the "
    "visible text (check_corpus_gold.visible_text). Invented companies: Gunbarrel Ion Systems, Saalequant, "
    "Wachwitz Deeptech Partners, Rheinwarte Datacenter GmbH, Routasilta Quantum, Kühnhaide Kryotechnik, Fenmoor "
    "Quantum, Carnbrae Supercomputing Centre, Ashdown Mews Capital, Cobalt Mesa Quantum, Bankhaus Quellenhof; "
    "invented publications, research houses, advertisers and persons are listed in invented_names.txt; the deals "
    "of real companies are partly real, partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Quantinuum": ["Quantinuum"],
    "JPMorgan Chase": ["JPMorgan Chase", "JPMorgan", "JPMorgan Chase & Co."],
    "Gunbarrel Ion Systems": ["Gunbarrel Ion Systems", "Gunbarrel Ion Systems Inc.", "Gunbarrel"],
    "PsiQuantum": ["PsiQuantum", "PsiQuantum Corp."],
    "Australian Government": ["Australian Government", "australische Bundesregierung", "Commonwealth of Australia"],
    "Queensland Government": ["Queensland Government", "Bundesstaat Queensland", "Queensland"],
    "Aramco": ["Aramco", "Saudi Aramco"],
    "Pasqal": ["Pasqal", "Pasqal SAS"],
    "GlobalFoundries": ["GlobalFoundries", "GlobalFoundries Inc."],
    "planqc": ["planqc", "planqc GmbH"],
    "CATRON Holding": ["CATRON Holding", "CATRON"],
    "DTCF": ["DTCF", "Deep Tech & Climate Fonds"],
    "DLR": ["DLR", "Deutsches Zentrum für Luft- und Raumfahrt", "Deutsche Zentrum für Luft- und Raumfahrt"],
    "Saalequant": ["Saalequant", "Saalequant GmbH"],
    "Wachwitz Deeptech Partners": ["Wachwitz Deeptech Partners", "Wachwitz Deeptech"],
    "European Investment Bank": ["European Investment Bank", "Europäische Investitionsbank",
                                 "Europäischen Investitionsbank", "EIB"],
    "Stadt Jena": ["Stadt Jena"],
    "Alice & Bob": ["Alice & Bob"],
    "Future French Champions": ["Future French Champions"],
    "QuEra": ["QuEra", "QuEra Computing", "QuEra Computing Inc."],
    "Google": ["Google"],
    "SoftBank": ["SoftBank", "SoftBank Group"],
    "Quanta Computer": ["Quanta Computer", "Quanta Computer Inc."],
    "Rigetti": ["Rigetti", "Rigetti Computing", "Rigetti Computing Inc."],
    "Forschungszentrum Jülich": ["Forschungszentrum Jülich", "Forschungszentrum Jülich GmbH", "Jülich"],
    "D-Wave": ["D-Wave", "D-Wave Quantum", "D-Wave Quantum Inc."],
    "IonQ": ["IonQ", "IonQ Inc."],
    "Oxford Ionics": ["Oxford Ionics", "Oxford Ionics Ltd"],
    "EPB": ["EPB"],
    "AstraZeneca": ["AstraZeneca"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Nvidia": ["Nvidia", "NVentures"],
    "Routasilta Quantum": ["Routasilta Quantum", "Routasilta Quantum Oy", "Routasilta"],
    "Novo Nordisk Foundation": ["Novo Nordisk Foundation"],
    "EIFO": ["EIFO", "Export and Investment Fund of Denmark"],
    "QuNorth": ["QuNorth"],
    "Atom Computing": ["Atom Computing"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Al Rabban Capital": ["Al Rabban Capital"],
    "Rheinwarte Datacenter": ["Rheinwarte Datacenter", "Rheinwarte Datacenter GmbH", "Rheinwarte"],
    "IQM": ["IQM", "IQM Quantum Computers"],
    "Ten Eleven Ventures": ["Ten Eleven Ventures"],
    "VTT": ["VTT", "VTT Technical Research Centre of Finland"],
    "BlackRock": ["BlackRock"],
    "Temasek": ["Temasek"],
    "Baillie Gifford": ["Baillie Gifford"],
    "IBM": ["IBM"],
    "AMD": ["AMD"],
    "Heights Capital Management": ["Heights Capital Management"],
    "US Department of Commerce": ["US Department of Commerce", "U.S. Commerce Department", "Commerce Department"],
    "Intel": ["Intel"],
    "Kühnhaide Kryotechnik": ["Kühnhaide Kryotechnik", "Kühnhaide"],
    "Quantum Circuits": ["Quantum Circuits", "Quantum Circuits Inc."],
    "Carnbrae Supercomputing Centre": ["Carnbrae Supercomputing Centre", "Carnbrae"],
    "Fenmoor Quantum": ["Fenmoor Quantum", "Fenmoor Quantum Ltd", "Fenmoor"],
    "Ashdown Mews Capital": ["Ashdown Mews Capital"],
    "Cobalt Mesa Quantum": ["Cobalt Mesa Quantum", "Cobalt Mesa"],
    "Bankhaus Quellenhof": ["Bankhaus Quellenhof", "Quellenhof"],
    "Tesi": ["Tesi"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, amount_max=None,
      required=True, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if per:
        d["per"] = per
    if term:
        d["term"] = term
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def N(id, parties, kind, date, status, evidence, **kw):
    """A deal mention without an amount."""
    return D(id, parties, kind, None, None, None, date, status, evidence, **kw)


PSIQ_LEADS = ["PsiQuantum", "BlackRock", "Temasek", "Baillie Gifford"]

A = {}

A["001_quantinuum_jpmorgan_qubitledger_en.txt"] = dict(
    published="2024-01-16",
    published_note="from the issue line 'Issue 7 · Tuesday 16 January 2024'; 'on Monday' -> 2024-01-15",
    language="en",
    deals=[
        D("quantinuum-raise-2024", ["Quantinuum", "JPMorgan Chase"], "investment", 300_000_000, "USD", "exact",
          "2024-01-15", "completed",
          "Quantinuum has closed a $300 million equity round, the Broomfield- and Cambridge-based company disclosed on Monday.",
          note="lead investor JPMorgan Chase in the next sentence ('JPMorgan Chase led it.'); Mitsui, Amgen and Honeywell "
               "also invested; 'Three hundred million' in the analyst's quote is the same round; the $5bn pre-money "
               "valuation is not a deal; different from Quantinuum's $600m round of 2025 (011)"),
        D("gunbarrel-quantinuum-order", ["Gunbarrel Ion Systems", "Quantinuum"], "supply", 9_500_000, "USD", "exact",
          "2023-12", "signed",
          "Gunbarrel Ion Systems, a Boulder, Colorado, outfit that builds the laser and radio-frequency control racks that keep trapped ions in line, told the Ledger it has signed a $9.5 million order with the company.",
          term=[None, "2025-12"],
          note="'the company' = Quantinuum (previous sentence); 'inked last month' (next sentence) -> 2023-12; "
               "deliveries 'through the end of 2025'"),
    ],
    not_deals=["$14 a month", "$5 billion", "$60 million", "$8.6 billion", "$1,150"],
)

A["002_psiquantum_queensland_weltblick.txt"] = dict(
    published="2024-05-02",
    published_note="from the date line 'Donnerstag, 2. Mai 2024'; 'am Dienstag' -> 2024-04-30, 'am Montag' -> 2024-04-29",
    language="de",
    deals=[
        D("psiquantum-australia-2024", ["PsiQuantum", "Australian Government", "Queensland Government"], "investment",
          940_000_000, "AUD", "exact", "2024-04-30", "announced",
          "So viel Geld hat noch keine Regierung einem einzelnen Quantenunternehmen in Aussicht gestellt: Die australische Bundesregierung und der Bundesstaat Queensland stellen dem kalifornischen Start-up PsiQuantum zusammen 940 Millionen australische Dollar zur Verfügung, umgerechnet rund 570 Millionen Euro.",
          alt=[(570_000_000, "EUR")], kind_alt=["other"],
          note="government package of equity, grants and loans (half each from Canberra and Queensland); "
               "announced 'am Dienstag' in the next sentence; the EUR conversion is an alt amount"),
        N("aramco-pasqal-2024", ["Aramco", "Pasqal"], "supply", "2024-04-29", "signed",
          "Der saudische Energiekonzern Aramco und das französische Unternehmen Pasqal haben am Montag vereinbart, in Dhahran einen Quantencomputer mit 200 Qubit auf Basis neutraler Atome aufzustellen.",
          kind_alt=["partnership"],
          note="no price ('Über den Preis schwiegen beide Seiten'); required although amount-less: a clear, dated agreement"),
        N("psiquantum-globalfoundries", ["PsiQuantum", "GlobalFoundries"], "supply", None, "signed",
          "Das Unternehmen rechnet mit Photonen, also mit einzelnen Lichtteilchen, und lässt seine Chips in den USA bei GlobalFoundries fertigen.",
          required=False, kind_alt=["partnership"],
          note="background manufacturing relationship, no amount and no date; optional"),
    ],
    not_deals=["3,15 Milliarden Dollar", "rund drei Milliarden Euro", "740 Millionen Euro", "49 Euro"],
)

A["003_planqc_serie_a_isarauen.txt"] = dict(
    published="2024-07-18",
    published_note="from the header 'Ausgabe vom 18.07.2024' (dateline 'Garching, 17. Juli'); 'am Dienstag' -> 2024-07-16",
    language="de",
    deals=[
        D("planqc-series-a-2024", ["planqc", "CATRON Holding", "DTCF"], "investment", 50_000_000, "EUR", "exact",
          "2024-07-16", "completed",
          "Für diesen Ansatz hat das 2022 aus dem Max-Planck-Institut für Quantenoptik ausgegründete Unternehmen nun 50 Millionen Euro von Investoren erhalten, wie es am Dienstag bekanntgab.",
          note="'das ... ausgegründete Unternehmen' = planqc; co-leads CATRON Holding and DTCF in the next sentence "
               "(Bayern Kapital and earlier backers follow, not listed)"),
        D("dlr-planqc-2023", ["DLR", "planqc"], "supply", 29_000_000, "EUR", "exact", "2023", "signed",
          "Ein zahlender Kunde ist schon da: Im Herbst 2023 hatte das Deutsche Zentrum für Luft- und Raumfahrt (DLR) planqc für 29 Millionen Euro damit beauftragt, im Rahmen seiner Quantencomputing-Initiative einen Neutralatom-Rechner zu entwickeln und in Ulm aufzubauen.",
          kind_alt=["other"],
          note="'Im Herbst 2023' -> the year; restated in 019; different from the DLR's second order of 2026 (019)"),
    ],
    not_deals=["rund 300 Millionen Euro", "75.000 Euro", "250.000 Euro"],
)

A["004_saalequant_goeschwitz_kernberge.txt"] = dict(
    published="2024-11-21",
    published_note="from the date line 'Donnerstag, 21. November 2024 | 05:30 Uhr'; 'am Mittwoch' -> 2024-11-20",
    language="de",
    deals=[
        D("wachwitz-saalequant-series-a", ["Saalequant", "Wachwitz Deeptech Partners"], "investment", 38_000_000,
          "EUR", "exact", "2024-11-20", "completed",
          "Jetzt hat Saalequant 38 Millionen Euro frisches Kapital.",
          alt=[(40_000_000, "USD")],
          note="lead investor and 'am Mittwoch' in the next sentence; 005 gives 'about $40 million' (alt amount), "
               "017 restates it, 020 mentions it without amount; different from the €115m Series B of 2026 (020)"),
        D("eib-saalequant-loan", ["European Investment Bank", "Saalequant"], "other", 15_000_000, "EUR", "exact",
          "2024-11", "signed",
          "Zusätzlich zur Eigenkapitalrunde hat sich das Unternehmen einen Kredit der Europäischen Investitionsbank (EIB) über 15 Millionen Euro gesichert.",
          kind_alt=["investment"],
          note="venture loan; 'das Unternehmen' = Saalequant; signed 'Anfang November'"),
        D("jena-saalequant-hall", ["Saalequant", "Stadt Jena"], "acquisition", 4_200_000, "EUR", "exact",
          "2024-11", "signed",
          "Für 4,2 Millionen Euro kauft Saalequant der Stadt Jena die seit Jahren leerstehende Optikhalle im Gewerbegebiet Göschwitz ab.",
          kind_alt=["other"],
          note="purchase of a municipal building; council approval 'vergangene Woche' -> 2024-11; the reader "
               "comment repeats '4,2 Millionen' (same deal)"),
    ],
    not_deals=["etwa 160 Millionen Euro", "25 Millionen Euro", "11 Euro pro Quadratmeter"],
)

A["005_rounds_march_cryostat_en.txt"] = dict(
    published="2025-03-07",
    published_note="from the issue line 'Friday 7 March 2025 · No. 58'; 'on Tuesday' -> 2025-03-04; 'last month' -> 2025-02",
    language="en",
    deals=[
        D("alice-bob-series-b", ["Alice & Bob", "Future French Champions"], "investment", 100_000_000, "EUR",
          "exact", "2025-01", "completed",
          "The cat-qubit specialist closed a €100 million Series B in late January, led by Future French Champions, with AVP and Bpifrance following on.",
          note="'The cat-qubit specialist' = Alice & Bob (heading); 'late January' -> 2025-01; the ~€130m total "
               "raised since 2020 is not a deal"),
        D("quera-2025-raise", ["QuEra", "Google", "SoftBank"], "investment", 230_000_000, "USD", "at_least",
          "2025-02", "completed",
          "Boston's QuEra Computing said last month it had raised more than $230 million.",
          note="'more than' -> at_least; investors Google and SoftBank's Vision Fund in the next sentence "
               "(Valor Equity Partners also took part, not listed)"),
        D("quanta-rigetti-stake", ["Quanta Computer", "Rigetti"], "investment", 35_000_000, "USD", "exact",
          "2025-02-26", "signed",
          "Taiwan's Quanta Computer agreed on 26 February to buy $35 million of newly issued Rigetti Computing shares, at $11.59 apiece.",
          note="the per-share price is not a deal; different from the optional $250m-each commitment"),
        D("quanta-rigetti-partnership", ["Quanta Computer", "Rigetti"], "partnership", 250_000_000, "USD",
          "at_least", "2025-02-26", "announced",
          "Beyond the equity, the two said they would each put more than $250 million over five years into a joint push to industrialise superconducting qubits, money that stays in their own budgets rather than changing hands.",
          required=False,
          note="each partner's own spending, no money changes hands; optional"),
        N("juelich-dwave-2025", ["Forschungszentrum Jülich", "D-Wave"], "supply", "2025-03-04", "completed",
          "Forschungszentrum Jülich confirmed on Tuesday that it has bought an Advantage annealing system from D-Wave Quantum, to sit next to JUPITER, Europe's first exascale supercomputer.",
          kind_alt=["acquisition"],
          note="price not disclosed; different from Jülich's 2026 upgrade contract with D-Wave (015)"),
        D("wachwitz-saalequant-series-a", ["Saalequant", "Wachwitz Deeptech Partners"], "investment", 40_000_000,
          "USD", "approx", "2024-11", "completed",
          "Saalequant, the photonic-chip maker from Jena that raised about $40 million in November in a round led by Dresden's Wachwitz Deeptech Partners, has poached a process engineer from a Dresden foundry to be its first chief operating officer.",
          note="the €38m round of 004, in USD and with only the month; amount in a relative clause"),
    ],
    not_deals=["around €130 million", "$11.59", "$8.62", "£2.5 billion", "€690"],
)

A["006_ionq_oxford_ionics_strandgate_en.txt"] = dict(
    published="2025-06-10",
    published_note="from the header 'Jun 10, 2025 · 07:10 ET' (dateline 'June 9'); 'on Monday' -> 2025-06-09",
    language="en",
    deals=[
        D("ionq-oxford-ionics", ["IonQ", "Oxford Ionics"], "acquisition", 1_075_000_000, "USD", "exact",
          "2025-06-09", "signed",
          "IonQ said on Monday it would buy Oxford Ionics, a British developer of trapped-ion chips, for $1.075 billion, the largest acquisition the young quantum computing industry has seen so far.",
          alt=[(940_000_000, "EUR")],
          note="agreed, closing expected by year end; 007 gives 'knapp 940 Millionen Euro' (alt amount), 016 mentions "
               "it without amount; the $1.065bn share part and ~$10m cash part are not separate deals"),
        D("ionq-epb-2025", ["IonQ", "EPB"], "supply", 22_000_000, "USD", "exact", "2025-04", "signed",
          "In April it signed a $22 million agreement with EPB, the municipal power and broadband utility of Chattanooga, Tennessee, to install one of its Forte Enterprise systems in the city and set up a shared quantum hub there.",
          kind_alt=["partnership"],
          note="'it' = IonQ ('the Maryland company', previous sentence)"),
        N("ionq-astrazeneca-aws-nvidia", ["IonQ", "AstraZeneca", "Amazon", "Nvidia"], "partnership", "2025-06",
          "announced",
          "Earlier this month IonQ also published results of a chemistry simulation it ran together with AstraZeneca, Amazon Web Services and Nvidia, which the partners described as a collaboration on drug-discovery workflows.",
          required=False, note="research collaboration without money; optional"),
    ],
    not_deals=["$1.065 billion", "roughly $10 million", "$41.10", "about $10 billion", "$75 million to $95 million"],
)

A["007_ionq_routasilta_kursfernrohr.txt"] = dict(
    published="2025-06-11",
    published_note="from the header '11.06.2025 – 08:47 Uhr'; 'am Montagabend deutscher Zeit' -> 2025-06-09",
    language="de",
    deals=[
        D("ionq-oxford-ionics", ["IonQ", "Oxford Ionics"], "acquisition", 940_000_000, "EUR", "approx",
          "2025-06-09", "signed",
          "Knapp 940 Millionen Euro legt IonQ für Oxford Ionics auf den Tisch.",
          note="same takeover as 006, in EUR; 'knapp' -> approx; announced 'am Montagabend' (next sentence)"),
        D("ionq-routasilta-talks", ["IonQ", "Routasilta Quantum"], "acquisition", 180_000_000, "USD", "approx",
          "2025-06", "rumored",
          "Der Kaufpreis für das finnische Start-up, das Steuerchips für den Betrieb bei extrem tiefen Temperaturen entwirft, könnte bei rund 180 Millionen Dollar liegen, sagen zwei Personen, die die Verhandlungen aus der Nähe verfolgen.",
          note="'Insidern zufolge verhandelt IonQ ... mit Routasilta Quantum' in the previous sentence; both "
               "companies declined to comment -> rumored; 010 reports the end of the talks (cancelled)"),
    ],
    not_deals=["35,80 Euro", "von 45 auf 52 Dollar", "43,1 Mio. Dollar", "75 bis 95 Mio. Dollar", "1 Euro pro Order"],
)

A["008_qunorth_magne_amagercourier_en.txt"] = dict(
    published="2025-07-16",
    published_note="from the dateline 'COPENHAGEN, 16 July 2025' (no other date marker); 'on Tuesday' -> 2025-07-15",
    language="en",
    deals=[
        D("qunorth-magne-investment", ["Novo Nordisk Foundation", "EIFO", "QuNorth"], "investment", 80_000_000,
          "EUR", "exact", "2025-07-15", "announced",
          "The Novo Nordisk Foundation and EIFO, Denmark's state-owned export and investment fund, said on Tuesday they would jointly invest €80 million (roughly DKK 600 million) in QuNorth, a company set up to buy and operate the machine.",
          alt=[(600_000_000, "DKK")], kind_alt=["joint_venture"],
          note="two owners fund a new 50/50 operator; DKK conversion in brackets"),
        N("qunorth-magne-build", ["QuNorth", "Atom Computing", "Microsoft"], "supply", "2025-07-15", "announced",
          "The computer itself, named Magne after a son of Thor in Norse myth, will be built by Atom Computing, a Berkeley start-up that traps neutral ytterbium atoms with lasers, while Microsoft supplies the error-correction software and the control stack.",
          kind_alt=["partnership"],
          note="buyer QuNorth from the previous paragraph; the hardware share of the €80m is not disclosed, so no amount"),
        D("quantinuum-alrabban-jv", ["Quantinuum", "Al Rabban Capital"], "joint_venture", 1_000_000_000, "USD",
          "up_to", "2025-05", "signed",
          "In May, Quantinuum agreed a joint venture with Al Rabban Capital, an investment firm in Doha, worth up to $1 billion over the coming decade, to bring its trapped-ion machines to Qatar.",
          kind_alt=["investment"]),
        N("vtt-iqm-earlier-system", ["VTT", "IQM"], "supply", None, "completed",
          "Finland's VTT already runs a machine built by IQM, and Sweden's Chalmers has its own superconducting programme.",
          required=False,
          note="background: an earlier, undated purchase without amount; optional; different from VTT's 300-qubit order (010)"),
    ],
    not_deals=["about DKK 1 billion", "$160 billion", "about €6 million a year"],
)

A["009_rheinwarte_iqm_fechenheimer.html"] = dict(
    published="2025-07-24",
    published_note="from <meta name='date'>, JSON-LD datePublished and the byline '24.07.2025, 06:30 Uhr'",
    language="de",
    deals=[
        D("rheinwarte-iqm-system", ["Rheinwarte Datacenter", "IQM"], "supply", 30_000_000, "EUR", "approx",
          "2025-07", "negotiating",
          "Nach Informationen von Fechenheimer Blatt Online verhandelt Rheinwarte mit dem finnischen Hersteller IQM über ein supraleitendes System mit 150 Qubit im Wert von rund 30 Millionen Euro.",
          alt=[(31_000_000, "EUR"), (36_000_000, "USD")],
          note="talks confirmed by Rheinwarte, value from the paper's information; 018 reports the signing at €31m "
               "(about $36m) on 2026-05-05 (alt amounts); the shared id's dates differ (talks 2025-07 vs signing 2026-05-05)"),
        D("rheinwarte-third-building", ["Rheinwarte Datacenter"], "capex_plan", 200_000_000, "EUR", "approx",
          "2025-07", "planned",
          "Rund 200 Millionen Euro will Rheinwarte bis 2028 in einen dritten Bau stecken, der mit 24 Megawatt Anschlussleistung geplant ist.",
          term=[None, "2028"], kind_alt=["project"],
          note="capex plan of the spender only; decided but not yet approved by the city"),
    ],
    not_deals=["48 Millionen Euro", "rund 2,4 Milliarden Euro", "17 Cent pro Kilowattstunde", "7,99 €"],
)

A["010_iqm_series_b_tapiola_en.txt"] = dict(
    published="2025-09-04",
    published_note="from the line 'Technology · Thursday 4 September 2025'; 'on Wednesday' -> 2025-09-03, "
                   "'on Tuesday' -> 2025-09-02, 'last month' -> 2025-08",
    language="en",
    deals=[
        D("iqm-series-b-2025", ["IQM", "Ten Eleven Ventures"], "investment", 300_000_000, "USD", "at_least",
          "2025-09-03", "completed",
          "IQM Quantum Computers has raised more than $300 million in Series B funding, with the American fund Ten Eleven Ventures in the lead, the Espoo company said on Wednesday.",
          note="'more than' -> at_least; Tesi took part (not lead); valuation above $1bn is not a deal"),
        D("vtt-iqm-300-qubit", ["VTT", "IQM"], "supply", 45_000_000, "EUR", "approx", "2025-08", "signed",
          "Only last month VTT Technical Research Centre of Finland ordered a 300-qubit system from IQM for about €45 million, to be delivered in 2027.",
          note="the government's €70m programme budget that covers it is not a deal"),
        D("ionq-routasilta-talks", ["IonQ", "Routasilta Quantum"], "acquisition", 180_000_000, "USD", "approx",
          "2025-06", "cancelled",
          "Routasilta Quantum, a start-up from the same Keilaniemi business park that designs cryogenic control chips, said on Tuesday that takeover talks with IonQ, which people familiar with them had valued at about $180 million in June, had ended without an agreement.",
          note="the talks rumoured in 007 ended (announced 2025-09-02); a cancelled deal keeps the date of the talks (June 2025)"),
    ],
    not_deals=["above $1 billion", "€70 million", "about €30 million"],
)

A["011_psiquantum_series_e_qubitcast_en.html"] = dict(
    published="2025-09-11",
    published_note="from <meta property='article:published_time'>, JSON-LD and the byline 'September 11, 2025'; "
                   "'on Wednesday' -> 2025-09-10",
    language="en",
    deals=[
        D("psiquantum-series-e", PSIQ_LEADS, "investment", 1_000_000_000, "USD", "exact", "2025-09-10", "completed",
          "PsiQuantum has pulled in $1 billion of fresh equity in a Series E, the Palo Alto company announced on Wednesday, as investors keep pouring money into firms that promise error-corrected quantum computers before the decade is out.",
          alt=[(850_000_000, "EUR")],
          note="co-leads BlackRock, Temasek and Baillie Gifford in the next sentence (NVentures joined, not listed); "
               "also in the headline ('$1bn'); 012 gives 'rund 850 Millionen Euro' with the month only (alt amount); "
               "020 mentions it without amount"),
        D("quantinuum-raise-2025", ["Quantinuum", "Nvidia", "Quanta Computer"], "investment", 600_000_000, "USD",
          "exact", "2025-09", "completed",
          "The raise comes a week after Quantinuum, the Honeywell-controlled trapped-ion company, closed a $600 million round with Nvidia and Taiwan's Quanta Computer among the backers.",
          note="'a week after' the 2025-09-10 announcement -> early September, month only; no lead named, the "
               "named backers are listed; different from the 2024 JPMorgan round (001); $10bn pre-money valuation is not a deal"),
        N("ibm-amd-partnership", ["IBM", "AMD"], "partnership", "2025-08", "announced",
          "Meanwhile IBM and AMD said in August they would work together on what they call quantum-centric supercomputing, pairing IBM's processors with AMD's CPUs, GPUs and FPGAs.",
          required=False, note="collaboration without a number; optional"),
    ],
    not_deals=["$7bn", "$7 billion", "$3.15 billion", "roughly $2.3 billion", "$10 billion"],
)

A["012_quantenaktien_lindenfels.txt"] = dict(
    published="2025-10-15",
    published_note="from the line 'Frankfurt, 15. Oktober 2025'; 'im September' -> 2025-09, 'Vergangene Woche' -> 2025-10",
    language="de",
    deals=[
        D("psiquantum-series-e", PSIQ_LEADS, "investment", 850_000_000, "EUR", "approx", "2025-09", "completed",
          "PsiQuantum hat im September rund 850 Millionen Euro bei Investoren eingesammelt, angeführt von BlackRock, Temasek und Baillie Gifford, und wird nun mit umgerechnet rund sechs Milliarden Euro bewertet.",
          note="the $1bn Series E of 011, stated only in EUR and with the month only"),
        D("ionq-heights-offering-2025", ["IonQ", "Heights Capital Management"], "investment", 2_000_000_000, "USD",
          "exact", "2025-10", "completed",
          "Vergangene Woche platzierte IonQ neue Aktien im Volumen von zwei Milliarden Dollar bei Heights Capital Management – die größte Eigenkapitalaufnahme, die ein Quantenunternehmen je vorgenommen hat.",
          note="equity placement with one investor; amount in words; 'Vergangene Woche' from Wednesday 2025-10-15 -> 2025-10"),
    ],
    not_deals=["rund sechs Milliarden Euro", "zehn Milliarden Dollar", "23,6 Mrd. $", "15,2 Mrd. $", "12,9 Mrd. $",
               "48 Dollar"],
)

A["013_commerce_stakes_anacostia_en.txt"] = dict(
    published="2025-10-23",
    published_note="from 'October 23, 2025 | 05:55 GMT'; dateline 'Oct 22', sources spoke 'on Wednesday' (2025-10-22)",
    language="en",
    deals=[
        D("commerce-ionq-stake", ["US Department of Commerce", "IonQ"], "investment", 10_000_000, "USD",
          "at_least", "2025-10", "negotiating",
          "The U.S. Commerce Department is in talks with several quantum computing companies, among them IonQ and D-Wave Quantum, about taking equity stakes in them in exchange for federal funding, three people involved in or briefed on the discussions said on Wednesday.",
          note="two deals in one sentence (IonQ, D-Wave); amount 'at least $10 million per company' in the next "
               "sentence; IonQ declined to comment"),
        D("commerce-dwave-stake", ["US Department of Commerce", "D-Wave"], "investment", 10_000_000, "USD",
          "at_least", "2025-10", "negotiating",
          "The U.S. Commerce Department is in talks with several quantum computing companies, among them IonQ and D-Wave Quantum, about taking equity stakes in them in exchange for federal funding, three people involved in or briefed on the discussions said on Wednesday.",
          note="second deal of the sentence; same per-company minimum; D-Wave declined to comment"),
        N("commerce-rigetti-stake", ["US Department of Commerce", "Rigetti"], "investment", "2025-10", "rumored",
          "Rigetti Computing, which one of the people said had also been approached, denied being in talks.",
          required=False, note="denied by Rigetti; optional"),
        N("commerce-intel-stake", ["US Department of Commerce", "Intel"], "investment", "2025-08", "completed",
          "The approach would extend a template the administration has already used with the chipmaker Intel, where it turned promised subsidies into a shareholding in August.",
          required=False, note="background, no amount; optional"),
        D("ibm-us-investment-2025", ["IBM"], "capex_plan", 150_000_000_000, "USD", "exact", "2025-04", "announced",
          "IBM, which in April pledged to invest $150 billion in the United States over five years, with more than $30 billion of it earmarked for research on mainframes and quantum computers, is not involved, the people said.",
          note="capex plan in a relative clause; the >$30bn research share is part of it and not a deal"),
    ],
    not_deals=["more than $30 billion", "about $20 billion", "$20.7 million", "$625 million"],
)

A["014_quantenwerte_parkettticker.txt"] = dict(
    published="2025-11-13",
    published_note="from the header 'Donnerstag, 13. November 2025 – zuletzt aktualisiert 15:42 Uhr'; "
                   "'heute Morgen' and 'am Mittag' -> 2025-11-13",
    language="de",
    deals=[
        D("rigetti-novera-sale-2025", ["Rigetti"], "supply", 5_700_000, "USD", "exact", "2025-11-13", "signed",
          "Zusammen bringen die beiden Rechner 5,7 Millionen Dollar ein, teilte das Unternehmen am Mittag mit; die Namen der Käufer nennt Rigetti nicht.",
          note="two Novera systems sold to unnamed buyers, so only the seller is a party"),
        D("kuehnhaide-iqm-cryostats", ["IQM", "Kühnhaide Kryotechnik"], "supply", 12_000_000, "EUR", "exact",
          "2025-11-13", "signed",
          "IQM hat bei Kühnhaide 40 Verdünnungskryostaten bestellt, der Auftragswert liegt bei zwölf Millionen Euro.",
          note="amount in words, repeated as 'Zwölf-Millionen-Euro-Auftrag'; signed 'heute Morgen'; different from "
               "the monthly service contract of the same pair"),
        D("kuehnhaide-iqm-service", ["IQM", "Kühnhaide Kryotechnik"], "other", 180_000, "EUR", "exact",
          "2025-11-13", "signed",
          "Dazu kommt ein Servicevertrag über fünf Jahre, für den IQM monatlich 180.000 Euro an die Dresdner zahlt.",
          per="month", kind_alt=["supply"],
          note="monthly rate of a five-year service contract; 'die Dresdner' = Kühnhaide Kryotechnik"),
    ],
    not_deals=["80 Millionen Euro", "23,40 Euro", "31 Millionen Euro", "39,9 Millionen Dollar", "49,10 Euro"],
)

A["015_dwave_quantum_circuits_rtd.txt"] = dict(
    published="2026-01-21",
    published_note="from the header '21.01.2026 - 14:01:12'; 'am Dienstag' -> 2026-01-20; "
                   "'Ende vergangener Woche' -> 2026-01",
    language="de",
    deals=[
        D("dwave-quantum-circuits", ["D-Wave", "Quantum Circuits"], "acquisition", 550_000_000, "USD", "exact",
          "2026-01-20", "signed",
          "Der Quantenrechner-Hersteller D-Wave Quantum übernimmt das Start-up Quantum Circuits aus New Haven im US-Bundesstaat Connecticut für 550 Millionen Dollar (rund 470 Millionen Euro).",
          alt=[(470_000_000, "EUR")],
          note="announced 'am Dienstag' (next sentence); the $300m share part and $250m cash part are not separate deals"),
        D("juelich-dwave-upgrade-2026", ["Forschungszentrum Jülich", "D-Wave"], "supply", 12_000_000, "EUR",
          "range", "2026-01", "signed",
          "Offiziell wurde über den Preis nichts mitgeteilt; nach rtd-Informationen liegt er zwischen zwölf und 15 Millionen Euro.",
          amount_max=15_000_000,
          note="'er' = the price of the upgrade contract named in the previous sentence; range from the agency's "
               "sources; signed 'Ende vergangener Woche'; different from Jülich's 2025 purchase (005)"),
    ],
    not_deals=["300 Millionen Dollar", "250 Millionen Dollar", "gut 24 Millionen Dollar", "knapp acht Milliarden Dollar",
               "rund 500 Millionen Euro"],
)

A["016_carnbrae_fenmoor_almondvale_en.html"] = dict(
    published="2026-03-12",
    published_note="from <meta property='article:published_time'>, JSON-LD and the byline 'Thursday 12 March 2026'; "
                   "'on Tuesday' -> 2026-03-10, 'Last month' -> 2026-02",
    language="en",
    deals=[
        D("carnbrae-fenmoor-system", ["Carnbrae Supercomputing Centre", "Fenmoor Quantum"], "supply", 18_000_000,
          "GBP", "exact", "2026-03-10", "signed",
          "The Carnbrae Supercomputing Centre in West Lothian has agreed to buy a superconducting quantum computer from Fenmoor Quantum, a Cambridge start-up, under an £18 million contract signed on Tuesday.",
          note="also in the headline ('£18m'); paid from the centre's share of a government programme (not a deal)"),
        D("ashdown-fenmoor-series-b", ["Fenmoor Quantum", "Ashdown Mews Capital"], "investment", 40_000_000, "GBP",
          "exact", "2026-02", "completed",
          "Last month the company closed a £40m Series B led by the London growth investor Ashdown Mews Capital, which it said would pay for a small production line in Cambridgeshire.",
          note="'the company' = Fenmoor; valuation ~£210m is not a deal"),
        N("ionq-oxford-ionics", ["IonQ", "Oxford Ionics"], "acquisition", "2025", "completed",
          "Britain's quantum industry has been anxious about keeping its best companies at home since IonQ acquired Oxford Ionics in 2025, a deal that moved one of the country's best-known hardware teams under American ownership.",
          note="the 2025 takeover of 006/007, mentioned without amount"),
    ],
    not_deals=["around £210m", "£670m", "about £31m", "£1,480 a month"],
)

A["017_saalequant_interview_superpositio.txt"] = dict(
    published=None,
    published_note="no date anywhere in the article (only 'Lesezeit: 7 Minuten'); all deal dates null",
    language="de",
    deals=[
        D("dlr-saalequant-order", ["DLR", "Saalequant"], "supply", 7_500_000, "EUR", "exact", None, "signed",
          "Das DLR hat im Frühjahr bei uns Chips und komplette Testplätze für 7,5 Millionen Euro bestellt.",
          note="'uns' = Saalequant; 'im Frühjahr' without a year in an undated interview -> null"),
        D("wachwitz-saalequant-series-a", ["Saalequant", "Wachwitz Deeptech Partners"], "investment", 38_000_000,
          "EUR", "exact", None, "completed",
          "Ihre Series A über 38 Millionen Euro hat Wachwitz Deeptech Partners angeführt.",
          note="restatement of the 2024 round (004, 005) in an undated interview; 'Ihre' = Saalequant's"),
        D("saalequant-cleanroom-capex", ["Saalequant"], "capex_plan", 60_000_000, "EUR", "approx", None, "planned",
          "Wir wollen in Göschwitz rund 60 Millionen Euro in einen zweiten, deutlich größeren Reinraum investieren.",
          kind_alt=["project"], note="'Wir' = Saalequant; plan of the spender only"),
        D("cobalt-mesa-saalequant-offer", ["Cobalt Mesa Quantum", "Saalequant"], "acquisition", 300_000_000, "USD",
          "at_least", None, "cancelled",
          "Cobalt Mesa Quantum aus Colorado hat uns im Sommer mehr als 300 Millionen Dollar geboten – für die komplette Firma.",
          note="takeover offer refused ('Die Antwort war Nein'); 'im Sommer' without a year -> null; 'uns' = Saalequant"),
    ],
    not_deals=["drei Milliarden Euro", "rund 68.000 Euro", "etwa 14.000 Euro"],
)

A["018_rheinwarte_iqm_colodispatch_en.txt"] = dict(
    published="2026-05-06",
    published_note="from the line 'Europe desk · Wednesday, May 6, 2026, 11:20 CET'; 'on Tuesday' -> 2026-05-05",
    language="en",
    deals=[
        D("rheinwarte-iqm-system", ["Rheinwarte Datacenter", "IQM"], "supply", 31_000_000, "EUR", "exact",
          "2026-05-05", "signed",
          "Frankfurt colocation operator Rheinwarte Datacenter has signed a €31 million (about $36 million) contract with Finland's IQM for a 150-qubit superconducting quantum computer, the two companies said on Tuesday, ending negotiations that had dragged on since last summer.",
          alt=[(36_000_000, "USD")],
          note="signing of the deal negotiated in 009 (2025-07, ~€30m)"),
        N("iqm-rheinwarte-maintenance", ["IQM", "Rheinwarte Datacenter"], "other", "2026-05-05", "signed",
          "Rheinwarte will own the machine; IQM will maintain it under a separate agreement whose value neither side disclosed.",
          required=False, kind_alt=["supply"],
          note="side agreement without value; optional; different from the €31m purchase"),
        D("quellenhof-rheinwarte-time", ["Bankhaus Quellenhof", "Rheinwarte Datacenter"], "cloud_contract",
          1_800_000, "EUR", "exact", "2026-05", "signed",
          "Bankhaus Quellenhof, a private bank with headquarters in Frankfurt's Westend, has booked dedicated machine time for €1.8 million a year over three years from 2027 to test portfolio optimisation and fraud-detection models.",
          per="year", term=["2027", "2029"],
          note="yearly rate; Rheinwarte from the previous paragraph ('The first of those customers'); signing day not given -> month"),
    ],
    not_deals=["about €3,200 per hour", "€410 million", "€29 a month"],
)

A["019_dlr_planqc_werktag.txt"] = dict(
    published="2026-09-17",
    published_note="from the line 'Technologie | 17. September 2026' (a Thursday); 'Am Mittwoch' -> 2026-09-16",
    language="de",
    deals=[
        D("dlr-planqc-2026", ["DLR", "planqc"], "supply", 45_000_000, "EUR", "up_to", "2026-09-16", "signed",
          "Am Mittwoch unterzeichneten beide Seiten einen Vertrag über einen Neutralatom-Rechner der nächsten Generation, der für bis zu 45 Millionen Euro bis Ende 2028 in Ulm entstehen soll.",
          note="'beide Seiten' = DLR and planqc (previous sentence); milestone-based payments 'bis zu'; "
               "different from the 2023 order restated in the next paragraph"),
        D("dlr-planqc-2023", ["DLR", "planqc"], "supply", 29_000_000, "EUR", "exact", "2023", "signed",
          "Den ersten Auftrag über 29 Millionen Euro hatte das DLR im Herbst 2023 vergeben.",
          note="restatement of the 2023 order of 003; planqc from the previous paragraph"),
    ],
    not_deals=["rund fünf Milliarden Euro", "14,50 Euro pro Quadratmeter", "35 Euro"],
)

A["020_week_november_entangled_en.txt"] = dict(
    published="2026-11-27",
    published_note="from the line 'The week in quantum money · Friday 27 November 2026'; 'on Tuesday' -> 2026-11-24, "
                   "'on Monday' -> 2026-11-23, 'last week' -> 2026-11",
    language="en",
    deals=[
        D("wachwitz-saalequant-series-b", ["Saalequant", "Wachwitz Deeptech Partners"], "investment", 115_000_000,
          "EUR", "exact", "2026-11-24", "completed",
          "Saalequant closed a €115 million (about $133 million) Series B on Tuesday.",
          alt=[(133_000_000, "USD")],
          note="lead investor in the next sentence ('is again at the front'); different from the 2024 Series A of the same pair"),
        N("wachwitz-saalequant-series-a", ["Saalequant", "Wachwitz Deeptech Partners"], "investment", "2024",
          "completed",
          "Wachwitz Deeptech Partners, which led the Jena company's first institutional round in 2024, is again at the front, joined this time by a German pension fund and a sovereign investor from the Gulf that asked not to be named.",
          required=False, note="background reference to the 2024 Series A, no amount; optional"),
        D("cobalt-mesa-gunbarrel", ["Cobalt Mesa Quantum", "Gunbarrel Ion Systems"], "acquisition", 210_000_000,
          "USD", "exact", "2026-11-23", "signed",
          "Cobalt Mesa Quantum, the Colorado ion-trap developer, agreed on Monday to acquire Gunbarrel Ion Systems of Boulder for $210 million in cash and stock."),
        D("tesi-routasilta-2026", ["Routasilta Quantum", "Tesi"], "investment", 12_000_000, "EUR", "exact",
          "2026-11", "completed",
          "Routasilta Quantum, the Espoo designer of cryogenic control chips, raised €12 million last week in a round led by Tesi, Finland's state investment company."),
        N("psiquantum-series-e", PSIQ_LEADS, "investment", "2025", "completed",
          "PsiQuantum, which closed its Series E last year with BlackRock, Temasek and Baillie Gifford at the front, broke ground on its Chicago site this month.",
          note="the 2025 Series E of 011/012, mentioned without amount; 'last year' -> 2025"),
    ],
    not_deals=["€620 million", "More than $20 billion", "$18.4 billion", "$185,000–$220,000"],
)


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
