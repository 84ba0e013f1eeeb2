#!/usr/bin/env python3
"""Write gold.json for corpus48 (the annotation as a script: edit here, then run).

Usage: python3 tests/corpus48/make_gold.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount else None, "qualifier": qualifier if amount else None,
         "date": date, "status": status, "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


B = 1_000_000_000
M = 1_000_000

A = {}

A["001_xai_seriesb_zawiercie_en.txt"] = dict(
    published="2024-05-27", language="en",
    published_note="from the byline line 'May 27, 2024 | 07:12 GMT'; 'on Sunday' -> 2024-05-26",
    deals=[
        deal("xai-seriesb-2024", ["xAI"], "investment", 6 * B, "USD", "exact", "2024-05-26", "completed",
             "SAN FRANCISCO (ZW) - xAI, the AI company Elon Musk founded last year, has collected $6 billion of Series B funding, it said on Sunday, handing it one of the deepest war chests among the labs chasing OpenAI.",
             alt_amounts=[{"amount": 5.5 * B, "currency": "EUR"}],
             note="investors named in the next sentence; 002 gives the EUR conversion (alt_amounts); different from the second $6bn round of December 2024 (xai-seriesc-2024)"),
        deal("mistral-round-2024", ["Mistral AI"], "investment", 500 * M, "EUR", "approx", "2024", "rumored",
             "Paris-based Mistral AI is negotiating to raise around €500 million at a valuation of about €5 billion, two people who were briefed said.",
             alt_amounts=[{"amount": 600 * M, "currency": "EUR"}, {"amount": 640 * M, "currency": "USD"}],
             note="talks from sources; 003 reports the closing at €600m on 2024-06-11 (alt_amounts); the year keeps the shared id's dates consistent"),
        deal("amazon-anthropic-2023", ["Amazon", "Anthropic"], "investment", 4 * B, "USD", "up_to", "2023", "signed",
             "The incumbents are far ahead. Microsoft has put some $13 billion into OpenAI since 2019, and Amazon agreed last year to invest up to $4 billion in Anthropic.",
             required=False, note="background mention of the 2023 commitment ('last year'); Microsoft's $13bn is a cumulative total (not_deal)"),
    ],
    not_deals=["$18 billion", "between $30,000 and $40,000", "€5 billion", "$13 billion", "$16 a month", "$26 billion"],
)

A["002_xai_microsoft_sobotka.txt"] = dict(
    published="2024-05-28", language="de",
    published_note="from the date line 'Sobotka-Rundschau · Unternehmen & Märkte · Dienstag, 28. Mai 2024 · Seite 17'; 'am Sonntagabend' -> 2024-05-26; 'Mitte Mai' -> 2024-05",
    deals=[
        deal("xai-seriesb-2024", ["xAI"], "investment", 6 * B, "USD", "exact", "2024-05-26", "completed",
             "Das KI-Start-up xAI von Elon Musk hat in einer Finanzierungsrunde sechs Milliarden Dollar (umgerechnet rund 5,5 Milliarden Euro) eingesammelt.",
             alt_amounts=[{"amount": 5.5 * B, "currency": "EUR"}],
             note="amount in words with EUR; 'am Sonntagabend' in the next sentence"),
        deal("microsoft-france-2024", ["Microsoft"], "capex_plan", 4 * B, "EUR", "exact", "2024-05", "announced",
             "Microsoft hatte Mitte Mai beim Gipfel „Choose France\" in Versailles zugesagt, vier Milliarden Euro in Rechenzentren und KI-Ausbildung in Frankreich zu stecken.",
             note="own spending plan in France, amount in words; 'Mitte Mai' -> month"),
    ],
    not_deals=["18 Milliarden Dollar", "etwa eine Milliarde Euro", "rund 56 Milliarden Dollar", "179,24 Dollar", "5.000 Euro"],
)

A["003_mistral_ostrava_letter_en.txt"] = dict(
    published="2024-06-13", language="en",
    published_note="from the issue line 'Issue 18 — Thursday, June 13, 2024'; 'on Tuesday' -> 2024-06-11; 'last month' -> 2024-05",
    deals=[
        deal("mistral-round-2024", ["Mistral AI"], "investment", 600 * M, "EUR", "exact", "2024-06-11", "completed",
             "Mistral AI said on Tuesday that it had raised €600 million, a mix of equity and debt, in a round led by General Catalyst.",
             note="closing of the round 001 reported as talks; valuation €5.8bn / $6.2bn is not a deal"),
        deal("xai-seriesb-2024", ["xAI"], "investment", 6 * B, "USD", "exact", "2024-05", "completed",
             "Elon Musk's xAI closed its $6 billion Series B last month and is now shopping for a site to house a supercomputer of its own.",
             note="restated with the month only"),
    ],
    not_deals=["seats $49", "€5.8 billion", "$6.2 billion", "$3 trillion", "$3 million per rack", "$2.10 an hour", "above $4", "€5.8bn", "$3tn", "$180"],
)

A["004_ssi_kratochvil_techblatt.txt"] = dict(
    published="2024-09-05", language="de",
    published_note="from the line '05.09.2024, 10:41 Uhr · von Tomasz Piątkiewicz'; 'am Mittwoch' -> 2024-09-04",
    deals=[
        deal("ssi-round-2024", ["Safe Superintelligence"], "investment", 1 * B, "USD", "exact", "2024-09-04", "completed",
             "Drei Monate nach der Gründung hat Safe Superintelligence (SSI), das Start-up des früheren OpenAI-Forschungschefs Ilya Sutskever, eine Milliarde Dollar von Investoren erhalten.",
             note="amount in words; 'am Mittwoch' in the next sentence; investors listed after it"),
        deal("openai-round-2024", ["OpenAI", "Thrive Capital"], "investment", 6.5 * B, "USD", "exact", "2024", "rumored",
             "Auch beim früheren Arbeitgeber Sutskevers geht es um Geld: OpenAI verhandelt Insidern zufolge über eine Finanzierungsrunde von 6,5 Milliarden Dollar, die den ChatGPT-Entwickler mit 150 Milliarden Dollar bewerten würde.",
             alt_amounts=[{"amount": 6.6 * B, "currency": "USD"}],
             note="talks from insiders, lead investor Thrive Capital in the next sentence; 005/006 report the closing at $6.6bn (alt_amounts); the year keeps the shared id's dates consistent"),
    ],
    not_deals=["rund fünf Milliarden Dollar", "mehr als einer Million Dollar", "150 Milliarden Dollar", "86 Milliarden Dollar", "30 Milliarden Dollar", "199 Euro"],
)

A["005_openai_round_bukowski_en.html"] = dict(
    published="2024-10-03", language="en",
    published_note="from <meta property='article:published_time'>, JSON-LD and the byline 'Oct. 3, 2024'; 'on Wednesday' -> 2024-10-02",
    deals=[
        deal("openai-round-2024", ["OpenAI", "Thrive Capital"], "investment", 6.6 * B, "USD", "exact", "2024-10-02", "completed",
             "The ChatGPT maker said on Wednesday that it had raised $6.6 billion from investors led by Thrive Capital, in a deal that values the San Francisco company at $157 billion after the new money."),
        deal("openai-credit-2024", ["OpenAI", "JPMorgan Chase"], "investment", 4 * B, "USD", "approx", "2024-10", "rumored",
             "The start-up is also finalising a revolving credit line of about $4 billion with a bank syndicate headed by JPMorgan Chase, two people close to the process said.",
             kind_alt=["other"], note="credit facility from sources; 006 reports the signing on 2024-10-03"),
    ],
    not_deals=["$157 billion", "$3.7 billion", "$11.6 billion", "roughly $5 billion", "$20 a month", "$99 billion", "$2,000", "50 cents", "$14.99 a month"],
)

A["006_openai_kredit_wroblewski.txt"] = dict(
    published="2024-10-04", language="de",
    published_note="from the line '04.10.2024 | 08:05 Uhr'; 'am Donnerstag' -> 2024-10-03, 'am Mittwoch' -> 2024-10-02",
    deals=[
        deal("openai-credit-2024", ["OpenAI", "JPMorgan Chase"], "investment", 4 * B, "USD", "exact", "2024-10-03", "signed",
             "Nach der Rekordrunde folgt der Bankkredit: OpenAI hat mit einem Konsortium aus Banken eine revolvierende Kreditlinie über 4 Mrd. US-Dollar vereinbart.",
             kind_alt=["other"], note="'am Donnerstag' and the banks (JPMorgan Chase first) in the next sentences"),
        deal("openai-round-2024", ["OpenAI", "Thrive Capital"], "investment", 6.6 * B, "USD", "exact", "2024-10-02", "completed",
             "Bereits am Mittwoch hatte das Unternehmen mitgeteilt, in seiner jüngsten Finanzierungsrunde 6,6 Mrd. Dollar eingeworben zu haben, angeführt von Thrive Capital.",
             note="'das Unternehmen' = OpenAI"),
    ],
    not_deals=["mehr als 10 Mrd. Dollar", "157 Mrd. Dollar", "416,54 Dollar", "122,85 Dollar", "150 Dollar", "0 Euro Depotgebühr", "ab 1 Euro pro Order"],
)

A["007_anthropic_amazon_kladno_brief_en.txt"] = dict(
    published="2024-11-25", language="en",
    published_note="from the issue line 'No. 47 · Monday, November 25, 2024'; 'on Friday' -> 2024-11-22",
    deals=[
        deal("amazon-anthropic-2024", ["Amazon", "Anthropic"], "investment", 4 * B, "USD", "exact", "2024-11-22", "announced",
             "Anthropic is getting a further $4 billion from Amazon, both sides announced on Friday.",
             note="second Amazon-Anthropic deal; must stay apart from the $4bn of September 2023 in the next sentence"),
        deal("amazon-anthropic-2023", ["Amazon", "Anthropic"], "investment", 4 * B, "USD", "exact", "2023-09", "completed",
             "The new money comes on top of the $4 billion Amazon committed in September 2023 and takes its total investment in the Claude developer to $8 billion.",
             required=False, note="background mention of the first deal; $8bn is a cumulative total"),
        deal("xai-seriesc-2024", ["xAI"], "investment", 6 * B, "USD", "up_to", "2024", "rumored",
             "xAI, six months after its $6 billion Series B, is raising up to $6 billion more at a valuation of about $50 billion, people who know the plans told us.",
             note="new round from sources; 008 reports its closing on 2024-12-23; the same sentence restates the Series B"),
        deal("xai-seriesb-2024", ["xAI"], "investment", 6 * B, "USD", "exact", None, "completed",
             "xAI, six months after its $6 billion Series B, is raising up to $6 billion more at a valuation of about $50 billion, people who know the plans told us.",
             required=False, note="background restatement of the May round; same amount as the new round, must stay apart"),
    ],
    not_deals=["$8 billion", "$18 billion", "about $1 billion", "$20 a month", "$50 billion", "$2 an hour", "$60 billion", "€390", "€12 a month"],
)

A["008_xai_nebius_kurswarte_lipinski.txt"] = dict(
    published="2024-12-24", language="de",
    published_note="from the line '24.12.2024, 07:45 Uhr'; 'am Montag' -> 2024-12-23; 'Anfang Dezember' -> 2024-12",
    deals=[
        deal("xai-seriesc-2024", ["xAI"], "investment", 6 * B, "USD", "exact", "2024-12-23", "completed",
             "Die KI-Firma xAI von Elon Musk hat ihre zweite große Finanzierungsrunde des Jahres abgeschlossen und dabei erneut sechs Milliarden Dollar eingesammelt.",
             note="amount in words; 'am Montag' in the next sentence; 'erneut' = second $6bn round, different from xai-seriesb-2024"),
        deal("nebius-placement-2024", ["Nebius", "Accel", "Nvidia", "Orbis Investments"], "investment", 700 * M, "USD", "exact", "2024-12", "announced",
             "Auch ein kleinerer Anbieter von Rechenleistung profitiert vom Ansturm der KI-Entwickler: Die Amsterdamer Nebius Group hatte Anfang Dezember eine Privatplatzierung über 700 Millionen Dollar bei Accel, Nvidia und Orbis Investments angekündigt."),
    ],
    not_deals=["rund 50 Milliarden Dollar", "29,40 Dollar", "500 Millionen bis 1 Milliarde Dollar", "139,67 Dollar", "Kursziel 35 Dollar"],
)

A["009_capex_serveraisle_blog_en.txt"] = dict(
    published="2025-01-27", language="en",
    published_note="from the blog line 'Posted January 27, 2025'; 'On Tuesday' -> 2025-01-21, 'On Friday' -> 2025-01-24, 'at the start of the month' -> 2025-01",
    deals=[
        deal("stargate", ["SoftBank", "OpenAI", "Oracle"], "joint_venture", 500 * B, "USD", "up_to", "2025-01-21", "announced",
             "On Tuesday, standing next to President Trump, SoftBank's Masayoshi Son, OpenAI's Sam Altman and Oracle's Larry Ellison unveiled a joint venture that plans to put as much as $500 billion into American AI data centres within four years.",
             term=["2025", "2029"], note="MGX named as fourth partner in the next sentence (not listed so that all articles agree); the $100bn 'immediately' is part of it"),
        deal("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01", "planned",
             "Brad Smith wrote at the start of the month that Microsoft is on track to spend about $80 billion in its fiscal year 2025 on AI-enabled data centres, with over half of that going into American sites.",
             note="spending plan for a fiscal year; the fiscal-2024 figure is past spending (not_deal)"),
        deal("meta-capex-2025", ["Meta"], "capex_plan", 60 * B, "USD", "range", "2025-01-24", "planned",
             "On Friday Mark Zuckerberg posted that Meta will spend between $60 billion and $65 billion on capex in 2025, and that it will end the year with more than 1.3 million GPUs.",
             amount_max=65 * B),
    ],
    not_deals=["About $100 billion", "$55.7 billion", "$5.6 million", "$6 a month"],
)

A["010_coreweave_openai_agentur_wierzba.txt"] = dict(
    published="2025-03-11", language="de",
    published_note="only the dateline 'Frankfurt/New York, 11. März (awz)'; the year 2025 follows from the content (2024 results, CoreWeave's planned IPO); 'am Montag' -> 2025-03-10, 'vergangene Woche' -> 2025-03, 'im November' -> 2024-11",
    deals=[
        deal("coreweave-openai-2025-03", ["CoreWeave", "OpenAI"], "cloud_contract", 11.9 * B, "USD", "exact", "2025-03-10", "signed",
             "Der ChatGPT-Entwickler OpenAI hat mit dem Cloudanbieter CoreWeave einen Fünfjahresvertrag über Rechenleistung im Wert von 11,9 Milliarden Dollar abgeschlossen.",
             term=["2025", "2030"], note="first CoreWeave-OpenAI contract; different from the up to $4bn expansion of May 2025 (012)"),
        deal("openai-coreweave-stake", ["OpenAI", "CoreWeave"], "investment", 350 * M, "USD", "exact", "2025-03-10", "signed",
             "Zusätzlich erhält OpenAI im Rahmen der Vereinbarung CoreWeave-Anteile für 350 Millionen Dollar, die vor dem geplanten Börsengang des Cloudanbieters ausgegeben werden.",
             note="shares issued to OpenAI as part of the contract; kept apart from the contract"),
        deal("anthropic-seriese-2025", ["Anthropic", "Lightspeed Venture Partners"], "investment", 3.5 * B, "USD", "exact", "2025-03", "completed",
             "OpenAI-Konkurrent Anthropic hatte vergangene Woche 3,5 Milliarden Dollar in einer von Lightspeed Venture Partners angeführten Runde eingesammelt."),
        deal("amazon-anthropic-2024", ["Amazon", "Anthropic"], "investment", 4 * B, "USD", "exact", "2024-11", "announced",
             "Der größte Einzelinvestor des Start-ups bleibt Amazon, das im November weitere vier Milliarden Dollar zugesagt hatte.",
             note="restated in words; 'des Start-ups' = Anthropic"),
    ],
    not_deals=["1,92 Milliarden Dollar", "863 Millionen Dollar", "61,5 Milliarden Dollar", "mehr als 400 Milliarden Dollar im Jahr"],
)

A["011_softbank_openai_zawiercie_en.txt"] = dict(
    published="2025-04-01", language="en",
    published_note="from the byline line 'April 1, 2025 | 05:58 GMT'; 'on Monday' -> 2025-03-31, 'Last month' -> 2025-03, 'in January' -> 2025-01",
    deals=[
        deal("softbank-openai-2025", ["SoftBank", "OpenAI"], "investment", 40 * B, "USD", "exact", "2025-03-31", "announced",
             "LONDON/TOKYO (ZW) - SoftBank Group will spearhead a $40 billion investment in OpenAI, the ChatGPT developer announced on Monday, a record for a privately held tech firm that values it at $300 billion including the fresh capital.",
             note="tranches ($10bn, $30bn), the possible cut to $20bn and the $18bn for Stargate are parts of this deal (not_deals)"),
        deal("coreweave-openai-2025-03", ["CoreWeave", "OpenAI"], "cloud_contract", 11.9 * B, "USD", "exact", "2025-03", "signed",
             "Last month the lab committed $11.9 billion over five years to CoreWeave, whose shares had a muted Nasdaq debut on Friday: priced at $40, they ended the first session unchanged.",
             note="'the lab' = OpenAI; restated with the month"),
        deal("stargate", ["SoftBank", "OpenAI", "Oracle"], "joint_venture", None, None, None, "2025-01", "announced",
             "OpenAI intends to spend the proceeds on research and on computing capacity; about $18 billion is earmarked for Stargate, the infrastructure joint venture it set up in January together with SoftBank and Oracle.",
             required=False, note="background mention without the venture's amount; the $18bn is OpenAI's use of the round's proceeds"),
    ],
    not_deals=["$300 billion", "$10 billion in April", "$30 billion before the year is out", "$20 billion", "about $18 billion", "priced at $40", "$12.7 billion", "7,652 yen"],
)

A["012_coreweave_ausbau_rechenwerk_pilka.html"] = dict(
    published="2025-05-20", language="de",
    published_note="only from <meta name='date'> and JSON-LD datePublished (no visible date); 'vergangene Woche' -> 2025-05, 'im März' -> 2025-03",
    deals=[
        deal("coreweave-openai-2025-05", ["CoreWeave", "OpenAI"], "cloud_contract", 4 * B, "USD", "up_to", "2025-05", "signed",
             "Der ChatGPT-Entwickler nimmt demnach zusätzliche Rechenkapazität im Wert von bis zu vier Milliarden Dollar ab, die Laufzeit reicht bis April 2029.",
             term=[None, "2029-04"], note="second CoreWeave-OpenAI contract (expansion, 'vergangene Woche' previous sentence); must stay apart from the $11.9bn of March"),
        deal("coreweave-openai-2025-03", ["CoreWeave", "OpenAI"], "cloud_contract", 11.9 * B, "USD", "exact", "2025-03", "signed",
             "Erst im März hatten beide Seiten den ursprünglichen Vertrag über 11,9 Milliarden Dollar unterzeichnet."),
        deal("coreweave-capex-2025", ["CoreWeave"], "capex_plan", 20 * B, "USD", "range", "2025-05", "planned",
             "Für 2025 plant CoreWeave Investitionen zwischen 20 und 23 Milliarden Dollar, vor allem in Nvidia-Systeme und neue Rechenzentren.",
             amount_max=23 * B, note="year's capital spending plan, given with the quarterly results -> month of the article"),
    ],
    not_deals=["2,99 Euro im Monat", "982 Millionen Dollar", "25,9 Milliarden Dollar", "315 Millionen Dollar"],
)

A["013_thinking_machines_morava_memo_en.txt"] = dict(
    published="2025-07-17", language="en",
    published_note="from the line 'Thursday, July 17, 2025 — Private markets & infrastructure edition'; 'on Tuesday' -> 2025-07-15, 'last week' -> 2025-07, 'at the end of June' -> 2025-06",
    deals=[
        deal("thinking-machines-seed", ["Thinking Machines Lab"], "investment", 2 * B, "USD", "exact", "2025-07-15", "completed",
             "THE ROUND: Thinking Machines Lab, the company Mira Murati started after leaving OpenAI, said on Tuesday that it had closed a $2 billion seed round led by Andreessen Horowitz.",
             note="lead investor not listed as party because 014 does not name it"),
        deal("coreweave-corescientific", ["CoreWeave", "Core Scientific"], "acquisition", 9 * B, "USD", "approx", "2025-07", "signed",
             "THE MERGER: CoreWeave agreed last week to buy Core Scientific, the former bitcoin miner that now leases out data-centre space, in an all-stock deal that values the target at about $9 billion.",
             note="all-stock takeover; 016 reports it as failed (cancelled)"),
        deal("oracle-openai-4.5gw", ["Oracle", "OpenAI"], "cloud_contract", 30 * B, "USD", "at_least", "2025-06", "signed",
             "THE CONTRACT: Oracle disclosed at the end of June a cloud agreement worth more than $30 billion a year in revenue from fiscal 2028 without naming the customer.",
             per="year", note="yearly rate; the customer OpenAI is named from sources in the next sentence; different from the ~$300bn contract of September (015)"),
    ],
    not_deals=["$12 billion", "€3.1 million", "$20.40 a share", "about $10 billion", "Places cost $450"],
)

A["014_nebius_microsoft_horava_zeitung.txt"] = dict(
    published="2025-09-09", language="de",
    published_note="from the date line 'Dienstag, 9. September 2025 · Unternehmen · Seite 14'; 'am Montag' -> 2025-09-08, 'vergangene Woche' -> 2025-09, 'Mitte Juli' -> 2025-07",
    deals=[
        deal("nebius-microsoft", ["Nebius", "Microsoft"], "cloud_contract", 17.4 * B, "USD", "range", "2025-09-08", "signed",
             "Über fünf Jahre nimmt Microsoft GPU-Kapazität für 17,4 Milliarden Dollar (rund 14,9 Milliarden Euro) ab; mit Zusatzleistungen kann die Summe bis zu 19,4 Milliarden Dollar erreichen.",
             amount_max=19.4 * B, alt_amounts=[{"amount": 14.9 * B, "currency": "EUR"}], term=["2025", "2030"],
             note="base value with EUR and a maximum with extra services; 'am Montag' in the next sentence"),
        deal("anthropic-seriesf-2025", ["Anthropic"], "investment", 13 * B, "USD", "exact", "2025-09", "completed",
             "Anthropic hatte vergangene Woche eine Finanzierungsrunde über 13 Milliarden Dollar unter Führung des Investors ICONIQ abgeschlossen; der Claude-Entwickler ist seither 183 Milliarden Dollar wert.",
             note="lead investor ICONIQ not listed as party because 019 does not name it"),
        deal("thinking-machines-seed", ["Thinking Machines Lab"], "investment", 2 * B, "USD", "exact", "2025-07", "completed",
             "Mitte Juli hatte bereits Thinking Machines Lab, die Firma der früheren OpenAI-Technikchefin Mira Murati, zwei Milliarden Dollar eingeworben.",
             note="amount in words; 'Mitte Juli' -> month"),
    ],
    not_deals=["105 Millionen Dollar", "2,3 Milliarden Euro", "183 Milliarden Dollar", "24,90 Euro im Monat"],
)

A["015_nvidia_openai_sroka_stockdesk_en.txt"] = dict(
    published="2025-09-24", language="en",
    published_note="from the line 'Wed, Sep 24, 2025 | 8:10 a.m. ET'; 'on Monday' -> 2025-09-22, 'last Thursday' -> 2025-09-18, 'Earlier in September' -> 2025-09",
    deals=[
        deal("nvidia-openai-loi", ["Nvidia", "OpenAI"], "investment", 100 * B, "USD", "up_to", "2025-09-22", "announced",
             "Nvidia shares rose 3.9% on Monday to a record $183.61 after the chipmaker said it was ready to commit up to $100 billion to OpenAI, tied to the lab installing no less than 10 gigawatts of its hardware.",
             kind_alt=["partnership"], note="letter of intent; the first $10bn is a part of it (not_deal)"),
        deal("oracle-openai-300b", ["Oracle", "OpenAI"], "cloud_contract", 300 * B, "USD", "approx", "2025-09", "rumored",
             "Earlier in September, press reports said OpenAI had agreed to take some $300 billion of Oracle capacity over about five years from 2027 onward.",
             term=["2027", None], note="from press reports, unconfirmed; different from the 4.5-gigawatt deal disclosed in June (next sentences)"),
        deal("oracle-openai-4.5gw", ["Oracle", "OpenAI"], "cloud_contract", None, None, None, "2025-06", "signed",
             "It would come on top of the 4.5-gigawatt arrangement Oracle disclosed in June.",
             required=False, note="restatement of 013's deal without an amount"),
        deal("nvidia-intel", ["Nvidia", "Intel"], "investment", 5 * B, "USD", "exact", "2025-09-18", "signed",
             "And last Thursday Nvidia agreed to buy a $5 billion stake in Intel at $23.28 per share, with the two promising to work together on chips for PCs and servers."),
    ],
    not_deals=["$183.61", "the first $10 billion", "between $35 billion and $40 billion", "$930 billion", "$23.28 per share", "price target of $225", "($310)"],
)

A["016_neocloud_interview_stodola.txt"] = dict(
    published=None, language="de",
    published_note="the interview has no date (only 'Lesedauer: 5 Minuten'); its deals are those of 013, 014 and 010 plus CoreWeave/Meta, so merging gives them dates",
    deals=[
        deal("coreweave-meta", ["CoreWeave", "Meta"], "cloud_contract", 14.2 * B, "USD", "exact", None, "signed",
             "Herr Pospíchal, CoreWeave soll Meta für 14,2 Milliarden Dollar Rechenleistung liefern.",
             note="interview question; undated article, no date"),
        deal("coreweave-corescientific", ["CoreWeave", "Core Scientific"], "acquisition", 9 * B, "USD", "approx", None, "cancelled",
             "Der rund neun Milliarden Dollar schwere Kauf von Core Scientific ist geplatzt.",
             note="failed takeover (rejected by Core Scientific's shareholders, next answer); same id as the signing in 013"),
        deal("nebius-microsoft", ["Nebius", "Microsoft"], "cloud_contract", 17.4 * B, "USD", "approx", None, "signed",
             "Nebius hat von Microsoft rund 17,4 Milliarden Dollar auf fünf Jahre zugesagt bekommen."),
        deal("coreweave-openai-2025-03", ["CoreWeave", "OpenAI"], "cloud_contract", None, None, None, None, "signed",
             "Gleiches gilt für CoreWeave und den OpenAI-Vertrag vom März: Viele der Hallen dafür stehen noch gar nicht.",
             required=False, note="restated without an amount; 'vom März' without a year in an undated article -> no date"),
    ],
    not_deals=["mehr als 11 Milliarden Dollar", "zwei bis drei Dollar pro Stunde", "400.000 Dollar im Jahr", "zweistellige Milliardenbeträge", "Einzelheft 8,50 Euro"],
)

A["017_aws_openai_chodov_review_en.html"] = dict(
    published="2025-11-04", language="en",
    published_note="from <meta name='pubdate'>, JSON-LD and the byline 'November 4, 2025'; 'on Monday' / 'The same morning' -> 2025-11-03",
    deals=[
        deal("openai-aws-2025", ["OpenAI", "Amazon"], "cloud_contract", 38 * B, "USD", "exact", "2025-11-03", "signed",
             "OpenAI will buy $38 billion of cloud computing from Amazon Web Services across seven years, the companies said on Monday, the ChatGPT maker's first large contract with the market leader in cloud.",
             term=["2025", "2032"], alt_amounts=[{"amount": 33 * B, "currency": "EUR"}],
             note="018 restates it in EUR (alt_amounts)"),
        deal("microsoft-iren", ["Microsoft", "IREN"], "cloud_contract", 9.7 * B, "USD", "exact", "2025-11-03", "signed",
             "The same morning the Redmond-based group signed a $9.7 billion agreement running five years with IREN, an Australian operator of data centres that started out mining bitcoin.",
             term=["2025", "2030"], note="'the Redmond-based group' = Microsoft"),
        deal("iren-dell", ["IREN", "Dell Technologies"], "supply", 5.8 * B, "USD", "approx", "2025-11-03", "signed",
             "IREN will host Nvidia GB300 systems for Microsoft in Childress, Texas, and is sourcing the servers from Dell Technologies in an order worth roughly $5.8 billion."),
        deal("microsoft-openai-azure", ["OpenAI", "Microsoft"], "cloud_contract", 250 * B, "USD", "exact", None, "announced",
             "OpenAI commits to $250 billion of extra Azure purchases under new Microsoft pact",
             required=False, note="related-link line only"),
    ],
    not_deals=["$501 million", "$5 trillion", "$1,290", "$8/month"],
)

A["018_neoclouds_kapitalbrief_jablonski.txt"] = dict(
    published="2025-12-10", language="de",
    published_note="from the issue line 'Ausgabe 49/2025 · Mittwoch, 10. Dezember 2025'; 'vergangene Woche' -> 2025-12, 'Mitte November' and 'Anfang November' -> 2025-11",
    deals=[
        deal("crusoe-seriese-2025", ["Crusoe", "Mubadala Capital", "Valor Equity Partners"], "investment", 1.38 * B, "USD", "exact", "2025-12", "completed",
             "Crusoe, der Betreiber des Stargate-Campus in Abilene, hat vergangene Woche eine Finanzierungsrunde der Serie E über 1,38 Milliarden Dollar abgeschlossen.",
             note="lead investors in the next sentence"),
        deal("lambda-seriese-2025", ["Lambda", "TWG Global"], "investment", 1.5 * B, "USD", "at_least", "2025-11", "completed",
             "Schon Mitte November hatte Lambda mehr als 1,5 Milliarden Dollar bei Investoren um TWG Global eingesammelt."),
        deal("lambda-microsoft", ["Lambda", "Microsoft"], "cloud_contract", None, None, None, "2025-11", "announced",
             "Das Unternehmen aus San José hatte Anfang November einen Vertrag mit Microsoft über den Aufbau von KI-Infrastruktur mit zehntausenden Nvidia-Chips verkündet; einen Betrag nannten die Partner nicht, es gehe um „mehrere Milliarden\".",
             required=False, kind_alt=["supply", "partnership"], note="no amount, only 'mehrere Milliarden'; 'Das Unternehmen aus San José' = Lambda"),
        deal("openai-aws-2025", ["OpenAI", "Amazon"], "cloud_contract", 33 * B, "EUR", "approx", "2025-11", "signed",
             "Die großen Kunden sind dieselben geblieben: OpenAI hatte Anfang November bei Amazon Web Services Rechenleistung für rund 33 Milliarden Euro über sieben Jahre gebucht.",
             note="restated in EUR only"),
    ],
    not_deals=["mehr als 13 Milliarden Dollar", "57 Milliarden Dollar", "1.200 Euro", "349 Euro"],
)

A["019_anthropic_seriesg_zawiercie_en.txt"] = dict(
    published="2026-02-13", language="en",
    published_note="only the dateline 'SAN FRANCISCO, Feb 13 (ZW)'; the year 2026 follows from the content (five months after the September 2025 round); 'on Thursday' -> 2026-02-12, 'last month' -> 2026-01, 'in September' -> 2025-09",
    deals=[
        deal("anthropic-seriesg-2026", ["Anthropic"], "investment", 30 * B, "USD", "exact", "2026-02-12", "completed",
             "SAN FRANCISCO, Feb 13 (ZW) - Anthropic has raised $30 billion in a Series G round led by Singapore's GIC and Coatue, the Claude developer said on Thursday, more than doubling its valuation in five months to $380 billion after the new money.",
             alt_amounts=[{"amount": 25.5 * B, "currency": "EUR"}],
             note="lead investors not listed as parties because 020 does not name them; 020 gives the EUR conversion (alt_amounts)"),
        deal("anthropic-seriesf-2025", ["Anthropic"], "investment", 13 * B, "USD", "exact", "2025-09", "completed",
             "It comes five months after the company collected $13 billion at a $183 billion valuation in September.",
             note="'in September' of the previous year -> 2025-09"),
        deal("xai-seriese-2026", ["xAI"], "investment", 20 * B, "USD", "exact", "2026-01", "completed",
             "Elon Musk's xAI closed a $20 billion Series E last month, with Nvidia and Cisco among the strategic investors, and OpenAI is in talks to raise as much as $100 billion at a valuation of around $750 billion, three people told Zawiercie Wire."),
        deal("openai-round-2026", ["OpenAI", "Amazon", "Nvidia", "SoftBank"], "investment", 100 * B, "USD", "up_to", "2026", "rumored",
             "Elon Musk's xAI closed a $20 billion Series E last month, with Nvidia and Cisco among the strategic investors, and OpenAI is in talks to raise as much as $100 billion at a valuation of around $750 billion, three people told Zawiercie Wire.",
             alt_amounts=[{"amount": 110 * B, "currency": "USD"}],
             note="talks from sources, possible participants in the next sentence; 020 reports the $110bn round (alt_amounts); the year keeps the shared id's dates consistent"),
    ],
    not_deals=["$380 billion", "$183 billion", "about $14 billion", "roughly $1 billion", "around $750 billion", "$80 billion"],
)

A["020_jahresbilanz_blog_wozniakowski.txt"] = dict(
    published="2026-11-16", language="de",
    published_note="from the blog line 'Veröffentlicht am 16. November 2026'; 'Ende Februar', 'wenige Tage zuvor' and 'eine Woche später' (after end of January) -> 2026-02, 'Ende Januar' -> 2026-01",
    deals=[
        deal("openai-round-2026", ["OpenAI", "Amazon", "Nvidia", "SoftBank"], "investment", 110 * B, "USD", "exact", "2026-02", "announced",
             "Ende Februar verkündete das Unternehmen eine Runde über 110 Milliarden Dollar.",
             note="'das Unternehmen' = OpenAI; investors and their parts in the next sentence (parts are not_deals)"),
        deal("anthropic-seriesg-2026", ["Anthropic"], "investment", 25.5 * B, "EUR", "approx", "2026-02", "completed",
             "Anthropic hatte wenige Tage zuvor umgerechnet rund 25,5 Milliarden Euro eingesammelt, die Bewertung liegt seither bei 380 Milliarden Dollar.",
             note="restated in EUR only"),
        deal("meta-capex-2026", ["Meta"], "capex_plan", 115 * B, "USD", "range", "2026-01", "planned",
             "Meta hatte schon Ende Januar angekündigt, 2026 zwischen 115 und 135 Milliarden Dollar zu investieren, fast doppelt so viel wie im Vorjahr.",
             amount_max=135 * B),
        deal("alphabet-capex-2026", ["Alphabet"], "capex_plan", 175 * B, "USD", "range", "2026-02", "planned",
             "Die Google-Mutter plant für das laufende Jahr Investitionen von 175 bis 185 Milliarden Dollar.",
             amount_max=185 * B, note="'Die Google-Mutter' = Alphabet; 'eine Woche später' than end of January -> 2026-02"),
    ],
    not_deals=["50 Milliarden Dollar", "je 30 Milliarden", "730 Milliarden Dollar", "380 Milliarden Dollar", "mehr als 12 Billionen Dollar", "ab 4 Euro im Monat"],
)

ALIASES = {
    "xAI": ["xAI", "X.AI"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Anthropic": ["Anthropic"],
    "OpenAI": ["OpenAI"],
    "Safe Superintelligence": ["Safe Superintelligence", "SSI", "Safe Superintelligence Inc."],
    "Thrive Capital": ["Thrive Capital", "Thrive"],
    "JPMorgan Chase": ["JPMorgan Chase", "JPMorgan", "JP Morgan"],
    "Nebius": ["Nebius", "Nebius Group"],
    "Accel": ["Accel"],
    "Nvidia": ["Nvidia", "Nvidia Corp.", "NVIDIA"],
    "Orbis Investments": ["Orbis Investments", "Orbis"],
    "SoftBank": ["SoftBank", "SoftBank Group", "Softbank"],
    "Oracle": ["Oracle", "Oracle Corp."],
    "Meta": ["Meta", "Meta Platforms"],
    "CoreWeave": ["CoreWeave"],
    "Lightspeed Venture Partners": ["Lightspeed Venture Partners", "Lightspeed"],
    "Thinking Machines Lab": ["Thinking Machines Lab", "Thinking Machines"],
    "Core Scientific": ["Core Scientific"],
    "Intel": ["Intel", "Intel Corp."],
    "IREN": ["IREN", "Iris Energy"],
    "Dell Technologies": ["Dell Technologies", "Dell"],
    "Crusoe": ["Crusoe", "Crusoe Energy"],
    "Mubadala Capital": ["Mubadala Capital", "Mubadala"],
    "Valor Equity Partners": ["Valor Equity Partners", "Valor"],
    "Lambda": ["Lambda", "Lambda Labs"],
    "TWG Global": ["TWG Global"],
    "Alphabet": ["Alphabet", "Google", "Google-Mutter"],
}

ABOUT = (
    "Hand-annotated deals in the forty-eighth, held-out test corpus (tests/corpus48/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. Theme: AI labs' funding rounds and compute contracts (OpenAI, Anthropic, xAI, Mistral, "
    "Safe Superintelligence, Thinking Machines) and neocloud deals (CoreWeave, Nebius, IREN, Lambda, Crusoe), 2024-2026. "
    "One entry per article; a deal that several articles report carries the same id in each. 'required': false marks "
    "vague or background mentions and deals without an amount that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in "
    "full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or at another stage (rumour vs. closing). 'date' is when the deal was "
    "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', "
    "from the article's own date line, dateline, meta tag or byline, or null when the article has none); a rumour of a "
    "deal later closed keeps only the year; a cancelled deal keeps the date of the original agreement; 'term' is the "
    "period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). The companies are real; their deals follow public reports with amounts and "
    "dates close to them but partly shifted; all publications, reporters, analysts, research houses, banks and "
    "advertisers are invented (invented_names.txt). Nothing here is reporting."
)


def main():
    gold = {"about": ABOUT, "articles": {}, "aliases": ALIASES}
    for name, a in A.items():
        gold["articles"][name] = {
            "published": a["published"], "published_note": a["published_note"], "language": a["language"],
            "deals": a["deals"], "not_deals": a["not_deals"],
        }
    for a in gold["articles"].values():
        for d in a["deals"]:
            for k in ("amount", "amount_max"):
                if isinstance(d.get(k), float) and d[k].is_integer():
                    d[k] = int(d[k])
            for alt in d.get("alt_amounts", []):
                if isinstance(alt["amount"], float) and alt["amount"].is_integer():
                    alt["amount"] = int(alt["amount"])
            for k in ("amount", "amount_max"):
                if isinstance(d.get(k), float):
                    d[k] = int(round(d[k]))
            for alt in d.get("alt_amounts", []):
                alt["amount"] = int(round(alt["amount"]))
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", HERE / "gold.json")


if __name__ == "__main__":
    main()
