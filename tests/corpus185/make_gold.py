#!/usr/bin/env python3
"""Write gold.json for tests/corpus185 (the hand annotation as a script).

Edit the annotation here and run `python3 tests/corpus185/make_gold.py` to rewrite gold.json;
then run `python3 tests/corpus185/check_gold.py`. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 185th held-out test corpus (tests/corpus185/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. Theme: facility management, cleaning and security "
    "services for data centres. One entry per article; a deal that several articles report carries the "
    "same id in each. 'required': false marks vague or background mentions (amount-less restatements, "
    "group-wide capex plans, denied rumours) that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals (valuations, revenue, profit, market forecasts, "
    "share prices and targets, budgets and public aid, wages and salaries, unit prices, ad and "
    "subscription prices): reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' "
    "('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another figure. 'date' is when "
    "the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date line, dateline plus copyright year, "
    "<meta>/<time>, issue line or stamp, or null when the article has none); seasons become the year; a "
    "cancelled deal keeps the date of the original talks; a rumour that is later signed carries only "
    "the year. 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds (service contracts are 'supply' with 'other' as alternative); 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Kehrwerk Gebäudedienste GmbH, Schaumlöffel "
    "Reinigungsdienst, Kuusikko Valvonta, Lumeris Critical Clean, Halyard Ridge Partners, Wachfeld "
    "Sicherheit GmbH, Tessaract Perimeter Inc., Ankerpunkt Rechenzentren GmbH, Fynbo Sikring, Ferncastle "
    "Capital, Brackmoor Security, Harlow Digital Parks, Himmelsriegel Systems, Tafelrunde Catering, "
    "Quarrington Bank, Glarona Facility AG, Lintharena Datacenter AG, Reusstal Reinigung AG, Serangoon "
    "Critical Services, Seal Sands Compute, Stålvik Drift, Fjellvind Kapital, Pylon Critical "
    "Facilities, Frostwerk Pfalz, Corrib Watch; invented publications, research houses, advertisers and "
    "people are listed in invented_names.txt; the deals of real companies (Equinix, Securitas, Google, "
    "CBRE, Microsoft, JLL, Dussmann, Vantage Data Centers, ISS, Meta, Apleona, Bain Capital, Prosegur, "
    "Digital Realty, Mitie, Amazon, Green Mountain, Schwarz Gruppe) are invented or loosely based on "
    "public reports with shifted amounts and dates. Nothing here is reporting."
)

SVC = ["other"]  # kind_alt of service contracts


def deal(id, parties, kind, amount, currency, qualifier, date, status, required, evidence,
         amount_max=None, note=None, term=None, per=None, alt=None, kind_alt=None):
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


def art(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


A = {}

A["001_kehrwerk_equinix_kaiserleirundschau.txt"] = art(
    "2024-03-14", "from the date line 'Offenbach · Donnerstag, 14. März 2024'; 'am Dienstag' -> 2024-03-12", "de",
    [
        deal("equinix-kehrwerk-frankfurt", ["Equinix", "Kehrwerk Gebäudedienste"], "supply", 42_000_000, "EUR", "approx",
             "2024-03-12", "signed", True,
             "Rund 42 Millionen Euro ist der Auftrag schwer, den die Kehrwerk Gebäudedienste GmbH am Dienstag unterschrieben hat.",
             term=["2024-04", "2029"], kind_alt=SVC,
             note="amount first; the client ('Auftraggeber ist der US-Rechenzentrumsbetreiber Equinix') in the next sentence; "
                  "five-year cleaning contract from April; restated without amount in 004 and with the amount in 017; "
                  "different from the Munich contract of the same pair (017)"),
        deal("kehrwerk-schaumloeffel", ["Kehrwerk Gebäudedienste", "Schaumlöffel Reinigungsdienst"], "acquisition",
             3_000_000, "EUR", "approx", "2024-02", "completed", True,
             "Knapp drei Millionen Euro hat das Unternehmen dafür bezahlt, wie Kehlbach jetzt erstmals bestätigte.",
             note="'knapp' + amount in words; 'das Unternehmen' = Kehrwerk, the target and 'im Februar' in the previous sentence"),
        deal("kehrwerk-training-centre", ["Kehrwerk Gebäudedienste"], "capex_plan", 4_000_000, "EUR", "approx",
             "2024-03", "planned", True,
             "Etwa vier Millionen Euro will Kehrwerk dort in Übungsräume mit nachgebauten Serverreihen investieren, die Bagger sollen im Herbst anrollen.",
             note="amount in words; no announcement day -> month of the article; the state grant of 350.000 Euro is public aid, not a deal"),
    ],
    ["350.000 Euro", "61 Millionen Euro", "13,50 Euro", "16,80 Euro", "912 Millionen Euro", "149 Euro"],
)

A["002_securitas_google_skeppsbron_en.txt"] = art(
    "2024-05-23", "from the dateline 'STOCKHOLM, 23 May 2024'; 'on Wednesday' -> 2024-05-22", "en",
    [
        deal("securitas-google-nordics", ["Securitas", "Google"], "supply", 2_600_000_000, "SEK", "exact",
             "2024-05-22", "signed", True,
             "Securitas has won a contract to guard and watch over Google's data centres in Finland, Denmark and Sweden, a deal worth SEK 2.6 billion over six years, the Stockholm-based security group announced on Wednesday.",
             term=["2024-07", "2030"], alt=[(245_000_000, "USD"), (225_000_000, "EUR")], kind_alt=SVC,
             note="USD conversion in the next sentence; 008 restates it in EUR (about €225m), 013 in SEK; "
                  "different from the Hanau contract of the same pair (013)"),
        deal("securitas-kuusikko", ["Securitas", "Kuusikko Valvonta"], "acquisition", 48_000_000, "EUR", "exact",
             "2024-04", "completed", True,
             "Last month Securitas completed the purchase of Kuusikko Valvonta, a Kotka-based company that specialises in alarm response for industrial sites, paying €48 million in cash.",
             note="'Last month' -> April 2024; Kuusikko's €31m turnover is not a deal"),
        deal("google-hamina-expansion", ["Google"], "capex_plan", 1_000_000_000, "EUR", "exact",
             "2024-05", "planned", True,
             "Google had said last week that it would put €1 billion into expanding Hamina, its biggest Nordic site, adding halls whose waste heat is to feed the town's district heating grid.",
             note="site investment plan; 'last week' -> May 2024"),
    ],
    ["€31 million", "SEK 125", "SEK 157 billion", "SEK 29,000", "$1.4 billion", "SEK 112.40", "SEK 6,900"],
)

A["003_cbre_microsoft_whitespace_en.html"] = art(
    "2024-10-16", "from <meta article:published_time>, JSON-LD datePublished and <time> '16 Oct 2024, 06:30'; 'on Tuesday' -> 2024-10-15, 'on Monday' -> 2024-10-14", "en",
    [
        deal("cbre-microsoft-emea", ["CBRE", "Microsoft"], "supply", 1_200_000_000, "USD", "approx",
             "2024-10-15", "signed", True,
             "CBRE has been chosen to run day-to-day facility operations at Microsoft's data centres across Europe, the Middle East and Africa in a contract valued at about $1.2 billion over seven years.",
             alt=[(1_100_000_000, "EUR")], kind_alt=SVC,
             note="disclosed 'on Tuesday' (next sentence, 'The Dallas-based real estate services group'); 004 gives about €1.1bn and the month; 018 mentions it without amount"),
        deal("halyard-lumeris-seriesc", ["Halyard Ridge Partners", "Lumeris Critical Clean"], "investment", 60_000_000, "USD", "exact",
             "2024-10-14", "completed", True,
             "Lumeris Critical Clean, a Phoenix company that cleans server rooms and battery halls, closed a $60m Series C on Monday.",
             note="lead investor in the next sentence ('Halyard Ridge Partners led it'); the $420m valuation is not a deal"),
        deal("microsoft-jll-americas", ["Microsoft", "JLL"], "supply", None, None, None,
             "2024-10", "negotiating", False,
             "Microsoft has also been holding talks with JLL about a comparable set-up for its sites in the Americas, according to two executives who saw the tender papers.",
             kind_alt=SVC, note="talks from sources, no amount -> optional"),
    ],
    ["$420m", "$23.5bn", "$13bn", "$8.9bn", "$149"],
)

A["004_cbre_dussmann_facilitydepesche.txt"] = art(
    "2024-11-08", "from the issue line 'Ausgabe 21/2024 · Freitag, 8. November 2024'; 'am Montag' -> 2024-11-04", "de",
    [
        deal("cbre-microsoft-emea", ["CBRE", "Microsoft"], "supply", 1_100_000_000, "EUR", "approx",
             "2024-10", "signed", True,
             "Der US-Immobiliendienstleister betreibt künftig die Microsoft-Rechenzentren in Europa, Nahost und Afrika; für sieben Jahre summiert sich der Auftrag auf rund 1,1 Milliarden Euro.",
             alt=[(1_200_000_000, "USD")], kind_alt=SVC,
             note="same contract as 003, in EUR and with only the month ('Unterschrieben wurde im Oktober', next sentence); "
                  "'Der US-Immobiliendienstleister' = CBRE (previous sentence); the contents line calls it '1,2-Milliarden-Dollar-Auftrag'"),
        deal("dussmann-vantage-berlin", ["Dussmann", "Vantage Data Centers"], "supply", 30_000_000, "EUR", "approx",
             "2024-11-04", "signed", True,
             "Für knapp 30 Millionen Euro übernimmt der Berliner Dienstleister bis Ende 2028 Reinigung, Empfang und technische Betreuung auf dem Berliner Campus des Rechenzentrumsbetreibers.",
             term=[None, "2028"], kind_alt=SVC,
             note="parties and 'am Montag' in the previous sentence; 'der Berliner Dienstleister' = Dussmann, 'des Rechenzentrumsbetreibers' = Vantage"),
        deal("equinix-kehrwerk-frankfurt", ["Equinix", "Kehrwerk Gebäudedienste"], "supply", None, None, None,
             "2024", "signed", False,
             "Die Offenbacher Kehrwerk Gebäudedienste, die im Frühjahr den Reinigungsauftrag für die Frankfurter Standorte von Equinix gewonnen hatte, sucht 40 weitere Fachkräfte.",
             kind_alt=SVC, note="restatement of the 001 contract without amount in a relative clause; 'im Frühjahr' -> 2024"),
    ],
    ["2,4 Milliarden Euro", "38,50 Euro", "41 Euro", "3,1 Milliarden Euro", "495 Euro", "189 Euro"],
)

A["005_wachfeld_liveticker_boersenbalkon.txt"] = art(
    "2025-02-05", "from the ticker date line 'Mittwoch, 5. Februar 2025'; 'heute Vormittag' -> 2025-02-05", "de",
    [
        deal("tessaract-wachfeld-takeover", ["Tessaract Perimeter", "Wachfeld Sicherheit"], "acquisition", 200_000_000, "EUR", "up_to",
             "2025", "rumored", True,
             "Im Gespräch sei ein Preis von bis zu 200 Millionen Euro für die restlichen Anteile.",
             alt=[(185_000_000, "EUR"), (216_000_000, "USD")],
             note="rumour (09:50 entry), parties in the previous sentence; signed in 010 at $216m / €185m (alt_amounts), closed per 012; "
                  "only the year so that the shared id's dates agree with the signing on 2025-09-02"),
        deal("ankerpunkt-wachfeld-guarding", ["Ankerpunkt Rechenzentren", "Wachfeld Sicherheit"], "supply", 3_200_000, "EUR", "approx",
             "2025-02-05", "signed", True,
             "Die Ankerpunkt Rechenzentren GmbH vergibt die Bewachung ihres Campus in Dietzenbach an die Düsseldorfer; Ankerpunkt überweist den Düsseldorfern jährlich rund 3,2 Millionen Euro; unterschrieben wurde heute Vormittag, die Laufzeit beträgt fünf Jahre.",
             per="year", term=["2025", "2030"], kind_alt=SVC,
             note="yearly rate; 'die Düsseldorfer' = Wachfeld (previous sentence)"),
        deal("dussmann-cleaning-sale-denied", ["Dussmann"], "acquisition", 500_000_000, "EUR", "approx",
             "2025-02", "rumored", False,
             "Die Dussmann Group weist einen Medienbericht zurück, wonach sie ihre Reinigungssparte für rund 500 Millionen Euro an einen Finanzinvestor abgeben wolle.",
             note="denied rumour of a sale to an unnamed buyer -> optional"),
    ],
    ["139,80 Kronen", "138,20 Kronen", "148 Millionen Euro", "230 bis 250 Millionen Euro", "11,9 Milliarden Kronen", "500 Euro"],
)

A["006_iss_meta_havnefront_en.txt"] = art(
    "2025-03-11", "from the header 'Business | Tuesday 11 March 2025 | Updated 09:41'; 'on Monday' -> 2025-03-10", "en",
    [
        deal("iss-meta-odense", ["ISS", "Meta"], "supply", 1_900_000_000, "DKK", "exact",
             "2025-03-10", "signed", True,
             "The agreement is worth DKK 1.9 billion (about €255 million) and covers cleaning, guarding, the staff canteens, landscaping and the technical upkeep of the cooling plant that sends surplus heat into the city's district heating network.",
             alt=[(255_000_000, "EUR"), (290_000_000, "USD")], kind_alt=SVC,
             note="parties and 'said on Monday' in the previous sentence; eight-year contract; 008 restates it in EUR, 018 in DKK and USD"),
        deal("iss-fynbo", ["ISS", "Fynbo Sikring"], "acquisition", 340_000_000, "DKK", "exact",
             "2025-02", "completed", True,
             "Last month ISS completed the purchase of Fynbo Sikring, an Odense security firm with about 300 guards and a control room on the harbour, for DKK 340 million.",
             note="'Last month' -> February 2025"),
        deal("meta-odense-plan-2023", ["Meta"], "capex_plan", 6_000_000_000, "DKK", "exact",
             "2023", "planned", False,
             "Meta had said in 2023 that it would invest a further DKK 6 billion there; the social-media group did not comment on the new contract beyond confirming that ISS had been selected after a tender.",
             note="background investment plan from 2023 -> optional"),
    ],
    ["DKK 205", "DKK 175", "DKK 86.3 billion", "DKK 141.60", "DKK 4.1 billion", "DKK 249"],
)

A["007_apleona_ferncastle_tallowstreet_en.txt"] = art(
    "2025-04-24", "from the header 'April 24, 2025 07:15 GMT'; dateline 'LONDON, April 23', so 'on Tuesday' -> 2025-04-22", "en",
    [
        deal("ferncastle-apleona", ["Ferncastle Capital", "Apleona", "Bain Capital"], "acquisition", 4_000_000_000, "EUR", "range",
             "2025", "negotiating", True,
             "London buyout firm Ferncastle Capital is in advanced talks to acquire German facility manager Apleona from Bain Capital in a deal that could value the company at between €4 billion and €4.5 billion including debt, according to three insiders who have followed the bidding closely.",
             amount_max=4_500_000_000, alt=[(4_300_000_000, "EUR"), (5_000_000_000, "USD")],
             note="talks from insiders; signed in 009 at €4.3bn (about $5bn) on 2025-07-14 (alt_amounts); Bain Capital is the seller; "
                  "only the year so that the shared id's dates agree"),
        deal("harlow-brackmoor-guarding", ["Harlow Digital Parks", "Brackmoor Security"], "supply", 38_000_000, "GBP", "exact",
             "2025-04-22", "signed", True,
             "The contract is worth £38 million, Brackmoor said; it will need about 120 additional officers, who will be paid at least the national living wage of £12.21 an hour.",
             kind_alt=SVC, note="five-year guarding contract 'signed ... on Tuesday' (previous sentence, with the client)"),
        deal("bain-apleona-2020", ["Bain Capital", "Apleona"], "acquisition", None, None, None,
             "2020", "completed", False,
             "Bain Capital bought Apleona in 2020 and had been preparing a sale since last autumn.",
             note="background purchase without amount -> optional"),
    ],
    ["€4.6 billion", "€7.2 billion", "£12.21"],
)

A["008_sicherheit_kommentar_anlegerkanzel.txt"] = art(
    "2025-05-14", "from the line 'Gastkommentar | Mittwoch, 14. Mai 2025'", "de",
    [
        deal("securitas-google-nordics", ["Securitas", "Google"], "supply", 225_000_000, "EUR", "approx",
             "2024", "signed", True,
             "Securitas hat vor einem Jahr gezeigt, wohin die Reise geht: Rund 225 Millionen Euro zahlt Google den Schweden für sechs Jahre Bewachung seiner nordischen Rechenzentren.",
             kind_alt=SVC, note="same contract as 002, in EUR; 'den Schweden' = Securitas; 'vor einem Jahr' -> 2024"),
        deal("iss-meta-odense", ["ISS", "Meta"], "supply", 255_000_000, "EUR", "approx",
             "2025-03", "signed", True,
             "Der dänische Konzern betreut künftig Metas Campus in Odense, der Vertrag ist umgerechnet rund 255 Millionen Euro schwer und läuft acht Jahre.",
             kind_alt=SVC, note="same contract as 006, in EUR; 'Der dänische Konzern' = ISS and 'Im März' in the previous sentence"),
        deal("prosegur-himmelsriegel", ["Prosegur", "Himmelsriegel Systems"], "acquisition", 70_000_000, "EUR", "approx",
             "2025-04", "completed", True,
             "Prosegur hat im April für rund 70 Millionen Euro die Mehrheit an der Berliner Himmelsriegel Systems übernommen, einem jungen Spezialisten für die Abwehr von Drohnen über Industrieanlagen.",
             note="majority stake"),
        deal("tessaract-wachfeld-takeover", ["Tessaract Perimeter", "Wachfeld Sicherheit"], "acquisition", None, None, None,
             "2025", "negotiating", False,
             "Seit Wochen verhandelt der US-Anbieter Tessaract Perimeter über die vollständige Übernahme von Wachfeld Sicherheit.",
             note="talks without amount -> optional; the deal of 005 and 010"),
    ],
    ["7 auf 12 Milliarden Euro", "155 Kronen", "175 Kronen", "2,70 Kronen", "42 Euro"],
)

A["009_apleona_ferncastle_wirtschaftsbote.txt"] = art(
    "2025-07-15", "from the date line 'Dienstag, 15. Juli 2025 · Unternehmen · Seite 11'; 'am Montag' -> 2025-07-14", "de",
    [
        deal("ferncastle-apleona", ["Ferncastle Capital", "Apleona", "Bain Capital"], "acquisition", 4_300_000_000, "EUR", "exact",
             "2025-07-14", "signed", True,
             "Ferncastle zahlt dem bisherigen Eigentümer Bain Capital einschließlich Schulden 4,3 Milliarden Euro, umgerechnet rund 5 Milliarden Dollar.",
             alt=[(5_000_000_000, "USD")],
             note="signing 'am Montag' in the previous sentence; the rumour of 007; the April range restated in words "
                  "('vier bis viereinhalb Milliarden Euro') belongs to the same deal"),
        deal("ferncastle-apleona-dc-equity", ["Ferncastle Capital", "Apleona"], "investment", 300_000_000, "EUR", "up_to",
             "2025-07-14", "announced", True,
             "Das soll sich ändern: In den kommenden drei Jahren will Ferncastle bis zu 300 Millionen Euro zusätzliches Eigenkapital in Apleonas Rechenzentrumsgeschäft stecken, etwa für Zukäufe und die Ausbildung von Technikern.",
             term=["2025", "2028"],
             note="equity pledge announced with the takeover; a different deal between the same companies"),
        deal("tafelrunde-apleona-canteens", ["Tafelrunde Catering", "Apleona"], "acquisition", 90_000_000, "EUR", "approx",
             "2025-05", "completed", True,
             "Erst im Mai gab Apleona die Kantinensparte ab: Der Münchner Caterer Tafelrunde Catering zahlte rund 90 Millionen Euro für das Geschäft mit gut 1.100 Beschäftigten.",
             note="sale of a business unit"),
    ],
    ["4,6 Milliarden Euro", "330 Millionen Euro", "7,2 Milliarden Euro", "95 Euro"],
)

A["010_tessaract_wachfeld_tickergrove_en.html"] = art(
    "2025-09-03", "from <meta parsely-pub-date>, JSON-LD and the byline 'Sep 3, 2025 · 7:42 AM ET'; 'on Tuesday' -> 2025-09-02", "en",
    [
        deal("tessaract-wachfeld-takeover", ["Tessaract Perimeter", "Wachfeld Sicherheit"], "acquisition", 216_000_000, "USD", "exact",
             "2025-09-02", "signed", True,
             "Tessaract Perimeter Inc. will buy the 80% of Wachfeld Sicherheit it does not yet hold for $216 million in cash, or about €185 million, under an agreement announced on Tuesday.",
             alt=[(185_000_000, "EUR")],
             note="signing of the 005 rumour; the rumoured 'up to €200 million' is restated in the next paragraph and belongs to the same deal"),
        deal("tessaract-wachfeld-stake-2024", ["Tessaract Perimeter", "Wachfeld Sicherheit"], "investment", 26_000_000, "USD", "exact",
             "2024-06", "completed", True,
             "Tessaract first invested in Wachfeld in June 2024, when it paid $26 million for a 20% stake and a seat on the advisory board.",
             kind_alt=["acquisition"], note="earlier minority stake; a different deal between the same companies"),
        deal("quarrington-tessaract-loan", ["Quarrington Bank", "Tessaract Perimeter"], "other", 150_000_000, "USD", "exact",
             "2025-09", "signed", True,
             "Tessaract will pay from its own cash reserves plus a $150 million term loan provided by Quarrington Bank, a filing showed.",
             kind_alt=["investment"], note="acquisition financing; no day given -> month of the article"),
    ],
    ["$41.18", "$151.02", "$148.90", "€151 million", "$2.9 billion", "$52", "$47", "$640 million to $660 million", "$0 commissions"],
)

A["011_glarona_lintharena_limmatwirtschaft.txt"] = art(
    "2025-10-22", "dateline without year 'Zürich, 22. Oktober (lmw)'; the year from the copyright line '© 2025 Limmatwirtschaft AG'; 'am Dienstag' -> 2025-10-21", "de",
    [
        deal("lintharena-glarona-operations", ["Lintharena Datacenter", "Glarona Facility"], "supply", 48_000_000, "CHF", "exact",
             "2025-10-21", "signed", True,
             "Der Vertrag wurde am Dienstag unterzeichnet; Glarona beziffert ihn auf 48 Millionen Franken, wie das Unternehmen am Mittwoch mitteilte.",
             kind_alt=SVC, note="six-year contract; the client (Lintharena Datacenter AG) in the previous sentence; 'Franken' = CHF"),
        deal("glarona-reusstal", ["Glarona Facility", "Reusstal Reinigung"], "acquisition", None, None, None,
             "2025-10", "completed", False,
             "Das Unternehmen hat die Reusstal Reinigung AG aus Bremgarten übernommen, eine Spezialistin für Reinräume in der Pharmaindustrie mit rund 90 Beschäftigten.",
             note="price not disclosed -> optional; 'Das Unternehmen' = Glarona"),
        deal("lintharena-second-building", ["Lintharena Datacenter"], "capex_plan", 350_000_000, "CHF", "approx",
             "2025-10", "planned", True,
             "Rund 350 Millionen Franken will der Betreiber in ein zweites Gebäude auf dem Areal investieren, das ab 2027 zusätzliche 12 Megawatt Leistung bereitstellen soll.",
             note="'der Betreiber' = Lintharena (previous sentence)"),
    ],
    ["212 Millionen Franken", "20.40 Franken", "14 Rappen", "118 Millionen Franken", "9.800 Franken"],
)

A["012_raisedfloor_roundup_en.txt"] = art(
    "2025-11-20", "from the issue line 'Issue 88 · Thursday 20 November 2025'; 'on Monday' -> 2025-11-17", "en",
    [
        deal("tessaract-wachfeld-takeover", ["Tessaract Perimeter", "Wachfeld Sicherheit"], "acquisition", 185_000_000, "EUR", "exact",
             "2025-09", "completed", True,
             "The €185m purchase of Wachfeld Sicherheit by Tessaract Perimeter, agreed in September, closed last month after the German competition authority raised no objections.",
             note="closing in October; the date stays the September agreement"),
        deal("digitalrealty-serangoon-sg", ["Digital Realty", "Serangoon Critical Services"], "supply", 36_000_000, "SGD", "exact",
             "2025-11-17", "signed", True,
             "Serangoon Critical Services won a four-year cleaning and facilities contract from Digital Realty for two of its Singapore data centres, signed on Monday and worth SGD 36 million.",
             kind_alt=SVC),
        deal("jll-lumeris", ["JLL", "Lumeris Critical Clean"], "acquisition", 450_000_000, "USD", "approx",
             "2025-11", "negotiating", True,
             "JLL is negotiating to buy Lumeris Critical Clean, the Phoenix battery-room and server-hall cleaner, for about $450 million, according to two people involved.",
             note="talks from sources; the $420m valuation a year ago is not a deal"),
    ],
    ["SGD 2,155", "$420 million", "$4.1bn", "$78,000", "$19", "€690", "$12", "$120"],
)

A["013_securitas_google_aktienkladde.txt"] = art(
    "2025-12-09", "from the stamp '09.12.2025 | 08:17 Uhr'; 'am Montag' -> 2025-12-08", "de",
    [
        deal("securitas-google-hanau", ["Securitas", "Google"], "supply", 1_100_000, "EUR", "approx",
             "2025-12-08", "signed", True,
             "Der schwedische Sicherheitskonzern bewacht künftig auch das Rechenzentrum des US-Konzerns in Hanau und erhält dafür monatlich rund 1,1 Millionen Euro, wie das Unternehmen am Montag nach Börsenschluss mitteilte.",
             per="month", term=["2026-02", "2033"], kind_alt=SVC,
             note="monthly rate over seven years from February; parties in the previous sentence ('Securitas baut das Geschäft mit Google aus'); "
                  "second Securitas-Google contract, different from the 2024 Nordic one"),
        deal("securitas-google-nordics", ["Securitas", "Google"], "supply", 2_600_000_000, "SEK", "exact",
             "2024-05", "signed", True,
             "Erst im Mai 2024 hatten sie einen Vertrag über 2,6 Milliarden Kronen für Googles Standorte in Finnland, Dänemark und Schweden geschlossen.",
             kind_alt=SVC, note="restatement of the 002 contract with the month; 'sie' = both companies (previous sentence), genitive 'Googles'"),
        deal("alphabet-capex-2025", ["Google"], "capex_plan", 91_000_000_000, "USD", "approx",
             "2025", "planned", False,
             "Die Google-Mutter Alphabet hatte ihre geplanten Investitionen für 2025 zuletzt auf rund 91 Milliarden Dollar angehoben, ein Großteil davon fließt in Rechenzentren und Server.",
             note="group-wide capex plan -> optional"),
    ],
    ["154,20 Kronen", "175 Kronen", "2 Milliarden Kronen", "154,20 SEK", "13,92 EUR", "118,30 – 154,80 SEK", "88 Milliarden SEK", "1 Euro", "50 Euro"],
)

A["014_mitie_brackmoor_teesmouth_en.txt"] = art(
    "2026-01-22", "from the date line 'Thursday, 22 January 2026'; 'on Tuesday' -> 2026-01-20", "en",
    [
        deal("mitie-brackmoor", ["Mitie", "Brackmoor Security"], "acquisition", 72_000_000, "GBP", "exact",
             "2026-01-20", "signed", True,
             "Mitie agreed on Tuesday to pay £72 million (about $97 million) for the company, which is headquartered in Reading but does most of its monitoring from Stockton.",
             alt=[(97_000_000, "USD")], note="'the company' = Brackmoor (previous sentence)"),
        deal("sealsands-brackmoor-guarding", ["Seal Sands Compute", "Brackmoor Security"], "supply", 4_500_000, "GBP", "exact",
             "2025-12", "signed", True,
             "The contract is worth £4.5 million a year for at least five years.",
             per="year", kind_alt=SVC,
             note="yearly rate; Brackmoor ('it') and 'Last month' in the previous sentence, the customer Seal Sands Compute in the next; "
                  "'at least' refers to the term, not the amount"),
    ],
    ["£12.71", "£15.40", "£46 million", "£5.1 billion", "£2 million", "£178 million", "£219,995"],
)

A["015_wachfeld_aws_barnimecho.html"] = art(
    "2026-02-12", "from <meta name=date>, JSON-LD and the byline 'Eberswalde · 12.02.2026, 06:45 Uhr'; 'am Mittwoch' -> 2026-02-11", "de",
    [
        deal("amazon-wachfeld-brandenburg", ["Amazon", "Wachfeld Sicherheit"], "supply", 40_000_000, "EUR", "at_least",
             "2026-02-11", "signed", True,
             "Mehr als 40 Millionen Euro erhält die Wachfeld Sicherheit GmbH von der Amazon-Tochter AWS für die Bewachung des neuen Rechenzentrums an der A11.",
             kind_alt=SVC, note="'Amazon-Tochter AWS'; five-year contract signed 'am Mittwoch' (next sentence)"),
        deal("tessaract-wachfeld-takeover", ["Tessaract Perimeter", "Wachfeld Sicherheit"], "acquisition", None, None, None,
             "2025", "completed", False,
             "Wachfeld gehört seit dem vergangenen Herbst zum US-Konzern Tessaract Perimeter, der das Düsseldorfer Unternehmen komplett übernommen hat.",
             note="background mention without amount -> optional; 'seit dem vergangenen Herbst' -> 2025"),
        deal("aws-brandenburg-cloud-plan", ["Amazon"], "capex_plan", 7_800_000_000, "EUR", "approx",
             "2024", "planned", False,
             "Bis 2040 will das Unternehmen dafür rund 7,8 Milliarden Euro in der Region investieren, wie es 2024 angekündigt hatte.",
             term=[None, "2040"], note="background restatement of the 2024 plan -> optional; 'das Unternehmen' = AWS"),
    ],
    ["15,05 Euro", "3,5 Millionen Euro", "312 Millionen Euro", "9.490 Euro", "7,99 Euro"],
)

A["016_stalvik_greenmountain_fjordkysten_en.txt"] = art(
    "2026-03-19", "from the dateline 'STAVANGER, 19 March 2026'; 'on Wednesday' -> 2026-03-18", "en",
    [
        deal("greenmountain-stalvik-operations", ["Green Mountain", "Stålvik Drift"], "supply", 420_000_000, "NOK", "exact",
             "2026-03-18", "signed", True,
             "The agreement, which both companies signed on Wednesday, has a value of NOK 420 million, or roughly €36 million, according to Stålvik.",
             alt=[(36_000_000, "EUR")], kind_alt=SVC,
             note="five-year contract; parties in the previous sentence"),
        deal("fjellvind-stalvik-stake", ["Fjellvind Kapital", "Stålvik Drift"], "investment", 140_000_000, "NOK", "range",
             "2026-01", "completed", True,
             "In January, Oslo-based Fjellvind Kapital bought a 35% stake in Stålvik from the founding families for between NOK 140 million and NOK 160 million.",
             amount_max=160_000_000, kind_alt=["acquisition"], note="range from sources, not confirmed"),
        deal("greenmountain-rennesoy-building", ["Green Mountain"], "capex_plan", 2_500_000_000, "NOK", "exact",
             "2026-03", "planned", True,
             "The operator plans to spend NOK 2.5 billion on a new building at Rennesøy that would add 30 megawatts by 2028, and has applied for extra grid capacity.",
             note="'The operator' = Green Mountain (previous sentence)"),
    ],
    ["NOK 610 million", "NOK 265", "NOK 0.52", "NOK 1.2 billion", "NOK 99"],
)

A["017_kehrwerk_interview_reinraumreport.txt"] = art(
    None, "no date anywhere in the interview (only 'Lesedauer: 6 Minuten')", "de",
    [
        deal("equinix-kehrwerk-frankfurt", ["Equinix", "Kehrwerk Gebäudedienste"], "supply", 42_000_000, "EUR", "exact",
             None, "signed", True,
             "Der Frankfurter Vertrag mit Equinix über 42 Millionen Euro hat uns den Durchbruch gebracht, weil er uns bei allen anderen Betreibern die Türen geöffnet hat.",
             kind_alt=SVC, note="restatement of the 2024 contract (001); 'uns' = Kehrwerk"),
        deal("equinix-kehrwerk-munich", ["Equinix", "Kehrwerk Gebäudedienste"], "supply", 9_000_000, "EUR", "approx",
             None, "signed", True,
             "Equinix zahlt uns dort jährlich rund neun Millionen Euro, zunächst für drei Jahre, mit Option auf Verlängerung.",
             per="year", kind_alt=SVC,
             note="yearly rate in words; 'dort' = München, 'uns' = Kehrwerk; second Equinix-Kehrwerk contract, must stay apart from the Frankfurt one; undated interview"),
        deal("ferncastle-kehrwerk-offer", ["Ferncastle Capital", "Kehrwerk Gebäudedienste"], "acquisition", 120_000_000, "EUR", "exact",
             None, "cancelled", True,
             "Ferncastle hat uns 120 Millionen Euro geboten, und zwar für die ganze Firma.",
             note="offer refused ('haben wir Nein gesagt'); undated"),
        deal("kehrwerk-cleaning-robots", ["Kehrwerk Gebäudedienste"], "capex_plan", 12_000_000, "EUR", "approx",
             None, "planned", True,
             "Rund zwölf Millionen Euro fließen bei uns bis Ende des übernächsten Jahres in Reinigungsroboter für Doppelböden und Kaltgänge und in die Software dafür.",
             note="amount in words; 'uns' = Kehrwerk"),
    ],
    ["3.100 Euro", "14,25 Euro", "9,80 Euro", "84 Euro", "449 Euro"],
)

A["018_fm_stocks_plinthstreet_en.txt"] = art(
    "2026-06-18", "from the date line 'Thursday, 18 June 2026 · Close of trading'; 'late on Wednesday' -> 2026-06-17", "en",
    [
        deal("cbre-pylon", ["CBRE", "Pylon Critical Facilities"], "acquisition", 860_000_000, "USD", "exact",
             "2026-06-17", "signed", True,
             "CBRE gained 3.8% to $168.35 after the Dallas-based group said late on Wednesday it would pay $860 million in cash for Pylon Critical Facilities.",
             note="the share price in the same sentence is not a deal"),
        deal("iss-meta-odense", ["ISS", "Meta"], "supply", 1_900_000_000, "DKK", "exact",
             "2025-03", "signed", True,
             "The Danish company has become a favourite of European fund managers since it won the DKK 1.9 billion ($290 million) Odense contract with Meta in March last year, and it told investors on Tuesday that it expects more multi-service contracts from data-centre operators in the Nordics.",
             alt=[(290_000_000, "USD")], kind_alt=SVC,
             note="restatement of the 006 contract; 'The Danish company' = ISS; 'in March last year' -> 2025-03"),
        deal("cbre-microsoft-emea", ["CBRE", "Microsoft"], "supply", None, None, None,
             "2024", "signed", False,
             "Investors have rewarded the group for its push into data centres, which began in earnest with its seven-year contract to run Microsoft's European sites in 2024.",
             kind_alt=SVC, note="restatement of the 003 contract without amount -> optional"),
    ],
    ["$168.35", "$540 million", "$185", "DKK 176.40", "SEK 158.90", "€2.41", "158.2p", "€58.12", "$349"],
)

A["019_apleona_schwarz_hallenbote.txt"] = art(
    "2026-09-24", "from the issue line 'Nr. 39 · Donnerstag, 24. September 2026'; 'am Dienstag' -> 2026-09-22; 'Im Juni … drei Monate später' -> 2026-09", "de",
    [
        deal("schwarz-apleona-datacentres", ["Schwarz Gruppe", "Apleona"], "supply", 160_000_000, "EUR", "approx",
             "2026-09-22", "signed", True,
             "Das Auftragsvolumen liegt bei rund 160 Millionen Euro, den Vertrag unterzeichneten Schwarz Digits und Apleona am Dienstag.",
             kind_alt=SVC, note="six-year operations contract for the StackIT data centres; 'Schwarz Digits' = Schwarz Gruppe"),
        deal("apleona-frostwerk", ["Apleona", "Frostwerk Pfalz"], "acquisition", 45_000_000, "EUR", "approx",
             "2026-09", "signed", True,
             "Knapp 45 Millionen Euro zahlt Apleona für das Familienunternehmen mit 230 Beschäftigten, das Kältemaschinen für Rechenzentren wartet.",
             note="target named in the previous sentence; talks from June, 'drei Monate später' -> September 2026"),
        deal("ferncastle-apleona", ["Ferncastle Capital", "Apleona", "Bain Capital"], "acquisition", None, None, None,
             "2025", "completed", False,
             "Seit Ferncastle Capital den Konzern im Sommer 2025 von Bain Capital übernommen hat, richtet sich das Unternehmen konsequent auf Rechenzentren aus.",
             note="background restatement of the 2025 takeover without amount -> optional"),
    ],
    ["4,9 Milliarden Euro", "700 Millionen Euro", "175 Milliarden Euro", "128 Millionen Euro", "3.980 Euro"],
)

A["020_critical_services_orchardlane_en.txt"] = art(
    "2026-11-05", "from the note header '5 November 2026 (prices as of the 4 November close)'; 'on Tuesday' -> 2026-11-03", "en",
    [
        deal("tessaract-corrib", ["Tessaract Perimeter", "Corrib Watch"], "acquisition", 58_000_000, "USD", "exact",
             "2026-11-03", "signed", True,
             "Tessaract Perimeter announced on Tuesday an agreement to acquire Corrib Watch, a Galway-based guarding and remote-monitoring company, for $58 million."),
        deal("iss-stalvik-talks", ["ISS", "Stålvik Drift"], "acquisition", 2_100_000_000, "NOK", "approx",
             "2026-08", "cancelled", True,
             "Since August the companies had been haggling over a price of about NOK 2.1 billion, according to our channel checks, but could not agree on an earn-out.",
             note="talks ended ('were off', previous sentence, with the parties); a cancelled deal keeps the date of the talks"),
        deal("microsoft-fy2027-capex", ["Microsoft"], "capex_plan", 120_000_000_000, "USD", "approx",
             None, "planned", False,
             "Microsoft alone has guided to roughly $120 billion of capital expenditure for its fiscal year 2027, a large share of it on new data-centre capacity.",
             note="group-wide capex guidance -> optional; no announcement date"),
        deal("tessaract-wachfeld-takeover", ["Tessaract Perimeter", "Wachfeld Sicherheit"], "acquisition", None, None, None,
             None, "completed", False,
             "Corrib is the second European purchase by the US group, after Wachfeld in Germany.",
             note="background mention without amount or date -> optional"),
    ],
    ["$61", "$56", "€70 billion", "DKK 205", "DKK 181.20", "SEK 165", "SEK 161.40", "$48.75", "$180", "$172.10", "140p", "156.0p"],
)

ALIASES = {
    "Kehrwerk Gebäudedienste": ["Kehrwerk Gebäudedienste GmbH", "Kehrwerk Gebäudedienste", "Kehrwerk"],
    "Equinix": ["Equinix", "Equinix Inc."],
    "Schaumlöffel Reinigungsdienst": ["Schaumlöffel Reinigungsdienst", "Schaumlöffel"],
    "Securitas": ["Securitas", "Securitas AB"],
    "Google": ["Google", "Alphabet", "Google Cloud"],
    "Kuusikko Valvonta": ["Kuusikko Valvonta", "Kuusikko"],
    "CBRE": ["CBRE", "CBRE Group"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "JLL": ["JLL", "Jones Lang LaSalle"],
    "Lumeris Critical Clean": ["Lumeris Critical Clean", "Lumeris"],
    "Halyard Ridge Partners": ["Halyard Ridge Partners", "Halyard Ridge"],
    "Dussmann": ["Dussmann", "Dussmann Group"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "Tessaract Perimeter": ["Tessaract Perimeter", "Tessaract Perimeter Inc.", "Tessaract"],
    "Wachfeld Sicherheit": ["Wachfeld Sicherheit", "Wachfeld Sicherheit GmbH", "Wachfeld"],
    "Ankerpunkt Rechenzentren": ["Ankerpunkt Rechenzentren", "Ankerpunkt Rechenzentren GmbH", "Ankerpunkt"],
    "ISS": ["ISS", "ISS A/S"],
    "Meta": ["Meta", "Meta Platforms"],
    "Fynbo Sikring": ["Fynbo Sikring", "Fynbo"],
    "Ferncastle Capital": ["Ferncastle Capital", "Ferncastle"],
    "Apleona": ["Apleona", "Apleona GmbH"],
    "Bain Capital": ["Bain Capital", "Bain"],
    "Brackmoor Security": ["Brackmoor Security", "Brackmoor"],
    "Harlow Digital Parks": ["Harlow Digital Parks"],
    "Prosegur": ["Prosegur"],
    "Himmelsriegel Systems": ["Himmelsriegel Systems", "Himmelsriegel"],
    "Tafelrunde Catering": ["Tafelrunde Catering", "Tafelrunde"],
    "Quarrington Bank": ["Quarrington Bank", "Quarrington"],
    "Glarona Facility": ["Glarona Facility", "Glarona Facility AG", "Glarona"],
    "Lintharena Datacenter": ["Lintharena Datacenter", "Lintharena Datacenter AG", "Lintharena"],
    "Reusstal Reinigung": ["Reusstal Reinigung", "Reusstal Reinigung AG"],
    "Serangoon Critical Services": ["Serangoon Critical Services", "Serangoon"],
    "Digital Realty": ["Digital Realty", "Digital Realty Trust"],
    "Mitie": ["Mitie", "Mitie Group"],
    "Seal Sands Compute": ["Seal Sands Compute"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Green Mountain": ["Green Mountain", "Green Mountain AS"],
    "Stålvik Drift": ["Stålvik Drift", "Stålvik", "Stalvik Drift"],
    "Fjellvind Kapital": ["Fjellvind Kapital", "Fjellvind"],
    "Pylon Critical Facilities": ["Pylon Critical Facilities", "Pylon"],
    "Schwarz Gruppe": ["Schwarz Gruppe", "Schwarz-Gruppe", "Schwarz Digits", "StackIT"],
    "Frostwerk Pfalz": ["Frostwerk Pfalz", "Frostwerk"],
    "Corrib Watch": ["Corrib Watch", "Corrib"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
