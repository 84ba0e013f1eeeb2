#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus159/articles/.

The annotation lives here as data; edit it here and run this script to rewrite gold.json:
    python3 tests/corpus159/make_gold.py
Then validate with: python3 tests/corpus159/check_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

LICENCE_ALT = ["partnership", "supply"]


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, per=None, alt=None, kind_alt=None, term=None, note=None):
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
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if term:
        d["term"] = term
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


ABOUT = (
    "Hand-annotated deals in the 159th held-out test corpus (tests/corpus159/articles/): newspaper "
    "publishers, broadcasters and book and music media groups in the AI boom (AI licensing and archive "
    "deals with AI labs, cloud and GPU contracts, takeovers of AI start-ups, stakes, compute for dubbing "
    "and translation). Written for the tests and independent of the extractor; same format and rules as "
    "tests/corpus15/gold.json, the earlier corpora and shared/gold/seeds.json. One entry per article; a "
    "deal that several articles report carries the same id in each. 'required': false marks vague or "
    "background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' "
    "('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision. 'date' is when "
    "the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date marker, dateline, <meta>/<time>, issue "
    "line, ticker header or stock-portal stamp, or null when the article has none); a cancelled deal "
    "keeps the date of the original talks or offer; 'term' is the period the deal covers, where the text "
    "gives one; 'kind_alt' lists other acceptable kinds; content and archive licences are 'other' with "
    "'partnership' and 'supply' as alternatives; 'note' explains a judgement call. For .html articles the "
    "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented "
    "companies: Lautwerk, Trelleborn Compute, Skeppsbro Bank, Sablewood AI, Kranhöft Mediengruppe, "
    "Brackhaven Press, Polyglossa, Fjellrand Tale, Vågsbotn Invest, Wattle Lane, Stourmere Ventures, "
    "Tonspur Labs, Kotodama Voice, Cardwell Data, Hörkante, Larkspur Sound; invented publications, banks, "
    "research houses, advertisers and people are listed in invented_names.txt; the deals of real "
    "companies are loosely based on public reports with amounts, dates and details shifted, or invented "
    "outright. Nothing here is reporting."
)

A = {}

# ---------------------------------------------------------------- 001
A["001_springer_openai_satzspiegel.txt"] = {
    "published": "2024-02-15",
    "published_note": "dateline without year 'Berlin, 15. Februar (sp)'; the year from the copyright line '© 2024 Satzspiegel Verlagsdienste'; 'am Dienstag' -> 2024-02-13; 'vergangene Woche' -> 2024-02",
    "language": "de",
    "deals": [
        deal("springer-openai-licence-2024", ["OpenAI", "Axel Springer"], "other", 40000000, "EUR", "approx",
             "2024-02-13", "signed",
             "Nach Informationen des Satzspiegel aus dem Umfeld des Verlags überweist OpenAI dafür jährlich rund 40 Millionen Euro, der Vertrag läuft zunächst bis Ende 2028.",
             per="year", alt=[(43000000, "USD")], kind_alt=LICENCE_ALT, term=["2024", "2028"],
             note="content licence, OpenAI pays Axel Springer; 'dafür' = the agreement the group confirmed 'am Dienstag' (previous sentence); value from sources, per year, term to 'Ende 2028'; 015 restates it as about $43m a year (alt_amounts); different from the 2026 enterprise contract in which Springer pays OpenAI (015)"),
        deal("kranhoeft-sablewood-archive-2024", ["Sablewood AI", "Kranhöft Mediengruppe"], "other", 7500000, "EUR", "exact",
             "2024-02", "signed",
             "Kranhöft erhält dafür über drei Jahre 7,5 Millionen Euro, wie Geschäftsführerin Ilka Sonnewald dem Satzspiegel bestätigte.",
             kind_alt=LICENCE_ALT,
             note="archive licence to Sablewood AI 'vergangene Woche' (previous sentence, month only); total over three years, not a rate; different from the refused 2025 purchase offer (016) and the 2026 renewal at €4.2m a year (020)"),
    ],
    "not_deals": ["3,9 Milliarden Euro", "720 Millionen Euro", "4 Milliarden Dollar", "50.000 Euro",
                  "rund 30 Milliarden Dollar jährlich", "2,4 Millionen Euro", "11,99 Euro im Monat", "9,99 Euro",
                  "89 Euro"],
}

# ---------------------------------------------------------------- 002
A["002_newscorp_openai_palisade_en.txt"] = {
    "published": "2024-05-23",
    "published_note": "from the header 'May 23, 2024 06:55 ET' (dateline 'NEW YORK, May 22'); 'said on Wednesday' -> 2024-05-22; 'Earlier this month' -> 2024-05; 'in February' -> 2024-02",
    "language": "en",
    "deals": [
        deal("newscorp-openai-2024", ["OpenAI", "News Corp"], "other", 260000000, "USD", "at_least",
             "2024-05-22", "signed",
             "Someone who has read the contract said OpenAI would pay News Corp more than $260 million over five years, part of it in credits for OpenAI's software rather than in cash.",
             alt=[(240000000, "EUR")], kind_alt=LICENCE_ALT, term=["2024", "2029"],
             note="content licence announced 'on Wednesday' (first paragraph); value from a source; the $170m cash part is not a deal of its own; 003 restates it as 'mehr als 240 Millionen Euro' (alt_amounts)"),
        deal("springer-openai-licence-2024", ["OpenAI", "Axel Springer"], "other", None, None, None,
             "2024-02", "signed",
             "It follows a similar arrangement OpenAI struck with Axel Springer in February, whose value the Berlin-based publisher never confirmed.",
             required=False, kind_alt=LICENCE_ALT,
             note="background mention of the 001 licence without an amount"),
        deal("newscorp-wattlelane", ["News Corp", "Wattle Lane"], "acquisition", 68000000, "AUD", "exact",
             "2024-05", "completed",
             "Earlier this month its Australian arm paid A$68 million for Wattle Lane, a Sydney start-up whose language models write and translate property listings.",
             note="'its Australian arm' = News Corp's ('The New York-based group', previous sentence); the A$45m valuation is not a deal"),
    ],
    "not_deals": ["$170 million", "$2.5 billion a year", "$26.14", "$15 billion", "$2.42 billion", "$112 million",
                  "A$45 million", "$38.99 a month"],
}

# ---------------------------------------------------------------- 003
A["003_lizenzen_kommentar_kapitalhorizont.txt"] = {
    "published": "2024-06-03",
    "published_note": "from the line 'Gastkommentar | Montag, 3. Juni 2024'; 'Ende Mai' -> 2024-05; 'im Februar' -> 2024-02",
    "language": "de",
    "deals": [
        deal("newscorp-openai-2024", ["OpenAI", "News Corp"], "other", 240000000, "EUR", "at_least",
             "2024-05", "signed",
             "Als News Corp Ende Mai bekanntgab, dass OpenAI über fünf Jahre mehr als 240 Millionen Euro für Texte von „Wall Street Journal“, „Times“ und „New York Post“ zahlen wird, ging ein Raunen durch die Branche.",
             kind_alt=LICENCE_ALT, term=["2024", "2029"],
             note="the 002 deal in EUR with only the month"),
        deal("springer-openai-licence-2024", ["OpenAI", "Axel Springer"], "other", 40000000, "EUR", "approx",
             "2024-02", "signed",
             "Axel Springer hatte im Februar vorgelegt; der Berliner Konzern bekommt Branchenberichten zufolge rund 40 Millionen Euro im Jahr.",
             per="year", kind_alt=LICENCE_ALT,
             note="the payer OpenAI is named in the previous paragraph ('vorgelegt' = a similar deal with OpenAI); 'der Berliner Konzern' = Axel Springer"),
    ],
    "not_deals": ["rund 1,6 Milliarden Euro", "150 Millionen Euro Umsatz", "zwei Millionen Euro im Jahr",
                  "86 Milliarden Dollar", "30 Dollar", "rund 8 Milliarden Euro", "7,90 Euro pro Monat"],
}

# ---------------------------------------------------------------- 004
A["004_lautwerk_rtl_ehrenfelder.txt"] = {
    "published": "2024-09-12",
    "published_note": "from the dateline 'KÖLN-EHRENFELD · Donnerstag, 12. September 2024'; 'am Mittwoch' -> 2024-09-11; 'im Frühjahr' -> 2024",
    "language": "de",
    "deals": [
        deal("rtl-lautwerk-dubbing-2024", ["RTL Group", "Lautwerk"], "supply", 6000000, "EUR", "approx",
             "2024-09-11", "signed",
             "Nach Angaben von Lautwerk ist er jährlich rund sechs Millionen Euro wert und läuft zunächst drei Jahre.",
             per="year", kind_alt=["other"], term=["2024", "2027"],
             note="'er' = the framework agreement for AI dubbing that RTL Deutschland and Lautwerk presented 'am Mittwoch' (previous sentence); amount in words, per year; the first RTL–Lautwerk deal, different from the 2025 takeover (009, 011, 013)"),
        deal("lautwerk-trelleborn-compute", ["Lautwerk", "Trelleborn Compute"], "cloud_contract", 28000000, "EUR", "approx",
             "2024-09-11", "signed",
             "Damit die Rechner mitkommen, hat das Unternehmen zeitgleich beim schwedischen Anbieter Trelleborn Compute Grafikprozessoren für knapp 28 Millionen Euro reserviert, verteilt auf drei Jahre.",
             alt=[(310000000, "SEK"), (27000000, "EUR")],
             note="'das Unternehmen' = Lautwerk; 'zeitgleich' with the Wednesday announcement; 005 gives SEK 310m (about €27m) with 'Last month' (alt_amounts)"),
        deal("stourmere-lautwerk-round-2024", ["Stourmere Ventures", "Lautwerk"], "investment", 12000000, "EUR", "exact",
             "2024", "completed",
             "Damals hatte Lautwerk zwölf Millionen Euro von Investoren eingesammelt, angeführt vom Londoner Wagnisfonds Stourmere Ventures.",
             note="'Damals' = 'im Frühjahr' (previous sentence), year only; amount in words; lead investor listed; the ~€60m valuation is not a deal"),
    ],
    "not_deals": ["rund 60 Millionen Euro", "1,8 Millionen Euro", "rund 480 Euro", "17,50 Euro pro Quadratmeter",
                  "649 Euro"],
}

# ---------------------------------------------------------------- 005
A["005_trelleborn_skeppsbro_liquidloop_en.html"] = {
    "published": "2024-10-08",
    "published_note": "from <meta property=article:published_time> 2024-10-08T07:40, <time datetime> and the byline '8 October 2024'; 'on Monday' -> 2024-10-07; 'Last month' -> 2024-09",
    "language": "en",
    "deals": [
        deal("skeppsbro-trelleborn-loan", ["Skeppsbro Bank", "Trelleborn Compute"], "other", 1200000000, "SEK", "exact",
             "2024-10-07", "signed",
             "Trelleborn Compute, the Malmö operator of rented GPU clusters, has agreed a SEK 1.2 billion (€106 million) credit facility with Skeppsbro Bank, the company said on Monday.",
             alt=[(106000000, "EUR")], kind_alt=["investment"],
             note="five-year loan against GPUs"),
        deal("lautwerk-trelleborn-compute", ["Lautwerk", "Trelleborn Compute"], "cloud_contract", 310000000, "SEK", "exact",
             "2024-09", "signed",
             "Last month the company won a SEK 310 million order from Lautwerk, a Cologne start-up that re-voices television series with synthetic speech, covering three years of GPU time (about €27 million).",
             alt=[(27000000, "EUR")],
             note="'the company' = Trelleborn Compute; the 004 contract in SEK with only the month"),
        deal("trelleborn-helsingborg-capex", ["Trelleborn Compute"], "capex_plan", 2000000000, "SEK", "approx",
             "2024-10", "planned",
             "Trelleborn also intends to spend about SEK 2 billion on a second hall in Helsingborg, due to open at the end of 2026, provided the regional grid operator can deliver 40 megawatts on time.",
             note="own capex plan, financing undecided"),
    ],
    "not_deals": ["SEK 240 million", "SEK 3.4 billion", "SEK 21 per GPU-hour", "SEK 0.48 per kilowatt-hour",
                  "SEK 300 million", "€8,900 per unit"],
}

# ---------------------------------------------------------------- 006
A["006_brackhaven_sablewood_thameside_en.txt"] = {
    "published": "2025-01-21",
    "published_note": "from the line 'Business | Tuesday 21 January 2025'; 'signed on Friday' -> 2025-01-17; 'This month' -> 2025-01",
    "language": "en",
    "deals": [
        deal("sablewood-brackhaven-licence", ["Sablewood AI", "Brackhaven Press"], "other", 18000000, "GBP", "exact",
             "2025-01-17", "signed",
             "Sablewood will pay £18 million (roughly $22 million) over three years, the publisher said; the agreement was signed on Friday after eight months of talks.",
             alt=[(22000000, "USD")], kind_alt=LICENCE_ALT,
             note="backlist licence; total over three years"),
        deal("brackhaven-polyglossa-translation", ["Brackhaven Press", "Polyglossa"], "supply", 1400000, "GBP", "exact",
             "2025-01", "signed",
             "This month it hired Polyglossa, a Munich translation start-up, to produce German and Spanish editions of 400 titles, a contract worth £1.4 million.",
             kind_alt=["other"],
             note="'it' = Brackhaven ('The house', previous sentence)"),
    ],
    "not_deals": ["£64 million", "£3.1 million", "£2,000 per title", "Two thousand pounds", "$9 billion",
                  "£150 million a year", "£120,000", "£2.80", "£9 a month"],
}

# ---------------------------------------------------------------- 007
A["007_bertelsmann_polyglossa_lippewirtschaft.txt"] = {
    "published": "2025-01-23",
    "published_note": "from the date line 'Donnerstag, 23. Januar 2025 · Unternehmen · Seite 11'; 'am Mittwoch' -> 2025-01-22; 'in der vergangenen Woche' -> 2025-01",
    "language": "de",
    "deals": [
        deal("bertelsmann-openai-partnership", ["Bertelsmann", "OpenAI"], "partnership", None, None, None,
             "2025-01-22", "announced",
             "Bertelsmann und OpenAI wollen enger zusammenarbeiten.",
             kind_alt=["cloud_contract"],
             note="announced 'am Mittwoch' (next sentence): ChatGPT Enterprise across the group plus joint products; no financial terms"),
        deal("bertelsmann-polyglossa-round-2025", ["Bertelsmann", "Polyglossa"], "investment", 25000000, "EUR", "exact",
             "2025-01", "completed",
             "Die Beteiligungssparte Bertelsmann Investments führte beim Münchner Übersetzungs-Start-up Polyglossa eine 25-Millionen-Euro-Finanzierungsrunde an, die in der vergangenen Woche abgeschlossen wurde.",
             note="compound amount; Bertelsmann Investments leads; the ~€110m valuation is not a deal; different from the denied 2026 takeover report (017)"),
        deal("bertelsmann-growth-capex", ["Bertelsmann"], "capex_plan", 5000000000, "EUR", "approx",
             None, "planned",
             "Bis Ende 2026 will der Konzern insgesamt rund fünf Milliarden Euro in Wachstumsgeschäfte stecken, ein Teil davon ist für KI-Projekte reserviert.",
             required=False, term=[None, "2026"],
             note="group-wide investment plan in words ('der Konzern'), not specific to AI; optional"),
    ],
    "not_deals": ["rund 110 Millionen Euro", "sechs Cent pro Wort", "4,6 Milliarden Euro", "rund 19,2 Milliarden Euro",
                  "3,1 Milliarden Euro", "22 Millionen Euro", "2,90 Euro"],
}

# ---------------------------------------------------------------- 008
A["008_schibsted_fjellrand_oslofjord_en.txt"] = {
    "published": "2025-02-11",
    "published_note": "from the dateline 'OSLO, 11 February 2025'; 'on Monday' -> 2025-02-10; 'a week after' -> 2025-02",
    "language": "en",
    "deals": [
        deal("schibsted-fjellrand-takeover", ["Schibsted", "Fjellrand Tale"], "acquisition", 420000000, "NOK", "exact",
             "2025-02-10", "signed",
             "Schibsted Media has agreed to pay NOK 420 million (about €36 million) for Fjellrand Tale, a Bergen start-up whose software transcribes council meetings and court hearings in both written forms of Norwegian and in most dialects.",
             alt=[(36000000, "EUR")],
             note="announced 'on Monday' (next sentence); completion expected by midsummer"),
        deal("schibsted-openai-partnership", ["Schibsted", "OpenAI"], "partnership", None, None, None,
             "2025-02", "signed",
             "The purchase comes a week after Schibsted struck a content partnership with OpenAI, which will show summaries of articles from VG, Aftenposten, Aftonbladet and Svenska Dagbladet in ChatGPT.",
             kind_alt=["other"],
             note="'a week after' the Monday announcement -> early February; terms not published"),
        deal("vagsbotn-fjellrand-2023", ["Vågsbotn Invest", "Fjellrand Tale"], "investment", 60000000, "NOK", "exact",
             "2023", "completed",
             "Fjellrand raised NOK 60 million in 2023 from Vågsbotn Invest, a family office in Bergen, and two angel investors; existing customer contracts will be honoured, Schibsted said.",
             note="earlier funding round, listed with the family office"),
    ],
    "not_deals": ["NOK 48 million", "NOK 9 per minute", "NOK 430 million", "NOK 338.40"],
}

# ---------------------------------------------------------------- 009
A["009_medienwoche_liveticker_kabelfunk.txt"] = {
    "published": "2025-06-24",
    "published_note": "from the ticker header 'Dienstag, 24. Juni 2025 · zuletzt aktualisiert 18:12 Uhr' (entries by time of day); 'am Montagabend' -> 2025-06-23",
    "language": "de",
    "deals": [
        deal("rtl-lautwerk-takeover", ["RTL Group", "Lautwerk"], "acquisition", 80000000, "EUR", "range",
             "2025", "rumored",
             "Im Gespräch sei ein Kaufpreis zwischen 80 und 100 Millionen Euro, sagten zwei Manager, die an den Gesprächen beteiligt sind.",
             amount_max=100000000, alt=[(92000000, "EUR"), (108000000, "USD")],
             note="parties in the previous sentence (RTL Deutschland negotiating a full takeover of Lautwerk, per Kabelfunk); rumour of 2025-06-24 given only the year so that the shared id's dates agree with the signing on 2025-09-16 (011); 011's €92m and 013's $108m as alt_amounts; different from the 2024 dubbing contract (004)"),
        deal("rtl-sky-deutschland", ["RTL Group", "Sky Deutschland", "Comcast"], "acquisition", 150000000, "EUR", "exact",
             "2025-06-23", "signed",
             "Der Kaufpreis beträgt 150 Millionen Euro in bar.",
             note="buyer, target and seller in the two previous sentences ('die Bertelsmann-Tochter am Montagabend'); cartel approval pending"),
        deal("rtl-sky-earnout", ["RTL Group", "Sky Deutschland", "Comcast"], "acquisition", 370000000, "EUR", "up_to",
             "2025-06-23", "signed",
             "Hinzu kommt eine an den RTL-Aktienkurs gekoppelte Zahlung von bis zu 370 Millionen Euro, die frühestens 2026 fällig wird.",
             required=False,
             note="contingent share-price-linked part of the Sky purchase; a reader may fold it into the €150m deal, so optional"),
        deal("mfe-prosieben-offer", ["MFE", "ProSiebenSat.1"], "acquisition", None, None, None,
             "2025", "announced",
             "MediaForEurope (MFE) hat sich mit seinem Übernahmeangebot inzwischen knapp 44 Prozent an ProSiebenSat.1 gesichert.",
             required=False,
             note="takeover offer in progress without a total; the offer per share (4,50 Euro plus 0.4 shares) is a price per unit, not the deal amount; optional"),
        deal("ppf-prosieben-offer", ["PPF", "ProSiebenSat.1"], "acquisition", None, None, None,
             "2025", "announced",
             "Der tschechische Investor PPF hält mit seinem Konkurrenzangebot dagegen.",
             required=False,
             note="competing offer, no amount; the target from the previous sentence ('ProSieben-Papier'); optional"),
    ],
    "not_deals": ["rund 3,8 Milliarden Euro", "33,20 Euro", "Probemonat für 1 Euro", "14,90 Euro pro Monat",
                  "4,50 Euro in bar", "15 Millionen Euro über drei Jahre", "390 Euro"],
}

# ---------------------------------------------------------------- 010
A["010_prosieben_google_boersenkanzel.html"] = {
    "published": "2025-07-08",
    "published_note": "from <meta name=date> 2025-07-08T08:41 and the stamp '08.07.2025 | 08:41 Uhr'; 'am Montag' -> 2025-07-07",
    "language": "de",
    "deals": [
        deal("prosieben-google-cloud", ["ProSiebenSat.1", "Google"], "cloud_contract", 200000000, "EUR", "at_least",
             "2025-07-07", "signed",
             "Der Vertrag läuft sieben Jahre und hat nach Konzernangaben ein Volumen von mehr als 200 Millionen Euro; unterschrieben wurde er am Montag in Unterföhring.",
             term=["2025", "2032"],
             note="parties in the previous sentence (ProSiebenSat.1 moves into Google's cloud); the yearly €30m cost saving is not a deal"),
        deal("joyn-polyglossa-dubbing", ["ProSiebenSat.1", "Polyglossa"], "supply", 15000000, "EUR", "up_to",
             "2025-07", "signed",
             "Der Auftrag hat einen Wert von bis zu 15 Millionen Euro, abhängig davon, wie viele Stunden Programm tatsächlich bearbeitet werden.",
             kind_alt=["other"],
             note="'Der Auftrag' = the order of ProSiebenSat.1's streaming unit Joyn to Polyglossa (previous sentence); 'bis zu 14 Sprachen' there is not an amount"),
    ],
    "not_deals": ["jährlich rund 30 Millionen Euro", "7,12 Euro", "8,50 Euro", "3,85 bis 4,05 Milliarden Euro",
                  "etwa 520 Millionen Euro", "6,90 EUR", "8,31 EUR", "1,61 Mrd. EUR", "0,05 EUR",
                  "100 Euro Wechselprämie", "3,90 Euro"],
}

# ---------------------------------------------------------------- 011
A["011_rtl_lautwerk_westlicht.txt"] = {
    "published": "2025-09-17",
    "published_note": "from the agency stamp '17.09.2025 – 07:05'; 'am Dienstagabend' -> 2025-09-16",
    "language": "de",
    "deals": [
        deal("rtl-lautwerk-takeover", ["RTL Group", "Lautwerk"], "acquisition", 92000000, "EUR", "exact",
             "2025-09-16", "signed",
             "Der Sender zahlt 92 Millionen Euro für sämtliche Anteile, wie die Bertelsmann-Tochter am Dienstagabend mitteilte.",
             note="'Der Sender' = RTL Deutschland, target Lautwerk in the previous sentence; signed, cartel approval pending; the rumour of 009 ('Knapp drei Monate, nachdem erste Berichte …')"),
        deal("lautwerk-trelleborn-compute", ["Lautwerk", "Trelleborn Compute"], "cloud_contract", None, None, None,
             None, "signed",
             "Den Rechenvertrag mit dem schwedischen GPU-Anbieter Trelleborn Compute will der Konzern übernehmen und ausbauen.",
             required=False,
             note="amount-less mention of the 2024 compute contract (004, 005), which RTL takes over"),
        deal("rtl-microsoft-azure", ["RTL Group", "Microsoft"], "cloud_contract", 40000000, "EUR", "approx",
             "2025-09", "signed",
             "Zusätzlich hat RTL bei Microsoft Rechenkapazität in der Azure-Cloud für rund 40 Millionen Euro über fünf Jahre gebucht, wie am Rande der Mitteilung bekannt wurde.",
             note="became known with the Tuesday announcement; booking day not given, so the month"),
    ],
    "not_deals": ["rund 11 Millionen Euro", "jährlich rund vier Millionen Euro", "31,85 Euro",
                  "etwa 6,4 Milliarden Euro", "3 Milliarden Dollar"],
}

# ---------------------------------------------------------------- 012
A["012_umg_udio_tonspur_sidechain_en.txt"] = {
    "published": "2025-10-31",
    "published_note": "from the issue line 'Issue 88 · Friday 31 October 2025'; 'On Wednesday' -> 2025-10-29; 'Thursday' -> 2025-10-30; 'Earlier this month' -> 2025-10",
    "language": "en",
    "deals": [
        deal("umg-udio-licence", ["Universal Music", "Udio"], "other", None, None, None,
             "2025-10-29", "signed",
             "On Wednesday the two announced a settlement together with a licence that lets the AI song generator build a new, walled-garden creation service trained only on authorised recordings, launching next year.",
             kind_alt=["partnership"],
             note="'the two' = Universal Music Group and Udio (previous sentence); settlement plus licence, no figures; the $150,000 per work statutory damages are not a deal"),
        deal("umg-tonspur-stake-2025", ["Universal Music", "Tonspur Labs"], "investment", 45000000, "USD", "exact",
             "2025-10", "completed",
             "Earlier this month UMG quietly paid $45 million for a 15% stake in Tonspur Labs, a Berlin start-up whose models pull vocals, drums and strings apart on old multitrack tapes and clean up hiss and dropouts.",
             note="first UMG–Tonspur deal; different from the 2026 restoration contract (019); the $300m valuation is not a deal"),
        deal("umg-stability-partnership", ["Universal Music", "Stability AI"], "partnership", None, None, None,
             "2025-10-30", "announced",
             "Thursday brought a tools partnership between UMG and Stability AI, aimed at producers who want AI-assisted sound design without legal risk.",
             required=False,
             note="amount-less partnership, optional"),
    ],
    "not_deals": ["$150,000 per infringed work", "$300 million", "€3.02 billion", "€1.37 billion", "€23.18",
                  "$3.1 billion", "$10 a month", "$149", "$8 a month"],
}

# ---------------------------------------------------------------- 013
A["013_media_ai_roundup_framerate_en.txt"] = {
    "published": "2025-10-10",
    "published_note": "from the issue line 'Issue 41 · Friday 10 October 2025'; 'last month' -> 2025-09; 'on Tuesday' -> 2025-10-07",
    "language": "en",
    "deals": [
        deal("rtl-lautwerk-takeover", ["RTL Group", "Lautwerk"], "acquisition", 108000000, "USD", "approx",
             "2025-09", "signed",
             "RTL Deutschland has bought Lautwerk, the Cologne AI-dubbing studio, for about $108 million.",
             note="the 011 takeover in USD; 'signed the deal last month' in the next sentence gives the month"),
        deal("sablewood-microsoft-azure", ["Sablewood AI", "Microsoft"], "cloud_contract", 1200000000, "USD", "exact",
             "2025-10-07", "signed",
             "Sablewood AI, the lab behind the Marlin chatbot and the industry's keenest buyer of book and newspaper licences, has committed to spend $1.2 billion on Microsoft Azure capacity over four years, the companies said on Tuesday.",
             term=["2025", "2029"],
             note="compute commitment over four years; the $11bn valuation is not a deal"),
        deal("polyglossa-raise-2026", ["Polyglossa"], "investment", 60000000, "EUR", "up_to",
             "2025-10", "planned",
             "Polyglossa, the Munich start-up that translates books and subtitles television shows, plans to raise up to €60 million early next year, according to a letter to investors seen by Frame Rate.",
             required=False,
             note="planned round without named investors; optional"),
    ],
    "not_deals": ["$11 billion", "about €14 million", "$500 billion", "about €60,000", "roughly $18 billion",
                  "€95,000–110,000", "€290", "$18 a month"],
}

# ---------------------------------------------------------------- 014
A["014_umg_research_note_ashcombe_en.txt"] = {
    "published": "2025-11-14",
    "published_note": "from the note header '14 November 2025 · Prices as of 13 November close'; 'signed in December last year' -> 2024-12",
    "language": "en",
    "deals": [
        deal("umg-sablewood-licence-talks", ["Sablewood AI", "Universal Music"], "other", 75000000, "USD", "up_to",
             "2025-11", "negotiating",
             "We understand from industry contacts that Sablewood AI is negotiating a multi-year catalogue licence with UMG worth up to $75 million a year.",
             per="year", kind_alt=LICENCE_ALT,
             note="talks reported by the analysts' contacts; 019 reports they collapsed in January 2026 (status there cancelled, same date of the talks)"),
        deal("umg-downtown", ["Universal Music", "Downtown Music"], "acquisition", 750000000, "USD", "exact",
             "2024-12", "signed",
             "UMG's $750 million agreement to buy Downtown Music, signed in December last year, remains under review in Brussels.",
             note="signed, awaiting EU clearance"),
    ],
    "not_deals": ["€180 million", "€110 million", "€28.50", "€27.00", "€23.64", "€11.8 billion", "$0.004"],
}

# ---------------------------------------------------------------- 015
A["015_springer_openai_spreecircuit_en.html"] = {
    "published": "2026-02-19",
    "published_note": "from <meta name=pubdate> 2026-02-19 and the byline 'Thu 19 Feb 2026'; 'on Tuesday' -> 2026-02-17; 'In December' -> 2025-12; 'February 2024' -> 2024-02",
    "language": "en",
    "deals": [
        deal("springer-openai-enterprise-2026", ["Axel Springer", "OpenAI"], "cloud_contract", 36000000, "EUR", "exact",
             "2026-02-17", "signed",
             "Axel Springer will pay OpenAI €36 million over three years to put ChatGPT Enterprise and OpenAI's coding agents in front of all 18,000 staff, the publisher said on Tuesday.",
             kind_alt=["other", "supply"],
             note="second Axel Springer–OpenAI deal: Springer pays OpenAI (software and model access); different from the 2024 licence in which OpenAI pays Springer (same article)"),
        deal("springer-openai-licence-2024", ["OpenAI", "Axel Springer"], "other", 43000000, "USD", "approx",
             "2024-02", "signed",
             "Money has so far flowed in the opposite direction: under the licensing deal struck in February 2024, OpenAI pays the publisher about $43 million a year for Bild, Welt, Politico and Business Insider content.",
             per="year", kind_alt=LICENCE_ALT,
             note="the 001 licence in USD; 'the publisher' = Axel Springer"),
        deal("springer-cardwell", ["Axel Springer", "Cardwell Data"], "acquisition", 85000000, "USD", "exact",
             "2025-12", "completed",
             "In December it paid $85 million for Cardwell Data, a Washington start-up that turns congressional hearings and committee records into AI-searchable briefings for Politico Pro subscribers.",
             note="'it' = Axel Springer ('The group', previous sentence)"),
    ],
    "not_deals": ["$60 per seat per month", "about €3.5 billion", "roughly $10,000 a year per seat", "€12 million",
                  "€3.99 a month", "€249 monthly"],
}

# ---------------------------------------------------------------- 016
A["016_kranhoeft_interview_umbruchkante.txt"] = {
    "published": None,
    "published_note": "interview without any date (only 'Lesezeit etwa acht Minuten'); dates only where the text gives the year ('Anfang 2024', 'Im Sommer 2025')",
    "language": "de",
    "deals": [
        deal("kranhoeft-sablewood-archive-2024", ["Sablewood AI", "Kranhöft Mediengruppe"], "other", 7500000, "EUR", "exact",
             "2024", "signed",
             "Anfang 2024 haben wir unser Zeitungsarchiv seit 1949 für 7,5 Millionen Euro über drei Jahre an Sablewood AI lizenziert.",
             kind_alt=LICENCE_ALT,
             note="'wir' = Kranhöft Mediengruppe (introduction); the 001 licence"),
        deal("sablewood-kranhoeft-offer-2025", ["Sablewood AI", "Kranhöft Mediengruppe"], "acquisition", 60000000, "EUR", "exact",
             "2025", "cancelled",
             "Im Sommer 2025 hat Sablewood angeboten, uns das komplette Archiv samt aller Rechte für 60 Millionen Euro abzukaufen.",
             kind_alt=["other"],
             note="offer to buy the archive outright, refused ('Wir haben Nein gesagt', next sentence); 'uns' = Kranhöft; a third, separate Sablewood–Kranhöft deal"),
        deal("kranhoeft-trelleborn-compute", ["Kranhöft Mediengruppe", "Trelleborn Compute"], "cloud_contract", 180000, "EUR", "approx",
             None, "signed",
             "Dem schwedischen Anbieter Trelleborn Compute überweisen wir monatlich rund 180.000 Euro.",
             per="month",
             note="rented compute for translation and read-aloud; German thousands separator; undated"),
        deal("kranhoeft-ai-capex", ["Kranhöft Mediengruppe"], "capex_plan", 14000000, "EUR", "approx",
             None, "planned",
             "Bis 2027 investieren wir rund 14 Millionen Euro in eigene KI-Werkzeuge, vor allem in Software und Schulungen.",
             required=False, term=[None, "2027"],
             note="own spending plan (software, training), optional"),
    ],
    "not_deals": ["188 Millionen Euro", "2.650 Euro", "4.100 Euro", "12,90 Euro im Monat", "Einzelheft 14 Euro",
                  "119 Euro"],
}

# ---------------------------------------------------------------- 017
A["017_medienwerte_marktbericht_kursleiste.txt"] = {
    "published": "2026-03-13",
    "published_note": "from the line 'Freitag, 13. März 2026 · Handelsschluss Xetra 17:30 Uhr'; 'am Donnerstag' -> 2026-03-12; 'am Nachmittag' -> 2026-03-13",
    "language": "de",
    "deals": [
        deal("schibsted-trelleborn-compute", ["Schibsted", "Trelleborn Compute"], "cloud_contract", 450000000, "SEK", "approx",
             "2026-03-12", "signed",
             "Schibsted Media hat beim schwedischen GPU-Vermieter Trelleborn Compute für rund 450 Millionen schwedische Kronen Rechenleistung gebucht, um Artikel von „Aftonbladet“, „VG“ und „Aftenposten“ automatisch vorzulesen und in andere Sprachen zu übertragen.",
             alt=[(40000000, "EUR")],
             note="'Der Vertrag wurde am Donnerstag bekannt' (next sentence); four years; 'gut 40 Millionen Euro' as alt"),
        deal("bertelsmann-polyglossa-takeover-denied", ["Bertelsmann", "Polyglossa"], "acquisition", 150000000, "EUR", "approx",
             "2026-03", "cancelled",
             "Berichte, wonach Bertelsmann die restlichen Anteile an Polyglossa für rund 150 Millionen Euro übernehmen wolle, wies der Konzern am Nachmittag zurück.",
             required=False,
             note="denied rumour, optional; different from the 2025 round (007)"),
    ],
    "not_deals": ["351,20 Kronen", "rund 14 Millionen Euro", "34,10 Euro", "38 Euro", "6,88 Euro",
                  "3,9 Milliarden Euro", "24,05 Euro", "0,54 Euro je Aktie", "27,35 Dollar",
                  "rund 780 Millionen Euro", "25 Euro im Monat"],
}

# ---------------------------------------------------------------- 018
A["018_umg_kotodama_sumida_en.txt"] = {
    "published": "2026-05-20",
    "published_note": "from the stamp 'Posted : 2026-05-20 18:05 JST'; 'on Tuesday' -> 2026-05-19",
    "language": "en",
    "deals": [
        deal("umg-kotodama-stake", ["Universal Music", "Kotodama Voice"], "investment", 3200000000, "JPY", "exact",
             "2026-05-19", "signed",
             "Universal Music Japan will invest ¥3.2 billion (about $21 million) in Kotodama Voice, a Tokyo start-up that reproduces the voices of singers and voice actors with their consent, for a 20% stake, the label and the start-up announced in Tokyo on Tuesday.",
             alt=[(21000000, "USD")],
             note="Universal Music Japan = Universal Music; the ¥16bn valuation is not a deal"),
        deal("kotodama-sakura-gpu", ["Kotodama Voice", "Sakura Internet"], "cloud_contract", 380000000, "JPY", "approx",
             None, "signed",
             "Kotodama separately rents GPUs from Sakura Internet, paying about ¥380 million a quarter under a contract that runs until March 2028.",
             per="quarter", term=[None, "2028-03"],
             note="running GPU rental, start not given"),
    ],
    "not_deals": ["¥16 billion", "¥120 billion", "¥50,000 per episode", "¥10 trillion", "¥4,870", "¥155"],
}

# ---------------------------------------------------------------- 019
A["019_catalogue_economics_blog_en.txt"] = {
    "published": "2026-08-06",
    "published_note": "from the line 'Posted 6 August 2026 by …'; 'last November' -> 2025-11; 'In July' -> 2026-07; 'In February' -> 2026-02",
    "language": "en",
    "deals": [
        deal("umg-sablewood-licence-talks", ["Sablewood AI", "Universal Music"], "other", 75000000, "USD", "up_to",
             "2025-11", "cancelled",
             "The talks between UMG and Sablewood AI over a catalogue licence worth as much as $75 million a year, first reported last November, collapsed in January, and neither side has reopened them.",
             per="year", kind_alt=LICENCE_ALT,
             note="the talks of 014, collapsed in January 2026; keeps the date the talks were reported"),
        deal("umg-tonspur-restoration-2026", ["Universal Music", "Tonspur Labs"], "supply", 27000000, "USD", "exact",
             "2026-07", "signed",
             "In July UMG hired Tonspur Labs, the Berlin stem-separation specialist, to restore and split the multitrack tapes of its pre-1980 masters under a three-year contract worth $27 million.",
             kind_alt=["other"],
             note="second UMG–Tonspur deal, different from the 2025 stake (012); repeated as '$27m' in a reader comment"),
        deal("sablewood-larkspur-licence", ["Sablewood AI", "Larkspur Sound"], "other", 6000000, "USD", "exact",
             "2026-02", "signed",
             "In February it signed a licence with Larkspur Sound, a Nashville-based distributor of independent labels, for $6 million over two years.",
             kind_alt=LICENCE_ALT,
             note="'it' = Sablewood (previous sentence)"),
    ],
    "not_deals": ["€5.8 billion", "$14 billion", "$0.003", "well over a billion dollars", "$5 a month"],
}

# ---------------------------------------------------------------- 020
A["020_kranhoeft_sablewood_spaltenmass.txt"] = {
    "published": "2026-11-05",
    "published_note": "from the date line 'Donnerstag, 5. November 2026 · Ausgabe 45'; 'am Dienstag' -> 2026-11-03; 'Im August' + 'Drei Monate später' -> 2026-11; 'Anfang 2024' -> 2024",
    "language": "de",
    "deals": [
        deal("kranhoeft-sablewood-renewal-2026", ["Sablewood AI", "Kranhöft Mediengruppe"], "other", 4200000, "EUR", "exact",
             "2026-11-03", "signed",
             "Künftig zahlt Sablewood jährlich 4,2 Millionen Euro – nicht mehr nur für das Archiv, sondern auch für den laufenden Zugriff auf neue Artikel aus dem „Alsterblatt“ und den Stadtteilausgaben.",
             per="year", kind_alt=LICENCE_ALT,
             note="extended and widened licence signed 'am Dienstag' (previous sentence), five years; a new deal, different from the 2024 archive licence restated in the same article"),
        deal("kranhoeft-sablewood-archive-2024", ["Sablewood AI", "Kranhöft Mediengruppe"], "other", 7500000, "EUR", "exact",
             "2024", "signed",
             "Der erste Vertrag von Anfang 2024 hatte Kranhöft über drei Jahre 7,5 Millionen Euro eingebracht.",
             kind_alt=LICENCE_ALT,
             note="the 001 licence restated"),
        deal("microsoft-polyglossa", ["Microsoft", "Polyglossa"], "acquisition", 310000000, "USD", "exact",
             "2026-11", "signed",
             "Drei Monate später ist der Verkauf unterschrieben: Der US-Konzern zahlt 310 Millionen Dollar, umgerechnet rund 270 Millionen Euro.",
             alt=[(270000000, "EUR")],
             note="'Der US-Konzern' = Microsoft, target Polyglossa in the previous sentence (talks confirmed 'Im August'); 'Drei Monate später' -> November 2026"),
        deal("kranhoeft-hoerkante", ["Kranhöft Mediengruppe", "Hörkante"], "acquisition", 9000000, "EUR", "approx",
             "2026", "completed",
             "Aus dem Umfeld des Verlags heißt es, Kranhöft zahle dafür knapp neun Millionen Euro.",
             note="majority stake in Hörkante (previous sentence); amount in words; no date given beyond the year"),
    ],
    "not_deals": ["40 Milliarden Dollar", "rund 110 Millionen Euro", "3 Millionen Euro", "191 Millionen Euro",
                  "6 Millionen Euro", "1.650 Euro kalt"],
}

ALIASES = {
    "Axel Springer": ["Springer"],
    "OpenAI": [],
    "News Corp": [],
    "Wattle Lane": [],
    "Kranhöft Mediengruppe": ["Kranhöft"],
    "Sablewood AI": ["Sablewood"],
    "RTL Group": ["RTL Deutschland", "RTL"],
    "Lautwerk": [],
    "Trelleborn Compute": ["Trelleborn"],
    "Stourmere Ventures": [],
    "Skeppsbro Bank": [],
    "Brackhaven Press": ["Brackhaven"],
    "Polyglossa": [],
    "Bertelsmann": ["Bertelsmann Investments"],
    "Schibsted": ["Schibsted Media"],
    "Fjellrand Tale": ["Fjellrand"],
    "Vågsbotn Invest": [],
    "Sky Deutschland": ["Sky"],
    "Comcast": [],
    "MFE": ["MediaForEurope"],
    "PPF": [],
    "ProSiebenSat.1": ["ProSieben", "Joyn", "ProSiebenSat.1 Media SE"],
    "Google": ["Google Cloud"],
    "Microsoft": ["Azure", "Microsoft Azure"],
    "Universal Music": ["Universal Music Group", "UMG", "Universal Music Japan"],
    "Udio": [],
    "Tonspur Labs": ["Tonspur"],
    "Stability AI": [],
    "Downtown Music": [],
    "Cardwell Data": [],
    "Kotodama Voice": ["Kotodama"],
    "Sakura Internet": [],
    "Larkspur Sound": [],
    "Hörkante": [],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote {out} ({len(A)} articles, {n} deal mentions)")


if __name__ == "__main__":
    main()
