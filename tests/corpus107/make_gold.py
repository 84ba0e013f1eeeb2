#!/usr/bin/env python3
"""Write gold.json for tests/corpus107 (the hand annotation as a script).

Edit the annotation here, then run: python3 tests/corpus107/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the hundred-and-seventh, held-out test corpus (tests/corpus107/articles/), "
    "written for the tests and independent of the extractor; same format and rules as "
    "tests/corpus15/gold.json, the earlier corpora and shared/gold/seeds.json. Theme: the debt behind "
    "data centres (asset-backed notes, bond issues, private-credit loans, bank construction loans, "
    "Schuldscheine, green bonds, repricings; Landesbanken and insurers lending to data centres). "
    "One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an "
    "error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | "
    "up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the "
    "same deal's amount as another article (or the same article) states it in another currency or at "
    "another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), "
    "resolved against the article's publication date ('published', from the article's own date marker, "
    "dateline, <time datetime>, issue line or visible byline date, or null when the article has none); "
    "quarters, half-years and seasons become the year; a cancelled deal keeps the date of the original "
    "agreement or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' "
    "lists other acceptable kinds; 'note' explains a judgement call. Loans, bond and ABS issues and "
    "Schuldscheine are kind 'other' (kind_alt 'investment' where a lender or buyer is named); an issue "
    "lists the issuer and, where named, the arranger or anchor buyer. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: "
    "Taubergrund Datacenter GmbH, Grauspecht Versicherung AG, Kaltenmoor Compute AG, Ampergrund Compute "
    "GmbH, Weserauen Datacenter GmbH, Lechfeld Rechenpark GmbH, Niersgrund Compute, Nordhalle Cloud, "
    "Wetterau Kältebau, Kinzignetz, Wapanucka Compute, Chuckwalla Fabric, Lambert Crane Cloud, Pecos "
    "Anvil Turbines, Brackenridge Hollow Infrastructure, Thurlestone Data, Quintaro Labs; invented publications, "
    "research houses, rating agency, law firms, advertisers and persons are listed in "
    "invented_names.txt and README.md; the deals of real companies are partly real, partly invented or "
    "shifted. Nothing here is reporting."
)

ALIASES = {
    "Taubergrund Datacenter": ["Taubergrund Datacenter GmbH", "Taubergrund Datacenter", "Taubergrund"],
    "Helaba": ["Helaba", "Landesbank Hessen-Thüringen"],
    "Stadt Maintal": ["Stadt Maintal", "Maintal"],
    "JPMorgan": ["JPMorgan", "JPMorgan Chase", "J.P. Morgan", "JPMorgan Chase & Co."],
    "Crusoe": ["Crusoe", "Crusoe Energy", "Crusoe Energy Systems"],
    "Blue Owl Capital": ["Blue Owl Capital", "Blue Owl", "Blue Owl Capital Inc."],
    "Primary Digital Infrastructure": ["Primary Digital Infrastructure", "Primary Digital"],
    "Oracle": ["Oracle", "Oracle Corp."],
    "Morgan Stanley": ["Morgan Stanley"],
    "xAI": ["xAI", "X.AI Corp.", "xAI Holdings"],
    "SpaceX": ["SpaceX", "Space Exploration Technologies"],
    "Meta": ["Meta", "Meta Platforms", "Meta Platforms Inc."],
    "Beignet Investor": ["Beignet Investor", "Beignet Investor LLC", "Beignet"],
    "Pimco": ["Pimco", "Pacific Investment Management Co."],
    "Grauspecht Versicherung": ["Grauspecht Versicherung AG", "Grauspecht Versicherung", "Grauspecht"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "Aligned Data Centers": ["Aligned Data Centers", "Aligned"],
    "Macquarie Asset Management": ["Macquarie Asset Management", "Macquarie"],
    "Stack Infrastructure": ["Stack Infrastructure", "Stack", "Stack EMEA"],
    "Switch": ["Switch", "Switch Inc."],
    "Blackstone": ["Blackstone", "Blackstone Credit", "Blackstone Inc."],
    "Wapanucka Compute": ["Wapanucka Compute", "Wapanucka"],
    "Ares Management": ["Ares Management", "Ares", "Ares Management Corp."],
    "Chuckwalla Fabric": ["Chuckwalla Fabric", "Chuckwalla", "Chuckwalla Fabric Inc."],
    "Lambert Crane Cloud": ["Lambert Crane Cloud", "Lambert Crane"],
    "Pecos Anvil Turbines": ["Pecos Anvil Turbines", "Pecos Anvil"],
    "Brackenridge Hollow Infrastructure": ["Brackenridge Hollow Infrastructure", "Brackenridge Hollow"],
    "Apollo": ["Apollo", "Apollo Global Management"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Kaltenmoor Compute": ["Kaltenmoor Compute AG", "Kaltenmoor Compute", "Kaltenmoor"],
    "NordLB": ["NordLB", "Norddeutsche Landesbank"],
    "BayernLB": ["BayernLB", "Bayerische Landesbank"],
    "LBBW": ["LBBW", "Landesbank Baden-Württemberg"],
    "Ampergrund Compute": ["Ampergrund Compute GmbH", "Ampergrund Compute", "Ampergrund"],
    "Gemeinde Sulzemoos": ["Gemeinde Sulzemoos", "Sulzemoos"],
    "MUFG": ["MUFG", "Mitsubishi UFJ Financial Group"],
    "Thurlestone Data": ["Thurlestone Data", "Thurlestone"],
    "Quintaro Labs": ["Quintaro Labs", "Quintaro"],
    "AI Infrastructure Partnership": ["AI Infrastructure Partnership", "AIP"],
    "Weserauen Datacenter": ["Weserauen Datacenter GmbH", "Weserauen Datacenter", "Weserauen"],
    "Lechfeld Rechenpark": ["Lechfeld Rechenpark GmbH", "Lechfeld Rechenpark"],
    "Niersgrund Compute": ["Niersgrund Compute", "Niersgrund"],
    "Nordhalle Cloud": ["Nordhalle Cloud", "Nordhalle"],
    "Wetterau Kältebau": ["Wetterau Kältebau", "Wetterau Kältebau GmbH"],
    "Kinzignetz": ["Kinzignetz", "Kinzignetz GmbH"],
    "Stadt Bruchköbel": ["Stadt Bruchköbel", "Bruchköbel"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("term", "per", "alt_amounts", "kind_alt", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


B, M = 1_000_000_000, 1_000_000

ARTICLES = {}

# ---------------------------------------------------------------- 001 de
ARTICLES["001_taubergrund_helaba_hochstaedter.txt"] = {
    "published": "2024-03-14",
    "published_note": "from the dateline 'Maintal, 14. März (ha)' and the year in '© Hochstädter Anzeiger 2024'; 'am Mittwoch' -> 2024-03-13",
    "language": "de",
    "deals": [
        deal("helaba-taubergrund-loan-2024", ["Helaba", "Taubergrund Datacenter"], "other", 380 * M, "EUR",
             "exact", "2024-03-13", "signed",
             "Die Taubergrund Datacenter GmbH hat am Mittwoch einen Baukredit über 380 Millionen Euro unterschrieben, den ein Bankenkonsortium unter Führung der Landesbank Hessen-Thüringen (Helaba) bereitstellt.",
             term=["2024-03", "2029-03"], kind_alt=["investment"],
             note="construction loan from a Helaba-led consortium (two unnamed Sparkassen); five-year term in the next paragraph; refinanced by the 2026 green bond (020), a different deal of the same pair"),
        deal("taubergrund-maintal-phase1", ["Taubergrund Datacenter"], "capex_plan", 520 * M, "EUR",
             "approx", "2024-03", "planned",
             "Insgesamt will Taubergrund in den ersten Bauabschnitt rund 520 Millionen Euro stecken.",
             kind_alt=["project"],
             note="total spend on the first phase (includes the loan-financed part); only the spender; announcement date not given -> month of the article; different from the €700m second phase (020)"),
        deal("maintal-taubergrund-land", ["Stadt Maintal", "Taubergrund Datacenter"], "acquisition", None, None,
             None, "2023", "completed",
             "Das knapp neun Hektar große Grundstück hatte die Stadt bereits im vergangenen Herbst an Taubergrund verkauft; über den Kaufpreis haben beide Seiten Stillschweigen vereinbart.",
             required=False, kind_alt=["other"],
             note="land sale without a price; 'im vergangenen Herbst' -> 2023; optional because no amount"),
    ],
    "not_deals": ["185 Euro pro Quadratmeter", "bis zu 1,8 Millionen Euro im Jahr", "rund 112 Millionen Euro",
                  "10.000 Euro"],
}

# ---------------------------------------------------------------- 002 en
ARTICLES["002_crusoe_abilene_caprock_en.txt"] = {
    "published": "2025-05-21",
    "published_note": "from the byline 'Updated May 21, 2025 07:10 CT'; 'on Tuesday' -> 2025-05-20; 'in March' (the venture) -> 2025-03; 'Last year' -> 2024",
    "language": "en",
    "deals": [
        deal("jpmorgan-crusoe-abilene-loan", ["JPMorgan", "Crusoe", "Blue Owl Capital"], "other", 7.1 * B, "USD",
             "exact", "2025-05-20", "signed",
             "JPMorgan Chase has agreed to lend $7.1 billion to the joint venture building out the site, the partners said on Tuesday, money that will pay for six more data halls and the substation work needed to feed them.",
             kind_alt=["investment"], alt_amounts=[alt(6.3 * B, "EUR")],
             note="borrower is 'the joint venture' of Crusoe, Blue Owl Capital and Primary Digital Infrastructure (next paragraph); parties list the lender and the two JV partners the other articles name; 010 states it as about €6.3bn (alt_amounts)"),
        deal("jpmorgan-crusoe-abilene-loan-2024", ["JPMorgan", "Crusoe", "Blue Owl Capital"], "other", 2.3 * B, "USD",
             "exact", "2024", "signed",
             "Last year JPMorgan put up $2.3 billion to pay for the initial pair of buildings, so its total commitment to the project now stands at $9.4 billion, a figure that would have been unthinkable for a single West Texas real-estate project only a few years ago.",
             kind_alt=["investment"],
             note="the bank's first loan for the site ('Last year' -> 2024); a different deal of the same parties; the $9.4bn total is a not_deal"),
        deal("crusoe-blueowl-abilene-jv", ["Crusoe", "Blue Owl Capital", "Primary Digital Infrastructure"],
             "joint_venture", 15 * B, "USD", "exact", "2025-03", "signed",
             "The venture dates from March, when three partners pooled $15 billion of debt and equity for the build-out: Crusoe, the New York lender Blue Owl Capital and an investor called Primary Digital Infrastructure.",
             kind_alt=["investment", "project"],
             note="partners named after the colon; 'March' -> 2025-03; 019 mentions the venture again without an amount"),
        deal("oracle-abilene-lease", ["Oracle", "Crusoe"], "other", None, None, None, None, "signed",
             "Oracle has leased the entire campus and will run it for OpenAI as part of the Stargate effort.",
             required=False, kind_alt=["cloud_contract"],
             note="lease of the campus from the Crusoe venture; value never published ('Neither company would say what the lease is worth'); optional"),
    ],
    "not_deals": ["$9.4 billion", "$1.9 billion", "4 cents a kilowatt-hour", "$2.8 billion"],
}

# ---------------------------------------------------------------- 003 en
ARTICLES["003_xai_debt_spreadwatch_en.txt"] = {
    "published": "2025-06-24",
    "published_note": "from the time stamp 'Jun 24 2025 · 18:42 EDT' and the dateline 'NEW YORK, June 24'",
    "language": "en",
    "deals": [
        deal("morgan-stanley-xai-debt", ["Morgan Stanley", "xAI"], "other", 5 * B, "USD", "exact", "2025",
             "negotiating",
             "NEW YORK, June 24 (Spreadwatch) - Morgan Stanley is sounding out investors for a $5 billion debt package for Elon Musk's artificial-intelligence company xAI, according to three people familiar with the deal, in one of the largest financings yet for a business that until now has relied on equity.",
             kind_alt=["investment"], alt_amounts=[alt(4.3 * B, "EUR")],
             note="marketing from sources, not yet placed; Morgan Stanley arranges and places (no own balance sheet); completed on 2025-07-01 (004, with €4.3bn -> alt_amounts) and restated in 009; the talks date only the year so that the shared id's dates agree with the placement"),
        deal("xai-equity-2025", ["xAI"], "investment", 4.3 * B, "USD", "approx", "2025-06", "negotiating",
             "Separately, xAI is trying to raise roughly $4.3 billion in new equity, according to one of the people, to help pay for the expansion of its Colossus supercomputer in Memphis, Tennessee.",
             note="equity raise sought from unnamed investors; only xAI as party"),
    ],
    "not_deals": ["about $14 billion", "roughly $1 billion a month", "around $500 million"],
}

# ---------------------------------------------------------------- 004 de
ARTICLES["004_xai_schuldenpaket_kreditmarkt.txt"] = {
    "published": "2025-07-02",
    "published_note": "from the time stamp '02.07.2025 - 06:45:10'; 'am Dienstagabend' -> 2025-07-01",
    "language": "de",
    "deals": [
        deal("morgan-stanley-xai-debt", ["Morgan Stanley", "xAI"], "other", 5 * B, "USD", "exact", "2025-07-01",
             "completed",
             "Morgan Stanley hat am Dienstagabend die Platzierung eines Schuldenpakets über fünf Milliarden Dollar (knapp 4,3 Milliarden Euro) für Elon Musks KI-Firma xAI abgeschlossen.",
             kind_alt=["investment"], alt_amounts=[alt(4.3 * B, "EUR")],
             note="amount in words with EUR conversion; same deal as the marketing in 003"),
        deal("spacex-xai-investment", ["SpaceX", "xAI"], "investment", 2 * B, "USD", "exact", "2025-07",
             "rumored",
             "Insidern zufolge soll zudem das Raumfahrtunternehmen SpaceX, ebenfalls von Musk geführt, zwei Milliarden Dollar in xAI stecken.",
             note="from insiders, unconfirmed; date of the report -> 2025-07"),
    ],
    "not_deals": ["96,5 Cent je Dollar Nennwert", "rund eine Milliarde Dollar pro Monat", "113 Milliarden Dollar",
                  "89 Euro"],
}

# ---------------------------------------------------------------- 005 en html
ARTICLES["005_meta_hyperion_bayoumacon_en.html"] = {
    "published": "2025-10-22",
    "published_note": "from <time datetime='2025-10-22T05:12:00-05:00'> ('October 22, 2025 at 5:12 a.m. CDT') and the meta tag; 'on Tuesday' -> 2025-10-21; 'Last week' -> 2025-10",
    "language": "en",
    "deals": [
        deal("meta-blueowl-hyperion-jv", ["Meta", "Blue Owl Capital"], "joint_venture", 27 * B, "USD", "approx",
             "2025-10-21", "signed",
             "On Tuesday Meta Platforms and investment funds run by Blue Owl Capital set up a joint venture that will own and build out the Hyperion data center campus near Holly Ridge, a project the companies put at about $27 billion in total development costs.",
             kind_alt=["project", "investment"], alt_amounts=[alt(23.2 * B, "EUR")],
             note="80/20 venture (Blue Owl funds/Meta); the $27bn is the campus's development cost; 006 gives about €23.2bn (alt_amounts), 012 the month only, 016 no amount"),
        deal("beignet-hyperion-bonds", ["Beignet Investor", "Pimco"], "other", 27.3 * B, "USD", "exact", "2025-10",
             "completed",
             "Last week the financing vehicle behind the venture, Beignet Investor LLC, sold $27.3 billion of bonds maturing in 2049, with Pimco buying most of the issue.",
             term=["2025-10", "2049"], kind_alt=["investment"],
             note="bond issue of the Hyperion vehicle, Pimco as anchor buyer (its share not given); 'Last week' -> 2025-10; Morgan Stanley arranged (not a party); distinct from the joint venture"),
        deal("meta-hyperion-lease", ["Meta", "Blue Owl Capital"], "other", None, None, None, "2025-10-21", "signed",
             "Meta will build and operate the campus and rent it from the venture.",
             required=False, kind_alt=["cloud_contract"],
             note="Meta's four-year lease from the venture with a residual value guarantee; 'Neither side put a dollar figure on the lease' -> optional"),
    ],
    "not_deals": ["$39.2 billion", "$733.41", "$1.8 trillion", "$41 million"],
}

# ---------------------------------------------------------------- 006 de
ARTICLES["006_meta_blueowl_boersengasse.txt"] = {
    "published": "2025-10-23",
    "published_note": "from the header 'Marktbericht · 23.10.2025 | 17:35 Uhr'; 'Am Dienstag' -> 2025-10-21; 'in der vergangenen Woche' -> 2025-10",
    "language": "de",
    "deals": [
        deal("meta-blueowl-hyperion-jv", ["Meta", "Blue Owl Capital"], "joint_venture", 23.2 * B, "EUR", "approx",
             "2025-10-21", "signed",
             "Am Dienstag hatten der Facebook-Konzern und der New Yorker Finanzinvestor Blue Owl das Joint Venture rund um den Hyperion-Campus in Louisiana offiziell gemacht, Gesamtvolumen umgerechnet rund 23,2 Milliarden Euro.",
             kind_alt=["project", "investment"], alt_amounts=[alt(27 * B, "USD")],
             note="'der Facebook-Konzern' = Meta (named in the previous sentence); EUR conversion of the $27bn in 005"),
        deal("grauspecht-beignet-bonds", ["Grauspecht Versicherung", "Beignet Investor"], "investment", 400 * M,
             "USD", "exact", "2025-10", "completed",
             "Auch die Düsseldorfer Grauspecht Versicherung AG ist dabei: Sie hat nach eigenen Angaben in der vergangenen Woche Beignet-Anleihen über 400 Millionen Dollar gezeichnet, umgerechnet etwa 345 Millionen Euro.",
             kind_alt=["other"], alt_amounts=[alt(345 * M, "EUR")],
             note="the insurer's purchase of part of the Hyperion bonds (Beignet Investor named in the next sentence); a part of the bond issue in 005 but a deal of its own with its own buyer"),
    ],
    "not_deals": ["47,5 bis 50,5 Milliarden Dollar", "850 Dollar", "rund 20 Milliarden Euro",
                  "9,90 Euro monatlich"],
}

# ---------------------------------------------------------------- 007 en
ARTICLES["007_dc_credit_week_tranche_en.txt"] = {
    "published": "2024-02-09",
    "published_note": "from the issue line 'Week 6 · Friday 9 February 2024'; 'on Wednesday' -> 2024-02-07; 'last month' -> 2024-01",
    "language": "en",
    "deals": [
        deal("vantage-abs-2024", ["Vantage Data Centers"], "other", 1.3 * B, "USD", "exact", "2024-02-07",
             "completed",
             "Vantage Data Centers priced $1.3 billion of asset-backed notes on Wednesday, secured on leases at eleven stabilised facilities in Virginia, Oregon and California.",
             note="ABS issue, only the issuer; priced = done"),
        deal("aligned-macquarie-2024", ["Aligned Data Centers", "Macquarie Asset Management"], "investment", 12 * B,
             "USD", "at_least", "2024-01", "signed",
             "The number that still has people talking: Aligned Data Centers said last month it had lined up more than $12 billion of new equity and debt, with funds managed by Macquarie Asset Management leading the equity portion.",
             kind_alt=["other"],
             note="equity and debt package, Macquarie leads the equity; 'more than' -> at_least; different from Macquarie's 2025 sale of Aligned (014, 015)"),
        deal("stack-abs-2024", ["Stack Infrastructure"], "other", 800 * M, "USD", "range", "2024-02", "negotiating",
             "Stack Infrastructure is sounding out investors for between $800 million and $900 million of notes backed by its Northern Virginia portfolio, two bankers told us.",
             amount_max=900 * M,
             note="notes being marketed, not launched; different from Stack's 2026 euro green notes (013)"),
        deal("switch-repricing-2024", ["Switch"], "other", 2.9 * B, "USD", "exact", "2024-02", "signed",
             "Switch has repriced its $2.9 billion term loan B, cutting the margin by 50 basis points.",
             required=False,
             note="repricing of an existing loan, 'No new money changes hands'; optional"),
        deal("blackstone-wapanucka-loan", ["Blackstone", "Wapanucka Compute"], "other", 640 * M, "USD", "exact",
             "2024-02", "completed",
             "Wapanucka Compute, an Oklahoma City start-up building a 120-megawatt site near Ardmore, closed a $640 million construction loan from Blackstone Credit.",
             kind_alt=["investment"],
             note="'Blackstone Credit' = Blackstone; closed in the week of the letter -> 2024-02"),
        deal("wapanucka-cloud-lease", ["Wapanucka Compute"], "other", None, None, None, None, "signed",
             "The company's chief executive, Brantley Achebe-Lowry, said the loan was sized off a signed lease with \"an investment-grade cloud provider\" he would not name.",
             required=False, kind_alt=["cloud_contract"],
             note="lease with an unnamed tenant, no amount; optional"),
    ],
    "not_deals": ["$310 million a year", "$9.1 billion", "$215", "$249"],
}

# ---------------------------------------------------------------- 008 en
ARTICLES["008_chuckwalla_ares_saguaro_en.txt"] = {
    "published": "2026-02-10",
    "published_note": "from 'Posted Feb. 10, 2026, 6:02 p.m. MST'; 'last month' -> 2026-01; 'on Monday' -> 2026-02-09; 'last summer' -> 2025",
    "language": "en",
    "deals": [
        deal("ares-chuckwalla-loan", ["Ares Management", "Chuckwalla Fabric"], "other", 1.5 * B, "USD", "approx",
             "2026", "negotiating",
             "Ares Management is in advanced talks to lend Chuckwalla roughly $1.5 billion for the first two halls of its campus west of the White Tank Mountains.",
             kind_alt=["investment"], alt_amounts=[alt(1.6 * B, "USD"), alt(1.4 * B, "EUR")],
             note="talks from two sources (next sentence); signed on 2026-05-18 at $1.6bn (018, alt_amounts); the talks date only the year so that the shared id's dates agree with the signing"),
        deal("lambert-chuckwalla-lease", ["Lambert Crane Cloud", "Chuckwalla Fabric"], "other", 180 * M, "USD",
             "approx", "2026-01", "signed",
             "Chuckwalla has already signed up Lambert Crane Cloud, a Seattle GPU cloud provider, which agreed last month to pay about $180 million a year for 15 years to occupy the first phase.",
             per="year", term=["2027", "2042"], kind_alt=["cloud_contract"],
             note="yearly rent over 15 years from the hand-over in late 2027 (next sentence); 018 mentions the tenant again without an amount"),
        deal("quintaro-lambert-compute", ["Quintaro Labs", "Lambert Crane Cloud"], "cloud_contract", 2.2 * B, "USD",
             "up_to", "2025-12", "signed",
             "Lambert Crane, in turn, has its own customer lined up: in December it signed a four-year compute contract worth up to $2.2 billion with Quintaro Labs, a San Francisco AI lab that trains video models.",
             term=["2025-12", "2029-12"],
             note="GPU cloud contract of the tenant with its own customer; 'in December' in a February 2026 article -> 2025-12; four years from the signing (start not stated precisely)"),
        deal("chuckwalla-pecos-turbines", ["Chuckwalla Fabric", "Pecos Anvil Turbines"], "supply", 410 * M, "USD",
             "exact", "2026-02-09", "signed",
             "Rather than wait years for a grid connection from the utility, Chuckwalla on Monday placed a $410 million order with Pecos Anvil Turbines of Odessa, Texas, for gas-fired generators that will run on site until transmission lines arrive.",
             note="'on Monday' -> 2026-02-09"),
        deal("brackenridge-chuckwalla-sale", ["Brackenridge Hollow Infrastructure", "Chuckwalla Fabric"],
             "acquisition", 2.1 * B, "USD", "approx", "2025", "cancelled",
             "The financing push follows the collapse last summer of talks to sell Chuckwalla to Brackenridge Hollow Infrastructure, a Denver fund, for about $2.1 billion including debt.",
             note="failed sale talks; 'last summer' -> 2025 (a season becomes the year)"),
    ],
    "not_deals": ["$11 million per megawatt", "$2.3 million per connection", "$1.2 million"],
}

# ---------------------------------------------------------------- 009 en
ARTICLES["009_xai_chip_vehicle_couponstreet_en.txt"] = {
    "published": "2025-10-08",
    "published_note": "from the time stamp 'October 8, 2025 | 11:27 GMT' (dateline 'NEW YORK, Oct 7'); 'In July' -> 2025-07",
    "language": "en",
    "deals": [
        deal("apollo-xai-chip-vehicle", ["Apollo", "xAI"], "other", 12.5 * B, "USD", "approx", "2025-10",
             "negotiating",
             "NEW YORK, Oct 7 (Coupon Street) – Apollo Global Management is negotiating to provide part of roughly $12.5 billion of debt for a special-purpose vehicle that will buy Nvidia processors and rent them to Elon Musk's xAI, said three people briefed on the plans.",
             kind_alt=["investment"],
             note="Apollo in talks to lend into the $12.5bn debt of the chip vehicle that leases to xAI; its own share is not given, so the amount is the debt package"),
        deal("nvidia-xai-vehicle-equity", ["Nvidia", "xAI"], "investment", 2 * B, "USD", "up_to", "2025-10",
             "rumored",
             "Nvidia itself could contribute up to $2 billion of the vehicle's equity, the people said, a step that would tie the chipmaker more closely to one of its biggest customers.",
             note="equity in the xAI chip vehicle, from sources"),
        deal("xai-chip-vehicle-total", ["xAI"], "investment", 20 * B, "USD", "approx", "2025-10", "planned",
             "All told, the vehicle is meant to raise about $20 billion.",
             required=False, kind_alt=["other"],
             note="total of the vehicle's equity and debt (contains the $12.5bn debt and Nvidia's up to $2bn); optional"),
        deal("morgan-stanley-xai-debt", ["Morgan Stanley", "xAI"], "other", 5 * B, "USD", "exact", "2025-07",
             "completed",
             "In July, Morgan Stanley placed $5 billion of bonds and loans for the company, a deal that needed sweeteners before it cleared.",
             kind_alt=["investment"],
             note="restated; 'the company' = xAI; 'In July' -> 2025-07"),
    ],
    "not_deals": ["104 cents on the dollar", "about $200 billion", "around $3 million",
                  "$4.5 trillion"],
}

# ---------------------------------------------------------------- 010 de
ARTICLES["010_versicherer_kaltenmoor_fremdkapital.txt"] = {
    "published": "2025-06-12",
    "published_note": "from the issue line 'KW 24 | 12.6.2025'; 'vergangene Woche' -> 2025-06; 'Im Mai' -> 2025-05",
    "language": "de",
    "deals": [
        deal("grauspecht-kaltenmoor-schuldschein", ["Grauspecht Versicherung", "Kaltenmoor Compute"], "other",
             250 * M, "EUR", "exact", "2025-06", "signed",
             "Jüngstes Beispiel: Die Grauspecht Versicherung hat der Kaltenmoor Compute AG aus Ludwigsfelde vergangene Woche ein Schuldscheindarlehen über 250 Millionen Euro mit 15 Jahren Laufzeit gewährt.",
             term=["2025", "2040"], kind_alt=["investment"],
             note="Schuldschein loan, 15 years; 'vergangene Woche' -> 2025-06; different from Kaltenmoor's green bond with NordLB (012)"),
        deal("kaltenmoor-anchor-lease", ["Kaltenmoor Compute"], "other", None, None, None, None, "signed",
             "Kaltenmoor baut südlich von Berlin einen Campus mit zunächst 48 Megawatt, Ankermieter ist ein großer US-Cloudkonzern, dessen Namen das Unternehmen nicht nennt.",
             required=False, kind_alt=["cloud_contract"],
             note="lease with an unnamed anchor tenant, no amount; optional"),
        deal("jpmorgan-crusoe-abilene-loan", ["JPMorgan", "Crusoe", "Blue Owl Capital"], "other", 6.3 * B, "EUR",
             "approx", "2025-05", "signed",
             "Zum Vergleich: Im Mai gab JPMorgan dem Abilene-Projekt von Crusoe und Blue Owl Kredite über umgerechnet rund 6,3 Milliarden Euro – die Bank allein, ohne Konsortium.",
             kind_alt=["investment"], alt_amounts=[alt(7.1 * B, "USD")],
             note="restated in EUR; the $7.1bn loan of 2025-05-20 (002); 'Im Mai' -> 2025-05"),
    ],
    "not_deals": ["rund 61 Milliarden Euro", "38 Millionen Euro", "rund 1,8 Billionen Euro"],
}

# ---------------------------------------------------------------- 011 de html
ARTICLES["011_ampergrund_bayernlb_amperland.html"] = {
    "published": "2026-01-21",
    "published_note": "from the visible byline 'Quirin Hasenöhrl · 21.01.2026 - 14:01:12' and <meta name=date>; 'am Dienstag' -> 2026-01-20",
    "language": "de",
    "deals": [
        deal("bayernlb-ampergrund-loan", ["BayernLB", "LBBW", "Ampergrund Compute"], "other", 1.1 * B, "EUR",
             "exact", "2026-01-20", "signed",
             "Ein Konsortium aus BayernLB und LBBW stellt der Ampergrund Compute GmbH 1,1 Milliarden Euro für den Bau ihres Rechenzentrumscampus bei Sulzemoos bereit; die Verträge wurden am Dienstag in München unterzeichnet.",
             kind_alt=["investment"], alt_amounts=[alt(1.3 * B, "USD")],
             note="construction loan of two Landesbanken; 013 gives $1.3bn (alt_amounts) and the month, 017 restates it undated"),
        deal("ampergrund-sulzemoos-phase1", ["Ampergrund Compute"], "capex_plan", 1.6 * B, "EUR", "approx",
             "2026-01", "planned",
             "Die Gesamtkosten für diese erste Ausbaustufe beziffert Ampergrund auf rund 1,6 Milliarden Euro.",
             kind_alt=["project"],
             note="total cost of the first phase, includes the loan-financed part; only the spender"),
        deal("ampergrund-sulzemoos-heat", ["Ampergrund Compute", "Gemeinde Sulzemoos"], "partnership", None, None,
             None, None, "planned",
             "Die Abwärme der Server soll künftig in ein neues Nahwärmenetz fließen, das die Gemeinde aufbauen will; eine Absichtserklärung liegt vor, Zahlen nennt bislang niemand.",
             required=False, kind_alt=["supply"],
             note="letter of intent on waste heat, no amount, no date; optional"),
    ],
    "not_deals": ["rund 2,5 Millionen Euro im Jahr", "14,8 Millionen Euro", "399 Euro pro Person"],
}

# ---------------------------------------------------------------- 012 de ticker
ARTICLES["012_anleihen_ticker_orderbuch.txt"] = {
    "published": "2025-10-30",
    "published_note": "from the ticker header 'Donnerstag, 30.10.2025'; entries of the day -> 2025-10-30; 'vergangene Woche' -> 2025-10",
    "language": "de",
    "deals": [
        deal("meta-bond-2025-10", ["Meta"], "other", 30 * B, "USD", "exact", "2025-10-30", "completed",
             "Es ist vollbracht: Meta hat die 30-Milliarden-Dollar-Anleihe am Nachmittag untergebracht, in sechs Tranchen zwischen fünf und 40 Jahren Laufzeit.",
             note="compound amount '30-Milliarden-Dollar-Anleihe'; announced at 08:05 (same amount) and placed at 16:40 -> one deal, completed; Morgan Stanley and Bank of America lead (not parties); the 125bn order book is a not_deal"),
        deal("meta-blueowl-hyperion-jv", ["Meta", "Blue Owl Capital"], "joint_venture", 27 * B, "USD", "exact",
             "2025-10", "signed",
             "Hintergrund zur Meta-Emission: Erst vergangene Woche hatte der Konzern sein Hyperion-Rechenzentrum in Louisiana über ein Gemeinschaftsunternehmen mit Blue Owl finanziert, Volumen 27 Milliarden Dollar.",
             kind_alt=["project", "investment"],
             note="restated; 'der Konzern' = Meta; 'vergangene Woche' -> 2025-10 (month only)"),
        deal("vantage-jpmorgan-mufg-loans", ["JPMorgan", "MUFG", "Vantage Data Centers"], "other", 38 * B, "USD",
             "exact", "2025-10", "negotiating",
             "Insidern zufolge arbeiten JPMorgan und MUFG an Darlehen von zusammen 38 Milliarden Dollar, mit denen Vantage Data Centers zwei Rechenzentrumsstandorte – einen in Texas, einen in Wisconsin – für den Mieter Oracle bauen will.",
             kind_alt=["investment"],
             note="loan package being arranged, from insiders; Oracle is the tenant, not a party of the loan"),
        deal("kaltenmoor-green-bond", ["Kaltenmoor Compute", "NordLB"], "other", 300 * M, "EUR", "up_to",
             "2025-10-30", "planned",
             "Kaltenmoor Compute: Das Brandenburger Rechenzentrumsunternehmen will bis zu 300 Millionen Euro über einen Green Bond einsammeln, die NordLB begleitet die Emission als Konsortialführerin.",
             note="planned green bond with NordLB as lead manager; different from the 2025 Schuldschein (010)"),
    ],
    "not_deals": ["mehr als 90 Milliarden Dollar", "125 Milliarden Dollar", "15,9 Milliarden Dollar",
                  "1,9 Millionen Euro", "102,3 Milliarden Dollar"],
}

# ---------------------------------------------------------------- 013 en
ARTICLES["013_europe_lenders_covenant_en.txt"] = {
    "published": "2026-02-18",
    "published_note": "from the date line 'London · Wednesday 18 February 2026'; 'In January' -> 2026-01; 'on Monday' -> 2026-02-16; 'last week' -> 2026-02",
    "language": "en",
    "deals": [
        deal("bayernlb-ampergrund-loan", ["BayernLB", "LBBW", "Ampergrund Compute"], "other", 1.3 * B, "USD",
             "exact", "2026-01", "signed",
             "In January BayernLB and LBBW signed a $1.3 billion (€1.1 billion) construction loan for Ampergrund Compute, a developer building a 90MW campus beside the A8 motorway north-west of Munich.",
             kind_alt=["investment"], alt_amounts=[alt(1.1 * B, "EUR")],
             note="restated in USD with EUR; month only"),
        deal("blackstone-thurlestone-loan", ["Blackstone", "Thurlestone Data"], "other", 800 * M, "GBP", "exact",
             "2026-02-16", "signed",
             "Closer to home, Blackstone Credit has agreed a £800 million loan to Thurlestone Data, which is building a 90-megawatt site near Didcot, roughly €920 million at current rates.",
             kind_alt=["investment"], alt_amounts=[alt(920 * M, "EUR")],
             note="signed 'on Monday' (next sentence) -> 2026-02-16; 'Blackstone Credit' = Blackstone"),
        deal("thurlestone-prelet", ["Thurlestone Data"], "other", None, None, None, None, "signed",
             "The loan will fund two buildings pre-let to a hyperscaler; Fitch has assigned Thurlestone a first-time rating of BB with a stable outlook.",
             required=False, kind_alt=["cloud_contract"],
             note="pre-let to an unnamed hyperscaler, no amount; optional; the rating is not a deal"),
        deal("stack-europe-green-notes-2026", ["Stack Infrastructure"], "other", 750 * M, "EUR", "exact", "2026-02",
             "completed",
             "And on the bond side, Stack Infrastructure's European arm priced €750 million of green notes last week, its first public deal in euros, secured on facilities in Milan, Stockholm and Frankfurt.",
             note="'last week' -> 2026-02; different from Stack's 2024 US notes (007)"),
    ],
    "not_deals": ["above €2 billion", "about €24 billion", "£9 million per megawatt",
                  "£2 billion"],
}

# ---------------------------------------------------------------- 014 en
ARTICLES["014_aligned_aip_elmfork_en.txt"] = {
    "published": "2025-10-16",
    "published_note": "from the time stamp 'Oct 16, 2025 07:10'; 'on Wednesday' -> 2025-10-15; 'In August' -> 2025-08",
    "language": "en",
    "deals": [
        deal("aip-aligned-acquisition", ["AI Infrastructure Partnership", "Aligned Data Centers",
                                         "Macquarie Asset Management"], "acquisition", 40 * B, "USD", "exact",
             "2025-10-15", "signed",
             "A consortium called the AI Infrastructure Partnership — whose members include BlackRock and its Global Infrastructure Partners unit, Abu Dhabi's MGX, Microsoft and Nvidia — agreed on Wednesday to acquire Aligned for $40 billion including debt.",
             alt_amounts=[alt(34 * B, "EUR")],
             note="buyer AIP, target Aligned, seller Macquarie Asset Management (next sentence); closing expected by mid-2026; 015 gives about €34bn (alt_amounts)"),
        deal("aligned-abs-2025", ["Aligned Data Centers"], "other", 1.55 * B, "USD", "exact", "2025-08", "completed",
             "In August it sold $1.55 billion of asset-backed notes secured on leased facilities in Texas and Arizona, and it has tapped that market repeatedly since 2021.",
             note="'it' = Aligned (the operator, previous sentence); ABS issue, only the issuer"),
        deal("macquarie-aligned-2018", ["Macquarie Asset Management", "Aligned Data Centers"], "acquisition", None,
             None, None, "2018", "completed",
             "Macquarie bought into Aligned in 2018; under its ownership the platform has expanded to roughly 5 gigawatts spread over 50 campuses, according to the buyers.",
             required=False, kind_alt=["investment"],
             note="background purchase without an amount; optional"),
    ],
    "not_deals": ["$30 billion", "$100 billion", "roughly $1.4 billion", "about $13.5 trillion"],
}

# ---------------------------------------------------------------- 015 de
ARTICLES["015_landesbanken_weserauen_zinsbogen.txt"] = {
    "published": "2025-11-06",
    "published_note": "from the issue line 'Ausgabe vom 6. November 2025' (a Thursday); 'seit Dienstag' -> 2025-11-04; 'Mitte Oktober' -> 2025-10",
    "language": "de",
    "deals": [
        deal("nordlb-weserauen-loan", ["NordLB", "Weserauen Datacenter"], "other", 620 * M, "EUR", "exact",
             "2025-11-04", "signed",
             "Die Landesbank aus Hannover führt ein Konsortium, das der Weserauen Datacenter GmbH 620 Millionen Euro für ein Rechenzentrum im Bremer Industriehafen leiht; die Verträge sind seit Dienstag unterschrieben.",
             kind_alt=["investment"],
             note="'Die Landesbank aus Hannover' = NordLB (previous sentence); consortium members unnamed"),
        deal("weserauen-hyperscaler-lease", ["Weserauen Datacenter"], "other", None, None, None, None, "signed",
             "Weserauen will auf dem Gelände eines früheren Getreidespeichers zunächst 40 Megawatt errichten, ein Hyperscaler hat nach Unternehmensangaben bereits drei Viertel der Fläche für zwölf Jahre gemietet.",
             required=False, kind_alt=["cloud_contract"],
             note="twelve-year lease with an unnamed hyperscaler, no amount; optional"),
        deal("grauspecht-weserauen-stake", ["Grauspecht Versicherung", "Weserauen Datacenter"], "investment",
             200 * M, "EUR", "exact", "2025-11", "rumored",
             "Nicht bestätigt haben sich dagegen Berichte, wonach die Grauspecht Versicherung bei Weserauen mit 200 Millionen Euro als Eigenkapitalgeber einsteigen wolle.",
             required=False,
             note="rumour denied by the insurer ('Wir führen keine Gespräche'); optional"),
        deal("aip-aligned-acquisition", ["AI Infrastructure Partnership", "Aligned Data Centers",
                                         "Macquarie Asset Management"], "acquisition", 34 * B, "EUR", "approx",
             "2025-10", "signed",
             "Mitte Oktober kaufte ein Konsortium um BlackRock, MGX, Microsoft und Nvidia – die AI Infrastructure Partnership – den texanischen Betreiber Aligned Data Centers vom australischen Vermögensverwalter Macquarie Asset Management für rund 34 Milliarden Euro.",
             alt_amounts=[alt(40 * B, "USD")],
             note="restated in EUR, month only ('Mitte Oktober'); 'kaufte' for the signed agreement"),
    ],
    "not_deals": ["mindestens zehn Milliarden Euro", "2,3 Milliarden Euro", "412 Millionen Euro", "148 Euro im Jahr"],
}

# ---------------------------------------------------------------- 016 en
ARTICLES["016_offbalance_hollinshead_en.txt"] = {
    "published": "2025-12-03",
    "published_note": "from the header 'Sector Comment | Technology & Digital Infrastructure / 3 December 2025'; 'In September' -> 2025-09",
    "language": "en",
    "deals": [
        deal("oracle-bond-2025-09", ["Oracle"], "other", 18 * B, "USD", "exact", "2025-09", "completed",
             "In September Oracle raised $18 billion through investment-grade bonds, in eight tranches out to 40 years, to fund its data-centre expansion.",
             note="bond issue, only the issuer"),
        deal("meta-blueowl-hyperion-jv", ["Meta", "Blue Owl Capital"], "joint_venture", None, None, None, None,
             "signed",
             "Meta's Hyperion venture with Blue Owl is the template: the debt sits in a vehicle Meta does not control, secured on a lease that Meta can, in principle, walk away from after four years — at the cost of a residual value guarantee.",
             required=False, kind_alt=["project", "investment"],
             note="restated without amount or date; optional"),
    ],
    "not_deals": ["roughly $455 billion", "about $1.5 trillion", "above $400 billion", "£18,500"],
}

# ---------------------------------------------------------------- 017 de interview
ARTICLES["017_interview_landesbank_rackrundschau.txt"] = {
    "published": None,
    "published_note": "no date anywhere (only 'Lesezeit: 7 Minuten'); all deal dates null ('im Frühjahr' without a year)",
    "language": "de",
    "deals": [
        deal("bayernlb-ampergrund-loan", ["BayernLB", "LBBW", "Ampergrund Compute"], "other", 1.1 * B, "EUR",
             "exact", None, "signed",
             "Zusammen mit der LBBW finanzieren wir dort 1,1 Milliarden Euro, unser Anteil liegt etwas über der Hälfte.",
             kind_alt=["investment"],
             note="'wir' = BayernLB (the interviewee's bank), 'dort' = the Ampergrund campus (question before); undated article"),
        deal("bayernlb-lechfeld-loan", ["BayernLB", "Lechfeld Rechenpark"], "other", 400 * M, "EUR", "range", None,
             "negotiating",
             "Gerade verhandeln wir mit der Lechfeld Rechenpark GmbH über eine Finanzierung zwischen 400 und 450 Millionen Euro für einen Standort bei Augsburg.",
             amount_max=450 * M, kind_alt=["investment"],
             note="'wir' = BayernLB; negotiation, nothing signed"),
        deal("bayernlb-niersgrund-loan", ["BayernLB", "Niersgrund Compute"], "other", 300 * M, "EUR", "exact", None,
             "cancelled",
             "Eine Finanzierung über 300 Millionen Euro für Niersgrund Compute am Niederrhein haben wir im Frühjahr abgesagt, weil der Netzanschluss nicht gesichert war.",
             kind_alt=["investment"],
             note="loan refused by the bank ('abgesagt'); 'im Frühjahr' in an undated article -> null"),
    ],
    "not_deals": ["zehn bis zwölf Millionen Euro pro Megawatt", "2,4 Milliarden Euro", "250.000 Euro im Jahr",
                  "14,90 Euro"],
}

# ---------------------------------------------------------------- 018 de
ARTICLES["018_ares_chuckwalla_renditewerk.txt"] = {
    "published": "2026-05-19",
    "published_note": "from the header 'Renditewerk | Private Markets | 19. Mai 2026, 11:08'; 'am Montag' -> 2026-05-18",
    "language": "de",
    "deals": [
        deal("ares-chuckwalla-loan", ["Ares Management", "Chuckwalla Fabric"], "other", 1.6 * B, "USD", "exact",
             "2026-05-18", "signed",
             "Der Vermögensverwalter Ares Management hat am Montag mit Chuckwalla Fabric einen Kreditvertrag über 1,6 Milliarden Dollar (nach aktuellem Kurs knapp 1,4 Milliarden Euro) unterzeichnet.",
             term=["2026-05", "2033-05"], kind_alt=["investment"], alt_amounts=[alt(1.4 * B, "EUR")],
             note="signing of the loan reported as talks in 008 ('etwa anderthalb Milliarden' then); seven-year term further down"),
        deal("ares-chuckwalla-stake", ["Ares Management", "Chuckwalla Fabric"], "investment", 390 * M, "USD",
             "exact", "2026-05-18", "signed",
             "Zusätzlich übernimmt ein Infrastrukturfonds von Ares für 390 Millionen Dollar eine Minderheitsbeteiligung von 30 Prozent an Chuckwalla.",
             kind_alt=["acquisition"],
             note="30% stake bought alongside the loan (same announcement, 'am Montag'); a different deal of the same pair; the implied $1.3bn valuation is a not_deal"),
        deal("lambert-chuckwalla-lease", ["Lambert Crane Cloud", "Chuckwalla Fabric"], "other", None, None, None,
             None, "signed",
             "Der Ankermieter bleibt der Cloudanbieter Lambert Crane Cloud aus Seattle.",
             required=False, kind_alt=["cloud_contract"],
             note="the lease of 008 restated without amount or date; optional"),
    ],
    "not_deals": ["1,3 Milliarden Dollar", "rund 572 Milliarden Dollar", "164,20 Dollar", "49 Euro"],
}

# ---------------------------------------------------------------- 019 en html
ARTICLES["019_blueowl_crusoe_tickerstone_en.html"] = {
    "published": "2026-08-12",
    "published_note": "from the visible byline 'Aug 12, 2026 · 4:05 PM ET' and <meta name=parsely-pub-date>; 'on Tuesday' -> 2026-08-11; 'December' -> 2025-12",
    "language": "en",
    "deals": [
        deal("blueowl-crusoe-cheyenne", ["Blue Owl Capital", "Crusoe"], "other", 3 * B, "USD", "up_to", "2026-08-11",
             "announced",
             "Blue Owl said on Tuesday it would provide up to $3 billion of construction financing for Crusoe's 1.8-gigawatt campus outside Cheyenne, Wyoming.",
             kind_alt=["investment"],
             note="construction financing (senior loan plus mezzanine); different from the 2025 Abilene venture of the same firms"),
        deal("crusoe-blueowl-abilene-jv", ["Crusoe", "Blue Owl Capital", "Primary Digital Infrastructure"],
             "joint_venture", None, None, None, None, "signed",
             "The two firms already know each other well: Blue Owl is Crusoe's partner, alongside Primary Digital Infrastructure, in the Abilene, Texas, venture that houses capacity for OpenAI.",
             required=False, kind_alt=["investment", "project"],
             note="the 2025 venture (002) restated without amount or date; optional"),
        deal("blueowl-oracle-michigan", ["Blue Owl Capital", "Oracle"], "investment", 10 * B, "USD", "approx",
             "2025-12", "cancelled",
             "Investors still remember December, when Blue Owl walked away from talks to fund Oracle's roughly $10 billion campus in Saline Township, Michigan, and the stock fell to a 52-week low.",
             kind_alt=["other", "project"],
             note="abandoned financing talks; the $10bn is the campus's value; 'December' before August 2026 -> 2025-12"),
    ],
    "not_deals": ["$17.84", "$21", "about $307 billion", "roughly $26.4 billion", "$0.23 per share",
                  "up to $200"],
}

# ---------------------------------------------------------------- 020 de
ARTICLES["020_taubergrund_anleihe_wochenspiegel.txt"] = {
    "published": "2026-11-25",
    "published_note": "from the issue line 'Nr. 48 · Mittwoch, 25. November 2026'; 'am Montag' -> 2026-11-23; 'Im Juni' -> 2026-06; 'Drei Monate später' -> 2026-09; 'im März 2024' -> 2024-03",
    "language": "de",
    "deals": [
        deal("taubergrund-green-bond-2026", ["Taubergrund Datacenter", "Helaba"], "other", 500 * M, "EUR", "exact",
             "2026-11-23", "completed",
             "Die Taubergrund Datacenter GmbH hat am Montag ihre erste grüne Anleihe platziert: 500 Millionen Euro mit sieben Jahren Laufzeit, begleitet von der Helaba als Konsortialführerin.",
             term=["2026-11", "2033-11"],
             note="green bond with Helaba as lead manager; refinances the 2024 construction loan of the same pair (a different deal); the €1.4bn order book is a not_deal"),
        deal("helaba-taubergrund-loan-2024", ["Helaba", "Taubergrund Datacenter"], "other", None, None, None,
             "2024-03", "signed",
             "Mit dem Erlös löst Taubergrund den Baukredit ab, den ein Helaba-Konsortium im März 2024 für den ersten Bauabschnitt gewährt hatte.",
             required=False, kind_alt=["investment"],
             note="the 2024 loan (001) restated without amount; optional"),
        deal("nordhalle-taubergrund-lease", ["Nordhalle Cloud", "Taubergrund Datacenter"], "other", 64 * M, "EUR",
             "approx", "2026-06", "signed",
             "Im Juni hatte Taubergrund den gesamten ersten Bauabschnitt an den Frankfurter Cloudanbieter Nordhalle Cloud vermietet; der Vertrag läuft zehn Jahre und bringt jährlich rund 64 Millionen Euro.",
             per="year", kind_alt=["cloud_contract"],
             note="yearly rent ('jährlich') over ten years; start not given"),
        deal("wetterau-taubergrund-cooling", ["Wetterau Kältebau", "Taubergrund Datacenter"], "supply", 42 * M, "EUR",
             "approx", "2026-09", "signed",
             "Drei Monate später folgte der Auftrag für die Kälteanlagen des zweiten Abschnitts: Wetterau Kältebau aus Friedberg liefert Kühltürme und Pumpentechnik für knapp 42 Millionen Euro.",
             note="date relative to the June lease: 'Drei Monate später' -> 2026-09; 'knapp' -> approx"),
        deal("taubergrund-maintal-phase2", ["Taubergrund Datacenter"], "capex_plan", 700 * M, "EUR", "approx",
             "2026-11", "planned",
             "Für den zweiten Bauabschnitt plant Taubergrund Investitionen von rund 700 Millionen Euro.",
             kind_alt=["project"],
             note="second phase; only the spender; different from the €520m first phase (001)"),
        deal("kinzignetz-umspannwerk", ["Kinzignetz"], "project", 60 * M, "EUR", "approx", "2026-11", "planned",
             "Hanau: Rund 60 Millionen Euro steckt der Verteilnetzbetreiber Kinzignetz in ein zusätzliches Umspannwerk am Industriepark Wolfgang, Baubeginn ist im Frühjahr.",
             kind_alt=["capex_plan"],
             note="short item in 'Kurz notiert'; amount first; construction starts in spring"),
        deal("bruchkoebel-hallenbad-sale", ["Stadt Bruchköbel"], "acquisition", None, None, None, "2026-11",
             "announced",
             "Bruchköbel: Die Stadt verkauft das ehemalige Hallenbad an einen Investor, den Preis nennt sie nicht.",
             required=False, kind_alt=["other"],
             note="sale to an unnamed investor without a price; optional"),
    ],
    "not_deals": ["1,4 Milliarden Euro", "etwa 3,1 Millionen Euro", "25 Millionen Euro", "1.850 Euro"],
}


def main():
    for a in ARTICLES.values():
        for d in a["deals"]:
            for k in ("amount", "amount_max"):
                if isinstance(d[k], float):
                    d[k] = int(round(d[k]))
            for x in d.get("alt_amounts", []):
                x["amount"] = int(round(x["amount"]))
    gold = {"about": ABOUT, "articles": dict(sorted(ARTICLES.items())), "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, {sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
