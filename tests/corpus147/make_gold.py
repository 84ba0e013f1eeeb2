#!/usr/bin/env python3
"""Write gold.json for tests/corpus147 (the hand annotation of articles/).

Edit the annotation here, then run: python3 tests/corpus147/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 147th held-out test corpus (tests/corpus147/articles/): legal, tax and "
    "professional-information companies and law firms buying AI; written for the tests and independent of "
    "the extractor; same format and rules as tests/corpus15/gold.json and shared/gold/seeds.json. One entry "
    "per article; a deal that several articles report carries the same id in each. 'required': false marks "
    "vague or background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the "
    "same article) states it in another currency or at another precision. 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <time datetime>, issue line or copyright "
    "line, or null when the article has none); quarters, half-years and seasons become the year; a cancelled "
    "deal keeps the date of the original talks; 'term' is the period the deal covers, where the text gives "
    "one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the "
    "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: "
    "Clausewright, Holmfirth Capital, Hallam & Voss, Rechenhaus Franken GmbH, Kontorius, Isarlicht Ventures, "
    "Lagvik, Skjoldborg Kapital, Paragrafwerk, Rothenbühl Lenz, Briefbench, Ashdown Pryce, Thamesreach "
    "Compute, Vidhikosh Legal Services, Bärtschi Amrein, Limmatwerk Compute, Hagedorn Wirtz, Coteau Legal "
    "Analytics, Rivière-Noire Capital; invented publications, research houses, advertisers and people are "
    "listed in invented_names.txt; the deals of real companies are partly real, partly invented or shifted. "
    "Nothing here is reporting."
)

ALIASES = {
    "Clausewright": ["Clausewright"],
    "Holmfirth Capital": ["Holmfirth Capital", "Holmfirth"],
    "Thomson Reuters": ["Thomson Reuters", "Thomson Reuters Corp.", "Thomson Reuters Corporation"],
    "Hallam & Voss": ["Hallam & Voss", "Hallam and Voss", "Hallam & Voss LLP"],
    "Harvey": ["Harvey", "Harvey AI"],
    "DATEV": ["DATEV", "DATEV eG"],
    "Rechenhaus Franken": ["Rechenhaus Franken", "Rechenhaus Franken GmbH", "Rechenhaus"],
    "Stadt Schwabach": ["Stadt Schwabach", "Schwabach"],
    "Casetext": ["Casetext"],
    "GV": ["GV", "Google Ventures"],
    "RELX": ["RELX", "RELX plc", "LexisNexis", "LexisNexis Legal & Professional"],
    "Henchman": ["Henchman"],
    "Sequoia": ["Sequoia", "Sequoia Capital"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure", "Microsoft Azure"],
    "Kontorius": ["Kontorius", "Kontorius GmbH"],
    "Isarlicht Ventures": ["Isarlicht Ventures", "Isarlicht"],
    "Lagvik": ["Lagvik", "Lagvik AB"],
    "Skjoldborg Kapital": ["Skjoldborg Kapital", "Skjoldborg"],
    "Rothenbühl Lenz": ["Rothenbühl Lenz", "Rothenbuehl Lenz", "Rothenbühl"],
    "Paragrafwerk": ["Paragrafwerk", "Paragrafwerk GmbH"],
    "Wolters Kluwer": ["Wolters Kluwer", "Wolters Kluwer N.V."],
    "Clio": ["Clio", "Themis Solutions"],
    "vLex": ["vLex"],
    "Kleiner Perkins": ["Kleiner Perkins"],
    "Coatue": ["Coatue", "Coatue Management"],
    "Freshfields": ["Freshfields", "Freshfields Bruckhaus Deringer"],
    "Google": ["Google", "Google Cloud"],
    "Clifford Chance": ["Clifford Chance", "Clifford Chance LLP"],
    "Ashdown Pryce": ["Ashdown Pryce", "Ashdown Pryce LLP"],
    "Briefbench": ["Briefbench"],
    "Thamesreach Compute": ["Thamesreach Compute", "Thamesreach"],
    "Vidhikosh Legal Services": ["Vidhikosh Legal Services", "Vidhikosh"],
    "Bärtschi Amrein": ["Bärtschi Amrein", "Baertschi Amrein"],
    "Limmatwerk Compute": ["Limmatwerk Compute", "Limmatwerk Compute AG", "Limmatwerk"],
    "Andreessen Horowitz": ["Andreessen Horowitz", "a16z"],
    "Hagedorn Wirtz": ["Hagedorn Wirtz"],
    "Coteau Legal Analytics": ["Coteau Legal Analytics", "Coteau"],
    "Rivière-Noire Capital": ["Rivière-Noire Capital", "Riviere-Noire Capital", "Rivière-Noire"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, per=None, alt=None, kind_alt=None, term=None, note=None):
    d = {
        "id": id, "parties": parties, "kind": kind,
        "amount": amount, "amount_max": amount_max,
        "currency": currency if amount is not None else None,
        "qualifier": qualifier if amount is not None else None,
        "date": date, "status": status, "required": required,
    }
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


def art(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


A = {}

A["001_clausewright_holmfirth_retainerbrief_en.txt"] = art(
    "2024-01-23", "from the issue line 'Issue 14 · Tuesday 23 January 2024'; 'on Monday' -> 2024-01-22; 'last week' -> 2024-01; 'last spring' -> 2023", "en",
    [
        deal("holmfirth-clausewright-seriesa-2024", ["Holmfirth Capital", "Clausewright"], "investment",
             42000000, "USD", "exact", "2024-01-22", "completed",
             "Clausewright, the Dublin company whose software reads supply contracts and flags every clause that strays from a client's negotiating playbook, said on Monday that investors had committed $42 million to it in a Series A round.",
             note="lead investor in the next sentence ('Holmfirth Capital led it.'); first Holmfirth deal (the 2026 Briefbench round in 014 is another)"),
        deal("thomsonreuters-clausewright-stake-2023", ["Thomson Reuters", "Clausewright"], "investment",
             15000000, "USD", "exact", "2023", "completed",
             "The Toronto-based information group bought a minority stake for $15 million last spring through its venture arm and, Brannigan-Keogh said, \"decided to watch from the sidelines this time\".",
             kind_alt=["acquisition"],
             note="'The Toronto-based information group' = Thomson Reuters (previous sentence); 'last spring' in a January 2024 issue -> 2023; must stay apart from the 2024 takeover (003, 004, 007)"),
        deal("hallamvoss-harvey-licence", ["Hallam & Voss", "Harvey"], "supply",
             4500000, "USD", "approx", "2024-01", "signed",
             "The firm will pay about $4.5 million a year for seats across its litigation and regulatory groups, according to a lawyer who has seen the paperwork; both sides confirmed the arrangement last week but would not talk about price.",
             per="year", kind_alt=["cloud_contract", "other"],
             note="'The firm' = Hallam & Voss, three-year enterprise agreement with Harvey (previous sentence); yearly rate; 'last week' -> month"),
    ],
    ["$260 million", "$11 million", "$3.8 million", "$225,000", "$3.4 billion", "$1,150",
     "$39 per user per month", "$149"])

A["002_datev_rechenhaus_schwabach_rednitztaler.txt"] = art(
    "2024-06-14", "from the date line 'Schwabach · Freitag, 14. Juni 2024'; 'am Dienstagabend' -> 2024-06-11; 'Am Mittwoch' -> 2024-06-12", "de",
    [
        deal("schwabach-rechenhaus-land", ["Rechenhaus Franken", "Stadt Schwabach"], "acquisition",
             7400000, "EUR", "exact", "2024-06-11", "signed",
             "7,4 Millionen Euro zahlt die Käuferin für die gut vier Hektar.",
             kind_alt=["other"],
             note="amount first; council vote 'am Dienstagabend' in the previous sentence, buyer ('Es handelt sich um die Rechenhaus Franken GmbH') in the next; land sale by the town"),
        deal("datev-rechenhaus-2024", ["DATEV", "Rechenhaus Franken"], "cloud_contract",
             140000000, "EUR", "approx", "2024-06-12", "signed",
             "Am Mittwoch unterzeichneten Rechenhaus Franken und die Nürnberger Genossenschaft DATEV einen Vertrag über Rechenkapazität für KI-Anwendungen, den beide Seiten auf rund 140 Millionen Euro beziffern.",
             kind_alt=["supply"], term=["2025-01", "2029-12"],
             note="five-year compute contract; restated without amount in 012 and with amount in the undated interview 016; the 2026 monthly follow-on (015) is a different deal"),
    ],
    ["1,5 Millionen Euro Gewerbesteuer pro Jahr", "180 Euro je Quadratmeter", "2,1 Millionen Euro",
     "1,4 Milliarden Euro", "6.990 Euro", "5,50 Euro"])

A["003_thomsonreuters_clausewright_larkmoor_en.txt"] = art(
    "2024-09-19", "from the wire stamp 'September 19, 2024 05:40 ET' (dateline 'TORONTO, Sept 18'); 'on Wednesday' -> 2024-09-18; 'in July' -> 2024-07", "en",
    [
        deal("thomsonreuters-clausewright-acq", ["Thomson Reuters", "Clausewright"], "acquisition",
             450000000, "USD", "range", "2024", "negotiating",
             "Thomson Reuters is in advanced negotiations to acquire Clausewright, a Dublin-based maker of contract-review software, for between $450 million and $500 million, three people close to the process told Larkmoor on Wednesday.",
             amount_max=500000000, alt=[(480000000, "USD"), (440000000, "EUR")],
             note="talks from sources; 004 reports the signing at $480m / about €440m on 2024-10-07 (alt_amounts); the year keeps the shared id's dates consistent"),
        deal("thomsonreuters-casetext-2023", ["Thomson Reuters", "Casetext"], "acquisition",
             650000000, "USD", "exact", "2023", "completed",
             "A purchase would be the Toronto-headquartered group's largest legal-technology acquisition since it paid $650 million in cash for Casetext, the California developer of the CoCounsel assistant, in 2023.",
             required=False, note="background purchase of 2023; 'the Toronto-headquartered group' = Thomson Reuters"),
        deal("thomsonreuters-ai-spending", ["Thomson Reuters"], "capex_plan",
             100000000, "USD", "at_least", None, "planned",
             "The owner of Westlaw and of the Reuters news agency has told investors it will put more than $100 million a year into artificial intelligence on top of acquisitions, and that it has roughly $8 billion of balance-sheet room for deals through 2026.",
             required=False, per="year",
             note="group-wide yearly AI spending plan, no date given; the $8 billion acquisition capacity in the same sentence is a not_deal"),
        deal("gv-harvey-seriesc-2024", ["GV", "Harvey"], "investment",
             110000000, "USD", "exact", "2024-07", "completed",
             "Harvey, the San Francisco legal-AI company, raised $110 million in July in a round led by GV, the venture arm of Alphabet, at a valuation of $1.6 billion.",
             note="valuation $1.6 billion is a not_deal"),
    ],
    ["$8 billion", "$1.6 billion", "$20 million", "$168.12", "$75 billion", "$2.1 billion"])

A["004_thomsonreuters_clausewright_kursschatulle.txt"] = art(
    "2024-10-08", "from the portal stamp '08.10.2024, 07:52 Uhr'; 'am Montag' -> 2024-10-07; 'im Juni' -> 2024-06", "de",
    [
        deal("thomsonreuters-clausewright-acq", ["Thomson Reuters", "Clausewright"], "acquisition",
             480000000, "USD", "exact", "2024-10-07", "signed",
             "Der Kaufpreis liegt bei 480 Millionen US-Dollar, umgerechnet rund 440 Millionen Euro; bezahlt wird komplett in bar.",
             alt=[(440000000, "EUR")],
             note="parties and 'am Montag' in the two previous sentences ('die Westlaw-Mutter' = Thomson Reuters); signing of the talks reported in 003"),
        deal("relx-henchman-2024", ["RELX", "Henchman"], "acquisition",
             None, None, None, "2024-06", "completed",
             "RELX hatte mit seiner Rechtssparte LexisNexis im Juni das belgische Start-up Henchman übernommen, einen Preis nannten die Briten nicht.",
             required=False, note="background purchase without a price"),
    ],
    ["knapp 20 Millionen Dollar", "185 US-Dollar", "167,35 Dollar", "etwa 7,3 Milliarden Dollar",
     "167,35 USD", "42,18 EUR", "153,90 EUR", "bis zu 1 Mrd. Euro", "0 Euro Orderprovision",
     "500 Euro Ordervolumen"])

A["005_harvey_sequoia_gavelgrid_en.html"] = art(
    "2025-02-13", "from <meta article:published_time>, JSON-LD and <time> 'Thursday, February 13, 2025'; 'on Tuesday' -> 2025-02-11", "en",
    [
        deal("harvey-seriesd-2025", ["Sequoia", "Harvey"], "investment",
             320000000, "USD", "exact", "2025-02-11", "completed",
             "Harvey has closed a $320 million Series D, the San Francisco legal-AI company said on Tuesday.",
             alt=[(308000000, "EUR")],
             note="lead investor in the next sentence ('Sequoia led the round'); 006 restates it as about €308m (alt_amounts); the other investors put in unnamed amounts"),
        deal("harvey-microsoft-azure-2025", ["Harvey", "Microsoft"], "cloud_contract",
             150000000, "USD", "at_least", "2025-02", "signed",
             "Harvey has agreed to spend at least $150 million on Microsoft's Azure cloud over four years, one individual who has reviewed the terms told Gavel & Grid, putting it among the bigger cloud commitments by an application-layer AI start-up.",
             note="value from a source; no day given -> month of the article"),
        deal("thomsonreuters-clausewright-acq", ["Thomson Reuters", "Clausewright"], "acquisition",
             None, None, None, "2024", "completed",
             "Thomson Reuters bought Dublin's Clausewright in the autumn and is folding it into CoCounsel, while Stockholm's Lagvik keeps signing Nordic firms at a steady clip.",
             required=False, note="amount-less background mention of the 2024 takeover ('in the autumn' -> 2024)"),
    ],
    ["$3.1 billion", "$75 million", "$1,200 per lawyer per year", "$4.2bn"])

A["006_wochenrueckblick_mandatmaschine.txt"] = art(
    "2025-02-21", "from the issue line 'Ausgabe 8/2025 · Freitag, 21. Februar 2025'; 'in der vergangenen Woche' -> 2025-02; 'Am Mittwoch' -> 2025-02-19; 'am Montag' -> 2025-02-17; 'Im Herbst 2024' -> 2024", "de",
    [
        deal("harvey-seriesd-2025", ["Sequoia", "Harvey"], "investment",
             308000000, "EUR", "approx", "2025-02", "completed",
             "Der US-Anbieter Harvey hat in der vergangenen Woche rund 308 Millionen Euro eingesammelt.",
             note="same round as 005 ($320m), told only in EUR and with the week; lead investor Sequoia in the next sentence"),
        deal("skjoldborg-lagvik-seriesb", ["Skjoldborg Kapital", "Lagvik"], "investment",
             850000000, "SEK", "exact", "2025-02-19", "completed",
             "Am Mittwoch meldete der schwedische Rechts-KI-Anbieter Lagvik eine Finanzierung über 850 Millionen schwedische Kronen, etwa 76 Millionen Euro.",
             alt=[(76000000, "EUR")],
             note="lead investor in the next sentence ('Die Serie-B-Runde führt Skjoldborg Kapital an'); rumoured valuation 3.4bn kronor is a not_deal"),
        deal("rothenbuehl-paragrafwerk-licence", ["Rothenbühl Lenz", "Paragrafwerk"], "supply",
             2000000, "EUR", "approx", "2025-02-17", "signed",
             "Der Dreijahresvertrag hat nach Angaben aus Kanzleikreisen ein Volumen von knapp zwei Millionen Euro; unterschrieben wurde am Montag.",
             kind_alt=["cloud_contract", "other"],
             note="parties in the previous sentence; 'knapp' -> approx; first Rothenbühl Lenz–Paragrafwerk deal (the €5m stake in 011 is another)"),
        deal("isarlicht-paragrafwerk-seriesa", ["Isarlicht Ventures", "Paragrafwerk"], "investment",
             30000000, "EUR", "exact", "2024", "completed",
             "Im Herbst 2024 hatte Paragrafwerk 30 Millionen Euro frisches Kapital eingeworben; Lead-Investor war Isarlicht Ventures.",
             note="season -> year"),
    ],
    ["knapp drei Milliarden Euro", "3,4 Milliarden Kronen", "150.000 Euro", "200 Millionen Euro",
     "590 Euro", "249 Euro", "7,90 Euro"])

A["007_incumbents_column_lothbury_en.txt"] = art(
    "2025-03-10", "from the column date 'Monday 10 March 2025'; 'Last month' -> 2025-02; 'in October' -> 2024-10; 'in January' -> 2025-01", "en",
    [
        deal("wolterskluwer-microsoft-azure-2025", ["Wolters Kluwer", "Microsoft"], "cloud_contract",
             200000000, "USD", "exact", "2025-02", "signed",
             "Last month the Dutch group committed $200 million over five years to Microsoft's Azure platform, the largest cloud pledge it has ever disclosed.",
             note="'the Dutch group' = Wolters Kluwer (previous sentence); first Wolters Kluwer–Microsoft deal (the $120m of 2026 in 017 is another)"),
        deal("thomsonreuters-clausewright-acq", ["Thomson Reuters", "Clausewright"], "acquisition",
             480000000, "USD", "exact", "2024-10", "completed",
             "The $480m it paid for Clausewright in October closed before Christmas and was, at more than 20 times revenue, a steep price for a company with fewer than 200 staff.",
             note="'it' = Thomson Reuters (previous sentence); restatement with the month; closed"),
        deal("thomsonreuters-lagvik-rumour-2025", ["Thomson Reuters", "Lagvik"], "acquisition",
             700000000, "USD", "approx", "2025-01", "cancelled",
             "A Stockholm daily reported in January that Thomson Reuters had offered about $700 million for the legal-AI company Lagvik; Thomson Reuters dismissed the report as baseless within hours, and Lagvik's founders have since said the company is not for sale.",
             required=False,
             note="denied press report; must stay apart from the signed SEK 6.2bn takeover of 2026 (020)"),
    ],
    ["$10 billion", "£1.75 billion", "€175", "€160", "$190", "4,300 pence", "$3.1 billion"])

A["008_datev_kontorius_kanzleirechner.txt"] = art(
    "2025-04-03", "from the dateline without year 'Nürnberg, 3. April (kr)' and the copyright line '© 2025 Kanzleirechner Fachverlag' (issue 'Nr. 14/2025'); 'am Dienstag' -> 2025-04-01; 'im vergangenen Sommer' -> 2024; 'Im Januar' -> 2025-01", "de",
    [
        deal("datev-kontorius-licence", ["DATEV", "Kontorius"], "supply",
             3000000, "EUR", "approx", "2025-04-01", "signed",
             "Dafür überweist DATEV jährlich rund drei Millionen Euro.",
             per="year", kind_alt=["cloud_contract", "other"], term=[None, "2028-12"],
             note="'Dafür' = the licence for Kontorius' software (previous sentence); signing 'am Dienstag' and term 'bis Ende 2028' in the next sentence; yearly rate"),
        deal("datev-kontorius-stake-2024", ["DATEV", "Kontorius"], "investment",
             12000000, "EUR", "exact", "2024", "completed",
             "Die Genossenschaft hat sich bereits im vergangenen Sommer mit zwölf Millionen Euro an dem Unternehmen beteiligt und hält seither knapp ein Fünftel der Anteile.",
             kind_alt=["acquisition"],
             note="'Die Genossenschaft' = DATEV, 'dem Unternehmen' = Kontorius; amount in words; second DATEV–Kontorius deal, must stay apart from the licence"),
        deal("isarlicht-kontorius-seriesa", ["Isarlicht Ventures", "Kontorius"], "investment",
             21000000, "EUR", "exact", "2025-01", "completed",
             "Im Januar sammelte Kontorius weitere 21 Millionen Euro in einer Serie-A-Runde ein, angeführt von Isarlicht Ventures aus München.",
             note="valuation 'rund 120 Millionen Euro' is a not_deal"),
    ],
    ["rund 120 Millionen Euro", "4,90 Euro pro Mandant und Monat", "rund 1,5 Milliarden Euro", "282 Euro",
     "89 Euro"])

A["009_clio_vlex_quotestead_en.txt"] = art(
    "2025-06-24", "from the portal stamp 'Jun 24, 2025 · 7:12 AM ET'; 'after the close on Monday' -> 2025-06-23; 'last week' and 'Days earlier' -> 2025-06", "en",
    [
        deal("clio-vlex-2025", ["Clio", "vLex"], "acquisition",
             1000000000, "USD", "exact", "2025-06-23", "signed",
             "Clio, the Vancouver-area maker of practice-management software for law firms, agreed to buy the legal research platform vLex for $1 billion in cash and stock, the company said after the close on Monday.",
             alt=[(1370000000, "CAD"), (860000000, "EUR")],
             note="C$1.37 billion in the next sentence; 011 restates it as about €860m (alt_amounts), 018 as completed"),
        deal("harvey-seriese-2025", ["Harvey", "Kleiner Perkins", "Coatue"], "investment",
             290000000, "USD", "exact", "2025-06", "completed",
             "Harvey closed a $290 million Series E last week, co-led by Kleiner Perkins and Coatue, valuing the San Francisco company at $5 billion.",
             note="two lead investors; valuation $5 billion is a not_deal"),
        deal("relx-harvey-alliance", ["RELX", "Harvey"], "partnership",
             None, None, None, "2025-06", "announced",
             "Days earlier, LexisNexis and Harvey announced an alliance that gives Harvey users access to LexisNexis primary law and Shepard's citations; no money figure was given.",
             required=False, note="amount-less content alliance; LexisNexis = RELX"),
    ],
    ["$198.40", "3,962 pence", "€152.85", "$205", "$215", "$9 billion a year", "$3 billion",
     "$400 million", "$5 billion", "$151.20–$218.60", "$220", "$212", "$0 commission"])

A["010_freshfields_google_graysyard_en.txt"] = art(
    "2025-07-17", "from the page line 'Thursday 17 July 2025 | Business of Law | Page 3'; 'on Wednesday' -> 2025-07-16; 'in May' -> 2025-05; 'on Monday' -> 2025-07-14", "en",
    [
        deal("freshfields-google-2025", ["Freshfields", "Google"], "cloud_contract",
             35000000, "GBP", "approx", "2025-07-16", "signed",
             "The deal, signed on Wednesday, is worth around £35 million over its life, according to two partners who were briefed on the terms.",
             kind_alt=["partnership"],
             note="'The deal' = Freshfields' five-year contract with Google Cloud (previous sentence); value from sources"),
        deal("cliffordchance-microsoft-2025", ["Clifford Chance", "Microsoft"], "cloud_contract",
             14000000, "GBP", "exact", "2025-05", "signed",
             "Clifford Chance agreed a three-year, £14m licence with Microsoft in May, covering Copilot for every fee-earner and a ringfenced Azure OpenAI environment for document review.",
             kind_alt=["supply"],
             note="first Clifford Chance–Microsoft deal (the ~£20m four-year agreement of 2026 in 020 is another)"),
        deal("ashdownpryce-briefbench-licence", ["Ashdown Pryce", "Briefbench"], "supply",
             18000000, "GBP", "exact", "2025-07-14", "signed",
             "Ashdown Pryce, the 450-lawyer Leeds and London firm, on Monday signed an £18m, three-year contract with Briefbench, the London start-up whose software drafts first versions of leases, loan agreements and board minutes.",
             kind_alt=["cloud_contract", "other"],
             note="restated in 014 next to the firm's £4m stake, which is a different deal"),
    ],
    ["£2.1 billion", "£2.3 billion", "£150,000", "£180,000", "£278", "£95 + VAT", "£68,000"])

A["011_kanzleien_ki_rheinkontor.html"] = art(
    "2025-07-24", "from <meta name=date>, JSON-LD and <time> '24.07.2025, 06:35 Uhr'; 'am Mittwoch' -> 2025-07-23; 'Anfang Juli' -> 2025-07; 'im Juni' -> 2025-06", "de",
    [
        deal("rothenbuehl-paragrafwerk-stake", ["Rothenbühl Lenz", "Paragrafwerk"], "investment",
             5000000, "EUR", "exact", "2025-07-23", "completed",
             "Aus der Kundin wird eine Gesellschafterin: Die Münchner Kanzlei Rothenbühl Lenz hat sich am Mittwoch mit fünf Millionen Euro an Paragrafwerk beteiligt.",
             note="amount in words; second Rothenbühl Lenz–Paragrafwerk deal (the licence of 006 is another); valuation ~€60m is a not_deal"),
        deal("hagedornwirtz-harvey", ["Hagedorn Wirtz", "Harvey"], "supply",
             240000, "EUR", "approx", "2025-07", "signed",
             "Die Düsseldorfer Wirtschaftskanzlei hat Anfang Juli einen Vertrag mit Harvey geschlossen und zahlt dem US-Anbieter dafür vierteljährlich rund 240.000 Euro, wie mehrere Partner bestätigten.",
             per="quarter", kind_alt=["cloud_contract", "other"],
             note="'Die Düsseldorfer Wirtschaftskanzlei' = Hagedorn Wirtz (previous sentence); quarterly rate"),
        deal("clio-vlex-2025", ["Clio", "vLex"], "acquisition",
             860000000, "EUR", "approx", "2025-06", "signed",
             "Der kanadische Kanzleisoftware-Anbieter Clio hatte im Juni angekündigt, die Rechtsdatenbank vLex für rund 860 Millionen Euro zu übernehmen.",
             note="same deal as 009 ($1bn), told in EUR and with the month only"),
    ],
    ["rund 60 Millionen Euro", "fünf Milliarden Dollar", "212 Millionen Euro", "149 Euro im Monat",
     "24,50 Euro/m²", "14,99 Euro"])

A["012_briefbench_thamesreach_rackload_en.txt"] = art(
    "2025-09-12", "from the dateline 'LONDON, 12 September 2025'; 'on Thursday' -> 2025-09-11; 'last year' -> 2024; 'in August' -> 2025-08", "en",
    [
        deal("briefbench-thamesreach-2025", ["Briefbench", "Thamesreach Compute"], "cloud_contract",
             26000000, "GBP", "exact", "2025-09-11", "signed",
             "Briefbench, the London drafting start-up, has signed a £26 million, three-year agreement for GPU capacity with Thamesreach Compute, the company said on Thursday.",
             kind_alt=["supply"]),
        deal("datev-rechenhaus-2024", ["DATEV", "Rechenhaus Franken"], "cloud_contract",
             None, None, None, "2024", "signed",
             "Germany's DATEV, which serves most of the country's tax advisers, booked capacity from the Nuremberg-area operator Rechenhaus Franken last year so that client data never leaves Bavaria.",
             required=False, note="amount-less background restatement of the 2024 contract (002)"),
        deal("thomsonreuters-vidhikosh-2025", ["Thomson Reuters", "Vidhikosh Legal Services"], "supply",
             1800000000, "INR", "exact", "2025-08", "signed",
             "Thomson Reuters in August handed Vidhikosh Legal Services, a Pune-based outsourcer, a three-year data-annotation contract worth INR 1.8 billion, or about $21 million.",
             alt=[(21000000, "USD")], kind_alt=["other"],
             note="services contract (data annotation); INR with USD conversion"),
    ],
    ["£2.10 an hour for each GPU", "£400 million", "£2 billion", "£22 a month", "£220 a year"])

A["013_legaltech_liveticker_paragrafenticker.txt"] = art(
    "2025-11-06", "from the ticker date 'Donnerstag, 6. November 2025', entries by time; 'heute Morgen'/'heute' -> 2025-11-06; 'seit dem Sommer' -> 2025", "de",
    [
        deal("baertschiamrein-limmatwerk-2025", ["Bärtschi Amrein", "Limmatwerk Compute"], "supply",
             4200000, "CHF", "exact", "2025-11-06", "signed",
             "Sie kauft beim Winterthurer Anbieter Limmatwerk Compute einen GPU-Cluster samt Wartung für fünf Jahre und zahlt dafür 4,2 Millionen Franken, wie beide Seiten heute Morgen mitteilten.",
             kind_alt=["acquisition", "other"],
             note="'Sie' = Bärtschi Amrein (previous sentence); Swiss francs"),
        deal("wolterskluwer-lagvik-talks", ["Wolters Kluwer", "Lagvik"], "acquisition",
             4000000000, "SEK", "approx", "2025", "cancelled",
             "Der niederländische Konzern hatte seit dem Sommer über einen Kauf des schwedischen Rechts-KI-Anbieters verhandelt; im Gespräch war nach Angaben aus beiden Lagern ein Preis von rund vier Milliarden Kronen.",
             note="talks broken off (previous sentence names Wolters Kluwer and Lagvik; 'Der niederländische Konzern' = Wolters Kluwer); amount in words, Swedish kronor; dated to the talks ('seit dem Sommer' -> 2025)"),
        deal("a16z-harvey-2025", ["Andreessen Horowitz", "Harvey"], "investment",
             150000000, "USD", "up_to", "2025-11", "negotiating",
             "Angeführt werden soll die Runde von Andreessen Horowitz, das bis zu 150 Millionen Dollar beisteuern könnte.",
             note="talks from insiders ('Harvey verhandelt Insidern zufolge', previous sentence); valuation ~$8bn is a not_deal"),
        deal("datev-nuremberg-capex-2025", ["DATEV"], "capex_plan",
             300000000, "EUR", "approx", "2025-11-06", "planned",
             "Bis Ende 2028 will die Genossenschaft rund 300 Millionen Euro in neue Serverflächen am Standort Nürnberg stecken, teilte sie heute mit.",
             term=[None, "2028-12"], kind_alt=["project"],
             note="'die Genossenschaft' = DATEV (previous sentence); own data-centre plan at one site"),
    ],
    ["141,60 Euro", "etwa acht Milliarden Dollar", "141,85 Euro", "37,12 Euro", "154,30 Dollar", "170 Euro",
     "50 Millionen Euro", "690 Euro"])

A["014_ashdownpryce_briefbench_kirkstall_en.txt"] = art(
    "2026-01-20", "from the byline 'Gareth Illingworth-Shaw · Professional services · 20 January 2026'; 'on Monday' -> 2026-01-19; 'last July' -> 2025-07", "en",
    [
        deal("holmfirth-briefbench-seriesa", ["Holmfirth Capital", "Briefbench"], "investment",
             22000000, "GBP", "exact", "2026-01-19", "completed",
             "Briefbench, the London start-up whose software drafts first versions of leases and loan documents, has raised £22 million from investors headed by Holmfirth Capital in its Series A.",
             note="announced 'on Monday' (next sentence); valuation ~£140m is a not_deal"),
        deal("ashdownpryce-briefbench-stake", ["Ashdown Pryce", "Briefbench"], "investment",
             4000000, "GBP", "exact", "2026-01-19", "completed",
             "Ashdown Pryce, the Leeds-headquartered firm that signed an £18 million supply deal with Briefbench last July, contributed £4 million of the round and takes a seat on the board as an observer.",
             note="the firm's part of the Series A; the same sentence restates the 2025 supply contract, which is a different deal (ashdownpryce-briefbench-licence)"),
        deal("ashdownpryce-briefbench-licence", ["Ashdown Pryce", "Briefbench"], "supply",
             18000000, "GBP", "exact", "2025-07", "signed",
             "Ashdown Pryce, the Leeds-headquartered firm that signed an £18 million supply deal with Briefbench last July, contributed £4 million of the round and takes a seat on the board as an observer.",
             kind_alt=["cloud_contract", "other"],
             note="restatement of the 2025 contract (010) in a relative clause, with the month only"),
    ],
    ["about £140 million", "£1.5 million grant", "£55,000", "£118 million", "£610,000", "£1,950 + VAT",
     "£6.50 a month"])

A["015_kontorius_wolterskluwer_pegnitzwirtschaft.txt"] = art(
    "2026-03-10", "from the page line 'Dienstag, 10. März 2026 · Unternehmen · Seite 17'; 'Im Dezember' -> 2025-12, 'Drei Monate später' and 'vergangene Woche' -> 2026-03", "de",
    [
        deal("wolterskluwer-kontorius", ["Wolters Kluwer", "Kontorius"], "acquisition",
             100000000, "EUR", "approx", "2026", "rumored",
             "Im Gespräch ist nach Angaben von zwei mit den Verhandlungen vertrauten Personen ein Kaufpreis von knapp 100 Millionen Euro.",
             alt=[(98000000, "EUR"), (106000000, "USD")],
             note="rumour ('verhandelt Insidern zufolge', previous sentence names both parties); 017 reports the signing at €98m ($106m) on 2026-04-14 (alt_amounts); the year keeps the shared id's dates consistent"),
        deal("datev-rechenhaus-expansion-2026", ["DATEV", "Rechenhaus Franken"], "cloud_contract",
             2500000, "EUR", "approx", "2026-03", "signed",
             "Für zusätzliche Rechenleistung in der zweiten Halle zahlt DATEV dem Betreiber monatlich rund 2,5 Millionen Euro, zunächst für drei Jahre.",
             per="month", kind_alt=["supply"],
             note="'dem Betreiber' = Rechenhaus Franken (previous sentence); 'Drei Monate später' after the December opening and 'vergangene Woche' -> 2026-03; monthly rate; second DATEV–Rechenhaus deal, must stay apart from the 2024 contract"),
    ],
    ["4,8 Millionen Euro", "rund 85 Euro", "knapp 1,6 Milliarden Euro", "118,40 Euro", "289 Euro im Monat"])

A["016_rechenhaus_interview_abwaermeblatt.txt"] = art(
    None, "no date anywhere in the article (only 'Lesedauer: 5 Minuten')", "de",
    [
        deal("datev-rechenhaus-2024", ["DATEV", "Rechenhaus Franken"], "cloud_contract",
             140000000, "EUR", "approx", None, "signed",
             "Der erste Vertrag mit der Genossenschaft, rund 140 Millionen Euro bei fünf Jahren Laufzeit, war für uns der Durchbruch.",
             note="'der Genossenschaft' = DATEV (previous sentence), 'uns' = Rechenhaus Franken; restatement in the undated interview"),
        deal("thamesreach-rechenhaus-offer", ["Thamesreach Compute", "Rechenhaus Franken"], "acquisition",
             250000000, "EUR", "approx", None, "cancelled",
             "Thamesreach Compute aus London wollte uns übernehmen und hat rund 250 Millionen Euro geboten.",
             note="refused offer ('Wir haben abgelehnt.'); 'uns' = Rechenhaus Franken; undated"),
        deal("rechenhaus-third-hall-capex", ["Rechenhaus Franken"], "capex_plan",
             80000000, "EUR", "range", None, "planned",
             "Die zweite Halle ist im Bau, für die dritte planen wir Investitionen zwischen 80 und 100 Millionen Euro ein.",
             amount_max=100000000, kind_alt=["project"],
             note="'wir' = Rechenhaus Franken; range; undated"),
    ],
    ["rund neun Millionen Euro Baukosten", "14 Cent pro Kilowattstunde", "95.000 Euro Jahresgehalt",
     "rund 58.000 Euro", "12 Euro", "98 Euro"])

A["017_wolterskluwer_kontorius_finanzdepesche.txt"] = art(
    "2026-04-14", "from the wire stamp '14.04.2026 | 18:42'; 'am Dienstag' and 'Am selben Tag' -> 2026-04-14", "de",
    [
        deal("wolterskluwer-kontorius", ["Wolters Kluwer", "Kontorius"], "acquisition",
             98000000, "EUR", "exact", "2026-04-14", "signed",
             "Der Konzern zahle für das Unternehmen, dessen Software Belege und Rechnungen liest und Buchungen vorschlägt, 98 Millionen Euro (106 Millionen Dollar) in bar, teilte Wolters Kluwer am Dienstag in Amsterdam mit.",
             alt=[(106000000, "USD")],
             note="'Der Konzern' = Wolters Kluwer, 'das Unternehmen' = Kontorius (previous sentence); signing of the rumour in 015"),
        deal("wolterskluwer-microsoft-azure-2026", ["Wolters Kluwer", "Microsoft"], "cloud_contract",
             120000000, "USD", "exact", "2026-04-14", "announced",
             "Am selben Tag kündigte der Konzern an, bei Microsoft bis 2029 zusätzliche Azure-Kapazität für 120 Millionen Dollar zu buchen.",
             term=[None, "2029"],
             note="'der Konzern' = Wolters Kluwer; second Wolters Kluwer–Microsoft deal, must stay apart from the $200m commitment of 2025 (007)"),
    ],
    ["etwa 4,8 Millionen Euro", "bis zu einer Milliarde Euro", "6,0 Milliarden Euro", "117,90 Euro",
     "rund 27 Milliarden Euro"])

A["018_clio_coteau_burrard_en.txt"] = art(
    "2026-06-13", "from the date line 'Saturday, June 13, 2026'; 'on Thursday' -> 2026-06-11; 'last June' -> 2025-06", "en",
    [
        deal("clio-coteau-2026", ["Clio", "Coteau Legal Analytics"], "acquisition",
             140000000, "CAD", "exact", "2026-06-11", "signed",
             "The Burnaby-based legal software company agreed on Thursday to buy Coteau Legal Analytics, a Montreal start-up that predicts how long cases will take and what they will cost, for C$140 million, or about US$102 million.",
             alt=[(102000000, "USD")],
             note="'The Burnaby-based legal software company' = Clio (previous sentence)"),
        deal("clio-vlex-2025", ["Clio", "vLex"], "acquisition",
             1000000000, "USD", "exact", "2025-06", "completed",
             "The purchase is tiny next to Clio's US$1-billion takeover of vLex, agreed last June and completed in November, but it fills a gap.",
             note="restatement of the 2025 deal (009, 011): dated to the agreement ('last June'), now completed"),
        deal("rivierenoire-coteau-2023", ["Rivière-Noire Capital", "Coteau Legal Analytics"], "investment",
             18000000, "CAD", "exact", "2023", "completed",
             "Coteau was founded in 2021 and raised C$18 million in 2023 in a round led by Rivière-Noire Capital, a Montreal venture fund."),
    ],
    ["C$9 million", "US$5 billion", "C$165,000", "$3.50", "$16.99 a month"])

A["019_relx_paragrafwerk_isarwelle.html"] = art(
    "2026-09-16", "from <meta name=date>, JSON-LD and the visible line 'Mittwoch, 16. September 2026, 07:15 Uhr'; 'am Dienstag' -> 2026-09-15", "de",
    [
        deal("relx-paragrafwerk-2026", ["RELX", "Paragrafwerk"], "acquisition",
             200000000, "EUR", "at_least", "2026-09-15", "signed",
             "Der Konzern zahlt nach eigenen Angaben mehr als 200 Millionen Euro, ein Teil davon fließt erst, wenn Umsatzziele bis 2028 erreicht werden.",
             note="'Der Konzern' = RELX ('Die LexisNexis-Mutter RELX übernimmt das Start-up', previous sentence); headline compound '200-Millionen-Euro-Wette'"),
        deal("thomsonreuters-paragrafwerk-denied", ["Thomson Reuters", "Paragrafwerk"], "acquisition",
             None, None, None, "2026-09", "cancelled",
             "Berichte, wonach auch Thomson Reuters für Paragrafwerk geboten habe, wies der kanadische Konzern am Dienstag zurück.",
             required=False, note="denied rumour without an amount"),
    ],
    ["rund elf Millionen Euro", "1,2 Millionen Euro", "3.512 Pence", "1.450 Euro", "8,90 Euro im Monat"])

A["020_legalinfo_stocks_brackwater_en.txt"] = art(
    "2026-11-13", "from the line 'Friday 13 November 2026 · Close of trading'; 'on Thursday' -> 2026-11-12; 'on Wednesday' -> 2026-11-11", "en",
    [
        deal("thomsonreuters-lagvik-2026", ["Thomson Reuters", "Lagvik"], "acquisition",
             6200000000, "SEK", "exact", "2026-11-12", "signed",
             "Thomson Reuters agreed on Thursday to buy Lagvik, the Stockholm legal-AI company, for SEK 6.2 billion, or about $650 million, in cash.",
             alt=[(650000000, "USD")],
             note="different from the denied $700m report of January 2025 (007, optional)"),
        deal("cliffordchance-microsoft-2026", ["Clifford Chance", "Microsoft"], "cloud_contract",
             20000000, "GBP", "approx", "2026-11-11", "signed",
             "Clifford Chance has signed a new four-year agreement with Microsoft worth about £20 million, the law firm said on Wednesday, extending Copilot and a dedicated Azure environment to its business-services staff as well as its lawyers.",
             kind_alt=["supply"],
             note="second Clifford Chance–Microsoft deal, must stay apart from the £14m licence of 2025 (010)"),
    ],
    ["$161.05", "$175 target", "£1.2 billion", "£1.5 billion buyback", "3,418p", "€112.30", "€120",
     "$162.50", "$7.9 billion", "£38 a month", "£3.95 per deal"])


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
