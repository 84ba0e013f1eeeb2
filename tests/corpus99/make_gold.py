#!/usr/bin/env python3
"""Write gold.json for corpus99 (the hand annotation lives here; edit it, then run this script).

Usage: python3 tests/corpus99/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the ninety-ninth, held-out test corpus (tests/corpus99/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id "
    "in each. 'required': false marks vague or background mentions (and all deals without an amount) that an "
    "extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: "
    "reporting one of them as a deal is an error. Amounts are in full units, in the currency the article "
    "states; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' "
    "('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article "
    "(or the same article) states it in another currency or at another precision; the first article of a "
    "shared id carries all of them. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or "
    "YYYY-MM-DD), resolved against the article's publication date ('published', from the article's date "
    "line, dateline, issue line, byline, meta tag or JSON-LD, or null when the article has none); seasons "
    "become the year; a cancelled or denied deal keeps the date of the original talks; a rumour that is "
    "later signed in the same year carries only the year. 'term' is the period the deal covers, where the "
    "text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html "
    "articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). "
    "Invented companies: Kuusiku Compute AS, Daugavmala Datu Centrs SIA, Gauja Capital, Vilsandi Tuul OÜ, "
    "Nerija Compute UAB, Dzintara Partners, Šventoji Thermal, Kadaka Soojus AS (and the Liivi wind project); "
    "invented publications, advisers, advertisers and people are listed in invented_names.txt. Real "
    "companies appear in partly real, partly invented or shifted deals (see README.md). Nothing here is "
    "reporting."
)

ALIASES = {
    "Kuusiku Compute": ["Kuusiku Compute AS", "Kuusiku Compute", "Kuusiku", "Kuusiku's"],
    "SEB": ["SEB", "Skandinaviska Enskilda Banken"],
    "Enefit Green": ["Enefit Green", "Enefit Green AS"],
    "Dell Technologies": ["Dell Technologies", "Dell"],
    "Google": ["Google", "Alphabet"],
    "Daugavmala Datu Centrs": ["Daugavmala Datu Centrs SIA", "Daugavmala Datu Centrs", "Daugavmala", "Daugavmala's"],
    "Ķekava Municipality": ["Ķekava Municipality", "Gemeinde Ķekava", "Ķekava"],
    "AST": ["AST", "Augstsprieguma tīkls"],
    "Elering": ["Elering"],
    "Siemens Energy": ["Siemens Energy"],
    "Microsoft": ["Microsoft", "Microsoft's"],
    "Meta": ["Meta", "Meta Platforms"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Luminor": ["Luminor", "Luminor Bank"],
    "Nordic Investment Bank": ["Nordic Investment Bank", "NIB", "Nordische Investitionsbank"],
    "Tet": ["Tet", "SIA Tet"],
    "Ignitis": ["Ignitis", "Ignitis Group", "Ignitis'"],
    "Nerija Compute": ["Nerija Compute UAB", "Nerija Compute", "Nerija", "Nerija's"],
    "Dzintara Partners": ["Dzintara Partners", "Dzintara"],
    "Telia": ["Telia", "Telia Eesti", "Telia's"],
    "Latvenergo": ["Latvenergo"],
    "Vilsandi Tuul": ["Vilsandi Tuul OÜ", "Vilsandi Tuul", "Vilsandi", "Vilsandi's"],
    "Gauja Capital": ["Gauja Capital", "Gauja"],
    "Šventoji Thermal": ["Šventoji Thermal", "Sventoji Thermal"],
    "Kadaka Soojus": ["Kadaka Soojus AS", "Kadaka Soojus"],
    "Hewlett Packard Enterprise": ["Hewlett Packard Enterprise", "HPE"],
    "Nordea": ["Nordea", "Nordea Bank"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=None,
      amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    def whole(v):
        return int(v) if isinstance(v, float) and v.is_integer() else v
    amount, amount_max = whole(amount), whole(amount_max)
    alt = [(whole(a), c) for a, c in alt] if alt else alt
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": (amount is not None) if required is None else required}
    if per:
        d["per"] = per
    if term:
        d["term"] = term
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


M = 1_000_000
B = 1_000_000_000

ARTICLES = {}


def A(name, published, note, language, deals, not_deals):
    ARTICLES[name] = {"published": published, "published_note": note, "language": language,
                      "deals": deals, "not_deals": not_deals}


A("001_kuusiku_seb_toompea_en.txt", "2024-05-15",
  "from the line 'Updated May 15, 2024 07:12 EEST' (dateline 'TALLINN, May 14'); 'on Tuesday' -> 2024-05-14; 'Last month' -> 2024-04",
  "en",
  [D("seb-kuusiku-loan-2024", ["SEB", "Kuusiku Compute"], "other", 180 * M, "EUR", "exact", "2024-05-14", "signed",
     "Kuusiku Compute AS, a two-year-old Tallinn firm that rents graphics processors to AI developers, has secured a €180 million credit facility from SEB to fit out its first data hall in Maardu, just east of Tallinn, Kuusiku announced on Tuesday.",
     kind_alt=["investment"],
     note="credit facility; seven-year term in the next sentence; different from SEB's €120m enlargement of 2026 (017, 019)"),
   D("enefit-kuusiku-ppa", ["Enefit Green", "Kuusiku Compute"], "supply", 24 * M, "EUR", "approx", "2024-04", "signed",
     "Last month Kuusiku put its name to a ten-year offtake deal with Enefit Green, the renewables arm of state-owned Eesti Energia, under which it will pay the wind and solar producer roughly €24 million a year from January 2025.",
     per="year", term=["2025-01", "2034"],
     note="yearly rate over ten years; 'the wind and solar producer' = Enefit Green; different from the 2026 battery venture of the same pair (015)")],
  ["€11.2 million", "about €140 million", "€8 million to €10 million per megawatt", "€3.5 million", "€3.52",
   "€86 per megawatt hour"])

A("002_kuusiku_dell_boersenbote.txt", "2024-05-15",
  "from the line '15.05.2024 | 10:05 Uhr'; 'am Dienstag' -> 2024-05-14",
  "de",
  [D("seb-kuusiku-loan-2024", ["SEB", "Kuusiku Compute"], "other", 180 * M, "EUR", "exact", "2024-05-14", "signed",
     "Die schwedische SEB stellt der nicht börsennotierten Kuusiku Compute AS eine Kreditlinie über 180 Millionen Euro bereit, wie die Esten am Dienstag bekanntgaben.",
     kind_alt=["investment"], note="'die Esten' = Kuusiku; same facility as 001"),
   D("kuusiku-dell-servers", ["Dell Technologies", "Kuusiku Compute"], "supply", 120 * M, "USD", "approx", "2024-05", "signed",
     "Bei Dell hat Kuusiku Server mit Nvidia-Chips für knapp 120 Millionen Dollar (rund 110 Millionen Euro) geordert, die ab dem Spätsommer in Maardu bei Tallinn montiert werden sollen.",
     alt=[(110 * M, "EUR")],
     note="'knapp' (just under) -> approx; compound 'Nvidia-Chips' (Nvidia is not a party); no day given -> month of the article"),
   D("enefit-kuusiku-ppa", ["Enefit Green", "Kuusiku Compute"], "supply", None, None, None, "2024-04", "signed",
     "Die Ökostromtochter von Eesti Energia beliefert Kuusiku ab 2025 mit Wind- und Solarstrom; das hatte der Versorger schon im April gemeldet.",
     note="restated without amount (optional); 'Die Ökostromtochter von Eesti Energia' = Enefit Green, named in the next sentence")],
  ["31,4 Millionen Euro", "250 Millionen Euro", "3,57 €", "19,86 €", "129,40 $", "3,90 Euro",
   "rund 945 Millionen Euro", "4,50 Euro"])

A("003_google_hamina_amberletter_en.txt", "2024-05-31",
  "from the issue line 'Issue 14 · Friday 31 May 2024'; 'on Wednesday' -> 2024-05-29; 'earlier this month' -> 2024-05",
  "en",
  [D("google-hamina-2024", ["Google"], "capex_plan", 1 * B, "EUR", "exact", "2024-05-29", "announced",
     "Google will put €1 billion into enlarging its Finnish server site in Hamina, a port town east of Helsinki, it announced on Wednesday, adding AI capacity beside the old paper mill it bought in 2009.",
     kind_alt=["project"], note="investment plan of the spender only; the €4.5bn Finland total is cumulative (not a deal)"),
   D("kuusiku-dell-servers", ["Dell Technologies", "Kuusiku Compute"], "supply", 120 * M, "USD", "approx", "2024-05", "signed",
     "Tallinn's Kuusiku Compute, fresh from its bank loan, ordered just under $120 million of Nvidia-based servers from Dell earlier this month.",
     note="same order as 002; 'fresh from its bank loan' alludes to the SEB facility (not annotated again, no amount)")],
  ["€4.5 billion", "$25,000 to $30,000 a unit", "€140 to €170 per kW per month", "€600 million", "€49", "€290"])

A("004_daugavmala_kekava_post_en.html", "2024-09-19",
  "no visible date; from <meta property=article:published_time> and JSON-LD datePublished 2024-09-19; 'on Tuesday' -> 2024-09-17",
  "en",
  [D("daugavmala-kekava-campus", ["Daugavmala Datu Centrs"], "project", 400 * M, "EUR", "approx", "2024-09-17", "planned",
     "Latvian developer Daugavmala Datu Centrs SIA plans to spend around €400 million on a 60-megawatt data-centre campus on farmland south of Riga, the company told councillors in Ķekava on Tuesday.",
     kind_alt=["capex_plan"], alt=[(430 * M, "EUR")],
     note="the developer's own cost plan; raised to €430m in 007 and 011 (alt_amounts)"),
   D("kekava-daugavmala-land", ["Daugavmala Datu Centrs", "Ķekava Municipality"], "acquisition", 6.5 * M, "EUR", "exact", "2024-09-17", "signed",
     "Daugavmala pays Ķekava Municipality €6.5 million for it, a sum that also covers an access road the council had planned anyway.",
     kind_alt=["other"],
     note="land sale by the municipality; council vote 'the same evening' (previous sentence) = Tuesday; 'it' = the 38-hectare plot"),
   D("ast-daugavmala-connection", ["AST", "Daugavmala Datu Centrs"], "other", 18 * M, "EUR", "approx", "2024-09", "signed",
     "Daugavmala has signed a connection agreement with transmission operator Augstsprieguma tīkls (AST) and will pay the grid company about €18 million for a new 330-kilovolt substation and line.",
     kind_alt=["supply"], note="grid connection agreement; no day given -> month of the article")],
  ["€3,100 a month", "€1.4 million a year", "€78 million", "€95 million", "€1.50", "€399"])

A("005_synchronisierung_phasenlage.txt", "2025-02-10",
  "from the issue line 'Ausgabe 6/2025 · Montag, 10. Februar 2025'",
  "de",
  [D("elering-siemens-condensers", ["Elering", "Siemens Energy"], "supply", 104 * M, "EUR", "approx", "2022", "signed",
     "Der Auftrag hatte damals ein Volumen von etwa 104 Millionen Euro.",
     note="amount sentence; parties and the 2022 order ('Elering hatte dafür schon 2022 bei Siemens Energy drei Synchronkompensatoren bestellt') in the previous sentence"),
   D("enefit-kuusiku-ppa", ["Enefit Green", "Kuusiku Compute"], "supply", 24 * M, "EUR", "approx", "2024", "signed",
     "Der estnische GPU-Vermieter Kuusiku Compute zahlt Enefit Green seit Januar jährlich rund 24 Millionen Euro für Wind- und Solarstrom; den Zehnjahresvertrag hatten beide im Frühjahr 2024 unterschrieben.",
     per="year", term=["2025-01", None], note="restated; 'im Frühjahr 2024' -> the year"),
   D("daugavmala-kekava-campus", ["Daugavmala Datu Centrs"], "project", 400 * M, "EUR", "approx", None, "planned",
     "In Lettland plant Daugavmala Datu Centrs bei Ķekava einen Campus für rund 400 Millionen Euro.",
     kind_alt=["capex_plan"], note="restated without a date")],
  ["rund 1,6 Milliarden Euro", "etwa 1,2 Milliarden Euro", "112 Euro", "109 Euro", "131 Euro",
   "rund 60 Millionen Euro", "95 Euro"])

A("006_hyperscaler_capex_kadriorg_en.txt", "2025-02-12",
  "from the byline 'Posted 12 February 2025 by Kaspar Tammaru'; 'early January'/'late January' -> 2025-01; 'on 4 February' -> 2025-02-04; 'Two days later' -> 2025-02-06; 'last May' -> 2024-05",
  "en",
  [D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01", "planned",
     "In a blog post in early January its president said Redmond was on track to lay out about $80 billion on AI-ready server farms in its fiscal year closing in June.",
     term=[None, "2025-06"], note="'its'/'Redmond' = Microsoft (previous sentence 'Microsoft went first.'); fiscal year to June 2025"),
   D("meta-capex-2025", ["Meta"], "capex_plan", 60 * B, "USD", "range", "2025-01", "planned",
     "Meta followed in late January: between $60 billion and $65 billion in capex, Zuckerberg's team said, for calendar 2025.",
     amount_max=65 * B, term=["2025", "2025"]),
   D("alphabet-capex-2025", ["Google"], "capex_plan", 75 * B, "USD", "exact", "2025-02-04", "planned",
     "Alphabet raised the bar on 4 February, guiding to $75 billion of capex this year after laying out $52.5 billion in 2024.",
     term=["2025", "2025"], note="Alphabet = Google (alias); the $52.5bn of 2024 is past spending (not a deal)"),
   D("amazon-capex-2025", ["Amazon"], "capex_plan", 100 * B, "USD", "approx", "2025-02-06", "planned",
     "Two days later Amazon signalled that its own figure would land somewhere around $100 billion.",
     term=["2025", "2025"], note="'Two days later' = two days after 4 February; 'its own figure' = capex for this year"),
   D("seb-kuusiku-loan-2024", ["SEB", "Kuusiku Compute"], "other", 180 * M, "EUR", "exact", "2024-05", "signed",
     "What we have are small, brave local bets: Kuusiku's €180 million facility from SEB last May, Daugavmala's land deal near Riga.",
     kind_alt=["investment"], note="restated ('last May'); genitive 'Kuusiku's'"),
   D("kekava-daugavmala-land", ["Daugavmala Datu Centrs", "Ķekava Municipality"], "acquisition", None, None, None, None, "signed",
     "What we have are small, brave local bets: Kuusiku's €180 million facility from SEB last May, Daugavmala's land deal near Riga.",
     kind_alt=["other"], note="vague mention without amount (optional); the municipality is only implied ('near Riga'; Ķekava named earlier)")],
  ["$52.5 billion", "close to $590 billion", "about $5.6 million", "€5 a month"])

A("007_daugavmala_kredit_ostseeblatt.txt", "2025-03-20",
  "from the dateline 'RIGA, 20. März 2025.'; 'am Mittwoch' -> 2025-03-19; 'im Herbst' -> autumn 2024",
  "de",
  [D("luminor-nib-daugavmala-loan", ["Luminor", "Nordic Investment Bank", "Daugavmala Datu Centrs"], "other", 150 * M, "EUR", "exact", "2025-03-19", "signed",
     "Die Luminor Bank und die Nordische Investitionsbank (NIB) leihen der Daugavmala Datu Centrs SIA zusammen 150 Millionen Euro, wie die Beteiligten am Mittwoch in Riga mitteilten.",
     kind_alt=["investment"], note="twelve-year loan; the shares (€90m Luminor, €60m NIB) in the next sentence are parts of it (not_deals)"),
   D("daugavmala-kekava-campus", ["Daugavmala Datu Centrs"], "project", 430 * M, "EUR", "exact", None, "planned",
     "Die Kosten für den Campus veranschlagt das Unternehmen inzwischen auf 430 Millionen Euro statt der im Herbst genannten 400 Millionen, vor allem wegen höherer Preise für Transformatoren.",
     kind_alt=["capex_plan"], alt=[(400 * M, "EUR")],
     note="updated cost of the same campus ('das Unternehmen' = Daugavmala); the old €400m is the figure of 004"),
   D("tet-daugavmala-lease", ["Tet", "Daugavmala Datu Centrs"], "cloud_contract", 70 * M, "EUR", "approx", "2025-03", "signed",
     "Den Wert des Vertrags beziffert Daugavmala auf rund 70 Millionen Euro.",
     kind_alt=["other"], term=["2025", "2035"],
     note="ten-year lease of 4 MW; tenant and term in the previous sentence ('Der lettische Telekomkonzern Tet mietet für zehn Jahre vier Megawatt'); no day given")],
  ["90 Millionen Euro", "60 Millionen Euro", "168 Millionen Euro", "gut 300 Millionen Euro",
   "drei bis fünf Euro je Quadratmeter"])

A("008_ignitis_nerija_saule_en.txt", "2025-07-17",
  "from the line 'Jul 17, 2025 · 09:20 EEST'; 'late on Wednesday' -> 2025-07-16",
  "en",
  [D("ignitis-nerija-ppa", ["Ignitis", "Nerija Compute"], "supply", 220 * M, "EUR", "approx", "2025-07-16", "signed",
     "Ignitis did not publish the price, but Nerija put the value of the whole contract at roughly €220 million in its own statement.",
     term=["2027", "2038"],
     note="twelve-year power supply from 2027 (previous sentences, announced 'late on Wednesday'); different from Ignitis' 2026 stake in Nerija (016, 020)"),
   D("dzintara-nerija-seriesb", ["Dzintara Partners", "Nerija Compute"], "investment", 60 * M, "EUR", "approx", "2025", "negotiating",
     "Nerija itself is in talks with Dzintara Partners, a Riga-based growth investor, about a Series B of around €60 million, two people close to the company told Saule Markets.",
     alt=[(65 * M, "EUR")],
     note="talks from sources; closed at €65m on 2025-10-21 (012, alt_amounts); the year keeps the shared id's dates consistent; the €18m raised earlier is cumulative (not a deal)")],
  ["€298 million", "€560 million to €600 million", "€0.673 per share", "€18 million", "€21.30", "€3.08",
   "€25 target", "about €1.53 billion"])

A("009_baltikum_ticker_finanzwarte.txt", "2025-06-26",
  "from the line 'Donnerstag, 26. Juni 2025'; 'am Mittwoch' -> 2025-06-25",
  "de",
  [D("telia-kuusiku-datacentre", ["Kuusiku Compute", "Telia"], "acquisition", 38 * M, "EUR", "approx", "2025-06", "rumored",
     "Im Raum stehen demnach rund 38 Millionen Euro, ein Abschluss sei bis zum Herbst möglich.",
     note="'Insidern zufolge' talks (previous sentence names Kuusiku Compute and Telia Eesti); called off in December (014)"),
   D("latvenergo-vilsandi-jv", ["Latvenergo", "Vilsandi Tuul"], "joint_venture", 40 * M, "EUR", "up_to", "2025-06-25", "announced",
     "Die Letten wollen bis zu 40 Millionen Euro in die Planungsphase stecken und erhalten dafür die Hälfte der Anteile.",
     kind_alt=["investment"],
     note="'Die Letten' = Latvenergo; the venture with Vilsandi Tuul OÜ and 'am Mittwoch' in the previous sentence")],
  ["rund 1,9 Milliarden Euro", "132,80 Euro", "21,02 Euro", "25 Euro", "3,11 Euro", "1.500 Euro"])

A("010_vilsandi_latvenergo_gulfbrief_en.txt", "2025-06-27",
  "from the issue line 'No. 22 — 27 June 2025'; 'on Wednesday' -> 2025-06-25",
  "en",
  [D("latvenergo-vilsandi-jv", ["Latvenergo", "Vilsandi Tuul"], "joint_venture", 40 * M, "EUR", "up_to", "2025-06-25", "announced",
     "The two sides set up a 50/50 company, and Latvenergo has committed up to €40 million to cover surveys, permits and grid studies until a final investment decision, they said on Wednesday.",
     kind_alt=["investment"], note="'The two sides' = Latvenergo and Vilsandi Tuul (previous sentence)"),
   D("vilsandi-liivi-windfarm", ["Vilsandi Tuul"], "project", 3.2 * B, "EUR", "range", None, "planned",
     "Vilsandi's founder Priit Lõhmus puts the eventual cost of the farm somewhere between €3.2 billion and €3.6 billion, depending on turbine prices and whether the foundations are monopiles or jackets.",
     amount_max=3.6 * B, required=False,
     note="the developer's rough cost estimate for a farm due in 2032 (background, optional)")],
  ["€4 million", "€36 million", "€75 per MWh", "€90", "€2.8 million to €3.3 million per MW", "around €1.9 billion",
   "$67 a barrel", "€71/MWh", "€180", "€240 a year"])

A("011_gauja_daugavmala_ostseeblick.html", "2025-11-13",
  "from the visible line 'Wirtschaft · 13.11.2025, 06:45 Uhr' and <meta name=date>; 'am Mittwoch' -> 2025-11-12; 'Im März' -> 2025-03",
  "de",
  [D("gauja-daugavmala-stake", ["Gauja Capital", "Daugavmala Datu Centrs"], "investment", 95 * M, "EUR", "exact", "2025-11-12", "signed",
     "Der Rigaer Infrastrukturfonds Gauja Capital übernimmt 49 Prozent an der Daugavmala Datu Centrs SIA und zahlt dafür 95 Millionen Euro, gaben Fonds und Unternehmen am Mittwoch bekannt.",
     kind_alt=["acquisition"],
     note="49 % stake, closing expected by end of March 2026; implied valuation ~€194m is not a deal; different from Gauja's €40m shareholder loan of 2026 (019)"),
   D("luminor-nib-daugavmala-loan", ["Luminor", "Nordic Investment Bank", "Daugavmala Datu Centrs"], "other", 150 * M, "EUR", "exact", "2025-03", "signed",
     "Im März hatten Luminor und die Nordische Investitionsbank bereits ein Darlehen über 150 Millionen Euro zugesagt, die Gesamtkosten des Campus liegen inzwischen bei 430 Millionen Euro.",
     kind_alt=["investment"], note="restated; borrower Daugavmala from context"),
   D("daugavmala-kekava-campus", ["Daugavmala Datu Centrs"], "project", 430 * M, "EUR", "exact", None, "planned",
     "Im März hatten Luminor und die Nordische Investitionsbank bereits ein Darlehen über 150 Millionen Euro zugesagt, die Gesamtkosten des Campus liegen inzwischen bei 430 Millionen Euro.",
     kind_alt=["capex_plan"], note="restated total cost, same sentence as the loan")],
  ["knapp 194 Millionen Euro", "rund 320 Millionen Euro", "rund 82 Millionen Euro", "7,99 Euro", "89 Euro"])

A("012_nerija_seriesb_dispatch_en.txt", "2025-10-22",
  "from the line 'Vilnius · Wednesday, 22 October 2025'; 'on Tuesday' -> 2025-10-21; 'in July' -> 2025-07; 'this month' -> 2025-10",
  "en",
  [D("dzintara-nerija-seriesb", ["Dzintara Partners", "Nerija Compute"], "investment", 65 * M, "EUR", "exact", "2025-10-21", "completed",
     "Nerija Compute UAB has raised €65 million in a Series B round, with Riga's Dzintara Partners in the lead, the Kaunas company announced on Tuesday, three months after it won a power contract from Ignitis.",
     note="lead investor listed; the €50m equity and €15m venture debt in the next sentence are parts (not_deals)"),
   D("sventoji-nerija-cooling", ["Šventoji Thermal", "Nerija Compute"], "supply", 14 * M, "EUR", "exact", "2025-10", "signed",
     "Nerija has ordered cooling systems worth €14 million from Šventoji Thermal, a manufacturer on the Lithuanian coast, for its second hall near Kaunas.",
     note="no day given -> month of the article"),
   D("ignitis-nerija-ppa", ["Ignitis", "Nerija Compute"], "supply", 220 * M, "EUR", "approx", "2025-07", "signed",
     "Its twelve-year power deal with Ignitis, worth about €220 million over its life, was signed in July and starts in 2027.",
     term=["2027", None], note="restated; 'Its' = Nerija's"),
   D("amazon-elektrenai-land", ["Amazon"], "acquisition", 30 * M, "EUR", "approx", "2025-10", "rumored",
     "Amazon Web Services is reportedly negotiating to buy roughly 60 hectares of land near Elektrėnai, west of Vilnius, for about €30 million, a regional news site reported this month, citing municipal officials.",
     note="rumour from a regional site; seller not named; denied in 019 (optional)")],
  ["€50 million", "€15 million", "€95 million", "€28 million", "€4,200 a month", "€6.90 a month"])

A("013_interview_daugavmala_hansequartal.txt", None,
  "the interview has no date at all (only 'Lesezeit: 6 Minuten'); it refers to the Gauja stake of November 2025",
  "de",
  [D("gauja-daugavmala-stake", ["Gauja Capital", "Daugavmala Datu Centrs"], "investment", 95 * M, "EUR", "exact", None, "completed",
     "Hansequartal: Frau Kalniņa-Zvejniece, Gauja Capital hat 95 Millionen Euro für 49 Prozent Ihrer Firma bezahlt.",
     kind_alt=["acquisition"], note="'Ihrer Firma' = Daugavmala (named in the introduction)"),
   D("tet-daugavmala-lease", ["Tet", "Daugavmala Datu Centrs"], "cloud_contract", 70 * M, "EUR", "exact", None, "signed",
     "Der Mietvertrag über zehn Jahre ist siebzig Millionen Euro wert, das gibt den Banken Ruhe.",
     kind_alt=["other"], note="amount in words; tenant 'Tet.' in the previous line, 'uns' = Daugavmala"),
   D("daugavmala-rejected-offer", ["Daugavmala Datu Centrs"], "acquisition", None, None, None, None, "cancelled",
     "Das haben wir abgelehnt, über die Höhe spreche ich nicht.",
     note="refused takeover offer from an unnamed Scandinavian financial investor (previous sentence); no amount (optional)")],
  ["Zwischen sieben und neun Millionen Euro", "etwa 4.000 Euro im Monat", "etwa 85 Euro je Megawattstunde",
   "rund 30 Millionen Euro", "129 Euro"])

A("014_kuusiku_microsoft_toompea_en.txt", "2026-02-10",
  "from the line 'February 10, 2026 · 18:05 EET' (dateline 'TALLINN, Feb 10'); 'last year' -> 2025",
  "en",
  [D("microsoft-kuusiku-compute", ["Microsoft", "Kuusiku Compute"], "cloud_contract", 1 * B, "USD", "approx", "2026", "rumored",
     "TALLINN, Feb 10 (Toompea Wire) - Microsoft is close to an agreement to lease AI computing capacity from Estonia's Kuusiku Compute in a contract worth about $1 billion over five years, three people familiar with the discussions said, which would make it the largest technology deal yet struck in the Baltic states.",
     alt=[(1.15 * B, "USD"), (1 * B, "EUR")], term=["2027", None],
     note="rumour from three sources; signed at $1.15bn on 2026-06-17 (017, 018, 020; alt_amounts incl. 018's 'knapp eine Milliarde Euro'); the year keeps the shared id's dates consistent; start 2027 from 'come online in 2027 at the earliest'"),
   D("telia-kuusiku-datacentre", ["Kuusiku Compute", "Telia"], "acquisition", None, None, None, "2025", "cancelled",
     "Kuusiku had spent much of last year trying to buy Telia's data centre in the Lasnamäe district, but those talks were called off in December when neither side would budge on staff and fibre contracts, Telia confirmed.",
     note="the talks rumoured in 009 (2025-06) were called off in December 2025; no amount here (optional); date of the talks")],
  ["about €38 million", "roughly €410 million", "more than $37 billion", "€12 million"])

A("015_enefit_kuusiku_batterie_hansekontor.txt", "2026-04-23",
  "from the dateline 'TALLINN, 23. April 2026'; 'am Mittwoch' -> 2026-04-22",
  "de",
  [D("enefit-kuusiku-battery-jv", ["Enefit Green", "Kuusiku Compute"], "joint_venture", 60 * M, "EUR", "exact", "2026-04-22", "announced",
     "Beide Partner bringen zusammen 60 Millionen Euro auf, hieß es am Mittwoch in Tallinn.",
     kind_alt=["project"],
     note="'Beide Partner' = Enefit Green and Kuusiku Compute (previous sentence); second deal of the pair, different from the 2024 PPA"),
   D("enefit-kuusiku-ppa", ["Enefit Green", "Kuusiku Compute"], "supply", 24 * M, "EUR", "approx", None, "signed",
     "Seit Januar 2025 bezieht Kuusiku Wind- und Solarstrom von Enefit Green und zahlt dafür rund 24 Millionen Euro im Jahr; dieser Liefervertrag läuft bis 2034 und bleibt unberührt.",
     per="year", term=["2025-01", "2034"], note="restated; signing date not given here"),
   D("kadaka-kuusiku-heat", ["Kadaka Soojus", "Kuusiku Compute"], "supply", 1.2 * M, "EUR", "at_least", "2026-04", "signed",
     "Der Fernwärmeversorger Kadaka Soojus AS kauft sie ab der Heizperiode 2026/27 und überweist Kuusiku dafür jährlich mindestens 1,2 Millionen Euro, wie ein Sprecher des Versorgers bestätigte.",
     per="year", term=["2026", None], note="'sie' = the data centre's waste heat (previous sentence); Kuusiku is the seller")],
  ["15 bis 20 Millionen Euro", "etwa 180.000 Euro je Megawattstunde", "61 Millionen Euro", "59 Euro"])

A("016_ignitis_nerija_serverhalle.txt", "2026-03-12",
  "from the issue line 'Ausgabe 3/2026 · Donnerstag, 12. März 2026'; 'am Mittwoch' -> 2026-03-11; 'Mitte Januar' -> 2026-01; 'im Oktober' -> 2025-10; 'im Februar' -> 2026-02",
  "de",
  [D("ignitis-nerija-stake", ["Ignitis", "Nerija Compute"], "investment", 30 * M, "EUR", "exact", "2026-03-11", "signed",
     "Der litauische Energiekonzern Ignitis übernimmt für 30 Millionen Euro ein Fünftel der Anteile an Nerija Compute, teilten beide am Mittwoch in Vilnius mit.",
     kind_alt=["acquisition"], note="20 % stake; second deal of the pair, different from the 2025 PPA; implied value €150m is not a deal"),
   D("ignitis-nerija-ppa", ["Ignitis", "Nerija Compute"], "supply", None, None, None, "2025", "signed",
     "Schon seit dem vergangenen Sommer besteht zwischen den Firmen ein zwölfjähriger Stromliefervertrag.",
     note="restated without amount (optional); 'den Firmen' = Ignitis and Nerija"),
   D("hpe-nerija-servers", ["Hewlett Packard Enterprise", "Nerija Compute"], "supply", 68 * M, "USD", "exact", "2026-01", "signed",
     "Mitte Januar hatte Nerija bei Hewlett Packard Enterprise Server mit Nvidia-Chips im Wert von 68 Millionen Dollar bestellt, das sind umgerechnet rund 58 Millionen Euro.",
     alt=[(58 * M, "EUR")], note="compound 'Nvidia-Chips' (Nvidia is not a party)"),
   D("dzintara-nerija-seriesb", ["Dzintara Partners", "Nerija Compute"], "investment", 65 * M, "EUR", "exact", "2025-10", "completed",
     "Zusammen mit der Series B über 65 Millionen Euro, die Dzintara Partners im Oktober angeführt hatte, verfügt Nerija nun über ein Finanzpolster, das im Baltikum bisher nur Kuusiku in Estland vorweisen kann.",
     note="restated"),
   D("ignitis-capex-2026-2029", ["Ignitis"], "capex_plan", 2.6 * B, "EUR", "range", "2026-02", "planned",
     "Laut dem im Februar vorgestellten Strategieplan will der Konzern von 2026 bis 2029 zwischen 2,6 und 3,2 Milliarden Euro investieren, vor allem in Windparks an Land und auf See sowie in Speicher.",
     amount_max=3.2 * B, term=["2026", "2029"], note="'der Konzern' = Ignitis (previous sentence)")],
  ["150 Millionen Euro", "612 Millionen Euro", "zwischen 1,80 und 2,40 Euro", "9 Millionen Euro", "14,50 Euro",
   "139 Euro"])

A("017_kuusiku_microsoft_kalamaja_en.html", "2026-06-18",
  "from the visible byline 'Helena Kõrvits · Thu 18 June 2026' and <meta name=pubdate>; 'on Wednesday' -> 2026-06-17",
  "en",
  [D("microsoft-kuusiku-compute", ["Microsoft", "Kuusiku Compute"], "cloud_contract", 1.15 * B, "USD", "exact", "2026-06-17", "signed",
     "Microsoft has agreed to pay Kuusiku Compute $1.15 billion over five years for GPU capacity in a new 40-megawatt hall in Maardu, the Estonian company said on Wednesday.",
     note="signing of the rumour of 014"),
   D("seb-kuusiku-loan-2026", ["SEB", "Kuusiku Compute"], "other", 1.3 * B, "SEK", "exact", "2026-06", "signed",
     "SEB has agreed to enlarge the company's facility by SEK 1.3 billion (roughly €120 million), on top of the €180 million it lent Kuusiku in 2024.",
     kind_alt=["investment"], alt=[(120 * M, "EUR")], term=[None, "2033"],
     note="enlargement of the facility (second SEB-Kuusiku deal), stated in SEK with EUR; no day given, announced with the Microsoft contract; the same sentence restates the 2024 €180m facility"),
   D("seb-kuusiku-loan-2024", ["SEB", "Kuusiku Compute"], "other", 180 * M, "EUR", "exact", "2024", "signed",
     "SEB has agreed to enlarge the company's facility by SEK 1.3 billion (roughly €120 million), on top of the €180 million it lent Kuusiku in 2024.",
     kind_alt=["investment"], note="restated in the same sentence as the 2026 enlargement; must stay apart from it")],
  ["near €410 million", "more than $45 billion", "€20 billion", "€150 per kW", "€199"])

A("018_kuusiku_microsoft_nordwire.txt", "2026-06-18",
  "from the line '18.06.2026 – 07:30'; 'am Mittwoch' -> 2026-06-17",
  "de",
  [D("microsoft-kuusiku-compute", ["Microsoft", "Kuusiku Compute"], "cloud_contract", 1.15 * B, "USD", "approx", "2026-06-17", "signed",
     "Der US-Softwarekonzern mietet Rechenkapazität mit Nvidia-Grafikprozessoren für insgesamt rund 1,15 Milliarden US-Dollar (knapp eine Milliarde Euro), teilte Kuusiku am Mittwoch mit.",
     alt=[(1 * B, "EUR")],
     note="'Der US-Softwarekonzern' = Microsoft (previous sentence); the February rumour figure ('etwa einer Milliarde Dollar') in the next paragraph is the same deal, not a separate one"),
   D("kuusiku-capex-2026-2027", ["Kuusiku Compute"], "capex_plan", 300 * M, "EUR", "approx", "2026-06", "planned",
     "Insgesamt will Kuusiku bis Ende 2027 rund 300 Millionen Euro in zwei neue Gebäude investieren, teilte Finanzvorstand Mart Veskimägi mit.",
     term=[None, "2027"], kind_alt=["project"])],
  ["etwa 38 Millionen Euro", "mehr als 70 Millionen Euro"])

A("019_bernsteinbrief_juli26.txt", "2026-07-02",
  "from the issue line 'Nr. 27/2026 · Donnerstag, 2. Juli 2026'; 'vergangene Woche' -> 2026-06; 'Mitte Juni' -> 2026-06; 'im November' -> 2025-11",
  "de",
  [D("gauja-daugavmala-loan-2026", ["Gauja Capital", "Daugavmala Datu Centrs"], "other", 40 * M, "EUR", "exact", "2026-06", "signed",
     "Gauja legt nach: Der Rigaer Fonds Gauja Capital, der im November 49 Prozent an Daugavmala Datu Centrs übernommen hatte, gewährte dem Campusbetreiber vergangene Woche ein Gesellschafterdarlehen von 40 Millionen Euro.",
     kind_alt=["investment"], note="shareholder loan (second Gauja-Daugavmala deal); 'dem Campusbetreiber' = Daugavmala"),
   D("gauja-daugavmala-stake", ["Gauja Capital", "Daugavmala Datu Centrs"], "investment", None, None, None, "2025-11", "completed",
     "Gauja legt nach: Der Rigaer Fonds Gauja Capital, der im November 49 Prozent an Daugavmala Datu Centrs übernommen hatte, gewährte dem Campusbetreiber vergangene Woche ein Gesellschafterdarlehen von 40 Millionen Euro.",
     kind_alt=["acquisition"], note="the 2025 stake restated in a relative clause without amount (optional); must stay apart from the loan"),
   D("seb-kuusiku-loan-2026", ["SEB", "Kuusiku Compute"], "other", 120 * M, "EUR", "exact", "2026-06", "signed",
     "Zur Erinnerung: Mitte Juni hat die SEB Kuusiku Compute zusätzliche 120 Millionen Euro zugesagt, um die neue Halle für Microsoft zu bauen.",
     kind_alt=["investment"], note="restated; Microsoft is not a party of the loan"),
   D("amazon-elektrenai-land", ["Amazon"], "acquisition", 30 * M, "EUR", "approx", None, "rumored", 
     "Kein Grundstückskauf: Amazon hat Berichte zurückgewiesen, wonach die Cloud-Sparte AWS bei Elektrėnai Land für rund 30 Millionen Euro erwerben wollte.",
     required=False, note="denied rumour (optional); the reports of 012 are not dated here")],
  ["210 Millionen Euro", "58 Euro", "2,3 Milliarden Euro", "600 Euro", "9 Euro im Monat"])

A("020_baltic_year_daugava_en.txt", "2026-11-19",
  "from the line 'Thursday 19 November 2026 · Analysis'; 'Last week' -> 2026-11; 'in March' -> 2026-03; 'in June' -> 2026-06; 'a year after' -> 2025",
  "en",
  [D("nordea-nerija-loan", ["Nordea", "Nerija Compute"], "other", 210 * M, "EUR", "exact", "2026-11", "signed",
     "Nordea lent Nerija Compute €210 million in a green loan for a third hall near Kaunas, the largest bank financing yet for a Lithuanian data centre.",
     kind_alt=["investment"], note="'Last week' (previous sentence) -> 2026-11; the '€210m' in a reader comment is the same loan"),
   D("ignitis-nerija-stake", ["Ignitis", "Nerija Compute"], "investment", 30 * M, "EUR", "exact", "2026-03", "signed",
     "The Kaunas company had already drawn in its power supplier as an owner: in March, Ignitis paid €30 million for 20 per cent.",
     kind_alt=["acquisition"], note="'The Kaunas company' = Nerija"),
   D("microsoft-kuusiku-compute", ["Microsoft", "Kuusiku Compute"], "cloud_contract", 1.15 * B, "USD", "exact", "2026-06", "signed",
     "In Estonia the headline remains Kuusiku Compute's contract with Microsoft, signed in June and worth $1.15 billion over five years.",
     note="restated"),
   D("gauja-daugavmala-stake", ["Gauja Capital", "Daugavmala Datu Centrs"], "investment", 95 * M, "EUR", "exact", "2025", "completed",
     "Latvia's Daugavmala, a year after Gauja Capital paid €95 million for a 49 per cent stake, now has its first hall running at 70 per cent occupancy, management says.",
     kind_alt=["acquisition"], note="restated; 'a year after' -> 2025"),
   D("amazon-elektrenai-land", ["Amazon"], "acquisition", None, None, None, None, "rumored",
     "And AWS, long rumoured to be shopping for land in Lithuania, has gone quiet.",
     note="vague restatement of the 012 rumour without amount (optional)")],
  ["under €25 million", "more than €2.5 billion", "€80 per MWh", "€1 million a year", "€3.20", "€8.90 a month"])


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
