#!/usr/bin/env python3
"""Write gold.json for tests/corpus162 (the hand annotation as a script).

Edit the annotation here, then run `python3 tests/corpus162/make_gold.py` to rewrite gold.json
and `python3 tests/corpus162/check_gold.py` to validate it. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 162nd held-out test corpus (tests/corpus162/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: drugstore chains, online pharmacies and pharma wholesalers in the AI "
    "boom (AI and cloud contracts, takeovers of health-app and logistics-AI start-ups, warehouse-robot "
    "orders, stakes, data deals). One entry per article; a deal that several articles report carries the "
    "same id in each. 'required': false marks vague or background mentions that an extractor may report "
    "or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as "
    "a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | "
    "approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' "
    "gives the same deal's amount as another article (or the same article) states it in another currency "
    "or at another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or "
    "YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own "
    "date marker, dateline, <time datetime>/<meta>, issue line or byline date, or null when the article "
    "has none); seasons become the year; a cancelled deal keeps the date of the original agreement or "
    "talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). Invented companies: Hautlupe, Kassenblick "
    "Analytics, Lagerfuchs Robotics, Rezeptwerk, Tallbay Automation, Hyllstad Robotik, Calder & Voss, "
    "Routenkern, Quaderwald Ventures, Lußhardt Kreditbank, Ossory Lane Capital, Vitamuster, Apteki "
    "Szafranowe, Rimefold Analytics, Pellmoor Health, Dosisfeld, Larchway Health, Apothekenverbund "
    "Lindwurm; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly real, partly invented or shifted. "
    "Nothing here is reporting."
)

ALIASES = {
    "dm-drogerie markt": ["dm-drogerie markt", "dm", "dm-Drogeriemarkt"],
    "Hautlupe": ["Hautlupe"],
    "Rossmann": ["Rossmann", "Dirk Rossmann GmbH"],
    "Kassenblick Analytics": ["Kassenblick Analytics", "Kassenblick"],
    "Redcare Pharmacy": ["Redcare Pharmacy", "Redcare", "Redcare Pharmacy N.V.", "Shop Apotheke"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure"],
    "Rezeptwerk": ["Rezeptwerk", "Rezeptwerk GmbH"],
    "Lagerfuchs Robotics": ["Lagerfuchs Robotics", "Lagerfuchs Robotics GmbH", "Lagerfuchs"],
    "Stadt Waghäusel": ["Stadt Waghäusel", "Waghäusel"],
    "Walgreens": ["Walgreens", "Walgreens Boots Alliance", "WBA"],
    "Tallbay Automation": ["Tallbay Automation", "Tallbay"],
    "Sycamore Partners": ["Sycamore Partners", "Sycamore"],
    "Staples": ["Staples"],
    "Phoenix Group": ["Phoenix Group", "Phoenix", "PHOENIX group"],
    "Hyllstad Robotik": ["Hyllstad Robotik", "Hyllstad Robotik AB", "Hyllstad"],
    "Calder & Voss": ["Calder & Voss"],
    "Routenkern": ["Routenkern"],
    "Quaderwald Ventures": ["Quaderwald Ventures", "Quaderwald"],
    "McKesson": ["McKesson"],
    "Lußhardt Kreditbank": ["Lußhardt Kreditbank", "Lusshardt Kreditbank"],
    "DocMorris": ["DocMorris", "DocMorris AG"],
    "Ossory Lane Capital": ["Ossory Lane Capital", "Ossory Lane"],
    "Amazon Web Services": ["Amazon Web Services", "AWS", "Amazon"],
    "Vitamuster": ["Vitamuster"],
    "Apteki Szafranowe": ["Apteki Szafranowe", "Szafranowe"],
    "Boots": ["Boots", "Boots UK"],
    "Rimefold Analytics": ["Rimefold Analytics", "Rimefold"],
    "Pellmoor Health": ["Pellmoor Health", "Pellmoor"],
    "Dosisfeld": ["Dosisfeld"],
    "Shoppers Drug Mart": ["Shoppers Drug Mart", "Shoppers"],
    "Larchway Health": ["Larchway Health", "Larchway"],
    "Apothekenverbund Lindwurm": ["Apothekenverbund Lindwurm", "Apothekenverbund Lindwurm eG", "Lindwurm"],
    "Gemeinde Weilerswist": ["Gemeinde Weilerswist", "Weilerswist"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
      amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if term is not None:
        d["term"] = term
    if per is not None:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ARTICLES = {}

ARTICLES["001_dm_hautlupe_regalkante.txt"] = A(
    "2024-03-14",
    "dateline without year 'Karlsruhe, 14. März (rk)', year from the copyright line '© 2024 Regalkante "
    "Digital GmbH' (the letter is the Thursday brief); 'am Dienstag' -> 2024-03-12; 'Anfang März' -> 2024-03",
    "de",
    [
        D("dm-hautlupe-stake", ["dm-drogerie markt", "Hautlupe"], "investment", 48_000_000, "EUR", "approx",
          "2024-03-12", "signed",
          "Für 25,1 Prozent der Anteile zahlt dm rund 48 Millionen Euro, das gaben die Partner am Dienstag bekannt.",
          kind_alt=["acquisition"],
          note="25.1 % stake; the implied valuation (knapp 190 Millionen Euro) is not a deal; different from "
               "dm's amount-less step-up to 51 % in 020 and from Rossmann's denied interest (016)"),
        D("kassenblick-rossmann-data", ["Kassenblick Analytics", "Rossmann"], "other", 12_000_000, "EUR", "approx",
          "2024-03", "signed",
          "Kassenblick zahlt der Drogeriekette jährlich knapp zwölf Millionen Euro für den Zugriff auf anonymisierte Bondaten aus rund 2.200 deutschen Filialen; der Vertrag läuft zunächst drei Jahre.",
          per="year", term=["2024-03", "2027"], kind_alt=["partnership", "supply"],
          note="data licence, amount in words, per year; 'der Drogeriekette' = Rossmann (previous sentence, "
               "'Anfang März' -> month); the data buyer pays the drugstore chain"),
    ],
    ["knapp 190 Millionen Euro", "17,7 Milliarden Euro", "2,3 Milliarden Dollar", "21 Millionen Euro",
     "189 Euro netto"],
)

ARTICLES["002_redcare_microsoft_kursreling.txt"] = A(
    "2024-05-21",
    "stock-portal stamp '21.05.2024 - 08:12:40' (a Tuesday); 'am Montag nach Börsenschluss' -> 2024-05-20",
    "de",
    [
        D("redcare-microsoft-azure", ["Redcare Pharmacy", "Microsoft"], "cloud_contract", 140_000_000, "EUR",
          "exact", "2024-05-20", "signed",
          "Wie das im MDAX notierte Unternehmen am Montag nach Börsenschluss mitteilte, hat es mit Microsoft einen Cloud-Vertrag über 140 Millionen Euro mit fünf Jahren Laufzeit unterzeichnet.",
          term=["2024", "2029"], alt=[(152_000_000, "USD")],
          note="'das im MDAX notierte Unternehmen' / 'es' = Redcare Pharmacy (previous sentence); five years, "
               "'bis 2029'; 004 reports the same contract as about $152 million (alt_amounts)"),
        D("redcare-rezeptwerk", ["Redcare Pharmacy", "Rezeptwerk"], "acquisition", 95_000_000, "EUR", "up_to",
          "2024-05-20", "signed",
          "Für das Start-up zahlen die Niederländer bis zu 95 Millionen Euro: 60 Millionen Euro fließen beim Vollzug, weitere 35 Millionen Euro hängen an Umsatzzielen für 2025 und 2026.",
          note="'die Niederländer' = Redcare, 'das Start-up' = Rezeptwerk GmbH (previous sentence); "
               "'Zeitgleich' with the Monday announcement; the €60m upfront and €35m earn-out are parts of the "
               "price (not_deals)"),
    ],
    ["60 Millionen Euro fließen beim Vollzug", "35 Millionen Euro hängen an Umsatzzielen", "rund 4 Millionen Euro",
     "118,40 Euro", "Kursziel von 165 Euro", "141,30 / 88,16 Euro", "2,3 bis 2,5 Milliarden Euro", "113,75 Euro", "ca. 2,3 Mrd. Euro",
     "ab 0 Euro Orderprovision", "500 Euro Ordervolumen"],
)

ARTICLES["003_dm_lagerfuchs_wagbach.txt"] = A(
    "2024-06-12",
    "local header 'WAGHÄUSEL · Mittwoch, 12. Juni 2024'; 'Am Montagabend' -> 2024-06-10",
    "de",
    [
        D("dm-lagerfuchs-waghaeusel", ["dm-drogerie markt", "Lagerfuchs Robotics"], "supply", 120_000_000, "EUR",
          "exact", "2024-06-10", "signed",
          "Das Auftragsvolumen beziffert dm auf 120 Millionen Euro, der Vertrag ist nach Angaben des Unternehmens unterschrieben.",
          alt=[(130_000_000, "USD")],
          note="supplier in the previous sentence ('Den Zuschlag ... hat die Bruchsaler Lagerfuchs Robotics GmbH "
               "erhalten'), presented 'Am Montagabend'; 004 adds about $130m; different from the 2026 "
               "Weilerswist order (017)"),
        D("waghaeusel-dm-land", ["Stadt Waghäusel", "dm-drogerie markt"], "acquisition", 9_400_000, "EUR", "approx",
          "2024-06-10", "announced",
          "Der Gemeinderat stimmte dem Verkauf am Montagabend mit 19 zu 4 Stimmen zu; die Stadt erlöst damit rund 9,4 Millionen Euro.",
          kind_alt=["other"],
          note="municipal land sale (6.5 ha) to dm, buyer in the previous sentence; council approval, notary "
               "still pending -> announced"),
    ],
    ["knapp 145 Euro pro Quadratmeter", "etwa 1,2 Millionen Euro", "3,8 Millionen Euro",
     "3.400 Euro monatlich vor Steuern", "ab 4.990 Euro"],
)

ARTICLES["004_dispensary_ledger_june24_en.txt"] = A(
    "2024-06-14",
    "issue line 'Issue 22 · Friday 14 June 2024'; 'on Monday' -> 2024-06-10, 'on Wednesday' -> 2024-06-12, "
    "'Last month' -> 2024-05",
    "en",
    [
        D("dm-lagerfuchs-waghaeusel", ["dm-drogerie markt", "Lagerfuchs Robotics"], "supply", 120_000_000, "EUR",
          "exact", "2024-06-10", "signed",
          "dm-drogerie markt awarded a €120m (about $130m) robotics order to Lagerfuchs Robotics on Monday.",
          alt=[(130_000_000, "USD")],
          note="same order as 003"),
        D("walgreens-tallbay-robots", ["Walgreens", "Tallbay Automation"], "supply", 300_000_000, "USD",
          "at_least", "2024-06-12", "signed",
          "Tallbay Automation, the Dayton, Ohio, maker of micro-fulfilment systems, said on Wednesday that Walgreens has placed an order worth more than $300 million over three years.",
          note="'more than'; first Walgreens-Tallbay order, different from the ~$95m second order of 2025 (015)"),
        D("redcare-microsoft-azure", ["Redcare Pharmacy", "Microsoft"], "cloud_contract", 152_000_000, "USD",
          "approx", "2024-05", "signed",
          "Last month Redcare Pharmacy signed a five-year cloud agreement with Microsoft worth about $152 million.",
          alt=[(140_000_000, "EUR")],
          note="same contract as 002 (EUR 140m, 2024-05-20), here in USD and with the month only"),
    ],
    ["revenue of €29m", "$84 million", "$7.8bn", "Seats are $49", "$17 monthly", "$170 annually"],
)

ARTICLES["005_sycamore_walgreens_oarlock_en.txt"] = A(
    "2025-01-09",
    "wire header 'January 9, 2025 07:40 ET'; dateline 'NEW YORK, Jan 8' (year from the header); the talks "
    "were reported 'on Wednesday' (2025-01-08)",
    "en",
    [
        D("sycamore-walgreens", ["Sycamore Partners", "Walgreens"], "acquisition", 10_000_000_000, "USD", "approx",
          "2025", "rumored",
          "NEW YORK, Jan 8 (Oarlock) - Private equity firm Sycamore Partners is in talks to buy Walgreens Boots Alliance in a deal valued at roughly ten billion dollars, three individuals briefed on the negotiations said on Wednesday, a move that would end the drugstore chain's long run as a listed company.",
          alt=[(9_900_000_000, "USD"), (23_500_000_000, "USD"), (8_500_000_000, "EUR")],
          note="sourced rumour, amount in words; signed on 2025-03-06 (007, $9.9bn equity, up to $23.5bn "
               "incl. debt) and completed in August (014, EUR conversion) -> alt_amounts; only the year so the "
               "shared id's dates agree"),
        D("sycamore-staples", ["Sycamore Partners", "Staples"], "acquisition", 6_900_000_000, "USD", "approx",
          "2017", "completed",
          "The firm bought office-supplies chain Staples in 2017 for about $6.9 billion.",
          required=False,
          note="background deal of 2017; 'The firm' = Sycamore"),
    ],
    ["$11.60", "roughly $10.1 billion on the market", "net loss of $8.6 billion", "about $8 billion of net debt"],
)

ARTICLES["006_phoenix_hyllstad_pickface_en.html"] = A(
    "2024-10-17",
    "<meta property='article:published_time' content='2024-10-17T09:20:00+02:00'>, JSON-LD datePublished and "
    "<time datetime='2024-10-17T09:20'> (visible '17 Oct 2024, 09:20', a Thursday); 'Signed on Tuesday' -> "
    "2024-10-15",
    "en",
    [
        D("phoenix-hyllstad-robots", ["Phoenix Group", "Hyllstad Robotik"], "supply", 1_100_000_000, "SEK", "exact",
          "2024-10-15", "signed",
          "Signed on Tuesday, the order carries a value of SEK 1.1 billion, or roughly €96 million, Hyllstad disclosed in a regulatory notice to Nasdaq Stockholm early on Wednesday.",
          alt=[(96_000_000, "EUR")],
          note="buyer and seller in the previous sentence; different from the yearly service contract below"),
        D("phoenix-hyllstad-service", ["Phoenix Group", "Hyllstad Robotik"], "supply", 40_000_000, "SEK", "exact",
          "2024-10-15", "signed",
          "On top of the hardware, the two companies agreed an eight-year service and software contract under which Phoenix will pay Hyllstad SEK 40 million a year from 2025.",
          per="year", term=["2025", "2032"], kind_alt=["other"],
          note="rate over eight years from 2025; agreed together with the robot order"),
    ],
    ["SEK 870 million", "SEK 212.50", "SEK 430,000 per unit", "€4.1bn a year"],
)

ARTICLES["007_walgreens_sycamore_brantwood_en.txt"] = A(
    "2025-03-07",
    "date line 'Friday, March 7, 2025'; 'on Thursday' -> 2025-03-06; the financing is dated by the merger "
    "filing to the month",
    "en",
    [
        D("sycamore-walgreens", ["Sycamore Partners", "Walgreens"], "acquisition", 9_900_000_000, "USD", "exact",
          "2025-03-06", "signed",
          "Sycamore Partners agreed on Thursday to buy Walgreens Boots Alliance for $9.9 billion in equity value.",
          alt=[(23_500_000_000, "USD")],
          note="signing of the rumour in 005; 'up to $23.5 billion' including debt and the contingent payout "
               "(next sentence) is the same deal; repeated in 'Key figures'"),
        D("calder-voss-sycamore-debt", ["Calder & Voss", "Sycamore Partners"], "other", 6_500_000_000, "USD",
          "exact", "2025-03", "signed",
          "Sycamore has lined up committed debt of $6.5 billion from a lending group led by Calder & Voss, according to the merger filing.",
          kind_alt=["investment"],
          note="committed takeover loan; the lead lender is the counterparty"),
    ],
    ["Price target: $11.30", "(from $9.50)", "$11.30 a share", "Revenue FY2024: $147.7bn", "up to $3.00 a share", "$147.7 billion",
     "roughly $2 billion of asset sales"],
)

ARTICLES["008_phoenix_routenkern_quadratekurier.txt"] = A(
    "2025-05-15",
    "date line 'Donnerstag, 15. Mai 2025 · Wirtschaft · Seite 17'",
    "de",
    [
        D("phoenix-routenkern", ["Phoenix Group", "Routenkern"], "acquisition", 65_000_000, "EUR", "range",
          "2025", "rumored",
          "Insidern zufolge verhandelt der Konzern über die Übernahme des Leipziger Logistik-Start-ups Routenkern, der Kaufpreis soll zwischen 65 und 75 Millionen Euro liegen.",
          amount_max=75_000_000, alt=[(74_000_000, "EUR"), (87_000_000, "USD")],
          note="'der Konzern' = Phoenix (previous sentence); rumour from insiders; signed on 2025-09-17 for "
               "€74m ($87m) in 012 (alt_amounts); only the year so the shared id's dates agree"),
        D("quaderwald-routenkern-2023", ["Quaderwald Ventures", "Routenkern"], "investment", 18_000_000, "EUR",
          "exact", "2023-02", "completed",
          "Im Februar 2023 hatte Routenkern in einer von Quaderwald Ventures angeführten Finanzierungsrunde 18 Millionen Euro eingesammelt; das Start-up wurde damals mit 55 Millionen Euro bewertet.",
          note="earlier funding round, lead investor; the valuation is not a deal"),
        D("phoenix-mckesson-europe", ["Phoenix Group", "McKesson"], "acquisition", None, None, None,
          "2022", "completed",
          "2022 übernahm der Konzern das Europageschäft von McKesson in mehreren Ländern; einen Preis nannten die Partner damals nicht.",
          required=False,
          note="amount-less background deal"),
    ],
    ["55 Millionen Euro bewertet", "rund 9 Millionen Euro", "rund 50 Milliarden Euro", "73 Cent",
     "12 Euro inklusive Probierglas"],
)

ARTICLES["009_lagerfuchs_interview_regalgasse.txt"] = A(
    None,
    "interview without any date (only 'Lesezeit: 6 Minuten'); deals get date null except the 2025 offer, "
    "whose year the text gives ('Im Frühjahr 2025')",
    "de",
    [
        D("dm-lagerfuchs-waghaeusel", ["dm-drogerie markt", "Lagerfuchs Robotics"], "supply", 120_000_000, "EUR",
          "exact", None, "signed",
          "Der Auftrag für Waghäusel über 120 Millionen Euro ist der größte, den wir je hatten, das stimmt.",
          note="dm named in the question, 'wir' = Lagerfuchs; restated in the undated interview"),
        D("hyllstad-lagerfuchs-offer", ["Hyllstad Robotik", "Lagerfuchs Robotics"], "acquisition", 150_000_000,
          "EUR", "approx", "2025", "cancelled",
          "Die Schweden wollten uns rund 150 Millionen Euro zahlen, für sämtliche Anteile und in bar.",
          note="refused takeover offer; bidder in the question ('Im Frühjahr 2025 wollte Hyllstad Robotik Ihre "
               "Firma kaufen.'), 'die Schweden' = Hyllstad, 'uns' = Lagerfuchs; spring -> year"),
        D("lusshardt-lagerfuchs-loan", ["Lußhardt Kreditbank", "Lagerfuchs Robotics"], "other", 25_000_000, "EUR",
          "exact", None, "signed",
          "Die Lußhardt Kreditbank hat uns eine Linie über 25 Millionen Euro eingeräumt, damit bauen wir die zweite Montagehalle.",
          kind_alt=["investment"],
          note="credit line; 'uns' = Lagerfuchs; undated"),
    ],
    ["zwischen 18.000 und 26.000 Euro", "4.100 Euro im Monat", "41 Millionen Euro im Jahr umgesetzt",
     "6,90 Euro im Monat", "Wert 1.200 Euro"],
)

ARTICLES["010_docmorris_raise_limmat_en.txt"] = A(
    "2025-06-04",
    "dateline 'ZURICH, 4 June 2025 — 07:05 CEST' (a Wednesday); 'on Tuesday' -> 2025-06-03; 'signed last "
    "week' -> 2025-05",
    "en",
    [
        D("docmorris-rights-issue-2025", ["DocMorris"], "investment", 180_000_000, "CHF", "exact",
          "2025-06-03", "announced",
          "The Frauenfeld-based company said on Tuesday it would raise CHF 180 million through a rights issue, with the proceeds earmarked for advertising electronic prescriptions and for an AI-based pharmacist chat service.",
          required=False,
          note="capital increase without a single counterparty (includes the anchor's CHF 60m) -> optional"),
        D("ossorylane-docmorris-anchor", ["Ossory Lane Capital", "DocMorris"], "investment", 60_000_000, "CHF",
          "exact", "2025-06-03", "signed",
          "It will take up CHF 60 million of the new shares, roughly €64 million, and has also underwritten part of any rights that existing holders leave unexercised.",
          alt=[(64_000_000, "EUR")],
          note="'It' = Ossory Lane Capital (previous sentence, 'has agreed to act as anchor investor'); "
               "announced with the rights issue on Tuesday"),
        D("docmorris-aws-cloud", ["DocMorris", "Amazon Web Services"], "cloud_contract", 45_000_000, "CHF", "exact",
          "2025-05", "signed",
          "The five-year cloud contract, signed last week, is worth CHF 45 million, a company spokesman, Reto Gubelmann, said.",
          note="parties in the previous sentence ('the company has moved ... to Amazon Web Services'); 'last "
               "week' from Wednesday 4 June -> the week of 26 May"),
    ],
    ["CHF 4.80 each", "CHF 7.95", "roughly CHF 310 million", "CHF 1.07 billion", "CHF 38 million",
     "CHF 24 a month"],
)

ARTICLES["011_rossmann_vitamuster_wietzeblick.html"] = A(
    "2025-07-23",
    "<meta name='date' content='2025-07-23T09:40:00+02:00'>, JSON-LD datePublished and visible 'Burgwedel · "
    "23.07.2025, 09:40 Uhr' (a Wednesday); 'am Dienstag' -> 2025-07-22",
    "de",
    [
        D("rossmann-vitamuster", ["Rossmann", "Vitamuster"], "acquisition", 28_000_000, "EUR", "exact",
          "2025-07-22", "signed",
          "Für die App, die mithilfe künstlicher Intelligenz Ernährungs- und Nahrungsergänzungspläne erstellt, zahlt Rossmann 28 Millionen Euro, teilte das Familienunternehmen am Dienstag in Burgwedel mit.",
          note="'die App' = Vitamuster (previous sentence)"),
        D("rossmann-logistics-capex", ["Rossmann"], "capex_plan", 250_000_000, "EUR", "approx", "2025-07-22",
          "planned",
          "Bis Ende 2028 will das Unternehmen rund 250 Millionen Euro in ein neues, weitgehend automatisiertes Logistikzentrum investieren, in dem eine KI die Kommissionierung für 2.300 Filialen steuert.",
          term=[None, "2028"], kind_alt=["project"],
          note="'das Unternehmen' = Rossmann; announced 'Zugleich' with the purchase; a single project, so "
               "required; only the spender is a party"),
    ],
    ["4,99 Euro im Monat", "rund 15,1 Milliarden Euro", "3,2 Millionen Euro teurer", "ab 6.990 Euro",
     "8,49 Euro monatlich", "Testmonat 1 Euro"],
)

ARTICLES["012_phoenix_routenkern_mainquay_en.txt"] = A(
    "2025-09-18",
    "wire header 'September 18, 2025 · 11:20 CET'; dateline 'FRANKFURT, Sept 17'; 'on Wednesday' -> "
    "2025-09-17; 'In August' -> 2025-08",
    "en",
    [
        D("phoenix-routenkern", ["Phoenix Group", "Routenkern"], "acquisition", 74_000_000, "EUR", "exact",
          "2025-09-17", "signed",
          "FRANKFURT, Sept 17 (Mainquay) - German pharmaceutical wholesaler Phoenix Group agreed on Wednesday to buy Routenkern, a Leipzig start-up whose software plans delivery routes to pharmacies, for 74 million euros ($87 million), the two companies said.",
          alt=[(87_000_000, "USD")],
          note="signing of the talks rumoured in 008 (range €65-75m)"),
        D("phoenix-szafranowe", ["Phoenix Group", "Apteki Szafranowe"], "acquisition", 820_000_000, "PLN", "exact",
          "2025-08", "signed",
          "In August, Phoenix agreed to take 60% of Polish pharmacy chain Apteki Szafranowe for 820 million zlotys, or about 192 million euros, adding about 310 pharmacies to the roughly 3,200 it already runs across Europe under brands such as BENU and Rowlands.",
          alt=[(192_000_000, "EUR")], kind_alt=["investment"],
          note="60 % stake, under review by UOKiK; blocked in November 2026 (020)"),
    ],
    ["55 million euros in 2023", "about 50.5 billion euros", "about 1.4 billion euros a year",
     "roughly 900 million euros", "about 58 billion zlotys"],
)

ARTICLES["013_boots_rimefold_trentvalley_en.txt"] = A(
    "2025-09-25",
    "date line 'Business | Beeston | Thursday, 25 September 2025'; 'signed on Tuesday' -> 2025-09-23; "
    "'Earlier this year' -> 2025",
    "en",
    [
        D("boots-rimefold-contract", ["Boots", "Rimefold Analytics"], "supply", 38_000_000, "GBP", "exact",
          "2025-09-23", "signed",
          "Boots has signed a four-year, £38 million contract with Rimefold Analytics, the Nottingham start-up whose sensors and forecasting software keep vaccines and insulin at the right temperature between warehouse and shop shelf.",
          alt=[(44_000_000, "EUR")], kind_alt=["cloud_contract"],
          note="'signed on Tuesday' in the next sentence; 016 gives 'rund 44 Millionen Euro' (alt_amounts); "
               "different from Boots' stake in Rimefold"),
        D("boots-rimefold-stake", ["Boots", "Rimefold Analytics"], "investment", 12_000_000, "GBP", "exact",
          "2025", "completed",
          "Earlier this year Boots paid £12 million for a 15% stake in Rimefold, which was spun out of the University of Nottingham in 2021 and has a staff of 64 working above a former lace warehouse in the city centre.",
          kind_alt=["acquisition"],
          note="second Boots-Rimefold deal (earlier, 15 % stake); the implied value (£80 million) is not a deal"),
        D("sycamore-boots-options", ["Sycamore Partners", "Boots"], "acquisition", None, None, None, "2025-09",
          "rumored",
          "Sycamore Partners, Boots' new private-equity owner, is weighing options for the business, including a separate stock-market listing or a sale, according to two people in the City.",
          required=False,
          note="vague possible sale or listing of Boots by its owner, no buyer and no amount -> optional"),
    ],
    ["about £80 million", "£6.4 million", "up to £58,000", "about £85", "£229 a month"],
)

ARTICLES["014_wochenrueckblick_blisterpost.txt"] = A(
    "2025-08-29",
    "issue line 'Ausgabe 35/2025 · Freitag, 29. August 2025'; 'am Dienstag' -> 2025-08-26; the Walgreens "
    "takeover closed 'seit Donnerstag' (2025-08-28) but was agreed 'im März' -> 2025-03",
    "de",
    [
        D("sycamore-walgreens", ["Sycamore Partners", "Walgreens"], "acquisition", 9_900_000_000, "USD", "exact",
          "2025-03", "completed",
          "Sycamore zahlt für das Eigenkapital 9,9 Milliarden Dollar (umgerechnet etwa 8,5 Milliarden Euro); einschließlich Schulden liegt der Wert bei bis zu 23,5 Milliarden Dollar.",
          alt=[(8_500_000_000, "EUR"), (23_500_000_000, "USD")],
          note="completion of the deal of 005/007; date is the agreement ('Die im März vereinbarte Übernahme', "
               "previous sentence), closing on 2025-08-28"),
        D("quaderwald-pellmoor-seriesa", ["Quaderwald Ventures", "Pellmoor Health"], "investment", 34_000_000,
          "GBP", "exact", "2025-08-26", "completed",
          "Die britische Pellmoor Health hat eine Finanzierungsrunde über 34 Millionen Pfund abgeschlossen.",
          note="lead investor and 'am Dienstag' in the next sentence; the round includes Redcare's €15m"),
        D("redcare-pellmoor-investment", ["Redcare Pharmacy", "Pellmoor Health"], "investment", 15_000_000, "EUR",
          "exact", "2025-08-26", "completed",
          "Angeführt wird sie von Quaderwald Ventures aus Berlin; die Online-Apotheke Redcare Pharmacy beteiligt sich mit 15 Millionen Euro, wie Pellmoor am Dienstag mitteilte.",
          note="Redcare's part of the round; different from Redcare's 2026 buyout of Pellmoor (016)"),
    ],
    ["knapp 148 Milliarden Dollar", "120 Millionen Pfund", "1,9 Milliarden Euro", "8,35 Euro pro Packung",
     "79 Euro", "je 390 Euro", "14,90 Euro im Monat"],
)

ARTICLES["015_walgreens_microsoft_aislenine_en.html"] = A(
    "2025-11-12",
    "<meta name='parsely-pub-date' content='2025-11-12T06:15:00-06:00'> and visible byline 'Wed., Nov. 12, "
    "2025'; 'said Tuesday' -> 2025-11-11",
    "en",
    [
        D("walgreens-microsoft-ai-2025", ["Walgreens", "Microsoft"], "cloud_contract", 1_100_000_000, "USD",
          "exact", "2025-11-11", "signed",
          "The Deerfield, Illinois-based drugstore chain said Tuesday it has signed a $1.1 billion, seven-year agreement with Microsoft covering cloud computing, an AI assistant for pharmacists and a rebuilt prescription-refill system.",
          term=["2026-01", "2032"],
          note="'The Deerfield, Illinois-based drugstore chain' = Walgreens (previous sentence); term from the "
               "next sentence; different from the 2019 partnership"),
        D("walgreens-microsoft-2019", ["Walgreens", "Microsoft"], "partnership", None, None, None, "2019",
          "announced",
          "The agreement extends ties that go back to 2019, when the two companies announced a strategic partnership to move Walgreens' systems onto Microsoft's Azure cloud; no value was put on it at the time.",
          required=False,
          note="amount-less background partnership of 2019"),
        D("walgreens-tallbay-2025", ["Walgreens", "Tallbay Automation"], "supply", 95_000_000, "USD", "approx",
          "2025-11", "signed",
          "Walgreens also ordered robots for 40 more central-fill and micro-fulfillment sites from Tallbay Automation, its second order with the Dayton firm, at a cost of about $95 million.",
          note="second Walgreens-Tallbay order (the first, 2024, is in 004 and not retold here); announced with "
               "the Microsoft deal, day not stated -> month"),
    ],
    ["about $150 million a year", "about $21.50 an hour", "roughly $2 billion a year", "$29.99 per month"],
)

ARTICLES["016_liveticker_tickerlaube.txt"] = A(
    "2026-02-05",
    "ticker title 'Börse & Unternehmen am Donnerstag, 5. Februar 2026', entries by time; 'heute Vormittag' -> "
    "2026-02-05; 'Ein Bericht vom Mittwoch' -> 2026-02-04; 'seit September' -> 2025-09",
    "de",
    [
        D("redcare-pellmoor-takeover", ["Redcare Pharmacy", "Pellmoor Health"], "acquisition", 110_000_000, "GBP",
          "exact", "2026-02-05", "signed",
          "Für die restlichen 89 Prozent der Anteile zahlen die Niederländer 110 Millionen Pfund, rund 127 Millionen Euro, wie Redcare heute Vormittag mitteilte.",
          alt=[(127_000_000, "EUR")],
          note="'die Niederländer' = Redcare, Pellmoor in the previous sentence; repeated as "
               "'110-Millionen-Pfund-Übernahme'; completion due by end of March; second Redcare-Pellmoor deal"),
        D("boots-rimefold-contract", ["Boots", "Rimefold Analytics"], "supply", 44_000_000, "EUR", "approx",
          "2025-09", "signed",
          "Der Boots-Vertrag über rund 44 Millionen Euro läuft vier Jahre.",
          note="'Boots-Vertrag' compound; Rimefold and 'seit September' in the previous sentence; same contract "
               "as 013 (£38m)"),
        D("rossmann-hautlupe-denied", ["Rossmann", "Hautlupe"], "acquisition", 300_000_000, "EUR", "approx",
          "2026-02-04", "cancelled",
          "Ein Bericht vom Mittwoch, wonach die Drogeriekette für etwa 300 Millionen Euro beim Münchner Hautanalyse-Start-up Hautlupe einsteigen wolle, sei „frei erfunden\", sagte ein Sprecher in Burgwedel.",
          required=False, kind_alt=["investment"],
          note="denied rumour -> optional; 'die Drogeriekette' = Rossmann (previous sentence)"),
    ],
    ["101,35 Euro", "7,12 Franken", "bei 6 Franken", "1,1720 Dollar", "0,8650 Pfund", "bis 500 Euro"],
)

ARTICLES["017_dm_lagerfuchs_swistbach.txt"] = A(
    "2026-03-18",
    "header 'Mi, 18.03.26 · 06:30' (two-digit year); 'am Montag' -> 2026-03-16; 'im Februar' -> 2026-02",
    "de",
    [
        D("dm-lagerfuchs-weilerswist", ["dm-drogerie markt", "Lagerfuchs Robotics"], "supply", 65_000_000, "EUR",
          "approx", "2026-03-16", "signed",
          "Den Wert des Auftrags gibt dm mit rund 65 Millionen Euro an.",
          note="supplier and 'am Montag' in the previous sentence; repeated as '65-Millionen-Euro-Auftrag'; "
               "second dm-Lagerfuchs order, different from Waghäusel 2024"),
        D("dm-lagerfuchs-waghaeusel", ["dm-drogerie markt", "Lagerfuchs Robotics"], "supply", None, None, None,
          "2024", "signed",
          "Es ist bereits der zweite Auftrag dieser Art: 2024 hatte dm bei dem badischen Mittelständler die Robotik für sein Verteilzentrum in Waghäusel bestellt, die seit vergangenem Herbst läuft.",
          required=False,
          note="amount-less restatement of the 2024 order; 'dem badischen Mittelständler' = Lagerfuchs"),
        D("dm-weilerswist-roundabout", ["dm-drogerie markt", "Gemeinde Weilerswist"], "other", 600_000, "EUR",
          "exact", "2026-02", "signed",
          "An den Baukosten von 1,8 Millionen Euro beteiligt sich dm mit 600.000 Euro, das sieht ein städtebaulicher Vertrag vor, den der Rat im Februar gebilligt hat.",
          note="cost contribution under an urban-development contract with the municipality; the total "
               "construction cost is not a deal"),
    ],
    ["1,8 Millionen Euro", "17,20 Euro pro Stunde", "2,9 Millionen Euro", "monatlich 185 Euro"],
)

ARTICLES["018_online_pharmacy_halberd_en.txt"] = A(
    "2026-05-14",
    "byline 'Posted 14 May 2026' (a Thursday); 'on Tuesday' -> 2026-05-12, 'on Wednesday' -> 2026-05-13, "
    "'in March' -> 2026-03",
    "en",
    [
        D("docmorris-dosisfeld", ["DocMorris", "Dosisfeld"], "other", 9_000_000, "CHF", "exact", "2026-05-12",
          "signed",
          "DocMorris will pay CHF 9 million a year for five years, giving it exclusive use of the system in Germany and Switzerland.",
          per="year", term=["2026", "2031"], kind_alt=["cloud_contract", "supply"],
          note="data and software licence, rate; Dosisfeld and 'on Tuesday' in the previous sentence"),
        D("redcare-hyllstad-talks", ["Redcare Pharmacy", "Hyllstad Robotik"], "supply", 90_000_000, "EUR",
          "up_to", "2026-05-13", "negotiating",
          "The Swedish robot maker confirmed talks on Wednesday; people close to the process put the value at up to €90 million.",
          note="'The Swedish robot maker' = Hyllstad, Redcare in the previous sentence; negotiations"),
        D("redcare-automation-capex", ["Redcare Pharmacy"], "capex_plan", 180_000_000, "EUR", "approx", "2026-03",
          "planned",
          "At its capital markets day in March, Redcare said it wants to spend about €180 million on warehouse automation through 2028, so a Hyllstad order would take roughly half of that budget in one go.",
          required=False, term=[None, "2028"],
          note="group-wide spending plan -> optional"),
    ],
    ["CHF 1.1 billion in revenue", "about €3 billion", "well under €1 billion", "roughly €57 billion",
     "price target of €128", "target of CHF 6.50", "SEK 388", "£450 a year"],
)

ARTICLES["019_shoppers_rimefold_ledgerpine_en.txt"] = A(
    "2026-07-09",
    "stock-portal stamp 'Jul 9, 2026 · 8:31 AM ET' (a Thursday); 'on Wednesday' -> 2026-07-08; the talks are "
    "dated to the month",
    "en",
    [
        D("shoppers-larchway", ["Shoppers Drug Mart", "Larchway Health"], "acquisition", 52_000_000, "CAD", "exact",
          "2026-07-08", "completed",
          "Shoppers said on Wednesday it has completed the purchase of Larchway Health, a Waterloo, Ontario, start-up whose AI predicts when patients are likely to miss a prescription refill, for C$52 million.",
          note="Loblaw's pharmacy arm is the buyer"),
        D("shoppers-rimefold-talks", ["Shoppers Drug Mart", "Rimefold Analytics"], "supply", 60_000_000, "CAD",
          "range", "2026-07", "negotiating",
          "The deal could be worth between C$60 million and C$75 million over five years, Rimefold's chief executive, Amara Quennell-Shaw, told Ledgerpine.",
          amount_max=75_000_000,
          note="'The company is also in advanced talks with Rimefold Analytics' (previous sentence; 'The "
               "company' = Shoppers)"),
    ],
    ["C$198.40", "C$11 million", "C$215", "C$14.6 billion", "14.1 cents a share", "C$59.5 billion",
     "C$162.10 – C$204.75"],
)

ARTICLES["020_phoenix_polen_kontorwoche.txt"] = A(
    "2026-11-13",
    "issue line 'Freitag, 13. November 2026 · Nr. 46'; 'Am Mittwoch' -> 2026-11-11, 'am Dienstag' -> "
    "2026-11-10, 'Seit Oktober' -> 2026-10; the blocked Polish deal keeps its agreement date 'Im August 2025'",
    "de",
    [
        D("phoenix-szafranowe", ["Phoenix Group", "Apteki Szafranowe"], "acquisition", 820_000_000, "PLN", "exact",
          "2025-08", "cancelled",
          "Der 820-Millionen-Złoty-Deal ist geplatzt.",
          kind_alt=["investment"],
          note="compound amount; parties in the next sentence (UOKiK prohibited it 'am Montag', 2026-11-09); "
               "agreed 'Im August 2025' (012); blocked -> cancelled"),
        D("phoenix-lindwurm-jv", ["Phoenix Group", "Apothekenverbund Lindwurm"], "joint_venture", 40_000_000,
          "EUR", "exact", "2026-11-11", "signed",
          "Das Gemeinschaftsunternehmen wird mit vierzig Millionen Euro ausgestattet, die beide Seiten zu gleichen Teilen aufbringen.",
          kind_alt=["investment"],
          note="amount in words; partners and 'Am Mittwoch' in the previous sentence; both sides pay half"),
        D("lindwurm-dosisfeld", ["Apothekenverbund Lindwurm", "Dosisfeld"], "supply", 350_000, "EUR", "exact",
          "2026-10", "signed",
          "Seit Oktober zahlt die Genossenschaft dem Basler Start-up Dosisfeld monatlich 350.000 Euro für dessen Wechselwirkungs-Check, den alle Mitgliedsapotheken nutzen dürfen.",
          per="month", kind_alt=["cloud_contract", "other"],
          note="monthly rate; 'die Genossenschaft' = Lindwurm (previous sentence)"),
        D("dm-hautlupe-majority", ["dm-drogerie markt", "Hautlupe"], "acquisition", None, None, None, "2026-11-10",
          "completed",
          "dm hat am Dienstag seinen Anteil an dem Münchner Start-up Hautlupe auf 51 Prozent aufgestockt; einen Preis nannte die Drogeriekette nicht.",
          kind_alt=["investment"],
          note="new step-up to a majority without a price, in a 'Kurz notiert' list; different from the 2024 "
               "stake (001)"),
    ],
    ["knapp 1,9 Milliarden Złoty", "58 Millionen Euro", "insgesamt 12 Millionen Euro", "4,20 Euro",
     "9,80 Euro im Monat"],
)


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"gold.json written: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
