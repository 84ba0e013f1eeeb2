#!/usr/bin/env python3
"""The hand annotation of corpus37 as code: run it to write gold.json.

Usage: python3 tests/corpus37/make_gold.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the thirty-seventh, held-out test corpus (tests/corpus37/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. One entry per article; a deal that several articles report carries the "
    "same id in each. 'required': false marks vague, background or amount-less mentions that an extractor may "
    "report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as "
    "a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | "
    "up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same "
    "deal's amount as another article (or the same article) states it in another currency or at another "
    "precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against "
    "the article's publication date ('published', from the article's own date marker, dateline, <time datetime>, "
    "<meta name=date>, issue line or visible byline date, or null when the article has none); quarters, "
    "half-years and seasons become the year; a cancelled or completed deal keeps the date of the original "
    "agreement or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur in "
    "the visible text (check_corpus_gold.visible_text). Czech koruna figures occur only as not_deals (CZK is not "
    "in the allowed currency set; no deal is stated in CZK). Invented companies: Kłodnica Compute S.A., "
    "Wierzbowa Capital, Berounka Labs s.r.o., Ennsfeld Datacenter GmbH, Traunkraft AG, Tössmatt Kältetechnik AG, "
    "Bank Emmenau AG; invented publications, research houses, advertisers and people are named in README.md; "
    "the deals of real companies are partly real, partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Kłodnica Compute S.A.": ["Kłodnica Compute S.A.", "Kłodnica Compute", "Kłodnica", "Klodnica Compute", "Klodnica"],
    "Wierzbowa Capital": ["Wierzbowa Capital", "Wierzbowa"],
    "Miasto Gliwice": ["Miasto Gliwice", "Stadt Gliwice", "city of Gliwice", "Gliwice"],
    "Berounka Labs s.r.o.": ["Berounka Labs s.r.o.", "Berounka Labs", "Berounka"],
    "Credo Ventures": ["Credo Ventures", "Credo"],
    "IT4Innovations": ["IT4Innovations", "IT4I"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Microsoft Schweiz"],
    "Google": ["Google", "Alphabet"],
    "Ennsfeld Datacenter GmbH": ["Ennsfeld Datacenter GmbH", "Ennsfeld Datacenter", "Ennsfeld"],
    "Raiffeisenlandesbank Oberösterreich": ["Raiffeisenlandesbank Oberösterreich", "RLB OÖ", "Raiffeisenlandesbank OÖ"],
    "Tössmatt Kältetechnik AG": ["Tössmatt Kältetechnik AG", "Tössmatt Kältetechnik", "Tössmatt", "Toessmatt"],
    "Traunkraft AG": ["Traunkraft AG", "Traunkraft"],
    "Check Point": ["Check Point", "Check Point Software Technologies", "Check Point Software"],
    "Lakera": ["Lakera", "Lakera AI"],
    "Atomico": ["Atomico"],
    "ČEZ": ["ČEZ", "CEZ", "ČEZ Group"],
    "PKO Bank Polski": ["PKO Bank Polski", "PKO BP"],
    "Vertiv": ["Vertiv", "Vertiv Holdings"],
    "Bank Emmenau AG": ["Bank Emmenau AG", "Bank Emmenau"],
    "ElevenLabs": ["ElevenLabs", "Eleven Labs"],
    "Andreessen Horowitz": ["Andreessen Horowitz", "a16z"],
    "ICONIQ Growth": ["ICONIQ Growth", "ICONIQ"],
    "Swisscom": ["Swisscom", "Swisscom AG"],
    "Český rozhlas": ["Český rozhlas", "Tschechischer Rundfunk", "Tschechische Rundfunk", "Czech Radio"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


K, W, G, B = "Kłodnica Compute S.A.", "Wierzbowa Capital", "Miasto Gliwice", "Berounka Labs s.r.o."
E, T, TK, M = "Ennsfeld Datacenter GmbH", "Tössmatt Kältetechnik AG", "Traunkraft AG", "Microsoft"

A = {}

A["001_klodnica_ostkurs.txt"] = dict(
    published="2024-03-13",
    published_note="from the date line 'OSTKURS DIGITAL · Polen · Mittwoch, 13. März 2024'; 'am Montag' -> 2024-03-11",
    language="de",
    deals=[
        D("wierzbowa-klodnica-stake-2024", [W, K], "investment", 350_000_000, "PLN", "exact", "2024-03-11", "signed",
          "Der Warschauer Wachstumsfonds Wierzbowa Capital übernimmt eine Minderheitsbeteiligung von 30 Prozent und zahlt dafür 350 Mio. Złoty, wie beide Seiten am Montag mitteilten.",
          kind_alt=["acquisition"], alt_amounts=[{"amount": 81_000_000, "currency": "EUR"}],
          note="30% minority stake; EUR conversion in the next sentence ('etwa 81 Mio. Euro'); first deal of the Wierzbowa–Kłodnica pair (takeover 2026 in 017, 020)"),
        D("gliwice-klodnica-land-2024", [K, G], "acquisition", 84_000_000, "PLN", "exact", "2024-01", "signed",
          "Der Stadtrat billigte den Verkauf für 84 Mio. Złoty, mehr als die Kommune ursprünglich erwartet hatte.",
          kind_alt=["other"],
          note="land sale by the city; buyer and 'im Januar' in the previous sentence; different from the PLN 46m plot bought in 2025 (015)"),
        D("klodnica-capex-gliwice", [K], "capex_plan", 2_400_000_000, "PLN", "approx", "2024-03", "planned",
          "Insgesamt sollen in drei Bauabschnitten rund 2,4 Mrd. Złoty investiert werden, teilte Kłodnica-Chef Tomasz Wyrwich mit.",
          note="passive; campus in three phases; date = month of the report"),
    ],
    not_deals=["1,9 Mrd. Złoty", "120 Mio. Złoty", "1,1 Mrd. Euro", "46 Mio. Złoty", "149 Euro"],
)

A["002_berounka_vltava_en.txt"] = dict(
    published="2024-06-04",
    published_note="from the line 'Startups | June 4, 2024'; 'on Monday' -> 2024-06-03",
    language="en",
    deals=[
        D("credo-berounka-series-a", ["Credo Ventures", B], "investment", 38_000_000, "EUR", "exact", "2024-06-03", "signed",
          "Berounka Labs s.r.o., a Prague start-up that trains large language models on Czech and Slovak text, has raised €38 million of Series A funding, the company said on Monday.",
          note="lead investor Credo Ventures in the next sentence"),
        D("it4i-berounka-compute", ["IT4Innovations", B], "cloud_contract", None, None, None, None, "signed",
          "Berounka already trains on the Karolina supercomputer under a two-year research arrangement with IT4Innovations, the national supercomputing centre in Ostrava; the firm did not say what the arrangement is worth.",
          required=False, kind_alt=["other", "partnership"], note="amount-less research arrangement, no date -> optional"),
    ],
    not_deals=["€190 million", "CZK 1.6 billion", "CZK 38 million", "CZK 4,900", "€420 million"],
)

A["003_microsoft_poland_vistula_observer_en.html"] = dict(
    published="2025-02-14",
    published_note="from <meta article:published_time>, JSON-LD and <time datetime='2025-02-14'>; 'on Thursday' -> 2025-02-13",
    language="en",
    deals=[
        D("microsoft-poland-2025", [M], "capex_plan", 2_800_000_000, "PLN", "exact", "2025-02-13", "announced",
          "Microsoft is putting 2.8 billion zlotys ($700 million) into data centres and AI computing capacity across Poland by the end of June 2026, company president Brad Smith said in Warsaw on Thursday, standing next to Prime Minister Donald Tusk.",
          kind_alt=["investment"], term=[None, "2026-06"],
          alt_amounts=[{"amount": 700_000_000, "currency": "USD"}, {"amount": 670_000_000, "currency": "EUR"}],
          note="004 gives ~€670m; 015 restates the zloty figure"),
        D("microsoft-poland-2020", [M], "capex_plan", 1_000_000_000, "USD", "exact", "2020", "announced",
          "In 2020 Microsoft promised to spend $1 billion on its first Polish data-centre region, which opened in 2023.",
          required=False, kind_alt=["investment"], note="background comparison -> optional"),
        D("google-poland-mou", ["Google"], "partnership", None, None, None, "2025-02-13", "signed",
          "It put its name to a memorandum with the digital affairs ministry to work together on AI in energy and cybersecurity, but gave no figure for its contribution.",
          required=False, note="'It' = Google (previous sentence); amount-less memorandum -> optional"),
    ],
    not_deals=["186 billion zlotys", "3.9 billion zlotys", "4.17 zlotys", "$409.04", "€27 per square metre",
               "1,290 zlotys per semester", "29 zlotys a month"],
)

A["004_microsoft_polen_ostwirtschaft.txt"] = dict(
    published="2025-02-15",
    published_note="from the line 'Ostwirtschaft Aktuell | Samstag, 15. Februar 2025'; 'am Donnerstag' -> 2025-02-13",
    language="de",
    deals=[
        D("microsoft-poland-2025", [M], "capex_plan", 2_800_000_000, "PLN", "approx", "2025-02-13", "announced",
          "Warschau – Microsoft will bis Mitte 2026 rund 2,8 Mrd. Złoty (rund 670 Mio. Euro) in Rechenzentren und KI-Infrastruktur in Polen stecken.",
          kind_alt=["investment"], term=[None, "2026-06"], alt_amounts=[{"amount": 670_000_000, "currency": "EUR"}],
          note="same plan as 003; presentation 'am Donnerstag' in the next sentence"),
        D("microsoft-klodnica-lease", [M, K], "cloud_contract", 1_000_000_000, "USD", "up_to", "2025", "rumored",
          "Im Gespräch ist ein Mietvertrag über zehn Jahre im Wert von bis zu einer Milliarde Dollar.",
          kind_alt=["other"], alt_amounts=[{"amount": 860_000_000, "currency": "EUR"}],
          note="talks reported by the paper, parties in the previous sentence; amount in words; signed in December 2025 (015), €860m in 020; rumour carries only the year"),
    ],
    not_deals=["4 Mrd. Złoty", "5 Mrd. Złoty", "einer Billion Dollar", "100.000 Euro", "650 Złoty je Megawattstunde"],
)

A["005_microsoft_schweiz_limmattaler.txt"] = dict(
    published="2024-06-13",
    published_note="from the date line 'Donnerstag, 13. Juni 2024'; 'am Mittwoch' -> 2024-06-12",
    language="de",
    deals=[
        D("microsoft-switzerland-2024", [M], "capex_plan", 400_000_000, "USD", "exact", "2024-06-12", "announced",
          "Wie das Unternehmen am Mittwoch in Zürich bekanntgab, fliessen 400 Millionen Dollar, umgerechnet rund 360 Millionen Franken, in die Cloud-Infrastruktur in den Regionen Zürich und Genf.",
          kind_alt=["investment"], alt_amounts=[{"amount": 360_000_000, "currency": "CHF"}],
          note="also as compound '400-Millionen-Dollar-Investition' in the next sentence"),
        D("microsoft-switzerland-2019", [M], "capex_plan", None, None, None, "2019", "completed",
          "Die beiden Schweizer Cloud-Regionen hatte der Konzern 2019 eröffnet.",
          required=False, kind_alt=["project"], note="background, no amount ('keine Investitionssumme') -> optional"),
    ],
    not_deals=["38 Millionen Franken", "1,4 Milliarden Franken", "95'000 Franken"],
)

A["006_ennsfeld_danube_desk_en.txt"] = dict(
    published="2024-10-08",
    published_note="from the line 'Tuesday, 8 October 2024'; 'last Thursday' -> 2024-10-03",
    language="en",
    deals=[
        D("ennsfeld-capex-enns", [E], "capex_plan", 450_000_000, "EUR", "approx", "2024-10-03", "planned",
          "Ennsfeld Datacenter GmbH, a developer founded two years ago in the Upper Austrian town of Enns, said last Thursday it would spend about €450 million on a data-centre campus next to the Danube port.",
          note="restated in 007"),
        D("rlb-ooe-ennsfeld-loan", ["Raiffeisenlandesbank Oberösterreich", E], "investment", 300_000_000, "EUR", "up_to", "2024-10", "signed",
          "To fund the build, Raiffeisenlandesbank Oberösterreich has agreed to lend the company up to €300 million, managing director Katrin Hofstädter told The Danube Desk.",
          kind_alt=["other"], note="bank loan; 'the company' = Ennsfeld"),
        D("tossmatt-ennsfeld-2024", [T, E], "supply", 28_000_000, "EUR", "at_least", "2024-10", "signed",
          "Tössmatt Kältetechnik AG, a cooling specialist from Winterthur in Switzerland, will deliver liquid cooling and chillers worth more than €28 million.",
          note="buyer ('The developer') in the previous sentence; first of two Tössmatt–Ennsfeld orders (second €9.5m in 018)"),
    ],
    not_deals=["€210 per square metre", "€2 million per project", "€1.2 billion", "€1.1bn",
               "0.62: euros per kilowatt-hour", "€12 a month"],
)

A["007_traunkraft_ooe_wirtschaftsblick.txt"] = dict(
    published="2025-04-10",
    published_note="from the line 'OÖ Wirtschaftsblick · Energie · 10.04.2025'; 'am Dienstag' -> 2025-04-08",
    language="de",
    deals=[
        D("traunkraft-ennsfeld-ppa", [TK, E], "supply", 19_000_000, "EUR", "approx", "2025-04-08", "signed",
          "Ennsfeld zahlt dafür jährlich rund 19 Mio. Euro, wie Traunkraft-Vorstand Bernhard Aigelsreiter am Dienstag bei der Vertragsunterzeichnung in Linz sagte.",
          per="year", term=["2026", None],
          note="'Der Versorger' = Traunkraft (previous sentence: twelve years from 2026); different from the €65m JV of the same pair (014)"),
        D("ennsfeld-capex-enns", [E], "capex_plan", 450_000_000, "EUR", "exact", "2024", "planned",
          "Die im Herbst 2024 angekündigte Investition von 450 Mio. Euro in den Campus bleibt laut Geschäftsführerin Katrin Hofstädter unverändert; gebaut wird seit Februar.",
          note="restatement of 006; season -> year"),
    ],
    not_deals=["612 Mio. Euro", "58 Mio. Euro", "14 Mio. Euro", "900 Mio. Euro", "1,5 Mio. Euro", "13.900 Euro"],
)

A["008_lakera_checkpoint_helvetic_en.txt"] = dict(
    published="2025-09-17",
    published_note="from the line 'Wednesday, 17 September 2025, 07:40 CEST'; 'on Tuesday' -> 2025-09-16",
    language="en",
    deals=[
        D("checkpoint-lakera", ["Check Point", "Lakera"], "acquisition", 280_000_000, "USD", "range", "2025-09-16", "announced",
          "Two people familiar with the transaction put it at between $280 million and $320 million, including retention payments for staff.",
          amount_max=320_000_000, alt_amounts=[{"amount": 240_000_000, "currency": "CHF"}],
          note="price undisclosed officially; value from two sources, parties and 'on Tuesday' in the sentences before; completed per 019 (CHF 240m)"),
        D("atomico-lakera-series-a", ["Atomico", "Lakera"], "investment", 20_000_000, "USD", "exact", "2024-07", "signed",
          "The start-up raised $20 million in a Series A round led by London-based Atomico in July 2024.",
          note="earlier round, restated as background with amount and month"),
    ],
    not_deals=["$665 million", "$2.9 billion", "$207.80", "CHF 2.6 billion", "CHF 9 a month"],
)

A["009_berounka_klodnica_moldau_byte_en.txt"] = dict(
    published="2025-05-20",
    published_note="from the issue line 'Issue 88 | Tuesday, 20 May 2025'; 'on Monday' -> 2025-05-19",
    language="en",
    deals=[
        D("berounka-klodnica-2025", [B, K], "cloud_contract", 120_000_000, "EUR", "exact", "2025-05-19", "signed",
          "The four-year contract, signed on Monday, is worth €120 million, the two companies said.",
          term=["2026", "2030"], alt_amounts=[{"amount": 510_000_000, "currency": "PLN"}],
          note="parties in the previous sentence; capacity from early 2026 for four years (020: 'until 2030'); 010 gives ~PLN 510m; first of two Berounka–Kłodnica contracts (second in 020)"),
        D("berounka-series-b", [B], "investment", 100_000_000, "EUR", "approx", "2025-05", "rumored",
          "The start-up is in talks to raise around €100 million in a Series B round, three people familiar with the matter told The Moldau Byte.",
          note="sourced talks; investors not named; signed per the undated interview 016"),
        D("cez-berounka-partnership", ["ČEZ", B], "partnership", None, None, None, "2025-05", "announced",
          "Berounka and the Czech utility ČEZ also announced a partnership on AI tools for grid maintenance.",
          required=False, note="no financial terms -> optional"),
    ],
    not_deals=["€190 million", "CZK 74 million", "€4.1 billion", "€1.89 per hour", "€89 a year"],
)

A["010_klodnica_weichsel_boersenbrief.txt"] = dict(
    published="2025-05-21",
    published_note="only in the byline 'Von Katarzyna Lemańska | 21.05.2025, 08:05 Uhr'; 'am Montag' -> 2025-05-19",
    language="de",
    deals=[
        D("berounka-klodnica-2025", [B, K], "cloud_contract", 510_000_000, "PLN", "approx", "2025-05-19", "signed",
          "Das tschechische KI-Start-up Berounka Labs mietet vier Jahre lang Rechenkapazität für rund 510 Mio. Złoty.",
          note="same contract as 009 (€120m), here in zlotys; reported 'am Montag' (previous sentence)"),
        D("pko-klodnica-bond", [K, "PKO Bank Polski"], "investment", 400_000_000, "PLN", "exact", "2025-05", "completed",
          "Das Unternehmen platzierte eine fünfjährige Anleihe über 400 Mio. Złoty, den größten Teil zeichnete die PKO Bank Polski.",
          kind_alt=["other"], note="bond placement; 'Das Unternehmen' = Kłodnica; main subscriber PKO Bank Polski"),
    ],
    not_deals=["57,40 Złoty", "61 Mio. Złoty", "12 Mio. Złoty", "3 Mio. Złoty", "1,9 Mrd. Złoty", "68 Złoty", "131,80 USD"],
)

A["011_tossmatt_vertiv_paradeplatz_en.html"] = dict(
    published="2025-10-14",
    published_note="from <meta name='date'>, JSON-LD and the visible line '14 October 2025, 17:20'",
    language="en",
    deals=[
        D("vertiv-tossmatt", ["Vertiv", T], "acquisition", 400_000_000, "CHF", "up_to", "2025-10", "rumored",
          "The family-owned company could be valued at up to 400 million Swiss francs (about $500 million), one of them said.",
          alt_amounts=[{"amount": 500_000_000, "currency": "USD"}],
          note="sourced talks, parties in the previous sentence; 012 repeats them, 018 reports them failed (cancelled)"),
        D("emmenau-tossmatt-credit", ["Bank Emmenau AG", T], "investment", 60_000_000, "CHF", "exact", "2025-03", "signed",
          "Bank Emmenau AG, a regional lender from Burgdorf, granted it a CHF 60 million credit line to expand production, the bank said at the time.",
          kind_alt=["other"], note="'it' = Tössmatt; 'only in March' (previous sentence) -> 2025-03"),
    ],
    not_deals=["CHF 186 million", "$46 billion", "$121.35", "0.7965 francs", "CHF 38 billion", "CHF 250,000", "CHF 19 per month"],
)

A["012_tossmatt_toess_anzeiger.txt"] = dict(
    published="2025-10-15",
    published_note="from the line 'Töss-Anzeiger · Region Winterthur · Mittwoch, 15. Oktober 2025'",
    language="de",
    deals=[
        D("vertiv-tossmatt", ["Vertiv", T], "acquisition", 400_000_000, "CHF", "up_to", "2025-10", "rumored",
          "Im Raum steht ein Preis von bis zu 400 Millionen Franken.",
          note="same talks as 011; parties in the previous sentence"),
        D("tossmatt-capex-winterthur", [T], "capex_plan", 35_000_000, "CHF", "approx", "2025", "planned",
          "Erst im Frühling hatte Tössmatt angekündigt, rund 35 Millionen Franken in eine neue Fertigungshalle an der Ohrbühlstrasse zu investieren.",
          note="season -> year"),
    ],
    not_deals=["4 Millionen Franken", "24 Millionen Franken", "4800 Franken", "9900 Franken"],
)

A["013_elevenlabs_warsaw_seed_en.txt"] = dict(
    published="2025-01-31",
    published_note="from the line 'A weekly letter on Polish founders · Friday, 31 January 2025'; 'on Thursday' -> 2025-01-30",
    language="en",
    deals=[
        D("elevenlabs-series-c", ["Andreessen Horowitz", "ICONIQ Growth", "ElevenLabs"], "investment", 180_000_000, "USD", "exact", "2025-01-30", "signed",
          "ElevenLabs has closed a $180 million Series C, co-led by Andreessen Horowitz and ICONIQ Growth, the company said on Thursday.",
          note="valuation $3.3bn is a not_deal; different from the $80m Series B of 2024"),
        D("elevenlabs-series-b", ["Andreessen Horowitz", "ElevenLabs"], "investment", 80_000_000, "USD", "exact", "2024-01", "signed",
          "Exactly a year ago, Andreessen Horowitz co-led its $80 million Series B alongside former GitHub chief Nat Friedman and Daniel Gross, at a valuation of $1.1 billion.",
          note="'its' = ElevenLabs; 'exactly a year ago' -> 2024-01; must stay apart from the Series C"),
    ],
    not_deals=["$3.3 billion", "$1.1 billion", "$100 million", "€490 million", "PLN 1 billion", "PLN 38,000 a month", "PLN 99 a year"],
)

A["014_traunkraft_kremstaler_research.txt"] = dict(
    published="2025-11-12",
    published_note="from the header 'Traunkraft AG (Wiener Börse, Standard Market) · 12. November 2025'; 'vergangene Woche' -> 2025-11",
    language="de",
    deals=[
        D("traunkraft-ennsfeld-jv", [TK, E], "joint_venture", 65_000_000, "EUR", "exact", "2025-11", "signed",
          "Beide Partner halten je 50 Prozent; das Projekt kostet nach Unternehmensangaben 65 Mio. Euro und soll 2027 in Betrieb gehen.",
          kind_alt=["project"], note="50/50 substation JV founded 'vergangene Woche' (previous sentence, 3–7 Nov) -> month; must stay apart from the PPA"),
        D("traunkraft-ennsfeld-ppa", [TK, E], "supply", 19_000_000, "EUR", "approx", "2025-04", "signed",
          "Bereits im April hatte Traunkraft mit Ennsfeld einen zwölfjährigen Stromliefervertrag unterzeichnet, der dem Unternehmen rund 19 Mio. Euro pro Jahr bringt.",
          per="year", note="restatement of 007"),
    ],
    not_deals=["41,00 Euro", "44,00 Euro", "180 Mio. Euro", "150 Mio. Euro", "39,60 Euro", "1,3 Mrd. Euro"],
)

A["015_klodnica_microsoft_silesia_en.txt"] = dict(
    published="2025-12-11",
    published_note="from the line 'Thursday, 11 December 2025 · Companies'; 'on Wednesday' -> 2025-12-10; 'last month' -> 2025-11",
    language="en",
    deals=[
        D("microsoft-klodnica-lease", [M, K], "cloud_contract", 1_000_000_000, "USD", "approx", "2025-12-10", "signed",
          "The lease is worth about $1 billion over its life, chief executive Tomasz Wyrwich told analysts on a call.",
          kind_alt=["other"], note="ten-year lease of the second building, parties and 'on Wednesday' in the previous sentence; the 004 rumour signed"),
        D("microsoft-poland-2025", [M], "capex_plan", 2_800_000_000, "PLN", "exact", "2025-02", "announced",
          "The deal had been the subject of speculation since February, when the US group announced a 2.8 billion zloty investment programme in Poland.",
          kind_alt=["investment"], note="restatement of 003/004 with month only"),
        D("gliwice-klodnica-land-2025", [K, G], "acquisition", 46_000_000, "PLN", "exact", "2025-11", "signed",
          "It paid PLN 46 million for the 11-hectare site, according to a city council resolution.",
          kind_alt=["other"], note="'It' = Kłodnica, seller the city of Gliwice (previous sentence); second land sale of the pair (first PLN 84m, 001)"),
        D("klodnica-building2-cost", [K], "capex_plan", 900_000_000, "PLN", "approx", "2025-12", "planned",
          "Construction of that building will cost roughly PLN 900 million, the company estimates.",
          required=False, note="cost estimate of the leased building rather than an announced plan -> optional"),
    ],
    not_deals=["PLN 88.10", "PLN 2.9 billion", "PLN 95 million", "PLN 15 million"],
)

A["016_berounka_interview_ki_standort.txt"] = dict(
    published=None,
    published_note="no date anywhere in the article (only 'Lesedauer: 5 Minuten')",
    language="de",
    deals=[
        D("berounka-klodnica-2025", [B, K], "cloud_contract", 120_000_000, "EUR", "exact", None, "signed",
          "Unser Vertrag mit Kłodnica über 120 Millionen Euro sichert uns vier Jahre lang 2000 Beschleuniger.",
          note="restatement of 009/010; 'uns' = Berounka; undated interview"),
        D("berounka-series-b", [B], "investment", 100_000_000, "EUR", "approx", None, "signed",
          "Wir haben rund 100 Millionen Euro eingesammelt, die Verträge sind seit ein paar Tagen unterschrieben.",
          note="'Wir' = Berounka; the round rumoured in 009, now signed; investors not named; undated"),
        D("rozhlas-berounka-licence", ["Český rozhlas", B], "other", 2_500_000, "EUR", "exact", None, "signed",
          "Der Tschechische Rundfunk überlässt uns sein Audio- und Textarchiv seit 1990, dafür zahlen wir ihm 2,5 Millionen Euro pro Jahr.",
          per="year", kind_alt=["supply"], note="data licence; 'uns'/'wir' = Berounka; undated"),
    ],
    not_deals=["150.000 Kronen", "11,50 Euro"],
)

A["017_wierzbowa_klodnica_vistula_wire_en.txt"] = dict(
    published="2026-03-10",
    published_note="only in the dateline 'WARSAW, March 10, 2026 (Vistula Wire)'; 'on Tuesday' -> 2026-03-10",
    language="en",
    deals=[
        D("wierzbowa-klodnica-takeover-2026", [W, K], "acquisition", 1_100_000_000, "PLN", "exact", "2026-03-10", "signed",
          "WARSAW, March 10, 2026 (Vistula Wire) - Warsaw growth investor Wierzbowa Capital has agreed to buy a majority stake in Silesian data-centre developer Kłodnica Compute for PLN 1.1 billion (€255 million), the two companies said on Tuesday.",
          alt_amounts=[{"amount": 255_000_000, "currency": "EUR"}],
          note="majority stake (30% -> 74%); second deal of the Wierzbowa–Kłodnica pair; completed per 020"),
        D("wierzbowa-klodnica-stake-2024", [W, K], "investment", 350_000_000, "PLN", "exact", "2024-03", "signed",
          "The fund first invested in Kłodnica in March 2024, when it paid PLN 350 million for its minority stake.",
          kind_alt=["acquisition"], note="restatement of 001; 'The fund' = Wierzbowa"),
    ],
    not_deals=["PLN 93 per share", "PLN 97 million", "PLN 4.6 billion", "PLN 6 billion"],
)

A["018_ennsfeld_alpenland_woche.txt"] = dict(
    published="2026-06-12",
    published_note="from the issue line 'Ausgabe 24/2026 · Freitag, 12. Juni 2026'; 'Am Mittwoch' -> 2026-06-10",
    language="de",
    deals=[
        D("tossmatt-ennsfeld-2026", [T, E], "supply", 9_500_000, "EUR", "exact", "2026-06-10", "signed",
          "Die Winterthurer liefern für 9,5 Mio. Euro Kühltürme und Pumpen für eine zweite Halle.",
          note="'Die Winterthurer' = Tössmatt; order placed 'Am Mittwoch' (previous sentence); second order of the pair, must stay apart from the €28m 2024 order"),
        D("tossmatt-ennsfeld-2024", [T, E], "supply", None, None, None, "2024", "signed",
          "Bereits 2024 hatte Ennsfeld bei den Schweizern Kälteanlagen bestellt.",
          required=False, note="amount-less reference to the 2024 order (006) -> optional"),
        D("vertiv-tossmatt", ["Vertiv", T], "acquisition", 400_000_000, "CHF", "up_to", "2025-10", "cancelled",
          "Die im Oktober bekannt gewordenen Gespräche über eine Übernahme durch den US-Konzern Vertiv für bis zu 400 Mio. Franken sind gescheitert.",
          note="failed talks keep the date of the talks (October 2025)"),
    ],
    not_deals=["214 Mio. Franken", "300 Mio. Franken", "1,2 Mio. Euro", "92 Euro je Megawattstunde", "zehn Millionen Euro", "199 Euro im Monat"],
)

A["019_lakera_tossmatt_boersenstube.html"] = dict(
    published="2025-12-03",
    published_note="from <meta name='date'>, JSON-LD and the byline '03.12.2025, 07:45'",
    language="de",
    deals=[
        D("checkpoint-lakera", ["Check Point", "Lakera"], "acquisition", 240_000_000, "CHF", "approx", "2025-09", "completed",
          "Den im September vereinbarten Kaufpreis nennen die Beteiligten weiterhin nicht; Insider beziffern ihn auf rund 240 Millionen Franken.",
          note="closing 'am Dienstag' (2025-12-02) in the previous sentence; date kept at the September agreement; value from insiders"),
        D("swisscom-tossmatt", ["Swisscom", T], "supply", 18_000_000, "CHF", "approx", "2025-11", "signed",
          "Das Auftragsvolumen beträgt knapp 18 Millionen Franken, wie die Winterthurer mitteilten.",
          note="order placed 'Ende November' (previous sentence)"),
    ],
    not_deals=["571,50 Franken", "15 Milliarden Franken", "22 Franken je Aktie", "219,40 Dollar", "148'320 Franken", "14 Franken im Monat"],
)

A["020_cee_rack_report_en.txt"] = dict(
    published="2026-11-19",
    published_note="from the line 'Data centres from the Baltic to the Adriatic · November 19, 2026'; 'earlier this month' -> 2026-11",
    language="en",
    deals=[
        D("berounka-klodnica-2026", [B, K], "cloud_contract", 1_900_000, "EUR", "approx", "2026-11", "signed",
          "It will pay about €1.9 million a month for additional inference capacity over two years.",
          per="month", note="'It' = Berounka, parties in the previous sentence; second contract of the pair, must stay apart from the €120m 2025 contract"),
        D("berounka-klodnica-2025", [B, K], "cloud_contract", None, None, None, "2025-05", "signed",
          "The first contract, signed in May 2025, is still running until 2030.",
          required=False, note="amount-less reference to the 2025 contract -> optional"),
        D("wierzbowa-klodnica-takeover-2026", [W, K], "acquisition", 255_000_000, "EUR", "exact", "2026-03", "completed",
          "Wierzbowa Capital completed its takeover of Kłodnica in September; the majority stake it agreed to buy in March cost €255 million.",
          note="completed in September; date kept at the March agreement"),
        D("microsoft-klodnica-lease", [M, K], "cloud_contract", 860_000_000, "EUR", "approx", None, "signed",
          "Microsoft's ten-year lease on the second building, valued at about €860 million, starts in January.",
          term=["2027-01", None], note="restatement of 015 in euros; no signing date given"),
    ],
    not_deals=["CHF 250 per kW per month", "€7.8 billion", "€5.2 billion", "€690", "€1,200 a year"],
)

gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
(HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("wrote", HERE / "gold.json")
