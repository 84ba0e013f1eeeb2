#!/usr/bin/env python3
"""Write gold.json for tests/corpus52 (the hand annotation lives here; edit, then run).

Usage: python3 tests/corpus52/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the fifty-second, held-out test corpus (tests/corpus52/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. Theme: the financing of AI compute (CoreWeave, "
    "Lambda, Crusoe and Nebius debt and equity, GPU-backed loans, private credit from Blackstone, Blue "
    "Owl, Apollo and PIMCO, Meta's Hyperion financing and bonds, Oracle's bonds and data-centre "
    "leases, xAI's debt) and German coverage of it. One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague, amount-less or "
    "background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full "
    "units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; "
    "'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as "
    "another article (or the same article) states it in another currency or at another precision. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against "
    "the article's publication date ('published', from the article's own date line, dateline, issue "
    "line, byline date, <time>, meta tag or JSON-LD, or null when the article has none); a cancelled "
    "deal keeps the date of the original offer or talks; rumours that later articles confirm carry "
    "only the year; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists "
    "other acceptable kinds; 'note' explains a judgement call. Loans, credit facilities and bond sales "
    "are kind 'other' with kind_alt 'investment'; capital-spending plans list only the spender. For "
    ".html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Kargletsch Compute, Sonnjoch Kreditpartner, "
    "Hochfirn Energie; invented publications, advisers, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies follow public reports with shifted or simplified "
    "details, and a few 2026 deals are invented (see README.md). Nothing here is reporting."
)

ALIASES = {
    "Lambda": ["Lambda"],
    "Macquarie Group": ["Macquarie Group", "Macquarie"],
    "US Innovative Technology Fund": ["US Innovative Technology Fund"],
    "CoreWeave": ["CoreWeave"],
    "Magnetar Capital": ["Magnetar Capital", "Magnetar"],
    "Blackstone": ["Blackstone"],
    "Coatue": ["Coatue"],
    "Crusoe": ["Crusoe"],
    "Founders Fund": ["Founders Fund"],
    "Blue Owl Capital": ["Blue Owl Capital", "Blue Owl"],
    "Primary Digital Infrastructure": ["Primary Digital Infrastructure"],
    "Oracle": ["Oracle"],
    "Nebius": ["Nebius"],
    "Accel": ["Accel"],
    "Nvidia": ["Nvidia"],
    "Orbis Investments": ["Orbis Investments", "Orbis"],
    "OpenAI": ["OpenAI"],
    "Weights & Biases": ["Weights & Biases"],
    "SoftBank": ["SoftBank"],
    "Morgan Stanley": ["Morgan Stanley"],
    "xAI": ["xAI"],
    "X": ["X"],
    "Meta": ["Meta", "Meta Platforms"],
    "PIMCO": ["PIMCO"],
    "Microsoft": ["Microsoft"],
    "JPMorgan": ["JPMorgan"],
    "MUFG": ["MUFG"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "Apollo Global Management": ["Apollo Global Management", "Apollo"],
    "Cisco": ["Cisco"],
    "Core Scientific": ["Core Scientific"],
    "TWG Global": ["TWG Global"],
    "Sonnjoch Kreditpartner": ["Sonnjoch Kreditpartner", "Sonnjoch"],
    "Kargletsch Compute": ["Kargletsch Compute", "Kargletsch"],
    "Hochfirn Energie": ["Hochfirn Energie", "Hochfirn"],
}

LOAN = dict(kind="other", kind_alt=["investment"])
HYPERION = dict(kind="joint_venture", kind_alt=["investment", "other"])


def D(id, parties, amount, currency, qualifier, date, status, evidence, kind="investment",
      required=True, amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


def N(id, parties, date, status, evidence, kind, **extra):
    """A deal mentioned without an amount: optional."""
    return D(id, parties, None, None, None, date, status, evidence, kind=kind, required=False, **extra)


A = {}

A["001_lambda_macquarie_crossarm_en.txt"] = dict(
    published="2024-04-05",
    published_note="from the issue line 'Issue 14 · Friday, 5 April 2024'; 'on Thursday' -> 2024-04-04; 'In February' -> 2024-02; 'last August' -> 2023-08",
    language="en",
    deals=[
        D("macquarie-lambda-gpu-loan", ["Macquarie Group", "Lambda"], 500_000_000, "USD", "exact", "2024-04-04", "signed",
          "Lambda said on Thursday it has secured a $500 million credit facility from Macquarie Group, with the Nvidia processors it buys serving as the security.",
          note="GPU-backed credit facility; Nvidia is only the maker of the collateral, not a party; different from the rumoured ~$2bn facility of the same pair in 020", **LOAN),
        D("usit-lambda-seriesc", ["US Innovative Technology Fund", "Lambda"], 320_000_000, "USD", "exact", "2024-02", "completed",
          "In February the company raised a $320 million Series C, with Thomas Tull's US Innovative Technology Fund in the lead, in a round that put its worth at roughly $1.5 billion.",
          note="'the company' = Lambda; lead investor listed; the valuation ~$1.5bn is a not_deal"),
        D("blackstone-coreweave-loan-2023", ["CoreWeave", "Magnetar Capital", "Blackstone"], 2_300_000_000, "USD", "exact", "2023-08", "completed",
          "CoreWeave borrowed $2.3 billion last August in a facility led by Magnetar Capital and Blackstone, pledging H100s as collateral.",
          note="background; 'last August' in an April 2024 letter -> 2023-08; first of two Blackstone/Magnetar loans to CoreWeave (the $7.5bn of 2024 is 002/004)", **LOAN),
    ],
    not_deals=["$2.49 per GPU-hour", "roughly $1.5 billion", "$820 million", "about $30,000", "60 to 70 cents",
               "$18.4bn", "$40,000", "$149", "$14 a month", "$140 a year"],
)

A["002_coreweave_blackstone_kursfuchs.txt"] = dict(
    published="2024-05-20",
    published_note="from the portal line 'KURSFUCHS ONLINE | … | 20.05.2024, 07:41 Uhr' (a Monday); 'am Freitag' -> 2024-05-17; 'Anfang Mai' -> 2024-05",
    language="de",
    deals=[
        D("blackstone-coreweave-debt-2024", ["CoreWeave", "Blackstone", "Magnetar Capital"], 7_500_000_000, "USD", "exact", "2024-05-17", "signed",
          "New York/Frankfurt (kf) – Der US-Cloudanbieter CoreWeave hat sich am Freitag eine Fremdfinanzierung über 7,5 Milliarden Dollar gesichert, umgerechnet knapp 6,9 Milliarden Euro.",
          alt_amounts=[{"amount": 6_900_000_000, "currency": "EUR"}],
          note="the lenders (Blackstone and Magnetar lead) are named in the next sentence; the other lenders are not listed as parties", **LOAN),
        D("blackstone-coreweave-loan-2023", ["CoreWeave", "Magnetar Capital", "Blackstone"], 2_300_000_000, "USD", "exact", "2023-08", "completed",
          "Für die beiden Hauptgeldgeber ist es nicht das erste Engagement bei dem Unternehmen aus Roseland, New Jersey: Im August 2023 hatten Magnetar und Blackstone dem Konzern 2,3 Milliarden Dollar geliehen, besichert mit Nvidia-Chips.",
          note="'dem Konzern' = CoreWeave; the same 2023 loan as in 001, a different deal from the €7.5bn of 2024 in the sentence before", **LOAN),
        D("coatue-coreweave-2024", ["Coatue", "CoreWeave"], 1_100_000_000, "USD", "exact", "2024-05", "completed",
          "Erst Anfang Mai hatte CoreWeave zudem eine Eigenkapitalrunde über 1,1 Milliarden Dollar unter Führung von Coatue abgeschlossen, die das Unternehmen mit 19 Milliarden Dollar bewertete.",
          note="equity round led by Coatue; the 19bn valuation is a not_deal"),
    ],
    not_deals=["19 Milliarden Dollar", "knapp 229 Millionen Dollar", "rund 2,3 Milliarden Dollar", "leicht 700 Millionen Dollar",
               "924,79 $", "123,10 $", "420,21 $", "3,90 Euro", "25 Euro im Monat"],
)

A["003_crusoe_seriesd_gridbyte_en.html"] = dict(
    published="2024-12-13",
    published_note="no visible date; from <meta property='article:published_time' content='2024-12-13T14:20:00Z'> and JSON-LD datePublished; 'on Thursday' -> 2024-12-12; 'In October' -> 2024-10",
    language="en",
    deals=[
        D("founders-crusoe-seriesd", ["Founders Fund", "Crusoe"], 600_000_000, "USD", "exact", "2024-12-12", "completed",
          "Crusoe, the Denver company that started out burning stranded gas to mine bitcoin, said on Thursday it has raised $600 million in a Series D round, with Founders Fund as the lead investor.",
          note="lead investor listed; the other investors (incl. Nvidia) in the next sentence are not parties; valuation ~$2.8bn is a not_deal"),
        D("crusoe-blueowl-jv-2024", ["Crusoe", "Blue Owl Capital", "Primary Digital Infrastructure"], 3_400_000_000, "USD", "exact", "2024-10", "signed",
          "In October the company formed a $3.4 billion joint venture with Blue Owl Capital as well as Primary Digital Infrastructure to pay for the first two buildings there.",
          kind="joint_venture", kind_alt=["investment", "project"],
          note="'the company' = Crusoe; first of two financings of the same three partners (the $11.6bn of March 2025 is in 007)"),
        N("oracle-crusoe-abilene-lease", ["Oracle", "Crusoe"], "2024", "signed",
          "Oracle has agreed to lease the halls, which are meant to fill up with Nvidia hardware for OpenAI.",
          kind="other", kind_alt=["cloud_contract"],
          note="lease without a value; 'the halls' = Crusoe's Abilene buildings"),
        D("nebius-placement-2024", ["Nebius", "Accel", "Nvidia", "Orbis Investments"], 700_000_000, "USD", "exact", None, "completed",
          "Nebius pulls in $700 million from Accel, Nvidia and Orbis",
          required=False,
          note="only a headline in the 'Related' link list, so optional; reported in full in 004 (2024-12-02) and restated in 013"),
    ],
    not_deals=["about $2.8 billion", "$10 million to $12 million per megawatt", "around $300 million", "$250,000", "$1,295"],
)

A["004_nebius_platzierung_nordwire.txt"] = dict(
    published="2024-12-03",
    published_note="from the wire line 'Nordwire Wirtschaftsdienst | … | 03.12.2024 – 09:35' (a Tuesday); 'am Montag' -> 2024-12-02; 'im Oktober' -> 2024-10; 'im Mai' -> 2024-05",
    language="de",
    deals=[
        D("nebius-placement-2024", ["Nebius", "Accel", "Nvidia", "Orbis Investments"], 700_000_000, "USD", "exact", "2024-12-02", "signed",
          "Eine Investorengruppe aus dem Wagniskapitalgeber Accel, dem Chipkonzern Nvidia und dem Vermögensverwalter Orbis Investments zeichnet neue Aktien für 700 Millionen Dollar, das gab der Konzern am Montag bekannt.",
          note="private placement; 'der Konzern' = Nebius (previous sentence); the price of 21 Dollar per share is a not_deal"),
        D("nebius-europe-capex-2024", ["Nebius"], 1_000_000_000, "USD", "at_least", "2024-10", "planned",
          "Bereits im Oktober hatte Nebius in Aussicht gestellt, bis zur Jahresmitte 2025 über eine Milliarde Dollar in KI-Infrastruktur in Europa zu stecken, unter anderem in den Standort im finnischen Mäntsälä und in ein neues Rechenzentrum in Paris.",
          kind="capex_plan", term=[None, "2025-06"],
          note="spending plan in words ('über eine Milliarde Dollar'), spender only"),
        D("blackstone-coreweave-debt-2024", ["CoreWeave", "Blackstone", "Magnetar Capital"], 7_500_000_000, "USD", "exact", "2024-05", "signed",
          "Der US-Anbieter CoreWeave hatte sich im Mai 7,5 Milliarden Dollar an Krediten unter Führung von Blackstone und Magnetar gesichert.",
          note="background restatement of 002's loan; 'im Mai' -> month", **LOAN),
    ],
    not_deals=["21 Dollar je Anteilsschein", "rund 2,3 Milliarden Dollar", "43,3 Millionen Dollar", "0,28 Dollar",
               "750 Millionen bis einer Milliarde Dollar", "33,40 Dollar", "etwa acht Milliarden Dollar"],
)

A["005_coreweave_openai_kellbrook_en.txt"] = dict(
    published="2025-03-11",
    published_note="from the wire line 'March 11, 2025 · 05:52 ET'; dateline 'NEW YORK, March 10'; 'on Monday' -> 2025-03-10; 'Last week' -> 2025-03",
    language="en",
    deals=[
        D("openai-coreweave-2025-03", ["CoreWeave", "OpenAI"], 11_900_000_000, "USD", "exact", "2025-03-10", "signed",
          "NEW YORK, March 10 (Kellbrook) - CoreWeave has agreed a five-year contract to supply OpenAI with computing capacity for $11.9 billion, the company announced on Monday, winning a marquee customer just as it prepares to sell shares to the public.",
          kind="cloud_contract", alt_amounts=[{"amount": 11_000_000_000, "currency": "EUR"}],
          note="first of three OpenAI–CoreWeave contracts (up to $4bn in 008, $6.5bn in 020); 006 gives it as about €11bn"),
        D("openai-coreweave-stake-2025", ["OpenAI", "CoreWeave"], 350_000_000, "USD", "exact", "2025-03-10", "signed",
          "As part of the arrangement, the ChatGPT maker also gets CoreWeave shares valued at $350 million, to be handed over in a private placement that closes together with the listing.",
          note="'the ChatGPT maker' = OpenAI; a separate equity deal of the same pair, announced together with the contract"),
        D("coreweave-ipo-2025", ["CoreWeave"], 4_000_000_000, "USD", "approx", "2025-03", "planned",
          "The listing could bring in about $4 billion, people with knowledge of the plans said, at a valuation above $35 billion.",
          required=False, alt_amounts=[{"amount": 1_500_000_000, "currency": "USD"}],
          note="planned IPO size from sources, optional; the IPO raised $1.5bn in the end (006, alt_amounts); the valuation is a not_deal"),
        D("coreweave-weightsbiases", ["CoreWeave", "Weights & Biases"], 1_700_000_000, "USD", "approx", "2025-03", "signed",
          "Last week the company agreed to buy Weights & Biases, a platform that AI developers use to track their models, for a price that one person briefed on the talks put at about $1.7 billion.",
          kind="acquisition", note="'the company' = CoreWeave; price only from a source"),
        D("softbank-openai-round-2025", ["SoftBank", "OpenAI"], 40_000_000_000, "USD", "up_to", "2025-03", "negotiating",
          "OpenAI itself is in discussions to collect up to $40 billion in a round led by SoftBank, which would put its value near $300 billion.",
          note="talks; the valuation near $300bn is a not_deal"),
    ],
    not_deals=["$1.92 billion", "$229 million", "$863 million", "close to $8 billion", "above $35 billion",
               "near $300 billion", "exceed $13 billion", "$111.80"],
)

A["006_coreweave_boersengang_boersenfernrohr.txt"] = dict(
    published="2025-03-29",
    published_note="from the date line 'BÖRSENFERNROHR · Wochenend-Ausgabe · Samstag, 29. März 2025'; 'am Donnerstagabend' -> 2025-03-27; 'Anfang März' -> 2025-03",
    language="de",
    deals=[
        D("coreweave-ipo-2025", ["CoreWeave"], 1_500_000_000, "USD", "exact", "2025-03-27", "completed",
          "Der Cloudanbieter CoreWeave hat bei seinem Börsengang in New York 1,5 Milliarden Dollar eingesammelt und damit deutlich weniger als ursprünglich erhofft.",
          note="IPO proceeds; the pricing 'am Donnerstagabend' is in the next sentence; same IPO as the optional planned size in 005"),
        D("nvidia-coreweave-ipo-order", ["Nvidia", "CoreWeave"], 250_000_000, "USD", "exact", "2025-03-27", "completed",
          "Ohne einen alten Bekannten wäre es wohl noch zäher gelaufen: Der Chipkonzern Nvidia, bereits Anteilseigner, zeichnete als Ankerinvestor Aktien für 250 Millionen Dollar.",
          note="anchor order in the IPO; a different deal from Nvidia's $6.3bn capacity commitment of September 2025 (020)"),
        D("openai-coreweave-2025-03", ["CoreWeave", "OpenAI"], 11_000_000_000, "EUR", "approx", "2025-03", "signed",
          "Rückenwind sollte eigentlich der Anfang März geschlossene Fünfjahresvertrag mit OpenAI geben, der umgerechnet rund elf Milliarden Euro schwer ist.",
          kind="cloud_contract", alt_amounts=[{"amount": 11_900_000_000, "currency": "USD"}],
          note="the $11.9bn contract of 005 converted to euros, amount in words"),
    ],
    not_deals=["je 40 Dollar", "39 Dollar", "exakt 40 Dollar", "rund 23 Milliarden Dollar", "19 Milliarden",
               "rund acht Milliarden Dollar", "gut 360 Millionen Dollar", "fünf Milliarden Dollar", "zwei Dollar",
               "1.600 Euro", "9,99 Euro", "3.500 Euro"],
)

A["007_abilene_crusoe_elmcreek_en.txt"] = dict(
    published="2025-03-20",
    published_note="from the byline 'By Corinne Tabor, Staff Writer | Thursday, March 20, 2025'; 'said Tuesday' -> 2025-03-18; 'in October' -> 2024-10",
    language="en",
    deals=[
        D("crusoe-blueowl-abilene-2025", ["Crusoe", "Blue Owl Capital", "Primary Digital Infrastructure"], 11_600_000_000, "USD", "exact", "2025-03-18", "completed",
          "Crusoe, the Denver developer behind the project, said Tuesday it has closed $11.6 billion in new debt and equity financing together with its two money partners, Primary Digital Infrastructure and the private-credit firm Blue Owl Capital.",
          kind_alt=["joint_venture", "project", "other"],
          note="second financing of the same three partners; different from the $3.4bn venture of October 2024; the ~$15bn total is a not_deal"),
        D("crusoe-blueowl-jv-2024", ["Crusoe", "Blue Owl Capital", "Primary Digital Infrastructure"], 3_400_000_000, "USD", "exact", "2024-10", "signed",
          "It comes on top of the $3.4 billion joint venture the three partners struck in October to start construction.",
          kind="joint_venture", kind_alt=["investment", "project"],
          note="'It' = the $11.6bn financing, 'the three partners' = Crusoe, Blue Owl and Primary Digital (previous sentence); same venture as in 003"),
        N("oracle-crusoe-abilene-lease", ["Oracle", "Crusoe"], None, "signed",
          "Oracle is leasing the halls and will fill them with chips for OpenAI's Stargate venture, although nobody involved would say what the rent comes to.",
          kind="other", kind_alt=["cloud_contract"],
          note="lease without a value, optional; same lease as in 003; undated here"),
    ],
    not_deals=["about $15 billion", "$265 million", "$4.5 million", "$62,000", "$189 a night", "$180 a month"],
)

A["008_coreweave_anleihe_kuponbrief.txt"] = dict(
    published="2025-05-23",
    published_note="from the issue line 'Ausgabe 21/2025 · Freitag, 23. Mai 2025'; 'am Mittwoch' -> 2025-05-21; 'Mitte Mai' -> 2025-05",
    language="de",
    deals=[
        D("coreweave-notes-2025-05", ["CoreWeave"], 2_000_000_000, "USD", "exact", "2025-05-21", "completed",
          "Die Neocloud CoreWeave hat am Mittwoch ihre erste Anleihe am US-Markt platziert, und zwar über zwei Milliarden Dollar.",
          note="bond sale, amount in words; the originally planned 1,5 Milliarden Dollar (next sentence) is a not_deal", **LOAN),
        D("openai-coreweave-2025-05", ["OpenAI", "CoreWeave"], 4_000_000_000, "USD", "up_to", "2025-05", "signed",
          "Mitte Mai hatte CoreWeave gemeldet, dass OpenAI seinen Rechenvertrag um bis zu vier Milliarden Dollar erweitert; insgesamt wies das Unternehmen zum Quartalsende Aufträge über 25,9 Milliarden Dollar aus.",
          kind="cloud_contract",
          note="second OpenAI–CoreWeave contract (expansion), different from the $11.9bn of March and the $6.5bn of September; the 25,9bn backlog is a not_deal"),
        D("coreweave-capex-2025-may", ["CoreWeave"], 20_000_000_000, "USD", "range", "2025-05", "announced",
          "Die Kehrseite steht in der Investitionsplanung: Für 2025 stellt das Management Ausgaben für Rechenzentren und Chips zwischen 20 und 23 Milliarden Dollar in Aussicht.",
          kind="capex_plan", amount_max=23_000_000_000, term=["2025", "2025"],
          note="capex guidance given with the first-quarter results in May; different from the cut $12–14bn guidance of November (017)"),
    ],
    not_deals=["1,5 Milliarden Dollar", "2.000 Dollar", "25,9 Milliarden Dollar", "982 Millionen Dollar", "163 Millionen Dollar",
               "1,2 Milliarden Euro", "49 Euro", "189 Euro"],
)

A["009_coreweave_corescientific_whitespace_en.txt"] = dict(
    published="2025-07-08",
    published_note="from 'Updated 07/08/2025 6:10 a.m. CT' (US month/day order); 'said Monday' -> 2025-07-07",
    language="en",
    deals=[
        D("coreweave-corescientific-2025", ["CoreWeave", "Core Scientific"], 9_000_000_000, "USD", "approx", "2025-07-07", "signed",
          "CoreWeave will acquire Core Scientific in an all-stock transaction that values the bitcoin miner turned data-center host at roughly $9 billion, the two companies said Monday.",
          kind="acquisition",
          note="agreed all-stock takeover (the deal later failed in a shareholder vote, not reported here); $20.40 per share is a not_deal"),
        D("coreweave-corescientific-2024-offer", ["CoreWeave", "Core Scientific"], 1_000_000_000, "USD", "approx", "2024-06", "cancelled",
          "In June 2024, Core Scientific's board turned down an unsolicited approach from CoreWeave worth about $1 billion, arguing that it significantly undervalued the company.",
          kind="acquisition",
          note="refused earlier offer of the same pair; must stay apart from the 2025 agreement"),
    ],
    not_deals=["$20.40 per share", "more than $10 billion", "$500 million", "$40 a share", "near $160", "about $78 billion",
               "$4.9bn–$5.1bn", "below $10", "$2,400 a year"],
)

A["010_xai_schulden_mainufer.txt"] = dict(
    published="2025-07-02",
    published_note="from the date line 'Mittwoch, 2. Juli 2025 · Unternehmen & Märkte · Seite 17'; 'am Dienstag' -> 2025-07-01; 'Im März' -> 2025-03",
    language="de",
    deals=[
        D("morganstanley-xai-debt-2025", ["Morgan Stanley", "xAI"], 5_000_000_000, "USD", "exact", "2025-07-01", "completed",
          "New York – Die Investmentbank Morgan Stanley hat für Elon Musks KI-Unternehmen xAI fünf Milliarden Dollar an Fremdkapital eingesammelt, umgerechnet gut 4,2 Milliarden Euro.",
          alt_amounts=[{"amount": 4_200_000_000, "currency": "EUR"}],
          note="debt raised by the bank for xAI (bonds and loans); the announcement 'am Dienstag' is in the next sentence", **LOAN),
        D("xai-equity-2025-07", ["xAI"], 5_000_000_000, "USD", "exact", "2025-07-01", "completed",
          "Gleichzeitig hat sich die Firma strategisches Eigenkapital über weitere fünf Milliarden Dollar beschafft, von welchen Geldgebern, blieb offen.",
          note="'die Firma' = xAI; investors not named; the 'zehn Milliarden Dollar' total of both deals is a not_deal"),
        D("xai-x-merger", ["xAI", "X"], 33_000_000_000, "USD", "exact", "2025-03", "completed",
          "Zur Erinnerung: Im März hatte xAI die Plattform X per Aktientausch übernommen und sie dabei mit 33 Milliarden Dollar bewertet, Schulden eingerechnet.",
          kind="acquisition",
          note="all-stock takeover; the price is said as the value given to X; xAI's own 80bn valuation in the next sentence is a not_deal"),
    ],
    not_deals=["zehn Milliarden Dollar", "rund eine Milliarde Dollar im Monat", "etwa 500 Millionen Dollar", "96 Cent",
               "80 Milliarden Dollar", "bis zu 200 Milliarden Dollar", "5.000 Euro"],
)

A["011_hyperion_financing_boeufriver_en.html"] = dict(
    published="2025-08-08",
    published_note="from the byline <time datetime='2025-08-08'>Aug. 8, 2025</time> (also meta pubdate and JSON-LD); 'last December' -> 2024-12; 'Late last month' -> 2025-07",
    language="en",
    deals=[
        D("meta-hyperion-financing", ["Meta", "PIMCO", "Blue Owl Capital"], 29_000_000_000, "USD", "exact", "2025", "rumored",
          "Meta Platforms has chosen bond manager PIMCO and private-credit firm Blue Owl Capital to lead a $29 billion financing package for the Hyperion data center going up near Holly Ridge, according to three people briefed on the plans.",
          alt_amounts=[{"amount": 27_000_000_000, "currency": "USD"}, {"amount": 27_300_000_000, "currency": "USD"}],
          note="rumoured from sources; closed in October as a ~$27bn joint venture with Blue Owl funds and bonds bought mainly by PIMCO (014, 015, 016; alt_amounts); date only the year so that the shared id's dates agree; the $26bn debt / $3bn equity split is not_deals",
          **HYPERION),
        N("meta-hyperion-project", ["Meta"], "2024-12", "announced",
          "When the company first unveiled the campus last December, it was pegged as a $10 billion project.",
          kind="project", kind_alt=["capex_plan"],
          note="background project cost of Hyperion when first announced; has an amount but is background, so optional (as in seeds.json)"),
        N("meta-richland-upgrades", ["Meta"], "2024-12", "announced",
          "Meta also pledged $200 million for roads, water lines and other local upgrades at the time.",
          kind="project",
          note="background community pledge of December 2024, optional; amount recorded in the sentence"),
        D("meta-capex-2025-july", ["Meta"], 66_000_000_000, "USD", "range", "2025-07", "announced",
          "Late last month the company lifted the bottom end of its capital spending forecast for the year, which now runs from $66 billion to $72 billion, and said most of it would go to servers and data centers.",
          kind="capex_plan", amount_max=72_000_000_000, term=["2025", "2025"],
          note="2025 capex guidance of late July; different from the $70–72bn guidance of 29 October (015)"),
    ],
    not_deals=["about $26 billion", "about $3 billion", "$14.6 million", "$38 an hour", "$1,400 a month", "$38,995", "$6.99 a month"],
)
# the two optional background mentions of 011 carry their amounts
A["011_hyperion_financing_boeufriver_en.html"]["deals"][1].update(amount=10_000_000_000, currency="USD", qualifier="approx")
A["011_hyperion_financing_boeufriver_en.html"]["deals"][2].update(amount=200_000_000, currency="USD", qualifier="exact")

A["012_oracle_bond_meridian_en.txt"] = dict(
    published="2025-09-25",
    published_note="from the wire line 'September 25, 2025 | 04:10 GMT'; dateline 'NEW YORK, Sept 24'; 'on Wednesday' -> 2025-09-24; 'earlier this month', 'last week', 'this month' -> 2025-09",
    language="en",
    deals=[
        D("oracle-bond-2025-09", ["Oracle"], 18_000_000_000, "USD", "exact", "2025-09-24", "completed",
          "NEW YORK, Sept 24 (MSW) - Oracle sold $18 billion of bonds on Wednesday, among the largest company bond deals seen in 2025, as the database maker borrows heavily to build the data centers its artificial-intelligence customers have ordered.",
          note="bond sale; the ~$88bn order book is a not_deal", **LOAN),
        D("oracle-openai-300b", ["Oracle", "OpenAI"], 300_000_000_000, "USD", "approx", "2025-09", "signed",
          "Investors have been rushing to reprice the company since it disclosed earlier this month that OpenAI had agreed to purchase computing power worth about $300 billion from it over five years or so, starting in 2027.",
          kind="cloud_contract", term=["2027", None],
          note="'it' = Oracle; the $455bn backlog in the next sentence is a not_deal"),
        D("oracle-meta-cloud-talks", ["Oracle", "Meta"], 20_000_000_000, "USD", "approx", "2025-09", "negotiating",
          "Meta Platforms and Oracle are discussing a cloud computing agreement worth around $20 billion, people familiar with the discussions said last week.",
          kind="cloud_contract", note="talks from sources"),
        D("oracle-capex-fy26-sept", ["Oracle"], 35_000_000_000, "USD", "approx", "2025-09", "announced",
          "Oracle said this month it expects capital expenditure of roughly $35 billion in the fiscal year that ends in May 2026, up from about $21 billion the year before.",
          kind="capex_plan", term=["2025-06", "2026-05"],
          note="fiscal-2026 capex plan as given in September; raised to ~$50bn in December (018, a separate statement); the prior-year ~$21bn is past spending, a not_deal"),
    ],
    not_deals=["roughly $88 billion", "$455 billion", "about $21 billion", "$100 billion", "$308.46", "more than $860 billion"],
)

A["013_nebius_microsoft_aktienfalke.txt"] = dict(
    published="2025-09-11",
    published_note="from the portal line 'AKTIENFALKE | Tech-Werte | 11.09.2025 | 08:05' (a Thursday); 'Am Montagabend' -> 2025-09-08; 'Am Mittwoch' -> 2025-09-10; 'im vergangenen Dezember' -> 2024-12",
    language="de",
    deals=[
        D("nebius-microsoft-2025", ["Nebius", "Microsoft"], 17_400_000_000, "USD", "exact", "2025-09-08", "signed",
          "Am Montagabend hatte der Amsterdamer GPU-Cloud-Spezialist einen 17,4 Milliarden Dollar schweren Vertrag mit Microsoft bekanntgegeben, der bis 2031 läuft.",
          kind="cloud_contract", term=[None, "2031"], alt_amounts=[{"amount": 19_400_000_000, "currency": "USD"}],
          note="'der Amsterdamer GPU-Cloud-Spezialist' = Nebius; the possible 19,4 Milliarden Dollar with extra services (next sentence) is an alt_amount of the same contract"),
        D("nebius-capital-raise-2025-09", ["Nebius"], 3_000_000_000, "USD", "approx", "2025-09-10", "announced",
          "Am Mittwoch legte das Management nach und kündigte eine Kapitalerhöhung samt Wandelanleihen über insgesamt rund drei Milliarden Dollar an.",
          kind_alt=["other"],
          note="shares plus convertible notes; 'das Management' = Nebius; the split (about one and two billion) is not_deals"),
        D("nebius-placement-2024", ["Nebius", "Accel", "Nvidia", "Orbis Investments"], 700_000_000, "USD", "exact", "2024-12", "completed",
          "Erst im vergangenen Dezember waren Accel, Nvidia und Orbis mit 700 Millionen Dollar eingestiegen, damals zu 21 Dollar je Aktie.",
          note="restatement of 004's private placement"),
    ],
    not_deals=["95,12 Dollar", "rund 23 Milliarden Dollar", "Etwa eine Milliarde", "rund zwei Milliarden", "105,1 Millionen Dollar",
               "zwischen 0,9 und 1,1 Milliarden Dollar", "21 Dollar je Aktie", "von 78 auf 120 Dollar", "91,30 $", "500,37 $",
               "118,90 $", "1 Euro"],
)

A["014_hyperion_jv_westend.txt"] = dict(
    published="2025-10-22",
    published_note="from the date line 'Mittwoch, 22. Oktober 2025 | Finanzen | Seite 21'; 'am Dienstag' -> 2025-10-21",
    language="de",
    deals=[
        D("meta-hyperion-financing", ["Meta", "Blue Owl Capital", "PIMCO"], 27_000_000_000, "USD", "approx", "2025-10-21", "signed",
          "Das Projekt wird mit rund 27 Milliarden Dollar finanziert, umgerechnet gut 23 Milliarden Euro; Fonds von Blue Owl halten 80 Prozent, der Facebook-Konzern behält 20 Prozent.",
          alt_amounts=[{"amount": 23_000_000_000, "currency": "EUR"}, {"amount": 27_300_000_000, "currency": "USD"}],
          note="the joint venture was made official 'am Dienstag' (previous sentence); PIMCO (bond buyer) in the next paragraph; the 27,3bn bond volume is the same financing (alt_amount); PIMCO's ~18bn, Blue Owl's ~2.5bn equity and Meta's ~3bn payout are not_deals",
          **HYPERION),
        D("meta-capex-2025-july", ["Meta"], 66_000_000_000, "USD", "range", None, "announced",
          "Die Rechnung ist für beide Seiten attraktiv: Meta schont die eigene Bilanz, obwohl der Konzern für das laufende Jahr 66 bis 72 Milliarden Dollar an Investitionen vorsieht.",
          kind="capex_plan", amount_max=72_000_000_000, term=["2025", "2025"],
          note="the current 2025 capex guidance (given in July, 011), restated without a date"),
        D("vantage-oracle-38b-loan", ["JPMorgan", "MUFG", "Vantage Data Centers"], 38_000_000_000, "USD", "exact", "2025", "negotiating",
          "Nach Informationen aus Bankenkreisen schnüren JPMorgan und MUFG ein Kreditpaket über 38 Milliarden Dollar für zwei Rechenzentren in Texas und Wisconsin, die Vantage Data Centers für Oracle baut und an den Konzern vermieten will.",
          note="loan package in preparation, from bank sources; borrower Vantage, Oracle is the tenant (optional lease below); 018 reports it arranged; year only", **LOAN),
        N("oracle-vantage-lease", ["Oracle", "Vantage Data Centers"], None, "planned",
          "Nach Informationen aus Bankenkreisen schnüren JPMorgan und MUFG ein Kreditpaket über 38 Milliarden Dollar für zwei Rechenzentren in Texas und Wisconsin, die Vantage Data Centers für Oracle baut und an den Konzern vermieten will.",
          kind="other", kind_alt=["cloud_contract"],
          note="the lease behind the loan, no value of its own; optional"),
    ],
    not_deals=["rund 18 Milliarden Dollar", "etwa 2,5 Milliarden Dollar", "rund drei Milliarden Dollar",
               "mehr als 295 Milliarden Dollar", "732,17 Dollar"],
)

A["015_meta_bond_tapewright_en.html"] = dict(
    published="2025-10-31",
    published_note="no visible date and no date meta tag; from JSON-LD datePublished '2025-10-31T11:05:00Z'; 'on Thursday' -> 2025-10-30; 'On Wednesday' -> 2025-10-29; 'just a week after' -> 2025-10",
    language="en",
    deals=[
        D("meta-bond-2025-10", ["Meta"], 30_000_000_000, "USD", "exact", "2025-10-30", "completed",
          "Meta Platforms raised $30 billion in the bond market on Thursday in the largest high-grade offering so far this year, tapping lenders a day after it warned investors that spending on AI would keep climbing.",
          note="bond sale on Meta's own balance sheet; the ~$125bn order book is a not_deal", **LOAN),
        D("meta-capex-2025-oct", ["Meta"], 70_000_000_000, "USD", "range", "2025-10-29", "announced",
          "On Wednesday the company told shareholders that capital expenditure this year would come in between $70 billion and $72 billion, and that the total would be notably larger in 2026.",
          kind="capex_plan", amount_max=72_000_000_000, term=["2025", "2025"],
          note="narrowed 2025 capex guidance of 29 October; a different statement from the $66–72bn of July (011, 014)"),
        D("meta-hyperion-financing", ["Meta", "Blue Owl Capital", "PIMCO"], 27_000_000_000, "USD", "approx", "2025-10", "completed",
          "The offering comes just a week after Meta closed the roughly $27 billion Hyperion financing with Blue Owl Capital, whose funds own 80% of the Louisiana campus, and bond buyers led by PIMCO.",
          note="same Hyperion financing as 011/014; 'just a week after' -> month", **HYPERION),
    ],
    not_deals=["about $125 billion", "$51.24 billion", "$15.93 billion", "$666.47", "about $110 billion", "$4,000", "$0.99 per order"],
)

A["016_interview_gpukredite_zinswerk.txt"] = dict(
    published=None,
    published_note="no date anywhere (only 'Lesedauer: 5 Minuten'); years given in the text are kept, everything else is null",
    language="de",
    deals=[
        D("macquarie-lambda-gpu-loan", ["Macquarie Group", "Lambda"], 500_000_000, "USD", "exact", "2024", "signed",
          "Lambda hat schon 2024 eine halbe Milliarde Dollar von Macquarie bekommen, besichert mit Chips.",
          note="amount in words ('eine halbe Milliarde'); the $500m facility of 001", **LOAN),
        D("meta-hyperion-financing", ["Meta", "Blue Owl Capital", "PIMCO"], 27_000_000_000, "USD", "approx", None, "completed",
          "Für Hyperion hat der Konzern rund 27 Milliarden Dollar über Blue Owl und Anleihekäufer wie PIMCO aufgenommen, ohne dass die Schulden in der eigenen Bilanz auftauchen.",
          note="'der Konzern' = Meta (previous sentence); undated restatement", **HYPERION),
        D("morganstanley-xai-debt-2025", ["Morgan Stanley", "xAI"], 5_000_000_000, "USD", "exact", "2025", "completed",
          "Am anderen Ende steht xAI: Die Firma hat 2025 fünf Milliarden Dollar Schulden über Morgan Stanley aufgenommen, zu Zinsen um die zwölf Prozent.",
          note="restatement of 010's debt raise, only the year given", **LOAN),
        D("sonnjoch-swedish-gpu-loan", ["Sonnjoch Kreditpartner"], 2_800_000_000, "SEK", "exact", None, "completed",
          "Wir haben im Frühjahr einem schwedischen GPU-Anbieter 2,8 Milliarden Kronen geliehen, rund 250 Millionen Euro, Laufzeit vier Jahre.",
          alt_amounts=[{"amount": 250_000_000, "currency": "EUR"}],
          note="invented; 'Wir' = Sonnjoch Kreditpartner; the borrower is not named; SEK with a EUR conversion; 'im Frühjahr' without a year in an undated interview -> null", **LOAN),
        D("kargletsch-sonnjoch-loan", ["Sonnjoch Kreditpartner", "Kargletsch Compute"], 400_000_000, "EUR", "up_to", None, "negotiating",
          "Gerade verhandeln wir mit Kargletsch Compute in München über eine Linie von bis zu 400 Millionen Euro.",
          note="talks; signed at €400m on 2026-06-16 (019, 020); undated here", **LOAN),
    ],
    not_deals=["1,1 Milliarden Euro", "fünf Millionen Euro", "40.000 Dollar", "unter 20.000", "rund 1,5 Billionen Dollar",
               "12,80 Euro", "69 Euro"],
)

A["017_xai_capex_coupons_en.txt"] = dict(
    published="2026-01-08",
    published_note="from the byline 'Posted January 8, 2026 by Maren Whitlock'; 'on Tuesday' -> 2026-01-06; 'Back in October' -> 2025-10; 'last July' -> 2025-07; 'in November' -> 2025-11",
    language="en",
    deals=[
        D("xai-seriese-2026", ["xAI"], 20_000_000_000, "USD", "exact", "2026-01-06", "completed",
          "xAI said on Tuesday it had closed an upsized $20 billion Series E, well above the $15 billion it was originally shopping.",
          note="no lead investor named; the $15bn target is a not_deal"),
        N("nvidia-cisco-xai-seriese", ["xAI", "Nvidia", "Cisco"], "2026-01-06", "completed",
          "Nvidia and Cisco came in as strategic backers, though nobody said how much either of them put in.",
          kind="investment", note="strategic participation in the Series E without an amount, optional; different from Nvidia's reported up-to-$2bn of October"),
        D("nvidia-xai-spv-2025", ["Nvidia", "xAI"], 2_000_000_000, "USD", "up_to", "2025-10", "rumored",
          "Back in October, Nvidia was reported to be putting up to $2 billion into the equity of a separate vehicle that buys its processors and rents them to Musk's company.",
          note="'Musk's company' = xAI; equity in a chip-leasing vehicle, reported only"),
        D("morganstanley-xai-debt-2025", ["Morgan Stanley", "xAI"], 5_000_000_000, "USD", "exact", "2025-07", "completed",
          "The equity sits on top of the $5 billion of secured debt Morgan Stanley placed for the company last July.",
          note="restatement of 010; 'the company' = xAI", **LOAN),
        D("apollo-xai-gpu-spv", ["Apollo Global Management", "xAI"], 3_500_000_000, "USD", "approx", "2025-11", "rumored",
          "Then, in November, Apollo Global Management was said to be leading about $3.5 billion of loans for yet another special-purpose vehicle that will own GPUs and lease them to xAI.",
          note="reported only; loans to a vehicle that leases GPUs to xAI", **LOAN),
        D("coreweave-capex-2025-nov", ["CoreWeave"], 12_000_000_000, "USD", "range", "2025-11", "announced",
          "Compare that with CoreWeave, which cut its 2025 spending forecast to between $12 billion and $14 billion in November because data-center partners were running late.",
          kind="capex_plan", amount_max=14_000_000_000, term=["2025", "2025"],
          note="lowered 2025 capex guidance; a different statement from the $20–23bn of May (008)"),
    ],
    not_deals=["$15 billion", "around $230 billion", "$1.46 billion", "barely $107 million", "$25 billion to $30 billion",
               "$8/month", "$250 a year"],
)

A["018_oracle_kapitalplan_isartaler.txt"] = dict(
    published="2026-02-02",
    published_note="only the dateline 'Austin, 2. Februar 2026 –' (a Monday); 'am Sonntag' -> 2026-02-01; 'noch am Montag' -> 2026-02-02; 'Im Dezember' -> 2025-12; 'im Herbst' -> 2025",
    language="de",
    deals=[
        D("oracle-financing-plan-2026", ["Oracle"], 45_000_000_000, "USD", "range", "2026-02-01", "planned",
          "Austin, 2. Februar 2026 – Der Softwarekonzern Oracle will sich in diesem Jahr 45 bis 50 Milliarden Dollar an frischem Kapital beschaffen, über Anleihen ebenso wie über neue Aktien, wie die Amerikaner am Sonntag mitteilten.",
          kind="other", kind_alt=["investment"], amount_max=50_000_000_000, term=["2026", "2026"],
          note="financing plan for 2026 (debt and equity); the equity programme of up to 20bn is a part and a not_deal; the 25bn bond of the next paragraph is annotated separately as the first concrete transaction"),
        D("oracle-bond-2026-02", ["Oracle"], 25_000_000_000, "USD", "exact", "2026-02-02", "completed",
          "Den ersten Schritt machte der Konzern noch am Montag: Eine Anleihe über 25 Milliarden Dollar wurde binnen Stunden platziert, die Bücher waren mit mehr als 120 Milliarden Dollar überzeichnet.",
          note="bond sale, 'der Konzern' = Oracle; the order book is a not_deal; different from the $18bn bond of September 2025 (012)", **LOAN),
        D("oracle-capex-fy26-dec", ["Oracle"], 50_000_000_000, "USD", "approx", "2025-12", "announced",
          "Im Dezember hatte Oracle die Investitionsplanung für das laufende, im Mai endende Geschäftsjahr auf rund 50 Milliarden Dollar angehoben.",
          kind="capex_plan", term=["2025-06", "2026-05"],
          note="raised fiscal-2026 capex plan; a separate statement from the ~$35bn of September (012)"),
        D("oracle-openai-300b", ["Oracle", "OpenAI"], 300_000_000_000, "USD", "approx", None, "signed",
          "Ein Großteil dient dazu, die Zusagen aus dem rund 300 Milliarden Dollar schweren Rechenvertrag mit OpenAI zu erfüllen.",
          kind="cloud_contract", note="background restatement of 012's contract, undated here"),
        D("blueowl-oracle-michigan", ["Blue Owl Capital", "Oracle"], 10_000_000_000, "USD", "approx", "2025", "cancelled",
          "Für das Rechenzentrum in Saline Township im Bundesstaat Michigan, ein Vorhaben von rund zehn Milliarden Dollar, hatte sich Blue Owl Capital im Dezember aus den Gesprächen über die Finanzierung zurückgezogen.",
          kind="other", kind_alt=["investment", "project"],
          note="financing talks for Oracle's ~$10bn Michigan data centre ended by Blue Owl in December; cancelled, dated to the year of the talks"),
        N("blackstone-oracle-michigan", ["Blackstone", "Oracle"], None, "negotiating",
          "Berichten zufolge verhandelt inzwischen Blackstone über einen Einstieg.",
          kind="other", kind_alt=["investment"],
          note="reported talks without an amount, optional; Oracle from the previous sentence"),
        D("vantage-oracle-38b-loan", ["JPMorgan", "MUFG", "Vantage Data Centers"], 38_000_000_000, "USD", "exact", "2025", "signed",
          "Besser lief es im Herbst in Texas und Wisconsin: Dort hatten JPMorgan und MUFG für zwei Standorte von Vantage Data Centers, die Oracle nutzen wird, 38 Milliarden Dollar an Krediten arrangiert.",
          note="the loan package of 014, now arranged; 'im Herbst' -> year", **LOAN),
        N("oracle-vantage-lease", ["Oracle", "Vantage Data Centers"], None, "signed",
          "Besser lief es im Herbst in Texas und Wisconsin: Dort hatten JPMorgan und MUFG für zwei Standorte von Vantage Data Centers, die Oracle nutzen wird, 38 Milliarden Dollar an Krediten arrangiert.",
          kind="other", kind_alt=["cloud_contract"], note="the lease behind the loan, optional (as in 014)"),
    ],
    not_deals=["bis zu 20 Milliarden Dollar", "mehr als 120 Milliarden Dollar", "164 Dollar", "523 Milliarden Dollar",
               "rund 20 Milliarden Dollar", "14,90 Euro"],
)

A["019_ticker_kifinanzierung_finanzfenster.txt"] = dict(
    published="2026-06-16",
    published_note="from the ticker header 'Live-Ticker KI-Finanzierung | Dienstag, 16. Juni 2026 | zuletzt aktualisiert 17:42 Uhr'; ticker entries of the same day -> 2026-06-16; 'im Januar' -> 2026-01",
    language="de",
    deals=[
        D("kargletsch-sonnjoch-loan", ["Sonnjoch Kreditpartner", "Kargletsch Compute"], 400_000_000, "EUR", "exact", "2026-06-16", "signed",
          "Jetzt ist es offiziell: Kargletsch Compute hat einen durch Grafikprozessoren besicherten Kredit über 400 Millionen Euro unterschrieben.",
          note="invented; lender (Sonnjoch Kreditpartner leads the consortium) in the next sentence; the twelve-million state grant is a not_deal", **LOAN),
        D("hochfirn-kargletsch-ppa", ["Hochfirn Energie", "Kargletsch Compute"], 35_000_000, "EUR", "approx", "2026-06-16", "signed",
          "Der Versorger liefert ab 2027 zehn Jahre lang Wind- und Solarstrom, das Volumen beziffern beide Seiten auf rund 35 Millionen Euro jährlich.",
          kind="supply", per="year", term=["2027", "2036"],
          note="invented; 'Der Versorger' = Hochfirn Energie, buyer Kargletsch Compute (previous sentence); yearly rate"),
        D("coreweave-notes-2026-rumor", ["CoreWeave"], 3_000_000_000, "USD", "approx", "2026-06", "rumored",
          "Insidern zufolge bereitet der US-Anbieter eine weitere Anleihe über rund drei Milliarden Dollar vor.",
          note="invented rumour; 'der US-Anbieter' = CoreWeave (heading)", **LOAN),
        D("nebius-kargletsch-denied", ["Nebius", "Kargletsch Compute"], 1_000_000_000, "EUR", "approx", "2026-06", "rumored",
          "Der Amsterdamer Konzern weist einen Bericht zurück, wonach er Kargletsch für rund eine Milliarde Euro übernehmen wolle.",
          kind="acquisition", required=False,
          note="invented, denied takeover rumour, optional; 'Der Amsterdamer Konzern' = Nebius (heading)"),
        D("meta-capex-2026", ["Meta"], 115_000_000_000, "USD", "range", "2026-01", "announced",
          "Auf einer Investorenkonferenz bekräftigt der Facebook-Mutterkonzern die im Januar genannte Spanne von 115 bis 135 Milliarden Dollar für Investitionen im Jahr 2026.",
          kind="capex_plan", amount_max=135_000_000_000, term=["2026", "2026"],
          note="2026 capex guidance given in January, reaffirmed; Meta named in the heading and the next sentence"),
    ],
    not_deals=["zwölf Millionen Euro", "97,40 Dollar", "212,50 Dollar", "48 Millionen Euro", "610 Millionen Euro", "79 Euro"],
)

A["020_digest_brightwater_en.txt"] = dict(
    published="2026-11-20",
    published_note="from the issue line 'No. 96 — Friday 20 November 2026'; 'on Wednesday' -> 2026-11-18 (only the month is used for the talks); 'almost exactly twelve months ago' -> 2025-11; 'September 2025' -> 2025-09; 'in June' -> 2026-06; 'in January' -> 2026-01",
    language="en",
    deals=[
        D("macquarie-lambda-2026-talks", ["Macquarie Group", "Lambda"], 2_000_000_000, "USD", "approx", "2026-11", "negotiating",
          "Lambda is lining up roughly $2 billion of new GPU-backed debt from lenders headed by Macquarie, two people involved in the talks told us on Wednesday.",
          note="invented talks; second Macquarie–Lambda deal, must stay apart from the $500m facility of 2024", **LOAN),
        N("macquarie-lambda-gpu-loan", ["Macquarie Group", "Lambda"], "2024", "signed",
          "If it closes, it will be four times the size of the facility the same bank arranged for the company back in 2024.",
          kind="other", kind_alt=["investment"],
          note="amount-less reference to the 2024 facility (001), optional"),
        D("twg-lambda-seriese-2025", ["TWG Global", "Lambda"], 1_500_000_000, "USD", "at_least", "2025-11", "completed",
          "It would also cap a busy year for the San Jose firm, which pulled in upwards of $1.5 billion in Series E money, with TWG Global leading, almost exactly twelve months ago, and has been preparing a listing ever since.",
          note="'the San Jose firm' = Lambda; lead investor listed"),
        D("nvidia-coreweave-capacity-2025", ["Nvidia", "CoreWeave"], 6_300_000_000, "USD", "exact", "2025-09", "signed",
          "Nvidia's $6.3 billion commitment to buy whatever CoreWeave capacity its customers leave unused, running through 2032.",
          kind="cloud_contract", kind_alt=["supply"], term=[None, "2032"],
          note="bullet; different from Nvidia's $250m IPO order (006)"),
        D("openai-coreweave-2025-09", ["OpenAI", "CoreWeave"], 6_500_000_000, "USD", "exact", "2025-09", "signed",
          "OpenAI's $6.5 billion expansion, which lifted its contracts with CoreWeave to about $22.4 billion in total.",
          kind="cloud_contract",
          note="bullet; third OpenAI–CoreWeave contract; the ~$22.4bn total is a not_deal"),
        D("meta-coreweave-2025-09", ["Meta", "CoreWeave"], 14_200_000_000, "USD", "up_to", "2025-09", "signed",
          "Meta's agreement to pay CoreWeave up to $14.2 billion for computing power through 2031.",
          kind="cloud_contract", term=[None, "2031"], note="bullet"),
        D("kargletsch-sonnjoch-loan", ["Sonnjoch Kreditpartner", "Kargletsch Compute"], 400_000_000, "EUR", "exact", "2026-06", "signed",
          "Munich's Kargletsch Compute, which signed a €400 million GPU loan led by Sonnjoch Kreditpartner in June, says the first 4,000 chips are live.",
          note="restatement of 019", **LOAN),
        D("meta-capex-2026", ["Meta"], 115_000_000_000, "USD", "range", "2026-01", "announced",
          "Meta is still tracking toward the $115 billion to $135 billion it guided for 2026 in January.",
          kind="capex_plan", amount_max=135_000_000_000, term=["2026", "2026"], note="restatement of the January guidance (019)"),
    ],
    not_deals=["about $22.4 billion", "near $187", "around $96", "about €3.1 million", "near $160 billion", "$1.1 trillion",
               "$1.1 million", "$240 a year", "$25 a month"],
)


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
