#!/usr/bin/env python3
"""The hand annotation of corpus30 as code. Run it to (re)write gold.json.

Usage: python3 tests/corpus30/make_gold.py
Same format and rules as ../corpus15/gold.json. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B, M = 1_000_000_000, 1_000_000


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
    for k in ("term", "per", "alt_amounts", "kind_alt", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def A(published, note, lang, deals, not_deals):
    return {"published": published, "published_note": note, "language": lang,
            "deals": deals, "not_deals": not_deals}


ARTICLES = {}

ARTICLES["001_xai_seriesb_tidewater_en.txt"] = A(
    "2024-05-27", "from the header 'May 27, 2024 | 07:15 GMT'; dateline 'May 26', 'on Sunday' -> 2024-05-26", "en",
    [D("xai-series-b", ["xAI"], "investment", 6 * B, "USD", "exact", "2024-05-26", "completed",
       "SAN FRANCISCO, May 26 (Tidewater) - Elon Musk's artificial intelligence start-up xAI announced on Sunday a $6 billion Series B financing, one of the largest private rounds of the year, as it races to catch up with OpenAI and Google.",
       note="round without a named lead: only the company is listed (investors in the next sentence); different from the $6bn Series C of December 2024 (002, 020) and the $20bn Series E (020)"),
     D("amazon-anthropic-commitment", ["Amazon", "Anthropic"], "investment", 4 * B, "USD", "up_to", None, "signed",
       "The financing lifts xAI into the same league as Anthropic, which has lined up commitments of up to $4 billion from Amazon, and far behind OpenAI, whose main backer Microsoft has put in about $13 billion over several years.",
       required=False, note="background comparison without a date; Microsoft's ~$13bn is a cumulative total (not_deals)")],
    ["$24 billion", "$18 billion", "$30,000 to $40,000", "$16 a month", "about $13 billion", "$179.24", "$56 billion"])

ARTICLES["002_xai_seriesc_kursfalke.txt"] = A(
    "2024-12-24", "from the header '24.12.2024 – 10:02 Uhr'; 'am Montag' -> 2024-12-23", "de",
    [D("xai-series-c", ["xAI"], "investment", 6 * B, "USD", "exact", "2024-12-23", "completed",
       "Das Unternehmen hat am Montag eine Series-C-Finanzierung über 6 Mrd. US-Dollar (rund 5,8 Mrd. Euro) bekanntgegeben.",
       alt_amounts=[{"amount": 5.8 * B, "currency": "EUR"}],
       note="'Das Unternehmen' = xAI (previous sentence); no lead named, so only xAI is listed (Nvidia and AMD are strategic investors); same amount as the May round but a different deal"),
     D("xai-series-b", ["xAI"], "investment", 6 * B, "USD", "exact", "2024-05", "completed",
       "Es ist bereits die zweite Runde dieser Größenordnung binnen sieben Monaten: Im Mai hatte xAI sechs Milliarden Dollar eingeworben, damals bei einer Bewertung von 24 Mrd. Dollar.",
       note="restates the May round of 001, amount in words, month only"),
     D("openai-round-2024-10", ["OpenAI"], "investment", 6.6 * B, "USD", "exact", "2024-10", "completed",
       "Zum Vergleich: OpenAI hatte im Oktober 6,6 Mrd. Dollar eingesammelt und wurde dabei mit 157 Mrd. Dollar bewertet.",
       required=False, note="background comparison")],
    ["24 Mrd. Dollar", "gut 45 Mrd. Dollar", "139,67 USD", "124,60 USD", "430,60 USD", "157 Mrd. Dollar",
     "rund 18 Mrd. Dollar", "25 Euro monatlich"])

ARTICLES["003_stargate_circuitledger_en.html"] = A(
    "2025-01-22", "from <meta property='article:published_time'>, JSON-LD and <time datetime='2025-01-22'>; 'on Tuesday' -> 2025-01-21", "en",
    [D("stargate", ["OpenAI", "SoftBank", "Oracle", "MGX"], "joint_venture", 500 * B, "USD", "up_to", "2025-01-21", "announced",
       "OpenAI, SoftBank and Oracle on Tuesday unveiled a joint venture called Stargate that they say will invest up to $500 billion in artificial intelligence infrastructure on US soil during a four-year period.",
       alt_amounts=[{"amount": 480 * B, "currency": "EUR"}], kind_alt=["project", "capex_plan", "investment"],
       note="MGX joins as fourth equity partner (next paragraph); the $100bn to be deployed right away is part of the pledge (not_deals); 004 gives €480bn"),
     D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01", "announced",
       "Microsoft said earlier this month that it expects to spend around $80 billion in its current fiscal year on data centers able to run AI workloads.",
       required=False, note="background comparison; spending plan, 'earlier this month' -> 2025-01")],
    ["$100 billion", "$157 billion", "$3.7 billion", "$3.6 trillion", "$3 million", "$1.99 per hour", "$149 a year"])

ARTICLES["004_stargate_kontorbote.txt"] = A(
    "2025-01-23", "only in the byline 'Von Corinna Wehrle, Washington, 23. Januar 2025'; 'am Dienstag' -> 2025-01-21", "de",
    [D("stargate", ["OpenAI", "SoftBank", "Oracle", "MGX"], "joint_venture", 500 * B, "USD", "exact", "2025-01-21", "announced",
       "Es ist eine Zahl, wie sie selbst im Silicon Valley selten fällt: Eine halbe Billion US-Dollar, umgerechnet rund 480 Milliarden Euro, wollen der ChatGPT-Entwickler OpenAI, der japanische Technologieinvestor Softbank und der Softwarekonzern Oracle in den kommenden vier Jahren in Rechenzentren für künstliche Intelligenz stecken.",
       kind_alt=["project", "capex_plan", "investment"],
       note="German 'halbe Billion' = 5 x 10^11; presented 'am Dienstag' (next sentence); MGX named two paragraphs later; same deal as 003")],
    ["100 Milliarden Dollar", "deutlich weniger als 10 Milliarden Dollar", "knapp 477 Milliarden Euro", "6,76 Billionen Yen",
     "20 Milliarden Euro", "3,4 Billionen Dollar"])

ARTICLES["005_coldaisle_march25_en.txt"] = A(
    "2025-03-13", "from the issue line 'Issue 58 · Thursday 13 March 2025'; 'on Monday' -> 2025-03-10", "en",
    [D("coreweave-openai-2025-03", ["CoreWeave", "OpenAI"], "cloud_contract", 11.9 * B, "USD", "exact", "2025-03-10", "signed",
       "The GPU cloud said on Monday that OpenAI had signed up for $11.9 billion of capacity, spread across five years.",
       alt_amounts=[{"amount": 11 * B, "currency": "EUR"}],
       note="'The GPU cloud' = CoreWeave (heading); first of four CoreWeave-OpenAI deals (stake, May $4bn, September $6.5bn); 006 gives 'knapp 12 Mrd. Dollar (rund 11 Mrd. Euro)'"),
     D("openai-coreweave-stake", ["CoreWeave", "OpenAI"], "investment", 350 * M, "USD", "exact", "2025-03-10", "signed",
       "On top of that, CoreWeave is handing OpenAI shares worth $350 million in a private placement linked to the planned IPO.",
       note="shares issued to OpenAI alongside the contract; a separate deal between the same companies"),
     D("coreweave-wandb", ["CoreWeave", "Weights & Biases"], "acquisition", 1.7 * B, "USD", "approx", "2025-03", "signed",
       "The companies did not give a price; people close to the talks put it at about $1.7 billion.",
       note="parties and 'Earlier this month' in the previous sentence; price only from sources"),
     D("coreweave-ipo", ["CoreWeave"], "investment", 4 * B, "USD", "approx", "2025-03", "planned",
       "CoreWeave is aiming to raise around $4 billion at a valuation north of $35 billion, according to bankers.",
       required=False, kind_alt=["other"], note="planned IPO proceeds; optional (a listing, not a deal between parties)")],
    ["$1.92 billion", "north of $35 billion", "$863 million", "more than $8 billion", "$15.1bn", "$2.19", "$8,400 per rack",
     "$15 monthly", "$150 annually"])

ARTICLES["006_coreweave_openai_aktienwaage.txt"] = A(
    "2025-03-11", "from the line '11. März 2025, 08:47'; 'am Montag' -> 2025-03-10", "de",
    [D("coreweave-openai-2025-03", ["CoreWeave", "OpenAI"], "cloud_contract", 12 * B, "USD", "approx", "2025-03-10", "signed",
       "Wie das Unternehmen am Montag mitteilte, mietet OpenAI über fünf Jahre Rechenkapazität im Wert von knapp 12 Mrd. Dollar (rund 11 Mrd. Euro).",
       note="'das Unternehmen' = CoreWeave; rounded ('knapp 12 Mrd.') version of the $11.9bn contract in 005"),
     D("openai-coreweave-stake", ["CoreWeave", "OpenAI"], "investment", 350 * M, "USD", "exact", "2025-03-10", "signed",
       "Zusätzlich erhält der ChatGPT-Entwickler CoreWeave-Aktien im Wert von 350 Mio. Dollar.",
       note="'der ChatGPT-Entwickler' = OpenAI; same as 005"),
     D("coreweave-ipo", ["CoreWeave"], "investment", 4 * B, "USD", "approx", "2025-03", "planned",
       "CoreWeave strebt beim Börsengang Medienberichten zufolge einen Emissionserlös von rund 4 Mrd. Dollar an.",
       required=False, kind_alt=["other"], note="same optional IPO target as 005")],
    ["23 Mrd. Dollar", "1,92 Mrd. Dollar", "863 Mio. Dollar", "102,18 Euro", "348,55 Euro", "500 Euro", "0 Euro"])

ARTICLES["007_coreweave_expansion_tidewater_en.txt"] = A(
    "2025-05-15", "from the header 'May 15, 2025 | 06:40 GMT'; dateline 'May 14', 'on Wednesday' -> 2025-05-14", "en",
    [D("coreweave-openai-2025-05", ["CoreWeave", "OpenAI"], "cloud_contract", 4 * B, "USD", "up_to", "2025-05-14", "signed",
       "NEW YORK, May 14 (Tidewater) - CoreWeave said on Wednesday that OpenAI had expanded its commitment to the cloud provider by up to $4 billion, barely two months after the two companies struck their first agreement.",
       term=["2025-05", "2029-04"], note="expansion; runs through April 2029 (next sentence); different from the March contract"),
     D("coreweave-openai-2025-03", ["CoreWeave", "OpenAI"], "cloud_contract", 11.9 * B, "USD", "exact", "2025-03", "signed",
       "It comes on top of the five-year, $11.9 billion deal signed in March.",
       note="'It' = the expansion; restates the March contract (005, 006)"),
     D("coreweave-notes-2025-05", ["CoreWeave"], "other", 2 * B, "USD", "exact", "2025-05", "signed",
       "Separately, the Livingston, New Jersey-based company increased an offering of senior unsecured notes due 2030 to $2 billion, from the $1.5 billion it had originally marketed, citing strong demand from investors.",
       kind_alt=["investment"], note="bond offering without named buyers; 'the Livingston, New Jersey-based company' = CoreWeave; the first-marketed $1.5bn is in not_deals")],
    ["$1.5 billion", "$981.6 million", "$853 million", "$314.6 million", "$25.9 billion", "$20 billion to $23 billion",
     "$1.06 billion to $1.1 billion", "$40", "$44.80", "about $21 billion"])

ARTICLES["008_coreweave_corescientific_brackenholm_en.txt"] = A(
    "2025-07-08", "from the line 'Company update — 8 July 2025'; 'on Monday' -> 2025-07-07", "en",
    [D("coreweave-core-scientific", ["CoreWeave", "Core Scientific"], "acquisition", 9 * B, "USD", "approx", "2025-07-07", "signed",
       "At Friday's close this implied an equity value of approximately $9 billion, or $20.40 per Core Scientific share.",
       alt_amounts=[{"amount": 7.7 * B, "currency": "EUR"}],
       note="all-stock takeover agreed 'on Monday' (two sentences earlier); the value is in a later sentence; 009 reports it voted down (€7.7bn)"),
     D("core-scientific-coreweave-hosting", ["Core Scientific", "CoreWeave"], "cloud_contract", 10 * B, "USD", "approx", None, "signed",
       "The two companies have signed hosting contracts that Core Scientific values at roughly $10 billion in cumulative payments over 12 years.",
       required=False, kind_alt=["other"], note="background: earlier hosting contracts, cumulative value, no date")],
    ["$150", "$135", "$17.50", "$20.40", "over $10 billion", "$500 million"])

ARTICLES["009_corescientific_nein_elbufer.txt"] = A(
    "2025-10-31", "from the line 'ELBUFER ZEITUNG · Wirtschaft · Freitag, 31. Oktober 2025'; vote 'am Donnerstag' (2025-10-30)", "de",
    [D("coreweave-core-scientific", ["CoreWeave", "Core Scientific"], "acquisition", 9 * B, "USD", "approx", "2025-07", "cancelled",
       "Der im Juli vereinbarte Aktientausch hatte Core Scientific ursprünglich mit rund 9 Milliarden Dollar bewertet, umgerechnet etwa 7,7 Milliarden Euro.",
       note="voted down by Core Scientific shareholders on 2025-10-30; a cancelled deal keeps the date of the agreement ('im Juli')"),
     D("coreweave-openai-2025-09", ["CoreWeave", "OpenAI"], "cloud_contract", 6.5 * B, "USD", "exact", "2025-09", "signed",
       "Ende September hatte OpenAI bei dem Konzern zusätzliche Kapazität für 6,5 Milliarden Dollar geordert.",
       note="'dem Konzern' = CoreWeave; third expansion, different from the March and May contracts; the cumulative ~$22.4bn is in not_deals"),
     D("nebius-microsoft", ["Nebius", "Microsoft"], "cloud_contract", 19.4 * B, "USD", "up_to", None, "signed",
       "Nebius liefert Microsoft GPU-Leistung für maximal 19,4 Mrd. Dollar",
       required=False, note="related-link headline, no date")],
    ["etwa 22,4 Milliarden Dollar", "128 Dollar", "19,10 Dollar", "40 Dollar je Aktie"])

ARTICLES["010_nvidia_openai_marketspindle_en.html"] = A(
    "2025-09-23", "from <meta name='parsely-pub-date'>, JSON-LD and the line 'Sept. 23, 2025 2:05 a.m. ET'; 'on Monday' -> 2025-09-22, 'last Thursday' -> 2025-09-18", "en",
    [D("nvidia-openai", ["Nvidia", "OpenAI"], "investment", 100 * B, "USD", "up_to", "2025-09-22", "announced",
       "Nvidia plans to invest as much as $100 billion in OpenAI, the two companies said on Monday, in a deal that ties the world's most valuable chipmaker even more closely to its largest indirect customer.",
       kind_alt=["supply"], note="letter of intent; the first $10bn tranche is part of it (not_deals)"),
     D("nvidia-intel", ["Nvidia", "Intel"], "investment", 5 * B, "USD", "exact", "2025-09-18", "signed",
       "The pact follows Nvidia's announcement last Thursday that it would take a $5 billion stake in Intel, paying $23.28 per share, and jointly design chips for PCs and servers with its old rival.",
       note="different Nvidia deal; the share price is in not_deals"),
     D("oracle-openai-compute", ["OpenAI", "Oracle"], "cloud_contract", 300 * B, "USD", "approx", "2025-09", "signed",
       "OpenAI has also agreed to pay Oracle roughly $300 billion for computing capacity across about five years, a contract disclosed earlier this month.",
       required=False, note="background mention of the Oracle contract")],
    ["$10 billion", "$23.28", "about $500 billion", "$41.1 billion", "$183.61", "about $170 billion", "$308.66", "$29.34",
     "$0.49 per contract", "$24.99/month"])

ARTICLES["011_serverraum_depesche.txt"] = A(
    "2025-10-09", "from the issue line 'Ausgabe 40 | 9. Oktober 2025'; 'Am Montag' -> 2025-10-06, 'Berichten vom Dienstag' -> 2025-10-07", "de",
    [D("amd-openai", ["AMD", "OpenAI"], "supply", None, None, None, "2025-10-06", "signed",
       "Am Montag haben AMD und OpenAI eine mehrjährige Liefervereinbarung über Grafikprozessoren der Instinct-Reihe bekanntgegeben.",
       required=False, note="no amount ('im zweistelligen Milliardenbereich' is vague); warrants on up to 160 million shares"),
     D("nvidia-openai", ["Nvidia", "OpenAI"], "investment", 100 * B, "USD", "up_to", "2025-09", "announced",
       "Zur Erinnerung: Vor gut zwei Wochen hatte Nvidia angekündigt, bis zu hundert Milliarden Dollar in OpenAI zu investieren.",
       note="amount in words; 'vor gut zwei Wochen' -> September 2025; same as 010"),
     D("xai-raise-2025-10", ["xAI"], "investment", 20 * B, "USD", "approx", "2025-10-07", "rumored",
       "Elon Musks xAI will Berichten vom Dienstag zufolge rund 20 Milliarden Dollar aufnehmen, zum Teil als Eigenkapital, zum Teil als Kredit über eine Zweckgesellschaft, die Nvidia-Chips für das Rechenzentrum Colossus 2 in Memphis kauft und an xAI vermietet.",
       kind_alt=["other"], note="reported, unconfirmed; equity plus SPV debt; different from the $20bn Series E of January 2026 (020)"),
     D("nvidia-xai-2025-10", ["Nvidia", "xAI"], "investment", 2 * B, "USD", "up_to", "2025-10-07", "rumored",
       "Nvidia selbst soll sich mit bis zu zwei Milliarden Dollar am Eigenkapitalteil beteiligen.",
       note="Nvidia's reported share of the xAI raise, amount in words")],
    ["203,71 Dollar", "einen Cent", "200 Milliarden Dollar", "390 Euro", "119 Euro"])

ARTICLES["012_broadcom_anthropic_corbel_en.txt"] = A(
    "2025-12-12", "from the line 'December 12, 2025'; 'Thursday's ... call' -> 2025-12-11", "en",
    [D("broadcom-anthropic-10bn", ["Broadcom", "Anthropic"], "supply", 10 * B, "USD", "exact", "2025-09", "signed",
       "On Thursday's fiscal fourth-quarter call, Chief Executive Hock Tan finally identified the customer behind the $10 billion order for custom AI racks that Broadcom disclosed in September: it is Anthropic.",
       note="order disclosed in September without the customer; different from the $11bn follow-up"),
     D("broadcom-anthropic-11bn", ["Broadcom", "Anthropic"], "supply", 11 * B, "USD", "exact", "2025", "signed",
       "More importantly, he said, the Claude developer placed an additional $11 billion order in the quarter just ended, for systems built around Google's Ironwood TPUs and due to ship in late 2026.",
       note="'the Claude developer' = Anthropic; placed in the fiscal quarter just ended -> year; second order of the pair"),
     D("broadcom-openai", ["Broadcom", "OpenAI"], "supply", None, None, None, "2025-10", "announced",
       "OpenAI's own agreement with Broadcom, announced in October, covers 10 gigawatts of custom accelerators to be deployed between 2026 and 2029; neither company has attached a dollar figure to it, and we do not include it in our numbers.",
       required=False, kind_alt=["partnership"], note="no amount")],
    ["$460", "$430", "$406.37", "$18.02 billion", "$6.5 billion", "about $19.1 billion", "$73 billion", "$12.10"])

ARTICLES["013_google_anthropic_tidewater_en.txt"] = A(
    "2025-10-23", "only in the dateline 'SAN FRANCISCO, Oct 23, 2025 (Tidewater)'; 'on Thursday' -> 2025-10-23", "en",
    [D("google-anthropic-tpu", ["Google", "Anthropic"], "cloud_contract", None, None, None, "2025-10-23", "signed",
       "SAN FRANCISCO, Oct 23, 2025 (Tidewater) - Anthropic has agreed to rent as many as a million of the AI chips Google designs itself, known as TPUs, the companies said on Thursday, in an agreement that people familiar with it valued at tens of billions of dollars.",
       required=False, note="no figure ('tens of billions' is vague)"),
     D("google-anthropic-2025-01", ["Google", "Anthropic"], "investment", 1 * B, "USD", "exact", "2025-01", "signed",
       "Google, which already owns about 14% of Anthropic, agreed in January to put another billion dollars into the start-up, on top of the $2 billion it committed in 2023.",
       note="amount in words ('another billion dollars'); different from the TPU deal and the 2023 commitment"),
     D("google-anthropic-2023", ["Google", "Anthropic"], "investment", 2 * B, "USD", "exact", "2023", "signed",
       "Google, which already owns about 14% of Anthropic, agreed in January to put another billion dollars into the start-up, on top of the $2 billion it committed in 2023.",
       required=False, note="background, same sentence as the January investment")],
    ["$8 billion", "nearly $7 billion", "around $1 billion", "$183 billion", "between $91 billion and $93 billion"])

ARTICLES["014_anthropic_seriesf_kontorbote.txt"] = A(
    "2025-09-03", "from the line 'DER KONTORBOTE · Unternehmen · Mittwoch, 3. September 2025 · Seite 14'; 'am Dienstag' -> 2025-09-02", "de",
    [D("anthropic-series-f", ["Anthropic", "Iconiq", "Fidelity", "Lightspeed Venture Partners"], "investment", 13 * B, "USD", "exact", "2025-09-02", "completed",
       "Wie das Unternehmen am Dienstag mitteilte, fließen ihm in der sogenannten Serie F 13 Milliarden Dollar zu, umgerechnet gut 11 Milliarden Euro.",
       alt_amounts=[{"amount": 11 * B, "currency": "EUR"}],
       note="'das Unternehmen ... ihm' = Anthropic; lead Iconiq and co-leads in the next sentence; the originally planned five billion is in not_deals"),
     D("anthropic-series-e", ["Anthropic", "Lightspeed Venture Partners"], "investment", 3.5 * B, "USD", "exact", "2025-03", "completed",
       "Das ist fast das Dreifache des Werts vom Frühjahr: Im März hatte Anthropic in einer von Lightspeed angeführten Serie E 3,5 Milliarden Dollar erhalten, bei einer Bewertung von 61,5 Milliarden Dollar.",
       note="earlier round with the same investor (Lightspeed); must stay apart from the Series F")],
    ["183 Milliarden Dollar", "fünf Milliarden Dollar", "mehr als fünf Milliarden Dollar", "61,5 Milliarden Dollar",
     "rund eine Milliarde", "mehr als 500 Millionen Dollar im Jahr", "rund 500 Milliarden Dollar", "18 Euro im Monat"])

ARTICLES["015_meta_bonds_bonddeck_en.txt"] = A(
    "2025-10-31", "from the line 'BONDDECK · Credit Markets · Oct. 31, 2025'; 'on Thursday' -> 2025-10-30", "en",
    [D("meta-bonds-2025-10", ["Meta"], "other", 30 * B, "USD", "exact", "2025-10-30", "completed",
       "Meta Platforms sold $30 billion of bonds on Thursday, the largest high-grade offering of the year, drawing orders of about $125 billion as investors scrambled for a slice of the social media group's AI spending spree.",
       kind_alt=["investment"], note="bond sale; the order book is in not_deals"),
     D("meta-blueowl-hyperion", ["Meta", "Blue Owl Capital"], "joint_venture", 27 * B, "USD", "approx", "2025-10", "signed",
       "Meta teamed up with Blue Owl Capital in a venture that will build and own Hyperion, the giant campus in northeastern Louisiana's Richland Parish, a project with about $27 billion of total costs.",
       kind_alt=["investment", "project"], note="'earlier this month' (previous sentence) -> 2025-10; value = total project cost"),
     D("beignet-hyperion-bonds", ["Beignet Investor LLC"], "other", 27.3 * B, "USD", "exact", "2025-10", "completed",
       "The venture raised $27.3 billion of bonds through an entity called Beignet Investor LLC.",
       required=False, kind_alt=["investment"], note="financing of the Hyperion venture, part of the JV deal"),
     D("pimco-hyperion-bonds", ["Pimco", "Beignet Investor LLC"], "investment", 18 * B, "USD", "approx", "2025-10", "completed",
       "Pimco bought around $18 billion of that paper, while Blue Owl contributed about $2.5 billion of equity.",
       required=False, note="part of the bond sale"),
     D("blueowl-hyperion-equity", ["Blue Owl Capital"], "investment", 2.5 * B, "USD", "approx", "2025-10", "completed",
       "Pimco bought around $18 billion of that paper, while Blue Owl contributed about $2.5 billion of equity.",
       required=False, note="part of the JV financing"),
     D("alphabet-euro-bond", ["Google"], "other", 6.5 * B, "EUR", "exact", None, "completed",
       "Related: Alphabet returns to the euro market with €6.5bn deal · Oracle's $18bn bond: who bought it",
       required=False, kind_alt=["investment"], note="related-link headline, no date"),
     D("oracle-bond-18bn", ["Oracle"], "other", 18 * B, "USD", "exact", None, "completed",
       "Related: Alphabet returns to the euro market with €6.5bn deal · Oracle's $18bn bond: who bought it",
       required=False, kind_alt=["investment"], note="related-link headline, no date")],
    ["about $125 billion", "roughly $3 billion", "$51.24 billion", "$15.93 billion", "$70 billion", "$666.47", "$39 a month"])

ARTICLES["016_openai_aws_wirtschaftsecho.html"] = A(
    "2025-11-04", "from <meta name='date'>, JSON-LD and the line '04.11.2025, 07:10 Uhr'; 'am Montag' -> 2025-11-03", "de",
    [D("openai-aws", ["OpenAI", "Amazon"], "cloud_contract", 38 * B, "USD", "exact", "2025-11-03", "signed",
       "Die beiden Unternehmen unterzeichneten am Montag einen 38-Milliarden-Dollar-Vertrag mit einer Laufzeit von sieben Jahren.",
       note="compound amount; parties (OpenAI, Amazon Web Services) in the previous sentence"),
     D("openai-microsoft-azure-250bn", ["OpenAI", "Microsoft"], "cloud_contract", 250 * B, "USD", "exact", "2025-10", "signed",
       "Microsoft verlor dabei sein Vorkaufsrecht als Cloudlieferant, OpenAI sagte dem Konzern im Gegenzug zu, zusätzlich Azure-Dienste für 250 Milliarden Dollar abzunehmen.",
       note="'vergangene Woche' (previous sentence) -> 2025-10; Microsoft's ~$135bn stake value is in not_deals"),
     D("iren-microsoft", ["IREN", "Microsoft"], "cloud_contract", 9.7 * B, "USD", "approx", "2025-11-03", "signed",
       "Der australische Rechenzentrumsbetreiber IREN stellt dem Konzern über fünf Jahre Nvidia-Systeme für rund 9,7 Milliarden Dollar bereit.",
       note="'dem Konzern' = Microsoft; 'ebenfalls am Montag' in the previous sentence"),
     D("dell-iren", ["Dell", "IREN"], "supply", 5.8 * B, "USD", "approx", "2025-11", "signed",
       "Die dafür nötigen Server kauft IREN für etwa 5,8 Milliarden Dollar bei Dell.",
       note="equipment purchase for the Microsoft contract")],
    ["etwa 135 Milliarden Dollar", "33 Milliarden Dollar", "18 Cent je Kilowattstunde", "5.000 Euro", "14,90 Euro", "3,99 €"])

ARTICLES["017_clearfork_crusoe_mesquite_en.txt"] = A(
    "2025-10-30", "from the line 'Business | Thursday, October 30, 2025'; 'said Tuesday' -> 2025-10-28", "en",
    [D("clearfork-crusoe", ["Clear Fork Switchgear", "Crusoe"], "supply", 140 * M, "USD", "exact", "2025-10-28", "signed",
       "Clear Fork Switchgear Co., which makes medium-voltage switchgear and power distribution skids at its plant on the east side of town, said Tuesday it will supply equipment worth $140 million to Crusoe for the data center campus being built off FM 600 for OpenAI and Oracle.",
       note="invented regional supplier introduced by apposition"),
     D("crusoe-series-e", ["Crusoe", "Mubadala Capital", "Valor Equity Partners"], "investment", 1.38 * B, "USD", "exact", "2025-10", "completed",
       "Last week it raised $1.38 billion in a round in which Mubadala Capital and Valor Equity Partners took the lead, a deal that values it at more than $13 billion.",
       note="'it' = Crusoe; 'Last week' -> 2025-10; the valuation is in not_deals"),
     D("crusoe-abilene-jv", ["Crusoe", "Blue Owl Capital", "Primary Digital Infrastructure"], "joint_venture", 15 * B, "USD", "exact", "2025-05", "signed",
       "Back in May, Crusoe lined up $15 billion for the Abilene buildings through a venture in which Primary Digital Infrastructure and Blue Owl Capital are its partners; the site will span eight buildings when complete.",
       kind_alt=["investment", "project"], note="financing joint venture for the Abilene campus")],
    ["$31 an hour", "around $46 million", "more than $13 billion", "$181 million", "$3.5 million"])

ARTICLES["018_tensorhof_microsoft_saaletal.txt"] = A(
    "2026-03-12", "from the line 'Lokales · Jena · Donnerstag, 12. März 2026'; 'Seit Mittwoch' -> 2026-03-11", "de",
    [D("tensorhof-microsoft-2026-03", ["Tensorhof", "Microsoft"], "cloud_contract", 1.1 * B, "EUR", "exact", "2026-03-11", "signed",
       "Er hat ein Volumen von 1,1 Milliarden Euro und läuft vier Jahre.",
       note="'Er' = the contract with Microsoft signed 'Seit Mittwoch' (previous sentence); first Tensorhof-Microsoft contract, different from the yearly Gera contract in 020"),
     D("talusbrook-tensorhof-loan", ["Talusbrook Partners", "Tensorhof"], "other", 600 * M, "USD", "exact", "2026-02", "signed",
       "Talusbrook Partners leiht Tensorhof 600 Millionen Dollar, besichert durch die Chips selbst.",
       kind_alt=["investment"], note="GPU-backed loan; 'Im Februar' in the previous sentence; different from the $250m top-up in 020"),
     D("microsoft-germany-capex", ["Microsoft"], "capex_plan", 3.2 * B, "EUR", "exact", None, "announced",
       "3,2 Mrd. Euro: Microsofts Ausbauplan für Hessen und NRW",
       required=False, note="related-link headline, no date")],
    ["38 Millionen Euro", "4.200 Euro", "2,4 Millionen Euro", "289 Euro"])

ARTICLES["019_tensorhof_interview_firmengrund.txt"] = A(
    None, "no date anywhere in the article (only 'Lesedauer: 6 Minuten')", "de",
    [D("tensorhof-microsoft-2026-03", ["Tensorhof", "Microsoft"], "cloud_contract", 1.1 * B, "EUR", "exact", None, "signed",
       "Am Ende stand ein Vertrag über 1,1 Milliarden Euro für vier Jahre.",
       note="'Die Amerikaner' = Microsoft (question before); restates 018; undated interview"),
     D("talusbrook-tensorhof-loan", ["Talusbrook Partners", "Tensorhof"], "other", 600 * M, "USD", "exact", None, "signed",
       "Talusbrook hat uns 600 Millionen Dollar geliehen, die Grafikprozessoren dienen als Sicherheit.",
       kind_alt=["investment"], note="'uns' = Tensorhof; restates 018"),
     D("stadtwerke-jena-tensorhof-ppa", ["Stadtwerke Jena", "Tensorhof"], "supply", 14 * M, "EUR", "approx", None, "signed",
       "Mit den Stadtwerken Jena haben wir einen Liefervertrag geschlossen, für den wir jährlich rund 14 Millionen Euro zahlen, Laufzeit zehn Jahre.",
       per="year", note="yearly rate of a ten-year power contract; 'wir' = Tensorhof"),
     D("tensorhof-gera-capex", ["Tensorhof"], "capex_plan", 300 * M, "EUR", "approx", None, "planned",
       "Wir planen einen zweiten Standort in Gera und wollen dort rund 300 Millionen Euro investieren, sofern der Netzbetreiber mitzieht.",
       alt_amounts=[{"amount": 340 * M, "currency": "EUR"}],
       note="'Wir' = Tensorhof; 020 reports the updated plan at 'gut 340 Millionen Euro' (alt_amounts)")],
    ["etwa 1,5 Millionen Euro im Jahr", "18 Cent je Kilowattstunde", "8.500 Euro", "7,50 Euro"])

ARTICLES["020_tensorhof_wirtschaftswoche_mitte.txt"] = A(
    "2026-11-13", "from the issue line 'Ausgabe 46/2026 · 13.11.2026' (a Friday); 'am Dienstag' -> 2026-11-10", "de",
    [D("tensorhof-microsoft-2026-11", ["Tensorhof", "Microsoft"], "cloud_contract", 110 * M, "EUR", "approx", "2026-11-10", "signed",
       "Der US-Konzern mietet zusätzliche Kapazität am geplanten Standort Gera und zahlt dafür jährlich rund 110 Millionen Euro.",
       per="year", term=["2027", "2032"],
       note="'Der US-Konzern' = Microsoft; confirmed 'am Dienstag' (next sentence); five years from mid-2027; second contract of the pair"),
     D("tensorhof-microsoft-2026-03", ["Tensorhof", "Microsoft"], "cloud_contract", 1.1 * B, "EUR", "exact", "2026-03", "signed",
       "Der erste Vertrag über 1,1 Milliarden Euro vom März bleibt davon unberührt.",
       note="restates the March contract (018, 019)"),
     D("talusbrook-tensorhof-2026-11", ["Talusbrook Partners", "Tensorhof"], "other", 250 * M, "USD", "exact", "2026-11", "signed",
       "Auch der Geldgeber zieht mit: Talusbrook Partners stockt seinen Kredit an Tensorhof um 250 Millionen Dollar auf.",
       kind_alt=["investment"], note="loan top-up, different from the $600m loan of February 2026"),
     D("tensorhof-gera-capex", ["Tensorhof"], "capex_plan", 340 * M, "EUR", "at_least", "2026-11", "planned",
       "Die Jenaer wollen in Gera nach jüngster Planung gut 340 Millionen Euro investieren.",
       note="'Die Jenaer' = Tensorhof; updated figure of the plan in 019"),
     D("xai-series-e", ["xAI"], "investment", 20 * B, "USD", "exact", "2026-01", "completed",
       "Allein die im Januar abgeschlossene Serie E brachte 20 Milliarden Dollar, unter anderem von Nvidia, Cisco und der Qatar Investment Authority.",
       note="xAI from the previous sentence; different from the rumoured $20bn raise of October 2025 (011)"),
     D("xai-series-c", ["xAI"], "investment", 6 * B, "USD", "exact", "2024-12", "completed",
       "Zum Vergleich: Im Dezember 2024 hatte xAI noch sechs Milliarden Dollar aufgenommen.",
       note="restates the Series C of 002, amount in words")],
    ["150 Millionen Euro", "mehr als 30 Milliarden Dollar", "bis zu 26 Milliarden Dollar", "16,8 Cent je Kilowattstunde",
     "480 Euro", "65 Euro je Quadratmeter", "96 Euro"])

ALIASES = {
    "xAI": ["xAI", "X.AI"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Anthropic": ["Anthropic"],
    "OpenAI": ["OpenAI", "OpenAI Group PBC"],
    "Oracle": ["Oracle"],
    "SoftBank": ["SoftBank", "Softbank", "SoftBank Group"],
    "MGX": ["MGX"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure"],
    "CoreWeave": ["CoreWeave"],
    "Weights & Biases": ["Weights & Biases", "Weights and Biases"],
    "Core Scientific": ["Core Scientific"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Intel": ["Intel", "Intel Corp."],
    "AMD": ["AMD", "Advanced Micro Devices"],
    "Broadcom": ["Broadcom", "Broadcom Inc."],
    "Google": ["Google", "Google Cloud", "Alphabet"],
    "Meta": ["Meta", "Meta Platforms"],
    "Blue Owl Capital": ["Blue Owl Capital", "Blue Owl"],
    "Pimco": ["Pimco", "PIMCO"],
    "Beignet Investor LLC": ["Beignet Investor LLC", "Beignet Investor", "Beignet"],
    "IREN": ["IREN", "Iris Energy"],
    "Dell": ["Dell", "Dell Technologies"],
    "Iconiq": ["Iconiq", "ICONIQ", "Iconiq Capital"],
    "Fidelity": ["Fidelity", "Fidelity Management & Research"],
    "Lightspeed Venture Partners": ["Lightspeed Venture Partners", "Lightspeed"],
    "Crusoe": ["Crusoe", "Crusoe Energy"],
    "Clear Fork Switchgear": ["Clear Fork Switchgear", "Clear Fork Switchgear Co.", "Clear Fork"],
    "Mubadala Capital": ["Mubadala Capital", "Mubadala"],
    "Valor Equity Partners": ["Valor Equity Partners", "Valor"],
    "Primary Digital Infrastructure": ["Primary Digital Infrastructure", "Primary Digital"],
    "Tensorhof": ["Tensorhof", "Tensorhof GmbH"],
    "Talusbrook Partners": ["Talusbrook Partners", "Talusbrook"],
    "Stadtwerke Jena": ["Stadtwerke Jena", "Stadtwerken Jena"],
    "Nebius": ["Nebius", "Nebius Group"],
}

ABOUT = (
    "Hand-annotated deals in the thirtieth, held-out test corpus (tests/corpus30/articles/), written for the tests and "
    "independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions (and deals stated without an amount) that an extractor may "
    "report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is "
    "an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | "
    "range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article "
    "(or the same article) states it in another currency or at another precision. 'date' is when the deal was announced or "
    "agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date marker, dateline, <time datetime>, issue line or visible byline date, or null when the article has "
    "none); quarters, half-years and seasons become the year; a cancelled deal keeps the date of the original agreement or "
    "talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; "
    "'note' explains a judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Clear Fork Switchgear, Tensorhof, Talusbrook Partners; invented "
    "publications, research houses, advertisers and people are named in README.md; the deals of real companies are partly "
    "real, partly invented or shifted. Nothing here is reporting.")


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ARTICLES)} articles, {sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
