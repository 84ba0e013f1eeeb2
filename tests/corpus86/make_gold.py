#!/usr/bin/env python3
"""Write gold.json for tests/corpus86 (the hand annotation, kept as a script).

Usage: python3 tests/corpus86/make_gold.py
Edit the annotation here, then run this script to rewrite gold.json, then run
check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the eighty-sixth, held-out test corpus (tests/corpus86/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json "
    "and shared/gold/seeds.json. Theme: Big Tech's AI acquisitions, acqui-hires, licensing deals and "
    "strategic stakes 2024-2026 (HPE/Juniper, Microsoft/Inflection, Nvidia/Run:ai, Google/Wiz, AMD/ZT "
    "Systems and Sanmina, Google/Character.AI, SoftBank/Ampere, Salesforce/Informatica, Meta/Scale AI, "
    "Nvidia's stakes in Intel, Nokia and Anthropic, Microsoft/Anthropic, Nvidia/Groq, Google/Windsurf). "
    "One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks deals without an amount and vague or background mentions that an extractor "
    "may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one "
    "of them as a deal is an error. Amounts are in full units, in the currency the article states them in; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' "
    "('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision. 'date' is when "
    "the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's date line, dateline, issue line, byline or, for "
    "two HTML pages, only the meta tag / JSON-LD; null for the undated interview 014); completion "
    "articles keep the date of the agreement; a cancelled deal keeps the date of the offer or talks; "
    "'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable "
    "kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur in the "
    "visible text (check_corpus_gold.visible_text). All deal parties are real companies; their deals are "
    "retold with details shifted or simplified where unsure (see README.md). Publications, research "
    "houses, advertisers, reporters, analysts and quoted people are invented (invented_names.txt). "
    "Nothing here is reporting."
)

ALIASES = {
    "Hewlett Packard Enterprise": ["Hewlett Packard Enterprise", "HPE", "Hewlett Packard Enterprise Co."],
    "Juniper Networks": ["Juniper Networks", "Juniper", "Junipers", "Juniper Networks Inc."],
    "Mist Systems": ["Mist Systems"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Microsofts", "Azure"],
    "Inflection": ["Inflection", "Inflection AI"],
    "Nvidia": ["Nvidia", "Nvidia Corp.", "Nvidias", "NVDA"],
    "Run:ai": ["Run:ai", "Run:AI", "Runai"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services", "Amazon.com"],
    "Anthropic": ["Anthropic", "Anthropic PBC"],
    "Google": ["Google", "Alphabet", "Alphabet Inc.", "Googles", "Google LLC"],
    "Wiz": ["Wiz", "Wiz Inc."],
    "Andreessen Horowitz": ["Andreessen Horowitz", "a16z"],
    "Lightspeed Venture Partners": ["Lightspeed Venture Partners", "Lightspeed"],
    "Thrive Capital": ["Thrive Capital", "Thrive"],
    "AMD": ["AMD", "Advanced Micro Devices", "Advanced Micro Devices Inc."],
    "ZT Systems": ["ZT Systems", "ZT"],
    "Silo AI": ["Silo AI"],
    "Character.AI": ["Character.AI", "Character Technologies"],
    "Adept": ["Adept", "Adept AI"],
    "SoftBank Group": ["SoftBank Group", "SoftBank", "SoftBank Group Corp."],
    "Ampere Computing": ["Ampere Computing", "Ampere"],
    "OpenAI": ["OpenAI"],
    "Oracle": ["Oracle", "Oracle Corp."],
    "MGX": ["MGX"],
    "Mizuho": ["Mizuho", "Mizuho Financial Group", "Mizuho Bank"],
    "Motorola Mobility": ["Motorola Mobility"],
    "Elliott Management": ["Elliott Management", "Elliott"],
    "CoreWeave": ["CoreWeave", "CoreWeave Inc."],
    "Gretel": ["Gretel", "Gretel AI"],
    "Sanmina": ["Sanmina", "Sanmina Corp."],
    "Humain": ["Humain"],
    "Salesforce": ["Salesforce", "Salesforce Inc."],
    "Informatica": ["Informatica", "Informatica Inc."],
    "Slack": ["Slack", "Slack Technologies"],
    "Meta": ["Meta", "Meta Platforms"],
    "Scale AI": ["Scale AI", "Scale"],
    "Accel": ["Accel"],
    "Groq": ["Groq", "Groqs"],
    "Windsurf": ["Windsurf", "Codeium"],
    "Cognition": ["Cognition", "Cognition AI"],
    "Intel": ["Intel", "Intel Corp."],
    "United States government": ["U.S. government", "US government", "US-Regierung"],
    "Apple": ["Apple"],
    "Enfabrica": ["Enfabrica"],
    "Nokia": ["Nokia", "Nokia Oyj"],
    "Infinera": ["Infinera"],
    "Disruptive": ["Disruptive"],
    "Talen Energy": ["Talen Energy", "Talen", "Talen Energy Corp."],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, note=None, kind_alt=None, alt=None, per=None, term=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
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


LICENCE = ["partnership", "acquisition"]
HPE_JUN = ["Hewlett Packard Enterprise", "Juniper Networks"]
MS_INF = ["Microsoft", "Inflection"]
NV_RUN = ["Nvidia", "Run:ai"]
G_WIZ = ["Google", "Wiz"]
AMD_ZT = ["AMD", "ZT Systems"]
SB_AMP = ["SoftBank Group", "Ampere Computing"]
SF_INF = ["Salesforce", "Informatica"]
META_SCALE = ["Meta", "Scale AI"]
NV_GROQ = ["Nvidia", "Groq"]
G_WIND = ["Google", "Windsurf"]
NV_INTEL = ["Nvidia", "Intel"]
NV_NOKIA = ["Nvidia", "Nokia"]
MS_ANT = ["Microsoft", "Anthropic"]
NV_ANT = ["Nvidia", "Anthropic"]
ANT_AZ = ["Anthropic", "Microsoft"]

A = {}

A["001_hpe_juniper_tregarthen_en.txt"] = {
    "published": "2024-01-10",
    "published_note": "from the header 'Updated January 10, 2024 06:55 GMT'; dateline 'SAN JOSE, Jan 9'; 'on Tuesday' -> 2024-01-09",
    "language": "en",
    "deals": [
        D("hpe-juniper", HPE_JUN, "acquisition", 14_000_000_000, "USD", "approx", "2024-01-09", "signed",
          "Hewlett Packard Enterprise is buying Juniper Networks in a cash deal worth about $14 billion, it announced on Tuesday, making its biggest bet yet on the equipment that moves data between AI chips.",
          note="'it' = HPE; the $40 a share is the price per share, not a second deal; completion reported in 009"),
        D("juniper-mist-2019", ["Juniper Networks", "Mist Systems"], "acquisition", 405_000_000, "USD", "exact", "2019", "completed",
          "Juniper, which picked up wireless specialist Mist Systems for $405 million in 2019, brings the Mist AI software that the acquirer wants to spread across its portfolio.",
          required=False, note="background purchase in a relative clause"),
    ],
    "not_deals": ["$40 for every share", "$30.22", "about $450 million a year", "$29.1 billion", "$15.93",
                  "about $20.6 billion", "$36.80", "$17 billion by 2027"],
}

A["002_microsoft_inflection_zirbenbrief.txt"] = {
    "published": "2024-03-22",
    "published_note": "from the issue line 'Ausgabe 12/2024 · Freitag, 22. März 2024'; 'Am Dienstag' -> 2024-03-19 (the hiring and licence), 'Am Donnerstag' -> 2024-03-21 (the amount leaked)",
    "language": "de",
    "deals": [
        D("microsoft-inflection", MS_INF, "other", 650_000_000, "USD", "approx", "2024-03-19", "signed",
          "Insidern zufolge überweist Microsoft an Inflection rund 650 Millionen Dollar.",
          kind_alt=LICENCE,
          note="licence fee plus waiver and the hiring of the founders (acqui-hire without takeover), announced 'Am Dienstag'; the amount is from insiders; the ~620m licence share is a part of it (not_deal)"),
        D("hpe-juniper", HPE_JUN, "acquisition", 14_000_000_000, "USD", "approx", "2024-01", "signed",
          "HPE vereinbarte im Januar die Übernahme des Netzwerkausrüsters Juniper Networks für rund 14 Milliarden Dollar; die Genehmigung in Brüssel und Washington steht aus.",
          note="restatement of 001; 'im Januar' -> month"),
    ],
    "not_deals": ["von 30.000 bis 40.000 Dollar", "etwa 620 Millionen", "gut 1,5 Milliarden Dollar",
                  "rund vier Milliarden Dollar", "3,1 Billionen Dollar", "49 Euro", "29 Euro"],
}

A["003_nvidia_runai_penwith_en.txt"] = {
    "published": "2024-04-25",
    "published_note": "from the byline 'Tamsin Pengelly · 25 April 2024'; 'On Wednesday' -> 2024-04-24; 'Last month' -> 2024-03",
    "language": "en",
    "deals": [
        D("nvidia-runai", NV_RUN, "acquisition", 700_000_000, "USD", "approx", "2024-04-24", "signed",
          "Neither side named a price, but Israeli business press put the purchase at around $700 million.",
          note="parties and 'On Wednesday' in the previous sentence; price only from press reports"),
        D("microsoft-inflection", MS_INF, "other", 650_000_000, "USD", "approx", "2024-03", "signed",
          "Last month Microsoft paid Inflection roughly $650 million to license its models and hire most of its staff instead of buying the company outright.",
          kind_alt=LICENCE, note="restatement of 002"),
        D("amazon-anthropic-2024", ["Amazon", "Anthropic"], "investment", 2_750_000_000, "USD", "exact", "2024-03", "completed",
          "And Amazon topped up its stake in Anthropic with a further $2.75 billion at the end of March, bringing the total it has put into the start-up to four billion dollars.",
          note="the second tranche; 'four billion dollars' is the cumulative total (not_deal)"),
    ],
    "not_deals": ["roughly $2.1 trillion", "$47.5 billion", "$118 million", "$25,000 to $40,000 a card",
                  "four billion dollars", "$2.10 per H100-hour", "$14k a month"],
}

A["004_wiz_absage_kursalpe.txt"] = {
    "published": "2024-07-24",
    "published_note": "from the header '24.07.2024 | 08:40 Uhr'; 'am Montag' -> 2024-07-22 (rejection memo), 'am Dienstagabend' -> 2024-07-23 (results call)",
    "language": "de",
    "deals": [
        D("google-wiz-2024-offer", G_WIZ, "acquisition", 23_000_000_000, "USD", "approx", "2024-07", "cancelled",
          "Medienberichten zufolge lag das Gebot bei rund 23 Milliarden Dollar.",
          note="rejected offer; parties in the previous sentence ('der Google-Mutter Alphabet' = Google); the month of the talks and the rejection ('am Montag', 2024-07-22); different from the $32bn agreement of 2025"),
        D("wiz-2024-round", ["Wiz", "Andreessen Horowitz", "Lightspeed Venture Partners", "Thrive Capital"], "investment",
          1_000_000_000, "USD", "exact", "2024-05", "completed",
          "Geld braucht das Unternehmen vorerst nicht: Erst im Mai hatte Wiz eine Milliarde Dollar von Investoren um Andreessen Horowitz, Lightspeed und Thrive Capital erhalten.",
          note="amount in words; the $12bn valuation of the round is a not_deal"),
        D("alphabet-capex-2024-h2", ["Google"], "capex_plan", 12_000_000_000, "USD", "at_least", "2024-07-23", "planned",
          "Finanzchefin Ruth Porat stellte in Aussicht, die Ausgaben würden in den verbleibenden Quartalen des Jahres jeweils mindestens zwölf Milliarden Dollar betragen.",
          per="quarter", term=["2024-07", "2024-12"],
          note="quarterly capex guidance ('jeweils mindestens'), given at the results 'am Dienstagabend'; the 13bn of the past quarter is past spending (not_deal)"),
    ],
    "not_deals": ["Erlöse von einer Milliarde Dollar", "mit zwölf Milliarden Dollar", "84,7 Milliarden Dollar",
                  "1,89 Dollar", "13 Milliarden Dollar", "177,60 Dollar", "210 Dollar", "177,60 USD",
                  "ca. 2,2 Bio. USD", "0 Euro", "500 Euro"],
}

A["005_amd_zt_liskeard_en.txt"] = {
    "published": "2024-08-22",
    "published_note": "from the issue line 'Issue 88 — Thursday, 22 August 2024'; 'on Monday' -> 2024-08-19",
    "language": "en",
    "deals": [
        D("amd-zt", AMD_ZT, "acquisition", 4_900_000_000, "USD", "exact", "2024-08-19", "signed",
          "AMD announced on Monday that it will take over ZT Systems, the New Jersey firm that designs and assembles AI server racks for the largest cloud operators, paying $4.9 billion, partly in cash and partly in AMD stock.",
          note="the contingent payment of up to $400m is part of the $4.9bn (not_deal)"),
        D("amd-siloai", ["AMD", "Silo AI"], "acquisition", 665_000_000, "USD", "exact", "2024-07", "completed",
          "AMD's $665 million takeover of Helsinki-based Silo AI, agreed in July, closed last week, handing it Europe's largest private AI lab.",
          note="date = the agreement ('agreed in July'), closing 'last week'"),
        D("nvidia-runai", NV_RUN, "acquisition", 700_000_000, "USD", "approx", "2024-04", "signed",
          "Brussels is still reviewing the Run:ai deal, in which Nvidia agreed in April to buy the GPU scheduling start-up for a reported $700 million.",
          note="restatement of 003; 'a reported' -> approx"),
    ],
    "not_deals": ["as much as $400 million", "around $10 billion", "more than $1 billion", "$4.5bn+", "$2.75",
                  "£1,150 per kW", "£90 annually", "£9 monthly"],
}

A["006_characterai_porthleven_en.html"] = {
    "published": "2024-09-30",
    "published_note": "no visible date; from <meta name='article:published'> and JSON-LD datePublished 2024-09-30; 'In early August' -> 2024-08, 'In March' -> 2024-03, 'In June' -> 2024-06",
    "language": "en",
    "deals": [
        D("google-characterai", ["Google", "Character.AI"], "other", 2_700_000_000, "USD", "approx", "2024-08", "signed",
          "Google paid some $2.7 billion for a non-exclusive licence to Character's models, a figure that surfaced only last week in press reports.",
          kind_alt=LICENCE,
          note="licence plus the return of the founders ('In early August', previous sentence); 'some' -> approx; the $2.5bn valuation is a not_deal"),
        D("microsoft-inflection", MS_INF, "other", 650_000_000, "USD", "approx", "2024-03", "signed",
          "In March, Microsoft paid Inflection roughly $650 million, most of it labelled a licence fee, and hired Mustafa Suleyman and nearly all his engineers.",
          kind_alt=LICENCE, note="restatement of 002"),
        D("amazon-adept", ["Amazon", "Adept"], "other", None, None, None, "2024-06", "signed",
          "In June, Amazon recruited Adept's chief executive David Luan and licensed its technology; terms were not disclosed.",
          required=False, kind_alt=LICENCE, note="no amount"),
    ],
    "not_deals": ["about $2.5 billion", "$119.5 million", "$9.99 a month", "$100m", "£20,000", "£6.99 a month"],
}

A["007_softbank_ampere_seto_en.txt"] = {
    "published": "2025-03-20",
    "published_note": "from the date line 'Thursday, March 20, 2025' and the dateline 'TOKYO, March 20'; 'late on Wednesday, U.S. time' -> 2025-03-19; 'In January' -> 2025-01",
    "language": "en",
    "deals": [
        D("softbank-ampere", SB_AMP, "acquisition", 6_500_000_000, "USD", "exact", "2025-03-19", "signed",
          "TOKYO, March 20 — SoftBank Group has agreed to acquire Ampere Computing, a Californian developer of server chips built on Arm designs, paying $6.5 billion in cash, roughly ¥970 billion at current rates, the conglomerate announced late on Wednesday, U.S. time.",
          alt=[(970_000_000_000, "JPY")], note="sellers Carlyle and Oracle (next sentence)"),
        D("stargate-2025", ["SoftBank Group", "OpenAI", "Oracle", "MGX"], "joint_venture", 100_000_000_000, "USD", "exact", "2025-01", "announced",
          "In January SoftBank became a founding partner in Stargate, the data-centre venture with OpenAI, Oracle and the Emirati investor MGX that promised to put $100 billion to work immediately and to scale that to $500 billion by 2029.",
          kind_alt=["capex_plan", "project"], alt=[(500_000_000_000, "USD")],
          note="initial $100bn; the $500bn by 2029 is the same venture's full size (alt_amounts)"),
        D("softbank-openai-2025", ["SoftBank Group", "OpenAI"], "investment", 40_000_000_000, "USD", "up_to", "2025-03", "negotiating",
          "SoftBank is close to agreeing to put as much as $40 billion into OpenAI, according to several people familiar with the talks, and is arranging a bridge loan of about $16.5 billion with Mizuho among the lead lenders to pay for the first part of it.",
          note="talks from sources; shares the sentence with the bridge loan"),
        D("softbank-bridge-loan-2025", ["SoftBank Group", "Mizuho"], "other", 16_500_000_000, "USD", "approx", "2025-03", "negotiating",
          "SoftBank is close to agreeing to put as much as $40 billion into OpenAI, according to several people familiar with the talks, and is arranging a bridge loan of about $16.5 billion with Mizuho among the lead lenders to pay for the first part of it.",
          note="loan being arranged; a different deal from the OpenAI investment in the same sentence"),
    ],
    "not_deals": ["¥8,231", "about ¥12 trillion", "¥369 billion", "around ¥14 trillion", "near $130 billion"],
}

A["008_google_wiz_bodmin_en.txt"] = {
    "published": "2025-03-19",
    "published_note": "from the date line 'Wednesday 19 March 2025'; 'on Tuesday' -> 2025-03-18; 'Last July' -> 2024-07; 'Last month' -> 2025-02",
    "language": "en",
    "deals": [
        D("google-wiz-2025", G_WIZ, "acquisition", 32_000_000_000, "USD", "exact", "2025-03-18", "signed",
          "Alphabet is to buy Wiz, the cloud security group founded by four Israeli veterans of military intelligence, for $32bn (£24.6bn) in cash, the Google owner said on Tuesday.",
          alt=[(24_600_000_000, "GBP"), (29_300_000_000, "EUR")],
          note="EUR figure as 010 states it; completion reported in 019"),
        D("google-motorola-2012", ["Google", "Motorola Mobility"], "acquisition", 12_500_000_000, "USD", "exact", "2012", "completed",
          "It is by far the largest takeover in the search company's history, dwarfing the $12.5bn it paid for Motorola Mobility in 2012.",
          required=False, note="background comparison"),
        D("google-wiz-2024-offer", G_WIZ, "acquisition", 23_000_000_000, "USD", "exact", "2024-07", "cancelled",
          "Last July it spurned a $23bn approach, with chief executive Assaf Rappaport telling staff the company would rather float.",
          note="'it' = Wiz, the bidder is Google (previous sentences); the rejected offer of 004, must stay apart from the $32bn deal"),
        D("google-wiz-breakfee", G_WIZ, "other", 3_200_000_000, "USD", "exact", "2025-03-18", "signed",
          "Should competition regulators block the transaction, Google has agreed to pay Wiz a termination fee of $3.2bn.",
          required=False, note="conditional break fee, part of the agreement"),
        D("alphabet-capex-2025", ["Google"], "capex_plan", 75_000_000_000, "USD", "approx", "2025-02", "planned",
          "Last month Alphabet said it expects to spend about $75bn on capital expenditure this year, mostly on servers and data centres, against $52.5bn in 2024.",
          term=["2025", "2025"], note="the $52.5bn of 2024 is past spending (not_deal)"),
    ],
    "not_deals": ["roughly $700m", "$12bn", "$2.1bn", "$52.5bn", "$160.73", "£4.1m", "£2.20"],
}

A["009_hpe_juniper_inntaler.txt"] = {
    "published": "2025-07-03",
    "published_note": "from the header '03.07.2025 – 07:30'; 'am Mittwoch' -> 2025-07-02 (completion), 'Am vergangenen Samstag' -> 2025-06-28; the deal keeps its agreement date ('im Januar 2024')",
    "language": "de",
    "deals": [
        D("hpe-juniper", HPE_JUN, "acquisition", 14_000_000_000, "USD", "exact", "2024-01", "completed",
          "Der 14 Milliarden Dollar schwere Kauf war im Januar 2024 vereinbart worden; HPE zahlt wie damals angekündigt 40 Dollar je Juniper-Aktie in bar.",
          note="completion reported ('am Mittwoch', 2025-07-02); the date is the agreement"),
        D("hpe-doj-settlement", ["Hewlett Packard Enterprise"], "other", None, None, None, "2025-06-28", "signed",
          "Am vergangenen Samstag sagte HPE zu, die Sparte Instant On für kleinere Firmennetze abzustoßen und Rivalen per Auktion Lizenzen für den Programmcode von Mist, Junipers KI-Netzwerksoftware, zu vergeben.",
          required=False, note="settlement with the US Department of Justice: divestiture and licences, no price"),
        D("elliott-hpe-2025", ["Elliott Management", "Hewlett Packard Enterprise"], "investment", 1_500_000_000, "USD", "at_least", "2025", "completed",
          "Der aktivistische Investor Elliott Management hatte sich im Frühjahr mit mehr als 1,5 Milliarden Dollar an HPE beteiligt und fordert eine strengere Kostendisziplin.",
          note="stake built 'im Frühjahr' -> year"),
    ],
    "not_deals": ["40 Dollar je Juniper-Aktie", "jährlich 600 Millionen Dollar", "450 Millionen",
                  "7,6 Milliarden Dollar", "gut einer Milliarde Dollar", "20,64 Dollar", "24 Dollar"],
}

A["010_wochenrueckblick_almfunk.txt"] = {
    "published": "2025-03-21",
    "published_note": "from the issue line 'Nr. 11 | 21.03.2025'; 'am Dienstag' -> 2025-03-18, 'am Mittwoch' -> 2025-03-19, 'Anfang März' -> 2025-03, 'im Januar' -> 2025-01",
    "language": "de",
    "deals": [
        D("google-wiz-2025", G_WIZ, "acquisition", 29_300_000_000, "EUR", "approx", "2025-03-18", "signed",
          "Alphabet kauft das New Yorker Cloud-Sicherheits-Unternehmen Wiz für umgerechnet rund 29,3 Milliarden Euro in bar, teilten beide Seiten am Dienstag mit.",
          note="stated only in EUR here ($32bn in 008)"),
        D("google-wiz-2024-offer", G_WIZ, "acquisition", None, None, None, "2024", "cancelled",
          "Im Vorjahr hatten die Wiz-Gründer ein niedrigeres Gebot noch ausgeschlagen.",
          required=False, note="the rejected 2024 offer without amount ('Im Vorjahr' -> 2024)"),
        D("softbank-ampere", SB_AMP, "acquisition", 6_500_000_000, "USD", "exact", "2025-03-19", "signed",
          "SoftBank übernimmt den Serverchip-Entwickler Ampere Computing für 6,5 Milliarden Dollar, wie der japanische Konzern am Mittwoch bekanntgab."),
        D("openai-coreweave-2025", ["OpenAI", "CoreWeave"], "cloud_contract", 11_900_000_000, "USD", "approx", "2025-03", "signed",
          "Schon Anfang März hatte sich OpenAI beim Cloud-Anbieter CoreWeave Kapazität für knapp 11,9 Milliarden Dollar gesichert, verteilt auf fünf Jahre.",
          note="'knapp' -> approx; five-year term without dates; the $350m CoreWeave shares are part of the agreement (not_deal)"),
        D("nvidia-gretel", ["Nvidia", "Gretel"], "acquisition", None, None, None, "2025-03", "completed",
          "Am Rande der Entwicklerkonferenz GTC wurde bekannt, dass Nvidia das Start-up Gretel übernommen hat, das synthetische Trainingsdaten erzeugt.",
          required=False, note="price only as 'neunstellig' (no figure)"),
        D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80_000_000_000, "USD", "approx", "2025-01", "planned",
          "Bis Ende Juni, dem Schluss seines Geschäftsjahres, will Microsoft etwa 80 Milliarden Dollar für Rechenzentren ausgeben, die KI-Modelle trainieren und betreiben; Präsident Brad Smith hat die Summe im Januar bekräftigt.",
          term=["2024-07", "2025-06"], note="fiscal year to June 2025; stated in January ('im Januar')"),
    ],
    "not_deals": ["etwa 700 Millionen Dollar", "350 Millionen Dollar", "47 bis 55 Dollar", "bis zu 35 Milliarden Dollar",
                  "1,2 Billionen Dollar", "1.200 Euro", "7,90 Euro"],
}

A["011_amd_sanmina_hochfirn.txt"] = {
    "published": "2025-05-15",
    "published_note": "from the header '15.05.2025 | 08:05'; 'am Mittwoch' -> 2025-05-14, 'Am Dienstag' -> 2025-05-13",
    "language": "de",
    "deals": [
        D("amd-sanmina-zt", ["Sanmina", "AMD", "ZT Systems"], "acquisition", 3_000_000_000, "USD", "exact", "2025-05-14", "signed",
          "Der Preis liegt bei drei Milliarden Dollar, wie beide Unternehmen am Mittwoch nach Börsenschluss mitteilten.",
          note="Sanmina buys ZT Systems' manufacturing business from AMD (previous sentence); the cash, share and contingent parts are not_deals; must stay apart from AMD's purchase of ZT"),
        D("amd-zt", AMD_ZT, "acquisition", 4_900_000_000, "USD", "exact", "2024-08", "completed",
          "Für ZT Systems selbst hatte AMD im August 2024 einen Preis von 4,9 Milliarden Dollar vereinbart; seit Ende März gehört der Rack-Spezialist zum Konzern.",
          note="restatement of 005; completed at the end of March 2025"),
        D("amd-humain-2025", ["AMD", "Humain"], "partnership", 10_000_000_000, "USD", "up_to", "2025-05-13", "announced",
          "Über fünf Jahre wollen beide bis zu zehn Milliarden Dollar für Rechenzentren und Chips mobilisieren.",
          kind_alt=["joint_venture", "project"],
          note="'beide' = AMD and Humain, 'Am Dienstag' (previous sentence); amount in words"),
    ],
    "not_deals": ["2,25 Milliarden Dollar", "300 Millionen Dollar", "bis zu 450 Millionen Dollar", "sechs Milliarden Dollar",
                  "rund 800 Millionen Dollar", "7,44 Milliarden Dollar", "117,86 USD", "86,10 USD", "130 Dollar", "1 Euro"],
}

A["012_salesforce_informatica_datenklamm.html"] = {
    "published": "2025-05-28",
    "published_note": "no visible date; from <meta name='date'> and JSON-LD datePublished 2025-05-28; 'am Dienstagabend' -> 2025-05-27",
    "language": "de",
    "deals": [
        D("salesforce-informatica-2025", SF_INF, "acquisition", 8_000_000_000, "USD", "approx", "2025-05-27", "signed",
          "Im zweiten Anlauf klappt es: Salesforce übernimmt den Datenmanagement-Anbieter Informatica für rund acht Milliarden Dollar, umgerechnet etwa 7,1 Milliarden Euro.",
          alt=[(7_100_000_000, "EUR")], note="amount in words; 'am Dienstagabend' in the next sentence; $25 a share is a price (not_deal)"),
        D("salesforce-informatica-2024-talks", SF_INF, "acquisition", None, None, None, "2024-04", "cancelled",
          "Schon im April 2024 hatten die beiden über einen Zusammenschluss verhandelt, die Gespräche platzten damals am Preis.",
          required=False, note="failed talks without amount; must stay apart from the 2025 agreement"),
        D("salesforce-slack", ["Salesforce", "Slack"], "acquisition", 27_700_000_000, "USD", "exact", None, "completed",
          "Seit dem Kauf von Slack für 27,7 Milliarden Dollar hatte sich der Konzern mit großen Zukäufen zurückgehalten, auch auf Druck aktivistischer Aktionäre.",
          required=False, note="background; no date in the text"),
    ],
    "not_deals": ["25 Dollar pro Aktie", "knapp 1,64 Milliarden Dollar", "268 Dollar", "bis zu 41,3 Milliarden Dollar",
                  "299 Euro", "249 Euro", "5,99 Euro"],
}

A["013_meta_scale_gnadenwald.txt"] = {
    "published": "2025-06-13",
    "published_note": "from the date line 'Freitag, 13. Juni 2025 · Unternehmen & Märkte · Seite 11'; 'am Donnerstag' -> 2025-06-12; 'Ende April' -> 2025-04",
    "language": "de",
    "deals": [
        D("meta-scale-2025", META_SCALE, "investment", 14_300_000_000, "USD", "exact", "2025-06-12", "signed",
          "Für 49 Prozent am Datenaufbereiter Scale AI legt Meta 14,3 Milliarden Dollar auf den Tisch, was etwa 12,4 Milliarden Euro entspricht.",
          alt=[(12_400_000_000, "EUR"), (14_000_000_000, "USD")],
          note="confirmed 'am Donnerstag' (next sentence); USD 14bn = 'gut 14 Milliarden' in 014; valuation over $29bn is a not_deal"),
        D("scale-seriesf-2024", ["Scale AI", "Accel"], "investment", 1_000_000_000, "USD", "exact", "2024-05", "completed",
          "Vor gut einem Jahr, im Mai 2024, flossen Scale in einer Runde unter Führung von Accel eine Milliarde Dollar zu; auch Meta, Amazon und Nvidia zeichneten damals Anteile.",
          note="lead investor Accel; Meta, Amazon and Nvidia participated; a different Scale AI deal from Meta's 2025 stake"),
        D("google-scale-2025", ["Google", "Scale AI"], "other", 200_000_000, "USD", "approx", "2025", "cancelled",
          "Google, bislang größter Kunde, wollte in diesem Jahr nach Angaben von Insidern etwa 200 Millionen Dollar für Scales Dienste ausgeben und fährt die Zusammenarbeit nun zurück.",
          kind_alt=["supply", "cloud_contract"], note="planned purchase of data services from sources, being wound down -> cancelled"),
        D("meta-capex-2025", ["Meta"], "capex_plan", 64_000_000_000, "USD", "range", "2025-04", "planned",
          "Ende April hob der Konzern seine Investitionsplanung für 2025 auf 64 bis 72 Milliarden Dollar an, vor allem für Rechenzentren und Chips.",
          amount_max=72_000_000_000, term=["2025", "2025"], note="'der Konzern' = Meta (previous sentence)"),
        D("talen-amazon-ppa-2025", ["Talen Energy", "Amazon"], "supply", 18_000_000_000, "USD", "approx", "2025-06-11", "signed",
          "Kurz notiert: Amazon sicherte sich am Mittwoch beim Versorger Talen Energy Atomstrom aus dem Kraftwerk Susquehanna; der Liefervertrag über 1,92 Gigawatt läuft bis 2042 und ist nach Talen-Angaben rund 18 Milliarden Dollar wert.",
          term=[None, "2042"], note="power purchase agreement; value over its life as stated by the supplier"),
    ],
    "not_deals": ["über 29 Milliarden Dollar", "13,8 Milliarden Dollar", "rund 870 Millionen Dollar",
                  "bis zu 100 Millionen Dollar", "693,10 Dollar"],
}

A["014_interview_lizenzdeals_lodenjournal.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesezeit: 6 Minuten'); all deals without a year in the text get date null",
    "language": "de",
    "deals": [
        D("nvidia-groq-2025", NV_GROQ, "other", 20_000_000_000, "USD", "approx", None, "signed",
          "Lodenjournal: Frau Mairhofer, Nvidia zahlt für Groqs Technik und Führungsleute rund 20 Milliarden Dollar, kauft aber das Unternehmen nicht.",
          kind_alt=LICENCE, note="licence plus hires, no takeover; genitive 'Groqs'; the deal of 018 (2025-12-24)"),
        D("microsoft-inflection", MS_INF, "other", 650_000_000, "USD", "exact", "2024", "signed",
          "Angefangen hat das 2024 mit Microsoft und Inflection, 650 Millionen Dollar, überwiegend als Lizenzgebühr deklariert.",
          kind_alt=LICENCE),
        D("google-windsurf-2025", G_WIND, "other", 2_400_000_000, "USD", "exact", None, "signed",
          "Dann kam Google bei Windsurf: 2,4 Milliarden Dollar für eine Lizenz und das Gründerteam.",
          kind_alt=LICENCE, note="licence plus founders (July 2025 per 020)"),
        D("meta-scale-2025", META_SCALE, "investment", 14_000_000_000, "USD", "at_least", None, "signed",
          "Meta hat für knapp die Hälfte von Scale AI gut 14 Milliarden Dollar hingelegt, im Kern, um Alexandr Wang zu holen.",
          note="'gut 14 Milliarden' -> at_least 14bn (alt_amount in 013)"),
        D("cognition-windsurf", ["Cognition", "Windsurf"], "acquisition", None, None, None, None, "completed",
          "Bei Windsurf hat der Rest der Firma Glück gehabt, weil Cognition sie kurz darauf übernommen hat.",
          required=False, note="no amount"),
    ],
    "not_deals": ["zehn Millionen Dollar im Jahr", "9,80 Euro", "500 Euro"],
}

A["015_nvidia_intel_bedruthan_en.txt"] = {
    "published": "2025-09-19",
    "published_note": "from the header 'Sep 19, 2025 · 7:02 AM ET'; 'on Thursday' -> 2025-09-18; 'mid-August' and 'Days later' -> 2025-08",
    "language": "en",
    "deals": [
        D("nvidia-intel-2025", NV_INTEL, "investment", 5_000_000_000, "USD", "exact", "2025-09-18", "signed",
          "Intel had its best trading day since 1987 on Thursday after Nvidia committed to purchasing $5 billion of freshly issued Intel common stock and to co-develop chips for PCs and data centres.",
          note="$23.28 a share is the price (not_deal)"),
        D("softbank-intel-2025", ["SoftBank Group", "Intel"], "investment", 2_000_000_000, "USD", "exact", "2025-08", "signed",
          "SoftBank Group committed $2 billion in mid-August, buying at $23 a share.",
          note="Intel from the previous sentence; a different Intel stake from Nvidia's"),
        D("us-intel-stake-2025", ["United States government", "Intel"], "investment", 8_900_000_000, "USD", "exact", "2025-08", "completed",
          "Days later the U.S. government converted $8.9 billion of previously promised chip grants into a stake of about 10%, becoming the largest shareholder.",
          required=False, note="equity stake paid with promised state grants; optional because the money is grant money"),
        D("apple-intel-talks", ["Apple", "Intel"], "investment", None, None, None, "2025-09", "negotiating",
          "Apple has also held early talks about investing, according to a Bloomberg report; neither company commented.",
          required=False, note="no amount"),
        D("nvidia-enfabrica-2025", ["Nvidia", "Enfabrica"], "other", 900_000_000, "USD", "at_least", "2025-09", "rumored",
          "Separately, Nvidia is said to have spent more than $900 million in cash and stock to bring aboard Enfabrica's chief executive, Rochan Sankar, and much of his team, and to license the start-up's networking technology.",
          kind_alt=LICENCE, note="acqui-hire plus licence, reported only ('is said to', Nvidia declined to comment) -> rumored; month of the article"),
    ],
    "not_deals": ["$23.28 a share", "$30.57", "roughly $30 billion", "$176.24", "$23 a share", "$18.8 billion",
                  "$32", "$24", "more than $56 billion", "$0 commission"],
}

A["016_kernow_compute_letter_en.txt"] = {
    "published": "2025-11-20",
    "published_note": "from the issue line 'No. 214 | Thursday, 20 November 2025'; 'On Tuesday' / 'Also on Tuesday' -> 2025-11-18; 'late last month' -> 2025-10; 'in May' -> 2025-05",
    "language": "en",
    "deals": [
        D("anthropic-azure-2025", ANT_AZ, "cloud_contract", 30_000_000_000, "USD", "exact", "2025-11-18", "signed",
          "Anthropic will buy $30 billion worth of computing capacity on Microsoft's Azure cloud and may contract for up to a gigawatt more.",
          note="must stay apart from Microsoft's investment in Anthropic"),
        D("microsoft-anthropic-2025", MS_ANT, "investment", 5_000_000_000, "USD", "up_to", "2025-11-18", "announced",
          "In return, the Redmond company is prepared to commit as much as $5 billion to the Claude developer, and Nvidia will put in up to $10 billion.",
          note="'the Redmond company' = Microsoft, 'the Claude developer' = Anthropic"),
        D("nvidia-anthropic-2025", NV_ANT, "investment", 10_000_000_000, "USD", "up_to", "2025-11-18", "announced",
          "In return, the Redmond company is prepared to commit as much as $5 billion to the Claude developer, and Nvidia will put in up to $10 billion.",
          note="same sentence as Microsoft's investment"),
        D("salesforce-informatica-2025", SF_INF, "acquisition", 8_000_000_000, "USD", "approx", "2025-05", "completed",
          "Also on Tuesday, Salesforce completed its purchase of Informatica, the roughly $8 billion deal agreed in May.",
          note="completion on 2025-11-18; the date is the agreement ('agreed in May')"),
        D("nvidia-nokia-2025", NV_NOKIA, "investment", 1_000_000_000, "USD", "exact", "2025-10", "signed",
          "Nvidia's $1 billion stake in Nokia, unveiled late last month and priced at $6.01 a share, gives the chip maker a holding of about 2.9% in the Espoo-based company.",
          alt=[(860_000_000, "EUR")], note="EUR figure as 017 states it"),
    ],
    "not_deals": ["around $350 billion", "$183 billion", "about $41.5 billion", "$6.01 a share", "$57.0bn", "$65bn",
                  "$1.87", "£120 annually", "£12 monthly"],
}

A["017_nvidia_nokia_wipptaler.txt"] = {
    "published": "2025-10-29",
    "published_note": "from the date line 'Mittwoch, 29. Oktober 2025' (dateline 'HELSINKI/SANTA CLARA, 28. Oktober.'); 'am Dienstag' -> 2025-10-28; 'Im September' and 'Wenige Tage später' -> 2025-09",
    "language": "de",
    "deals": [
        D("nvidia-nokia-2025", NV_NOKIA, "investment", 1_000_000_000, "USD", "exact", "2025-10-28", "signed",
          "Für rund 166 Millionen neue Aktien zahlt der US-Konzern eine Milliarde Dollar, etwa 860 Millionen Euro; die Vereinbarung gaben beide Seiten am Dienstag bekannt.",
          alt=[(860_000_000, "EUR")], note="'der US-Konzern' = Nvidia; parties in the previous sentence; amount in words"),
        D("nvidia-intel-2025", NV_INTEL, "investment", 5_000_000_000, "USD", "exact", "2025-09", "signed",
          "Im September hatte Konzernchef Jensen Huang bereits fünf Milliarden Dollar in den angeschlagenen Rivalen Intel gesteckt.",
          note="Nvidia from the previous sentence; restatement of 015"),
        D("nvidia-openai-loi-2025", ["Nvidia", "OpenAI"], "investment", 100_000_000_000, "USD", "up_to", "2025-09", "planned",
          "Wenige Tage später unterzeichnete Nvidia eine Absichtserklärung, OpenAI stufenweise bis zu 100 Milliarden Dollar zuzuschießen, gekoppelt an den Aufbau von Rechenzentren mit mindestens zehn Gigawatt Leistung.",
          note="letter of intent -> planned"),
        D("nokia-infinera", ["Nokia", "Infinera"], "acquisition", 2_300_000_000, "USD", "exact", "2024", "completed",
          "Den Kauf von Infinera, einem US-Anbieter optischer Netztechnik, hatte Nokia 2024 für 2,3 Milliarden Dollar vereinbart und im Februar vollzogen.",
          note="agreed 2024, completed February 2025"),
    ],
    "not_deals": ["6,01 Dollar", "6,12 Euro", "200 Milliarden Dollar bis 2030", "435 Millionen Euro",
                  "bis zu 35 Millionen Euro", "fünf Billionen Dollar"],
}

A["018_nvidia_groq_zennor_en.html"] = {
    "published": "2025-12-27",
    "published_note": "from the visible byline 'Dec 27, 2025' and <meta property='article:published_time'>; 'On Wednesday' (Christmas Eve) -> 2025-12-24; 'three months ago' -> 2025-09",
    "language": "en",
    "deals": [
        D("nvidia-groq-2025", NV_GROQ, "other", 20_000_000_000, "USD", "approx", "2025-12-24", "signed",
          "The price is about $20 billion in cash, a person close to Groq's investors said; neither company disclosed terms.",
          kind_alt=LICENCE, note="non-exclusive licence plus hires; parties and 'On Wednesday' two sentences earlier; amount from one source"),
        D("groq-2025-round", ["Groq", "Disruptive"], "investment", 750_000_000, "USD", "exact", "2025-09", "completed",
          "Only three months ago Groq collected $750 million from investors headed by Disruptive, which valued it at $6.9 billion after the money came in.",
          note="the $6.9bn valuation is a not_deal"),
        D("nvidia-intel-2025", NV_INTEL, "investment", 5_000_000_000, "USD", "exact", "2025-09", "completed",
          "Its $5 billion Intel stake, agreed in September, passed US antitrust review this month.",
          note="'Its' = Nvidia's; cleared this month, date = the agreement"),
    ],
    "not_deals": ["$6.9 billion", "$60.6 billion", "$190.53", "$36.37", "$2.49 per GPU-hour", "$8 a month", "$1 trial month"],
}

A["019_google_wiz_isarwinkel.txt"] = {
    "published": "2026-03-12",
    "published_note": "from the byline 'Von Vinzenz Stöckl | 12.03.2026, 18:40 Uhr'; 'am Mittwoch' -> 2026-03-11 (completion); 'im März vergangenen Jahres' -> 2025-03; 'Im November' -> 2025-11; 'Anfang Februar' -> 2026-02; 'Ende Januar' -> 2026-01",
    "language": "de",
    "deals": [
        D("google-wiz-2025", G_WIZ, "acquisition", 32_000_000_000, "USD", "exact", "2025-03", "completed",
          "Für die 32 Milliarden Dollar, auf die sich beide Seiten im März vergangenen Jahres verständigt hatten, bekommt der Konzern ein Unternehmen, das nach eigenen Angaben inzwischen mehr als eine Milliarde Dollar wiederkehrenden Jahresumsatz erzielt.",
          note="completed 'am Mittwoch' (2026-03-11); the date is the agreement; 'der Konzern' = Alphabet/Google"),
        D("google-germany-2025", ["Google"], "capex_plan", 5_500_000_000, "EUR", "approx", "2025-11", "planned",
          "Die Region profitiert ohnehin: Im November hatte Google angekündigt, zwischen 2026 und 2029 etwa 5,5 Milliarden Euro hierzulande auszugeben, vor allem in Rechenzentren in Hanau und Dietzenbach sowie in Büros in München und Berlin.",
          term=["2026", "2029"]),
        D("alphabet-capex-2026", ["Google"], "capex_plan", 175_000_000_000, "USD", "range", "2026-02", "planned",
          "Anfang Februar kündigte Alphabet für das laufende Jahr einen Investitionsrahmen von 175 bis 185 Milliarden Dollar an, nach rund 91 Milliarden im Vorjahr.",
          amount_max=185_000_000_000, term=["2026", "2026"], note="the ~91bn of 2025 is past spending (not_deal)"),
        D("meta-capex-2026", ["Meta"], "capex_plan", 115_000_000_000, "USD", "range", "2026-01", "planned",
          "Meta plant für 2026, wie Ende Januar mitgeteilt, mit Sachinvestitionen von 115 bis 135 Milliarden Dollar.",
          amount_max=135_000_000_000, term=["2026", "2026"]),
        D("google-anthropic-tpu", ["Google", "Anthropic"], "cloud_contract", None, None, None, None, "signed",
          "Im Wettlauf um die KI-Modelle setzt Google zugleich auf Anthropic, dem es Rechenleistung auf Hunderttausenden eigener TPU-Chips liefert.",
          required=False, kind_alt=["supply"], note="no amount, no date"),
        D("microsoft-anthropic-2025", MS_ANT, "investment", 5_000_000_000, "USD", "up_to", "2025-11", "announced",
          "Sie sagten im November Investitionen von bis zu fünf beziehungsweise zehn Milliarden Dollar zu.",
          note="'Sie' = Microsoft and Nvidia (previous sentence), 'fünf beziehungsweise zehn' split between them; currency only after 'zehn Milliarden'"),
        D("nvidia-anthropic-2025", NV_ANT, "investment", 10_000_000_000, "USD", "up_to", "2025-11", "announced",
          "Sie sagten im November Investitionen von bis zu fünf beziehungsweise zehn Milliarden Dollar zu.",
          note="second half of the 'beziehungsweise' pair"),
    ],
    "not_deals": ["mehr als eine Milliarde Dollar", "rund 91 Milliarden", "305 Dollar", "rund 3,7 Billionen Dollar"],
}

A["020_trebah_notes_licence_en.txt"] = {
    "published": "2026-11-24",
    "published_note": "from the byline 'Posted 24 November 2026 by Piran Kitto'; 'last Christmas Eve' -> 2025-12-24; 'In June 2025', 'In July 2025', 'in March 2025', 'in November 2025' -> months",
    "language": "en",
    "deals": [
        D("meta-scale-2025", META_SCALE, "investment", 14_300_000_000, "USD", "exact", "2025-06", "signed",
          "In June 2025 Meta paid $14.3 billion for a 49% stake in Scale AI and got Alexandr Wang to run its superintelligence lab."),
        D("google-windsurf-2025", G_WIND, "other", 2_400_000_000, "USD", "exact", "2025-07", "signed",
          "In July 2025 Google handed Windsurf $2.4 billion for a licence and its two founders, days after OpenAI's agreement to buy the coding start-up for about $3 billion fell apart.",
          kind_alt=LICENCE),
        D("openai-windsurf-2025", ["OpenAI", "Windsurf"], "acquisition", 3_000_000_000, "USD", "approx", "2025", "cancelled",
          "In July 2025 Google handed Windsurf $2.4 billion for a licence and its two founders, days after OpenAI's agreement to buy the coding start-up for about $3 billion fell apart.",
          note="collapsed agreement in the same sentence as Google's licence; agreed earlier in 2025 (no month given)"),
        D("nvidia-groq-2025", NV_GROQ, "other", 20_000_000_000, "USD", "approx", "2025-12-24", "signed",
          "Then, last Christmas Eve, Nvidia agreed to pay roughly $20 billion for a non-exclusive licence to Groq's inference designs plus most of its senior engineers.",
          kind_alt=LICENCE),
        D("softbank-ampere", SB_AMP, "acquisition", 6_500_000_000, "USD", "exact", "2025-03", "completed",
          "SoftBank's $6.5 billion purchase of Ampere, agreed in March 2025, closed at the end of that year after a lengthy US review."),
        D("anthropic-azure-2025", ANT_AZ, "cloud_contract", 30_000_000_000, "USD", "exact", "2025-11", "signed",
          "Anthropic's promise to buy Azure compute worth $30 billion, signed in November 2025, tells you more about where power sits than any share purchase.",
          note="'Azure' = Microsoft"),
    ],
    "not_deals": ["just over $2.3 million", "between $8 million and $25 million", "$80 a year", "$8 monthly"],
}


def main():
    gold = {"about": ABOUT, "articles": dict(sorted(A.items())), "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
