#!/usr/bin/env python3
"""Write gold.json for tests/corpus63 (the hand annotation lives here; edit, then run).

Usage: python3 tests/corpus63/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the sixty-third held-out test corpus (tests/corpus63/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json "
    "and shared/gold/seeds.json. One entry per article; a deal that several articles report carries the "
    "same id in each. 'required': false marks vague, background or amount-less mentions that an extractor "
    "may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one "
    "of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is "
    "exact | approx | up_to | at_least | range; 'per' ('year') marks a rate. 'alt_amounts' gives the same "
    "deal's amount as another article states it in another currency or at another precision. 'date' is "
    "when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's "
    "publication date ('published', from the article's own date line, dateline, issue line, byline date, "
    "or for .html pages the meta tag / JSON-LD, or null when the article has none); seasons become the "
    "year; a rumoured deal that was later signed carries the year where the rumour month and the signing "
    "month differ; a cancelled deal keeps the date of the original talks; 'term' is the period the deal "
    "covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Theme: data centres in France, Italy and Greece. Invented "
    "companies: Marsalia Calcul SAS, Froidalpe SA, Vallelonga Data S.p.A., Costruzioni Orsenigo, Banca "
    "Valtrebbia, Credito Lariano, Thermaikos Data S.A., Elikonas Energy, Argolis Bank, Pelagos Bank; invented publications, research "
    "houses, advertisers and people are listed in invented_names.txt; real companies' deals are partly "
    "real, partly invented or shifted (README.md). Nothing here is reporting."
)

ALIASES = {
    "Microsoft": ["Microsoft"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Marsalia Calcul": ["Marsalia Calcul SAS", "Marsalia Calcul", "Marsalia"],
    "Froidalpe": ["Froidalpe SA", "Froidalpe"],
    "Bpifrance": ["Bpifrance"],
    "EDF": ["EDF", "Électricité de France"],
    "Costruzioni Orsenigo": ["Costruzioni Orsenigo", "Orsenigo"],
    "Vallelonga Data": ["Vallelonga Data S.p.A.", "Vallelonga Data", "Vallelonga"],
    "Banca Valtrebbia": ["Banca Valtrebbia"],
    "Credito Lariano": ["Credito Lariano"],
    "A2A": ["A2A"],
    "Thermaikos Data": ["Thermaikos Data S.A.", "Thermaikos Data", "Thermaikos"],
    "Elikonas Energy": ["Elikonas Energy", "Elikonas"],
    "Argolis Bank": ["Argolis Bank"],
    "Pelagos Bank": ["Pelagos Bank"],
    "iliad": ["Iliad", "Iliad-Gruppe", "iliad Group"],
    "Brookfield": ["Brookfield", "Brookfield Asset Management"],
    "United Arab Emirates": ["United Arab Emirates", "UAE"],
    "Italy": ["Italy", "Italien"],
    "Eni": ["Eni"],
    "MGX": ["MGX"],
    "PPC": ["PPC", "Public Power Corporation"],
    "Telecom Italia": ["Telecom Italia", "TIM"],
    "Sparkle": ["Sparkle"],
    "Italian Treasury": ["Italy's Treasury", "MEF", "Italian Ministry of Economy and Finance"],
    "Retelit": ["Retelit"],
    "OTE": ["OTE", "Hellenic Telecommunications Organization"],
    "Legrand": ["Legrand"],
    "Google": ["Google", "Google Cloud", "Alphabet"],
    "OpenAI": ["OpenAI"],
    "Greece": ["Greece", "Greek government"],
    "InfraVia Capital Partners": ["InfraVia Capital Partners", "InfraVia"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, note=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    d.update(extra)
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


LEASE_ALTS = [{"amount": 1250000000, "currency": "EUR"}, {"amount": 1400000000, "currency": "USD"}]

ARTICLES = {
    "001_choose_france_pontmarin_en.txt": A(
        "2024-05-13", "from the header 'Updated 13.05.2024 19:05 CEST' and the dateline 'PARIS, May 13'; 'on Monday' -> 2024-05-13", "en",
        [
            D("microsoft-france-2024", ["Microsoft"], "capex_plan", 4000000000, "EUR", "exact", "2024-05-13", "planned",
              "PARIS, May 13 (Pontmarin) - Microsoft will invest 4 billion euros ($4.3 billion) in French cloud and artificial-intelligence infrastructure, the software maker said on Monday, as President Emmanuel Macron hosted foreign chief executives for his yearly \"Choose France\" courtship at Versailles.",
              alt_amounts=[{"amount": 4300000000, "currency": "USD"}],
              note="country investment pledge of one company = capex_plan; the dateline is part of the sentence; dollar figure in brackets"),
            D("aws-france-2024", ["Amazon"], "capex_plan", 1200000000, "EUR", "exact", "2024-05", "announced",
              "Amazon Web Services separately committed 1.2 billion euros to its French operations, most of it for server capacity in the Ile-de-France region, the cloud arm said in a statement.",
              note="no weekday for the AWS statement; the summit week gives the month"),
        ],
        ["roughly 15 billion euros", "$414.20", "just over $3 trillion", "8 million to 11 million euros", "54 billion euro"]),

    "002_microsoft_elsass_grenzbote.txt": A(
        "2024-05-14", "from the dateline 'Kehl/Straßburg, 14. Mai 2024'; 'am Montag' -> 2024-05-13; 'Vergangene Woche' -> 2024-05", "de",
        [
            D("microsoft-france-2024", ["Microsoft"], "capex_plan", 4000000000, "EUR", "exact", "2024-05-13", "planned",
              "Microsoft will insgesamt vier Milliarden Euro in Frankreich investieren, einen Teil davon in ein neues Rechenzentrum bei Mülhausen.",
              note="amount in words; the day ('am Montag', 'der US-Softwarekonzern') is in the next sentence"),
            D("aws-france-2024", ["Amazon"], "capex_plan", 1200000000, "EUR", "approx", "2024-05", "announced",
              "Auch Amazons Cloudtochter AWS legte nach: Rund 1,2 Milliarden Euro sollen in den Ausbau ihrer französischen Infrastruktur fließen, vor allem im Großraum Paris.",
              note="genitive 'Amazons'; same summit, month only"),
            D("froidalpe-marsalia-cooling-2024", ["Froidalpe", "Marsalia Calcul"], "supply", 42000000, "EUR", "exact", "2024-05", "signed",
              "Vergangene Woche hat die Froidalpe SA aus Grenoble einen Kühlauftrag über 42 Millionen Euro erhalten – vom Marseiller Rechenzentrumsentwickler Marsalia Calcul, der am Mittelmeer einen KI-Campus hochzieht.",
              note="first cooling order of the pair; different from the EUR 65m second order of April 2025 (011, 014)"),
        ],
        ["etwa 15 Milliarden Euro", "bis zu 30 Millionen Euro", "118 Millionen Euro", "2.900 Euro", "289 Euro"]),

    "003_marsalia_round_vieuxport_en.txt": A(
        "2024-06-20", "from the issue line 'Issue 14 · Thursday 20 June 2024'; 'on Tuesday' -> 2024-06-18", "en",
        [
            D("marsalia-seriesa-2024", ["Marsalia Calcul", "Bpifrance"], "investment", 180000000, "EUR", "exact", "2024-06-18", "completed",
              "Marsalia Calcul SAS, the Marseille developer that wants to turn a disused ship-repair yard into a 120-megawatt AI campus, has raised 180 million euros in a Series A round.",
              note="lead investor and the day in the next sentence ('Bpifrance led it, the company said on Tuesday'); the EUR 130m equity / EUR 50m note split and the ~EUR 600m valuation are not deals; different from the EUR 420m Series B of 2026 (020)"),
            D("froidalpe-marsalia-cooling-2024", ["Froidalpe", "Marsalia Calcul"], "supply", 42000000, "EUR", "exact", "2024-05", "signed",
              "Froidalpe, the Grenoble maker of liquid-cooling manifolds, confirmed last month's 42-million-euro order from Marsalia at its shareholder meeting.",
              note="compound amount; 'last month' -> 2024-05"),
            D("edf-marsalia-ppa", ["EDF", "Marsalia Calcul"], "supply", 70000000, "EUR", "approx", "2024", "negotiating",
              "Marsalia is negotiating a long-term power purchase agreement with EDF worth about 70 million euros a year, two people close to the discussions said; neither side would comment.",
              per="year",
              note="talks reported in June, signing on 2024-09-11 (004): the year keeps the shared id's dates consistent"),
        ],
        ["130 million euros", "50 million euros", "about 600 million euros", "9.5 million euros per megawatt", "well over a billion",
         "310 million euros", "190 million", "75 euros per megawatt hour", "9 euros a month", "90 euros a year", "49 euros"]),

    "004_marsalia_edf_massilia_en.html": A(
        "2024-09-12", "no visible date; from <meta property='article:published_time'> and JSON-LD datePublished 2024-09-12; 'on Wednesday' -> 2024-09-11", "en",
        [
            D("edf-marsalia-ppa", ["EDF", "Marsalia Calcul"], "supply", 70000000, "EUR", "approx", "2024-09-11", "signed",
              "Marsalia Calcul has put its name to a 12-year electricity supply contract with EDF under which the utility will deliver low-carbon power to the campus worth around 70 million euros a year, both sides announced on Wednesday.",
              per="year", term=["2026-01", "2037-12"],
              note="rate per year; term from the next sentence (January 2026 to the end of 2037)"),
            D("marsalia-seriesa-2024", ["Marsalia Calcul", "Bpifrance"], "investment", 180000000, "EUR", "exact", "2024-06", "completed",
              "The contract comes three months after Marsalia raised 180 million euros from investors led by Bpifrance.",
              note="'three months after' -> 2024-06"),
        ],
        ["42 euros per megawatt hour", "about 7 billion euros", "12 million euros", "39 euros", "11.90 euros"]),

    "005_microsoft_italien_aktienterrasse.txt": A(
        "2024-10-02", "from the header '02.10.2024 | 16:20 Uhr'; 'am Mittwoch' -> 2024-10-02", "de",
        [
            D("microsoft-italy-2024", ["Microsoft"], "capex_plan", 4300000000, "EUR", "exact", "2024-10-02", "planned",
              "Der Softwarekonzern will binnen zwei Jahren 4,3 Milliarden Euro für Rechenzentren, Cloud und KI in Italien ausgeben, wie Konzernpräsident Brad Smith am Mittwoch nach einem Treffen mit Regierungschefin Giorgia Meloni in Rom mitteilte.",
              alt_amounts=[{"amount": 4700000000, "currency": "USD"}],
              note="'Der Softwarekonzern' = Microsoft (previous sentence); 006 gives 'about $4.7 billion'"),
            D("aws-italy-2029", ["Amazon"], "capex_plan", 1200000000, "EUR", "approx", "2024", "announced",
              "Amazons Cloudsparte AWS hatte bereits im Frühjahr angekündigt, bis 2029 rund 1,2 Milliarden Euro in ihre Mailänder Cloud-Region zu investieren.",
              term=[None, "2029"],
              note="'im Frühjahr' (a season) gives the year; date shifted/simplified, see README"),
        ],
        ["etwa 6,7 Milliarden Euro", "jährlich neun Milliarden Euro", "417,10 Dollar", "245 Milliarden Dollar", "500 Dollar", "1 Euro Ordergebühr"]),

    "006_milan_builders_navigli_en.txt": A(
        "2024-10-09", "dateline 'MILAN, 9 October' without year; the year from '© 2024 The Navigli Courier'; 'on Monday' -> 2024-10-07", "en",
        [
            D("orsenigo-vallelonga-pero-build", ["Costruzioni Orsenigo", "Vallelonga Data"], "supply", 240000000, "EUR", "exact", "2024-10-07", "signed",
              "MILAN, 9 October — Costruzioni Orsenigo, a family-owned contractor from the Como lakeside, has won a 240-million-euro contract for the first two halls of Vallelonga Data's campus in Pero, on the north-western edge of the city.",
              kind_alt=["project", "other"],
              note="construction contract; 'confirmed the award on Monday' in the next sentence"),
            D("vallelonga-pero-campus", ["Vallelonga Data"], "project", 900000000, "EUR", "approx", "2024-10", "planned",
              "Vallelonga, backed by a Milanese infrastructure fund, says the whole Pero campus will cost about 900 million euros once all four halls are standing.",
              kind_alt=["capex_plan"],
              note="project cost of the whole campus (contains the EUR 240m build contract)"),
            D("microsoft-italy-2024", ["Microsoft"], "capex_plan", 4300000000, "EUR", "exact", "2024-10", "planned",
              "The award lands a week after Microsoft pledged 4.3 billion euros (about $4.7 billion) over the next two years for data centres in Italy, most of them around Milan.",
              note="'a week after' -> month only"),
        ],
        ["410 million euros", "350 to 450 euros per square metre", "around 5 million euros"]),

    "007_vallelonga_depesche.txt": A(
        "2025-01-16", "from the issue line 'Ausgabe 2/2025 · Donnerstag, 16. Januar 2025'; 'am Montag' -> 2025-01-13; 'Mitte Dezember' -> 2024-12; 'Anfang Januar' -> 2025-01", "de",
        [
            D("vallelonga-loan-2025", ["Vallelonga Data", "Banca Valtrebbia", "Credito Lariano"], "other", 350000000, "EUR", "exact", "2025-01-13", "signed",
              "Die Mailänder Vallelonga Data S.p.A. hat sich einen Konsortialkredit über 350 Millionen Euro gesichert.",
              kind_alt=["investment"],
              note="syndicated loan; the banks and 'am Montag' are in the next sentence"),
            D("a2a-vallelonga-ppa", ["A2A", "Vallelonga Data"], "supply", 400000000, "EUR", "approx", "2024-12", "signed",
              "Bereits Mitte Dezember hatte Vallelonga einen zehnjährigen Stromliefervertrag mit dem Versorger A2A unterzeichnet; dessen Wert beziffern beide Seiten auf knapp 400 Millionen Euro.",
              note="'knapp' -> approx; different from the pair's EUR 600m joint venture of 2026 (015, 017, 019)"),
            D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80000000000, "USD", "approx", "2025-01", "announced",
              "Microsoft will bis zum Ende seines Geschäftsjahres 2024/25 (30. Juni) rund 80 Milliarden Dollar in Rechenzentren für KI-Anwendungen stecken.",
              term=["2024-07", "2025-06"],
              note="'Anfang Januar' in the next sentence; fiscal-year capex plan"),
        ],
        ["38 Millionen Euro", "180 Millionen Euro", "gut 55 Milliarden Dollar", "8,7 Millionen Euro pro Megawatt", "9,4 Millionen", "95 Euro netto", "240 Euro"]),

    "008_thermaikos_sindos_thermaic_en.txt": A(
        "2025-02-05", "from the dateline 'THESSALONIKI, 5 February 2025'; 'on Tuesday' -> 2025-02-04", "en",
        [
            D("elikonas-thermaikos-solar-ppa", ["Elikonas Energy", "Thermaikos Data"], "supply", 310000000, "EUR", "exact", "2025-02-04", "signed",
              "THESSALONIKI, 5 February 2025 — Thermaikos Data S.A. has agreed to buy solar electricity from Elikonas Energy for 15 years, in a contract both companies value at 310 million euros over its life.",
              note="'signed on Tuesday' in the next sentence; different from the pair's EUR 190m wind contract of 2026 (020)"),
            D("argolis-thermaikos-loan", ["Thermaikos Data", "Argolis Bank", "Pelagos Bank"], "other", 150000000, "EUR", "exact", "2025-02", "signed",
              "To pay for construction, the developer has arranged a 150-million-euro loan from Argolis Bank, with Pelagos Bank of Piraeus taking part of the debt.",
              kind_alt=["investment"],
              note="'the developer' = Thermaikos Data; no day given"),
            D("thermaikos-sindos-phase1", ["Thermaikos Data"], "project", 850000000, "EUR", "approx", "2025-02", "planned",
              "The first phase of the campus in the Sindos industrial zone west of the city will cost around 850 million euros, chief executive Nefeli Karamanou told reporters.",
              kind_alt=["capex_plan"]),
            D("microsoft-greece-datacenters", ["Microsoft"], "capex_plan", 1000000000, "USD", "approx", "2020", "announced",
              "Microsoft is building three data centres around Athens, a project first announced in 2020 and valued at roughly a billion dollars at the time.",
              required=False, kind_alt=["project"],
              note="background mention of an old plan; amount in words"),
        ],
        ["35 million euros", "11.32 euros", "62 million euros", "108 euros per megawatt hour", "28 euros"]),

    "009_gipfel_iliad_kabelschacht.txt": A(
        "2025-02-12", "from the byline 'veröffentlicht am 12.02.2025'; 'am Montag' -> 2025-02-10", "de",
        [
            D("iliad-ai-2025", ["iliad"], "capex_plan", 3000000000, "EUR", "exact", "2025-02-10", "announced",
              "Die Iliad-Gruppe des Unternehmers Xavier Niel kündigte am Montag an, über ihre Rechenzentrumstochter Opcore drei Milliarden Euro in KI-Infrastruktur zu stecken.",
              note="amount in words; Opcore is the group's data-centre arm"),
            D("brookfield-france-2025", ["Brookfield"], "capex_plan", 20000000000, "EUR", "exact", "2025-02", "announced",
              "Die größte Einzelzahl, Brookfields 20 Milliarden Euro bis zum Ende des Jahrzehnts, stand schon vor Gipfelbeginn in den Zeitungen.",
              term=[None, "2030"],
              note="genitive 'Brookfields'; announced just before the summit, month only"),
            D("microsoft-marsalia-lease", ["Microsoft", "Marsalia Calcul"], "cloud_contract", 1100000000, "EUR", "approx", "2025", "rumored",
              "Insidern zufolge verhandelt Microsoft mit dem Marseiller Entwickler Marsalia Calcul über die Anmietung eines kompletten Gebäudes; im Raum stehen rund 1,1 Milliarden Euro über zehn Jahre.",
              kind_alt=["other"], alt_amounts=LEASE_ALTS,
              note="rumour in February, signed in April at about EUR 1.25bn (011; $1.4bn in 014): the year keeps the shared id's dates consistent"),
            D("edf-marsalia-ppa", ["EDF", "Marsalia Calcul"], "supply", None, None, None, None, "signed",
              "Marsalia hat sich den Strom bereits gesichert – mit einem langen Vertrag mit EDF, der ab 2026 läuft.",
              required=False, note="amount-less restatement of the 2024 power contract (004)"),
        ],
        ["109 Milliarden Euro", "10 bis 12 Millionen Euro je Megawatt", "rund zehn Milliarden Euro", "rund 100 Milliarden Euro", "ab 4 Euro monatlich"]),

    "010_uae_italy_piazza_en.txt": A(
        "2025-02-25", "from the header 'Feb 25, 2025 · 09:12 CET'; 'on Monday' -> 2025-02-24; 'last month' -> 2025-01", "en",
        [
            D("uae-italy-2025", ["United Arab Emirates", "Italy"], "investment", 40000000000, "USD", "exact", "2025-02-24", "announced",
              "The United Arab Emirates will invest $40 billion (about 147 billion dirhams) in Italy, the two governments said on Monday after the UAE president, Sheikh Mohamed bin Zayed, met Prime Minister Giorgia Meloni in Rome.",
              kind_alt=["capex_plan"], alt_amounts=[{"amount": 147000000000, "currency": "AED"}],
              note="state investment pledge; dirham conversion in brackets"),
            D("eni-mgx-datacentres", ["Eni", "MGX"], "partnership", None, None, None, "2025-02-24", "announced",
              "Among them was a plan by Eni and Abu Dhabi's MGX to build data centres in Italy supplied by the energy group's gas-fired power stations.",
              required=False, kind_alt=["joint_venture", "project"], note="no figure given ('No figure was given for that project')"),
            D("vallelonga-loan-2025", ["Vallelonga Data", "Banca Valtrebbia", "Credito Lariano"], "other", 350000000, "EUR", "exact", "2025-01", "signed",
              "Milan developer Vallelonga Data, which took out a 350 million euro loan from Banca Valtrebbia and Credito Lariano last month, is \"open to talking with anyone with patient capital\", its finance chief Matteo Ferraresi told the Monitor.",
              kind_alt=["investment"], note="restatement in a relative clause; 'last month' -> 2025-01"),
        ],
        ["13.94 euros", "around $14 billion a year", "roughly $330 billion", "2.5 billion euros", "1.2 billion in 2023", "0.29 EUR", "2 euros per order"]),

    "011_froidalpe_marsalia_kuehlkreis.html": A(
        "2025-04-17", "no visible date; from <meta name='date'> and JSON-LD datePublished 2025-04-17; 'am Dienstag' -> 2025-04-15; 'vergangene Woche' -> 2025-04", "de",
        [
            D("froidalpe-marsalia-cooling-2025", ["Froidalpe", "Marsalia Calcul"], "supply", 65000000, "EUR", "exact", "2025-04-15", "signed",
              "Der neue Auftrag hat ein Volumen von 65 Millionen Euro, wie Froidalpe am Dienstag mitteilte.",
              note="customer Marsalia Calcul in the previous sentence; second order of the pair, different from the EUR 42m order of May 2024 in the next paragraph"),
            D("froidalpe-marsalia-cooling-2024", ["Froidalpe", "Marsalia Calcul"], "supply", 42000000, "EUR", "exact", "2024-05", "signed",
              "Den ersten Auftrag über 42 Millionen Euro hatte Froidalpe im Mai 2024 erhalten; er ist inzwischen weitgehend abgearbeitet."),
            D("microsoft-marsalia-lease", ["Microsoft", "Marsalia Calcul"], "cloud_contract", 1250000000, "EUR", "approx", "2025-04", "signed",
              "Hintergrund der zweiten Bestellung ist ein Mietvertrag mit Microsoft: Der US-Konzern nimmt das gesamte zweite Gebäude für zehn Jahre und zahlt dafür nach Angaben aus Unternehmenskreisen rund 1,25 Milliarden Euro.",
              kind_alt=["other"],
              note="lease of a whole building; 'vergangene Woche' in the next sentence; the landlord Marsalia is named in the first paragraph; amount from company circles, not confirmed"),
        ],
        ["23,40 Euro", "410 Millionen Euro", "rund 180.000 Euro", "4,5 Millionen Euro", "690 Euro", "14,90 Euro"]),

    "012_ppc_thermaikos_suedeuropa.txt": A(
        "2025-05-20", "from the header '20.05.2025 – 11:40'; 'im vergangenen Herbst' -> 2024; 'im Februar' -> 2025-02", "de",
        [
            D("ppc-thermaikos-takeover", ["PPC", "Thermaikos Data"], "acquisition", 400000000, "EUR", "approx", "2025-05", "rumored",
              "Im Gespräch sei ein Kaufpreis von etwa 400 Millionen Euro einschließlich Schulden, berichteten zwei Eingeweihte dem Südeuropa-Dienst.",
              note="buyer and target in the previous sentence ('lotet Insidern zufolge eine Übernahme … aus'); Thermaikos denies; talks ended in July (014, cancelled)"),
            D("ppc-capex-2025-2027", ["PPC"], "capex_plan", 16000000000, "EUR", "approx", "2024", "announced",
              "Das Unternehmen hatte im vergangenen Herbst einen Plan vorgestellt, nach dem es von 2025 bis 2027 rund 16 Milliarden Euro investieren will, vor allem in Netze und erneuerbare Energien.",
              term=["2025", "2027"],
              note="'Das Unternehmen' = PPC; season -> year; figure rounded/shifted, see README"),
            D("elikonas-thermaikos-solar-ppa", ["Elikonas Energy", "Thermaikos Data"], "supply", 310000000, "EUR", "exact", "2025-02", "signed",
              "Es schloss mit Elikonas Energy einen 15-jährigen Solarstromvertrag über 310 Millionen Euro.",
              note="'Es' = Thermaikos (previous sentences), 'im Februar' in the previous sentence"),
        ],
        ["gut 500 Millionen Euro", "12,60 Euro", "rund 4,6 Milliarden Euro", "bei 15 Euro", "rund 300 Millionen Euro"]),

    "013_sparkle_ote_adriatic_en.txt": A(
        "2025-07-10", "from the date line 'Thursday, July 10, 2025 – 14:05 CEST'; 'on Tuesday' -> 2025-07-08", "en",
        [
            D("tim-sparkle-sale", ["Telecom Italia", "Sparkle", "Italian Treasury", "Retelit"], "acquisition", 700000000, "EUR", "up_to", "2025-07-08", "signed",
              "ROME/ATHENS — Telecom Italia agreed on Tuesday to sell its international cable unit Sparkle to Italy's Treasury and the infrastructure group Retelit for up to 700 million euros, ending more than a year of back-and-forth over the business.",
              note="the EUR 630m upfront and up to EUR 70m earn-out are parts of this price (not_deals); date shifted, see README"),
            D("ote-thermaikos-fibre", ["OTE", "Thermaikos Data"], "supply", 28000000, "EUR", "exact", "2025-07", "signed",
              "Across the Ionian Sea, Greek incumbent OTE has signed a 28-million-euro deal to link Thermaikos Data's Sindos campus to its backbone with dark fibre and two separate routes to the cable landing near Preveza, the Athens operator said.",
              note="connectivity contract; different from OTE's EUR 90m stake in Thermaikos of January 2026 (017, 018)"),
            D("ppc-thermaikos-takeover", ["PPC", "Thermaikos Data"], "acquisition", None, None, None, "2025-05", "rumored",
              "Thermaikos, which in May denied reports that state utility PPC wanted to buy it, has now lined up power, debt and connectivity.",
              required=False, note="amount-less reference to the denied May rumour"),
        ],
        ["630 million euros", "as much as 70 million euros", "roughly 900 million euros", "around 7.5 billion euros", "0.41 euros",
         "200 million euros", "250 million to 400 million euros", "7 euros a month"]),

    "014_med_servers_olivegrove_en.txt": A(
        "2025-09-18", "from the byline 'Posted 18 September 2025'; 'April', 'in July', 'in May', 'earlier this month' resolved to 2025", "en",
        [
            D("microsoft-marsalia-lease", ["Microsoft", "Marsalia Calcul"], "cloud_contract", 1400000000, "USD", "approx", "2025-04", "signed",
              "Microsoft's April lease of an entire Marsalia Calcul building, roughly $1.4 billion over ten years at today's exchange rate, has turned a port-side start-up into a serious operator.",
              kind_alt=["other"], note="the EUR 1.25bn of 011 converted to dollars"),
            D("froidalpe-marsalia-cooling-2025", ["Froidalpe", "Marsalia Calcul"], "supply", 65000000, "EUR", "exact", "2025-04", "signed",
              "Froidalpe's follow-up cooling order, the 65 million euro one from the same month, is already on site.",
              note="'the same month' = April (previous sentence); customer Marsalia from the previous sentence"),
            D("ppc-thermaikos-takeover", ["PPC", "Thermaikos Data"], "acquisition", 400000000, "EUR", "approx", "2025-05", "cancelled",
              "PPC walked away from its talks to buy Thermaikos Data in July, the utility confirmed on its results call; the roughly 400-million-euro price floated in May never turned into an offer.",
              note="cancelled; keeps the date of the rumoured talks (May)"),
            D("openai-greece-mou", ["OpenAI", "Greece"], "partnership", None, None, None, "2025-09", "signed",
              "The Greek government signed a memorandum with OpenAI earlier this month to bring ChatGPT to schools and help Greek start-ups; no money figure was attached.",
              required=False, note="no amount"),
        ],
        ["about 260 million euros", "more than $350 billion", "98 euros per megawatt hour", "around 9 million euros", "3 euros, once"]),

    "015_interview_vallelonga_standortfrage.txt": A(
        None, "the interview has no date at all (only 'Lesezeit: 6 Minuten'); all deal dates are null", "de",
        [
            D("a2a-vallelonga-ppa", ["A2A", "Vallelonga Data"], "supply", 400000000, "EUR", "approx", None, "signed",
              "Der Liefervertrag mit A2A, knapp 400 Millionen Euro über zehn Jahre, war die Voraussetzung für alles Weitere."),
            D("vallelonga-loan-2025", ["Vallelonga Data", "Banca Valtrebbia", "Credito Lariano"], "other", 350000000, "EUR", "exact", None, "signed",
              "Die Banca Valtrebbia und Credito Lariano haben uns 350 Millionen Euro Kredit gegeben.",
              kind_alt=["investment"], note="'uns' = Vallelonga Data (the interviewee's company)"),
            D("a2a-vallelonga-jv", ["A2A", "Vallelonga Data"], "joint_venture", 600000000, "EUR", "approx", None, "planned",
              "Mit A2A gründen wir ein Gemeinschaftsunternehmen für einen Campus bei Brescia; beide Seiten bringen zusammen rund 600 Millionen Euro ein.",
              note="'wir' = Vallelonga; announced on 2026-01-13 (017); second A2A-Vallelonga deal, different from the power contract"),
        ],
        ["rund neun Millionen Euro", "70.000 Euro", "mehr als 60 Millionen Euro", "über einer Milliarde Euro", "1.200 Euro", "8,50 Euro", "79 Euro"]),

    "016_legrand_froidalpe_dauphine_en.html": A(
        "2025-11-19", "no visible date; from <meta property='article:published_time'> and JSON-LD datePublished 2025-11-19; 'on Tuesday' -> 2025-11-18", "en",
        [
            D("legrand-froidalpe-2025", ["Legrand", "Froidalpe"], "acquisition", 310000000, "EUR", "approx", "2025-11-18", "signed",
              "French electrical group Legrand has agreed to buy 80 percent of Froidalpe, the Grenoble-based maker of liquid-cooling systems for data centres, for about 310 million euros, Legrand and Froidalpe announced on Tuesday.",
              note="majority stake; the ~EUR 390m enterprise value is a valuation (not_deal)"),
        ],
        ["roughly 390 million euros", "205 million euros", "118 million", "107 million euros", "128.40 euros", "39 euros", "6.90 euros"]),

    "017_ticker_marktpuls.txt": A(
        "2026-01-13", "from the date line 'Dienstag, 13. Januar 2026' (liveblog, newest entry first); 'am Morgen' -> 2026-01-13; 'im November' -> 2025-11", "de",
        [
            D("ote-thermaikos-stake", ["OTE", "Thermaikos Data"], "investment", 90000000, "EUR", "exact", "2026-01-13", "signed",
              "Der griechische Telekomkonzern OTE übernimmt 25 Prozent an dem Rechenzentrumsentwickler aus Thessaloniki und zahlt dafür 90 Millionen Euro.",
              kind_alt=["acquisition"],
              note="target named in the previous sentence ('Thermaikos Data bekommt einen Großaktionär'); ticker entry of the day"),
            D("ote-thermaikos-fibre", ["OTE", "Thermaikos Data"], "supply", None, None, None, "2025", "signed",
              "Die beiden Firmen arbeiten seit dem Sommer bereits bei der Glasfaseranbindung des Campus zusammen.",
              required=False, note="amount-less reference to the 2025 fibre contract (013); 'seit dem Sommer' -> year"),
            D("legrand-froidalpe-2025", ["Legrand", "Froidalpe"], "acquisition", 310000000, "EUR", "approx", "2025-11", "completed",
              "13:47 Uhr – Legrand hat die im November vereinbarte Übernahme der Mehrheit am Kühltechnik-Hersteller Froidalpe abgeschlossen; der Preis lag bei etwa 310 Millionen Euro.",
              note="closing of the deal agreed in November; date of the agreement kept"),
            D("a2a-vallelonga-jv", ["A2A", "Vallelonga Data"], "joint_venture", 600000000, "EUR", "approx", "2026-01-13", "announced",
              "Zusammen investieren die Partner rund 600 Millionen Euro, teilten die beiden Unternehmen am Morgen mit.",
              note="partners A2A and Vallelonga Data in the previous sentence"),
            D("a2a-vallelonga-ppa", ["A2A", "Vallelonga Data"], "supply", None, None, None, None, "signed",
              "Die beiden Firmen sind bereits durch einen Stromliefervertrag verbunden.",
              required=False, note="amount-less reference to the 2024 power contract"),
        ],
        ["15,42 Euro", "149 Euro", "2,31 Euro", "2,60 Euro", "66,80 Dollar je Barrel", "1,164 Dollar"]),

    "018_thermaikos_google_serverwelt.txt": A(
        "2026-03-11", "from the header 'Unternehmensmeldungen | 11.03.2026'; 'am Dienstag' -> 2026-03-10; 'im Februar' -> 2026-02; 'im Januar' -> 2026-01; 'im vergangenen Jahr' -> 2025", "de",
        [
            D("google-thermaikos-colocation", ["Thermaikos Data", "Google"], "cloud_contract", 520000000, "EUR", "up_to", "2026-03-10", "signed",
              "Der Vertrag ist bis zu 520 Millionen Euro wert, teilte das Thessaloniker Unternehmen am Dienstag mit.",
              kind_alt=["other"],
              note="colocation lease; parties and the seven-year term in the previous sentence"),
            D("alphabet-capex-2026", ["Google"], "capex_plan", 175000000000, "USD", "range", "2026-02", "announced",
              "Der Mutterkonzern Alphabet hatte im Februar für 2026 Investitionsausgaben zwischen 175 und 185 Milliarden Dollar in Aussicht gestellt, den Großteil für Server und Rechenzentren.",
              amount_max=185000000000, term=["2026", "2026"],
              note="capital-spending guidance for a year = capex_plan; Alphabet is an alias of Google"),
            D("thermaikos-sindos-phase1", ["Thermaikos Data"], "project", 850000000, "EUR", "approx", None, "planned",
              "Der erste Bauabschnitt des Campus, für den rund 850 Millionen Euro veranschlagt sind, liege im Zeitplan, heißt es in der Mitteilung.",
              kind_alt=["capex_plan"], note="restated budget, no date"),
            D("elikonas-thermaikos-solar-ppa", ["Elikonas Energy", "Thermaikos Data"], "supply", 310000000, "EUR", "exact", "2025", "signed",
              "Den Strom wird Elikonas Energy aus dem im vergangenen Jahr geschlossenen Solarvertrag über 310 Millionen Euro liefern."),
            D("ote-thermaikos-stake", ["OTE", "Thermaikos Data"], "investment", 90000000, "EUR", "exact", "2026-01", "signed",
              "Der Telekomkonzern OTE, der im Januar für 90 Millionen Euro ein Viertel des Unternehmens übernommen hatte, stellt die Glasfaserverbindungen und einen direkten Zugang zu Googles Netz bereit.",
              kind_alt=["acquisition"]),
        ],
        ["70 Millionen Euro", "210 Millionen Euro", "450 Euro"]),

    "019_digest_mittelmeer.txt": A(
        "2026-06-19", "from the issue line 'Nr. 24 · 19. Juni 2026'; 'am Mittwoch' -> 2026-06-17; 'im März' -> 2026-03; 'im Januar' -> 2026-01", "de",
        [
            D("marsalia-capex-2026-2027", ["Marsalia Calcul"], "capex_plan", 900000000, "EUR", "approx", "2026-06-17", "planned",
              "Marsalia Calcul will in diesem und im kommenden Jahr zusammen rund 900 Millionen Euro investieren, vor allem in den dritten Bauabschnitt am Nordhafen.",
              term=["2026", "2027"], note="'am Mittwoch' in the next sentence"),
            D("google-thermaikos-colocation", ["Thermaikos Data", "Google"], "cloud_contract", 520000000, "EUR", "up_to", "2026-03", "signed",
              "Thermaikos Data hat das erste Gebäude in Sindos an Google übergeben – drei Monate nach dem im März unterschriebenen Vertrag über bis zu 520 Millionen Euro.",
              kind_alt=["other"]),
            D("a2a-vallelonga-jv", ["A2A", "Vallelonga Data"], "joint_venture", 600000000, "EUR", "approx", "2026-01", "announced",
              "Die Partner hatten für das Vorhaben rund 600 Millionen Euro veranschlagt; Baubeginn ist im September.",
              note="partners and 'im Januar gegründete' in the previous sentence"),
        ],
        ["104 Euro je Megawattstunde", "48 Euro", "20 Milliarden Euro", "1,9 Milliarden Euro", "1.190 Euro", "5 Euro im Monat"]),

    "020_elikonas_bourse_en.txt": A(
        "2026-10-29", "from the header 'Oct 29, 2026 · 8:05 AM CET'; 'on Tuesday' -> 2026-10-27; 'last week' -> 2026-10; 'since last year' -> 2025", "en",
        [
            D("elikonas-thermaikos-wind-ppa", ["Elikonas Energy", "Thermaikos Data"], "supply", 190000000, "EUR", "approx", "2026-10-27", "signed",
              "ATHENS/PARIS — Elikonas Energy will supply Thermaikos Data with power from a new wind farm on Evia under a second, ten-year contract worth roughly 190 million euros, the companies announced on Tuesday.",
              note="second contract of the pair; must stay apart from the EUR 310m solar contract in the next sentence"),
            D("elikonas-thermaikos-solar-ppa", ["Elikonas Energy", "Thermaikos Data"], "supply", 310000000, "EUR", "exact", "2025-02", "signed",
              "That is in addition to the 15-year solar agreement the pair signed in February 2025, valued at 310 million euros, which starts delivering in December.",
              note="'the pair' = Elikonas and Thermaikos"),
            D("marsalia-seriesb-2026", ["Marsalia Calcul", "InfraVia Capital Partners", "Bpifrance"], "investment", 420000000, "EUR", "exact", "2026-10", "completed",
              "In France, Marseille developer Marsalia Calcul closed a 420 million euro (£352 million) Series B last week, led by InfraVia Capital Partners with Bpifrance investing again.",
              alt_amounts=[{"amount": 352000000, "currency": "GBP"}],
              note="sterling conversion in brackets; different from the EUR 180m Series A of 2024 (Bpifrance in both); the ~EUR 1.6bn valuation is not a deal"),
            D("microsoft-marsalia-lease", ["Microsoft", "Marsalia Calcul"], "cloud_contract", None, None, None, "2025", "signed",
              "Marsalia's second building, let in full to Microsoft since last year, is now running; the third is under construction.",
              required=False, kind_alt=["other"], note="amount-less reference to the 2025 lease"),
        ],
        ["14.87 euros", "418 million euros", "0.45 euros per share", "17 euros", "about 1.6 billion euros", "140 million euros", "131.10 EUR"]),
}


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", HERE / "gold.json")


if __name__ == "__main__":
    main()
