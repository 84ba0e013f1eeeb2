#!/usr/bin/env python3
"""Write gold.json for corpus194 (the hand annotation of articles/).

Usage: python3 tests/corpus194/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json and check it with
check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the held-out test corpus 194 (tests/corpus194/articles/; theme: glass, "
    "ceramics and building materials in the AI-infrastructure race), written for the tests and independent "
    "of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id "
    "in each. 'required': false marks vague or background mentions (amount-less restatements, group-wide "
    "capex plans, denied rumours, deals outside AI infrastructure) that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is "
    "an error. Amounts are in full units and in the currency the article states; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a "
    "rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) states it in "
    "another currency or at another precision. 'parties' lists the paying side (buyer, investor, lender, "
    "customer) first where there is one. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or "
    "YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own date "
    "line, dateline plus copyright year, <meta>/<time>, issue line, stock-portal stamp or byline, or null "
    "when the article has none); seasons become the year; a cancelled deal keeps the date of the original "
    "agreement or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists "
    "other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). Invented companies: Torfmoor Datenpark, "
    "Ziegelei Auerbruch, Gemeinde Auerbruch, Pellucor, Obsidian Ridge Capital, Brennhaus Keramik, Nitrocer, "
    "Lauschaer Präzisionsglas, Skellgarth Modular, Mikagehara Fine Ceramics, Fjellkvarts, Halvorsen Betong, "
    "Stavlund Datasenter, Bankhaus Ruhwinkel, Corrib Precast, Flurwerk, Tamsui Packaging, Lindwurm "
    "Infrastruktur; invented publications, research houses, banks, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly real, mostly invented or shifted. Nothing "
    "here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, term=None, per=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
    if term:
        d["term"] = term
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


A = {}

A["001_torfmoor_steinbruch_elsenzbote.txt"] = {
    "published": "2024-03-13",
    "published_note": "from the date line 'ELSENZBOTE · Lokales · Auerbruch · Mittwoch, 13. März 2024'; 'am Montagabend' -> 2024-03-11",
    "language": "de",
    "deals": [
        D("heidelberg-torfmoor-land", ["Torfmoor Datenpark", "Heidelberg Materials"], "acquisition", 19_000_000, "EUR", "approx",
          "2024-03-11", "signed",
          "Rund 19 Millionen Euro zahlt das Unternehmen dafür, den Kaufvertrag unterschrieben beide Seiten am Montagabend noch im Sitzungssaal, nachdem der Gemeinderat den Bebauungsplan mit 14 zu 5 Stimmen gebilligt hatte.",
          alt=[(18_960_000, "EUR")], kind_alt=["other"],
          note="amount first, parties in the previous sentence ('das Unternehmen' = Torfmoor, buyer; seller Heidelberg Materials); exact figure 18.960.000 Euro in the next sentence; first of two Heidelberg Materials–Torfmoor deals (the concrete order of 2025 is another)"),
        D("torfmoor-auerbruch-campus-capex", ["Torfmoor Datenpark"], "capex_plan", 1_400_000_000, "EUR", "up_to",
          "2024-03", "planned",
          "Bis zu 1,4 Milliarden Euro will Torfmoor in den kommenden sechs Jahren dort verbauen, verteilt auf drei Gebäude mit zusammen 120 Megawatt Anschlussleistung.",
          term=["2024", "2030"], kind_alt=["project"],
          note="own spending plan for the campus; only the spender is a party"),
        D("ziegelei-torfmoor-heat", ["Ziegelei Auerbruch", "Torfmoor Datenpark"], "supply", 1_100_000, "EUR", "approx",
          "2024-03-11", "announced",
          "Das Ziegelwerk soll ab 2027 Abwärme aus dem Rechenzentrum für seine Trockenkammern beziehen und dafür jährlich rund 1,1 Millionen Euro bezahlen.",
          per="year", term=["2027", None], kind_alt=["other"],
          note="letter of intent ('Absichtserklärung', 'Am selben Abend' = Monday evening); 'Das Ziegelwerk' = Ziegelei Auerbruch pays Torfmoor for waste heat; rate per year"),
    ],
    "not_deals": ["knapp 50 Euro", "4,5 Millionen Euro", "bis zu sechs Millionen Euro Gewerbesteuer", "31,7 Millionen Euro",
                  "ab 39 Euro", "für 89 Euro"],
}

A["002_pellucor_glasscore_interposer_en.txt"] = {
    "published": "2024-05-16",
    "published_note": "from the issue line 'Issue 44 · Thursday 16 May 2024'; 'on Tuesday' -> 2024-05-14",
    "language": "en",
    "deals": [
        D("pellucor-seriesb-2024", ["Obsidian Ridge Capital", "Pellucor"], "investment", 140_000_000, "USD", "exact",
          "2024-05-14", "completed",
          "Pellucor, the Albany, New York start-up that turns sheets of borosilicate into cores for large AI chip packages, announced on Tuesday that Obsidian Ridge Capital had led its $140 million Series B, now closed.",
          alt=[(130_000_000, "EUR")],
          note="lead investor first; AGC took part (not listed as a party); 003 restates the round in EUR (month only), 014 without amount; first of two Obsidian Ridge–Pellucor rounds"),
        D("brennhaus-nitrocer-stake", ["Brennhaus Keramik", "Nitrocer"], "investment", 12_000_000, "EUR", "exact",
          "2024-04", "completed",
          "Last month Brennhaus Keramik, the Bavarian maker of technical ceramics, put €12 million ($13 million) into Nitrocer, a Dresden spin-out that sinters aluminium nitride plates for GPU power modules.",
          alt=[(13_000_000, "USD")], note="'Last month' in a May issue -> 2024-04; minority stake"),
        D("intel-glass-substrate-line", ["Intel"], "capex_plan", 1_000_000_000, "USD", "at_least",
          None, "completed",
          "Intel says its glass-substrate research line in Chandler, Arizona, has absorbed more than $1 billion, and Absolics, the SKC unit building a plant in Covington, Georgia, is lined up for $75 million of federal CHIPS money.",
          required=False, kind_alt=["project"],
          note="background: money already spent on Intel's own research line, no date; optional"),
    ],
    "not_deals": ["$610 million", "$75 million", "$4.2 billion by 2030", "€3.1 million", "$1,150", "Seats $95",
                  "$29 monthly", "$290 annually"],
}

A["003_schott_lauscha_rennsteigdienst.txt"] = {
    "published": "2024-07-04",
    "published_note": "from the dateline 'Mainz/Lauscha, 4. Juli (rwd)' (no year) and the copyright line '© 2024 Rennsteig-Wirtschaftsdienst GmbH'; 'am Mittwochabend' -> 2024-07-03",
    "language": "de",
    "deals": [
        D("schott-lauscha-stake", ["Schott", "Lauschaer Präzisionsglas"], "acquisition", 48_000_000, "EUR", "approx",
          "2024-07-03", "signed",
          "Für knapp 48 Millionen Euro übernimmt Schott 25,1 Prozent an der Lauschaer Präzisionsglas GmbH, wie beide Unternehmen am Mittwochabend mitteilten.",
          kind_alt=["investment"],
          note="25.1 % stake, signed, antitrust approval pending; 'knapp' -> approx; restated in 014 (no amount, optional) and 018 (undated interview); different from Schott's yearly glass purchases (018)"),
        D("pellucor-lauscha-supply", ["Pellucor", "Lauschaer Präzisionsglas"], "supply", 30_000_000, "USD", "approx",
          "2024", "signed",
          "Pellucor hatte sich bereits im Frühjahr vertraglich verpflichtet, von 2025 bis 2027 Glasrohlinge für rund 30 Millionen Dollar aus Lauscha abzunehmen.",
          term=["2025", "2027"], note="'im Frühjahr' (season) -> year; 'aus Lauscha' = Lauschaer Präzisionsglas; Pellucor is the buyer"),
        D("pellucor-seriesb-2024", ["Obsidian Ridge Capital", "Pellucor"], "investment", 130_000_000, "EUR", "approx",
          "2024-05", "completed",
          "Im Mai hatte Pellucor eine Finanzierungsrunde über umgerechnet rund 130 Millionen Euro abgeschlossen, angeführt vom New Yorker Investor Obsidian Ridge Capital.",
          note="same round as 002 ($140 million), here converted to EUR and dated by month only"),
    ],
    "not_deals": ["41 Millionen Euro", "rund 2,8 Milliarden Euro", "8,5 Millionen Euro", "31,20 Euro"],
}

A["004_building_weekly_clinkernotes_en.txt"] = {
    "published": "2024-09-20",
    "published_note": "from the issue line 'Week 38 · Friday 20 September 2024'; 'on Wednesday' -> 2024-09-18, 'on Monday' -> 2024-09-16",
    "language": "en",
    "deals": [
        D("microsoft-sublime-investment", ["Microsoft", "Sublime Systems"], "investment", 30_000_000, "USD", "exact",
          "2024-09-18", "completed",
          "Microsoft said on Wednesday that its Climate Innovation Fund had invested $30 million in Sublime Systems, the Massachusetts company that makes cement without a kiln by running calcium-bearing rock through an electrolyser.",
          note="equity stake via Microsoft's fund; first of two Microsoft–Sublime deals (the 2025 cement offtake in 009 is another); the federal grant is a not_deal"),
        D("kingspan-skellgarth", ["Kingspan", "Skellgarth Modular"], "acquisition", 145_000_000, "GBP", "exact",
          "2024-09-16", "signed",
          "Kingspan agreed on Monday to buy Skellgarth Modular, a Yorkshire firm that builds prefabricated white-space enclosures and hot-aisle containment for colocation operators, for £145 million (about $192 million) in cash.",
          alt=[(192_000_000, "USD")]),
        D("lumen-corning-fibre-reservation", ["Lumen Technologies", "Corning"], "supply", None, None, None,
          "2024-08", "signed",
          "Last month Lumen Technologies reserved a tenth of Corning's global fibre output for the next two years to wire AI data centres.",
          required=False, term=["2024", "2026"], kind_alt=["partnership"],
          note="no price ('No price was attached'); optional; different from Meta's 2026 fibre contract with Corning"),
    ],
    "not_deals": ["up to $87 million", "£61 million", "€8.1 billion", "$138 a tonne", "€132 a cubic metre", "€64", "£340"],
}

A["005_mikagehara_nitrocer_elbhang.html"] = {
    "published": "2024-11-26",
    "published_note": "from <meta property='article:published_time'>, JSON-LD datePublished and <time datetime='2024-11-26T06:45:00+01:00'> (byline '26.11.2024, 06:45 Uhr'); 'am Montag' -> 2024-11-25",
    "language": "de",
    "deals": [
        D("mikagehara-nitrocer", ["Mikagehara Fine Ceramics", "Nitrocer"], "acquisition", 9_400_000_000, "JPY", "exact",
          "2024-11-25", "signed",
          "Der Keramikhersteller Mikagehara Fine Ceramics aus Kyoto übernimmt sämtliche Anteile für 9,4 Milliarden Yen, umgerechnet rund 57 Millionen Euro.",
          alt=[(57_000_000, "EUR")], note="signed 'am Montag' (next sentence); JPY with EUR conversion"),
        D("mikagehara-dresden-capex", ["Mikagehara Fine Ceramics"], "capex_plan", 25_000_000, "EUR", "exact",
          "2024-11", "planned",
          "In den kommenden zwei Jahren sollen weitere 25 Millionen Euro in eine zweite Fertigungshalle im Gewerbegebiet Dresden-Klotzsche fließen, kündigte das Unternehmen an.",
          term=["2024", "2026"], kind_alt=["project"], note="'das Unternehmen' = Mikagehara (previous sentence); announced with the purchase, day not stated"),
    ],
    "not_deals": ["3,1 Millionen Euro", "4,6 Millionen Euro", "3,2 Millionen Euro", "2.310 Yen", "182 Milliarden Yen",
                  "9,90 Euro monatlich"],
}

A["006_heraeus_fjellkvarts_telemarkledger_en.txt"] = {
    "published": "2025-02-05",
    "published_note": "from the dateline 'OSLO, 5 February 2025'; 'on Tuesday' -> 2025-02-04",
    "language": "en",
    "deals": [
        D("heraeus-fjellkvarts-stake", ["Heraeus", "Fjellkvarts"], "acquisition", 1_200_000_000, "NOK", "exact",
          "2025-02-04", "signed",
          "Heraeus, the family-owned German technology group, will pay NOK 1.2 billion (€103 million) for 40 per cent of Fjellkvarts, the Drangedal company that mines and purifies quartz for crucibles, photomask blanks and the fused silica used in chip fabs.",
          alt=[(103_000_000, "EUR")], kind_alt=["investment"],
          note="signed 'on Tuesday' (next sentence); different from the yearly quartz purchase of the same pair"),
        D("heraeus-fjellkvarts-quartz-offtake", ["Heraeus", "Fjellkvarts"], "supply", 150_000_000, "NOK", "approx",
          "2025-02-04", "signed",
          "Alongside the share purchase, Heraeus committed to buying high-purity quartz sand from Fjellkvarts from 2026 until 2032, for about NOK 150 million a year.",
          per="year", term=["2026", "2032"],
          note="separate agreement signed with the stake ('separate agreements'); rate per year; must stay apart from the NOK 1.2bn stake"),
        D("stavlund-halvorsen-shells", ["Stavlund Datasenter", "Halvorsen Betong"], "supply", 480_000_000, "NOK", "at_least",
          "2025-01", "signed",
          "Halvorsen Betong, the Skien precast maker, said its largest contract so far had been signed last month: Stavlund Datasenter will pay it more than NOK 480 million for the prefabricated shells of three data halls near Porsgrunn.",
          kind_alt=["other"], note="'it' = Halvorsen Betong; 'last month' -> 2025-01; 'more than' -> at_least"),
    ],
    "not_deals": ["about NOK 3 billion", "NOK 410 million", "NOK 64 million", "around $9,000 a tonne", "about NOK 420 million",
                  "350 million kroner", "NOK 99", "NOK 389 a month"],
}

A["007_torfmoor_beton_kurpfaelzer.txt"] = {
    "published": "2025-02-20",
    "published_note": "from the header 'Donnerstag, 20.02.2025 | Unternehmen | Seite 17'; 'am Mittwoch' -> 2025-02-19",
    "language": "de",
    "deals": [
        D("heidelberg-torfmoor-concrete", ["Torfmoor Datenpark", "Heidelberg Materials"], "supply", 85_000_000, "EUR", "approx",
          "2025-02-19", "signed",
          "Der Frankfurter Entwickler bestellt für den ersten Bauabschnitt Transportbeton und Fertigteile im Wert von rund 85 Millionen Euro; verkündet wurde der Auftrag am Mittwoch in Heidelberg.",
          alt=[(89_000_000, "USD")], term=["2025-05", "2028"],
          note="'Der Frankfurter Entwickler' = Torfmoor (previous sentence), buyer; supplier Heidelberg Materials; 009 restates it in USD with the month only; second Heidelberg Materials–Torfmoor deal, must stay apart from the 2024 land sale"),
        D("heidelberg-torfmoor-land", ["Torfmoor Datenpark", "Heidelberg Materials"], "acquisition", 19_000_000, "EUR", "exact",
          "2024-03", "completed",
          "Das rund 38 Hektar große Gelände hatte Torfmoor im März vergangenen Jahres für 19 Millionen Euro von Heidelberg Materials gekauft.",
          kind_alt=["other"], note="restatement of the 2024 land sale (001); 'im März vergangenen Jahres' -> 2024-03"),
        D("ruhwinkel-torfmoor-loan", ["Bankhaus Ruhwinkel", "Torfmoor Datenpark"], "other", 240_000_000, "EUR", "exact",
          "2025-02", "signed",
          "Für den Rohbau des ersten Abschnitts hat sich Torfmoor zudem einen Konsortialkredit über 240 Millionen Euro gesichert, angeführt vom Frankfurter Bankhaus Ruhwinkel.",
          note="syndicated loan led by the bank (lender first); signed 'in diesem Monat' -> 2025-02"),
    ],
    "not_deals": ["gut 21 Milliarden Euro", "153,40 Euro", "172 Euro", "knapp 80 Euro je Tonne", "Teilnahme 59 Euro"],
}

A["008_corrib_saintgobain_seaboard_en.txt"] = {
    "published": "2025-03-11",
    "published_note": "from the date line 'Tuesday, March 11, 2025'",
    "language": "en",
    "deals": [
        D("saint-gobain-corrib", ["Saint-Gobain", "Corrib Precast"], "acquisition", 310_000_000, "EUR", "approx",
          "2025", "negotiating",
          "Saint-Gobain has entered exclusive talks to buy Corrib Precast, the Oranmore-based maker of concrete wall panels and modular plant rooms, in a deal worth about €310 million including debt, two people close to the Oranmore negotiations said.",
          alt=[(360_000_000, "USD")],
          note="exclusive talks from sources; completed in July (012, about $360m, the USD figure added here as alt amount); dated by year only so that the id's dates agree with the completion date"),
        D("aws-corrib-precast", ["Amazon", "Corrib Precast"], "supply", 62_000_000, "EUR", "exact",
          "2024", "signed",
          "Last year it won a €62 million order from Amazon Web Services for precast structures at the US group's campus in Drogheda, its largest contract to date.",
          note="'it' = Corrib; 'Last year' -> 2024; AWS = Amazon"),
    ],
    "not_deals": ["€118 million", "EBITDA of €21 million", "€46.6 billion", "€3.2 billion", "€329,000", "about €48,000"],
}

A["009_lowcarbon_concrete_kilnreport_en.txt"] = {
    "published": "2025-03-27",
    "published_note": "from the issue line 'Vol. 3, No. 12 · March 27, 2025'; 'on Tuesday' -> 2025-03-25",
    "language": "en",
    "deals": [
        D("microsoft-sublime-offtake", ["Microsoft", "Sublime Systems"], "supply", 90_000_000, "USD", "approx",
          "2025-03-25", "signed",
          "Microsoft has agreed to buy cement from Sublime Systems for its data centres over six years, in a contract that two people familiar with its terms put at roughly ninety million dollars.",
          note="amount in words, from sources (companies gave no price); announced 'on Tuesday' (next sentence); second Microsoft–Sublime deal, must stay apart from the 2024 investment (the amount-less 'has backed the start-up before' is not annotated)"),
        D("heidelberg-torfmoor-concrete", ["Torfmoor Datenpark", "Heidelberg Materials"], "supply", 89_000_000, "USD", "approx",
          "2025-02", "signed",
          "Last month Heidelberg Materials agreed to supply ready-mix concrete and precast parts worth roughly $89 million to Torfmoor Datenpark, which is building a campus in a former limestone quarry in Baden-Württemberg.",
          note="same order as 007 (about €85 million), here in USD with 'Last month' -> 2025-02"),
        D("stavlund-heidelberg-evozero-talks", ["Stavlund Datasenter", "Heidelberg Materials"], "supply", 90_000_000, "NOK", "range",
          "2025-03", "negotiating",
          "Stavlund Datasenter, which is building three halls in Telemark, is negotiating with Heidelberg Materials over a supply of captured-carbon cement worth between NOK 90 million and NOK 110 million, said someone who has been briefed on the discussions.",
          amount_max=110_000_000, note="talks from a single source; range"),
    ],
    "not_deals": ["$110", "$240 a year", "$1,900"],
}

A["010_baustoffe_liveticker_kurstafel.txt"] = {
    "published": "2025-05-14",
    "published_note": "from the ticker header 'Mittwoch, 14. Mai 2025' (entries by time only); 'heute Vormittag' and 'am frühen Morgen' -> 2025-05-14",
    "language": "de",
    "deals": [
        D("ruhwinkel-brennhaus-credit", ["Bankhaus Ruhwinkel", "Brennhaus Keramik"], "other", 60_000_000, "EUR", "exact",
          "2025-05", "signed",
          "Der oberfränkische Keramikhersteller Brennhaus hat sich eine Kreditlinie über 60 Millionen Euro bei seiner Hausbank gesichert, dem Bankhaus Ruhwinkel.",
          note="credit line (lender first); day of signing not given -> month of the ticker; different from the bank's 2025 loan to Torfmoor (007)"),
        D("sika-halvorsen-rumour-2025", ["Sika", "Halvorsen Betong"], "acquisition", 2_300_000_000, "NOK", "approx",
          "2025-05", "rumored",
          "Gerüchte über ein Übernahmeangebot von Sika für den norwegischen Fertigteilhersteller Halvorsen Betong in Höhe von rund 2,3 Milliarden Kronen hat eine Halvorsen-Sprecherin am Nachmittag zurückgewiesen.",
          required=False,
          note="rumour denied by Halvorsen; optional; kept apart from Sika's signed purchase of Halvorsen in June 2026 (019, NOK 2.1bn), which is a separate agreement a year later"),
        D("sika-flurwerk", ["Sika", "Flurwerk"], "acquisition", 165_000_000, "CHF", "exact",
          "2025-05-14", "signed",
          "Sika übernimmt den Zürcher Doppelbodenhersteller Flurwerk für 165 Millionen Franken.",
          note="signed 'heute Vormittag' (two sentences later, 'der Bauchemiekonzern' = Sika)"),
        D("kyocera-kagoshima-capex", ["Kyocera"], "capex_plan", 68_000_000_000, "JPY", "approx",
          "2025-05-14", "planned",
          "Der japanische Elektronik- und Keramikkonzern Kyocera will bis Ende 2028 rund 68 Milliarden Yen in ein neues Werk für Keramikgehäuse und organische Substrate in Kagoshima investieren.",
          term=[None, "2028"], kind_alt=["project"], note="announced 'am frühen Morgen deutscher Zeit' of the ticker day; 'bis Ende 2028' -> term end"),
    ],
    "not_deals": ["48 Millionen Franken", "221,40 Franken", "31,86 Euro", "gut zwei Billionen Yen", "104 Franken"],
}

A["011_amrize_meta_boeufriver_en.html"] = {
    "published": "2025-07-16",
    "published_note": "from <meta name='parsely-pub-date'>, JSON-LD datePublished and the byline 'Wed., July 16, 2025'; 'on Monday' -> 2025-07-14",
    "language": "en",
    "deals": [
        D("meta-amrize-louisiana", ["Meta", "Amrize"], "supply", 410_000_000, "USD", "approx",
          "2025-07-14", "signed",
          "The building-materials company Amrize has signed a contract worth roughly $410 million to supply cement, aggregates and roofing systems to Meta's data center campus in northeast Louisiana, Amrize and Meta announced on Monday.",
          term=["2025", "2028"], note="Meta is the customer; runs through 2028 (next sentence)"),
        D("amrize-baton-rouge-capex", ["Amrize"], "capex_plan", 120_000_000, "USD", "approx",
          "2025-07", "planned",
          "Amrize, which began trading on the New York Stock Exchange last month after Holcim spun off its North American business, said it would also spend about $120 million expanding a cement terminal on the Mississippi River at Baton Rouge to handle the volumes.",
          kind_alt=["project"], note="own plan tied to the Meta contract; the spin-off from Holcim has no amount and is not annotated"),
        D("meta-capex-2025", ["Meta"], "capex_plan", 64_000_000_000, "USD", "range",
          "2025", "planned",
          "For Meta, the Louisiana campus is one of the largest single pieces of a building program that has pushed the company's forecast capital spending for 2025 into a band of $64 billion to $72 billion.",
          required=False, amount_max=72_000_000_000, note="group-wide capex guidance; optional"),
    ],
    "not_deals": ["$11.7 billion", "$48 million", "about $165 per cubic yard", "roughly $140", "$51.20", "$19.99"],
}

A["012_baustoffe_schlussbericht_baustoffglocke.txt"] = {
    "published": "2025-07-24",
    "published_note": "from the line 'Schlussbericht vom Donnerstag, 24. Juli 2025'; 'am Dienstag' -> 2025-07-22",
    "language": "de",
    "deals": [
        D("saint-gobain-corrib", ["Saint-Gobain", "Corrib Precast"], "acquisition", 360_000_000, "USD", "approx",
          "2025-07-22", "completed",
          "Saint-Gobain zahlt nach eigenen Angaben rund 360 Millionen Dollar einschließlich Schulden; der Vollzug erfolgte am Dienstag, nachdem die irische Wettbewerbsbehörde grünes Licht gegeben hatte.",
          note="completion of the takeover negotiated in 008 (about €310 million), here in USD"),
        D("saint-gobain-datacentre-unit-capex", ["Saint-Gobain"], "capex_plan", 400_000_000, "EUR", "approx",
          "2025-07-24", "planned",
          "Bis 2027 sollen dort weitere rund 400 Millionen Euro investiert werden, ein Teil davon in die Werke des neuen Zukaufs in Irland und Schweden, hieß es in der Telefonkonferenz mit Analysten.",
          term=[None, "2027"], note="'dort' = Saint-Gobain's new data-centre unit (previous sentence); said on the analyst call of the report day; a unit plan, not group-wide capex, so required"),
    ],
    "not_deals": ["23,6 Milliarden Euro", "97,18 Euro", "196,30 Euro", "91,24 Franken", "50,65 Dollar", "74,60 Euro",
                  "33,02 Euro", "207,10 CHF", "27,85 €", "150 Euro Startguthaben"],
}

A["013_crh_ecomaterial_tolsey_en.txt"] = {
    "published": "2025-09-09",
    "published_note": "from the header 'September 9, 2025 · 06:15 ET'; dateline 'Sept 8', 'on Monday' -> 2025-09-08",
    "language": "en",
    "deals": [
        D("crh-eco-material", ["CRH", "Eco Material Technologies"], "acquisition", 2_100_000_000, "USD", "exact",
          "2025-09-08", "signed",
          "CRH agreed on Monday to acquire Eco Material Technologies, the largest US marketer of fly ash and other supplementary cementitious materials, for $2.1 billion in cash, betting that demand for lower-carbon concrete from data centres and factories will keep rising.",
          note="the bond issue that funds it and the owners' undisclosed 2021 purchase are not deals here"),
    ],
    "not_deals": ["up to $1.5 billion", "roughly $630 million", "$101.85", "$35.6 billion", "between $7.3 billion and $7.6 billion"],
}

A["014_glaskerne_kommentar_substratwoche.txt"] = {
    "published": "2025-10-21",
    "published_note": "from the line 'Substratwoche · Gastkommentar / Dienstag, 21. Oktober 2025'; 'Anfang Oktober', 'vergangene Woche' -> 2025-10",
    "language": "de",
    "deals": [
        D("skc-absolics-capital", ["SKC", "Absolics"], "investment", 300_000_000_000, "KRW", "exact",
          "2025-10", "announced",
          "Erstens: Die koreanische SKC schießt ihrer Tochter Absolics, die im US-Bundesstaat Georgia das erste Werk für Glassubstrate betreibt, weitere 300 Milliarden Won zu.",
          alt=[(210_000_000, "USD")],
          note="capital injection into a subsidiary; 'Anfang Oktober' (next sentence) -> 2025-10; compound '300-Milliarden-Won-Spritze' follows; the CHIPS grant is a not_deal"),
        D("tamsui-pellucor-jv", ["Tamsui Packaging", "Pellucor"], "joint_venture", 3_200_000_000, "TWD", "exact",
          "2025-10", "announced",
          "Beide Seiten bringen zusammen 3,2 Milliarden Taiwan-Dollar ein, umgerechnet etwa 105 Millionen US-Dollar, wie sie vergangene Woche mitteilten.",
          alt=[(105_000_000, "USD")], kind_alt=["investment"],
          note="'Beide Seiten' = Tamsui Packaging and Pellucor (previous sentence); combined contribution"),
        D("obsidian-pellucor-seriesc", ["Obsidian Ridge Capital", "Pellucor"], "investment", 250_000_000, "USD", "range",
          "2025-10", "rumored",
          "Angeführt werden soll sie erneut von Obsidian Ridge Capital, das schon die Runde im vergangenen Jahr angeführt hat; im Gespräch sind zwischen 250 und 270 Millionen Dollar.",
          amount_max=270_000_000,
          note="unconfirmed ('noch unbestätigt', 'aus Investorenkreisen'); 'sie' = Pellucor's Series C (previous sentence); second Obsidian Ridge–Pellucor round, must stay apart from the 2024 Series B"),
        D("pellucor-seriesb-2024", ["Obsidian Ridge Capital", "Pellucor"], "investment", None, None, None,
          "2024", "completed",
          "Angeführt werden soll sie erneut von Obsidian Ridge Capital, das schon die Runde im vergangenen Jahr angeführt hat; im Gespräch sind zwischen 250 und 270 Millionen Dollar.",
          required=False, note="amount-less back reference to the 2024 Series B in the same sentence; optional"),
        D("schott-lauscha-stake", ["Schott", "Lauschaer Präzisionsglas"], "acquisition", None, None, None,
          "2024", "completed",
          "Schott, seit Sommer 2024 mit gut einem Viertel an der Thüringer Lauschaer Präzisionsglas beteiligt, hilft dort beim Bau einer weiteren Schmelzwanne.",
          required=False, kind_alt=["investment"], note="amount-less restatement of the 2024 stake; optional"),
    ],
    "not_deals": ["75 Millionen Dollar", "über einer Milliarde Dollar", "zwischen 700 und 1.100 Dollar je Panel",
                  "rund 3,5 Milliarden Dollar", "31 Euro", "6.100 Yen", "Frühbucherpreis 290 Euro"],
}

A["015_meta_corning_talks_strandcount_en.txt"] = {
    "published": "2026-01-12",
    "published_note": "from the byline '12 Jan 2026, 5:40 pm PT'; 'in December' -> 2025-12",
    "language": "en",
    "deals": [
        D("meta-corning-fibre", ["Meta", "Corning"], "supply", 6_000_000_000, "USD", "up_to",
          "2026-01", "rumored",
          "Meta Platforms is in advanced talks with Corning over a multiyear agreement to buy optical fibre and cable for its AI data centres that could be worth as much as $6 billion, three people who have been following the negotiations told The Strand Count.",
          alt=[(5_100_000_000, "EUR")], term=[None, "2030"],
          note="talks from sources, both companies declined to comment -> rumored; signed two weeks later (016 USD with day, 017 EUR with month); 'through the end of the decade' -> term end 2030; the unnamed 2024 capacity reservation is not annotated here"),
        D("agc-yokohama-capex", ["AGC"], "capex_plan", 35_000_000_000, "JPY", "exact",
          "2025-12", "planned",
          "Japan's AGC said in December it would invest ¥35 billion in a line for glass-core substrates at its Yokohama site, aimed at chip packages for AI accelerators, with production due to start in 2028.",
          kind_alt=["project"]),
    ],
    "not_deals": ["$1.65 billion", "about $4.3 billion", "$97.40", "around $4.80 per fibre-kilometre", "less than $3", "$49 a month"],
}

A["016_corning_meta_hickory_unifour_en.html"] = {
    "published": "2026-01-28",
    "published_note": "from <meta name='pubdate'>, <meta property='article:published_time'>, JSON-LD datePublished and the line 'Published Wed., Jan. 28, 2026'; 'on Tuesday' -> 2026-01-27",
    "language": "en",
    "deals": [
        D("meta-corning-fibre", ["Meta", "Corning"], "supply", 6_000_000_000, "USD", "up_to",
          "2026-01-27", "signed",
          "HICKORY — Corning will supply Meta with optical fiber, cable and connectivity products for AI data centers under a multiyear agreement worth up to $6 billion, the companies said on Tuesday, ending weeks in which the talks had been an open secret in the industry.",
          term=[None, "2030"], note="signing of the contract rumoured in 015; runs through 2030 (next sentence)"),
        D("corning-hickory-capex", ["Corning"], "capex_plan", 900_000_000, "USD", "approx",
          "2026-01-27", "planned",
          "To meet it, Corning will expand its cable manufacturing in Hickory and add a second building on its existing site, an investment the company put at about $900 million.",
          kind_alt=["project"], note="own plant expansion tied to the Meta contract; the state grant is a not_deal"),
        D("apple-corning-kentucky", ["Apple", "Corning"], "supply", 2_500_000_000, "USD", "exact",
          "2025-08", "announced",
          "Last August the company and Apple announced a $2.5 billion commitment under which all cover glass for iPhones and Apple Watch is to be made at Corning's plant in Harrodsburg, Kentucky.",
          required=False, kind_alt=["investment", "partnership"],
          note="background deal outside AI infrastructure ('Last August' -> 2025-08); optional"),
    ],
    "not_deals": ["about $62,000", "up to $18.5 million", "$16.2 billion", "$104.15"],
}

A["017_corning_aktie_kursveranda.txt"] = {
    "published": "2026-02-03",
    "published_note": "from the stock-portal stamp '03.02.2026 – 08:15:22 Uhr'; 'im Januar' -> 2026-01",
    "language": "de",
    "deals": [
        D("meta-corning-fibre", ["Meta", "Corning"], "supply", 5_100_000_000, "EUR", "up_to",
          "2026-01", "signed",
          "Auslöser ist vor allem ein Großauftrag von Meta: Der Facebook-Konzern hatte sich im Januar verpflichtet, Corning bis 2030 bis zu 5,1 Milliarden Euro für Glasfaser, Kabel und Steckverbinder zu zahlen.",
          term=[None, "2030"], note="same contract as 015/016, converted to EUR, month only; 'Der Facebook-Konzern' = Meta"),
        D("aws-corning-talks", ["Amazon", "Corning"], "supply", None, None, None,
          "2026", "rumored",
          "Auch mit der Amazon-Tochter AWS soll Corning Berichten zufolge über einen langfristigen Liefervertrag verhandeln.",
          required=False, note="reported talks without amount ('Zahlen wurden nicht genannt'); optional; 'Amazon-Tochter AWS' = Amazon"),
    ],
    "not_deals": ["knapp 14 Milliarden Euro", "118 Dollar", "110 Dollar", "109,50 Dollar", "zwischen 4,2 und 4,4 Milliarden Dollar",
                  "0,28 Dollar je Aktie", "90-Dollar-Marke", "104,90 $", "106,12 $", "44,15 $", "rund 90 Mrd. $", "0 Euro Ordergebühr"],
}

A["018_interview_lauscha_schmelzwanne.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Rubrik: Im Gespräch · Lesedauer: 7 Minuten'); all deals undated",
    "language": "de",
    "deals": [
        D("schott-lauscha-stake", ["Schott", "Lauschaer Präzisionsglas"], "acquisition", 48_000_000, "EUR", "approx",
          None, "completed",
          "Aber die knapp 48 Millionen Euro aus Mainz haben uns erlaubt, in zwei Jahren zu schaffen, wofür wir sonst zehn gebraucht hätten.",
          kind_alt=["investment"],
          note="restatement of the 2024 stake (003); Schott named in the question, 'aus Mainz' = Schott, 'uns' = Lauschaer; undated interview"),
        D("schott-lauscha-glass-supply", ["Schott", "Lauschaer Präzisionsglas"], "supply", 9_000_000, "EUR", "approx",
          None, "signed",
          "Unabhängig von der Beteiligung haben wir einen Liefervertrag mit Schott: Die Mainzer nehmen uns jährlich Dünnglas für rund neun Millionen Euro ab, das sie in ihren eigenen Substratlinien weiterverarbeiten.",
          per="year", note="amount in words, rate per year; 'Die Mainzer' = Schott (buyer); second Schott–Lauschaer deal, must stay apart from the stake"),
        D("tamsui-lauscha-offer", ["Tamsui Packaging", "Lauschaer Präzisionsglas"], "acquisition", 120_000_000, "EUR", "exact",
          None, "cancelled",
          "Tamsui Packaging wollte uns komplett übernehmen und bot dafür 120 Millionen Euro.",
          note="offer refused ('abgesagt'); undated"),
        D("lauscha-third-furnace-capex", ["Lauschaer Präzisionsglas"], "capex_plan", 20_000_000, "EUR", "approx",
          None, "planned",
          "In den kommenden drei Jahren stecken wir rund zwanzig Millionen Euro in diese Anlage, vor allem in die Ziehmaschine und die Laserbohrstraße.",
          kind_alt=["project"], note="'wir' = Lauschaer Präzisionsglas; amount in words"),
    ],
    "not_deals": ["3.900 Euro brutto im Monat", "8,5 Millionen Euro Förderung", "rund 19 Cent", "12,50 Euro", "98 Euro pro Jahr"],
}

A["019_sika_halvorsen_bryggen_en.txt"] = {
    "published": "2026-06-18",
    "published_note": "from the stamp 'Posted 18/06/2026 09:12 CEST'; 'on Wednesday' -> 2026-06-17",
    "language": "en",
    "deals": [
        D("sika-halvorsen-2026", ["Sika", "Halvorsen Betong"], "acquisition", 2_100_000_000, "NOK", "exact",
          "2026-06-17", "signed",
          "Sika agreed on Wednesday to buy Halvorsen Betong, the Skien-based precast concrete maker, for NOK 2.1 billion (roughly 158 million Swiss francs), including net debt.",
          alt=[(158_000_000, "CHF")], note="different from the denied May 2025 rumour (010)"),
        D("lindwurm-stavlund-stake", ["Lindwurm Infrastruktur", "Stavlund Datasenter"], "acquisition", 900_000_000, "NOK", "exact",
          "2026-06", "signed",
          "Stavlund Datasenter, Halvorsen's biggest client, sold 30 per cent of itself to Lindwurm Infrastruktur, a Munich-based infrastructure fund, for NOK 900 million.",
          kind_alt=["investment"], note="'the second transaction of the week' -> 2026-06; different from Lindwurm's Torfmoor stake (020)"),
    ],
    "not_deals": ["CHF 198.70", "CHF 240", "revenue NOK 1.45 billion", "EBIT NOK 190 million", "net debt NOK 310 million", "NOK 2,500"],
}

A["020_torfmoor_lindwurm_huegelland.txt"] = {
    "published": "2026-10-30",
    "published_note": "from the issue line 'Ausgabe 44/2026 · Freitag, 30. Oktober 2026'; 'am Donnerstag' -> 2026-10-29",
    "language": "de",
    "deals": [
        D("lindwurm-torfmoor-stake", ["Lindwurm Infrastruktur", "Torfmoor Datenpark"], "acquisition", 620_000_000, "EUR", "approx",
          "2026-10-29", "signed",
          "Über den Kaufpreis schweigen beide Seiten offiziell, nach Informationen dieser Zeitung liegt er bei rund 620 Millionen Euro.",
          kind_alt=["investment"],
          note="49 % stake, parties in the previous sentences; price from the paper's own information; sealed 'am Donnerstag' (next sentence)"),
        D("heidelberg-torfmoor-land", ["Torfmoor Datenpark", "Heidelberg Materials"], "acquisition", None, None, None,
          "2024", "completed",
          "Zweieinhalb Jahre nach dem Kauf des alten Steinbruchs holt sich der Rechenzentrumsbetreiber Torfmoor Datenpark einen Finanzpartner an Bord.",
          required=False, kind_alt=["other"],
          note="amount-less back reference to the 2024 land purchase (seller named only later in the article); optional"),
        D("torfmoor-gemeinde-land-2026", ["Torfmoor Datenpark", "Gemeinde Auerbruch"], "acquisition", 7_200_000, "EUR", "exact",
          "2026", "cancelled",
          "Torfmoor hatte mit der Gemeinde Auerbruch im Frühjahr vereinbart, ein angrenzendes, 14 Hektar großes Ackergrundstück für 7,2 Millionen Euro zu kaufen.",
          kind_alt=["other"],
          note="Torfmoor withdrew 'Drei Monate später' (next sentence); cancelled deal keeps the spring 2026 agreement date (season -> year)"),
        D("skellgarth-brennhaus-cooling-plates", ["Skellgarth Modular", "Brennhaus Keramik"], "supply", 14_000_000, "EUR", "exact",
          "2026-10", "signed",
          "Die Ziegelei Auerbruch bekommt vom Land 2,75 Millionen Euro Zuschuss für die Umrüstung ihrer Trockenkammern auf Abwärme; Brennhaus Keramik liefert keramische Kühlplatten für 14 Millionen Euro an Skellgarth Modular, die britische Kingspan-Tochter; und Heidelberg Materials gibt das Transportbetonwerk im Nachbarort an einen regionalen Mittelständler ab, der Preis wurde nicht genannt.",
          note="one item of a 'Kurz notiert' list sentence (the grant in the same sentence is a not_deal); dated to the week's issue -> 2026-10; Skellgarth is the buyer"),
        D("heidelberg-readymix-plant-sale", ["Heidelberg Materials"], "acquisition", None, None, None,
          "2026-10", "signed",
          "Die Ziegelei Auerbruch bekommt vom Land 2,75 Millionen Euro Zuschuss für die Umrüstung ihrer Trockenkammern auf Abwärme; Brennhaus Keramik liefert keramische Kühlplatten für 14 Millionen Euro an Skellgarth Modular, die britische Kingspan-Tochter; und Heidelberg Materials gibt das Transportbetonwerk im Nachbarort an einen regionalen Mittelständler ab, der Preis wurde nicht genannt.",
          required=False, note="sale to an unnamed buyer, price not disclosed; optional"),
    ],
    "not_deals": ["rund 2,4 Millionen Euro", "34,9 Millionen Euro", "2,75 Millionen Euro Zuschuss", "250 Euro",
                  "Jahresabo 64 Euro", "4,90 Euro im Monat"],
}

ALIASES = {
    "Heidelberg Materials": ["Heidelberg Materials AG", "HeidelbergCement"],
    "Torfmoor Datenpark": ["Torfmoor Datenpark GmbH", "Torfmoor"],
    "Ziegelei Auerbruch": ["Ziegelei Auerbruch GmbH & Co. KG"],
    "Gemeinde Auerbruch": ["Auerbruch"],
    "Pellucor": ["Pellucor Inc."],
    "Obsidian Ridge Capital": ["Obsidian Ridge"],
    "Brennhaus Keramik": ["Brennhaus Keramik AG", "Brennhaus"],
    "Nitrocer": ["Nitrocer GmbH"],
    "Intel": ["Intel Corp.", "Intel Corporation"],
    "Schott": ["Schott AG"],
    "Lauschaer Präzisionsglas": ["Lauschaer Präzisionsglas GmbH", "Lauschaer"],
    "Microsoft": ["Microsoft Corp.", "Microsoft Climate Innovation Fund"],
    "Sublime Systems": ["Sublime"],
    "Kingspan": ["Kingspan Group"],
    "Skellgarth Modular": ["Skellgarth"],
    "Lumen Technologies": ["Lumen"],
    "Corning": ["Corning Inc.", "Corning Incorporated"],
    "Mikagehara Fine Ceramics": ["Mikagehara"],
    "Heraeus": ["Heraeus Group"],
    "Fjellkvarts": ["Fjellkvarts AS"],
    "Halvorsen Betong": ["Halvorsen Betong AS", "Halvorsen"],
    "Stavlund Datasenter": ["Stavlund Datasenter AS", "Stavlund"],
    "Bankhaus Ruhwinkel": ["Ruhwinkel"],
    "Saint-Gobain": ["Compagnie de Saint-Gobain"],
    "Corrib Precast": ["Corrib Precast Ltd", "Corrib"],
    "Amazon": ["AWS", "Amazon Web Services"],
    "Kyocera": ["Kyocera Corp."],
    "Sika": ["Sika AG"],
    "Flurwerk": ["Flurwerk AG"],
    "Meta": ["Meta Platforms", "Facebook"],
    "Amrize": ["Amrize Ltd"],
    "CRH": ["CRH plc"],
    "Eco Material Technologies": ["Eco Material"],
    "SKC": ["SKC Co."],
    "Absolics": ["Absolics Inc."],
    "Tamsui Packaging": ["Tamsui Packaging Technologies", "Tamsui"],
    "AGC": ["AGC Inc."],
    "Apple": ["Apple Inc."],
    "Lindwurm Infrastruktur": ["Lindwurm"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
