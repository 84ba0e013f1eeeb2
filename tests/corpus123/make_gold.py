#!/usr/bin/env python3
"""Write gold.json for tests/corpus123 (the hand annotation of articles/).

Usage: python3 tests/corpus123/make_gold.py
Edit the annotation here and run the script to rewrite gold.json; then run check_gold.py.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 123rd, held-out test corpus (tests/corpus123/articles/): data centres and "
    "AI compute in Latin America and Africa, 2024-2026. Written for the tests and independent of the "
    "extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
    "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same "
    "id in each. 'required': false marks vague or background mentions that an extractor may report or not "
    "without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal "
    "is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | "
    "up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the "
    "same deal's amount as another article (or the same article) states it in another currency or at "
    "another precision. Amounts that the articles give in Brazilian reais, South African rand, Kenyan "
    "shillings, Nigerian naira, Moroccan dirhams or Mexican pesos are annotated only in the US dollar or "
    "euro figure the article gives with them. 'date' is when the deal was announced or agreed (YYYY, "
    "YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the "
    "article's own date marker, dateline, <meta>/<time>, issue line or visible byline date, or null when "
    "the article has none); quarters, half-years and seasons become the year; a cancelled or denied deal "
    "keeps the date of the original plan, offer or report; 'term' is the period the deal covers, where the "
    "text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html "
    "articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). "
    "Invented companies: Ndovu Cloud, Mvuli Infrastructure Fund, Pampeiro Renováveis, Grupo Ferraz Lobo, "
    "Banco Capivari, Cumbrera Data, Andes Norte Capital, Karoo Sonkrag, Amanzi Bank, Magdalena Nube, "
    "Tamarindo Compute, Ksar Data, Draa Solaire, Okoyi Data Parks, Lagoon Trust Bank, Adire Pension "
    "Partners, Sonora Potencia, Banco Quetzal, Highveld GPU, Kältetechnik Ebersgrund; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the deals of "
    "real companies are partly real, partly invented or shifted. Nothing here is reporting."
)

ALIASES = {
    "Microsoft": ["Microsoft"],
    "G42": ["G42"],
    "Ndovu Cloud": ["Ndovu Cloud", "Ndovu"],
    "Mvuli Infrastructure Fund": ["Mvuli Infrastructure Fund", "Mvuli"],
    "Scala Data Centers": ["Scala Data Centers", "Scala"],
    "Pampeiro Renováveis": ["Pampeiro Renováveis", "Pampeiro"],
    "Ascenty": ["Ascenty"],
    "Grupo Ferraz Lobo": ["Grupo Ferraz Lobo", "Ferraz Lobo"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS", "Amazon-Tochter AWS"],
    "Banco Capivari": ["Banco Capivari", "Capivari"],
    "Cumbrera Data": ["Cumbrera Data", "Cumbrera"],
    "Andes Norte Capital": ["Andes Norte Capital", "Andes Norte"],
    "Google": ["Google"],
    "IFC": ["IFC", "International Finance Corporation"],
    "Raxio": ["Raxio", "Raxio Group"],
    "DEG": ["DEG", "Deutsche Investitions- und Entwicklungsgesellschaft"],
    "Magdalena Nube": ["Magdalena Nube"],
    "Teraco": ["Teraco", "Teraco Data Environments"],
    "Karoo Sonkrag": ["Karoo Sonkrag"],
    "Amanzi Bank": ["Amanzi Bank", "Amanzi"],
    "Digital Realty": ["Digital Realty", "Digital Realty Trust"],
    "iXAfrica": ["iXAfrica", "iXAfrica Data Centres"],
    "Cassava Technologies": ["Cassava Technologies", "Cassava"],
    "Nvidia": ["Nvidia", "NVIDIA"],
    "Proparco": ["Proparco"],
    "Africa Data Centres": ["Africa Data Centres", "ADC"],
    "KIO Data Centers": ["KIO Data Centers", "KIO", "KIO Networks"],
    "Tamarindo Compute": ["Tamarindo Compute", "Tamarindo"],
    "Ksar Data": ["Ksar Data", "Ksar"],
    "Draa Solaire": ["Draa Solaire"],
    "Oracle": ["Oracle"],
    "Okoyi Data Parks": ["Okoyi Data Parks", "Okoyi"],
    "Lagoon Trust Bank": ["Lagoon Trust Bank"],
    "Adire Pension Partners": ["Adire Pension Partners", "Adire"],
    "Equinix": ["Equinix"],
    "Sonora Potencia": ["Sonora Potencia"],
    "Banco Quetzal": ["Banco Quetzal"],
    "AI Infrastructure Partnership": ["AI Infrastructure Partnership", "AIP"],
    "Aligned Data Centers": ["Aligned Data Centers", "Aligned"],
    "Odata": ["Odata"],
    "Highveld GPU": ["Highveld GPU", "Highveld"],
    "Safaricom": ["Safaricom"],
    "Kältetechnik Ebersgrund": ["Kältetechnik Ebersgrund", "Kältetechnik Ebersgrund GmbH"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, kind_alt=None, per=None, term=None, alt=None, note=None):
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


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


LOAN = ["investment"]
ARTICLES = {}

ARTICLES["001_microsoft_g42_olkaria_equator_en.txt"] = A(
    "2024-05-23",
    "from the header 'Thursday, 23 May 2024 | 06:10 EAT' (dateline 'NAIROBI, May 22'); 'on Wednesday' -> "
    "2024-05-22, 'last month' -> 2024-04, 'on Tuesday' -> 2024-05-21",
    "en",
    [
        D("microsoft-g42-kenya", ["Microsoft", "G42"], "investment", 1000000000, "USD", "exact",
          "2024-05-22", "announced",
          "Microsoft and G42, the Abu Dhabi AI group, are to pour $1 billion into a Kenyan data centre meant "
          "to draw its electricity from the Olkaria steam fields in the Rift Valley, the two firms announced "
          "with Kenya's government on Wednesday.",
          kind_alt=["project", "capex_plan", "joint_venture"], alt=[(920000000, "EUR")],
          note="joint pledge; 002 restates it in EUR ('rund 920 Millionen Euro', month only), 016 without "
               "amount (optional); different from Microsoft's $1.5bn G42 stake in the next paragraph"),
        D("microsoft-g42-stake", ["Microsoft", "G42"], "investment", 1500000000, "USD", "exact",
          "2024-04", "completed",
          "The pledge follows Microsoft's purchase last month of a minority holding in G42 for $1.5 billion, "
          "a transaction that handed the U.S. software maker a seat on the Emirati group's board and put "
          "G42's workloads on the Azure cloud.",
          kind_alt=["acquisition"],
          note="'last month' in a May paper -> 2024-04; second, different deal of the Microsoft-G42 pair"),
        D("mvuli-ndovu-2024", ["Mvuli Infrastructure Fund", "Ndovu Cloud"], "investment", 28000000, "USD",
          "exact", "2024-05-21", "completed",
          "Separately, Nairobi start-up Ndovu Cloud, which rents out graphics processors to banks, insurers "
          "and telecom operators, said on Tuesday it had raised $28 million.",
          note="lead investor in the next sentence ('Leading the round was Mvuli Infrastructure Fund'); the "
               "~$95m valuation is not a deal; different from the 2026 Series B led by IFC (018)"),
    ],
    ["$310 million", "$790 million", "KSh 21.7 per kilowatt-hour", "around $95 million",
     "about $2.40 per GPU-hour", "$430.52"],
)

ARTICLES["002_scala_pampeiro_schrankreihe.txt"] = A(
    "2024-06-13",
    "dateline without year 'São Paulo/Frankfurt, 13. Juni (sr)'; the year from the copyright line "
    "'© 2024 Schrankreihe Fachverlag'; 'am Dienstag' -> 2024-06-11, 'Ende Mai' -> 2024-05",
    "de",
    [
        D("scala-pampeiro-ppa", ["Scala Data Centers", "Pampeiro Renováveis"], "supply", 24000000, "USD",
          "approx", "2024-06-11", "signed",
          "Der Vertrag ist nach Angaben aus Branchenkreisen jährlich knapp 24 Millionen Dollar wert; "
          "geliefert wird von Januar 2026 bis Ende 2040.",
          per="year", term=["2026-01", "2040-12"], alt=[(22000000, "EUR")],
          note="parties and 'am Dienstag' in the previous sentence ('Scala hat am Dienstag mit dem "
               "Windparkbetreiber Pampeiro Renováveis ... unterzeichnet'); 'knapp' = approx; 015 restates it "
               "as 'about €22 million a year', 017 without amount; different from Scala's 2026 stake in "
               "Pampeiro's wind complex (017)"),
        D("ascenty-ferrazlobo-land", ["Ascenty", "Grupo Ferraz Lobo"], "acquisition", 38000000, "EUR",
          "approx", "2024-05", "signed",
          "Der Kaufpreis liegt umgerechnet bei rund 38 Millionen Euro (etwa 210 Millionen Reais); "
          "unterzeichnet wurde Ende Mai.",
          kind_alt=["other"],
          note="land purchase; buyer and seller in the previous sentence; reais only as extra wording"),
        D("microsoft-g42-kenya", ["Microsoft", "G42"], "investment", 920000000, "EUR", "approx",
          "2024-05", "announced",
          "Microsoft und der Abu-Dhabi-Konzern G42 hatten im Mai angekündigt, rund 920 Millionen Euro in "
          "ein mit Erdwärme betriebenes Rechenzentrum in Kenia zu stecken.",
          kind_alt=["project", "capex_plan", "joint_venture"], alt=[(1000000000, "USD")],
          note="same pledge as 001 ($1bn), here in EUR and with the month only"),
    ],
    ["96 Millionen Dollar", "etwa 41 Dollar je Megawattstunde", "mehr als 2 Milliarden Dollar",
     "3,1 Milliarden Dollar", "1,6 Milliarden Dollar", "rund 4.800 Euro im Monat", "Teilnahme 95 Euro",
     "29 Euro im Monat", "290 Euro im Jahr"],
)

ARTICLES["003_microsoft_aws_brazil_paulista_en.txt"] = A(
    "2024-09-27",
    "from 'Published Sept. 27, 2024 · 8:02 am BRT'; 'on Wednesday' -> 2024-09-25, 'earlier this month' "
    "and 'last week' -> 2024-09, 'in August' -> 2024-08",
    "en",
    [
        D("microsoft-brazil-capex", ["Microsoft"], "capex_plan", 2700000000, "USD", "approx",
          "2024-09-25", "planned",
          "Microsoft said on Wednesday it would invest 14.7 billion reais, or roughly $2.7 billion, in "
          "Brazilian data centres and AI capacity over the next three years, its biggest pledge ever for the "
          "Brazilian market.",
          term=["2024", "2027"],
          note="the reais figure is extra wording; annotated in USD"),
        D("aws-brazil-capex", ["Amazon"], "capex_plan", 1800000000, "USD", "approx", "2024-09", "planned",
          "Earlier this month Amazon Web Services promised to spend 10.1 billion reais (about $1.8 billion) "
          "on its São Paulo region by 2034, on top of the money it has already sunk into the country since "
          "2011.",
          term=["2024", "2034"]),
        D("scala-eldorado-capex", ["Scala Data Centers"], "capex_plan", 500000000, "USD", "approx",
          "2024-08", "planned",
          "Scala, whose majority owner is DigitalBridge, told investors in August that the opening stage of "
          "the AI campus it wants to build in Eldorado do Sul, near Porto Alegre, would cost about $500 "
          "million.",
          kind_alt=["project"],
          note="cost of a named project phase, annotated as Scala's spending plan (only the spender)"),
        D("capivari-ascenty-loan", ["Banco Capivari", "Ascenty"], "other", 300000000, "USD", "exact",
          "2024-09", "signed",
          "Ascenty has lined up three hundred million dollars in green financing from Banco Capivari, the "
          "Curitiba-based lender said last week; the seven-year facility is linked to the share of renewable "
          "power in Ascenty's halls.",
          kind_alt=LOAN,
          note="amount in words; 'last week' in a 27 September paper -> 2024-09"),
    ],
    ["23 billion reais", "about 22,000 reais a month", "$431.31", "$191.16", "$6.90 a month"],
)

ARTICLES["004_aws_chile_cumbrera_mapocho_en.html"] = A(
    "2024-11-14",
    "from <meta property='article:published_time' content='2024-11-14T07:30:00-03:00'> and <time> "
    "'Thursday, 14 November 2024, 07:30'; 'on Wednesday' -> 2024-11-13, 'last week' -> 2024-11, "
    "'in September' -> 2024-09",
    "en",
    [
        D("aws-chile-region", ["Amazon"], "capex_plan", 4000000000, "USD", "at_least", "2024-11-13",
          "planned",
          "Amazon Web Services will spend more than $4 billion to open a cloud region in Chile before 2027, "
          "it announced on Wednesday, confirming plans that had been discussed with the government for more "
          "than a year."),
        D("microsoft-cumbrera-lease", ["Microsoft", "Cumbrera Data"], "other", 2600000, "USD", "approx",
          "2024-11", "signed",
          "Microsoft will pay roughly $2.6 million a month for the space, power and cooling, say two "
          "individuals who have read the contract, which was signed last week.",
          kind_alt=["cloud_contract", "supply"], per="month",
          note="ten-year data-centre lease (24 MW in Quilicura) named in the previous sentence; value from "
               "two people who read the contract"),
        D("andesnorte-cumbrera", ["Andes Norte Capital", "Cumbrera Data"], "investment", 75000000, "USD",
          "exact", "2024-09", "completed",
          "The company raised $75 million from the Lima-based infrastructure fund Andes Norte Capital in "
          "September, money that is paying for a second building in Quilicura.",
          note="'The company' = Cumbrera Data (previous sentence)"),
        D("google-cerrillos", ["Google"], "capex_plan", 200000000, "USD", "exact", "2020", "cancelled",
          "Google in September put on ice the $200 million Cerrillos facility it had unveiled back in 2020, "
          "after judges ordered its water use to be reviewed again.",
          required=False, kind_alt=["project"],
          note="shelved project, background; keeps the date of the 2020 announcement"),
    ],
    ["$27.5 billion", "up to $2.5 billion", "about $68 per megawatt-hour", "$4.08 a pound", "54,990 pesos",
     "$7.50 a month"],
)

ARTICLES["005_ifc_raxio_concessional_en.txt"] = A(
    "2025-01-16",
    "from the issue line 'No. 212 · Thursday 16 January 2025'; 'on Tuesday' -> 2025-01-14, 'last month' "
    "-> 2024-12",
    "en",
    [
        D("ifc-raxio-equity", ["IFC", "Raxio"], "investment", 90000000, "USD", "exact", "2025-01-14",
          "signed",
          "IFC is putting $90 million of equity into Raxio Group, the Kampala-headquartered builder of "
          "carrier-neutral data centres in Uganda, Ethiopia, the Democratic Republic of Congo, Côte "
          "d'Ivoire, Mozambique and Tanzania.",
          alt=[(87000000, "EUR")],
          note="signed 'on Tuesday' (next sentence); 007 restates it in EUR (month), 019 in USD (year); "
               "different from IFC's $45m loan to Raxio in 2026 (019)"),
        D("raxio-capex-2028", ["Raxio"], "capex_plan", 300000000, "USD", "up_to", "2025-01", "planned",
          "Raxio, backed since its launch by the U.S. fund Roha, plans to spend up to $300 million on new "
          "halls by 2028, including a second site in Addis Ababa.",
          required=False, term=[None, "2028"],
          note="company-wide building plan across six countries, background"),
        D("deg-magdalena-loan", ["DEG", "Magdalena Nube"], "other", 35000000, "EUR", "exact", "2024-12",
          "signed",
          "The German development lender DEG signed a €35 million loan last month with Magdalena Nube, an "
          "operator building a 12-megawatt data centre next to the port of Barranquilla.",
          kind_alt=LOAN,
          note="'last month' in a January 2025 letter -> 2024-12; 013 restates it (undated)"),
    ],
    ["around $38 million", "about $1,100 a month", "$56 billion", "€300 billion", "$72,000–$88,000",
     "$390"],
)

ARTICLES["006_teraco_karoo_kursbalkon.txt"] = A(
    "2025-01-28",
    "from the stock-portal stamp '28.01.2025 | 14:37 | Redaktion Kursbalkon'; 'am Montag' -> 2025-01-27, "
    "'Im Dezember' -> 2024-12",
    "de",
    [
        D("teraco-karoo-ppa", ["Teraco", "Karoo Sonkrag"], "supply", 200000000, "USD", "approx",
          "2025-01-27", "signed",
          "Teracos Vertrag hat nach Unternehmensangaben ein Volumen von rund 200 Millionen Dollar, "
          "umgerechnet etwa 3,7 Milliarden Rand.",
          term=["2026", "2046"],
          note="20-year solar PPA signed 'am Montag' with Karoo Sonkrag (previous sentence); genitive "
               "'Teracos'; deliveries from mid-2026; rand only as extra wording"),
        D("amanzi-teraco-loan", ["Amanzi Bank", "Teraco"], "other", 490000000, "EUR", "approx", "2024-12",
          "signed",
          "Im Dezember hatte sich das Unternehmen bei einem Bankenkonsortium unter Führung der Amanzi Bank "
          "eine Kreditlinie über 9,5 Milliarden Rand gesichert, umgerechnet rund 490 Millionen Euro.",
          kind_alt=LOAN,
          note="'das Unternehmen' = Teraco; consortium led by Amanzi Bank; annotated with the EUR figure"),
        D("digitalrealty-teraco-2022", ["Digital Realty", "Teraco"], "acquisition", 3500000000, "USD",
          "approx", "2022", "completed",
          "Digital Realty hatte Teraco 2022 für rund 3,5 Milliarden Dollar übernommen und damit seinen "
          "Einstieg in Afrika vollzogen.",
          required=False, note="background: takeover of 2022"),
    ],
    ["195 Dollar", "7,00 bis 7,20 Dollar je Aktie", "rund 1,90 Rand je Kilowattstunde",
     "390 Milliarden Rand", "174,85 USD", "176,10 USD", "171,02 USD", "58,9 Mrd. USD", "4,88 USD",
     "167,40 EUR", "Orders ab 750 Euro"],
)

ARTICLES["007_raxio_ndovu_riftkurier.html"] = A(
    "2025-02-06",
    "from <meta name='date' content='2025-02-06T09:45:00+03:00'> and the visible line 'Nairobi · "
    "06.02.2025, 09:45 Uhr'; 'am Dienstag' -> 2025-02-04, 'im Januar' -> 2025-01",
    "de",
    [
        D("ndovu-ixafrica-lease", ["Ndovu Cloud", "iXAfrica"], "other", 22000000, "USD", "exact",
          "2025-02-04", "signed",
          "Das Volumen liegt nach Angaben beider Seiten bei 22 Millionen Dollar.",
          kind_alt=["cloud_contract", "supply"],
          note="eight-year colocation lease; parties and 'am Dienstag' in the previous sentence"),
        D("ifc-raxio-equity", ["IFC", "Raxio"], "investment", 87000000, "EUR", "approx", "2025-01",
          "completed",
          "Die Weltbank-Tochter IFC hatte sich im Januar mit rund 87 Millionen Euro an Raxio beteiligt.",
          alt=[(90000000, "USD")],
          note="same equity investment as 005 ($90m), here in EUR with the month only"),
        D("mvuli-raxio-ethiopia", ["Mvuli Infrastructure Fund", "Raxio"], "investment", 40000000, "USD",
          "up_to", "2025-02", "rumored",
          "Jetzt soll weiteres Geld in die äthiopische Tochter fließen: Insidern zufolge verhandelt Raxio mit "
          "dem Nairobier Infrastrukturfonds Mvuli über einen Einstieg in das Geschäft in Addis Abeba – im "
          "Gespräch seien bis zu 40 Millionen Dollar.",
          note="talks known only from insiders; dated to the report"),
    ],
    ["etwa 950 Dollar im Monat", "rund 180 Millionen Euro", "etwa 0,16 Euro je Kilowattstunde",
     "17,05 Schilling", "6.400 Euro", "5,49 Euro"],
)

ARTICLES["008_cassava_nvidia_stackvolt_en.txt"] = A(
    "2025-03-26",
    "from the byline '26 Mar 2025, 7:15 am SAST'; 'on Tuesday' -> 2025-03-25, 'earlier this month' -> "
    "2025-03",
    "en",
    [
        D("cassava-nvidia-ai-factory", ["Cassava Technologies", "Nvidia"], "supply", 740000000, "USD",
          "exact", "2025-03-25", "announced",
          "Cassava Technologies will spend $740 million on Nvidia hardware and software over the next three "
          "years to build what it calls an AI factory, the London-headquartered group said on Tuesday.",
          kind_alt=["project", "capex_plan"], term=["2025", "2028"], alt=[(685000000, "EUR")],
          note="009 restates it in EUR (month), 018 in USD; different from the ~$180m Lagos order of 2026 "
               "(018)"),
        D("microsoft-southafrica-capex", ["Microsoft"], "capex_plan", 295000000, "USD", "approx", "2025-03",
          "planned",
          "Microsoft said earlier this month it would put 5.4 billion rand, about $295 million, into its "
          "South African cloud data centres by the end of 2027, on top of what it has spent since opening "
          "its first regions there in 2019.",
          term=["2025", "2027"], note="rand only as extra wording"),
    ],
    ["between $25,000 and $35,000 apiece", "about $1.90 per GPU-hour", "$35.6 billion", "$16.5 billion",
     "$12 a month"],
)

ARTICLES["009_wochenrueckblick_serverflur.txt"] = A(
    "2025-04-11",
    "from the issue line 'Ausgabe 15 · Jahrgang 7 · Freitag, 11. April 2025'; 'am Mittwoch' -> "
    "2025-04-09, 'Ende März' -> 2025-03",
    "de",
    [
        D("proparco-adc-loan", ["Proparco", "Africa Data Centres"], "other", 70000000, "EUR", "exact",
          "2025-04-09", "signed",
          "Die französische Entwicklungsbank Proparco leiht der Cassava-Tochter Africa Data Centres 70 "
          "Millionen Euro, die deutsche DEG steuert weitere 40 Millionen Euro bei, teilten die Institute am "
          "Mittwoch mit.",
          kind_alt=LOAN, note="two loans in one sentence; this one is Proparco's"),
        D("deg-adc-loan", ["DEG", "Africa Data Centres"], "other", 40000000, "EUR", "exact", "2025-04-09",
          "signed",
          "Die französische Entwicklungsbank Proparco leiht der Cassava-Tochter Africa Data Centres 70 "
          "Millionen Euro, die deutsche DEG steuert weitere 40 Millionen Euro bei, teilten die Institute am "
          "Mittwoch mit.",
          kind_alt=LOAN, note="second loan of the sentence; borrower named only in the first clause"),
        D("cassava-nvidia-ai-factory", ["Cassava Technologies", "Nvidia"], "supply", 685000000, "EUR",
          "approx", "2025-03", "announced",
          "Ende März hatte Cassava angekündigt, rund 685 Millionen Euro für Nvidia-Technik auszugeben – "
          "Chips, Netzwerk und Software für eine „KI-Fabrik\" in Johannesburg.",
          kind_alt=["project", "capex_plan"], alt=[(740000000, "USD")],
          note="same programme as 008; the heading calls it 'DAS 740-MILLIONEN-DOLLAR-PROGRAMM'"),
    ],
    ["gut 120 Millionen Dollar", "130,5 Milliarden Dollar", "1,1 Milliarden Euro", "1.250 Dollar",
     "Teilnahme 79 Euro", "für Abonnenten 49 Euro", "Jahresabo 240 Euro"],
)

ARTICLES["010_kio_tamarindo_abendkontor.txt"] = A(
    "2025-06-17",
    "from the page line 'Dienstag, 17. Juni 2025 · Firmen und Finanzen · Seite 14'; 'im Februar' -> "
    "2025-02",
    "de",
    [
        D("kio-tamarindo-acquisition", ["KIO Data Centers", "Tamarindo Compute"], "acquisition", 550000000,
          "EUR", "range", "2025", "rumored",
          "Im Gespräch sei ein Preis zwischen 550 und 620 Millionen Euro einschließlich Schulden, erfuhr das "
          "Abendkontor von zwei Eingeweihten.",
          amount_max=620000000, alt=[(655000000, "USD"), (560000000, "EUR")],
          note="talks from insiders (parties in the previous sentence: 'KIO verhandelt Insidern zufolge über "
               "den Kauf des Konkurrenten Tamarindo Compute'); 014 reports the signing at $655m (about "
               "€560m) on 2025-10-06 (alt_amounts); the year keeps the shared id's dates consistent; "
               "different from KIO's 2024 lease at Tamarindo in the next paragraph"),
        D("kio-tamarindo-lease", ["KIO Data Centers", "Tamarindo Compute"], "other", 35000000, "USD",
          "approx", "2024", "signed",
          "2024 hatte KIO für rund 35 Millionen Dollar über fünf Jahre Rechenfläche bei Tamarindo "
          "angemietet, um einen Engpass bei eigenen Neubauten zu überbrücken.",
          kind_alt=["cloud_contract", "supply"],
          note="five-year lease of data-centre space; a different deal of the same pair"),
        D("tamarindo-campus2-capex", ["Tamarindo Compute"], "capex_plan", 400000000, "USD", "up_to", None,
          "planned",
          "Das Unternehmen plant bis Ende 2028 einen zweiten Campus, für den es bis zu 400 Millionen Dollar "
          "ausgeben will.",
          term=[None, "2028-12"],
          note="'Das Unternehmen' = Tamarindo; no date for the plan itself ('Ende 2028' is the term)"),
        D("microsoft-mexico-capex", ["Microsoft"], "capex_plan", 1300000000, "USD", "exact", "2025-02",
          "planned",
          "Microsoft hatte im Februar zugesagt, bis 2027 insgesamt 1,3 Milliarden Dollar in Mexiko "
          "auszugeben, vor allem für KI-Infrastruktur.",
          term=["2025", "2027"]),
    ],
    ["rund 61 Millionen Dollar", "2,3 Milliarden Dollar", "rund 95 Dollar pro Quadratmeter",
     "rund 140 Millionen Euro", "150 Dollar je kW und Monat", "monatlich 21,50 Euro", "für 1 Euro"],
)

ARTICLES["011_ksar_proparco_maghrebledger_en.txt"] = A(
    "2025-07-03",
    "from 'Updated: 3 July 2025 at 10:05 GMT+1'; 'on Wednesday' -> 2025-07-02",
    "en",
    [
        D("proparco-ksar-loan", ["Proparco", "Ksar Data"], "other", 120000000, "EUR", "exact", "2025-07-02",
          "signed",
          "Proparco has agreed to lend €120 million to Ksar Data, the Casablanca operator building a "
          "90-megawatt campus outside Tétouan, the French development lender said on Wednesday.",
          kind_alt=LOAN),
        D("draa-ksar-ppa", ["Draa Solaire", "Ksar Data"], "supply", 12000000, "EUR", "approx", "2025-07-02",
          "announced",
          "The power deal is worth about €12 million a year, the company said, and deliveries are due to "
          "start when the first hall opens in the second half of 2026.",
          per="year", term=["2026", "2038"],
          note="twelve-year solar supply; parties in the previous sentence ('Ksar Data announced that it "
               "will buy electricity from Draa Solaire'); 'At the same time' as the loan"),
        D("oracle-ksar-denied", ["Oracle", "Ksar Data"], "investment", None, None, None, "2025-07",
          "cancelled",
          "Ksar's management on Wednesday denied a report in a Casablanca daily that Oracle was negotiating "
          "to take a stake in the company.",
          required=False, note="denied rumour without a price"),
    ],
    ["650 million dirhams", "about 11 billion dirhams", "around €0.09 per kilowatt-hour", "96.50 dirhams",
     "€690", "€7.50 monthly", "€75 annually"],
)

ARTICLES["012_okoyi_lekki_lagooncourier_en.txt"] = A(
    "2025-08-19",
    "from the header 'Lagos · Ogun · Business · Tuesday, August 19, 2025'; 'on Monday' and 'The same day' "
    "-> 2025-08-18, 'last week' -> 2025-08",
    "en",
    [
        D("okoyi-adire-jv", ["Okoyi Data Parks", "Adire Pension Partners"], "joint_venture", 250000000, "USD",
          "approx", "2025-08-18", "signed",
          "Lagos-based Okoyi Data Parks and Adire Pension Partners have formed a joint venture to build a "
          "40-megawatt data centre campus in the Lekki Free Trade Zone at an expected cost of about $250 "
          "million, the two firms announced on Monday at a ceremony attended by state officials.",
          kind_alt=["project", "capex_plan"],
          note="the amount is the venture's expected building cost"),
        D("lagoontrust-okoyi-loan", ["Lagoon Trust Bank", "Okoyi Data Parks"], "other", 80000000, "USD",
          "approx", "2025-08-18", "signed",
          "The same day, Okoyi signed a ₦122 billion construction loan, roughly $80 million at the current "
          "rate, with Lagoon Trust Bank, the firm's managing director, Obiageli Eze-Carrington, told "
          "reporters.",
          kind_alt=LOAN, note="naira-denominated loan; annotated with the USD figure"),
        D("equinix-okoyi-denied", ["Equinix", "Okoyi Data Parks"], "acquisition", 400000000, "USD", "exact",
          "2025-08", "cancelled",
          "Eze-Carrington also rejected a report published last week by a Lagos business website that "
          "Equinix was negotiating to buy a majority stake in Okoyi for $400 million.",
          required=False, note="denied rumour"),
    ],
    ["around ₦1,150 per litre", "about $14 million", "$2 billion", "₦48 billion", "₦450 million"],
)

ARTICLES["013_magdalena_nube_interview_hallenbild.txt"] = A(
    None,
    "the interview has no date at all (only 'Rubrik: Das Gespräch · Lesezeit: 8 Min.')",
    "de",
    [
        D("deg-magdalena-loan", ["DEG", "Magdalena Nube"], "other", 35000000, "EUR", "exact", None, "signed",
          "Die DEG hat uns 35 Millionen Euro geliehen, über zehn Jahre.",
          kind_alt=LOAN, note="'uns' = Magdalena Nube; same loan as 005; undated here"),
        D("ascenty-magdalena-offer", ["Ascenty", "Magdalena Nube"], "acquisition", 140000000, "USD", "approx",
          "2025", "cancelled",
          "Ascenty hat uns im Frühjahr 2025 angeboten, das ganze Unternehmen für rund 140 Millionen Dollar "
          "zu übernehmen.",
          note="refused offer ('Wir haben abgelehnt'); spring -> the year"),
        D("magdalena-bogota-capex", ["Magdalena Nube"], "capex_plan", 180000000, "USD", "range", None,
          "planned",
          "Dafür rechnen wir mit Investitionen zwischen 180 und 220 Millionen Dollar.",
          amount_max=220000000,
          note="'wir' = Magdalena Nube; second site in Bogotá (previous answer); undated"),
    ],
    ["vielleicht 200 Millionen Dollar", "etwa 0,19 Dollar je Kilowattstunde", "etwa 1.400 Dollar monatlich",
     "Einzelheft 13,50 Euro", "Jahresabo 72 Euro"],
)

ARTICLES["014_kio_tamarindo_cordillera_en.txt"] = A(
    "2025-10-07",
    "from the header 'October 7, 2025 07:05 CST' (dateline 'MEXICO CITY, Oct 6'); 'on Monday' -> "
    "2025-10-06, 'In March' -> 2025-03",
    "en",
    [
        D("kio-tamarindo-acquisition", ["KIO Data Centers", "Tamarindo Compute"], "acquisition", 655000000,
          "USD", "exact", "2025-10-06", "signed",
          "KIO Data Centers has agreed to buy Querétaro-based rival Tamarindo Compute for $655 million "
          "including debt, the companies said on Monday, ending months of talks that had at times looked "
          "close to collapse.",
          alt=[(560000000, "EUR")],
          note="signing of the takeover reported as talks in 010; 'about €560 million' in the next sentence"),
        D("quetzal-kio-loan", ["Banco Quetzal", "KIO Data Centers"], "other", 400000000, "USD", "exact",
          "2025-10-06", "signed",
          "KIO will pay for the purchase partly with a $400 million bridge loan from Banco Quetzal, the "
          "Guatemala City-based bank said in a separate statement.",
          kind_alt=LOAN),
        D("sonora-tamarindo-ppa", ["Sonora Potencia", "Tamarindo Compute"], "supply", 190000000, "USD",
          "approx", "2025-03", "signed",
          "In March the company signed a 15-year solar contract with Sonora Potencia, a developer of "
          "photovoltaic parks in northern Mexico, and people who have seen the agreement value it at "
          "roughly $190 million over its life.",
          note="'the company' = Tamarindo (previous sentence); value from people who saw the contract"),
    ],
    ["about $48 million", "$2.3 billion", "about $95 per square metre"],
)

ARTICLES["015_latam_market_pulsocloud_en.html"] = A(
    "2025-11-20",
    "from <meta property='article:published_time' content='2025-11-20T18:30:00-05:00'> and the stamp "
    "'Thursday, 20 November 2025 · Market close'; 'on Wednesday' -> 2025-11-19, 'last month' -> 2025-10",
    "en",
    [
        D("odata-bogota-capex", ["Odata"], "capex_plan", 350000000, "USD", "exact", "2025-11-19", "planned",
          "Odata said on Wednesday it would invest $350 million in a second campus in Bogotá, its largest "
          "project outside Brazil.",
          kind_alt=["project"]),
        D("aip-aligned", ["AI Infrastructure Partnership", "Aligned Data Centers"], "acquisition",
          40000000000, "USD", "approx", "2025-10", "signed",
          "Aligned Data Centers, the Dallas company that owns Odata, agreed last month to be sold to a "
          "consortium led by the AI Infrastructure Partnership for about $40 billion including debt.",
          note="buyer is the consortium led by AIP; Odata is Aligned's Latin American arm, not a party"),
        D("scala-pampeiro-ppa", ["Scala Data Centers", "Pampeiro Renováveis"], "supply", 22000000, "EUR",
          "approx", "2024", "signed",
          "Scala Data Centers' 2024 contract with the wind operator Pampeiro Renováveis, worth about €22 "
          "million a year, starts delivering in January, and traders expect more such agreements as the "
          "hyperscalers expand in São Paulo and Rio Grande do Sul.",
          per="year", alt=[(24000000, "USD")],
          note="same PPA as 002 (USD, day), here in EUR with the year only"),
    ],
    ["about $38 per megawatt-hour", "$7.4 billion", "$3.9 billion", "$162.47", "$781.90", "$222.69",
     "$478.43", "about $76 billion", "$29 a month"],
)

ARTICLES["016_afrika_rechenzentren_kapitalfenster.txt"] = A(
    "2026-01-19",
    "from the line 'Gastkommentar | Montag, 19. Januar 2026'",
    "de",
    [
        D("teraco-highveld", ["Teraco", "Highveld GPU"], "acquisition", 300000000, "USD", "up_to", "2026-01",
          "negotiating",
          "Teraco verhandelt nach meinen Informationen mit dem Johannesburger GPU-Cloud-Anbieter Highveld "
          "GPU über eine Übernahme; im Raum stehen bis zu 300 Millionen Dollar.",
          note="talks known from the author; the amount is repeated later ('Ein Preis von 300 Millionen "
               "Dollar wäre also eine Wette')"),
        D("microsoft-g42-kenya", ["Microsoft", "G42"], "investment", None, None, None, "2024-05", "announced",
          "Das im Mai 2024 angekündigte Geothermie-Rechenzentrum von Microsoft und G42 in Kenia etwa ist "
          "über Ausschreibungen und Machbarkeitsstudien kaum hinausgekommen.",
          required=False, kind_alt=["project", "capex_plan", "joint_venture"],
          note="background mention of the 001 pledge without amount"),
        D("equinix-africa-capex", ["Equinix"], "capex_plan", 390000000, "USD", "exact", "2024", "planned",
          "Auch Equinix hat 2024 angekündigt, über fünf Jahre 390 Millionen Dollar in Afrika zu investieren "
          "– sichtbar ist davon bisher vor allem ein Neubau in Lagos.",
          required=False, note="continent-wide spending plan, background"),
    ],
    ["rund 22 Millionen Dollar im Jahr", "158 Dollar", "185 Dollar", "5,4 Milliarden Dollar",
     "100.000 Euro"],
)

ARTICLES["017_scala_pampeiro_depesche.txt"] = A(
    "2026-02-18",
    "from the stamp 'Mi., 18.02.2026 · 07:40 Uhr'; 'am Dienstag' -> 2026-02-17, 'im Januar' -> 2026-01",
    "de",
    [
        D("scala-pampeiro-stake", ["Scala Data Centers", "Pampeiro Renováveis"], "acquisition", 145000000,
          "USD", "exact", "2026-02-17", "signed",
          "Scala übernimmt 30 Prozent am Windpark-Komplex Coxilha von Pampeiro Renováveis und zahlt dafür "
          "145 Millionen Dollar, teilten beide Seiten am Dienstag mit.",
          kind_alt=["investment"],
          note="30 % of the wind complex; antitrust approval pending; different from the 2024 PPA of the "
               "same pair (next paragraph)"),
        D("scala-pampeiro-ppa", ["Scala Data Centers", "Pampeiro Renováveis"], "supply", None, None, None,
          "2024", "signed",
          "Die beiden Unternehmen arbeiten seit 2024 zusammen; damals hatte Scala mit Pampeiro einen "
          "Stromliefervertrag über 15 Jahre unterzeichnet, dessen Lieferungen im Januar begonnen haben.",
          required=False, note="the 2024 PPA of 002 restated without amount"),
        D("capivari-scala-loan", ["Banco Capivari", "Scala Data Centers"], "other", 600000000, "USD",
          "exact", "2026-01", "signed",
          "Der Konzern hatte sich im Januar bei der Banco Capivari aus Curitiba eine Finanzierung über 600 "
          "Millionen Dollar gesichert, mit der die ersten beiden Gebäude gebaut werden sollen.",
          kind_alt=LOAN, note="'Der Konzern' = Scala (previous sentence)"),
    ],
    ["rund 410 Millionen Dollar", "118 Millionen Dollar", "etwa 40 Dollar je Megawattstunde",
     "rund 850 Millionen Euro", "348 Euro"],
)

ARTICLES["018_africa_ai_live_randrack_en.txt"] = A(
    "2026-05-12",
    "from the live-blog header 'Tuesday, 12 May 2026 — live blog, all times SAST'; 'this morning' and the "
    "13:10 entry -> 2026-05-12, 'on Monday evening' -> 2026-05-11, 'in March last year' -> 2025-03",
    "en",
    [
        D("cassava-nvidia-lagos-order", ["Cassava Technologies", "Nvidia"], "supply", 180000000, "USD",
          "approx", "2026-05-12", "signed",
          "Breaking: Cassava has ordered another batch of Nvidia systems worth about $180 million for a "
          "second AI factory, this time in Lagos, the company confirmed this morning.",
          note="second, different deal of the Cassava-Nvidia pair"),
        D("cassava-nvidia-ai-factory", ["Cassava Technologies", "Nvidia"], "supply", 740000000, "USD",
          "exact", "2025-03", "announced",
          "That comes on top of the $740 million programme with Nvidia it unveiled in March last year, the "
          "first phase of which went live in Johannesburg in September.",
          kind_alt=["project", "capex_plan"],
          note="'it' = Cassava; the 2025 programme of 008 restated"),
        D("safaricom-cassava-gpu", ["Safaricom", "Cassava Technologies"], "cloud_contract", 60000000, "USD",
          "approx", "2026-05-11", "signed",
          "Safaricom has booked GPU capacity on Cassava's Johannesburg AI factory worth about $60 million "
          "over three years, the Kenyan operator confirmed on Monday evening.",
          term=["2026", "2029"]),
        D("ifc-ndovu-seriesb", ["IFC", "Ndovu Cloud"], "investment", 45000000, "USD", "exact", "2026-05-12",
          "completed",
          "Funding round from Nairobi: Ndovu Cloud, the Kenyan GPU rental firm, has closed a $45 million "
          "Series B.",
          note="lead investor in the next sentence ('IFC led the round'); Mvuli's share has no amount"),
    ],
    ["something like $4 million a month", "Tickets $45", "$196.30", "19.40 shillings",
     "around $0.11 per kilowatt-hour", "R99 a month"],
)

ARTICLES["019_ifc_raxio_kredit_foerderkompass.txt"] = A(
    "2026-07",
    "from the issue line 'Heft 7/2026 · Juli 2026' (month only); 'im Juni' -> 2026-06, 'Anfang 2025' -> "
    "2025",
    "de",
    [
        D("ifc-raxio-loan", ["IFC", "Raxio"], "other", 45000000, "USD", "exact", "2026-06", "signed",
          "Die IFC stellt Raxio zusätzlich einen Kredit über 45 Millionen Dollar bereit; der Vertrag wurde "
          "im Juni in Kampala unterzeichnet.",
          kind_alt=LOAN, note="second, different deal of the IFC-Raxio pair"),
        D("ifc-raxio-equity", ["IFC", "Raxio"], "investment", 90000000, "USD", "exact", "2025", "completed",
          "Bereits Anfang 2025 hatte sie sich mit 90 Millionen Dollar Eigenkapital an dem Unternehmen "
          "beteiligt und sitzt seither mit einem Vertreter im Verwaltungsrat.",
          note="'sie' = the IFC ('Weltbank-Tochter', previous sentence), 'dem Unternehmen' = Raxio; the "
               "equity of 005 restated"),
        D("proparco-raxio-loan", ["Proparco", "Raxio"], "other", 25000000, "EUR", "exact", "2026-06",
          "signed",
          "Die französische Förderbank leiht Raxio 25 Millionen Euro für den Standort in Abidjan; auch dieser "
          "Vertrag wurde im Juni unterzeichnet.",
          kind_alt=LOAN),
    ],
    ["rund 52 Millionen Dollar", "9,9 Milliarden Euro", "rund 400 Millionen Euro",
     "Schätzwert 3,2 Millionen Euro", "Teilnahme 290 Euro", "für Mitglieder 190 Euro", "jährlich 420 Euro"],
)

ARTICLES["020_kaeltetechnik_ksar_landbote.txt"] = A(
    "2026-11-05",
    "from the line 'Do., 5.11.26 · Lokales · Ebersgrund'; 'am Dienstag' -> 2026-11-03, 'im Juli' + "
    "'drei Monate später' -> 2026-10",
    "de",
    [
        D("ksar-ebersgrund-cooling", ["Ksar Data", "Kältetechnik Ebersgrund"], "supply", 18000000, "EUR",
          "at_least", "2026-11-03", "signed",
          "Sein Umfang wird von Ksar Data auf mindestens 18 Millionen Euro beziffert, Details zur Zahl der "
          "Anlagen nannte der Kunde nicht.",
          note="passive; 'Sein' = the cooling contract awarded to Kältetechnik Ebersgrund (previous "
               "sentence); signed 'am Dienstag' (next sentence)"),
        D("raxio-ebersgrund-talks", ["Raxio", "Kältetechnik Ebersgrund"], "supply", 6000000, "EUR", "approx",
          "2026-10", "negotiating",
          "Erste Gespräche mit dem Rechenzentrumsbetreiber Raxio über Anlagen für einen Standort in Äthiopien "
          "hatte es im Juli gegeben; drei Monate später liegt nun ein Angebot im Wert von rund sechs "
          "Millionen Euro auf dem Tisch.",
          note="amount in words; 'Unterschrieben ist noch nichts'; July + three months -> 2026-10"),
        D("ebersgrund-hall-capex", ["Kältetechnik Ebersgrund"], "capex_plan", 9000000, "EUR", "exact",
          "2026-11", "planned",
          "Das Unternehmen will dafür neun Millionen Euro investieren, der Bauantrag liegt dem Landratsamt "
          "vor.",
          note="amount in words; 'Das Unternehmen' = Kältetechnik Ebersgrund; the state's €1.2m grant is a "
               "not_deal"),
    ],
    ["64 Millionen Euro", "1,2 Millionen Euro", "rund 4,1 Millionen Euro", "etwa 3.450 Euro brutto monatlich",
     "ab 29 Euro", "49 Euro pro Saison"],
)


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"gold.json written: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
