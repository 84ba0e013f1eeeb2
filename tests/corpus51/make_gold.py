#!/usr/bin/env python3
"""Write gold.json for tests/corpus51 (the hand annotation, kept as a script).

Usage: python3 tests/corpus51/make_gold.py
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the fifty-first, held-out test corpus (tests/corpus51/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: data centres in Spain (Aragón, Madrid), Portugal (Sines), Brazil, Chile "
    "and Mexico, and German coverage of them. One entry per article; a deal that several articles report "
    "carries the same id in each. 'required': false marks deals without an amount and vague or background "
    "mentions that an extractor may report or not without penalty. 'not_deals' lists money figures that are "
    "NOT deals (grants, budgets, cumulative totals, estimates, valuations, revenues, guidance other than capex, "
    "forecasts, prices, share prices, salaries, ad figures): reporting one of them as a deal is an error. "
    "Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least "
    "| range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as "
    "another article (or the same article) states it in another currency or at another precision. 'date' is "
    "when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's date line, dateline, issue line, byline, <meta>/JSON-LD "
    "or <time>, or null when the article has none); seasons become the year; a cancelled deal keeps the date of "
    "the original agreement or talks; 'term' is the period the deal covers, where the text gives one; "
    "'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence "
    "and not_deals occur in the visible text (check_corpus_gold.visible_text). Brazilian reais, Mexican and "
    "Chilean pesos are not in the checker's currency set, so every deal amount here is stated in USD, EUR or "
    "CAD and local-currency figures occur only as not_deals. Invented companies: Moncayo Compute S.L., Banca "
    "Zarzalejo, Termacor Ibérica S.A., Atlântida Energia, Jacarandá Data Centers, Serra Azul Energia, Nube "
    "Austral SpA, Eólica Tarapacá, Banco Cordillera Sur, Grupo Constructor Peñasco, Bajío Cómputo, Caixa "
    "Alentejana de Crédito; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; deals of real companies are partly real (shifted or simplified), partly invented. "
    "Nothing here is reporting."
)

ALIASES = {
    "Amazon": ["Amazon", "AWS", "Amazon Web Services", "Amazon.com"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Blackstone": ["Blackstone", "Blackstone Inc."],
    "Gemeinde Calatorao": ["Gemeinde Calatorao", "Calatorao"],
    "Oracle": ["Oracle", "Oracle Corp."],
    "Meta": ["Meta", "Meta Platforms"],
    "Solaria": ["Solaria", "Solaria Energía y Medio Ambiente"],
    "Moncayo Compute S.L.": ["Moncayo Compute S.L.", "Moncayo Compute", "Moncayo"],
    "Banca Zarzalejo": ["Banca Zarzalejo", "Zarzalejo"],
    "Termacor Ibérica S.A.": ["Termacor Ibérica S.A.", "Termacor Ibérica", "Termacor"],
    "Start Campus": ["Start Campus"],
    "Atlântida Energia": ["Atlântida Energia", "Atlântida"],
    "Nscale": ["Nscale"],
    "Scala Data Centers": ["Scala Data Centers", "Scala"],
    "Patria Investments": ["Patria Investments", "Patria"],
    "Jacarandá Data Centers": ["Jacarandá Data Centers", "Jacarandá"],
    "Digital Realty": ["Digital Realty", "Digital Realty Trust"],
    "Serra Azul Energia": ["Serra Azul Energia", "Serra Azul"],
    "CDPQ": ["CDPQ", "Caisse de dépôt et placement du Québec"],
    "Nube Austral SpA": ["Nube Austral SpA", "Nube Austral"],
    "Eólica Tarapacá": ["Eólica Tarapacá"],
    "Kaszek": ["Kaszek", "Kaszek Ventures"],
    "Google": ["Google"],
    "Alphabet": ["Alphabet", "Alphabet Inc."],
    "Mercado Libre": ["Mercado Libre", "MercadoLibre"],
    "Banco Cordillera Sur": ["Banco Cordillera Sur"],
    "Grupo Constructor Peñasco": ["Grupo Constructor Peñasco", "Peñasco"],
    "Bajío Cómputo": ["Bajío Cómputo"],
    "CloudHQ": ["CloudHQ"],
    "Caixa Alentejana de Crédito": ["Caixa Alentejana de Crédito", "Caixa Alentejana"],
    "Iberdrola": ["Iberdrola"],
    "Echelon Data Centres": ["Echelon Data Centres", "Echelon"],
    "Ayuntamiento de Alcobendas": ["Ayuntamiento de Alcobendas", "Alcobendas", "Stadtrat von Alcobendas"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if per:
        d["per"] = per
    if term:
        d["term"] = term
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if kind_alt:
        d["kind_alt"] = kind_alt
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


B = 1_000_000_000
M = 1_000_000

ARTICLES = {}

ARTICLES["001_aws_aragon_ebro_en.txt"] = A(
    "2024-05-22", "from the header 'May 22, 2024 · 07:15 CEST'; dateline 'ZARAGOZA, May 21'; 'on Tuesday' -> 2024-05-21",
    "en",
    [
        D("aws-aragon-2024", ["Amazon"], "capex_plan", 15.7 * B, "EUR", "exact", "2024-05-21", "planned",
          "ZARAGOZA, May 21 (Ebro Newswire) – Amazon Web Services will pour 15.7 billion euros (about $17 billion) into its data-centre campuses in Aragón through 2033, the cloud arm of Amazon.com said on Tuesday.",
          term=["2024", "2033"], alt=[(17 * B, "USD")], kind_alt=["investment"],
          note="investment plan of the spender only; USD conversion as alt amount; 'It is among the biggest …' in the next sentence is commentary"),
        D("blackstone-calatorao-2024", ["Blackstone"], "capex_plan", 4 * B, "EUR", "approx", "2024-04", "planned",
          "Blackstone last month filed plans for a campus at Calatorao, west of the regional capital, with an estimated investment of around 4 billion euros, according to the regional register of projects of general interest.",
          kind_alt=["project"],
          note="'last month' -> April 2024; 'estimated investment' is the developer's filed plan, not an analyst's estimate; different from Blackstone's €38m land purchase in 010"),
    ],
    ["21.6 billion euros", "8.3 billion euros", "12 million euros", "0.09 euros per cubic metre", "$183.54", "$25 billion"],
)

ARTICLES["002_aragonien_handelsanker.txt"] = A(
    "2024-05-29", "from the date line 'Mittwoch, 29. Mai 2024 · Unternehmen & Märkte · Seite 17'", "de",
    [
        D("aws-aragon-2024", ["Amazon"], "capex_plan", 15.7 * B, "EUR", "approx", "2024-05", "planned",
          "Zaragoza. Mit dieser Zahl hatten nicht einmal die Optimisten in der Regionalregierung gerechnet: Knapp 15,7 Milliarden Euro will die Amazon-Tochter AWS bis 2033 in ihre Rechenzentren in Aragonien stecken.",
          term=["2024", "2033"], kind_alt=["investment"],
          note="same plan as 001; 'Knapp' -> approx; presented 'vergangene Woche' (next sentence) -> May 2024, week only"),
        D("oracle-madrid-2024", ["Oracle"], "capex_plan", 1 * B, "USD", "at_least", "2024-04", "planned",
          "Oracle kündigte im April an, über zehn Jahre mehr als eine Milliarde Dollar in eine neue Cloud-Region im Großraum Madrid zu investieren.",
          kind_alt=["investment"], note="'mehr als eine Milliarde Dollar' in words -> at_least; 'im April' -> 2024-04"),
        D("meta-talavera", ["Meta"], "project", 1 * B, "EUR", "approx", "2022", "planned",
          "Dort hatte Meta bereits 2022 ein Rechenzentrum für rund eine Milliarde Euro angekündigt; seither ruht das Vorhaben, weil Umweltschützer den Wasserbedarf in der trockenen Meseta für nicht vertretbar halten.",
          kind_alt=["capex_plan"], note="'Dort' = Talavera de la Reina (previous sentence); announced 2022, on hold; cancelled in 020"),
    ],
    ["150 Millionen Euro", "18 Euro je Quadratmeter", "13,67 Euro", "9,4 Milliarden Dollar", "890 Euro"],
)

ARTICLES["003_southern_rack_brazil_en.txt"] = A(
    "2024-09-30", "from the issue line 'Issue 38 · Monday, 30 September 2024'; 'on Thursday' -> 2024-09-26", "en",
    [
        D("microsoft-brazil-2024", ["Microsoft"], "capex_plan", 2.7 * B, "USD", "approx", "2024-09-26", "planned",
          "Microsoft will spend about $2.7 billion on cloud and AI capacity in Brazil across the next three years, chief executive Satya Nadella told a São Paulo audience on Thursday.",
          kind_alt=["investment"], note="three-year plan; 'Redmond' in the heading"),
        D("aws-brazil-2024", ["Amazon"], "capex_plan", 1.8 * B, "USD", "exact", "2024-09", "planned",
          "Earlier in the month AWS put a figure of $1.8 billion on what it intends to sink into its São Paulo region through 2034, most of it in new capacity around Campinas.",
          term=["2024", "2034"], kind_alt=["investment"], note="'Earlier in the month' -> September 2024"),
        D("scala-ai-city", ["Scala Data Centers"], "capex_plan", 50 * B, "USD", "up_to", "2024-09", "planned",
          "The developer says the site could absorb up to $50 billion over time, beginning with a modest 54 MW first phase.",
          kind_alt=["project"], note="'The developer' = Scala Data Centers (previous sentence, 'unveiled' this week) -> 2024-09"),
        D("patria-jacaranda-2024", ["Patria Investments", "Jacarandá Data Centers"], "investment", 310 * M, "USD", "exact", "2024-09", "completed",
          "Jacarandá Data Centers has closed a $310 million growth round.",
          note="lead investor in the next sentence ('Patria Investments led it'); post-money valuation $1.4bn is not a deal; week of the issue -> 2024-09"),
    ],
    ["R$ 23 billion", "$2.10", "$3.2 billion", "$1.4 billion", "$499"],
)

ARTICLES["004_solaria_moncayo_kursfunke.txt"] = A(
    "2024-11-14", "from the header '14.11.2024, 09:41 Uhr'; 'am Mittwochabend' -> 2024-11-13", "de",
    [
        D("solaria-moncayo-ppa", ["Solaria", "Moncayo Compute S.L."], "supply", 540 * M, "EUR", "approx", "2024-11-13", "signed",
          "Den Gesamtwert des Vertrags beziffert Solaria auf rund 540 Millionen Euro.",
          note="twelve-year power offtake; buyer Moncayo Compute and the report 'am Mittwochabend' in the previous sentences"),
        D("zarzalejo-moncayo-loan-2024", ["Banca Zarzalejo", "Moncayo Compute S.L."], "other", 420 * M, "EUR", "exact", "2024-11", "signed",
          "Den ersten Bauabschnitt finanziert das junge Unternehmen über Fremdkapital: 420 Millionen Euro stellt ein Bankenkonsortium bereit, das die Banca Zarzalejo anführt, wie Moncayo auf Nachfrage bestätigte.",
          kind_alt=["investment"],
          note="bank loan (consortium led by Banca Zarzalejo); 'das junge Unternehmen' = Moncayo; first of two Zarzalejo–Moncayo credit lines (second: €150m, 008/019)"),
        D("solaria-capex-2025", ["Solaria"], "capex_plan", 450 * M, "EUR", "range", "2024-11", "planned",
          "Für 2025 plant der Vorstand Investitionen zwischen 450 und 500 Millionen Euro, vor allem in Batteriespeicher, wie es in der Mitteilung heißt.",
          amount_max=500 * M, term=["2025", "2025"], note="'der Vorstand' = Solaria's board; capex plan for 2025 stated in November 2024"),
    ],
    ["11,82 Euro", "158 Millionen Euro", "121 Millionen Euro", "14 Euro", "knapp 1,5 Milliarden Euro", "rund 9 Millionen Euro", "0,99 Euro pro Order", "ab 1 Euro", "13,04 €", "11,82 €"],
)

ARTICLES["005_termacor_sines_alentejo_en.html"] = A(
    "2025-03-13", "no visible date; from <meta property='article:published_time'> and JSON-LD datePublished 2025-03-13; 'on Wednesday' -> 2025-03-12", "en",
    [
        D("termacor-startcampus-2025", ["Termacor Ibérica S.A.", "Start Campus"], "supply", 85 * M, "EUR", "exact", "2025-03-12", "signed",
          "Termacor Ibérica, a Valencia maker of liquid-cooling systems, has won an €85 million order to equip the second building at Start Campus's data-centre site in Sines, the two companies said on Wednesday.",
          note="first of two Termacor–Start Campus cooling orders (second: €40m in 016)"),
        D("startcampus-sines-campus", ["Start Campus"], "capex_plan", 8.5 * B, "EUR", "approx", None, "planned",
          "Start Campus, which is controlled by the US fund Davidson Kempner, has budgeted about €8.5 billion for the full campus, meant to reach 1.2 gigawatts in the early 2030s.",
          required=False, kind_alt=["project"], note="background: the whole campus budget, no date of the plan"),
        D("atlantida-startcampus-ppa", ["Atlântida Energia", "Start Campus"], "supply", 60 * M, "EUR", "approx", "2025-03", "signed",
          "The Lisbon utility is to supply the campus under a 15-year agreement worth some €60 million a year, signed earlier this month, according to a filing with the market regulator.",
          per="year", note="'The Lisbon utility' = Atlântida Energia, 'the campus' = Start Campus (previous sentences); 'earlier this month' -> 2025-03"),
    ],
    ["€38 million", "€12 million", "€1,450 a month", "€210,000", "€39 per person"],
)

ARTICLES["006_queretaro_computo_norte_blog.txt"] = A(
    "2025-02-18", "from the byline 'veröffentlicht am 18. Februar 2025'; 'am Montag' -> 2025-02-17", "de",
    [
        D("microsoft-mexico-2025", ["Microsoft"], "capex_plan", 1.3 * B, "USD", "exact", "2025-02-17", "planned",
          "Der Softwarekonzern will in den kommenden drei Jahren 1,3 Milliarden Dollar in Mexiko investieren, in Rechenzentren ebenso wie in KI-Kurse für mehrere Millionen Menschen.",
          kind_alt=["investment"], note="'Der Softwarekonzern' = Microsoft, 'am Montag' in the previous sentence"),
        D("aws-mexico-queretaro", ["Amazon"], "capex_plan", 5 * B, "USD", "at_least", "2024-01", "planned",
          "Schon im Januar 2024 hatte AWS zugesagt, über 15 Jahre mehr als fünf Milliarden Dollar in seine neue Region bei Querétaro zu stecken.",
          kind_alt=["investment"], note="amount in words, 'mehr als' -> at_least; 015 says exactly $5bn"),
        D("penasco-bajio", ["Grupo Constructor Peñasco", "Bajío Cómputo"], "acquisition", 180 * M, "USD", "range", "2025", "rumored",
          "Insidern zufolge verhandelt die Baugruppe Grupo Constructor Peñasco aus Monterrey über die Übernahme des lokalen Entwicklers Bajío Cómputo; im Gespräch seien zwischen 180 und 220 Millionen Dollar.",
          amount_max=220 * M, alt=[(205 * M, "USD")],
          note="rumoured talks; signed at $205m in 015 (alt amount); date kept at the year so that it agrees with the signing date 2025-07-23"),
    ],
    ["31 Millionen Dollar", "36,9 Milliarden Dollar", "42 Pesos je Kubikmeter", "0,11 Dollar je Kilowattstunde", "4 Euro im Monat", "60 Dollar pro Quadratmeter"],
)

ARTICLES["007_andes_compute_digest_en.txt"] = A(
    "2025-05-08", "dateline 'SANTIAGO, 8 May' without a year, 'this Thursday' (8 May 2025 is a Thursday) and the footer '© 2025 Andes Compute Digest'; 'on Tuesday' -> 2025-05-06, 'on Monday' -> 2025-05-05", "en",
    [
        D("aws-chile-2025", ["Amazon"], "capex_plan", 4 * B, "USD", "approx", "2025-05-06", "planned",
          "Amazon Web Services confirmed on Tuesday that it will invest about $4 billion in Chile over the next 15 years as it builds a local cloud region, its first in the country.",
          kind_alt=["investment"]),
        D("google-cerrillos", ["Google"], "project", 200 * M, "USD", "exact", "2020", "planned",
          "Google's $200 million data centre in Cerrillos, first announced in 2020, remains on ice after an environmental court told the company last year to redo its water assessment.",
          required=False, kind_alt=["capex_plan"], note="background: frozen project first announced in 2020"),
        D("nube-austral-eolica-ppa", ["Nube Austral SpA", "Eólica Tarapacá"], "supply", 28 * M, "USD", "approx", "2025-05-05", "signed",
          "The wind producer will receive roughly $28 million a year, the parties said.",
          per="year", note="parties, 15-year term and 'on Monday' in the previous sentence ('The wind producer' = Eólica Tarapacá)"),
        D("kaszek-nube-austral-seriesa", ["Kaszek", "Nube Austral SpA"], "investment", 95 * M, "USD", "exact", "2025-02", "completed",
          "The contract follows Nube Austral's $95 million Series A, which Kaszek led in February; that round valued the company at $410 million.",
          note="'in February' -> 2025-02; the $410m valuation in the same sentence is a not_deal"),
    ],
    ["US$150 million", "US$38 per megawatt hour", "US$61", "US$90,000 per megawatt", "$4.62 a pound", "$149", "$410 million"],
)

ARTICLES["008_moncayo_interview.txt"] = A(
    None, "no date anywhere in the article (only 'Lesezeit: 7 Minuten')", "de",
    [
        D("microsoft-moncayo-lease", ["Microsoft", "Moncayo Compute S.L."], "other", 48 * M, "EUR", "approx", None, "signed",
          "Der Mietvertrag mit Microsoft bringt uns jährlich rund 48 Millionen Euro, und das zwölf Jahre lang.",
          per="year", kind_alt=["cloud_contract"],
          note="lease of data-centre capacity; 'uns' = Moncayo Compute; undated interview -> null; first of two Microsoft–Moncayo deals (second: the €610m campus purchase, 019)"),
        D("zarzalejo-moncayo-loan-2024", ["Banca Zarzalejo", "Moncayo Compute S.L."], "other", 420 * M, "EUR", "exact", None, "signed",
          "Die ersten 420 Millionen Euro hat uns ein Konsortium um die Banca Zarzalejo geliehen.",
          kind_alt=["investment"], note="restates the 2024 loan of 004; undated"),
        D("zarzalejo-moncayo-loan-2026", ["Banca Zarzalejo", "Moncayo Compute S.L."], "other", 150 * M, "EUR", "approx", None, "negotiating",
          "Im Moment verhandeln wir mit der Zarzalejo über eine zweite Kreditlinie von etwa 150 Millionen Euro.",
          kind_alt=["investment"], note="second credit line, in talks; signed in March 2026 (019); must stay apart from the €420m loan"),
        D("solaria-moncayo-ppa", ["Solaria", "Moncayo Compute S.L."], "supply", None, None, None, None, "signed",
          "Den Solarstrom liefert Solaria aus Teruel, den Rest kaufen wir an der Börse.",
          required=False, note="amount-less restatement of the 004 offtake"),
        D("moncayo-capex-2028", ["Moncayo Compute S.L."], "capex_plan", 900 * M, "EUR", "approx", None, "planned",
          "Bis 2028 stecken wir knapp 900 Millionen Euro in drei weitere Hallen.",
          term=[None, "2028"], note="'wir' = Moncayo Compute; 'knapp' -> approx; undated"),
    ],
    ["etwa 7 Millionen Euro", "einer Milliarde Euro", "2.600 Euro", "22 Millionen Euro", "96 Euro"],
)

ARTICLES["009_moncayo_microsoft_release_en.txt"] = A(
    "2025-06-17", "from the dateline 'ZARAGOZA, Spain, 17 June 2025'; 'today' -> 2025-06-17", "en",
    [
        D("microsoft-moncayo-lease", ["Microsoft", "Moncayo Compute S.L."], "other", 48 * M, "EUR", "approx", "2025-06-17", "signed",
          "Under the 12-year lease, Microsoft will pay Moncayo about €48 million a year, starting once the first hall is handed over in the second quarter of 2026.",
          per="year", term=["2026", "2038"], kind_alt=["cloud_contract"],
          note="lease announced 'today'; quarter of the start -> year"),
        D("termacor-moncayo-cooling", ["Termacor Ibérica S.A.", "Moncayo Compute S.L."], "supply", 31 * M, "EUR", "exact", "2025-06-17", "signed",
          "Moncayo also confirmed that Termacor Ibérica, the Valencia cooling specialist, will deliver the liquid-cooling plant for the site under a €31 million contract."),
        D("microsoft-fy2025-capex", ["Microsoft"], "capex_plan", 80 * B, "USD", "approx", "2025-01", "planned",
          "The agreement comes as Microsoft pursues the plan, set out in January, to spend roughly $80 billion on AI-enabled data centres in its fiscal year 2025, with the larger share earmarked for US sites.",
          term=["2024-07", "2025-06"], note="company capex plan for a fiscal year; 'set out in January' -> 2025-01"),
    ],
    ["€15 million", "€6.2 million per megawatt", "€22 million", "more than €500 million"],
)

ARTICLES["010_rz_radar_iberien.txt"] = A(
    "2025-08-01", "from the issue line 'Ausgabe 31/2025 · Freitag, 1. August 2025'", "de",
    [
        D("microsoft-aragon-2025", ["Microsoft"], "capex_plan", 6.69 * B, "EUR", "exact", "2025-07", "planned",
          "Das Investitionsvolumen gibt Microsoft mit 6,69 Milliarden Euro an, verteilt über zehn Jahre.",
          kind_alt=["investment"], note="'Mitte Juli' (previous sentence) -> 2025-07"),
        D("aws-aragon-2024", ["Amazon"], "capex_plan", 15.7 * B, "EUR", "approx", "2024-05", "planned",
          "Zur Erinnerung: Im Mai 2024 kündigte AWS an, bis 2033 rund 15,7 Milliarden Euro in der Region zu verbauen.",
          term=["2024", "2033"], kind_alt=["investment"], note="restatement; the 'mehr als 40 Milliarden Euro' total two sentences later is a not_deal"),
        D("microsoft-moncayo-lease", ["Microsoft", "Moncayo Compute S.L."], "other", 48 * M, "EUR", "approx", "2025-06", "signed",
          "Moncayo Compute, der Zaragozaner Entwickler, der im Juni Microsoft als Mieter gewonnen hat (jährlich rund 48 Mio. Euro), sucht für die zweite Halle bereits den nächsten Hyperscaler.",
          per="year", kind_alt=["cloud_contract"], note="amount in parentheses; 'im Juni' -> 2025-06"),
        D("blackstone-calatorao-land", ["Blackstone", "Gemeinde Calatorao"], "acquisition", 38 * M, "EUR", "exact", "2025-06", "completed",
          "Der Finanzinvestor hat Ende Juni für sein Projekt weitere 120 Hektar von der Gemeinde Calatorao erworben und dafür 38 Millionen Euro bezahlt.",
          kind_alt=["other"], note="'Der Finanzinvestor' = Blackstone (heading); land purchase, different from the €4bn campus plan"),
        D("iberdrola-echelon-jv", ["Iberdrola", "Echelon Data Centres"], "joint_venture", None, None, None, "2025-07", "signed",
          "Iberdrola und Echelon Data Centres aus Irland haben vergangene Woche ein Gemeinschaftsunternehmen für Rechenzentren in Spanien gegründet, zunächst für einen Standort im Süden Madrids.",
          required=False, note="no amount ('Zahlen nannten die Partner nicht'); 'vergangene Woche' -> July 2025"),
    ],
    ["mehr als 40 Milliarden Euro", "68,40 Euro", "79 Euro", "1.200 Euro"],
)

ARTICLES["011_jacaranda_liveblog_en.txt"] = A(
    "2025-10-14", "from the liveblog heading 'Tuesday 14 October 2025'", "en",
    [
        D("digitalrealty-jacaranda", ["Digital Realty", "Jacarandá Data Centers"], "acquisition", 1.2 * B, "USD", "approx", "2025-10-14", "rumored",
          "Digital Realty is in advanced talks to buy Campinas-based Jacarandá Data Centers for about $1.2 billion including debt, two sources with knowledge of the negotiations told us.",
          note="talks from sources; collapsed in 018 (cancelled)"),
        D("serraazul-jacaranda-ppa", ["Serra Azul Energia", "Jacarandá Data Centers"], "supply", 35 * M, "USD", "approx", "2025-10-14", "signed",
          "Serra Azul Energia said it had signed a ten-year contract to supply wind power to Jacarandá's Campinas campus, worth roughly $35 million annually.",
          per="year", note="'annually' -> per year; first of two Serra Azul–Jacarandá deals (second: the $260m stake in 018)"),
        D("microsoft-brazil-2024", ["Microsoft"], "capex_plan", 2.7 * B, "USD", "exact", "2024-09", "planned",
          "Microsoft's $2.7 billion Brazil pledge from last September is starting to show up in the paperwork, a state official told us.",
          kind_alt=["investment"], note="restatement of 003; 'last September' -> 2024-09"),
    ],
    ["$171.40", "$1.4 billion", "R$18.40", "R$ 5.2 billion", "R$ 10,000"],
)

ARTICLES["012_microsoft_sines_taktgeber.html"] = A(
    "2025-11-12", "from the visible byline '12.11.2025, 06:30 Uhr', <meta name='pubdate'> and JSON-LD; 'am Dienstag' -> 2025-11-11", "de",
    [
        D("microsoft-portugal-2025", ["Microsoft"], "capex_plan", 8.6 * B, "EUR", "approx", "2025-11-11", "planned",
          "Microsoft will in Portugal rund 8,6 Milliarden Euro (zehn Milliarden Dollar) investieren, der größte Teil fließt in den Rechenzentrumscampus von Start Campus in Sines.",
          alt=[(10 * B, "USD")], kind_alt=["investment", "project"],
          note="'am Dienstag' in the next sentence; USD amount in words in parentheses (alt)"),
        D("nscale-microsoft-sines", ["Nscale", "Microsoft"], "cloud_contract", None, None, None, "2025-11-11", "announced",
          "Die Rechenleistung stellt zunächst der britische GPU-Cloudanbieter Nscale bereit, der in Sines 12.600 Nvidia-Chips der Generation GB300 aufbauen soll.",
          required=False, kind_alt=["partnership", "supply"], note="no price ('Preise nannte keiner der Beteiligten')"),
        D("termacor-startcampus-2025", ["Termacor Ibérica S.A.", "Start Campus"], "supply", 85 * M, "EUR", "exact", "2025-03", "signed",
          "Für die Kühlung des zweiten Gebäudes hatte das Unternehmen bereits im März den Valencianer Spezialisten Termacor Ibérica beauftragt, Auftragswert 85 Millionen Euro.",
          note="'das Unternehmen' = Start Campus (previous sentence); restates 005"),
    ],
    ["rund 3,5 Millionen Dollar", "22,2 Milliarden Euro", "90 Euro pro Nacht", "77,7 Milliarden Dollar", "1.290 Euro"],
)

ARTICLES["013_microsoft_sines_alfama_en.txt"] = A(
    "2025-11-13", "from the byline 'By Marta Quintela | 13 Nov 2025'; 'on Tuesday' -> 2025-11-11", "en",
    [
        D("microsoft-portugal-2025", ["Microsoft"], "capex_plan", 10 * B, "USD", "exact", "2025-11-11", "planned",
          "Microsoft is to put $10 billion into Portugal, most of it in AI capacity at Sines, the company said on Tuesday at the Web Summit in Lisbon, in what ministers called the largest foreign investment in the country's history.",
          kind_alt=["investment", "project"]),
        D("nscale-microsoft-sines", ["Nscale", "Microsoft"], "cloud_contract", None, None, None, "2025-11", "announced",
          "The British neocloud Nscale is to install the first Nvidia systems there for Microsoft.",
          required=False, kind_alt=["partnership", "supply"], note="amount-less"),
        D("caixa-startcampus-debt", ["Caixa Alentejana de Crédito", "Start Campus"], "other", 1.5 * B, "EUR", "exact", "2025-11", "signed",
          "Start Campus has meanwhile lined up €1.5 billion of bank debt for its next two buildings, with Caixa Alentejana de Crédito leading a group of Portuguese and Spanish lenders, three bankers involved in the talks said.",
          kind_alt=["investment"], note="bank financing reported by bankers; month of the article"),
        D("atlantida-startcampus-ppa", ["Atlântida Energia", "Start Campus"], "supply", 60 * M, "EUR", "approx", "2025-03", "signed",
          "Power for the site comes partly from Atlântida Energia, which in March agreed to supply the campus for 15 years at some €60 million a year.",
          per="year", note="restates 005; 'the site'/'the campus' = Start Campus's Sines campus"),
        D("termacor-startcampus-2025", ["Termacor Ibérica S.A.", "Start Campus"], "supply", 85 * M, "EUR", "exact", "2025-03", "signed",
          "Termacor Ibérica wins €85m cooling order in Sines (March)",
          required=False, note="headline in the 'Related' link list only"),
    ],
    ["€1.2 billion a year", "€3 billion", "€58,000 a year", "$3.8 trillion", "€28 per square metre"],
)

ARTICLES["014_alcobendas_iberia_kurier.txt"] = A(
    "2025-11-20", "from the issue line 'Nr. 47 · 20. bis 26. November 2025' (first day of the issue week); 'Am Dienstag' -> 2025-11-18 (the stop, not the deal date)", "de",
    [
        D("moncayo-alcobendas-land", ["Moncayo Compute S.L.", "Ayuntamiento de Alcobendas"], "acquisition", 64 * M, "EUR", "exact", "2025", "cancelled",
          "Die Zaragozaner hätten für die Fläche 64 Millionen Euro gezahlt; vereinbart worden war der Handel im Sommer, noch unter dem alten Planungsdezernenten.",
          kind_alt=["other"],
          note="land sale by the town to Moncayo (previous sentence), stopped by the council 'Am Dienstag'; a cancelled deal keeps the date of the agreement, 'im Sommer' -> 2025"),
        D("oracle-madrid-2024", ["Oracle"], "capex_plan", 1 * B, "USD", "at_least", "2024", "planned",
          "Oracle, das 2024 angekündigt hatte, über zehn Jahre mehr als eine Milliarde Dollar in seine Madrider Cloud-Region zu investieren, hat inzwischen eine zweite Halle in Betrieb genommen.",
          kind_alt=["investment"], note="restates 002"),
    ],
    ["182 Millionen Euro", "etwa 4 Millionen Euro", "17,50 Euro pro Quadratmeter", "1,20 Euro", "4,50 Euro", "58 Euro im Jahr"],
)

ARTICLES["015_penasco_bajio_altiplano_en.txt"] = A(
    "2025-07-24", "from the header 'July 24, 2025 · 06:10 CST'; dateline 'QUERÉTARO, Mexico, July 23'; 'on Wednesday' -> 2025-07-23", "en",
    [
        D("penasco-bajio", ["Grupo Constructor Peñasco", "Bajío Cómputo"], "acquisition", 205 * M, "USD", "exact", "2025-07-23", "signed",
          "QUERÉTARO, Mexico, July 23 (Altiplano Wire) – Grupo Constructor Peñasco has agreed to buy data-centre developer Bajío Cómputo for $205 million in cash, the Monterrey-based builder said on Wednesday, ending months of talks.",
          note="signing of the talks rumoured in 006"),
        D("cloudhq-queretaro", ["CloudHQ"], "capex_plan", 4.8 * B, "USD", "exact", "2025-07", "planned",
          "Separately, U.S. developer CloudHQ confirmed earlier this week that it will build a $4.8 billion campus in the state, with six buildings and some 900 megawatts of demand at full build-out.",
          kind_alt=["project"], note="'earlier this week' -> July 2025"),
        D("aws-mexico-queretaro", ["Amazon"], "capex_plan", 5 * B, "USD", "exact", "2024-01", "planned",
          "Amazon Web Services, which pledged $5 billion over 15 years when it announced its Querétaro region in January 2024, switched on its first availability zones at the start of this year.",
          kind_alt=["investment"], note="restates 006"),
    ],
    ["$31 million", "48.15 pesos", "42 pesos per cubic metre", "$36.9 billion", "$11 million per megawatt"],
)

ARTICLES["016_termacor_iberpress.txt"] = A(
    "2026-03-12", "from the header '12.03.2026 – 10:05'; 'am Mittwoch' -> 2026-03-11", "de",
    [
        D("termacor-startcampus-2026", ["Termacor Ibérica S.A.", "Start Campus"], "supply", 40 * M, "EUR", "exact", "2026-03-11", "signed",
          "Der Betreiber des Rechenzentrumscampus in Sines, Start Campus, zahlt dem Unternehmen 40 Millionen Euro für die Kühlanlagen eines dritten Gebäudes, wie Termacor am Mittwoch mitteilte.",
          note="second Termacor–Start Campus order; must stay apart from the €85m order of 2025"),
        D("termacor-startcampus-2025", ["Termacor Ibérica S.A.", "Start Campus"], "supply", 85 * M, "EUR", "exact", "2025-03", "signed",
          "Den ersten Auftrag über 85 Millionen Euro hatte Termacor im März 2025 erhalten.",
          note="customer from the previous sentences ('die zweite Bestellung aus Sines')"),
        D("termacor-moncayo-cooling", ["Termacor Ibérica S.A.", "Moncayo Compute S.L."], "supply", 31 * M, "EUR", "exact", "2025-06", "signed",
          "Drei Monate später folgte ein Vertrag über 31 Millionen Euro mit dem aragonesischen Entwickler Moncayo Compute, dessen erster Mieter Microsoft ist.",
          note="'Drei Monate später' = three months after March 2025 -> 2025-06; Microsoft is not a party"),
        D("termacor-capex-2026", ["Termacor Ibérica S.A."], "capex_plan", 25 * M, "EUR", "up_to", "2026-03", "planned",
          "Um die Nachfrage zu bedienen, will der Vorstand in diesem Jahr bis zu 25 Millionen Euro für eine zweite Fertigungshalle in Sagunto ausgeben.",
          term=["2026", "2026"], note="'der Vorstand' = Termacor's board; the €3.5m regional subsidy in the next sentence is a not_deal"),
    ],
    ["212 Millionen Euro", "390 Millionen Euro", "zwischen 260 und 280 Millionen Euro", "3,5 Millionen Euro", "23,40 Euro", "rund 610 Millionen Euro", "28 Euro"],
)

ARTICLES["017_nube_austral_pacifico_en.html"] = A(
    "2026-01-20", "from <time datetime='2026-01-20'> (visible '20 January 2026'), <meta property='article:published_time'> and JSON-LD; 'on Monday' -> 2026-01-19", "en",
    [
        D("nube-austral-mercadolibre", ["Nube Austral SpA", "Mercado Libre"], "cloud_contract", 140 * M, "USD", "up_to", "2026-01-19", "signed",
          "Nube Austral SpA has signed a five-year contract to rent GPU capacity to Mercado Libre worth up to $140 million, the Santiago company said on Monday.",
          term=["2026", "2031"], note="five-year GPU rental"),
        D("cordillera-nube-austral-loan", ["Banco Cordillera Sur", "Nube Austral SpA"], "other", 180 * M, "USD", "exact", "2026-01", "signed",
          "To pay for the extra halls, the developer has taken a $180 million green loan from Banco Cordillera Sur, repayable over 12 years.",
          kind_alt=["investment"], note="'the developer' = Nube Austral"),
        D("nube-austral-eolica-ppa", ["Nube Austral SpA", "Eólica Tarapacá"], "supply", 28 * M, "USD", "approx", "2025-05", "signed",
          "Nube Austral already buys wind power from Eólica Tarapacá under the 15-year contract it signed last May, worth about $28 million a year.",
          per="year", note="restates 007; 'last May' -> 2025-05"),
        D("aws-chile-2025", ["Amazon"], "capex_plan", 4 * B, "USD", "exact", "2025-05", "planned",
          "Amazon's $4 billion Chile plan, unveiled the same month, has since drawn more interest from international tenants to the capital.",
          kind_alt=["investment"], note="'the same month' = May 2025 (previous sentence); restates 007"),
    ],
    ["$2.60 an hour", "more than $4", "$50 billion", "$5,000"],
)

ARTICLES["018_jacaranda_cono_sur_boersenbrief.txt"] = A(
    "2026-02-09", "from the issue line 'Ausgabe vom 9. Februar 2026'; 'am Freitag' -> 2026-02-06", "de",
    [
        D("digitalrealty-jacaranda", ["Digital Realty", "Jacarandá Data Centers"], "acquisition", 1.2 * B, "USD", "approx", "2025-10", "cancelled",
          "Über einen Kauf von Jacarandá Data Centers durch Digital Realty für rund 1,2 Milliarden Dollar war seit Oktober verhandelt worden; nun sind die Gespräche geplatzt.",
          note="talks reported in 011; cancelled deal keeps the date of the talks ('seit Oktober' -> 2025-10)"),
        D("serraazul-jacaranda-stake", ["Serra Azul Energia", "Jacarandá Data Centers"], "investment", 260 * M, "USD", "exact", "2026-02-06", "signed",
          "Stattdessen steigt der Versorger Serra Azul Energia, der den Campus in Campinas bereits mit Windstrom beliefert, mit 25 Prozent bei Jacarandá ein und zahlt dafür 260 Millionen Dollar, wie beide Seiten am Freitag mitteilten.",
          kind_alt=["acquisition"], note="25 % stake; second Serra Azul–Jacarandá deal, must stay apart from the wind contract of 011; implied value $1.04bn is a not_deal"),
        D("serraazul-jacaranda-ppa", ["Serra Azul Energia", "Jacarandá Data Centers"], "supply", None, None, None, None, "signed",
          "Stattdessen steigt der Versorger Serra Azul Energia, der den Campus in Campinas bereits mit Windstrom beliefert, mit 25 Prozent bei Jacarandá ein und zahlt dafür 260 Millionen Dollar, wie beide Seiten am Freitag mitteilten.",
          required=False, note="amount-less reference to the 011 wind contract in a relative clause"),
        D("cdpq-jacaranda-convertible", ["CDPQ", "Jacarandá Data Centers"], "investment", 150 * M, "CAD", "exact", "2026-02", "signed",
          "Zusätzlich zeichnet der kanadische Pensionsfonds CDPQ eine Wandelanleihe von Jacarandá über 150 Millionen kanadische Dollar, umgerechnet etwa 110 Millionen US-Dollar.",
          alt=[(110 * M, "USD")], note="convertible bond; no day given -> month of the issue"),
        D("scala-ai-city", ["Scala Data Centers"], "capex_plan", 50 * B, "USD", "up_to", None, "planned",
          "Zum Vergleich: Scala Data Centers hält trotz Zinswende an seiner „AI City“ im Süden fest, in die langfristig bis zu 50 Milliarden Dollar fließen sollen.",
          kind_alt=["project"], note="restates the 2024 plan of 003 without a date"),
    ],
    ["1,04 Milliarden Dollar", "1,4 Milliarden Dollar", "19,70 Reais", "0,85 Reais", "168 Dollar", "16,80 BRL", "2.012,00 USD", "1.780 USD", "149 Euro"],
)

ARTICLES["019_gredos_notes_halftime_en.txt"] = A(
    "2026-06-30", "from the byline 'Posted 30 June 2026'; 'Last month' -> 2026-05, 'in March' -> 2026-03, 'last November' -> 2025-11", "en",
    [
        D("microsoft-moncayo-campus", ["Microsoft", "Moncayo Compute S.L."], "acquisition", 610 * M, "EUR", "approx", "2026-05", "signed",
          "Last month Microsoft agreed to buy the Villanueva campus outright from Moncayo Compute for about €610 million, turning a landlord into a seller barely a year after the two sides had signed a lease.",
          note="second Microsoft–Moncayo deal; must stay apart from the €48m-a-year lease"),
        D("microsoft-moncayo-lease", ["Microsoft", "Moncayo Compute S.L."], "other", 48 * M, "EUR", "exact", "2025", "signed",
          "That lease, worth €48m a year over twelve years, was the reason anyone had heard of Moncayo at all.",
          per="year", kind_alt=["cloud_contract"], note="'barely a year after' (previous sentence) -> 2025"),
        D("zarzalejo-moncayo-loan-2026", ["Banca Zarzalejo", "Moncayo Compute S.L."], "other", 150 * M, "EUR", "exact", "2026-03", "signed",
          "Only in March had the company signed a second, €150m credit line with Banca Zarzalejo to finish halls two and three; the buyer will now refinance that debt.",
          kind_alt=["investment"], note="'the company' = Moncayo; signing of the line negotiated in 008"),
        D("alphabet-capex-2026", ["Alphabet"], "capex_plan", 175 * B, "USD", "range", "2026", "planned",
          "Alphabet has guided 2026 capital expenditure to between $175 billion and $185 billion, and Microsoft is running at a similar pace.",
          amount_max=185 * B, term=["2026", "2026"], note="capex guidance counts as a capex plan; no month given -> year"),
        D("microsoft-portugal-2025", ["Microsoft"], "capex_plan", 10 * B, "USD", "exact", "2025-11", "planned",
          "Microsoft's $10bn Sines commitment from last November has pulled tenants, builders and bankers to the Alentejo coast, and Start Campus is now the region's largest private employer after the port.",
          kind_alt=["investment", "project"], note="restates 012/013"),
    ],
    ["just over €10m per megawatt", "€54 per MWh", "€20m", "$8 a month", "€10m per MW"],
)

ARTICLES["020_aragon_wirtschaft_am_freitag.txt"] = A(
    "2026-11-06", "from the date line 'Freitag, 6. November 2026 · Nr. 45'; 'am Mittwoch' -> 2026-11-04", "de",
    [
        D("aws-aragon-2026", ["Amazon"], "capex_plan", 3.4 * B, "EUR", "exact", "2026-11-04", "planned",
          "Weitere 3,4 Milliarden Euro will der Cloudkonzern bis 2030 in zwei zusätzliche Standorte bei Huesca stecken, wie das Unternehmen am Mittwoch bestätigte.",
          term=["2026", "2030"], kind_alt=["investment"],
          note="'der Cloudkonzern' = AWS (previous sentence); a new plan on top of the 2024 one, must stay apart from €15.7bn"),
        D("aws-aragon-2024", ["Amazon"], "capex_plan", 15.7 * B, "EUR", "exact", "2024", "planned",
          "Zusammen mit den Zusagen aus dem Frühjahr 2024 über 15,7 Milliarden Euro kommt AWS damit in der Region auf 19,1 Milliarden Euro.",
          term=["2024", "2033"], kind_alt=["investment"], note="'Frühjahr 2024' -> 2024; the 19.1bn sum in the same sentence is a not_deal (cumulative)"),
        D("blackstone-calatorao-2024", ["Blackstone"], "capex_plan", 4 * B, "EUR", "approx", "2024", "planned",
          "Der Finanzinvestor, der 2024 rund vier Milliarden Euro für einen Campus in Calatorao angekündigt hatte, hat im Sommer die ersten Fundamente gegossen.",
          kind_alt=["project"], note="'Der Finanzinvestor' = Blackstone (previous sentence); amount in words"),
        D("meta-talavera", ["Meta"], "project", 1 * B, "EUR", "approx", None, "cancelled",
          "Endgültig abgesagt hat Meta dagegen sein Rechenzentrum in Talavera de la Reina in Kastilien-La Mancha, für das der Konzern einst rund eine Milliarde Euro veranschlagt hatte.",
          kind_alt=["capex_plan"], note="cancelled; 'einst' gives no date -> null (announced 2022 per 002)"),
        D("termacor-capital-increase-2026", ["Termacor Ibérica S.A."], "investment", 60 * M, "EUR", "exact", "2026", "completed",
          "Termacor Ibérica hat an der Madrider Börse eine Kapitalerhöhung über 60 Millionen Euro platziert, der Ausgabepreis lag bei 26 Euro je Aktie.",
          note="equity raise placed on the exchange (buyers not named); no date in the short item -> year; the issue price is a not_deal"),
        D("iberdrola-echelon-jv", ["Iberdrola", "Echelon Data Centres"], "joint_venture", None, None, None, None, "signed",
          "Iberdrola und Echelon haben für ihr Gemeinschaftsunternehmen im Süden Madrids den ersten Mieter gefunden; Namen und Summen nannten die Partner nicht.",
          required=False, note="amount-less; restates the joint venture of 010 and an unnamed first tenant"),
        D("zarzalejo-moncayo-loan-2026", ["Banca Zarzalejo", "Moncayo Compute S.L."], "other", None, None, None, None, "cancelled",
          "Die Banca Zarzalejo hat Moncayo Compute nach dem Verkauf an Microsoft vorzeitig aus der zweiten Kreditlinie entlassen.",
          required=False, kind_alt=["investment"], note="amount-less: the second credit line ended early"),
        D("microsoft-moncayo-campus", ["Microsoft", "Moncayo Compute S.L."], "acquisition", None, None, None, None, "completed",
          "Die Banca Zarzalejo hat Moncayo Compute nach dem Verkauf an Microsoft vorzeitig aus der zweiten Kreditlinie entlassen.",
          required=False, note="amount-less reference to the campus sale of 019"),
    ],
    ["19,1 Milliarden Euro", "8,9 Milliarden Euro", "40 Millionen Euro", "61 Euro", "33 Milliarden Dollar", "26 Euro je Aktie", "4,90 Euro", "19,90 Euro im Monat"],
)


def clean(x):
    """Whole-number floats (15.7 * B) as int."""
    if isinstance(x, float) and x.is_integer():
        return int(x)
    if isinstance(x, float):
        return round(x)
    if isinstance(x, dict):
        return {k: clean(v) for k, v in x.items()}
    if isinstance(x, list):
        return [clean(v) for v in x]
    return x


def main():
    gold = {"about": ABOUT, "articles": clean(ARTICLES), "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {HERE / 'gold.json'}: {len(ARTICLES)} articles, "
          f"{sum(len(a['deals']) for a in ARTICLES.values())} deal mentions")


if __name__ == "__main__":
    main()
