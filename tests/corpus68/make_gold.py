#!/usr/bin/env python3
"""Write gold.json: the hand annotation of tests/corpus68/articles/ as a script.

Usage: python3 tests/corpus68/make_gold.py      (rewrites gold.json next to this file)
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the sixty-eighth, held-out test corpus (tests/corpus68/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json "
    "and shared/gold/seeds.json. Theme: hyperscalers' own US data-centre campuses and state-level "
    "pledges (Amazon in Mississippi, Pennsylvania, North Carolina and Georgia; Microsoft in Wisconsin; "
    "Meta in Louisiana and Ohio; Google in Texas, Oklahoma and Iowa; Anthropic with Fluidstack; Apple's "
    "US pledge) with the tax incentives, utility deals and land purchases around them, and German "
    "coverage of the same. One entry per article; a deal that several articles report carries the same "
    "id in each. 'required': false marks deals without an amount and vague or background mentions that "
    "an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT "
    "deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes "
    "a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', "
    "'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's date line, dateline, issue line, byline, portal time stamp, "
    "<time>/meta tag/JSON-LD, or null when the article has none); 'term' is the period the deal covers, "
    "where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement "
    "call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented organisations that appear as deal parties: Redbud "
    "Development Authority, Hollenbeck Family Farms, Harlow Crane Bank, Yazoo Bluff Timber, Llano "
    "Estacado Midstream; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt. Real companies' deals are retold with shifted or simplified details, and some "
    "(all land purchases, the lease, the Fluidstack loan, the 2026 rumours) are invented; see README.md. "
    "Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("kind_alt", "term", "per", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def NA(id, parties, kind, date, status, evidence, **extra):
    """A deal mention without an amount (optional by convention)."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=False, **extra)


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


B = 1_000_000_000
M = 1_000_000

ARTICLES = {}

ARTICLES["001_amazon_madison_magnolia_en.txt"] = {
    "published": "2024-01-27",
    "published_note": "from the date line 'Business & Growth | Saturday, January 27, 2024'; 'said Friday' -> 2024-01-26",
    "language": "en",
    "deals": [
        D("amazon-mississippi-2024", ["Amazon"], "capex_plan", 10 * B, "USD", "exact", "2024-01-26", "announced",
          "JACKSON — Amazon Web Services will spend $10 billion on a pair of server campuses near Canton, Gov. Tate Reeves said Friday at the Capitol, describing it as the largest single corporate commitment the state has ever booked.",
          kind_alt=["project"],
          note="Madison County campuses; same $10bn as the North Carolina plan of 2025 (amazon-nc-2025), which is a different deal; 010 restates this one as 'dieselbe Summe'"),
        D("steel-dynamics-columbus", ["Steel Dynamics"], "project", 2.5 * B, "USD", "approx", None, "announced",
          "The old record, Steel Dynamics' aluminum rolling mill near Columbus, was priced at roughly $2.5 billion when it was unveiled.",
          required=False, kind_alt=["capex_plan"],
          note="background: the earlier record investment, year not given; optional"),
        NA("entergy-mississippi-amazon", ["Entergy Mississippi", "Amazon"], "supply", "2024-01", "announced",
           "Power is to come from Entergy Mississippi, which said it had reached an agreement in principle to serve both sites; neither side released terms.",
           note="agreement in principle without terms; the other side ('both sites') is AWS from the previous sentence"),
    ],
    "not_deals": ["about $44 million", "north of $20 million a year", "$61 million", "$65,000 a year",
                  "$23.1 billion", "between $3 billion and $4 billion", "$159.12", "$1,000"],
}

ARTICLES["002_talen_cumulus_kursbake.txt"] = {
    "published": "2024-03-05",
    "published_note": "from the portal stamp '05.03.2024 · 10:12 Uhr'; 'am Montag' -> 2024-03-04",
    "language": "de",
    "deals": [
        D("amazon-talen-cumulus", ["Amazon", "Talen Energy"], "acquisition", 650 * M, "USD", "exact", "2024-03-04", "completed",
          "Der Kaufpreis beläuft sich auf 650 Millionen Dollar, umgerechnet knapp 600 Millionen Euro.",
          alt_amounts=[alt(600 * M, "EUR")],
          note="buyer, seller and 'am Montag' in the previous sentence ('Das Unternehmen aus Houston' = Talen, 'die Cloudsparte von Amazon'); the 350m/300m tranches are parts (not_deals); different from the 2025 power contract of the same pair (talen-amazon-ppa-2025)"),
        NA("talen-amazon-power-2024", ["Talen Energy", "Amazon"], "supply", "2024-03-04", "signed",
           "Zusätzlich soll der Meiler den neuen Eigentümer über viele Jahre mit Strom versorgen, anfangs mit bis zu 960 Megawatt.",
           note="original behind-the-meter supply with the campus sale, no price ('Einen Preis für die Lieferungen nannten die Beteiligten nicht'); 'der Meiler' = Talen's Susquehanna plant, 'den neuen Eigentümer' = Amazon; a different deal from the 2025 contract"),
    ],
    "not_deals": ["350 Millionen Dollar", "300 Millionen Dollar", "rund 2,9 Milliarden Dollar", "einer Milliarde Dollar",
                  "101,50 $", "173,20 $", "177,58 $", "von 95 auf 118 Dollar", "etwa 38 Dollar je Megawattstunde",
                  "1 Euro pro Order"],
}

ARTICLES["003_microsoft_mountpleasant_kettle_en.txt"] = {
    "published": "2024-05-08",
    "published_note": "from the wire stamp 'May 8, 2024 · 5:51 PM CDT' and dateline 'RACINE, Wis., May 8'; 'on Wednesday' -> 2024-05-08",
    "language": "en",
    "deals": [
        D("microsoft-wisconsin-2024", ["Microsoft"], "capex_plan", 3.3 * B, "USD", "exact", "2024-05-08", "announced",
          "RACINE, Wis., May 8 (KMW) – Microsoft will put $3.3 billion into AI-ready cloud capacity in southeastern Wisconsin by the close of 2026, the company announced on Wednesday, while President Joe Biden visited Gateway Technical College to praise the project.",
          term=["2024-05", "2026"], alt_amounts=[alt(3.1 * B, "EUR")],
          note="different from Microsoft's second Wisconsin plan of 2025 ($4bn, 013); EUR figure from 004"),
        D("microsoft-mount-pleasant-land", ["Microsoft", "Village of Mount Pleasant"], "acquisition", 50 * M, "USD", "approx", "2023", "completed",
          "It paid the village roughly $50 million for about 315 acres inside the tax-increment district last year, village records show.",
          note="'It' = Microsoft (previous sentence), 'the village' = Mount Pleasant; 'last year' -> 2023"),
        D("foxconn-wisconsin-2017", ["Foxconn"], "capex_plan", 10 * B, "USD", "exact", "2017", "cancelled",
          "The Taiwanese contract manufacturer promised a $10 billion LCD factory there in 2017, a plan it later abandoned in favour of a far smaller operation.",
          required=False, kind_alt=["project"],
          note="background; 'The Taiwanese contract manufacturer' = Foxconn (previous sentence); abandoned -> cancelled, keeps the 2017 date"),
    ],
    "not_deals": ["up to $2.85 billion", "about $80 million", "between $10 million and $12 million for every megawatt",
                  "$61.9 billion", "$410.54"],
}

ARTICLES["004_microsoft_wisconsin_nordstaden.txt"] = {
    "published": "2024-05-10",
    "published_note": "from the date line 'Freitag, 10. Mai 2024 · Unternehmen · Seite 15'; 'am Mittwoch' -> 2024-05-08",
    "language": "de",
    "deals": [
        D("microsoft-wisconsin-2024", ["Microsoft"], "capex_plan", 3.3 * B, "USD", "exact", "2024-05-08", "announced",
          "Wo einst ein Bildschirmwerk entstehen sollte, baut nun der Softwareriese: Microsoft steckt 3,3 Milliarden Dollar (rund 3,1 Milliarden Euro) bis Ende 2026 in ein Rechenzentrumsgelände in Wisconsin am Michigansee.",
          term=["2024-05", "2026"], alt_amounts=[alt(3.1 * B, "EUR")],
          note="'am Mittwoch' in the next sentence ('Verkündet hat der Konzern das am Mittwoch')"),
        D("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3.2 * B, "EUR", "exact", "2024-02", "announced",
          "Mitte Februar hatte Microsoft-Präsident Brad Smith in Berlin 3,2 Milliarden Euro für Deutschland angekündigt, gedacht vor allem für Rechenzentren im Braunkohlerevier westlich von Köln sowie im Rhein-Main-Gebiet.",
          note="'Mitte Februar' -> 2024-02; a different Microsoft plan"),
        D("microsoft-japan-2024", ["Microsoft"], "capex_plan", 440 * B, "JPY", "exact", "2024-04", "announced",
          "Im April folgten 440 Milliarden Yen (2,9 Milliarden Dollar) für Japan, verteilt auf zwei Jahre.",
          alt_amounts=[alt(2.9 * B, "USD")],
          note="spender only by context (Microsoft, previous sentences); 'verteilt auf zwei Jahre' without dates"),
        NA("foxconn-wisconsin-2017", ["Foxconn"], "capex_plan", None, "cancelled",
           "Der Auftragsfertiger Foxconn hatte am selben Ort einst Milliardeninvestitionen versprochen und war mit Staatshilfen von bis zu 2,85 Milliarden Dollar gelockt worden – gebaut wurde am Ende nur ein Bruchteil.",
           kind_alt=["project"],
           note="vague restatement of the abandoned 2017 pledge (003) without amount or year; the 2,85bn are state aid (not_deal)"),
    ],
    "not_deals": ["14 Milliarden Dollar", "61,9 Milliarden Dollar", "bis zu 2,85 Milliarden Dollar",
                  "acht bis zehn Millionen Euro", "385 Euro", "1.290 Euro"],
}

ARTICLES["005_meta_richland_courier_en.html"] = {
    "published": "2024-12-05",
    "published_note": "no visible date; from <meta property='article:published_time' content='2024-12-05T06:15:00-06:00'> and JSON-LD datePublished; 'on Wednesday' -> 2024-12-04",
    "language": "en",
    "deals": [
        D("meta-hyperion-2024", ["Meta"], "capex_plan", 10 * B, "USD", "exact", "2024-12-04", "announced",
          "Meta Platforms will build a $10 billion artificial-intelligence data center on the Franklin Farm megasite outside Holly Ridge, state and company officials announced on Wednesday in Baton Rouge.",
          kind_alt=["project"],
          note="the Richland Parish campus later called Hyperion; different from the 2025 Blue Owl joint venture for the same campus"),
        NA("meta-franklin-farm", ["Meta"], "acquisition", "2024", "completed",
           "Meta has already bought the 2,250-acre tract, which Louisiana had marketed to manufacturers for more than a decade.",
           note="price not disclosed ('Nobody would say what it paid'); seller not named"),
        D("entergy-meta-gas-plants", ["Entergy Louisiana", "Meta"], "supply", 3.2 * B, "USD", "approx", "2024-10", "planned",
          "Entergy Louisiana has asked the Public Service Commission to approve three natural-gas plants with about 2.2 gigawatts of output, which it filed for in late October and puts at roughly $3.2 billion.",
          kind_alt=["project"],
          note="Meta's side (cost cover over a 15-year contract) in the next sentence; 'late October' -> 2024-10; approved in August 2025 (014)"),
    ],
    "not_deals": ["$3 million", "about $9 million a year", "$82,000", "$9.2 billion", "$613.49", "$9.87/bu",
                  "69.4 cents/lb", "$499 down", "$4.99 a month"],
}

ARTICLES["006_kapex_georgia_doppelboden.txt"] = {
    "published": "2025-01-08",
    "published_note": "from the issue line 'Ausgabe 2/2025 · Mittwoch, 8. Januar 2025'; 'am Freitag' -> 2025-01-03, 'am Dienstag' -> 2025-01-07",
    "language": "de",
    "deals": [
        D("microsoft-fy25-capex", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01-03", "announced",
          "Rund 80 Milliarden Dollar will Microsoft bis zum Abschluss des Geschäftsjahres Ende Juni in KI-taugliche Rechenzentren stecken.",
          term=["2024-07", "2025-06"],
          note="'am Freitag' (blog post) in the next sentence; fiscal year ending June 2025; the 55,7bn of fiscal 2024 are past spending"),
        D("amazon-georgia-2025", ["Amazon"], "capex_plan", 11 * B, "USD", "exact", "2025-01-07", "announced",
          "Die Cloudsparte AWS kündigte am Dienstag an, elf Milliarden Dollar (etwa 10,6 Milliarden Euro) in neue Standorte in den Bezirken Butts und Douglas südlich von Atlanta zu investieren.",
          alt_amounts=[alt(10.6 * B, "EUR")]),
        NA("amazon-butts-land-talks", ["Amazon"], "acquisition", "2025-01", "rumored",
           "Insidern zufolge spricht der Konzern in Butts County bereits über den Zukauf weiterer Flächen; ein Preis wurde nicht genannt.",
           note="rumoured land talks without price or seller; 'der Konzern' = Amazon/AWS"),
    ],
    "not_deals": ["55,7 Milliarden Dollar", "jährlich gut 300 Millionen Dollar", "140,14 Dollar", "1.999 Dollar",
                  "1.100 Dollar", "149 Euro", "je 890 Euro"],
}

ARTICLES["007_apple_houston_bitfabrik.html"] = {
    "published": "2025-02-25",
    "published_note": "from the visible byline '25.02.2025, 08:20 Uhr' (also <meta name='date'> and JSON-LD datePublished); 'am Montag' -> 2025-02-24",
    "language": "de",
    "deals": [
        D("apple-us-500bn", ["Apple"], "capex_plan", 500 * B, "USD", "at_least", "2025-02-24", "announced",
          "Apple legt das größte Investitionsversprechen seiner Geschichte vor: In den kommenden vier Jahren will der iPhone-Konzern mehr als 500 Milliarden Dollar (rund 477 Milliarden Euro) in den Vereinigten Staaten ausgeben.",
          term=["2025", "2028"], alt_amounts=[alt(477 * B, "EUR")],
          note="'am Montag' in the next sentence; also in the headline; different from the extra $100bn of August 2025 (apple-us-expansion-2025)"),
        NA("apple-foxconn-houston", ["Apple", "Foxconn"], "partnership", "2025-02", "rumored",
           "Gefertigt wird dort Berichten zufolge gemeinsam mit dem Auftragsfertiger Foxconn; Details zu dieser Kooperation nannte Apple nicht.",
           note="reported, unconfirmed manufacturing partner for the Houston server plant; no amount"),
        D("apple-us-pledge-2021", ["Apple"], "capex_plan", 430 * B, "USD", "exact", "2021", "announced",
          "Schon 2021 hatte Apple für fünf Jahre 430 Milliarden Dollar in Aussicht gestellt – Kritiker bemängeln, dass solche Zusagen reguläre Ausgaben für Zulieferer und Personal einrechnen.",
          required=False, term=["2021", "2026"],
          note="background: the earlier five-year pledge; optional"),
    ],
    "not_deals": ["von fünf auf zehn Milliarden Dollar", "124,3 Milliarden Dollar", "245,20 Dollar", "13 Milliarden Euro",
                  "699 Euro", "9,99 Euro", "3,99 Euro monatlich"],
}

ARTICLES["008_substation_dispatch_feb_en.txt"] = {
    "published": "2025-02-26",
    "published_note": "from the issue line 'Issue 88 — Wednesday, 26 February 2025'; 'on Monday' -> 2025-02-24; 'earlier this month' -> 2025-02; 'last month' -> 2025-01",
    "language": "en",
    "deals": [
        D("apple-us-500bn", ["Apple"], "capex_plan", 500 * B, "USD", "at_least", "2025-02-24", "announced",
          "Cupertino said on Monday it will spend more than $500 billion in the U.S. over four years, with a Houston plant for AI servers as the showpiece.",
          term=["2025", "2028"], note="'Cupertino' = Apple (bullet lead 'Apple goes big')"),
        D("williams-meta-socrates", ["Williams", "Meta"], "project", 1.6 * B, "USD", "approx", "2025-02", "signed",
          "The midstream company put the project at about $1.6 billion when it reported results earlier this month, and said the customer has signed a long-term contract for the output.",
          kind_alt=["supply"],
          note="'The midstream company' = Williams, 'the project' = Socrates for Meta's New Albany campus (previous sentence); different from the later ~$3.1bn projects of the same pair (018)"),
        D("meta-capex-2025", ["Meta"], "capex_plan", 60 * B, "USD", "range", "2025-01", "planned",
          "The Facebook parent told investors last month to expect capital expenditures of $60 billion to $65 billion in 2025, after about $39 billion last year.",
          amount_max=65 * B, term=["2025", "2025"],
          note="'The Facebook parent' = Meta (bullet lead); the $39bn of 2024 is past spending (not_deal)"),
        D("amazon-georgia-2025", ["Amazon"], "capex_plan", 11 * B, "USD", "exact", "2025-01", "announced",
          "Amazon's $11bn plan for Butts and Douglas counties, unveiled in January, is now in front of county zoning boards."),
        NA("entergy-meta-gas-plants", ["Entergy Louisiana", "Meta"], "supply", None, "planned",
           "Louisiana's regulators hold their first hearing next month on the three gas plants Entergy proposed to serve Meta in Richland Parish.",
           kind_alt=["project"], note="restatement without amount or date"),
    ],
    "not_deals": ["$39 billion", "$48.4 billion", "$4 million a year", "$1,150/kW", "$700/kW", "$0.071/kWh",
                  "$38,000", "$19 a month"],
}

ARTICLES["009_talen_amazon_quarrystreet_en.txt"] = {
    "published": "2025-06-12",
    "published_note": "from the portal stamp 'Jun 12, 2025 · 7:02 AM ET'; 'on Wednesday' -> 2025-06-11; 'Two days before this week's announcement' -> 2025-06-09",
    "language": "en",
    "deals": [
        D("talen-amazon-ppa-2025", ["Talen Energy", "Amazon"], "supply", 18 * B, "USD", "approx", "2025-06-11", "signed",
          "Under the new terms, Amazon is to receive 1,920 megawatts of Susquehanna output through 2042, a contract the company said is worth about $18 billion in total.",
          term=["2025", "2042"],
          note="'the company' = Talen; the restructuring was disclosed 'on Wednesday' (previous sentence); different from the 2024 campus purchase of the same pair"),
        D("amazon-talen-cumulus", ["Amazon", "Talen Energy"], "acquisition", 650 * M, "USD", "exact", "2024-03", "completed",
          "The agreement builds on the March 2024 transaction in which Amazon bought the Cumulus data-center campus beside the reactor for $650 million.",
          note="restatement; seller Talen by context"),
        D("amazon-pa-2025", ["Amazon"], "capex_plan", 20 * B, "USD", "at_least", "2025-06-09", "announced",
          "Two days before this week's announcement, Amazon had pledged a minimum of $20 billion for server campuses in Salem Township, next to the plant, and in Falls Township in Bucks County.",
          alt_amounts=[alt(17.5 * B, "EUR")],
          note="relative date: two days before Wednesday 2025-06-11; EUR figure from 010"),
    ],
    "not_deals": ["$262.80", "$1.75 billion to $2.05 billion", "about $12 billion", "$300 from $240", "$311.40",
                  "about $48 per megawatt-hour", "about $3 billion", "$0 commissions"],
}

ARTICLES["010_amazon_pennsylvania_kranzberg.txt"] = {
    "published": "2025-06-10",
    "published_note": "from the dateline 'PITTSBURGH/RALEIGH, 10. Juni 2025.'; 'am Montag' -> 2025-06-09; 'vergangene Woche' -> 2025-06; 'Anfang 2024' -> 2024",
    "language": "de",
    "deals": [
        D("amazon-pa-2025", ["Amazon"], "capex_plan", 20 * B, "USD", "at_least", "2025-06-09", "announced",
          "Mindestens 20 Milliarden Dollar, umgerechnet gut 17,5 Milliarden Euro, will Amazon in Pennsylvania ausgeben.",
          alt_amounts=[alt(17.5 * B, "EUR")], note="amount first; 'am Montag' in the next sentence"),
        D("amazon-nc-2025", ["Amazon"], "capex_plan", 10 * B, "USD", "exact", "2025-06", "announced",
          "Erst vergangene Woche hatte Amazon zehn Milliarden Dollar für ein Rechenzentrum in Richmond County im Süden von North Carolina zugesagt, und Anfang 2024 war bereits dieselbe Summe nach Mississippi geflossen – zumindest auf dem Papier.",
          note="first of two deals in one sentence; 'vergangene Woche' -> June 2025"),
        D("amazon-mississippi-2024", ["Amazon"], "capex_plan", 10 * B, "USD", "exact", "2024", "announced",
          "Erst vergangene Woche hatte Amazon zehn Milliarden Dollar für ein Rechenzentrum in Richmond County im Süden von North Carolina zugesagt, und Anfang 2024 war bereits dieselbe Summe nach Mississippi geflossen – zumindest auf dem Papier.",
          kind_alt=["project"],
          note="second deal of the sentence; amount only by reference ('dieselbe Summe' = zehn Milliarden Dollar); 'Anfang 2024' -> 2024"),
    ],
    "not_deals": ["rund 51 Milliarden Dollar", "etwa 60 Millionen Dollar jährlich", "34 Dollar pro Stunde", "216,98 Dollar",
                  "29,3 Milliarden Dollar", "24,3 Milliarden Dollar", "9,90 Euro", "24,90 Euro monatlich"],
}

ARTICLES["011_google_stillwater_interview_en.txt"] = {
    "published": "2025-08-21",
    "published_note": "from the byline 'Q&A | By Kaylee Brandvold | Aug. 21, 2025'; 'last week' -> 2025-08; 'last fall … closed in November' -> 2024-11",
    "language": "en",
    "deals": [
        D("google-oklahoma-2025", ["Google"], "capex_plan", 9 * B, "USD", "exact", "2025-08", "announced",
          "Google said last week it would invest $9 billion in Oklahoma over the next two years, including a new data-center campus in Stillwater and more capacity at its long-running site in Pryor.",
          term=["2025", "2027"]),
        D("google-redbud-land", ["Google", "Redbud Development Authority"], "acquisition", 26 * M, "USD", "exact", "2024-11", "completed",
          "The authority sold it to Google for $26 million last fall, and that closed in November.",
          note="'The authority' = Redbud Development Authority, 'it' = about 800 acres (previous answer); different from the lease of the same pair"),
        D("google-redbud-lease", ["Google", "Redbud Development Authority"], "other", 1.1 * M, "USD", "exact", None, "signed",
          "On top of that we're leasing them a 40-acre laydown yard for $1.1 million a year while they build.",
          per="year", kind_alt=["acquisition"],
          note="yearly lease rate; 'we' = the authority (the interviewee), 'them' = Google; no date given"),
    ],
    "not_deals": ["roughly $3.5 million a year", "$41 million", "about $78,000", "$1.5 million grant",
                  "more than $4.4 billion", "$12 a month", "Digital only $6", "$14.75"],
}

ARTICLES["012_apple_meta_ticker_digitalhafen.txt"] = {
    "published": "2025-08-07",
    "published_note": "from the ticker heading 'Donnerstag, 7. August 2025'; 'gestern Abend' -> 2025-08-06; 'Mitte Juli' -> 2025-07",
    "language": "de",
    "deals": [
        D("meta-blueowl-hyperion", ["Meta", "Blue Owl Capital"], "joint_venture", 29 * B, "USD", "approx", "2025", "rumored",
          "Das Paket soll sich auf rund 29 Milliarden Dollar belaufen, davon 26 Milliarden Dollar als Kredit und drei Milliarden Dollar als Eigenkapital.",
          kind_alt=["investment", "other"], alt_amounts=[alt(27 * B, "USD"), alt(23.2 * B, "EUR")],
          note="rumour ('Insidern zufolge', previous sentence names Meta, Pimco and Blue Owl Capital); signed in October as a ~$27bn joint venture (014, 020; alt_amounts); the year keeps the shared id's dates consistent; the 26bn/3bn split is not_deals"),
        D("apple-us-expansion-2025", ["Apple"], "capex_plan", 100 * B, "USD", "exact", "2025-08-06", "announced",
          "Apple-Chef Tim Cook hat gestern Abend im Weißen Haus weitere 100 Milliarden Dollar für die USA zugesagt.",
          note="the extra pledge; the new total of 600bn is a cumulative figure (not_deal)"),
        D("apple-us-500bn", ["Apple"], "capex_plan", 500 * B, "USD", "exact", "2025-02", "announced",
          "Zusammen mit dem Februar-Versprechen über 500 Milliarden Dollar summiert sich das Programm nun auf 600 Milliarden Dollar in vier Jahren.",
          note="restatement; 'Versprechen über' = a pledge of (read as exact); different from the extra 100bn"),
        D("apple-corning-2025", ["Apple", "Corning"], "supply", 2.5 * B, "USD", "exact", "2025-08-06", "announced",
          "Konkret wird es bei Corning: Der Glashersteller richtet für 2,5 Milliarden Dollar seinen Standort im kentuckischen Harrodsburg so aus, dass er künftig sämtliches Deckglas für iPhones und die Apple Watch liefert – Apple trägt die Summe.",
          kind_alt=["investment"], note="part of the pledge made 'gestern Abend'; Apple pays the sum"),
        D("apple-mp-materials-2025", ["Apple", "MP Materials"], "supply", 500 * M, "USD", "exact", "2025-07", "signed",
          "Bereits Mitte Juli hatte Apple 500 Millionen Dollar bei MP Materials für Magnete aus recycelten Seltenen Erden gebucht.",
          kind_alt=["investment"], note="500 Millionen vs the 500 Milliarden pledge in the same entry"),
    ],
    "not_deals": ["26 Milliarden Dollar", "drei Milliarden Dollar", "600 Milliarden Dollar", "213,25 Dollar",
                  "94 Milliarden Dollar", "1,57 Dollar", "50 Euro Startguthaben"],
}

ARTICLES["013_fairwater_rootriver_en.txt"] = {
    "published": "2025-09-19",
    "published_note": "from the date line 'Local · Friday, September 19, 2025'; 'on Thursday' -> 2025-09-18; 'Last month' -> 2025-08; 'May of last year' -> 2024-05",
    "language": "en",
    "deals": [
        D("microsoft-wisconsin-2025", ["Microsoft"], "capex_plan", 4 * B, "USD", "exact", "2025-09-18", "announced",
          "The company said on Thursday that it will spend $4 billion to build a second Mount Pleasant data center beside the campus it calls Fairwater, which is due to switch on early next year.",
          kind_alt=["project"],
          note="'The company' = Microsoft (previous sentence); second Wisconsin plan, different from the $3.3bn of 2024"),
        D("microsoft-wisconsin-2024", ["Microsoft"], "capex_plan", 3.3 * B, "USD", "exact", "2024-05", "announced",
          "Fairwater itself stems from the $3.3 billion pledge Microsoft made in May of last year, when President Biden visited Gateway Technical College.",
          note="restatement; the combined 'tops $7 billion' in the next sentence is a cumulative total (not_deal)"),
        D("microsoft-kenosha-land", ["Microsoft", "Hollenbeck Family Farms"], "acquisition", 38.5 * M, "USD", "exact", "2025-08", "completed",
          "Last month Microsoft closed on 240 acres along Highway KR in neighboring Kenosha County, buying the parcel from Hollenbeck Family Farms for $38.5 million, according to a deed filed with the county register.",
          note="invented land purchase"),
        NA("microsoft-we-energies-solar", ["Microsoft", "We Energies"], "supply", None, "signed",
           "Power for the first phase will partly come from a 250-megawatt solar array in Portage County that Microsoft has agreed to pay for through We Energies; the utility did not disclose the price.",
           note="no price, no date"),
        D("we-energies-gas-2025", ["We Energies"], "capex_plan", 2 * B, "USD", "approx", "2025", "planned",
          "Separately, We Energies plans close to $2 billion of new gas generation, a cost state regulators will weigh this winter.",
          kind_alt=["project"], note="the utility's own spending plan ('close to' -> approx); no date -> year of the article"),
    ],
    "not_deals": ["tops $7 billion", "about $1.4 billion", "$24.2 billion", "about $3.8 trillion",
                  "around $48 an hour", "$17.99"],
}

ARTICLES["014_meta_blueowl_finanzlupe.txt"] = {
    "published": "2025-10-22",
    "published_note": "from the portal stamp '22.10.2025 | 08:47 Uhr'; 'am Dienstag' -> 2025-10-21",
    "language": "de",
    "deals": [
        D("meta-blueowl-hyperion", ["Meta", "Blue Owl Capital"], "joint_venture", 27 * B, "USD", "approx", "2025-10-21", "signed",
          "Der Facebook-Konzern und Fonds des Finanzinvestors Blue Owl Capital gründen ein Gemeinschaftsunternehmen für den Hyperion-Campus in Louisiana, das insgesamt rund 27 Milliarden Dollar (etwa 23,2 Milliarden Euro) bewegt, wie beide Seiten am Dienstag mitteilten.",
          kind_alt=["investment", "other"], alt_amounts=[alt(23.2 * B, "EUR")],
          note="'Der Facebook-Konzern' = Meta; the 27,3bn bonds, ~2,5bn equity and ~3bn distribution are parts (not_deals); the rumour of August (012) is the same deal"),
        D("meta-hyperion-2024", ["Meta"], "capex_plan", 10 * B, "USD", "exact", "2024-12", "announced",
          "Zur Erinnerung: Angekündigt hatte Meta den Campus im Dezember 2024 mit einer Investition von zehn Milliarden Dollar.",
          kind_alt=["project"], note="restatement in words"),
        D("entergy-meta-gas-plants", ["Entergy Louisiana", "Meta"], "supply", 3.2 * B, "USD", "approx", "2024", "signed",
          "Die drei Gaskraftwerke, die Entergy im Herbst 2024 für den Standort beantragt hatte, genehmigte die Regulierungsbehörde Louisianas Ende August; sie kosten rund 3,2 Milliarden Dollar.",
          kind_alt=["project"],
          note="regulatory approval 'Ende August' 2025 of the plan filed 'im Herbst 2024' (date of the filing, as in 005); 'den Standort' = Meta's campus"),
    ],
    "not_deals": ["27,3 Milliarden Dollar", "rund 2,5 Milliarden Dollar", "etwa drei Milliarden Dollar", "50 Milliarden Dollar",
                  "810 Dollar", "733,27 $", "14,62 $", "47,5 Milliarden Dollar", "39 Euro"],
}

ARTICLES["015_anthropic_google_paloduro_en.html"] = {
    "published": "2025-11-15",
    "published_note": "from the visible <time datetime='2025-11-15T06:30:00-06:00'>Nov. 15, 2025</time> (also meta sailthru.date); 'On Wednesday' -> 2025-11-12, 'on Friday' -> 2025-11-14",
    "language": "en",
    "deals": [
        D("anthropic-fluidstack-2025", ["Anthropic", "Fluidstack"], "project", 50 * B, "USD", "exact", "2025-11-12", "announced",
          "On Wednesday Anthropic committed $50 billion to building its own data centers in Texas and New York, working with Fluidstack, a London-based operator of GPU clusters, with the first sites to start up during 2026.",
          kind_alt=["capex_plan", "partnership"]),
        D("google-texas-2025", ["Google"], "capex_plan", 40 * B, "USD", "exact", "2025-11-14", "announced",
          "The search company is putting $40 billion into Texas between now and the end of 2027, it said on Friday, with a new campus in Armstrong County, some 30 miles southeast of Amarillo, plus two in Haskell County.",
          term=["2025", "2027"], alt_amounts=[alt(34 * B, "EUR")],
          note="'The search company' = Google (previous sentence); EUR figure from 016"),
        NA("google-intersect-haskell", ["Google", "Intersect"], "partnership", None, "planned",
           "One Haskell site is planned next to a solar-and-battery plant that developer Intersect Power is building for it.",
           kind_alt=["supply"],
           note="co-located power plant, no amount; different from Alphabet's takeover of Intersect (016)"),
    ],
    "not_deals": ["$90 billion", "$30 million energy impact fund", "about $140 million", "$183 billion", "$4.8 million",
                  "$3.41/lb", "$5.12/bu", "$1.89/MMBtu", "$14.50 a bushel", "$16 a month", "$7.99"],
}

ARTICLES["016_intersect_rechenschieber.txt"] = {
    "published": "2025-12-23",
    "published_note": "from the byline 'veröffentlicht am 23.12.2025'; 'am Montag' -> 2025-12-22; 'Mitte November' -> 2025-11; 'Ende Oktober', 'im Oktober' -> 2025-10",
    "language": "de",
    "deals": [
        D("google-intersect-2025", ["Google", "Intersect"], "acquisition", 4.75 * B, "USD", "exact", "2025-12-22", "signed",
          "Der Google-Mutterkonzern übernimmt den Energieentwickler Intersect für 4,75 Milliarden Dollar in bar, rund vier Milliarden Euro, und übernimmt zusätzlich dessen Schulden.",
          alt_amounts=[alt(4 * B, "EUR")],
          note="'Der Google-Mutterkonzern' = Alphabet (alias of Google); 'am Montag' in the next sentences; the 4,75 Mrd. in a reader comment is the same deal"),
        D("google-texas-2025", ["Google"], "capex_plan", 34 * B, "EUR", "approx", "2025-11", "announced",
          "Die umgerechnet gut 34 Milliarden Euro, die Google Mitte November für Texas zugesagt hat, hängen auch an der Frage, woher die Elektronen kommen.",
          term=["2025", "2027"], alt_amounts=[alt(40 * B, "USD")],
          note="restated only in EUR ('umgerechnet gut 34 Milliarden Euro' for the $40bn of 015); 'gut' read as approx"),
        NA("google-nextera-duane-arnold", ["Google", "NextEra"], "supply", "2025-10", "signed",
           "Ende Oktober vereinbarte Google mit NextEra, den 2020 abgeschalteten Reaktor Duane Arnold in Iowa zu reaktivieren; der Liefervertrag läuft 25 Jahre, Summen nannten die Partner nicht.",
           note="25-year offtake without amount"),
        D("google-iowa-2025", ["Google"], "capex_plan", 7 * B, "USD", "exact", "2025-10", "announced",
          "Ebenfalls im Oktober kündigte Google sieben Milliarden Dollar zusätzlich für seine Standorte in Iowa an.",
          note="amount in words"),
        D("alphabet-capex-2025", ["Google"], "capex_plan", 91 * B, "USD", "range", "2025", "planned",
          "Für 2025 rechnet Alphabet inzwischen mit Sachinvestitionen zwischen 91 und 93 Milliarden Dollar, nach 52,5 Milliarden Dollar im Vorjahr.",
          amount_max=93 * B, term=["2025", "2025"],
          note="capex guidance; no date of the guidance given ('inzwischen'); the 52,5bn of 2024 are past spending; different from the 2026 plan (017)"),
    ],
    "not_deals": ["52,5 Milliarden Dollar", "etwa 3,8 Billionen Dollar", "rund 15 Milliarden Dollar", "3 Euro im Monat"],
}

ARTICLES["017_capex2026_aktienkajuete.txt"] = {
    "published": "2026-02-06",
    "published_note": "from the portal stamp '06.02.2026, 07:35 Uhr'; 'am Donnerstagabend' -> 2026-02-05, 'am Mittwoch' -> 2026-02-04, 'Ende Januar' -> 2026-01",
    "language": "de",
    "deals": [
        D("amazon-capex-2026", ["Amazon"], "capex_plan", 200 * B, "USD", "approx", "2026-02-05", "planned",
          "Rund 200 Milliarden Dollar will Amazon 2026 ausgeben, vor allem für Rechenzentren, Chips und Satelliten.",
          term=["2026", "2026"], note="'am Donnerstagabend' in the next sentence; analysts' ~147bn is an estimate (not_deal)"),
        D("alphabet-capex-2026", ["Google"], "capex_plan", 175 * B, "USD", "range", "2026-02-04", "planned",
          "Alphabet hatte am Mittwoch für 2026 Ausgaben zwischen 175 und 185 Milliarden Dollar angepeilt, knapp das Doppelte des Vorjahreswerts.",
          amount_max=185 * B, term=["2026", "2026"]),
        D("meta-capex-2026", ["Meta"], "capex_plan", 115 * B, "USD", "range", "2026-01", "planned",
          "Meta hatte schon Ende Januar 115 bis 135 Milliarden Dollar als Korridor genannt.",
          amount_max=135 * B, term=["2026", "2026"], note="year 2026 from the previous sentence"),
    ],
    "not_deals": ["etwa 147 Milliarden Dollar", "204,10 Dollar", "37,5 Milliarden Dollar", "mehr als 650 Milliarden Dollar",
                  "213,4 Milliarden Dollar", "35,6 Milliarden Dollar", "11,2 Milliarden Dollar", "331,25 $", "702,80 $",
                  "179,95 $", "von 290 auf 265 Dollar", "0 Euro Depotgebühr", "25 Euro im Monat"],
}

ARTICLES["018_power_bills_gridlines_en.txt"] = {
    "published": None,
    "published_note": "no date anywhere (only 'by Odessa Pruitt · 7 min read'); all dates null",
    "language": "en",
    "deals": [
        D("talen-amazon-ppa-2025", ["Talen Energy", "Amazon"], "supply", 18 * B, "USD", "approx", None, "signed",
          "In Pennsylvania, Talen's 1,920-megawatt contract with Amazon, which runs to 2042, is worth around $18 billion to the generator.",
          term=[None, "2042"]),
        D("entergy-meta-gas-plants", ["Entergy Louisiana", "Meta"], "supply", 3.2 * B, "USD", "approx", None, "signed",
          "In Louisiana, Entergy's three gas plants for Meta's Hyperion campus carry a price tag of roughly $3.2 billion.",
          kind_alt=["project"]),
        D("williams-meta-socrates", ["Williams", "Meta"], "project", 1.6 * B, "USD", "exact", None, "signed",
          "In Ohio, Williams is building Socrates, a $1.6 billion behind-the-meter gas project for Meta's New Albany campus, and has since lined up two further projects worth about $3.1 billion for the same customer.",
          kind_alt=["supply"], note="first of two deals of the same pair in one sentence"),
        D("williams-meta-ohio-2", ["Williams", "Meta"], "project", 3.1 * B, "USD", "approx", None, "signed",
          "In Ohio, Williams is building Socrates, a $1.6 billion behind-the-meter gas project for Meta's New Albany campus, and has since lined up two further projects worth about $3.1 billion for the same customer.",
          kind_alt=["supply"], note="second deal of the sentence; 'the same customer' = Meta; must stay apart from Socrates"),
        NA("google-nextera-duane-arnold", ["Google", "NextEra"], "supply", None, "signed",
           "Google has signed a 25-year agreement with NextEra to bring the Duane Arnold reactor in Iowa back online, without saying what it will pay."),
    ],
    "not_deals": ["$329.17 per megawatt-day", "$10 to $27 a month", "$6 monthly", "$60 for a full year", "$31"],
}

ARTICLES["019_fluidstack_kredit_halleneun.txt"] = {
    "published": "2026-05-13",
    "published_note": "from the issue line 'Ausgabe 19/2026 · 13. Mai 2026'; 'am Montag' -> 2026-05-11; 'im März' -> 2026-03",
    "language": "de",
    "deals": [
        D("fluidstack-credit-2026", ["Fluidstack", "Harlow Crane Bank"], "other", 9 * B, "USD", "up_to", "2026-05-11", "signed",
          "Der Londoner GPU-Cloud-Betreiber Fluidstack hat eine Kreditfazilität über bis zu neun Milliarden Dollar (rund 7,7 Milliarden Euro) unterzeichnet.",
          alt_amounts=[alt(7.7 * B, "EUR")], note="invented credit facility; lead bank and 'am Montag' in the next sentence"),
        D("anthropic-fluidstack-2025", ["Anthropic", "Fluidstack"], "project", 50 * B, "USD", "exact", "2025-11", "announced",
          "Das KI-Labor hatte im November 2025 angekündigt, 50 Milliarden Dollar in eigene Anlagen zu stecken, je einen Standort in Texas und einen im Staat New York, errichtet und betrieben von Fluidstack.",
          kind_alt=["capex_plan", "partnership"], note="'Das KI-Labor' = Anthropic (previous sentence)"),
        D("fluidstack-abilene-land", ["Fluidstack"], "acquisition", 31 * M, "USD", "approx", "2026-03", "completed",
          "Für den texanischen Teil erwarb der Betreiber im März ein rund 600 Hektar großes Areal bei Abilene, Kaufpreis etwa 31 Millionen Dollar.",
          note="invented land purchase; 'der Betreiber' = Fluidstack; seller not named"),
        NA("anthropic-google-tpu", ["Anthropic", "Google"], "cloud_contract", "2025-10", "signed",
           "Im Oktober 2025 hatte das Labor mit Google vereinbart, künftig bis zu eine Million TPU-Chips zu nutzen; Branchenkenner taxieren den Wert auf einen mittleren zweistelligen Milliardenbetrag.",
           kind_alt=["supply"], note="value only as a vague estimate ('mittleren zweistelligen Milliardenbetrag'), no amount"),
    ],
    "not_deals": ["rund 350 Milliarden Dollar", "zwölf Millionen Dollar", "rund 720 Millionen Dollar", "690 Euro",
                  "540 Euro", "348 Euro"],
}

ARTICLES["020_hyperscale_almanac_dec26_en.txt"] = {
    "published": "2026-12-10",
    "published_note": "from the issue line 'No. 212 · Thursday, December 10, 2026'; undated news items -> 2026-12",
    "language": "en",
    "deals": [
        D("amazon-warren-land", ["Amazon", "Yazoo Bluff Timber"], "acquisition", 42 * M, "USD", "approx", "2026-12", "rumored",
          "Amazon has agreed to buy about 1,100 acres in Warren County, Mississippi, from Yazoo Bluff Timber for roughly $42 million, two people briefed on the purchase told us.",
          note="invented; sourced, unconfirmed ('Neither company would comment'); no date -> month of the issue"),
        D("meta-prometheus-financing", ["Meta"], "other", 20 * B, "USD", "range", "2026-12", "rumored",
          "Meta is reportedly sounding out private-credit funds about a package of $20 billion to $25 billion to finance an expansion of its Prometheus cluster in New Albany, Ohio, a structure that would echo last year's Hyperion deal.",
          amount_max=25 * B, kind_alt=["investment"], note="invented rumour; lenders not named"),
        D("google-llano-denied", ["Google", "Llano Estacado Midstream"], "investment", 1.2 * B, "USD", "exact", "2026-12", "rumored",
          "Google flatly denied a trade-press report that it would pay $1.2 billion for a stake in Llano Estacado Midstream, a gas-pipeline venture in West Texas.",
          required=False, note="invented; rumour denied -> optional"),
        D("google-texas-2025", ["Google"], "capex_plan", 40 * B, "USD", "exact", "2025-11", "announced",
          "Google's $40 billion for Texas, announced in November 2025, now has two Haskell County buildings under roof.",
          term=["2025", "2027"]),
        D("meta-blueowl-hyperion", ["Meta", "Blue Owl Capital"], "joint_venture", 27 * B, "USD", "exact", "2025-10", "completed",
          "Meta's $27bn joint venture with Blue Owl (October 2025) financed the Hyperion campus; the first halls went live in the summer.",
          kind_alt=["investment", "other"]),
        D("apple-us-expansion-2025", ["Apple"], "capex_plan", 100 * B, "USD", "exact", "2025-08", "announced",
          "Apple's extra $100 billion of August 2025 has so far shown up mainly as supplier orders."),
        NA("microsoft-caledonia", ["Microsoft"], "capex_plan", None, "cancelled",
           "Microsoft, which dropped its planned campus in Caledonia, Wisconsin, in October 2025, has not revived it.",
           kind_alt=["project"], note="plan dropped in October 2025; the original plan's date is not given -> null"),
    ],
    "not_deals": ["about $610 billion", "an estimated $400 million a year", "$333.44 per megawatt-day", "about $95,000",
                  "roughly $250,000", "$250 gift card", "$14 a month"],
}

ALIASES = {
    "Amazon": ["Amazon", "Amazon Web Services", "AWS", "Amazon.com", "Amazon.com Inc."],
    "Talen Energy": ["Talen Energy", "Talen", "Talen Energy Corp."],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Village of Mount Pleasant": ["Village of Mount Pleasant", "Mount Pleasant"],
    "Foxconn": ["Foxconn", "Hon Hai"],
    "Steel Dynamics": ["Steel Dynamics", "Steel Dynamics Inc."],
    "Entergy Mississippi": ["Entergy Mississippi"],
    "Entergy Louisiana": ["Entergy Louisiana", "Entergy"],
    "Meta": ["Meta", "Meta Platforms", "Meta Platforms Inc."],
    "Apple": ["Apple", "Apple Inc.", "Apples"],
    "Williams": ["Williams", "Williams Companies", "The Williams Companies"],
    "Google": ["Google", "Alphabet", "Alphabet Inc.", "Google LLC"],
    "Intersect": ["Intersect", "Intersect Power"],
    "NextEra": ["NextEra", "NextEra Energy"],
    "Redbud Development Authority": ["Redbud Development Authority"],
    "Blue Owl Capital": ["Blue Owl Capital", "Blue Owl"],
    "Corning": ["Corning", "Corning Inc."],
    "MP Materials": ["MP Materials"],
    "We Energies": ["We Energies"],
    "Hollenbeck Family Farms": ["Hollenbeck Family Farms"],
    "Anthropic": ["Anthropic", "Anthropic PBC"],
    "Fluidstack": ["Fluidstack"],
    "Harlow Crane Bank": ["Harlow Crane Bank"],
    "Yazoo Bluff Timber": ["Yazoo Bluff Timber"],
    "Llano Estacado Midstream": ["Llano Estacado Midstream"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    for a in ARTICLES.values():
        for d in a["deals"]:
            for k in ("amount", "amount_max"):
                if isinstance(d[k], float) and d[k].is_integer():
                    d[k] = int(d[k])
            for x in d.get("alt_amounts", []):
                if isinstance(x["amount"], float) and x["amount"].is_integer():
                    x["amount"] = int(x["amount"])
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, {sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
