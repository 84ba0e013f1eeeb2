#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus137/articles/.

Usage: python3 tests/corpus137/make_gold.py
Edit the annotation here and run the script again; then run check_gold.py.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, alt=None, term=None, kind_alt=None, note=None):
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


def NA(id, parties, kind, date, status, evidence, required=True, kind_alt=None, note=None):
    """A deal mention without an amount."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=required,
             kind_alt=kind_alt, note=note)


ABOUT = (
    "Hand-annotated deals in the 137th held-out test corpus (tests/corpus137/articles/): mining and "
    "raw-materials companies in the AI boom, 2024-2026. Written for the tests and independent of the "
    "extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the "
    "same id in each. 'required': false marks vague or background mentions that an extractor may "
    "report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one "
    "of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') "
    "marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication "
    "date ('published', from the article's own date marker, dateline, <time datetime>, <meta>, issue "
    "line, stock-portal stamp or copyright line, or null when the article has none); quarters, "
    "half-years and seasons become the year; a cancelled deal keeps the date of the original "
    "proposal or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' "
    "lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence "
    "and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: "
    "Grubenwerk Datenpark GmbH, Haulwright Autonomy, Strataform AI, Gorsehallow Ventures, Basalt "
    "Cloud, Tallgrass Credit Partners, Lichtenau Stromschienen GmbH, Tjärnberg Datahall, Vindelälv "
    "Kraft, Fjällvind Pension, Ridgeback Conductor, Alpenkaverne Data AG, Kalkwerk Jurafels AG, "
    "Vorsorgestiftung Limmatblick, Maitén Digital, Banco Tamarugal, Ruhrflöz Rechenwerk, Bankhaus "
    "Lippeweide, Saguenay Calcul, Dustline Sensing, Westerwald Hartstein GmbH; invented publications, "
    "research houses, advertisers and people are listed in invented_names.txt; the deals of real "
    "companies are loosely based on public reports or invented, with amounts, dates and details "
    "shifted. Nothing here is reporting."
)

A = {}

A["001_ks_grubenwerk_bokeloh_leinetalbote.txt"] = {
    "published": "2024-03-15",
    "published_note": "from the header 'Wunstorf · Freitag, 15. März 2024'; 'am Mittwochvormittag' -> 2024-03-13",
    "language": "de",
    "deals": [
        D("ks-grubenwerk-sigmundshall", ["K+S", "Grubenwerk Datenpark"], "acquisition", 21_000_000, "EUR",
          "approx", "2024-03-13", "signed",
          "Rund 21 Millionen Euro zahlt die Grubenwerk Datenpark GmbH dafür, wie beide Seiten am Nachmittag bestätigten.",
          kind_alt=["other"],
          note="land purchase; seller K+S and the notary signing 'am Mittwochvormittag' in the previous sentence; "
               "also told in 014 (interview) and, without amount, in 020"),
        D("grubenwerk-bokeloh-capex", ["Grubenwerk Datenpark"], "capex_plan", 650_000_000, "EUR", "up_to",
          "2024-03", "planned",
          "Bis zu 650 Millionen Euro will das Unternehmen in die beiden ersten Bauabschnitte stecken.",
          note="'das Unternehmen' = Grubenwerk; capex plans list only the spender"),
    ],
    "not_deals": ["gut 55 Euro pro Quadratmeter", "mehr als 40 Millionen Euro",
                  "zwischen zwei und drei Millionen Euro im Jahr", "8,4 Millionen Euro", "6.490 Euro"],
}

A["002_bhp_haulwright_haulroad_en.txt"] = {
    "published": "2024-04-09",
    "published_note": "from the issue line 'Issue 44 — Tuesday, 9 April 2024'; 'last week' -> 2024-04 (month); 'on Thursday' -> 2024-04-04",
    "language": "en",
    "deals": [
        D("bhp-haulwright-retrofit", ["BHP", "Haulwright Autonomy"], "supply", 310_000_000, "AUD", "exact",
          "2024-04", "signed",
          "BHP has handed Haulwright Autonomy a five-year contract worth A$310 million to convert 120 of its mixed-make haul trucks in Western Australia to driverless running.",
          kind_alt=["other"], alt=[(190_000_000, "EUR")],
          note="autonomy retrofit contract; disclosed 'last week' -> month; 011 restates it as about EUR 190m "
               "(alt_amounts), 017 as A$310m, 015 without amount; different from BHP Ventures' 2025 stake (015)"),
        D("gorsehallow-strataform-seriesb", ["Gorsehallow Ventures", "Strataform AI"], "investment", 48_000_000,
          "USD", "exact", "2024-04-04", "completed",
          "Vancouver-based Strataform AI, which trains models on drill-core photos and geophysical surveys to rank where to drill next, closed a $48 million Series B on Thursday.",
          note="lead investor in the next sentence ('Gorsehallow Ventures led the round'); the $260m valuation is not a deal"),
        D("rio-basalt-compute", ["Rio Tinto", "Basalt Cloud"], "cloud_contract", 90_000_000, "USD", "approx",
          "2024", "rumored",
          "Rio Tinto is said to be in talks with Basalt Cloud, the Denver-based GPU rental outfit, over a multi-year compute agreement worth roughly ninety million dollars, say two people who were shown an early draft of the terms.",
          alt=[(95_000_000, "USD")],
          note="rumour, amount in words; 005 reports the signing at US$95m on 2024-07-16 (alt_amounts); "
               "the year keeps the shared id's dates consistent"),
    ],
    "not_deals": ["A$900,000 per truck", "$260 million", "$6.8bn", "$149", "A$1,250", "A$1,590"],
}

A["003_aurubis_lichtenau_kursgrube.txt"] = {
    "published": "2024-05-14",
    "published_note": "from the stock-portal stamp '14.05.2024 – 09:31 Uhr'; 'am Montag' -> 2024-05-13",
    "language": "de",
    "deals": [
        D("aurubis-lichtenau-rod", ["Aurubis", "Lichtenau Stromschienen"], "supply", 240_000_000, "EUR", "approx",
          "2024-05-13", "signed",
          "Das Volumen des auf drei Jahre angelegten Vertrags liegt bei rund 240 Millionen Euro, wie der MDax-Konzern am Montag nach Handelsschluss mitteilte.",
          alt=[(260_000_000, "USD")], term=["2024-07", "2027-06"],
          note="parties in the previous sentence; 'der MDax-Konzern' = Aurubis; deliveries from July for three years; "
               "008 retells it as about $260m (alt_amounts, month only), 019 without amount; "
               "different from Aurubis' 2026 stake in Lichtenau (019)"),
        D("aurubis-richmond-capex", ["Aurubis"], "capex_plan", 800_000_000, "USD", "approx", None, "completed",
          "Das neue Recyclingwerk in Richmond im US-Bundesstaat Georgia, in das Aurubis rund 800 Millionen Dollar gesteckt hat, fährt derzeit die Produktion hoch.",
          required=False,
          note="background: an investment already spent, no date given; optional"),
    ],
    "not_deals": ["knapp 90 Millionen Euro", "247 Millionen Euro", "380 bis 480 Millionen Euro",
                  "9.870 Dollar je Tonne", "von 84 auf 92 Euro", "76,18 EUR", "3,33 Mrd. EUR", "1,40 EUR je Aktie",
                  "null Euro pro Auftrag", "500 Euro"],
}

A["004_bhp_anglo_walkaway_cairnfield_en.txt"] = {
    "published": "2024-05-29",
    "published_note": "from the header 'May 29, 2024 · 18:12 BST' and dateline 'LONDON, May 29'; the final proposal 'last week' -> 2024-05",
    "language": "en",
    "deals": [
        D("bhp-anglo-bid", ["BHP", "Anglo American"], "acquisition", 38_900_000_000, "GBP", "approx", "2024-05",
          "cancelled",
          "BHP's final proposal, handed over last week and turned down by the Anglo board, valued its smaller rival at roughly £38.9 billion ($49.5 billion).",
          alt=[(49_500_000_000, "USD")],
          note="BHP walked away on Wednesday; a cancelled deal keeps the date of the proposal; "
               "008 and 015 mention it without amount"),
        D("bhp-ozminerals", ["BHP", "OZ Minerals"], "acquisition", 9_600_000_000, "AUD", "exact", "2023-05",
          "completed",
          "It completed the A$9.6 billion takeover of Australia's OZ Minerals in May last year and has since folded the South Australian mines into a single copper province.",
          required=False, note="'It' = BHP; background mention of a 2023 deal; optional"),
    ],
    "not_deals": ["2,478 pence", "near £30 billion", "A$44.02", "$10,380 a tonne", "just over $11,000",
                  "around $60 million"],
}

A["005_rio_basalt_compute_orebody_en.html"] = {
    "published": "2024-07-17",
    "published_note": "from <meta property='article:published_time' content='2024-07-17T06:05:00+10:00'> and <time datetime>; 'on Tuesday' -> 2024-07-16; 'last month' -> 2024-06",
    "language": "en",
    "deals": [
        D("rio-basalt-compute", ["Rio Tinto", "Basalt Cloud"], "cloud_contract", 95_000_000, "USD", "exact",
          "2024-07-16", "signed",
          "Rio Tinto has agreed to hire graphics-processor capacity from Basalt Cloud for three years, the Denver-based GPU rental company said on Tuesday, putting a value of US$95 million on the contract.",
          note="signing of the rumour in 002"),
        D("basalt-strataform-compute", ["Basalt Cloud", "Strataform AI"], "cloud_contract", 30_000_000, "USD",
          "exact", "2024-07-02", "signed",
          "On 2 July it signed Strataform AI, the Vancouver start-up that ranks drill targets with machine learning, to a three-year capacity deal worth US$30 million.",
          note="'it' = Basalt (previous sentence)"),
        D("tallgrass-basalt-loan", ["Tallgrass Credit Partners", "Basalt Cloud"], "other", 180_000_000, "USD",
          "exact", "2024-06", "signed",
          "To pay for the chips, Basalt last month drew a US$180 million loan from Tallgrass Credit Partners that is secured against the processors themselves.",
          kind_alt=["investment"], note="GPU-backed loan; 'last month' -> 2024-06"),
    ],
    "not_deals": ["about US$900 million", "US$1.4 billion", "US$2.35 per GPU-hour", "A$14.50 per month"],
}

A["006_lkab_tjarnberg_talks_malmfalt_en.txt"] = {
    "published": "2024-08-21",
    "published_note": "from the header 'Business | Wednesday 21 August 2024 | Updated 10:14'; 'In June' -> 2024-06",
    "language": "en",
    "deals": [
        D("lkab-tjarnberg-lease", ["LKAB", "Tjärnberg Datahall"], "other", 35_000_000, "SEK", "approx", "2024",
          "rumored",
          "Tjärnberg would pay around SEK 35 million a year for about 40 hectares next to the former mine offices, plus the right to use an existing 130-kilovolt substation, one of the people said.",
          per="year", kind_alt=["acquisition"], alt=[(3_000_000, "EUR")],
          note="land lease in talks, from two negotiators; LKAB in the first paragraph; 009 reports the signing on "
               "2024-12-02 (SEK 35m a year, 'gut 3 Millionen Euro' as alt_amounts); the year keeps the dates consistent"),
        D("tjarnberg-north-capex", ["Tjärnberg Datahall"], "capex_plan", 9_000_000_000, "SEK", "up_to", "2024-06",
          "planned",
          "In June Tjärnberg said it would spend up to SEK 9 billion on its first two halls in northern Sweden, without naming a location."),
        D("lkab-transformation-capex", ["LKAB"], "capex_plan", 400_000_000_000, "SEK", "up_to", None, "planned",
          "The group is in the middle of a transformation towards fossil-free sponge iron that it has said could require up to SEK 400 billion over two decades, and moving homes, schools and the church in Malmberget and Kiruna has already cost it more than SEK 20 billion.",
          required=False, note="group-wide capex plan, background; optional; the SEK 20bn relocation cost is a not_deal"),
    ],
    "not_deals": ["more than SEK 20 billion", "SEK 7.9 billion", "31 öre per kilowatt-hour",
                  "SEK 7,200 per square metre", "SEK 2.95 million"],
}

A["007_rohstoffwoche_foerderturm.txt"] = {
    "published": "2024-10-11",
    "published_note": "from the issue line 'Ausgabe 41/2024 · Freitag, 11.10.2024'; 'am Mittwoch' -> 2024-10-09; 'am Dienstag' -> 2024-10-08",
    "language": "de",
    "deals": [
        D("rio-arcadium", ["Rio Tinto", "Arcadium Lithium"], "acquisition", 6_800_000_000, "USD", "approx",
          "2024-10-09", "signed",
          "Der größte Abschluss der Woche kam am Mittwoch: Rio Tinto übernimmt den US-Lithiumproduzenten Arcadium Lithium für rund 6,8 Milliarden Dollar in bar, umgerechnet etwa 6,2 Milliarden Euro.",
          alt=[(6_200_000_000, "EUR")], note="agreed takeover, closing planned by mid-2025; per-share price is a not_deal"),
        D("boliden-strataform-exploration", ["Boliden", "Strataform AI"], "supply", 95_000_000, "SEK", "approx",
          "2024-10-08", "signed",
          "Den Auftragswert beziffert Strataform auf knapp 95 Millionen Kronen (etwa 8,3 Millionen Euro) über vier Jahre.",
          kind_alt=["other"], alt=[(8_300_000, "EUR")],
          note="AI exploration software contract; parties and 'am Dienstag' two sentences earlier; 'knapp' -> approx"),
        D("lkab-amazon-malmberget", ["LKAB", "Amazon"], "acquisition", 1_000_000_000, "SEK", "approx", "2024-10",
          "cancelled",
          "LKAB hat einen schwedischen Zeitungsbericht zurückgewiesen, wonach die Amazon-Tochter AWS für rund eine Milliarde Kronen geräumte Flächen in Malmberget kaufen wolle.",
          required=False, note="denied rumour, amount in words; optional"),
        NA("lkab-tjarnberg-lease", ["LKAB", "Tjärnberg Datahall"], "other", "2024", "negotiating",
           "Bekannt ist dagegen, dass der Staatskonzern seit dem Sommer mit dem Stockholmer Entwickler Tjärnberg Datahall über eine langfristige Pacht von Flächen am alten Grubenbüro spricht.",
           required=False, kind_alt=["acquisition"],
           note="'der Staatskonzern' = LKAB; amount-less background mention of the talks (006, signed in 009); optional"),
    ],
    "not_deals": ["5,95 Dollar", "520 bis 620 Millionen Euro", "25 Milliarden Dollar", "9.612 Dollar je Tonne",
                  "75.500 Yuan je Tonne", "2.631 Dollar je Unze", "285 Dollar je Tonne", "11,42 Euro", "70,10 Euro",
                  "342,60 Kronen", "49,85 Pfund", "25 Euro im Monat", "9,90 Euro monatlich"],
}

A["008_copper_datacentres_cathodelines_en.txt"] = {
    "published": "2024-11-14",
    "published_note": "from the issue line 'Vol. 6, No. 45 · 14 November 2024'; 'On Monday' -> 2024-11-11",
    "language": "en",
    "deals": [
        D("glencore-ridgeback-cathode", ["Glencore", "Ridgeback Conductor"], "supply", 400_000_000, "USD", "approx",
          "2024-11-11", "signed", "Ridgeback put the contract at close to $400 million at current prices.",
          term=["2024-11", "2026"],
          note="parties, 40,000 tonnes over two years and 'On Monday' in the previous sentence; 'close to' -> approx"),
        D("aurubis-lichtenau-rod", ["Aurubis", "Lichtenau Stromschienen"], "supply", 260_000_000, "USD", "approx",
          "2024-05", "signed",
          "In May, Aurubis agreed to sell Lichtenau Stromschienen, a Saxon busbar maker, about $260 million of wire rod and flat profiles over three years, with the first deliveries in July.",
          note="same contract as 003 (EUR 240m, with day), here in USD with the month only"),
        NA("bhp-anglo-bid", ["BHP", "Anglo American"], "acquisition", "2024", "cancelled",
           "BHP's failed pursuit of Anglo American in the spring was, in large part, a bet on the same trend, and every big miner now mentions data centres in its investor presentations.",
           required=False, note="amount-less background mention of 004's bid; 'in the spring' -> year; optional"),
    ],
    "not_deals": ["roughly $4.5 billion", "$9,080 a tonne", "$4.11 a pound", "$230 a tonne", "$1,200 a year"],
}

A["009_lkab_tjarnberg_pacht_rackwerknorden.txt"] = {
    "published": "2024-12-03",
    "published_note": "dateline without year 'Gällivare/Stockholm, 3. Dezember (rwn)', year from the copyright line '© 2024 Rackwerk Norden'; 'am Montag' -> 2024-12-02; 'Ende Oktober' -> 2024-10; 'Im September' -> 2024-09",
    "language": "de",
    "deals": [
        D("lkab-tjarnberg-lease", ["LKAB", "Tjärnberg Datahall"], "other", 35_000_000, "SEK", "exact", "2024-12-02",
          "signed",
          "Tjärnberg zahlt dafür 35 Millionen Kronen jährlich, umgerechnet gut 3 Millionen Euro; die Laufzeit beträgt 25 Jahre ab Januar 2026.",
          per="year", kind_alt=["acquisition"], alt=[(3_000_000, "EUR")], term=["2026-01", "2050-12"],
          note="signing of the lease rumoured in 006; LKAB and 'am Montag' in the previous sentences"),
        D("vindelalv-tjarnberg-ppa", ["Vindelälv Kraft", "Tjärnberg Datahall"], "supply", 620_000_000, "SEK",
          "approx", "2024-10", "signed", "Der Vertrag ist rund 620 Millionen Kronen wert.",
          note="ten-year power supply; parties and 'Ende Oktober' in the two previous sentences ('die Schweden' = Tjärnberg)"),
        D("fjallvind-tjarnberg-stake", ["Fjällvind Pension", "Tjärnberg Datahall"], "investment", 1_200_000_000,
          "SEK", "exact", "2024-09", "completed",
          "Im September hatte der Pensionsfonds Fjällvind Pension für 1,2 Milliarden Kronen 30 Prozent an Tjärnberg übernommen.",
          kind_alt=["acquisition"], note="30 % stake; the implied SEK 4bn valuation is a not_deal"),
    ],
    "not_deals": ["vier Milliarden Kronen", "rund 6 Millionen Kronen im Jahr", "0,38 Kronen je Kilowattstunde",
                  "179 Euro netto", "690 Euro"],
}

A["010_boliden_lundin_holmsund_en.txt"] = {
    "published": "2024-12-09",
    "published_note": "from the header '9 Dec 2024 · 21:04 CET' and dateline 'STOCKHOLM, Dec 9'; 'on Monday' -> 2024-12-09",
    "language": "en",
    "deals": [
        D("boliden-lundin-mines", ["Boliden", "Lundin Mining"], "acquisition", 1_450_000_000, "USD", "exact",
          "2024-12-09", "signed",
          "STOCKHOLM, Dec 9 (Holmsund) – Swedish miner and smelter Boliden agreed on Monday to buy the Neves-Corvo copper mine in Portugal and the Zinkgruvan zinc mine in Sweden from Canada's Lundin Mining for $1.45 billion in cash, its largest acquisition in decades.",
          alt=[(15_900_000_000, "SEK")],
          note="SEK 15.9bn in the next sentence; restated later as '$1,450 million price'"),
        D("boliden-lundin-contingent", ["Boliden", "Lundin Mining"], "acquisition", 150_000_000, "USD", "up_to",
          "2024-12-09", "signed",
          "Lundin could receive up to $150 million more in later years if copper and zinc prices stay above levels set out in the agreement.",
          required=False, kind_alt=["other"],
          note="contingent part of the same purchase; optional, kept apart from the $1.45bn cash price"),
        D("boliden-share-issue", ["Boliden"], "investment", 7_000_000_000, "SEK", "approx", "2024-12-09", "planned",
          "Boliden will pay with cash on hand, new bank loans and a share issue of about SEK 7 billion that its largest shareholders have said they will back.",
          required=False, note="share issue without a single named counterparty; optional"),
    ],
    "not_deals": ["about $290 million", "SEK 328.40", "about SEK 90 billion", "C$13.92", "$9,170 a tonne",
                  "€1,900 a month"],
}

A["011_haulwright_kommentar_haldenblick.txt"] = {
    "published": "2025-01-22",
    "published_note": "from the header 'Mittwoch, 22. Januar 2025'; 'Vergangene Woche' -> 2025-01",
    "language": "de",
    "deals": [
        D("bhp-haulwright-retrofit", ["BHP", "Haulwright Autonomy"], "supply", 190_000_000, "EUR", "approx",
          "2024-04", "signed",
          "Den Anfang machte der im April 2024 von BHP vergebene Auftrag über umgerechnet rund 190 Millionen Euro für die Umrüstung von 120 Muldenkippern in der Pilbara auf fahrerlosen Betrieb.",
          kind_alt=["other"], note="restatement of 002's A$310m contract, converted to EUR; Haulwright in the previous sentence"),
        D("glencore-haulwright-sudbury", ["Glencore", "Haulwright Autonomy"], "supply", 64_000_000, "CAD", "exact",
          "2025-01", "signed",
          "Der Konzern zahlt dafür 64 Millionen kanadische Dollar über vier Jahre, rund 42 Millionen Euro.",
          kind_alt=["other"], alt=[(42_000_000, "EUR")],
          note="'Der Konzern' = Glencore (previous sentence); underground automation at Sudbury; 'Vergangene Woche' -> month"),
        D("haulwright-capital-raise", ["Haulwright Autonomy"], "investment", 80_000_000, "AUD", "up_to", "2025-01",
          "planned",
          "Das Management plant nach eigenen Angaben eine Kapitalerhöhung von bis zu 80 Millionen australischen Dollar, um Software-Entwicklung und den Aufbau eines Teams in Südamerika zu finanzieren.",
          required=False, note="planned raise without an investor; optional"),
    ],
    "not_deals": ["4,20 AUD", "3,05 AUD", "3,12 AUD", "rund 14 Milliarden Dollar", "etwa 4 Milliarden Dollar",
                  "rund 980 Millionen australischen Dollar", "290 Euro"],
}

A["012_alpenkaverne_jurafels_jurasuedfuss.html"] = {
    "published": "2025-04-03",
    "published_note": "from <meta name='date' content='2025-04-03T05:45:00+02:00'> and the byline '03.04.2025, 05:45 Uhr'; 'am Dienstag' -> 2025-04-01; 'im Januar' -> 2025-01",
    "language": "de",
    "deals": [
        D("jurafels-alpenkaverne-quarry", ["Kalkwerk Jurafels", "Alpenkaverne Data"], "acquisition", 14_200_000,
          "CHF", "exact", "2025-04-01", "signed",
          "Der Kaufpreis beträgt 14,2 Millionen Franken, wie die beiden Firmen am Dienstag mitteilten.",
          kind_alt=["other"], note="former limestone quarry; parties in the previous sentence"),
        D("alpenkaverne-hinterflue-capex", ["Alpenkaverne Data"], "capex_plan", 280_000_000, "CHF", "range",
          "2025-04", "planned", "Die Investitionen beziffert das Unternehmen auf 280 bis 320 Millionen Franken.",
          amount_max=320_000_000, note="'das Unternehmen' = Alpenkaverne"),
        D("limmatblick-alpenkaverne", ["Vorsorgestiftung Limmatblick", "Alpenkaverne Data"], "investment",
          60_000_000, "CHF", "exact", "2025-01", "completed",
          "Bereits im Januar hatte sich die Vorsorgestiftung Limmatblick mit 60 Millionen Franken an Alpenkaverne beteiligt."),
    ],
    "not_deals": ["900'000 Franken jährlich", "2,5 Millionen Franken", "14 Rappen pro Kilowattstunde", "CHF 189.–",
                  "CHF 24.90 pro Monat"],
}

A["013_anglo_maiten_colina_mapocho_en.txt"] = {
    "published": "2025-06-12",
    "published_note": "from the dateline 'SANTIAGO, Thursday 12 June 2025'; 'on Wednesday' -> 2025-06-11; 'Last month' -> 2025-05; 'In February' -> 2025-02",
    "language": "en",
    "deals": [
        D("anglo-maiten-colina", ["Anglo American", "Maitén Digital"], "acquisition", 75_000_000, "USD", "exact",
          "2025-06-11", "signed", "Anglo and Maitén announced the US$75 million price on Wednesday.",
          kind_alt=["other"], note="sale of a former Los Bronces stockpile yard; full names in the previous sentence"),
        D("maiten-colina-capex", ["Maitén Digital"], "capex_plan", 1_000_000_000, "USD", "at_least", "2025-06",
          "planned",
          "Maitén plans a campus of up to 200 megawatts and intends to invest more than US$1 billion over the next six years, chief executive Valentina Ossandón Prieto told the Courier."),
        D("tamarugal-maiten-loan", ["Banco Tamarugal", "Maitén Digital"], "other", 320_000_000, "USD", "exact",
          "2025-05", "signed",
          "Last month the company signed a US$320 million construction loan with Banco Tamarugal, the first such facility for a Chilean data-centre developer from a domestic bank, according to the lender.",
          kind_alt=["investment"], note="'the company' = Maitén"),
        D("anglo-mmg-nickel", ["Anglo American", "MMG"], "acquisition", 500_000_000, "USD", "up_to", "2025-02",
          "signed", "In February it agreed to sell its nickel business in Brazil to China's MMG for up to US$500 million.",
          required=False, note="'it' = Anglo; background mention of an earlier disposal; optional"),
    ],
    "not_deals": ["US$136 per square metre", "around US$30 million", "US$1.9 billion", "US$9,720 a tonne",
                  "2,296 pence", "54,000 pesos"],
}

A["014_grubenwerk_interview_schachtserver.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesedauer: 7 Minuten')",
    "language": "de",
    "deals": [
        D("ks-grubenwerk-sigmundshall", ["K+S", "Grubenwerk Datenpark"], "acquisition", 21_000_000, "EUR", "exact",
          "2024", "signed", "Für Sigmundshall haben wir K+S 21 Millionen Euro gezahlt.",
          kind_alt=["other"], note="'wir' = Grubenwerk; the year from the question ('Sie haben 2024 ... gekauft')"),
        D("ks-grubenwerk-stake", ["K+S", "Grubenwerk Datenpark"], "investment", 15_000_000, "EUR", "exact", None,
          "completed", "K+S hält jetzt zehn Prozent an uns und hat dafür fünfzehn Millionen Euro eingebracht.",
          kind_alt=["acquisition"],
          note="second deal of the pair (10 % stake, amount in words), must stay apart from the land purchase; undated interview"),
        D("basalt-grubenwerk-lease", ["Basalt Cloud", "Grubenwerk Datenpark"], "cloud_contract", 2_800_000, "EUR",
          "approx", None, "signed",
          "Die Amerikaner zahlen uns monatlich rund 2,8 Millionen Euro, der Vertrag läuft sieben Jahre.",
          per="month", kind_alt=["other"],
          note="'Die Amerikaner' = Basalt Cloud (previous sentence), 'uns' = Grubenwerk; colocation lease of the first hall"),
    ],
    "not_deals": ["rund 150 Millionen Euro", "rund neun Millionen Euro je Megawatt", "4.300 Euro brutto im Monat",
                  "14,80 Euro", "52 Euro"],
}

A["015_rohstoffticker_kupferdepesche.txt"] = {
    "published": "2025-09-09",
    "published_note": "from the ticker header 'Dienstag, 9. September 2025'; 'heute Vormittag' -> 2025-09-09; 'am Montagabend' -> 2025-09-08",
    "language": "de",
    "deals": [
        D("lippeweide-ruhrfloez-loan", ["Bankhaus Lippeweide", "Ruhrflöz Rechenwerk"], "other", 150_000_000, "EUR",
          "up_to", "2025-09", "negotiating",
          "Aus Finanzkreisen: Ruhrflöz Rechenwerk verhandelt mit dem Bankhaus Lippeweide über einen Kredit von bis zu 150 Millionen Euro.",
          kind_alt=["investment"], note="loan talks from financial sources (15:55 entry)"),
        D("bhp-haulwright-stake", ["BHP", "Haulwright Autonomy"], "investment", 25_000_000, "USD", "exact",
          "2025-09-08", "completed",
          "BHP-Tochter steigt bei Haulwright ein: Die Beteiligungsgesellschaft BHP Ventures hat am Montagabend 25 Millionen US-Dollar in den australischen Autonomiespezialisten Haulwright Autonomy investiert und hält nun rund 9 Prozent.",
          kind_alt=["acquisition"],
          note="BHP Ventures = BHP; second BHP–Haulwright deal, must stay apart from the 2024 retrofit contract"),
        NA("bhp-haulwright-retrofit", ["BHP", "Haulwright Autonomy"], "supply", "2024", "signed",
           "Haulwright rüstet bereits seit 2024 im Auftrag von BHP Muldenkipper in der Pilbara um.",
           required=False, kind_alt=["other"], note="amount-less background mention of 002's contract; optional"),
        D("rag-ruhrfloez-westerholt", ["RAG", "Ruhrflöz Rechenwerk"], "acquisition", 27_000_000, "EUR", "exact",
          "2025-09-09", "signed", "Der Kaufpreis beträgt 27 Millionen Euro, der Vertrag wurde heute Vormittag beurkundet.",
          kind_alt=["other"],
          note="former colliery site; parties in the previous sentence (RAG Montan Immobilien = RAG); "
               "different from the 2026 mine-water contract of the same pair (020)"),
        NA("bhp-anglo-bid", ["BHP", "Anglo American"], "acquisition", "2024", "cancelled",
           "Erste Reaktionen auf die Fusion: Ein Londoner Händler spricht von einem „Befreiungsschlag\" für Anglo nach dem gescheiterten BHP-Werben im vergangenen Jahr.",
           required=False, note="amount-less background mention of 004's bid; optional"),
        NA("anglo-teck-merger", ["Anglo American", "Teck Resources"], "acquisition", "2025-09-09", "announced",
           "Paukenschlag am frühen Morgen: Anglo American und der kanadische Bergbaukonzern Teck Resources schließen sich zusammen.",
           kind_alt=["joint_venture", "other"],
           note="all-share merger, no cash ('Bargeld fließt nicht'); the special dividend and combined market value are not_deals"),
    ],
    "not_deals": ["12,88 Euro", "96,40 Euro", "9.985 Dollar", "250 Euro Bestellwert", "4,5 Milliarden Dollar",
                  "gut 53 Milliarden Dollar"],
}

A["016_rio_saguenay_power_shorecourier_en.txt"] = {
    "published": "2025-10-16",
    "published_note": "from the header 'Thursday, October 16, 2025'; 'on Tuesday' -> 2025-10-14",
    "language": "en",
    "deals": [
        D("rio-saguenay-power", ["Rio Tinto", "Saguenay Calcul"], "supply", 48_000_000, "CAD", "approx",
          "2025-10-14", "signed",
          "Under the 12-year agreement, which starts in 2027, Saguenay Calcul will pay Rio Tinto about C$48 million a year.",
          per="year", term=["2027", "2038"], note="hydropower supply; 'on Tuesday' in the previous sentence"),
        D("rio-saguenay-stake", ["Rio Tinto", "Saguenay Calcul"], "investment", 30_000_000, "CAD", "exact",
          "2025-10-14", "signed",
          "Rio Tinto will take a 10 per cent stake in Saguenay Calcul for C$30 million, giving it a seat on the board and a say in how waste heat from the servers is used.",
          kind_alt=["acquisition"], note="second deal of the same pair, announced together with the power contract; must stay apart"),
        D("saguenay-jonquiere-capex", ["Saguenay Calcul"], "capex_plan", 1_200_000_000, "CAD", "exact", "2025-10",
          "planned",
          "Saguenay Calcul expects phase one to cost C$1.2 billion, covering two buildings on a former industrial lot near the Arvida smelter."),
    ],
    "not_deals": ["4.2 cents per kilowatt-hour", "C$15 million grant", "C$92,000 a year", "US$1.6 billion",
                  "C$329,000"],
}

A["017_haulwright_dustline_pitportal_en.html"] = {
    "published": "2025-12-03",
    "published_note": "from <meta name='parsely-pub-date' content='2025-12-03T07:30:00+08:00'> and <time datetime='2025-12-03'>; 'on Monday' -> 2025-12-01; 'In October' -> 2025-10",
    "language": "en",
    "deals": [
        D("haulwright-dustline", ["Haulwright Autonomy", "Dustline Sensing"], "acquisition", 42_000_000, "USD",
          "exact", "2025-12-01", "signed",
          "Haulwright Autonomy has agreed to acquire Dustline Sensing, a Colorado company that builds dust-penetrating lidar for haul trucks and loaders, for US$42 million in cash and shares, the Perth company told the ASX on Monday."),
        D("anglo-haulwright-quellaveco", ["Anglo American", "Haulwright Autonomy"], "supply", 58_000_000, "USD",
          "exact", "2025-10", "signed",
          "In October, Anglo American awarded it a US$58 million job to automate part of the haul fleet at the Quellaveco copper mine in southern Peru, where the trucks run at more than 3,500 metres above sea level.",
          kind_alt=["other"], note="'it' = Haulwright"),
        D("bhp-haulwright-retrofit", ["BHP", "Haulwright Autonomy"], "supply", 310_000_000, "AUD", "exact",
          "2024-04", "signed",
          "Both deals build on the A$310 million BHP retrofit contract from April 2024, which is still the largest in the company's history.",
          kind_alt=["other"], note="restatement of 002's contract"),
    ],
    "not_deals": ["about US$11 million", "A$190 million to A$210 million", "A$64 million", "A$3.48",
                  "about A$1.12 billion", "A$4.60", "A$199 a year"],
}

A["018_rio_amazon_nuton_cairnfield_en.txt"] = {
    "published": "2026-01-20",
    "published_note": "from the header 'January 20, 2026 · 07:02 ET' (dateline 'PHOENIX, Jan 19'); 'announced on Thursday' -> 2026-01-15; 'on Jan. 9' -> 2026-01-09",
    "language": "en",
    "deals": [
        D("rio-amazon-nuton", ["Rio Tinto", "Amazon"], "supply", 40_000_000, "USD", "range", "2026-01-15", "signed",
          "Analysts at Pembury Hale Securities estimated the value of the contract at between $40 million and $60 million, based on the mine's expected output and current prices.",
          amount_max=60_000_000,
          note="two-year copper offtake from Rio's Nuton venture (Nuton = Rio Tinto); parties and 'announced on Thursday' "
               "in the previous sentences; the companies gave no price, the range is the analysts' estimate"),
        NA("rio-glencore-talks-2026", ["Rio Tinto", "Glencore"], "acquisition", "2026-01-09", "negotiating",
           "Rio and Glencore confirmed on Jan. 9 that they were in preliminary talks about combining some or all of their businesses, a tie-up that would create the world's largest miner.",
           kind_alt=["joint_venture", "other"],
           note="merger talks without a price; the combined market value is a not_deal; different from the 2024 talks"),
        NA("rio-glencore-talks-2024", ["Rio Tinto", "Glencore"], "acquisition", "2024", "cancelled",
           "The two held brief talks about a combination in late 2024 that ended without agreement early last year, people familiar with those discussions have said.",
           required=False, kind_alt=["joint_venture", "other"],
           note="earlier, failed talks of the same pair; dated to the talks (late 2024); optional background"),
    ],
    "not_deals": ["more than $200 billion", "$13,180 a tonne", "$12,940", "more than $500 billion", "5,512 pence",
                  "447 pence"],
}

A["019_aurubis_lichtenau_marktstollen.txt"] = {
    "published": "2026-03-10",
    "published_note": "from the stock-portal stamp '10.03.2026 | 17:48 Uhr'; 'am Montag' -> 2026-03-09; 'vergangene Woche' -> 2026-03",
    "language": "de",
    "deals": [
        D("aurubis-lichtenau-stake", ["Aurubis", "Lichtenau Stromschienen"], "investment", 38_000_000, "EUR",
          "exact", "2026-03-09", "signed",
          "Den Kaufpreis von 38 Millionen Euro zahlt Aurubis in bar, die Vereinbarung wurde am Montag unterzeichnet.",
          kind_alt=["acquisition"],
          note="25.1 % stake (previous sentence); second Aurubis–Lichtenau deal, must stay apart from the 2024 supply contract"),
        NA("aurubis-lichtenau-rod", ["Aurubis", "Lichtenau Stromschienen"], "supply", "2024", "signed",
           "Die beiden Unternehmen arbeiten seit dem Drahtliefervertrag von 2024 eng zusammen; Lichtenau liefert Stromschienen für Rechenzentren in ganz Europa und hat seinen Umsatz seither auf rund 170 Millionen Euro nahezu verdoppelt.",
           required=False, note="amount-less background mention of 003's contract; the revenue is a not_deal; optional"),
        D("umicore-ruhrfloez-recycling", ["Umicore", "Ruhrflöz Rechenwerk"], "supply", 18_000_000, "EUR", "approx",
          "2026-03", "signed", "Das Volumen liegt bei rund 18 Millionen Euro.",
          kind_alt=["other"],
          note="five-year server recycling contract; parties and 'vergangene Woche' two sentences earlier"),
    ],
    "not_deals": ["rund 170 Millionen Euro", "121,50 Euro", "von 125 auf 135 Euro", "13,05 Euro", "330 Dollar",
                  "560 bis 680 Millionen Euro", "12.410 Dollar je Tonne", "2.985 Dollar je Unze",
                  "71,20 Dollar je Barrel", "1,0865 Dollar", "Prämie 75 Euro"],
}

A["020_zechen_rechenzentren_emscherwochenpost.txt"] = {
    "published": "2026-11-13",
    "published_note": "from the issue line 'Nr. 46 · Freitag, 13. November 2026'; 'im Juli' -> 2026-07; 'Drei Monate später' -> 2026-10; 'Am Dienstag' -> 2026-11-10",
    "language": "de",
    "deals": [
        D("rag-ruhrfloez-minewater", ["RAG", "Ruhrflöz Rechenwerk"], "supply", 1_200_000, "EUR", "approx", "2026-07",
          "signed",
          "Den Vertrag darüber hat Ruhrflöz im Juli mit der RAG geschlossen: Für das Grubenwasser zahlen die Hertener jährlich rund 1,2 Millionen Euro.",
          per="year", note="'die Hertener' = Ruhrflöz; mine water for cooling; different from the 2025 site purchase (015)"),
        D("hertener-ruhrfloez-heat", ["Hertener Stadtwerke", "Ruhrflöz Rechenwerk"], "supply", 700_000, "EUR",
          "approx", "2026-10", "signed",
          "Die Hertener Stadtwerke nehmen die Abwärme der Server ab und speisen sie ins Fernwärmenetz ein; Ruhrflöz erhält dafür jährlich rund 700.000 Euro.",
          per="year", note="waste-heat offtake; 'Drei Monate später' after the July contract -> 2026-10"),
        NA("ks-grubenwerk-sigmundshall", ["K+S", "Grubenwerk Datenpark"], "acquisition", "2024", "signed",
           "Die Grubenwerk Datenpark GmbH aus Hannover, die 2024 das Gelände des Kaliwerks Sigmundshall von K+S gekauft hat, baut ihr Portfolio aus.",
           required=False, kind_alt=["other"], note="amount-less background mention of 001's purchase; optional"),
        D("westerwald-grubenwerk-kalteiche", ["Westerwald Hartstein", "Grubenwerk Datenpark"], "acquisition",
          9_000_000, "EUR", "approx", "2026-11-10", "signed",
          "Am Dienstag erwarben die Hannoveraner für knapp neun Millionen Euro den stillgelegten Basaltsteinbruch Kalteiche im Westerwald von der Westerwald Hartstein GmbH.",
          kind_alt=["other"], note="'die Hannoveraner' = Grubenwerk (previous sentence); amount in words, 'knapp' -> approx"),
    ],
    "not_deals": ["15 Millionen Euro", "4,50 Euro je Quadratmeter", "rund 3 Millionen Euro im Jahr",
                  "14,2 Cent je Kilowattstunde", "899 Euro", "11,90 Euro", "7,90 Euro"],
}

ALIASES = {
    "K+S": ["K+S", "K+S AG"],
    "Grubenwerk Datenpark": ["Grubenwerk Datenpark", "Grubenwerk Datenpark GmbH", "Grubenwerk"],
    "BHP": ["BHP", "BHP Group", "BHP Ventures"],
    "Haulwright Autonomy": ["Haulwright Autonomy", "Haulwright"],
    "Strataform AI": ["Strataform AI", "Strataform"],
    "Gorsehallow Ventures": ["Gorsehallow Ventures", "Gorsehallow"],
    "Rio Tinto": ["Rio Tinto", "Rio", "Nuton"],
    "Basalt Cloud": ["Basalt Cloud", "Basalt"],
    "Tallgrass Credit Partners": ["Tallgrass Credit Partners", "Tallgrass"],
    "Aurubis": ["Aurubis", "Aurubis AG"],
    "Lichtenau Stromschienen": ["Lichtenau Stromschienen", "Lichtenau Stromschienen GmbH", "Lichtenau"],
    "Anglo American": ["Anglo American", "Anglo", "Anglo American plc"],
    "OZ Minerals": ["OZ Minerals"],
    "LKAB": ["LKAB", "Luossavaara-Kiirunavaara"],
    "Tjärnberg Datahall": ["Tjärnberg Datahall", "Tjärnberg"],
    "Arcadium Lithium": ["Arcadium Lithium", "Arcadium"],
    "Boliden": ["Boliden", "Boliden AB"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Glencore": ["Glencore", "Glencore plc"],
    "Ridgeback Conductor": ["Ridgeback Conductor", "Ridgeback"],
    "Vindelälv Kraft": ["Vindelälv Kraft"],
    "Fjällvind Pension": ["Fjällvind Pension", "Fjällvind"],
    "Lundin Mining": ["Lundin Mining", "Lundin"],
    "Kalkwerk Jurafels": ["Kalkwerk Jurafels", "Kalkwerk Jurafels AG", "Jurafels"],
    "Alpenkaverne Data": ["Alpenkaverne Data", "Alpenkaverne Data AG", "Alpenkaverne"],
    "Vorsorgestiftung Limmatblick": ["Vorsorgestiftung Limmatblick", "Limmatblick"],
    "Maitén Digital": ["Maitén Digital", "Maitén"],
    "Banco Tamarugal": ["Banco Tamarugal"],
    "MMG": ["MMG"],
    "Teck Resources": ["Teck Resources", "Teck"],
    "RAG": ["RAG", "RAG Montan Immobilien", "RAG AG"],
    "Ruhrflöz Rechenwerk": ["Ruhrflöz Rechenwerk", "Ruhrflöz"],
    "Bankhaus Lippeweide": ["Bankhaus Lippeweide", "Lippeweide"],
    "Saguenay Calcul": ["Saguenay Calcul"],
    "Dustline Sensing": ["Dustline Sensing", "Dustline"],
    "Umicore": ["Umicore"],
    "Hertener Stadtwerke": ["Hertener Stadtwerke", "Stadtwerke Herten"],
    "Westerwald Hartstein": ["Westerwald Hartstein", "Westerwald Hartstein GmbH"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
