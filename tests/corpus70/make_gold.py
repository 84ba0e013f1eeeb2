#!/usr/bin/env python3
"""Write gold.json, the hand annotation of tests/corpus70/articles/.

Usage: python3 tests/corpus70/make_gold.py

The annotation lives here as data (edit it here, then run the script); gold.json is its
output. Format and rules as ../corpus15/gold.json and /work/shared/gold/seeds.json.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the seventieth, held-out test corpus (tests/corpus70/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, "
    "the earlier corpora and shared/gold/seeds.json. Theme: the AI labs' own funding (OpenAI, Anthropic, "
    "xAI, Mistral AI, Safe Superintelligence, Thinking Machines, Perplexity, Cohere) and the strategic "
    "money of Microsoft, Amazon, Google, Nvidia and SoftBank, 2024-2026. One entry per article; a deal "
    "that several articles report carries the same id in each. 'required': false marks vague or "
    "background mentions, deals without an amount and investors' named tickets inside an annotated "
    "round, which an extractor may report or not without penalty. 'not_deals' lists money figures that "
    "are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' "
    "('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency, at another precision or at another "
    "stage (a rumoured round that closed larger). 'date' is when the deal was announced or agreed "
    "(YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', "
    "from the article's own date line, dateline, byline, issue line, <time datetime> or, for one HTML "
    "page, only its meta tag / JSON-LD; null for the undated interview 019); seasons become the year; "
    "a rumour that later closes carries only the year so that the shared id's dates agree; a cancelled "
    "deal keeps the date of the original agreement; 'term' is the period the deal covers, where the "
    "text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For "
    ".html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). All deal parties are real companies; their deals are retold "
    "from public reports with details partly shifted or simplified; publications, reporters, analysts, "
    "advertisers and quoted people are invented (invented_names.txt). Nothing here is reporting."
)

ALIASES = {
    "OpenAI": ["OpenAI", "OpenAIs", "OpenAI Group PBC"],
    "Anthropic": ["Anthropic", "Anthropics"],
    "Amazon": ["Amazon", "Amazon.com", "AWS", "Amazon Web Services"],
    "Google": ["Google", "Alphabet", "Google Cloud"],
    "Microsoft": ["Microsoft", "Microsofts", "Azure"],
    "Nvidia": ["Nvidia"],
    "SoftBank": ["SoftBank", "SoftBank Group"],
    "xAI": ["xAI"],
    "X": ["X", "Twitter"],
    "SpaceX": ["SpaceX"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "ASML": ["ASML"],
    "Safe Superintelligence": ["Safe Superintelligence", "SSI"],
    "Thinking Machines": ["Thinking Machines", "Thinking Machines Lab"],
    "Perplexity": ["Perplexity"],
    "Cohere": ["Cohere"],
    "Thrive Capital": ["Thrive Capital", "Thrive"],
    "JPMorgan Chase": ["JPMorgan Chase", "JPMorgan"],
    "IVP": ["IVP"],
    "Lightspeed Venture Partners": ["Lightspeed Venture Partners", "Lightspeed"],
    "Oracle": ["Oracle"],
    "MGX": ["MGX"],
    "Mizuho": ["Mizuho"],
    "Greenoaks": ["Greenoaks", "Greenoaks Capital"],
    "Andreessen Horowitz": ["Andreessen Horowitz"],
    "Windsurf": ["Windsurf"],
    "Cognition": ["Cognition"],
    "Iconiq": ["Iconiq"],
    "Radical Ventures": ["Radical Ventures"],
    "Intel": ["Intel"],
    "AMD": ["AMD"],
    "Fluidstack": ["Fluidstack"],
    "Disney": ["Disney"],
    "GIC": ["GIC"],
    "Coatue": ["Coatue"],
    "Meta": ["Meta"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, required, evidence, *,
      amount_max=None, alt=None, per=None, term=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
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


def N(id, parties, kind, date, status, evidence, *, kind_alt=None, note=None, required=False):
    """A mention without an amount (optional by convention)."""
    return D(id, parties, kind, None, None, None, date, status, required, evidence,
             kind_alt=kind_alt, note=note)


B = 1_000_000_000
M = 1_000_000

ARTICLES = {}

ARTICLES["001_amazon_anthropic_tweedside_en.txt"] = {
    "published": "2024-03-28",
    "published_note": "from 'Published 28 March 2024, 07:15 GMT'; dateline 'SEATTLE, March 27'; 'on Wednesday' -> 2024-03-27",
    "language": "en",
    "deals": [
        D("amazon-anthropic-2024-03", ["Amazon", "Anthropic"], "investment", 2.75 * B, "USD", "exact",
          "2024-03-27", "completed", True,
          "SEATTLE, March 27 (Tweedside) - Amazon.com has handed Anthropic another $2.75 billion, the online retailer and cloud provider said on Wednesday, using up the remainder of an option it secured last autumn and becoming the biggest outside shareholder in the San Francisco developer of the Claude chatbot.",
          note="second tranche of the 2023 commitment, reported as its own investment; different from Amazon's $4bn of November 2024 (006)"),
        D("amazon-anthropic-2023", ["Amazon", "Anthropic"], "investment", 4 * B, "USD", "up_to",
          "2023-09", "signed", False,
          "The payment follows an initial $1.25 billion that Amazon put in during September, when the two sides agreed that the retailer could invest up to $4 billion in all.",
          note="background: the 2023 commitment ('the two sides'); the $1.25bn first tranche (a convertible note) is a part of it and a not_deal"),
        D("google-anthropic-2023", ["Google", "Anthropic"], "investment", 2 * B, "USD", "up_to",
          "2023-10", "signed", False,
          "Google agreed in October to put up to $2 billion into the company, half a billion of it at once and the remainder over time.",
          note="background; 'in October' in a March 2024 article -> 2023-10; 'the company' = Anthropic (previous sentence); 'half a billion' is a part"),
    ],
    "not_deals": ["$1.25 billion", "$18.4 billion", "half a billion", "$24.2 billion", "$179.83",
                  "$1.87 trillion", "$100 million"],
}

ARTICLES["002_xai_serieb_kursblick.txt"] = {
    "published": "2024-05-28",
    "published_note": "from the line '28.05.2024 · 08:41 Uhr'; 'am Sonntag' -> 2024-05-26",
    "language": "de",
    "deals": [
        D("xai-series-b-2024", ["xAI"], "investment", 6 * B, "USD", "exact", "2024-05-26", "completed", True,
          "Elon Musks Start-up xAI hat in einer Series-B-Runde sechs Milliarden US-Dollar eingesammelt.",
          note="amount in words; date 'am Sonntag' in the next sentence; no lead investor named, so only xAI; same amount as the Series C (007) but a different deal"),
        D("x-twitter-2022", ["X"], "acquisition", 44 * B, "USD", "approx", "2022", "completed", False,
          "Eng verflochten ist xAI mit X, dem früheren Twitter, das Musk 2022 für rund 44 Milliarden Dollar gekauft hatte: Der Chatbot Grok steht zahlenden X-Abonnenten zur Verfügung.",
          note="background: Musk's 2022 purchase of Twitter (the buyer is a person, so only X is listed)"),
    ],
    "not_deals": ["18 Milliarden Dollar", "24 Milliarden Dollar", "gut 80 Milliarden Dollar",
                  "mehrere Milliarden Dollar", "1.083 Dollar", "179,24 Dollar",
                  "über 200 Milliarden Dollar", "0,99 Euro"],
}

ARTICLES["003_ssi_cairngorm_letter_en.txt"] = {
    "published": "2024-09-12",
    "published_note": "from the issue line 'Issue 23 | Thursday, 12 September 2024'; 'last Wednesday' -> 2024-09-04; 'on Wednesday' (the Bloomberg report) -> 2024-09-11",
    "language": "en",
    "deals": [
        D("ssi-2024", ["Safe Superintelligence"], "investment", 1 * B, "USD", "exact", "2024-09-04", "completed", True,
          "Safe Superintelligence, the company Ilya Sutskever set up in June after leaving OpenAI, said last Wednesday that it had raised $1 billion in cash.",
          note="'last Wednesday' in a Thursday letter = the week before (2024-09-04), not the day before; no lead named"),
        D("openai-round-2024-10", ["OpenAI", "Thrive Capital"], "investment", 6.5 * B, "USD", "approx", "2024", "rumored", True,
          "Bloomberg reported on Wednesday that OpenAI is in talks to raise roughly $6.5 billion from investors at a pre-money valuation of $150 billion, with Thrive Capital expected to lead and several large technology companies circling.",
          alt=[(6.6 * B, "USD"), (6 * B, "EUR")],
          note="the round that closed at $6.6bn on 2024-10-02 (004, 005); rumour dated to the year only so that the shared id's dates agree (the report was 2024-09-11); alt amounts: the closing figure and 005's EUR"),
    ],
    "not_deals": ["around $5bn", "$150 billion", "about $3.4bn", "$2.0 per hour", "$4.50", "$40,000",
                  "$0.60", "£149", "£229"],
}

ARTICLES["004_openai_round_ardnamurchan_en.txt"] = {
    "published": "2024-10-03",
    "published_note": "from 'Oct. 3, 2024 | 10:52 a.m. ET' and the dateline 'SAN FRANCISCO, Oct 3'; 'late on Wednesday' -> 2024-10-02; 'On Thursday' -> 2024-10-03",
    "language": "en",
    "deals": [
        D("openai-round-2024-10", ["OpenAI", "Thrive Capital"], "investment", 6.6 * B, "USD", "exact", "2024-10-02", "completed", True,
          "SAN FRANCISCO, Oct 3 (ANW) - OpenAI has raised $6.6 billion in new equity at a post-money valuation of $157 billion, the ChatGPT maker said late on Wednesday, in one of the largest private financings on record.",
          note="lead Thrive Capital in the next sentence"),
        D("thrive-openai-2024-ticket", ["Thrive Capital", "OpenAI"], "investment", 1.25 * B, "USD", "approx", "2024-10-02", "completed", False,
          "Thrive Capital led the round, putting in about $1.25 billion according to two people who know the terms, and was joined by Microsoft, Nvidia, SoftBank, Khosla Ventures, Altimeter and Abu Dhabi's MGX.",
          note="the lead's own ticket inside the annotated round: optional"),
        D("nvidia-openai-2024", ["Nvidia", "OpenAI"], "investment", 100 * M, "USD", "approx", "2024-10-02", "completed", False,
          "Nvidia's share came to roughly $100 million, one of the people said, while SoftBank contributed around $500 million.",
          note="Nvidia's ticket in the October 2024 round: optional; must stay apart from Nvidia's up-to-$100bn letter of intent of 2025 (014, 016)"),
        D("softbank-openai-2024-ticket", ["SoftBank", "OpenAI"], "investment", 500 * M, "USD", "approx", "2024-10-02", "completed", False,
          "Nvidia's share came to roughly $100 million, one of the people said, while SoftBank contributed around $500 million.",
          note="SoftBank's ticket in the round: optional; different from SoftBank's $1.5bn tender offer (007) and the $40bn round (009)"),
        D("microsoft-openai-2024-ticket", ["Microsoft", "OpenAI"], "investment", 1 * B, "USD", "approx", "2024-10-02", "completed", False,
          "Microsoft, which has backed the lab with about $13 billion since 2019, added a little under $1 billion.",
          note="'a little under $1 billion' -> approx; the $13bn is a cumulative total (not_deal)"),
        D("openai-credit-2024", ["OpenAI", "JPMorgan Chase"], "other", 4 * B, "USD", "exact", "2024-10-03", "signed", True,
          "On Thursday the company followed up with a $4 billion revolving credit facility from a group of banks including JPMorgan Chase, Goldman Sachs, Citi, Wells Fargo, Morgan Stanley, HSBC, Santander, UBS and SMBC.",
          note="revolving credit facility; 'the company' = OpenAI; first-named bank listed; the optional $2bn enlargement is a part (not_deal)"),
    ],
    "not_deals": ["$157 billion", "about $13 billion", "another $2 billion", "more than $10 billion",
                  "about $3.7 billion", "roughly $5 billion", "$11.6 billion", "$416.54", "$20 a month"],
}

ARTICLES["005_openai_milliarden_inntaler.txt"] = {
    "published": "2024-10-04",
    "published_note": "from the line 'Freitag, 4. Oktober 2024'; 'am Mittwochabend' -> 2024-10-02; 'Tags darauf' -> 2024-10-03",
    "language": "de",
    "deals": [
        D("openai-round-2024-10", ["OpenAI", "Thrive Capital"], "investment", 6.6 * B, "USD", "exact", "2024-10-02", "completed", True,
          "Der ChatGPT-Anbieter OpenAI hat sich bei Investoren 6,6 Milliarden Dollar (rund sechs Milliarden Euro) gesichert, wie das Unternehmen am Mittwochabend mitteilte.",
          alt=[(6 * B, "EUR")],
          note="lead Thrive Capital in the next sentence"),
        N("microsoft-openai-2024-ticket", ["Microsoft", "OpenAI"], "investment", "2024-10-02", "completed",
          "Angeführt wurde die Runde vom New Yorker Wagniskapitalgeber Thrive Capital; auch Microsoft, Nvidia und der japanische SoftBank-Konzern sind dabei.",
          note="participation without amount: optional"),
        N("nvidia-openai-2024", ["Nvidia", "OpenAI"], "investment", "2024-10-02", "completed",
          "Angeführt wurde die Runde vom New Yorker Wagniskapitalgeber Thrive Capital; auch Microsoft, Nvidia und der japanische SoftBank-Konzern sind dabei.",
          note="participation without amount: optional"),
        N("softbank-openai-2024-ticket", ["SoftBank", "OpenAI"], "investment", "2024-10-02", "completed",
          "Angeführt wurde die Runde vom New Yorker Wagniskapitalgeber Thrive Capital; auch Microsoft, Nvidia und der japanische SoftBank-Konzern sind dabei.",
          note="participation without amount ('SoftBank-Konzern'): optional"),
        D("openai-credit-2024", ["OpenAI", "JPMorgan Chase"], "other", 4 * B, "USD", "exact", "2024-10-03", "signed", True,
          "Tags darauf legte das Unternehmen nach: Ein Bankenkonsortium um JPMorgan räumt OpenAI eine Kreditlinie über vier Milliarden Dollar ein.",
          note="amount in words; 'Tags darauf' = the day after the Wednesday -> 2024-10-03"),
    ],
    "not_deals": ["157 Milliarden Dollar", "120 Millionen Euro", "knapp 50 Millionen Euro", "1,8 Millionen Euro",
                  "etwa 30 Euro im Monat", "3,7 Milliarden Dollar", "157 Milliarden für eine Firma", "289 Euro"],
}

ARTICLES["006_amazon_anthropic_strathmore_en.txt"] = {
    "published": "2024-11-25",
    "published_note": "from 'Nov 25, 2024 · 7:02 AM ET'; 'on Friday' -> 2024-11-22",
    "language": "en",
    "deals": [
        D("amazon-anthropic-2024-11", ["Amazon", "Anthropic"], "investment", 4 * B, "USD", "exact", "2024-11-22", "signed", True,
          "Amazon (NASDAQ: AMZN) is investing another $4 billion in Anthropic, a move both companies confirmed on Friday, taking the retailer's total commitment to the Claude developer to $8 billion.",
          note="the $8bn is the cumulative total (not_deal); different from the $2.75bn of March 2024 in the next paragraph"),
        D("amazon-anthropic-2024-03", ["Amazon", "Anthropic"], "investment", 2.75 * B, "USD", "exact", "2024-03", "completed", True,
          "It is the second cheque from Seattle this year: in March Amazon paid $2.75 billion to complete its first investment.",
          note="restated; 'in March' -> 2024-03; must stay apart from the $4bn of the first sentence"),
    ],
    "not_deals": ["$8 billion", "about $18 billion", "around $40 billion", "$235", "$1.3 billion", "$27.5 billion",
                  "$15 per million output tokens", "$197.12", "$2.07 trillion", "$141.50", "$215.90"],
}

ARTICLES["007_kapitalrunden_sellrain_brief.txt"] = {
    "published": "2024-12-27",
    "published_note": "from the issue line 'Ausgabe 52/2024 · Freitag, 27. Dezember 2024'; 'am Montag' -> 2024-12-23",
    "language": "de",
    "deals": [
        D("xai-series-c-2024", ["xAI"], "investment", 6 * B, "USD", "exact", "2024-12-23", "completed", True,
          "▸ xAI, die zweite: Elon Musks KI-Firma hat am Montag eine weitere Finanzierungsrunde über sechs Milliarden Dollar abgeschlossen – exakt so viel wie bei der Series B im Mai.",
          note="Series C; same amount as the Series B of May (002), which this sentence restates without repeating the figure"),
        N("xai-series-b-2024", ["xAI"], "investment", "2024-05", "completed",
          "▸ xAI, die zweite: Elon Musks KI-Firma hat am Montag eine weitere Finanzierungsrunde über sechs Milliarden Dollar abgeschlossen – exakt so viel wie bei der Series B im Mai.",
          note="restated by reference ('exakt so viel'): optional; the figure belongs to the Series C"),
        N("nvidia-xai-2024", ["Nvidia", "xAI"], "investment", "2024-12-23", "completed",
          "Neu im Kreis der Geldgeber sind unter anderem die Chipkonzerne Nvidia und AMD sowie BlackRock und die Staatsfonds aus Katar und Oman.",
          note="strategic participant in the Series C without own amount: optional"),
        N("amd-xai-2024", ["AMD", "xAI"], "investment", "2024-12-23", "completed",
          "Neu im Kreis der Geldgeber sind unter anderem die Chipkonzerne Nvidia und AMD sowie BlackRock und die Staatsfonds aus Katar und Oman.",
          note="strategic participant without own amount: optional"),
        D("softbank-openai-tender-2024", ["SoftBank", "OpenAI"], "investment", 1.5 * B, "USD", "up_to", "2024-11", "announced", True,
          "▸ SoftBank kauft Mitarbeiteraktien: Der japanische Konzern will OpenAI-Beschäftigten Anteile im Wert von bis zu 1,5 Milliarden Dollar abkaufen, hieß es Ende November.",
          kind_alt=["other"],
          note="tender offer for employee shares; 'Ende November' -> 2024-11"),
        N("softbank-openai-2024-ticket", ["SoftBank", "OpenAI"], "investment", "2024-10", "completed",
          "Die Japaner waren schon an der Kapitalerhöhung im Oktober beteiligt.",
          note="'Die Japaner' = SoftBank; OpenAI in the previous sentence; no amount: optional"),
        D("perplexity-2024-12", ["Perplexity", "IVP"], "investment", 500 * M, "USD", "exact", "2024-12", "completed", True,
          "▸ Perplexity verdreifacht den Preis: Die Suchmaschine mit KI-Antworten hat Mitte Dezember 500 Millionen Dollar eingeworben, angeführt vom Wagniskapitalgeber IVP.",
          note="'Mitte Dezember' -> 2024-12"),
    ],
    "not_deals": ["rund 50 Milliarden Dollar", "neun Milliarden Dollar", "drei Milliarden im Juni",
                  "200 Dollar im Monat", "2,4 Billionen Dollar", "79 Euro", "149 Euro", "49 Euro"],
}

ARTICLES["008_google_anthropic_stargate_arlberger.txt"] = {
    "published": "2025-01-23",
    "published_note": "from the line 'Donnerstag, 23. Januar 2025'; 'am Mittwoch' -> 2025-01-22; 'am Dienstag' -> 2025-01-21",
    "language": "de",
    "deals": [
        D("google-anthropic-2025-01", ["Google", "Anthropic"], "investment", 1 * B, "USD", "at_least", "2025-01-22", "rumored", True,
          "Google will nach Informationen der „Financial Times“ über eine Milliarde Dollar zusätzlich bei Anthropic einschießen.",
          note="newspaper report, unconfirmed 'am Mittwoch' (two sentences later); 'über' -> at_least; different from Google's 2023 commitment in the next sentence and from the 2025 TPU contract (017)"),
        D("google-anthropic-2023", ["Google", "Anthropic"], "investment", 2 * B, "USD", "up_to", "2023", "signed", False,
          "Der Suchmaschinenkonzern hatte bereits 2023 zugesagt, bis zu zwei Milliarden Dollar zu investieren, und hält rund 14 Prozent an dem Entwickler des Chatbots Claude.",
          note="background restatement ('Der Suchmaschinenkonzern' = Google)"),
        D("anthropic-series-e-2025", ["Anthropic", "Lightspeed Venture Partners"], "investment", 2 * B, "USD", "approx", "2025", "rumored", True,
          "Parallel verhandelt Anthropic früheren Medienberichten zufolge über eine Finanzierungsrunde von etwa zwei Milliarden Dollar unter Führung von Lightspeed Venture Partners, die das Start-up mit rund 60 Milliarden Dollar bewerten würde.",
          alt=[(3.5 * B, "USD")],
          note="the talks that closed in March 2025 as the $3.5bn Series E (012): alt amount; rumour dated to the year only"),
        D("stargate-2025", ["OpenAI", "SoftBank", "Oracle", "MGX"], "joint_venture", 500 * B, "USD", "up_to", "2025-01-21", "announced", True,
          "Unter dem Namen Stargate wollen OpenAI, SoftBank, der Softwarekonzern Oracle und der Investor MGX aus Abu Dhabi zunächst 100 Milliarden Dollar und bis 2029 insgesamt bis zu 500 Milliarden Dollar in Serverparks quer durch die USA stecken.",
          alt=[(100 * B, "USD")], term=["2025", "2029"], kind_alt=["project", "capex_plan"],
          note="presented 'am Dienstag' (previous sentence); the initial $100bn is an alt amount of the same plan"),
        D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01", "planned", True,
          "Auch Microsoft rüstet auf: Der Konzern hatte Anfang Januar angekündigt, bis Ende Juni, so lange läuft sein Geschäftsjahr, etwa 80 Milliarden Dollar in den Ausbau seiner KI-Rechenzentren zu stecken.",
          term=[None, "2025-06"],
          note="capital-spending plan for the fiscal year to June 2025; 'Anfang Januar' -> 2025-01"),
    ],
    "not_deals": ["rund 60 Milliarden Dollar", "875 Millionen Dollar", "9.700 Yen", "rund 30 Milliarden Dollar",
                  "1.200 Euro"],
}

ARTICLES["009_openai_softbank_ppa.txt"] = {
    "published": "2025-04-01",
    "published_note": "from '01.04.2025 – 06:12'; 'am Montagabend' -> 2025-03-31; 'am Freitagabend' -> 2025-03-28",
    "language": "de",
    "deals": [
        D("openai-softbank-2025", ["OpenAI", "SoftBank"], "investment", 40 * B, "USD", "exact", "2025-03-31", "signed", True,
          "San Francisco/Tokio (ppa) – Der ChatGPT-Entwickler OpenAI erhält in einer neuen Finanzierungsrunde 40 Milliarden Dollar, umgerechnet rund 37 Milliarden Euro.",
          alt=[(37 * B, "EUR")],
          note="'am Montagabend' in the next sentence; lead SoftBank in the sentence after; paid in tranches (the 'Zehn Milliarden Dollar' first tranche is a part, not_deal)"),
        D("softbank-openai-2025-ticket", ["SoftBank", "OpenAI"], "investment", 30 * B, "USD", "exact", "2025-03-31", "signed", False,
          "Federführend ist der japanische Technologieinvestor SoftBank, der allein 30 Milliarden Dollar (rund 4,5 Billionen Yen) beisteuern soll; den Rest teilen sich unter anderem Coatue, Altimeter und Thrive.",
          alt=[(4.5e12, "JPY")],
          note="the lead's ticket inside the annotated $40bn round: optional"),
        D("softbank-mizuho-bridge-2025", ["SoftBank", "Mizuho"], "other", 15 * B, "USD", "exact", "2025-03", "signed", True,
          "Für seinen Anteil hat sich der Konzern aus Tokio nach Bloomberg-Informationen einen Überbrückungskredit über 15 Milliarden Dollar bei Mizuho und weiteren Banken gesichert, der Mitte März unterzeichnet worden sein soll.",
          note="bridge loan; 'der Konzern aus Tokio' = SoftBank; reported by a news agency ('soll'); 'Mitte März' -> 2025-03"),
        D("stargate-2025", ["OpenAI", "SoftBank", "Oracle", "MGX"], "joint_venture", 500 * B, "USD", "up_to", "2025-01", "announced", True,
          "Ein Teil der Mittel dürfte in das Rechenzentrumsprojekt Stargate fließen, für das SoftBank, OpenAI, Oracle und MGX im Januar ein Volumen von bis zu 500 Milliarden Dollar binnen vier Jahren genannt hatten.",
          kind_alt=["project", "capex_plan"], term=["2025", "2029"],
          note="restated; 'im Januar' -> 2025-01"),
        D("xai-x-merger-2025", ["xAI", "X"], "acquisition", 33 * B, "USD", "exact", "2025-03-28", "signed", True,
          "X wird dabei mit 33 Milliarden Dollar angesetzt, xAI mit 80 Milliarden Dollar.",
          note="all-share takeover announced 'am Freitagabend' (previous sentence); the price is the value put on X; xAI's $80bn is a valuation and X's $12bn debt already deducted (not_deals)"),
    ],
    "not_deals": ["300 Milliarden Dollar", "Zehn Milliarden Dollar", "12,7 Milliarden Dollar", "80 Milliarden Dollar",
                  "zwölf Milliarden Dollar", "7.410 Yen"],
}

ARTICLES["010_ssi_thinking_machines_glenaray_en.txt"] = {
    "published": "2025-04-14",
    "published_note": "from the byline 'Posted 14 April 2025'; 'This weekend' and 'Earlier in the week' -> 2025-04; 'last September' -> 2024-09",
    "language": "en",
    "deals": [
        D("ssi-2024", ["Safe Superintelligence"], "investment", 1 * B, "USD", "exact", "2024-09", "completed", True,
          "When Safe Superintelligence raised its first $1 billion last September, the valuation whispered around Sand Hill Road was about $5 billion.",
          note="restated; must stay apart from the $2bn round in the next sentence"),
        D("ssi-2025", ["Safe Superintelligence", "Greenoaks"], "investment", 2 * B, "USD", "exact", "2025-04", "completed", True,
          "This weekend it emerged that Ilya Sutskever's lab has taken in another $2 billion, this time at $32 billion.",
          note="'Ilya Sutskever's lab' = Safe Superintelligence; lead Greenoaks in the next sentence; 'This weekend' (12-13 April) -> month"),
        D("greenoaks-ssi-2025-ticket", ["Greenoaks", "Safe Superintelligence"], "investment", 500 * M, "USD", "approx", "2025-04", "completed", False,
          "Greenoaks Capital led with a cheque of roughly $500 million, and Alphabet and Nvidia are among the new backers, say people who have looked at the cap table.",
          note="the lead's ticket inside the annotated round: optional; SSI from the previous sentence"),
        N("google-ssi-2025", ["Google", "Safe Superintelligence"], "investment", "2025-04", "completed",
          "Greenoaks Capital led with a cheque of roughly $500 million, and Alphabet and Nvidia are among the new backers, say people who have looked at the cap table.",
          note="strategic participant without own amount: optional"),
        N("nvidia-ssi-2025", ["Nvidia", "Safe Superintelligence"], "investment", "2025-04", "completed",
          "Greenoaks Capital led with a cheque of roughly $500 million, and Alphabet and Nvidia are among the new backers, say people who have looked at the cap table.",
          note="strategic participant without own amount: optional"),
        N("google-ssi-tpu-2025", ["Google", "Safe Superintelligence"], "cloud_contract", "2025-04", "signed",
          "Earlier in the week Google Cloud said SSI would run most of its research on Google's tensor processing units.",
          note="no price given: optional; different from Alphabet's stake"),
        D("tml-seed-2025", ["Thinking Machines", "Andreessen Horowitz"], "investment", 2 * B, "USD", "approx", "2025", "rumored", True,
          "Meanwhile Mira Murati, OpenAI's former technology chief, is reportedly trying to raise around $2 billion for Thinking Machines Lab at a valuation of at least $10 billion, with Andreessen Horowitz tipped to lead.",
          note="the seed round that closed in July 2025 (011); rumour dated to the year only"),
    ],
    "not_deals": ["$27 billion", "about $5 billion", "$32 billion", "at least $10 billion", "between $1bn and $3bn",
                  "$2m a year", "$2bn cheque", "$7 a month", "$70 for the year", "$32bn"],
}

ARTICLES["011_murati_windsurf_oetzwerk.html"] = {
    "published": "2025-07-16",
    "published_note": "only from <meta property='article:published_time'> and JSON-LD datePublished (no visible date); 'am Dienstag' -> 2025-07-15, 'am Freitag' -> 2025-07-11, 'am Montag' -> 2025-07-14",
    "language": "de",
    "deals": [
        D("tml-seed-2025", ["Thinking Machines", "Andreessen Horowitz"], "investment", 2 * B, "USD", "exact", "2025-07-15", "completed", True,
          "Thinking Machines Lab, das Start-up der früheren OpenAI-Technikchefin Mira Murati, hat eine Seed-Finanzierung über zwei Milliarden Dollar abgeschlossen.",
          note="amount in words; lead in the next sentence; confirmed 'am Dienstag' (sentence after)"),
        N("nvidia-tml-2025", ["Nvidia", "Thinking Machines"], "investment", "2025-07-15", "completed",
          "Angeführt wurde die Runde von Andreessen Horowitz, beteiligt sind unter anderem Nvidia, Accel und Jane Street.",
          note="strategic participant without own amount: optional"),
        D("openai-windsurf-2025", ["OpenAI", "Windsurf"], "acquisition", 3 * B, "USD", "approx", "2025", "cancelled", True,
          "Die im Frühjahr vereinbarte Übernahme des Programmierwerkzeugs Windsurf für rund drei Milliarden Dollar ist geplatzt.",
          note="OpenAI from the previous sentence; collapsed takeover keeps the date of the agreement ('im Frühjahr' -> 2025)"),
        D("google-windsurf-2025", ["Google", "Windsurf"], "other", 2.4 * B, "USD", "exact", "2025-07-11", "signed", True,
          "Stattdessen zahlt Google 2,4 Milliarden Dollar für eine nicht-exklusive Lizenz an der Technik und holt Firmenchef Varun Mohan samt einigen Entwicklern zu Google DeepMind, wie der Konzern am Freitag mitteilte.",
          kind_alt=["partnership", "acquisition"],
          note="licence fee plus hiring; Windsurf from the previous sentence"),
        N("cognition-windsurf-2025", ["Cognition", "Windsurf"], "acquisition", "2025-07-14", "signed",
          "Den verbliebenen Rest von Windsurf schluckte am Montag der Konkurrent Cognition; einen Preis nannten die Beteiligten nicht.",
          note="price undisclosed: optional"),
        D("oracle-openai-2025-07", ["Oracle", "OpenAI"], "cloud_contract", 30 * B, "USD", "at_least", "2025-07", "signed", True,
          "Oracle hatte Anfang Juli einen Cloud-Auftrag gemeldet, der dem Konzern von 2027/28 an jährlich über 30 Milliarden Dollar Umsatz bringen soll; Kunde ist Medienberichten zufolge OpenAI.",
          per="year", term=["2027", None],
          note="a rate ('jährlich über'); the customer named only from media reports"),
    ],
    "not_deals": ["zwölf Milliarden Dollar", "über 100 Millionen Dollar", "40 Millionen Euro", "40.000 Euro", "2.490 Euro"],
}

ARTICLES["012_anthropic_seriesf_kintyre_en.txt"] = {
    "published": "2025-09-03",
    "published_note": "from the date line 'Business | Wednesday 3 September 2025'; 'on Tuesday' -> 2025-09-02; 'Six months ago' -> 2025-03; 'last month' -> 2025-08",
    "language": "en",
    "deals": [
        D("anthropic-series-f-2025", ["Anthropic", "Iconiq"], "investment", 13 * B, "USD", "exact", "2025-09-02", "completed", True,
          "Anthropic, the US developer of the Claude chatbot, has raised $13 billion (about £9.7 billion) in a Series F round that values it at $183 billion after the new money, the company said on Tuesday.",
          alt=[(9.7 * B, "GBP"), (11 * B, "EUR")],
          note="lead Iconiq in the next sentence; 013 gives 'rund elf Milliarden Euro'"),
        D("anthropic-series-e-2025", ["Anthropic", "Lightspeed Venture Partners"], "investment", 3.5 * B, "USD", "exact", "2025-03", "completed", True,
          "Six months ago the San Francisco company raised $3.5 billion at $61.5 billion.",
          note="'the San Francisco company' = Anthropic; Lightspeed named in the paragraph before (as co-lead of the Series F); must stay apart from the Series F"),
        D("cohere-2025-08", ["Cohere", "Radical Ventures"], "investment", 500 * M, "USD", "exact", "2025-08", "completed", True,
          "Closer to home in spirit is the Canadian challenger Cohere, which last month raised $500 million (roughly C$690 million) at a $6.8 billion valuation in a round led by Radical Ventures and Inovia Capital.",
          alt=[(690 * M, "CAD")],
          note="'last month' -> 2025-08; the C$240m from Ottawa is public money (not_deal)"),
    ],
    "not_deals": ["$183bn", "$183 billion", "$61.5 billion", "about $1 billion", "above $5 billion",
                  "over half a billion dollars a year", "£2 billion over five years", "£11 million", "$6.8 billion",
                  "up to C$240 million", "£1.80", "£6.99 a month"],
}

ARTICLES["013_asml_mistral_soelder.txt"] = {
    "published": "2025-09-11",
    "published_note": "from 'Donnerstag, 11.09.2025, 14:05'; 'am Dienstag' -> 2025-09-09; 'vergangene Woche' -> 2025-09; 'im Juni' -> 2025-06",
    "language": "de",
    "deals": [
        D("asml-mistral-2025", ["ASML", "Mistral AI"], "investment", 1.3 * B, "EUR", "exact", "2025-09-09", "signed", True,
          "Wie beide Unternehmen am Dienstag in einer gemeinsamen Mitteilung bekanntgaben, beteiligt sich ASML mit 1,3 Milliarden Euro an einer Series-C-Runde, die insgesamt 1,7 Milliarden Euro umfasst.",
          note="ASML's ticket is the required deal; the round total is optional (next entry)"),
        D("mistral-series-c-2025", ["Mistral AI", "ASML"], "investment", 1.7 * B, "EUR", "exact", "2025-09-09", "completed", False,
          "Wie beide Unternehmen am Dienstag in einer gemeinsamen Mitteilung bekanntgaben, beteiligt sich ASML mit 1,3 Milliarden Euro an einer Series-C-Runde, die insgesamt 1,7 Milliarden Euro umfasst.",
          note="round total including ASML's €1.3bn: optional"),
        D("anthropic-series-f-2025", ["Anthropic", "Iconiq"], "investment", 13 * B, "USD", "exact", "2025-09", "completed", True,
          "Der amerikanische Wettbewerber Anthropic hatte erst vergangene Woche in einer von Iconiq angeführten Runde 13 Milliarden Dollar, rund elf Milliarden Euro, eingesammelt.",
          alt=[(11 * B, "EUR")],
          note="restated; 'vergangene Woche' -> 2025-09"),
        N("nvidia-mistral-2025", ["Mistral AI", "Nvidia"], "partnership", "2025-06", "announced",
          "Mistral-Chef Arthur Mensch hatte im Juni angekündigt, gemeinsam mit Nvidia eine eigene Rechenplattform im Großraum Paris aufzubauen.",
          note="no amount: optional"),
    ],
    "not_deals": ["11,7 Milliarden Euro", "687 Euro", "1,5 Milliarden Dollar", "3.000 Dollar pro Werk", "200 Milliarden Euro"],
}

ARTICLES["014_nvidia_openai_zillertaler.txt"] = {
    "published": "2025-09-24",
    "published_note": "from '24.09.2025 | 07:31 Uhr'; 'am Montag' -> 2025-09-22; 'vergangene Woche' -> 2025-09",
    "language": "de",
    "deals": [
        D("nvidia-openai-loi-2025", ["Nvidia", "OpenAI"], "investment", 100 * B, "USD", "up_to", "2025-09-22", "announced", True,
          "Im Gegenzug will sich Nvidia schrittweise mit insgesamt bis zu 100 Milliarden Dollar an OpenAI beteiligen – jeweils dann, wenn ein weiteres Gigawatt in Betrieb geht.",
          kind_alt=["supply", "partnership"],
          note="letter of intent signed 'am Montag' (previous sentence) together with OpenAI's 10 GW of Nvidia systems; the first tranche of $10bn is a part (not_deal)"),
        D("nvidia-openai-2024", ["Nvidia", "OpenAI"], "investment", 100 * M, "USD", "approx", "2024-10", "completed", False,
          "Es ist nicht das erste Engagement: Schon an der Kapitalrunde von OpenAI im Oktober 2024 war Nvidia mit rund 100 Millionen Dollar beteiligt – ein Tausendstel der neuen Summe.",
          note="Nvidia's ticket in the 2024 round (optional as in 004); must stay apart from the $100bn letter of intent"),
        D("nvidia-intel-2025", ["Nvidia", "Intel"], "investment", 5 * B, "USD", "exact", "2025-09", "signed", True,
          "Erst vergangene Woche hatte der Konzern zudem angekündigt, für fünf Milliarden Dollar Aktien des Konkurrenten Intel zu erwerben, zum Preis von 23,28 Dollar je Anteilsschein.",
          note="'der Konzern' = Nvidia; the per-share price is a not_deal"),
    ],
    "not_deals": ["zehn Milliarden Dollar", "183,61 Dollar", "rund 4,5 Billionen Dollar", "23,28 Dollar",
                  "500 bis 600 Milliarden Dollar", "von 210 auf 225 Dollar", "206 Mrd. Dollar", "25 Euro monatlich"],
}

ARTICLES["015_ai_money_ticker_firth_live_en.txt"] = {
    "published": "2025-10-03",
    "published_note": "from 'Friday 3 October 2025 · Last updated 17:48 BST'; 'Confirmed overnight' -> 2025-10-02; 'last week', 'two weeks ago', 'in early September' -> 2025-09",
    "language": "en",
    "deals": [
        D("perplexity-2025-09", ["Perplexity"], "investment", 200 * M, "USD", "exact", "2025-09", "completed", True,
          "16:05 A quick recap on Perplexity, because several of you asked: the answer-engine start-up raised $200 million in early September at a $20 billion valuation, barely two months after a round at $18 billion.",
          note="no lead named; the July round is mentioned only through its valuation"),
        D("perplexity-chrome-bid-2025", ["Perplexity", "Google"], "acquisition", 34.5 * B, "USD", "exact", "2025-08", "announced", True,
          "Its August offer of $34.5 billion in cash for Google's Chrome browser has, as far as we know, never been answered.",
          note="unsolicited offer for Chrome; 'Its' = Perplexity; unanswered, not withdrawn"),
        D("xai-raise-denied-2025", ["xAI"], "investment", 10 * B, "USD", "exact", "2025-09", "rumored", False,
          "Remember the report two weeks ago that xAI was raising $10 billion at a $200 billion valuation?",
          note="rumour denied by Musk (next sentence): optional"),
        D("cohere-2025-09", ["Cohere"], "investment", 100 * M, "USD", "exact", "2025-09", "completed", True,
          "12:10 Cohere, the Toronto model maker, has added another $100 million to its August round, at a $7 billion valuation, it said last week.",
          note="extension; different from the $500m August round in the next sentence"),
        D("cohere-2025-08", ["Cohere", "Radical Ventures"], "investment", 500 * M, "USD", "exact", "2025-08", "completed", True,
          "The August money - $500 million led by Radical Ventures - was already its biggest raise.",
          note="restated; Cohere from the previous sentence"),
        D("openai-secondary-2025", ["OpenAI"], "investment", 6.6 * B, "USD", "approx", "2025-10-02", "completed", True,
          "09:02 Confirmed overnight: OpenAI has completed a sale of about $6.6 billion of shares held by current and former staff, at a valuation of $500 billion.",
          alt=[(10.3 * B, "USD")], kind_alt=["other"],
          note="secondary sale of employee shares (buyers in the next sentence, no lead); the authorised ceiling of $10.3bn is an alt amount; same amount as the October 2024 round but a different deal"),
    ],
    "not_deals": ["$500bn", "$20 billion valuation", "$18 billion", "roughly $1.5 billion", "$200 billion valuation",
                  "$7 billion valuation", "near $150 million", "valuation of $500 billion", "roughly $400 billion",
                  "$250,000"],
}

ARTICLES["016_openai_aws_torridon_en.html"] = {
    "published": "2025-11-04",
    "published_note": "from the visible byline 'Tue 4 Nov 2025', <meta name='pubdate'> and JSON-LD; 'on Monday' -> 2025-11-03; 'last Tuesday' -> 2025-10-28; 'last week' -> 2025-10",
    "language": "en",
    "deals": [
        D("aws-openai-2025", ["Amazon", "OpenAI"], "cloud_contract", 38 * B, "USD", "exact", "2025-11-03", "signed", True,
          "OpenAI will pay Amazon Web Services $38 billion over seven years for computing capacity, according to an announcement from both companies on Monday, so the ChatGPT developer can train and serve its models on Nvidia GB200 and GB300 processors, numbering in the hundreds of thousands, inside Amazon's server halls.",
          term=["2025-11", "2032"],
          note="seven-year term"),
        D("microsoft-openai-azure-2025", ["OpenAI", "Microsoft"], "cloud_contract", 250 * B, "USD", "exact", "2025-10-28", "signed", True,
          "In exchange OpenAI committed to an incremental $250 billion of Azure purchases, while Microsoft ended up with roughly 27 per cent of the new OpenAI Group PBC, a holding valued at about $135 billion.",
          note="part of the restructuring completed 'last Tuesday' (previous sentence); the $135bn stake value is a not_deal"),
        D("amazon-capex-2025", ["Amazon"], "capex_plan", 125 * B, "USD", "approx", "2025-10", "planned", True,
          "The company told investors last week that capital spending would reach about $125 billion this year and rise again in 2026.",
          term=["2025", "2025"],
          note="'The company' = Amazon; capital-spending plan for 2025"),
        D("amazon-anthropic-2024-11", ["Amazon", "Anthropic"], "investment", 4 * B, "USD", "exact", "2024", "signed", True,
          "It has invested $8 billion in Anthropic, including $4 billion announced a year ago, and built Project Rainier, a cluster of some 500,000 Trainium2 chips, largely for that company.",
          note="restated; 'It' = Amazon; 'a year ago' -> 2024; the $8bn is cumulative (not_deal)"),
        D("nvidia-openai-loi-2025", ["Nvidia", "OpenAI"], "investment", 100 * B, "USD", "exact", None, "announced", False,
          "Nvidia's $100bn OpenAI pledge: what we know so far",
          kind_alt=["supply", "partnership"],
          note="related-link headline: background, optional; undated here"),
    ],
    "not_deals": ["about $135 billion", "about $254", "$33 billion", "$8 billion", "roughly $1.4 trillion",
                  "around $13 billion", "$55bn"],
}

ARTICLES["017_anthropic_microsoft_nvidia_karwendel.txt"] = {
    "published": "2025-11-20",
    "published_note": "from the line 'Donnerstag, 20. November 2025'; 'Seit Dienstag' -> 2025-11-18; 'vergangene Woche' -> 2025-11",
    "language": "de",
    "deals": [
        D("microsoft-anthropic-2025", ["Microsoft", "Anthropic"], "investment", 5 * B, "USD", "up_to", "2025-11-18", "signed", True,
          "Der Softwarekonzern aus Redmond will bis zu fünf Milliarden Dollar, umgerechnet etwa 4,3 Milliarden Euro, in den Claude-Entwickler stecken, der Chiphersteller sogar bis zu zehn Milliarden Dollar.",
          alt=[(4.3 * B, "EUR")],
          note="'Der Softwarekonzern aus Redmond' = Microsoft, 'den Claude-Entwickler' = Anthropic; date from 'Seit Dienstag' (previous sentence); different from Anthropic's Azure commitment"),
        D("nvidia-anthropic-2025", ["Nvidia", "Anthropic"], "investment", 10 * B, "USD", "up_to", "2025-11-18", "signed", True,
          "Der Softwarekonzern aus Redmond will bis zu fünf Milliarden Dollar, umgerechnet etwa 4,3 Milliarden Euro, in den Claude-Entwickler stecken, der Chiphersteller sogar bis zu zehn Milliarden Dollar.",
          note="'der Chiphersteller' = Nvidia (elliptical clause)"),
        D("anthropic-azure-2025", ["Anthropic", "Microsoft"], "cloud_contract", 30 * B, "USD", "exact", "2025-11-18", "signed", True,
          "Im Gegenzug verpflichtet sich Anthropic, Rechenkapazität in Microsofts Azure-Cloud im Wert von 30 Milliarden Dollar abzunehmen; dazu kommt bis zu ein Gigawatt an Nvidia-Systemen.",
          note="must stay apart from Microsoft's investment in the previous sentence"),
        D("google-anthropic-2025-01", ["Google", "Anthropic"], "investment", 1 * B, "USD", "approx", "2025-01", "completed", True,
          "Google, das im Januar eine weitere Milliarde Dollar nachgeschossen hatte, vereinbarte im Oktober die Lieferung von bis zu einer Million hauseigener TPU-Chips; der Auftrag soll sich auf einen zweistelligen Milliardenbetrag in Dollar belaufen.",
          note="restated in a relative clause; different from the TPU contract in the same sentence"),
        N("google-anthropic-tpu-2025", ["Google", "Anthropic"], "cloud_contract", "2025-10", "signed",
          "Google, das im Januar eine weitere Milliarde Dollar nachgeschossen hatte, vereinbarte im Oktober die Lieferung von bis zu einer Million hauseigener TPU-Chips; der Auftrag soll sich auf einen zweistelligen Milliardenbetrag in Dollar belaufen.",
          kind_alt=["supply"],
          note="value only as 'einen zweistelligen Milliardenbetrag' (no figure): optional"),
        D("anthropic-fluidstack-2025", ["Anthropic", "Fluidstack"], "project", 43 * B, "EUR", "approx", "2025-11", "announced", True,
          "Und vergangene Woche kündigte Anthropic an, gemeinsam mit dem britischen Cloudanbieter Fluidstack umgerechnet rund 43 Milliarden Euro in den Bau eigener Serverfarmen zu investieren, zunächst in Texas und New York.",
          alt=[(50 * B, "USD")], kind_alt=["capex_plan", "partnership"],
          note="given only in EUR ('umgerechnet'); the announced figure was $50bn (alt amount)"),
    ],
    "not_deals": ["rund 350 Milliarden Dollar", "183 Milliarden", "rund 95 Euro je Megawattstunde",
                  "bis zu 150.000 Euro je Projekt", "4,90 Euro im Monat"],
}

ARTICLES["018_amazon_openai_talks_solway_en.html"] = {
    "published": "2025-12-18",
    "published_note": "from the visible <time datetime='2025-12-18'>Thursday, December 18, 2025</time> and JSON-LD; 'on Tuesday' -> 2025-12-16; 'last week' -> 2025-12; 'last month' -> 2025-11",
    "language": "en",
    "deals": [
        D("amazon-openai-talks-2025", ["Amazon", "OpenAI"], "investment", 10 * B, "USD", "at_least", "2025-12-16", "negotiating", True,
          "Amazon is in early discussions about putting upwards of $10 billion into OpenAI, according to people familiar with the discussions, a move that would make the online retailer a shareholder in the company that only last month agreed to spend $38 billion on Amazon Web Services.",
          note="talks from sources, first reported 'on Tuesday' (two sentences later); must stay apart from the $38bn AWS contract in the same sentence"),
        D("aws-openai-2025", ["Amazon", "OpenAI"], "cloud_contract", 38 * B, "USD", "exact", "2025-11", "signed", True,
          "Amazon is in early discussions about putting upwards of $10 billion into OpenAI, according to people familiar with the discussions, a move that would make the online retailer a shareholder in the company that only last month agreed to spend $38 billion on Amazon Web Services.",
          note="restated in a relative clause ('the company' = OpenAI); 'last month' -> 2025-11"),
        D("openai-megaround-talks-2025", ["OpenAI"], "investment", 100 * B, "USD", "up_to", "2025-12", "rumored", True,
          "OpenAI has sounded out investors about raising up to $100 billion at a valuation of as much as $830 billion, one person said.",
          note="sourced rumour; same amount as Nvidia's letter of intent but a different deal"),
        D("disney-openai-2025", ["Disney", "OpenAI"], "investment", 1 * B, "USD", "exact", "2025-12", "signed", True,
          "The entertainment group agreed to invest $1 billion in OpenAI and to license more than 200 of its characters for the Sora video app under a three-year agreement, receiving warrants for additional equity.",
          kind_alt=["partnership"],
          note="'The entertainment group' = Disney (previous sentence, 'last week' -> 2025-12)"),
        D("openai-softbank-2025", ["OpenAI", "SoftBank"], "investment", 40 * B, "USD", "exact", "2025-03", "signed", True,
          "SoftBank, meanwhile, is expected to wire the remaining $22.5 billion under its $40 billion pledge from March before year-end, now that OpenAI has converted into a public benefit corporation.",
          note="restated; the final $22.5bn tranche is a part (not_deal)"),
    ],
    "not_deals": ["more than $500 billion", "$830 billion", "$22.5 billion", "$20 billion", "$207 billion",
                  "£24.99 a month"],
}

ARTICLES["019_interview_bewertungen_hochjoch.txt"] = {
    "published": None,
    "published_note": "no date at all (only 'Lesezeit: 6 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        D("tml-seed-2025", ["Thinking Machines", "Andreessen Horowitz"], "investment", 2 * B, "USD", "exact", None, "completed", True,
          "Hochjoch: Frau Tschurtschenthaler, Thinking Machines hat von Andreessen Horowitz und anderen zwei Milliarden Dollar bekommen, ohne ein Produkt zu haben.",
          note="restated in a question; amount in words"),
        D("ssi-2025", ["Safe Superintelligence", "Greenoaks"], "investment", 2 * B, "USD", "exact", None, "completed", True,
          "Hochjoch: Safe Superintelligence holte sich in der letzten Runde, angeführt von Greenoaks, zwei Milliarden Dollar, bei einer Bewertung von 32 Milliarden.",
          note="restated; '32 Milliarden' is the valuation"),
        D("asml-mistral-2025", ["ASML", "Mistral AI"], "investment", 1.3 * B, "EUR", "exact", None, "completed", True,
          "Dass ASML 1,3 Milliarden Euro hineingesteckt hat, war das wichtigste Signal seit Jahren.",
          note="Mistral in the interviewer's line before ('Europa hat Mistral.')"),
        D("xai-series-e-2026", ["xAI"], "investment", 20 * B, "USD", "exact", None, "completed", True,
          "Aber halten Sie das gegen die 20 Milliarden Dollar, die xAI in seiner Series E eingesammelt hat.",
          note="the January 2026 round (020); undated here"),
    ],
    "not_deals": ["zwölf Milliarden Dollar", "32 Milliarden", "180 Millionen Euro", "zwischen zwei und acht Millionen Euro",
                  "180.000 Euro im Jahr", "mehr als 100 Millionen Dollar", "zwei Dollar", "96 Euro"],
}

ARTICLES["020_lab_money_scorecard_morven_en.txt"] = {
    "published": "2026-11-19",
    "published_note": "from the issue line 'No. 96 - Thursday 19 November 2026'; 'on 6 January' -> 2026-01-06; 'in early February', 'in February', 'In their February results' -> 2026-02",
    "language": "en",
    "deals": [
        D("xai-series-e-2026", ["xAI"], "investment", 20 * B, "USD", "exact", "2026-01-06", "completed", True,
          "- xAI opened the year with a $20 billion Series E, announced on 6 January and upsized from a $15 billion target, with Nvidia among the strategic investors.",
          note="the $15bn target is a not_deal"),
        N("nvidia-xai-2026", ["Nvidia", "xAI"], "investment", "2026-01-06", "completed",
          "- xAI opened the year with a $20 billion Series E, announced on 6 January and upsized from a $15 billion target, with Nvidia among the strategic investors.",
          note="strategic participant without own amount: optional"),
        D("xai-series-c-2024", ["xAI"], "investment", 6 * B, "USD", "exact", "2024-12", "completed", True,
          "It came barely a year after the $6 billion Series C of December 2024, and three months after a separate $20 billion vehicle, set up in October 2025, began buying Nvidia processors to lease to xAI's Colossus 2 site.",
          note="restated; 'It' = the Series E; must stay apart from it"),
        D("xai-nvidia-chip-vehicle-2025", ["xAI", "Nvidia"], "other", 20 * B, "USD", "exact", "2025-10", "signed", True,
          "It came barely a year after the $6 billion Series C of December 2024, and three months after a separate $20 billion vehicle, set up in October 2025, began buying Nvidia processors to lease to xAI's Colossus 2 site.",
          kind_alt=["supply"],
          note="special-purpose vehicle that buys Nvidia chips and leases them to xAI (a lease/supply arrangement); same amount and party as the Series E but a different deal"),
        D("spacex-xai-2026", ["SpaceX", "xAI"], "acquisition", 250 * B, "USD", "approx", "2026-02", "completed", True,
          "- The company did not stay independent for long: in early February SpaceX folded xAI into itself in an all-share merger that put a value of about $250 billion on the AI business.",
          note="the price is the value put on xAI in the all-share merger (as with X in 009)"),
        D("anthropic-2026-02", ["Anthropic", "GIC", "Coatue"], "investment", 30 * B, "USD", "exact", "2026-02", "completed", True,
          "- Anthropic followed in February with $30 billion at a $380 billion post-money valuation, led by GIC and Coatue.",
          note="two leads"),
        D("alphabet-capex-2026", ["Google"], "capex_plan", 175 * B, "USD", "range", "2026-02", "planned", True,
          "In their February results the big three set out capital spending for 2026 that would have sounded absurd two years ago: Alphabet guided to $175 billion to $185 billion, Amazon to about $200 billion and Meta to between $115 billion and $135 billion.",
          amount_max=185 * B, term=["2026", "2026"],
          note="three capital-spending plans in one sentence"),
        D("amazon-capex-2026", ["Amazon"], "capex_plan", 200 * B, "USD", "approx", "2026-02", "planned", True,
          "In their February results the big three set out capital spending for 2026 that would have sounded absurd two years ago: Alphabet guided to $175 billion to $185 billion, Amazon to about $200 billion and Meta to between $115 billion and $135 billion.",
          term=["2026", "2026"],
          note="elliptical ('Amazon to about $200 billion'); different from Amazon's 2025 plan (016)"),
        D("meta-capex-2026", ["Meta"], "capex_plan", 115 * B, "USD", "range", "2026-02", "planned", True,
          "In their February results the big three set out capital spending for 2026 that would have sounded absurd two years ago: Alphabet guided to $175 billion to $185 billion, Amazon to about $200 billion and Meta to between $115 billion and $135 billion.",
          amount_max=135 * B, term=["2026", "2026"]),
    ],
    "not_deals": ["$15 billion target", "$380 billion", "around $14 billion", "roughly $260 billion", "£50",
                  "£390 a month"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    for a in ARTICLES.values():
        for d in a["deals"]:
            for k in ("amount", "amount_max"):
                if isinstance(d.get(k), float) and d[k].is_integer():
                    d[k] = int(d[k])
            for alt in d.get("alt_amounts", []):
                if isinstance(alt["amount"], float) and alt["amount"].is_integer():
                    alt["amount"] = int(alt["amount"])
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (HERE / "gold.json").write_text(text, encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
