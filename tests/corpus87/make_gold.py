#!/usr/bin/env python3
"""Write tests/corpus87/gold.json: the hand annotation of the articles in articles/.

Usage: python3 tests/corpus87/make_gold.py
The annotation lives in this script (edit here, then run it). Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the eighty-seventh, held-out test corpus (tests/corpus87/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id in "
    "each. 'required': false marks vague, background or amount-less mentions that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an "
    "error. Amounts are in full units and in the currency the article states; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. "
    "'alt_amounts' gives the same deal's amount as another article (or the same article) states it in another "
    "currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or "
    "YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own date "
    "line, dateline, byline, issue line, or for HTML pages the meta tags / JSON-LD, or null when the article has "
    "none); a cancelled or approved deal keeps the date of the original agreement or filing; 'term' is the period "
    "the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Catharpin Mill Partners, Yowell Farm Trust, Rivanna "
    "Bend Capital, Towaliga Creek Data Centers, Sallis Timberlands, Yazoo Landing Capital, Sweetgum EMC, Dogwood "
    "Cooperative Finance, Wateree Ridge Data Partners, Turkey Branch Timber, Four Holes Electric Cooperative, "
    "Tallapoosa Digital, Bibbs Ferry Industrial Development Board, Sassafras Compute, Cumberland Gap Ventures; "
    "invented publications, people and places are listed in invented_names.txt; the deals of real companies "
    "follow public reports loosely, with details shifted (see README.md). Nothing here is reporting."
)


def deal(id, parties, kind, amount=None, currency=None, qualifier=None, date=None, status="signed",
         required=True, evidence="", amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("kind_alt", "per", "term", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    if extra:
        raise SystemExit(f"unknown keys {sorted(extra)} in {id}")
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


B = 1_000_000_000
M = 1_000_000

ARTICLES = {}

ARTICLES["001_dominion_stonepeak_lynnhaven_en.txt"] = {
    "published": "2024-02-23",
    "published_note": "from the header 'February 23, 2024 | 05:12 ET'; dateline 'Feb 22', 'on Thursday' -> 2024-02-22",
    "language": "en",
    "deals": [
        deal("stonepeak-cvow-stake", ["Stonepeak", "Dominion Energy"], "investment", 3 * B, "USD", "approx",
             "2024-02-22", "signed", kind_alt=["acquisition"], alt_amounts=[alt(2.8 * B, "EUR")],
             note="'The Richmond utility' = Dominion Energy (previous sentence); 50% stake in the CVOW offshore wind "
                  "farm; 002 gives 'knapp 2,8 Milliarden Euro'; restated in 008",
             evidence="The Richmond utility said on Thursday that infrastructure investor Stonepeak will take a 50% "
                      "noncontrolling stake in Coastal Virginia Offshore Wind (CVOW), contributing roughly $3 billion "
                      "over the build-out."),
        deal("dominion-cvow-budget", ["Dominion Energy"], "project", 9.8 * B, "USD", "exact", None, "announced",
             required=False,
             note="project budget restated as background to the stake sale, no date of its own; optional; the "
                  "$11.25bn overrun threshold is a contract term, not a deal",
             evidence="The 176-turbine array, some 27 miles off Virginia Beach, carries a budget of $9.8 billion, and "
                      "Dominion will keep running construction and operations."),
        deal("enbridge-dominion-gas-utilities", ["Enbridge", "Dominion Energy"], "acquisition", 14 * B, "USD",
             "exact", "2023-09", "signed", required=False, alt_amounts=[alt(19 * B, "CAD")],
             note="background: earlier sale of three gas utilities, 'agreed in September' (2023)",
             evidence="The transaction closes out a business review that already yielded the sale of three gas "
                      "distribution utilities to Canada's Enbridge for $14 billion (C$19 billion), agreed in September."),
    ],
    "not_deals": ["$11.25 billion", "$47.36", "close to $40 billion", "54 cents a share", "about $1.1 billion",
                  "roughly $4.72 a month"],
}

ARTICLES["002_cvow_prince_william_windfang.txt"] = {
    "published": "2024-02-29",
    "published_note": "from the issue line 'Ausgabe 9/2024 · Donnerstag, 29. Februar 2024'; 'vergangene Woche' and "
                      "'Mitte Februar' give the month",
    "language": "de",
    "deals": [
        deal("stonepeak-cvow-stake", ["Stonepeak", "Dominion Energy"], "investment", 2.8 * B, "EUR", "approx",
             "2024-02", "signed",
             note="same deal as 001 in EUR ('knapp'); Dominion Energy and 'vergangene Woche' in the next sentence",
             evidence="Der Finanzinvestor Stonepeak übernimmt die Hälfte des Offshore-Windparks Coastal Virginia "
                      "Offshore Wind (CVOW) und steuert dafür knapp 2,8 Milliarden Euro bei."),
        deal("siemensgamesa-cvow-turbines", ["Siemens Gamesa", "Dominion Energy"], "supply", status="signed",
             required=False, note="turbine supply contract, value never disclosed, no date",
             evidence="Die 176 Turbinen stammen aus einem Liefervertrag mit Siemens Gamesa, dessen Volumen die "
                      "Partner nie beziffert haben."),
        deal("catharpin-yowell-land-2024", ["Catharpin Mill Partners", "Yowell Farm Trust"], "acquisition",
             233 * M, "USD", "exact", "2024-02", "completed", kind_alt=["other"],
             note="land purchase in Prince William County, seller and price after the semicolon; different from "
                  "Catharpin Mill's $4.2bn campus plan (008) and the rumoured sale to Rivanna Bend (020); the price "
                  "per acre is not a deal",
             evidence="Der Projektentwickler Catharpin Mill Partners hat Mitte Februar 212 Acres an der Route 234 "
                      "erworben; der Yowell Farm Trust, hinter dem eine alteingesessene Farmerfamilie steht, erhielt "
                      "dafür 233 Millionen Dollar."),
    ],
    "not_deals": ["rund 1,1 Millionen Dollar je Acre", "mehr als 600 Millionen Dollar im Jahr",
                  "rund 220 Millionen Dollar", "149 Euro", "489 Euro", "14 Euro"],
}

ARTICLES["003_corescientific_coreweave_bayouticker_en.txt"] = {
    "published": "2024-06-04",
    "published_note": "from the header 'Jun 4, 2024 · 7:41 AM ET'; 'on Monday' -> 2024-06-03; 'Last month' -> 2024-05",
    "language": "en",
    "deals": [
        deal("coreweave-corescientific-hosting-2024", ["CoreWeave", "Core Scientific"], "cloud_contract",
             3.5 * B, "USD", "approx", "2024-06-03", "signed", kind_alt=["other", "supply"],
             note="12-year hosting contracts; parties and 'disclosed on Monday' in the previous sentence, 'The "
                  "Austin-based company' = Core Scientific; restated in 010; different from the rejected offer and "
                  "the 2025 takeover",
             evidence="The Austin-based company expects the agreements to bring in roughly $3.5 billion of revenue "
                      "over that period."),
        deal("coreweave-corescientific-offer-2024", ["CoreWeave", "Core Scientific"], "acquisition", 1 * B, "USD",
             "approx", "2024", "cancelled",
             note="unsolicited offer rejected by the board (next sentence); the day of the offer is not given -> "
                  "year; $5.75 a share is a price, not a deal",
             evidence="Separately, CoreWeave had offered to buy the whole company for $5.75 a share in cash, a "
                      "proposal worth about $1 billion."),
        deal("blackstone-coreweave-debt-2024", ["Blackstone", "CoreWeave"], "other", 7.5 * B, "USD", "exact",
             "2024-05", "signed", kind_alt=["investment"],
             note="debt financing led by Blackstone; 'the Roseland, New Jersey, group' = CoreWeave; the $19bn "
                  "valuation is not a deal",
             evidence="Last month the Roseland, New Jersey, group lined up $7.5 billion in debt financing led by "
                      "Blackstone, only weeks after a share sale that valued it at $19 billion."),
    ],
    "not_deals": ["$5.75 a share", "$19 billion", "$179.3 million",
                  "between $1.1 million and $1.3 million per megawatt", "$9 from $6", "$5.71", "$2.61", "$5.94",
                  "roughly $1.0 billion", "$0.49 per contract"],
}

ARTICLES["004_meta_richland_tensas_en.html"] = {
    "published": "2024-12-05",
    "published_note": "no visible date; from <meta property='article:published_time'> and JSON-LD datePublished "
                      "2024-12-05; 'Wednesday' -> 2024-12-04",
    "language": "en",
    "deals": [
        deal("meta-richland-2024", ["Meta"], "capex_plan", 10 * B, "USD", "exact", "2024-12-04", "announced",
             kind_alt=["project"], alt_amounts=[alt(9.5 * B, "EUR")],
             note="amount before the company; 005 gives about EUR 9.5bn; restated in 012",
             evidence="A $10 billion data center for artificial intelligence is coming to Richland Parish: Meta "
                      "Platforms will build it on farmland near Holly Ridge, the company and Gov. Jeff Landry "
                      "announced Wednesday in Baton Rouge."),
        deal("entergy-meta-gas-plants", ["Entergy", "Meta"], "project", 3.2 * B, "USD", "approx", "2024-10",
             "planned", kind_alt=["supply"],
             note="three gas plants for the Meta campus, cost stated by the utility; filed 'in late October'; Meta "
                  "pays for the output for 15 years (next sentence); approved in August 2025 (012), the date stays "
                  "at the filing",
             evidence="To power it, Entergy Louisiana filed in late October for permission to build three natural "
                      "gas plants with a combined 2.3 gigawatts, at a cost it puts at about $3.2 billion."),
        deal("meta-capex-2024", ["Meta"], "capex_plan", 38 * B, "USD", "range", "2024-10", "announced",
             amount_max=40 * B, note="capital-spending guidance for 2024, given in October",
             evidence="Meta told investors in October that capital expenditures for 2024 would come in between $38 "
                      "billion and $40 billion, and it has signaled significantly more for next year."),
    ],
    "not_deals": ["up to $4.2 million", "about $82,000 a year", "$11 million", "$7.99 a month"],
}

ARTICLES["005_meta_louisiana_duemmerland.txt"] = {
    "published": "2024-12-06",
    "published_note": "from the line 'Ausgabe vom Freitag, 6. Dezember 2024'; 'am Mittwoch' and 'am selben Tag' -> "
                      "2024-12-04",
    "language": "de",
    "deals": [
        deal("meta-richland-2024", ["Meta"], "capex_plan", 10 * B, "USD", "exact", "2024-12-04", "announced",
             kind_alt=["project"], alt_amounts=[alt(9.5 * B, "EUR")],
             note="same plan as 004, amount in words with EUR in brackets; 'am Mittwoch' in the next sentence",
             evidence="Der Facebook-Konzern Meta will im Nordosten Louisianas zehn Milliarden Dollar (rund 9,5 "
                      "Milliarden Euro) in ein Rechenzentrum für künstliche Intelligenz stecken."),
        deal("entergy-meta-gas-plants", ["Entergy", "Meta"], "project", date="2024", status="planned",
             required=False, kind_alt=["supply"], note="the gas plants of 004 without a cost",
             evidence="Den Strom soll der Versorger Entergy liefern, der dafür drei neue Gaskraftwerke errichten "
                      "will."),
        deal("xai-colossus-expansion", ["xAI"], "project", date="2024-12-04", status="announced", required=False,
             note="expansion plan without an amount; 'am selben Tag' = the Wednesday of the Meta announcement",
             evidence="Rund 400 Kilometer weiter nördlich, in Memphis, kündigte Musks KI-Firma xAI am selben Tag an, "
                      "ihren Supercomputer Colossus auf mindestens eine Million Grafikprozessoren auszubauen."),
        deal("xai-seriesb-2024", ["xAI", "Valor Equity Partners", "Sequoia Capital"], "investment", 6 * B, "USD",
             "exact", "2024-05", "completed",
             note="amount in words, fronted; investors named 'unter anderem'",
             evidence="Geld dafür ist vorhanden: Sechs Milliarden Dollar hatte xAI erst im Mai eingesammelt, unter "
                      "anderem bei Valor Equity Partners und Sequoia Capital."),
        deal("xai-next-round-talks", ["xAI"], "investment", date="2024-12", status="rumored", required=False,
             note="rumoured further round 'in ähnlicher Größenordnung' - no amount stated",
             evidence="Insidern zufolge verhandelt das Unternehmen bereits über eine weitere Runde in ähnlicher "
                      "Größenordnung."),
    ],
    "not_deals": ["rund 30 Millionen Dollar", "40,6 Milliarden Dollar", "581,40 Euro",
                  "mehr als 250 Milliarden Dollar", "1 Euro", "24,90 Euro im Monat"],
}

ARTICLES["006_aws_georgia_piedmont_en.txt"] = {
    "published": "2025-01-09",
    "published_note": "from the issue line 'Vol. 3, No. 2 — Thursday, January 9, 2025'; 'on Tuesday' -> 2025-01-07; "
                      "'just before Christmas' -> 2024-12; 'This week' -> 2025-01",
    "language": "en",
    "deals": [
        deal("aws-georgia-2025", ["Amazon"], "capex_plan", 11 * B, "USD", "exact", "2025-01-07", "announced",
             kind_alt=["project"], alt_amounts=[alt(10.7 * B, "EUR")],
             note="007 gives about EUR 10.7bn; 016 mentions it without amount",
             evidence="Amazon Web Services will put $11 billion into Georgia, the cloud unit announced on Tuesday, "
                      "with new campuses in Butts and Douglas counties for cloud and AI workloads."),
        deal("towaliga-sallis-land-2024", ["Towaliga Creek Data Centers", "Sallis Timberlands"], "acquisition",
             61 * M, "USD", "exact", "2024-12", "completed", kind_alt=["other"],
             note="land purchase; the price per acre is not a deal",
             evidence="Down in Okapilco County, Towaliga Creek Data Centers closed on 540 acres off State Route 16 "
                      "just before Christmas, paying Sallis Timberlands $61 million, or roughly $113,000 an acre, "
                      "about four times what pine land there fetched in 2021."),
        deal("yazoo-towaliga-loan-2025", ["Yazoo Landing Capital", "Towaliga Creek Data Centers"], "other",
             450 * M, "USD", "exact", "2025-01", "signed", kind_alt=["investment"],
             note="construction loan; 'the Macon developer' = Towaliga Creek; restated in 019; different from the "
                  "$1.75bn facility of 2026 (019)",
             evidence="This week the Macon developer found the money to start building: Yazoo Landing Capital, a "
                      "lender from Jackson, Mississippi, has agreed to provide a $450 million construction loan for "
                      "the first two halls."),
        deal("towaliga-campus-plan", ["Towaliga Creek Data Centers"], "capex_plan", 2 * B, "USD", "at_least",
             "2025-01", "planned", kind_alt=["project"],
             note="'could run north of $2 billion' in a quote -> at_least",
             evidence="Odell Vance, Towaliga Creek's president, told us the first 120 MW should be energized during "
                      "the back half of 2026, and that the full campus \"could run north of $2 billion\" once all six "
                      "halls stand."),
        deal("sweetgum-towaliga-talks", ["Sweetgum EMC", "Towaliga Creek Data Centers"], "supply", date="2025-01",
             status="negotiating", required=False,
             note="negotiation of the supply contract that 016 (signed, about $9m a month) and 019 report; kept "
                  "under its own optional id because the first entry of a shared id must carry the amount",
             evidence="Sweetgum EMC, the cooperative that will serve Towaliga Creek, is negotiating a long-term "
                      "supply contract with minimum-bill terms."),
    ],
    "not_deals": ["$296 million", "roughly $113,000 an acre", "$35 million to $50 million", "$95", "$18 monthly",
                  "$180 annually"],
}

ARTICLES["007_amazon_georgia_kursreiher.txt"] = {
    "published": "2025-01-08",
    "published_note": "from the header '08.01.2025 | 16:05 Uhr'; 'am Dienstag' -> 2025-01-07; 'Ende Oktober' -> "
                      "2024-10; 'vor einem Jahr' -> 2024-01",
    "language": "de",
    "deals": [
        deal("aws-georgia-2025", ["Amazon"], "capex_plan", 10.7 * B, "EUR", "approx", "2025-01-07", "announced",
             kind_alt=["project"], note="same plan as 006, stated only in EUR",
             evidence="Wie die Tochter Amazon Web Services am Dienstag mitteilte, fließen in den kommenden Jahren "
                      "rund 10,7 Milliarden Euro in neue Rechenzentren in den Countys Butts und Douglas im "
                      "Bundesstaat Georgia."),
        deal("amazon-capex-2024", ["Amazon"], "capex_plan", 75 * B, "USD", "approx", "2024-10", "announced",
             note="capital-spending plan for 2024 stated by the CEO at the end of October",
             evidence="Vorstandschef Andy Jassy hatte Ende Oktober in Aussicht gestellt, dass der Konzern 2024 rund "
                      "75 Milliarden Dollar investieren werde, und für 2025 noch mehr signalisiert."),
        deal("amazon-mississippi-2024", ["Amazon"], "capex_plan", 10 * B, "USD", "exact", "2024-01", "announced",
             required=False, kind_alt=["project"], note="background: earlier plan, 'vor einem Jahr'",
             evidence="Neu ist die Strategie nicht: Schon vor einem Jahr hatte AWS angekündigt, zehn Milliarden "
                      "Dollar in zwei Rechenzentren in Madison County, Mississippi, zu stecken."),
    ],
    "not_deals": ["222,10 Dollar", "rund 2,3 Billionen Dollar", "27,5 Milliarden Dollar", "250 Dollar", "222,10 $",
                  "1 Euro je Auftrag"],
}

ARTICLES["008_dominion_capex_sandhills_en.txt"] = {
    "published": "2025-02-14",
    "published_note": "from the byline 'Posted February 14, 2025'; 'on Wednesday' -> 2025-02-12; 'last February' -> "
                      "2024-02; 'a year ago' -> 2024; 'last month' -> 2025-01",
    "language": "en",
    "deals": [
        deal("dominion-capex-2025", ["Dominion Energy"], "capex_plan", 50 * B, "USD", "approx", "2025-02-12",
             "announced", term=["2025", "2029"],
             note="five-year plan; the earlier plan is mentioned only as 'a fifth more'",
             evidence="Dominion Energy put a new figure on the table on Wednesday: the Richmond utility now plans "
                      "capital spending of about $50 billion from 2025 through 2029, a fifth more than the plan it "
                      "showed investors a year earlier."),
        deal("stonepeak-cvow-stake", ["Stonepeak", "Dominion Energy"], "investment", 3 * B, "USD", "approx",
             "2024-02", "signed", note="restatement of the 001 deal, 'agreed last February'",
             evidence="Stonepeak's roughly $3 billion for half of CVOW, agreed last February, moved a large slice of "
                      "that project off Dominion's books; without it the plan would look heavier still."),
        deal("catharpin-yowell-land-2024", ["Catharpin Mill Partners", "Yowell Farm Trust"], "acquisition",
             233 * M, "USD", "exact", "2024", "completed", kind_alt=["other"],
             note="restated land purchase of 002 ('a year ago'), in a relative clause of the sentence that also "
                  "gives the campus plan",
             evidence="Catharpin Mill Partners, which paid the Yowell Farm Trust $233 million for 212 acres near "
                      "Route 234 a year ago, filed site plans last month for a campus it says will cost $4.2 billion "
                      "over six years."),
        deal("catharpin-campus-plan", ["Catharpin Mill Partners"], "capex_plan", 4.2 * B, "USD", "exact",
             "2025-01", "planned", kind_alt=["project"], term=["2025", "2031"],
             note="second Catharpin Mill deal in the same sentence; must stay apart from the land purchase",
             evidence="Catharpin Mill Partners, which paid the Yowell Farm Trust $233 million for 212 acres near "
                      "Route 234 a year ago, filed site plans last month for a campus it says will cost $4.2 billion "
                      "over six years."),
    ],
    "not_deals": ["$3.28 to $3.52 a share", "about $8.51 a month", "$640 this year"],
}

ARTICLES["009_wateree_edisto_salkehatchie_en.txt"] = {
    "published": "2025-04-10",
    "published_note": "from the date line 'Thursday, April 10, 2025'; 'on Tuesday night' -> 2025-04-08; 'last month' "
                      "-> 2025-03",
    "language": "en",
    "deals": [
        deal("wateree-edisto-campus", ["Wateree Ridge Data Partners"], "capex_plan", 2.4 * B, "USD", "exact",
             "2025-04-08", "announced", kind_alt=["project"],
             note="campus cost stated by the developer ('the Charlotte developer'), dated to the council vote; the "
                  "fee-in-lieu-of-taxes agreement is a tax abatement (its savings are a not_deal); restated in 020",
             evidence="CEDAR SHOALS — Edisto Forks County Council voted 6-1 on Tuesday night to grant a "
                      "fee-in-lieu-of-taxes agreement to Wateree Ridge Data Partners, clearing the way for a data "
                      "center campus the Charlotte developer says will cost $2.4 billion over eight years."),
        deal("turkeybranch-wateree-land", ["Turkey Branch Timber", "Wateree Ridge Data Partners"], "acquisition",
             38.5 * M, "USD", "exact", "2025-03", "completed", kind_alt=["other"],
             evidence="The site, a former pine plantation along Highway 321, changed hands last month, when Turkey "
                      "Branch Timber sold 1,140 acres to Wateree Ridge for $38.5 million, the deed recorded at the "
                      "courthouse shows."),
        deal("fourholes-wateree-power", ["Four Holes Electric Cooperative", "Wateree Ridge Data Partners"],
             "supply", date="2025", status="signed", required=False, note="value not disclosed",
             evidence="Power will come from Four Holes Electric Cooperative, which said it has signed a service "
                      "agreement with the developer but declined to say what it is worth."),
    ],
    "not_deals": ["roughly $310 million", "$52 million", "$71,000", "about $600 million", "$6.99 a month"],
}

ARTICLES["010_coreweave_corescientific_dithmarscher.txt"] = {
    "published": "2025-07-08",
    "published_note": "from the dateline 'NEW YORK/FRANKFURT, 8. Juli (dwd)' and the copyright line '© 2025'; 'am "
                      "Montag' -> 2025-07-07",
    "language": "de",
    "deals": [
        deal("coreweave-corescientific-2025", ["CoreWeave", "Core Scientific"], "acquisition", 9 * B, "USD",
             "approx", "2025-07-07", "signed", alt_amounts=[alt(7.7 * B, "EUR")],
             note="all-stock takeover; parties in the previous sentence; voted down by shareholders in October "
                  "(013); the implied price per share and the exchange ratio are not deals",
             evidence="Der Wert des Geschäfts liegt bei rund neun Milliarden Dollar, also ungefähr 7,7 Milliarden "
                      "Euro, wie beide Unternehmen am Montag mitteilten."),
        deal("coreweave-corescientific-hosting-2024", ["CoreWeave", "Core Scientific"], "cloud_contract",
             3.5 * B, "USD", "approx", "2024-06", "signed", kind_alt=["other", "supply"],
             note="restatement of the 003 contracts; 'dem heutigen Käufer' = CoreWeave; the cumulative value of all "
                  "later extensions ('jenseits von zehn Milliarden Dollar') is not a deal",
             evidence="Bereits im Juni 2024 hatte Core Scientific dem heutigen Käufer für zwölf Jahre rund 200 "
                      "Megawatt Rechenzentrumsleistung vermietet, das Volumen lag damals bei etwa 3,5 Milliarden "
                      "Dollar."),
    ],
    "not_deals": ["20,40 Dollar je Aktie", "jenseits von zehn Milliarden Dollar", "rund 500 Millionen Dollar",
                  "14,21 Dollar", "981,6 Millionen Dollar"],
}

ARTICLES["011_google_virginia_rackfieber.html"] = {
    "published": "2025-08-28",
    "published_note": "from the visible byline '28.08.2025, 06:45 Uhr', <meta property='article:published_time'> "
                      "and JSON-LD; 'am Mittwoch' -> 2025-08-27; 'Im Juli' -> 2025-07",
    "language": "de",
    "deals": [
        deal("google-virginia-2025", ["Google"], "capex_plan", 9 * B, "USD", "exact", "2025-08-27", "announced",
             kind_alt=["project"], term=[None, "2026-12"], alt_amounts=[alt(7.7 * B, "EUR")],
             note="'am Mittwoch' in the next sentence; EUR in brackets; restated in 015",
             evidence="Google will bis Ende 2026 neun Milliarden Dollar (gut 7,7 Milliarden Euro) zusätzlich in "
                      "Virginia investieren."),
        deal("google-capex-2025", ["Google"], "capex_plan", 85 * B, "USD", "exact", "2025-07", "announced",
             note="Alphabet's raised capital-spending forecast for 2025 (Alphabet = Google)",
             evidence="Die Ankündigung fügt sich in einen gewaltigen Ausgabenplan: Im Juli hatte die Konzernmutter "
                      "Alphabet ihre Prognose für die Investitionsausgaben 2025 auf 85 Milliarden Dollar angehoben."),
        deal("amazon-virginia-2023", ["Amazon"], "capex_plan", 35 * B, "USD", "approx", "2023", "announced",
             required=False, term=[None, "2040"], note="background: earlier pledge, announced 2023",
             evidence="Amazon Web Services hatte bereits 2023 angekündigt, bis 2040 rund 35 Milliarden Dollar in dem "
                      "Bundesstaat zu investieren."),
        deal("coreweave-corescientific-2025", ["CoreWeave", "Core Scientific"], "acquisition", status="signed",
             required=False, note="related-link headline without amount or date",
             evidence="CoreWeave kauft Core Scientific"),
    ],
    "not_deals": ["13,6 Milliarden Dollar", "einer Million Dollar", "rund 11 Dollar im Monat", "2.499 Euro"],
}

ARTICLES["012_entergy_meta_brennwert.txt"] = {
    "published": "2025-08-21",
    "published_note": "from the byline 'Von Okka Brandes | 21.08.2025'; 'am Mittwoch' -> 2025-08-20; 'im Oktober "
                      "vergangenen Jahres' -> 2024-10; 'Ende Juli' -> 2025-07",
    "language": "de",
    "deals": [
        deal("entergy-meta-gas-plants", ["Entergy", "Meta"], "project", 3.2 * B, "USD", "approx", "2024-10",
             "announced", kind_alt=["supply"],
             note="approved 'am Mittwoch' (2025-08-20, previous sentence, with Meta as the customer); the deal date "
                  "stays at the October 2024 filing that 004 reports, so the shared id's dates agree",
             evidence="Die Anlagen mit zusammen rund 2,3 Gigawatt sollen rund 3,2 Milliarden Dollar kosten; "
                      "beantragt hatte Entergy sie im Oktober vergangenen Jahres."),
        deal("meta-richland-2024", ["Meta"], "capex_plan", 10 * B, "USD", "exact", "2024-12", "announced",
             required=False, kind_alt=["project"],
             note="background: the original figure of the December announcement, now superseded ('deutlich mehr')",
             evidence="Statt der ursprünglich genannten zehn Milliarden Dollar geht es inzwischen um deutlich mehr; "
                      "Konzernchef Mark Zuckerberg sprach im Juli davon, die Anlage könne auf bis zu fünf Gigawatt "
                      "wachsen."),
        deal("meta-hyperion-financing-talks", ["Meta", "Pimco", "Blue Owl Capital"], "other", 29 * B, "USD",
             "approx", "2025-08", "rumored", kind_alt=["investment"],
             note="financing talks from insiders; 'der Konzern' = Meta",
             evidence="Insidern zufolge verhandelt der Konzern mit den Finanzinvestoren Pimco und Blue Owl über rund "
                      "29 Milliarden Dollar für das Projekt, überwiegend als Anleihen."),
        deal("meta-capex-2025", ["Meta"], "capex_plan", 66 * B, "USD", "range", "2025-07", "announced",
             amount_max=72 * B, note="capital-spending guidance for 2025",
             evidence="Auf Konzernebene hat Meta die Prognose für die Investitionsausgaben 2025 Ende Juli auf 66 bis "
                      "72 Milliarden Dollar eingeengt."),
    ],
    "not_deals": ["bis zu 6 Dollar im Monat", "2,80 Dollar je MMBtu", "1.290 Euro"],
}

ARTICLES["013_corescientific_vote_deltacrescent_en.txt"] = {
    "published": "2025-10-31",
    "published_note": "from the header 'October 31, 2025 / 6:02 AM CT'; dateline 'Oct 30', 'on Thursday' -> "
                      "2025-10-30 (the vote); 'in July' -> 2025-07; 'Last month' -> 2025-09",
    "language": "en",
    "deals": [
        deal("coreweave-corescientific-2025", ["CoreWeave", "Core Scientific"], "acquisition", 9 * B, "USD",
             "approx", "2025-07", "cancelled",
             note="takeover rejected by the shareholders on 2025-10-30; the deal keeps the date of the July "
                  "agreement",
             evidence="Core Scientific's shareholders rejected the all-stock offer from CoreWeave on Thursday, "
                      "killing a deal of roughly $9 billion that the two companies had struck in July and leaving "
                      "the AI cloud provider a tenant rather than the owner of sites it depends on."),
        deal("coreweave-corescientific-hosting-2024", ["CoreWeave", "Core Scientific"], "cloud_contract",
             date="2024-06", status="signed", required=False, kind_alt=["other", "supply"],
             note="the 2024 contracts mentioned only with their cumulative later total (a not_deal)",
             evidence="The hosting arrangements between the two, which since the first 12-year contracts of June "
                      "2024 have grown to about 590 megawatts and more than $10 billion in expected payments, stay "
                      "in force."),
        deal("coreweave-meta-2025", ["CoreWeave", "Meta"], "cloud_contract", 14.2 * B, "USD", "exact", "2025-09",
             "signed", note="'it' = CoreWeave; same sentence as the capex guidance",
             evidence="Last month it signed a $14.2 billion computing contract with Meta, and it has guided to "
                      "capital expenditure of between $20 billion and $23 billion for 2025, mostly for sites in "
                      "Pennsylvania, Texas and the Southeast."),
        deal("coreweave-capex-2025", ["CoreWeave"], "capex_plan", 20 * B, "USD", "range", "2025", "announced",
             amount_max=23 * B, note="capital-spending guidance for 2025; month of the guidance not given",
             evidence="Last month it signed a $14.2 billion computing contract with Meta, and it has guided to "
                      "capital expenditure of between $20 billion and $23 billion for 2025, mostly for sites in "
                      "Pennsylvania, Texas and the Southeast."),
    ],
    "not_deals": ["more than $10 billion", "about $25 a share", "$21.16", "$132.40", "$30.1 billion"],
}

ARTICLES["014_hut8_riverbend_nordmark.txt"] = {
    "published": "2025-12-18",
    "published_note": "from the date line 'Donnerstag, 18. Dezember 2025'; 'am Mittwoch' -> 2025-12-17; 'Mitte "
                      "November' -> 2025-11",
    "language": "de",
    "deals": [
        deal("hut8-fluidstack-riverbend", ["Hut 8", "Fluidstack"], "other", 6 * B, "EUR", "approx", "2025-12-17",
             "signed", kind_alt=["cloud_contract"], alt_amounts=[alt(7 * B, "USD"), alt(9.7 * B, "CAD"), alt(17.7 * B, "USD")],
             note="15-year lease of the River Bend campus; EUR first, USD and CAD in brackets; 015 adds the value with all "
                  "renewal options (about $17.7bn)",
             evidence="Der Londoner Cloudanbieter Fluidstack mietet dort 245 Megawatt IT-Kapazität für 15 Jahre; das "
                      "Mietvolumen beläuft sich auf rund sechs Milliarden Euro (etwa 7 Milliarden US-Dollar oder 9,7 "
                      "Milliarden kanadische Dollar), wie Hut 8 am Mittwoch mitteilte."),
        deal("anthropic-fluidstack-us-2025", ["Anthropic", "Fluidstack"], "capex_plan", 50 * B, "USD", "exact",
             "2025-11", "announced", kind_alt=["project", "partnership"],
             note="'Er' = Anthropic (previous sentence); spending plan together with Fluidstack",
             evidence="Er hatte Mitte November angekündigt, zusammen mit Fluidstack 50 Milliarden Dollar für eigene "
                      "US-Rechenzentren auszugeben, zunächst in Texas und New York."),
        deal("google-fluidstack-backstop", ["Google", "Fluidstack"], "other", date="2025-12-17", status="signed",
             required=False, note="financial guarantee without disclosed terms",
             evidence="Als Bürge tritt Google auf: Der Konzern übernimmt eine finanzielle Garantie für Fluidstacks "
                      "Mietverpflichtungen."),
    ],
    "not_deals": ["63,20 kanadische Dollar", "rund 14 Millionen Dollar pro Jahr",
                  "10 bis 12 Millionen Dollar je Megawatt"],
}

ARTICLES["015_southern_digest_kilowattrow_en.txt"] = {
    "published": "2025-12-19",
    "published_note": "from the issue line 'Issue 88 · Friday 19 December 2025'; 'on Wednesday' -> 2025-12-17; 'in "
                      "November', 'in late October', 'from August' give the month",
    "language": "en",
    "deals": [
        deal("hut8-fluidstack-riverbend", ["Hut 8", "Fluidstack"], "other", 7 * B, "USD", "approx", "2025-12-17",
             "signed", kind_alt=["cloud_contract"], alt_amounts=[alt(17.7 * B, "USD")],
             note="same lease as 014; 'up to roughly $17.7 billion' with all renewals is an alt amount",
             evidence="Hut 8 signed a 15-year lease with Fluidstack for its River Bend campus north of Baton Rouge "
                      "on Wednesday, worth about $7 billion over the base term and up to roughly $17.7 billion if "
                      "every renewal option is exercised."),
        deal("google-fluidstack-backstop", ["Google", "Fluidstack"], "other", date="2025-12", status="signed",
             required=False, note="guarantee without terms",
             evidence="Anthropic is the end user; Google backstops the rent."),
        deal("duke-capex-2025", ["Duke Energy"], "capex_plan", 103 * B, "USD", "approx", "2025-11", "announced",
             term=["2026", "2030"],
             evidence="Duke Energy now plans to spend about $103 billion on its grid and power plants from 2026 "
                      "through 2030, a figure it laid out with third-quarter results in November; the Carolinas get "
                      "the bulk."),
        deal("southern-capex-2025", ["Southern Company"], "capex_plan", 76 * B, "USD", "exact", "2025-10",
             "announced", note="five-year plan raised 'in late October'",
             evidence="Southern Company moved first, lifting its five-year plan to $76 billion in late October."),
        deal("google-virginia-2025", ["Google"], "capex_plan", 9 * B, "USD", "exact", "2025-08", "announced",
             kind_alt=["project"], note="restatement of 011 ('from August')",
             evidence="Google's $9 billion Virginia commitment from August is moving: Chesterfield County finished "
                      "the rezoning for the new campus this month."),
    ],
    "not_deals": ["$45.19", "near $150 a month", "$1,295"],
}

ARTICLES["016_interview_sweetgum_kupferader.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesezeit: 5 Minuten'); all deal dates are null",
    "language": "de",
    "deals": [
        deal("sweetgum-towaliga-supply", ["Sweetgum EMC", "Towaliga Creek Data Centers"], "supply", 9 * M, "USD",
             "approx", None, "signed", per="month",
             note="minimum bill of the 15-year supply contract named in the previous answer; 'der Entwickler' "
                  "(question) = Towaliga Creek; 'gut neun Millionen' -> approx; 019 mentions the contract again",
             evidence="Die Mindestabnahme liegt bei gut neun Millionen Dollar im Monat, ob die Server laufen oder "
                      "nicht."),
        deal("sweetgum-capex-2030", ["Sweetgum EMC"], "capex_plan", 1.4 * B, "USD", "approx", None, "planned",
             term=[None, "2030"], note="'wir' = Sweetgum EMC",
             evidence="Wir stecken bis 2030 rund 1,4 Milliarden Dollar in Umspannwerke und Leitungen."),
        deal("dogwood-sweetgum-loan", ["Dogwood Cooperative Finance", "Sweetgum EMC"], "other", 600 * M, "USD",
             "exact", None, "signed", kind_alt=["investment"],
             note="loan that finances part of the capex plan; not a part split of an annotated deal (the plan is "
                  "the spending, the loan the financing)",
             evidence="Dafür haben wir bei der Dogwood Cooperative Finance einen Kredit über 600 Millionen Dollar "
                      "abgeschlossen, den Rest tragen Anleihen."),
        deal("aws-georgia-2025", ["Amazon"], "capex_plan", status="announced", required=False,
             kind_alt=["project"], note="Amazon's Georgia plans without amount",
             evidence="Seit Amazon seine Pläne für Georgia verkündet hat, ruft jede Woche ein Entwickler an."),
    ],
    "not_deals": ["zwischen 150.000 und 200.000 Dollar", "138 Dollar im Monat", "312.000 Dollar im Jahr",
                  "212 Millionen Dollar", "96 Euro"],
}

ARTICLES["017_tallapoosa_bonds_coosavalley_en.html"] = {
    "published": "2026-03-12",
    "published_note": "from the visible byline 'Thursday, Mar. 12, 2026', <meta name='pubdate'> and JSON-LD; "
                      "'Wednesday' -> 2026-03-11; 'last month' -> 2026-02",
    "language": "en",
    "deals": [
        deal("bibbsferry-tallapoosa-bonds", ["Bibbs Ferry Industrial Development Board", "Tallapoosa Digital"],
             "other", 1.1 * B, "USD", "up_to", "2026-03-11", "announced", kind_alt=["investment"],
             alt_amounts=[alt(940 * M, "EUR")],
             note="industrial revenue bonds issued by the board for the campus; the tax abatement that comes with "
                  "them is a not_deal; 018 gives about EUR 940m",
             evidence="The Bibbs Ferry Industrial Development Board voted Wednesday to issue up to $1.1 billion in "
                      "revenue bonds for Tallapoosa Digital's planned data center on the old paper mill site, a "
                      "structure that lets the company finance construction through the board while taking a "
                      "20-year property tax abatement."),
        deal("sassafras-tallapoosa-lease", ["Sassafras Compute", "Tallapoosa Digital"], "other", 14 * M, "USD",
             "exact", "2026-02", "signed", per="month", kind_alt=["cloud_contract"],
             note="monthly rent over seven years; landlord = 'The company' (Tallapoosa, previous sentence); "
                  "different from Sassafras' $85m stake in the second building (020)",
             evidence="Sassafras Compute, a Nashville-based GPU cloud provider, agreed last month to lease 40 "
                      "megawatts in the first building for $14 million a month over seven years."),
        deal("alabamapower-tallapoosa-supply", ["Alabama Power", "Tallapoosa Digital"], "supply", date="2026",
             status="announced", required=False, note="terms not disclosed; 'the campus' = Tallapoosa's",
             evidence="Alabama Power will serve the campus under its rate for customers above 100 megawatts; "
                      "neither side disclosed terms."),
    ],
    "not_deals": ["an estimated $212 million", "$78,500", "about $9.4 million", "$89/month"],
}

ARTICLES["018_tallapoosa_sassafras_saaletal.txt"] = {
    "published": "2026-03-13",
    "published_note": "from the dateline 'BIRMINGHAM/FRANKFURT, 13. März 2026 (swt)'; 'am Mittwoch' -> 2026-03-11; "
                      "'Mitte Februar' -> 2026-02",
    "language": "de",
    "deals": [
        deal("bibbsferry-tallapoosa-bonds", ["Bibbs Ferry Industrial Development Board", "Tallapoosa Digital"],
             "other", 1.1 * B, "USD", "up_to", "2026-03-11", "announced", kind_alt=["investment"],
             alt_amounts=[alt(940 * M, "EUR")], note="same bonds as 017; Tallapoosa in the previous sentence",
             evidence="Das Bibbs Ferry Industrial Development Board billigte am Mittwoch Anleihen über bis zu 1,1 "
                      "Milliarden Dollar, umgerechnet rund 940 Millionen Euro."),
        deal("sassafras-tallapoosa-lease", ["Sassafras Compute", "Tallapoosa Digital"], "other", 14 * M, "USD",
             "exact", "2026-02", "signed", per="month", kind_alt=["cloud_contract"],
             note="'Es' = Sassafras Compute (previous sentence), landlord Tallapoosa from context",
             evidence="Es hatte Mitte Februar 40 Megawatt für 14 Millionen Dollar monatlich angemietet, Laufzeit "
                      "sieben Jahre."),
        deal("cumberland-sassafras-round", ["Cumberland Gap Ventures", "Sassafras Compute"], "investment",
             300 * M, "USD", "approx", "2026", "rumored", alt_amounts=[alt(310 * M, "USD")],
             note="rumoured round ('Insidern zufolge', 'das Unternehmen' = Sassafras); closed at $310m in November "
                  "(020, alt amount); dated to the year so that the shared id's dates agree",
             evidence="Insidern zufolge verhandelt das Unternehmen über eine Finanzierungsrunde von rund 300 "
                      "Millionen Dollar, angeführt vom Risikokapitalgeber Cumberland Gap Ventures aus Knoxville."),
    ],
    "not_deals": ["212 Millionen Dollar", "etwa 1,8 Milliarden Dollar", "7,4 Cent je Kilowattstunde"],
}

ARTICLES["019_towaliga_facility_ocmulgee_en.txt"] = {
    "published": "2026-07-16",
    "published_note": "from the byline 'Published 7:30 a.m. ET July 16, 2026'; 'said Tuesday' -> 2026-07-14; "
                      "'last year' -> 2025",
    "language": "en",
    "deals": [
        deal("yazoo-towaliga-facility-2026", ["Yazoo Landing Capital", "Towaliga Creek Data Centers"], "other",
             1.75 * B, "USD", "exact", "2026-07-14", "signed", kind_alt=["investment"],
             note="credit facility; the lead lender Yazoo Landing Capital is named in the next sentence; second "
                  "Yazoo Landing-Towaliga Creek deal, must stay apart from the $450m loan of 2025",
             evidence="Towaliga Creek Data Centers has signed a $1.75 billion credit facility to complete its "
                      "Okapilco County campus, the Macon developer said Tuesday, about 18 months after a much "
                      "smaller loan got its first buildings out of the ground."),
        deal("yazoo-towaliga-loan-2025", ["Yazoo Landing Capital", "Towaliga Creek Data Centers"], "other",
             450 * M, "USD", "exact", "2025-01", "signed", kind_alt=["investment"],
             note="restatement of the 006 loan ('in January 2025'); the borrower from the previous sentence",
             evidence="Yazoo Landing Capital, the Jackson, Mississippi, lender behind that earlier $450 million "
                      "construction loan in January 2025, leads the new facility alongside three regional banks."),
        deal("sweetgum-towaliga-supply", ["Sweetgum EMC", "Towaliga Creek Data Centers"], "supply", date="2025",
             status="signed", required=False, note="the 016 contract without amount; 'the developer' = Towaliga Creek",
             evidence="Sweetgum EMC, which agreed a 15-year supply deal with the developer last year, has started "
                      "work on a second substation next to the site."),
    ],
    "not_deals": ["about $4.8 million a year", "up to $190,000 an acre", "$68,000"],
}

ARTICLES["020_ticker_ki_rechenzentren_kursreiher.txt"] = {
    "published": "2026-11-17",
    "published_note": "from the ticker head 'Dienstag, 17. November 2026'; entries of the day -> 2026-11-17; 'aus dem "
                      "Februar' -> 2026-02",
    "language": "de",
    "deals": [
        deal("cumberland-sassafras-round", ["Cumberland Gap Ventures", "Sassafras Compute"], "investment",
             310 * M, "USD", "exact", "2026-11-17", "completed",
             note="closing of the round rumoured in 018; lead investor after the semicolon",
             evidence="Das Start-up aus Nashville sammelte 310 Millionen Dollar ein; Leadinvestor der Runde, über "
                      "die seit März spekuliert worden war, ist Cumberland Gap Ventures."),
        deal("sassafras-tallapoosa-stake-2026", ["Sassafras Compute", "Tallapoosa Digital"], "investment",
             85 * M, "USD", "exact", "2026-11-17", "signed", kind_alt=["acquisition"],
             note="20% stake in Tallapoosa's second building; second Sassafras-Tallapoosa deal, must stay apart from "
                  "the monthly lease (next sentence)",
             evidence="Außerdem beteiligt sich Sassafras mit 20 Prozent am zweiten Gebäude von Tallapoosa Digital in "
                      "Alabama und zahlt dafür 85 Millionen Dollar."),
        deal("sassafras-tallapoosa-lease", ["Sassafras Compute", "Tallapoosa Digital"], "other", 14 * M, "USD",
             "exact", "2026-02", "signed", per="month", kind_alt=["cloud_contract"],
             note="restated lease of 017/018",
             evidence="Der Mietvertrag über 14 Millionen Dollar im Monat aus dem Februar läuft unverändert weiter."),
        deal("rivanna-catharpin-sale-talks", ["Rivanna Bend Capital", "Catharpin Mill Partners"], "acquisition",
             1.3 * B, "USD", "approx", "2026-11-17", "rumored",
             note="rumour from insiders, parties in the previous sentence; third Catharpin Mill deal (after the "
                  "2024 land purchase and the 2025 campus plan)",
             evidence="Im Gespräch seien rund 1,3 Milliarden Dollar."),
        deal("wateree-edisto-campus", ["Wateree Ridge Data Partners"], "capex_plan", 2.4 * B, "USD", "exact",
             None, "announced", kind_alt=["project"],
             note="restated budget of 009 ('der Entwickler' = Wateree Ridge), no date; the $640m spent so far is a "
                  "cumulative total (not_deal)",
             evidence="Am Gesamtbudget von 2,4 Milliarden Dollar hält der Entwickler fest."),
    ],
    "not_deals": ["2,1 Milliarden Dollar", "insgesamt 640 Millionen Dollar", "gut 329 Dollar pro Megawatt-Tag",
                  "25.000 Euro"],
}

ALIASES = {
    "Stonepeak": ["Stonepeak"],
    "Dominion Energy": ["Dominion Energy", "Dominion", "Dominions"],
    "Enbridge": ["Enbridge"],
    "Siemens Gamesa": ["Siemens Gamesa"],
    "Catharpin Mill Partners": ["Catharpin Mill Partners", "Catharpin Mill"],
    "Yowell Farm Trust": ["Yowell Farm Trust"],
    "Rivanna Bend Capital": ["Rivanna Bend Capital"],
    "CoreWeave": ["CoreWeave"],
    "Core Scientific": ["Core Scientific", "CORZ"],
    "Blackstone": ["Blackstone"],
    "Meta": ["Meta", "Meta Platforms", "Metas"],
    "Entergy": ["Entergy", "Entergy Louisiana", "Entergys"],
    "xAI": ["xAI"],
    "Valor Equity Partners": ["Valor Equity Partners"],
    "Sequoia Capital": ["Sequoia Capital"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS", "Amazon.com"],
    "Towaliga Creek Data Centers": ["Towaliga Creek Data Centers", "Towaliga Creek"],
    "Sallis Timberlands": ["Sallis Timberlands"],
    "Yazoo Landing Capital": ["Yazoo Landing Capital"],
    "Sweetgum EMC": ["Sweetgum EMC"],
    "Dogwood Cooperative Finance": ["Dogwood Cooperative Finance"],
    "Wateree Ridge Data Partners": ["Wateree Ridge Data Partners", "Wateree Ridge"],
    "Turkey Branch Timber": ["Turkey Branch Timber"],
    "Four Holes Electric Cooperative": ["Four Holes Electric Cooperative"],
    "Google": ["Google", "Alphabet"],
    "Pimco": ["Pimco"],
    "Blue Owl Capital": ["Blue Owl"],
    "Hut 8": ["Hut 8"],
    "Fluidstack": ["Fluidstack", "Fluidstacks"],
    "Anthropic": ["Anthropic", "Anthropics"],
    "Duke Energy": ["Duke Energy"],
    "Southern Company": ["Southern Company"],
    "Tallapoosa Digital": ["Tallapoosa Digital", "Tallapoosa"],
    "Bibbs Ferry Industrial Development Board": ["Bibbs Ferry Industrial Development Board"],
    "Sassafras Compute": ["Sassafras Compute", "Sassafras"],
    "Cumberland Gap Ventures": ["Cumberland Gap Ventures"],
    "Alabama Power": ["Alabama Power"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    text = json.dumps(gold, ensure_ascii=False, indent=1)
    # integral floats (2.8 * B etc.) become plain integers
    gold = json.loads(text, parse_float=lambda s: int(float(s)) if float(s).is_integer() else float(s))
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, "
          f"{sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
