#!/usr/bin/env python3
"""Write gold.json for corpus81 (the hand annotation of articles/).

Usage: python3 tests/corpus81/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json, then check it
with check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the eighty-first, held-out test corpus (tests/corpus81/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. One entry per article; a deal that several articles "
    "report carries the same id in each. 'required': false marks vague, amount-less or background mentions "
    "that an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT "
    "deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') "
    "marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) "
    "states it in another currency or at another precision. 'date' is when the deal was announced or "
    "agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', "
    "from the article's own date line, dateline, issue line, byline, meta tag or JSON-LD, or null when the "
    "article has none); a cancelled deal keeps the date of the original agreement or talks; 'term' is the "
    "period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' "
    "explains a judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Theme: data centres, chip fabs and their suppliers in the eastern "
    "German lignite regions (Lusatia, Saxony, Saxony-Anhalt) and Lower Silesia, 2024-2026. Invented "
    "companies: Zschornau Rechenzentren GmbH, Stadt Treuenspree, Stadtwerke Wendischbruch, Kobolnik "
    "Chłodzenie S.A., Dubrauker Trafowerk GmbH, Oderhain Capital AG, Sparkasse Spreeheide, Mulderau "
    "Digital AG, Bobrzany Energia S.A., Lutobor AI, Gmina Rzecinów, Nysa Compute; invented publications, "
    "people and advertisers are listed in invented_names.txt; the deals of real companies are retold "
    "with details shifted or simplified, and all deals involving an invented company are invented. "
    "Nothing here is reporting."
)


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("kind_alt", "per", "term", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


Z = "Zschornau Rechenzentren"

ARTICLES = {}

ARTICLES["001_treuenspree_kraftwerksgelaende.txt"] = {
    "published": "2024-03-14",
    "published_note": "from the date line 'Treuenspree, 14. März 2024' (a Thursday); 'am Dienstagabend' -> 2024-03-12",
    "language": "de",
    "deals": [
        deal("treuenspree-zschornau-land", ["Stadt Treuenspree", Z], "acquisition",
             23500000, "EUR", "exact", "2024-03-12", "signed",
             "Der Kaufpreis liegt bei 23,5 Millionen Euro, zahlbar in zwei Raten.",
             kind_alt=["other"], alt_amounts=[alt(25500000, "USD")],
             note="land sale by the town; seller ('Die Stadt', 'Stadtverordnetenversammlung') and buyer "
                  "(Zschornau Rechenzentren GmbH) and the council vote 'am Dienstagabend' are in the previous "
                  "sentence; the amount sentence names neither"),
        deal("zschornau-campus-phase1", [Z], "project",
             2400000000, "EUR", "approx", "2024-03", "planned",
             "Die Baukosten für den ersten Campus beziffert Zschornau auf rund 2,4 Milliarden Euro.",
             kind_alt=["capex_plan"],
             note="construction cost of the first campus (phase 1); must stay apart from the ~€900m second "
                  "phase of 2026; no day given -> month of the article"),
    ],
    "not_deals": ["jenseits von fünf Millionen Euro jährlich", "knapp 31 Millionen Euro",
                  "8,7 Millionen Euro", "14 Euro je Quadratmeter", "7.490 Euro", "12 Euro"],
}

ARTICLES["002_brownfield_brief_may_en.txt"] = {
    "published": "2024-05-16",
    "published_note": "from the issue line 'Issue 19 · Thursday 16 May 2024'; 'on Wednesday' -> 2024-05-15; 'in March' -> 2024-03",
    "language": "en",
    "deals": [
        deal("aws-brandenburg-sovereign-cloud", ["Amazon"], "capex_plan",
             7800000000, "EUR", "exact", "2024-05-15", "announced",
             "AWS has chosen Brandenburg for the first region of its European Sovereign Cloud and put a number on the plan on Wednesday: €7.8 billion of spending through 2040.",
             term=["2024", "2040"],
             note="spending plan through 2040; the €17.2bn GDP contribution in the next sentence is a model estimate, not a deal"),
        deal("treuenspree-zschornau-land", ["Stadt Treuenspree", Z], "acquisition",
             23500000, "EUR", "exact", "2024-03", "signed",
             "Catching up for readers who missed it: councillors in Treuenspree, a Spree town of 9,000 people, voted in March to sell the old power-station grounds to Zschornau Rechenzentren for €23.5 million, about $25.5 million at current rates.",
             kind_alt=["other"], alt_amounts=[alt(25500000, "USD")],
             note="restates 001 with a USD conversion; 'in March' gives the month"),
        deal("zschornau-campus-phase1", [Z], "project",
             2400000000, "EUR", "approx", None, "planned",
             "The Cottbus developer pencils in roughly €2.4 billion for its first campus there.",
             kind_alt=["capex_plan"],
             note="'The Cottbus developer' = Zschornau Rechenzentren (previous sentence); restated without a date"),
    ],
    "not_deals": ["€17.2 billion", "roughly €15.9 billion", "€1,500 per megawatt", "€4.1 billion",
                  "€3.6 billion", "€149", "€99", "€12 a month"],
}

ARTICLES["003_trafohaus_dubrauker.txt"] = {
    "published": "2024-07-11",
    "published_note": "from the issue line 'Ausgabe 14/2024 · 11. Juli 2024' (a Thursday); 'Vergangene Woche' -> 2024-07 (week of 1-5 July); 'am Montag' -> 2024-07-08",
    "language": "de",
    "deals": [
        deal("zschornau-dubrauker-transformers", [Z, "Dubrauker Trafowerk"], "supply",
             27000000, "EUR", "exact", "2024-07", "signed",
             "Vergangene Woche unterschrieb der Rechenzentrumsentwickler Zschornau eine Bestellung über 14 Großtransformatoren für das geplante Umspannwerk am Kraftwerk Treuenspree; das Volumen beläuft sich auf 27 Millionen Euro.",
             note="the supplier (Dubrauker Trafowerk GmbH) is named in the previous sentence"),
        deal("sab-dubrauker-loan", ["Sächsische Aufbaubank", "Dubrauker Trafowerk"], "other",
             12000000, "EUR", "exact", "2024-07", "signed",
             "Dafür gewährt die Sächsische Aufbaubank dem Mittelständler ein Darlehen von 12 Millionen Euro mit zehn Jahren Laufzeit; weitere 4,5 Millionen Euro kommen als Zuschuss aus dem Just Transition Fund der EU.",
             kind_alt=["investment"],
             note="development-bank loan (invented deal); 'dem Mittelständler' = Dubrauker; the €4.5m EU grant in the same sentence is a not_deal"),
        deal("kobolnik-zschornau-cooling-2024", ["Kobolnik Chłodzenie", Z], "supply",
             41000000, "EUR", "approx", "2024-07-08", "signed",
             "Wie die börsennotierte Kobolnik Chłodzenie S.A. am Montag in Breslau mitteilte, liefert sie Kaltwassersätze und Rückkühler im Wert von knapp 41 Millionen Euro an Zschornau.",
             alt_amounts=[alt(176000000, "PLN")],
             note="'knapp' (just under) -> approx; 004 gives PLN 176m; first of two Kobolnik-Zschornau cooling orders (the second, ~€58m, is of 2026)"),
    ],
    "not_deals": ["4,5 Millionen Euro", "3,8 Millionen Euro je Einheit", "61 Millionen Euro",
                  "390 Euro", "298 Euro"],
}

ARTICLES["004_kobolnik_odra_wire_en.txt"] = {
    "published": "2024-07-09",
    "published_note": "dateline 'WROCŁAW, 9 July' has no year; the year comes from '© 2024 Odra Wire' and the story (deliveries from 2025); 'on Monday' -> 2024-07-08",
    "language": "en",
    "deals": [
        deal("kobolnik-zschornau-cooling-2024", ["Kobolnik Chłodzenie", Z], "supply",
             176000000, "PLN", "exact", "2024-07-08", "signed",
             "Kobolnik Chłodzenie S.A., the Bolesławiec-based maker of industrial chillers, has won a contract worth PLN 176 million, roughly €41 million, to supply cooling plant to Zschornau Rechenzentren, the company disclosed on Monday; the German developer is turning a shuttered lignite power station in Brandenburg into a server campus.",
             alt_amounts=[alt(41000000, "EUR")],
             note="same order as 003 (EUR there)"),
        deal("kobolnik-boleslawiec-line", ["Kobolnik Chłodzenie"], "capex_plan",
             60000000, "PLN", "exact", "2024-07-08", "planned",
             "To keep up, the group intends to put PLN 60 million into a second assembly line in Bolesławiec over the next 18 months, Wierzbięta said, about a third of which it hopes to cover from a regional EU programme.",
             note="'the group' = Kobolnik; own spending plan over 18 months; the grant of up to PLN 18m in the next sentence is a not_deal"),
        deal("treuenspree-zschornau-land", ["Stadt Treuenspree", Z], "acquisition",
             None, None, None, "2024-03", "completed",
             "Zschornau, which bought the 62-hectare site from the town of Treuenspree in March, has not said who will rent the halls.",
             required=False, kind_alt=["other"],
             note="background restatement of the 001 land sale without a price"),
    ],
    "not_deals": ["PLN 430 million", "PLN 19.6 million", "PLN 27 million", "up to PLN 18 million",
                  "PLN 38.70", "PLN 900 million", "PLN 46"],
}

ARTICLES["005_esmc_groundbreaking_en.txt"] = {
    "published": "2024-08-20",
    "published_note": "from the header 'August 20, 2024 | 13:05 CEST' and dateline 'DRESDEN, Aug 20'; 'in August last year' -> 2023-08; 'last month' -> 2024-07",
    "language": "en",
    "deals": [
        deal("esmc-dresden-jv", ["TSMC", "Bosch", "Infineon", "NXP"], "joint_venture",
             10000000000, "EUR", "at_least", "2023-08", "signed",
             "DRESDEN, Aug 20 (SNW) - Taiwan's TSMC and its three European partners broke ground on Tuesday on their joint chip plant in Dresden, a project the companies expect to cost more than €10 billion once fully equipped.",
             kind_alt=["project", "investment"],
             note="the partners (Bosch, Infineon, NXP) and the agreement date ('agreed in August last year') are in the next sentence; the ground-breaking on 2024-08-20 is not the deal date; the €5bn state aid is a not_deal"),
        deal("tsmc-capex-2024", ["TSMC"], "capex_plan",
             30000000000, "USD", "range", "2024-07", "announced",
             "The Hsinchu-based foundry reported second-quarter revenue of NT$673.5 billion (about $20.8 billion) last month and at the same time narrowed its 2024 capital budget to a band of $30 billion to $32 billion.",
             amount_max=32000000000,
             note="capital-budget guidance for 2024 is a capex plan; the revenue in the same sentence is a not_deal; 'The Hsinchu-based foundry' = TSMC"),
        deal("infineon-smart-power-fab", ["Infineon"], "capex_plan",
             5000000000, "EUR", "approx", None, "planned",
             "Infineon is spending around five billion euros on its Smart Power Fab a few kilometres away, and GlobalFoundries runs its largest European site in the city.",
             required=False, kind_alt=["project"],
             note="background mention of a plan announced earlier (amount in words); optional"),
    ],
    "not_deals": ["€5 billion", "almost €10 billion", "NT$673.5 billion", "about $20.8 billion",
                  "NT$948", "about €62,000"],
}

ARTICLES["006_zschornau_kredit_heimatecho.html"] = {
    "published": "2024-10-17",
    "published_note": "only in <meta property='article:published_time'> and JSON-LD datePublished (2024-10-17, a Thursday); no visible date; 'am Mittwoch' -> 2024-10-16",
    "language": "de",
    "deals": [
        deal("sparkasse-zschornau-loan", ["Sparkasse Spreeheide", Z], "other",
             850000000, "EUR", "exact", "2024-10-16", "signed",
             "Ein Bankenkonsortium unter Führung der Sparkasse Spreeheide leiht der Zschornau Rechenzentren GmbH 850 Millionen Euro, wie beide Seiten am Mittwoch bestätigten.",
             kind_alt=["investment"],
             note="syndicated loan led by the Sparkasse; the other lenders are unnamed"),
        deal("wendischbruch-zschornau-ppa", ["Stadtwerke Wendischbruch", Z], "supply",
             48000000, "EUR", "approx", "2024-10", "signed",
             "Ab 2027 bezieht der Campus zwölf Jahre lang Grünstrom aus Wind- und Solarparks der Stadtwerke; dafür zahlt der Betreiber jährlich rund 48 Millionen Euro.",
             per="year", term=["2027", "2038"],
             note="yearly rate of a twelve-year power supply contract; parties from the previous sentence ('die Stadtwerke Wendischbruch ... mit Zschornau'), 'der Betreiber' = Zschornau; 'Zeitgleich' gives no day -> month; must stay apart from the 2025 heat joint venture of the same pair"),
    ],
    "not_deals": ["4,6 Milliarden Euro", "rund 112 Millionen Euro", "etwa 71 Euro", "6,2 Millionen Euro",
                  "120 Euro", "128 Euro je Megawattstunde"],
}

ARTICLES["007_boersenquelle_ticker.txt"] = {
    "published": "2025-02-25",
    "published_note": "from the ticker header 'Dienstag, 25. Februar 2025'; 'am Montag' -> 2025-02-24",
    "language": "de",
    "deals": [
        deal("oderhain-mulderau-capital-2025", ["Oderhain Capital", "Mulderau Digital"], "investment",
             140000000, "EUR", "exact", "2025-02-25", "completed",
             "Insgesamt fließen 140 Millionen Euro zu, davon übernimmt die Beteiligungsgesellschaft Oderhain Capital aus Frankfurt (Oder) als Ankerinvestor gut die Hälfte.",
             note="capital increase of Mulderau (previous sentence), anchor investor Oderhain; placed on the day of the ticker entry; must stay apart from Oderhain's 2026 takeover of Mulderau"),
        deal("mulderau-nvidia-servers", ["Mulderau Digital", "Nvidia"], "supply",
             260000000, "USD", "approx", "2025-02", "signed",
             "Für rund 260 Millionen Dollar hat das Unternehmen Server mit Blackwell-Prozessoren bestellt, der Rest wird über Leasing finanziert.",
             note="'das Unternehmen' = Mulderau; the supplier appears only in the compound 'Nvidia-Chips' in the previous sentence; order date not given -> month"),
        deal("microsoft-poland-2025", ["Microsoft"], "capex_plan",
             2800000000, "PLN", "approx", "2025-02-24", "announced",
             "Microsoft hatte am Montag angekündigt, bis Mitte 2026 rund 2,8 Milliarden Złoty, umgerechnet gut 670 Millionen Euro, in Cloud- und KI-Rechenzentren in Polen zu stecken.",
             term=["2025-02", "2026-06"],
             alt_amounts=[alt(670000000, "EUR"), alt(700000000, "USD")],
             note="PLN with EUR conversion; 008 gives about $700 million"),
    ],
    "not_deals": ["6,85 Euro", "5,90 Euro", "38 Millionen Euro", "9 Millionen Euro",
                  "9,9 Milliarden Euro", "knapp 38 Milliarden Dollar", "0 Euro", "1 Euro"],
}

ARTICLES["008_microsoft_poland_courier_en.txt"] = {
    "published": "2025-02-26",
    "published_note": "from the byline 'By Marek Sobótka | 26 Feb 2025'; 'on Monday' -> 2025-02-24",
    "language": "en",
    "deals": [
        deal("microsoft-poland-2025", ["Microsoft"], "capex_plan",
             2800000000, "PLN", "exact", "2025-02-24", "announced",
             "Microsoft will spend PLN 2.8 billion, or about $700 million, widening its cloud and AI data-centre capacity in Poland by the middle of 2026, the company's vice chair Brad Smith announced in Warsaw on Monday with Prime Minister Donald Tusk at his side.",
             term=["2025-02", "2026-06"], alt_amounts=[alt(700000000, "USD")]),
        deal("bobrzany-zschornau-nysa-jv", ["Bobrzany Energia", Z], "joint_venture",
             4000000000, "PLN", "approx", "2025", "negotiating",
             "The two sides are discussing a combined budget of around PLN 4 billion over two phases.",
             kind_alt=["project"],
             alt_amounts=[alt(4200000000, "PLN"), alt(985000000, "EUR")],
             note="talks from sources; 'The two sides' = Bobrzany Energia and Zschornau (previous sentence); signed in 013 at PLN 4.2bn (alt_amounts); the year only, so that the shared id's dates agree with the signing on 2025-09-15"),
        deal("intel-wroclaw-plant", ["Intel"], "project",
             4600000000, "USD", "exact", None, "planned",
             "Intel's planned $4.6 billion assembly and test plant at Miękinia, west of Wrocław, was put on hold last September, and the 2,000 jobs it promised have not materialised.",
             required=False, kind_alt=["capex_plan"],
             note="background: a plan of earlier years, on hold since 2024-09 (not a new deal); 011 reports its end"),
    ],
    "not_deals": ["PLN 2.1 billion", "PLN 5 billion", "PLN 14,000", "PLN 95 per square metre",
                  "PLN 29 a month", "PLN 1"],
}

ARTICLES["009_interview_petrasch_revierpost.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesezeit ca. 7 Min.'); the Lutobor contract it mentions was signed on 2025-06-17 (010)",
    "language": "de",
    "deals": [
        deal("zschornau-campus-phase1", [Z], "project",
             2400000000, "EUR", "approx", None, "planned",
             "Der erste Bauabschnitt kostet uns weiterhin rund 2,4 Milliarden Euro, Puffer eingeschlossen.",
             kind_alt=["capex_plan"],
             note="'uns' = Zschornau Rechenzentren (the interviewee's company); undated interview"),
        deal("lutobor-zschornau-compute", ["Lutobor AI", Z], "cloud_contract",
             310000000, "EUR", "exact", None, "signed",
             "Lutobor, das KI-Labor aus Breslau, hat bei uns für fünf Jahre Rechenkapazität gebucht, Gesamtwert 310 Millionen Euro.",
             note="'bei uns' = Zschornau; undated interview; the talks with 'einem amerikanischen Konzern' name no party and are not annotated"),
    ],
    "not_deals": ["elf Millionen Euro", "eine Million", "17 Cent je Kilowattstunde", "4.900 Euro"],
}

ARTICLES["010_chiller_ledger_june_en.txt"] = {
    "published": "2025-06-19",
    "published_note": "from the issue line 'Vol. 3, No. 24 — June 19, 2025' (a Thursday); 'on Tuesday' -> 2025-06-17; 'earlier this month' -> 2025-06; 'last summer' -> 2024",
    "language": "en",
    "deals": [
        deal("globalfoundries-dresden-2025", ["GlobalFoundries"], "capex_plan",
             1100000000, "EUR", "exact", "2025-06", "announced",
             "GlobalFoundries said earlier this month that it will invest €1.1 billion in its Dresden fab by the end of 2028, lifting output to more than one million wafers a year.",
             term=["2025", "2028"]),
        deal("lutobor-zschornau-compute", ["Lutobor AI", Z], "cloud_contract",
             310000000, "EUR", "exact", "2025-06-17", "signed",
             "Lutobor AI, the Wrocław model builder, signed on Tuesday a five-year compute agreement with Zschornau Rechenzentren worth €310 million, the first tenant deal for the Treuenspree campus and, by our count, the largest compute contract yet signed in eastern Germany.",
             note="same contract as in the undated interview 009; Lutobor's '€52 million since 2023' is a cumulative total (not_deal)"),
        deal("oderhain-dubrauker-takeover", ["Oderhain Capital", "Dubrauker Trafowerk"], "acquisition",
             90000000, "EUR", "approx", "2025", "rumored",
             "Oderhain Capital, the private-equity house from Frankfurt (Oder), is reportedly in exclusive talks to buy Dubrauker Trafowerk for about €90 million, two sources near the process told this newsletter.",
             alt_amounts=[alt(96000000, "EUR")],
             note="rumour; completed at €96m on 2025-09-29 (014, alt_amounts); the year only keeps the shared id's dates consistent"),
        deal("zschornau-dubrauker-transformers", [Z, "Dubrauker Trafowerk"], "supply",
             27000000, "EUR", "exact", "2024", "signed",
             "Dubrauker, which won a €27m order from Zschornau last summer, declined to comment, as did the sellers, a family that has owned it since 1991.",
             note="restates the 2024 order of 003 ('€27m', 'last summer' -> 2024)"),
    ],
    "not_deals": ["$1.59 billion", "€52 million", "$9,650 a tonne", "€310,000–€360,000", "€250,000",
                  "€590", "€18 a month"],
}

ARTICLES["011_intel_magdeburg_elbufer.txt"] = {
    "published": "2025-07-26",
    "published_note": "from the date line 'Magdeburg, 26.07.2025' (a Saturday); 'am Donnerstagabend' -> 2025-07-24 (the cancellation); 'im Juni 2023' -> 2023-06; 'im Juni' -> 2025-06",
    "language": "de",
    "deals": [
        deal("intel-magdeburg-fab", ["Intel"], "project",
             30000000000, "EUR", "approx", "2023-06", "cancelled",
             "Für die Landeshauptstadt ist das ein Schlag: Das Vorhaben mit einem Volumen von rund 30 Milliarden Euro, das im Juni 2023 mit der Bundesregierung festgezurrt worden war, galt als größte ausländische Direktinvestition, die Deutschland je gesehen hatte.",
             kind_alt=["capex_plan"],
             note="cancelled on 2025-07-24 (previous sentence); the date is that of the 2023 agreement; the €9.9bn subsidies are a not_deal"),
        deal("intel-wroclaw-plant", ["Intel"], "project",
             None, None, None, None, "cancelled",
             "Mit den Quartalszahlen ließ Intel am Donnerstagabend wissen, dass aus der Chipfabrik in Magdeburg nichts mehr wird; dasselbe gilt für das Montagewerk bei Breslau.",
             required=False, kind_alt=["capex_plan"],
             note="the Wrocław (Breslau) plant of 008, cancelled, no amount here"),
        deal("mulderau-magdeburg-site-talks", ["Mulderau Digital", "Landeshauptstadt Magdeburg"], "acquisition",
             None, None, None, "2025-07", "negotiating",
             "Einer davon sitzt 90 Kilometer südöstlich: Die Mulderau Digital AG aus Bitterfeld-Wolfen bestätigte Gespräche mit der Stadt über eine Teilfläche für Rechenzentren.",
             required=False, kind_alt=["other"],
             note="talks about part of the former Intel site, no price ('Einen Preis nannte das Unternehmen nicht')"),
        deal("esmc-dresden-jv", ["TSMC", "Bosch", "Infineon", "NXP"], "joint_venture",
             10000000000, "EUR", "at_least", None, "signed",
             "Dort wächst für mehr als zehn Milliarden Euro das Werk der ESMC, an der TSMC 70 Prozent hält und Bosch, Infineon sowie NXP je ein Zehntel.",
             kind_alt=["project", "investment"],
             note="restates 005; amount in words, no date"),
        deal("globalfoundries-dresden-2025", ["GlobalFoundries"], "capex_plan",
             1100000000, "EUR", "exact", "2025-06", "announced",
             "GlobalFoundries kündigte im Juni 1,1 Milliarden Euro für den Ausbau seines Dresdner Standorts an."),
    ],
    "not_deals": ["9,9 Milliarden Euro", "rund 40 Millionen Euro", "20,70 Dollar", "17 Milliarden Dollar",
                  "Zehn Milliarden"],
}

ARTICLES["012_luebbenau_fliessbote.txt"] = {
    "published": "2025-08-29",
    "published_note": "from the date line 'Lübbenau/Spreewald · Freitag, 29. August 2025'; 'Eine Woche nach der Ankündigung' -> 2025-08; 'am Mittwoch' -> 2025-08-27; 'im Mai 2024' -> 2024-05",
    "language": "de",
    "deals": [
        deal("schwarz-luebbenau-2025", ["Schwarz Gruppe"], "capex_plan",
             11000000000, "EUR", "approx", "2025-08", "planned",
             "Die Schwarz-Gruppe aus Neckarsulm, zu der die Discounter- und Warenhausketten Lidl und Kaufland gehören, will über ihre IT-Sparte Schwarz Digits am Stadtrand ein KI-Rechenzentrum hochziehen und dafür nach eigenen Angaben rund elf Milliarden Euro ausgeben, den Löwenanteil für Server und Chips.",
             kind_alt=["project"],
             note="amount in words; announced about a week before the article -> month"),
        deal("aws-brandenburg-sovereign-cloud", ["Amazon"], "capex_plan",
             7800000000, "EUR", "approx", "2024-05", "announced",
             "Der Onlinehändler hatte im Mai 2024 zugesagt, für seine souveräne Cloud in der Region rund 7,8 Milliarden Euro auszugeben, verteilt bis zum Jahr 2040.",
             term=[None, "2040"],
             note="'Der Onlinehändler' = Amazon (previous sentence); restates 002"),
        deal("wendischbruch-zschornau-heat-jv", ["Stadtwerke Wendischbruch", Z], "joint_venture",
             18000000, "EUR", "exact", "2025-08-27", "signed",
             "Die Partner stecken 18 Millionen Euro in Leitungen und Wärmepumpen, mit denen Abwärme aus den Serverhallen ab 2027 rund 3.000 Wohnungen heizen soll.",
             kind_alt=["investment", "project"],
             note="'Die Partner' = Stadtwerke Wendischbruch and Zschornau, who founded the heat company 'am Mittwoch' (previous sentence); second deal of the pair, must stay apart from the 2024 power contract"),
        deal("wendischbruch-zschornau-ppa", ["Stadtwerke Wendischbruch", Z], "supply",
             None, None, None, None, "signed",
             "Ihr Stromliefervertrag mit Zschornau läuft davon unabhängig weiter.",
             required=False,
             note="amount-less reference to the 2024 power contract (006)"),
    ],
    "not_deals": ["rund 38 Millionen Euro", "etwa 600 Millionen Euro", "19 Euro", "8 Euro", "20 Euro"],
}

ARTICLES["013_nysa_compute_dispatch_en.html"] = {
    "published": "2025-09-16",
    "published_note": "visible byline 'Sept. 16, 2025', <meta name='pubdate'> and JSON-LD datePublished; 'on Monday' -> 2025-09-15; 'in February' -> 2025-02; 'last month' -> 2025-08",
    "language": "en",
    "deals": [
        deal("bobrzany-zschornau-nysa-jv", ["Bobrzany Energia", Z], "joint_venture",
             4200000000, "PLN", "exact", "2025-09-15", "signed",
             "The partners put the total budget for two phases at PLN 4.2 billion, or roughly €985 million, with each side holding half.",
             kind_alt=["project"], alt_amounts=[alt(985000000, "EUR")],
             note="'The partners' = Bobrzany Energia and Zschornau Rechenzentren, who signed the Nysa Compute papers 'on Monday' (previous sentence)"),
        deal("microsoft-poland-2025", ["Microsoft"], "capex_plan",
             2800000000, "PLN", "exact", "2025-02", "announced",
             "Microsoft's PLN 2.8 billion Polish programme, unveiled in February, and Schwarz Gruppe's plan to spend some €11 billion on a campus at Lübbenau, announced last month, have sharpened competition for power and staff on both banks of the Neisse.",
             note="two deals in one sentence (with Schwarz)"),
        deal("schwarz-luebbenau-2025", ["Schwarz Gruppe"], "capex_plan",
             11000000000, "EUR", "approx", "2025-08", "planned",
             "Microsoft's PLN 2.8 billion Polish programme, unveiled in February, and Schwarz Gruppe's plan to spend some €11 billion on a campus at Lübbenau, announced last month, have sharpened competition for power and staff on both banks of the Neisse.",
             kind_alt=["project"],
             note="'some' -> approx; 'last month' -> 2025-08"),
    ],
    "not_deals": ["about €320 million", "PLN 12.45", "PLN 455 per megawatt-hour", "over €50,000",
                  "PLN 310 million", "€7.50 a month"],
}

ARTICLES["014_aktienkanal_oderhain.txt"] = {
    "published": "2025-09-30",
    "published_note": "from the header '30.09.2025 | 16:42 Uhr' (a Tuesday); 'am Montag' -> 2025-09-29; the Mulderau/Lutobor contract is 'Zweite Meldung des Tages' -> 2025-09-30",
    "language": "de",
    "deals": [
        deal("oderhain-dubrauker-takeover", ["Oderhain Capital", "Dubrauker Trafowerk"], "acquisition",
             96000000, "EUR", "exact", "2025-09-29", "completed",
             "Die Oderhain Capital AG hat die Dubrauker Trafowerk GmbH übernommen und zahlt den Gründerfamilien dafür 96 Millionen Euro, wie die Beteiligungsgesellschaft am Montag nach Börsenschluss mitteilte.",
             note="the rumour of 010 completed ('Vollzug ... mit der Unterschrift')"),
        deal("lutobor-mulderau-colocation", ["Lutobor AI", "Mulderau Digital"], "cloud_contract",
             1900000, "EUR", "exact", "2025-09-30", "signed",
             "Lutobor mietet für 36 Monate eine komplette Halle in Bitterfeld-Wolfen und überweist dafür monatlich 1,9 Millionen Euro.",
             kind_alt=["other"], per="month",
             note="monthly rent of a colocation contract; Mulderau Digital named in the previous sentence; different from Lutobor's contract with Zschornau"),
    ],
    "not_deals": ["11,2 Millionen Euro", "1,04 Milliarden Euro", "31,80 Euro", "27,15 €", "7,42 €",
                  "von 30 auf 34 Euro", "250.000 Euro"],
}

ARTICLES["015_microsoft_zschornau_wire_en.txt"] = {
    "published": "2026-01-20",
    "published_note": "from the header 'January 20, 2026 · 07:15 GMT'; dateline 'BERLIN, Jan 19' (a Monday); 'on Monday' -> 2026-01-19; 'in October 2024' -> 2024-10",
    "language": "en",
    "deals": [
        deal("microsoft-zschornau-lease", ["Microsoft", Z], "cloud_contract",
             4000000000, "EUR", "up_to", "2026-01", "rumored",
             "BERLIN, Jan 19 (NWS) - Microsoft is negotiating to rent the entire second phase of Zschornau Rechenzentren's campus in Treuenspree, eastern Germany, under a ten-year lease that could be worth up to €4 billion, three people involved in or told about the talks said on Monday.",
             kind_alt=["other"],
             note="rumour from anonymous sources; never signed (020); the month keeps the shared id's dates consistent"),
        deal("zschornau-campus-phase2", [Z], "project",
             900000000, "EUR", "approx", "2026-01-19", "planned",
             "Earlier on Monday the privately held developer had confirmed it will spend about €900 million on that second phase, adding 120 megawatts to the 180 megawatts now being fitted out.",
             kind_alt=["capex_plan"],
             note="'the privately held developer' = Zschornau; second phase, must stay apart from the €2.4bn first phase"),
        deal("sparkasse-zschornau-loan", ["Sparkasse Spreeheide", Z], "other",
             850000000, "EUR", "exact", "2024-10", "signed",
             "The expansion is to be financed largely with debt, on top of the €850 million bank loan a Sparkasse-led syndicate extended in October 2024.",
             kind_alt=["investment"],
             note="restates 006; lender only as 'a Sparkasse-led syndicate'"),
    ],
    "not_deals": ["$34.9 billion", "at least €1.5 billion", "€75 million"],
}

ARTICLES["016_heidekurier_zweiter_abschnitt.txt"] = {
    "published": "2026-01-22",
    "published_note": "from the date line 'Donnerstag, 22. Januar 2026'; 'am Montag' -> 2026-01-19; 'am Dienstag' (the wire report) -> 2026-01-20; 'am Mittwoch' -> 2026-01-21",
    "language": "de",
    "deals": [
        deal("zschornau-campus-phase2", [Z], "project",
             900000000, "EUR", "approx", "2026-01-19", "planned",
             "Die Zschornau Rechenzentren GmbH hat am Montag bestätigt, dass sie für einen zweiten Bauabschnitt mit 120 Megawatt etwa 900 Millionen Euro ausgeben will.",
             kind_alt=["capex_plan"]),
        deal("microsoft-zschornau-lease", ["Microsoft", Z], "cloud_contract",
             4000000000, "EUR", "up_to", "2026-01", "rumored",
             "Für Wirbel sorgte am Dienstag ein Bericht der Nachrichtenagentur NWS, wonach Microsoft die neuen Hallen auf zehn Jahre anmieten wolle, für bis zu vier Milliarden Euro.",
             kind_alt=["other"],
             note="the rumour of 015 restated in words (reported 'am Dienstag'); Microsoft calls it speculation; 'die neuen Hallen' = Zschornau's second phase"),
        deal("kobolnik-zschornau-cooling-2026", ["Kobolnik Chłodzenie", Z], "supply",
             58000000, "EUR", "approx", "2026-01-21", "signed",
             "Kobolnik Chłodzenie aus Bolesławiec liefert auch die Kühltechnik für den zweiten Abschnitt, der Vertrag über rund 58 Millionen Euro wurde am Mittwoch unterzeichnet.",
             alt_amounts=[alt(250000000, "PLN")],
             note="second cooling order of the pair (phase 2); must stay apart from the 2024 order (~€41m / PLN 176m); 017 gives about PLN 250 million"),
    ],
    "not_deals": ["zwischen drei und vier Millionen Euro jährlich", "34,2 Millionen Euro",
                  "1,1 Millionen Euro", "49 Euro"],
}

ARTICLES["017_lower_silesia_investor_en.html"] = {
    "published": "2026-02-03",
    "published_note": "only in <meta name='article.published'> and JSON-LD datePublished (2026-02-03, a Tuesday); no visible date; 'on Monday' -> 2026-02-02; 'a week after' and 'last month' -> 2026-01",
    "language": "en",
    "deals": [
        deal("bgk-nysa-loan", ["Bank Gospodarstwa Krajowego", "Nysa Compute"], "other",
             1200000000, "PLN", "exact", "2026-02-02", "announced",
             "Bank Gospodarstwa Krajowego, Poland's state development bank, said on Monday it would lend Nysa Compute PLN 1.2 billion for the first phase of the project, with a maturity of 15 years.",
             kind_alt=["investment"],
             note="state development bank loan (invented deal); closed in the same week (018)"),
        deal("rzecinow-nysa-lease", ["Gmina Rzecinów", "Nysa Compute"], "other",
             3600000, "PLN", "exact", "2026-01", "signed",
             "Under the contract, the commune will receive PLN 3.6 million a year for 30 years, indexed to inflation.",
             per="year",
             note="yearly land lease; 'the commune' = Gmina Rzecinów, 'the venture' = Nysa Compute (previous sentence); signed 'a week' before the Monday -> 2026-01"),
        deal("bobrzany-zschornau-nysa-jv", ["Bobrzany Energia", Z], "joint_venture",
             4200000000, "PLN", "exact", None, "signed",
             "Nysa Compute, owned in equal parts by Bobrzany Energia and Germany's Zschornau Rechenzentren, has a total budget of PLN 4.2 billion for two phases.",
             kind_alt=["project"],
             note="restates 013 without a date"),
        deal("kobolnik-zschornau-cooling-2026", ["Kobolnik Chłodzenie", Z], "supply",
             250000000, "PLN", "approx", "2026-01", "signed",
             "Its cooling will come from the same supplier as Zschornau's German site: Kobolnik Chłodzenie booked a second order from the German developer last month worth about PLN 250 million for the Treuenspree expansion and is bidding for the Polish one.",
             alt_amounts=[alt(58000000, "EUR")],
             note="same order as 016 (EUR there); 'the German developer' = Zschornau"),
        deal("kobolnik-nysa-cooling-bid", ["Kobolnik Chłodzenie", "Nysa Compute"], "supply",
             None, None, None, None, "negotiating",
             "Its cooling will come from the same supplier as Zschornau's German site: Kobolnik Chłodzenie booked a second order from the German developer last month worth about PLN 250 million for the Treuenspree expansion and is bidding for the Polish one.",
             required=False,
             note="a bid for the Nysa Compute cooling, no amount ('Its' = Nysa Compute, previous sentence)"),
    ],
    "not_deals": ["PLN 58 million", "more than PLN 200 billion", "PLN 512 million", "PLN 44.10",
                  "PLN 3 per order", "€17 per square metre"],
}

ARTICLES["018_brownfield_brief_feb26_en.txt"] = {
    "published": "2026-02-06",
    "published_note": "from the issue line 'Issue 88 · Friday 6 February 2026'; 'on Thursday' -> 2026-02-05; 'a day earlier' -> 2026-02-04; 'last week' -> 2026-01; 'in November' -> 2025-11; 'in January' -> 2026-01; 'this week' -> 2026-02",
    "language": "en",
    "deals": [
        deal("amazon-capex-2026", ["Amazon"], "capex_plan",
             200000000000, "USD", "approx", "2026-02-05", "announced",
             "Amazon told investors on Thursday it expects to spend around $200 billion on capital projects this year, most of it on AWS data centres; the stock fell almost 9% after hours."),
        deal("alphabet-capex-2026", ["Google"], "capex_plan",
             175000000000, "USD", "range", "2026-02-04", "announced",
             "Alphabet, a day earlier, guided 2026 capex to $175 billion–$185 billion.",
             amount_max=185000000000,
             note="'a day earlier' than Amazon's Thursday; different from Google's €5.5bn German plan"),
        deal("meta-capex-2026", ["Meta"], "capex_plan",
             115000000000, "USD", "range", "2026-01", "announced",
             "Meta said last week that its own 2026 capital expenditure will land between $115 billion and $135 billion.",
             amount_max=135000000000),
        deal("google-germany-2025", ["Google"], "capex_plan",
             5500000000, "EUR", "exact", "2025-11", "announced",
             "Google said in November it will put €5.5 billion into German data centres and offices between 2026 and 2029, including a new site in Hesse.",
             term=["2026", "2029"]),
        deal("telekom-nvidia-munich-cloud", ["Deutsche Telekom", "Nvidia"], "project",
             1000000000, "EUR", "approx", None, "completed",
             "In Munich, the industrial AI cloud that Deutsche Telekom built with Nvidia went live the same month; the partners had put its cost at about €1 billion.",
             kind_alt=["partnership", "joint_venture"],
             note="the article gives only the month it went live (2025-11), not when it was agreed -> date null"),
        deal("microsoft-zschornau-lease", ["Microsoft", Z], "cloud_contract",
             None, None, None, "2026-01", "rumored",
             "The lease reported in January remains unconfirmed, and Zschornau's second phase (about €900 million) is going ahead regardless.",
             required=False, kind_alt=["other"],
             note="amount-less reference to the rumour of 015; Microsoft named in the previous sentence"),
        deal("zschornau-campus-phase2", [Z], "project",
             900000000, "EUR", "approx", None, "planned",
             "The lease reported in January remains unconfirmed, and Zschornau's second phase (about €900 million) is going ahead regardless.",
             kind_alt=["capex_plan"],
             note="restates 015/016 in brackets"),
        deal("bgk-nysa-loan", ["Bank Gospodarstwa Krajowego", "Nysa Compute"], "other",
             1200000000, "PLN", "exact", "2026-02", "completed",
             "In Poland, BGK's PLN 1.2 billion loan to Nysa Compute closed this week.",
             kind_alt=["investment"]),
    ],
    "not_deals": ["roughly $150 billion", "€140,000", "€31.40 per MWh", "€24.90", "€800",
                  "€12 a month", "€120 a year"],
}

ARTICLES["019_mulderau_uebernahmeangebot.txt"] = {
    "published": "2026-05-12",
    "published_note": "from the press-release date line 'Bitterfeld-Wolfen, 12. Mai 2026'; 'am Montagabend' -> 2026-05-11; 'im Februar 2025' -> 2025-02",
    "language": "de",
    "deals": [
        deal("oderhain-mulderau-takeover-2026", ["Oderhain Capital", "Mulderau Digital"], "acquisition",
             410000000, "EUR", "approx", "2026-05-11", "announced",
             "Für sämtliche Aktien, die Oderhain noch nicht hält, ergibt sich daraus ein Gesamtbetrag von etwa 410 Millionen Euro.",
             note="takeover offer for the remaining shares; target and the announcement 'am Montagabend' in the previous sentences; the €8.20 per-share price is a not_deal; must stay apart from the 2025 capital increase"),
        deal("oderhain-mulderau-capital-2025", ["Oderhain Capital", "Mulderau Digital"], "investment",
             140000000, "EUR", "exact", "2025-02", "completed",
             "Oderhain war im Februar 2025 als Ankerinvestor bei Mulderau eingestiegen, als der Rechenzentrumsbetreiber bei einer Kapitalerhöhung 140 Millionen Euro einsammelte, und hält seitdem 24,9 Prozent.",
             note="restates 007"),
        deal("mulderau-capex-2026-2027", ["Mulderau Digital"], "capex_plan",
             180000000, "EUR", "range", "2026-05", "planned",
             "Für 2026 und 2027 plant das Unternehmen Investitionen zwischen 180 und 220 Millionen Euro, vor allem für eine dritte Halle und zusätzliche GPU-Cluster.",
             amount_max=220000000, term=["2026", "2027"],
             note="'das Unternehmen' = Mulderau; stated in the release of 2026-05-11/12 -> month"),
    ],
    "not_deals": ["8,20 Euro", "21,3 Millionen Euro", "6,8 Millionen Euro", "rund 420 Millionen Euro"],
}

ARTICLES["020_spoil_heap_notes_en.txt"] = {
    "published": "2026-11-20",
    "published_note": "from the blog byline 'Posted 20 November 2026'; 'in January' -> 2026-01; 'in May' -> 2026-05; 'in October' -> 2026-10; 'last year' -> 2025",
    "language": "en",
    "deals": [
        deal("zschornau-campus-phase1", [Z], "project",
             2400000000, "EUR", "approx", None, "completed",
             "The headline bill for the first phase stayed at roughly €2.4 billion, which by my maths works out near €13 million per megawatt, above the €11 million that sell-side analysts like to quote.",
             kind_alt=["capex_plan"],
             note="restated first-phase cost (now built); the per-megawatt figures are not_deals"),
        deal("microsoft-zschornau-lease", ["Microsoft", Z], "cloud_contract",
             4000000000, "EUR", "up_to", "2026-01", "cancelled",
             "The ten-year lease, said in January to be worth up to €4 billion, never got signed; people around Zschornau now talk about \"several smaller tenants\" for phase two instead.",
             kind_alt=["other"],
             note="the rumoured lease of 015 never signed; Microsoft named in the previous sentence ('The Microsoft story fizzled.')"),
        deal("oderhain-mulderau-takeover-2026", ["Oderhain Capital", "Mulderau Digital"], "acquisition",
             410000000, "EUR", "exact", "2026-05", "completed",
             "The €410 million offer tabled in May closed in August after holders of 93% tendered, and the shares were delisted.",
             note="parties in the previous sentence ('Oderhain got Mulderau.'); date of the offer (May), closed in August"),
        deal("dubrauker-nysa-transformers", ["Dubrauker Trafowerk", "Nysa Compute"], "supply",
             34000000, "EUR", "exact", "2026-10", "signed",
             "The transformer maker Oderhain bought last year won a €34 million order from Nysa Compute in October, its first big job on the Polish side of the Neisse.",
             note="'The transformer maker' = Dubrauker (previous sentence 'Dubrauker is busy.')"),
        deal("oderhain-dubrauker-takeover", ["Oderhain Capital", "Dubrauker Trafowerk"], "acquisition",
             None, None, None, "2025", "completed",
             "The transformer maker Oderhain bought last year won a €34 million order from Nysa Compute in October, its first big job on the Polish side of the Neisse.",
             required=False,
             note="amount-less reference to the 2025 takeover in a relative clause"),
    ],
    "not_deals": ["€13 million per megawatt", "€11 million", "€1.3 billion", "€12 million",
                  "€86 per megawatt-hour", "€120,000 per megawatt", "€4 a month"],
}

ALIASES = {
    "Zschornau Rechenzentren": ["Zschornau Rechenzentren GmbH", "Zschornau"],
    "Stadt Treuenspree": ["Treuenspree", "town of Treuenspree"],
    "Stadtwerke Wendischbruch": ["Stadtwerke Wendischbruch"],
    "Kobolnik Chłodzenie": ["Kobolnik Chłodzenie S.A.", "Kobolnik"],
    "Dubrauker Trafowerk": ["Dubrauker Trafowerk GmbH", "Dubrauker"],
    "Oderhain Capital": ["Oderhain Capital AG", "Oderhain"],
    "Sparkasse Spreeheide": ["Sparkasse Spreeheide", "Sparkasse"],
    "Mulderau Digital": ["Mulderau Digital AG", "Mulderau"],
    "Bobrzany Energia": ["Bobrzany Energia S.A.", "Bobrzany"],
    "Lutobor AI": ["Lutobor AI", "Lutobor"],
    "Gmina Rzecinów": ["Rzecinów", "commune of Rzecinów"],
    "Nysa Compute": ["Nysa Compute"],
    "Amazon": ["AWS", "Amazon"],
    "TSMC": ["TSMC"],
    "Bosch": ["Bosch"],
    "Infineon": ["Infineon"],
    "NXP": ["NXP"],
    "GlobalFoundries": ["GlobalFoundries", "GF"],
    "Intel": ["Intel"],
    "Landeshauptstadt Magdeburg": ["Magdeburg"],
    "Schwarz Gruppe": ["Schwarz-Gruppe", "Schwarz Gruppe", "Schwarz Digits"],
    "Microsoft": ["Microsoft", "Microsoft Deutschland GmbH"],
    "Nvidia": ["Nvidia"],
    "Sächsische Aufbaubank": ["Sächsische Aufbaubank"],
    "Bank Gospodarstwa Krajowego": ["Bank Gospodarstwa Krajowego", "BGK"],
    "Google": ["Google", "Alphabet"],
    "Meta": ["Meta"],
    "Deutsche Telekom": ["Deutsche Telekom"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
