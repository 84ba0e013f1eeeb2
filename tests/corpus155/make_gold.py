#!/usr/bin/env python3
"""Write gold.json for tests/corpus155 (the hand annotation, kept as a script).

Usage: python3 tests/corpus155/make_gold.py
Edit the annotation here, run the script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

KEY_ORDER = ["id", "parties", "kind", "amount", "amount_max", "currency", "qualifier", "date",
             "status", "required", "term", "per", "alt_amounts", "kind_alt", "note", "evidence"]


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
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
    return {k: d[k] for k in KEY_ORDER if k in d}


def NOAMOUNT(id, parties, kind, date, status, evidence, required=False, kind_alt=None, note=None):
    return D(id, parties, kind, None, None, None, date, status, evidence, required=required,
             kind_alt=kind_alt, note=note)


A = {}

# ---------------------------------------------------------------------------------------------
A["001_gehc_mim_topsail_en.txt"] = {
    "published": "2024-01-05",
    "published_note": "from the header 'January 5, 2024 · 07:15 ET'; dateline 'CHICAGO, Jan 4'; 'said on Thursday' -> 2024-01-04",
    "language": "en",
    "deals": [
        D("gehc-mim", ["GE HealthCare", "MIM Software"], "acquisition", 275_000_000, "USD", "approx",
          "2024-01-04", "signed",
          "CHICAGO, Jan 4 (Topsail) - GE HealthCare Technologies has agreed to acquire MIM Software, a Cleveland developer of image-fusion and radiation-dosimetry programs, for about $275 million in cash, the Chicago-based maker of scanners and ultrasound machines said on Thursday.",
          note="'the Chicago-based maker of scanners' = GE HealthCare; closing expected before July"),
        NOAMOUNT("gehc-caption-health", ["GE HealthCare", "Caption Health"], "acquisition", "2023",
                 "completed",
                 "In 2023 GE HealthCare took over Caption Health, whose guidance software talks nurses through cardiac ultrasound exams; the price of that transaction was never published.",
                 note="background, price never published -> optional"),
        D("gehc-bexley-study", ["GE HealthCare", "Bexley Ridge Medical Center"], "partnership",
          12_000_000, "USD", "exact", "2024-01-04", "signed",
          "GE HealthCare will fund a three-year study at Bexley Ridge Medical Center in Grand Rapids, Michigan, that tests automated dose planning on 4,000 patients, paying the hospital twelve million dollars over the term.",
          kind_alt=["other"],
          note="research payment to a hospital; disclosed together with the takeover ('Alongside the takeover, the company disclosed'), so the Thursday date"),
    ],
    "not_deals": ["$40 million", "$92 price target", "$76.12", "$19.5 billion", "$3.1 billion",
                  "$19 monthly"],
}

# ---------------------------------------------------------------------------------------------
A["002_draeger_atemwerk_wakenitz.txt"] = {
    "published": "2024-03-14",
    "published_note": "dateline without year 'Lübeck, 14. März (wr)'; the year from the copyright line '© 2024 Wakenitz-Rundschau'; 'am Dienstag' -> 2024-03-12",
    "language": "de",
    "deals": [
        D("draeger-atemwerk-stake", ["Dräger", "Atemwerk Analytics"], "investment", 20_000_000, "EUR",
          "approx", "2024-03-12", "signed",
          "Knapp 20 Millionen Euro lässt sich das Medizintechnikunternehmen Drägerwerk den Einstieg bei einem Nachbarn kosten.",
          kind_alt=["acquisition"],
          note="'knapp' -> approx; the target (25,1 % of Atemwerk Analytics, 'der Konzern' = Dräger) and the signing 'am Dienstag' in the next sentences; 017 restates it; different from Dräger's monthly licence fee in 017"),
        D("ilmtal-atemwerk-seed", ["Ilmtal Health Capital", "Atemwerk Analytics"], "investment",
          3_500_000, "EUR", "exact", "2022", "completed",
          "Er hatte im Herbst 2022 in einer Seed-Runde 3,5 Millionen Euro beigesteuert und bleibt Gesellschafter.",
          note="'Er' = Ilmtal Health Capital (previous sentence), Atemwerk from the paragraph; 'im Herbst 2022' -> the year"),
        D("luebeck-atemwerk-land", ["Hansestadt Lübeck", "Atemwerk Analytics"], "acquisition",
          1_100_000, "EUR", "exact", "2024-03", "planned",
          "Die Wirtschaftsförderung hat dem Start-up eine rund 6.000 Quadratmeter große Fläche im Gewerbegebiet an der Hafenstraße angeboten; über den Verkauf für 1,1 Millionen Euro soll die Bürgerschaft im April entscheiden.",
          kind_alt=["other"],
          note="land sale offered by the city ('Auch die Hansestadt will Atemwerk halten'), council vote pending -> planned; month of the article"),
    ],
    "not_deals": ["68.000 Euro", "800.000 Euro", "3,4 Milliarden Euro", "49,60 Euro",
                  "20 Millionen für ein Programm"],
}

# ---------------------------------------------------------------------------------------------
A["003_healthineers_voxelhain_aktienfernrohr.txt"] = {
    "published": "2024-05-17",
    "published_note": "from the stock-portal stamp '17.05.2024 | 09:42 Uhr'; 'am Mittwoch' -> 2024-05-15",
    "language": "de",
    "deals": [
        D("healthineers-voxelhain", ["Siemens Healthineers", "Voxelhain"], "acquisition", 170_000_000,
          "EUR", "range", "2024", "rumored",
          "Insidern zufolge verhandelt das Unternehmen über die Komplettübernahme der Voxelhain GmbH, im Gespräch sei ein Kaufpreis zwischen 170 und 190 Millionen Euro.",
          amount_max=190_000_000, alt=[(185_000_000, "EUR"), (205_000_000, "USD")],
          note="rumour from insiders, 'das Unternehmen' = Siemens Healthineers; signed in 007 (EUR 185m, 2024-09-09) and restated in 009 (no amount) and 014 (USD 205m) -> alt_amounts; only the year, so that the shared id's dates agree with the signing"),
        D("healthineers-hallertauer-lease", ["Siemens Healthineers", "Hallertauer Rechenwerk"],
          "cloud_contract", 40_000_000, "EUR", "approx", "2024-05-15", "signed",
          "Dafür zahlt Siemens Healthineers jährlich rund 40 Millionen Euro, beginnend im Juli.",
          per="year", term=["2024-07", "2029"],
          note="yearly rate over five years; the provider (Hallertauer Rechenwerk AG) in the previous sentence; announced 'am Mittwoch'; 015 restates it next to the second, different contract of the pair (EUR 320m cluster)"),
    ],
    "not_deals": ["52,18 EUR", "14 Millionen Euro", "23,40 Euro", "62 Euro",
                  "zwischen 2,15 und 2,35 Euro", "knapp 59 Milliarden Euro", "610 Millionen Euro",
                  "51,21 EUR", "0,95 EUR", "500 Euro"],
}

# ---------------------------------------------------------------------------------------------
A["004_philips_aws_radiantledger_en.html"] = {
    "published": "2024-06-12",
    "published_note": "from <meta property='article:published_time'> and <time datetime='2024-06-12T06:30:00-04:00'> (visible 'June 12, 2024'); 'on Tuesday' -> 2024-06-11",
    "language": "en",
    "deals": [
        D("philips-aws-cloud", ["Philips", "Amazon"], "cloud_contract", 900_000_000, "USD", "approx",
          "2024-06-11", "signed",
          "The Dutch health-technology company will pay Amazon Web Services about $900 million over eight years to host its HealthSuite imaging platform and to train diagnostic models on AWS chips, it said on Tuesday.",
          term=["2024", "2032"], alt=[(830_000_000, "EUR")],
          note="'The Dutch health-technology company' = Royal Philips (previous sentence); 005 retells it in EUR with the month only, 016 restates it"),
        D("cedarwick-philips-archive", ["Cedarwick Health", "Philips"], "supply", 65_000_000, "USD",
          "exact", "2024-06", "signed",
          "Cedarwick Health, a nine-hospital system based in Columbus, has signed a seven-year contract with Philips worth $65 million for the cloud archive, the reading software and support.",
          kind_alt=["cloud_contract"], note="no signing day given -> month of the article"),
    ],
    "not_deals": ["$4 million a year", "$3.2 billion", "$4.6 billion", "$38", "€18.2 billion",
                  "$1,295", "$2,400 a month", "$149 per year"],
}

# ---------------------------------------------------------------------------------------------
A["005_medtech_woche_skalpell.txt"] = {
    "published": "2024-07-05",
    "published_note": "from the issue line 'Ausgabe 27/2024 · Freitag, 5. Juli 2024'; 'am Montag' -> 2024-07-01; 'vergangene Woche' -> 2024-06",
    "language": "de",
    "deals": [
        D("philips-aws-cloud", ["Philips", "Amazon"], "cloud_contract", 830_000_000, "EUR", "approx",
          "2024-06", "signed",
          "Rund 830 Millionen Euro überweist Philips dafür an die Amazon-Tochter, die künftig das Bildarchiv HealthSuite betreibt und die Rechenleistung für das Training diagnostischer Modelle stellt.",
          note="same contract as 004 (USD 900m), here in EUR and with the month only ('im Juni')"),
        D("roche-vogelsberg-sepsis", ["Roche", "Klinikverbund Vogelsberg-Lahn"], "partnership",
          12_000_000, "EUR", "exact", "2024-07-01", "signed",
          "Der Diagnostikkonzern trägt über vier Jahre insgesamt 12 Millionen Euro; im Gegenzug stellt der Verbund pseudonymisierte Labordaten aus fünf Häusern bereit und stellt zwei Studienärztinnen frei.",
          kind_alt=["other"], term=["2024", "2028"],
          note="'Der Diagnostikkonzern' = Roche Diagnostics, 'der Verbund' = Klinikverbund Vogelsberg-Lahn; agreed 'am Montag' (previous sentence)"),
        D("fmc-filtrano-seriesa", ["Fresenius Medical Care", "Filtrano"], "investment", 18_000_000,
          "EUR", "exact", "2024-06", "completed",
          "Das Wiener Start-up Filtrano, dessen Software den Flüssigkeitsentzug während der Dialyse in Echtzeit anpasst, hat vergangene Woche 18 Millionen Euro eingeworben.",
          note="lead investor Fresenius Medical Care in the next sentence (Pinecairn Bio Ventures also in); 'vergangene Woche' -> June 2024; different from FMC's 2025 takeover of Filtrano (013)"),
        D("philips-magnevo-stake", ["Philips", "Magnevo Labs"], "investment", 9_000_000, "EUR",
          "exact", "2024-07", "signed",
          "Philips beteiligt sich an Magnevo Labs: Der Konzern steckt 9 Millionen Euro in das Delfter Start-up, das MRT-Aufnahmen mit KI schneller rekonstruiert.",
          note="minority stake; different from Philips' 2026 takeover of Magnevo Labs (016); week of the issue -> month"),
    ],
    "not_deals": ["rund 70 Millionen Euro", "weitere 50 Millionen Euro", "22.000 Euro je Stück",
                  "89 Euro", "240 Euro"],
}

# ---------------------------------------------------------------------------------------------
A["006_brisbury_healthineers_aireexaminer_en.txt"] = {
    "published": "2024-07-18",
    "published_note": "from the line 'Business | Thursday 18 July 2024'; 'on Wednesday' -> 2024-07-17; 'last week' -> 2024-07",
    "language": "en",
    "deals": [
        D("healthineers-brisbury-seriesb", ["Siemens Healthineers", "Brisbury Scan AI"], "investment",
          25_000_000, "GBP", "exact", "2024-07-17", "completed",
          "A Leeds company whose software spots broken bones on X-rays has raised £25 million from a group led by Siemens Healthineers, in one of the largest funding rounds for a Yorkshire health-tech business this year.",
          note="the company (Brisbury Scan AI) and the confirmation 'on Wednesday' in the next sentence; 'The Erlangen-based maker of scanners' = Siemens Healthineers leads"),
        D("gehc-intelligent-ultrasound", ["GE HealthCare", "Intelligent Ultrasound"], "acquisition",
          50_000_000, "GBP", "approx", "2024-07", "signed",
          "GE HealthCare agreed last week to pay roughly £50 million (about $64 million) for the clinical AI business of Intelligent Ultrasound Group, the Cardiff company whose ScanNav software checks the quality of pregnancy scans as they are taken.",
          alt=[(64_000_000, "USD")], note="purchase of a business unit; 'last week' -> month"),
    ],
    "not_deals": ["£110 million", "£6.8 million", "£4.1 million", "£21 million", "£65,000",
                  "£32 per square foot"],
}

# ---------------------------------------------------------------------------------------------
A["007_voxelhain_uebernahme_regnitzbote.html"] = {
    "published": "2024-09-10",
    "published_note": "from <meta name='date' content='2024-09-10T06:00:00+02:00'> and the visible line 'Erlangen · 10.09.2024, 06:00 Uhr'; 'seit Montag' -> 2024-09-09",
    "language": "de",
    "deals": [
        D("healthineers-voxelhain", ["Siemens Healthineers", "Voxelhain"], "acquisition", 185_000_000,
          "EUR", "exact", "2024-09-09", "signed",
          "Für 185 Millionen Euro übernimmt Siemens Healthineers sämtliche Anteile der Voxelhain GmbH, teilten beide Unternehmen am Nachmittag mit.",
          note="the rumour of 003, now signed ('seit Montag unterschrieben', previous sentence); headline compound '185-Millionen-Euro-Übernahme'"),
        D("helios-voxelhain-licence", ["Helios Kliniken", "Voxelhain"], "other", 600_000, "EUR",
          "approx", None, "signed",
          "Der Klinikbetreiber setzt die Vermessungssoftware in 23 seiner Häuser ein und zahlt dafür pro Quartal rund 600.000 Euro.",
          per="quarter", term=[None, "2026"], kind_alt=["supply"],
          note="'Der Klinikbetreiber' = 'die Fresenius-Tochter Helios' (previous sentence); software licence running to the end of 2026; signing date not given"),
    ],
    "not_deals": ["rund 120 Millionen Euro", "812 Millionen Euro", "21,7 Milliarden Euro",
                  "50,84 Euro", "Tagesticket 45 Euro", "9,90 Euro im Monat"],
}

# ---------------------------------------------------------------------------------------------
A["008_medtronic_polypwise_scopewire_en.txt"] = {
    "published": "2024-10-08",
    "published_note": "from the byline 'Oct 8, 2024, 5:40 am PT'; 'on Monday' -> 2024-10-07; 'last month' -> 2024-09",
    "language": "en",
    "deals": [
        D("medtronic-polypwise", ["Medtronic", "Polypwise"], "acquisition", 310_000_000, "USD",
          "exact", "2024-10-07", "signed",
          "The Minneapolis-domiciled device maker said on Monday it will acquire Polypwise, a Tel Aviv company whose software estimates the size and type of a polyp while the colonoscope is still inside the patient, for $310 million in cash.",
          note="cash price; the possible 'up to $90 million more' in milestone payments (next sentence) is part of the same deal and not annotated separately"),
        D("medtronic-nvidia-dgx", ["Medtronic", "Nvidia"], "supply", 80_000_000, "USD", "range",
          "2024-09", "signed",
          "Analysts at Harlow Finch Capital Markets put the order at between $80 million and $110 million, depending on networking and storage.",
          amount_max=110_000_000,
          note="value only from analysts; the DGX order placed 'last month' with Nvidia in the previous sentences, no price disclosed"),
    ],
    "not_deals": ["$41 million", "$180 million", "$7.9 billion", "$19 per colonoscopy",
                  "$60,000 list price", "$89.47", "$14 a month"],
}

# ---------------------------------------------------------------------------------------------
A["009_zeiss_ophtalyx_renditebrille.txt"] = {
    "published": "2024-11-13",
    "published_note": "from the line 'Gastkommentar | Mittwoch, 13. November 2024'; 'am Montag' -> 2024-11-11",
    "language": "de",
    "deals": [
        D("zeiss-ophtalyx", ["Carl Zeiss Meditec", "Ophtalyx"], "acquisition", 135_000_000, "EUR",
          "up_to", "2024-11-11", "signed",
          "Der Kaufpreis beträgt bis zu 135 Millionen Euro, davon werden 95 Millionen Euro beim Vollzug fällig, der Rest hängt an Umsatzzielen bis 2027.",
          alt=[(95_000_000, "EUR")],
          note="parties and 'am Montag' in the previous sentence ('Die Zeiss-Tochter übernimmt Ophtalyx'); EUR 95m due at closing given as alt amount"),
        NOAMOUNT("healthineers-voxelhain", ["Siemens Healthineers", "Voxelhain"], "acquisition",
                 "2024-09", "signed",
                 "Die Logik ähnelt der von Siemens Healthineers, das sich im September mit Voxelhain ebenfalls eine fertige KI-Mannschaft gekauft hat, statt selbst eine aufzubauen.",
                 note="comparison without amount (003, 007, 014) -> optional"),
        D("zeiss-dorc", ["Carl Zeiss Meditec", "DORC"], "acquisition", 1_000_000_000, "EUR",
          "approx", "2024", "completed",
          "Deutlich schwerer wiegt die knapp eine Milliarde Euro teure Übernahme des niederländischen Augenchirurgie-Spezialisten DORC, die Zeiss Meditec im Sommer abgeschlossen hat.",
          note="amount in words ('knapp eine Milliarde'); 'im Sommer' -> the year"),
    ],
    "not_deals": ["6 Millionen Euro", "600 Millionen Euro", "rund 2,07 Milliarden Euro",
                  "1,10 Euro je Aktie", "68 Euro", "52,40 Euro"],
}

# ---------------------------------------------------------------------------------------------
A["010_roche_schnittwerk_limmatledger_en.txt"] = {
    "published": "2025-01-22",
    "published_note": "from the line 'ZURICH — Wednesday, 22 January 2025 | updated 14:05 CET'; 'on Tuesday evening' -> 2025-01-21",
    "language": "en",
    "deals": [
        D("roche-schnittwerk", ["Roche", "Schnittwerk Diagnostics"], "acquisition", 260_000_000, "CHF",
          "exact", "2025-01-21", "signed",
          "The Basel group's diagnostics division will acquire Schnittwerk Diagnostics, a Heidelberg start-up whose software grades tumour samples on digitised microscope slides, for CHF 260 million (€275 million), Roche said on Tuesday evening.",
          alt=[(275_000_000, "EUR")],
          note="'The Basel group's diagnostics division' = Roche Diagnostics; 011 retells it in EUR with the month only, 014 mentions it without amount"),
        D("schnittwerk-hallertauer-gpu", ["Schnittwerk Diagnostics", "Hallertauer Rechenwerk"],
          "cloud_contract", 6_000_000, "EUR", "approx", "2023", "signed",
          "Under a contract it signed with the data-centre operator Hallertauer Rechenwerk in 2023, the Heidelberg company pays about €6 million a year for dedicated capacity.",
          per="year", note="'the Heidelberg company' = Schnittwerk; earlier contract that Roche intends to keep"),
    ],
    "not_deals": ["€48 million", "CHF 200 billion", "CHF 14.3 billion", "CHF 258.40",
                  "$1.8 billion", "between CHF 3 and CHF 5 per slide"],
}

# ---------------------------------------------------------------------------------------------
A["011_medtech_ticker_pulsschlag.txt"] = {
    "published": "2025-03-13",
    "published_note": "from the ticker header 'Medtech-Ticker – Donnerstag, 13. März 2025' (entries by time); 'heute Vormittag' -> 2025-03-13; 'am Mittwoch' -> 2025-03-12",
    "language": "de",
    "deals": [
        D("draeger-kardiowell-rumour", ["Dräger", "Kardiowell"], "acquisition", 60_000_000, "EUR",
          "approx", "2025-03-13", "rumored",
          "Dräger widerspricht einem Bericht des Branchendienstes „Klinikfunk Nord“: Das Unternehmen wolle den Kieler Kardiologie-Softwareanbieter Kardiowell für rund 60 Millionen Euro übernehmen, hieß es dort am Mittag.",
          required=False,
          note="takeover report denied by Dräger ('schlicht falsch') -> optional; different from Dräger's small undisclosed stake in Kardiowell's round"),
        D("ilmtal-kardiowell-round", ["Ilmtal Health Capital", "Kardiowell"], "investment",
          30_000_000, "EUR", "exact", "2025-03-12", "completed",
          "Die Kieler haben erst am Mittwoch 30 Millionen Euro frisches Kapital erhalten.",
          note="'Die Kieler' = Kardiowell (entry heading); lead investor Ilmtal Health Capital in the next sentence"),
        NOAMOUNT("draeger-kardiowell-stake", ["Dräger", "Kardiowell"], "investment", "2025-03-12",
                 "completed",
                 "Federführend war der Jenaer Fonds Ilmtal Health Capital; auch Dräger ist mit einem kleinen, nicht bezifferten Anteil dabei.",
                 note="Dräger's participation in the same round, amount not disclosed -> optional"),
        D("draeger-google-cloud", ["Dräger", "Google"], "cloud_contract", 48_000_000, "EUR", "approx",
          "2025-03-13", "signed",
          "Der Lübecker Konzern hat heute Vormittag einen Vertrag mit Google Cloud unterschrieben, der über sechs Jahre ein Volumen von rund 48 Millionen Euro hat.",
          term=["2025", "2031"], note="'Der Lübecker Konzern' = Dräger (previous sentence)"),
        D("roche-schnittwerk", ["Roche", "Schnittwerk Diagnostics"], "acquisition", 275_000_000, "EUR",
          "approx", "2025-01", "signed",
          "Der Schweizer Konzern zahlt rund 275 Millionen Euro; der Vollzug ist für Ende März geplant.",
          note="same takeover as 010 ('die im Januar vereinbarte Übernahme', previous sentence), cleared by the cartel office; 'Der Schweizer Konzern' = Roche"),
    ],
    "not_deals": ["61,30 Euro", "54,66 Euro", "45,02 Euro", "149 Euro", "1,9 Milliarden Euro",
                  "19,3 Milliarden Euro"],
}

# ---------------------------------------------------------------------------------------------
A["012_gehc_aws_bedsidebyte_en.html"] = {
    "published": "2025-06-10",
    "published_note": "from <meta name='parsely-pub-date' content='2025-06-10T09:00:00Z'> and the visible byline 'Tue 10 Jun 2025'; 'on Monday' -> 2025-06-09",
    "language": "en",
    "deals": [
        D("gehc-aws-commitment", ["GE HealthCare", "Amazon"], "cloud_contract", 600_000_000, "USD",
          "at_least", "2025-06-09", "signed",
          "The maker of CT scanners, ultrasound probes and patient monitors has committed to spend more than $600 million with Amazon Web Services across a five-year term, the company announced on Monday, covering cloud hosting for its imaging and monitoring software and compute for training foundation models.",
          term=["2025", "2030"],
          note="'more than' -> at_least; 'The maker of CT scanners' = GE HealthCare (previous sentence); different from the 2023 start of their cooperation"),
        NOAMOUNT("gehc-aws-2023", ["GE HealthCare", "Amazon"], "cloud_contract", "2023", "signed",
                 "GE HealthCare and AWS first teamed up in 2023, when GE HealthCare began moving parts of its Edison software platform to AWS.",
                 note="earlier cooperation without amount -> optional; must stay apart from the 2025 commitment"),
        D("cedarwick-tidewell-gpu", ["Cedarwick Health", "Tidewell Health Compute"], "cloud_contract",
          1_300_000, "USD", "exact", "2025-06", "signed",
          "The Pittsburgh-based provider, which specialises in HIPAA-compliant infrastructure, will be paid $1.3 million a month for 36 months, according to a board document reviewed by The Bedside Byte.",
          per="month",
          note="'The Pittsburgh-based provider' = Tidewell Health Compute, hired by Cedarwick Health (previous sentence); no signing date -> month of the article"),
    ],
    "not_deals": ["$4.8 billion", "$74.31", "$2.40 per GPU-hour", "$410 million", "$400 million",
                  "$99 per reader per month", "$299 a year"],
}

# ---------------------------------------------------------------------------------------------
A["013_fmc_filtrano_handelsspiegel.txt"] = {
    "published": "2025-09-16",
    "published_note": "from the line 'Dienstag, 16. September 2025 · Unternehmen · Seite 17'; 'am Montag' -> 2025-09-15",
    "language": "de",
    "deals": [
        D("fmc-filtrano-takeover", ["Fresenius Medical Care", "Filtrano"], "acquisition", 140_000_000,
          "EUR", "approx", "2025-09-15", "signed",
          "Der weltgrößte Anbieter von Dialysebehandlungen übernimmt das Wiener Unternehmen Filtrano zu hundert Prozent und zahlt dafür rund 140 Millionen Euro, gab der Konzern am Montag in Bad Homburg bekannt.",
          note="'Der weltgrößte Anbieter von Dialysebehandlungen' = Fresenius Medical Care (FMC); different from FMC's 2024 Series A lead (005)"),
        D("fmc-renvela-talks", ["Fresenius Medical Care", "Renvela"], "acquisition", 200_000_000, "USD",
          "approx", "2025", "cancelled",
          "Im Frühjahr hatte FMC mit dem Bostoner Start-up Renvela über eine Übernahme für rund 200 Millionen Dollar verhandelt.",
          note="talks failed ('Die Gespräche scheiterten', next sentence); 'im Frühjahr' -> the year"),
        D("fresenius-capex-2025", ["Fresenius"], "capex_plan", 1_100_000_000, "EUR", "approx", "2025",
          "planned",
          "Fresenius will in diesem Jahr konzernweit rund 1,1 Milliarden Euro investieren, ein wachsender Teil davon fließt in IT und Medizintechnik.",
          required=False, note="group-wide capex plan of the former parent -> optional"),
    ],
    "not_deals": ["rund 9 Millionen Euro", "750 Millionen Euro", "rund 250 Euro", "42,15 Euro",
                  "195 Euro"],
}

# ---------------------------------------------------------------------------------------------
A["014_roche_nvidia_tickertrellis_en.txt"] = {
    "published": "2025-10-29",
    "published_note": "from the stock-portal stamp 'Oct 29, 2025 · 8:02 AM ET'; 'on Tuesday' -> 2025-10-28",
    "language": "en",
    "deals": [
        D("roche-nvidia-blackwell", ["Roche", "Nvidia"], "supply", 150_000_000, "USD", "range",
          "2025-10-28", "announced",
          "Analysts at Carraway Teague Securities estimate the purchase, including networking and cooling, at between $150 million and $200 million, based on what Nvidia charges per chip, between $36,000 and $46,000 at list.",
          amount_max=200_000_000,
          note="value only from analysts; more than 3,500 Blackwell GPUs announced 'on Tuesday' (previous paragraph)"),
        NOAMOUNT("roche-schnittwerk", ["Roche", "Schnittwerk Diagnostics"], "acquisition", "2025-01",
                 "signed",
                 "That unit has been building up its AI bench: in January it agreed to acquire Heidelberg-based Schnittwerk Diagnostics, whose slide-reading software now runs on Roche scanners.",
                 note="restatement without amount -> optional"),
        NOAMOUNT("philips-nvidia-mri", ["Philips", "Nvidia"], "partnership", "2025-09", "announced",
                 "Philips said in September that it is working with Nvidia on a foundation model for MRI reconstruction; no financial terms were given.",
                 note="partnership without money -> optional"),
        D("healthineers-voxelhain", ["Siemens Healthineers", "Voxelhain"], "acquisition", 205_000_000,
          "USD", "approx", "2024-09", "signed",
          "Siemens Healthineers has taken a different route and bought its AI talent outright - it paid about $205 million for Erlangen-based Voxelhain in September 2024 and rents training capacity from a Bavarian GPU operator.",
          note="same takeover as 003/007, here in USD with the month only; the unnamed 'Bavarian GPU operator' lease is not annotated (no party name)"),
    ],
    "not_deals": ["CHF 268.90", "$201.03", "between $36,000 and $46,000", "CHF 310", "CHF 295",
                  "CHF 13 billion", "$4.9 trillion", "$41.1 billion", "EUR 1.50"],
}

# ---------------------------------------------------------------------------------------------
A["015_healthineers_cluster_rackfunk.txt"] = {
    "published": "2025-11-20",
    "published_note": "from the line 'Do., 20.11.2025 · 07:30'; 'am Mittwoch' -> 2025-11-19",
    "language": "de",
    "deals": [
        D("healthineers-hallertauer-cluster", ["Siemens Healthineers", "Hallertauer Rechenwerk"],
          "cloud_contract", 320_000_000, "EUR", "exact", "2025-11-19", "signed",
          "Den Vertrag haben beide Unternehmen am Mittwoch unterzeichnet; der Auftragswert für sieben Jahre Bau, Betrieb und Wartung liegt bei 320 Millionen Euro.",
          term=["2025", "2032"], kind_alt=["supply"],
          note="parties in the previous sentences; second contract of the pair, must stay apart from the 2024 lease restated in the next paragraph"),
        D("healthineers-hallertauer-lease", ["Siemens Healthineers", "Hallertauer Rechenwerk"],
          "cloud_contract", 40_000_000, "EUR", "approx", "2024-05", "signed",
          "Seit Mai 2024 mietet der Erlanger Medizintechnikkonzern in den bestehenden Hallen des Betreibers Rechenkapazität und zahlt dafür jährlich rund 40 Millionen Euro.",
          per="year", note="restatement of 003; 'der Erlanger Medizintechnikkonzern' = Siemens Healthineers, 'des Betreibers' = Hallertauer Rechenwerk"),
        D("hallertauer-wolnzach-capex", ["Hallertauer Rechenwerk"], "capex_plan", 210_000_000, "EUR",
          "approx", "2025-11", "planned",
          "Um den Auftrag zu stemmen, investiert Hallertauer Rechenwerk rund 210 Millionen Euro in einen dritten Bauabschnitt am Standort.",
          kind_alt=["project"]),
        D("lfa-hallertauer-loan", ["LfA Förderbank Bayern", "Hallertauer Rechenwerk"], "other",
          60_000_000, "EUR", "exact", "2025-11", "signed",
          "Sie leiht dem Unternehmen 60 Millionen Euro für zehn Jahre.",
          kind_alt=["investment"],
          note="'Sie' = die staatliche LfA Förderbank Bayern, 'dem Unternehmen' = Hallertauer Rechenwerk (previous sentence); loan"),
        NOAMOUNT("hallertauer-wolnzach-heat", ["Hallertauer Rechenwerk", "Marktgemeinde Wolnzach"], "supply",
                 "2025-11", "negotiating",
                 "Die Abwärme soll in das Nahwärmenetz der Marktgemeinde fließen.",
                 kind_alt=["other"],
                 note="waste-heat supply to the municipal heat network, price still under negotiation ('Über den Preis für die Wärme wird noch verhandelt') -> optional"),
    ],
    "not_deals": ["87 Millionen Euro", "31,05 Euro", "16 Cent je Kilowattstunde",
                  "rund 1,2 Milliarden Euro jährlich", "4.100 Euro", "29 Euro im Monat"],
}

# ---------------------------------------------------------------------------------------------
A["016_coil_cloud_letter_jan26_en.txt"] = {
    "published": "2026-01-23",
    "published_note": "from the issue line 'Issue 88 · Friday 23 January 2026'; 'on Wednesday' -> 2026-01-21; 'last week' -> 2026-01",
    "language": "en",
    "deals": [
        D("philips-magnevo-takeover", ["Philips", "Magnevo Labs"], "acquisition", 140_000_000, "EUR",
          "up_to", "2026-01-21", "signed",
          "Royal Philips will acquire Magnevo Labs, the Delft company whose deep-learning reconstruction makes MRI scans up to three times faster, for up to €140 million, including payments that depend on US sales milestones.",
          note="confirmed 'on Wednesday' (next sentence); different from Philips' EUR 9m minority stake of 2024 (005)"),
        NOAMOUNT("magnevo-philips-licence", ["Magnevo Labs", "Philips"], "other", None, "signed",
                 "Its software already ships on some Philips scanners under a licence, which made the company an obvious target; the question was always the price.",
                 kind_alt=["supply"],
                 note="existing software licence without amount or date -> optional; different from the takeover and from the 2024 stake"),
        D("philips-aws-cloud", ["Philips", "Amazon"], "cloud_contract", 900_000_000, "USD", "approx",
          "2024-06", "signed",
          "Philips has also not forgotten its cloud bet - the roughly $900 million AWS contract it signed in June 2024 is now hosting Magnevo's training runs.",
          note="restatement of 004/005"),
        D("philips-kagerou-stake", ["Philips", "Kagerou Imaging"], "investment", 4_500_000_000, "JPY",
          "exact", "2026-01", "completed",
          "Philips Japan took a 15% stake in Kagerou Imaging, an Osaka developer of AI for endoscopic ultrasound, for ¥4.5 billion (about $29 million) last week.",
          alt=[(29_000_000, "USD")], kind_alt=["acquisition"], note="'Philips Japan' = Philips"),
        D("gehc-echoquill-licence", ["GE HealthCare", "Echoquill"], "other", 60_000_000, "USD", "up_to",
          "2026", "negotiating",
          "GE HealthCare is negotiating a five-year licence for Echoquill's cardiac-ultrasound guidance software worth up to $60 million, according to a pair of insiders on the negotiations.",
          alt=[(83_000_000, "CAD")], kind_alt=["supply", "partnership"],
          note="talks from two insiders; signed on 2026-03-09 (018, US$60m / C$83m); only the year so that the shared id's dates agree"),
    ],
    "not_deals": ["$2m to $3m", "$5.2bn", "€2.6m", "$2.10 per GPU-hour", "$24 monthly",
                  "$240 annually"],
}

# ---------------------------------------------------------------------------------------------
A["017_atemwerk_interview_hansebyte.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesedauer: 7 Minuten'); relative dates ('seit dem vergangenen Jahr', 'Seit dem Herbst') cannot be resolved",
    "language": "de",
    "deals": [
        D("draeger-atemwerk-stake", ["Dräger", "Atemwerk Analytics"], "investment", 20_000_000, "EUR",
          "approx", None, "signed",
          "Dräger hat knapp 20 Millionen Euro für seine 25,1 Prozent gezahlt.",
          kind_alt=["acquisition"], note="restatement of 002; undated interview"),
        D("draeger-atemwerk-licence", ["Dräger", "Atemwerk Analytics"], "other", 350_000, "EUR", "exact",
          None, "signed",
          "Seit dem Herbst läuft unsere Software auf den Intensiv-Beatmungsgeräten des Konzerns mit, und Dräger zahlt uns dafür monatlich 350.000 Euro – unabhängig davon, wie viele Geräte die Funktion nutzen.",
          per="month", kind_alt=["supply"],
          note="'uns' = Atemwerk Analytics; licence fee, second deal of the pair, must stay apart from the stake; 'Seit dem Herbst' without a year -> null"),
        D("ashgrove-atemwerk-offer", ["Ashgrove Medical Partners", "Atemwerk Analytics"], "acquisition",
          45_000_000, "USD", "approx", "2023", "cancelled",
          "Ashgrove Medical Partners, ein Finanzinvestor aus Boston, hat uns 2023 rund 45 Millionen Dollar angeboten, für hundert Prozent der Anteile.",
          note="offer refused ('Nach einer Woche haben wir Nein gesagt')"),
        D("atemwerk-gpu-capex", ["Atemwerk Analytics"], "capex_plan", 12_000_000, "EUR", "approx", None,
          "planned",
          "Über die kommenden zwei Jahre investieren wir deshalb rund zwölf Millionen Euro in einen eigenen GPU-Raum in unserem Neubau.",
          kind_alt=["project"], note="'wir' = Atemwerk; amount in words"),
    ],
    "not_deals": ["2,80 Euro pro Stunde", "70.000 Euro im Jahr", "8,50 Euro", "29 Euro"],
}

# ---------------------------------------------------------------------------------------------
A["018_echoquill_gehc_donvalley_en.txt"] = {
    "published": "2026-03-10",
    "published_note": "from the line 'Tech & Health · Tuesday, March 10, 2026'; 'on Monday' -> 2026-03-09",
    "language": "en",
    "deals": [
        D("gehc-echoquill-licence", ["GE HealthCare", "Echoquill"], "other", 60_000_000, "USD", "up_to",
          "2026-03-09", "signed",
          "TORONTO - Echoquill, a Liberty Village start-up that teaches ultrasound machines to coach the people holding the probe, has signed a five-year licensing agreement with GE HealthCare that is worth up to US$60 million (C$83 million), the two companies said on Monday.",
          alt=[(83_000_000, "CAD")], kind_alt=["supply", "partnership"],
          note="the talks of 016, now signed; licence with volume-dependent payments"),
        D("gehc-echoquill-stake", ["GE HealthCare", "Echoquill"], "investment", 42_000_000, "CAD",
          "exact", "2023-12", "completed",
          "GE HealthCare led the start-up's C$42-million Series B in December 2023, taking a minority stake and a board observer seat.",
          note="first deal of the pair, must stay apart from the licence"),
        D("bluffside-echoquill", ["Bluffside Health Network", "Echoquill"], "supply", 2_400_000, "CAD",
          "exact", "2026-03", "signed",
          "Bluffside Health Network, which operates three hospitals in Toronto's east end, will pay C$2.4 million over three years to equip its emergency departments with the software, the company said.",
          kind_alt=["other"], note="no signing day -> month of the article"),
    ],
    "not_deals": ["C$3.5 million", "C$310 million", "US$20.6 billion", "US$4,500",
                  "C$16.99 per month"],
}

# ---------------------------------------------------------------------------------------------
A["019_zeiss_microsoft_leutrakurier.txt"] = {
    "published": "2026-07-08",
    "published_note": "from the date line 'JENA · Mittwoch, 8. Juli 2026'; 'am Dienstag' -> 2026-07-07; 'Im April … drei Monate später' -> 2026-07",
    "language": "de",
    "deals": [
        D("zeiss-microsoft-cloud", ["Carl Zeiss Meditec", "Microsoft"], "cloud_contract", 70_000_000,
          "EUR", "approx", "2026-07-07", "signed",
          "Carl Zeiss Meditec unterzeichnete am Dienstag eine Vereinbarung mit dem Konzern aus Redmond, die über fünf Jahre ein Volumen von rund 70 Millionen Euro hat.",
          term=["2026", "2031"], note="'dem Konzern aus Redmond' = Microsoft"),
        D("zeiss-saaleholzland-study", ["Carl Zeiss Meditec", "Klinikum Saale-Holzland"], "partnership",
          3_500_000, "EUR", "exact", "2026-07", "signed",
          "Zeiss Meditec zahlt dem Klinikum bis Ende 2028 insgesamt 3,5 Millionen Euro für eine Studie, in der Augenärzte und Internisten gemeinsam untersuchen, ob sich aus Netzhautbildern das Risiko für Herzinfarkte ablesen lässt.",
          term=[None, "2028"], kind_alt=["other"],
          note="letter of intent in April, contract 'drei Monate später' (previous sentence) -> July 2026; research payment to a clinic"),
    ],
    "not_deals": ["rund 2,1 Milliarden Euro", "47,85 Euro", "1,37 Milliarden Euro",
                  "15 Euro Kaltmiete je Quadratmeter", "ab 289 Euro", "12,90 Euro pro Monat"],
}

# ---------------------------------------------------------------------------------------------
A["020_medtech_market_wrap_stethoscope_en.txt"] = {
    "published": "2026-11-12",
    "published_note": "from the market-report line 'Markets close: Thu 12 Nov 2026'; 'late on Wednesday' -> 2026-11-11; 'on Thursday' -> 2026-11-12",
    "language": "en",
    "deals": [
        D("medtronic-microsoft-azure", ["Medtronic", "Microsoft"], "cloud_contract", 1_100_000_000, "USD",
          "exact", "2026-11-11", "signed",
          "The Minneapolis-domiciled group announced late on Wednesday a commitment to spend $1.1bn with Microsoft over seven years, moving its device-data platforms and the model training for its surgical robots onto Azure.",
          term=["2026", "2033"], note="'The Minneapolis-domiciled group' = Medtronic (section heading)"),
        D("draeger-vakna", ["Dräger", "Vakna Diagnostik"], "acquisition", 240_000_000, "SEK", "exact",
          "2026-11-12", "signed",
          "The Lübeck-based maker of ventilators and anaesthesia machines agreed on Thursday to acquire Vakna Diagnostik AB, a Gothenburg start-up that predicts sepsis from bedside monitor data, for SEK 240 million (about EUR 21.5 million).",
          alt=[(21_500_000, "EUR")], note="'The Lübeck-based maker' = Drägerwerk (section heading 'DRÄGERWERK PREF.')"),
        D("gehc-radiostella", ["GE HealthCare", "Radiostella"], "acquisition", 120_000_000, "EUR",
          "exact", "2026-07", "cancelled",
          "GE HealthCare had agreed in July to pay EUR 120 million for the business, but Rome invoked its golden-power rules to review the takeover and set conditions on where patient data could be processed.",
          note="purchase abandoned ('confirmed it had abandoned its planned purchase of Radiostella', previous sentence); keeps the date of the July agreement"),
    ],
    "not_deals": ["$96.18", "$108", "$5.60 to $5.66", "EUR 72.40", "EUR 3.5 billion", "$81.02",
                  "EUR 49.07", "EUR 58", "EUR 750 million", "$11.8bn", "$0 commission"],
}

ALIASES = {
    "GE HealthCare": ["GE HealthCare", "GE HealthCare Technologies", "GE Healthcare", "GEHC"],
    "MIM Software": ["MIM Software", "MIM"],
    "Caption Health": ["Caption Health"],
    "Bexley Ridge Medical Center": ["Bexley Ridge Medical Center", "Bexley Ridge"],
    "Dräger": ["Dräger", "Drägerwerk", "Draeger", "Drägerwerk AG & Co. KGaA", "Drägers"],
    "Atemwerk Analytics": ["Atemwerk Analytics", "Atemwerk Analytics GmbH", "Atemwerk"],
    "Ilmtal Health Capital": ["Ilmtal Health Capital", "Ilmtal"],
    "Hansestadt Lübeck": ["Hansestadt Lübeck", "Lübeck", "Stadt Lübeck"],
    "Siemens Healthineers": ["Siemens Healthineers", "Siemens Healthineers AG", "Healthineers"],
    "Voxelhain": ["Voxelhain", "Voxelhain GmbH"],
    "Hallertauer Rechenwerk": ["Hallertauer Rechenwerk", "Hallertauer Rechenwerk AG", "Rechenwerk"],
    "Philips": ["Philips", "Royal Philips", "Koninklijke Philips", "Philips Japan"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Cedarwick Health": ["Cedarwick Health", "Cedarwick"],
    "Roche": ["Roche", "Roche Diagnostics", "Roche Holding"],
    "Klinikverbund Vogelsberg-Lahn": ["Klinikverbund Vogelsberg-Lahn"],
    "Fresenius Medical Care": ["Fresenius Medical Care", "FMC", "Fresenius Medical Care AG"],
    "Filtrano": ["Filtrano"],
    "Magnevo Labs": ["Magnevo Labs", "Magnevo"],
    "Brisbury Scan AI": ["Brisbury Scan AI", "Brisbury"],
    "Intelligent Ultrasound": ["Intelligent Ultrasound", "Intelligent Ultrasound Group"],
    "Helios Kliniken": ["Helios Kliniken", "Helios", "Fresenius Helios"],
    "Medtronic": ["Medtronic", "Medtronic plc"],
    "Polypwise": ["Polypwise"],
    "Nvidia": ["Nvidia", "NVIDIA", "Nvidia Corp."],
    "Carl Zeiss Meditec": ["Carl Zeiss Meditec", "Zeiss Meditec", "Carl Zeiss Meditec AG"],
    "Ophtalyx": ["Ophtalyx"],
    "DORC": ["DORC", "Dutch Ophthalmic Research Center"],
    "Schnittwerk Diagnostics": ["Schnittwerk Diagnostics", "Schnittwerk"],
    "Kardiowell": ["Kardiowell"],
    "Google": ["Google", "Google Cloud"],
    "Tidewell Health Compute": ["Tidewell Health Compute", "Tidewell"],
    "Renvela": ["Renvela"],
    "Fresenius": ["Fresenius", "Fresenius SE"],
    "LfA Förderbank Bayern": ["LfA Förderbank Bayern", "LfA"],
    "Kagerou Imaging": ["Kagerou Imaging", "Kagerou"],
    "Echoquill": ["Echoquill"],
    "Ashgrove Medical Partners": ["Ashgrove Medical Partners", "Ashgrove"],
    "Bluffside Health Network": ["Bluffside Health Network", "Bluffside"],
    "Microsoft": ["Microsoft", "Azure", "Microsoft Azure"],
    "Klinikum Saale-Holzland": ["Klinikum Saale-Holzland"],
    "Marktgemeinde Wolnzach": ["Marktgemeinde Wolnzach", "Markt Wolnzach", "Wolnzach"],
    "Vakna Diagnostik": ["Vakna Diagnostik", "Vakna Diagnostik AB", "Vakna"],
    "Radiostella": ["Radiostella"],
}

ABOUT = (
    "Hand-annotated deals in the 155th, held-out test corpus (tests/corpus155/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. Theme: medical-device and diagnostics makers "
    "buying AI and compute (imaging-AI takeovers and licences, cloud and GPU contracts, research "
    "payments to clinics, venture stakes). One entry per article; a deal that several articles "
    "report carries the same id in each. 'required': false marks vague or background mentions that "
    "an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT "
    "deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' "
    "closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article "
    "(or the same article) states it in another currency or at another precision. 'date' is when the "
    "deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date marker, dateline, <meta>/<time>, "
    "issue line, ticker header or byline, or null when the article has none); quarters, half-years "
    "and seasons become the year; a cancelled deal keeps the date of the original agreement or "
    "talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies, "
    "clinics and funds: Voxelhain, Hallertauer Rechenwerk, Atemwerk Analytics, Ilmtal Health Capital, "
    "Kardiowell, Cedarwick Health, Tidewell Health Compute, Bexley Ridge Medical Center, Echoquill, "
    "Bluffside Health Network, Brisbury Scan AI, Polypwise, Schnittwerk Diagnostics, Klinikverbund "
    "Vogelsberg-Lahn, Filtrano, Pinecairn Bio Ventures, Renvela, Magnevo Labs, Kagerou Imaging, "
    "Ophtalyx, Klinikum Saale-Holzland, Ashgrove Medical Partners, Vakna Diagnostik, Radiostella; "
    "invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are loosely based on public reports with "
    "amounts, dates and details shifted, or invented. Nothing here is reporting."
)


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote {out} ({len(A)} articles, {n} deal mentions)")


if __name__ == "__main__":
    main()
