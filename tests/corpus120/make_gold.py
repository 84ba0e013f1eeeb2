#!/usr/bin/env python3
"""Write gold.json for tests/corpus120 (the hand annotation as a script).

Edit the annotation here, then run `python3 tests/corpus120/make_gold.py` and
`python3 tests/corpus120/check_gold.py`. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 120th, held-out test corpus (tests/corpus120/articles/): chip-design, EDA, "
    "IP and server-design deals of the AI boom, 2024-2026; written for the tests and independent of the "
    "extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id "
    "in each. 'required': false marks vague or background mentions that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is "
    "an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's "
    "amount as another article (or the same article) states it in another currency or at another precision. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date marker, dateline, <time datetime>, "
    "issue line or visible byline date, or null when the article has none); quarters, half-years and seasons "
    "become the year; a completed or cancelled deal keeps the date of the original agreement or talks; 'term' "
    "is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' "
    "explains a judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Tavorix Design Automation, Lorchfeld Systems, "
    "Moselbrück Ventures, Brisvane Microdevices, Cranleigh Moor Ventures, Kagariya Microsystems, Weißeritz "
    "Logic, Galilon Photonics, Okenhurst Interconnect, Avonmere Capital, Rideau Loopworks, Gwangnaru Semicon, "
    "Hsinlan Design Services, Yuanpo Precision; invented publications, research houses, advertisers and "
    "people are listed in invented_names.txt; the deals of real companies are partly real, partly invented "
    "or shifted. Nothing here is reporting."
)

ALIASES = {
    "Synopsys": ["Synopsys", "Synopsys Inc."],
    "Ansys": ["Ansys", "Ansys Inc."],
    "Cadence": ["Cadence", "Cadence Design Systems"],
    "Tavorix Design Automation": ["Tavorix Design Automation", "Tavorix"],
    "Lorchfeld Systems": ["Lorchfeld Systems GmbH", "Lorchfeld Systems", "Lorchfeld"],
    "Moselbrück Ventures": ["Moselbrück Ventures", "Moselbrück"],
    "Stadt Paderborn": ["Stadt Paderborn", "Paderborn"],
    "Schwarz Gruppe": ["Schwarz Gruppe", "Schwarz-Gruppe", "Schwarz Digits"],
    "AMD": ["AMD", "Advanced Micro Devices"],
    "ZT Systems": ["ZT Systems", "ZT"],
    "Silo AI": ["Silo AI"],
    "Brisvane Microdevices": ["Brisvane Microdevices", "Brisvane"],
    "Cranleigh Moor Ventures": ["Cranleigh Moor Ventures", "Cranleigh Moor"],
    "Clearlake Capital": ["Clearlake Capital", "Clearlake"],
    "Francisco Partners": ["Francisco Partners"],
    "BETA CAE Systems": ["BETA CAE Systems", "BETA CAE"],
    "Siemens": ["Siemens", "Siemens AG"],
    "Altair Engineering": ["Altair Engineering", "Altair"],
    "Tenstorrent": ["Tenstorrent", "Tenstorrent Inc."],
    "Kagariya Microsystems": ["Kagariya Microsystems", "Kagariya"],
    "SiFive": ["SiFive"],
    "Weißeritz Logic": ["Weißeritz Logic GmbH", "Weißeritz Logic", "Weißeritz", "Weisseritz Logic"],
    "Arm": ["Arm", "Arm Holdings"],
    "Qualcomm": ["Qualcomm"],
    "Nuvia": ["Nuvia"],
    "Samsung Securities": ["Samsung Securities"],
    "AFW Partners": ["AFW Partners"],
    "Rideau Loopworks": ["Rideau Loopworks", "Rideau"],
    "SoftBank": ["SoftBank", "SoftBank Group", "Softbank"],
    "Ampere Computing": ["Ampere Computing", "Ampere"],
    "Graphcore": ["Graphcore"],
    "Okenhurst Interconnect": ["Okenhurst Interconnect", "Okenhurst"],
    "Alphawave": ["Alphawave", "Alphawave IP Group", "Alphawave Semi"],
    "Avonmere Capital": ["Avonmere Capital", "Avonmere"],
    "Infineon": ["Infineon", "Infineon Technologies"],
    "Marvell": ["Marvell", "Marvell Technology"],
    "Cypress": ["Cypress", "Cypress Semiconductor"],
    "Sanmina": ["Sanmina", "Sanmina Corp."],
    "Nvidia": ["Nvidia", "NVIDIA"],
    "Galilon Photonics": ["Galilon Photonics", "Galilon"],
    "Run:ai": ["Run:ai", "Run.ai"],
    "Mellanox": ["Mellanox"],
    "Autotalks": ["Autotalks"],
    "Keysight": ["Keysight", "Keysight Technologies"],
    "Bosch": ["Bosch", "Robert Bosch"],
    "Enfabrica": ["Enfabrica"],
    "Hexagon": ["Hexagon", "Hexagon AB"],
    "MediaTek": ["MediaTek"],
    "Hsinlan Design Services": ["Hsinlan Design Services", "Hsinlan"],
    "Gwangnaru Semicon": ["Gwangnaru Semicon", "Gwangnaru"],
    "Rebellions": ["Rebellions"],
    "Samsung Electronics": ["Samsung Electronics", "Samsung"],
    "Tesla": ["Tesla"],
    "Groq": ["Groq"],
    "Celestial AI": ["Celestial AI"],
    "Broadcom": ["Broadcom"],
    "Anthropic": ["Anthropic"],
    "OpenAI": ["OpenAI"],
    "Yuanpo Precision": ["Yuanpo Precision", "Yuanpo"],
    "DreamBig Semiconductor": ["DreamBig Semiconductor", "DreamBig"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, note,
      required=True, amount_max=None, per=None, alt=None, kind_alt=None, term=None):
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
    d["note"] = note
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


ARTICLES = {}

ARTICLES["001_synopsys_ansys_meridale_en.txt"] = A(
    "2024-01-17",
    "from the header 'January 17, 2024 · 07:02 ET' (wire dateline 'Jan 16'); 'on Tuesday' -> 2024-01-16, 'On Monday' -> 2024-01-15",
    "en",
    [
        D("synopsys-ansys", ["Synopsys", "Ansys"], "acquisition", 35_000_000_000, "USD", "approx",
          "2024-01-16", "signed",
          "Jan 16 (Meridale) - Synopsys agreed on Tuesday to buy Ansys, the engineering simulation group, in a cash-and-stock transaction that values its target at roughly $35 billion, the largest purchase yet by a maker of the software every AI processor has to pass through before it reaches a factory.",
          "agreed merger; 004 mentions it without amount (optional), 013 reports the completion with 'gut 30 Milliarden Euro' (alt_amounts); per-share terms are not deals",
          alt=[(30_000_000_000, "EUR")]),
        D("synopsys-ansys-breakfee", ["Synopsys", "Ansys"], "other", 1_500_000_000, "USD", "exact",
          "2024-01-16", "signed",
          "Should regulators block the combination, Synopsys would owe Ansys a break fee of $1.5 billion, the merger agreement filed on Tuesday evening shows.",
          "conditional break fee inside the merger agreement; a different deal of the same pair, optional",
          required=False),
        D("cadence-tavorix-stake", ["Cadence", "Tavorix Design Automation"], "investment", 30_000_000, "USD", "exact",
          "2024-01-15", "completed",
          "On Monday it took a minority stake in Tavorix Design Automation, a Haifa start-up whose software hunts for power faults in chip layouts, paying $30 million for about 14% of the firm.",
          "'it' = Cadence Design Systems (previous sentence); the implied $215m valuation is not a deal; different from Cadence's 2025 takeover of Tavorix (014)",
          kind_alt=["acquisition"]),
    ],
    ["$197 in cash", "about $390 apiece", "$2.27 billion", "$400 million of yearly cost savings", "$521.30",
     "about $80 billion", "roughly $215 million", "$39 a month"],
)

ARTICLES["002_lorchfeld_paderborn_almebote.txt"] = A(
    "2024-03-13",
    "from the date line 'PADERBORN · Mittwoch, 13. März 2024'; 'am Dienstag' -> 2024-03-12, 'am Montagabend' -> 2024-03-11",
    "de",
    [
        D("moselbrueck-lorchfeld-2024", ["Moselbrück Ventures", "Lorchfeld Systems"], "investment", 45_000_000, "EUR", "exact",
          "2024-03-12", "signed",
          "Die Lorchfeld Systems GmbH hat sich in einer Finanzierungsrunde 45 Millionen Euro gesichert.",
          "lead investor and 'am Dienstag unterschrieben' in the next sentence; different from Moselbrück's €20m follow-on in 018"),
        D("paderborn-lorchfeld-land", ["Lorchfeld Systems", "Stadt Paderborn"], "acquisition", 4_200_000, "EUR", "exact",
          "2024-03-11", "announced",
          "Der Rat stimmte dem Verkauf am Montagabend mit 41 zu 6 Stimmen zu; der Kaufpreis liegt bei 4,2 Mio. Euro.",
          "land sale by the city ('kauft Lorchfeld der Stadt', previous sentence); council approval, contract not yet reported as signed",
          kind_alt=["other"]),
        D("schwarz-lorchfeld-boards", ["Schwarz Gruppe", "Lorchfeld Systems"], "supply", 28_000_000, "EUR", "approx",
          None, "signed",
          "Die Lidl-Schwester hat bei Lorchfeld Platinen und Kühlmodule für ihre Rechenzentren bestellt, Volumen: rund 28 Millionen Euro über drei Jahre, wie Geschäftsführer Tobias Rennekamp unserer Zeitung sagte.",
          "'Die Lidl-Schwester' = Schwarz Digits (previous sentence); existing order, no date given"),
    ],
    ["gut 200 Millionen Euro", "rund 135 Euro pro Quadratmeter", "jährlich rund 1,5 Millionen Euro",
     "bis zu 3 Millionen Euro", "61 Millionen Euro", "62.000 Euro", "349 Euro im Monat",
     "135 Euro für den Quadratmeter"],
)

ARTICLES["003_amd_zt_backplane_en.txt"] = A(
    "2024-08-20",
    "from the issue line 'Issue 74 — Tuesday, 20 August 2024'; 'on Monday' -> 2024-08-19, 'Last month' -> 2024-07, 'last Thursday' -> 2024-08-15",
    "en",
    [
        D("amd-zt", ["AMD", "ZT Systems"], "acquisition", 4_900_000_000, "USD", "exact",
          "2024-08-19", "signed",
          "AMD is paying $4.9 billion, partly in shares and partly in cash, and as much as $400 million of that sum depends on milestones being met after closing, which the companies expect in the first half of 2025.",
          "target and 'on Monday' in the previous sentence; the $400m contingent part is included in the price; the planned resale of ZT's factories has no buyer yet and is not annotated; 010 restates it as €4.4bn (alt_amounts)",
          alt=[(4_400_000_000, "EUR")]),
        D("amd-silo-ai", ["AMD", "Silo AI"], "acquisition", 665_000_000, "USD", "exact",
          "2024-07", "completed",
          "Last month the company paid $665 million in cash for Silo AI, a Helsinki lab of about 300 people that builds language models for European customers.",
          "'the company' = AMD; 'Last month' -> July 2024; the 'more than $1 billion' total is not a deal"),
        D("cranleigh-brisvane-seriesc", ["Cranleigh Moor Ventures", "Brisvane Microdevices"], "investment", 140_000_000, "USD", "exact",
          "2024-08-15", "completed",
          "Brisvane Microdevices, the Austin start-up designing RISC-V server processors, closed a $140 million Series C last Thursday.",
          "lead investor in the next sentence; valuation $1.1bn is not a deal"),
    ],
    ["close to $10 billion a year", "more than $4.5 billion", "more than $1 billion", "$1.1 billion post-money",
     "~$15,000", "$1.1bn", "seats from $49"],
)

ARTICLES["004_synopsys_sig_netlist_en.html"] = A(
    "2024-05-07",
    "from <meta property=article:published_time> and <time datetime='2024-05-07T06:40:00-07:00'>, visible 'May 7, 2024 at 6:40 a.m. PT'; 'on Monday' -> 2024-05-06",
    "en",
    [
        D("synopsys-sig-sale", ["Synopsys", "Clearlake Capital", "Francisco Partners"], "acquisition", 2_100_000_000, "USD", "up_to",
          "2024-05-06", "signed",
          "The chip-design software company said on Monday that it has agreed to sell its Software Integrity Group, which scans application code for security holes, to a consortium of Clearlake Capital and Francisco Partners for up to $2.1 billion.",
          "sale of a business unit; 'The chip-design software company' = Synopsys; the $1.5bn cash at closing (next sentence) is part of the same price and given as alt_amounts",
          alt=[(1_500_000_000, "USD")]),
        D("synopsys-ansys", ["Synopsys", "Ansys"], "acquisition", None, None, None,
          "2024-01", "signed",
          "The sale removes a distraction while Synopsys works through antitrust reviews of its takeover of Ansys, agreed in January.",
          "amount-less background mention of the deal of 001",
          required=False),
        D("cadence-betacae", ["Cadence", "BETA CAE Systems"], "acquisition", 1_240_000_000, "USD", "exact",
          "2024-03", "signed",
          "In March, Cadence agreed to pay $1.24 billion in cash and stock for BETA CAE Systems, a Swiss-headquartered maker of structural-simulation software used by carmakers and aircraft builders.",
          "'In March' -> 2024-03"),
    ],
    ["about $525 million", "$1.65 billion", "$6.57 billion and $6.63 billion", "$2,900 per seat", "$12 a month"],
)

ARTICLES["005_riscv_lizenzen_gatterbrief.txt"] = A(
    "2024-11-01",
    "dateline without year 'München, 1. November (gb)', year from the copyright line '© 2024 Gatterbrief Fachmedien'; 'am Mittwoch' -> 2024-10-30, 'am Montag' -> 2024-10-28, 'vergangene Woche' -> 2024-10",
    "de",
    [
        D("siemens-altair", ["Siemens", "Altair Engineering"], "acquisition", 10_600_000_000, "USD", "approx",
          "2024-10-30", "signed",
          "Rund 10,6 Milliarden Dollar, umgerechnet knapp 9,8 Milliarden Euro, lässt sich Siemens den US-Simulationsspezialisten Altair Engineering kosten.",
          "amount before the parties; 'am Mittwoch' in the next sentence; 113 Dollar per share is not a deal",
          alt=[(9_800_000_000, "EUR")]),
        D("tenstorrent-kagariya-licence", ["Tenstorrent", "Kagariya Microsystems"], "other", 6_000_000_000, "JPY", "approx",
          "2024-10", "signed",
          "Für rund 6 Milliarden Yen, etwa 36 Millionen Euro, hat sich der japanische Chipentwickler Kagariya Microsystems aus Kanazawa Lizenzen für Tenstorrents RISC-V-Prozessorkern Ascalon gesichert.",
          "CPU-core licence; genitive 'Tenstorrents'; signed 'vergangene Woche'; 020 restates it ('im Herbst 2024'); different from the 2026 development contract of the same pair (020)",
          alt=[(36_000_000, "EUR")], kind_alt=["partnership", "supply"]),
        D("sifive-weisseritz-licence", ["SiFive", "Weißeritz Logic"], "other", 3_500_000, "EUR", "approx",
          "2024-10-28", "signed",
          "Wie Weißeritz am Montag mitteilte, zahlt das Unternehmen den Kaliforniern über fünf Jahre jährlich rund 3,5 Millionen Euro an Lizenzgebühren, hinzu kommen Stückabgaben je verkauftem Chip.",
          "yearly licence fee over five years; 'das Unternehmen' = Weißeritz, 'den Kaliforniern' = SiFive (previous sentence); different from SiFive's 2026 stake in Weißeritz (020)",
          per="year", kind_alt=["supply", "partnership"]),
        D("arm-qualcomm-licence", ["Arm", "Qualcomm"], "other", None, None, None,
          "2024-10", "cancelled",
          "Arm hat Qualcomm die Kündigung einer Architekturlizenz angedroht und dem Kunden nach Angaben aus Branchenkreisen eine Frist von 60 Tagen gesetzt.",
          "threatened cancellation of a licence, no amount; optional",
          required=False),
        D("qualcomm-nuvia", ["Qualcomm", "Nuvia"], "acquisition", None, None, None,
          None, "completed",
          "Der Streit dreht sich um die Frage, ob Qualcomm nach dem Kauf des Start-ups Nuvia dessen Lizenz weiterverwenden darf.",
          "old purchase mentioned as background, no amount or date; optional",
          required=False),
    ],
    ["113 Dollar je Aktie", "rund 665 Millionen Dollar", "92 Milliarden Dollar", "270 Millionen Euro", "0,9 Cent",
     "Teilnahme 190 Euro", "480 Euro netto"],
)

ARTICLES["006_tenstorrent_seriesd_queensquay_en.txt"] = A(
    "2024-12-03",
    "from the byline 'Published December 3, 2024 · Updated 6:41 a.m. ET'; 'on Monday' -> 2024-12-02, 'last month' -> 2024-11",
    "en",
    [
        D("tenstorrent-series-d", ["Tenstorrent", "Samsung Securities", "AFW Partners"], "investment", 693_000_000, "USD", "exact",
          "2024-12-02", "completed",
          "Tenstorrent Inc., the Toronto-based designer of AI processors and RISC-V cores, has raised US$693-million in a Series D financing led by Samsung Securities and AFW Partners, the company announced on Monday.",
          "two lead investors; valuation US$2.6bn and the US$1bn raised in total are not deals"),
        D("tenstorrent-rideau", ["Tenstorrent", "Rideau Loopworks"], "acquisition", 58_000_000, "CAD", "exact",
          "2024-11", "completed",
          "It paid C$58-million in cash and shares for the firm last month, a document lodged with Ontario's securities watchdog shows.",
          "'It' = Tenstorrent ('the company', previous sentence), 'the firm' = Rideau Loopworks; the C$4m grant Rideau received in 2022 is public aid, not a deal"),
    ],
    ["US$2.6-billion", "more than US$1-billion", "US$1,399", "C$4-million", "C$185,000", "C$120-million", "C$1.99"],
)

ARTICLES["007_softbank_ampere_depotfunke.html"] = A(
    "2025-03-20",
    "from <meta name=date> and the stock-portal stamp '20.03.2025 – 08:31:07'; 'am Mittwochabend' -> 2025-03-19",
    "de",
    [
        D("softbank-ampere", ["SoftBank", "Ampere Computing"], "acquisition", 6_500_000_000, "USD", "exact",
          "2025-03-19", "signed",
          "Wie der Technologieinvestor am Mittwochabend mitteilte, fließen 6,5 Milliarden Dollar in bar, das sind etwa 6 Milliarden Euro.",
          "'der Technologieinvestor' = SoftBank, target Ampere Computing in the previous sentence; sellers Carlyle and Oracle named next; the 2021 valuation of $8bn is not a deal",
          alt=[(6_000_000_000, "EUR")]),
        D("softbank-graphcore", ["SoftBank", "Graphcore"], "acquisition", None, None, None,
          "2024", "completed",
          "Bereits im vergangenen Sommer hatte der Konzern den britischen KI-Chipentwickler Graphcore übernommen.",
          "amount-less background; 'der Konzern' = SoftBank; 'im vergangenen Sommer' -> 2024; optional",
          required=False),
        D("arm-okenhurst-rumour", ["Arm", "Okenhurst Interconnect"], "acquisition", 450_000_000, "USD", "range",
          "2025-03", "rumored",
          "Zwei Insider beziffern den möglichen Preis auf zwischen 450 und 500 Millionen Dollar.",
          "rumoured interest reported 'am Donnerstagmorgen'; parties in the previous sentence; range from two sources; different from Avonmere's round in Okenhurst (008)",
          amount_max=500_000_000),
    ],
    ["Kursziel 10.500 Yen", "rund 8 Milliarden Dollar", "geschätzt 450 Millionen Dollar", "118,62 Dollar", "8.412 Yen",
     "151,30 USD", "8.412 JPY", "118,62 USD", "ab 0 Euro Ordergebühr", "1,90 Euro Fremdkostenpauschale"],
)

ARTICLES["008_qualcomm_alphawave_harbourgazette_en.txt"] = A(
    "2025-04-02",
    "from the byline 'Wednesday 2 April 2025 · Last modified 18.40 BST'; 'on Tuesday' -> 2025-04-01, 'last week' -> 2025-03",
    "en",
    [
        D("qualcomm-alphawave", ["Qualcomm", "Alphawave"], "acquisition", 1_800_000_000, "GBP", "approx",
          "2025", "negotiating",
          "Qualcomm said on Tuesday it was considering a cash offer for Alphawave IP Group, the London-listed designer of high-speed connectivity chips, in a move that people close to the talks said could value the company at around £1.8bn.",
          "possible offer under the takeover rules, value from sources; 012 reports the agreement on 2025-06-09 at about $2.4bn / €2.1bn (alt_amounts); the year keeps the shared id's dates consistent (confirmation 2025-04-01)",
          alt=[(2_400_000_000, "USD"), (2_100_000_000, "EUR")]),
        D("arm-alphawave-talks", ["Arm", "Alphawave"], "acquisition", None, None, None,
          "2025", "cancelled",
          "Arm, the Cambridge-based chip designer, had also looked at Alphawave earlier this year but decided against making an approach, according to one of the people.",
          "abandoned interest, no amount, one source; optional",
          required=False),
        D("avonmere-okenhurst-seriesb", ["Avonmere Capital", "Okenhurst Interconnect"], "investment", 36_000_000, "GBP", "exact",
          "2025-03", "completed",
          "Closer to home, Okenhurst Interconnect, the Temple Quay company that designs the links joining chiplets inside a single package, has raised £36m in a Series B round.",
          "lead investor and 'closed last week' in the next sentence; valuation £190m is not a deal"),
    ],
    ["£1.62", "roughly £1.2bn", "$310m", "about £190m", "about £42,000", "around £38,000", "£4.5m", "£289,950"],
)

ARTICLES["009_infineon_marvell_perlacher.txt"] = A(
    "2025-04-08",
    "from the issue line 'Dienstag, 8. April 2025 | Unternehmen | Seite 14'; 'am Montag' / 'Am Abend' -> 2025-04-07",
    "de",
    [
        D("infineon-marvell-ethernet", ["Infineon", "Marvell"], "acquisition", 2_500_000_000, "USD", "exact",
          "2025-04-07", "signed",
          "Infineon zahlt 2,5 Milliarden Dollar in bar – nach heutigem Kurs etwa 2,3 Milliarden Euro.",
          "purchase of Marvell's automotive Ethernet business announced Monday evening (previous sentence); genitive 'Marvells'",
          alt=[(2_300_000_000, "EUR")]),
        D("infineon-weisseritz-rumour", ["Infineon", "Weißeritz Logic"], "acquisition", 150_000_000, "EUR", "approx",
          "2025-04", "rumored",
          "Dort kursierte seit Tagen ein Bericht, wonach Infineon auch über eine Übernahme des RISC-V-Designhauses Weißeritz Logic für rund 150 Millionen Euro verhandle.",
          "rumour denied by both sides in the next sentence; optional",
          required=False),
        D("infineon-dresden-fab", ["Infineon"], "capex_plan", 5_000_000_000, "EUR", "approx",
          None, "planned",
          "Der Konzern baut dort für rund fünf Milliarden Euro eine neue Fabrik für Leistungshalbleiter, die Ende 2026 die Produktion aufnehmen soll.",
          "background capital project, amount in words; optional; the public aid of about €1bn is not a deal",
          required=False),
        D("infineon-cypress", ["Infineon", "Cypress"], "acquisition", 9_000_000_000, "EUR", "approx",
          "2020", "completed",
          "Zuletzt hatte Infineon 2020 den US-Konkurrenten Cypress übernommen, damals für rund neun Milliarden Euro.",
          "historical background deal, amount in words; optional",
          required=False),
    ],
    ["225 bis 250 Millionen Dollar", "Kursziel von 42 Euro", "27,40 Euro", "rund einer Milliarde Euro", "689.000 Euro"],
)

ARTICLES["010_amd_sanmina_depotlupe.txt"] = A(
    "2025-05-20",
    "from the stamp 'Stand: 20.05.2025, 12:10 Uhr'; 'am Montag nach US-Börsenschluss' -> 2025-05-19",
    "de",
    [
        D("amd-sanmina-zt-manufacturing", ["AMD", "Sanmina"], "acquisition", 3_000_000_000, "USD", "exact",
          "2025-05-19", "signed",
          "AMDs Preisschild: 3 Milliarden Dollar, knapp 2,7 Milliarden Euro.",
          "sale of ZT Systems' manufacturing business to Sanmina (previous sentence); the $2.55bn paid at once (alt_amounts) and up to $450m contingent are parts of the same price; 019 restates it; different from the 2026 Helios order of the same pair (019)",
          alt=[(2_700_000_000, "EUR"), (2_550_000_000, "USD")]),
        D("amd-zt", ["AMD", "ZT Systems"], "acquisition", 4_400_000_000, "EUR", "approx",
          "2024-08", "completed",
          "Zur Erinnerung: AMD hatte im August 2024 angekündigt, ZT Systems für rund 4,4 Milliarden Euro (4,9 Milliarden Dollar) zu kaufen; abgeschlossen war die Übernahme Ende März.",
          "restatement of 003 in EUR with the USD figure in brackets, month only",
          alt=[(4_900_000_000, "USD")]),
    ],
    ["114,20 USD", "86,95 USD", "weniger als zwei Milliarden Dollar", "Kursziel von 150 Dollar", "Kursziel 125 Dollar",
     "rund 8 Milliarden Dollar", "4,7 Milliarden Dollar", "Umsatz 7,4 Milliarden Dollar", "3,7 Milliarden Dollar",
     "rund 7,4 Milliarden Dollar", "bis zu 800 Millionen Dollar", "14,90 Euro monatlich"],
)

ARTICLES["011_nvidia_galilon_herzliya_en.html"] = A(
    "2025-06-16",
    "from <meta property=article:published_time> and <time datetime='2025-06-16T09:30:00+03:00'>, visible 'Jun 16, 2025 9:30 AM IDT'; 'on Sunday' -> 2025-06-15, 'last week' -> 2025-06, 'at the end of last year' -> 2024",
    "en",
    [
        D("nvidia-galilon", ["Nvidia", "Galilon Photonics"], "acquisition", 410_000_000, "USD", "approx",
          "2025-06-15", "signed",
          "Nvidia will pay about $410 million in cash, two people briefed on the agreement said; officially the price was kept private.",
          "price from sources; agreement announced 'on Sunday' (previous sentence); Galilon's $74m raised so far is not a deal"),
        D("nvidia-runai", ["Nvidia", "Run:ai"], "acquisition", 700_000_000, "USD", "exact",
          "2024", "completed",
          "The chipmaker completed its $700 million purchase of Run:ai, a Tel Aviv developer of GPU scheduling software, at the end of last year after European regulators cleared it.",
          "'The chipmaker' = Nvidia; only the completion is dated ('at the end of last year') -> 2024"),
        D("nvidia-mellanox", ["Nvidia", "Mellanox"], "acquisition", None, None, None,
          None, "completed",
          "All of Galilon's 140 employees, most of them in Yokneam and a smaller team in Haifa, will move to Nvidia's Israeli networking division, which grew out of the company's purchase of Mellanox.",
          "old amount-less purchase in a relative clause; optional",
          required=False),
        D("qualcomm-autotalks", ["Qualcomm", "Autotalks"], "acquisition", None, None, None,
          "2025-06", "completed",
          "Elsewhere in the north, Qualcomm closed its acquisition of Autotalks, a Kfar Netter developer of vehicle-to-vehicle communication chips, last week.",
          "current deal without a price ('The price was not disclosed'); 'last week' -> 2025-06"),
    ],
    ["$74 million", "NIS 180 million", "NIS 52,000", "$390"],
)

ARTICLES["012_qualcomm_alphawave_anlegerwarte.txt"] = A(
    "2025-06-11",
    "from the header 'Gastkommentar | Mittwoch, 11. Juni 2025'; 'Am Montag' -> 2025-06-09, 'im April' -> 2025-04",
    "de",
    [
        D("qualcomm-alphawave", ["Qualcomm", "Alphawave"], "acquisition", 2_400_000_000, "USD", "approx",
          "2025-06-09", "signed",
          "Qualcomm zahlt rund 2,4 Milliarden Dollar, umgerechnet knapp 2,1 Milliarden Euro, in bar.",
          "agreement with Alphawave's board 'Am Montag' (previous sentence); the talks were reported in 008; 183 pence per share is not a deal",
          alt=[(2_100_000_000, "EUR")]),
        D("cadence-arm-artisan", ["Cadence", "Arm"], "acquisition", None, None, None,
          "2025-04", "completed",
          "Cadence hat im April das Geschäft mit Standardzell-Bibliotheken und Speicher-IP von Arm übernommen, die sogenannte Artisan-Sparte.",
          "purchase of Arm's Artisan foundation-IP business; no price ('Einen Preis nannte keine der beiden Seiten')"),
    ],
    ["183 Pence", "rund 310 Millionen Dollar", "15 Milliarden Dollar", "gut 13 Milliarden Dollar", "185 Dollar",
     "rund 157 Dollar", "Workshop-Ticket 39 Euro"],
)

ARTICLES["013_boersenticker_parkettpuls.txt"] = A(
    "2025-07-18",
    "from the ticker date 'Freitag, 18. Juli 2025' (entries by time); 'am Donnerstag' / 'am Donnerstagabend' -> 2025-07-17",
    "de",
    [
        D("synopsys-ansys", ["Synopsys", "Ansys"], "acquisition", 35_000_000_000, "USD", "approx",
          "2024-01", "completed",
          "Die im Januar 2024 vereinbarte Transaktion hat einen Wert von rund 35 Milliarden Dollar, das sind zum heutigen Kurs gut 30 Milliarden Euro.",
          "completion reported 'am Donnerstagabend'; the date is the agreement month; EUR conversion as alt_amounts",
          alt=[(30_000_000_000, "EUR")]),
        D("keysight-synopsys-optical", ["Keysight", "Synopsys"], "acquisition", None, None, None,
          None, "completed",
          "Um die Bedenken der Behörden auszuräumen, hatte Synopsys zuvor seine Sparte für optische Simulationssoftware an Keysight verkauft.",
          "remedy sale without amount or date; optional",
          required=False),
        D("amd-brisvane-acquihire", ["AMD", "Brisvane Microdevices"], "acquisition", 180_000_000, "USD", "approx",
          "2025-07-17", "signed",
          "Dafür zahlt AMD laut Brisvane rund 180 Millionen Dollar; vereinbart wurde der Deal bereits am Donnerstag.",
          "acqui-hire plus licence of the processor designs (previous sentence)",
          kind_alt=["other"]),
        D("bosch-weisseritz-order", ["Bosch", "Weißeritz Logic"], "supply", 9_000_000, "EUR", "approx",
          "2025-07", "signed",
          "Der Auftrag hat nach Angaben von Weißeritz ein Volumen von knapp neun Millionen Euro und läuft über drei Jahre.",
          "design order from Bosch (previous sentence); amount in words; no signing day -> month of the ticker",
          kind_alt=["other"]),
    ],
    ["35,12 Euro", "rund 4,2 Billionen Dollar", "172 Dollar", "Mindestrate 25 Euro", "69,80 Dollar", "3.345 Dollar",
     "zwischen 31,8 und 33,0 Milliarden Dollar", "rund 7,0 Milliarden Dollar", "1,1620 Dollar"],
)

ARTICLES["014_tapeout_weekly_sep25_en.txt"] = A(
    "2025-09-19",
    "from the issue line 'Friday 19 September 2025 · No. 212'; 'on Tuesday' -> 2025-09-16, 'on Thursday' -> 2025-09-18, 'last week' -> 2025-09",
    "en",
    [
        D("cadence-tavorix-acquisition", ["Cadence", "Tavorix Design Automation"], "acquisition", 520_000_000, "USD", "approx",
          "2025-09-16", "signed",
          "Cadence Design Systems said on Tuesday it will buy the rest of Tavorix Design Automation for about $520m in cash.",
          "takeover of the remaining shares; different from the $30m minority stake of 2024 (001), which is only alluded to here ('a shareholder since early 2024')"),
        D("cadence-hexagon-de", ["Cadence", "Hexagon"], "acquisition", 2_700_000_000, "EUR", "exact",
          "2025-09-04", "signed",
          "On 4 September, Cadence agreed to buy the design and engineering business of Sweden's Hexagon for €2.7bn, or about $3.16bn.",
          "EUR amount in an English article, USD conversion as alt_amounts",
          alt=[(3_160_000_000, "USD")]),
        D("nvidia-enfabrica", ["Nvidia", "Enfabrica"], "acquisition", 900_000_000, "USD", "at_least",
          "2025-09-18", "completed",
          "Nvidia spent more than $900m in cash and stock to hire Enfabrica's chief executive and most of its engineers and to take a licence to Enfabrica's networking designs, people familiar with the arrangement said on Thursday.",
          "acqui-hire with licence; 'more than' -> at_least; Enfabrica's $290m raised so far is not a deal",
          kind_alt=["other"]),
        D("mediatek-hsinlan-stake", ["MediaTek", "Hsinlan Design Services"], "investment", 6_300_000_000, "TWD", "exact",
          "2025-09", "signed",
          "MediaTek agreed last week to buy a 20% stake in Hsinlan Design Services, the Hsinchu ASIC house, for NT$6.3bn.",
          "minority stake; the implied NT$40bn value is not a deal",
          kind_alt=["acquisition"]),
    ],
    ["about €200m", "€200m — Hexagon D&E's revenue", "about $290m", "NT$1,580", "roughly NT$40bn", "$22bn", "$315,000", "$0.80 per core-hour"],
)

ARTICLES["015_gwangnaru_rebellions_bundang_en.txt"] = A(
    "2025-10-14",
    "from the stamp 'Posted : 2025-10-14 16:20 | Updated : 2025-10-14 18:02'; 'said Monday' -> 2025-10-13, 'last month' -> 2025-09, 'in July' -> 2025-07",
    "en",
    [
        D("rebellions-gwangnaru-design", ["Rebellions", "Gwangnaru Semicon"], "supply", 210_000_000_000, "KRW", "exact",
          "2025-10-13", "signed",
          "Gwangnaru Semicon, a chip design-services firm in Pangyo Techno Valley, has won a 210 billion won ($148 million) contract from AI processor developer Rebellions to turn the start-up's next inference chip into a manufacturable design, the two companies said Monday.",
          "design-services contract running 'through 2027' (next sentence)",
          alt=[(148_000_000, "USD")], kind_alt=["other"], term=[None, "2027"]),
        D("arm-gwangnaru-licence", ["Arm", "Gwangnaru Semicon"], "other", 12_000_000, "USD", "at_least",
          "2025-09", "signed",
          "Under a separate licence signed last month, it will pay Arm at least $12 million a year over five years for access to the British company's Neoverse compute subsystems, which bundle processor cores, memory controllers and interconnect into a ready-made block.",
          "yearly minimum licence payment; 'it' = Gwangnaru (previous sentence)",
          per="year", kind_alt=["partnership", "supply"]),
        D("samsung-tesla-foundry", ["Samsung Electronics", "Tesla"], "supply", 22_800_000_000_000, "KRW", "exact",
          "2025-07", "signed",
          "The deal Samsung signed with Tesla in July, worth 22.8 trillion won - some $16.5 billion - under which it will build the carmaker's next-generation AI chips in Texas, has persuaded smaller design houses that the company's 2-nanometer process will attract outside customers.",
          "background deal with amount, KRW with USD conversion",
          alt=[(16_500_000_000, "USD")]),
    ],
    ["84 billion won", "33 trillion won", "91,200 won", "around 600 billion won", "52 million won",
     "450,000 won per month"],
)

ARTICLES["016_semis_yearend_pellbury_en.txt"] = A(
    "2025-12-29",
    "from the note's date line '29 December 2025'; 'On Christmas Eve' -> 2025-12-24, 'on 2 December' -> 2025-12-02, 'at the start of the month' -> 2025-12",
    "en",
    [
        D("nvidia-groq", ["Nvidia", "Groq"], "other", 20_000_000_000, "USD", "approx",
          "2025-12-24", "signed",
          "On Christmas Eve, Nvidia agreed to pay about $20bn to license Groq's inference-chip designs on a non-exclusive basis and to take on its founder and much of its engineering staff.",
          "licence plus hires (acqui-hire), Groq stays independent; 020 restates it as about €17bn (alt_amounts); Groq's $6.9bn valuation is not a deal",
          alt=[(17_000_000_000, "EUR")], kind_alt=["acquisition"]),
        D("marvell-celestial-ai", ["Marvell", "Celestial AI"], "acquisition", 3_250_000_000, "USD", "exact",
          "2025-12-02", "signed",
          "Earlier in the month, on 2 December, Marvell agreed to take over Celestial AI, which designs optical links between processors and memory, for $3.25bn in cash and stock upfront, with further payments if revenue targets are met.",
          "upfront price; earn-outs not quantified"),
        D("qualcomm-alphawave", ["Qualcomm", "Alphawave"], "acquisition", None, None, None,
          "2025-06", "completed",
          "Qualcomm, meanwhile, closed its purchase of Alphawave in mid-December, six months after the two sides agreed terms.",
          "amount-less restatement of 008/012; the agreement 'six months' before mid-December -> 2025-06; optional",
          required=False),
        D("nvidia-synopsys-stake", ["Nvidia", "Synopsys"], "investment", 2_000_000_000, "USD", "exact",
          "2025-12", "completed",
          "Nvidia also bought $2bn of Synopsys shares at the start of the month, paying $414.79 apiece, as part of a broader engineering partnership to move chip-simulation software onto GPUs.",
          "equity stake; the per-share price is not a separate deal"),
    ],
    ["$250", "$225", "$120", "$560", "$6.9bn", "$60.6bn", "$414.79 apiece", "$90bn", "$70bn", "Qualcomm $190"],
)

ARTICLES["017_broadcom_anthropic_bondpad.txt"] = A(
    "2025-12-12",
    "from the stamp '12.12.2025 11:04 Uhr'; 'am Donnerstagabend' -> 2025-12-11, 'im September' -> 2025-09, 'im Oktober' -> 2025-10",
    "de",
    [
        D("broadcom-anthropic-10bn", ["Broadcom", "Anthropic"], "supply", 10_000_000_000, "USD", "exact",
          "2025-09", "signed",
          "Monatelang hatte die Branche gerätselt, nun ist es offiziell: Anthropic ist der Kunde hinter der im September gemeldeten Bestellung über 10 Milliarden Dollar.",
          "rack order first reported in September without the customer's name; confirmed in Broadcom's results papers 'am Donnerstagabend'; different from the $11bn follow-on order (same article)"),
        D("broadcom-anthropic-11bn", ["Broadcom", "Anthropic"], "supply", 11_000_000_000, "USD", "exact",
          "2025-12-11", "signed",
          "Anthropic hat demnach inzwischen eine weitere Bestellung über 11 Milliarden Dollar aufgegeben, umgerechnet rund 9,4 Milliarden Euro.",
          "second order of the same pair; deliveries from the end of 2026",
          alt=[(9_400_000_000, "EUR")], term=["2026", None]),
        D("broadcom-openai-accelerators", ["Broadcom", "OpenAI"], "supply", None, None, None,
          "2025-10", "signed",
          "Mit dem ChatGPT-Entwickler hatte Broadcom im Oktober vereinbart, ab Ende 2026 eigene Beschleuniger mit einer Leistung von zehn Gigawatt zu liefern.",
          "'dem ChatGPT-Entwickler' = OpenAI (previous sentence); no price ('Einen Preis nannten die Partner nicht'); background, optional",
          required=False, term=["2026", None]),
    ],
    ["8,2 Milliarden Dollar", "73 Milliarden Dollar", "zwischen 3 und 4 Millionen Dollar", "4,95 Euro im Monat"],
)

ARTICLES["018_lorchfeld_interview_bestueckungsblatt.txt"] = A(
    None,
    "no date anywhere in the article (only 'Lesedauer: 7 Minuten'); 'im vergangenen Sommer', 'seit Jahresbeginn', 'im Frühjahr' without a year -> null",
    "de",
    [
        D("yuanpo-lorchfeld-offer", ["Yuanpo Precision", "Lorchfeld Systems"], "acquisition", 310_000_000, "EUR", "exact",
          None, "cancelled",
          "Yuanpo hat uns im vergangenen Sommer 310 Millionen Euro für die ganze Firma geboten, in bar und mit einer Jobgarantie für zwei Jahre.",
          "offer refused ('Wir haben nach einer Woche abgelehnt'); 'uns' = Lorchfeld"),
        D("amd-lorchfeld-development", ["AMD", "Lorchfeld Systems"], "other", 1_500_000, "EUR", "approx",
          None, "signed",
          "Der Konzern zahlt uns monatlich rund 1,5 Millionen Euro für die Entwicklung von Trägerplatinen und Stromversorgung für seine Rack-Systeme, zunächst für 18 Monate.",
          "monthly development fee; 'Der Konzern' = AMD (previous sentence), 'uns' = Lorchfeld",
          per="month", kind_alt=["supply"]),
        D("moselbrueck-lorchfeld-followon", ["Moselbrück Ventures", "Lorchfeld Systems"], "investment", 20_000_000, "EUR", "exact",
          None, "completed",
          "Moselbrück hat im Frühjahr noch einmal 20 Millionen Euro nachgelegt, ohne dass wir danach fragen mussten.",
          "second investment of the pair, different from the €45m round of 2024 (002)"),
        D("lorchfeld-second-hall", ["Lorchfeld Systems"], "capex_plan", 60_000_000, "EUR", "approx",
          None, "planned",
          "Wir stecken in den nächsten zwei Jahren rund sechzig Millionen Euro in eine zweite Halle im Dörener Feld mit eigenem Labor für Flüssigkühlung.",
          "'Wir' = Lorchfeld; amount in words"),
    ],
    ["rund 95.000 Euro", "gut 140 Millionen Euro", "zwischen 3.000 und 5.000 Euro", "Heftpreis 12,80 Euro", "98 Euro"],
)

ARTICLES["019_sanmina_amd_tickerridge_en.txt"] = A(
    "2026-03-12",
    "from the stock-portal stamp 'Mar 12, 2026 4:31 PM EDT'; 'late Wednesday' -> 2026-03-11, 'in November' -> 2025-11",
    "en",
    [
        D("amd-sanmina-helios", ["AMD", "Sanmina"], "supply", 1_100_000_000, "USD", "approx",
          "2026-03-11", "signed",
          "Shares of Sanmina posted their best day in almost a year on Thursday after the contract manufacturer said it had won orders from AMD worth about $1.1 billion over two years to assemble the chipmaker's Helios rack-scale AI systems.",
          "announced 'late Wednesday' (next paragraph); second deal of the pair, different from the $3bn sale of ZT's factories (same article)"),
        D("amd-sanmina-zt-manufacturing", ["AMD", "Sanmina"], "acquisition", 3_000_000_000, "USD", "exact",
          "2025", "completed",
          "Sanmina bought ZT Systems' manufacturing arm from AMD for $3 billion in a deal that closed in October, taking on around 2,500 workers and a customer list dominated by two cloud giants.",
          "restatement of 010; only the closing month is given, the agreement year (2025) is kept"),
        D("arm-dreambig", ["Arm", "DreamBig Semiconductor"], "acquisition", 265_000_000, "USD", "exact",
          "2025-11", "completed",
          "Arm agreed in November to pay $265 million in cash for the company, which it plans to use to build more complete server designs for customers.",
          "'the company' = DreamBig Semiconductor (previous sentence); completion announced on the publication day"),
    ],
    ["$148.20", "$212.65", "$161.04", "around $3.5 million", "$175 from $150", "$3.0 billion to $3.3 billion",
     "roughly $8.0 billion", "more than $170 billion", "$0 commissions"],
)

ARTICLES["020_tenstorrent_kagariya_reinraum.txt"] = A(
    "2026-05-08",
    "from the issue line 'Ausgabe 19/2026 · Freitag, 8. Mai 2026'; 'am Mittwoch' -> 2026-05-06, 'am Montag' -> 2026-05-04, 'im Herbst 2024' -> 2024, 'kurz vor Weihnachten' -> 2025-12",
    "de",
    [
        D("tenstorrent-kagariya-development", ["Tenstorrent", "Kagariya Microsystems"], "other", 14_000_000_000, "JPY", "approx",
          "2026-05-06", "signed",
          "Der japanische Chipentwickler Kagariya Microsystems und der kanadische Prozessorspezialist Tenstorrent haben am Mittwoch einen Entwicklungsvertrag über rund 14 Milliarden Yen, umgerechnet etwa 80 Millionen Euro, unterzeichnet.",
          "joint development contract ('drei Monate später' after a February letter of intent); different from the 2024 licence of the same pair (same article)",
          alt=[(80_000_000, "EUR")], kind_alt=["partnership", "joint_venture"]),
        D("tenstorrent-kagariya-licence", ["Tenstorrent", "Kagariya Microsystems"], "other", 6_000_000_000, "JPY", "approx",
          "2024", "signed",
          "Bereits im Herbst 2024 hatte Kagariya für rund sechs Milliarden Yen Lizenzen für Tenstorrents Ascalon-Prozessorkerne erworben.",
          "restatement of 005, amount in words",
          kind_alt=["partnership", "supply"]),
        D("kagariya-kanazawa-design-centre", ["Kagariya Microsystems"], "capex_plan", 40_000_000_000, "JPY", "approx",
          "2026-05-06", "planned",
          "Zugleich kündigte Kagariya an, bis Ende 2028 rund 40 Milliarden Yen in ein neues Designzentrum in Kanazawa zu investieren.",
          "announced together with the contract ('Zugleich'); runs until the end of 2028",
          term=[None, "2028"]),
        D("nvidia-groq", ["Nvidia", "Groq"], "other", 17_000_000_000, "EUR", "approx",
          "2025-12", "signed",
          "Seit der Konzern kurz vor Weihnachten für umgerechnet rund 17 Milliarden Euro Lizenzen und Personal des Start-ups Groq übernommen hat, gelten unabhängige Chipentwickler als begehrte Ziele.",
          "restatement of 016 in EUR, month only; 'der Konzern' = Nvidia (previous sentence)",
          kind_alt=["acquisition"]),
        D("sifive-weisseritz-stake", ["SiFive", "Weißeritz Logic"], "investment", 12_000_000, "EUR", "exact",
          "2026-05-04", "completed",
          "Der kalifornische RISC-V-Pionier SiFive ist am Montag mit 12 Millionen Euro beim Dresdner Designhaus Weißeritz Logic eingestiegen und hält nun eine Minderheitsbeteiligung.",
          "minority stake; different from the 2024 licence of the same pair (005), which is only alluded to here; the implied €60m valuation is not a deal"),
    ],
    ["3,90 Euro", "rund 1,7 Billionen Yen", "rund 3,2 Milliarden Dollar", "rund 60 Millionen Euro", "rund 20.000 Dollar",
     "Tagesticket 85 Euro", "9,50 Euro im Monat"],
)


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
