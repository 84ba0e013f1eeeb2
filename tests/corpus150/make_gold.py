#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus150/articles/.

The annotation lives here as data; edit it here and run this script to rewrite gold.json.
Format and rules: tests/corpus15/gold.json and ../shared/gold/seeds.json.
Usage: python3 tests/corpus150/make_gold.py        Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 150th held-out test corpus (tests/corpus150/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: hotel, restaurant and hospitality groups buying AI and compute "
    "(revenue-management and booking-AI contracts, cloud and GPU contracts, acquisitions of AI start-ups, "
    "kitchen-robot orders). One entry per article; a deal that several articles report carries the same id "
    "in each. 'required': false marks vague or background mentions that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is "
    "an error. Amounts are in full units and in the currency the article states; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') "
    "marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) "
    "states it in another currency or at another precision. 'date' is when the deal was announced or agreed "
    "(YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date marker, dateline, <time datetime>, issue line or byline date, or null when the "
    "article has none); seasons become the year; a cancelled deal keeps the date of the original agreement "
    "or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call and names the parties' roles (the payer, buyer, "
    "investor or customer is listed first). Canonical names carry no legal form; 'aliases' lists the other "
    "spellings used. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Gügelhof Hotels, Pfannwerk Robotik, Regnitztal "
    "Bank, Loungewise, Zimmerwerk, Griddlehand, Mesquite Draw Ventures, Veloquay, Meilerwerk Compute, "
    "Wharfmere Hospitality, Nordgast, Bankhaus Grüneburg, Brightwick Capital, Hüttlinger Gastro, Sunfold "
    "Resorts, Kofferfunk, Qasr Compute, Mirepoix AI, Nachtportier, Agrippina Kapital; invented publications, "
    "research houses, advertisers and people are listed in invented_names.txt; the deals of real companies "
    "are partly real, mostly invented or shifted. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, required, evidence, note,
      amount_max=None, per=None, term=None, alt=None, kind_alt=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if per:
        d["per"] = per
    if term:
        d["term"] = term
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    d["note"] = note
    d["evidence"] = evidence
    return d


def N(id, parties, kind, date, status, required, evidence, note, kind_alt=None):
    """A mention without an amount."""
    return D(id, parties, kind, None, None, None, date, status, required, evidence, note, kind_alt=kind_alt)


A = {}

A["001_guegelhof_pfannwerk_hauptsmoorbote.txt"] = {
    "published": "2024-03-15",
    "published_note": "from the date line 'Bamberg · Freitag, 15. März 2024'; 'am Mittwoch' -> 2024-03-13",
    "language": "de",
    "deals": [
        D("gugelhof-pfannwerk-robots-2024", ["Gügelhof Hotels", "Pfannwerk Robotik"], "supply",
          3200000, "EUR", "approx", "2024-03-13", "signed", True,
          "Für knapp 3,2 Millionen Euro bestellt die Gügelhof Hotels GmbH & Co. KG insgesamt 40 Kochroboter bei der Pfannwerk Robotik GmbH.",
          "roles: Gügelhof Hotels buys, Pfannwerk Robotik supplies 40 kitchen robots; amount first; 'knapp' -> approx; "
          "signed 'am Mittwoch' (next sentence); first of two Gügelhof-Pfannwerk orders (the second, ~€4.5m, is in 012)"),
        D("regnitztal-gugelhof-loan", ["Regnitztal Bank", "Gügelhof Hotels"], "other",
          5000000, "EUR", "exact", "2024-03", "signed", True,
          "Die Regnitztal Bank gewährt dem Familienunternehmen dafür ein Darlehen über fünf Millionen Euro, die Zusage kam Anfang März.",
          "roles: Regnitztal Bank lends to Gügelhof ('dem Familienunternehmen'); amount in words; 'Anfang März' -> month",
          kind_alt=["investment"]),
        D("gugelhof-kettenbruecke-capex", ["Gügelhof Hotels"], "capex_plan",
          14000000, "EUR", "approx", "2024", "planned", False,
          "Insgesamt veranschlagt Gügelhof für den Neubau rund 14 Millionen Euro, den Großteil bringen die drei Gesellschafterfamilien selbst auf.",
          "roles: Gügelhof spends; construction budget of the new hotel (incl. the €5m loan); optional, own building project"),
    ],
    "not_deals": ["74.900 Euro", "ab 139 Euro", "rund 1,8 Millionen Euro", "3.100 Euro", "ab 1.299 Euro"],
}

A["002_loungewise_ihg_nightaudit_en.txt"] = {
    "published": "2024-05-21",
    "published_note": "from the issue line 'Issue 42 — Tuesday, 21 May 2024'; 'on Monday' -> 2024-05-20; 'earlier this month' -> 2024-05",
    "language": "en",
    "deals": [
        D("hilton-loungewise-seriesa", ["Hilton", "Loungewise"], "investment",
          15000000, "USD", "exact", "2024-05-20", "completed", True,
          "Loungewise, the London start-up whose software answers booking questions in 31 languages and then quietly upsells a late checkout, has raised $15 million in Series A funding, with Hilton as lead investor.",
          "roles: Hilton leads the round, Loungewise raises; 'announced on Monday' in the next sentence; restated in 013 "
          "('fifteen million dollar'); a different deal from Hilton's 2025 takeover of Loungewise (013)"),
        D("accor-zimmerwerk-licence", ["Accor", "Zimmerwerk"], "supply",
          12000000, "EUR", "approx", "2024-05", "signed", True,
          "The three-year agreement, signed earlier this month, is worth about €12 million, per one reader of the contract.",
          "roles: Accor licenses Zimmerwerk's pricing software; parties in the previous sentence ('Accor has licensed "
          "Zimmerwerk's pricing engine'); a different deal from Accor's acquisition of Zimmerwerk (007, 012, 016)",
          kind_alt=["cloud_contract", "other"]),
        D("ihg-google-cloud", ["IHG", "Google"], "cloud_contract",
          300000000, "USD", "up_to", "2024", "rumored", True,
          "IHG Hotels & Resorts is in talks with Google Cloud about a booking-assistant contract that could be worth up to $300 million across five years, two people kept in the loop told The Night Audit.",
          "roles: IHG buys cloud/AI services from Google Cloud; talks from two sources; signed in July 2025 at $280m "
          "(011, in alt_amounts); the rumour keeps its own year 2024, hence the checker's date warning",
          alt=[(280000000, "USD")]),
    ],
    "not_deals": ["$70 million", "$1.9 billion", "$3.1 billion", "$4.8 billion", "$118", "£495",
                  "$290 a month", "£9 a month"],
}

A["003_mcdonalds_griddlehand_pedernales_en.html"] = {
    "published": "2024-09-18",
    "published_note": "from <meta article:published_time> and <time datetime='2024-09-18T06:30:00-05:00'> ('Sept. 18, 2024'); 'said Tuesday' -> 2024-09-17",
    "language": "en",
    "deals": [
        D("mcdonalds-griddlehand-robots", ["McDonald's", "Griddlehand"], "supply",
          210000000, "USD", "up_to", "2024-09-17", "signed", True,
          "McDonald's has agreed to buy up to 2,400 fry-and-grill robots from Austin-based Griddlehand over four years in a framework deal worth as much as $210 million, the companies said Tuesday.",
          "roles: McDonald's buys, Griddlehand supplies; 'as much as' -> up_to; framework over four years; 008 restates "
          "it as 'bis zu 190 Millionen Euro' (alt_amounts), 018 as 'up to $210 million'; 'the Chicago company' = McDonald's; "
          "a different deal from McDonald's 2026 stake in Griddlehand (018)",
          alt=[(190000000, "EUR")]),
        D("mesquite-griddlehand-seriesb", ["Mesquite Draw Ventures", "Griddlehand"], "investment",
          38000000, "USD", "exact", "2024-06", "completed", True,
          "In June, Griddlehand closed a $38 million Series B that Mesquite Draw Ventures, a San Antonio fund which also backs two agricultural-drone makers, led.",
          "roles: Mesquite Draw Ventures leads, Griddlehand raises; lead investor at the end of the sentence"),
        N("mcdonalds-google-partnership", ["McDonald's", "Google"], "partnership", "2023-12", "announced", False,
          "The burger chain already runs much of its in-store technology on Google Cloud under a partnership announced in December 2023.",
          "roles: McDonald's uses Google Cloud; 'The burger chain' = McDonald's; background, no amount, optional",
          kind_alt=["cloud_contract"]),
    ],
    "not_deals": ["$78,000", "around $19 million", "$25.5 billion", "$297.40", "about $40,000 a year",
                  "$15 an hour", "$4.25", "$89 a month", "$14.99 a month"],
}

A["004_deliveryhero_veloquay_kurskantine.txt"] = {
    "published": "2024-11-05",
    "published_note": "from the stock-portal stamp '05.11.2024 · 07:41 Uhr'; 'am Montag' -> 2024-11-04; 'Im Oktober' -> 2024-10",
    "language": "de",
    "deals": [
        D("deliveryhero-veloquay", ["Delivery Hero", "Veloquay"], "acquisition",
          95000000, "EUR", "exact", "2024-11-04", "signed", True,
          "Delivery Hero übernimmt das Berliner Start-up Veloquay vollständig und zahlt dafür 95 Millionen Euro in bar, wie der Konzern am Montag nach Börsenschluss mitteilte.",
          "roles: Delivery Hero buys Veloquay; 'der Konzern' = Delivery Hero"),
        D("deliveryhero-meilerwerk-gpu", ["Delivery Hero", "Meilerwerk Compute"], "cloud_contract",
          850000, "EUR", "approx", "2024-10", "signed", True,
          "Im Oktober unterschrieb Delivery Hero einen Zweijahresvertrag mit dem Frankfurter GPU-Anbieter Meilerwerk Compute, der nach Informationen der Kurskantine rund 850.000 Euro im Monat kostet.",
          "roles: Delivery Hero rents GPU capacity from Meilerwerk; monthly rate reported by the portal, not confirmed",
          per="month"),
    ],
    "not_deals": ["etwa 9 Millionen Euro", "bis zu 1,5 Milliarden Dollar", "12,1 Milliarden Euro",
                  "zwischen 775 und 825 Millionen Euro", "36 Euro", "27,84 EUR", "28,31 EUR",
                  "rund 8,3 Mrd. EUR", "1,36 Mio pro Kopf", "75 Euro Prämie"],
}

A["005_wharfmere_microsoft_pierhead_en.txt"] = {
    "published": "2024-12-12",
    "published_note": "from the section date 'Thursday 12 December 2024'; 'on Wednesday' -> 2024-12-11; 'Last month' -> 2024-11",
    "language": "en",
    "deals": [
        D("wharfmere-microsoft-azure", ["Wharfmere Hospitality", "Microsoft"], "cloud_contract",
          48000000, "GBP", "exact", "2024-12-11", "signed", True,
          "Wharfmere Hospitality, the Liverpool company behind 23 mid-price hotels from the Albert Dock to Llandudno, has agreed a £48 million, five-year contract with Microsoft to move its booking, housekeeping and guest-messaging systems onto the Azure cloud.",
          "roles: Wharfmere buys Azure services from Microsoft; disclosed 'on Wednesday' and 'about $61 million' in the next sentence",
          alt=[(61000000, "USD")]),
        D("wharfmere-loungewise-licence", ["Wharfmere Hospitality", "Loungewise"], "supply",
          2500000, "GBP", "exact", "2024-11", "signed", True,
          "Last month the group began paying Loungewise, a London start-up, £2.5 million a year for a chat assistant that answers guests' questions around the clock.",
          "roles: Wharfmere ('the group') pays Loungewise; yearly rate",
          per="year", kind_alt=["cloud_contract"]),
    ],
    "not_deals": ["£1.2 million", "41p", "roughly £62 million", "£118 million", "£4.3 million",
                  "£89 a night", "£3m"],
}

A["006_deutschehospitality_meilerwerk_rezeption.txt"] = {
    "published": "2025-02-12",
    "published_note": "from the dateline without year 'Frankfurt, 12. Februar (rr)' and the copyright line '© 2025 Rezeption & Rechner'; 'am Dienstag' -> 2025-02-11; 'Ende Januar' -> 2025-01; 'Im vergangenen Herbst' -> 2024",
    "language": "de",
    "deals": [
        D("deutschehospitality-meilerwerk-gpu", ["Deutsche Hospitality", "Meilerwerk Compute"], "cloud_contract",
          9000000, "EUR", "approx", "2025-02-11", "signed", True,
          "Die Hotelgesellschaft mietet knapp vier Jahre lang Rechenleistung beim Frankfurter GPU-Anbieter Meilerwerk Compute und zahlt dafür jährlich rund 9 Millionen Euro.",
          "roles: Deutsche Hospitality ('Die Hotelgesellschaft', named in the previous sentence) rents GPU capacity from "
          "Meilerwerk; 'jährlich' -> per year; signed 'am Dienstag', runs from March to 'Ende 2028' (next sentence); "
          "restated in 010 and 017; a different deal from the second, ~€4m inference contract of the same pair (010)",
          per="year", term=["2025-03", "2028"]),
        D("deutschehospitality-nordgast-pms", ["Deutsche Hospitality", "Nordgast"], "supply",
          22000000, "EUR", "exact", "2025-01", "signed", True,
          "Ende Januar hatte die Frankfurter Hotelgesellschaft bereits einen Auftrag über 22 Millionen Euro an den Hamburger Softwareanbieter Nordgast vergeben, der bis 2027 in allen deutschen Häusern das bisherige Hotelverwaltungssystem ersetzen soll.",
          "roles: Deutsche Hospitality ('die Frankfurter Hotelgesellschaft') orders software from Nordgast",
          kind_alt=["cloud_contract", "other"]),
        D("grueneburg-meilerwerk-loan", ["Bankhaus Grüneburg", "Meilerwerk Compute"], "other",
          60000000, "EUR", "exact", "2024", "signed", True,
          "Im vergangenen Herbst lieh das Bankhaus Grüneburg dem jungen Unternehmen 60 Millionen Euro, besichert mit den Grafikprozessoren selbst.",
          "roles: Bankhaus Grüneburg lends to Meilerwerk ('dem jungen Unternehmen'); GPU-backed loan; autumn -> year",
          kind_alt=["investment"]),
    ],
    "not_deals": ["2,10 Euro pro GPU-Stunde", "rund 2,8 Milliarden Euro", "89 Euro netto", "ab 58.000 Euro"],
}

A["007_accor_zimmerwerk_brassmoor_en.txt"] = {
    "published": "2025-03-26",
    "published_note": "from the wire stamp 'March 26, 2025 / 7:12 AM GMT' (dateline 'PARIS/MUNICH, March 25')",
    "language": "en",
    "deals": [
        D("accor-zimmerwerk-acquisition", ["Accor", "Zimmerwerk"], "acquisition",
          180000000, "EUR", "approx", "2025", "rumored", True,
          "PARIS/MUNICH, March 25 (Brassmoor) - Accor is in advanced talks to buy Zimmerwerk, a Munich start-up whose software sets hotel room prices, for around 180 million euros ($195 million), three people familiar with the talks told Brassmoor.",
          "roles: Accor buys Zimmerwerk; rumour from three sources, EUR with USD; signed at €176m on 2025-09-18 (012), "
          "closed by February 2026 (016); the rumour carries only the year so the shared id's dates agree",
          alt=[(195000000, "USD"), (176000000, "EUR")]),
        D("brightwick-zimmerwerk-2023", ["Brightwick Capital", "Zimmerwerk"], "investment",
          25000000, "EUR", "exact", "2023", "completed", True,
          "Zimmerwerk last raised money in 2023, when London-based Brightwick Capital led a 25 million euro funding round.",
          "roles: Brightwick Capital leads, Zimmerwerk raises; background round with amount; valuation in the next sentence is not a deal"),
    ],
    "not_deals": ["about 110 million euros", "roughly 14 million euros", "5.6 billion euros",
                  "440 million euro share buyback", "46.12 euros", "about $4 billion"],
}

A["008_pfannwerk_wochenrueckblick_gastrodraht.txt"] = {
    "published": "2025-04-25",
    "published_note": "from the issue line 'Ausgabe 17/2025 · Freitag, 25. April 2025'; 'am Dienstag' -> 2025-04-22; 'vergangene Woche' -> 2025-04; 'im vergangenen September' -> 2024-09",
    "language": "de",
    "deals": [
        D("huettlinger-pfannwerk-robots", ["Hüttlinger Gastro", "Pfannwerk Robotik"], "supply",
          14000000, "EUR", "approx", "2025-04-22", "signed", True,
          "Die Hüttlinger Gastro-Gruppe aus Fulda bestellt 120 Küchenroboter bei Pfannwerk Robotik; den Wert des Auftrags geben beide Unternehmen mit rund 14 Millionen Euro an.",
          "roles: Hüttlinger buys, Pfannwerk supplies; signed 'am Dienstag' (next sentence)"),
        D("brightwick-pfannwerk-seriesb", ["Brightwick Capital", "Pfannwerk Robotik"], "investment",
          40000000, "EUR", "exact", "2025-04", "completed", True,
          "Den Schub finanziert eine Runde, die Pfannwerk vergangene Woche abgeschlossen hat: 40 Millionen Euro, angeführt von Brightwick Capital aus London.",
          "roles: Brightwick leads, Pfannwerk raises; 'vergangene Woche' (14-18 April) -> month"),
        D("mcdonalds-griddlehand-robots", ["McDonald's", "Griddlehand"], "supply",
          190000000, "EUR", "up_to", "2024-09", "signed", True,
          "Zum Vergleich: McDonald's hatte im vergangenen September mit dem texanischen Hersteller Griddlehand einen Rahmenvertrag über bis zu 190 Millionen Euro geschlossen, der die Lieferung von bis zu 2.400 Grill- und Frittierrobotern an Restaurants in den USA vorsieht.",
          "the 003 framework restated in EUR with month only"),
    ],
    "not_deals": ["ab 69.000 Euro", "knapp 11 Millionen Euro", "2,4 Milliarden", "knapp 600 Millionen Euro",
                  "12,82 Euro pro Stunde", "Ab 149 Euro im Monat"],
}

A["009_oracle_marriott_cloudward_en.html"] = {
    "published": "2025-06-11",
    "published_note": "from <meta parsely-pub-date='2025-06-11T13:05:00Z'> and <time> 'Jun 11, 2025'; 'on Tuesday' -> 2025-06-10",
    "language": "en",
    "deals": [
        D("oracle-marriott-cloud", ["Marriott", "Oracle"], "cloud_contract",
          1100000000, "USD", "exact", "2025-06-10", "signed", True,
          "Oracle has signed a seven-year, $1.1 billion contract to run Marriott International's property-management and revenue systems on Oracle Cloud Infrastructure, the two companies said on Tuesday.",
          "roles: Marriott buys cloud services from Oracle; term from the next sentence ('from this summer until 2032'); "
          "010 restates it as 'rund eine Milliarde Euro' (alt_amounts), 011 as '$1.1bn'",
          term=["2025", "2032"], alt=[(1000000000, "EUR")]),
        D("marriott-tech-capex", ["Marriott"], "capex_plan",
          1200000000, "USD", "approx", "2025", "planned", False,
          "Marriott's own guidance points to roughly $1.2 billion of technology spending this year, and a person familiar with the budget said the Oracle contract would account for \"a meaningful slice but nowhere near all of it\" from 2026 onwards.",
          "roles: Marriott spends; group-wide technology budget, optional"),
        N("ihg-google-cloud", ["IHG", "Google"], "cloud_contract", None, "negotiating", False,
          "Hilton and IHG have taken different routes: Hilton is building more in-house, while IHG has been negotiating with Google Cloud for an AI booking assistant.",
          "the 002 talks mentioned in passing, no amount; optional; date left null (ongoing talks)"),
    ],
    "not_deals": ["$138 billion", "$2.7 billion", "$176.38", "around $70 billion", "$19 a month"],
}

A["010_meilerwerk_oracle_serverkeller.html"] = {
    "published": "2025-06-24",
    "published_note": "from <meta name='date' content='2025-06-24'> and the byline '24.06.2025, 10:40 Uhr'; 'Am Montag' -> 2025-06-23; 'Anfang Juni' -> 2025-06",
    "language": "de",
    "deals": [
        D("deutschehospitality-meilerwerk-inference", ["Deutsche Hospitality", "Meilerwerk Compute"], "cloud_contract",
          4000000, "EUR", "approx", "2025-06-23", "signed", True,
          "Am Montag unterschrieben die Steigenberger-Mutter und Meilerwerk Compute einen zweiten Vertrag: Für rund vier Millionen Euro reserviert Deutsche Hospitality bis Ende 2026 zusätzliche Inferenz-Kapazität, auf der ein Sprachassistent für Buchungen rund um die Uhr laufen soll.",
          "roles: Deutsche Hospitality ('die Steigenberger-Mutter') rents inference capacity from Meilerwerk; amount in "
          "words, repeated as compound '4-Millionen-Euro-Zusatzvertrag'; the second deal of the pair, apart from the "
          "per-year GPU contract restated in the next paragraph",
          term=[None, "2026"]),
        D("deutschehospitality-meilerwerk-gpu", ["Deutsche Hospitality", "Meilerwerk Compute"], "cloud_contract",
          9000000, "EUR", "approx", "2025", "signed", True,
          "Schon seit März mietet die Hotelgesellschaft bei Meilerwerk GPU-Kapazität für jährlich rund neun Millionen Euro, vor allem für ihre Preismodelle.",
          "the 006 contract restated; 'seit März' is the start of the service, so only the year",
          per="year"),
        D("oracle-marriott-cloud", ["Marriott", "Oracle"], "cloud_contract",
          1000000000, "EUR", "approx", "2025-06", "signed", True,
          "Anfang Juni sicherte sich Oracle bei Marriott einen Cloud-Auftrag über rund eine Milliarde Euro mit sieben Jahren Laufzeit.",
          "the 009 contract restated in EUR with month only"),
    ],
    "not_deals": ["1,85 Euro je GPU-Stunde", "knapp 20 Millionen Euro", "33 Milliarden Euro",
                  "6,90 Euro monatlich", "0,99 Euro"],
}

A["011_hotels_ai_bill_hollis_crane_en.txt"] = {
    "published": "2025-08-14",
    "published_note": "from 'Research note · 14 August 2025 (prices as of 13 August close)'; 'In July' -> 2025-07; 'in June' -> 2025-06",
    "language": "en",
    "deals": [
        D("ihg-google-cloud", ["IHG", "Google"], "cloud_contract",
          280000000, "USD", "exact", "2025-07", "signed", True,
          "In July IHG signed a five-year, $280 million agreement with Google Cloud for an AI booking assistant and call-centre automation, following on-off talks that dragged on for over a year.",
          "the signing of the 002 rumour; the '$40 million of one-off migration work' is part of this contract (a not_deal)"),
        D("oracle-marriott-cloud", ["Marriott", "Oracle"], "cloud_contract",
          1100000000, "USD", "exact", "2025-06", "signed", True,
          "Marriott's $1.1bn, seven-year contract with Oracle, signed in June, remains the sector's benchmark.",
          "the 009 contract restated"),
        D("sunfold-accor-jv", ["Sunfold Resorts", "Accor"], "joint_venture",
          50000000, "USD", "exact", "2025-06", "signed", True,
          "In Asia, Sunfold Resorts and Accor agreed in June to form a 50:50 joint venture for loyalty and booking AI in South-East Asia, funded with $50 million.",
          "roles: both partners fund the venture equally; the amount is the venture's total funding",
          kind_alt=["partnership"]),
        N("accor-zimmerwerk-acquisition", ["Accor", "Zimmerwerk"], "acquisition", "2025", "rumored", False,
          "Accor's talks to buy the Munich pricing specialist Zimmerwerk, first reported in March, have gone quiet; we would not read too much into that.",
          "the 007 rumour mentioned without amount; optional"),
    ],
    "not_deals": ["more than $1.5 billion", "about $40 million", "$1.42bn", "$5.31bn", "$4.02bn", "€1.39bn",
                  "$4.6 billion", "about $1.8 billion"],
}

A["012_boersenticker_accor_zimmerwerk_boersenkaffee.txt"] = {
    "published": "2025-09-18",
    "published_note": "from the ticker date 'Donnerstag, 18. September 2025' (entries by time); 'heute früh' -> 2025-09-18; 'am Mittwochabend' -> 2025-09-17",
    "language": "de",
    "deals": [
        D("accor-zimmerwerk-acquisition", ["Accor", "Zimmerwerk"], "acquisition",
          176000000, "EUR", "exact", "2025-09-18", "signed", True,
          "Der französische Hotelkonzern übernimmt den Münchner Preis-Software-Anbieter Zimmerwerk für 176 Millionen Euro.",
          "'Der französische Hotelkonzern' = Accor (entry heading 'Accor macht ernst', 'teilte Accor mit' in the next "
          "sentence); signed 'heute früh'; the spring rumour (~€180m) is restated in the same entry"),
        D("gugelhof-pfannwerk-robots-2025", ["Gügelhof Hotels", "Pfannwerk Robotik"], "supply",
          4500000, "EUR", "approx", "2025-09-17", "signed", True,
          "Pfannwerk Robotik meldet einen zweiten Auftrag aus Oberfranken: Gügelhof Hotels bestellt weitere 60 Kochroboter für rund 4,5 Millionen Euro, wie die Stuttgarter am Mittwochabend mitteilten.",
          "roles: Gügelhof buys, Pfannwerk supplies; the second Gügelhof-Pfannwerk order, apart from the 2024 order (001)"),
        D("deliveryhero-griddlehand-denied", ["Delivery Hero", "Griddlehand"], "investment",
          80000000, "USD", "approx", "2025-09-18", "rumored", False,
          "Ein US-Branchenportal hatte am Morgen geschrieben, Delivery Hero wolle sich für rund 80 Millionen Dollar am texanischen Küchenroboter-Hersteller Griddlehand beteiligen.",
          "rumoured stake, denied by Delivery Hero in the next sentences; optional"),
    ],
    "not_deals": ["rund 17 Millionen Euro", "25,48 Euro", "45,70 Euro", "1,1822 Dollar", "von 48 auf 52 Euro",
                  "44 Euro", "je 890 Euro"],
}

A["013_hilton_loungewise_clerkenwell_en.txt"] = {
    "published": "2025-10-14",
    "published_note": "from the section date 'Tuesday, 14 October 2025'; 'on Monday' -> 2025-10-13; 'last year' -> 2024",
    "language": "en",
    "deals": [
        D("hilton-loungewise-acquisition", ["Hilton", "Loungewise"], "acquisition",
          140000000, "GBP", "exact", "2025-10-13", "signed", True,
          "Hilton has agreed to buy Loungewise, the Shoreditch start-up that builds booking chatbots for hotels, for £140 million (about $187 million), the companies said on Monday.",
          "roles: Hilton buys Loungewise; GBP with USD; a different deal from Hilton's 2024 Series A (same article)",
          alt=[(187000000, "USD")]),
        D("hilton-loungewise-seriesa", ["Hilton", "Loungewise"], "investment",
          15000000, "USD", "exact", "2024", "completed", True,
          "Hilton is no stranger to the company: the US group led a fifteen million dollar Series A in Loungewise last year and has had an observer at board meetings since.",
          "the 002 round restated, amount in words; 'the US group' = Hilton"),
        N("accor-loungewise-approach", ["Accor", "Loungewise"], "acquisition", "2025", "cancelled", False,
          "Accor had also approached Loungewise over the summer, two people who followed the process said, although those talks never got as far as a price.",
          "early talks that ended without a price; optional"),
    ],
    "not_deals": ["£9.4 million", "£3.1 million", "roughly £30 million", "around $60 billion", "£212 a night",
                  "£95 a square foot", "£6 a month"],
}

A["014_lieferdienste_marktbericht_kursnachlese.txt"] = {
    "published": "2025-11-20",
    "published_note": "from 'Donnerstag, 20. November 2025 · Handelsschluss'; 'am Mittwoch' -> 2025-11-19; 'im Februar' -> 2025-02",
    "language": "de",
    "deals": [
        D("uber-deliveryhero-foodpanda-taiwan", ["Uber", "Delivery Hero"], "acquisition",
          950000000, "USD", "exact", "2024-05", "cancelled", True,
          "Der im Mai 2024 vereinbarte Verkauf des Taiwan-Geschäfts von Foodpanda an Uber für 950 Millionen Dollar war im März geplatzt, nachdem die Wettbewerbsbehörde in Taipeh ihn untersagt hatte.",
          "roles: Uber buys, Delivery Hero (owner of Foodpanda, named in the next sentence) sells; blocked and "
          "abandoned in March 2025, keeps the agreement date"),
        D("talabat-qasr-compute", ["Talabat", "Qasr Compute"], "cloud_contract",
          110000000, "AED", "exact", "2025-11-19", "signed", True,
          "Die in Dubai notierte Delivery-Hero-Tochter hatte am Mittwoch einen Dreijahresvertrag über 110 Millionen Dirham mit dem örtlichen GPU-Anbieter Qasr Compute bekanntgegeben.",
          "roles: Talabat ('Die in Dubai notierte Delivery-Hero-Tochter', named in the previous sentence) rents GPU "
          "capacity from Qasr Compute; Dirham = AED; 'rund 30 Millionen Dollar' in the next sentence",
          alt=[(30000000, "USD")]),
        D("prosus-just-eat-takeaway", ["Prosus", "Just Eat Takeaway"], "acquisition",
          4100000000, "EUR", "exact", "2025-02", "completed", True,
          "Prosus hatte im Februar die Übernahme von Just Eat Takeaway für 4,1 Milliarden Euro vereinbart und den Kauf im vergangenen Monat abgeschlossen.",
          "roles: Prosus buys Just Eat Takeaway; agreed in February, completed 'im vergangenen Monat' (October 2025); the date is the agreement"),
    ],
    "not_deals": ["22,14 Euro", "weniger als 7 Milliarden Euro", "von 33 auf 28 Euro", "1,31 Dirham",
                  "rund 2 Milliarden Dollar", "1,0 Milliarden Dollar", "150 bis 200 Millionen Euro", "26,40 Pfund",
                  "2.911 Pence", "44,02 Euro", "8,12 Euro", "63,70 Dollar", "4.081 Dollar je Feinunze",
                  "ab 3 Euro pro Order"],
}

A["015_pfannwerk_interview_herdplatte.txt"] = {
    "published": None,
    "published_note": "the interview has no date at all (only 'Lesedauer: 8 Minuten'); deal dates only where the text gives a year",
    "language": "de",
    "deals": [
        D("deutschehospitality-pfannwerk-pilot", ["Deutsche Hospitality", "Pfannwerk Robotik"], "supply",
          1800000, "EUR", "exact", None, "signed", True,
          "Gerade haben wir mit Deutsche Hospitality einen Vertrag über 1,8 Millionen Euro unterschrieben: Zunächst bekommen fünf Steigenberger-Küchen unsere Geräte, inklusive Software und Wartung für drei Jahre.",
          "roles: Deutsche Hospitality buys, Pfannwerk ('wir') supplies; 'Gerade' without a date -> null"),
        D("griddlehand-pfannwerk-offer", ["Griddlehand", "Pfannwerk Robotik"], "acquisition",
          150000000, "EUR", "approx", "2025", "cancelled", True,
          "Im Herbst 2025 wollten die Texaner uns komplett übernehmen und boten rund 150 Millionen Euro.",
          "roles: Griddlehand ('die Texaner', named in the question) offers to buy Pfannwerk ('uns'); refused "
          "('Nach zwei Tagen haben wir Nein gesagt'); autumn 2025 -> year"),
        D("pfannwerk-esslingen-capex", ["Pfannwerk Robotik"], "capex_plan",
          25000000, "EUR", "approx", None, "planned", True,
          "Rund 25 Millionen Euro stecken wir in einen zweiten Standort in Esslingen, der Ende 2027 anlaufen soll.",
          "roles: Pfannwerk ('wir') spends on a second plant; 'Ende 2027' is the opening, not the decision -> date null"),
    ],
    "not_deals": ["ab 69.000 Euro", "rund 30 Millionen Euro", "2 Millionen Euro", "4.200 Euro brutto", "49 Euro",
                  "9,80 Euro"],
}

A["016_whitbread_mirepoix_nightaudit_en.txt"] = {
    "published": "2026-02-12",
    "published_note": "from the issue line 'Issue 126 — Thursday, 12 February 2026'; 'last September' -> 2025-09; 'last week' -> 2026-02",
    "language": "en",
    "deals": [
        N("accor-zimmerwerk-acquisition", ["Accor", "Zimmerwerk"], "acquisition", "2025-09", "completed", True,
          "Accor has closed its purchase of Zimmerwerk, the Munich pricing start-up it agreed to buy last September.",
          "the 007/012 deal completed (clearance in January), no amount; date is the agreement ('last September')"),
        D("whitbread-microsoft-rumour", ["Whitbread", "Microsoft"], "cloud_contract",
          55000000, "GBP", "range", "2026", "rumored", True,
          "Whitbread, the owner of Premier Inn, is reportedly nearing a contract with Microsoft worth between £55 million and £65 million to put an AI assistant into its booking app and call centres, say two people who have heard the pitch.",
          "roles: Whitbread buys from Microsoft; rumour from two sources; 'between ... and' -> range",
          amount_max=65000000),
        D("brightwick-mirepoix-seriesa", ["Brightwick Capital", "Mirepoix AI"], "investment",
          22000000, "EUR", "exact", "2026-02", "completed", True,
          "Mirepoix AI, a Lyon start-up whose cameras check plates before they leave the pass, raised €22 million last week in a Series A led by Brightwick Capital.",
          "roles: Brightwick leads, Mirepoix raises; valuation (~€95m) is not a deal"),
    ],
    "not_deals": ["about €95 million", "£76", "$5.3 billion", "£85,000–£95,000", "£545", "£3 per room per month",
                  "£9 a month"],
}

A["017_deutschehospitality_kofferfunk_kontorkurier.txt"] = {
    "published": "2026-03-18",
    "published_note": "from the issue line 'Mittwoch, 18. März 2026 · Nr. 54 · Seite 14'; 'am Dienstag' -> 2026-03-17; 'Seit vergangenem Jahr' -> 2025; 'im November' -> 2025-11",
    "language": "de",
    "deals": [
        D("deutschehospitality-kofferfunk", ["Deutsche Hospitality", "Kofferfunk"], "acquisition",
          30000000, "EUR", "approx", "2026-03-17", "signed", True,
          "Deutsche Hospitality übernimmt 51 Prozent am Leipziger Start-up Kofferfunk und zahlt dafür knapp 30 Millionen Euro, wie beide Unternehmen am Dienstag bestätigten.",
          "roles: Deutsche Hospitality buys 51 % of Kofferfunk; 'knapp' -> approx; implied valuation is a not_deal",
          kind_alt=["investment"]),
        D("deutschehospitality-meilerwerk-gpu", ["Deutsche Hospitality", "Meilerwerk Compute"], "cloud_contract",
          9000000, "EUR", "approx", "2025", "signed", True,
          "Seit vergangenem Jahr mietet Deutsche Hospitality beim Frankfurter Anbieter Meilerwerk Compute Rechenleistung für jährlich rund neun Millionen Euro; die Kofferfunk-Modelle sollen dort mit auf die Maschinen.",
          "the 006 contract restated, amount in words",
          per="year"),
        D("hworld-digital-capex", ["H World"], "capex_plan",
          2000000000, "CNY", "approx", "2025-11", "planned", False,
          "Für die Frankfurter ist die Übernahme Teil einer Strategie, die die Konzernmutter vorgibt: H World hatte im November angekündigt, bis 2028 rund zwei Milliarden Yuan in Digitalisierung und KI zu stecken, einen Teil davon in Europa.",
          "roles: H World spends; group-wide plan in CNY, amount in words; optional",
          term=[None, "2028"]),
        N("accor-zimmerwerk-acquisition", ["Accor", "Zimmerwerk"], "acquisition", None, "completed", False,
          "„Das ist viel für eine Firma dieser Größe – verglichen mit Accors Preis für Zimmerwerk aber bescheiden“, sagt Henrike Zwirnmann, Analystin bei der Schillerplatz Bank.",
          "passing reference to Accor's purchase (genitive 'Accors'), no amount; optional"),
    ],
    "not_deals": ["rund 3,4 Millionen Euro", "800.000 Euro", "rund 24 Milliarden Yuan", "39,12 Dollar",
                  "knapp 59 Millionen Euro", "ab 50.000 Euro", "42,90 Euro"],
}

A["018_mcdonalds_griddlehand_tickernest_en.txt"] = {
    "published": "2026-05-12",
    "published_note": "from the stock-portal stamp 'May 12, 2026 10:04 AM ET'; 'on Monday' -> 2026-05-11",
    "language": "en",
    "deals": [
        D("mcdonalds-griddlehand-stake", ["McDonald's", "Griddlehand"], "investment",
          60000000, "USD", "exact", "2026-05-11", "signed", True,
          "McDonald's has agreed to invest $60 million in Griddlehand for a 9% stake, the Austin-based kitchen robot maker said on Monday.",
          "roles: McDonald's invests in Griddlehand; a different deal from the 2024 robot framework restated in the next paragraph",
          kind_alt=["acquisition"]),
        D("mcdonalds-griddlehand-robots", ["McDonald's", "Griddlehand"], "supply",
          210000000, "USD", "up_to", "2024-09", "signed", True,
          "The stake sits alongside the framework agreement of up to $210 million, signed in September 2024, under which McDonald's franchisees can buy Griddlehand's fry-and-grill robots.",
          "the 003 framework restated"),
    ],
    "not_deals": ["301.55 USD", "roughly $667 million", "$44 million", "$335 target", "$78,000 a unit",
                  "$0 commissions", "65¢ per contract"],
}

A["019_ihg_nachtportier_veedelspost.txt"] = {
    "published": "2026-07-15",
    "published_note": "from the date line 'Köln-Ehrenfeld · Mi., 15.07.26' (two-digit year); 'Im Frühjahr 2025' -> 2025; 'Drei Monate später' -> 2025",
    "language": "de",
    "deals": [
        D("ihg-nachtportier-talks", ["IHG", "Nachtportier"], "acquisition",
          120000000, "EUR", "range", "2026-07", "negotiating", True,
          "Nach Informationen der Veedelspost verhandelt der britische Hotelkonzern IHG über die Übernahme des Ehrenfelder Start-ups; im Gespräch ist ein Kaufpreis zwischen 120 und 150 Millionen Euro.",
          "roles: IHG would buy Nachtportier ('des Ehrenfelder Start-ups', named in the previous sentence); talks from "
          "the paper's sources; 'zwischen ... und' -> range",
          amount_max=150000000),
        D("agrippina-nachtportier-round", ["Agrippina Kapital", "Nachtportier"], "investment",
          18000000, "EUR", "exact", "2025", "completed", True,
          "Im Frühjahr 2025 hatte Nachtportier 18 Millionen Euro eingesammelt, angeführt vom Kölner Investor Agrippina Kapital.",
          "roles: Agrippina Kapital leads, Nachtportier raises; spring -> year"),
        D("huettlinger-nachtportier-phone", ["Hüttlinger Gastro", "Nachtportier"], "supply",
          40000, "EUR", "approx", "2025", "signed", True,
          "Drei Monate später unterschrieb der erste Großkunde: Die Hüttlinger Gastro-Gruppe aus Fulda zahlt Nachtportier seither rund 40.000 Euro im Monat dafür, dass die Software die Telefone ihrer Restaurants bedient.",
          "roles: Hüttlinger pays Nachtportier; monthly rate; 'Drei Monate später' after spring 2025 -> 2025",
          per="month", kind_alt=["cloud_contract", "other"]),
    ],
    "not_deals": ["1,2 Millionen Euro", "zwischen 65.000 und 90.000 Euro", "rund 6 Millionen Euro",
                  "18 Euro pro Quadratmeter", "3,90 Euro"],
}

A["020_sunfold_aws_tamarind_en.txt"] = {
    "published": "2026-11-04",
    "published_note": "from the wire stamp 'Nov 4, 2026 · 16:20 SGT' and dateline 'SINGAPORE, Nov 4'; 'on Tuesday' -> 2026-11-03; 'in August' -> 2026-08",
    "language": "en",
    "deals": [
        D("sunfold-aws-cloud", ["Sunfold Resorts", "Amazon"], "cloud_contract",
          45000000, "SGD", "at_least", "2026-11-03", "signed", True,
          "SINGAPORE, Nov 4 (Tamarind) — Sunfold Resorts on Tuesday put its name to a three-year contract worth more than S$45 million with Amazon Web Services to run its booking, pricing and guest-messaging systems, the latest hotel group in the region to hand its core software to a cloud giant.",
          "roles: Sunfold buys cloud services from Amazon Web Services; 'more than' -> at_least; 'more than US$35 million' in the next sentence",
          alt=[(35000000, "USD")]),
        D("hilton-mirepoix-cancelled", ["Hilton", "Mirepoix AI"], "acquisition",
          140000000, "USD", "approx", "2026-08", "cancelled", True,
          "Separately, Hilton has walked away from its planned purchase of Mirepoix AI, the Lyon kitchen-vision start-up it agreed in August to buy for about $140 million, after due diligence turned up problems with customer contracts, a pair of insiders told Tamarind.",
          "roles: Hilton would have bought Mirepoix; agreed in August, abandoned; keeps the agreement date"),
    ],
    "not_deals": ["S$1.27", "about S$890 million", "S$612 million", "around S$310 a night", "upwards of S$1 billion",
                  "S$1.45"],
}

ALIASES = {
    "Gügelhof Hotels": ["Gügelhof Hotels GmbH & Co. KG", "Gügelhof"],
    "Pfannwerk Robotik": ["Pfannwerk Robotik GmbH", "Pfannwerk"],
    "Regnitztal Bank": ["Regnitztal Bank"],
    "Hilton": ["Hilton Worldwide", "Hilton Worldwide Holdings"],
    "Loungewise": ["Loungewise Ltd"],
    "Accor": ["Accor SA", "Accors"],
    "Zimmerwerk": ["Zimmerwerk AI", "Zimmerwerk AI GmbH"],
    "IHG": ["IHG Hotels & Resorts", "InterContinental Hotels Group"],
    "Google": ["Google Cloud", "Alphabet"],
    "McDonald's": ["McDonald's Corporation", "McDonald's Corp.", "McDonalds"],
    "Griddlehand": ["Griddlehand Inc."],
    "Mesquite Draw Ventures": ["Mesquite Draw"],
    "Delivery Hero": ["Delivery Hero SE"],
    "Veloquay": ["Veloquay GmbH"],
    "Meilerwerk Compute": ["Meilerwerk", "Meilerwerk Compute GmbH"],
    "Wharfmere Hospitality": ["Wharfmere", "Wharfmere Hospitality plc"],
    "Microsoft": ["Microsoft Corp.", "Azure", "Microsoft Azure"],
    "Deutsche Hospitality": ["Deutsche Hospitality"],
    "Nordgast": ["Nordgast Software"],
    "Bankhaus Grüneburg": ["Grüneburg"],
    "Brightwick Capital": ["Brightwick"],
    "Oracle": ["Oracle Corp.", "Oracle Cloud Infrastructure", "Oracles"],
    "Marriott": ["Marriott International", "Marriotts"],
    "Sunfold Resorts": ["Sunfold"],
    "Hüttlinger Gastro": ["Hüttlinger Gastro-Gruppe", "Hüttlinger"],
    "Uber": ["Uber Technologies"],
    "Talabat": ["Talabat"],
    "Qasr Compute": ["Qasr"],
    "Prosus": ["Prosus"],
    "Just Eat Takeaway": ["Just Eat Takeaway.com", "JET"],
    "Whitbread": ["Whitbread plc"],
    "Mirepoix AI": ["Mirepoix"],
    "Kofferfunk": ["Kofferfunk"],
    "H World": ["H World Group", "Huazhu"],
    "Amazon": ["Amazon Web Services", "AWS"],
    "Nachtportier": ["Nachtportier"],
    "Agrippina Kapital": ["Agrippina"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote {out} ({len(A)} articles, {n} deal mentions)")


if __name__ == "__main__":
    main()
