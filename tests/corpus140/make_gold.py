#!/usr/bin/env python3
"""Write gold.json for tests/corpus140 (the hand annotation as a script).

Edit the annotation here, then run: python3 tests/corpus140/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 140th, held-out test corpus (tests/corpus140/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: banks, payment companies, stock exchanges and asset managers buying AI and "
    "compute (GPU clusters in bank data centres, cloud and model contracts, AI start-up acquisitions, "
    "trading-venue technology, GPU-backed loans). One entry per article; a deal that several articles report "
    "carries the same id in each. 'required': false marks vague or background mentions that an extractor may "
    "report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as "
    "a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | "
    "up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same "
    "deal's amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against "
    "the article's publication date ('published', from the article's own date line, dateline plus copyright "
    "line, <meta>/<time>, issue line, portal stamp or ticker header, or null when the article has none); "
    "quarters, half-years and seasons become the year; a cancelled or denied deal keeps the date of the original "
    "agreement, offer or report; 'term' is the period the deal covers, where the text gives one; 'kind_alt' "
    "lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Glaskuppel "
    "Compute, Lesumtal Bank, Quorvane, Sakuragawa Trust Bank, Pennycress Payments, Kraaiveld, Jade Harbour Bank, "
    "Lantau Rack Systems, Saltcote Exchange, Bank Schrattenfluh, Urnerboden Compute, Sprachfalke, Zahlwerk, "
    "Fellbrook Asset Management, Harlow Peak, Polderwatt Compute, Tanjong Pay, Kelong Labs, Kallang Growth "
    "Partners, Lotsenwort, Domblick Ventures; invented publications, research houses, advertisers and people are "
    "listed in invented_names.txt; the deals of real companies are invented or loosely based on public reports "
    "with shifted amounts and dates. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
      amount_max=None, per=None, alt=None, kind_alt=None, term=None, note=None):
    d = {
        "id": id,
        "parties": parties,
        "kind": kind,
        "amount": amount,
        "amount_max": amount_max,
        "currency": currency,
        "qualifier": qualifier,
        "date": date,
        "status": status,
        "required": required,
    }
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


def N(id, parties, kind, date, status, evidence, **kw):
    """A mention without an amount."""
    return D(id, parties, kind, None, None, None, date, status, evidence, **kw)


GK = "Glaskuppel Compute"
DB = "Deutsche Bank"
DBO = "Deutsche Börse"
AGI = "Allianz Global Investors"
CB = "Commerzbank"
FB = "Fellbrook Asset Management"

# shared ids
A3 = "deutschebank-glaskuppel-gpu"        # 005 006 009 010 011 016 017
A4 = "allianzgi-glaskuppel-loan-2025"     # 009 (negotiating) 011 (signed) 017
B2 = "commerzbank-sprachfalke-acquisition"  # 008 (rumoured) 010 (signed) 014 020
C2 = "deutscheboerse-ledgerwick-acquisition"  # 012 (GBP) 013 (EUR)
D1 = "jpmorgan-dell-servers"              # 007 (USD) 008 (EUR) 014 015
E2 = "hsbc-mistral"                       # 014 (USD) 015 (EUR)

ARTICLES = {}

ARTICLES["001_lesumtal_glaskuppel_hemelinger.txt"] = {
    "published": "2024-03-12",
    "published_note": "from the date line 'Bremen-Hemelingen · Dienstag, 12. März 2024'; 'am Montagabend' -> 2024-03-11",
    "language": "de",
    "deals": [
        D("lesumtal-glaskuppel-building", ["Glaskuppel Compute", "Lesumtal Bank"], "acquisition", 14000000, "EUR",
          "exact", "2024-03-11", "signed",
          "Für 14 Millionen Euro übernimmt die Glaskuppel Compute GmbH das frühere Rechenzentrum der Lesumtal Bank.",
          kind_alt=["other"],
          note="purchase of the bank's old data-centre building; board approval 'am Montagabend' and signing "
               "'unmittelbar danach' in the next sentence; repeated as '14.000.000 Euro' in the fact line"),
        D("lesumtal-glaskuppel-gpu-rent", ["Lesumtal Bank", "Glaskuppel Compute"], "cloud_contract", 2500000, "EUR",
          "approx", "2024-03", "signed",
          "Die Bank mietet in dem umgebauten Haus ab Juli Rechenleistung für ihre eigenen KI-Anwendungen zurück – "
          "vierteljährlich rund 2,5 Millionen Euro, fest vereinbart bis Ende 2028.",
          per="quarter", term=["2024-07", "2028"],
          note="'Die Bank' = Lesumtal Bank, 'dem umgebauten Haus' = the building Glaskuppel bought (previous "
               "sentences); quarterly rate; agreed with the sale, no own day -> month; different deal from the "
               "building sale between the same companies"),
    ],
    "not_deals": ["41,7 Millionen Euro", "52.000 Euro", "800.000 Euro", "310.000 Euro", "95 Euro pro Quadratmeter",
                  "189 Euro im Monat"],
}

ARTICLES["002_quorvane_ledgerstack_april24_en.txt"] = {
    "published": "2024-04-11",
    "published_note": "from the issue line 'Issue 44 · Thursday, 11 April 2024'; 'last month' -> 2024-03; 'on Wednesday' -> 2024-04-10",
    "language": "en",
    "deals": [
        D("hsbc-quorvane-seriesb", ["HSBC", "Quorvane"], "investment", 140000000, "USD", "exact", "2024-03",
          "completed",
          "The Paris lab Quorvane, which trains language models on prospectuses, loan agreements and regulatory "
          "filings rather than on the open web, raised $140 million in a Series B last month.",
          note="lead investor in the next sentence ('Leading the round was HSBC, through its venture unit'); "
               "valuation $900m is not a deal; different from the denied takeover report of 015"),
        D("sakuragawa-quorvane-licence", ["Sakuragawa Trust Bank", "Quorvane"], "other", 2200000000, "JPY", "exact",
          "2024-04-10", "signed",
          "Sakuragawa Trust Bank, a mid-sized Japanese custody and fund-administration bank, will pay Quorvane "
          "¥2.2 billion (about $14.5 million) over three years to run the French models on Japanese fund "
          "documents, both sides announced on Wednesday.",
          alt=[(14500000, "USD")], kind_alt=["cloud_contract", "partnership"],
          note="three-year model licence with private deployment; JPY with USD conversion"),
        D("pennycress-google-cloud", ["Pennycress Payments", "Google"], "cloud_contract", 36000000, "USD", "exact",
          "2024-04", "signed",
          "Pennycress Payments, the Leeds-based acquirer for small merchants, has committed $36 million over "
          "four years to Google Cloud, according to a note to its investors that we have seen.",
          note="no signing date given -> month of the issue; figure from an investor note, move confirmed"),
    ],
    "not_deals": ["$900 million", "$11 million", "$4.1bn", "£240,000", "$2.30", "£495", "£8 a month"],
}

ARTICLES["003_adyen_kraaiveld_tickerfold_en.txt"] = {
    "published": "2024-07-24",
    "published_note": "from the portal stamp '24.07.2024 08:15 CET'; 'on Tuesday' -> 2024-07-23",
    "language": "en",
    "deals": [
        D("adyen-kraaiveld-acquisition", ["Adyen", "Kraaiveld"], "acquisition", 120000000, "EUR", "exact",
          "2024-07-23", "signed",
          "The Amsterdam payments group has agreed to acquire Kraaiveld, a 60-person company in the same city "
          "whose machine-learning models score card transactions for fraud, for €120 million in cash, it said "
          "on Tuesday alongside its half-year figures.",
          note="'The Amsterdam payments group' = Adyen (previous sentence); repeated as 'EUR 120,000,000' in the "
               "quoted notice; closing pending approval"),
        D("adyen-kraaiveld-licence", ["Adyen", "Kraaiveld"], "other", 5000000, "EUR", "approx", "2022", "signed",
          "The payments company has licensed the start-up's risk models since 2022, paying roughly €5 million a "
          "year under a contract that will lapse once the takeover closes.",
          per="year", kind_alt=["cloud_contract", "supply"],
          note="'The payments company' = Adyen, 'the start-up' = Kraaiveld; yearly licence fee since 2022; "
               "different deal from the acquisition between the same companies"),
    ],
    "not_deals": ["€914 million", "€620 billion", "€9 million", "€1,650", "€1,480", "€1,482.60", "€46.1bn",
                  "€1,590", "€1.50 per order"],
}

ARTICLES["004_jadeharbour_gpu_harbourline_en.html"] = {
    "published": "2024-10-15",
    "published_note": "from <meta property='article:published_time'>, JSON-LD and <time datetime='2024-10-15T07:20:00+08:00'>; 'on Monday' -> 2024-10-14",
    "language": "en",
    "deals": [
        D("jadeharbour-gpu-capex", ["Jade Harbour Bank"], "capex_plan", 1200000000, "HKD", "exact", "2024-10-14",
          "announced",
          "Jade Harbour Bank, the Hong Kong lender best known for its small-business and trade-finance book, "
          "will spend HK$1.2 billion over three years building a cluster of graphics processors in its Kwun Tong "
          "data centre, the bank said on Monday.",
          kind_alt=["project"], note="three-year spending plan; only the spender is a party"),
        D("lantau-jadeharbour-servers", ["Lantau Rack Systems", "Jade Harbour Bank"], "supply", 480000000, "HKD",
          "exact", "2024-10", "signed",
          "The bank has signed a HK$480 million order with Lantau Rack Systems, an integrator based in Tsuen Wan, "
          "for 512 servers built around Nvidia H200 chips together with the liquid cooling and power equipment to "
          "run them.",
          note="'The bank' = Jade Harbour Bank; part of the HK$1.2bn plan but a separate signed order; signing "
               "day not given -> month"),
        D("jadeharbour-quorvane-licence", ["Jade Harbour Bank", "Quorvane"], "other", 1800000, "USD", "exact",
          "2024-09", "signed",
          "In September it agreed to license language models from Quorvane, a Paris start-up that specialises in "
          "financial documents, for US$1.8 million a year.",
          per="year", kind_alt=["cloud_contract", "partnership"], note="'it' = Jade Harbour (previous sentence)"),
    ],
    "not_deals": ["HK$2.9 billion", "HK$18.42", "HK$3 billion", "HK$38 per square foot per month", "HK$500,000"],
}

ARTICLES["005_glaskuppel_deutschebank_mainuferbote.txt"] = {
    "published": "2025-03-19",
    "published_note": "from the dateline without year 'Offenbach, 19. März (mub)' and the copyright line "
                      "'© 2025 Mainufer-Bote'; 'am Dienstag' -> 2025-03-18",
    "language": "de",
    "deals": [
        D(A3, [DB, GK], "cloud_contract", 1100000000, "EUR", "approx", "2025-03-18", "signed",
          "Das Volumen des Vertrags beläuft sich auf rund 1,1 Milliarden Euro, teilten die Partner am Dienstag mit.",
          alt=[(1200000000, "USD")], kind_alt=["supply"], term=["2025-07", "2031-06"],
          note="parties in the previous sentences (Deutsche Bank rents GPU capacity from Glaskuppel in its own "
               "Eschborn data centre); six years from July to June 2031; headline compound "
               "'1,1-Milliarden-Euro-Auftrag'; 006 gives $1.2bn (alt_amounts); restated in 009, 010, 011, 016, 017"),
        D("glaskuppel-capex-2026", [GK], "capex_plan", 240000000, "EUR", "approx", "2025-03", "planned",
          "Um ihn zu stemmen, stockt das Unternehmen seine Investitionen deutlich auf: Bis Ende 2026 sollen rund "
          "240 Millionen Euro in Server, Kühltechnik und einen zweiten Standort in Offenbach-Kaiserlei fließen.",
          term=[None, "2026"], kind_alt=["project"],
          note="'das Unternehmen' = Glaskuppel, 'ihn' = the Deutsche Bank contract; spending plan until end of 2026"),
        N("deutschebank-nvidia-partnership", [DB, "Nvidia"], "partnership", None, "announced",
          "Die Deutsche Bank, die jährlich einen Milliardenbetrag für ihre IT ausgibt, hatte bereits vor gut zwei "
          "Jahren eine Innovationspartnerschaft mit Nvidia angekündigt.",
          required=False,
          note="amount-less background; 'vor gut zwei Jahren' gives no clear year (late 2022 or early 2023) -> null"),
    ],
    "not_deals": ["63 Millionen Euro", "700 Millionen Euro", "95 Millionen Euro", "17 Cent je Kilowattstunde",
                  "58.000 Euro", "35 Euro", "63 Mio. Euro"],
}

ARTICLES["006_compute_roundup_rackledger_week15_en.txt"] = {
    "published": "2025-04-11",
    "published_note": "from the header 'Week 15 | Friday, 11 April 2025'; 'on Wednesday' -> 2025-04-09; 'earlier this month' -> 2025-04",
    "language": "en",
    "deals": [
        D(A3, [DB, GK], "cloud_contract", 1200000000, "USD", "approx", "2025-03", "signed",
          "The six-year agreement, signed in March, under which Glaskuppel puts roughly 4,000 Nvidia GPUs into "
          "Deutsche Bank's Eschborn facility and runs them, is worth roughly $1.2 billion at current exchange "
          "rates.",
          note="same contract as 005 (EUR 1.1bn, day) told in USD with the month only"),
        D("saltcote-aws-cloud", ["Saltcote Exchange", "Amazon"], "cloud_contract", 85000000, "GBP", "exact",
          "2025-04-09", "signed",
          "The London venue for European mid-cap shares will move its matching engine and market-data "
          "distribution onto Amazon Web Services under a five-year contract worth £85 million, the company said "
          "on Wednesday.",
          note="'The London venue' = Saltcote Exchange (item header 'Saltcote Exchange / AWS')"),
        D("schrattenfluh-urnerboden-cluster", ["Bank Schrattenfluh", "Urnerboden Compute"], "cloud_contract",
          45000000, "CHF", "exact", "2025-04", "signed",
          "The Zurich private bank has agreed to pay CHF 45 million over four years to Urnerboden Compute, which "
          "runs a GPU hall in a former army bunker in canton Uri, for a dedicated cluster that stays under Swiss "
          "jurisdiction.",
          note="'The Zurich private bank' = Bank Schrattenfluh (item header); 'signed earlier this month' -> 2025-04"),
    ],
    "not_deals": ["£1.9 billion", "£41 million", "CHF 38 billion", "$35.6bn", "$2.10", "€14bn", "CHF 1,450",
                  "£1,950", "$15 per month"],
}

ARTICLES["007_jpmorgan_dell_grantwire_en.txt"] = {
    "published": "2025-05-21",
    "published_note": "from the wire stamp 'May 21, 2025 · 07:05 ET' (dateline 'NEW YORK, May 20'); 'on Tuesday' -> 2025-05-20",
    "language": "en",
    "deals": [
        D(D1, ["JPMorgan", "Dell"], "supply", 1400000000, "USD", "approx", "2025-05-20", "signed",
          "JPMorgan Chase has agreed to buy about $1.4 billion of Dell servers built around Nvidia's Blackwell "
          "chips and will install them in its own data centres in Ohio and Texas, the bank confirmed on Tuesday.",
          alt=[(1250000000, "EUR")],
          note="server purchase for the bank's own data centres; 008 gives about €1.25bn (alt_amounts); Nvidia "
               "makes the chips but is not a party"),
        D("jpmorgan-dell-storage-2024", ["JPMorgan", "Dell"], "supply", 220000000, "USD", "approx", "2024",
          "completed",
          "Last year JPMorgan bought roughly $220 million of Dell storage and networking equipment for the same "
          "platform, according to the bank's supplier disclosures.",
          note="earlier, different deal between the same companies; 'Last year' -> 2024"),
    ],
    "not_deals": ["$18 billion", "$1.5 billion to $2 billion", "$112.40", "$14.4 billion", "$262.15",
                  "$3.5 million", "$14.6 billion"],
}

ARTICLES["008_boersentag_liveticker_kursgelaeut.txt"] = {
    "published": "2025-05-21",
    "published_note": "from the ticker header 'Der Börsentag im Ticker – Mittwoch, 21. Mai 2025' (entries by time); 'am Dienstag' -> 2025-05-20",
    "language": "de",
    "deals": [
        D(D1, ["JPMorgan", "Dell"], "supply", 1250000000, "EUR", "approx", "2025-05-20", "signed",
          "Rund 1,25 Milliarden Euro (etwa 1,4 Mrd. Dollar) lässt sich die Bank die Bestellung kosten, bestätigt "
          "wurde sie am Dienstag.",
          alt=[(1400000000, "USD")],
          note="parties in the previous sentence ('Die größte US-Bank kauft bei Dell Server', entry 'JPMorgan'); "
               "same order as 007"),
        D(B2, [CB, "Sprachfalke"], "acquisition", 150000000, "EUR", "approx", "2025", "rumored",
          "Im Gespräch sei ein Kaufpreis von rund 150 Millionen Euro.",
          alt=[(165000000, "EUR")],
          note="takeover talks reported by 'Finanzkreise' (previous sentence names Commerzbank and Sprachfalke); "
               "the bank did not comment; 010 reports the signing at €165m on 2025-07-09 (alt_amounts); year only "
               "so that the shared id's dates agree"),
        D("deutscheboerse-saltcote-denied", [DBO, "Saltcote Exchange"], "acquisition", 400000000, "GBP", "approx",
          "2025-05", "cancelled",
          "Der Konzern hat einen Bericht zurückgewiesen, er bereite ein Gebot von etwa 400 Millionen Pfund für "
          "die Londoner Handelsplattform Saltcote Exchange vor.",
          required=False,
          note="denied rumour ('Da wird nicht verhandelt'); 'Der Konzern' = Deutsche Börse (entry header)"),
    ],
    "not_deals": ["555 Milliarden Euro", "359,20 Euro", "49 Euro", "1.512 Euro", "1.700 Euro",
                  "40 Millionen Pfund", "283,40 Euro", "27,40 Euro", "1,50 Euro"],
}

ARTICLES["009_allianzgi_glaskuppel_rechenbrief.txt"] = {
    "published": "2025-06-12",
    "published_note": "from the issue line 'Ausgabe 24/2025 · Donnerstag, 12.06.2025'; 'im März' -> 2025-03",
    "language": "de",
    "deals": [
        D(A4, [AGI, GK], "other", 400000000, "EUR", "up_to", "2025", "negotiating",
          "Die Private-Debt-Sparte von Allianz Global Investors spricht nach Informationen des Rechenbriefs mit "
          "dem Offenbacher GPU-Betreiber Glaskuppel Compute über einen Kredit von bis zu 400 Millionen Euro.",
          alt=[(350000000, "EUR")], kind_alt=["investment"],
          note="GPU-backed loan under negotiation; 011 reports the signing at €350m on 2025-09-23 (alt_amounts); "
               "year only so that the shared id's dates agree"),
        D(A3, [DB, GK], "cloud_contract", 1100000000, "EUR", "exact", "2025-03", "signed",
          "Als Sicherheit sollen die Grafikprozessoren selbst dienen – also genau jene Chips, die Glaskuppel im "
          "Rahmen des im März geschlossenen 1,1-Milliarden-Euro-Vertrags im Rechenzentrum der Deutschen Bank in "
          "Eschborn aufstellt.",
          note="restatement of 005 as a compound ('1,1-Milliarden-Euro-Vertrag'), 'der Deutschen Bank'"),
        D("fellbrook-zahlwerk-round", [FB, "Zahlwerk"], "investment", 45000000, "EUR", "exact", "2025-06",
          "completed",
          "Zahlwerk: Der Berliner Zahlungsdienstleister hat 45 Millionen Euro frisches Kapital eingesammelt.",
          note="lead investor in the next sentence ('Die Runde führte … Fellbrook Asset Management an'); no day "
               "given -> month of the issue"),
        D("zahlwerk-glaskuppel-2025", ["Zahlwerk", GK], "cloud_contract", 8000000, "EUR", "approx", "2025-06",
          "signed",
          "Einen Teil des Geldes gibt Zahlwerk gleich wieder aus: Knapp 8 Millionen Euro über drei Jahre fließen "
          "an Glaskuppel, wo das Unternehmen künftig seine Betrugserkennung rechnen lässt.",
          note="'Knapp' -> approx; three-year total; different from the €9m-a-year contract of the same pair in 020"),
    ],
    "not_deals": ["30.000 Dollar", "25 Milliarden Euro", "290 Euro", "390 Euro", "95 Euro"],
}

ARTICLES["010_commerzbank_sprachfalke_finanzblatt.txt"] = {
    "published": "2025-07-10",
    "published_note": "from the line 'Donnerstag, 10. Juli 2025 · Finanzen · Seite 17'; 'am Mittwoch' -> 2025-07-09",
    "language": "de",
    "deals": [
        D(B2, [CB, "Sprachfalke"], "acquisition", 165000000, "EUR", "exact", "2025-07-09", "signed",
          "Der Kaufpreis beträgt 165 Millionen Euro, wie die Bank am Mittwoch mitteilte.",
          note="parties in the previous sentences; the rumour of 008 signed; the May figure 'rund 150 Millionen "
               "Euro' in the next sentence is the same deal's earlier figure, not a separate deal; closing "
               "pending the cartel office"),
        D("commerzbank-sprachfalke-licence", [CB, "Sprachfalke"], "other", 3500000, "EUR", "exact", "2024-05",
          "signed",
          "Seit Mai 2024 setzt die Bank die Software von Sprachfalke in ihrer Firmenkundensparte ein und zahlt "
          "dafür jährlich 3,5 Millionen Euro.",
          per="year", kind_alt=["cloud_contract"],
          note="licence fee since May 2024, replaced by the takeover; different deal between the same companies"),
        N(A3, [DB, GK], "cloud_contract", "2025", "signed",
          "Die Deutsche Bank hatte im Frühjahr Rechenkapazität für sechs Jahre beim Offenbacher GPU-Betreiber "
          "Glaskuppel gebucht, die Sparkassen-Finanzgruppe verhandelt nach Medienberichten über eine eigene "
          "Plattform.",
          required=False, note="amount-less background restatement; 'im Frühjahr' -> year"),
    ],
    "not_deals": ["800 Millionen Euro", "11 Millionen Euro", "80 Millionen Euro", "27,15 Euro", "120.000 Euro",
                  "34,90 Euro"],
}

ARTICLES["011_allianzgi_glaskuppel_allocatorsdesk_en.html"] = {
    "published": "2025-09-24",
    "published_note": "from <meta property='article:published_time'>, JSON-LD and <time datetime='2025-09-24'>; 'on Tuesday' -> 2025-09-23; 'last week' -> 2025-09",
    "language": "en",
    "deals": [
        D(A4, [AGI, GK], "other", 350000000, "EUR", "exact", "2025-09-23", "signed",
          "Allianz Global Investors has signed a €350 million loan to Glaskuppel Compute, the Offenbach operator "
          "that runs GPU clusters for banks, the asset manager said on Tuesday.",
          kind_alt=["investment"],
          note="the loan negotiated in 009 ('up to €400 million', restated in the next paragraph)"),
        N(A3, [DB, GK], "cloud_contract", None, "signed",
          "The facility is secured on the graphics processors themselves and on the customer contracts they "
          "serve, chief among them Glaskuppel's six-year agreement with Deutsche Bank.",
          required=False, note="amount-less background restatement without a date"),
        D("fellbrook-coreweave-compute", [FB, "CoreWeave"], "cloud_contract", 500000000, "USD", "range", "2025-09",
          "signed",
          "The firm, which oversees about $94 billion, agreed last week to pay CoreWeave between $500 million and "
          "$650 million over four years, depending on how much capacity it ends up drawing, according to a filing "
          "by one of its funds.",
          amount_max=650000000,
          note="'The firm' = Fellbrook Asset Management (previous sentence); the $94bn in the same sentence is "
               "assets under management"),
    ],
    "not_deals": ["€2.1 billion", "$94 billion", "$30,000", "£1,250"],
}

ARTICLES["012_deutscheboerse_ledgerwick_moorgate_en.txt"] = {
    "published": "2025-10-07",
    "published_note": "from the line 'Markets | Exchanges | Tuesday 7 October 2025'; 'on Monday' -> 2025-10-06",
    "language": "en",
    "deals": [
        D(C2, [DBO, "Ledgerwick"], "acquisition", 210000000, "GBP", "exact", "2025-10-06", "signed",
          "Deutsche Börse has agreed to buy Ledgerwick outright for £210 million (about €245 million), the "
          "Frankfurt exchange operator said on Monday, taking full control of a Shoreditch start-up whose "
          "software looks for spoofing, layering and other manipulation in order books.",
          alt=[(245000000, "EUR")], note="013 restates it in EUR with the month only"),
        D("deutscheboerse-ledgerwick-stake-2024", [DBO, "Ledgerwick"], "investment", 12000000, "GBP", "exact",
          "2024-04", "completed",
          "It first bought into Ledgerwick in April 2024, paying £12 million for a stake of just under 14 per "
          "cent, and has since rolled the software out on Xetra and Eurex.",
          kind_alt=["acquisition"],
          note="'It' = Deutsche Börse; earlier minority stake, a different deal between the same companies"),
        D("deutscheboerse-simcorp", [DBO, "SimCorp"], "acquisition", 3900000000, "EUR", "exact", "2023",
          "completed",
          "Measured against the group, the purchase is modest: Deutsche Börse spent €3.9 billion on the Danish "
          "investment-software company SimCorp in 2023 and reported net revenue of €5.8 billion last year.",
          required=False,
          note="background comparison with an old acquisition; the €5.8bn in the same sentence is revenue"),
    ],
    "not_deals": ["£14 million", "€5.8 billion", "£15.3 million", "€229.60", "£160,000"],
}

ARTICLES["013_deutscheboerse_google_parkettglocke.html"] = {
    "published": "2025-10-20",
    "published_note": "from <meta name='date' content='2025-10-20'>, JSON-LD and the visible stamp 'Mo., 20.10.2025 · 11:40 Uhr'; 'am Freitag' -> 2025-10-17; 'Anfang Oktober' -> 2025-10",
    "language": "de",
    "deals": [
        D("deutscheboerse-google-cloud-2025", [DBO, "Google"], "cloud_contract", 300000000, "EUR", "at_least",
          "2025-10-17", "signed",
          "Aus dem Umfeld des Konzerns heißt es, der neue Vertrag sei mehr als 300 Millionen Euro schwer.",
          note="parties in the previous sentences ('Die Deutsche Börse bindet sich für weitere fünf Jahre an "
               "Google Cloud'); signed 'am Freitag' (next sentence); 'mehr als' -> at_least"),
        N("deutscheboerse-google-2022", [DBO, "Google"], "partnership", "2022", "signed",
          "Der Börsenbetreiber verlängert die 2022 begonnene Zusammenarbeit und verlagert nun auch Teile der "
          "Handelsdatenplattform und seiner KI-Anwendungen in die Rechenzentren des US-Konzerns.",
          required=False,
          note="amount-less background: the original 2022 cooperation, different from the 2025 extension; "
               "'Der Börsenbetreiber' = Deutsche Börse, 'des US-Konzerns' = Google"),
        D(C2, [DBO, "Ledgerwick"], "acquisition", 245000000, "EUR", "approx", "2025-10", "signed",
          "Anfang Oktober hatte die Deutsche Börse die Übernahme des Londoner KI-Spezialisten Ledgerwick für "
          "rund 245 Millionen Euro vereinbart.",
          note="same takeover as 012 (GBP 210m), here in EUR with the month only"),
    ],
    "not_deals": ["6,1 Milliarden Euro", "265 Euro", "240 Euro", "231,80 Euro", "4,00 Euro", "42,6 Mrd. €",
                  "286,60 €"],
}

ARTICLES["014_hsbc_mistral_harcourtwire_en.txt"] = {
    "published": "2025-12-02",
    "published_note": "from the wire stamp 'December 2, 2025 | 05:30 GMT' (dateline 'LONDON, Dec 1'); 'on Monday' -> 2025-12-01; 'last month' -> 2025-11",
    "language": "en",
    "deals": [
        D(E2, ["HSBC", "Mistral AI"], "partnership", 250000000, "USD", "approx", "2025-12-01", "signed",
          "Two people briefed on the agreement put its value at about $250 million over five years, including "
          "licences, dedicated engineering support and the right to run the models on HSBC's own infrastructure.",
          alt=[(215000000, "EUR")], kind_alt=["cloud_contract", "other"],
          note="model agreement announced 'on Monday' (previous sentence); value only from sources, terms "
               "undisclosed; 015 gives about €215m (alt_amounts)"),
        D("hsbc-fellbrook-fund", ["HSBC", FB], "investment", 150000000, "USD", "exact", "2025-11", "signed",
          "Its asset-management arm committed $150 million last month to an AI-infrastructure fund run by "
          "Boston-based Fellbrook Asset Management, which buys stakes in data-centre developers and GPU "
          "operators, someone involved in the fundraising told Harcourt Wire.",
          note="'Its asset-management arm' = HSBC Asset Management (HSBC); the fund is run by Fellbrook"),
        N(D1, ["JPMorgan", "Dell"], "supply", "2025-05", "signed",
          "JPMorgan in May ordered Dell servers for its own data centres, and Germany's Commerzbank bought the "
          "Cologne start-up Sprachfalke in the summer.",
          required=False, note="amount-less background restatement of 007"),
        N(B2, [CB, "Sprachfalke"], "acquisition", "2025", "signed",
          "JPMorgan in May ordered Dell servers for its own data centres, and Germany's Commerzbank bought the "
          "Cologne start-up Sprachfalke in the summer.",
          required=False, note="amount-less background restatement of 010 in the same sentence; 'in the summer' -> year"),
    ],
    "not_deals": ["11.7 billion euros", "$6 billion", "$1.5 billion", "between $100 million and $400 million",
                  "1,069 pence", "up to $3 billion"],
}

ARTICLES["015_banken_ki_kommentar_zinsblick.txt"] = {
    "published": "2025-12-15",
    "published_note": "from the line 'Gastkommentar | Montag, 15. Dezember 2025'; 'Vor zwei Wochen' and 'in der vergangenen Woche' -> 2025-12; 'im Mai' -> 2025-05",
    "language": "de",
    "deals": [
        D(E2, ["HSBC", "Mistral AI"], "partnership", 215000000, "EUR", "approx", "2025-12", "signed",
          "Das jüngste Beispiel kommt aus London: Vor zwei Wochen hat HSBC einen Mehrjahresvertrag mit Mistral AI "
          "geschlossen, nach Angaben aus Finanzkreisen im Wert von umgerechnet rund 215 Millionen Euro über fünf "
          "Jahre.",
          kind_alt=["cloud_contract", "other"],
          note="same agreement as 014, converted to EUR; 'Vor zwei Wochen' -> month only"),
        N(D1, ["JPMorgan", "Dell"], "supply", "2025-05", "signed",
          "JPMorgan hat im Mai Dell-Server für die eigenen Rechenzentren bestellt, die Deutsche Bank mietet fest "
          "zugesagte GPU-Stunden bei einem Offenbacher Anbieter im eigenen Haus.",
          required=False,
          note="amount-less background restatement of 007; the Deutsche Bank half names no counterparty and is "
               "not annotated"),
        D("hsbc-quorvane-takeover-denied", ["HSBC", "Quorvane"], "acquisition", 1000000000, "USD", "approx",
          "2025-12", "cancelled",
          "Dass Berichte, wonach HSBC das Pariser Start-up Quorvane für rund eine Milliarde Dollar übernehmen "
          "wolle, von der Bank in der vergangenen Woche zurückgewiesen wurden, passt ins Bild: Man will Zugriff, "
          "nicht Eigentum.",
          required=False,
          note="denied takeover report, amount in words; different from HSBC's 2024 lead of Quorvane's Series B (002)"),
    ],
    "not_deals": ["150.000 Euro", "14 Milliarden Euro", "200 Milliarden Euro", "38 Euro", "31 Euro", "1.080 Pence",
                  "12,90 Euro"],
}

ARTICLES["016_deutschebank_glaskuppel_aktienbote.txt"] = {
    "published": "2026-02-06",
    "published_note": "from the portal stamp '06.02.2026 - 07:31:12'; 'am Donnerstag' -> 2026-02-05",
    "language": "de",
    "deals": [
        D("deutschebank-glaskuppel-stake", [DB, GK], "investment", 60000000, "EUR", "exact", "2026-02-05", "signed",
          "Für 9,9 Prozent der Anteile zahlt der Konzern 60 Millionen Euro, wie beide Seiten am Donnerstag bekannt "
          "gaben.",
          kind_alt=["acquisition"],
          note="'der Konzern' = Deutsche Bank (previous sentence); capital increase; repeated as the compound "
               "'60-Millionen-Euro-Transaktion'; different deal from the GPU contract between the same companies"),
        D(A3, [DB, GK], "cloud_contract", 1100000000, "EUR", "approx", "2025", "signed",
          "Der im Frühjahr 2025 geschlossene Sechsjahresvertrag dafür ist rund 1,1 Milliarden Euro schwer und "
          "macht den Löwenanteil von Glaskuppels Umsatz aus.",
          note="restatement of 005; 'im Frühjahr 2025' -> year; genitive 'Glaskuppels'"),
    ],
    "not_deals": ["600 Millionen Euro", "700 Millionen Euro", "9,3 Milliarden Euro", "1,00 Euro",
                  "750 Millionen Euro", "31,42 Euro", "34 Euro", "61,8 Mrd. EUR", "500 Euro"],
}

ARTICLES["017_glaskuppel_interview_serverzeit.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the interview (only '8 Min. Lesezeit'); months without a year stay null",
    "language": "de",
    "deals": [
        N(A3, [DB, GK], "cloud_contract", None, "signed",
          "Der Auftrag der Deutschen Bank hat das gezeigt: Unterschrift im März, die ersten Racks liefen im Juli.",
          note="amount-less restatement, central to the passage; 'Unterschrift im März' without a year -> null"),
        D(A4, [AGI, GK], "other", 350000000, "EUR", "exact", None, "signed",
          "Ja, den Kredit von Allianz Global Investors über 350 Millionen Euro.",
          kind_alt=["investment"], note="restatement of 011; the borrower is the interviewee's company"),
        D("harlowpeak-glaskuppel-offer", ["Harlow Peak", GK], "acquisition", 1000000000, "EUR", "approx", None,
          "cancelled",
          "Harlow Peak, ein Finanzinvestor aus London, hat uns im vergangenen Herbst knapp eine Milliarde Euro "
          "geboten, alles in bar.",
          note="refused takeover offer ('Wir haben nach einer Woche abgesagt'); 'uns' = Glaskuppel; amount in "
               "words with 'knapp'; 'im vergangenen Herbst' of an undated interview -> null"),
        D("glaskuppel-heusenstamm-capex", [GK], "capex_plan", 400000000, "EUR", "range", None, "planned",
          "Für den dritten Standort in Heusenstamm planen wir Investitionen zwischen 400 und 450 Millionen Euro, "
          "je nachdem, wie viel Leistung uns der Netzbetreiber zusagt.",
          amount_max=450000000, kind_alt=["project"], note="'wir' = Glaskuppel"),
    ],
    "not_deals": ["250 Millionen Euro", "2,40 Euro", "68.000 Euro", "14,80 Euro", "119 Euro"],
}

ARTICLES["018_exchanges_close_bellrope_en.txt"] = {
    "published": "2026-05-14",
    "published_note": "from the header 'Thursday, 14 May 2026 · After the bell'; 'on Wednesday evening' -> 2026-05-13",
    "language": "en",
    "deals": [
        D("fellbrook-saltcote-stake", [FB, "Saltcote Exchange"], "investment", 60000000, "GBP", "exact",
          "2026-05-13", "signed",
          "Sixty million pounds buys Fellbrook Asset Management a fifth of Saltcote Exchange, the London venue "
          "for European mid-caps said on Wednesday evening.",
          kind_alt=["acquisition"],
          note="amount in words at the start; 20 % stake via new shares; the £300m in the next paragraph is the "
               "implied valuation"),
        D("adyen-polderwatt-talks", ["Adyen", "Polderwatt Compute"], "acquisition", 300000000, "EUR", "range",
          "2026-05", "negotiating",
          "Adyen shares rose 2.7 percent to €1,398 after the payments group confirmed it is in talks to buy "
          "Polderwatt Compute, a Dutch operator of GPU clusters, for between €300 million and €350 million.",
          amount_max=350000000,
          note="confirmed talks, 'no agreement had been reached'; the share price in the same sentence is not a deal"),
    ],
    "not_deals": ["$97 billion", "£300 million", "£2.6 billion", "€151.30", "€244.10", "9,120 pence", "€1,398",
                  "€48 million", "€1,750", "€371.40", "€9 billion", "£25 a month"],
}

ARTICLES["019_tanjongpay_kelong_tanglin_en.txt"] = {
    "published": "2026-08-19",
    "published_note": "from the stamp 'UPDATED 19 Aug 2026, 6:00 am'; 'on Tuesday' -> 2026-08-18; 'In June' -> 2026-06; 'Last year' -> 2025",
    "language": "en",
    "deals": [
        D("tanjongpay-kelong-acquisition", ["Tanjong Pay", "Kelong Labs"], "acquisition", 45000000, "SGD",
          "at_least", "2026-08-18", "signed",
          "Payments company Tanjong Pay has agreed to buy Kelong Labs, a five-year-old Singapore start-up whose "
          "models spot mule accounts and account-takeover attempts, for more than S$45 million in cash and "
          "shares, the companies said on Tuesday.",
          note="'more than' -> at_least"),
        D("tanjongpay-google-cloud", ["Tanjong Pay", "Google"], "cloud_contract", 850000, "SGD", "approx", "2026-06",
          "signed",
          "In June, Tanjong signed a three-year agreement to run its transaction processing and model training on "
          "Google Cloud, paying about S$850,000 a month, a Tanjong insider said.",
          per="month", note="monthly rate over three years, from a source"),
        D("kallang-tanjongpay-seriesc", ["Kallang Growth Partners", "Tanjong Pay"], "investment", 90000000, "SGD",
          "exact", "2025", "completed",
          "Last year Kallang Growth Partners led a S$90 million Series C in the company, valuing it at about "
          "S$1.4 billion.",
          note="'the company' = Tanjong Pay; the S$1.4bn valuation in the same sentence is not a deal"),
        N("tanjongpay-kelong-licence", ["Tanjong Pay", "Kelong Labs"], "other", None, "signed",
          "We were paying Kelong for its models anyway.",
          required=False, kind_alt=["cloud_contract"],
          note="amount-less earlier licence in a quote ('We' = Tanjong Pay); different from the acquisition"),
    ],
    "not_deals": ["S$1.4 billion", "S$210 million", "S$9 million", "S$500 million", "S$15,000 a month",
                  "S$8 per square foot", "S$1 billion", "S$15 a month"],
}

ARTICLES["020_commerzbank_hpe_wochenkompass.txt"] = {
    "published": "2026-11-06",
    "published_note": "from the issue line 'Ausgabe 45 | 6. November 2026'; 'am Mittwoch' -> 2026-11-04; 'Im August' -> 2026-08",
    "language": "de",
    "deals": [
        D("commerzbank-hpe-servers", [CB, "Hewlett Packard Enterprise"], "supply", 200000000, "EUR", "approx",
          "2026-11-04", "signed",
          "Für knapp 200 Millionen Euro hat der Konzern mit Nvidia-Chips bestückte Rechner von Hewlett Packard "
          "Enterprise geordert, die im bankeigenen Rechenzentrum im Frankfurter Osten aufgestellt werden.",
          term=[None, "2027"],
          note="'der Konzern' = Commerzbank; 'knapp' -> approx; confirmed 'am Mittwoch' (next sentence); "
               "delivery until the end of 2027"),
        N(B2, [CB, "Sprachfalke"], "acquisition", "2025", "completed",
          "Nutzen soll die Anlage zuerst die im vergangenen Jahr übernommene Kölner Tochter Sprachfalke, deren "
          "Modelle inzwischen in der gesamten Firmenkundensparte Kreditakten vorsortieren.",
          required=False, note="amount-less background ('im vergangenen Jahr übernommene … Tochter') -> 2025"),
        D("lesumtal-lotsenwort-cancelled", ["Lesumtal Bank", "Lotsenwort"], "acquisition", 28000000, "EUR",
          "exact", "2026-08", "cancelled",
          "Lesumtal Bank: Im August hatte das Bremer Institut vereinbart, das Hamburger KI-Start-up Lotsenwort für "
          "28 Millionen Euro zu übernehmen.",
          note="agreed in August, called off 'Drei Monate später' (next sentence); keeps the agreement month"),
        D("zahlwerk-glaskuppel-2026", ["Zahlwerk", GK], "cloud_contract", 9000000, "EUR", "exact", "2026-11",
          "signed",
          "Ein neuer Vertrag sieht vor, dass Zahlwerk dem Offenbacher Unternehmen jährlich 9 Millionen Euro für "
          "reservierte Rechenkapazität zahlt, zunächst bis 2029.",
          per="year", term=[None, "2029"],
          note="'dem Offenbacher Unternehmen' = Glaskuppel Compute (previous sentence); second contract of the "
               "pair, must stay apart from the 2025 contract in 009; no day -> month of the issue"),
        D("allianzgi-glaskuppel-loan-2026", [AGI, GK], "other", 150000000, "EUR", "exact", "2026-11", "signed",
          "Ein zweiter Kredit über 150 Millionen Euro soll den Bau des Standorts in Heusenstamm mitfinanzieren, "
          "teilten beide Seiten mit.",
          kind_alt=["investment"],
          note="parties in the previous sentence; second loan, must stay apart from the €350m loan of 2025"),
    ],
    "not_deals": ["780 Millionen Euro", "350.000 Euro", "36,85 Euro", "20 Millionen Euro",
                  "52 Euro je Quadratmeter", "59 Euro", "96 Euro", "69 Euro"],
}

ALIASES = {
    "Glaskuppel Compute": ["Glaskuppel Compute", "Glaskuppel Compute GmbH", "Glaskuppel"],
    "Lesumtal Bank": ["Lesumtal Bank"],
    "HSBC": ["HSBC", "HSBC Holdings", "HSBC Asset Management"],
    "Quorvane": ["Quorvane"],
    "Sakuragawa Trust Bank": ["Sakuragawa Trust Bank", "Sakuragawa"],
    "Pennycress Payments": ["Pennycress Payments", "Pennycress"],
    "Google": ["Google", "Google Cloud", "Alphabet"],
    "Adyen": ["Adyen", "Adyen N.V."],
    "Kraaiveld": ["Kraaiveld"],
    "Jade Harbour Bank": ["Jade Harbour Bank", "Jade Harbour"],
    "Lantau Rack Systems": ["Lantau Rack Systems", "Lantau Rack"],
    "Deutsche Bank": ["Deutsche Bank", "Deutsche Bank AG", "Deutschen Bank"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Saltcote Exchange": ["Saltcote Exchange", "Saltcote"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Bank Schrattenfluh": ["Bank Schrattenfluh", "Schrattenfluh"],
    "Urnerboden Compute": ["Urnerboden Compute"],
    "JPMorgan": ["JPMorgan", "JPMorgan Chase", "JPMorgan Chase & Co."],
    "Dell": ["Dell", "Dell Technologies"],
    "Commerzbank": ["Commerzbank", "Commerzbank AG"],
    "Sprachfalke": ["Sprachfalke"],
    "Deutsche Börse": ["Deutsche Börse", "Deutsche Börse AG", "Deutschen Börse", "Deutsche Boerse"],
    "Allianz Global Investors": ["Allianz Global Investors", "AllianzGI"],
    "Zahlwerk": ["Zahlwerk"],
    "Fellbrook Asset Management": ["Fellbrook Asset Management", "Fellbrook"],
    "CoreWeave": ["CoreWeave"],
    "Ledgerwick": ["Ledgerwick"],
    "SimCorp": ["SimCorp"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Harlow Peak": ["Harlow Peak"],
    "Polderwatt Compute": ["Polderwatt Compute", "Polderwatt"],
    "Tanjong Pay": ["Tanjong Pay", "Tanjong"],
    "Kelong Labs": ["Kelong Labs", "Kelong"],
    "Kallang Growth Partners": ["Kallang Growth Partners", "Kallang"],
    "Hewlett Packard Enterprise": ["Hewlett Packard Enterprise", "HPE"],
    "Lotsenwort": ["Lotsenwort"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
