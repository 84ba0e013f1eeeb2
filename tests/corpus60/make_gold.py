#!/usr/bin/env python3
"""Write gold.json for tests/corpus60 (the hand annotation as a script).

Usage: python3 tests/corpus60/make_gold.py
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the sixtieth, held-out test corpus (tests/corpus60/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json "
    "and shared/gold/seeds.json. Theme: mergers, acquisitions and financings of data-centre operators "
    "and the infrastructure funds behind them (BlackRock/GIP, AIP and Aligned, AirTrunk, CoreWeave and "
    "Core Scientific, KKR/ECP, Vantage, Switch, DataBank, DigitalBridge and SoftBank, CyrusOne, Colt DCS). "
    "One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague, background or amount-less mentions that an extractor may report or "
    "not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a "
    "deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | "
    "approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' "
    "gives the same deal's amount as another article (or the same article) states it in another currency "
    "or at another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or "
    "YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own "
    "date line, dateline, issue line, byline date, or for HTML a meta tag / JSON-LD, or null when the "
    "article has none); seasons and half-years become the year; a cancelled or completed deal keeps the "
    "date of the original agreement; 'term' is the period the deal covers, where the text gives one; "
    "'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the "
    "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Real companies "
    "and real deals are retold with simplified or shifted details, and several 2026 deals are invented "
    "(see README.md); the only invented deal party is Mainauen Energie. Publications, reporters, analysts, "
    "advertisers and quoted people are invented (invented_names.txt). Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("kind_alt", "per", "term", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(*pairs):
    return [{"amount": a, "currency": c} for a, c in pairs]


def N(id, parties, kind, date, status, evidence, required=False, **extra):
    """A mention without an amount (optional by convention)."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=required, **extra)


ARTICLES = {}

# ---------------------------------------------------------------- 001
ARTICLES["001_blackrock_gip_tollgate_en.txt"] = {
    "published": "2024-01-12",
    "published_note": "from the byline time 'January 12, 2024 2:05 PM EST' and the dateline 'NEW YORK, Jan 12'; 'on Friday' -> 2024-01-12",
    "language": "en",
    "deals": [
        D("blackrock-gip-2024", ["BlackRock", "GIP"], "acquisition", 12_500_000_000, "USD", "exact",
          "2024-01-12", "signed",
          "BlackRock will hand over $12.5 billion, partly in shares, for Global Infrastructure Partners, the New York money manager said on Friday, its largest purchase since the 2009 swoop on Barclays' fund arm.",
          alt_amounts=alt((11_400_000_000, "EUR")),
          note="the cash part ($3 billion) in the next sentence is a part of this deal (not_deal); EUR figure from 002"),
        N("blackrock-barclays-bgi-2009", ["BlackRock", "Barclays"], "acquisition", "2009", "completed",
          "BlackRock will hand over $12.5 billion, partly in shares, for Global Infrastructure Partners, the New York money manager said on Friday, its largest purchase since the 2009 swoop on Barclays' fund arm.",
          note="background: the 2009 purchase of Barclays Global Investors, named only as 'Barclays' fund arm', no amount"),
        D("cyrusone-takeprivate-2021", ["KKR", "GIP", "CyrusOne"], "acquisition", 15_000_000_000, "USD", "approx",
          "2021-11", "signed",
          "Together with KKR, the firm agreed in November 2021 to take CyrusOne private for roughly $15 billion including debt, one of the biggest data-centre buyouts on record.",
          note="'the firm' = GIP (previous sentence); past deal with amount and month, so required"),
    ],
    "not_deals": ["$3 billion", "$100 billion", "$4.63 billion", "$10 trillion", "$794.10",
                  "$400 million", "$1.7 trillion"],
}

# ---------------------------------------------------------------- 002
ARTICLES["002_blackrock_gip_kurswerk.txt"] = {
    "published": "2024-01-15",
    "published_note": "from the date line '15.01.2024 | 07:55 Uhr'; 'Am Freitag' -> 2024-01-12",
    "language": "de",
    "deals": [
        D("blackrock-gip-2024", ["BlackRock", "GIP"], "acquisition", 12_500_000_000, "USD", "exact",
          "2024-01-12", "signed",
          "Die New Yorker legen dafür 12,5 Milliarden US-Dollar auf den Tisch, umgerechnet rund 11,4 Milliarden Euro.",
          note="'Die New Yorker' = BlackRock, target and 'Am Freitag' in the previous sentence; the earlier talks (no price) are the same deal; 'drei Milliarden Dollar' in bar is a part (not_deal)"),
    ],
    "not_deals": ["drei Milliarden Dollar", "4,63 Milliarden Dollar", "9,66 Dollar", "96 Milliarden Dollar",
                  "794,10 Dollar", "905 Dollar", "5,00 Dollar", "794,10 USD", "596,18 – 804,20 USD",
                  "ca. 118 Mrd. USD", "75 Euro", "1.000 Euro"],
}

# ---------------------------------------------------------------- 003
ARTICLES["003_corescientific_hashrate_ledger_en.txt"] = {
    "published": "2024-06-04",
    "published_note": "from the issue line 'Issue 58 · Tuesday 4 June 2024'; 'yesterday' / 'on Monday' -> 2024-06-03; 'Last month' -> 2024-05; 'last August' -> 2023-08",
    "language": "en",
    "deals": [
        D("coreweave-corescientific-hosting-2024", ["Core Scientific", "CoreWeave"], "cloud_contract",
          3_500_000_000, "USD", "approx", "2024-06-03", "signed",
          "The 12-year contracts cover about 200 megawatts and are worth roughly $3.5 billion in total, the miner said on Monday, with first capacity due in the first half of 2025.",
          kind_alt=["other", "supply"], term=["2025", "2037"],
          note="colocation/hosting contracts; parties in the previous sentence ('the miner' = Core Scientific); first of three CoreWeave-Core Scientific deals in this corpus besides the 2026 follow-on"),
        D("coreweave-corescientific-offer-2024", ["CoreWeave", "Core Scientific"], "acquisition",
          1_000_000_000, "USD", "approx", "2024-06", "cancelled",
          "In the same release, the Austin company disclosed that CoreWeave had floated buying it outright for $5.75 a share, which works out to around a billion dollars.",
          note="'the Austin company' = Core Scientific; the board turned it down (next sentence); amount in words; per-share price is a not_deal"),
        D("blackstone-coreweave-debt-2024", ["CoreWeave", "Blackstone", "Magnetar"], "other",
          7_500_000_000, "USD", "exact", "2024-05", "signed",
          "Last month it lined up $7.5 billion of debt, with Blackstone and Magnetar as lead lenders, only weeks after Coatue headed a $1.1 billion share sale.",
          kind_alt=["investment"], note="debt facility; 'it' = CoreWeave; different from the $2.3bn loan of 2023 (same parties)"),
        D("coatue-coreweave-2024", ["CoreWeave", "Coatue"], "investment", 1_100_000_000, "USD", "exact",
          "2024", "completed",
          "Last month it lined up $7.5 billion of debt, with Blackstone and Magnetar as lead lenders, only weeks after Coatue headed a $1.1 billion share sale.",
          note="equity round led by Coatue 'only weeks' before the May facility: April or May 2024, so only the year; the $19bn valuation is a not_deal"),
        D("blackstone-coreweave-debt-2023", ["CoreWeave", "Blackstone", "Magnetar"], "other",
          2_300_000_000, "USD", "exact", "2023-08", "completed",
          "Blackstone and Magnetar had also steered its previous borrowing, a $2.3 billion loan backed by chips, last August.",
          kind_alt=["investment"], note="earlier GPU-backed loan; must stay apart from the 2024 facility"),
    ],
    "not_deals": ["$300 million", "$179 million", "$5.75 a share", "$9.69", "$19 billion", "$62,000",
                  "$44/PH/day", "$149", "$12 a month"],
}

# ---------------------------------------------------------------- 004
ARTICLES["004_airtrunk_harbourline_en.html"] = {
    "published": "2024-09-05",
    "published_note": "no visible date; from <meta property=article:published_time> and JSON-LD datePublished 2024-09-05T06:30+10:00; 'on Wednesday' -> 2024-09-04",
    "language": "en",
    "deals": [
        D("airtrunk-blackstone-cpp-2024", ["Blackstone", "CPP Investments", "AirTrunk"], "acquisition",
          24_000_000_000, "AUD", "at_least", "2024-09-04", "signed",
          "Funds managed by Blackstone will team up with CPP Investments, the manager of Canada's national pension plan, to buy AirTrunk in a transaction that values the data-centre group at more than $24 billion including debt, or about US$16 billion.",
          alt_amounts=alt((16_000_000_000, "USD"), (14_500_000_000, "EUR")),
          note="an Australian paper: plain '$' is A$; the deal's enterprise value worded as 'values'; sellers Macquarie Asset Management and PSP Investments in the next paragraph; 'announced on Wednesday' in the next sentence; EUR figure from 005"),
        N("macquarie-psp-airtrunk-2020", ["Macquarie Asset Management", "PSP Investments", "AirTrunk"],
          "acquisition", "2020", "completed",
          "The sellers are Macquarie Asset Management and Canada's PSP Investments, which bought 88 per cent of the business in 2020 when it was worth around $3 billion.",
          note="background purchase without a price; 'around $3 billion' is the valuation then (not_deal)"),
    ],
    "not_deals": ["around $3 billion", "$750 million", "$420 million", "$70 billion", "$100 billion",
                  "$12 million to $15 million per megawatt", "$17.86", "$5,000", "$29 a month"],
}

# ---------------------------------------------------------------- 005
ARTICLES["005_infrastrukturfonds_rendite_blog.txt"] = {
    "published": "2024-10-02",
    "published_note": "from the byline 'veröffentlicht am 2. Oktober 2024'; 'Vor gut zwei Wochen' and 'Anfang September' -> 2024-09; 'Am Dienstag' -> 2024-10-01",
    "language": "de",
    "deals": [
        D("aip-launch-2024", ["BlackRock", "GIP", "Microsoft", "MGX"], "joint_venture", 30_000_000_000, "USD",
          "exact", "2024-09", "announced",
          "Das Bündnis will zunächst 30 Milliarden Dollar Eigenkapital einsammeln und mit Krediten insgesamt bis zu 100 Milliarden Dollar bewegen.",
          kind_alt=["investment", "partnership"], alt_amounts=alt((100_000_000_000, "USD")),
          note="launch of the AI Infrastructure Partnership; partners in the previous sentence; the 'bis zu 100 Milliarden' including debt is an alt amount"),
        D("airtrunk-blackstone-cpp-2024", ["Blackstone", "CPP Investments", "AirTrunk"], "acquisition",
          24_000_000_000, "AUD", "at_least", "2024-09", "signed",
          "Für den australischen Betreiber werden mehr als 24 Milliarden australische Dollar fällig, grob 14,5 Milliarden Euro.",
          note="parties in the previous sentence ('Anfang September einigten sich …')"),
        D("equinix-gic-cpp-jv-2024", ["Equinix", "GIC", "CPP Investments"], "joint_venture",
          15_000_000_000, "USD", "at_least", "2024-10-01", "announced",
          "Der Rechenzentrumskonzern tut sich mit Singapurs Staatsfonds GIC und erneut mit CPP Investments zusammen; das gemeinsame Vehikel soll in den USA für über 15 Milliarden Dollar Hyperscale-Standorte hochziehen.",
          kind_alt=["project", "investment"],
          note="'Der Rechenzentrumskonzern' = Equinix, 'Am Dienstag' in the previous sentence; equity of 'gut sechs Milliarden Dollar' is a part (not_deal)"),
        N("blackrock-gip-2024", ["BlackRock", "GIP"], "acquisition", "2024-01", "completed",
          "Die im Januar vereinbarte Übernahme von GIP durch BlackRock wurde zum 1. Oktober abgeschlossen.",
          note="completion of the January deal, no amount; date of the agreement"),
    ],
    "not_deals": ["gut sechs Milliarden Dollar", "rund 55,7 Milliarden Dollar", "1,8 Billionen Dollar",
                  "835 Dollar", "4 Euro im Monat", "40 Cent je Kilowattstunde"],
}

# ---------------------------------------------------------------- 006
ARTICLES["006_kkr_ecp_kronsberg.txt"] = {
    "published": "2024-10-31",
    "published_note": "from the date line '31.10.2024 – 09:12'; 'am Mittwochabend' -> 2024-10-30; 'im September' -> 2024-09",
    "language": "de",
    "deals": [
        D("kkr-ecp-partnership-2024", ["KKR", "Energy Capital Partners"], "partnership", 50_000_000_000, "USD",
          "exact", "2024-10-30", "announced",
          "Gemeinsam mit Energy Capital Partners (ECP) will die Gesellschaft 50 Milliarden Dollar in Rechenzentrumscampusse und die dafür nötigen Kraftwerke lenken, wie beide Häuser am Mittwochabend mitteilten.",
          kind_alt=["joint_venture", "capex_plan", "investment"], alt_amounts=alt((46_000_000_000, "EUR")),
          note="'die Gesellschaft' = KKR (previous sentence); EUR conversion 'knapp 46 Milliarden Euro' in the next sentence"),
        N("cyrusone-takeprivate-2021", ["KKR", "GIP", "CyrusOne"], "acquisition", None, "completed",
          "Mit GIP gehört den New Yorkern seit 2022 der Betreiber CyrusOne, dazu kommen Beteiligungen in Asien.",
          note="ownership since completion in 2022, no amount; no agreement date given, so null"),
        D("vantage-equity-2024", ["Vantage Data Centers", "DigitalBridge", "Silver Lake"], "investment",
          9_200_000_000, "USD", "exact", "2024-09", "completed",
          "Erst im September hatte Vantage Data Centers von seinen Haupteigentümern DigitalBridge und Silver Lake eine Kapitalspritze von 9,2 Milliarden Dollar erhalten, die größte Eigenkapitalzusage für einen privaten Rechenzentrumsbetreiber bislang."),
    ],
    "not_deals": ["rund 27 Milliarden Dollar", "138,40 Dollar", "601 Milliarden Dollar", "1,29 Dollar je Aktie",
                  "12 bis 15 Milliarden Dollar"],
}

# ---------------------------------------------------------------- 007
ARTICLES["007_capex_colo_dispatch_en.txt"] = {
    "published": "2025-01-28",
    "published_note": "from the issue line 'Vol. 4, No. 3 | Tuesday, 28 January 2025'; 'last Tuesday' -> 2025-01-21; 'Earlier this month' / 'at the start of the month' -> 2025-01; 'on Friday' -> 2025-01-24",
    "language": "en",
    "deals": [
        D("stargate-2025", ["SoftBank", "OpenAI", "Oracle", "MGX"], "joint_venture", 500_000_000_000, "USD",
          "up_to", "2025-01-21", "announced",
          "At the White House last Tuesday, SoftBank, OpenAI, Oracle and MGX unveiled a joint vehicle that is meant to deploy up to $500bn in US AI infrastructure over four years, starting with $100bn \"immediately\".",
          kind_alt=["capex_plan", "investment"], term=["2025", "2029"],
          alt_amounts=alt((100_000_000_000, "USD")),
          note="the first tranche ($100bn) is an alt amount; '$500 billion of promises' in the intro refers to the same deal"),
        D("aligned-macquarie-2025", ["Aligned Data Centers", "Macquarie Asset Management"], "investment",
          12_000_000_000, "USD", "exact", "2025-01", "completed",
          "Earlier this month the Dallas-based developer said it had secured $12 billion of new capital to fund its pipeline of AI-ready campuses.",
          kind_alt=["other"],
          note="'the Dallas-based developer' = Aligned (item heading); equity from its owner Macquarie in the next sentence; the $5bn equity / $7bn debt parts are not_deals; different from Macquarie's sale of Aligned in October 2025"),
        D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80_000_000_000, "USD", "approx", "2025-01",
          "planned",
          "As Brad Smith put it in a blog post at the start of the month, Microsoft expects to pour roughly $80 billion into AI-capable server farms in the fiscal year to June, with most of that money staying in America.",
          term=["2024-07", "2025-06"]),
        D("meta-capex-2025-january", ["Meta"], "capex_plan", 60_000_000_000, "USD", "range", "2025-01-24",
          "planned",
          "Mark Zuckerberg followed on Friday: Meta plans capital expenditures of between $60bn and $65bn in 2025, against roughly $39bn last year.",
          amount_max=65_000_000_000, term=["2025", "2025"],
          note="January guidance; the raised October guidance (013) is kept as a different deal; last year's $39bn is past spending"),
    ],
    "not_deals": ["$589 billion", "about $5bn", "$7bn", "roughly $39bn", "$1,100", "$2.2bn", "€1,190",
                  "$240 a year"],
}

# ---------------------------------------------------------------- 008
ARTICLES["008_colt_kelsterbach_untermain.txt"] = {
    "published": "2025-03-13",
    "published_note": "from the dateline 'Kelsterbach, 13. März 2025.'; 'am Dienstagabend' -> 2025-03-11",
    "language": "de",
    "deals": [
        D("colt-kelsterbach-land-2025", ["Colt DCS", "Stadt Kelsterbach"], "acquisition", 31_000_000, "EUR",
          "approx", "2025-03-11", "signed",
          "Knapp 31 Millionen Euro zahlt die Tochter des britischen Colt-Konzerns dafür an die Stadt, rechnerisch 510 Euro je Quadratmeter.",
          kind_alt=["other"],
          note="amount first; buyer ('Colt Data Centre Services') and the council vote 'am Dienstagabend' in the previous sentence; different from the 2026 purchase of the adjacent plot (019)"),
        D("colt-kelsterbach-capex-2025", ["Colt DCS"], "capex_plan", 600_000_000, "EUR", "range",
          "2025-03-11", "planned",
          "Zwischen 600 und 800 Millionen Euro will Colt DCS dafür in den kommenden fünf Jahren ausgeben, sagte Projektleiter Dominik Farrenkopf bei der Sitzung.",
          amount_max=800_000_000, kind_alt=["project"], term=["2025", "2030"]),
        D("mainauen-colt-ppa-2025", ["Mainauen Energie", "Colt DCS"], "supply", 12_000_000, "EUR", "approx",
          "2025-03", "signed",
          "Der regionale Versorger soll den Campus ab 2027 zu einem Teil aus einem neuen Solarpark bei Raunheim beliefern; das Auftragsvolumen beziffern beide Seiten auf rund zwölf Millionen Euro pro Jahr.",
          per="year", term=["2027", "2037"],
          note="'Der regionale Versorger' = Mainauen Energie and 'Der Betreiber' = Colt DCS (previous sentence, ten-year contract); yearly rate; signing date not given -> month of the article"),
    ],
    "not_deals": ["510 Euro je Quadratmeter", "rund elf Millionen Euro", "bis zu fünf Millionen Euro jährlich",
                  "86 Millionen Euro", "1,4 Millionen Euro", "3 x 50 Euro"],
}

# ---------------------------------------------------------------- 009
ARTICLES["009_coreweave_corescientific_larkspur_en.txt"] = {
    "published": "2025-07-07",
    "published_note": "from 'Updated July 7, 2025, 9:48 AM ET' and the dateline 'July 7'; 'on Monday' -> 2025-07-07; 'In June 2024' -> 2024-06; 'A year ago' -> 2024",
    "language": "en",
    "deals": [
        D("coreweave-corescientific-merger-2025", ["CoreWeave", "Core Scientific"], "acquisition",
          9_000_000_000, "USD", "approx", "2025-07-07", "signed",
          "CoreWeave has agreed to acquire Core Scientific, the ex-crypto miner whose halls hold a growing share of its graphics processors, in an all-share transaction valuing its host at about $9 billion, the two companies said on Monday.",
          alt_amounts=alt((7_700_000_000, "EUR")),
          note="all-stock takeover worded as 'valuing'; EUR figure from 010; voted down on 2025-10-30 (013)"),
        D("coreweave-corescientific-hosting-2024", ["Core Scientific", "CoreWeave"], "cloud_contract",
          3_500_000_000, "USD", "approx", "2024-06", "signed",
          "In June 2024 they signed 12-year hosting contracts worth about $3.5 billion; after several expansions, the agreements now add up to roughly $8.7 billion of promised payments.",
          note="'they' = 'The two sides'; the cumulative $8.7bn is a not_deal"),
        D("coreweave-corescientific-offer-2024", ["CoreWeave", "Core Scientific"], "acquisition",
          1_000_000_000, "USD", "approx", "2024", "cancelled",
          "A year ago CoreWeave floated a takeover at about $1 billion, an approach the miner rebuffed as too low."),
    ],
    "not_deals": ["$20.40 apiece", "roughly $8.7 billion", "$10 billion", "$500 million annually", "$40 a share",
                  "$981.6 million", "$14.80"],
}

# ---------------------------------------------------------------- 010
ARTICLES["010_pennsylvania_kaufmannsbote.txt"] = {
    "published": "2025-07-16",
    "published_note": "from the date line 'Mittwoch, 16. Juli 2025 · Unternehmen & Märkte · Seite 7'; 'am Dienstag' -> 2025-07-15; 'Vergangene Woche' -> 2025-07",
    "language": "de",
    "deals": [
        D("blackstone-pennsylvania-2025", ["Blackstone"], "capex_plan", 25_000_000_000, "USD", "at_least",
          "2025-07-15", "planned",
          "Der weltgrößte Immobilieninvestor will mehr als 25 Milliarden Dollar in Rechenzentren und Energieinfrastruktur im Nordosten des Bundesstaats stecken, darunter ein Campus bei Hazleton.",
          kind_alt=["project", "investment"],
          note="'Der weltgrößte Immobilieninvestor' = Blackstone (previous sentence); summit 'am Dienstag'"),
        D("google-pjm-2025", ["Google"], "capex_plan", 25_000_000_000, "USD", "exact", "2025-07-15", "planned",
          "Der Suchmaschinenkonzern will binnen zwei Jahren 25 Milliarden Dollar in Serverstandorte und KI-Technik in jener Region stecken, die das Stromnetz von PJM versorgt, Pennsylvania eingeschlossen.",
          term=["2025", "2027"], note="'Der Suchmaschinenkonzern' = Google (previous clause)"),
        D("coreweave-lancaster-2025", ["CoreWeave"], "project", 6_000_000_000, "USD", "up_to", "2025-07-15",
          "planned",
          "Die Neocloud CoreWeave kündigte für Lancaster ein Rechenzentrum an, das bis zu sechs Milliarden Dollar kosten soll.",
          kind_alt=["capex_plan"]),
        D("coreweave-corescientific-merger-2025", ["CoreWeave", "Core Scientific"], "acquisition",
          9_000_000_000, "USD", "approx", "2025-07", "signed",
          "Vergangene Woche hatte das Unternehmen vereinbart, seinen wichtigsten Standortvermieter Core Scientific zu schlucken – gezahlt wird in eigenen Aktien, der Wert liegt bei rund neun Milliarden Dollar oder etwa 7,7 Milliarden Euro.",
          note="'das Unternehmen' = CoreWeave (previous sentence)"),
    ],
    "not_deals": ["mehr als 90 Milliarden Dollar", "knapp 270 Dollar je Megawatt und Tag", "rund 20 Dollar mehr im Monat",
                  "1,2 Billionen Dollar", "162,35 Dollar", "1 Euro", "34,90 Euro monatlich"],
}

# ---------------------------------------------------------------- 011
ARTICLES["011_aligned_aip_rackreihe.html"] = {
    "published": "2025-10-16",
    "published_note": "from the visible byline '16.10.2025, 08:40 Uhr' (also <meta name=date> and JSON-LD); 'am Mittwoch' -> 2025-10-15; 'Mitte Januar' -> 2025-01; 'im September 2024' -> 2024-09",
    "language": "de",
    "deals": [
        D("aip-aligned-2025", ["AI Infrastructure Partnership", "Aligned Data Centers"], "acquisition",
          40_000_000_000, "USD", "exact", "2025-10-15", "signed",
          "Für 40 Milliarden Dollar, umgerechnet gut 34 Milliarden Euro, geht Aligned Data Centers an die AI Infrastructure Partnership (AIP), in der sich BlackRock samt Tochter GIP, der Abu Dhabier Staatsinvestor MGX, Microsoft und Nvidia zusammengeschlossen haben.",
          alt_amounts=alt((34_000_000_000, "EUR")),
          note="amount first; 'am Mittwoch' and the seller Macquarie Asset Management in the next sentence; buyer listed as the consortium (its members are named in the same sentence)"),
        D("aligned-macquarie-2025", ["Aligned Data Centers", "Macquarie Asset Management"], "investment",
          12_000_000_000, "USD", "exact", "2025-01", "completed",
          "Erst Mitte Januar hatte Macquarie dem Unternehmen gemeinsam mit Kreditgebern zwölf Milliarden Dollar zugesagt, um den Ausbau zu finanzieren.",
          note="'dem Unternehmen' = Aligned; amount in words; the second Macquarie-Aligned deal in the same article"),
        D("aip-launch-2024", ["BlackRock", "GIP", "Microsoft", "MGX"], "joint_venture", 30_000_000_000, "USD",
          "exact", "2024-09", "announced",
          "Das Bündnis war im September 2024 mit dem Ziel gestartet, 30 Milliarden Dollar Eigenkapital zu mobilisieren.",
          note="'Das Bündnis' = AIP; partners named earlier in the article; '100 Milliarden' with debt in the next sentence"),
    ],
    "not_deals": ["rund 25 Millionen Dollar", "zwischen zehn und 13 Millionen Dollar je Megawatt", "1.181 Dollar",
                  "7,99 Euro im Monat"],
}

# ---------------------------------------------------------------- 012
ARTICLES["012_bloom_brookfield_stranded_en.txt"] = {
    "published": "2025-10-24",
    "published_note": "from the byline 'Posted 24 October 2025'; 'earlier this month' and 'last week' -> 2025-10; 'in August' -> 2025-08; 'a month earlier' -> 2025-07",
    "language": "en",
    "deals": [
        D("brookfield-bloom-2025", ["Brookfield", "Bloom Energy"], "partnership", 5_000_000_000, "USD", "up_to",
          "2025-10", "announced",
          "Brookfield has agreed to put up to $5 billion into rolling out fuel cells made by Bloom Energy across AI campuses, the two companies announced earlier this month.",
          kind_alt=["investment", "supply"]),
        D("aip-aligned-2025", ["AI Infrastructure Partnership", "Aligned Data Centers"], "acquisition",
          40_000_000_000, "USD", "exact", "2025-10", "signed",
          "The BlackRock-led AI Infrastructure Partnership is buying Aligned Data Centers from Macquarie for $40 billion, the biggest data-centre takeover ever.",
          note="'last week's headline' -> 2025-10"),
        D("vantage-frontier-2025", ["Vantage Data Centers"], "project", 25_000_000_000, "USD", "at_least",
          "2025-08", "announced",
          "Vantage in August unveiled Frontier, a 1.4-gigawatt campus in Shackelford County, Texas, that it says will cost more than $25 billion; a month earlier Blackstone had promised at least the same sum for Pennsylvania.",
          kind_alt=["capex_plan"], note="two deals in one sentence with the same amount"),
        D("blackstone-pennsylvania-2025", ["Blackstone"], "capex_plan", 25_000_000_000, "USD", "at_least",
          "2025-07", "planned",
          "Vantage in August unveiled Frontier, a 1.4-gigawatt campus in Shackelford County, Texas, that it says will cost more than $25 billion; a month earlier Blackstone had promised at least the same sum for Pennsylvania.",
          required=False,
          note="amount only by reference ('at least the same sum'), so optional; 'a month earlier' than August -> 2025-07"),
    ],
    "not_deals": ["a billion dollars", "$120", "roughly $29 billion", "$1.6 billion",
                  "$3,000 to $4,000 per kilowatt", "over $1 trillion", "more than $1 trillion in compute commitments",
                  "$10bn-plus", "$8/month", "$18m per MW"],
}

# ---------------------------------------------------------------- 013
ARTICLES["013_corescientific_ticker_kursfahne.txt"] = {
    "published": "2025-10-30",
    "published_note": "from the ticker head 'Donnerstag, 30. Oktober 2025'; 'im Juli' -> 2025-07; 'vom Mittwochabend' -> 2025-10-29",
    "language": "de",
    "deals": [
        D("coreweave-corescientific-merger-2025", ["CoreWeave", "Core Scientific"], "acquisition",
          9_000_000_000, "USD", "approx", "2025-07", "cancelled",
          "Damit ist der im Juli vereinbarte Zusammenschluss im Volumen von zuletzt rund neun Milliarden Dollar geplatzt.",
          note="parties in the previous sentence; voted down by Core Scientific shareholders; date of the July agreement"),
        N("coreweave-corescientific-hosting-2024", ["Core Scientific", "CoreWeave"], "cloud_contract", None, "signed",
          "Die bestehenden Hosting-Verträge zwischen beiden Seiten laufen weiter.",
          note="restated without amount or date"),
        D("meta-capex-2025-october", ["Meta"], "capex_plan", 70_000_000_000, "USD", "range", "2025-10-29",
          "planned",
          "Nachlese zu den Zahlen vom Mittwochabend: Der Facebook-Mutterkonzern Meta hebt seine Investitionsprognose und will 2025 nun zwischen 70 und 72 Milliarden Dollar ausgeben.",
          amount_max=72_000_000_000, term=["2025", "2025"],
          note="raised guidance; kept apart from the January plan of $60-65bn (007)"),
        D("alphabet-capex-2025-october", ["Google"], "capex_plan", 91_000_000_000, "USD", "range", "2025-10-29",
          "planned",
          "Die Alphabet-Führung peilt jetzt 91 bis 93 Milliarden Dollar an Sachinvestitionen an.",
          amount_max=93_000_000_000, term=["2025", "2025"],
          note="guidance reported with Wednesday evening's results (previous sentence); Alphabet = Google in the aliases"),
    ],
    "not_deals": ["21,06 Dollar", "5,9 Milliarden Euro", "34,9 Milliarden Dollar", "15,9 Milliarden Dollar",
                  "fünf Billionen Dollar"],
}

# ---------------------------------------------------------------- 014
ARTICLES["014_softbank_digitalbridge_tickerfield_en.txt"] = {
    "published": "2025-12-05",
    "published_note": "from the byline 'Dec 5, 2025 · 11:20 a.m. ET'; the report 'on Friday' -> 2025-12-05, annotated as 2025-12 so that the rumour agrees with the signing of 2025-12-29; 'last month' -> 2025-11",
    "language": "en",
    "deals": [
        D("softbank-digitalbridge-2025", ["SoftBank", "DigitalBridge"], "acquisition", 4_000_000_000, "USD",
          "approx", "2025-12", "rumored",
          "A takeover would be worth roughly $4 billion with debt counted, said sources quoted in the report; talks could still collapse.",
          alt_amounts=alt((3_400_000_000, "EUR"), (620_000_000_000, "JPY")),
          note="rumour ('reportedly', sources); parties in the previous sentence; signed on 2025-12-29 (015, EUR and JPY figures there)"),
        D("switch-takeprivate-2022", ["DigitalBridge", "IFM Investors", "Switch"], "acquisition",
          11_000_000_000, "USD", "approx", "2022", "completed",
          "DigitalBridge and Australian pension manager IFM took the Las Vegas operator private in 2022 for about $11 billion including debt.",
          note="'the Las Vegas operator' = Switch (previous sentence); the $40bn IPO valuation is a not_deal"),
        N("softbank-openai-pledge", ["SoftBank", "OpenAI"], "investment", None, "announced",
          "The Japanese group has already pledged tens of billions to OpenAI and its Stargate venture, and last month sold its entire Nvidia stake for $5.8 billion to free up cash.",
          note="vague background ('tens of billions')"),
        D("softbank-nvidia-stake-sale-2025", ["SoftBank", "Nvidia"], "other", 5_800_000_000, "USD", "exact",
          "2025-11", "completed",
          "The Japanese group has already pledged tens of billions to OpenAI and its Stargate venture, and last month sold its entire Nvidia stake for $5.8 billion to free up cash.",
          required=False,
          note="sale of a listed stake in the market, not a deal with Nvidia as counterparty; optional either way"),
    ],
    "not_deals": ["$108 billion", "$1.9 billion", "$40 billion", "$15.02", "¥17,150", "$352 million",
                  "$17 price target", "0.5¢"],
}

# ---------------------------------------------------------------- 015
ARTICLES["015_softbank_digitalbridge_firmenwelt.txt"] = {
    "published": "2025-12-30",
    "published_note": "from 'Veröffentlicht: 30.12.2025, 06:15'; 'am Montag' -> 2025-12-29; 'im Herbst' -> 2025",
    "language": "de",
    "deals": [
        D("softbank-digitalbridge-2025", ["SoftBank", "DigitalBridge"], "acquisition", 4_000_000_000, "USD",
          "approx", "2025-12-29", "signed",
          "Der Transaktionswert einschließlich Schulden beläuft sich auf rund vier Milliarden US-Dollar, das entspricht etwa 3,4 Milliarden Euro oder gut 620 Milliarden Yen.",
          note="press-release rewrite; parties and 'am Montag' in the previous sentences; amount in words with EUR and JPY"),
        D("databank-equity-2025", ["DataBank"], "investment", 2_000_000_000, "USD", "approx", "2025", "completed",
          "Zu den Beteiligungen von DigitalBridge zählt der Betreiber DataBank, der im Herbst rund zwei Milliarden Dollar neues Eigenkapital bei Investoren eingesammelt hatte.",
          note="equity raise from unnamed investors; season -> year"),
    ],
    "not_deals": ["16 Dollar je Aktie", "16,00 Dollar je Aktie", "rund 108 Milliarden Dollar",
                  "40 bis 60 Millionen Dollar", "249 Euro netto"],
}

# ---------------------------------------------------------------- 016
ARTICLES["016_digitalbridge_portfolio_loadbank_en.html"] = {
    "published": "2026-02-10",
    "published_note": "from the visible byline 'Feb 10, 2026' (also <meta name=pubdate content=20260210> and JSON-LD); 'on Dec. 29' -> 2025-12-29; 'Last month' -> 2026-01; 'last fall' -> 2025",
    "language": "en",
    "deals": [
        D("softbank-digitalbridge-2025", ["SoftBank", "DigitalBridge"], "acquisition", 4_000_000_000, "USD",
          "approx", "2025-12-29", "signed",
          "SoftBank agreed on Dec. 29 to pay $16 a share in cash for DigitalBridge, roughly $4 billion including debt."),
        D("vantage-equity-2024", ["Vantage Data Centers", "DigitalBridge", "Silver Lake"], "investment",
          9_200_000_000, "USD", "exact", "2024", "completed",
          "In 2024 its two main backers, DigitalBridge and Silver Lake, put $9.2 billion of fresh equity into the company.",
          note="'its' / 'the company' = Vantage Data Centers (previous sentence)"),
        D("mgx-vantage-emea-2026", ["MGX", "Vantage Data Centers"], "investment", 2_100_000_000, "EUR", "approx",
          "2026-01", "signed",
          "Last month Vantage said it had agreed to sell a minority stake in its EMEA business to Abu Dhabi's MGX for about €2.1 billion, or $2.5 billion, to fund campuses in Germany, Italy and the Nordics.",
          kind_alt=["acquisition"], alt_amounts=alt((2_500_000_000, "USD")),
          note="invented deal; second Vantage equity deal, kept apart from the 2024 raise"),
        D("databank-equity-2025", ["DataBank"], "investment", 2_000_000_000, "USD", "approx", "2025", "completed",
          "It raised roughly $2 billion of new equity from investors last fall.",
          note="'It' = DataBank (previous sentence)"),
    ],
    "not_deals": ["$16 a share", "$40 billion or more", "$89 million", "$15.90", "$695", "$395 a year"],
}

# ---------------------------------------------------------------- 017
ARTICLES["017_interview_moosleitner_zinsturm.txt"] = {
    "published": None,
    "published_note": "no date anywhere (only 'Lesezeit: 7 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        D("aip-aligned-2025", ["AI Infrastructure Partnership", "Aligned Data Centers"], "acquisition",
          40_000_000_000, "USD", "exact", None, "signed",
          "Das Konsortium AIP um BlackRock und MGX zahlt für Aligned 40 Milliarden, mehr als der gesamte Sektor vor fünf Jahren in einem Jahr umgesetzt hat.",
          note="currency not stated ('40 Milliarden'); USD from the deal"),
        D("kkr-ecp-partnership-2024", ["KKR", "Energy Capital Partners"], "partnership", 50_000_000_000, "USD",
          "exact", None, "announced",
          "Deshalb haben sich KKR und ECP zusammengetan und wollen 50 Milliarden Dollar in Rechenzentren samt Kraftwerken stecken."),
        D("brookfield-bloom-2025", ["Brookfield", "Bloom Energy"], "partnership", 5_000_000_000, "USD", "up_to",
          None, "announced",
          "Und deshalb gibt Brookfield bis zu fünf Milliarden Dollar für Brennstoffzellen von Bloom aus."),
        D("airtrunk-blackstone-cpp-2024", ["Blackstone", "CPP Investments", "AirTrunk"], "acquisition",
          24_000_000_000, "AUD", "at_least", None, "completed",
          "Für AirTrunk haben Blackstone und CPP mehr als 24 Milliarden australische Dollar bezahlt, das war das 30-Fache des erwarteten Ergebnisses.",
          note="'CPP' = CPP Investments; the question 'Blackstone kauft AirTrunk' names the same deal"),
    ],
    "not_deals": ["zwischen neun und zwölf Millionen Euro", "zwei Milliarden Euro", "140.000 Euro",
                  "dreistellige Milliardenbeträge", "2.500 Euro"],
}

# ---------------------------------------------------------------- 018
ARTICLES["018_airtrunk_loan_quayside_en.txt"] = {
    "published": "2026-03-04",
    "published_note": "from the date line 'Wednesday 4 March 2026' and the dateline 'SYDNEY, 4 March'; 'on Tuesday' -> 2026-03-03; 'On Monday' -> 2026-03-02; 'three months earlier' than December 2024 -> 2024-09",
    "language": "en",
    "deals": [
        D("airtrunk-loan-2026", ["AirTrunk"], "other", 16_000_000_000, "AUD", "exact", "2026-03-03", "signed",
          "AirTrunk has signed a A$16 billion debt package with a syndicate of more than 30 local and international lenders, the largest corporate loan ever arranged in Australia, the data-centre operator said on Tuesday.",
          kind_alt=["investment"], note="syndicated loan, lenders not named; the A$30bn order book is a not_deal"),
        D("airtrunk-tokyo-2026", ["AirTrunk"], "capex_plan", 500_000_000_000, "JPY", "approx", "2026-03",
          "planned",
          "AirTrunk also confirmed it will spend roughly ¥500 billion, or about A$5 billion, on a second Tokyo campus to be completed in stages by 2030.",
          kind_alt=["project"], alt_amounts=alt((5_000_000_000, "AUD")), term=[None, "2030"]),
        D("airtrunk-blackstone-cpp-2024", ["Blackstone", "CPP Investments", "AirTrunk"], "acquisition",
          24_000_000_000, "AUD", "at_least", "2024-09", "completed",
          "The pair agreed to pay more than A$24 billion, including debt, for AirTrunk three months earlier.",
          note="'The pair' = Blackstone and CPP Investments, closing in December 2024 (previous sentence); 'three months earlier' -> 2024-09"),
        D("blackstone-airtrunk-stake-2026", ["Blackstone", "AirTrunk"], "acquisition", 6_000_000_000, "AUD",
          "approx", "2026-03-02", "rumored",
          "On Monday, a Singapore newspaper reported that Blackstone was sounding out sovereign wealth funds about selling a 20 per cent stake in AirTrunk for around A$6 billion.",
          required=False, kind_alt=["investment", "other"],
          note="denied by Blackstone in the next sentence, so optional; a different Blackstone-AirTrunk deal from the 2024 takeover"),
    ],
    "not_deals": ["A$30 billion", "C$714 billion", "A$1.3 billion", "A$250 million", "A$14.62", "A$4.50",
                  "A$5 a week"],
}

# ---------------------------------------------------------------- 019
ARTICLES["019_schaltschrank_post_newsletter.txt"] = {
    "published": "2026-09-10",
    "published_note": "from the issue line 'Ausgabe 37/2026 · Donnerstag, 10. September 2026'; 'am Montag' -> 2026-09-07; 'Ende August' -> 2026-08; 'Ende 2021' -> 2021",
    "language": "de",
    "deals": [
        D("stonepeak-colt-2026", ["Stonepeak", "Colt DCS"], "investment", 1_500_000_000, "GBP", "approx",
          "2026-09", "rumored",
          "Für ein Paket von rund einem Viertel stünden etwa 1,5 Milliarden Pfund im Raum, umgerechnet knapp 1,8 Milliarden Euro.",
          kind_alt=["acquisition"], alt_amounts=alt((1_800_000_000, "EUR")),
          note="invented rumour ('Insidern zufolge verhandelt …', previous sentence with the parties)"),
        D("colt-kelsterbach-capex-2025", ["Colt DCS"], "capex_plan", 600_000_000, "EUR", "range", "2025-03",
          "planned",
          "In Kelsterbach, wo der Betreiber im März 2025 zwischen 600 und 800 Millionen Euro für drei Gebäude angekündigt hatte, ist das erste inzwischen am Netz.",
          amount_max=800_000_000, note="'der Betreiber' = Colt DCS"),
        D("colt-kelsterbach-land-2026", ["Colt DCS", "Stadt Kelsterbach"], "acquisition", 4_200_000, "EUR",
          "exact", "2026-08", "completed",
          "Ende August kaufte Colt DCS der Stadt für 4,2 Millionen Euro noch eine angrenzende Fläche von knapp 8.000 Quadratmetern ab.",
          kind_alt=["other"], note="'der Stadt' = Kelsterbach (previous sentence); second land deal of the pair, apart from the €31m plot of 2025"),
        D("aip-aligned-2025", ["AI Infrastructure Partnership", "Aligned Data Centers"], "acquisition",
          40_000_000_000, "USD", "exact", "2025-10", "completed",
          "Die 40-Milliarden-Dollar-Übernahme war im Oktober 2025 vereinbart worden, die Kartellbehörden in den USA und Brasilien hatten keine Einwände.",
          note="compound amount; buyer 'AIP' and target in the previous sentence; closing 'Seit Juli' (2026) is invented; date of the agreement"),
        D("cyrusone-credit-2026", ["CyrusOne"], "other", 2_500_000_000, "EUR", "exact", "2026-09-07", "signed",
          "CyrusOne hat am Montag eine revolvierende Kreditlinie über 2,5 Milliarden Euro für seine europäischen Standorte unterzeichnet, darunter Frankfurt und Berlin.",
          kind_alt=["investment"], note="invented credit facility, lenders not named"),
        D("cyrusone-takeprivate-2021", ["KKR", "GIP", "CyrusOne"], "acquisition", 15_000_000_000, "USD", "approx",
          "2021", "completed",
          "KKR und GIP hatten den Betreiber Ende 2021 für rund 15 Milliarden Dollar übernommen.",
          note="'den Betreiber' = CyrusOne"),
    ],
    "not_deals": ["190 Euro", "86 Euro", "3,3 Milliarden Euro", "89 Euro", "95.000 Euro"],
}

# ---------------------------------------------------------------- 020
ARTICLES["020_softbank_close_cobaltstreet_en.txt"] = {
    "published": "2026-11-19",
    "published_note": "from the date line 'Thursday, November 19, 2026 — 07:30 GMT' (dateline 'Nov 18'); 'on Wednesday' -> 2026-11-18; 'nearly eleven months after' -> agreement 2025-12; 'a little more than a year ago' -> 2025",
    "language": "en",
    "deals": [
        D("softbank-digitalbridge-2025", ["SoftBank", "DigitalBridge"], "acquisition", 4_000_000_000, "USD",
          "approx", "2025-12", "completed",
          "The roughly $4 billion deal closed on Wednesday after the last regulatory approval arrived from the Committee on Foreign Investment in the United States, the companies said.",
          note="closing (invented date); parties in the previous sentence; date of the agreement, 'nearly eleven months' earlier"),
        D("coreweave-corescientific-hosting-2026", ["Core Scientific", "CoreWeave"], "cloud_contract",
          2_100_000_000, "USD", "approx", "2026-11", "signed",
          "Separately, Core Scientific said it had signed a further 12-year hosting agreement with CoreWeave covering about 150 megawatts at its Texas and North Carolina sites, worth roughly $2.1 billion over its life.",
          kind_alt=["other", "supply"],
          note="invented follow-on contract; kept apart from the 2024 contracts and the failed 2025 takeover"),
        N("coreweave-corescientific-merger-2025", ["CoreWeave", "Core Scientific"], "acquisition", "2025",
          "cancelled",
          "It is the first new business between the two since Core Scientific's owners rejected the share-swap takeover by CoreWeave a little more than a year ago.",
          note="restated without amount"),
        D("kkr-ecp-texas-campus-2026", ["KKR", "Energy Capital Partners"], "project", 6_000_000_000, "USD",
          "range", "2026-11", "announced",
          "KKR and Energy Capital Partners, meanwhile, named the first campus to come out of their partnership: a 1.2-gigawatt site next to a gas-fired plant in the Texas Panhandle that will cost between $6 billion and $7 billion to build.",
          amount_max=7_000_000_000, kind_alt=["capex_plan"],
          note="invented project cost; a different KKR-ECP deal from the 2024 partnership"),
        D("kkr-ecp-partnership-2024", ["KKR", "Energy Capital Partners"], "partnership", 50_000_000_000, "USD",
          "exact", "2024", "announced",
          "The two firms had agreed in 2024 to steer $50 billion into such projects.",
          note="'The two firms' = KKR and Energy Capital Partners"),
    ],
    "not_deals": ["$16 a share", "about $115 billion", "$108 billion", "close to $11 billion", "$1.4 million",
                  "¥1.1 trillion", "$19.12", "$2,500 a year"],
}

ALIASES = {
    "BlackRock": ["BlackRock"],
    "GIP": ["GIP", "Global Infrastructure Partners"],
    "Barclays": ["Barclays"],
    "KKR": ["KKR"],
    "CyrusOne": ["CyrusOne"],
    "Core Scientific": ["Core Scientific"],
    "CoreWeave": ["CoreWeave"],
    "Blackstone": ["Blackstone"],
    "Magnetar": ["Magnetar"],
    "Coatue": ["Coatue"],
    "AirTrunk": ["AirTrunk"],
    "CPP Investments": ["CPP Investments", "CPP"],
    "Macquarie Asset Management": ["Macquarie Asset Management", "Macquarie"],
    "PSP Investments": ["PSP Investments"],
    "Microsoft": ["Microsoft"],
    "MGX": ["MGX"],
    "Equinix": ["Equinix"],
    "GIC": ["GIC"],
    "Energy Capital Partners": ["Energy Capital Partners", "ECP"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "DigitalBridge": ["DigitalBridge", "DigitalBridge Group", "DigitalBridge Group, Inc."],
    "Silver Lake": ["Silver Lake"],
    "SoftBank": ["SoftBank", "SoftBank Group", "SoftBank Group Corp."],
    "OpenAI": ["OpenAI"],
    "Oracle": ["Oracle"],
    "Aligned Data Centers": ["Aligned Data Centers", "Aligned"],
    "Meta": ["Meta"],
    "Google": ["Google", "Alphabet"],
    "Colt DCS": ["Colt DCS", "Colt Data Centre Services"],
    "Stadt Kelsterbach": ["Kelsterbach"],
    "Mainauen Energie": ["Mainauen Energie"],
    "AI Infrastructure Partnership": ["AI Infrastructure Partnership", "AIP"],
    "Brookfield": ["Brookfield"],
    "Bloom Energy": ["Bloom Energy", "Bloom"],
    "IFM Investors": ["IFM"],
    "Switch": ["Switch"],
    "Nvidia": ["Nvidia"],
    "DataBank": ["DataBank"],
    "Stonepeak": ["Stonepeak"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(ARTICLES)} articles, "
          f"{sum(len(a['deals']) for a in ARTICLES.values())} deal mentions)")


if __name__ == "__main__":
    main()
