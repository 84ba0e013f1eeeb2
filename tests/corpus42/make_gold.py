#!/usr/bin/env python3
"""Write gold.json for corpus42 (the hand annotation, kept as a script so it can be edited).

Usage: python3 tests/corpus42/make_gold.py   (then run check_gold.py)
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the forty-second, held-out test corpus (tests/corpus42/articles/), "
    "written for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json "
    "and shared/gold/seeds.json. Theme: European AI infrastructure and sovereign AI (Mistral AI, Deutsche "
    "Telekom/Nvidia, Nebius and Nscale contracts with Microsoft, Schwarz Gruppe and SAP plans, Brookfield/Data4, "
    "the Paris AI summit, UK AI growth zones). One entry per article; a deal that several articles report carries "
    "the same id in each. 'required': false marks amount-less, vague or background mentions that an extractor may "
    "report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a "
    "deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | "
    "up_to | at_least | range. 'alt_amounts' gives the same deal's amount in another currency or as another "
    "article states it. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved "
    "against the article's publication date ('published', from the article's date line, dateline, byline or "
    "meta tag, or null when the article has none); seasons and quarters become the year; 'term' is the period "
    "the deal covers where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). The companies are real; their deals follow public reports loosely, with "
    "amounts, dates and wording partly shifted. Publications, reporters, analysts, research houses and "
    "advertisers are invented (see invented_names.txt and README.md). Nothing here is reporting."
)

ALIASES = {
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "Mistral AI": ["Mistral AI", "Mistral"],
    "General Catalyst": ["General Catalyst"],
    "RWE Power": ["RWE Power AG", "RWE Power", "RWE"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Aleph Alpha": ["Aleph Alpha"],
    "SAP": ["SAP", "SAP SE"],
    "Bosch": ["Bosch", "Robert Bosch"],
    "Blackstone": ["Blackstone", "Blackstone Inc."],
    "Advance Northumberland": ["Advance Northumberland"],
    "Vantage Data Centers": ["Vantage Data Centers", "Vantage"],
    "Nscale": ["Nscale"],
    "Kyndryl": ["Kyndryl"],
    "Brookfield": ["Brookfield", "Brookfield Asset Management"],
    "Data4": ["Data4"],
    "AXA IM Alts": ["AXA IM Alts", "AXA IM Alternatives"],
    "United Arab Emirates": ["United Arab Emirates", "UAE", "Vereinigte Arabische Emirate",
                             "Vereinigten Arabischen Emirate", "VAE"],
    "France": ["France", "Frankreich"],
    "Fluidstack": ["Fluidstack"],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Aker ASA": ["Aker ASA", "Aker"],
    "OpenAI": ["OpenAI"],
    "Sandton Capital Partners": ["Sandton Capital Partners", "Sandton Capital", "Sandton"],
    "Schwarz Gruppe": ["Schwarz Gruppe", "Schwarz-Gruppe", "Schwarz Group", "Schwarz Digits"],
    "Nebius": ["Nebius", "Nebius Group", "NBIS"],
    "ASML": ["ASML", "ASML Holding"],
    "Google": ["Google"],
    "Deutsche Telekom": ["Deutsche Telekom", "Telekom"],
    "Meta": ["Meta", "Meta Platforms"],
    "EcoDataCenter": ["EcoDataCenter"],
    "Koyeb": ["Koyeb"],
    "Ionic Digital": ["Ionic Digital"],
}


def deal(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
         amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount is not None else None,
         "qualifier": qualifier if amount is not None else None,
         "date": date, "status": status, "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


def none(id, parties, kind, date, status, evidence, **extra):
    """An amount-less (optional) mention."""
    return deal(id, parties, kind, None, None, None, date, status, evidence, required=False, **extra)


A = {}

A["001_mistral_azure_vlietland_en.txt"] = {
    "published": "2024-02-27",
    "published_note": "from the issue line 'No. 7 | Tuesday, 27 February 2024'; 'on Monday' -> 2024-02-26; 'Earlier this month' -> 2024-02",
    "language": "en",
    "deals": [
        deal("microsoft-mistral-2024", ["Microsoft", "Mistral AI"], "investment", 15_000_000, "EUR", "exact",
             "2024-02-26", "signed",
             "Microsoft is taking a €15 million stake in Paris-based Mistral AI, the start-up said on Monday, structured as a convertible that turns into shares when the company next raises equity.",
             kind_alt=["partnership"],
             note="convertible stake plus Azure distribution; 'the Redmond-based group' in the next sentence; Microsoft's ~$13bn in OpenAI is a cumulative total (not_deals)"),
        deal("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3_200_000_000, "EUR", "exact",
             "2024-02", "announced",
             "Earlier this month Microsoft committed €3.2 billion to Germany through the end of 2025 — the biggest single investment in the company's forty years in the country — to double its data-centre capacity for AI and cloud, with new sites west of Cologne.",
             term=["2024-02", "2025"],
             note="only the month here ('Earlier this month'); 002 gives the day (2024-02-15)"),
    ],
    "not_deals": ["some $13 billion", "around €2 billion", "$8 per million input tokens", "€2.2bn", "$1,099", "€49"],
}

A["002_microsoft_revier_roerbode.txt"] = {
    "published": "2024-02-16",
    "published_note": "from the dateline 'Bergheim/Elsdorf, 16. Februar 2024' (a Friday, cf. 'am Freitagmorgen'); 'am Donnerstag' -> 2024-02-15",
    "language": "de",
    "deals": [
        deal("microsoft-germany-2024", ["Microsoft"], "capex_plan", 3_200_000_000, "EUR", "approx",
             "2024-02-15", "announced",
             "Bis Ende 2025 will der US-Softwarekonzern in Deutschland rund 3,2 Milliarden Euro ausgeben, den größten Teil davon in Cloud- und KI-Kapazitäten in Nordrhein-Westfalen und im Raum Frankfurt.",
             term=["2024-02", "2025"],
             note="'der US-Softwarekonzern' = Microsoft (previous paragraph); announced by Brad Smith 'am Donnerstag' in the next sentence"),
        none("microsoft-rwe-land-2023", ["Microsoft", "RWE Power"], "acquisition", "2023", "completed",
             "Die Grundstücke hat sich Microsoft schon im vergangenen Jahr gesichert: Flächen in Bergheim und in Elsdorf, zusammen gut 50 Hektar, wurden von der RWE Power AG und von Privatleuten erworben.",
             kind_alt=["other"],
             note="land purchase without a price ('Über den Kaufpreis schweigen alle Beteiligten'); 'im vergangenen Jahr' -> 2023"),
    ],
    "not_deals": ["60 bis 90 Euro je Quadratmeter", "14,8 Milliarden Euro",
                  "im niedrigen zweistelligen Millionenbereich", "1,02 Milliarden Euro", "1.890 Euro"],
}

A["003_mistral_seriesb_zeelandt_en.txt"] = {
    "published": "2024-06-12",
    "published_note": "from the line 'Updated June 12, 2024, 06:40 CEST'; dateline 'PARIS, June 11'; 'said on Tuesday' -> 2024-06-11",
    "language": "en",
    "deals": [
        deal("mistral-seriesb-2024", ["General Catalyst", "Mistral AI"], "investment", 600_000_000, "EUR", "exact",
             "2024-06-11", "completed",
             "Mistral AI has raised €600 million, about $645 million, from investors led by General Catalyst, the French artificial-intelligence start-up said on Tuesday, barely a year after three researchers from Google DeepMind and Meta founded it.",
             alt_amounts=[{"amount": 645_000_000, "currency": "USD"}, {"amount": 640_000_000, "currency": "USD"}],
             note="round led by General Catalyst; the equity/debt split (€468m/€132m) and the €5.8bn valuation are not deals; 004 converts to 'rund 640 Millionen Dollar'"),
        deal("microsoft-mistral-2024", ["Microsoft", "Mistral AI"], "investment", 15_000_000, "EUR", "exact",
             "2024-02", "signed",
             "The U.S. group took a small stake in February, worth €15 million, and distributes Mistral's models through its Azure cloud.",
             kind_alt=["partnership"],
             note="'The U.S. group' = Microsoft (previous sentence); restated with the month only"),
        deal("aleph-alpha-round-2023", ["Aleph Alpha", "SAP", "Bosch"], "investment", 500_000_000, "USD", "exact",
             None, "completed",
             "Aleph Alpha secures $500 million from SAP, Bosch and others",
             required=False,
             note="background deal in a related-link line, no date"),
    ],
    "not_deals": ["€5.8 billion", "€468 million", "€132 million", "$3.4 billion", "€18 billion"],
}

A["004_souveraenitaet_ruimzicht.txt"] = {
    "published": "2024-06-14",
    "published_note": "from the blog byline 'veröffentlicht am 14.06.2024' (postscript dated 15.06.); 'am Dienstag' -> 2024-06-11; 'Mitte Mai' -> 2024-05",
    "language": "de",
    "deals": [
        deal("mistral-seriesb-2024", ["General Catalyst", "Mistral AI"], "investment", 600_000_000, "EUR", "exact",
             "2024-06-11", "completed",
             "Mistral AI hat am Dienstag 600 Millionen Euro eingesammelt, umgerechnet rund 640 Millionen Dollar, angeführt vom Wagniskapitalgeber General Catalyst aus dem Silicon Valley.",
             alt_amounts=[{"amount": 640_000_000, "currency": "USD"}]),
        deal("aws-sovereign-cloud-brandenburg", ["Amazon"], "capex_plan", 7_800_000_000, "EUR", "approx",
             "2024-05", "announced",
             "Mitte Mai hat Amazon Web Services angekündigt, bis zum Jahr 2040 ungefähr 7,8 Milliarden Euro für eine „European Sovereign Cloud“ in Brandenburg auszugeben – eine Cloud, die nur von EU-Personal betrieben und rechtlich vom Mutterkonzern abgeschirmt werden soll.",
             term=[None, "2040"]),
        deal("microsoft-mistral-2024", ["Microsoft", "Mistral AI"], "investment", 15_000_000, "EUR", "exact",
             "2024-02", "signed",
             "Ein Leser weist darauf hin, dass auch Microsoft bei Mistral beteiligt ist (15 Millionen Euro, Februar).",
             kind_alt=["partnership"],
             note="restated in a postscript, month only"),
    ],
    "not_deals": ["5,8 Milliarden Euro", "2,5 Milliarden Euro", "1,6 Milliarden Euro", "25 Milliarden Dollar",
                  "4 Euro im Monat"],
}

A["005_blyth_blackstone_wansbeek_en.html"] = {
    "published": "2024-09-27",
    "published_note": "no visible date; from <meta property=article:published_time content=2024-09-27T07:15> and JSON-LD datePublished; 'on Thursday' -> 2024-09-26; 'earlier this year' -> 2024",
    "language": "en",
    "deals": [
        deal("blackstone-cambois-campus", ["Blackstone"], "capex_plan", 10_000_000_000, "GBP", "exact",
             "2024-09-26", "announced",
             "Blackstone, the New York private equity house, is to pour £10 billion into a data centre campus on the windswept coast north of Blyth that would rank among the biggest in Europe, the firm confirmed on Thursday after Northumberland County Council's strategic planning committee voted it through.",
             kind_alt=["project"],
             note="the spender's own plan (QTS is Blackstone's data-centre arm); planning approval on the same day"),
        deal("blackstone-cambois-site", ["Blackstone", "Advance Northumberland"], "acquisition", 110_000_000, "GBP",
             "exact", "2024", "completed",
             "Blackstone bought the 237-acre plot from the council's regeneration company, Advance Northumberland, for £110 million earlier this year.",
             kind_alt=["other"],
             note="land purchase; a different deal from the £10bn campus plan"),
    ],
    "not_deals": ["£38,000", "£100 million", "£412 million", "£20 million a year", "£45.6 million", "£3,995"],
}

A["006_growth_zones_oostveld_en.txt"] = {
    "published": "2025-01-14",
    "published_note": "from the byline 'By Pieter Gorissen, Technology Correspondent | 14 January 2025'; 'on Monday' -> 2025-01-13; 'last September' -> 2024-09",
    "language": "en",
    "deals": [
        deal("vantage-uk-2025", ["Vantage Data Centers"], "capex_plan", 12_000_000_000, "GBP", "exact",
             "2025-01-13", "planned",
             "The Denver-based operator said it plans to invest £12 billion in UK sites, among them a campus in Wales that will be one of the biggest in Europe.",
             note="'The Denver-based operator' = Vantage Data Centers (previous sentence); pledges rolled out with the plan on Monday"),
        deal("nscale-uk-2025", ["Nscale"], "capex_plan", 2_500_000_000, "USD", "exact",
             "2025-01-13", "planned",
             "Nscale, a London GPU-cloud start-up little known outside the industry, said it would invest $2.5 billion in British data centres over the next three years, including a facility at Loughton in Essex.",
             term=["2025", "2027"]),
        deal("blackstone-cambois-campus", ["Blackstone"], "capex_plan", 10_000_000_000, "GBP", "exact",
             "2024-09", "announced",
             "Blackstone's £10 billion campus at Cambois in Northumberland, cleared by councillors last September, is expected to apply for the status.",
             kind_alt=["project"]),
        none("kyndryl-liverpool-2025", ["Kyndryl"], "capex_plan", "2025-01-13", "planned",
             "The third pledge, from IT services group Kyndryl, is about jobs in Liverpool rather than buildings; it gave no figure."),
    ],
    "not_deals": ["£14 billion", "£1.3 billion", "£800 million", "£1.5 million a year"],
}

A["007_ki_gipfel_paris_kempenaar.txt"] = {
    "published": "2025-02-12",
    "published_note": "from the date line 'Mittwoch, 12. Februar 2025'; 'am Montag' -> 2025-02-10; 'vergangene Woche' -> 2025-02",
    "language": "de",
    "deals": [
        deal("brookfield-france-2025", ["Brookfield"], "capex_plan", 20_000_000_000, "EUR", "approx",
             "2025-02-10", "planned",
             "Der Vermögensverwalter Brookfield will in Frankreich bis 2030 rund 20 Milliarden Euro ausgeben, vor allem für Rechenzentren und deren Energieversorgung, wie er am Montag mitteilte.",
             term=[None, "2030"], alt_amounts=[{"amount": 20_700_000_000, "currency": "USD"}],
             note="'davon rund 15 Milliarden Euro' for the Cambrai campus (Data4) is part of this plan (not_deals); USD from 008"),
        deal("uae-france-ai-campus", ["United Arab Emirates", "France"], "project", 30_000_000_000, "EUR", "range",
             "2025-02", "announced",
             "Schon vergangene Woche hatten die Vereinigten Arabischen Emirate zugesagt, zwischen 30 und 50 Milliarden Euro bereitzustellen – für einen KI-Campus von einem Gigawatt Leistung auf französischem Boden.",
             amount_max=50_000_000_000, kind_alt=["investment"]),
        deal("fluidstack-france-2025", ["Fluidstack"], "project", 10_000_000_000, "EUR", "exact",
             "2025-02", "planned",
             "Der britische GPU-Anbieter Fluidstack plant zudem einen Supercomputer für zehn Milliarden Euro, der bis 2026 in Betrieb gehen soll.",
             kind_alt=["capex_plan"], note="amount in words; no day given -> month of the summit"),
        none("mistral-essonne-dc", ["Mistral AI"], "capex_plan", "2025-02", "planned",
             "Mistral AI, Frankreichs Vorzeige-Start-up, kündigte an, ein eigenes Rechenzentrum in der Region Essonne zu bauen.",
             kind_alt=["project"]),
    ],
    "not_deals": ["109 Milliarden Euro", "rund 15 Milliarden Euro", "200 Milliarden Euro",
                  "Fonds von 20 Milliarden Euro", "70 Euro je Megawattstunde"],
}

A["008_brookfield_data4_wittebrug_en.txt"] = {
    "published": "2025-02-13",
    "published_note": "from the issue line 'Thursday 13 Feb 2025 | Issue 52'; 'on Monday' -> 2025-02-10; 'last week' -> 2025-02",
    "language": "en",
    "deals": [
        deal("brookfield-france-2025", ["Brookfield"], "capex_plan", 20_000_000_000, "EUR", "exact",
             "2025-02-10", "planned",
             "Brookfield said on Monday it would commit €20bn (about $20.7bn) to French AI infrastructure through 2030, most of it earmarked for a 1GW campus near Cambrai in Hauts-de-France.",
             term=[None, "2030"], alt_amounts=[{"amount": 20_700_000_000, "currency": "USD"}]),
        none("brookfield-data4-2023", ["Brookfield", "Data4", "AXA IM Alts"], "acquisition", "2023", "completed",
             "Data4, the Paris-based operator it bought from AXA IM Alts in 2023, will develop and run the site, which would be among the largest in Europe.",
             note="old acquisition mentioned in passing, no price"),
        deal("uae-france-ai-campus", ["United Arab Emirates", "France"], "project", 30_000_000_000, "EUR", "range",
             "2025-02", "announced",
             "Also in Paris: the UAE's promise of between €30bn and €50bn for an AI campus in France of up to 1GW, first flagged at the Élysée last week, got a second round of applause.",
             amount_max=50_000_000_000, kind_alt=["investment"]),
    ],
    "not_deals": ["€8m–€10m per megawatt", "roughly $1 trillion", "$28bn", "€71/MWh", "£690/yr", "£2,400/yr"],
}

A["009_brookfield_schweden_stroomdraad.txt"] = {
    "published": "2025-06-13",
    "published_note": "from the issue line 'Ausgabe 24/2025 | 13.06.2025' (a Friday); 'am Donnerstag' -> 2025-06-12; 'am Mittwoch' -> 2025-06-11",
    "language": "de",
    "deals": [
        deal("brookfield-sweden-2025", ["Brookfield"], "capex_plan", 95_000_000_000, "SEK", "exact",
             "2025-06-12", "planned",
             "Der kanadische Infrastrukturinvestor Brookfield will in Schweden 95 Milliarden Kronen, umgerechnet etwa 8,6 Milliarden Euro, für ein Rechenzentrum für künstliche Intelligenz aufwenden.",
             kind_alt=["project"], alt_amounts=[{"amount": 8_600_000_000, "currency": "EUR"}],
             note="different from Brookfield's French plan (007/008)"),
        none("nvidia-mistral-compute", ["Nvidia", "Mistral AI"], "partnership", "2025-06-11", "announced",
             "Auf der VivaTech hat Nvidia-Chef Jensen Huang am Mittwoch eine Partnerschaft mit Mistral AI vorgestellt: Unter dem Namen „Mistral Compute“ soll in der Region Paris eine KI-Cloud mit zunächst 18.000 Grace-Blackwell-Chips entstehen.",
             kind_alt=["supply"], note="no financial details"),
    ],
    "not_deals": ["3,4 Milliarden Kronen", "37 Euro", "0,439 Kronen je Kilowattstunde",
                  "1,2 Millionen Kronen je Megawatt", "95 Euro", "480 Euro"],
}

A["010_stargate_norway_noordkaap_en.txt"] = {
    "published": "2025-08-01",
    "published_note": "from the dateline 'OSLO, 1 August 2025'; 'on Thursday' -> 2025-07-31; 'last December' -> 2024-12",
    "language": "en",
    "deals": [
        deal("aker-nscale-stargate-norway", ["Aker ASA", "Nscale"], "joint_venture", 1_000_000_000, "USD", "approx",
             "2025-07-31", "announced",
             "The two partners expect to put around $1 billion into the first phase, which is designed for 230 megawatts and 100,000 Nvidia graphics processors by the end of 2026.",
             kind_alt=["investment", "project"],
             note="50/50 venture (previous sentence); first Aker-Nscale deal, different from Aker's lead of Nscale's $1.1bn round (015/016)"),
        none("openai-stargate-norway-offtake", ["OpenAI", "Aker ASA", "Nscale"], "cloud_contract", "2025-07-31",
             "announced",
             "OpenAI will buy capacity under what it calls an \"offtake arrangement\"; neither side disclosed prices or the length of the commitment."),
        deal("sandton-nscale-seriesa-2024", ["Sandton Capital Partners", "Nscale"], "investment", 155_000_000, "USD",
             "exact", "2024-12", "completed",
             "Nscale, founded in 2024, took $155 million last December from a group of Series A investors headed by Sandton Capital Partners and has been building GPU clusters at Glomfjord, further south."),
    ],
    "not_deals": ["NOK 655", "NOK 48 billion", "NOK 61.3 billion", "12 øre per kilowatt-hour", "NOK 1.9 billion"],
}

A["011_schwarz_luebbenau_spreebode.html"] = {
    "published": "2025-08-21",
    "published_note": "no visible date; from <meta name=date content=2025-08-21T06:00> and JSON-LD datePublished; 'am Mittwoch' -> 2025-08-20",
    "language": "de",
    "deals": [
        deal("schwarz-luebbenau-2025", ["Schwarz Gruppe"], "capex_plan", 11_000_000_000, "EUR", "approx",
             "2025-08-20", "planned",
             "Die Schwarz-Gruppe aus Neckarsulm will rund elf Milliarden Euro in ein Rechenzentrum in Lübbenau investieren.",
             kind_alt=["project"], note="amount in words; confirmed by Schwarz Digits 'am Mittwoch' (next sentence)"),
        deal("aws-sovereign-cloud-brandenburg", ["Amazon"], "capex_plan", 7_800_000_000, "EUR", "approx",
             "2024", "announced",
             "Amazon Web Services hatte 2024 in Aussicht gestellt, für seine „souveräne“ Cloud in Brandenburg bis zum Jahr 2040 etwa 7,8 Milliarden Euro auszugeben; wo genau die Rechenzentren stehen, hält AWS bis heute geheim.",
             term=[None, "2040"]),
    ],
    "not_deals": ["gut 40 Millionen Euro im Jahr", "bis zu 60 Millionen Euro", "48 Millionen Euro"],
}

A["012_nebius_microsoft_beursvenster_en.txt"] = {
    "published": "2025-09-09",
    "published_note": "from the line 'Sep 9, 2025 · 8:31 AM ET'; 'after the bell on Monday' -> 2025-09-08",
    "language": "en",
    "deals": [
        deal("nebius-microsoft-2025", ["Nebius", "Microsoft"], "cloud_contract", 17_400_000_000, "USD", "exact",
             "2025-09-08", "signed",
             "Under the agreement, disclosed after the bell on Monday, Nebius will provide Microsoft with dedicated capacity at a facility it is building in Vineland, N.J., for $17.4 billion (roughly €14.9 billion) through 2031.",
             term=["2025-09", "2031"],
             alt_amounts=[{"amount": 14_900_000_000, "currency": "EUR"}, {"amount": 19_400_000_000, "currency": "USD"}],
             note="could rise to about $19.4bn with extra services (next sentence, alt_amounts)"),
        deal("nebius-capex-2025", ["Nebius"], "capex_plan", 2_000_000_000, "USD", "approx", "2025-08", "planned",
             "• 2025 capex plan: about $2 billion, as reiterated in August",
             note="a stated plan for a year's capital spending (bullet in a fact box)"),
    ],
    "not_deals": ["$95.20", "$64.70", "$22 billion", "$105.1 million", "$900 million to $1.1 billion",
                  "$88 billion", "$120", "$78", "€1 per order"],
}

A["013_asml_mistral_vanhoutem.txt"] = {
    "published": "2025-09-10",
    "published_note": "from the line 'Van Houtem Wirtschaftsdienst | Technologie | 10.09.2025 – 11:20'; 'am Dienstag' -> 2025-09-09; 'am Montag' -> 2025-09-08",
    "language": "de",
    "deals": [
        deal("asml-mistral-2025", ["ASML", "Mistral AI"], "investment", 1_300_000_000, "EUR", "exact",
             "2025-09-09", "signed",
             "Der Konzern investiert 1,3 Milliarden Euro in das Pariser KI-Start-up, wie beide Unternehmen am Dienstag mitteilten.",
             note="'Der Konzern' = ASML, 'das Pariser KI-Start-up' = Mistral AI (previous sentence)"),
        deal("mistral-seriesc-2025", ["Mistral AI", "ASML"], "investment", 1_700_000_000, "EUR", "exact",
             "2025-09-09", "signed",
             "Die gesamte Runde, die ASML anführt, summiert sich auf 1,7 Milliarden Euro; mit dabei sind auch Nvidia, Andreessen Horowitz, General Catalyst, Bpifrance und DST Global.",
             required=False, note="round total that includes ASML's €1.3bn; optional"),
        deal("nebius-microsoft-2025", ["Nebius", "Microsoft"], "cloud_contract", 17_400_000_000, "USD", "exact",
             "2025-09-08", "signed",
             "Erst am Montag hatte der in Amsterdam ansässige Cloudanbieter Nebius einen Vertrag mit Microsoft über 17,4 Milliarden Dollar bekanntgegeben; der Softwarekonzern aus Redmond mietet damit für fünf Jahre Grafikprozessoren in einem Rechenzentrum in New Jersey an."),
        none("mistral-seriesb-2024", ["General Catalyst", "Mistral AI"], "investment", "2024-06", "completed",
             "Mistral hatte zuletzt im Juni 2024 Geld aufgenommen und war damals mit 5,8 Milliarden Euro bewertet worden.",
             note="the 2024 round mentioned without its amount; the €5.8bn is the valuation (not_deals)"),
    ],
    "not_deals": ["11,7 Milliarden Euro", "708,40 Euro", "32 Milliarden Euro", "5,8 Milliarden Euro",
                  "fast drei Milliarden Euro"],
}

A["014_uk_tech_deal_maasland_en.txt"] = {
    "published": "2025-09-18",
    "published_note": "from the date line 'Thursday 18 September 2025'; 'on Tuesday' -> 2025-09-16; 'on Wednesday' -> 2025-09-17",
    "language": "en",
    "deals": [
        deal("microsoft-uk-2025", ["Microsoft"], "capex_plan", 30_000_000_000, "USD", "exact",
             "2025-09-16", "announced",
             "The company said on Tuesday it would put $30 billion (£22 billion) to work in Britain in the four years to 2028, of which $15.5 billion goes on capital projects such as data centres.",
             term=["2025", "2028"], alt_amounts=[{"amount": 22_000_000_000, "currency": "GBP"}],
             note="'The company' = Microsoft (previous sentence); the $15.5bn capex share is part of it (not_deals)"),
        deal("google-uk-2025", ["Google"], "capex_plan", 5_000_000_000, "GBP", "exact",
             "2025-09-16", "planned",
             "Google opened a £735 million data centre at Waltham Cross the same day and said it would invest £5 billion in the UK over the next two years, including research at DeepMind in London.",
             term=["2025", "2027"], note="'the same day' = Tuesday; the opened £735m data centre is money already spent"),
        deal("nscale-microsoft-narvik", ["Nscale", "Microsoft", "Aker ASA"], "cloud_contract", 6_200_000_000, "USD",
             "exact", "2025-09-17", "signed",
             "It will supply Microsoft with GPU capacity at the Narvik site in Arctic Norway that it is building with Aker, in a five-year agreement the partners valued at $6.2 billion.",
             term=["2025", "2030"],
             note="'It' = Nscale (previous sentence, 'on Wednesday'); first Nscale-Microsoft deal, different from the ~200,000-GPU order of October (016)"),
    ],
    "not_deals": ["£150 billion", "$15.5 billion", "£735 million", "£2 billion", "£3.20", "£1"],
}

A["015_nscale_aker_aandelenwacht.txt"] = {
    "published": "2025-09-26",
    "published_note": "from the line '26.09.2025 | 07:48 Uhr'; 'am Donnerstag' -> 2025-09-25; 'Mitte September' -> 2025-09; 'im Sommer' -> 2025",
    "language": "de",
    "deals": [
        deal("aker-nscale-seriesb-2025", ["Aker ASA", "Nscale"], "investment", 1_100_000_000, "USD", "exact",
             "2025-09-25", "signed",
             "Aker führt eine Finanzierungsrunde der Serie B über 1,1 Milliarden Dollar an, wie Nscale am Donnerstag in London mitteilte.",
             note="second Aker-Nscale deal (the first is the Stargate Norway venture, 010); valuation rumour is not a deal"),
        deal("nscale-microsoft-narvik", ["Nscale", "Microsoft", "Aker ASA"], "cloud_contract", 6_200_000_000, "USD",
             "exact", "2025-09", "signed",
             "Mitte September sicherte sich Nscale einen Fünfjahresvertrag mit Microsoft im Volumen von 6,2 Milliarden Dollar; die Rechenleistung kommt aus dem Projekt im nordnorwegischen Narvik, das Nscale und Aker gemeinsam betreiben.",
             note="month only"),
        none("openai-stargate-norway-offtake", ["OpenAI", "Aker ASA", "Nscale"], "cloud_contract", "2025",
             "announced",
             "Dasselbe Gemeinschaftsunternehmen hatte im Sommer bereits OpenAI als Großkunden gewonnen.",
             note="'Dasselbe Gemeinschaftsunternehmen' = the Nscale/Aker venture at Narvik"),
    ],
    "not_deals": ["gut drei Milliarden Dollar", "688 Kronen", "760 Kronen", "61,3 Milliarden Kronen",
                  "31,50 Kronen je Aktie", "688,00 NOK", "ca. 51 Mrd. NOK", "1 Euro pro Order"],
}

A["016_nscale_gb300_vanhoutem.txt"] = {
    "published": "2025-10-16",
    "published_note": "from the line 'Van Houtem Wirtschaftsdienst | Technologie | 16.10.2025 – 06:05'; 'am Mittwoch' -> 2025-10-15; 'im September'/'im vergangenen Monat' -> 2025-09",
    "language": "de",
    "deals": [
        deal("nscale-microsoft-gb300", ["Nscale", "Microsoft"], "supply", 24_000_000_000, "USD", "up_to",
             "2025-10-15", "announced",
             "Nach Angaben einer mit den Vertragsdetails vertrauten Person beläuft er sich auf bis zu 24 Milliarden Dollar (rund 20,6 Milliarden Euro) über die gesamte Laufzeit.",
             kind_alt=["cloud_contract"], alt_amounts=[{"amount": 20_600_000_000, "currency": "EUR"}],
             note="'er' = der Wert of the order announced 'am Mittwoch' (previous paragraph); value from a source only"),
        deal("nscale-microsoft-narvik", ["Nscale", "Microsoft", "Aker ASA"], "cloud_contract", 6_200_000_000, "USD",
             "exact", "2025-09", "signed",
             "Dort hatte Nscale gemeinsam mit seinem Partner Aker bereits im September einen Fünfjahresvertrag über 6,2 Milliarden Dollar mit Microsoft unterschrieben."),
        deal("aker-nscale-seriesb-2025", ["Aker ASA", "Nscale"], "investment", 1_100_000_000, "USD", "exact",
             "2025-09", "signed",
             "Das erst 2024 gegründete Unternehmen hatte im vergangenen Monat 1,1 Milliarden Dollar von Investoren um Aker eingesammelt.",
             note="'Das erst 2024 gegründete Unternehmen' = Nscale"),
        none("ionic-nscale-texas", ["Nscale", "Ionic Digital"], "cloud_contract", None, "signed",
             "Gut die Hälfte der Chips, rund 104.000 Stück, kommt in einen Campus in Texas, den Nscale vom Betreiber Ionic Digital anmietet; ausgeliefert wird ab dem dritten Quartal 2026.",
             kind_alt=["other"], note="lease without amount or date"),
    ],
    "not_deals": ["24,2 Milliarden Dollar", "drei bis vier Millionen Dollar je Rack", "einen zweistelligen Milliardenbetrag"],
}

A["017_telekom_nvidia_rekenhal_en.html"] = {
    "published": "2025-11-05",
    "published_note": "from the visible byline 'Femke Aerts · Wed 5 Nov 2025' (also <meta name=pubdate content=20251105>); 'on Tuesday' -> 2025-11-04; 'Last month' -> 2025-10; 'in September' -> 2025-09",
    "language": "en",
    "deals": [
        deal("telekom-nvidia-industrial-cloud", ["Deutsche Telekom", "Nvidia"], "project", 1_000_000_000, "EUR",
             "approx", "2025-11-04", "announced",
             "Deutsche Telekom and Nvidia have agreed to build what they call Europe's first industrial AI cloud, a joint project worth about €1 billion (roughly $1.15 billion) housed in a converted data centre in Munich.",
             kind_alt=["partnership", "joint_venture", "investment"],
             alt_amounts=[{"amount": 1_150_000_000, "currency": "USD"}],
             note="presented 'in Berlin on Tuesday' (next sentence)"),
        deal("nscale-microsoft-gb300", ["Nscale", "Microsoft"], "supply", 24_000_000_000, "USD", "up_to",
             "2025-10", "signed",
             "Last month the London company Nscale signed an order to deploy about 200,000 Nvidia chips for Microsoft, worth up to $24 billion according to press reports.",
             kind_alt=["cloud_contract"]),
        deal("sap-sovereign-cloud-2025", ["SAP"], "capex_plan", 20_000_000_000, "EUR", "at_least",
             "2025-09", "planned",
             "SAP, meanwhile, pledged in September to put more than €20 billion into sovereign cloud over the next decade.",
             note="ten-year plan of the spender only"),
        none("telekom-sap-industrial-cloud", ["Deutsche Telekom", "SAP"], "partnership", "2025-11-04", "announced",
             "SAP supplies its Business Technology Platform on top, and early users include Siemens and the robotics firm Agile Robots.",
             note="SAP's part in the Telekom project, no amount"),
    ],
    "not_deals": ["€20 billion pot", "€29.6 billion", "€18 CPM"],
}

A["018_interview_souveraene_ki_klaverblad.txt"] = {
    "published": None,
    "published_note": "no date at all (only 'Lesezeit: 5 Minuten'); every deal date is null",
    "language": "de",
    "deals": [
        deal("telekom-nvidia-industrial-cloud", ["Deutsche Telekom", "Nvidia"], "project", 1_000_000_000, "EUR",
             "approx", None, "announced",
             "Die beiden Konzerne stecken rund eine Milliarde Euro in das Projekt, das ist respektabel, aber gemessen an dem, was in den USA gebaut wird, eher ein Pilot.",
             kind_alt=["partnership", "joint_venture", "investment"],
             note="'Die beiden Konzerne' = Telekom and Nvidia (question before); amount in words"),
        deal("schwarz-luebbenau-2025", ["Schwarz Gruppe"], "capex_plan", 11_000_000_000, "EUR", "exact",
             None, "planned",
             "Die Schwarz-Gruppe will in Lübbenau elf Milliarden Euro investieren.",
             kind_alt=["project"], note="in the interviewer's question"),
        deal("nebius-meta-2025", ["Nebius", "Meta"], "cloud_contract", 3_000_000_000, "USD", "exact",
             None, "signed",
             "Nebius hat einen Vertrag mit Meta über drei Milliarden Dollar für fünf Jahre abgeschlossen, zusätzlich zum großen Microsoft-Auftrag.",
             note="amount in words; 020 dates it to November 2025"),
        none("nebius-microsoft-2025", ["Nebius", "Microsoft"], "cloud_contract", None, "signed",
             "Nebius hat einen Vertrag mit Meta über drei Milliarden Dollar für fünf Jahre abgeschlossen, zusätzlich zum großen Microsoft-Auftrag.",
             note="the Microsoft contract restated without amount"),
    ],
    "not_deals": ["zwischen acht und zwölf Millionen Euro", "120.000 Euro im Jahr", "20 Milliarden Euro",
                  "8,50 Euro", "2.500 Euro"],
}

A["019_mistral_schweden_kempenaar.txt"] = {
    "published": "2026-02-12",
    "published_note": "from the dateline 'PARIS/STOCKHOLM, 12. Februar 2026'; 'am Mittwoch' -> 2026-02-11; 'Im September' -> 2025-09; 'Anfang Februar' -> 2026-02",
    "language": "de",
    "deals": [
        deal("mistral-ecodatacenter-sweden", ["Mistral AI", "EcoDataCenter"], "project", 1_200_000_000, "EUR",
             "exact", "2026-02-11", "announced",
             "Gemeinsam mit dem schwedischen Betreiber EcoDataCenter will das Unternehmen in Borlänge in Mittelschweden ein Rechenzentrum errichten und dafür 1,2 Milliarden Euro investieren, wie beide Seiten am Mittwoch mitteilten.",
             kind_alt=["capex_plan", "investment", "partnership"],
             alt_amounts=[{"amount": 1_400_000_000, "currency": "USD"}],
             note="'das Unternehmen' = Mistral AI (previous sentence); USD from 020"),
        deal("asml-mistral-2025", ["ASML", "Mistral AI"], "investment", 1_300_000_000, "EUR", "exact",
             "2025-09", "completed",
             "Im September hatte der niederländische Lithografiekonzern ASML 1,3 Milliarden Euro in Mistral investiert und ist seither größter Einzelaktionär."),
        none("mistral-essonne-dc", ["Mistral AI"], "capex_plan", None, "planned",
             "In Paris kam die Entscheidung dennoch nicht gut an: Ein Berater im Wirtschaftsministerium sprach von einem „falschen Signal“, zumal Mistral auch in der Region Essonne ein eigenes Rechenzentrum plant.",
             kind_alt=["project"]),
        none("mistral-koyeb-2026", ["Mistral AI", "Koyeb"], "acquisition", "2026-02", "completed",
             "Zuletzt hat Mistral auch bei Übernahmen Tempo gemacht: Anfang Februar übernahm das Unternehmen den Pariser Cloud-Spezialisten Koyeb, über den Preis wurde Stillschweigen vereinbart."),
    ],
    "not_deals": ["45 Euro je Megawattstunde", "11,7 Milliarden Euro", "mehr als 400 Millionen Euro",
                  "weniger als 30 Millionen"],
}

A["020_neoclouds_groenhof_en.txt"] = {
    "published": "2026-03-04",
    "published_note": "from the line 'Posted 4 March 2026 by Maaike Groenhof'; 'last September' -> 2025-09; 'in November' -> 2025-11; 'October' -> 2025-10; 'last month' -> 2026-02",
    "language": "en",
    "deals": [
        deal("nebius-microsoft-2025", ["Nebius", "Microsoft"], "cloud_contract", 17_400_000_000, "USD", "exact",
             "2025-09", "signed",
             "Nebius agreed last September to rent GPU capacity to Microsoft for $17.4 billion over five years, and in November added Meta as a customer with a $3 billion five-year deal."),
        deal("nebius-meta-2025", ["Nebius", "Meta"], "cloud_contract", 3_000_000_000, "USD", "exact",
             "2025-11", "signed",
             "Nebius agreed last September to rent GPU capacity to Microsoft for $17.4 billion over five years, and in November added Meta as a customer with a $3 billion five-year deal.",
             note="two deals of Nebius in one sentence"),
        deal("nscale-microsoft-gb300", ["Nscale", "Microsoft"], "supply", 24_000_000_000, "USD", "up_to",
             "2025-10", "signed",
             "Nscale's October agreement to install around 200,000 Nvidia GB300 chips for Microsoft is worth up to $24 billion if two people who have seen the paperwork are right, with the sites spread across Texas, Portugal, England and Norway.",
             kind_alt=["cloud_contract"]),
        deal("mistral-ecodatacenter-sweden", ["Mistral AI", "EcoDataCenter"], "project", 1_200_000_000, "EUR",
             "exact", "2026-02", "announced",
             "Mistral AI said last month it would spend €1.2 billion (about $1.4 billion) with EcoDataCenter on a site in Borlänge, Sweden.",
             kind_alt=["capex_plan", "investment", "partnership"],
             alt_amounts=[{"amount": 1_400_000_000, "currency": "USD"}]),
    ],
    "not_deals": ["about $530 million", "$7 billion to $9 billion", "above $55 billion", "around $2.10 an hour",
                  "$9 a month", "$90 for the year"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": {k: v for k, v in ALIASES.items()}}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
