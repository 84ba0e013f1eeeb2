#!/usr/bin/env python3
"""Write gold.json for tests/corpus126 (the hand annotation, kept as a script).

Usage: python3 tests/corpus126/make_gold.py
Edit the annotation here, run the script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 126th, held-out test corpus (tests/corpus126/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json and shared/gold/seeds.json. "
    "Theme: logistics, shipping and ports buying AI and compute (carriers, forwarders and port operators signing cloud "
    "and AI contracts, buying software start-ups, edge data centres in ports and warehouses, logistics-tech rounds), "
    "2024-2026. One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in "
    "full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' "
    "('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the "
    "same article) states it in another currency or at another precision. 'date' is when the deal was announced or "
    "agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date marker, dateline, <meta>/<time>, issue line or byline date, or null when the article has "
    "none); seasons become the year; a cancelled deal keeps the date of the original agreement or talks; 'term' is "
    "the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Kaimauer Edge GmbH, Stauraum Analytics, Tidewright, "
    "Quaylight Systems, Harbourgrid, Palettino, Berthwise, Kranbahn Data, Lotsenfunk, Feldspar Freight, Kallang "
    "Tensor, Flintmoor Logistics Software, Vågsfjord Havn, Caddenmouth Harbour Board, Ostkai Ventures, Lantern Quay "
    "Capital, Dijkgraaf Infra Partners, Sundhavn Kapital, Bankhaus Brookmann; invented publications, research houses, "
    "advertisers and people are listed in invented_names.txt; the deals of real companies are partly loosely based on "
    "public reports (amounts, dates and details shifted), mostly invented. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True, amount_max=None,
      per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status, "required": required}
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


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language, "deals": deals,
            "not_deals": not_deals}


MAERSK_GOOGLE_ALT = [(520_000_000, "USD"), (3_700_000_000, "DKK")]
HHLA_STAKE_ALT = [(46_000_000, "EUR")]
MISTRAL_ALT = [(131_000_000, "USD")]
TIDEWRIGHT_ALT = [(305_000_000, "CHF"), (380_000_000, "USD")]
STAURAUM_ALT = [(110_000_000, "USD")]

ARTICLES = {
    "001_kaimauer_waltershof_suederelbekurier.txt": A(
        "2024-03-12",
        "from the date line 'Hamburg-Waltershof · Dienstag, 12. März 2024'; 'am Montag' -> 2024-03-11; "
        "'im vergangenen Herbst' -> 2023",
        "de",
        [
            D("hhla-kaimauer-lease", ["HHLA", "Kaimauer Edge"], "other", 1_200_000, "EUR", "approx",
              "2024-03-11", "signed",
              "Jährlich rund 1,2 Millionen Euro Pacht überweist das junge Unternehmen dafür an den Terminalbetreiber.",
              per="year", term=["2024-07", "2049-06"],
              note="land lease; 'das junge Unternehmen' = Kaimauer Edge, 'den Terminalbetreiber' = HHLA (previous "
                   "sentences); signed 'am Montag'; 25 years from July; different from HHLA's 25.1 % stake "
                   "(hhla-kaimauer-stake, 007/013)"),
            D("kaimauer-waltershof-capex", ["Kaimauer Edge"], "capex_plan", 85_000_000, "EUR", "approx",
              "2024-03", "planned",
              "Für den ersten Bauabschnitt mit acht Megawatt Anschlussleistung veranschlagt die Firma Investitionen "
              "von rund 85 Millionen Euro; die ersten Hallen sollen im Herbst 2025 Strom ziehen.",
              kind_alt=["project"], note="'die Firma' = Kaimauer Edge; spending plan for the first phase"),
            D("ostkai-kaimauer-2023", ["Ostkai Ventures", "Kaimauer Edge"], "investment", 12_000_000, "EUR",
              "exact", "2023", "completed",
              "Der Hamburger Wagnisfinanzierer Ostkai Ventures hatte im vergangenen Herbst zwölf Millionen Euro in "
              "das 2022 gegründete Unternehmen gesteckt und hält seither eine Minderheitsbeteiligung.",
              note="amount in words; 'das 2022 gegründete Unternehmen' = Kaimauer Edge; 'im vergangenen Herbst' in "
                   "a March 2024 paper -> 2023"),
        ],
        ["etwa 600.000 Euro im Jahr", "zwischen 4 und 7 Euro pro Quadratmeter", "4,8 Millionen Euro Fördermittel",
         "24,50 Euro", "neun Millionen Euro"],
    ),
    "002_hapag_stauraum_manifestletter_en.txt": A(
        "2024-04-18",
        "from the issue line 'Issue 44 — Thursday, 18 April 2024'; 'on Tuesday' -> 2024-04-16",
        "en",
        [
            D("hapaglloyd-stauraum-licence", ["Hapag-Lloyd", "Stauraum Analytics"], "cloud_contract", 8_000_000,
              "EUR", "exact", "2024-04-16", "signed",
              "Hapag-Lloyd has signed a three-year licence worth €8 million with Stauraum Analytics, the Hamburg "
              "company whose models work out where each of several thousand containers should sit on a vessel.",
              kind_alt=["other", "supply"],
              note="software licence; confirmed 'on Tuesday' (next sentence); restated in 014; different from "
                   "Hapag-Lloyd's 2025 takeover of Stauraum (hapaglloyd-stauraum-acquisition)"),
            D("lanternquay-feldspar-seriesb", ["Lantern Quay Capital", "Feldspar Freight"], "investment",
              64_000_000, "USD", "exact", "2024-04", "completed",
              "Chicago-based Feldspar Freight, which predicts spot rates and lane capacity for shippers and brokers, "
              "has raised $64 million in a Series B.",
              note="lead investor in the next sentence ('Lantern Quay Capital led the round'); no day given, month of "
                   "the issue; valuation $410m is not a deal; different from the 2026 Series C (017)"),
            D("maersk-google-cloud", ["Maersk", "Google"], "cloud_contract", 500_000_000, "USD", "approx", "2024",
              "rumored",
              "Maersk is said to be negotiating a multi-year cloud and AI arrangement with Google worth in the region "
              "of half a billion dollars, if two of our sources in Copenhagen have it right.",
              alt=MAERSK_GOOGLE_ALT,
              note="rumour from two sources, amount in words; 005 reports the signing (DKK 3.7bn / $520m, "
                   "2024-11-25) -> alt_amounts; the year keeps the shared id's dates consistent"),
        ],
        ["about €11 million", "$410 million", "roughly $3 million", "$4.6bn", "$2,870", "$149 per seat", "$240"],
    ),
    "003_dsv_schenker_kursbollwerk.txt": A(
        "2024-09-16",
        "from the stock-portal stamp '16.09.2024 | 07:48 Uhr'; 'am Freitagabend' -> 2024-09-13",
        "de",
        [
            D("dsv-dbschenker", ["DSV", "DB Schenker", "Deutsche Bahn"], "acquisition", 14_500_000_000, "EUR",
              "approx", "2024-09-13", "signed",
              "Der dänische Spediteur DSV übernimmt DB Schenker für knapp 14,5 Milliarden Euro, das gab der "
              "bundeseigene Konzern am Freitagabend nach einer Sondersitzung seines Aufsichtsrats bekannt.",
              note="'knapp' = just under -> approx; seller Deutsche Bahn ('der bundeseigene Konzern', 'der Deutschen "
                   "Bahn' in the previous sentence); closing expected in spring 2025; loosely based on the real "
                   "sale, amount shifted"),
            D("kuehnenagel-imc", ["Kuehne+Nagel", "IMC Logistics"], "acquisition", None, None, None, "2024",
              "completed",
              "Im Frühjahr hatte der Konzern den US-Containertransporteur IMC Logistics übernommen, einen Preis "
              "nannten die Schweizer nicht.",
              required=False,
              note="background, no price; 'der Konzern' = Kuehne+Nagel (previous sentence); 'Im Frühjahr' -> year"),
        ],
        ["rund 34 Milliarden Euro", "rund 19 Milliarden Euro", "neun Milliarden Kronen", "1.780 Kronen",
         "1.500 Kronen", "205,10 EUR", "4,1 Milliarden Kronen", "75 Euro Willkommensprämie"],
    ),
    "004_harbourgrid_maasvlakte_bollardline_en.html": A(
        "2024-11-06",
        "from <meta article:published_time>, <time datetime='2024-11-06T08:30'> and the byline '6 Nov 2024, 08:30'; "
        "'on Tuesday' -> 2024-11-05; 'last month' -> 2024-10; 'since September' -> 2024-09",
        "en",
        [
            D("harbourgrid-maasvlakte-phase1", ["Harbourgrid", "Port of Rotterdam"], "project", 240_000_000, "EUR",
              "approx", "2024-11-05", "announced",
              "Harbourgrid, a developer of compact data halls for ports and heavy-industry sites, puts the cost of "
              "the first phase at about €240 million.",
              kind_alt=["capex_plan", "other"],
              note="the port authority chose Harbourgrid (previous sentence, 'announced on Tuesday'); the "
                   "amount is Harbourgrid's build cost, the plot comes on a ground lease without published terms "
                   "(part of the same arrangement); different from the second phase (020)"),
            D("dijkgraaf-harbourgrid-2024", ["Dijkgraaf Infra Partners", "Harbourgrid"], "investment", 90_000_000,
              "EUR", "exact", "2024-10", "completed",
              "Harbourgrid closed €90 million last month.",
              note="lead investor in the next sentence; different from the £120m round of 2026 (016)"),
            D("portofrotterdam-quaylight-contract", ["Port of Rotterdam", "Quaylight Systems"], "supply",
              6_500_000, "EUR", "exact", "2024-09", "signed",
              "The port authority has been a customer since September, when it awarded Quaylight a €6.5 million "
              "contract to equip 140 cranes and truck gates with its cameras and models.",
              kind_alt=["other", "cloud_contract"],
              note="'The port authority' = Port of Rotterdam; different from the €3m stake in the same paragraph"),
            D("portofrotterdam-quaylight-stake", ["Port of Rotterdam", "Quaylight Systems"], "investment",
              3_000_000, "EUR", "exact", "2024-11-05", "completed",
              "On Tuesday the authority's venture arm also bought a minority stake in Quaylight for €3 million, "
              "alongside the start-up's existing investors.",
              kind_alt=["acquisition"], note="'the authority's venture arm' = Port of Rotterdam"),
        ],
        ["€871 million", "about €11 per square metre a year", "€30 million", "roughly €4 billion a year",
         "€2,400 per rack per month", "€7.50 a month"],
    ),
    "005_maersk_google_oresundledger_en.txt": A(
        "2024-11-26",
        "from the dateline 'COPENHAGEN, Tuesday 26 November 2024'; 'on Monday' -> 2024-11-25; 'last month' -> "
        "2024-10; 'last week' -> 2024-11",
        "en",
        [
            D("maersk-google-cloud", ["Maersk", "Google"], "cloud_contract", 3_700_000_000, "DKK", "exact",
              "2024-11-25", "signed",
              "A.P. Moller - Maersk has signed a seven-year cloud and artificial-intelligence agreement with Google "
              "worth DKK 3.7 billion ($520 million), the shipping group said on Monday, confirming talks that had "
              "been reported in the spring.",
              term=["2025-01", "2031-12"], alt=[(520_000_000, "USD")],
              note="signing of the rumour in 002; term from 'January 2025 through December 2031'"),
            D("google-maersk-logistics", ["Google", "Maersk"], "other", 75_000_000, "USD", "approx", "2024-10",
              "signed",
              "A filing puts that contract at about $75 million over three years.",
              kind_alt=["supply"],
              note="Google pays Maersk's logistics arm to ship data-centre equipment (previous sentence, 'disclosed "
                   "last month'); a second, separate deal between the same companies, money in the other direction"),
            D("sundhavn-berthwise-seriesa", ["Sundhavn Kapital", "Berthwise"], "investment", 140_000_000, "DKK",
              "exact", "2024-11", "completed",
              "Elsewhere in Danish logistics technology, Aarhus-based Berthwise has raised DKK 140 million in a "
              "Series A that Sundhavn Kapital led, the company said last week.",
              note="'last week' in a paper of Tuesday 26 November -> 2024-11; valuation DKK 600m is not a deal"),
        ],
        ["$11 billion to $11.5 billion", "DKK 11,520", "about $1 billion a year", "about DKK 600 million",
         "DKK 250 million", "DKK 149 a month"],
    ),
    "006_lotsenfunk_schenker_rollgutbrief.txt": A(
        "2024-12-05",
        "dateline without a year 'Bremen, 5. Dezember (rb)'; the year from the copyright line '© 2024 Rollgut-Brief'; "
        "'am Dienstag' -> 2024-12-03; 'Ende November' -> 2024-11",
        "de",
        [
            D("ostkai-lotsenfunk-seed", ["Ostkai Ventures", "Lotsenfunk"], "investment", 4_200_000, "EUR", "exact",
              "2024-12-03", "completed",
              "Das Bremer Start-up Lotsenfunk hat in einer Seed-Finanzierung 4,2 Millionen Euro eingesammelt, teilte "
              "das Unternehmen am Dienstag mit.",
              note="lead investor in the next sentence ('Angeführt wurde die Runde vom ... Ostkai Ventures'); "
                   "different from the Series A of 2025 (013)"),
            D("dbschenker-palettino-order", ["DB Schenker", "Palettino"], "supply", 22_000_000, "EUR", "exact",
              "2024-11", "signed",
              "Der 22-Millionen-Euro-Auftrag umfasst Lizenzen, Kameras und Rechentechnik für zunächst 14 Lager in "
              "Deutschland, Österreich und Polen.",
              kind_alt=["cloud_contract", "other"],
              note="compound amount; parties in the previous sentence, 'Unterzeichnet wurde bereits Ende November' "
                   "in the next"),
            D("kuehnenagel-microsoft-ai", ["Kuehne+Nagel", "Microsoft"], "partnership", None, None, None, "2024",
              "announced",
              "Der Schweizer Logistikkonzern Kuehne+Nagel baut seine Zusammenarbeit mit Microsoft aus: In der "
              "vergangenen Woche kündigten beide Häuser an, gemeinsam KI-Assistenten für Zollanmeldungen und den "
              "Kundendienst zu entwickeln.",
              required=False,
              note="no amount ('Finanzielle Einzelheiten nannten sie nicht'); 'vergangene Woche' from Thursday 5 "
                   "December spans November and December -> year only"),
        ],
        ["rund 18 Millionen Euro", "14 Milliarden Euro", "6 Millionen Euro", "68.000 bis 78.000 Euro Jahresgehalt",
         "Ticket 89 Euro", "1.190 Euro"],
    ),
    "007_hhla_kaimauer_dalbenblick.html": A(
        "2025-03-20",
        "from <meta name='date' content='2025-03-20T06:40'> and the line 'Hamburg · 20.03.2025, 06:40 Uhr'; "
        "'Im Februar' -> 2025-02; 'im vergangenen Jahr' -> 2024",
        "de",
        [
            D("hhla-kaimauer-stake", ["HHLA", "Kaimauer Edge"], "acquisition", 40_000_000, "EUR", "range", "2025",
              "rumored",
              "Im Gespräch sei ein Paket von 25,1 Prozent, für das die HHLA zwischen 40 und 50 Millionen Euro zahlen "
              "könnte, berichten zwei mit den Plänen vertraute Personen.",
              amount_max=50_000_000, alt=HHLA_STAKE_ALT, kind_alt=["investment"],
              note="rumour from two sources; target Kaimauer Edge in the previous sentence; 013 reports the signing "
                   "at €46m on 2025-10-22 (alt_amounts); the year keeps the shared id's dates consistent"),
            D("brookmann-kaimauer-loan", ["Bankhaus Brookmann", "Kaimauer Edge"], "other", 60_000_000, "EUR",
              "exact", "2025-02", "signed",
              "Im Februar hat Kaimauer Edge mit dem Bankhaus Brookmann einen Kreditvertrag über 60 Millionen Euro "
              "unterschrieben, der über zehn Jahre läuft.",
              kind_alt=["investment"], note="loan"),
            D("msc-hhla-stake", ["MSC", "HHLA"], "acquisition", None, None, None, "2024", "completed",
              "MSC hatte im vergangenen Jahr 49,9 Prozent an der HHLA übernommen.",
              required=False, kind_alt=["investment"], note="background, no price"),
        ],
        ["18,62 Euro", "1,59 Milliarden Euro", "129 Millionen Euro", "rund 320 Millionen Euro",
         "8,99 Euro monatlich", "1,49 Euro"],
    ),
    "008_cmacgm_mistral_hawser_en.txt": A(
        "2025-04-10",
        "from the wire stamp 'April 10, 2025 07:05 CET' (dateline 'PARIS, April 9'); 'on Wednesday' -> 2025-04-09; "
        "'in February last year' -> 2024-02",
        "en",
        [
            D("cmacgm-mistral-partnership", ["CMA CGM", "Mistral AI"], "partnership", 120_000_000, "EUR", "exact",
              "2025-04-09", "signed",
              "PARIS, April 9 (Hawser) - French container line CMA CGM signed a five-year partnership with Mistral "
              "AI on Wednesday worth 120 million euros ($131 million), the two companies said, one of the largest "
              "contracts a European model developer has won from an industrial customer.",
              alt=MISTRAL_ALT, kind_alt=["cloud_contract", "other", "supply"],
              note="paid AI services contract; restated in 009 (no amount), 010 (USD, month) and 019; loosely based "
                   "on a real partnership, amount shifted; different from CMA CGM's €40m equity stake of 2026 (019)"),
            D("cmacgm-ai-plan", ["CMA CGM"], "capex_plan", 500_000_000, "EUR", "approx", "2025-04", "planned",
              "The carrier plans to spend about 500 million euros on AI and data projects between now and 2030, a "
              "sum that includes the Mistral contract, according to an internal presentation seen by Hawser.",
              required=False, note="group-wide spending plan that includes the Mistral contract"),
            D("cmacgm-bollore", ["CMA CGM", "Bolloré Logistics"], "acquisition", 4_900_000_000, "EUR", "approx",
              "2024-02", "completed",
              "It completed its purchase of Bolloré Logistics in February last year for about 4.9 billion euros and "
              "has since folded the unit into CEVA.",
              note="'It' = CMA CGM; only the completion month is given, so it is the date"),
        ],
        ["about 6 billion euros", "more than 60 million euros", "$5.6 billion", "$55.5 billion", "$2,780"],
    ),
    "009_logistik_ki_kielwasser_kommentar.txt": A(
        "2025-05-14",
        "from the line 'Gastkommentar | Mittwoch, 14. Mai 2025'; 'im April' -> 2025-04",
        "de",
        [
            D("cmacgm-mistral-partnership", ["CMA CGM", "Mistral AI"], "partnership", None, None, None, "2025-04",
              "signed",
              "CMA CGM hat im April eine mehrjährige Partnerschaft mit Mistral AI geschlossen, über deren "
              "Größenordnung sich die Franzosen bemerkenswert offen geäußert haben.",
              required=False, kind_alt=["cloud_contract", "other", "supply"],
              note="restatement of 008 without an amount"),
            D("kuehnenagel-tidewright", ["Kuehne+Nagel", "Tidewright"], "acquisition", 280_000_000, "CHF",
              "range", "2025", "rumored",
              "Für das Zuger Start-up, dessen Modelle Frachtmengen und Containerbedarf bis zu zwölf Wochen im Voraus "
              "schätzen, seien zwischen 280 und 320 Millionen Franken im Gespräch.",
              amount_max=320_000_000, alt=TIDEWRIGHT_ALT,
              note="rumour 'nach Informationen aus Branchenkreisen'; parties in the previous sentence, 'Das Zuger "
                   "Start-up' = Tidewright; 010 reports the signing at CHF 305m / $380m on 2025-07-16 (alt_amounts); "
                   "the year keeps the shared id's dates consistent"),
            D("dhl-automation-plan", ["DHL"], "capex_plan", 2_000_000_000, "EUR", "approx", None, "planned",
              "Die Deutsche Post will bis 2030 nach eigenen Angaben rund zwei Milliarden Euro in Automatisierung und "
              "KI stecken, ein beträchtlicher Teil davon in Lagerrobotik.",
              required=False,
              note="group-wide plan, amount in words; 'Deutsche Post' = DHL; no announcement date given"),
        ],
        ["rund 21 Millionen Franken", "rund 9 Milliarden Euro", "knapp 2 Milliarden", "235 Franken", "1.900 Kronen",
         "115 Euro"],
    ),
    "010_drayage_digest_july_en.txt": A(
        "2025-07-18",
        "from the issue line 'Issue 112 · Friday 18 July 2025'; 'on Wednesday' -> 2025-07-16; 'last week' -> "
        "2025-07; 'in April' -> 2025-04; 'in May' -> 2025-05",
        "en",
        [
            D("kuehnenagel-tidewright", ["Kuehne+Nagel", "Tidewright"], "acquisition", 305_000_000, "CHF", "exact",
              "2025-07-16", "signed",
              "Kuehne+Nagel agreed on Wednesday to buy Tidewright, the Zug-based start-up whose models forecast "
              "freight volumes and container demand up to twelve weeks ahead, for CHF 305 million (about $380 "
              "million) in cash.",
              alt=[(380_000_000, "USD")], note="signing of the rumour in 009; closing expected in Q4"),
            D("lanternquay-palettino-seriesb", ["Lantern Quay Capital", "Palettino"], "investment", 45_000_000,
              "EUR", "exact", "2025-07", "completed",
              "Munich's Palettino, whose vision software tells picking robots which carton to grab and how hard to "
              "squeeze, raised €45 million last week.",
              note="lead investor in the next sentence ('Lantern Quay Capital led the Series B')"),
            D("cmacgm-mistral-partnership", ["CMA CGM", "Mistral AI"], "partnership", 130_000_000, "USD", "approx",
              "2025-04", "signed",
              "Three months after its roughly $130 million pact with Mistral AI in April, CMA CGM says 4,000 of its "
              "staff now use the French company's assistant every day, mostly to draft customs paperwork and answer "
              "booking questions.",
              kind_alt=["cloud_contract", "other", "supply"],
              note="restatement of 008 in USD with the month only"),
            D("dhl-bostondynamics-robots", ["DHL", "Boston Dynamics"], "supply", None, None, None, "2025-05",
              "signed",
              "DHL Supply Chain, which in May agreed to deploy more than 1,000 additional Stretch robots from Boston "
              "Dynamics, told us its US sites now unload a trailer in under two hours on average.",
              required=False, note="no price ('No price was ever disclosed'); DHL Supply Chain = DHL"),
        ],
        ["around CHF 22 million", "CHF 198.40", "$1.2 trillion", "$19.50", "$2,310", "$349", "$595",
         "$11 monthly"],
    ),
    "011_kranbahn_logport_rheinkai.txt": A(
        "2025-09-03",
        "from the line 'Mi., 03.09.25 · 10:05 Uhr' (two-digit year) and the copyright line '© 2025'; 'im August' "
        "-> 2025-08; 'am Dienstag' -> 2025-09-02",
        "de",
        [
            D("kranbahn-logport-capex", ["Kranbahn Data"], "capex_plan", 120_000_000, "EUR", "approx", "2025-09",
              "planned",
              "Rund 120 Millionen Euro will die Firma dafür ausgeben; vollständig in Betrieb sein soll die Anlage "
              "Ende 2028, ein erster Abschnitt mit sechs Megawatt schon im Frühjahr.",
              kind_alt=["project"], note="'die Firma' = Kranbahn Data (previous sentence)"),
            D("duisport-kranbahn-lease", ["duisport", "Kranbahn Data"], "other", 900_000, "EUR", "approx",
              "2025-08", "signed",
              "Den Pachtvertrag hatten beide Seiten schon im August unterschrieben, er bringt duisport jährlich "
              "knapp 900.000 Euro ein, wie aus einer Vorlage für den Aufsichtsrat hervorgeht.",
              per="year",
              note="lease of the hall for 20 years; 'Der Hafenbetreiber' = Duisburger Hafen AG = duisport"),
            D("dbschenker-kranbahn-compute", ["DB Schenker", "Kranbahn Data"], "cloud_contract", 400_000, "EUR",
              "approx", "2025-09-02", "signed",
              "Dafür zahlt der Logistiker monatlich rund 400.000 Euro, vereinbart ist eine Laufzeit von fünf "
              "Jahren.",
              per="month", term=["2026", "2031"],
              note="'der Logistiker' = DB Schenker ('Erster Kunde ist DB Schenker', two sentences earlier), the "
                   "provider Kranbahn Data from the context; from spring 2026 for five years; signed 'am Dienstag'"),
        ],
        ["7,5 Millionen Euro", "310 Millionen Euro", "rund 17 Cent je Kilowattstunde", "rund 80 Millionen Euro",
         "1.299 Euro", "9,90 Euro im Monat"],
    ),
    "012_boxlane_live_october_en.txt": A(
        "2025-10-14",
        "from the live-blog date line 'Tuesday, 14 October 2025' (entries by time); 'this morning' -> 2025-10-14; "
        "'on Monday' -> 2025-10-13",
        "en",
        [
            D("hapaglloyd-stauraum-acquisition", ["Hapag-Lloyd", "Stauraum Analytics"], "acquisition", 95_000_000,
              "EUR", "approx", "2025-10-14", "signed",
              "Hapag-Lloyd has agreed to buy Stauraum Analytics, the Hamburg company whose software plans how "
              "containers are stacked on a ship, for about €95 million, the carrier said this morning.",
              alt=STAURAUM_ALT,
              note="restated in 014 (EUR) and 015 ($110m -> alt_amounts); different from the 2024 licence"),
            D("vagsfjord-berthwise-contract", ["Vågsfjord Havn", "Berthwise"], "supply", 45_000_000, "NOK",
              "exact", "2025-10-13", "signed",
              "Berthwise, the Danish berth-planning company, has won a NOK 45 million contract from Vågsfjord Havn, "
              "which runs three container and ro-ro terminals in northern Norway, the company announced on Monday.",
              kind_alt=["cloud_contract", "other"], note="software contract for five years"),
            D("cmacgm-berthwise-denied", ["CMA CGM", "Berthwise"], "acquisition", 700_000_000, "DKK", "approx",
              "2025-10", "rumored",
              "Meanwhile CMA CGM has denied a report in a Danish business daily that it was preparing a bid of "
              "around DKK 700 million for Berthwise.",
              required=False, note="rumoured bid denied by CMA CGM"),
        ],
        ["about €14 million", "€128.60", "DKK 12,040", "CHF 181.20", "$2.5 billion to $3 billion",
         "around $2.2 billion", "£39 per month", "£18 a month"],
    ),
    "013_hhla_kaimauer_hansewochenblatt.txt": A(
        "2025-10-24",
        "from the issue line 'Freitag, 24. Oktober 2025 · Nr. 43'; 'am Mittwoch' -> 2025-10-22; 'in dieser Woche' "
        "-> 2025-10",
        "de",
        [
            D("hhla-kaimauer-stake", ["HHLA", "Kaimauer Edge"], "acquisition", 46_000_000, "EUR", "exact",
              "2025-10-22", "signed",
              "Für 25,1 Prozent an Kaimauer Edge zahlt die HHLA 46 Millionen Euro, den Vertrag unterschrieben beide "
              "Seiten am Mittwoch.",
              kind_alt=["investment"],
              note="signing of the rumour in 007; new shares, so the money goes to Kaimauer Edge; genitive 'HHLAs' "
                   "in the standfirst; implied valuation €183m is not a deal"),
            D("ostkai-lotsenfunk-seriesa", ["Ostkai Ventures", "Lotsenfunk"], "investment", 9_000_000, "EUR",
              "exact", "2025-10", "completed",
              "Das Bremer Start-up Lotsenfunk hat eine Series A über neun Millionen Euro abgeschlossen, erneut mit "
              "Ostkai Ventures an der Spitze, der Bremerhavener Terminalbetreiber Eurogate hat Berthwise in dieser "
              "Woche einen Softwareauftrag über 2,3 Millionen Euro erteilt, und Quaylight Systems eröffnet im "
              "November ein Büro in der Speicherstadt.",
              note="list of items in one sentence; amount in words; no date given -> month of the issue; "
                   "different from the 2024 seed round (006)"),
            D("eurogate-berthwise-order", ["Eurogate", "Berthwise"], "supply", 2_300_000, "EUR", "exact", "2025-10",
              "signed",
              "Das Bremer Start-up Lotsenfunk hat eine Series A über neun Millionen Euro abgeschlossen, erneut mit "
              "Ostkai Ventures an der Spitze, der Bremerhavener Terminalbetreiber Eurogate hat Berthwise in dieser "
              "Woche einen Softwareauftrag über 2,3 Millionen Euro erteilt, und Quaylight Systems eröffnet im "
              "November ein Büro in der Speicherstadt.",
              kind_alt=["cloud_contract", "other"], note="second deal of the same list sentence"),
        ],
        ["rund 183 Millionen Euro", "etwa 6 Millionen Euro", "19,04 Euro", "12 Millionen Euro",
         "Teilnahme 240 Euro", "39,90 Euro", "189 Euro"],
    ),
    "014_stauraum_interview_stapellauf.txt": A(
        None,
        "interview without any date (only 'Lesedauer: 8 Minuten'); the years in the answers ('im Oktober 2025', "
        "'Im Frühjahr 2024') date the deals",
        "de",
        [
            D("hapaglloyd-stauraum-acquisition", ["Hapag-Lloyd", "Stauraum Analytics"], "acquisition", 95_000_000,
              "EUR", "approx", "2025-10", "completed",
              "Herr Wehrstedt, Hapag-Lloyd hat im Oktober 2025 rund 95 Millionen Euro für Stauraum Analytics "
              "bezahlt.",
              note="in the interviewer's question; 'bezahlt' -> completed"),
            D("hapaglloyd-stauraum-licence", ["Hapag-Lloyd", "Stauraum Analytics"], "cloud_contract", 8_000_000,
              "EUR", "exact", "2024", "signed",
              "Im Frühjahr 2024 hat uns die Reederei für drei Jahre lizenziert, acht Millionen Euro.",
              kind_alt=["other", "supply"],
              note="'uns' = Stauraum Analytics, 'die Reederei' = Hapag-Lloyd; amount in words; restatement of 002; "
                   "'Im Frühjahr 2024' -> year"),
            D("flintmoor-stauraum-offer", ["Flintmoor Logistics Software", "Stauraum Analytics"], "acquisition",
              60_000_000, "USD", "exact", "2024", "cancelled",
              "Flintmoor Logistics Software wollte uns für 60 Millionen Dollar übernehmen und die Entwicklung nach "
              "Austin verlegen.",
              note="refused offer ('Wir haben abgelehnt'); 'Drei Monate später' after spring 2024 -> 2024"),
            D("stauraum-google-gpu", ["Stauraum Analytics", "Google"], "cloud_contract", 80_000, "EUR", "approx",
              None, "signed",
              "Wir zahlen Google monatlich rund 80.000 Euro für GPU-Zeit in der Cloud, Tendenz steigend.",
              required=False, per="month",
              note="running cloud bill rather than an announced contract; 'Wir' = Stauraum Analytics; no date"),
        ],
        ["etwa 40 Euro", "um die 85.000 Euro im Jahr", "zwischen 72.000 und 96.000 Euro", "13,50 Euro",
         "118 Euro"],
    ),
    "015_logistics_stocks_harbourstreet_en.txt": A(
        "2025-11-20",
        "from the market-report line 'Thursday, 20 November 2025 · Close of trading'; 'on Wednesday' -> "
        "2025-11-19; 'last month' -> 2025-10",
        "en",
        [
            D("dhl-microsoft-cloud", ["DHL", "Microsoft"], "cloud_contract", 1_200_000_000, "USD", "at_least",
              "2025-11-19", "signed",
              "The Bonn-based group said it had signed a seven-year cloud and AI agreement with Microsoft worth more "
              "than $1.2 billion.",
              note="'The Bonn-based group' = DHL Group (previous sentence); 'signed on Wednesday' in the next"),
            D("hapaglloyd-oracle-talks", ["Hapag-Lloyd", "Oracle"], "cloud_contract", 250_000_000, "USD", "approx",
              "2025-11", "negotiating",
              "The Hamburg carrier is in advanced talks with Oracle about a five-year cloud contract worth about $250 "
              "million that would bring its booking systems and the software of Stauraum Analytics under one roof, "
              "two people close to the discussions told Harbour Street.",
              note="'The Hamburg carrier' = Hapag-Lloyd (previous sentence); talks from two sources"),
            D("hapaglloyd-stauraum-acquisition", ["Hapag-Lloyd", "Stauraum Analytics"], "acquisition", 110_000_000,
              "USD", "exact", "2025-10", "signed",
              "Analysts said the $110 million the carrier agreed last month to pay for Stauraum would barely dent "
              "its cash pile of $6.4 billion.",
              note="restatement of 012 in USD; 'the carrier' = Hapag-Lloyd"),
        ],
        ["€41.18", "€46", "at least €6 billion", "€126.30", "$6.4 billion", "DKK 12,180", "DKK 1,512",
         "CHF 176.50", "CHF 190", "$1,960", "£29 a month"],
    ),
    "016_harbourgrid_caddenmouth_mercury_en.txt": A(
        "2026-01-16",
        "from the line 'Friday 16 January 2026 · News · Business'; 'on Tuesday' -> 2026-01-13; 'in December' -> "
        "2025-12; 'at the start of January' -> 2026-01",
        "en",
        [
            D("harbourgrid-caddenmouth-land", ["Harbourgrid", "Caddenmouth Harbour Board"], "acquisition",
              31_500_000, "GBP", "exact", "2026-01-13", "signed",
              "The disused grain terminal on Caddenmouth's east quay has been sold to Harbourgrid, a Dutch-British "
              "company that builds data centres inside ports, for £31.5 million.",
              kind_alt=["other"],
              note="land sale; seller and day in the next sentence ('The Caddenmouth Harbour Board confirmed the "
                   "sale on Tuesday')"),
            D("harbourgrid-caddenmouth-capex", ["Harbourgrid"], "capex_plan", 180_000_000, "GBP", "exact", "2026-01",
              "planned",
              "The company intends to spend £180 million turning the site into a 30-megawatt facility, with the "
              "first of three data halls due to open in late 2027.",
              kind_alt=["project"], note="'The company' = Harbourgrid"),
            D("dsv-harbourgrid-capacity", ["DSV", "Harbourgrid"], "cloud_contract", 4_000_000, "GBP", "at_least",
              "2025-12", "signed",
              "The contract, agreed in December, is worth at least £4 million a year to Harbourgrid and runs until "
              "the end of 2035.",
              per="year", term=[None, "2035-12"],
              note="DSV rents computing capacity (previous sentence)"),
            D("dijkgraaf-harbourgrid-2026", ["Dijkgraaf Infra Partners", "Harbourgrid"], "investment",
              120_000_000, "GBP", "exact", "2026-01", "completed",
              "To pay for the build, Harbourgrid collected £120 million from investors at the start of January.",
              note="lead investor in the next sentence; different from the €90m round of 2024 (004)"),
        ],
        ["£12 million of debt", "about £41,000", "roughly £1.1 million a year", "£3.4 million gap", "£238,000",
         "£4,995", "£14.99 a month"],
    ),
    "017_feldspar_oracle_freightstack_en.html": A(
        "2026-03-11",
        "from <meta parsely-pub-date='2026-03-11T07:20'> and the byline 'Wed 11 Mar 2026'; 'on Monday' -> "
        "2026-03-09; 'last week' -> 2026-03",
        "en",
        [
            D("feldspar-oracle-compute", ["Feldspar Freight", "Oracle"], "cloud_contract", 210_000_000, "USD",
              "exact", "2026-03-09", "signed",
              "The Chicago company, which forecasts truckload rates and lane capacity for shippers and brokers, has "
              "committed $210 million to Oracle for five years of GPU capacity, chief executive Dana "
              "Okafor-Lindqvist said on Monday.",
              note="'The Chicago company' = Feldspar Freight (previous sentence)"),
            D("lanternquay-feldspar-seriesc", ["Lantern Quay Capital", "Feldspar Freight"], "investment",
              150_000_000, "USD", "exact", "2026-03", "completed",
              "The $150 million Series C closed last week; Lantern Quay Capital led it.",
              note="'last week' from Wednesday 11 March -> 2026-03; different from the 2024 Series B (002); "
                   "valuation $1.6bn is not a deal"),
            D("feldspar-microsoft-talks", ["Feldspar Freight", "Microsoft"], "cloud_contract", 80_000_000, "USD",
              "approx", "2026-03", "negotiating",
              "Feldspar is also negotiating with Microsoft over a second compute contract worth roughly $80 million, "
              "Okafor-Lindqvist said, to run inference closer to customers on the East Coast.",
              note="talks confirmed by the chief executive; month of the article"),
        ],
        ["$1.6 billion", "$58 million", "$21 million", "about $2.10 per GPU-hour", "$157.40", "$450 a month",
         "$19 a month"],
    ),
    "018_logistik_ticker_pollerticker.txt": A(
        "2026-05-07",
        "from the ticker date line 'Donnerstag, 7. Mai 2026' (entries by time); 'am frühen Morgen' -> 2026-05-07; "
        "'am Mittwoch' -> 2026-05-06; 'im vergangenen Juli' -> 2025-07",
        "de",
        [
            D("dhl-palettino-acquisition", ["DHL", "Palettino"], "acquisition", 180_000_000, "EUR", "up_to",
              "2026-05-07", "signed",
              "Der Kaufpreis beträgt bis zu 180 Millionen Euro, davon 40 Millionen Euro abhängig vom Erreichen von "
              "Umsatzzielen bis 2028, teilte der Bonner Konzern am frühen Morgen mit.",
              note="'Der DHL-Konzern übernimmt den Münchner Anbieter Palettino' in the previous sentence; the €40m "
                   "earn-out is part of the price, not a separate deal"),
            D("hapaglloyd-kaimauer-compute", ["Hapag-Lloyd", "Kaimauer Edge"], "cloud_contract", 14_000_000, "EUR",
              "approx", "2026-05-06", "signed",
              "Kaimauer Edge hat von Hapag-Lloyd einen Auftrag über rund 14 Millionen Euro erhalten.",
              note="three-year rental of computing capacity; 'Unterzeichnet wurde am Mittwoch'"),
            D("dsv-kranbahn-denied", ["DSV", "Kranbahn Data"], "acquisition", 300_000_000, "EUR", "approx", "2026",
              "rumored",
              "DSV weist einen Pressebericht zurück, wonach der Konzern das Duisburger Rechenzentrums-Start-up "
              "Kranbahn Data für rund 300 Millionen Euro übernehmen wolle.",
              required=False, note="rumour in a press report, denied by DSV"),
            D("kuehnenagel-tidewright", ["Kuehne+Nagel", "Tidewright"], "acquisition", None, None, None, "2025-07",
              "completed",
              "Die im vergangenen Juli vereinbarte Übernahme des Zuger Prognose-Spezialisten ist seit Jahresbeginn "
              "vollzogen, die Modelle steuern inzwischen die Lkw-Disposition in Deutschland und Österreich, teilte "
              "der Konzern aus Schindellegi mit.",
              required=False,
              note="restatement of 010 without an amount; 'des Zuger Prognose-Spezialisten' = Tidewright, 'der "
                   "Konzern aus Schindellegi' = Kuehne+Nagel"),
        ],
        ["44,06 Euro", "131,70 Euro", "Mindestrate 25 Euro", "2,7 Milliarden Dollar", "2,3 Milliarden Dollar",
         "27 Millionen Euro"],
    ),
    "019_ceva_kallang_merlionpost_en.txt": A(
        "2026-08-04",
        "from the stamp 'Posted: Aug 4, 2026 · 9:12 am SGT'; 'on Monday' -> 2026-08-03; 'In June' -> 2026-06",
        "en",
        [
            D("ceva-kallang-compute", ["CEVA Logistics", "Kallang Tensor"], "cloud_contract", 85_000_000, "SGD",
              "exact", "2026-08-03", "signed",
              "CEVA Logistics, the contract-logistics arm of French shipping group CMA CGM, has signed a three-year "
              "agreement worth SGD 85 million to rent computing capacity from Kallang Tensor, a Singapore operator "
              "of GPU clusters, the companies said on Monday.",
              note="CEVA is a CMA CGM subsidiary; the party is CEVA"),
            D("cmacgm-mistral-partnership", ["CMA CGM", "Mistral AI"], "partnership", 120_000_000, "EUR", "exact",
              "2025-04", "signed",
              "The French group's ties to Mistral AI go back to a €120 million, five-year partnership signed in April "
              "2025.",
              kind_alt=["cloud_contract", "other", "supply"],
              note="restatement of 008; 'The French group' = CMA CGM"),
            D("cmacgm-mistral-equity-2026", ["CMA CGM", "Mistral AI"], "investment", 40_000_000, "EUR", "exact",
              "2026-06", "completed",
              "In June, CMA CGM put €40 million into Mistral's latest funding round, becoming one of the few "
              "industrial companies on the start-up's list of shareholders.",
              note="different from the 2025 partnership in the previous sentence"),
        ],
        ["SGD 420 million", "about SGD 260 per kilowatt per month", "more than SGD 1 billion", "$17.4 billion",
         "SGD 9.90 a month"],
    ),
    "020_harbourgrid_berthwise_umschlagdaten.txt": A(
        "2026-11",
        "from the issue line 'Ausgabe 11/2026 · November 2026' (month only); 'Ende Oktober' and 'im Oktober' -> "
        "2026-10; 'Im Juli' -> 2026-07",
        "de",
        [
            D("harbourgrid-maasvlakte-phase2", ["Harbourgrid", "Port of Rotterdam"], "project", 310_000_000, "EUR",
              "approx", "2026-10", "announced",
              "Rund 310 Millionen Euro soll das kosten, der größere Teil davon entfällt auf Transformatoren, Kühlung "
              "und Gebäudetechnik.",
              kind_alt=["capex_plan", "other"],
              note="'das' = the second phase announced by the Port of Rotterdam and Harbourgrid 'Ende Oktober' "
                   "(previous sentence); different from the first phase of 2024 (004)"),
            D("dijkgraaf-quaylight-round", ["Dijkgraaf Infra Partners", "Quaylight Systems"], "investment",
              18_000_000, "EUR", "exact", "2026-10", "completed",
              "Ebenfalls aus Rotterdam: Quaylight Systems hat im Oktober eine Finanzierungsrunde über 18 Millionen "
              "Euro abgeschlossen, angeführt von Dijkgraaf Infra Partners.",
              note="round with its lead investor"),
            D("hapaglloyd-berthwise-cancelled", ["Hapag-Lloyd", "Berthwise"], "acquisition", 72_000_000, "EUR",
              "exact", "2026-07", "cancelled",
              "Im Juli hatten sich beide Seiten auf einen Kaufpreis von 72 Millionen Euro verständigt; Anfang "
              "Oktober trat die Reederei vom Vertrag zurück, nachdem sich mehrere Kunden von Berthwise gegen einen "
              "Eigentümer aus der Linienschifffahrt ausgesprochen hatten.",
              note="agreed in July, cancelled in October; genitive 'Hapag-Lloyds Übernahme' in the previous sentence; "
                   "'die Reederei' = Hapag-Lloyd"),
            D("portofrotterdam-capex-2026", ["Port of Rotterdam"], "capex_plan", 280_000_000, "EUR", "approx",
              "2026", "planned",
              "Die Hafenbehörde investiert im laufenden Jahr nach eigener Planung rund 280 Millionen Euro in "
              "Kaimauern, Zufahrten und Stromnetze.",
              required=False, note="annual capital budget of the port authority ('Die Hafenbehörde')"),
        ],
        ["15 Millionen Euro", "Teilnahme 390 Euro", "95.000 Euro brutto", "Jahresabo 128 Euro"],
    ),
}

ALIASES = {
    "HHLA": ["HHLA", "HHLAs", "Hamburger Hafen und Logistik AG", "Hamburger Hafen und Logistik"],
    "Kaimauer Edge": ["Kaimauer Edge", "Kaimauer Edge GmbH", "Kaimauer"],
    "Ostkai Ventures": ["Ostkai Ventures", "Ostkai"],
    "Hapag-Lloyd": ["Hapag-Lloyd", "Hapag-Lloyds", "Hapag-Lloyd AG"],
    "Stauraum Analytics": ["Stauraum Analytics", "Stauraum"],
    "Lantern Quay Capital": ["Lantern Quay Capital", "Lantern Quay"],
    "Feldspar Freight": ["Feldspar Freight", "Feldspar"],
    "Maersk": ["Maersk", "A.P. Moller - Maersk", "A.P. Møller - Mærsk"],
    "Google": ["Google", "Google Cloud"],
    "DSV": ["DSV", "DSV A/S"],
    "DB Schenker": ["DB Schenker", "Schenker"],
    "Deutsche Bahn": ["Deutsche Bahn", "Deutschen Bahn", "Bahn"],
    "Kuehne+Nagel": ["Kuehne+Nagel", "Kuehne + Nagel", "K+N"],
    "IMC Logistics": ["IMC Logistics"],
    "Harbourgrid": ["Harbourgrid"],
    "Port of Rotterdam": ["Port of Rotterdam", "Port of Rotterdam Authority", "Hafen Rotterdam",
                          "Rotterdamer Hafen"],
    "Dijkgraaf Infra Partners": ["Dijkgraaf Infra Partners", "Dijkgraaf"],
    "Quaylight Systems": ["Quaylight Systems", "Quaylight"],
    "Sundhavn Kapital": ["Sundhavn Kapital", "Sundhavn"],
    "Berthwise": ["Berthwise"],
    "Lotsenfunk": ["Lotsenfunk"],
    "Palettino": ["Palettino"],
    "Microsoft": ["Microsoft", "Azure"],
    "Bankhaus Brookmann": ["Bankhaus Brookmann", "Brookmann"],
    "MSC": ["MSC", "Mediterranean Shipping Company"],
    "CMA CGM": ["CMA CGM"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Bolloré Logistics": ["Bolloré Logistics", "Bollore Logistics"],
    "Tidewright": ["Tidewright"],
    "DHL": ["DHL", "DHL Group", "Deutsche Post", "DHL Supply Chain", "DHL-Konzern", "Deutsche Post DHL"],
    "Boston Dynamics": ["Boston Dynamics"],
    "Kranbahn Data": ["Kranbahn Data", "Kranbahn"],
    "duisport": ["duisport", "Duisburger Hafen AG", "Duisburger Hafen"],
    "Vågsfjord Havn": ["Vågsfjord Havn", "Vagsfjord Havn"],
    "Eurogate": ["Eurogate"],
    "Flintmoor Logistics Software": ["Flintmoor Logistics Software", "Flintmoor"],
    "Oracle": ["Oracle", "Oracle Cloud Infrastructure"],
    "Caddenmouth Harbour Board": ["Caddenmouth Harbour Board", "Harbour Board"],
    "CEVA Logistics": ["CEVA Logistics", "CEVA"],
    "Kallang Tensor": ["Kallang Tensor"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
