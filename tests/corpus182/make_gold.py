#!/usr/bin/env python3
"""Write gold.json for tests/corpus182 (the hand annotation, kept as a script so that it can be
edited and re-run). Same format and rules as tests/corpus15/gold.json and
../shared/gold/seeds.json. Standard library only.

Usage: python3 tests/corpus182/make_gold.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 182nd, held-out test corpus (tests/corpus182/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: biotech and pharma licensing deals (upfront and milestone "
    "payments, co-development, royalties) and the compute behind AI drug discovery. One entry per article; a "
    "deal that several articles report carries the same id in each. 'required': false marks vague or "
    "background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. For a licensing deal the amount is the headline total (upfront plus "
    "milestones) where the article gives one; 'alt_amounts' lists the same deal's amount as stated in "
    "another currency (in this or another article) and the upfront or milestone parts the articles name, "
    "so that an extractor reporting the upfront alone still matches. 'date' is when the deal was announced "
    "or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date line, dateline plus copyright year, <meta>/<time>, issue "
    "line or portal stamp, or null when the article has none); a rumour that later turns into a signed "
    "deal carries only the year; a cancelled deal keeps the date of the offer or talks; 'term' is the "
    "period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' "
    "explains a judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Quendris Therapeutics, Morvanta Bio, Brixwell "
    "Capital, Fohnsee Biologics, Kairyu Therapeutics, Shirasagi Ventures, Lumenreef Compute, Ostrach "
    "Biotech, Gennachtal Pharma, Sorae Biologics, Calvaro Royalty Partners, Skovlund Peptide, Glattbrugg "
    "Molecular, Tamberlin Capital, Lanternbay Capital; invented publications, banks and people are listed "
    "in invented_names.txt; the deals of real companies are loosely based on public reports with amounts, "
    "dates and details shifted, or invented. Nothing here is reporting."
)

LIC = ["other"]  # kind_alt for licensing / co-development deals


def D(id, parties, kind, amount, currency, qualifier, date, status, required, evidence,
      amount_max=None, per=None, alt=None, kind_alt=None, term=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if per:
        d["per"] = per
    if kind_alt:
        d["kind_alt"] = kind_alt
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if term:
        d["term"] = term
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def N(id, parties, kind, date, status, required, evidence, kind_alt=None, note=None):
    """A deal mention without an amount."""
    return D(id, parties, kind, None, None, None, date, status, required, evidence,
             kind_alt=kind_alt, note=note)


A = {}

A["001_quendris_novartis_titersheet_en.txt"] = {
    "published": "2024-01-10",
    "published_note": "issue line 'Issue 88 · Wednesday, 10 January 2024'",
    "language": "en",
    "deals": [
        D("novartis-quendris-2024", ["Novartis", "Quendris Therapeutics"], "partnership", 1150000000, "USD",
          "up_to", "2024-01-08", "signed", True,
          "Novartis will hand the company $40 million in cash upfront; counting development, regulatory and "
          "sales milestones, the agreement is worth up to $1.15 billion, with tiered royalties on top.",
          kind_alt=LIC, alt=[(40000000, "USD")],
          note="'signed ... on Monday' in the previous sentence (Quendris named there); 'the company' = "
               "Quendris; first of two Novartis-Quendris deals (the 2026 expansion is novartis-quendris-2026)"),
        D("lilly-isomorphic-2024", ["Eli Lilly", "Isomorphic Labs"], "partnership", 1660000000, "USD",
          "up_to", "2024-01-07", "signed", True,
          "The London company will receive $42 million upfront and could collect as much as $1.66 billion "
          "in milestones excluding royalties, according to its statement.",
          kind_alt=LIC, alt=[(42000000, "USD"), (1702000000, "USD")],
          note="parties and 'agreed on Sunday' in the previous sentence; 'The London company' = Isomorphic; "
               "no total is stated, so the milestone ceiling is the amount and upfront and sum are alternatives"),
        D("brixwell-morvanta-seriesa", ["Brixwell Capital", "Morvanta Bio"], "investment", 85000000, "USD",
          "exact", "2024-01", "completed", True,
          "Morvanta Bio, a Boston outfit that screens virtual libraries of several billion molecules against "
          "kinase targets, wrapped up a Series A of $85 million in the first days of January.",
          note="lead investor named in the next sentence ('Brixwell Capital led the round')"),
    ],
    "not_deals": ["roughly $10 billion of R&D spending", "$310 million", "$9.1bn", "$2.49", "above $10 million",
                  "$149", "$18 per month", "$180"],
}

A["002_fohnsee_planegg_wuermkiesel.txt"] = {
    "published": "2024-03-13",
    "published_note": "dateline without year 'Planegg, 13. März (wk)'; year from '© 2024 Würmkiesel Lokalverlag'",
    "language": "de",
    "deals": [
        D("boehringer-fohnsee-codev", ["Boehringer Ingelheim", "Fohnsee Biologics"], "partnership", 620000000,
          "EUR", "up_to", "2024-03-12", "signed", True,
          "Boehringer überweist vorab 18 Millionen Euro; einschließlich aller Meilensteinzahlungen kann die "
          "Vereinbarung bis zu 620 Millionen Euro wert sein, dazu kommen Lizenzgebühren auf spätere Umsätze.",
          kind_alt=LIC, alt=[(18000000, "EUR"), (675000000, "USD")],
          note="'Am Dienstag unterzeichneten beide Seiten' (previous sentence) in a Wednesday paper; Fohnsee is "
               "'die Martinsrieder Firma'; USD figure from 007; first of two Boehringer-Fohnsee deals"),
        D("planegg-fohnsee-land", ["Gemeinde Planegg", "Fohnsee Biologics"], "other", 9385000, "EUR", "exact",
          "2024-03-11", "signed", True,
          "Käufer ist das Biotech-Unternehmen, der Kaufpreis liegt laut Sitzungsvorlage bei 9.385.000 Euro.",
          kind_alt=["acquisition"],
          note="municipal land sale; council vote 'am Montagabend' and Fohnsee in the preceding sentences, "
               "'das Biotech-Unternehmen' = Fohnsee"),
    ],
    "not_deals": ["2,5 Millionen Euro", "bis zu 800.000 Euro pro Jahr", "19 bis 22 Euro pro Quadratmeter",
                  "71,3 Millionen Euro", "1,9 Millionen Euro", "ab 189 Euro", "4,2 Millionen Euro"],
}

A["003_kairyu_takeda_tenmabashi_en.txt"] = {
    "published": "2024-05-21",
    "published_note": "wire header 'May 21, 2024 · 06:40 JST' and dateline 'OSAKA, May 21'",
    "language": "en",
    "deals": [
        D("kairyu-takeda-licence", ["Takeda", "Kairyu Therapeutics"], "partnership", 176000000000, "JPY", "up_to",
          "2024-05-21", "signed", True,
          "Including payments tied to clinical, regulatory and commercial goals, the licence is worth up to "
          "176 billion yen, or about $1.13 billion at current exchange rates, plus royalties in the high "
          "single digits to low teens on net sales.",
          kind_alt=LIC,
          alt=[(1130000000, "USD"), (11000000000, "JPY"), (70000000, "USD"), (1050000000, "EUR"),
               (65000000, "EUR")],
          note="'said on Tuesday' = publication day; parties in the first sentence, upfront ('11 billion yen "
               "($70 million)') in the previous one; EUR figures from 004"),
        D("shirasagi-kairyu-2024", ["Shirasagi Ventures", "Kairyu Therapeutics"], "investment", 4200000000, "JPY",
          "exact", "2024-02", "completed", True,
          "Back in February, Kairyu had collected 4.2 billion yen from investors; Shirasagi Ventures, the "
          "Kyoto venture firm, led that round and two regional banks took part."),
    ],
    "not_deals": ["1,812 yen", "38 billion yen", "about 4.26 trillion yen", "between 20 billion and 30 billion yen",
                  "150 billion yen", "900 million yen", "4,103 yen"],
}

A["004_pharma_lizenzen_laborboerse.txt"] = {
    "published": "2024-06-05",
    "published_note": "'Gastkommentar | Mittwoch, 5. Juni 2024'",
    "language": "de",
    "deals": [
        D("kairyu-takeda-licence", ["Takeda", "Kairyu Therapeutics"], "partnership", 1050000000, "EUR", "approx",
          "2024-05", "signed", True,
          "Umgerechnet knapp 1,05 Milliarden Euro ist die Lizenz im besten Fall wert, vorab gab es rund 65 "
          "Millionen Euro.",
          kind_alt=LIC, alt=[(65000000, "EUR")],
          note="same licence as 003, retold in EUR with only the month ('Ein Beispiel aus dem Mai'); parties "
               "('Der japanische Takeda-Konzern', 'Kairyu') in the previous sentence"),
        D("bayer-ostrach-licence", ["Bayer", "Ostrach Biotech"], "partnership", 350000000, "EUR", "range",
          "2024-06", "negotiating", True,
          "Wir schätzen, dass eine Vereinbarung zwischen 350 und 400 Millionen Euro einschließlich aller "
          "Meilensteine wert wäre; der Leverkusener Konzern dürfte kaum mehr als 20 Millionen Euro vorab "
          "zahlen.",
          amount_max=400000000, kind_alt=LIC,
          note="talks reported by the author ('Nach unseren Informationen verhandelt Bayer ... mit der Tübinger "
               "Ostrach Biotech', previous sentences); value only as the analyst's estimate; must stay apart "
               "from the denied takeover rumour of 2025 (008)"),
    ],
    "not_deals": ["5.000 bis 8.000 Euro am Tag", "140 Millionen Euro", "rund 4,5 Milliarden Euro", "34 Euro",
                  "36 Euro", "4.600 Yen", "120 Millionen Euro"],
}

A["005_generate_novartis_titration_en.html"] = {
    "published": "2024-09-18",
    "published_note": "<meta property=article:published_time>, <time datetime> and visible 'September 18, 2024'",
    "language": "en",
    "deals": [
        D("generate-novartis-2024", ["Generate Biomedicines", "Novartis"], "partnership", 1000000000, "USD",
          "at_least", "2024-09-17", "signed", True,
          "The Somerville, Massachusetts, company said Tuesday that Novartis will pay $60 million upfront, part "
          "of it as an equity investment, and could owe more than $1 billion in development, regulatory and "
          "commercial milestones under a multi-target collaboration.",
          kind_alt=LIC, alt=[(60000000, "USD")],
          note="'The Somerville, Massachusetts, company' = Generate:Biomedicines (previous sentence); 'said "
               "Tuesday' in a Wednesday article; the milestone floor is the amount, the upfront an alternative "
               "(the script's 1,060,000,000 is not visible text)"),
        D("generate-lumenreef-gpu", ["Generate Biomedicines", "Lumenreef Compute"], "cloud_contract", 21000000,
          "USD", "approx", "2024-09", "signed", True,
          "The biotech will pay Lumenreef about $21 million a year, said someone who has read the agreement; "
          "neither company confirmed the figure.",
          per="year", term=["2024", "2027"],
          note="three-year lease of 2,048 H100s disclosed with the Novartis deal, no day given; 'The biotech' "
               "= Generate; yearly rate from an unconfirmed source"),
        D("recursion-exscientia-merger", ["Recursion", "Exscientia"], "acquisition", 690000000, "USD", "approx",
          "2024-08", "signed", True,
          "In August, Recursion Pharmaceuticals agreed to merge with Exscientia in an all-stock deal valuing the "
          "British company at about $690 million.",
          kind_alt=["other"]),
        N("amgen-generate-2023", ["Amgen", "Generate Biomedicines"], "partnership", "2023", "signed", False,
          "It is the Flagship-founded firm's biggest upfront since its 2023 pact with Amgen, and it arrives as "
          "investors demand that AI-native drug hunters show pharma validation rather than benchmark scores.",
          kind_alt=LIC, note="amount-less background mention"),
        D("lumenreef-debt-2024", ["Lumenreef Compute"], "other", 230000000, "USD", "exact", "2024-05",
          "completed", False,
          "Lumenreef, which raised $230 million in debt financing in May, has been courting biotech clients "
          "with long commitments.",
          kind_alt=["investment"], note="background financing without a named lender"),
    ],
    "not_deals": ["a little over $1.15 per GPU hour", "the $2 to $3", "some $850 million in cash",
                  "more than $700 million", "roughly $2 billion", "CHF 101.40", "Full pass $495, academics $195",
                  "from $29 a month"],
}

A["006_gennachtal_sorae_kurslabor.txt"] = {
    "published": "2024-10-16",
    "published_note": "portal stamp '16.10.2024 - 07:52:10'",
    "language": "de",
    "deals": [
        D("gennachtal-sorae-2024", ["Gennachtal Pharma", "Sorae Biologics"], "partnership", 215000000, "EUR",
          "up_to", "2024-10-15", "signed", True,
          "Insgesamt ist die Vereinbarung damit bis zu 215 Millionen Euro schwer.",
          kind_alt=LIC, alt=[(25000000, "EUR"), (190000000, "EUR")],
          note="European rights to a biosimilar, announced 'am Dienstagabend'; parties, upfront (25 Mio.) and "
               "milestones (bis zu 190 Mio.) in the preceding sentences; first of two Gennachtal-Sorae deals"),
        D("gennachtal-bobingen-capex", ["Gennachtal Pharma"], "capex_plan", 60000000, "EUR", "approx",
          "2024-10-15", "planned", True,
          "Rund 60 Millionen Euro will Gennachtal bis Ende 2026 in eine neue Abfüllanlage für sterile Spritzen "
          "stecken, etwa 120 neue Arbeitsplätze sollen entstehen.",
          kind_alt=["project"], term=[None, "2026"],
          note="announced together with the licence ('Parallel kündigte der Konzern an')"),
    ],
    "not_deals": ["zwischen 610 und 640 Millionen Euro", "301 Millionen Euro", "27,4 Millionen Euro",
                  "Kursziel von 46 Euro", "80 bis 100 Millionen Euro jährlich", "37 Euro",
                  "etwa 1,1 Milliarden Euro", "39,86 €", "41,20 €", "1,48 Mrd. €", "ab 500 Euro Volumen"],
}

A["007_calvaro_fohnsee_fenlandreview_en.txt"] = {
    "published": "2024-11-21",
    "published_note": "byline date 'Thursday 21 November 2024'",
    "language": "en",
    "deals": [
        D("calvaro-fohnsee-royalty", ["Calvaro Royalty Partners", "Fohnsee Biologics"], "other", 112000000, "GBP",
          "exact", "2024-11-20", "signed", True,
          "On Wednesday Calvaro Royalty Partners committed to pay Fohnsee Biologics £112 million (about $142 "
          "million) in cash for half of the German company's entitlement to royalties and late-stage "
          "milestones from its fibrosis programme with Boehringer Ingelheim.",
          kind_alt=["investment", "acquisition"], alt=[(142000000, "USD")],
          note="royalty purchase; closing expected before Christmas"),
        D("boehringer-fohnsee-codev", ["Boehringer Ingelheim", "Fohnsee Biologics"], "partnership", 675000000,
          "USD", "up_to", "2024-03", "signed", True,
          "The underlying co-development agreement, signed in March, is worth up to roughly $675 million to "
          "Fohnsee including milestones.",
          kind_alt=LIC,
          note="same deal as 002 in USD with only the month; Boehringer named in the previous sentence"),
    ],
    "not_deals": ["$3.4 billion", "below £40 million", "$16.7 billion", "£50 million", "£2.5 million per project",
                  "£75 per square foot", "£295 + VAT"],
}

A["008_jpm_liveblog_tarrow_en.txt"] = {
    "published": "2025-01-13",
    "published_note": "live-blog header 'Monday, 13 January 2025'; entries by time of day",
    "language": "en",
    "deals": [
        D("novo-skovlund-licence", ["Novo Nordisk", "Skovlund Peptide"], "partnership", 4100000000, "DKK", "up_to",
          "2025-01-13", "signed", True,
          "The Danish drugmaker pays DKK 310 million upfront, and the total value could reach DKK 4.1 billion "
          "(about $570 million) if every milestone is hit.",
          kind_alt=LIC, alt=[(570000000, "USD"), (310000000, "DKK")],
          note="07:05 entry; 'The Danish drugmaker' = Novo Nordisk, Skovlund named in the previous sentence"),
        D("lilly-morvanta-licence", ["Eli Lilly", "Morvanta Bio"], "partnership", 890000000, "USD", "up_to",
          "2025-01-13", "signed", True,
          "Lilly will pay Morvanta Bio $35 million upfront to use its virtual-screening engine on four "
          "undisclosed kinase targets, in a pact valued at up to $890 million including milestones.",
          kind_alt=LIC, alt=[(35000000, "USD")],
          note="08:20 entry; must stay apart from Lilly's Series B investment in Morvanta (016)"),
        D("bayer-ostrach-takeover", ["Bayer", "Ostrach Biotech"], "acquisition", 1200000000, "USD", "approx",
          "2025-01", "cancelled", False,
          "RUMOUR WATCH: Two bankers tell us Bayer has sounded out Tübingen-based Ostrach Biotech about a full "
          "takeover, with around $1.2 billion floated as the price.",
          note="denied within the hour, hence optional; different from the 2024 licence talks (004)"),
        N("nvidia-iqvia-agents", ["Nvidia", "IQVIA"], "partnership", "2025-01-13", "announced", False,
          "Nvidia and IQVIA say they will jointly build AI agents for clinical-trial planning and drug safety "
          "reporting.", note="no financial terms"),
        D("skovlund-seed-2023", ["Skovlund Peptide"], "investment", 95000000, "DKK", "exact", "2023", "completed",
          False,
          "Skovlund had raised DKK 95 million in seed money two years ago; one investor told us that round "
          "valued it at under DKK 300 million.",
          note="background round without named investors; 'two years ago' from January 2025"),
    ],
    "not_deals": ["roughly $1.9 billion", "€21.08", "$600 million", "$450 million target", "under DKK 300 million",
                  "$38 billion", "from $4,900 a year"],
}

A["009_evotec_sandoz_alsterkurier.txt"] = {
    "published": "2025-04-15",
    "published_note": "page line 'Dienstag, 15. April 2025 · Hamburg · Seite 17'",
    "language": "de",
    "deals": [
        D("evotec-sandoz-toulouse", ["Evotec", "Sandoz"], "acquisition", 300000000, "USD", "approx", "2025",
          "rumored", True,
          "Die Rede sei von rund 300 Millionen Dollar, erfuhr diese Zeitung von zwei Beteiligten auf Käufer- "
          "und Verkäuferseite.",
          alt=[(258000000, "EUR")],
          note="talks reported by insiders (previous sentence names Evotec and Sandoz); signed in August (014), "
               "so the rumour carries only the year; EUR figure from 014"),
        D("evotec-glattbrugg-platform", ["Evotec", "Glattbrugg Molecular"], "other", 9000000, "CHF", "approx",
          "2025-04-14", "signed", True,
          "Für den Zugang zur Plattform zahlen die Hamburger jährlich rund 9 Millionen Franken, zunächst für "
          "vier Jahre.",
          per="year", kind_alt=["partnership", "cloud_contract"],
          note="software-platform licence signed 'Am Montag' (previous sentence); 'die Hamburger' = Evotec"),
    ],
    "not_deals": ["803 Millionen Euro", "knapp 191 Millionen Euro", "um 40 Millionen Euro",
                  "etwa 1,2 Milliarden Euro", "210 Millionen Franken", "14 Millionen Euro", "8,50 Euro",
                  "6,92 Euro", "Teilnahme 35 Euro"],
}

A["010_bms_biontech_keelbridge_en.txt"] = {
    "published": "2025-06-03",
    "published_note": "wire header 'June 3, 2025 · 05:50 GMT'; dateline 'June 2'",
    "language": "en",
    "deals": [
        D("bms-biontech-bnt327", ["Bristol Myers Squibb", "BioNTech"], "partnership", 10900000000, "USD", "up_to",
          "2025-06-02", "signed", True,
          "Bristol Myers Squibb will pay BioNTech up to $10.9 billion to jointly develop and sell the German "
          "company's experimental cancer antibody BNT327, the two drugmakers said on Monday, in one of the "
          "largest licensing deals of the year.",
          kind_alt=["joint_venture", "other"],
          alt=[(1400000000, "USD"), (9600000000, "EUR"), (1200000000, "EUR")],
          note="$1.4bn upfront, $2.1bn anniversary payments through 2028, up to $7.4bn milestones; 'on Monday' "
               "= the dateline day; EUR figures from 011; first of two BMS-BioNTech deals"),
        D("biontech-biotheus", ["BioNTech", "Biotheus"], "acquisition", 900000000, "USD", "up_to", "2025",
          "completed", True,
          "BioNTech obtained full rights to the molecule when it bought its Chinese developer Biotheus earlier "
          "this year for up to $900 million."),
    ],
    "not_deals": ["well above $10 billion", "$109.24", "$48.10", "about 16 billion euros",
                  "2.6 billion to 2.8 billion euros", "about $2 billion a year", "$11.2 billion", "$136",
                  "$118"],
}

A["011_biontech_curevac_gautoranzeiger.html"] = {
    "published": "2025-06-13",
    "published_note": "<meta name=date> and visible '13.06.2025, 06:45 Uhr'",
    "language": "de",
    "deals": [
        D("biontech-curevac", ["BioNTech", "CureVac"], "acquisition", 1150000000, "EUR", "approx", "2025-06-12",
          "signed", True,
          "Insgesamt bewertet das Angebot die Tübinger mit rund 1,15 Milliarden Euro, umgerechnet etwa 1,3 "
          "Milliarden Dollar.",
          alt=[(1300000000, "USD")],
          note="all-stock takeover 'am Donnerstag' (previous sentences); 'die Tübinger' = CureVac"),
        D("bms-biontech-bnt327", ["Bristol Myers Squibb", "BioNTech"], "partnership", 9600000000, "EUR", "up_to",
          "2025-06", "signed", True,
          "Anfang Juni hatte der US-Pharmakonzern Bristol Myers Squibb zugesagt, für die gemeinsame Entwicklung "
          "des Krebs-Antikörpers BNT327 bis zu 9,6 Milliarden Euro an die Mainzer zu zahlen.",
          kind_alt=["joint_venture", "other"], alt=[(1200000000, "EUR")],
          note="same deal as 010 in EUR with only the month ('Anfang Juni'); 'die Mainzer' = BioNTech"),
        D("biontech-mainz-capex", ["BioNTech"], "capex_plan", 400000000, "EUR", "approx", None, "planned", False,
          "Am Standort An der Goldgrube will BioNTech bis 2028 rund 400 Millionen Euro in ein neues "
          "Forschungsgebäude stecken; der Bauantrag liegt bei der Stadt.",
          kind_alt=["project"], term=[None, "2028"],
          note="background building plan, no announcement date"),
    ],
    "not_deals": ["etwa 5,50 Dollar", "mehr als einer Milliarde Euro im Jahr", "gut 270 Millionen Euro",
                  "58.000 Euro", "104,80 Dollar", "19 Euro pro Person", "4 Millionen Euro Ablöse",
                  "9,99 Euro monatlich"],
}

A["012_astrazeneca_cspc_sextant_en.txt"] = {
    "published": "2025-06-16",
    "published_note": "desk stamp 'Jun 16, 2025 · 9:02 AM ET'",
    "language": "en",
    "deals": [
        D("astrazeneca-cspc-ai", ["AstraZeneca", "CSPC Pharmaceutical Group"], "partnership", 5200000000, "USD",
          "up_to", "2025-06-13", "signed", True,
          "The agreement is worth up to $5.2 billion once development and sales milestones are included, and "
          "CSPC is eligible for tiered royalties.",
          kind_alt=LIC, alt=[(100000000, "USD"), (4500000000, "EUR"), (86000000, "EUR")],
          note="'said on Friday' (previous sentence) in a Monday report; EUR figures from 013"),
        D("lanternbay-insilico-seriese", ["Lanternbay Capital", "Insilico Medicine"], "investment", 115000000,
          "USD", "exact", "2025-03", "completed", True,
          "Insilico Medicine, the Hong Kong and Boston company behind a series of AI-designed drug candidates, "
          "confirmed it had raised $115 million in a Series E that closed in March, led by Lanternbay Capital."),
        D("novo-skovlund-takeover", ["Novo Nordisk", "Skovlund Peptide"], "acquisition", 5000000000, "DKK",
          "approx", "2025-06", "cancelled", False,
          "Novo Nordisk rejected a Danish newspaper report that it was weighing an offer of about five billion "
          "Danish kroner for Skovlund Peptide, the Copenhagen obesity start-up.",
          note="denied rumour, amount in words; different from the January licence (008)"),
        D("astrazeneca-beijing-hub", ["AstraZeneca"], "capex_plan", 2500000000, "USD", "exact", "2025-06",
          "announced", False,
          "The announcement came the same week AstraZeneca confirmed a $2.5 billion R&D hub in Beijing, though "
          "the company said the two were unrelated.",
          kind_alt=["project"], note="background investment plan"),
    ],
    "not_deals": ["HK$8.26", "roughly HK$9 billion", "$71.92 in Friday's session", "a little over $1 billion",
                  "resistance at $88, support at $81", "$74.15", "$768.40", "$26.03", "$104.80",
                  "£142 from £134", "target $19", "$39 a month"],
}

A["013_wochenrueckblick_kw28_wirkstoffbrief.txt"] = {
    "published": "2025-07-11",
    "published_note": "issue line 'KW 28 · Freitag, 11. Juli 2025 · Ausgabe 142'",
    "language": "de",
    "deals": [
        D("merck-ostrach-seriesb", ["Merck", "Ostrach Biotech"], "investment", 32000000, "EUR", "exact",
          "2025-07-09", "completed", True,
          "Angeführt wird die 32 Millionen Euro schwere Runde von der Darmstädter Merck-Tochter M Ventures; das "
          "gab Ostrach am Mittwoch bekannt.",
          note="M Ventures = Merck's venture arm (alias); Ostrach named in the previous sentence"),
        D("astrazeneca-cspc-ai", ["AstraZeneca", "CSPC Pharmaceutical Group"], "partnership", 4500000000, "EUR",
          "approx", "2025-06", "signed", True,
          "Mitte Juni vereinbarte AstraZeneca mit dem chinesischen Hersteller CSPC eine Forschungskooperation, "
          "die mit allen Meilensteinen knapp 4,5 Milliarden Euro wert sein kann.",
          kind_alt=LIC, alt=[(86000000, "EUR")],
          note="same deal as 012, in EUR with only the month ('Mitte Juni')"),
        D("kairyu-takeda-milestone-2025", ["Takeda", "Kairyu Therapeutics"], "other", 1500000000, "JPY", "exact",
          "2025-07-08", "completed", True,
          "Weil der Entzündungshemmer KRY-204 in die zweite klinische Phase eingetreten ist, hat Kairyu eine "
          "Meilensteinzahlung von 1,5 Milliarden Yen (rund 8,8 Millionen Euro) erhalten, teilte das "
          "Unternehmen am Dienstag in Osaka mit.",
          kind_alt=["partnership"], alt=[(8800000, "EUR")],
          note="milestone under the 2024 licence, a payment of its own; Takeda named in the heading and the "
               "previous sentences; must stay apart from the licence and the 2026 takeover talks"),
        N("kairyu-takeda-licence", ["Takeda", "Kairyu Therapeutics"], "partnership", "2024-05", "signed", False,
          "Erinnern Sie sich an die KI-Lizenz zwischen Takeda und dem Osakaer Start-up Kairyu vom Mai 2024?",
          kind_alt=LIC, note="amount-less reminder of the 2024 licence (003, 004)"),
    ],
    "not_deals": ["2,1 Milliarden Euro", "3.200 Euro", "95 Millionen Euro", "89 Euro netto", "Jahresabo 240 Euro",
                  "60 Euro"],
}

A["014_evotec_sandoz_garonne_en.txt"] = {
    "published": "2025-08-08",
    "published_note": "dateline 'TOULOUSE, 8 August 2025'",
    "language": "en",
    "deals": [
        D("evotec-sandoz-toulouse", ["Evotec", "Sandoz"], "acquisition", 300000000, "USD", "exact", "2025-08-07",
          "signed", True,
          "Evotec agreed on Thursday to sell its continuous-manufacturing plant for antibodies on the Oncopole "
          "campus to Sandoz, the Swiss generics maker, for $300 million in cash, about €258 million.",
          alt=[(258000000, "EUR")],
          note="signing of the rumour in 009; first of two Evotec-Sandoz deals"),
        D("evotec-sandoz-supply", ["Evotec", "Sandoz"], "supply", 160000000, "USD", "at_least", "2025-08-07",
          "signed", True,
          "Under a separate five-year manufacturing agreement signed the same day, the Hamburg company commits "
          "to order batches for its own partners' programmes worth at least $160 million from the plant.",
          term=["2025", "2030"],
          note="'the Hamburg company' = Evotec, the plant is Sandoz's after the sale; must stay apart from the "
               "$300m sale"),
        D("pierrefabre-soual-line", ["Pierre Fabre"], "project", 22000000, "EUR", "exact", "2025-08",
          "completed", False,
          "Pierre Fabre opens a €22 million pilot line for dermatology creams in Soual.",
          kind_alt=["capex_plan"], note="one-line background item"),
    ],
    "not_deals": ["upwards of $500 million", "around $74 billion", "€15 million", "€38,000", "€75,000", "€7.64",
                  "CHF 44.02", "about €1.36 billion", "€30,000 per team", "Annual subscription €190"],
}

A["015_fohnsee_interview_petrischale.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesedauer: 7 Minuten')",
    "language": "de",
    "deals": [
        D("boehringer-fohnsee-codev", ["Boehringer Ingelheim", "Fohnsee Biologics"], "partnership", 620000000,
          "EUR", "up_to", None, "signed", True,
          "Die Partnerschaft mit Boehringer kann bis zu 620 Millionen Euro wert sein, aber nur, wenn beide "
          "Antikörper bis zur Zulassung kommen.",
          kind_alt=LIC, note="restatement of the 2024 deal (002, 007) in an undated interview"),
        D("boehringer-fohnsee-seriesb", ["Boehringer Ingelheim", "Fohnsee Biologics"], "investment", 45000000,
          "EUR", "approx", None, "completed", True,
          "Ja, der Boehringer Ingelheim Venture Fund hat bei unserer Serie-B-Runde rund 45 Millionen Euro "
          "investiert und sitzt seitdem mit einem Beobachter im Beirat.",
          note="'unserer' = Fohnsee; second Boehringer-Fohnsee deal, must stay apart from the co-development"),
        D("fohnsee-lumenreef-gpu", ["Fohnsee Biologics", "Lumenreef Compute"], "cloud_contract", 1200000,
          "EUR", "approx", None, "signed", True,
          "Für diesen festen Cluster zahlen wir Lumenreef monatlich rund 1,2 Millionen Euro.",
          per="month", note="'wir' = Fohnsee; undated ('drei Monate später' after an undated March)"),
        D("tamberlin-fohnsee-offer", ["Tamberlin Capital", "Fohnsee Biologics"], "acquisition", 500000000, "EUR",
          "exact", None, "cancelled", True,
          "Tamberlin Capital hat uns im vergangenen Herbst eine halbe Milliarde Euro für die gesamte Firma geboten.",
          note="offer refused ('Wir haben nach einer Woche abgelehnt'); 'im vergangenen Herbst' without a year; amount in words"),
        D("fohnsee-lab-capex", ["Fohnsee Biologics"], "capex_plan", 35000000, "EUR", "approx", None, "planned",
          True,
          "Rund 35 Millionen Euro stecken wir bis Ende übernächsten Jahres hinein.",
          kind_alt=["project"], note="'wir' = Fohnsee; the laboratory building of the previous sentence"),
    ],
    "not_deals": ["zwei bis drei Dollar", "zwischen 95.000 und 120.000 Euro brutto", "12,50 Euro",
                  "44 Euro für vier Ausgaben", "Wert 600 Euro"],
}

A["016_lilly_nvidia_monontrail_en.html"] = {
    "published": "2025-10-29",
    "published_note": "<meta name=pubdate>, <time datetime> and visible 'Oct 29, 2025'",
    "language": "en",
    "deals": [
        N("lilly-nvidia-supercomputer", ["Eli Lilly", "Nvidia"], "supply", "2025-10-28", "announced", True,
          "Nvidia will supply more than 1,000 of its newest Blackwell Ultra graphics processors for the machine, "
          "which Lilly will run in its own data center on the south side of Indianapolis starting in January.",
          kind_alt=["partnership", "project"],
          note="'said on Tuesday' (previous sentence); price not disclosed"),
        D("lilly-morvanta-seriesb", ["Eli Lilly", "Morvanta Bio"], "investment", 140000000, "USD", "exact",
          "2025-09", "completed", True,
          "It led a $140 million Series B in Morvanta Bio last month, the Boston start-up said.",
          note="'It' = Lilly (previous sentence); must stay apart from the January licence (008)"),
        D("lilly-us-plants-2025", ["Eli Lilly"], "capex_plan", 27000000000, "USD", "exact", "2025-02", "planned",
          False,
          "In February Lilly said it would spend $27 billion on four new U.S. manufacturing sites, and it has "
          "since picked locations in Virginia and Texas.",
          kind_alt=["project"], note="group-wide manufacturing plan, background"),
    ],
    "not_deals": ["roughly $3 million to $4 million", "about $900 million", "$118,000", "$811.50",
                  "about $16 billion", "$42 per square foot", "tops $6 billion", "$219 per year"],
}

A["017_quendris_rumour_titersheet_en.txt"] = {
    "published": "2026-01-12",
    "published_note": "issue line 'Issue 190 · Monday, 12 January 2026'",
    "language": "en",
    "deals": [
        D("novartis-quendris-2026", ["Novartis", "Quendris Therapeutics"], "partnership", 2200000000, "USD",
          "approx", "2026", "rumored", True,
          "The expanded pact could be worth about $2.2 billion including milestones and would about double how "
          "many targets the Cambridge company works on for the Swiss group.",
          kind_alt=LIC, alt=[(75000000, "USD"), (59000000, "CHF"), (1750000000, "CHF")],
          note="from three people briefed on the talks; signed in March (018), so the rumour carries only the "
               "year; upfront and CHF figures from 018; second Novartis-Quendris deal"),
        D("takeda-kairyu-takeover", ["Takeda", "Kairyu Therapeutics"], "acquisition", 600000000, "USD", "range",
          "2026-01", "negotiating", True,
          "Takeda is negotiating to buy Kairyu Therapeutics outright, two bankers told us, at a price between "
          "$600 million and $700 million.",
          amount_max=700000000,
          note="third Takeda-Kairyu deal (licence 2024, milestone 2025), must stay apart"),
        D("novoholdings-skovlund-seriesa", ["Novo Holdings", "Skovlund Peptide"], "investment", 520000000, "DKK",
          "exact", "2026-01", "completed", True,
          "Less speculative: Skovlund Peptide, the Copenhagen start-up with the oral obesity peptides, closed a "
          "DKK 520 million (about $81 million) Series A last week.",
          alt=[(81000000, "USD")], note="lead investor Novo Holdings in the next sentence"),
    ],
    "not_deals": ["$1.4 billion", "between $2.10 and $2.60 per H200 hour", "$12.4bn", "$9.8bn", "$650",
                  "Seats $179, subscribers $99", "$20 a month or $200 a year"],
}

A["018_novartis_quendris_sihlpost.txt"] = {
    "published": "2026-03-17",
    "published_note": "date line 'Zürich, Dienstag, 17. März 2026'",
    "language": "de",
    "deals": [
        D("novartis-quendris-2026", ["Novartis", "Quendris Therapeutics"], "partnership", 2200000000, "USD",
          "up_to", "2026-03-16", "signed", True,
          "Der Basler Konzern zahlt vorab 75 Millionen Dollar (rund 59 Millionen Franken); einschliesslich aller "
          "Meilensteine kann die erweiterte Vereinbarung bis zu 2,2 Milliarden Dollar wert sein.",
          kind_alt=LIC, alt=[(75000000, "USD"), (59000000, "CHF"), (1750000000, "CHF")],
          note="official 'seit Montagabend'; 'Der Basler Konzern' = Novartis, Quendris in the previous sentence; "
               "CHF total ('knapp 1,75 Milliarden Franken') in the next sentence"),
        D("roche-glattbrugg-option", ["Roche", "Glattbrugg Molecular"], "other", 20000000, "CHF", "exact",
          "2026-03", "signed", True,
          "Für das Vorkaufsrecht auf eine exklusive Lizenz zahlt der Konzern 20 Millionen Franken.",
          kind_alt=["partnership"],
          note="option bought 'vergangene Woche'; 'der Konzern' = Roche, Glattbrugg in the previous sentence"),
    ],
    "not_deals": ["rund 310 Millionen Franken", "98,12 Franken", "271,40 Franken", "knapp 14 Milliarden Dollar",
                  "3.70 Franken", "72 Millionen Franken", "250'000 Franken"],
}

A["019_merck_glattbrugg_schlussglocke.txt"] = {
    "published": "2026-06-09",
    "published_note": "market-report header 'Dienstag, 9. Juni 2026, 17:45 Uhr'",
    "language": "de",
    "deals": [
        D("merck-glattbrugg", ["Merck", "Glattbrugg Molecular"], "acquisition", 1400000000, "CHF", "exact",
          "2026-06-09", "signed", True,
          "Für das Start-up zahlt Merck 1,4 Milliarden Franken in bar, umgerechnet rund 1,5 Milliarden Euro, "
          "wie der Konzern am Morgen mitteilte.",
          alt=[(1500000000, "EUR")]),
        D("bms-biontech-milestone-2026", ["Bristol Myers Squibb", "BioNTech"], "other", 250000000, "USD", "exact",
          "2026-06-08", "announced", True,
          "Die Mainzer erhalten von Bristol Myers Squibb eine Meilensteinzahlung von 250 Millionen Dollar, weil "
          "der gemeinsam entwickelte Krebs-Antikörper BNT327 die ersten Patienten in einer "
          "zulassungsrelevanten Studie bei Brustkrebs aufgenommen hat.",
          kind_alt=["partnership"],
          note="announced 'am Montag nach US-Börsenschluss'; 'Die Mainzer' = BioNTech; second BMS-BioNTech deal"),
        N("bms-biontech-bnt327", ["Bristol Myers Squibb", "BioNTech"], "partnership", "2025-06", "signed", False,
          "Die beiden Konzerne hatten die Partnerschaft im Juni 2025 geschlossen.",
          kind_alt=["joint_venture", "other"], note="amount-less reminder of the 2025 deal (010, 011)"),
    ],
    "not_deals": ["132,55 Euro", "121,30 Dollar", "rund 16,3 Milliarden Euro", "6,35 Euro", "47,12 Euro",
                  "Kursziel auf 55 Euro", "1,1362 Dollar", "3.412 Dollar", "71,80 Dollar je Barrel",
                  "ab 25 Euro monatlich"],
}

A["020_gennachtal_sorae_lechwelle.txt"] = {
    "published": "2026-10-14",
    "published_note": "newest ticker entry '+++ 14.10.2026, 09:12 Uhr +++' (older entries of 13.10.2026 below)",
    "language": "de",
    "deals": [
        D("gennachtal-sorae-2026", ["Gennachtal Pharma", "Sorae Biologics"], "partnership", 410000000000, "KRW",
          "up_to", "2026-10-13", "signed", True,
          "Einschließlich aller Entwicklungs- und Umsatzmeilensteine hat der Vertrag ein Volumen von bis zu 410 "
          "Milliarden Won, das sind nach aktuellem Kurs etwa 256 Millionen Euro.",
          kind_alt=LIC, alt=[(52000000000, "KRW"), (256000000, "EUR")],
          note="'am Dienstag' in the 14.10. entry; parties and upfront (52 Milliarden Won) in the preceding "
               "sentences; second Gennachtal-Sorae deal (the 2024 licence is in 006)"),
        D("sorae-samsung-manufacturing", ["Sorae Biologics", "Samsung Biologics"], "supply", 120000000000, "KRW",
          "exact", "2026-10-13", "signed", True,
          "Sorae hat deshalb am selben Tag einen Fertigungsvertrag über 120 Milliarden Won mit dem "
          "Auftragshersteller Samsung Biologics unterzeichnet, wie das Unternehmen in Incheon bekanntgab.",
          term=["2028", "2035"],
          note="'am selben Tag' = the Tuesday of the Gennachtal deal; line reserved from 2028 for seven years"),
    ],
    "not_deals": ["38.650 Won", "rund 2,3 Billionen Won", "49,30 Euro", "Kursziel von 58 Euro",
                  "rund 2,2 Milliarden Euro", "7,8 Millionen Euro", "2,1 Millionen Euro", "165 Euro je Quadratmeter",
                  "rund 3.400 Euro brutto monatlich", "12 Millionen Euro", "6,90 Euro pro Monat"],
}

ALIASES = {
    "Novartis": ["Novartis", "Novartis AG"],
    "Quendris Therapeutics": ["Quendris Therapeutics", "Quendris"],
    "Eli Lilly": ["Eli Lilly", "Lilly", "Eli Lilly and Co.", "Eli Lilly and Company"],
    "Isomorphic Labs": ["Isomorphic Labs", "Isomorphic"],
    "Brixwell Capital": ["Brixwell Capital", "Brixwell"],
    "Morvanta Bio": ["Morvanta Bio", "Morvanta"],
    "Boehringer Ingelheim": ["Boehringer Ingelheim", "Boehringer", "Boehringer Ingelheim Venture Fund"],
    "Fohnsee Biologics": ["Fohnsee Biologics", "Fohnsee", "Fohnsee Biologics GmbH"],
    "Gemeinde Planegg": ["Gemeinde Planegg", "Planegg"],
    "Takeda": ["Takeda", "Takeda Pharmaceutical", "Takeda-Konzern"],
    "Kairyu Therapeutics": ["Kairyu Therapeutics", "Kairyu"],
    "Shirasagi Ventures": ["Shirasagi Ventures", "Shirasagi"],
    "Bayer": ["Bayer", "Bayer AG"],
    "Ostrach Biotech": ["Ostrach Biotech", "Ostrach"],
    "Generate Biomedicines": ["Generate Biomedicines", "Generate:Biomedicines", "Generate"],
    "Lumenreef Compute": ["Lumenreef Compute", "Lumenreef"],
    "Recursion": ["Recursion", "Recursion Pharmaceuticals"],
    "Exscientia": ["Exscientia"],
    "Amgen": ["Amgen"],
    "Gennachtal Pharma": ["Gennachtal Pharma", "Gennachtal", "Gennachtal Pharma AG"],
    "Sorae Biologics": ["Sorae Biologics", "Sorae"],
    "Calvaro Royalty Partners": ["Calvaro Royalty Partners", "Calvaro"],
    "Novo Nordisk": ["Novo Nordisk"],
    "Novo Holdings": ["Novo Holdings"],
    "Skovlund Peptide": ["Skovlund Peptide", "Skovlund"],
    "Nvidia": ["Nvidia", "NVIDIA"],
    "IQVIA": ["IQVIA"],
    "Evotec": ["Evotec", "Evotec SE"],
    "Sandoz": ["Sandoz"],
    "Glattbrugg Molecular": ["Glattbrugg Molecular", "Glattbrugg", "Glattbrugg Molecular AG"],
    "Bristol Myers Squibb": ["Bristol Myers Squibb", "Bristol-Myers Squibb", "Bristol Myers", "BMS", "Bristol"],
    "BioNTech": ["BioNTech", "BioNTech SE"],
    "Biotheus": ["Biotheus"],
    "CureVac": ["CureVac"],
    "AstraZeneca": ["AstraZeneca"],
    "CSPC Pharmaceutical Group": ["CSPC Pharmaceutical Group", "CSPC", "CSPC Pharmaceutical"],
    "Insilico Medicine": ["Insilico Medicine", "Insilico"],
    "Lanternbay Capital": ["Lanternbay Capital", "Lanternbay"],
    "Merck": ["Merck", "Merck KGaA", "M Ventures", "Merck-Tochter M Ventures"],
    "Pierre Fabre": ["Pierre Fabre"],
    "Tamberlin Capital": ["Tamberlin Capital", "Tamberlin"],
    "Roche": ["Roche"],
    "Samsung Biologics": ["Samsung Biologics"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
