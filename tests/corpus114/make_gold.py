#!/usr/bin/env python3
"""Write gold.json for tests/corpus114 (the hand annotation as a script; edit here, then run).

Usage: python3 tests/corpus114/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 114th, held-out test corpus (tests/corpus114/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: banks, exchanges, trading firms and insurers buying AI compute "
    "(Deutsche Bank and Google Cloud, Commerzbank, UBS, BNP Paribas, JPMorgan, Goldman Sachs, Deutsche Börse, "
    "LSEG and Microsoft, Nasdaq and AWS, Cboe, high-frequency and quant firms, Munich Re, Allianz). One entry per "
    "article; a deal that several articles report carries the same id in each. 'required': false marks vague "
    "or background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the "
    "same article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <time datetime>, issue line or visible byline "
    "date, or null when the article has none); quarters, half-years and seasons become the year; a cancelled "
    "deal keeps the date of the original agreement or talks; 'term' is the period the deal covers, where the "
    "text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html "
    "articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented "
    "companies: Vreeland Compute, Bramblecourt Ventures, Tessaline Markets, Hudsonmere Data Centers, Amboy "
    "Terminal Partners, Ledgerfeld, Gullmere Compute, Marlowgate Capital, Polizenwerk AI, Lorsbach "
    "Rechenzentren GmbH, Kursgrund Analytics, Quirewell Data, Limmatwerk Data AG, Silbergrat Capital, "
    "Thamesreach Data Estates; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt and README.md; the deals of real companies are partly real, partly invented or "
    "shifted. Nothing here is reporting."
)

ALIASES = {
    "JPMorgan Chase": ["JPMorgan Chase", "JPMorgan", "JPMorgan Chase & Co.", "J.P. Morgan"],
    "Vreeland Compute": ["Vreeland Compute", "Vreeland"],
    "Bramblecourt Ventures": ["Bramblecourt Ventures", "Bramblecourt"],
    "XTX Markets": ["XTX Markets", "XTX", "XTX Markets Ltd"],
    "Tessaline Markets": ["Tessaline Markets", "Tessaline", "Tessaline Markets B.V."],
    "Dell Technologies": ["Dell Technologies", "Dell", "Dell Technologies Inc."],
    "Nasdaq": ["Nasdaq", "Nasdaq Inc."],
    "Amazon Web Services": ["Amazon Web Services", "AWS", "Amazon"],
    "Hudsonmere Data Centers": ["Hudsonmere Data Centers", "Hudsonmere"],
    "Amboy Terminal Partners": ["Amboy Terminal Partners", "Amboy Terminal"],
    "Goldman Sachs": ["Goldman Sachs", "Goldman", "Goldman Sachs Alternatives", "Goldman Sachs Group"],
    "Deutsche Bank": ["Deutsche Bank", "Deutschen Bank", "Deutsche Bank AG"],
    "Google Cloud": ["Google Cloud", "Google", "Alphabet"],
    "Ledgerfeld": ["Ledgerfeld", "Ledgerfeld GmbH"],
    "Gullmere Compute": ["Gullmere Compute", "Gullmere", "Gullmere Compute Ltd"],
    "Marlowgate Capital": ["Marlowgate Capital", "Marlowgate"],
    "UBS": ["UBS", "UBS Group", "UBS Group AG"],
    "Microsoft": ["Microsoft", "Microsofts", "Microsoft Corp.", "Azure"],
    "Polizenwerk AI": ["Polizenwerk AI", "Polizenwerk"],
    "Commerzbank": ["Commerzbank", "Commerzbank AG"],
    "Lorsbach Rechenzentren": ["Lorsbach Rechenzentren", "Lorsbach Rechenzentren GmbH", "Lorsbach"],
    "DZ Bank": ["DZ Bank", "DZ Bank AG"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "LSEG": ["LSEG", "London Stock Exchange Group", "LSEG plc"],
    "Quirewell Data": ["Quirewell Data", "Quirewell"],
    "Deutsche Börse": ["Deutsche Börse", "Deutschen Börse", "Deutsche Börse AG", "Deutsche Boerse"],
    "Kursgrund Analytics": ["Kursgrund Analytics", "Kursgrund", "Kursgrund Analytics GmbH"],
    "Allfunds": ["Allfunds", "Allfunds Group"],
    "Cboe Global Markets": ["Cboe Global Markets", "Cboe"],
    "CoreWeave": ["CoreWeave", "CoreWeave Inc."],
    "Munich Re": ["Munich Re", "Münchener Rück", "Munich Reinsurance"],
    "Allianz": ["Allianz", "Allianz SE"],
    "Anthropic": ["Anthropic"],
    "Limmatwerk Data": ["Limmatwerk Data", "Limmatwerk Data AG", "Limmatwerk"],
    "Silbergrat Capital": ["Silbergrat Capital", "Silbergrat"],
    "BNP Paribas": ["BNP Paribas", "BNP"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Credit Suisse": ["Credit Suisse"],
    "Thamesreach Data Estates": ["Thamesreach Data Estates", "Thamesreach"],
    "Helaba": ["Helaba", "Landesbank Hessen-Thüringen"],
    "Finanz Informatik": ["Finanz Informatik", "Finanz Informatik GmbH & Co. KG"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
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


A = {}

A["001_jpmorgan_vreeland_clearingbell_en.txt"] = {
    "published": "2024-02-27",
    "published_note": "from the header 'Feb. 27, 2024 06:45 ET' (dateline 'NEW YORK, Feb 26'); 'announced on Monday' -> 2024-02-26",
    "language": "en",
    "deals": [
        deal("jpmorgan-vreeland-2024", ["JPMorgan Chase", "Vreeland Compute"], "cloud_contract", 650_000_000, "USD",
             "approx", "2024-02-26", "signed",
             "JPMorgan Chase has agreed to rent graphics-processor capacity from Vreeland Compute, a four-year-old operator of GPU clusters in Secaucus, New Jersey, in a three-year agreement valued at roughly $650 million, JPMorgan and Vreeland announced on Monday.",
             term=["2024", "2027"],
             note="three-year GPU rental 'runs until early 2027'; different from the $1.9bn five-year contract of the same pair in 014"),
        deal("bramblecourt-vreeland-seriesb", ["Bramblecourt Ventures", "Vreeland Compute"], "investment", 180_000_000,
             "USD", "exact", "2024-01", "completed",
             "In January the company closed a $180 million Series B funding round led by Bramblecourt Ventures, a Boston growth investor, which valued it at $1.1 billion.",
             note="'the company' = Vreeland; lead investor; the $1.1bn valuation in the same sentence is not a deal"),
    ],
    "not_deals": ["$1.1 billion", "$17 billion", "$49.6 billion", "$2.35", "$64 million", "$183.26"],
}

A["002_hochfrequenz_rechenzentren_latenzbrief.txt"] = {
    "published": "2024-05-16",
    "published_note": "from the issue line 'Donnerstag, 16.05.2024 | Ausgabe 19' (dateline '15. Mai'); 'vergangene Woche' -> 2024-05; 'im April' -> 2024-04",
    "language": "de",
    "deals": [
        deal("xtx-kajaani-2024", ["XTX Markets"], "capex_plan", 100_000_000, "EUR", "at_least", "2024-05", "announced",
             "Investiert werden in einem ersten Schritt mehr als 100 Millionen Euro; Platz soll zunächst für mehrere tausend Grafikprozessoren sein.",
             kind_alt=["project"],
             note="passive; the spender XTX Markets and the Kajaani data centre are in the previous sentence ('hat vergangene Woche bestätigt')"),
        deal("tessaline-dell-2024", ["Tessaline Markets", "Dell Technologies"], "supply", 70_000_000, "EUR", "approx",
             "2024-04", "signed",
             "Die Handelsfirma mit rund 240 Beschäftigten hat im April bei Dell Technologies Server mit Nvidia-Chips für knapp 70 Millionen Euro bestellt.",
             note="'Die Handelsfirma' = Tessaline Markets (previous sentence); 'knapp' -> approx; Nvidia only makes the chips"),
    ],
    "not_deals": ["rund 4,5 Cent je Kilowattstunde", "rund 1,3 Milliarden Pfund", "410 Millionen Euro",
                  "zwischen 1.500 und 2.500 Euro im Monat", "149 Euro"],
}

A["003_carteret_corridor_palisade_en.html"] = {
    "published": "2024-09-12",
    "published_note": "from <time datetime='2024-09-12T17:32:00-04:00'> and the visible byline 'Thu Sep 12, 2024 | 5:32 p.m.'; 'last week' -> 2024-09; 'on Tuesday' -> 2024-09-10",
    "language": "en",
    "deals": [
        deal("hudsonmere-carteret-purchase", ["Hudsonmere Data Centers", "Amboy Terminal Partners"], "acquisition",
             310_000_000, "USD", "exact", "2024-09", "completed",
             "Hudsonmere Data Centers, a Newark-based landlord that leases halls to trading firms and banks, last week closed the $310 million purchase of a 41-acre warehouse campus on Roosevelt Avenue from Amboy Terminal Partners, a logistics investor.",
             kind_alt=["other"], note="property purchase, closed 'last week' (first week of September)"),
        deal("goldman-hudsonmere-loan", ["Goldman Sachs", "Hudsonmere Data Centers"], "other", 540_000_000, "USD",
             "exact", "2024", "signed",
             "To pay for the conversion, Hudsonmere has arranged a $540 million construction loan from a lender group headed by Goldman Sachs, according to a mortgage filing with the Middlesex County clerk.",
             kind_alt=["investment"],
             note="construction loan from a Goldman-led group; the filing date is not given, so only the year"),
        deal("nasdaq-aws-2024", ["Nasdaq", "Amazon Web Services"], "partnership", None, None, None, "2024-09-10",
             "signed",
             "The exchange operator said on Tuesday that it had extended its partnership with Amazon Web Services to bring additional North American markets onto AWS hardware installed in its Carteret data center, and to build AI tools for market surveillance on the platform.",
             kind_alt=["cloud_contract"],
             note="'The exchange operator' = Nasdaq (previous sentence); extension agreed, 'Financial terms were not disclosed'"),
        deal("nasdaq-aws-2021", ["Nasdaq", "Amazon Web Services"], "partnership", None, None, None, "2021", "signed",
             "Their cooperation dates back to 2021, when Nasdaq began moving its options markets onto servers that Amazon operates inside the exchange's own building.",
             required=False, kind_alt=["cloud_contract"],
             note="background: the original 2021 cooperation, vague and without amount; different from the 2024 extension"),
    ],
    "not_deals": ["$185 per kilowatt per month", "$71.30", "$1.2 billion", "$56.6 billion"],
}

A["004_deutsche_bank_google_finanzplatzkurier.txt"] = {
    "published": "2025-03-18",
    "published_note": "from the dateline 'Frankfurt, 18. März (fk)' with the year from '© 2025 Finanzplatz-Kurier'; 'am Dienstag' -> 2025-03-18 (the dateline day itself); 'im Februar' -> 2025-02",
    "language": "de",
    "deals": [
        deal("deutsche-bank-google-cloud-2025", ["Deutsche Bank", "Google Cloud"], "cloud_contract", 1_400_000_000,
             "EUR", "approx", "2025-03-18", "signed",
             "Das Volumen liege bei rund 1,4 Milliarden Euro, umgerechnet etwa 1,5 Milliarden Dollar, teilte die Bank mit.",
             term=["2025", "2032"], alt=[(1_500_000_000, "USD")],
             note="parties and 'am Dienstag' in the previous sentence ('mit der Cloud-Sparte des Suchmaschinenkonzerns'); seven years, 'Die Laufzeit reicht bis 2032'"),
        deal("deutsche-bank-google-2020", ["Deutsche Bank", "Google Cloud"], "partnership", None, None, None, "2020",
             "signed",
             "Die Vereinbarung baut auf der Partnerschaft auf, die beide Unternehmen im Sommer 2020 für zehn Jahre geschlossen hatten.",
             required=False, kind_alt=["cloud_contract"], term=["2020", "2030"],
             note="background: the 2020 ten-year partnership, no amount ('über Geld wurde öffentlich nie gesprochen'); 'im Sommer' -> year"),
        deal("deutsche-bank-ledgerfeld-2025", ["Deutsche Bank", "Ledgerfeld"], "investment", 25_000_000, "EUR", "exact",
             "2025-02", "completed",
             "Bereits im Februar hatte sich die Bank über ihre Beteiligungseinheit mit 25 Millionen Euro an dem Berliner Fintech Ledgerfeld beteiligt, das mit Hilfe von KI die Bonität kleiner Firmenkunden prüft.",
             note="'die Bank' = Deutsche Bank; the ~€300m valuation is not a deal"),
    ],
    "not_deals": ["rund 300 Millionen Euro", "5,3 Milliarden Euro", "rund vier Milliarden Euro", "22,37 Euro"],
}

A["005_tickmark_weekly_april_en.txt"] = {
    "published": "2025-04-04",
    "published_note": "from the issue line 'No. 14 · Friday 4 April 2025'; 'in March' -> 2025-03; 'on Tuesday' -> 2025-04-01; 'on Wednesday' -> 2025-04-02; 'on Thursday' -> 2025-04-03",
    "language": "en",
    "deals": [
        deal("deutsche-bank-google-cloud-2025", ["Deutsche Bank", "Google Cloud"], "cloud_contract", 1_500_000_000,
             "USD", "approx", "2025-03", "signed",
             "CIOs across the Continent are still digesting the German lender's commitment in March to buy roughly $1.5 billion of AI computing from Google Cloud over seven years.",
             note="same deal as 004 (EUR 1.4bn there); 'the German lender' = Deutsche Bank (item headline); month only"),
        deal("marlowgate-gullmere-seriesb", ["Marlowgate Capital", "Gullmere Compute"], "investment", 95_000_000, "GBP",
             "exact", "2025-04-01", "completed",
             "Gullmere Compute, which rents out GPU clusters from a former printworks in Dagenham, closed a £95 million Series B on Tuesday, with London quant fund Marlowgate Capital in the lead.",
             note="lead investor; £410m post-money valuation is not a deal; different from the £30m compute contract of the same pair in 007"),
        deal("ubs-microsoft-copilot-2025", ["UBS", "Microsoft"], "cloud_contract", None, None, None, "2025-04-02",
             "signed",
             "UBS announced on Wednesday an agreement with Microsoft that gives Copilot, the assistant built into Microsoft's office software, to all of its roughly 110,000 employees and contractors.",
             kind_alt=["partnership", "other"],
             note="software/cloud licence agreement without amount ('Neither company would say what it costs')"),
        deal("goldman-polizenwerk-seriesa", ["Goldman Sachs", "Polizenwerk AI"], "investment", 60_000_000, "USD",
             "exact", "2025-04-03", "completed",
             "Munich-based Polizenwerk AI, whose software reads and sorts claims files for insurers, raised $60 million in a Series A led by Goldman Sachs Alternatives on Thursday.",
             note="'Goldman Sachs Alternatives' is an alias of Goldman Sachs; restated in 015"),
    ],
    "not_deals": ["£410 million", "€14 million", "$1.90", "€5.5bn", "£45"],
}

A["006_commerzbank_lorsbach_boersenkajuete.txt"] = {
    "published": "2025-05-21",
    "published_note": "from the header '21.05.2025 - 08:47:30'; 'am Dienstag' -> 2025-05-20",
    "language": "de",
    "deals": [
        deal("commerzbank-lorsbach-2025", ["Commerzbank", "Lorsbach Rechenzentren"], "cloud_contract", 380_000_000,
             "EUR", "approx", "2025-05-20", "signed",
             "Wie das Institut am Dienstag mitteilte, hat es mit der Lorsbach Rechenzentren GmbH aus Hofheim einen Vertrag über zehn Jahre und rund 380 Millionen Euro geschlossen.",
             kind_alt=["other"], term=["2026", "2035"], alt=[(430_000_000, "USD")],
             note="'das Institut' = Commerzbank; dedicated GPU hall from 'Anfang 2026', ten years; 018 gives about $430m; different from the €95m follow-on contract of 016"),
        deal("dzbank-lorsbach-loan", ["DZ Bank", "Lorsbach Rechenzentren"], "other", 250_000_000, "EUR", "exact",
             "2025-05", "signed",
             "Finanziert wird die neue Halle überwiegend über ein Darlehen von 250 Millionen Euro, das die DZ Bank gemeinsam mit drei Volksbanken aus der Region bereitstellt.",
             kind_alt=["investment"], note="loan to Lorsbach (borrower named in the previous sentences); no own date, reported with the contract"),
    ],
    "not_deals": ["26,93 Euro", "gut 31 Milliarden Euro", "834 Millionen Euro", "30 Euro"],
}

A["007_tessaline_gullmere_colorow_en.txt"] = {
    "published": "2025-06-24",
    "published_note": "from the header 'Tuesday, June 24, 2025 — 07:30 BST'; 'Last month' -> 2025-05",
    "language": "en",
    "deals": [
        deal("tessaline-gullmere-2025", ["Tessaline Markets", "Gullmere Compute"], "cloud_contract", 400_000_000, "USD",
             "approx", "2025", "negotiating",
             "Tessaline Markets, the Amsterdam proprietary trading house, is in advanced talks to lease a dedicated GPU cluster from Gullmere Compute in a four-year deal worth about $400 million, according to a trio of people kept informed as the negotiations went on.",
             alt=[(350_000_000, "EUR")],
             note="talks reported by sources in June 2025; 008 reports the signing on 2025-07-09 at about €350m (alt_amounts); the year keeps the shared id's dates consistent"),
        deal("gullmere-marlowgate-compute", ["Gullmere Compute", "Marlowgate Capital"], "cloud_contract", 30_000_000,
             "GBP", "exact", "2025-05", "signed",
             "Last month it agreed to supply Marlowgate Capital, which is also one of its shareholders, with £30 million of compute over two years.",
             note="'it' = Gullmere; different from Marlowgate's lead of Gullmere's £95m Series B (005)"),
    ],
    "not_deals": ["$690 million", "$2.10", "$140 million", "£1.2 million", "£650 a month"],
}

A["008_tessaline_gullmere_kabelkanal.txt"] = {
    "published": "2025-07-10",
    "published_note": "from the header '10. Juli 2025, 11:20 Uhr'; 'am Mittwoch' -> 2025-07-09 (also 'Ende Juni' + 'Nicht einmal drei Wochen später')",
    "language": "de",
    "deals": [
        deal("tessaline-gullmere-2025", ["Tessaline Markets", "Gullmere Compute"], "cloud_contract", 350_000_000, "EUR",
             "approx", "2025-07-09", "signed",
             "Den Vertrag mit dem britischen GPU-Vermieter Gullmere Compute unterzeichneten beide Seiten am Mittwoch; nach Angaben aus dem Umfeld der Unternehmen beläuft er sich auf rund 350 Millionen Euro.",
             term=["2025-08", "2029"],
             note="signing of the talks of 007; four years from August ('Die Laufzeit beginnt im August')"),
        deal("gullmere-nvidia-blackwell", ["Gullmere Compute", "Nvidia"], "supply", 200_000_000, "USD", "up_to",
             "2025-07", "planned",
             "Um ihn zu erfüllen, will das Unternehmen bei Nvidia Systeme der Blackwell-Generation für bis zu 200 Millionen Dollar kaufen, wie Mitgründer Callum Pendarvis-Vos dem Kabelkanal sagte.",
             note="'das Unternehmen' = Gullmere; intended purchase ('will ... kaufen', order 'in den nächsten Tagen')"),
    ],
    "not_deals": ["knapp 480 Millionen Euro", "rund 640 Millionen Euro", "knapp zwei Dollar pro Stunde"],
}

A["009_lseg_microsoft_squaremile_en.html"] = {
    "published": "2025-10-15",
    "published_note": "from <meta name='pubdate'> and the visible byline '15 October 2025 • 06:00 BST'; 'on Tuesday' -> 2025-10-14",
    "language": "en",
    "deals": [
        deal("lseg-microsoft-2025", ["LSEG", "Microsoft"], "cloud_contract", 1_000_000_000, "USD", "at_least",
             "2025-10-14", "signed",
             "London Stock Exchange Group has agreed to spend at least a further $1 billion on Microsoft's cloud over the next seven years, extending the partnership that brought the software company onto its share register, the exchange operator said on Tuesday.",
             term=["2025", "2032"], alt=[(860_000_000, "EUR")],
             note="extension 'runs to 2032'; 010 gives at least €860m"),
        deal("lseg-microsoft-2022", ["LSEG", "Microsoft"], "cloud_contract", 2_800_000_000, "USD", "at_least",
             "2022-12", "signed",
             "Under the original ten-year arrangement, struck in December 2022, LSEG committed to at least $2.8 billion of cloud spending over the decade, and Microsoft took a minority stake.",
             required=False, kind_alt=["partnership"],
             note="background: the 2022 agreement (Microsoft's stake purchase is part of it, no amount given); different from the 2025 extension"),
        deal("lseg-quirewell", ["LSEG", "Quirewell Data"], "acquisition", 180_000_000, "GBP", "exact", "2025-10-14",
             "signed",
             "Separately, LSEG agreed on Tuesday to buy Quirewell Data, a Leeds-based start-up that uses machine learning to clean up bond reference data, for £180 million in cash.",
             note="agreed purchase"),
    ],
    "not_deals": ["£2.6 billion", "£21 million", "£4.4 billion", "8,912p"],
}

A["010_boersenbetreiber_kommentar_kaltenbronn.txt"] = {
    "published": "2025-10-22",
    "published_note": "from the header '22. Oktober 2025 (Kurse vom 21.10.2025, Schluss)'; 'vergangene Woche' -> 2025-10; 'im Juli' -> 2025-07",
    "language": "de",
    "deals": [
        deal("lseg-microsoft-2025", ["LSEG", "Microsoft"], "cloud_contract", 860_000_000, "EUR", "at_least", "2025-10",
             "signed",
             "Die London Stock Exchange Group hat vergangene Woche zugesagt, über ihre bestehende Vereinbarung hinaus mindestens 860 Millionen Euro zusätzlich in Microsofts Cloud auszugeben.",
             note="same deal as 009 ($1bn there); month only; 'bestehende Vereinbarung' (the 2022 agreement) is only alluded to and not annotated here"),
        deal("deutsche-boerse-lorsbach-monthly", ["Deutsche Börse", "Lorsbach Rechenzentren"], "cloud_contract",
             2_100_000, "EUR", "approx", "2025-07", "signed",
             "Sie zahlt dem Hofheimer Rechenzentrumsbetreiber Lorsbach seit August monatlich rund 2,1 Millionen Euro für eine zusätzliche Rechenhalle, in der unter anderem Risikomodelle der Clearing-Tochter Eurex trainiert werden.",
             kind_alt=["other"], per="month", term=["2025-08", None],
             note="'Sie' = Deutsche Börse (previous sentence); monthly rate; signed 'bereits im Juli' (next sentence), payments since August"),
    ],
    "not_deals": ["280 Euro", "6,4 Mrd. Euro", "rund 55 Milliarden Dollar"],
}

A["011_boerse_kursgrund_wirtschaftsbote.html"] = {
    "published": "2025-11-13",
    "published_note": "from <meta name='date'> and the visible line '13.11.2025, 16:05 Uhr'; 'am Mittwoch' -> 2025-11-12 (also 'am 4. November' + 'Acht Tage später')",
    "language": "de",
    "deals": [
        deal("deutsche-boerse-kursgrund", ["Deutsche Börse", "Kursgrund Analytics"], "acquisition", 620_000_000, "EUR",
             "exact", "2025-11-12", "signed",
             "Der Börsenbetreiber übernimmt den Eschborner Datenanbieter Kursgrund Analytics für 620 Millionen Euro.",
             alt=[(720_000_000, "USD")],
             note="'Der Börsenbetreiber' = Deutsche Börse; 'am Mittwoch' in the next sentence; closing expected in Q1 2026; 013 gives roughly $720m"),
        deal("deutsche-boerse-allfunds-talks", ["Deutsche Börse", "Allfunds"], "acquisition", 5_300_000_000, "EUR",
             "approx", "2025-11-04", "negotiating",
             "Im Gespräch ist ein Angebot, das Allfunds mit rund 5,3 Milliarden Euro bewerten würde; je Aktie wären das 8,80 Euro in bar und Aktien.",
             note="exclusive talks confirmed 'am 4. November' (previous sentence); the offer value is stated as the valuation it implies; €8.80 per share is not a separate deal"),
    ],
    "not_deals": ["74 Millionen Euro", "8,80 Euro", "214,60 Euro", "rund 40 Milliarden Euro", "rund 290 Millionen Euro"],
}

A["012_interview_lorsbach_hallenmeister.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'ca. 7 Min. Lesezeit'); all deal dates null",
    "language": "de",
    "deals": [
        deal("commerzbank-lorsbach-2025", ["Commerzbank", "Lorsbach Rechenzentren"], "cloud_contract", 380_000_000,
             "EUR", "exact", None, "signed",
             "Der Vertrag mit der Commerzbank über 380 Millionen Euro hat uns in eine andere Liga gebracht.",
             note="'uns' = Lorsbach (the interviewee's company); same contract as 006"),
        deal("deutsche-bank-google-cloud-2025", ["Deutsche Bank", "Google Cloud"], "cloud_contract", None, None, None,
             None, "signed",
             "Die Deutsche Bank hat mit ihrem Google-Vertrag eine strategische Entscheidung getroffen, die mit Rechenzentren in Hessen wenig zu tun hat.",
             required=False, note="amount-less, undated allusion to the contract of 004/005"),
        deal("lorsbach-hattersheim-capex", ["Lorsbach Rechenzentren"], "capex_plan", 600_000_000, "EUR", "range", None,
             "planned",
             "Dort wollen wir zwischen 600 und 800 Millionen Euro investieren, je nachdem, wie schnell der Netzbetreiber die Leitung legt.",
             amount_max=800_000_000, kind_alt=["project"],
             note="'wir' = Lorsbach; 'Dort' = the Hattersheim site (previous sentence)"),
    ],
    "not_deals": ["rund 95 Millionen Euro", "gut 90.000 Euro", "rund 16 Cent pro Kilowattstunde", "12,80 Euro"],
}

A["013_exchanges_close_closingauction_en.txt"] = {
    "published": "2025-12-03",
    "published_note": "from the header 'Wednesday 3 December 2025 | 17:48 GMT'; 'last month' -> 2025-11; 'on Tuesday' -> 2025-12-02",
    "language": "en",
    "deals": [
        deal("deutsche-boerse-kursgrund", ["Deutsche Börse", "Kursgrund Analytics"], "acquisition", 720_000_000, "USD",
             "approx", "2025-11", "signed",
             "Deutsche Börse slipped 0.6 per cent to €221.40, extending its losses since early November as investors weighed the cost of a buying spree that includes the roughly $720 million purchase of Frankfurt-area data provider Kursgrund Analytics agreed last month.",
             note="same deal as 011 (€620m there); month only; the share price in the same sentence is not a deal"),
        deal("cboe-matching-engine-capex", ["Cboe Global Markets"], "capex_plan", 250_000_000, "USD", "approx",
             "2025-12-02", "planned",
             "The options exchange announced on Tuesday a plan to spend about $250 million over the next three years rebuilding its matching engines around Nvidia hardware and machine-learning risk checks, and its shares jumped 2.4 per cent to $251.60 the following day.",
             term=["2026", "2028"],
             note="'The options exchange' = Cboe (previous sentence); own spending plan, Nvidia only as the hardware; programme 2026-2028"),
    ],
    "not_deals": ["€221.40", "€41 billion", "$251.60"],
}

A["014_wall_street_compute_wallbroad_en.txt"] = {
    "published": "2026-01-20",
    "published_note": "from the header 'January 20, 2026, 7:10 a.m. ET'; 'on Friday' -> 2026-01-16",
    "language": "en",
    "deals": [
        deal("jpmorgan-vreeland-2026", ["JPMorgan Chase", "Vreeland Compute"], "cloud_contract", 1_900_000_000, "USD",
             "exact", "2026-01-16", "signed",
             "JPMorgan Chase confirmed on Friday a five-year agreement worth $1.9 billion with Vreeland Compute, the Secaucus-based GPU operator, covering a new cluster of Nvidia's latest chips that will be reserved for the bank's research and trading teams.",
             note="second contract of the pair; different from the ~$650m three-year contract of 2024 (001)"),
        deal("goldman-coreweave-2026", ["Goldman Sachs", "CoreWeave"], "cloud_contract", 1_200_000_000, "USD", "up_to",
             "2026-01", "rumored",
             "The bank has quietly agreed to rent up to $1.2 billion of GPU capacity from CoreWeave over five years, two people who know the terms told the Review.",
             note="'The bank' = Goldman Sachs; from unnamed sources, both declined to comment; the agreement's date is not given, so the publication month"),
    ],
    "not_deals": ["$6.5 billion", "$40 billion", "$18 billion", "$350,000"],
}

A["015_munichre_polizenwerk_claimscapital_en.txt"] = {
    "published": "2026-02-12",
    "published_note": "from the header '12 Feb 2026 · 09:15 CET'; 'on Wednesday' -> 2026-02-11; 'last April' -> 2025-04; 'in January' -> 2026-01",
    "language": "en",
    "deals": [
        deal("munichre-polizenwerk", ["Munich Re", "Polizenwerk AI"], "acquisition", 340_000_000, "EUR", "exact",
             "2026-02-11", "signed",
             "Munich Re agreed on Wednesday to buy Polizenwerk AI, a Munich start-up whose software reads and triages claims files, for €340 million (about $370 million), the reinsurer said, in one of the largest purchases of an insurance-technology company in Europe this year.",
             alt=[(370_000_000, "USD")], note="agreed purchase, closing expected in the second quarter"),
        deal("goldman-polizenwerk-seriesa", ["Goldman Sachs", "Polizenwerk AI"], "investment", 60_000_000, "USD",
             "exact", "2025-04", "completed",
             "Goldman Sachs, which led Polizenwerk's $60 million Series A last April, will sell its entire stake as part of the transaction.",
             note="restatement of the 2025 round of 005 in a relative clause; Goldman's stake sale is part of the Munich Re purchase, not a separate deal"),
        deal("allianz-anthropic-2026", ["Allianz", "Anthropic"], "partnership", None, None, None, "2026-01", "announced",
             "Rival Allianz went a different way in January, announcing a group-wide partnership with Anthropic to roll out its Claude models to employees and claims handlers.",
             required=False, note="background comparison, no amount ('No price was given')"),
    ],
    "not_deals": ["about €31 million", "€6.3 billion", "$79 billion", "about €120"],
}

A["016_commerzbank_lorsbach_bankenspiegel.txt"] = {
    "published": "2026-03-25",
    "published_note": "from the header 'Mittwoch, 25. März 2026'; 'am Dienstag' -> 2026-03-24 (also 'am 20. Mai 2025' + 'Zehn Monate später')",
    "language": "de",
    "deals": [
        deal("commerzbank-lorsbach-2026", ["Commerzbank", "Lorsbach Rechenzentren"], "cloud_contract", 95_000_000,
             "EUR", "approx", "2026-03-24", "signed",
             "Ein entsprechender Zusatzvertrag mit einem Volumen von knapp 95 Millionen Euro wurde am Dienstag unterschrieben, bestätigte ein Sprecher der Bank.",
             kind_alt=["other"],
             note="parties in the previous sentence (Commerzbank mietet beim ... Betreiber Lorsbach); follow-on contract, distinct from the €380m contract of 2025"),
        deal("commerzbank-lorsbach-2025", ["Commerzbank", "Lorsbach Rechenzentren"], "cloud_contract", 380_000_000,
             "EUR", "exact", "2025-05-20", "signed",
             "Den ursprünglichen Vertrag über 380 Millionen Euro und zehn Jahre hatten beide Seiten am 20. Mai 2025 geschlossen.",
             kind_alt=["other"], note="restatement of 006 with the full date"),
    ],
    "not_deals": ["rund 2,5 Milliarden Euro", "34,10 Euro", "rund 48 Millionen Euro", "9,90 Euro"],
}

A["017_boerse_investorentag_ticker_handelssaal.txt"] = {
    "published": "2026-06-16",
    "published_note": "from the header 'Liveticker | Dienstag, 16. Juni 2026'; 'am Montagabend' -> 2026-06-15; 'im November' -> 2025-11",
    "language": "de",
    "deals": [
        deal("deutsche-boerse-ai-capex-2030", ["Deutsche Börse"], "capex_plan", 1_500_000_000, "EUR", "approx",
             "2026-06-16", "planned",
             "Bis 2030 will die Deutsche Börse rund 1,5 Milliarden Euro in KI, Cloud-Infrastruktur und eigene Rechenkapazität stecken.",
             term=["2026", "2030"], note="plan presented at the investor day (ticker entry 09:31)"),
        deal("deutsche-boerse-google-cloud-2026", ["Deutsche Börse", "Google Cloud"], "cloud_contract", 700_000_000,
             "EUR", "approx", "2026-06-15", "signed",
             "Neuer Großauftrag für Google Cloud: Die Börse hat am Montagabend einen Achtjahresvertrag über rund 700 Millionen Euro mit der Cloud-Sparte des US-Konzerns unterschrieben.",
             note="'Die Börse' = Deutsche Börse; eight years without a start date; a different deal from Deutsche Bank's Google contract"),
        deal("deutsche-boerse-kursgrund", ["Deutsche Börse", "Kursgrund Analytics"], "acquisition", None, None, None,
             "2025-11", "completed",
             "Die im November übernommene Eschborner Datentochter Kursgrund sei „schneller integriert als geplant“, sagt der Finanzvorstand.",
             required=False, note="amount-less back-reference to the purchase of 011/013, now completed"),
    ],
    "not_deals": ["238,70 Euro", "7,5 Milliarden Euro", "rund 4,4 Milliarden Euro", "50 Euro"],
}

A["018_european_banks_compute_continental_en.txt"] = {
    "published": "2026-08-19",
    "published_note": "from the header 'Wed 19 Aug 2026 · Analysis'; 'on Monday' -> 2026-08-17; 'in May 2025' -> 2025-05",
    "language": "en",
    "deals": [
        deal("ubs-limmatwerk-2026", ["UBS", "Limmatwerk Data"], "cloud_contract", 55_000_000, "CHF", "approx",
             "2026-08-17", "signed",
             "UBS said on Monday it would pay Limmatwerk Data, an operator based near Zurich airport, about CHF 55 million a year for a dedicated GPU hall in Dübendorf under a seven-year contract starting in January 2027.",
             kind_alt=["other"], per="year", term=["2027-01", "2033"], note="yearly rate"),
        deal("ubs-silbergrat-denied", ["UBS", "Silbergrat Capital"], "investment", 300_000_000, "CHF", "exact",
             "2026-08", "rumored",
             "The bank also denied a report in a Zurich Sunday paper that it had offered CHF 300 million for a minority stake in Silbergrat Capital, a quantitative hedge fund based in Zug.",
             required=False, kind_alt=["acquisition"], note="denied press report ('There is no such offer')"),
        deal("ubs-credit-suisse", ["UBS", "Credit Suisse"], "acquisition", None, None, None, None, "completed",
             "The Swiss group is still working through the integration of Credit Suisse, and its cost-cutting programme aims for gross savings of $13 billion by the end of 2026.",
             required=False, note="background: the earlier takeover, no amount and no date in the text; the $13bn savings target is not a deal"),
        deal("commerzbank-lorsbach-2025", ["Commerzbank", "Lorsbach Rechenzentren"], "cloud_contract", 430_000_000,
             "USD", "approx", "2025-05", "signed",
             "Commerzbank moved first among the big German lenders, signing a ten-year hosting contract worth roughly $430 million with Lorsbach, a data-centre operator in the Taunus hills outside Frankfurt, in May 2025.",
             kind_alt=["other"], note="same contract as 006/012/016, here in USD with month only"),
        deal("bnp-mistral-2026", ["BNP Paribas", "Mistral AI"], "cloud_contract", 250_000_000, "EUR", "approx",
             "2026-08", "negotiating",
             "In France, BNP Paribas is close to turning the partnership it struck with Mistral AI in 2024 into a five-year contract worth about €250 million, say people close to the talks.",
             kind_alt=["partnership", "other"],
             note="talks from unnamed sources ('is close to'); the contract's date is not given, so the publication month"),
        deal("bnp-mistral-2024", ["BNP Paribas", "Mistral AI"], "partnership", None, None, None, "2024", "signed",
             "In France, BNP Paribas is close to turning the partnership it struck with Mistral AI in 2024 into a five-year contract worth about €250 million, say people close to the talks.",
             required=False, note="background: the 2024 partnership without amount, in the same sentence as the new contract"),
    ],
    "not_deals": ["$13 billion", "€11.7 billion", "about €9 billion"],
}

A["019_wochenrueckblick_boersenwoche.txt"] = {
    "published": "2026-10-17",
    "published_note": "from the header 'Samstag, 17. Oktober 2026 · KW 42'; 'am Montag' -> 2026-10-12; 'am Dienstag' -> 2026-10-13; 'am Mittwoch' -> 2026-10-14; 'im Juni' -> 2026-06",
    "language": "de",
    "deals": [
        deal("marlowgate-thamesreach-slough", ["Marlowgate Capital", "Thamesreach Data Estates"], "acquisition",
             140_000_000, "GBP", "approx", "2026-06", "cancelled",
             "Der Kaufpreis hatte bei rund 140 Millionen Pfund gelegen.",
             note="parties in the previous sentence (purchase 'im Juni vereinbart' and now 'abgesagt'); withdrawn 'Am Donnerstag' (2026-10-15), the date keeps the June agreement"),
        deal("dzbank-ledgerfeld-seriesc", ["DZ Bank", "Ledgerfeld"], "investment", 40_000_000, "EUR", "exact",
             "2026-10-12", "completed",
             "Das Berliner Fintech Ledgerfeld hat am Montag eine Finanzierungsrunde der Serie C über 40 Millionen Euro abgeschlossen, angeführt von der DZ Bank.",
             note="round led by DZ Bank; different from Deutsche Bank's 2025 stake (004)"),
        deal("helaba-lorsbach-jv", ["Helaba", "Lorsbach Rechenzentren"], "joint_venture", 120_000_000, "EUR", "exact",
             "2026-10-13", "announced",
             "Beide Partner bringen zusammen 120 Millionen Euro Eigenkapital ein, teilten sie am Dienstag mit.",
             note="partners Helaba (51 %) and Lorsbach in the previous sentence; joint equity"),
        deal("finanzinformatik-nvidia", ["Finanz Informatik", "Nvidia"], "supply", 80_000_000, "EUR", "range",
             "2026-10-14", "signed",
             "Branchenkenner schätzen den Auftrag auf 80 bis 120 Millionen Euro, das Unternehmen selbst nennt keine Zahl.",
             amount_max=120_000_000,
             note="order placed 'am Mittwoch' (previous sentence); value only from industry estimates, as a range"),
    ],
    "not_deals": ["1,45 Millionen Euro", "50.000 Euro", "4,8 Milliarden Euro"],
}

A["020_quant_compute_orderflow_en.txt"] = {
    "published": "2026-11-24",
    "published_note": "from the line 'Posted Nov 24, 2026 at 9:02 am'; 'on Monday' -> 2026-11-23; 'in July 2025' -> 2025-07",
    "language": "en",
    "deals": [
        deal("hudsonmere-vreeland-acquisition", ["Hudsonmere Data Centers", "Vreeland Compute"], "acquisition",
             3_400_000_000, "USD", "approx", "2026-11-23", "signed",
             "Hudsonmere Data Centers agreed on Monday to acquire Vreeland Compute for about $3.4 billion in cash and stock, combining the landlord that owns much of the real estate around the New Jersey matching engines with the GPU operator that rents compute to Wall Street banks and a string of trading firms.",
             note="agreed takeover"),
        deal("silbergrat-dell-gpus", ["Silbergrat Capital", "Dell Technologies"], "supply", 180_000_000, "USD", "up_to",
             "2026-11", "negotiating",
             "Silbergrat Capital, the quant fund in Zug, is in talks with Dell Technologies to buy servers holding about 4,000 Nvidia Blackwell GPUs for up to $180 million, two people involved said.",
             note="talks from sources; Nvidia only makes the chips"),
        deal("tessaline-gullmere-2025", ["Tessaline Markets", "Gullmere Compute"], "cloud_contract", 400_000_000, "USD",
             "approx", "2025-07", "signed",
             "In Europe, Tessaline Markets set the template when it leased a dedicated cluster from London's Gullmere Compute in July 2025 for roughly $400 million.",
             note="restatement of 007/008 with month only"),
    ],
    "not_deals": ["$610 million", "$14 billion", "$3.9 million"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
