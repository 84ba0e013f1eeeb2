#!/usr/bin/env python3
"""Write gold.json for corpus184 (the hand annotation of articles/).

Usage: python3 tests/corpus184/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json, then run check_gold.py.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 184th held-out test corpus (tests/corpus184/articles/), theme: satellites, "
    "space launch and earth observation in the AI-infrastructure race; written for the tests and independent of "
    "the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id in "
    "each. 'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
    "Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | "
    "range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision. 'date' is when the "
    "deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <time datetime>, <meta>, issue line or stamp, "
    "or null when the article has none); a cancelled deal keeps the date of the original offer or talks; 'term' "
    "is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' "
    "explains a judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Lyngseidet Ground Services AS, Rhönwarte Rechenzentren "
    "GmbH, Lichtenau Orbital GmbH, Auenblick Geodaten GmbH, Hermaness Launch Ltd, Corrie Vale Partners, "
    "Varvestone Geospatial, Ptarmigan Annotation, Thimbleridge Capital, Nocturne Orbital, Kumotori Analytics "
    "K.K., Shiokaze Ventures, Ohmtal Beteiligungen, Wirraminna Ground Segment; invented publications, banks, "
    "research houses, advertisers and people are listed in invented_names.txt; the deals of real companies are "
    "partly real, partly invented or shifted. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
      amount_max=None, per=None, alt=None, term=None, kind_alt=None, note=None):
    d = {
        "id": id,
        "parties": parties,
        "kind": kind,
        "amount": amount,
        "amount_max": amount_max,
        "currency": currency,
        "qualifier": qualifier,
        "date": date,
        "status": status,
        "required": required,
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


def N(id, parties, kind, date, status, evidence, **kw):
    """A deal mention without an amount."""
    return D(id, parties, kind, None, None, None, date, status, evidence, **kw)


ARTICLES = {}

# ---------------------------------------------------------------------------------------------
ARTICLES["001_ses_intelsat_talbrook_en.txt"] = dict(
    published="2024-04-30",
    published_note="from the header 'April 30, 2024 · 16:05 CEST' and the dateline 'LUXEMBOURG, April 30'; "
                   "'on Tuesday' -> 2024-04-30; 'Earlier this month' -> 2024-04",
    language="en",
    deals=[
        D("ses-intelsat-acquisition", ["SES", "Intelsat"], "acquisition", 3_100_000_000, "USD", "exact",
          "2024-04-30", "signed",
          "SES, the Luxembourg satellite operator, agreed on Tuesday to acquire Intelsat, its U.S. competitor, "
          "paying $3.1 billion in cash, or roughly €2.9 billion at current exchange rates.",
          alt=[(2_900_000_000, "EUR")],
          note="closing expected in H2 2025; 002 restates it in EUR with the month only, 016 mentions the "
               "completion without an amount"),
        D("intelsat-lyngseidet-lease", ["Intelsat", "Lyngseidet Ground Services"], "other", 380_000_000, "NOK",
          "exact", "2024-04", "signed",
          "The contract is worth NOK 380 million over its term, according to a filing with the Brønnøysund "
          "register that Talbrook reviewed.",
          kind_alt=["supply"],
          note="ten-year antenna-capacity lease; parties and 'Earlier this month' in the previous sentence; "
               "Intelsat pays"),
        N("ses-microsoft-azure-link", ["SES", "Microsoft"], "partnership", None, "signed",
          "He pointed to the operator's existing arrangement that links Microsoft's Azure regions to the O3b "
          "mPOWER ground network, a partnership whose financial terms were never disclosed.",
          required=False, note="amount-less background partnership, no date"),
    ],
    not_deals=["$2.4 billion", "$2.1 billion", "€2.03 billion", "€4.68", "€0.50 per share", "€6.10", "€7.20",
               "€390"],
)

ARTICLES["002_ses_rhoenwarte_westhafenkurier.txt"] = dict(
    published="2024-05-03",
    published_note="from the date line 'Freitag, 3. Mai 2024 · Unternehmen · Seite 17'; 'Ende April' -> 2024-04; "
                   "'am Donnerstag' -> 2024-05-02",
    language="de",
    deals=[
        D("ses-intelsat-acquisition", ["SES", "Intelsat"], "acquisition", 2_900_000_000, "EUR", "approx",
          "2024-04", "signed",
          "Ende April hat der Luxemburger Satellitenbetreiber SES vereinbart, den US-Konkurrenten Intelsat für "
          "rund 2,9 Milliarden Euro zu übernehmen.",
          alt=[(3_100_000_000, "USD")],
          note="same deal as 001 (USD, day); here EUR and the month only"),
        D("rhoenwarte-ses-capacity", ["Rhönwarte Rechenzentren", "SES"], "supply", 310_000, "EUR", "approx",
          "2024-05-02", "signed",
          "Rhönwarte zahlt SES dafür monatlich rund 310.000 Euro, zunächst für drei Jahre.",
          per="month", kind_alt=["cloud_contract", "other"],
          note="satellite capacity from the O3b mPOWER fleet; signed 'am Donnerstag' (previous sentence)"),
        N("rhoenwarte-starlink-talks", ["Rhönwarte Rechenzentren", "SpaceX"], "supply", "2024-05", "negotiating",
          "Parallel verhandelt das Unternehmen über einen Notfall-Anschluss an Starlink – ein Angebot der "
          "Amerikaner liege auf dem Tisch, sagt Quanz, einen Preis nennt sie nicht.",
          required=False, note="'das Unternehmen' = Rhönwarte, Starlink = SpaceX; talks without a price"),
    ],
    not_deals=["rund 18 Millionen Euro", "1,2 Millionen Euro Fördergeld", "4,52 Euro", "50 Cent je Aktie",
               "6,40 Euro", "24,90 Euro im Monat"],
)

ARTICLES["003_ohb_lichtenau_umlaufbahnkompakt.txt"] = dict(
    published="2024-06-12",
    published_note="the dateline 'Bremen, 12. Juni (uk)' has no year; the year comes from the copyright line "
                   "'© 2024 Umlaufbahn Kompakt'; 'am Dienstag' -> 2024-06-11; 'vergangene Woche' -> 2024-06",
    language="de",
    deals=[
        D("ohb-lichtenau-stake", ["OHB", "Lichtenau Orbital"], "investment", 48_000_000, "EUR", "approx",
          "2024-06-11", "completed",
          "Der Konzern zahlt dafür nach Angaben aus Aufsichtsratskreisen rund 48 Millionen Euro, die zum größten "
          "Teil als Kapitalerhöhung in die Firma fließen.",
          kind_alt=["acquisition"],
          note="'Der Konzern' = OHB; 25.1 % and 'am Dienstag' in the previous sentence; first OHB–Lichtenau deal "
               "(the 2026 platform order in 017 is a different one)"),
        D("auenblick-planet-imagery", ["Auenblick Geodaten", "Planet Labs"], "supply", 2_400_000, "EUR",
          "approx", "2024-06", "signed",
          "Auenblick erhält täglich aktualisierte Aufnahmen von Mitteleuropa und zahlt dafür jährlich rund 2,4 "
          "Millionen Euro, die Laufzeit beträgt drei Jahre.",
          per="year", kind_alt=["other"],
          note="imagery licence for AI training; 'vergangene Woche' in the previous sentence"),
        N("kkr-ohb-takeover", ["KKR", "OHB"], "acquisition", None, "completed",
          "Seit dem Einstieg des Finanzinvestors KKR sind kaum noch OHB-Aktien frei handelbar.",
          required=False, note="amount-less background (the earlier KKR takeover), no date"),
    ],
    not_deals=["knapp 190 Millionen Euro", "2,6 Milliarden Euro", "1,80 Euro je Quadratkilometer",
               "10,6 Milliarden Euro", "rund 6 Milliarden Euro", "129 Euro", "680 Euro"],
)

ARTICLES["004_hermaness_varvestone_yellsound_en.txt"] = dict(
    published="2024-09-17",
    published_note="from the header 'News · Business · Tuesday 17 September 2024'; 'on Monday' -> 2024-09-16",
    language="en",
    deals=[
        D("corrievale-hermaness-seriesa", ["Corrie Vale Partners", "Hermaness Launch"], "investment",
          38_000_000, "GBP", "exact", "2024-09-16", "completed",
          "Hermaness Launch Ltd said on Monday that Edinburgh venture firm Corrie Vale Partners had led its £38 "
          "million Series A round, worth about $50 million at current rates.",
          alt=[(50_000_000, "USD")],
          note="lead investor listed; the reader comment repeating '£38 million' is the same deal"),
        D("varvestone-hermaness-launches", ["Varvestone Geospatial", "Hermaness Launch"], "supply", 21_000_000,
          "GBP", "up_to", "2024-09", "signed",
          "The Denver imagery firm will pay up to £21 million for the package, depending on when the launches "
          "happen and which orbits it picks, Hermaness chief executive Callum Rennie-Osterby told the Courier.",
          kind_alt=["other"],
          note="'The Denver imagery firm' = Varvestone (previous sentence: six launches booked); no booking date "
               "-> month of the article"),
        D("hermaness-sellaness-hall", ["Hermaness Launch"], "capex_plan", 12_000_000, "GBP", "approx",
          "2024-09", "planned",
          "Hermaness expects to spend around £12 million on the hall, which should employ 45 people once it "
          "opens in 2026.",
          kind_alt=["project"], note="own assembly hall, spender only"),
    ],
    not_deals=["£150 million", "£3.5 million grant", "£9 million hole", "between £48,000 and £62,000",
               "£2.20 a week"],
)

ARTICLES["005_meta_varvestone_groundtrack_en.html"] = dict(
    published="2024-11-20",
    published_note="from <meta property='article:published_time'>, JSON-LD datePublished and <time> 'Nov 20, "
                   "2024'; 'on Tuesday' -> 2024-11-19; 'last month' -> 2024-10",
    language="en",
    deals=[
        D("meta-varvestone-imagery", ["Meta", "Varvestone Geospatial"], "other", 75_000_000, "USD", "approx",
          "2024-11-19", "signed",
          "The Denver company said on Tuesday that Meta Platforms will pay it about $75 million over three years "
          "for labelled satellite and aerial imagery, which Meta's researchers plan to use to train and test "
          "computer-vision models.",
          kind_alt=["supply"],
          note="data licence; 'The Denver company' and 'it' = Varvestone (previous sentence)"),
        D("varvestone-ptarmigan-acquisition", ["Varvestone Geospatial", "Ptarmigan Annotation"], "acquisition",
          60_000_000, "CAD", "at_least", "2024-10", "completed",
          "Varvestone paid more than C$60 million (about US$43 million), partly in shares, for the business, "
          "according to a notice filed with Alberta's corporate registry.",
          alt=[(43_000_000, "USD")],
          note="'the business' = Ptarmigan Annotation; completed 'last month' (previous sentence)"),
    ],
    not_deals=["$2.10", "$620 million", "$38 million", "$38 billion to $40 billion", "$8.9 billion",
               "$3.6 billion", "$7.99 a month"],
)

ARTICLES["006_nocturne_perigee_letter_en.txt"] = dict(
    published="2025-02-27",
    published_note="from the issue line 'Issue 22 — Thursday, 27 February 2025'; 'on Tuesday' -> 2025-02-25",
    language="en",
    deals=[
        D("thimbleridge-nocturne-seriesb", ["Thimbleridge Capital", "Nocturne Orbital"], "investment",
          140_000_000, "USD", "exact", "2025-02-25", "completed",
          "Nocturne Orbital, the Seattle start-up that wants to run AI inference on solar-powered satellites, "
          "announced on Tuesday that it had wrapped up a Series B of $140 million.",
          note="lead investor Thimbleridge in the next sentence (Nvidia's venture arm and Gulf funds joined, not "
               "listed); first Thimbleridge–Nocturne deal (Series C in 020)"),
        D("nocturne-spacex-rideshare", ["Nocturne Orbital", "SpaceX"], "supply", 11_000_000, "USD", "exact",
          "2025-02", "signed",
          "Nocturne has also paid SpaceX $11 million for two slots on Transporter rideshare missions planned for "
          "2026, the Series B deck shows.",
          kind_alt=["other"],
          note="launch services; no booking date -> month of the article; different from the 2026 Starship "
               "contract in 020"),
        D("microsoft-nocturne-compute", ["Microsoft", "Nocturne Orbital"], "cloud_contract", 900_000_000,
          "USD", "range", "2025", "rumored",
          "Microsoft is in talks to rent orbital compute capacity from Nocturne for its Azure cloud, in a "
          "five-year agreement that could be worth between $900 million and $1.2 billion, say two people kept "
          "in the loop on the negotiations.",
          amount_max=1_200_000_000, alt=[(1_100_000_000, "USD"), (950_000_000, "EUR")],
          note="rumour from two sources; signed on 2025-11-11 at $1.1bn (about €950m) in 014 (alt_amounts); "
               "the year keeps the shared id's dates consistent"),
    ],
    not_deals=["$1.35 billion", "$6,500 per kilogram", "$39 billion", "$4.1 billion", "$1,800", "$15 monthly",
               "$150 annually"],
)

ARTICLES["007_kumotori_lichtenau_naniwa_en.txt"] = dict(
    published="2025-04-09",
    published_note="from the stamp '2025/04/09 10:15 JST'; 'said Tuesday' -> 2025-04-08; 'Last month' -> 2025-03",
    language="en",
    deals=[
        D("shiokaze-kumotori-seriesc", ["Shiokaze Ventures", "Kumotori Analytics"], "investment",
          9_500_000_000, "JPY", "exact", "2025-04-08", "completed",
          "Kumotori Analytics K.K., a Tokyo company that turns radar pictures taken from orbit into data for "
          "insurers, commodity traders and AI developers, said Tuesday it has raised ¥9.5 billion in a Series C "
          "financing with Shiokaze Ventures as lead investor.",
          alt=[(64_000_000, "USD")]),
        D("kumotori-lichtenau-sar-2025", ["Kumotori Analytics", "Lichtenau Orbital"], "supply",
          18_000_000_000, "JPY", "approx", "2025-03", "signed",
          "It will pay the German maker about ¥18 billion, or roughly €110 million, with deliveries spread "
          "between 2026 and 2028.",
          alt=[(110_000_000, "EUR")], term=["2026", "2028"],
          note="'It' = Kumotori, 'the German maker' = Lichtenau Orbital; contract signed 'Last month' (previous "
               "sentence); first Kumotori–Lichtenau order (second in 020)"),
        N("ohb-lichtenau-stake", ["OHB", "Lichtenau Orbital"], "investment", None, "completed",
          "Japanese manufacturers were fully booked, Arakawa-Lund said, and Lichtenau, in which the Bremen space "
          "group OHB holds a stake, offered platforms that could be adapted to Kumotori's radar payload quickly.",
          required=False, note="amount-less background mention of the 2024 stake (003)"),
    ],
    not_deals=["¥48 billion", "¥3.1 billion", "¥1 trillion", "¥2.3 billion grant", "¥6.2 million a year",
               "¥1,980 per month"],
)

ARTICLES["008_isar_eldridge_kurshimmel.txt"] = dict(
    published="2025-06-18",
    published_note="from the portal stamp '18.06.2025 | 07:52 Uhr'; 'am Dienstag' -> 2025-06-17; 'im Frühjahr' "
                   "-> 2025",
    language="de",
    deals=[
        D("eldridge-isar-convertible", ["Eldridge Industries", "Isar Aerospace"], "investment", 165_000_000,
          "EUR", "exact", "2025-06-17", "signed",
          "Wie das Unternehmen am Dienstag mitteilte, zeichnet die US-Beteiligungsgesellschaft Eldridge "
          "Industries eine Wandelanleihe über 165 Millionen Euro.",
          note="convertible bond; 'das Unternehmen' = Isar Aerospace (previous sentence)"),
        D("isar-andoya-lease", ["Isar Aerospace", "Andøya Space"], "other", 35_000_000, "NOK", "approx", "2025",
          "signed",
          "Pro Jahr fließen dafür nach Unternehmensangaben rund 35 Millionen norwegische Kronen an den Betreiber "
          "der Anlage, der mehrheitlich dem norwegischen Staat gehört.",
          per="year", kind_alt=["supply"],
          note="launch-pad lease extended by ten years 'im Frühjahr' (previous sentence); 'den Betreiber der "
               "Anlage' = Andøya Space"),
    ],
    not_deals=["mehr als 400 Millionen Euro", "bis zu 169 Millionen Euro", "über einer Milliarde Euro",
               "166,40 EUR", "46,20 EUR", "5,71 EUR", "1.792,50 EUR", "185 Euro", "63 Milliarden Euro"],
)

ARTICLES["009_lichtenau_interview_schwerelos.txt"] = dict(
    published=None,
    published_note="interview without any date (only 'Lesedauer: 6 Minuten'); 'OHB 2024' gives the stake's year",
    language="de",
    deals=[
        D("ohb-lichtenau-stake", ["OHB", "Lichtenau Orbital"], "investment", 48_000_000, "EUR", "approx",
          "2024", "completed",
          "Und seit OHB 2024 für rund 48 Millionen Euro ein Viertel unserer Anteile übernommen hat, nehmen uns "
          "auch große Kunden ernst.",
          note="restatement of 003; 'unserer' = Lichtenau"),
        D("thimbleridge-lichtenau-offer", ["Thimbleridge Capital", "Lichtenau Orbital"], "acquisition",
          230_000_000, "EUR", "exact", None, "cancelled",
          "Im vergangenen Herbst lagen von Thimbleridge Capital 230 Millionen Euro für die Mehrheit auf dem "
          "Tisch.",
          note="majority offer refused ('Wir haben Nein gesagt'); 'im vergangenen Herbst' in an undated "
               "interview -> null"),
        D("lichtenau-hemelingen-capex", ["Lichtenau Orbital"], "capex_plan", 60_000_000, "EUR", "approx", None,
          "planned",
          "Rund sechzig Millionen Euro stecken wir in den kommenden drei Jahren in eine zweite Fertigung in "
          "Hemelingen.",
          kind_alt=["project"], note="'wir' = Lichtenau; amount in words; undated"),
    ],
    not_deals=["zwischen drei und vier Millionen Euro", "58.000 Euro jährlich", "31 Millionen Euro",
               "12,50 Euro", "64 Euro", "890 Euro"],
)

ARTICLES["010_eutelsat_france_rivegauche_en.txt"] = dict(
    published="2025-06-20",
    published_note="from the dateline 'PARIS — Friday 20 June 2025'; 'on Thursday' -> 2025-06-19; 'last December' "
                   "-> 2024-12",
    language="en",
    deals=[
        D("france-eutelsat-capital", ["France", "Eutelsat"], "investment", 730_000_000, "EUR", "approx",
          "2025-06-19", "announced",
          "Under a plan unveiled on Thursday, the government will put about €730 million into the satellite "
          "operator as part of a capital increase, lifting its stake to close to 30 percent from roughly 13 "
          "percent today.",
          note="'the government' = the French state, 'the satellite operator' = Eutelsat (previous sentence)"),
        D("uk-eutelsat-capital", ["UK Government", "Eutelsat"], "investment", 150_000_000, "GBP", "exact",
          "2025-06", "planned",
          "London, which has held a large block of shares since the OneWeb merger in 2023, has said it will "
          "contribute £150 million, or about €176 million, provided the terms protect its rights over British "
          "ground infrastructure.",
          alt=[(176_000_000, "EUR")],
          note="'London' = the British government (previous sentence); conditional pledge"),
        D("eutelsat-capital-increase-2025", ["Eutelsat", "France", "UK Government", "CMA CGM"], "investment",
          1_500_000_000, "EUR", "exact", "2025-06-19", "announced",
          "The whole recapitalisation is meant to raise one and a half billion euros, with the rest coming from "
          "the British government, shipping group CMA CGM and other existing investors.",
          required=False,
          note="round total in words, contains France's €730m and the UK's £150m; optional because the parts "
               "are the required deals"),
        N("eutelsat-airbus-oneweb-order", ["Eutelsat", "Airbus"], "supply", "2024-12", "signed",
          "Eutelsat ordered 100 replacement satellites from Airbus last December, a contract whose value neither "
          "company has published; analysts estimate that the fleet will need to be fully renewed by 2029.",
          required=False, note="amount-less background order"),
    ],
    not_deals=["€2.6 billion", "€3.96", "€4.00 each", "€1.2 billion", "€4.20 target", "€11 a month"],
)

ARTICLES["011_spacex_echostar_ferrousbay_en.txt"] = dict(
    published="2025-09-09",
    published_note="from 'September 9, 2025 06:30 ET'; dateline 'Sept 8', 'on Monday' -> 2025-09-08; 'in August' "
                   "-> 2025-08; 'in July' -> 2025-07",
    language="en",
    deals=[
        D("spacex-echostar-spectrum", ["SpaceX", "EchoStar"], "acquisition", 17_000_000_000, "USD", "approx",
          "2025-09-08", "signed",
          "SpaceX agreed on Monday to buy wireless spectrum licences from EchoStar in a deal worth about $17 "
          "billion, giving the rocket company its own frequencies for beaming Starlink service directly to "
          "mobile phones.",
          alt=[(14_500_000_000, "EUR")],
          note="AWS-4/H-block licences; the cash and stock halves and the ~$2.1bn interest cover are parts "
               "(not_deals); 012 gives ~€14.5bn with the month; the $2.6bn AWS-3 purchase in 013 is a second, "
               "separate SpaceX–EchoStar deal"),
        D("att-echostar-spectrum", ["AT&T", "EchoStar"], "acquisition", 23_000_000_000, "USD", "approx",
          "2025-08", "signed",
          "The agreement comes two weeks after AT&T agreed in August to pay about $23 billion for another batch "
          "of EchoStar licences, a sale that turned the Colorado company from a struggling pay-TV operator into "
          "one of the biggest sellers of airwaves in the U.S.",
          note="background deal in a relative sentence, with its own amount and month"),
        D("spacex-xai-investment", ["SpaceX", "xAI"], "investment", 2_000_000_000, "USD", "exact", "2025-07",
          "rumored",
          "SpaceX agreed in July to invest $2 billion in xAI within a larger fundraising round, two people with "
          "knowledge of the transaction said; they spoke anonymously since the terms are private.",
          note="reported by anonymous sources, not confirmed by either company -> rumored"),
    ],
    not_deals=["$8.5 billion in cash", "$8.5 billion in SpaceX shares", "$2.1 billion of interest payments",
               "$79.90", "$15.5 billion", "$16 billion", "$400 billion"],
)

ARTICLES["012_auenblick_starlink_funkfeld.html"] = dict(
    published="2025-09-10",
    published_note="from <meta name='date'>, JSON-LD datePublished and the byline '10.09.2025, 09:15 Uhr'; "
                   "'Anfang September' -> 2025-09; 'am Dienstag' -> 2025-09-09",
    language="de",
    deals=[
        D("spacex-echostar-spectrum", ["SpaceX", "EchoStar"], "acquisition", 14_500_000_000, "EUR", "approx",
          "2025-09", "signed",
          "Anfang September hat SpaceX dem US-Konzern EchoStar Funkfrequenzen für rund 14,5 Milliarden Euro "
          "abgekauft.",
          alt=[(17_000_000_000, "USD")],
          note="same deal as 011, in EUR with the month only; the compound '17-Milliarden-Dollar-Geschäft' in "
               "the next sentence"),
        D("ohmtal-auenblick-seriesa", ["Ohmtal Beteiligungen", "Auenblick Geodaten"], "investment", 22_000_000,
          "EUR", "exact", "2025-09-09", "completed",
          "Die Auenblick Geodaten GmbH aus Darmstadt hat ihre Series-A-Finanzierungsrunde abgeschlossen: 22 "
          "Millionen Euro fließen in das Unternehmen, angeführt von der Marburger Beteiligungsgesellschaft Ohmtal "
          "Beteiligungen.",
          note="announced 'am Dienstag' (next sentence); lead investor listed"),
    ],
    not_deals=["ab 40 Euro im Monat", "rund 95 Millionen Euro", "1,5 Millionen Euro", "38 Millionen Euro",
               "599 Euro", "3,99 Euro monatlich"],
)

ARTICLES["013_orbital_compute_ashgrove_en.txt"] = dict(
    published="2025-11-07",
    published_note="from 'Research note · 7 November 2025'; 'On Tuesday' -> 2025-11-04; 'On Thursday' -> "
                   "2025-11-06; 'in September' -> 2025-09",
    language="en",
    deals=[
        N("google-planet-orbital-tpu", ["Google", "Planet Labs"], "partnership", "2025-11-04", "announced",
          "Planet Labs will build and operate two prototype satellites carrying the chips, with launch targeted "
          "for early 2027.",
          kind_alt=["supply", "project"],
          note="Google's programme unveiled 'On Tuesday' (previous sentence); value not disclosed"),
        D("spacex-echostar-aws3", ["SpaceX", "EchoStar"], "acquisition", 2_600_000_000, "USD", "approx",
          "2025-11-06", "signed",
          "On Thursday SpaceX agreed to pay about $2.6 billion in its own stock for EchoStar's AWS-3 spectrum "
          "licences.",
          note="second SpaceX–EchoStar deal, must stay apart from the $17bn deal of September"),
        D("spacex-echostar-spectrum", ["SpaceX", "EchoStar"], "acquisition", 17_000_000_000, "USD", "exact",
          "2025-09", "signed",
          "The transaction follows the $17 billion deal for AWS-4 and H-block frequencies the two companies "
          "struck in September, and will give Starlink's direct-to-cell service additional capacity.",
          note="restatement of 011, month only"),
        N("microsoft-nocturne-compute", ["Microsoft", "Nocturne Orbital"], "cloud_contract", "2025", "rumored",
          "The first, according to persistent industry chatter, is Microsoft with Seattle start-up Nocturne "
          "Orbital; we have no confirmation of a signed agreement.",
          required=False, note="amount-less rumour, four days before the signing reported in 014"),
    ],
    not_deals=["$16 from $12", "$200 per kilogram", "$672 million", "$252 million",
               "$241 million to $253 million", "$13.20", "PT $58"],
)

ARTICLES["014_microsoft_nocturne_orbitalmarkt.txt"] = dict(
    published="2025-11-13",
    published_note="from the issue line 'Ausgabe 46/2025 · 13. November 2025'; 'am Dienstag' -> 2025-11-11; "
                   "'Vergangene Woche' -> 2025-11",
    language="de",
    deals=[
        D("microsoft-nocturne-compute", ["Microsoft", "Nocturne Orbital"], "cloud_contract", 1_100_000_000,
          "USD", "exact", "2025-11-11", "signed",
          "Der Konzern aus Redmond zahlt Nocturne über fünf Jahre insgesamt 1,1 Milliarden Dollar, umgerechnet "
          "etwa 950 Millionen Euro, für die Nutzung von GPU-Kapazität in der Umlaufbahn.",
          alt=[(950_000_000, "EUR")], term=["2026", "2030"],
          note="'Der Konzern aus Redmond' = Microsoft; signed 'am Dienstag' (previous sentence); the 006 rumour "
               "signed; runs 2026 to 'Ende 2030'"),
        D("microsoft-nocturne-stake", ["Microsoft", "Nocturne Orbital"], "investment", 60_000_000, "USD",
          "exact", "2025-11", "signed",
          "Für 60 Millionen Dollar übernimmt der Softwarekonzern einen Minderheitsanteil, wie beide Seiten "
          "bestätigten.",
          note="'der Softwarekonzern' = Microsoft; second Microsoft–Nocturne deal, must stay apart from the "
               "compute contract; day not stated -> month"),
        N("google-planet-orbital-tpu", ["Google", "Planet Labs"], "partnership", "2025-11", "announced",
          "Vergangene Woche hat der Konzern angekündigt, gemeinsam mit Planet Labs zwei Prototyp-Satelliten mit "
          "eigenen KI-Chips zu bauen; Geld wurde dabei nicht genannt.",
          required=False, kind_alt=["supply", "project"],
          note="'der Konzern' = Google (previous sentence); amount-less restatement of 013"),
    ],
    not_deals=["2,8 Milliarden Dollar", "1,90 Dollar pro GPU-Stunde", "34,9 Milliarden Dollar", "290 Euro",
               "540 Euro", "Studierende 90 Euro"],
)

ARTICLES["015_bundeswehr_radar_sternwacht_ticker.txt"] = dict(
    published="2025-12-04",
    published_note="from 'Donnerstag, 4. Dezember 2025 · Live' (ticker entries by time); 'am Mittwochabend' -> "
                   "2025-12-03; 'im November' -> 2025-11",
    language="de",
    deals=[
        D("bundeswehr-riss-sar-constellation", ["Bundeswehr", "Rheinmetall ICEYE Space Solutions"], "supply",
          1_900_000_000, "EUR", "approx", "2025-12-03", "signed",
          "Auf knapp 1,9 Milliarden Euro beläuft sich das Auftragsvolumen; 2026 sollen die ersten Satelliten "
          "starten.",
          alt=[(2_200_000_000, "USD")], kind_alt=["other"],
          note="radar-satellite constellation; parties ('Das Beschaffungsamt der Bundeswehr', 'Das "
               "Gemeinschaftsunternehmen aus Neuss') and 'am Mittwochabend' in the two previous sentences; 019 "
               "restates it as about $2.2bn; the 2026 data-services contract (019) is a different deal"),
        D("bundeswehr-planet-imagery", ["Bundeswehr", "Planet Labs"], "supply", 240_000_000, "EUR", "approx",
          "2025-11", "signed",
          "Volumen: rund 240 Millionen Euro.",
          kind_alt=["other", "cloud_contract"],
          note="parties and 'im November' in the previous sentence"),
        D("airbus-lichtenau-denied", ["Airbus", "Lichtenau Orbital"], "investment", 400_000_000, "EUR",
          "approx", "2025-12", "rumored",
          "Ein Airbus-Sprecher weist einen Medienbericht zurück, wonach der Konzern für rund 400 Millionen Euro "
          "beim Bremer Plattformbauer Lichtenau Orbital einsteigen wolle.",
          required=False, kind_alt=["acquisition"], note="media report denied by Airbus"),
    ],
    not_deals=["1.642 Euro", "198,30 Euro", "112 Euro", "6,05 Euro", "rund 35 Milliarden Euro",
               "gut 82 Milliarden Euro", "79 Euro", "22,1 Milliarden Euro", "rund 5 Milliarden Euro"],
)

ARTICLES["016_ses_nocturne_bakenfunk.txt"] = dict(
    published="2026-01-22",
    published_note="from the stamp 'Marktbericht | 22.01.2026 | 17:45 Uhr'; 'am Mittwochabend' -> 2026-01-21; "
                   "'am Dienstag' -> 2026-01-20",
    language="de",
    deals=[
        D("nocturne-ses-optical-relay", ["Nocturne Orbital", "SES"], "supply", 95_000_000, "USD", "exact",
          "2026-01-21", "signed",
          "Nocturne zahlt SES über sieben Jahre 95 Millionen Dollar für optische Datenverbindungen, über die "
          "Ergebnisse aus den Rechenmodulen im All über SES-Satelliten in der mittleren Umlaufbahn zur Erde "
          "gelangen.",
          kind_alt=["cloud_contract", "other"],
          note="announced 'am Mittwochabend' (previous sentence)"),
        N("ses-intelsat-acquisition", ["SES", "Intelsat"], "acquisition", None, "completed",
          "Seit dem Abschluss der Intelsat-Übernahme im vergangenen Juli hat die Aktie rund 30 Prozent "
          "gewonnen.",
          required=False,
          note="amount-less mention of the completion (July 2025); the agreement date (2024) is not given here "
               "-> null"),
        D("amazon-arianespace-2026", ["Amazon", "Arianespace"], "supply", 450_000_000, "EUR", "approx",
          "2026-01-20", "signed",
          "Händler taxieren den Auftrag auf rund 450 Millionen Euro.",
          note="value only from traders' estimate; parties and 'am Dienstag' in the previous sentence; different "
               "from the 2022 booking"),
        N("amazon-arianespace-2022", ["Amazon", "Arianespace"], "supply", "2022", "signed",
          "Schon 2022 hatte die Amazon-Tochter Kuiper, wie Amazon Leo damals hieß, 18 Ariane-6-Starts "
          "reserviert.",
          required=False, note="amount-less background booking of the same pair"),
    ],
    not_deals=["6,48 Euro", "7,50 Euro", "2,31 Euro", "rund 90 Millionen Euro", "201,60 Euro", "118 Euro",
               "1.705 Euro", "18,40 USD"],
)

ARTICLES["017_lichtenau_ohb_weseruferbote.txt"] = dict(
    published="2026-03-11",
    published_note="from the date line 'Mi., 11.03.2026'; 'Am Montag' -> 2026-03-09; 'Am Dienstagabend' -> "
                   "2026-03-10",
    language="de",
    deals=[
        D("ohb-lichtenau-platforms-2026", ["OHB", "Lichtenau Orbital"], "supply", 95_000_000, "EUR", "approx",
          "2026-03-09", "signed",
          "Rund 95 Millionen Euro ist die Bestellung wert, wie beide Unternehmen bestätigten.",
          term=["2027", "2029"],
          note="24 platforms ordered 'Am Montag' (previous sentence); second OHB–Lichtenau deal, must stay apart "
               "from the 2024 stake"),
        D("bremen-lichtenau-land", ["Stadt Bremen", "Lichtenau Orbital"], "acquisition", 4_300_000, "EUR",
          "exact", "2026-03-10", "signed",
          "Die Stadt Bremen erhält dafür 4,3 Millionen Euro, das entspricht rund 134 Euro je Quadratmeter.",
          kind_alt=["other"],
          note="land sale approved 'Am Dienstagabend' (previous sentence); Lichtenau buys"),
        N("ohb-lichtenau-stake", ["OHB", "Lichtenau Orbital"], "investment", "2024", "completed",
          "Das Unternehmen, an dem OHB seit 2024 ein gutes Viertel hält, beschäftigt derzeit rund 160 Menschen "
          "im Gewerbegebiet Hansalinie.",
          required=False, note="amount-less background mention of the 2024 stake"),
    ],
    not_deals=["rund 134 Euro je Quadratmeter", "mehr als einer Million Euro im Jahr", "18 Millionen Euro",
               "rund 390 Millionen Euro", "134 Euro pro Quadratmeter", "49 Euro"],
)

ARTICLES["018_amazon_wirraminna_coorong_en.html"] = dict(
    published="2026-04-14",
    published_note="from <meta name='pubdate'>, JSON-LD datePublished and <time> '14 April 2026'; 'on Monday' -> "
                   "2026-04-13; 'last August' -> 2025-08",
    language="en",
    deals=[
        D("amazon-wirraminna-acquisition", ["Amazon", "Wirraminna Ground Segment"], "acquisition", 140_000_000,
          "AUD", "at_least", "2026-04-13", "signed",
          "Amazon has bought Wirraminna Ground Segment, the Adelaide company that runs satellite ground stations "
          "in South Australia and the Northern Territory, for more than A$140 million.",
          note="'agreed on Monday' in the next sentence"),
        D("nbn-amazon-leo-wholesale", ["NBN Co", "Amazon"], "supply", 600_000_000, "AUD", "approx", "2025-08",
          "signed",
          "The government-owned network operator will pay Amazon about A$600 million over eight years, "
          "according to its annual report.",
          kind_alt=["other"],
          note="'The government-owned network operator' = NBN Co; agreement signed 'last August' (previous "
               "sentence)"),
        D("amazon-leo-capex", ["Amazon"], "capex_plan", 10_000_000_000, "USD", "at_least", None, "planned",
          "Amazon expects the Leo constellation, which needs more than 3,200 satellites in low Earth orbit, to "
          "cost it more than $10 billion.",
          required=False, kind_alt=["project"], note="group-wide programme budget, no date"),
    ],
    not_deals=["A$21 million", "A$2.5 million grant", "A$99 a month", "A$495", "A$4.50 a week"],
)

ARTICLES["019_sentinel_orbit_weekly_en.txt"] = dict(
    published="2026-06-12",
    published_note="from the issue line 'Week 24 · Friday 12 June 2026'; 'On Wednesday' -> 2026-06-10; 'in "
                   "December' -> 2025-12; 'since January' -> 2026-01",
    language="en",
    deals=[
        D("bundeswehr-riss-data-services", ["Bundeswehr", "Rheinmetall ICEYE Space Solutions"], "other",
          48_000_000, "EUR", "exact", "2026-06-10", "signed",
          "The Bundeswehr will pay €48 million a year from 2027 for an initial term running to the end of 2031.",
          per="year", term=["2027", "2031"], kind_alt=["cloud_contract", "supply"],
          note="data-services agreement signed 'On Wednesday' (previous sentence); second Bundeswehr–Rheinmetall "
               "ICEYE deal, must stay apart from the constellation order"),
        D("bundeswehr-riss-sar-constellation", ["Bundeswehr", "Rheinmetall ICEYE Space Solutions"], "supply",
          2_200_000_000, "USD", "approx", "2025-12", "signed",
          "The agreement comes on top of the constellation itself, which the procurement office ordered from the "
          "same venture in December for about $2.2 billion.",
          note="restatement of 015 in USD with the month only; 'the procurement office' = the Bundeswehr's, "
               "'the same venture' = Rheinmetall ICEYE Space Solutions"),
        D("eutelsat-lyngseidet-takeover", ["Eutelsat", "Lyngseidet Ground Services"], "acquisition",
          1_400_000_000, "NOK", "approx", "2026-01", "cancelled",
          "The two sides had been negotiating since January over a price of around NOK 1.4 billion, people close "
          "to the talks said.",
          note="planned purchase abandoned; dated to the start of the talks"),
    ],
    not_deals=["$1,500", "$3,000", "up to $8,000 per scene", "$620 million", "€1.1 billion", "£40 million",
               "€1,250", "€35 a month"],
)

ARTICLES["020_nocturne_seriec_wuermtaler.txt"] = dict(
    published="2026-11-06",
    published_note="from the issue line 'Ausgabe 45 · Freitag, 6. November 2026'; 'am Mittwoch' -> 2026-11-04; "
                   "'im Juli' -> 2026-07; 'im Sommer' -> 2026; 'Ende Oktober' -> 2026-10",
    language="de",
    deals=[
        D("thimbleridge-nocturne-seriesc", ["Thimbleridge Capital", "Nocturne Orbital"], "investment",
          420_000_000, "USD", "exact", "2026-11-04", "completed",
          "Nocturne Orbital, das Start-up aus Seattle, das KI-Rechenleistung auf Satelliten verkauft, hat am "
          "Mittwoch eine Series-C-Finanzierung über 420 Millionen Dollar abgeschlossen, umgerechnet rund 365 "
          "Millionen Euro.",
          alt=[(365_000_000, "EUR")],
          note="lead Thimbleridge in the next sentence; second Thimbleridge–Nocturne deal"),
        D("nocturne-spacex-starship", ["Nocturne Orbital", "SpaceX"], "supply", 180_000_000, "USD", "approx",
          "2026-07", "signed",
          "Nocturne hatte im Juli bei SpaceX einen Vertrag über den Transport von zwölf Rechenmodulen mit dem "
          "Starship abgeschlossen; rund 180 Millionen Dollar zahlt das Unternehmen dafür.",
          kind_alt=["other"],
          note="'das Unternehmen' = Nocturne; second Nocturne–SpaceX deal (rideshare 2025 in 006); 'Drei Monate "
               "später' refers to the financing"),
        D("varvestone-auenblick-bid", ["Varvestone Geospatial", "Auenblick Geodaten"], "acquisition",
          85_000_000, "EUR", "approx", "2026", "cancelled",
          "Varvestone hatte im Sommer rund 85 Millionen Euro für die Darmstädter geboten; die Gesellschafter "
          "lehnten nach langen Gesprächen ab, weil ihnen die Bedingungen für die Mitarbeiter nicht reichten.",
          note="takeover failed; 'die Darmstädter' = Auenblick; 'im Sommer' -> year"),
        D("kumotori-lichtenau-platforms-2026", ["Kumotori Analytics", "Lichtenau Orbital"], "supply",
          9_000_000_000, "JPY", "approx", "2026-10", "signed",
          "Knapp 9 Milliarden Yen ist die Bestellung wert; es ist der zweite Auftrag der Japaner bei dem Bremer "
          "Hersteller.",
          note="six platforms ordered 'Ende Oktober' (previous sentence); second Kumotori–Lichtenau order, must "
               "stay apart from the 2025 order"),
    ],
    not_deals=["3,20 Euro", "5,1 Milliarden Dollar", "1,35 Milliarden Dollar", "700 Millionen Euro",
               "130.000 Euro im Jahr", "rund zehn Millionen Euro", "45 Euro pro Person", "139 Euro im Jahr"],
)

ALIASES = {
    "SES": ["SES", "SES S.A."],
    "Intelsat": ["Intelsat", "Intelsat S.A."],
    "Lyngseidet Ground Services": ["Lyngseidet Ground Services", "Lyngseidet Ground Services AS", "Lyngseidet"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure", "Microsofts"],
    "Rhönwarte Rechenzentren": ["Rhönwarte Rechenzentren", "Rhönwarte Rechenzentren GmbH", "Rhönwarte"],
    "SpaceX": ["SpaceX", "Space Exploration Technologies", "Starlink"],
    "OHB": ["OHB", "OHB SE"],
    "Lichtenau Orbital": ["Lichtenau Orbital", "Lichtenau Orbital GmbH", "Lichtenau"],
    "KKR": ["KKR", "KKR & Co."],
    "Auenblick Geodaten": ["Auenblick Geodaten", "Auenblick Geodaten GmbH", "Auenblick"],
    "Planet Labs": ["Planet Labs", "Planet Labs PBC", "Planet"],
    "Hermaness Launch": ["Hermaness Launch", "Hermaness Launch Ltd", "Hermaness"],
    "Corrie Vale Partners": ["Corrie Vale Partners", "Corrie Vale"],
    "Varvestone Geospatial": ["Varvestone Geospatial", "Varvestone"],
    "Meta": ["Meta", "Meta Platforms"],
    "Ptarmigan Annotation": ["Ptarmigan Annotation", "Ptarmigan"],
    "Thimbleridge Capital": ["Thimbleridge Capital", "Thimbleridge"],
    "Nocturne Orbital": ["Nocturne Orbital", "Nocturne"],
    "Kumotori Analytics": ["Kumotori Analytics", "Kumotori Analytics K.K.", "Kumotori"],
    "Shiokaze Ventures": ["Shiokaze Ventures", "Shiokaze"],
    "Eldridge Industries": ["Eldridge Industries", "Eldridge"],
    "Isar Aerospace": ["Isar Aerospace", "Isar Aerospace SE", "Isar"],
    "Andøya Space": ["Andøya Space", "Andoya Space", "Andøya Space Center"],
    "France": ["France", "French state", "French government", "französischer Staat"],
    "UK Government": ["UK Government", "British government", "UK government"],
    "Eutelsat": ["Eutelsat", "Eutelsat Group", "Eutelsat OneWeb"],
    "CMA CGM": ["CMA CGM"],
    "Airbus": ["Airbus", "Airbus SE", "Airbus Defence and Space"],
    "EchoStar": ["EchoStar", "EchoStar Corp."],
    "AT&T": ["AT&T", "AT&T Inc."],
    "xAI": ["xAI", "X.AI"],
    "Ohmtal Beteiligungen": ["Ohmtal Beteiligungen", "Ohmtal"],
    "Google": ["Google", "Alphabet"],
    "Bundeswehr": ["Bundeswehr", "BAAINBw", "Beschaffungsamt der Bundeswehr", "German armed forces"],
    "Rheinmetall ICEYE Space Solutions": ["Rheinmetall ICEYE Space Solutions", "Rheinmetall Iceye Space Solutions"],
    "Amazon": ["Amazon", "Amazon Leo", "Project Kuiper", "Kuiper", "Amazon Web Services", "AWS"],
    "Arianespace": ["Arianespace"],
    "Stadt Bremen": ["Stadt Bremen", "Freie Hansestadt Bremen", "Stadtgemeinde Bremen"],
    "Wirraminna Ground Segment": ["Wirraminna Ground Segment", "Wirraminna"],
    "NBN Co": ["NBN Co", "NBN"],
}


def main():
    gold = {"about": ABOUT, "articles": {}, "aliases": ALIASES}
    for name in sorted(ARTICLES):
        a = ARTICLES[name]
        gold["articles"][name] = {
            "published": a["published"],
            "published_note": a["published_note"],
            "language": a["language"],
            "deals": a["deals"],
            "not_deals": a["not_deals"],
        }
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(gold['articles'])} articles, "
          f"{sum(len(a['deals']) for a in gold['articles'].values())} deal mentions")


if __name__ == "__main__":
    main()
