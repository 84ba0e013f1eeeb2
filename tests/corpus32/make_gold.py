#!/usr/bin/env python3
"""The hand annotation of corpus32 as code. Run it to (re)write gold.json.

Usage: python3 tests/corpus32/make_gold.py
Same format and rules as ../corpus15/gold.json. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the thirty-second, held-out test corpus (tests/corpus32/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora "
    "and shared/gold/seeds.json. Theme: the supply chain of the AI build-out (power and grid equipment, cooling, "
    "fibre and networking, chip equipment). One entry per article; a deal that several articles report carries the "
    "same id in each. 'required': false marks vague or background mentions and deals stated without an amount, which "
    "an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting "
    "one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact "
    "| approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the "
    "same deal's amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date marker, dateline, <time datetime>, issue "
    "line or visible byline date, or null when the article has none); quarters, half-years and seasons become the "
    "year; a cancelled or completed deal keeps the date of the original agreement, offer or talks; 'term' is the "
    "period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Wiesentaler Spulenbau GmbH, Veldhoek Thermal, Corriemoor "
    "Capital; invented publications, research houses, banks, advertisers and people are named in README.md; the "
    "deals of real companies loosely follow public reports with shifted amounts, dates and wording, and several are "
    "invented outright. Nothing here is reporting."
)

ALIASES = {
    "Wiesentaler Spulenbau GmbH": ["Wiesentaler Spulenbau GmbH", "Wiesentaler Spulenbau", "Wiesentaler"],
    "Siemens Energy": ["Siemens Energy", "Siemens Energy AG"],
    "Stadt Ebermannstadt": ["Stadt Ebermannstadt", "Ebermannstadt"],
    "Nokia": ["Nokia", "Nokia Oyj"],
    "Infinera": ["Infinera", "Infinera Corp."],
    "French state": ["French state", "französischer Staat"],
    "Alcatel Submarine Networks": ["Alcatel Submarine Networks", "ASN"],
    "Schneider Electric": ["Schneider Electric", "Schneider Electric SE", "Schneider"],
    "Motivair": ["Motivair", "Motivair Corp."],
    "Veldhoek Thermal": ["Veldhoek Thermal", "Veldhoek"],
    "Corriemoor Capital": ["Corriemoor Capital", "Corriemoor"],
    "AT&T": ["AT&T", "AT&T Inc."],
    "Corning": ["Corning", "Corning Inc.", "Corning Incorporated"],
    "Lumen Technologies": ["Lumen Technologies", "Lumen"],
    "GE Vernova": ["GE Vernova", "GE Vernova Inc."],
    "Applied Materials": ["Applied Materials", "Applied Materials Inc."],
    "BE Semiconductor Industries": ["BE Semiconductor Industries", "Besi", "BESI"],
    "Eaton": ["Eaton", "Eaton Corp.", "Eaton Corporation"],
    "Fibrebond": ["Fibrebond", "Fibrebond Corp."],
    "ABB": ["ABB", "ABB Ltd"],
    "Gamesa Electric": ["Gamesa Electric"],
    "ASML": ["ASML", "ASML Holding"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Amphenol": ["Amphenol", "Amphenol Corp."],
    "CommScope": ["CommScope", "CommScope CCS", "Connectivity and Cable Solutions"],
    "Trexon": ["Trexon"],
    "Ciena": ["Ciena", "Ciena Corp."],
    "Switch": ["Switch", "Switch Inc."],
    "Digital Realty": ["Digital Realty", "Digital Realty Trust"],
    "Prolec GE": ["Prolec GE", "Prolec"],
    "Crusoe": ["Crusoe", "Crusoe Energy"],
    "Nubis Communications": ["Nubis Communications", "Nubis"],
    "Arista Networks": ["Arista Networks", "Arista"],
    "VeloCloud": ["VeloCloud"],
    "Boyd Thermal": ["Boyd Thermal", "Boyd Corporation", "Boyd"],
    "Vertiv": ["Vertiv", "Vertiv Holdings"],
    "PurgeRite": ["PurgeRite"],
    "Great Lakes Data Racks & Cabinets": ["Great Lakes Data Racks & Cabinets", "Great Lakes"],
    "Meta": ["Meta", "Meta Platforms"],
    "Equinix": ["Equinix", "Equinix Inc."],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True, amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status, "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


WIE = "Wiesentaler Spulenbau GmbH"
KURZ_020 = ("Der Ebermannstädter Spulenhersteller Wiesentaler liefert aufgrund eines im Sommer geschlossenen "
            "Rahmenvertrags bis 2030 jährlich Wicklungen für neun Millionen Euro an Siemens Energy; GE Vernova hat die "
            "5,3 Milliarden Dollar teure Komplettübernahme von Prolec GE abgeschlossen; und die Stadt Ebermannstadt "
            "verkauft Wiesentaler für einen nicht genannten Betrag ein weiteres Grundstück im Gewerbegebiet Breitenbach.")
VELD_019 = ("The company raised a €32 million Series A in December 2024 led by London's Corriemoor Capital and followed "
            "it with a €45 million Series B in March this year, again led by Corriemoor, which now owns roughly 30% of "
            "the business.")
SWITCH_011 = ("Under the agreements, Switch will take $1.9 billion of prefabricated power modules and cooling systems "
              "and Digital Realty $373 million of switchgear, uninterruptible power supplies and chillers, the French "
              "group said.")
SCHNEIDER_011 = ("To keep up, the group said in March it would invest more than $700 million in U.S. factories through "
                 "2027, and last year it bought a 75% stake in liquid-cooling specialist Motivair for $850 million.")
ASML_009 = ("ASML said on Tuesday it will invest €1.3 billion in Mistral AI, the Paris-based developer of large language "
            "models, as lead investor in a funding round that totals €1.7 billion.")

ARTICLES = {
    "001_wiesentaler_ebermannstadt.txt": A(
        "2024-03-14", "from the line 'Lokales · Ebermannstadt · Donnerstag, 14. März 2024'; 'am Dienstag' -> 2024-03-12", "de",
        [
            D("siemens-energy-wiesentaler-2024", ["Siemens Energy", WIE], "supply", 14_000_000, "EUR", "approx",
              "2024-03-12", "signed",
              "Das Volumen liegt nach Angaben der Geschäftsführung bei rund 14 Millionen Euro, verteilt auf zwei Jahre.",
              note="parties and 'am Dienstag' in the previous sentence (order for windings awarded to the 'Familienbetrieb'); "
                   "first deal of the pair, must stay apart from the yearly framework agreement in 018/020"),
            D("wiesentaler-capex-2024", [WIE], "capex_plan", 6_500_000, "EUR", "exact", "2024-03", "planned",
              "Sechseinhalb Millionen Euro soll die Erweiterung kosten, rund 40 neue Arbeitsplätze sollen entstehen.",
              note="amount in words; second hall 'bis Ende 2025'; the €1.1m state grant is a subsidy (not_deals)"),
        ],
        ["1,1 Millionen Euro", "48 Millionen Euro", "2,3 Millionen Euro", "189 Euro", "780.000 Euro"]),

    "002_nokia_infinera_kestrelgate_en.txt": A(
        "2024-06-27", "from the line 'June 27, 2024 | 07:40 GMT' and dateline 'HELSINKI, June 27'; 'on Thursday' -> 2024-06-27", "en",
        [
            D("nokia-infinera", ["Nokia", "Infinera"], "acquisition", 2_300_000_000, "USD", "exact", "2024-06-27", "signed",
              "Nokia said on Thursday it had agreed to acquire U.S. optical networking equipment maker Infinera in a deal "
              "valuing the company at $2.3 billion, wagering that operators of artificial intelligence data centres will "
              "need far more fibre-optic capacity over the coming years."),
            D("nokia-asn-french-state", ["French state", "Alcatel Submarine Networks", "Nokia"], "acquisition",
              350_000_000, "EUR", "exact", "2024-06-27", "announced",
              "In a separate announcement, Nokia said it would sell 80% of its submarine cable unit Alcatel Submarine "
              "Networks to the French state in a transaction that values the business at 350 million euros.",
              note="sale of an 80% stake; the figure is the value of the whole unit as the article gives it"),
        ],
        ["$6.65", "200 million euros", "$1.61 billion", "3.55 euros", "up to 600 million euros"]),

    "003_schneider_motivair_depotlicht.txt": A(
        "2024-10-18", "from the line 'DEPOTLICHT | Aktien Europa | 18.10.2024 | 08:47 Uhr'; 'am Donnerstagabend' -> 2024-10-17", "de",
        [
            D("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 850_000_000, "USD", "exact",
              "2024-10-17", "signed",
              "Für das Mehrheitspaket zahlen die Franzosen 850 Mio. Dollar (rund 780 Mio. Euro) in bar.",
              alt_amounts=[{"amount": 780_000_000, "currency": "EUR"}],
              note="75% stake; 'die Franzosen' = Schneider Electric, target and day in the previous sentence"),
            D("schneider-motivair-remaining", ["Schneider Electric", "Motivair"], "acquisition", None, None, None,
              "2024-10-17", "planned",
              "Die restlichen 25 Prozent will Schneider im Jahr 2028 erwerben; einen Preis dafür nannte der Konzern nicht.",
              required=False, note="purchase of the remaining 25% in 2028, no price; different from the 75% deal"),
        ],
        ["mehr als 300 Mio. Dollar", "9,1 Mrd. Euro", "236,10 €", "178,92 €", "104,50 €", "265 Euro", "25 Euro"]),

    "004_motivair_amherst_en.html": A(
        "2024-10-18", "from <meta article:published_time> and <time datetime='2024-10-18'> ('Friday, October 18, 2024'); "
                      "'said Thursday' -> 2024-10-17", "en",
        [
            D("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 850_000_000, "USD", "exact",
              "2024-10-17", "signed",
              "Schneider Electric, the Paris-area maker of electrical gear, has agreed to hand over $850 million in cash "
              "to take 75% of Amherst-based Motivair Corp., the companies said Thursday."),
            D("schneider-motivair-remaining", ["Schneider Electric", "Motivair"], "acquisition", None, None, None,
              "2024-10-17", "planned",
              "Schneider plans to buy the remaining 25% in 2028, at a price the two sides did not disclose.",
              required=False, note="no price"),
        ],
        ["up to $1.5 million", "more than $300 million", "$1.99 per week", "$4.5 million", "$99 a month"]),

    "005_hot_aisle_notes_december_en.txt": A(
        "2024-12-12", "from the line 'Issue 48 — Thursday, December 12, 2024'; 'last week' -> early December 2024; "
                      "'on Tuesday' -> 2024-12-10", "en",
        [
            D("corriemoor-veldhoek-2024", ["Corriemoor Capital", "Veldhoek Thermal"], "investment", 32_000_000, "EUR",
              "exact", "2024-12", "completed",
              "Veldhoek Thermal, a three-year-old Dutch company that builds two-phase immersion tanks for GPU racks, has "
              "closed a Series A of €32 million (£27 million).",
              alt_amounts=[{"amount": 27_000_000, "currency": "GBP"}],
              note="lead investor Corriemoor Capital and 'last week' in the next sentence ('led it'); first deal of the "
                   "pair, must stay apart from the €45m Series B in 019"),
            D("att-corning", ["AT&T", "Corning"], "supply", 1_000_000_000, "USD", "exact", "2024-12-10", "signed",
              "AT&T has agreed to buy fibre-optic cable from Corning in a multi-year deal worth a billion dollars, the "
              "two companies said on Tuesday.", note="amount in words"),
            D("lumen-corning-capacity", ["Lumen Technologies", "Corning"], "supply", None, None, None, "2024-08", "signed",
              "It follows Lumen Technologies' move in August to reserve 10% of Corning's global fibre capacity for two "
              "years, an arrangement on which neither company has put a price.",
              required=False, note="background, no price"),
        ],
        ["around €140 million", "$18.5bn", "$3.73bn", "$249"]),

    "006_schaltfeld_usa_januar.txt": A(
        "2025-01-24", "from the line 'Ausgabe 3/2025 · 24. Januar 2025' (a Friday); 'am Dienstag' -> 2025-01-21", "de",
        [
            D("siemens-energy-charlotte", ["Siemens Energy"], "capex_plan", 150_000_000, "USD", "approx", "2025-01-21",
              "announced",
              "Rund 150 Millionen Dollar (etwa 144 Millionen Euro) will der Konzern dort investieren, wie er am Dienstag bekanntgab.",
              alt_amounts=[{"amount": 144_000_000, "currency": "EUR"}],
              note="'der Konzern' = Siemens Energy (previous sentence); transformer plant in Charlotte; must stay apart "
                   "from the ~$1bn US plan of September 2025 (013)"),
            D("ge-vernova-us-capex-2025", ["GE Vernova"], "capex_plan", 600_000_000, "USD", "approx", "2025-01", "announced",
              "Knapp 600 Millionen Dollar will das Unternehmen bis Ende 2026 in seine amerikanischen Werke stecken, unter "
              "anderem in Pennsylvania, South Carolina und New York.",
              term=["2025", "2026"],
              note="'das Unternehmen' = GE Vernova (previous sentence); 'knapp' -> approx; no day given"),
        ],
        ["rund eine Billion Dollar", "123 Milliarden Euro", "1.290 Euro", "990 Euro", "398 Euro"]),

    "007_applied_besi_hemlock_note_en.txt": A(
        "2025-04-15", "from the line 'Industry Note — 15 April 2025'; 'on Monday' -> 2025-04-14", "en",
        [
            D("applied-besi-stake", ["Applied Materials", "BE Semiconductor Industries"], "investment", 700_000_000, "EUR",
              "approx", "2025-04-14", "completed",
              "At Monday's closing price of €104.60 per Besi share we estimate the stake at about €700 million, or "
              "roughly $800 million.",
              alt_amounts=[{"amount": 800_000_000, "currency": "USD"}], kind_alt=["acquisition"],
              note="9% stake; value only from the analysts (the companies gave none); parties and the Monday disclosure in "
                   "the previous paragraph"),
            D("applied-epic-center", ["Applied Materials"], "capex_plan", 5_000_000_000, "USD", "approx", "2023",
              "announced",
              "The investment is small next to Applied's spending at home: the EPIC centre in Silicon Valley, an R&D "
              "facility of roughly $5 billion announced in 2023, is due to open later this year.",
              required=False, note="background comparison, announced in 2023"),
        ],
        ["€104.60", "$205", "€130", "€640 million", "$28.9 billion"]),

    "008_waferwoche_april.txt": A(
        "2025-04-18", "from the line 'Nr. 16 | Freitag, 18.4.2025'; 'am Montag' -> 2025-04-14", "de",
        [
            D("applied-besi-stake", ["Applied Materials", "BE Semiconductor Industries"], "investment", 700_000_000, "EUR",
              "approx", "2025-04-14", "completed",
              "Beobachter taxieren das Paket auf rund 700 Millionen Euro; einen Kaufpreis nannte keine Seite.",
              kind_alt=["acquisition"],
              note="'das Paket' = the 9% stake (previous sentences, 'am Montag'); value from observers only"),
            D("eaton-fibrebond", ["Eaton", "Fibrebond"], "acquisition", 1_400_000_000, "USD", "exact", "2025-03", "signed",
              "Schon im März hat sich der Energiemanagement-Konzern Eaton den texanischen Hersteller Fibrebond "
              "einverleibt, für 1,4 Milliarden Dollar.",
              note="different from Eaton's Boyd Thermal deal (015, 016)"),
            D("schneider-us-capex-2025", ["Schneider Electric"], "capex_plan", 700_000_000, "USD", "at_least", "2025-03",
              "announced",
              "Die Franzosen wollen bis Ende 2027 mehr als 700 Millionen Dollar in ihre amerikanischen Werke "
              "investieren, hatte der Konzern im März angekündigt.",
              term=["2025", "2027"], note="'Die Franzosen' = Schneider Electric (heading)"),
            D("abb-gamesa-electric", ["ABB", "Gamesa Electric"], "acquisition", None, None, None, "2025-04", "signed",
              "ABB hat die Übernahme des Leistungselektronik-Geschäfts von Gamesa Electric in Spanien vereinbart.",
              required=False, note="no price ('Über den Kaufpreis schweigen die Schweizer'); news of the week -> April 2025"),
        ],
        ["52 Milliarden Dollar", "149 Euro", "19 Euro"]),

    "009_asml_mistral_brabant_en.txt": A(
        "2025-09-09", "only in the byline 'Text: Sanne Velthuis · Veldhoven · 9 September 2025' (a Tuesday); "
                      "'on Tuesday' -> 2025-09-09", "en",
        [
            D("asml-mistral", ["ASML", "Mistral AI"], "investment", 1_300_000_000, "EUR", "exact", "2025-09-09", "signed",
              ASML_009, note="ASML leads the round; the round total is a separate optional entry"),
            D("mistral-round-2025", ["Mistral AI"], "investment", 1_700_000_000, "EUR", "exact", "2025-09-09", "signed",
              ASML_009, required=False, note="total of the round including ASML's share; other investors unnamed"),
        ],
        ["€11.7 billion", "€712.40", "€28.3 billion", "around €350 million", "€2.5 billion"]),

    "010_amphenol_commscope_kurswelle.html": A(
        "2025-08-05", "from <meta name=date> and the visible line '05.08.2025, 08:30 Uhr'; 'am Montag' -> 2025-08-04", "de",
        [
            D("amphenol-commscope-ccs", ["Amphenol", "CommScope"], "acquisition", 10_500_000_000, "USD", "exact",
              "2025-08-04", "signed",
              "Der US-Steckverbinderhersteller Amphenol übernimmt für 10,5 Milliarden Dollar in bar das Geschäft mit "
              "Glasfaser- und Verkabelungslösungen von CommScope.",
              alt_amounts=[{"amount": 9_100_000_000, "currency": "EUR"}],
              note="'am Montag' in the next sentence, the EUR conversion in the one after"),
            D("amphenol-trexon", ["Amphenol", "Trexon"], "acquisition", 1_000_000_000, "USD", "approx", "2025-06",
              "completed",
              "Für Amphenol ist es der zweite große Zukauf binnen weniger Wochen: Erst im Juni hatte der Konzern den "
              "Hersteller von Hochfrequenz-Kabeln Trexon für etwa eine Milliarde Dollar übernommen.",
              note="amount in words; different from the CommScope deal"),
            D("amphenol-ciena-rumour", ["Amphenol", "Ciena"], "acquisition", None, None, None, "2025-08", "cancelled",
              "Berichte, Amphenol sei auch an Teilen des Netzwerkausrüsters Ciena interessiert, wies ein Sprecher zurück.",
              required=False, note="denied rumour, no amount"),
        ],
        ["etwa 2,8 Milliarden Dollar", "10,80 Dollar", "von 95 auf 110 Dollar", "2,99 Euro", "0 Euro Ordergebühr",
         "1 Euro Fremdkostenpauschale"]),

    "011_schneider_switch_quaybridge_en.txt": A(
        "2025-10-15", "from the line 'October 15, 2025 / 6:05 AM ET'; dateline 'PARIS, Oct 14', 'on Tuesday' -> 2025-10-14", "en",
        [
            D("schneider-switch", ["Schneider Electric", "Switch"], "supply", 1_900_000_000, "USD", "exact", "2025-10-14",
              "signed", SWITCH_011, term=[None, "2027"],
              note="two deals in one sentence; 'the French group' = Schneider Electric; deliveries through 2027"),
            D("schneider-digital-realty", ["Schneider Electric", "Digital Realty"], "supply", 373_000_000, "USD", "exact",
              "2025-10-14", "signed", SWITCH_011, term=[None, "2027"], note="second deal of the sentence"),
            D("schneider-us-capex-2025", ["Schneider Electric"], "capex_plan", 700_000_000, "USD", "at_least", "2025-03",
              "announced", SCHNEIDER_011, term=["2025", "2027"], note="'the group' = Schneider Electric; restated"),
            D("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 850_000_000, "USD", "exact", "2024",
              "completed", SCHNEIDER_011, note="restated background in the same sentence; 'last year' -> 2024"),
        ],
        ["$2.3 billion of U.S. data centre supply deals", "a combined $2.3 billion", "38.2 billion euros", "241.30 euros"]),

    "012_ge_vernova_prolec_gridfront_en.txt": A(
        "2025-10-22", "from the line 'Power & Utilities | Oct. 22, 2025 2:14 p.m. ET' (a Wednesday); 'on Wednesday' -> 2025-10-22", "en",
        [
            D("ge-vernova-prolec", ["GE Vernova", "Prolec GE"], "acquisition", 5_275_000_000, "USD", "exact",
              "2025-10-22", "signed",
              "GE Vernova will buy the half of transformer maker Prolec GE that it does not already own from Mexican "
              "conglomerate Xignux for $5.275 billion, the company said on Wednesday as it reported third-quarter results.",
              alt_amounts=[{"amount": 5_300_000_000, "currency": "USD"}, {"amount": 4_500_000_000, "currency": "EUR"}],
              note="remaining 50% bought from the JV partner Xignux (seller, not listed)"),
            D("crusoe-ge-vernova-turbines", ["Crusoe", "GE Vernova"], "supply", 1_200_000_000, "USD", "range",
              "2025-10-22", "signed",
              "Analysts at Ostlake & Prior estimated the value of the order at $1.2 billion to $1.5 billion.",
              amount_max=1_500_000_000,
              note="value only from analysts; parties and 'disclosed' in the previous sentence, which gives no price"),
        ],
        ["about $3 billion", "$14.6 billion", "$9.97 billion", "$135 billion", "$598", "$29 a month"]),

    "013_ge_vernova_handelsbote.txt": A(
        "2025-10-23", "from the line 'Donnerstag, 23. Oktober 2025 | Unternehmen | Seite 14'; 'am Mittwoch' -> 2025-10-22", "de",
        [
            D("ge-vernova-prolec", ["GE Vernova", "Prolec GE"], "acquisition", 5_300_000_000, "USD", "exact",
              "2025-10-22", "signed",
              "Für die restlichen 50 Prozent an Prolec GE zahlt der Konzern seinem mexikanischen Partner Xignux 5,3 "
              "Milliarden Dollar, umgerechnet etwa 4,5 Milliarden Euro.",
              note="'der Konzern' = GE Vernova; 'am Mittwoch' in the next sentence"),
            D("siemens-energy-us-capex-2025", ["Siemens Energy"], "capex_plan", 1_000_000_000, "USD", "approx", "2025-09",
              "announced",
              "Der Konzern hatte im September angekündigt, knapp eine Milliarde Dollar in neue Kapazitäten in den USA zu "
              "stecken, unter anderem in die Fertigung von Gasturbinen-Komponenten in Florida und von Schaltanlagen in "
              "North Carolina.",
              note="'Der Konzern' = Siemens Energy (previous sentence); amount in words; must stay apart from the "
                   "Charlotte transformer plant (006)"),
        ],
        ["136 Milliarden Euro", "rund 90 Milliarden Euro", "knapp 8 Millionen Euro"]),

    "014_lichtleiter_letter_kw44.txt": A(
        "2025-10-30", "from the line 'KW 44/2025 · 30.10.2025'; 'vergangene Woche' -> October 2025", "de",
        [
            D("ciena-nubis", ["Ciena", "Nubis Communications"], "acquisition", 270_000_000, "USD", "exact", "2025-10",
              "signed", "Ciena zahlt 270 Millionen Dollar in bar, wie das Unternehmen vergangene Woche mitteilte.",
              note="target in the previous sentence; milestone payments without a figure"),
            D("arista-velocloud", ["Arista Networks", "VeloCloud"], "acquisition", None, None, None, "2025-07", "completed",
              "Arista Networks hat schon im Juli die SD-WAN-Sparte VeloCloud von Broadcom übernommen; einen Preis nannten "
              "die Unternehmen nicht.", required=False, note="no price; seller Broadcom not listed"),
            D("nokia-infinera", ["Nokia", "Infinera"], "acquisition", 2_300_000_000, "USD", "exact", "2024-06", "completed",
              "Nokia hat die im Juni 2024 vereinbarte Übernahme von Infinera für 2,3 Milliarden Dollar im Februar "
              "abgeschlossen.", note="completion (February 2025) keeps the date of the agreement"),
        ],
        ["2,31 Milliarden Dollar", "18 Milliarden Dollar", "79 Euro"]),

    "015_eaton_boyd_kestrelgate_en.txt": A(
        "2025-11-04", "only in the byline 'By Orla Keaveney | Dublin | 4 November 2025'; 'on Monday' -> 2025-11-03", "en",
        [
            D("eaton-boyd-thermal", ["Eaton", "Boyd Thermal"], "acquisition", 9_500_000_000, "USD", "exact",
              "2025-11-03", "signed",
              "Power management company Eaton said on Monday it would buy the thermal business of Boyd Corporation for "
              "$9.5 billion from Goldman Sachs Asset Management, adding liquid-cooling systems for AI data centres to its "
              "range of electrical equipment.",
              alt_amounts=[{"amount": 8_200_000_000, "currency": "EUR"}],
              note="seller Goldman Sachs Asset Management not listed"),
            D("eaton-fibrebond", ["Eaton", "Fibrebond"], "acquisition", 1_400_000_000, "USD", "exact", "2025-03", "signed",
              "The deal is Eaton's second data-centre acquisition this year, following the $1.4 billion purchase of "
              "Fibrebond, a maker of modular power enclosures, in March.", note="restated; different from Boyd"),
        ],
        ["$1.7 billion", "$1.5 billion", "$7.0 billion", "$360.10"]),

    "016_parkettfunk_kuehlung.txt": A(
        "2025-11-05", "from the line 'Mittwoch, 5. November 2025 – 07:55 Uhr'; 'am Montag' -> 2025-11-03", "de",
        [
            D("eaton-boyd-thermal", ["Eaton", "Boyd Thermal"], "acquisition", 9_500_000_000, "USD", "exact",
              "2025-11-03", "signed", "Eaton zahlt für das Kühlgeschäft von Boyd 9,5 Mrd. Dollar (rund 8,2 Mrd. Euro).",
              note="'am Montag' in the next sentence"),
            D("vertiv-purgerite", ["Vertiv", "PurgeRite"], "acquisition", 1_000_000_000, "USD", "approx", "2025-11",
              "signed", "Der Preis: rund eine Milliarde Dollar in bar, dazu mögliche Erfolgsprämien.",
              note="parties in the previous sentence ('Fast zeitgleich' with Monday's Eaton news); amount in words; "
                   "different from Vertiv's Great Lakes deal"),
            D("vertiv-great-lakes", ["Vertiv", "Great Lakes Data Racks & Cabinets"], "acquisition", 200_000_000, "USD",
              "approx", "2025-07", "completed",
              "Der Zukauf ergänzt die Übernahme von Great Lakes Data Racks & Cabinets, für die Vertiv im Juli etwa 200 "
              "Millionen Dollar bezahlt hatte."),
        ],
        ["10,2 Mrd. Dollar", "309,40 €", "162,85 €", "229,70 €", "190 Euro", "100.000 Euro"]),

    "017_corning_meta_catawba_en.html": A(
        "2026-01-28", "from <meta parsely-pub-date> and <time datetime='2026-01-28'> ('Jan. 28, 2026', a Wednesday); "
                      "'said Tuesday' -> 2026-01-27", "en",
        [
            D("meta-corning", ["Meta", "Corning"], "supply", 6_000_000_000, "USD", "up_to", "2026-01-27", "signed",
              "Corning Inc. and Meta Platforms said Tuesday they had signed a multiyear agreement under which Meta will "
              "buy up to $6 billion of fiber-optic cable, connectors and related products for its U.S. data centers."),
            D("att-corning", ["AT&T", "Corning"], "supply", 1_000_000_000, "USD", "exact", "2024-12", "signed",
              "In December 2024 AT&T committed $1 billion to buy Corning cable over several years, much of it made in "
              "Catawba County.", note="restated; different from the Meta agreement"),
        ],
        ["$1.65 billion", "$1.2 million", "$2.99 a week", "$3 million", "$2.80", "$500"]),

    "018_wiesentaler_interview_frankenwerk.txt": A(
        None, "no date anywhere in the article (only 'Rubrik: Nachgefragt · 6 Min. Lesezeit')", "de",
        [
            D("siemens-energy-wiesentaler-2024", ["Siemens Energy", WIE], "supply", 14_000_000, "EUR", "approx", None,
              "signed", "Der erste Auftrag über rund 14 Millionen Euro ist fast abgearbeitet.",
              note="restates the 2024 order (001); Siemens Energy named in the question; undated interview"),
            D("siemens-energy-wiesentaler-framework", ["Siemens Energy", WIE], "supply", 9_000_000, "EUR", "exact", None,
              "signed", "Die Nürnberger nehmen uns jährlich Wicklungen für neun Millionen Euro ab.",
              per="year", term=[None, "2030"],
              note="'Die Nürnberger' = Siemens Energy (its Nuremberg plant), 'uns' = Wiesentaler; framework agreement "
                   "'bis 2030' in the previous sentence; amount in words; second deal of the pair"),
            D("corriemoor-wiesentaler-offer", ["Corriemoor Capital", WIE], "acquisition", 85_000_000, "EUR", "exact", None,
              "cancelled",
              "Ein Londoner Fonds, Corriemoor Capital, wollte uns für 85 Millionen Euro komplett übernehmen.",
              note="offer refused ('haben wir Nein gesagt'); 'uns' = Wiesentaler"),
            D("wiesentaler-capex-2", [WIE], "capex_plan", 10_000_000, "EUR", "approx", None, "planned",
              "In den nächsten drei Jahren stecken wir gut zehn Millionen Euro in eine dritte Halle und eine neue "
              "Vakuum-Trocknungsanlage.",
              note="'wir' = Wiesentaler; 'gut zehn' -> approx; different from the 2024 hall (001)"),
        ],
        ["9.000 Euro", "42.000 Euro", "6,80 Euro", "58 Euro"]),

    "019_veldhoek_polder_tech_en.txt": A(
        "2026-11-02", "from the line 'Monday 2 November 2026 · Start-ups'; 'last year' -> 2025; 'in March this year' -> 2026-03", "en",
        [
            D("abb-veldhoek", ["ABB", "Veldhoek Thermal"], "acquisition", 300_000_000, "EUR", "approx", "2026-11",
              "rumored",
              "Swiss engineering group ABB is in advanced talks to acquire Veldhoek Thermal, a Delft company that makes "
              "immersion-cooling tanks for AI servers, in a deal that would value the start-up at about €300 million, "
              "two people who have been briefed on the negotiations told the Polder Tech Post.",
              alt_amounts=[{"amount": 280_000_000, "currency": "CHF"}],
              note="talks from sources; signed nine days later (020)"),
            D("corriemoor-veldhoek-2024", ["Corriemoor Capital", "Veldhoek Thermal"], "investment", 32_000_000, "EUR",
              "exact", "2024-12", "completed", VELD_019, note="'The company' = Veldhoek; restated Series A"),
            D("corriemoor-veldhoek-2026", ["Corriemoor Capital", "Veldhoek Thermal"], "investment", 45_000_000, "EUR",
              "exact", "2026-03", "completed", VELD_019,
              note="second deal in the sentence; Series B, must stay apart from the 2024 Series A"),
            D("equinix-veldhoek-service", ["Equinix", "Veldhoek Thermal"], "supply", 6_000_000, "EUR", "exact", "2025",
              "signed",
              "The data-centre operator signed a five-year service contract last year under which it pays Veldhoek €6 "
              "million a year to run cooling tanks in two of its Amsterdam halls.",
              per="year", term=["2025", "2030"], kind_alt=["other", "cloud_contract"],
              note="'The data-centre operator' = Equinix (previous sentence); 'last year' -> 2025"),
        ],
        ["€18 million", "€2 million", "$16.8 billion", "€7.50 a month"]),

    "020_kapitalwoche_nr46.txt": A(
        "2026-11-13", "from the line 'Nr. 46/2026 · Freitag, 13. November 2026'; 'am Mittwoch' -> 2026-11-11; "
                      "'im Sommer' -> 2026", "de",
        [
            D("abb-veldhoek", ["ABB", "Veldhoek Thermal"], "acquisition", 300_000_000, "EUR", "approx", "2026-11-11",
              "signed", "Der Konzern zahlt rund 300 Millionen Euro, umgerechnet etwa 280 Millionen Franken.",
              note="'Der Konzern' = ABB; target and 'am Mittwoch' in the previous sentence; seller Corriemoor Capital "
                   "not listed (exit, next sentence)"),
            D("siemens-energy-wiesentaler-framework", ["Siemens Energy", WIE], "supply", 9_000_000, "EUR", "exact",
              "2026", "signed", KURZ_020, per="year", term=[None, "2030"],
              note="'Kurz notiert' list, first item; 'im Sommer' -> 2026"),
            D("ge-vernova-prolec", ["GE Vernova", "Prolec GE"], "acquisition", 5_300_000_000, "USD", "exact", "2025-10",
              "completed", KURZ_020, note="completion keeps the date of the October 2025 agreement"),
            D("ebermannstadt-wiesentaler-land", ["Stadt Ebermannstadt", WIE], "acquisition", None, None, None, "2026-11",
              "signed", KURZ_020, required=False, kind_alt=["other"], note="land sale without an amount"),
        ],
        ["4,3 Milliarden Dollar", "12 Millionen Euro", "5.000 Euro", "24,90 Euro"]),
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, {sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
