#!/usr/bin/env python3
"""Write gold.json for tests/corpus85 (the hand annotation as a script).

Usage: python3 tests/corpus85/make_gold.py     -> rewrites tests/corpus85/gold.json
Edit the annotation here, then run this script and check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the eighty-fifth, held-out test corpus (tests/corpus85/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json "
    "and shared/gold/seeds.json. Theme: AI data centres in Saudi Arabia, the UAE, Qatar, Oman and Jordan "
    "(sovereign funds, state utilities, hyperscaler regions, US chip-export licences, local developers and "
    "banks) and German coverage of the same developments. One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague, background or amount-less "
    "mentions that an extractor may report or not without penalty. 'not_deals' lists money figures that are "
    "NOT deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') "
    "marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) "
    "states it in another currency or at another precision. 'date' is when the deal was announced or agreed "
    "(YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date line, dateline, byline date, issue line, liveblog stamp or, for 009, only the meta "
    "tag / JSON-LD; null for the undated interview 015); a cancelled deal keeps the date of the original "
    "talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur "
    "in the visible text (check_corpus_gold.visible_text). Invented companies: Rimal Compute, Tarfah Bank, "
    "Qalaat Partners, Dhafra Cloud Holdings PJSC, Mubarraz Bank, Majan Data Parks SAOC, Sharqiya Sun Power "
    "SAOC, Balqa Compute PSC, Wadi Araba Power Company, Lusail Hyperscale W.L.L.; invented publications, "
    "research houses, advertisers and people are listed in invented_names.txt; the deals of real companies "
    "follow public reports with shifted or simplified details, and some deals of real companies with "
    "invented ones (Arab Bank, DEG, stc, Humain, Microsoft, Qatar Investment Authority, Oman Investment "
    "Authority) are invented outright. Nothing here is reporting."
)

ALIASES = {
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Rimal Compute": ["Rimal Compute", "Rimal"],
    "Qalaat Partners": ["Qalaat Partners", "Qalaat"],
    "Microsoft": ["Microsoft"],
    "G42": ["G42"],
    "Cerebras": ["Cerebras"],
    "Dhafra Cloud Holdings": ["Dhafra Cloud Holdings PJSC", "Dhafra Cloud Holdings", "Dhafra Cloud", "Dhafra"],
    "Mubarraz Bank": ["Mubarraz Bank"],
    "Google": ["Google"],
    "Public Investment Fund": ["Public Investment Fund", "PIF"],
    "Tarfah Bank": ["Tarfah Bank", "Tarfah"],
    "stc": ["stc", "Saudi Telecom Company", "Saudi Telecom"],
    "DataVolt": ["DataVolt"],
    "NEOM": ["NEOM"],
    "Groq": ["Groq"],
    "Saudi Arabia": ["Saudi Arabia"],
    "Aramco Digital": ["Aramco Digital"],
    "Humain": ["Humain"],
    "AMD": ["AMD"],
    "Nvidia": ["Nvidia"],
    "OpenAI": ["OpenAI"],
    "Majan Data Parks": ["Majan Data Parks SAOC", "Majan Data Parks", "Majan"],
    "Sharqiya Sun Power": ["Sharqiya Sun Power SAOC", "Sharqiya Sun Power"],
    "Balqa Compute": ["Balqa Compute PSC", "Balqa Compute", "Balqa"],
    "Wadi Araba Power": ["Wadi Araba Power Company", "Wadi Araba Power"],
    "Oman Investment Authority": ["Oman Investment Authority", "OIA"],
    "AI Infrastructure Partnership": ["AI Infrastructure Partnership", "AIP"],
    "MGX": ["MGX"],
    "Global Infrastructure Partners": ["Global Infrastructure Partners", "GIP"],
    "BlackRock": ["BlackRock"],
    "Aligned Data Centers": ["Aligned Data Centers", "Aligned"],
    "Macquarie Asset Management": ["Macquarie Asset Management", "Macquarie"],
    "xAI": ["xAI"],
    "Brookfield": ["Brookfield"],
    "Qai": ["Qai"],
    "Qatar Investment Authority": ["Qatar Investment Authority", "QIA"],
    "Lusail Hyperscale": ["Lusail Hyperscale W.L.L.", "Lusail Hyperscale", "Lusail"],
    "Arab Bank": ["Arab Bank"],
    "DEG": ["DEG"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind}
    if kind_alt:
        d["kind_alt"] = kind_alt
    d.update({"amount": amount, "amount_max": amount_max, "currency": currency, "qualifier": qualifier})
    if per:
        d["per"] = per
    d["date"] = date
    if term:
        d["term"] = term
    d["status"] = status
    d["required"] = required
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


LEASE_KINDS = ["other", "supply"]

ARTICLES = {}

ARTICLES["001_aws_riyadh_sandline_en.txt"] = A(
    "2024-03-05", "issue line 'Issue 14 | Tuesday, 5 March 2024'; 'on Monday' -> 2024-03-04", "en",
    [
        D("aws-saudi-region", ["Amazon"], "capex_plan", 5.3e9, "USD", "at_least", "2024-03-04", "announced",
          "Amazon Web Services said on Monday it plans to invest more than $5.3 billion in Saudi Arabia to build a new infrastructure region, which it expects to open to customers in 2026.",
          note="investment plan of the spender only; the $9m–$11m per megawatt is the newsletter's own cost yardstick"),
        D("qalaat-rimal-seriesa", ["Rimal Compute", "Qalaat Partners"], "investment", 450e6, "SAR", "exact", "2024-03", "completed",
          "Rimal Compute, a two-year-old developer that wants to build liquid-cooled GPU halls in Dammam, has closed a SAR 450 million Series A.",
          alt=[(120e6, "USD")],
          note="the lead investor Qalaat Partners is named in the next sentence; 'about $120 million' two sentences later; no day given -> month of the issue; the SAR 1.9 billion post-money value is not a deal"),
    ],
    ["$9m–$11m per megawatt", "SAR 1.9 billion", "$1.9 billion", "over $10 billion", "SAR 0.18 per kWh",
     "SAR 38,000 per rack", "$29 a month", "$290 a year"])

ARTICLES["002_microsoft_g42_levante.txt"] = A(
    "2024-04-17", "wire stamp '17.04.2024 – 07:12 Uhr'; 'am Dienstag' -> 2024-04-16", "de",
    [
        D("microsoft-g42-2024", ["Microsoft", "G42"], "investment", 1.5e9, "USD", "exact", "2024-04-16", "signed",
          "Für 1,5 Milliarden US-Dollar kauft sich Microsoft bei dem Abu Dhabier KI-Konzern G42 ein.",
          alt=[(1.4e9, "EUR")],
          note="minority stake; date from 'am Dienstag' and EUR conversion in the next sentence"),
        D("g42-cerebras-supercomputers", ["G42", "Cerebras"], "partnership", None, None, None, "2023", "signed",
          "Mit dem kalifornischen Chipentwickler Cerebras betreibt G42 bereits seit dem vergangenen Jahr eine Reihe gemeinsamer Supercomputer.",
          required=False, kind_alt=["project"], note="background, no amount; 'seit dem vergangenen Jahr' -> 2023"),
    ],
    ["mehr als zehn Milliarden Dollar", "500 Millionen Dirham", "414,58 Dollar", "mehr als 50 Milliarden Dollar",
     "1,90 Euro"])

ARTICLES["003_microsoft_kenya_bateen_en.txt"] = A(
    "2024-05-23", "dateline 'ABU DHABI, 23 May 2024'; 'on Wednesday' -> 2024-05-22; 'on Thursday' = publication day", "en",
    [
        D("microsoft-g42-kenya", ["Microsoft", "G42"], "investment", 1e9, "USD", "exact", "2024-05-22", "announced",
          "ABU DHABI, 23 May 2024 — Microsoft and G42 will put a billion dollars into a digital package for Kenya, the two companies said on Wednesday, barely five weeks after the American group bought into the Abu Dhabi firm.",
          kind_alt=["project", "partnership"],
          note="amount in words ('a billion dollars'); second, different Microsoft–G42 deal (not the April stake)"),
        D("microsoft-g42-2024", ["Microsoft", "G42"], "investment", 1.5e9, "USD", "exact", "2024-04", "signed",
          "That earlier transaction, a $1.5 billion minority stake agreed in April, gave Microsoft a seat on G42's board and the Emirati company a preferred route to Azure.",
          note="restated; 'in April' -> 2024-04"),
        D("dhafra-mubarraz-loan", ["Dhafra Cloud Holdings", "Mubarraz Bank"], "other", 1.1e9, "AED", "exact", "2024-05-23", "signed",
          "Closer to home, Dhafra Cloud Holdings PJSC has arranged a seven-year term loan of AED 1.1 billion with Mubarraz Bank, the lender said in a statement on Thursday.",
          kind_alt=["investment"], term=["2024-05", "2031"], note="term loan; 'on Thursday' = publication day"),
    ],
    ["above $1.5 billion", "KSh 15.6 billion", "AED 3.06", "23 fils per kilowatt-hour"])

ARTICLES["004_google_pif_duenenkurs.txt"] = A(
    "2024-10-30", "stock-portal stamp '30.10.2024 | 16:48 Uhr'; 'am Dienstag' -> 2024-10-29", "de",
    [
        D("google-pif-ai-hub", ["Google", "Public Investment Fund"], "joint_venture", 5e9, "USD", "range", "2024-10", "rumored",
          "Das Vorhaben könnte zwischen fünf und zehn Milliarden Dollar schwer werden, sagen zwei Personen, die die Verhandlungen kennen.",
          amount_max=10e9, kind_alt=["partnership", "project", "investment"],
          note="talks reported by insiders ('Insidern zufolge'); parties in the previous sentence; range in words"),
        D("aws-saudi-region", ["Amazon"], "capex_plan", 5.3e9, "USD", "at_least", "2024-03", "announced",
          "Schon im März hatte AWS, die Cloudtochter von Amazon, angekündigt, mehr als 5,3 Milliarden Dollar in eine eigene Rechenzentrumsregion im Königreich zu stecken.",
          note="restated; 'im März' -> 2024-03"),
        D("rimal-tarfah-loan-2024", ["Rimal Compute", "Tarfah Bank"], "other", 3.75e9, "SAR", "exact", "2024-10-29", "signed",
          "Die Tarfah Bank stellt dem Riader Entwickler einen Baukredit über 3,75 Milliarden Riyal (knapp eine Milliarde Dollar) zur Verfügung, gaben Bank und Entwickler am Dienstag bekannt.",
          alt=[(1e9, "USD")], kind_alt=["investment"],
          note="construction loan; 'dem Riader Entwickler' = Rimal Compute (previous sentence); first Rimal–Tarfah deal"),
    ],
    ["rund 925 Milliarden Dollar", "612 Millionen Riyal", "36,85 SAR", "27,35 SAR", "40,10 SAR", "41 Riyal",
     "45 Millionen Riyal", "50 Euro Startguthaben"])

ARTICLES["005_leap_liveblog_hejaz_en.txt"] = A(
    "2025-02-10", "liveblog stamp 'Last updated 10 Feb 2025, 17:05 AST'; entries of the same day", "en",
    [
        D("stc-rimal-lease", ["stc", "Rimal Compute"], "cloud_contract", 19e6, "SAR", "approx", "2025-02-10", "signed",
          "A person close to the deal puts the rent at roughly SAR 19 million a month.",
          per="month", kind_alt=LEASE_KINDS, term=["2025", "2035"],
          note="monthly rent of a ten-year lease of 40 MW; parties in the previous sentence ('Saudi Telecom Company (stc) has agreed to lease ... at Rimal Compute's Dammam campus'); entry of the liveblog day"),
        D("datavolt-neom-oxagon", ["DataVolt", "NEOM"], "project", 5e9, "USD", "exact", "2025-02-10", "signed",
          "DataVolt, the Riyadh-based developer, has signed a $5 billion agreement with NEOM for what both call a net-zero AI factory in Oxagon, the giga-project's port city.",
          kind_alt=["investment", "partnership"], note="13:40 entry of the liveblog day"),
        D("groq-saudi-commitment", ["Groq", "Saudi Arabia"], "investment", 1.5e9, "USD", "exact", "2025-02-10", "announced",
          "US chip start-up Groq says it has landed $1.5 billion in backing from Saudi Arabia, money that will enlarge the inference cluster it runs in Dammam with Aramco Digital.",
          kind_alt=["cloud_contract", "project"], note="11:15 entry of the liveblog day; the 12:10 range 'between $1.2bn and $1.5bn' is a cost estimate"),
        D("groq-aramco-digital-dammam", ["Groq", "Aramco Digital"], "partnership", None, None, None, "2024", "completed",
          "US chip start-up Groq says it has landed $1.5 billion in backing from Saudi Arabia, money that will enlarge the inference cluster it runs in Dammam with Aramco Digital.",
          required=False, kind_alt=["project"],
          note="background: the existing Dammam cluster run with Aramco Digital ('brought up ... last year' -> 2024), no amount of its own"),
    ],
    ["$14.9 billion", "between $1.2bn and $1.5bn", "$30 billion", "$49", "SAR 27.90", "SAR 39.20", "$12 a month"])

ARTICLES["006_humain_golfreport.txt"] = A(
    "2025-05-14", "date line 'Mittwoch, 14. Mai 2025 · Konzerne · Seite 7'; 'am Dienstag' -> 2025-05-13", "de",
    [
        D("amd-humain-2025", ["AMD", "Humain"], "partnership", 10e9, "USD", "exact", "2025-05-13", "announced",
          "Der größte Einzelposten: AMD und Humain wollen zehn Milliarden Dollar über einen Zeitraum von fünf Jahren bereitstellen – für Rechenzentren, Prozessoren und Software.",
          kind_alt=["investment", "joint_venture", "supply"], term=["2025", "2030"],
          note="amount in words; date from 'am Dienstag' in the first paragraph"),
        D("nvidia-humain-gb300", ["Nvidia", "Humain"], "supply", None, None, None, "2025-05-13", "announced",
          "Nvidia liefert in einem ersten Schritt 18.000 Chips vom Typ GB300; einen Preis nannten die Partner nicht.",
          required=False, note="no price; the 700–800 million range is Lindenhof Research's estimate (not_deal)"),
        D("aws-humain-ai-zone", ["Amazon", "Humain"], "investment", 5e9, "USD", "at_least", "2025-05-13", "announced",
          "Amazons Cloudsparte AWS und Humain planen eine „AI Zone“ auf saudischem Boden, für die beide Seiten mehr als fünf Milliarden Dollar vorsehen.",
          kind_alt=["joint_venture", "project", "partnership"], note="must stay apart from AWS's own Saudi region plan in the next sentence"),
        D("aws-saudi-region", ["Amazon"], "capex_plan", 5.3e9, "USD", "at_least", "2024", "announced",
          "Das kommt zu den mehr als 5,3 Milliarden Dollar hinzu, die AWS bereits im vergangenen Jahr für eine eigene Cloud-Region in Saudi-Arabien zugesagt hatte.",
          note="restated; 'im vergangenen Jahr' -> 2024"),
        D("datavolt-us-2025", ["DataVolt"], "capex_plan", 20e9, "USD", "exact", "2025-05-13", "planned",
          "Der Riader Entwickler DataVolt versprach, in den USA 20 Milliarden Dollar für KI-Rechenzentren samt eigener Energieversorgung auszugeben.",
          kind_alt=["investment"], note="investment pledge of the spender only"),
    ],
    ["600 Milliarden Dollar", "113,70 Dollar", "700 bis 800 Millionen Dollar", "rund 940 Milliarden Dollar",
     "2.890 Euro"])

ARTICLES["007_stargate_uae_liwa_en.html"] = A(
    "2025-05-23", "<meta article:published_time> and JSON-LD 2025-05-23, visible byline '23 May 2025'; 'on Thursday' -> 2025-05-22, 'on Wednesday' -> 2025-05-21", "en",
    [
        D("stargate-uae", ["G42", "OpenAI"], "joint_venture", None, None, None, "2025-05-22", "announced",
          "G42 and OpenAI on Thursday unveiled Stargate UAE, a one-gigawatt computing cluster in Abu Dhabi built with Oracle, Nvidia, Cisco and SoftBank.",
          required=False, kind_alt=["project", "partnership"],
          note="no price ('None of the partners put a price on the project'); the $4bn–$5bn is an analysts' estimate"),
        D("amd-humain-2025", ["AMD", "Humain"], "partnership", 10e9, "USD", "exact", "2025-05", "announced",
          "Last week AMD agreed a $10bn programme with Saudi Arabia's Humain, and Amazon's cloud unit pledged upwards of $5 billion for an \"AI Zone\" it is building with the same company.",
          note="restated; 'Last week' -> 2025-05"),
        D("aws-humain-ai-zone", ["Amazon", "Humain"], "investment", 5e9, "USD", "at_least", "2025-05", "announced",
          "Last week AMD agreed a $10bn programme with Saudi Arabia's Humain, and Amazon's cloud unit pledged upwards of $5 billion for an \"AI Zone\" it is building with the same company.",
          note="restated in the same sentence as the AMD deal; 'the same company' = Humain; 'upwards of' -> at_least"),
        D("dhafra-ruwais-plan", ["Dhafra Cloud Holdings"], "capex_plan", 3.3e9, "AED", "exact", "2025-05-21", "planned",
          "Dhafra Cloud Holdings said on Wednesday it would spend AED 3.3 billion (about $900 million) on a second campus in Ruwais by 2027.",
          alt=[(900e6, "USD")], kind_alt=["project"], term=[None, "2027"]),
    ],
    ["$4bn–$5bn", "$1.4 trillion", "AED 3.84", "AED 5 billion", "$132.83", "$161.07", "$2,100 per month",
     "$99 a year"])

ARTICLES["008_oman_jordanien_wuestenstrom.txt"] = A(
    "2025-06-20", "issue line 'Ausgabe 12/2025 · Freitag, 20. Juni 2025'; 'am Mittwoch' -> 2025-06-18; 'vergangene Woche' -> 2025-06", "de",
    [
        D("majan-sharqiya-ppa", ["Majan Data Parks", "Sharqiya Sun Power"], "supply", 38e6, "USD", "approx", "2025-06-18", "signed",
          "Majan zahlt dafür rund 38 Millionen Dollar im Jahr, wie beide Unternehmen am Mittwoch in Maskat mitteilten.",
          per="year", term=["2026-01", "2040"],
          note="yearly rate of a 15-year power purchase agreement; parties in the previous sentence; delivery from January 2026"),
        D("balqa-wadiaraba-ppa", ["Balqa Compute", "Wadi Araba Power"], "supply", 30e6, "USD", "up_to", "2025-06", "signed",
          "Der Erzeuger erhält von dem Unternehmen bis zu 30 Millionen Dollar im Jahr (gut 21 Millionen Dinar), abhängig von der tatsächlich abgenommenen Menge.",
          per="year",
          note="20-year PPA; 'Der Erzeuger' = Wadi Araba Power Company, 'dem Unternehmen' = Balqa Compute (previous sentence); 'vergangene Woche' -> 2025-06; the dinar figure (JOD, not in the currency set) is the same amount"),
    ],
    ["2,1 US-Cent je Kilowattstunde", "140 Millionen Rial", "520.000 Dollar je Megawatt", "60 Millionen Dinar",
     "250.000 Rial", "6 Dollar je MMBtu", "690 Euro", "480 Euro"])

ARTICLES["009_majan_oia_muscat_en.html"] = A(
    "2025-06-24", "only <meta name=pubdate> and JSON-LD datePublished (no visible date); 'on Monday' -> 2025-06-23; 'Last week' -> 2025-06", "en",
    [
        D("oia-majan-stake", ["Oman Investment Authority", "Majan Data Parks"], "investment", 210e6, "USD", "exact", "2025-06-23", "signed",
          "OIA will pay $210 million for the shares, implying a value of about $700 million for the whole company.",
          note="30% stake; 'on Monday' in the previous sentence; the implied $700m value is not a deal"),
        D("majan-sohar-campus", ["Majan Data Parks"], "project", 480e6, "USD", "exact", "2025-06", "planned",
          "The money goes towards Majan's first campus near Sohar, which the company has budgeted at $480 million for 60 megawatts of IT load.",
          kind_alt=["capex_plan"], note="project budget; no date given -> month of the article"),
        D("majan-sharqiya-ppa", ["Majan Data Parks", "Sharqiya Sun Power"], "supply", 38e6, "USD", "approx", "2025-06", "signed",
          "Last week Majan locked in its electricity: a 15-year solar supply agreement with Sharqiya Sun Power, worth about $38 million a year, starts in January.",
          per="year", term=["2026-01", "2040"], note="restated; 'Last week' -> 2025-06"),
    ],
    ["about $700 million", "roughly $50 billion", "RO 11.8 billion", "$310 million a year", "RO 1,400 a month",
     "RO 89,000", "RO 30 a year"])

ARTICLES["010_mgx_aligned_levante.txt"] = A(
    "2025-10-16", "wire stamp '16.10.2025 – 06:31 Uhr'; 'am Mittwoch' -> 2025-10-15", "de",
    [
        D("aip-aligned-acquisition", ["AI Infrastructure Partnership", "MGX", "Global Infrastructure Partners", "BlackRock",
                                      "Aligned Data Centers", "Macquarie Asset Management"],
          "acquisition", 40e9, "USD", "approx", "2025-10-15", "signed",
          "Der Kaufpreis liegt bei rund 40 Milliarden Dollar (etwa 34,4 Milliarden Euro), gaben die Käufer am Mittwoch bekannt.",
          alt=[(34.4e9, "EUR")],
          note="buyers (MGX, BlackRock's GIP, AIP) and target in the previous sentence, seller Macquarie in the next; closing expected by mid-2026; headline compound '40-Milliarden-Dollar-Übernahme'"),
        D("mgx-stargate", ["MGX", "OpenAI"], "investment", None, None, None, None, "announced",
          "Der Staatsinvestor ist Gründungsinvestor des Stargate-Projekts von OpenAI, SoftBank und Oracle, über dessen Finanzierungsanteile wenig bekannt ist.",
          required=False, note="background, no amount, no date"),
        D("datavolt-us-2025", ["DataVolt"], "capex_plan", 20e9, "USD", "exact", "2025-05", "planned",
          "Auch aus Saudi-Arabien drängt Geld in die USA: Der Riader Entwickler DataVolt hatte im Mai zugesagt, 20 Milliarden Dollar in amerikanische KI-Rechenzentren zu stecken.",
          note="restated; 'im Mai' -> 2025-05"),
        D("macquarie-aligned-2018", ["Macquarie Asset Management", "Aligned Data Centers"], "acquisition", None, None, None, "2018", "completed",
          "Macquarie hatte Aligned 2018 mehrheitlich übernommen; über den damaligen Preis ist nichts bekannt.",
          required=False, note="background, price undisclosed"),
    ],
    ["bis zu 100 Milliarden Dollar", "rund 13,5 Billionen Dollar", "mehr als zwölf Millionen Dollar", "1.187 Dollar",
     "1.299 Euro"])

ARTICLES["011_microsoft_uae_bateen_en.txt"] = A(
    "2025-11-04", "date line 'Technology | Tuesday 4 November 2025'; 'on Monday' -> 2025-11-03", "en",
    [
        D("microsoft-uae-2025", ["Microsoft"], "capex_plan", 15.2e9, "USD", "exact", "2025-11-03", "announced",
          "Microsoft has raised its planned outlay in the United Arab Emirates to $15.2 billion for the period 2023 to 2029, president Brad Smith told a conference in Abu Dhabi on Monday.",
          term=["2023", "2029"],
          note="the $7.3bn already spent and the $7.9bn for 2026–2029 are parts of it (not_deals)"),
        D("microsoft-g42-2024", ["Microsoft", "G42"], "investment", 1.5e9, "USD", "exact", "2024", "signed",
          "About $7.3 billion of that has already been spent, a figure that includes the $1.5 billion minority stake the company took in G42 last year; a further $7.9 billion is pencilled in for 2026 to 2029.",
          required=False, note="restated only as a component of the spending figure; 'last year' -> 2024"),
        D("dhafra-microsoft-lease", ["Dhafra Cloud Holdings", "Microsoft"], "cloud_contract", 10.6e9, "AED", "approx", "2025-11-03", "signed",
          "The contract is worth about AED 10.6 billion ($2.9 billion) over its life, according to the filing.",
          alt=[(2.9e9, "USD")], kind_alt=LEASE_KINDS,
          note="12-year lease of 80 MW at Ruwais; parties and 'on Monday' in the previous sentence; the reader comment repeats the amount"),
        D("dhafra-ruwais-plan", ["Dhafra Cloud Holdings"], "capex_plan", 3.3e9, "AED", "exact", "2025-05", "planned",
          "The sum is more than triple the AED 3.3 billion Dhafra said in May it would spend on building the campus in the first place.",
          note="restated; 'in May' -> 2025-05"),
    ],
    ["$7.3 billion", "$7.9 billion", "AED 4.12", "AED 6.8 billion", "$180 per kilowatt per month", "$77.7 billion",
     "$34.9 billion", "AED 450"])

ARTICLES["012_export_humain_kompassnadel.txt"] = A(
    "2025-11-20", "stock-portal stamp '20.11.2025, 09:05 Uhr'; 'am Mittwoch' -> 2025-11-19", "de",
    [
        D("humain-xai-dc", ["Humain", "xAI"], "joint_venture", None, None, None, "2025-11-19", "announced",
          "Humain kündigte am Mittwoch zudem an, gemeinsam mit Elon Musks xAI ein Rechenzentrum mit 500 Megawatt in Saudi-Arabien zu errichten; finanzielle Details nannten die Partner nicht.",
          required=False, kind_alt=["project", "partnership"], note="no amount"),
        D("amd-humain-2025", ["AMD", "Humain"], "partnership", 10e9, "USD", "exact", "2025-05", "announced",
          "Mit AMD hatte die PIF-Tochter bereits im Mai einen Zehn-Milliarden-Dollar-Pakt geschlossen.",
          note="restated; compound amount; 'die PIF-Tochter' = Humain (previous sentence); 'im Mai' -> 2025-05"),
        D("rimal-humain-lease", ["Humain", "Rimal Compute"], "cloud_contract", 6e9, "SAR", "approx", "2025-11", "rumored",
          "Insidern zufolge steht Humain außerdem kurz davor, bei dem Riader Entwickler Rimal Compute für rund sechs Milliarden Riyal Rechenzentrumskapazität über zehn Jahre anzumieten.",
          alt=[(1.6e9, "USD")], kind_alt=LEASE_KINDS,
          note="rumour ('Insidern zufolge'); signed a few days later (013); ten-year term; the export licences and the analysts' value per buyer are not deals"),
    ],
    ["etwa 1,1 Milliarden Dollar je Abnehmer", "193,80 Dollar", "57 Milliarden Dollar", "1,45 Milliarden Riyal",
     "250 Dollar", "knapp 20 Milliarden Dollar", "193,80 USD", "247,10 USD", "38,05 SAR", "25 Euro monatlich"])

ARTICLES["013_rimal_humain_dunewire_en.txt"] = A(
    "2025-11-27", "wire header '27 Nov 2025 04:10 GMT' (dateline 'RIYADH, Nov 26'); 'on Tuesday' -> 2025-11-25", "en",
    [
        D("rimal-humain-lease", ["Humain", "Rimal Compute"], "cloud_contract", 6e9, "SAR", "approx", "2025-11-25", "signed",
          "RIYADH, Nov 26 (Dunewire) - Saudi artificial intelligence company Humain has signed a ten-year agreement to lease capacity at Rimal Compute's campus in Dammam, the Riyadh developer said on Tuesday, in a deal worth about 6 billion riyals ($1.6 billion).",
          alt=[(1.6e9, "USD")], kind_alt=LEASE_KINDS),
        D("stc-rimal-lease", ["stc", "Rimal Compute"], "cloud_contract", None, None, None, "2025-02", "signed",
          "Rimal already rents 40 megawatts in Dammam to Saudi Telecom under a decade-long contract signed in February.",
          required=False, kind_alt=LEASE_KINDS, note="restated without amount; 'in February' -> 2025-02"),
        D("rimal-tarfah-loan-2024", ["Rimal Compute", "Tarfah Bank"], "other", 3.75e9, "SAR", "exact", "2024", "signed",
          "The build-out is financed by a 3.75 billion riyal construction loan from Tarfah Bank agreed last year.",
          kind_alt=["investment"], note="restated; 'last year' -> 2024"),
    ],
    ["1.45 billion riyals", "520 riyals per kilowatt a month", "roughly 300 riyals", "42.10 riyals"])

ARTICLES["014_brookfield_qai_dcnetz.txt"] = A(
    "2025-12-10", "date line 'Mittwoch, 10.12.2025'; 'am Dienstag' -> 2025-12-09", "de",
    [
        D("brookfield-qai-jv", ["Brookfield", "Qai"], "joint_venture", 20e9, "USD", "up_to", "2025-12-09", "signed",
          "Das am Dienstag vereinbarte Gemeinschaftsunternehmen soll bis zu 20 Milliarden Dollar in Rechenzentren, Stromversorgung und Rechenkapazität in Katar investieren.",
          kind_alt=["investment"], note="partners named in the previous sentence (Qai = AI arm of the QIA)"),
        D("qia-lusail-stake", ["Qatar Investment Authority", "Lusail Hyperscale"], "investment", 400e6, "USD", "exact", "2025-12-09", "signed",
          "Der Staatsfonds zahlt dafür 400 Millionen Dollar.",
          kind_alt=["acquisition"],
          note="30% stake; 'Der Staatsfonds' = QIA and the target Lusail Hyperscale in the previous sentence ('Ebenfalls am Dienstag'); first QIA–Lusail deal; the implied 1.33bn value is not a deal"),
    ],
    ["jenseits der Billionen-Dollar-Marke", "rund 200 Milliarden", "rund 1,33 Milliarden Dollar",
     "mehr als 520 Milliarden Dollar", "rund 9 Milliarden Rial", "0,13 Rial je Kilowattstunde", "79 Euro"])

ARTICLES["015_rimal_interview_oasenbrief.txt"] = A(
    None, "no date anywhere (only 'Lesedauer: 7 Minuten'); all deal dates null", "de",
    [
        D("rimal-humain-lease", ["Humain", "Rimal Compute"], "cloud_contract", 6e9, "SAR", "approx", None, "signed",
          "Oasenbrief: Herr Al-Zahrawi, Humain mietet bei Ihnen für rund sechs Milliarden Riyal Kapazität über zehn Jahre.",
          kind_alt=LEASE_KINDS, note="'Ihnen' = Rimal Compute (the interviewee's company)"),
        D("stc-rimal-lease", ["stc", "Rimal Compute"], "cloud_contract", 19e6, "SAR", "approx", None, "signed",
          "Al-Zahrawi: Richtig, die Telekom zahlt uns rund 19 Millionen Riyal im Monat für 40 Megawatt.",
          per="month", kind_alt=LEASE_KINDS, note="'die Telekom' = stc (previous question), 'uns' = Rimal Compute"),
        D("rimal-tarfah-loan-2024", ["Rimal Compute", "Tarfah Bank"], "other", 3.75e9, "SAR", "exact", None, "signed",
          "Deren Baukredit über 3,75 Milliarden Riyal deckt die ersten 120 Megawatt.",
          kind_alt=["investment"], note="'Deren' = Tarfah Bank (previous sentence)"),
        D("qalaat-rimal-seriesa", ["Rimal Compute", "Qalaat Partners"], "investment", 450e6, "SAR", "exact", None, "completed",
          "Qalaat war schon vorher da, mit 450 Millionen Riyal in der ersten Runde.",
          note="restated first round"),
        D("rimal-capex-2028", ["Rimal Compute"], "capex_plan", 8e9, "SAR", "approx", None, "planned",
          "Al-Zahrawi: Bis 2028 wollen wir noch einmal rund acht Milliarden Riyal investieren, vor allem in Jubail.",
          term=[None, "2028"], note="'wir' = Rimal Compute; amount in words; equity/debt split not separate deals"),
    ],
    ["rund 40 Millionen Riyal", "28 Millionen", "rund 32.000 Riyal im Monat",
     "Zwischen 480 und 560 Riyal pro Kilowatt und Monat", "9,90 Euro"])

ARTICLES["016_sandline_digest_feb26_en.txt"] = A(
    "2026-02-10", "issue line 'Issue 115 | Tuesday, 10 February 2026'; 'last Thursday' -> 2026-02-05, 'on Monday' -> 2026-02-09, 'last month' -> 2026-01", "en",
    [
        D("rimal-tarfah-revolver-2026", ["Rimal Compute", "Tarfah Bank"], "other", 900e6, "SAR", "exact", "2026-02-05", "signed",
          "The Dammam developer has signed a SAR 900 million revolving credit facility with Tarfah Bank, its house lender, the two said last Thursday.",
          kind_alt=["investment"],
          note="second, different Rimal–Tarfah deal; 'The Dammam developer' = Rimal Compute (bullet heading 'RIMAL COMPUTE tops up.')"),
        D("rimal-tarfah-loan-2024", ["Rimal Compute", "Tarfah Bank"], "other", 3.75e9, "SAR", "exact", "2024-10", "signed",
          "It sits on top of the SAR 3.75 billion construction loan from the same bank in October 2024 and is meant to bridge the gap between handing halls to Humain and getting paid.",
          kind_alt=["investment"], note="restated in the same bullet as the revolver"),
        D("balqa-arabbank-loan", ["Balqa Compute", "Arab Bank"], "other", 180e6, "USD", "exact", "2026-01", "signed",
          "Jordan's best-funded cloud start-up closed a $180 million syndicated loan led by Arab Bank last month; three Gulf lenders joined.",
          kind_alt=["investment"], term=["2026-01", "2035"],
          note="'Jordan's best-funded cloud start-up' = Balqa Compute (bullet heading); nine-year tenor"),
        D("dhafra-capex-2026", ["Dhafra Cloud Holdings"], "capex_plan", 1.8e9, "AED", "range", "2026-02-09", "planned",
          "The Abu Dhabi landlord expects capital expenditure of AED 1.8–2.2 billion this year, chief financial officer Idris Kanaan told analysts on Monday, most of it in Ruwais, where Microsoft's 12-year lease, valued at about $2.9 billion when it was signed in November, takes the first halls.",
          amount_max=2.2e9, term=["2026", "2026"], note="capex guidance for 2026; 'The Abu Dhabi landlord' = Dhafra Cloud (bullet heading)"),
        D("dhafra-microsoft-lease", ["Dhafra Cloud Holdings", "Microsoft"], "cloud_contract", 2.9e9, "USD", "approx", "2025-11", "signed",
          "The Abu Dhabi landlord expects capital expenditure of AED 1.8–2.2 billion this year, chief financial officer Idris Kanaan told analysts on Monday, most of it in Ruwais, where Microsoft's 12-year lease, valued at about $2.9 billion when it was signed in November, takes the first halls.",
          kind_alt=LEASE_KINDS, note="restated in the same sentence as the capex guidance; 'in November' -> 2025-11"),
    ],
    ["SAR 41.30", "JD 25 million", "AED 1.37 billion", "AED 402 million", "north of $10 billion",
     "SAR 950 per square metre", "$3,400 a month", "$650", "$450", "$29 a month"])

ARTICLES["017_deg_balqa_rheinufer.html"] = A(
    "2026-03-10", "<meta name=date> and JSON-LD 2026-03-10, visible 'Dienstag, 10. März 2026, 17:40 Uhr'; 'am Montag' -> 2026-03-09; 'Mitte Januar' -> 2026-01", "de",
    [
        D("deg-balqa-loan", ["DEG", "Balqa Compute"], "other", 60e6, "USD", "exact", "2026-03-09", "signed",
          "Sie gewährt dem jordanischen Entwickler Balqa Compute ein langfristiges Darlehen über 60 Millionen Dollar, rund 55 Millionen Euro, wie die DEG am Montag mitteilte.",
          alt=[(55e6, "EUR")], kind_alt=["investment"], note="'Sie' = the DEG (previous sentence)"),
        D("balqa-salt-campus", ["Balqa Compute"], "project", 650e6, "USD", "approx", "2026-03", "planned",
          "Das Rechenzentrum bei Salt nordwestlich von Amman soll insgesamt rund 650 Millionen Dollar kosten und 2028 ans Netz gehen.",
          kind_alt=["capex_plan"], note="project cost; no date -> month of the article"),
        D("balqa-arabbank-loan", ["Balqa Compute", "Arab Bank"], "other", 180e6, "USD", "exact", "2026-01", "signed",
          "Bereits Mitte Januar hatte die Arab Bank einen Konsortialkredit über 180 Millionen Dollar für das Projekt angeführt.",
          kind_alt=["investment"], note="restated; 'Mitte Januar' -> 2026-01; 'das Projekt' = Balqa's campus"),
    ],
    ["4,5 Millionen Euro", "rund 2,1 Milliarden Euro", "1.499 €", "999 €", "0,99 €", "12,90 €"])

ARTICLES["018_balqa_amman_signal_en.txt"] = A(
    "2026-05-14", "blog byline 'Posted 14 May 2026'; 'in March'/'in January' -> 2026, 'last June' -> 2025-06, 'this week' -> 2026-05", "en",
    [
        D("balqa-salt-campus", ["Balqa Compute"], "project", 650e6, "USD", "approx", "2026-03", "planned",
          "Balqa Compute's campus near Salt, which the company costed at around $650 million when it presented the full plan in March, has become the test of whether a country without oil money can host serious AI infrastructure.",
          note="restated"),
        D("balqa-arabbank-loan", ["Balqa Compute", "Arab Bank"], "other", 180e6, "USD", "exact", "2026-01", "signed",
          "Arab Bank led a $180 million syndicated loan in January.",
          note="restated; borrower Balqa from context; the reader comment repeats '$180m'"),
        D("deg-balqa-loan", ["DEG", "Balqa Compute"], "other", 60e6, "USD", "exact", "2026-03", "signed",
          "In March Germany's development lender DEG added $60 million of long-dated debt.",
          note="restated; borrower Balqa from context"),
        D("balqa-wadiaraba-ppa", ["Balqa Compute", "Wadi Araba Power"], "supply", 30e6, "USD", "up_to", "2025-06", "signed",
          "Power is secured too: the 20-year agreement with the state-owned Wadi Araba Power Company, signed last June, pays the generator up to $30 million a year.",
          per="year", note="restated; 'last June' -> 2025-06"),
        D("qalaat-balqa-equity", ["Qalaat Partners", "Balqa Compute"], "investment", 120e6, "USD", "exact", "2026-05", "rumored",
          "Balqa is reportedly in talks with Qalaat Partners, the Amman-born investor best known for backing Rimal Compute in Saudi Arabia, about a $120 million injection.",
          note="'reportedly in talks'; 'this week' -> 2026-05"),
    ],
    ["well over $20 billion", "JD 34 million", "12 US cents per kilowatt-hour", "JD 3", "JD 2,900 a month"])

ARTICLES["019_qalaat_rimal_duenenkurs.txt"] = A(
    "2026-06-17", "stock-portal stamp '17.06.2026 | 11:20 Uhr'; 'am Montag' -> 2026-06-15, 'am Dienstag' -> 2026-06-16", "de",
    [
        D("qalaat-rimal-takeover", ["Qalaat Partners", "Rimal Compute"], "acquisition", 4.1e9, "SAR", "approx", "2026-06-15", "negotiating",
          "Im Raum steht ein Preis von rund 4,1 Milliarden Riyal (etwa 1,09 Milliarden Dollar) für zusätzliche Anteile, mit denen Qalaat auf 51 Prozent käme, wie Rimal am Montag bestätigte.",
          alt=[(1.09e9, "USD")], kind_alt=["investment"],
          note="confirmed talks about a majority; second, different Qalaat–Rimal deal; the implied value 'fast 23 Milliarden Riyal' is not a deal"),
        D("qalaat-rimal-seriesa", ["Rimal Compute", "Qalaat Partners"], "investment", 450e6, "SAR", "exact", "2024", "completed",
          "Sie hatte 2024 die erste Finanzierungsrunde über 450 Millionen Riyal angeführt und hält seither rund ein Drittel.",
          note="'Sie' = Qalaat Partners (previous sentence: 'Die Investmentgesellschaft aus Amman')"),
        D("dhafra-rimal-bid", ["Dhafra Cloud Holdings", "Rimal Compute"], "acquisition", None, None, None, "2026-06", "rumored",
          "Ein Bericht, wonach auch der Abu Dhabier Konkurrent Dhafra Cloud Holdings ein Gebot vorbereite, wurde von Dhafra am Dienstag dementiert.",
          required=False, note="rumoured bid, denied; no amount"),
    ],
    ["fast 23 Milliarden Riyal", "43,95 Riyal", "bis zu 48 Riyal", "zwischen 2,3 und 2,5 Milliarden Riyal",
     "1,9 Milliarden Riyal", "43,95 SAR", "41,20 SAR", "4,56 AED", "4,90 Euro"])

ARTICLES["020_lusail_qia_dunewire_en.txt"] = A(
    "2026-11-18", "wire header 'Wed 18 Nov 2026 05:52 GMT' (dateline 'DOHA, Nov 17'); 'on Tuesday' -> 2026-11-17", "en",
    [
        D("qia-lusail-buyout-2026", ["Qatar Investment Authority", "Lusail Hyperscale"], "acquisition", 1.1e9, "USD", "exact", "2026-11-17", "signed",
          "DOHA, Nov 17 (Dunewire) - The Qatar Investment Authority (QIA) will buy the remaining 70% of data-centre developer Lusail Hyperscale for $1.1 billion, the company said on Tuesday, less than a year after the sovereign fund first bought in.",
          note="second, different QIA–Lusail deal; the implied $1.57bn value is not a deal"),
        D("qia-lusail-stake", ["Qatar Investment Authority", "Lusail Hyperscale"], "investment", 400e6, "USD", "exact", "2025-12", "signed",
          "QIA paid $400 million for its initial 30% stake last December.",
          note="restated; 'last December' -> 2025-12"),
        D("brookfield-qai-jv", ["Brookfield", "Qai"], "joint_venture", 20e9, "USD", "up_to", None, "signed",
          "The purchase brings Lusail closer to Qai, QIA's artificial-intelligence arm, whose joint venture with Brookfield has up to $20 billion to spend on Qatari computing capacity.",
          note="restated without a date"),
        D("qalaat-rimal-takeover", ["Qalaat Partners", "Rimal Compute"], "acquisition", 4.1e9, "SAR", "approx", "2026-06", "cancelled",
          "The two sides had confirmed in June that they were discussing a package priced at around 4.1 billion riyals.",
          note="talks called off (previous sentence names Qalaat Partners and Rimal Compute); a cancelled deal keeps the date of the talks ('in June' -> 2026-06)"),
    ],
    ["about $1.57 billion", "2.3 billion to 2.5 billion riyals", "40.80 riyals", "QR 210 billion",
     "more than $550 billion"])


def clean(v):
    """Whole-number floats (amounts) become ints."""
    if isinstance(v, float) and v.is_integer():
        return int(v)
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
