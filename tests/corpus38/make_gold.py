#!/usr/bin/env python3
"""The hand annotation of corpus38 as code: run it to (re)write gold.json.

Usage: python3 tests/corpus38/make_gold.py
Same format and rules as ../corpus15/gold.json. For a deal several articles report, the amounts the
later articles give in other currencies or at other precision are copied into the first article's
alt_amounts (the entry score_deals.py matches against).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
B, M = 1_000_000_000, 1_000_000


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True, **kw):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": kw.pop("amount_max", None),
         "currency": currency, "qualifier": qualifier, "date": date, "status": status, "required": required}
    for k in ("term", "per", "alt_amounts", "kind_alt", "note"):
        if k in kw:
            d[k] = kw.pop(k)
    assert not kw, kw
    d["evidence"] = evidence
    return d


def A(published, note, lang, deals, not_deals):
    return {"published": published, "published_note": note, "language": lang, "deals": deals, "not_deals": not_deals}


def alt(amount, currency):
    return [{"amount": amount, "currency": currency}]


ARTICLES = {}

ARTICLES["001_deepl_koeln_rheinufer.txt"] = A(
    "2024-05-23", "from the date line 'Köln · Donnerstag, 23. Mai 2024'; 'am Mittwoch' -> 2024-05-22", "de",
    [D("index-deepl-2024", ["DeepL", "Index Ventures"], "investment", 300 * M, "USD", "exact", "2024-05-22", "completed",
       "Der Kölner Übersetzungsdienst DeepL hat sich frisches Kapital in Höhe von 300 Millionen Dollar gesichert, umgerechnet etwa 277 Millionen Euro.",
       alt_amounts=alt(277 * M, "EUR"),
       note="lead investor ('Die Führung der Runde übernahm Index Ventures') and 'am Mittwoch' in the next sentences; first Index Ventures–DeepL round, different from the €400m round in 020")],
    ["zwei Milliarden Dollar", "8,74 Euro", "70.000 Euro", "4,5 Millionen Euro", "4,90 Euro", "610 Millionen Euro"])

ARTICLES["002_computeletter_march_en.txt"] = A(
    "2025-03-04", "from the issue line 'Issue 58 · Tuesday, March 4, 2025'; 'on Monday' -> 2025-03-03; 'Last month' -> 2025-02", "en",
    [D("anthropic-series-e", ["Anthropic", "Lightspeed Venture Partners"], "investment", 3.5 * B, "USD", "exact", "2025-03-03", "completed",
       "Anthropic raised $3.5 billion in a Series E round, the Claude developer said on Monday.",
       note="lead in the next sentence ('Lightspeed Venture Partners led it'); different from the Series F (007) that Lightspeed co-led"),
     D("xai-raise-talks-2025", ["xAI"], "investment", 8 * B, "USD", "range", "2025-03", "rumored",
       "xAI is holding talks to raise somewhere between $8 billion and $10 billion in fresh equity, three people with knowledge of the discussions told us.",
       amount_max=10 * B, note="sourced talks, range; investors unnamed; kept apart from the July equity and the 2026 Series E"),
     D("saudi-groq-2025", ["Saudi Arabia", "Groq"], "investment", 1.5 * B, "USD", "exact", "2025-02", "signed",
       "Last month, at the LEAP conference in Riyadh, Saudi Arabia committed $1.5 billion to Groq to expand the inference data centre the chip start-up operates in Dammam.",
       kind_alt=["supply", "cloud_contract", "other"], note="'Last month' in a March letter -> February 2025; restated in 013")],
    ["$61.5 billion", "$1 billion in December", "$75 billion", "$14 billion", "$0.79", "$495", "$15 a month"])

ARTICLES["003_openai_softbank_wire_en.txt"] = A(
    "2025-03-31", "only in the byline 'March 31, 2025 9:58 PM GMT' (dateline 'March 31' without a year); 'on Monday' -> 2025-03-31", "en",
    [D("softbank-openai-2025", ["OpenAI", "SoftBank"], "investment", 40 * B, "USD", "exact", "2025-03-31", "signed",
       "OpenAI said on Monday it would raise $40 billion in a new funding round led by SoftBank Group, valuing the ChatGPT maker at $300 billion including the new money, in what is the largest private technology financing on record.",
       note="first SoftBank–OpenAI deal; the $10bn first tranche is part of it (not_deals); different from the $3bn-a-year software deal and the 2026 $30bn"),
     D("softbank-openai-software", ["SoftBank", "OpenAI"], "other", 3 * B, "USD", "exact", "2025-02", "signed",
       "In February the Japanese group agreed to pay OpenAI $3 billion annually for software to be rolled out across its own companies.",
       per="year", kind_alt=["cloud_contract", "supply", "partnership"], note="'the Japanese group' = SoftBank; yearly rate")],
    ["$300 billion", "$10 billion initially", "$18 billion", "$12.7 billion", "7,525 yen"])

ARTICLES["004_openai_softbank_kursportal.txt"] = A(
    "2025-04-01", "from the line '01.04.2025 – 07:48 Uhr'; 'am Montagabend' -> 2025-03-31", "de",
    [D("softbank-openai-2025", ["SoftBank", "OpenAI"], "investment", 40 * B, "USD", "exact", "2025-03-31", "signed",
       "Der japanische Technologieinvestor SoftBank führt eine Finanzierungsrunde von 40 Milliarden Dollar für OpenAI an.",
       alt_amounts=alt(37 * B, "EUR"), note="EUR figure in the next sentence; 'am Montagabend' in the sentence after; same as 003"),
     D("mizuho-softbank-loan", ["Mizuho Bank", "SoftBank"], "other", 15 * B, "USD", "exact", "2025", "signed",
       "Für die Finanzierung hat sich der Konzern bei der Mizuho Bank kurzfristig 15 Milliarden Dollar geliehen, wie aus Finanzkreisen verlautete.",
       kind_alt=["investment"], note="'der Konzern' = SoftBank; bridge loan from financial circles, date not given -> year")],
    ["300 Milliarden Dollar", "7.290 Yen", "227 Milliarden Yen", "10.500", "9.800 Yen", "7.525 Yen", "10.695 Yen",
     "11 Billionen Yen", "1 Euro pro Order"])

ARTICLES["005_xai_debt_equity_en.html"] = A(
    "2025-07-02", "from <time datetime> and the byline 'July 2, 2025' (also meta/JSON-LD); 'on Tuesday' -> 2025-07-01", "en",
    [D("xai-debt-2025", ["xAI", "Morgan Stanley"], "investment", 5 * B, "USD", "exact", "2025-07-01", "completed",
       "Elon Musk's artificial intelligence company has raised $5 billion of secured notes and term loans, Morgan Stanley said on Tuesday.",
       kind_alt=["other"], note="'Elon Musk's artificial intelligence company' = xAI (named in the next sentence); debt arranged by Morgan Stanley"),
     D("xai-equity-2025", ["xAI"], "investment", 5 * B, "USD", "exact", "2025-07-01", "completed",
       "The bank, which arranged the offering, added that xAI separately took in a strategic equity investment of $5 billion, without naming the investors.",
       note="investors unnamed; same amount as the debt but a different deal"),
     D("xai-x-merger", ["xAI", "X Corp"], "acquisition", 33 * B, "USD", "exact", "2025-03", "completed",
       "In March the company merged with X, Musk's social network, in an all-stock transaction that valued X at $33 billion and xAI at $80 billion.",
       note="all-stock merger; xAI's $80bn is a valuation (not_deals)"),
     D("meta-capex-2025", ["Meta"], "capex_plan", 72 * B, "USD", "up_to", "2025", "announced",
       "Rivals are spending even more: Meta has put its capital budget for 2025 at up to $72 billion.",
       required=False, note="background comparison")],
    ["$1 billion a month", "$500 million", "$80 billion", "$315.65", "$141.07", "$153.30", "$300 billion",
     "$24 million", "$0 annual fee", "$1 a week"])

ARTICLES["006_cohere_round_en.txt"] = A(
    "2025-08-14", "from the line 'Technology | Thursday, August 14, 2025'; 'on Thursday' -> 2025-08-14", "en",
    [D("cohere-2025-round", ["Cohere", "Radical Ventures", "Inovia Capital"], "investment", 500 * M, "USD", "exact", "2025-08-14", "completed",
       "Cohere Inc. has raised US$500-million, or roughly $690-million in Canadian dollars, in a round that lifts the Toronto company's valuation to US$6.8-billion, it said on Thursday.",
       alt_amounts=alt(690 * M, "CAD"), note="leads in the next sentence ('Radical Ventures and Inovia Capital led the financing')"),
     D("cohere-ottogrid", ["Cohere", "Ottogrid"], "acquisition", None, None, None, "2025-08", "completed",
       "Cohere also said it has bought Ottogrid, a Vancouver start-up that automates market research.",
       required=False, note="terms not disclosed")],
    ["US$6.8-billion", "US$5.5-billion", "US$100-million", "$240-million", "$2-billion", "$350,000", "$1.4-billion"])

ARTICLES["007_anthropic_series_f_en.txt"] = A(
    "2025-09-02", "from the line 'Sep 2, 2025, 2:10 p.m. PT'; 'said Tuesday' -> 2025-09-02", "en",
    [D("anthropic-series-f", ["Anthropic", "ICONIQ", "Fidelity", "Lightspeed Venture Partners"], "investment", 13 * B, "USD", "exact", "2025-09-02", "completed",
       "Claude maker Anthropic said Tuesday that it has raised $13 billion in a Series F round, a figure far above the $5 billion the company was originally seeking when talks began in July.",
       note="leads in the next sentence; the $5bn target is not a deal"),
     D("anthropic-series-e", ["Anthropic", "Lightspeed Venture Partners"], "investment", 3.5 * B, "USD", "exact", "2025-03", "completed",
       "In March it headed Anthropic's $3.5 billion Series E, which put the company at $61.5 billion.",
       note="'it' = Lightspeed; restatement of 002")],
    ["$5 billion the company was originally seeking", "$183 billion", "$61.5 billion", "$1 billion in January",
     "more than $5 billion in August", "$500 million", "$50 million", "$12 per month", "$120 per year", "$500 billion"])

ARTICLES["008_anthropic_mistral_tageszeitung.txt"] = A(
    "2025-09-04", "from the line 'Donnerstag, 4. September 2025 | Unternehmen & Märkte | Seite 11'; 'am Dienstag' -> 2025-09-02", "de",
    [D("anthropic-series-f", ["Anthropic", "ICONIQ", "Fidelity", "Lightspeed"], "investment", 13 * B, "USD", "exact", "2025-09-02", "completed",
       "Dreizehn Milliarden Dollar, umgerechnet etwa 11,1 Milliarden Euro: So viel hat Anthropic bei Investoren eingesammelt.",
       alt_amounts=alt(11.1 * B, "EUR"), note="amount in words first; leads and 'am Dienstag' in the next sentence; same as 007"),
     D("asml-mistral", ["ASML", "Mistral AI"], "investment", 1.3 * B, "EUR", "exact", "2025-09", "negotiating",
       "Der niederländische Chipausrüster ASML verhandelt nach Angaben aus Verhandlungskreisen darüber, 1,3 Milliarden Euro in Mistral AI zu stecken.",
       note="talks, unconfirmed"),
     D("mistral-round-2025-total", ["Mistral AI", "ASML"], "investment", 1.7 * B, "EUR", "approx", "2025-09", "negotiating",
       "Insgesamt will Mistral rund 1,7 Milliarden Euro einsammeln, die Bewertung läge bei etwa zehn Milliarden Euro.",
       required=False, note="round total including ASML's €1.3bn"),
     D("aleph-alpha-2023", ["Aleph Alpha", "Schwarz Gruppe", "Bosch"], "investment", 500 * M, "USD", "at_least", "2023", "completed",
       "Aleph Alpha aus Heidelberg hatte Ende 2023 mehr als 500 Millionen Dollar von einem Konsortium um die Schwarz-Gruppe und Bosch erhalten, konzentriert sich inzwischen aber auf Software für Behörden statt auf eigene große Sprachmodelle.",
       required=False, note="background")],
    ["183 Milliarden Dollar", "zehn Milliarden Euro", "1,6 Milliarden Euro", "mehreren hundert Millionen Dollar",
     "612,40 Euro", "233,85 Euro", "4,99 Euro"])

ARTICLES["009_inference_chips_note_en.txt"] = A(
    "2025-10-01", "from the line 'Sector Note | October 1, 2025'; 'yesterday' -> 2025-09-30; 'last week' -> 2025-09", "en",
    [D("cerebras-series-g", ["Cerebras Systems", "Fidelity", "Atreides Management"], "investment", 1.1 * B, "USD", "exact", "2025-09-30", "completed",
       "Cerebras Systems closed a $1.1 billion Series G yesterday, with Fidelity and Atreides Management as joint leads, at a post-money valuation of $8.1 billion."),
     D("groq-2025-round", ["Groq", "Disruptive"], "investment", 750 * M, "USD", "exact", "2025-09-17", "completed",
       "On September 17 the LPU maker said it had raised $750 million at a valuation of $6.9 billion, with Disruptive leading and BlackRock, Neuberger Berman and Deutsche Telekom Capital Partners participating.",
       note="'the LPU maker' = Groq (previous sentence)"),
     D("nvidia-openai-loi", ["Nvidia", "OpenAI"], "investment", 100 * B, "USD", "up_to", "2025-09", "announced",
       "Both are dwarfed by last week's headline: Nvidia and OpenAI signed a letter of intent under which Nvidia intends to put as much as $100 billion into OpenAI, in steps, while OpenAI deploys 10 gigawatts or more of Nvidia hardware.",
       note="letter of intent; different from Nvidia's $30bn equity investment in 2026 (017, 018)")],
    ["$8.1 billion", "$6.9 billion", "$35 billion to $40 billion", "$293bn", "$281bn", "$262bn", "$225", "$210", "$110 billion"])

ARTICLES["010_ki_wochenbrief_oktober.txt"] = A(
    "2025-10-09", "from the issue line 'Ausgabe 40 · Donnerstag, 9. Oktober 2025'; 'Am Montag' -> 2025-10-06", "de",
    [D("amd-openai-gpus", ["AMD", "OpenAI"], "supply", None, None, None, "2025-10-06", "announced",
       "Am Montag haben AMD und OpenAI einen Liefervertrag über Grafikprozessoren mit einer Leistung von insgesamt sechs Gigawatt angekündigt; die ersten Chips vom Typ MI450 sollen in der zweiten Jahreshälfte 2026 geliefert werden.",
       required=False, note="no price ('Einen Preis nannten die Partner nicht'); the AMD market-value jump is not a deal"),
     D("nvidia-openai-loi", ["Nvidia", "OpenAI"], "investment", 100 * B, "USD", "up_to", "2025-09", "announced",
       "Zur Erinnerung: Vor gut zwei Wochen hatten Nvidia und OpenAI eine Absichtserklärung unterzeichnet, nach der Nvidia bis zu 100 Milliarden Dollar (rund 85 Milliarden Euro) in den ChatGPT-Anbieter stecken will.",
       alt_amounts=alt(85 * B, "EUR"), note="same as 009"),
     D("openai-secondary-2025", ["OpenAI", "Thrive Capital", "SoftBank"], "investment", 6.6 * B, "USD", "exact", "2025-10", "completed",
       "Außerdem vergangene Woche: Beschäftigte von OpenAI haben Anteile im Wert von 6,6 Milliarden Dollar an Investoren um Thrive Capital und SoftBank verkauft.",
       note="employee share sale; 'vergangene Woche' in a 9 October letter -> early October 2025; different from SoftBank's rounds")],
    ["80 Milliarden Dollar", "203,71 Dollar", "500 Milliarden Dollar", "400 Milliarden Dollar", "1,4 Billionen Dollar", "149 Euro", "19 Euro"])

ARTICLES["011_black_forest_labs_breisgau.html"] = A(
    "2025-12-02", "from <meta name=date> and the visible line 'Wirtschaft · Dienstag, 02.12.2025'; 'am Montag' -> 2025-12-01", "de",
    [D("bfl-series-b", ["Black Forest Labs", "Salesforce Ventures", "AMP"], "investment", 300 * M, "USD", "exact", "2025-12-01", "completed",
       "Das Freiburger Start-up Black Forest Labs hat in einer Finanzierungsrunde 300 Millionen Dollar eingesammelt, rund 258 Millionen Euro.",
       alt_amounts=alt(258 * M, "EUR"), note="leads and 'am Montag' in the next sentence"),
     D("meta-bfl-license", ["Meta", "Black Forest Labs"], "other", 140 * M, "USD", "exact", "2025-09", "signed",
       "Der Mutterkonzern von Facebook und Instagram überweist Black Forest Labs nach Medienberichten über zwei Jahre 140 Millionen Dollar für die Nutzung der Modelle.",
       kind_alt=["cloud_contract", "partnership", "supply"], note="'Der Mutterkonzern von Facebook und Instagram' = Meta (previous sentence); 'im September' in the next sentence; two-year total, no dates for the term"),
     D("glotterbach-bfl-lease", ["Glotterbach Rechenzentren GmbH", "Black Forest Labs"], "cloud_contract", 9 * M, "EUR", "approx", "2025-12", "signed",
       "Für die Fläche samt Strom und Kühlung überweist das Start-up dem Mittelständler künftig jährlich rund neun Millionen Euro, der Vertrag läuft fünf Jahre ab Januar.",
       per="year", term=["2026-01", "2030"], kind_alt=["other"],
       note="'das Start-up' = Black Forest Labs, 'dem Mittelständler' = Glotterbach (previous sentence); yearly rate, five years from January 2026; signing date not given -> month of the article"),
     D("glotterbach-capex", ["Glotterbach Rechenzentren GmbH"], "capex_plan", 60 * M, "EUR", "approx", "2025-12", "planned",
       "Glotterbach will deshalb bis 2027 etwa 60 Millionen Euro in einen zweiten Bauabschnitt stecken.")],
    ["3,25 Milliarden Dollar", "14 Millionen Euro", "85 Millionen Euro", "36,9 Cent", "6.990 Euro", "0,99 Euro", "9,99 Euro", "3,99 Euro"])

ARTICLES["012_broadcom_anthropic_en.txt"] = A(
    "2025-12-12", "from the line 'Friday, December 12, 2025'; 'on Thursday evening' -> 2025-12-11 (the disclosure, not the orders)", "en",
    [D("broadcom-anthropic-10bn", ["Broadcom", "Anthropic"], "supply", 10 * B, "USD", "exact", "2025-09", "signed",
       "Chief executive Hock Tan told analysts on Thursday evening that the buyer who placed a $10 billion order for custom AI server racks, first mentioned without a name in September, was Anthropic.",
       note="order disclosed in September; first of two Broadcom–Anthropic orders"),
     D("broadcom-anthropic-11bn", ["Anthropic", "Broadcom"], "supply", 11 * B, "USD", "exact", "2025", "signed",
       "And the Claude developer has come back for more: in the fourth fiscal quarter it placed an additional order worth $11 billion, scheduled for delivery in late 2026, Tan said.",
       note="'the Claude developer' = Anthropic; 'it' = Anthropic; fiscal quarter -> year; must stay apart from the $10bn order"),
     D("anthropic-google-tpu", ["Anthropic", "Google"], "cloud_contract", None, None, None, "2025-10", "signed",
       "That fits: in October Anthropic agreed with Google to use up to one million TPUs, a deal the companies would only size as worth many tens of billions.",
       required=False, kind_alt=["supply"], note="no figure, only 'many tens of billions'"),
     D("bfl-series-b", ["Black Forest Labs", "Salesforce Ventures", "AMP"], "investment", 300 * M, "USD", "exact", "2025-12", "completed",
       "Black Forest Labs, the German image-model start-up, closed a $300 million Series B led by Salesforce Ventures and AMP earlier this month.",
       note="same as 011")],
    ["$18.02 billion", "$6.5 billion", "$19.1 billion", "$73 billion", "$393.20", "$8 million", "$9 a month"])

ARTICLES["013_nvidia_groq_en.html"] = A(
    "2025-12-26", "from the byline 'Friday, December 26, 2025' (also meta/JSON-LD); 'on Wednesday' -> 2025-12-24", "en",
    [D("nvidia-groq-license", ["Nvidia", "Groq"], "other", 20 * B, "USD", "approx", "2025-12-24", "signed",
       "Nvidia will hand over about $20 billion for a non-exclusive license to Groq's inference technology, in its largest transaction ever.",
       kind_alt=["acquisition", "partnership"], note="license plus hiring of executives; 'confirmed by Groq on Wednesday' in the next sentence"),
     D("groq-2025-round", ["Groq", "Disruptive"], "investment", 750 * M, "USD", "exact", "2025-09", "completed",
       "In September the company pulled in $750 million from investors led by Disruptive, at a $6.9 billion valuation.",
       note="'the company' = Groq; same as 009"),
     D("saudi-groq-2025", ["Saudi Arabia", "Groq"], "investment", 1.5 * B, "USD", "exact", "2025-02", "signed",
       "Back in February, the Saudi government promised the start-up $1.5 billion to build out its Dammam data centre; Saudi Arabia remains one of Groq's largest customers.",
       kind_alt=["supply", "cloud_contract", "other"], note="'the Saudi government' = Saudi Arabia, 'the start-up' = Groq; same as 002"),
     D("nvidia-mellanox", ["Nvidia", "Mellanox"], "acquisition", 7 * B, "USD", "approx", "2020", "completed",
       "Its previous record deal was the purchase of Israel's Mellanox for about $7 billion, completed in 2020.",
       required=False, note="background; only the completion year is given")],
    ["$6.9 billion", "$60.6 billion", "$190.53", "$214.90", "$349.31", "$8.1 billion", "$2.49 per GPU-hour", "$199 a year"])

ARTICLES["014_nvidia_groq_boerse.txt"] = A(
    "2025-12-29", "from the line '29.12.2025 | 08:15'; 'an Heiligabend' -> 2025-12-24", "de",
    [D("nvidia-groq-license", ["Nvidia", "Groq"], "other", 20 * B, "USD", "approx", "2025-12-24", "signed",
       "Für rund 20 Milliarden Dollar, umgerechnet etwa 17 Milliarden Euro, sichert sich der Chipkonzern Lizenzrechte an der Technik des kalifornischen Chip-Start-ups Groq.",
       alt_amounts=alt(17 * B, "EUR"), kind_alt=["acquisition", "partnership"], note="'der Chipkonzern' = Nvidia; same as 013"),
     D("nvidia-intel-stake", ["Nvidia", "Intel"], "investment", 5 * B, "USD", "exact", "2025-09", "completed",
       "Die Beteiligung an Intel, auf die sich beide Konzerne im September geeinigt hatten, ist seit vergangener Woche vollzogen: Fünf Milliarden Dollar hat Nvidia dafür gezahlt, nachdem die US-Kartellbehörde FTC keine Einwände erhoben hatte.",
       note="completed deal keeps the date of the September agreement")],
    ["23,28 Dollar", "4,6 Billionen Dollar", "57 Milliarden Dollar", "31,9 Milliarden Dollar", "250 Dollar", "190,53 Dollar", "36,94 Dollar", "25 Euro"])

ARTICLES["015_xai_series_e_wire_en.txt"] = A(
    "2026-01-06", "only in the byline 'January 6, 2026, 10:42 PM UTC' (dateline 'Jan 6' without a year); 'on Tuesday' -> 2026-01-06", "en",
    [D("xai-series-e", ["xAI", "Valor Equity Partners", "Fidelity", "Qatar Investment Authority", "MGX", "Nvidia", "Cisco"], "investment", 20 * B, "USD", "exact", "2026-01-06", "completed",
       "Elon Musk's xAI said on Tuesday it had completed a $20 billion Series E funding round, exceeding the $15 billion it had originally targeted, as the maker of the Grok chatbot races to build more data-centre capacity.",
       note="investors in the next two sentences; the $15bn target is not a deal"),
     D("softbank-openai-2025", ["OpenAI", "SoftBank"], "investment", 40 * B, "USD", "exact", "2025", "signed",
       "The round is one of the largest ever for a private company, though it trails the $40 billion OpenAI raised from SoftBank and others last spring.",
       note="restatement of 003; 'last spring' -> 2025")],
    ["$15 billion it had originally targeted", "$230 billion", "$1.46 billion", "$7.8 billion", "$107 million", "$800 billion"])

ARTICLES["016_anthropic_series_g_wochenblatt.txt"] = A(
    "2026-02-13", "from the line 'Freitag, 13. Februar 2026'; 'am Donnerstag' -> 2026-02-12", "de",
    [D("anthropic-series-g", ["Anthropic", "GIC", "Coatue"], "investment", 30 * B, "USD", "exact", "2026-02-12", "completed",
       "Anthropic, Anbieter des Chatbots Claude, hat eine Finanzierungsrunde über 30 Milliarden Dollar abgeschlossen.",
       alt_amounts=alt(25 * B, "EUR"), note="EUR in the next sentence; leads and 'am Donnerstag' in the one after"),
     D("anthropic-series-f", ["Anthropic", "ICONIQ", "Fidelity", "Lightspeed Venture Partners"], "investment", 13 * B, "USD", "exact", "2025-09", "completed",
       "Noch im September hatte der Konzern bei seiner Serie F unter Führung von ICONIQ, Fidelity und Lightspeed 13 Milliarden Dollar eingesammelt, damals zu einer Bewertung von 183 Milliarden Dollar.",
       note="'der Konzern' = Anthropic; same as 007"),
     ],
    ["380 Milliarden Dollar", "183 Milliarden Dollar", "14 Milliarden Dollar", "2,5 Milliarden Dollar", "250.000 Euro",
     "700 Milliarden Dollar", "189 Euro"])

ARTICLES["017_openai_110bn_en.txt"] = A(
    "2026-02-28", "from the line 'Feb 28, 2026, 9:20 a.m. ET'; 'on Friday' -> 2026-02-27", "en",
    [D("openai-round-2026-total", ["OpenAI", "Amazon", "Nvidia", "SoftBank"], "investment", 110 * B, "USD", "exact", "2026-02-27", "signed",
       "OpenAI has raised $110 billion from three of the biggest names in technology, the company said on Friday, a round that values the ChatGPT maker at $730 billion before the new money.",
       required=False, note="round total = the three investments below"),
     D("amazon-openai-2026", ["Amazon", "OpenAI"], "investment", 50 * B, "USD", "exact", "2026-02-27", "signed",
       "Amazon is the largest contributor with $50 billion.",
       note="the $15bn up-front and $35bn conditional parts are not_deals; different from the $38bn AWS contract"),
     D("nvidia-openai-2026", ["Nvidia", "OpenAI"], "investment", 30 * B, "USD", "exact", "2026-02-27", "signed",
       "Nvidia is investing $30 billion, and SoftBank is adding another $30 billion on top of the money it committed last year.",
       note="different from the 2025 letter of intent"),
     D("softbank-openai-2026", ["SoftBank", "OpenAI"], "investment", 30 * B, "USD", "exact", "2026-02-27", "signed",
       "Nvidia is investing $30 billion, and SoftBank is adding another $30 billion on top of the money it committed last year.",
       note="OpenAI implied; different from the 2025 round"),
     D("softbank-openai-2025", ["SoftBank", "OpenAI"], "investment", None, None, None, "2025", "signed",
       "Nvidia is investing $30 billion, and SoftBank is adding another $30 billion on top of the money it committed last year.",
       required=False, note="amount-less reference to the 2025 round ('the money it committed last year')"),
     D("nvidia-openai-loi", ["Nvidia", "OpenAI"], "investment", 100 * B, "USD", "up_to", "2025-09", "announced",
       "For Nvidia, the equity stake replaces part of the much larger framework it announced in September, under which it said it could invest up to $100 billion as OpenAI brought new gigawatts of its systems online.",
       note="restatement of 009; 'in September' -> 2025-09"),
     D("openai-aws-contract", ["OpenAI", "Amazon"], "cloud_contract", 38 * B, "USD", "exact", "2025-11", "signed",
       "The Amazon money deepens a relationship that began only in November, when OpenAI committed $38 billion over seven years to computing capacity rented from Amazon Web Services.",
       note="'in November' -> 2025-11; seven-year term without dates; different from Amazon's $50bn investment")],
    ["$730 billion", "$15 billion arrives up front", "$35 billion", "$25 billion", "$17 billion", "$226.10", "$14/month"])

ARTICLES["018_openai_runde_wirtschaftsdienst.txt"] = A(
    "2026-03-02", "from the line 'Montag, 2. März 2026, 06:05 Uhr'; 'Ende vergangener Woche' -> 2026-02 (27 February)", "de",
    [D("openai-round-2026-total", ["OpenAI", "Amazon", "Nvidia", "SoftBank"], "investment", 110 * B, "USD", "exact", "2026-02", "signed",
       "Einhundertzehn Milliarden Dollar sammelt OpenAI bei drei Geldgebern ein, wie der ChatGPT-Entwickler Ende vergangener Woche mitteilte.",
       required=False, note="round total in words"),
     D("amazon-openai-2026", ["Amazon", "OpenAI"], "investment", 50 * B, "USD", "exact", "2026-02", "signed",
       "Amazon steuert fünfzig Milliarden Dollar bei, umgerechnet knapp 48 Milliarden Euro.",
       alt_amounts=alt(48 * B, "EUR"), note="amount in words; OpenAI from the previous sentences; same as 017"),
     D("nvidia-openai-2026", ["Nvidia", "OpenAI"], "investment", 30 * B, "USD", "exact", "2026-02", "signed",
       "Nvidia und SoftBank beteiligen sich mit jeweils 30 Milliarden Dollar, rund 28,5 Milliarden Euro pro Investor.",
       alt_amounts=alt(28.5 * B, "EUR"), note="'jeweils' splits the figure over two deals; same as 017"),
     D("softbank-openai-2026", ["SoftBank", "OpenAI"], "investment", 30 * B, "USD", "exact", "2026-02", "signed",
       "Nvidia und SoftBank beteiligen sich mit jeweils 30 Milliarden Dollar, rund 28,5 Milliarden Euro pro Investor.",
       alt_amounts=alt(28.5 * B, "EUR"), note="same as 017"),
     D("softbank-openai-2025", ["SoftBank", "OpenAI"], "investment", 40 * B, "USD", "exact", "2025-03", "signed",
       "Im März 2025 hatte der japanische Konzern eine Runde über 40 Milliarden Dollar angeführt, damals zu einer Bewertung von 300 Milliarden Dollar.",
       note="'der japanische Konzern' = SoftBank; restatement of 003; different from the 2026 $30bn")],
    ["730 Milliarden Dollar", "300 Milliarden Dollar", "168,40 Euro", "193,15 Euro", "1,4 Billionen Dollar",
     "380 Milliarden Dollar", "Baukosten steigen auf 40 Milliarden Dollar", "12,99 Euro"])

ARTICLES["019_tensorhain_interview.txt"] = A(
    None, "no date anywhere in the article (only 'Lesedauer: 4 Minuten')", "de",
    [D("kattwyk-tensorhain-seed", ["Kattwyk Ventures", "Tensorhain"], "investment", 12 * M, "EUR", "exact", None, "completed",
       "Im vergangenen Jahr haben wir zwölf Millionen Euro Startkapital bekommen, angeführt von Kattwyk Ventures aus Hamburg.",
       note="'wir' = Tensorhain; amount in words; 'Im vergangenen Jahr' in an undated interview -> null; first Kattwyk–Tensorhain deal, different from the €45m Series A in 020"),
     D("glotterbach-tensorhain-lease", ["Tensorhain", "Glotterbach Rechenzentren GmbH"], "cloud_contract", 180_000, "EUR", "approx", None, "signed",
       "Wir zahlen dem Betreiber für unsere Fläche inklusive Strom rund 180.000 Euro im Monat.",
       per="month", kind_alt=["other"], note="'dem Betreiber' = Glotterbach (previous sentence 'Bei Glotterbach in Denzlingen'); monthly rate; different from Glotterbach's lease with Black Forest Labs"),
     D("cerebras-tensorhain-order", ["Cerebras Systems", "Tensorhain"], "supply", 40 * M, "USD", "approx", None, "signed",
       "Dort kommen bald auch neue Systeme hin: Bei Cerebras haben wir Rechner für knapp 40 Millionen Dollar bestellt, die erste Lieferung ist für den Sommer zugesagt.",
       note="'knapp' -> approx")],
    ["0,40 Euro", "3,2 Millionen Euro", "48 Millionen Euro", "45.000 Dollar", "95.000 Euro"])

ARTICLES["020_kurznotiert_wirtschaftswoche.txt"] = A(
    "2026-11-13", "from the issue line 'Ausgabe 46 · Freitag, 13. November 2026'; 'am Mittwoch' -> 2026-11-11; 'vergangene Woche' -> 2026-11", "de",
    [D("kattwyk-tensorhain-series-a", ["Tensorhain", "Kattwyk Ventures"], "investment", 45 * M, "EUR", "exact", "2026-11-11", "completed",
       "Stuttgart – Der Stuttgarter KI-Dienstleister Tensorhain hat eine Serie-A-Finanzierung über 45 Millionen Euro abgeschlossen.",
       note="lead and 'am Mittwoch' in the next sentence ('führt erneut Kattwyk Ventures die Runde an'); second Kattwyk–Tensorhain deal"),
     D("cohere-tensorhain-offer", ["Cohere", "Tensorhain"], "acquisition", 300 * M, "USD", "approx", "2026", "cancelled",
       "Zuvor war eine Übernahme gescheitert: Nach Informationen dieser Zeitung hatte der kanadische Sprachmodellanbieter Cohere im Sommer rund 300 Millionen Dollar für die Stuttgarter geboten.",
       note="'die Stuttgarter' = Tensorhain; talks broken off in August (next sentence); offer in summer 2026 -> year"),
     D("index-deepl-2026", ["DeepL", "Index Ventures"], "investment", 400 * M, "EUR", "approx", "2026-11", "completed",
       "DeepL: Der Kölner Übersetzungsdienst hat vergangene Woche rund 400 Millionen Euro eingesammelt; wie schon 2024 führt Index Ventures die Runde an.",
       note="second Index Ventures–DeepL round, different from 2024 (001)"),
     D("mistral-sweden-dc", ["Mistral AI"], "capex_plan", 1.2 * B, "EUR", "exact", "2026-02", "announced",
       "Mistral AI: Das Pariser Unternehmen hatte im Februar angekündigt, 1,2 Milliarden Euro in ein Rechenzentrum in Schweden zu investieren; der erste Bauabschnitt ist inzwischen in Betrieb.",
       kind_alt=["project"], note="'im Februar' in a November 2026 paper -> 2026-02")],
    ["210 Millionen Euro", "2,4 Millionen Euro", "neun Millionen Euro", "fünf Milliarden Euro", "5.000 Euro", "3,80 Euro"])

ALIASES = {
    "DeepL": ["DeepL", "DeepL SE"],
    "Index Ventures": ["Index Ventures", "Index"],
    "Anthropic": ["Anthropic", "Anthropic PBC"],
    "Lightspeed Venture Partners": ["Lightspeed Venture Partners", "Lightspeed"],
    "xAI": ["xAI", "X.AI", "xAI Holdings"],
    "Saudi Arabia": ["Saudi Arabia", "Saudi-Arabien", "Kingdom of Saudi Arabia"],
    "Groq": ["Groq", "Groq Inc."],
    "OpenAI": ["OpenAI"],
    "SoftBank": ["SoftBank", "SoftBank Group", "SoftBank Group Corp."],
    "Mizuho Bank": ["Mizuho Bank", "Mizuho"],
    "Morgan Stanley": ["Morgan Stanley"],
    "X Corp": ["X Corp", "X", "Twitter"],
    "Meta": ["Meta", "Meta Platforms"],
    "Cohere": ["Cohere", "Cohere Inc."],
    "Radical Ventures": ["Radical Ventures"],
    "Inovia Capital": ["Inovia Capital", "Inovia"],
    "Ottogrid": ["Ottogrid"],
    "ICONIQ": ["ICONIQ", "ICONIQ Capital", "ICONIQ Growth"],
    "Fidelity": ["Fidelity", "Fidelity Management & Research", "Fidelity Investments"],
    "ASML": ["ASML", "ASML Holding"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "Aleph Alpha": ["Aleph Alpha"],
    "Schwarz Gruppe": ["Schwarz Gruppe", "Schwarz-Gruppe", "Schwarz Group"],
    "Bosch": ["Bosch", "Robert Bosch", "Bosch Ventures"],
    "Cerebras Systems": ["Cerebras Systems", "Cerebras"],
    "Atreides Management": ["Atreides Management", "Atreides"],
    "Disruptive": ["Disruptive"],
    "Nvidia": ["Nvidia", "Nvidia Corp.", "NVDA"],
    "AMD": ["AMD", "Advanced Micro Devices"],
    "Thrive Capital": ["Thrive Capital", "Thrive"],
    "Black Forest Labs": ["Black Forest Labs", "BFL"],
    "Salesforce Ventures": ["Salesforce Ventures"],
    "AMP": ["AMP"],
    "Glotterbach Rechenzentren GmbH": ["Glotterbach Rechenzentren GmbH", "Glotterbach Rechenzentren", "Glotterbach"],
    "Broadcom": ["Broadcom", "Broadcom Inc."],
    "Google": ["Google", "Alphabet"],
    "Mellanox": ["Mellanox", "Mellanox Technologies"],
    "Intel": ["Intel", "Intel Corp."],
    "Valor Equity Partners": ["Valor Equity Partners", "Valor"],
    "Qatar Investment Authority": ["Qatar Investment Authority", "QIA"],
    "MGX": ["MGX"],
    "Cisco": ["Cisco", "Cisco Systems"],
    "GIC": ["GIC"],
    "Coatue": ["Coatue", "Coatue Management"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Tensorhain": ["Tensorhain"],
    "Kattwyk Ventures": ["Kattwyk Ventures", "Kattwyk"],
}

ABOUT = ("Hand-annotated deals in the thirty-eighth, held-out test corpus (tests/corpus38/articles/), written for the "
         "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora "
         "and shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id in "
         "each. 'required': false marks vague, background or amount-less mentions that an extractor may report or not "
         "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
         "Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; "
         "'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article "
         "(or the same article) states it in another currency or at another precision. 'date' is when the deal was "
         "announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', "
         "from the article's own date marker, dateline, <time datetime>, issue line or visible byline date, or null when "
         "the article has none); quarters, half-years and seasons become the year; a cancelled or completed deal keeps "
         "the date of the original agreement or talks; 'term' is the period the deal covers, where the text gives one; "
         "'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and "
         "not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Glotterbach "
         "Rechenzentren GmbH, Tensorhain, Kattwyk Ventures; invented publications, banks, advertisers and people are named "
         "in README.md; the deals of real companies are partly real, partly invented or shifted. Nothing here is reporting.")


def main():
    # copy later articles' amounts of a shared id into the first article's alt_amounts
    first = {}
    for name, a in ARTICLES.items():
        for d in a["deals"]:
            if d["id"] not in first:
                first[d["id"]] = d
                continue
            f = first[d["id"]]
            have = [(f["amount"], f["currency"])] + [(x["amount"], x["currency"]) for x in f.get("alt_amounts", [])]
            extra = ([(d["amount"], d["currency"])] if d["amount"] else []) + \
                    [(x["amount"], x["currency"]) for x in d.get("alt_amounts", [])]
            for amt, cur in extra:
                if not any(c == cur and abs(amt - h) <= 0.02 * h for h, c in have if h):
                    f.setdefault("alt_amounts", []).append({"amount": amt, "currency": cur})
                    have.append((amt, cur))
    # order keys of first entries consistently (alt_amounts may have been added)
    order = ["id", "parties", "kind", "amount", "amount_max", "currency", "qualifier", "date", "status", "required",
             "term", "per", "alt_amounts", "kind_alt", "note", "evidence"]
    for a in ARTICLES.values():
        a["deals"] = [{k: d[k] for k in order if k in d} for d in a["deals"]]
    for a in ARTICLES.values():
        for d in a["deals"]:
            for k in ("amount", "amount_max"):
                if isinstance(d.get(k), float) and d[k].is_integer():
                    d[k] = int(d[k])
            for x in d.get("alt_amounts", []):
                if isinstance(x["amount"], float) and x["amount"].is_integer():
                    x["amount"] = int(x["amount"])
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", HERE / "gold.json")


if __name__ == "__main__":
    main()
