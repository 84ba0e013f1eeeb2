#!/usr/bin/env python3
"""Write gold.json: the hand annotation of the deals in articles/ (corpus71).

Usage: python3 tests/corpus71/make_gold.py
The annotation lives here as data; edit this file, run it, then run check_gold.py.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the seventy-first, held-out test corpus (tests/corpus71/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: data centres in the Netherlands, Belgium and Luxembourg (grid connections, "
    "Eemshaven and Middenmeer campuses, Amsterdam and Flemish permits, Dutch pension funds and banks, heat reuse "
    "with municipalities, cooling and switchgear suppliers) and German coverage of them. One entry per article; a "
    "deal that several articles report carries the same id in each. 'required': false marks vague, background or "
    "amount-less mentions that an extractor may report or not without penalty. 'not_deals' lists money figures "
    "that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' "
    "closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year') marks a rate. "
    "'alt_amounts' gives the same deal's amount as the text also states it (other currency, superseded figure). "
    "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the "
    "article's publication date ('published', from the article's own date line, dateline, issue line, byline, "
    "meta tag or JSON-LD, or null when the article has none); seasons become the year; a cancelled deal keeps "
    "the date of the talks; 'term' is the period the deal covers where the text gives one; 'kind_alt' lists "
    "other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). Invented companies: Noorderwad Compute, "
    "Kroonpolder Datacampus, Scheldelicht Datacenters, Rekenwerf, Vriesveld Koeltechniek, Dommel "
    "Schakelsystemen, Pensioenfonds Bouwkring, Pensioenfonds IJsselkade, Ardennenpoort Data, Brugwachter "
    "Capital, Kempenwind; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; deals of real companies are partly real (retold, shifted), partly invented (README.md). "
    "Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    for k in ("per", "term", "kind_alt", "alt_amounts", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    d["evidence"] = evidence
    return d


def N(id, parties, kind, date, status, evidence, required=False, **extra):
    """A deal without an amount (optional)."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=required, **extra)


ALIASES = {
    "Google": ["Google", "Alphabet"],
    "Noorderwad Compute": ["Noorderwad Compute", "Noorderwad Compute B.V.", "Noorderwad"],
    "TenneT": ["TenneT", "TenneT Germany"],
    "Brugwachter Capital": ["Brugwachter Capital", "Brugwachter"],
    "Rekenwerf": ["Rekenwerf"],
    "Equinix": ["Equinix"],
    "Schneider Electric": ["Schneider Electric", "Schneider"],
    "Motivair": ["Motivair"],
    "Vertiv": ["Vertiv"],
    "CoolTera": ["CoolTera"],
    "Kroonpolder Datacampus": ["Kroonpolder Datacampus", "Kroonpolder"],
    "Gemeente Hollands Kroon": ["Gemeente Hollands Kroon", "Hollands Kroon", "municipality of Hollands Kroon"],
    "Dommel Schakelsystemen": ["Dommel Schakelsystemen", "Dommel"],
    "Nebius": ["Nebius", "Nebius Group"],
    "Nvidia": ["Nvidia", "Nvidias"],
    "Accel": ["Accel"],
    "Orbis Investments": ["Orbis Investments", "Orbis"],
    "Scheldelicht Datacenters": ["Scheldelicht Datacenters", "Scheldelicht"],
    "Vriesveld Koeltechniek": ["Vriesveld Koeltechniek", "Vriesveld Koeltechniek B.V.", "Vriesveld"],
    "Stad Gent": ["Stad Gent", "city of Ghent"],
    "Pensioenfonds Bouwkring": ["Pensioenfonds Bouwkring", "Bouwkring"],
    "ING": ["ING"],
    "Rabobank": ["Rabobank"],
    "Alliander": ["Alliander", "Liander"],
    "Ardennenpoort Data": ["Ardennenpoort Data", "Ardennenpoort Data S.A.", "Ardennenpoort"],
    "Kempenwind": ["Kempenwind"],
    "Microsoft": ["Microsoft"],
    "APG": ["APG"],
    "GIC": ["GIC"],
    "Norges Bank Investment Management": ["Norges Bank Investment Management", "NBIM", "Norway's oil fund",
                                          "Norwegens Staatsfonds", "norwegischen Staatsfonds"],
    "Bundesrepublik Deutschland": ["Bundesrepublik Deutschland", "Bund"],
    "KfW": ["KfW"],
    "Eneco": ["Eneco"],
    "Luminus": ["Luminus"],
    "Engie": ["Engie"],
    "Eaton": ["Eaton"],
    "Boyd": ["Boyd", "Boyd Corporation", "Boyd Thermal"],
    "ABN AMRO": ["ABN AMRO"],
    "Gemeente Het Hogeland": ["Gemeente Het Hogeland", "Het Hogeland"],
    "Pensioenfonds IJsselkade": ["Pensioenfonds IJsselkade", "IJsselkade"],
    "LuxConnect": ["LuxConnect"],
    "Virtus": ["Virtus", "Virtus Data Centres"],
}

A = {}

# ---------------------------------------------------------------------------------------------
A["001_google_saint_ghislain_spw_en.txt"] = dict(
    published="2024-02-27",
    published_note="from the header 'Updated 27 Feb 2024 14:05 CET' and the dateline 'BRUSSELS, Feb 27'; 'on Monday' -> 2024-02-26",
    language="en",
    deals=[
        D("google-belgium-2024", ["Google"], "capex_plan", 1_000_000_000, "EUR", "exact", "2024-02-26", "announced",
          "BRUSSELS, Feb 27 (SPW) – Alphabet's Google will commit a further 1 billion euros (about $1.08 billion) to the server campus it runs at Saint-Ghislain in Hainaut, the company said on Monday, the largest single pledge by a technology group in Wallonia this decade.",
          kind_alt=["project"], term=[None, "2025"], alt_amounts=[{"amount": 1_080_000_000, "currency": "USD"}],
          note="amount in words ('1 billion euros') with USD conversion; 'to be spent through 2025' (next sentence) gives the term; 'Alphabet's Google' = Google; the ~€3bn already invested since 2007 is a cumulative total, not a deal"),
    ],
    not_deals=["about €3 billion", "roughly €12 million", "€8 million to €11 million per megawatt", "$86.3 billion",
               "$32.3 billion", "$140.10", "€25 a square metre"],
)

A["002_noorderwad_eemshaven_emsdollart.txt"] = dict(
    published="2024-03-14",
    published_note="from the dateline 'Emden/Eemshaven, 14. März 2024' (a Thursday); 'am Dienstag' -> 2024-03-12",
    language="de",
    deals=[
        D("noorderwad-tennet-connection-2024", ["Noorderwad Compute", "TenneT"], "other", 37_000_000, "EUR", "approx",
          "2024-03-12", "signed",
          "Für den Anschluss überweist das Unternehmen dem Netzbetreiber rund 37 Millionen Euro, unterschrieben wurde am Dienstag.",
          kind_alt=["supply"],
          note="grid connection agreement (250 MW at Oudeschip); 'das Unternehmen' = Noorderwad Compute, 'dem Netzbetreiber' = TenneT (previous sentence); first of two Noorderwad-TenneT connection deals (second in 016)"),
        D("noorderwad-eemshaven-campus", ["Noorderwad Compute"], "capex_plan", 1_400_000_000, "EUR", "approx",
          "2024-03", "planned",
          "Damit kann Noorderwad seinen Campus hochziehen, für den die Firma rund 1,4 Milliarden Euro veranschlagt.",
          kind_alt=["project"], note="campus cost the developer budgets ('die Firma' = Noorderwad)"),
    ],
    not_deals=["acht bis zehn Millionen Euro je Megawatt", "2,5 Millionen Euro", "4.800 Euro", "312 Millionen Euro",
               "68 Euro je Megawattstunde", "180 Euro"],
)

A["003_rekenwerf_seriesa_polderrack_en.txt"] = dict(
    published="2024-06-19",
    published_note="from the issue line 'Issue 14 | Wednesday 19 June 2024'; 'on Tuesday' -> 2024-06-18",
    language="en",
    deals=[
        D("brugwachter-rekenwerf-seriesa", ["Brugwachter Capital", "Rekenwerf"], "investment", 95_000_000, "EUR",
          "exact", "2024-06-18", "completed",
          "Rekenwerf, the Amsterdam start-up that hires out Nvidia H100 clusters by the hour, has closed a €95 million Series A.",
          note="lead investor Brugwachter Capital and 'confirmed on Tuesday' in the next sentence; first of two Brugwachter-Rekenwerf rounds (Series B in 009); the ~€400m post-money valuation is not a deal"),
        D("equinix-westpoort-2024", ["Equinix"], "project", 190_000_000, "EUR", "approx", "2024-06", "planned",
          "The winner is Equinix, which puts the cost of the new building at about €190 million and wants it running in 2026.",
          kind_alt=["capex_plan"], note="project cost of the permitted Westpoort building; the permit came 'last week'"),
    ],
    not_deals=["around €400 million", "roughly €2.10 per GPU-hour", "€2.60-plus", "€6.4 million", "€1.2 million",
               "€149", "€99", "€180 per kW per month"],
)

A["004_schneider_motivair_aktiendeich.txt"] = dict(
    published="2024-10-23",
    published_note="from the header '23.10.2024 | 08:12 Uhr' (a Wednesday); 'zu Wochenbeginn' -> Monday 2024-10-21",
    language="de",
    deals=[
        D("schneider-motivair-2024", ["Schneider Electric", "Motivair"], "acquisition", 850_000_000, "USD", "exact",
          "2024-10-21", "signed",
          "Für 75 Prozent am US-Spezialisten Motivair aus Buffalo zahlen die Franzosen 850 Millionen Dollar (umgerechnet knapp 790 Millionen Euro), wie der Konzern zu Wochenbeginn mitteilte.",
          kind_alt=["investment"], alt_amounts=[{"amount": 790_000_000, "currency": "EUR"}],
          note="'die Franzosen'/'der Konzern' = Schneider Electric (previous sentence); controlling 75 % stake; the later purchase of the rest has no price"),
        N("vertiv-cooltera-2023", ["Vertiv", "CoolTera"], "acquisition", "2023", "completed",
          "Der Rivale Vertiv hatte sich bereits Ende 2023 den britischen Kühlspezialisten CoolTera einverleibt, über den Preis schwiegen beide Seiten.",
          note="background purchase without a price"),
    ],
    not_deals=["rund 300 Millionen Dollar", "über 15 Milliarden Dollar pro Jahr", "9,3 Milliarden Euro",
               "250 auf 265 Euro", "238,60 €", "101,20 €", "36,15 €", "120 Milliarden Euro", "1 Euro pro Order"],
)

A["005_kroonpolder_heat_noordkop_en.html"] = dict(
    published="2024-11-20",
    published_note="no visible date; from <meta property='article:published_time'> and JSON-LD datePublished 2024-11-20 (a Wednesday); 'on Monday' -> 2024-11-18",
    language="en",
    deals=[
        D("kroonpolder-hollandskroon-heat", ["Kroonpolder Datacampus", "Gemeente Hollands Kroon"], "supply",
          1_100_000, "EUR", "approx", "2024-11-18", "signed",
          "Under the 15-year contract the municipal heat company pays Kroonpolder around €1.1 million a year for warm water at 45 degrees, which heat pumps then lift to the temperature greenhouses need.",
          per="year",
          note="heat-reuse deal signed by the municipal executive 'on Monday' (previous sentence); buyer is the municipality's heat company; rate per year over 15 years; the €4.5m provincial grant is not a deal"),
        D("kroonpolder-middenmeer-campus", ["Kroonpolder Datacampus"], "capex_plan", 900_000_000, "EUR", "approx",
          "2024-11", "planned",
          "Kroonpolder says the whole campus will cost about €900 million by 2027.",
          kind_alt=["project"], term=[None, "2027"]),
        D("kroonpolder-dommel-order1", ["Kroonpolder Datacampus", "Dommel Schakelsystemen"], "supply", 64_000_000,
          "EUR", "exact", "2024-11", "signed",
          "Earlier this month it ordered medium-voltage switchgear worth €64 million from Dommel Schakelsystemen of Eindhoven for the first phase, chief executive Marit Dekema confirmed.",
          note="'it' = Kroonpolder; first of two Kroonpolder-Dommel orders (the €120m second order is in 018)"),
    ],
    not_deals=["€4.5 million", "roughly €47 per gigajoule", "€178 million", "€385,000", "€4,950"],
)

A["006_nebius_placement_nwd.txt"] = dict(
    published="2024-12-04",
    published_note="from the header '04.12.2024 – 07:45' (a Wednesday); 'am Montag' -> 2024-12-02",
    language="de",
    deals=[
        D("nebius-placement-2024", ["Nebius", "Nvidia", "Accel", "Orbis Investments"], "investment", 700_000_000, "USD",
          "exact", "2024-12-02", "signed",
          "Amsterdam (nwd) – Nebius, der an der Nasdaq gelistete Anbieter von KI-Rechenleistung, sammelt 700 Millionen Dollar an neuem Eigenkapital ein.",
          alt_amounts=[{"amount": 665_000_000, "currency": "EUR"}],
          note="investors (Nvidia, Accel, Orbis funds) and 'am Montag' in the next sentence, EUR conversion two sentences later; the $21 issue price is a price"),
        D("nebius-capex-2024", ["Nebius"], "capex_plan", 1_000_000_000, "USD", "at_least", "2024-10", "planned",
          "Schon im Oktober hatte das Management zugesagt, in Europa und den USA mehr als eine Milliarde Dollar in GPU-Rechenzentren zu investieren, und zwar bis zur Jahresmitte 2025, unter anderem in Finnland und in Kansas City.",
          term=[None, "2025-06"], note="'das Management' = Nebius; plan announced 'im Oktober' (2024)"),
        D("brugwachter-rekenwerf-seriesa", ["Brugwachter Capital", "Rekenwerf"], "investment", 95_000_000, "EUR",
          "exact", "2024-06", "completed",
          "Ganz anders als der kleinere Amsterdamer Konkurrent Rekenwerf, der im Juni von Brugwachter Capital und zwei Family Offices 95 Millionen Euro einsammelte und Kapazität bei Betreibern in der Region mietet.",
          note="restates the Series A of 003 ('im Juni')"),
    ],
    not_deals=["21 Dollar", "31,50 Dollar", "gut 7,5 Milliarden Dollar", "etwa 2,3 Milliarden Dollar",
               "0,5 bis 1 Milliarde Dollar", "74 Euro je Megawattstunde", "30 bis 35 Milliarden Euro"],
)

A["007_scheldelicht_ghent_leie_en.txt"] = dict(
    published="2025-02-13",
    published_note="from the byline 'By Ruben Verschaeve | 13 February 2025' (a Thursday); 'on Wednesday' -> 2025-02-12, 'on Monday evening' -> 2025-02-10",
    language="en",
    deals=[
        D("scheldelicht-ghent-phase1", ["Scheldelicht Datacenters"], "capex_plan", 620_000_000, "EUR", "approx",
          "2025-02-12", "announced",
          "The Antwerp developer said on Wednesday it will now invest about €620 million in a first phase of 96 megawatts, with piling to begin in April.",
          kind_alt=["project"], note="'The Antwerp developer' = Scheldelicht Datacenters (previous sentence)"),
        D("vriesveld-scheldelicht-cooling", ["Vriesveld Koeltechniek", "Scheldelicht Datacenters"], "supply",
          48_000_000, "EUR", "exact", "2025-02", "signed",
          "Vriesveld Koeltechniek, a cooling specialist from Zwolle in the Netherlands, will deliver chillers and rear-door units in an order worth €48 million.",
          note="one of 'two contracts' that came with Scheldelicht's permit (previous sentence)"),
        D("scheldelicht-gent-heat", ["Scheldelicht Datacenters", "Stad Gent"], "supply", 900_000, "EUR", "exact",
          "2025-02-10", "signed",
          "And the city of Ghent becomes the buyer of the campus's surplus heat for its district network: the city's heat company pays Scheldelicht €0.9 million per year over twelve years, under terms the council approved on Monday evening.",
          per="year", note="heat-reuse deal, rate per year; the reader comment repeating '€0.9m a year' is the same deal and not annotated again"),
    ],
    not_deals=["€350,000 a year", "€3.2 million", "roughly €6.5 million per megawatt", "around €71 per megawatt-hour",
               "€95 million", "€1.1bn"],
)

A["008_kroonpolder_bouwkring_schaltwarte.txt"] = dict(
    published="2025-04-10",
    published_note="from the issue line 'Ausgabe 15/2025 · 10. April 2025' (a Thursday); 'am Dienstag' -> 2025-04-08",
    language="de",
    deals=[
        D("bouwkring-kroonpolder-stake-2025", ["Pensioenfonds Bouwkring", "Kroonpolder Datacampus"], "investment",
          410_000_000, "EUR", "exact", "2025-04-08", "signed",
          "Der Kaufpreis beträgt 410 Millionen Euro, bestätigten beide Seiten am Dienstag.",
          kind_alt=["acquisition"],
          note="35 % stake; buyer and target in the previous sentence ('beide Seiten'); first of two Bouwkring-Kroonpolder deals (the €520m increase is in 020); implied valuation is not a deal"),
        D("ing-rabobank-kroonpolder-loan", ["ING", "Rabobank", "Kroonpolder Datacampus"], "other", 750_000_000, "EUR",
          "exact", "2025-04", "signed",
          "Zeitgleich räumt ein Konsortium aus ING und Rabobank der Gesellschaft eine Kreditlinie über 750 Millionen Euro mit sieben Jahren Laufzeit ein.",
          kind_alt=["investment"], note="credit facility; 'der Gesellschaft' = Kroonpolder Datacampus (previous item), 'Zeitgleich' = the week of the stake sale"),
        D("kroonpolder-dommel-order1", ["Kroonpolder Datacampus", "Dommel Schakelsystemen"], "supply", 64_000_000,
          "EUR", "exact", "2024-11", "signed",
          "Den Auftrag über 64 Millionen Euro für Mittelspannungsschaltanlagen hatte Kroonpolder im November 2024 an den Eindhovener Hersteller Dommel Schakelsystemen vergeben.",
          note="restates the order of 005"),
        D("alliander-capex-2025", ["Alliander"], "capex_plan", 2_100_000_000, "EUR", "approx", "2025", "planned",
          "Der Verteilnetzbetreiber Alliander will in diesem Jahr rund 2,1 Milliarden Euro in Kabel, Transformatoren und Umspannstationen stecken, nach 1,7 Milliarden Euro im Vorjahr.",
          term=["2025", "2025"], note="capital-spending plan for 2025; the 1.7bn of the year before is past spending (not_deal)"),
    ],
    not_deals=["knapp 1,2 Milliarden Euro", "38 Milliarden Euro", "1,7 Milliarden Euro", "150 Millionen Euro",
               "1.050 Euro", "89 Euro", "290 Euro"],
)

A["009_rekenwerf_seriesb_groenkade_en.txt"] = dict(
    published="2025-06-26",
    published_note="from the byline 'Posted 26 June 2025 by Bram Zuidhoek' (a Thursday); 'on Tuesday' -> 2025-06-24",
    language="en",
    deals=[
        D("brugwachter-rekenwerf-seriesb", ["Brugwachter Capital", "Rekenwerf"], "investment", 240_000_000, "EUR",
          "exact", "2025-06-24", "completed",
          "Rekenwerf said on Tuesday that a €240 million Series B has closed, again led by Brugwachter Capital, with Nvidia's venture arm joining the cap table for the first time.",
          note="second Brugwachter-Rekenwerf round; the lead investor is listed, Nvidia's venture arm only joined"),
        D("brugwachter-rekenwerf-seriesa", ["Brugwachter Capital", "Rekenwerf"], "investment", 95_000_000, "EUR",
          "exact", "2024-06", "completed",
          "That is two and a half times the €95 million Series A the same Rotterdam investor led twelve months ago, and it lifts the total the company has collected since 2022 to roughly €350 million.",
          note="restates the Series A of 003 ('the same Rotterdam investor' = Brugwachter, 'twelve months ago'); must stay apart from the Series B; the ~€350m total is cumulative (not_deal)"),
        D("rekenwerf-kroonpolder-lease", ["Rekenwerf", "Kroonpolder Datacampus"], "cloud_contract", 1_300_000_000,
          "EUR", "approx", "2025-05", "signed",
          "In May Rekenwerf agreed a ten-year lease for 30 megawatts at Kroonpolder Datacampus in Middenmeer, a commitment that the two sides value at roughly €1.3 billion over its life.",
          kind_alt=["other"], note="ten-year data-centre lease; total value over the term; the commenter's '€1.3bn' repeats it"),
        N("bouwkring-kroonpolder-stake-2025", ["Pensioenfonds Bouwkring", "Kroonpolder Datacampus"], "investment",
          "2025-04", "completed",
          "That is the biggest single tenancy in North Holland since Microsoft filled its own halls in the same polder, and it is the reason the pension money from Bouwkring arrived in April.",
          note="amount-less reference to the April stake purchase of 008"),
    ],
    not_deals=["roughly €350 million", "close to €1.5 billion", "€38 million", "about €1.60 per GPU-hour", "€2.10",
               "over €4m per MW per year", "€38m", "€6 monthly", "€60 annually"],
)

A["010_ardennenpoort_bissen_moselkurier.html"] = dict(
    published="2025-07-17",
    published_note="from the visible 'Aktualisiert: 17.07.2025, 18:40 Uhr', <meta name='date'> and JSON-LD datePublished 2025-07-17 (a Thursday); 'am Mittwoch' -> 2025-07-16",
    language="de",
    deals=[
        D("ardennenpoort-bissen-campus", ["Ardennenpoort Data"], "capex_plan", 450_000_000, "EUR", "up_to",
          "2025-07-16", "planned",
          "Die in Luxemburg eingetragene Ardennenpoort Data S.A., gegründet von flämischen Unternehmern aus Hasselt, will in Bissen bis zu 450 Millionen Euro in ein Rechenzentrum investieren.",
          kind_alt=["project"], note="presented 'am Mittwoch' (next sentence)"),
        D("ardennenpoort-luxconnect-jv", ["Ardennenpoort Data", "LuxConnect"], "joint_venture", 40_000_000, "EUR",
          "approx", "2025-07-16", "announced",
          "Betreiben soll den Standort ein Gemeinschaftsunternehmen mit dem staatlichen Rechenzentrumsbetreiber LuxConnect, der für 30 Prozent rund 40 Millionen Euro Eigenkapital beisteuert, wie Finanzchef Tjeerd Hoekman sagte.",
          kind_alt=["investment"],
          note="operating joint venture; LuxConnect's equity for 30 % is its own deal, not a part of Ardennenpoort's capex plan; presented with the project 'am Mittwoch'"),
        D("kempenwind-ardennenpoort-ppa", ["Kempenwind", "Ardennenpoort Data"], "supply", 14_000_000, "EUR", "approx",
          "2025-07", "signed",
          "Aus Branchenkreisen ist zu hören, dass der Vertrag rund 14 Millionen Euro jährlich wert ist.",
          per="year",
          note="ten-year power supply contract named in the previous sentence ('Ardennenpoort hat mit Kempenwind einen Liefervertrag über zehn Jahre geschlossen'); value only from industry sources"),
        N("google-bissen-land", ["Google"], "acquisition", "2017", "completed",
          "Das Gelände liegt unweit jener Flächen, die Google 2017 erworben hatte und die seither brachliegen.",
          note="background land purchase without price or seller"),
    ],
    not_deals=["acht Millionen Euro", "rund 5.100 Euro", "etwa 60 Millionen Euro", "1,42 Euro je Liter", "49 Euro"],
)

A["011_nebius_microsoft_damrak_en.txt"] = dict(
    published="2025-09-10",
    published_note="from the header 'Sep 10, 2025 · 07:55 CET' (a Wednesday); 'after Monday's US close' -> 2025-09-08",
    language="en",
    deals=[
        D("nebius-microsoft-2025", ["Nebius", "Microsoft"], "cloud_contract", 17_400_000_000, "USD", "exact",
          "2025-09-08", "signed",
          "Nebius Group, the GPU cloud that keeps its head office near Schiphol, will rent dedicated Nvidia capacity to Microsoft under a contract valued at $17.4 billion that runs until 2031, it disclosed after Monday's US close.",
          term=[None, "2031"],
          alt_amounts=[{"amount": 19_400_000_000, "currency": "USD"}, {"amount": 14_800_000_000, "currency": "EUR"}],
          note="'roughly $19.4 billion' with extra services and the EUR conversion are alternative amounts of the same contract"),
        D("nebius-placement-2024", ["Nebius", "Nvidia", "Accel", "Orbis Investments"], "investment", 700_000_000,
          "USD", "exact", "2024-12", "completed",
          "Nvidia bought into the company in last December's $700 million private placement alongside Accel and Orbis, at $21 a share.",
          note="restates the placement of 006 ('the company' = Nebius, 'last December')"),
        D("nebius-capex-2025", ["Nebius"], "capex_plan", 2_000_000_000, "USD", "approx", "2025", "planned",
          "- Capex: Nebius has said it will spend about $2 billion on capital expenditure this year",
          term=["2025", "2025"], note="capital-spending plan for 2025 in a fact list"),
    ],
    not_deals=["$95.40", "around $23 billion", "$120", "$21 a share", "$105.1 million",
               "$900 million to $1.1 billion", "€1 per order"],
)

A["012_tennet_germany_trassenbrief.txt"] = dict(
    published="2025-09-23",
    published_note="from the issue line 'Ausgabe 38/2025 · Dienstag, 23. September 2025'; 'am Montag' -> 2025-09-22",
    language="de",
    deals=[
        D("tennet-germany-stake-2025", ["APG", "GIC", "Norges Bank Investment Management", "TenneT"], "investment",
          9_500_000_000, "EUR", "exact", "2025-09-22", "signed",
          "Die drei Investoren legen dafür 9,5 Milliarden Euro auf den Tisch, wie TenneT am Montag gemeinsam mit dem niederländischen Finanzministerium bekanntgab.",
          kind_alt=["acquisition"],
          note="46 % of TenneT Germany; 'Die drei Investoren' = APG, GIC, NBIM (previous sentence); the implied equity value is not a deal"),
        D("tennet-germany-capex", ["TenneT"], "capex_plan", 110_000_000_000, "EUR", "approx", "2025-09", "planned",
          "TenneT Germany will bis 2034 rund 110 Milliarden Euro in Stromautobahnen, Konverterstationen und Offshore-Anbindungen investieren.",
          term=[None, "2034"], note="investment plan to 2034 as stated in this article"),
        N("bund-tennet-germany-takeover", ["Bundesrepublik Deutschland", "TenneT"], "acquisition", "2024", "cancelled",
          "Den Haag hatte eine Übernahme durch den Bund angestrebt, die Gespräche darüber waren aber 2024 an Berliner Haushaltszwängen gescheitert.",
          note="failed takeover talks, no amount"),
        N("kfw-tennet-germany-option", ["KfW", "TenneT"], "other", "2025-09", "announced",
          "Der Bund erhält über die KfW lediglich eine Option auf einen späteren Einstieg, Konditionen wurden nicht veröffentlicht.",
          kind_alt=["investment"], note="option without terms"),
        N("noorderwad-tennet-connection-2024", ["Noorderwad Compute", "TenneT"], "other", "2024", "signed",
          "Ausnahmen bilden Standorte wie Eemshaven, wo sich etwa der Rechenzentrumsentwickler Noorderwad Compute 2024 frühzeitig Kapazität am Umspannwerk Oudeschip gesichert hatte.",
          kind_alt=["supply"], note="amount-less reference to the connection deal of 002"),
    ],
    not_deals=["gut 20 Milliarden Euro", "knapp 20 Milliarden Euro", "rund 6,5 Milliarden Euro",
               "6,6 Cent je Kilowattstunde", "24 Euro", "980 Euro"],
)

A["013_google_belgium_brabantbyte_en.html"] = dict(
    published="2025-10-10",
    published_note="from the visible byline 'Fri 10 Oct 2025', <meta name='pubdate'> and JSON-LD; 'on Thursday' -> 2025-10-09",
    language="en",
    deals=[
        D("google-belgium-2025", ["Google"], "capex_plan", 5_000_000_000, "EUR", "exact", "2025-10-09", "announced",
          "Google will invest €5 billion (about $5.8 billion) in Belgium over 2026 and 2027, the company said on Thursday, most of it to enlarge its data-centre campus at Saint-Ghislain and to add capacity for AI services.",
          kind_alt=["project"], term=["2026", "2027"], alt_amounts=[{"amount": 5_800_000_000, "currency": "USD"}],
          note="second Google Belgium plan; must stay apart from the €1bn of February 2024"),
        D("google-belgium-2024", ["Google"], "capex_plan", 1_000_000_000, "EUR", "exact", "2024-02", "announced",
          "The money comes on top of the €1 billion the company set aside for the Hainaut site in February 2024.",
          kind_alt=["project"], note="restates the plan of 001"),
        N("google-eneco-ppa", ["Google", "Eneco"], "supply", "2025-10-09", "signed",
          "Google also said it had signed new agreements with Eneco, Luminus and Engie for power from onshore wind and solar parks that are still to be built, without giving prices.",
          note="three power purchase agreements in one sentence, no prices"),
        N("google-luminus-ppa", ["Google", "Luminus"], "supply", "2025-10-09", "signed",
          "Google also said it had signed new agreements with Eneco, Luminus and Engie for power from onshore wind and solar parks that are still to be built, without giving prices."),
        N("google-engie-ppa", ["Google", "Engie"], "supply", "2025-10-09", "signed",
          "Google also said it had signed new agreements with Eneco, Luminus and Engie for power from onshore wind and solar parks that are still to be built, without giving prices."),
        D("alphabet-capex-2025", ["Google"], "capex_plan", 85_000_000_000, "USD", "exact", "2025-07", "planned",
          "Parent Alphabet lifted its 2025 capital-expenditure forecast to $85 billion in July; in February it had still pointed to $75 billion.",
          term=["2025", "2025"], alt_amounts=[{"amount": 75_000_000_000, "currency": "USD"}],
          note="Alphabet = Google's parent, aliased to Google; the earlier $75bn is the superseded figure of the same plan (alt_amounts)"),
    ],
    not_deals=["€1.5 billion", "$2.9 trillion", "€4,900", "€20 more per MWh", "€72,000–€88,000"],
)

A["014_liveblog_boersenwelle.txt"] = dict(
    published="2025-10-24",
    published_note="from the liveblog line 'Freitag, 24. Oktober 2025'",
    language="de",
    deals=[
        D("equinix-scheldelicht-talks", ["Equinix", "Scheldelicht Datacenters"], "acquisition", 1_100_000_000, "EUR",
          "approx", "2025-10", "rumored",
          "Der US-Rechenzentrumsbetreiber könnte für die Belgier rund 1,1 Milliarden Euro bieten, heißt es von zwei Seiten, die den Stand der Gespräche kennen.",
          note="'Insidern zufolge' talks (previous sentence); 'Der US-Rechenzentrumsbetreiber' = Equinix, 'die Belgier' = Scheldelicht; the talks end in 015 (cancelled)"),
        D("nvidia-rekenwerf-gb300", ["Nvidia", "Rekenwerf"], "supply", 380_000_000, "USD", "approx", "2025-10-24",
          "signed",
          "Rekenwerf bestellt Nvidia-Chips: Der Amsterdamer GPU-Vermieter kauft GB300-Systeme für rund 380 Millionen Dollar, wie eine Sprecherin am Mittag bestätigte.",
          note="'Nvidia-Chips' compound; confirmed the same day"),
        D("google-belgium-2025", ["Google"], "capex_plan", 5_000_000_000, "EUR", "exact", "2025-10", "announced",
          "Google in Belgien: Die Analysten von Verhoeven Slot Research halten die vor zwei Wochen angekündigten fünf Milliarden Euro für „eher konservativ\".",
          kind_alt=["project"],
          note="restates the plan of 013 in words ('vor zwei Wochen' -> October 2025); the analysts' 'bis zu acht Milliarden Euro' is an estimate (not_deal)"),
    ],
    not_deals=["41 Millionen Euro", "rund 75 Milliarden Dollar", "181 Dollar", "bis zu acht Milliarden Euro",
               "9,7 Milliarden Euro", "227,40 Euro", "65,80 Dollar", "100.000 Euro"],
)

A["015_interconnect_digest_en.txt"] = dict(
    published="2025-11-05",
    published_note="from the edition line 'Edition #88 — Wednesday, 5 November 2025'; 'on Monday' -> 2025-11-03, 'on Tuesday' -> 2025-11-04",
    language="en",
    deals=[
        D("eaton-boyd-thermal-2025", ["Eaton", "Boyd"], "acquisition", 9_500_000_000, "USD", "exact", "2025-11-03",
          "signed",
          "Eaton said on Monday it will pay $9.5 billion for Boyd Corporation's thermal unit, which Goldman Sachs Asset Management owns.",
          note="target is Boyd's thermal business (owner Goldman Sachs Asset Management, not listed as a party); the unit's expected 2026 sales are not a deal"),
        D("schneider-motivair-2024", ["Schneider Electric", "Motivair"], "acquisition", 850_000_000, "USD", "exact",
          "2024", "signed",
          "Eaton follows Schneider Electric, which paid $850 million for three-quarters of Motivair a year ago, and Vertiv.",
          kind_alt=["investment"], note="restates the deal of 004; 'a year ago' is vague, so only the year"),
        D("equinix-scheldelicht-talks", ["Equinix", "Scheldelicht Datacenters"], "acquisition", 1_100_000_000, "EUR",
          "approx", "2025-10", "cancelled",
          "Both sides confirmed on Tuesday that the discussions, in which people familiar with them had put the price at around €1.1 billion (some $1.27 billion), were over.",
          alt_amounts=[{"amount": 1_270_000_000, "currency": "USD"}],
          note="'Both sides' = Equinix and Scheldelicht (previous sentence); talks of October 2025 (014) ended 2025-11-04; cancelled deals keep the date of the talks"),
        D("tennet-germany-stake-2025", ["APG", "GIC", "Norges Bank Investment Management", "TenneT"], "investment",
          9_500_000_000, "EUR", "exact", "2025-09", "signed",
          "The €9.5 billion sale of 46% of TenneT Germany to APG, GIC and Norway's oil fund, agreed in September (the Norwegians' slice alone comes to roughly NOK 30 billion by our count), still needs clearance from competition and foreign-investment authorities.",
          kind_alt=["acquisition"], note="restates 012; 'Norway's oil fund' = Norges Bank Investment Management; same figure 9.5bn as Eaton/Boyd but in EUR; the NOK figure in the parenthesis is one investor's part of the deal (not_deal)"),
    ],
    not_deals=["about $1.7 billion", "$2.4 billion", "roughly NOK 30 billion", "€1,340 a day", "€950", "€12 monthly", "€120 annually"],
)

A["016_interview_noorderwad_klemmleiste.txt"] = dict(
    published=None,
    published_note="no date anywhere in the article (only 'Lesezeit: 6 Minuten'); 'Im Herbst' without a year -> null",
    language="de",
    deals=[
        D("noorderwad-tennet-connection-2024", ["Noorderwad Compute", "TenneT"], "other", 37_000_000, "EUR", "approx",
          "2024", "signed",
          "2024 haben wir TenneT rund 37 Millionen Euro für die ersten 250 Megawatt überwiesen, da haben viele noch gezögert.",
          kind_alt=["supply"], note="'wir' = Noorderwad Compute; restates the first connection deal of 002"),
        D("noorderwad-tennet-connection-2", ["Noorderwad Compute", "TenneT"], "other", 52_000_000, "EUR", "exact",
          None, "signed",
          "Im Herbst haben wir dann den zweiten Vertrag unterschrieben: weitere 200 Megawatt, dafür zahlen wir noch einmal 52 Millionen Euro.",
          kind_alt=["supply"],
          note="second Noorderwad-TenneT connection contract, must stay apart from the 2024 one; TenneT is named in the previous sentence; undated interview, 'Im Herbst' has no year"),
        D("abnamro-ing-noorderwad-loan", ["ABN AMRO", "ING", "Noorderwad Compute"], "other", 1_100_000_000, "EUR",
          "exact", None, "signed",
          "ABN AMRO und ING stellen uns 1,1 Milliarden Euro Fremdkapital zur Verfügung, der Rest ist Eigenkapital unserer Gesellschafter.",
          kind_alt=["investment"], note="bank debt; 'uns' = Noorderwad Compute"),
        D("noorderwad-eemshaven-campus", ["Noorderwad Compute"], "capex_plan", 1_400_000_000, "EUR", "exact", None,
          "planned",
          "Ursprünglich waren 1,4 Milliarden Euro für den Campus veranschlagt.",
          kind_alt=["project"], note="the interviewer restates the campus budget of 002; Wiersma confirms it in the answer"),
        N("noorderwad-hethogeland-heat", ["Noorderwad Compute", "Gemeente Het Hogeland"], "supply", None,
          "negotiating",
          "Mit der Gemeinde Het Hogeland reden wir über eine Leitung nach Delfzijl.",
          note="heat-reuse talks, nothing signed, no amount"),
    ],
    not_deals=["rund vier Millionen Euro", "75.000 Euro", "mehr als 190 Milliarden Euro", "14,80 Euro", "1.200 Euro"],
)

A["017_schneider_vriesveld_polderwire_en.txt"] = dict(
    published="2026-01-20",
    published_note="from the dateline 'ZWOLLE/RUEIL-MALMAISON, 20 January 2026'; 'announced today' -> 2026-01-20",
    language="en",
    deals=[
        D("schneider-vriesveld-2026", ["Schneider Electric", "Vriesveld Koeltechniek"], "acquisition", 290_000_000,
          "EUR", "exact", "2026-01-20", "signed",
          "ZWOLLE/RUEIL-MALMAISON, 20 January 2026 – Schneider Electric has agreed to acquire Vriesveld Koeltechniek B.V., the Zwolle-based company that builds chillers and CDUs for server halls, for €290 million in cash, the two companies announced today.",
          alt_amounts=[{"amount": 337_000_000, "currency": "USD"}],
          note="USD conversion in the next sentence; second Schneider cooling acquisition, must stay apart from Motivair"),
        D("vriesveld-scheldelicht-cooling", ["Vriesveld Koeltechniek", "Scheldelicht Datacenters"], "supply",
          48_000_000, "EUR", "exact", "2025-02", "signed",
          "- Vriesveld's largest contract to date is the €48 million cooling package for Scheldelicht Datacenters' campus in Ghent, signed last February.",
          note="restates the order of 007 ('last February')"),
        D("schneider-motivair-2024", ["Schneider Electric", "Motivair"], "acquisition", 850_000_000, "USD", "exact",
          "2024", "signed",
          "- Schneider paid $850 million for a 75% stake in Motivair of Buffalo, New York, in 2024, its first large bet on liquid cooling.",
          kind_alt=["investment"], note="restates 004"),
    ],
    not_deals=["about €142 million", "€20.5 million", "€6 million", "€1,899", "€39 a month"],
)

A["018_dommel_kroonpolder_schaltfeld.txt"] = dict(
    published="2026-03-12",
    published_note="from the issue line 'Heft 3/2026 | erschienen am 12.03.2026' (a Thursday); 'am Dienstag' -> 2026-03-10",
    language="de",
    deals=[
        D("kroonpolder-dommel-order2", ["Kroonpolder Datacampus", "Dommel Schakelsystemen"], "supply", 120_000_000,
          "EUR", "exact", "2026-03-10", "signed",
          "Kroonpolder Datacampus bestellt für den zweiten Bauabschnitt gasisolierte Mittelspannungsschaltanlagen und zwölf Kompakt-Trafostationen im Wert von 120 Millionen Euro.",
          note="second Kroonpolder-Dommel order, must stay apart from the €64m order of 2024; signed 'am Dienstag' (next sentence)"),
        D("kroonpolder-dommel-order1", ["Kroonpolder Datacampus", "Dommel Schakelsystemen"], "supply", 64_000_000,
          "EUR", "exact", "2024-11", "signed",
          "Bereits im November 2024 hatte der Campusentwickler bei den Eindhovenern Anlagen für 64 Millionen Euro geordert; damals war eine Option für den zweiten Abschnitt vereinbart worden, die Kroonpolder nun gezogen und deutlich erweitert hat.",
          note="restates the first order ('der Campusentwickler' = Kroonpolder, 'den Eindhovenern' = Dommel)"),
        D("dommel-veldhoven-capex", ["Dommel Schakelsystemen"], "capex_plan", 35_000_000, "EUR", "approx", "2026-03",
          "planned",
          "Um die Aufträge abzuarbeiten, will Dommel bis 2027 rund 35 Millionen Euro ausgeben, und zwar für eine zusätzliche Montagehalle in Veldhoven.",
          kind_alt=["project"], term=[None, "2027"]),
        D("virtus-dommel-slough", ["Virtus", "Dommel Schakelsystemen"], "supply", 18_000_000, "GBP", "exact",
          "2026-03", "signed",
          "Außerdem liefert Dommel erstmals nach Großbritannien: Der Londoner Betreiber Virtus hat für einen Campus in Slough Schaltanlagen für 18 Millionen Pfund geordert.",
          note="first UK order of Dommel, dated to the issue month"),
        D("schneider-vriesveld-2026", ["Schneider Electric", "Vriesveld Koeltechniek"], "acquisition", 290_000_000,
          "EUR", "exact", "2026-01", "signed",
          "Im Januar hatte Schneider Electric angekündigt, den Zwoller Kältespezialisten Vriesveld Koeltechniek für 290 Millionen Euro zu übernehmen; die Kartellbehörde ACM prüft noch.",
          note="restates 017 ('Im Januar')"),
    ],
    not_deals=["212 Millionen Euro", "158 Millionen Euro", "rund 11.800 Dollar je Tonne", "rund 45.000 Euro",
               "68.000 Euro", "59 Euro"],
)

A["019_rekenwerf_amsterdam_amstel_en.txt"] = dict(
    published="2026-06-16",
    published_note="from the date line 'Tuesday 16 June 2026'; the permit came 'on Monday' (2026-06-15), the loan is dated to the month",
    language="en",
    deals=[
        D("abnamro-rekenwerf-loan", ["ABN AMRO", "Rekenwerf"], "other", 300_000_000, "EUR", "exact", "2026-06",
          "signed",
          "The GPUs for the new floor will be financed through a €300 million credit facility from ABN AMRO, secured on the chips themselves, Rekenwerf said.",
          kind_alt=["investment"], note="GPU-backed credit facility"),
        D("rekenwerf-kroonpolder-lease", ["Rekenwerf", "Kroonpolder Datacampus"], "cloud_contract", 1_300_000_000,
          "EUR", "approx", "2025", "signed",
          "Most of Rekenwerf's computing still runs about 60 kilometres north, in Middenmeer, where it rents 30 megawatts from Kroonpolder Datacampus under a ten-year agreement worth around €1.3 billion that was signed last year.",
          kind_alt=["other"], note="restates the lease of 009 ('signed last year')"),
        D("brugwachter-rekenwerf-seriesb", ["Brugwachter Capital", "Rekenwerf"], "investment", 240_000_000, "EUR",
          "exact", "2025", "completed",
          "The company raised €240 million last summer in a round led by Brugwachter Capital.",
          note="restates the Series B of 009 ('last summer' -> 2025)"),
    ],
    not_deals=["€121 million", "€410,000", "€8.4 billion", "€640,000", "€410k"],
)

A["020_benelux_pensionsgeld_rheindelta.txt"] = dict(
    published="2026-11-06",
    published_note="from the date line 'Freitag, 6. November 2026 · Nr. 45 · Seite 11'; 'am Mittwoch' -> 2026-11-04",
    language="de",
    deals=[
        D("bouwkring-kroonpolder-stake-2026", ["Pensioenfonds Bouwkring", "Kroonpolder Datacampus"], "investment",
          520_000_000, "EUR", "exact", "2026-11-04", "signed",
          "Für das zusätzliche Paket zahlt sie weitere 520 Millionen Euro, teilten beide Seiten am Mittwoch mit.",
          kind_alt=["acquisition"],
          note="stake increase from 35 to 60 % (previous sentence); 'sie' = Bouwkring; second Bouwkring-Kroonpolder deal, must stay apart from the €410m of 2025"),
        D("bouwkring-kroonpolder-stake-2025", ["Pensioenfonds Bouwkring", "Kroonpolder Datacampus"], "investment",
          410_000_000, "EUR", "exact", "2025-04", "completed",
          "Für die ersten 35 Prozent hatte Bouwkring im April 2025 noch 410 Millionen Euro überwiesen.",
          kind_alt=["acquisition"], note="restates 008"),
        D("ijsselkade-scheldelicht-talks", ["Pensioenfonds IJsselkade", "Scheldelicht Datacenters"], "investment",
          500_000_000, "EUR", "range", "2026-11", "negotiating",
          "Auch in Belgien klopft Pensionsgeld an: Nach Informationen dieser Zeitung verhandelt die Pensioenfonds IJsselkade mit der Scheldelicht Datacenters über den Kauf von 49 Prozent; im Gespräch sind zwischen 500 und 600 Millionen Euro.",
          amount_max=600_000_000, kind_alt=["acquisition"], note="talks for a 49 % stake reported by the paper itself; range"),
        N("equinix-scheldelicht-talks", ["Equinix", "Scheldelicht Datacenters"], "acquisition", "2025", "cancelled",
          "Scheldelicht hatte sich im Herbst 2025 mit Equinix nicht über eine Komplettübernahme einigen können.",
          note="amount-less reference to the failed talks of 014/015 ('im Herbst 2025' -> the year)"),
        D("tennet-germany-stake-2025", ["APG", "GIC", "Norges Bank Investment Management", "TenneT"], "investment",
          9_500_000_000, "EUR", "exact", None, "completed",
          "Hinzu kommt der größte Brocken: Der Einstieg von APG, GIC und dem norwegischen Staatsfonds bei TenneT Germany für 9,5 Milliarden Euro ist seit dem Frühjahr abgeschlossen.",
          kind_alt=["acquisition"],
          note="restates 012; the text gives only the completion ('seit dem Frühjahr'), not the agreement date -> null"),
        D("google-belgium-2025", ["Google"], "capex_plan", 5_000_000_000, "EUR", "exact", "2025-10", "announced",
          "Hyperscaler investieren zwar weiter, etwa Google mit den im Oktober 2025 zugesagten fünf Milliarden Euro für Belgien.",
          kind_alt=["project"], note="restates 013"),
    ],
    not_deals=["gut 2,1 Milliarden Euro", "41 Milliarden Euro", "rund neun Millionen Euro", "etwa drei Milliarden Euro",
               "399 Euro"],
)


def main():
    gold = {"about": ABOUT, "articles": {}, "aliases": ALIASES}
    for name in sorted(A):
        a = A[name]
        gold["articles"][name] = {k: a[k] for k in ("published", "published_note", "language", "deals", "not_deals")}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in gold["articles"].values())
    print(f"wrote gold.json: {len(gold['articles'])} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
