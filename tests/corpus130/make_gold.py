#!/usr/bin/env python3
"""Write gold.json for tests/corpus130 (the hand annotation as a script).

Usage: python3 tests/corpus130/make_gold.py
Edit the annotation here, then run this to rewrite gold.json. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 130th held-out test corpus (tests/corpus130/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: games, streaming and broadcasting companies buying AI and compute "
    "(GPU clusters, cloud contracts, render farms, AI start-ups, licences of voices and catalogues), 2024-2026. "
    "One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an "
    "error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's "
    "amount as another article (or the same article) states it in another currency or at another precision. "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date marker, dateline, <meta>/<time>, "
    "issue line or ticker header, or null when the article has none); a cancelled deal keeps the date of "
    "the original agreement; 'term' is the period the deal covers, where the text gives one; 'kind_alt' "
    "lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and "
    "not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Tayglen "
    "Interactive, Cobaltmere Compute, Tystnad Audio, Fjärdhamn Ventures, Orlastrom Rechenwerk, Larkspindle "
    "AI, Kettlemere Capital, Hraunfoss Render, Vossgrund Postproduktion, Moltrup Systems, Fjällgnista AI, "
    "Lautwandel, Sprotbury Labs, Eyrarbakki Capital, Sowiniec Cloud, Bank Sukiennicki, Glintmarrow, "
    "Torlinie Vision, Isarkiesel Kapital, Grimsdyke Post, Rennsteig Capital Partners, Larchmoor Music Group; "
    "invented publications, banks, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly real, partly invented or shifted. "
    "Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("term", "per", "alt_amounts", "kind_alt", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def N(id, parties, kind, date, status, evidence, required=True, **extra):
    """A deal mention without an amount."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required, **extra)


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


A = {}

A["001_disney_epic_renderqueue_en.txt"] = {
    "published": "2024-02-08",
    "published_note": "from the issue line 'Issue 12 · Thursday, 8 February 2024'; 'on Wednesday' -> 2024-02-07; 'last month' -> 2024-01",
    "language": "en",
    "deals": [
        D("disney-epic-stake-2024", ["Disney", "Epic Games"], "investment", 1_500_000_000, "USD", "exact",
          "2024-02-07", "signed",
          "The Walt Disney Company is paying $1.5 billion for an equity stake in Epic Games, the companies announced on Wednesday.",
          note="size of the stake not disclosed; the 2022 valuation of $31.5bn is a not_deal"),
        D("tayglen-cobaltmere-gpu", ["Tayglen Interactive", "Cobaltmere Compute"], "cloud_contract", 12_000_000, "USD",
          "exact", "2024-01", "signed",
          "The Dundee studio agreed a two-year, $12 million deal with Cobaltmere Compute last month, it confirmed to us this week.",
          note="'The Dundee studio' = Tayglen Interactive (previous sentence); 'the Austin GPU cloud' = Cobaltmere (next sentence); 'last month' -> January 2024"),
    ],
    "not_deals": ["$31.5 billion", "$8.99", "$2.49 an hour", "£19 million", "£1.2 million", "about $6,800", "$349"],
}

A["002_spotify_tystnad_bitweide.txt"] = {
    "published": "2024-05-15",
    "published_note": "from the header 'Mi., 15.05.2024 · 11:20 Uhr'; 'am Dienstag' -> 2024-05-14; 'im Februar'/'seit Februar' -> 2024-02",
    "language": "de",
    "deals": [
        D("spotify-tystnad-licence", ["Spotify", "Tystnad Audio"], "other", 60_000_000, "SEK", "approx",
          "2024-05-14", "signed",
          "Spotify zahlt dafür jährlich rund 60 Millionen Kronen, umgerechnet etwa 5,2 Millionen Euro, heißt es in einer internen Mitteilung, die Bitweide einsehen konnte.",
          per="year", term=["2024", "2027"], alt_amounts=[alt(5_200_000, "EUR")], kind_alt=["partnership", "supply"],
          note="three-year licence of cloned narrator voices; 'dafür' = the licence agreement with Tystnad Audio (previous sentence, confirmed 'am Dienstag'); different from Spotify's 2026 takeover of Tystnad (020)"),
        D("fjardhamn-tystnad-round", ["Fjärdhamn Ventures", "Tystnad Audio"], "investment", 150_000_000, "SEK", "exact",
          "2024-02", "completed",
          "Damals sammelte Tystnad 150 Millionen Kronen ein.",
          note="'Damals' = February 2024 (previous sentence); lead investor Fjärdhamn Ventures in the next sentence; the valuation 'um 900 Millionen Kronen' is a not_deal"),
    ],
    "not_deals": ["Beteiligung von 14 Euro", "rund 1.500 Euro", "900 Millionen Kronen", "3,6 Milliarden Euro",
                  "168 Millionen Euro", "10,99 Euro im Monat", "ein paar Tausend Euro", "49 Euro"],
}

A["003_rtl_orlastrom_orlataler.txt"] = {
    "published": "2024-06-20",
    "published_note": "dateline without year 'Neustadt an der Orla, 20. Juni (oa)'; the year from the copyright line '© 2024 Orlataler Anzeiger'; 'am Dienstag' -> 2024-06-18; 'im Mai' -> 2024-05",
    "language": "de",
    "deals": [
        D("rtl-orlastrom-gpu-2024", ["RTL Group", "Orlastrom Rechenwerk"], "cloud_contract", 45_000_000, "EUR", "approx",
          "2024-06-18", "signed",
          "Der Auftrag hat nach Angaben von Geschäftsführer Ronny Kaszubowski ein Volumen von rund 45 Millionen Euro.",
          term=["2024", "2027"],
          note="parties, the three-year term and 'am Dienstag' in the previous sentences ('Der Kölner Sender' = RTL Deutschland); 018 restates it; different from the monthly post-production contract of the same pair (018)"),
        D("neustadt-orlastrom-land", ["Orlastrom Rechenwerk", "Stadt Neustadt an der Orla"], "acquisition", 1_900_000, "EUR",
          "exact", "2024-05", "signed",
          "Der Stadtrat stimmte dem Geschäft mit großer Mehrheit zu, der Kaufpreis beträgt 1,9 Millionen Euro, was rund 90 Euro pro Quadratmeter entspricht.",
          kind_alt=["other"],
          note="land sale by the town ('die Stadt') to 'dem Unternehmen' (previous sentence), 'im Mai'; the price per square metre is a not_deal"),
    ],
    "not_deals": ["3.400 Euro brutto im Monat", "rund 90 Euro pro Quadratmeter", "rund 300.000 Euro im Jahr",
                  "4,8 Millionen Euro", "mehr als 250.000 Euro", "19,90 Euro/m²"],
}

A["004_bbc_larkspindle_transmitterrow_en.html"] = {
    "published": "2024-09-12",
    "published_note": "from <meta property='article:published_time'>, JSON-LD datePublished and <time datetime='2024-09-12T07:05'>; 'on Wednesday' -> 2024-09-11; 'in March' -> 2024-03",
    "language": "en",
    "deals": [
        D("bbc-larkspindle-licence", ["BBC", "Larkspindle AI"], "other", 14_000_000, "GBP", "approx",
          "2024-09-11", "signed",
          "Larkspindle will pay about £14 million a year to use the footage, according to two people who have read the contract.",
          per="year", term=["2025-01", "2028"], kind_alt=["partnership"],
          note="archive licence for model training; signed 'on Wednesday', four years from January (previous sentence); 017 restates it; different from BBC Studios' 2026 stake in Larkspindle (017)"),
        D("kettlemere-larkspindle-round", ["Kettlemere Capital", "Larkspindle AI"], "investment", 120_000_000, "USD",
          "exact", "2024-03", "completed",
          "The lab raised $120 million in March; Kettlemere Capital led that round, which valued it at around $900 million.",
          note="'The lab' = Larkspindle; lead investor listed; the valuation is a not_deal"),
        N("itv-larkspindle-talks", ["ITV", "Larkspindle AI"], "other", "2024-09", "negotiating",
          "Larkspindle is also in talks with ITV about a similar arrangement, one person familiar with the discussions said.",
          required=False, kind_alt=["partnership"], note="amount-less talks from one source"),
    ],
    "not_deals": ["around $900 million", "£2.1 billion", "£226 million", "£169.50", "up to £400 million a year",
                  "£11 per terabyte per month", "£5 a month"],
}

A["005_netflix_hraunfoss_schnittfenster.txt"] = {
    "published": "2024-10-17",
    "published_note": "from the issue line 'Ausgabe 41/2024 · Donnerstag, 17. Oktober 2024'; 'vergangene Woche' -> 2024-10; 'am Montag' -> 2024-10-14",
    "language": "de",
    "deals": [
        D("netflix-hraunfoss-2024", ["Netflix", "Hraunfoss Render"], "cloud_contract", 80_000_000, "USD", "exact",
          "2024-10", "signed",
          "Über den 80-Millionen-Dollar-Auftrag hatte zuerst ein isländisches Wirtschaftsblatt berichtet; umgerechnet sind das etwa 73 Millionen Euro.",
          alt_amounts=[alt(73_000_000, "EUR")], kind_alt=["supply"],
          note="compound amount; parties, three-year term and 'vergangene Woche' in the previous sentences; different from the 2025 quarterly contract of the same pair (015)"),
        D("vossgrund-moltrup-servers", ["Vossgrund Postproduktion", "Moltrup Systems"], "supply", 7_500_000, "EUR", "exact",
          "2024-10-14", "signed",
          "Die Hamburger Vossgrund Postproduktion GmbH hat am Montag GPU-Server für 7,5 Millionen Euro beim Systemhaus Moltrup Systems aus Flensburg bestellt."),
    ],
    "not_deals": ["rund 4 Cent je Kilowattstunde", "rund 17 Milliarden Dollar", "gut 31 Millionen Euro",
                  "2,5 Millionen Euro", "380.000 Euro", "95 Euro", "690 Euro", "189 Euro"],
}

A["006_dazn_surj_mizzenmast_en.txt"] = {
    "published": "2025-01-16",
    "published_note": "from the header 'January 16, 2025 · 07:41 GMT'; dateline 'Jan 15', 'on Wednesday' -> 2025-01-15; 'last month' -> 2024-12; 'In November' -> 2024-11",
    "language": "en",
    "deals": [
        D("surj-dazn-stake", ["SURJ Sports Investment", "DAZN"], "investment", 1_000_000_000, "USD", "approx",
          "2025", "rumored",
          "Sports streamer DAZN is in advanced talks to sell a minority stake to SURJ Sports Investment, the sports arm of Saudi Arabia's Public Investment Fund, for about $1 billion, a pair of insiders told Mizzenmast Wire on Wednesday.",
          alt_amounts=[alt(960_000_000, "EUR")],
          note="talks from two anonymous sources, not signed; 007 reports the signing on 2025-02-10 (about €960m, alt_amounts) and 016 restates it; the rumour was reported on 2025-01-15, the year keeps the shared id's dates consistent"),
        D("dazn-fifa-cwc-rights", ["DAZN", "FIFA"], "other", 1_000_000_000, "USD", "approx", "2024-12", "signed",
          "The money would help the London-based group pay for the global rights to this summer's expanded Club World Cup, which it bought from FIFA last month for roughly $1 billion, and for a technology push that leans heavily on artificial intelligence, the people said.",
          kind_alt=["acquisition"],
          note="media rights bought in a relative clause ('the London-based group' = DAZN); the prize pot of $1 billion is a not_deal with the same figure"),
        D("dazn-aws-cloud", ["DAZN", "Amazon"], "cloud_contract", 300_000_000, "USD", "up_to", "2024-11", "signed",
          "In November, DAZN agreed to pay Amazon Web Services up to $300 million over five years for streaming capacity and for machine-learning tools that cut highlights, generate multilingual commentary and insert localised advertising in real time, according to a document seen by Mizzenmast Wire.",
          note="from a document; Amazon Web Services = Amazon"),
    ],
    "not_deals": ["$3.2 billion", "$1.4 billion", "around $10 billion", "prize pot of $1 billion", "$29.99 a month"],
}

A["007_dazn_surj_anstossblatt.txt"] = {
    "published": "2025-02-11",
    "published_note": "from the line 'Dienstag, 11. Februar 2025 · Sportbusiness · Seite 17'; 'am Montag' -> 2025-02-10; 'im Dezember' -> 2024-12",
    "language": "de",
    "deals": [
        D("surj-dazn-stake", ["SURJ Sports Investment", "DAZN"], "investment", 960_000_000, "EUR", "approx",
          "2025-02-10", "signed",
          "Das Geschäft hat nach Informationen dieser Zeitung ein Volumen von umgerechnet knapp 960 Millionen Euro; einen Preis nannten die Unternehmen nicht.",
          note="the deal rumoured in 006, now agreed ('bestätigten die Vereinbarung am Montag', previous sentence); amount in EUR only"),
        D("dazn-dfl-bundesliga", ["DAZN", "Deutsche Fußball Liga"], "other", 400_000_000, "EUR", "approx",
          "2024-12", "signed",
          "Nach Schätzungen von Rechtevermarktern zahlt DAZN dafür rund 400 Millionen Euro pro Saison, die Laufzeit beträgt vier Spielzeiten.",
          per="year", term=["2025", "2029"],
          note="value per season only from estimates; 'dafür' = Bundesliga package B bought 'im Dezember' (previous sentence); the DFL's total domestic media income is a not_deal"),
        N("dazn-torlinie-pilot", ["DAZN", "Torlinie Vision"], "partnership", None, "signed",
          "Für die Bundesliga-Übertragungen testet der Streamer bereits Software des Münchner Start-ups Torlinie Vision, die Laufwege und Pressingszenen automatisch erkennt und für die Grafik aufbereitet.",
          required=False, kind_alt=["other", "supply"],
          note="amount-less software trial, no date; different from DAZN's 2026 takeover of Torlinie (016)"),
    ],
    "not_deals": ["knapp 1,1 Milliarden Euro pro Saison", "44,99 Euro im Monat", "34,99 Euro monatlich",
                  "mehr als sechs Milliarden Dollar"],
}

A["008_tencent_ubisoft_kurskajuete.txt"] = {
    "published": "2025-03-28",
    "published_note": "from the stock-portal stamp '28.03.2025 - 08:12:45'; 'am Donnerstagabend' -> 2025-03-27",
    "language": "de",
    "deals": [
        D("tencent-ubisoft-subsidiary", ["Tencent", "Ubisoft"], "investment", 1_160_000_000, "EUR", "exact",
          "2025-03-27", "signed",
          "Lange haben Anleger auf eine Lösung gewartet, am Donnerstagabend kam sie: Ubisoft bündelt seine wichtigsten Spielereihen in einer neuen Tochtergesellschaft, und der chinesische Internetkonzern Tencent beteiligt sich daran mit 1,16 Milliarden Euro.",
          alt_amounts=[alt(1_250_000_000, "USD")], kind_alt=["acquisition"],
          note="about a quarter of the new subsidiary (Vantage Studios); closing subject to approval; 010 gives $1.25bn (month only), 014 reports the completion; the subsidiary's valuation is a not_deal"),
        D("tencent-guillemot-2022", ["Tencent", "Guillemot Brothers"], "investment", 300_000_000, "EUR", "approx",
          "2022", "completed",
          "Bereits 2022 hatte der Konzern rund 300 Millionen Euro in die Familienholding Guillemot Brothers gesteckt und sich so indirekt stärker an Ubisoft beteiligt.",
          note="background; 'der Konzern' = Tencent (previous sentence)"),
        D("ubisoft-ai-capex", ["Ubisoft"], "capex_plan", 150_000_000, "EUR", "approx", "2025-03", "planned",
          "Das Unternehmen kündigte an, bis 2027 rund 150 Millionen Euro in generative Werkzeuge für Dialoge, Animation und Qualitätssicherung zu stecken.",
          required=False, term=[None, "2027"],
          note="'Das Unternehmen' = Ubisoft; own spending plan without counterparty, optional"),
    ],
    "not_deals": ["etwa vier Milliarden Euro", "rund 1,2 Milliarden Euro", "etwa 1,85 Milliarden Euro",
                  "rund 1,5 Milliarden Euro", "11,48 €", "59,20 €", "49,10 €", "9,85 €", "14 Euro",
                  "500 Euro Ordervolumen"],
}

A["009_embracer_fjallgnista_klaralven_en.txt"] = {
    "published": "2025-04-09",
    "published_note": "from the dateline 'KARLSTAD, 9 April 2025'; 'on Tuesday' -> 2025-04-08; 'last year' -> 2024",
    "language": "en",
    "deals": [
        D("embracer-fjallgnista", ["Embracer", "Fjällgnista AI"], "acquisition", 420_000_000, "SEK", "range",
          "2025-04-08", "signed",
          "Two people familiar with the negotiations put the total price, including an earn-out tied to licence sales outside the group, at between SEK 420 million and SEK 500 million.",
          amount_max=500_000_000,
          note="price undisclosed by Embracer, range from two sources; agreement signed 'on Tuesday' (first paragraph)"),
        D("beacon-saber-2024", ["Beacon Interactive", "Saber Interactive", "Embracer"], "acquisition", 247_000_000,
          "USD", "exact", "2024", "completed",
          "Embracer sold Saber Interactive to Beacon Interactive last year for $247 million and has since announced plans to split into three listed companies.",
          note="background sale; buyer, target and seller listed"),
    ],
    "not_deals": ["about SEK 42 billion", "roughly SEK 16 billion", "SEK 36 million", "SEK 125", "SEK 98.50",
                  "SEK 500 million over three years", "around SEK 48,000 a month", "SEK 2,900 a month",
                  "SEK 149 a month"],
}

A["010_spotify_google_spindlewick_en.txt"] = {
    "published": "2025-05-22",
    "published_note": "from the line 'Commentary · Note no. 214 · Thursday 22 May 2025'; 'on Tuesday' -> 2025-05-20; 'In March' -> 2025-03; 'Last week' -> 2025-05",
    "language": "en",
    "deals": [
        D("spotify-google-cloud-2025", ["Spotify", "Google"], "cloud_contract", 1_000_000_000, "USD", "at_least",
          "2025", "negotiating",
          "Our channel checks point to a five-year commitment of more than $1 billion, a large step up from the earlier agreements, with a growing share reserved for TPU capacity to run recommendation models, AI DJ voices and audiobook narration.",
          alt_amounts=[alt(1_100_000_000, "USD")],
          note="Spotify confirmed the negotiations with Google Cloud 'on Tuesday' (2025-05-20); the value only from the analysts' channel checks; 012 reports the signing at $1.1bn on 2025-07-15 (alt_amounts), 020 mentions it without amount; the year keeps the shared id's dates consistent"),
        D("tencent-ubisoft-subsidiary", ["Tencent", "Ubisoft"], "investment", 1_250_000_000, "USD", "exact",
          "2025-03", "signed",
          "In March Tencent agreed to pay $1.25 billion for about a quarter of the new Ubisoft subsidiary that holds Assassin's Creed, Far Cry and Rainbow Six.",
          kind_alt=["acquisition"], note="same deal as 008 (EUR 1.16bn), here in USD and with the month only"),
        D("netflix-ubisoft-mocap-denied", ["Netflix", "Ubisoft"], "acquisition", 90_000_000, "USD", "approx",
          "2025-05", "rumored",
          "Last week's report that Netflix had offered about $90 million for a motion-capture stage Ubisoft owns in Montreal was denied by both companies, and we give it no weight.",
          required=False, kind_alt=["other"], note="rumoured offer denied by both companies"),
    ],
    "not_deals": ["€548 million", "roughly $4.3 billion", "about $18 billion", "from $60 billion to $99 billion",
                  "$720", "$641.30", "$1,150", "$1,182.40", "€9.50", "€10.86", "PLN 280", "PLN 231.60"],
}

A["011_prosieben_lautwandel_medienkante.html"] = {
    "published": "2025-06-12",
    "published_note": "from <meta name='date'>, JSON-LD datePublished and the byline '12.06.2025'; 'am Mittwoch' -> 2025-06-11; 'im Mai' -> 2025-05",
    "language": "de",
    "deals": [
        D("prosieben-lautwandel-round", ["ProSiebenSat.1", "Lautwandel"], "investment", 38_000_000, "EUR", "exact",
          "2025-06-11", "signed",
          "Die Finanzierungsrunde über 38 Millionen Euro führt der Medienkonzern an, wie beide Seiten am Mittwoch mitteilten.",
          note="'der Medienkonzern' = ProSiebenSat.1 (previous sentence); lead investor listed, co-investor Kiebitzwerder Ventures; part paid in advertising time; the valuation is a not_deal"),
        D("joyn-lautwandel-dubbing", ["ProSiebenSat.1", "Lautwandel"], "other", 4_200_000, "EUR", "up_to",
          "2025-06", "signed",
          "Dafür zahlt der Konzern bis zu 4,2 Millionen Euro im Jahr, abhängig von der abgerufenen Menge.",
          per="year", kind_alt=["supply"],
          note="'bis zu' -> up_to; two-year dubbing service contract of the group's platform Joyn (= ProSiebenSat.1) with Lautwandel (previous sentences); different from the funding round of the same pair"),
        N("mfe-prosieben-offer", ["MFE-MediaForEurope", "ProSiebenSat.1"], "acquisition", "2025-05", "announced",
          "Der italienische Großaktionär MFE-MediaForEurope hat im Mai ein Übernahmeangebot vorgelegt und bietet inzwischen 5,74 Euro je Aktie in bar zuzüglich eigener Aktien.",
          required=False,
          note="takeover offer without a total value (only a price per share, a not_deal); background"),
    ],
    "not_deals": ["rund 150 Euro pro Minute", "rund 160 Millionen Euro", "1,1 Millionen Euro Förderung",
                  "5,74 Euro je Aktie", "8,12 Euro", "knapp 1,9 Milliarden Euro", "rund 3,9 Milliarden Euro",
                  "bis zu 60.000 Euro", "ab 290 Euro", "7,99 Euro"],
}

A["012_checkpoint_weekly_july25_en.txt"] = {
    "published": "2025-07-18",
    "published_note": "from the issue line 'Week 29 · Friday 18 July 2025'; 'on Tuesday' -> 2025-07-15",
    "language": "en",
    "deals": [
        D("spotify-google-cloud-2025", ["Spotify", "Google"], "cloud_contract", 1_100_000_000, "USD", "exact",
          "2025-07-15", "signed",
          "After months of talks, Spotify signed a five-year, $1.1bn cloud agreement with Google on Tuesday.",
          note="the contract negotiated in 010"),
        N("epic-sprotbury", ["Epic Games", "Sprotbury Labs"], "acquisition", "2025-07", "completed",
          "Epic Games has bought Sprotbury Labs, a 30-person Manchester company that makes machine-learning tools for matching facial animation to dialogue in any language.",
          note="terms not disclosed; a main item of the newsletter, so required"),
        D("cdp-sowiniec-gpu", ["CD Projekt", "Sowiniec Cloud"], "cloud_contract", 400_000_000, "PLN", "approx",
          "2025", "rumored",
          "CD Projekt is close to renting a large GPU cluster from Sowiniec Cloud, a Kraków provider, in a deal worth around PLN 400 million, two sources close to the negotiations told The Checkpoint Weekly.",
          alt_amounts=[alt(420_000_000, "PLN"), alt(98_000_000, "EUR")],
          note="rumour from two sources; 013 reports the signing at PLN 420m (about €98m) on 2025-08-20, 014 and 019 restate it; the year keeps the shared id's dates consistent"),
        D("eyrarbakki-hraunfoss-round", ["Eyrarbakki Capital", "Hraunfoss Render"], "investment", 55_000_000, "USD",
          "exact", "2025-07", "completed",
          "Hraunfoss Render, the Icelandic render farm whose biggest customer is Netflix, raised $55 million in a round led by Eyrarbakki Capital, a Reykjavík fund backed by two pension schemes.",
          note="lead investor listed; no date in the item -> the week of the issue"),
    ],
    "not_deals": ["$79.99", "€11.99 a month", "under $2", "$11.08bn", "$189bn", "£42,000", "€240"],
}

A["013_cdprojekt_sowiniec_mokotow_en.txt"] = {
    "published": "2025-08-21",
    "published_note": "from 'Published 21/08/2025 09:05'; 'on Wednesday' -> 2025-08-20",
    "language": "en",
    "deals": [
        D("cdp-sowiniec-gpu", ["CD Projekt", "Sowiniec Cloud"], "cloud_contract", 420_000_000, "PLN", "exact",
          "2025-08-20", "signed",
          "The agreement was signed on Wednesday and is worth PLN 420 million (about €98 million), the two companies said in a joint statement.",
          alt_amounts=[alt(98_000_000, "EUR")], term=["2025-10", "2028"],
          note="parties and the three-year term in the previous sentence; capacity from October; the deal rumoured in 012; different from CD Projekt's 2026 stake in Sowiniec (019)"),
        D("sukiennicki-sowiniec-loan", ["Bank Sukiennicki", "Sowiniec Cloud"], "other", 250_000_000, "PLN", "exact",
          "2025-08", "signed",
          "To pay for new hardware, Sowiniec has taken a PLN 250 million loan from Bank Sukiennicki, secured on the graphics processors themselves, she said.",
          kind_alt=["investment"], note="GPU-backed loan; no date given -> month of the article"),
    ],
    "not_deals": ["PLN 239.80", "around PLN 24 billion", "PLN 985 million", "PLN 471 million", "PLN 275",
                  "PLN 30,000 a month", "PLN 5 billion", "under PLN 400 per megawatt hour", "PLN 390 per night"],
}

A["014_liveticker_konsolenkurs.txt"] = {
    "published": "2025-11-13",
    "published_note": "from the ticker header 'Donnerstag, 13. November 2025' (entries by time only); 'heute Morgen' -> 2025-11-13; 'im März' -> 2025-03; 'im August' -> 2025-08",
    "language": "de",
    "deals": [
        D("tencent-ubisoft-subsidiary", ["Tencent", "Ubisoft"], "investment", 1_160_000_000, "EUR", "exact",
          "2025-03", "completed",
          "Die im März vereinbarten 1,16 Milliarden Euro sind geflossen, teilte der Konzern vor Börsenbeginn mit.",
          kind_alt=["acquisition"],
          note="completion of the deal of 008/010; parties in the previous sentence (Vantage Studios = Ubisoft's subsidiary); the date is that of the agreement"),
        D("tencent-ubisoft-takeover-rumour", ["Tencent", "Ubisoft"], "acquisition", 3_000_000_000, "EUR", "approx",
          "2025-11", "rumored",
          "Ein französisches Wirtschaftsportal berichtet, Tencent bereite ein Angebot über rund 3 Milliarden Euro für den gesamten Ubisoft-Konzern vor.",
          required=False,
          note="rumour denied by Ubisoft; different from Tencent's stake in the subsidiary"),
        D("rtl-vossgrund-stake", ["RTL Group", "Vossgrund Postproduktion"], "acquisition", 24_000_000, "EUR", "approx",
          "2025-11-13", "signed",
          "Aus Unternehmenskreisen ist von einem Kaufpreis um 24 Millionen Euro die Rede, unterschrieben wurde heute Morgen.",
          kind_alt=["investment"],
          note="51 % of Vossgrund bought by 'Die Kölner Sendergruppe' (RTL Deutschland, previous sentence)"),
        D("cdp-sowiniec-gpu", ["CD Projekt", "Sowiniec Cloud"], "cloud_contract", 98_000_000, "EUR", "approx",
          "2025-08", "signed",
          "Die Anmietung des GPU-Clusters beim Krakauer Anbieter Sowiniec Cloud, im August für rund 98 Millionen Euro vereinbart, läuft seit Oktober.",
          note="restatement in EUR with the month only; CD Projekt from the entry heading '08:05 Uhr – CD Projekt'"),
    ],
    "not_deals": ["110 Dollar", "860 Millionen Euro", "5,62 Euro", "250.000 Euro", "10,92 €", "61,40 €", "8,74 €",
                  "31,85 €", "548,20 €", "220 Millionen Złoty", "772 Millionen Euro"],
}

A["015_netflix_glintmarrow_gannet_en.txt"] = {
    "published": "2025-09-16",
    "published_note": "from the header 'September 16, 2025 | 05:58 GMT'; dateline 'Sept 15', 'on Monday' -> 2025-09-15; 'earlier this month' -> 2025-09",
    "language": "en",
    "deals": [
        D("netflix-glintmarrow", ["Netflix", "Glintmarrow"], "acquisition", 210_000_000, "USD", "approx",
          "2025-09-15", "signed",
          "Netflix has agreed to buy Glintmarrow, a Burbank start-up whose software ages and de-ages actors on screen and builds digital crowds, and is paying about $210 million, two insiders said.",
          note="price from sources; Netflix confirmed the purchase 'on Monday' (next sentence); cumulative funding and the last valuation are not_deals"),
        D("netflix-hraunfoss-2025", ["Netflix", "Hraunfoss Render"], "cloud_contract", 11_000_000, "USD", "exact",
          "2025-09", "signed",
          "Under the agreement, signed earlier this month and the second between the two companies, Netflix will pay $11 million a quarter for four years from January 2026 for reserved capacity, said one supplier who has read the paperwork.",
          per="quarter", term=["2026-01", "2029"], kind_alt=["supply"],
          note="second contract of the pair, must stay apart from the $80m contract of 2024 (005)"),
    ],
    "not_deals": ["$64 million", "around $340 million", "$1,208.40", "roughly $515 billion", "about $45 billion",
                  "some $18 billion", "$1,400", "more than $1.5 billion"],
}

A["016_dazn_torlinie_schwabinger.txt"] = {
    "published": "2026-01-22",
    "published_note": "from the byline 'Von Veronika Stadlbauer · Donnerstag, 22. Januar 2026, 07:45 Uhr' (web page saved as text); 'am Mittwoch' -> 2026-01-21 (also 'Im Oktober … drei Monate später'); 'Vor knapp einem Jahr' -> 2025",
    "language": "de",
    "deals": [
        D("dazn-torlinie-acquisition", ["DAZN", "Torlinie Vision"], "acquisition", 65_000_000, "EUR", "approx",
          "2026-01-21", "signed",
          "Der Sportstreamer zahlt nach Informationen dieser Zeitung rund 65 Millionen Euro, offiziell wurde kein Preis genannt.",
          note="'Der Sportstreamer' = DAZN; signed 'am Mittwoch' (previous sentence), three months after the letter of intent of October; different from the amount-less software trial in 007"),
        D("isarkiesel-torlinie-round", ["Isarkiesel Kapital", "Torlinie Vision"], "investment", 12_000_000, "EUR",
          "exact", "2024", "completed",
          "Im Jahr 2024 hatte es zwölf Millionen Euro eingesammelt, angeführt von der Münchner Beteiligungsgesellschaft Isarkiesel Kapital.",
          note="amount in words; 'es' = 'Das 2020 gegründete Unternehmen' = Torlinie; lead investor listed"),
        D("surj-dazn-stake", ["SURJ Sports Investment", "DAZN"], "investment", 1_000_000_000, "USD", "approx",
          "2025", "completed",
          "Vor knapp einem Jahr war der saudische Sportfonds SURJ für rund eine Milliarde Dollar als Minderheitsaktionär eingestiegen.",
          note="restatement of the 2025 stake (006, 007); amount in words; 'Vor knapp einem Jahr' -> 2025"),
    ],
    "not_deals": ["gut neun Millionen Euro", "2,4 Millionen Euro aus einem Förderprogramm", "49,99 Euro",
                  "28 Euro pro Quadratmeter", "12,50 Euro"],
}

A["017_bbc_larkspindle_wardourclose_en.txt"] = {
    "published": "2026-02-10",
    "published_note": "from the line 'Tuesday 10 February 2026 · Close of trading'; 'on Tuesday' -> 2026-02-10",
    "language": "en",
    "deals": [
        D("bbc-larkspindle-stake", ["BBC", "Larkspindle AI"], "investment", 30_000_000, "GBP", "exact",
          "2026-02-10", "completed",
          "BBC Studios has bought a 10% stake in Larkspindle AI for £30 million, the corporation's commercial arm said on Tuesday, turning the London video-model lab from a customer of its archive into a company it partly owns.",
          kind_alt=["acquisition"],
          note="second BBC-Larkspindle deal, must stay apart from the archive licence; the implied valuation is a not_deal"),
        D("bbc-larkspindle-licence", ["BBC", "Larkspindle AI"], "other", 14_000_000, "GBP", "approx",
          "2024-09", "signed",
          "Larkspindle pays BBC Studios about £14 million a year under the archive licence agreed in September 2024, which gives its researchers access to decades of natural-history and drama footage on BBC servers.",
          per="year", term=["2025-01", "2028"], kind_alt=["partnership"],
          note="restatement of the 2024 licence (004); runs until the end of 2028 (next sentence)"),
        D("netflix-grimsdyke-rumour", ["Netflix", "Grimsdyke Post"], "acquisition", 75_000_000, "GBP", "exact",
          "2026-02", "rumored",
          "Its shares jumped in the morning after a website reported that Netflix was weighing a £75 million offer for the Soho post-production house.",
          required=False, note="'Its' = Grimsdyke Post (previous sentence); rumour denied by Netflix the same afternoon"),
        D("eqt-keywords", ["EQT", "Keywords Studios"], "acquisition", 2_200_000_000, "GBP", "exact", "2024",
          "completed",
          "Keywords Studios, which EQT took private for £2.2 billion in 2024, announced 300 job cuts in its art-outsourcing division.",
          note="take-private in a relative clause; background but with an amount"),
    ],
    "not_deals": ["about £300 million", "£180", "76.30p", "142.50p", "318.00p", "£7.9 billion", "90p", "£85"],
}

A["018_orlastrom_interview_tonangeber.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesedauer: 7 Minuten'); 'im vergangenen Frühjahr' has no year -> null",
    "language": "de",
    "deals": [
        D("rtl-orlastrom-gpu-2024", ["RTL Group", "Orlastrom Rechenwerk"], "cloud_contract", 45_000_000, "EUR",
          "exact", None, "signed",
          "Die Rechnung: 45 Millionen Euro über drei Jahre.",
          note="the interviewer's question restating the contract of 003; RTL Deutschland in the previous question, Orlastrom = the interviewee's company; undated interview"),
        D("rtl-orlastrom-postproduction", ["RTL Group", "Orlastrom Rechenwerk"], "cloud_contract", 1_200_000, "EUR",
          "exact", None, "signed",
          "Dafür zahlen sie uns 1,2 Millionen Euro im Monat, zunächst für ein Jahr.",
          per="month",
          note="'sie' = 'die Kölner' = RTL Deutschland, 'uns' = Orlastrom; second contract of the pair, must stay apart from the €45m contract ('der mit dem ersten nichts zu tun hat')"),
        D("rennsteig-orlastrom-offer", ["Rennsteig Capital Partners", "Orlastrom Rechenwerk"], "acquisition",
          120_000_000, "EUR", "exact", None, "cancelled",
          "Die Rennsteig Capital Partners aus Erfurt haben uns im vergangenen Frühjahr 120 Millionen Euro angeboten, für hundert Prozent der Anteile.",
          note="offer refused ('Nein gesagt', next sentence); 'uns' = Orlastrom; spring without a year -> null"),
        D("orlastrom-expansion-capex", ["Orlastrom Rechenwerk"], "capex_plan", 80_000_000, "EUR", "range", None,
          "planned",
          "Wir investieren bis Ende 2028 zwischen 80 und 100 Millionen Euro in zwei weitere Hallen, eine davon mit Flüssigkühlung.",
          amount_max=100_000_000, term=[None, "2028"], kind_alt=["project"],
          note="'Wir' = Orlastrom; own expansion plan 'bis Ende 2028'"),
    ],
    "not_deals": ["rund 22 Cent pro Kilowattstunde", "rund 30.000 Euro", "4.200 Euro im Monat", "4,8 Millionen Euro",
                  "9,80 Euro", "84 Euro pro Jahr"],
}

A["019_cdprojekt_sowiniec_depotfalke.txt"] = {
    "published": "2026-04-15",
    "published_note": "from the stock-portal stamp '15.04.2026 | 17:48 Uhr'; 'am Dienstag' -> 2026-04-14; 'im August 2025' -> 2025-08",
    "language": "de",
    "deals": [
        D("cdp-sowiniec-stake", ["CD Projekt", "Sowiniec Cloud"], "investment", 95_000_000, "PLN", "exact",
          "2026-04-14", "signed",
          "Für 95 Millionen Złoty, umgerechnet rund 22 Millionen Euro, übernimmt der Konzern 15 Prozent an dem Krakauer Cloud-Anbieter Sowiniec Cloud.",
          alt_amounts=[alt(22_000_000, "EUR")], kind_alt=["acquisition"],
          note="'der Konzern' = CD Projekt (previous sentence); published 'am Dienstag' (next sentence); second deal of the pair, must stay apart from the GPU rental; the implied valuation is a not_deal"),
        D("cdp-sowiniec-gpu", ["CD Projekt", "Sowiniec Cloud"], "cloud_contract", 420_000_000, "PLN", "exact",
          "2025-08", "signed",
          "Seit dem vergangenen Herbst mietet CD Projekt bei Sowiniec einen GPU-Cluster, der im August 2025 unterzeichnete Vertrag ist 420 Millionen Złoty schwer und läuft drei Jahre.",
          note="restatement of the 2025 contract (013) with the month only"),
    ],
    "not_deals": ["gut 630 Millionen Złoty", "268,40 Złoty", "knapp 27 Milliarden Złoty", "1,02 Milliarden Złoty",
                  "506 Millionen Złoty", "1 Złoty je Aktie", "310 Złoty", "bis zu 1 Milliarde Dollar", "9,62 EUR",
                  "84,10 SEK", "602,15 USD", "268,40 PLN", "25 Euro pro Monat"],
}

A["020_spotify_tystnad_frametime_en.html"] = {
    "published": "2026-11-05",
    "published_note": "from <meta property='article:published_time'>, JSON-LD and <time datetime='2026-11-05T14:20:00Z'>; 'on Wednesday' -> 2026-11-04; 'in March' -> 2026-03; 'in late October' -> 2026-10; 'in July 2025' -> 2025-07",
    "language": "en",
    "deals": [
        D("spotify-tystnad-acquisition", ["Spotify", "Tystnad Audio"], "acquisition", 1_100_000_000, "SEK", "exact",
          "2026-11-04", "signed",
          "Spotify is buying Tystnad Audio, the Stockholm company whose cloned narrator voices already read thousands of audiobooks in its app, for SEK 1.1 billion, roughly $115 million.",
          alt_amounts=[alt(115_000_000, "USD")],
          note="signed 'on Wednesday' (next sentence), needs competition approval; different from the 2024 voice licence of the same pair (002)"),
        N("spotify-google-cloud-2025", ["Spotify", "Google"], "cloud_contract", "2025-07", "signed",
          "Its models will move onto Google's TPUs, which Spotify already rents under the cloud contract it signed with Google in July 2025.",
          required=False, note="amount-less restatement of the contract of 010/012"),
        D("ubisoft-cobaltmere-gpu", ["Ubisoft", "Cobaltmere Compute"], "cloud_contract", 140_000_000, "USD", "exact",
          "2026-03", "cancelled",
          "Ubisoft has scrapped a $140 million, three-year agreement to rent GPU capacity from Cobaltmere Compute that it signed in March, the company confirmed.",
          note="cancelled; the date is that of the original agreement ('in March')"),
        D("ubisoft-tencent-cloud", ["Ubisoft", "Tencent"], "cloud_contract", 95_000_000, "USD", "approx", "2026-11",
          "signed",
          "Instead, Ubisoft's Vantage Studios subsidiary will run its machine-learning workloads on Tencent Cloud, under a contract the companies value at about $95 million over three years.",
          note="Vantage Studios = Ubisoft, Tencent Cloud = Tencent; no date given -> month of the article; a third Tencent-Ubisoft deal, different from the stake of 2025"),
        D("epic-larchmoor-licence", ["Epic Games", "Larchmoor Music Group"], "other", 40_000_000, "USD", "exact",
          "2026-10", "signed",
          "Epic Games has agreed to pay Larchmoor Music Group $40 million over five years to use its back catalogue of around 9,000 recordings in Fortnite Festival and in licensed creator islands.",
          kind_alt=["partnership"], note="catalogue licence; confirmed 'in late October' (next sentences)"),
    ],
    "not_deals": ["around SEK 2 billion", "$1.85 an hour", "about $600 million", "$12.99 a month",
                  "about €780 million", "$4,200"],
}

ALIASES = {
    "Disney": ["Disney", "The Walt Disney Company", "Walt Disney"],
    "Epic Games": ["Epic Games", "Epic"],
    "Tayglen Interactive": ["Tayglen Interactive", "Tayglen"],
    "Cobaltmere Compute": ["Cobaltmere Compute", "Cobaltmere"],
    "Spotify": ["Spotify", "Spotify Technology"],
    "Tystnad Audio": ["Tystnad Audio", "Tystnad Audio AB", "Tystnad"],
    "Fjärdhamn Ventures": ["Fjärdhamn Ventures", "Fjärdhamn"],
    "RTL Group": ["RTL Group", "RTL Deutschland", "RTL"],
    "Orlastrom Rechenwerk": ["Orlastrom Rechenwerk", "Orlastrom Rechenwerk GmbH", "Orlastrom"],
    "Stadt Neustadt an der Orla": ["Stadt Neustadt an der Orla", "Neustadt an der Orla"],
    "BBC": ["BBC", "BBC Studios", "British Broadcasting Corporation"],
    "Larkspindle AI": ["Larkspindle AI", "Larkspindle"],
    "Kettlemere Capital": ["Kettlemere Capital", "Kettlemere"],
    "ITV": ["ITV", "ITV plc"],
    "Netflix": ["Netflix", "Netflix Inc.", "Scanline VFX"],
    "Hraunfoss Render": ["Hraunfoss Render", "Hraunfoss"],
    "Vossgrund Postproduktion": ["Vossgrund Postproduktion", "Vossgrund Postproduktion GmbH", "Vossgrund"],
    "Moltrup Systems": ["Moltrup Systems", "Moltrup"],
    "DAZN": ["DAZN", "DAZN Group"],
    "SURJ Sports Investment": ["SURJ Sports Investment", "SURJ", "Public Investment Fund", "PIF"],
    "FIFA": ["FIFA"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Deutsche Fußball Liga": ["Deutsche Fußball Liga", "DFL"],
    "Torlinie Vision": ["Torlinie Vision", "Torlinie Vision GmbH", "Torlinie"],
    "Tencent": ["Tencent", "Tencent Holdings", "Tencent Cloud"],
    "Ubisoft": ["Ubisoft", "Ubisoft Entertainment", "Vantage Studios"],
    "Guillemot Brothers": ["Guillemot Brothers", "Guillemot Brothers Ltd"],
    "Embracer": ["Embracer", "Embracer Group"],
    "Fjällgnista AI": ["Fjällgnista AI", "Fjällgnista"],
    "Beacon Interactive": ["Beacon Interactive"],
    "Saber Interactive": ["Saber Interactive", "Saber"],
    "Google": ["Google", "Google Cloud", "Alphabet"],
    "ProSiebenSat.1": ["ProSiebenSat.1", "ProSiebenSat.1 Media", "ProSieben", "Joyn"],
    "Lautwandel": ["Lautwandel", "Lautwandel GmbH"],
    "MFE-MediaForEurope": ["MFE-MediaForEurope", "MediaForEurope", "MFE"],
    "Sprotbury Labs": ["Sprotbury Labs", "Sprotbury"],
    "CD Projekt": ["CD Projekt", "CD Projekt Red", "CD-Projekt"],
    "Sowiniec Cloud": ["Sowiniec Cloud", "Sowiniec Cloud S.A.", "Sowiniec"],
    "Eyrarbakki Capital": ["Eyrarbakki Capital", "Eyrarbakki"],
    "Bank Sukiennicki": ["Bank Sukiennicki"],
    "Glintmarrow": ["Glintmarrow"],
    "Isarkiesel Kapital": ["Isarkiesel Kapital", "Isarkiesel"],
    "Grimsdyke Post": ["Grimsdyke Post", "Grimsdyke"],
    "EQT": ["EQT", "EQT Partners"],
    "Keywords Studios": ["Keywords Studios", "Keywords"],
    "Rennsteig Capital Partners": ["Rennsteig Capital Partners", "Rennsteig Capital", "Rennsteig"],
    "Larchmoor Music Group": ["Larchmoor Music Group", "Larchmoor"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
