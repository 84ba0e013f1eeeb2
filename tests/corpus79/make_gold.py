#!/usr/bin/env python3
"""Write gold.json for corpus79: the hand annotation of articles/ as a script.

Usage: python3 tests/corpus79/make_gold.py      (rewrites tests/corpus79/gold.json)

Edit the annotation here, then run the script and check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the seventy-ninth, held-out test corpus (tests/corpus79/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json "
    "and shared/gold/seeds.json. One entry per article; a deal that several articles report carries the "
    "same id in each. 'required': false marks vague, background or amount-less mentions that an extractor "
    "may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one "
    "of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is "
    "exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. "
    "'alt_amounts' gives the same deal's amount as another article (or the same article) states it in "
    "another currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, "
    "YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date line, dateline, byline, issue line, meta tag or JSON-LD, or null when the article "
    "has none); a cancelled deal keeps the date of the original agreement; 'term' is the period the deal "
    "covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Theme: data centres in Scotland, Wales and the North of England "
    "(grid connections, offshore-wind PPAs, AI growth zones, councils, pension funds, banks, cooling and "
    "construction contractors) and German coverage of them. Invented companies: Glenmorven Data, Aldwark "
    "Infrastructure Partners, Raikeshaw Construction, Penmaen Grid Services, Caerwyn Compute, Skerryvane "
    "Wind, Tarnbeck Thermal, Clydemuir Pensions Trust, Strathbrae Bank, Kelderfield Power; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the deals of "
    "real companies are partly real, partly invented or shifted (see README.md). Nothing here is reporting."
)

ALIASES = {
    "Glenmorven Data": ["Glenmorven Data", "Glenmorven", "Glenmorvens"],
    "Aldwark Infrastructure Partners": ["Aldwark Infrastructure Partners", "Aldwark"],
    "Highland Council": ["Highland Council", "the Highland Council"],
    "Blackstone": ["Blackstone"],
    "QTS": ["QTS"],
    "Raikeshaw Construction": ["Raikeshaw Construction", "Raikeshaw"],
    "Amazon": ["Amazon Web Services", "AWS", "Amazon", "Amazons"],
    "Kao Data": ["Kao Data"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "Caerwyn Compute": ["Caerwyn Compute", "Caerwyn Compute Cyf.", "Caerwyn"],
    "Penmaen Grid Services": ["Penmaen Grid Services", "Penmaen"],
    "CoreWeave": ["CoreWeave"],
    "Skerryvane Wind": ["Skerryvane Wind", "Skerryvane"],
    "Lloyds Banking Group": ["Lloyds Banking Group"],
    "Tarnbeck Thermal": ["Tarnbeck Thermal", "Tarnbeck Thermal Ltd.", "Tarnbeck"],
    "NatWest": ["NatWest", "NatWest Group"],
    "RWE": ["RWE"],
    "Clydemuir Pensions Trust": ["Clydemuir Pensions Trust", "Clydemuir", "Clydemuirs"],
    "DataVita": ["DataVita"],
    "Microsoft": ["Microsoft"],
    "OpenAI": ["OpenAI"],
    "Nvidia": ["Nvidia"],
    "Nscale": ["Nscale"],
    "Core Scientific": ["Core Scientific"],
    "SSE": ["SSE"],
    "Apatura": ["Apatura"],
    "Strathbrae Bank": ["Strathbrae Bank", "Strathbrae"],
    "Kelderfield Power": ["Kelderfield Power", "Kelderfield"],
    "Statkraft": ["Statkraft"],
}

GLEN, ALD, HC = "Glenmorven Data", "Aldwark Infrastructure Partners", "Highland Council"
CAER, PEN, SKER = "Caerwyn Compute", "Penmaen Grid Services", "Skerryvane Wind"
TARN, STRA, NW = "Tarnbeck Thermal", "Strathbrae Bank", "NatWest"


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
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


def NA(id, parties, kind, date, status, evidence, required=False, kind_alt=None, note=None):
    """A mention without an amount (optional by convention)."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=required,
             kind_alt=kind_alt, note=note)


# alternative amounts of the shared ids (kept on the first article that reports them)
SKER_PPA_ALT = [(63_000_000, "EUR")]
CW_DV_ALT = [(2_000_000_000, "USD"), (1_730_000_000, "EUR")]
MS_UK_ALT = [(22_000_000_000, "GBP")]
ALD_CAER_ALT = [(1_150_000_000, "GBP"), (1_350_000_000, "EUR")]
SERIESB_ALT = [(275_000_000, "EUR")]
BX_ALT = [(11_900_000_000, "EUR")]
VAN_ALT = [(14_300_000_000, "EUR")]

ARTICLES = {}

ARTICLES["001_glenmorven_invergordon_en.txt"] = {
    "published": "2024-03-14",
    "published_note": "byline date 'By Morag Lennie | Thursday 14 March 2024'; 'on Tuesday' -> 2024-03-12; 'last month' -> 2024-02",
    "language": "en",
    "deals": [
        D("aldwark-glenmorven-seriesa", [ALD, GLEN], "investment", 85_000_000, "GBP", "exact",
          "2024-03-12", "completed",
          "Glenmorven Data said on Tuesday that its first big funding round, an £85 million Series A, had been led by Aldwark Infrastructure Partners, a Leeds fund manager that backs energy and digital schemes across northern England and Scotland.",
          note="lead investor listed; first deal of the Aldwark-Glenmorven pair (the £240m Series B of 2026 is a different deal); 005 and 016 restate it"),
        D("highland-glenmorven-land", [HC, GLEN], "acquisition", 6_200_000, "GBP", "exact",
          "2024-02", "signed",
          "Councillors on the Highland Council's economy committee voted to sell the 41-hectare former yard to the company for £6.2 million, comfortably above the £4.5 million at which it sat in the authority's books.",
          kind_alt=["other"],
          note="land sale by the council; 'the company' = Glenmorven Data; 'That purchase was settled last month' (previous sentence) -> 2024-02; the £4.5m book value is not a deal; different from the heat joint venture of the same pair (015)"),
    ],
    "not_deals": ["£4.5 million", "£2.4 million training grant", "£46,000 a year", "roughly £310 million",
                  "as much as £4 billion", "£21.7 million", "from £38 per person", "£1.60"],
}

ARTICLES["002_cambois_pennine_grid_en.txt"] = {
    "published": "2024-09-20",
    "published_note": "issue line 'Issue 58 | Friday 20 September 2024'; 'this week', 'earlier this month', 'last week' -> 2024-09",
    "language": "en",
    "deals": [
        D("blackstone-cambois-2024", ["Blackstone"], "capex_plan", 10_000_000_000, "GBP", "exact",
          "2024-09", "announced",
          "Blackstone confirmed this week that it will sink £10 billion into an AI data-centre campus at Cambois, just north of Blyth, on the coastal plot where a battery gigafactory was once supposed to rise.",
          kind_alt=["project"], alt=BX_ALT,
          note="spending plan of the spender only; 'this week' -> month; 004 gives the day (Sunday 2024-09-15) and €11.9bn; 011 restates it"),
        D("raikeshaw-qts-enabling-2024", ["Raikeshaw Construction", "QTS"], "other", 64_000_000, "GBP", "exact",
          "2024-09", "signed",
          "Less noticed: earlier this month Raikeshaw Construction, the Preston contractor, banked a £64 million enabling-works package from QTS for ground stabilisation, drainage and a haul road.",
          kind_alt=["project", "supply"],
          note="construction contract; first deal of the Raikeshaw-QTS pair (the £210m main contract of 2025 in 011 is different); 011 restates it"),
        D("aws-uk-2024", ["Amazon"], "capex_plan", 8_000_000_000, "GBP", "exact", "2024-09", "announced",
          "Amazon Web Services said last week that it would invest £8 billion in building, running and maintaining British data centres in the five years to 2028.",
          term=["2024", "2028"],
          note="'last week' -> 2024-09; the £14bn GDP contribution is not a deal; 004 restates it"),
        D("kao-data-stockport", ["Kao Data"], "capex_plan", 350_000_000, "GBP", "exact", "2024", "planned",
          "Stockport's planners are due to rule in November on Kao Data's £350 million campus at Kenwood Point, first unveiled in the spring.",
          required=False, kind_alt=["project"],
          note="background mention of a plan unveiled earlier in the year; optional"),
    ],
    "not_deals": ["as much as £50m annually", "£14 billion", "~£0.9m", "£1.2m", "£1.3bn", "£240 a year",
                  "£24 a month"],
}

ARTICLES["003_vantage_newport_ebbw_en.html"] = {
    "published": "2025-01-15",
    "published_note": "no visible date: from <meta property=article:published_time> and JSON-LD datePublished 2025-01-15; 'on Monday' -> 2025-01-13; 'Shortly before Christmas' -> 2024-12",
    "language": "en",
    "deals": [
        D("vantage-uk-2025", ["Vantage Data Centers"], "capex_plan", 12_000_000_000, "GBP", "exact",
          "2025-01-13", "announced",
          "Vantage Data Centers will spend £12 billion on British data centres, the Denver-headquartered group said on Monday, as ministers launched their AI Opportunities Action Plan in London.",
          alt=VAN_ALT, note="006 gives €14.3bn; the Welsh share is not broken out"),
        D("penmaen-caerwyn-grid-2024", [CAER, PEN], "other", 73_000_000, "GBP", "exact", "2024-12", "signed",
          "Shortly before Christmas the start-up signed a £73 million contract with Penmaen Grid Services, a Wrexham engineering firm, to build a substation and eight kilometres of buried cable tying its site to the transmission network.",
          kind_alt=["supply", "project"],
          note="grid-connection works contract; 'the start-up' = Caerwyn Compute (previous sentence); first deal of the Penmaen-Caerwyn pair (the £48m contract of 2026 in 019 is different); 008 and 019 restate it"),
    ],
    "not_deals": ["£14.6 million shortfall", "£3 million skills grant", "about £30 million",
                  "around £210 per megawatt-hour", "£238,000", "from £649"],
}

ARTICLES["004_cambois_tuchhallen.txt"] = {
    "published": "2024-09-19",
    "published_note": "date line 'Donnerstag, 19. September 2024 · Unternehmen · Seite 14'; 'am Sonntag' -> 2024-09-15; 'Vergangene Woche' -> 2024-09; 'im Mai' -> 2024-05",
    "language": "de",
    "deals": [
        D("blackstone-cambois-2024", ["Blackstone"], "capex_plan", 10_000_000_000, "GBP", "exact",
          "2024-09-15", "announced",
          "Der US-Finanzinvestor Blackstone will zehn Milliarden Pfund, umgerechnet rund 11,9 Milliarden Euro, in einen Rechenzentrumscampus bei Cambois an der Nordseeküste stecken.",
          kind_alt=["project"], alt=BX_ALT,
          note="amount in words with EUR; 'am Sonntag' in the next sentence -> 2024-09-15"),
        D("blackstone-qts-2021", ["Blackstone", "QTS"], "acquisition", 10_000_000_000, "USD", "approx",
          "2021", "completed",
          "Den Betreiber kennt der Konzern gut: 2021 hatte er QTS für rund zehn Milliarden Dollar gekauft und von der Börse genommen.",
          required=False,
          note="background: 'der Konzern'/'er' = Blackstone; a different, old deal of Blackstone; optional"),
        D("aws-uk-2024", ["Amazon"], "capex_plan", 8_000_000_000, "GBP", "exact", "2024-09", "announced",
          "Vergangene Woche hatte Amazons Cloudsparte AWS angekündigt, bis 2028 acht Milliarden Pfund in britische Rechenzentren zu investieren.",
          term=[None, "2028"], note="genitive 'Amazons'; amount in words"),
        D("coreweave-uk-2024", ["CoreWeave"], "capex_plan", 1_000_000_000, "GBP", "exact", "2024-05", "announced",
          "Und schon im Mai hatte der New Yorker GPU-Vermieter CoreWeave eine Milliarde Pfund für zwei Standorte im Süden Englands zugesagt.",
          note="'eine Milliarde'; different from CoreWeave's £1.5bn Scottish project with DataVita (009); 009 restates it"),
    ],
    "not_deals": ["mehr als 1,1 Billionen Dollar", "141 Dollar", "1,3 Milliarden Pfund",
                  "acht bis zwölf Millionen Euro je Megawatt", "1 Pfund = 1,19 Euro", "ab 5.000 Euro"],
}

ARTICLES["005_skerryvane_hebridean_en.txt"] = {
    "published": "2024-11-07",
    "published_note": "issue line 'Vol. 3, No. 44 — Thursday 7 November 2024'; 'On Tuesday' -> 2024-11-05; 'last month' -> 2024-10",
    "language": "en",
    "deals": [
        D("skerryvane-glenmorven-ppa", [SKER, GLEN], "supply", 52_000_000, "GBP", "approx", "2024-11-05", "signed",
          "Under it, the data-centre company will pay about £52 million a year for roughly 40 per cent of the output, with deliveries due to start in 2027.",
          per="year", term=["2027", "2041"], alt=SKER_PPA_ALT,
          note="yearly rate of a 15-year PPA; 'it' = the offtake contract, 'the data-centre company' = Glenmorven Data, parties and 'On Tuesday' in the previous sentence; 007 gives €63m a year; 015 and 020 restate it; different from the £19m-a-year add-on of 2026 (020)"),
        D("lloyds-skerryvane-financing", ["Lloyds Banking Group", SKER], "other", 1_300_000_000, "GBP", "exact",
          "2024-10", "completed",
          "Only last month Skerryvane closed a £1.3 billion project-finance package arranged by Lloyds Banking Group alongside five other lenders, clearing the way for turbine and cable orders next spring.",
          kind_alt=["investment"], note="project-finance loan, arranger listed"),
        D("aldwark-glenmorven-seriesa", [ALD, GLEN], "investment", 85_000_000, "GBP", "exact", "2024-03", "completed",
          "Glenmorven, which raised £85 million in March in a round led by Aldwark Infrastructure Partners, will draw grid power for its first hall until the turbines turn.",
          note="restatement of the Series A (001) in a relative clause"),
    ],
    "not_deals": ["near £71 per megawatt-hour", "about £1.9 billion", "£2.5bn a year", "roughly £0.8bn",
                  "£1,717", "£95 + VAT"],
}

ARTICLES["006_vantage_hallenklima.txt"] = {
    "published": "2025-01-16",
    "published_note": "issue line 'Ausgabe 3/2025 · 16.01.2025'; 'am Montag' -> 2025-01-13; 'In dieser Woche', 'Insidern zufolge' -> 2025-01",
    "language": "de",
    "deals": [
        D("vantage-uk-2025", ["Vantage Data Centers"], "capex_plan", 12_000_000_000, "GBP", "exact",
          "2025-01-13", "announced",
          "Vantage Data Centers aus Denver will zwölf Milliarden Pfund (rund 14,3 Milliarden Euro) in britische Rechenzentren investieren.",
          alt=VAN_ALT, note="amount in words; 'am Montag' in the next sentence"),
        D("tarnbeck-vantage-newport", [TARN, "Vantage Data Centers"], "supply", 29_000_000, "GBP", "exact",
          "2025-01", "signed",
          "In dieser Woche erhielt die Tarnbeck Thermal Ltd. aus dem nordenglischen Kendal nach eigenen Angaben einen Auftrag von Vantage: Adiabatische Rückkühler im Wert von 29 Millionen Pfund sollen ab Herbst geliefert werden.",
          note="cooling order; 'In dieser Woche' -> month; 018 mentions the customer without amount"),
        D("natwest-vantage-loan-talks", [NW, "Vantage Data Centers"], "other", 1_800_000_000, "GBP", "up_to",
          "2025-01", "negotiating",
          "Insidern zufolge verhandelt Vantage zudem mit einem Bankenkonsortium unter Führung von NatWest über Kredite von bis zu 1,8 Milliarden Pfund für den Ausbau in Wales.",
          kind_alt=["investment"], note="loan talks from insiders, unconfirmed; lead bank listed"),
    ],
    "not_deals": ["14 Milliarden Pfund", "rund 71 Millionen Pfund", "350.000 bis 500.000 Euro je Megawatt",
                  "490 Euro", "Jahresabo 189 Euro", "Einzelausgabe 9 Euro"],
}

ARTICLES["007_gwynt_windkante.txt"] = {
    "published": "2025-02-27",
    "published_note": "issue line 'Ausgabe 8/2025 | 27. Februar 2025'; 'vergangene Woche' -> 2025-02; 'Im November' -> 2024-11",
    "language": "de",
    "deals": [
        D("rwe-caerwyn-ppa", ["RWE", CAER], "supply", 350_000_000, "EUR", "range", "2025-02", "signed",
          "Das Volumen beziffern Branchenkreise auf 350 bis 400 Millionen Euro über die gesamte Laufzeit; der Essener Konzern selbst nannte keine Zahlen.",
          amount_max=400_000_000,
          note="ten-year PPA; parties in the first sentence, signing 'vergangene Woche' in the second; value only from industry sources, as a range over the whole term; 'der Essener Konzern' = RWE; 008 mentions it without amount"),
        D("skerryvane-glenmorven-ppa", [SKER, GLEN], "supply", 63_000_000, "EUR", "approx", "2024-11", "signed",
          "Im November hatte Skerryvane Wind dem schottischen Campusbetreiber Glenmorven Data für 15 Jahre Strom zugesagt – für rund 63 Millionen Euro pro Jahr.",
          per="year", note="restated in EUR; 'Im November' -> 2024-11"),
    ],
    "not_deals": ["82 Pfund", "rund 3,5 Millionen Euro je Megawatt", "1,5 Milliarden Pfund", "30,12 Euro",
                  "149 Euro"],
}

ARTICLES["008_caerwyn_clydemuir_dyfrdwy_en.txt"] = {
    "published": "2025-03-20",
    "published_note": "'Published 20/03/2025 09:00 GMT'; dateline 'DEESIDE, 19 March' with 'today' -> 2025-03-19; 'in December' -> 2024-12; 'last month' -> 2025-02",
    "language": "en",
    "deals": [
        D("clydemuir-caerwyn-stake", ["Clydemuir Pensions Trust", CAER], "investment", 250_000_000, "GBP", "exact",
          "2025-03-19", "signed",
          "DEESIDE, 19 March — Caerwyn Compute Cyf., which is building an AI data centre on Deeside Industrial Park, today announced that Clydemuir Pensions Trust has agreed to invest £250 million for a minority stake of just under 30 per cent.",
          kind_alt=["acquisition"],
          note="press release; completion still pending -> signed; 013 (no amount) and 014 restate it; different from Aldwark's takeover of Caerwyn"),
        D("penmaen-caerwyn-grid-2024", [CAER, PEN], "other", 73_000_000, "GBP", "exact", "2024-12", "signed",
          "That phase connects to the grid through the £73 million substation and cable contract awarded to Penmaen Grid Services in December, and it will run on offshore wind under a ten-year supply agreement signed with RWE last month.",
          kind_alt=["supply", "project"], note="restated; 'That phase' = Caerwyn's first phase"),
        NA("rwe-caerwyn-ppa", ["RWE", CAER], "supply", "2025-02", "signed",
           "That phase connects to the grid through the £73 million substation and cable contract awarded to Penmaen Grid Services in December, and it will run on offshore wind under a ten-year supply agreement signed with RWE last month.",
           note="same sentence as the grid contract; no amount -> optional"),
    ],
    "not_deals": ["around £14 billion", "roughly £850 million", "£120 million by 2028", "£1.8 million a year",
                  "£1.5 million skills grant"],
}

ARTICLES["009_coreweave_scotland_rosslyn_en.txt"] = {
    "published": "2025-09-17",
    "published_note": "'September 17, 2025 · 07:12 BST'; dateline 'EDINBURGH, Sept 16' with 'on Tuesday' -> 2025-09-16; 'the same day' -> 2025-09-16",
    "language": "en",
    "deals": [
        D("coreweave-datavita-scotland", ["CoreWeave", "DataVita"], "project", 1_500_000_000, "GBP", "exact",
          "2025-09-16", "announced",
          "EDINBURGH, Sept 16 (Rosslyn) - CoreWeave will invest £1.5 billion (about $2 billion) in an AI data centre operated with DataVita near Airdrie in North Lanarkshire, the U.S. cloud provider said on Tuesday, as President Donald Trump began a state visit to Britain.",
          kind_alt=["investment", "capex_plan", "partnership"], alt=CW_DV_ALT,
          note="010 gives €1.73bn, 013 restates it; different from CoreWeave's £1bn English plan of 2024"),
        D("coreweave-uk-2024", ["CoreWeave"], "capex_plan", 1_000_000_000, "GBP", "exact", "2024-05", "announced",
          "It adds to the £1 billion that the Nasdaq-listed group set aside for two English sites in May 2024.",
          note="'It' = the Scottish pledge, 'the Nasdaq-listed group' = CoreWeave; restated from 004"),
        D("microsoft-uk-2025", ["Microsoft"], "capex_plan", 30_000_000_000, "USD", "exact", "2025-09-16", "announced",
          "Microsoft said the same day that it would spend $30 billion, roughly £22 billion, in Britain from this year through 2028, including what it described as the country's largest supercomputer.",
          term=["2025", "2028"], alt=MS_UK_ALT, note="'the same day' -> 2025-09-16; 010 and 011 restate it"),
        NA("stargate-uk", ["OpenAI", "Nvidia", "Nscale"], "partnership", "2025-09-16", "announced",
           "OpenAI, Nvidia and the London start-up Nscale separately unveiled a \"Stargate UK\" arrangement covering sites such as Cobalt Park in North Tyneside, without giving a price.",
           note="no price -> optional; 011 mentions it too"),
    ],
    "not_deals": ["£150 billion", "$40", "$128.70", "more than $60 billion", "between $5.15bn and $5.35bn"],
}

ARTICLES["010_coreweave_tickerhafen.txt"] = {
    "published": "2025-09-18",
    "published_note": "'18.09.2025, 08:41 Uhr'; 'am Dienstag' -> 2025-09-16; 'Zeitgleich' -> same day; 'Im Juli' -> 2025-07; 'im März' -> 2025-03",
    "language": "de",
    "deals": [
        D("coreweave-datavita-scotland", ["CoreWeave", "DataVita"], "project", 1_500_000_000, "GBP", "exact",
          "2025-09-16", "announced",
          "Der KI-Cloudanbieter CoreWeave hat am Dienstag angekündigt, 1,5 Milliarden Pfund (etwa 1,73 Milliarden Euro) in ein Rechenzentrum in Schottland zu stecken, das der Betreiber DataVita bei Airdrie hochzieht.",
          kind_alt=["investment", "capex_plan", "partnership"], note="same as 009, with EUR"),
        D("microsoft-uk-2025", ["Microsoft"], "capex_plan", 30_000_000_000, "USD", "exact", "2025-09-16", "announced",
          "Zeitgleich stellte Microsoft Investitionen von 30 Milliarden Dollar in Großbritannien in Aussicht.",
          note="'Zeitgleich' = the Tuesday of the previous sentence"),
        D("coreweave-corescientific", ["CoreWeave", "Core Scientific"], "acquisition", 9_000_000_000, "USD", "approx",
          "2025-07", "signed",
          "Im Juli hatten sich die beiden Unternehmen auf einen Zusammenschluss per Aktientausch geeinigt; der Kaufpreis lag bei rund neun Milliarden Dollar.",
          note="'die beiden Unternehmen' = CoreWeave and Core Scientific (headline and previous sentence); all-stock deal still pending here; 012 reports the shareholders' rejection"),
        D("coreweave-openai-2025", ["CoreWeave", "OpenAI"], "cloud_contract", 11_900_000_000, "USD", "exact",
          "2025-03", "signed",
          "Bereits im März hatte der Konzern mit OpenAI eine auf fünf Jahre angelegte Vereinbarung über 11,9 Milliarden Dollar unterzeichnet.",
          note="'der Konzern' = CoreWeave; five-year term without start date"),
    ],
    "not_deals": ["125,80 Dollar", "125,80 $", "30,1 Milliarden Dollar", "zwischen 5,15 und 5,35 Milliarden Dollar",
                  "Kursziel von 180 Dollar", "rund 61 Milliarden Dollar", "187,00 $", "33,52 $",
                  "einen Euro pro Order"],
}

ARTICLES["011_north_east_tynebridge_en.txt"] = {
    "published": "2025-09-19",
    "published_note": "byline 'By Eilidh Rankine · Fri 19 Sep 2025'; 'on Thursday' -> 2025-09-18; 'on Tuesday' -> 2025-09-16; 'last year' -> 2024; 'last September' -> 2024-09",
    "language": "en",
    "deals": [
        NA("stargate-uk", ["OpenAI", "Nvidia", "Nscale"], "partnership", "2025-09", "announced",
           "Ministers have named the North East an AI growth zone, joining Blackstone's planned campus at Cambois to Cobalt Park in North Tyneside, where OpenAI, Nvidia and Nscale intend to install thousands of graphics processors under the Stargate UK banner.",
           note="no amount -> optional; the growth-zone designation itself is not a deal"),
        D("raikeshaw-qts-2025", ["Raikeshaw Construction", "QTS"], "other", 210_000_000, "GBP", "exact",
          "2025-09-18", "signed",
          "The Preston firm said on Thursday that QTS, Blackstone's data-centre business, had appointed it main contractor for the first two halls at Cambois in a deal worth £210 million.",
          kind_alt=["project"],
          note="'The Preston firm'/'it' = Raikeshaw Construction (previous sentence); second deal of the Raikeshaw-QTS pair, must stay apart from the £64m package of 2024 in the next sentence"),
        D("raikeshaw-qts-enabling-2024", ["Raikeshaw Construction", "QTS"], "other", 64_000_000, "GBP", "exact",
          "2024", "signed",
          "It is Raikeshaw's second job on the site after last year's £64 million groundworks package, and its largest order since the company was founded in 1971.",
          kind_alt=["project", "supply"], note="restatement of 002's package; 'last year' -> 2024; QTS from the previous sentence"),
        D("blackstone-cambois-2024", ["Blackstone"], "capex_plan", 10_000_000_000, "GBP", "exact", "2024-09", "announced",
          "Blackstone set out its £10 billion plan for the former gigafactory land last September.",
          kind_alt=["project"], note="restated; 'last September' -> 2024-09"),
        D("microsoft-uk-2025", ["Microsoft"], "capex_plan", 30_000_000_000, "USD", "exact", "2025-09-16", "announced",
          "Microsoft, which on Tuesday promised $30 billion of UK investment over four years, has not said whether any of it will come north.",
          note="restated in a relative clause; 'on Tuesday' -> 2025-09-16"),
    ],
    "not_deals": ["a modest £30 million", "£388 million", "£142,000", "£1,000 or more"],
}

ARTICLES["012_ticker_kursglocke.txt"] = {
    "published": "2025-11-05",
    "published_note": "date line 'Mittwoch, 5. November 2025' of the live ticker; 'heute' and the entries of the day -> 2025-11-05",
    "language": "de",
    "deals": [
        D("strathbrae-glenmorven-loan-2025", [STRA, NW, GLEN], "other", 180_000_000, "GBP", "exact",
          "2025-11-05", "signed",
          "Zwei Banken, ein schottisches Rechenzentrum: Die Strathbrae Bank aus Edinburgh und NatWest stellen dem Entwickler Glenmorven Data einen Baukredit über 180 Millionen Pfund bereit, wie die Institute heute mitteilten.",
          kind_alt=["investment"],
          note="construction loan; first deal of the Strathbrae/NatWest-Glenmorven pair (the £410m refinancing of 2026 in 017 is different); 015 (no amount) and 017 restate it"),
        D("tarnbeck-glenmorven-2025", [TARN, GLEN], "supply", 38_000_000, "GBP", "approx", "2025-11-05", "signed",
          "Für Glenmorvens erste Halle liefert das Unternehmen aus Kendal Kühltechnik im Wert von rund 38 Millionen Pfund.",
          note="genitive 'Glenmorvens'; 'das Unternehmen aus Kendal' = Tarnbeck Thermal (previous sentence); first Tarnbeck order of Glenmorven, must stay apart from the £61m order of 2026 (018)"),
        D("sse-capex-2025", ["SSE"], "capex_plan", 33_000_000_000, "GBP", "exact", "2025-11-05", "announced",
          "SSE mit Zahlen: Der schottische Versorger legt Halbjahreszahlen vor und stockt sein Investitionsprogramm bis März 2030 auf 33 Milliarden Pfund auf, vor allem für Stromnetze im Norden.",
          term=[None, "2030-03"], note="raised investment programme through March 2030"),
        D("coreweave-corescientific", ["CoreWeave", "Core Scientific"], "acquisition", 9_000_000_000, "USD", "approx",
          "2025-07", "cancelled",
          "Nach dem geplatzten Zusammenschluss mit Core Scientific – dessen Aktionäre ließen das Aktienangebot über rund neun Milliarden Dollar vergangene Woche durchfallen – richtet sich der Blick auf die Quartalszahlen am Montag.",
          note="rejected by Core Scientific's shareholders 'vergangene Woche' (late October); a cancelled deal keeps the date of the July agreement (010)"),
    ],
    "not_deals": ["1,1490 Dollar", "3.980 Dollar", "2,34 Pfund", "21,4 Pence", "rund 1,3 Milliarden Dollar",
                  "je 249 Euro"],
}

ARTICLES["013_lanarkshire_kelpie_en.txt"] = {
    "published": "2026-01-22",
    "published_note": "'Posted 22 January 2026 by Ewan Strachan'; 'Last week' -> 2026-01; 'in September' -> 2025-09; 'last spring' -> 2025",
    "language": "en",
    "deals": [
        D("datavita-apatura-lanarkshire", ["DataVita", "Apatura"], "project", 8_200_000_000, "GBP", "exact",
          "2026-01", "announced",
          "Last week DataVita and the renewables developer Apatura unveiled plans to invest £8.2 billion in an AI campus in North Lanarkshire, and the UK government promptly declared the area Scotland's first AI growth zone.",
          kind_alt=["capex_plan", "joint_venture"], note="joint investment plan of two companies; 019 restates it"),
        D("coreweave-datavita-scotland", ["CoreWeave", "DataVita"], "project", 1_500_000_000, "GBP", "exact",
          "2025-09", "announced",
          "It is the same DataVita that in September became CoreWeave's partner in a £1.5bn build near Airdrie.",
          kind_alt=["investment", "capex_plan", "partnership"], note="restated; 'in September' -> 2025-09"),
        D("aldwark-caerwyn-acquisition", [ALD, CAER], "acquisition", 1_100_000_000, "GBP", "approx", "2026", "rumored",
          "Meanwhile, in Wales: Aldwark Infrastructure Partners, the Leeds fund that already backs Glenmorven at Invergordon, is reportedly in advanced talks to buy Caerwyn Compute for around £1.1 billion.",
          alt=ALD_CAER_ALT,
          note="sourced rumour; 014 reports the signing at £1.15bn / €1.35bn on 2026-03-11, 016 and 020 restate it; the year keeps the shared id's dates consistent"),
        NA("clydemuir-caerwyn-stake", ["Clydemuir Pensions Trust", CAER], "investment", "2025", "completed",
           "If it happens, Clydemuir, the pension trust that bought nearly a third of Caerwyn last spring, looks set to double its money.",
           kind_alt=["acquisition"], note="no amount -> optional; 'last spring' -> 2025"),
    ],
    "not_deals": ["£9m to £11m per megawatt", "about £6.5bn", "coffee (£3)", "£140 this winter",
                  "£5m skills pot"],
}

ARTICLES["014_caerwyn_aldwark_fleetblick.html"] = {
    "published": "2026-03-12",
    "published_note": "visible '12.03.2026, 07:30 Uhr', <meta name=date> and JSON-LD; 'am Mittwoch' -> 2026-03-11; 'im März 2025' -> 2025-03",
    "language": "de",
    "deals": [
        D("aldwark-caerwyn-acquisition", [ALD, CAER], "acquisition", 1_150_000_000, "GBP", "exact",
          "2026-03-11", "signed",
          "Der britische Infrastrukturinvestor Aldwark Infrastructure Partners übernimmt den walisischen Rechenzentrumsentwickler Caerwyn Compute für 1,15 Milliarden Pfund (rund 1,35 Milliarden Euro) einschließlich Schulden.",
          alt=ALD_CAER_ALT, note="signed 'am Mittwoch' (next sentence); the rumour of 013"),
        D("clydemuir-caerwyn-stake", ["Clydemuir Pensions Trust", CAER], "investment", 250_000_000, "GBP", "exact",
          "2025-03", "completed",
          "Mitverkäufer ist der schottische Pensionsfonds Clydemuir, der im März 2025 für 250 Millionen Pfund knapp 30 Prozent an Caerwyn erworben hatte.",
          kind_alt=["acquisition"],
          note="restated in a relative clause; the stake's present value (gut 340 Millionen Pfund) is not a deal"),
    ],
    "not_deals": ["gut 340 Millionen Pfund", "2,4 Milliarden Pfund", "96 Millionen Pfund", "1,79 Euro",
                  "ab 1.299 Euro"],
}

ARTICLES["015_glenmorven_interview_cairnhill_en.txt"] = {
    "published": None,
    "published_note": "no date at all (only 'Reading time: 7 minutes'); all dates null",
    "language": "en",
    "deals": [
        D("aldwark-glenmorven-seriesb", [ALD, GLEN], "investment", 240_000_000, "GBP", "exact", None, "completed",
          "£240 million, with Aldwark leading again and the Scottish National Investment Bank in the round.",
          alt=SERIESB_ALT,
          note="elliptic answer to the question about the Series B; Glenmorven is the interviewee's company; lead investor listed; second deal of the Aldwark-Glenmorven pair; 016 gives the date (2026-04-22) and €275m"),
        NA("strathbrae-glenmorven-loan-2025", [STRA, NW, GLEN], "other", None, "signed",
           "The Strathbrae loan got us through the first construction phase, and NatWest came in alongside them.",
           kind_alt=["investment"], note="no amount -> optional"),
        D("skerryvane-glenmorven-ppa", [SKER, GLEN], "supply", 52_000_000, "GBP", "approx", None, "signed",
          "Our agreement with Skerryvane runs for fifteen years and costs us roughly £52 million a year.",
          per="year", note="'us' = Glenmorven Data"),
        D("tarnbeck-glenmorven-2025", [TARN, GLEN], "supply", 38_000_000, "GBP", "approx", None, "signed",
          "Tarnbeck did the cooling in hall one for about £38 million and they are bidding for hall two.",
          note="first order restated; the bid for hall two has no amount and is not annotated"),
        D("highland-glenmorven-heat-jv", [HC, GLEN], "joint_venture", 14_000_000, "GBP", "exact", None, "signed",
          "With the Highland Council we have formed a heat company, a joint venture piping our waste heat to 2,000 homes; together we are putting £14 million into it, £7 million each.",
          note="'we' = Glenmorven Data; the £7m each are parts of the deal; different from the 2024 land sale of the same pair (001)"),
    ],
    "not_deals": ["close to £78 per megawatt-hour", "around £9 million all in", "£7 million each", "£48,000",
                  "worth a billion", "a bit under a billion pounds", "Single issue £12", "subscription £40"],
}

ARTICLES["016_glenmorven_sielhafen.txt"] = {
    "published": "2026-04-23",
    "published_note": "'23.04.2026 – 06:40'; 'am Mittwoch' -> 2026-04-22; 'im März' -> 2026-03",
    "language": "de",
    "deals": [
        D("aldwark-glenmorven-seriesb", [ALD, GLEN], "investment", 240_000_000, "GBP", "exact", "2026-04-22", "completed",
          "Der schottische Rechenzentrumsentwickler Glenmorven Data hat in einer zweiten Finanzierungsrunde 240 Millionen Pfund (umgerechnet rund 275 Millionen Euro) aufgenommen.",
          alt=SERIESB_ALT,
          note="lead investor Aldwark and 'am Mittwoch' in the next sentence; the Scottish National Investment Bank's £40m is part of the round (not_deal)"),
        D("aldwark-glenmorven-seriesa", [ALD, GLEN], "investment", 85_000_000, "GBP", "exact", "2024", "completed",
          "Aldwark hatte bereits 2024 die erste Runde über 85 Millionen Pfund angeführt.",
          note="first round restated; must stay apart from the Series B in the previous sentences"),
        D("aldwark-caerwyn-acquisition", [ALD, CAER], "acquisition", 1_150_000_000, "GBP", "exact", "2026-03", "signed",
          "Zuletzt hatte der Fonds im März für 1,15 Milliarden Pfund den walisischen Betreiber Caerwyn Compute übernommen – ein Geschäft, das nach Angaben aus dem Umfeld der Beteiligten im Sommer abgeschlossen werden soll.",
          note="'der Fonds' = Aldwark (previous sentence); closing still pending -> signed"),
    ],
    "not_deals": ["40 Millionen Pfund", "rund 900 Millionen Pfund", "mehr als eine halbe Milliarde Pfund",
                  "rund 79 Pfund", "1 Pfund = 1,15 Euro"],
}

ARTICLES["017_natwest_stockcairn_en.txt"] = {
    "published": "2026-06-16",
    "published_note": "'16 Jun 2026 | 07:55 BST'; 'on Monday' -> 2026-06-15; 'last November' -> 2025-11",
    "language": "en",
    "deals": [
        D("strathbrae-glenmorven-refi-2026", [STRA, NW, GLEN], "other", 410_000_000, "GBP", "exact",
          "2026-06-15", "signed",
          "NatWest and the Edinburgh lender Strathbrae Bank have agreed a £410 million refinancing for Glenmorven Data, the Invergordon campus developer said on Monday, replacing the £180 million construction loan the two banks provided last November.",
          kind_alt=["investment"], term=["2026", "2031"],
          note="five-year facility (next sentence); second deal of the pair, in the same sentence as the 2025 loan it replaces"),
        D("strathbrae-glenmorven-loan-2025", [STRA, NW, GLEN], "other", 180_000_000, "GBP", "exact", "2025-11", "signed",
          "NatWest and the Edinburgh lender Strathbrae Bank have agreed a £410 million refinancing for Glenmorven Data, the Invergordon campus developer said on Monday, replacing the £180 million construction loan the two banks provided last November.",
          kind_alt=["investment"], note="'the two banks' = NatWest and Strathbrae; restated from 012"),
    ],
    "not_deals": ["set aside £3 billion", "541.2p", "roughly £43bn", "9.5p per share", "610p", "£150m",
                  "about £2.1bn", "from £3.50 a trade"],
}

ARTICLES["018_tarnbeck_verdampfer.txt"] = {
    "published": "2026-07-09",
    "published_note": "'Meldung vom 09.07.2026'; 'am Dienstag' -> 2026-07-07; 'im vergangenen November' -> 2025-11; 'Im Frühjahr' -> 2026",
    "language": "de",
    "deals": [
        D("tarnbeck-glenmorven-2026", [TARN, GLEN], "supply", 61_000_000, "GBP", "exact", "2026-07-07", "signed",
          "Er umfasst die Kühlung der zweiten Halle auf dem Campus in Invergordon und hat ein Volumen von 61 Millionen Pfund (etwa 70 Millionen Euro), wie Tarnbeck am Dienstag mitteilte.",
          alt=[(70_000_000, "EUR")],
          note="'Er' = the second order (previous sentence names Tarnbeck Thermal and Glenmorven Data); second deal of the pair"),
        D("tarnbeck-glenmorven-2025", [TARN, GLEN], "supply", 38_000_000, "GBP", "approx", "2025-11", "signed",
          "Den ersten Auftrag – rund 38 Millionen Pfund für Halle eins – hatte Glenmorven im vergangenen November vergeben.",
          note="first order restated; 'im vergangenen November' -> 2025-11"),
        NA("tarnbeck-vantage-newport", [TARN, "Vantage Data Centers"], "supply", None, "signed",
           "Zu den Kunden des Unternehmens zählt auch Vantage Data Centers mit seinem Campus im walisischen Newport.",
           note="vague customer mention of the 2025 order (006), no amount -> optional"),
        D("kelderfield-tarnbeck-bid", ["Kelderfield Power", TARN], "acquisition", 140_000_000, "GBP", "exact", "2026",
          "cancelled",
          "Im Frühjahr hatte Tarnbeck ein Übernahmeangebot des Yorkshire-Versorgers Kelderfield Power über 140 Millionen Pfund als „deutlich zu niedrig“ zurückgewiesen; Kelderfield verzichtete danach auf ein verbessertes Gebot.",
          note="rejected offer -> cancelled; 'Im Frühjahr' -> 2026"),
    ],
    "not_deals": ["2,91 Pfund", "104 Millionen Pfund", "rund 190 Millionen Pfund", "rund 60 Euro je Kilogramm",
                  "640 Euro"],
}

ARTICLES["019_brueckenkopf_digest.txt"] = {
    "published": "2026-09-18",
    "published_note": "issue line 'KW 38 · Freitag, 18. September 2026'; 'am Mittwoch' -> 2026-09-16; items of the week -> 2026-09; 'im Januar' -> 2026-01",
    "language": "de",
    "deals": [
        D("caerwyn-capex-2027", [CAER], "capex_plan", 420_000_000, "GBP", "exact", "2026-09", "planned",
          "Ein halbes Jahr nach dem Einstieg von Aldwark will Caerwyn Compute im kommenden Jahr 420 Millionen Pfund in ein zweites Gebäude in Deeside stecken.",
          term=["2027", "2027"], note="spending plan for 2027 ('im kommenden Jahr'); Aldwark's takeover is only alluded to (no amount)"),
        D("penmaen-caerwyn-2026", [CAER, PEN], "other", 48_000_000, "GBP", "exact", "2026-09-16", "signed",
          "Penmaen Grid Services hat am Mittwoch einen Vertrag über 48 Millionen Pfund erhalten, um den Netzanschluss von Caerwyn zu verdoppeln.",
          kind_alt=["supply", "project"], note="second deal of the Penmaen-Caerwyn pair; the next sentence says it is separate from the £73m contract"),
        D("penmaen-caerwyn-grid-2024", [CAER, PEN], "other", 73_000_000, "GBP", "exact", "2024-12", "signed",
          "Das Geschäft kommt zu dem im Dezember 2024 vereinbarten Umspannwerk-Auftrag über 73 Millionen Pfund hinzu und ist nicht darin enthalten.",
          kind_alt=["supply", "project"], note="first contract restated; parties from the previous sentence"),
        D("nscale-glenmorven-lease", ["Nscale", GLEN], "other", 8_300_000, "GBP", "approx", "2026-09", "rumored",
          "Nscale soll kurz davor stehen, 60 Megawatt auf dem Campus von Glenmorven Data zu mieten – für rund 8,3 Millionen Pfund im Monat über sieben Jahre, sagen zwei Leute, die die Gespräche kennen.",
          kind_alt=["cloud_contract"], per="month",
          note="lease talks from two sources; monthly rent over a seven-year term without start date"),
        D("blackstone-glenmorven-rumour", ["Blackstone", GLEN], "acquisition", 2_000_000_000, "GBP", "exact", "2026-09",
          "rumored",
          "Einen Wochenendbericht, Blackstone habe ein Angebot über zwei Milliarden Pfund für Glenmorven erwogen, wies das Unternehmen als „Fantasie“ zurück.",
          required=False, note="rumour denied by Glenmorven -> optional"),
        D("datavita-apatura-lanarkshire", ["DataVita", "Apatura"], "project", 8_200_000_000, "GBP", "exact", "2026-01",
          "announced",
          "Der Rat von North Lanarkshire hat am Dienstag die erste Baustufe des im Januar angekündigten 8,2-Milliarden-Pfund-Campus von DataVita und Apatura genehmigt.",
          kind_alt=["capex_plan", "joint_venture"],
          note="compound '8,2-Milliarden-Pfund-Campus'; the planning consent of 2026-09-15 is not a deal, the date is the January announcement"),
    ],
    "not_deals": ["130 Millionen Pfund", "jährlich 25 Millionen Pfund", "7,5 Millionen Pfund",
                  "10 bis 12 Millionen Pfund", "395 Pfund"],
}

ARTICLES["020_skerryvane_ankerplatz.html"] = {
    "published": "2026-11-20",
    "published_note": "visible 'Freitag, 20. November 2026 · Von Femke Lührsen' and JSON-LD datePublished; 'vergangene Woche' -> 2026-11; 'im März' -> 2026-03",
    "language": "de",
    "deals": [
        D("statkraft-skerryvane-stake", ["Statkraft", SKER], "acquisition", 8_000_000_000, "NOK", "at_least", "2026-11",
          "signed",
          "Der Kaufpreis liegt nach Angaben der Norweger bei mehr als acht Milliarden Kronen, umgerechnet knapp 700 Millionen Euro; unterschrieben wurde vergangene Woche in Oslo.",
          kind_alt=["investment"], alt=[(700_000_000, "EUR")],
          note="49 % stake; parties in the previous sentence ('die Norweger' = Statkraft); 'mehr als' -> at_least; 'knapp 700 Millionen Euro' as alt amount"),
        D("skerryvane-glenmorven-ppa-2026", [SKER, GLEN], "supply", 19_000_000, "GBP", "approx", "2026-11", "signed",
          "Zugleich hat Glenmorven Data, Hauptabnehmer des Windparks, weitere 150 Megawatt gebucht: Für den Zusatzvertrag zahlt der Rechenzentrumsbetreiber jährlich rund 19 Millionen Pfund, zusätzlich zum 2024 geschlossenen 15-Jahres-Vertrag über rund 52 Millionen Pfund pro Jahr.",
          per="year",
          note="'des Windparks' = Skerryvane Wind; 'Zugleich' -> the month of the Statkraft deal; second PPA of the pair, in one sentence with the first"),
        D("skerryvane-glenmorven-ppa", [SKER, GLEN], "supply", 52_000_000, "GBP", "approx", "2024", "signed",
          "Zugleich hat Glenmorven Data, Hauptabnehmer des Windparks, weitere 150 Megawatt gebucht: Für den Zusatzvertrag zahlt der Rechenzentrumsbetreiber jährlich rund 19 Millionen Pfund, zusätzlich zum 2024 geschlossenen 15-Jahres-Vertrag über rund 52 Millionen Pfund pro Jahr.",
          per="year", note="first PPA restated; '2024' -> year"),
        D("aldwark-caerwyn-acquisition", [ALD, CAER], "acquisition", 1_150_000_000, "GBP", "exact", "2026-03", "completed",
          "Im Nachbarland Wales ist derweil die im März vereinbarte Übernahme von Caerwyn Compute durch Aldwark für 1,15 Milliarden Pfund abgeschlossen.",
          note="now completed; date of the March agreement"),
    ],
    "not_deals": ["2,1 Milliarden Pfund", "74 Pfund", "rund 96 Milliarden Kronen", "ab 1.890 Euro",
                  "9,90 Euro monatlich"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, "
          f"{sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
