#!/usr/bin/env python3
"""Write gold.json for tests/corpus67 (the hand annotation, kept as a script).

Usage: python3 tests/corpus67/make_gold.py     (rewrites gold.json next to this file)
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the sixty-seventh, held-out test corpus (tests/corpus67/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: Nordic data centres for AI (Norway, Sweden, Finland, Denmark, Iceland): "
    "hydropower and wind PPAs, waste-heat and district-heating deals, Stargate Norway, pension funds and "
    "banks, cable and cooling suppliers, and German coverage of the same. One entry per article; a deal that "
    "several articles report carries the same id in each. 'required': false marks vague, background or "
    "amount-less mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same "
    "article) states it in another currency or another form; the first article that reports a shared id "
    "carries all of them. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), "
    "resolved against the article's publication date ('published', from the article's own date line, "
    "dateline, byline, issue line, ticker header, or for HTML the visible byline or the meta tag / JSON-LD; "
    "null when the article has none); seasons become the year; a cancelled deal keeps the date of the "
    "original agreement or talks; 'term' is the period the deal covers, where the text gives one; "
    "'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the "
    "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: "
    "Hvitfjell Datasenter AS, Grønnelv Kraft AS, Fjellstad Pensjonskasse, Tindvik Sparebank, Lumikallio Oy, "
    "Järvenlahti Lämpö Oy, Revontuli Eläke, Vesterhav Køling A/S, Thyholm Kabel A/S, Hraunvellir ehf, "
    "Jökulfell Pension Fund, Fjärdsund Energi AB, Storbäcken Datahall AB, Málrún; invented publications and "
    "people are listed in invented_names.txt; the deals of real companies are retold with shifted or "
    "simplified details, and some deals between real and invented companies are invented outright "
    "(see README.md). Nothing here is reporting."
)

ALIASES = {
    "Google": ["Google", "Alphabet"],
    "Microsoft": ["Microsoft"],
    "Fortum": ["Fortum"],
    "CoreWeave": ["CoreWeave"],
    "Ardian": ["Ardian"],
    "Verne Global": ["Verne Global", "Verne"],
    "Digital 9 Infrastructure": ["Digital 9 Infrastructure", "Digital 9", "D9"],
    "Novo Nordisk Foundation": ["Novo Nordisk Foundation"],
    "EIFO": ["EIFO", "Exportfonds EIFO"],
    "Danish Centre for AI Innovation": ["Danish Centre for AI Innovation", "DCAI"],
    "Nscale": ["Nscale"],
    "Sandton Capital Partners": ["Sandton Capital Partners", "Sandton"],
    "Aker": ["Aker", "Aker ASA"],
    "OpenAI": ["OpenAI"],
    "SoftBank": ["SoftBank", "Softbank"],
    "Oracle": ["Oracle"],
    "Brookfield": ["Brookfield"],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "EcoDataCenter": ["EcoDataCenter"],
    "Azrieli Group": ["Azrieli Group", "Azrieli"],
    "Green Mountain": ["Green Mountain"],
    "Stargate Norway": ["Stargate Norway"],
    "Hvitfjell Datasenter": ["Hvitfjell Datasenter", "Hvitfjell Datasenter AS", "Hvitfjell"],
    "Grønnelv Kraft": ["Grønnelv Kraft", "Grønnelv Kraft AS", "Grønnelv"],
    "Fjellstad Pensjonskasse": ["Fjellstad Pensjonskasse", "Fjellstad"],
    "Tindvik Sparebank": ["Tindvik Sparebank"],
    "Lumikallio": ["Lumikallio", "Lumikallio Oy"],
    "Järvenlahti Lämpö": ["Järvenlahti Lämpö", "Järvenlahti Lämpö Oy", "Järvenlahti"],
    "Revontuli Eläke": ["Revontuli Eläke", "Revontuli"],
    "Vesterhav Køling": ["Vesterhav Køling", "Vesterhav Køling A/S", "Vesterhav"],
    "Thyholm Kabel": ["Thyholm Kabel", "Thyholm Kabel A/S", "Thyholm"],
    "Hraunvellir": ["Hraunvellir", "Hraunvellir ehf"],
    "Jökulfell Pension Fund": ["Jökulfell Pension Fund", "Jökulfell"],
    "Fjärdsund Energi": ["Fjärdsund Energi", "Fjärdsund Energi AB", "Fjärdsund"],
    "Storbäcken Datahall": ["Storbäcken Datahall", "Storbäcken Datahall AB", "Storbäcken"],
    "Málrún": ["Málrún"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, *, required=True,
         amount_max=None, per=None, term=None, alt=None, kind_alt=None, note=None):
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


HV, GK, FJ = "Hvitfjell Datasenter", "Grønnelv Kraft", "Fjellstad Pensjonskasse"
LU, JL = "Lumikallio", "Järvenlahti Lämpö"

ARTICLES = {}

ARTICLES["001_hamina_heat_kymi_en.txt"] = {
    "published": "2024-05-15",
    "published_note": "from the dateline 'HAMINA, 15 May 2024'; 'on Tuesday' -> 2024-05-14; 'said last week' -> 2024-05",
    "language": "en",
    "deals": [
        deal("google-hamina-2024", ["Google"], "capex_plan", 1_000_000_000, "EUR", "exact", "2024-05-14", "announced",
             "Google will put another €1 billion into its data-centre campus at Hamina, the company told local officials and reporters on Tuesday, extending a site that began life as Stora Enso's Summa paper mill.",
             kind_alt=["project"], note="own expansion plan of one company -> capex_plan; 'another' refers to earlier spending, whose running total ('well above €4 billion') is not a deal"),
        deal("lumikallio-jarvenlahti-heat", [LU, JL], "supply", 7_000_000, "EUR", "approx", "2024-05", "signed",
             "Lumikallio Oy, a Kotka start-up operating a 24-megawatt GPU hall, said last week it had signed a 20-year contract under which the municipal utility Järvenlahti Lämpö Oy buys its waste heat for about €7 million a year.",
             per="year", alt=[(140_000_000, "EUR")], kind_alt=["other"],
             note="waste-heat sale to a district-heating utility, a yearly rate over 20 years; 014 gives the total ('rund 140 Millionen Euro' over 20 years) -> alt_amounts; 'last week' gives only the month"),
    ],
    "not_deals": ["well above €4 billion", "€11.6m", "€92.40 per megawatt-hour", "€12–15 billion", "€2.3m",
                  "€42 per MWh", "€18"],
}

ARTICLES["002_alphabet_finnland_nordboerse.txt"] = {
    "published": "2024-05-16",
    "published_note": "from the portal line 'NORDBÖRSE AKTUELL | Technologie | 16.05.2024 | 08:47 Uhr'; 'am Dienstag' -> 2024-05-14",
    "language": "de",
    "deals": [
        deal("google-hamina-2024", ["Google"], "capex_plan", 1_000_000_000, "EUR", "exact", "2024-05-14", "announced",
             "Wie der Konzern am Dienstag mitteilte, fließt eine Milliarde Euro in die Erweiterung des Campus in Hamina am Finnischen Meerbusen.",
             kind_alt=["project"], note="amount in words; 'der Konzern' = Alphabet (previous sentence: 'Die Google-Mutter Alphabet')"),
        deal("microsoft-fortum-heat", ["Microsoft", "Fortum"], "supply", None, None, None, "2022", "signed",
             "Microsoft etwa hatte schon 2022 mit dem Versorger Fortum vereinbart, die Wärme seiner geplanten Rechenzentren rund um Helsinki in das regionale Fernwärmenetz einzuspeisen; Beträge nannten die Partner nicht.",
             required=False, kind_alt=["partnership"], note="background, no amount"),
    ],
    "not_deals": ["172,20 Dollar", "rund 2,1 Billionen Dollar", "80,5 Milliarden Dollar", "20 Cent je Anteilsschein",
                  "zwölf Milliarden Dollar", "195 Dollar", "172,20 $", "423,08 $", "13,54 €", "0 Euro",
                  "ab 500 Euro"],
}

ARTICLES["003_fjordline_hvitfjell_en.txt"] = {
    "published": "2024-06-06",
    "published_note": "from the issue line 'Issue 22 — Thursday, 6 June 2024'; 'signed on Tuesday' -> 2024-06-04; 'Back in March' -> 2024-03",
    "language": "en",
    "deals": [
        deal("gronnelv-hvitfjell-ppa", [HV, GK], "supply", 420_000_000, "NOK", "exact", "2024-06-04", "signed",
             "1) NOK 420 million a year, for fifteen years.",
             per="year", term=["2026", "2041"], alt=[(36_000_000, "EUR")],
             note="amount in a verbless headline fragment; buyer and seller in the next sentence ('That is what Hvitfjell Datasenter AS has agreed to pay Grønnelv Kraft AS'), signing 'on Tuesday' in the one after; 004 gives the EUR rate -> alt_amounts; different from the NOK 95m land sale of the same pair"),
        deal("gronnelv-hvitfjell-land", [HV, GK], "acquisition", 95_000_000, "NOK", "exact", "2024-03", "completed",
             "Back in March the hydropower company sold Hvitfjell the 38-hectare plot beside its Langvatn station; the price, NOK 95 million, only surfaced this week in the land registry.",
             kind_alt=["other"], note="'the hydropower company' = Grønnelv Kraft; land sale, the pair's second, different deal"),
        deal("hvitfjell-capex-2024", [HV], "capex_plan", 12_000_000_000, "NOK", "approx", "2024-06", "planned",
             "Hvitfjell's chief executive, Marit Sæterdal, told us the company intends to invest around NOK 12 billion in halls, transformers and cooling between now and 2028.",
             term=["2024", "2028"], note="capital-spending plan for a period; no day given"),
    ],
    "not_deals": ["NOK 2.3 billion", "NOK 14 million", "NOK 0.31/kWh", "16.44 øre/kWh", "NOK 610m", "NOK 6,900",
                  "NOK 1,490 a year"],
}

ARTICLES["004_sammelschiene_nordstrom.txt"] = {
    "published": "2024-06-07",
    "published_note": "from the issue line 'Ausgabe 23/2024 · Freitag, 7. Juni 2024'; 'am Dienstag' -> 2024-06-04; 'am Montag' -> 2024-06-03; 'in dieser Woche' -> 2024-06",
    "language": "de",
    "deals": [
        deal("gronnelv-hvitfjell-ppa", [HV, GK], "supply", 36_000_000, "EUR", "approx", "2024-06-04", "signed",
             "Umgerechnet rund 36 Millionen Euro jährlich zahlt Hvitfjell dafür, 15 Jahre lang; besiegelt wurde das Geschäft am Dienstag.",
             per="year", note="same PPA as 003, converted to EUR ('Umgerechnet'); seller Grønnelv Kraft in the previous sentence ('Lieferant ist ...'); 'dafür' = the hydropower"),
        deal("vesterhav-hvitfjell-cooling", ["Vesterhav Køling", HV], "supply", 48_000_000, "EUR", "approx", "2024-06", "signed",
             "Den Zuschlag für Trockenkühler und Pumpen erhielt die dänische Vesterhav Køling A/S aus Esbjerg, die das Volumen mit knapp 48 Millionen Euro beziffert.",
             note="'knapp' = just under -> approx; the customer (Hvitfjell) only through 'Auch die Kühlung ist vergeben' in the previous sentence; award date not given -> month of the issue"),
        deal("coreweave-europe-2024", ["CoreWeave"], "capex_plan", 2_200_000_000, "USD", "exact", "2024-06", "announced",
             "Der GPU-Cloud-Spezialist CoreWeave kündigte in dieser Woche an, 2,2 Milliarden Dollar in zusätzliche Kapazitäten in Norwegen, Schweden und Spanien zu stecken.",
             note="'in dieser Woche' -> month only"),
        deal("microsoft-sweden-2024", ["Microsoft"], "capex_plan", 33_700_000_000, "SEK", "exact", "2024-06-03", "announced",
             "Microsoft wiederum will in Schweden binnen zwei Jahren 33,7 Milliarden Kronen ausgeben, wie Konzernvize Brad Smith am Montag in Stockholm ankündigte.",
             term=["2024", "2026"], note="'Kronen' = Swedish kronor (Schweden)"),
    ],
    "not_deals": ["310 Millionen Kronen", "17,6 Cent je Kilowattstunde", "unter drei Cent",
                  "zwischen neun und elf Millionen Euro", "rund 1,1 Milliarden Euro", "290 Euro"],
}

ARTICLES["005_verne_ardian_coldaisle_en.html"] = {
    "published": "2024-08-23",
    "published_note": "no visible date; from <meta property=article:published_time> and JSON-LD datePublished 2024-08-23; 'on Thursday' -> 2024-08-22",
    "language": "en",
    "deals": [
        deal("ardian-verne-2024", ["Ardian", "Verne Global", "Digital 9 Infrastructure"], "acquisition", 575_000_000, "USD", "up_to", "2024-08-22", "signed",
             "The closed-ended fund said on Thursday that it had agreed to sell Verne Global, which runs data-centre campuses near Keflavík airport, in Helsinki and in London, to the French private-markets house Ardian in a deal worth up to $575 million.",
             note="seller 'The closed-ended fund' = Digital 9 Infrastructure (previous sentence); the $390m drawn credit facility is not a deal"),
        deal("jokulfell-hraunvellir-2024", ["Jökulfell Pension Fund", "Hraunvellir"], "investment", 42_000_000, "USD", "exact", "2024-08", "completed",
             "Hraunvellir ehf, which opened a 12 MW hall at Helguvík last autumn, has taken $42 million from the Jökulfell Pension Fund, its co-founder Sigrún Bergsteinsdóttir told The Cold Aisle Review.",
             note="no date given ('has taken') -> month of the page"),
    ],
    "not_deals": ["$390 million", "9.8p", "about $44 million", "roughly $35 to $45 per megawatt-hour", "£640", "£3,900"],
}

ARTICLES["006_gefion_ostseedienst.txt"] = {
    "published": "2024-10-24",
    "published_note": "from the wire line 'Ostseedienst | Wirtschaft | 24.10.2024 – 07:15'; 'am Mittwoch' -> 2024-10-23; 'vor knapp einem Jahr' -> 2023",
    "language": "de",
    "deals": [
        deal("nnf-dcai-2023", ["Novo Nordisk Foundation", "Danish Centre for AI Innovation"], "investment", 600_000_000, "DKK", "exact", "2023", "announced",
             "Die Stiftung hatte dem Zentrum vor knapp einem Jahr 600 Millionen Kronen zugesagt, umgerechnet gut 80 Millionen Euro.",
             alt=[(80_000_000, "EUR")], note="'Die Stiftung' = Novo Nordisk Foundation, 'dem Zentrum' = DCAI (previous sentences); pledge of about a year earlier -> 2023"),
        deal("eifo-dcai-2023", ["EIFO", "Danish Centre for AI Innovation"], "investment", 100_000_000, "DKK", "exact", "2023", "announced",
             "Der Exportfonds EIFO legte weitere 100 Millionen Kronen dazu und hält dafür eine Minderheitsbeteiligung.",
             required=False, note="equity from a state investment fund: could be read as public funding, so optional"),
        deal("vesterhav-dcai-cooling", ["Vesterhav Køling", "Danish Centre for AI Innovation"], "supply", 45_000_000, "DKK", "approx", "2024-10-23", "signed",
             "Die Vesterhav Køling A/S aus Esbjerg liefert Flüssigkühlung im Wert von rund 45 Millionen Kronen, wie beide Seiten am Mittwoch bestätigten.",
             note="customer DCAI in the previous sentence; the June order from Norway mentioned next is not annotated (the customer is not named here)"),
    ],
    "not_deals": ["zwischen 25.000 und 30.000 Dollar", "etwa 1,50 Euro je GPU-Stunde", "mehr als 160 Milliarden Euro",
                  "über 500 Milliarden Euro", "170 Millionen Kronen", "139,56 Dollar"],
}

ARTICLES["007_kilowatts_nscale_en.txt"] = {
    "published": "2024-12-12",
    "published_note": "from the byline 'Posted 12 December 2024 by Solveig Amundrud'; 'on Wednesday' -> 2024-12-11; 'in August' -> 2024-08; 'in June' -> 2024-06",
    "language": "en",
    "deals": [
        deal("sandton-nscale-seriesa", ["Sandton Capital Partners", "Nscale"], "investment", 155_000_000, "USD", "exact", "2024-12-11", "completed",
             "Nscale, the London start-up that runs GPUs out of a hydro-powered hall at Glomfjord in Nordland, said on Wednesday that it had closed a $155 million Series A round, with Sandton Capital Partners as lead investor.",
             note="round led by Sandton; other investors not named"),
        deal("ardian-verne-2024", ["Ardian", "Verne Global", "Digital 9 Infrastructure"], "acquisition", 575_000_000, "USD", "up_to", "2024-08", "signed",
             "Ardian agreed in August to take over Verne Global from Digital 9 for as much as $575m, and has since started quietly hiring in Reykjanesbær.",
             note="restates 005 in a bullet list; 'as much as' -> up_to"),
        deal("gronnelv-hvitfjell-ppa", [HV, GK], "supply", None, None, None, "2024-06", "signed",
             "Hvitfjell, the Mo i Rana developer, locked in fifteen years of hydropower from Grønnelv Kraft in June.",
             required=False, note="restated without amount"),
        deal("azrieli-green-mountain-2021", ["Azrieli Group", "Green Mountain"], "acquisition", 7_000_000_000, "NOK", "approx", "2021", "completed",
             "Green Mountain has belonged to Israel's Azrieli Group since 2021, when Azrieli paid roughly NOK 7 billion for it.",
             required=False, note="background purchase of 2021"),
    ],
    "not_deals": ["$2.10 an hour", "more than $4", "$9.4bn a year", "$6 a month", "NOK 1,800"],
}

ARTICLES["008_nordlicht_digest_maerz.txt"] = {
    "published": "2025-03-04",
    "published_note": "from the issue line 'Nr. 9/2025 · Dienstag, 4. März 2025'; rumour of the current talks -> 2025-03; 'Anfang Januar' and 'im Januar' -> 2025-01",
    "language": "de",
    "deals": [
        deal("fjellstad-hvitfjell-2025", [FJ, HV], "investment", 1_800_000_000, "NOK", "approx", "2025-03", "rumored",
             "Im Gespräch sind rund 30 Prozent der Anteile für etwa 1,8 Milliarden Kronen, wie zwei mit den Gesprächen vertraute Personen dem Digest sagten.",
             kind_alt=["acquisition"], alt=[(171_000_000, "USD")],
             note="rumour ('Insidern zufolge verhandelt ...', previous sentence names both sides); signed on 2025-03-20 (009), the USD figure from 009 -> alt_amounts; the implied valuation of six billion kroner is not a deal"),
        deal("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80_000_000_000, "USD", "approx", "2025-01", "planned",
             "Rund 80 Milliarden Dollar will Microsoft im Geschäftsjahr 2024/25, das am 30. Juni endet, in Rechenzentren für künstliche Intelligenz stecken.",
             term=["2024-07", "2025-06"], note="announced 'Anfang Januar' (next sentence) -> month; the US share ('Gut die Hälfte') has no figure"),
        deal("stargate-us-2025", ["OpenAI", "SoftBank", "Oracle"], "joint_venture", 500_000_000_000, "USD", "exact", "2025-01", "planned",
             "Die 500 Milliarden Dollar, die OpenAI, Softbank und Oracle im Januar für ihr Projekt Stargate in Aussicht stellten, fließen vorerst nach Texas.",
             required=False, kind_alt=["project", "capex_plan"], note="background mention of the US Stargate pledge"),
    ],
    "not_deals": ["ungefähr sechs Milliarden Kronen", "Rund 590 Milliarden Dollar", "150 Euro", "2.400 Euro",
                  "19 Euro im Monat"],
}

ARTICLES["009_fjellstad_skagerrak_en.txt"] = {
    "published": "2025-03-21",
    "published_note": "from the wire line 'March 21, 2025 · 07:05 CET'; dateline 'OSLO, March 20'; 'on Thursday' -> 2025-03-20",
    "language": "en",
    "deals": [
        deal("fjellstad-hvitfjell-2025", [FJ, HV], "investment", 1_800_000_000, "NOK", "exact", "2025-03-20", "signed",
             "Fjellstad Pensjonskasse, which manages retirement savings for some 90,000 Norwegian municipal and health workers, agreed on Thursday to buy 30% of Hvitfjell Datasenter for NOK 1.8 billion ($171 million), the two companies said.",
             kind_alt=["acquisition"], alt=[(171_000_000, "USD")], note="the signing of the rumour in 008; minority stake"),
        deal("tindvik-hvitfjell-loan", ["Tindvik Sparebank", HV], "other", 4_500_000_000, "NOK", "exact", "2025-03", "signed",
             "A group of five lenders led by Tindvik Sparebank will provide a NOK 4.5 billion construction loan running until 2032, the company said in a separate statement.",
             kind_alt=["investment"], term=["2025", "2032"],
             note="construction loan; 'the company' = Hvitfjell; the NOK 1.5bn green tranche is a part of it, not a deal; day of the separate statement not given -> month"),
    ],
    "not_deals": ["NOK 6 billion", "NOK 1.5 billion", "NOK 212 billion", "NOK 19 million", "NOK 64 million"],
}

ARTICLES["010_brookfield_straengnaes_owo.html"] = {
    "published": "2025-06-13",
    "published_note": "from the visible byline 'Von Merle Asmussen | 13.06.2025, 06:30 Uhr' (also <meta name=date> and JSON-LD); 'am Donnerstag' -> 2025-06-12; 'im April' -> 2025-04",
    "language": "de",
    "deals": [
        deal("brookfield-straengnaes-2025", ["Brookfield"], "capex_plan", 95_000_000_000, "SEK", "exact", "2025-06-12", "announced",
             "Über die kommenden zehn bis fünfzehn Jahre sollen insgesamt 95 Milliarden Kronen in das Gelände fließen – nach aktuellem Kurs knapp 8,7 Milliarden Euro –, teilte das Unternehmen am Donnerstag mit.",
             kind_alt=["project"], alt=[(8_700_000_000, "EUR")], note="passive ('sollen ... fließen'); spender Brookfield in the previous sentence, 'das Unternehmen'"),
        deal("storbacken-fjardsund-ppa", ["Storbäcken Datahall", "Fjärdsund Energi"], "supply", 2_400_000_000, "SEK", "exact", "2025-04", "signed",
             "Der Vertrag ist nach Angaben beider Seiten insgesamt 2,4 Milliarden Kronen wert.",
             note="12-year wind PPA; the parties and 'im April' are in the previous sentence; cancelled in 2026 (017)"),
    ],
    "not_deals": ["mehr als eine Billion Dollar", "knapp 3,4 Milliarden Kronen", "38 Euro", "67 Euro", "149 Euro",
                  "9,90 Euro pro Monat"],
}

ARTICLES["011_stargate_norway_ofoten_en.txt"] = {
    "published": "2025-08-01",
    "published_note": "from the dateline 'NARVIK, 1 August 2025'; 'on Thursday' -> 2025-07-31; 'last December' -> 2024-12",
    "language": "en",
    "deals": [
        deal("stargate-norway-jv", ["Aker", "Nscale"], "joint_venture", 1_000_000_000, "USD", "approx", "2025-07-31", "announced",
             "The two partners said on Thursday that they would each own half of the new company, Stargate Norway, and that the first phase would cost about $1 billion.",
             kind_alt=["project"], note="'The two partners' = Aker ASA and Nscale (previous paragraph); 50/50 venture, first-phase cost"),
        deal("openai-stargate-norway-offtake", ["OpenAI", "Stargate Norway"], "cloud_contract", None, None, None, "2025-07-31", "announced",
             "OpenAI, which will buy compute from the site under a separate agreement whose price was not disclosed, pointed to Norway's clean power and cool climate in its own announcement.",
             required=False, note="no price"),
        deal("sandton-nscale-seriesa", ["Sandton Capital Partners", "Nscale"], "investment", 155_000_000, "USD", "exact", "2024-12", "completed",
             "Nscale, which only became an independent company in 2024 and raised $155 million in a Series A round last December, with Sandton Capital Partners in the lead, already operates a hydro-powered facility at Glomfjord, further south in Nordland.",
             note="restates 007 ('last December' -> month)"),
    ],
    "not_deals": ["about NOK 2.2 billion", "NOK 0.19 per kWh", "NOK 688", "about NOK 51 billion", "NOK 61 billion"],
}

ARTICLES["012_narvik_microsoft_hanse.txt"] = {
    "published": "2025-09-18",
    "published_note": "from the date line 'Donnerstag, 18. September 2025 · Unternehmen & Märkte · Seite 11'; 'am Mittwoch' -> 2025-09-17; 'Ende Juli' -> 2025-07",
    "language": "de",
    "deals": [
        deal("nscale-microsoft-narvik", ["Nscale", "Microsoft"], "cloud_contract", 6_200_000_000, "USD", "exact", "2025-09-17", "signed",
             "Einen entsprechenden Vertrag mit einem Volumen von 6,2 Milliarden Dollar (rund 5,3 Milliarden Euro) unterzeichneten Nscale und die Amerikaner, wie die Briten am Mittwoch bekannt gaben.",
             term=["2025", "2030"], alt=[(5_300_000_000, "EUR")],
             note="'die Amerikaner' = Microsoft, 'die Briten' = Nscale; five years ('in den kommenden fünf Jahren', previous sentence)"),
        deal("stargate-norway-jv", ["Aker", "Nscale"], "joint_venture", 1_000_000_000, "USD", "approx", "2025-07", "announced",
             "Betrieben wird der Standort von Stargate Norway, dem Gemeinschaftsunternehmen, das Nscale und die norwegische Aker Ende Juli gegründet hatten; die erste Ausbaustufe soll rund eine Milliarde Dollar kosten.",
             kind_alt=["project"], note="restates 011; amount in words; 'Ende Juli' -> month"),
    ],
    "not_deals": ["mehrere Milliarden Dollar", "24,2 Milliarden Dollar", "510,02 Dollar", "knapp 3,8 Billionen Dollar",
                  "rund 20 Euro je Megawattstunde", "bis zu zwölf Millionen Euro", "für nur 1 Euro",
                  "34,90 Euro monatlich"],
}

ARTICLES["013_nscale_seriesb_nordicticker_en.txt"] = {
    "published": "2025-09-26",
    "published_note": "from the portal line 'NORDIC TICKER | Oslo Børs | 26 Sep 2025 | 08:10 CEST'; 'on Thursday' -> 2025-09-25; 'last week' -> 2025-09; 'In July' -> 2025-07",
    "language": "en",
    "deals": [
        deal("aker-nscale-seriesb", ["Aker", "Nscale"], "investment", 1_100_000_000, "USD", "exact", "2025-09-25", "completed",
             "Aker ASA has written the biggest cheque in a $1.1 billion Series B for Nscale, its partner in the Narvik data-centre venture, the British company said on Thursday.",
             note="Aker leads the round (other backers named without amounts); the pair's second deal, different from the Stargate Norway venture"),
        deal("nscale-microsoft-narvik", ["Nscale", "Microsoft"], "cloud_contract", 6_200_000_000, "USD", "exact", "2025-09", "signed",
             "The round comes only days after Nscale announced last week a $6.2 billion, five-year deal under which Microsoft takes GPU capacity from the Narvik site.",
             note="restates 012; 'last week' -> month"),
        deal("stargate-norway-jv", ["Aker", "Nscale"], "joint_venture", None, None, None, "2025-07", "announced",
             "In July, Aker and Nscale had set up Stargate Norway as a 50/50 joint venture.",
             required=False, note="restated without amount"),
    ],
    "not_deals": ["a little over $3 billion", "NOK 705.50", "NOK 780", "EUR 4.12", "Market cap: 52.4bn",
                  "Dividend 2024 per share: 30.50", "NOK 149 a month", "NOK 0 commission"],
}

ARTICLES["014_lumikallio_interview_doppelboden.txt"] = {
    "published": None,
    "published_note": "no date anywhere (only 'Rubrik: Köpfe · Lesezeit: 6 Minuten'); all deal dates null",
    "language": "de",
    "deals": [
        deal("lumikallio-jarvenlahti-heat", [LU, JL], "supply", 140_000_000, "EUR", "approx", None, "signed",
             "Järvenlahti Lämpö zahlt uns über 20 Jahre insgesamt rund 140 Millionen Euro für unsere Abwärme.",
             note="'uns' = Lumikallio (the interviewee's company); total of the 20-year heat contract that 001 gives as about €7m a year"),
        deal("revontuli-lumikallio-seriesc", ["Revontuli Eläke", LU], "investment", 260_000_000, "EUR", "exact", None, "completed",
             "Revontuli Eläke hat 260 Millionen Euro in unsere Serie C gesteckt, ohne diesen Pensionsfonds stünde die zweite Halle nicht.",
             note="'unsere' = Lumikallio"),
        deal("lumikallio-jarvenlahti-heatpump-jv", [LU, JL], "joint_venture", 38_000_000, "EUR", "exact", None, "planned",
             "Das Vorhaben kostet 38 Millionen Euro, beide Seiten tragen die Hälfte.",
             kind_alt=["project"],
             note="'Das Vorhaben' = the heat-pump joint venture with Järvenlahti (previous sentence, 'wir' = Lumikallio); the pair's second deal, different from the heat contract; signed on 2026-01-20 (016)"),
    ],
    "not_deals": ["acht bis zehn Millionen Euro", "4,2 Millionen Euro", "5.800 Euro im Monat", "gut 30 Millionen Euro",
                  "etwa 89 Euro je Megawattstunde", "390 Euro", "290 Euro"],
}

ARTICLES["015_verne_hraunvellir_basalt_en.html"] = {
    "published": "2025-12-09",
    "published_note": "from the visible byline 'By Hrafnhildur Ósk Jónsdóttir · Tue 9 Dec 2025' (also <meta name=pubdate>, JSON-LD); 'last year' -> 2024; 'in October' -> 2025-10; current talks -> 2025-12",
    "language": "en",
    "deals": [
        deal("ardian-verne-2024", ["Ardian", "Verne Global", "Digital 9 Infrastructure"], "acquisition", 575_000_000, "USD", "up_to", "2024", "completed",
             "Verne Global, the Icelandic data-centre operator that Ardian bought from Digital 9 Infrastructure last year for as much as $575 million, is negotiating to acquire its smaller neighbour Hraunvellir ehf, Basalt Tech has learned from two people involved.",
             note="restated in a relative clause; the same sentence reports the Hraunvellir talks, whose price follows in the next sentence"),
        deal("verne-hraunvellir-2025", ["Verne Global", "Hraunvellir"], "acquisition", 90_000_000, "USD", "approx", "2025-12", "rumored",
             "The price under discussion is roughly $90 million including debt, one of them said; neither wanted to be named because the talks are private.",
             note="buyer and target in the previous sentence; talks from sources -> rumored; ended in January 2026 (016)"),
        deal("malrun-hraunvellir-lease", ["Málrún", "Hraunvellir"], "cloud_contract", 1_100_000, "USD", "approx", "2025-10", "signed",
             "Its largest tenant, the Reykjavík language-model start-up Málrún, pays about $1.1 million a month under a three-year lease signed in October, the people said.",
             per="month", term=["2025-10", "2028-10"], kind_alt=["other"], note="'Its' = Hraunvellir; monthly lease rate"),
        deal("jokulfell-hraunvellir-2024", ["Jökulfell Pension Fund", "Hraunvellir"], "investment", 42_000_000, "USD", "exact", "2024", "completed",
             "The company's main outside backer, the Jökulfell Pension Fund, put $42 million into it last year.",
             note="restates 005; 'The company' / 'it' = Hraunvellir"),
    ],
    "not_deals": ["around $40 per megawatt-hour", "1.5 billion krónur a year", "about $150 million", "€290", "€5 a month"],
}

ARTICLES["016_tickerhaus_live_januar.txt"] = {
    "published": "2026-01-20",
    "published_note": "from the ticker header 'Dienstag, 20. Januar 2026'; 'heute' -> 2026-01-20; 'am Montagabend' -> 2026-01-19; 'im Dezember' -> 2025-12; 'im vergangenen März' -> 2025-03",
    "language": "de",
    "deals": [
        deal("verne-hraunvellir-2025", ["Verne Global", "Hraunvellir"], "acquisition", 90_000_000, "USD", "approx", "2025-12", "cancelled",
             "Im Raum stand ein Kaufpreis von rund 90 Millionen Dollar.",
             note="talks ended; the parties and 'im Dezember bekannt gewordenen Gespräche' in the previous sentence; a cancelled deal keeps the date of the talks"),
        deal("lumikallio-jarvenlahti-heatpump-jv", [LU, JL], "joint_venture", 38_000_000, "EUR", "exact", "2026-01-20", "signed",
             "Die Anlage am Hafen kostet 38 Millionen Euro, sie soll im Winter 2027 in Betrieb gehen.",
             kind_alt=["project"], note="parties and 'heute ... unterschrieben' in the previous sentence; the EU grant of €4.2m is not a deal"),
        deal("fjellstad-hvitfjell-2026", [FJ, HV], "investment", 600_000_000, "NOK", "exact", "2026-01-19", "signed",
             "Für das zusätzliche Paket zahlt Fjellstad 600 Millionen Kronen, wie der Mo-i-Rana-Entwickler am Montagabend mitteilte.",
             kind_alt=["acquisition"], note="second stake purchase (ten more percentage points), different from the 30 % of March 2025 and from the 2026 takeover"),
        deal("fjellstad-hvitfjell-2025", [FJ, HV], "investment", None, None, None, "2025-03", "completed",
             "Damit ist Hvitfjell rechnerisch sechs Milliarden Kronen wert – genauso viel wie beim Einstieg im vergangenen März.",
             required=False, kind_alt=["acquisition"], note="amount-less reference to the first stake; the six billion kroner is a valuation, not a deal"),
    ],
    "not_deals": ["4,2 Millionen Euro", "sechs Milliarden Kronen", "87,40 Kronen", "186 Dollar",
                  "mehr als 400 Milliarden Dollar", "64,30 Dollar je Barrel", "112 Euro je Megawattstunde",
                  "4,99 Euro monatlich"],
}

ARTICLES["017_mistral_borlaenge_ostseewz.txt"] = {
    "published": "2026-02-12",
    "published_note": "from the dateline 'STOCKHOLM/BORLÄNGE, 12. Februar 2026.' at the top of the text; 'am Mittwoch' -> 2026-02-11; 'im vergangenen Juni' -> 2025-06; 'im vergangenen April' -> 2025-04",
    "language": "de",
    "deals": [
        deal("mistral-ecodatacenter-borlaenge", ["Mistral AI", "EcoDataCenter"], "project", 1_200_000_000, "EUR", "approx", "2026-02-11", "announced",
             "Gemeinsam mit dem Betreiber EcoDataCenter will das Pariser Unternehmen rund 1,2 Milliarden Euro in einen Standort in Borlänge investieren, wie beide Seiten am Mittwoch ankündigten.",
             kind_alt=["capex_plan", "investment", "joint_venture"], alt=[(1_400_000_000, "USD")],
             note="'das Pariser Unternehmen' = Mistral AI (previous sentence); 019 gives about $1.4bn -> alt_amounts"),
        deal("brookfield-straengnaes-2025", ["Brookfield"], "capex_plan", 95_000_000_000, "SEK", "up_to", "2025-06", "announced",
             "Der kanadische Vermögensverwalter Brookfield hatte im vergangenen Juni Pläne vorgestellt, wonach bis zu 95 Milliarden Kronen in den Aufbau eines KI-Campus in Strängnäs fließen sollen.",
             kind_alt=["project"], note="restates 010, here with 'bis zu'"),
        deal("storbacken-fjardsund-ppa", ["Storbäcken Datahall", "Fjärdsund Energi"], "supply", 2_400_000_000, "SEK", "exact", "2025-04", "cancelled",
             "Storbäcken Datahall hat den im vergangenen April geschlossenen Windstromvertrag mit Fjärdsund Energi gekündigt, der über zwölf Jahre 2,4 Milliarden Kronen wert sein sollte.",
             note="terminated; keeps the date of the original agreement; the SEK 35m contractual penalty is not a deal"),
    ],
    "not_deals": ["11,7 Milliarden Euro", "einen dreistelligen Millionenbetrag", "71 Euro", "35 Millionen Kronen"],
}

ARTICLES["018_thyholm_kabel_jbw_en.txt"] = {
    "published": "2026-03-10",
    "published_note": "from the dateline 'AALBORG, 10 March 2026'; 'announced today' -> 2026-03-10; 'Last spring' -> 2025",
    "language": "en",
    "deals": [
        deal("thyholm-stargate-norway-cables", ["Thyholm Kabel", "Stargate Norway"], "supply", 650_000_000, "DKK", "exact", "2026-03-10", "signed",
             "Thyholm Kabel A/S, the Struer-based maker of medium-voltage and fibre-optic cable, has been awarded a DKK 650 million contract to supply Stargate Norway, the Aker–Nscale joint venture building an AI campus near Narvik, the company announced today.",
             term=["2026-05", "2027-12"], note="customer is the joint venture (Aker and Nscale are its owners, not parties); delivery period in the next sentence"),
        deal("thyholm-hvitfjell-framework", ["Thyholm Kabel", HV], "supply", 120_000_000, "DKK", "up_to", "2025", "signed",
             "Last spring Thyholm signed a framework agreement worth up to DKK 120 million with Hvitfjell Datasenter for the Mo i Rana campus.",
             note="season -> year"),
        deal("thyholm-struer-line", ["Thyholm Kabel"], "capex_plan", 85_000_000, "DKK", "exact", "2026-03", "planned",
             "Production will run at the Struer plant, where the company is adding a third extrusion line at a cost of DKK 85 million, financed from its own cash flow.",
             required=False, kind_alt=["project"], note="small own investment in a production line, mentioned in passing; optional"),
    ],
    "not_deals": ["DKK 2.1–2.3 billion", "DKK 1.8–2.0 billion", "DKK 1.74 billion", "DKK 96 million", "DKK 244",
                  "about DKK 3.1 billion"],
}

ARTICLES["019_boreal_digest_june_en.txt"] = {
    "published": "2026-06-11",
    "published_note": "from the issue line 'Vol. 3, No. 24 · Thursday 11 June 2026'; 'in February' -> 2026-02; 'in January' -> 2026-01; 'on Monday' -> 2026-06-08",
    "language": "en",
    "deals": [
        deal("alphabet-capex-2026", ["Google"], "capex_plan", 175_000_000_000, "USD", "range", "2026-02", "planned",
             "Alphabet told investors in February that its capital expenditure for 2026 would land between $175 billion and $185 billion, roughly double last year's outlay of $91 billion.",
             amount_max=185_000_000_000, term=["2026", "2026"], note="capex guidance range; last year's $91bn is past spending, not a deal"),
        deal("mistral-ecodatacenter-borlaenge", ["Mistral AI", "EcoDataCenter"], "project", 1_200_000_000, "EUR", "exact", "2026-02", "announced",
             "Groundwork has started in Borlänge, where Mistral AI and EcoDataCenter agreed in February to invest €1.2 billion (about $1.4bn) in a campus.",
             kind_alt=["capex_plan", "investment", "joint_venture"], alt=[(1_400_000_000, "USD")], note="restates 017"),
        deal("lumikallio-jarvenlahti-heatpump-jv", [LU, JL], "joint_venture", 38_000_000, "EUR", "exact", "2026-01", "signed",
             "Lumikallio and Järvenlahti Lämpö, which set up their €38m heat-pump venture in January, have ordered the compressors.",
             kind_alt=["project"], note="restates 016"),
        deal("revontuli-lumikallio-takeover", ["Revontuli Eläke", LU], "acquisition", 600_000_000, "EUR", "approx", "2026-06", "cancelled",
             "Revontuli Eläke said on Monday there was \"no basis\" to a newspaper report that it planned to buy the rest of Lumikallio for around €600 million.",
             required=False, note="denied report; different from Revontuli's Series C investment (014)"),
        deal("nscale-microsoft-narvik", ["Nscale", "Microsoft"], "cloud_contract", None, None, None, None, "signed",
             "First racks for Nscale's Microsoft contract are due in the Narvik halls in the autumn, according to local media.",
             required=False, note="restated without amount or date"),
    ],
    "not_deals": ["$91 billion", "a billion at a time", "SEK 60,000 a month", "€4.2m", "NOK 0.24/kWh",
                  "$1.85 per GPU-hour", "$2.35", "€250 voucher", "€12 monthly", "€120 annually"],
}

ARTICLES["020_hvitfjell_uebernahme_hww.txt"] = {
    "published": "2026-11-13",
    "published_note": "from the date line 'Freitag, 13. November 2026 · Nr. 46'; 'am Donnerstagabend' -> 2026-11-12; 'im März 2025' -> 2025-03; 'im Januar' -> 2026-01; 'Seit 2024' -> 2024",
    "language": "de",
    "deals": [
        deal("fjellstad-hvitfjell-takeover-2026", [FJ, HV], "acquisition", 5_400_000_000, "NOK", "approx", "2026-11-12", "signed",
             "Für die restlichen 60 Prozent zahlt Fjellstad rund 5,4 Milliarden Kronen, umgerechnet etwa 460 Millionen Euro, wie beide Seiten am Donnerstagabend mitteilten.",
             alt=[(460_000_000, "EUR")], note="third Fjellstad–Hvitfjell deal; still needs clearance; price per share (412 Kronen) and implied value (neun Milliarden) are not deals"),
        deal("fjellstad-hvitfjell-2025", [FJ, HV], "investment", 1_800_000_000, "NOK", "exact", "2025-03", "completed",
             "Für die ersten 30 Prozent hatte Fjellstad im März 2025 noch 1,8 Milliarden Kronen bezahlt, für weitere zehn Prozent im Januar 600 Millionen.",
             kind_alt=["acquisition"], note="two earlier deals in one sentence (also fjellstad-hvitfjell-2026)"),
        deal("fjellstad-hvitfjell-2026", [FJ, HV], "investment", 600_000_000, "NOK", "exact", "2026-01", "completed",
             "Für die ersten 30 Prozent hatte Fjellstad im März 2025 noch 1,8 Milliarden Kronen bezahlt, für weitere zehn Prozent im Januar 600 Millionen.",
             kind_alt=["acquisition"], note="second half of the sentence: '600 Millionen' without currency word (Kronen from the first half); 'im Januar' -> 2026-01"),
        deal("gronnelv-hvitfjell-ppa", [HV, GK], "supply", 420_000_000, "NOK", "exact", "2024", "signed",
             "Seit 2024 steht fest, dass Grønnelv Kraft dem Campus 15 Jahre lang Wasserkraft liefert, jährlich für 420 Millionen Kronen.",
             per="year", note="restates 003; 'dem Campus' = Hvitfjell's campus"),
    ],
    "not_deals": ["neun Milliarden Kronen", "412 Kronen", "700 bis 750 Millionen Kronen", "236 Milliarden Kronen",
                  "3,2 Milliarden Kronen", "0,29 Kronen je Kilowattstunde", "2.990 Euro"],
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
