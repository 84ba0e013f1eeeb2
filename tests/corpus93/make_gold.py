#!/usr/bin/env python3
"""Write gold.json for corpus 93: the hand annotation of articles/ as a script.

Usage: python3 tests/corpus93/make_gold.py      (rewrites tests/corpus93/gold.json)

Edit the annotation here, run it, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the ninety-third, held-out test corpus (tests/corpus93/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json "
    "and shared/gold/seeds.json. Theme: AI and data centres in southern Germany (Munich, Nuremberg, "
    "Stuttgart, Karlsruhe, Freiburg and the Upper Rhine) and English coverage of the same developments. "
    "One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks deals without an amount and vague or background mentions that an "
    "extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals "
    "(valuations, revenues, guidance other than capex, budgets, grants, cumulative totals, analysts' "
    "cost estimates, parts of an annotated deal, prices, salaries, ads): reporting one of them as a "
    "deal is an error. Amounts are in full units and in the currency the article states; 'amount_max' "
    "closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article "
    "(or the same article) states it in another currency or at another precision; it sits on the "
    "first article that reports the id, because that is the entry the scorer uses. 'date' is when the "
    "deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date line, dateline, header, issue line, "
    "byline, <meta>/JSON-LD, or null when the article has none); seasons become the year; a "
    "cancelled deal keeps the date of the offer; 'term' is the period the deal covers where the text "
    "gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html "
    "articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). "
    "Invented companies: Isarlicht Rechenwerke GmbH, Kiesgrund Compute GmbH, Hardtwald Energie, "
    "Volksbank Hardt-Rheinebene eG, Frankenhall Datenparks AG, Fildermann Kältetechnik GmbH, Remstal "
    "Antriebe AG, Neckarlogik, Wendelstein Kapital, Illerchip, Hohenstaufen Infrastruktur Partners, "
    "Rheinknie Infrastruktur AG; invented publications, research houses, advertisers and people are "
    "listed in invented_names.txt; the deals of real companies are partly real, partly invented or "
    "shifted (see README.md). Nothing here is reporting."
)

ALIASES = {
    "Isarlicht Rechenwerke": ["Isarlicht Rechenwerke", "Isarlicht Rechenwerke GmbH", "Isarlicht"],
    "Gemeinde Hallbergmoos": ["Gemeinde Hallbergmoos", "Hallbergmoos"],
    "Stadtwerke München": ["Stadtwerke München", "Stadtwerken München", "SWM"],
    "Andreessen Horowitz": ["Andreessen Horowitz", "a16z"],
    "Black Forest Labs": ["Black Forest Labs"],
    "Helsing": ["Helsing"],
    "General Catalyst": ["General Catalyst"],
    "Siemens": ["Siemens"],
    "Altair": ["Altair", "Altair Engineering"],
    "Dotmatics": ["Dotmatics"],
    "LBBW": ["LBBW", "Landesbank Baden-Württemberg"],
    "Kiesgrund Compute": ["Kiesgrund Compute", "Kiesgrund Compute GmbH", "Kiesgrund"],
    "Hardtwald Energie": ["Hardtwald Energie", "Hardtwald"],
    "Volksbank Hardt-Rheinebene": ["Volksbank Hardt-Rheinebene"],
    "Frankenhall Datenparks": ["Frankenhall Datenparks", "Frankenhall Datenparks AG", "Frankenhall"],
    "BayernLB": ["BayernLB", "Bayerische Landesbank"],
    "N-ERGIE": ["N-ERGIE"],
    "Stadt Nürnberg": ["Stadt Nürnberg"],
    "Infineon": ["Infineon"],
    "Marvell": ["Marvell", "Marvell Technology"],
    "Prima Materia": ["Prima Materia"],
    "Grob Aircraft": ["Grob Aircraft", "Grob"],
    "Fildermann Kältetechnik": ["Fildermann Kältetechnik", "Fildermann Kältetechnik GmbH", "Fildermann"],
    "Bosch": ["Bosch", "Robert Bosch GmbH"],
    "Remstal Antriebe": ["Remstal Antriebe", "Remstal Antriebe AG", "Remstal"],
    "Mercedes-Benz": ["Mercedes-Benz"],
    "Apptronik": ["Apptronik"],
    "Deutsche Telekom": ["Deutsche Telekom", "Telekom"],
    "Nvidia": ["Nvidia"],
    "SAP": ["SAP"],
    "Google": ["Google"],
    "Salesforce Ventures": ["Salesforce Ventures"],
    "Meta": ["Meta"],
    "Neckarlogik": ["Neckarlogik"],
    "Wendelstein Kapital": ["Wendelstein Kapital"],
    "Illerchip": ["Illerchip"],
    "BMW": ["BMW"],
    "Hohenstaufen Infrastruktur Partners": ["Hohenstaufen Infrastruktur Partners", "Hohenstaufen"],
    "Rheinknie Infrastruktur": ["Rheinknie Infrastruktur", "Rheinknie Infrastruktur AG"],
}

M = 1_000_000
B = 1_000_000_000


def deal(id, parties, kind, evidence, *, amount=None, currency=None, qualifier=None, amount_max=None,
         date=None, status="announced", required=None, per=None, term=None, alt=None, kind_alt=None,
         note=None):
    """One deal mention; deals without an amount are optional unless required is given."""
    if amount is not None and qualifier is None:
        qualifier = "exact"
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status,
         "required": (amount is not None) if required is None else required}
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


ARTICLES = {}


def article(name, published, note, language, deals, not_deals):
    ARTICLES[name] = {"published": published, "published_note": note, "language": language,
                      "deals": deals, "not_deals": not_deals}


# ---------------------------------------------------------------------------------------------
article("001_isarlicht_hallbergmoos.txt", "2024-03-14",
        "from the date line 'Landkreis Freising · Donnerstag, 14. März 2024'; 'Seit Dienstagabend' -> 2024-03-12",
        "de", [
    deal("hallbergmoos-isarlicht-land", ["Isarlicht Rechenwerke", "Gemeinde Hallbergmoos"], "acquisition",
         "Für 27,5 Millionen Euro geht die gut neun Hektar große Fläche an die Isarlicht Rechenwerke GmbH aus München.",
         amount=27.5 * M, currency="EUR", date="2024-03-12", status="signed", kind_alt=["other"],
         note="amount first, buyer at the end; land sale by the municipality, council vote 'Seit Dienstagabend' "
              "in the previous sentence, contract already signed (next sentence); '27,5 Mio.' repeated in a reader comment"),
    deal("isarlicht-hallbergmoos-capex", ["Isarlicht Rechenwerke"], "capex_plan",
         "In den ersten Bauabschnitt will Isarlicht nach eigenen Angaben rund 480 Millionen Euro stecken, die Anschlussleistung soll anfangs 40 Megawatt betragen.",
         amount=480 * M, currency="EUR", qualifier="approx", date="2024-03", status="planned", kind_alt=["project"],
         note="first construction phase of the campus"),
    deal("swm-isarlicht-talks-2024", ["Stadtwerke München", "Isarlicht Rechenwerke"], "supply",
         "Mit den Stadtwerken München laufen Gespräche über einen langfristigen Liefervertrag, bestätigte Geschäftsführerin Vroni Stangassinger.",
         date="2024-03", status="negotiating",
         note="talks without an amount (optional); the ten-year PPA of November 2025 (013, 019) is annotated as its own deal"),
], [
    "eines mittleren einstelligen Millionenbetrags pro Jahr", "knapp 41 Millionen Euro",
    "290 Euro je Quadratmeter", "1,2 Millionen Euro", "149 Euro",
])

# ---------------------------------------------------------------------------------------------
article("002_isar_valley_letter_en.txt", "2024-08-02",
        "from the issue line 'Issue 44 — Friday, 2 August 2024'; 'on Thursday' -> 2024-08-01; 'last month' -> 2024-07",
        "en", [
    deal("a16z-bfl-seed", ["Andreessen Horowitz", "Black Forest Labs"], "investment",
         "Black Forest Labs, a company started by researchers behind the Stable Diffusion image model, stepped out of stealth on Thursday with a model family called Flux and a $31 million seed round.",
         amount=31 * M, currency="USD", date="2024-08-01", status="completed",
         note="lead investor in the next sentence ('Andreessen Horowitz led it'); restated in 014 and 015"),
    deal("helsing-seriesc-2024", ["General Catalyst", "Helsing"], "investment",
         "Munich's defence-AI developer Helsing closed its Series C last month: €450 million (roughly $487 million), led by General Catalyst, with existing backers coming along.",
         amount=450 * M, currency="EUR", date="2024-07", status="completed", alt=[(487 * M, "USD")],
         note="'last month' -> July 2024; restated in 009; different from the €600m round of 2025"),
], [
    "about five cents per generated image", "close to €5 billion", "€160 to €190 per kW per month",
    "€5.5 billion", "$7.2 billion", "north of €95,000", "€49", "€12 a month",
])

# ---------------------------------------------------------------------------------------------
article("003_siemens_altair_kurswerk.txt", "2024-10-31",
        "from the header '31.10.2024 | 07:58 Uhr'; 'am Mittwochabend' -> 2024-10-30",
        "de", [
    deal("siemens-altair", ["Siemens", "Altair"], "acquisition",
         "Der DAX-Konzern kauft den US-Softwareanbieter Altair Engineering für rund 10,6 Milliarden Dollar einschließlich Schulden, umgerechnet knapp 9,8 Milliarden Euro.",
         amount=10.6 * B, currency="USD", qualifier="approx", date="2024-10-30", status="signed",
         alt=[(9.8 * B, "EUR"), (10 * B, "USD")],
         note="'Der DAX-Konzern' = Siemens (previous sentence); announced 'am Mittwochabend' (next sentence); "
              "headline compound 'Zehn-Milliarden-Dollar-Wette' (alt amount $10bn); completion reported in 006"),
], [
    "113 Dollar je Anteilsschein", "rund 613 Millionen Dollar", "mehr als 500 Millionen Dollar jährlich",
    "178,40 Euro", "205 Euro", "178,40 €", "109,85 $", "0 Euro Ordergebühr",
])

# ---------------------------------------------------------------------------------------------
article("004_kiesgrund_upper_rhine_ledger_en.txt", "2024-11-19",
        "from the dateline 'KARLSRUHE, 19 November' with the year of the footer '© 2024 The Upper Rhine Ledger'; 'on Monday' -> 2024-11-18",
        "en", [
    deal("lbbw-kiesgrund-loan-2024", ["LBBW", "Kiesgrund Compute"], "other",
         "Kiesgrund Compute GmbH said on Monday that a consortium led by Landesbank Baden-Württemberg had agreed a €410 million construction loan for the site on a former gravel works near Rheinstetten.",
         amount=410 * M, currency="EUR", date="2024-11-18", status="signed", kind_alt=["investment"],
         note="construction loan from an LBBW-led consortium; the Volksbank's €25m slice is a part of it (not a deal); "
              "restated in 010 and 018; different from the second LBBW financing of €250m in 018"),
    deal("hardtwald-kiesgrund-ppa", ["Hardtwald Energie", "Kiesgrund Compute"], "supply",
         "The company put the value at about €38 million a year; the utility plans to buy most of that electricity from wind farms in the Palatinate and from a run-of-river plant on the Rhine itself.",
         amount=38 * M, currency="EUR", qualifier="approx", per="year", date="2024-11", status="signed",
         term=["2026", "2037"],
         note="parties and the twelve-year term from 2026 in the previous sentence; 'The company' = Kiesgrund, "
              "'the utility' = Hardtwald Energie; no signing day given -> month of the article; restated in 018"),
], [
    "€25 million", "€60 million", "€9.5 million per megawatt", "€14 million",
    "€82 per megawatt-hour", "€31m", "€1,299",
])

# ---------------------------------------------------------------------------------------------
article("005_frankenhall_pegnitz_kurier.txt", "2025-02-20",
        "from the byline 'Von Kunigunde Rößlein | 20.02.2025, 17:05 Uhr'",
        "de", [
    deal("bayernlb-frankenhall-loan-2025", ["BayernLB", "Frankenhall Datenparks"], "other",
         "Insidern zufolge verhandelt die Bayerische Landesbank über ein Darlehen von bis zu 300 Millionen Euro an das Fürther Unternehmen.",
         amount=300 * M, currency="EUR", qualifier="up_to", date="2025", status="rumored",
         alt=[(280 * M, "EUR")], kind_alt=["investment"],
         note="rumour from insiders; 'das Fürther Unternehmen' = Frankenhall; 008 reports the signed €280m loan "
              "(alt amount) in May 2025, 016 restates it; the year keeps the shared id's dates consistent"),
    deal("frankenhall-hafen-capex", ["Frankenhall Datenparks"], "capex_plan",
         "Die Gesamtinvestition beziffert Vorstand Gunther Wölfel-Dörr auf mehr als 700 Millionen Euro, verteilt auf drei Bauabschnitte bis 2030.",
         amount=700 * M, currency="EUR", qualifier="at_least", date="2025-02", status="planned",
         term=[None, "2030"], kind_alt=["project"],
         note="total investment of the data park; restated in 008"),
    deal("nergie-frankenhall-talks", ["N-ERGIE", "Frankenhall Datenparks"], "supply",
         "Beim Strom setzt Frankenhall auf den regionalen Versorger: Mit der N-ERGIE sei man „in guten Gesprächen“, heißt es aus dem Unternehmen, unterschrieben sei aber noch nichts.",
         date="2025-02", status="negotiating",
         note="talks without an amount (optional); the signed contract in 008 has its own id because the scorer "
              "uses the first article's amount"),
    deal("nuernberg-frankenhall-erbbau-talks", ["Stadt Nürnberg", "Frankenhall Datenparks"], "other",
         "Das Hafengelände selbst gehört weiter der Stadt Nürnberg; über die Konditionen eines Erbbaurechts wird noch verhandelt.",
         date="2025-02", status="negotiating",
         note="ground-lease talks without an amount (optional); the agreed lease is in 008"),
], [
    "rund 35 Millionen Euro", "im siebenstelligen Bereich", "150 bis 175 Euro pro Kilowatt und Monat",
    "zwischen acht und elf Millionen Euro", "390 Millionen Euro", "29,90 Euro",
])

# ---------------------------------------------------------------------------------------------
article("006_siemens_altair_maxvorstadt_en.html", "2025-03-27",
        "only from <meta property='article:published_time'> and JSON-LD datePublished (no visible date); "
        "'on Wednesday' -> 2025-03-26 (completion), 'in October' -> 2024-10",
        "en", [
    deal("siemens-altair", ["Siemens", "Altair"], "acquisition",
         "The Munich group said on Wednesday that it had completed the acquisition of the Michigan simulation-software maker, which it valued at about $10.6 billion including debt when the two sides agreed terms in October.",
         amount=10.6 * B, currency="USD", qualifier="approx", date="2024-10", status="completed",
         note="'The Munich group' = Siemens, 'the Michigan simulation-software maker' = Altair (previous sentence); "
              "completed 2025-03-26, agreed in October 2024 (the deal date)"),
    deal("siemens-dotmatics", ["Siemens", "Dotmatics"], "acquisition",
         "Siemens is in advanced negotiations to acquire Dotmatics, a Boston developer of software for laboratory research, for around $5 billion, according to two bankers involved in the process.",
         amount=5 * B, currency="USD", qualifier="approx", date="2025-03", status="rumored",
         kind_alt=["other"], note="unconfirmed talks reported by two bankers; the company declined to comment"),
], [
    "$113 in cash per share", "€1.3 billion", "€219.60", "roughly €172 billion",
    "around $300 million over three years", "€52 per square metre", "€5.5bn", "€2,400", "€9.90 a month",
])

# ---------------------------------------------------------------------------------------------
article("007_infineon_marvell_aktienlupe.txt", "2025-04-08",
        "from the header '08.04.2025 | 09:12 Uhr'; 'am Montagabend' -> 2025-04-07",
        "de", [
    deal("infineon-marvell-auto-ethernet", ["Infineon", "Marvell"], "acquisition",
         "Der Chipkonzern aus dem Münchner Süden übernimmt das Automotive-Ethernet-Geschäft des US-Halbleiterherstellers Marvell Technology für 2,5 Milliarden Dollar in bar, wie er am Montagabend mitteilte.",
         amount=2.5 * B, currency="USD", date="2025-04-07", status="signed", alt=[(2.3 * B, "EUR")],
         note="'Der Chipkonzern aus dem Münchner Süden' = Infineon (previous sentence); EUR conversion 'rund 2,3 "
              "Milliarden Euro' in the next sentence; restated in 016"),
    deal("infineon-capex-fy2025", ["Infineon"], "capex_plan",
         "Für das laufende Geschäftsjahr 2025 peilt Infineon weiterhin Investitionen von etwa 2,3 Milliarden Euro an, nachdem der Vorstand das Budget im Februar leicht gekappt hatte.",
         amount=2.3 * B, currency="EUR", qualifier="approx", date="2025-02", status="planned",
         term=["2025", "2025"],
         note="investment guidance for fiscal 2025, set when it was cut in February and reaffirmed here; same figure as "
              "the EUR conversion of the Marvell price, must stay apart; different from the fiscal 2027 plan (020)"),
], [
    "zwischen 225 und 250 Millionen Dollar", "27,14 €", "47,02 $", "38 Euro", "rund neun Milliarden Euro",
    "1 Euro pro Sparplan-Ausführung",
])

# ---------------------------------------------------------------------------------------------
article("008_frankenhall_noris_abendblatt.txt", "2025-05-24",
        "from the date line 'Nürnberg · Samstag, 24. Mai 2025'; 'seit dieser Woche' -> 2025-05; "
        "'Am Donnerstag' -> 2025-05-22; 'am Mittwoch' -> 2025-05-21",
        "de", [
    deal("bayernlb-frankenhall-loan-2025", ["BayernLB", "Frankenhall Datenparks"], "other",
         "Was im Februar noch als Gerücht durch die Stadt ging, ist seit dieser Woche unterschrieben: Ein Bankenkonsortium unter Führung der BayernLB leiht der Frankenhall Datenparks AG 280 Millionen Euro für den ersten Bauabschnitt ihres Rechenzentrumsparks im Nürnberger Hafen.",
         amount=280 * M, currency="EUR", date="2025-05", status="signed",
         note="the loan rumoured in 005 ('bis zu 300 Millionen Euro'); signed 'seit dieser Woche' -> May 2025; "
              "different from the €150m top-up of February 2026 (016)"),
    deal("nergie-frankenhall-supply", ["N-ERGIE", "Frankenhall Datenparks"], "supply",
         "Am Donnerstag unterzeichneten Frankenhall und die N-ERGIE einen Liefervertrag über zehn Jahre; dessen Volumen bezifferte der Nürnberger Versorger auf knapp 190 Millionen Euro.",
         amount=190 * M, currency="EUR", qualifier="approx", date="2025-05-22", status="signed",
         note="ten-year power supply; 'knapp' -> approx; value over the whole term"),
    deal("nuernberg-frankenhall-erbbau", ["Stadt Nürnberg", "Frankenhall Datenparks"], "other",
         "Das Grundstück pachtet Frankenhall von der Stadt Nürnberg im Erbbaurecht – für 66 Jahre und einen Erbbauzins von 1,1 Millionen Euro jährlich, wie aus der Vorlage für den Stadtrat hervorgeht, der am Mittwoch zustimmte.",
         amount=1.1 * M, currency="EUR", per="year", date="2025-05-21", status="signed", kind_alt=["acquisition"],
         note="yearly ground rent over 66 years; council approval 'am Mittwoch'"),
    deal("frankenhall-hafen-capex", ["Frankenhall Datenparks"], "capex_plan",
         "Die Gesamtinvestition für alle drei Bauabschnitte gibt er weiterhin mit mehr als 700 Millionen Euro an.",
         amount=700 * M, currency="EUR", qualifier="at_least", date="2025", status="planned",
         note="'er' = Vorstand Gunther Wölfel-Dörr of Frankenhall (previous sentence); restatement of 005 ('weiterhin')"),
], [
    "bis zu drei Millionen Euro im Jahr", "rund 2,6 Milliarden Euro", "bis zu 175 Euro pro Kilowatt und Monat",
    "24 Euro pro Person",
])

# ---------------------------------------------------------------------------------------------
article("009_helsing_residenzbote.txt", "2025-06-18",
        "from the dateline 'MÜNCHEN, 18. Juni 2025.'; 'am Dienstag' -> 2025-06-17",
        "de", [
    deal("helsing-seriesd-2025", ["Prima Materia", "Helsing"], "investment",
         "Der Münchner Verteidigungs-KI-Spezialist Helsing hat eine neue Finanzierungsrunde über 600 Millionen Euro abgeschlossen.",
         amount=600 * M, currency="EUR", date="2025-06-17", status="completed",
         note="lead investor Prima Materia and 'am Dienstag' in the next sentence; restated in 015"),
    deal("helsing-seriesc-2024", ["General Catalyst", "Helsing"], "investment",
         "Vor knapp einem Jahr waren es noch knapp fünf Milliarden Euro gewesen; damals hatte General Catalyst die Serie C über 450 Millionen Euro angeführt.",
         amount=450 * M, currency="EUR", date="2024-07", status="completed",
         note="restatement of 002; 'Vor knapp einem Jahr' -> mid-2024, July from 002; the valuation in the same sentence is a not_deal"),
    deal("helsing-grob", ["Helsing", "Grob Aircraft"], "acquisition",
         "Erst vor wenigen Tagen hatte Helsing zudem den Flugzeugbauer Grob Aircraft aus Tussenhausen-Mattsies im Unterallgäu übernommen; einen Kaufpreis nannten die Beteiligten nicht.",
         date="2025-06", status="completed", note="no price (optional)"),
], [
    "rund zwölf Milliarden Euro", "knapp fünf Milliarden Euro", "mehr als 1,3 Milliarden Euro",
    "100 Milliarden Euro", "bis zu 140.000 Euro brutto jährlich", "18 Millionen Euro", "189 Euro",
])

# ---------------------------------------------------------------------------------------------
article("010_fildermann_heat_rejection_en.txt", "2025-07-09",
        "from 'Posted 2025-07-09 14:20 CEST'; 'on Monday' -> 2025-07-07; 'last November' -> 2024-11",
        "en", [
    deal("fildermann-kiesgrund-cooling", ["Fildermann Kältetechnik", "Kiesgrund Compute"], "supply",
         "Fildermann Kältetechnik GmbH, a family-owned maker of liquid-cooling systems from Filderstadt near Stuttgart, has won a €46 million order from Kiesgrund Compute, the developer of a 60-megawatt data centre near Karlsruhe.",
         amount=46 * M, currency="EUR", date="2025-07-07", status="signed",
         note="signed 'on Monday' (next sentence); restated in 018"),
    deal("fildermann-filderstadt-capex", ["Fildermann Kältetechnik"], "capex_plan",
         "To keep up, the firm will spend around €30 million on a second production hall in Filderstadt over the next two years.",
         amount=30 * M, currency="EUR", qualifier="approx", date="2025-07", status="planned", kind_alt=["project"],
         note="'the firm' = Fildermann"),
    deal("volksbank-fildermann-loan", ["Volksbank Hardt-Rheinebene", "Fildermann Kältetechnik"], "other",
         "Part of that is covered by a €12 million loan from Volksbank Hardt-Rheinebene, the cooperative bank that has worked with Kiesgrund's founders since the start.",
         amount=12 * M, currency="EUR", date="2025-07", status="signed", kind_alt=["investment"],
         note="loan to Fildermann ('that' = the production hall of the previous sentence); different from the "
              "Volksbank's €18m loan to Hardtwald Energie (019)"),
    deal("lbbw-kiesgrund-loan-2024", ["LBBW", "Kiesgrund Compute"], "other",
         "Kiesgrund, which secured a €410 million loan from an LBBW-led consortium last November, said the new systems would let it run racks of up to 130 kW.",
         amount=410 * M, currency="EUR", date="2024-11", status="signed",
         note="restatement of 004 in a relative clause; 'last November' -> 2024-11"),
], [
    "€71 million", "€250,000 to €400,000 per megawatt", "€590", "€1,150",
])

# ---------------------------------------------------------------------------------------------
article("011_bosch_schwabenland_wire_en.txt", "2025-10-23",
        "from 'October 23, 2025 | 07:15 CET'; dateline 'Oct 22', 'on Wednesday' -> 2025-10-22",
        "en", [
    deal("bosch-ai-2027", ["Bosch"], "capex_plan",
         "Robert Bosch GmbH will invest more than 2.5 billion euros in artificial intelligence by the end of 2027, the world's biggest car-parts maker said on Wednesday, betting that software can make up for sagging demand for its classic components.",
         amount=2.5 * B, currency="EUR", qualifier="at_least", date="2025-10-22", status="planned",
         term=[None, "2027"], note="investment plan through 2027; restated in 013"),
    deal("remstal-isarlicht-compute", ["Remstal Antriebe", "Isarlicht Rechenwerke"], "cloud_contract",
         "Remstal Antriebe AG, a Schorndorf maker of electric drive units, said it has booked GPU capacity from Munich operator Isarlicht Rechenwerke for three years at a monthly fee of 350,000 euros to train models for end-of-line gearbox testing.",
         amount=350_000, currency="EUR", per="month", date="2025-10", status="signed",
         note="monthly fee over three years; no day given -> month of the article"),
    deal("mercedes-apptronik", ["Mercedes-Benz", "Apptronik"], "investment",
         "Elsewhere in the region, Mercedes-Benz backed Texas robot maker Apptronik earlier this year with what the carmaker described as a low double-digit million euro sum.",
         date="2025", status="completed",
         note="vague amount ('a low double-digit million euro sum') -> no amount, optional"),
], [
    "90.3 billion euros", "a mid single-digit billion euro amount", "18.65 euros", "between 2 and 3 euros an hour",
])

# ---------------------------------------------------------------------------------------------
article("012_telekom_nvidia_giesinger.html", "2025-11-05",
        "from <meta name='date'>, JSON-LD datePublished and the visible byline '05.11.2025, 06:30 Uhr'; 'am Dienstag' -> 2025-11-04",
        "de", [
    deal("telekom-nvidia-munich-cloud", ["Deutsche Telekom", "Nvidia"], "project",
         "Rund eine Milliarde Euro fließen in das Vorhaben, das die beiden Partner am Dienstag in Berlin präsentierten.",
         amount=1 * B, currency="EUR", qualifier="approx", date="2025-11-04", status="announced",
         alt=[(1.16 * B, "USD")], kind_alt=["capex_plan", "partnership", "joint_venture"],
         note="parties in the previous sentence ('Die Telekom und Nvidia'), 'die beiden Partner'; headline 'Eine "
              "Milliarde Euro'; 013 gives about $1.16bn; restated in 013, 016, 017; different from the gigafactory talks (017)"),
    deal("sap-telekom-aicloud", ["SAP", "Deutsche Telekom"], "partnership",
         "Den Software-Unterbau steuert SAP bei; zu den Konditionen äußerte sich der Walldorfer Konzern nicht.",
         date="2025-11-04", status="announced", note="no amount (optional)"),
], [
    "rund 5,5 Milliarden Euro", "20 Milliarden Euro", "rund fünf Billionen Dollar", "26,94 Euro",
    "etwa 2,50 Euro", "Bis zu 15,90 Euro", "5.000 Euro", "7,99 €",
])

# ---------------------------------------------------------------------------------------------
article("013_alpine_compute_digest_en.txt", "2025-11-13",
        "from the issue line 'Issue 88 · Thursday 13 November 2025'; 'last week' -> 2025-11; 'on Tuesday' -> 2025-11-11; 'in October' -> 2025-10",
        "en", [
    deal("telekom-nvidia-munich-cloud", ["Deutsche Telekom", "Nvidia"], "project",
         "Deutsche Telekom and Nvidia last week unveiled a roughly €1 billion (about $1.16 billion) industrial AI cloud in Munich, with up to 10,000 Blackwell GPUs and SAP software on top.",
         amount=1 * B, currency="EUR", qualifier="approx", date="2025-11", status="announced",
         note="same project as 012; 'last week' -> November 2025"),
    deal("sap-telekom-aicloud", ["SAP", "Deutsche Telekom"], "partnership",
         "Deutsche Telekom and Nvidia last week unveiled a roughly €1 billion (about $1.16 billion) industrial AI cloud in Munich, with up to 10,000 Blackwell GPUs and SAP software on top.",
         date="2025-11", status="announced", note="SAP's role without an amount (optional), as in 012"),
    deal("isarlicht-swm-ppa", ["Isarlicht Rechenwerke", "Stadtwerke München"], "supply",
         "The contract is worth roughly €55 million a year, with deliveries starting in 2026 from the city utility's wind and hydro portfolio.",
         amount=55 * M, currency="EUR", qualifier="approx", per="year", date="2025-11-11", status="signed",
         term=["2026", "2035"],
         note="parties and 'on Tuesday' in the previous sentence ('put its name on Tuesday to a ten-year electricity "
              "offtake contract'); restated in 019; different from the 2026 heat contract of the same pair"),
    deal("google-germany-2026", ["Google"], "capex_plan",
         "Also on Tuesday, Google said it would pour €5.5 billion into its German operations during 2026-29, with a fresh server site in Dietzenbach, just outside Frankfurt, and more capacity in Hanau.",
         amount=5.5 * B, currency="EUR", date="2025-11-11", status="planned", term=["2026", "2029"]),
    deal("bosch-ai-2027", ["Bosch"], "capex_plan",
         "Bosch's plan to spend more than €2.5 billion on AI by the end of 2027, announced in October, is getting its first concrete projects: an inference cluster in Renningen and an AI lab in Reutlingen's chip plant.",
         amount=2.5 * B, currency="EUR", qualifier="at_least", date="2025-10", status="planned",
         note="restatement of 011; genitive 'Bosch's'"),
], [
    "$54 billion", "€100 billion a year", "$2.40", "$3.10", "€119 a year", "€12 a month",
])

# ---------------------------------------------------------------------------------------------
article("014_bfl_freiburg_tagesanzeiger.txt", "2025-12-03",
        "from the date line 'Freiburg · Mittwoch, 3. Dezember 2025'; 'am Montag' -> 2025-12-01",
        "de", [
    deal("bfl-seriesb-2025", ["Salesforce Ventures", "Black Forest Labs"], "investment",
         "Das Freiburger KI-Unternehmen Black Forest Labs ist um 300 Millionen Dollar reicher: So viel frisches Kapital hat es bei Investoren eingeworben, umgerechnet rund 258 Millionen Euro.",
         amount=300 * M, currency="USD", date="2025-12-01", status="completed", alt=[(258 * M, "EUR")],
         note="lead investor Salesforce Ventures and 'am Montag' in the next sentence; restated in 015"),
    deal("a16z-bfl-seed", ["Andreessen Horowitz", "Black Forest Labs"], "investment",
         "Im August 2024 war Black Forest Labs mit einer Seed-Runde über 31 Millionen Dollar an die Öffentlichkeit getreten, damals angeführt von Andreessen Horowitz.",
         amount=31 * M, currency="USD", date="2024-08", status="completed", note="restatement of 002"),
    deal("meta-bfl-license", ["Meta", "Black Forest Labs"], "other",
         "Mit Meta soll das Unternehmen im September einen Zweijahresvertrag im Wert von 140 Millionen Dollar geschlossen haben; offiziell bestätigt wurde die Summe nie.",
         amount=140 * M, currency="USD", date="2025-09", status="signed", kind_alt=["cloud_contract", "partnership", "supply"],
         note="reported (subjunctive 'soll … geschlossen haben'), never confirmed; two-year licence for the image "
              "models; 'das Unternehmen' = Black Forest Labs; restated in 015"),
], [
    "3,25 Milliarden Dollar", "im dreistelligen Millionenbereich", "jährlich 4,5 Millionen Euro",
    "etwa 14 Euro pro Quadratmeter", "180.000 Euro im Jahr", "399 Euro",
])

# ---------------------------------------------------------------------------------------------
article("015_dreisam_notes_en.txt", "2025-12-09",
        "from 'Posted 9 December 2025'; 'On Monday last week' -> 2025-12-01; 'on Tuesday' (this week) -> 2025-12-09; "
        "'sixteen months ago' -> 2024-08",
        "en", [
    deal("bfl-seriesb-2025", ["Salesforce Ventures", "Black Forest Labs"], "investment",
         "On Monday last week, Black Forest Labs told the world it had raised $300 million from investors headed by Salesforce Ventures.",
         amount=300 * M, currency="USD", date="2025-12-01", status="completed", note="same round as 014"),
    deal("a16z-bfl-seed", ["Andreessen Horowitz", "Black Forest Labs"], "investment",
         "For a company that came out of stealth sixteen months ago with $31 million from Andreessen Horowitz and a handful of angels, that is quite a jump — and the $3.25 billion valuation is not even the most interesting number.",
         amount=31 * M, currency="USD", date="2024-08", status="completed",
         note="restatement of 002; the valuation in the same sentence is a not_deal"),
    deal("meta-bfl-license", ["Meta", "Black Forest Labs"], "other",
         "More telling: Meta reportedly agreed in September to pay the Freiburg team $140 million over two years to use its image models.",
         amount=140 * M, currency="USD", date="2025-09", status="signed",
         note="'reportedly'; 'the Freiburg team' = Black Forest Labs; same as 014"),
    deal("helsing-seriesd-2025", ["Prima Materia", "Helsing"], "investment",
         "Munich's Helsing raised €600 million in June at a valuation of around €12 billion, with Daniel Ek's Prima Materia in the lead.",
         amount=600 * M, currency="EUR", date="2025-06", status="completed", note="restatement of 009"),
    deal("wendelstein-neckarlogik-seed", ["Wendelstein Kapital", "Neckarlogik"], "investment",
         "Neckarlogik, a Tübingen spin-off building small language models for machine documentation, closed a €22 million seed round led by Munich investor Wendelstein Kapital, the company said on Tuesday.",
         amount=22 * M, currency="EUR", date="2025-12-09", status="completed",
         note="'on Tuesday' of 'this week' = the posting day; restated in 020; different from the 2026 Series A"),
], [
    "$3.25 billion", "around €12 billion", "roughly $14 billion", "less than €400,000 a month",
    "around $500,000", "€7 monthly", "€70 yearly",
])

# ---------------------------------------------------------------------------------------------
article("016_frankenticker_gipfel.txt", "2026-02-12",
        "from the ticker heading 'Donnerstag, 12. Februar 2026'; 'am Rande des Gipfels' = that day; "
        "'im vergangenen Mai' -> 2025-05; 'im November' -> 2025-11",
        "de", [
    deal("bayernlb-frankenhall-topup-2026", ["BayernLB", "Frankenhall Datenparks"], "other",
         "Für den zweiten Bauabschnitt am Hafen kommen weitere 150 Millionen Euro hinzu.",
         amount=150 * M, currency="EUR", date="2026-02-12", status="signed", kind_alt=["investment"],
         note="parties in the previous sentence ('eine Aufstockung vereinbart'); second loan of the pair, must stay "
              "apart from the €280m loan of May 2025 in the next sentence"),
    deal("bayernlb-frankenhall-loan-2025", ["BayernLB", "Frankenhall Datenparks"], "other",
         "Den ersten Kredit über 280 Millionen Euro hatte die Landesbank im vergangenen Mai zugesagt.",
         amount=280 * M, currency="EUR", date="2025-05", status="signed",
         note="restatement of 008; 'die Landesbank' = BayernLB"),
    deal("wendelstein-illerchip-seriesa", ["Wendelstein Kapital", "Illerchip"], "investment",
         "16:05 Uhr – Start-up-Bühne: Das Kemptener Chip-Start-up Illerchip hat eine Serie-A-Runde über 40 Millionen Euro abgeschlossen.",
         amount=40 * M, currency="EUR", date="2026-02-12", status="completed",
         note="lead investor in the next sentence ('Angeführt wird sie von Wendelstein Kapital')"),
    deal("telekom-nvidia-munich-cloud", ["Deutsche Telekom", "Nvidia"], "project",
         "In das im November angekündigte Projekt mit Nvidia fließt rund eine Milliarde Euro.",
         amount=1 * B, currency="EUR", qualifier="approx", date="2025-11", status="announced",
         note="restatement of 012; Telekom from the previous sentence ('Telekom-Vorstand … Industrial AI Cloud')"),
    deal("bmw-telekom-aicloud", ["BMW", "Deutsche Telekom"], "cloud_contract",
         "Erster Großkunde aus der Autoindustrie ist nach Telekom-Angaben BMW; über den Umfang des Auftrags schweigen beide Seiten.",
         status="signed", note="no amount and no date (optional)"),
    deal("infineon-marvell-auto-ethernet", ["Infineon", "Marvell"], "acquisition",
         "Die im vergangenen August abgeschlossene Übernahme des Auto-Ethernet-Geschäfts von Marvell für 2,5 Milliarden Dollar zahle sich bereits aus, sagt ein Bereichsvorstand.",
         amount=2.5 * B, currency="USD", date="2025", status="completed",
         note="restatement of 007; only the closing month (August 2025) is given -> year 2025"),
], [
    "4,2 Millionen Euro", "1,5 Milliarden Euro", "3,66 Milliarden Euro", "390 Euro", "12,50 Euro pro Gast",
])

# ---------------------------------------------------------------------------------------------
article("017_telekom_gigafactory_odeonsplatz_en.html", "2026-03-04",
        "from the visible byline 'March 4, 2026', <meta name='pubdate'> and JSON-LD; 'on Tuesday' -> 2026-03-03; 'this week' -> 2026-03",
        "en", [
    deal("telekom-nvidia-gigafactory", ["Deutsche Telekom", "Nvidia"], "project",
         "The two companies are discussing an AI gigafactory with a price tag of up to €4 billion, two insiders who asked not to be named said this week.",
         amount=4 * B, currency="EUR", qualifier="up_to", date="2026-03", status="rumored",
         kind_alt=["joint_venture", "capex_plan", "partnership"],
         note="'The two companies' = Deutsche Telekom and Nvidia (previous sentences); talks from anonymous insiders; "
              "must stay apart from the €1bn Munich cloud in the next paragraph"),
    deal("telekom-nvidia-munich-cloud", ["Deutsche Telekom", "Nvidia"], "project",
         "The Munich site, a €1 billion joint project unveiled in November, has been running since February.",
         amount=1 * B, currency="EUR", date="2025-11", status="announced",
         note="restatement of 012; 'in November' -> 2025-11"),
    deal("bmw-telekom-aicloud", ["BMW", "Deutsche Telekom"], "cloud_contract",
         "BMW is among its first industrial users; neither side has disclosed what the carmaker pays.",
         status="signed", note="no amount (optional); 'its' = the Munich cloud; same as 016"),
    deal("swm-grid-capex-2030", ["Stadtwerke München"], "capex_plan",
         "Stadtwerke München said on Tuesday it would spend €2.1 billion on expanding its electricity grid between 2026 and 2030, in part to connect data centres in the north of the city.",
         amount=2.1 * B, currency="EUR", date="2026-03-03", status="planned", term=["2026", "2030"]),
], [
    "€20 billion", "roughly €40 million a year", "€31.05", "about €2.20 an hour", "€24.80 per square metre",
    "€64", "€5 a month",
])

# ---------------------------------------------------------------------------------------------
article("018_kiesgrund_interview_rheinschiene.txt", None,
        "no date anywhere in the article (only 'Lesezeit: 7 Minuten'); all deal dates null",
        "de", [
    deal("lbbw-kiesgrund-loan-2024", ["LBBW", "Kiesgrund Compute"], "other",
         "ein Konsortium unter Führung der LBBW hat Ihnen 410 Millionen Euro geliehen.",
         amount=410 * M, currency="EUR", date=None, status="signed",
         note="restatement of 004 in the interviewer's question; 'Ihnen' = Kiesgrund Compute"),
    deal("lbbw-kiesgrund-loan-second", ["LBBW", "Kiesgrund Compute"], "other",
         "Für die Hallen drei und vier haben wir mit der LBBW gerade eine zweite Finanzierung über 250 Millionen Euro unterschrieben, diesmal mit acht Jahren Laufzeit.",
         amount=250 * M, currency="EUR", date=None, status="signed", kind_alt=["investment"],
         note="'wir' = Kiesgrund Compute; second loan of the pair, must stay apart from the €410m loan; undated interview"),
    deal("fildermann-kiesgrund-cooling", ["Fildermann Kältetechnik", "Kiesgrund Compute"], "supply",
         "Genau, der Auftrag über 46 Millionen Euro läuft nach Plan, die ersten Kreisläufe sind installiert.",
         amount=46 * M, currency="EUR", date=None, status="signed",
         note="restatement of 010; Fildermann named in the question before"),
    deal("rheinknie-kiesgrund-offer", ["Rheinknie Infrastruktur", "Kiesgrund Compute"], "acquisition",
         "Die Rheinknie Infrastruktur AG hat uns rund 520 Millionen Franken geboten, also etwa 555 Millionen Euro.",
         amount=520 * M, currency="CHF", qualifier="approx", date=None, status="cancelled", alt=[(555 * M, "EUR")],
         note="takeover offer in Swiss francs, refused ('Wir haben abgelehnt', next sentence); 'uns' = Kiesgrund"),
    deal("hardtwald-kiesgrund-ppa", ["Hardtwald Energie", "Kiesgrund Compute"], "supply",
         "Der Vertrag mit Hardtwald Energie über jährlich rund 38 Millionen Euro ist unser Anker.",
         amount=38 * M, currency="EUR", qualifier="approx", per="year", date=None, status="signed",
         note="restatement of 004; 'unser' = Kiesgrund"),
], [
    "10,5 Millionen Euro", "14 Millionen Euro", "110.000 Euro im Jahr", "3.200 Euro", "9,80 Euro", "89 Euro",
])

# ---------------------------------------------------------------------------------------------
article("019_heat_and_data_briefing_en.txt", "2026-07-10",
        "from the issue line 'Issue 27/2026 · Friday 10 July 2026'; 'on Wednesday' -> 2026-07-08; 'last November' -> 2025-11",
        "en", [
    deal("swm-isarlicht-heat", ["Stadtwerke München", "Isarlicht Rechenwerke"], "supply",
         "The 20-year contract was signed on Wednesday; SWM will initially pay around €2.4 million a year for the heat, both sides said.",
         amount=2.4 * M, currency="EUR", qualifier="approx", per="year", date="2026-07-08", status="signed",
         kind_alt=["other"],
         note="parties in the previous sentence (SWM takes Isarlicht's waste heat); second deal of the pair, must stay "
              "apart from the 2025 power contract restated in the same paragraph; restated in 020"),
    deal("swm-freising-pipeline", ["Stadtwerke München"], "project",
         "To move it, the utility is building a €65 million district-heating pipeline to Freising, due in 2028.",
         amount=65 * M, currency="EUR", date="2026-07", status="announced", kind_alt=["capex_plan"],
         note="'the utility' = Stadtwerke München; no separate day given -> month of the issue"),
    deal("isarlicht-swm-ppa", ["Isarlicht Rechenwerke", "Stadtwerke München"], "supply",
         "It is the second contract between the two: last November they agreed a ten-year power supply deal worth roughly €55 million a year.",
         amount=55 * M, currency="EUR", qualifier="approx", per="year", date="2025-11", status="signed",
         note="restatement of 013; 'the two' = SWM and Isarlicht"),
    deal("hohenstaufen-fildermann", ["Hohenstaufen Infrastruktur Partners", "Fildermann Kältetechnik"], "acquisition",
         "The parties did not disclose a price; people in the industry put it at €90 million to €110 million.",
         amount=90 * M, amount_max=110 * M, currency="EUR", qualifier="range", date="2026-07", status="signed",
         kind_alt=["investment"],
         note="60% stake (previous sentence 'is buying 60% of Fildermann Kältetechnik'); value only from industry "
              "estimates, as a range; completed in October (020)"),
    deal("volksbank-hardtwald-loan", ["Volksbank Hardt-Rheinebene", "Hardtwald Energie"], "other",
         "Volksbank Hardt-Rheinebene is lending Hardtwald Energie €18 million for the heat network in Rheinstetten that will use warmth from the Kiesgrund Compute campus.",
         amount=18 * M, currency="EUR", date="2026-07", status="signed", kind_alt=["investment"],
         note="the state's €14m grant in the next sentence is a not_deal; different from the Volksbank's €12m loan to Fildermann (010)"),
], [
    "about €1.2 billion", "€14 million", "about 11.2 cents per kWh", "€3.5 billion", "€79", "€248 a year",
])

# ---------------------------------------------------------------------------------------------
article("020_swabian_silicon_digest_en.txt", "2026-11-19",
        "from the issue line 'No. 61 — Thursday, 19 November 2026'; 'on Monday' -> 2026-11-16; 'last December' -> 2025-12; "
        "'last week' -> 2026-11; 'in July' -> 2026-07; 'summer' -> 2026",
        "en", [
    deal("wendelstein-neckarlogik-seriesa", ["Wendelstein Kapital", "Neckarlogik"], "investment",
         "Tübingen's Neckarlogik, which builds small language models for machine manuals, raised €64 million ($74 million) in a Series A on Monday.",
         amount=64 * M, currency="EUR", date="2026-11-16", status="completed", alt=[(74 * M, "USD")],
         note="lead investor Wendelstein Kapital in the next sentence ('led again'); second round of the pair, must "
              "stay apart from the €22m seed"),
    deal("wendelstein-neckarlogik-seed", ["Wendelstein Kapital", "Neckarlogik"], "investment",
         "Wendelstein Kapital, which led its €22 million seed last December, led again; a Japanese machine-tool maker joined as a strategic investor.",
         amount=22 * M, currency="EUR", date="2025-12", status="completed",
         note="restatement of 015 in a relative clause; 'its' = Neckarlogik"),
    deal("infineon-capex-fy2027", ["Infineon"], "capex_plan",
         "Infineon guided investment spending of about €2.8 billion for fiscal 2027 when it reported results last week, up from this year's level.",
         amount=2.8 * B, currency="EUR", qualifier="approx", date="2026-11", status="planned", term=["2027", "2027"],
         note="capex guidance; 'last week' -> November 2026; different from the fiscal 2025 plan (007)"),
    deal("hohenstaufen-fildermann", ["Hohenstaufen Infrastruktur Partners", "Fildermann Kältetechnik"], "acquisition",
         "The price, estimated in the industry at €90 million to €110 million when the deal was agreed in July, was never confirmed.",
         amount=90 * M, amount_max=110 * M, currency="EUR", qualifier="range", date="2026-07", status="completed",
         note="parties and completion 'in October' in the previous sentence; same deal as 019"),
    deal("swm-isarlicht-heat", ["Stadtwerke München", "Isarlicht Rechenwerke"], "supply",
         "The summer contract under which Stadtwerke München buys waste heat from Isarlicht Rechenwerke — about €2.4 million a year for 20 years — is now a template: two other Bavarian utilities have asked for copies, our sources say.",
         amount=2.4 * M, currency="EUR", qualifier="approx", per="year", date="2026", status="signed",
         note="restatement of 019; 'summer' -> year"),
], [
    "€9 million", "€15.1 billion", "€1.5bn", "€38 per MWh", "€31", "$15 a month", "€45",
])


def clean(v):
    if isinstance(v, float):
        return int(round(v)) if abs(v) >= 1000 else v
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items()}
    if isinstance(v, list):
        return [clean(x) for x in v]
    return v


def main():
    gold = {"about": ABOUT, "articles": clean(ARTICLES), "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
