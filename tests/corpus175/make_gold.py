#!/usr/bin/env python3
"""Write gold.json for tests/corpus175 (the hand annotation, kept as a script).

Usage: python3 tests/corpus175/make_gold.py
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 175th, held-out test corpus (tests/corpus175/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. Theme: furniture and home goods (furniture makers and chains, home-improvement "
    "retailers, their plants, takeovers and AI/logistics contracts). One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague or background mentions that an "
    "extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one "
    "of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | "
    "approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the "
    "same deal's amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date marker, dateline, <time datetime>, "
    "issue line or visible byline date, or null when the article has none); quarters, half-years and seasons "
    "become the year; a cancelled deal keeps the date of the original agreement or talks; 'term' is the period the "
    "deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement "
    "call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Lindenholz Möbelwerke GmbH, Norderteich Datacenter "
    "GmbH, Kasimir Lagertechnik GmbH, Palletree Robotics, Halvard Equity Partners, Shelfsight, Cresswell & Dunmore, "
    "Ribbleholm Upholstery, Skovgaard Kapital, Sovehus Nord, Kvistberg Analytics, Birchcombe Capital, Merriwether "
    "Bank, Yadkin Chair Company, Larchmont Federal, Möbel Kerkemeier GmbH, Raumreich, Ostheider Polsterwerke, "
    "Emsländer Handelsbank, Hollwinkel, Qiantang Home, Tannacher Sitzmöbel AG, Hearthwise, Mapleridge Home Brands, "
    "Sunbarrow Outdoor, Vendelbo Automation, Loisachtal Ventures; invented publications, research houses, "
    "advertisers and people are listed in invented_names.txt; the deals of real companies are loosely based on "
    "public reports with amounts, dates and details shifted, or invented. Nothing here is reporting."
)

ALIASES = {
    "Home Depot": ["Home Depot", "The Home Depot", "Home Depot Inc."],
    "SRS Distribution": ["SRS Distribution", "SRS"],
    "Merriwether Bank": ["Merriwether Bank", "Merriwether"],
    "Hornbach": ["Hornbach", "Hornbach Baumarkt AG", "Hornbach Baumarkt", "Hornbach Holding"],
    "Kasimir Lagertechnik": ["Kasimir Lagertechnik", "Kasimir Lagertechnik GmbH", "Kasimir"],
    "Norderteich Datacenter": ["Norderteich Datacenter", "Norderteich Datacenter GmbH", "Norderteich"],
    "Lindenholz Möbelwerke": ["Lindenholz Möbelwerke", "Lindenholz Möbelwerke GmbH", "Lindenholz"],
    "Wayfair": ["Wayfair", "Wayfair Inc."],
    "Palletree Robotics": ["Palletree Robotics", "Palletree"],
    "Halvard Equity Partners": ["Halvard Equity Partners", "Halvard Equity", "Halvard"],
    "Google": ["Google", "Google Cloud", "Alphabet"],
    "Kingfisher": ["Kingfisher", "Kingfisher plc"],
    "Shelfsight": ["Shelfsight"],
    "Cresswell & Dunmore": ["Cresswell & Dunmore", "Cresswell and Dunmore"],
    "Ribbleholm Upholstery": ["Ribbleholm Upholstery", "Ribbleholm"],
    "XXXLutz": ["XXXLutz", "XXXLutz Gruppe"],
    "Skovgaard Kapital": ["Skovgaard Kapital", "Skovgaard"],
    "Sovehus Nord": ["Sovehus Nord", "Sovehus"],
    "Ingka Group": ["Ingka Group", "Ingka", "Ingka Investments", "Ingka Holding"],
    "Kvistberg Analytics": ["Kvistberg Analytics", "Kvistberg"],
    "Birchcombe Capital": ["Birchcombe Capital", "Birchcombe"],
    "GMS": ["GMS", "GMS Inc."],
    "Lowe's": ["Lowe's", "Lowe’s", "Lowe's Companies"],
    "Artisan Design Group": ["Artisan Design Group", "ADG"],
    "Foundation Building Materials": ["Foundation Building Materials", "FBM"],
    "HNI": ["HNI", "HNI Corp.", "HNI Corporation"],
    "Steelcase": ["Steelcase", "Steelcase Inc."],
    "Stadt Naila": ["Stadt Naila"],
    "Yadkin Chair Company": ["Yadkin Chair Company", "Yadkin Chair", "Yadkin"],
    "Larchmont Federal": ["Larchmont Federal", "Larchmont"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure"],
    "Hollwinkel": ["Hollwinkel", "Hollwinkel Küchen"],
    "Qiantang Home": ["Qiantang Home", "Qiantang"],
    "Möbel Kerkemeier": ["Möbel Kerkemeier", "Möbel Kerkemeier GmbH", "Kerkemeier"],
    "Emsländer Handelsbank": ["Emsländer Handelsbank"],
    "Ostheider Polsterwerke": ["Ostheider Polsterwerke", "Ostheider"],
    "Raumreich": ["Raumreich"],
    "Tannacher Sitzmöbel": ["Tannacher Sitzmöbel", "Tannacher Sitzmöbel AG", "Tannacher"],
    "Hearthwise": ["Hearthwise"],
    "Mapleridge Home Brands": ["Mapleridge Home Brands", "Mapleridge"],
    "Sunbarrow Outdoor": ["Sunbarrow Outdoor", "Sunbarrow"],
    "Vendelbo Automation": ["Vendelbo Automation", "Vendelbo"],
    "Loisachtal Ventures": ["Loisachtal Ventures", "Loisachtal"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, kind_alt=None, per=None, alt=None, term=None, note=None):
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


ARTICLES = {}


def article(name, published, note, language, deals, not_deals):
    ARTICLES[name] = {"published": published, "published_note": note, "language": language,
                      "deals": deals, "not_deals": not_deals}


# 001 -----------------------------------------------------------------------------------------
article("001_homedepot_srs_thimbleway_en.txt", "2024-03-27",
        "from the header 'March 27, 2024 · 07:12 ET' (dateline 'ATLANTA, March 26'); 'on Tuesday' -> 2024-03-26",
        "en", [
    deal("homedepot-srs", ["Home Depot", "SRS Distribution"], "acquisition", 18_400_000_000, "USD", "approx",
         "2024-03-26", "signed",
         "Home Depot said on Tuesday it will acquire SRS Distribution, a Texas-based wholesaler of roofing, landscaping and pool supplies, for about $18.4 billion including debt, the biggest purchase in the orange-apron chain's history.",
         alt=[(17_000_000_000, "EUR")],
         note="agreed takeover ('will acquire', closing pending antitrust review) -> signed; 002 retells it in EUR with only the month (alt_amounts), 009 without an amount; different from the SRS/GMS purchase of 2025 (009)"),
    deal("merriwether-homedepot-bridge", ["Merriwether Bank", "Home Depot"], "other", 18_000_000_000, "USD", "up_to",
         "2024-03", "signed",
         "Until bonds can be placed, the company has secured a 364-day facility of up to $18 billion from Merriwether Bank, a regulatory filing lodged after the announcement showed.",
         kind_alt=["investment"],
         note="bridge loan commitment; 'the company' = Home Depot; filing 'after the announcement', day not given -> month"),
], ["$10 billion", "$415 price target", "$152.4 billion", "roughly $50 billion", "$371.40", "$2.25 per share",
    "premium seats $49"])

# 002 -----------------------------------------------------------------------------------------
article("002_baumarktwerte_aktienbrise.txt", "2024-04-02",
        "from the portal stamp '02.04.2024 · 08:47 Uhr'; 'Ende März' -> 2024-03; 'vergangene Woche' -> the week of 25-29 March 2024 -> 2024-03",
        "de", [
    deal("homedepot-srs", ["Home Depot", "SRS Distribution"], "acquisition", 17_000_000_000, "EUR", "approx",
         "2024-03", "signed",
         "Für den Zukauf, der Ende März bekanntgegeben wurde, legt der Konzern umgerechnet rund 17 Milliarden Euro auf den Tisch, Schulden eingerechnet.",
         note="same deal as 001, here only in EUR and with the month; 'der Konzern' = Home Depot, SRS Distribution in the previous sentence"),
    deal("hornbach-kasimir-2024", ["Hornbach", "Kasimir Lagertechnik"], "supply", 45_000_000, "EUR", "approx",
         "2024-03", "signed",
         "Den Auftragswert beziffert Kasimir auf rund 45 Millionen Euro.",
         note="order for an automated small-parts warehouse; parties and 'vergangene Woche' in the previous sentence; different from Hornbach's second Kasimir order of 2025 (011)"),
    deal("hornbach-capex-2024", ["Hornbach"], "capex_plan", 250_000_000, "EUR", "approx", "2024", "planned",
         "Insgesamt will der Konzern im laufenden Geschäftsjahr rund 250 Millionen Euro investieren, vor allem in Märkte, Logistik und den Onlineshop.",
         required=False, note="group-wide capex for the fiscal year -> optional"),
], ["341,60 Euro", "gut 9 Milliarden Euro", "6,2 Milliarden Euro", "Kursziel von 95 Euro", "bei 78,50 Euro",
    "232,10 EUR", "2,86 EUR", "ab 3,90 Euro pro Order", "Sparpläne ab 25 Euro monatlich"])

# 003 -----------------------------------------------------------------------------------------
article("003_lindenholz_gelaende_begatalkurier.txt", "2024-05-14",
        "dateline without year 'Extertal, 14. Mai (bk)'; the year from the copyright line '© 2024 Begatal-Kurier'; 'am Montagabend' -> 2024-05-13",
        "de", [
    deal("norderteich-lindenholz-land", ["Norderteich Datacenter", "Lindenholz Möbelwerke"], "acquisition", 14_000_000,
         "EUR", "approx", "2024-05-13", "signed",
         "Der Kaufpreis liegt bei rund 14 Millionen Euro, wie Lindenholz-Geschäftsführer Ansgar Vehlmeier auf Nachfrage bestätigte.",
         kind_alt=["other"],
         note="sale of the former veneer-plant site; buyer, seller and the notary signing 'am Montagabend' in the previous paragraph; retold in 008, 017 and 018; different from the heat-supply contract of the same pair (017, 018)"),
    deal("norderteich-extertal-capex", ["Norderteich Datacenter"], "capex_plan", 600_000_000, "EUR", "up_to",
         "2024-05-13", "planned",
         "Bis zu 600 Millionen Euro will das Unternehmen in den kommenden sechs Jahren auf dem Areal verbauen, verteilt auf zwei Bauabschnitte mit zusammen 60 Megawatt Anschlussleistung.",
         term=["2024", "2030"],
         note="'das Unternehmen' = Norderteich (previous sentence); plan presented in the council meeting of 2024-05-13"),
], ["jährlich bis zu 2,5 Millionen Euro", "3,1 Millionen Euro", "48 Euro pro Quadratmeter", "312 Millionen Euro Umsatz",
    "ab 4.990 Euro"])

# 004 -----------------------------------------------------------------------------------------
article("004_wayfair_palletree_mezzanine_en.html", "2024-09-18",
        "from <meta property='article:published_time'> and <time datetime='2024-09-18T06:40'> (visible 'Sep 18, 2024'); 'on Tuesday' -> 2024-09-17; 'last month' -> 2024-08",
        "en", [
    deal("wayfair-palletree-2024", ["Wayfair", "Palletree Robotics"], "supply", 310_000_000, "USD", "approx",
         "2024-09-17", "signed",
         "Wayfair has signed a seven-year robotics-as-a-service agreement with Palletree Robotics worth about $310 million, the Boston-based online furniture retailer said on Tuesday.",
         kind_alt=["other", "cloud_contract"],
         note="robotics-as-a-service contract; different from Wayfair's monthly extension of 2026 (016)"),
    deal("halvard-palletree-seriesc", ["Halvard Equity Partners", "Palletree Robotics"], "investment", 140_000_000,
         "USD", "exact", "2024-08", "completed",
         "Palletree raised $140 million in a Series C round last month, led by Halvard Equity Partners, a New York growth investor; the round valued it at about $1.1 billion.",
         note="lead investor; valuation $1.1bn is not a deal"),
    deal("wayfair-google-cloud", ["Wayfair", "Google"], "cloud_contract", None, None, None, None, "signed",
         "The retailer has already moved its storefront and recommendation engines onto Google Cloud, under a long-running arrangement whose value neither side has disclosed.",
         required=False, note="amount-less background arrangement -> optional"),
], ["$0.21 per move", "around $85,000", "about $1.1 billion", "$12.0 billion", "$4.8 billion by 2028",
    "Early-bird pass $695", "$14.99 a month"])

# 005 -----------------------------------------------------------------------------------------
article("005_homewares_dispatch_nov24_en.txt", "2024-11-08",
        "from the issue line 'Issue 44 · Friday 8 November 2024'; 'on Wednesday' -> 2024-11-06; 'last month' -> 2024-10",
        "en", [
    deal("kingfisher-shelfsight-contract", ["Kingfisher", "Shelfsight"], "supply", 36_000_000, "GBP", "exact",
         "2024-11-06", "signed",
         "Kingfisher, the owner of B&Q and Screwfix, has handed Shelfsight a four-year contract worth £36 million to run camera-based stock counting in 300 of its UK stores.",
         kind_alt=["cloud_contract", "other"],
         note="AI stock-counting service; signing day 'on Wednesday' in the next sentence; repeated in 'BY THE NUMBERS'; retold in 015; different from Kingfisher's 2026 stake in Shelfsight (015)"),
    deal("cresswell-ribbleholm", ["Cresswell & Dunmore", "Ribbleholm Upholstery"], "acquisition", 52_000_000, "GBP",
         "exact", "2024-10", "completed",
         "It paid £52m, mostly in cash, taking on Ribbleholm's 410 staff and its two factories in the Ribble Valley.",
         note="'It' = Cresswell & Dunmore, whose purchase 'last month' is told in the previous sentence"),
], ["£528 million", "about £100 million", "£88m", "£1,299", "about £3.4 billion a year", "to £349", "Tickets £45",
    "£120 a year"])

# 006 -----------------------------------------------------------------------------------------
article("006_xxxlutz_kasimir_furnierfuge.txt", "2025-01-24",
        "from the issue line 'Nr. 4 | KW 4 | 24.01.2025'; 'Am Dienstag' -> 2025-01-21; 'Mitte Januar' -> 2025-01",
        "de", [
    deal("xxxlutz-kasimir-warehouse", ["XXXLutz", "Kasimir Lagertechnik"], "supply", 120_000_000, "EUR", "approx",
         "2025-01-21", "signed",
         "Knapp 120 Millionen Euro ist das Paket schwer – mehr hat der Lagertechniker in 38 Jahren Firmengeschichte nie auf einmal verkauft.",
         note="high-bay warehouse order; 'knapp' -> approx; parties and 'Am Dienstag' in the previous sentence ('der Konzern' = XXXLutz); different from the service contract in the same article"),
    deal("xxxlutz-kasimir-service", ["XXXLutz", "Kasimir Lagertechnik"], "other", 3_500_000, "EUR", "approx",
         "2025-01-21", "signed",
         "Dazu kommt ein Servicevertrag über zehn Jahre, der Kasimir jährlich rund 3,5 Millionen Euro einbringen soll.",
         kind_alt=["supply"], per="year",
         note="ten-year maintenance contract at a yearly rate; customer XXXLutz from the previous paragraph"),
    deal("skovgaard-sovehus", ["Skovgaard Kapital", "Sovehus Nord"], "acquisition", 1_200_000_000, "DKK", "exact",
         "2025-01", "completed",
         "Bezahlt wurden 1,2 Mrd. Kronen (ca. 160 Mio. Euro), wie beide Seiten mitteilten.",
         alt=[(160_000_000, "EUR")],
         note="majority purchase 'Mitte Januar' told in the previous sentence; Danish kroner"),
], ["rund 210 Millionen Euro", "310 Euro je Kubikmeter", "rund 16,3 Milliarden Euro", "Tagesticket 39 Euro",
    "Teilnahme 79 Euro", "Jahresabonnement 298 Euro"])

# 007 -----------------------------------------------------------------------------------------
article("007_ingka_forest_kvistberg_skargard_en.txt", "2025-03-12",
        "from the line 'Published 12.03.2025 10:40 CET'; 'in February' -> 2025-02; 'On Tuesday' -> 2025-03-11",
        "en", [
    deal("ingka-poland-forest", ["Ingka Group"], "acquisition", 410_000_000, "PLN", "exact", "2025-02", "completed",
         "Ingka Investments, the group's investment arm, has bought about 11,000 hectares of forest in north-eastern Poland for PLN 410 million, or roughly €98 million.",
         alt=[(98_000_000, "EUR")],
         note="seller is an unnamed Warsaw family office; completion month in the next sentence"),
    deal("ingka-kvistberg", ["Ingka Group", "Kvistberg Analytics"], "cloud_contract", 380_000_000, "SEK", "exact",
         "2025-03-11", "signed",
         "On Tuesday, Ingka signed a five-year contract worth SEK 380 million, about €34 million, with Kvistberg Analytics, a Malmö start-up whose AI models forecast demand for individual products in individual stores.",
         kind_alt=["supply", "other"], alt=[(34_000_000, "EUR")],
         note="AI demand-forecasting service"),
    deal("ingka-renewables-capex", ["Ingka Group"], "capex_plan", 6_000_000_000, "EUR", "approx", None, "planned",
         "The group has said it intends to put some €6 billion into renewable-energy projects before 2030, on top of earlier commitments.",
         required=False, note="group-wide investment plan without a date -> optional"),
], ["PLN 37,000 per hectare", "SEK 900 million", "SEK 1.5 billion", "€41.7 billion", "SEK 139 a month"])

# 008 -----------------------------------------------------------------------------------------
article("008_birchcombe_lindenholz_weserdienst.txt", "2025-04-15",
        "from the wire stamp '15.04.2025 – 09:20'; 'Im vergangenen Mai' -> 2024-05",
        "de", [
    deal("birchcombe-lindenholz", ["Birchcombe Capital", "Lindenholz Möbelwerke"], "acquisition", 250_000_000, "EUR",
         "range", "2025", "rumored",
         "Birchcombe Capital aus London biete Insidern zufolge zwischen 250 und 300 Millionen Euro für das Familienunternehmen aus Lippe, Schulden eingeschlossen.",
         amount_max=300_000_000, alt=[(290_000_000, "EUR"), (336_000_000, "USD")],
         note="rumour from insiders; 013 reports the signing at €290m ($336m) on 2025-11-13 (alt_amounts); the year keeps the shared id's dates consistent; 017 mentions it without an amount; different from Birchcombe's €40m equity injection of 2026 (018)"),
    deal("norderteich-lindenholz-land", ["Norderteich Datacenter", "Lindenholz Möbelwerke"], "acquisition", 14_000_000,
         "EUR", "exact", "2024-05", "completed",
         "Im vergangenen Mai hatte Lindenholz das stillgelegte Furnierwerk in Extertal für 14 Millionen Euro an den Bielefelder Rechenzentrumsbetreiber Norderteich Datacenter verkauft.",
         kind_alt=["other"], note="same sale as 003, retold with the month only"),
], ["327 Millionen Euro", "etwa 29 Millionen Euro", "rund 1,8 Milliarden Euro"])

# 009 -----------------------------------------------------------------------------------------
article("009_srs_gms_stockfinch_en.txt", "2025-07-01",
        "from the portal stamp 'Jul 1, 2025 · 7:58 AM ET'; 'on Monday' -> 2025-06-30; 'in mid-June' -> 2025-06; 'last year' -> 2024",
        "en", [
    deal("srs-gms", ["Home Depot", "SRS Distribution", "GMS"], "acquisition", 5_600_000_000, "USD", "approx",
         "2025-06-30", "signed",
         "Its roofing-supply subsidiary SRS Distribution agreed on Monday to acquire GMS, a Georgia-based distributor of wallboard, ceilings and steel framing, for about $5.6 billion including net debt.",
         note="'Its' = Home Depot (previous sentence), buyer through SRS; shares two parties with the 2024 SRS takeover but is a different deal; $112 per share is not a separate deal"),
    deal("homedepot-srs", ["Home Depot", "SRS Distribution"], "acquisition", None, None, None, "2024", "completed",
         "The purchase is the second large distribution deal for Home Depot in little more than a year, following last year's takeover of SRS itself, which turned the Texas wholesaler into the platform for the retailer's push into specialty trades.",
         required=False, note="amount-less background mention of the 2024 takeover (001, 002) -> optional"),
    deal("lowes-adg", ["Lowe's", "Artisan Design Group"], "acquisition", 1_300_000_000, "USD", "exact", "2025-06",
         "signed",
         "The No. 2 chain agreed in mid-June to pay $1.3 billion for Artisan Design Group, a company that installs flooring, cabinets and countertops for home builders.",
         note="'The No. 2 chain' = Lowe's (previous sentence)"),
], ["$366.55", "$108.70", "$221.90", "$112 per GMS share", "$430 target", "about $100 million", "$2.30 per quarter",
    "$64.10 – $98.40", "about $365 billion", "$265", "$24.99 a month", "$0.49 a contract"])

# 010 -----------------------------------------------------------------------------------------
article("010_lowes_fbm_hansekontorblatt.txt", "2025-08-22",
        "from the date line 'Freitag, 22. August 2025 · Nr. 34 · Seite 11'; 'am Mittwoch' -> 2025-08-20; 'Anfang August' -> 2025-08",
        "de", [
    deal("lowes-fbm", ["Lowe's", "Foundation Building Materials"], "acquisition", 8_700_000_000, "USD", "exact",
         "2025-08-20", "signed",
         "Lowe's übernimmt den Innenausbau-Großhändler Foundation Building Materials (FBM) für 8,7 Milliarden Dollar, wie der Konzern am Mittwoch in Mooresville mitteilte.",
         alt=[(7_500_000_000, "EUR")],
         note="EUR conversion 'rund 7,5 Milliarden Euro' in the next sentence; also in the standfirst"),
    deal("hni-steelcase", ["HNI", "Steelcase"], "acquisition", 2_000_000_000, "EUR", "approx", "2025-08", "signed",
         "HNI zahlt für den Konkurrenten aus Michigan in bar und Aktien knapp zwei Milliarden Euro.",
         alt=[(2_300_000_000, "USD")],
         note="'den Konkurrenten aus Michigan' = Steelcase (previous sentence, 'Anfang August'); amount in words, 'knapp' -> approx; 012 retells it at about $2.3bn with the day (alt_amounts)"),
], ["rund 6,5 Milliarden Dollar im Jahr", "83,7 Milliarden Dollar", "mehr als 250 Milliarden Dollar",
    "gut 3,2 Milliarden Dollar", "auf 2,6 Milliarden Euro", "232,40 Dollar", "402,15 Dollar", "48,90 Dollar",
    "16,85 Dollar", "9,90 Euro"])

# 011 -----------------------------------------------------------------------------------------
article("011_kasimir_hornbach_frankenwaldbote.html", "2025-10-16",
        "from <meta name='date' content='2025-10-16T06:30'> and the visible line 'Naila · 16.10.2025, 06:30 Uhr'; 'am Mittwoch' -> 2025-10-15; 'am Dienstagabend' -> 2025-10-14",
        "de", [
    deal("hornbach-kasimir-2025", ["Hornbach", "Kasimir Lagertechnik"], "supply", 70_000_000, "EUR", "approx",
         "2025-10-15", "signed",
         "Für rund 70 Millionen Euro baut Kasimir die Anlage bis Ende 2027 in ein Verteilzentrum der Pfälzer in Nordrhein-Westfalen ein.",
         note="Hornbach named in the previous sentence ('der Pfälzer'); signed 'am Mittwoch' in the next sentence; second Hornbach order, different from the 2024 order (002)"),
    deal("naila-kasimir-land", ["Stadt Naila", "Kasimir Lagertechnik"], "acquisition", 3_100_000, "EUR", "exact",
         "2025-10-14", "announced",
         "Die Stadt Naila verkauft Kasimir dafür eine Erweiterungsfläche von 6,5 Hektar im Gewerbegebiet Hofer Straße für 3,1 Millionen Euro; der Stadtrat stimmte dem Verkauf am Dienstagabend einstimmig zu.",
         kind_alt=["other"], note="municipal land sale approved by the council, not yet notarised -> announced"),
    deal("kasimir-naila-capex", ["Kasimir Lagertechnik"], "capex_plan", 38_000_000, "EUR", "approx", "2025-10",
         "planned",
         "Alles in allem steckt Kasimir in Naila rund 38 Millionen Euro in den Bau einer Fertigungs- und Montagehalle, die 2027 in Betrieb gehen soll."),
], ["4,2 Millionen Euro", "1.150 Euro", "gut 240 Millionen Euro", "ab 2.499 Euro", "monatlich 8,90 Euro"])

# 012 -----------------------------------------------------------------------------------------
article("012_hni_steelcase_stowhill_en.txt", "2025-09-10",
        "from the line 'Consumer Durables & Office Furniture · 10 September 2025'; 'on Aug. 5' -> 2025-08-05",
        "en", [
    deal("hni-steelcase", ["HNI", "Steelcase"], "acquisition", 2_300_000_000, "USD", "approx", "2025-08-05", "signed",
         "When HNI agreed on Aug. 5 to buy Steelcase for about $2.3 billion in cash and stock, the market shrugged and then sold HNI down 9% in two sessions.",
         note="same deal as 010 (EUR, month only)"),
    deal("larchmont-hni-loan", ["Larchmont Federal", "HNI"], "other", 1_100_000_000, "USD", "exact", "2025-08-05",
         "signed",
         "To pay the cash portion and refinance Steelcase's notes, HNI has a commitment for a $1.1 billion term loan from Larchmont Federal, signed alongside the merger agreement.",
         kind_alt=["investment"], note="term-loan commitment signed with the merger agreement (Aug. 5)"),
], ["Target price $58", "(from $55)", "roughly $5.8 billion", "$120 million a year", "At $47.20", "about $19 billion a year"])

# 013 -----------------------------------------------------------------------------------------
article("013_birchcombe_lindenholz_drypowder_en.txt", "2025-11-14",
        "from the issue line 'Vol. 6, No. 45 — 14 November 2025'; 'on Thursday' -> 2025-11-13",
        "en", [
    deal("birchcombe-lindenholz", ["Birchcombe Capital", "Lindenholz Möbelwerke"], "acquisition", 290_000_000, "EUR",
         "exact", "2025-11-13", "signed",
         "Birchcombe Capital agreed on Thursday to buy Lindenholz Möbelwerke, the family-owned German maker of fitted kitchens and bedroom furniture, for €290 million (about $336 million) including debt.",
         alt=[(336_000_000, "USD")], note="signing of the rumour of 008"),
    deal("halvard-yadkin", ["Halvard Equity Partners", "Yadkin Chair Company"], "acquisition", 120_000_000, "USD",
         "range", "2025-11", "negotiating",
         "The firm has entered exclusive negotiations to acquire Yadkin Chair Company, a 70-year-old maker of wooden dining chairs in High Point, North Carolina, for between $120 million and $140 million, two bankers working on the sale told us.",
         amount_max=140_000_000,
         note="'The firm' = Halvard Equity Partners (previous sentence); exclusive talks -> negotiating"),
], ["€327m of sales", "€650 million", "€500 million target", "about €7m in fees", "Seats £395", "£3,600", "£940"])

# 014 -----------------------------------------------------------------------------------------
article("014_handel_liveticker_marktplatzlive.txt", "2025-12-03",
        "from the ticker header 'Liveticker vom Mittwoch, 3. Dezember 2025' (entries by time); 'heute' -> 2025-12-03; 'seit dem Sommer' -> 2025",
        "de", [
    deal("ingka-microsoft-cloud", ["Ingka Group", "Microsoft"], "cloud_contract", 400_000_000, "EUR", "approx",
         "2025-12", "rumored",
         'Die Ikea-Mutter Ingka verhandelt laut einem Bericht des Branchendienstes „Regalwand" mit Microsoft über einen Cloud- und KI-Vertrag über fünf Jahre; das Volumen soll bei rund 400 Millionen Euro liegen.',
         note="reported by a trade service, not confirmed -> rumored; 'Ikea-Mutter Ingka'"),
    deal("qiantang-hollwinkel", ["Qiantang Home", "Hollwinkel"], "acquisition", 2_100_000_000, "CNY", "approx",
         "2025-12", "rumored",
         'Einen Bericht, wonach der chinesische Möbelkonzern Qiantang Home für rund 2,1 Milliarden Yuan (etwa 255 Mio. Euro) die Mehrheit übernehmen wolle, wies ein Sprecher als „frei erfunden" zurück.',
         required=False, alt=[(255_000_000, "EUR")], note="denied rumour -> optional"),
    deal("emslaender-kerkemeier-loan", ["Emsländer Handelsbank", "Möbel Kerkemeier"], "other", 25_000_000, "EUR",
         "exact", "2025-12-03", "signed",
         "Die Emsländer Handelsbank gibt der Kette mit 23 Einrichtungshäusern einen Kredit über 25 Millionen Euro, das teilte das Unternehmen aus Rheine heute mit.",
         kind_alt=["investment"], note="'der Kette' = Möbel Kerkemeier (same entry, previous clause)"),
    deal("ostheider-poland-capex", ["Ostheider Polsterwerke"], "capex_plan", 180_000_000, "PLN", "up_to",
         "2025-12-03", "planned",
         "Bis zu 180 Millionen Zloty will das Unternehmen in ein neues Werk bei Posen stecken, umgerechnet rund 42 Millionen Euro.",
         alt=[(42_000_000, "EUR")], note="'das Unternehmen' = Ostheider Polsterwerke (previous clause)"),
    deal("kerkemeier-raumreich", ["Möbel Kerkemeier", "Raumreich"], "acquisition", 60_000_000, "EUR", "approx",
         "2025", "cancelled",
         "Die seit dem Sommer laufenden Gespräche zwischen der Einrichtungskette Möbel Kerkemeier und dem Berliner Onlinehändler Raumreich über eine Übernahme für rund 60 Millionen Euro sind geplatzt.",
         note="talks broken off; keeps the year of the talks"),
], ["rund 121 Milliarden Euro", "91,40 Euro", "2,97 Pfund", "2.990 Euro"])

# 015 -----------------------------------------------------------------------------------------
article("015_kingfisher_shelfsight_kirkgate_en.txt", "2026-01-22",
        "from the line 'Business | Thursday 22 January 2026'; 'on Tuesday' -> 2026-01-20; 'in November 2024' -> 2024-11",
        "en", [
    deal("kingfisher-shelfsight-stake", ["Kingfisher", "Shelfsight"], "investment", 24_000_000, "GBP", "exact",
         "2026-01-20", "completed",
         "Kingfisher, the FTSE 100 group behind B&Q and Screwfix, has bought a 15 per cent stake in Shelfsight for £24 million, the Holbeck-based firm said on Tuesday.",
         kind_alt=["acquisition"],
         note="minority stake; implied valuation £160m is not a deal; different from the 2024 contract of the same pair"),
    deal("kingfisher-shelfsight-contract", ["Kingfisher", "Shelfsight"], "supply", 36_000_000, "GBP", "exact",
         "2024-11", "signed",
         "The DIY group first hired Shelfsight in November 2024, under a four-year contract worth £36m to count stock in 300 B&Q and Screwfix stores.",
         kind_alt=["cloud_contract", "other"], note="same contract as 005; 'The DIY group' = Kingfisher"),
], ["£160m", "around £38,000", "£1.2m grant", "about £21m", "up from £13m", "from £249,995"])

# 016 -----------------------------------------------------------------------------------------
article("016_palletree_highpoint_triadcourant_en.html", "2026-03-11",
        "from JSON-LD datePublished and <time datetime='2026-03-11'> (visible 'March 11, 2026'); 'on Monday' -> 2026-03-09; 'last month' -> 2026-02",
        "en", [
    deal("palletree-yadkin-plant", ["Palletree Robotics", "Yadkin Chair Company"], "acquisition", 23_500_000, "USD",
         "exact", "2026-03-09", "completed",
         "Palletree Robotics closed on Monday on its purchase of the shuttered Yadkin Chair Company plant for $23.5 million, as shown by the deed Guilford County recorded that afternoon.",
         kind_alt=["other"], note="purchase of a plant from Yadkin; different from Halvard's talks to buy Yadkin itself (013)"),
    deal("palletree-highpoint-capex", ["Palletree Robotics"], "capex_plan", 95_000_000, "USD", "up_to", "2026-03-09",
         "planned",
         "The Pittsburgh company, which makes autonomous pallet movers for warehouses that handle sofas, mattresses and appliances, plans to spend as much as $95 million turning the 410,000-square-foot building into its first full-scale assembly line.",
         note="'The Pittsburgh company' = Palletree; 'as much as' -> up_to"),
    deal("wayfair-palletree-2026", ["Wayfair", "Palletree Robotics"], "supply", 2_400_000, "USD", "approx", "2026-02",
         "signed",
         "Palletree said that Wayfair, the online furniture retailer, last month extended its use of Palletree robots to two more warehouses in Ohio and Texas, in a deal worth about $2.4 million a month.",
         kind_alt=["other"], per="month",
         note="monthly rate; second Wayfair–Palletree deal, different from the 2024 contract (004)"),
], ["about $58,000", "up to $4.5 million", "about $600,000", "about $1.1 billion", "booths from $1,950",
    "$1 for the first 8 weeks", "$12.99 a month"])

# 017 -----------------------------------------------------------------------------------------
article("017_lindenholz_interview_raumkante.txt", None,
        "interview without any date (only 'Lesedauer: 6 Minuten'); 018 dates the heat contract to February 2026",
        "de", [
    deal("birchcombe-lindenholz", ["Birchcombe Capital", "Lindenholz Möbelwerke"], "acquisition", None, None, None,
         None, "completed",
         "Seit Birchcombe bei uns eingestiegen ist, reden wir über Investitionen, nicht mehr über Kreditlinien.",
         required=False, note="amount-less mention of the takeover (008, 013); 'uns' = Lindenholz -> optional"),
    deal("lindenholz-offer-2023", ["Lindenholz Möbelwerke"], "acquisition", 180_000_000, "EUR", "exact", "2023",
         "cancelled",
         "2023 lag ein Angebot eines skandinavischen Wettbewerbers über 180 Millionen Euro auf dem Tisch.",
         required=False, note="refused offer from an unnamed bidder ('Das haben wir abgelehnt', next sentence) -> optional"),
    deal("norderteich-lindenholz-land", ["Norderteich Datacenter", "Lindenholz Möbelwerke"], "acquisition", None, None,
         None, None, "completed",
         "Stattdessen haben Sie Ihr altes Furnierwerk an ein Rechenzentrum verkauft.",
         required=False, kind_alt=["other"],
         note="amount-less question about the 2024 site sale (003); Norderteich named two sentences later -> optional"),
    deal("norderteich-lindenholz-heat", ["Norderteich Datacenter", "Lindenholz Möbelwerke"], "supply", 1_100_000,
         "EUR", "approx", None, "signed",
         "Dafür überweisen wir jährlich rund 1,1 Millionen Euro, und zwar zwölf Jahre lang.",
         per="year",
         note="waste-heat supply; 'wir' = Lindenholz, the data centre of Norderteich in the previous sentence; undated here, 018 gives February 2026; different from the 2024 site sale of the same pair"),
    deal("lindenholz-lacquer-capex", ["Lindenholz Möbelwerke"], "capex_plan", 45_000_000, "EUR", "exact", None,
         "planned",
         "Wir investieren 45 Millionen Euro in eine neue Lackierstraße in Barntrup, die Ende 2027 laufen soll.",
         note="'Wir' = Lindenholz; undated interview"),
], ["Etwa vier Millionen Euro im Jahr", "rund 11.000 Euro", "21 Euro pro Stunde", "12,50 Euro", "98 Euro im Jahr"])

# 018 -----------------------------------------------------------------------------------------
article("018_lindenholz_tannacher_wirtschaftsspiegel.txt", "2026-05-11",
        "from the line 'Unternehmen · Mo., 11.05.2026 · 05:45 Uhr'; 'am Freitag' -> 2026-05-08; 'im Februar' -> 2026-02",
        "de", [
    deal("birchcombe-lindenholz-equity", ["Birchcombe Capital", "Lindenholz Möbelwerke"], "investment", 40_000_000,
         "EUR", "exact", "2026-05-08", "signed",
         "Der Finanzinvestor Birchcombe Capital, dem das Unternehmen mehrheitlich gehört, stockt das Eigenkapital von Lindenholz um 40 Millionen Euro auf, wie die Barntruper am Freitag mitteilten.",
         note="equity injection by the owner; different from Birchcombe's 2025 takeover of Lindenholz"),
    deal("lindenholz-tannacher", ["Lindenholz Möbelwerke", "Tannacher Sitzmöbel"], "acquisition", 68_000_000, "CHF",
         "exact", "2026-05-08", "signed",
         "Der Kaufpreis liegt bei 68 Millionen Franken (rund 72 Millionen Euro), ein Teil davon wird über ein Darlehen finanziert.",
         alt=[(72_000_000, "EUR")],
         note="buyer and target in the previous sentence; announced with the equity injection 'am Freitag'; antitrust approval pending"),
    deal("norderteich-lindenholz-heat", ["Norderteich Datacenter", "Lindenholz Möbelwerke"], "supply", 1_100_000,
         "EUR", "approx", "2026-02", "signed",
         "Bereits im Februar hatte Lindenholz mit dem Rechenzentrumsbetreiber Norderteich einen Wärmeliefervertrag unterzeichnet, der jährlich rund 1,1 Millionen Euro kostet.",
         per="year", note="same contract as 017"),
    deal("norderteich-lindenholz-land", ["Norderteich Datacenter", "Lindenholz Möbelwerke"], "acquisition", None, None,
         None, "2024", "completed",
         "Norderteich hatte das frühere Furnierwerk von Lindenholz 2024 gekauft und den ersten Bauabschnitt im Winter in Betrieb genommen.",
         required=False, kind_alt=["other"], note="amount-less background mention of the 2024 site sale -> optional"),
], ["54 Millionen Franken", "341 Millionen Euro", "2,8 Millionen Euro", "ab 399 Euro netto im Monat"])

# 019 -----------------------------------------------------------------------------------------
article("019_home_stocks_closingbell_en.txt", "2026-08-13",
        "from the line 'Housing & Home Retail · Thursday, 13 August 2026 · Market close'; 'late Wednesday' -> 2026-08-12",
        "en", [
    deal("lowes-google-cloud", ["Lowe's", "Google"], "cloud_contract", 450_000_000, "USD", "exact", "2026-08-12",
         "signed",
         "The No. 2 DIY chain said late Wednesday that it had signed a five-year, $450 million agreement with Google Cloud to run the AI assistants in its app and on its store associates' handheld devices, along with the models that decide which products go on which endcaps.",
         note="'The No. 2 DIY chain' = Lowe's (the 'LOWE'S' ticker line); compound '$450 million agreement'"),
    deal("homedepot-hearthwise", ["Home Depot", "Hearthwise"], "acquisition", 600_000_000, "USD", "range", "2026-08",
         "negotiating",
         "The stock eased after a report said the company is negotiating to buy Hearthwise, an Austin maker of AI-powered thermostats and home-energy controllers, for between $600 million and $700 million.",
         amount_max=700_000_000,
         note="'the company' = Home Depot (ticker line); talks from a report citing two people; 2025 valuation $480m is not a deal"),
    deal("sunbarrow-mapleridge-outdoor", ["Sunbarrow Outdoor", "Mapleridge Home Brands"], "acquisition", 200_000_000,
         "USD", "at_least", "2026-08", "signed",
         "The maker of lamps, rugs and patio sets agreed to sell its outdoor-furniture arm to Sunbarrow Outdoor, a privately held rival from Georgia, for more than $200 million.",
         note="'The maker of lamps, rugs and patio sets' = Mapleridge Home Brands (ticker line); day not given -> month"),
], ["$268.40", "$84 billion to $85 billion", "target to $295", "$401.75", "$480 million", "$31.10",
    "about $310 million", "$68.95", "$2.38 per share"])

# 020 -----------------------------------------------------------------------------------------
article("020_wochenrueckblick_polsterpost.txt", "2026-11-06",
        "from the line 'KW 45/2026 · Freitag, 6. November'; 'am Montag' -> 2026-11-02 ('Anfang August … drei Monate später, am Montag'); 'im Frühjahr' -> 2026; 'in dieser Woche' -> 2026-11",
        "de", [
    deal("xxxlutz-kerkemeier", ["XXXLutz", "Möbel Kerkemeier"], "acquisition", 180_000_000, "EUR", "approx", "2026",
         "cancelled",
         "Den Kauf für knapp 180 Millionen Euro hatten beide Seiten im Frühjahr vereinbart.",
         note="application withdrawn 'am Montag' after antitrust objections (previous sentence) -> cancelled; keeps the year of the spring agreement"),
    deal("vendelbo-kasimir", ["Vendelbo Automation", "Kasimir Lagertechnik"], "acquisition", 410_000_000, "EUR",
         "approx", "2026-11-02", "signed",
         "Der dänische Intralogistikkonzern Vendelbo Automation übernimmt das Familienunternehmen für rund 410 Millionen Euro, das sind gut drei Milliarden Kronen.",
         alt=[(3_000_000_000, "DKK")],
         note="'das Familienunternehmen' = Kasimir Lagertechnik (previous sentence); signed 'drei Monate später, am Montag' (next sentence)"),
    deal("vendelbo-naila-capex", ["Vendelbo Automation"], "capex_plan", 25_000_000, "EUR", "approx", "2026-11-02",
         "planned",
         "Vendelbo kündigte an, bis Ende 2028 rund 25 Millionen Euro in den Standort Naila zu stecken, vor allem in Softwareentwicklung.",
         term=["2026-11", "2028-12"]),
    deal("hollwinkel-ostheider-jv", ["Hollwinkel", "Ostheider Polsterwerke"], "joint_venture", 30_000_000, "EUR",
         "exact", "2026-11", "announced",
         "Beide zusammen stecken 30 Millionen Euro hinein, je zur Hälfte.",
         note="parties and the joint venture in the previous sentence"),
    deal("loisachtal-raumreich", ["Loisachtal Ventures", "Raumreich"], "investment", 18_000_000, "EUR", "exact",
         "2026-11", "completed",
         "Der Berliner Online-Möbelhändler Raumreich hat in dieser Woche 18 Millionen Euro frisches Kapital eingeworben; die Runde führte Loisachtal Ventures aus München an.",
         note="lead investor"),
], ["rund 390 Millionen Euro Umsatz", "mehr als 6 Milliarden Euro", "rund 265 Millionen Euro", "je 1.490 Euro",
    "sonst 59 Euro"])


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {HERE / 'gold.json'}: {len(ARTICLES)} articles, "
          f"{sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
