#!/usr/bin/env python3
"""Write gold.json for tests/corpus80 (the hand annotation, kept as a script).

Usage: python3 tests/corpus80/make_gold.py     (rewrites gold.json next to this file)

Edit the annotation here, then run this script and tests/corpus80/check_gold.py.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the eightieth, held-out test corpus (tests/corpus80/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: Big Tech capital-spending plans and the bond, lease, private-credit and "
    "joint-venture financing behind them (Microsoft, Alphabet, Amazon, Meta, Oracle; Blue Owl, Brookfield, "
    "Apollo, BlackRock/GIP/MGX, Pimco), with German coverage of the same developments. One entry per article; "
    "a deal that several articles report carries the same id in each. 'required': false marks vague, "
    "amount-less or background mentions that an extractor may report or not without penalty. 'not_deals' "
    "lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full "
    "units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' "
    "('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article "
    "(or the same article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date line, dateline, issue line, byline or, for .html, meta tag / "
    "JSON-LD; null when the article has none); a rumour that later turns into the signed deal carries only the "
    "year; a cancelled deal keeps the date of the original talks; 'term' is the period the deal covers, where "
    "the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. A stated "
    "capital-spending plan for a year or period is a deal (capex_plan, parties = the spender); each guidance "
    "level (e.g. Meta's 2025 range in January, July and October) is a deal of its own. Bond sales are deals of "
    "kind 'other' with the issuer as the only party. For .html articles the evidence and not_deals occur in the "
    "visible text (check_corpus_gold.visible_text). All deal parties are real companies; their deals follow "
    "public reports of 2024-2026 with details shifted or simplified where the writer was unsure; publications, "
    "research houses, advertisers and quoted people are invented (invented_names.txt). Nothing here is reporting."
)

ALIASES = {
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure"],
    "Meta": ["Meta", "Meta Platforms"],
    "Alphabet": ["Alphabet", "Google", "Google Cloud"],
    "Amazon": ["Amazon", "Amazon.com", "AWS", "Amazon Web Services", "Amazons"],
    "Oracle": ["Oracle", "Oracles", "Oracle Corp."],
    "OpenAI": ["OpenAI"],
    "SoftBank": ["SoftBank", "Softbank"],
    "Nvidia": ["Nvidia"],
    "Intel": ["Intel", "Intels"],
    "Apollo": ["Apollo", "Apollo Global Management"],
    "Brookfield": ["Brookfield", "Brookfield Renewable", "Brookfield Infrastructure", "Brookfield Asset Management"],
    "BlackRock": ["BlackRock"],
    "Global Infrastructure Partners": ["Global Infrastructure Partners", "GIP"],
    "MGX": ["MGX"],
    "Talen Energy": ["Talen Energy", "Talen"],
    "Entergy": ["Entergy", "Entergy Louisiana"],
    "X-energy": ["X-energy"],
    "Constellation": ["Constellation", "Constellation Energy"],
    "Alibaba": ["Alibaba", "Alibaba Group"],
    "Crusoe": ["Crusoe", "Crusoe Energy"],
    "Blue Owl": ["Blue Owl", "Blue Owl Capital"],
    "Primary Digital Infrastructure": ["Primary Digital Infrastructure"],
    "Pimco": ["Pimco", "Pacific Investment Management Co."],
    "JPMorgan": ["JPMorgan", "JPMorgan Chase"],
    "MUFG": ["MUFG", "Mitsubishi UFJ Financial Group"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "IREN": ["IREN"],
    "Dell": ["Dell", "Dell Technologies"],
    "Aligned Data Centers": ["Aligned Data Centers"],
    "Related Digital": ["Related Digital"],
    "Blackstone": ["Blackstone"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
      amount_max=None, kind_alt=None, per=None, term=None, alt=None, note=None):
    d = {
        "id": id, "parties": parties, "kind": kind,
        "amount": amount, "amount_max": amount_max, "currency": currency, "qualifier": qualifier,
        "date": date, "status": status, "required": required,
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


B = 1_000_000_000
M = 1_000_000

A = {}

# ---------------------------------------------------------------------------------------------
A["001_capex_cartographer_may_en.txt"] = dict(
    published="2024-05-02",
    published_note="from the issue line 'Issue 14 · Thursday, 2 May 2024'; 'on Wednesday' -> 2024-05-01; 'on 24 April' -> 2024-04-24; 'Remember March?' -> 2024-03",
    language="en",
    deals=[
        D("brookfield-microsoft-framework-2024", ["Brookfield", "Microsoft"], "supply", 10 * B, "USD", "at_least",
          "2024-05-01", "signed",
          "Two bankers who worked on the talks put the value north of $10 billion, which would make it the biggest corporate clean-power arrangement we have ever tracked.",
          kind_alt=["partnership"], term=["2026", "2030"],
          note="parties, 'on Wednesday' and the 2026-2030 term in the previous sentence ('Brookfield Renewable and Microsoft unveiled a framework ...'; 'the Canadian asset manager', 'Redmond'); value only from bankers ('north of' -> at_least)"),
        D("meta-capex-2024-apr", ["Meta"], "capex_plan", 35 * B, "USD", "range", "2024-04-24", "announced",
          "Meta now guides to capital expenditures of $35 billion to $40 billion for 2024, finance chief Susan Li told analysts on 24 April.",
          amount_max=40 * B, note="2024 guidance as raised in April; different from the October range (004, 005)"),
        D("meta-capex-2024-feb", ["Meta"], "capex_plan", 30 * B, "USD", "range", None, "announced",
          "The prior range had been $30 billion to $37 billion.",
          amount_max=37 * B, required=False,
          note="superseded earlier guidance mentioned as background; no date given; optional"),
        D("amazon-talen-cumulus-2024", ["Amazon", "Talen Energy"], "acquisition", 650 * M, "USD", "exact",
          "2024-03", "completed",
          "Amazon Web Services handed Talen Energy $650 million for its Cumulus campus, wired straight into the Susquehanna nuclear plant in Pennsylvania.",
          note="'Remember March?' in the same paragraph gives the month; first of two Amazon-Talen deals (the 2025 PPA in 009 is a different deal)"),
    ],
    not_deals=["$150 billion", "$12 billion", "20-cent", "$70 billion", "$14 billion", "$149", "$18 a month"],
)

A["002_apollo_intel_kursglocke.txt"] = dict(
    published="2024-06-06",
    published_note="from the date line '06.06.2024, 08:47 Uhr'; 'am Dienstag' -> 2024-06-04",
    language="de",
    deals=[
        D("apollo-intel-ireland-jv", ["Apollo", "Intel"], "joint_venture", 11 * B, "USD", "exact", "2024-06-04", "signed",
          "Der Kaufpreis liegt bei elf Milliarden Dollar, umgerechnet gut zehn Milliarden Euro, wie beide Seiten am Dienstag mitteilten.",
          kind_alt=["investment", "acquisition"], alt=[(10 * B, "EUR")],
          note="amount in words; parties in the previous sentence (Intel sells 49 % of the Fab 34 venture to Apollo funds), 'beide Seiten'; 'gut zehn Milliarden Euro' as alt amount"),
        D("brookfield-intel-arizona-2022", ["Brookfield", "Intel"], "joint_venture", 30 * B, "USD", "up_to", "2022", "signed",
          "Schon im Sommer 2022 hatten die Kalifornier mit Brookfield Infrastructure eine vergleichbare Konstruktion für zwei Werke in Arizona vereinbart; der kanadische Vermögensverwalter übernahm damals 49 Prozent eines Projekts, das mit bis zu 30 Milliarden Dollar veranschlagt war.",
          kind_alt=["investment"], required=False,
          note="background from 2022 ('die Kalifornier' = Intel); the amount is the project cost of which Brookfield took 49 %; optional"),
    ],
    not_deals=["über 30 Milliarden Euro", "bis zu 8,5 Milliarden Dollar", "9,9 Milliarden Euro", "36 Dollar",
               "30,18 Dollar", "rund 670 Milliarden Dollar", "1 Euro pro Order"],
)

A["003_aip_meridel_wire_en.txt"] = dict(
    published="2024-09-19",
    published_note="from the header 'September 19, 2024 · 05:12 ET' (dateline 'NEW YORK, Sept 18'); 'on Tuesday' -> 2024-09-17; 'in January' -> 2024-01; 'In June' -> 2024-06; 'in May' -> 2024-05",
    language="en",
    deals=[
        D("aip-partnership-2024", ["Microsoft", "MGX", "BlackRock", "Global Infrastructure Partners"], "partnership",
          30 * B, "USD", "exact", "2024-09-17", "announced",
          "Microsoft, Abu Dhabi's MGX, BlackRock and BlackRock's infrastructure unit Global Infrastructure Partners have set up a partnership that seeks to gather $30 billion in equity from private investors for data centres and the energy to run them, the four said on Tuesday.",
          kind_alt=["investment", "joint_venture"], alt=[(100 * B, "USD")],
          note="equity target $30bn; 'as much as $100 billion' including debt in the next sentence is an alt amount of the same vehicle; Nvidia only advises (no party)"),
        D("blackrock-gip-2024", ["BlackRock", "Global Infrastructure Partners"], "acquisition", 12.5 * B, "USD", "approx",
          "2024-01", "signed",
          "BlackRock, which agreed in January to buy GIP for about $12.5 billion, oversees some $10.6 trillion of client money.",
          required=False, note="background in a relative clause; optional; the $10.6 trillion is not a deal"),
        D("apollo-intel-ireland-jv", ["Apollo", "Intel"], "joint_venture", 11 * B, "USD", "exact", "2024-06", "signed",
          "In June, Apollo paid $11 billion for a 49% slice of Intel's chip plant in Ireland; in May, Brookfield signed a long-term renewables pact with Microsoft for the 2026-2030 period.",
          kind_alt=["investment", "acquisition"], note="restated from 002; month only"),
        D("brookfield-microsoft-framework-2024", ["Brookfield", "Microsoft"], "supply", None, None, None, "2024-05", "signed",
          "In June, Apollo paid $11 billion for a 49% slice of Intel's chip plant in Ireland; in May, Brookfield signed a long-term renewables pact with Microsoft for the 2026-2030 period.",
          kind_alt=["partnership"], term=["2026", "2030"], required=False,
          note="restated from 001 without an amount; optional"),
    ],
    not_deals=["$10.6 trillion", "$55.7 billion", "$435.27", "$1 trillion"],
)

A["004_meta_louisiana_lahntaler.txt"] = dict(
    published="2024-12-06",
    published_note="from the date line 'Freitag, 6. Dezember 2024'; 'am Mittwoch' -> 2024-12-04; 'im Oktober', 'Ende Oktober', 'Mitte Oktober' -> 2024-10; 'im September' -> 2024-09",
    language="de",
    deals=[
        D("meta-richland-2024", ["Meta"], "project", 10 * B, "USD", "approx", "2024-12-04", "announced",
          "Ausgerechnet hier will der Facebook-Konzern Meta rund zehn Milliarden Dollar (etwa 9,5 Milliarden Euro) in einen Rechenzentrums-Campus stecken, wie Gouverneur Jeff Landry und das Unternehmen am Mittwoch bekannt gaben.",
          kind_alt=["capex_plan"], alt=[(9.5 * B, "EUR")],
          note="amount in words; the Richland Parish campus (later called Hyperion); different from the Hyperion financing of 2025 (011, 013, 018)"),
        D("entergy-meta-gas-2024", ["Entergy", "Meta"], "supply", 3.2 * B, "USD", "approx", "2024-10", "planned",
          "Er hat im Oktober bei der Aufsichtsbehörde beantragt, drei Gaskraftwerke mit zusammen rund 2,3 Gigawatt zu errichten; Kostenpunkt etwa 3,2 Milliarden Dollar, die Meta über einen Liefervertrag mit 15 Jahren Laufzeit weitgehend trägt.",
          kind_alt=["project"],
          note="'Er' = der Versorger Entergy Louisiana (previous sentence); power plants paid for by Meta through a 15-year supply contract; awaiting approval -> planned"),
        D("meta-capex-2024-oct", ["Meta"], "capex_plan", 38 * B, "USD", "range", "2024-10", "announced",
          "Ende Oktober hatte Meta die Spanne für die Investitionsausgaben 2024 auf 38 bis 40 Milliarden Dollar eingeengt und für das kommende Jahr einen deutlichen Anstieg angekündigt.",
          amount_max=40 * B, note="2024 guidance as narrowed in October; different from the April range in 001"),
        D("amazon-xenergy-2024", ["Amazon", "X-energy"], "investment", 500 * M, "USD", "approx", "2024-10", "signed",
          "Amazon übernahm Mitte Oktober die Führung bei einer rund eine halbe Milliarde Dollar schweren Kapitalrunde des Reaktorentwicklers X-energy, Microsoft sicherte sich schon im September für 20 Jahre den Strom aus dem stillgelegten Block 1 von Three Mile Island, den der Betreiber Constellation wieder anfahren will.",
          note="amount in words ('eine halbe Milliarde'); Amazon led the round"),
        D("microsoft-constellation-tmi-2024", ["Microsoft", "Constellation"], "supply", None, None, None, "2024-09", "signed",
          "Amazon übernahm Mitte Oktober die Führung bei einer rund eine halbe Milliarde Dollar schweren Kapitalrunde des Reaktorentwicklers X-energy, Microsoft sicherte sich schon im September für 20 Jahre den Strom aus dem stillgelegten Block 1 von Three Mile Island, den der Betreiber Constellation wieder anfahren will.",
          required=False, note="20-year power purchase agreement without amount; optional"),
    ],
    not_deals=["40,6 Milliarden Dollar", "608 Dollar", "82.000 Dollar", "100 Millionen Dollar", "0,99 €"],
)

A["005_microsoft_80bn_ledgerbook_en.txt"] = dict(
    published="2025-01-06",
    published_note="from the byline 'Written by Oriel Tamsworth | Monday 6th January 2025'; 'on Friday' -> 2025-01-03; 'at the end of October' -> 2024-10; 'last May' -> 2024-05",
    language="en",
    deals=[
        D("microsoft-fy25-capex", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01-03", "announced",
          "Microsoft, the vice chair wrote on Friday, expects to lay out about $80 billion during fiscal 2025 on data centres built for training AI models and serving them from the cloud, with more than half of it inside the United States.",
          term=["2024-07", "2025-06"], note="fiscal year to June 2025 (stated in the next paragraph); 'Eighty for the twelve months to June 2025' repeats it"),
        D("meta-capex-2024-oct", ["Meta"], "capex_plan", 38 * B, "USD", "range", "2024-10", "announced",
          "Meta narrowed its own 2024 range to $38-40 billion at the end of October and has promised a significant increase for 2025.",
          amount_max=40 * B, note="restated from 004; range written '$38-40 billion'"),
        D("microsoft-wisconsin-2024", ["Microsoft"], "capex_plan", 3.3 * B, "USD", "exact", "2024-05", "announced",
          "Microsoft itself is still working through older pledges, like the $3.3 billion campus in Mount Pleasant, Wisconsin, that it announced last May.",
          kind_alt=["project"], note="a second, older Microsoft plan; must stay apart from the $80bn"),
    ],
    not_deals=["$55.7 billion", "about $20 billion", "$13 billion", "$10 billion a year", "Six dollars a month"],
)

A["006_liveticker_marktmuehle.txt"] = dict(
    published="2025-01-27",
    published_note="from the ticker header 'Börsen-Ticker · Montag, 27. Januar 2025'; 'am Freitag' -> 2025-01-24; 'Anfang Januar' and 'Vergangene Woche' -> 2025-01",
    language="de",
    deals=[
        D("meta-capex-2025-jan", ["Meta"], "capex_plan", 60 * B, "USD", "range", "2025-01-24", "announced",
          "Mark Zuckerberg hatte erst am Freitag ein Investitionsbudget von 60 bis 65 Milliarden Dollar für das laufende Jahr ausgerufen, vor allem für Rechenzentren und Server; die Aktie liegt am Nachmittag sogar knapp 2 Prozent im Plus.",
          amount_max=65 * B, note="Meta named in the previous sentence; 'das laufende Jahr' = 2025"),
        D("microsoft-fy25-capex", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01", "announced",
          "Die Anfang Januar genannten rund 80 Milliarden Dollar für das bis Ende Juni laufende Geschäftsjahr stehen, heißt es aus dem Umfeld des Konzerns.",
          term=["2024-07", "2025-06"], note="'Auch Microsoft hält Kurs.' in the previous sentence; restated from 005"),
        D("stargate-2025", ["OpenAI", "SoftBank", "Oracle"], "joint_venture", 500 * B, "USD", "up_to", "2025-01", "announced",
          "Bis zu 500 Milliarden Dollar sollen binnen vier Jahren in US-Rechenzentren fließen, 100 Milliarden davon sofort.",
          kind_alt=["project", "investment"],
          note="parties and 'Vergangene Woche' in the previous sentence; the immediate 100 Milliarden are a part of the deal (not_deal)"),
    ],
    not_deals=["knapp 590 Milliarden Dollar", "weniger als sechs Millionen Dollar", "100 Milliarden", "47,10 Euro", "1.199 Euro"],
)

A["007_capex_roundup_norrow_en.txt"] = dict(
    published="2025-02-07",
    published_note="from the header 'Feb 7, 2025 | 07:30 GMT' (dateline 'SEATTLE, Feb 6'); 'on Thursday' -> 2025-02-06; 'two days earlier' -> 2025-02-04; 'last month' and 'in late January' -> 2025-01",
    language="en",
    deals=[
        D("amazon-capex-2025-feb", ["Amazon"], "capex_plan", 100 * B, "USD", "approx", "2025-02-06", "announced",
          "Chief executive Andy Jassy told analysts that the $26.3 billion spent in October-December was roughly the run rate to expect, which the finance team turned into capital expenditure of about $100 billion for 2025.",
          note="'Amazon.com ... on Thursday' in the previous sentence; the $26.3bn quarter is past spending (not_deal)"),
        D("alphabet-capex-2025-feb", ["Alphabet"], "capex_plan", 75 * B, "USD", "approx", "2025-02-04", "announced",
          "Alphabet had set the bar two days earlier, saying it would spend about $75 billion in 2025, up from $52.5 billion last year and well above the $58 billion analysts had pencilled in.",
          note="'two days earlier' than Thursday 2025-02-06; last year's spending and the analysts' estimate are not deals"),
        D("microsoft-fy25-capex", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01", "announced",
          "Microsoft said last month it was on course to put some $80 billion into data centres for AI in its fiscal year to June, and Meta in late January pencilled in between $60 billion and $65 billion.",
          term=["2024-07", "2025-06"], note="restated; two deals in one sentence"),
        D("meta-capex-2025-jan", ["Meta"], "capex_plan", 60 * B, "USD", "range", "2025-01", "announced",
          "Microsoft said last month it was on course to put some $80 billion into data centres for AI in its fiscal year to June, and Meta in late January pencilled in between $60 billion and $65 billion.",
          amount_max=65 * B, note="restated from 006"),
    ],
    not_deals=["$26.3 billion", "$52.5 billion", "$58 billion", "$300 billion", "$28.8 billion", "about $12 billion",
               "$14 billion to $18 billion"],
)

A["008_alibaba_microsoft_kurslaterne.txt"] = dict(
    published="2025-02-26",
    published_note="from the date line '26.02.2025 · 07:58'; 'zu Wochenbeginn' -> 2025-02; 'am Montag' -> 2025-02-24",
    language="de",
    deals=[
        D("microsoft-lease-cancellations-2025", ["Microsoft"], "other", None, None, None, "2025-02", "cancelled",
          "Microsoft habe Mietverträge mit mindestens zwei privaten Betreibern über Kapazitäten von einigen hundert Megawatt gekündigt, schrieben die Analysten unter Berufung auf Gespräche in der Lieferkette.",
          kind_alt=["cloud_contract"], required=False,
          note="cancelled data-centre leases reported by analysts, lessors unnamed, no amount; optional"),
        D("microsoft-fy25-capex", ["Microsoft"], "capex_plan", 80 * B, "USD", "at_least", None, "announced",
          "Der Softwarekonzern widersprach nicht direkt, betonte aber, man werde im laufenden Geschäftsjahr wie geplant mehr als 80 Milliarden Dollar in Infrastruktur stecken und in einigen Regionen lediglich umschichten.",
          term=["2024-07", "2025-06"],
          note="'Der Softwarekonzern' = Microsoft; restated plan ('wie geplant'), no date for the plan itself -> null"),
        D("alibaba-capex-2025", ["Alibaba"], "capex_plan", 380 * B, "CNY", "at_least", "2025-02-24", "announced",
          "Mehr als 380 Milliarden Yuan – nach aktuellem Kurs rund 50 Milliarden Euro – will Alibaba binnen drei Jahren in Rechenzentren für seine Cloud und in KI-Technik stecken.",
          alt=[(50 * B, "EUR")], note="amount before the spender; 'am Montag' in the next sentence; three-year plan"),
    ],
    not_deals=["404,00 Dollar", "280,2 Milliarden Yuan", "gut 300 Milliarden Dollar", "510 Dollar", "gut 38 Milliarden Dollar", "49 Euro"],
)

A["009_interconnect_dispatch_june_en.txt"] = dict(
    published="2025-06-16",
    published_note="from the issue line 'Vol. 3 No. 22 | Monday 16/06/2025'; 'on Wednesday' -> 2025-06-11; 'Over the weekend' -> 2025-06; 'Last month' and 'in May' -> 2025-05; 'in March last year' -> 2024-03",
    language="en",
    deals=[
        D("talen-amazon-ppa-2025", ["Talen Energy", "Amazon"], "supply", 18 * B, "USD", "approx", "2025-06-11", "signed",
          "Under the expanded power purchase agreement disclosed on Wednesday, Talen will deliver 1.92 gigawatts from its Susquehanna plant to AWS through 2042, a contract the Houston-based utility values at about $18 billion.",
          term=[None, "2042"], note="second Amazon-Talen deal; different from the 2024 campus purchase in the same paragraph"),
        D("amazon-talen-cumulus-2024", ["Amazon", "Talen Energy"], "acquisition", 650 * M, "USD", "exact", "2024-03", "completed",
          "It sits on top of the $650 million AWS paid for the adjacent Cumulus campus in March last year.",
          note="restated from 001; 'It' = the new PPA, the seller Talen is named in the paragraph"),
        D("amazon-australia-2025", ["Amazon"], "capex_plan", 20 * B, "AUD", "exact", "2025-06", "announced",
          "Over the weekend Amazon said it would invest AU$20 billion (roughly US$13 billion) in Australian data-centre infrastructure between 2025 and 2029, including solar parks in Queensland and Victoria.",
          term=["2025", "2029"], alt=[(13 * B, "USD")], note="'Over the weekend' before a Monday issue -> month only"),
        D("crusoe-blueowl-abilene-jv-2025", ["Crusoe", "Blue Owl", "Primary Digital Infrastructure"], "joint_venture",
          15 * B, "USD", "exact", "2025-05", "signed",
          "Last month the developer Crusoe, the asset manager Blue Owl Capital and a third partner, Primary Digital Infrastructure, pooled $15 billion in a joint venture that will complete the Abilene campus, the first Stargate site.",
          kind_alt=["investment"]),
        D("oracle-nvidia-abilene-chips-2025", ["Oracle", "Nvidia"], "supply", 40 * B, "USD", "approx", None, "rumored",
          "Oracle, which will run the buildings for OpenAI, is reported to be buying around 400,000 Nvidia GB200 chips for it, an order the Financial Times priced at roughly $40 billion.",
          note="reported order, value from a newspaper; no date given for the report"),
        D("alphabet-euro-bond-2025-05", ["Alphabet"], "other", 6.75 * B, "EUR", "exact", "2025-05", "completed",
          "Alphabet's €6.75 billion bond sale in May drew orders several times its size.",
          note="first of two Alphabet euro bonds of 2025; the €6.5bn sale of November (016, 020) is a different deal"),
    ],
    not_deals=["about $12 billion", "between $10m and $12m", "$240", "$1,900"],
)

A["010_oracle_deutschland_rechenkern.html"] = dict(
    published="2025-07-16",
    published_note="only in <meta property='article:published_time'> and JSON-LD datePublished (2025-07-16T06:30:00+02:00); no visible date; 'am Dienstag' -> 2025-07-15; 'Mitte Juni' and 'Ende Juni' -> 2025-06",
    language="de",
    deals=[
        D("oracle-germany-2025", ["Oracle"], "capex_plan", 2 * B, "USD", "exact", "2025-07-15", "announced",
          "Der Softwareanbieter aus Texas plant, in den kommenden fünf Jahren zwei Milliarden Dollar, umgerechnet etwa 1,7 Milliarden Euro, in KI- und Cloud-Infrastruktur in Deutschland zu investieren, wie er am Dienstag ankündigte.",
          alt=[(1.7 * B, "EUR")], note="'Der Softwareanbieter aus Texas' = Oracle (previous sentence); amount in words; five-year plan"),
        D("oracle-netherlands-2025", ["Oracle"], "capex_plan", 1 * B, "USD", "exact", "2025-07-15", "announced",
          "Weitere eine Milliarde Dollar sind für die Niederlande vorgesehen, wo Oracle Kunden aus Amsterdam bedient.",
          note="second plan of the same announcement, amount in words ('eine Milliarde'); must stay apart from the German plan"),
        D("oracle-fy26-capex-jun", ["Oracle"], "capex_plan", 25 * B, "USD", "at_least", "2025-06", "announced",
          "Mitte Juni hatte das Management angekündigt, im Ende Mai 2026 auslaufenden Geschäftsjahr mehr als 25 Milliarden Dollar zu investieren.",
          term=["2025-06", "2026-05"], note="first of three fiscal-2026 guidance levels (June, September, December)"),
        D("oracle-cloud-contract-30bn-yearly", ["Oracle"], "cloud_contract", 30 * B, "USD", "at_least", "2025-06", "signed",
          "Ende Juni legte Oracle in einer Pflichtmitteilung zudem einen Cloud-Vertrag offen, der vom Geschäftsjahr 2028 an Erlöse von mehr als 30 Milliarden Dollar im Jahr bringen soll.",
          per="year", term=["2027-06", None],
          note="yearly rate; customer not named by Oracle ('Wer der Kunde ist, verriet das Unternehmen nicht'), so Oracle is the only party; not linked to the OpenAI contract of 012/017"),
    ],
    not_deals=["57,4 Milliarden Dollar", "138 Milliarden Dollar", "gut 230 Dollar", "rund 20 Milliarden Euro jährlich",
               "899 Euro", "7,90 €"],
)

A["011_meta_hyperion_quaywise_en.txt"] = dict(
    published="2025-08-11",
    published_note="from 'Published 08/11/2025 06:02 AM EDT' (US order, month first); the financing is a sourced report of talks -> year only; 'in December' -> 2024-12; 'on July 30' and 'the same evening' -> 2025-07-30",
    language="en",
    deals=[
        D("meta-hyperion-financing-2025", ["Meta", "Pimco", "Blue Owl"], "joint_venture", 29 * B, "USD", "exact", "2025",
          "negotiating",
          "Meta Platforms has chosen Pacific Investment Management Co. and Blue Owl Capital to run a $29 billion financing package for Hyperion, its data-center project in Louisiana's Richland Parish, according to a pair of people briefed on the terms.",
          kind_alt=["investment", "other"], alt=[(27 * B, "USD")],
          note="talks reported by sources; the same financing closes in October as a Blue Owl joint venture with a ~$27bn bond anchored by Pimco (013, 018: alt amount); year only so the dates of the shared id agree; the $26bn debt / $3bn equity split is not_deals"),
        D("meta-richland-2024", ["Meta"], "project", 10 * B, "USD", "exact", "2024-12", "announced",
          "The campus was first put at $10 billion when Meta unveiled it in December.",
          kind_alt=["capex_plan"], note="restated from 004; different from the financing above"),
        D("meta-datacenter-asset-sale-2025", ["Meta"], "other", 2.04 * B, "USD", "approx", "2025", "planned",
          "In its latest quarterly filing the company said it had reclassified roughly $2.04 billion of data-center assets as held for sale and expected to hand them to a third party for co-development within twelve months.",
          kind_alt=["acquisition"], note="planned transfer of assets to a partner (buyer unnamed); 'the company' = Meta; filing date not given -> year"),
        D("meta-capex-2025-jul", ["Meta"], "capex_plan", 66 * B, "USD", "range", "2025-07-30", "announced",
          "Meta also narrowed its 2025 capital expenditure guidance to $66 billion to $72 billion on July 30.",
          amount_max=72 * B, note="second 2025 guidance level (January $60-65bn, October $70-72bn are other deals)"),
        D("microsoft-q1fy26-capex", ["Microsoft"], "capex_plan", 30 * B, "USD", "at_least", "2025-07-30", "announced",
          "Microsoft, which reported the same evening, said it would spend more than $30 billion in the current quarter alone.",
          term=["2025-07", "2025-09"], note="spending plan for one quarter (July-September 2025), not a rate"),
    ],
    not_deals=["$26 billion", "$3 billion", "$47.5 billion", "$773.44", "$99 a month"],
)

A["012_oracle_anleihe_isartaler.txt"] = dict(
    published="2025-09-26",
    published_note="from the issue line 'Ausgabe vom 26.09.2025'; 'am Mittwoch' -> 2025-09-24; 'Insidern zufolge', 'Anfang des Monats', 'Vergangene Woche' -> 2025-09; 'Am 9. September' -> 2025-09-09",
    language="de",
    deals=[
        D("oracle-bond-2025-09", ["Oracle"], "other", 18 * B, "USD", "exact", "2025-09-24", "completed",
          "Der Konzern aus Austin hat am Mittwoch Anleihen über 18 Milliarden Dollar platziert, verteilt auf sechs Tranchen mit Laufzeiten bis 2065.",
          note="'Der Konzern aus Austin' = Oracle (headline, teaser)"),
        D("vantage-oracle-campus-loans-2025", ["JPMorgan", "MUFG", "Vantage Data Centers"], "other", 38 * B, "USD", "exact",
          "2025-09", "negotiating",
          "Insidern zufolge bereitet ein Bankenkonsortium um JPMorgan und die japanische MUFG Kredite über 38 Milliarden Dollar für zwei Rechenzentrums-Campusse in Texas und Wisconsin vor, die der Entwickler Vantage Data Centers für Oracle errichtet.",
          kind_alt=["investment"], note="loans from sources; Oracle is the tenant, not a party to the loans"),
        D("oracle-openai-300bn", ["Oracle", "OpenAI"], "cloud_contract", 300 * B, "USD", "approx", "2025-09", "signed",
          "Anfang des Monats hatte das Wall Street Journal gemeldet, dass OpenAI bei Oracle Rechenleistung für rund 300 Milliarden Dollar über etwa fünf Jahre bestellt hat, ab 2027.",
          term=["2027", None]),
        D("oracle-fy26-capex-sep", ["Oracle"], "capex_plan", 35 * B, "USD", "approx", "2025-09-09", "announced",
          "Am 9. September hatte Oracle seine Planung für die Investitionsausgaben im laufenden Geschäftsjahr auf etwa 35 Milliarden Dollar angehoben; die vertraglich gesicherten, aber noch nicht erbrachten Leistungen summierten sich da bereits auf 455 Milliarden Dollar.",
          term=["2025-06", "2026-05"], note="second fiscal-2026 guidance level; the 455bn backlog is a not_deal"),
        D("oracle-meta-cloud-talks-2025", ["Oracle", "Meta"], "cloud_contract", 20 * B, "USD", "approx", "2025-09", "rumored",
          "Vergangene Woche meldete Bloomberg Gespräche zwischen Oracle und Meta über Cloud-Kapazität für etwa 20 Milliarden Dollar.",
          note="reported talks"),
    ],
    not_deals=["rund 88 Milliarden Dollar", "455 Milliarden Dollar", "über 150 Milliarden Dollar", "291,30 Dollar"],
)

A["013_meta_bond_coupondesk_en.html"] = dict(
    published="2025-10-31",
    published_note="from <time datetime='2025-10-31T14:05:00Z'> / 'Updated 31 Oct 2025, 14:05 GMT' and the meta tag; 'On Thursday' -> 2025-10-30; 'On Wednesday' -> 2025-10-29; 'in July' -> 2025-07; 'Last week' -> 2025-10",
    language="en",
    deals=[
        D("meta-bond-2025", ["Meta"], "other", 30 * B, "USD", "exact", "2025-10-30", "completed",
          "On Thursday Meta Platforms borrowed $30 billion from bond investors, the biggest investment-grade sale of 2025 so far, only a day after warning investors that its capital spending will climb sharply in 2026.",
          alt=[(26 * B, "EUR")], note="bond sale; the ~$125bn order book is not a deal; 020 gives it in euros (alt amount)"),
        D("meta-capex-2025-oct", ["Meta"], "capex_plan", 70 * B, "USD", "range", "2025-10-29", "announced",
          "On Wednesday the company told analysts it expects 2025 capital expenditures of $70 billion to $72 billion, narrowed from the $66 billion to $72 billion it gave in July.",
          amount_max=72 * B, note="third 2025 guidance level; 'the company' = Meta"),
        D("meta-capex-2025-jul", ["Meta"], "capex_plan", 66 * B, "USD", "range", "2025-07", "announced",
          "On Wednesday the company told analysts it expects 2025 capital expenditures of $70 billion to $72 billion, narrowed from the $66 billion to $72 billion it gave in July.",
          amount_max=72 * B, required=False, note="superseded July range mentioned in passing; optional"),
        D("meta-hyperion-financing-2025", ["Meta", "Pimco", "Blue Owl"], "joint_venture", 27 * B, "USD", "approx", "2025-10",
          "completed",
          "Last week Blue Owl funds took an 80% stake in a joint venture that owns the site, which raised about $27 billion of debt in a private bond anchored by Pimco; Meta keeps 20% and leases the buildings back.",
          kind_alt=["investment", "other"],
          note="the Hyperion financing of 011, now closed; 'the site' = Hyperion (previous sentence); sale-and-leaseback structure"),
    ],
    not_deals=["$125 billion", "$51.24 billion", "$15.93 billion", "$668", "£24 a month"],
)

A["014_gigawattbrief_november.txt"] = dict(
    published="2025-11-04",
    published_note="from the issue line 'Ausgabe 88 · Dienstag, 4. November 2025'; 'am Montag' -> 2025-11-03; 'am Dienstag vergangener Woche' -> 2025-10-28; 'am Mittwoch vergangener Woche' -> 2025-10-29; 'am Donnerstag' -> 2025-10-30; 'Mitte Oktober' -> 2025-10",
    language="de",
    deals=[
        D("amazon-openai-2025", ["Amazon", "OpenAI"], "cloud_contract", 38 * B, "USD", "exact", "2025-11-03", "signed",
          "Der ChatGPT-Anbieter kauft bei Amazon Web Services Rechenleistung für 38 Milliarden Dollar, verteilt auf sieben Jahre.",
          note="'Der ChatGPT-Anbieter' = OpenAI (item heading); 'am Montag' in the next sentence; seven-year term"),
        D("microsoft-iren-2025", ["Microsoft", "IREN"], "cloud_contract", 9.7 * B, "USD", "exact", "2025-11-03", "signed",
          "Ebenfalls am Montag: Microsoft sichert sich beim australischen Betreiber IREN für fünf Jahre GPU-Kapazität im Wert von 9,7 Milliarden Dollar."),
        D("iren-dell-2025", ["IREN", "Dell"], "supply", 5.8 * B, "USD", "approx", "2025-11-03", "signed",
          "Bei Dell ordert IREN dafür Technik im Wert von rund 5,8 Milliarden Dollar.",
          note="equipment order for the Microsoft contract, same item ('Ebenfalls am Montag')"),
        D("microsoft-openai-azure-2025", ["Microsoft", "OpenAI"], "cloud_contract", 250 * B, "USD", "exact", "2025-10-28", "signed",
          "OpenAI sagt dabei zu, über die bisherigen Verträge hinaus Azure-Kapazität im Umfang von 250 Milliarden Dollar zu kaufen; Microsoft hält danach rund 27 Prozent an der neuen For-Profit-Gesellschaft, ein Paket mit einem Wert von etwa 135 Milliarden Dollar.",
          note="date from the previous sentence ('am Dienstag vergangener Woche'); the stake value is a valuation (not_deal)"),
        D("alphabet-capex-2025-oct", ["Alphabet"], "capex_plan", 91 * B, "USD", "range", "2025-10-29", "announced",
          "Alphabet schraubte am Mittwoch vergangener Woche das Investitionsbudget für das laufende Jahr nach oben: Nun sind 91 bis 93 Milliarden Dollar eingeplant, zuvor waren es 85 Milliarden.",
          amount_max=93 * B),
        D("alphabet-capex-2025-jul", ["Alphabet"], "capex_plan", 85 * B, "USD", "exact", None, "announced",
          "Alphabet schraubte am Mittwoch vergangener Woche das Investitionsbudget für das laufende Jahr nach oben: Nun sind 91 bis 93 Milliarden Dollar eingeplant, zuvor waren es 85 Milliarden.",
          required=False, note="superseded earlier guidance ('zuvor'), no date; optional"),
        D("amazon-capex-2025-oct", ["Amazon"], "capex_plan", 125 * B, "USD", "approx", "2025-10-30", "announced",
          "Amazon rechnet für dieses Jahr mit rund 125 Milliarden Dollar, sagte Finanzchef Brian Olsavsky am Donnerstag.",
          note="raised 2025 plan; different from the ~$100bn of February (007)"),
        D("aip-aligned-2025", ["BlackRock", "Global Infrastructure Partners", "MGX", "Aligned Data Centers"], "acquisition",
          40 * B, "USD", "exact", "2025-10", "signed",
          "Das von BlackRock, GIP, MGX und Microsoft getragene KI-Infrastruktur-Bündnis übernimmt für 40 Milliarden Dollar den Betreiber Aligned Data Centers vom australischen Finanzhaus Macquarie; unterschrieben wurde Mitte Oktober.",
          note="buyers and target as parties (seller Macquarie not listed); second deal of BlackRock/GIP/MGX after the 2024 partnership (003)"),
    ],
    not_deals=["etwa 135 Milliarden Dollar", "180,2 Milliarden Dollar", "1,4 Billionen Dollar", "9 Euro im Monat", "79 Euro"],
)

A["015_google_dietzenbach_dreieichkurier.html"] = dict(
    published="2025-11-12",
    published_note="only in <meta name='date' content='2025-11-12'> and JSON-LD datePublished; visible 'vor 3 Std.'; 'am Dienstag' -> 2025-11-11; 'Ende Oktober' -> 2025-10; 'im Februar 2024' -> 2024-02",
    language="de",
    deals=[
        D("google-germany-2025", ["Alphabet"], "capex_plan", 5.5 * B, "EUR", "exact", "2025-11-11", "announced",
          "Für die Jahre 2026 bis einschließlich 2029 plant der Internetkonzern Google hierzulande Ausgaben von 5,5 Milliarden Euro.",
          term=["2026", "2029"], note="'am Dienstag' in the next sentence"),
        D("alphabet-capex-2025-oct", ["Alphabet"], "capex_plan", 91 * B, "USD", "range", "2025-10", "announced",
          "Er hatte erst Ende Oktober angekündigt, in diesem Jahr weltweit 91 bis 93 Milliarden Dollar zu investieren, vor allem in Server und Rechenzentren.",
          amount_max=93 * B, note="'Er' = der Mutterkonzern Alphabet (previous sentence); restated from 014"),
        D("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3.2 * B, "EUR", "exact", "2024-02", "announced",
          "Microsoft hatte im Februar 2024 bereits 3,2 Milliarden Euro für Deutschland zugesagt.",
          required=False, note="background comparison; optional"),
    ],
    not_deals=["rund vier Millionen Euro jährlich", "rund 110 Millionen Euro", "240 Euro pro Quadratmeter", "8.000 Euro"],
)

A["016_spread_tenor_bonds_en.txt"] = dict(
    published="2025-11-19",
    published_note="from the issue line 'Edition 61 | Wed 19 Nov 2025'; 'on Monday' -> 2025-11-17; 'in late September' -> 2025-09; 'at the end of October' -> 2025-10; 'earlier this month' -> 2025-11; 'in May' -> 2025-05",
    language="en",
    deals=[
        D("amazon-bond-2025-11", ["Amazon"], "other", 15 * B, "USD", "exact", "2025-11-17", "completed",
          "Amazon priced $15 billion of senior notes on Monday, its first dollar bond in three years."),
        D("oracle-bond-2025-09", ["Oracle"], "other", 18 * B, "USD", "exact", "2025-09", "completed",
          "Oracle opened the season with $18 billion in late September; Meta followed with $30 billion at the end of October; and earlier this month Alphabet raised $17.5 billion in New York plus €6.5 billion in Europe, its second euro trip of the year after the €6.75 billion it sold in May.",
          note="five bond sales in one sentence; restated from 012"),
        D("meta-bond-2025", ["Meta"], "other", 30 * B, "USD", "exact", "2025-10", "completed",
          "Oracle opened the season with $18 billion in late September; Meta followed with $30 billion at the end of October; and earlier this month Alphabet raised $17.5 billion in New York plus €6.5 billion in Europe, its second euro trip of the year after the €6.75 billion it sold in May.",
          note="restated from 013"),
        D("alphabet-bond-usd-2025-11", ["Alphabet"], "other", 17.5 * B, "USD", "exact", "2025-11", "completed",
          "Oracle opened the season with $18 billion in late September; Meta followed with $30 billion at the end of October; and earlier this month Alphabet raised $17.5 billion in New York plus €6.5 billion in Europe, its second euro trip of the year after the €6.75 billion it sold in May.",
          note="dollar leg of Alphabet's November issue"),
        D("alphabet-bond-eur-2025-11", ["Alphabet"], "other", 6.5 * B, "EUR", "exact", "2025-11", "completed",
          "Oracle opened the season with $18 billion in late September; Meta followed with $30 billion at the end of October; and earlier this month Alphabet raised $17.5 billion in New York plus €6.5 billion in Europe, its second euro trip of the year after the €6.75 billion it sold in May.",
          note="euro leg of the November issue; must stay apart from the €6.75bn May bond (within 4 %)"),
        D("alphabet-euro-bond-2025-05", ["Alphabet"], "other", 6.75 * B, "EUR", "exact", "2025-05", "completed",
          "Oracle opened the season with $18 billion in late September; Meta followed with $30 billion at the end of October; and earlier this month Alphabet raised $17.5 billion in New York plus €6.5 billion in Europe, its second euro trip of the year after the €6.75 billion it sold in May.",
          note="restated from 009"),
        D("amazon-capex-2025-oct", ["Amazon"], "capex_plan", 125 * B, "USD", "approx", None, "announced",
          "Investors are being asked to fund capex plans that keep getting bigger: Amazon alone now expects about $125 billion this year.",
          note="restated from 014 without a date"),
    ],
    not_deals=["around $80 billion", "more than $90 billion", "$300 billion", "£12 a month"],
)

A["017_oracle_michigan_lindqvist_en.txt"] = dict(
    published="2025-12-18",
    published_note="from the byline 'Dec 18 2025 · 7 min read'; 'Last Wednesday' -> 2025-12-10; 'in September' -> 2025-09; 'in June' -> 2025-06; 'yesterday' -> 2025-12-17 (the report); 'in the autumn'/'were assembling' -> 2025",
    language="en",
    deals=[
        D("oracle-fy26-capex-dec", ["Oracle"], "capex_plan", 50 * B, "USD", "approx", "2025-12-10", "announced",
          "Last Wednesday Oracle lifted its capex forecast for the twelve months to May 2026 to about $50 billion, up from roughly $35 billion flagged in September and more than $25 billion in June.",
          term=["2025-06", "2026-05"], note="third fiscal-2026 guidance level; repeated as '$50bn of capex' in a reader comment"),
        D("oracle-fy26-capex-sep", ["Oracle"], "capex_plan", 35 * B, "USD", "approx", "2025-09", "announced",
          "Last Wednesday Oracle lifted its capex forecast for the twelve months to May 2026 to about $50 billion, up from roughly $35 billion flagged in September and more than $25 billion in June.",
          term=["2025-06", "2026-05"], required=False, note="superseded level mentioned in passing; optional"),
        D("oracle-fy26-capex-jun", ["Oracle"], "capex_plan", 25 * B, "USD", "at_least", "2025-06", "announced",
          "Last Wednesday Oracle lifted its capex forecast for the twelve months to May 2026 to about $50 billion, up from roughly $35 billion flagged in September and more than $25 billion in June.",
          term=["2025-06", "2026-05"], required=False, note="superseded level mentioned in passing; optional"),
        D("blueowl-oracle-michigan-2025", ["Blue Owl", "Oracle"], "investment", 10 * B, "USD", "exact", "2025", "cancelled",
          "Blue Owl Capital, which has financed several of Oracle's biggest sites, will not back a planned $10 billion data centre in Saline Township, Michigan, the Financial Times reported, after talks over lease terms and debt stalled.",
          kind_alt=["project", "other"],
          note="financing talks that failed; the amount is the size of the project Blue Owl would have backed; cancelled deal keeps the (unknown) date of the talks -> year"),
        D("blackstone-related-michigan-2025", ["Blackstone", "Related Digital"], "investment", None, None, None, "2025-12",
          "rumored",
          "Blackstone is reportedly circling as a replacement; nobody has put a number on its role.",
          required=False, note="reported replacement equity partner for Related Digital's project, no amount; optional"),
        D("oracle-openai-300bn", ["Oracle", "OpenAI"], "cloud_contract", 300 * B, "USD", "approx", "2025-09", "signed",
          "Its remaining performance obligations reached $523 billion, much of it tied to the roughly $300 billion, five-year OpenAI contract agreed in September.",
          note="'Its' = Oracle's; restated from 012; the $523bn backlog is a not_deal"),
        D("vantage-oracle-campus-loans-2025", ["JPMorgan", "MUFG", "Vantage Data Centers"], "other", 38 * B, "USD", "exact",
          "2025", "negotiating",
          "The $38 billion loan package that JPMorgan and MUFG were assembling for Vantage's Oracle campuses in Texas and Wisconsin was still on track last time I asked.",
          kind_alt=["investment"], note="restated from 012; 'Vantage's' = Vantage Data Centers"),
    ],
    not_deals=["$248 billion", "$523 billion", "about $10 billion in the quarter", "$178", "~$16bn of quarterly revenue"],
)

A["018_interview_kreditwerk.txt"] = dict(
    published=None,
    published_note="no date anywhere (only 'Lesezeit: 6 Minuten'); all deal dates null",
    language="de",
    deals=[
        D("meta-bond-2025", ["Meta"], "other", 30 * B, "USD", "exact", None, "completed",
          "Kreditwerk: Frau Oosterbeek-Vainio, Meta hat für 30 Milliarden Dollar Anleihen verkauft, Oracle und Alphabet ebenfalls in zweistelliger Milliardenhöhe.",
          note="restated bond sale"),
        D("oracle-bond-2025-09", ["Oracle"], "other", None, None, None, None, "completed",
          "Kreditwerk: Frau Oosterbeek-Vainio, Meta hat für 30 Milliarden Dollar Anleihen verkauft, Oracle und Alphabet ebenfalls in zweistelliger Milliardenhöhe.",
          required=False,
          note="vague ('in zweistelliger Milliardenhöhe'); Oracle's only jumbo bond in this corpus before the interview; optional. Alphabet's part is left out: it could be the dollar or the euro leg"),
        D("meta-hyperion-financing-2025", ["Meta", "Pimco", "Blue Owl"], "joint_venture", 27 * B, "USD", "approx", None,
          "completed",
          "Oosterbeek-Vainio: Neben der Bilanz. Bei Hyperion in Louisiana haben Blue Owl und Pimco rund 27 Milliarden Dollar über eine Zweckgesellschaft aufgebracht, Meta mietet die Gebäude zurück und garantiert einen Restwert.",
          kind_alt=["investment", "other"], note="the evidence line starts with the speaker label; restated from 011/013"),
        D("microsoft-openai-azure-2025", ["Microsoft", "OpenAI"], "cloud_contract", 250 * B, "USD", "exact", None, "signed",
          "Und OpenAI hat sich verpflichtet, weitere Azure-Leistungen für 250 Milliarden Dollar abzunehmen.",
          note="'Azure' = Microsoft; restated from 014"),
        D("meta-capex-2026", ["Meta"], "capex_plan", 115 * B, "USD", "range", None, "announced",
          "Kreditwerk: Meta plant für 2026 Investitionen von 115 bis 135 Milliarden Dollar.",
          amount_max=135 * B, note="first article of this id in file order; 019 gives the date (January 2026)"),
        D("blueowl-oracle-michigan-2025", ["Blue Owl", "Oracle"], "investment", None, None, None, None, "cancelled",
          "Kreditwerk: Der Rückzieher von Blue Owl bei Oracles Projekt in Michigan – ein Warnsignal?",
          kind_alt=["project", "other"], required=False, note="no amount; optional"),
    ],
    not_deals=["zehn bis zwölf Millionen Dollar", "rund 75.000 Euro", "14,90 Euro", "je 129 Euro"],
)

A["019_capex_2026_coldharbour_en.txt"] = dict(
    published="2026-02-06",
    published_note="from the header '6 February 2026 · 06:15 GMT' (dateline 'SEATTLE, Feb 5'); 'on Thursday' -> 2026-02-05; 'on Wednesday' -> 2026-02-04; 'last week' -> 2026-01; 'on Sunday' -> 2026-02-01",
    language="en",
    deals=[
        D("amazon-capex-2026", ["Amazon"], "capex_plan", 200 * B, "USD", "approx", "2026-02-05", "announced",
          "Amazon expects to invest about $200 billion in capital projects this year, it told investors on Thursday, mainly for AWS data centres, custom chips and its satellite network, a figure far above the roughly $146 billion Wall Street had modelled.",
          note="the analysts' $146bn estimate is a not_deal"),
        D("alphabet-capex-2026", ["Alphabet"], "capex_plan", 175 * B, "USD", "range", "2026-02-04", "announced",
          "Alphabet, reporting on Wednesday, pencilled in 2026 capital spending of somewhere from $175 billion up to $185 billion, close to double the $91 billion that went out the door in 2025.",
          amount_max=185 * B, note="'somewhere from ... up to' = range; $91bn is past spending"),
        D("meta-capex-2026", ["Meta"], "capex_plan", 115 * B, "USD", "range", "2026-01", "announced",
          "Meta, which reported last week, put its own range at $115 billion to $135 billion.",
          amount_max=135 * B),
        D("oracle-2026-financing", ["Oracle"], "other", 45 * B, "USD", "range", "2026-02-01", "planned",
          "Oracle said on Sunday it aims to raise $45 billion to $50 billion in 2026 through a mix of debt and equity, including an at-the-market share program of up to $20 billion and a single investment-grade bond issue early in the year.",
          amount_max=50 * B, kind_alt=["investment"],
          note="planned capital raising; the 'up to $20 billion' share programme is a part of it (not_deal)"),
    ],
    not_deals=["$146 billion", "$91 billion", "$37.5 billion", "up to $20 billion", "$660 billion"],
)

A["020_wochenkapital_schuldenboom.txt"] = dict(
    published="2026-11-20",
    published_note="from the issue line 'Nr. 47/2026 · 20. November 2026'; 'Ende Oktober 2025' -> 2025-10; 'im Mai 2025' -> 2025-05; 'im November' -> 2025-11; 'drei Monate später' (after November 2025) -> 2026-02; 'zu Jahresbeginn' -> 2026; 'im vergangenen November' -> 2025-11",
    language="de",
    deals=[
        D("meta-bond-2025", ["Meta"], "other", 26 * B, "EUR", "approx", "2025-10", "completed",
          "vor gut einem Jahr, Ende Oktober 2025, sammelte Meta mit einer einzigen Emission umgerechnet knapp 26 Milliarden Euro ein – eine der größten Unternehmensanleihen, die es bis dahin gegeben hatte.",
          note="restated in euros only (the $30bn of 013, 016, 018); sentence starts in lower case after the salutation"),
        D("alphabet-euro-bond-2025-05", ["Alphabet"], "other", 6.75 * B, "EUR", "exact", "2025-05", "completed",
          "Alphabet hatte sich bereits im Mai 2025 mit 6,75 Milliarden Euro am europäischen Markt bedient und legte im November mit weiteren 6,5 Milliarden Euro nach.",
          note="two Alphabet euro bonds in one sentence; must stay apart"),
        D("alphabet-bond-eur-2025-11", ["Alphabet"], "other", 6.5 * B, "EUR", "exact", "2025-11", "completed",
          "Alphabet hatte sich bereits im Mai 2025 mit 6,75 Milliarden Euro am europäischen Markt bedient und legte im November mit weiteren 6,5 Milliarden Euro nach.",
          note="'im November' after 'im Mai 2025' -> 2025-11"),
        D("oracle-2026-financing", ["Oracle"], "other", 45 * B, "USD", "range", "2026-02", "planned",
          "Oracle kündigte drei Monate später an, 2026 zwischen 45 und 50 Milliarden Dollar über Anleihen und Aktien aufzunehmen.",
          amount_max=50 * B, kind_alt=["investment"], note="'drei Monate später' than November 2025 -> 2026-02"),
        D("amazon-capex-2026", ["Amazon"], "capex_plan", 200 * B, "USD", "approx", "2026", "announced",
          "Wofür das Geld gebraucht wird, zeigen die Budgets, die zu Jahresbeginn vorgestellt wurden: Amazon plante für 2026 mit rund 200 Milliarden Dollar, Alphabet mit 175 bis 185 Milliarden, Meta mit 115 bis 135 Milliarden Dollar.",
          note="list of three capex plans in one sentence; 'zu Jahresbeginn' -> year only"),
        D("alphabet-capex-2026", ["Alphabet"], "capex_plan", 175 * B, "USD", "range", "2026", "announced",
          "Wofür das Geld gebraucht wird, zeigen die Budgets, die zu Jahresbeginn vorgestellt wurden: Amazon plante für 2026 mit rund 200 Milliarden Dollar, Alphabet mit 175 bis 185 Milliarden, Meta mit 115 bis 135 Milliarden Dollar.",
          amount_max=185 * B, note="currency only at the end of the list"),
        D("meta-capex-2026", ["Meta"], "capex_plan", 115 * B, "USD", "range", "2026", "announced",
          "Wofür das Geld gebraucht wird, zeigen die Budgets, die zu Jahresbeginn vorgestellt wurden: Amazon plante für 2026 mit rund 200 Milliarden Dollar, Alphabet mit 175 bis 185 Milliarden, Meta mit 115 bis 135 Milliarden Dollar.",
          amount_max=135 * B),
        D("google-germany-2025", ["Alphabet"], "capex_plan", 5.5 * B, "EUR", "exact", "2025-11", "announced",
          "Auch vor unserer Haustür wird gebaut: In Dietzenbach verbaut Google einen Teil der 5,5 Milliarden Euro, die der Konzern im vergangenen November für Deutschland angekündigt hatte.",
          note="restated from 015"),
    ],
    not_deals=["mehr als 250 Milliarden Dollar", "161 Dollar", "5.000 Euro", "6,50 Euro pro Woche"],
)


def main():
    for a in A.values():
        for d in a["deals"]:
            for k in ("amount", "amount_max"):
                if isinstance(d[k], float) and d[k].is_integer():
                    d[k] = int(d[k])
            for alt in d.get("alt_amounts", []):
                if isinstance(alt["amount"], float) and alt["amount"].is_integer():
                    alt["amount"] = int(alt["amount"])
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {HERE / 'gold.json'}: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
