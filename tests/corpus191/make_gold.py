#!/usr/bin/env python3
"""Write gold.json for tests/corpus191 (the hand annotation as a script).

Usage: python3 tests/corpus191/make_gold.py
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 191st held-out test corpus (tests/corpus191/articles/), theme: bicycles "
    "and e-bikes (e-bike makers, drive and battery suppliers, bike leasing and sharing, and where that trade "
    "meets AI infrastructure: a data-centre campus on a former bicycle factory site, e-bike battery makers "
    "supplying data-centre backup power, GPU and cloud contracts of bike companies). Written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. One entry per article; a deal that several articles report carries "
    "the same id in each. 'required': false marks vague or background mentions that an extractor may report "
    "or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a "
    "deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx "
    "| up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the "
    "same deal's amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved "
    "against the article's publication date ('published', from the article's own date marker, dateline, "
    "<meta>/<time>, issue line or visible byline date, or null when the article has none); quarters, "
    "half-years and seasons become the year; a cancelled deal keeps the date of the original agreement, "
    "offer or report; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur "
    "in the visible text (check_corpus_gold.visible_text). Invented companies: Rinkelbach Zweirad GmbH, "
    "Nethegau Datenhallen GmbH, Stadt Nethewalde, Tretwerk Akkusysteme GmbH, Hartsop Compute, Wegwarte AI, "
    "Ostrach Capital, Dalsland Cykel AB, Gravelhorn AG, Sihlbrugg Invest, Haverwick Partners, Pedlingham "
    "Cycles, Tollbar Mobility, Tamsui Cycle Works, Bankhaus Ottersleben, Nordwind Dienstrad, Förderad "
    "Leasing, Ashgill Capital, Kisoji Sensing, Yongchuan Power Cells, Tamhini Cycle Industries, Konkan Ridge "
    "Capital; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly loosely based on public reports (with "
    "amounts, dates and details shifted), partly invented. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
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


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ARTICLES = {}

ARTICLES["001_rinkelbach_gelaende_nethebote.txt"] = A(
    "2024-03-14",
    "from the header 'Lokales · Nethewalde · Donnerstag, 14. März 2024'; 'am Dienstag' -> 2024-03-12, 'am Mittwochabend' -> 2024-03-13",
    "de",
    [
        D("rinkelbach-nethegau-land", ["Rinkelbach Zweirad", "Nethegau Datenhallen"], "acquisition",
          14500000, "EUR", "exact", "2024-03-12", "signed",
          "14,5 Millionen Euro erlöst die Rinkelbach Zweirad GmbH für das Gelände ihres früheren Rahmenwerks am Ostufer der Nethe.",
          kind_alt=["other"],
          note="land sale, amount first; the buyer ('Erwerberin ist die Nethegau Datenhallen GmbH') and the notarised signing 'am Dienstag' are in the next sentences; restated without amount in 008"),
        D("nethegau-campus-capex", ["Nethegau Datenhallen"], "capex_plan",
          480000000, "EUR", "up_to", "2024-03-13", "planned",
          "Das Unternehmen will in drei Bauabschnitten bis zu 480 Millionen Euro in einen Rechenzentrumscampus mit zunächst 60 Megawatt Anschlussleistung investieren.",
          kind_alt=["project"],
          note="'Das Unternehmen' = the buyer Nethegau Datenhallen ('die Käuferin', previous sentence), presented 'am Mittwochabend'"),
    ],
    ["212 Millionen Euro", "248 Millionen", "158 Euro pro Quadratmeter", "41 Euro",
     "rund drei Millionen Euro jährlich", "4,7 Millionen Euro", "1,2 Millionen Euro", "59 Euro", "2.799 Euro"],
)

ARTICLES["002_freewheel_letter_april_en.txt"] = A(
    "2024-04-26",
    "from the issue line 'Issue 12 — Friday, 26 April 2024'; 'closed on Wednesday' -> 2024-04-24; 'last month' -> 2024-03",
    "en",
    [
        D("ostrach-wegwarte-seriesa", ["Ostrach Capital", "Wegwarte AI"], "investment",
          12000000, "EUR", "exact", "2024-04-24", "completed",
          "Wegwarte AI has pulled in a €12 million Series A.",
          note="lead investor in the next sentence ('Ostrach Capital, the Munich growth fund, led the round, which closed on Wednesday'); the €48m pre-money valuation is not a deal"),
        D("wegwarte-hartsop-gpu", ["Wegwarte AI", "Hartsop Compute"], "cloud_contract",
          900000, "GBP", "approx", "2024-04", "signed",
          "It will pay Hartsop roughly £900,000 a month, Fauster confirmed.",
          per="month", term=["2024-05", "2026-04"],
          note="monthly rate of a two-year GPU cluster rental from May; 'It' = Wegwarte (previous sentence); signing day not given -> month of the issue"),
        D("pon-dalsland", ["Pon Holdings", "Dalsland Cykel"], "acquisition",
          1150000000, "SEK", "exact", "2024-03", "signed",
          "Dutch mobility group Pon Holdings agreed last month to acquire Dalsland Cykel AB, the Trollhättan maker of family cargo bikes, for SEK 1.15 billion, or about €100 million.",
          alt=[(100000000, "EUR")]),
    ],
    ["€48 million", "$30,000", "SEK 640 million", "€2,950", "$52bn", "£249"],
)

ARTICLES["003_shimano_gravelhorn_boersenpedal.txt"] = A(
    "2024-06-18",
    "from the stock-portal stamp '18.06.2024 | 07:58'; 'am Montagabend' -> 2024-06-17; 'im Januar' -> 2024-01",
    "de",
    [
        D("shimano-gravelhorn-25pct", ["Shimano", "Gravelhorn"], "acquisition",
          38000000, "CHF", "approx", "2024-06-17", "signed",
          "Wie das Unternehmen aus Winterthur am Montagabend mitteilte, übernimmt Shimano 25 Prozent der Anteile für rund 38 Millionen Franken, umgerechnet etwa 40 Millionen Euro.",
          kind_alt=["investment"], alt=[(40000000, "EUR")],
          note="'das Unternehmen aus Winterthur' = Gravelhorn AG (previous sentence); minority stake; different from Shimano's step-up to 51 % in 2025 (012)"),
        D("sihlbrugg-gravelhorn-round", ["Sihlbrugg Invest", "Gravelhorn"], "investment",
          22000000, "CHF", "exact", "2024-01", "completed",
          "Erst im Januar hatte die Zürcher Beteiligungsgesellschaft Sihlbrugg Invest eine Finanzierungsrunde über 22 Millionen Franken angeführt.",
          note="round led by Sihlbrugg; Gravelhorn named at the start of the paragraph"),
    ],
    ["rund 150 Millionen Franken", "29.000 Yen", "108,4 Milliarden Yen", "14,1 Milliarden Yen", "25.860 Yen",
     "153,20 €", "198,50 TWD", "über 6.000 Franken", "1 Euro", "25 Euro monatlich"],
)

ARTICLES["004_pedlingham_haverwick_digbethcourier_en.html"] = A(
    "2024-10-03",
    "from <meta property='article:published_time'>, <time datetime> and the byline 'Thursday 3 October 2024, 6:00 am'; 'on Tuesday' -> 2024-10-01; 'Last month' -> 2024-09",
    "en",
    [
        D("haverwick-pedlingham-loan", ["Haverwick Partners", "Pedlingham Cycles"], "other",
          25000000, "GBP", "exact", "2024-10-01", "signed",
          "Pedlingham Cycles, the Digbeth maker of folding electric bikes, has secured a £25 million loan from the London investment firm Haverwick Partners, easing a cash squeeze that had forced it to put staff on a four-day week over the summer.",
          kind_alt=["investment"], term=["2024-10", "2029-10"],
          note="five-year loan with warrants, signed 'on Tuesday' (next sentence); restated in 014; different from Haverwick's takeover (014 rumoured, 018 signed) and the break fee (018)"),
        D("tollbar-pedlingham-order-2024", ["Tollbar Mobility", "Pedlingham Cycles"], "supply",
          11000000, "GBP", "approx", "2024-09", "signed",
          "Last month Tollbar agreed to buy 6,000 of Pedlingham's cargo-ready folding bikes over 18 months in a contract worth around £11 million, the largest in the firm's 14-year history.",
          term=["2025-01", "2026-06"],
          note="first Tollbar order; different from the 2026 second order and servicing contract (018)"),
    ],
    ["£9.4 million", "£61 million", "£1,895", "£2 million", "£32 a week", "£79"],
)

ARTICLES["005_yamaha_brose_nabenbrief.txt"] = A(
    "2025-04-03",
    "dateline without year 'Berlin, 3. April (nb)'; the year from the copyright line '© 2025 Nabenbrief'; 'am Dienstag' -> 2025-04-01; 'vergangene Woche' -> 2025-03",
    "de",
    [
        D("yamaha-brose-ebike", ["Yamaha Motor", "Brose"], "acquisition",
          None, None, None, "2025-04-01", "signed",
          "Wie das Familienunternehmen aus Coburg am Dienstag mitteilte, übernimmt die Yamaha Motor die Berliner Antriebssparte samt Entwicklung, Prüfständen und rund 120 Beschäftigten.",
          note="purchase price not disclosed ('Einen Kaufpreis nannten beide Seiten nicht'); 'das Familienunternehmen aus Coburg' = Brose; antitrust approval pending -> signed; 013 reports the completion"),
        D("brose-yamaha-contract-manufacturing", ["Brose", "Yamaha Motor"], "supply",
          45000000, "EUR", "approx", "2025-04-01", "signed",
          "Branchenkreise beziffern diesen Fertigungsauftrag auf rund 45 Millionen Euro; offiziell bestätigt ist die Zahl nicht.",
          term=["2025", "2027"],
          note="Brose keeps building motors for Yamaha for up to two years ('Der Konzern', 'der Yamaha-Tochter', previous sentence); value only from industry sources; different deal from the acquisition"),
        D("rinkelbach-tretwerk-packs", ["Rinkelbach Zweirad", "Tretwerk Akkusysteme"], "supply",
          30000000, "EUR", "approx", "2025-03", "signed",
          "Der Vertrag über knapp 30 Millionen Euro mit drei Jahren Laufzeit wurde vergangene Woche unterzeichnet, sagte Tretwerk-Geschäftsführer Matthias Oelschlegel dem Nabenbrief.",
          note="'knapp' = just under -> approx; buyer Rinkelbach Zweirad in the previous sentence"),
    ],
    ["rund 50 Millionen Euro", "knapp acht Milliarden Euro", "gut 150 Millionen Euro im Jahr", "2,10 Euro",
     "390 Euro", "2.650 Euro", "89 Euro"],
)

ARTICLES["006_ebike_sector_cassockhill_en.txt"] = A(
    "2025-05-14",
    "from the column line 'Guest column | Wednesday 14 May 2025'; 'last month' -> 2025-04; 'in April' -> 2025-04; 'last year' -> 2024",
    "en",
    [
        D("lime-tamsui-order", ["Lime", "Tamsui Cycle Works"], "supply",
          3200000000, "TWD", "exact", "2025-04", "signed",
          "Lime will pay TWD 3.2 billion, roughly a hundred million dollars, for about 40,000 of its next-generation bikes, with deliveries running to the end of 2026.",
          alt=[(100000000, "USD")], term=[None, "2026-12"],
          note="USD amount in words; the order was placed 'last month' (previous sentence, which names Tamsui Cycle Works)"),
        D("kkr-accell-recap", ["KKR", "Accell Group"], "investment",
          200000000, "EUR", "approx", "2024", "completed",
          "Accell Group, the Dutch owner of Batavus and Raleigh, went through a painful restructuring last year in which its private-equity owner KKR and a group of lenders put in about €200 million of new equity and wrote down part of the debt.",
          required=False,
          note="background restructuring; the equity comes from KKR together with unnamed lenders, so the figure is not KKR's alone"),
        D("giant-automation-capex", ["Giant Manufacturing"], "capex_plan",
          2500000000, "TWD", "up_to", "2025-04", "planned",
          "The Taichung group intends to spend up to TWD 2.5 billion over three years on automation at its plants in Taiwan and Hungary, management told investors in April, even as it guides to another year of falling unit sales.",
          required=False,
          note="group-wide capital-spending plan, 'The Taichung group' = Giant (previous sentence)"),
    ],
    ["TWD 11.8 billion", "$68 billion", "TWD 215", "TWD 176.5"],
)

ARTICLES["007_hartsop_tretwerk_hotaisleherald_en.txt"] = A(
    "2025-06-10",
    "from the issue line 'Vol. 4, No. 23 | 10 June 2025'; 'on Monday' -> 2025-06-09",
    "en",
    [
        D("hartsop-tretwerk-bbu", ["Hartsop Compute", "Tretwerk Akkusysteme"], "supply",
          40000000, "GBP", "range", "2025", "rumored",
          "The order would cover the three new halls Hartsop is fitting out in Stourton and is valued at between £40 million and £50 million, according to one of the two.",
          amount_max=50000000, alt=[(46000000, "GBP"), (53000000, "EUR")],
          note="talks reported by two sources; parties in the previous sentence; 011 reports the signing at £46m (€53m) on 2025-10-14, 010 the talks without amount, 016 restates it at €53m; the year keeps the shared id's dates consistent"),
        D("ashgill-hartsop-round", ["Ashgill Capital", "Hartsop Compute"], "investment",
          150000000, "GBP", "at_least", "2025-06-09", "completed",
          "Hartsop on Monday closed an equity round of more than £150 million led by Ashgill Capital, the London infrastructure investor, with existing backers following on.",
          note="lead investor only; the £620m valuation is not a deal"),
    ],
    ["£210 per kWh", "about £620 million", "£1.3bn", "£4,300", "£78,000", "£85,000"],
)

ARTICLES["008_nethegau_hartsop_serverzeile.txt"] = A(
    "2025-07-08",
    "from the header 'Di., 08.07.2025 · 09:30'; 'am Montag' -> 2025-07-07",
    "de",
    [
        D("hartsop-nethegau-lease", ["Hartsop Compute", "Nethegau Datenhallen"], "other",
          38000000, "EUR", "approx", "2025-07-07", "signed",
          "Die Briten zahlen dafür jährlich rund 38 Millionen Euro, inklusive Netzdurchleitung, aber ohne die Energie selbst.",
          kind_alt=["cloud_contract", "supply"], per="year", term=["2027-01", "2041"],
          note="15-year lease of a data hall; 'Die Briten' = Hartsop Compute (previous sentence, confirmed 'am Montag'); yearly rate"),
        D("ottersleben-nethegau-loan", ["Bankhaus Ottersleben", "Nethegau Datenhallen"], "other",
          260000000, "EUR", "exact", "2025-07", "signed",
          "Ein Konsortium unter Führung des Bankhauses Ottersleben stellt Nethegau einen Baukredit über 260 Millionen Euro bereit, abgesichert unter anderem durch den nun unterschriebenen Mietvertrag.",
          kind_alt=["investment"],
          note="construction loan; lead bank of a consortium (genitive 'des Bankhauses Ottersleben')"),
        D("rinkelbach-nethegau-land", ["Nethegau Datenhallen", "Rinkelbach Zweirad"], "acquisition",
          None, None, None, "2024-03", "completed",
          "Nethegau hatte das 9,2 Hektar große Areal im März 2024 vom Fahrradhersteller Rinkelbach gekauft.",
          required=False, kind_alt=["other"],
          note="amount-less background restatement of the 2024 land purchase (001)"),
    ],
    ["rund 620 Millionen Pfund", "17 Cent je Kilowattstunde", "9 und 11 Millionen Euro"],
)

ARTICLES["009_fahrrad_liveticker_kettenblatt.txt"] = A(
    "2025-08-20",
    "from the ticker header 'Mittwoch, 20. August 2025' with entries by time; 'am Montag' -> 2025-08-18; 'heute Vormittag' -> 2025-08-20",
    "de",
    [
        D("pon-rinkelbach-denied", ["Pon Holdings", "Rinkelbach Zweirad"], "acquisition",
          90000000, "EUR", "approx", "2025-08-20", "cancelled",
          "Rinkelbach Zweirad weist Berichte zurück, wonach der Fahrradkonzern Pon für rund 90 Millionen Euro bei dem ostwestfälischen E-Bike-Hersteller einsteigen wolle.",
          required=False, kind_alt=["investment"],
          note="rumour from a blog, denied by Rinkelbach the same day; optional"),
        D("rebirth-cowboy-bridge", ["Rebirth", "Cowboy"], "other",
          4000000, "EUR", "approx", "2025-08-18", "signed",
          "Nach Angaben aus Brüssel geht es zunächst um rund vier Millionen Euro; die Vereinbarung sei bereits am Montag unterzeichnet worden.",
          kind_alt=["investment"],
          note="bridge financing, amount in words; parties in the previous sentence (Rebirth, 'dem angeschlagenen Brüsseler E-Bike-Anbieter' = Cowboy); different from Rebirth's 80 % purchase in October (012, 015)"),
        D("ottersleben-nordwind-line", ["Bankhaus Ottersleben", "Nordwind Dienstrad"], "other",
          150000000, "EUR", "exact", "2025-08-20", "signed",
          "Nordwind Dienstrad bekommt frisches Geld für den Leasingboom: Der Hamburger Anbieter von Dienstrad-Leasing hat sich heute Vormittag eine Refinanzierungslinie über 150 Millionen Euro beim Bankhaus Ottersleben gesichert.",
          kind_alt=["investment"],
          note="refinancing credit line for a bike-leasing company"),
    ],
    ["20.150 Yen", "162,0 TWD", "17,90 Euro", "knapp 22 Millionen Euro", "gut 900 Millionen Euro",
     "3,4 Milliarden Euro", "899 Euro"],
)

ARTICLES["010_tretwerk_ostrach_muldenblick.html"] = A(
    "2025-09-24",
    "from <meta name='date'>, <time datetime> and the line 'Mittweida · 24.09.2025, 06:30 Uhr'; 'am Dienstag' -> 2025-09-23",
    "de",
    [
        D("ostrach-tretwerk-round", ["Ostrach Capital", "Tretwerk Akkusysteme"], "investment",
          35000000, "EUR", "exact", "2025-09-23", "completed",
          "Der Mittweidaer Akkuhersteller Tretwerk Akkusysteme hat eine Finanzierungsrunde über 35 Millionen Euro abgeschlossen.",
          note="lead investor in the next sentence ('Lead-Investor ist die Münchner Ostrach Capital, teilte das Unternehmen am Dienstag mit'); the state aid of €9.2m is not a deal"),
        D("hartsop-tretwerk-bbu", ["Tretwerk Akkusysteme", "Hartsop Compute"], "supply",
          None, None, None, "2025", "negotiating",
          "Tretwerk verhandelt nach eigenen Angaben mit dem Leedser GPU-Cloud-Anbieter Hartsop Compute über die Notstromanlagen für drei neue Rechenzentrumshallen.",
          required=False,
          note="the talks of 007 without amount ('Zum Volumen wollte Oelschlegel nichts sagen'); optional"),
    ],
    ["41 Millionen Euro", "9,2 Millionen Euro", "2.900 Euro", "6,4 Millionen Euro", "4.990 Euro", "0,99 Euro",
     "8,90 Euro monatlich"],
)

ARTICLES["011_hartsop_tretwerk_penninewire_en.txt"] = A(
    "2025-10-15",
    "from the wire stamp 'October 15, 2025 07:12 BST' and the dateline 'LEEDS, Oct 14'; 'on Tuesday' -> 2025-10-14; 'Earlier this month' -> 2025-10",
    "en",
    [
        D("hartsop-tretwerk-bbu", ["Hartsop Compute", "Tretwerk Akkusysteme"], "supply",
          46000000, "GBP", "exact", "2025-10-14", "signed",
          "Hartsop Compute has signed a contract worth £46 million with Tretwerk Akkusysteme to supply battery backup systems for three data halls it is building on the edge of Leeds, the company said on Tuesday, ending four months of talks.",
          alt=[(53000000, "EUR")], term=["2026", "2027"],
          note="signing of the talks reported in 007 and 010; EUR equivalent in the next sentence; deliveries from Q2 2026 to the end of 2027"),
        D("hartsop-nvidia-gpus", ["Hartsop Compute", "Nvidia"], "supply",
          310000000, "USD", "approx", "2025-10", "signed",
          "Earlier this month it agreed to buy roughly $310m of Nvidia's Blackwell-generation systems, a person with knowledge of the order said, to fill the new halls and a leased building in Germany.",
          note="'it' = Hartsop (previous sentence); value from one source"),
    ],
    ["£190 per kilowatt-hour", "£95 million", "£38 million", "more than £300 million"],
)

ARTICLES["012_rebirth_cowboy_wirtschaftsbote.txt"] = A(
    "2025-10-16",
    "from the issue line 'Donnerstag, 16. Oktober 2025 · Unternehmen · Seite 14'; 'am Mittwoch' -> 2025-10-15",
    "de",
    [
        D("rebirth-cowboy-stake", ["Rebirth", "Cowboy"], "acquisition",
          16000000, "EUR", "approx", "2025-10-15", "signed",
          "Der Fahrradkonzern Rebirth übernimmt 80 Prozent an dem Brüsseler Hersteller vernetzter E-Bikes und zahlt dafür rund 16 Millionen Euro.",
          kind_alt=["investment"], alt=[(18500000, "USD")],
          note="80 % stake; 'dem Brüsseler Hersteller' = Cowboy (previous sentence); announced 'am Mittwoch' (next sentence), closing expected end of October; 015 retells it in USD ($18.5m, 'in October'); different from the August bridge financing (009)"),
        D("shimano-gravelhorn-51pct", ["Shimano", "Gravelhorn"], "acquisition",
          41000000, "CHF", "exact", "2025-10", "signed",
          "Der japanische Komponentenhersteller erhöht seinen Anteil an der Schweizer E-Bike-Marke Gravelhorn von 25 auf 51 Prozent und zahlt dafür weitere 41 Millionen Franken.",
          kind_alt=["investment"],
          note="'Der japanische Komponentenhersteller' = Shimano (heading 'Shimano baut Beteiligung aus'); second Shimano-Gravelhorn deal, different from the 25 % stake of 2024 (003); no day given -> month of the issue"),
        D("nordwind-foerderad", ["Nordwind Dienstrad", "Förderad Leasing"], "acquisition",
          None, None, None, "2025-10", "announced",
          "Der Hamburger Dienstrad-Leasinganbieter Nordwind Dienstrad kündigte an, den Kieler Wettbewerber Förderad Leasing zu übernehmen; unterschrieben werden soll bis Jahresende.",
          note="announced, not yet signed; price not disclosed; a named takeover, so required"),
    ],
    ["mehr als 100 Millionen Euro", "rund 34 Millionen Euro", "knapp 22 Millionen Euro",
     "zwischen 20 und 22 Millionen Euro", "rund zwei Millionen Euro im Jahr", "3.550 Euro", "1,3 Milliarden Euro",
     "34,90 Euro"],
)

ARTICLES["013_shimano_kisoji_enshuherald_en.txt"] = A(
    "2025-11-06",
    "from the stamp 'Updated Nov 6, 2025 6:20 PM JST'; 'on Wednesday' -> 2025-11-05; 'last month' -> 2025-10; 'agreed in April' -> 2025-04",
    "en",
    [
        D("shimano-kisoji", ["Shimano", "Kisoji Sensing"], "acquisition",
          8400000000, "JPY", "exact", "2025-11-05", "signed",
          "Shimano Inc. will acquire Kisoji Sensing, a Kyoto start-up that makes torque and cadence sensors with on-chip AI for electric bicycles, for 8.4 billion yen ($55 million), the bicycle parts maker said on Wednesday.",
          alt=[(55000000, "USD")]),
        D("yamaha-brose-ebike", ["Yamaha Motor", "Brose"], "acquisition",
          None, None, None, "2025-04", "completed",
          "Yamaha completed the purchase of Brose's Berlin drive-unit business in July, a deal it agreed in April without disclosing a price, and last month it paid 1.9 billion New Taiwan dollars for a 15% stake in Tamsui Cycle Works, the Taiwanese contract manufacturer that assembles e-bikes for several European brands.",
          required=False,
          note="background restatement of 005 without amount; dated to the April agreement, completed in July"),
        D("yamaha-tamsui-stake", ["Yamaha Motor", "Tamsui Cycle Works"], "acquisition",
          1900000000, "TWD", "exact", "2025-10", "completed",
          "Yamaha completed the purchase of Brose's Berlin drive-unit business in July, a deal it agreed in April without disclosing a price, and last month it paid 1.9 billion New Taiwan dollars for a 15% stake in Tamsui Cycle Works, the Taiwanese contract manufacturer that assembles e-bikes for several European brands.",
          kind_alt=["investment"],
          note="second deal in the same sentence as the Brose restatement; amount in words ('1.9 billion New Taiwan dollars')"),
    ],
    ["about 900 million yen", "1,118 yen", "17,450 yen", "331 billion yen", "45 billion yen", "21,000 yen",
     "3,300 yen a month"],
)

ARTICLES["014_pedlingham_haverwick_sandwell_en.txt"] = A(
    "2025-12-06",
    "from the line 'Business · Saturday 6 December 2025'; the rumour is dated to the month of the report; 'In October 2024' -> 2024-10",
    "en",
    [
        D("haverwick-pedlingham-takeover", ["Haverwick Partners", "Pedlingham Cycles"], "acquisition",
          70000000, "GBP", "approx", "2025-12", "rumored",
          "Haverwick is weighing an offer that would value Pedlingham's equity at about £70 million, the trio said, declining to be identified as the plans have not been made public.",
          alt=[(68000000, "GBP")],
          note="takeover plan from three sources, no approach yet; the equity value of a full takeover is the price; 018 reports the signed £68m deal (alt_amounts) on 2026-03-16"),
        D("haverwick-pedlingham-loan", ["Haverwick Partners", "Pedlingham Cycles"], "other",
          25000000, "GBP", "exact", "2024-10", "signed",
          "In October 2024 it lent the company £25 million over five years, a facility that came with warrants that would give it roughly 18% of the shares if exercised.",
          kind_alt=["investment"],
          note="restatement of the 2024 loan (004); 'it' = Haverwick, 'the company' = Pedlingham; a different deal from the takeover"),
    ],
    ["£66.5 million", "£3.1 million", "£1,950", "between £55 million and £75 million", "£1.8 billion", "$1.33",
     "£495"],
)

ARTICLES["015_cowboy_lime_kickstand_en.html"] = A(
    "2026-01-21",
    "from <meta name='parsely-pub-date'> and the byline 'Jan 21, 2026'; 'on Tuesday' -> 2026-01-20; 'in October' -> 2025-10",
    "en",
    [
        D("rebirth-cowboy-stake", ["Rebirth", "Cowboy"], "acquisition",
          18500000, "USD", "approx", "2025-10", "completed",
          "Rebirth paid about $18.5 million in October for 80% of Cowboy, a fraction of the more than $115 million the start-up raised from venture investors, and has since closed the Brussels flagship store and moved customer service to Lille.",
          kind_alt=["investment"],
          note="the deal of 012 retold in USD with only the month; the $115m raised in total is not a deal"),
        D("lime-wegwarte-licence", ["Lime", "Wegwarte AI"], "other",
          6000000, "USD", "approx", "2026-01-20", "signed",
          "Lime will pay about $6 million a year for three years to run Wegwarte's models on the cameras already fitted to its newest e-bikes, the companies said on Tuesday.",
          kind_alt=["partnership", "cloud_contract"], per="year", term=["2026", "2028"],
          note="software licence, yearly rate"),
    ],
    ["more than $115 million", "$2,400", "$279", "about $930 million", "$2,000", "$89", "$12 monthly",
     "$120 yearly"],
)

ARTICLES["016_tretwerk_interview_zellwerk.txt"] = A(
    None,
    "interview without any date (only 'Lesedauer: 8 Minuten'); deals it restates or reports get date null unless the text names the year",
    "de",
    [
        D("hartsop-tretwerk-bbu", ["Hartsop Compute", "Tretwerk Akkusysteme"], "supply",
          53000000, "EUR", "approx", None, "signed",
          "Der Auftrag über rund 53 Millionen Euro ist für uns eine andere Liga; das ist mehr, als wir in einem guten Jahr insgesamt umsetzen.",
          note="the Hartsop contract of 011 restated in EUR; Hartsop in the previous sentence, 'uns'/'wir' = Tretwerk"),
        D("yongchuan-tretwerk-offer", ["Yongchuan Power Cells", "Tretwerk Akkusysteme"], "acquisition",
          120000000, "EUR", "approx", "2024", "cancelled",
          "Yongchuan Power Cells wollte uns damals für rund 120 Millionen Euro komplett übernehmen.",
          note="refused takeover offer ('Die Antwort war ein höfliches Nein'); 'damals' = 2024 (the question)"),
        D("tretwerk-second-hall-capex", ["Tretwerk Akkusysteme"], "capex_plan",
          60000000, "EUR", "approx", None, "planned",
          "Dafür wollen wir bis Ende 2027 rund sechzig Millionen Euro investieren, davon ein Drittel in Prüfstände und Brandschutz.",
          kind_alt=["project"],
          note="amount in words; second hall in Mittweida; undated interview -> date null"),
    ],
    ["25 Euro", "3.600 Euro", "zwischen 5.000 und 6.500 Euro", "250 Millionen Euro", "12,50 Euro", "98 Euro"],
)

ARTICLES["017_tamhini_bosch_bhimabusinessline_en.txt"] = A(
    "2026-03-04",
    "from the stamp 'Last Updated: March 04, 2026, 11:05 IST'; 'on Tuesday' -> 2026-03-03",
    "en",
    [
        D("konkan-tamhini-round", ["Konkan Ridge Capital", "Tamhini Cycle Industries"], "investment",
          4500000000, "INR", "exact", "2026-03-03", "completed",
          "Tamhini Cycle Industries, the Pune-based maker of electric bicycles and cargo tricycles, has raised ₹450 crore (about $52 million) from investors led by Konkan Ridge Capital, the company said on Tuesday.",
          alt=[(52000000, "USD")],
          note="₹450 crore = INR 4.5 billion; lead investor only; the ₹2,100 crore valuation is not a deal"),
        D("bosch-tamhini-drives", ["Bosch", "Tamhini Cycle Industries"], "supply",
          6000000000, "INR", "approx", "2026-03", "signed",
          "The supply contract is worth about ₹600 crore over its life, Dharwadkar said, and is the German company's largest with an Indian bicycle maker.",
          term=["2026", "2029"],
          note="₹600 crore = INR 6 billion over three years; parties in the previous sentence (Tamhini, Bosch eBike Systems); signed 'Alongside the round', no day -> month"),
    ],
    ["₹2,100 crore", "₹1,100 crore", "₹312 crore", "₹41 crore", "₹10,000 per e-cycle", "₹45,000",
     "₹3.5 crore an acre"],
)

ARTICLES["018_haverwick_pedlingham_lickeyhillspost_en.txt"] = A(
    "2026-03-17",
    "from the line 'Business | Tuesday, 17 March 2026'; 'signed on Monday' -> 2026-03-16; 'last week' -> 2026-03",
    "en",
    [
        D("haverwick-pedlingham-takeover", ["Haverwick Partners", "Pedlingham Cycles"], "acquisition",
          68000000, "GBP", "exact", "2026-03-16", "signed",
          "Pedlingham Cycles has agreed to be bought by its lender, Haverwick Partners, in a deal worth £68 million, ending three months of speculation over who would own the Digbeth folding-bike maker.",
          note="signing of the takeover rumoured in 014; signed 'on Monday' (next sentence)"),
        D("haverwick-pedlingham-breakfee", ["Pedlingham Cycles", "Haverwick Partners"], "other",
          1400000, "GBP", "exact", "2026-03-16", "signed",
          "Should Pedlingham's board switch its support to a rival bidder, the company would owe Haverwick a break fee of £1.4 million.",
          required=False,
          note="conditional break fee in the takeover agreement; optional"),
        D("tollbar-pedlingham-service", ["Tollbar Mobility", "Pedlingham Cycles"], "other",
          1100000, "GBP", "exact", "2026-03", "signed",
          "The Manchester rental company last week signed a servicing contract under which Pedlingham will maintain Tollbar's fleet of 9,000 bikes for £1.1 million a quarter, on top of a second order for 2,500 new bikes worth around £4.6 million.",
          kind_alt=["supply"], per="quarter",
          note="quarterly rate; 'The Manchester rental company' = Tollbar Mobility (previous sentence); two deals in one sentence"),
        D("tollbar-pedlingham-order-2026", ["Tollbar Mobility", "Pedlingham Cycles"], "supply",
          4600000, "GBP", "approx", "2026-03", "signed",
          "The Manchester rental company last week signed a servicing contract under which Pedlingham will maintain Tollbar's fleet of 9,000 bikes for £1.1 million a quarter, on top of a second order for 2,500 new bikes worth around £4.6 million.",
          note="second Tollbar order, different from the 2024 order (004) and from the servicing contract in the same sentence"),
    ],
    ["410p", "£1.2 million", "between £1,795 and £2,450", "402p", "620p", "£8,950"],
)

ARTICLES["019_bosch_microsoft_aktienwippe.txt"] = A(
    "2026-06-03",
    "from the stock-portal stamp '03.06.2026 - 17:45:10'; 'am Dienstag' -> 2026-06-02",
    "de",
    [
        D("bosch-microsoft-azure", ["Bosch", "Microsoft"], "cloud_contract",
          70000000, "EUR", "approx", "2026-06-02", "signed",
          "Das Volumen liege bei rund 70 Millionen Euro, verlautete am Dienstag aus Unternehmenskreisen; offiziell nannte Bosch keine Zahl.",
          term=["2026", "2031"],
          note="five-year Azure contract of Bosch eBike Systems; parties in the previous sentences ('Der Konzern'); value from company sources"),
        D("ashgill-nordwind-stake", ["Ashgill Capital", "Nordwind Dienstrad"], "acquisition",
          180000000, "EUR", "range", "2026-06", "negotiating",
          "Als Preis für das Paket würden zwischen 180 und 200 Millionen Euro diskutiert, hieß es.",
          amount_max=200000000, kind_alt=["investment"],
          note="talks about 60 % (previous sentence, 'nach Informationen aus Finanzkreisen'); no day -> month"),
    ],
    ["19.320 JPY", "141,50 TWD", "1.204 JPY", "15,36 €", "398,70 €", "22.500 Yen", "7,8 Milliarden Euro",
     "1,1 Milliarden Euro", "24 Millionen Euro", "18.900 Yen", "20.500 Yen", "150 Euro Prämie"],
)

ARTICLES["020_tamsui_rinkelbach_kreisblatt.txt"] = A(
    "2026-11-13",
    "from the issue line 'Nr. 46 · Freitag, 13. November 2026'; 'seit Juli; drei Monate später' -> 2026-10; 'im Frühjahr' -> 2026",
    "de",
    [
        D("tamsui-rinkelbach", ["Tamsui Cycle Works", "Rinkelbach Zweirad"], "acquisition",
          90000000, "EUR", "at_least", "2026-10", "signed",
          "Tamsui Cycle Works aus Neu-Taipeh übernimmt sämtliche Anteile des E-Bike-Herstellers und zahlt nach Angaben aus Unternehmenskreisen mehr als 90 Millionen Euro.",
          note="'des E-Bike-Herstellers' = Rinkelbach Zweirad (previous sentence); signed three months after talks began in July"),
        D("nethewalde-nethegau-plot2", ["Stadt Nethewalde", "Nethegau Datenhallen"], "acquisition",
          6000000, "EUR", "approx", "2026", "cancelled",
          "Der Vertrag über rund 6 Millionen Euro war an die Bedingung geknüpft, dass der Netzbetreiber bis Oktober eine Anschlusszusage erteilt; die kam nicht.",
          kind_alt=["other"],
          note="sale of a second plot by the town, negotiated in spring 2026 and stopped by the council 'am Dienstagabend'; parties in the previous sentence ('Der Stadtrat', 'das Rechenzentrumsunternehmen'); cancelled keeps the agreement year"),
    ],
    ["176 Millionen Euro", "2,3 Millionen Euro", "4.299 Euro", "69 Euro", "39 Euro", "1,90 Euro", "12,40 Euro"],
)

ALIASES = {
    "Rinkelbach Zweirad": ["Rinkelbach Zweirad GmbH", "Rinkelbach"],
    "Nethegau Datenhallen": ["Nethegau Datenhallen GmbH", "Nethegau"],
    "Stadt Nethewalde": ["Nethewalde"],
    "Ostrach Capital": ["Ostrach"],
    "Wegwarte AI": ["Wegwarte"],
    "Hartsop Compute": ["Hartsop"],
    "Pon Holdings": ["Pon"],
    "Dalsland Cykel": ["Dalsland Cykel AB", "Dalsland"],
    "Shimano": ["Shimano Inc.", "Shimanos"],
    "Gravelhorn": ["Gravelhorn AG"],
    "Sihlbrugg Invest": ["Sihlbrugg"],
    "Haverwick Partners": ["Haverwick"],
    "Pedlingham Cycles": ["Pedlingham"],
    "Tollbar Mobility": ["Tollbar"],
    "Yamaha Motor": ["Yamaha"],
    "Brose": ["Brose SE"],
    "Tretwerk Akkusysteme": ["Tretwerk Akkusysteme GmbH", "Tretwerk"],
    "Lime": [],
    "Tamsui Cycle Works": ["Tamsui"],
    "KKR": ["Kohlberg Kravis Roberts"],
    "Accell Group": ["Accell"],
    "Giant Manufacturing": ["Giant"],
    "Ashgill Capital": ["Ashgill"],
    "Bankhaus Ottersleben": ["Bankhauses Ottersleben", "Ottersleben"],
    "Rebirth": ["ReBirth Group Holding", "Rebirth Group"],
    "Cowboy": [],
    "Nordwind Dienstrad": ["Nordwind"],
    "Nvidia": ["Nvidia Corp."],
    "Förderad Leasing": ["Förderad"],
    "Kisoji Sensing": ["Kisoji"],
    "Yongchuan Power Cells": ["Yongchuan"],
    "Tamhini Cycle Industries": ["Tamhini"],
    "Konkan Ridge Capital": ["Konkan Ridge"],
    "Bosch": ["Bosch eBike Systems", "Robert Bosch"],
    "Microsoft": ["Azure"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote {out} ({len(ARTICLES)} articles, {n} deal mentions)")


if __name__ == "__main__":
    main()
