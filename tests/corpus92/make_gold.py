#!/usr/bin/env python3
"""Write gold.json: the hand annotation of the deals in articles/.

Usage: python3 tests/corpus92/make_gold.py
Edit the annotation here, then run this script and check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the ninety-second, held-out test corpus (tests/corpus92/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: AI software and model companies buying compute and each other "
    "(Databricks, Snowflake, Palantir, ServiceNow, Salesforce, Cohere, Perplexity, Character.AI and Google, "
    "Windsurf, Cursor/Anysphere, Harvey), with German coverage of the same developments. One entry per "
    "article; a deal that several articles report carries the same id in each. 'required': false marks "
    "vague, amount-less or background mentions that an extractor may report or not without penalty. "
    "'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
    "Amounts are in full units and in the currency the article states; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' marks a rate. 'alt_amounts' gives the "
    "same deal's amount as another article (or the same article) states it in another currency or at "
    "another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), "
    "resolved against the article's publication date ('published', from the article's date line, issue "
    "line, byline, time stamp, meta tag or JSON-LD, or null when the article has none); seasons become the "
    "year; a cancelled deal keeps the date of the original agreement or talks; where a rumour and its later "
    "completion share an id, the rumour mention carries only the year so that the shared id's dates agree. "
    "'term' is the period the deal covers where the text gives one; 'kind_alt' lists other acceptable "
    "kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals occur in the "
    "visible text (check_corpus_gold.visible_text). All deal parties are real companies (and two real "
    "investors); their deals are retold from public reports with details simplified or shifted where the "
    "annotator was unsure (see README.md). Publications, reporters, analysts, research houses, advertisers "
    "and quoted people are invented (invented_names.txt). Nothing here is reporting."
)

ALIASES = {
    "Salesforce": ["Salesforce"],
    "Informatica": ["Informatica"],
    "Own Company": ["Own Company"],
    "Perplexity": ["Perplexity"],
    "Daniel Gross": ["Daniel Gross"],
    "Institutional Venture Partners": ["Institutional Venture Partners"],
    "Cohere": ["Cohere"],
    "PSP Investments": ["PSP Investments"],
    "Radical Ventures": ["Radical Ventures"],
    "Inovia Capital": ["Inovia Capital"],
    "CoreWeave": ["CoreWeave"],
    "Databricks": ["Databricks"],
    "Tabular": ["Tabular"],
    "MosaicML": ["MosaicML"],
    "Snowflake": ["Snowflake"],
    "Crunchy Data": ["Crunchy Data"],
    "Windsurf": ["Windsurf", "Codeium"],
    "General Catalyst": ["General Catalyst"],
    "Cognition": ["Cognition"],
    "Anysphere": ["Anysphere", "Cursor"],
    "Supermaven": ["Supermaven"],
    "Koala": ["Koala"],
    "Andreessen Horowitz": ["Andreessen Horowitz"],
    "Thrive Capital": ["Thrive Capital", "Thrive"],
    "Accel": ["Accel"],
    "Coatue": ["Coatue"],
    "Harvey": ["Harvey"],
    "GV": ["GV"],
    "Sequoia Capital": ["Sequoia Capital"],
    "Kleiner Perkins": ["Kleiner Perkins"],
    "Elad Gil": ["Elad Gil"],
    "Google": ["Google", "Alphabet", "Google Deepmind", "Google Cloud"],
    "Character.AI": ["Character.AI"],
    "Microsoft": ["Microsoft", "Azure"],
    "Inflection AI": ["Inflection AI", "Inflection"],
    "Nvidia": ["Nvidia"],
    "Amazon": ["Amazon"],
    "Adept": ["Adept"],
    "Meta": ["Meta", "Meta Platforms"],
    "Scale AI": ["Scale AI"],
    "JPMorgan Chase": ["JPMorgan Chase"],
    "ServiceNow": ["ServiceNow"],
    "Moveworks": ["Moveworks"],
    "Cuein": ["Cuein"],
    "Armis": ["Armis"],
    "Anthropic": ["Anthropic"],
    "OpenAI": ["OpenAI"],
    "Palantir": ["Palantir"],
    "US Army": ["US Army", "US-Armee"],
    "Pentagon": ["Pentagon"],
    "TWG Global": ["TWG Global"],
    "UK Ministry of Defence": ["Verteidigungsministerium"],
    "NHS": ["NHS"],
    "Snap": ["Snap", "Snapchat"],
    "Apple": ["Apple"],
    "Lumen Technologies": ["Lumen Technologies", "Lumen"],
}

KEYS = ("id", "parties", "kind", "kind_alt", "amount", "amount_max", "currency", "qualifier", "per",
        "date", "term", "status", "required", "alt_amounts", "note", "evidence")


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, kind_alt=None, per=None, term=None, alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind}
    if kind_alt:
        d["kind_alt"] = kind_alt
    d.update({"amount": amount, "amount_max": amount_max, "currency": currency, "qualifier": qualifier})
    if per:
        d["per"] = per
    d["date"] = date
    if term:
        d["term"] = term
    d["status"] = status
    d["required"] = required
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


LICENCE = ["acquisition", "partnership"]

ARTICLES = {}

ARTICLES["001_pentland_informatica_walkaway_en.txt"] = {
    "published": "2024-04-26",
    "published_note": "from the issue line 'Issue 17 · Friday, 26 April 2024'; 'on Tuesday' -> 2024-04-23; 'last weekend' -> April 2024",
    "language": "en",
    "deals": [
        D("salesforce-informatica-talks-2024", ["Salesforce", "Informatica"], "acquisition", 11_000_000_000, "USD", "approx",
          "2024-04", "cancelled",
          "Salesforce has dropped its pursuit of Informatica, the data-integration vendor it had been circling for weeks at a price that people close to the discussions pegged at roughly $11 billion.",
          note="abandoned takeover talks (collapse 'last weekend' in the next sentence); price from people close to the talks; 009 recalls them ('Vor gut einem Jahr'); a different deal from the 2025 agreement of the same pair (009, 019, 020)"),
        D("perplexity-round-2024-04", ["Perplexity", "Daniel Gross"], "investment", 62_700_000, "USD", "exact",
          "2024-04-23", "completed",
          "The answer-engine start-up Perplexity said on Tuesday it had raised $62.7 million in a round led by the investor Daniel Gross.",
          note="valuation 'just over $1 billion' in the next sentence is not a deal; first of four Perplexity rounds in the corpus (005, 015 twice)"),
        D("cohere-seriesd-2024", ["Cohere", "PSP Investments"], "investment", 500_000_000, "USD", "approx",
          "2024", "rumored",
          "Toronto's Cohere is reportedly negotiating a raise of around $500 million at a valuation near $5 billion, with the Canadian pension manager PSP Investments among the names floated as lead.",
          note="rumour; the round closed in July 2024 (003); the year keeps the shared id's dates consistent; different from Cohere's $500m round of August 2025 (014)"),
    ],
    "not_deals": ["$34.12", "$37.7 billion to $38 billion", "just over $1 billion", "about $20 million", "$20 a month",
                  "near $5 billion", "$22 million", "£25 voucher", "£9 monthly", "£90 yearly"],
}

ARTICLES["002_databricks_tabular_boersenkai.txt"] = {
    "published": "2024-06-05",
    "published_note": "from the header '05.06.2024 · 09:41 Uhr'; 'am Dienstag' -> 2024-06-04",
    "language": "de",
    "deals": [
        D("databricks-tabular", ["Databricks", "Tabular"], "acquisition", 1_000_000_000, "USD", "at_least",
          "2024-06-04", "signed",
          "Aus dem Umfeld der Beteiligten verlautete jedoch, dass der Käufer mehr als eine Milliarde Dollar auf den Tisch legt, womöglich sogar deutlich mehr.",
          note="'der Käufer' = Databricks; parties and 'am Dienstag' in the preceding sentences; price from sources only ('mehr als' -> at_least)"),
        D("snowflake-tabular-bid", ["Snowflake", "Tabular"], "acquisition", None, None, None,
          "2024-06", "rumored", "Auch Snowflake soll um Tabular geworben haben, kam aber nicht zum Zug.", required=False,
          note="losing rival bid, no amount"),
        D("databricks-mosaicml", ["Databricks", "MosaicML"], "acquisition", 1_300_000_000, "USD", "exact",
          "2023", "completed",
          "Schon vor einem Jahr hatte der Konzern für 1,3 Milliarden Dollar den Sprachmodell-Entwickler MosaicML gekauft; Tabular ist damit der zweite große Zukauf binnen zwölf Monaten.",
          note="'der Konzern' = Databricks; 'vor einem Jahr' -> 2023 (the year only, as the text gives no month)"),
    ],
    "not_deals": ["128,90 Dollar", "3,3 Milliarden Dollar", "43 Milliarden Dollar", "14 Milliarden Dollar", "0 Euro",
                  "ab 1 Euro", "3 Billionen Dollar"],
}

ARTICLES["003_corrieburn_coding_money_en.txt"] = {
    "published": "2024-08-30",
    "published_note": "from the byline 'By Ross Dunmore | 30 August 2024'; 'On Thursday' -> 2024-08-29; 'A week earlier' -> 2024-08-22; 'last month' -> 2024-07",
    "language": "en",
    "deals": [
        D("codeium-seriesc-2024", ["Windsurf", "General Catalyst"], "investment", 150_000_000, "USD", "exact",
          "2024-08-29", "completed",
          "On Thursday the Mountain View company behind the Codeium coding extension said it had closed a $150 million Series C led by General Catalyst, valuing it at $1.25 billion.",
          note="Codeium = the later Windsurf (renamed in 2025, alias); 011 restates the round"),
        D("anysphere-seriesa-2024", ["Anysphere", "Andreessen Horowitz", "Thrive Capital"], "investment", 60_000_000, "USD", "exact",
          "2024-08-22", "completed",
          "A week earlier Anysphere, the four-founder start-up that sells the Cursor editor, picked up $60 million in a Series A from Andreessen Horowitz and Thrive Capital at a $400 million valuation.",
          note="'A week earlier' than Thursday 29 August; first of three Thrive-Anysphere rounds (Series B in 005/010, Series C in 010/017)"),
        D("cohere-seriesd-2024", ["Cohere", "PSP Investments"], "investment", 500_000_000, "USD", "exact",
          "2024-07", "completed",
          "Cohere closed its $500 million round last month, with PSP Investments in the lead and a $5.5 billion valuation attached; the Toronto company says much of it will be spent on compute.",
          note="the round rumoured in 001"),
        D("harvey-seriesc-2024", ["Harvey", "GV"], "investment", 100_000_000, "USD", "exact",
          "2024-07", "completed", "Harvey raises $100 million at $1.5 billion, led by GV (July)", required=False,
          note="headline in a related-links list (background); 008 reports the same round in the text"),
    ],
    "not_deals": ["$1.25 billion", "$400 million valuation", "$20 a month", "$40 per seat", "$10 a month",
                  "$5.5 billion", "$8 billion to $12 billion a year", "$1.5 billion", "$5 a month"],
}

ARTICLES["004_faltwerk_lizenzdeals.txt"] = {
    "published": "2024-10-02",
    "published_note": "from the byline 'veröffentlicht am 2. Oktober 2024'; 'Anfang August', 'im März', 'im Juni' -> 2024",
    "language": "de",
    "deals": [
        D("google-characterai-2024", ["Google", "Character.AI"], "other", 2_700_000_000, "USD", "approx",
          "2024-08", "completed",
          "Der Suchkonzern hat Character.AI Anfang August rund 2,7 Milliarden Dollar gezahlt, um dessen Sprachmodelle nutzen zu dürfen, und zwar nicht exklusiv, wie das „Wall Street Journal“ vergangene Woche berichtete.",
          kind_alt=LICENCE,
          note="licence plus hiring ('reverse acqui-hire'); 'Der Suchkonzern' = Google (previous sentence); amount from a newspaper report; the comment '2,7 Mrd.' repeats it; 012 and 018 restate it"),
        D("microsoft-inflection-2024", ["Microsoft", "Inflection AI"], "other", 650_000_000, "USD", "approx",
          "2024-03", "completed",
          "Für Inflection AI zahlte der Windows-Konzern insgesamt etwa 650 Millionen Dollar, davon 620 Millionen Dollar als Lizenzgebühr, und holte Mitgründer Mustafa Suleyman mitsamt Team nach Redmond.",
          kind_alt=LICENCE,
          note="'der Windows-Konzern' = Microsoft, 'im März' in the previous sentence; the $620m licence fee is part of the deal (not_deal); 018 restates it"),
        D("inflection-round-2023", ["Inflection AI", "Microsoft", "Nvidia"], "investment", 1_300_000_000, "USD", "exact",
          "2023", "completed",
          "Erst im Jahr davor hatte Inflection 1,3 Milliarden Dollar von Geldgebern eingesammelt, darunter Microsoft und Nvidia.",
          note="'im Jahr davor' = the year before March 2024 -> 2023; a different Microsoft-Inflection deal from the 2024 licence"),
        D("amazon-adept-2024", ["Amazon", "Adept"], "other", None, None, None,
          "2024-06", "completed",
          "Amazon zog im Juni nach und übernahm die Führungsriege von Adept; Zahlen nannte der Onlinehändler nicht.",
          required=False, kind_alt=["acquisition"], note="no amount"),
    ],
    "not_deals": ["2,5 Milliarden Dollar", "mit einer Milliarde", "620 Millionen Dollar", "dreistelligen Millionenbetrag",
                  "Milliardenbewertung"],
}

ARTICLES["005_halyard_databricks_seriesj_en.txt"] = {
    "published": "2024-12-18",
    "published_note": "from the time stamp 'December 18, 2024 · 1:12 AM GMT'; dateline 'SAN FRANCISCO, Dec 17', 'on Tuesday' -> 2024-12-17",
    "language": "en",
    "deals": [
        D("databricks-seriesj", ["Databricks", "Thrive Capital"], "investment", 10_000_000_000, "USD", "exact",
          "2024-12-17", "announced",
          "SAN FRANCISCO, Dec 17 (Halyard) - Databricks said on Tuesday it would take in $10 billion of new equity in a Series J round led by Thrive Capital that values the data and AI company at $62 billion.",
          note="repeated in the headline; the $8.6bn already committed is part of the round (not_deal); completed in January (006), restated in 015"),
        D("perplexity-seriesd-2024", ["Perplexity", "Institutional Venture Partners"], "investment", 500_000_000, "USD", "exact",
          "2024-12", "completed",
          "The round lands days after Perplexity, the AI search start-up, was reported to have closed $500 million at a $9 billion valuation, with Institutional Venture Partners leading.",
          note="'days after' -> December 2024; reported, not confirmed"),
        D("thrive-anysphere-seriesb", ["Anysphere", "Thrive Capital"], "investment", 100_000_000, "USD", "approx",
          "2024-12", "rumored",
          "Thrive is also said to be preparing to lead a roughly $100 million investment in Anysphere, whose Cursor editor has become a favourite of programmers, at a valuation of about $2.6 billion, said two people who have been told of the plans.",
          alt=[(105_000_000, "USD")],
          note="rumour from two sources; 010 reports the completed round at $105m 'in December' (alt_amounts); different from the Series A (003) and Series C (010, 017) of the same pair"),
        D("databricks-seriesi-2023", ["Databricks"], "investment", 500_000_000, "USD", "at_least",
          "2023-09", "completed",
          "Databricks last tapped investors in September 2023, when it took in more than $500 million at a $43 billion valuation.",
          note="past round, background but with amount and date"),
    ],
    "not_deals": ["$62 billion", "$8.6 billion", "$3 billion", "more than $600 million a year", "$9 billion valuation",
                  "about $2.6 billion", "$43 billion"],
}

ARTICLES["006_fernhollow_databricks_debt_en.html"] = {
    "published": "2025-01-23",
    "published_note": "no visible date; from <meta property='article:published_time'> and JSON-LD datePublished (2025-01-23T06:45Z); 'on Wednesday' -> 2025-01-22",
    "language": "en",
    "deals": [
        D("databricks-seriesj", ["Databricks", "Thrive Capital"], "investment", 10_000_000_000, "USD", "exact",
          "2024-12", "completed",
          "Databricks has finished raising the $10 billion Series J it first announced in December, the company said on Wednesday, and has lined up a further $5.25 billion in debt financing.",
          note="same round as 005, now completed; date = the announcement ('first announced in December'); lead investor in the next paragraph ('The Thrive Capital-led round'); also in the headline"),
        D("databricks-credit-2025", ["Databricks", "JPMorgan Chase"], "other", 5_250_000_000, "USD", "exact",
          "2025-01-22", "signed",
          "Databricks has finished raising the $10 billion Series J it first announced in December, the company said on Wednesday, and has lined up a further $5.25 billion in debt financing.",
          note="credit facility; lead bank JPMorgan Chase in the next sentence; the $15.25bn sum of equity and debt is not a deal"),
        D("meta-databricks-2025", ["Meta", "Databricks"], "investment", None, None, None,
          "2025-01", "completed",
          "Meta Platforms came in as a strategic investor, without saying how much it put in; the two companies already work together on Meta's Llama models, which Databricks sells to enterprise customers.",
          required=False, note="strategic stake within the Series J, amount undisclosed"),
    ],
    "not_deals": ["more than $15bn", "$15.25 billion", "$62 billion", "up to $3 billion", "$178.40", "£0 per trade"],
}

ARTICLES["007_servicenow_moveworks_kurswerft.txt"] = {
    "published": "2025-03-11",
    "published_note": "from the header '11.03.2025 | 08:15 Uhr'; 'am Montagabend' -> 2025-03-10",
    "language": "de",
    "deals": [
        D("servicenow-moveworks", ["ServiceNow", "Moveworks"], "acquisition", 2_850_000_000, "USD", "exact",
          "2025-03-10", "signed",
          "Der Kaufpreis beläuft sich auf 2,85 Milliarden Dollar und wird in einer Mischung aus Bargeld und ServiceNow-Aktien bezahlt, wie der Konzern am Montagabend nach US-Börsenschluss mitteilte.",
          alt=[(2_600_000_000, "EUR")],
          note="parties in the previous sentence; EUR conversion 'rund 2,6 Milliarden Euro' in the next sentence (alt_amounts); 019 reports the completion"),
        D("servicenow-cuein", ["ServiceNow", "Cuein"], "acquisition", None, None, None,
          "2025-01", "completed",
          "Erst im Januar hatte ServiceNow mit Cuein ein kleineres KI-Unternehmen geschluckt, damals ohne Angabe einer Summe.",
          required=False, note="no amount"),
    ],
    "not_deals": ["mehr als 100 Millionen Dollar", "2,1 Milliarden Dollar", "833,60 Dollar",
                  "zwischen 12,64 und 12,68 Milliarden Dollar", "1.150 Dollar", "0,99 Euro"],
}

ARTICLES["008_tollgate_anthropic_databricks_en.txt"] = {
    "published": "2025-03-28",
    "published_note": "from the line 'Week 13 | Fri 28 Mar 2025'; 'on Wednesday' -> 2025-03-26",
    "language": "en",
    "deals": [
        D("databricks-anthropic-2025", ["Databricks", "Anthropic"], "partnership", 100_000_000, "USD", "exact",
          "2025-03-26", "signed",
          "The arrangement is worth $100 million over its life, Databricks said, covering model access as well as joint sales work with some 10,000 enterprise customers.",
          kind_alt=["cloud_contract", "supply"], term=["2025", "2030"],
          note="'The arrangement' = the five-year alliance signed 'on Wednesday' (previous sentence); '$100 million buys' later repeats it; different from Snowflake's $200m Anthropic deal (019, 020)"),
        D("harvey-seriesd-2025", ["Harvey", "Sequoia Capital"], "investment", 300_000_000, "USD", "exact",
          "2025-02", "completed",
          "The legal assistant closed a $300 million Series D led by Sequoia Capital in February at a $3 billion valuation, seven months after GV put $100 million into the company and barely fourteen months after Kleiner Perkins and Elad Gil led an $80 million round.",
          note="'The legal assistant' = Harvey (previous sentence); three rounds in one sentence; 015 restates it next to the equally large Series E"),
        D("harvey-seriesc-2024", ["Harvey", "GV"], "investment", 100_000_000, "USD", "exact",
          "2024-07", "completed",
          "The legal assistant closed a $300 million Series D led by Sequoia Capital in February at a $3 billion valuation, seven months after GV put $100 million into the company and barely fourteen months after Kleiner Perkins and Elad Gil led an $80 million round.",
          note="'seven months after' February 2025 -> July 2024; the round of 003's related link"),
        D("harvey-seriesb-2023", ["Harvey", "Kleiner Perkins", "Elad Gil"], "investment", 80_000_000, "USD", "exact",
          "2023-12", "completed",
          "The legal assistant closed a $300 million Series D led by Sequoia Capital in February at a $3 billion valuation, seven months after GV put $100 million into the company and barely fourteen months after Kleiner Perkins and Elad Gil led an $80 million round.",
          note="'fourteen months after' February 2025 -> December 2023; different from Kleiner Perkins' Series E lead (015)"),
        D("alphabet-capex-2025", ["Google"], "capex_plan", 75_000_000_000, "USD", "approx",
          "2025", "announced",
          "Alphabet told investors in early February it would spend about $75 billion on capital expenditure this year.",
          alt=[(85_000_000_000, "USD")],
          note="2025 capex plan, given in February; raised to $85bn in July (012, alt_amounts); the year keeps the shared id's dates consistent"),
        D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80_000_000_000, "USD", "approx",
          "2025-01", "announced",
          "Microsoft said in January it was on track to put roughly $80 billion into data centres built for AI during its fiscal year ending in June.",
          term=["2024-07", "2025-06"]),
        D("meta-capex-2025", ["Meta"], "capex_plan", 60_000_000_000, "USD", "range",
          "2025", "announced", "Meta's guidance for 2025 capital spending is $60 billion to $65 billion.",
          amount_max=65_000_000_000, note="guidance range for 2025; date of the guidance not given"),
        D("perplexity-talks-2025-03", ["Perplexity"], "investment", None, None, None,
          "2025-03", "rumored",
          "Perplexity is said to be sounding out investors for a new round that could value it at up to $18 billion, about double what it fetched in December.",
          required=False, note="rumoured round without amount; '$18 billion' is a valuation"),
    ],
    "not_deals": ["$61.5 billion", "$3 per million input tokens", "$3 billion valuation", "about $150 billion",
                  "up to $18 billion", "$180 a year"],
}

ARTICLES["009_salesforce_informatica_oberland.txt"] = {
    "published": "2025-05-28",
    "published_note": "from the date line 'Mittwoch, 28. Mai 2025 · Wirtschaft · Seite 7'; 'am Dienstag' -> 2025-05-27",
    "language": "de",
    "deals": [
        D("salesforce-informatica-2025", ["Salesforce", "Informatica"], "acquisition", 8_000_000_000, "USD", "approx",
          "2025-05-27", "signed",
          "Der zweite Versuch hat geklappt: Salesforce übernimmt den Datenmanagement-Spezialisten Informatica für rund acht Milliarden Dollar.",
          alt=[(7_000_000_000, "EUR")],
          note="amount in words; 'am Dienstag' in the next sentence; EUR conversion 'etwa sieben Milliarden Euro' (alt_amounts); completed in November 2025 (019, 020)"),
        D("salesforce-informatica-talks-2024", ["Salesforce", "Informatica"], "acquisition", 11_000_000_000, "USD", "approx",
          "2024", "cancelled",
          "Damals stand Medienberichten zufolge ein Preis von etwa elf Milliarden Dollar im Raum, man wurde sich über die Bedingungen aber nicht einig.",
          note="the failed talks of 001; parties ('zwischen den beiden Unternehmen') and 'Vor gut einem Jahr' in the previous sentence; must stay apart from the 2025 deal"),
        D("salesforce-own-2024", ["Salesforce", "Own Company"], "acquisition", 1_900_000_000, "USD", "exact",
          "2024-09", "completed",
          "Im vergangenen September hatte er bereits den Backup-Spezialisten Own Company für 1,9 Milliarden Dollar in bar übernommen.",
          note="'er' = Salesforce ('der Konzern', previous sentence)"),
    ],
    "not_deals": ["25 Dollar je Aktie", "41 bis 41,3 Milliarden Dollar", "271 Dollar", "24,07 Dollar", "39,90 Euro",
                  "60 Euro", "0,50 Euro"],
}

ARTICLES["010_ferncastle_cursor_valuation_en.txt"] = {
    "published": "2025-06-07",
    "published_note": "from 'Posted 7 June 2025 by Callum Ardery'; 'on Thursday' -> 2025-06-05; 'last month' -> 2025-05",
    "language": "en",
    "deals": [
        D("anysphere-seriesc-2025", ["Anysphere", "Thrive Capital"], "investment", 900_000_000, "USD", "exact",
          "2025-06-05", "completed",
          "Anysphere, the company behind the Cursor code editor, confirmed on Thursday that it had raised $900 million at a $9.9 billion valuation.",
          note="lead 'Thrive Capital led again' in the next sentence; 017 restates it"),
        D("thrive-anysphere-seriesb", ["Anysphere", "Thrive Capital"], "investment", 105_000_000, "USD", "exact",
          "2024-12", "completed",
          "That makes two lead cheques from Thrive in six months: the $105 million Series B it led in December had valued the company at $2.6 billion.",
          note="the round rumoured in 005 at about $100m"),
        D("openai-windsurf", ["OpenAI", "Windsurf"], "acquisition", 3_000_000_000, "USD", "approx",
          "2025-05", "rumored",
          "OpenAI has reportedly agreed to pay about $3 billion for Windsurf, the editor formerly known as Codeium, which would be its largest purchase to date.",
          note="unconfirmed report ('surfaced last month', next sentence); the deal collapsed in July (011)"),
        D("anysphere-supermaven", ["Anysphere", "Supermaven"], "acquisition", None, None, None,
          "2024-11", "completed",
          "Anysphere did pick up Supermaven, a small autocomplete start-up, last November, but the real asset is habit: millions of developers who open Cursor every morning.",
          required=False, note="no amount"),
    ],
    "not_deals": ["$9.9 billion valuation", "$2.6 billion", "$500 million", "roughly $100 million in January",
                  "$20 a month", "Ultra tier at $200", "well over $100 million a year", "$9.9bn",
                  "bought at $9.9 billion"],
}

ARTICLES["011_loetstelle_windsurf_drama.html"] = {
    "published": "2025-07-15",
    "published_note": "no visible date; from <meta name='date'> and JSON-LD datePublished (2025-07-15T07:25+02:00, a Tuesday); 'am Freitag' -> 2025-07-11, 'Am Montag' -> 2025-07-14",
    "language": "de",
    "deals": [
        D("openai-windsurf", ["OpenAI", "Windsurf"], "acquisition", 3_000_000_000, "USD", "approx",
          "2025-05", "cancelled",
          "Die Exklusivfrist, in der OpenAI den Programmierassistenten Windsurf für rund drei Milliarden Dollar kaufen wollte, lief am Freitag ab, ohne dass unterschrieben wurde.",
          note="collapsed deal; keeps the date of the agreement ('Der im Mai vereinbarte Deal', next sentence)"),
        D("google-windsurf-2025", ["Google", "Windsurf"], "other", 2_400_000_000, "USD", "exact",
          "2025-07", "signed",
          "Der Suchkonzern zahlt 2,4 Milliarden Dollar, um Windsurfs Technologie ohne Exklusivrecht nutzen zu dürfen, und holt Firmenchef Varun Mohan, Mitgründer Douglas Chen und eine Reihe von Forschern zu Google Deepmind.",
          kind_alt=LICENCE,
          note="'Der Suchkonzern' = Google ('Stattdessen schlug Google zu', previous sentence); licence plus hiring, right after the Friday expiry, day not stated -> month; 012 and 018 restate it"),
        D("cognition-windsurf", ["Cognition", "Windsurf"], "acquisition", None, None, None,
          "2025-07-14", "signed",
          "Am Montag folgte Akt drei: Cognition, bekannt für den KI-Programmierer Devin, übernimmt den Rest von Windsurf, also Marke, Produkt und die verbliebenen rund 250 Beschäftigten.",
          required=False, note="price not disclosed (next sentence)"),
        D("codeium-seriesc-2024", ["Windsurf", "General Catalyst"], "investment", 150_000_000, "USD", "exact",
          "2024-08", "completed",
          "Davon kamen 150 Millionen Dollar im August 2024 in einer von General Catalyst angeführten Runde.",
          note="the round of 003; 'Davon' refers to the cumulative 'gut 240 Millionen Dollar' (not_deal)"),
    ],
    "not_deals": ["82 Millionen Dollar", "knapp vier Milliarden Dollar", "gut 240 Millionen Dollar", "9,9 Milliarden Dollar",
                  "549 Euro", "7,99 Euro monatlich"],
}

ARTICLES["012_tickerwell_alphabet_capex_en.txt"] = {
    "published": "2025-07-24",
    "published_note": "from the header 'Jul 24, 2025 · 7:02 AM ET'; 'on Wednesday' -> 2025-07-23; 'Earlier this month' -> 2025-07; 'last year' -> 2024",
    "language": "en",
    "deals": [
        D("alphabet-capex-2025", ["Google"], "capex_plan", 85_000_000_000, "USD", "exact",
          "2025", "announced",
          "Alphabet on Wednesday added $10 billion to this year's capital-spending plan, taking it to $85 billion, and said it needed more servers and data centres to keep up with customers' appetite for cloud and AI.",
          note="the 2025 plan of 008, raised on 2025-07-23; the year keeps the shared id's dates consistent; the $10bn increase is not a deal of its own; repeated in the headline and the fact box ('~$85bn')"),
        D("google-windsurf-2025", ["Google", "Windsurf"], "other", 2_400_000_000, "USD", "exact",
          "2025-07", "signed",
          "Earlier this month Google agreed to hand over $2.4 billion to license Windsurf's coding technology and bring in its chief executive Varun Mohan, a structure that mirrored the roughly $2.7 billion arrangement with Character.AI last year.",
          kind_alt=LICENCE, note="the licence deal of 011; one sentence with the Character.AI deal"),
        D("google-characterai-2024", ["Google", "Character.AI"], "other", 2_700_000_000, "USD", "approx",
          "2024", "signed",
          "Earlier this month Google agreed to hand over $2.4 billion to license Windsurf's coding technology and bring in its chief executive Varun Mohan, a structure that mirrored the roughly $2.7 billion arrangement with Character.AI last year.",
          kind_alt=LICENCE, note="restatement of 004 ('last year'); must stay apart from the Windsurf deal in the same sentence"),
    ],
    "not_deals": ["$10 billion", "$190.23", "$96.4 billion", "roughly $94 billion", "$13.6 billion", "$106 billion",
                  "$225", "$210", "$22.4 billion", "$96.4bn", "$2.31", "$2.8bn", "$22.4bn", "$57"],
}

ARTICLES["013_palantir_army_depotlotse.txt"] = {
    "published": "2025-08-01",
    "published_note": "from the header '01.08.2025 | 09:12 Uhr'; 'am Donnerstagabend (Ortszeit)' -> 2025-07-31",
    "language": "de",
    "deals": [
        D("palantir-army-2025", ["Palantir", "US Army"], "other", 10_000_000_000, "USD", "up_to",
          "2025-07-31", "signed",
          "Er hat ein Volumen von bis zu zehn Milliarden Dollar (rund 8,7 Milliarden Euro), wie das Heer am Donnerstagabend (Ortszeit) mitteilte.",
          kind_alt=["cloud_contract", "supply"], term=["2025", "2035"], alt=[(8_700_000_000, "EUR")],
          note="'Er' = the framework agreement of the previous sentence (US-Armee, Palantir, up to ten years); amount in words, EUR conversion in brackets (alt_amounts); 014 restates it"),
        D("palantir-army-titan-2024", ["Palantir", "US Army"], "other", 178_000_000, "USD", "approx",
          "2024-03", "signed",
          "Im März 2024 hatte Palantir den Zuschlag für die mobile Bodenstation TITAN erhalten, Auftragswert damals: rund 178 Millionen Dollar.",
          kind_alt=["supply"],
          note="'des Heeres' in the previous sentence; a different Palantir-US Army deal from the 2025 agreement"),
        D("palantir-maven-2025", ["Palantir", "Pentagon"], "other", 795_000_000, "USD", "up_to",
          "2025-05", "signed",
          "Und erst im Mai hob das Pentagon die Obergrenze des Vertrags für das Zielerfassungssystem Maven Smart System um 795 Millionen Dollar auf knapp 1,3 Milliarden Dollar an.",
          kind_alt=["cloud_contract", "supply"], alt=[(1_300_000_000, "USD")],
          note="contract ceiling raised by $795m; the new ceiling (~$1.3bn) is the alternative reading (alt_amounts); Palantir from the context"),
        D("palantir-twg-jv", ["Palantir", "TWG Global"], "joint_venture", None, None, None,
          "2025", "announced",
          "Daneben hatten Palantir und die Investmentgesellschaft TWG Global im Frühjahr ein Gemeinschaftsunternehmen für Banken und Versicherer angekündigt, finanzielle Details blieben offen.",
          required=False, note="no amount; 'im Frühjahr' -> the year"),
    ],
    "not_deals": ["158,35 Dollar", "rund 375 Milliarden Dollar", "939 Millionen Dollar", "3,89 bis 3,90 Milliarden Dollar",
                  "ab 1 Euro"],
}

ARTICLES["014_saltmarsh_liveblog_chrome_en.txt"] = {
    "published": "2025-08-14",
    "published_note": "from the liveblog line 'Thursday 14 August 2025'; 'on Thursday' -> 2025-08-14; 'on Tuesday' -> 2025-08-12; 'two weeks ago' -> July 2025",
    "language": "en",
    "deals": [
        D("cohere-round-2025", ["Cohere", "Radical Ventures", "Inovia Capital"], "investment", 500_000_000, "USD", "exact",
          "2025-08-14", "completed",
          "Cohere said on Thursday it had raised $500 million, with Inovia Capital and Radical Ventures at the head of the round, lifting its valuation to $6.8 billion.",
          note="same size as the 2024 round (next sentence) but a different deal"),
        D("cohere-seriesd-2024", ["Cohere", "PSP Investments"], "investment", None, None, None,
          "2024-07", "completed",
          "That is up from $5.5 billion when the Toronto company pulled in a round of the same size, led by PSP Investments, last July.",
          required=False,
          note="the 2024 round of 001/003, amount only as 'of the same size'; must stay apart from the 2025 round"),
        D("cohere-coreweave-canada", ["Cohere", "CoreWeave"], "project", 725_000_000, "CAD", "approx",
          "2024-12", "planned",
          "Ottawa had already pledged up to C$240 million last December towards Cohere's plans to rent domestic computing capacity from CoreWeave, a project whose total cost people close to Cohere put at about C$725 million.",
          kind_alt=["cloud_contract", "supply"],
          note="project cost from people close to Cohere; plan dated by the pledge ('last December'); the C$240m is a government pledge (subsidy, not_deal)"),
        D("palantir-army-2025", ["Palantir", "US Army"], "other", 10_000_000_000, "USD", "up_to",
          "2025-07", "signed",
          "The shares have gained steadily since the US Army unveiled an enterprise agreement worth up to $10 billion with the company two weeks ago.",
          kind_alt=["cloud_contract", "supply"],
          note="restatement of 013; 'the company' = Palantir (previous sentence)"),
        D("perplexity-chrome-offer", ["Perplexity", "Google"], "acquisition", 34_500_000_000, "USD", "exact",
          "2025-08-12", "announced",
          "Perplexity's unsolicited $34.5 billion offer for Google's Chrome browser, made on Tuesday, is still drawing scepticism.",
          note="unsolicited offer for the Chrome browser; the $3bn investment pledge is part of the offer (not_deal); 015 restates it"),
        D("google-apple-search", ["Google", "Apple"], "other", 20_000_000_000, "USD", "approx",
          None, "signed",
          "For scale: Google hands Apple roughly $20 billion a year to be Safari's default, as the antitrust trial showed.",
          required=False, kind_alt=["partnership"], per="year",
          note="background comparison; yearly payments under the long-running search default agreement, no date"),
    ],
    "not_deals": ["$6.8 billion", "$5.5 billion", "C$240 million", "$1 per agency", "$18 billion", "$3 billion",
                  "between $20 billion and $50 billion", "$203.90", "£4.99 a month"],
}

ARTICLES["015_kranzeck_dealwoche.txt"] = {
    "published": "2025-09-12",
    "published_note": "from the issue line 'Ausgabe 37/2025 · Freitag, 12. September 2025'; 'Mitte August', 'im Juli', 'im August', 'im Februar', 'im Juni' -> 2025, 'im Dezember' -> 2024",
    "language": "de",
    "deals": [
        D("databricks-seriesk-2025", ["Databricks"], "investment", 1_000_000_000, "USD", "at_least",
          "2025-08", "completed",
          "Databricks hat seine Series K abgeschlossen: Mehr als eine Milliarde Dollar fließt frisch in die Kasse, die Bewertung liegt nun jenseits von 100 Milliarden Dollar.",
          note="announced with the term sheet 'Mitte August' (next sentence); investors not named; different from the Series J (same paragraph) and the Series L (019)"),
        D("databricks-seriesj", ["Databricks", "Thrive Capital"], "investment", 10_000_000_000, "USD", "exact",
          "2024-12", "completed",
          "Zum Vergleich: Die von Thrive Capital angeführte Series J im Dezember brachte zehn Milliarden Dollar, damals bei 62 Milliarden Dollar Bewertung.",
          note="restatement of 005/006, amount in words"),
        D("perplexity-round-2025-09", ["Perplexity"], "investment", 200_000_000, "USD", "exact",
          "2025-09", "rumored",
          "Perplexity hat Insidern zufolge weitere 200 Millionen Dollar eingesammelt, bei einer Bewertung von 20 Milliarden Dollar.",
          note="from insiders; different from the July round in the next sentence"),
        D("perplexity-round-2025-07", ["Perplexity"], "investment", 100_000_000, "USD", "exact",
          "2025-07", "completed",
          "Erst im Juli hatte die KI-Suchmaschine 100 Millionen Dollar aufgenommen, damals zu 18 Milliarden Dollar.",
          note="'die KI-Suchmaschine' = Perplexity"),
        D("perplexity-chrome-offer", ["Perplexity", "Google"], "acquisition", 34_500_000_000, "USD", "exact",
          "2025-08", "announced",
          "Zur Erinnerung: Im August bot das Unternehmen 34,5 Milliarden Dollar für Googles Browser Chrome – eine Antwort aus Mountain View steht noch aus.",
          note="'das Unternehmen' = Perplexity; genitive 'Googles'; the offer of 014"),
        D("harvey-seriesd-2025", ["Harvey", "Sequoia Capital"], "investment", 300_000_000, "USD", "exact",
          "2025-02", "completed",
          "Im Februar hatte Sequoia Capital die Series D angeführt, im Juni übernahmen Kleiner Perkins und Coatue die Führung der Series E – jeweils 300 Millionen Dollar, bei Bewertungen von drei beziehungsweise fünf Milliarden Dollar.",
          note="two Harvey rounds of the same size in one sentence ('jeweils'); Harvey in the heading and previous sentence; the round of 008"),
        D("harvey-seriese-2025", ["Harvey", "Kleiner Perkins", "Coatue"], "investment", 300_000_000, "USD", "exact",
          "2025-06", "completed",
          "Im Februar hatte Sequoia Capital die Series D angeführt, im Juni übernahmen Kleiner Perkins und Coatue die Führung der Series E – jeweils 300 Millionen Dollar, bei Bewertungen von drei beziehungsweise fünf Milliarden Dollar.",
          note="must stay apart from the Series D (same amount, same sentence) and from Kleiner Perkins' 2023 round (008)"),
        D("harvey-next-round-rumour", ["Harvey"], "investment", None, None, None,
          "2025-09", "rumored", "Nun kursieren Gerüchte über eine weitere Runde.", required=False,
          note="vague rumour without amount"),
    ],
    "not_deals": ["jenseits von 100 Milliarden Dollar", "62 Milliarden Dollar", "über 4 Milliarden Dollar",
                  "20 Milliarden Dollar", "18 Milliarden Dollar", "drei beziehungsweise fünf Milliarden Dollar",
                  "149 Euro", "1.200 Euro"],
}

ARTICLES["016_elbufer_staatsbesuch_uk.txt"] = {
    "published": "2025-09-19",
    "published_note": "from the date line 'Freitag, 19. September 2025'; dateline 'LONDON, 18. September', 'am Donnerstag' -> 2025-09-18",
    "language": "de",
    "deals": [
        D("palantir-uk-2025", ["Palantir"], "capex_plan", 1_500_000_000, "GBP", "up_to",
          "2025-09-18", "planned",
          "Die Datenanalysefirma Palantir kündigte am Donnerstag an, bis zu 1,5 Milliarden Pfund auf der Insel zu investieren, vor allem in ein europäisches Hauptquartier für das Verteidigungsgeschäft in London.",
          note="investment pledge; different from the MoD contract in the next sentence"),
        D("palantir-mod-2025", ["Palantir", "UK Ministry of Defence"], "other", 750_000_000, "GBP", "up_to",
          "2025-09-18", "negotiating",
          "Zugleich stellt das Verteidigungsministerium dem Konzern einen Rahmenvertrag über bis zu 750 Millionen Pfund mit fünf Jahren Laufzeit in Aussicht, der allerdings erst ausgehandelt werden muss.",
          kind_alt=["cloud_contract"],
          note="'dem Konzern' = Palantir; still to be negotiated; 'Zugleich' -> the same day"),
        D("salesforce-uk-2025", ["Salesforce"], "capex_plan", 6_000_000_000, "USD", "exact",
          "2025-09", "announced",
          "Der CRM-Anbieter stockt sein Investitionsprogramm für Großbritannien auf sechs Milliarden Dollar bis 2030 auf, umgerechnet knapp 4,4 Milliarden Pfund.",
          term=[None, "2030"], alt=[(4_400_000_000, "GBP")],
          note="'Der CRM-Anbieter' = Salesforce (previous sentence); raised programme, day not given -> month of the state visit; amount in words"),
        D("servicenow-uk-2025", ["ServiceNow"], "capex_plan", 1_500_000_000, "USD", "exact",
          "2025-01", "announced",
          "ServiceNow hatte bereits im Januar angekündigt, in den kommenden fünf Jahren 1,5 Milliarden Dollar in britische Rechenzentren und Ausbildung zu stecken.",
          note="five-year plan"),
        D("palantir-nhs-2023", ["Palantir", "NHS"], "other", 330_000_000, "GBP", "exact",
          "2023", "signed",
          "Ende 2023 gewann ein von der Firma geführtes Konsortium den Auftrag für die Datenplattform des Gesundheitsdienstes NHS, der 330 Millionen Pfund schwer ist und bis heute umstritten bleibt.",
          kind_alt=["cloud_contract"], note="'der Firma' = Palantir (previous sentence); 'Ende 2023' -> the year"),
    ],
    "not_deals": ["rund 150 Milliarden Pfund", "etwa 62 Milliarden Pfund", "176 Dollar", "2,80 Euro"],
}

ARTICLES["017_byteharbour_cursor_seriesd_en.html"] = {
    "published": "2025-11-14",
    "published_note": "from the visible byline 'Fri 14 Nov 2025', <meta name='pubdate'> and JSON-LD; 'on Thursday' -> 2025-11-13; 'last week' -> November 2025",
    "language": "en",
    "deals": [
        D("anysphere-seriesd-2025", ["Anysphere", "Accel", "Coatue"], "investment", 2_300_000_000, "USD", "exact",
          "2025-11-13", "completed",
          "Anysphere, the San Francisco company behind the Cursor AI code editor, has raised $2.3 billion in a Series D that values it at $29.3 billion.",
          note="leads and 'confirmed on Thursday' in the next sentence (Nvidia and Google joined the same round)"),
        D("anysphere-seriesc-2025", ["Anysphere", "Thrive Capital"], "investment", 900_000_000, "USD", "exact",
          "2025-06", "completed", "In June Anysphere raised $900 million at $9.9 billion.",
          note="restatement of 010; Thrive Capital named in the previous paragraph as returning backer"),
        D("anysphere-koala", ["Anysphere", "Koala"], "acquisition", None, None, None,
          "2025-07", "completed",
          "In July it also took over the team behind the enterprise tool Koala; terms were not disclosed.",
          required=False, kind_alt=["other"], note="team take-over without amount"),
        D("perplexity-snap-2025", ["Perplexity", "Snap"], "partnership", 400_000_000, "USD", "exact",
          "2025-11", "signed",
          "Elsewhere in consumer AI, Snap said last week that Perplexity will pay it $400 million in cash and stock over one year to put its answer engine inside Snapchat from early 2026.",
          kind_alt=["other"], note="distribution deal; 'last week' -> November 2025"),
    ],
    "not_deals": ["$29.3bn", "$29.3 billion", "$9.9 billion", "$1 billion", "about $8.50", "roughly $1.4 billion",
                  "£89 a night", "$38 CPM"],
}

ARTICLES["018_kanzleiforum_interview_lizenzdeals.txt"] = {
    "published": None,
    "published_note": "no date anywhere in the article (only 'Lesezeit: 6 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        D("google-characterai-2024", ["Google", "Character.AI"], "other", 2_700_000_000, "USD", "approx",
          None, "completed",
          "Herr Dr. Harrach, Google hat für Character.AI rund 2,7 Milliarden Dollar bezahlt und für Windsurf 2,4 Milliarden, ohne eine einzige Aktie zu kaufen.",
          kind_alt=LICENCE, note="in the interviewer's question; two deals in one sentence"),
        D("google-windsurf-2025", ["Google", "Windsurf"], "other", 2_400_000_000, "USD", "exact",
          None, "signed",
          "Herr Dr. Harrach, Google hat für Character.AI rund 2,7 Milliarden Dollar bezahlt und für Windsurf 2,4 Milliarden, ohne eine einzige Aktie zu kaufen.",
          kind_alt=LICENCE, note="elliptical amount '2,4 Milliarden' (currency from the first clause)"),
        D("microsoft-inflection-2024", ["Microsoft", "Inflection AI"], "other", 650_000_000, "USD", "approx",
          None, "completed", "Richtig, dort flossen rund 650 Millionen Dollar, überwiegend als Lizenzgebühr.",
          kind_alt=LICENCE, note="parties in the preceding question ('Microsoft hat es mit Inflection ähnlich gemacht.')"),
        D("meta-scale-2025", ["Meta", "Scale AI"], "investment", 14_300_000_000, "USD", "exact",
          None, "completed",
          "Meta ist einen Schritt weiter gegangen und hat für 49 Prozent an Scale AI 14,3 Milliarden Dollar gezahlt, dazu den Gründer ins eigene Haus geholt.",
          kind_alt=["acquisition"], note="49 % stake; undated article"),
    ],
    "not_deals": ["400 Millionen Euro", "2,95 Milliarden Euro", "500.000 Euro", "100 Millionen Dollar", "129 Euro",
                  "49 Euro"],
}

ARTICLES["019_quayside_yearend_servicenow_en.txt"] = {
    "published": "2025-12-28",
    "published_note": "from the line 'Year-end edition · Sunday 28 December 2025'; 'on Tuesday' -> 2025-12-23; 'earlier this month', 'At the start of the month', 'last week' -> 2025-12",
    "language": "en",
    "deals": [
        D("servicenow-armis", ["ServiceNow", "Armis"], "acquisition", 7_750_000_000, "USD", "exact",
          "2025-12-23", "signed",
          "ServiceNow agreed on Tuesday to buy the cybersecurity company Armis for $7.75 billion in cash, by far its largest acquisition, and said it would fund it from its cash pile plus fresh borrowing.",
          note="repeated in 'BY THE NUMBERS'"),
        D("servicenow-moveworks", ["ServiceNow", "Moveworks"], "acquisition", 2_850_000_000, "USD", "exact",
          "2025-03", "completed",
          "For Bill McDermott's company it rounds off a busy year: earlier this month it completed the $2.85 billion purchase of Moveworks that it had agreed in March.",
          note="the deal of 007, completed in December; date = the agreement ('agreed in March')"),
        D("snowflake-anthropic-2025", ["Snowflake", "Anthropic"], "partnership", 200_000_000, "USD", "exact",
          "2025-12", "signed",
          "At the start of the month Snowflake committed $200 million to a multi-year partnership with Anthropic that puts Claude models inside its platform for its 12,600 customers.",
          kind_alt=["cloud_contract", "supply"], note="different from the Databricks-Anthropic deal (008); 020 restates it"),
        D("snowflake-crunchy-data", ["Snowflake", "Crunchy Data"], "acquisition", 250_000_000, "USD", "approx",
          "2025-06", "completed",
          "Snowflake had already paid about $250 million in June for Crunchy Data, a Postgres specialist, and raised its product revenue forecast for the fiscal year to roughly $4.4 billion.",
          note="the revenue forecast in the same sentence is not a deal"),
        D("databricks-seriesl-2025", ["Databricks"], "investment", 4_000_000_000, "USD", "at_least",
          "2025-12", "announced",
          "Databricks said last week it was raising more than $4 billion in a Series L at a valuation of $134 billion, its third fundraising in twelve months.",
          note="'last week' -> December 2025"),
        D("salesforce-informatica-2025", ["Salesforce", "Informatica"], "acquisition", 8_000_000_000, "USD", "approx",
          "2025-05", "completed",
          "One of the larger software takeovers to close this year was Salesforce's purchase of Informatica, agreed in May for about $8 billion and completed in November.",
          note="the deal of 009, completed; date = the agreement"),
        D("lumen-palantir-2025", ["Lumen Technologies", "Palantir"], "supply", 200_000_000, "USD", "at_least",
          "2025-10", "signed",
          "Palantir, meanwhile, landed a commercial customer of the kind it likes to advertise: in October Lumen Technologies agreed to spend more than $200 million on its software over several years.",
          kind_alt=["cloud_contract", "other"], note="multi-year software purchase; 'its' = Palantir's"),
        D("anthropic-google-tpu-2025", ["Anthropic", "Google"], "cloud_contract", None, None, None,
          "2025-10", "signed",
          "On the compute side, Anthropic's October pact to use up to a million of Google's TPUs, which most estimates size at several tens of billions of dollars, showed who the model makers really depend on.",
          required=False, kind_alt=["supply"],
          note="value only as 'tens of billions of dollars' (vague, no amount) -> optional"),
    ],
    "not_deals": ["more than $300 million", "$134 billion", "above $4.8 billion", "roughly $4.4 billion", "$134bn",
                  "$29.3bn", "$15 a month"],
}

ARTICLES["020_oberrhein_software_rechenzentren.txt"] = {
    "published": "2026-11-19",
    "published_note": "from the date line 'Donnerstag, 19. November 2026 · Nr. 268'; 'im Februar' -> 2026-02",
    "language": "de",
    "deals": [
        D("salesforce-informatica-2025", ["Salesforce", "Informatica"], "acquisition", 7_000_000_000, "EUR", "approx",
          "2025-05", "completed",
          "Umgerechnet rund sieben Milliarden Euro hatte der Konzern im Mai 2025 für den Spezialisten für Datenintegration geboten.",
          note="'der Konzern' = Salesforce, Informatica and the closing 'vor ziemlich genau einem Jahr' in the previous sentence; amount in words and only in EUR (matches the EUR alt_amount of 009)"),
        D("salesforce-sf-2025", ["Salesforce"], "capex_plan", 15_000_000_000, "USD", "exact",
          "2025-10", "announced",
          "Salesforce selbst versprach im Oktober 2025, in den folgenden fünf Jahren 15 Milliarden Dollar in San Francisco zu investieren, ein guter Teil davon in KI.",
          term=["2025", "2030"], note="five-year investment pledge; different from the UK programme (016)"),
        D("perplexity-azure-2026", ["Perplexity", "Microsoft"], "cloud_contract", 750_000_000, "USD", "exact",
          "2026-01", "signed",
          "Perplexity unterschrieb im Januar 2026 einen Dreijahresvertrag über 750 Millionen Dollar mit Microsofts Cloud Azure, um dort Modelle verschiedener Anbieter zu betreiben.",
          term=["2026-01", "2029-01"], note="genitive 'Microsofts'; three-year term"),
        D("snowflake-anthropic-2025", ["Snowflake", "Anthropic"], "partnership", 200_000_000, "USD", "exact",
          "2025-12", "signed",
          "Und Snowflake hatte sich schon im Dezember 2025 in einer 200-Millionen-Dollar-Partnerschaft Zugang zu den Claude-Modellen von Anthropic gesichert.",
          kind_alt=["cloud_contract", "supply"], note="compound amount; the deal of 019"),
        D("alphabet-capex-2026", ["Google"], "capex_plan", 175_000_000_000, "USD", "range",
          "2026-02", "announced",
          "Alphabet hatte im Februar angekündigt, seine Investitionen 2026 auf 175 bis 185 Milliarden Dollar zu schrauben, nahezu eine Verdopplung gegenüber dem Vorjahr, in dem 91 Milliarden Dollar ausgegeben wurden.",
          amount_max=185_000_000_000,
          note="2026 plan; the 2025 spending (91 Mrd.) is past spending (not_deal); different from the 2025 plan (008, 012)"),
    ],
    "not_deals": ["91 Milliarden Dollar", "rund zwölf Millionen Dollar", "50 Millionen Euro", "39 Euro"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
