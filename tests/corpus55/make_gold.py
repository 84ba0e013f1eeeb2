#!/usr/bin/env python3
"""Write gold.json for corpus55 (the hand annotation lives here; edit this file, then run it).

Usage: python3 tests/corpus55/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the fifty-fifth, held-out test corpus (tests/corpus55/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: data centres and grid connections in the UK and Ireland (developers, grid "
    "operators, power purchase agreements, construction contracts, council land sales, private-credit loans, "
    "hyperscaler pledges) and German coverage of the same developments. One entry per article; a deal that "
    "several articles report carries the same id in each. 'required': false marks vague, background or "
    "amount-less mentions that an extractor may report or not without penalty. 'not_deals' lists money figures "
    "that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' "
    "closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', "
    "'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or at another precision. 'date' is when the deal was announced or "
    "agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from "
    "the article's own date line, dateline, issue line, byline date, meta tag / JSON-LD, or null when the "
    "article has none); seasons become the year; a cancelled deal keeps the date of the original agreement or "
    "talks; a rumour that a later article reports as signed carries only the year; 'term' is the period the "
    "deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Kilbeggan Digital, Slaney Renewables, Corrib Ridge "
    "Data, Kingsmere Thorne, Pelham Lowe Capital, Tollcross Infrastructure, Tarrant & Pike, Brackenmoor Grid, "
    "Gwyndale Solar; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly real (retold, some details shifted), partly "
    "invented. Nothing here is reporting."
)

ALIASES = {
    "Google": ["Google"],
    "Microsoft": ["Microsoft", "Microsofts", "Microsoft Corp."],
    "Kilbeggan Digital": ["Kilbeggan Digital", "Kilbeggan", "Kilbeggan's", "Kilbeggan Digital Ltd"],
    "Pelham Lowe Capital": ["Pelham Lowe Capital", "Pelham Lowe"],
    "Slaney Renewables": ["Slaney Renewables", "Slaney", "Slaney Renewables'"],
    "EirGrid": ["EirGrid", "EirGrid's"],
    "National Grid": ["National Grid", "National Grid plc"],
    "CoreWeave": ["CoreWeave"],
    "Blackstone": ["Blackstone", "Blackstones", "QTS"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Advance Northumberland": ["Advance Northumberland"],
    "Kingsmere Thorne": ["Kingsmere Thorne", "Kingsmere"],
    "Corrib Ridge Data": ["Corrib Ridge Data", "Corrib Ridge", "Corrib-Ridge"],
    "CyrusOne": ["CyrusOne"],
    "CloudHQ": ["CloudHQ"],
    "ServiceNow": ["ServiceNow"],
    "Tollcross Infrastructure": ["Tollcross Infrastructure", "Tollcross"],
    "Tarrant & Pike": ["Tarrant & Pike", "Tarrant and Pike"],
    "North Lanarkshire Council": ["North Lanarkshire Council"],
    "SSE": ["SSE", "SSE plc"],
    "Brackenmoor Grid": ["Brackenmoor Grid", "Brackenmoor", "Brackenmoors"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "Gwyndale Solar": ["Gwyndale Solar", "Gwyndale"],
    "ESB": ["ESB"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
      amount_max=None, kind_alt=None, per=None, term=None, alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status, "required": required}
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


def N(id, parties, kind, date, status, evidence, *, required=False, kind_alt=None, note=None):
    """A deal mention without an amount (optional by convention)."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=required,
             kind_alt=kind_alt, note=note)


K, PL, SL = "Kilbeggan Digital", "Pelham Lowe Capital", "Slaney Renewables"
KT, CR, TC, TP = "Kingsmere Thorne", "Corrib Ridge Data", "Tollcross Infrastructure", "Tarrant & Pike"
LEASE_ALT = ["cloud_contract"]
BUILD_ALT = ["project", "supply"]
LOAN_ALT = ["other"]

ARTICLES = {}

ARTICLES["001_switchgear_letter_jan24_en.txt"] = {
    "published": "2024-01-19",
    "published_note": "from the issue line 'No. 12 · Friday 19 January 2024'; 'on Thursday' -> 2024-01-18; 'last week' -> 2024-01",
    "language": "en",
    "deals": [
        D("google-waltham-cross", ["Google"], "capex_plan", 1_000_000_000, "USD", "exact", "2024-01-18", "announced",
          "Google said on Thursday it will put $1 billion, a little under £790 million, into a new data centre on the 33-acre plot at Waltham Cross that it bought back in 2020.",
          kind_alt=["project"], alt=[(790_000_000, "GBP")],
          note="heading says 'A BILLION DOLLARS'; GBP conversion 'a little under £790 million' as alt amount; 005 restates it"),
        D("pelham-kilbeggan-loan-2024", [PL, K], "investment", 350_000_000, "EUR", "exact", "2024-01", "signed",
          "Pelham Lowe Capital signed a seven-year senior loan of €350 million with the Irish developer last week.",
          kind_alt=LOAN_ALT, term=["2024", "2031"],
          note="private-credit loan; 'the Irish developer' = Kilbeggan Digital (previous sentence); 'last week' in a 19 January letter -> 2024-01; the arrangement fee (~€7m) is part of it, not a deal; different from the €500m facility of 2026 (016, 017)"),
        D("microsoft-uk-2023", ["Microsoft"], "capex_plan", 2_500_000_000, "GBP", "exact", "2023-11", "announced",
          "£2.5bn: Microsoft's UK pledge from November, still the yardstick for hyperscaler promises",
          required=False,
          note="background mention in a numbers box (the November 2023 UK pledge); optional"),
    ],
    "not_deals": ["€3.1bn", "€7m", "£9.5m", "€2.2bn", "€245"],
}

ARTICLES["002_national_grid_efn.txt"] = {
    "published": "2024-05-23",
    "published_note": "from the header 'Donnerstag, 23.05.2024, 13:47 Uhr'; 'am Donnerstag' = the same day; 'Anfang Mai' -> 2024-05",
    "language": "de",
    "deals": [
        D("national-grid-plan-2024", ["National Grid"], "capex_plan", 60_000_000_000, "GBP", "approx", "2024-05-23", "announced",
          "In den fünf Geschäftsjahren bis Ende März 2029 will der Konzern rund 60 Milliarden Pfund (umgerechnet etwa 70 Milliarden Euro) in Freileitungen, Seekabel, Umspannwerke und Netzanschlüsse stecken.",
          term=["2024-04", "2029-03"], alt=[(70_000_000_000, "EUR")],
          note="'der Konzern' = National Grid, presented 'am Donnerstag' (previous sentence); headline compound '60-Milliarden-Pfund-Plan'; different from the one-year £11bn plan of 2026 (015)"),
        D("national-grid-rights-issue-2024", ["National Grid"], "other", 7_000_000_000, "GBP", "exact", "2024-05-23", "announced",
          "Über eine Bezugsrechtsemission will National Grid sieben Milliarden Pfund einsammeln, die neuen Aktien kosten 645 Pence das Stück.",
          required=False, kind_alt=["investment"],
          note="rights issue that finances part of the plan; an equity raise from shareholders, optional"),
        D("coreweave-uk-2024", ["CoreWeave"], "capex_plan", 1_000_000_000, "GBP", "exact", "2024-05", "announced",
          "Anfang Mai hatte der US-Cloudanbieter CoreWeave angekündigt, eine Milliarde Pfund in zwei britische Standorte zu investieren.",
          note="amount in words; different from CoreWeave's £1.5bn of September 2025 (011)"),
    ],
    "not_deals": ["645 Pence", "8,96 Pfund", "4,8 Milliarden Pfund", "zwischen 15 und 40 Millionen Pfund", "von 11,20 auf 10,40 Pfund"],
}

ARTICLES["003_lough_ree_courier_en.txt"] = {
    "published": "2024-06-13",
    "published_note": "from the date line 'Thursday, 13 June 2024'; 'on Tuesday' -> 2024-06-11",
    "language": "en",
    "deals": [
        D("kilbeggan-slaney-ppa-2024", [K, SL], "supply", 38_000_000, "EUR", "approx", "2024-06-11", "signed",
          "Kilbeggan Digital is to take the output of Slaney Renewables' Tinnacross wind farm from 2026 for around €38 million a year, the two companies confirmed.",
          per="year", term=["2026", "2041"],
          note="15-year power purchase agreement signed 'on Tuesday' (previous sentence); yearly rate; different from the €11m-a-year solar/battery contract of 2026 (017)"),
        D("pelham-kilbeggan-loan-2024", [PL, K], "investment", 350_000_000, "EUR", "exact", "2024-01", "signed",
          "The wind contract follows the €350 million loan that London lender Pelham Lowe Capital provided in January for the first two data halls.",
          kind_alt=LOAN_ALT, note="restatement of 001; borrower Kilbeggan named in the article"),
        D("kilbeggan-eirgrid-connection", [K, "EirGrid"], "other", 22_000_000, "EUR", "exact", "2024-06", "signed",
          "Kilbeggan has also agreed to pay EirGrid €22 million towards a new 110kV substation at Clonmore, a sum the grid operator says will be ring-fenced for that connection.",
          kind_alt=["supply"],
          note="grid-connection payment to the grid operator; no signing date -> month of the article"),
    ],
    "not_deals": ["€90 per megawatt hour", "€1.4 million", "€250,000", "€61 million", "€84,000", "€55k", "€2.50 a week"],
}

ARTICLES["004_cambois_tidings_en.html"] = {
    "published": "2024-09-16",
    "published_note": "no visible date; from <meta property='article:published_time'> and JSON-LD datePublished 2024-09-16; 'on Sunday' -> 2024-09-15, 'Last Thursday' -> 2024-09-12",
    "language": "en",
    "deals": [
        D("blackstone-cambois", ["Blackstone"], "capex_plan", 10_000_000_000, "GBP", "exact", "2024-09-15", "announced",
          "Blackstone confirmed on Sunday that it expects to invest £10 billion at Cambois, the land beside the Blyth estuary that was once meant for a battery gigafactory.",
          kind_alt=["project"],
          note="'The New York private-equity firm' in the previous sentence; QTS is Blackstone's data centre unit; also in 005, 006, 018"),
        D("aws-uk-2024", ["Amazon"], "capex_plan", 8_000_000_000, "GBP", "exact", "2024-09-12", "announced",
          "Last Thursday it was the turn of Amazon Web Services, which plans to put £8 billion into British data centres between 2024 and 2028, a commitment that ministers claimed would add £14 billion to the economy.",
          term=["2024", "2028"], alt=[(9_500_000_000, "EUR")],
          note="EUR figure from 005 as alt amount; the £14bn economic effect is not a deal"),
        N("blackstone-cambois-land", ["Blackstone", "Advance Northumberland"], "acquisition", "2024", "signed",
          "The purchase of the land itself, agreed earlier this year with Advance Northumberland, the council's regeneration company, has not been priced by either side.",
          note="land purchase without a price ('earlier this year' -> 2024); buyer Blackstone from the context; optional"),
    ],
    "not_deals": ["£41,000 a year", "£14 billion", "£38.6m", "up to £40m a year", "£30m", "£4,995", "£1.70 a day", "£14.99 a month"],
}

ARTICLES["005_kabelschacht_wochenbrief.txt"] = {
    "published": "2024-09-17",
    "published_note": "from the issue line 'Ausgabe 38/2024 · Dienstag, 17. September 2024'; 'am vergangenen Donnerstag' -> 2024-09-12, 'Am Sonntag' -> 2024-09-15, 'im Januar' -> 2024-01, 'im März' -> 2024-03",
    "language": "de",
    "deals": [
        D("aws-uk-2024", ["Amazon"], "capex_plan", 8_000_000_000, "GBP", "exact", "2024-09-12", "announced",
          "Die Cloudsparte AWS will bis 2028 acht Milliarden Pfund (rund 9,5 Milliarden Euro) in britische Rechenzentren stecken, das gab der Konzern am vergangenen Donnerstag bekannt.",
          term=["2024", "2028"], note="amount in words with EUR conversion; same pledge as 004"),
        D("blackstone-cambois", ["Blackstone"], "capex_plan", 10_000_000_000, "GBP", "exact", "2024-09-15", "announced",
          "Am Sonntag folgte der Finanzinvestor mit zehn Milliarden Pfund für einen Campus in Cambois bei Blyth, auf dem Gelände einer gescheiterten Batteriefabrik.",
          kind_alt=["project"], note="'der Finanzinvestor' = Blackstone (bullet label); amount in words"),
        D("google-waltham-cross", ["Google"], "capex_plan", 1_000_000_000, "USD", "exact", "2024-01", "announced",
          "Zur Erinnerung – im Januar hatte der Suchmaschinenkonzern eine Milliarde Dollar für einen Rechenzentrumsbau in Waltham Cross (Hertfordshire) zugesagt.",
          kind_alt=["project"], note="'der Suchmaschinenkonzern' = Google (bullet label); restatement of 001, month only"),
        D("kingsmere-corrib-stake-2024", [KT, CR], "investment", 150_000_000, "EUR", "exact", "2024-03", "completed",
          "Weniger beachtet wurde, dass der Londoner Infrastrukturinvestor Kingsmere Thorne bereits im März 150 Millionen Euro für 30 Prozent an Corrib Ridge Data gezahlt hat, einem Entwickler aus Galway.",
          note="minority stake (30 %); the implied €500m valuation is not a deal; different from Kingsmere's takeover of the remaining 70 % in 2026 (013, 014, 017, 019)"),
    ],
    "not_deals": ["14 Milliarden Pfund", "über eine Billion Dollar", "500 Millionen Euro", "neun bis elf Millionen Pfund", "149 Euro", "18.900 Euro"],
}

ARTICLES["006_investitionsgipfel_wirtschaftsbote.txt"] = {
    "published": "2024-10-15",
    "published_note": "from the date line 'Dienstag, 15. Oktober 2024 · … · Seite 14'; 'am Montag' -> 2024-10-14; 'im September' -> 2024-09",
    "language": "de",
    "deals": [
        D("cyrusone-uk-2024", ["CyrusOne"], "capex_plan", 2_500_000_000, "GBP", "exact", "2024-10-14", "announced",
          "Der US-Betreiber CyrusOne kündigte an, 2,5 Milliarden Pfund in neue Standorte im Großraum London und in den Midlands zu investieren.",
          note="announced at the investment summit 'am Montag' (first paragraph)"),
        D("cloudhq-didcot", ["CloudHQ"], "capex_plan", 1_900_000_000, "GBP", "exact", "2024-10-14", "planned",
          "Das amerikanische Unternehmen CloudHQ plant in Didcot in Oxfordshire einen Campus für 1,9 Milliarden Pfund, gut 2,2 Milliarden Euro.",
          kind_alt=["project"], alt=[(2_200_000_000, "EUR")], note="EUR conversion 'gut 2,2 Milliarden Euro' as alt amount"),
        D("servicenow-uk-2024", ["ServiceNow"], "capex_plan", 1_150_000_000, "GBP", "exact", "2024-10-14", "planned",
          "Der Softwarekonzern ServiceNow wiederum will über fünf Jahre 1,15 Milliarden Pfund in seine britischen Rechenkapazitäten und in Ausbildung stecken.",
          note="five-year plan, start not given (no term)"),
        D("blackstone-cambois", ["Blackstone"], "capex_plan", 10_000_000_000, "GBP", "exact", "2024-09", "announced",
          "Hinzu kommen die zehn Milliarden Pfund, die Blackstone im September für Cambois in Northumberland zugesagt hatte.",
          kind_alt=["project"], note="restatement of 004/005, month only"),
    ],
    "not_deals": ["63 Milliarden Pfund", "27,8 Milliarden Pfund", "22 Milliarden Pfund", "1,20 Euro", "89 Euro"],
}

ARTICLES["007_tollcross_clydeside_ledger_en.txt"] = {
    "published": "2025-02-12",
    "published_note": "from the byline 'By Morag Strachan | 12 Feb 2025'; 'on Tuesday' -> 2025-02-11; 'in November' -> 2024-11",
    "language": "en",
    "deals": [
        D("tollcross-tarrant-phase1", [TC, TP], "other", 410_000_000, "GBP", "exact", "2025-02-11", "signed",
          "The contract, signed on Tuesday, is worth £410 million and covers two halls, a 132kV substation and the cooling plant.",
          kind_alt=BUILD_ALT,
          note="construction contract; parties in the previous sentence; different from the £260m second-phase contract (016) and from Brackenmoor's cancelled contract with the same builder (020)"),
        D("north-lanarkshire-tollcross-land", ["North Lanarkshire Council", TC], "acquisition", 24_000_000, "GBP", "exact", "2024-11", "completed",
          "The site came from North Lanarkshire Council, which agreed in November to sell the 58-hectare former industrial estate to Tollcross for £24 million.",
          kind_alt=["other"], note="council land sale, agreed in November 2024, closed before Christmas; book value £19.5m is not a deal"),
        D("tollcross-drumgelloch-capex", [TC], "capex_plan", 1_800_000_000, "GBP", "at_least", "2025-02", "planned",
          "Tollcross says it will spend more than £1.8 billion on the campus over six years if demand holds up.",
          kind_alt=["project"], note="conditional spending plan; no date given -> month of the article"),
    ],
    "not_deals": ["£19.5m", "£1.3bn", "£4.6bn", "6p to 212p", "£17m", "about £120m", "£11.40 an hour", "£38 per sq ft", "Print edition £2"],
}

ARTICLES["008_umspannpost_irland.txt"] = {
    "published": "2025-03-21",
    "published_note": "from the issue line 'Ausgabe 12/2025 · Freitag, 21. März 2025'; 'Im vergangenen Juni' -> 2024-06",
    "language": "de",
    "deals": [
        D("microsoft-kilbeggan-lease", ["Microsoft", K], "other", 1_000_000_000, "EUR", "approx", "2025", "rumored",
          "Insidern zufolge geht es um gut eine Milliarde Euro über die gesamte Laufzeit.",
          kind_alt=LEASE_ALT, alt=[(1_150_000_000, "EUR")],
          note="parties in the previous sentence (Microsoft negotiating to rent Kilbeggan's campus); rumour; 009 reports the signing at €1.15bn on 2025-06-03 (alt amount); the year keeps the shared id's dates consistent"),
        D("kilbeggan-slaney-ppa-2024", [K, SL], "supply", 38_000_000, "EUR", "approx", "2024-06", "signed",
          "Im vergangenen Juni schloss das Unternehmen mit dem Windparkbetreiber Slaney Renewables einen Liefervertrag über 15 Jahre, für den es rund 38 Millionen Euro jährlich zahlt.",
          per="year", note="'das Unternehmen' = Kilbeggan (previous sentence); restatement of 003"),
    ],
    "not_deals": ["1,5 bis 2 Millionen Euro je Megawatt", "139 Euro je Megawattstunde", "3,15 Milliarden Euro", "690 Euro"],
}

ARTICLES["009_anchorline_microsoft_kilbeggan_en.txt"] = {
    "published": "2025-06-04",
    "published_note": "from the header 'June 4, 2025 · 07:15 IST' (dateline 'DUBLIN, June 3'); 'on Tuesday' -> 2025-06-03; 'in January' -> 2025-01",
    "language": "en",
    "deals": [
        D("microsoft-kilbeggan-lease", ["Microsoft", K], "other", 1_150_000_000, "EUR", "exact", "2025-06-03", "signed",
          "The agreement is worth €1.15 billion over its term, Kilbeggan said in a statement.",
          kind_alt=LEASE_ALT, term=["2026", "2038"],
          note="12-year lease of the whole campus, announced 'on Tuesday' (previous sentence); 'the U.S. software group' = Microsoft; must stay apart from the cancelled stake talks in the next paragraph"),
        D("microsoft-kilbeggan-stake", ["Microsoft", K], "investment", 300_000_000, "EUR", "approx", "2025", "cancelled",
          "Those talks, which two people briefed on them said would have put about €300 million into the company, ended in April without agreement.",
          note="minority-stake talks (previous sentence) ended without agreement; cancelled, dated to the talks (2025)"),
        D("microsoft-fy2025-capex", ["Microsoft"], "capex_plan", 80_000_000_000, "USD", "approx", "2025-01", "announced",
          "Microsoft said in January that it expected to spend about $80 billion on AI-capable data centres in the twelve months to the end of June, with the US taking the larger share.",
          term=["2024-07", "2025-06"], note="fiscal-year capital spending plan"),
        N("kilbeggan-slaney-ppa-2024", [K, SL], "supply", None, "signed",
          "The campus draws power from a 15-year wind contract with Slaney Renewables and connects to EirGrid's network through a substation being built at Clonmore.",
          note="background mention of the 2024 PPA without amount; optional"),
    ],
    "not_deals": ["$462.97", "€1.07 million per megawatt per year", "around €520 million", "about €900 million"],
}

ARTICLES["010_hallenkompass_interview_tierney.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesezeit: 5 Minuten'); the interview follows the June 2025 lease",
    "language": "de",
    "deals": [
        D("microsoft-kilbeggan-lease", ["Microsoft", K], "other", 1_150_000_000, "EUR", "exact", None, "signed",
          "Microsoft zahlt uns über zwölf Jahre insgesamt 1,15 Milliarden Euro, das ist für ein Unternehmen unserer Größe eine andere Liga.",
          kind_alt=LEASE_ALT, note="'uns' = Kilbeggan Digital; undated interview"),
        D("microsoft-kilbeggan-stake", ["Microsoft", K], "investment", 300_000_000, "EUR", "approx", None, "cancelled",
          "Im Gespräch war, dass Microsoft für rund 300 Millionen Euro ein Viertel der Anteile übernimmt.",
          note="refused ('Wir haben abgelehnt'); must stay apart from the lease"),
        D("kilbeggan-phase2-capex", [K], "capex_plan", 800_000_000, "EUR", "approx", None, "planned",
          "Über die kommenden drei Jahre investieren wir rund 800 Millionen Euro in den zweiten Bauabschnitt, die Finanzierung dafür sprechen wir gerade mit unseren Kreditgebern durch.",
          kind_alt=["project"], note="'wir' = Kilbeggan Digital"),
        D("kilbeggan-eirgrid-connection", [K, "EirGrid"], "other", 22_000_000, "EUR", "exact", None, "signed",
          "Unsere Anlage zahlt über die Netzentgelte jedes Jahr einen zweistelligen Millionenbetrag ins System ein, und wir haben dem Netzbetreiber EirGrid 22 Millionen Euro für das Umspannwerk in Clonmore überwiesen, das auch den Nachbarorten nützt.",
          kind_alt=["supply"], note="restatement of 003; the unnamed yearly grid charges are not a deal"),
        N("kilbeggan-slaney-ppa-2024", [K, SL], "supply", None, "signed",
          "Den Strom liefert weiter Slaney aus Wexford, die Windparks dort decken etwa zwei Drittel unseres Bedarfs.",
          note="amount-less mention of the 2024 PPA; optional"),
    ],
    "not_deals": ["einen zweistelligen Millionenbetrag", "95.000 Euro im Jahr", "gut 90 Millionen Euro", "12,50 Euro"],
}

ARTICLES["011_techniklotse_uk_paket.html"] = {
    "published": "2025-09-17",
    "published_note": "from the visible byline '17.09.2025, 06:30 Uhr' and <meta name='date'>; 'am Dienstag' -> 2025-09-16",
    "language": "de",
    "deals": [
        D("microsoft-uk-2025", ["Microsoft"], "capex_plan", 30_000_000_000, "USD", "exact", "2025-09-16", "announced",
          "Den größten Batzen legt Microsoft auf den Tisch: Der Softwarekonzern will von 2025 bis 2028 insgesamt 30 Milliarden Dollar (rund 22 Milliarden Pfund) im Land ausgeben, wie er am Dienstag mitteilte.",
          term=["2025", "2028"], alt=[(22_000_000_000, "GBP")],
          note="the $15.5bn data-centre share is part of it (not a deal); the later compound '30-Milliarden-Dollar-Paket' repeats it"),
        D("google-uk-2025", ["Google"], "capex_plan", 5_000_000_000, "GBP", "exact", "2025-09-16", "announced",
          "Google legte am selben Tag fünf Milliarden Pfund für die kommenden zwei Jahre nach und eröffnete zugleich sein Rechenzentrum in Waltham Cross.",
          term=["2025", "2027"], note="'am selben Tag' = Tuesday 2025-09-16; amount in words; different from the $1bn Waltham Cross plan of 2024"),
        D("coreweave-uk-2025", ["CoreWeave"], "capex_plan", 1_500_000_000, "GBP", "exact", "2025-09", "announced",
          "CoreWeave, der auf Nvidia-Chips spezialisierte Cloudanbieter, erhöht sein britisches Engagement um 1,5 Milliarden Pfund.",
          note="day not given in the sentence -> month; different from the £1bn of May 2024 in the next sentence"),
        D("coreweave-uk-2024", ["CoreWeave"], "capex_plan", 1_000_000_000, "GBP", "exact", "2024-05", "announced",
          "Schon im Mai 2024 hatte das Unternehmen eine Milliarde Pfund für zwei Standorte angekündigt.",
          note="'das Unternehmen' = CoreWeave (previous sentence); restatement of 002"),
    ],
    "not_deals": ["15,5 Milliarden Dollar", "150 Milliarden Pfund", "3,8 Billionen Dollar", "509 Dollar", "1.290 Euro", "7,99 Euro im Monat"],
}

ARTICLES["012_pennyfield_sse_en.txt"] = {
    "published": "2025-11-12",
    "published_note": "from the header '12 Nov 2025 · 08:05 GMT'; 'this morning' = the same day",
    "language": "en",
    "deals": [
        D("sse-plan-2025", ["SSE"], "capex_plan", 33_000_000_000, "GBP", "approx", "2025-11-12", "announced",
          "The group now intends to invest around £33 billion in the five years to March 2030, most of it in electricity transmission in the north of Scotland and in its distribution networks.",
          term=["2025-04", "2030-03"], note="'The group' = SSE"),
        D("sse-placing-2025", ["SSE"], "other", 2_000_000_000, "GBP", "approx", "2025-11-12", "announced",
          "To help fund that, SSE is placing new shares worth roughly £2 billion with institutional investors, a move it flagged alongside half-year results this morning.",
          required=False, kind_alt=["investment"], note="share placing that finances the plan; optional (like National Grid's rights issue in 002)"),
        D("sse-tollcross-jv", ["SSE", TC], "joint_venture", 350_000_000, "GBP", "exact", "2025-11-12", "signed",
          "SSE has agreed to pay £350 million for a 50% stake in Tollcross Infrastructure's planned data centre campus near Invergordon, which will sit next to one of its new 400kV substations.",
          kind_alt=["investment"], note="50/50 joint venture for the Invergordon campus; the analyst's £1.2–1.5bn total is an estimate, not a deal"),
    ],
    "not_deals": ["1,846p", "£1.1bn", "£1.06bn", "21.4p per share", "150p to 165p", "2,150p", "between £1.2bn and £1.5bn", "1,120p", "£24bn", "£3.95 a deal"],
}

ARTICLES["013_finanzkurier_private_credit.txt"] = {
    "published": "2026-01-21",
    "published_note": "from the date line 'Mittwoch, 21. Januar 2026 · Finanzen · Seite 19'; 'Ende November' and 'Mitte November' -> 2025-11",
    "language": "de",
    "deals": [
        D("pelham-tollcross-loan-2025", [PL, TC], "investment", 300_000_000, "GBP", "exact", "2025-11", "signed",
          "Der Edinburgher Entwickler hat sich Ende November bei Pelham Lowe Capital einen Baukredit über 300 Millionen Pfund gesichert, mit dem der erste Abschnitt seines Campus bei Airdrie bezahlt wird.",
          kind_alt=LOAN_ALT, note="'Der Edinburgher Entwickler' = Tollcross Infrastructure (previous sentence); construction loan; different from Pelham Lowe's loans to Kilbeggan"),
        D("sse-tollcross-jv", ["SSE", TC], "joint_venture", 350_000_000, "GBP", "exact", "2025-11", "signed",
          "Mitte November stieg der schottische Versorger SSE für 350 Millionen Pfund mit der Hälfte bei dem geplanten Campus nahe Invergordon ein, ein Gemeinschaftsunternehmen, in dem Tollcross den Bau führt.",
          kind_alt=["investment"], note="restatement of 012, month only"),
        D("kingsmere-corrib-takeover", [KT, CR], "acquisition", 700_000_000, "EUR", "approx", "2026", "rumored",
          "Insidern zufolge verhandelt der Londoner Infrastrukturinvestor Kingsmere Thorne darüber, die restlichen 70 Prozent an Corrib Ridge Data zu übernehmen, und zwar für rund 700 Millionen Euro.",
          alt=[(720_000_000, "EUR")],
          note="rumour; 014 reports the signing at €720m on 2026-02-25 (alt amount); the year keeps the shared id's dates consistent; different from the 2024 stake (005, 014)"),
    ],
    "not_deals": ["4,2 Milliarden Pfund", "rund 1,7 Billionen Dollar", "elf Millionen Pfund je Megawatt", "rund 25 Millionen Pfund"],
}

ARTICLES["014_connacht_review_corrib_en.txt"] = {
    "published": "2026-02-26",
    "published_note": "from the dateline 'GALWAY, 26 February' with the year from the copyright line '© 2026'; 'on Wednesday' -> 2026-02-25",
    "language": "en",
    "deals": [
        D("kingsmere-corrib-takeover", [KT, CR], "acquisition", 720_000_000, "EUR", "exact", "2026-02-25", "signed",
          "London infrastructure investor Kingsmere Thorne has agreed to buy the 70% of Corrib Ridge Data it does not already own for €720 million, the Galway data centre developer announced on Wednesday, ending weeks of speculation.",
          note="the founder's ~€65m and the staff's €11m are parts of the deal; the implied >€1bn value is not a deal; completion expected by the summer"),
        D("kingsmere-corrib-stake-2024", [KT, CR], "investment", 150_000_000, "EUR", "exact", "2024-03", "completed",
          "It is a steep climb from March 2024, when the fund paid €150 million for its first 30%, a deal that valued Corrib Ridge at €500 million at the time.",
          note="'the fund' = Kingsmere Thorne; restatement of 005; must stay apart from the takeover in the same article"),
        D("corrib-oranmore-capex", [CR], "capex_plan", 400_000_000, "EUR", "approx", "2026-02", "planned",
          "Under its new owner, Corrib Ridge will spend about €400 million over the next three years on the first two buildings at its Oranmore campus, which has a 60MW grid offer from EirGrid.",
          kind_alt=["project"], note="spending plan of Corrib Ridge; no own date -> month of the article"),
    ],
    "not_deals": ["a little over €1 billion", "€500 million", "roughly €65 million", "another €11 million", "around €3m", "€14,000 to €18,000 an acre", "£6.4bn", "£2.1bn", "€119"],
}

ARTICLES["015_depotwaage_national_grid.txt"] = {
    "published": "2026-05-15",
    "published_note": "from the header '15.05.2026 | 07:58'; 'am Donnerstag' -> 2026-05-14, 'am Mittwoch' -> 2026-05-13",
    "language": "de",
    "deals": [
        D("national-grid-capex-2026", ["National Grid"], "capex_plan", 11_000_000_000, "GBP", "approx", "2026-05-14", "announced",
          "Im laufenden Geschäftsjahr bis Ende März 2027 will National Grid rund 11 Milliarden Pfund investieren, nach 10,2 Milliarden Pfund im Vorjahr.",
          term=["2026-04", "2027-03"], note="one-year plan presented with the results 'am Donnerstag'; the previous year's £10.2bn is past spending; different from the 2024 five-year plan in the next sentence"),
        D("national-grid-plan-2024", ["National Grid"], "capex_plan", 60_000_000_000, "GBP", "exact", "2024-05", "announced",
          "Der Konzern bekräftigte zugleich den im Mai 2024 vorgestellten Fünfjahresplan über 60 Milliarden Pfund, der Ausbau liege im Zeitplan.",
          note="'Der Konzern' = National Grid; restatement of 002"),
        D("kingsmere-brackenmoor-round", [KT, "Brackenmoor Grid"], "investment", 85_000_000, "GBP", "exact", "2026-05-13", "completed",
          "Das Start-up hat am Mittwoch eine Finanzierungsrunde über 85 Millionen Pfund abgeschlossen, angeführt vom Londoner Infrastrukturinvestor Kingsmere Thorne.",
          note="'Das Start-up' = Brackenmoor Grid (previous sentence); lead investor listed"),
    ],
    "not_deals": ["10,2 Milliarden Pfund", "5,3 Milliarden Pfund", "47,9 Pence je Aktie", "mehr als 55 Milliarden Pfund", "1.164 Pence", "1.902 Pence", "13,50 Pfund", "0 Euro Ordergebühr", "500 Euro Ordervolumen"],
}

ARTICLES["016_interconnector_live_en.txt"] = {
    "published": "2026-03-17",
    "published_note": "from the liveblog line 'Tuesday 17 March 2026 · updated continuously'; 'late last night' -> 2026-03-16, 'this morning' (08:02 entry) -> 2026-03-17, 'a Sunday paper' -> 2026-03",
    "language": "en",
    "deals": [
        D("microsoft-kilbeggan-bid-denied", ["Microsoft", K], "acquisition", 2_000_000_000, "EUR", "exact", "2026-03", "rumored",
          "A Microsoft spokesperson says the company is \"not in discussions\" to buy Kilbeggan Digital outright, after a Sunday paper claimed the US group had offered €2bn for the Irish developer.",
          required=False, note="rumoured takeover offer, denied by Microsoft; optional; must stay apart from the lease and the 2025 stake talks"),
        N("microsoft-kilbeggan-lease", ["Microsoft", K], "other", None, "signed",
          "Worth remembering: Microsoft already rents the whole Mullingar campus.",
          kind_alt=LEASE_ALT, note="amount-less reminder of the 2025 lease; optional"),
        D("pelham-kilbeggan-refi-2026", [PL, K], "investment", 500_000_000, "EUR", "exact", "2026-03-16", "signed",
          "The developer confirmed late last night that Pelham Lowe Capital is lending it €500 million for the second phase at Mullingar.",
          kind_alt=LOAN_ALT, term=["2026", "2031"],
          note="'The developer' = Kilbeggan ('Kilbeggan again.'); five-year facility; different from the €350m loan of 2024 it repays (next sentence)"),
        D("pelham-kilbeggan-loan-2024", [PL, K], "investment", 350_000_000, "EUR", "exact", "2024-01", "signed",
          "The new five-year facility also pays off the €350 million loan the same lender provided in January 2024, so net new debt is about €150m.",
          kind_alt=LOAN_ALT, note="restatement of the 2024 loan; 'about €150m' net new debt is derived, not a deal"),
        D("tollcross-tarrant-phase2", [TC, TP], "other", 260_000_000, "GBP", "exact", "2026-03-17", "signed",
          "Tollcross Infrastructure has handed Tarrant & Pike a second contract at its Drumgelloch Moss campus in Lanarkshire, this one worth £260 million for two more halls.",
          kind_alt=BUILD_ALT, note="second-phase construction contract ('First big news of the day'); different from the £410m first phase"),
        D("tollcross-tarrant-phase1", [TC, TP], "other", 410_000_000, "GBP", "exact", "2025-02", "signed",
          "The Birmingham builder already holds the £410m first-phase deal it won in February last year.",
          kind_alt=BUILD_ALT, note="'The Birmingham builder' = Tarrant & Pike; restatement of 007"),
    ],
    "not_deals": ["1,131p", "$71.80", "€1.17", "about €150m", "£10.3m per MW", "£8.9m", "£4m skills grant"],
}

ARTICLES["017_quaywall_kilbeggan_solar_en.html"] = {
    "published": "2026-06-09",
    "published_note": "from the visible byline 'Tue 9 June 2026', <meta name='pubdate'> and JSON-LD; 'on Monday' -> 2026-06-08; 'in March' -> 2026-03",
    "language": "en",
    "deals": [
        D("kilbeggan-slaney-ppa-2026", [K, SL], "supply", 11_000_000, "EUR", "approx", "2026-06-08", "signed",
          "Kilbeggan will pay about €11 million a year for ten years from 2027, both companies said.",
          per="year", term=["2027", "2036"],
          note="second power deal of the pair, signed 'on Monday' (previous sentence); must stay apart from the €38m-a-year wind PPA of 2024"),
        D("kilbeggan-slaney-ppa-2024", [K, SL], "supply", 38_000_000, "EUR", "exact", "2024", "signed",
          "The new contract sits alongside the €38m-a-year wind agreement the pair struck in 2024, which runs until 2041.",
          per="year", term=[None, "2041"], note="compound '€38m-a-year'; 'the pair' = Kilbeggan and Slaney"),
        D("pelham-kilbeggan-refi-2026", [PL, K], "investment", 500_000_000, "EUR", "exact", "2026-03", "signed",
          "That phase is being funded by the €500 million facility Pelham Lowe Capital agreed in March.",
          kind_alt=LOAN_ALT, note="restatement of 016; borrower Kilbeggan from the context"),
        D("amazon-corrib-lease", ["Amazon", CR], "other", 900_000_000, "EUR", "up_to", "2026", "rumored",
          "Meanwhile Amazon Web Services is reported to be negotiating to take the entire Oranmore campus of Corrib Ridge Data in Galway, in a lease that two sources put at up to €900 million.",
          kind_alt=LEASE_ALT, alt=[(860_000_000, "EUR")],
          note="rumour; 019 reports the signing at €860m on 2026-10-13 (alt amount); the year keeps the shared id's dates consistent"),
        N("kingsmere-corrib-takeover", [KT, CR], "acquisition", None, "signed",
          "Corrib Ridge, which is in the process of being taken over by Kingsmere Thorne, said it did not comment on customers.",
          note="amount-less mention of the pending takeover; optional"),
    ],
    "not_deals": ["roughly €4 per megawatt hour", "€1.9bn", "around €600 million", "€1,500", "€9.50 a month"],
}

ARTICLES["018_strom_silizium_blog.txt"] = {
    "published": "2026-08-04",
    "published_note": "from the byline 'veröffentlicht am 4. August 2026'; 'Vergangene Woche' -> 2026-07; 'im September 2025' -> 2025-09",
    "language": "de",
    "deals": [
        D("blackstone-cambois", ["Blackstone"], "capex_plan", 10_000_000_000, "GBP", "exact", None, "announced",
          "Cambois: Blackstones zehn Milliarden Pfund für Northumberland sind weiterhin der Maßstab.",
          kind_alt=["project"], note="genitive 'Blackstones'; restatement without a date"),
        D("microsoft-uk-2025", ["Microsoft"], "capex_plan", 30_000_000_000, "USD", "exact", "2025-09", "announced",
          "Microsoft: Die 30 Milliarden Dollar, die der Konzern im September 2025 für Großbritannien angekündigt hat, verteilen sich bis 2028.",
          note="restatement of 011, month only"),
        D("microsoft-kilbeggan-lease", ["Microsoft", K], "other", 1_150_000_000, "EUR", "exact", None, "signed",
          "Microsofts Mietvertrag mit Kilbeggan Digital über 1,15 Milliarden Euro für zwölf Jahre läuft seit Juni, die Hallen bei Mullingar sind am Netz.",
          kind_alt=LEASE_ALT, note="'läuft seit Juni' is the start of the term (June 2026), not the signing -> date null"),
        D("vantage-gwyndale-ppa", ["Vantage Data Centers", "Gwyndale Solar"], "supply", 2_000_000, "GBP", "approx", "2026-07", "signed",
          "Vantage zahlt demnach knapp zwei Millionen Pfund im Monat, über 15 Jahre.",
          per="month", note="monthly rate; parties and 'Vergangene Woche' in the previous sentence; 'knapp' -> approx"),
    ],
    "not_deals": ["31 Millionen Pfund", "mehr als 60 Milliarden Pfund", "zehn Millionen Pfund je Megawatt", "5 Euro im Monat", "28 Cent pro Kilowattstunde", "Zehn Millionen je MW"],
}

ARTICLES["019_saltings_pr_corrib_aws_en.txt"] = {
    "published": "2026-10-14",
    "published_note": "from the date line '14 October 2026'; 'on 13 October' -> 2026-10-13",
    "language": "en",
    "deals": [
        D("amazon-corrib-lease", ["Amazon", CR], "other", 860_000_000, "EUR", "exact", "2026-10-13", "signed",
          "According to the release, the agreement is valued at €860 million over its term.",
          kind_alt=LEASE_ALT, term=["2027", "2042"],
          note="15-year lease of the Oranmore campus (previous sentence); the 'up to €900 million' quoted later is the June rumour of the same deal and is not annotated again"),
        D("kingsmere-corrib-takeover", [KT, CR], "acquisition", 720_000_000, "EUR", "exact", "2026", "completed",
          "It is the first big tenant for Corrib Ridge since Kingsmere Thorne completed its €720 million purchase of the 70% of the company it did not already own.",
          note="completion (closed in July) of the deal signed in February; the year keeps the shared id's dates consistent"),
    ],
    "not_deals": ["€9m to €12m per megawatt", "well over half a billion euro", "£6.9bn", "€2.3m"],
}

ARTICLES["020_kuehlturm_kurz_notiert.txt"] = {
    "published": "2026-11-20",
    "published_note": "from the issue line 'Nr. 47 · Freitag, 20. November 2026'; 'im Frühjahr' -> 2026; 'Mitte Oktober' -> 2026-10",
    "language": "de",
    "deals": [
        D("brackenmoor-tarrant-contract", ["Brackenmoor Grid", TP], "other", 95_000_000, "GBP", "approx", "2026", "cancelled",
          "Der im Frühjahr unterschriebene Auftrag hatte ein Volumen von rund 95 Millionen Pfund.",
          kind_alt=BUILD_ALT,
          note="construction contract terminated by Brackenmoor (previous sentence); cancelled, dated to the spring signing (season -> year); the £12m write-down is not a deal"),
        D("esb-slaney-acquisition", ["ESB", SL], "acquisition", 400_000_000, "EUR", "range", "2026-11", "rumored",
          "Im Gespräch sei ein Preis zwischen 400 und 450 Millionen Euro, heißt es.",
          amount_max=450_000_000, note="rumoured talks ('Insidern zufolge', previous sentence); the €600m valuation is not a deal"),
        D("amazon-corrib-lease", ["Amazon", CR], "other", 860_000_000, "EUR", "exact", "2026-10", "signed",
          "Der Mietvertrag zwischen Corrib Ridge Data und Amazon Web Services über 860 Millionen Euro wurde Mitte Oktober unterschrieben, Laufzeit 15 Jahre.",
          kind_alt=LEASE_ALT, note="restatement of 019, month only"),
    ],
    "not_deals": ["12 Millionen Pfund", "600 Millionen Euro", "4,3 Milliarden Euro", "390 Euro", "159 Euro statt 199 Euro"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
