#!/usr/bin/env python3
"""Write gold.json for tests/corpus173 (the hand annotation as a script).

Edit the annotation here, then run: python3 tests/corpus173/make_gold.py
Same format and rules as tests/corpus15/gold.json and ../shared/gold/seeds.json.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 173rd, held-out test corpus (tests/corpus173/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: car-parts suppliers and tyre makers (plant sales, brand and "
    "unit disposals, stakes, loans, supply orders, GPU-cloud, AI-software and cloud contracts). One entry per "
    "article; a deal that several articles report carries the same id in each. 'required': false marks vague "
    "or background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the "
    "same article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <meta>/<time>, issue line, stock-portal "
    "stamp or ticker header, or null when the article has none); quarters, half-years and seasons become the "
    "year; a cancelled deal keeps the date of the original offer or talks; 'term' is the period the deal "
    "covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement "
    "call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Vorderwald Gummiwerke, Hollerbach Präzisionsguss, "
    "Skelderby Analytics, Lechtal Antriebstechnik, Hwaseol Precision, Quarrymist Compute, Tallowbrook "
    "Ventures, Tessaro Pneumatici, Echazwerk Elektronik, Wendenhorst Kapital, Odrapol Komponenty, Bank "
    "Nadodrzański, Mainwinkel Data, Ferncliff Partners, Stellmark Software, Harbourlight Growth, Kocherbank, "
    "Formenbau Ritzmann; invented publications, research houses, banks, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly real, partly invented or shifted. Nothing "
    "here is reporting."
)

ALIASES = {
    "Vorderwald Gummiwerke": ["Vorderwald Gummiwerke AG", "Vorderwald"],
    "Hollerbach Präzisionsguss": ["Hollerbach Präzisionsguss GmbH", "Hollerbach", "Hollerbach-Gruppe"],
    "Skelderby Analytics": ["Skelderby"],
    "Hankook Tire & Technology": ["Hankook", "Hankook Tire"],
    "Hanon Systems": ["Hanon"],
    "Lechtal Antriebstechnik": ["Lechtal"],
    "Hwaseol Precision": ["Hwaseol"],
    "Goodyear": ["Goodyear Tire & Rubber", "Goodyear Tire & Rubber Company"],
    "Yokohama Rubber": ["Yokohama", "Yokohama Rubber Company"],
    "Trelleborg Wheel Systems": ["Trelleborg"],
    "Continental": ["Continental AG", "Conti"],
    "Quarrymist Compute": ["Quarrymist"],
    "Tallowbrook Ventures": ["Tallowbrook"],
    "Google Cloud": ["Google"],
    "Foxconn": ["Hon Hai Precision", "Hon Hai", "Hon Hai Precision Industry"],
    "ZF Friedrichshafen": ["ZF", "ZF Friedrichshafen AG"],
    "Tessaro Pneumatici": ["Tessaro", "Tessaro Pneumatici S.p.A."],
    "Sumitomo Rubber Industries": ["Sumitomo Rubber", "Sumitomo"],
    "Michelin": ["Compagnie Générale des Établissements Michelin"],
    "Flex Composite Group": ["FCG"],
    "Pirelli": ["Pirelli & C."],
    "Echazwerk Elektronik": ["Echazwerk"],
    "Wendenhorst Kapital": ["Wendenhorst"],
    "Odrapol Komponenty": ["Odrapol"],
    "Bank Nadodrzański": ["Nadodrzański"],
    "Stadt Fulda": ["Fulda"],
    "Mainwinkel Data": ["Mainwinkel"],
    "Gemspring Capital": ["Gemspring"],
    "Ferncliff Partners": ["Ferncliff"],
    "Aumovio": ["Aumovio SE"],
    "Stellmark Software": ["Stellmark"],
    "Bosch": ["Robert Bosch", "Robert Bosch GmbH"],
    "Microsoft": ["Microsoft Corp.", "Azure"],
    "Harbourlight Growth": ["Harbourlight"],
    "Kocherbank": [],
    "Stadt Kecskemét": ["Kecskemét"],
    "Schaeffler": ["Schaeffler AG"],
    "Formenbau Ritzmann": ["Ritzmann"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("term", "per", "alt_amounts", "kind_alt"):
        if k in extra:
            d[k] = extra.pop(k)
    if "note" in extra:
        d["note"] = extra.pop("note")
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


VH = ["Vorderwald Gummiwerke", "Hollerbach Präzisionsguss"]
HH = ["Hankook Tire & Technology", "Hanon Systems"]
LS = ["Lechtal Antriebstechnik", "Skelderby Analytics"]
GY = ["Goodyear", "Yokohama Rubber"]
SG = ["Sumitomo Rubber Industries", "Goodyear"]
CF = ["Continental", "Ferncliff Partners"]

ARTICLES = {}

# 001 ---------------------------------------------------------------------------------------
ARTICLES["001_vorderwald_hausach_kinzigtalecho.txt"] = {
    "published": "2024-03-13",
    "published_note": "from the date line 'Mittwoch, 13.03.2024'; 'am Montag' -> 2024-03-11, the council meeting 'am Dienstag' -> 2024-03-12",
    "language": "de",
    "deals": [
        deal("vorderwald-hollerbach-hausach", VH, "acquisition", 27500000, "EUR", "exact", "2024-03-11", "signed",
             "27,5 Millionen Euro – diesen Betrag legt ein Gießereibetrieb von der Ostalb für das Reifenwerk am Ortsausgang Richtung Haslach auf den Tisch.",
             kind_alt=["other"], alt_amounts=[alt(30000000, "USD")],
             note="plant sale; amount first, buyer ('Käuferin ist die Hollerbach Präzisionsguss GmbH') and seller in the next sentence, signing 'am Montag' in the one after; 015 restates it as 'roughly $30 million' (alt_amounts); first of two Vorderwald–Hollerbach plant deals"),
        deal("hollerbach-hausach-capex", ["Hollerbach Präzisionsguss"], "capex_plan", 12000000, "EUR", "exact", "2024-03-12", "planned",
             "In einem ersten Schritt sollen dafür zusätzlich zwölf Millionen Euro in neue Druckgussanlagen fließen, kündigte Geschäftsführerin Birgit Lautenschläger vor dem Gremium an.",
             note="amount in words; the spender is named in the previous sentence ('Hollerbach will auf dem Gelände ...'); announced at the council meeting on Tuesday"),
        deal("skelderby-vorderwald-pilot", ["Vorderwald Gummiwerke", "Skelderby Analytics"], "cloud_contract", None, None, None, "2024-01", "signed",
             "Vorderwald selbst konzentriert sich auf das Stammwerk in Freiburg, wo seit Jahresbeginn eine KI-gestützte Bildprüfung des britischen Softwarehauses Skelderby Analytics jeden Reifenrohling auf Fehlstellen abtastet.",
             required=False, kind_alt=["supply", "other"],
             note="amount-less AI-inspection pilot ('Zu den Kosten ... äußerte sich das Unternehmen nicht'); 'seit Jahresbeginn' -> 2024-01"),
    ],
    "not_deals": ["18 Millionen Euro", "3,1 Millionen Euro", "rund 1,4 Millionen Euro", "gut drei Millionen",
                  "ab 39 Euro", "18 Millionen Sozialplan"],
}

# 002 ---------------------------------------------------------------------------------------
ARTICLES["002_hankook_hanon_sidewall_en.txt"] = {
    "published": "2024-05-10",
    "published_note": "from the issue line 'No. 19 — Friday, 10 May 2024'; 'on Tuesday' -> 2024-05-07, 'on Wednesday' -> 2024-05-08, 'last month' -> 2024-04",
    "language": "en",
    "deals": [
        deal("hankook-hanon-control", HH, "acquisition", 1800000000000, "KRW", "exact", "2024-05-07", "signed",
             "The tyre group will pay KRW 1.8 trillion, roughly $1.31 billion, for a combined stake of a little over 54 per cent, most of it bought from Hanon's private-equity owner and the remainder in newly issued shares.",
             kind_alt=["investment"], alt_amounts=[alt(1310000000, "USD")],
             note="'The tyre group' = Hankook, agreement 'on Tuesday' in the previous sentence; repeated in BY THE NUMBERS; 007 reports the closing, 008 mentions it without amount; different from Hankook's KRW 400bn rights-offering subscription (007)"),
        deal("lechtal-skelderby-2024", LS, "cloud_contract", 9500000, "GBP", "exact", "2024-04", "signed",
             "The Sheffield start-up said the contract, signed last month, is worth £9.5 million (about €11 million) over three years, covering the software, hosting on Skelderby's own GPU racks and on-site support.",
             kind_alt=["supply", "other"], alt_amounts=[alt(11000000, "EUR")], term=["2024", "2027"],
             note="'The Sheffield start-up' = Skelderby Analytics, customer Lechtal in the previous sentence; hosted AI inspection software; first of two Lechtal–Skelderby contracts (the second, 2026, in 018)"),
        deal("hwaseol-monterrey-capex", ["Hwaseol Precision"], "capex_plan", 60000000, "USD", "at_least", "2024-05-08", "planned",
             "Hwaseol Precision, a Changwon maker of compressor housings, will spend more than $60 million on a second plant in Monterrey, Mexico, its finance chief told investors on Wednesday.",
             note="'more than' -> at_least"),
    ],
    "not_deals": ["KRW 10 trillion", "about KRW 3 trillion", "£140 million", "£31 million", "$4.8 billion",
                  "$4.8bn", "Seats £45", "Annual subscription £149", "single issues £14"],
}

# 003 ---------------------------------------------------------------------------------------
ARTICLES["003_goodyear_yokohama_pellbrook_en.txt"] = {
    "published": "2024-07-23",
    "published_note": "from the header 'July 23, 2024 · 07:12 ET'; dateline 'July 22', 'on Monday' -> 2024-07-22",
    "language": "en",
    "deals": [
        deal("goodyear-yokohama-otr", GY, "acquisition", 910000000, "USD", "exact", "2024-07-22", "signed",
             "AKRON, Ohio, July 22 (Pellbrook) - Goodyear Tire & Rubber agreed on Monday to sell its off-the-road tyre business to Japan's Yokohama Rubber for $910 million in cash, the first big disposal under a turnaround plan that shareholders have been pressing the Ohio company to speed up.",
             alt_amounts=[alt(835000000, "EUR"), alt(143000000000, "JPY")],
             note="unit sale; the yen figure ('roughly ¥143 billion') is the same price; 006 restates it in EUR (month only), 012 as closed"),
        deal("yokohama-trelleborg-tws", ["Yokohama Rubber", "Trelleborg Wheel Systems"], "acquisition", 2400000000, "USD", "approx", "2023", "completed",
             "The Tokyo-based group paid about $2.4 billion for Sweden's Trelleborg Wheel Systems in 2023 and has since folded that business into its off-highway division.",
             note="background purchase; 'The Tokyo-based group' = Yokohama (previous sentence)"),
    ],
    "not_deals": ["about $1.1 billion", "net debt of about $7.6 billion", "$1.3 billion in annual cost savings",
                  "to $14 from $12", "$11.62", "¥560 billion"],
}

# 004 ---------------------------------------------------------------------------------------
ARTICLES["004_continental_quarrymist_axlebyte_en.html"] = {
    "published": "2024-09-18",
    "published_note": "from <meta property=article:published_time> and <time datetime='2024-09-18T09:30:00+02:00'> (visible '18 Sep 2024'); 'on Tuesday' -> 2024-09-17, 'in June' -> 2024-06",
    "language": "en",
    "deals": [
        deal("continental-quarrymist-2024", ["Continental", "Quarrymist Compute"], "cloud_contract", 240000000, "USD", "exact", "2024-09-17", "signed",
             "Continental has signed a three-year, $240m contract for GPU capacity with Quarrymist Compute, a Denver-based cloud provider that rents out Nvidia H100 clusters, both sides announced on Tuesday.",
             term=["2024-10", "2027"],
             note="GPU capacity from October ('starting in October'); first of two Continental–Quarrymist contracts (the second, $85m in 2026, in 017)"),
        deal("tallowbrook-quarrymist-seriesb", ["Tallowbrook Ventures", "Quarrymist Compute"], "investment", 180000000, "USD", "exact", "2024-06", "completed",
             "The company was founded in 2021 by former crypto-mining engineers and raised $180m in a Series B round in June, led by Tallowbrook Ventures, at a valuation of $1.1bn.",
             note="'The company' = Quarrymist; lead investor only; the $1.1bn valuation is a not_deal"),
        deal("continental-google-cloud", ["Continental", "Google Cloud"], "partnership", None, None, None, "2023", "signed",
             "Continental has worked with Google Cloud since 2023 on an in-car voice assistant, a partnership that remains in place.",
             required=False, kind_alt=["cloud_contract"],
             note="amount-less background partnership"),
    ],
    "not_deals": ["$2 per GPU-hour", "$1.1bn", "roughly $300m", "€20.3bn", "$4,990"],
}

# 005 ---------------------------------------------------------------------------------------
ARTICLES["005_zf_foxconn_depotkombuese.txt"] = {
    "published": "2024-10-24",
    "published_note": "from the stock-portal stamp '24.10.2024 | 08:41 Uhr'; 'am Mittwoch' -> 2024-10-23",
    "language": "de",
    "deals": [
        deal("foxconn-zf-axle-jv", ["Foxconn", "ZF Friedrichshafen"], "joint_venture", 420000000, "EUR", "approx", "2024-10-23", "signed",
             "Den Kaufpreis bezifferten beide Seiten am Mittwoch auf rund 420 Millionen Euro; weitere Zahlungen können fällig werden, wenn das Joint Venture bis 2027 vereinbarte Umsatzziele erreicht.",
             kind_alt=["acquisition", "investment"],
             note="Foxconn (Hon Hai Precision) buys 50 % of ZF's car-axle business, parties in the two previous sentences ('beide Seiten'); possible earn-out without amount"),
        deal("zf-lifetec-sale-rumour", ["ZF Friedrichshafen"], "acquisition", 3000000000, "EUR", "up_to", "2024-10", "rumored",
             "Im Gespräch sei ein Erlös von bis zu drei Milliarden Euro; das Unternehmen wollte sich dazu nicht äußern.",
             required=False,
             note="sale or IPO of ZF Lifetec considered, from financial circles; no buyer named (previous sentence); amount in words"),
    ],
    "not_deals": ["rund 3,4 Milliarden Euro", "rund 10,5 Milliarden Euro", "203,50 Taiwan-Dollar",
                  "240 Taiwan-Dollar", "58,12 EUR", "0 Euro Depotgebühr", "ab 1 Euro pro Order"],
}

# 006 ---------------------------------------------------------------------------------------
ARTICLES["006_tessaro_yokohama_profiltiefe.txt"] = {
    "published": "2024-11-14",
    "published_note": "dateline without year 'Hannover, 14. November (pt)'; the year from the copyright line '© 2024 Profiltiefe Fachverlag'; 'vergangene Woche' -> 2024-11, 'im Juli' -> 2024-07, 'im März' -> 2024-03",
    "language": "de",
    "deals": [
        deal("tessaro-vorderwald-retread", ["Tessaro Pneumatici", "Vorderwald Gummiwerke"], "acquisition", 14000000, "EUR", "approx", "2024-11", "signed",
             "Für den Betrieb mit 140 Beschäftigten und einer Kapazität von rund 90.000 Reifen im Jahr zahlt der Familienkonzern aus Brescia knapp 14 Millionen Euro, wie beide Unternehmen vergangene Woche mitteilten.",
             note="'der Familienkonzern aus Brescia' = Tessaro, the unit (Vorderwald's truck retreading in Offenburg) in the previous sentence; 'knapp' -> approx; different from Tessaro's failed 2026 takeover bid for all of Vorderwald (020)"),
        deal("goodyear-yokohama-otr", GY, "acquisition", 835000000, "EUR", "approx", "2024-07", "signed",
             "Yokohama Rubber und Goodyear hatten sich im Juli auf den Verkauf von Goodyears Geschäft mit Reifen für Bergbau- und Baumaschinen geeinigt; der Kaufpreis liegt umgerechnet bei rund 835 Millionen Euro.",
             note="same deal as 003 ($910m), here in EUR and with the month only; 'Drei Monate später' (the EU filing) is not a deal date"),
        deal("vorderwald-hollerbach-hausach", VH, "acquisition", None, None, None, "2024-03", "signed",
             "Bereits im März hatte das Freiburger Unternehmen sein Pkw-Werk in Hausach an die Aalener Hollerbach-Gruppe abgegeben, die dort inzwischen Gehäuse für Elektromotoren gießt.",
             required=False, kind_alt=["other"],
             note="amount-less restatement of the 001 plant sale ('das Freiburger Unternehmen' = Vorderwald)"),
    ],
    "not_deals": ["ab 260 Euro", "rund 550 Euro", "rund 410 Millionen Euro", "96 Euro", "ab 19 Euro pro Rad",
                  "65 Euro", "95 Euro", "238 Euro", "199 Euro"],
}

# 007 ---------------------------------------------------------------------------------------
ARTICLES["007_hankook_hanon_nakdong_en.txt"] = {
    "published": "2025-01-09",
    "published_note": "from 'Updated : 2025-01-09 16:20 KST'; 'on Thursday' = the publication day, 'on Monday' -> 2025-01-06; 'eight months after agreeing' -> 2024-05",
    "language": "en",
    "deals": [
        deal("hankook-hanon-control", HH, "acquisition", 1800000000000, "KRW", "exact", "2024-05", "completed",
             "Hankook Tire & Technology on Thursday completed its takeover of Hanon Systems, eight months after agreeing to pay 1.8 trillion won for control of the car air-conditioning maker, and immediately signalled that more money would follow.",
             kind_alt=["investment"],
             note="closing of the 002 deal; the date is the agreement ('eight months after agreeing' -> May 2024), the closing day 2025-01-09 is not the deal date"),
        deal("hankook-hanon-rights-2025", HH, "investment", 400000000000, "KRW", "approx", "2025-01-09", "planned",
             "In a regulatory filing, Hankook said it would buy about 400 billion won of new Hanon shares in a rights offering that Hanon plans to hold in March, keeping its stake roughly unchanged and cutting the unit's borrowing costs.",
             note="second, separate Hankook–Hanon deal (capital injection), announced with the closing; repeated in a reader comment"),
        deal("hanon-hwaseol-housings", ["Hanon Systems", "Hwaseol Precision"], "supply", 95000000000, "KRW", "exact", "2025-01-06", "signed",
             "The company put the order's value at 95 billion won, the largest in its 31-year history, with deliveries starting in 2026 from a new production line.",
             term=["2026", "2029"],
             note="'The company' = Hwaseol; parties and 'on Monday' and 'four-year' in the previous sentence"),
    ],
    "not_deals": ["198 billion won", "2.9 trillion won", "3 billion won subsidy", "3,915 won", "38,650 won"],
}

# 008 ---------------------------------------------------------------------------------------
ARTICLES["008_tyre_sector_brackenfield_en.txt"] = {
    "published": "2025-01-14",
    "published_note": "from the header 'Tuesday, 14 January 2025'; 'agreed last May' -> 2024-05, 'announced in December' -> 2024-12",
    "language": "en",
    "deals": [
        deal("sumitomo-goodyear-dunlop", SG, "acquisition", 700000000, "USD", "approx", "2025-01", "rumored",
             "We hear from two sources close to the process that the Akron group is in advanced negotiations with Sumitomo Rubber Industries over the sale of its remaining rights to the Dunlop brand, and a price of about $700 million is being discussed.",
             kind_alt=["other"], alt_amounts=[alt(706000000, "USD"), alt(680000000, "EUR")],
             note="'the Akron group' = Goodyear (previous sentence); rumour from sources; 009 reports the signing on 2025-01-22 at $706m (about €680m), 012 restates it"),
        deal("hankook-hanon-control", HH, "acquisition", None, None, None, "2024-05", "completed",
             "Hankook's takeover of Hanon Systems – agreed last May and closed last week – shows the opposite route: a tyre maker buying its way into thermal management for electric cars.",
             required=False, kind_alt=["investment"],
             note="amount-less background mention of the 002/007 deal"),
        deal("michelin-flex-composite", ["Michelin", "Flex Composite Group"], "acquisition", None, None, None, "2024-12", "announced",
             "Its purchase of Flex Composite Group, announced in December for an undisclosed sum, adds technical fabrics to the polymer-composites unit.",
             required=False,
             note="undisclosed sum; 'Its' = Michelin (previous sentence)"),
    ],
    "not_deals": ["$35 million a year", "$13.50", "$2.45bn", "€68", "€5.9bn", "€11.5bn", "KRW 41,000",
                  "KRW 2.1trn", "about $1.50", "below $7 billion", "$2.10 per kilogram"],
}

# 009 ---------------------------------------------------------------------------------------
ARTICLES["009_reifen_ticker_kursblatt.txt"] = {
    "published": "2025-01-22",
    "published_note": "from the ticker header 'Mittwoch, 22. Januar 2025'; entries by time; 'am Nachmittag' and the other entries -> 2025-01-22",
    "language": "de",
    "deals": [
        deal("sumitomo-goodyear-dunlop", SG, "acquisition", 706000000, "USD", "exact", "2025-01-22", "signed",
             "Sumitomo Rubber zahlt für die Rechte in Europa, Nordamerika und Ozeanien 706 Millionen Dollar, umgerechnet etwa 680 Millionen Euro, wie beide Konzerne am Nachmittag mitteilten.",
             kind_alt=["other"], alt_amounts=[alt(680000000, "EUR")],
             note="the seller Goodyear in the previous sentence; signing of the 008 rumour; repeated loosely in a reader comment ('700 Mio.')"),
        deal("pirelli-tessaro-bid-denied", ["Pirelli", "Tessaro Pneumatici"], "acquisition", 90000000, "EUR", "up_to", "2025-01", "cancelled",
             "Der Mailänder Reifenhersteller weist einen Bericht einer italienischen Wirtschaftszeitung zurück, wonach er für den Runderneuerer Tessaro Pneumatici bis zu 90 Millionen Euro bieten wolle.",
             required=False,
             note="denied takeover rumour ('Es gibt keine Gespräche'); 'Der Mailänder Reifenhersteller' = Pirelli (entry headline); different from Pirelli's real 15 % stake in Tessaro (014)"),
        deal("wendenhorst-echazwerk-round", ["Wendenhorst Kapital", "Echazwerk Elektronik"], "investment", 22000000, "EUR", "exact", "2025-01-22", "completed",
             "Der Reutlinger Sensorspezialist Echazwerk Elektronik hat bei Investoren 22 Millionen Euro eingesammelt.",
             note="lead investor in the next sentence ('Die Runde führt die Familienholding Wendenhorst Kapital an'); different from Wendenhorst's 2026 stake in Vorderwald (020)"),
    ],
    "not_deals": ["4,61 Euro", "von 70 auf 76 Euro", "50 Euro Startbonus", "im Wert von 600 Euro"],
}

# 010 ---------------------------------------------------------------------------------------
ARTICLES["010_odrapol_zf_odraledger_en.txt"] = {
    "published": "2025-02-20",
    "published_note": "from the dateline 'WROCŁAW, 20 February 2025'; 'last month' -> 2025-01, 'on 12 February' -> 2025-02-12",
    "language": "en",
    "deals": [
        deal("odrapol-zf-czestochowa", ["Odrapol Komponenty", "ZF Friedrichshafen"], "acquisition", 210000000, "PLN", "exact", "2025-01", "completed",
             "Odrapol agreed last month to pay PLN 210 million (about $52 million) for the site, its 430 employees and an order book that runs until 2029; the transfer of ownership was completed on Monday.",
             kind_alt=["other"], alt_amounts=[alt(52000000, "USD")],
             note="plant purchase; the seller ZF and the plant in the previous sentence; agreed in January, completed 2025-02-17; different from Odrapol's purchase of a Schaeffler plant (019)"),
        deal("zf-odrapol-supply-back", ["ZF Friedrichshafen", "Odrapol Komponenty"], "supply", None, None, None, "2025-01", "signed",
             "The German supplier keeps buying parts from the plant under a supply agreement, Odrapol said.",
             required=False,
             note="amount-less supply agreement that comes with the plant sale; 'The German supplier' = ZF"),
        deal("nadodrzanski-odrapol-loan", ["Bank Nadodrzański", "Odrapol Komponenty"], "other", 80000000, "PLN", "exact", "2025-02-12", "signed",
             "To finance the purchase, Odrapol signed a PLN 80 million loan with Bank Nadodrzański on 12 February.",
             kind_alt=["investment"], term=["2025", "2032"],
             note="seven-year loan (next sentence); explicit date"),
        deal("lechtal-odrapol-housings", ["Lechtal Antriebstechnik", "Odrapol Komponenty"], "supply", 36000000, "PLN", "exact", "2025-02", "signed",
             "The contract is worth PLN 36 million a year from 2026, Odrapol said, and will be served from Częstochowa, where a new die-casting cell is due to start trial runs in the autumn.",
             per="year", term=["2026", "2030"],
             note="yearly rate of a five-year order; customer Lechtal in the previous sentence ('a five-year order from Lechtal Antriebstechnik'); no signing date -> month of the article"),
    ],
    "not_deals": ["about PLN 390 million", "up to PLN 15 million", "PLN 8,100 a month", "PLN 23.40",
                  "about PLN 640 million", "PLN 27"],
}

# 011 ---------------------------------------------------------------------------------------
ARTICLES["011_goodyear_fulda_rhoenspiegel.html"] = {
    "published": "2025-05-21",
    "published_note": "from <meta name=date content=2025-05-21> and the visible 'Fulda · 21.05.25 · 06:30 Uhr'; 'am Dienstagabend' -> 2025-05-20",
    "language": "de",
    "deals": [
        deal("fulda-goodyear-site", ["Stadt Fulda", "Goodyear"], "acquisition", 19000000, "EUR", "exact", "2025-05-20", "announced",
             "Die Stadtverordneten stimmten am Dienstagabend mit großer Mehrheit dafür, dem Reifenhersteller das rund 50 Hektar große Areal samt Hallen, Kraftwerk und Gleisanschluss für 19 Millionen Euro abzukaufen.",
             kind_alt=["other"],
             note="'dem Reifenhersteller' = Goodyear, the city in the previous sentence; council approval, notary appointment still ahead -> announced; repeated in a reader comment"),
        deal("goodyear-fulda-leaseback", ["Goodyear", "Stadt Fulda"], "other", 45000, "EUR", "exact", "2025-05-20", "announced",
             "Bis dahin bleibt der Konzern auf dem Gelände, allerdings als Mieter: Bis zur endgültigen Schließung zahlt Goodyear der Stadt monatlich 45.000 Euro Miete für die Produktionshallen, wie aus der Sitzungsvorlage hervorgeht.",
             per="month", term=[None, "2025"],
             note="monthly rent until the plant closes at the end of 2025; part of the council decision; second, separate Goodyear–Fulda deal"),
        deal("mainwinkel-fulda-interest", ["Mainwinkel Data", "Stadt Fulda"], "acquisition", None, None, None, "2025-05", "rumored",
             "Interesse an einem Teil der Fläche hat nach Informationen des Rhönspiegels ein Rechenzentrumsentwickler aus Frankfurt, die Mainwinkel Data.",
             required=False, kind_alt=["other"],
             note="amount-less interest in part of the site; the city confirms only talks 'mit mehreren Interessenten'"),
    ],
    "not_deals": ["rund 38 Euro pro Quadratmeter", "8 Millionen Euro", "etwa 4 Millionen Euro im Jahr",
                  "ab 7.990 Euro", "7,99 Euro monatlich"],
}

# 012 ---------------------------------------------------------------------------------------
EV012 = ("The off-the-road tyre unit went to Yokohama Rubber for $910 million in a deal agreed last July that closed "
         "in February, and the rights to the Dunlop brand were sold to Sumitomo Rubber Industries for $706 million in January.")
ARTICLES["012_goodyear_gemspring_pellbrook_en.txt"] = {
    "published": "2025-07-22",
    "published_note": "from the header 'July 22, 2025 · 06:30 ET'; dateline 'July 21', 'on Monday' -> 2025-07-21; 'last July' -> 2024-07, 'in January' -> 2025-01",
    "language": "en",
    "deals": [
        deal("goodyear-gemspring-chemical", ["Goodyear", "Gemspring Capital"], "acquisition", 640000000, "USD", "exact", "2025-07-21", "signed",
             "AKRON, Ohio, July 21 (Pellbrook) - Goodyear Tire & Rubber struck a deal on Monday to sell its chemical business, which makes synthetic rubber and resins used in its own tyres and by outside customers, to private-equity firm Gemspring Capital for $640 million in cash.",
             note="unit sale; the 'about $2.2 billion' total of three sales is a not_deal"),
        deal("goodyear-yokohama-otr", GY, "acquisition", 910000000, "USD", "exact", "2024-07", "completed",
             EV012, note="restatement in one sentence with the Dunlop sale; agreed last July, closed in February"),
        deal("sumitomo-goodyear-dunlop", SG, "acquisition", 706000000, "USD", "exact", "2025-01", "completed",
             EV012, kind_alt=["other"], note="restatement in the same sentence as the OTR sale; 'in January' -> month only"),
        deal("goodyear-gemspring-offtake", ["Goodyear", "Gemspring Capital"], "supply", None, None, None, "2025-07-21", "planned",
             "As part of the deal, Goodyear will sign a long-term agreement to keep buying synthetic rubber from the plants after the sale, the company said, without giving a value.",
             required=False,
             note="amount-less purchase agreement attached to the sale; separate from the $640m sale"),
    ],
    "not_deals": ["about $2.3 billion", "$7.3 billion", "roughly $930 million", "price target of $13",
                  "about $4.5 billion", "$4.6 billion", "about $350 million", "$11.05"],
}

# 013 ---------------------------------------------------------------------------------------
ARTICLES["013_continental_ferncliff_leineblatt.txt"] = {
    "published": "2025-09-16",
    "published_note": "from the issue line 'Ausgabe vom Dienstag, 16. September 2025 | Seite 17'; 'am Montag' -> 2025-09-15, 'vergangene Woche' -> 2025-09, 'im Frühjahr' -> 2025",
    "language": "de",
    "deals": [
        deal("continental-ferncliff-oesl", CF, "acquisition", 110000000, "EUR", "approx", "2025-09-15", "signed",
             "Wie aus Finanzkreisen verlautet, zahlt Ferncliff rund 110 Millionen Euro; Continental bestätigte am Montag nur die Unterschrift, nannte aber keine Zahl.",
             note="sale of the OESL unit (previous sentence: 'Der Konzern gibt ... an den Londoner Finanzinvestor Ferncliff Partners ab'); amount from financial circles; different from the 2026 ContiTech sale to a Ferncliff-led group (017, 019)"),
        deal("aumovio-stellmark-ai", ["Aumovio", "Stellmark Software"], "cloud_contract", 36000000, "EUR", "exact", "2025-09", "signed",
             "Aumovio hat unterdessen einen 36-Millionen-Euro-Auftrag an die Münchner Stellmark Software vergeben.",
             kind_alt=["supply", "other"], term=["2025", "2028"],
             note="compound amount; 'Das Unternehmen soll bis Ende 2028 eine KI-Plattform liefern und betreiben' (next sentence, 'Das Unternehmen' = Stellmark); signed 'vergangene Woche'"),
        deal("bosch-ai-capex", ["Bosch"], "capex_plan", 2500000000, "EUR", "at_least", "2025", "planned",
             "Beim Stuttgarter Konzern sollen bis Ende 2027 über zweieinhalb Milliarden Euro in KI-Anwendungen fließen, von Fahrerassistenz bis zur Fertigung, wie er im Frühjahr angekündigt hatte.",
             required=False, term=[None, "2027"],
             note="group-wide spending plan, amount in words, 'über' -> at_least; 'Der Stuttgarter Konzern' = Bosch (previous sentence)"),
    ],
    "not_deals": ["knapp 300 Millionen Euro", "rund 3,9 Milliarden Euro", "knapp 19 Milliarden Euro",
                  "14 Millionen Euro", "71,40 Euro", "24,90 Euro im Monat"],
}

# 014 ---------------------------------------------------------------------------------------
ARTICLES["014_pirelli_microsoft_navigli_en.txt"] = {
    "published": "2025-10-29",
    "published_note": "from the byline '29 October 2025, 11:05 CET'; 'on Tuesday' -> 2025-10-28",
    "language": "en",
    "deals": [
        deal("pirelli-microsoft-azure", ["Pirelli", "Microsoft"], "cloud_contract", 150000000, "EUR", "up_to", "2025-10-28", "signed",
             "Pirelli has agreed a five-year deal with Microsoft for cloud computing and AI services worth up to 150 million euros, the Milan tyre maker said on Tuesday, as it prepares to supply tyres with built-in sensors to more carmakers from next year.",
             term=["2026-01", "2030-12"],
             note="ceiling, the fixed part not disclosed; amount in words ('150 million euros')"),
        deal("pirelli-tessaro-stake", ["Pirelli", "Tessaro Pneumatici"], "investment", 24000000, "EUR", "exact", "2025-10-28", "completed",
             "Separately, Pirelli confirmed on Tuesday that it had bought a 15% stake in Tessaro Pneumatici, the Brescia retreading group, for €24 million.",
             kind_alt=["acquisition"],
             note="minority stake; different from the denied takeover rumour of January (009)"),
    ],
    "not_deals": ["about €6.8 billion", "roughly €35", "about €2.2 billion", "€6.40", "€5.92",
                  "roughly €5.9 billion", "€9 a month", "€89 a year"],
}

# 015 ---------------------------------------------------------------------------------------
ARTICLES["015_hollerbach_villingen_sidewall_en.txt"] = {
    "published": "2025-12-12",
    "published_note": "from the issue line 'No. 102 — Friday, 12 December 2025'; 'on Wednesday' -> 2025-12-10, 'in March last year' -> 2024-03",
    "language": "en",
    "deals": [
        deal("hollerbach-vorderwald-villingen", VH, "acquisition", 41000000, "EUR", "exact", "2025-12-10", "signed",
             "Hollerbach Präzisionsguss, the Aalen foundry group, agreed on Wednesday to buy Vorderwald Gummiwerke's machining plant in Villingen for €41 million, including its 260 staff and a press line that is barely five years old.",
             kind_alt=["other"],
             note="second Vorderwald–Hollerbach plant deal; the Hausach purchase follows in the next sentence"),
        deal("vorderwald-hollerbach-hausach", VH, "acquisition", 30000000, "USD", "approx", "2024-03", "completed",
             "The pair have done business before: in March last year Hollerbach paid roughly $30 million for Vorderwald's former car-tyre factory in Hausach, which now casts housings for electric motors.",
             kind_alt=["other"],
             note="same deal as 001 (€27.5m), here in USD and with the month only"),
        deal("harbourlight-skelderby-seriesc", ["Harbourlight Growth", "Skelderby Analytics"], "investment", 45000000, "GBP", "exact", "2025-12", "completed",
             "Skelderby Analytics has closed a £45 million Series C led by Harbourlight Growth, a Boston fund that backs industrial software; existing investors joined the round.",
             note="lead investor only; no date -> month of the letter; valuation not disclosed"),
    ],
    "not_deals": ["$8.9bn", "roughly $4bn", "£140 million", "£120 per car", "Annual subscription £159",
                  "single issues £15"],
}

# 016 ---------------------------------------------------------------------------------------
ARTICLES["016_lechtal_interview_kurbelwelle.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesezeit ca. 6 Min.'); 'vor gut einem Jahr' cannot be resolved; 'Im Frühjahr 2025' gives the year of the refused offer",
    "language": "de",
    "deals": [
        deal("lechtal-skelderby-2024", LS, "cloud_contract", 9500000, "GBP", "exact", None, "signed",
             "Kienzlhuber: Wir haben vor gut einem Jahr mit Skelderby einen Vertrag über neuneinhalb Millionen Pfund geschlossen, drei Jahre Laufzeit, alle fünf Werke.",
             kind_alt=["supply", "other"],
             note="same contract as 002, amount in words; 'wir' = Lechtal (the interviewee's company); undated"),
        deal("ferncliff-lechtal-offer", ["Ferncliff Partners", "Lechtal Antriebstechnik"], "acquisition", 480000000, "EUR", "approx", "2025", "cancelled",
             "Ferncliff Partners hat uns rund 480 Millionen Euro für eine Mehrheit von 75 Prozent geboten.",
             kind_alt=["investment"],
             note="refused offer ('Meine Familie und ich haben abgelehnt'); 'uns' = Lechtal; year from the question ('Im Frühjahr 2025')"),
        deal("kocherbank-lechtal-loan", ["Kocherbank", "Lechtal Antriebstechnik"], "other", 60000000, "EUR", "exact", None, "signed",
             "Die Kocherbank hat uns einen Kredit über 60 Millionen Euro zugesagt, zu Konditionen, über die ich nicht klagen kann.",
             kind_alt=["investment"],
             note="loan commitment from the house bank; undated"),
        deal("lechtal-kecskemet-capex", ["Lechtal Antriebstechnik"], "capex_plan", 70000000, "EUR", "range", None, "planned",
             "Das neue Werk in Ungarn wird zwischen 70 und 85 Millionen Euro kosten, je nachdem, wie viele Linien wir in der ersten Stufe ausstatten.",
             amount_max=85000000,
             note="plant investment plan, range; undated; start of production 2027"),
    ],
    "not_deals": ["612 Millionen Euro", "etwa 4.300 Euro im Monat", "Heftpreis 14,50 Euro", "119 Euro jährlich"],
}

# 017 ---------------------------------------------------------------------------------------
ARTICLES["017_continental_contitech_cuyahoga_en.html"] = {
    "published": "2026-02-18",
    "published_note": "from <meta name=parsely-pub-date content=2026-02-18T07:45:00-05:00> and the visible byline 'Feb. 18, 2026'; 'on Tuesday' and 'The same day' -> 2026-02-17",
    "language": "en",
    "deals": [
        deal("continental-ferncliff-contitech", CF, "acquisition", 5500000000, "EUR", "range", "2026", "negotiating",
             "Continental AG is in exclusive talks to sell its ContiTech industrial division to a consortium led by London buyout firm Ferncliff Partners, in a transaction that two people who have seen the bid papers say would value the business at between €5.5 billion and €6.5 billion, or roughly $6.5 billion to $7.7 billion.",
             amount_max=6500000000, alt_amounts=[alt(6500000000, "USD"), alt(7700000000, "USD"), alt(5900000000, "EUR")],
             note="exclusive talks confirmed 'on Tuesday' (2026-02-17), value from two sources; 019 reports the signing on 2026-06-08 at €5.9bn (alt_amounts); the talks carry only the year so the shared id's dates agree; different from the 2025 OESL sale to Ferncliff (013)"),
        deal("continental-quarrymist-2026", ["Continental", "Quarrymist Compute"], "cloud_contract", 85000000, "USD", "exact", "2026-02-17", "signed",
             "The same day, Continental's tire division said it had signed an $85 million, two-year contract with Quarrymist Compute, the Denver GPU cloud, to train models that predict tread wear from sensor and fleet data.",
             term=["2026", "2028"],
             note="'The same day' = Tuesday 2026-02-17; second Continental–Quarrymist contract (the first, $240m, in 004)"),
    ],
    "not_deals": ["about €6.4 billion", "$1.2 million", "about €14 billion", "€74.10"],
}

# 018 ---------------------------------------------------------------------------------------
ARTICLES["018_lechtal_skelderby_antriebsblatt.txt"] = {
    "published": "2026-04-15",
    "published_note": "from the issue line 'Ausgabe 16/2026 · Mittwoch, 15. April 2026'; 'am Montag' -> 2026-04-13, 'im März' -> 2026-03, 'aus dem Frühjahr 2024' -> 2024",
    "language": "de",
    "deals": [
        deal("lechtal-skelderby-2026", LS, "cloud_contract", 4000000, "EUR", "approx", "2026-04-13", "signed",
             "Ab Juli nutzt der Schongauer Getriebehersteller die Prüfsoftware des britischen Anbieters auch in der Montage und in der Endkontrolle seiner E-Achsgetriebe; dafür zahlt Lechtal jährlich rund 4 Millionen Euro, bei einer Laufzeit von fünf Jahren.",
             kind_alt=["supply", "other"], per="year", term=["2026-07", "2031"],
             note="yearly rate over five years; 'des britischen Anbieters' = Skelderby (previous sentence); signing 'am Montag' in the next sentence; second Lechtal–Skelderby contract"),
        deal("lechtal-skelderby-2024", LS, "cloud_contract", None, None, None, "2024", "signed",
             "Der erste Vertrag der beiden Unternehmen aus dem Frühjahr 2024 war auf die Prüfung von Zahnrädern in der Vorfertigung beschränkt und läuft Ende 2027 aus.",
             required=False, kind_alt=["supply", "other"],
             note="amount-less mention of the first contract (002, 016); 'Frühjahr 2024' -> the year"),
        deal("lechtal-kecskemet-land", ["Lechtal Antriebstechnik", "Stadt Kecskemét"], "acquisition", 6200000, "EUR", "exact", "2026-03", "completed",
             "Der Kaufpreis für die 18 Hektar beträgt 6,2 Millionen Euro; die Stadt Kecskemét stellt zudem die Erschließung bis zum Jahresende sicher.",
             kind_alt=["other"],
             note="land purchase from the city; buyer and 'im März' in the previous sentence"),
    ],
    "not_deals": ["rund 12 Millionen Euro", "rund 6 Milliarden Euro", "150.000 bis 250.000 Euro", "890 Euro",
                  "690 Euro", "Abonnement 189 Euro im Jahr", "49 Euro"],
}

# 019 ---------------------------------------------------------------------------------------
ARTICLES["019_contitech_marktbericht_schlussakkord.txt"] = {
    "published": "2026-06-09",
    "published_note": "from the header 'Frankfurt · Dienstag, 9. Juni 2026 · nach Xetra-Schluss'; 'am Montagabend' -> 2026-06-08, 'am Dienstag' -> 2026-06-09",
    "language": "de",
    "deals": [
        deal("continental-ferncliff-contitech", CF, "acquisition", 5900000000, "EUR", "exact", "2026-06-08", "signed",
             "Der Konzern hatte am Montagabend mitgeteilt, dass er ContiTech für 5,9 Milliarden Euro an ein Konsortium um den Finanzinvestor Ferncliff Partners verkauft.",
             note="'Der Konzern' = Continental (previous sentence); signing of the 017 talks; repeated as '5,9-Milliarden-Euro-Verkauf'; the special dividend per share is a not_deal"),
        deal("schaeffler-odrapol-plant", ["Schaeffler", "Odrapol Komponenty"], "acquisition", 32000000, "EUR", "exact", "2026-06-09", "signed",
             "Der Kaufpreis beträgt 32 Millionen Euro, 600 Beschäftigte wechseln zum neuen Eigentümer.",
             kind_alt=["other"],
             note="plant sale announced 'am Dienstag', parties in the previous sentence"),
    ],
    "not_deals": ["79,85 Euro", "3,50 Euro je Aktie", "92 Euro", "38,20 Euro", "1,1620 Dollar",
                  "einen Euro je Auftrag", "25 Euro monatlich"],
}

# 020 ---------------------------------------------------------------------------------------
ARTICLES["020_vorderwald_tessaro_wochenspiegel.txt"] = {
    "published": "2026-11-06",
    "published_note": "from the header 'KW 45 · Freitag, 6. November 2026'; 'Anfang August' -> 2026-08; 'Drei Monate später, am Donnerstag' -> 2026-11-05; the 'KURZ NOTIERT' item has no day -> 2026-11",
    "language": "de",
    "deals": [
        deal("tessaro-vorderwald-bid-2026", ["Tessaro Pneumatici", "Vorderwald Gummiwerke"], "acquisition", 212000000, "EUR", "approx", "2026-08", "cancelled",
             "Tessaro hatte 16,50 Euro je Aktie geboten, für das gesamte Unternehmen also rund 212 Millionen Euro.",
             note="takeover offer of early August rejected by the shareholders (acceptance period ended on Wednesday); the per-share price is a not_deal; different from the 2024 retread-unit purchase (006)"),
        deal("wendenhorst-vorderwald-stake", ["Wendenhorst Kapital", "Vorderwald Gummiwerke"], "investment", 55000000, "EUR", "exact", "2026-11-05", "signed",
             "Die Familienholding Wendenhorst Kapital aus Bad Säckingen übernimmt 24,9 Prozent an Vorderwald und zahlt dafür im Rahmen einer Kapitalerhöhung 55 Millionen Euro.",
             kind_alt=["acquisition"],
             note="date from the previous sentence ('Drei Monate später, am Donnerstag')"),
        deal("hwaseol-ritzmann", ["Hwaseol Precision", "Formenbau Ritzmann"], "acquisition", 18000000, "USD", "exact", "2026-11", "signed",
             "Hollerbach Präzisionsguss erhält für das Werk in Villingen 2,4 Millionen Euro aus dem Landesprogramm für Regionen im Strukturwandel; der Lahrer Werkzeugbauer Formenbau Ritzmann geht für 18 Millionen Dollar an den koreanischen Zulieferer Hwaseol Precision; Skelderby Analytics eröffnet in Stuttgart ein Büro mit zwölf Mitarbeitern.",
             note="one deal in a 'KURZ NOTIERT' list sentence next to a subsidy (not_deal) and an office opening; USD in a German paper"),
    ],
    "not_deals": ["16,50 Euro je Aktie", "590 Millionen Euro", "11 Millionen Euro", "14,20 Euro",
                  "2,4 Millionen Euro", "5 Euro am Tag"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote {out} ({len(ARTICLES)} articles, {n} deal mentions)")


if __name__ == "__main__":
    main()
