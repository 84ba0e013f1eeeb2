#!/usr/bin/env python3
"""Write gold.json for tests/corpus128 (the hand annotation, kept as a script).

Usage: python3 tests/corpus128/make_gold.py      (rewrites gold.json next to this file)
Edit the annotation here, run it, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the 128th, held-out test corpus (tests/corpus128/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: telecom operators and AI (AI factories and GPU clouds, sales "
    "and carve-outs of their data centres, network-AI contracts, hyperscaler deals, invented regional carriers). "
    "One entry per article; a deal that several articles report carries the same id in each. 'required': false "
    "marks vague or background mentions that an extractor may report or not without penalty. 'not_deals' lists "
    "money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', "
    "'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the "
    "same article) states it in another currency or at another precision. 'date' is when the deal was announced "
    "or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from "
    "the article's own date marker, dateline, <time datetime>, <meta>, issue line or visible byline date, or null "
    "when the article has none); quarters, half-years and seasons become the year; a cancelled deal keeps the date "
    "of the original offer or talks; 'term' is the period the deal covers, where the text gives one; 'kind_alt' "
    "lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence and not_deals "
    "occur in the visible text (check_corpus_gold.visible_text). Invented companies: Linthnet, Mardale Telecom, "
    "Gravemoor Data Centres, Hunteglas Netz, Ostmarsch Infrastruktur, Ardent Vale Infrastructure, Vireo Capital "
    "Partners, Cernay Cloud, Skarvik Fiber, Lindqvist & Aune, Sundmark Bank, Tessaro Compute, Niddatal Colocation, "
    "Pontemar Infraestructuras, Caravela Telecom, Kampinos Data, Bankhaus Ellernbrook; invented publications, "
    "research houses, advertisers and people are listed in invented_names.txt; the deals of real companies are "
    "partly real, partly invented or shifted. Nothing here is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, per=None, alt=None, kind_alt=None, term=None, note=None):
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


def N(id, parties, kind, date, status, evidence, required=False, kind_alt=None, note=None):
    """A mention without an amount."""
    return D(id, parties, kind, None, None, None, date, status, evidence, required=required,
             kind_alt=kind_alt, note=note)


A = {}

A["001_vodafone_microsoft_rheinkurier.txt"] = dict(
    published="2024-01-16",
    published_note="from the wire header 'Düsseldorf/London, 16.01.2024 – 11:40 Uhr' (a Tuesday); 'am Dienstag' -> 2024-01-16",
    language="de",
    deals=[
        D("vodafone-microsoft-2024", ["Vodafone", "Microsoft"], "cloud_contract", 1500000000, "USD", "approx",
          "2024-01-16", "signed",
          "Vodafone wird in den kommenden zehn Jahren rund 1,5 Milliarden Dollar für Cloud- und KI-Dienste von Microsoft ausgeben.",
          kind_alt=["partnership"],
          note="ten-year commitment; announced 'am Dienstag' (next sentence) = day of publication; 016 restates it ($1.5bn, January 2024); different from Microsoft's 2026 edge-hosting deal with Vodafone (016)"),
        N("microsoft-vodafone-iot", ["Microsoft", "Vodafone"], "investment", "2024-01-16", "planned",
          "Zudem will Microsoft in Vodafones Plattform für das Internet der Dinge (IoT) einsteigen, sobald diese als eigenständige Gesellschaft abgespalten ist.",
          note="planned stake, no amount ('Eine Summe ... nannten die Partner nicht'); optional"),
        D("swisscom-vodafone-italia", ["Swisscom", "Vodafone"], "acquisition", 8000000000, "EUR", "approx",
          "2024", "rumored",
          "Im Raum stehe ein Preis von rund acht Milliarden Euro, hieß es; beide Unternehmen lehnten eine Stellungnahme ab.",
          note="amount in words; parties in the previous sentence ('der Konzern' = Vodafone, 'mit der Swisscom', Italy business); talks from two sources; 002 reports the agreement of March 2024 at €8bn, so the rumour carries only the year"),
        N("zegona-vodafone-spain", ["Zegona", "Vodafone"], "acquisition", "2023", "completed",
          "Von seiner spanischen Landesgesellschaft hatte sich Vodafone bereits im vergangenen Jahr getrennt, Käufer war der Finanzinvestor Zegona.",
          note="background sale without amount ('im vergangenen Jahr' -> 2023); optional"),
    ],
    not_deals=["69,1 Pence", "45,7 Milliarden Euro", "14,7 Milliarden Euro", "gut zwei Milliarden Euro im Jahr",
               "85 Pence", "rund 400 Millionen Euro"],
)

A["002_swisscom_nvidia_toessblatt.txt"] = dict(
    published="2024-10-03",
    published_note="dateline without year 'Winterthur/Zürich, 3. Oktober (tb)'; the year from the copyright line '© 2024 Tössblatt'; 'am Dienstag' -> 2024-10-01",
    language="de",
    deals=[
        D("swisscom-nvidia-2024", ["Swisscom", "Nvidia"], "supply", 100000000, "CHF", "approx",
          "2024-10-01", "signed",
          "Für knapp 100 Millionen Franken hat der Telekomkonzern beim US-Chipentwickler Nvidia Rechensysteme vom Typ DGX SuperPOD bestellt.",
          alt=[(115000000, "USD")],
          note="'knapp' -> approx; 'der Telekomkonzern' = Swisscom (previous sentence); signed 'am Dienstag' (next sentence); 009 restates it as about $115m (alt_amounts), 017 as 'knapp 100 Millionen Franken'; different from the second order of March 2026 (017)"),
        D("linthnet-swisscom-gpu", ["Linthnet", "Swisscom"], "cloud_contract", 2400000, "CHF", "approx",
          "2024-10", "signed",
          "Dafür zahlt Linthnet der Swisscom jährlich rund 2,4 Millionen Franken, ab Januar und zunächst bis Ende 2027, wie Firmenchef Reto Ammann-Tschudi bestätigte.",
          per="year", term=["2025-01", "2027"],
          note="yearly rent for GPU capacity; no signing day given -> month of the article; 'ab Januar ... bis Ende 2027' -> term"),
        D("swisscom-vodafone-italia", ["Swisscom", "Vodafone"], "acquisition", 8000000000, "EUR", "exact",
          "2024-03", "signed",
          "Im März hatte sie sich mit der britischen Vodafone auf die Übernahme von Vodafone Italia geeinigt, der Kaufpreis beträgt acht Milliarden Euro.",
          note="'sie' = die Swisscom; amount in words; the deal rumoured in 001; closing still pending"),
    ],
    not_deals=["rund 1,2 Millionen Franken pro Jahr", "14 Rappen pro Kilowattstunde", "rund 11 Milliarden Franken",
               "22 Franken je Aktie", "551.40 Franken", "ab 25 Franken"],
)

A["003_opcore_orange_backhaul_en.txt"] = dict(
    published="2024-11-14",
    published_note="from the issue line 'Issue 88 · Thursday 14 November 2024'; 'on Tuesday' -> 2024-11-12; 'on Monday' -> 2024-11-11; 'last week' -> 2024-11",
    language="en",
    deals=[
        D("infravia-opcore-stake", ["InfraVia Capital Partners", "Iliad", "OpCore"], "acquisition", 410000000, "EUR",
          "approx", "2024-11-12", "signed",
          "InfraVia Capital Partners, the Paris infrastructure investor, will pay about €410 million for a 50% stake, the French group said on Tuesday.",
          kind_alt=["investment"],
          note="50 % of OpCore (previous sentence) from Iliad; the €860m enterprise value is a valuation, not the price; restated in 007, 009 (no amount) and 017; different from the 2026 capital injection (017)"),
        D("iliad-ai-plan", ["Iliad"], "capex_plan", 3000000000, "EUR", "exact", None, "planned",
          "Our read: Iliad keeps a say over the racks it needs for its own AI plans — Xavier Niel's group has promised to put €3 billion into artificial intelligence — while moving most of the concrete off its balance sheet.",
          required=False,
          note="group-wide AI spending pledge in a comment, no date; optional"),
        N("orange-openai", ["Orange", "OpenAI"], "partnership", "2024-11-11", "signed",
          "Orange on Monday signed a multi-year agreement with OpenAI that lets the operator run the US lab's models inside its own European data centres and use them in customer care across its footprint.",
          required=True, kind_alt=["cloud_contract"],
          note="headline item without amount ('Neither company would give a figure'); required like the seeds' amount-less partnerships"),
        D("mardale-ericsson-ran", ["Mardale Telecom", "Ericsson"], "supply", 38000000, "GBP", "exact",
          "2024-11", "signed",
          "Mardale Telecom, the regional operator that runs fixed wireless and a small mobile core across Cumbria and the Scottish borders, has handed Ericsson a five-year contract worth £38 million to automate its radio network with AI-driven software.",
          kind_alt=["other"],
          note="network-AI software contract; 'signed last week in Kista' -> 2024-11"),
    ],
    not_deals=["£14 a month", "roughly €860 million", "€860m", "$19bn", "roughly €10 a share", "near €27 billion", "£395"],
)

A["004_versatel_ardentvale_depotbrandung.txt"] = dict(
    published="2025-01-22",
    published_note="from the stock-portal stamp '22.01.2025 - 07:58:12' (a Wednesday); 'am Dienstagabend' -> 2025-01-21",
    language="de",
    deals=[
        D("ardentvale-versatel-stake", ["Ardent Vale Infrastructure", "United Internet", "1&1 Versatel"], "acquisition",
          1050000000, "EUR", "exact", "2025-01-21", "signed",
          "Der Londoner Infrastrukturfonds Ardent Vale Infrastructure übernimmt 35 Prozent an 1&1 Versatel und zahlt dafür 1,05 Milliarden Euro in bar, wie der Montabaurer Internetkonzern am Dienstagabend per Ad-hoc-Mitteilung bekanntgab.",
          alt=[(1100000000, "USD")], kind_alt=["investment"],
          note="35 % of 1&1 Versatel from United Internet ('der Montabaurer Internetkonzern'); 011 restates it (completed), 019 in USD ('about $1.1 billion', January 2025); different from the further 15 % of 2026 (019) and from Ardent Vale's refused offer for Hunteglas (006)"),
        N("warburg-unitedinternet-talks", ["Warburg Pincus", "United Internet"], "investment", "2024", "cancelled",
          "Mit Warburg Pincus hatte der Konzern im Sommer 2024 über einen ähnlichen Einstieg gesprochen.",
          note="talks ended without result (next sentence), no amount; 'der Konzern' = United Internet; optional"),
    ],
    not_deals=["rund drei Milliarden Euro", "von 19 auf 22 Euro", "zwischen 1,35 und 1,45 Milliarden Euro",
               "etwa 6,5 Milliarden Euro", "2,79 Euro", "rund 14 Milliarden Pfund", "15,92 €", "14,90 €",
               "ca. 2,9 Mrd. €", "12,38 €"],
)

A["005_mardale_gravemoor_edenvalley_en.html"] = dict(
    published="2025-03-07",
    published_note="from <meta property='article:published_time'> and <time datetime='2025-03-07'> ('Friday 7 March 2025'); 'on Thursday' -> 2025-03-06",
    language="en",
    deals=[
        D("gravemoor-mardale-dc", ["Gravemoor Data Centres", "Mardale Telecom"], "acquisition", 46000000, "GBP",
          "exact", "2025-03-06", "signed",
          "Mardale Telecom will sell its data centre on the Kingmoor industrial estate in Carlisle to Gravemoor Data Centres for £46 million under an agreement the two firms announced on Thursday.",
          note="completion expected in April; different from the leaseback of the same pair"),
        D("mardale-gravemoor-leaseback", ["Mardale Telecom", "Gravemoor Data Centres"], "other", 260000, "GBP",
          "exact", "2025-03-06", "signed",
          "Mardale will stay on as the main tenant: under a ten-year lease it will pay its new landlord £260,000 a month to keep using the floor space, electricity and cooling it occupies today.",
          per="month", kind_alt=["supply", "cloud_contract"],
          note="monthly rent under a ten-year leaseback; 'its new landlord' = Gravemoor; agreed with the sale"),
        D("gravemoor-kingmoor-expansion", ["Gravemoor Data Centres"], "capex_plan", 20000000, "GBP", "approx",
          "2025-03", "planned",
          "Gravemoor also plans to spend around £20 million extending the hall so it can take racks of graphics processors for artificial-intelligence customers, its chief executive, Callum Fairbairn-Oakes, said.",
          kind_alt=["project"], note="spending plan of the buyer only"),
    ],
    not_deals=["£72 million", "around £41,000 a year", "about £1.3 million a year", "£4 a head", "£189,950",
               "£4.99 a month"],
)

A["006_hunteglas_interview_muffenblatt.txt"] = dict(
    published=None,
    published_note="interview without any date (only 'Lesedauer: 6 Minuten'); dates only where the text names a year",
    language="de",
    deals=[
        D("ostmarsch-hunteglas-dc", ["Ostmarsch Infrastruktur", "Hunteglas Netz"], "acquisition", 62000000, "EUR",
          "exact", "2024", "completed",
          "Ostmarsch Infrastruktur hat uns im Herbst 2024 dafür 62 Millionen Euro gezahlt, und wir bleiben dort Mieter.",
          note="'uns' = Hunteglas Netz, 'dafür' = the two data centres (previous sentences); 'im Herbst 2024' -> 2024"),
        D("hunteglas-fibre-capex", ["Hunteglas Netz"], "capex_plan", 200000000, "EUR", "exact", None, "planned",
          "In den nächsten fünf Jahren wollen wir zweihundert Millionen Euro in den Ausbau stecken, vor allem in Dörfer im Ammerland und in der Wesermarsch, die sonst niemand anschließt.",
          note="amount in words; 'wir' = Hunteglas; undated article -> date null"),
        D("ardentvale-hunteglas-offer", ["Ardent Vale Infrastructure", "Hunteglas Netz"], "acquisition", 300000000,
          "EUR", "approx", "2023", "cancelled",
          "Ardent Vale Infrastructure hat uns 2023 rund 300 Millionen Euro geboten, für hundert Prozent der Anteile.",
          note="offer refused by the shareholders (next sentence) -> cancelled"),
        D("hunteglas-ericsson", ["Hunteglas Netz", "Ericsson"], "supply", 9000000, "EUR", "approx", None, "signed",
          "Wir haben vor einigen Wochen mit Ericsson einen Vertrag über KI-Software zur Netzsteuerung unterschrieben, Volumen knapp neun Millionen Euro über sechs Jahre.",
          kind_alt=["other"],
          note="'knapp' in words -> approx; 'vor einigen Wochen' cannot be resolved in an undated article -> null"),
    ],
    not_deals=["rund 95.000 Euro jährlich", "120.000 Euro", "etwa zwei Euro pro GPU-Stunde", "12,50 Euro",
               "98 Euro pro Jahr", "290 Euro"],
)

A["007_orange_vireo_talks_beaconwire_en.txt"] = dict(
    published="2025-06-04",
    published_note="from the wire stamp 'June 4, 2025 · 06:30 ET' with the dateline 'PARIS, June 3'",
    language="en",
    deals=[
        D("orange-vireo-dc", ["Orange", "Vireo Capital Partners"], "acquisition", 1100000000, "EUR", "range",
          "2025", "negotiating",
          "PARIS, June 3 (BSW) - Orange is in advanced negotiations to sell a majority stake in its French data-centre business to Vireo Capital Partners, in a deal worth between €1.1 billion and €1.3 billion, two people who have been directly involved told Beacon Street Wire.",
          amount_max=1300000000, alt=[(1250000000, "EUR"), (1200000000, "EUR")], kind_alt=["investment"],
          note="advanced talks from sources; 009 repeats the rumour (~€1.2bn), 012 reports the signing (€1.25bn, 2025-09-29), 018 the completion; the talks carry only the year so that the shared id's dates agree; different from the leaseback (012)"),
        D("infravia-opcore-stake", ["InfraVia Capital Partners", "Iliad", "OpCore"], "acquisition", 410000000, "EUR",
          "approx", "2024", "completed",
          "The move would follow the path already taken by domestic rival Iliad, which last year agreed to sell half of its OpCore data-centre arm to InfraVia Capital Partners for about €410 million.",
          kind_alt=["investment"], note="restates 003; 'last year' -> 2024; closed in February (next sentence)"),
        D("orange-cernay-contract", ["Orange", "Cernay Cloud"], "cloud_contract", 54000000, "EUR", "exact",
          "2025-05", "signed",
          "In May, Orange Business agreed to resell computing capacity from Cernay Cloud, a Lyon start-up that runs Nvidia chips in a former printing works, under a three-year contract worth €54 million.",
          kind_alt=["supply"],
          note="Orange Business = Orange; different from Orange's €40m stake in Cernay (012)"),
    ],
    not_deals=["around €13.20", "roughly €35 billion", "€24.6 billion", "€9 billion a year", "price target of €15",
               "€4.8 billion"],
)

A["008_telia_ki_fabrik_kernnetzreport.txt"] = dict(
    published="2025-06-12",
    published_note="from the issue line 'Ausgabe 23/2025 · Donnerstag, 12. Juni 2025'; 'am Dienstag' -> 2025-06-10",
    language="de",
    deals=[
        D("telia-oslo-aifactory", ["Telia"], "project", 1300000000, "NOK", "approx", "2025-06-10", "announced",
          "Rund 1,3 Milliarden norwegische Kronen will das Unternehmen in eine sogenannte KI-Fabrik in einem bestehenden Rechenzentrum im Osten Oslos investieren, wie Telia am Dienstag mitteilte.",
          kind_alt=["capex_plan"], note="amount first, 'das Unternehmen' = Telia"),
        N("telia-nvidia-oslo", ["Telia", "Nvidia"], "supply", "2025-06", "signed",
          "Die Systeme mit Grafikprozessoren von Nvidia sind bereits bestellt, der Betrieb soll im vierten Quartal starten.",
          note="order for the Oslo factory without its own amount; optional"),
        N("telia-helsinki-aifactory", ["Telia"], "project", "2025-06", "planned",
          "Eine zweite Anlage in Helsinki ist in Planung, einen Betrag dafür nannte der Konzern nicht.",
          kind_alt=["capex_plan"], note="amount-less plan; optional"),
        D("skarvik-telia", ["Skarvik Fiber", "Telia"], "cloud_contract", 38000000, "SEK", "exact", "2025-06",
          "signed",
          "Skarvik Fiber zahlt Telia dafür jährlich 38 Millionen schwedische Kronen, der Vertrag läuft zunächst vier Jahre.",
          per="year", note="yearly rent for AI capacity; no signing day -> month of the article"),
        D("telia-ericsson-ai", ["Telia", "Ericsson"], "supply", 2000000000, "SEK", "approx", "2025-06", "signed",
          "Branchenkreisen zufolge hat er ein Volumen von rund zwei Milliarden Kronen; offiziell nannten beide Seiten keine Zahl.",
          kind_alt=["other"],
          note="'er' = the five-year network-AI contract of Telia and Ericsson (previous sentence); value from industry sources, in words; Swedish/Finnish networks of a Swedish group -> SEK"),
    ],
    not_deals=["eine Milliarde Kronen", "20,3 Milliarden schwedischen Kronen", "2,00 Kronen je Aktie",
               "0,42 Kronen je Kilowattstunde", "2,20 bis 2,80 Euro pro GPU-Stunde", "89 Euro", "420 Euro"],
)

A["009_telcos_landlords_halyard_en.txt"] = dict(
    published="2025-07-15",
    published_note="from the line 'Comment | Tuesday 15 July 2025'; 'last October' -> 2024-10; 'in May' -> 2025-05; 'last year' -> 2024",
    language="en",
    deals=[
        D("swisscom-nvidia-2024", ["Swisscom", "Nvidia"], "supply", 115000000, "USD", "approx", "2024-10", "signed",
          "Swisscom spent about $115 million on Nvidia systems last October for what it calls an AI platform for Swiss companies.",
          note="the CHF order of 002 in USD, month only"),
        D("orange-vireo-dc", ["Orange", "Vireo Capital Partners"], "acquisition", 1200000000, "EUR", "approx", "2025",
          "rumored",
          "Orange is reported to be weighing a roughly €1.2bn sale of a majority of its French data centres to the infrastructure fund Vireo Capital Partners.",
          kind_alt=["investment"], note="the talks of 007 as a rumour"),
        N("infravia-opcore-stake", ["InfraVia Capital Partners", "Iliad", "OpCore"], "acquisition", None, "completed",
          "If it happens, it follows Iliad's sale of half of OpCore to InfraVia.",
          kind_alt=["investment"], note="amount-less restatement of 003; optional"),
        D("caravela-google", ["Caravela Telecom", "Google"], "cloud_contract", 70000000, "EUR", "exact", "2025-05",
          "signed",
          "Caravela Telecom, which serves the Algarve and the Alentejo, agreed in May to move its IT and customer-care systems to Google Cloud in a seven-year deal worth €70 million, the company disclosed in its annual report.",
          note="Google Cloud = Google"),
        N("vodafone-google", ["Vodafone", "Google"], "partnership", "2024", "signed",
          "Vodafone's ten-year partnership with Google, agreed last year, never carried a public price at all.",
          note="background partnership without amount; optional"),
    ],
    not_deals=["from about $4", "$2.30", "$45 billion a year", "CHF 610", "€14.50", "£150 per seat"],
)

A["010_hunteglas_fliegerhorst_huntebote.txt"] = dict(
    published="2025-08-20",
    published_note="from the dateline 'OLDENBURG · Mittwoch, 20. August 2025'; 'am Montagabend' -> 2025-08-18; 'in der vergangenen Woche' -> 2025-08",
    language="de",
    deals=[
        D("oldenburg-hunteglas-land", ["Hunteglas Netz", "Stadt Oldenburg"], "acquisition", 4200000, "EUR", "exact",
          "2025-08-18", "announced",
          "Der Kaufpreis beträgt 4,2 Millionen Euro; der notarielle Vertrag soll im September unterschrieben werden.",
          kind_alt=["other"],
          note="land sale by the city; council vote 'am Montagabend' and the parties ('Der Rat der Stadt', 'an Hunteglas Netz') in the previous sentence; not yet notarised -> announced; repeated in a reader comment"),
        D("hunteglas-edge-dc", ["Hunteglas Netz"], "project", 35000000, "EUR", "approx", "2025-08", "planned",
          "Rund 35 Millionen Euro will die Firma in den Bau stecken, der Anfang 2026 beginnen soll.",
          kind_alt=["capex_plan"], note="'die Firma' = Hunteglas"),
        D("ellernbrook-hunteglas-loan", ["Bankhaus Ellernbrook", "Hunteglas Netz"], "other", 18000000, "EUR", "exact",
          "2025-08", "signed",
          "Das Bankhaus Ellernbrook aus Bremen hat dem Unternehmen in der vergangenen Woche einen Kredit über 18 Millionen Euro zugesagt, wie Hunteglas auf Anfrage bestätigte.",
          kind_alt=["investment"], note="loan; 'dem Unternehmen' = Hunteglas"),
    ],
    not_deals=["rund 200 Euro pro Quadratmeter", "etwa 140 Euro", "bis zu 600.000 Euro im Jahr", "41 Millionen Euro",
               "9,90 Euro monatlich", "bis zu 40 %"],
)

A["011_ionos_nvidia_rundblick.html"] = dict(
    published="2025-09-24",
    published_note="from <meta name='date' content='2025-09-24T08:05:00+02:00'> and the visible line 'Montabaur · 24.09.2025, 08:05 Uhr'; 'am Dienstag' -> 2025-09-23",
    language="de",
    deals=[
        D("ionos-nvidia-gpus", ["IONOS", "Nvidia"], "supply", 200000000, "EUR", "up_to", "2025-09-23", "signed",
          "Das Unternehmen hat bei Nvidia Grafikprozessoren der neuesten Generation für bis zu 200 Millionen Euro bestellt, wie es am Dienstag mitteilte.",
          note="'Das Unternehmen' = IONOS; 'bis zu' because part of the order is options"),
        D("ionos-niddatal-lease", ["IONOS", "Niddatal Colocation"], "other", 6500000, "EUR", "approx", "2025-09",
          "signed",
          "Beim Betreiber Niddatal Colocation mietet IONOS für zehn Jahre zwei Datenhallen und zahlt dafür jährlich rund 6,5 Millionen Euro, Strom nicht eingerechnet.",
          per="year", kind_alt=["cloud_contract"], note="yearly rent for ten years; no day -> month"),
        D("ardentvale-versatel-stake", ["Ardent Vale Infrastructure", "United Internet", "1&1 Versatel"],
          "acquisition", 1050000000, "EUR", "exact", "2025-01", "completed",
          "United Internet hatte im Januar 35 Prozent an seinem Glasfasernetz 1&1 Versatel für 1,05 Milliarden Euro an den Londoner Fonds Ardent Vale Infrastructure abgegeben; die Transaktion ist seit Mai abgeschlossen.",
          kind_alt=["investment"], note="restates 004; completed in May"),
    ],
    not_deals=["rund 1,7 Milliarden Euro", "31,84 Euro", "38 Euro", "knapp 48 Millionen Euro", "8.990 Euro",
               "7,49 Euro monatlich"],
)

A["012_orange_vireo_signed_cheapside_en.txt"] = dict(
    published="2025-09-30",
    published_note="from the wire stamp 'Sept 30, 2025 | 07:05 GMT' with the dateline 'PARIS, Sept 29'; 'on Monday' -> 2025-09-29; 'earlier this month' -> 2025-09",
    language="en",
    deals=[
        D("orange-vireo-dc", ["Orange", "Vireo Capital Partners"], "acquisition", 1250000000, "EUR", "exact",
          "2025-09-29", "signed",
          "PARIS, Sept 29 (Cheapside) - Orange has agreed to sell a 55% stake in its French data-centre company to infrastructure investor Vireo Capital Partners for 1.25 billion euros, the telecoms operator said on Monday, confirming a deal first reported in June.",
          kind_alt=["investment"],
          note="the talks of 007 signed; the €2.3bn is the value of the whole business, not the price; different from the leaseback below"),
        D("orange-vireo-leaseback", ["Orange", "Vireo Capital Partners"], "other", 95000000, "EUR", "approx",
          "2025-09-29", "signed",
          "Under a separate 15-year agreement it will rent back the space its network and IT systems use, paying Vireo about 95 million euros a year, according to a banker on the Vireo side.",
          per="year", kind_alt=["cloud_contract", "supply"],
          note="'it' = Orange; yearly rent over 15 years, value from a banker; agreed with the sale"),
        D("orange-cernay-stake", ["Orange", "Cernay Cloud"], "investment", 40000000, "EUR", "exact", "2025-09",
          "completed",
          "Separately, Orange's venture arm led a 40 million euro funding round in Cernay Cloud earlier this month.",
          note="round led by Orange's venture arm (round total, lead investor as party); different from the €54m resale contract of the same pair (007)"),
    ],
    not_deals=["about 2.3 billion euros", "19.7 billion euros", "at least 3.6 billion euros", "14.06 euros",
               "16 euros from 15 euros", "200 euros per kilowatt per month", "70 euros per megawatt-hour"],
)

A["013_telia_lindqvist_nordkurs.txt"] = dict(
    published="2025-10-16",
    published_note="from the line 'Donnerstag, 16. Oktober 2025 | Unternehmen | Seite 11'; 'am Mittwoch' -> 2025-10-15",
    language="de",
    deals=[
        D("lindqvist-telia-finland", ["Lindqvist & Aune", "Telia"], "acquisition", 470000000, "EUR", "approx",
          "2025-10-15", "signed",
          "Käufer ist der Osloer Infrastrukturinvestor Lindqvist & Aune, der für die Sparte rund 470 Millionen Euro bezahlt, wie beide Seiten am Mittwoch mitteilten.",
          note="'die Sparte' = Telia's Finnish data-centre business (previous sentence)"),
        D("lindqvist-pitajanmaki-capex", ["Lindqvist & Aune"], "capex_plan", 150000000, "EUR", "exact", "2025-10",
          "planned",
          "In den kommenden drei Jahren will der Fonds weitere 150 Millionen Euro in den Standort Pitäjänmäki investieren, um dort Rechenleistung für KI-Anwendungen anzubieten.",
          kind_alt=["project"], note="'der Fonds' = Lindqvist & Aune"),
        D("sundmark-lindqvist-loan", ["Sundmark Bank", "Lindqvist & Aune"], "other", 280000000, "EUR", "exact",
          "2025-10", "signed",
          "Die Osloer Sundmark Bank stellt den Käufern ein Darlehen über 280 Millionen Euro zur Verfügung, das Geschäft wurde zeitgleich unterzeichnet.",
          kind_alt=["investment"], note="acquisition loan; 'den Käufern' = Lindqvist & Aune"),
    ],
    not_deals=["rund 95 Milliarden schwedischen Kronen", "rund 61 Millionen Euro", "2,1 Milliarden Euro",
               "bei 38 Kronen", "32,40 Kronen", "4,1 Cent je Kilowattstunde", "3,80 Euro"],
)

A["014_telko_liveticker_schlussgong.txt"] = dict(
    published="2025-10-28",
    published_note="from the ticker header 'Dienstag, 28. Oktober 2025'; entries of the same day ('soeben', 'heute')",
    language="de",
    deals=[
        D("nvidia-nokia", ["Nvidia", "Nokia"], "investment", 1000000000, "USD", "exact", "2025-10-28", "signed",
          "Paukenschlag aus Santa Clara: Nvidia beteiligt sich mit einer Milliarde Dollar an Nokia.",
          note="amount in words; ticker entry of the day ('soeben mitteilten'); the per-share price is not a deal"),
        D("kpn-tessaro-2025", ["KPN", "Tessaro Compute"], "investment", 45000000, "EUR", "exact", "2025-10-28",
          "signed",
          "KPN beteiligt sich mit 45 Millionen Euro an dem Eindhovener Cloudanbieter Tessaro Compute und erhält dafür 20 Prozent der Anteile.",
          kind_alt=["acquisition"],
          note="20 % stake; the €225m valuation is not a deal; different from KPN's purchase of a further 31 % (018)"),
        D("iliad-bond-2025", ["Iliad"], "other", 750000000, "EUR", "exact", "2025-10-28", "announced",
          "Eine neue fünfjährige Anleihe der Iliad-Gruppe über 750 Millionen Euro ist nach Händlerangaben mehr als dreifach überzeichnet.",
          required=False, note="bond placed with the market, no counterparty; optional"),
        D("bt-gravemoor-denied", ["Gravemoor Data Centres", "BT"], "acquisition", 600000000, "GBP", "approx",
          "2025-10", "cancelled",
          "BT weist einen Bericht der britischen Sonntagspresse zurück, wonach der Konzern eine Mehrheit an seinen Rechenzentren für rund 600 Millionen Pfund an Gravemoor Data Centres abgeben wolle.",
          required=False, note="denied press report -> cancelled, optional"),
        N("swisscom-vodafone-italia", ["Swisscom", "Vodafone"], "acquisition", None, "completed",
          "Die Swisscom bestätigt nach neun Monaten ihre Jahresziele: Der Umsatz soll rund 15 Milliarden Franken erreichen, seit der Übernahme von Vodafone Italia deutlich mehr als früher.",
          note="amount-less reference to the completed takeover of 001/002; the revenue figure is a not_deal; optional"),
    ],
    not_deals=["84,6 Pence", "80 Pence", "6,01 Dollar", "6,85 Euro", "225 Millionen Euro", "4,02 Euro", "181 Pence",
               "rund 15 Milliarden Franken", "583 Franken"],
)

A["015_telefonica_pontemar_spliceboard_en.html"] = dict(
    published="2025-11-19",
    published_note="from <meta name='parsely-pub-date' content='2025-11-19T09:10:00+01:00'> and the byline 'Wed 19 Nov 2025'; 'on Tuesday' -> 2025-11-18; 'last week' -> 2025-11",
    language="en",
    deals=[
        D("pontemar-telefonica-edge", ["Pontemar Infraestructuras", "Telefónica"], "acquisition", 300000000, "EUR",
          "exact", "2025-11-18", "signed",
          "Pontemar Infraestructuras, a Madrid-based fund backed by Spanish and Basque pension money, will pay €300 million for 49% of the unit, the operator said on Tuesday.",
          kind_alt=["investment"],
          note="49 % of Telefónica's edge data-centre unit (Nodo Edge); the €680m enterprise value is analysts' valuation"),
        D("telefonica-nvidia-madrid", ["Telefónica", "Nvidia"], "supply", 200000000, "EUR", "at_least", "2025-11",
          "announced",
          "Telefónica will spend more than €200 million on Nvidia systems for an \"AI factory\" at its Distrito Telefónica campus in the north of Madrid, it said last week, with the first phase scheduled to start operating in the middle of 2026.",
          kind_alt=["project", "capex_plan"], note="'more than' -> at_least; 'last week' -> 2025-11"),
        D("asterion-telefonica-2019", ["Asterion Industrial Partners", "Telefónica"], "acquisition", 550000000, "EUR",
          "approx", "2019", "completed",
          "In 2019 it sold eleven data centres in Spain and Latin America to Asterion Industrial Partners for around €550 million, arguing at the time that it did not need to own them.",
          note="'it' = Telefónica ('The group'); background sale with amount"),
    ],
    not_deals=["€2.10", "€1.5 billion of public money", "€3.71", "about €21 billion", "€8.96 billion",
               "roughly €680 million", "€249"],
)

A["016_vodafone_microsoft_edge_ludgate_en.txt"] = dict(
    published="2026-02-05",
    published_note="from the date line 'Thursday 5 February 2026'; 'on Wednesday' -> 2026-02-04",
    language="en",
    deals=[
        D("vodafone-microsoft-edge-2026", ["Microsoft", "Vodafone"], "cloud_contract", 240000000, "EUR", "approx",
          "2026-02-04", "signed",
          "Microsoft will pay the operator about €240 million over four years to house Azure edge servers in around 40 Vodafone exchange buildings across Germany, according to a joint statement on Wednesday.",
          kind_alt=["other"],
          note="Microsoft pays Vodafone (hosting); different from the 2024 pact in the other direction"),
        D("vodafone-microsoft-2024", ["Vodafone", "Microsoft"], "cloud_contract", 1500000000, "USD", "exact",
          "2024-01", "signed",
          "In January 2024 they signed a ten-year, $1.5bn pact under which Vodafone buys Microsoft's cloud and AI services, including the Copilot assistant for its staff.",
          kind_alt=["partnership"], note="restates 001 with the month only; 'they' = Vodafone and Microsoft"),
        D("vodafonethree-network-capex", ["VodafoneThree"], "capex_plan", 11000000000, "GBP", "exact", None,
          "planned",
          "VodafoneThree, the business created by the merger with Three UK, has committed to invest £11 billion in its network over a decade, a figure that critics say will be hard to reach without higher prices.",
          required=False, note="group-wide ten-year network spending pledge; optional"),
        N("vodafone-three-merger", ["Vodafone", "Three UK"], "joint_venture", None, "completed",
          "VodafoneThree, the business created by the merger with Three UK, has committed to invest £11 billion in its network over a decade, a figure that critics say will be hard to reach without higher prices.",
          kind_alt=["acquisition"], note="amount-less background merger; optional"),
    ],
    not_deals=["€19.6 billion", "€2 billion share buyback", "4.5 euro cents a share", "74p", "90p target",
               "more than $30 billion", "£3.20", "£12 a month"],
)

A["017_wochenschau_kw11_telkowochenschau.txt"] = dict(
    published="2026-03-13",
    published_note="from the issue line 'KW 11 · Freitag, 13. März 2026'; 'am Montag' -> 2026-03-09; 'Drei Monate später' (after December) -> 2026-03; 'Ende Februar' -> 2026-02",
    language="de",
    deals=[
        D("swisscom-nvidia-2026", ["Swisscom", "Nvidia"], "supply", 140000000, "CHF", "exact", "2026-03-09", "signed",
          "Der 140-Millionen-Franken-Auftrag wurde am Montag unterzeichnet und soll die Kapazität der „Swiss AI Platform“ bis zum Herbst mehr als verdoppeln.",
          note="compound amount; parties in the previous sentence ('Die Swisscom hat bei Nvidia ein zweites Paket ... geordert'); different from the 2024 order in the next sentence"),
        D("swisscom-nvidia-2024", ["Swisscom", "Nvidia"], "supply", 100000000, "CHF", "approx", "2024", "signed",
          "Schon die erste Bestellung im Herbst 2024 hatte knapp 100 Millionen Franken gekostet.",
          note="restates 002; 'im Herbst 2024' -> 2024"),
        D("opcore-capital-2026", ["OpCore", "Iliad", "InfraVia Capital Partners"], "investment", 300000000, "EUR",
          "exact", "2026-03", "signed",
          "Zusammen schießen die beiden Eigentümer 300 Millionen Euro frisches Eigenkapital ein, jeder zur Hälfte.",
          note="'die beiden Eigentümer' = Iliad and InfraVia, into OpCore (previous sentence); 'Drei Monate später' after the December announcement -> 2026-03; different from InfraVia's 2024 stake purchase"),
        D("infravia-opcore-stake", ["InfraVia Capital Partners", "Iliad", "OpCore"], "acquisition", 410000000, "EUR",
          "approx", "2024", "completed",
          "Zur Erinnerung: Der Pariser Fonds hatte die Hälfte an OpCore 2024 für rund 410 Millionen Euro von der Iliad-Gruppe übernommen.",
          kind_alt=["investment"], note="restates 003; 'Der Pariser Fonds' = InfraVia"),
        D("kampinos-play-dc", ["Kampinos Data", "Play"], "acquisition", 1100000000, "PLN", "approx", "2026-02",
          "completed",
          "Die polnische Iliad-Tochter Play hat Ende Februar zwei Rechenzentren am Warschauer Stadtrand an den Betreiber Kampinos Data abgegeben, für rund 1,1 Milliarden Zloty (etwa 260 Millionen Euro).",
          alt=[(260000000, "EUR")], note="PLN with EUR conversion; Play remains tenant"),
    ],
    not_deals=["1,5 Billionen Dollar", "Anmeldung 190 Euro", "Jahresabo 149 Euro", "Studierende zahlen 49 Euro"],
)

A["018_telecoms_close_tollgate_en.txt"] = dict(
    published="2026-05-20",
    published_note="from the line 'Wednesday, 20 May 2026 · Close of trading'; 'on Tuesday' -> 2026-05-19; 'announcing at lunchtime' -> 2026-05-20; 'last September' -> 2025-09",
    language="en",
    deals=[
        D("kpn-tessaro-2026", ["KPN", "Tessaro Compute"], "acquisition", 190000000, "EUR", "exact", "2026-05-19",
          "signed",
          "KPN will pay €190 million for a further 31% of the company, taking its holding to 51%, under an existing pre-emption right.",
          kind_alt=["investment"],
          note="'the company' = Tessaro Compute (previous sentence); different from the €45m stake of 2025 (014)"),
        D("bt-aws", ["BT", "Amazon"], "cloud_contract", 700000000, "GBP", "approx", "2026-05-20", "signed",
          "The contract is worth roughly seven hundred million pounds, says someone with knowledge of the terms; BT itself called it \"a significant multi-year commitment\".",
          note="amount in words from a source; parties and the eight-year term in the previous sentence (Amazon Web Services)"),
        D("orange-vireo-dc", ["Orange", "Vireo Capital Partners"], "acquisition", 1250000000, "EUR", "exact",
          "2025-09", "completed",
          "Orange said before the open that it had completed the sale of 55% of its French data-centre company to Vireo Capital Partners, agreed last September for 1.25 billion euros.",
          kind_alt=["investment"], note="completion of the deal of 007/009/012; dated to the agreement ('last September')"),
    ],
    not_deals=["$1.162", "€4.37", "more than €1 billion", "€4.80", "196.2p", "€15.12", "SEK 36.80", "CHF 612.50",
               "£39 a month"],
)

A["019_united_internet_quotewell_en.txt"] = dict(
    published="2026-08-12",
    published_note="from the newest ticker stamp 'Aug 12, 2026 · 7:02 AM ET'; 'on Tuesday' -> 2026-08-11; 'Last month' in the entry of Aug 11 -> 2026-07",
    language="en",
    deals=[
        D("ardentvale-versatel-2026", ["Ardent Vale Infrastructure", "United Internet", "1&1 Versatel"],
          "acquisition", 520000000, "EUR", "exact", "2026-08-11", "signed",
          "United Internet said Ardent Vale Infrastructure will buy a further 15% of its fibre-network subsidiary 1&1 Versatel for €520 million ($605 million), lifting the London fund's holding to 50%.",
          alt=[(605000000, "USD")], kind_alt=["investment"],
          note="signed 'on Tuesday' (next sentence); different from the first 35 % (next paragraph)"),
        D("ardentvale-versatel-stake", ["Ardent Vale Infrastructure", "United Internet", "1&1 Versatel"],
          "acquisition", 1100000000, "USD", "approx", "2025-01", "completed",
          "The infrastructure investor paid about $1.1 billion for its first 35% of the Montabaur company's fibre arm in January 2025.",
          kind_alt=["investment"], note="the EUR deal of 004 in USD with the month"),
        D("nokia-1und1", ["1&1", "Nokia"], "supply", 85000000, "USD", "approx", "2026-07", "signed",
          "Last month 1&1 signed a five-year contract with Nokia for AI-based network operations software worth about $85 million, Quotewell learned from two people involved.",
          kind_alt=["other"], note="value from sources; 1&1 confirmed the contract but not the amount"),
    ],
    not_deals=["roughly €3.5 billion", "about €1.5 billion", "€27.40", "€17.15", "€1.03 billion", "€31 from €26",
               "€26.10", "€4.5bn", "€0.40 per share", "$19.99 a month", "€38.90"],
)

A["020_caravela_pontemar_barlavento_en.txt"] = dict(
    published="2026-11-12",
    published_note="from the line 'Business | FARO — Thursday, 12 November 2026'; 'on Wednesday' -> 2026-11-11; 'Last month' -> 2026-10",
    language="en",
    deals=[
        D("pontemar-caravela-dc", ["Pontemar Infraestructuras", "Caravela Telecom"], "acquisition", 38000000, "EUR",
          "exact", "2026-11-11", "signed",
          "The buyer is Pontemar Infraestructuras, a Madrid infrastructure fund, which will pay €38 million for both buildings, the companies said on Wednesday.",
          note="seller Caravela Telecom and the two data centres in the previous sentence"),
        D("caravela-nokia", ["Caravela Telecom", "Nokia"], "supply", 22000000, "EUR", "exact", "2026-10", "signed",
          "Last month the company signed a six-year contract worth €22 million with Nokia to replace its mobile base stations with equipment that uses AI to cut power use at night and to cope with the summer crowds, when the region's population roughly triples.",
          note="'the company' = Caravela"),
        D("nos-caravela-bid", ["NOS", "Caravela Telecom"], "acquisition", 250000000, "EUR", "up_to", "2026",
          "rumored",
          "NOS, Portugal's second-largest operator, is weighing an offer of up to €250 million for Caravela, the Lisbon business daily Jornal do Comércio Atlântico reported last week, quoting unnamed sources close to the talks.",
          note="press report from sources -> rumored; no date for the talks themselves -> year"),
    ],
    not_deals=["€118 million", "€142 million", "about €390,000", "from €65", "€4 a month", "€49 a year"],
)

ALIASES = {
    "Vodafone": ["Vodafone", "Vodafone Group", "Vodafone Italia", "Vodafone Deutschland"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Azure"],
    "Swisscom": ["Swisscom", "Swisscom AG"],
    "Zegona": ["Zegona", "Zegona Communications"],
    "Nvidia": ["Nvidia", "Nvidia Corp.", "NVIDIA"],
    "Linthnet": ["Linthnet", "Linthnet AG"],
    "InfraVia Capital Partners": ["InfraVia Capital Partners", "InfraVia"],
    "Iliad": ["Iliad", "Iliad-Gruppe", "Iliad Group", "Groupe Iliad"],
    "OpCore": ["OpCore"],
    "Orange": ["Orange", "Orange SA", "Orange Business"],
    "OpenAI": ["OpenAI"],
    "Mardale Telecom": ["Mardale Telecom", "Mardale"],
    "Ericsson": ["Ericsson", "Telefonaktiebolaget LM Ericsson"],
    "Ardent Vale Infrastructure": ["Ardent Vale Infrastructure", "Ardent Vale"],
    "United Internet": ["United Internet", "United Internet AG"],
    "1&1 Versatel": ["1&1 Versatel", "Versatel"],
    "1&1": ["1&1", "1&1 AG"],
    "Warburg Pincus": ["Warburg Pincus"],
    "Gravemoor Data Centres": ["Gravemoor Data Centres", "Gravemoor"],
    "Ostmarsch Infrastruktur": ["Ostmarsch Infrastruktur", "Ostmarsch"],
    "Hunteglas Netz": ["Hunteglas Netz", "Hunteglas"],
    "Vireo Capital Partners": ["Vireo Capital Partners", "Vireo"],
    "Cernay Cloud": ["Cernay Cloud", "Cernay"],
    "Telia": ["Telia", "Telia Company"],
    "Skarvik Fiber": ["Skarvik Fiber", "Skarvik"],
    "Google": ["Google", "Google Cloud"],
    "Caravela Telecom": ["Caravela Telecom", "Caravela"],
    "Stadt Oldenburg": ["Stadt Oldenburg", "Oldenburg"],
    "Bankhaus Ellernbrook": ["Bankhaus Ellernbrook", "Ellernbrook"],
    "IONOS": ["IONOS", "IONOS Group"],
    "Niddatal Colocation": ["Niddatal Colocation", "Niddatal"],
    "Lindqvist & Aune": ["Lindqvist & Aune", "Lindqvist und Aune"],
    "Sundmark Bank": ["Sundmark Bank", "Sundmark"],
    "KPN": ["KPN", "Koninklijke KPN"],
    "Tessaro Compute": ["Tessaro Compute", "Tessaro"],
    "BT": ["BT", "BT Group"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Nokia": ["Nokia", "Nokia Oyj"],
    "Pontemar Infraestructuras": ["Pontemar Infraestructuras", "Pontemar"],
    "Telefónica": ["Telefónica", "Telefonica", "Telefónica Tech"],
    "Asterion Industrial Partners": ["Asterion Industrial Partners", "Asterion"],
    "VodafoneThree": ["VodafoneThree"],
    "Three UK": ["Three UK", "Three"],
    "Play": ["Play", "P4"],
    "Kampinos Data": ["Kampinos Data", "Kampinos"],
    "NOS": ["NOS", "NOS SGPS"],
}


def main():
    gold = {"about": ABOUT, "articles": {}, "aliases": ALIASES}
    for name in sorted(A):
        a = A[name]
        gold["articles"][name] = {
            "published": a["published"],
            "published_note": a["published_note"],
            "language": a["language"],
            "deals": a["deals"],
            "not_deals": a["not_deals"],
        }
    out = HERE / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in A.values())
    print(f"wrote {out} ({len(A)} articles, {n} deal mentions)")


if __name__ == "__main__":
    main()
