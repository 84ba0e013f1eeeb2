#!/usr/bin/env python3
"""Write gold.json for corpus47 (the hand annotation as a script: edit here, then run it).
Usage: python3 tests/corpus47/make_gold.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the forty-seventh, held-out test corpus (tests/corpus47/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: the data-centre construction supply chain in Germany, the "
    "Netherlands and Belgium (cooling, switchgear, generators, contractors, municipal land sales, regional bank "
    "loans, family-owned suppliers expanding plants). One entry per article; a deal that several articles report "
    "carries the same id in each. 'required': false marks vague or background mentions that an extractor may "
    "report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as "
    "a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | "
    "up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same "
    "deal's amount as another article (or the same article) states it in another currency. 'date' is when the "
    "deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date line, dateline, meta tag, issue line or byline, or null when the "
    "article has none); 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur in "
    "the visible text (check_corpus_gold.visible_text). Invented companies: Verhoeckx Koeltechniek, Dommelbeek "
    "Schakeltechniek, Van Roosbroeck Aggregaten, Terhaegen Bouw, Wadkant Datacenters, Ooievaar Infra Partners, "
    "Kempische Spaarkas, Zuidkempen Datapark; invented publications, research houses, advertisers and people are "
    "listed in invented_names.txt and README.md; the deals of real companies are partly real, partly invented or "
    "shifted. Nothing here is reporting."
)

ALIASES = {
    "Microsoft": ["Microsoft", "Microsoft's"],
    "Stadt Bergheim": ["Stadt Bergheim", "Bergheim"],
    "Verhoeckx Koeltechniek": ["Verhoeckx Koeltechniek", "Verhoeckx"],
    "Rabobank": ["Rabobank"],
    "ING": ["ING", "ING Groep"],
    "Schneider Electric": ["Schneider Electric", "Schneider", "Schneiders"],
    "Motivair": ["Motivair", "Motivair Corporation"],
    "Van Roosbroeck Aggregaten": ["Van Roosbroeck Aggregaten", "Van Roosbroeck"],
    "Kempische Spaarkas": ["Kempische Spaarkas", "Kempischen Spaarkas", "Spaarkas"],
    "Rolls-Royce Power Systems": ["Rolls-Royce Power Systems"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "Gemeente Het Hogeland": ["Gemeente Het Hogeland", "Het Hogeland", "municipality of Het Hogeland",
                              "Gemeinde Het Hogeland"],
    "Wadkant Datacenters": ["Wadkant Datacenters BV", "Wadkant Datacenters", "Wadkant", "Wadkant's"],
    "Ooievaar Infra Partners": ["Ooievaar Infra Partners", "Ooievaar"],
    "Equinix": ["Equinix"],
    "Dommelbeek Schakeltechniek": ["Dommelbeek Schakeltechniek", "Dommelbeek"],
    "Terhaegen Bouw": ["Terhaegen Bouw", "Terhaegen"],
    "Zuidkempen Datapark": ["Zuidkempen Datapark", "Zuidkempen", "Zuidkempen's"],
    "Stad Geel": ["Stad Geel", "City of Geel", "Geel"],
    "KBC": ["KBC", "KBC Bank"],
    "Belfius": ["Belfius"],
    "Google": ["Google", "Alphabet"],
    "Eneco": ["Eneco"],
    "Elia": ["Elia", "Elia's", "Elia Transmission Belgium"],
    "Stulz": ["Stulz"],
    "BAM": ["BAM", "Royal BAM Group", "Koninklijke BAM Groep"],
    "ABB": ["ABB", "ABB's"],
    "CyrusOne": ["CyrusOne"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, required, evidence, amount_max=None,
      note=None, **kw):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status, "required": required}
    for k in ("term", "per", "alt_amounts", "kind_alt"):
        if k in kw:
            d[k] = kw.pop(k)
    if kw:
        raise TypeError(kw)
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


M = 1_000_000
B = 1_000_000_000
LOAN = ["other"]
LAND = ["other"]
BUILD = ["supply", "other"]

A = {}

A["001_bergheim_microsoft_kwartierbode.txt"] = dict(
    published="2024-02-16",
    published_note="from the date line 'Bergheim, Freitag, 16. Februar 2024'; 'am Mittwochabend' -> 2024-02-14, "
                   "'Einen Tag später' -> 2024-02-15",
    language="de",
    deals=[
        D("bergheim-microsoft-land-2024", ["Stadt Bergheim", "Microsoft"], "acquisition", 23_400_000, "EUR",
          "exact", "2024-02-14", "signed", True,
          "Für die Flächen zahlt der US-Softwarekonzern der Stadt 23,4 Millionen Euro; der Kaufvertrag ist notariell "
          "beurkundet und wurde vom Rat am Mittwochabend mit 38 zu 9 Stimmen genehmigt.",
          kind_alt=LAND,
          note="municipal land sale; buyer named in the previous sentence ('Käufer ist Microsoft'); first of two "
               "Bergheim sales to Microsoft (the second, 31.8m, is in 009)"),
        D("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3_200_000_000, "EUR", "approx", "2024-02-15",
          "planned", True,
          "Bis Ende 2025 sollen rund 3,2 Milliarden Euro von Microsoft in den deutschen Markt fließen, überwiegend "
          "in Rechenzentren zwischen Köln und Aachen sowie im Frankfurter Raum.",
          term=[None, "2025"],
          note="made public 'Einen Tag später' than the Wednesday council vote -> Thursday 2024-02-15 (same sentence "
               "before the colon)"),
        D("microsoft-elsdorf-land", ["Microsoft"], "acquisition", None, None, None, None, "completed", False,
          "Auch im benachbarten Elsdorf hat sich das Unternehmen bereits Grundstücke gesichert.",
          kind_alt=LAND, note="background mention, no amount, no date, seller not named"),
    ],
    not_deals=["deutlich über fünf Millionen Euro im Jahr", "212 Millionen Euro", "14,8 Milliarden Euro",
               "rund sechs Euro je Quadratmeter", "5.000 Euro", "28 Millionen Euro"],
)

A["002_verhoeckx_helmond_koelkamer_en.txt"] = dict(
    published="2024-05-16",
    published_note="from the issue line 'Issue 19 | Thursday 16 May 2024'; 'on Tuesday' -> 2024-05-14",
    language="en",
    deals=[
        D("verhoeckx-helmond-plant", ["Verhoeckx Koeltechniek"], "capex_plan", 46 * M, "EUR", "exact",
          "2024-05-14", "planned", True,
          "The company said on Tuesday that it plans to spend €46 million on the building and on test rigs for "
          "direct-to-chip cooling, with first output due in the second half of 2025.",
          note="family-owned supplier expanding its plant; 'The company' = Verhoeckx Koeltechniek (previous sentence)"),
        D("rabobank-verhoeckx-loan", ["Rabobank", "Verhoeckx Koeltechniek"], "investment", 30 * M, "EUR", "exact",
          "2024-05", "signed", True,
          "Rabobank has agreed a €30 million term loan for the project, Verhoeckx said; the rest comes from "
          "retained earnings.",
          kind_alt=LOAN, note="loan financing part of the €46m plan; a deal of its own (lender and borrower)"),
        D("microsoft-verhoeckx-supply", ["Verhoeckx Koeltechniek", "Microsoft"], "supply", None, None, None, None,
          "signed", False,
          "Verhoeckx already ships cooling units to Microsoft's campus in Middenmeer, though neither side would put "
          "a value on that business.",
          note="ongoing supply relationship without value or date: optional"),
    ],
    not_deals=["€182 million", "€131 million", "€1.2 million", "$15 billion by 2030", "around €90,000", "€79",
               "€249 a year"],
)

A["003_schneider_motivair_beursvink.txt"] = dict(
    published="2024-10-16",
    published_note="from the header '16.10.2024 | 08:41 Uhr'; 'am Dienstag' -> 2024-10-15",
    language="de",
    deals=[
        D("schneider-motivair", ["Schneider Electric", "Motivair"], "acquisition", 850 * M, "USD", "exact",
          "2024-10-15", "signed", True,
          "Wie der Konzern am Dienstag bekanntgab, sichert er sich für 850 Millionen Dollar (etwa 780 Millionen "
          "Euro) eine Mehrheit von 75 Prozent an Motivair, einem Spezialisten für Flüssigkühlung aus den USA.",
          kind_alt=["investment"], alt_amounts=[{"amount": 780 * M, "currency": "EUR"}],
          note="75% stake; 'der Konzern' = Schneider Electric (previous sentence)"),
        D("schneider-motivair-rest", ["Schneider Electric", "Motivair"], "acquisition", None, None, None,
          "2024-10-15", "planned", False,
          "Die übrigen Anteile sollen 2028 folgen; einen Preis dafür nannten die Franzosen nicht.",
          note="purchase of the remaining 25% in 2028, no price: optional, kept apart from the 75% deal"),
        D("verhoeckx-helmond-plant", ["Verhoeckx Koeltechniek"], "capex_plan", 46 * M, "EUR", "exact", "2024-05",
          "planned", True,
          "Auch Mittelständler rüsten auf: Der niederländische Familienbetrieb Verhoeckx Koeltechniek hatte im Mai "
          "angekündigt, 46 Millionen Euro in eine neue Fertigungshalle in Helmond zu stecken.",
          note="restates 002 with the month only"),
    ],
    not_deals=["mehr als 300 Millionen Dollar", "17,9 Milliarden Euro", "236,85 €", "108,12 $", "260 Euro",
               "gut 136 Milliarden Euro", "0 Euro", "1 Euro"],
)

A["004_van_roosbroeck_geel_haverkamp_en.txt"] = dict(
    published="2024-11-20",
    published_note="from the dateline 'GEEL, Belgium, Nov. 20, 2024 (HNS)'; 'on Tuesday' -> 2024-11-19; "
                   "'Earlier this month' -> 2024-11",
    language="en",
    deals=[
        D("vanroosbroeck-geel-plant", ["Van Roosbroeck Aggregaten"], "capex_plan", 35 * M, "EUR", "exact",
          "2024-11-19", "planned", True,
          "Van Roosbroeck Aggregaten, a family-owned Flemish company that builds containerised backup generators "
          "for data centres, said on Tuesday it would spend €35 million enlarging its assembly plant in Geel as "
          "orders from hyperscale operators pile up."),
        D("kempische-vanroosbroeck-loan-2024", ["Kempische Spaarkas", "Van Roosbroeck Aggregaten"], "investment",
          24 * M, "EUR", "exact", "2024-11-19", "signed", True,
          "The expansion, which adds two test bays able to run 3-megawatt sets at full load, is financed with a "
          "€24 million loan from Kempische Spaarkas, a cooperative savings bank based in Turnhout.",
          kind_alt=LOAN,
          note="regional bank loan, first of two (the second, 32m, is in 019); also in the headline ('borrows €24 mln')"),
        D("rollsroyce-vanroosbroeck-engines", ["Rolls-Royce Power Systems", "Van Roosbroeck Aggregaten"], "supply",
          60 * M, "EUR", "approx", "2024-11", "signed", True,
          "Earlier this month it signed a three-year framework agreement with Rolls-Royce Power Systems for mtu "
          "diesel engines worth about €60 million, covering deliveries from 2025 through 2027.",
          term=["2025", "2027"], note="'it' = the Geel firm (previous sentence)"),
    ],
    not_deals=["about €140 million", "€210 million", "roughly €1.5 million", "€1.8 million grant"],
)

A["005_rolls_royce_friedrichshafen_maaskant.txt"] = dict(
    published="2025-01-28",
    published_note="from the date line 'Dienstag, 28. Januar 2025 · Industrie · Seite 9'; 'am Montag' -> 2025-01-27",
    language="de",
    deals=[
        D("rollsroyce-friedrichshafen-capex", ["Rolls-Royce Power Systems"], "capex_plan", 150 * M, "EUR", "range",
          "2025-01-27", "planned", True,
          "Das Unternehmen will bis 2027 zwischen 150 und 200 Millionen Euro in neue Montagelinien und Prüfstände "
          "für seine mtu-Generatoren stecken, kündigte die Geschäftsführung am Montag vor der Belegschaft an.",
          amount_max=200 * M, term=[None, "2027"]),
        D("rollsroyce-vanroosbroeck-engines", ["Rolls-Royce Power Systems", "Van Roosbroeck Aggregaten"], "supply",
          60 * M, "EUR", "approx", "2024-11", "signed", True,
          "Mit ihm hatten die Friedrichshafener im November einen Rahmenvertrag über rund 60 Millionen Euro "
          "geschlossen.",
          note="'ihm' = Van Roosbroeck Aggregaten, 'die Friedrichshafener' = Rolls-Royce Power Systems (previous "
               "sentences); 'im November' in a January paper -> 2024-11"),
        D("vantage-rollsroyce-gensets", ["Vantage Data Centers", "Rolls-Royce Power Systems"], "supply", None, None,
          None, None, "signed", False,
          "Auch Vantage Data Centers bezieht für seinen Berliner Campus Aggregate vom Bodensee; über den Wert "
          "schweigen beide Seiten.",
          note="no value, no date: optional"),
    ],
    not_deals=["rund acht Milliarden Euro jährlich", "rund 4,5 Milliarden Euro", "5,92 Pfund",
               "2,7 Millionen Euro", "rund 4.100 Euro brutto im Monat"],
)

A["006_het_hogeland_wadkant_eemsmond_en.html"] = dict(
    published="2025-03-13",
    published_note="from <meta property='article:published_time'>, JSON-LD datePublished and the byline "
                   "'13 March 2025, 16:20'; 'on Tuesday' -> 2025-03-11",
    language="en",
    deals=[
        D("hogeland-wadkant-land", ["Gemeente Het Hogeland", "Wadkant Datacenters"], "acquisition", 19_500_000,
          "EUR", "exact", "2025-03-11", "announced", True,
          "The company pays the municipality €19.5 million for the plot, which lies between the Google campus and "
          "the high-voltage station at Oudeschip.",
          kind_alt=LAND,
          note="municipal land sale approved by the council 'on Tuesday' (previous sentence); still needs provincial "
               "sign-off, hence announced"),
        D("wadkant-eemshaven-campus", ["Wadkant Datacenters"], "capex_plan", 1_100_000_000, "EUR", "up_to",
          "2025-03-11", "planned", True,
          "Wadkant wants to put up to four data-centre halls on the site and puts the total investment at up to "
          "€1.1 billion.",
          kind_alt=["project"], note="the developer's own plan, presented to the council on Tuesday"),
    ],
    not_deals=["about €3 million a year", "€171 million", "more than €2.5 billion", "€940 million", "€640"],
)

A["007_ooievaar_wadkant_serverzaal.txt"] = dict(
    published="2025-04-17",
    published_note="from the issue line 'Ausgabe 15/2025 · Donnerstag, 17. April 2025'; 'vergangene Woche' -> "
                   "2025-04 (7-13 April)",
    language="de",
    deals=[
        D("ooievaar-wadkant-stake-2025", ["Ooievaar Infra Partners", "Wadkant Datacenters"], "investment",
          275 * M, "EUR", "exact", "2025-04", "signed", True,
          "Für die Minderheitsbeteiligung zahlen die Niederländer 275 Millionen Euro, teils als Kapitalerhöhung, "
          "teils an die beiden Gründer; unterschrieben wurde vergangene Woche in Groningen.",
          kind_alt=["acquisition"],
          note="40% stake (previous sentence); first of two Ooievaar investments in Wadkant (the second, 190m, is in 020)"),
        D("wadkant-eemshaven-campus", ["Wadkant Datacenters"], "capex_plan", 1_100_000_000, "EUR", "up_to", None,
          "planned", True,
          "Das Geld fließt in den Campus an der Eemshaven, für den Wadkant Investitionen von bis zu 1,1 Milliarden "
          "Euro veranschlagt.",
          kind_alt=["project"], note="restates 006 without a date"),
        D("hogeland-wadkant-land", ["Gemeente Het Hogeland", "Wadkant Datacenters"], "acquisition", 19_500_000,
          "EUR", "exact", "2025-03", "signed", True,
          "Das Grundstück hatte die Gemeinde Het Hogeland dem jungen Unternehmen erst im März für 19,5 Millionen "
          "Euro verkauft.",
          kind_alt=LAND, note="restates 006 with the month only"),
        D("verhoeckx-helmond-plant", ["Verhoeckx Koeltechniek"], "capex_plan", None, None, None, None, "planned",
          False,
          "Helmond: Die neue Fertigungshalle von Verhoeckx Koeltechniek steht im Rohbau.",
          note="progress note in a 'Kurz gemeldet' line, no amount: optional"),
    ],
    not_deals=["knapp 690 Millionen Euro", "rund 4,2 Milliarden Euro", "1,8 Milliarden Euro",
               "rund 145 Euro je Kilowatt und Monat", "160 Euro", "390 Euro", "290 Euro"],
)

A["008_dommelbeek_equinix_stroomlijn_en.txt"] = dict(
    published="2025-06-05",
    published_note="only the byline date 'By Hanneke Rijpstra | June 5, 2025'; 'on Monday' -> 2025-06-02",
    language="en",
    deals=[
        D("equinix-dommelbeek-framework", ["Equinix", "Dommelbeek Schakeltechniek"], "supply", 72 * M, "EUR",
          "exact", "2025-06-02", "signed", True,
          "Dommelbeek Schakeltechniek, a family-controlled maker of medium-voltage switchgear based in Best near "
          "Eindhoven, has won a four-year framework contract from Equinix worth €72 million.",
          note="'signed on Monday' in the next sentence"),
        D("dommelbeek-best-plant", ["Dommelbeek Schakeltechniek"], "capex_plan", 38 * M, "EUR", "exact",
          "2025-06-02", "planned", True,
          "To keep pace, the company will invest €38 million in a new assembly hall and a high-voltage test "
          "laboratory in Best, chief executive Femke Aalderink said.",
          note="board approval 'the same day' (Monday) in the next sentence"),
    ],
    not_deals=["€260 million", "€355 million", "around €45,000", "€28,000", "$8.7 billion",
               "up to €95,000 a year"],
)

A["009_bergheim_microsoft_nachkauf_kwartierbode.txt"] = dict(
    published="2025-07-10",
    published_note="only from the closing line 'Veröffentlicht: 10.07.2025, 18:05 Uhr'; 'am Dienstagabend' -> "
                   "2025-07-08",
    language="de",
    deals=[
        D("bergheim-microsoft-land-2025", ["Stadt Bergheim", "Microsoft"], "acquisition", 31_800_000, "EUR",
          "exact", "2025-07-08", "signed", True,
          "Der Kaufpreis: 31,8 Millionen Euro.",
          kind_alt=LAND,
          note="second Bergheim sale (52 ha); council vote 'am Dienstagabend' and the parties in the previous "
               "sentence; kept apart from the 2024 sale restated in the next sentence"),
        D("bergheim-microsoft-land-2024", ["Stadt Bergheim", "Microsoft"], "acquisition", 23_400_000, "EUR",
          "exact", "2024", "signed", True,
          "Die Äcker grenzen an das Areal, das der Softwarehersteller Anfang 2024 für 23,4 Millionen Euro von der "
          "Stadt erworben hatte.",
          kind_alt=LAND, note="restates 001; 'Anfang 2024' -> 2024"),
        D("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3_200_000_000, "EUR", "exact", "2024-02",
          "planned", True,
          "Die Rechenzentren im Rheinischen Revier sind Teil des Programms über 3,2 Milliarden Euro, das der Konzern "
          "im Februar 2024 für Deutschland angekündigt hatte.",
          note="restates 001 with the month only"),
    ],
    not_deals=["9,6 Millionen Euro", "4,2 Millionen Euro", "rund 1,9 Millionen Euro", "100.000 Euro"],
)

A["010_terhaegen_zuidkempen_brabo_en.txt"] = dict(
    published="2025-08-19",
    published_note="from the date line 'Tuesday 19 August 2025 | Companies | Flanders'; 'on Monday' -> 2025-08-18",
    language="en",
    deals=[
        D("zuidkempen-terhaegen-build", ["Zuidkempen Datapark", "Terhaegen Bouw"], "project", 130 * M, "EUR",
          "exact", "2025-08-18", "signed", True,
          "Hasselt-based contractor Terhaegen Bouw has signed a €130 million contract to build the first "
          "data-centre hall for Zuidkempen Datapark on a former sand-extraction site in Geel, the two companies "
          "said on Monday.",
          kind_alt=BUILD, note="construction contract"),
        D("geel-zuidkempen-land", ["Stad Geel", "Zuidkempen Datapark"], "acquisition", 14_200_000, "EUR", "exact",
          "2025-05", "completed", True,
          "Zuidkempen, a developer backed by a group of Kempen entrepreneurs, bought the 31-hectare plot from the "
          "City of Geel in May for €14.2 million.",
          kind_alt=LAND, note="municipal land sale"),
        D("kbc-belfius-zuidkempen-loan", ["KBC", "Belfius", "Zuidkempen Datapark"], "investment", 420 * M, "EUR",
          "exact", None, "signed", True,
          "The first phase is financed with a €420 million loan from KBC and Belfius, of which €150 million comes "
          "from Belfius.",
          kind_alt=LOAN,
          note="no signing date in the text; Belfius's €150m share is part of this loan and listed as a not_deal"),
    ],
    not_deals=["€150 million", "about €1.3 billion", "€780 million", "€1.2 billion", "€6.5 million"],
)

A["011_wadkant_rabobank_haverkamp_en.txt"] = dict(
    published="2025-09-12",
    published_note="from the header 'September 12, 2025 | 10:05 AM CET' and the dateline 'AMSTERDAM, Sept 12'; "
                   "'on Thursday' -> 2025-09-11, 'on Wednesday' -> 2025-09-10",
    language="en",
    deals=[
        D("rabobank-wadkant-loan", ["Rabobank", "ING", "Wadkant Datacenters"], "investment", 350 * M, "EUR",
          "exact", "2025-09-11", "signed", True,
          "Wadkant Datacenters has signed a €350 million construction loan with Rabobank and ING to build the first "
          "hall of its campus at Eemshaven in the northern Netherlands, the Groningen start-up said on Thursday.",
          kind_alt=LOAN),
        D("ooievaar-wadkant-stake-2025", ["Ooievaar Infra Partners", "Wadkant Datacenters"], "investment",
          275 * M, "EUR", "exact", "2025-04", "signed", True,
          "It comes five months after Amsterdam-based Ooievaar Infra Partners bought 40% of the company for "
          "€275 million in April.",
          kind_alt=["acquisition"], note="restates 007"),
        D("verhoeckx-wadkant-cooling-2025", ["Verhoeckx Koeltechniek", "Wadkant Datacenters"], "supply", 38 * M,
          "EUR", "exact", "2025-09-10", "signed", True,
          "Verhoeckx Koeltechniek, a family-owned cooling specialist from Helmond, will supply chillers and coolant "
          "distribution units worth €38 million for the 60-megawatt building, both companies confirmed on "
          "Wednesday.",
          note="first Verhoeckx order from Wadkant (the second, 61m, is in 020)"),
        D("hogeland-wadkant-land", ["Gemeente Het Hogeland", "Wadkant Datacenters"], "acquisition", None, None,
          None, "2025", "signed", False,
          "It bought its 42-hectare plot from the municipality of Het Hogeland earlier this year.",
          kind_alt=LAND, note="background restatement without amount: optional"),
    ],
    not_deals=["€2.1 billion", "€5 billion", "€19.84"],
)

A["012_google_belgien_bitsluis.html"] = dict(
    published="2025-10-10",
    published_note="from <meta name='date'>, JSON-LD datePublished and the byline '10.10.2025, 11:20 Uhr'; "
                   "'am Donnerstag' -> 2025-10-09",
    language="de",
    deals=[
        D("google-belgium-2025", ["Google"], "capex_plan", 5 * B, "EUR", "exact", "2025-10-09", "planned", True,
          "Der Konzern will in den Jahren 2026 und 2027 weitere fünf Milliarden Euro in das Land investieren, vor "
          "allem in den Standort Saint-Ghislain in der Provinz Hennegau.",
          term=["2026", "2027"], alt_amounts=[{"amount": 5_800_000_000, "currency": "USD"}],
          note="announced 'am Donnerstag' (next sentence); 013 gives the USD figure"),
        D("google-eneco-ppa", ["Google", "Eneco"], "supply", None, None, None, "2025-10-09", "signed", False,
          "Zum Paket gehören neue Abnahmeverträge für Ökostrom, unter anderem mit dem Versorger Eneco; Mengen und "
          "Preise nannte Google nicht.",
          kind_alt=["other", "partnership"], note="power purchase agreements without value: optional"),
        D("alphabet-capex-2025", ["Google"], "capex_plan", 85 * B, "USD", "approx", "2025-07", "planned", True,
          "Für das laufende Jahr hatte der Mutterkonzern Alphabet seine Investitionsplanung im Juli auf rund 85 "
          "Milliarden Dollar angehoben; 2024 waren es noch 52,5 Milliarden Dollar gewesen.",
          term=["2025", "2025"],
          note="a stated plan for a year's capital spending is a deal; the 2024 figure (spent) is a not_deal"),
        D("bergheim-microsoft-land-2025", ["Stadt Bergheim", "Microsoft"], "acquisition", None, None, None, None,
          "signed", False,
          "Microsoft kauft weiteres Land in Bergheim",
          kind_alt=LAND, note="related-link line in the aside: optional"),
    ],
    not_deals=["rund 11 Milliarden Euro", "52,5 Milliarden Dollar", "241,53 Dollar", "25 Euro", "3,99 Euro"],
)

A["013_belgien_netz_spanningsveld_en.txt"] = dict(
    published="2025-10-27",
    published_note="from the blog line 'Posted on 27 October 2025'; 'Earlier this month' -> 2025-10",
    language="en",
    deals=[
        D("google-belgium-2025", ["Google"], "capex_plan", 5_800_000_000, "USD", "exact", "2025-10", "planned",
          True,
          "Earlier this month Google said it would put another $5.8 billion into its Belgian operations over 2026 "
          "and 2027, most of it in Saint-Ghislain.",
          term=["2026", "2027"], note="same plan as 012 (€5bn), here in USD"),
        D("elia-grid-capex", ["Elia"], "capex_plan", 9_400_000_000, "EUR", "exact", "2025-09", "planned", True,
          "Elia, the transmission system operator, told the regulator in September that it plans to invest "
          "€9.4 billion in the Belgian high-voltage grid between 2025 and 2028.",
          term=["2025", "2028"]),
        D("zuidkempen-terhaegen-build", ["Zuidkempen Datapark", "Terhaegen Bouw"], "project", None, None, None,
          "2025-08", "signed", False,
          "In Geel, Zuidkempen Datapark has started preparing the ground for its first hall after hiring Terhaegen "
          "Bouw as main contractor in August.",
          kind_alt=BUILD, note="restates 010 without the amount: optional"),
    ],
    not_deals=["€96 per megawatt-hour", "between €40 million and €60 million", "up to €2 million per project"],
)

A["014_verhoeckx_stulz_koudebrug.txt"] = dict(
    published="2025-12",
    published_note="only the month, from the issue line 'Ausgabe Dezember 2025'; 'Mitte November' -> 2025-11",
    language="de",
    deals=[
        D("verhoeckx-helmond-plant", ["Verhoeckx Koeltechniek"], "capex_plan", 46 * M, "EUR", "exact", "2024-05",
          "planned", True,
          "Angekündigt hatte der niederländische Familienbetrieb das Projekt im Mai 2024 mit einem Budget von 46 "
          "Millionen Euro.",
          note="restates 002; the final cost of 52m (money spent) is a not_deal"),
        D("stulz-hamburg-line", ["Stulz"], "capex_plan", 25 * M, "EUR", "approx", "2025-11", "planned", True,
          "Der Hamburger Klimatechnikhersteller Stulz, ebenfalls in Familienhand, will rund 25 Millionen Euro in "
          "eine zusätzliche Fertigungslinie für Flüssigkühlung an seinem Stammsitz investieren.",
          note="'Mitte November' in the next sentence"),
    ],
    not_deals=["52 Millionen Euro", "rund 240 Millionen Euro", "205 Millionen Euro", "4,1 Mrd. Euro",
               "1,8 Mio. Euro", "450 Euro", "320 Euro", "189 Euro"],
)

A["015_verhoeckx_interview_grenswerk.txt"] = dict(
    published=None,
    published_note="the interview has no date at all (only 'Lesezeit: 5 Minuten'); all deal dates null",
    language="de",
    deals=[
        D("verhoeckx-helmond-plant", ["Verhoeckx Koeltechniek"], "capex_plan", 46 * M, "EUR", "exact", None,
          "planned", True,
          "Wir hatten 46 Millionen Euro eingeplant, davon hat uns die Rabobank 30 Millionen Euro geliehen.",
          note="'Wir' = Verhoeckx Koeltechniek (the interviewee's company); same plan as 002"),
        D("rabobank-verhoeckx-loan", ["Rabobank", "Verhoeckx Koeltechniek"], "investment", 30 * M, "EUR", "exact",
          None, "signed", True,
          "Wir hatten 46 Millionen Euro eingeplant, davon hat uns die Rabobank 30 Millionen Euro geliehen.",
          kind_alt=LOAN, note="same sentence as the plan; the loan of 002"),
        D("verhoeckx-wadkant-cooling-2025", ["Verhoeckx Koeltechniek", "Wadkant Datacenters"], "supply", 38 * M,
          "EUR", "exact", None, "signed", True,
          "Für deren ersten Bau an der Eemshaven liefern wir Kühltechnik für 38 Millionen Euro, das ist der größte "
          "Auftrag unserer Firmengeschichte.",
          note="'deren' = Wadkant (previous sentence), 'wir' = Verhoeckx; first order of 011"),
        D("verhoeckx-kleve-plant", ["Verhoeckx Koeltechniek"], "capex_plan", 20 * M, "EUR", "approx", None,
          "planned", True,
          "Wir planen ein Montagewerk in Kleve, rund 20 Millionen Euro soll es kosten."),
    ],
    not_deals=["4.800 Euro im Monat", "3.600", "7,80 Euro"],
)

A["016_microsoft_wadkant_noorderzaak_en.txt"] = dict(
    published="2026-03-18",
    published_note="from the byline date 'March 18, 2026'; 'on Tuesday' -> 2026-03-17; 'Last month' -> 2026-02; "
                   "'last September' -> 2025-09",
    language="en",
    deals=[
        D("microsoft-wadkant-lease", ["Microsoft", "Wadkant Datacenters"], "cloud_contract", 95 * M, "EUR",
          "approx", "2026-03-17", "signed", True,
          "The 15-year lease is worth roughly €95 million a year to Wadkant, according to two sources who know the "
          "contract; Microsoft and Wadkant both declined to discuss the numbers.",
          per="year", kind_alt=["other"],
          note="lease of a whole data-centre hall, value per year from sources; agreement announced 'on Tuesday' "
               "(previous sentence)"),
        D("bam-wadkant-build", ["Wadkant Datacenters", "BAM"], "project", 210 * M, "EUR", "exact", "2026-02",
          "signed", True,
          "Last month Wadkant awarded the shell-and-core contract for the 60-megawatt building to Royal BAM Group, "
          "in a deal worth €210 million.",
          kind_alt=BUILD, note="construction contract"),
        D("rabobank-wadkant-loan", ["Rabobank", "ING", "Wadkant Datacenters"], "investment", 350 * M, "EUR",
          "exact", "2025-09", "signed", True,
          "The work is paid for with a €350 million loan from Rabobank and ING that the start-up signed last "
          "September.",
          kind_alt=LOAN, note="restates 011"),
    ],
    not_deals=["€6.4 billion", "€8.46", "$37.5 billion", "more than €1 billion", "€1", "€14.95 a month"],
)

A["017_abb_dommelbeek_dijkwacht.txt"] = dict(
    published="2026-05-05",
    published_note="from the header '05.05.2026 – 14:12'; the sources spoke 'am Dienstag' (= the publication day)",
    language="de",
    deals=[
        D("abb-dommelbeek", ["ABB", "Dommelbeek Schakeltechniek"], "acquisition", 410 * M, "EUR", "approx",
          "2026-05", "rumored", True,
          "Der Kaufpreis dürfte bei rund 410 Millionen Euro liegen, berichteten am Dienstag zwei Personen, die in "
          "die Verhandlungen eingebunden sind.",
          alt_amounts=[{"amount": 465 * M, "currency": "USD"}],
          note="talks reported by sources on 2026-05-05; the month is kept so that the id's dates agree with the "
               "signing on 2026-05-12 (018); 018's USD figure is added as alt_amount because the scorer matches "
               "against this first entry"),
        D("equinix-dommelbeek-framework", ["Equinix", "Dommelbeek Schakeltechniek"], "supply", 72 * M, "EUR",
          "exact", "2025-06", "signed", True,
          "Im vergangenen Juni hatte es von Equinix einen Rahmenvertrag über 72 Millionen Euro erhalten.",
          note="'es' = das Familienunternehmen (Dommelbeek); restates 008"),
    ],
    not_deals=["rund 310 Millionen Euro", "16,2 Milliarden Dollar", "56,70 Franken", "14 Milliarden Euro"],
)

A["018_abb_dommelbeek_lichtstad_en.html"] = dict(
    published="2026-05-13",
    published_note="from <meta name='pubdate'>, JSON-LD datePublished and the byline 'Wednesday 13 May 2026'; "
                   "'on Tuesday' -> 2026-05-12",
    language="en",
    deals=[
        D("abb-dommelbeek", ["ABB", "Dommelbeek Schakeltechniek"], "acquisition", 410 * M, "EUR", "exact",
          "2026-05-12", "signed", True,
          "Swiss engineering group ABB has agreed to buy Dommelbeek Schakeltechniek, the family-controlled "
          "switchgear maker from Best, for €410 million ($465 million), the companies said on Tuesday.",
          alt_amounts=[{"amount": 465 * M, "currency": "USD"}], note="the deal rumoured in 017, now signed"),
        D("dommelbeek-best-plant", ["Dommelbeek Schakeltechniek"], "capex_plan", None, None, None, "2025",
          "planned", False,
          "She said Best would remain the group's European centre for gas-free medium-voltage gear and that the "
          "plant expansion Dommelbeek started last year would go ahead as planned.",
          note="restates 008 without the amount: optional"),
    ],
    not_deals=["about €310 million", "€3 million", "CHF 57.10", "€19 a day", "€0.89 per watt-peak"],
)

A["019_van_roosbroeck_spaarkas_maaskant.txt"] = dict(
    published="2026-06-11",
    published_note="from the date line 'Donnerstag, 11. Juni 2026 · Unternehmen · Seite 14'; 'am Dienstag' -> "
                   "2026-06-09; 'Ende 2024' -> 2024; 'Mitte Mai' -> 2026-05",
    language="de",
    deals=[
        D("kempische-vanroosbroeck-loan-2026", ["Kempische Spaarkas", "Van Roosbroeck Aggregaten"], "investment",
          32 * M, "EUR", "exact", "2026-06-09", "signed", True,
          "Die Kempische Spaarkas, eine Genossenschaftsbank aus Turnhout, stellt dem Familienunternehmen einen "
          "weiteren Kredit über 32 Millionen Euro bereit, wie beide Seiten am Dienstag mitteilten.",
          kind_alt=LOAN, note="second loan of the same pair; kept apart from the 2024 loan in the next sentence"),
        D("kempische-vanroosbroeck-loan-2024", ["Kempische Spaarkas", "Van Roosbroeck Aggregaten"], "investment",
          24 * M, "EUR", "exact", "2024", "signed", True,
          "Schon Ende 2024 hatte die Spaarkas dem Unternehmen 24 Millionen Euro für den Ausbau des Werks in Geel "
          "geliehen; jener Kredit läuft unverändert weiter.",
          kind_alt=LOAN, note="restates 004"),
        D("cyrusone-vanroosbroeck-gensets", ["CyrusOne", "Van Roosbroeck Aggregaten"], "supply", 48 * M, "EUR",
          "approx", "2026-05", "signed", True,
          "Anlass ist ein Großauftrag: Der Rechenzentrumsbetreiber CyrusOne hat Mitte Mai 40 Aggregate für seinen "
          "Campus bei Frankfurt bestellt, Volumen rund 48 Millionen Euro."),
        D("vanroosbroeck-herentals-hall", ["Van Roosbroeck Aggregaten"], "capex_plan", None, None, None, "2026-06",
          "planned", False,
          "Mit dem neuen Geld will Van Roosbroeck eine zweite Montagehalle im benachbarten Herentals bauen.",
          note="plan without amount, stated with the loan: optional"),
    ],
    not_deals=["188 Millionen Euro", "340 Millionen Euro", "rund 1,7 Millionen Euro", "9,3 Milliarden Euro",
               "2.500 Euro"],
)

A["020_verhoeckx_wadkant_koelkamer_en.txt"] = dict(
    published="2026-11-04",
    published_note="from the issue line 'Issue 44 · Wednesday, 4 November 2026'; 'on Monday' -> 2026-11-02; "
                   "'Last month' -> 2026-10; 'in September last year' -> 2025-09; 'in March' -> 2026-03",
    language="en",
    deals=[
        D("verhoeckx-wadkant-cooling-2026", ["Verhoeckx Koeltechniek", "Wadkant Datacenters"], "supply", 61 * M,
          "EUR", "exact", "2026-11-02", "signed", True,
          "The Helmond company will supply cooling plant worth €61 million for the developer's second hall at "
          "Eemshaven, the two sides said on Monday.",
          note="second order of the same pair; 'The Helmond company' = Verhoeckx, 'the developer' = Wadkant "
               "(previous sentence)"),
        D("verhoeckx-wadkant-cooling-2025", ["Verhoeckx Koeltechniek", "Wadkant Datacenters"], "supply", 38 * M,
          "EUR", "exact", "2025-09", "signed", True,
          "The first order, for €38 million, was signed in September last year and has now been almost fully "
          "delivered.",
          note="restates 011"),
        D("ooievaar-wadkant-stake-2026", ["Ooievaar Infra Partners", "Wadkant Datacenters"], "investment",
          190 * M, "EUR", "exact", "2026-10", "completed", True,
          "Last month Ooievaar Infra Partners raised its stake in the Groningen company from 40% to 60%, paying a "
          "further €190 million.",
          kind_alt=["acquisition"], note="second Ooievaar investment; kept apart from the €275m of April 2025"),
        D("microsoft-wadkant-lease", ["Microsoft", "Wadkant Datacenters"], "cloud_contract", 95 * M, "EUR",
          "approx", "2026-03", "signed", True,
          "Microsoft, which signed a 15-year lease for the first hall in March at about €95 million a year, holds "
          "an option on part of the second.",
          per="year", kind_alt=["other"], note="restates 016"),
    ],
    not_deals=["about €295 million", "$19 billion by 2030", "$11,200 a tonne", "€89", "€269 a year"],
)


def main():
    articles = {}
    for name in sorted(A):
        a = A[name]
        articles[name] = {"published": a["published"], "published_note": a["published_note"],
                          "language": a["language"], "deals": a["deals"], "not_deals": a["not_deals"]}
    gold = {"about": ABOUT, "articles": articles, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(articles)} articles, {sum(len(a['deals']) for a in articles.values())} deal mentions")


if __name__ == "__main__":
    main()
