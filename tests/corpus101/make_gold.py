#!/usr/bin/env python3
"""Write gold.json for tests/corpus101 (the hand annotation lives in this file).

Usage: python3 tests/corpus101/make_gold.py
Then check it: python3 tests/corpus101/check_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

M = 1_000_000
B = 1_000_000_000


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, *,
         required=None, amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind,
         "amount": amount, "amount_max": amount_max,
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


def opt(id, parties, kind, date, status, evidence, note=None, kind_alt=None):
    """An amount-less (optional) mention."""
    return deal(id, parties, kind, None, None, None, date, status, evidence,
                required=False, note=note, kind_alt=kind_alt)


ALIASES = {
    "Nvidia": ["Nvidia", "Nvidias", "Nvidia Corp."],
    "Run:ai": ["Run:ai", "Run:AI"],
    "Mellanox": ["Mellanox", "Mellanox Technologies"],
    "Hailo": ["Hailo", "Hailo Technologies"],
    "Deci": ["Deci", "Deci AI"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Bank Leumi": ["Bank Leumi", "Leumi"],
    "Shaked Data Centers": ["Shaked Data Centers", "Shaked Data Centers Ltd.", "Shaked"],
    "Arava Hashmal": ["Arava Hashmal", "Arava Hashmal Ltd."],
    "Intel": ["Intel", "Intels", "Intel Corp."],
    "Galil Compute": ["Galil Compute", "Galil Compute Ltd.", "Galil"],
    "Ofek Mivtachim": ["Ofek Mivtachim", "Ofek Mivtachim Ltd."],
    "Tavor Capital": ["Tavor Capital", "Tavor"],
    "Nitzan Silicon": ["Nitzan Silicon", "Nitzan Silicon Ltd.", "Nitzan"],
    "Habana Labs": ["Habana Labs", "Habana"],
    "Google": ["Google", "Alphabet", "Google-Mutter Alphabet", "Alphabet Inc."],
    "Wiz": ["Wiz", "Wiz Inc."],
    "Mobileye": ["Mobileye"],
    "Harel": ["Harel", "Harel Insurance Investments and Financial Services"],
    "Almog Cloud": ["Almog Cloud", "Almog Cloud Ltd.", "Almog"],
    "Electricity Authority of Cyprus": ["Electricity Authority of Cyprus", "EAC"],
    "IPTO": ["IPTO", "Independent Power Transmission Operator"],
    "Migdal": ["Migdal", "Migdal Insurance and Financial Holdings"],
    "Bank of Cyprus": ["Bank of Cyprus"],
    "Bank Hapoalim": ["Bank Hapoalim", "Hapoalim"],
    "Yarden Photonics": ["Yarden Photonics", "Yarden"],
    "Israel Land Authority": ["Israel Land Authority", "Israelischen Landbehörde", "Israelische Landbehörde"],
    "Cyta": ["Cyta"],
    "Microsoft": ["Microsoft"],
    "Marvell": ["Marvell", "Marvell Technology"],
    "Kochav Engineering": ["Kochav Engineering", "Kochav"],
    "OPC Energy": ["OPC Energy", "OPC"],
}

A = {}

# ---------------------------------------------------------------- 001
A["001_runai_hailo_schofar.txt"] = {
    "published": "2024-04-25",
    "published_note": "from the date line 'Donnerstag, 25. April 2024'; 'seit dem späten Mittwochabend' -> 2024-04-24",
    "language": "de",
    "deals": [
        deal("nvidia-runai-2024", ["Nvidia", "Run:ai"], "acquisition", 700 * M, "USD", "approx",
             "2024-04-24", "signed",
             "Die israelische Wirtschaftspresse ist schneller: Insidern zufolge zahlt Nvidia für den Zukauf rund 700 Millionen Dollar, nach aktuellem Kurs gut 650 Millionen Euro.",
             alt=[(650 * M, "EUR")],
             note="takeover announced in the previous ticker entry ('Nvidia übernimmt ... Run:ai', late Wednesday evening); 'den Zukauf' = Run:ai; the price comes only from insiders, the agreement itself is announced"),
        deal("nvidia-mellanox-2019", ["Nvidia", "Mellanox"], "acquisition", 7 * B, "USD", "approx",
             "2019", "completed",
             "Den Netzwerkspezialisten aus Jokneam hatte sich der Konzern 2019 knapp sieben Milliarden Dollar kosten lassen; heute stammt ein guter Teil der Rechenzentrumserlöse aus dieser Sparte.",
             required=False,
             note="background; amount in words ('knapp sieben Milliarden'); Mellanox named in the previous sentence, 'der Konzern' = Nvidia"),
        deal("hailo-round-2024", ["Hailo"], "investment", 120 * M, "USD", "exact",
             "2024-04", "completed",
             "Anfang des Monats hatte der Edge-KI-Spezialist Hailo eine Finanzierung über 120 Millionen Dollar abgeschlossen, als Verlängerung seiner Serie C.",
             note="'Anfang des Monats' -> April 2024; no lead investor named; the cumulative 'über 340 Millionen Dollar' is not a deal"),
    ],
    "not_deals": ["118 Millionen Dollar", "796,20 Euro", "zwei Billionen Dollar", "über 340 Millionen Dollar",
                  "9.500 Euro", "von 950 auf 1.020 Dollar", "0 Euro Orderprovision", "50 Euro Startbonus"],
}

# ---------------------------------------------------------------- 002
A["002_deci_runai_wadi_en.txt"] = {
    "published": "2024-05-16",
    "published_note": "from the issue line 'No. 19 · Thursday, 16 May 2024'; 'last month' -> April 2024, 'last August' -> August 2023",
    "language": "en",
    "deals": [
        deal("nvidia-deci-2024", ["Nvidia", "Deci"], "acquisition", 300 * M, "USD", "approx",
             "2024-05", "rumored",
             "The price tag is reportedly close to $300 million.",
             note="parties in the previous sentence (agreement reported by 'three people with knowledge'); neither side confirms -> rumored; reported this week -> May 2024"),
        deal("nvidia-runai-2024", ["Nvidia", "Run:ai"], "acquisition", 700 * M, "USD", "approx",
             "2024-04", "signed",
             "It is the second Israeli deal for the chipmaker within a few weeks: last month Nvidia signed to acquire Run:ai, the GPU-orchestration company, for what people close to that transaction put at about $700 million; it still needs a nod from competition officials in Brussels and Washington.",
             note="same takeover as 001; 'last month' -> April 2024"),
        deal("aws-israel-plan", ["Amazon"], "capex_plan", int(7.2 * B), "USD", "approx",
             "2023-08", "announced",
             "When AWS switched on its Israeli cloud region last August, it said it expected to invest an estimated $7.2 billion in the country through 2037.",
             term=["2023-08", "2037"],
             note="investment plan through 2037 announced with the region launch 'last August' (2023); the NIS 1.4 billion tally of construction so far is not a deal"),
        deal("hailo-round-2024", ["Hailo"], "investment", 120 * M, "USD", "exact",
             "2024-04", "completed",
             "- Hailo's $120 million extension in early April, covered here at the time, came with a valuation the company still refuses to specify.",
             note="same round as 001; 'early April'"),
    ],
    "not_deals": ["$55 million", "NIS 1.4 billion", "$2.85 an hour", "$3.40", "$2.10", "NIS 500 million", "$1,150"],
}

# ---------------------------------------------------------------- 003
A["003_shaked_leumi_levante.txt"] = {
    "published": "2024-07-11",
    "published_note": "from the date line 'Donnerstag, 11. Juli 2024'; dateline 'TEL AVIV, 10. Juli', 'am Mittwoch' -> 2024-07-10",
    "language": "de",
    "deals": [
        deal("leumi-shaked-loan-2024", ["Bank Leumi", "Shaked Data Centers"], "other", 275 * M, "EUR", "approx",
             "2024-07-10", "signed",
             "Die Bank Leumi gewährt dem Unternehmen einen Baukredit über 1,1 Milliarden Schekel, umgerechnet rund 275 Millionen Euro.",
             alt=[(297 * M, "USD")], kind_alt=["investment"],
             note="construction loan of NIS 1.1bn (ILS is not an allowed currency, so the EUR conversion is annotated; 019 gives about $297m); 'dem Unternehmen' = Shaked (previous sentence, signed 'am Mittwoch')"),
        deal("arava-shaked-ppa", ["Arava Hashmal", "Shaked Data Centers"], "supply", 10 * M, "EUR", "approx",
             "2024-07", "signed",
             "Der Betreiber von Solarparks und Batteriespeichern im Süden hat mit Shaked einen Liefervertrag über 15 Jahre geschlossen; jährlich fließen dafür nach Angaben beider Seiten rund 40 Millionen Schekel, knapp zehn Millionen Euro.",
             per="year", alt=[(11 * M, "USD")],
             note="15-year power purchase agreement, yearly rate; 'Der Betreiber' = Arava Hashmal (previous sentence); NIS 40m a year, annotated in EUR ('knapp zehn Millionen Euro'); 007 gives about $11m a year"),
        deal("intel-kiryat-gat", ["Intel"], "project", 25 * B, "USD", "exact",
             "2023-12", "announced",
             "Intel hatte dort im Dezember 2023 angekündigt, 25 Milliarden Dollar in eine neue Chipfabrik zu stecken; der Staat sagte dafür einen Zuschuss von 3,2 Milliarden Dollar zu.",
             kind_alt=["capex_plan"],
             note="'dort' = Kirjat Gat; the plan was announced in December 2023 and is reported to be on hold, not officially cancelled; the $3.2bn state grant is not a deal"),
    ],
    "not_deals": ["210 Millionen Schekel", "0,48 Schekel", "3,2 Milliarden Dollar", "24.000 Schekel",
                  "4,5 Millionen Dollar je Megawatt"],
}

# ---------------------------------------------------------------- 004
A["004_runai_galil_carmel_en.html"] = {
    "published": "2024-12-31",
    "published_note": "only from <meta property='article:published_time'> and JSON-LD datePublished (2024-12-31); no visible date; 'on Monday' = 2024-12-30, 'on Sunday' = 2024-12-29",
    "language": "en",
    "deals": [
        deal("nvidia-runai-2024", ["Nvidia", "Run:ai"], "acquisition", 700 * M, "USD", "approx",
             "2024-04", "completed",
             "The deal, agreed in April and valued by people familiar with it at around $700 million, had been held up for months by competition reviews before the European Commission waved it through on 20 December.",
             note="parties in the previous sentence (completion confirmed 'on Monday', 2024-12-30); the date is the agreement ('agreed in April')"),
        opt("nvidia-deci-2024", ["Nvidia", "Deci"], "acquisition", "2024", "completed",
            "Roughly 200 employees move over to Nvidia, which now counts more than 4,000 staff in Israel after also absorbing Deci, the model-optimisation start-up it bought in the spring.",
            note="same purchase as 002, no amount; 'in the spring' -> the year"),
        deal("ofek-galil-2024", ["Ofek Mivtachim", "Galil Compute"], "investment", 45 * M, "USD", "exact",
             "2024-12-29", "completed",
             "Galil Compute, founded in Haifa in March by former Mellanox engineers, said on Sunday it had raised $45 million in a first funding round led by Ofek Mivtachim, the insurance and pension group.",
             note="'on Sunday' -> 2024-12-29; the repeated '$45 million' in the quote is the same round"),
    ],
    "not_deals": ["$1.8 billion", "NIS 180 billion", "$300,000", "$137.49", "NIS 3.65", "NIS 1,290 a night",
                  "NIS 29.90 a month"],
}

# ---------------------------------------------------------------- 005
A["005_nitzan_hailo_kibbutz_en.txt"] = {
    "published": "2025-01-22",
    "published_note": "from the byline 'Posted 22 January 2025'; 'on Tuesday' -> 2025-01-21, 'last April' -> April 2024",
    "language": "en",
    "deals": [
        deal("intel-habana-2019", ["Intel", "Habana Labs"], "acquisition", 2 * B, "USD", "approx",
             "2019-12", "completed",
             "In December 2019 it paid about $2 billion for Habana Labs, and for a few years Habana's Gaudi accelerators were the country's flagship in data-centre AI.",
             required=False, note="background; 'it' = Intel (previous sentence)"),
        deal("tavor-nitzan-seriesb-2025", ["Tavor Capital", "Nitzan Silicon"], "investment", 85 * M, "USD", "exact",
             "2025-01-21", "completed",
             "Nitzan Silicon, a Haifa company designing low-power inference chips for servers, closed an $85 million Series B on Tuesday.",
             note="lead investor in the next sentence ('Tavor Capital led the round'); the $520m valuation and the NIS 12m grant are not deals"),
        deal("hailo-round-2024", ["Hailo"], "investment", 120 * M, "USD", "exact",
             "2024-04", "completed",
             "The Tel Aviv firm, which sells edge-AI processors for cameras and cars, took in $120 million last April as an extension of its Series C, lifting what it has raised over its lifetime above $340 million.",
             note="same round as 001/002; 'The Tel Aviv firm' = Hailo (previous sentence); 'last April' -> 2024-04; lifetime total not a deal"),
    ],
    "not_deals": ["roughly $520 million", "NIS 12 million", "above $340 million", "$40 million of sales", "$92 billion",
                  "$4,900", "$6 a month", "Half a billion post-money"],
}

# ---------------------------------------------------------------- 006
A["006_google_wiz_wertpapierbasar.txt"] = {
    "published": "2025-03-19",
    "published_note": "from the line '19.03.2025, 08:47 Uhr'; 'am Dienstag' -> 2025-03-18",
    "language": "de",
    "deals": [
        deal("google-wiz-2025", ["Google", "Wiz"], "acquisition", 32 * B, "USD", "exact",
             "2025-03-18", "signed",
             "Die Google-Mutter Alphabet übernimmt den israelischen Cloud-Sicherheitsanbieter Wiz für 32 Milliarden Dollar in bar, umgerechnet rund 29,3 Milliarden Euro.",
             alt=[(int(29.3 * B), "EUR")],
             note="announced 'am Dienstag' (next sentence); closing expected in 2026; the $3.2bn break fee is a part of this deal, not a deal of its own"),
        deal("google-wiz-2024-offer", ["Google", "Wiz"], "acquisition", 23 * B, "USD", "approx",
             "2024-07", "cancelled",
             "Schon im Juli 2024 hatte Google rund 23 Milliarden Dollar geboten; Wiz lehnte damals ab und setzte stattdessen auf einen Börsengang.",
             note="earlier offer, rejected -> cancelled; a different deal from the 2025 takeover"),
        deal("wiz-round-2024", ["Wiz"], "investment", 1 * B, "USD", "exact",
             "2024-05", "completed",
             "Zum Vergleich: Im Mai 2024 hatte Wiz bei Investoren eine Milliarde Dollar eingesammelt, bewertet wurde das Unternehmen dabei mit zwölf Milliarden Dollar.",
             required=False,
             note="background comparison, amount in words, investors not named; the valuation (zwölf Milliarden Dollar) is not a deal"),
        deal("intel-mobileye-2017", ["Intel", "Mobileye"], "acquisition", int(15.3 * B), "USD", "exact",
             "2017", "completed",
             "Für Israels Tech-Szene setzt der Verkauf eine neue Marke: Der bisher größte Exit, Intels Kauf des Fahrassistenz-Spezialisten Mobileye im Jahr 2017 für 15,3 Milliarden Dollar, wird mehr als verdoppelt.",
             required=False, note="background; genitive 'Intels'"),
    ],
    "not_deals": ["3,2 Milliarden Dollar", "zwölf Milliarden Dollar", "160,59 Dollar", "147,80 Euro",
                  "rund 700 Millionen Dollar", "einer Milliarde Dollar", "160,59 $", "219,10 $", "25 Euro monatlich"],
}

# ---------------------------------------------------------------- 007
A["007_harel_shaked_jaffa_en.txt"] = {
    "published": "2025-05-07",
    "published_note": "from 'May 7, 2025 | 11:32 IDT' and the dateline 'TEL AVIV, May 7'; 'on Wednesday' = 2025-05-07; 'last July' -> July 2024",
    "language": "en",
    "deals": [
        deal("harel-shaked-stake-2025", ["Harel", "Shaked Data Centers"], "investment", 133 * M, "USD", "exact",
             "2025-05-07", "signed",
             "TEL AVIV, May 7 (JNW) - Harel Insurance Investments and Financial Services will buy 25% of Shaked Data Centers for NIS 480 million ($133 million), Harel and Shaked said on Wednesday, the first time one of Israel's big institutional investors has taken a direct stake in a local data-centre developer.",
             kind_alt=["acquisition"],
             note="NIS 480m, annotated in the USD the article gives; the implied NIS 1.92bn company value is not a deal"),
        deal("shaked-capex-2025", ["Shaked Data Centers"], "capex_plan", 555 * M, "USD", "approx",
             "2025-05", "planned",
             "Shaked, whose first building in Petah Tikva went live in March with 20 of a planned 60 megawatts, intends to invest about NIS 2 billion ($555 million) by 2028 in two more campuses, one near Modi'in and one in the north, Chief Executive Gal Amitai said in an interview.",
             term=[None, "2028"], kind_alt=["project"],
             note="NIS 2bn plan through 2028, annotated in USD"),
        deal("galil-shaked-lease", ["Galil Compute", "Shaked Data Centers"], "other", 10 * M, "USD", "approx",
             "2025-05", "signed",
             "Galil Compute, a GPU cloud start-up from Haifa, has agreed to rent 12 megawatts there for ten years at about NIS 36 million ($10 million) a year, Amitai said, with an option to double the space once the hall is finished in 2026.",
             per="year", kind_alt=["cloud_contract", "supply"],
             note="data-centre lease, yearly rate for ten years; 'there' = Shaked's northern site (previous sentences), Amitai = Shaked's CEO"),
        deal("arava-shaked-ppa", ["Arava Hashmal", "Shaked Data Centers"], "supply", 11 * M, "USD", "approx",
             "2024-07", "signed",
             "Power for Petah Tikva comes from a 15-year contract with solar-and-storage producer Arava Hashmal signed last July and worth about $11 million a year.",
             per="year",
             note="same PPA as 003; Shaked from the context (its Petah Tikva campus); 'last July' -> 2024-07"),
    ],
    "not_deals": ["NIS 1.92 billion", "NIS 440 billion", "NIS 275 million", "NIS 38 million", "NIS 48.30",
                  "$165 a kilowatt a month"],
}

# ---------------------------------------------------------------- 008
A["008_almog_limassol_serverhallen.txt"] = {
    "published": "2025-06-12",
    "published_note": "from the issue line 'Ausgabe 23/2025 · 12. Juni 2025'; dateline 'LIMASSOL, 11. Juni', 'am Mittwoch' -> 2025-06-11",
    "language": "de",
    "deals": [
        deal("almog-limassol-campus", ["Almog Cloud"], "project", 450 * M, "EUR", "approx",
             "2025-06-11", "announced",
             "Almog Cloud aus Herzlia will rund 450 Millionen Euro in einen Campus im Gewerbegebiet von Ypsonas westlich von Limassol investieren, wie das Unternehmen am Mittwoch bei einem Termin im zyprischen Energieministerium ankündigte.",
             kind_alt=["capex_plan"]),
        deal("eac-almog-ppa", ["Electricity Authority of Cyprus", "Almog Cloud"], "supply", 28 * M, "EUR", "up_to",
             "2025-06", "signed",
             "Beide Seiten unterschrieben einen Vorvertrag mit zwölf Jahren Laufzeit, dessen Volumen Almog auf bis zu 28 Millionen Euro jährlich beziffert.",
             per="year",
             note="'Beide Seiten' = EAC (previous sentence) and Almog; preliminary 12-year power contract, yearly volume"),
        deal("great-sea-interconnector", ["IPTO"], "project", int(1.9 * B), "EUR", "approx",
             None, "planned",
             "Das auf rund 1,9 Milliarden Euro veranschlagte Vorhaben des griechischen Netzbetreibers IPTO hängt allerdings seit Monaten fest; aus Brüssel sind 657 Millionen Euro Fördergeld zugesagt.",
             required=False,
             note="background: estimated cost of the Crete-Cyprus(-Israel) cable; the EU grant of €657m is not a deal"),
    ],
    "not_deals": ["27 Cent", "657 Millionen Euro", "bis zu 18 Millionen Euro", "9 bis 11 Millionen Euro je Megawatt",
                  "149 Euro", "390 Euro"],
}

# ---------------------------------------------------------------- 009
A["009_galil_nvidia_tensor_en.txt"] = {
    "published": "2025-08-20",
    "published_note": "from the byline 'August 20, 2025 at 7:15 a.m. ET'; 'said Tuesday' -> 2025-08-19",
    "language": "en",
    "deals": [
        deal("nvidia-galil-order-2025", ["Nvidia", "Galil Compute"], "supply", 400 * M, "USD", "approx",
             "2025-08-19", "signed",
             "Galil Compute, an Israeli GPU cloud that did not exist eighteen months ago, has placed an order with Nvidia for GB300 NVL72 systems worth roughly $400 million, the company said Tuesday.",
             alt=[(340 * M, "EUR")],
             note="GPU system order; the analysts' rack price ($3.7m) is not a deal"),
        deal("hapoalim-galil-facility-2025", ["Bank Hapoalim", "Galil Compute"], "other", 250 * M, "USD", "up_to",
             "2025-08", "signed",
             "To pay for it, the start-up has lined up a secured credit facility of up to $250 million from Bank Hapoalim, with the chips themselves pledged as collateral.",
             kind_alt=["investment"],
             note="GPU-backed credit facility; 'the start-up' = Galil Compute"),
        deal("ofek-galil-2024", ["Ofek Mivtachim", "Galil Compute"], "investment", 45 * M, "USD", "exact",
             "2024-12", "completed",
             "Galil raised $45 million from insurer Ofek Mivtachim in December and says it is talking to investors about more.",
             note="same round as 004; 'in December' -> 2024-12"),
        deal("galil-shaked-lease", ["Galil Compute", "Shaked Data Centers"], "other", 10 * M, "USD", "approx",
             "2025-05", "signed",
             "Galil agreed in May to pay Shaked roughly $10 million a year over ten years for that space.",
             per="year", kind_alt=["cloud_contract", "supply"], note="same lease as 007; 'in May' -> 2025-05"),
    ],
    "not_deals": ["$3.7 million", "about $30 million", "$140 million", "$3.95 per GPU-hour", "$175.64",
                  "$4.3 trillion", "$14.99 a month"],
}

# ---------------------------------------------------------------- 010
A["010_migdal_almog_pressedienst.txt"] = {
    "published": "2025-10-01",
    "published_note": "from the press-release dateline 'Limassol/Tel Aviv, 1. Oktober 2025'; 'am heutigen Mittwoch' = 2025-10-01; 'im Juni' -> June 2025",
    "language": "de",
    "deals": [
        deal("migdal-almog-jv", ["Migdal", "Almog Cloud"], "joint_venture", 200 * M, "EUR", "exact",
             "2025-10-01", "signed",
             "Über eine neue Gesellschaft mit dem Arbeitstitel „Almog Cyprus Holdings\" sollen zunächst 200 Millionen Euro Eigenkapital in den geplanten KI-Campus bei Limassol fließen, teilten die Partner am heutigen Mittwoch mit.",
             kind_alt=["investment"],
             note="partners named in the previous sentence; Migdal's share of €98m is a part of the deal, not a deal"),
        deal("almog-limassol-campus", ["Almog Cloud"], "project", 450 * M, "EUR", "approx",
             "2025-06", "announced",
             "Die Gesamtkosten des im Juni vorgestellten Projekts beziffert Almog unverändert auf rund 450 Millionen Euro.",
             kind_alt=["capex_plan"], note="same project as 008, presented 'im Juni'"),
        deal("bankofcyprus-almog-bridge", ["Bank of Cyprus", "Almog Cloud"], "other", 60 * M, "EUR", "exact",
             "2025-10-01", "signed",
             "Neben dem Eigenkapital der Partner stellt die Bank of Cyprus eine Zwischenfinanzierung über 60 Millionen Euro bereit, die später durch ein langfristiges Konsortialdarlehen abgelöst werden soll.",
             kind_alt=["investment"],
             note="bridge loan for the Almog project (borrower from context); announced with the press release"),
    ],
    "not_deals": ["98 Millionen Euro", "300 Milliarden Schekel", "41 Millionen Dollar"],
}

# ---------------------------------------------------------------- 011
A["011_nvidia_yarden_halbleiterwacht.html"] = {
    "published": "2025-11-13",
    "published_note": "from the visible line '13.11.2025 · 06:50 Uhr', <meta name='date'> and JSON-LD datePublished",
    "language": "de",
    "deals": [
        deal("nvidia-yarden-2025", ["Nvidia", "Yarden Photonics"], "acquisition", 450 * M, "USD", "approx",
             "2025", "negotiating",
             "Insidern zufolge liegt der Kaufpreis bei rund 450 Millionen Dollar, etwa 390 Millionen Euro; die Gespräche seien weit gediehen, eine Einigung könne in wenigen Wochen stehen.",
             alt=[(390 * M, "EUR")],
             note="talks from insiders; parties in the previous sentence ('der Konzern' = Nvidia, Yarden Photonics); 018 reports the agreement in December 2025, so only the year is given here"),
        deal("nvidia-runai-2024", ["Nvidia", "Run:ai"], "acquisition", 700 * M, "USD", "approx",
             "2024", "completed",
             "Die Übernahme von Run:ai für rund 700 Millionen Dollar war erst Ende 2024 abgeschlossen worden.",
             note="same takeover as 001; Nvidia from the previous sentence; 'Ende 2024' is the completion, so only the year"),
    ],
    "not_deals": ["rund 95 Millionen Dollar", "310 Millionen Dollar", "186,20 $", "88,05 $", "899 Euro",
                  "3,99 Euro im Monat"],
}

# ---------------------------------------------------------------- 012
A["012_nvidia_kiryat_tivon_nahostbrief.txt"] = {
    "published": "2025-12-10",
    "published_note": "from the byline 'Von Itai Rosenwald, Tel Aviv | 10.12.2025'; 'am Dienstag' -> 2025-12-09",
    "language": "de",
    "deals": [
        deal("nvidia-ila-land-2025", ["Nvidia", "Israel Land Authority"], "acquisition", 90 * M, "EUR", "approx",
             "2025-12-09", "signed",
             "Nach Angaben aus dem Rathaus zahlt der Chipkonzern dafür knapp 340 Millionen Schekel, umgerechnet rund 90 Millionen Euro.",
             alt=[(105 * M, "USD")], kind_alt=["other"],
             note="land purchase agreed 'am Dienstag' with the Israelischen Landbehörde (previous sentence); NIS 340m annotated in EUR; 018 gives about $105m"),
        deal("nvidia-kiryat-tivon-campus", ["Nvidia"], "project", 3 * B, "USD", "approx",
             "2025-12", "planned",
             "Insgesamt will Nvidia in den Campus rund drei Milliarden Dollar investieren, hieß es aus dem Umfeld des Konzerns; offiziell spricht Nvidia nur von einem „Milliardenbetrag“.",
             term=[None, "2031"], kind_alt=["capex_plan"],
             note="amount in words from people close to the company; built in phases until 2031"),
        deal("intel-kiryat-gat", ["Intel"], "project", 25 * B, "USD", "exact",
             "2023", "announced",
             "· Zum Vergleich: Intel hatte Ende 2023 für Kirjat Gat 25 Milliarden Dollar angekündigt, die Erweiterung liegt aber weiter auf Eis.",
             required=False, kind_alt=["capex_plan"], note="background comparison; same plan as 003"),
    ],
    "not_deals": ["260 Millionen Schekel", "35 Millionen Schekel im Jahr", "1,2 bis 1,5 Milliarden Schekel",
                  "7.800 Schekel im Monat", "4,4 Billionen Dollar", "mehr als 200 Milliarden Dollar", "2.150 Schekel",
                  "Einzelausgabe 12 Euro", "420 Euro"],
}

# ---------------------------------------------------------------- 013
A["013_almog_ypsonas_akamas_en.txt"] = {
    "published": "2026-02-18",
    "published_note": "from the issue line 'Vol. 9, No. 7 · 18-24 February 2026' (first day); 'on Monday' -> 2026-02-16",
    "language": "en",
    "deals": [
        deal("cyta-almog-fibre", ["Cyta", "Almog Cloud"], "supply", 14 * M, "EUR", "exact",
             "2026-02-16", "signed",
             "The most concrete came on Monday: Cyta, the semi-state telecoms group, will lay two diverse fibre routes to the campus and connect it to the cable landing stations at Yeroskipou and Pentaskinos in a deal worth €14 million over five years, both companies said.",
             kind_alt=["other"], note="'the campus' = Almog's Ypsonas campus (previous paragraph); five-year term, total value"),
        deal("almog-limassol-campus", ["Almog Cloud"], "project", 450 * M, "EUR", "approx",
             None, "announced",
             "The project itself is still budgeted at about €450 million, chief executive Liora Weiss said, despite higher steel and transformer prices.",
             kind_alt=["capex_plan"], note="same project as 008/010; restated without a date"),
        opt("migdal-almog-jv", ["Migdal", "Almog Cloud"], "joint_venture", "2025-10", "signed",
            "Its equity comes largely through the joint venture Almog set up with Israeli insurer Migdal in October.",
            note="same joint venture as 010, no amount; 'in October' -> 2025-10", kind_alt=["investment"]),
        deal("eac-almog-ppa", ["Electricity Authority of Cyprus", "Almog Cloud"], "supply", 28 * M, "EUR", "up_to",
             None, "signed",
             "The twelve-year power deal with the Electricity Authority of Cyprus, worth up to €28 million a year, is now final, she added.",
             per="year", note="same power contract as 008 (now final); Almog from context; no date given for the final signing"),
        deal("microsoft-almog-rumour", ["Microsoft", "Almog Cloud"], "cloud_contract", 1 * B, "USD", "up_to",
             "2026", "rumored",
             "Weiss dismissed reports in Israeli media that Microsoft would lease half of the first phase in a deal worth up to $1 billion as \"speculation\".",
             required=False, kind_alt=["other"], note="denied rumour -> optional"),
        deal("great-sea-interconnector", ["IPTO"], "project", int(1.9 * B), "EUR", "at_least",
             None, "planned",
             "Nicosia and Athens still disagree over who pays for delays on IPTO's cable, whose price tag has crept above €1.9 billion.",
             required=False,
             note="background, same cable as 008 (the Great Sea Interconnector, previous sentence); 'above' -> at_least"),
    ],
    "not_deals": ["€2.50", "a little over €400 million", "around €11 million", "€1.3 million a year",
                  "€140 per square metre", "€25 million scheme", "€45 per person", "€95 a year"],
}

# ---------------------------------------------------------------- 014
A["014_galil_interview_kuehlturm.txt"] = {
    "published": None,
    "published_note": "no date at all (only 'Lesezeit: 6 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        deal("nvidia-galil-order-2025", ["Nvidia", "Galil Compute"], "supply", 400 * M, "USD", "exact",
             None, "signed",
             "Herr Bar-Lev, Ihre Firma ist keine zwei Jahre alt und hat schon Hardware für 400 Millionen Dollar bei Nvidia bestellt.",
             note="same order as 009; 'Ihre Firma' = Galil Compute (intro)"),
        deal("hapoalim-galil-facility-2025", ["Bank Hapoalim", "Galil Compute"], "other", 250 * M, "USD", "up_to",
             None, "signed",
             "Die Bank Hapoalim hat uns eine Kreditlinie von bis zu 250 Millionen Dollar eingeräumt, besichert mit den Grafikprozessoren selbst.",
             kind_alt=["investment"], note="same facility as 009; 'uns' = Galil Compute"),
        deal("nvidia-galil-round-2026", ["Nvidia", "Galil Compute"], "investment", 150 * M, "USD", "range",
             None, "negotiating",
             "Nur so viel: Wir sprechen gerade über eine Runde zwischen 150 und 200 Millionen Dollar, und Nvidia kennt uns sehr gut.",
             amount_max=200 * M, alt=[(180 * M, "USD"), (165 * M, "EUR")],
             note="round under negotiation, Nvidia named as rumoured lead in the question; 015 reports it closed at $180m (alt_amounts)"),
        opt("nvidia-kiryat-tivon-campus", ["Nvidia"], "project", None, "planned",
            "Nvidia baut in Kirjat Tiwon einen riesigen Campus, eine halbe Stunde von Ihnen entfernt.",
            note="same campus as 012, no amount", kind_alt=["capex_plan"]),
    ],
    "not_deals": ["3,60 Dollar pro GPU-Stunde", "55.000 Schekel im Monat", "rund 30 Millionen Dollar",
                  "drei Ausgaben für 15 Euro"],
}

# ---------------------------------------------------------------- 015
A["015_galil_nvidia_zedern.txt"] = {
    "published": "2026-03-12",
    "published_note": "from the line '12.03.2026 – 07:05'; 'am Mittwoch' -> 2026-03-11; 'im vergangenen Sommer' -> 2025",
    "language": "de",
    "deals": [
        deal("nvidia-galil-round-2026", ["Nvidia", "Galil Compute"], "investment", 180 * M, "USD", "exact",
             "2026-03-11", "completed",
             "Galil Compute aus Haifa hat eine Finanzierungsrunde über 180 Millionen Dollar (rund 165 Millionen Euro) abgeschlossen, die von Nvidia angeführt wird, wie das Unternehmen am Mittwoch mitteilte.",
             alt=[(165 * M, "EUR")],
             note="second Nvidia–Galil deal (the first is the 2025 order); pre-money valuation not a deal"),
        deal("nvidia-galil-order-2025", ["Nvidia", "Galil Compute"], "supply", 400 * M, "USD", "approx",
             "2025-08", "signed",
             "Nvidia ist für Galil zugleich der wichtigste Lieferant: Im August 2025 hatte das Start-up GB300-Systeme für rund 400 Millionen Dollar bei dem Konzern bestellt, die seit Januar nach und nach in einer Halle von Shaked Data Centers im Norden Israels ans Netz gehen.",
             note="same order as 009; month only"),
        deal("hapoalim-galil-increase-2026", ["Bank Hapoalim", "Galil Compute"], "other", 150 * M, "USD", "exact",
             "2026-03", "signed",
             "Zudem stockt die Bank Hapoalim die im vergangenen Sommer vereinbarte Kreditlinie um 150 Millionen Dollar auf.",
             kind_alt=["investment"],
             note="increase of the 2025 facility: a different deal; Galil from context; the total 'bis zu 400 Millionen Dollar an Fremdmitteln' is not a deal"),
        opt("hapoalim-galil-facility-2025", ["Bank Hapoalim", "Galil Compute"], "other", "2025", "signed",
            "Zudem stockt die Bank Hapoalim die im vergangenen Sommer vereinbarte Kreditlinie um 150 Millionen Dollar auf.",
            note="the original facility of 009, referred to without its amount ('im vergangenen Sommer' -> 2025)",
            kind_alt=["investment"]),
        deal("galil-capex-2026", ["Galil Compute"], "capex_plan", int(1.3 * B), "USD", "approx",
             "2026-03", "planned",
             "Dafür will das Unternehmen bis dahin rund 1,3 Milliarden Dollar investieren, einen Teil davon in einen zweiten Standort im Süden des Landes.",
             term=[None, "2027"], note="'das Unternehmen' = Galil; 'bis dahin' = end of 2027 (previous sentence)"),
        deal("galil-shaked-lease", ["Galil Compute", "Shaked Data Centers"], "other", 10 * M, "USD", "approx",
             None, "signed",
             "Für die Miete der bisherigen Halle zahlt Galil nach früheren Angaben rund zehn Millionen Dollar im Jahr.",
             per="year", kind_alt=["cloud_contract", "supply"],
             note="same lease as 007; the hall belongs to Shaked Data Centers (named two paragraphs earlier); amount in words"),
    ],
    "not_deals": ["knapp 1,1 Milliarden Dollar", "34 Millionen Dollar", "bis zu 400 Millionen Dollar an Fremdmitteln",
                  "181,40 Dollar", "mehr als vier Milliarden Dollar", "400 Millionen Schekel"],
}

# ---------------------------------------------------------------- 016
A["016_marvell_nitzan_kinneret_en.txt"] = {
    "published": "2026-05-20",
    "published_note": "from 'May 20, 2026 · 16:10 GMT' and the dateline 'TEL AVIV, May 20'",
    "language": "en",
    "deals": [
        deal("marvell-nitzan-2026", ["Marvell", "Nitzan Silicon"], "acquisition", int(1.1 * B), "USD", "approx",
             "2026", "negotiating",
             "TEL AVIV, May 20 (Kinneret Wire) - Marvell Technology is in advanced talks to acquire Nitzan Silicon, a Haifa-based designer of inference chips, for about $1.1 billion in cash and stock, two people involved in the negotiations told Kinneret Wire on Wednesday, asking not to be named.",
             alt=[(int(1.08 * B), "USD"), (930 * M, "EUR")],
             note="talks from sources (reported 2026-05-20); 017 reports the signing on 2026-07-13 at $1.08bn, so only the year is given here; Tavor's $240m share is not a deal"),
        deal("tavor-nitzan-seriesb-2025", ["Tavor Capital", "Nitzan Silicon"], "investment", 85 * M, "USD", "exact",
             "2025-01", "completed",
             "Nitzan, founded in 2021, last raised money in January 2025, when Tavor Capital led an $85 million Series B that valued it at about $520 million.",
             note="same round as 005; month only"),
        deal("nvidia-runai-2024", ["Nvidia", "Run:ai"], "acquisition", 700 * M, "USD", "approx",
             "2024", "completed",
             "Nvidia paid roughly $700 million for Run:ai in 2024 and took over optical-interconnect specialist Yarden Photonics for about $450 million in a deal that closed in January.",
             required=False, note="background, same takeover as 001"),
        deal("nvidia-yarden-2025", ["Nvidia", "Yarden Photonics"], "acquisition", 450 * M, "USD", "approx",
             None, "completed",
             "Nvidia paid roughly $700 million for Run:ai in 2024 and took over optical-interconnect specialist Yarden Photonics for about $450 million in a deal that closed in January.",
             required=False, note="background, same purchase as 011/018; the closing month is not the agreement date"),
    ],
    "not_deals": ["about $520 million", "about $240 million", "$35 million to $45 million", "more than $20 billion",
                  "$96.12", "around $83 billion", "NIS 1.2 billion a year"],
}

# ---------------------------------------------------------------- 017
A["017_marvell_nitzan_depotblick.txt"] = {
    "published": "2026-07-14",
    "published_note": "from the line '14.07.2026 | 09:12 Uhr'; 'am Montag' -> 2026-07-13; 'Im Juni' -> June 2026",
    "language": "de",
    "deals": [
        deal("marvell-nitzan-2026", ["Marvell", "Nitzan Silicon"], "acquisition", int(1.08 * B), "USD", "exact",
             "2026-07-13", "signed",
             "Der US-Chipentwickler Marvell Technology übernimmt das Haifaer Start-up Nitzan Silicon für 1,08 Milliarden Dollar, umgerechnet knapp 930 Millionen Euro.",
             alt=[(930 * M, "EUR")],
             note="signed 'am Montag' (next sentence); the cash part of about $650m and Tavor's proceeds are not deals"),
        deal("tavor-nitzan-seriesb-2025", ["Tavor Capital", "Nitzan Silicon"], "investment", 85 * M, "USD", "exact",
             "2025-01", "completed",
             "Noch im Januar 2025 hatte Tavor Capital eine Serie-B-Runde über 85 Millionen Dollar angeführt.",
             note="same round as 005; Nitzan from the previous sentence"),
        deal("galil-nitzan-order-2026", ["Galil Compute", "Nitzan Silicon"], "supply", 60 * M, "USD", "exact",
             "2026-06", "signed",
             "Im Juni hatte Galil Compute, ein GPU-Cloud-Anbieter aus Haifa, bei Nitzan Inferenzbeschleuniger für 60 Millionen Dollar bestellt; Marvell will den Vertrag übernehmen und ausbauen.",
             note="'Im Juni' -> 2026-06"),
    ],
    "not_deals": ["Rund 650 Millionen Dollar", "gut 230 Millionen Dollar", "101,30 Dollar", "40 Millionen Dollar im laufenden Jahr",
                  "118 Dollar", "8,2 Mrd. $", "ca. 87 Mrd. $", "4,90 Euro"],
}

# ---------------------------------------------------------------- 018
A["018_nvidia_kochav_haifabay_en.html"] = {
    "published": "2026-08-19",
    "published_note": "from the visible byline 'Wednesday, August 19, 2026', <meta name='parsely-pub-date'> and JSON-LD; 'on Monday' -> 2026-08-17; 'last December' / 'in December' -> 2025-12",
    "language": "en",
    "deals": [
        deal("nvidia-kochav-construction", ["Nvidia", "Kochav Engineering"], "other", 435 * M, "USD", "approx",
             "2026-08-17", "signed",
             "The contract, signed on Monday, is worth about NIS 1.4 billion ($435 million) and covers three office buildings, a lab block and an underground car park for 2,400 vehicles, both companies said.",
             kind_alt=["project", "supply"],
             note="construction contract for the campus's first phase; parties in the previous sentence; NIS 1.4bn annotated in USD"),
        deal("nvidia-kiryat-tivon-campus", ["Nvidia"], "project", 3 * B, "USD", "approx",
             "2025-12", "planned",
             "Nvidia unveiled the campus last December and has said it will put around $3 billion into it by 2031.",
             term=[None, "2031"], kind_alt=["capex_plan"], note="same campus as 012"),
        deal("nvidia-ila-land-2025", ["Nvidia", "Israel Land Authority"], "acquisition", 105 * M, "USD", "approx",
             None, "completed",
             "Earthworks on the 90-dunam plot, bought from the Israel Land Authority for NIS 340 million (roughly $105 million), began in June.",
             kind_alt=["other"], note="same land purchase as 012 (there in EUR); buyer Nvidia from the previous sentence; no purchase date given"),
        deal("nvidia-yarden-2025", ["Nvidia", "Yarden Photonics"], "acquisition", 450 * M, "USD", "approx",
             "2025-12", "completed",
             "The site will also house the optical-interconnect team of Yarden Photonics, the Yokneam start-up Nvidia agreed to buy in December for about $450 million and took over in January.",
             note="same purchase as 011 (talks) and 016; agreed in December 2025, completed January 2026"),
    ],
    "not_deals": ["NIS 2.1 billion", "NIS 61.40", "NIS 120 million", "NIS 2.6 million", "$203.15",
                  "NIS 1,990 a month", "NIS 24.90 a month"],
}

# ---------------------------------------------------------------- 019
A["019_shaked_leumi_ramatgan_en.txt"] = {
    "published": "2026-09-23",
    "published_note": "from the edition line 'Edition 112 - 23.9.2026' (day.month.year); 'on Tuesday' -> 2026-09-22, 'On the same day' -> 2026-09-22",
    "language": "en",
    "deals": [
        deal("leumi-shaked-refi-2026", ["Bank Leumi", "Shaked Data Centers"], "other", 500 * M, "USD", "approx",
             "2026-09-22", "signed",
             "Bank Leumi has agreed to refinance Shaked Data Centers with a syndicated loan of NIS 1.6 billion (about $500 million), the developer told bondholders on Tuesday.",
             kind_alt=["investment"],
             note="second Leumi–Shaked loan, replacing the 2024 one; NIS 1.6bn annotated in USD; syndicate members are not parties"),
        deal("leumi-shaked-loan-2024", ["Bank Leumi", "Shaked Data Centers"], "other", 297 * M, "USD", "approx",
             "2024-07", "signed",
             "The seven-year facility replaces the NIS 1.1 billion construction loan Leumi granted in July 2024, then worth about $297 million, which carried a margin of prime plus 1.9 points; the new one is priced at prime plus 1.15, according to the filing.",
             kind_alt=["investment"], note="same loan as 003 (there in EUR)"),
        deal("opc-shaked-jv-2026", ["OPC Energy", "Shaked Data Centers"], "joint_venture", 280 * M, "USD", "exact",
             "2026-09-22", "signed",
             "On the same day Shaked and OPC Energy agreed to build a 150-megawatt gas-fired plant next to Shaked's Modi'in campus through a new joint venture, with a planned investment of NIS 900 million ($280 million).",
             kind_alt=["project"], note="'On the same day' = Tuesday 2026-09-22; NIS 900m annotated in USD"),
        deal("shaked-bond-2026", ["Shaked Data Centers"], "other", 155 * M, "USD", "approx",
             "2026-09", "planned",
             "People involved in the preparations mentioned \"around half a billion shekels\", or some $155 million.",
             required=False, kind_alt=["investment"],
             note="planned debut bond, size only from people involved; a debt issue, optional"),
        opt("harel-shaked-stake-2025", ["Harel", "Shaked Data Centers"], "investment", "2025-05", "completed",
            "- Harel, the 25% shareholder since May 2025, marked its stake at NIS 610 million in its half-year report.",
            note="reference to the 2025 stake purchase (007) without its price; NIS 610m is a valuation, not a deal",
            kind_alt=["acquisition"]),
    ],
    "not_deals": ["NIS 14 million", "NIS 162 million", "NIS 610 million", "NIS 12 billion to NIS 15 billion",
                  "NIS 2,400"],
}

# ---------------------------------------------------------------- 020
A["020_eastern_med_digest_en.txt"] = {
    "published": "2026-11-12",
    "published_note": "from the issue line 'Issue #88 | 12 November 2026'; 'in September' -> 2026-09, 'in July' -> 2026-07, 'last year' -> 2025",
    "language": "en",
    "deals": [
        deal("opc-almog-takeover-2026", ["OPC Energy", "Almog Cloud"], "acquisition", 310 * M, "EUR", "approx",
             "2026-09", "cancelled",
             "OPC Energy has ended talks to buy Almog Cloud, the developer behind the Ypsonas campus near Limassol, for about €310 million, both companies confirmed on Tuesday.",
             note="talks ended (confirmed 2026-11-10); the date is that of the talks, 'first reported in September'"),
        opt("opc-shaked-jv-2026", ["OPC Energy", "Shaked Data Centers"], "joint_venture", None, "signed",
            "OPC will concentrate on the gas plant it is building with Shaked Data Centers in Modi'in.",
            note="same joint venture as 019, no amount", kind_alt=["project"]),
        deal("migdal-almog-jv", ["Migdal", "Almog Cloud"], "joint_venture", 200 * M, "EUR", "exact",
             "2025", "signed",
             "Almog says the Cyprus project is unaffected and financed through the joint venture with Migdal, which put up €200 million of equity last year.",
             kind_alt=["investment"], note="same joint venture as 010; 'last year' -> 2025"),
        deal("marvell-nitzan-2026", ["Marvell", "Nitzan Silicon"], "acquisition", int(1.08 * B), "USD", "exact",
             "2026-07", "completed",
             "Marvell completed its $1.08 billion acquisition of Haifa-based Nitzan Silicon on 2 November, four months after the deal was agreed in July.",
             note="same takeover as 016/017; completed 2026-11-02, agreed in July"),
        deal("leumi-galil-compute-2026", ["Bank Leumi", "Galil Compute"], "cloud_contract", 95 * M, "USD", "exact",
             "2026-11", "signed",
             "Bank Leumi has signed a three-year contract worth $95 million with Galil Compute for dedicated GPU capacity in Haifa, the neocloud said.",
             note="reported this week -> 2026-11; three-year term"),
    ],
    "not_deals": ["around $3.40", "$38 billion", "€0.24", "NIS 3.1 billion", "€390"],
}


ABOUT = (
    "Hand-annotated deals in the 101st held-out test corpus (tests/corpus101/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: AI and data centres in Israel and Cyprus (Nvidia's Israeli purchases and "
    "campus, Israeli chip start-ups and their buyers, data-centre developers, banks, institutional investors, "
    "power producers) and German coverage of them. One entry per article; a deal that several articles report "
    "carries the same id in each. 'required': false marks vague, background or amount-less mentions that an "
    "extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting "
    "one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is "
    "exact | approx | up_to | at_least | range; 'per' ('year') marks a rate. Israeli shekel (NIS, Schekel) is "
    "not an allowed currency: every shekel deal in the articles also carries a USD or EUR figure, and that is "
    "the one annotated. 'alt_amounts' gives the same deal's amount as another article (or the same article) "
    "states it in another currency or at another precision. 'date' is when the deal was announced or agreed "
    "(YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's date line, dateline, byline, issue line, or only the meta tag / JSON-LD for 004; null for the "
    "undated interview 014); seasons become the year; talks that later lead to an agreement carry only the "
    "year; a cancelled deal keeps the date of the talks; 'term' is the period the deal covers where the text "
    "gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles "
    "the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: "
    "Shaked Data Centers, Almog Cloud, Nitzan Silicon, Arava Hashmal, Ofek Mivtachim, Tavor Capital, Galil "
    "Compute, Yarden Photonics, Kochav Engineering; invented publications, people and advertisers are listed "
    "in invented_names.txt; real companies' deals are partly real, partly invented or shifted (see README.md). "
    "Nothing here is reporting."
)


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
