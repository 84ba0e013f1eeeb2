#!/usr/bin/env python3
"""Write gold.json for corpus100 (the hand annotation as a script).

Usage: python3 tests/corpus100/make_gold.py      (then run check_gold.py)
Edit the annotation here, never gold.json by hand. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the hundredth, held-out test corpus (tests/corpus100/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: custom AI silicon (Broadcom, Marvell, Google TPUs, MediaTek, Alchip, Arm, "
    "Qualcomm/Humain, Tenstorrent, Rapidus) and the money around it, 2024-2026. One entry per article; a deal "
    "that several articles report carries the same id in each. 'required': false marks amount-less, vague or "
    "background mentions that an extractor may report or not without penalty. 'not_deals' lists money figures "
    "that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units and in the "
    "currency the article states; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range. 'alt_amounts' gives the same deal's amount as another article (or the same article) "
    "states it in another currency or at another precision. 'date' is when the deal was announced or agreed "
    "(YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date line, dateline, byline, issue line or meta tag / JSON-LD, or null when the article has "
    "none); a cancelled deal keeps the date of the original agreement or talks; 'term' is the period the deal "
    "covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement "
    "call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). All companies are real; their deals follow public reports of 2023-2025 "
    "with details shifted or simplified where noted in README.md, and statements about 2026 are invented. "
    "Publications, analysts, advertisers and quoted people are invented. Nothing here is reporting."
)

ALIASES = {
    "SoftBank": ["SoftBank", "SoftBank Group"],
    "Tenstorrent": ["Tenstorrent"],
    "LSTC": ["LSTC", "Leading-edge Semiconductor Technology Center"],
    "Hyundai Motor Group": ["Hyundai Motor Group"],
    "Samsung Catalyst Fund": ["Samsung Catalyst Fund"],
    "Samsung Securities": ["Samsung Securities"],
    "Samsung Electronics": ["Samsung Electronics", "Samsung"],
    "AFW Partners": ["AFW Partners"],
    "Groq": ["Groq"],
    "BlackRock": ["BlackRock", "BlackRock Private Equity Partners"],
    "Tiger Global": ["Tiger Global"],
    "D1": ["D1"],
    "Graphcore": ["Graphcore"],
    "Amazon": ["Amazon", "Amazon.com", "Amazon Web Services", "AWS"],
    "Anthropic": ["Anthropic"],
    "Marvell": ["Marvell", "Marvell Technology"],
    "Broadcom": ["Broadcom"],
    "VMware": ["VMware"],
    "Apple": ["Apple"],
    "OpenAI": ["OpenAI"],
    "Oracle": ["Oracle"],
    "MGX": ["MGX"],
    "Google": ["Google", "Googles", "Alphabet", "Google Cloud"],
    "Microsoft": ["Microsoft"],
    "Meta": ["Meta", "Meta Platforms"],
    "Ampere Computing": ["Ampere Computing", "Ampere"],
    "Arm": ["Arm"],
    "Nvidia": ["Nvidia", "Nvidias"],
    "Infineon": ["Infineon", "Infineon Technologies"],
    "MediaTek": ["MediaTek"],
    "Alchip": ["Alchip", "Alchip Technologies"],
    "AMD": ["AMD"],
    "Humain": ["Humain"],
    "Qualcomm": ["Qualcomm"],
    "Saudi Arabia": ["Saudi-Arabien"],
    "Alphawave": ["Alphawave", "Alphawave IP Group"],
    "Tesla": ["Tesla"],
    "Fluidstack": ["Fluidstack"],
    "TeraWulf": ["TeraWulf"],
    "ICONIQ": ["ICONIQ"],
    "Alibaba": ["Alibaba"],
    "DreamBig": ["DreamBig", "DreamBig Semiconductor"],
    "Celestial AI": ["Celestial AI"],
    "Rapidus": ["Rapidus"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, required, evidence,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
    for k in ("kind_alt", "term", "per", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


B = 1_000_000_000
M = 1_000_000

ARTICLES = {}

ARTICLES["001_izanagi_scribe_line_en.txt"] = A(
    "2024-02-29", "from the issue line 'No. 9 · Thursday, 29 February 2024'; 'on Tuesday' -> 2024-02-27; "
    "'earlier this month' -> 2024-02; 'last August' -> 2023-08", "en",
    [
        D("softbank-izanagi-2024", ["SoftBank"], "other", 100 * B, "USD", "up_to", "2024-02", "rumored", True,
          "SoftBank's founder is trying to assemble as much as $100 billion for an AI processor venture that insiders call Izanagi, according to reports that surfaced earlier this month, citing people briefed on Son's thinking.",
          kind_alt=["investment", "joint_venture", "project"],
          note="rumoured fundraising for a chip venture, 'as much as' -> up_to; SoftBank's own ~$30bn share (next sentence) is part of it, not a deal"),
        D("tenstorrent-lstc-2024", ["Tenstorrent", "LSTC"], "partnership", None, None, None, "2024-02-27", "signed", False,
          "Tenstorrent said on Tuesday that Japan's Leading-edge Semiconductor Technology Center, better known as LSTC, will license its RISC-V processor and AI chiplet designs for an edge accelerator that Rapidus is meant to manufacture on its 2-nanometre line.",
          kind_alt=["supply", "other"], note="licence deal without a price ('Financial terms were kept private'): optional"),
        D("tenstorrent-convertible-2023", ["Tenstorrent", "Hyundai Motor Group", "Samsung Catalyst Fund"], "investment",
          100 * M, "USD", "exact", "2023-08", "completed", False,
          "The Toronto chip designer run by Jim Keller took in $100 million last August through a convertible note in which Samsung Catalyst Fund and Hyundai Motor Group took the lead.",
          note="background: an earlier round; 'The Toronto chip designer' = Tenstorrent; optional"),
    ],
    ["around $30 billion", "past $140 billion", "about ¥920 billion of state subsidies", "near ¥5 trillion",
     "$22.1 billion", "$2 trillion", "$149", "$229", "$499 each"])

ARTICLES["002_groq_graphcore_waferkurs.txt"] = A(
    "2024-08-06", "from the header 'WAFERKURS · Chipwerte kompakt · 06.08.2024 · 07:52 Uhr'; 'am Montag' -> "
    "2024-08-05; 'Mitte Juli' -> 2024-07", "de",
    [
        D("groq-seriesd-2024", ["Groq", "BlackRock"], "investment", 640 * M, "USD", "exact", "2024-08-05", "completed", True,
          "Der Inferenzspezialist Groq hat eine Finanzierungsrunde der Serie D über 640 Millionen US-Dollar abgeschlossen, umgerechnet etwa 585 Millionen Euro.",
          alt_amounts=[{"amount": 585 * M, "currency": "EUR"}],
          note="lead investor (BlackRock Private Equity Partners) in the next sentence; the day from 'am Montag' in the previous sentence"),
        D("groq-seriesc-2021", ["Groq", "Tiger Global", "D1"], "investment", 300 * M, "USD", "exact", "2021", "completed", False,
          "Zuletzt hatte sich das Unternehmen 2021 in einer von Tiger Global und D1 angeführten Serie C 300 Millionen Dollar besorgt.",
          note="background: earlier round; 'das Unternehmen' = Groq; optional"),
        D("softbank-graphcore-2024", ["SoftBank", "Graphcore"], "acquisition", None, None, None, "2024-07", "announced", False,
          "Schon Mitte Juli hatte SoftBank die Übernahme des britischen Chipentwicklers Graphcore aus Bristol verkündet.",
          note="no price ('Zum Kaufpreis schwiegen beide Seiten'): optional"),
    ],
    ["2,8 Milliarden Dollar", "knapp 700 Millionen Dollar", "2,8-Milliarden-Dollar-Firma", "100,45 Dollar",
     "einen Umsatz im niedrigen dreistelligen Millionen-Dollar-Bereich", "1,00 Euro pro Order", "25 Euro Startguthaben"])

ARTICLES["003_amazon_anthropic_bollard_en.txt"] = A(
    "2024-11-22", "from the line 'November 22, 2024 · 6:12 PM ET' and the dateline 'SEATTLE/SAN FRANCISCO, Nov 22'; "
    "'on Friday' -> 2024-11-22; 'last month' -> 2024-10", "en",
    [
        D("amazon-anthropic-2024", ["Amazon", "Anthropic"], "investment", 4 * B, "USD", "exact", "2024-11-22", "signed", True,
          "Amazon.com has committed an additional $4 billion to Anthropic, the online retailer and the AI lab announced on Friday, a move that hands Amazon's home-grown AI processors their best-known customer yet.",
          note="the $8bn total and the earlier $4bn in two tranches are cumulative figures, not deals"),
        D("amazon-capex-2024", ["Amazon"], "capex_plan", 75 * B, "USD", "approx", "2024-10", "announced", True,
          "Last month its finance team put the 2024 capex bill at about $75 billion, mostly for AWS data centres and servers, and signalled a further rise next year.",
          term=["2024", "2024"], note="'Its' = Amazon (previous sentence); stated capex plan for the year"),
    ],
    ["$8 billion", "provided $4 billion in two tranches", "about $2 billion", "roughly $18 billion",
     "several billion dollars annually", "$197.12", "approaching $1 billion"])

ARTICLES["004_tenstorrent_marvell_mittelland.txt"] = A(
    "2024-12-04", "from the dateline 'Toronto/Santa Clara, 4. Dezember 2024'; 'am Montag' -> 2024-12-02; "
    "'Tags darauf' (the day after Monday) -> 2024-12-03", "de",
    [
        D("tenstorrent-seriesd-2024", ["Tenstorrent", "AFW Partners", "Samsung Securities"], "investment", 693 * M, "USD",
          "approx", "2024-12-02", "completed", True,
          "Tenstorrent aus Toronto, geführt vom Branchenveteranen Jim Keller, hat am Montag den Abschluss einer Serie-D-Finanzierung von rund 693 Millionen US-Dollar bekanntgegeben.",
          alt_amounts=[{"amount": 660 * M, "currency": "EUR"}, {"amount": 970 * M, "currency": "CAD"}],
          note="co-leads AFW Partners and Samsung Securities two sentences later; EUR and CAD in the next sentence; 005 and 017 repeat it as 'nearly $700 million'"),
        D("marvell-aws-2024", ["Marvell", "Amazon"], "supply", None, None, None, "2024-12-03", "signed", False,
          "Der US-Halbleiterkonzern hat mit Amazon Web Services einen Fünfjahresvertrag geschlossen, der mehrere Produktgenerationen umfasst.",
          kind_alt=["partnership"],
          note="'Der US-Halbleiterkonzern' = Marvell (previous sentence); no sum ('Eine Summe nannten die Partner nicht'): optional"),
    ],
    ["ungefähr 2,6 Milliarden Dollar", "gut 1,5 Milliarden Dollar", "etwa 1,8 Milliarden Dollar",
     "ein Programm über 40 Millionen Euro", "1.299 Euro"])

ARTICLES["005_broadcom_trillion_strikeprice_en.html"] = A(
    "2024-12-13", "no visible date; from <meta name=article:published_time> and JSON-LD datePublished "
    "2024-12-13T17:05:00-05:00; 'Earlier this month' -> 2024-12; 'on Wednesday' -> 2024-12-11", "en",
    [
        D("tenstorrent-seriesd-2024", ["Tenstorrent", "AFW Partners", "Samsung Securities"], "investment", 700 * M, "USD",
          "approx", "2024-12", "completed", True,
          "Earlier this month Tenstorrent, the Toronto start-up, raised nearly $700 million in a round co-led by AFW Partners and Samsung Securities, while Marvell, which reported last week, struck a five-year supply pact with Amazon Web Services that covers parts for its Trainium chips.",
          note="same round as 004 (rounded: 'nearly $700 million'); month only"),
        D("marvell-aws-2024", ["Marvell", "Amazon"], "supply", None, None, None, "2024-12", "signed", False,
          "Earlier this month Tenstorrent, the Toronto start-up, raised nearly $700 million in a round co-led by AFW Partners and Samsung Securities, while Marvell, which reported last week, struck a five-year supply pact with Amazon Web Services that covers parts for its Trainium chips.",
          kind_alt=["partnership"], note="same agreement as 004, no amount: optional; in the same sentence as the Tenstorrent round"),
        D("broadcom-vmware-2022", ["Broadcom", "VMware"], "acquisition", 61 * B, "USD", "approx", "2022-05", "completed", False,
          "The results still bear the imprint of VMware, the software maker Broadcom agreed to buy in May 2022 in a transaction then valued at roughly $61 billion.",
          note="background deal: optional"),
        D("apple-broadcom-baltra", ["Apple", "Broadcom"], "partnership", None, None, None, "2024-12-11", "rumored", False,
          "Separately, a technology news site reported on Wednesday that Apple is developing an AI server processor with Broadcom under the code name Baltra.",
          kind_alt=["supply"], note="report without amount, not confirmed: optional"),
    ],
    ["past $1 trillion", "$1 trillion", "$12.2 billion", "$60 billion to $90 billion", "about $14.6 billion",
     "$250 from $195", "$224.80", "$114.60", "$134.25", "$0.65 per contract"])

ARTICLES["006_stargate_rheinmarkt.txt"] = A(
    "2025-01-23", "from the date line 'Donnerstag, 23. Januar 2025'; 'am Dienstag' -> 2025-01-21; 'Einen Tag "
    "später' -> 2025-01-22; 'Anfang Januar' -> 2025-01", "de",
    [
        D("stargate-2025", ["OpenAI", "SoftBank", "Oracle", "MGX"], "joint_venture", 500 * B, "USD", "up_to", "2025-01-21",
          "announced", True,
          "Dort stellten OpenAI, SoftBank und Oracle gemeinsam mit dem Abu Dhabier Staatsinvestor MGX ein Gemeinschaftsunternehmen namens Stargate vor, das über vier Jahre hinweg bis zu 500 Milliarden Dollar (gut 480 Milliarden Euro) für amerikanische Rechenzentren mobilisieren soll.",
          alt_amounts=[{"amount": 480 * B, "currency": "EUR"}], kind_alt=["capex_plan", "project"],
          term=["2025", "2029"],
          note="day from 'am Dienstag' in the previous sentence; the $100bn available at once is part of it, not a deal"),
        D("google-anthropic-2025", ["Google", "Anthropic"], "investment", 1 * B, "USD", "exact", "2025-01-22", "signed", True,
          "Einen Tag später wurde bekannt, dass Google seinem Beteiligungsunternehmen Anthropic eine weitere Milliarde Dollar zugesagt hat.",
          note="amount in words ('eine weitere Milliarde Dollar'); different from the Google-Anthropic TPU deal of 2025-10 (015, 018)"),
        D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01", "announced", True,
          "Im laufenden Geschäftsjahr, das im Juni endet, will der Softwarekonzern rund 80 Milliarden Dollar aufwenden, um Rechenzentren für KI hochzuziehen; über 50 Prozent der Summe fließen in die USA.",
          term=["2024-07", "2025-06"],
          note="'der Softwarekonzern' = Microsoft, 'Anfang Januar' in the previous sentence"),
    ],
    ["100 Milliarden Dollar", "etwa 60 Milliarden Dollar", "acht Milliarden Dollar", "rund fünf Milliarden Euro",
     "390 Euro"])

ARTICLES["007_capex_season_dieshrink_en.txt"] = A(
    "2025-02-07", "from the byline 'Posted 7 February 2025'; 'on Tuesday' -> 2025-02-04; 'on Thursday evening' -> "
    "2025-02-06; 'in late January' and 'in the first days of January' -> 2025-01", "en",
    [
        D("alphabet-capex-2025-feb", ["Google"], "capex_plan", 75 * B, "USD", "approx", "2025-02-04", "announced", True,
          "Google's parent now expects capital expenditures of roughly $75 billion in 2025, against the $58 billion or so analysts had pencilled in and $52.5 billion actually spent last year.",
          term=["2025", "2025"],
          note="'Google's parent' = Alphabet; day from 'on Tuesday' (previous sentence); the later, raised 2025 guidance of $91-93bn (016) is kept apart"),
        D("amazon-capex-2025", ["Amazon"], "capex_plan", 100 * B, "USD", "approx", "2025-02-06", "announced", True,
          "Andy Jassy told analysts the company will spend roughly $100 billion on capex this year, mostly for AWS, and his CFO described fourth-quarter outlays of $26.3 billion as a reasonable guide to the yearly pace.",
          term=["2025", "2025"], note="'the company' = Amazon; the $26.3bn quarter is past spending"),
        D("meta-capex-2025-jan", ["Meta"], "capex_plan", 60 * B, "USD", "range", "2025-01", "announced", True,
          "Add Meta, whose late-January guidance calls for $60bn-$65bn of capex this year, and the $80 billion Microsoft announced in the first days of January for its fiscal year, and the four biggest buyers will together put down well over $300 billion.",
          amount_max=65 * B, term=["2025", "2025"],
          note="different from Meta's later $66-72bn guidance (013)"),
        D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80 * B, "USD", "exact", "2025-01", "announced", True,
          "Add Meta, whose late-January guidance calls for $60bn-$65bn of capex this year, and the $80 billion Microsoft announced in the first days of January for its fiscal year, and the four biggest buyers will together put down well over $300 billion.",
          note="same plan as 006"),
    ],
    ["close to $600 billion", "the $58 billion or so", "$52.5 billion", "$26.3 billion",
     "well over $300 billion", "$60 billion-plus market", "$12 billion", "$28.8 billion", "$8 per month",
     "$80 if you pay yearly", "$180"])

ARTICLES["008_softbank_ampere_loetpunkt.txt"] = A(
    "2025-03-20", "from the issue line 'Lötpunkt Digest | Nr. 61 | Donnerstag, 20.03.2025'; 'am Mittwochabend' -> "
    "2025-03-19; 'aus dem Januar' -> 2025-01; 'Mitte Februar' -> 2025-02", "de",
    [
        D("softbank-ampere-2025", ["SoftBank", "Ampere Computing"], "acquisition", 6.5 * B, "USD", "exact", "2025-03-19",
          "signed", True,
          "Für 6,5 Milliarden Dollar in bar geht der US-Prozessorentwickler Ampere Computing an die SoftBank Group, umgerechnet knapp sechs Milliarden Euro.",
          alt_amounts=[{"amount": 6 * B, "currency": "EUR"}],
          note="day from 'am Mittwochabend' in the next sentence; 016 reports the completion"),
        D("arm-ampere-talks-2025", ["Arm", "Ampere Computing"], "acquisition", None, None, None, "2025-01", "cancelled", False,
          "Pikant: Nach Berichten aus dem Januar hatte Arm selbst einen Kauf von Ampere erwogen, die Idee aber wieder fallen lassen.",
          note="dropped idea without amount: optional"),
        D("arm-meta-chip-2025", ["Arm", "Meta"], "supply", None, None, None, "2025-02", "rumored", False,
          "Erster Abnehmer soll Meta werden, berichtete die Financial Times Mitte Februar – ohne Angaben zum Auftragswert.",
          note="report without value: optional"),
        D("nvidia-arm-2020", ["Nvidia", "Arm"], "acquisition", 40 * B, "USD", "exact", "2020-09", "cancelled", False,
          "Groß gedacht hat man bei Arm schon früher: Nvidias 40-Milliarden-Dollar-Angebot für das Unternehmen, im September 2020 vereinbart, platzte Anfang 2022 am Widerstand der Kartellbehörden.",
          note="background: failed takeover, keeps the date of the agreement; compound '40-Milliarden-Dollar-Angebot'; optional"),
    ],
    ["etwa acht Milliarden Dollar", "mehreren hundert Millionen Dollar", "gut 120 Dollar", "um 130 Milliarden Dollar",
     "rund 210.000 Dollar im Jahr", "800 Milliarden Yen", "9,90 Euro im Monat", "99 Euro", "349 Euro"])

ARTICLES["009_infineon_mediatek_tamsui_en.txt"] = A(
    "2025-04-08", "from the line 'Tue, Apr 08, 2025 · 10:05 (Taipei)'; 'on Monday' -> 2025-04-07; 'last month' -> 2025-03",
    "en",
    [
        D("infineon-marvell-auto-ethernet", ["Infineon", "Marvell"], "acquisition", 2.5 * B, "USD", "exact", "2025-04-07",
          "signed", True,
          "Germany's Infineon Technologies agreed on Monday to buy Marvell Technology's automotive Ethernet business for US$2.5 billion in cash, handing the US company money to pour into the custom data-centre processors that now drive most of its growth.",
          note="purchase of a business unit"),
        D("mediatek-google-tpu", ["MediaTek", "Google"], "partnership", None, None, None, "2025-03", "rumored", False,
          "MediaTek will help Google develop the next generation of its tensor processing units, a US technology publication reported last month, citing people familiar with the plan.",
          kind_alt=["supply"], note="report without value ('no contract value has been reported'): optional"),
        D("alchip-amazon-trainium3", ["Alchip", "Amazon"], "supply", None, None, None, None, "rumored", False,
          "Alchip Technologies, the Taipei design-services house, is widely believed to be handling a share of the design for Amazon's Trainium 3, although the company declines to name customers.",
          kind_alt=["partnership"], note="unconfirmed design work, no amount, no date: optional"),
    ],
    ["US$225 million to US$250 million", "NT$1,085", "NT$2,310", "NT$88 billion", "US$30 billion business",
     "roughly NT$153 billion"])

ARTICLES["010_humain_riad_weserland.txt"] = A(
    "2025-05-14", "from the dateline 'Riad, 14. Mai 2025.'; 'am Dienstag' -> 2025-05-13; the other agreements of the "
    "visit -> 2025-05; 'im Februar' -> 2025-02", "de",
    [
        D("amd-humain-2025", ["AMD", "Humain"], "partnership", 10 * B, "USD", "exact", "2025-05-13", "announced", True,
          "Mit AMD vereinbarte Humain am Dienstag eine Zusammenarbeit im Umfang von zehn Milliarden Dollar, umgerechnet rund 37,5 Milliarden Riyal.",
          kind_alt=["joint_venture", "supply", "project"], alt_amounts=[{"amount": 37.5 * B, "currency": "SAR"}],
          term=["2025", "2030"], note="amount in words; five years and 500 MW in the next sentence"),
        D("aws-humain-ai-zone", ["Amazon", "Humain"], "project", 5 * B, "USD", "at_least", "2025-05", "planned", True,
          "Über fünf Milliarden Dollar, so der Plan, stecken Amazon Web Services und Humain zusammen in eine „AI Zone“ im Königreich.",
          kind_alt=["joint_venture", "investment", "capex_plan"], note="'Über' -> at_least"),
        D("nvidia-humain-gb300", ["Nvidia", "Humain"], "supply", None, None, None, "2025-05", "signed", False,
          "Nvidia wiederum liefert für die erste Ausbaustufe 18.000 Grafikprozessoren vom Typ GB300, zu welchem Preis, blieb offen.",
          note="no price: optional"),
        D("qualcomm-humain-mou-2025", ["Qualcomm", "Humain"], "partnership", None, None, None, "2025-05", "signed", False,
          "Auch Qualcomm unterschrieb eine Absichtserklärung mit Humain, es geht um Rechenzentrums-CPUs und KI-Chips für Inferenz.",
          note="memorandum of understanding without amount: optional; different from the 200 MW order of 2025-10 (015, 020)"),
        D("saudi-groq-2025", ["Saudi Arabia", "Groq"], "other", 1.5 * B, "USD", "exact", "2025-02", "announced", True,
          "Bereits im Februar sagte das Königreich dem kalifornischen Chip-Start-up Groq 1,5 Milliarden Dollar zu, mit denen es seine Inferenz-Rechenzentren erweitern soll.",
          kind_alt=["investment", "supply"], note="'das Königreich' = Saudi-Arabien; a commitment to a company, not a budget"),
    ],
    ["rund 925 Milliarden Dollar", "gut 60 Dollar je Barrel", "zehn bis zwölf Millionen Dollar je Megawatt",
     "129,93 Dollar"])

ARTICLES["011_qualcomm_alphawave_orderbuch.html"] = A(
    "2025-06-10", "from the visible line '10.06.2025, 08:15 Uhr' (also <meta name=date> and JSON-LD); 'am Montag' -> "
    "2025-06-09; 'Im Mai' -> 2025-05", "de",
    [
        D("qualcomm-alphawave-2025", ["Qualcomm", "Alphawave"], "acquisition", 2.4 * B, "USD", "approx", "2025-06-09",
          "signed", True,
          "Insgesamt bewerten die Amerikaner das Unternehmen mit rund 2,4 Milliarden Dollar, etwa 2,1 Milliarden Euro.",
          alt_amounts=[{"amount": 2.1 * B, "currency": "EUR"}],
          note="takeover value worded as a valuation; 'die Amerikaner' = Qualcomm, 'das Unternehmen' = Alphawave; agreement 'am Montag' two sentences earlier; the 183 pence per share is a price"),
        D("qualcomm-humain-mou-2025", ["Qualcomm", "Humain"], "partnership", None, None, None, "2025-05", "signed", False,
          "Im Mai hatte der Konzern bereits eine Absichtserklärung mit der saudischen KI-Firma Humain über Rechenzentrumschips unterzeichnet; Summen wurden dabei nicht genannt.",
          note="same MoU as 010; 'der Konzern' = Qualcomm; optional"),
    ],
    ["183 Pence je Aktie", "1,82 Pfund", "rund 320 Millionen Dollar", "knapp elf Milliarden Dollar", "134,12 €",
     "1,8250 £", "2,99 € im Monat", "Depot ab 0 Euro", "25 Euro monatlich"])

ARTICLES["012_samsung_tesla_hanbit_en.txt"] = A(
    "2025-07-29", "from the line 'Published 2025.07.29 07:40'; 'on Monday' -> 2025-07-28; 'in 2024' -> 2024", "en",
    [
        D("samsung-tesla-2025", ["Samsung Electronics", "Tesla"], "supply", 22.8e12, "KRW", "exact", "2025-07-28", "signed", True,
          "Tesla will have its future AI chips built by Samsung Electronics under a 22.8 trillion won deal (roughly $16.5 billion), handing the Korean group's loss-making foundry the marquee customer it has chased for years.",
          alt_amounts=[{"amount": 16.5 * B, "currency": "USD"}], term=["2025-07-24", "2033-12-31"],
          note="disclosed in 'A Monday disclosure to the Korea Exchange' (next sentence) without the buyer's name; Tesla named the same evening"),
        D("samsung-texas-2024", ["Samsung Electronics"], "capex_plan", 37 * B, "USD", "at_least", "2024", "announced", False,
          "The Taylor plant belongs to a 2024 commitment to spend more than $37 billion in the state by 2030, and it had been waiting for customers; Washington promised Samsung up to $4.745 billion in CHIPS Act subsidies for the site.",
          term=["2024", "2030"], note="background investment pledge: optional; the CHIPS Act subsidy is not a deal"),
    ],
    ["300.9 trillion won", "70,400 won", "above 2 trillion won", "up to $4.745 billion",
     "3 trillion to 4 trillion won a year"])

ARTICLES["013_meta_google_saalticker.txt"] = A(
    "2025-08-22", "from the header 'Freitag, 22. August 2025'; 'am Donnerstagabend' -> 2025-08-21; 'Anfang der Woche' "
    "-> 2025-08 (week of 18 August); 'Ende Juli', 'Anfang Juli' -> 2025-07", "de",
    [
        D("google-fluidstack-backstop-2025", ["Google", "Fluidstack", "TeraWulf"], "other", 3.2 * B, "USD", "up_to", "2025-08",
          "signed", True,
          "Für Mietverpflichtungen, die Fluidstack gegenüber dem Rechenzentrumsbetreiber TeraWulf eingegangen ist, steht Google jetzt mit maximal 3,2 Milliarden Dollar ein und erhält dafür Optionsscheine auf rund 14 Prozent der TeraWulf-Aktien.",
          kind_alt=["investment"], note="a guarantee (backstop) for lease obligations in exchange for warrants; 'Anfang der Woche' in the previous sentence"),
        D("oracle-openai-fy28", ["Oracle", "OpenAI"], "cloud_contract", 30 * B, "USD", "at_least", "2025-07", "signed", True,
          "Rückenwind liefert weiter der Anfang Juli bekannt gewordene Cloud-Vertrag mit OpenAI: Ab dem Geschäftsjahr 2028 soll der ChatGPT-Entwickler dem Datenbankkonzern mehr als 30 Milliarden Dollar jährlich zahlen.",
          per="year", term=["2027-06", None],
          note="a yearly rate ('jährlich'); 'der Datenbankkonzern' = Oracle (previous sentence), 'der ChatGPT-Entwickler' = OpenAI; Oracle's fiscal 2028 starts in June 2027"),
        D("meta-capex-2025-jul", ["Meta"], "capex_plan", 66 * B, "USD", "range", "2025-07", "announced", True,
          "Zur Einordnung: Der Facebook-Konzern hatte Ende Juli angekündigt, 2025 zwischen 66 und 72 Milliarden Dollar in Sachanlagen zu investieren, und für 2026 ein weiteres deutliches Plus in Aussicht gestellt.",
          amount_max=72 * B, term=["2025", "2025"],
          note="'Der Facebook-Konzern' = Meta; different from the January guidance of $60-65bn (007)"),
        D("meta-google-cloud-2025", ["Meta", "Google"], "cloud_contract", 10 * B, "USD", "at_least", "2025-08-21", "signed", True,
          "Großauftrag für Googles Cloud: Meta hat Insidern zufolge mit Google Cloud einen Vertrag im Volumen von über zehn Milliarden Dollar unterzeichnet, das berichtete ein US-Techportal am Donnerstagabend.",
          note="reported by insiders, not confirmed; six years (next sentence); different from the TPU talks of 2025-11 (016, 019)"),
    ],
    ["642 Euro", "rund 46 Milliarden Dollar", "sonst 29 Euro", "je 240 Euro"])

ARTICLES["014_broadcom_mystery_order_meridian_en.txt"] = A(
    "2025-09-05", "from the line 'September 5, 2025 / 7:02 AM EDT' (dateline 'Sept 4'); 'on Thursday' -> 2025-09-04; "
    "'on Tuesday' -> 2025-09-02; 'in February' -> 2025-02", "en",
    [
        D("broadcom-xpu-order-unnamed", ["Broadcom"], "supply", 10 * B, "USD", "at_least", "2025-09-04", "signed", False,
          "Broadcom said on Thursday that a fourth customer for its custom AI accelerators had placed production orders worth more than $10 billion, sending its shares up about 5% in extended trade and easing worries that the chipmaker relies too heavily on Google.",
          note="the buyer is not named here (media pointed to OpenAI, wrongly); 018 reveals it as Anthropic (id broadcom-anthropic-10bn); optional because this article names no counterparty"),
        D("anthropic-seriesf-2025", ["Anthropic", "ICONIQ"], "investment", 13 * B, "USD", "exact", "2025-09-02", "completed", True,
          "Anthropic on Tuesday said it had closed a $13 billion Series F round led by ICONIQ, valuing the Claude maker at $183 billion after the money.",
          note="the $183bn valuation is not a deal"),
        D("alibaba-capex-2025", ["Alibaba"], "capex_plan", 380 * B, "CNY", "at_least", "2025-02", "announced", True,
          "In China, Alibaba is also pushing its own chips, and in February pledged to spend more than 380 billion yuan ($53 billion) on cloud and AI infrastructure over three years.",
          alt_amounts=[{"amount": 53 * B, "currency": "USD"}], note="three-year spending plan"),
    ],
    ["$15.95 billion", "$5.2 billion", "$6.2 billion", "roughly $5.8 billion", "$183 billion", "above $5 billion",
     "$385", "$306.10", "about $1.44 trillion"])

ARTICLES["015_qualcomm_ai200_gatter_takt.txt"] = A(
    "2025-10-28", "from the issue line 'Ausgabe 43/2025 · 28.10.2025'; 'Am Montag' -> 2025-10-27; 'vergangenen "
    "Donnerstag' -> 2025-10-23; 'Mitte des Monats' -> 2025-10; 'im Juni', 'im Mai' -> 2025-06, 2025-05", "de",
    [
        D("qualcomm-humain-200mw", ["Qualcomm", "Humain"], "supply", None, None, None, "2025-10-27", "announced", False,
          "Als ersten Großkunden präsentierte Qualcomm Humain: Die saudische KI-Firma will ab dem kommenden Jahr Systeme mit zusammen 200 Megawatt Leistung in Betrieb nehmen.",
          note="no price ('Was Humain dafür zahlt, blieb offen'): optional; different from the May MoU (010, 011)"),
        D("qualcomm-alphawave-2025", ["Qualcomm", "Alphawave"], "acquisition", 2.1 * B, "EUR", "approx", "2025-06", "signed", True,
          "Zugleich treibt Qualcomm die im Juni vereinbarte Übernahme von Alphawave für umgerechnet rund 2,1 Milliarden Euro voran; der Vollzug ist bis spätestens Anfang 2026 geplant.",
          note="same deal as 011, here only in EUR ('umgerechnet rund 2,1 Milliarden Euro'); month only"),
        D("amd-humain-2025", ["AMD", "Humain"], "partnership", 10 * B, "USD", "exact", "2025-05", "announced", True,
          "Humain, im Mai gestartet, hatte sich damals von AMD eine Zusammenarbeit über zehn Milliarden Dollar zusichern lassen.",
          kind_alt=["joint_venture", "supply", "project"], note="same deal as 010; month only"),
        D("openai-broadcom-10gw", ["OpenAI", "Broadcom"], "supply", None, None, None, "2025-10", "announced", False,
          "OpenAI und Broadcom vereinbarten Mitte des Monats, gemeinsam Beschleuniger mit zusammen zehn Gigawatt zu entwickeln und ab der zweiten Jahreshälfte 2026 bis Ende 2029 zu installieren.",
          kind_alt=["partnership"], term=["2026-07", "2029-12"],
          note="no price; the analysts' 350-500bn is an estimate, not the deal's amount: optional"),
        D("google-anthropic-tpu-2025", ["Google", "Anthropic"], "cloud_contract", None, None, None, "2025-10-23", "signed", False,
          "Anthropic sicherte sich vergangenen Donnerstag bis zu eine Million TPUs von Google.",
          kind_alt=["supply"],
          note="value only as 'mehreren zehn Milliarden Dollar' (no figure): optional; different from Google's $1bn investment (006)"),
    ],
    ["350 bis 500 Milliarden Dollar", "etwa 1,7 Billionen Dollar", "79 Euro", "bis 95.000 Euro"])

ARTICLES["016_meta_tpu_arm_substrate_en.html"] = A(
    "2025-11-27", "from the visible byline 'Cassia Thornbury · 27 November 2025' (also meta pubdate and JSON-LD); "
    "'on Monday' -> 2025-11-24; 'Last month' -> 2025-10; 'earlier this month' -> 2025-11; 'in March' -> 2025-03", "en",
    [
        D("meta-google-tpu-talks", ["Meta", "Google"], "supply", None, None, None, "2025-11-24", "negotiating", False,
          "Meta Platforms is in talks to use TPUs in its own data centres from 2027 and could rent them through Google Cloud as early as next year, according to a report published on Monday.",
          kind_alt=["cloud_contract"],
          note="talks worth 'billions of dollars' (no figure): optional; different from the >$10bn cloud contract of August (same article)"),
        D("meta-google-cloud-2025", ["Meta", "Google"], "cloud_contract", 10 * B, "USD", "at_least", "2025-08", "signed", True,
          "The two companies already do business: in August, Meta signed a six-year cloud contract worth more than $10 billion with Google.",
          note="same contract as 013; month only"),
        D("alphabet-capex-2025-oct", ["Google"], "capex_plan", 91 * B, "USD", "range", "2025-10", "announced", True,
          "Last month Alphabet told investors it now expects 2025 capex of $91 billion to $93 billion and said spending would climb steeply once more in 2026.",
          amount_max=93 * B, term=["2025", "2025"],
          note="raised guidance; kept apart from the February guidance of ~$75bn (007)"),
        D("arm-dreambig-2025", ["Arm", "DreamBig"], "acquisition", 265 * M, "USD", "exact", "2025-11", "signed", True,
          "Elsewhere, Arm said earlier this month it will acquire DreamBig Semiconductor, a developer of networking chiplets, for $265 million, a small step in its move toward complete chips.",
          note="agreed, closing expected by March 2026 (aside)"),
        D("softbank-ampere-2025", ["SoftBank", "Ampere Computing"], "acquisition", 6.5 * B, "USD", "exact", "2025-03",
          "completed", True,
          "Its parent SoftBank said this week it had completed the $6.5 billion purchase of Ampere Computing it agreed in March.",
          note="same deal as 008, now completed; date = the agreement ('it agreed in March')"),
    ],
    ["near $3.9 trillion", "$155 billion", "$2.10 per GPU-hour", "$12 monthly", "$120 annually"])

ARTICLES["017_rapidus_fernost_chipbrief.txt"] = A(
    "2025-12-01", "from the issue line 'Ausgabe vom 01.12.2025'; 'von vergangener Woche' -> 2025-11; 'im Februar 2024', "
    "'im Dezember 2024' as stated", "de",
    [
        D("rapidus-private-2025", ["Rapidus"], "investment", 100 * B, "JPY", "at_least", "2025-11", "rumored", True,
          "Nach einem Bericht der Wirtschaftszeitung Nikkei von vergangener Woche wollen mehr als 20 japanische Konzerne, darunter die Gründungsaktionäre Toyota, Sony, NTT und SoftBank, dem Auftragsfertiger bis zum Ende des Geschäftsjahres im März zusammen über 100 Milliarden Yen an neuem Eigenkapital zuführen.",
          alt_amounts=[{"amount": 550 * M, "currency": "EUR"}],
          note="'dem Auftragsfertiger' = Rapidus; no lead investor, so only Rapidus is listed; EUR in the next sentence; report, not confirmed"),
        D("tenstorrent-lstc-2024", ["Tenstorrent", "LSTC"], "partnership", None, None, None, "2024-02", "signed", False,
          "Erste Kunden für den 2-Nanometer-Prozess kommen aus dem Ausland: Schon im Februar 2024 hatte das staatliche Forschungszentrum LSTC den kanadischen Chipentwickler Tenstorrent als Partner für einen KI-Beschleuniger verpflichtet, der bei Rapidus gefertigt werden soll.",
          kind_alt=["supply", "other"], note="same agreement as 001; no amount: optional"),
        D("tenstorrent-seriesd-2024", ["Tenstorrent", "AFW Partners", "Samsung Securities"], "investment", 700 * M, "USD",
          "approx", "2024-12", "completed", True,
          "Tenstorrent selbst hatte im Dezember 2024 in einer von AFW Partners und Samsung Securities angeführten Runde knapp 700 Millionen Dollar eingesammelt.",
          note="same round as 004"),
    ],
    ["rund 1,72 Billionen Yen", "bis zu 802,5 Milliarden Yen", "etwa fünf Billionen Yen", "bis zu 15 Millionen Yen im Jahr",
     "etwa 180 Yen", "11 Milliarden US-Dollar", "480 Euro"])

ARTICLES["018_broadcom_anthropic_clocktree_en.txt"] = A(
    "2025-12-12", "from the byline 'By Graham Pellowe · Dec 12, 2025 · 6:10 AM PT'; 'Thursday's earnings call' -> "
    "2025-12-11; 'in September' -> 2025-09; 'October' -> 2025-10; 'on Dec. 2' -> 2025-12-02", "en",
    [
        D("broadcom-anthropic-10bn", ["Broadcom", "Anthropic"], "supply", 10 * B, "USD", "exact", "2025-09", "signed", True,
          "On Thursday's earnings call, Hock Tan said the $10 billion of orders Broadcom announced in September without a name came from Anthropic, not OpenAI as much of the market had assumed.",
          note="order disclosed in September without a name (014), buyer named on 2025-12-11; different from the $11bn follow-on order"),
        D("broadcom-anthropic-11bn", ["Broadcom", "Anthropic"], "supply", 11 * B, "USD", "exact", "2025-12-11", "signed", True,
          "More striking, the Claude developer booked another $11 billion of racks during the quarter that ended in early November.",
          note="'the Claude developer' = Anthropic; placed in the fiscal quarter to early November, disclosed on the call on Thursday 2025-12-11"),
        D("broadcom-fifth-customer-1bn", ["Broadcom"], "supply", 1 * B, "USD", "exact", "2025-12-11", "signed", False,
          "Tan added that a fifth custom-accelerator customer had placed an order worth $1 billion.",
          note="buyer not named: optional"),
        D("google-anthropic-tpu-2025", ["Google", "Anthropic"], "cloud_contract", None, None, None, "2025-10", "signed", False,
          "That month Anthropic locked in up to a million TPUs, an arrangement Google and the lab priced in the tens of billions, and OpenAI committed to 10 gigawatts of Broadcom-built accelerators, with the first racks going in during the latter half of 2026.",
          kind_alt=["supply"], note="'That month' = October (previous sentence); same deal as 015; no figure: optional"),
        D("openai-broadcom-10gw", ["OpenAI", "Broadcom"], "supply", None, None, None, "2025-10", "signed", False,
          "That month Anthropic locked in up to a million TPUs, an arrangement Google and the lab priced in the tens of billions, and OpenAI committed to 10 gigawatts of Broadcom-built accelerators, with the first racks going in during the latter half of 2026.",
          kind_alt=["partnership"], note="same deal as 015; no amount: optional"),
        D("marvell-celestial-2025", ["Marvell", "Celestial AI"], "acquisition", 3.25 * B, "USD", "exact", "2025-12-02", "signed", True,
          "Rival Marvell made its own move on Dec. 2, when it agreed to acquire Celestial AI, a developer of photonic links between chips, paying $3.25 billion upfront in cash and shares and as much as $5.5 billion if sales targets are met.",
          alt_amounts=[{"amount": 5.5 * B, "currency": "USD"}, {"amount": 2.8 * B, "currency": "EUR"},
                       {"amount": 4.7 * B, "currency": "EUR"}],
          note="upfront price; the $5.5bn including earn-outs is an alt_amount; EUR figures as stated in 019"),
    ],
    ["$18.02 billion", "AI semiconductor revenue $6.5 billion", "$8.2 billion", "$73 billion", "$430 from $460",
     "$21 billion", "$4,800"])

ARTICLES["019_interview_asic_rechenwerk.txt"] = A(
    None, "the page has no date at all (only 'Folge 27 · Lesezeit: 6 Minuten'); all deal dates null", "de",
    [
        D("broadcom-anthropic-10bn", ["Broadcom", "Anthropic"], "supply", 10 * B, "USD", "exact", None, "signed", True,
          "Frau Solvang, Anthropic hat bei Broadcom erst für zehn Milliarden Dollar Rechner-Racks bestellt und dann noch einmal elf Milliarden nachgelegt.",
          note="both orders in one question; amount in words"),
        D("broadcom-anthropic-11bn", ["Broadcom", "Anthropic"], "supply", 11 * B, "USD", "exact", None, "signed", True,
          "Frau Solvang, Anthropic hat bei Broadcom erst für zehn Milliarden Dollar Rechner-Racks bestellt und dann noch einmal elf Milliarden nachgelegt.",
          note="'elf Milliarden' without currency here, 'elf Milliarden Dollar' in the answer; different from the $10bn order"),
        D("marvell-celestial-2025", ["Marvell", "Celestial AI"], "acquisition", 2.8 * B, "EUR", "approx", None, "signed", True,
          "Dass Marvell rund 2,8 Milliarden Euro für Celestial AI auf den Tisch legt, mit Nachzahlungen bis zu 4,7 Milliarden, ist eine Wette auf optische Verbindungen.",
          alt_amounts=[{"amount": 4.7 * B, "currency": "EUR"}],
          note="same deal as 018, here only in EUR ('rund 2,8 Milliarden Euro', up to 4.7bn with earn-outs)"),
        D("mediatek-google-tpu", ["MediaTek", "Google"], "partnership", None, None, None, None, "rumored", False,
          "In Taiwan arbeitet MediaTek nach allem, was man hört, an einer TPU-Generation für Google mit, und Alchip soll Teile des Trainium-Designs für Amazon übernommen haben.",
          kind_alt=["supply"], note="same report as 009; optional"),
        D("alchip-amazon-trainium3", ["Alchip", "Amazon"], "supply", None, None, None, None, "rumored", False,
          "In Taiwan arbeitet MediaTek nach allem, was man hört, an einer TPU-Generation für Google mit, und Alchip soll Teile des Trainium-Designs für Amazon übernommen haben.",
          kind_alt=["partnership"], note="same rumour as 009; optional"),
        D("meta-google-tpu-talks", ["Meta", "Google"], "supply", None, None, None, None, "negotiating", False,
          "Meta verhandelt mit Google über TPUs, das wäre der Durchbruch für Googles Fremdgeschäft.",
          kind_alt=["cloud_contract"], note="same talks as 016; optional"),
        D("arm-dreambig-2025", ["Arm", "DreamBig"], "acquisition", 265 * M, "USD", "exact", None, "signed", True,
          "Der Zukauf von DreamBig für 265 Millionen Dollar ist ein Baustein, kein Umbruch.",
          note="'Der Zukauf' by Arm (previous sentence); same deal as 016"),
    ],
    ["insgesamt acht Milliarden Dollar", "10.000 bis 15.000 Dollar", "leicht 400.000 Dollar im Jahr", "Die 400.000 Dollar",
     "8,90 Euro", "50 Euro"])

ARTICLES["020_custom_silicon_year_tapeout_en.txt"] = A(
    "2026-10-15", "from the issue line 'Week 42 · Thursday 15 October 2026'; 'in October 2025', 'in September 2025', "
    "'in July 2025', 'in December 2025' as stated; 'since last October' -> 2025-10; 'last year' -> 2025", "en",
    [
        D("openai-broadcom-10gw", ["OpenAI", "Broadcom"], "supply", None, None, None, "2025-10", "announced", False,
          "The first systems from the 10-gigawatt accelerator program that Broadcom and OpenAI announced in October 2025 are expected to go live before the end of the year, people working on the build-out tell us.",
          kind_alt=["partnership"], note="no price; the sell-side range is an estimate: optional"),
        D("broadcom-anthropic-10bn", ["Broadcom", "Anthropic"], "supply", 10 * B, "USD", "exact", "2025-09", "signed", True,
          "Anthropic's first $10 billion order with Broadcom, disclosed without a name in September 2025, is now shipping.",
          note="same order as 018"),
        D("broadcom-anthropic-11bn", ["Broadcom", "Anthropic"], "supply", None, None, None, None, "signed", False,
          "Together with the follow-on order, Broadcom's backlog from that one customer exceeds $20 billion, more than the chipmaker's entire AI revenue in fiscal 2024.",
          note="'the follow-on order' = the $11bn order of 018, here without amount: optional; the $20bn is a total"),
        D("samsung-tesla-2025", ["Samsung Electronics", "Tesla"], "supply", 16.5 * B, "USD", "exact", "2025-07", "signed", True,
          "Samsung's Taylor fab has started risk production for the $16.5 billion chip contract Tesla signed with it in July 2025.",
          note="same contract as 012 (there in KRW)"),
        D("qualcomm-humain-200mw", ["Qualcomm", "Humain"], "supply", None, None, None, "2025-10", "announced", False,
          "Humain, launch customer for 200 megawatts of Qualcomm's AI200 racks since last October, has its first rows running in Riyadh.",
          note="same deal as 015; no amount: optional"),
        D("marvell-celestial-2025", ["Marvell", "Celestial AI"], "acquisition", 3.25 * B, "USD", "exact", "2025-12", "completed", True,
          "Marvell is folding Celestial AI, which it agreed to buy in December 2025 for $3.25 billion, into its custom-chip unit.",
          note="same deal as 018, now being integrated"),
        D("rapidus-private-2025", ["Rapidus"], "investment", 100 * B, "JPY", "at_least", "2025", "signed", True,
          "Rapidus is spending the more than ¥100 billion that Japanese companies committed last year on its second 2-nanometre line.",
          note="same commitment as 017; 'last year' -> 2025"),
    ],
    ["from $350 billion to half a trillion", "exceeds $20 billion", "roughly $30,000", "$1,900", "$6,400",
     "$14 a month"])


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    for a in ARTICLES.values():
        for d in a["deals"]:
            for k in ("amount", "amount_max"):
                if isinstance(d.get(k), float) and d[k].is_integer():
                    d[k] = int(d[k])
            for alt in d.get("alt_amounts", []):
                if isinstance(alt["amount"], float) and alt["amount"].is_integer():
                    alt["amount"] = int(alt["amount"])
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, {sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
