#!/usr/bin/env python3
"""Write gold.json for corpus83 (the hand annotation lives here; edit, then run this).

Usage: python3 tests/corpus83/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the eighty-third, held-out test corpus (tests/corpus83/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: data centres in Mexico, Brazil, Chile, Colombia and Portugal "
    "(hyperscaler regions, renewable PPAs, local developers and lenders, state incentive schemes, cooling "
    "and grid suppliers) and German coverage of them. One entry per article; a deal that several articles "
    "report carries the same id in each. 'required': false marks vague, amount-less, denied or background "
    "mentions that an extractor may report or not without penalty. 'not_deals' lists money figures that are "
    "NOT deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes "
    "a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') "
    "marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) "
    "states it in another currency or at another precision. The checker's currency set has no BRL, MXN, "
    "COP or CLP: where a deal is stated in reais or pesos, the article gives a USD or EUR conversion in the "
    "same sentence, and that conversion is annotated (the local figure is named in the note). 'date' is "
    "when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date line, byline, issue line, header, meta "
    "tag / JSON-LD, or null when the article has none); a cancelled deal keeps the date of the original "
    "agreement; restated plans without a date get null; 'term' is the period the deal covers, where the "
    "text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html "
    "articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). "
    "Invented companies: Tezontle Cómputo, Itzamná Eléctrica, Frialva Térmica, Quebrada Digital, Aroeira "
    "Renováveis, Banco Jequitibá, Sabana Nube, Corporación Financiera Yarumal, Atalaia Infra Partners, "
    "Charneca Solar; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly real, partly invented or shifted (see "
    "README.md). Nothing here is reporting."
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


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


A = {}

A["001_aws_queretaro_bajio_en.txt"] = {
    "published": "2024-02-22",
    "published_note": "from the byline 'By Ximena Olvera Castañeda | February 22, 2024' (a Thursday); "
                      "'on Tuesday' -> 2024-02-20; 'Earlier this month' -> 2024-02",
    "language": "en",
    "deals": [
        D("aws-mexico-central", ["Amazon"], "capex_plan", 5_000_000_000, "USD", "at_least", "2024-02-20",
          "planned",
          "Amazon Web Services on Tuesday attached a figure to its long-trailed Mexican cloud region, saying it expects to put more than $5 billion into the country over the next 15 years.",
          term=["2024", "2039"],
          note="'more than' -> at_least; 15-year plan for the Mexico (Central) region; restated in 006"),
        D("cfe-itzamna-substations", ["CFE", "Itzamná Eléctrica"], "supply", 111_000_000, "USD", "approx",
          "2024-02", "signed",
          "Earlier this month the state utility CFE awarded Itzamná Eléctrica, a Monterrey maker of power transformers, a 1.9 billion-peso contract (about $111 million) for three substations along the El Marqués industrial belt.",
          note="stated first as MXN 1.9bn (MXN is not in the currency set); the USD conversion in brackets is "
               "annotated; 'Earlier this month' -> February 2024"),
    ],
    "not_deals": ["$10 billion", "6.4 billion pesos", "2,300 pesos per square metre", "450 million pesos",
                  "$4 million", "US$189,000"],
}

A["002_sines_zuluft.txt"] = {
    "published": "2024-05-16",
    "published_note": "from the issue line 'Nr. 19/2024 · Donnerstag, 16. Mai 2024'; 'vergangene Woche' -> 6-10 May 2024 -> 2024-05",
    "language": "de",
    "deals": [
        D("frialva-startcampus-2024", ["Frialva Térmica", "Start Campus"], "supply", 46_000_000, "EUR",
          "approx", "2024-05", "signed",
          "Die Frialva Térmica Lda. hat vergangene Woche einen Auftrag über rund 46 Millionen Euro für das zweite Gebäude des Campus erhalten.",
          note="client Start Campus in the previous sentence ('Rechenzentrumscampus von Start Campus'); "
               "first deal of the pair, different from the €71m order of 2026 (018); restated in 011 and 018"),
        D("startcampus-sines-plan", ["Start Campus"], "project", 8_500_000_000, "EUR", "up_to", None,
          "planned",
          "Start Campus beziffert die Gesamtinvestition in Sines auf bis zu 8,5 Milliarden Euro, verteilt auf sechs Gebäude mit zusammen 1,2 Gigawatt Anschlussleistung bis zum Ende des Jahrzehnts.",
          kind_alt=["capex_plan"], term=[None, "2030"],
          note="the developer's standing total plan for the campus, no announcement date -> null; restated in 016"),
    ],
    "not_deals": ["118 Millionen Euro", "gut acht Millionen", "sieben bis neun Millionen Euro je Megawatt",
                  "13 Euro je Megawattstunde", "30 Millionen Euro", "149 Euro", "390 Euro"],
}

A["003_microsoft_brasilien_mercosur.txt"] = {
    "published": "2024-09-27",
    "published_note": "from the wire line '27.09.2024 – 10:42 Uhr' (a Friday); 'am Donnerstag' -> 2024-09-26; 'Mitte September' -> 2024-09",
    "language": "de",
    "deals": [
        D("microsoft-brazil-2024", ["Microsoft"], "capex_plan", 2_700_000_000, "USD", "approx", "2024-09-26",
          "planned",
          "Microsoft will in den kommenden drei Jahren 14,7 Milliarden Reais, nach aktuellem Kurs rund 2,7 Milliarden US-Dollar oder etwa 2,4 Milliarden Euro, in brasilianische Rechenzentren, Cloud-Angebote und KI-Kapazitäten stecken.",
          term=["2024", "2027"], alt_amounts=[alt(2_400_000_000, "EUR")],
          note="BRL 14.7bn (not in the currency set) with USD and EUR conversions in the same sentence; "
               "'am Donnerstag' in the next sentence; restated in 004"),
        D("aws-brazil-2024", ["Amazon"], "capex_plan", 1_800_000_000, "USD", "approx", "2024-09", "planned",
          "Die Amazon-Tochter AWS hatte Mitte September mitgeteilt, bis 2034 rund 10,1 Milliarden Reais (umgerechnet etwa 1,8 Milliarden Dollar) in ihre brasilianischen Rechenzentren zu investieren.",
          term=[None, "2034"],
          note="BRL 10.1bn with the USD conversion annotated; a different Amazon plan from Mexico (001) and Chile (005)"),
    ],
    "not_deals": ["1,3 Milliarden Reais", "3,9 Milliarden Dollar jährlich", "431,31 Dollar", "245 Milliarden Dollar"],
}

A["004_scala_ai_city_rackrio_en.txt"] = {
    "published": "2024-10-08",
    "published_note": "from the byline 'Posted 8 October 2024 by Duarte Sampaio Lemos' (a Tuesday); 'in late September' -> 2024-09; "
                      "'On Friday' -> 2024-10-04; 'last month' -> 2024-09",
    "language": "en",
    "deals": [
        D("scala-ai-city-full", ["Scala Data Centers"], "capex_plan", 90_000_000_000, "USD", "up_to", "2024-09",
          "planned",
          "When Scala Data Centers presented its \"AI City\" for Eldorado do Sul, just outside Porto Alegre, in late September, most headlines ran with the largest figure on the slide: up to R$500 billion, roughly $90 billion, if the site ever reaches its full 4.75 gigawatts.",
          required=False, kind_alt=["project"],
          note="long-range ambition ('an ambition, not a budget', R$500bn with USD conversion), optional; "
               "must stay apart from the phase-one figure"),
        D("scala-ai-city-phase1", ["Scala Data Centers"], "project", 550_000_000, "USD", "approx", "2024-09",
          "planned",
          "Scala, which is controlled by the U.S. investor DigitalBridge, intends to spend around R$3 billion (about $550 million) on an initial 54-megawatt hall, with earthworks due in 2025.",
          kind_alt=["capex_plan"], alt_amounts=[alt(470_000_000, "EUR")],
          note="R$3bn with USD conversion; DigitalBridge is the owner, not a party; 017 restates it in EUR (alt_amounts)"),
        D("aroeira-scala-ppa", ["Scala Data Centers", "Aroeira Renováveis"], "supply", 20_000_000, "USD", "approx",
          "2024-10-04", "signed",
          "On Friday Scala signed a 15-year wind supply contract with Aroeira Renováveis, a generator from Fortaleza; a person close to the deal put its value at about R$110 million a year, or some $20 million.",
          per="year",
          note="yearly value from a source (R$110m, USD conversion annotated); a different Aroeira PPA from Amazon's (009)"),
        D("microsoft-brazil-2024", ["Microsoft"], "capex_plan", 2_700_000_000, "USD", "approx", "2024-09",
          "planned",
          "For a yardstick, recall Microsoft's pledge last month to put R$14.7 billion, about $2.7 billion, into Brazilian cloud and AI capacity over three years.",
          note="same plan as 003; 'last month' -> 2024-09"),
    ],
    "not_deals": ["$10 million per megawatt", "R$2.4 billion", "R$0.68 per kWh", "$14 a month"],
}

A["005_schneider_quebrada_boersenpfad.html"] = {
    "published": "2024-11-28",
    "published_note": "no visible date; from <meta property=article:published_time> and JSON-LD datePublished "
                      "2024-11-28T07:35 (a Thursday); 'am Mittwoch' -> 2024-11-27; 'vergangene Woche' -> 2024-11",
    "language": "de",
    "deals": [
        D("schneider-quebrada-supply", ["Schneider Electric", "Quebrada Digital"], "supply", 60_000_000, "EUR",
          "approx", "2024-11-27", "signed",
          "Das Auftragsvolumen liegt nach Angaben aus Unternehmenskreisen bei knapp 60 Millionen Euro; unterschrieben wurde am Mittwoch in Santiago.",
          note="parties in the first sentence of the paragraph; 'knapp' -> approx; value from company sources"),
        D("aws-chile-plan", ["Amazon"], "capex_plan", 4_000_000_000, "USD", "at_least", "2024-11", "planned",
          "Der Zeitpunkt passt: Amazon hat vergangene Woche angekündigt, für eine eigene Cloud-Region in Chile mehr als vier Milliarden Dollar auszugeben.",
          note="amount in words; 'mehr als' -> at_least"),
    ],
    "not_deals": ["rund 300 Millionen Dollar", "rund 2,5 Milliarden Dollar", "239,55 Euro", "265 Euro",
                  "36 Milliarden Euro", "239,55 €", "0,99 Euro"],
}

A["006_tezontle_pacifica_en.txt"] = {
    "published": "2025-01-15",
    "published_note": "from the header 'January 15, 2025 · 05:10 CST'; dateline 'MEXICO CITY, Jan 14'; 'on Tuesday' -> 2025-01-14; "
                      "'in February last year' -> 2024-02",
    "language": "en",
    "deals": [
        D("tezontle-series-a-2025", ["Atalaia Infra Partners", "Tezontle Cómputo"], "investment", 120_000_000, "USD",
          "exact", "2025-01-14", "completed",
          "Tezontle Cómputo, a Querétaro company that rents out Nvidia-powered servers by the hour, said on Tuesday it had closed a $120 million Series A, with Lisbon-based Atalaia Infra Partners leading, the largest private financing for an AI-infrastructure start-up in Mexico to date.",
          note="lead investor listed; the $90m equity / $30m note split is not a deal; restated in 007"),
        D("tezontle-nvidia-gpus", ["Tezontle Cómputo", "Nvidia"], "supply", 310_000_000, "USD", "approx", "2025-01",
          "rumored",
          "Two people briefed on the plans said Tezontle was in talks with Nvidia over a batch of around 4,000 Blackwell chips worth some $310 million, to be financed mostly with debt.",
          note="talks reported by two sources, Nvidia declined to comment -> rumored; no day given -> month"),
        D("aws-mexico-central", ["Amazon"], "capex_plan", 5_000_000_000, "USD", "at_least", "2024-02", "planned",
          "The funding came on the same day that Amazon Web Services switched on its Mexico (Central) region, the first visible result of the more than $5 billion it pledged in February last year to spend in the country over 15 years.",
          note="same plan as 001; 'in February last year' -> 2024-02"),
    ],
    "not_deals": ["$90 million", "$30 million", "$540 million", "$18 million", "12 million pesos", "€1.1 billion",
                  "$2.40 an hour", "$2.10", "$131.76"],
}

A["007_mexiko_kompakt.txt"] = {
    "published": "2025-02-20",
    "published_note": "from the issue line 'Ausgabe 8/2025 · 20. Februar 2025' (a Thursday); 'am Dienstag' -> 2025-02-18; "
                      "'Mitte Januar' -> 2025-01; 'Nur vier Wochen später' -> 2025-02",
    "language": "de",
    "deals": [
        D("microsoft-mexico-2025", ["Microsoft"], "capex_plan", 1_300_000_000, "USD", "exact", "2025-02-18",
          "planned",
          "Bis einschließlich 2027 sollen 1,3 Milliarden Dollar des US-Softwarekonzerns nach Mexiko fließen, der größte Teil davon in Rechenzentren und KI-Infrastruktur.",
          term=[None, "2027"],
          note="'des US-Softwarekonzerns' = Microsoft (heading '1 | Microsoft setzt auf Mexiko'); 'am Dienstag' in the next sentence"),
        D("tezontle-series-a-2025", ["Atalaia Infra Partners", "Tezontle Cómputo"], "investment", 120_000_000, "USD",
          "exact", "2025-01", "completed",
          "Tezontle Cómputo aus Querétaro hat seine Serie-A-Runde über 120 Millionen Dollar Mitte Januar abgeschlossen; angeführt wurde sie von Atalaia Infra Partners aus Lissabon.",
          note="same round as 006; 'Mitte Januar' -> 2025-01"),
        D("oracle-tezontle-lease", ["Oracle", "Tezontle Cómputo"], "other", 800_000, "USD", "approx", "2025-02",
          "signed",
          "Oracles Miete liegt laut Tezontle bei rund 800.000 Dollar im Monat, der Vertrag läuft zehn Jahre.",
          kind_alt=["cloud_contract"], per="month", alt_amounts=[alt(96_000_000, "USD")],
          note="ten-year space lease, monthly rate; genitive 'Oracles'; 019 restates it as ~$96m in total (alt_amounts); "
               "first Oracle–Tezontle deal, different from the 2026 cloud contract (019)"),
    ],
    "not_deals": ["22,6 Milliarden Dollar", "277 Milliarden Dollar", "20,38 je US-Dollar", "64,7 Milliarden Dollar",
                  "2,9 Pesos je kWh", "1.890 Euro", "24 Euro im Monat"],
}

A["008_sabana_nube_release_en.txt"] = {
    "published": "2025-03-12",
    "published_note": "dateline 'BOGOTÁ, 12 March' has no year; the year comes from '© 2025 Sabana Nube S.A.S.'; "
                      "12 March 2025 is a Wednesday, 'on Tuesday' -> 2025-03-11",
    "language": "en",
    "deals": [
        D("sabana-yarumal-loan-2025", ["Corporación Financiera Yarumal", "Sabana Nube"], "other", 112_000_000, "USD",
          "approx", "2025-03-11", "signed",
          "Sabana Nube S.A.S., a developer of data centres on the western edge of Bogotá, said on Tuesday that a senior credit facility of COP 460 billion, equivalent to about US$112 million, had been agreed with Corporación Financiera Yarumal to fund the first 24 megawatts of its campus in Funza, Cundinamarca.",
          note="credit facility, passive; COP 460bn (not in the currency set) with the USD conversion annotated"),
        D("atalaia-sabana-stake-2025", ["Atalaia Infra Partners", "Sabana Nube"], "investment", 78_000_000, "USD",
          "exact", "2025-03-11", "signed",
          "In a separate agreement, Lisbon-based Atalaia Infra Partners will acquire a 35% stake in Sabana Nube for US$78 million in new shares, subject to clearance by Colombia's Superintendencia de Industria y Comercio.",
          kind_alt=["acquisition"],
          note="announced together with the loan on Tuesday; pending clearance -> signed; restated in 020; "
               "different from the cancelled 2026 takeover of the remaining 65% (020)"),
    ],
    "not_deals": ["COP 95 billion", "US$7.5 million per megawatt", "COP 12 billion", "COP 180 billion"],
}

A["009_enercon_aroeira_deichblatt.txt"] = {
    "published": "2025-05-21",
    "published_note": "from the date line 'Aurich, Mittwoch, 21. Mai 2025'; 'am Dienstag' -> 2025-05-20; 'im März' -> 2025-03",
    "language": "de",
    "deals": [
        D("enercon-aroeira-turbines", ["Enercon", "Aroeira Renováveis"], "supply", 240_000_000, "EUR", "approx",
          "2025-05-20", "signed",
          "Den Wert bezifferten beide Seiten am Dienstag auf rund 240 Millionen Euro.",
          note="'beide Seiten' = Enercon and Aroeira Renováveis S.A. (previous two sentences)"),
        D("amazon-aroeira-ppa", ["Amazon", "Aroeira Renováveis"], "supply", 32_000_000, "EUR", "approx", "2025-03",
          "signed",
          "Der Strom des Parks ist bereits verkauft: Amazon Web Services nimmt ihn über 20 Jahre für seine Rechenzentren im Großraum São Paulo ab, unterzeichnet wurde im März, und Aroeira rechnet mit Erlösen von umgerechnet etwa 32 Millionen Euro im Jahr.",
          per="year",
          note="20-year PPA, yearly revenue; different from Aroeira's PPA with Scala (004)"),
        D("jequitiba-aroeira-2025", ["Banco Jequitibá", "Aroeira Renováveis"], "other", 125_000_000, "EUR", "approx",
          "2025-05", "signed",
          "Finanziert wird der Park zu einem guten Teil von der Banco Jequitibá aus São Paulo, die Aroeira einen Kredit über 780 Millionen Reais, knapp 125 Millionen Euro, zur Verfügung stellt.",
          note="loan; BRL 780m with EUR conversion ('knapp' -> approx); no date given -> month of the article; "
               "first loan of the pair, different from the 2026 credit line (017)"),
    ],
    "not_deals": ["rund 18 Millionen Euro", "gut sechs Millionen Euro", "rund sechs Milliarden Euro",
                  "41 Millionen Euro", "36 Cent", "58 Euro"],
}

A["010_quebrada_frialva_kompass.txt"] = {
    "published": "2025-07-03",
    "published_note": "from 'Stand: 03.07.2025, 14:05 Uhr' (a Thursday); 'vom Montag' -> 2025-06-30; 'am selben Tag' -> the same Monday",
    "language": "de",
    "deals": [
        D("frialva-quebrada-2025", ["Frialva Térmica", "Quebrada Digital"], "supply", 38_000_000, "USD", "exact",
          "2025-06-30", "signed",
          "Die Frialva Térmica aus dem portugiesischen Aveiro liefert Kaltwassersätze und eine Direktflüssigkühlung für den Campus in Lampa; der Auftrag hat nach Angaben beider Unternehmen vom Montag einen Wert von 38 Millionen Dollar, das sind etwa 32 Millionen Euro.",
          alt_amounts=[alt(32_000_000, "EUR")],
          note="client Quebrada Digital in the previous sentence; restated in 012"),
        D("quebrada-capex-2030", ["Quebrada Digital"], "capex_plan", 600_000_000, "USD", "approx", "2025-06-30",
          "planned",
          "Quebrada Digital will bis 2030 rund 600 Millionen Dollar in insgesamt vier Standorte im Großraum Santiago investieren, wie Gründerin Valentina Lastarria Opazo am selben Tag ankündigte.",
          term=[None, "2030"], note="restated in 012 and 020"),
        D("google-cerrillos", ["Google"], "project", 200_000_000, "USD", "approx", None, "planned",
          "Die Konkurrenz ist prominent: Google hatte für seinen zweiten chilenischen Standort in Cerrillos einst rund 200 Millionen Dollar veranschlagt; nach einem Gerichtsurteil zum Wasserverbrauch plant der Konzern dort inzwischen mit Luftkühlung.",
          required=False, kind_alt=["capex_plan"],
          note="old background project budget ('einst'), no date; optional"),
    ],
    "not_deals": ["134 Millionen Euro", "rund 4 Milliarden Dollar", "45 Dollar je Megawattstunde",
                  "9.870 Dollar je Tonne", "rund 330 Milliarden Dollar", "1.095 Pesos", "3.200 Euro"],
}

A["011_charneca_startcampus_tagus_en.html"] = {
    "published": "2025-07-29",
    "published_note": "from the visible byline 'Published 29 July 2025, 09:20' and <meta name=pubdate>; 'on Monday' -> 2025-07-28; 'last year' -> 2024",
    "language": "en",
    "deals": [
        D("charneca-startcampus-ppa", ["Start Campus", "Charneca Solar"], "supply", 420_000_000, "EUR", "approx",
          "2025-07-28", "signed",
          "Charneca said the contract, covering about 450 gigawatt-hours a year from 2027, is worth roughly €420 million over its life.",
          term=["2027", None],
          note="12-year PPA; parties and 'on Monday' in the previous sentence; restated in 015"),
        D("frialva-startcampus-2024", ["Frialva Térmica", "Start Campus"], "supply", 46_000_000, "EUR", "exact",
          "2024", "signed",
          "Frialva Térmica, which won a €46 million order for the seawater cooling of the second building last year, is adding a production line in Aveiro and hiring 60 people; technicians there start at about €1,450 a month.",
          note="same order as 002; 'last year' -> 2024; Start Campus named earlier in the article ('The campus')"),
    ],
    "not_deals": ["€75 to €80 per megawatt-hour", "€1,450 a month", "€58 million", "€19.80 per square metre",
                  "€1,250 a week"],
}

A["012_quebrada_interview_en.txt"] = {
    "published": None,
    "published_note": "no date anywhere (only 'Reading time: 7 minutes'); all deal dates null ('in May' and 'last year' cannot be resolved)",
    "language": "en",
    "deals": [
        D("frialva-quebrada-2025", ["Frialva Térmica", "Quebrada Digital"], "supply", 38_000_000, "USD", "exact",
          None, "signed",
          "Frialva gave us the best package, and the contract – 38 million dollars – includes ten years of maintenance.",
          note="same order as 010; 'us' = Quebrada Digital"),
        D("quebrada-capex-2030", ["Quebrada Digital"], "capex_plan", 600_000_000, "USD", "approx", None, "planned",
          "Around 600 million dollars in total, half equity, half debt.",
          note="answer to 'You want four sites by 2030. What will that cost?'; same plan as 010"),
        D("quebrada-green-loan", ["Quebrada Digital"], "other", 140_000_000, "USD", "exact", None, "completed",
          "The first loan is done: in May we closed 140 million dollars of green financing with three Chilean banks.",
          note="lenders not named; 'in May' without a year in an undated interview -> null"),
        D("quebrada-refused-offer", ["Quebrada Digital"], "acquisition", 250_000_000, "USD", "approx", None,
          "cancelled",
          "An American operator offered us about 250 million dollars last year.",
          required=False,
          note="refused offer by an unnamed bidder ('We said no') -> cancelled, optional"),
    ],
    "not_deals": ["410 million", "2.6 million pesos a month", "48 dollars per megawatt-hour", "20 billion pesos",
                  "CLP 9,900"],
}

A["013_aligned_aip_cruzeiro_en.txt"] = {
    "published": "2025-10-16",
    "published_note": "from the header 'October 16, 2025 | 07:02 GMT'; dateline 'Oct 15'; 'On Wednesday' -> 2025-10-15",
    "language": "en",
    "deals": [
        D("aip-aligned-acquisition", ["AI Infrastructure Partnership", "Aligned Data Centers"], "acquisition",
          40_000_000_000, "USD", "approx", "2025-10-15", "signed",
          "On Wednesday a buyer group counting BlackRock, Microsoft, Nvidia and MGX of Abu Dhabi among its members struck a deal worth about $40 billion for Aligned Data Centers, whose current owner is Macquarie Asset Management, the largest purchase of data-centre capacity so far.",
          alt_amounts=[alt(34_000_000_000, "EUR")],
          note="buyer named in the next sentence ('The buyers are the AI Infrastructure Partnership ... and BlackRock's "
               "Global Infrastructure Partners'); closing expected 2026 -> signed; 014 gives EUR"),
        D("aligned-latam-capex", ["Aligned Data Centers"], "capex_plan", 1_500_000_000, "USD", "approx", "2025-10-15",
          "planned",
          "Separately, Aligned's Latin American unit said on Wednesday it would invest about $1.5 billion in Brazil and Mexico through 2028.",
          term=[None, "2028"], note="a different Aligned deal from the takeover in the same article"),
        D("aligned-odata-2022", ["Aligned Data Centers", "Odata"], "acquisition", None, None, None, "2022",
          "completed",
          "Dallas-based Aligned operates or is building about 5 gigawatts across 50 campuses, including the former Odata sites in Brazil, Chile, Colombia and Mexico that it took over in 2022 for an undisclosed sum.",
          required=False, note="background, undisclosed price -> optional"),
    ],
    "not_deals": ["$100 billion", "$13.5 trillion", "$1,172.50", "$4 billion to $5 billion", "more than $60 billion"],
}

A["014_ticker_finanzdeck.txt"] = {
    "published": "2025-10-16",
    "published_note": "from the ticker head 'Donnerstag, 16.10.2025'; 'am Mittwochabend' -> 2025-10-15",
    "language": "de",
    "deals": [
        D("aip-aligned-acquisition", ["AI Infrastructure Partnership", "Aligned Data Centers"], "acquisition",
          40_000_000_000, "USD", "approx", "2025-10-15", "signed",
          "Milliardenübernahme in der Rechenzentrumsbranche: Ein Konsortium legt rund 40 Milliarden Dollar – nach heutigem Kurs gut 34 Milliarden Euro – für den texanischen Betreiber Aligned Data Centers auf den Tisch.",
          alt_amounts=[alt(34_000_000_000, "EUR")],
          note="same deal as 013; 'Ein Konsortium' = the AI Infrastructure Partnership (next sentence, 'der Käuferin'); "
               "'am Mittwochabend' two sentences later"),
        D("cloudhq-itzamna", ["CloudHQ", "Itzamná Eléctrica"], "supply", 55_000_000, "USD", "range", "2025-10",
          "rumored",
          "Das Volumen liege zwischen 55 und 65 Millionen Dollar, hieß es.",
          amount_max=65_000_000,
          note="order reported from industry circles ('soll ... erhalten haben'), parties in the previous sentence; "
               "Itzamná declined to comment; no date -> month of the ticker"),
    ],
    "not_deals": ["4.240 Dollar je Feinunze", "181,20 Dollar", "bis zu zwei Billionen Reais", "5,2 Milliarden Reais",
                  "150 Euro", "293 Dollar"],
}

A["015_microsoft_sines_whitespace_en.html"] = {
    "published": "2025-11-12",
    "published_note": "from the visible byline 'Wed 12 Nov 2025' and the article:published_time meta tag; 'on Tuesday' -> 2025-11-11; 'in July' -> 2025-07",
    "language": "en",
    "deals": [
        D("microsoft-portugal-sines", ["Microsoft", "Start Campus", "Nscale"], "capex_plan", 10_000_000_000, "USD",
          "exact", "2025-11-11", "announced",
          "Microsoft is putting $10 billion into Portugal, the company said on Tuesday at Web Summit in Lisbon, making the AI hub at Sines one of its largest single commitments in Europe.",
          kind_alt=["project", "investment", "cloud_contract"], alt_amounts=[alt(8_600_000_000, "EUR")],
          note="Start Campus and Nscale (operator of the GB300 chips) in the next sentence; 016 gives EUR"),
        D("charneca-startcampus-ppa", ["Start Campus", "Charneca Solar"], "supply", 420_000_000, "EUR", "approx",
          "2025-07", "signed",
          "Power for the new halls is partly covered by the €420 million solar agreement that Start Campus signed with Charneca Solar in July.",
          note="same PPA as 011; 'in July' -> 2025-07"),
    ],
    "not_deals": ["$6 billion", "$34.9 billion", "$3.5 million", "€400 million", "€995"],
}

A["016_microsoft_sines_wirtschaftsbote.txt"] = {
    "published": "2025-11-13",
    "published_note": "from the page line 'Donnerstag, 13. November 2025 · Unternehmen · Seite 17'; 'Am Dienstag' -> 2025-11-11; 'im Sommer' -> 2025",
    "language": "de",
    "deals": [
        D("microsoft-portugal-sines", ["Microsoft", "Start Campus", "Nscale"], "capex_plan", 10_000_000_000, "USD",
          "exact", "2025-11-11", "announced",
          "Es war der Höhepunkt des Web Summit: Am Dienstag kündigte Microsoft an, zehn Milliarden Dollar – das sind rund 8,6 Milliarden Euro – für einen KI-Standort im portugiesischen Sines aufzuwenden.",
          kind_alt=["project", "investment", "cloud_contract"], alt_amounts=[alt(8_600_000_000, "EUR")],
          note="amount in words; operators Nscale and Start Campus in the next sentence; same as 015"),
        D("startcampus-sines-plan", ["Start Campus"], "project", 8_500_000_000, "EUR", "up_to", None, "planned",
          "Für Start Campus, das in Sines insgesamt bis zu 8,5 Milliarden Euro verbauen will, ist Microsoft der erste namentlich bekannte Großkunde.",
          kind_alt=["capex_plan"], note="same standing plan as 002, no date"),
        D("ren-sines-grid", ["REN"], "capex_plan", 300_000_000, "EUR", "approx", "2025", "planned",
          "Auch das Netz muss mitwachsen: Der Übertragungsnetzbetreiber REN hatte bereits im Sommer angekündigt, rund 300 Millionen Euro in neue Höchstspannungsleitungen und ein Umspannwerk bei Sines zu stecken.",
          note="'im Sommer' -> the year (seasons become the year)"),
    ],
    "not_deals": ["rund 3,8 Billionen Dollar", "508,70 Dollar", "rund 22 Milliarden Euro",
                  "rund 90 Euro je Megawattstunde", "1.600 Euro brutto im Monat"],
}

A["017_pecem_redata_sertao.txt"] = {
    "published": "2026-01-22",
    "published_note": "from the byline 'veröffentlicht am 22.01.2026'; 'Anfang Januar' -> 2026-01; 'im Mai' -> 2025-05",
    "language": "de",
    "deals": [
        D("bytedance-pecem", ["ByteDance", "Casa dos Ventos"], "project", 7_800_000_000, "EUR", "approx", "2026",
          "rumored",
          "Insidern zufolge verhandelt ByteDance, der Mutterkonzern von TikTok, mit dem Windkraftentwickler Casa dos Ventos über ein Rechenzentrum im Hafengebiet von Pecém bei Fortaleza; im Gespräch seien rund 50 Milliarden Reais, also etwa 7,8 Milliarden Euro.",
          kind_alt=["joint_venture", "capex_plan", "investment"], alt_amounts=[alt(9_300_000_000, "USD")],
          note="rumour from insiders, BRL 50bn with EUR conversion; no date for the talks -> the year, so that it agrees "
               "with the confirmation in August 2026 (020, $9.3bn in alt_amounts)"),
        D("jequitiba-aroeira-2026", ["Banco Jequitibá", "Aroeira Renováveis"], "other", 190_000_000, "EUR", "approx",
          "2026-01", "signed",
          "Die Banco Jequitibá hat Aroeira Renováveis Anfang Januar eine zweite Kreditlinie über 1,2 Milliarden Reais zugesagt, umgerechnet rund 190 Millionen Euro, diesmal für Solarparks in Piauí, deren Strom ebenfalls an Rechenzentren gehen soll.",
          note="second loan of the pair, different from the May 2025 loan (009, restated in the next sentence)"),
        D("jequitiba-aroeira-2025", ["Banco Jequitibá", "Aroeira Renováveis"], "other", None, None, None, "2025-05",
          "signed",
          "Schon im Mai hatte die Bank den Windpark Jaguaribe Norte mitfinanziert.",
          required=False, note="'die Bank' = Banco Jequitibá; the 2025 loan of 009 without amount -> optional"),
        D("scala-ai-city-phase1", ["Scala Data Centers"], "project", 470_000_000, "EUR", "approx", None, "planned",
          "Im Süden hat Scala Data Centers mit der ersten Baustufe seiner AI City in Eldorado do Sul begonnen; für die 54 Megawatt sind rund drei Milliarden Reais veranschlagt, knapp 470 Millionen Euro.",
          kind_alt=["capex_plan"],
          note="same phase one as 004, stated in BRL words with EUR conversion ('knapp' -> approx); no date"),
    ],
    "not_deals": ["bis zu zwei Billionen Reais", "180 Reais je Quadratmeter", "4,99 Euro im Monat"],
}

A["018_frialva_coolant_circular_en.txt"] = {
    "published": "2026-04-16",
    "published_note": "from the issue line 'Vol. 3, No. 14 — 16 April 2026' (a Thursday); 'last Thursday' -> 2026-04-09; 'two years ago' -> 2024",
    "language": "en",
    "deals": [
        D("frialva-startcampus-2026", ["Start Campus", "Frialva Térmica"], "supply", 71_000_000, "EUR", "exact",
          "2026-04-09", "signed",
          "Start Campus has handed Frialva Térmica a €71 million contract for the liquid-cooling loops of two further buildings at its Sines campus, the Aveiro company said last Thursday.",
          note="second deal of the pair, must stay apart from the €46m order of 2024 (next sentence)"),
        D("frialva-startcampus-2024", ["Frialva Térmica", "Start Campus"], "supply", 46_000_000, "EUR", "exact",
          "2024", "signed",
          "It is the pair's second deal: two years ago Frialva won €46 million for the seawater system of the campus's second building.",
          note="same order as 002; 'two years ago' -> 2024"),
        D("atalaia-frialva-rumour", ["Atalaia Infra Partners", "Frialva Térmica"], "acquisition", 280_000_000, "EUR",
          "range", "2026-04", "rumored",
          "Atalaia Infra Partners, the Lisbon fund already invested in Tezontle Cómputo and Sabana Nube, is weighing a bid for Frialva that could value the family-owned company at somewhere between €280 million and €320 million, two people close to the fund said.",
          required=False, amount_max=320_000_000,
          note="rumoured bid, denied by Frialva's chief executive in the next sentences -> optional"),
    ],
    "not_deals": ["€1,100 per kilowatt", "€260 million", "€171 million", "€12 million", "$11,200 a tonne", "$49",
                  "£180 a year"],
}

A["019_oracle_tezontle_kursmoewe.txt"] = {
    "published": "2026-06-09",
    "published_note": "from the portal line '09.06.2026 | 08:47' (a Tuesday); 'vom Montag' -> 2026-06-08; 'im vergangenen Jahr' -> 2025; "
                      "'im Dezember' -> 2025-12",
    "language": "de",
    "deals": [
        D("oracle-tezontle-2026", ["Tezontle Cómputo", "Oracle"], "cloud_contract", 400_000_000, "USD", "up_to",
          "2026-06-08", "signed",
          "Der GPU-Anbieter Tezontle Cómputo aus Querétaro wird nach Angaben beider Unternehmen vom Montag über fünf Jahre bis zu 400 Millionen Dollar, rund 350 Millionen Euro, für Oracles Cloud-Software und reservierte Kapazitäten zahlen.",
          alt_amounts=[alt(350_000_000, "EUR")],
          note="genitive 'Oracles'; headline compound '400-Millionen-Dollar-Vertrag'; second Oracle–Tezontle deal, "
               "different from the 2025 lease (next paragraph)"),
        D("oracle-tezontle-lease", ["Oracle", "Tezontle Cómputo"], "other", 96_000_000, "USD", "approx", "2025-02",
          "signed",
          "Die beiden arbeiten schon länger zusammen: Bereits im Februar 2025 hatte Oracle für seine zweite mexikanische Cloud-Region Fläche in Tezontles Neubau in Colón gemietet, für insgesamt rund 96 Millionen Dollar über zehn Jahre.",
          kind_alt=["cloud_contract"],
          note="same lease as 007, here as the ten-year total (alt_amounts of 007)"),
        D("cloudhq-queretaro", ["CloudHQ"], "capex_plan", 4_800_000_000, "USD", "exact", "2025", "planned",
          "Querétaro bleibt ohnehin ein Magnet; im vergangenen Jahr hatte der US-Entwickler CloudHQ angekündigt, 4,8 Milliarden Dollar in einen Campus in der Region zu stecken.",
          kind_alt=["project"], note="'im vergangenen Jahr' -> 2025"),
        D("oracle-capex-fy2026", ["Oracle"], "capex_plan", 50_000_000_000, "USD", "approx", "2025-12", "planned",
          "Für das Ende Mai abgelaufene Geschäftsjahr hatte Oracle im Dezember Investitionen von rund 50 Milliarden Dollar in Aussicht gestellt.",
          term=["2025-06", "2026-05"],
          note="capex guidance for fiscal 2026 given in December 2025 (a capex plan, not past spending)"),
    ],
    "not_deals": ["rund 41 Millionen Dollar", "mehr als 500 Milliarden Dollar", "von 250 auf 280 Dollar",
                  "236,80 USD", "345,72 USD", "ca. 665 Mrd. USD", "500 Euro Volumen"],
}

A["020_latam_compute_digest_en.txt"] = {
    "published": "2026-11-08",
    "published_note": "from the edition line 'Sunday edition, November 8th, 2026'; 'in March last year' -> 2025-03; 'in June' -> 2026-06; "
                      "'on Tuesday' (withdrawal) -> 2026-11-03; 'in August' -> 2026-08",
    "language": "en",
    "deals": [
        D("atalaia-sabana-stake-2025", ["Atalaia Infra Partners", "Sabana Nube"], "investment", 78_000_000, "USD",
          "exact", "2025-03", "completed",
          "Atalaia Infra Partners has abandoned its planned takeover of Sabana Nube, the Bogotá data-centre developer in which it has held 35% since it paid $78 million for the stake in March last year.",
          kind_alt=["acquisition"], note="same stake purchase as 008; 'in March last year' -> 2025-03"),
        D("atalaia-sabana-takeover-2026", ["Atalaia Infra Partners", "Sabana Nube"], "acquisition", 250_000_000, "USD",
          "approx", "2026-06", "cancelled",
          "The two sides had agreed in June to value the remaining 65% at roughly a quarter of a billion dollars; three months later Colombia's competition authority demanded that Sabana Nube sell its second Funza plot, and on Tuesday the fund pulled out.",
          note="'The two sides' = Atalaia and Sabana Nube; amount in words; abandoned -> cancelled, dated to the June "
               "agreement; different from the 2025 stake (previous sentence)"),
        D("bytedance-pecem", ["ByteDance", "Casa dos Ventos"], "project", 9_300_000_000, "USD", "approx", "2026-08",
          "announced",
          "After months of speculation, ByteDance confirmed in August that it will build a data centre at the port of Pecém in Ceará together with Casa dos Ventos, putting the investment at about R$50 billion ($9.3 billion).",
          note="the rumour of 017 confirmed; BRL 50bn with USD conversion"),
        D("quebrada-capex-2030", ["Quebrada Digital"], "capex_plan", 600_000_000, "USD", "approx", None, "planned",
          "The company repeated that it will spend about $600 million on four sites by 2030.",
          note="'The company' = Quebrada Digital (previous sentence); restated plan of 010 -> no new date"),
    ],
    "not_deals": ["MXN 38 billion", "$3.4bn", "COP 780 per kWh", "$165 per kW per month", "$12 per metre", "$3,000",
                  "$19 a month"],
}

ALIASES = {
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Microsoft": ["Microsoft", "Microsofts"],
    "CFE": ["CFE"],
    "Itzamná Eléctrica": ["Itzamná Eléctrica", "Itzamná"],
    "Start Campus": ["Start Campus"],
    "Frialva Térmica": ["Frialva Térmica", "Frialva Térmica Lda.", "Frialva"],
    "Scala Data Centers": ["Scala Data Centers", "Scala"],
    "Aroeira Renováveis": ["Aroeira Renováveis", "Aroeira Renováveis S.A.", "Aroeira"],
    "Schneider Electric": ["Schneider Electric", "Schneider"],
    "Quebrada Digital": ["Quebrada Digital", "Quebrada"],
    "Atalaia Infra Partners": ["Atalaia Infra Partners", "Atalaia"],
    "Tezontle Cómputo": ["Tezontle Cómputo", "Tezontle", "Tezontles"],
    "Nvidia": ["Nvidia"],
    "Oracle": ["Oracle", "Oracles"],
    "Sabana Nube": ["Sabana Nube", "Sabana Nube S.A.S."],
    "Corporación Financiera Yarumal": ["Corporación Financiera Yarumal", "Yarumal"],
    "Enercon": ["Enercon"],
    "Banco Jequitibá": ["Banco Jequitibá", "Jequitibá"],
    "Google": ["Google"],
    "Charneca Solar": ["Charneca Solar", "Charneca"],
    "AI Infrastructure Partnership": ["AI Infrastructure Partnership"],
    "Aligned Data Centers": ["Aligned Data Centers", "Aligned"],
    "Odata": ["Odata"],
    "Nscale": ["Nscale"],
    "REN": ["REN"],
    "ByteDance": ["ByteDance"],
    "Casa dos Ventos": ["Casa dos Ventos"],
    "CloudHQ": ["CloudHQ"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote gold.json: {len(A)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
