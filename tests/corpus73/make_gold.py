#!/usr/bin/env python3
"""Write gold.json for corpus73 (the hand annotation, kept as a script).

Usage: python3 tests/corpus73/make_gold.py
Edit the annotation here, then run it to rewrite gold.json. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the seventy-third, held-out test corpus (tests/corpus73/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: the AI-infrastructure race in the US Southwest (Texas, Arizona, Nevada, "
    "Utah, New Mexico) and its German coverage. One entry per article; a deal that several articles report "
    "carries the same id in each. 'required': false marks deals without an amount and vague or background "
    "mentions that an extractor may report or not without penalty. 'not_deals' lists money figures that are "
    "NOT deals (valuations, revenues, guidance other than capex, market figures, share prices, past spending, "
    "grants, tax abatements and state funds or loans, cumulative totals, analysts' estimates, parts of an "
    "annotated deal, prices, wages, ad figures): reporting one of them as a deal is an error. Amounts are in "
    "full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; "
    "'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision. 'date' is when the "
    "deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication "
    "date ('published', from the article's own date line, dateline, byline, issue line, <meta> or JSON-LD, "
    "or null when the article has none); a cancelled deal keeps the date of the original agreement or offer; "
    "a rumour that a later article reports as signed carries only the year; 'term' is the period the deal "
    "covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement "
    "call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Yucca Draw Energy, Hueco Digital, Sabinal Ridge "
    "Bank, Redhorn Credit Partners, Cholla Peak Compute, Quemado Water Partners, Tonopah Flats Data, Brazos "
    "Hollow Capital, Wink Basin Midstream, Sevier Desert Compute, Sevier Bend Irrigation Company, Pinon Grid "
    "Storage (Piñon), Frio Canyon Infrastructure, Mogollon Turbine Services, Ocotillo Power Cooperative, "
    "Tularosa Basin Partners, Lampasas Valley Bank; invented publications, research houses, advertisers and "
    "people are listed in invented_names.txt; the deals of real companies are partly real, partly invented "
    "or shifted (see README.md). Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
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


def NA(id, parties, kind, date, status, evidence, **extra):
    """A deal mention without an amount (optional by convention)."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=False, **extra)


USD, EUR = "USD", "EUR"
B, M = 1_000_000_000, 1_000_000

CRUSOE_JV = ["Crusoe", "Blue Owl Capital", "Primary Digital Infrastructure"]
JPM_JV = ["JPMorgan", "Crusoe", "Blue Owl Capital"]
STARGATE = ["OpenAI", "SoftBank", "Oracle", "MGX"]
CW_CS = ["CoreWeave", "Core Scientific"]
LOAN = dict(kind_alt=["investment"])

A = {}

A["001_yucca_draw_permian_ledger_en.txt"] = {
    "published": "2024-05-14",
    "published_note": "date line 'Midland · Tuesday, May 14, 2024'; 'on Monday' -> 2024-05-13",
    "language": "en",
    "deals": [
        D("yucca-hueco-power-2024", ["Yucca Draw Energy", "Hueco Digital"], "supply", 1.1 * B, USD, "approx",
          "2024-05-13", "signed",
          "Over its full term the contract should bring in about $1.1 billion, chief executive Clint Rutledge said in an interview.",
          note="20-year behind-the-meter power supply; parties and 'on Monday' in the previous sentence "
               "('Yucca Draw Energy Partners LP', 'Hueco Digital Holdings'); 017 restates it"),
        D("sabinal-yucca-loan-2024", ["Sabinal Ridge Bank", "Yucca Draw Energy"], "other", 240 * M, USD, "exact",
          "2024-05", "signed",
          "Sabinal Ridge Bank, the San Antonio lender, has arranged a $240 million construction loan for Yucca Draw, according to two people who worked on the financing.",
          note="construction loan from sources; no day given -> month of the article; 003 reports the closing, 017 restates it",
          **LOAN),
    ],
    "not_deals": ["$1.3 million to $1.5 million per megawatt", "$38 million", "$212 million",
                  "$78.40 a barrel", "$92,000 a year", "$41,995"],
}

A["002_core_scientific_parkettlupe.txt"] = {
    "published": "2024-06-04",
    "published_note": "portal line '04.06.2024 | 08:37 Uhr'; 'am Montag' -> 2024-06-03",
    "language": "de",
    "deals": [
        D("coreweave-corescientific-hosting-2024", CW_CS, "cloud_contract", 3.5 * B, USD, "approx",
          "2024-06-03", "signed",
          "Über zwölf Jahre soll das Geschäft rund 3,5 Milliarden Dollar in die Kasse bringen, teilte das Unternehmen am Montag mit.",
          kind_alt=["other", "supply"],
          note="12-year hosting of ~200 MW for CoreWeave; parties in the previous sentence; 'das Unternehmen' = Core "
               "Scientific; 009 and 014 restate it; must stay apart from the rejected offer and the 2025 merger"),
        D("coreweave-corescientific-offer-2024", CW_CS, "acquisition", 1 * B, USD, "approx", "2024-05", "cancelled",
          "CoreWeave hatte Ende Mai angeboten, Core Scientific für rund eine Milliarde Dollar komplett zu übernehmen.",
          note="unsolicited offer ('Ende Mai') rejected by Core Scientific's board; amount in words; 009 restates it"),
        D("blackstone-coreweave-debt-2024", ["Blackstone", "CoreWeave"], "other", 7.5 * B, USD, "exact", "2024-05",
          "signed",
          "Mitte Mai hatte sich CoreWeave bei Geldgebern unter Führung von Blackstone Kredite über 7,5 Milliarden Dollar gesichert.",
          note="debt financing led by Blackstone; 'Mitte Mai' -> 2024-05", **LOAN),
    ],
    "not_deals": ["5,75 Dollar je Aktie", "rund 1,3 Millionen Dollar je Megawatt", "19 Milliarden Dollar", "6,84 $",
                  "1.150,00 $", "19,71 $", "gut 1,4 Milliarden Dollar", "502 Millionen Dollar", "bei 9 Dollar",
                  "1 Euro je Order"],
}

A["003_abilene_caliche_report_en.txt"] = {
    "published": "2024-10-17",
    "published_note": "issue line 'Issue 58 — Thursday, 17 October 2024'; 'on Tuesday' -> 2024-10-15",
    "language": "en",
    "deals": [
        D("crusoe-blueowl-jv-2024", CRUSOE_JV, "joint_venture", 3.4 * B, USD, "exact", "2024-10-15", "signed",
          "Crusoe, the Denver outfit that builds GPU campuses next to cheap power, said on Tuesday that a jointly owned vehicle holding $3.4 billion from it and its financial backers will pay for phase one of its site on Lancium's land north of Abilene.",
          kind_alt=["investment"],
          note="the backers (Blue Owl Capital, Primary Digital Infrastructure) are named in the next sentence; Lancium "
               "is the landowner, not a party; 004 and 005 restate it; must stay apart from the $11.6bn raise of 2025"),
        D("jpmorgan-abilene-loan-2024", JPM_JV, "other", 2.3 * B, USD, "exact", "2024-10", "signed",
          "On top of the equity the partners have lined up a $2.3 billion construction loan from JPMorgan, a banker close to the deal told us; the bank declined to comment.",
          note="from a source; 'the partners' = Crusoe's joint venture (parties kept to Crusoe and Blue Owl Capital as "
               "in 008, which restates it); must stay apart from the $7.1bn loan of 2025", **LOAN),
        D("sabinal-yucca-loan-2024", ["Sabinal Ridge Bank", "Yucca Draw Energy"], "other", 240 * M, USD, "exact",
          "2024-05", "completed",
          "The $240 million construction facility that Sabinal Ridge Bank put together in May for Yucca Draw Energy's Hudspeth County gas plant has closed, with two credit unions from the Rio Grande Valley taking pieces.",
          note="closing of the loan of 001; arranged 'in May' -> 2024-05", **LOAN),
    ],
    "not_deals": ["$31 per MWh", "$1,800 to $2,400 an acre-foot", "about $9 million", "about $6,000 each",
                  "$5 billion", "$149"],
}

A["004_crusoe_runde_rechenkern.txt"] = {
    "published": "2024-12-13",
    "published_note": "date line 'Freitag, 13. Dezember 2024 · Heft 50 · Seite 22'; 'am Mittwoch' -> 2024-12-11; "
                      "'in der vergangenen Woche' -> 2024-12",
    "language": "de",
    "deals": [
        D("crusoe-seriesd-2024", ["Crusoe", "Founders Fund"], "investment", 600 * M, USD, "exact", "2024-12-11",
          "completed",
          "Der Rechenzentrumsentwickler Crusoe hat eine Finanzierungsrunde über 600 Millionen Dollar abgeschlossen.",
          note="lead investor Founders Fund and 'am Mittwoch' in the next sentence; valuation ~$2.8bn is a not_deal"),
        D("crusoe-blueowl-jv-2024", CRUSOE_JV, "joint_venture", 3.4 * B, USD, "exact", "2024-10", "signed",
          "Dort entsteht auf dem Gelände des Energieunternehmens Lancium ein Campus, den Crusoe mit den Finanzpartnern Blue Owl und Primary Digital errichtet; das Gemeinschaftsunternehmen der drei war im Oktober mit 3,4 Milliarden Dollar ausgestattet worden.",
          kind_alt=["investment"], note="restates 003 ('im Oktober'); short names 'Blue Owl', 'Primary Digital'"),
        D("tonopah-nye-land-2024", ["Tonopah Flats Data", "Nye County"], "acquisition", 14.6 * M, USD, "exact",
          "2024-12", "signed",
          "Der Kaufpreis lag bei 14,6 Millionen Dollar, wie aus den Unterlagen der Kreisverwaltung hervorgeht; der Vertrag wurde in der vergangenen Woche unterzeichnet.",
          note="land purchase from the county; parties in the previous sentence; 'in der vergangenen Woche' -> "
               "2024-12 (2-8 Dec); 020 mentions it without amount"),
    ],
    "not_deals": ["rund 2,8 Milliarden Dollar", "mehr als 1,1 Milliarden Dollar", "um die 25.000 Dollar",
                  "knapp 300 Millionen Dollar", "rund 190 Millionen Dollar im Jahr", "89 Euro"],
}

A["005_stargate_mesa_wire_en.txt"] = {
    "published": "2025-01-22",
    "published_note": "wire line 'January 22, 2025 | 05:10 CT', dateline 'Jan 21'; 'On Tuesday' -> 2025-01-21",
    "language": "en",
    "deals": [
        D("stargate-2025", STARGATE, "joint_venture", 500 * B, USD, "up_to", "2025-01-21", "announced",
          "On Tuesday OpenAI, Oracle and SoftBank took the wraps off Stargate, a jointly owned company that they said would pour up to $500 billion into U.S. artificial-intelligence infrastructure over four years, with Abu Dhabi's MGX joining as a founding equity investor.",
          kind_alt=["capex_plan", "investment"], alt_amounts=[{"amount": 480 * B, "currency": EUR}],
          note="the $100bn to be deployed at once is a part of it (not_deal); 006 restates it with EUR"),
        D("crusoe-blueowl-jv-2024", CRUSOE_JV, "joint_venture", 3.4 * B, USD, "exact", "2024-10", "signed",
          "Crusoe and its backers Blue Owl and Primary Digital began paying for it last October through a $3.4 billion joint venture, and the first two buildings are expected to switch on this year.",
          kind_alt=["investment"], note="restates 003 ('last October')"),
        D("constellation-calpine-2025", ["Constellation Energy", "Calpine"], "acquisition", 16.4 * B, USD, "exact",
          "2025-01", "signed",
          "Earlier this month Constellation Energy agreed to acquire Calpine, the biggest owner of gas-fired plants in Texas, in a cash-and-share deal worth $16.4 billion, or roughly $26.6 billion once Calpine's net debt is counted.",
          alt_amounts=[{"amount": 26.6 * B, "currency": USD}],
          note="'Earlier this month' -> 2025-01; $26.6bn incl. net debt is the same deal (alt_amounts); 006 restates it"),
    ],
    "not_deals": ["over $100bn", "$100 billion", "$40 billion to $50 billion", "$157 billion", "about $194",
                  "more than $1 billion"],
}

A["006_stargate_gas_strompost.txt"] = {
    "published": "2025-01-31",
    "published_note": "issue line 'Ausgabe 5/2025 · 31.01.2025'; 'Zehn Tage nach der Stargate-Ankündigung' -> "
                      "2025-01-21; 'am Dienstag' -> 2025-01-28; 'Vor drei Wochen' -> January 2025",
    "language": "de",
    "deals": [
        D("stargate-2025", STARGATE, "joint_venture", 500 * B, USD, "up_to", "2025-01-21", "announced",
          "OpenAI, Softbank, Oracle und der Investor MGX aus Abu Dhabi wollen bis zu 500 Milliarden Dollar, umgerechnet etwa 480 Milliarden Euro, binnen vier Jahren in Rechenzentren stecken; begonnen wird in Abilene.",
          kind_alt=["capex_plan", "investment"], alt_amounts=[{"amount": 480 * B, "currency": EUR}],
          note="restates 005; the date comes from 'Zehn Tage nach der Stargate-Ankündigung' in the previous sentence"),
        NA("chevron-engineno1-gevernova-2025", ["Chevron", "Engine No. 1", "GE Vernova"], "partnership",
           "2025-01-28", "announced",
           "Eine Antwort lieferten am Dienstag der Ölkonzern Chevron, der Finanzinvestor Engine No. 1 und der Turbinenhersteller GE Vernova.",
           kind_alt=["joint_venture", "project"],
           note="gas plants of up to 4 GW next to data centres; no amount ('Was das kosten soll, verrieten die drei nicht')"),
        D("constellation-calpine-2025", ["Constellation Energy", "Calpine"], "acquisition", 16.4 * B, USD, "exact",
          "2025-01", "signed",
          "Vor drei Wochen vereinbarte Constellation Energy die Übernahme des Kraftwerksbetreibers Calpine, der in Texas mehr Gaskraftwerke betreibt als jeder andere, für 16,4 Milliarden Dollar.",
          note="restates 005; 'Vor drei Wochen' in a 31 January paper -> about 2025-01-10, annotated at month precision"),
    ],
    "not_deals": ["fünf Milliarden Dollar", "562 Millionen Dollar", "minus 1,20 Dollar je Million BTU", "3,40 Dollar",
                  "über 2.000 Dollar je Kilowatt", "rund 120 Milliarden Dollar", "348 Euro"],
}

A["007_gridline_digest_march_en.txt"] = {
    "published": "2025-03-21",
    "published_note": "issue line 'No. 112 · Friday, 21 March 2025'; 'on Tuesday' -> 2025-03-18; 'on Wednesday' -> 2025-03-19",
    "language": "en",
    "deals": [
        D("crusoe-blueowl-raise-2025", CRUSOE_JV, "investment", 11.6 * B, USD, "exact", "2025-03-18", "completed",
          "Crusoe and Blue Owl Capital, together with Primary Digital Infrastructure, said on Tuesday they had raised $11.6 billion in fresh debt and equity for the Abilene campus.",
          kind_alt=["joint_venture", "other"],
          note="new money for the joint venture; the $15bn total is cumulative (not_deal); different from the $3.4bn "
               "joint venture of 2024; 010 restates it"),
        D("redhorn-cholla-facility-2025", ["Redhorn Credit Partners", "Cholla Peak Compute"], "other", 750 * M, USD,
          "exact", "2025-03", "signed",
          "Redhorn Credit Partners, a Dallas private-credit manager, has committed a $750m delayed-draw facility to Cholla Peak Compute, which is putting up a 300 MW campus in Pinal County, Arizona.",
          note="no day given -> month of the issue; 018 restates it; must stay apart from the $1.2bn refinancing of 2026",
          **LOAN),
        D("quemado-hueco-water-2025", ["Quemado Water Partners", "Hueco Digital"], "supply", 3.2 * M, USD, "approx",
          "2025-03", "signed",
          "Hueco will pay about $3.2 million a year for it, with a 2% annual escalator, according to a filing with the local groundwater district.",
          per="year", kind_alt=["other"],
          note="25-year water lease; supplier and term in the previous sentence; 013 restates it, 017 mentions it without amount"),
        D("brazos-tonopah-round-2025", ["Brazos Hollow Capital", "Tonopah Flats Data"], "investment", 310 * M, USD,
          "exact", "2025-03-19", "completed",
          "Brazos Hollow Capital, an Austin growth fund, on Wednesday led a $310 million equity round in Tonopah Flats Data, the Nevada campus developer.",
          note="020 restates it, 018 mentions the stake without amount; must stay apart from the 2026 takeover"),
        NA("switch-tonopah-denied", ["Switch", "Tonopah Flats Data"], "acquisition", "2025-03", "rumored",
           "Switch says a trade-press story about it courting Tonopah Flats for a takeover is wrong.",
           note="denied takeover rumour, no amount"),
    ],
    "not_deals": ["$15 billion", "north of $1 billion", "$62", "$250bn+", "$3.40", "$2,500"],
}

A["008_ticker_mai_tickerkammer.txt"] = {
    "published": "2025-05-22",
    "published_note": "liveblog date line 'Donnerstag, 22. Mai 2025'; 'am Mittwoch' -> 2025-05-21; 'Mitte Mai' -> 2025-05",
    "language": "de",
    "deals": [
        D("siemens-yucca-turbines-2025", ["Siemens Energy", "Yucca Draw Energy"], "supply", 1.6 * B, EUR, "approx",
          "2025-05-22", "signed",
          "Der Auftragswert liegt bei knapp 1,6 Milliarden Euro, teilte Siemens Energy mit.",
          alt_amounts=[{"amount": 1.8 * B, "currency": USD}],
          note="six gas turbines; buyer in the previous sentence; 'knapp' -> approx; reported in the 12:06 entry of "
               "the day; 017 gives 'call it $1.8 billion' (alt_amounts)"),
        NA("hueco-meta-talks-2025", ["Hueco Digital", "Meta"], "other", "2025-05", "rumored",
           "Gerücht um Hueco Digital: Insidern zufolge verhandelt der Rechenzentrumsentwickler aus El Paso mit Meta über die Anmietung ganzer Hallen auf seinem Campus bei Fort Hancock.",
           kind_alt=["cloud_contract"], note="lease talks from insiders, no amount"),
        D("nrg-lspower-2025", ["NRG Energy", "LS Power"], "acquisition", 12 * B, USD, "exact", "2025-05", "signed",
          "Der Versorger aus Houston hatte Mitte Mai angekündigt, von LS Power 13 Gigawatt an Gaskraftwerken und ein Geschäft für Lastmanagement für zwölf Milliarden Dollar zu übernehmen, Schulden eingerechnet.",
          note="'Der Versorger aus Houston' = NRG (entry heading); amount in words, incl. debt"),
        D("jpmorgan-abilene-loan-2025", JPM_JV, "other", 7.1 * B, USD, "exact", "2025-05-21", "signed",
          "JPMorgan stellt dem Gemeinschaftsunternehmen von Crusoe und Blue Owl Capital einen weiteren Kredit über 7,1 Milliarden Dollar für den Stargate-Campus bereit, das wurde am Mittwoch bekannt.",
          note="second loan for Abilene; must stay apart from the $2.3bn loan of 2024 (next sentence)", **LOAN),
        D("jpmorgan-abilene-loan-2024", JPM_JV, "other", 2.3 * B, USD, "exact", "2024", "signed",
          "Zusammen mit dem Darlehen über 2,3 Milliarden Dollar aus dem vergangenen Herbst summieren sich die Kredite von JPMorgan für das Projekt damit auf 9,6 Milliarden Dollar.",
          note="restates 003 ('aus dem vergangenen Herbst' -> 2024); the $9.6bn sum is cumulative (not_deal)", **LOAN),
    ],
    "not_deals": ["74,12 Euro", "43 Milliarden Dollar", "151 Dollar", "9,6 Milliarden Dollar", "1,1318 Dollar",
                  "3.310 Dollar je Feinunze", "250.000 Euro"],
}

A["009_coreweave_core_scientific_pecos_en.txt"] = {
    "published": "2025-07-08",
    "published_note": "portal line 'Jul 8, 2025 · 7:02 AM CT'; 'on Monday' -> 2025-07-07",
    "language": "en",
    "deals": [
        D("coreweave-corescientific-merger-2025", CW_CS, "acquisition", 9 * B, USD, "approx", "2025-07-07", "signed",
          "CoreWeave said on Monday it will take over Core Scientific and pay entirely in its own stock, a transaction valuing the Austin-based data centre operator at about $9 billion, thirteen months after Core Scientific's board turned away a far smaller approach from the same suitor.",
          alt_amounts=[{"amount": 7.8 * B, "currency": EUR}],
          note="all-stock takeover; 014 reports that shareholders voted it down (EUR 7.8bn there)"),
        D("coreweave-corescientific-hosting-2024", CW_CS, "cloud_contract", 3.5 * B, USD, "approx", "2024-06",
          "signed",
          "Their relationship dates to June 2024, when twelve-year hosting agreements worth roughly $3.5 billion were signed, and in that same month Core Scientific rebuffed CoreWeave's unsolicited, roughly $1 billion offer as too low.",
          kind_alt=["other", "supply"], note="restates 002"),
        D("coreweave-corescientific-offer-2024", CW_CS, "acquisition", 1 * B, USD, "approx", "2024", "cancelled",
          "Their relationship dates to June 2024, when twelve-year hosting agreements worth roughly $3.5 billion were signed, and in that same month Core Scientific rebuffed CoreWeave's unsolicited, roughly $1 billion offer as too low.",
          note="restates 002; the rejection was in June 2024, the offer date is not given here -> year"),
    ],
    "not_deals": ["$20.40", "about $10 billion", "some $500 million", "$79.5 million", "$159.85", "$14.61",
                  "$982 million", "near $78 billion", "$190 target", "$0.50 per contract"],
}

A["010_oracle_openai_bilanzbote.txt"] = {
    "published": "2025-07-23",
    "published_note": "date line 'Mittwoch, 23. Juli 2025 · Seite 8'; 'am Dienstag' -> 2025-07-22; 'Ende Juni' -> 2025-06",
    "language": "de",
    "deals": [
        D("oracle-openai-yearly-2025", ["Oracle", "OpenAI"], "cloud_contract", 30 * B, USD, "at_least", "2025-06",
          "signed",
          "Ende Juni hatte der Softwarekonzern aus Austin in einer Pflichtmitteilung einen Vertrag erwähnt, der ihm ab dem Geschäftsjahr 2028 Jahr für Jahr mehr als 30 Milliarden Dollar Umsatz bringen soll; den Namen des Kunden verschwieg Oracle damals.",
          per="year", term=["2027-06", None],
          note="yearly value from fiscal 2028 (starts June 2027); disclosed 'Ende Juni', OpenAI confirmed it as the "
               "customer 'am Dienstag' (previous sentence, 4.5 GW); 'der Softwarekonzern aus Austin' = Oracle"),
        D("crusoe-blueowl-raise-2025", CRUSOE_JV, "investment", 11.6 * B, USD, "exact", "2025-03", "completed",
          "Dort hatten Crusoe und seine Geldgeber Blue Owl und Primary Digital im März weitere 11,6 Milliarden Dollar eingesammelt, teils als Kredit, teils als Eigenkapital.",
          kind_alt=["joint_venture", "other"], note="restates 007 ('im März')"),
        D("coreweave-openai-2025", ["CoreWeave", "OpenAI"], "cloud_contract", 11.9 * B, USD, "exact", "2025-03",
          "signed",
          "Mit dem Cloudanbieter CoreWeave hatte das Unternehmen im März einen Fünfjahresvertrag über 11,9 Milliarden Dollar geschlossen.",
          note="'das Unternehmen' = OpenAI (previous sentence)"),
    ],
    "not_deals": ["57,4 Milliarden Dollar", "21,2 Milliarden Dollar", "rund 690 Milliarden Dollar",
                  "zwischen 150 und 200 Milliarden Dollar", "rund zehn Milliarden Dollar", "1 Euro",
                  "34,90 Euro monatlich"],
}

A["011_vantage_frontier_clear_fork_en.txt"] = {
    "published": "2025-08-21",
    "published_note": "byline date 'Aug. 21, 2025' (dateline 'ALBANY, Texas' without date); 'Tuesday' -> 2025-08-19",
    "language": "en",
    "deals": [
        D("vantage-frontier-2025", ["Vantage Data Centers"], "capex_plan", 25 * B, USD, "at_least", "2025-08-19",
          "announced",
          "Vantage Data Centers said Tuesday it will spend more than $25 billion on Frontier, a 1.4-gigawatt campus of ten two-storey buildings on about 1,200 acres of former ranchland south of town.",
          kind_alt=["project"], note="016 restates it ('Im August')"),
        D("wink-vantage-transport-2025", ["Wink Basin Midstream", "Vantage Data Centers"], "supply", 210 * M, USD,
          "approx", "2025-08", "signed",
          "Its 15-year transport agreement with Vantage is worth about $210 million, Wink Basin's commercial director Jolene Tafoya told the Courier.",
          kind_alt=["other"], note="'Its' = Wink Basin Midstream (previous sentence); no day given -> month of the article"),
    ],
    "not_deals": ["around $2.5 million a mile", "roughly $640 million over ten years", "$9.8 million",
                  "about $2,300 an acre", "$612 million", "$28 to $45 an hour", "$40 an acre", "$1,100",
                  "$48 a year", "$62 elsewhere"],
}

A["012_cholla_peak_saguaro_en.html"] = {
    "published": "2025-09-10",
    "published_note": "no visible date; from <meta property='article:published_time'> and JSON-LD datePublished "
                      "(2025-09-10T06:15-07:00); 'on Tuesday' -> 2025-09-09",
    "language": "en",
    "deals": [
        D("cholla-lambda-lease-2025", ["Cholla Peak Compute", "Lambda"], "cloud_contract", 2.7 * B, USD, "approx",
          "2025-09-09", "signed",
          "The Pinal County developer said on Tuesday that GPU cloud provider Lambda will lease 150 megawatts at its Casa Grande campus under a 12-year agreement valued at roughly $2.7 billion.",
          kind_alt=["other"], note="'The Pinal County developer' = Cholla Peak Compute (previous sentence)"),
        D("mogollon-cholla-turbines-2025", ["Mogollon Turbine Services", "Cholla Peak Compute"], "supply", 1.9 * M,
          USD, "exact", "2025-09", "signed",
          "The rental runs $1.9 million a month, and Cholla Peak can hand the units back once the utility hookup is live, according to a county air-permit application.",
          per="month", kind_alt=["other"],
          note="monthly rent for mobile gas turbines; lessor in the previous sentence; no date given -> month of the article"),
        D("ocotillo-cholla-ppa-2025", ["Ocotillo Power Cooperative", "Cholla Peak Compute"], "supply", 31 * M, USD,
          "approx", "2025-09", "signed",
          "For the long haul, Cholla Peak has signed a 15-year solar-and-storage power purchase agreement with Ocotillo Power Cooperative worth about $31 million a year.",
          per="year", note="no date given -> month of the article"),
        NA("beale-tucson-projectblue-2025", ["Beale Infrastructure", "City of Tucson"], "project", "2025-08",
           "cancelled",
           "Tucson's city council voted in August to stop negotiating with Beale Infrastructure over Project Blue, the data-centre proposal that residents fought over water use.",
           kind_alt=["other"], note="talks ended, no amount; 'in August' -> 2025-08"),
    ],
    "not_deals": ["about $2.99 an hour", "roughly $20", "about $95 million over 15 years", "$78,500", "$460,000",
                  "$59", "$9.99 a month"],
}

A["013_jupiter_suedwest_notizen.txt"] = {
    "published": "2025-10-17",
    "published_note": "blog byline 'veröffentlicht am 17.10.2025'; 'Am Mittwoch' -> 2025-10-15; 'Ende September' -> 2025-09",
    "language": "de",
    "deals": [
        D("jupiter-project-2025", ["BorderPlex Digital Assets", "STACK Infrastructure"], "project", 165 * B, USD,
          "up_to", "2025-09", "announced",
          "Die Partner beziffern ihre Investition über die kommenden Jahrzehnte auf bis zu 165 Milliarden Dollar.",
          kind_alt=["capex_plan"],
          note="'Die Partner' = BorderPlex Digital Assets and STACK Infrastructure (previous sentence, county approval "
               "'Ende September'); the property-tax waiver for the industrial revenue bonds is not a deal"),
        D("meta-elpaso-2025", ["Meta"], "project", 1.3 * B, EUR, "approx", "2025-10-15", "announced",
          "Am Mittwoch dann El Paso selbst: Meta kündigte an, umgerechnet rund 1,3 Milliarden Euro in ein Rechenzentrum im Nordosten der Stadt zu stecken, ausgelegt auf ein Gigawatt.",
          kind_alt=["capex_plan"], alt_amounts=[{"amount": 1.5 * B, "currency": USD}],
          note="given only in EUR ('umgerechnet'); 016 restates it as $1.5bn ('Mitte Oktober', alt_amounts)"),
        D("quemado-hueco-water-2025", ["Quemado Water Partners", "Hueco Digital"], "supply", 3.2 * M, USD, "approx",
          "2025-03", "signed",
          "Hueco Digital, dessen Campus östlich von El Paso liegt, hat sich schon im März abgesichert: Quemado Water Partners liefert aufbereitetes Brackwasser, Hueco zahlt dafür rund 3,2 Millionen Dollar im Jahr.",
          per="year", kind_alt=["other"], note="restates 007 ('im März')"),
        D("pinon-hueco-battery-2025", ["Piñon Grid Storage", "Hueco Digital"], "supply", 18 * M, USD, "exact",
          "2025-09", "signed",
          "Im September unterschrieb zudem Piñon Grid Storage einen Vertrag, nach dem der Batteriebetreiber aus Las Cruces den Campus zehn Jahre lang mit Regelenergie versorgt, für 18 Millionen Dollar pro Jahr.",
          per="year", note="'den Campus' = Hueco Digital's campus (previous sentence)"),
    ],
    "not_deals": ["mehr als 2 Milliarden Dollar", "um die 120 Dollar", "gut zehn Milliarden Dollar",
                  "rund 68.000 Dollar im Jahr"],
}

A["014_core_scientific_nein_fernschreiber.txt"] = {
    "published": "2025-10-31",
    "published_note": "wire line '31.10.2025 – 06:45'; the vote 'am Donnerstag' was on 2025-10-30; 'im Juli' -> 2025-07; "
                      "'Mitte Oktober' -> 2025-10",
    "language": "de",
    "deals": [
        D("coreweave-corescientific-merger-2025", CW_CS, "acquisition", 9 * B, USD, "approx", "2025-07", "cancelled",
          "Auf einer außerordentlichen Hauptversammlung stimmte am Donnerstag eine Mehrheit der Aktionäre gegen den im Juli vereinbarten Aktientausch, der Core Scientific mit rund neun Milliarden Dollar (etwa 7,8 Milliarden Euro) bewertet hatte.",
          alt_amounts=[{"amount": 7.8 * B, "currency": EUR}],
          note="the 009 takeover voted down by shareholders; a cancelled deal keeps the agreement date ('im Juli')"),
        NA("coreweave-corescientific-hosting-2024", CW_CS, "cloud_contract", None, "signed",
           "Die bestehenden Hosting-Verträge zwischen beiden Unternehmen bleiben von dem Votum unberührt.",
           kind_alt=["other", "supply"], note="restates the 2024 contracts of 002 without amount or date"),
        NA("coreweave-poolside-2025", ["CoreWeave", "Poolside"], "partnership", "2025-10", "announced",
           "Auch sonst bleibt CoreWeave in Texas aktiv: Mitte Oktober hatte der Konzern eine Vereinbarung mit dem KI-Entwickler Poolside bekanntgegeben, der in Westtexas den Campus Horizon plant.",
           kind_alt=["cloud_contract"], note="compute for the Horizon campus; 'Finanzdetails blieben offen'"),
        D("aip-aligned-2025", ["AI Infrastructure Partnership", "Aligned Data Centers"], "acquisition", 40 * B, USD,
          "exact", "2025-10", "signed",
          "Ein Käuferkreis um die AI Infrastructure Partnership – dahinter stehen unter anderem BlackRock mit Global Infrastructure Partners, der Abu-Dhabi-Investor MGX sowie Microsoft und Nvidia – zahlt 40 Milliarden Dollar für den Betreiber Aligned Data Centers; Verkäufer ist Macquarie Asset Management.",
          note="'Mitte Oktober' earlier in the same sentence; seller Macquarie Asset Management; the partnership's "
               "members are not listed as parties; the related link '40-Milliarden-Deal' is the same deal"),
    ],
    "not_deals": ["81 Millionen Dollar", "21,30 Dollar", "129,60 Dollar", "gut 63 Milliarden Dollar",
                  "5,15 bis 5,35 Milliarden Dollar"],
}

A["015_iren_cipher_lonestar_tape_en.txt"] = {
    "published": "2025-11-04",
    "published_note": "portal line 'Tuesday, Nov 4, 2025 · 6:48 AM ET'; 'on the same Monday' / 'busy Monday' -> 2025-11-03; "
                      "'since September' -> 2025-09",
    "language": "en",
    "deals": [
        D("iren-microsoft-2025", ["IREN", "Microsoft"], "cloud_contract", 9.7 * B, USD, "approx", "2025-11-03",
          "signed",
          "IREN disclosed a five-year contract to supply Microsoft with GPU cloud capacity at its Childress campus worth about $9.7 billion, or roughly A$14.9 billion.",
          alt_amounts=[{"amount": 14.9 * B, "currency": "AUD"}],
          note="the 20% prepayment is part of it; Monday from the previous sentence"),
        D("iren-dell-2025", ["IREN", "Dell"], "supply", 5.8 * B, USD, "approx", "2025-11-03", "signed",
          "To fill the halls, the Sydney-founded company agreed to buy Nvidia GB300 systems and related gear from Dell for about $5.8 billion.",
          note="'the Sydney-founded company' = IREN"),
        D("cipher-aws-2025", ["Cipher Mining", "Amazon"], "other", 5.5 * B, USD, "approx", "2025-11-03", "signed",
          "Cipher Mining, meanwhile, will host Amazon Web Services for 15 years on 300 MW of capacity under a lease valued at about $5.5 billion.",
          kind_alt=["cloud_contract"], note="15-year lease"),
        D("fluidstack-cipher-2025", ["Fluidstack", "Cipher Mining"], "other", 3 * B, USD, "approx", "2025-09",
          "signed",
          "That makes AWS Cipher's second large AI tenant since September, when Fluidstack signed a ten-year lease at its Barber Lake site worth roughly $3 billion and Google agreed to stand behind $1.4 billion of the start-up's rent should it ever default, in return for warrants equal to a 5.4% stake in Cipher.",
          kind_alt=["cloud_contract"], note="ten-year lease at Barber Lake; 'since September' -> 2025-09"),
        D("google-cipher-backstop-2025", ["Google", "Cipher Mining"], "other", 1.4 * B, USD, "exact", "2025-09",
          "signed",
          "That makes AWS Cipher's second large AI tenant since September, when Fluidstack signed a ten-year lease at its Barber Lake site worth roughly $3 billion and Google agreed to stand behind $1.4 billion of the start-up's rent should it ever default, in return for warrants equal to a 5.4% stake in Cipher.",
          kind_alt=["investment"], note="Google's backstop of Fluidstack's lease, paid with warrants for ~5.4% of Cipher"),
        D("amazon-openai-2025", ["Amazon", "OpenAI"], "cloud_contract", 38 * B, USD, "exact", "2025-11-03", "signed",
          "Amazon had a busy Monday of its own: separately, it agreed a seven-year, $38 billion cloud deal with OpenAI, its first with the ChatGPT maker.",
          note="seven-year cloud contract; must stay apart from the Cipher lease the same day"),
    ],
    "not_deals": ["about $19 billion", "about $1.2 billion", "near $106,000", "$71.20", "$17.85", "$519.40",
                  "$34.9 billion", "$95", "about $1.9 billion a year", "$250,000"],
}

A["016_google_texas_rechenzentrum_radar.html"] = {
    "published": "2025-11-14",
    "published_note": "visible '14.11.2025, 18:40 Uhr' and <meta name='date'>; 'am Freitag' -> 2025-11-14; "
                      "'Im August' -> 2025-08; 'Mitte Oktober', 'Ende Oktober' -> 2025-10",
    "language": "de",
    "deals": [
        D("google-texas-2025", ["Google"], "capex_plan", 40 * B, USD, "approx", "2025-11-14", "announced",
          "Google will bis Ende 2027 rund 40 Milliarden Dollar (etwa 34 Milliarden Euro) in Texas investieren.",
          alt_amounts=[{"amount": 34 * B, "currency": EUR}], term=[None, "2027"], kind_alt=["project"],
          note="'am Freitag' in the next sentence; the $30m energy-efficiency fund is not a deal"),
        D("vantage-frontier-2025", ["Vantage Data Centers"], "capex_plan", 25 * B, USD, "at_least", "2025-08",
          "announced",
          "Texas zieht die Konkurrenz an: Im August hatte Vantage Data Centers angekündigt, mehr als 25 Milliarden Dollar in den Campus Frontier im Shackelford County zu stecken, Mitte Oktober legte Meta mit rund 1,5 Milliarden Dollar für ein Rechenzentrum in El Paso nach.",
          kind_alt=["project"], note="restates 011; two deals in one sentence"),
        D("meta-elpaso-2025", ["Meta"], "project", 1.5 * B, USD, "approx", "2025-10", "announced",
          "Texas zieht die Konkurrenz an: Im August hatte Vantage Data Centers angekündigt, mehr als 25 Milliarden Dollar in den Campus Frontier im Shackelford County zu stecken, Mitte Oktober legte Meta mit rund 1,5 Milliarden Dollar für ein Rechenzentrum in El Paso nach.",
          kind_alt=["capex_plan"], note="restates 013 (month only here)"),
        D("alphabet-capex-2025", ["Google"], "capex_plan", 91 * B, USD, "range", "2025-10", "planned",
          "Die Google-Mutter Alphabet hatte erst Ende Oktober ihre Investitionsprognose für 2025 auf 91 bis 93 Milliarden Dollar angehoben.",
          amount_max=93 * B,
          note="capital-spending guidance for 2025 (a capex plan); Alphabet = Google; must stay apart from the Texas plan"),
    ],
    "not_deals": ["30 Millionen Dollar", "zehn Milliarden Dollar", "276,41 Dollar", "2,95 Euro im Monat"],
}

A["017_interview_rutledge_caliche_en.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Reading time: 6 minutes'); relative dates ('next "
                      "summer', 'last winter', 'next year') cannot be resolved -> null",
    "language": "en",
    "deals": [
        D("yucca-hueco-power-2024", ["Yucca Draw Energy", "Hueco Digital"], "supply", 1.1 * B, USD, "approx", None,
          "signed",
          "The Hueco contract is the backbone: roughly $1.1 billion over twenty years, and they can't walk away from it.",
          note="restates 001; the speaker is Yucca Draw's CEO"),
        D("siemens-yucca-turbines-2025", ["Siemens Energy", "Yucca Draw Energy"], "supply", 1.6 * B, EUR, "approx",
          None, "signed", "The order is about €1.6 billion, call it $1.8 billion, for six machines.",
          alt_amounts=[{"amount": 1.8 * B, "currency": USD}],
          note="restates 008; supplier named in the question before"),
        D("sabinal-yucca-loan-2024", ["Sabinal Ridge Bank", "Yucca Draw Energy"], "other", 240 * M, USD, "exact",
          None, "completed", "Their $240 million loan was the first they ever wrote for a power plant.",
          note="restates 001/003; 'Their' = Sabinal Ridge Bank (previous sentence)", **LOAN),
        D("wink-yucca-gas", ["Wink Basin Midstream", "Yucca Draw Energy"], "supply", 620 * M, USD, "approx", None,
          "signed", "We signed ten years with them for firm supply, about $620 million in total, fixed-price for the first five.",
          note="'them' = Wink Basin Midstream (previous sentence), 'We' = Yucca Draw Energy; undated"),
        D("brazos-yucca-offer", ["Brazos Hollow Capital", "Yucca Draw Energy"], "acquisition", 900 * M, USD, "exact",
          None, "cancelled",
          "Brazos Hollow Capital put $900 million on the table for the whole company last winter.",
          note="offer refused ('We said no in one meeting'); 'last winter' without a year -> null"),
        NA("quemado-hueco-water-2025", ["Quemado Water Partners", "Hueco Digital"], "supply", None, "signed",
           "The water deal out there is Hueco's lease with Quemado, not ours.",
           kind_alt=["other"], note="mentions the 007 lease without amount"),
        D("yucca-capex-next-year", ["Yucca Draw Energy"], "capex_plan", 450 * M, USD, "approx", None, "planned",
          "About $450 million, most of it on a second plant in Reeves County.",
          note="answer to 'What are you spending next year?'; undated interview"),
    ],
    "not_deals": ["around $68 a megawatt-hour", "$140,000", "$55 an hour", "under $2 per million BTU",
                  "monthly $19", "$190 for twelve months"],
}

A["018_rechenzentrums_report_feb26.txt"] = {
    "published": "2026-02-19",
    "published_note": "issue line 'Nr. 7/2026 · Donnerstag, 19. Februar 2026'; 'am Dienstag' -> 2026-02-17; "
                      "'in dieser Woche' -> 2026-02",
    "language": "de",
    "deals": [
        D("sevier-round-2026", ["Sevier Desert Compute", "Brazos Hollow Capital"], "investment", 480 * M, USD,
          "exact", "2026-02-17", "completed",
          "Sevier Desert Compute, Entwickler eines Campus bei Delta, hat am Dienstag eine Finanzierungsrunde über 480 Millionen Dollar abgeschlossen.",
          note="lead investor Brazos Hollow Capital in the next sentence; 019 restates it"),
        NA("brazos-tonopah-round-2025", ["Brazos Hollow Capital", "Tonopah Flats Data"], "investment", None,
           "completed",
           "Angeführt wurde sie von Brazos Hollow Capital aus Austin, das bereits an Tonopah Flats Data in Nevada beteiligt ist.",
           note="background mention of the 2025 stake (007) without amount"),
        D("energytransfer-wink-2026", ["Energy Transfer", "Wink Basin Midstream"], "acquisition", 2.4 * B, USD,
          "approx", "2026", "rumored",
          "Zwei Personen, die mit den Verhandlungen vertraut sind, nennen einen Kaufpreis von rund 2,4 Milliarden Dollar einschließlich Schulden.",
          alt_amounts=[{"amount": 2.38 * B, "currency": USD}],
          note="rumour ('Insidern zufolge', parties in the previous sentence); 020 reports the agreement of May 2026 "
               "at $2.38bn and its completion; the year keeps the shared id's dates consistent"),
        D("redhorn-cholla-facility-2025", ["Redhorn Credit Partners", "Cholla Peak Compute"], "other", 750 * M, USD,
          "exact", "2025-03", "signed",
          "Redhorn Credit Partners, das dem Entwickler im März 2025 eine Kreditlinie über 750 Millionen Dollar eingeräumt hatte, löst diese durch eine neue Fazilität über 1,2 Milliarden Dollar ab, wie Cholla Peak in dieser Woche mitteilte.",
          note="restates 007; replaced by the new facility in the same sentence", **LOAN),
        D("redhorn-cholla-refi-2026", ["Redhorn Credit Partners", "Cholla Peak Compute"], "other", 1.2 * B, USD,
          "exact", "2026-02", "signed",
          "Redhorn Credit Partners, das dem Entwickler im März 2025 eine Kreditlinie über 750 Millionen Dollar eingeräumt hatte, löst diese durch eine neue Fazilität über 1,2 Milliarden Dollar ab, wie Cholla Peak in dieser Woche mitteilte.",
          note="refinancing announced 'in dieser Woche'; must stay apart from the $750m facility of 2025", **LOAN),
        D("tularosa-pinon-2026", ["Tularosa Basin Partners", "Piñon Grid Storage"], "acquisition", 86 * M, USD,
          "exact", "2026-02", "signed",
          "Der Kaufpreis liegt nach Angaben des Käufers bei 86 Millionen Dollar.",
          note="purchase of two battery projects; parties in the previous sentence; no day -> month of the issue"),
    ],
    "not_deals": ["rund 2,2 Milliarden Dollar", "21 Millionen Dollar", "weniger als 180.000 Dollar",
                  "71 Dollar je Megawattstunde", "129 statt 179 Euro", "4.500 Euro"],
}

A["019_sevier_desert_wasatch_en.html"] = {
    "published": "2026-04-14",
    "published_note": "visible byline 'Tue, Apr 14, 2026' and <meta name='pubdate'>; 'On Monday' -> 2026-04-13; "
                      "'last week' -> 2026-04; 'in February' -> 2026-02",
    "language": "en",
    "deals": [
        D("sevier-water-2026", ["Sevier Desert Compute", "Sevier Bend Irrigation Company"], "acquisition", 27 * M,
          USD, "exact", "2026-04", "completed",
          "The company bought 3,200 acre-feet of annual shares from the Sevier Bend Irrigation Company for $27 million, the irrigation company's board confirmed last week.",
          kind_alt=["supply"], note="purchase of water shares; 'The company' = Sevier Desert Compute"),
        D("frio-sevier-loan-2026", ["Frio Canyon Infrastructure", "Sevier Desert Compute"], "other", 650 * M, USD,
          "exact", "2026-04-13", "signed",
          "On Monday the developer also signed a $650 million construction loan with Frio Canyon Infrastructure, a San Antonio private-credit fund.",
          note="'the developer' = Sevier Desert Compute", **LOAN),
        D("sevier-round-2026", ["Sevier Desert Compute", "Brazos Hollow Capital"], "investment", 480 * M, USD,
          "exact", "2026-02", "completed",
          "It comes two months after Brazos Hollow Capital led Sevier's $480 million equity round in February.",
          note="restates 018 (month only)"),
        NA("joule-caterpillar", ["Joule Capital Partners", "Caterpillar"], "supply", None, "announced",
           "Not far away, Joule Capital Partners is pursuing its own campus with generators from Caterpillar; neither company has put a figure on that arrangement.",
           note="background arrangement without amount or date"),
    ],
    "not_deals": ["up to $48 million over 20 years", "about $7 a month", "around $265 a ton",
                  "roughly $41,000 a year", "$10-12 million per megawatt", "about $8,400 an acre-foot", "$395",
                  "$6/month"],
}

A["020_tonopah_uebernahme_firmenmeldungen.txt"] = {
    "published": "2026-11-16",
    "published_note": "dateline 'AUSTIN, Texas / TONOPAH, Nevada, 16. November 2026' of the press-release rewrite; "
                      "'heute' -> 2026-11-16",
    "language": "de",
    "deals": [
        D("brazos-tonopah-takeover-2026", ["Brazos Hollow Capital", "Tonopah Flats Data"], "acquisition", 1.9 * B,
          USD, "exact", "2026-11-16", "signed",
          "Wie beide Unternehmen heute mitteilten, zahlt Brazos Hollow für die restlichen Anteile und die Übernahme der Schulden zusammen 1,9 Milliarden Dollar (rund 1,6 Milliarden Euro).",
          alt_amounts=[{"amount": 1.6 * B, "currency": EUR}], note="full takeover incl. debt; must stay apart from the $310m round of 2025 (next paragraph)"),
        D("tonopah-takeover-loan-2026", ["Frio Canyon Infrastructure", "Lampasas Valley Bank", "Brazos Hollow Capital"],
          "other", 700 * M, USD, "exact", "2026-11", "signed",
          "Finanziert wird der Kauf zum Teil über einen Kredit von 700 Millionen Dollar, den Frio Canyon Infrastructure und die Lampasas Valley Bank gemeinsam bereitstellen.",
          note="acquisition loan to the buyer, announced with the takeover; a deal of its own (other parties)", **LOAN),
        D("brazos-tonopah-round-2025", ["Brazos Hollow Capital", "Tonopah Flats Data"], "investment", 310 * M, USD,
          "exact", "2025-03", "completed",
          "Brazos Hollow war im März 2025 mit einer Finanzierungsrunde über 310 Millionen Dollar bei Tonopah Flats eingestiegen.",
          note="restates 007"),
        NA("tonopah-nye-land-2024", ["Tonopah Flats Data", "Nye County"], "acquisition", None, "completed",
           "Seitdem hat das Unternehmen auf dem einst vom Nye County erworbenen Gelände zwei Hallen mit zusammen 180 Megawatt in Betrieb genommen.",
           note="mentions the 2024 land purchase (004) without amount or date"),
        D("energytransfer-wink-2026", ["Energy Transfer", "Wink Basin Midstream"], "acquisition", 2.38 * B, USD,
          "exact", "2026-05", "completed",
          "So hatte Energy Transfer im Mai 2026 den 2,38-Milliarden-Dollar-Kauf von Wink Basin Midstream vereinbart; die Transaktion wurde Ende Oktober abgeschlossen.",
          note="amount in a compound; agreed in May 2026, closed at the end of October; the rumour of 018"),
    ],
    "not_deals": ["rund elf Millionen Dollar", "96 Millionen Dollar", "rund 6,5 Milliarden Dollar", "150 Euro Prämie",
                  "10.000 Euro"],
}

ALIASES = {
    # invented
    "Yucca Draw Energy": ["Yucca Draw Energy Partners LP", "Yucca Draw Energy Partners", "Yucca Draw"],
    "Hueco Digital": ["Hueco Digital Holdings", "Hueco"],
    "Sabinal Ridge Bank": ["Sabinal Ridge"],
    "Redhorn Credit Partners": [],
    "Cholla Peak Compute": ["Cholla Peak"],
    "Quemado Water Partners": ["Quemado"],
    "Tonopah Flats Data": ["Tonopah Flats"],
    "Brazos Hollow Capital": ["Brazos Hollow"],
    "Wink Basin Midstream": ["Wink Basin"],
    "Sevier Desert Compute": ["Sevier"],
    "Sevier Bend Irrigation Company": [],
    "Piñon Grid Storage": [],
    "Frio Canyon Infrastructure": [],
    "Mogollon Turbine Services": [],
    "Ocotillo Power Cooperative": [],
    "Tularosa Basin Partners": [],
    "Lampasas Valley Bank": [],
    # real
    "Crusoe": ["Crusoes"],
    "Blue Owl Capital": ["Blue Owl"],
    "Primary Digital Infrastructure": ["Primary Digital"],
    "JPMorgan": [],
    "Founders Fund": [],
    "Nye County": [],
    "OpenAI": [],
    "SoftBank": ["Softbank"],
    "Oracle": [],
    "MGX": [],
    "Constellation Energy": ["Constellation"],
    "Calpine": [],
    "Chevron": [],
    "Engine No. 1": [],
    "GE Vernova": [],
    "NRG Energy": ["NRG"],
    "LS Power": [],
    "Siemens Energy": [],
    "Meta": [],
    "CoreWeave": ["CoreWeaves"],
    "Core Scientific": [],
    "Blackstone": [],
    "Vantage Data Centers": ["Vantage"],
    "Lambda": [],
    "Beale Infrastructure": [],
    "City of Tucson": ["Tucson"],
    "BorderPlex Digital Assets": ["BorderPlex"],
    "STACK Infrastructure": [],
    "Poolside": [],
    "AI Infrastructure Partnership": [],
    "Aligned Data Centers": ["Aligned"],
    "IREN": [],
    "Microsoft": [],
    "Dell": [],
    "Cipher Mining": ["Cipher"],
    "Amazon": ["Amazon Web Services", "AWS"],
    "Fluidstack": [],
    "Google": ["Alphabet"],
    "Energy Transfer": [],
    "Switch": [],
    "Joule Capital Partners": [],
    "Caterpillar": [],
}


def main():
    for a in A.values():
        for d in a["deals"]:
            for k in ("amount", "amount_max"):
                if isinstance(d.get(k), float):
                    d[k] = int(round(d[k]))
            for alt in d.get("alt_amounts", []):
                alt["amount"] = int(round(alt["amount"]))
    gold = {"about": ABOUT, "articles": A, "aliases": {k: sorted(set([k] + v), key=lambda s: (-len(s), s))
                                                       for k, v in ALIASES.items()}}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
