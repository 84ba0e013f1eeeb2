#!/usr/bin/env python3
"""Write gold.json for corpus149 (the hand annotation as a script; edit here, then run).

Usage: python3 tests/corpus149/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 149th held-out test corpus (tests/corpus149/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: education companies, school publishers, edtech firms and "
    "school authorities buying AI (tutoring-AI rounds and takeovers, model licences, cloud contracts, "
    "state orders for AI learning platforms). One entry per article; a deal that several articles report "
    "carries the same id in each. 'required': false marks vague or background mentions that an extractor "
    "may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one "
    "of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is "
    "exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. "
    "'alt_amounts' gives the same deal's amount as another article (or the same article) states it in "
    "another currency or at another stage (rumour vs. signing). 'date' is when the deal was announced or "
    "agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', "
    "from the article's own date marker, dateline, <time datetime>, issue line or visible byline date, or "
    "null when the article has none); a cancelled deal keeps the date of the original plan or talks; "
    "'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable "
    "kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur in the "
    "visible text (check_corpus_gold.visible_text). Capital raises list the lead investor and the company; "
    "unit sales list buyer, seller and the unit; capex plans list only the spender. Invented companies: "
    "Heftrand KI, Merlengrund Capital, Tutorvane Learning, Ostrander Growth Partners, Sorrelpath, "
    "Slatebright, Gorsewick Ventures, Vidyaroot, Tessarine AI, Wolkenpult, Nimbusgrade, Griffelwerk, "
    "Rivelaine Capital, Kestrup Learning Group, Aulavia, Lautgarten; invented publications, research "
    "houses, advertisers and people are listed in invented_names.txt; the deals of real companies are "
    "partly loosely based on public reports, partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Heftrand KI": ["Heftrand KI", "Heftrand KI GmbH", "Heftrand"],
    "Merlengrund Capital": ["Merlengrund Capital", "Merlengrund"],
    "Klett": ["Klett", "Klett Gruppe", "Klett-Gruppe", "Ernst Klett"],
    "Tutorvane Learning": ["Tutorvane Learning", "Tutorvane"],
    "Ostrander Growth Partners": ["Ostrander Growth Partners", "Ostrander"],
    "Microsoft": ["Microsoft", "Microsoft Azure", "Azure"],
    "Chegg": ["Chegg", "Chegg Inc."],
    "Duolingo": ["Duolingo"],
    "OpenAI": ["OpenAI"],
    "Sorrelpath": ["Sorrelpath"],
    "Department for Education": ["Department for Education", "DfE"],
    "Slatebright": ["Slatebright"],
    "Gorsewick Ventures": ["Gorsewick Ventures", "Gorsewick"],
    "Vidyaroot": ["Vidyaroot"],
    "Google": ["Google", "Google Cloud", "Alphabet"],
    "Cornelsen": ["Cornelsen", "Cornelsen Verlag"],
    "Tessarine AI": ["Tessarine AI", "Tessarine"],
    "Westermann": ["Westermann", "Westermann Gruppe", "Westermann-Gruppe"],
    "Wolkenpult": ["Wolkenpult"],
    "Supermicro": ["Supermicro", "Super Micro Computer"],
    "Pearson": ["Pearson", "Pearson plc"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Nimbusgrade": ["Nimbusgrade"],
    "Griffelwerk": ["Griffelwerk", "Griffelwerk AG"],
    "Kanton Zürich": ["Kanton Zürich"],
    "Rivelaine Capital": ["Rivelaine Capital", "Rivelaine"],
    "Freistaat Bayern": ["Freistaat Bayern", "Bayern"],
    "Busuu": ["Busuu"],
    "Kestrup Learning Group": ["Kestrup Learning Group", "Kestrup"],
    "NSW Department of Education": ["NSW Department of Education"],
    "Victorian Department of Education": ["Victorian Department of Education", "Victoria's Department of Education"],
    "Anthropic": ["Anthropic"],
    "Coursera": ["Coursera"],
    "Udemy": ["Udemy"],
    "Lautgarten": ["Lautgarten"],
    "Land Niedersachsen": ["Land Niedersachsen", "Niedersachsen"],
    "Land Schleswig-Holstein": ["Land Schleswig-Holstein", "Schleswig-Holstein"],
    "Danske Bank": ["Danske Bank"],
    "Aulavia": ["Aulavia"],
}

LICENCE_ALT = ["supply", "other", "partnership"]
ORDER_ALT = ["other", "cloud_contract"]


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, alt=None, kind_alt=None, term=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
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


def N(id, parties, kind, date, status, evidence, required=True, kind_alt=None, note=None):
    """A deal mention without an amount."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=required,
             kind_alt=kind_alt, note=note)


ARTICLES = {}

ARTICLES["001_heftrand_merlengrund_muldeecho.txt"] = {
    "published": "2024-02-13",
    "published_note": "from the header 'GRIMMA · Dienstag, 13. Februar 2024'; 'am Montag' -> 2024-02-12",
    "language": "de",
    "deals": [
        D("merlengrund-heftrand-seed", ["Merlengrund Capital", "Heftrand KI"], "investment",
          4500000, "EUR", "exact", "2024-02-12", "completed",
          "Eine Seed-Finanzierung über 4,5 Millionen Euro ist abgeschlossen, das gab Heftrand am Montag bekannt.",
          note="round total; the lead investor ('Angeführt hat sie Merlengrund Capital') is in the next sentence"),
        D("klett-heftrand-2024", ["Klett", "Heftrand KI"], "investment",
          1000000, "EUR", "approx", "2024-02-12", "completed",
          "Der Stuttgarter Bildungskonzern Klett steuert knapp eine Million Euro zu der Runde bei und erhält dafür einen kleinen Minderheitsanteil.",
          kind_alt=["acquisition"],
          note="'knapp eine Million Euro' in words; Klett's part of the same round, first of the two Klett–Heftrand deals (the 2026 takeover is in 019); restated in 019"),
    ],
    "not_deals": ["rund 18 Millionen Euro", "120 Millionen Euro", "380.000 Euro", "9,90 Euro im Monat",
                  "58.000 Euro", "9 Euro je Quadratmeter", "24 Euro pro Stunde"],
}

ARTICLES["002_tutorvane_rubricledger_en.txt"] = {
    "published": "2024-04-18",
    "published_note": "from the issue line 'Issue 14 · Thursday 18 April 2024'; 'on Tuesday' -> 2024-04-16",
    "language": "en",
    "deals": [
        D("ostrander-tutorvane-seriesb", ["Ostrander Growth Partners", "Tutorvane Learning"], "investment",
          38000000, "USD", "exact", "2024-04-16", "completed",
          "Thirty-eight million dollars: that is the size of the Series B that Tutorvane Learning wrapped up on Tuesday.",
          note="amount in words before the company; lead investor in the next sentence ('Ostrander Growth Partners led it'); first of the two Ostrander–Tutorvane rounds (Series C in 012)"),
        D("tutorvane-microsoft-azure", ["Tutorvane Learning", "Microsoft"], "cloud_contract",
          12000000, "USD", "exact", "2024-04", "signed",
          "The company has signed a three-year commitment to run its tutoring models on Microsoft's Azure cloud, worth $12 million, Threlkeld said, adding that the deal gives it reserved GPU capacity during the exam season in May.",
          note="'The company' = Tutorvane; signing date not given -> month of the issue"),
        N("chegg-tutorvane-approach", ["Chegg", "Tutorvane Learning"], "acquisition", "2023", "rumored",
          "Chegg made an approach to Tutorvane about a takeover late last year, two people who heard about the conversation told us.",
          required=False,
          note="sourced rumour of an approach that went nowhere, no price; 'late last year' -> 2023"),
    ],
    "not_deals": ["$310 million", "$9 million", "$32bn", "$15 a month", "$2.4bn", "$199 per seat"],
}

ARTICLES["003_duolingo_openai_aktienpult.txt"] = {
    "published": "2024-06-11",
    "published_note": "from the stock-portal stamp '11.06.2024 | 08:47 Uhr'; 'am Montag' -> 2024-06-10; 'vergangene Woche' -> June 2024",
    "language": "de",
    "deals": [
        D("duolingo-openai-licence", ["Duolingo", "OpenAI"], "cloud_contract",
          45000000, "USD", "approx", "2024-06-10", "signed",
          "Duolingo hat mit OpenAI einen Lizenzvertrag über die Nutzung von dessen großen Sprachmodellen geschlossen, der den Konzern über drei Jahre rund 45 Millionen Dollar kosten soll.",
          kind_alt=LICENCE_ALT,
          note="model licence over three years; 'am Montag' in the next sentence; 'den Konzern' = Duolingo"),
        D("duolingo-sorrelpath", ["Duolingo", "Sorrelpath"], "acquisition",
          28000000, "USD", "exact", "2024-06", "completed",
          "Der Kaufpreis betrug 28 Millionen Dollar in bar; die 19 Beschäftigten wechseln komplett zu Duolingo.",
          note="buyer and target in the previous sentence ('schloss Duolingo die Übernahme von Sorrelpath ab'); 'vergangene Woche' -> month"),
    ],
    "not_deals": ["169,1 Millionen Dollar", "zwischen 725 und 738 Millionen Dollar", "240 Dollar",
                  "186,40 USD", "245,80 USD", "115,10 USD", "8,1 Mrd. USD", "0 Euro Gebühr", "500 Euro"],
}

ARTICLES["004_slatebright_dfe_irwellpost_en.txt"] = {
    "published": "2024-09-19",
    "published_note": "from the dateline 'MANCHESTER, Thursday 19 September 2024'; 'on Tuesday' -> 2024-09-17; 'Earlier this month' -> September 2024",
    "language": "en",
    "deals": [
        D("dfe-slatebright-trial", ["Department for Education", "Slatebright"], "supply",
          3200000, "GBP", "exact", "2024-09-17", "signed",
          "Slatebright, the Ancoats company whose software drafts written feedback on pupils' essays, has landed a £3.2 million contract from the Department for Education.",
          kind_alt=ORDER_ALT,
          note="public order for an AI marking tool; the date ('confirmed on Tuesday') is in the next sentence"),
        D("gorsewick-slatebright-seriesa", ["Gorsewick Ventures", "Slatebright"], "investment",
          11000000, "GBP", "exact", "2024-09", "completed",
          "Earlier this month Slatebright closed an £11 million Series A (about $14.5 million).",
          alt=[(14500000, "USD")],
          note="lead investor in the next sentence ('London investor Gorsewick Ventures led the round')"),
    ],
    "not_deals": ["£5 million", "£1.80 per pupil per year", "£1.3 million", "£85,000", "£31,600",
                  "£38 per square foot"],
}

ARTICLES["005_vidyaroot_ostrander_chalkline_en.html"] = {
    "published": "2024-10-22",
    "published_note": "from <meta article:published_time>, <time datetime> and the byline 'Oct 22, 2024, 09:10 IST'; 'on Monday' -> 2024-10-21; 'earlier this month' -> October 2024",
    "language": "en",
    "deals": [
        D("ostrander-vidyaroot", ["Ostrander Growth Partners", "Vidyaroot"], "investment",
          4200000000, "INR", "exact", "2024-10-21", "completed",
          "Vidyaroot, the Bengaluru company that teaches science and maths to secondary students in Kannada, Telugu and Marathi through a voice-first AI tutor, has raised ₹420 crore (about $50 million) in a round led by New York's Ostrander Growth Partners.",
          alt=[(50000000, "USD")],
          note="Indian scale word: ₹420 crore = INR 4.2 billion; 'announced the funding on Monday' in the next sentence"),
        D("vidyaroot-google-cloud", ["Vidyaroot", "Google"], "cloud_contract",
          850000000, "INR", "exact", "2024-10", "signed",
          "Vidyaroot has signed a five-year contract with Google Cloud worth ₹85 crore, under which it will rent GPU capacity in the Mumbai and Delhi regions and use Google's speech models as a fallback for dialects its own model handles poorly.",
          note="₹85 crore = INR 850 million; 'signed earlier this month' (next sentence) -> month"),
    ],
    "not_deals": ["₹2,900 crore", "₹310 crore", "₹1,499 a month", "₹45,100 crore", "₹18,000"],
}

ARTICLES["006_cornelsen_westermann_kreidestaub.txt"] = {
    "published": "2025-01-23",
    "published_note": "from the issue line 'Ausgabe 4/2025 · Donnerstag, 23. Januar 2025'; 'am Dienstag' -> 2025-01-21; 'Anfang der Woche' -> January 2025",
    "language": "de",
    "deals": [
        D("cornelsen-tessarine-licence", ["Cornelsen", "Tessarine AI"], "cloud_contract",
          20000000, "EUR", "approx", "2025", "rumored",
          "Im Gespräch sei ein Volumen von rund 20 Millionen Euro über vier Jahre, sagen zwei Personen aus dem Umfeld beider Unternehmen.",
          kind_alt=LICENCE_ALT, alt=[(22000000, "EUR")],
          note="rumoured licence, parties in the previous sentence ('Cornelsen verhandelt ... mit ... Tessarine AI'); 009 reports the signing at €22m on 2025-04-08 (alt_amounts); the year keeps the shared id's dates consistent"),
        D("westermann-wolkenpult-hosting", ["Westermann", "Wolkenpult"], "cloud_contract",
          3500000, "EUR", "approx", "2025-01-21", "signed",
          "Der Braunschweiger Verlag zahlt dafür jährlich rund 3,5 Millionen Euro, zunächst für fünf Jahre.",
          per="year", kind_alt=["other"],
          note="yearly rate for five years; 'Der Braunschweiger Verlag' = Westermann, 'dafür' = Wolkenpult's hosting (previous sentences, signed 'am Dienstag')"),
        D("wolkenpult-supermicro-servers", ["Wolkenpult", "Supermicro"], "supply",
          9000000, "EUR", "approx", "2025-01", "signed",
          "Damit die Kapazität reicht, hat das Unternehmen beim US-Hersteller Supermicro Server mit Grafikprozessoren für knapp neun Millionen Euro bestellt, wie Geschäftsführer Henrik Ostermeyer bestätigt.",
          note="'das Unternehmen' = Wolkenpult; amount in words ('knapp neun Millionen Euro'); GPU server order, no day given"),
        N("pearson-microsoft-partnership", ["Pearson", "Microsoft"], "partnership", "2025-01", "announced",
          "Pearson hat Anfang der Woche eine mehrjährige KI-Partnerschaft mit Microsoft angekündigt, bei der es um Lernwerkzeuge für Unternehmenskunden und um Zertifikate für KI-Kompetenzen geht.",
          required=False, note="background partnership without financial details"),
    ],
    "not_deals": ["Rund 610 Millionen Euro", "fünf Milliarden Euro", "89 Euro"],
}

ARTICLES["007_pearson_aws_tallowgate_en.txt"] = {
    "published": "2025-02-27",
    "published_note": "from the wire stamp 'February 27, 2025 | 07:05 GMT'; the dateline 'LONDON, Feb 26' makes 'on Wednesday' 2025-02-26; 'last month' -> January 2025",
    "language": "en",
    "deals": [
        D("pearson-aws-2025", ["Pearson", "Amazon"], "cloud_contract",
          240000000, "GBP", "approx", "2025-02-26", "signed",
          "Pearson has signed a cloud and AI contract running five years with Amazon Web Services worth about £240 million ($300 million), the education and assessment group said on Wednesday as it reported annual results.",
          alt=[(300000000, "USD")],
          note="first of the two Pearson–AWS deals; restated in USD in 015 next to the 2026 expansion"),
        D("pearson-nimbusgrade", ["Pearson", "Nimbusgrade"], "acquisition",
          95000000, "USD", "exact", "2025-01", "completed",
          "Pearson also said it had completed last month its purchase of Nimbusgrade, a Denver-based start-up whose language models score written answers in language exams, for $95 million in cash."),
    ],
    "not_deals": ["£3.57 billion", "£612 million", "£300 million", "24.0 pence", "1,268 pence", "£8.5 billion"],
}

ARTICLES["008_klett_griffelwerk_sihltal.txt"] = {
    "published": "2025-03-14",
    "published_note": "dateline without year 'Zürich, 14. März (sw)'; the year comes from the copyright line '© 2025 Sihltal Wirtschaft AG'; 'am Mittwoch' -> 2025-03-12; 'Im vergangenen Herbst' -> 2024",
    "language": "de",
    "deals": [
        D("klett-griffelwerk", ["Klett", "Griffelwerk"], "acquisition",
          34000000, "CHF", "exact", "2025-03-12", "signed",
          "Den Kaufvertrag haben die Parteien am Mittwoch unterzeichnet; der Preis liegt bei 34 Millionen Franken, umgerechnet rund 36 Millionen Euro, wie beide Seiten bestätigten.",
          alt=[(36000000, "EUR")],
          note="buyer and target in the previous sentence; competition authority still to approve"),
        D("zuerich-griffelwerk-licences", ["Kanton Zürich", "Griffelwerk"], "supply",
          2800000, "CHF", "exact", "2024", "signed",
          "Dieser Auftrag hat ein Volumen von 2,8 Millionen Franken über drei Jahre und bleibt von der Übernahme unberührt, wie die Bildungsdirektion auf Anfrage festhielt.",
          kind_alt=ORDER_ALT,
          note="'Dieser Auftrag' = the canton's licence order (previous sentence, 'Im vergangenen Herbst' -> 2024)"),
    ],
    "not_deals": ["12 Franken pro Schülerin und Schüler und Jahr", "4,1 Millionen Franken",
                  "7800 Franken im Monat", "62 Millionen Franken"],
}

ARTICLES["009_cornelsen_tessarine_tiergarten.txt"] = {
    "published": "2025-04-09",
    "published_note": "from the header 'Berlin · Mittwoch, 9. April 2025'; 'am Dienstag' -> 2025-04-08; 'im März' -> March 2025",
    "language": "de",
    "deals": [
        D("cornelsen-tessarine-licence", ["Cornelsen", "Tessarine AI"], "cloud_contract",
          22000000, "EUR", "exact", "2025-04-08", "signed",
          "Der 22-Millionen-Euro-Vertrag läuft vier Jahre und umfasst neben der Nutzung der Modelle auch deren Anpassung an Cornelsens Schulbuchtexte sowie einen Betrieb ausschließlich in Rechenzentren innerhalb der EU.",
          kind_alt=LICENCE_ALT,
          note="compound amount; parties and 'am Dienstag' in the previous sentences; signing of the rumour in 006 ('Drei Monate nach den ersten Meldungen')"),
        D("rivelaine-tessarine-round", ["Rivelaine Capital", "Tessarine AI"], "investment",
          60000000, "EUR", "exact", "2025-03", "completed",
          "Das 2023 gegründete Unternehmen mit rund 70 Beschäftigten hatte erst im März eine Finanzierungsrunde über 60 Millionen Euro abgeschlossen.",
          note="'Das ... Unternehmen' = Tessarine; lead investor in the next sentence ('Die Führung übernahm Rivelaine Capital')"),
    ],
    "not_deals": ["420 Millionen Euro", "4,50 Euro pro Schuljahr", "knapp 400 Millionen Euro"],
}

ARTICLES["010_bayern_heftrand_lechfeld.html"] = {
    "published": "2025-05-15",
    "published_note": "from <meta name=date> and the byline 'Augsburg · 15.05.2025, 06:40 Uhr'; 'am Mittwoch' -> 2025-05-14",
    "language": "de",
    "deals": [
        D("bayern-heftrand-gymnasien", ["Freistaat Bayern", "Heftrand KI"], "supply",
          7800000, "EUR", "approx", "2025-05-14", "signed",
          "Der Vertrag hat nach Angaben des Kultusministeriums ein Volumen von rund 7,8 Millionen Euro und läuft drei Jahre.",
          kind_alt=ORDER_ALT,
          note="parties and 'am Mittwoch' in the previous sentence; first of the two Bayern–Heftrand deals (the 2026 Realschulen contract is in 019)"),
        D("bayern-cornelsen-landeslizenz", ["Freistaat Bayern", "Cornelsen"], "supply",
          5000000, "EUR", "up_to", "2025-05", "negotiating",
          "Im Raum stehen nach Informationen unserer Redaktion bis zu fünf Millionen Euro; eine Einigung könnte bis zu den Sommerferien stehen.",
          kind_alt=ORDER_ALT,
          note="talks ('verhandelt das Ministerium mit Cornelsen', previous sentence); amount in words from the newsroom's own information"),
    ],
    "not_deals": ["rund 1,3 Milliarden Euro", "rund 12 Euro im Jahr", "8,99 € im Monat", "4,2 Millionen Euro",
                  "289 Euro"],
}

ARTICLES["011_chegg_busuu_callowaybirch_en.txt"] = {
    "published": "2025-08-04",
    "published_note": "from the header 'Equity Research | US Education Services | Monday, 4 August 2025'",
    "language": "en",
    "deals": [
        D("chegg-busuu-sale", ["Kestrup Learning Group", "Chegg", "Busuu"], "acquisition",
          110000000, "USD", "range", "2025", "rumored",
          "Press reports and our own conversations with people close to the process suggest Chegg is negotiating with Copenhagen-based Kestrup Learning Group over a price of between $110 million and $130 million for the unit.",
          amount_max=130000000, alt=[(118000000, "USD"), (760000000, "DKK")],
          note="sale of the Busuu unit, reported by the analyst from press reports and sources; 018 reports the agreement (November 2025) and completion at DKK 760m / $118m (alt_amounts); the year keeps the shared id's dates consistent"),
        D("chegg-busuu-2021", ["Chegg", "Busuu"], "acquisition",
          436000000, "USD", "exact", "2021", "completed",
          "Chegg paid $436 million for Busuu in 2021, so the implied loss is large, but management's priority is cash and focus, not vindication.",
          required=False, note="background: the original 2021 purchase"),
    ],
    "not_deals": ["$1.60", "$107 million", "$21 million", "$100 million a year", "$264 million",
                  "$359 million", "$1.24"],
}

ARTICLES["012_nsw_tutorvane_harbourline_en.txt"] = {
    "published": "2025-10-08",
    "published_note": "from the header 'Education | Wednesday, 8 October 2025'; 'on Tuesday' -> 2025-10-07; 'In July' -> July 2025; 'this year' -> 2025",
    "language": "en",
    "deals": [
        D("nsw-tutorvane", ["NSW Department of Education", "Tutorvane Learning"], "supply",
          18500000, "AUD", "exact", "2025-10-07", "signed",
          "The NSW Department of Education has signed a contract worth A$18.5 million over four years with Tutorvane Learning, the Texas company whose AI maths coach is designed to withhold answers until students have shown their working.",
          kind_alt=ORDER_ALT, note="'announced on Tuesday' in the next sentence"),
        D("ostrander-tutorvane-seriesc", ["Ostrander Growth Partners", "Tutorvane Learning"], "investment",
          110000000, "USD", "exact", "2025-07", "completed",
          "In July it raised a US$110m Series C, led by New York investor Ostrander Growth Partners.",
          note="'it' = Tutorvane; second Ostrander–Tutorvane round, different from the $38m Series B of 2024 (002)"),
        D("tutorvane-anthropic", ["Tutorvane Learning", "Anthropic"], "cloud_contract",
          20000000, "USD", "at_least", "2025", "signed",
          "The company agreed this year to pay Anthropic at least US$20 million over three years for access to its Claude models, which Tutorvane fine-tunes for maths explanations.",
          kind_alt=LICENCE_ALT, note="'The company' = Tutorvane; model access over three years"),
        D("victoria-tutorvane-talks", ["Victorian Department of Education", "Tutorvane Learning"], "supply",
          6000000, "AUD", "approx", "2025-10", "negotiating",
          "Tutorvane is also negotiating with Victoria's Department of Education over a smaller contract worth about A$6 million, two people briefed on the talks said.",
          kind_alt=ORDER_ALT, note="talks reported by sources"),
    ],
    "not_deals": ["US$1.2 billion", "A$24.6 billion", "A$9 per student per year", "A$122,000 a year",
                  "A$4 a week"],
}

ARTICLES["013_coursera_udemy_norlandwire_en.txt"] = {
    "published": "2025-12-17",
    "published_note": "from the wire stamp 'December 17, 2025 | 06:30 ET'; the dateline 'NEW YORK, Dec 16' makes 'on Tuesday' 2025-12-16",
    "language": "en",
    "deals": [
        D("coursera-udemy", ["Coursera", "Udemy"], "acquisition",
          1100000000, "USD", "approx", "2025-12-16", "signed",
          "Coursera agreed on Tuesday to buy rival online-course provider Udemy in a share-swap deal putting a value of about $1.1 billion on Udemy, the two companies said, combining two of the best-known names in online learning as generative AI changes how adults pick up new skills.",
          alt=[(940000000, "EUR")],
          note="all-stock takeover; 014 restates it in EUR with only the month"),
        D("coursera-udemy-break-fee", ["Udemy", "Coursera"], "other",
          45000000, "USD", "exact", "2025-12-16", "signed",
          "The merger agreement includes a $45 million termination fee payable by Udemy if it walks away in favour of another offer, according to a regulatory filing.",
          required=False, note="contingent break fee inside the merger agreement"),
    ],
    "not_deals": ["$1.5 billion", "$115 million a year", "$6.12", "$8.03", "$2.6 billion", "$720 million"],
}

ARTICLES["014_bildungsaktien_boersenmittag.txt"] = {
    "published": "2026-01-16",
    "published_note": "from the header 'Schlussbericht · Freitag, 16.01.2026 · 17:50 Uhr'; 'am Donnerstag' -> 2026-01-15; 'im Dezember' -> December 2025",
    "language": "de",
    "deals": [
        D("duolingo-lautgarten", ["Duolingo", "Lautgarten"], "acquisition",
          41000000, "USD", "exact", "2026-01-15", "signed",
          "Der Kaufvertrag über 41 Millionen Dollar wurde am Donnerstag unterzeichnet, teilte das Unternehmen mit; der Abschluss wird bis Ende März erwartet.",
          note="buyer and target in the previous sentence ('Duolingo übernimmt das Hamburger Start-up Lautgarten')"),
        D("pearson-google-talks", ["Pearson", "Google"], "cloud_contract",
          150000000, "GBP", "approx", "2026-01", "rumored",
          "Insidern zufolge geht es um rund 150 Millionen Pfund.",
          note="parties in the previous sentence (newspaper report that Pearson is negotiating with Google); sourced rumour"),
        D("coursera-udemy", ["Coursera", "Udemy"], "acquisition",
          940000000, "EUR", "approx", "2025-12", "signed",
          "Die im Dezember vereinbarte Übernahme durch Coursera, die den Kursanbieter mit rund 940 Millionen Euro bewertet, muss noch von den Kartellbehörden in den USA und der EU geprüft werden.",
          note="restatement of 013 in EUR with the month only; 'den Kursanbieter' = Udemy (previous sentence)"),
    ],
    "not_deals": ["171,30 Dollar", "11,42 Pfund", "12,80 Pfund", "5,94 Dollar", "0,97 Dollar",
                  "gut 100 Millionen Dollar", "rund 3,6 Milliarden Pfund", "25 Euro monatlich"],
}

ARTICLES["015_pearson_aws_quillfeather_en.html"] = {
    "published": "2026-03-03",
    "published_note": "from <meta article:published_time>, <time datetime> and the byline 'Mar 3, 2026 8:15 AM ET'; 'on Monday' -> 2026-03-02; 'last February' -> February 2025",
    "language": "en",
    "deals": [
        D("pearson-aws-genai-2026", ["Pearson", "Amazon"], "cloud_contract",
          75000000, "USD", "exact", "2026-03-02", "signed",
          "Pearson's American depositary receipts rose 4.1% to $15.42 in New York on Monday after the British education company reported full-year results and said it had expanded its agreement with Amazon Web Services, adding $75 million of generative-AI services over three years.",
          note="second Pearson–AWS deal (expansion), must stay apart from the 2025 contract in the next sentence; the share price in the same sentence is not a deal"),
        D("pearson-aws-2025", ["Pearson", "Amazon"], "cloud_contract",
          300000000, "USD", "exact", "2025-02", "signed",
          "The new tranche sits on top of the five-year, $300 million cloud contract the two companies signed last February, and covers model access, fine-tuning and the tutoring assistants that now ship with most of Pearson's US college textbooks, the company said on Monday.",
          note="restatement of 007 in USD with the month only"),
    ],
    "not_deals": ["$10.1B", "£3.66 billion", "£648 million", "25.2 pence a share", "£350 million", "$17",
                  "$15.50"],
}

ARTICLES["016_wochenrueckblick_schulhof.txt"] = {
    "published": "2026-04-24",
    "published_note": "from the issue line 'KW 17 · Freitag, 24. April 2026'; 'am Montag' -> 2026-04-20, 'am Mittwoch' -> 2026-04-22, 'am Donnerstag' -> 2026-04-23; 'Im Februar' -> February 2026",
    "language": "de",
    "deals": [
        D("cornelsen-tessarine-stake", ["Cornelsen", "Tessarine AI"], "acquisition",
          45000000, "EUR", "approx", "2026-04-20", "signed",
          "Aus dem Kunden wird ein Miteigentümer: Cornelsen übernimmt zwölf Prozent der Anteile an Tessarine AI und zahlt dafür rund 45 Millionen Euro.",
          kind_alt=["investment"],
          note="12 % stake, 'Vereinbart wurde der Einstieg am Montag' in the next sentence; second Cornelsen–Tessarine deal, must stay apart from the 2025 licence"),
        N("cornelsen-tessarine-licence", ["Cornelsen", "Tessarine AI"], "cloud_contract", "2025-04", "signed",
          "Die beiden Unternehmen arbeiten seit dem Lizenzvertrag vom April 2025 zusammen, über den Cornelsen die Pariser Sprachmodelle in seine digitalen Lehrwerke einbaut.",
          required=False, kind_alt=LICENCE_ALT, note="amount-less background mention of the 2025 licence (006, 009)"),
        D("westermann-cornelsen-jv", ["Westermann", "Cornelsen"], "joint_venture",
          18000000, "EUR", "exact", "2026-04-23", "announced",
          "Beide Häuser bringen zusammen 18 Millionen Euro ein und halten je die Hälfte, gaben sie am Donnerstag bekannt.",
          note="'Beide Häuser' = Cornelsen ('Der Berliner Verlag') and the Westermann Gruppe (previous sentence); joint contribution; cartel office still to approve"),
        D("niedersachsen-westermann-platform", ["Land Niedersachsen", "Westermann"], "supply",
          12000000, "EUR", "approx", "2026-04-22", "signed",
          "Das Land Niedersachsen bestellte bei dem Braunschweiger Konzern eine KI-Lernplattform für alle Grundschulen, Volumen knapp zwölf Millionen Euro über vier Jahre.",
          kind_alt=ORDER_ALT,
          note="'dem Braunschweiger Konzern' = Westermann; 'am Mittwoch' in the previous sentence; amount in words"),
        D("westermann-capex-2028", ["Westermann"], "capex_plan",
          150000000, "EUR", "approx", "2026-04-22", "planned",
          "Westermann will bis Ende 2028 rund 150 Millionen Euro in die Entwicklung solcher Angebote stecken, kündigte das Unternehmen bei der Gelegenheit an.",
          required=False, term=[None, "2028"], note="group-wide spending plan"),
        D("schleswig-holstein-slatebright", ["Land Schleswig-Holstein", "Slatebright"], "supply",
          4000000, "EUR", "up_to", "2026-02", "cancelled",
          "Im Februar hatte das Bildungsministerium den Kauf von Lizenzen im Wert von bis zu vier Millionen Euro angekündigt; nun verweist es auf offene Datenschutzfragen und die angespannte Haushaltslage.",
          kind_alt=ORDER_ALT,
          note="planned order stopped; parties in the previous sentence; keeps the date of the original announcement"),
    ],
    "not_deals": ["24,95 Euro", "3,2 Milliarden Euro", "29 Euro", "340 Euro"],
}

ARTICLES["017_heftrand_interview_ranzenpost.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesedauer: 8 Minuten')",
    "language": "de",
    "deals": [
        N("bayern-heftrand-gymnasien", ["Freistaat Bayern", "Heftrand KI"], "supply", None, "signed",
          "Herr Pflugbeil, der Freistaat Bayern hat Ihren Lernbegleiter für sämtliche staatlichen Gymnasien gekauft.",
          kind_alt=ORDER_ALT, note="restatement of 010 without amount in the interviewer's question; 'Ihren' = Heftrand's"),
        D("tutorvane-heftrand-offer", ["Tutorvane Learning", "Heftrand KI"], "acquisition",
          40000000, "USD", "approx", None, "cancelled",
          "Tutorvane wollte uns im vergangenen Herbst für rund 40 Millionen Dollar übernehmen.",
          note="refused offer ('dann kam das Nein'); 'uns' = Heftrand; 'im vergangenen Herbst' in an undated interview -> null"),
        D("heftrand-servers-capex", ["Heftrand KI"], "capex_plan",
          3000000, "EUR", "approx", None, "planned",
          "Bis Ende nächsten Jahres investieren wir ungefähr drei Millionen Euro in eigene Server in einem Nürnberger Rechenzentrum.",
          note="'wir' = Heftrand; amount in words; undated"),
    ],
    "not_deals": ["etwa einem Euro pro Schüler und Monat", "9,90 Euro", "2,4 Millionen Euro",
                  "65.000 Euro im Jahr", "449 Euro", "6,50 Euro", "34 Euro"],
}

ARTICLES["018_kestrup_busuu_kattegat_en.txt"] = {
    "published": "2026-06-09",
    "published_note": "from the header 'Tuesday 9 June 2026 · Updated 10:14 CEST'; completion 'on Monday' -> 2026-06-08, agreement 'in November' -> November 2025; 'last month' -> May 2026; 'In February' -> February 2026",
    "language": "en",
    "deals": [
        D("chegg-busuu-sale", ["Kestrup Learning Group", "Chegg", "Busuu"], "acquisition",
          760000000, "DKK", "exact", "2025-11", "completed",
          "Kestrup is paying DKK 760 million ($118 million) for the business, in cash, as agreed in November.",
          alt=[(118000000, "USD")],
          note="completed on 2026-06-08; the date is the agreement ('as agreed in November', 'seven months after') -> 2025-11; seller Chegg and unit Busuu in the previous sentence"),
        D("danske-kestrup-loan", ["Danske Bank", "Kestrup Learning Group"], "other",
          400000000, "DKK", "exact", "2026-05", "signed",
          "The purchase was financed partly with a DKK 400 million loan from Danske Bank, which Kestrup signed last month, and partly from cash on the balance sheet.",
          kind_alt=["investment"], note="five-year loan"),
        D("kestrup-aulavia-stake", ["Kestrup Learning Group", "Aulavia"], "acquisition",
          150000000, "SEK", "exact", "2026-02", "completed",
          "In February the company took a 30% stake in Aulavia, an Uppsala start-up whose AI tutor helps Swedish pupils with reading comprehension, for SEK 150 million.",
          kind_alt=["investment"], note="'the company' = Kestrup"),
    ],
    "not_deals": ["DKK 1.2 billion", "DKK 89 a month"],
}

ARTICLES["019_klett_heftrand_pleisseblatt.txt"] = {
    "published": "2026-07-16",
    "published_note": "from the header 'Leipzig · Donnerstag, 16. Juli 2026'; 'am Mittwoch' -> 2026-07-15; 'Im Juni' -> June 2026",
    "language": "de",
    "deals": [
        D("klett-heftrand-takeover", ["Klett", "Heftrand KI"], "acquisition",
          70000000, "EUR", "approx", "2026-07-15", "signed",
          "Den Vertrag unterzeichneten die Beteiligten am Mittwoch; Klett zahlt nach Angaben aus dem Unternehmensumfeld rund 70 Millionen Euro.",
          note="takeover of the remaining shares (previous sentence); second Klett–Heftrand deal, must stay apart from the 2024 participation restated in the next paragraph; cartel office still to approve"),
        D("klett-heftrand-2024", ["Klett", "Heftrand KI"], "investment",
          1000000, "EUR", "approx", "2024-02", "completed",
          "Klett, das sich bereits im Februar 2024 mit knapp einer Million Euro an der ersten Finanzierungsrunde beteiligt hatte, hielt zuletzt rund fünf Prozent.",
          kind_alt=["acquisition"], note="restatement of 001 in a relative clause"),
        D("bayern-heftrand-gymnasien", ["Freistaat Bayern", "Heftrand KI"], "supply",
          7800000, "EUR", "exact", "2025-05", "signed",
          "Den Großauftrag des Kultusministeriums vom Mai 2025 über 7,8 Millionen Euro für die staatlichen Gymnasien hat Heftrand seitdem ohne größere Pannen umgesetzt.",
          kind_alt=ORDER_ALT, note="restatement of 010; Freistaat Bayern named in the previous sentence"),
        D("bayern-heftrand-realschulen", ["Freistaat Bayern", "Heftrand KI"], "supply",
          2100000, "EUR", "exact", "2026-06", "signed",
          "Für die bayerischen Realschulen zahlt er Heftrand künftig jährlich 2,1 Millionen Euro, zunächst bis 2029.",
          per="year", kind_alt=ORDER_ALT, term=["2026", "2029"],
          note="'er' = der Freistaat ('Im Juni legte der Freistaat nach'); second Bayern–Heftrand deal, a yearly rate"),
        D("klett-capex-2029", ["Klett"], "capex_plan",
          250000000, "EUR", "approx", "2026-07", "planned",
          "Bis einschließlich 2029 sollen konzernweit rund 250 Millionen Euro in digitale und KI-gestützte Angebote fließen, kündigte Klett an.",
          required=False, term=[None, "2029"], note="group-wide spending plan"),
    ],
    "not_deals": ["gut 73 Millionen Euro", "knapp eine Milliarde Euro", "4,3 Millionen Euro",
                  "8,50 Euro je Quadratmeter", "149 Euro im Monat"],
}

ARTICLES["020_ludgate_summit_lecternlive_en.txt"] = {
    "published": "2026-11-11",
    "published_note": "from the header 'Wednesday 11 November 2026 · Live coverage'; entries by time; 'yesterday' -> 2026-11-10; 'last week' -> November 2026; 'last month' -> October 2026",
    "language": "en",
    "deals": [
        D("ostrander-aulavia-round", ["Ostrander Growth Partners", "Aulavia"], "investment",
          25000000, "USD", "exact", "2026-11-10", "completed",
          "Swedish reading tutor Aulavia has closed a $25 million growth round, its co-founder confirmed in the exhibition hall.",
          note="lead investor and 'completed yesterday' in the next sentence; Kestrup's amount-less participation is not a separate deal"),
        D("coursera-tutorvane-denied", ["Coursera", "Tutorvane Learning"], "acquisition",
          900000000, "USD", "approx", "2026-10", "rumored",
          "Update from the press desk: a Coursera spokesperson has flatly denied a report in a US trade newsletter that the company offered about $900 million for Tutorvane Learning last month.",
          required=False, note="denied rumour"),
        D("duolingo-google-cloud", ["Duolingo", "Google"], "cloud_contract",
          60000000, "USD", "at_least", "2026-11", "signed",
          "On the AI-infrastructure panel, a Google Cloud executive let slip a number that Duolingo had not yet published: the language app has committed to spend more than $60 million on Google Cloud over four years, mainly on computing for speech features.",
          note="'the language app' = Duolingo; 'signed last week' in the next sentence -> month"),
        D("pearson-slatebright", ["Pearson", "Slatebright"], "acquisition",
          48000000, "GBP", "exact", "2026-11-11", "signed",
          "Pearson has agreed to buy Slatebright, the Manchester company whose software drafts feedback on essays, for £48m, founder Aisha Pendlebury told the main stage a few minutes ago."),
    ],
    "not_deals": ["£180 million", "£45 million", "£495", "£640"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"gold.json written: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
