#!/usr/bin/env python3
"""Write gold.json, the hand annotation of this corpus (tests/corpus127/articles/).

Usage: python3 tests/corpus127/make_gold.py
The annotation lives here; edit this script, then run it to rewrite gold.json, then run
check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 127th, held-out test corpus (tests/corpus127/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the "
    "earlier corpora and shared/gold/seeds.json. Theme: insurers, reinsurers and pension funds as owners, "
    "lenders and customers of AI infrastructure (Allianz, Munich Re, Swiss Re, Generali, AXA, Talanx, "
    "Legal & General, Aviva, KLP, APG, PGGM, the Bayerische Versorgungskammer and invented insurers, "
    "Versorgungswerke and asset managers), 2024-2026. One entry per article; a deal that several "
    "articles report carries the same id in each. 'required': false marks vague or background mentions "
    "that an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT "
    "deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes "
    "a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', "
    "'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <time datetime>, issue line, ticker "
    "stamp or copyright line, or null when the article has none); quarters, half-years and seasons "
    "become the year; a cancelled deal keeps the date of the original agreement or offer; 'term' is the "
    "period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' "
    "explains a judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Canonical names carry no legal form. Invented companies: "
    "Lorbeerhöhe Rechenzentren, Kalkbrenner Glasfaser, Taunusbank Girozentrale, Wrenbeck Data, Wolds "
    "Fibre Networks, Quellfeld Data Parks, Steuerberaterversorgung Hanseland, Zahnärzteversorgung "
    "Rheinpfalz, Gravelpine AI, Ardentis Labs, Tessaro Cloud, Nordlys Compute, Fjellpensjon, "
    "Vandersluis Glasvezel, Polderhal Data Centers, Nidda Digitalbau, Lémanic Compute, Aldwych Lane "
    "Infrastructure, Brightwater Atlas Capital, Rheinauer Lebensversicherung; invented publications, "
    "banks, research houses, advertisers and people are listed in invented_names.txt; the deals of real "
    "companies are partly loosely based on public reports, mostly invented or shifted. Nothing here is "
    "reporting."
)


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
         amount_max=None, kind_alt=None, per=None, term=None, alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
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


def none(id, parties, kind, date, status, evidence, **kw):
    return deal(id, parties, kind, None, None, None, date, status, evidence, **kw)


A = {}

A["001_allianz_lorbeerhoehe_depotkiosk.txt"] = dict(
    published="2024-03-12",
    published_note="from the stock-portal stamp '12.03.2024, 08:41 Uhr'; 'am Montag' -> 2024-03-11",
    language="de",
    deals=[
        deal("allianz-lorbeerhoehe-stake", ["Allianz", "Lorbeerhöhe Rechenzentren"], "acquisition",
             550_000_000, "EUR", "range", "2024", "rumored",
             "Die Rede sei von einem Kaufpreis zwischen 550 und 650 Millionen Euro für knapp die Hälfte des Betreibers, berichteten zwei Leute aus dem Umfeld der Verkäuferseite.",
             amount_max=650_000_000, kind_alt=["investment"],
             alt=[(620_000_000, "EUR"), (670_000_000, "USD")],
             note="rumour from two sources; parties in the previous sentence (Allianz Capital Partners, "
                  "Lorbeerhöhe Rechenzentren GmbH), 'des Betreibers' = Lorbeerhöhe; 002 reports the signing at "
                  "€620m ($670m) on 2024-05-14 (alt_amounts); the year keeps the shared id's dates consistent"),
        deal("talanx-kalkbrenner-stake", ["Talanx", "Kalkbrenner Glasfaser"], "acquisition",
             90_000_000, "EUR", "approx", "2024-03-11", "signed",
             "Talanx zahlt dafür knapp 90 Millionen Euro, wie der Konzern am Montag mitteilte.",
             kind_alt=["investment"],
             note="'knapp' -> approx; the 30 % stake in Kalkbrenner Glasfaser GmbH bought through Ampega in the "
                  "previous sentence ('des Hannoveraner Talanx-Konzerns'); 'der Konzern' = Talanx"),
    ],
    not_deals=["14,7 Milliarden Euro", "13,80 Euro", "251,40 Euro", "290 Euro", "1,8 Milliarden Euro",
               "75 Euro Wechselprämie", "66,85 EUR"],
)

A["002_allianz_lorbeerhoehe_tidewell_en.txt"] = dict(
    published="2024-05-15",
    published_note="from the header 'May 15, 2024 · 06:52 GMT'; dateline 'FRANKFURT, May 14', 'on Tuesday' -> 2024-05-14; 'last month' -> 2024-04",
    language="en",
    deals=[
        deal("allianz-lorbeerhoehe-stake", ["Allianz", "Lorbeerhöhe Rechenzentren"], "acquisition",
             620_000_000, "EUR", "exact", "2024-05-14", "signed",
             "FRANKFURT, May 14 (Tidewell) - Allianz has agreed to acquire a 49% stake in Lorbeerhöhe Rechenzentren, a builder of GPU data centres south of Frankfurt, for 620 million euros ($670 million), the German insurer said on Tuesday, ending two months of talks in which a Canadian pension investor had also bid.",
             kind_alt=["investment"], alt=[(670_000_000, "USD")],
             note="signing of the rumour in 001; closing expected in the third quarter"),
        deal("lorbeerhoehe-capex-campuses", ["Lorbeerhöhe Rechenzentren"], "capex_plan",
             1_400_000_000, "EUR", "approx", "2024-05", "planned",
             "The company intends to spend about 1.4 billion euros by the end of 2028 on two campuses, in Egelsbach near a small airfield and in Mörfelden, with a combined 180 megawatts of connected load.",
             term=[None, "2028"],
             note="'The company' = Lorbeerhöhe; the spender's own plan for two named campuses"),
        deal("taunusbank-lorbeerhoehe-loan", ["Taunusbank Girozentrale", "Lorbeerhöhe Rechenzentren"], "other",
             480_000_000, "EUR", "exact", "2024-04", "signed",
             "Most of that spending has already been lined up: Lorbeerhöhe signed a 480 million euro construction loan last month with banks under the lead of Taunusbank Girozentrale, finance chief Odile Brennecke said.",
             kind_alt=["investment"],
             note="construction loan from a bank group led by Taunusbank; 'last month' -> April 2024"),
    ],
    not_deals=["1.3 billion euros", "41 million euros", "11 million euros", "750 billion euros",
               "258.90 euros"],
)

A["003_egelsbach_lorbeerhoehe_hegbachkurier.txt"] = dict(
    published="2024-05-23",
    published_note="from the dateline 'EGELSBACH · Donnerstag, 23. Mai 2024'; 'am Dienstagabend' -> 2024-05-21; 'seit vergangener Woche' -> 2024-05",
    language="de",
    deals=[
        deal("egelsbach-lorbeerhoehe-land", ["Lorbeerhöhe Rechenzentren", "Gemeinde Egelsbach"], "acquisition",
             31_000_000, "EUR", "exact", "2024-05-21", "signed",
             "So viel zahlt die Lorbeerhöhe Rechenzentren GmbH aus dem benachbarten Langen für die rund neun Hektar große Fläche zwischen Flugplatz und Autobahnzubringer.",
             kind_alt=["other"],
             note="amount first ('31 Millionen Euro – diese Summe ...', previous sentence), 'So viel' refers to it; "
                  "seller is the municipality ('der Gemeinde'); council approval 'am Dienstagabend' in the next "
                  "sentence, contract already signed subject to that approval"),
        none("allianz-lorbeerhoehe-stake", ["Allianz", "Lorbeerhöhe Rechenzentren"], "acquisition",
             "2024-05", "signed",
             "Hinter dem Käufer steht seit vergangener Woche ein finanzstarker Partner: Der Münchner Versicherungskonzern Allianz hat knapp die Hälfte des Betreibers übernommen.",
             kind_alt=["investment"],
             note="same deal as 001/002 without an amount; 'des Betreibers' = Lorbeerhöhe; 'seit vergangener Woche' -> May 2024"),
    ],
    not_deals=["345 Euro pro Quadratmeter", "2,3 Millionen Euro", "sechs Millionen Euro jährlich",
               "4,8 Millionen Euro", "1.299 Euro", "1.890 Euro"],
)

A["004_lg_wrenbeck_whitespacememo_en.txt"] = dict(
    published="2024-07-17",
    published_note="from the issue line 'Issue 44 · Wednesday 17 July 2024'; 'on Monday' -> 2024-07-15; 'last month' -> 2024-06",
    language="en",
    deals=[
        deal("lg-wrenbeck-equity-2024", ["Legal & General", "Wrenbeck Data"], "investment",
             300_000_000, "GBP", "exact", "2024-07-15", "signed",
             "Legal & General has committed £300m of new equity to Wrenbeck Data, the Leeds developer of liquid-cooled data halls, the insurer confirmed on Monday.",
             kind_alt=["acquisition"], alt=[(350_000_000, "EUR")],
             note="first L&G-Wrenbeck deal (minority stake of a little over a third); 016 restates it as about €350m "
                  "(alt_amounts); different from the £90m forward funding of 2026 (016)"),
        deal("aviva-wolds-loan-2024", ["Aviva", "Wolds Fibre Networks"], "other",
             120_000_000, "GBP", "exact", "2024-06", "completed",
             "Less noticed: Aviva Investors last month provided a £120m loan to Wolds Fibre Networks, a Hull altnet whose dark-fibre ring links three data-centre sites on the Humber to the transatlantic landing stations on the east coast.",
             kind_alt=["investment"],
             note="seven-year loan; different from Aviva's £75m equity in Wolds in 2026 (018)"),
    ],
    not_deals=["£860m", "£29.99 a month", "£10.4bn", "£135", "£1.1 trillion", "£140,000", "£495 + VAT"],
)

A["005_versorgungswerke_quellfeld_kapitaldeckung.txt"] = dict(
    published="2024-10-09",
    published_note="dateline without year 'Köln, 9. Oktober (kda)', year from the copyright line '© 2024 Kapitaldeckung Verlag'; 'am Montag' -> 2024-10-07; 'in dieser Woche' -> 2024-10; 'Ende September' -> 2024-09",
    language="de",
    deals=[
        deal("bvk-quellfeld-fund-2024", ["Bayerische Versorgungskammer", "Quellfeld Data Parks"], "investment",
             300_000_000, "EUR", "exact", "2024-10-07", "signed",
             "Den größten Schritt hat die Bayerische Versorgungskammer (BVK) getan: Sie sagte am Montag 300 Millionen Euro für den ersten Rechenzentrumsfonds von Quellfeld Data Parks zu.",
             note="fund commitment (first fund); different from the €250m commitment to the second fund in 2026 (020)"),
        deal("hanseland-quellfeld-fund", ["Steuerberaterversorgung Hanseland", "Quellfeld Data Parks"], "investment",
             60_000_000, "EUR", "up_to", "2024-10", "signed",
             "Das Bremer Versorgungswerk beteiligt sich in dieser Woche mit bis zu 60 Millionen Euro an demselben Vehikel.",
             note="'Das Bremer Versorgungswerk' = Steuerberaterversorgung Hanseland (previous sentence); "
                  "'demselben Vehikel' = the Quellfeld fund; restated in the interview 014"),
        deal("rheinpfalz-kalkbrenner-loan", ["Zahnärzteversorgung Rheinpfalz", "Kalkbrenner Glasfaser"], "other",
             45_000_000, "EUR", "exact", "2024-09", "completed",
             "Schon Ende September hatte die Zahnärzteversorgung Rheinpfalz der Kalkbrenner Glasfaser GmbH ein Schuldscheindarlehen über 45 Millionen Euro mit zwölf Jahren Laufzeit gewährt.",
             kind_alt=["investment"], term=["2024", "2036"],
             note="Schuldschein loan, twelve years; the unnamed insurer holding a stake since March (Talanx, 001) "
                  "is not named here and not annotated"),
    ],
    not_deals=["1,2 Milliarden Euro", "120 Milliarden Euro", "Teilnahmegebühr 390 Euro", "Jahresbezug 480 Euro"],
)

A["006_gravelpine_munichre_baylight_en.html"] = dict(
    published="2025-02-13",
    published_note="from <meta article:published_time> and <time datetime='2025-02-13T09:40:00-05:00'>, visible 'Feb 13, 2025 · 9:40 a.m. ET'; 'said Wednesday' -> 2025-02-12; 'in November' -> 2024-11",
    language="en",
    deals=[
        deal("munichre-gravelpine-loan-2025", ["Munich Re", "Gravelpine AI"], "other",
             1_200_000_000, "USD", "exact", "2025-02-12", "signed",
             "Gravelpine AI, an Austin operator of rented Nvidia clusters, has borrowed $1.2 billion from a group of insurance-company lenders led by MEAG, the asset manager of German reinsurer Munich Re, the company said Wednesday.",
             kind_alt=["investment"], alt=[(1_150_000_000, "EUR")],
             note="GPU-backed five-year loan led by MEAG (Munich Re); Saltmarsh Re and Brightwater Atlas took "
                  "undisclosed pieces; 007 restates it as about €1.15bn; different from the $800m facility of "
                  "2026 (017)"),
        deal("ardentis-gravelpine-contract", ["Ardentis Labs", "Gravelpine AI"], "cloud_contract",
             2_000_000_000, "USD", "at_least", "2024-11", "signed",
             "Ardentis signed that contract in November; it runs four years and is worth more than $2 billion, Gravelpine said in a statement.",
             note="'that contract' = the capacity agreement named in the previous sentence; 'more than' -> at_least"),
    ],
    not_deals=["$4.5 billion", "$310 million", "$30,000 apiece", "€411.80", "$14.99 a month"],
)

A["007_versicherer_kredite_policenmarkt.txt"] = dict(
    published="2025-03-05",
    published_note="from 'Gastkommentar | Mittwoch, 5. März 2025'; 'im Februar' -> 2025-02; 'Vergangene Woche' -> 2025-02 (24-28 February); 'im vergangenen August' -> 2024-08",
    language="de",
    deals=[
        deal("munichre-gravelpine-loan-2025", ["Munich Re", "Gravelpine AI"], "other",
             1_150_000_000, "EUR", "approx", "2025-02", "signed",
             "Die Münchener Rück hat im Februar über ihren Vermögensverwalter MEAG einen Kredit von umgerechnet rund 1,15 Milliarden Euro an den texanischen GPU-Vermieter Gravelpine AI angeführt.",
             kind_alt=["investment"],
             note="same loan as 006 ($1.2bn), here converted to EUR and dated by month only"),
        deal("generali-tessaro-stake", ["Generali", "Tessaro Cloud"], "acquisition",
             180_000_000, "EUR", "exact", "2025-02", "signed",
             "Die Infrastruktursparte des Triester Konzerns übernimmt 35 Prozent an Tessaro Cloud, einem Mailänder Anbieter von Rechenkapazität für KI-Anwendungen, für 180 Millionen Euro.",
             kind_alt=["investment"],
             note="'des Triester Konzerns' = Generali (previous sentence 'Vergangene Woche zog Generali nach'); "
                  "implied value €510m is not a deal; different from the 2026 cloud contract (015) and the denied "
                  "takeover (018)"),
        deal("allianz-infrastructure-allocation", ["Allianz"], "capex_plan",
             10_000_000_000, "EUR", "approx", None, "planned",
             "Die Allianz will ihre Infrastrukturquote in den kommenden drei Jahren ohnehin deutlich erhöhen; im Konzern ist von zusätzlich rund zehn Milliarden Euro die Rede.",
             required=False, kind_alt=["investment"],
             note="vague group-wide allocation plan, amount in words, no counterparty, no date of the plan"),
        deal("axa-bnp-axaim-sale", ["AXA", "BNP Paribas"], "acquisition",
             5_100_000_000, "EUR", "exact", "2024-08", "signed",
             "Dass die Branche ihr Geschäftsmodell dabei selbst neu ordnet, zeigt AXA: Der Konzern hat die Fondstochter AXA Investment Managers im vergangenen August für 5,1 Milliarden Euro an BNP Paribas verkauft und konzentriert sich seither auf das Versicherungsgeschäft – die Kapitalanlage kauft sie künftig als Kunde ein.",
             note="sale of AXA IM to BNP Paribas; 'Der Konzern' = AXA; loosely based on a real 2024 agreement; "
                  "not yet closed at publication -> signed"),
    ],
    not_deals=["510 Millionen Euro", "30.000 Dollar", "5 Billionen Dollar", "6 Milliarden Euro",
               "Kursziel von 540 Euro", "11,90 Euro im Monat"],
)

A["008_klp_nordlys_vestlandcourier_en.txt"] = dict(
    published="2025-04-11",
    published_note="from 'Business | Friday 11 April 2025 | Updated 10:14'; 'on Thursday' -> 2025-04-10; 'Earlier this month' -> 2025-04",
    language="en",
    deals=[
        deal("klp-nordlys-stake-2025", ["KLP", "Nordlys Compute"], "acquisition",
             2_400_000_000, "NOK", "exact", "2025-04-10", "signed",
             "KLP, which manages the pensions of most Norwegian municipal employees, will buy 30 per cent of Nordlys Compute for NOK 2.4 billion, or about €210 million, the two sides said on Thursday.",
             kind_alt=["investment"], alt=[(210_000_000, "EUR")],
             note="first KLP-Nordlys deal (30 %); different from the further 15 % for NOK 1.3bn in 2026 (018)"),
        deal("fjellpensjon-nordlys-loan", ["Fjellpensjon", "Nordlys Compute"], "other",
             600_000_000, "NOK", "exact", "2025-04", "completed",
             "Earlier this month the company also closed a NOK 600 million loan from Fjellpensjon, the pension fund for engineers and technical staff, to refinance the first hall.",
             kind_alt=["investment"], term=["2025", "2035"],
             note="'the company' = Nordlys Compute; ten-year loan"),
        deal("nordlys-capex-hall2", ["Nordlys Compute"], "capex_plan",
             9_000_000_000, "NOK", "approx", "2025-04", "planned",
             "With both deals done, Nordlys intends to invest around NOK 9 billion in a second hall of up to 120 megawatts by the end of 2027.",
             term=[None, "2027"]),
    ],
    not_deals=["NOK 410 million", "NOK 780,000 a year", "38 øre per kilowatt hour", "NOK 45 million annually",
               "NOK 1,000 billion", "NOK 150 million", "NOK 89 per month"],
)

A["009_apg_vandersluis_zuiderdijk_en.txt"] = dict(
    published="2025-06-17",
    published_note="from the dateline 'AMSTERDAM, 17 June 2025'; 'on Monday' -> 2025-06-16; 'On Friday' -> 2025-06-13",
    language="en",
    deals=[
        deal("apg-vandersluis-stake", ["APG", "Vandersluis Glasvezel"], "acquisition",
             450_000_000, "EUR", "exact", "2025-06-16", "signed",
             "APG, which invests the pensions of Dutch teachers and civil servants through the ABP fund, has agreed to buy 40% of Vandersluis Glasvezel for €450 million, the Utrecht fibre operator said on Monday.",
             kind_alt=["investment"],
             note="implied company value €1.1bn is not a deal; restated without amount in 012"),
        deal("pggm-polderhal-jv", ["PGGM", "Polderhal Data Centers"], "joint_venture",
             350_000_000, "EUR", "exact", "2025-06-13", "announced",
             "On Friday it said it would commit €350 million to a joint venture it is forming with Polderhal Data Centers, a Zeewolde developer, to build halls for AI computing in Flevoland and Groningen.",
             kind_alt=["investment"],
             note="'it' = PGGM (previous sentence); PGGM's contribution to the venture, of which it takes 70 %"),
    ],
    not_deals=["€1.1 billion", "€138 million", "€570 billion", "€250 billion", "€200 million",
               "€39.95 a month", "€7.50 a month"],
)

A["010_swissre_microsoft_feierabendkurse.txt"] = dict(
    published="2025-07-09",
    published_note="from the market-report header 'Mittwoch, 9. Juli 2025 · Schlusskurse Xetra und SIX Swiss Exchange'; 'am Dienstag' -> 2025-07-08; 'Ende Juni' -> 2025-06",
    language="de",
    deals=[
        deal("swissre-microsoft-cloud", ["Swiss Re", "Microsoft"], "cloud_contract",
             280_000_000, "CHF", "exact", "2025-07-08", "signed",
             "Der Zürcher Rückversicherer hatte am Dienstag einen 280-Millionen-Franken-Vertrag mit Microsoft unterzeichnet.",
             term=["2025", "2032"], alt=[(350_000_000, "USD")],
             note="compound '280-Millionen-Franken-Vertrag'; 'Der Zürcher Rückversicherer' = Swiss Re; seven years; "
                  "013 restates it as $350m signed in July"),
        deal("talanx-google-cloud", ["Talanx", "Google"], "cloud_contract",
             150_000_000, "EUR", "up_to", "2025-06", "signed",
             "Die Hannoveraner hatten schon Ende Juni einen Fünfjahresvertrag mit Google Cloud über bis zu 150 Millionen Euro geschlossen, der die IT der Erstversicherungstöchter in Deutschland und Polen zusammenführen soll.",
             note="'Die Hannoveraner' = Talanx (previous sentence)"),
    ],
    not_deals=["132,45 Franken", "150 Franken", "1,3 Milliarden Dollar", "108,20 Euro", "548,60 Euro",
               "341,70 Euro", "1,1712 Dollar", "3.302 Dollar", "25 Euro im Monat", "561,80 CHF"],
)

A["011_aviva_wrenbeck_mardykeecho_en.html"] = dict(
    published="2025-09-25",
    published_note="from <meta article:published_time> and <time datetime='2025-09-25'>, visible 'Thursday, 25 September 2025'; 'on Tuesday' -> 2025-09-23; 'in August' -> 2025-08; 'last summer' -> 2024",
    language="en",
    deals=[
        deal("aviva-wrenbeck-loan", ["Aviva", "Wrenbeck Data"], "other",
             250_000_000, "GBP", "exact", "2025-09-23", "signed",
             "Aviva Investors has lent £250m to Wrenbeck Data to complete the first two halls on the site off London Road, the developer confirmed on Tuesday.",
             kind_alt=["investment"],
             note="nine-year green loan; different from the denied £1.1bn bid for Wrenbeck (015)"),
        none("lg-wrenbeck-equity-2024", ["Legal & General", "Wrenbeck Data"], "investment", "2024", "signed",
             "Wrenbeck, which is part-owned by Legal & General following the insurer's investment last summer, bought the 11-hectare plot in 2023.",
             required=False, kind_alt=["acquisition"],
             note="background mention of the 2024 equity deal (004) without an amount"),
        deal("ardentis-wrenbeck-lease", ["Ardentis Labs", "Wrenbeck Data"], "cloud_contract",
             90_000_000, "GBP", "approx", "2025-08", "signed",
             "Ardentis Labs, a US artificial intelligence developer, agreed in August to rent 40 megawatts for twelve years at around £90 million a year, the company said.",
             per="year", kind_alt=["other"],
             note="capacity lease, twelve years, rate per year"),
    ],
    not_deals=["£6.5m a year", "£18 million", "£349,950", "£6.99 a month", "£1 for your first month"],
)

A["012_wochenschau_allianz_axa_anlagewoche.txt"] = dict(
    published="2025-11-21",
    published_note="from the issue line 'Ausgabe 47/2025 · Freitag, 21. November 2025'; 'am Mittwoch' -> 2025-11-19; 'am Montag' -> 2025-11-17; 'im Juni' -> 2025-06",
    language="de",
    deals=[
        deal("allianz-lorbeerhoehe-lease", ["Allianz", "Lorbeerhöhe Rechenzentren"], "cloud_contract",
             12_000_000, "EUR", "approx", "2025-11-19", "signed",
             "Zehn Jahre lang überweist der Konzern dem Betreiber dafür jährlich rund zwölf Millionen Euro, teilten die Partner am Mittwoch mit.",
             per="year", kind_alt=["other"],
             note="amount in words, rate per year; parties in the previous sentence (Allianz-Tochter Allianz Technology, "
                  "Lorbeerhöhe Rechenzentren); 'der Konzern' = Allianz, 'dem Betreiber' = Lorbeerhöhe; second "
                  "Allianz-Lorbeerhöhe deal, must stay apart from the 2024 stake"),
        none("allianz-lorbeerhoehe-stake", ["Allianz", "Lorbeerhöhe Rechenzentren"], "acquisition",
             "2024-05", "signed",
             "Pikant: Der Versicherer hält seit Mai 2024 ohnehin knapp die Hälfte an Lorbeerhöhe.",
             required=False, kind_alt=["investment"],
             note="background mention of the 2024 stake without an amount"),
        deal("axa-nidda-datacentre", ["AXA", "Nidda Digitalbau"], "acquisition",
             210_000_000, "EUR", "approx", "2025-11-17", "signed",
             "Für rund 210 Millionen Euro wechselt ein voll vermietetes Rechenzentrum im Frankfurter Stadtteil Rödelheim den Besitzer.",
             note="amount first; buyer AXA and seller Nidda Digitalbau in the next two sentences, notarised 'am Montag'"),
        none("apg-vandersluis-stake", ["APG", "Vandersluis Glasvezel"], "acquisition", "2025-06", "signed",
             "APG, die im Juni 40 Prozent am Utrechter Glasfasernetz Vandersluis übernommen hatte, sucht weitere Beteiligungen an Netzbetreibern in Deutschland und Belgien.",
             required=False, kind_alt=["investment"],
             note="background mention of the June deal (009) in a relative clause, no amount"),
    ],
    not_deals=["160 Euro pro Kilowatt und Monat", "2,9 Milliarden Euro", "Jahresabo 249 Euro"],
)

A["013_swissre_lemanic_helveticmarkets_en.txt"] = dict(
    published="2025-12-03",
    published_note="from the dateline 'ZURICH, 3 December 2025'; 'on Tuesday' -> 2025-12-02; 'in July' -> 2025-07",
    language="en",
    deals=[
        deal("swissre-lemanic-gpu-rental", ["Swiss Re", "Lémanic Compute"], "cloud_contract",
             1_250_000, "CHF", "approx", "2025-12-02", "signed",
             "Under the deal, announced on Tuesday, the reinsurer will pay about CHF 1.25 million a month for dedicated capacity on which its actuaries will train catastrophe and mortality models.",
             per="month",
             note="parties and the three-year term in the previous sentence; 'the reinsurer' = Swiss Re; rate per month"),
        deal("swissre-microsoft-cloud", ["Swiss Re", "Microsoft"], "cloud_contract",
             350_000_000, "USD", "exact", "2025-07", "signed",
             "The agreement sits alongside Swiss Re's much larger $350 million cloud contract with Microsoft, signed in July, which moves the group's general computing and most of its data to Microsoft's Swiss data centres.",
             note="same contract as 010 (CHF 280m), in USD with month only"),
        deal("swissre-lemanic-stake-talks", ["Swiss Re", "Lémanic Compute"], "investment",
             30_000_000, "CHF", "approx", "2025-12", "negotiating",
             "Swiss Re is discussing a stake in Lémanic for about CHF 30 million, said two bankers kept up to date on the Lausanne discussions.",
             kind_alt=["acquisition"],
             note="talks, nothing agreed; second Swiss Re-Lémanic deal, must stay apart from the GPU rental"),
    ],
    not_deals=["CHF 95 million", "$4.4 billion", "CHF 139.60", "$4.7 billion", "CHF 12 million",
               "CHF 148,000", "CHF 690"],
)

A["014_hanseland_interview_pensionskapital.txt"] = dict(
    published=None,
    published_note="no date anywhere in the article (only 'Lesezeit 8 Min.'); the interviewee's biography gives years but no publication date",
    language="de",
    deals=[
        deal("hanseland-quellfeld-fund", ["Steuerberaterversorgung Hanseland", "Quellfeld Data Parks"], "investment",
             60_000_000, "EUR", "up_to", None, "signed",
             "Wir haben dem Rechenzentrumsfonds von Quellfeld Data Parks bis zu 60 Millionen Euro zugesagt.",
             note="'Wir' = Steuerberaterversorgung Hanseland; restatement of 005; the drawn 38 Millionen is not a separate deal"),
        deal("hanseland-nordlys-loan", ["Steuerberaterversorgung Hanseland", "Nordlys Compute"], "other",
             25_000_000, "EUR", "exact", None, "completed",
             "Wir haben Nordlys Compute in Norwegen ein Darlehen über 25 Millionen Euro gegeben, gemeinsam mit zwei skandinavischen Pensionskassen.",
             kind_alt=["investment"], note="undated interview"),
        deal("aldwych-hanseland-offer", ["Aldwych Lane Infrastructure", "Steuerberaterversorgung Hanseland"], "acquisition",
             70_000_000, "EUR", "exact", None, "cancelled",
             "Aldwych Lane Infrastructure aus London hat uns 70 Millionen Euro für unseren Quellfeld-Anteil geboten.",
             note="offer for the fund stake, refused ('Wir haben abgelehnt', next sentence); 'uns' = Hanseland"),
    ],
    not_deals=["38 Millionen", "4,2 Milliarden Euro", "30.000 Dollar", "12,50 Euro", "98 Euro"],
)

A["015_insurers_ai_corriebrook_en.txt"] = dict(
    published="2026-01-22",
    published_note="from the note header '22 January 2026 · Prices as of close 21 January 2026'; 'earlier this month' -> 2026-01; 'on Monday' -> 2026-01-19; 'on Tuesday' -> 2026-01-20",
    language="en",
    deals=[
        none("allianz-anthropic-partnership", ["Allianz", "Anthropic"], "partnership", "2026-01", "announced",
             "Allianz's partnership with Anthropic, announced earlier this month, will put the start-up's Claude models into claims handling, underwriting support and internal coding tools across the group.",
             kind_alt=["cloud_contract"],
             note="no financial terms; loosely based on a real January 2026 announcement"),
        deal("generali-tessaro-cloud", ["Generali", "Tessaro Cloud"], "cloud_contract",
             140_000_000, "EUR", "exact", "2026-01-19", "signed",
             "Generali on Monday signed a €140m, five-year contract under which Tessaro Cloud will run the AI workloads of its Italian and Austrian insurance units.",
             note="second Generali-Tessaro deal (the 2025 stake in 007 is only alluded to as a holding here)"),
        deal("aviva-wrenbeck-bid-denied", ["Aviva", "Wrenbeck Data"], "acquisition",
             1_100_000_000, "GBP", "approx", "2026-01", "rumored",
             "Press reports in the UK that Aviva was weighing a bid of about £1.1bn for Wrenbeck Data, the developer building data halls at West Thurrock, were denied by Aviva on Tuesday.",
             required=False, note="rumour denied by Aviva"),
    ],
    not_deals=["€4bn a year", "€50m", "€368.20", "€34.65", "€552.00", "€610", "604p", "CHF 141.35",
               "€7.9bn", "€7.8bn", "€17.4bn", "€380", "620p", "CHF 145"],
)

A["016_lg_wrenbeck_rechenhalle.txt"] = dict(
    published="2026-02-11",
    published_note="from the header 'Mi., 11.02.2026 · 09:12 Uhr'; 'am Dienstag' -> 2026-02-10; 'im Juli 2024' -> 2024-07",
    language="de",
    deals=[
        deal("lg-wrenbeck-forward-funding", ["Legal & General", "Wrenbeck Data"], "investment",
             90_000_000, "GBP", "exact", "2026-02-10", "signed",
             "Der britische Versicherer gibt dafür 90 Millionen Pfund (rund 104 Millionen Euro), teilte Wrenbeck am Dienstag in Leeds mit.",
             kind_alt=["project", "other"], alt=[(104_000_000, "EUR")],
             note="forward funding with sale-and-leaseback of the second Teesside phase; 'Der britische Versicherer' = "
                  "Legal & General (previous sentence); second L&G-Wrenbeck deal, must stay apart from the 2024 equity"),
        deal("lg-wrenbeck-equity-2024", ["Legal & General", "Wrenbeck Data"], "investment",
             350_000_000, "EUR", "approx", "2024-07", "signed",
             "Es ist nicht das erste Geld des Versicherers für den Betreiber aus Leeds: Bereits im Juli 2024 hatte L&G rund 350 Millionen Euro in das Unternehmen gesteckt und dafür gut ein Drittel der Anteile erhalten.",
             kind_alt=["acquisition"],
             note="the 2024 deal of 004 (£300m) in EUR, month only"),
    ],
    not_deals=["9 Millionen Pfund pro Megawatt", "58 Millionen Pfund", "mehr als einer Milliarde Pfund",
               "Teilnahme 99 Euro"],
)

A["017_gravelpine_stock_stockharbor_en.txt"] = dict(
    published="2026-03-18",
    published_note="from the stock-portal stamps 'At close: Mar 18, 2026 4:00 PM EDT' and 'Published 03/18/2026, 16:05 EDT'; 'on Tuesday evening' -> 2026-03-17; 'in January' -> 2026-01",
    language="en",
    deals=[
        deal("munichre-gravelpine-facility-2026", ["Munich Re", "Gravelpine AI"], "other",
             800_000_000, "USD", "exact", "2026-03-17", "signed",
             "Shares of Gravelpine AI rose 7.4% on Wednesday after the Austin GPU cloud said lenders led by MEAG, the investment arm of Munich Re, had agreed to provide an $800 million delayed-draw facility.",
             kind_alt=["investment"], term=[None, "2031"],
             note="announced 'on Tuesday evening' (next sentence), runs until 2031; second Munich Re-Gravelpine loan, "
                  "must stay apart from the $1.2bn loan of 2025 restated in the same article"),
        deal("munichre-gravelpine-loan-2025", ["Munich Re", "Gravelpine AI"], "other",
             1_200_000_000, "USD", "exact", "2025-02", "signed",
             "It is in addition to the $1.2 billion loan MEAG arranged in February 2025, which financed the company's first large cluster in Temple, Texas.",
             kind_alt=["investment"], note="restatement of the 2025 loan (006, 007)"),
        deal("gravelpine-nvidia-order", ["Gravelpine AI", "Nvidia"], "supply",
             640_000_000, "USD", "exact", "2026-01", "signed",
             "Most of the new money will pay for a $640 million order of Nvidia Blackwell systems that Gravelpine placed in January, Chief Financial Officer Marisol Tregenza-Vaux said on the call."),
        deal("brightwater-gravelpine-leaseback", ["Brightwater Atlas Capital", "Gravelpine AI"], "acquisition",
             450_000_000, "USD", "approx", "2026-03", "negotiating",
             "The deal would be worth roughly $450 million and could close by midyear, she said, cautioning that \"nothing is signed until it is signed.\"",
             kind_alt=["other"],
             note="parties in the previous sentence (sale-and-leaseback of the Temple building under negotiation)"),
    ],
    not_deals=["31.62 USD", "$212 million", "$71 million", "$38 million", "$9.8 billion", "$24 a share",
               "$0 per contract", "$40 from $36"],
)

A["018_versicherer_ticker_assekuranzradar.html"] = dict(
    published="2026-05-12",
    published_note="from <meta name='date' content='2026-05-12'> and visible 'Dienstag, 12. Mai 2026'; ticker entry 10:12 'heute' -> 2026-05-12; entry 09:30 'am Montagabend' -> 2026-05-11",
    language="de",
    deals=[
        deal("klp-nordlys-stake-2026", ["KLP", "Nordlys Compute"], "acquisition",
             1_300_000_000, "NOK", "exact", "2026-05-12", "signed",
             "Der norwegische Pensionsversicherer kauft weitere 15 Prozent für 1,3 Milliarden Kronen (rund 110 Millionen Euro), wie Nordlys heute mitteilte.",
             kind_alt=["investment"], alt=[(110_000_000, "EUR")],
             note="'Der norwegische Pensionsversicherer' = KLP (genitive 'KLPs' in the previous sentence); second "
                  "KLP-Nordlys deal, must stay apart from the 2025 stake"),
        deal("aviva-wolds-equity-2026", ["Aviva", "Wolds Fibre Networks"], "investment",
             75_000_000, "GBP", "exact", "2026-05-11", "signed",
             "Aviva Investors beteiligt sich mit 75 Millionen Pfund an einer Kapitalerhöhung von Wolds Fibre Networks.",
             note="announced 'am Montagabend' (next sentence); second Aviva-Wolds deal, different from the 2024 loan"),
        deal("generali-tessaro-takeover-denied", ["Generali", "Tessaro Cloud"], "acquisition",
             600_000_000, "EUR", "approx", "2026-05", "rumored",
             "Die Mailänder Wirtschaftszeitung \"Il Portico\" hatte gemeldet, der Konzern wolle Tessaro Cloud für rund 600 Millionen Euro komplett übernehmen.",
             required=False, note="newspaper report denied by Generali ('Es gibt keine solchen Pläne')"),
    ],
    not_deals=["561,20 Euro", "24 Euro je Aktie", "688 Millionen Euro", "573 Millionen", "2,5 Milliarden Euro",
               "112,40 Euro", "29,90 Euro im Monat"],
)

A["019_brightwater_fund_floatledger_en.txt"] = dict(
    published="2026-07-03",
    published_note="from the issue line 'Week 27 · Friday 3 July 2026'; 'on Monday' -> 2026-06-29; 'The week before' -> 2026-06; 'reported on Wednesday' -> 2026-07-01",
    language="en",
    deals=[
        deal("swissre-brightwater-fund", ["Swiss Re", "Brightwater Atlas Capital"], "investment",
             200_000_000, "USD", "exact", "2026-06-29", "signed",
             "Swiss Re committed $200 million to the vehicle on Monday, according to a filing and a person close to the reinsurer.",
             note="'the vehicle' = Brightwater Atlas Capital's AI data-centre debt fund (previous paragraph)"),
        deal("aviva-brightwater-fund", ["Aviva", "Brightwater Atlas Capital"], "investment",
             250_000_000, "GBP", "exact", "2026-06", "signed",
             "The week before, Aviva had put in a quarter of a billion pounds through its investment arm, Brightwater said in a letter to prospective investors that The Float Ledger has seen.",
             note="amount in words ('a quarter of a billion pounds'); 'The week before' the Monday 2026-06-29"),
        deal("allianz-nordlys-bid-rumour", ["Allianz", "Nordlys Compute"], "acquisition",
             10_000_000_000, "NOK", "range", "2026-07", "rumored",
             "According to the paper, the German insurer has held early talks with the company's owners about a deal valuing Nordlys at between NOK 10bn and NOK 12bn.",
             amount_max=12_000_000_000,
             note="'the German insurer' = Allianz (previous sentence); the range is the value of a takeover of the "
                  "whole company, reported by a newspaper on Wednesday 2026-07-01; Allianz declined to comment"),
    ],
    not_deals=["$3 billion", "$100 billion", "£230 billion", "$56bn", "£14.50", "£310,000", "CHF 1,150"],
)

A["020_bvk_kalkbrenner_mainbogenwirtschaft.txt"] = dict(
    published="2026-11-05",
    published_note="from the issue line 'Donnerstag, 5. November 2026 · Nr. 45 · Seite 4'; 'am Dienstag' -> 2026-11-03; 'Im Juli' -> 2026-07; 'Drei Monate nach der Einigung' (July) -> 2026-10",
    language="de",
    deals=[
        deal("bvk-quellfeld-fund-2026", ["Bayerische Versorgungskammer", "Quellfeld Data Parks"], "investment",
             250_000_000, "EUR", "exact", "2026-11-03", "signed",
             "Der Münchner Pensionsverwalter sagt dem zweiten Fonds von Quellfeld Data Parks 250 Millionen Euro zu, teilte der Düsseldorfer Manager am Dienstag mit.",
             note="'Der Münchner Pensionsverwalter' = Bayerische Versorgungskammer (previous sentence); second "
                  "BVK-Quellfeld deal, must stay apart from the 2024 commitment (005)"),
        deal("aldwych-kalkbrenner-takeover", ["Aldwych Lane Infrastructure", "Kalkbrenner Glasfaser"], "acquisition",
             380_000_000, "EUR", "approx", "2026-07", "cancelled",
             "Im Juli hatten die Eigentümer des Gießener Netzbetreibers und der Londoner Infrastrukturinvestor Aldwych Lane Infrastructure die Übernahme für rund 380 Millionen Euro vereinbart.",
             note="agreed in July, contract dissolved 'Am Montag' (2026-11-02); 'des Gießener Netzbetreibers' = "
                  "Kalkbrenner Glasfaser (previous sentence); keeps the date of the agreement"),
        deal("rheinauer-kalkbrenner-schuldschein", ["Rheinauer Lebensversicherung", "Kalkbrenner Glasfaser"], "other",
             75_000_000, "EUR", "exact", "2026-10", "completed",
             "Die Rheinauer Lebensversicherung zeichnete einen Schuldschein über 75 Millionen Euro mit zehn Jahren Laufzeit.",
             kind_alt=["investment"], term=["2026", "2036"],
             note="borrower Kalkbrenner in the previous sentence; date from 'Drei Monate nach der Einigung mit Aldwych' (July) -> October 2026"),
        deal("kalkbrenner-capex-2029", ["Kalkbrenner Glasfaser"], "capex_plan",
             200_000_000, "EUR", "approx", None, "planned",
             "Das Unternehmen will bis 2029 weitere rund 200 Millionen Euro in den Ausbau stecken, vor allem in eine zweite Trasse nach Frankfurt.",
             term=[None, "2029"],
             note="'Das Unternehmen' = Kalkbrenner; the text does not say when the plan was made"),
    ],
    not_deals=["1,5 Milliarden Euro", "28 Millionen Euro", "61 Millionen Euro", "1,8 Milliarden Euro",
               "690 Euro netto", "3,20 Euro"],
)

ALIASES = {
    "Allianz": ["Allianz SE", "Allianz Capital Partners", "Allianz Technology", "Allianz Global Investors"],
    "Lorbeerhöhe Rechenzentren": ["Lorbeerhöhe Rechenzentren GmbH", "Lorbeerhöhe", "Lorbeerhoehe"],
    "Talanx": ["Talanx AG", "Ampega", "Talanx-Konzern"],
    "Kalkbrenner Glasfaser": ["Kalkbrenner Glasfaser GmbH", "Kalkbrenner"],
    "Taunusbank Girozentrale": ["Taunusbank"],
    "Gemeinde Egelsbach": ["Egelsbach"],
    "Legal & General": ["L&G", "Legal and General", "Legal & General Group"],
    "Wrenbeck Data": ["Wrenbeck"],
    "Aviva": ["Aviva Investors", "Aviva plc"],
    "Wolds Fibre Networks": ["Wolds Fibre", "Wolds"],
    "Bayerische Versorgungskammer": ["BVK"],
    "Quellfeld Data Parks": ["Quellfeld"],
    "Steuerberaterversorgung Hanseland": ["Hanseland"],
    "Zahnärzteversorgung Rheinpfalz": [],
    "Munich Re": ["Münchener Rück", "MEAG", "Munich Reinsurance"],
    "Gravelpine AI": ["Gravelpine", "Gravelpine AI Inc.", "GRVP"],
    "Ardentis Labs": ["Ardentis"],
    "Generali": ["Assicurazioni Generali"],
    "Tessaro Cloud": ["Tessaro"],
    "AXA": ["AXA SA", "AXA Investment Managers", "AXA IM"],
    "BNP Paribas": ["BNP"],
    "KLP": ["Kommunal Landspensjonskasse"],
    "Nordlys Compute": ["Nordlys Compute AS", "Nordlys"],
    "Fjellpensjon": [],
    "APG": ["APG Asset Management", "ABP"],
    "Vandersluis Glasvezel": ["Vandersluis"],
    "PGGM": ["PFZW"],
    "Polderhal Data Centers": ["Polderhal"],
    "Swiss Re": ["Swiss Re AG", "Schweizerische Rückversicherung"],
    "Microsoft": ["Microsoft Corp.", "Azure"],
    "Google": ["Google Cloud", "Alphabet"],
    "Nidda Digitalbau": [],
    "Lémanic Compute": ["Lémanic", "Lemanic Compute"],
    "Aldwych Lane Infrastructure": ["Aldwych Lane", "Aldwych"],
    "Anthropic": [],
    "Nvidia": ["Nvidia Corp."],
    "Brightwater Atlas Capital": ["Brightwater Atlas", "Brightwater"],
    "Rheinauer Lebensversicherung": ["Rheinauer Leben", "Rheinauer"],
}


def main():
    gold = {"about": ABOUT, "articles": {}, "aliases": ALIASES}
    for name in sorted(A):
        a = A[name]
        gold["articles"][name] = {
            "published": a["published"],
            "published_note": a["published_note"],
            "language": a["language"],
            "deals": a["deals"],
            "not_deals": a["not_deals"],
        }
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
