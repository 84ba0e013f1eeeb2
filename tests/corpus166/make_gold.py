#!/usr/bin/env python3
"""Write gold.json for tests/corpus166 (the hand annotation, kept as a script).

Usage: python3 tests/corpus166/make_gold.py
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence,
         required=True, amount_max=None, per=None, alt=None, term=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if kind_alt:
        d["kind_alt"] = kind_alt
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if term:
        d["term"] = term
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def article(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ABOUT = (
    "Hand-annotated deals in the 166th, held-out test corpus (tests/corpus166/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: shipping lines, ports' shipping customers and "
    "shipbuilding (container lines, yards, ship orders, fleet financing) and their AI/data deals. One "
    "entry per article; a deal that several articles report carries the same id in each. 'required': "
    "false marks vague or background mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
    "Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same "
    "deal's amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved "
    "against the article's publication date ('published', from the article's own date marker, dateline, "
    "<meta>/<time>, issue line or visible stamp, or null when the article has none); quarters, "
    "half-years and seasons become the year; a cancelled deal keeps the date of the original agreement "
    "or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). Invented companies: Heckwelle Analytics "
    "GmbH, Fleetenkieker Capital, Dolgorae Robotics, Brassholm Værft, Hallingstad Shipping ASA, "
    "Hollowcombe Systems, Hanseatische Kaibank, Reederei Ebbinghoff KG, Saltreef Maritime, Rushcombe "
    "Leasing, Quaysight, Lunedeich Compute GmbH, Marlowe Bay Capital, Serangoon Harbour Ventures, "
    "Limfjord Handelsbank, Tinicum Marine Lines, Nahtlicht Sensorik GmbH, Lantau Vector; invented "
    "publications, research houses, advertisers, events and people are listed in invented_names.txt; "
    "the deals of real companies are partly real, partly invented or shifted. Nothing here is reporting."
)

A = {}

A["001_hapaglloyd_heckwelle_elbkaibote.txt"] = article(
    "2024-03-14",
    "dateline 'Hamburg, 14. März (ekb)' has no year; the year comes from the copyright line '© 2024'; "
    "'am Dienstag' -> 2024-03-12",
    "de",
    [
        deal("hapaglloyd-heckwelle-routing", ["Hapag-Lloyd", "Heckwelle Analytics"], "cloud_contract",
             3800000, "EUR", "approx", "2024-03-12", "signed",
             "Die Reederei zahlt dem jungen Unternehmen jährlich rund 3,8 Millionen Euro für eine Software, die Geschwindigkeit und Kurs ihrer Frachter anhand von Wetter-, Strömungs- und Hafendaten laufend neu berechnet.",
             per="year", term=["2024-04", "2027-03"], kind_alt=["other", "supply"],
             note="'Die Reederei' = Hapag-Lloyd, 'dem jungen Unternehmen' = Heckwelle Analytics (previous sentence); "
                  "signed 'am Dienstag' (next sentence); software licence/service paid per year; 015 and 017 restate it; "
                  "different from Hapag-Lloyd's 25.1 % stake of 2025 (015, 017)"),
        deal("fleetenkieker-heckwelle-seed", ["Fleetenkieker Capital", "Heckwelle Analytics"], "investment",
             6500000, "EUR", "exact", "2023", "completed",
             "Im vergangenen Jahr hatte der Hamburger Frühphasenfonds Fleetenkieker Capital eine Finanzierungsrunde über 6,5 Millionen Euro angeführt; damals wurde die Firma mit rund 40 Millionen Euro bewertet.",
             note="lead investor of the round; 'Im vergangenen Jahr' -> 2023; the valuation in the same sentence is a not_deal"),
    ],
    ["bis zu 150.000 Euro im Jahr", "20 Millionen Dollar jährlich", "rund 40 Millionen Euro",
     "1,2 Millionen Euro", "knapp 3 Milliarden Euro", "62.000 Euro", "24,90 Euro", "14,90 Euro im Monat"],
)

A["002_hmm_dolgorae_gwangantimes_en.txt"] = article(
    "2024-02-08",
    "from the stamp 'Posted : 2024-02-08 09:12'; 'Wednesday' -> 2024-02-07",
    "en",
    [
        deal("harim-hmm-sale", ["Harim", "HMM", "Korea Development Bank", "Korea Ocean Business Corporation"],
             "acquisition", 6300000000000, "KRW", "approx", "2023-12", "cancelled",
             "Harim had been named preferred bidder in December, offering about 6.3 trillion won ($4.7 billion) for a 57.9 percent controlling stake.",
             alt=[(4700000000, "USD")],
             note="talks ended without a contract ('Wednesday evening'); the cancelled deal keeps the date of the preferred-bidder "
                  "choice in December (2023); sellers KDB and Korea Ocean Business Corporation in the previous sentence"),
        deal("hdhyundai-dolgorae-stake", ["HD Hyundai", "Dolgorae Robotics"], "investment",
             32000000000, "KRW", "exact", "2024-02-07", "signed",
             "In a separate deal, HD Hyundai's shipbuilding holding company HD Korea Shipbuilding & Offshore Engineering (KSOE) disclosed on Wednesday that it is putting 32 billion won, about $24 million, into Dolgorae Robotics.",
             alt=[(24000000, "USD")], kind_alt=["acquisition"],
             note="KSOE = HD Hyundai (group holding); 19 % after a capital increase; 019 restates it; different from "
                  "HD Hyundai's 2026 takeover of the rest (019)"),
    ],
    ["about 1.7 trillion won", "17,150 won", "roughly 11.8 trillion won", "about 580 billion won",
     "nearly 10 trillion won", "11 billion won", "around 136 billion won", "about 85 million won",
     "140 billion won"],
)

A["003_hanwha_philly_tickerbrise.txt"] = article(
    "2024-06-21",
    "from the portal stamp '21.06.2024, 08:41 Uhr'; 'am Donnerstag' -> 2024-06-20",
    "de",
    [
        deal("hanwha-philly-shipyard", ["Hanwha Ocean", "Hanwha Systems", "Philly Shipyard"], "acquisition",
             100000000, "USD", "approx", "2024-06-20", "signed",
             "Der Kaufpreis liegt bei rund 100 Millionen Dollar, umgerechnet etwa 93 Millionen Euro.",
             alt=[(93000000, "EUR")],
             note="buyers and target in the previous sentence, seller Philly Shipyard ASA in the next; signed 'am Donnerstag', "
                  "approvals pending"),
        deal("hanwha-dolgorae-geoje-robots", ["Hanwha Ocean", "Dolgorae Robotics"], "supply",
             18000000000, "KRW", "approx", "2024-06", "signed",
             "Das Auftragsvolumen beziffert das Start-up auf knapp 18 Milliarden Won.",
             kind_alt=["other"],
             note="order placed 'Anfang Juni' (previous sentence); 'das Start-up' = Dolgorae Robotics; different from the "
                  "2026 crawler order for Philadelphia (018)"),
        deal("hanwha-us-capex-2024", ["Hanwha Ocean"], "capex_plan",
             1000000000, "USD", "at_least", "2024-06", "planned",
             "Mittelfristig plant der Konzern, mehr als eine Milliarde Dollar in Werften und Zulieferer in den USA zu stecken, wie es aus dem Unternehmen heißt.",
             required=False,
             note="vague group plan without projects ('der Konzern' = Hanwha Ocean); optional"),
    ],
    ["26.650 KRW", "mehr als 20 Milliarden Dollar", "52 Milliarden Won", "zwischen 10 und 11 Billionen Won",
     "35.000 Won", "31.900 KRW", "21.050 KRW", "ca. 8,2 Bio. KRW", "3,90 Euro pro Order"],
)

A["004_windward_ftv_leeshore_en.html"] = article(
    "2024-12-10",
    "from <meta property='article:published_time'> and <time datetime='2024-12-10T07:05:00+00:00'> "
    "('10 December 2024'); 'on Monday' -> 2024-12-09; 'Last month' -> 2024-11",
    "en",
    [
        deal("ftv-windward", ["FTV Capital", "Windward"], "acquisition",
             274000000, "GBP", "approx", "2024-12-09", "signed",
             "The recommended cash offer, announced on Monday, values the business at about £274 million.",
             note="parties in the previous sentence; recommended offer with irrevocable undertakings; the per-share price is a not_deal"),
        deal("kpler-spire-maritime", ["Kpler", "Spire Global"], "acquisition",
             236000000, "USD", "approx", "2024-11", "signed",
             "Last month Kpler, the Brussels-based commodity-tracking firm, agreed to acquire the maritime division of Spire Global for about $236 million, picking up a fleet of nanosatellites that collect ship positions.",
             note="'Last month' -> 2024-11; seller Spire Global, the maritime division is the target"),
        deal("ftv-hollowcombe-talks", ["FTV Capital", "Hollowcombe Systems"], "investment",
             None, None, None, "2024-10", "rumored",
             "Southampton's Hollowcombe Systems, which sells digital-twin and hull-monitoring software to yards and owners, was reported in October to have held exploratory talks with FTV as well.",
             required=False, kind_alt=["acquisition"],
             note="reported talks without an amount, denied by Hollowcombe in the next sentence; optional"),
    ],
    ["81 pence a share", "around £150 million", "$3.2 billion", "under $1 billion", "$33.9 million", "£49"],
)

A["005_meyerwerft_brassholm_hellingbrief.txt"] = article(
    "2024-09-12",
    "from the issue line 'Ausgabe 37/2024 · Donnerstag, 12. September 2024'; 'am Mittwoch' -> 2024-09-11; "
    "'Ende August' -> 2024-08",
    "de",
    [
        deal("bund-niedersachsen-meyerwerft", ["Bundesrepublik Deutschland", "Land Niedersachsen", "Meyer Werft"],
             "investment", 400000000, "EUR", "approx", "2024-09-11", "announced",
             "Der Bund und das Land Niedersachsen übernehmen gemeinsam rund 80 Prozent an der angeschlagenen Meyer Werft und schießen dafür rund 400 Millionen Euro Eigenkapital ein.",
             kind_alt=["acquisition"],
             note="agreed 'am Mittwoch' (next sentence), parliament and EU approval pending -> announced; the state guarantees "
                  "of about €2.6bn are public aid (not_deal)"),
        deal("hallingstad-brassholm-feeders", ["Hallingstad Shipping", "Brassholm Værft"], "supply",
             2100000000, "DKK", "exact", "2024-08", "signed",
             "Das Auftragsvolumen: 2,1 Milliarden dänische Kronen, umgerechnet rund 282 Millionen Euro.",
             alt=[(282000000, "EUR")], kind_alt=["other"], term=["2026-12", "2027-06"],
             note="ship order; parties and 'Ende August' in the previous sentence; deliveries end 2026 to mid-2027; different "
                  "from the 2025 retrofit contract of the same pair (014)"),
        deal("brassholm-hollowcombe-licence", ["Brassholm Værft", "Hollowcombe Systems"], "cloud_contract",
             7500000, "GBP", "exact", "2024-09", "signed",
             "Brassholm hat bei Hollowcombe Systems in Southampton eine werftweite Lizenz für deren digitalen Zwilling erworben; der Vertrag hat nach Angaben der Werft ein Volumen von 7,5 Millionen Pfund über sechs Jahre.",
             kind_alt=["other"],
             note="software licence over six years; no signing date -> month of the issue"),
    ],
    ["rund 2,6 Milliarden Euro", "knapp 11 Milliarden Euro", "rund 4 Milliarden Euro", "etwa 70 Millionen Euro",
     "rund 780 Euro je Tonne", "gut 180 Millionen Dollar", "95 Euro netto", "78.000 Euro", "289 Euro"],
)

A["006_hapaglloyd_newbuilds_sextantwire_en.txt"] = article(
    "2024-12-12",
    "from the wire header 'December 12, 2024 · 07:30 ET' (dateline 'HAMBURG, Dec 11'); 'on Wednesday' -> 2024-12-11",
    "en",
    [
        deal("hapaglloyd-china-newbuilds", ["Hapag-Lloyd", "Yangzijiang Shipbuilding", "New Times Shipbuilding"],
             "supply", 4200000000, "USD", "at_least", "2024-12-11", "signed",
             "HAMBURG, Dec 11 (Sextant Wire) - Hapag-Lloyd has placed orders worth more than $4.2 billion for 24 container ships with two Chinese shipbuilders, the German carrier said on Wednesday, its largest newbuilding programme in more than a decade.",
             alt=[(4000000000, "EUR")], kind_alt=["other"], term=["2027", "2029"],
             note="the two yards are named in the next sentence; 007 retells it as 'knapp 4 Milliarden Euro' in December (alt_amounts)"),
        deal("kaibank-hapaglloyd-loan", ["Hanseatische Kaibank", "Hapag-Lloyd"], "other",
             1500000000, "USD", "approx", "2024-12", "negotiating",
             "According to two bankers involved, a group of lenders led by Hanseatische Kaibank is putting together roughly $1.5 billion of ship-backed loans for the first batch of vessels, with pricing and covenants still under negotiation.",
             kind_alt=["investment"],
             note="syndicated loan being arranged, terms under negotiation; the borrower is Hapag-Lloyd (context)"),
        deal("hapaglloyd-saltreef-rumour", ["Hapag-Lloyd", "Saltreef Maritime"], "acquisition",
             900000000, "USD", "approx", "2024-12", "rumored",
             "Separately, Hapag-Lloyd rejected a report in a Singapore trade paper that it had sounded out Saltreef Maritime, a regional feeder operator, about a takeover worth around $900 million.",
             required=False,
             note="reported approach denied by Hapag-Lloyd; optional; unrelated to Marlowe Bay's 2026 takeover (020)"),
    ],
    ["roughly $175 million per vessel", "about $2.1 billion", "near $4,900 per forty-foot box", "S$2.71",
     "exceeds $20 billion", "158.40 euros"],
)

A["007_wochenrueckblick_kw2_ladeluke.txt"] = article(
    "2025-01-10",
    "from the issue line 'KW 2 · Freitag, 10. Januar 2025'; 'Am Montag' -> 2025-01-06",
    "de",
    [
        deal("hapaglloyd-china-newbuilds", ["Hapag-Lloyd", "Yangzijiang Shipbuilding", "New Times Shipbuilding"],
             "supply", 4000000000, "EUR", "approx", "2024-12", "signed",
             "Im Dezember hat Hapag-Lloyd bei den chinesischen Werften Yangzijiang und New Times 24 Containerschiffe bestellt, für knapp 4 Milliarden Euro.",
             kind_alt=["other"],
             note="the order of 006 retold in EUR with only the month ('Im Dezember')"),
        deal("kaibank-ebbinghoff-loan", ["Hanseatische Kaibank", "Reederei Ebbinghoff"], "other",
             62000000, "EUR", "exact", "2025-01-06", "signed",
             "Am Montag unterschrieb die Familienreederei einen Kreditvertrag mit der Hanseatischen Kaibank über 62 Millionen Euro, Laufzeit zwölf Jahre.",
             kind_alt=["investment"], term=["2025", "2037"],
             note="'die Familienreederei' = Reederei Ebbinghoff KG (previous sentence); dative 'der Hanseatischen Kaibank'"),
        deal("ebbinghoff-heckwelle-routing", ["Reederei Ebbinghoff", "Heckwelle Analytics"], "cloud_contract",
             21000, "EUR", "approx", "2025-01", "signed",
             "Das kostet die Reederei nach eigenen Angaben monatlich rund 21.000 Euro.",
             per="month", kind_alt=["other"], term=["2025-02", None],
             note="monthly fee for Heckwelle's routing software from February (previous sentence); no signing day -> month of the issue"),
    ],
    ["rund 4.850 Dollar je 40-Fuß-Container", "11.940 Kronen", "152,10 Euro", "690 Euro je Ticket",
     "9,50 Euro im Monat"],
)

A["008_saltreef_rushcombe_straitstonnage_en.txt"] = article(
    "2025-02-25",
    "from 'Published Tue, Feb 25, 2025 · 5:50 AM SGT'; 'on Monday' -> 2025-02-24; 'In early February' -> 2025-02",
    "en",
    [
        deal("rushcombe-saltreef-leaseback", ["Rushcombe Leasing", "Saltreef Maritime"], "other",
             420000000, "SGD", "exact", "2025-02-24", "signed",
             "SALTREEF Maritime will raise S$420 million (US$313 million) by selling six of its feeder container ships to London-based lessor Rushcombe Leasing and chartering them back for ten years, the Singapore-listed carrier told the stock exchange on Monday.",
             alt=[(313000000, "USD")], kind_alt=["acquisition", "investment"], term=["2025", "2035"],
             note="sale-and-leaseback (fleet financing); upper-case 'SALTREEF' in the lead"),
        deal("saltreef-gsi-newbuilds", ["Saltreef Maritime", "Guangzhou Shipyard International"], "supply",
             480000000, "USD", "range", "2025-02", "negotiating",
             "Saltreef is negotiating with Guangzhou Shipyard International over up to eight methanol-ready vessels, which brokers value at between US$480 million and US$560 million in total, two people close to the talks said.",
             amount_max=560000000,
             note="talks; value only from brokers"),
        deal("saltreef-quaysight-berth", ["Saltreef Maritime", "Quaysight"], "cloud_contract",
             6500000, "USD", "exact", "2025-02", "signed",
             "In early February the carrier put its name to a US$6.5 million, three-year contract with Quaysight, a Singapore start-up whose software predicts berth windows and crane availability across congested Asian ports.",
             kind_alt=["other"],
             note="'the carrier' = Saltreef; 'put its name to' = signed"),
    ],
    ["roughly US$21,000 a day", "S$610 million", "about S$30 million a year", "S$1.12 billion", "S$96 million",
     "S$1.47", "about S$890 million", "S$50 million", "S$180", "S$260"],
)

A["009_lunedeich_bremerhaven_weserlotse.html"] = article(
    "2025-04-03",
    "from <meta name='date' content='2025-04-03T06:45:00+02:00'> and the visible line 'Bremerhaven · 03.04.2025, "
    "06:45 Uhr'; 'am Dienstagabend' -> 2025-04-01; 'Im März' -> 2025-03",
    "de",
    [
        deal("bremerhaven-lunedeich-land", ["Stadt Bremerhaven", "Lunedeich Compute"], "acquisition",
             11400000, "EUR", "exact", "2025-04-01", "announced",
             "Der Kaufpreis beträgt 11,4 Millionen Euro, das Votum fiel mit 38 zu 9 Stimmen.",
             kind_alt=["other"],
             note="land sale by the city, approved by the council 'am Dienstagabend' (previous sentence), notarisation still due -> announced"),
        deal("marlowebay-lunedeich-funding", ["Marlowe Bay Capital", "Lunedeich Compute"], "investment",
             140000000, "EUR", "up_to", "2025-03", "signed",
             "Im März hat der Infrastrukturfonds Marlowe Bay Capital aus London der Firma bis zu 140 Millionen Euro zugesagt, in mehreren Tranchen je nach Baufortschritt.",
             kind_alt=["other"],
             note="'der Firma' = Lunedeich Compute; committed in tranches"),
        deal("lunedeich-first-phase", ["Lunedeich Compute"], "project",
             160000000, "EUR", "approx", "2025-04", "planned",
             "Die erste Ausbaustufe soll nach Angaben des Unternehmens rund 160 Millionen Euro kosten.",
             required=False, kind_alt=["capex_plan"],
             note="construction-cost estimate of the first phase; optional"),
        deal("ebbinghoff-lunedeich-lease", ["Reederei Ebbinghoff", "Lunedeich Compute"], "cloud_contract",
             85000, "EUR", "approx", "2025-04", "signed",
             "Die Reederei Ebbinghoff aus Leer mietet ab Herbst 2027 ein Rack-Segment und zahlt Lunedeich dafür monatlich rund 85.000 Euro, zunächst für fünf Jahre.",
             per="month", kind_alt=["other"], term=["2027", "2032"],
             note="colocation lease, monthly rate; no signing date -> month of the article"),
    ],
    ["jährlich rund zwei Millionen Euro", "4,5 Millionen Euro", "rund 270 Euro", "9 Millionen Euro",
     "ab 8.990 Euro", "7,99 Euro monatlich"],
)

A["010_cmacgm_mistral_bitkontor.txt"] = article(
    "2025-04-11",
    "from the page line 'Freitag, 11. April 2025 · Seite 14'; 'Am Donnerstag' -> 2025-04-10; 'Im März' -> 2025-03",
    "de",
    [
        deal("cmacgm-mistral-partnership", ["CMA CGM", "Mistral AI"], "partnership",
             110000000, "EUR", "approx", "2025-04-10", "signed",
             "Am Donnerstag unterzeichnete der Konzern eine Partnerschaft mit dem Pariser KI-Entwickler Mistral AI, die rund 110 Millionen Euro schwer ist und über fünf Jahre läuft.",
             alt=[(120000000, "USD")], kind_alt=["cloud_contract", "other"], term=["2025", "2030"],
             note="'der Konzern' = CMA CGM (previous sentence); 011 retells it as 'about $120 million' with the month only"),
        deal("cmacgm-google-2024", ["CMA CGM", "Google"], "partnership",
             None, None, None, "2024", "signed",
             "Der französische Reedereikonzern wiederum hatte schon 2024 eine Zusammenarbeit mit Google vereinbart, bei der es vor allem um Routenplanung und Lagerlogistik ging; finanzielle Details wurden damals nicht genannt.",
             required=False,
             note="background partnership without amount; optional"),
        deal("cmacgm-us-investment", ["CMA CGM"], "capex_plan",
             20000000000, "USD", "exact", "2025-03", "planned",
             "Im März hatte CMA CGM angekündigt, binnen vier Jahren 20 Milliarden Dollar in amerikanische Terminals, Logistik, Luftfracht und neue Schiffe unter US-Flagge zu stecken.",
             required=False,
             note="group-wide investment pledge; optional"),
    ],
    ["knapp 6 Milliarden Euro", "rund 55 Milliarden Dollar", "gut 10 Milliarden Dollar",
     "jährlich rund 300 Millionen Euro", "mehreren Dutzend Millionen Euro pro Jahr", "12,80 Euro", "249 Euro"],
)

A["011_lashing_bridge_april25_en.txt"] = article(
    "2025-04-24",
    "from the issue line 'Issue 88 — Thursday, 24 April 2025'; 'earlier this month' and 'last week' -> 2025-04",
    "en",
    [
        deal("cmacgm-mistral-partnership", ["CMA CGM", "Mistral AI"], "partnership",
             120000000, "USD", "approx", "2025-04", "signed",
             "The French carrier's pact with Mistral AI, sealed earlier this month, runs five years and is worth about $120 million, making it one of the largest enterprise contracts a European model developer has landed.",
             kind_alt=["cloud_contract", "other"],
             note="'The French carrier' = CMA CGM (heading); the deal of 010 in USD with the month only"),
        deal("wartsila-hollowcombe", ["Wärtsilä", "Hollowcombe Systems"], "acquisition",
             80000000, "GBP", "range", "2025", "rumored",
             "A price of between £80 million and £90 million has been discussed.",
             amount_max=90000000, alt=[(89000000, "GBP"), (105000000, "EUR")],
             note="talks from two insiders, both sides decline to comment; parties in the previous sentence; 013 reports the "
                  "signing at £89m (€105m) on 2025-09-10 (alt_amounts); the rumour carries only the year so that the shared "
                  "id's dates agree"),
        deal("serangoon-quaysight-seed", ["Serangoon Harbour Ventures", "Quaysight"], "investment",
             14000000, "USD", "exact", "2025-04", "completed",
             "Singapore's Quaysight, whose models forecast berth windows for feeder operators, has raised $14 million.",
             note="lead investor in the next sentence ('led the round last week'); different from the 2026 Series B (016)"),
    ],
    ["near $2,600 per FEU", "$2.5bn", "$62m", "$690", "$15 a month"],
)

A["012_korean_yards_bukhansan_note_en.txt"] = article(
    "2025-06-17",
    "from 'Sector note · 17 June 2025 · Prices as of 16 June close'; 'last week' -> 2025-06",
    "en",
    [
        deal("hdhyundai-palantir-extension", ["HD Hyundai", "Palantir"], "cloud_contract",
             260000000000, "KRW", "approx", "2025-06", "signed",
             "Neither side disclosed terms; we estimate the five-year extension at around 260 billion won ($190 million), including licences, forward-deployed engineers and a joint data team in Ulsan.",
             alt=[(190000000, "USD")], kind_alt=["partnership", "other"],
             note="value only from the analysts ('we'); parties and 'last week' in the previous sentence"),
        deal("hdhyundai-palantir-2024", ["HD Hyundai", "Palantir"], "partnership",
             None, None, None, "2024", "signed",
             "The original agreement between the two companies, struck in the autumn of 2024, was framed as a pilot for the group's shipyards and never priced publicly.",
             required=False, kind_alt=["cloud_contract"],
             note="the earlier, unpriced pilot agreement of the same pair; background, optional"),
        deal("shi-evergreen-boxships", ["Samsung Heavy Industries", "Evergreen Marine"], "supply",
             1900000000000, "KRW", "exact", "2025-06-10", "signed",
             "Samsung Heavy Industries (SHI) booked nine 15,000 TEU container ships from Taiwan's Evergreen Marine on 10 June for 1.9 trillion won in total, its largest container order since 2021.",
             kind_alt=["other"],
             note="ship order; per-ship price later in the note is a not_deal"),
    ],
    ["470,000 won", "420,000 won", "19,500 won", "around $285 million", "about 211 billion won per ship",
     "$28 billion", "1.2 trillion won"],
)

A["013_hafenticker_dalbenticker.txt"] = article(
    "2025-09-10",
    "from the ticker head 'Mittwoch, 10. September 2025'; entries 'heute früh' and 'vergibt' -> 2025-09-10",
    "de",
    [
        deal("wartsila-hollowcombe", ["Wärtsilä", "Hollowcombe Systems"], "acquisition",
             89000000, "GBP", "exact", "2025-09-10", "signed",
             "Die Finnen zahlen 89 Millionen Pfund, umgerechnet rund 105 Millionen Euro, für den britischen Spezialisten für digitale Zwillinge und Rumpfüberwachung, wie beide Seiten heute früh bekanntgaben.",
             alt=[(105000000, "EUR")],
             note="'Die Finnen' = Wärtsilä, the target named in the previous sentence; the rumour of 011 signed; repeated as "
                  "'89-Millionen-Pfund-Übernahme' in the 09:15 entry"),
        deal("hhla-konecranes-automation", ["HHLA", "Konecranes"], "supply",
             48000000, "EUR", "approx", "2025-09-10", "signed",
             "Aus dem Aufsichtsrat ist von rund 48 Millionen Euro die Rede; die Kräne sollen mithilfe von Kamerasystemen und KI-gestützter Pendelerkennung künftig aus einem Leitstand gesteuert werden.",
             kind_alt=["other"],
             note="contract award in the previous sentence; the amount comes from the supervisory board, HHLA did not confirm it"),
        deal("hanwha-austal-rumour", ["Hanwha Ocean", "Austal"], "acquisition",
             1400000000, "AUD", "approx", "2025-09", "rumored",
             "Die Zeitung hatte von rund 1,4 Milliarden Australischen Dollar gesprochen.",
             required=False,
             note="newspaper report denied by Hanwha; optional"),
    ],
    ["127,60 Euro", "21,18 Euro", "149 Euro", "14,2 Millionen Pfund", "66 Dollar je Barrel"],
)

A["014_hallingstad_brassholm_kattegatpost_en.html"] = article(
    "2025-10-15",
    "from <meta property='article:published_time'> and <time datetime='2025-10-15T09:20:00+02:00'>; "
    "'on Tuesday' -> 2025-10-14",
    "en",
    [
        deal("hallingstad-brassholm-retrofit", ["Hallingstad Shipping", "Brassholm Værft"], "supply",
             340000000, "DKK", "exact", "2025-10-14", "signed",
             "The work is valued at DKK 340 million, or roughly €45.5 million, and will be carried out in two batches starting in March next year.",
             alt=[(45500000, "EUR")], kind_alt=["other"], term=["2026-03", None],
             note="parties and 'signed it on Tuesday' in the previous sentences; second deal of the pair, must stay apart from "
                  "the 2024 newbuilding order (005)"),
        deal("limfjord-brassholm-loan", ["Limfjord Handelsbank", "Brassholm Værft"], "other",
             450000000, "DKK", "exact", "2025-10", "signed",
             "Limfjord Handelsbank has granted the yard a DKK 450 million construction loan, backed in part by a guarantee from the Danish state's export credit agency.",
             kind_alt=["investment"],
             note="'the yard' = Brassholm; no date given -> month of the article"),
        deal("brassholm-dock-capex", ["Brassholm Værft"], "capex_plan",
             600000000, "DKK", "up_to", "2025-10", "planned",
             "Chief executive Jesper Holm-Vestergaard said the yard plans to spend up to DKK 600 million over four years on a third dock and a covered outfitting hall, subject to financing.",
             required=False,
             note="company investment plan subject to financing; optional"),
    ],
    ["about DKK 4 million per ship a year", "€18 million", "DKK 1.9 billion", "DKK 112 million", "NOK 84.20"],
)

A["015_hapaglloyd_heckwelle_kurshafen.txt"] = article(
    "2025-11-13",
    "from the portal stamp '13.11.2025 | 07:58'; 'am Mittwoch' -> 2025-11-12",
    "de",
    [
        deal("hapaglloyd-heckwelle-stake", ["Hapag-Lloyd", "Heckwelle Analytics"], "investment",
             45000000, "EUR", "approx", "2025-11-12", "signed",
             "Für das Paket zahlt Hapag-Lloyd rund 45 Millionen Euro; ein Teil davon fließt als Kapitalerhöhung in das Unternehmen, den Rest erhalten Altgesellschafter, darunter der Frühphasenfonds Fleetenkieker Capital.",
             kind_alt=["acquisition"],
             note="25.1 % stake (previous sentence), partly primary, partly secondary; 017 mentions it without amount; the implied "
                  "valuation is a not_deal"),
        deal("hapaglloyd-heckwelle-routing", ["Hapag-Lloyd", "Heckwelle Analytics"], "cloud_contract",
             3800000, "EUR", "approx", "2024", "signed",
             "Bereits seit dem Frühjahr 2024 nutzt Hapag-Lloyd die Routensoftware der Altonaer flottenweit und zahlt dafür jährlich rund 3,8 Millionen Euro.",
             per="year", kind_alt=["other", "supply"],
             note="the 2024 contract of 001 restated; 'Frühjahr 2024' -> 2024; 'der Altonaer' = Heckwelle"),
    ],
    ["131,90 Euro", "knapp 180 Millionen Euro", "412 Millionen Dollar", "1,1 Milliarden Dollar",
     "5,1 Milliarden Dollar", "zwischen 1,0 und 1,5 Milliarden Dollar", "1.380 Dollar je TEU", "118 Euro",
     "140 Euro", "ca. 23,2 Mrd. Euro", "8,20 Euro"],
)

A["016_maersk_quaysight_sundbridgewire_en.txt"] = article(
    "2026-01-20",
    "from the wire header 'January 20, 2026 | 05:10 GMT' (dateline 'COPENHAGEN, Jan 19'); 'on Monday' -> 2026-01-19; "
    "'last week' -> 2026-01",
    "en",
    [
        deal("maersk-quaysight-seriesb", ["A.P. Moller-Maersk", "Quaysight"], "investment",
             38000000, "USD", "exact", "2026-01-19", "completed",
             "COPENHAGEN, Jan 19 (Sundbridge Wire) - Quaysight, the Singapore start-up whose software forecasts when a ship will actually get a berth, has closed a $38 million Series B round with A.P. Moller-Maersk's venture arm in the lead, the company said on Monday.",
             note="lead investor Maersk Growth (= A.P. Moller-Maersk); round total; different from the licence of the same pair "
                  "in the same article"),
        deal("apm-quaysight-licence", ["A.P. Moller-Maersk", "Quaysight"], "cloud_contract",
             2400000, "USD", "approx", "2026-01", "signed",
             "In a separate agreement, the Danish group's terminal business APM Terminals will license Quaysight's berth and yard forecasting tools across 31 of its terminals for four years, paying about $2.4 million a year.",
             per="year", kind_alt=["other"],
             note="APM Terminals = A.P. Moller-Maersk; yearly rate over four years; signing day not given -> month"),
        deal("one-japan-newbuilds", ["Ocean Network Express", "Imabari Shipbuilding", "Japan Marine United"], "supply",
             250000000000, "JPY", "approx", "2026-01", "signed",
             "Meanwhile in Tokyo, Ocean Network Express (ONE), the container line owned by Nippon Yusen, Mitsui O.S.K. Lines and Kawasaki Kisen, said last week it had ordered ten 13,000 TEU methanol dual-fuel ships from Imabari Shipbuilding and Japan Marine United for about 250 billion yen ($1.6 billion).",
             alt=[(1600000000, "USD")], kind_alt=["other"], term=["2028", "2030"],
             note="ship order; 'last week' -> 2026-01; the per-ship price is a not_deal"),
    ],
    ["around $210 million", "about $17 million", "between $6 billion and $8 billion", "12,450 Danish crowns",
     "roughly 25 billion yen", "$2,150 per forty-foot container"],
)

A["017_heckwelle_interview_backbordjournal.txt"] = article(
    None,
    "no date anywhere (interview; only 'Lesedauer: 7 Minuten'); deals without a year in the text get date null",
    "de",
    [
        deal("hapaglloyd-heckwelle-stake", ["Hapag-Lloyd", "Heckwelle Analytics"], "investment",
             None, None, None, None, "signed",
             "Hapag-Lloyd hält ein Viertel, nicht die Mehrheit, und das bleibt auch so.",
             kind_alt=["acquisition"],
             note="the stake of 015 without an amount ('seit Hapag-Lloyd bei Ihnen eingestiegen ist' in the question); undated"),
        deal("hapaglloyd-heckwelle-routing", ["Hapag-Lloyd", "Heckwelle Analytics"], "cloud_contract",
             3800000, "EUR", "approx", None, "signed",
             "Der Rahmenvertrag ist bekannt: Die Reederei zahlt uns rund 3,8 Millionen Euro im Jahr, und sie ist weiterhin unser größter Einzelkunde, aber inzwischen nicht mehr die Hälfte unseres Umsatzes.",
             per="year", kind_alt=["other", "supply"],
             note="'Die Reederei' = Hapag-Lloyd (question), 'uns' = Heckwelle; the 2024 contract of 001"),
        deal("marlowebay-heckwelle-offer", ["Marlowe Bay Capital", "Heckwelle Analytics"], "acquisition",
             60000000, "EUR", "exact", "2024", "cancelled",
             "2024 hat uns Marlowe Bay Capital, ein Infrastrukturfonds aus London, 60 Millionen Euro für die Mehrheit geboten.",
             note="offer refused ('Wir haben abgelehnt'); 'uns' = Heckwelle"),
        deal("heckwelle-lunedeich-capacity", ["Heckwelle Analytics", "Lunedeich Compute"], "cloud_contract",
             40000, "EUR", "approx", None, "signed",
             "Bei Lunedeich Compute mieten wir seit diesem Sommer Kapazität und zahlen dafür rund 40.000 Euro im Monat.",
             per="month", kind_alt=["other"],
             note="'wir' = Heckwelle; 'seit diesem Sommer' without a year in an undated interview -> null"),
        deal("heckwelle-gpu-capex", ["Heckwelle Analytics"], "capex_plan",
             12000000, "EUR", "approx", None, "planned",
             "Außerdem wollen wir bis Ende 2027 rund zwölf Millionen Euro in eigene Grafikprozessoren investieren.",
             required=False, term=[None, "2027-12"],
             note="own capex plan, amount in words; optional"),
    ],
    ["180.000 Euro", "70 Dollar je Barrel", "80.000 Euro", "200.000 Euro", "9,80 Euro", "79 Euro"],
)

A["018_hanwha_philly_riverwardsgazette_en.txt"] = article(
    "2026-03-12",
    "from the date line 'Thursday, March 12, 2026 · Local Business'; 'on Tuesday' -> 2026-03-10",
    "en",
    [
        deal("hanwha-philly-expansion", ["Hanwha Ocean"], "capex_plan",
             5000000000, "USD", "approx", "2026-03-10", "planned",
             "Hanwha Ocean, the South Korean shipbuilder that runs the yard at the foot of Broad Street, announced on Tuesday that it will put about $5 billion over the next decade into expanding Hanwha Philly Shipyard, adding a second dry dock, new block-fabrication halls and a training center.",
             kind_alt=["project"],
             note="investment plan for the yard; lists only the spender"),
        deal("tinicum-philly-order", ["Tinicum Marine Lines", "Philly Shipyard"], "supply",
             640000000, "USD", "exact", "2026-03", "signed",
             "Tinicum Marine Lines, a Jones Act container operator serving Puerto Rico and Hawaii, has contracted the yard to build two 3,600 TEU container ships for a combined $640 million, with delivery at the end of 2028 and in 2029.",
             kind_alt=["other"], term=["2028-12", "2029"],
             note="'the yard' = Hanwha Philly Shipyard; no day given -> month of the article"),
        deal("hanwha-dolgorae-crawlers", ["Hanwha Ocean", "Dolgorae Robotics"], "supply",
             27000000, "USD", "approx", "2026-03", "signed",
             "Hanwha's Philadelphia unit has agreed to buy 40 welding crawlers from Korea's Dolgorae Robotics for about $27 million, according to an equipment filing with the city.",
             kind_alt=["other"],
             note="buyer is Hanwha's Philadelphia yard (annotated as Hanwha Ocean, alias 'Hanwha'); different from the 2024 "
                  "Geoje order (003)"),
    ],
    ["between $34 and $41 an hour", "an estimated $12 million", "$25 million", "about $33 billion",
     "$6.50 a week", "$3.99 a month"],
)

A["019_hdhyundai_dolgorae_spantenriss.txt"] = article(
    "2026-06",
    "from the issue line 'Ausgabe 6/2026 · Juni 2026' (month only); 'Im Februar dieses Jahres' -> 2026-02; "
    "'Drei Monate später' -> 2026-05",
    "de",
    [
        deal("hdhyundai-dolgorae-stake", ["HD Hyundai", "Dolgorae Robotics"], "investment",
             32000000000, "KRW", "exact", "2024-02", "completed",
             "Als die HD-Hyundai-Tochter KSOE im Februar 2024 mit 32 Milliarden Won bei Dolgorae Robotics einstieg, sprach man in Ulsan noch von einer Finanzbeteiligung.",
             kind_alt=["acquisition"],
             note="the 2024 stake of 002 restated ('HD-Hyundai-Tochter KSOE'); different from the 2026 takeover"),
        deal("dolgorae-nahtlicht", ["Dolgorae Robotics", "Nahtlicht Sensorik"], "acquisition",
             23000000, "EUR", "exact", "2026-02", "completed",
             "Der Kaufpreis lag bei 23 Millionen Euro.",
             note="buyer and target in the previous sentence ('Das Start-up übernahm die Nahtlicht Sensorik GmbH')"),
        deal("hdhyundai-dolgorae-takeover", ["HD Hyundai", "Dolgorae Robotics"], "acquisition",
             210000000000, "KRW", "approx", "2026-05", "signed",
             "Der Konzern bewertet Dolgorae dabei mit rund 260 Milliarden Won; für die ausstehenden Anteile zahlt die Gruppe rund 210 Milliarden Won, umgerechnet etwa 135 Millionen Euro.",
             alt=[(135000000, "EUR")],
             note="'Drei Monate später' after February -> 2026-05 (previous sentence); remaining ~80 %; antitrust approval "
                  "pending; the 260bn won valuation is a not_deal"),
        deal("hdhyundai-future-of-shipyard", ["HD Hyundai"], "capex_plan",
             3000000000000, "KRW", "approx", None, "planned",
             "Dafür will die Gruppe nach früheren Angaben insgesamt rund 3 Billionen Won investieren.",
             required=False,
             note="group-wide automation programme, figure 'nach früheren Angaben' without date; optional"),
    ],
    ["rund 260 Milliarden Won", "zwischen 14.000 und 22.000 Euro", "rund 48 Milliarden Won", "390 Euro",
     "290 Euro", "148 Euro", "59 Euro"],
)

A["020_saltreef_marlowebay_tanjongtape_en.txt"] = article(
    "2026-11-05",
    "from 'Thursday, 5 November 2026 · Close of trading'; 'late on Wednesday' -> 2026-11-04; 'on Tuesday' -> 2026-11-03",
    "en",
    [
        deal("marlowebay-saltreef-takeover", ["Marlowe Bay Capital", "Saltreef Maritime"], "acquisition",
             1350000000, "SGD", "approx", "2026-11-04", "signed",
             "The infrastructure investor will pay S$1.52 a share in cash, valuing Saltreef's equity at about S$1.35 billion (roughly US$1.04 billion), the companies announced late on Wednesday.",
             alt=[(1040000000, "USD")],
             note="take-private; 'The infrastructure investor' = Marlowe Bay Capital (previous sentence); the equity value is the "
                  "deal value, the per-share price a not_deal"),
        deal("evergreen-hanwha-lng-talks", ["Evergreen Marine", "Hanwha Ocean"], "supply",
             1500000000, "USD", "up_to", "2026-11", "negotiating",
             "The order would be worth up to one and a half billion US dollars, according to the reports; Evergreen said only that it \"regularly evaluates fleet renewal\".",
             note="talks reported by local media (previous sentence); amount in words; different from Evergreen's 2025 order at "
                  "Samsung Heavy (012)"),
        deal("ooil-lantau-vector", ["Orient Overseas (International)", "Lantau Vector"], "investment",
             310000000, "HKD", "exact", "2026-11-03", "signed",
             "Hong Kong: Orient Overseas (International) rose 0.8 percent to HK$118.40 after disclosing a HK$310 million investment in Lantau Vector, a local developer of AI software that plans container stowage.",
             note="35 % stake; 'signed on Tuesday' in the next sentence; the share price in the same sentence is a not_deal"),
    ],
    ["S$1.49", "S$1.52 a share", "US$4.2 billion", "roughly S$480 million", "NT$213", "HK$118.40",
     "about US$290 per twenty-foot container", "S$2.96", "₩104,500", "HK$13.62", "S$29 a month"],
)

ALIASES = {
    "Hapag-Lloyd": ["Hapag-Lloyd", "Hapag-Lloyd AG", "Hapag-Lloyds"],
    "Heckwelle Analytics": ["Heckwelle Analytics", "Heckwelle Analytics GmbH", "Heckwelle"],
    "Fleetenkieker Capital": ["Fleetenkieker Capital", "Fleetenkieker"],
    "Harim": ["Harim", "Harim Group"],
    "HMM": ["HMM"],
    "Korea Development Bank": ["Korea Development Bank", "KDB"],
    "Korea Ocean Business Corporation": ["Korea Ocean Business Corporation", "KOBC"],
    "HD Hyundai": ["HD Hyundai", "HD Korea Shipbuilding & Offshore Engineering", "KSOE", "HD-Hyundai",
                   "HD Hyundai Heavy Industries"],
    "Dolgorae Robotics": ["Dolgorae Robotics", "Dolgorae"],
    "Hanwha Ocean": ["Hanwha Ocean", "Hanwha"],
    "Hanwha Systems": ["Hanwha Systems"],
    "Philly Shipyard": ["Philly Shipyard", "Philly Shipyard ASA", "Hanwha Philly Shipyard"],
    "FTV Capital": ["FTV Capital", "FTV"],
    "Windward": ["Windward"],
    "Kpler": ["Kpler"],
    "Spire Global": ["Spire Global", "Spire", "Spire Maritime"],
    "Hollowcombe Systems": ["Hollowcombe Systems", "Hollowcombe"],
    "Bundesrepublik Deutschland": ["Bundesrepublik Deutschland", "Bund", "Bundesregierung"],
    "Land Niedersachsen": ["Land Niedersachsen", "Niedersachsen"],
    "Meyer Werft": ["Meyer Werft"],
    "Hallingstad Shipping": ["Hallingstad Shipping", "Hallingstad Shipping ASA", "Hallingstad"],
    "Brassholm Værft": ["Brassholm Værft", "Brassholm Vaerft", "Brassholm"],
    "Yangzijiang Shipbuilding": ["Yangzijiang Shipbuilding", "Yangzijiang"],
    "New Times Shipbuilding": ["New Times Shipbuilding", "New Times"],
    "Hanseatische Kaibank": ["Hanseatische Kaibank", "Hanseatischen Kaibank", "Kaibank"],
    "Saltreef Maritime": ["Saltreef Maritime", "Saltreef"],
    "Reederei Ebbinghoff": ["Reederei Ebbinghoff", "Reederei Ebbinghoff KG", "Ebbinghoff"],
    "Rushcombe Leasing": ["Rushcombe Leasing", "Rushcombe"],
    "Guangzhou Shipyard International": ["Guangzhou Shipyard International", "GSI"],
    "Quaysight": ["Quaysight"],
    "Stadt Bremerhaven": ["Stadt Bremerhaven", "Bremerhaven"],
    "Lunedeich Compute": ["Lunedeich Compute", "Lunedeich Compute GmbH", "Lunedeich"],
    "Marlowe Bay Capital": ["Marlowe Bay Capital", "Marlowe Bay"],
    "CMA CGM": ["CMA CGM", "CMA CGM Group"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Google": ["Google"],
    "Wärtsilä": ["Wärtsilä", "Wartsila", "Wärtsiläs"],
    "Serangoon Harbour Ventures": ["Serangoon Harbour Ventures", "Serangoon Harbour"],
    "Palantir": ["Palantir", "Palantir Technologies"],
    "Samsung Heavy Industries": ["Samsung Heavy Industries", "Samsung Heavy", "SHI"],
    "Evergreen Marine": ["Evergreen Marine", "Evergreen"],
    "HHLA": ["HHLA", "Hamburger Hafen und Logistik", "Hamburger Hafen und Logistik AG"],
    "Konecranes": ["Konecranes"],
    "Austal": ["Austal"],
    "Limfjord Handelsbank": ["Limfjord Handelsbank"],
    "A.P. Moller-Maersk": ["A.P. Moller-Maersk", "Maersk", "Maersk Growth", "APM Terminals", "A.P. Møller-Mærsk"],
    "Ocean Network Express": ["Ocean Network Express", "ONE"],
    "Imabari Shipbuilding": ["Imabari Shipbuilding", "Imabari"],
    "Japan Marine United": ["Japan Marine United", "JMU"],
    "Tinicum Marine Lines": ["Tinicum Marine Lines", "Tinicum"],
    "Nahtlicht Sensorik": ["Nahtlicht Sensorik", "Nahtlicht Sensorik GmbH", "Nahtlicht"],
    "Orient Overseas (International)": ["Orient Overseas (International)", "Orient Overseas", "OOIL"],
    "Lantau Vector": ["Lantau Vector"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote {out} ({len(A)} articles, {n} deal mentions)")


if __name__ == "__main__":
    main()
