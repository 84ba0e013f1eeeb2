#!/usr/bin/env python3
"""Write gold.json for tests/corpus135 (the hand annotation as a script).

Usage: python3 tests/corpus135/make_gold.py
Edit the annotation here, then run this script and check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 135th, held-out test corpus (tests/corpus135/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: hospitals and health-care providers buying AI and compute "
    "(imaging-AI contracts, hospital clouds, GPU clusters for research, funding rounds and acquisitions). "
    "One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an "
    "error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's "
    "amount as another article (or the same article) states it in another currency or at another precision. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date marker, dateline, <time datetime>, "
    "issue line or visible byline date, or null when the article has none); quarters, half-years and seasons "
    "become the year; a cancelled deal keeps the date of the original agreement or talks; 'term' is the period "
    "the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. Parties are listed payer/buyer/investor first, then the payee/seller/company funded "
    "(single-party entries are capital-spending plans or tenders). For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies and hospitals: "
    "Befundhafen, Kesselgrund Rechenzentren, Brüggeland-Kliniken, Stadt Eschenbrügge, Scanmoor, Wyebridge "
    "Hospitals NHS Trust, Saltmarrow Capital, Havelquant Computing, Kardiolyt, Pathoskop, Rufwerk, Tatzelwurm "
    "Ventures, North Calder NHS Foundation Trust, Brushcreek Health, Quillory Health, Tidewater Peak Partners, "
    "Vellacourt Imaging, Dunwistle Imaging, Kantonsspital Aarwald, Calderwood Partners, Threshfold Compute, "
    "Fleetsicht Teleradiologie; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly loosely based on public reports, partly "
    "invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Brüggeland-Kliniken": ["Brüggeland-Kliniken", "Brüggeland-Krankenhaus", "Brüggeland-Krankenhauses"],
    "Kesselgrund Rechenzentren": ["Kesselgrund Rechenzentren", "Kesselgrund Rechenzentren GmbH", "Kesselgrund"],
    "Stadt Eschenbrügge": ["Stadt Eschenbrügge", "Eschenbrügge"],
    "Befundhafen": ["Befundhafen"],
    "Asklepios": ["Asklepios", "Asklepios Kliniken"],
    "Siemens Healthineers": ["Siemens Healthineers", "Siemens Healthineers AG", "Healthineers"],
    "Fresenius Helios": ["Fresenius Helios", "Helios", "Helios Kliniken"],
    "Sana Kliniken": ["Sana Kliniken", "Sana Kliniken AG", "Sana"],
    "GE HealthCare": ["GE HealthCare", "GE HealthCare Technologies", "GE Healthcare", "GEHC"],
    "MIM Software": ["MIM Software", "MIM"],
    "Nvidia": ["Nvidia", "Nvidia Corp.", "NVentures"],
    "Vellacourt Imaging": ["Vellacourt Imaging", "Vellacourt"],
    "Philips": ["Philips", "Koninklijke Philips", "Royal Philips"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Wyebridge Hospitals NHS Trust": ["Wyebridge Hospitals NHS Trust", "Wyebridge"],
    "Scanmoor": ["Scanmoor"],
    "Saltmarrow Capital": ["Saltmarrow Capital", "Saltmarrow"],
    "Epic Systems": ["Epic Systems", "Epic", "Epic Systems Corporation"],
    "Brushcreek Health": ["Brushcreek Health", "Brushcreek"],
    "Quillory Health": ["Quillory Health", "Quillory"],
    "Tidewater Peak Partners": ["Tidewater Peak Partners", "Tidewater Peak"],
    "Pathoskop": ["Pathoskop"],
    "Universitätsklinikum Heidelberg": ["Universitätsklinikum Heidelberg", "UKHD"],
    "Charité": ["Charité", "Charité – Universitätsmedizin Berlin", "Charite"],
    "Havelquant Computing": ["Havelquant Computing", "Havelquant"],
    "Doctolib": ["Doctolib"],
    "Rufwerk": ["Rufwerk"],
    "Kardiolyt": ["Kardiolyt"],
    "Tatzelwurm Ventures": ["Tatzelwurm Ventures", "Tatzelwurm"],
    "Universitätsmedizin Essen": ["Universitätsmedizin Essen", "Universitätsklinikum Essen"],
    "Region Midtjylland": ["Region Midtjylland", "Central Denmark Region"],
    "North Calder NHS Foundation Trust": ["North Calder NHS Foundation Trust", "North Calder"],
    "NHS Supply Chain": ["NHS Supply Chain"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Kantonsspital Aarwald": ["Kantonsspital Aarwald"],
    "Intelerad": ["Intelerad", "Intelerad Medical Systems"],
    "Calderwood Partners": ["Calderwood Partners", "Calderwood"],
    "Dunwistle Imaging": ["Dunwistle Imaging", "Dunwistle"],
    "Fleetsicht Teleradiologie": ["Fleetsicht Teleradiologie", "Fleetsicht"],
    "Threshfold Compute": ["Threshfold Compute", "Threshfold"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, amount_max=None,
         required=True, kind_alt=None, term=None, per=None, alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status, "required": required}
    if kind_alt:
        d["kind_alt"] = kind_alt
    if term:
        d["term"] = term
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def nodeal(id, parties, kind, date, status, evidence, **kw):
    return deal(id, parties, kind, None, None, None, date, status, evidence, **kw)


A = {}

A["001_brueggeland_kesselgrund_anzeiger.txt"] = {
    "published": "2024-03-14",
    "published_note": "from the dateline 'ESCHENBRÜGGE · Donnerstag, 14. März 2024'; 'am Dienstag' -> 2024-03-12",
    "language": "de",
    "deals": [
        deal("brueggeland-kesselgrund-cloud", ["Brüggeland-Kliniken", "Kesselgrund Rechenzentren"], "cloud_contract",
             23000000, "EUR", "approx", "2024-03-12", "signed",
             "Rund 23 Millionen Euro zahlt der Klinikverbund dafür über sieben Jahre an die Kesselgrund Rechenzentren GmbH, die am Lohkamp derzeit ihren zweiten Bauabschnitt hochzieht.",
             term=["2025-01", "2031"],
             note="'der Klinikverbund' = Brüggeland-Kliniken (sub-headline); signed 'am Dienstag' (previous sentence); seven years from January 2025 (next paragraph); data-centre hosting plus private cloud"),
        nodeal("brueggeland-befundhafen-2023", ["Brüggeland-Kliniken", "Befundhafen"], "supply", "2023", "signed",
               "Bereits im vergangenen Jahr hatte der Verbund die Befundungssoftware des Leipziger Start-ups Befundhafen lizenziert, eine Zahl zum Preis nannte damals niemand.",
               required=False, kind_alt=["other"],
               note="amount-less background licence, 'im vergangenen Jahr' -> 2023; 'der Verbund' = Brüggeland-Kliniken; different from Brüggeland's Scanmoor contract (017)"),
        deal("kesselgrund-eschenbruegge-land", ["Kesselgrund Rechenzentren", "Stadt Eschenbrügge"], "acquisition",
             4200000, "EUR", "exact", "2024-01", "completed",
             "Kesselgrund hatte das 3,4 Hektar große Grundstück am Lohkamp im Januar für 4,2 Millionen Euro von der Stadt Eschenbrügge gekauft.",
             kind_alt=["other"], note="land purchase from the town, 'im Januar' -> 2024-01"),
    ],
    "not_deals": ["2,8 Millionen Euro", "6,1 Millionen Euro", "312 Millionen Euro", "4,7 Millionen Euro",
                  "bis zu 900.000 Euro im Jahr", "219 Euro monatlich", "2,50 Euro pro Stunde"],
}

A["002_asklepios_healthineers_depesche.txt"] = {
    "published": "2024-04-18",
    "published_note": "from the issue line 'Ausgabe 16/2024 · Donnerstag, 18. April 2024'; 'am Dienstag' -> 2024-04-16",
    "language": "de",
    "deals": [
        deal("siemens-healthineers-asklepios-2024", ["Asklepios", "Siemens Healthineers"], "supply",
             500000000, "EUR", "approx", "2024-04-16", "signed",
             "Ihr Volumen beziffern beide Seiten auf rund 500 Millionen Euro; darin enthalten sind der Austausch von etwa 300 Großgeräten, Software zur KI-gestützten Bildauswertung und der Betrieb einer gemeinsamen Bilddatenplattform für alle Standorte.",
             kind_alt=["partnership"], term=["2024-07", "2034"], alt=[(535000000, "USD")],
             note="'beide Seiten' = Asklepios and Siemens Healthineers (previous sentence, 'am Dienstag'); ten-year value partnership from July 2024 to mid-2034; 003 gives about $535m (alt_amounts); 009 and 018 restate it without amount; different from the €140m CT order of 2026 (018)"),
        deal("helios-befundhafen-licence", ["Fresenius Helios", "Befundhafen"], "supply",
             3000000, "EUR", "approx", "2024-04", "signed",
             "Helios zahlt dafür nach Angaben aus Unternehmenskreisen jährlich knapp drei Millionen Euro; die Vereinbarung wurde Anfang April unterzeichnet und läuft zunächst bis Ende 2028.",
             kind_alt=["cloud_contract", "other"], per="year", term=["2024-04", "2028"],
             note="yearly licence fee in words ('knapp drei Millionen'); 'Fresenius-Tochter Helios'; 'Anfang April' -> month; restated in 011; different from the €30m Series B Helios led in 2025 (011)"),
        deal("sana-datacenter-tender", ["Sana Kliniken"], "cloud_contract",
             40000000, "EUR", "up_to", "2024-04", "planned",
             "Laut Vergabebekanntmachung hat der Auftrag ein Volumen von bis zu 40 Millionen Euro über fünf Jahre; Angebote sind bis Ende Mai möglich.",
             required=False, note="public tender without a counterparty yet; optional"),
    ],
    "not_deals": ["7,5 Millionen Euro", "4,3 Milliarden Euro", "1,1 Milliarden Euro", "380 Millionen Euro",
                  "89 Euro netto", "348 Euro"],
}

A["003_reading_room_letter_may24_en.txt"] = {
    "published": "2024-05-06",
    "published_note": "from the issue line 'No. 42 | Monday, 6 May 2024'; 'Last month' -> 2024-04; 'on Friday' -> 2024-05-03; 'on Thursday' -> 2024-05-02",
    "language": "en",
    "deals": [
        deal("siemens-healthineers-asklepios-2024", ["Asklepios", "Siemens Healthineers"], "supply",
             535000000, "USD", "approx", "2024-04", "signed",
             "Last month Asklepios, the Hamburg-based private hospital operator, agreed a ten-year technology partnership with Siemens Healthineers that the two companies valued at about $535 million.",
             kind_alt=["partnership"], note="same partnership as 002 (EUR, with day); here in USD with the month only"),
        deal("gehealthcare-mim", ["GE HealthCare", "MIM Software"], "acquisition",
             270000000, "USD", "approx", "2024-01", "completed",
             "GE HealthCare finished its takeover of MIM Software, the Cleveland maker of image-analysis tools for radiation oncology and nuclear medicine, in April, paying roughly $270 million in cash under an agreement first announced in January.",
             note="agreed in January, closed in April 2024; date of the agreement"),
        deal("nvidia-vellacourt-seriesb", ["Nvidia", "Vellacourt Imaging"], "investment",
             42000000, "USD", "exact", "2024-05-03", "completed",
             "Vellacourt Imaging, a Toronto start-up whose software flags incidental findings on CT scans that nobody ordered a read for, said on Friday it had raised $42 million in a Series B.",
             note="lead investor in the next sentence: NVentures, Nvidia's venture arm (alias of Nvidia)"),
        nodeal("philips-aws-healthsuite", ["Philips", "Amazon"], "partnership", "2024-05-02", "announced",
               "Philips said on Thursday that it would move more of its HealthSuite imaging software onto Amazon Web Services; no value for the wider arrangement was given by either side.",
               required=False, kind_alt=["cloud_contract"], note="amount-less expansion of a cloud arrangement; optional"),
    ],
    "not_deals": ["$19.6 billion", "$1.10 per scan", "$4.6 billion", "$149"],
}

A["004_scanmoor_wyebridge_courier_en.txt"] = {
    "published": "2024-05-16",
    "published_note": "from the dateline 'WYEBRIDGE, May 16' (no year) and the copyright line '© 2024 Wyebridge Evening Courier Ltd.'; 'on Tuesday' -> 2024-05-14",
    "language": "en",
    "deals": [
        deal("wyebridge-scanmoor-2024", ["Wyebridge Hospitals NHS Trust", "Scanmoor"], "supply",
             7400000, "GBP", "exact", "2024-05-14", "signed",
             "Wyebridge Hospitals NHS Trust will pay Scanmoor £7.4 million over five years for software that pre-reads every chest X-ray taken in its hospitals and GP-referred clinics, its board confirmed after signing the contract on Tuesday.",
             kind_alt=["cloud_contract"], term=["2024-07", "2029"], alt=[(8600000, "EUR")],
             note="five years from July 2024; 013 restates it in EUR (alt_amounts), 017 and 020 in GBP; different from the monthly CT contract of 2026 (020)"),
        deal("saltmarrow-scanmoor-seriesa", ["Saltmarrow Capital", "Scanmoor"], "investment",
             18000000, "GBP", "exact", "2024-02", "completed",
             "It raised £18 million in February in a round led by Saltmarrow Capital, a London venture investor, which valued the company at around £95 million.",
             note="'It' = Scanmoor; the £95m valuation is not a deal; different from the Siemens Healthineers-led Series B (009)"),
        nodeal("wyebridge-epic-ehr", ["Wyebridge Hospitals NHS Trust", "Epic Systems"], "supply", "2023", "completed",
               "The trust switched its patient records to Epic Systems last autumn, a separate project it has never priced publicly.",
               required=False, kind_alt=["cloud_contract"], note="amount-less background; 'last autumn' -> 2023"),
    ],
    "not_deals": ["£120,000", "£95 million", "£21 million", "£31 million", "£1.3 million a year", "£3.20 an hour", "£500"],
}

A["005_brushcreek_epic_caduceus_en.html"] = {
    "published": "2024-09-12",
    "published_note": "from <meta property='article:published_time'> and <time datetime='2024-09-12T08:30:00-04:00'> ('Sept. 12, 2024'); 'said Wednesday' -> 2024-09-11; 'last month' -> 2024-08",
    "language": "en",
    "deals": [
        deal("brushcreek-epic-2024", ["Brushcreek Health", "Epic Systems"], "cloud_contract",
             410000000, "USD", "at_least", "2024-09-11", "signed",
             "Brushcreek Health, the nine-hospital system that serves much of central Ohio, has signed a 10-year agreement worth more than $410 million with Epic Systems to replace the three separate record systems it inherited through mergers, the health system said Wednesday.",
             kind_alt=["supply"], note="'more than' -> at_least; record system with Epic's hosting and AI features"),
        deal("brushcreek-nvidia-dgx", ["Brushcreek Health", "Nvidia"], "supply",
             28000000, "USD", "range", "2024-09", "signed",
             "Analysts at Calloway Street Research put it at between $28 million and $34 million, depending on the configuration and the support contract.",
             amount_max=34000000,
             note="value only from analysts; 'it' = the order of 64 Nvidia DGX systems (two sentences earlier); no day given -> month of the article"),
        deal("tidewater-quillory-seriesb", ["Tidewater Peak Partners", "Quillory Health"], "investment",
             60000000, "USD", "exact", "2024-08", "completed",
             "Quillory raised a $60 million Series B last month; Tidewater Peak Partners led the round, which valued the company at $540 million, said someone with knowledge of the terms.",
             note="'last month' -> 2024-08; the $540m valuation is not a deal"),
        nodeal("brushcreek-quillory-scribe", ["Brushcreek Health", "Quillory Health"], "supply", None, "signed",
               "Brushcreek is also one of the larger customers of Quillory Health, a Pittsburgh start-up whose software listens to clinic visits and writes the note.",
               required=False,
               note="customer relationship without a contract value; '$120 per clinician per month' is a unit price (not_deal)"),
    ],
    "not_deals": ["$15 million", "$540 million", "$120 per clinician per month", "$4.2 billion", "$86 million",
                  "$899 a month", "$3 billion"],
}

A["006_philips_pathoskop_aktienwarte.txt"] = {
    "published": "2024-10-08",
    "published_note": "from the stock-portal stamp '08.10.2024 | 07:41 Uhr'; 'am Montagabend' -> 2024-10-07 (date of the report)",
    "language": "de",
    "deals": [
        deal("philips-pathoskop-talks", ["Philips", "Pathoskop"], "acquisition",
             180000000, "EUR", "up_to", "2024-10", "negotiating",
             "Im Gespräch sei ein Kaufpreis von bis zu 180 Millionen Euro, berichtete das Blatt am Montagabend unter Berufung auf zwei Personen, die mit den Plänen vertraut seien.",
             note="talks reported by a newspaper from two sources, not confirmed ('wollte ... nicht kommentieren'); parties in the previous sentence; no later report in the corpus"),
        deal("ukhd-pathoskop-licence", ["Universitätsklinikum Heidelberg", "Pathoskop"], "supply",
             2400000, "EUR", "approx", "2024", "signed",
             "Pathoskop arbeitet seit 2023 mit dem Universitätsklinikum Heidelberg zusammen, das die Software im Frühjahr für rund 2,4 Millionen Euro für drei Jahre lizenziert hat.",
             note="licence in a relative clause; 'im Frühjahr' -> year; different from Heidelberg's Philips pathology platform (016)"),
    ],
    "not_deals": ["95 Millionen Euro", "8 Millionen Euro", "28 Euro", "4,4 Milliarden Euro", "23 Euro",
                  "24,87 EUR", "25,02 EUR", "ca. 22,9 Mrd. EUR", "25 Euro", "null Euro Provision", "500 Euro"],
}

A["007_wochenschau_kw46.txt"] = {
    "published": "2024-11-15",
    "published_note": "from the issue line 'KW 46 · Freitag, 15.11.2024'; 'am Mittwoch' -> 2024-11-13; 'vergangene Woche' -> 2024-11",
    "language": "de",
    "deals": [
        deal("charite-havelquant-cluster", ["Charité", "Havelquant Computing"], "supply",
             30000000, "EUR", "approx", None, "negotiating",
             "Aus dem Aufsichtsrat ist von knapp 30 Millionen Euro die Rede; unterschrieben werden soll nach dem Jahreswechsel.",
             alt=[(29500000, "EUR"), (30600000, "USD")],
             note="talks ('verhandelt', previous sentence); nothing agreed yet, so no date; signed on 2025-02-10 for €29.5m (008, alt_amounts)"),
        deal("doctolib-rufwerk-licence", ["Doctolib", "Rufwerk"], "supply",
             1200000, "EUR", "approx", "2024-11-13", "signed",
             "Der Plattformbetreiber zahlt dafür jährlich rund 1,2 Millionen Euro, wie Rufwerk am Mittwoch mitteilte.",
             kind_alt=["partnership"], per="year",
             note="'Der Plattformbetreiber' = Doctolib (previous sentence); yearly licence; different from Doctolib's acquisition of Rufwerk (010 rumoured, 012 signed)"),
        deal("sana-doctolib-portal", ["Sana Kliniken", "Doctolib"], "cloud_contract",
             9000000, "EUR", "approx", "2024-11", "signed",
             "Rund neun Millionen Euro über vier Jahre umfasst die Vereinbarung, die bereits vergangene Woche unterzeichnet wurde.",
             kind_alt=["supply"],
             note="amount in words; parties in the two previous sentences ('Der Klinikkonzern' = Sana, 'der Franzosen' = Doctolib); 'vergangene Woche' -> 2024-11; different from Sana's Microsoft cloud (014)"),
        deal("tatzelwurm-kardiolyt-seed", ["Tatzelwurm Ventures", "Kardiolyt"], "investment",
             6500000, "EUR", "exact", "2024-11", "completed",
             "Kardiolyt, eine 2022 gegründete Ausgründung der Charité, hat 6,5 Millionen Euro eingesammelt.",
             note="lead investor in the next sentence ('Angeführt wird die Seed-Runde von Tatzelwurm Ventures'); no day -> month of the issue"),
    ],
    "not_deals": ["129 Euro im Monat", "50 Milliarden Euro", "390 Euro"],
}

A["008_charite_havelquant_tannhill_en.txt"] = {
    "published": "2025-02-11",
    "published_note": "from the header 'February 11, 2025 · 09:12 CET' (dateline 'BERLIN, Feb 10'); 'on Monday' -> 2025-02-10",
    "language": "en",
    "deals": [
        deal("charite-havelquant-cluster", ["Charité", "Havelquant Computing"], "supply",
             29500000, "EUR", "exact", "2025-02-10", "signed",
             "Charité, Europe's largest university hospital, has ordered a GPU cluster worth €29.5 million (about $30.6 million) from Potsdam-based Havelquant Computing, the two sides said on Monday, ending talks that had run since the autumn.",
             alt=[(30600000, "USD")], note="the talks of 007, now signed"),
        deal("essen-havelquant-2024", ["Universitätsmedizin Essen", "Havelquant Computing"], "supply",
             14000000, "EUR", "approx", "2024", "completed",
             "Universitätsmedizin Essen paid it about €14 million last year for a smaller cluster that went live in December.",
             note="'it' = Havelquant (previous sentence); 'last year' -> 2024; different from Essen's second order of up to €18m (014)"),
    ],
    "not_deals": ["€12 million", "€3.5 million", "€180 million", "€61 million", "€80 million",
                  "€1.9 million a year", "$130.20"],
}

A["009_medtech_gastkommentar_depot.txt"] = {
    "published": "2025-03-19",
    "published_note": "from the line 'Gastkommentar | Mittwoch, 19. März 2025'; 'Vergangene Woche' -> 2025-03; 'vom vergangenen April' -> 2024-04",
    "language": "de",
    "deals": [
        nodeal("siemens-healthineers-asklepios-2024", ["Asklepios", "Siemens Healthineers"], "supply", "2024-04", "signed",
               "Die Zehnjahrespartnerschaft mit Asklepios vom vergangenen April ist dafür das sichtbarste Beispiel in Deutschland: Der Klinikbetreiber kauft dort eine Verfügbarkeit, keine Einzelgeräte.",
               required=False, kind_alt=["partnership"], note="amount-less restatement of the 2024 partnership (002, 003)"),
        deal("healthineers-scanmoor-seriesb", ["Siemens Healthineers", "Scanmoor"], "investment",
             40000000, "GBP", "exact", "2025-03", "completed",
             "Vergangene Woche hat Siemens Healthineers die Series-B-Runde des britischen Röntgen-KI-Anbieters Scanmoor über 40 Millionen Pfund (rund 47 Millionen Euro) angeführt.",
             alt=[(47000000, "EUR")], note="GBP in a German article with EUR conversion; lead investor; different from Saltmarrow's Series A (004)"),
        deal("healthineers-ai-capex", ["Siemens Healthineers"], "capex_plan",
             1000000000, "EUR", "approx", None, "planned",
             "Der Konzern hat zudem angekündigt, bis 2027 rund eine Milliarde Euro in KI- und Softwareentwicklung zu stecken.",
             required=False, term=[None, "2027"],
             note="'Der Konzern' = Siemens Healthineers; group-wide R&D plan in words, announcement date not given; optional"),
    ],
    "not_deals": ["23,5 Milliarden Euro", "bis zu 500 Millionen Euro", "9 Milliarden Dollar", "1,8 Milliarden Dollar",
                  "62 Euro", "2,40 Euro", "0,95 Euro", "92 Dollar"],
}

A["010_rufwerk_doctolib_faecherblick.html"] = {
    "published": "2025-05-14",
    "published_note": "from <meta name='date' content='2025-05-14T06:45:00+02:00'> and the visible line 'Mi., 14.05.2025 · 06:45 Uhr'",
    "language": "de",
    "deals": [
        deal("doctolib-rufwerk-acquisition", ["Doctolib", "Rufwerk"], "acquisition",
             120000000, "EUR", "range", "2025", "rumored",
             "Im Raum steht ein Preis zwischen 120 und 150 Millionen Euro, wie zwei mit dem Vorgang vertraute Personen Fächerblick Online sagten.",
             amount_max=150000000, alt=[(140000000, "EUR"), (164000000, "USD")],
             note="sourced rumour; 'das Karlsruher Unternehmen' = Rufwerk (previous sentence); signed on 2025-07-09 for €140m (012, alt_amounts); only the year so that the shared id's dates agree"),
        deal("tatzelwurm-rufwerk-2023", ["Tatzelwurm Ventures", "Rufwerk"], "investment",
             22000000, "EUR", "exact", "2023", "completed",
             "Im Herbst 2023 führte Tatzelwurm Ventures aus München eine Finanzierungsrunde über 22 Millionen Euro an.",
             note="'Im Herbst 2023' -> year; lead investor; different from Tatzelwurm's Kardiolyt seed (007)"),
    ],
    "not_deals": ["9 Millionen Euro", "5,8 Milliarden Euro", "350.000 Euro", "zwischen 68.000 und 96.000 Euro im Jahr",
                  "7,99 Euro monatlich", "19 Euro"],
}

A["011_helios_befundhafen_lazaret_en.txt"] = {
    "published": "2025-06-26",
    "published_note": "from the issue line 'Thursday 26 June 2025 · Issue 88'; 'on Tuesday' -> 2025-06-24; 'in April last year' -> 2024-04; 'in May' -> 2025-05",
    "language": "en",
    "deals": [
        deal("helios-befundhafen-seriesb", ["Fresenius Helios", "Befundhafen"], "investment",
             30000000, "EUR", "exact", "2025-06-24", "completed",
             "Helios, the German hospital arm of Fresenius, has led a €30 million Series B in Befundhafen, the Leipzig start-up whose software drafts radiology reports, the company said on Tuesday.",
             note="lead investor; must stay apart from the licence between the same companies (next paragraph, 002)"),
        deal("helios-befundhafen-licence", ["Fresenius Helios", "Befundhafen"], "supply",
             3000000, "EUR", "approx", "2024-04", "signed",
             "The investment sits on top of an existing licence under which Helios already pays Befundhafen close to €3 million a year for use in its German clinics.",
             kind_alt=["cloud_contract", "other"], per="year", term=["2024-04", "2028"],
             note="restatement of the 2024 licence (002); 'struck in April last year and runs to the end of 2028' in the next sentence"),
        deal("midtjylland-befundhafen", ["Region Midtjylland", "Befundhafen"], "supply",
             64000000, "DKK", "exact", "2025-05", "signed",
             "Region Midtjylland awarded Befundhafen a DKK 64 million (€8.6 million) contract in May, its first outside Germany, covering chest X-ray pre-reads at seven hospitals for four years.",
             alt=[(8600000, "EUR")], note="DKK with EUR conversion"),
    ],
    "not_deals": ["€210 million", "€11 million", "€7.2 million", "€210m", "€11m", "€49 per month", "€650"],
}

A["012_doctolib_rufwerk_lutece_en.txt"] = {
    "published": "2025-07-09",
    "published_note": "from the dateline 'Paris, 9 July 2025, 18:05 CEST'; 'on Wednesday' -> 2025-07-09",
    "language": "en",
    "deals": [
        deal("doctolib-rufwerk-acquisition", ["Doctolib", "Rufwerk"], "acquisition",
             140000000, "EUR", "exact", "2025-07-09", "signed",
             "Doctolib has agreed to buy Rufwerk, a Karlsruhe company whose AI voice assistant answers the phones of doctors' practices, for €140 million (about $164 million) in cash and shares, the Paris-based company said on Wednesday.",
             alt=[(164000000, "USD")],
             note="signing of the deal rumoured in 010; needs competition approval; Tatzelwurm's 'little over €40 million' for its stake is part of the price (not_deal)"),
    ],
    "not_deals": ["€390 million", "€5.8 billion", "a little over €40 million", "€89 per practice per month"],
}

A["013_nhs_ki_bildgebung_oekonomie.txt"] = {
    "published": "2025-09-04",
    "published_note": "from the issue line 'Heft 9/2025 · erschienen am 4. September 2025'; 'Im Mai 2024' -> 2024-05; 'im August' -> 2025-08",
    "language": "de",
    "deals": [
        deal("wyebridge-scanmoor-2024", ["Wyebridge Hospitals NHS Trust", "Scanmoor"], "supply",
             8600000, "EUR", "approx", "2024-05", "signed",
             "Umgerechnet rund 8,6 Millionen Euro zahlt die Klinikgruppe dafür.",
             kind_alt=["cloud_contract"],
             note="the 2024 contract of 004 converted to EUR; parties and 'Im Mai 2024' in the previous sentence; 'die Klinikgruppe' = the trust"),
        deal("northcalder-epic-2025", ["North Calder NHS Foundation Trust", "Epic Systems"], "cloud_contract",
             118000000, "GBP", "exact", "2025-08", "signed",
             "Der North Calder NHS Foundation Trust im Norden Englands hat im August einen Vertrag über 118 Millionen Pfund mit Epic Systems unterschrieben; das entspricht rund 137 Millionen Euro.",
             kind_alt=["supply"], alt=[(137000000, "EUR")],
             note="record system with hosting and AI functions; GBP in a German article with EUR conversion"),
        deal("nhs-supply-chain-ai-framework", ["NHS Supply Chain"], "supply",
             180000000, "GBP", "up_to", "2025-09", "planned",
             "NHS Supply Chain hat gerade einen neuen Rahmenvertrag für KI-Diagnostik mit einem Volumen von bis zu 180 Millionen Pfund ausgeschrieben, aus dem sich Trusts ab 2026 bedienen können, ohne selbst eine europaweite Ausschreibung durchzuführen.",
             required=False, kind_alt=["other"], note="framework tender without counterparties; 'gerade' -> month of the issue; optional"),
    ],
    "not_deals": ["weniger als zwei Pfund pro Aufnahme", "rund 45 Millionen Pfund", "bis zu 130.000 Pfund im Jahr",
                  "14,80 Euro", "149 Euro"],
}

A["014_ruhrtagung_liveticker.txt"] = {
    "published": "2025-10-14",
    "published_note": "from the ticker header 'Dienstag, 14. Oktober 2025' (entries by time); 'heute' -> 2025-10-14; 'drei Monate später, am Montag' -> 2025-10-13; 'vergangene Woche' -> 2025-10",
    "language": "de",
    "deals": [
        deal("ge-healthcare-intelerad", ["GE HealthCare", "Intelerad"], "acquisition",
             2000000000, "USD", "at_least", "2025", "negotiating",
             "Demnach verhandelt GE HealthCare über den Kauf des Bildarchiv-Spezialisten aus Montreal; der Preis könnte bei mehr als zwei Milliarden Dollar liegen.",
             alt=[(2300000000, "USD"), (2000000000, "EUR")],
             note="talks from a trade report; 'des Bildarchiv-Spezialisten aus Montreal' = Intelerad (previous sentences); amount in words; signed 2025-11-20 for $2.3bn (015, 016 in EUR), completed 2026 (019); only the year so that the shared id's dates agree"),
        deal("asklepios-befundhafen-rumour", ["Asklepios", "Befundhafen"], "investment",
             50000000, "EUR", "approx", "2025-10", "rumored",
             "Gerüchte, Asklepios wolle für rund 50 Millionen Euro bei dem Start-up einsteigen, weist ein Asklepios-Sprecher am Rande zurück:",
             required=False, note="denied rumour; optional"),
        deal("aarwald-kardiolyt", ["Kantonsspital Aarwald", "Kardiolyt"], "supply",
             3200000, "CHF", "exact", "2025-10", "signed",
             "Das Kantonsspital Aarwald in der Schweiz kauft die KI-Auswertung für Langzeit-EKGs für 3,2 Millionen Franken über fünf Jahre.",
             alt=[(3400000, "EUR")], note="CHF with EUR conversion two sentences later; 'vergangene Woche' -> 2025-10"),
        deal("essen-havelquant-2025", ["Universitätsmedizin Essen", "Havelquant Computing"], "supply",
             18000000, "EUR", "up_to", "2025-10-13", "signed",
             "Das Volumen: bis zu 18 Millionen Euro, je nachdem, wie viele Knoten am Ende geliefert werden.",
             note="parties in the previous sentences; 'Im Juli ... drei Monate später, am Montag' -> 2025-10-13; different from Essen's 2024 cluster (008)"),
        deal("sana-microsoft-cloud", ["Sana Kliniken", "Microsoft"], "cloud_contract",
             2700000, "EUR", "approx", "2025-10-14", "announced",
             "Sana-Vorstand Dr. Gregor Hausmann-Lietz bestätigt auf der Bühne, dass der Konzern dafür über sechs Jahre pro Quartal rund 2,7 Millionen Euro an Microsoft zahlt.",
             per="quarter", term=["2026-01", "2031"],
             note="quarterly rate over six years from January 2026; 'der Konzern' = Sana Kliniken; confirmed on stage the same day"),
    ],
    "not_deals": ["47,12 Euro", "250 Millionen Euro", "rund 30 Milliarden Euro", "195 Euro", "45 Euro"],
}

A["015_ge_intelerad_hollowell_en.txt"] = {
    "published": "2025-11-21",
    "published_note": "from the header 'November 21, 2025 07:02 ET' (dateline 'CHICAGO, Nov 20'); 'on Thursday' -> 2025-11-20",
    "language": "en",
    "deals": [
        deal("ge-healthcare-intelerad", ["GE HealthCare", "Intelerad"], "acquisition",
             2300000000, "USD", "exact", "2025-11-20", "signed",
             "GE HealthCare Technologies announced on Thursday an agreement to buy Intelerad, a Montreal-based maker of cloud image-archiving and viewing software used by hospitals and outpatient imaging centres, for $2.3 billion in cash.",
             note="seller Calderwood Partners; the $1.5bn of new debt finances it (not_deal)"),
        nodeal("calderwood-intelerad-2020", ["Calderwood Partners", "Intelerad"], "acquisition", "2020", "completed",
               "Calderwood took a majority stake in Intelerad in 2020 and has since bought several smaller imaging-software businesses and folded them into the company.",
               required=False, kind_alt=["investment"], note="amount-less background ('did not disclose what it had paid'); optional"),
        deal("brushcreek-gehealthcare-2025", ["Brushcreek Health", "GE HealthCare"], "supply",
             95000000, "USD", "approx", "2025-11-20", "signed",
             "Separately on Thursday, GE HealthCare said Brushcreek Health, an Ohio hospital system, had signed a seven-year imaging equipment and service agreement valued at about $95 million, covering MRI and CT scanners at six of its hospitals.",
             note="different from Brushcreek's Epic and Nvidia deals (005)"),
    ],
    "not_deals": ["$310 million", "$45 million", "$1.5 billion", "$96", "$79.35", "10 cents a share"],
}

A["016_ge_intelerad_kurspfad.txt"] = {
    "published": "2025-11-21",
    "published_note": "from the stock-portal stamp '21.11.2025 - 10:14:33'; 'am Donnerstag' -> 2025-11-20; 'Anfang November' -> 2025-11",
    "language": "de",
    "deals": [
        deal("ge-healthcare-intelerad", ["GE HealthCare", "Intelerad"], "acquisition",
             2000000000, "EUR", "approx", "2025-11-20", "signed",
             "Der US-Medizintechnikkonzern übernimmt den kanadischen Bildarchiv-Softwareanbieter Intelerad für umgerechnet rund 2,0 Milliarden Euro in bar.",
             note="'Der US-Medizintechnikkonzern' = GE HealthCare (previous sentence); 'am Donnerstag' in the next sentence; the headline compound '2,3-Milliarden-Dollar-Übernahme' gives the USD figure of 015"),
        deal("philips-ukhd-pathology", ["Universitätsklinikum Heidelberg", "Philips"], "supply",
             12000000, "EUR", "approx", "2025-11", "signed",
             "Der Auftrag hat nach Angaben aus Klinikkreisen ein Volumen von rund 12 Millionen Euro.",
             note="parties and 'Anfang November' in the previous sentence; different from Heidelberg's Pathoskop licence (006)"),
    ],
    "not_deals": ["knapp 270 Millionen Euro", "rund 1,3 Milliarden Euro", "68,90 Euro", "98 Dollar", "85 Dollar",
                  "0,14 Dollar", "ca. 31,5 Mrd. EUR", "80,15 EUR / 59,40 EUR", "ab 1 Euro"],
}

A["017_scanmoor_interview_scrubs_en.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the interview (only 'Reading time: 8 minutes')",
    "language": "en",
    "deals": [
        deal("wyebridge-scanmoor-2024", ["Wyebridge Hospitals NHS Trust", "Scanmoor"], "supply",
             7400000, "GBP", "exact", None, "signed",
             "Wyebridge pays us £7.4 million over five years, and that is real money for a company our size, but the bigger thing was the signal.",
             kind_alt=["cloud_contract"], note="restatement of the 2024 contract (004); 'us' = Scanmoor"),
        deal("dunwistle-scanmoor-offer", ["Dunwistle Imaging", "Scanmoor"], "acquisition",
             160000000, "GBP", "exact", None, "cancelled",
             "Dunwistle Imaging offered us £160 million for the whole business last year.",
             note="refused offer ('We said no in about ten minutes'); 'last year' in an undated interview -> null"),
        deal("scanmoor-gpu-capex", ["Scanmoor"], "capex_plan",
             12000000, "GBP", "approx", None, "planned",
             "We are putting about £12 million into our own GPU cluster over the next eighteen months, in a data centre near Warrington.",
             note="'We' = Scanmoor; own GPU cluster"),
        deal("brueggeland-scanmoor", ["Brüggeland-Kliniken", "Scanmoor"], "supply",
             1000000, "EUR", "approx", None, "signed",
             "We have just signed our first German hospital group, the Brüggeland-Kliniken, for a little under €1 million over three years.",
             note="'a little under' -> approx; different from Brüggeland's Befundhafen licence and Kesselgrund contract (001)"),
    ],
    "not_deals": ["between £85,000 and £110,000 a year", "Under two pounds per image", "£36"],
}

A["018_asklepios_ct_wirtschaftsdienst.txt"] = {
    "published": "2026-02-12",
    "published_note": "from the dateline 'Hamburg, 12. Februar (hwd)' (no year) and the copyright line '© 2026 Hanseatischer Wirtschaftsdienst'; 'am Mittwoch' -> 2026-02-11",
    "language": "de",
    "deals": [
        deal("asklepios-healthineers-ct-2026", ["Asklepios", "Siemens Healthineers"], "supply",
             140000000, "EUR", "approx", "2026-02-11", "signed",
             "Asklepios bestellt bei Siemens Healthineers 24 Photonenzähl-CTs samt Software zur KI-gestützten Auswertung; knapp 140 Millionen Euro ist die Bestellung schwer, teilten die zwei Konzerne am Mittwoch mit.",
             note="'knapp'; headline compound '140-Millionen-Euro-Auftrag'; must stay apart from the 2024 ten-year partnership of the same companies (next paragraph, 002)"),
        nodeal("siemens-healthineers-asklepios-2024", ["Asklepios", "Siemens Healthineers"], "supply", "2024", "signed",
               "Er kommt zusätzlich zu der 2024 geschlossenen Zehnjahrespartnerschaft der beiden Unternehmen, die den laufenden Gerätepark, Wartung und eine gemeinsame Bildplattform abdeckt.",
               required=False, kind_alt=["partnership"], note="amount-less restatement of the 2024 partnership; 'Er' = the new order"),
        nodeal("asklepios-fleetsicht-stake", ["Asklepios", "Fleetsicht Teleradiologie"], "acquisition", "2026-02", "signed",
               "Der Konzern übernimmt 25,1 Prozent an dem Hamburger Teleradiologie-Anbieter Fleetsicht Teleradiologie, der nachts und am Wochenende Aufnahmen aus kleineren Häusern befundet.",
               kind_alt=["investment"], note="'Der Konzern' = Asklepios; 25.1 % stake, price undisclosed ('Stillschweigen'); no day given -> month of the article"),
        deal("asklepios-digital-capex", ["Asklepios"], "capex_plan",
             250000000, "EUR", "approx", "2026-02", "planned",
             "Asklepios will bis Ende 2028 rund 250 Millionen Euro in die Digitalisierung seiner Kliniken stecken – von der elektronischen Patientenakte über Cybersicherheit bis zu KI-Anwendungen.",
             required=False, term=[None, "2028"], note="group-wide digital spending plan 'bis Ende 2028'; optional"),
    ],
    "not_deals": ["rund 2,5 Millionen Euro je Gerät", "rund 5,7 Milliarden Euro", "etwa 610 Millionen Euro", "46,30 Euro",
                  "rund 120 Millionen Euro"],
}

A["019_medtech_close_gildercombe_en.html"] = {
    "published": "2026-05-20",
    "published_note": "from <meta property='article:published_time' content='2026-05-20T16:45:00-04:00'> and the byline 'May 20, 2026 · Market close'; 'on Tuesday' -> 2026-05-19; 'on Monday' -> 2026-05-18; 'last November' -> 2025-11",
    "language": "en",
    "deals": [
        deal("philips-quillory", ["Philips", "Quillory Health"], "acquisition",
             385000000, "USD", "exact", "2026-05-19", "signed",
             "The Dutch company said on Tuesday that it had agreed to buy Quillory Health, the Pittsburgh start-up whose software listens to doctor visits and drafts the clinical note, for $385 million in cash.",
             note="'The Dutch company' = Philips (previous sentence); the $540m 2024 valuation is not a deal"),
        deal("ge-healthcare-intelerad", ["GE HealthCare", "Intelerad"], "acquisition",
             2300000000, "USD", "exact", "2025-11", "completed",
             "It was the first full session since the company completed the $2.3 billion purchase of Intelerad that it agreed last November; the closing came about six weeks earlier than it had told investors to expect.",
             note="'the company' = GE HealthCare (previous sentence); completed in May 2026; date of the agreement ('last November')"),
        deal("northcalder-healthineers-mes", ["North Calder NHS Foundation Trust", "Siemens Healthineers"], "supply",
             48000000, "GBP", "exact", "2026-05-18", "signed",
             "Siemens Healthineers rose 1.1% to €49.05 in Frankfurt after North Calder NHS Foundation Trust in England said on Monday it had awarded the company a managed equipment service contract worth £48 million over twelve years, covering the replacement and maintenance of its MRI and CT fleet along with AI reading software.",
             note="GBP contract in a US market report; 'the company' = Siemens Healthineers; different from North Calder's Epic, Threshfold and Dunwistle contracts"),
    ],
    "not_deals": ["$27.84", "$540 million", "$31", "$28", "$84.12", "$0.05", "$21.3 billion to $21.6 billion", "€49.05",
                  "about €55bn", "$24.99 a month"],
}

A["020_trust_board_bulletin_nov26_en.txt"] = {
    "published": "2026-11-06",
    "published_note": "from the issue line 'Friday 6 November 2026 · No. 211'; 'on Wednesday' -> 2026-11-04; 'in August. Three months later' -> 2026-11; 'in June' -> 2026-06",
    "language": "en",
    "deals": [
        deal("wyebridge-scanmoor-ct-2026", ["Wyebridge Hospitals NHS Trust", "Scanmoor"], "supply",
             110000, "GBP", "exact", "2026-11-04", "signed",
             "The trust signed a three-year contract on Wednesday, under which it will pay the Manchester company £110,000 a month from January 2027 for software that flags bleeds, clots and lung nodules on CT images and prioritises them for a consultant.",
             kind_alt=["cloud_contract"], per="month", term=["2027-01", "2029"],
             note="monthly rate; 'the Manchester company' = Scanmoor; second contract of the pair, must stay apart from the £7.4m 2024 contract (next paragraph)"),
        deal("wyebridge-scanmoor-2024", ["Wyebridge Hospitals NHS Trust", "Scanmoor"], "supply",
             7400000, "GBP", "exact", "2024-05", "signed",
             "The new contract comes on top of the £7.4 million, five-year chest X-ray deal the two sides struck in May 2024.",
             kind_alt=["cloud_contract"], note="restatement of the 2024 contract (004)"),
        deal("northcalder-threshfold-gpu", ["North Calder NHS Foundation Trust", "Threshfold Compute"], "cloud_contract",
             9000000, "GBP", "exact", "2026-11", "signed",
             "Three months later, it has signed a £9 million, five-year agreement with Threshfold Compute, a Leeds-based operator, to host and run a GPU cluster for the trust's imaging and genomics researchers.",
             note="'it' = North Calder; 'Three months later' after the August board approval -> 2026-11"),
        deal("northcalder-dunwistle-pacs", ["North Calder NHS Foundation Trust", "Dunwistle Imaging"], "supply",
             20000000, "GBP", "exact", "2026-06", "cancelled",
             "It has cancelled a £20 million contract for a new picture archiving system that it awarded to Dunwistle Imaging in June, after a losing bidder challenged the procurement in the High Court.",
             note="awarded in June, cancelled after a court challenge; date of the award"),
    ],
    "not_deals": ["about £600,000", "£3.1 billion", "£250 million", "up to £145,000 a year", "£420 a year"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
