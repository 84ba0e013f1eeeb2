#!/usr/bin/env python3
"""Write tests/corpus84/gold.json: the hand annotation of the deals in articles/.

Usage: python3 tests/corpus84/make_gold.py
Edit the annotation here and run the script again; then run check_gold.py.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the eighty-fourth, held-out test corpus (tests/corpus84/articles/), "
    "written for the tests and independent of the extractor; same format and rules as "
    "tests/corpus15/gold.json and shared/gold/seeds.json. Theme: AI labs and their chip and compute "
    "suppliers (OpenAI with AMD, Broadcom, Nvidia, Cerebras and CoreWeave; Anthropic with Amazon, "
    "Google, Broadcom, Microsoft and Nvidia; Meta with Google and AMD; xAI's rounds and Colossus "
    "purchases) and German coverage of them, 2024 to late 2026. One entry per article; a deal that "
    "several articles report carries the same id in each. 'required': false marks deals without an "
    "amount and vague or background mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals (valuations, revenues, guidance, cumulative "
    "totals, parts of an annotated deal, analysts' estimates, prices, salaries, budgets, subsidies, "
    "ad prices): reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' "
    "closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' marks a rate. "
    "'alt_amounts' gives the same deal's amount as another article (or the same one) states it in "
    "another currency or at another value. 'date' is when the deal was announced or agreed (YYYY, "
    "YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date line, dateline, byline, issue line, meta tag or JSON-LD, or null when the "
    "article has none); quarters and seasons become the year; a cancelled deal keeps the date of the "
    "original agreement or talks; 'term' is the period the deal covers where the text gives one; "
    "'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the "
    "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). All deal "
    "parties are real companies; their deals are retold from public reports with details shifted or "
    "simplified, and the late-2026 items of article 020 (xAI's Rubin order and prepayment) are "
    "invented; publications, analysts, advertisers and quoted people are invented (invented_names.txt). "
    "Nothing here is reporting."
)

ALIASES = {
    "OpenAI": ["OpenAI"],
    "xAI": ["xAI", "xAIs"],
    "Oracle": ["Oracle", "Oracles"],
    "Nvidia": ["Nvidia", "Nvidias"],
    "AMD": ["AMD"],
    "Amazon": ["Amazon", "Amazon.com", "AWS", "Amazon Web Services"],
    "Anthropic": ["Anthropic"],
    "Google": ["Google", "Googles", "Google Cloud", "Alphabet"],
    "Meta": ["Meta", "Meta Platforms", "Metas"],
    "Tesla": ["Tesla"],
    "Dell": ["Dell", "Dell Technologies"],
    "CoreWeave": ["CoreWeave"],
    "Blackstone": ["Blackstone"],
    "Magnetar": ["Magnetar"],
    "Morgan Stanley": ["Morgan Stanley"],
    "Core Scientific": ["Core Scientific"],
    "Intel": ["Intel"],
    "Broadcom": ["Broadcom"],
    "Microsoft": ["Microsoft", "Microsofts", "Azure"],
    "SoftBank": ["SoftBank", "Softbank"],
    "Lightspeed Venture Partners": ["Lightspeed Venture Partners", "Lightspeed"],
    "ICONIQ": ["ICONIQ"],
    "Groq": ["Groq"],
    "Disruptive": ["Disruptive"],
    "Arm": ["Arm"],
    "Mellanox": ["Mellanox"],
    "Cerebras": ["Cerebras", "Cerebras Systems"],
    "Fidelity": ["Fidelity"],
    "Atreides Management": ["Atreides Management", "Atreides"],
    "SB Energy": ["SB Energy"],
    "GIC": ["GIC"],
    "Coatue": ["Coatue"],
    "Fluidstack": ["Fluidstack"],
    "Cisco": ["Cisco"],
    "SpaceX": ["SpaceX"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
      amount_max=None, note=None, kind_alt=None, term=None, per=None, alt=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if kind_alt:
        d["kind_alt"] = kind_alt
    if term:
        d["term"] = term
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def N(id, parties, kind, date, status, evidence, **kw):
    """A deal without an amount: always optional."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=False, **kw)


B = 1_000_000_000
M = 1_000_000

ARTICLES = {}

ARTICLES["001_xai_serie_b_kursgatter.txt"] = {
    "published": "2024-05-28",
    "published_note": "from the date line '28.05.2024 · 10:42 Uhr'; 'am Sonntagabend' -> 2024-05-26",
    "language": "de",
    "deals": [
        D("xai-seriesb-2024", ["xAI"], "investment", 6 * B, "USD", "exact", "2024-05-26", "completed",
          "Das KI-Unternehmen von Elon Musk, xAI, hat seine Serie-B-Runde abgeschlossen und dabei sechs Milliarden Dollar eingeworben.",
          note="amount in words; 'am Sonntagabend' in the next sentence; the investors follow without a lead, so only xAI is a party; 18bn pre-money valuation is not a deal; 003 restates the round"),
        D("oracle-xai-talks-2024", ["xAI", "Oracle"], "cloud_contract", 10 * B, "USD", "approx", "2024-05", "rumored",
          "Insidern zufolge verhandelt xAI seit Wochen mit Oracle über einen mehrjährigen Mietvertrag für Cloud-Kapazität im Volumen von rund zehn Milliarden Dollar.",
          note="rumoured talks ('Insidern zufolge', 'seit Wochen'); month of the article; 003 reports that the talks fell apart in July (cancelled)"),
    ],
    "not_deals": ["18 Milliarden Dollar", "mehr als 80 Milliarden Dollar", "25.000 bis 40.000 Dollar",
                  "drei bis vier Milliarden Dollar", "178,90 Dollar", "rund 56 Milliarden Dollar",
                  "0 Euro", "1,50 Euro"],
}

ARTICLES["002_amazon_anthropic_feldspar_en.txt"] = {
    "published": "2024-11-22",
    "published_note": "from the time line 'Nov 22, 2024 | 6:41 PM ET' and the dateline 'SEATTLE, Nov 22'; 'on Friday' -> 2024-11-22",
    "language": "en",
    "deals": [
        D("amazon-anthropic-2024", ["Amazon", "Anthropic"], "investment", 4 * B, "USD", "exact", "2024-11-22", "signed",
          "SEATTLE, Nov 22 (Feldspar Wire) – Amazon.com is adding $4 billion to its stake in Anthropic, according to a joint statement on Friday, deepening a bet on the Claude developer that the retailer first placed last year and pulling the startup further into its own chip programme.",
          note="second $4bn; the $8bn total is cumulative (not a deal); different from the 2023 'up to $4 billion' commitment of the same pair"),
        D("amazon-anthropic-2023", ["Amazon", "Anthropic"], "investment", 4 * B, "USD", "up_to", "2023-09", "completed",
          "Amazon's first commitment, made in September 2023, was for up to $4 billion: it paid $1.25 billion at the outset and wired the remaining $2.75 billion in March of this year, at the time its largest venture bet.",
          note="the earlier commitment; its two tranches ($1.25bn, $2.75bn) are parts of it and listed as not_deals; same pair and same amount as the 2024 deal, must stay apart"),
        D("google-anthropic-2023", ["Google", "Anthropic"], "investment", 2 * B, "USD", "exact", "2023", "signed",
          "Anthropic also counts Alphabet's Google among its backers; Google agreed last year to invest $2 billion in the lab.",
          required=False, note="background mention of an older commitment ('last year' -> 2023); also in 004"),
        D("amazon-capex-2024", ["Amazon"], "capex_plan", 75 * B, "USD", "approx", "2024-10", "announced",
          "Amazon said last month it expects to spend about $75 billion on capital projects in 2024 and more in 2025, most of it on AWS infrastructure.",
          term=["2024", "2024"], note="stated capital-spending plan for the year ('last month' -> 2024-10)"),
    ],
    "not_deals": ["$8 billion", "$1.25 billion", "$2.75 billion", "$18.4 billion", "$1 billion",
                  "$2.7 billion", "$197.12"],
}

ARTICLES["003_colossus_nonconnah_en.txt"] = {
    "published": "2024-12-27",
    "published_note": "from the date line 'Business | Friday, December 27, 2024'; 'said Monday' -> 2024-12-23",
    "language": "en",
    "deals": [
        D("xai-seriesc-2024", ["xAI", "Nvidia", "AMD"], "investment", 6 * B, "USD", "exact", "2024-12-23", "completed",
          "Elon Musk's artificial intelligence company, whose Colossus supercomputer hums away in a former appliance factory off Paul R. Lowry Road, has raised $6 billion in fresh equity, xAI said Monday.",
          note="Series C; the strategic investors Nvidia and AMD are named in the next sentence; same amount as the May round, must stay apart"),
        D("xai-seriesb-2024", ["xAI"], "investment", 6 * B, "USD", "exact", "2024-05", "completed",
          "It is the second round of that size this year: xAI also collected $6 billion in May, when investors valued the company at $24 billion after the money came in.",
          note="restates the Series B of 001 (month only); the $24bn post-money valuation is not a deal"),
        N("xai-colossus-expansion-2024", ["xAI"], "project", "2024-12", "planned",
          "Earlier this month the Greater Memphis Chamber said xAI would expand Colossus to at least one million graphics processors, a build-out the chamber would only call multibillion-dollar.",
          note="no amount ('multibillion-dollar' only)"),
        N("xai-memphis-building-2024", ["xAI"], "acquisition", "2024", "completed",
          "xAI bought the 785,000-square-foot former Electrolux building in the spring; the price was never made public.",
          kind_alt=["other"], note="purchase of a building, price not disclosed; the seller is not named (Electrolux is the former occupant)"),
        D("oracle-xai-talks-2024", ["xAI", "Oracle"], "cloud_contract", 10 * B, "USD", "approx", "2024", "cancelled",
          "Musk had originally wanted to rent capacity, but said in July that xAI would build the cluster itself after talks with Oracle on a server deal worth roughly $10 billion fell apart.",
          note="the talks of 001, ended in July; a cancelled deal keeps the date of the talks, which this article does not give -> year only"),
        D("xai-water-plant", ["xAI"], "project", 80 * M, "USD", "exact", None, "planned",
          "To quiet critics worried about the aquifer, xAI has pledged to build an $80 million plant that would recycle treated wastewater for cooling.",
          note="pledge without a date in the text"),
    ],
    "not_deals": ["$24 billion", "about $50 billion", "$0.11 per kilowatt-hour", "$42 million"],
}

ARTICLES["004_google_anthropic_kontorbote.txt"] = {
    "published": "2025-01-23",
    "published_note": "from the date line 'Donnerstag, 23. Januar 2025 · Wirtschaft · S. 14'; 'am Mittwoch' -> 2025-01-22, 'am Dienstag' -> 2025-01-21",
    "language": "de",
    "deals": [
        D("google-anthropic-2025", ["Google", "Anthropic"], "investment", 1 * B, "USD", "exact", "2025-01-22", "signed",
          "Der Suchmaschinenkonzern Google schießt dem KI-Entwickler Anthropic eine weitere Milliarde Dollar zu, umgerechnet rund 960 Millionen Euro.",
          alt=[(960 * M, "EUR")],
          note="'eine weitere Milliarde'; confirmed by Anthropic 'am Mittwoch' (next sentence); different from Google's 2023 $2bn and the 2025 TPU deal"),
        D("google-anthropic-2023", ["Google", "Anthropic"], "investment", 2 * B, "USD", "exact", "2023", "signed",
          "Der Alphabet-Konzern hatte sich bereits 2023 mit zwei Milliarden Dollar an dem Start-up beteiligt und hält Schätzungen zufolge rund 14 Prozent der Anteile.",
          required=False, note="background; 'Der Alphabet-Konzern' = Google"),
        D("lightspeed-anthropic-2025", ["Anthropic", "Lightspeed Venture Partners"], "investment", 2 * B, "USD", "approx", "2025-01", "rumored",
          "Insidern zufolge verhandelt das Unternehmen mit dem Wagniskapitalgeber Lightspeed Venture Partners, der eine Finanzierung von etwa zwei Milliarden Dollar anführen soll.",
          note="'das Unternehmen' = Anthropic (previous sentence); rumoured round; the ~$60bn valuation is not a deal"),
        D("stargate-2025", ["OpenAI", "SoftBank", "Oracle"], "joint_venture", 500 * B, "USD", "up_to", "2025-01-21", "announced",
          "Im Weißen Haus stellten OpenAI, Softbank und Oracle das Vorhaben „Stargate“ vor: Die Partner wollen über vier Jahre bis zu 500 Milliarden Dollar in Rechenzentren in den USA stecken, 100 Milliarden Dollar davon sofort.",
          kind_alt=["capex_plan", "project"], term=["2025", "2029"],
          note="'am Dienstag' in the previous sentence; the immediate $100bn is part of it (not_deal); the related link 'Mammutprojekt' repeats it without an amount"),
    ],
    "not_deals": ["rund 60 Milliarden Dollar", "100 Milliarden Dollar", "acht Milliarden Dollar",
                  "rund 875 Millionen Dollar", "198,37 Dollar", "1,0412 Dollar", "1,5 Milliarden Euro"],
}

ARTICLES["005_dell_xai_tickerforge_en.html"] = {
    "published": "2025-02-14",
    "published_note": "from the visible byline 'Feb 14, 2025 · 4:58 PM ET' (also article:published_time and JSON-LD datePublished); 'on Friday' -> 2025-02-14",
    "language": "en",
    "deals": [
        D("dell-xai-servers-2025", ["Dell", "xAI"], "supply", 5 * B, "USD", "at_least", "2025-02", "rumored",
          "Dell Technologies shares rose 4% on Friday after a report that the PC and server maker is in advanced talks to sell servers built around Nvidia's GB200 chips to Elon Musk's xAI in a deal worth more than $5 billion.",
          note="reported talks from people familiar; no agreement date -> month; Nvidia only makes the chips (not a party)"),
        D("xai-raise-talks-2025-02", ["xAI"], "investment", 10 * B, "USD", "approx", "2025-02", "rumored",
          "xAI is in talks to raise about $10 billion at a valuation of some $75 billion, according to people familiar with those discussions.",
          note="rumoured equity raise; kept apart from the July $10bn debt-and-equity package of 007; the $75bn valuation is not a deal"),
        D("tesla-xai-megapacks-2024", ["Tesla", "xAI"], "supply", 191.3 * M, "USD", "exact", "2024", "completed",
          "Tesla's annual report, filed late last month, shows xAI paid the carmaker $191.3 million for Megapack battery systems during 2024.",
          required=False, note="purchases over a year disclosed as a related-party total; optional"),
    ],
    "not_deals": ["$117.34", "$4.5 billion", "$95.6 billion", "$75 billion", "$2.9 billion", "$48.71",
                  "$150", "$138", "$0 commission"],
}

ARTICLES["006_coreweave_openai_hkn.txt"] = {
    "published": "2025-03-11",
    "published_note": "from the date line 'Dienstag, 11.03.2025 – 07:55 Uhr'; 'am Montag' -> 2025-03-10",
    "language": "de",
    "deals": [
        D("coreweave-openai-2025-03", ["OpenAI", "CoreWeave"], "cloud_contract", 11.9 * B, "USD", "exact", "2025-03-10", "signed",
          "Livingston/San Francisco (hkn) – OpenAI, Entwickler von ChatGPT, mietet beim US-Cloudanbieter CoreWeave für 11,9 Milliarden Dollar (knapp 11 Milliarden Euro) Rechenkapazität an.",
          alt=[(11 * B, "EUR")], term=["2025", "2030"],
          note="five-year term and 'am Montag' in the next sentence; first of four OpenAI-CoreWeave deals in the corpus"),
        D("openai-coreweave-stake-2025", ["OpenAI", "CoreWeave"], "investment", 350 * M, "USD", "exact", "2025-03-10", "signed",
          "Im Zuge des Geschäfts erhält OpenAI zudem ein Aktienpaket von CoreWeave, das 350 Millionen Dollar wert ist; die Papiere werden im Rahmen des geplanten Börsengangs ausgegeben.",
          note="equity OpenAI receives with the contract; same pair and day as the contract, must stay apart"),
        D("coreweave-debt-2024", ["CoreWeave", "Blackstone", "Magnetar"], "other", 7.5 * B, "USD", "exact", "2024-05", "completed",
          "Schon im Mai 2024 besorgte sich CoreWeave auf diese Weise 7,5 Milliarden Dollar an Fremdkapital, angeführt vom Finanzinvestor Blackstone und von Magnetar.",
          kind_alt=["investment"], note="GPU-backed debt financing ('auf diese Weise' = loans secured by the chips)"),
    ],
    "not_deals": ["1,92 Milliarden Dollar", "229 Millionen Dollar", "863 Millionen Dollar",
                  "acht Milliarden Dollar", "35 Milliarden Dollar", "3,7 Milliarden Dollar"],
}

ARTICLES["007_reticle_letter_aug_en.txt"] = {
    "published": "2025-08-22",
    "published_note": "from the issue line 'Issue 88 · Friday 22 August 2025'; 'on Thursday' -> 2025-08-21",
    "language": "en",
    "deals": [
        D("meta-google-cloud-2025", ["Meta", "Google"], "cloud_contract", 10 * B, "USD", "at_least", "2025-08-21", "signed",
          "Meta Platforms has signed a six-year cloud contract with Google valued at more than $10 billion, two people briefed on it said on Thursday.",
          alt=[(8.6 * B, "EUR")],
          note="six-year term without start date; 012 restates it with EUR (alt amount); different from the TPU rental of 2026 (012, 019)"),
        D("meta-capex-2025", ["Meta"], "capex_plan", 66 * B, "USD", "range", "2025-07-30", "announced",
          "On 30 July the company set its 2025 capital-expenditure range at $66bn to $72bn and signalled that 2026 would bring another big step up.",
          amount_max=72 * B, term=["2025", "2025"], note="'the company' = Meta (item heading)"),
        D("xai-debt-equity-2025", ["xAI", "Morgan Stanley"], "investment", 10 * B, "USD", "exact", "2025-07-01", "completed",
          "Recall 1 July: Morgan Stanley said Musk's AI company had raised $10bn, split into $5bn of secured notes and term loans and $5bn of strategic equity.",
          kind_alt=["other"],
          note="'Musk's AI company' = xAI (item heading); Morgan Stanley arranged it; the two $5bn parts are not_deals"),
        D("coreweave-openai-2025-05", ["OpenAI", "CoreWeave"], "cloud_contract", 4 * B, "USD", "exact", "2025-05", "signed",
          "The GPU landlord, which in May added $4bn to its OpenAI contract, reported a revenue backlog that had climbed to $30.1bn by mid-year.",
          note="'The GPU landlord' = CoreWeave (item heading); the backlog is not a deal"),
        D("coreweave-core-scientific-2025", ["CoreWeave", "Core Scientific"], "acquisition", 9 * B, "USD", "approx", "2025-07", "signed",
          "In July it also agreed to swallow Core Scientific for shares worth roughly $9bn, provided the miner's shareholders go along.",
          note="all-stock takeover; 014 reports that the shareholders voted it down"),
    ],
    "not_deals": ["$5bn of secured notes and term loans", "$5bn of strategic equity", "hundreds of billions",
                  "$30.1bn", "$46bn", "$1 trillion", "$49"],
}

ARTICLES["008_underfill_blog_en.txt"] = {
    "published": "2025-09-27",
    "published_note": "from the byline 'Posted on 27 September 2025'; 'On Monday' -> 2025-09-22, 'on Thursday' -> 2025-09-25, 'The Thursday before' -> 2025-09-18",
    "language": "en",
    "deals": [
        D("nvidia-openai-loi-2025", ["Nvidia", "OpenAI"], "investment", 100 * B, "USD", "up_to", "2025-09-22", "announced",
          "On Monday the chipmaker put its name to a letter of intent with OpenAI: Nvidia means to pump as much as $100 billion into the lab, in instalments that follow the roll-out of no fewer than 10 gigawatts of its systems.",
          note="letter of intent; the first $10bn tranche is part of it (not_deal); different from Nvidia's $30bn stake of 2026 (016, 019)"),
        D("coreweave-openai-2025-09", ["OpenAI", "CoreWeave"], "cloud_contract", 6.5 * B, "USD", "up_to", "2025-09-25", "signed",
          "Then on Thursday CoreWeave said it had widened its contracts with OpenAI by up to $6.5bn.",
          note="third expansion; the $22.4bn total is cumulative (not_deal)"),
        N("coreweave-openai-2025-03", ["OpenAI", "CoreWeave"], "cloud_contract", "2025-03", "signed",
          "Together with the March deal and the May top-up, the two sides now have about $22.4bn on the books.",
          note="amount-less back reference to the March contract of 006"),
        N("coreweave-openai-2025-05", ["OpenAI", "CoreWeave"], "cloud_contract", "2025-05", "signed",
          "Together with the March deal and the May top-up, the two sides now have about $22.4bn on the books.",
          note="amount-less back reference to the May expansion of 007"),
        D("nvidia-intel-2025", ["Nvidia", "Intel"], "investment", 5 * B, "USD", "exact", "2025-09-18", "signed",
          "The Thursday before, Nvidia agreed to buy $5 billion of Intel stock at $23.28 a share.",
          note="share price is not a deal"),
        D("broadcom-unnamed-order-2025", ["Broadcom"], "supply", 10 * B, "USD", "approx", "2025-09", "signed",
          "And earlier this month Broadcom told analysts about $10 billion of orders from a new, unnamed customer for custom accelerators.",
          required=False,
          note="customer not named here (013 later names Anthropic, annotated there as anthropic-broadcom-order-10b); optional because only one party is known"),
    ],
    "not_deals": ["$10bn", "$50bn to $60bn", "$35bn", "$22.4bn", "$23.28", "$13bn", "$115bn",
                  "$4.3 trillion", "$8 a month"],
}

ARTICLES["009_kursrauschen_ticker.txt"] = {
    "published": "2025-10-08",
    "published_note": "from the ticker date 'Mittwoch, 8. Oktober 2025 · Stand: 17:51 Uhr'; 'vom Dienstagabend' -> 2025-10-07, 'Am Montag' -> 2025-10-06",
    "language": "de",
    "deals": [
        D("xai-spv-2025", ["xAI"], "investment", 20 * B, "USD", "exact", "2025-10-07", "rumored",
          "Musks KI-Firma stockt ihre laufende Finanzierung einem Bericht vom Dienstagabend zufolge auf 20 Milliarden Dollar auf, Nvidia steuert demnach bis zu zwei Milliarden Dollar Eigenkapital bei.",
          kind_alt=["other"],
          note="'Musks KI-Firma' = xAI (entry heading); financing through a vehicle that buys Nvidia chips and rents them to xAI; the $7.5bn equity / up to $12.5bn debt split is parts (not_deals)"),
        D("nvidia-xai-spv-2025", ["Nvidia", "xAI"], "investment", 2 * B, "USD", "up_to", "2025-10-07", "rumored",
          "Musks KI-Firma stockt ihre laufende Finanzierung einem Bericht vom Dienstagabend zufolge auf 20 Milliarden Dollar auf, Nvidia steuert demnach bis zu zwei Milliarden Dollar Eigenkapital bei.",
          note="Nvidia's share of the equity, second deal in the same sentence"),
        N("amd-openai-2025", ["AMD", "OpenAI"], "supply", "2025-10-06", "signed",
          "Am Montag hatte AMD eine mehrjährige Liefervereinbarung mit OpenAI bekanntgegeben: Der Konzern stellt dem ChatGPT-Entwickler Grafikprozessoren mit einer Gesamtleistung von sechs Gigawatt bereit, die Lieferungen für das erste Gigawatt sind ab Mitte 2026 vorgesehen.",
          note="6 GW supply with warrants for up to 160 million AMD shares at one cent; no price ('Einen Kaufpreis nannten die Partner nicht')"),
    ],
    "not_deals": ["4.000 Dollar", "7,5 Milliarden Dollar", "12,5 Milliarden Dollar", "fast 80 Milliarden Dollar",
                  "einem Cent", "zweistelligen Milliardenbereich", "900 Millionen Dollar",
                  "125 Millionen Dollar", "65,90 Dollar", "899 Euro"],
}

ARTICLES["010_broadcom_openai_photomask_en.txt"] = {
    "published": "2025-10-13",
    "published_note": "from the dateline '13 October' (no year) and the footer '© 2025 Photomask Daily'; 'on Monday' -> 2025-10-13",
    "language": "en",
    "deals": [
        N("broadcom-openai-2025", ["OpenAI", "Broadcom"], "supply", "2025-10-13", "announced",
          "SAN FRANCISCO and PALO ALTO, Calif., 13 October — OpenAI and Broadcom on Monday announced a multi-year collaboration to build and deploy 10 gigawatts of AI accelerators designed by OpenAI, according to a joint statement.",
          term=["2026", "2029"], kind_alt=["partnership"],
          note="10 GW, no price ('Neither company put a price on it'); analysts' $35bn per gigawatt is an estimate (not_deal)"),
        N("amd-openai-2025", ["AMD", "OpenAI"], "supply", "2025-10", "signed",
          "Last week AMD agreed to supply OpenAI with six gigawatts of Instinct GPUs, and last month Nvidia signed a letter of intent to invest up to $100 billion in the ChatGPT maker.",
          note="'Last week' -> month"),
        D("nvidia-openai-loi-2025", ["Nvidia", "OpenAI"], "investment", 100 * B, "USD", "up_to", "2025-09", "announced",
          "Last week AMD agreed to supply OpenAI with six gigawatts of Instinct GPUs, and last month Nvidia signed a letter of intent to invest up to $100 billion in the ChatGPT maker.",
          note="'last month' -> 2025-09; 'the ChatGPT maker' = OpenAI"),
        D("broadcom-unnamed-order-2025", ["Broadcom"], "supply", 10 * B, "USD", "exact", "2025-09", "signed",
          "In a television interview, a senior Broadcom executive indicated that the mystery customer behind September's $10 billion order was someone other than OpenAI.",
          required=False, note="the unnamed customer of 008 (later named Anthropic in 013); OpenAI is explicitly not the customer"),
    ],
    "not_deals": ["$356.70", "$35bn", "$6.2 billion", "$188.32", "$1 trillion"],
}

ARTICLES["011_rainier_michiana_en.txt"] = {
    "published": "2025-10-31",
    "published_note": "from the date line 'Friday, October 31, 2025 · Business'; 'on Wednesday' -> 2025-10-29, 'on Thursday' -> 2025-10-30",
    "language": "en",
    "deals": [
        N("aws-anthropic-rainier", ["Amazon", "Anthropic"], "cloud_contract", None, "completed",
          "In its place stand the data-centre halls that Amazon Web Services said on Wednesday are now running Project Rainier, a cluster of nearly half a million Trainium2 chips built for a single customer: Anthropic.",
          note="the cluster went live on Wednesday; the date of the underlying agreement is not given; no amount"),
        D("aws-new-carlisle-2024", ["Amazon"], "capex_plan", 11 * B, "USD", "exact", "2024-04", "announced",
          "Amazon announced the campus in April 2024 as an $11 billion investment, the largest in St. Joseph County's history.",
          kind_alt=["project"]),
        D("amazon-capex-2025", ["Amazon"], "capex_plan", 125 * B, "USD", "approx", "2025-10-30", "announced",
          "The timing suits Amazon, which on Thursday told investors it now plans cash capex of roughly $125 billion for the full year, with a further rise pencilled in for next year.",
          term=["2025", "2025"]),
        N("anthropic-google-tpu-2025", ["Anthropic", "Google"], "cloud_contract", "2025-10", "signed",
          "Last week it struck a deal with Google for up to one million TPU chips, worth tens of billions of dollars by the companies' own description, which should bring more than a gigawatt of capacity online next year.",
          kind_alt=["supply"],
          note="'it' = Anthropic; 'tens of billions' is no amount, so optional; 'Last week' -> month"),
        D("anthropic-seriesf-2025", ["Anthropic", "ICONIQ"], "investment", 13 * B, "USD", "exact", "2025-09", "completed",
          "In September the lab closed a $13 billion funding round led by ICONIQ at a $183 billion valuation.",
          note="valuation is not a deal"),
    ],
    "not_deals": ["$33 billion", "$183 billion", "$8 billion", "$41 an hour", "$187 million", "$28,000 an acre"],
}

ARTICLES["012_meta_tpu_gatterwerk.html"] = {
    "published": "2025-11-26",
    "published_note": "no visible date; from <meta name=date> and JSON-LD datePublished 2025-11-26T06:40+01:00; 'Vergangene Woche' -> 2025-11",
    "language": "de",
    "deals": [
        N("meta-google-tpu-2026", ["Meta", "Google"], "cloud_contract", None, "rumored",
          "Einem Bericht des Branchendienstes The Information zufolge sprechen die beiden Konzerne über den Kauf von TPUs im Milliardenwert, die ab 2027 in Metas eigenen Rechenzentren laufen sollen; bereits im kommenden Jahr könnte Meta TPU-Kapazität über Google Cloud mieten.",
          kind_alt=["supply"],
          note="reported talks ('im Milliardenwert' is no amount); the rental part was signed in February 2026 (019), which carries the date; null here so that the shared id has one date"),
        D("meta-google-cloud-2025", ["Meta", "Google"], "cloud_contract", 10 * B, "USD", "at_least", "2025-08", "signed",
          "Im August schlossen Meta und Google einen Cloud-Vertrag über sechs Jahre, der mehr als zehn Milliarden Dollar (gut 8,6 Milliarden Euro) wert sein soll.",
          alt=[(8.6 * B, "EUR")], note="restates 007; different from the TPU deal"),
        N("anthropic-google-tpu-2025", ["Anthropic", "Google"], "cloud_contract", None, "signed",
          "Anthropic will bis zu eine Million TPUs nutzen.",
          kind_alt=["supply"], note="amount-less, undated back reference to the October deal (011)"),
        D("anthropic-azure-2025", ["Anthropic", "Microsoft"], "cloud_contract", 26 * B, "EUR", "approx", "2025-11", "signed",
          "Vergangene Woche sagte es zu, Rechenleistung in Microsofts Azure-Cloud für umgerechnet knapp 26 Milliarden Euro abzunehmen.",
          alt=[(30 * B, "USD")],
          note="'es' = Anthropic ('das Start-up', previous sentence); EUR only here, $30bn in 018 (alt amount)"),
        D("nvidia-anthropic-2025", ["Nvidia", "Anthropic"], "investment", 10 * B, "USD", "up_to", "2025-11", "announced",
          "Im Gegenzug wollen Nvidia bis zu zehn Milliarden und Microsoft bis zu fünf Milliarden Dollar in Anthropic investieren.",
          note="'zehn Milliarden' takes its currency from the end of the sentence"),
        D("microsoft-anthropic-2025", ["Microsoft", "Anthropic"], "investment", 5 * B, "USD", "up_to", "2025-11", "announced",
          "Im Gegenzug wollen Nvidia bis zu zehn Milliarden und Microsoft bis zu fünf Milliarden Dollar in Anthropic investieren.",
          note="second investment in the same sentence; different deal from the Azure commitment of the same pair"),
    ],
    "not_deals": ["vier Billionen Dollar", "57 Milliarden Dollar", "1.290 Euro", "1.590 Euro"],
}

ARTICLES["013_broadcom_anthropic_aktienhafen.txt"] = {
    "published": "2025-12-12",
    "published_note": "from the date line '12.12.2025, 08:05'; 'am Donnerstagabend' -> 2025-12-11 (the disclosure, not the orders)",
    "language": "de",
    "deals": [
        D("anthropic-broadcom-order-10b", ["Anthropic", "Broadcom"], "supply", 10 * B, "USD", "exact", "2025-09", "signed",
          "Hinter dem Auftrag über zehn Milliarden Dollar, den der Konzern im September von einem namentlich nicht genannten Neukunden gemeldet hatte, steht der Claude-Entwickler Anthropic.",
          note="'der Konzern' = Broadcom; order of Ironwood TPU racks booked in September, customer revealed on Thursday; the same order appears without a customer in 008/010 (broadcom-unnamed-order-2025)"),
        D("anthropic-broadcom-order-11b", ["Anthropic", "Broadcom"], "supply", 11 * B, "USD", "exact", "2025", "signed",
          "Damit nicht genug: Im gerade abgelaufenen Geschäftsquartal habe Anthropic weitere Systeme für elf Milliarden Dollar geordert, die Ende 2026 ausgeliefert werden sollen.",
          note="second order of the same pair (fiscal quarter -> year); the $21bn total is cumulative (not_deal)"),
        N("broadcom-openai-2025", ["OpenAI", "Broadcom"], "supply", "2025-10", "announced",
          "Das Geschäft mit OpenAI, mit dem Broadcom im Oktober den Bau von Beschleunigern mit zehn Gigawatt Leistung vereinbart hatte, trägt erst ab 2026 zum Umsatz bei.",
          kind_alt=["partnership"], note="restates 010 without a price"),
    ],
    "not_deals": ["21 Milliarden Dollar", "18,02 Milliarden Dollar", "19,1 Milliarden Dollar",
                  "73 Milliarden Dollar", "0,65 Dollar", "406 Dollar", "460 Dollar", "0,99 Euro"],
}

ARTICLES["014_nvidia_groq_sperrschicht.txt"] = {
    "published": "2025-12-29",
    "published_note": "from the byline 'Von Ansgar Thielscher · 29. Dezember 2025'; 'an Heiligabend' -> 2025-12-24",
    "language": "de",
    "deals": [
        D("nvidia-groq-2025", ["Nvidia", "Groq"], "acquisition", 20 * B, "USD", "approx", "2025-12-24", "signed",
          "Rund 20 Milliarden Dollar in bar soll Nvidia dafür zahlen, sagte der Chef des Groq-Investors Disruptive dem Sender CNBC.",
          kind_alt=["other", "partnership"],
          note="licence plus hiring of Groq's leaders ('dafür'), no formal takeover; amount from an investor, not confirmed; the '20 Mrd.' in a reader comment repeats it"),
        D("nvidia-arm", ["Nvidia", "Arm"], "acquisition", 40 * B, "USD", "exact", None, "cancelled",
          "Nach dem gescheiterten Versuch, Arm für 40 Milliarden Dollar zu übernehmen, hat man in Santa Clara offenbar dazugelernt.",
          required=False, note="background; failed takeover, no date in the text; 'in Santa Clara' = Nvidia"),
        D("groq-round-2025", ["Groq", "Disruptive"], "investment", 750 * M, "USD", "exact", "2025-09", "completed",
          "Zum Vergleich: Im September hatte Disruptive eine Finanzierungsrunde über 750 Millionen Dollar angeführt, die Groq mit 6,9 Milliarden Dollar bewertete.",
          note="valuation 6,9 Mrd. is not a deal"),
        D("nvidia-mellanox", ["Nvidia", "Mellanox"], "acquisition", 7 * B, "USD", "approx", "2019", "completed",
          "Nvidias bislang teuerster Zukauf, der Netzwerkspezialist Mellanox, kostete 2019 knapp sieben Milliarden Dollar.",
          required=False, note="background"),
        D("nvidia-intel-2025", ["Nvidia", "Intel"], "investment", 5 * B, "USD", "exact", "2025-09", "signed",
          "Im September hatte der Konzern bereits fünf Milliarden Dollar für Intel-Aktien zugesagt.",
          note="'der Konzern' = Nvidia; restates 008"),
        N("coreweave-core-scientific-2025", ["CoreWeave", "Core Scientific"], "acquisition", None, "cancelled",
          "CoreWeave musste Ende Oktober die Übernahme des Rechenzentrumsbetreibers Core Scientific abblasen, nachdem dessen Aktionäre das Angebot abgelehnt hatten.",
          note="the deal of 007, voted down; this article gives neither amount nor agreement date"),
    ],
    "not_deals": ["6,9 Milliarden Dollar", "60,6 Milliarden Dollar", "500 Millionen Dollar"],
}

ARTICLES["015_inference_ledger_cerebras_en.txt"] = {
    "published": "2026-01-15",
    "published_note": "from the issue line 'Vol. 3, No. 2 — Thursday, January 15, 2026'; 'on Wednesday' -> 2026-01-14, 'last week' -> 2026-01",
    "language": "en",
    "deals": [
        D("openai-cerebras-2026", ["OpenAI", "Cerebras"], "supply", 10 * B, "USD", "at_least", "2026-01-14", "signed",
          "Neither side gave a price; people familiar with the arrangement valued it at more than $10 billion.",
          kind_alt=["cloud_contract"], term=["2026", "2028"], alt=[(8.5 * B, "EUR"), (20 * B, "USD")],
          note="parties and 'on Wednesday' in the previous sentence (750 MW over three years); 016 gives it in EUR (>8.5bn), 020 the value later disclosed (>20bn), both as alt amounts"),
        D("cerebras-seriesg-2025", ["Cerebras", "Fidelity", "Atreides Management"], "investment", 1.1 * B, "USD", "exact", "2025", "completed",
          "The Sunnyvale company withdrew that filing in October, days after closing a $1.1 billion Series G led by Fidelity and Atreides Management that valued it at $8.1 billion.",
          note="'The Sunnyvale company' = Cerebras; closed days before October -> year only; valuation not a deal; different from the 2026 round"),
        D("cerebras-seriesh-2026", ["Cerebras"], "investment", 1 * B, "USD", "approx", "2026", "rumored",
          "Cerebras is in talks to raise roughly $1 billion at a valuation of about $22 billion, two people involved in the discussions said.",
          note="rumoured round, closed on 2026-02-04 (017); year only so that the shared id's dates agree; lead investor (Tiger Global) not named here, so Cerebras is the only party throughout"),
        D("sb-energy-2026", ["OpenAI", "SoftBank", "SB Energy"], "investment", 1 * B, "USD", "exact", "2026-01", "completed",
          "OpenAI and SoftBank last week put $1 billion into SB Energy, the SoftBank-backed solar and storage developer that is building part of the Stargate site in Milam County, Texas, at $500 million apiece.",
          note="each investor's $500m is a part (not_deal)"),
    ],
    "not_deals": ["$136 million", "$8.1 billion", "$22 billion", "$66.6 million", "$500 million apiece",
                  "$0.60 per million output tokens", "$312,000", "$299"],
}

ARTICLES["016_interview_ritzgraben.txt"] = {
    "published": None,
    "published_note": "the interview has no date at all (only 'Lesezeit: 6 Minuten'); all deal dates are null",
    "language": "de",
    "deals": [
        D("nvidia-openai-loi-2025", ["Nvidia", "OpenAI"], "investment", 100 * B, "USD", "up_to", None, "announced",
          "RITZGRABEN: Frau Brackwede, Nvidia wollte bis zu 100 Milliarden Dollar in OpenAI stecken.",
          note="the 2025 letter of intent, now said to be on hold (not formally cancelled here)"),
        D("nvidia-openai-round-2026", ["Nvidia", "OpenAI"], "investment", 30 * B, "USD", "approx", None, "rumored",
          "Nach allem, was man hört, beteiligt sich Nvidia stattdessen mit rund 30 Milliarden Dollar an der laufenden Finanzierungsrunde von OpenAI.",
          note="hearsay; signed per 019; different deal from the letter of intent of the same pair"),
        N("amd-openai-2025", ["AMD", "OpenAI"], "supply", None, "signed",
          "RITZGRABEN: Und AMD? Dort bekam OpenAI Optionsscheine auf bis zu zehn Prozent des Kapitals.",
          note="warrants of the AMD supply deal; the analyst's $32bn is a value of the warrants (not_deal)"),
        D("softbank-openai-fee-2025", ["SoftBank", "OpenAI"], "partnership", 3 * B, "USD", "approx", None, "signed",
          "Softbank etwa überweist OpenAI jährlich rund drei Milliarden Dollar, damit dessen Software in den Beteiligungen der Japaner läuft.",
          per="year", kind_alt=["other", "cloud_contract"], note="yearly rate, undated interview; the same fee as in 019"),
        D("openai-cerebras-2026", ["OpenAI", "Cerebras"], "supply", 8.5 * B, "EUR", "at_least", None, "signed",
          "RITZGRABEN: Cerebras hat von OpenAI einen Auftrag über umgerechnet mehr als 8,5 Milliarden Euro erhalten.",
          kind_alt=["cloud_contract"], note="EUR conversion of the >$10bn of 015"),
    ],
    "not_deals": ["200 Dollar", "32 Milliarden Dollar", "wenige hundert Millionen", "40 bis 50 Milliarden Euro",
                  "20 Dollar im Monat", "1.200 Euro", "12,80 Euro"],
}

ARTICLES["017_kapitalfluss_briefing.txt"] = {
    "published": "2026-02-09",
    "published_note": "from the issue line 'Ausgabe 06/2026 · Montag, 9. Februar 2026'; 'am Mittwoch' -> 2026-02-04, 'am Donnerstag' -> 2026-02-05, 'Ende Januar'/'Anfang Januar'/'Zwei Tage später' -> 2026-01, 'Seit vergangener Woche' -> 2026-02",
    "language": "de",
    "deals": [
        D("alphabet-capex-2026", ["Google"], "capex_plan", 175 * B, "USD", "range", "2026-02-04", "announced",
          "Alphabet will 2026 zwischen 175 und 185 Milliarden Dollar investieren, nahezu eine Verdopplung gegenüber 2025.",
          amount_max=185 * B, term=["2026", "2026"], note="'am Mittwoch' in the next sentence; Alphabet = Google"),
        D("amazon-capex-2026", ["Amazon"], "capex_plan", 200 * B, "USD", "approx", "2026-02-05", "announced",
          "Amazon setzte am Donnerstag noch einen drauf: Der Konzern plant für dieses Jahr Investitionen von rund 200 Milliarden Dollar.",
          term=["2026", "2026"]),
        D("meta-capex-2026", ["Meta"], "capex_plan", 115 * B, "USD", "range", "2026-01", "announced",
          "Meta hatte seine Spanne bereits Ende Januar genannt – 115 bis 135 Milliarden Dollar.",
          amount_max=135 * B, term=["2026", "2026"]),
        D("xai-seriese-2026", ["xAI", "Nvidia", "Cisco"], "investment", 20 * B, "USD", "exact", "2026-01", "completed",
          "Musks xAI schloss Anfang Januar eine Serie-E-Runde über 20 Milliarden Dollar ab; als strategische Geldgeber stiegen Nvidia und Cisco ein.",
          note="same amount as the Southaven plan in the next sentence and the 2025 vehicle of 009; must stay apart"),
        D("xai-southaven-2026", ["xAI"], "project", 20 * B, "USD", "at_least", "2026-01", "announced",
          "Zwei Tage später kündigte Mississippis Gouverneur an, dass xAI mehr als 20 Milliarden Dollar in ein Rechenzentrum in Southaven steckt – das dritte rund um Memphis.",
          kind_alt=["capex_plan"], note="'Zwei Tage später' after 'Anfang Januar' -> month"),
        N("spacex-xai-2026", ["SpaceX", "xAI"], "acquisition", "2026-02", "completed",
          "Seit vergangener Woche gehört xAI zum Raumfahrtkonzern SpaceX; einen Kaufpreis nannten die Beteiligten nicht.",
          note="no price"),
        D("cerebras-seriesh-2026", ["Cerebras"], "investment", 1 * B, "USD", "exact", "2026-02-04", "completed",
          "Cerebras sammelte am Mittwoch eine Milliarde Dollar unter Führung von Tiger Global ein und ist nun rund 23 Milliarden Dollar wert.",
          note="the round rumoured in 015; Tiger Global leads but is not annotated as a party so that the shared id's parties agree; valuation is not a deal"),
        N("nvidia-cerebras-approach", ["Nvidia", "Cerebras"], "acquisition", None, "cancelled",
          "Zuvor soll Nvidia vergeblich Übernahmeinteresse signalisiert haben.",
          note="rebuffed takeover interest, no amount, no date"),
    ],
    "not_deals": ["113,8 Milliarden Dollar", "37,5 Milliarden Dollar", "rund 23 Milliarden Dollar",
                  "600 Milliarden Dollar", "9,90 Euro"],
}

ARTICLES["018_anthropic_seriesg_dopant_en.html"] = {
    "published": "2026-02-13",
    "published_note": "from the visible byline 'Feb 13, 2026' and JSON-LD datePublished; 'on Thursday' -> 2026-02-12, 'in November' -> 2025-11, 'In October' -> 2025-10",
    "language": "en",
    "deals": [
        D("anthropic-seriesg-2026", ["Anthropic", "GIC", "Coatue"], "investment", 30 * B, "USD", "exact", "2026-02-12", "completed",
          "Anthropic has closed a $30 billion Series G at a post-money valuation of $380 billion, the Claude maker said on Thursday.",
          note="leads GIC and Coatue in the next sentence; same amount as the Azure commitment, must stay apart"),
        D("nvidia-anthropic-2025", ["Nvidia", "Anthropic"], "investment", 10 * B, "USD", "up_to", "2025-11", "announced",
          "The total includes part of the money Microsoft and Nvidia promised in November, when Nvidia pledged up to $10 billion and Microsoft up to $5 billion alongside Anthropic's pledge to spend $30 billion on Azure computing."),
        D("microsoft-anthropic-2025", ["Microsoft", "Anthropic"], "investment", 5 * B, "USD", "up_to", "2025-11", "announced",
          "The total includes part of the money Microsoft and Nvidia promised in November, when Nvidia pledged up to $10 billion and Microsoft up to $5 billion alongside Anthropic's pledge to spend $30 billion on Azure computing."),
        D("anthropic-azure-2025", ["Anthropic", "Microsoft"], "cloud_contract", 30 * B, "USD", "exact", "2025-11", "signed",
          "The total includes part of the money Microsoft and Nvidia promised in November, when Nvidia pledged up to $10 billion and Microsoft up to $5 billion alongside Anthropic's pledge to spend $30 billion on Azure computing.",
          note="three deals in one sentence; Azure = Microsoft; 012 gives this one in EUR"),
        D("anthropic-fluidstack-2025", ["Anthropic", "Fluidstack"], "project", 50 * B, "USD", "exact", "2025-11", "announced",
          "In November Anthropic said it would spend $50 billion with Fluidstack on sites in Texas and New York, coming online through 2026.",
          kind_alt=["capex_plan"], term=[None, "2026"]),
        N("anthropic-google-tpu-2025", ["Anthropic", "Google"], "cloud_contract", "2025-10", "signed",
          "In October it reserved up to a million tensor chips from Google, and Amazon's Project Rainier cluster in Indiana already trains its models on Trainium.",
          kind_alt=["supply"]),
        N("aws-anthropic-rainier", ["Amazon", "Anthropic"], "cloud_contract", None, "completed",
          "In October it reserved up to a million tensor chips from Google, and Amazon's Project Rainier cluster in Indiana already trains its models on Trainium."),
        D("cerebras-seriesh-2026", ["Cerebras"], "investment", 1 * B, "USD", "exact", None, "completed",
          "Cerebras lands $1bn at $23bn",
          required=False, note="related-link headline in an aside; the valuation is not a deal"),
    ],
    "not_deals": ["$380 billion", "$14 billion", "near $1 billion", "$2.5 billion a year", "$183 billion",
                  "$23bn", "$21bn", "$900,000 a year", "$2.19", "$14 a month"],
}

ARTICLES["019_openai_round_quayside_en.txt"] = {
    "published": "2026-02-27",
    "published_note": "from the time line 'February 27, 2026 · 7:18 PM ET' and dateline 'Feb 27'; 'on Friday' -> 2026-02-27, 'On Tuesday' -> 2026-02-24, 'on Thursday' -> 2026-02-26, 'last spring' -> 2025",
    "language": "en",
    "deals": [
        D("openai-round-2026", ["OpenAI"], "investment", 110 * B, "USD", "exact", "2026-02-27", "signed",
          "SAN FRANCISCO, Feb 27 (Quayside) – OpenAI said on Friday it has lined up $110 billion in new capital at a pre-money valuation of $730 billion, the largest private fundraising on record, with more investors expected to join before the round closes.",
          required=False, note="round total, made of the three stakes annotated separately; optional"),
        D("amazon-openai-2026", ["Amazon", "OpenAI"], "investment", 50 * B, "USD", "exact", "2026-02-27", "signed",
          "Amazon is putting in $50 billion, starting with $15 billion now and another $35 billion over the coming months once certain conditions are met.",
          note="the $15bn / $35bn tranches are parts (not_deals); different from the $38bn AWS contract of the same pair"),
        D("nvidia-openai-round-2026", ["Nvidia", "OpenAI"], "investment", 30 * B, "USD", "exact", "2026-02-27", "signed",
          "Nvidia and SoftBank are contributing $30 billion each.",
          note="'each': two deals in one sentence"),
        D("softbank-openai-2026", ["SoftBank", "OpenAI"], "investment", 30 * B, "USD", "exact", "2026-02-27", "signed",
          "Nvidia and SoftBank are contributing $30 billion each."),
        N("openai-aws-trainium-2026", ["OpenAI", "Amazon"], "cloud_contract", "2026-02-27", "signed",
          "OpenAI agreed to consume roughly 2 gigawatts of Trainium capacity through AWS, on top of the $38 billion, seven-year server rental deal the two companies signed in November.",
          note="2 GW commitment, no price"),
        D("openai-aws-2025", ["OpenAI", "Amazon"], "cloud_contract", 38 * B, "USD", "exact", "2025-11", "signed",
          "OpenAI agreed to consume roughly 2 gigawatts of Trainium capacity through AWS, on top of the $38 billion, seven-year server rental deal the two companies signed in November.",
          note="seven-year term; 'in November' -> 2025-11"),
        D("nvidia-openai-loi-2025", ["Nvidia", "OpenAI"], "investment", 100 * B, "USD", "up_to", "2025-09", "cancelled",
          "In September the chipmaker had talked of investing as much as $100 billion in the lab, gigawatt by gigawatt; that letter of intent never became a binding contract.",
          note="'the chipmaker' = Nvidia, 'the lab' = OpenAI; replaced by the $30bn stake -> cancelled"),
        D("softbank-openai-2025", ["SoftBank", "OpenAI"], "investment", 40 * B, "USD", "exact", "2025", "completed",
          "The raise dwarfs OpenAI's previous record, a $40 billion round led by SoftBank last spring.",
          required=False, note="background"),
        D("softbank-openai-fee-2025", ["SoftBank", "OpenAI"], "partnership", 3 * B, "USD", "approx", "2025-02", "signed",
          "The Japanese group is also a customer: since last February it has paid OpenAI about $3 billion a year to run its software across SoftBank companies.",
          per="year", kind_alt=["other", "cloud_contract"],
          note="yearly rate; 'The Japanese group' = SoftBank; 'since last February' -> 2025-02; third SoftBank-OpenAI deal, different from the 2025 round and the 2026 stake"),
        N("amd-meta-2026", ["AMD", "Meta"], "supply", "2026-02-24", "signed",
          "On Tuesday AMD agreed to supply Meta with up to 6 gigawatts of Instinct GPUs and handed it warrants over up to 160 million of its shares, echoing its October pact with OpenAI.",
          note="no price; mirrors the AMD/OpenAI structure"),
        N("amd-openai-2025", ["AMD", "OpenAI"], "supply", "2025-10", "signed",
          "On Tuesday AMD agreed to supply Meta with up to 6 gigawatts of Instinct GPUs and handed it warrants over up to 160 million of its shares, echoing its October pact with OpenAI."),
        N("meta-google-tpu-2026", ["Meta", "Google"], "cloud_contract", "2026-02-26", "signed",
          "And on Thursday Meta signed a multiyear agreement to rent Google's tensor processing units, according to The Information.",
          kind_alt=["supply"], note="no amount; the talks of 012"),
    ],
    "not_deals": ["$730 billion", "$15 billion", "$35 billion", "$13 billion", "$600 billion", "$211.40"],
}

ARTICLES["020_xai_nvidia_elbkontor.txt"] = {
    "published": "2026-11-20",
    "published_note": "from the date line 'Freitag, 20. November 2026 · Nr. 47'; 'im Juli' -> 2026-07, 'Anfang des Jahres' -> 2026, 'im April' -> 2026-04",
    "language": "de",
    "deals": [
        D("xai-nvidia-rubin-2026", ["xAI", "Nvidia"], "supply", 18 * B, "USD", "approx", "2026-11", "rumored",
          "Die zu SpaceX gehörende KI-Sparte xAI hat Insidern zufolge bei Nvidia Rechensysteme der neuen Rubin-Generation für rund 18 Milliarden Dollar bestellt, umgerechnet etwa 15,5 Milliarden Euro.",
          alt=[(15.5 * B, "EUR")], note="invented late-2026 order, from insiders; no order date -> month of the article"),
        D("xai-nvidia-prepayment-2026", ["xAI", "Nvidia"], "supply", 2.5 * B, "USD", "exact", "2026-07", "completed",
          "Schon im Juli hatte xAI dem Chipkonzern eine Vorauszahlung von 2,5 Milliarden Dollar geleistet, um sich Kontingente der Blackwell-Ultra-Chips zu sichern.",
          kind_alt=["other"], note="invented prepayment; 'dem Chipkonzern' = Nvidia; a separate, earlier deal of the same pair"),
        D("xai-seriese-2026", ["xAI", "Nvidia", "Cisco"], "investment", 20 * B, "USD", "exact", "2026", "completed",
          "Nvidia ist zudem Anteilseigner: Anfang des Jahres beteiligte sich der Konzern gemeinsam mit Cisco an xAIs Serie-E-Runde über 20 Milliarden Dollar.",
          note="restates 017; 'Anfang des Jahres' -> year"),
        D("openai-cerebras-2026", ["OpenAI", "Cerebras"], "supply", 20 * B, "USD", "at_least", "2026-01", "signed",
          "Der Chiphersteller Cerebras legte im April in seinem Börsenprospekt offen, dass OpenAI inzwischen Rechenleistung für mehr als 20 Milliarden Dollar über drei Jahre abnehmen will – doppelt so viel wie im Januar bekannt.",
          kind_alt=["cloud_contract"],
          note="the January agreement of 015 with its value as disclosed in April ('doppelt so viel wie im Januar bekannt'); same id, agreed in January -> 2026-01"),
        D("openai-cerebras-loan-2025", ["OpenAI", "Cerebras"], "other", 1 * B, "USD", "exact", "2025-12", "completed",
          "Zudem hatte OpenAI dem Unternehmen im Dezember 2025 ein Darlehen über eine Milliarde Dollar gewährt.",
          kind_alt=["investment"], note="'dem Unternehmen' = Cerebras (previous sentence); loan, different from the supply deal"),
        N("anthropic-broadcom-tpu-2026", ["Anthropic", "Broadcom"], "supply", "2026-04", "signed",
          "Anthropic wiederum sicherte sich im April über Broadcom rund 3,5 Gigawatt an TPU-Kapazität ab 2027.",
          kind_alt=["cloud_contract"], note="3.5 GW, no amount; different from the 2025 orders of 013"),
    ],
    "not_deals": ["3,90 Euro", "gut 70 Milliarden Dollar", "rund 195 Dollar", "drei Billionen Dollar",
                  "40 Millionen Euro"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, "
          f"{sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
