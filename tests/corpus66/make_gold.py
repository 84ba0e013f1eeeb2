#!/usr/bin/env python3
"""Write gold.json for corpus66 (the hand annotation lives here, as data).

Usage: python3 tests/corpus66/make_gold.py      (then run check_gold.py)
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the sixty-sixth, held-out test corpus (tests/corpus66/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. One entry per article; a deal that several articles "
    "report carries the same id in each. 'required': false marks vague or background mentions (and all "
    "deals without an amount) that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' "
    "('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision. 'date' is when "
    "the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date line, dateline, issue line, byline, "
    "<time>/meta tag or JSON-LD, or null when the article has none); a cancelled deal keeps the date of "
    "the talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other "
    "acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). All deal parties are real companies, "
    "states or funds; their deals are retold from public reports with details shifted or simplified, and "
    "a few are invented (see README.md). Publications, analysts, advertisers and quoted people are "
    "invented (invented_names.txt). Nothing here is reporting."
)


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


def none(id, parties, kind, date, status, evidence, **extra):
    """A deal mention without an amount (always optional)."""
    return deal(id, parties, kind, None, None, None, date, status, evidence, required=False, **extra)


B = 1_000_000_000
M = 1_000_000

ARTICLES = {
    "001_mistral_microsoft_kelpie_en.txt": {
        "published": "2024-02-28",
        "published_note": "issue line 'Vol. 3, No. 9 · Wednesday 28 February 2024'; 'on Monday' -> 2024-02-26; 'last November' -> 2023-11",
        "language": "en",
        "deals": [
            deal("microsoft-mistral-2024", ["Microsoft", "Mistral AI"], "investment", 15 * M, "EUR", "exact",
                 "2024-02-26", "signed",
                 "Microsoft is putting €15 million into Mistral AI, the French model maker confirmed on Monday alongside a distribution pact that brings its new Mistral Large model to Azure.",
                 note="convertible note, turns into shares at the next round (next sentence); the Azure distribution pact is part of the same announcement"),
            none("mistral-december-round-2023", ["Mistral AI"], "investment", "2023-12", "completed",
                 "For context: Mistral was valued near €2 billion after its December raise.",
                 note="background reference to an earlier round without its amount; the €2bn is a valuation (not_deal)"),
            deal("schwarz-aleph-alpha-2023", ["Aleph Alpha", "Schwarz Gruppe"], "investment", 500 * M, "USD",
                 "at_least", "2023-11", "completed",
                 "Aleph Alpha is still living off the round it closed last November: more than $500 million, with the Schwarz Group among the lead backers (yes, the Lidl people) alongside Bosch Ventures.",
                 note="co-lead Bosch Ventures not listed so that the parties agree with the amount-less mention in 018; first deal of the Schwarz–Aleph Alpha pair (the 2026 takeover rumour in 020 is another deal)"),
        ],
        "not_deals": ["roughly $13 billion", "near €2 billion", "$8 for every million tokens", "€1.6 billion a year",
                      "€4.20 an hour", "$2,950", "$149", "£9 a month"],
    },
    "002_mistral_runde_rheinpfeil.txt": {
        "published": "2024-06-12",
        "published_note": "wire header '12.06.2024 – 07:15'; 'am Dienstag' -> 2024-06-11; 'im Februar' -> 2024-02",
        "language": "de",
        "deals": [
            deal("mistral-seriesb-2024", ["Mistral AI", "General Catalyst"], "investment", 600 * M, "EUR", "exact",
                 "2024-06-11", "completed",
                 "Paris (rpn) – Das französische KI-Start-up Mistral AI hat sich in einer neuen Finanzierungsrunde 600 Millionen Euro gesichert.",
                 note="lead investor and 'am Dienstag' in the next sentence; the €468m equity / €132m debt split is part of this deal (not_deals)"),
            deal("microsoft-mistral-2024", ["Microsoft", "Mistral AI"], "investment", 15 * M, "EUR", "exact",
                 "2024-02", "signed",
                 "Bereits im Februar hatte sich Microsoft mit 15 Millionen Euro an dem Start-up beteiligt; dieser Betrag wird nun in Anteile umgewandelt.",
                 note="restated from 001; 'dem Start-up' = Mistral AI"),
        ],
        "not_deals": ["468 Millionen Euro", "132 Millionen Euro", "knapp 5,8 Milliarden Euro",
                      "niedrigen zweistelligen Millionenbetrag", "mehr als 80 Milliarden Dollar", "2,5 Milliarden Euro"],
    },
    "003_helsing_aldermoor_en.txt": {
        "published": "2024-07-12",
        "published_note": "byline 'By Tamsin Vellacott, Defence Correspondent | 12 July 2024' (a Friday); 'on Thursday' -> 2024-07-11; 'last September' -> 2023-09",
        "language": "en",
        "deals": [
            deal("helsing-seriesc-2024", ["Helsing", "General Catalyst"], "investment", 450 * M, "EUR", "exact",
                 "2024-07-11", "completed",
                 "Munich-based Helsing has raised €450 million in Series C funding, with General Catalyst leading, the defence software company said on Thursday, cementing its place among the most valuable private technology groups on the continent.",
                 note="first of two General Catalyst–Helsing rounds in this article (must stay apart from the €209m Series B)"),
            deal("helsing-seriesb-2023", ["Helsing", "General Catalyst"], "investment", 209 * M, "EUR", "exact",
                 "2023-09", "completed",
                 "It is the second time in less than a year that the American firm has written the biggest cheque: General Catalyst also led Helsing's €209 million Series B last September.",
                 note="earlier round of the same pair; 'last September' in a July 2024 article -> 2023-09"),
        ],
        "not_deals": ["$5.4 billion", "€4.95bn", "low hundreds of millions of euros", "€100bn", "£64.6bn", "£25 a month"],
    },
    "004_black_forest_labs_schauinsland.txt": {
        "published": "2024-12-03",
        "published_note": "blog byline 'veröffentlicht am 03.12.2024'; 'im August' -> 2024-08; the talks are reported as current -> 2024-12",
        "language": "de",
        "deals": [
            deal("a16z-bfl-seed-2024", ["Black Forest Labs", "Andreessen Horowitz"], "investment", 31 * M, "USD",
                 "exact", "2024-08", "completed",
                 "Als Black Forest Labs im August aus der Deckung kam, brachte das Team um Robin Rombach gleich 31 Millionen Dollar Startkapital mit, eingesammelt in einer Seed-Runde unter Führung von Andreessen Horowitz.",
                 note="first of two Andreessen Horowitz–Black Forest Labs deals in this article"),
            none("bfl-xai-grok-2024", ["Black Forest Labs", "xAI"], "partnership", "2024-08", "announced",
                 "Kurz darauf tauchten die Flux-Modelle der Freiburger im Chatbot Grok von Elon Musks xAI auf – ein Schaufenster, für das, soweit bekannt, kein Geld geflossen ist.",
                 note="model integration without payment; optional"),
            deal("a16z-bfl-talks-2024", ["Black Forest Labs", "Andreessen Horowitz"], "investment", 200 * M, "USD",
                 "approx", "2024-12", "negotiating",
                 "Insidern zufolge verhandelt das Start-up über rund 200 Millionen Dollar frischen Kapitals, erneut mit dem Wagniskapitalgeber aus Menlo Park an der Spitze.",
                 note="talks from insiders, unconfirmed; 'dem Wagniskapitalgeber aus Menlo Park' = Andreessen Horowitz (previous paragraph); the valuation 'mehr als einer Milliarde Dollar' is not a deal; second deal of the pair"),
        ],
        "not_deals": ["mehr als einer Milliarde Dollar", "einige Millionen Dollar", "5,5 Cent", "50 Millionen Euro",
                      "ein paar Milliarden", "1.290 Euro"],
    },
    "005_uk_action_plan_tresillian_en.txt": {
        "published": "2025-01-13",
        "published_note": "liveblog header 'Monday 13 January 2025 · Last updated 17:05 GMT'; entries of that day -> 2025-01-13; 'last month' -> 2024-12",
        "language": "en",
        "deals": [
            deal("nscale-uk-capex-2025", ["Nscale"], "capex_plan", 2.5 * B, "USD", "exact", "2025-01-13", "announced",
                 "Nscale has confirmed a three-year, $2.5 billion programme for British data centres, starting with a site in Loughton, Essex.",
                 term=["2025", "2027"], note="own spending plan, spender only"),
            deal("nscale-seriesa-2024", ["Nscale", "Sandton Capital Partners"], "investment", 155 * M, "USD", "exact",
                 "2024-12", "completed",
                 "The London-based GPU cloud only closed a $155 million Series A last month, with Sandton Capital Partners in the lead.",
                 note="'The London-based GPU cloud' = Nscale (previous sentence)"),
            deal("kyndryl-uk-2025", ["Kyndryl"], "capex_plan", 750 * M, "GBP", "exact", "2025-01-13", "announced",
                 "The IBM spin-off says it will put £750 million into Britain over three years, largely into an AI skills and engineering hub in Liverpool.",
                 term=["2025", "2027"], kind_alt=["investment"],
                 note="'The IBM spin-off' = Kyndryl (entry heading '14:10 – Kyndryl joins in')"),
            deal("vantage-uk-2025", ["Vantage Data Centers"], "capex_plan", 12 * B, "GBP", "exact", "2025-01-13",
                 "planned",
                 "The Denver-headquartered operator intends to invest £12 billion in British capacity, with a large campus in south Wales at its core, and says the programme will create more than 11,000 jobs.",
                 note="'The Denver-headquartered operator' = Vantage Data Centers (previous sentence); the reader comment '£12bn from one American company' repeats it"),
        ],
        "not_deals": ["£14bn", "£800m", "$1.2130", "£27.99 a month"],
    },
    "006_ki_gipfel_rheinauen.html": {
        "published": "2025-02-10",
        "published_note": "no visible date; only <meta property=article:published_time> and JSON-LD datePublished 2025-02-10T19:45; 'am Montag' -> 2025-02-10, 'am Donnerstag' -> 2025-02-06",
        "language": "de",
        "deals": [
            deal("brookfield-france-2025", ["Brookfield"], "capex_plan", 20 * B, "EUR", "approx", "2025-02-10",
                 "announced",
                 "Paris/Straßburg – Der kanadische Vermögensverwalter Brookfield will in Frankreich bis zum Ende des Jahrzehnts rund 20 Milliarden Euro investieren, wie er am Montag mitteilte.",
                 term=["2025", "2030"], alt_amounts=[{"amount": 20.7 * B, "currency": "USD"}],
                 note="the ~€15bn for Cambrai (next sentence) is part of this plan (not_deal); 007 gives $20.7bn"),
            deal("uae-france-campus-2025", ["United Arab Emirates", "France"], "investment", 30 * B, "EUR", "range",
                 "2025-02-06", "announced",
                 "Das Volumen beziffert der Élysée auf 30 bis 50 Milliarden Euro.",
                 amount_max=50 * B, kind_alt=["project", "joint_venture"],
                 note="parties and 'am Donnerstag' in the previous sentence; one-gigawatt AI campus financed by the Emirates"),
            deal("fluidstack-france-2025", ["Fluidstack"], "project", 10 * B, "EUR", "exact", "2025-02-10", "announced",
                 "Ebenfalls am Montag stellte das britische Unternehmen Fluidstack einen Supercomputer vor, den es für zehn Milliarden Euro in Frankreich bauen will.",
                 kind_alt=["capex_plan"], note="amount in words"),
            deal("iliad-ai-2025", ["Iliad"], "capex_plan", 3 * B, "EUR", "exact", "2025-02", "announced",
                 "Der Telekomkonzern Iliad des Unternehmers Xavier Niel kündigte an, drei Milliarden Euro in Rechenzentren und KI zu stecken.",
                 note="no weekday given -> month of the article"),
        ],
        "not_deals": ["etwa 15 Milliarden Euro", "109 Milliarden Euro", "35 Milliarden Euro", "4,2 Millionen Euro",
                      "12 Euro", "489 Euro"],
    },
    "007_investai_thistledown_en.txt": {
        "published": "2025-02-12",
        "published_note": "header 'Updated Feb. 12, 2025 5:10 a.m. CET', dateline 'PARIS, Feb 11'; 'on Tuesday' = 2025-02-11, 'On Monday' -> 2025-02-10, 'last week' -> 2025-02",
        "language": "en",
        "deals": [
            deal("brookfield-france-2025", ["Brookfield"], "capex_plan", 20 * B, "EUR", "approx", "2025-02-10",
                 "announced",
                 "On Monday Canada's Brookfield put about €20 billion, or $20.7 billion, on the table for French AI infrastructure through 2030, and last week the United Arab Emirates agreed with France to bankroll a one-gigawatt campus with €30 billion to €50 billion.",
                 term=["2025", "2030"], alt_amounts=[{"amount": 20.7 * B, "currency": "USD"}],
                 note="two deals in one sentence (with the UAE campus)"),
            deal("uae-france-campus-2025", ["United Arab Emirates", "France"], "investment", 30 * B, "EUR", "range",
                 "2025-02", "announced",
                 "On Monday Canada's Brookfield put about €20 billion, or $20.7 billion, on the table for French AI infrastructure through 2030, and last week the United Arab Emirates agreed with France to bankroll a one-gigawatt campus with €30 billion to €50 billion.",
                 amount_max=50 * B, kind_alt=["project", "joint_venture"], note="'last week' -> month only"),
            none("mistral-helsing-2025", ["Mistral AI", "Helsing"], "partnership", "2025-02", "announced",
                 "Mistral AI and the Munich defence start-up Helsing used the summit to unveil an alliance on AI models for military platforms; neither side gave financial terms."),
        ],
        "not_deals": ["€200 billion", "€20 billion fund", "€150 billion", "nearer €50 billion", "€252.40"],
    },
    "008_cmacgm_mistral_frachtbrief.txt": {
        "published": "2025-04-11",
        "published_note": "issue line 'Ausgabe 15/2025 · Freitag, 11. April 2025'; 'Anfang April' -> 2025-04",
        "language": "de",
        "deals": [
            deal("cmacgm-mistral-2025", ["CMA CGM", "Mistral AI"], "partnership", 100 * M, "EUR", "exact", "2025-04",
                 "signed",
                 "Der Vertrag über fünf Jahre hat nach Angaben beider Seiten ein Volumen von 100 Millionen Euro und wurde Anfang April in Marseille unterzeichnet.",
                 term=["2025", "2030"], kind_alt=["other", "cloud_contract"],
                 note="parties in the previous sentence ('beider Seiten'); five-year AI services contract"),
            deal("kyutai-founding-2023", ["Kyutai", "CMA CGM"], "investment", 300 * M, "EUR", "approx", "2023",
                 "completed",
                 "Bereits 2023 hatte er sich gemeinsam mit Xavier Niel und Eric Schmidt an dem gemeinnützigen Forschungslabor Kyutai beteiligt, das die drei Gründer mit rund 300 Millionen Euro ausstatteten.",
                 required=False,
                 note="background: endowment of a non-profit lab by three backers ('er' = the CMA CGM chief); optional"),
            none("mistral-helsing-2025", ["Mistral AI", "Helsing"], "partnership", None, "announced",
                 "Auch die französischen Streitkräfte und der Rüstungskonzern Helsing nutzen die Modelle; Details zu diesen Verträgen sind nicht öffentlich.",
                 note="vague, undated reference; the French armed forces' contract is not annotated (no company party)"),
        ],
        "not_deals": ["55,5 Milliarden Dollar", "5,6 Milliarden Dollar", "40 bis 60 Millionen Euro", "2.850 Dollar",
                      "3.020 Dollar", "512 Dollar je Tonne", "89 Euro", "450 Euro"],
    },
    "009_helsing_bellcourt_en.txt": {
        "published": "2025-06-18",
        "published_note": "portal header 'Jun 18, 2025 · 7:02 AM BST'; 'on Tuesday' -> 2025-06-17; 'last July' -> 2024-07; 'Earlier this month' -> 2025-06",
        "language": "en",
        "deals": [
            deal("helsing-seriesd-2025", ["Helsing", "Prima Materia"], "investment", 600 * M, "EUR", "exact",
                 "2025-06-17", "completed",
                 "Helsing, the Munich defence-technology company, has raised €600 million in a round led by Prima Materia, the investment firm of Spotify co-founder Daniel Ek, it said on Tuesday."),
            deal("helsing-seriesc-2024", ["Helsing", "General Catalyst"], "investment", 450 * M, "EUR", "exact",
                 "2024-07", "completed",
                 "The round values the company at €12 billion, according to two investors in it, more than twice the level of last July, when General Catalyst led a €450 million Series C.",
                 note="restated from 003 inside a valuation sentence; €12bn is a valuation"),
            none("helsing-grob-2025", ["Helsing", "Grob Aircraft"], "acquisition", "2025-06", "signed",
                 "Earlier this month the group agreed to buy Grob Aircraft, a Bavarian maker of training and surveillance planes, for an undisclosed sum.",
                 note="price undisclosed; 'the group' = Helsing"),
        ],
        "not_deals": ["€12 billion", "about €1,800", "up to €150 billion", "€350 million to €400 million", "€1,796.50",
                      "€92.15", "SEK 537.40", "£3.50 a deal"],
    },
    "010_schwarz_luebbenau_kahnpost.txt": {
        "published": "2025-08-21",
        "published_note": "dateline 'Lübbenau, 21. August' without a year; the year from '© Lausitzer Kahnpost 2025' (and 'Gurkenernte 2025'); 'am Mittwoch' -> 2025-08-20",
        "language": "de",
        "deals": [
            deal("schwarz-luebbenau-2025", ["Schwarz Gruppe"], "capex_plan", 11 * B, "EUR", "approx", "2025-08-20",
                 "announced",
                 "Rund elf Milliarden Euro will der Handelskonzern dafür ausgeben, kündigte die Digitalsparte Schwarz Digits am Mittwoch an.",
                 kind_alt=["project"], note="amount in words; 'der Handelskonzern' = Schwarz-Gruppe (previous sentence)"),
            deal("schwarz-luebbenau-power", ["Schwarz Gruppe"], "supply", 45 * M, "EUR", "approx", "2025-08",
                 "rumored",
                 "Insidern zufolge verhandelt der Konzern mit einem Windparkbetreiber aus der Region über einen langfristigen Liefervertrag, der jährlich rund 45 Millionen Euro schwer sein könnte.",
                 per="year",
                 note="yearly rate of a power supply deal under negotiation, from insiders; the wind-farm operator is unnamed; must stay apart from the €11bn plan"),
        ],
        "not_deals": ["38 Millionen Euro", "im siebenstelligen Bereich", "bis zu 40 Milliarden Euro", "24 Euro pro Person"],
    },
    "011_asml_mistral_larchmont_en.txt": {
        "published": "2025-09-09",
        "published_note": "wire header 'September 9, 2025 | 11:04 PM UTC', dateline 'Sept 9'; 'on Tuesday' = 2025-09-09",
        "language": "en",
        "deals": [
            deal("asml-mistral-2025", ["ASML", "Mistral AI"], "investment", 1.3 * B, "EUR", "exact", "2025-09-09",
                 "signed",
                 "VELDHOVEN/PARIS, Sept 9 (Larchmont) – ASML Holding is putting €1.3 billion into Mistral AI, the Dutch chip-equipment maker said on Tuesday, taking about 11% of the French start-up and a seat on its strategic committee.",
                 alt_amounts=[{"amount": 1.5 * B, "currency": "USD"}],
                 note="'roughly $1.5 billion' in the next sentence"),
            deal("mistral-seriesc-2025", ["Mistral AI", "ASML"], "investment", 1.7 * B, "EUR", "exact", "2025-09-09",
                 "signed",
                 "The cheque anchors a €1.7 billion Series C, which gives Mistral a post-money valuation of €11.7 billion, the two companies said.",
                 required=False,
                 note="round total including ASML's €1.3bn; optional because ASML's share is the required deal; must stay apart from it"),
            none("mgx-mistral-talks-2025", ["MGX", "Mistral AI"], "investment", "2025", "negotiating",
                 "Mistral had also held talks with other investors, among them Abu Dhabi's MGX, according to earlier media reports that put its valuation at about $10 billion.",
                 note="earlier talks, no amount; $10bn is a valuation"),
            none("apple-mistral-rumour-2025", ["Apple", "Mistral AI"], "acquisition", "2025", "rumored",
                 "Over the summer, reports that Apple had discussed a bid for the company were played down by people close to Mistral.",
                 note="played-down rumour without amount"),
        ],
        "not_deals": ["€11.7 billion", "€5.5 billion", "about €260 billion", "about $10 billion", "€695.00"],
    },
    "012_asml_aktie_depotwinkel.txt": {
        "published": "2025-09-10",
        "published_note": "portal header '10.09.2025 | 14:32 Uhr' (a Wednesday); 'am Dienstag' -> 2025-09-09",
        "language": "de",
        "deals": [
            deal("asml-mistral-2025", ["ASML", "Mistral AI"], "investment", 1.3 * B, "EUR", "exact", "2025-09-09",
                 "signed",
                 "Der niederländische Lithografie-Spezialist hatte am Dienstag mitgeteilt, 1,3 Milliarden Euro in das französische KI-Start-up Mistral AI zu stecken.",
                 note="'Der niederländische Lithografie-Spezialist' = ASML (previous sentence)"),
            none("asml-berliner-glas-2020", ["ASML", "Berliner Glas"], "acquisition", "2020", "completed",
                 "Für ASML ist es die erste größere Beteiligung seit der Übernahme des Berliner Optikspezialisten Berliner Glas im Jahr 2020.",
                 note="background acquisition, price not disclosed"),
        ],
        "not_deals": ["780 Euro", "7,7 Milliarden Euro", "2,3 Milliarden Euro", "bis zu zwölf Milliarden Euro", "1,60 Euro",
                      "684,30 €", "121,85 €", "620 Euro", "25 Euro monatlich"],
    },
    "013_uk_state_visit_racklight_en.html": {
        "published": "2025-09-18",
        "published_note": "visible byline 'Thu 18 Sep 2025 · 06:30 BST' (and <meta name=pubdate>); 'on Tuesday' -> 2025-09-16, 'On Wednesday' -> 2025-09-17, 'in January' -> 2025-01",
        "language": "en",
        "deals": [
            deal("microsoft-uk-2025", ["Microsoft"], "capex_plan", 30 * B, "USD", "exact", "2025-09-16", "announced",
                 "Microsoft said on Tuesday it will spend $30 billion in Britain between now and the end of 2028, roughly half as capital spending on infrastructure, the remainder for running its British business.",
                 term=["2025", "2028"], kind_alt=["investment"], note="spending plan of one company; the halves are not given as figures"),
            deal("nvidia-nscale-2025", ["Nvidia", "Nscale"], "investment", 500 * M, "GBP", "approx", "2025-09",
                 "announced",
                 "Nvidia, for its part, will put roughly £500 million into Nscale, the London start-up that is to host most of the chips earmarked for OpenAI's Stargate UK.",
                 note="no weekday for this one -> month"),
            none("openai-nscale-stargate-uk", ["OpenAI", "Nscale"], "partnership", "2025-09", "announced",
                 "Nvidia, for its part, will put roughly £500 million into Nscale, the London start-up that is to host most of the chips earmarked for OpenAI's Stargate UK.",
                 note="hosting role in Stargate UK, no amount"),
            deal("nscale-microsoft-narvik", ["Nscale", "Aker", "Microsoft"], "cloud_contract", 6.2 * B, "USD", "exact",
                 "2025-09-17", "signed",
                 "Its value: $6.2 billion.",
                 note="parties, 'On Wednesday' and the five-year term in the previous sentence; first Nscale–Microsoft contract (the GB300 order of 015 is another deal)"),
            deal("google-uk-2025", ["Google"], "capex_plan", 5 * B, "GBP", "exact", "2025-09-16", "announced",
                 "Google had picked the same Tuesday to confirm £5 billion for British AI infrastructure and research over two years, and cut the ribbon on a new server hall in Waltham Cross, just north of London.",
                 term=["2025", "2027"]),
            deal("nscale-uk-capex-2025", ["Nscale"], "capex_plan", 2.5 * B, "USD", "exact", "2025-01", "announced",
                 "Nscale, which pledged $2.5 billion for British sites in January, has gone from obscure crypto spin-off to Downing Street favourite in under two years.",
                 note="restated from 005"),
        ],
        "not_deals": ["£31 billion", "£50 million", "$2.31/hr", "$4.05/hr", "$38,000", "£12 a month"],
    },
    "014_substation_digest_en.txt": {
        "published": "2025-09-26",
        "published_note": "issue line 'Friday Digest #88 — 26/09/2025'; 'on Thursday' -> 2025-09-25; 'at the end of July' -> 2025-07; 'Earlier this month' -> 2025-09",
        "language": "en",
        "deals": [
            deal("aker-nscale-seriesb-2025", ["Nscale", "Aker"], "investment", 1.1 * B, "USD", "exact", "2025-09-25",
                 "completed",
                 "The London neocloud said on Thursday it had raised $1.1 billion of Series B money, led by Norway's Aker ASA, with Nvidia, Nokia and Dell among the other names.",
                 note="'The London neocloud' = Nscale (heading); second Aker–Nscale deal"),
            deal("aker-nscale-stargate-norway", ["Aker", "Nscale"], "joint_venture", 10 * B, "NOK", "approx", "2025-07",
                 "announced",
                 "Aker and Nscale are not strangers: at the end of July they formed an equally owned joint venture in Narvik, \"Stargate Norway\", whose first phase the two partners put at about NOK 10 billion (roughly $1 billion).",
                 alt_amounts=[{"amount": 1 * B, "currency": "USD"}],
                 note="first Aker–Nscale deal, must stay apart from the Series B"),
            none("openai-stargate-norway-offtake", ["OpenAI", "Nscale"], "cloud_contract", "2025-07", "announced",
                 "OpenAI is lined up as the anchor customer there.",
                 note="offtake of the Narvik venture without price; 'there' = Stargate Norway"),
            deal("asml-mistral-2025", ["ASML", "Mistral AI"], "investment", 1.3 * B, "EUR", "exact", "2025-09",
                 "signed",
                 "Earlier this month ASML put €1.3bn ($1.5bn) into Mistral AI, leaving the Paris lab valued at €11.7bn post-money.",
                 note="restated; $1.5bn is in 011's alt_amounts"),
            deal("meta-bfl-2025", ["Meta", "Black Forest Labs"], "other", 140 * M, "USD", "exact", "2025-09", "rumored",
                 "Meta has reportedly agreed to pay Black Forest Labs $140m over two years to use the Freiburg start-up's image models in its own products.",
                 term=["2025", "2027"], kind_alt=["partnership", "cloud_contract"],
                 note="licensing deal, reported and not confirmed ('Neither company commented')"),
        ],
        "not_deals": ["€11.7bn", "NOK 672", "$4.99", "$455bn", "£1.2bn", "£95"],
    },
    "015_nscale_microsoft_elbkurier.txt": {
        "published": "2025-10-16",
        "published_note": "wire header '16.10.2025 – 06:40' (a Thursday); 'am Mittwoch' -> 2025-10-15; 'Im September', 'Ende September' -> 2025-09",
        "language": "de",
        "deals": [
            deal("nscale-microsoft-gb300", ["Nscale", "Microsoft"], "cloud_contract", 24 * B, "USD", "up_to",
                 "2025-10-15", "signed",
                 "Nach Angaben einer mit der Vereinbarung vertrauten Person hat der Auftrag einen Wert von bis zu 24 Milliarden Dollar, umgerechnet knapp 21 Milliarden Euro.",
                 alt_amounts=[{"amount": 21 * B, "currency": "EUR"}],
                 note="value only from a source; parties and 'am Mittwoch' in the two sentences before; second Nscale–Microsoft contract, must stay apart from Narvik"),
            deal("nscale-microsoft-narvik", ["Nscale", "Aker", "Microsoft"], "cloud_contract", 6.2 * B, "USD", "exact",
                 "2025-09", "signed",
                 "Im September hatte Nscale gemeinsam mit dem norwegischen Partner Aker dem Softwarekonzern für fünf Jahre Kapazität in Narvik zugesagt – Volumen: 6,2 Milliarden Dollar.",
                 note="'dem Softwarekonzern' = Microsoft; restated from 013"),
            deal("aker-nscale-seriesb-2025", ["Nscale", "Aker"], "investment", 1.1 * B, "USD", "exact", "2025-09",
                 "completed",
                 "Ende September folgte frisches Eigenkapital von 1,1 Milliarden Dollar, wobei wiederum Aker die Runde anführte.",
                 note="restated from 014; Nscale from the context"),
        ],
        "not_deals": ["rund 88 Milliarden Dollar", "etwa 3,5 Millionen Dollar", "gut drei Milliarden Dollar", "180,03 Dollar"],
    },
    "016_telekom_nvidia_gridline_en.txt": {
        "published": "2025-11-05",
        "published_note": "byline 'Posted Nov 5, 2025 by Noor Haldane' (a Wednesday); 'on Tuesday' -> 2025-11-04; 'in August' -> 2025-08",
        "language": "en",
        "deals": [
            deal("telekom-nvidia-munich", ["Deutsche Telekom", "Nvidia"], "project", 1 * B, "EUR", "approx", "2025-11-04",
                 "announced",
                 "Deutsche Telekom and Nvidia said on Tuesday they will build a dedicated AI cloud for European manufacturers in Munich, with the two sides investing around €1 billion, or some $1.16 billion at current rates, in the project.",
                 alt_amounts=[{"amount": 1.16 * B, "currency": "USD"}], kind_alt=["joint_venture", "capex_plan", "investment"]),
            none("sap-telekom-industrial-cloud", ["SAP", "Deutsche Telekom"], "partnership", "2025-11-04", "announced",
                 "SAP is adding its data platform and business software as a layer above; none of the partners said what that part of the arrangement is worth."),
            deal("schwarz-luebbenau-2025", ["Schwarz Gruppe"], "capex_plan", 11 * B, "EUR", "approx", "2025-08",
                 "announced",
                 "For comparison, the Schwarz Group in August earmarked about €11 billion for its campus at Lübbenau in Brandenburg.",
                 kind_alt=["project"], note="restated from 010"),
        ],
        "not_deals": ["€20 billion facility", "$450 million to $500 million", "17 cents per kilowatt-hour", "€690",
                      "€8 a month"],
    },
    "017_telekom_tucherpark_lehelbote.html": {
        "published": "2025-11-05",
        "published_note": "visible 'Stand: 05.11.2025, 18:20 Uhr' in <time datetime>, also <meta name=date>; 'Am Dienstag' -> 2025-11-04",
        "language": "de",
        "deals": [
            deal("telekom-nvidia-munich", ["Deutsche Telekom", "Nvidia"], "project", 1 * B, "EUR", "approx", "2025-11-04",
                 "announced",
                 "Rund eine Milliarde Euro lassen sich die beiden Konzerne das Projekt kosten.",
                 kind_alt=["joint_venture", "capex_plan", "investment"],
                 note="amount in words; 'die beiden Konzerne' = Telekom and Nvidia, 'Am Dienstag' in the previous sentence"),
            none("sap-telekom-industrial-cloud", ["SAP", "Deutsche Telekom"], "partnership", "2025-11-04", "announced",
                 "Software und Datenplattform steuert der Walldorfer Konzern SAP bei."),
        ],
        "not_deals": ["2,4 Millionen Euro", "5,5 Milliarden Euro", "45 Euro pro Quadratmeter", "15,80 Euro", "299 Euro",
                      "7,99 Euro monatlich"],
    },
    "018_interview_hochwald.txt": {
        "published": None,
        "published_note": "no date anywhere (only 'Lesezeit: 6 Minuten'); all deal dates null",
        "language": "de",
        "deals": [
            deal("telekom-nvidia-munich", ["Deutsche Telekom", "Nvidia"], "project", 1 * B, "EUR", "approx", None,
                 "announced",
                 "In München investieren die beiden Konzerne gemeinsam rund eine Milliarde Euro, das ist respektabel.",
                 kind_alt=["joint_venture", "capex_plan", "investment"],
                 note="'die beiden Konzerne' = Telekom and Nvidia from the interviewer's question"),
            deal("schwarz-luebbenau-2025", ["Schwarz Gruppe"], "capex_plan", 11 * B, "EUR", "exact", None, "announced",
                 "Die Schwarz-Gruppe nennt für Lübbenau elf Milliarden Euro.", kind_alt=["project"]),
            none("schwarz-aleph-alpha-takeover", ["Schwarz Gruppe", "Aleph Alpha"], "acquisition", None, "rumored",
                 "Hochwald: Man hört, die Schwarz-Gruppe wolle Aleph Alpha ganz übernehmen.",
                 alt_amounts=[{"amount": 400 * M, "currency": "EUR"}],
                 note="rumour in a question, no amount here; alt_amounts carries the price 020 reports, because this "
                      "(first) entry is the one the scorer matches against"),
            none("schwarz-aleph-alpha-2023", ["Aleph Alpha", "Schwarz Gruppe"], "investment", "2023", "completed",
                 "Schwarz ist ja schon seit der großen Finanzierungsrunde 2023 an Bord.",
                 note="background reference to the 2023 round of 001, without amount"),
        ],
        "not_deals": ["zwischen zehn und zwölf Millionen Euro", "35 bis 40 Millionen", "Zwanzig Milliarden Euro",
                      "110.000 Euro", "9,80 Euro", "649 Euro"],
    },
    "019_black_forest_labs_coldharbour_en.txt": {
        "published": "2026-01-08",
        "published_note": "blog byline 'January 8, 2026 · Felix Ormerod'; 'ended last year … at the start of December' -> 2025-12; 'In late 2024' -> 2024; 'in September' -> 2025-09",
        "language": "en",
        "deals": [
            deal("bfl-seriesb-2025", ["Black Forest Labs", "Salesforce Ventures", "AMP"], "investment", 300 * M, "USD",
                 "exact", "2025-12", "completed",
                 "Freiburg's Black Forest Labs ended last year with $300 million of fresh Series B money; Salesforce Ventures and Anjney Midha's AMP led it, at a post-money valuation of $3.25 billion.",
                 note="two lead investors; the date from the next sentence"),
            deal("a16z-bfl-seed-2024", ["Black Forest Labs", "Andreessen Horowitz"], "investment", 31 * M, "USD", "exact",
                 "2024-08", "completed",
                 "The lab came out of stealth in August 2024 with a $31 million seed from Andreessen Horowitz.",
                 note="restated from 004; 'The lab' = Black Forest Labs"),
            deal("a16z-bfl-talks-2024", ["Black Forest Labs", "Andreessen Horowitz"], "investment", 200 * M, "USD",
                 "approx", "2024", "rumored",
                 "In late 2024 it was reportedly haggling over roughly $200 million at a valuation of about $1 billion; the company never confirmed what, if anything, closed on those terms.",
                 note="the talks of 004 (Andreessen Horowitz named in the previous sentence only); outcome unconfirmed; '$1 billion' valuation is not a deal"),
            deal("meta-bfl-2025", ["Meta", "Black Forest Labs"], "other", 140 * M, "USD", "exact", "2025-09", "signed",
                 "Meta's licensing agreement, reported in September at $140 million over two years, was the first proof that a big platform would pay a small European lab real money rather than build everything itself.",
                 term=["2025", "2027"], kind_alt=["partnership", "cloud_contract"],
                 note="restated from 014; the '$70 million a year' of the back-of-envelope paragraph is the author's own arithmetic (not_deal)"),
        ],
        "not_deals": ["$3.25 billion", "about $1 billion", "$70 million a year", "$100 million to $150 million",
                      "about four cents", "£6 monthly", "£60 annually", "$3.25bn"],
    },
    "020_souveraene_ki_bilanz_wirtschaftspost.txt": {
        "published": "2026-11-20",
        "published_note": "date line 'KW 47 · 20.11.2026 · Seite 6'; 'Im Februar dieses Jahres' -> 2026-02; 'im Vorjahr' -> 2025; the takeover talks are reported as current -> 2026-11",
        "language": "de",
        "deals": [
            deal("asml-mistral-2025", ["ASML", "Mistral AI"], "investment", 1.3 * B, "EUR", "exact", "2025-09", "signed",
                 "Im September 2025 war ASML mit 1,3 Milliarden Euro bei Mistral AI eingestiegen."),
            deal("mistral-ecodatacenter-2026", ["Mistral AI", "EcoDataCenter"], "project", 1.2 * B, "EUR", "exact",
                 "2026-02", "announced",
                 "Im Februar dieses Jahres kündigten die Pariser dann an, gemeinsam mit dem Betreiber EcoDataCenter 1,2 Milliarden Euro (gut 13 Milliarden Kronen) für ein Rechenzentrum im schwedischen Borlänge auszugeben.",
                 kind_alt=["capex_plan", "joint_venture"], alt_amounts=[{"amount": 13 * B, "currency": "SEK"}],
                 note="'die Pariser' = Mistral AI; 'Kronen' = Swedish kronor (alt_amounts)"),
            deal("helsing-seriesd-2025", ["Helsing", "Prima Materia"], "investment", 600 * M, "EUR", "exact", "2025-06",
                 "completed",
                 "Helsing, seit der von Prima Materia angeführten 600-Millionen-Euro-Runde vom Juni 2025 mit zwölf Milliarden Euro bewertet, baut inzwischen Drohnen in Süddeutschland und Großbritannien.",
                 note="compound '600-Millionen-Euro-Runde'; the valuation in the same sentence is a not_deal"),
            deal("bfl-seriesb-2025", ["Black Forest Labs", "Salesforce Ventures", "AMP"], "investment", 300 * M, "USD",
                 "exact", "2025-12", "completed",
                 "Der Freiburger Bildgenerator Black Forest Labs hatte im Dezember 2025 unter Führung von Salesforce Ventures und AMP 300 Millionen Dollar eingesammelt."),
            none("telekom-nvidia-munich", ["Deutsche Telekom", "Nvidia"], "project", None, "announced",
                 "Die Münchner Industrial AI Cloud von Telekom und Nvidia läuft seit dem Frühjahr.",
                 kind_alt=["joint_venture", "capex_plan", "investment"],
                 note="status update without amount; 'seit dem Frühjahr' is the start of operation, not the deal date"),
            deal("telekom-schwarz-gigafactory-bid", ["Deutsche Telekom", "Schwarz Gruppe"], "joint_venture", 4 * B, "EUR",
                 "approx", "2025", "cancelled",
                 "Eine gemeinsame Bewerbung von Telekom und Schwarz-Gruppe um eine EU-Gigafabrik, über die im Vorjahr verhandelt worden war und deren Kosten die Partner auf rund vier Milliarden Euro veranschlagt hatten, kam dagegen nie zustande.",
                 kind_alt=["project"], note="failed joint bid; cancelled keeps the year of the talks ('im Vorjahr' -> 2025)"),
            deal("schwarz-aleph-alpha-takeover", ["Schwarz Gruppe", "Aleph Alpha"], "acquisition", 400 * M, "EUR",
                 "approx", "2026-11", "rumored",
                 "Insidern zufolge verhandelt die Schwarz-Gruppe über die vollständige Übernahme von Aleph Alpha; genannt werde ein Preis von rund 400 Millionen Euro.",
                 note="sourced rumour, not denied ('wollte sich dazu nicht äußern'); second Schwarz–Aleph Alpha deal, apart from the 2023 round"),
        ],
        "not_deals": ["11,7 Milliarden Euro", "zwölf Milliarden Euro", "knapp 30 Millionen Euro", "1,8 Millionen Euro",
                      "5.000 Euro"],
    },
}

ALIASES = {
    "Microsoft": ["Microsoft", "Azure", "Microsoft Corp."],
    "Mistral AI": ["Mistral AI", "Mistral", "Mistrals"],
    "Aleph Alpha": ["Aleph Alpha", "Aleph Alphas"],
    "Schwarz Gruppe": ["Schwarz Gruppe", "Schwarz-Gruppe", "Schwarz Group", "Schwarz Digits", "STACKIT", "Schwarz"],
    "General Catalyst": ["General Catalyst"],
    "Helsing": ["Helsing", "Helsing GmbH"],
    "Prima Materia": ["Prima Materia"],
    "Andreessen Horowitz": ["Andreessen Horowitz", "a16z"],
    "Black Forest Labs": ["Black Forest Labs"],
    "xAI": ["xAI"],
    "Nscale": ["Nscale"],
    "Sandton Capital Partners": ["Sandton Capital Partners", "Sandton Capital"],
    "Kyndryl": ["Kyndryl"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "Brookfield": ["Brookfield", "Brookfield Asset Management"],
    "United Arab Emirates": ["United Arab Emirates", "Vereinigte Arabische Emirate", "Vereinigten Arabischen Emirate", "UAE"],
    "France": ["France", "Frankreich"],
    "Fluidstack": ["Fluidstack"],
    "Iliad": ["Iliad"],
    "CMA CGM": ["CMA CGM", "CMA-CGM"],
    "Kyutai": ["Kyutai"],
    "Grob Aircraft": ["Grob Aircraft", "Grob"],
    "ASML": ["ASML", "ASML Holding"],
    "Berliner Glas": ["Berliner Glas"],
    "MGX": ["MGX"],
    "Apple": ["Apple"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Aker": ["Aker", "Aker ASA", "Akers"],
    "OpenAI": ["OpenAI"],
    "Google": ["Google"],
    "Deutsche Telekom": ["Deutsche Telekom", "Telekom"],
    "SAP": ["SAP"],
    "Meta": ["Meta", "Meta Platforms"],
    "Salesforce Ventures": ["Salesforce Ventures"],
    "AMP": ["AMP"],
    "EcoDataCenter": ["EcoDataCenter"],
}


def clean(x):
    """Floats that are whole numbers become ints (1.3 * B -> 1300000000)."""
    if isinstance(x, float) and x.is_integer():
        return int(x)
    if isinstance(x, float):
        return int(round(x))
    if isinstance(x, dict):
        return {k: clean(v) for k, v in x.items()}
    if isinstance(x, list):
        return [clean(v) for v in x]
    return x


def main():
    gold = {"about": ABOUT, "articles": clean(ARTICLES), "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
