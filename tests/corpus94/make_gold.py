#!/usr/bin/env python3
"""Write gold.json: the hand annotation of tests/corpus94/articles/.

Usage: python3 tests/corpus94/make_gold.py
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

B = 1_000_000_000
M = 1_000_000


def deal(id, parties, kind, amount=None, currency=None, qualifier=None, date=None, status="signed",
         required=True, evidence="", amount_max=None, kind_alt=None, per=None, term=None, alt=None, note=None):
    if amount is None:
        required = False  # no amount -> optional
    else:
        amount = int(round(amount))
    if amount_max is not None:
        amount_max = int(round(amount_max))
    alt = [(int(round(a)), c) for a, c in alt] if alt else None
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
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


def opt(*args, **kw):
    kw["required"] = False
    return deal(*args, **kw)


ABOUT = (
    "Hand-annotated deals in the ninety-fourth, held-out test corpus (tests/corpus94/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: the Stargate sites and the money behind them (Abilene, Shackelford County, "
    "Doña Ana County, Lordstown, Milam County, Saline Township; OpenAI, Oracle, SoftBank, SB Energy, Crusoe, "
    "Vantage, Related Digital, Blue Owl; bank loans, Oracle's bonds, equipment orders). One entry per article; "
    "a deal that several articles report carries the same id in each. 'required': false marks deals without an "
    "amount and vague, denied or background mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts "
    "are in full units and in the currency the article states; 'amount_max' closes a range; 'qualifier' is "
    "exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' "
    "gives the same deal's amount as another article (or the same article) states it in another currency or at "
    "another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved "
    "against the article's publication date ('published', from the article's own date line, dateline with the "
    "copyright year, issue line, byline, liveblog heading, <meta>/JSON-LD date, or null when the article has "
    "none); a rumour carries the year only, so that it agrees with the later signing; a cancelled deal keeps the "
    "date of the talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. Loans, bond sales and credit lines are kind 'other' "
    "(kind_alt 'investment'). For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Wertachwerk Energietechnik, Callahan Divide Water "
    "Partners, Cottonwood Draw Power, Palo Duro Infrastructure Partners; invented publications, research houses, "
    "advertisers and people are listed in invented_names.txt. The deals of real companies follow public reports "
    "of 2024-2026 but are partly shifted, simplified or invented (see README.md). Nothing here is reporting."
)

ARTICLES = {}

# ---------------------------------------------------------------------------------------------
ARTICLES["001_abilene_crusoe_catclaw_en.txt"] = {
    "published": "2024-10-17",
    "published_note": "dateline 'ABILENE, Oct. 17' with the year from '© 2024 The Catclaw Courier'; 'said Tuesday' -> 2024-10-15",
    "language": "en",
    "deals": [
        deal("abilene-jv-2024", ["Crusoe", "Primary Digital Infrastructure", "Blue Owl Capital"], "joint_venture",
             3.4 * B, "USD", "exact", "2024-10-15", "signed", kind_alt=["project", "investment"],
             note="first Crusoe/Blue Owl/Primary Digital venture (phase 1, two buildings); different from the $15bn venture of May 2025 (abilene-jv-2025)",
             evidence="Crusoe, together with Primary Digital Infrastructure and the lender Blue Owl Capital, said Tuesday that the three had set up a joint venture worth $3.4 billion to put up the first phase of a data center campus on land controlled by Lancium."),
        deal("jpmorgan-abilene-loan-2024", ["JPMorgan", "Crusoe"], "other", 2.3 * B, "USD", "approx", "2024-10", "signed",
             kind_alt=["investment"],
             note="construction loan to the venture (borrower named in the previous sentence's venture; Crusoe as its lead partner); from one source, date of the report's month; different from the $7.1bn loan of 2025",
             evidence="Most of the cost is borrowed money: JPMorgan Chase has agreed to lend roughly $2.3 billion toward construction, a person who has looked over the loan documents said."),
        opt("lancium-abilene-lease", ["Lancium", "Crusoe"], "other", date="2024-10", status="signed",
            note="ground lease to the venture, no amount",
            evidence="Lancium keeps the ground and will lease it to the venture on long-term terms nobody would put a number on."),
    ],
    "not_deals": ["well over $1 billion", "as much as $3.1 million", "$61,000", "about $112 million",
                  "$31 per megawatt-hour", "$38,990", "$2,000 loyalty cash"],
}

ARTICLES["002_stargate_boersenwarte.txt"] = {
    "published": "2025-01-22",
    "published_note": "portal time stamp '22.01.2025 | 07:41 Uhr'; 'am Dienstagabend' -> 2025-01-21",
    "language": "de",
    "deals": [
        deal("stargate-jv-2025", ["OpenAI", "SoftBank", "Oracle", "MGX"], "joint_venture", 500 * B, "USD", "up_to",
             "2025-01-21", "announced", kind_alt=["investment", "capex_plan", "project"], alt=[(100 * B, "USD")],
             note="'bis zu 500 Milliarden Dollar' over four years; the immediate 100 Milliarden Dollar (next sentence) is an alt amount; MGX joins in the third sentence; the 'jeweils 19 Milliarden Dollar' of SoftBank and OpenAI are parts of this deal (not_deals)",
             evidence="OpenAI, SoftBank und Oracle haben am Dienstagabend in Washington ein Gemeinschaftsunternehmen namens Stargate vorgestellt, das auf US-Boden binnen vier Jahren Rechenzentren hochziehen und dafür bis zu 500 Milliarden Dollar mobilisieren soll."),
        deal("abilene-jv-2024", ["Crusoe", "Primary Digital Infrastructure", "Blue Owl Capital"], "joint_venture",
             3.4 * B, "USD", "exact", "2024-10", "signed", kind_alt=["project", "investment"],
             note="restated background ('schon im Oktober')",
             evidence="Dort hatte der Entwickler Crusoe mit dem Kreditfonds Blue Owl Capital und dem Investor Primary Digital Infrastructure schon im Oktober ein Joint Venture über 3,4 Milliarden Dollar für den ersten Bauabschnitt aufgesetzt, Oracle soll die Flächen nutzen."),
    ],
    "not_deals": ["jeweils 19 Milliarden Dollar", "weit weniger als zehn Milliarden Dollar", "9.435 Yen",
                  "157 Milliarden Dollar", "35 bis 50 Milliarden Dollar je Gigawatt", "195,63 $", "140,83 $",
                  "50 Euro"],
}

ARTICLES["003_softbank_openai_kanto_en.txt"] = {
    "published": "2025-02-04",
    "published_note": "issue line 'Issue 58 · Tuesday 4 February 2025'; 'on Monday' -> 2025-02-03",
    "language": "en",
    "deals": [
        deal("softbank-openai-3bn-yearly", ["SoftBank", "OpenAI"], "cloud_contract", 3 * B, "USD", "exact",
             "2025-02-03", "announced", per="year", kind_alt=["supply", "partnership", "other"], alt=[(465 * B, "JPY")],
             note="yearly spending on OpenAI products by SoftBank ('Masayoshi Son's group'); ¥465bn a year in the next sentence; different from the $40bn investment",
             evidence="Masayoshi Son's group will pay OpenAI $3 billion every year to push the ChatGPT maker's agents and enterprise models through SoftBank's own companies, the two announced in Tokyo on Monday."),
        opt("sb-openai-japan-jv", ["SoftBank", "OpenAI"], "joint_venture", date="2025-02-03", status="announced",
            note="50:50 venture without a capital figure",
            evidence="Alongside the spending pledge the partners are forming a 50:50 venture, SB OpenAI Japan, to sell the tools to large Japanese firms; no capital figure was disclosed."),
        deal("softbank-openai-40bn", ["SoftBank", "OpenAI"], "investment", 40 * B, "USD", "up_to", "2025", "negotiating",
             note="talks from two sources ('could reach'); signed on 2025-03-31 (004); year only so that the dates agree; the $300bn valuation is not a deal",
             evidence="Separately, SoftBank is negotiating to lead a fresh OpenAI round that could reach $40 billion, two people who have been told about the discussions said, a deal that would value the lab at about $300 billion including the new money."),
        deal("stargate-jv-2025", ["OpenAI", "SoftBank", "Oracle", "MGX"], "joint_venture", 500 * B, "USD", "up_to",
             "2025-01", "announced", kind_alt=["investment", "capex_plan", "project"],
             note="restated ('two weeks on'); OpenAI and SoftBank are named elsewhere in the letter",
             evidence="The venture with Oracle and MGX, which pledged as much as $500 billion across four years, still has not explained how much of its first $100 billion is equity and how much will be borrowed."),
    ],
    "not_deals": ["about $300 billion", "$3.7bn", "$5.6m", "$589bn", "$200", "¥8,912", "$149", "$499"],
}

ARTICLES["004_ki_ticker_wirtschaftsecho.txt"] = {
    "published": "2025-03-31",
    "published_note": "liveblog heading 'Montag, 31. März 2025'",
    "language": "de",
    "deals": [
        deal("softbank-openai-40bn", ["SoftBank", "OpenAI"], "investment", 40 * B, "USD", "exact", "2025-03-31", "signed",
             alt=[(6 * 1_000_000_000_000, "JPY")],
             note="'gut sechs Billionen Yen' as alt amount; instalments (zehn/30 Milliarden) and the 20 Milliarden fallback are parts (not_deals); valuation 300 Milliarden Dollar not a deal",
             evidence="Jetzt offiziell: SoftBank führt bei OpenAI eine Finanzierungsrunde über 40 Milliarden Dollar an, umgerechnet gut sechs Billionen Yen."),
        deal("coreweave-openai-contract", ["OpenAI", "CoreWeave"], "cloud_contract", 11.9 * B, "USD", "exact", "2025-03",
             "signed", term=["2025", "2030"],
             note="'Anfang März' -> month; five-year term; different from the $350m share deal of the same pair",
             evidence="Zur Einordnung: Anfang März hatte OpenAI schon einen Fünfjahresvertrag über Rechenleistung im Volumen von 11,9 Milliarden Dollar mit CoreWeave unterschrieben."),
        deal("coreweave-openai-stake", ["CoreWeave", "OpenAI"], "investment", 350 * M, "USD", "exact", "2025-03", "signed",
             note="'der Cloudanbieter' = CoreWeave, 'den Kaliforniern' = OpenAI (previous sentence); shares given to OpenAI alongside the contract",
             evidence="Obendrein überließ der Cloudanbieter den Kaliforniern ein Aktienpaket über 350 Millionen Dollar."),
        opt("coreweave-ipo", ["CoreWeave"], "other", date="2025-03-28", status="completed", kind_alt=["investment"],
            note="stock-market listing 'seit Freitag' without proceeds; only the issue price per share (not_deal)",
            evidence="CoreWeave ist seit Freitag an der Nasdaq notiert, der Ausgabepreis lag bei 40 Dollar je Aktie."),
        deal("stargate-jv-2025", ["OpenAI", "SoftBank", "Oracle", "MGX"], "joint_venture", 500 * B, "USD", "up_to",
             "2025-01", "announced", kind_alt=["investment", "capex_plan", "project"],
             note="restated ('im Januar vorgestellt')",
             evidence="Das im Januar vorgestellte Vorhaben von OpenAI, SoftBank, Oracle und MGX soll insgesamt bis zu 500 Milliarden Dollar umfassen."),
    ],
    "not_deals": ["300 Milliarden Dollar", "Zehn Milliarden Dollar", "30 Milliarden", "20 Milliarden Dollar",
                  "40 Dollar je Aktie", "107,20 Dollar", "3.499 Euro"],
}

ARTICLES["005_abilene_finanzierung_kuehlgang.txt"] = {
    "published": "2025-05-27",
    "published_note": "issue line 'Ausgabe 21/2025 · Dienstag, 27. Mai 2025'; 'vergangene Woche' -> 2025-05",
    "language": "de",
    "deals": [
        deal("abilene-jv-2025", ["Crusoe", "Primary Digital Infrastructure", "Blue Owl Capital"], "joint_venture",
             15 * B, "USD", "exact", "2025-05", "signed", kind_alt=["project", "investment"], alt=[(13.3 * B, "EUR")],
             note="venture enlarged to $15bn (six more buildings); a new deal, apart from the $3.4bn venture of 2024",
             evidence="Die drei Partner Crusoe, Primary Digital Infrastructure und Blue Owl Capital haben ihr Joint Venture für Abilene vergangene Woche auf 15 Milliarden Dollar (rund 13,3 Milliarden Euro) ausgeweitet."),
        deal("jpmorgan-abilene-loan-2025", ["JPMorgan", "Crusoe"], "other", 7.1 * B, "USD", "exact", "2025-05", "signed",
             kind_alt=["investment"],
             note="'Die US-Großbank' = JPMorgan (previous sentence), 'dem Vorhaben' = the Crusoe venture; second loan, apart from the 2024 loan",
             evidence="Die US-Großbank leiht dem Vorhaben für den zweiten Bauabschnitt weitere 7,1 Milliarden Dollar."),
        deal("jpmorgan-abilene-loan-2024", ["JPMorgan", "Crusoe"], "other", 2.3 * B, "USD", "exact", "2024", "signed",
             kind_alt=["investment"],
             note="restated first loan ('im vergangenen Jahr', 'das Institut' = JPMorgan); the 9,6 Milliarden Dollar in the same sentence are the cumulative total (not_deal)",
             evidence="Bereits im vergangenen Jahr hatte das Institut 2,3 Milliarden Dollar für die ersten beiden Hallen bereitgestellt; zusammengerechnet steckt JPMorgan damit 9,6 Milliarden Dollar in den Standort."),
        opt("oracle-abilene-lease", ["Oracle", "Crusoe"], "other", date=None, status="signed",
            note="15-year lease of the campus, rent not disclosed",
            evidence="Mieter ist Oracle, das den gesamten Campus über 15 Jahre anmietet – die Miete nennt keiner der Beteiligten."),
        deal("oracle-nvidia-abilene-chips", ["Oracle", "Nvidia"], "supply", 40 * B, "USD", "approx", "2025", "rumored",
             note="reported by the Financial Times, not confirmed ('offenbar'); chip purchase for Abilene; the price per chip is not a deal",
             evidence="Oracle kauft nach Informationen der Financial Times rund 400.000 Nvidia-Chips vom Typ GB200 für etwa 40 Milliarden Dollar, um sie in Abilene an OpenAI weiterzuvermieten."),
        deal("microsoft-fy25-capex", ["Microsoft"], "capex_plan", 80 * B, "USD", "at_least", "2025-01", "planned",
             note="capital-spending plan for the fiscal year, stated in January and restated",
             evidence="· Microsoft bleibt bei seinem im Januar genannten Plan, im laufenden Geschäftsjahr mehr als 80 Milliarden Dollar für KI-Rechenzentren auszugeben."),
    ],
    "not_deals": ["9,6 Milliarden Dollar", "100.000 Dollar pro Chip", "zwölf bis 14 Millionen Dollar Baukosten je Megawatt",
                  "11,6 Cent je Kilowattstunde", "149 Euro", "24,50 Euro"],
}

ARTICLES["006_vantage_frontier_clearfork_en.html"] = {
    "published": "2025-08-20",
    "published_note": "no visible date; from <meta property=article:published_time> and JSON-LD datePublished 2025-08-20; 'on Tuesday' -> 2025-08-19",
    "language": "en",
    "deals": [
        deal("vantage-frontier-campus", ["Vantage Data Centers"], "capex_plan", 25 * B, "USD", "at_least", "2025-08-19",
             "announced", kind_alt=["project"],
             evidence="Vantage Data Centers announced on Tuesday that it is putting more than $25 billion into Frontier, a 1.4-gigawatt data center campus on roughly 1,200 acres southeast of Albany."),
        deal("vantage-equity-2024", ["DigitalBridge", "Silver Lake", "Vantage Data Centers"], "investment", 9.2 * B, "USD",
             "exact", "2024-01", "completed",
             note="'the company' = Vantage; equity raise of January 2024 led by DigitalBridge and Silver Lake",
             evidence="In January 2024 the company took in $9.2 billion of fresh equity from investors led by DigitalBridge and Silver Lake, at the time among the largest private equity cheques ever written for the industry."),
    ],
    "not_deals": ["roughly $6 million a year", "more than $70,000", "$45 billion a year", "$95 a round bale", "$14.95"],
}

ARTICLES["007_oracle_openai_lotsenbrief.txt"] = {
    "published": "2025-09-11",
    "published_note": "date line 'Donnerstag, 11. September 2025 · Seite 15'; 'am Mittwoch' -> 2025-09-10, 'am Dienstagabend' -> 2025-09-09",
    "language": "de",
    "deals": [
        deal("oracle-openai-300bn", ["OpenAI", "Oracle"], "cloud_contract", 300 * B, "USD", "approx", "2025-09-10", "signed",
             term=["2027", None], alt=[(256 * B, "EUR")],
             note="from the Wall Street Journal, neither side confirmed; 'am Mittwoch' and the EUR figure in the next sentence ('Der 300-Milliarden-Dollar-Vertrag')",
             evidence="OpenAI hat sich nach Informationen des Wall Street Journal verpflichtet, über ungefähr fünf Jahre Rechenkapazität für rund 300 Milliarden Dollar bei Oracle abzunehmen."),
        deal("oracle-capex-fy26-sept", ["Oracle"], "capex_plan", 35 * B, "USD", "approx", "2025-09-09", "planned",
             term=["2025-06", "2026-05"],
             note="'der Konzern' = Oracle; plan for the fiscal year to May 2026, stated with the results 'am Dienstagabend'; raised to about $50bn in December (oracle-capex-fy26-dec, a different statement)",
             evidence="Um das zu schaffen, will der Konzern im laufenden Geschäftsjahr, das Ende Mai 2026 endet, rund 35 Milliarden Dollar investieren."),
    ],
    "not_deals": ["455 Milliarden Dollar", "144 Milliarden Dollar", "328 Dollar", "mehr als 390 Milliarden Dollar",
                  "rund 13 Milliarden Dollar", "1 Euro"],
}

ARTICLES["008_stargate_sites_jibline_en.txt"] = {
    "published": "2025-09-25",
    "published_note": "time stamp 'September 25, 2025 | 05:12 GMT', dateline 'NEW YORK, Sept 24'; 'on Tuesday' -> 2025-09-23, 'on Wednesday' -> 2025-09-24, 'a day after' the site announcement -> 2025-09-22",
    "language": "en",
    "deals": [
        opt("stargate-five-sites", ["OpenAI", "Oracle", "SoftBank"], "partnership", date="2025-09-23", status="announced",
            kind_alt=["project", "joint_venture"],
            note="site announcement without an amount of its own; the '$400 billion' in the next paragraph is a cumulative total",
            evidence="NEW YORK, Sept 24 (Jibline) - OpenAI, Oracle and SoftBank on Tuesday identified five further U.S. locations for their Stargate data centers, picking ranch land, a shuttered car plant and a desert mesa to house the computing power the ChatGPT maker says it needs."),
        deal("softbank-lordstown-plant", ["SoftBank", "Foxconn"], "acquisition", 375 * M, "USD", "exact", "2025-08", "completed",
             note="'the Japanese group' = SoftBank (previous sentence) is the buyer",
             evidence="In Lordstown the Japanese group is reusing the former car factory that Foxconn sold for $375 million in August."),
        deal("oracle-bonds-2025", ["Oracle"], "other", 18 * B, "USD", "exact", "2025-09-24", "completed",
             kind_alt=["investment"], note="bond sale; order book $88bn is not a deal",
             evidence="The company raised $18 billion on Wednesday by selling investment-grade notes in six tranches, the longest running 40 years, according to a banker involved."),
        deal("oracle-openai-300bn", ["OpenAI", "Oracle"], "cloud_contract", 300 * B, "USD", "approx", "2025-09", "signed",
             note="restated ('reported earlier this month')",
             evidence="Oracle's contract to supply OpenAI with roughly $300 billion of computing capacity over about five years was reported earlier this month."),
        deal("nvidia-openai-loi", ["Nvidia", "OpenAI"], "investment", 100 * B, "USD", "up_to", "2025-09-22", "announced",
             note="letter of intent; 'the startup' = OpenAI; the first $10 billion (next sentence) is a part",
             evidence="The site announcement came a day after a letter of intent from Nvidia: the chipmaker means to hand the startup up to $100 billion in steps, each step tied to another gigawatt of Nvidia gear going live, with the first from late 2026."),
    ],
    "not_deals": ["$400 billion", "$88 billion", "A first $10 billion", "$500 billion", "$308.46"],
}

ARTICLES["009_lordstown_zulieferblick.txt"] = {
    "published": "2025-10-02",
    "published_note": "dateline 'LORDSTOWN/TAIPEH, 2. Oktober 2025.'",
    "language": "de",
    "deals": [
        deal("softbank-lordstown-plant", ["SoftBank", "Foxconn"], "acquisition", 375 * M, "USD", "exact", "2025-08", "completed",
             alt=[(320 * M, "EUR")],
             note="EUR conversion three sentences later ('Umgerechnet zahlte SoftBank rund 320 Millionen Euro')",
             evidence="Käufer der Fabrik, die Foxconn im August für 375 Millionen Dollar abgestoßen hatte, ist SoftBank."),
        opt("foxconn-softbank-lordstown-equipment", ["Foxconn", "SoftBank"], "partnership", date="2025-10", status="planned",
            kind_alt=["joint_venture"], note="joint equipment production, no amount",
            evidence="Foxconn und SoftBank wollen in den Hallen gemeinsam Ausrüstung für Rechenzentren bauen, etwa Serverracks und Stromverteilung; Investitionssummen nannten beide nicht."),
        opt("foxconn-lordstown-motors-2022", ["Foxconn", "Lordstown Motors"], "acquisition", 230 * M, "USD", "exact", "2022",
            "completed", note="background purchase of 2022",
            evidence="Foxconn hatte das rund 575.000 Quadratmeter große Werk erst 2022 für 230 Millionen Dollar vom insolventen E-Pick-up-Hersteller Lordstown Motors übernommen."),
    ],
    "not_deals": ["8 Millionen Dollar", "1,79 Billionen Taiwan-Dollar", "19.110 Yen", "39 Euro", "29 Euro", "498 Euro"],
}

ARTICLES["010_saline_michigan_transatlantik.txt"] = {
    "published": "2025-10-31",
    "published_note": "byline 'Von Ruth Ebersbach | 31.10.2025, 14:05 Uhr'; 'am Donnerstag' -> 2025-10-30",
    "language": "de",
    "deals": [
        deal("related-saline-campus", ["Related Digital"], "capex_plan", 7 * B, "USD", "at_least", "2025-10-30", "announced",
             kind_alt=["project"], alt=[(6 * B, "EUR")],
             note="'Die Tochter' = Related Digital (previous sentence); EUR figure in the next sentence",
             evidence="Die Tochter beziffert die Investition auf über sieben Milliarden Dollar, wie sie am Donnerstag mitteilte."),
        opt("oracle-saline-lease", ["Oracle", "Related Digital"], "other", date="2025-10", status="planned",
            note="tenant role without terms",
            evidence="Nutzen werden die drei Gebäude Oracle und OpenAI; Oracle soll als Mieter auftreten, Details zum Mietvertrag blieben offen."),
        opt("dte-saline-power", ["DTE Energy", "Related Digital"], "supply", date="2025-10", status="negotiating",
            note="1.4 GW power supply awaiting approval, no amount; the campus (Related Digital) as buyer",
            evidence="Den Strom soll der Versorger DTE Energy liefern, die Vereinbarung über 1,4 Gigawatt muss die Regulierungsbehörde in Lansing noch absegnen."),
    ],
    "not_deals": ["rund drei Millionen Dollar", "etwa 100 Millionen Dollar jährlich", "256,89 Dollar", "1.890 Euro"],
}

ARTICLES["011_vantage_debt_gridqueue_en.txt"] = {
    "published": "2025-11-13",
    "published_note": "issue line 'Vol. 3, No. 44 — Thursday, 13 November 2025'; 'this week' -> 2025-11, 'on Tuesday' -> 2025-11-11",
    "language": "en",
    "deals": [
        deal("vantage-debt-38bn", ["JPMorgan", "MUFG", "Vantage Data Centers"], "other", 38 * B, "USD", "approx", "2025-11",
             "negotiating", kind_alt=["investment"],
             note="construction debt being lined up, from sources; the $23bn Frontier and $15bn Lighthouse parts are not_deals; restated in 'OUR TAKE'",
             evidence="About $38 billion of construction debt for two Vantage Data Centers campuses being built for Oracle and OpenAI is being lined up by JPMorgan Chase and MUFG of Japan, three people who have been told about the financing said this week."),
        deal("vantage-frontier-campus", ["Vantage Data Centers"], "capex_plan", 25 * B, "USD", "at_least", "2025-08",
             "announced", kind_alt=["project"], note="restated ('in August')",
             evidence="Context: Vantage put Frontier's price tag at more than $25 billion when it unveiled the 1.4-gigawatt site near Albany in August."),
        deal("wertachwerk-vantage-order-1", ["Wertachwerk Energietechnik", "Vantage Data Centers"], "supply", 180 * M, "USD",
             "exact", "2025-11-11", "signed", alt=[(155 * M, "EUR")],
             note="first order of the pair; different from the $95m order of May 2026 (019)",
             evidence="Down the chain, Wertachwerk Energietechnik said on Tuesday that it had booked a $180 million order (about €155 million) from Vantage for medium-voltage switchgear at Frontier, the largest contract in the family firm's 71-year history."),
    ],
    "not_deals": ["Roughly $23 billion", "around $15 billion", "€412 million", "more than $600 billion", "about $400 billion",
                  "around $4 million", "$29 monthly", "$290 annually"],
}

ARTICLES["012_crusoe_serie_e_serverhof.html"] = {
    "published": "2025-12-12",
    "published_note": "no visible date; from <meta name=date> and JSON-LD datePublished 2025-12-12; 'am Donnerstag' -> 2025-12-11",
    "language": "de",
    "deals": [
        deal("crusoe-series-e", ["Crusoe", "Mubadala Capital", "Valor Equity Partners"], "investment", 1.38 * B, "USD",
             "exact", "2025-12-11", "completed",
             note="amount in the first sentence, leads and 'am Donnerstag' in the next; valuation not a deal",
             evidence="Crusoe hat 1,38 Milliarden Dollar an frischem Kapital eingesammelt."),
        deal("brookfield-crusoe-credit", ["Brookfield Asset Management", "Crusoe"], "other", 750 * M, "USD", "exact", "2025-06",
             "signed", kind_alt=["investment"], note="credit line; 'das Unternehmen' = Crusoe",
             evidence="Bereits im Juni hatte sich das Unternehmen eine Kreditlinie über 750 Millionen Dollar bei Brookfield Asset Management gesichert."),
        deal("abilene-jv-2025", ["Crusoe", "Primary Digital Infrastructure", "Blue Owl Capital"], "joint_venture",
             15 * B, "USD", "exact", "2025-05", "signed", kind_alt=["project", "investment"], note="restated ('im Mai')",
             evidence="Dort baut es gemeinsam mit dem Investor Primary Digital Infrastructure und dem Kreditfonds Blue Owl Capital die Stargate-Anlage für Oracle und OpenAI; das Gemeinschaftsunternehmen war im Mai auf 15 Milliarden Dollar aufgestockt worden."),
    ],
    "not_deals": ["mehr als 13 Milliarden Dollar", "2,8 Milliarden", "fast vier Milliarden Dollar", "rund eine Milliarde Dollar",
                  "2 Dollar je Stunde"],
}

ARTICLES["013_blueowl_michigan_ironwood_en.txt"] = {
    "published": "2025-12-19",
    "published_note": "blog byline 'Posted 19 December 2025'; 'On Wednesday' -> 2025-12-17; 'Last week' -> 2025-12",
    "language": "en",
    "deals": [
        deal("blueowl-related-michigan", ["Blue Owl Capital", "Related Digital"], "investment", 10 * B, "USD", "approx", "2025",
             "cancelled", kind_alt=["other"],
             note="financing talks abandoned (reported 2025-12-17); a cancelled deal keeps the year of the talks; the $10bn is the campus figure of the talks",
             evidence="On Wednesday the Financial Times reported that Blue Owl Capital had walked away from talks to bankroll the roughly $10 billion campus Related Digital is putting up in Saline Township, Michigan, for Oracle and OpenAI."),
        opt("blackstone-related-michigan", ["Blackstone", "Related Digital"], "investment", date="2025-12", status="rumored",
            note="named by 'several outlets', no amount",
            evidence="Related insists the project is on schedule and that it has lined up a different equity partner; several outlets have named Blackstone, which would not comment."),
        deal("related-saline-campus", ["Related Digital"], "capex_plan", 7 * B, "USD", "at_least", "2025-10", "announced",
             kind_alt=["project"], note="restated ('in October'); 'Related' = Related Digital",
             evidence="When Related announced the site in October it spoke of an investment of more than $7 billion."),
        deal("oracle-capex-fy26-dec", ["Oracle"], "capex_plan", 50 * B, "USD", "approx", "2025-12", "planned",
             term=["2025-06", "2026-05"],
             note="raised plan; the '$15 billion more' is a difference, not a deal; apart from the ~$35bn plan of September",
             evidence="Last week Oracle told investors it now expects to spend about $50 billion on capital projects in its 2026 fiscal year (June to May) — some $15 billion more than it guided three months ago."),
        deal("oracle-openai-300bn", ["OpenAI", "Oracle"], "cloud_contract", 300 * B, "USD", "approx", "2025-09", "signed",
             note="restated ('reported in September')",
             evidence="And all of that sits on top of the roughly $300 billion OpenAI contract reported in September, the single customer that explains most of the backlog."),
    ],
    "not_deals": ["some $15 billion more", "roughly $10 billion below zero", "$248 billion of lease commitments", "$345",
                  "$12/month"],
}

ARTICLES["014_sb_energy_nordstern.txt"] = {
    "published": "2026-01-10",
    "published_note": "wire time stamp '10.01.2026 – 09:12'; 'am Freitag' -> 2026-01-09; 'Ende Dezember', 'kurz vor dem Jahreswechsel' -> 2025-12",
    "language": "de",
    "deals": [
        deal("sb-energy-investment-2026", ["OpenAI", "SoftBank", "SB Energy"], "investment", 1 * B, "USD", "exact",
             "2026-01-09", "signed", alt=[(860 * M, "EUR")],
             note="joint investment; the 'jeweils 500 Millionen Dollar' (next sentence, with 'am Freitag') are parts",
             evidence="TOKIO/SAN FRANCISCO (nnd) – OpenAI und SoftBank stecken zusammen eine Milliarde Dollar in den texanischen Energie- und Rechenzentrumsentwickler SB Energy."),
        deal("softbank-openai-40bn", ["SoftBank", "OpenAI"], "investment", 40 * B, "USD", "exact", "2025-03", "completed",
             note="'der Konzern von Masayoshi Son' = SoftBank; fully paid in December; the last tranche of 22,5 Milliarden Dollar is a part (not_deal)",
             evidence="Ende Dezember hatte der Konzern von Masayoshi Son die letzte Tranche über 22,5 Milliarden Dollar an OpenAI überwiesen und damit die im März 2025 zugesagte Beteiligung von 40 Milliarden Dollar vollständig eingezahlt."),
        deal("softbank-digitalbridge", ["SoftBank", "DigitalBridge"], "acquisition", 630 * B, "JPY", "approx", "2025-12", "signed",
             alt=[(4 * B, "USD")], note="agreed takeover, stated first in yen with the USD value after it; price per share and AUM are not deals",
             evidence="Ebenfalls kurz vor dem Jahreswechsel hatte SoftBank die Übernahme des Infrastrukturinvestors DigitalBridge für rund 630 Milliarden Yen vereinbart, das sind etwa vier Milliarden Dollar."),
    ],
    "not_deals": ["jeweils 500 Millionen Dollar", "22,5 Milliarden Dollar", "16 Dollar je Aktie", "rund 108 Milliarden Dollar",
                  "4.318 Yen", "500 Milliarden Dollar"],
}

ARTICLES["015_jupiter_donaana_sentinel_en.txt"] = {
    "published": "2026-01-16",
    "published_note": "byline 'By Marisol Quintana-Reyes | Jan. 16, 2026'; 'last week' -> 2026-01; 'since September' -> 2025-09",
    "language": "en",
    "deals": [
        deal("mufg-jupiter-loan", ["MUFG", "BorderPlex Digital Assets", "Stack Infrastructure"], "other", 18 * B, "USD", "approx",
             "2026-01", "signed", kind_alt=["investment"],
             note="construction loan from a bank group led by MUFG, from two sources; the borrowers are named in the next sentence",
             evidence="A group of lenders led by Japan's MUFG has committed about $18 billion in construction financing for Project Jupiter, the Stargate data center campus on the mesa west of Santa Teresa, two people familiar with the loan said last week."),
        opt("donaana-jupiter-irb", ["Doña Ana County", "BorderPlex Digital Assets", "Stack Infrastructure"], "other", 165 * B, "USD",
            "up_to", "2025-09", "signed",
            note="industrial revenue bonds, mainly a tax device that the developers buy themselves; optional (neither clearly a deal nor a subsidy); developers named earlier",
            evidence="The campus has divided Doña Ana County since September, when the county commission voted 4-1 to approve up to $165 billion in industrial revenue bonds for the project."),
    ],
    "not_deals": ["roughly $360 million over 20 years", "about $120 million a year", "hundreds of millions of dollars a year",
                  "$28 an hour", "$11.99"],
}

ARTICLES["016_oracle_bonds_tickeryard_en.txt"] = {
    "published": "2026-02-03",
    "published_note": "portal time stamp 'Feb 3, 2026 · 7:02 AM ET'; 'on Monday' -> 2026-02-02, 'on Sunday' -> 2026-02-01",
    "language": "en",
    "deals": [
        deal("oracle-bonds-2026", ["Oracle"], "other", 25 * B, "USD", "exact", "2026-02-02", "completed", kind_alt=["investment"],
             note="second bond sale, apart from the $18bn of September 2025; order book not a deal",
             evidence="Oracle sold $25 billion of investment-grade bonds on Monday, and investors asked for far more: orders peaked at roughly $129 billion, according to people involved in the offering, the largest book ever for a corporate bond deal."),
        opt("oracle-funding-plan-2026", ["Oracle"], "other", 45 * B, "USD", "range", "2026-02-01", "planned",
            amount_max=50 * B, kind_alt=["investment"],
            note="plan to raise money in 2026 (not a spending plan); optional; the at-the-market facility of up to $20bn is a part",
            evidence="Oracle said it expects to bring in between $45 billion and $50 billion in calendar 2026, split between borrowing and new shares."),
        deal("oracle-bonds-2025", ["Oracle"], "other", 18 * B, "USD", "exact", "2025-09", "completed", kind_alt=["investment"],
             note="restated ('In September')",
             evidence="In September the company had raised $18 billion, also in a multi-part deal."),
        deal("oracle-capex-fy26-dec", ["Oracle"], "capex_plan", 50 * B, "USD", "approx", "2025-12", "planned",
             note="restated ('the figure it gave in December'); the OpenAI contract named in the same sentence (no amount) is not annotated again",
             evidence="Since then management has lifted its capital spending guidance for the fiscal year ending in May to about $50 billion, the figure it gave in December, mostly for data centers tied to its OpenAI contract."),
    ],
    "not_deals": ["roughly $129 billion", "capped at $20 billion", "$225 price target", "$160.06", "$118.86", "$345.72",
                  "about $460 billion", "$523 billion", "$0.50 a contract"],
}

ARTICLES["017_abilene_water_buffalogap_en.html"] = {
    "published": "2026-03-18",
    "published_note": "visible 'Updated March 18, 2026 6:40 a.m. CT', <meta name=pubdate> and JSON-LD 2026-03-18; 'on Monday' -> 2026-03-16",
    "language": "en",
    "deals": [
        deal("callahan-crusoe-water", ["Crusoe", "Callahan Divide Water Partners"], "supply", 6.4 * M, "USD", "approx",
             "2026-03-16", "signed", per="year", term=["2026", "2038"],
             note="yearly rate over 12 years from this summer; the script value (76.8 million) is not visible text",
             evidence="Crusoe signed an agreement on Monday to buy treated effluent from Callahan Divide Water Partners for about $6.4 million a year over 12 years, beginning this summer, both companies said."),
        deal("abilene-jv-2025", ["Crusoe", "Primary Digital Infrastructure", "Blue Owl Capital"], "joint_venture",
             15 * B, "USD", "exact", "2025-05", "signed", kind_alt=["project", "investment"], note="restated ('last May')",
             evidence="The campus is financed through a joint venture in which Crusoe works with Primary Digital Infrastructure and with Blue Owl Capital; it was enlarged to $15 billion last May."),
        deal("jpmorgan-abilene-loan-2024", ["JPMorgan", "Crusoe"], "other", 2.3 * B, "USD", "exact", "2024", "signed",
             kind_alt=["investment"], note="both JPMorgan loans in one sentence; the first ('in 2024')",
             evidence="JPMorgan lent $2.3 billion for the first two buildings in 2024 and a further $7.1 billion for the other six."),
        deal("jpmorgan-abilene-loan-2025", ["JPMorgan", "Crusoe"], "other", 7.1 * B, "USD", "exact", None, "signed",
             kind_alt=["investment"], note="the second loan in the same sentence, no date given; Crusoe named in the paragraph",
             evidence="JPMorgan lent $2.3 billion for the first two buildings in 2024 and a further $7.1 billion for the other six."),
        deal("crusoe-series-e", ["Crusoe", "Mubadala Capital", "Valor Equity Partners"], "investment", 1.38 * B, "USD",
             "exact", "2025-12", "completed", note="restated ('in December')",
             evidence="Crusoe has also grown richer: in December it raised $1.38 billion from investors led by Mubadala Capital and Valor Equity Partners."),
    ],
    "not_deals": ["$4.2 million more in sales tax", "about $245,000", "$5.80 per 1,000 gallons", "$2.1 million makeover",
                  "$89 a month"],
}

ARTICLES["018_interview_wertachwerk_trennstrecke.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesezeit: 7 Minuten'); all dates null",
    "language": "de",
    "deals": [
        deal("wertachwerk-vantage-order-1", ["Wertachwerk Energietechnik", "Vantage Data Centers"], "supply", 180 * M, "USD",
             "exact", None, "signed", note="restated first order",
             evidence="Dann kam der Auftrag für Frontier über 180 Millionen Dollar, der größte unserer Firmengeschichte."),
        deal("vantage-frontier-campus", ["Vantage Data Centers"], "capex_plan", 25 * B, "USD", "at_least", None, "announced",
             kind_alt=["project"], note="restated in the answer",
             evidence="Hiltl: Winzig. Vantage steckt in Frontier mehr als 25 Milliarden Dollar, JPMorgan und MUFG haben für diesen und einen zweiten Campus rund 38 Milliarden Dollar an Krediten bereitgestellt."),
        deal("vantage-debt-38bn", ["JPMorgan", "MUFG", "Vantage Data Centers"], "other", 38 * B, "USD", "approx", None, "signed",
             kind_alt=["investment"], note="same sentence as the Frontier figure; borrower Vantage named there",
             evidence="Hiltl: Winzig. Vantage steckt in Frontier mehr als 25 Milliarden Dollar, JPMorgan und MUFG haben für diesen und einen zweiten Campus rund 38 Milliarden Dollar an Krediten bereitgestellt."),
        deal("wertachwerk-capex-schwabmuenchen", ["Wertachwerk Energietechnik"], "capex_plan", 60 * M, "EUR", "approx", None,
             "planned", term=[None, "2028"], note="'wir' = Wertachwerk; the state grant of 4,5 Millionen Euro is not a deal",
             evidence="Bis 2028 stecken wir rund 60 Millionen Euro in Schwabmünchen, dort entsteht unser zweites Werk."),
        opt("wertachwerk-takeover-refused", ["Wertachwerk Energietechnik"], "acquisition", date=None, status="cancelled",
            note="unnamed financial investor, no amount, refused",
            evidence="Hiltl: Ein Finanzinvestor hat vergangenes Jahr angeklopft."),
    ],
    "not_deals": ["412 Millionen Euro", "1,1 Milliarden Euro", "4,5 Millionen Euro", "mehr als 11.000 Dollar", "68.000 Euro",
                  "54 Euro", "75 Euro"],
}

ARTICLES["019_wertachwerk_zweitauftrag_staudenland.txt"] = {
    "published": "2026-05-21",
    "published_note": "dateline 'Bobingen, 21. Mai 2026.'; 'vergangene Woche' -> 2026-05",
    "language": "de",
    "deals": [
        deal("wertachwerk-vantage-order-2", ["Wertachwerk Energietechnik", "Vantage Data Centers"], "supply", 95 * M, "USD",
             "exact", "2026-05", "signed", alt=[(84 * M, "EUR")],
             note="second order of the pair; 'das Familienunternehmen' = Wertachwerk; signing 'vergangene Woche' in the next sentence",
             evidence="Für den weiteren Ausbau des Rechenzentrumscampus Frontier im US-Bundesstaat Texas liefert das Familienunternehmen Mittelspannungsanlagen im Wert von 95 Millionen Dollar, rund 84 Millionen Euro."),
        deal("wertachwerk-vantage-order-1", ["Wertachwerk Energietechnik", "Vantage Data Centers"], "supply", 155 * M, "EUR",
             "approx", "2025-11", "signed",
             note="restated first order, here only in EUR (011 gives $180m, about €155m); 'der US-Betreiber' = Vantage, 'den Schwaben' = Wertachwerk",
             evidence="Bereits im November 2025 hatte der US-Betreiber bei den Schwaben Anlagen für rund 155 Millionen Euro bestellt."),
        opt("wertachwerk-vantage-framework", ["Wertachwerk Energietechnik", "Vantage Data Centers"], "supply", date=None,
            status="signed", note="framework agreement covering both orders, total value not disclosed",
            evidence="Beide Aufträge sind Teil eines Rahmenvertrags, dessen Gesamtwert das Unternehmen nicht nennt."),
        deal("wertachwerk-capex-schwabmuenchen", ["Wertachwerk Energietechnik"], "capex_plan", 60 * M, "EUR", "approx", None,
             "planned", term=[None, "2028"], note="reaffirmed ('bekräftigte'), original date unknown",
             evidence="Geschäftsführerin Konstanze Hiltl bekräftigte, dass Wertachwerk bis 2028 rund 60 Millionen Euro in ein neues Werk in Schwabmünchen steckt."),
    ],
    "not_deals": ["1,2 Millionen Euro", "142 Millionen Euro", "zwischen 470 und 500 Millionen Euro", "448 Millionen",
                  "bis zu 6.000 Euro"],
}

ARTICLES["020_yearend_megawattmile_en.txt"] = {
    "published": "2026-12-11",
    "published_note": "issue line 'Issue 212 — Friday, 11 December 2026'",
    "language": "en",
    "deals": [
        deal("oracle-openai-300bn", ["OpenAI", "Oracle"], "cloud_contract", 300 * B, "USD", "approx", "2025-09", "signed",
             note="restated ('first reported in September 2025')",
             evidence="Everything still hangs on the roughly $300 billion compute agreement between OpenAI and Oracle first reported in September 2025."),
        deal("vantage-debt-38bn", ["JPMorgan", "MUFG", "Vantage Data Centers"], "other", 38 * B, "USD", "approx", "2025-11",
             "signed", kind_alt=["investment"], note="restated; the $90bn since then is a cumulative total",
             evidence="The template was set by the roughly $38 billion that JPMorgan and MUFG arranged for Vantage's Frontier and Lighthouse campuses in November 2025."),
        deal("sb-energy-investment-2026", ["OpenAI", "SoftBank", "SB Energy"], "investment", 1 * B, "USD", "exact", "2026-01",
             "signed", note="restated ('in January')",
             evidence="OpenAI and SoftBank put $1 billion into SB Energy in January; SB Energy's first 400 megawatts in Milam County went live in October."),
        deal("cottonwood-crusoe-power", ["Crusoe", "Cottonwood Draw Power"], "supply", 2.1 * B, "USD", "approx", "2026-10",
             "signed", note="15-year power contract; start not given",
             evidence="Crusoe signed a 15-year power supply contract worth about $2.1 billion with Cottonwood Draw Power, a West Texas gas-plant developer, in October."),
        deal("cottonwood-abilene-units", ["Cottonwood Draw Power"], "project", 430 * M, "USD", "exact", "2026-10", "planned",
             kind_alt=["capex_plan"], note="the developer's own project cost ('the Odessa company'); separate from the supply contract",
             evidence="Cottonwood Draw will build two 180-megawatt units next to the Abilene campus; the Odessa company put their cost at $430 million."),
        opt("paloduro-frontier-stake", ["Palo Duro Infrastructure Partners", "Vantage Data Centers"], "investment", 3 * B, "USD",
            "approx", "2026", "rumored", kind_alt=["acquisition"], note="denied report, optional",
            evidence="Palo Duro Infrastructure Partners denied a report that it would pay about $3 billion for a minority stake in Vantage's Frontier campus."),
    ],
    "not_deals": ["$600 billion", "more than $90 billion", "about $410 billion", "$640 billion", "$780 billion", "$10,000",
                  "$240"],
}

ALIASES = {
    "OpenAI": ["OpenAI"],
    "SoftBank": ["SoftBank", "SoftBank Group"],
    "Oracle": ["Oracle", "ORCL"],
    "MGX": ["MGX"],
    "Crusoe": ["Crusoe"],
    "Blue Owl Capital": ["Blue Owl Capital", "Blue Owl"],
    "Primary Digital Infrastructure": ["Primary Digital Infrastructure"],
    "JPMorgan": ["JPMorgan", "JPMorgan Chase"],
    "Lancium": ["Lancium"],
    "CoreWeave": ["CoreWeave"],
    "Nvidia": ["Nvidia"],
    "Microsoft": ["Microsoft"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "DigitalBridge": ["DigitalBridge"],
    "Silver Lake": ["Silver Lake"],
    "Foxconn": ["Foxconn"],
    "Lordstown Motors": ["Lordstown Motors"],
    "Related Digital": ["Related Digital", "Related"],
    "DTE Energy": ["DTE Energy"],
    "MUFG": ["MUFG"],
    "Wertachwerk Energietechnik": ["Wertachwerk Energietechnik", "Wertachwerk Energietechnik GmbH", "Wertachwerk"],
    "Mubadala Capital": ["Mubadala Capital"],
    "Valor Equity Partners": ["Valor Equity Partners"],
    "Brookfield Asset Management": ["Brookfield Asset Management", "Brookfield"],
    "Blackstone": ["Blackstone"],
    "SB Energy": ["SB Energy"],
    "BorderPlex Digital Assets": ["BorderPlex Digital Assets", "BorderPlex"],
    "Stack Infrastructure": ["Stack Infrastructure", "Stack"],
    "Doña Ana County": ["Doña Ana County"],
    "Callahan Divide Water Partners": ["Callahan Divide Water Partners", "Callahan Divide"],
    "Cottonwood Draw Power": ["Cottonwood Draw Power", "Cottonwood Draw"],
    "Palo Duro Infrastructure Partners": ["Palo Duro Infrastructure Partners", "Palo Duro"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
