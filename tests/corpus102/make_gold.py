#!/usr/bin/env python3
"""Write gold.json for corpus102 (the hand annotation, kept here as a script).

Usage: python3 tests/corpus102/make_gold.py   (then run check_gold.py)
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the corpus102 held-out test corpus (tests/corpus102/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: national supercomputers and Europe's AI factories and "
    "gigafactories (JUPITER, Blue Lion, Alps, Isambard-AI, MareNostrum 5, LUMI, Leonardo/IT4LIA, Gefion, the "
    "EU gigafactory call) with their vendor, power, cooling, grant and funding deals. One entry per article; a "
    "deal that several articles report carries the same id in each. 'required': false marks vague or background "
    "mentions that an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT "
    "deals: reporting one of them as a deal is an error. Amounts are in full units, in the currency in which the "
    "article states them; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; "
    "'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision. 'date' is when the "
    "deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, issue line, ticker header or visible byline "
    "date, or null when the article has none); quarters, half-years and seasons become the year; a cancelled "
    "deal keeps the date of the original agreement or talks; rumours and negotiations that later become signed "
    "deals carry only the year; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists "
    "other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). Invented companies and research centres: "
    "Rurquell Kältetechnik GmbH, Wärmenetz Rur-Inde GmbH, Kingsweston Grid Services, Garraf Fotovoltaica SL, "
    "Pedralbes Capital, Vallcarca Labs, Ceresio Termotecnica SA, Albisrieden Semantics, "
    "Skovlund Bio, Wehrstedt Kabelwerke AG, Nordvik Infrastructure Partners, Kainuun Lämpöverkko Oy, Albtal "
    "Rechenzentren GmbH, Sendlinger Modellwerk, Isarwatt Energie GmbH, Hochleistungsrechenzentrum Leopoldau "
    "(HRZL), Brandtner Rechentechnik GmbH, Severnside Renewables, Redcliffe Tensor, Harwell Ridge Capital, "
    "Lausitzwerk Compute GmbH, Spreeauen Energie AG, Savena Impianti Srl, Felsina Models, Portico Verde Capital, "
    "Tjärnholm Power Systems, Marchfeld Strom GmbH; invented publications, banks, advertisers and persons are "
    "listed in invented_names.txt; the deals of real companies and public bodies are partly real, partly "
    "invented or shifted. Nothing here is reporting."
)


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
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


def none(id, parties, kind, date, status, evidence, required=False, kind_alt=None, note=None):
    """A deal mention without an amount."""
    return deal(id, parties, kind, None, None, None, date, status, evidence, required=required,
                kind_alt=kind_alt, note=note)


FZJ = "Forschungszentrum Jülich"
RQ = "Rurquell Kältetechnik"
EU = "EuroHPC JU"
HPE = "Hewlett Packard Enterprise"
LRZ = "Leibniz-Rechenzentrum"
HRZL = "Hochleistungsrechenzentrum Leopoldau"
BR = "Brandtner Rechentechnik"
LW = "Lausitzwerk Compute"
SP = "Spreeauen Energie"
BSC = "Barcelona Supercomputing Center"
DCAI = "Danish Centre for AI Innovation"
UOB = "University of Bristol"

ARTICLES = {}

ARTICLES["001_rurquell_kuehlung_rurtaler.txt"] = {
    "published": "2024-03-14",
    "published_note": "from the dateline 'Jülich, 14. März (rta)' and the copyright line '© Rurtaler Anzeiger 2024'; 'am Dienstag' -> 2024-03-12",
    "language": "de",
    "deals": [
        deal("rurquell-fzj-cooling-2024", [FZJ, RQ], "supply", 18500000, "EUR", "approx", "2024-03-12", "signed",
             "Das Forschungszentrum Jülich und das Familienunternehmen unterschrieben den Vertrag am Dienstag, der Auftragswert liegt nach Angaben beider Seiten bei rund 18,5 Millionen Euro.",
             kind_alt=["other"],
             note="'das Familienunternehmen' = Rurquell Kältetechnik GmbH (previous sentence); cooling plant for JUPITER's modular data centre; different from the €7.4m second order of 2025 (012)"),
        none("fzj-rurinde-heat", [FZJ, "Wärmenetz Rur-Inde"], "supply", "2024-03", "negotiating",
             "Das Forschungszentrum verhandelt nach eigenen Angaben mit der Wärmenetz Rur-Inde GmbH darüber, einen Teil davon in das geplante Nahwärmenetz für die Neubaugebiete am Stadtrand einzuspeisen.",
             note="waste-heat talks without price ('noch nicht einig'); optional"),
        deal("jupiter-cofunding", [EU, FZJ], "investment", 500000000, "EUR", "exact", None, "announced",
             "Die Gesamtkosten des Rechners beziffert das Forschungszentrum auf 500 Millionen Euro; die Hälfte trägt das europäische Gemeinschaftsunternehmen EuroHPC, den Rest teilen sich Bund und Land Nordrhein-Westfalen.",
             required=False, kind_alt=["project", "other"],
             note="total cost of JUPITER with its funding split (EuroHPC half, federal government and NRW the rest); borderline between a system budget and a grant, so optional; no date given"),
        none("eviden-fzj-modular-dc", ["Eviden", FZJ], "supply", None, "signed",
             "Das Rechenzentrum selbst besteht aus vorgefertigten Containern, die der französische Hersteller Eviden liefert.",
             note="background: Eviden supplies the container data centre, no amount; optional"),
    ],
    "not_deals": ["etwa 31 Millionen Euro", "rund 2,3 Millionen Euro", "3,80 Euro", "600 Euro"],
}

ARTICLES["002_isambard_grid_severnledger_en.html"] = {
    "published": "2024-05-15",
    "published_note": "from the visible byline 'May 15, 2024 07:10' (also <meta article:published_time> and JSON-LD); 'on Monday' -> 2024-05-13; 'last November' -> 2023-11",
    "language": "en",
    "deals": [
        deal("kingsweston-bristol-grid", ["Kingsweston Grid Services", UOB], "supply", 17500000, "GBP", "exact", "2024-05-13", "signed",
             "Kingsweston Grid Services signed a £17.5 million contract with the University of Bristol on Monday to build a new substation and a 3km high-voltage cable to the Isambard-AI site at the National Composites Centre in Emersons Green.",
             kind_alt=["project", "other"], note="grid connection (substation and cable) for Isambard-AI"),
        deal("ukgov-bristol-isambard", ["UK government", UOB], "investment", 225000000, "GBP", "exact", "2023-11", "announced",
             "Isambard-AI is being paid for out of the £225 million the government committed to the University of Bristol last November, when ministers promised to make the city one of the hubs of a national \"AI Research Resource\".",
             kind_alt=["other", "project"],
             note="public grant; 'the government' = UK government ('Whitehall' in the previous sentence); the £300m AI Research Resource total is a budget (not_deal)"),
        none("hpe-bristol-isambard", [HPE, UOB], "supply", None, "signed",
             "The machine, which Hewlett Packard Enterprise is assembling from more than 5,000 Nvidia Grace Hopper chips, is due to reach full strength next year.",
             note="HPE builds the system; price not disclosed ('has not said how much HPE is being paid'); optional"),
    ],
    "not_deals": ["£300 million", "£52,000", "£2.49", "£9 a month"],
}

ARTICLES["003_marenostrum_solar_iberiandispatch_en.txt"] = {
    "published": "2024-06-20",
    "published_note": "from the edition line 'Barcelona edition · Thursday, 20 June 2024'; 'last week' -> 2024-06; 'on Tuesday' -> 2024-06-18",
    "language": "en",
    "deals": [
        deal("garraf-bsc-ppa", ["Garraf Fotovoltaica", BSC], "supply", 4200000, "EUR", "approx", "2024-06", "signed",
             "The contract, concluded last week, has the centre paying roughly €4.2 million a year for output from two parks near Vilafranca del Penedès from January 2025.",
             per="year", term=["2025-01", "2036"],
             note="twelve-year solar PPA; parties in the previous sentence ('BSC has agreed to buy electricity ... from Garraf Fotovoltaica SL'); the €58/MWh price is a unit price (not_deal)"),
        deal("pedralbes-vallcarca-seriesa", ["Pedralbes Capital", "Vallcarca Labs"], "investment", 28000000, "EUR", "exact", "2024-06-18", "completed",
             "Vallcarca Labs, a two-year-old company founded by former BSC researchers that builds speech and translation models for Catalan, Basque and Galician, announced on Tuesday that its €28 million Series A round is complete.",
             note="lead investor Pedralbes Capital in the next sentence; the €110m post-money valuation is not a deal"),
        deal("marenostrum5-cofunding", [EU, BSC], "investment", 151400000, "EUR", "exact", None, "completed",
             "MareNostrum 5, inaugurated last December and built by Eviden and Lenovo, cost €151.4 million, shared between the EuroHPC Joint Undertaking and a consortium of Spain, Portugal and Turkey.",
             required=False, kind_alt=["project", "other"],
             note="past system cost with its funding split; borderline between past capex and a grant, so optional (same treatment as jupiter-cofunding); the vendor role of Eviden and Lenovo has no amount"),
    ],
    "not_deals": ["€58 per megawatt-hour", "€110 million", "€1.5 billion", "€295"],
}

ARTICLES["004_alps_lakewater_ceresio_en.txt"] = {
    "published": "2024-09-16",
    "published_note": "from the issue line 'Monday 16 September 2024 — No. 37'; 'On Friday' -> 2024-09-13; 'Earlier this month' -> 2024-09",
    "language": "en",
    "deals": [
        deal("ceresio-cscs-cooling", ["CSCS", "Ceresio Termotecnica"], "supply", 12000000, "CHF", "approx", "2024-09-13", "signed",
             "The contract, worth about CHF 12 million, covers a second intake at the lakeshore, new pumps and heat exchangers, and five years of maintenance.",
             note="parties and 'On Friday' in the previous sentence ('CSCS handed the job ... to Ceresio Termotecnica SA')"),
        deal("albisrieden-cscs-partition", ["Albisrieden Semantics", "CSCS"], "cloud_contract", 250000, "CHF", "approx", "2024-09", "signed",
             "The young company will pay roughly CHF 250,000 a month for three years, two people who have read the agreement say.",
             per="month",
             note="monthly rate from sources; 'The young company' = Albisrieden Semantics (previous sentence); CSCS confirms the agreement but not its value"),
        deal("hpe-cscs-alps-2020", [HPE, "CSCS"], "supply", 100000000, "CHF", "approx", "2020", "signed",
             "HPE built the system under a contract signed in 2020 and worth about CHF 100 million, which has since been extended in several steps.",
             required=False,
             note="background: the original Alps contract of 2020, before the corpus period; optional; different from the CHF 45m expansion in 009"),
    ],
    "not_deals": ["CHF 0.19 per kilowatt-hour", "CHF 2.8 billion", "CHF 145"],
}

ARTICLES["005_gefion_launch_nordiccompute_en.txt"] = {
    "published": "2024-10-24",
    "published_note": "from the header 'October 24, 2024 | 09:30 CET'; 'on Wednesday' -> 2024-10-23; 'in March' -> 2024-03",
    "language": "en",
    "deals": [
        deal("nnf-dcai-gefion", ["Novo Nordisk Foundation", DCAI], "investment", 600000000, "DKK", "exact", "2024-03", "completed",
             "The Novo Nordisk Foundation, which controls the drugmaker behind Ozempic, put up DKK 600 million (about $87 million) when DCAI was set up in March.",
             kind_alt=["other"], alt=[(87000000, "USD"), (80000000, "EUR")],
             note="007 restates it in DKK with about €80m"),
        deal("eifo-dcai-gefion", ["EIFO", DCAI], "investment", 100000000, "DKK", "exact", "2024", "completed",
             "EIFO, the state fund that backs Danish exporters and start-ups, added DKK 100 million for a minority stake in the centre.",
             kind_alt=["other"], note="no own date; taken as part of the 2024 set-up (year only)"),
        deal("skovlund-dcai-compute", ["Skovlund Bio", DCAI], "cloud_contract", 45000000, "DKK", "exact", "2024-10-23", "signed",
             "The biotech will pay DKK 45 million over two years, making it the centre's first commercial tenant.",
             note="'The biotech' = Skovlund Bio, 'signed on Wednesday' in the previous sentence"),
        none("eviden-dcai-gefion", ["Eviden", DCAI], "supply", "2024", "completed",
             "Eviden installed it over the summer; DCAI, the Danish Centre for AI Innovation, now operates it.",
             note="installation by Eviden, no amount; optional"),
    ],
    "not_deals": ["DKK 9.5 billion", "$3.5 trillion", "DKK 1 million", "DKK 1,495"],
}

ARTICLES["006_atos_wehrstedt_kurslupe.txt"] = {
    "published": "2024-11-26",
    "published_note": "from the header 'Dienstag, 26. November 2024 – 17:45'; 'am Montagabend' -> 2024-11-25; 'am Dienstag' -> 2024-11-26; 'Im Juni' -> 2024-06",
    "language": "de",
    "deals": [
        deal("france-atos-advanced-computing", ["French State", "Atos"], "acquisition", 410000000, "EUR", "approx", "2024-11-25", "negotiating",
             "Atos teilte am Montagabend mit, man sei mit der Regierung in Paris in exklusive Verhandlungen eingetreten; das nicht bindende Angebot bewerte den Geschäftsbereich mit rund 410 Millionen Euro einschließlich Schulden.",
             note="exclusive negotiations on a non-binding offer for the Advanced Computing unit (Eviden's supercomputer business); enterprise value"),
        deal("france-atos-june-offer", ["French State", "Atos"], "acquisition", 700000000, "EUR", "up_to", "2024-06", "cancelled",
             "Im Juni hatte Paris noch eine Absichtserklärung über bis zu 700 Millionen Euro abgegeben – allerdings für ein größeres Paket, zu dem auch Teile der Cybersicherheits- und Verteidigungselektronik gehörten.",
             required=False,
             note="earlier letter of intent for a larger perimeter, superseded ('vom Tisch'); optional because it is background to the €410m offer"),
        deal("eviden-wehrstedt-cabling", ["Eviden", "Wehrstedt Kabelwerke"], "supply", 14000000, "EUR", "exact", "2024-11-26", "signed",
             "Das Volumen beziffert der Vorstand auf 14 Millionen Euro, ausgeliefert werden soll bis zum Frühjahr.",
             note="order from Eviden for JUPITER's booster cabling, reported 'am Dienstag vor Handelsbeginn' (previous sentence); different from Wehrstedt's 2026 order from Lausitzwerk (017)"),
    ],
    "not_deals": ["rund 800 Millionen Euro", "0,0034 Euro", "0,0034 €", "knapp 600 Millionen Euro", "412 Millionen Euro",
                  "28 Euro", "23,60 €", "rund 180 Millionen Euro", "1 Euro pro Order"],
}

ARTICLES["007_ki_fabriken_wochenrueckblick_rechenwoche.txt"] = {
    "published": "2024-12-13",
    "published_note": "from the issue line 'Ausgabe KW 50 · Freitag, 13. Dezember 2024'; 'Am Dienstag' -> 2024-12-10; 'vergangene Woche' -> 2024-12; 'im Sommer' -> 2024; 'im März' -> 2024-03",
    "language": "de",
    "deals": [
        deal("eurohpc-cineca-it4lia", [EU, "Cineca"], "project", 430000000, "EUR", "approx", "2024-12-10", "announced",
             "EuroHPC und Italien stecken zusammen rund 430 Millionen Euro in die KI-Fabrik IT4LIA beim Rechenzentrumskonsortium Cineca, wo bereits der Supercomputer Leonardo steht.",
             kind_alt=["investment", "other"],
             note="EU and Italian co-funding of the IT4LIA AI factory at Cineca, selected on Tuesday; the ~€1.5bn total of the first round is a programme total (not_deal)"),
        none("eurohpc-hlrs-hammerhai", [EU, "HLRS"], "project", "2024-12-10", "announced",
             "Deutschland ist mit HammerHAI vertreten, einem Projekt des Höchstleistungsrechenzentrums Stuttgart (HLRS).",
             kind_alt=["investment"], note="selection without a figure ('Zahlen zur Förderung nannte das HLRS ... nicht'); optional"),
        deal("nnf-dcai-gefion", ["Novo Nordisk Foundation", DCAI], "investment", 600000000, "DKK", "exact", "2024-03", "signed",
             "Die Novo Nordisk Foundation hatte im März 600 Millionen Kronen (rund 80 Millionen Euro) zugesagt.",
             kind_alt=["other"], alt=[(80000000, "EUR")],
             note="same grant as 005; DCAI named in the previous sentence ('das dänische KI-Zentrum DCAI'); 'Kronen' = Danish kroner"),
        deal("nordvik-kainuun-stake", ["Nordvik Infrastructure Partners", "Kainuun Lämpöverkko"], "acquisition", 62000000, "EUR", "exact", "2024-12", "completed",
             "Der Kaufpreis lag bei 62 Millionen Euro; die Transaktion ist bereits abgeschlossen.",
             kind_alt=["investment"],
             note="49 % stake; parties and 'vergangene Woche' in the previous sentence"),
        deal("albtal-sendlinger-lease", ["Albtal Rechenzentren", "Sendlinger Modellwerk"], "cloud_contract", 90000000, "EUR", "approx", "2024", "cancelled",
             "Das Volumen hatte rund 90 Millionen Euro über fünf Jahre betragen.",
             kind_alt=["other"],
             note="GPU-space lease concluded 'im Sommer' and now dissolved; parties in the previous sentence; the €400m valuation of Sendlinger is not a deal"),
    ],
    "not_deals": ["rund 1,5 Milliarden Euro", "400 Millionen Euro", "79 Euro"],
}

ARTICLES["008_blue_lion_lrz_gleitkomma.txt"] = {
    "published": "2025-01-22",
    "published_note": "from the header '22.01.2025 - 14:01:12'; 'Seit Montag' -> 2025-01-20; 'schon im Dezember' -> 2024-12",
    "language": "de",
    "deals": [
        deal("lrz-hpe-blue-lion", [LRZ, HPE], "supply", 250000000, "EUR", "approx", "2025-01-20", "signed",
             "Der Auftrag umfasst Hardware, Installation und Wartung über sechs Jahre und hat ein Volumen von rund 250 Millionen Euro.",
             kind_alt=["project"], alt=[(260000000, "USD")],
             note="parties and 'Seit Montag' in the previous sentence; 009 gives the analysts' estimate of about $260m (alt_amounts); 014 mentions it without amount"),
        deal("isarwatt-lrz-power", ["Isarwatt Energie", LRZ], "supply", 9000000, "EUR", "approx", "2024-12", "signed",
             "Der Vertrag läuft von 2027 bis 2036; das LRZ zahlt dafür etwa 9 Millionen Euro jährlich.",
             per="year", term=["2027", "2036"],
             note="hydropower supply secured 'schon im Dezember'; supplier named in the previous sentence"),
        deal("blue-lion-funding", ["Bundesrepublik Deutschland", "Freistaat Bayern", LRZ], "investment", 125000000, "EUR", "exact", None, "announced",
             "Bund und Freistaat Bayern finanzieren das System je zur Hälfte, also mit je 125 Millionen Euro, über das Gauss Centre for Supercomputing.",
             required=False, kind_alt=["other"],
             note="'je 125 Millionen Euro' = each funder's half of the Blue Lion purchase; public funding behind the annotated contract, optional"),
    ],
    "not_deals": ["96 Millionen Euro", "5.200 Euro", "149 Euro"],
}

ARTICLES["009_hpe_europe_note_kestrellane_en.txt"] = {
    "published": "2025-02-12",
    "published_note": "from the header 'Sector comment | IT Hardware | 12 February 2025'; 'In January' -> 2025-01; 'Just before Christmas' -> 2024-12",
    "language": "en",
    "deals": [
        deal("hpe-juniper", [HPE, "Juniper Networks"], "acquisition", 14000000000, "USD", "exact", "2024-01", "signed",
             "The $14 billion purchase of Juniper Networks, agreed in January 2024, was supposed to close by early this year.",
             note="agreed but not closed; the Justice Department sued to block it; the termination fee has no amount"),
        deal("lrz-hpe-blue-lion", [LRZ, HPE], "supply", 260000000, "USD", "approx", "2025-01", "signed",
             "In January the Leibniz Supercomputing Centre near Munich signed HPE for its next flagship system, Blue Lion, in a contract we estimate at about $260 million including six years of service.",
             kind_alt=["project"], note="same contract as 008 (€250m); the dollar value is the analysts' estimate; month only"),
        deal("cscs-hpe-alps-expansion", ["CSCS", HPE], "supply", 45000000, "CHF", "exact", "2024-12", "signed",
             "Just before Christmas the Swiss National Supercomputing Centre, CSCS, agreed a CHF 45 million expansion of its Alps system with HPE, adding further Grace Hopper cabinets for the Swiss AI initiative.",
             note="different from the original 2020 Alps contract (004)"),
    ],
    "not_deals": ["$24", "$21.40", "$30.1 billion", "$3.1 billion", "€7 billion"],
}

ARTICLES["010_ki_fabrik_leopoldau_floridsdorferbote.txt"] = {
    "published": "2025-03-13",
    "published_note": "from the dateline 'Wien, 13. März 2025'; 'Am Mittwoch' -> 2025-03-12; 'am Dienstag' -> 2025-03-11",
    "language": "de",
    "deals": [
        deal("eurohpc-hrzl-aiat", [EU, HRZL], "investment", 45000000, "EUR", "up_to", "2025-03-12", "announced",
             "Was das in Geld bedeutet, erklärte HRZL-Direktorin Dr. Waltraud Zehetbauer am Donnerstag vor Journalisten: Aus Brüssel kommen bis zu 45 Millionen Euro für Rechner, Software und Beratung von Start-ups.",
             kind_alt=["other", "project"],
             note="EU grant for AI Factory Austria, selected by EuroHPC on Wednesday; 'Aus Brüssel' = EuroHPC (previous sentence)"),
        deal("austria-hrzl-aiat", ["Republik Österreich", HRZL], "investment", 40000000, "EUR", "approx", "2025-03", "announced",
             "Die Republik Österreich legt über das Wissenschaftsministerium rund 40 Millionen Euro dazu, verteilt auf drei Jahre.",
             kind_alt=["other"],
             note="national co-funding announced with the selection; different from the €12m top-up of 2026 (020)"),
        deal("hrzl-brandtner-aiat", [HRZL, BR], "supply", 38000000, "EUR", "approx", "2025-03-11", "signed",
             "Den Zuschlag erhielt die Brandtner Rechentechnik GmbH aus Linz, Auftragswert knapp 38 Millionen Euro.",
             note="signed 'Bereits am Dienstag' (previous sentence) subject to EU funding; 014 and 020 restate it; different from the maintenance contract (014) and the 2026 expansion (020)"),
    ],
    "not_deals": ["rund 36 Millionen Euro", "rund 5,6 Milliarden Euro", "4.100 Euro", "19,90 Euro"],
}

ARTICLES["011_isambard_opening_cliftoncourant_en.txt"] = {
    "published": "2025-07-18",
    "published_note": "from the date line 'Friday 18 July 2025'; 'On Wednesday' -> 2025-07-16; 'In June' and 'Last month' -> 2025-06",
    "language": "en",
    "deals": [
        deal("severnside-bristol-ppa", ["Severnside Renewables", UOB], "supply", 96000000, "GBP", "approx", "2025-07-16", "signed",
             "The university will pay about £96 million over the decade for a fixed share of the output, enough to cover roughly two-thirds of the machine's needs, a spokeswoman said.",
             note="ten-year power purchase; parties and 'On Wednesday' in the previous sentence; the £14m a year is the estimated electricity bill (not_deal)"),
        deal("ukgov-edinburgh-supercomputer", ["UK government", "University of Edinburgh"], "investment", 750000000, "GBP", "up_to", "2025-06", "announced",
             "In June the UK government pledged up to £750 million for a new national supercomputer at the University of Edinburgh, reviving in a different form the exascale project that was shelved last summer.",
             kind_alt=["project", "other"], note="the £2bn compute roadmap is a programme total (not_deal)"),
        deal("harwell-redcliffe-seed", ["Harwell Ridge Capital", "Redcliffe Tensor"], "investment", 22000000, "GBP", "exact", "2025-06", "completed",
             "Last month it raised £22 million in a seed round led by Harwell Ridge Capital, an Oxfordshire investor focused on deep-tech companies.",
             note="'it' = Redcliffe Tensor (previous sentence)"),
    ],
    "not_deals": ["up to £14 million a year", "£2 billion", "£70,000", "£14m a year"],
}

ARTICLES["012_jupiter_inauguration_exaflop_en.html"] = {
    "published": "2025-09-05",
    "published_note": "from the visible line 'Maren Eichhorst · Jülich · Sep 5, 2025' (also <meta article:published_time>); 'on Wednesday' -> 2025-09-03; 'On Thursday' -> 2025-09-04; 'in August' -> 2025-08; 'last year' -> 2024",
    "language": "en",
    "deals": [
        deal("fzj-eviden-jaif-module", [FZJ, "Eviden"], "supply", 31000000, "EUR", "approx", "2025-08", "signed",
             "Forschungszentrum Jülich ordered the module from Eviden in August for about €31 million; delivery is planned for the first quarter of 2026.",
             note="inference module for the JUPITER AI Factory"),
        deal("rurquell-fzj-cooling-2025", [FZJ, RQ], "supply", 7400000, "EUR", "exact", "2025-09-03", "signed",
             "The new order is worth €7.4 million and covers an extension of the warm-water loop plus a heat pump that lifts the waste heat to a temperature the campus network can use.",
             note="second order; 'won a second contract on Wednesday' in the previous sentence; different from the 2024 cooling contract mentioned in the same sentence"),
        deal("eviden-fzj-inference-partnership", ["Eviden", FZJ], "partnership", 5000000, "EUR", "exact", "2025-09-04", "signed",
             "On Thursday the French supplier and the research centre agreed a three-year research partnership on energy-efficient inference, to which Eviden will contribute engineering work valued at €5 million.",
             kind_alt=["other"],
             note="in-kind contribution valued at €5m; 'the French supplier' = Eviden, 'the research centre' = Forschungszentrum Jülich; different from the €31m module order of the same pair"),
        none("rurquell-fzj-cooling-2024", [FZJ, RQ], "supply", "2024", "completed",
             "Rurquell Kältetechnik, the family-owned firm from Linnich that built the chillers and heat exchangers for JUPITER's modular data centre last year, won a second contract on Wednesday.",
             kind_alt=["other"],
             note="amount-less back-reference to the 2024 contract of 001 ('last year'); optional; must not absorb the €7.4m order"),
        deal("jupiter-cofunding", [EU, FZJ], "investment", 500000000, "EUR", "exact", None, "announced",
             "The total bill for JUPITER, including five years of operation, comes to €500 million.",
             required=False, kind_alt=["project", "other"],
             note="as in 001: total cost with the funding split in the next sentence; optional"),
        none("jupiter-system-contract", [EU, "ParTec", "Eviden"], "supply", "2023", "signed",
             "At a ceremony at Forschungszentrum Jülich on Friday, the German chancellor, the NRW state premier and EuroHPC officials declared JUPITER operational, roughly two years after the contract went to the ParTec–Eviden consortium.",
             note="background: the original JUPITER contract, about two years earlier, no amount; optional"),
    ],
    "not_deals": ["$4 trillion", "€20m a year", "€8 per month"],
}

ARTICLES["013_lumi_ai_kajaani_borealwire_en.txt"] = {
    "published": "2025-10-08",
    "published_note": "from the header 'Oct 8, 2025 / 11:20 EEST'; 'on Tuesday' -> 2025-10-07; 'In June' -> 2025-06; 'Two months later' (after June) -> 2025-08; 'in March' -> 2025-03",
    "language": "en",
    "deals": [
        deal("csc-hpe-lumi-ai", ["CSC", HPE], "supply", 125000000, "EUR", "approx", "2025-10-07", "signed",
             "The contract with the U.S. company, signed on Tuesday according to a CSC statement, is worth about 125 million euros.",
             note="'the U.S. company' = Hewlett Packard Enterprise (previous sentence); LUMI-AI system"),
        deal("kainuun-csc-heat", ["Kainuun Lämpöverkko", "CSC"], "supply", 1900000, "EUR", "approx", "2025-06", "signed",
             "In June, Kainuun Lämpöverkko and CSC signed a fifteen-year heat-supply agreement under which the network pays CSC about 1.9 million euros a year for waste heat from 2027.",
             per="year", term=["2027", "2041"], note="the heat network buys CSC's waste heat"),
        deal("nib-kainuun-loan", ["Nordic Investment Bank", "Kainuun Lämpöverkko"], "other", 45000000, "EUR", "exact", "2025-08", "signed",
             "Two months later the Nordic Investment Bank agreed to lend the utility 45 million euros for the expansion, according to documents filed with the city council this week.",
             kind_alt=["investment"], note="loan; 'Two months later' relative to 'In June' in the previous sentence; 'the utility' = Kainuun Lämpöverkko"),
        deal("lumi-aif-budget", [EU, "CSC"], "investment", 602000000, "EUR", "exact", "2025-03", "announced",
             "Its overall budget, including operations and services for start-ups, is put at 602 million euros, split between EuroHPC and the participating states.",
             required=False, kind_alt=["project", "other"],
             note="budget of the LUMI AI Factory (selected in March) with its funding split; borderline between a budget and a grant, so optional; CSC as host"),
    ],
    "not_deals": ["5 cents per kilowatt-hour", "38 million euros", "202 million euros"],
}

ARTICLES["014_interview_zehetbauer_technikrevue.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesedauer: 7 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        deal("hrzl-brandtner-aiat", [HRZL, BR], "supply", 38000000, "EUR", "exact", None, "signed",
             "Den Auftrag über 38 Millionen Euro haben Sie an ein Linzer Systemhaus vergeben und nicht an einen der großen Hersteller.",
             note="in the interviewer's question; 'ein Linzer Systemhaus' = Brandtner (named in the previous answer); same contract as 010"),
        deal("hrzl-brandtner-maintenance", [HRZL, BR], "other", 2100000, "EUR", "exact", None, "signed",
             "Deshalb haben wir auch den Betrieb an Brandtner gegeben: Für Wartung und Betreuung zahlen wir 2,1 Millionen Euro pro Jahr, zunächst für fünf Jahre.",
             per="year", kind_alt=["supply"],
             note="maintenance and operations contract, 'wir' = HRZL; different from the €38m system contract and the 2026 expansion"),
        none("lrz-hpe-blue-lion", [LRZ, HPE], "supply", None, "signed",
             "In Garching hat das LRZ bei HPE gerade einen Rechner bestellt, der ein Vielfaches kostet.",
             kind_alt=["project"], note="amount-less mention of the Blue Lion contract (008); optional"),
    ],
    "not_deals": ["2,40 Euro", "20 Milliarden Euro", "80.000 Euro"],
}

ARTICLES["015_lausitzwerk_gigafactory_spreewalddepesche.txt"] = {
    "published": "2026-02-18",
    "published_note": "from the line 'Wirtschaft in der Lausitz · Mittwoch, 18. Februar 2026'; 'am Montag' -> 2026-02-16",
    "language": "de",
    "deals": [
        deal("lausitzwerk-gigafactory-capex", [LW], "capex_plan", 12000000000, "EUR", "up_to", "2026-02-16", "planned",
             "Bis zu zwölf Milliarden Euro will das Unternehmen in mehreren Bauabschnitten investieren.",
             kind_alt=["project"], note="'das Unternehmen' = Lausitzwerk Compute GmbH, presented 'am Montag' (previous paragraph)"),
        deal("sachsen-lausitzwerk-grant", ["Freistaat Sachsen", LW], "investment", 300000000, "EUR", "exact", "2026-02", "planned",
             "Der Freistaat Sachsen will das Vorhaben mit 300 Millionen Euro aus Landesmitteln unterstützen, sofern die EU den Standort auswählt, kündigte das sächsische Wirtschaftsministerium an.",
             kind_alt=["other"], note="conditional state grant; no day given"),
        deal("spreeauen-lausitzwerk-jv", [LW, SP], "joint_venture", 150000000, "EUR", "exact", "2026-02-16", "announced",
             "Lausitzwerk und Spreeauen gründen ein Gemeinschaftsunternehmen, das auf dem Kraftwerksgelände einen Batteriespeicher baut; beide Partner bringen zusammen 150 Millionen Euro ein, jeweils zur Hälfte.",
             note="battery-storage joint venture, announced 'ebenfalls am Montag'; different from the power contract of the same pair"),
        deal("spreeauen-lausitzwerk-ppa", [SP, LW], "supply", 1000000000, "EUR", "at_least", "2026", "negotiating",
             "Nach Informationen aus Branchenkreisen hat der Vertrag ein Volumen von gut einer Milliarde Euro, verteilt auf 15 Jahre; unterschrieben ist noch nichts.",
             alt=[(1100000000, "EUR"), (1270000000, "USD")],
             note="negotiations ('verhandeln die Partner', previous sentence), figure from industry sources; 'gut einer Milliarde' -> at_least; signed at €1.1bn on 2026-06-15 (017, 019: alt_amounts); year only so the shared id's dates stay consistent"),
    ],
    "not_deals": ["rund 40 Milliarden Euro", "20 Milliarden Euro", "200 Milliarden Euro", "rund 35 Euro pro Quadratmeter"],
}

ARTICLES["016_bologna_gigafactory_race_emiliacourier_en.txt"] = {
    "published": "2026-05-12",
    "published_note": "from the line 'Tuesday, 12 May 2026 · Bologna'; 'On Monday' -> 2026-05-11",
    "language": "en",
    "deals": [
        deal("cineca-savena-cooling", ["Cineca", "Savena Impianti"], "supply", 9800000, "EUR", "exact", "2026-05-11", "signed",
             "On Monday Cineca signed a €9.8 million contract with Savena Impianti Srl, a mechanical-engineering firm from San Lazzaro di Savena, for the liquid-cooling plant of the IT4LIA system."),
        deal("portico-felsina-round", ["Portico Verde Capital", "Felsina Models"], "investment", 30000000, "EUR", "range", "2026", "rumored",
             "Felsina Models, a Bologna company that builds Italian-language models for public administrations, is raising between €30 million and €35 million in its first large round, say two people who know the plans.",
             amount_max=35000000,
             note="round in progress, from sources; expected lead Portico Verde Capital in the next sentence; the ~€150m valuation is not a deal"),
        deal("nvidia-lausitzwerk-gpus", ["Nvidia", LW], "supply", 3900000000, "USD", "approx", "2026", "rumored",
             "In eastern Germany, Lausitzwerk Compute, which wants to turn a lignite power station site into a gigafactory, is in advanced talks with Nvidia to buy Blackwell-generation systems worth about $3.9 billion, two people familiar with the negotiations told the Courier.",
             alt=[(3400000000, "EUR")],
             note="talks reported by sources; signed on 2026-10-21 at €3.4bn (018) and restated as $3.9bn (019); year only so the shared id's dates stay consistent"),
    ],
    "not_deals": ["about €240 million", "around €150 million", "€1 billion"],
}

ARTICLES["017_spreeauen_stromvertrag_kapitalbrief.txt"] = {
    "published": "2026-06-16",
    "published_note": "from the header 'Dienstag, 16. Juni 2026, 18:05 Uhr'; 'am Montag' -> 2026-06-15; 'am Freitag' -> 2026-06-12",
    "language": "de",
    "deals": [
        deal("spreeauen-lausitzwerk-ppa", [SP, LW], "supply", 1100000000, "EUR", "exact", "2026-06-15", "signed",
             "Spreeauen teilte nach Börsenschluss am Montag mit, man werde das geplante KI-Rechenzentrum in Boxberg ab 2028 über 15 Jahre mit Wind- und Solarstrom beliefern, das Gesamtvolumen betrage 1,1 Milliarden Euro.",
             term=["2028", "2042"],
             note="signing of the contract negotiated in 015; conditional on EU selection; 'das geplante KI-Rechenzentrum' = Lausitzwerk Compute (previous sentence)"),
        deal("lausitzwerk-wehrstedt-cables", [LW, "Wehrstedt Kabelwerke"], "supply", 46000000, "EUR", "at_least", "2026-06-12", "signed",
             "Der Iserlohner Kabelhersteller hatte bereits am Freitag einen Rahmenvertrag mit Lausitzwerk gemeldet, der erst jetzt von den Analysten eingepreist wird: Wehrstedt soll Glasfaser- und Mittelspannungskabel für den ersten Bauabschnitt liefern, das Volumen liegt bei mehr als 46 Millionen Euro.",
             note="framework supply contract, conditional on EU selection; 'mehr als' -> at_least"),
        deal("tjarnholm-wehrstedt-rumour", ["Tjärnholm Power Systems", "Wehrstedt Kabelwerke"], "acquisition", 400000000, "EUR", "at_least", "2026", "rumored",
             "Gerüchte, wonach der schwedische Konkurrent Tjärnholm Power Systems ein Übernahmeangebot von über 400 Millionen Euro für Wehrstedt vorbereite, wies Finanzvorständin Clarissa Hembeck am Dienstag zurück: „Uns liegt kein Angebot vor, und wir führen keine Gespräche.“",
             required=False, note="rumoured takeover offer, denied by the target; optional"),
    ],
    "not_deals": ["1,9 Milliarden Euro", "rund 140 Millionen Euro", "46 Euro", "rund 2,3 Milliarden Euro",
                  "38,20 €", "31,45 €", "100.000 Euro"],
}

ARTICLES["018_gigafactory_entscheidung_liveticker_minutenprotokoll.txt"] = {
    "published": "2026-10-21",
    "published_note": "from the ticker header 'Liveticker vom 21.10.2026 · zuletzt aktualisiert 16:58 Uhr'; all entries are of that day; 'im Juni' -> 2026-06",
    "language": "de",
    "deals": [
        deal("eurohpc-lausitzwerk-gigafactory", [EU, LW], "investment", 1600000000, "EUR", "up_to", "2026-10-21", "announced",
             "Die Details zur Förderung: Aus dem Gigafactory-Fonds der EU erhält Lausitzwerk Compute bis zu 1,6 Milliarden Euro, wie das Gemeinsame Unternehmen EuroHPC mitteilt.",
             kind_alt=["project", "other"],
             note="EU gigafactory grant; the €6bn round and the €20bn fund are programme totals (not_deals)"),
        deal("bund-lausitzwerk-cofunding", ["Bundesrepublik Deutschland", LW], "investment", 800000000, "EUR", "up_to", "2026-10-21", "announced",
             "Der Bund beteiligt sich an der Lausitzer Gigafactory mit bis zu 800 Millionen Euro.",
             kind_alt=["other"], note="federal co-funding of the Lausitzwerk Compute gigafactory"),
        deal("nvidia-lausitzwerk-gpus", ["Nvidia", LW], "supply", 3400000000, "EUR", "exact", "2026-10-21", "signed",
             "Die 3,4-Milliarden-Euro-Bestellung umfasst Rechnersysteme der Blackwell-Nachfolgegeneration, die ab Ende 2027 in mehreren Tranchen geliefert werden sollen.",
             note="amount as a compound; parties and the signing 'am Nachmittag' in the previous sentence; rumoured in 016 ($3.9bn)"),
        none("spreeauen-lausitzwerk-ppa", [SP, LW], "supply", "2026-06", "signed",
             "Der im Juni geschlossene Stromliefervertrag mit Lausitzwerk war an die EU-Entscheidung geknüpft und ist damit nun wirksam.",
             note="amount-less back-reference to the June contract (017); optional"),
    ],
    "not_deals": ["rund 4,6 Billionen Dollar", "41,70 Euro", "bis zu 6 Milliarden Euro", "20 Milliarden Euro"],
}

ARTICLES["019_gigafactories_aftermath_ruebelliard_en.txt"] = {
    "published": "2026-11-05",
    "published_note": "from the issue line '5 November 2026 · Issue 212'; 'in October' and 'last month' -> 2026-10; 'in June' -> 2026-06; 'over the summer' -> 2026",
    "language": "en",
    "deals": [
        deal("eurohpc-lausitzwerk-gigafactory", [EU, LW], "investment", 1600000000, "EUR", "up_to", "2026-10", "announced",
             "Lausitzwerk Compute, the Boxberg project on the site of a lignite plant, was awarded up to €1.6 billion in October, to be paid out against construction milestones.",
             kind_alt=["project", "other"], note="same grant as 018; month only; EuroHPC named in the intro"),
        deal("spreeauen-lausitzwerk-ppa", [SP, LW], "supply", 1100000000, "EUR", "exact", "2026-06", "signed",
             "The company had signed a €1.1 billion (about $1.27 billion) 15-year power contract with regional generator Spreeauen Energie in June, conditional on selection.",
             alt=[(1270000000, "USD")], note="'The company' = Lausitzwerk Compute"),
        deal("nvidia-lausitzwerk-gpus", ["Nvidia", LW], "supply", 3900000000, "USD", "exact", "2026-10", "signed",
             "And it put pen to paper on the $3.9 billion Nvidia order last month, within hours of the announcement.",
             note="'it' = Lausitzwerk Compute; same order as 018 (€3.4bn)"),
        deal("harwell-lausitzwerk-stake", ["Harwell Ridge Capital", LW], "investment", 500000000, "EUR", "exact", "2026", "cancelled",
             "Harwell Ridge Capital, the British deep-tech investor, walked away over the summer from a planned €500 million equity stake in Lausitzwerk, three people with knowledge of the talks say.",
             note="planned investment abandoned 'over the summer' (year only), from sources"),
    ],
    "not_deals": ["€450 per participant", "up to €6 billion", "€20 billion", "€200 billion", "€390 a year"],
}

ARTICLES["020_hrzl_ausbau_praterstern.html"] = {
    "published": "2026-11-24",
    "published_note": "from the visible byline '24. November 2026, 06:45' (also <meta name=date> and JSON-LD); 'Vergangene Woche' and 'Anfang November' -> 2026-11; 'am Montag' -> 2026-11-23; 'vom März 2025' -> 2025-03",
    "language": "de",
    "deals": [
        deal("hrzl-brandtner-expansion", [HRZL, BR], "supply", 16500000, "EUR", "exact", "2026-11", "signed",
             "Vergangene Woche hat das Rechenzentrum der Linzer Brandtner Rechentechnik den Auftrag für eine zweite Ausbaustufe der österreichischen KI-Fabrik erteilt; der Vertrag hat ein Volumen von 16,5 Millionen Euro.",
             note="'das Rechenzentrum' = HRZL (previous sentence); third deal of the pair, different from the €38m contract and the maintenance contract"),
        deal("hrzl-brandtner-aiat", [HRZL, BR], "supply", 38000000, "EUR", "exact", "2025-03", "completed",
             "Den Grundstein legte der 38-Millionen-Euro-Auftrag vom März 2025, mit dem Brandtner den ersten KI-Rechner lieferte und aufbaute; in Betrieb ist die Anlage seit dem vergangenen Frühjahr.",
             note="restated first contract (010), amount as a compound, month only; delivered"),
        deal("austria-hrzl-topup", ["Republik Österreich", HRZL], "investment", 12000000, "EUR", "exact", "2026-11-23", "announced",
             "Finanziert wird der Ausbau aus Bundesmitteln: Die Republik Österreich stockt ihre Förderung für die KI-Fabrik um 12 Millionen Euro auf, wie das Wissenschaftsministerium am Montag bestätigte.",
             kind_alt=["other"], note="top-up of the national funding; different from the ~€40m of 2025 (010)"),
        deal("marchfeld-hrzl-ppa", ["Marchfeld Strom", HRZL], "supply", 3200000, "EUR", "approx", "2026-11", "signed",
             "Das HRZL zahlt dafür rund 3,2 Millionen Euro jährlich.",
             per="year", note="ten-year power contract signed 'Anfang November' with Marchfeld Strom GmbH (previous sentence)"),
    ],
    "not_deals": ["1,4 Millionen Euro", "21 Milliarden Euro", "9,90 Euro"],
}

ALIASES = {
    FZJ: ["Forschungszentrum Jülich", "FZJ", "Jülich Research Centre"],
    RQ: ["Rurquell Kältetechnik GmbH", "Rurquell Kältetechnik", "Rurquell"],
    "Wärmenetz Rur-Inde": ["Wärmenetz Rur-Inde GmbH", "Wärmenetz Rur-Inde"],
    EU: ["EuroHPC JU", "EuroHPC Joint Undertaking", "EuroHPC", "Gemeinsames Unternehmen EuroHPC",
         "Gemeinsame Unternehmen EuroHPC"],
    "Eviden": ["Eviden"],
    "ParTec": ["ParTec", "ParTec AG"],
    "Kingsweston Grid Services": ["Kingsweston Grid Services", "Kingsweston"],
    UOB: ["University of Bristol", "Bristol University"],
    "UK government": ["UK government", "British government", "Whitehall"],
    HPE: ["Hewlett Packard Enterprise", "HPE"],
    "Garraf Fotovoltaica": ["Garraf Fotovoltaica SL", "Garraf Fotovoltaica"],
    BSC: ["Barcelona Supercomputing Center", "BSC", "BSC-CNS"],
    "Pedralbes Capital": ["Pedralbes Capital"],
    "Vallcarca Labs": ["Vallcarca Labs", "Vallcarca"],
    "CSCS": ["CSCS", "Swiss National Supercomputing Centre"],
    "Ceresio Termotecnica": ["Ceresio Termotecnica SA", "Ceresio Termotecnica"],
    "Albisrieden Semantics": ["Albisrieden Semantics", "Albisrieden"],
    "Novo Nordisk Foundation": ["Novo Nordisk Foundation", "Novo Nordisk Fonden"],
    DCAI: ["Danish Centre for AI Innovation", "DCAI"],
    "EIFO": ["EIFO", "Export and Investment Fund of Denmark"],
    "Skovlund Bio": ["Skovlund Bio", "Skovlund"],
    "French State": ["French State", "französische Staat", "französischer Staat", "Regierung in Paris"],
    "Atos": ["Atos", "Atos SE"],
    "Wehrstedt Kabelwerke": ["Wehrstedt Kabelwerke AG", "Wehrstedt Kabelwerke", "Wehrstedt"],
    "Cineca": ["Cineca"],
    "HLRS": ["HLRS", "Höchstleistungsrechenzentrum Stuttgart", "High-Performance Computing Center Stuttgart"],
    "Nordvik Infrastructure Partners": ["Nordvik Infrastructure Partners", "Nordvik"],
    "Kainuun Lämpöverkko": ["Kainuun Lämpöverkko Oy", "Kainuun Lämpöverkko"],
    "Albtal Rechenzentren": ["Albtal Rechenzentren GmbH", "Albtal Rechenzentren", "Albtal"],
    "Sendlinger Modellwerk": ["Sendlinger Modellwerk", "Sendlinger"],
    LRZ: ["Leibniz-Rechenzentrum", "LRZ", "Leibniz Supercomputing Centre"],
    "Isarwatt Energie": ["Isarwatt Energie GmbH", "Isarwatt Energie", "Isarwatt"],
    "Bundesrepublik Deutschland": ["Bundesrepublik Deutschland", "Bund", "German federal government"],
    "Freistaat Bayern": ["Freistaat Bayern", "Bavaria"],
    "Juniper Networks": ["Juniper Networks", "Juniper"],
    HRZL: ["Hochleistungsrechenzentrum Leopoldau", "HRZL"],
    BR: ["Brandtner Rechentechnik GmbH", "Brandtner Rechentechnik", "Brandtner"],
    "Republik Österreich": ["Republik Österreich", "Austrian government"],
    "Severnside Renewables": ["Severnside Renewables", "Severnside"],
    "University of Edinburgh": ["University of Edinburgh"],
    "Harwell Ridge Capital": ["Harwell Ridge Capital", "Harwell Ridge"],
    "Redcliffe Tensor": ["Redcliffe Tensor", "Redcliffe"],
    "CSC": ["CSC", "CSC – IT Center for Science"],
    "Nordic Investment Bank": ["Nordic Investment Bank", "NIB"],
    LW: ["Lausitzwerk Compute GmbH", "Lausitzwerk Compute", "Lausitzwerk"],
    "Freistaat Sachsen": ["Freistaat Sachsen", "Sachsen", "Saxony"],
    SP: ["Spreeauen Energie AG", "Spreeauen Energie", "Spreeauen"],
    "Nvidia": ["Nvidia", "NVIDIA", "Nvidia Corp."],
    "Savena Impianti": ["Savena Impianti Srl", "Savena Impianti", "Savena"],
    "Felsina Models": ["Felsina Models", "Felsina"],
    "Portico Verde Capital": ["Portico Verde Capital", "Portico Verde"],
    "Tjärnholm Power Systems": ["Tjärnholm Power Systems", "Tjärnholm"],
    "Marchfeld Strom": ["Marchfeld Strom GmbH", "Marchfeld Strom", "Marchfeld"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, {sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
