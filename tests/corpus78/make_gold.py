#!/usr/bin/env python3
"""Write gold.json for corpus78: the hand annotation of articles/ as a script.

Usage: python3 tests/corpus78/make_gold.py      (rewrites gold.json next to this file)
Edit the annotation here, run this, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the seventy-eighth, held-out test corpus (tests/corpus78/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: AI cloud and GPU-rental contracts (CoreWeave, Nebius, Nscale, Lambda, "
    "Crusoe, Together AI, Fluidstack and their customers Microsoft, Meta, OpenAI, Google, Anthropic), "
    "GPU-backed loans, take-or-pay commitments and their renegotiations. One entry per article; a deal that "
    "several articles report carries the same id in each. 'required': false marks vague, amount-less or "
    "background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount in another currency or "
    "another stated form (e.g. with options). 'date' is when the deal was announced or agreed (YYYY, YYYY-MM "
    "or YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own "
    "date line, dateline, byline, issue line, meta tag or JSON-LD, or null when the article has none); a "
    "cancelled deal keeps the date of the original agreement; 'term' is the period the deal covers, where "
    "the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For "
    ".html articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). "
    "All deal parties are real companies; the deals follow public reports of 2024-2025 with details "
    "simplified or shifted, and the 2026 deals (Nebius/Microsoft amendment and loan, Fluidstack credit line "
    "and round, CoreWeave/Microsoft release payment, Together AI/Crusoe, Together AI round, Lambda IPO "
    "talk, Nscale/Microsoft Texas shift) are invented. Publications, analysts, advertisers and quoted "
    "people are invented (README.md, invented_names.txt). Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("kind_alt", "per", "term", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def alt(*pairs):
    return [{"amount": a, "currency": c} for a, c in pairs]


B = 1_000_000_000
M = 1_000_000

ARTICLES = {}

ARTICLES["001_coreweave_debt_scalloway_en.txt"] = dict(
    published="2024-05-17",
    published_note="from the date line 'May 17, 2024 · 4:12 PM EDT' and the dateline 'NEW YORK, May 17'; 'on Friday' -> 2024-05-17",
    language="en",
    deals=[
        D("coreweave-debt-2024", ["CoreWeave", "Blackstone", "Magnetar"], "other", 7.5 * B, "USD", "exact",
          "2024-05-17", "signed",
          "CoreWeave, the Roseland, New Jersey cloud provider that rents out Nvidia graphics processors by the hour, said on Friday it had secured a $7.5 billion debt facility led by Blackstone and Magnetar, one of the largest private credit packages ever put together for a company of its age.",
          kind_alt=["investment"],
          note="GPU-backed debt facility; lenders listed are the two leads (Coatue, Carlyle, CDPQ, BlackRock join in the next sentence)"),
        D("coreweave-h100-loan-2023", ["CoreWeave"], "other", 2.3 * B, "USD", "exact", "2023-08", "completed",
          "The loan is secured in large part by the GPUs themselves and by the customer contracts that keep them busy, a structure the firm first tried last August, when it borrowed $2.3 billion against a fleet of H100 chips.",
          required=False, kind_alt=["investment"],
          note="background: the 2023 chip-backed loan ('last August' from May 2024); lenders not named"),
        D("coreweave-seriesc-2024", ["CoreWeave", "Coatue"], "investment", 1.1 * B, "USD", "exact", "2024-05",
          "completed",
          "Earlier this month CoreWeave raised $1.1 billion from investors led by Coatue, a deal that valued the seven-year-old company at $19 billion, up from roughly $7 billion in December.",
          note="'Earlier this month' -> 2024-05; the $19bn and $7bn valuations are not deals"),
        D("coreweave-uk-2024", ["CoreWeave"], "capex_plan", 1 * B, "GBP", "exact", "2024-05", "announced",
          "Last week the company also committed £1 billion to new data centres in Britain, part of a plan to operate 28 sites by the end of the year.",
          note="'the company' = CoreWeave; 'Last week' -> 2024-05"),
    ],
    not_deals=["$19 billion", "roughly $7 billion", "between $9 billion and $11 billion", "about $229 million",
               "top $2 billion", "around $4.25", "$924.79"],
)

ARTICLES["002_coreweave_europa_brennerpost.txt"] = dict(
    published="2024-06-06",
    published_note="from the issue line 'Ausgabe 23/2024 · Donnerstag, 6. Juni 2024'; 'am Mittwoch' -> 2024-06-05",
    language="de",
    deals=[
        D("coreweave-europe-2024", ["CoreWeave"], "capex_plan", 2.2 * B, "USD", "exact", "2024-06-05", "announced",
          "Der amerikanische GPU-Cloud-Anbieter CoreWeave will bis Ende 2025 insgesamt 2,2 Milliarden Dollar in neue Rechenzentren in Norwegen, Schweden und Spanien stecken.",
          term=[None, "2025"], alt_amounts=alt((2.0 * B, "EUR")),
          note="'gut zwei Milliarden Euro' in the next sentence, 'am Mittwoch' in the one after"),
        D("coreweave-uk-2024", ["CoreWeave"], "capex_plan", 1 * B, "GBP", "exact", "2024-05", "announced",
          "Im Mai hatte er für Großbritannien eine Milliarde Pfund zugesagt, Hauptsitz für Europa wird London.",
          note="'er' = der Konzern = CoreWeave; same pledge as in 001"),
        D("coreweave-debt-2024", ["CoreWeave", "Blackstone", "Magnetar"], "other", 7.5 * B, "USD", "exact",
          "2024-05", "signed",
          "Mitte Mai schloss das Unternehmen eine Kreditlinie über 7,5 Milliarden Dollar ab, angeführt von den Finanzinvestoren Blackstone und Magnetar; als Sicherheit dienen vor allem die Grafikchips.",
          kind_alt=["investment"], note="'Mitte Mai' -> month only; same facility as in 001"),
    ],
    not_deals=["knapp 31 Euro", "gut 67 Euro", "zwischen zehn und zwölf Millionen Euro pro Megawatt",
               "30 Millionen Euro jährlich", "26 Milliarden Dollar", "49 Euro", "240 Euro im Jahr"],
)

ARTICLES["003_lambda_loan_tarbert_digest_en.txt"] = dict(
    published="2024-04-05",
    published_note="from the issue line 'No. 14 — Friday 5 April 2024'; 'on Thursday' -> 2024-04-04",
    language="en",
    deals=[
        D("lambda-macquarie-loan-2024", ["Lambda", "Macquarie Group"], "other", 500 * M, "USD", "exact",
          "2024-04-04", "signed",
          "Lambda, the San Jose company best known for renting Nvidia processors to researchers, has put together a $500 million loan through a special purpose vehicle, with Macquarie Group as lead lender.",
          kind_alt=["investment"], note="GPU-backed loan; 'It confirmed the package on Thursday' in the next sentence"),
        D("lambda-seriesc-2024", ["Lambda", "US Innovative Technology Fund"], "investment", 320 * M, "USD",
          "exact", "2024-02", "completed",
          "In February Lambda closed a $320 million Series C with the US Innovative Technology Fund as lead, which put a value of about $1.5 billion on the business.",
          note="valuation $1.5bn is not a deal"),
        D("together-ai-2024", ["Together AI", "Salesforce Ventures"], "investment", 106 * M, "USD", "exact",
          "2024-03", "completed",
          "Together AI said last month that Salesforce Ventures had led a $106 million round, valuing the open-source model host at $1.25 billion.",
          note="'last month' -> 2024-03; lead investor only"),
        D("crusoe-gpu-loan-talks-2024", ["Crusoe"], "other", None, None, None, "2024-04", "negotiating",
          "Crusoe, which builds data centres next to stranded gas and wind, is said to be talking to lenders about a similar chip-backed structure.",
          required=False, note="rumoured talks, no amount, lenders not named"),
    ],
    not_deals=["about $1.5 billion", "$1.25 billion", "$2.49", "$3.99 per GPU-hour", "$400 billion", "$0 commission",
               "£1,800 per issue"],
)

ARTICLES["004_nebius_crusoe_kaltenbrunn.txt"] = dict(
    published="2024-12-03",
    published_note="from the portal line '03.12.2024, 08:41 Uhr'; 'am Montag' -> 2024-12-02",
    language="de",
    deals=[
        D("nebius-placement-2024", ["Nebius", "Accel", "Nvidia", "Orbis"], "investment", 700 * M, "USD", "exact",
          "2024-12-02", "completed",
          "Auslöser: Die aus dem Auslandsgeschäft von Yandex hervorgegangene KI-Cloud hat bei Accel, Nvidia und Fondsgesellschaften des Vermögensverwalters Orbis in einer Privatplatzierung 700 Millionen Dollar eingesammelt.",
          alt_amounts=alt((665 * M, "EUR")),
          note="'Die ... KI-Cloud' = Nebius (previous sentence, share move 'am Montag'); EUR conversion in the next sentence; $21 per share is a price"),
        D("crusoe-seriesd-2024", ["Crusoe", "Founders Fund"], "investment", 600 * M, "USD", "approx", "2024",
          "rumored",
          "Der US-Rechenzentrumsentwickler Crusoe steht Insidern zufolge kurz vor dem Abschluss einer Finanzierungsrunde über rund 600 Millionen Dollar unter Führung von Founders Fund.",
          note="rumour ('Insidern zufolge'); 007 reports it closed in December; the year keeps the shared id's dates consistent; valuation $2.8bn is not a deal"),
    ],
    not_deals=["34,87 Dollar", "34,87 $", "21 Dollar je Aktie", "rund 2,3 Milliarden Dollar", "750 Mio. bis 1 Mrd. Dollar",
               "etwa 2,8 Milliarden Dollar", "42 Dollar", "knapp 8,3 Milliarden Dollar", "138,63 $",
               "1 Euro pro Order", "bis 150 Euro"],
)

ARTICLES["005_coreweave_openai_lynher_en.txt"] = dict(
    published="2025-03-11",
    published_note="from the line 'Tuesday, March 11, 2025 | 05:30 GMT' (dateline 'SAN FRANCISCO, March 10'); 'on Monday' -> 2025-03-10",
    language="en",
    deals=[
        D("coreweave-openai-2025-03", ["OpenAI", "CoreWeave"], "cloud_contract", 11.9 * B, "USD", "exact",
          "2025-03-10", "signed",
          "OpenAI has agreed to buy $11.9 billion of computing capacity from CoreWeave over five years, according to a joint statement on Monday, handing the GPU cloud provider its second anchor customer weeks before a planned stock market debut.",
          term=["2025", "2030"], alt_amounts=alt((11 * B, "EUR")),
          note="first of four CoreWeave/OpenAI deals (with the $350m stake, the May 'up to $4bn' and the September 'up to $6.5bn' expansions); EUR alt from 006"),
        D("openai-coreweave-stake-2025", ["OpenAI", "CoreWeave"], "investment", 350 * M, "USD", "exact",
          "2025-03-10", "signed",
          "The deal also gives the ChatGPT maker $350 million in CoreWeave stock, to be sold to it privately alongside the IPO, so OpenAI becomes a shareholder of the New Jersey firm.",
          note="'the ChatGPT maker' = OpenAI; equity stake tied to the contract, a separate deal"),
        D("microsoft-coreweave-2023", ["Microsoft", "CoreWeave"], "cloud_contract", 10 * B, "USD", "approx", "2023",
          "signed",
          "The Redmond-based group had in 2023 agreed to spend close to $10 billion with CoreWeave through 2030, media reports said at the time.",
          required=False, term=["2023", "2030"],
          note="background from earlier media reports; 'The Redmond-based group' = Microsoft"),
        D("softbank-openai-2025", ["SoftBank Group", "OpenAI"], "investment", 40 * B, "USD", "up_to", "2025-03",
          "negotiating",
          "The startup is negotiating a financing of as much as $40 billion, with SoftBank Group as the anchor backer, at a $300 billion valuation counting the fresh cash, according to people who were briefed last week.",
          note="'The startup' = OpenAI (previous sentence); talks from sources 'last week' -> 2025-03; the $300bn valuation is not a deal"),
        D("google-coreweave-talks-2025", ["Google", "CoreWeave"], "cloud_contract", None, None, None, "2025",
          "negotiating",
          "Google has also been in talks to rent Nvidia-based servers from CoreWeave, one person briefed on those discussions said.",
          required=False, note="talks without a figure"),
    ],
    not_deals=["$1.92 billion", "$863 million", "$300 billion", "about $8 billion", "about $12.7 billion"],
)

ARTICLES["006_coreweave_ipo_karwendel.txt"] = dict(
    published="2025-03-28",
    published_note="from the line 'Freitag, 28. März 2025 – 16:05 Uhr'; 'am Donnerstagabend' -> 2025-03-27",
    language="de",
    deals=[
        D("coreweave-ipo-2025", ["CoreWeave"], "other", 1.5 * B, "USD", "exact", "2025-03-27", "completed",
          "Der Erlös des Börsengangs schrumpft damit auf 1,5 Milliarden Dollar (knapp 1,4 Milliarden Euro).",
          kind_alt=["investment"], alt_amounts=alt((1.4 * B, "EUR")),
          note="IPO proceeds; pricing 'am Donnerstagabend' in the previous sentence; issue price and price range are not deals"),
        D("nvidia-coreweave-ipo-2025", ["Nvidia", "CoreWeave"], "investment", 250 * M, "USD", "exact",
          "2025-03-27", "completed",
          "Der Chipkonzern, seit Jahren Lieferant und Aktionär, zeichnete als Ankerinvestor Papiere für 250 Millionen Dollar.",
          note="'Der Chipkonzern' = Nvidia (previous sentence); anchor order in the IPO; first of three Nvidia/CoreWeave deals"),
        D("coreweave-openai-2025-03", ["OpenAI", "CoreWeave"], "cloud_contract", 11.9 * B, "USD", "exact",
          "2025-03", "signed",
          "Anfang März sicherte sich das Unternehmen zwar einen Fünfjahresvertrag mit OpenAI über 11,9 Milliarden Dollar (etwa elf Milliarden Euro), doch Microsoft steuerte 2024 immer noch 62 Prozent des Umsatzes von 1,9 Milliarden Dollar bei.",
          alt_amounts=alt((11 * B, "EUR")), note="'das Unternehmen' = CoreWeave; 'Anfang März' -> month only"),
        D("microsoft-coreweave-pullback-report", ["Microsoft", "CoreWeave"], "cloud_contract", None, None, None,
          "2025-03", "rumored",
          "Eine Meldung, wonach der Softwarekonzern Kapazitätszusagen zurückgezogen habe, wies CoreWeave als falsch zurück.",
          required=False, note="denied report that Microsoft withdrew commitments; no amount"),
        D("coreweave-wandb-2025", ["CoreWeave", "Weights & Biases"], "acquisition", 1.7 * B, "USD", "approx",
          "2025-03", "signed",
          "Einen Preis nannten die Beteiligten nicht, Medienberichten zufolge geht es um rund 1,7 Milliarden Dollar.",
          note="buyer and target in the previous sentence ('Ebenfalls Anfang März kaufte CoreWeave die Entwicklerplattform Weights & Biases'); price from media reports"),
    ],
    not_deals=["40 Dollar je Aktie", "47 bis 55 Dollar", "39 Dollar", "rund 23 Milliarden Dollar", "27 Milliarden",
               "Umsatzes von 1,9 Milliarden Dollar", "rund acht Milliarden Dollar", "gut 360 Millionen", "35 Dollar",
               "bis 100.000 Euro"],
)

ARTICLES["007_crusoe_abilene_mesquite_en.html"] = dict(
    published="2025-05-27",
    published_note="only in <meta property=article:published_time> and JSON-LD datePublished (2025-05-27T06:15:00-05:00); no visible date; 'last week' -> 2025-05, 'on Friday' -> 2025-05-23",
    language="en",
    deals=[
        D("crusoe-abilene-jv-2025", ["Crusoe", "Blue Owl Capital", "Primary Digital Infrastructure"],
          "joint_venture", 11.6 * B, "USD", "exact", "2025-05", "signed",
          "The data center campus rising on the city's north side has secured another $11.6 billion in debt and equity, developer Crusoe said last week.",
          kind_alt=["investment", "project"],
          note="the joint venture partners are in the next sentence; JPMorgan's $7.1bn loan is part of this money and the ~$15bn total is cumulative"),
        D("oracle-nvidia-abilene-2025", ["Oracle", "Nvidia"], "supply", 40 * B, "USD", "approx", "2025-05-23",
          "rumored",
          "Oracle, meanwhile, will spend about $40 billion on roughly 400,000 Nvidia GB200 chips for the site, the Financial Times reported on Friday.",
          note="reported, not confirmed ('Neither company has confirmed that figure')"),
        D("crusoe-seriesd-2024", ["Crusoe", "Founders Fund"], "investment", 600 * M, "USD", "exact", "2024-12",
          "completed",
          "Crusoe, which raised $600 million in December in a round led by Founders Fund, has said the site will employ about 1,500 construction workers at its peak.",
          note="the round rumoured in 004; 'in December' -> 2024-12"),
        D("coreweave-openai-2025-05", ["OpenAI", "CoreWeave"], "cloud_contract", 4 * B, "USD", "up_to", "2025-05",
          "signed",
          "CoreWeave says OpenAI added up to $4 billion to their existing contract this month",
          note="aside teaser; second CoreWeave/OpenAI contract, apart from the $11.9bn of March"),
    ],
    not_deals=["$7.1 billion", "about $15 billion", "$62,000 a year", "$5 million performance grant",
               "an estimated $32 million", "$2.71 a gallon", "$98 million budget", "$39,900", "$1.99 a week"],
)

ARTICLES["008_coreweave_corescientific_spa.txt"] = dict(
    published="2025-07-08",
    published_note="from the agency line '08.07.2025 – 06:12'; 'am Montag' -> 2025-07-07",
    language="de",
    deals=[
        D("coreweave-corescientific-2025", ["CoreWeave", "Core Scientific"], "acquisition", 7.7 * B, "EUR", "approx",
          "2025-07-07", "signed",
          "Für Core Scientific bietet der Konzern ausschließlich eigene Aktien, insgesamt um die 7,7 Milliarden Euro oder rund neun Milliarden Dollar, wie beide Seiten am Montag mitteilten.",
          alt_amounts=alt((9 * B, "USD")),
          note="'der Konzern' = CoreWeave; all-stock takeover; voted down in October (012); $20.40 per share is a price"),
        D("corescientific-coreweave-hosting-2024", ["Core Scientific", "CoreWeave"], "cloud_contract", 10 * B,
          "USD", "at_least", "2024", "signed",
          "Bereits 2024 hatten sie Hosting-Verträge über zwölf Jahre geschlossen, deren Volumen sich inzwischen auf mehr als zehn Milliarden Dollar summiert.",
          required=False, kind_alt=["other"],
          note="'sie' = the two firms; background, several contracts summed up ('summiert'), so optional"),
        D("talen-amazon-2025", ["Talen Energy", "Amazon"], "supply", 18 * B, "USD", "exact", "2025-06", "signed",
          "Wie begehrt er ist, zeigte sich erst im Juni, als Talen Energy mit Amazon einen Liefervertrag für Atomstrom aus dem Kraftwerk Susquehanna über 18 Milliarden Dollar bis 2042 abschloss.",
          term=["2025", "2042"], note="power purchase agreement"),
        D("coreweave-corescientific-breakfee", ["CoreWeave", "Core Scientific"], "other", 270 * M, "USD", "exact",
          "2025-07-07", "signed",
          "Scheitert der Deal, wird eine Vertragsstrafe von 270 Millionen Dollar fällig.",
          required=False, note="contingent break fee of the takeover agreement; optional, must stay apart from the $9bn takeover"),
    ],
    not_deals=["20,40 Dollar", "17,04 Dollar", "jährlichen Einsparungen von 500 Millionen Dollar", "vier Billionen Dollar",
               "110 Dollar je Megawattstunde"],
)

ARTICLES["009_terawulf_fluidstack_gwinear_en.txt"] = dict(
    published="2025-08-15",
    published_note="from the byline 'Posted on 15 August 2025'; 'On Thursday' -> 2025-08-14",
    language="en",
    deals=[
        D("terawulf-fluidstack-2025", ["TeraWulf", "Fluidstack"], "cloud_contract", 3.7 * B, "USD", "approx",
          "2025-08-14", "signed",
          "TeraWulf signed two ten-year colocation agreements with Fluidstack for its Lake Mariner site in western New York, worth roughly $3.7 billion in contracted revenue.",
          kind_alt=["other"], term=["2025", "2035"], alt_amounts=alt((8.7 * B, "USD")),
          note="'On Thursday' in the previous sentence; $8.7bn with two extension options (next sentence) as alt_amount"),
        D("google-fluidstack-terawulf-backstop", ["Google", "Fluidstack", "TeraWulf"], "other", 1.8 * B, "USD",
          "exact", "2025-08-14", "signed",
          "Fluidstack is a London start-up with a few hundred staff and no investment-grade rating, so Google has agreed to guarantee $1.8 billion of what Fluidstack must pay its landlord.",
          kind_alt=["investment"],
          note="Google backstops Fluidstack's lease with TeraWulf and gets warrants (~8%) in TeraWulf; must stay apart from the Cipher backstop (011)"),
        D("alphabet-capex-2025", ["Google"], "capex_plan", 85 * B, "USD", "exact", "2025", "announced",
          "Google already said it would raise its own capital spending this year to $85 billion, up from $75 billion, so it is hardly short of buildings.",
          note="raised capex plan for 2025; date not given"),
        D("alphabet-capex-2025-earlier", ["Google"], "capex_plan", 75 * B, "USD", "exact", "2025", "announced",
          "Google already said it would raise its own capital spending this year to $85 billion, up from $75 billion, so it is hardly short of buildings.",
          required=False, note="the superseded earlier plan; optional"),
        D("fluidstack-france-2025", ["Fluidstack"], "project", 10 * B, "EUR", "exact", "2025-02", "announced",
          "Elsewhere this summer: Fluidstack also has the €10 billion French supercomputer it announced back in February, though details on funding remain thin.",
          required=False, kind_alt=["capex_plan"], note="background; 'back in February' -> 2025-02"),
        D("cipher-colocation-talks-2025", ["Cipher Mining"], "cloud_contract", None, None, None, "2025-08",
          "negotiating",
          "And I keep hearing that other miners, Cipher Mining among them, are negotiating similar setups.",
          required=False, note="hearsay, no counterparty and no amount"),
    ],
    not_deals=["$8.31", "above $3 billion", "about $140 million", "around $1.6 million a year", "$8 a month"],
)

ARTICLES["010_nebius_microsoft_brixham_en.txt"] = dict(
    published="2025-09-11",
    published_note="from the US-style date '09/11/2025' (September 11, consistent with 'on Monday'/'on Tuesday'/'on Wednesday' of that week); 'after the U.S. market close on Monday' -> 2025-09-08, 'on Wednesday' -> 2025-09-10",
    language="en",
    deals=[
        D("nebius-microsoft-2025", ["Nebius", "Microsoft"], "cloud_contract", 17.4 * B, "USD", "approx",
          "2025-09-08", "signed",
          "Under the agreement, the total contract value is approximately $17.4 billion through 2031.",
          term=["2025", "2031"], alt_amounts=alt((19.4 * B, "USD")),
          note="parties and 'on Monday' in the previous sentence; up to $19.4bn with additional services (next sentence) as alt_amount; second Microsoft/Nebius deal is the 2026 amendment (018)"),
        D("nebius-raise-2025", ["Nebius"], "investment", 3 * B, "USD", "approx", "2025-09-10", "announced",
          "Nebius said on Wednesday it plans to sell new Class A shares and convertible senior notes for roughly $3 billion in total to fund the build-out.",
          kind_alt=["other"], note="capital raise (shares plus convertible notes)"),
    ],
    not_deals=["$95.50", "roughly $23 billion", "$120", "$84", "$900 million to $1.1 billion", "about $88 billion",
               "CPM from $14"],
)

ARTICLES["011_fluidstack_cipher_kupferdraht.txt"] = dict(
    published="2025-09-26",
    published_note="from the issue line 'Ausgabe 39 | Freitag, 26. September 2025'; 'am Donnerstag' -> 2025-09-25, 'vom Montag' -> 2025-09-22",
    language="de",
    deals=[
        D("cipher-fluidstack-2025", ["Cipher Mining", "Fluidstack"], "cloud_contract", 3 * B, "USD", "approx",
          "2025-09-25", "signed",
          "Über die Laufzeit bringt das etwa drei Milliarden Dollar, wie Cipher am Donnerstag mitteilte.",
          kind_alt=["other"], term=["2025", "2035"],
          note="ten-year lease; parties in the previous sentence ('Cipher Mining vermietet seinem neuen Großkunden Fluidstack')"),
        D("google-fluidstack-cipher-backstop", ["Google", "Fluidstack", "Cipher Mining"], "other", 1.4 * B, "USD",
          "exact", "2025-09-25", "signed",
          "Google sichert 1,4 Milliarden Dollar der Zahlungspflichten ab und erhält dafür Optionsscheine auf rund 5,4 Prozent des Unternehmens.",
          kind_alt=["investment"],
          note="backstop of Fluidstack's payments to Cipher; must stay apart from the TeraWulf backstop in the next sentence"),
        D("google-fluidstack-terawulf-backstop", ["Google", "Fluidstack", "TeraWulf"], "other", 1.8 * B, "USD",
          "exact", "2025-08", "signed",
          "Schon bei TeraWulf hatte Google Mitte August für 1,8 Milliarden Dollar an Mietverpflichtungen des Londoner Start-ups geradegestanden.",
          kind_alt=["investment"], note="'des Londoner Start-ups' = Fluidstack; 'Mitte August' -> month only"),
        D("coreweave-openai-2025-09", ["OpenAI", "CoreWeave"], "cloud_contract", 6.5 * B, "USD", "up_to",
          "2025-09-25", "signed",
          "Ebenfalls am Donnerstag erweiterte OpenAI seinen Vertrag mit CoreWeave um bis zu 6,5 Milliarden Dollar, gut 5,5 Milliarden Euro.",
          alt_amounts=alt((5.5 * B, "EUR")),
          note="third CoreWeave/OpenAI contract; the ~$22.4bn total in the next sentence is cumulative"),
        D("nvidia-coreweave-capacity-2025", ["Nvidia", "CoreWeave"], "cloud_contract", 6.3 * B, "USD", "exact",
          "2025-09", "signed",
          "Der Erstauftrag dafür beläuft sich auf 6,3 Milliarden Dollar.",
          kind_alt=["other"], term=["2025", "2032-04"],
          note="Nvidia's commitment to buy unsold capacity (previous sentence, 'Mitte September'); second of three Nvidia/CoreWeave deals"),
        D("nvidia-openai-loi-2025", ["Nvidia", "OpenAI"], "investment", 100 * B, "USD", "exact", "2025-09-22",
          "planned",
          "100 Milliarden Dollar – so viel will Nvidia laut einer Absichtserklärung vom Montag schrittweise in OpenAI stecken.",
          note="letter of intent; amount first ('Zahl der Woche')"),
    ],
    not_deals=["12,96 Dollar", "rund 22,4 Milliarden Dollar", "390 Euro", "520 Euro"],
)

ARTICLES["012_corescientific_vote_trelawney_en.txt"] = dict(
    published="2025-10-31",
    published_note="from the date line 'Friday 31 October 2025'; 'Thursday's special meeting' -> 2025-10-30",
    language="en",
    deals=[
        D("coreweave-corescientific-2025", ["CoreWeave", "Core Scientific"], "acquisition", 9 * B, "USD", "exact",
          "2025-07", "cancelled",
          "Shareholders in Core Scientific have voted down the $9bn all-share takeover by CoreWeave that the two companies agreed in July, leaving the AI cloud provider without the data centre sites it had hoped to own outright.",
          note="rejected by the target's shareholders on 2025-10-30; date of the agreement ('in July')"),
        D("coreweave-meta-2025", ["CoreWeave", "Meta"], "cloud_contract", 14.2 * B, "USD", "up_to", "2025-09",
          "signed",
          "At the end of September it signed a contract of up to $14.2bn with Meta Platforms, running to December 2031.",
          term=["2025-09", "2031-12"], note="'it' = CoreWeave"),
        D("coreweave-openai-2025-09", ["OpenAI", "CoreWeave"], "cloud_contract", 6.5 * B, "USD", "up_to", "2025-09",
          "signed",
          "A few days earlier OpenAI added up to $6.5bn to its agreements, bringing its commitments since March, when the ChatGPT developer first signed for $11.9bn, to about $22.4bn.",
          note="'A few days earlier' than the end of September -> 2025-09; the $22.4bn total is cumulative"),
        D("coreweave-openai-2025-03", ["OpenAI", "CoreWeave"], "cloud_contract", 11.9 * B, "USD", "exact", "2025-03",
          "signed",
          "A few days earlier OpenAI added up to $6.5bn to its agreements, bringing its commitments since March, when the ChatGPT developer first signed for $11.9bn, to about $22.4bn.",
          note="the March contract, restated in the same sentence as the September expansion"),
        D("coreweave-openai-2025-05", ["OpenAI", "CoreWeave"], "cloud_contract", 4 * B, "USD", "up_to", "2025-05",
          "signed",
          "The two sides had already expanded the deal by up to $4bn in May.",
          note="'The two sides' = OpenAI and CoreWeave; three different CoreWeave/OpenAI contracts in one paragraph"),
        D("coreweave-poolside-2025", ["CoreWeave", "Poolside"], "cloud_contract", None, None, None, "2025-10",
          "signed",
          "CoreWeave will also provide Poolside, the coding-model start-up, with more than 40,000 Nvidia GB300 chips, it said this month; financial terms were not disclosed.",
          required=False, note="no amount"),
    ],
    not_deals=["$18.60", "$131", "about $22.4bn", "$30.1bn", "$5.1bn", "£3 a week", "£3.20"],
)

ARTICLES["013_nscale_microsoft_oetztal.html"] = dict(
    published="2025-10-16",
    published_note="visible byline '16.10.2025, 11:20 Uhr', also <meta name=date> and JSON-LD; 'am Mittwoch' -> 2025-10-15",
    language="de",
    deals=[
        D("nscale-microsoft-gb300", ["Nscale", "Microsoft"], "cloud_contract", 24 * B, "USD", "up_to", "2025-10-15",
          "signed",
          "Nach Angaben einer mit der Sache vertrauten Person kann der Auftrag bis zu 24 Milliarden Dollar wert sein, rund 20,6 Milliarden Euro.",
          alt_amounts=alt((20.6 * B, "EUR")),
          note="value only from a source; parties and 'am Mittwoch' in the previous sentences; second Nscale/Microsoft deal"),
        D("nscale-microsoft-narvik", ["Nscale", "Microsoft"], "cloud_contract", 6.2 * B, "USD", "exact", "2025-09",
          "signed",
          "Es ist bereits der zweite große Abschluss der beiden Partner: Im September hatten sie für einen Standort im nordnorwegischen Narvik einen Vertrag über 6,2 Milliarden Dollar unterzeichnet.",
          note="'sie' = the two partners; first Nscale/Microsoft deal, must stay apart from the GB300 order"),
        D("nscale-ionic-lease-2025", ["Nscale", "Ionic Digital"], "other", None, None, None, None, "signed",
          "Den größten Teil der neuen Chips, etwa 104.000 Stück, stellt Nscale in einem Rechenzentrum in Texas auf, das es von Ionic Digital mietet.",
          required=False, kind_alt=["cloud_contract"], note="lease without amount or date"),
        D("aker-nscale-seriesb-2025", ["Aker", "Nscale"], "investment", 1.1 * B, "USD", "exact", "2025-09",
          "completed",
          "Ende September schloss das erst 2024 gegründete Unternehmen eine Serie-B-Runde ab: 1,1 Milliarden Dollar, angeführt vom norwegischen Investor Aker.",
          note="'das erst 2024 gegründete Unternehmen' = Nscale"),
        D("nscale-safe-2025", ["Nscale"], "investment", 433 * M, "USD", "exact", "2025-10", "completed",
          "Anfang Oktober folgten 433 Millionen Dollar in Form einer Wandelvereinbarung.",
          note="pre-Series C SAFE; investors not named; 'Anfang Oktober' -> month"),
    ],
    not_deals=["drei bis vier Millionen Dollar", "88 Milliarden Dollar", "192 Dollar", "1.290 Euro",
               "9,90 Euro monatlich"],
)

ARTICLES["014_neocloud_week_fethaland_en.txt"] = dict(
    published="2025-11-12",
    published_note="from the byline '12 Nov 2025 — by Cador Nancarrow'; 'on 3 November'/'that Monday' -> 2025-11-03, 'on Tuesday' -> 2025-11-11, 'On Monday' -> 2025-11-10",
    language="en",
    deals=[
        D("iren-microsoft-2025", ["IREN", "Microsoft"], "cloud_contract", 9.7 * B, "USD", "exact", "2025-11-03",
          "signed",
          "Australia's IREN agreed a $9.7 billion, five-year deal to host GB300 systems for it in Childress, Texas, and will buy the hardware, roughly $5.8 billion worth, from Dell.",
          term=["2025", "2030"], note="'it' = Microsoft, date from the previous sentence"),
        D("iren-dell-2025", ["IREN", "Dell"], "supply", 5.8 * B, "USD", "approx", "2025-11-03", "signed",
          "Australia's IREN agreed a $9.7 billion, five-year deal to host GB300 systems for it in Childress, Texas, and will buy the hardware, roughly $5.8 billion worth, from Dell.",
          note="equipment purchase, a second IREN deal in the same sentence"),
        D("lambda-microsoft-2025", ["Lambda", "Microsoft"], "cloud_contract", None, None, None, "2025-11-03",
          "signed",
          "Lambda said the same day it had a \"multibillion-dollar\" agreement with Microsoft, without a number.",
          required=False, note="no amount ('multibillion-dollar')"),
        D("openai-aws-2025", ["OpenAI", "Amazon"], "cloud_contract", 38 * B, "USD", "exact", "2025-11-03", "signed",
          "Also that Monday, OpenAI committed $38 billion to Amazon Web Services over seven years, and Cipher Mining agreed a 15-year lease with Amazon worth about $5.5 billion.",
          term=["2025", "2032"]),
        D("cipher-aws-2025", ["Cipher Mining", "Amazon"], "cloud_contract", 5.5 * B, "USD", "approx", "2025-11-03",
          "signed",
          "Also that Monday, OpenAI committed $38 billion to Amazon Web Services over seven years, and Cipher Mining agreed a 15-year lease with Amazon worth about $5.5 billion.",
          kind_alt=["other"], note="second Amazon deal in the same sentence"),
        D("nebius-meta-2025", ["Nebius", "Meta"], "cloud_contract", 3 * B, "USD", "approx", "2025-11-11", "signed",
          "Then on Tuesday, with its quarterly numbers, Nebius disclosed a roughly $3 billion five-year contract with Meta.",
          term=["2025", "2030"]),
        D("nebius-microsoft-2025", ["Nebius", "Microsoft"], "cloud_contract", 17.4 * B, "USD", "exact", "2025-09",
          "signed",
          "That sits beside the Microsoft deal signed in September, valued at $17.4 billion.",
          note="'That' = Nebius' Meta contract, so the Microsoft deal is Nebius'"),
        D("coreweave-capex-2025", ["CoreWeave"], "capex_plan", 12 * B, "USD", "range", "2025-11-10", "announced",
          "On Monday it trimmed 2025 capex guidance to a $12 billion–$14 billion range, down from $20 billion–$23 billion, because a third-party developer delivered late.",
          amount_max=14 * B, note="'it' = CoreWeave; lowered guidance"),
        D("coreweave-capex-2025-earlier", ["CoreWeave"], "capex_plan", 20 * B, "USD", "range", "2025", "announced",
          "On Monday it trimmed 2025 capex guidance to a $12 billion–$14 billion range, down from $20 billion–$23 billion, because a third-party developer delivered late.",
          amount_max=23 * B, required=False, note="the superseded earlier guidance; optional"),
    ],
    not_deals=["$1.36 billion", "$55.6 billion", "more than $60 billion", "roughly $3.5 million", "$34 billion",
               "$45 billion", "$12 monthly", "$120 for a full year"],
)

ARTICLES["015_anthropic_fluidstack_inntaler.txt"] = dict(
    published="2025-11-13",
    published_note="from the date line 'Donnerstag, 13. November 2025 · Unternehmen & Märkte · Seite 15'; 'am Mittwoch' -> 2025-11-12",
    language="de",
    deals=[
        D("anthropic-fluidstack-2025", ["Anthropic", "Fluidstack"], "project", 50 * B, "USD", "exact", "2025-11-12",
          "announced",
          "Gemeinsam mit dem Londoner Betreiber Fluidstack plant das Unternehmen Standorte in den Bundesstaaten Texas und New York; die Summe von 50 Milliarden Dollar, umgerechnet gut 43 Milliarden Euro, nannte Anthropic am Mittwoch.",
          kind_alt=["capex_plan", "partnership"], alt_amounts=alt((43 * B, "EUR")),
          note="also in the standfirst and in a quote ('Fünfzig Milliarden'), same deal"),
        D("fluidstack-france-2025", ["Fluidstack"], "project", 10 * B, "EUR", "exact", None, "announced",
          "Für den französischen Staat soll sie einen Supercomputer für zehn Milliarden Euro errichten, und bei zwei früheren Bitcoin-Schürfern in New York und Texas hat sie Kapazität gemietet, für die Google als Bürge einsteht.",
          required=False, kind_alt=["capex_plan"], note="background, 'sie' = Fluidstack; no date"),
        D("google-fluidstack-backstops-vague", ["Google", "Fluidstack"], "other", None, None, None, None, "signed",
          "Für den französischen Staat soll sie einen Supercomputer für zehn Milliarden Euro errichten, und bei zwei früheren Bitcoin-Schürfern in New York und Texas hat sie Kapazität gemietet, für die Google als Bürge einsteht.",
          required=False,
          note="vague reference to the TeraWulf and Cipher leases and Google's backstops (miners not named, no amounts)"),
        D("anthropic-seriesf-2025", ["Anthropic", "Iconiq"], "investment", 13 * B, "USD", "exact", "2025-09",
          "completed",
          "Anfang September sammelte das Unternehmen 13 Milliarden Dollar ein, angeführt vom Investor Iconiq; bewertet wurde es dabei mit 183 Milliarden Dollar.",
          note="valuation $183bn is not a deal"),
        D("google-anthropic-tpu-2025", ["Google", "Anthropic"], "cloud_contract", None, None, None, "2025-10",
          "signed",
          "Ende Oktober vereinbarte es zudem mit Google den Zugriff auf bis zu eine Million TPU-Chips, ein Geschäft, das sich auf mehrere zehn Milliarden Dollar belaufen soll.",
          required=False, kind_alt=["supply"], note="only 'mehrere zehn Milliarden Dollar', no usable amount"),
    ],
    not_deals=["183 Milliarden Dollar", "rund sieben Milliarden Dollar", "20 bis 26 Milliarden",
               "rund zwölf Millionen Dollar je Megawatt", "4 Wochen für 1 Euro"],
)

ARTICLES["016_interview_take_or_pay_tauernfenster.txt"] = dict(
    published=None,
    published_note="no date anywhere in the article (only 'Lesezeit: 6 Minuten')",
    language="de",
    deals=[
        D("coreweave-meta-2025", ["CoreWeave", "Meta"], "cloud_contract", 14.2 * B, "USD", "up_to", None, "signed",
          "Nehmen Sie CoreWeave: Meta hat sich Kapazität im Umfang von maximal 14,2 Milliarden Dollar gesichert, OpenAI hatte im März 2025 für 11,9 Milliarden unterschrieben.",
          note="'maximal' -> up_to; undated interview"),
        D("coreweave-openai-2025-03", ["OpenAI", "CoreWeave"], "cloud_contract", 11.9 * B, "USD", "exact", "2025-03",
          "signed",
          "Nehmen Sie CoreWeave: Meta hat sich Kapazität im Umfang von maximal 14,2 Milliarden Dollar gesichert, OpenAI hatte im März 2025 für 11,9 Milliarden unterschrieben.",
          note="currency carried over from the first half of the sentence"),
        D("nvidia-coreweave-capacity-2025", ["Nvidia", "CoreWeave"], "cloud_contract", 6.3 * B, "USD", "exact", None,
          "signed",
          "Bei CoreWeave hat der Konzern zugesagt, ungenutzte Kapazität für 6,3 Milliarden Dollar selbst abzunehmen.",
          kind_alt=["other"], note="'der Konzern' = Nvidia (previous sentence)"),
        D("lambda-nvidia-leaseback-2025", ["Nvidia", "Lambda"], "cloud_contract", 1.5 * B, "USD", "approx", None,
          "signed",
          "Bei Lambda mietet Nvidia seine eigenen Chips zurück: rund 1,5 Milliarden Dollar über vier Jahre, verteilt auf zwei Vereinbarungen.",
          note="two agreements summed into one figure; annotated as one deal; undated"),
        D("microsoft-coreweave-2023", ["Microsoft", "CoreWeave"], "cloud_contract", 10 * B, "USD", "approx", None,
          "signed",
          "Der Softwarekonzern hatte ja einmal rund zehn Milliarden Dollar über mehrere Jahre zugesagt.",
          required=False, note="'Der Softwarekonzern' = Microsoft (previous sentence, with CoreWeave); background"),
    ],
    not_deals=["gut 30.000 Dollar", "unter zwei Dollar", "mehr als 400 Milliarden Dollar", "14,80 Euro"],
)

ARTICLES["017_nvidia_coreweave_gamsbart.txt"] = dict(
    published="2026-01-27",
    published_note="from the portal line '27.01.26 | 09:03' (two-digit year); 'am Montag' -> 2026-01-26",
    language="de",
    deals=[
        D("nvidia-coreweave-2026", ["Nvidia", "CoreWeave"], "investment", 1.7 * B, "EUR", "approx", "2026-01-26",
          "signed",
          "Neuer Schulterschluss zwischen Chipkonzern und Kunde: Nvidia kauft sich für gut 1,7 Milliarden Euro – zwei Milliarden Dollar – stärker bei CoreWeave ein.",
          alt_amounts=alt((2 * B, "USD")),
          note="'am Montag' in the next sentence; third Nvidia/CoreWeave deal; $87.20 per share is a price"),
        D("coreweave-nvidia-5gw-2026", ["CoreWeave", "Nvidia"], "partnership", None, None, None, "2026-01-26",
          "announced",
          "Zugleich vereinbarten beide, dass CoreWeave bis 2030 mehr als fünf Gigawatt an sogenannten KI-Fabriken aufbaut.",
          required=False, kind_alt=["capex_plan"], note="no amount ('Über eine Summe ... schwiegen sich beide Seiten aus')"),
        D("nvidia-coreweave-ipo-2025", ["Nvidia", "CoreWeave"], "investment", 250 * M, "USD", "exact", "2025-03",
          "completed",
          "Beim Börsengang im März 2025 hatte Nvidia als Ankerzeichner Papiere im Wert von 250 Millionen Dollar erworben, im September desselben Jahres sagte es zu, nicht vermietete Kapazität für 6,3 Milliarden Dollar abzunehmen.",
          note="restated IPO anchor order"),
        D("nvidia-coreweave-capacity-2025", ["Nvidia", "CoreWeave"], "cloud_contract", 6.3 * B, "USD", "exact",
          "2025-09", "signed",
          "Beim Börsengang im März 2025 hatte Nvidia als Ankerzeichner Papiere im Wert von 250 Millionen Dollar erworben, im September desselben Jahres sagte es zu, nicht vermietete Kapazität für 6,3 Milliarden Dollar abzunehmen.",
          kind_alt=["other"], note="'es' = Nvidia; 'im September desselben Jahres' -> 2025-09"),
        D("coreweave-meta-2025", ["CoreWeave", "Meta"], "cloud_contract", 14.2 * B, "USD", "up_to", "2025", "signed",
          "Allein Meta hatte sich im Herbst Rechenleistung für höchstens 14,2 Milliarden Dollar gesichert, OpenAI kommt auf rund 22,4 Milliarden.",
          note="'im Herbst' -> year only; OpenAI's ~22.4bn is a cumulative total"),
    ],
    not_deals=["87,20 Dollar", "101 Dollar", "von 110 auf 125 Dollar", "55,6 Milliarden Dollar",
               "5,05 bis 5,15 Milliarden Dollar", "rund 22,4 Milliarden", "92,98 $", "186,47 $", "rund 46 Mrd. $",
               "(0 Euro)"],
)

ARTICLES["018_nebius_microsoft_amend_sumburgh_en.html"] = dict(
    published="2026-05-20",
    published_note="visible byline 'Published 20.05.2026 07:10 CEST', meta article:published_time and JSON-LD; dateline 'AMSTERDAM, May 19'; 'late on Monday' -> 2026-05-18",
    language="en",
    deals=[
        D("nebius-microsoft-2025", ["Nebius", "Microsoft"], "cloud_contract", 17.4 * B, "USD", "exact", "2025-09",
          "signed",
          "Nebius and Microsoft have amended the contract for the Vineland, New Jersey data centre, the first substantial change since the original $17.4 billion agreement of September 2025.",
          note="restated original contract"),
        D("nebius-microsoft-amendment-2026", ["Nebius", "Microsoft"], "cloud_contract", 1.6 * B, "USD", "approx",
          "2026-05-18", "signed",
          "Under the new terms, disclosed late on Monday, Microsoft will pay about $1.6 billion more in committed fees and the term runs two years longer, to mid-2033.",
          term=[None, "2033"],
          note="invented renegotiation; a second Nebius/Microsoft deal that must stay apart from the $17.4bn contract"),
        D("nebius-loan-2026", ["Nebius"], "other", 2.5 * B, "USD", "exact", "2026-05-18", "signed",
          "The same day Nebius said a group of banks had agreed to a $2.5 billion delayed-draw term loan secured against the Vineland GPUs and the contract's cash flows.",
          kind_alt=["investment"], note="invented GPU-backed loan; lenders not named"),
        D("nebius-meta-2025", ["Nebius", "Meta"], "cloud_contract", 3 * B, "USD", "approx", None, "signed",
          "Its five-year contract with Meta, worth about $3 billion, is also being delivered this year.",
          note="'Its' = Nebius; no date given"),
    ],
    not_deals=["between $5 billion and $6 billion", "$118.42", "about $30 billion", "$412 million", "£6.99 a month"],
)

ARTICLES["019_fluidstack_kredit_lechtaler.txt"] = dict(
    published="2026-08-18",
    published_note="from the byline 'Von Raphael Zangerle | 18.08.2026'; 'vergangene Woche' -> 2026-08, 'am Montag' -> 2026-08-17",
    language="de",
    deals=[
        D("fluidstack-loan-2026", ["Fluidstack"], "other", 4.5 * B, "USD", "up_to", "2026-08", "signed",
          "Jetzt bekommt das Londoner Unternehmen von einem Bankenkonsortium eine Kreditlinie über bis zu 4,5 Milliarden Dollar, knapp 3,9 Milliarden Euro.",
          kind_alt=["investment"], alt_amounts=alt((3.9 * B, "EUR")),
          note="invented; GPU-backed credit line, signed 'vergangene Woche' (two sentences later); lenders not named"),
        D("anthropic-fluidstack-2025", ["Anthropic", "Fluidstack"], "project", 50 * B, "USD", "exact", "2025-11",
          "announced",
          "Anthropic hatte im November 2025 angekündigt, zusammen mit den Briten 50 Milliarden Dollar in amerikanische Rechenzentren zu stecken.",
          kind_alt=["capex_plan", "partnership"], note="'den Briten' = Fluidstack"),
        D("anthropic-microsoft-report-2026", ["Anthropic", "Microsoft"], "other", None, None, None, "2026-08",
          "rumored",
          'Ein Bericht, wonach das KI-Labor Teile des Vorhabens an Microsoft weiterreichen wolle, wies eine Sprecherin am Montag als „frei erfunden" zurück.',
          required=False, note="denied report, no amount"),
        D("fluidstack-round-2026", ["Fluidstack"], "investment", 1 * B, "USD", "approx", "2026-08", "negotiating",
          "Fluidstack verhandelt Insidern zufolge mit Geldgebern über frisches Eigenkapital von rund einer Milliarde Dollar; im Gespräch sei eine Bewertung von zwölf Milliarden Dollar.",
          note="invented; talks from insiders; valuation is not a deal"),
        D("cipher-fluidstack-2025", ["Cipher Mining", "Fluidstack"], "cloud_contract", 3 * B, "USD", "approx",
          "2025-09", "signed",
          "Allein der Zehnjahresvertrag mit Cipher Mining vom September 2025 ist rund drei Milliarden Dollar schwer.",
          kind_alt=["other"], note="Fluidstack is the tenant (context of the paragraph)"),
    ],
    not_deals=["zwölf Milliarden Dollar", "rund 3,7 Millionen Dollar", "Haushalt von 41 Millionen Euro",
               "bis zu 400.000 Euro", "3.499 Euro"],
)

ARTICLES["020_markets_live_eshaness_en.txt"] = dict(
    published="2026-11-10",
    published_note="from the ticker line 'Tech & infrastructure ticker — Tuesday 10 November 2026'; 'on Monday' -> 2026-11-09, 'this morning' -> 2026-11-10",
    language="en",
    deals=[
        D("meta-coreweave-cut-report-2026", ["Meta", "CoreWeave"], "cloud_contract", None, None, None, "2026-11",
          "rumored",
          "Meta denies report it plans to cut its CoreWeave commitment.",
          required=False, note="denied report, no figures"),
        D("lambda-ipo-2026", ["Lambda"], "other", 1 * B, "USD", "approx", "2026-11", "rumored",
          "Lambda is said to be preparing a New York IPO for the first quarter that could raise about $1 billion, two bankers told us; Lambda would not comment.",
          kind_alt=["investment"], note="invented; planned listing from sources"),
        D("together-crusoe-2026", ["Together AI", "Crusoe"], "cloud_contract", 180 * M, "USD", "approx", "2026-11-10",
          "signed",
          "Together AI will pay Crusoe roughly $180 million a year for five years for a dedicated cluster in Wyoming, the companies said this morning.",
          per="year", note="invented; yearly rate over five years"),
        D("together-ai-round-2026", ["Together AI"], "investment", 800 * M, "USD", "exact", "2026-11", "completed",
          "Separately, Together AI closed an $800 million round; the valuation was not disclosed, but people familiar put it near $9 billion.",
          note="invented; investors not named; must stay apart from the Crusoe contract"),
        D("nscale-microsoft-texas-shift-2026", ["Nscale", "Microsoft"], "cloud_contract", None, None, None, "2026-11",
          "signed",
          "Nscale confirmed that Microsoft has shifted part of the Texas portion of its GB300 order into 2028.",
          required=False, note="invented renegotiation without a value"),
        D("nscale-microsoft-gb300", ["Nscale", "Microsoft"], "cloud_contract", 24 * B, "USD", "up_to", "2025-10",
          "signed",
          "The original agreement, announced in October 2025, was valued at up to $24 billion by people familiar with it.",
          note="restated; parties in the previous sentences"),
        D("coreweave-microsoft-release-2026", ["CoreWeave", "Microsoft"], "cloud_contract", 700 * M, "USD", "exact",
          "2026-11-09", "signed",
          "CoreWeave said Microsoft agreed on Monday to pay it $700 million to be released from capacity it had committed to take in 2027.",
          kind_alt=["other"],
          note="invented take-or-pay renegotiation; must stay apart from the 2023 Microsoft/CoreWeave commitment"),
    ],
    not_deals=["north of $4 billion", "near $9 billion", "97 cents on the dollar", "exceed $250 billion",
               "$11.5 billion to $12 billion", "$118", "about $1.1 billion", "$71", "$88,400"],
)

ALIASES = {
    "CoreWeave": ["CoreWeave"],
    "Blackstone": ["Blackstone"],
    "Magnetar": ["Magnetar"],
    "Coatue": ["Coatue"],
    "Lambda": ["Lambda"],
    "Macquarie Group": ["Macquarie Group", "Macquarie"],
    "US Innovative Technology Fund": ["US Innovative Technology Fund"],
    "Together AI": ["Together AI"],
    "Salesforce Ventures": ["Salesforce Ventures"],
    "Crusoe": ["Crusoe"],
    "Nebius": ["Nebius", "Nebius Group N.V.", "Nebius Group"],
    "Accel": ["Accel"],
    "Nvidia": ["Nvidia"],
    "Orbis": ["Orbis"],
    "Founders Fund": ["Founders Fund"],
    "OpenAI": ["OpenAI"],
    "Microsoft": ["Microsoft", "Azure"],
    "SoftBank Group": ["SoftBank Group", "SoftBank"],
    "Google": ["Google", "Alphabet"],
    "Weights & Biases": ["Weights & Biases"],
    "Blue Owl Capital": ["Blue Owl Capital", "Blue Owl"],
    "Primary Digital Infrastructure": ["Primary Digital Infrastructure"],
    "Oracle": ["Oracle"],
    "Core Scientific": ["Core Scientific"],
    "Talen Energy": ["Talen Energy"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "TeraWulf": ["TeraWulf"],
    "Fluidstack": ["Fluidstack"],
    "Cipher Mining": ["Cipher Mining", "Cipher"],
    "Meta": ["Meta", "Meta Platforms"],
    "Poolside": ["Poolside"],
    "Nscale": ["Nscale"],
    "Aker": ["Aker"],
    "Ionic Digital": ["Ionic Digital"],
    "IREN": ["IREN"],
    "Dell": ["Dell"],
    "Anthropic": ["Anthropic"],
    "Iconiq": ["Iconiq"],
}


def clean(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, float):
        return int(round(v))
    if isinstance(v, list):
        return [clean(x) for x in v]
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items()}
    return v


def main():
    gold = {"about": ABOUT, "articles": clean(ARTICLES), "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
