#!/usr/bin/env python3
"""Write gold.json for tests/corpus124 (the hand annotation of articles/).

Usage: python3 tests/corpus124/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 124th, held-out test corpus (tests/corpus124/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: land-based fibre and network money for AI "
    "(long-haul and metro fibre, dark-fibre leases between data-centre campuses, network-equipment orders). "
    "One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an "
    "error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's "
    "amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved "
    "against the article's publication date ('published', from the article's own date marker, dateline, "
    "<meta>/<time>, issue line, copyright line or visible byline date, or null when the article has none); "
    "quarters, half-years and seasons become the year; a cancelled deal keeps the date of the original "
    "offer or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists "
    "other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Tarrow "
    "Point Networks, Lichtstrang Netze, Wetterau Rechenhallen, Osage Bend Data Campus, Kessler Flats "
    "Railway, Vindelfjord Fiber, Hallbacka Sparbank, Kaldvik Datasenter, Sablecroft Infrastructure "
    "Partners, Pennine Lattice, Auerbach Trassenbau, Rhönfaser, Horlofftal Netz, Navigli Data Campus, "
    "Harewood Vale Data, Wendelhorst Kapital, Brattli Fiber, Saltcote Photonics, Fibra Dolomiti, Kirkstall "
    "Compute, Emsland Kreditbank; invented publications, research houses and people are listed in "
    "invented_names.txt; the deals of real companies are partly real, partly invented or shifted. "
    "Nothing here is reporting."
)


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
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


def nodeal(id, parties, kind, date, status, evidence, required=False, kind_alt=None, note=None):
    return deal(id, parties, kind, None, None, None, date, status, evidence, required=required,
                kind_alt=kind_alt, note=note)


NET = ["cloud_contract", "partnership"]  # network capacity for hyperscalers

ARTICLES = {}

ARTICLES["001_nokia_infinera_kelderwick_en.txt"] = dict(
    published="2024-06-27",
    published_note="from the wire header 'June 27, 2024 · 07:40 ET'; 'on Thursday' = 2024-06-27",
    language="en",
    deals=[
        deal("nokia-infinera", ["Nokia", "Infinera"], "acquisition", 2_300_000_000, "USD", "exact",
             "2024-06-27", "signed",
             "Nokia has agreed to acquire Infinera, the San Jose maker of optical networking gear, in a cash-and-stock deal that puts a $2.3 billion price tag on the company, the Finnish group said on Thursday.",
             alt=[(2_100_000_000, "EUR")],
             note="006 reports the completion in EUR (about €2.1bn, alt_amounts) and 011 mentions it without amount; $6.65 per share is not a deal"),
        deal("tarrowpoint-infinera-optics", ["Tarrow Point Networks", "Infinera"], "supply", 45_000_000, "USD",
             "approx", "2024-05", "signed",
             "Tarrow Point Networks, an Oklahoma City builder of long-haul fibre routes, ordered about $45 million of Infinera's coherent pluggable optics in May to light a new route between Tulsa and Dallas, according to a customer presentation the carrier posted online.",
             note="order placed 'in May'"),
    ],
    not_deals=["$6.65", "$1.61 billion", "€200 million", "$90 million", "€3.48", "$19 billion",
               "$11 billion", "$149", "$39.99"],
)

ARTICLES["002_lumen_microsoft_trassenfunk.txt"] = dict(
    published="2024-07-25",
    published_note="dateline without year 'Frankfurt am Main, 25. Juli (tf)', year from '© 2024 Trassenfunk Fachmedien'; 'am Mittwoch' -> 2024-07-24, 'am Montag' -> 2024-07-22",
    language="de",
    deals=[
        nodeal("lumen-microsoft-2024", ["Lumen", "Microsoft"], "supply", "2024-07-24", "signed",
               "Der US-Netzbetreiber Lumen Technologies hat am Mittwoch bekanntgegeben, dass Microsoft künftig Teile seines Glasfasernetzes nutzt, um die eigenen Rechenzentren in den USA miteinander zu verbinden.",
               required=True, kind_alt=NET,
               note="no amount ('Einen Betrag nannte das Unternehmen aus Denver nicht'); the 'rund 5 Milliarden Dollar' are Lumen's cumulative AI contracts, not this deal; different from the second Lumen–Microsoft contract of 2025 (014)"),
        deal("corning-lumen-fibre", ["Lumen", "Corning"], "supply", 400_000_000, "USD", "approx",
             "2024-07", "signed",
             "Analysten von Brühlstein Research schätzen den Wert dieser Abnahmezusage auf rund 400 Millionen Dollar.",
             note="value only from analysts; parties and the two-year reservation of 10 % of Corning's output in the previous sentence; no day given -> month of the newsletter"),
        deal("lichtstrang-wetterau-darkfibre", ["Lichtstrang Netze", "Wetterau Rechenhallen"], "supply",
             3_200_000, "EUR", "approx", "2024-07-22", "signed",
             "Die Wetterauer zahlen dafür jährlich rund 3,2 Millionen Euro, beginnend im Januar 2025.",
             per="year", term=["2025-01", "2044"], kind_alt=["other"],
             note="yearly rate for a 20-year dark-fibre lease; 'Die Wetterauer' = Wetterau Rechenhallen, Lichtstrang and 'am Montag' in the previous sentences"),
    ],
    not_deals=["rund 5 Milliarden Dollar", "7 Milliarden Dollar", "1,47 Dollar", "38,6 Millionen Euro",
               "zwischen 90 und 140 Euro", "3 Milliarden Euro", "89 Euro"],
)

ARTICLES["003_lumen_meta_ferrule_en.txt"] = dict(
    published="2024-08-09",
    published_note="from the issue line 'Issue 44 — Friday, 9 August 2024'; 'on Tuesday' -> 2024-08-06, 'on Monday' -> 2024-08-05, 'last month' -> 2024-07",
    language="en",
    deals=[
        deal("lumen-meta", ["Lumen", "Meta"], "supply", 800_000_000, "USD", "range", "2024-08-06", "signed",
             "Lumen gave no figure; two readers of the term sheet value it at between $800 million and $1 billion across its full term.",
             amount_max=1_000_000_000, kind_alt=NET,
             note="value only from two sources; 'it' = the Meta agreement 'disclosed on Tuesday' (previous sentence); 011 mentions it without amount"),
        nodeal("lumen-microsoft-2024", ["Lumen", "Microsoft"], "supply", None, "signed",
               "Meta follows Microsoft onto Lumen's glass", kind_alt=NET,
               note="only the headline refers to the July 2024 Microsoft deal (002)"),
        deal("meta-capex-2024", ["Meta"], "capex_plan", 37_000_000_000, "USD", "range", "2024-07-31",
             "announced",
             "Meta lifted its 2024 capital-spending guidance at its results on 31 July to a range of $37 billion to $40 billion, and a large part of that money ends up in buildings that must talk to each other at terabit speeds.",
             amount_max=40_000_000_000, required=False, note="group-wide capex guidance, optional"),
        deal("tarrowpoint-ciena-2024", ["Tarrow Point Networks", "Ciena"], "supply", 120_000_000, "USD",
             "exact", "2024-08-05", "signed",
             "Tarrow Point Networks has placed a $120 million, three-year order with Ciena for WaveLogic 6 transponders and line systems, the Oklahoma carrier said on Monday.",
             note="first Ciena order of the pair; different from the $210m agreement of 2026 (019)"),
        deal("sablecroft-pennine-2024", ["Sablecroft Infrastructure Partners", "Pennine Lattice"],
             "investment", 75_000_000, "GBP", "exact", "2024-07", "completed",
             "Across the Atlantic, Leeds-based metro builder Pennine Lattice raised £75 million last month from Sablecroft Infrastructure Partners to pull dark fibre along the M62 corridor between Liverpool and Hull.",
             note="'last month' -> 2024-07; different from Sablecroft's £110m of 2026 (016)"),
    ],
    not_deals=["$5 billion", "$7 billion", "$1.69 billion", "$3,900", "$595"],
)

ARTICLES["004_osagebend_tarrowpoint_courier_en.html"] = dict(
    published="2024-10-16",
    published_note="from <meta property='article:published_time'>, <time datetime='2024-10-16'> and the byline 'Wednesday, Oct. 16, 2024'; 'on Monday' -> 2024-10-14, 'last month' -> 2024-09",
    language="en",
    deals=[
        deal("osagebend-tarrowpoint-darkfibre", ["Osage Bend Data Campus", "Tarrow Point Networks"], "supply",
             64_000_000, "USD", "exact", "2024-10-14", "signed",
             "Osage Bend will pay $64 million over the full term of the lease, chief executive Dana Whitfield-Ocampo said at a meeting of the county commission.",
             kind_alt=["other"],
             note="20-year dark-fibre lease signed 'on Monday' (previous sentence, with Tarrow Point Networks)"),
        deal("tarrowpoint-kesslerflats-row", ["Tarrow Point Networks", "Kessler Flats Railway"], "acquisition",
             18_000_000, "USD", "exact", "2024-09", "completed",
             "Tarrow Point paid Kessler Flats Railway $18 million last month for the right to bury cable along 140 miles of the short line's track bed, according to a filing with the state corporation commission.",
             kind_alt=["other"], note="purchase of a right of way"),
        deal("osagebend-capex", ["Osage Bend Data Campus"], "capex_plan", 2_100_000_000, "USD", "approx",
             "2024-03", "planned",
             "The campus developer has said it will spend roughly $2.1 billion on the first two data halls, a plan it first unveiled in March.",
             kind_alt=["project"], note="'The campus developer' = Osage Bend; plan unveiled in March"),
    ],
    not_deals=["$12 million", "$3.4 million", "$71,000", "$60,000 a mile", "$2,500", "$1.99"],
)

ARTICLES["005_vindelfjord_ciena_nordicquay_en.txt"] = dict(
    published="2025-02-12",
    published_note="from the header '12 Feb 2025 | 06:30 CET'; 'on Tuesday' -> 2025-02-11",
    language="en",
    deals=[
        deal("vindelfjord-ciena", ["Vindelfjord Fiber", "Ciena"], "supply", 850_000_000, "SEK", "exact",
             "2025-02-11", "signed",
             "Vindelfjord Fiber, the Umeå carrier that runs cable along the coast of Norrland, has ordered SEK 850 million of optical transport equipment from Ciena, about €75 million, to light a new high-capacity route from Luleå to Stockholm and on to Oslo.",
             alt=[(75_000_000, "EUR")], note="announced 'on Tuesday' (next sentence)"),
        deal("hallbacka-vindelfjord-loan", ["Hallbacka Sparbank", "Vindelfjord Fiber"], "other",
             1_200_000_000, "SEK", "exact", "2025-02", "signed",
             "To pay for it, the company has signed a SEK 1.2 billion loan with Hallbacka Sparbank and two other Nordic lenders, running for seven years.",
             kind_alt=["investment"], note="'the company' = Vindelfjord; loan, Hallbacka named as the lender"),
        deal("kaldvik-vindelfjord-wavelengths", ["Kaldvik Datasenter", "Vindelfjord Fiber"], "supply",
             140_000_000, "NOK", "exact", "2025-01", "signed",
             "In January, Kaldvik Datasenter, which runs a hydro-powered campus outside Mo i Rana, booked ten years of 400-gigabit wavelengths on the new route for NOK 140 million.",
             note="'the new route' = Vindelfjord's; different from Kaldvik's 2026 contract with Brattli (018)"),
    ],
    not_deals=["SEK 410 million", "SEK 3 billion", "SEK 0.38 per kWh", "SEK 1.4 billion", "SEK 129 per month"],
)

ARTICLES["006_nokia_infinera_kursdrachen.txt"] = dict(
    published="2025-03-03",
    published_note="from the stock-portal stamp '03.03.2025 – 08:31 Uhr'; 'vergangene Woche' -> 2025-02",
    language="de",
    deals=[
        deal("nokia-infinera", ["Nokia", "Infinera"], "acquisition", 2_100_000_000, "EUR", "approx",
             "2024-06", "completed",
             "Für den Kauf legt Nokia umgerechnet rund 2,1 Milliarden Euro auf den Tisch, bezahlt zum größten Teil in bar und zum kleineren Teil in eigenen Aktien.",
             note="the deal of 001, completed at the end of February 2025; date = the agreement 'im Juni 2024' (previous sentence)"),
        deal("deutscheglasfaser-nokia-backbone", ["Deutsche Glasfaser", "Nokia"], "supply", 60_000_000, "EUR",
             "approx", "2025-02", "signed",
             "Der Netzbetreiber aus Borken lässt sein überregionales Backbone zwischen Nordrhein-Westfalen, Niedersachsen und Hessen mit optischer Übertragungstechnik der Finnen aufrüsten, das Volumen liegt demnach bei rund 60 Millionen Euro.",
             note="from 'Branchenkreisen'; 'Der Netzbetreiber aus Borken' = Deutsche Glasfaser, 'der Finnen' = Nokia; signed 'vergangene Woche'"),
    ],
    not_deals=["4,61 €", "1,5 Milliarden Dollar", "6,0 Milliarden Euro", "19,2 Milliarden Euro", "0,14 Euro",
               "zwischen 1,9 und 2,4 Milliarden Euro", "5,40 Euro", "rund 25 Mrd. €", "3,03 € – 4,98 €", "100 Euro Prämie",
               "500 Euro"],
)

ARTICLES["007_zayo_crowncastle_wharfgate_en.txt"] = dict(
    published="2025-03-14",
    published_note="from the wire header 'March 14, 2025 6:05 AM ET'; dateline 'HOUSTON, March 13', 'on Thursday' = 2025-03-13",
    language="en",
    deals=[
        deal("zayo-crowncastle-fiber", ["Zayo", "Crown Castle"], "acquisition", 4_250_000_000, "USD", "exact",
             "2025-03-13", "signed",
             "Crown Castle will sell its fiber network business for $4.25 billion to Zayo Group, the tower company said on Thursday, ending a strategic review that activist shareholders had pushed for more than a year.",
             alt=[(3_900_000_000, "EUR")],
             note="009 restates it in EUR with only the month (alt_amounts); same amount as, but different from, the EQT small-cell sale"),
        deal("eqt-crowncastle-smallcells", ["EQT", "Crown Castle"], "acquisition", 4_250_000_000, "USD",
             "exact", "2025-03-13", "signed",
             "In a separate agreement, the active infrastructure fund of Swedish investor EQT will pay the same sum, $4.25 billion, for Crown Castle's small-cell arm, which runs tens of thousands of compact radio sites on streetlights and poles in US cities.",
             note="separate deal with the same amount as the Zayo sale"),
    ],
    not_deals=["$7 billion", "$3 billion", "$1.0625", "$1.9 billion", "$96.40", "$112"],
)

ARTICLES["008_eunetworks_lichtstrang_depesche.txt"] = dict(
    published="2025-04-15",
    published_note="from the stamp 'Di., 15.04.2025, 17:20'; 'am Montag' -> 2025-04-14",
    language="de",
    deals=[
        deal("eunetworks-lichtstrang", ["euNetworks", "Lichtstrang Netze"], "acquisition", 380_000_000, "EUR",
             "range", "2025", "rumored",
             "Im Gespräch sei ein Preis zwischen 380 und 420 Millionen Euro einschließlich Schulden, sagten zwei Beteiligte aus dem Umfeld der Verhandlungen.",
             amount_max=420_000_000, alt=[(405_000_000, "EUR"), (470_000_000, "USD")],
             note="talks reported by two unnamed sources; parties in the previous sentence; 012 reports the signing at €405m (~$470m) on 2025-07-07, the year keeps the shared id's dates consistent"),
        deal("colt-wetterau-ring", ["Colt", "Wetterau Rechenhallen"], "supply", 25_000_000, "EUR", "approx",
             "2025-04-14", "signed",
             "Erst am Montag hatte Colt Technology Services einen Vertrag mit den Wetterau Rechenhallen über einen redundanten Metro-Ring zwischen Friedberg, Bad Vilbel und dem Frankfurter Ostend unterschrieben; das Volumen liegt bei knapp 25 Millionen Euro über zehn Jahre.",
             note="'knapp' -> approx; different from the second, monthly Colt contract (017)"),
    ],
    not_deals=["rund 31 Millionen Euro", "rund 1,9 Milliarden Euro", "1,1 Milliarden Euro", "349 Euro"],
)

ARTICLES["009_wochenrueckblick_leitungsjournal.txt"] = dict(
    published="2025-04-18",
    published_note="from the issue line 'KW 16 · Ausgabe 2025/16 · Freitag, 18.04.2025'; 'am Mittwoch' -> 2025-04-16, 'im März' -> 2025-03",
    language="de",
    deals=[
        deal("deutscheglasfaser-auerbach-civilworks", ["Deutsche Glasfaser", "Auerbach Trassenbau"], "other",
             140_000_000, "EUR", "up_to", "2025-04-16", "signed",
             "Der Rahmenvertrag hat einen Wert von bis zu 140 Millionen Euro und wurde am Mittwoch unterzeichnet.",
             kind_alt=["supply", "project"], term=["2025-04", "2028"],
             note="civil-works framework contract; parties and 'bis Ende 2028' in the previous sentence"),
        deal("rhoenfaser-horlofftal", ["Rhönfaser", "Horlofftal Netz"], "acquisition", 7_500_000, "EUR",
             "exact", "2025-04", "signed",
             "Der Kaufpreis liegt bei 7,5 Millionen Euro, wie beide Seiten mitteilten.",
             note="purchase of the municipal network; parties in the previous sentence; announced this week, the councils agreed in March"),
        deal("zayo-crowncastle-fiber", ["Zayo", "Crown Castle"], "acquisition", 3_900_000_000, "EUR", "approx",
             "2025-03", "signed",
             "Zayo hatte damals vereinbart, die Glasfasersparte des Funkturmbetreibers Crown Castle für rund 3,9 Milliarden Euro zu kaufen.",
             note="the deal of 007 in EUR, 'damals' = 'im März' (previous sentence), month only"),
    ],
    not_deals=["3,4 Milliarden Euro", "1.200 Euro", "knapp 700 Euro", "78.000 bis 92.000 Euro", "149 Euro"],
)

ARTICLES["010_att_lumen_kabelschacht.html"] = dict(
    published="2025-05-22",
    published_note="from <meta name='date' content='2025-05-22'> and the byline '22.05.2025, 06:45 Uhr'; 'am Mittwoch' -> 2025-05-21, 'Anfang Mai' -> 2025-05",
    language="de",
    deals=[
        deal("att-lumen-consumer-fibre", ["AT&T", "Lumen"], "acquisition", 5_750_000_000, "USD", "exact",
             "2025-05-21", "signed",
             "Der US-Telekomkonzern AT&T kauft das Glasfaser-Privatkundengeschäft von Lumen Technologies für 5,75 Milliarden Dollar, umgerechnet rund 5,1 Milliarden Euro.",
             alt=[(5_100_000_000, "EUR")],
             note="announced 'am Mittwoch' (next sentence); repeated as '5,75-Milliarden-Dollar-Verkauf'; 014 mentions it without amount, 019 reports the closing"),
        deal("emsland-deutscheglasfaser-credit", ["Emsland Kreditbank", "Deutsche Glasfaser"], "other",
             1_500_000_000, "EUR", "exact", "2025-05", "signed",
             "Deutsche Glasfaser hat Anfang Mai eine zusätzliche Kreditlinie über 1,5 Milliarden Euro unterschrieben.",
             kind_alt=["investment"],
             note="credit line; the lead bank (Konsortialführerin Emsland Kreditbank) in the next sentence"),
    ],
    not_deals=["rund 18 Milliarden Dollar", "etwa 2,9 Milliarden Dollar", "rund 3 Milliarden Euro",
               "3.490 Euro", "7,99 Euro"],
)

ARTICLES["011_glasfaser_kolumne_renditekompass.txt"] = dict(
    published="2025-06-11",
    published_note="from the column line 'erschienen am 11.6.2025'; 'Vergangene Woche' -> 2025-06, 'im vergangenen August' -> 2024-08",
    language="de",
    deals=[
        nodeal("lumen-meta", ["Lumen", "Meta"], "supply", "2024-08", "signed",
               "Lumen, vor zwei Jahren noch ein Sanierungsfall, hat im vergangenen August auch Meta als Kunden für sein privates Glasfasernetz gewonnen, nachdem kurz zuvor bereits Microsoft unterschrieben hatte.",
               kind_alt=NET, note="background mention of the deal of 003, no amount"),
        nodeal("lumen-microsoft-2024", ["Lumen", "Microsoft"], "supply", "2024", "signed",
               "Lumen, vor zwei Jahren noch ein Sanierungsfall, hat im vergangenen August auch Meta als Kunden für sein privates Glasfasernetz gewonnen, nachdem kurz zuvor bereits Microsoft unterschrieben hatte.",
               kind_alt=NET, note="background mention of the deal of 002 ('kurz zuvor'), no amount"),
        nodeal("nokia-infinera", ["Nokia", "Infinera"], "acquisition", None, "completed",
               "Nokia hat mit dem Kauf von Infinera nachgezogen und muss nun zeigen, dass es die Technik in den Rechenzentrumsmarkt tragen kann.",
               note="background mention of the deal of 001/006, no amount"),
        deal("sablecroft-vindelfjord-stake", ["Sablecroft Infrastructure Partners", "Vindelfjord Fiber"],
             "acquisition", 2_300_000_000, "SEK", "approx", "2025-06", "completed",
             "Vergangene Woche zahlte der Londoner Infrastrukturinvestor Sablecroft rund 2,3 Milliarden Kronen für 49 Prozent an der schwedischen Vindelfjord Fiber, die eine neue Fernstrecke von Luleå bis Oslo baut.",
             kind_alt=["investment"],
             note="Swedish kronor; the implied valuation of 4,7 Milliarden Kronen is not a deal; different from the failed full takeover of 2026 (020)"),
    ],
    not_deals=["3,85 Dollar", "1,07 Milliarden Dollar", "95 Dollar", "rund 4,7 Milliarden Kronen",
               "32 Milliarden Dollar", "6,90 Euro", "129 Euro"],
)

ARTICLES["012_eunetworks_lichtstrang_backhauldigest_en.txt"] = dict(
    published="2025-07-08",
    published_note="from the byline 'Published 8 July 2025, 10:12 BST'; 'on Monday' -> 2025-07-07",
    language="en",
    deals=[
        deal("eunetworks-lichtstrang", ["euNetworks", "Lichtstrang Netze"], "acquisition", 405_000_000, "EUR",
             "exact", "2025-07-07", "signed",
             "London-based euNetworks has agreed to buy Lichtstrang Netze, a Darmstadt operator of regional fibre routes, for €405 million including debt, both sides announced on Monday.",
             alt=[(470_000_000, "USD")],
             note="the signing of the talks reported in 008; seller Wendelhorst Kapital"),
        deal("eunetworks-harewood-darkfibre", ["euNetworks", "Harewood Vale Data"], "supply", 38_000_000, "GBP",
             "exact", "2025-07-01", "signed",
             "On 1 July the company signed a 15-year dark-fibre contract worth £38 million with Harewood Vale Data, which is building a campus on a former distribution site near Slough.",
             note="'the company' = euNetworks"),
    ],
    not_deals=["€33 million", "€1,150 per fibre-kilometre", "£690", "£240 a year"],
)

ARTICLES["013_openfiber_navigli_etschtaler.txt"] = dict(
    published="2025-09-24",
    published_note="from the dateline 'Mailand, Mittwoch, 24. September 2025'; 'am Dienstag' -> 2025-09-23, 'im vergangenen Jahr' -> 2024",
    language="de",
    deals=[
        deal("openfiber-navigli-iru", ["Navigli Data Campus", "Open Fiber"], "supply", 180_000_000, "EUR",
             "exact", "2025-09-23", "signed",
             "Navigli Data Campus zahlt 180 Millionen Euro für ein unwiderrufliches Nutzungsrecht an unbeleuchteten Fasern rund um Mailand, das 15 Jahre läuft.",
             kind_alt=["other"],
             note="15-year IRU; Open Fiber in the previous sentence, 'am Dienstag' in the next; different from the 2024 duct lease of the same pair"),
        deal("openfiber-navigli-ducts", ["Navigli Data Campus", "Open Fiber"], "supply", 22_000_000, "EUR",
             "approx", "2024", "signed",
             "Schon im vergangenen Jahr hatte Navigli bei Open Fiber Leerrohre für etwa 22 Millionen Euro gemietet, um sein erstes Gebäude anzuschließen; dieser kleinere Vertrag läuft neben dem neuen weiter.",
             kind_alt=["other"], note="earlier, separate contract of the same pair"),
        deal("kkr-tim-fibercop", ["KKR", "Telecom Italia"], "acquisition", 22_000_000_000, "EUR", "up_to",
             "2024-07", "completed",
             "Den italienischen Festnetzmarkt hatte KKR umgekrempelt: Der US-Finanzinvestor schloss im Juli 2024 die Übernahme des Festnetzes von Telecom Italia ab, das heute als FiberCop firmiert, und zahlte dafür bis zu 22 Milliarden Euro.",
             note="background deal with amount; dated to the completion the text gives"),
    ],
    not_deals=["rund 640 Millionen Euro", "rund 3,4 Milliarden Euro", "rund 15 Milliarden Euro",
               "900 Euro pro Faserpaar", "19 Euro im Monat"],
)

ARTICLES["014_lumen_microsoft_ticktrail_en.txt"] = dict(
    published="2025-10-21",
    published_note="from the stamp 'Oct 21, 2025 8:14 AM EDT'; 'on Monday' -> 2025-10-20, 'in July last year' -> 2024-07",
    language="en",
    deals=[
        deal("lumen-microsoft-2025", ["Lumen", "Microsoft"], "supply", 1_300_000_000, "USD", "approx",
             "2025-10-20", "signed",
             "Lumen said on Monday the contract is worth about $1.3 billion over its 12-year term and will be recognised mostly as lease and service revenue.",
             kind_alt=NET,
             note="second Lumen–Microsoft agreement; Microsoft in the previous sentences; different from the amount-less 2024 deal"),
        nodeal("lumen-microsoft-2024", ["Lumen", "Microsoft"], "supply", "2024-07", "signed",
               "The first agreement, announced in July last year, kicked off Lumen's turnaround story but came without a disclosed value.",
               kind_alt=NET, note="the deal of 002, restated without amount"),
        deal("colt-lumen-emea", ["Colt", "Lumen"], "acquisition", 1_800_000_000, "USD", "exact", "2023-11",
             "completed",
             "The group sold its European network to Colt Technology Services for $1.8 billion, a sale completed in November 2023, and has agreed to hand its consumer fibre unit to AT&T.",
             note="background deal with amount; dated to the completion the text gives"),
        nodeal("att-lumen-consumer-fibre", ["AT&T", "Lumen"], "acquisition", None, "signed",
               "The group sold its European network to Colt Technology Services for $1.8 billion, a sale completed in November 2023, and has agreed to hand its consumer fibre unit to AT&T.",
               note="the deal of 010, mentioned without amount or date"),
    ],
    not_deals=["$6.12", "$5.59", "$3.01 – $6.40", "~$6.3B", "$1.20", "$8.5 billion", "$3.1 billion", "$8 from $6.50", "$5.75 target",
               "$0.65 per contract", "$14.99/month"],
)

ARTICLES["015_glasfaser_liveticker_netzticker.txt"] = dict(
    published="2025-11-06",
    published_note="from the ticker line 'Liveticker vom Donnerstag, 6. November 2025'; 'heute' = 2025-11-06",
    language="de",
    deals=[
        deal("lichtstrang-cisco-routers", ["Lichtstrang Netze", "Cisco"], "supply", 22_000_000, "EUR", "exact",
             "2025-11-06", "signed",
             "Der Auftrag hat einen Umfang von 22 Millionen Euro, wie Lichtstrang heute mitteilte.",
             note="order at Cisco in the previous sentence ('Die euNetworks-Tochter Lichtstrang … bestellen bei Cisco')"),
        deal("deutscheglasfaser-wetterau-route", ["Wetterau Rechenhallen", "Deutsche Glasfaser"], "supply",
             14_000_000, "EUR", "approx", "2025-11-06", "signed",
             "Das Unternehmen nannte heute Vormittag einen Auftragswert von rund 14 Millionen Euro.",
             kind_alt=["project", "other"],
             note="'Das Unternehmen' = Deutsche Glasfaser, which builds a route for the Wetterau Rechenhallen (previous sentence)"),
        deal("sablecroft-deutscheglasfaser-denied", ["Sablecroft Infrastructure Partners", "Deutsche Glasfaser"],
             "acquisition", 12_000_000_000, "EUR", "approx", "2025-11", "rumored",
             "Dementi aus Borken: Berichte, wonach der Londoner Finanzinvestor Sablecroft rund 12 Milliarden Euro für die Deutsche Glasfaser bieten wolle, weisen die Eigentümer zurück.",
             required=False, note="rumour denied by the owners, optional"),
    ],
    not_deals=["rund 8,75 Milliarden Dollar", "290 Euro", "6,18 Euro", "148,20 Dollar", "2,5 Milliarden Euro",
               "1.800 Euro"],
)

ARTICLES["016_penninelattice_arista_gazette_en.html"] = dict(
    published="2026-02-04",
    published_note="from <meta name='parsely-pub-date'> and the byline 'Wed 4 Feb 2026'; 'on Tuesday' -> 2026-02-03, 'Last month' -> 2026-01",
    language="en",
    deals=[
        deal("pennine-arista", ["Pennine Lattice", "Arista"], "supply", 28_000_000, "GBP", "approx",
             "2026-02-03", "signed",
             "Pennine Lattice announced on Tuesday an order for switching and routing equipment from Arista Networks worth around £28 million, to be installed at the points where its network meets the data centres."),
        deal("sablecroft-pennine-2026", ["Sablecroft Infrastructure Partners", "Pennine Lattice"], "investment",
             110_000_000, "GBP", "exact", "2026-02", "signed",
             "Sablecroft Infrastructure Partners, the London fund that has backed the firm since 2024, will put in a further £110 million, giving it a majority of the shares.",
             note="'the firm' = Pennine Lattice; different from the £75m of 2024 (003); the £420m valuation is not a deal"),
        deal("kirkstall-pennine-darkfibre", ["Kirkstall Compute", "Pennine Lattice"], "supply", 2_600_000, "GBP",
             "exact", "2026-01", "signed",
             "Kirkstall Compute, which is turning a former printing works beside the River Aire into a data centre, will pay Pennine Lattice £2.6 million a year for 15 years for dark fibre to three exchanges in the city.",
             per="year", note="yearly rate; signed 'Last month' (previous sentence)"),
    ],
    not_deals=["£420 million", "£42,000", "£6 million", "£90 million", "£289,995", "£1.25 a week"],
)

ARTICLES["017_wetterau_interview_kaltluftbrief.txt"] = dict(
    published=None,
    published_note="interview without any date (only 'ca. 8 Min. Lesezeit'); the 2024 offer keeps the year the text gives",
    language="de",
    deals=[
        deal("colt-wetterau-lit", ["Wetterau Rechenhallen", "Colt"], "supply", 400_000, "EUR", "approx", None,
             "signed",
             "Dafür zahlen wir monatlich rund 400.000 Euro.",
             per="month",
             note="'wir' = Wetterau Rechenhallen, 'Dafür' = the second contract with Colt (previous sentence); different from the €25m ring of 2025 (008)"),
        deal("wendelhorst-wetterau-offer", ["Wendelhorst Kapital", "Wetterau Rechenhallen"], "acquisition", 300_000_000,
             "EUR", "approx", "2024", "cancelled",
             "Wendelhorst Kapital hat uns damals rund dreihundert Millionen Euro für das gesamte Unternehmen angeboten.",
             note="amount in words; refused offer ('Wir haben abgelehnt'); 'uns' = Wetterau Rechenhallen, 'damals' = 2024 (question)"),
        deal("wetterau-butzbach-campus", ["Wetterau Rechenhallen"], "capex_plan", 600_000_000, "EUR", "range",
             None, "planned",
             "Wir rechnen mit Kosten zwischen 600 und 700 Millionen Euro für die ersten 60 Megawatt, je nachdem, wie teuer der Netzanschluss wird.",
             amount_max=700_000_000, kind_alt=["project"], note="second campus south of Butzbach"),
    ],
    not_deals=["150 Euro je Kilowatt und Monat", "48 Millionen Euro", "85.000 Euro", "12,50 Euro"],
)

ARTICLES["018_brattli_kaldvik_fjordlys_en.txt"] = dict(
    published="2026-04-09",
    published_note="from 'Posted 09.04.2026 11:32'; 'in early January' -> 2026-01, 'Three months later' … 'on Tuesday' -> 2026-04-07",
    language="en",
    deals=[
        deal("brattli-nokia-optics", ["Brattli Fiber", "Nokia"], "supply", 310_000_000, "NOK", "exact", "2026-01",
             "signed",
             "When Brattli Fiber AS ordered NOK 310 million of optical equipment from Nokia in early January, it had not yet signed a single customer for its new cable along the coast of Helgeland."),
        deal("kaldvik-brattli-capacity", ["Kaldvik Datasenter", "Brattli Fiber"], "supply", 45_000_000, "NOK",
             "exact", "2026-04-07", "signed",
             "The data-centre operator will pay Brattli NOK 45 million a year, according to the contract summary presented to Rana's municipal council, which owns a small stake in the fibre company.",
             per="year",
             note="yearly rate of a 12-year agreement; 'The data-centre operator' = Kaldvik Datasenter, 'signed on Tuesday' (previous sentence), 'Three months later' after January"),
    ],
    not_deals=["NOK 62 million", "NOK 0.41 per kWh", "NOK 1.3 billion", "NOK 249 per month", "NOK 7,990"],
)

ARTICLES["019_optical_stocks_cablegram_en.txt"] = dict(
    published="2026-06-16",
    published_note="from the header 'US close · Tuesday, 16 June 2026'; 'after Monday's close' -> 2026-06-15",
    language="en",
    deals=[
        deal("tarrowpoint-ciena-2026", ["Tarrow Point Networks", "Ciena"], "supply", 210_000_000, "USD", "exact",
             "2026-06-15", "signed",
             "Ciena said after Monday's close that Tarrow Point Networks, the Oklahoma long-haul builder, had signed a new $210 million supply agreement for its latest transponders and line systems.",
             note="explicitly separate from the 2024 order (003)"),
        deal("cisco-saltcote", ["Cisco", "Saltcote Photonics"], "acquisition", 640_000_000, "USD",
             "approx", "2026-06", "negotiating",
             "Cisco is in advanced talks to buy Saltcote Photonics, a Boston start-up that makes co-packaged optics for AI switches, for about $640 million, say two bankers involved in the talks.",
             note="talks from two sources; the $95m raised so far is not a deal"),
        deal("att-lumen-consumer-fibre", ["AT&T", "Lumen"], "acquisition", 5_750_000_000, "USD", "exact",
             "2025-05", "completed",
             "The company closed the $5.75 billion sale of its consumer fibre business to AT&T in the first quarter after agreeing it in May 2025, and is now a pure play on business and AI connectivity.",
             note="'The company' = Lumen (previous sentence); the deal of 010, dated to the agreement"),
    ],
    not_deals=["between $5.1 billion and $5.3 billion", "$176.35", "$95 million", "$165 from $150", "$7.14", "$71.80",
               "$141.22", "$58.90", "$24 a month"],
)

ARTICLES["020_netzgeschaefte_niddaufer.txt"] = dict(
    published="2026-11-06",
    published_note="from the issue line 'Nr. 45 · 46. Jahrgang · Freitag, 6. November 2026'; 'am Dienstag' -> 2026-11-03, 'am Mittwoch' -> 2026-11-04",
    language="de",
    deals=[
        deal("fibradolomiti-openfiber-trentino", ["Fibra Dolomiti", "Open Fiber"], "acquisition", 90_000_000,
             "EUR", "approx", "2026-11-03", "signed",
             "Wie beide Unternehmen am Dienstag mitteilten, zahlt der Regionalversorger knapp 90 Millionen Euro für rund 3.800 Kilometer Glasfaser und die dazugehörigen Verteilerstandorte zwischen Trient und Rovereto.",
             note="'der Regionalversorger' = Fibra Dolomiti; seller Open Fiber in the previous sentence"),
        deal("eib-deutscheglasfaser-loan", ["European Investment Bank", "Deutsche Glasfaser"], "other",
             500_000_000, "EUR", "exact", "2026-11-04", "signed",
             "Die Europäische Investitionsbank leiht der Deutschen Glasfaser 500 Millionen Euro.",
             kind_alt=["investment"], note="12-year loan, signed 'am Mittwoch' (next sentence)"),
        deal("sablecroft-vindelfjord-takeover", ["Sablecroft Infrastructure Partners", "Vindelfjord Fiber"],
             "acquisition", 5_000_000_000, "SEK", "at_least", "2026", "cancelled",
             "Geboten hatte Sablecroft nach Angaben aus Stockholm mehr als fünf Milliarden Kronen für das gesamte Unternehmen.",
             note="amount in words, 'mehr als' -> at_least; offer made in spring 2026 and withdrawn; different from the 49 % stake of 2025 (011)"),
    ],
    not_deals=["rund 690 Millionen Euro", "mehr als 10 Milliarden Euro", "1,2 Milliarden Euro",
               "knapp 89 Milliarden Euro", "7,02 Euro", "410 Euro", "148 Euro", "9,90 Euro"],
)

ALIASES = {
    "Nokia": ["Nokia", "Nokia Oyj"],
    "Infinera": ["Infinera", "Infinera Corp."],
    "Tarrow Point Networks": ["Tarrow Point Networks", "Tarrow Point"],
    "Lumen": ["Lumen", "Lumen Technologies", "Lumens"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Corning": ["Corning", "Corning Inc."],
    "Lichtstrang Netze": ["Lichtstrang Netze", "Lichtstrang Netze GmbH", "Lichtstrang"],
    "Wetterau Rechenhallen": ["Wetterau Rechenhallen", "Wetterauer"],
    "Meta": ["Meta", "Meta Platforms"],
    "Ciena": ["Ciena", "Ciena Corp."],
    "Sablecroft Infrastructure Partners": ["Sablecroft Infrastructure Partners", "Sablecroft", "Sablecrofts"],
    "Pennine Lattice": ["Pennine Lattice"],
    "Osage Bend Data Campus": ["Osage Bend Data Campus", "Osage Bend"],
    "Kessler Flats Railway": ["Kessler Flats Railway", "Kessler Flats"],
    "Vindelfjord Fiber": ["Vindelfjord Fiber", "Vindelfjord Fiber AB", "Vindelfjord"],
    "Hallbacka Sparbank": ["Hallbacka Sparbank", "Hallbacka"],
    "Kaldvik Datasenter": ["Kaldvik Datasenter", "Kaldvik"],
    "Deutsche Glasfaser": ["Deutsche Glasfaser", "Deutschen Glasfaser"],
    "Zayo": ["Zayo", "Zayo Group", "Zayos"],
    "Crown Castle": ["Crown Castle", "Crown Castle Inc."],
    "EQT": ["EQT", "EQT AB"],
    "euNetworks": ["euNetworks"],
    "Colt": ["Colt", "Colt Technology Services"],
    "Auerbach Trassenbau": ["Auerbach Trassenbau", "Auerbach"],
    "Rhönfaser": ["Rhönfaser"],
    "Horlofftal Netz": ["Horlofftal Netz", "Horlofftal Netz GmbH"],
    "AT&T": ["AT&T", "AT&T Inc."],
    "Emsland Kreditbank": ["Emsland Kreditbank"],
    "Harewood Vale Data": ["Harewood Vale Data", "Harewood Vale"],
    "Open Fiber": ["Open Fiber"],
    "Navigli Data Campus": ["Navigli Data Campus", "Navigli"],
    "KKR": ["KKR"],
    "Telecom Italia": ["Telecom Italia", "TIM"],
    "Cisco": ["Cisco", "Cisco Systems"],
    "Arista": ["Arista", "Arista Networks"],
    "Kirkstall Compute": ["Kirkstall Compute"],
    "Wendelhorst Kapital": ["Wendelhorst Kapital", "Wendelhorst"],
    "Brattli Fiber": ["Brattli Fiber", "Brattli Fiber AS", "Brattli"],
    "Saltcote Photonics": ["Saltcote Photonics", "Saltcote"],
    "Fibra Dolomiti": ["Fibra Dolomiti", "Fibra Dolomitis"],
    "European Investment Bank": ["European Investment Bank", "Europäische Investitionsbank", "EIB"],
}


def main():
    gold = {"about": ABOUT, "articles": {}, "aliases": ALIASES}
    for name, a in ARTICLES.items():
        gold["articles"][name] = {
            "published": a["published"],
            "published_note": a["published_note"],
            "language": a["language"],
            "deals": a["deals"],
            "not_deals": a["not_deals"],
        }
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"gold.json written: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
