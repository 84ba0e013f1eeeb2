#!/usr/bin/env python3
"""Write gold.json, the hand annotation of corpus186 (steel, aluminium and metals).

Usage: python3 tests/corpus186/make_gold.py
Edit the annotation here and rerun; then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 186th, held-out test corpus (tests/corpus186/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: steel, aluminium and metals in the AI-infrastructure race. "
    "One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an "
    "error. Amounts are in full units and in the currency the article states; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a "
    "rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) states it in "
    "another currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, "
    "YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date marker, dateline, <meta>/<time>, issue line or stock-portal stamp, or null when the "
    "article has none); quarters, half-years and seasons become the year; a cancelled deal keeps the date of "
    "the original agreement or talks; 'term' is the period the deal covers, where the text gives one; "
    "'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the "
    "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: "
    "Mettenbuch Rechenzentren, Brakelsiek Profiltechnik, Kupferwalzwerk Ihmert, Quernbeck Data, Ptarmigan "
    "Creek Copper, Harbury Lane Capital, Pennock Vale Data Centers, Gravdal Aluminium, Hovdenes Data, "
    "Odrakabel, Kalindi Transformers, Hwasan Electrical Steel, Kanazaki Alloy Works, Mercer Falls Bank; "
    "invented publications, research houses, advertisers and people are listed in invented_names.txt; the "
    "deals of real companies are partly real, partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Stadt Töging am Inn": ["Stadt Töging am Inn", "Stadt Töging", "Töging am Inn", "Töging"],
    "Mettenbuch Rechenzentren": ["Mettenbuch Rechenzentren GmbH", "Mettenbuch Rechenzentren", "Mettenbuch"],
    "Prysmian": ["Prysmian", "Prysmian Group"],
    "Encore Wire": ["Encore Wire", "Encore"],
    "General Cable": ["General Cable"],
    "Quernbeck Data": ["Quernbeck Data", "Quernbeck"],
    "Boliden": ["Boliden", "Boliden AB"],
    "Lundin Mining": ["Lundin Mining"],
    "Salzgitter": ["Salzgitter", "Salzgitter AG"],
    "BHP": ["BHP", "BHP Group"],
    "Anglo American": ["Anglo American", "Anglo"],
    "Harbury Lane Capital": ["Harbury Lane Capital", "Harbury Lane"],
    "Ptarmigan Creek Copper": ["Ptarmigan Creek Copper", "Ptarmigan Creek"],
    "Aurubis": ["Aurubis", "Aurubis AG"],
    "Kupferwalzwerk Ihmert": ["Kupferwalzwerk Ihmert", "Kupferwalzwerk Ihmert GmbH", "Ihmert"],
    "Brakelsiek Profiltechnik": ["Brakelsiek Profiltechnik", "Brakelsiek Profiltechnik GmbH", "Brakelsiek"],
    "Nucor": ["Nucor", "Nucor Corp.", "Vulcraft"],
    "Southwest Data Products": ["Southwest Data Products"],
    "Pennock Vale Data Centers": ["Pennock Vale Data Centers", "Pennock Vale"],
    "Emirates Global Aluminium": ["Emirates Global Aluminium", "EGA"],
    "Leichtmetall": ["Leichtmetall Aluminium Giesserei Hannover", "Leichtmetall Aluminium Giesserei", "Leichtmetall"],
    "Gravdal Aluminium": ["Gravdal Aluminium AS", "Gravdal Aluminium", "Gravdal"],
    "Hovdenes Data": ["Hovdenes Data", "Hovdenes"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Stegra": ["Stegra"],
    "Nippon Steel": ["Nippon Steel"],
    "U.S. Steel": ["U.S. Steel", "United States Steel"],
    "thyssenkrupp": ["thyssenkrupp", "thyssenkrupp Steel Europe", "thyssenkrupp Steel", "thyssenkrupp AG"],
    "EPCG": ["EPCG", "EP Corporate Group"],
    "JSW Steel": ["JSW Steel", "JSW"],
    "JFE Steel": ["JFE Steel", "JFE"],
    "KGHM": ["KGHM", "KGHM Polska Miedź"],
    "Odrakabel": ["Odrakabel", "Odrakabel S.A."],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Rio Tinto": ["Rio Tinto"],
    "Jindal Steel International": ["Jindal Steel International", "Jindal"],
    "Kalindi Transformers": ["Kalindi Transformers", "Kalindi"],
    "Hwasan Electrical Steel": ["Hwasan Electrical Steel", "Hwasan"],
    "Kanazaki Alloy Works": ["Kanazaki Alloy Works", "Kanazaki"],
    "Teck Resources": ["Teck Resources", "Teck"],
    "Alcoa": ["Alcoa", "Alcoa Corp."],
    "Mercer Falls Bank": ["Mercer Falls Bank"],
    "BayernLB": ["BayernLB", "Bayerische Landesbank"],
}


def D(id, parties, kind, evidence, amount=None, currency=None, qualifier=None, date=None, status="signed",
      required=True, amount_max=None, per=None, alt=None, term=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if term:
        d["term"] = term
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


ARTICLES = {}


def A(name, published, note, language, deals, not_deals):
    ARTICLES[name] = {"published": published, "published_note": note, "language": language,
                      "deals": deals, "not_deals": not_deals}


A("001_toeging_mettenbuch_kanalbote.txt", "2024-03-07",
  "from the header 'Lokales | Töging a. Inn | Donnerstag, 7. März 2024'; 'am Dienstagabend' -> 2024-03-05",
  "de",
  [D("toeging-mettenbuch-land-2024", ["Mettenbuch Rechenzentren", "Stadt Töging am Inn"], "acquisition",
     "21,5 Millionen Euro zahlt die Mettenbuch Rechenzentren GmbH der Stadt für rund 14 Hektar des früheren Hüttenareals zwischen Kanal und Bahnlinie.",
     21500000, "EUR", "exact", "2024-03-05", "announced", kind_alt=["other"],
     note="amount first; council approval 'am Dienstagabend' in the next sentence, notarisation only planned for April -> announced; "
          "different from the second land purchase of the same pair in 020 (knapp 9 Mio. Euro, 2026)"),
   D("mettenbuch-toeging-campus", ["Mettenbuch Rechenzentren"], "capex_plan",
     "Das Münchner Unternehmen plant dort einen Campus, der in drei Abschnitten wachsen und zunächst 60 Megawatt Anschlussleistung bekommen soll; bis Anfang der 2030er-Jahre will es dafür rund 900 Millionen Euro ausgeben.",
     900000000, "EUR", "approx", "2024-03", "planned", kind_alt=["project"],
     note="'Das Münchner Unternehmen' = Mettenbuch (previous sentences); project-specific spending plan, only the spender listed")],
  ["gut 153 Euro je Quadratmeter", "bis zu 3 Millionen Euro Gewerbesteuer", "knapp 47 Millionen Euro",
   "6,8 Millionen Euro", "2,4 Millionen Euro", "Wert 2.900 Euro", "Lose zu 2 Euro", "153 Euro pro Quadratmeter"])

A("002_prysmian_encore_scrivelsby_en.txt", "2024-04-16",
  "from the header 'April 16, 2024 · 07:12 GMT'; dateline 'MILAN, April 15'; 'on Monday' -> 2024-04-15",
  "en",
  [D("prysmian-encore", ["Prysmian", "Encore Wire"], "acquisition",
     "Prysmian, Italy's largest cable manufacturer, struck a deal on Monday to buy Texas-based Encore Wire for roughly $4.1 billion in cash, its largest deal since it absorbed General Cable six years ago and a wager that American demand for copper building wire will keep climbing as utilities and data-centre builders race to add capacity.",
     4100000000, "USD", "approx", "2024-04-15", "signed", alt=[(3850000000, "EUR")],
     note="003 reports the same deal in EUR with the month only (alt_amounts); $286 per share is a per-share price, not a deal"),
   D("prysmian-general-cable", ["Prysmian", "General Cable"], "acquisition",
     "Prysmian, Italy's largest cable manufacturer, struck a deal on Monday to buy Texas-based Encore Wire for roughly $4.1 billion in cash, its largest deal since it absorbed General Cable six years ago and a wager that American demand for copper building wire will keep climbing as utilities and data-centre builders race to add capacity.",
     None, None, None, "2018", "completed", required=False,
     note="background mention without amount in the Encore sentence; 'six years ago' -> 2018"),
   D("prysmian-quernbeck-2024", ["Prysmian", "Quernbeck Data"], "supply",
     "Last month Prysmian signed a £140 million contract to supply medium-voltage cable and accessories to Quernbeck Data, a British developer building a 220-megawatt campus on the south bank of the Tees.",
     140000000, "GBP", "exact", "2024-03", "signed", term=["2024", "2026"],
     note="'Last month' -> March 2024; deliveries 'this summer' into 2026; first of two Prysmian-Quernbeck contracts (the second, £95m, is in 009)")],
  ["$286 for each Encore share", "$2.57 billion", "€15.4 billion", "$9,480 a tonne", "€13.1 billion"])

A("003_wochenrueckblick_kw17_huettenspiegel.txt", "2024-04-26",
  "from the issue line 'KW 17 · Freitag, 26. April 2024 · Ausgabe 16/2024'; 'Mitte April' and 'in der Vorwoche' give the month",
  "de",
  [D("prysmian-encore", ["Prysmian", "Encore Wire"], "acquisition",
     "Der italienische Kabelkonzern Prysmian übernimmt für umgerechnet rund 3,85 Milliarden Euro den texanischen Drahthersteller Encore Wire.",
     3850000000, "EUR", "approx", "2024-04", "signed",
     note="same deal as 002 (USD, day); here in EUR and 'Mitte April' (next sentence) -> month only"),
   D("boliden-lundin-mines", ["Boliden", "Lundin Mining"], "acquisition",
     "Schon in der Vorwoche hatte der schwedische Metallkonzern Boliden angekündigt, dem kanadischen Bergbauunternehmen Lundin Mining die Zink- und Kupferminen Neves-Corvo in Portugal und Zinkgruvan in Schweden für 1,45 Milliarden Dollar abzukaufen, umgerechnet rund 15,6 Milliarden Kronen.",
     1450000000, "USD", "exact", "2024-04", "announced", alt=[(15600000000, "SEK")],
     note="'in der Vorwoche' relative to 26 April -> April 2024; SEK conversion as alt_amounts"),
   D("salzgitter-mettenbuch-steel", ["Salzgitter", "Mettenbuch Rechenzentren"], "supply",
     "Nach Informationen des Hüttenspiegels verhandelt Salzgitter mit Mettenbuch über Stahllieferungen für rund 40 Millionen Euro für die Hallen des geplanten Campus in Töging.",
     40000000, "EUR", "approx", "2024-04", "negotiating",
     note="talks reported by the newsletter, not commented by either side")],
  ["zwischen 600 und 700 Millionen Euro", "rund 2,6 Milliarden Euro", "2.540 Dollar je Tonne",
   "9.610 Dollar je Tonne", "690 Euro je Tonne", "112 Millionen Euro", "Teilnahme 95 Euro", "189 Euro",
   "149 Euro"])

A("004_bhp_anglo_ptarmigan_cathodecourier_en.html", "2024-05-30",
  "from <meta property='article:published_time'> and <time datetime='2024-05-30...'> '30 May 2024'; 'on Wednesday' -> 2024-05-29, 'on Tuesday' -> 2024-05-28",
  "en",
  [D("bhp-anglo-american", ["BHP", "Anglo American"], "acquisition",
     "BHP said on Wednesday it was giving up on Anglo American after the London-listed group turned down a third proposal, tabled last week, that valued it at about £38.9 billion.",
     38900000000, "GBP", "approx", "2024-05", "cancelled",
     note="takeover approach abandoned on 2024-05-29; the approach 'became public earlier this month' and the last proposal was 'tabled last week' -> the talks' month, May 2024"),
   D("harbury-ptarmigan-2024", ["Harbury Lane Capital", "Ptarmigan Creek Copper"], "investment",
     "Harbury Lane Capital, a London infrastructure and resources fund, agreed on Tuesday to invest C$85 million in Ptarmigan Creek Copper, a Vancouver company developing a porphyry deposit in northern British Columbia.",
     85000000, "CAD", "exact", "2024-05-28", "signed",
     note="subscription to close in June; C$1.4bn mine cost is an estimate, not a deal")],
  ["2,470 pence", "£29.8 billion", "C$1.4 billion", "$28 billion of copper every year", "under $10 billion today",
   "$11,104 a tonne", "$10,150", "£695 + VAT", "£19 a month"])

A("005_aurubis_ihmert_walzgutbrief.txt", "2024-06-13",
  "from the dateline without year 'Lüdenscheid, 13. Juni (wb)' and the copyright line '© 2024 Walzgut-Brief'; 'am Dienstag' -> 2024-06-11",
  "de",
  [D("aurubis-ihmert-rod", ["Aurubis", "Kupferwalzwerk Ihmert"], "supply",
     "Aurubis liefert dem Hemeraner Familienunternehmen ab Januar 2025 fünf Jahre lang Gießwalzdraht im Wert von jährlich rund 85 Millionen Euro, so die beiden Partner am Dienstag.",
     85000000, "EUR", "approx", "2024-06-11", "signed", per="year", term=["2025-01", "2029-12"],
     note="'dem Hemeraner Familienunternehmen' = Kupferwalzwerk Ihmert (previous sentence); yearly rate; restated in the interview 017"),
   D("mettenbuch-brakelsiek-2024", ["Mettenbuch Rechenzentren", "Brakelsiek Profiltechnik"], "supply",
     "Die Mettenbuch Rechenzentren GmbH hat Anfang Juni bei Brakelsiek Profiltechnik Kühlplatten und Rackrahmen aus Aluminium für mindestens 12 Millionen Euro bestellt.",
     12000000, "EUR", "at_least", "2024-06", "signed",
     note="first Mettenbuch-Brakelsiek order; the second (rund 19 Mio. Euro, 2025) is in 016")],
  ["rund 240 Millionen Euro", "918,40 Euro je 100 kg", "8.950 Euro je Tonne", "470 Dollar je Tonne",
   "655 Euro je 100 kg", "3.650 Euro brutto im Monat", "Teilnahmegebühr 120 Euro", "Abonnenten zahlen 90 Euro"])

A("006_nucor_datacenter_girderline_en.txt", "2024-09-12",
  "from the stock-portal stamp '09/12/2024 08:31 AM EDT' (US month/day order); 'on Wednesday' -> 2024-09-11",
  "en",
  [D("nucor-southwest-data-products", ["Nucor", "Southwest Data Products"], "acquisition",
     "The Charlotte, North Carolina-based company said it closed the $115 million cash purchase of Southwest Data Products, a maker of server racks, cabinets and aisle-containment systems, on Wednesday.",
     115000000, "USD", "exact", "2024-09-11", "completed",
     note="'The Charlotte, North Carolina-based company' = Nucor (previous sentence)"),
   D("nucor-pennockvale-joists", ["Nucor", "Pennock Vale Data Centers"], "supply",
     "In August, Pennock Vale Data Centers, a privately held developer, picked Vulcraft to supply steel joists and roof deck for the campus's first two halls near Kokomo, Indiana, in an order valued at between $60 million and $70 million, according to a regulatory notice filed with the county.",
     60000000, "USD", "range", "2024-08", "signed", amount_max=70000000,
     note="Vulcraft is Nucor's joist and deck unit (alias)")],
  ["149.20", "$690 per short ton", "$1,100", "$1.20 to $1.30 per diluted share", "$175", "$182",
   "$1.7 billion", "$0.54 per share", "$200 bonus", "$5,000"])

A("007_ega_leichtmetall_leinewirtschaft.txt", "2024-11-19",
  "from the header '19.11.2024 | 06:45 Uhr'; 'am Montag' -> 2024-11-18",
  "de",
  [D("ega-leichtmetall", ["Emirates Global Aluminium", "Leichtmetall"], "acquisition",
     "Emirates Global Aluminium (EGA) übernimmt das Werk mit seinen rund 250 Beschäftigten vollständig, wie beide Unternehmen am Montag bekanntgaben.",
     None, None, None, "2024-11-18", "signed",
     note="'das Werk' = the Leichtmetall Aluminium Giesserei (previous sentence); price not disclosed; antitrust approval pending"),
   D("ega-leichtmetall-supply", ["Emirates Global Aluminium", "Leichtmetall"], "supply",
     "Bereits seit 2021 bezieht Leichtmetall einen Teil seines Primäraluminiums aus den Hütten der EGA in Dschebel Ali und Al Taweelah.",
     None, None, None, "2021", "signed", required=False,
     note="background supply relationship without amount; a different deal from the takeover"),
   D("ega-hannover-capex", ["Emirates Global Aluminium"], "capex_plan",
     "Der Konzern aus Dubai will in den kommenden drei Jahren rund 45 Millionen Euro in den Standort stecken, vor allem in einen zweiten Schmelzofen und eine Anlage zur Sortierung von Altschrott.",
     45000000, "EUR", "approx", "2024-11", "planned",
     note="'Der Konzern aus Dubai' = EGA; spending plan for the Hanover plant, only the spender listed")],
  ["rund 150 Millionen Euro", "4,5 Millionen Euro", "rund 1.850 Euro je Tonne", "ab 3.400 Euro brutto",
   "14,90 Euro pro Monat"])

A("008_gravdal_hovdenes_sunnhordland_en.txt", "2025-02-20",
  "from the header 'Business | Thursday 20 February 2025 | Updated 10:14'; 'on Wednesday' -> 2025-02-19",
  "en",
  [D("gravdal-hovdenes-site", ["Gravdal Aluminium", "Hovdenes Data"], "acquisition",
     "Gravdal Aluminium AS has agreed to sell the 420-metre hall, the surrounding 11 hectares and its 90-megawatt grid connection to Hovdenes Data for NOK 780 million, or about $70 million, the companies said on Wednesday.",
     780000000, "NOK", "exact", "2025-02-19", "signed", alt=[(70000000, "USD")], kind_alt=["other"],
     note="sale of the idle potroom hall, land and grid connection; first Gravdal-Hovdenes deal (the power contract of 2026 is in 019)"),
   D("harbury-hovdenes-round", ["Harbury Lane Capital", "Hovdenes Data"], "investment",
     "In January the company collected four hundred million kroner from investors, with Harbury Lane Capital, the London fund that has been buying into resource and infrastructure businesses across the North Sea region, taking the lead.",
     400000000, "NOK", "exact", "2025-01", "completed",
     note="amount in words ('four hundred million kroner' = NOK 400m); 'the company' = Hovdenes (previous sentence); the round's lead investor is listed; NOK 2.3bn valuation is not a deal")],
  ["NOK 210 million", "NOK 0.38 per kWh", "NOK 2.3 billion", "NOK 120 million", "NOK 18 million a year",
   "$2,680 a tonne", "NOK 129 per month"])

A("009_billet_brief_issue47_en.txt", "2025-03-14",
  "from the issue line 'Issue 47 — Friday, 14 March 2025'; 'on Tuesday' -> 2025-03-11",
  "en",
  [D("microsoft-stegra-steel", ["Microsoft", "Stegra"], "supply",
     "Microsoft is nearing a deal to buy near-zero-emissions steel from Stegra for data-centre projects in Europe worth around $300 million over seven years, people close to the negotiations told The Billet Brief.",
     300000000, "USD", "approx", "2025", "rumored", alt=[(260000000, "EUR")], term=["2027", "2033"],
     note="rumour from sources; 011 reports the signing on 2025-06-16 at about €260m (alt_amounts); the year keeps the shared id's dates consistent; deliveries from 2027 for seven years"),
   D("prysmian-quernbeck-2025", ["Prysmian", "Quernbeck Data"], "supply",
     "Prysmian signed a £95 million contract with Quernbeck Data on Tuesday for high-voltage cable linking the developer's campus to the new substation.",
     95000000, "GBP", "exact", "2025-03-11", "signed",
     note="second Prysmian-Quernbeck contract, different from the £140m order of 2024 (002)")],
  ["$150 to $250 a tonne", "more than €6.5 billion", "roughly £1.1 billion", "58 cents a pound", "$9,710",
   "Delegate passes £450", "£12 a month"])

A("010_ega_oklahoma_dhowwharf_en.html", "2025-05-20",
  "from <meta name='pubdate' content='20250520'> and <time datetime='2025-05-20'>Tuesday 20 May 2025; 'on Monday' -> 2025-05-19; 'Last week' -> May 2025",
  "en",
  [D("ega-oklahoma-smelter", ["Emirates Global Aluminium"], "capex_plan",
     "Emirates Global Aluminium plans to spend about $4 billion, or AED 14.7 billion, on a primary aluminium smelter in Oklahoma, the company said on Monday, a project that would be the first new smelter built in the United States since 1980.",
     4000000000, "USD", "approx", "2025-05-19", "planned", alt=[(14700000000, "AED")], kind_alt=["project"],
     note="only the spender listed; Oklahoma's incentive package is public aid, not a deal"),
   D("ega-brakelsiek-billets", ["Emirates Global Aluminium", "Brakelsiek Profiltechnik"], "supply",
     "Last week EGA agreed to supply extrusion billets to Germany's Brakelsiek Profiltechnik for about $180 million over three years starting in July.",
     180000000, "USD", "approx", "2025-05", "signed", alt=[(160000000, "EUR")], term=["2025-07", "2028-06"],
     note="016 restates it in EUR ('rund 160 Millionen Euro', 'Seit Mai')")],
  ["more than $275 million over 20 years", "AED 30.2 billion", "$15 billion or more", "$2,465 per tonne",
   "AED 2.1 million", "AED 35 a month"])

A("011_stegra_microsoft_boersenamboss.txt", "2025-06-17",
  "from the stock-portal stamp '17.06.2025 – 14:22:10'; 'am Montag' -> 2025-06-16, 'am Freitag' -> 2025-06-13",
  "de",
  [D("microsoft-stegra-steel", ["Microsoft", "Stegra"], "supply",
     "Das Volumen beläuft sich Unternehmenskreisen zufolge auf rund 260 Millionen Euro, verteilt über sieben Jahre.",
     260000000, "EUR", "approx", "2025-06-16", "signed", term=["2027", "2033"],
     note="amount sentence; parties and signing 'am Montag' in the previous sentence ('Der US-Softwarekonzern' = Microsoft); the rumour of 009 signed"),
   D("nippon-us-steel", ["Nippon Steel", "U.S. Steel"], "acquisition",
     "Der zweite große Stahl-Deal der Woche ist abgeschlossen: Nippon Steel hat am Freitag die Übernahme von U.S. Steel für 14,9 Milliarden Dollar vollzogen, nachdem die US-Regierung grünes Licht gegeben hatte.",
     14900000000, "USD", "exact", "2025-06-13", "completed",
     note="55 Dollar je Aktie is the per-share price, not a separate deal"),
   D("nippon-us-steel-capex", ["Nippon Steel"], "capex_plan",
     "Die Japaner haben zugesagt, bis Ende 2028 rund 11 Milliarden Dollar in die Werke des Traditionskonzerns aus Pittsburgh zu investieren, darunter in ein neues Walzwerk.",
     11000000000, "USD", "approx", "2025", "planned", required=False, term=[None, "2028-12"],
     note="investment pledge tied to the takeover, only the spender listed; optional like other group-wide capex plans; 'Ende 2028' as term end")],
  ["55 Dollar je Aktie", "9,12 Euro", "21,44 Euro", "88,30 Euro", "27,05 Euro", "Kursziel für Salzgitter von 26 Euro",
   "10,50 Euro", "0,20 Euro je Aktie", "rund 610 Euro je Tonne", "150 bis 200 Euro je Tonne", "0 Euro Depotgebühr",
   "ab 25 Euro", "ab 1 Euro"])

A("012_metall_liveticker_huettenticker.txt", "2025-07-22",
  "from the ticker header 'Dienstag, 22. Juli 2025' with entries by time; 'heute Vormittag' -> 2025-07-22; 'Im Frühjahr 2024' -> 2024",
  "de",
  [D("thyssenkrupp-epcg-jv", ["thyssenkrupp", "EPCG"], "acquisition",
     "Diese Aufstockung hätte die Tschechen nach Schätzung von Analysten rund 350 Millionen Euro gekostet.",
     350000000, "EUR", "approx", "2024", "cancelled", kind_alt=["joint_venture", "investment"],
     note="'die Tschechen' = EPCG; value only an analysts' estimate; the 2024 agreement to raise the stake from 20 to 50 % (previous sentence) was called off on 2025-07-22; a cancelled deal keeps the date of the original agreement"),
   D("kghm-odrakabel-cathodes", ["KGHM", "Odrakabel"], "supply",
     "Großauftrag in Polen: KGHM liefert dem Kabelhersteller Odrakabel von 2026 bis 2028 Kupferkathoden im Wert von 1,2 Milliarden Złoty, umgerechnet rund 280 Millionen Euro.",
     1200000000, "PLN", "exact", "2025-07-22", "signed", alt=[(280000000, "EUR")], term=["2026", "2028"],
     note="signing 'heute Vormittag' in the next sentence"),
   D("jsw-jfe-thyssenkrupp-india", ["JSW Steel", "JFE Steel", "thyssenkrupp"], "acquisition",
     "Der Kaufpreis soll sich auf rund 420 Millionen Euro belaufen, hieß es.",
     420000000, "EUR", "approx", "2025", "rumored", alt=[(41800000000, "INR")],
     note="rumour from financial circles; parties in the previous sentence; 015 reports the signing on 2025-10-09 at Rs 4,180 crore (alt_amounts); the year keeps the shared id's dates consistent")],
  ["8,74 Euro", "9.880 Dollar", "zwischen 300 und 400 Millionen Euro", "2.630 Dollar je Tonne", "15.300 Dollar",
   "1,168 Dollar", "sonst 79 Euro", "22,10 Euro", "90,15 Euro", "5,42 Euro"])

A("013_amazon_rio_nuton_bollardgate_en.txt", "2025-08-28",
  "from the header 'August 28, 2025 / 5:40 AM UTC'; dateline 'LONDON, Aug 27'; 'on Wednesday' -> 2025-08-27; 'Last month' -> July 2025",
  "en",
  [D("amazon-rio-tinto-copper", ["Amazon", "Rio Tinto"], "supply",
     "Amazon agreed on Wednesday to buy copper cathode from Rio Tinto's Johnson Camp mine in Arizona for about $140 million over four years, becoming the first big customer for metal produced with the miner's Nuton leaching technology.",
     140000000, "USD", "approx", "2025-08-27", "signed", alt=[(120000000, "EUR")], term=["2026-01", "2029-12"],
     note="014 restates it in EUR with the month only, 018 without amount"),
   D("rio-tinto-ptarmigan-stake", ["Rio Tinto", "Ptarmigan Creek Copper"], "investment",
     "Last month the company bought a 9.9% stake in Ptarmigan Creek Copper, a British Columbia developer, for 40 million Canadian dollars, giving it the right to match any future offer for the project.",
     40000000, "CAD", "exact", "2025-07", "completed", kind_alt=["acquisition"],
     note="'the company' = Rio Tinto (previous sentence)"),
   D("amazon-capex-2025", ["Amazon"], "capex_plan",
     "Amazon has said its capital spending this year will exceed $100 billion, with artificial-intelligence infrastructure taking the largest share, and data centres are among the fastest-growing sources of copper demand.",
     100000000000, "USD", "at_least", "2025", "planned", required=False,
     note="group-wide capex plan, optional")],
  ["about $9 billion a year by 2030", "$4.8 billion", "4,652 pence", "$9,720 a tonne"])

A("014_jindal_thyssenkrupp_hellweger.txt", "2025-09-18",
  "from the issue line 'Donnerstag, 18.09.2025 | Unternehmen | Seite 11'; 'am Dienstag' -> 2025-09-16, 'am Mittwoch' -> 2025-09-17, 'Im August' -> 2025-08",
  "de",
  [D("jindal-thyssenkrupp-steel", ["Jindal Steel International", "thyssenkrupp"], "acquisition",
     "Nach Informationen dieser Zeitung bewertet das Angebot die Sparte mit zwischen 1,8 und 2,2 Milliarden Euro, einschließlich der Übernahme eines Teils der Schulden.",
     1800000000, "EUR", "range", "2025-09-16", "negotiating", amount_max=2200000000,
     note="indicative offer submitted 'am Dienstag' (previous sentence); thyssenkrupp is examining it and talks are running -> negotiating; value from the paper's sources"),
   D("salzgitter-thyssenkrupp-rumour", ["Salzgitter", "thyssenkrupp"], "acquisition",
     "Einen Bericht, wonach auch Salzgitter ein Gebot für die Duisburger Werke erwäge, wies eine Sprecherin des Konzerns am Mittwoch zurück.",
     None, None, None, "2025-09", "rumored", required=False,
     note="denied rumour without amount, optional"),
   D("amazon-rio-tinto-copper", ["Amazon", "Rio Tinto"], "supply",
     "Im August hatte sich Amazon bei Rio Tinto Kupfer aus der Mine Johnson Camp in Arizona gesichert – für rund 120 Millionen Euro über vier Jahre.",
     120000000, "EUR", "approx", "2025-08", "signed",
     note="same deal as 013 (USD, day); here in EUR with the month only")],
  ["rund 2 Milliarden Euro", "rund 2,7 Milliarden Euro", "10,62 Euro", "Kursziel auf 12 Euro",
   "Einzelpreis 2,90 Euro", "47,50 Euro monatlich"])

A("015_jsw_jfe_electrical_steel_sabarmati_en.txt", "2025-10-09",
  "from the stamp 'Updated: Oct 09, 2025, 22:41 IST'; 'on Thursday' -> 2025-10-09, 'On Wednesday' -> 2025-10-08, 'last month' -> 2025-09",
  "en",
  [D("jsw-jfe-thyssenkrupp-india", ["JSW Steel", "JFE Steel", "thyssenkrupp"], "acquisition",
     "JSW Steel and its Japanese partner JFE Steel on Thursday signed definitive agreements to acquire thyssenkrupp's electrical steel business in India for Rs 4,180 crore, giving the two companies control of one of only two plants in the country that make cold-rolled grain-oriented (CRGO) steel, the core material of power transformers.",
     41800000000, "INR", "exact", "2025-10-09", "signed",
     note="Rs 4,180 crore = INR 41.8bn; the rumour of 012 signed"),
   D("kalindi-hwasan-crgo", ["Kalindi Transformers", "Hwasan Electrical Steel"], "supply",
     "Kalindi Transformers, a listed company based in Vadodara, signed an agreement last month to buy CRGO coils from Korea's Hwasan Electrical Steel worth KRW 96 billion (about Rs 580 crore) over two years.",
     96000000000, "KRW", "exact", "2025-09", "signed", alt=[(5800000000, "INR")]),
   D("kalindi-sanand-capex", ["Kalindi Transformers"], "capex_plan",
     "On Wednesday Kalindi's directors cleared spending of up to Rs 1,200 crore on a new plant at Sanand, Gujarat, that will make large power transformers for transmission companies and data-centre campuses.",
     12000000000, "INR", "up_to", "2025-10-08", "planned", kind_alt=["project"],
     note="only the spender listed")],
  ["Rs 1,148", "Rs 1,470 crore", "Rs 2.1 crore", "Rs 3,900 crore", "Rs 6,322 crore", "$4.5 billion a year",
   "Rs 842", "Rs 299 a month"])

A("016_brakelsiek_mettenbuch_sparrenblick.html", "2025-11-20",
  "from <meta name='date' content='2025-11-20'> and the byline '20.11.2025, 07:30 Uhr'; 'Am Mittwoch' -> 2025-11-19; 'Seit Mai' -> 2025-05",
  "de",
  [D("mettenbuch-brakelsiek-2025", ["Mettenbuch Rechenzentren", "Brakelsiek Profiltechnik"], "supply",
     "Am Mittwoch vergab die Mettenbuch Rechenzentren GmbH einen zweiten Auftrag über Kühlplatten, Stromschienenhalter und Rackrahmen an das Familienunternehmen, das Volumen liegt bei rund 19 Millionen Euro.",
     19000000, "EUR", "approx", "2025-11-19", "signed",
     note="'das Familienunternehmen' = Brakelsiek; second order of the pair, different from the 2024 order (005)"),
   D("ega-brakelsiek-billets", ["Emirates Global Aluminium", "Brakelsiek Profiltechnik"], "supply",
     "Seit Mai hat das Unternehmen einen Liefervertrag mit dem Aluminiumkonzern EGA aus Dubai, der drei Jahre lang Pressbolzen für rund 160 Millionen Euro nach Ostwestfalen liefert.",
     160000000, "EUR", "approx", "2025-05", "signed",
     note="same contract as 010 ($180m); 'das Unternehmen' = Brakelsiek"),
   D("ega-brakelsiek-takeover-rumour", ["Emirates Global Aluminium", "Brakelsiek Profiltechnik"], "acquisition",
     "Gerüchte, EGA wolle das Familienunternehmen ganz übernehmen, wies Ostermeier-Lüke zurück: „Wir sind Kunde, nicht Kaufobjekt.\"",
     None, None, None, None, "rumored", required=False,
     note="denied takeover rumour without amount or date, optional; a different EGA-Brakelsiek deal from the billet contract"),
   D("brakelsiek-press-capex", ["Brakelsiek Profiltechnik"], "capex_plan",
     "Geplant ist eine dritte Strangpresse mit 45 Meganewton Presskraft, für die das Unternehmen bis zu 35 Millionen Euro ausgeben will.",
     35000000, "EUR", "up_to", "2025-11", "planned",
     note="only the spender listed; the state grant of 2.1 million is public aid")],
  ["rund 95 Millionen Euro", "2,1 Millionen Euro Zuschuss", "1.150 Euro im ersten Lehrjahr", "6.490 Euro",
   "9,99 Euro im Monat"])

A("017_ihmert_interview_giesspfanne.txt", None,
  "interview without any date (only 'Lesedauer: 8 Minuten'); all dates null",
  "de",
  [D("aurubis-ihmert-rod", ["Aurubis", "Kupferwalzwerk Ihmert"], "supply",
     "Seit Januar läuft unser Vertrag mit Aurubis über Gießwalzdraht, fünf Jahre, jährlich rund 85 Millionen Euro.",
     85000000, "EUR", "approx", None, "signed", per="year",
     note="'unser' = Kupferwalzwerk Ihmert (the interviewee's company); same contract as 005"),
   D("harbury-ihmert-offer", ["Harbury Lane Capital", "Kupferwalzwerk Ihmert"], "investment",
     "Harbury Lane Capital aus London hat uns für 35 Prozent der Anteile rund 60 Millionen Euro geboten.",
     60000000, "EUR", "approx", None, "cancelled", kind_alt=["acquisition"],
     note="refused offer ('Wir haben abgelehnt', next sentence); implied valuation of gut 170 Mio. Euro is not a deal"),
   D("ihmert-rolling-mill-capex", ["Kupferwalzwerk Ihmert"], "capex_plan",
     "Wir stecken knapp vierzig Millionen Euro in eine zweite Walzstraße, die in achtzehn Monaten laufen soll.",
     40000000, "EUR", "approx", None, "planned", kind_alt=["project"],
     note="amount in words ('knapp vierzig Millionen'); only the spender listed")],
  ["gut 170 Millionen Euro", "jährlich rund 14 Millionen Euro", "rund 4.100 Euro Monatsbrutto", "über 9.000 Euro",
   "98 Euro im Abo", "12 Euro je Heft"])

A("018_copper_commentary_penruddock_en.txt", "2026-02-04",
  "from the line 'Commentary | 4 February 2026'; 'last month' -> 2026-01, 'last August' -> 2025-08, 'in September' -> 2025-09",
  "en",
  [D("amazon-rio-tinto-copper", ["Amazon", "Rio Tinto"], "supply",
     "Amazon's agreement last August to take copper from Rio Tinto's Johnson Camp mine remains the only direct purchase by a hyperscaler from a miner that we know of, and the volumes are tiny.",
     None, None, None, "2025-08", "signed", required=False,
     note="restatement without amount (013, 014), optional"),
   D("kanazaki-ptarmigan-stake", ["Kanazaki Alloy Works", "Ptarmigan Creek Copper"], "investment",
     "Kanazaki Alloy Works, the Osaka maker of copper alloys for connectors and lead frames, agreed last month to buy 19.9% of Ptarmigan Creek Copper for ¥6.2 billion (about C$56 million).",
     6200000000, "JPY", "exact", "2026-01", "signed", alt=[(56000000, "CAD")], kind_alt=["acquisition"]),
   D("anglo-teck-merger", ["Anglo American", "Teck Resources"], "acquisition",
     "At the large end, the all-share combination of Anglo American and Teck Resources agreed in September is still working through regulatory approvals in Canada and Chile.",
     None, None, None, "2025-09", "signed", required=False, kind_alt=["other"],
     note="all-share merger mentioned as background without a price; the combined market value (~$53bn) is not a deal amount")],
  ["about $53 billion", "$12,500 a tonne", "$11,200", "about $11 billion a year by 2030", "roughly $4 billion in 2025",
   "target price 5,200p", "4,900p", "target 2,850p", "target SEK 470", "target €96", "from £2,400 a year",
   "single reports £180"])

A("019_metals_close_tonnage_en.txt", "2026-06-11",
  "from the line 'Thursday, 11 June 2026 — after the bell'; 'on Wednesday' -> 2026-06-10, 'on Tuesday' -> 2026-06-09",
  "en",
  [D("alcoa-pennockvale-intalco", ["Alcoa", "Pennock Vale Data Centers"], "acquisition",
     "Alcoa agreed on Wednesday to sell the site of its former Intalco smelter in Ferndale, Washington, to Pennock Vale Data Centers for more than $70 million, ending a search for a buyer that began after the plant was shut in 2020.",
     70000000, "USD", "at_least", "2026-06-10", "signed", kind_alt=["other"]),
   D("mercerfalls-pennockvale-loan", ["Mercer Falls Bank", "Pennock Vale Data Centers"], "other",
     "Pennock Vale is negotiating a construction loan of up to $400m with a lender group that Mercer Falls Bank is leading, one person with knowledge of the talks said.",
     400000000, "USD", "up_to", "2026-06", "negotiating", kind_alt=["investment"],
     note="loan talks from one source; loans are 'other' with 'investment' as alternative"),
   D("gravdal-hovdenes-power", ["Gravdal Aluminium", "Hovdenes Data"], "supply",
     "Hovdenes will pay NOK 52 million a year for five years starting in July.",
     52000000, "NOK", "exact", "2026-06-09", "signed", per="year", term=["2026-07", "2031-06"], kind_alt=["other"],
     note="parties and 'on Tuesday' in the previous sentence; power passed on from Gravdal's hydropower contract; second Gravdal-Hovdenes deal, different from the 2025 site sale (008)")],
  ["$2,612 a tonne", "$10,940", "$41.20", "$21.85", "NOK 68.40", "5,034p",
   "$162.75", "SEK 398.20", "61 cents a pound", "€31 per megawatt-hour", "Annual subscription $640"])

A("020_mettenbuch_harbury_innkanal.txt", "2026-10-23",
  "from the issue line 'Jahrgang 12 · Ausgabe 43 · Freitag, 23. Oktober 2026'; 'Im Juli' -> 2026-07; 'Drei Monate später' / 'am Donnerstag' -> 2026-10-22; 'am Dienstag' -> 2026-10-20",
  "de",
  [D("bayernlb-mettenbuch-loan", ["BayernLB", "Mettenbuch Rechenzentren"], "other",
     "Im Juli hatte sich die Mettenbuch Rechenzentren GmbH bei der BayernLB eine Kreditlinie von bis zu 450 Millionen Euro gesichert.",
     450000000, "EUR", "up_to", "2026-07", "signed", kind_alt=["investment"],
     note="credit line; loans are 'other' with 'investment' as alternative"),
   D("harbury-mettenbuch-stake", ["Harbury Lane Capital", "Mettenbuch Rechenzentren"], "acquisition",
     "Drei Monate später folgt nun der Eigenkapitalpartner: Harbury Lane Capital übernimmt 49 Prozent an Mettenbuch und zahlt dafür rund 310 Millionen Euro, wie die Partner am Donnerstag bekanntgaben.",
     310000000, "EUR", "approx", "2026-10-22", "signed", kind_alt=["investment"],
     note="implied valuation (gut 630 Mio. Euro) is not a deal"),
   D("toeging-mettenbuch-land-2026", ["Mettenbuch Rechenzentren", "Stadt Töging am Inn"], "acquisition",
     "Mettenbuch zahlt der Stadt dafür knapp 9 Millionen Euro.",
     9000000, "EUR", "approx", "2026-10-20", "announced", kind_alt=["other"],
     note="council approval 'am Dienstag' and the six hectares in the previous sentence; second land purchase of the pair, different from 2024 (001)")],
  ["gut 630 Millionen Euro", "rund 24 Millionen Euro", "rund 1,9 Millionen Euro", "31,8 Cent je Kilowattstunde",
   "ab 3.900 Euro", "249 Euro im Monat", "Einzelpreis 1,80 Euro"])


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, {sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
