#!/usr/bin/env python3
"""Write gold.json for corpus49 (the annotation lives here; edit this file, then run it).

Evidence sentences are cut out of the article's (visible) text around a fragment given below, so
that they stay verbatim; the checker (check_gold.py) verifies them again.
Usage: python3 tests/corpus49/make_gold.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from check_corpus_gold import visible_text  # noqa: E402

ART = HERE / "articles"


def text_of(name):
    t = (ART / name).read_text(encoding="utf-8").replace("\r\n", "\n")
    return visible_text(t) if name.endswith(".html") else t


def sentence(name, frag):
    """The sentence of article `name` that contains `frag` (must occur once)."""
    t = text_of(name)
    i = t.find(frag)
    if i < 0 or t.find(frag, i + 1) >= 0:
        raise SystemExit(f"{name}: fragment not found exactly once: {frag!r}")
    start = 0
    for m in re.finditer(r"\n|[.!?:][\"“”]?\s+(?=[A-ZÄÖÜ„\"])", t):
        if m.end() > i:
            break
        start = m.end()
    m = re.compile(r"\n|[.!?][\"“”]?(?=\s+[A-ZÄÖÜ„\"]|\s*\n|\s*$)").search(t, i + len(frag))
    end = m.end() if m and m.group(0) != "\n" else (m.start() if m else len(t))
    return t[start:end].strip()


def D(id, parties, kind, amount=None, currency=None, qualifier=None, date=None, status="announced",
      required=True, frag=None, amount_max=None, kind_alt=None, term=None, per=None, alt=None, note=None):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    if kind_alt:
        d["kind_alt"] = kind_alt
    if term:
        d["term"] = term
    if per:
        d["per"] = per
    if alt:
        d["alt_amounts"] = [{"amount": a, "currency": c} for a, c in alt]
    if note:
        d["note"] = note
    d["_frag"] = frag
    return d


A = {}


def article(name, published, note, lang, deals, not_deals):
    out = []
    for d in deals:
        frag = d.pop("_frag")
        d["evidence"] = sentence(name, frag)
        out.append(d)
    A[name] = {"published": published, "published_note": note, "language": lang,
               "deals": out, "not_deals": not_deals}


USD, EUR, INR, SAR = "USD", "EUR", "INR", "SAR"

# --------------------------------------------------------------------------------------------
article("001_microsoft_g42_sahil_wire_en.txt", "2024-04-16",
        "no date line; dateline 'ABU DHABI, April 16 (Sahil)' and footer 'Distributed 16.04.2024 18:40 GST'; 'on Tuesday' -> 2024-04-16",
        "en", [
    D("microsoft-g42-2024", ["Microsoft", "G42"], "investment", 1.5e9, USD, "exact", "2024-04-16", "announced",
      frag="Microsoft will invest $1.5 billion in G42", alt=[(1.4e9, EUR)],
      note="EUR figure from 002; minority stake, board seat"),
    D("g42-microsoft-azure", ["G42", "Microsoft"], "cloud_contract", date="2024-04-16", status="signed", required=False,
      kind_alt=["partnership"], frag="G42 will move its AI applications",
      note="commercial pact without a figure ('Neither side put a figure on that part')"),
], ["$10 billion", "$414.58", "roughly $3.08 trillion"])

article("002_microsoft_g42_diwan.txt", "2024-04-18",
        "from the date line 'DIWAN WIRTSCHAFTSBRIEF · Donnerstag, 18. April 2024'; 'am Dienstag' -> 2024-04-16",
        "de", [
    D("microsoft-g42-2024", ["Microsoft", "G42"], "investment", 1.5e9, USD, "exact", "2024-04-16", "announced",
      frag="steigt mit 1,5 Milliarden Dollar", note="USD first, EUR in brackets; 'Der Konzern aus Redmond'"),
    D("g42-microsoft-azure", ["G42", "Microsoft"], "cloud_contract", date="2024-04-16", status="signed", required=False,
      kind_alt=["partnership"], frag="Im Gegenzug lässt G42", note="no figure ('blieb offen')"),
    D("microsoft-openai-total", ["Microsoft", "OpenAI"], "investment", 13e9, USD, "approx", None, "completed",
      required=False, frag="Beim ChatGPT-Entwickler OpenAI",
      note="cumulative total ('insgesamt rund 13 Milliarden'); optional as in seeds.json"),
], ["umgerechnet rund 2,7 Milliarden Euro", "14 Milliarden Dollar", "414,58 Dollar"])

article("003_dhruvanta_ankur_weekly_en.txt", "2024-06-20",
        "from the issue line 'Issue #212 | 20 June 2024'; 'last week' -> 2024-06",
        "en", [
    D("jaziratfanar-dhruvanta-2024", ["Jazirat Fanar Capital", "Dhruvanta Cloud"], "investment", 60e6, USD, "exact",
      "2024-06", "completed", frag="has raised $60 million in Series A funding",
      note="lead investor in the next sentence ('Jazirat Fanar Capital … led the round, which closed last week'); Series A; first of three Jazirat Fanar–Dhruvanta deals (Series C 2026, credit line 2026)"),
    D("peakxv-kshitij-2024", ["Peak XV Partners", "Kshitij Labs"], "investment", 850e6, INR, "exact",
      "2024-06", "completed", frag="has closed an ₹85 crore seed round",
      note="₹85 crore = 850 million rupees; no date beyond the issue ('has closed') -> month of the issue"),
], ["₹48 crore", "near $240 million", "₹10,372 crore", "₹150", "$5 million", "₹0 brokerage", "₹499"])

article("004_indrayani_talegaon_deccan_vartman_en.txt", "2024-09-12",
        "from the date line 'PUNE CITY | Thursday, 12 September 2024'; 'on Wednesday' -> 2024-09-11; 'signed last month' -> 2024-08",
        "en", [
    D("indrayani-midc-land", ["Indrayani Hyperscale Pvt Ltd", "MIDC"], "acquisition", 12.4e9, INR, "exact",
      "2024-09-11", "completed", kind_alt=["other"], frag="from the Maharashtra Industrial Development Corporation (MIDC) for Rs 1,240 crore",
      alt=[(133e6, EUR)], note="land purchase; Rs 1,240 crore = 12.4 billion rupees; EUR figure from 005"),
    D("indrayani-talegaon-capex", ["Indrayani Hyperscale Pvt Ltd"], "capex_plan", 180e9, INR, "exact",
      "2024-09-11", "planned", kind_alt=["project"], term=[None, "2030"],
      frag="The developer intends to invest Rs 18,000 crore",
      note="'The developer' = Indrayani; date of the announcement with the land deal"),
    D("indrayani-kaveri-2024", ["Indrayani Hyperscale Pvt Ltd", "Kaveri Thermal Systems"], "supply", 3.8e9, INR, "exact",
      "2024-08", "signed", frag="under a Rs 380 crore contract signed last month",
      note="first of two Indrayani–Kaveri cooling orders (second: Rs 520 crore, 2026)"),
], ["about Rs 74 crore", "up to Rs 150 crore", "Rs 212 crore", "roughly Rs 18.2 crore an acre",
    "below Rs 4 lakh a year", "Rs 1.45 crore"])

article("005_indien_rechenzentren_ganga_depesche.txt", "2024-09-16",
        "only the byline date 'Von Nikhil Obermaier, 16.09.2024'; 'Vergangene Woche' -> 2024-09",
        "de", [
    D("indrayani-midc-land", ["Indrayani Hyperscale Pvt Ltd", "MIDC"], "acquisition", 12.4e9, INR, "exact",
      "2024-09", "completed", kind_alt=["other"], frag="Der Kaufpreis: 12,4 Milliarden Rupien",
      note="parties in the previous sentence (Vergangene Woche kaufte die Indrayani Hyperscale … der MIDC … ab)"),
    D("indrayani-talegaon-capex", ["Indrayani Hyperscale Pvt Ltd"], "capex_plan", 180e9, INR, "exact",
      None, "planned", kind_alt=["project"], term=[None, "2030"], frag="insgesamt 180 Milliarden Rupien investieren",
      note="'Das 2021 gegründete Unternehmen'; no announcement date in the sentence"),
    D("indrayani-kaveri-2024", ["Indrayani Hyperscale Pvt Ltd", "Kaveri Thermal Systems"], "supply", None, None, None,
      None, "signed", required=False, frag="Den ersten Großauftrag für die Kühlung",
      note="restated without amount"),
], ["gut 10 Milliarden Dollar", "103,7 Milliarden Rupien", "93,2 je Euro", "149 Euro"])

article("006_humain_amd_aws_almirsad_en.html", "2025-05-14",
        "from <meta article:published_time> and <time datetime='2025-05-14'>; 'on Tuesday' -> 2025-05-13",
        "en", [
    D("humain-amd-2025", ["AMD", "Humain"], "partnership", 10e9, USD, "exact", "2025-05-13", "signed",
      kind_alt=["investment", "supply"], frag="Advanced Micro Devices and Humain agreed a $10 billion collaboration",
      note="five-year collaboration; 'on Tuesday' in the previous paragraph"),
    D("humain-aws-2025", ["Amazon", "Humain"], "investment", 5e9, USD, "at_least", "2025-05-13", "announced",
      kind_alt=["partnership", "project"], frag="will spend more than $5 billion", note="'AI Zone'"),
    D("humain-nvidia-gb300", ["Nvidia", "Humain"], "supply", date="2025-05-13", status="announced", required=False,
      frag="is to deliver an initial batch of 18,000 GB300", note="no value disclosed (next sentence); 'Humain' in the article"),
], ["about $925 billion", "$114.50", "$18bn"])

article("007_amd_humain_boersen_basar.txt", "2025-05-14",
        "from the date line '14.05.2025 – 08:47 Uhr'; 'am Dienstag' -> 2025-05-13",
        "de", [
    D("humain-amd-2025", ["AMD", "Humain"], "partnership", 10e9, USD, "exact", "2025-05-13", "signed",
      kind_alt=["investment", "supply"], frag="zehn Milliarden Dollar in gemeinsame KI-Infrastruktur",
      note="'Der Chipkonzern' = AMD (Advanced Micro Devices in the previous sentence); number word"),
    D("humain-aws-2025", ["Amazon", "Humain"], "investment", 5e9, USD, "at_least", "2025-05-13", "announced",
      kind_alt=["partnership", "project"], frag="Investitionen von mehr als fünf Milliarden Dollar",
      note="'Amazons Cloudsparte: AWS'"),
    D("humain-nvidia-gb300", ["Nvidia", "Humain"], "supply", date="2025-05-13", status="announced", required=False,
      frag="Nvidia liefert zunächst 18.000 GB300-Chips", note="no price"),
], ["7,4 Milliarden Dollar", "rund 7,4 Milliarden Dollar", "rund 800 Millionen Dollar", "145 Dollar",
    "102,30 €", "121,15 €", "188,90 €", "0 Euro Ordergebühr"])

article("008_wadi_sahab_qafila_brief_en.txt", "2025-09-04",
        "from the issue line 'Issue 37 · Thursday, 4 September 2025'; 'last month' -> 2025-08; 'on Monday' -> 2025-09-01",
        "en", [
    D("wadisahab-humain-lease", ["Humain", "Wadi Sahab Digital"], "cloud_contract", 9.4e9, SAR, "exact", "2025-08", "signed",
      kind_alt=["other"], frag="The 15-year lease is worth SAR 9.4 billion",
      alt=[(2.5e9, USD), (2.14e9, EUR)],
      note="value from two people involved; signing confirmed; 200 MW lease signed 'last month' (previous sentence); EUR figure from 009"),
    D("wadisahab-marjan-2025", ["Wadi Sahab Digital", "Marjan Falak Engineering"], "other", 2.1e9, SAR, "exact",
      "2025-09-01", "signed", kind_alt=["supply", "project"], frag="handed a SAR 2.1 billion engineering",
      note="EPC contract, 'the developer' = Wadi Sahab; first of two contracts of the pair (second: SAR 3.4bn, 2026)"),
    D("wadisahab-capex-2030", ["Wadi Sahab Digital"], "capex_plan", 26e9, SAR, "exact", "2025-09", "planned",
      kind_alt=["project"], term=[None, "2030"], frag="Wadi Sahab plans to spend SAR 26 billion",
      note="told the newsletter; month of the issue"),
], ["$9.6 billion", "SAR 5.5 billion", "0.18 riyal", "USD 1,450", "USD 390 a year"])

article("009_siemens_energy_wadi_sahab_npd.txt", "2025-09-10",
        "from the agency line 'Mittwoch, 10. September 2025, 11:02 Uhr'; 'am Dienstag' -> 2025-09-09; 'im August' -> 2025-08",
        "de", [
    D("siemensenergy-wadisahab-turbines", ["Siemens Energy", "Wadi Sahab Digital"], "supply", 480e6, EUR, "approx",
      "2025-09-09", "signed", frag="Das Auftragsvolumen liegt nach npd-Informationen bei rund 480 Millionen Euro",
      note="value from the agency's information, order confirmed by the company (previous sentence, 'am Dienstag')"),
    D("wadisahab-humain-lease", ["Humain", "Wadi Sahab Digital"], "cloud_contract", 9.4e9, SAR, "exact", "2025-08", "signed",
      kind_alt=["other"], frag="Dessen Gesamtwert beziffern Insider",
      note="'Dessen' = the Mietvertrag of the previous sentence (Humain, August); EUR 'gut 2,1 Milliarden'"),
    D("wadisahab-marjan-2025", ["Wadi Sahab Digital", "Marjan Falak Engineering"], "other", None, None, None, None,
      "signed", required=False, kind_alt=["supply", "project"], frag="Gebaut wird die erste Ausbaustufe",
      note="restated without amount or date"),
], ["136 Milliarden Euro", "9,7 Milliarden Euro", "92,14 Euro", "rund 78 Milliarden Euro", "9.890 Euro", "5.000 Euro"])

article("010_google_vizag_safran_boerse.txt", "2025-10-15",
        "from the date line '15.10.2025 | 07:58'; 'am Dienstag' (next sentence) -> 2025-10-14",
        "de", [
    D("google-vizag-2025", ["Google"], "capex_plan", 15e9, USD, "exact", "2025-10-14", "planned",
      kind_alt=["project", "investment"], term=["2026", "2030"], frag="insgesamt 15 Milliarden Dollar, umgerechnet knapp 12,9",
      alt=[(12.9e9, EUR)], note="'Der Suchmaschinenkonzern'; date from the next sentence"),
    D("google-adaniconnex-airtel", ["Google", "AdaniConneX", "Bharti Airtel"], "partnership", date="2025-10-14",
      status="announced", required=False, frag="An dem Vorhaben sind zwei indische Partner beteiligt",
      note="partners without figures ('Finanzielle Details … nicht genannt')"),
    D("qia-adaniconnex-stake", ["Qatar Investment Authority", "AdaniConneX"], "investment", 1e9, USD, "range",
      "2025-10", "rumored", amount_max=1.5e9, frag="im Gespräch sind zwischen 1 und 1,5 Milliarden Dollar",
      note="'Insidern zufolge … verhandelt': sources -> rumored; range; no day given -> month of the article"),
], ["gut 2,4 Milliarden Dollar", "245,45 Dollar", "96,4 Milliarden Dollar", "2.518 Rupien"])

article("011_reliance_meta_arthvani_en.txt", "2025-10-27",
        "from the date line 'Mumbai | Monday, 27 October 2025'; 'on Saturday' -> 2025-10-25; 'earlier this month' -> 2025-10",
        "en", [
    D("reliance-meta-jv", ["Reliance Industries", "Meta"], "joint_venture", 8.55e9, INR, "exact", "2025-10-25", "announced",
      kind_alt=["investment"], frag="will together put Rs 855 crore", alt=[(97e6, USD)],
      note="70/30 joint venture (Reliance Intelligence / Meta)"),
    D("reliance-google-jamnagar", ["Reliance Industries", "Google"], "partnership", status="announced", required=False,
      kind_alt=["cloud_contract"], frag="Reliance Intelligence is also working with Google Cloud",
      note="terms not disclosed, background"),
    D("google-vizag-2025", ["Google"], "capex_plan", 15e9, USD, "exact", "2025-10", "planned",
      kind_alt=["project", "investment"], term=["2026", "2030"], frag="Google separately committed its $15 billion AI hub"),
], ["Rs 18,165 crore", "Rs 211.4 a month", "Rs 1,451.60", "Rs 19.6 lakh crore", "Rs 1,799 a year"])

article("012_microsoft_uae_manarat_en.html", "2025-11-04",
        "from <meta name=pubdate>, JSON-LD and <time> '4 November 2025'; 'on Monday' -> 2025-11-03",
        "en", [
    D("microsoft-uae-2026-2029", ["Microsoft"], "capex_plan", 7.9e9, USD, "exact", "2025-11-03", "planned",
      kind_alt=["investment"], term=["2026", "2029"], frag="Microsoft will invest the other $7.9 billion",
      alt=[(6.9e9, EUR)], note="the part still to be spent; EUR figure from 013"),
    D("microsoft-uae-total", ["Microsoft"], "capex_plan", 15.2e9, USD, "exact", "2025-11-03", "planned",
      required=False, kind_alt=["investment"], term=["2023", "2029"], frag="spending is to total $15.2 billion",
      note="optional: the total includes about $7.3bn already spent (2023-2025)"),
    D("microsoft-g42-2024", ["Microsoft", "G42"], "investment", 1.5e9, USD, "exact", "2024-04", "completed",
      frag="counting the $1.5 billion the Redmond-based group paid",
      note="restated with month; same sentence as the $7.3bn already spent (not a deal)"),
], ["about $7.3 billion", "about AED 335 billion", "$514.33", "AED 2,950"])

article("013_microsoft_emirate_sadaf.txt", "2025-11-05",
        "from the issue line 'Ausgabe 45/2025 · 5. November 2025'; the announcement is given without a day -> 2025-11",
        "de", [
    D("microsoft-uae-2026-2029", ["Microsoft"], "capex_plan", 7.9e9, USD, "exact", "2025-11", "planned",
      kind_alt=["investment"], term=["2026", "2029"], frag="weitere 7,9 Milliarden Dollar investieren"),
    D("microsoft-uae-total", ["Microsoft"], "capex_plan", 15.2e9, USD, "exact", "2025-11", "planned",
      required=False, kind_alt=["investment"], term=["2023", "2029"], frag="kommt der US-Konzern nach eigener Darstellung auf 15,2 Milliarden Dollar",
      note="optional: includes money already spent"),
    D("microsoft-g42-2024", ["Microsoft", "G42"], "investment", 1.5e9, USD, "exact", "2024", "completed",
      frag="anderthalb Milliarden Dollar hinlegte",
      note="number word 'anderthalb'; 'im Frühjahr 2024' (season -> year)"),
    D("stargate-uae", ["G42", "OpenAI", "Oracle", "Nvidia", "Cisco", "SoftBank"], "joint_venture", status="announced",
      required=False, kind_alt=["project"], frag="Auch das Projekt „Stargate UAE“",
      note="1 GW cluster, never priced ('nie beziffert'); background"),
], ["77,7 Milliarden Dollar", "34,9 Milliarden Dollar", "rund 335 Milliarden Dirham", "12,90 Euro"])

article("014_vasudha_adaniconnex_visakha_varta_en.txt", "2025-11-22",
        "only the dateline 'VISAKHAPATNAM, Nov. 22, 2025:'; 'on Friday' -> 2025-11-21; 'in October' -> 2025-10",
        "en", [
    D("adaniconnex-vasudha-grid", ["AdaniConneX", "Vasudha Gridworks Ltd"], "supply", 19.5e9, INR, "exact",
      "2025-11-21", "signed", kind_alt=["other"], frag="has won a Rs 1,950 crore order from AdaniConneX",
      note="grid connection (substations, lines) for the Google hub; Rs 1,950 crore = 19.5 billion rupees"),
    D("adaniconnex-vasudha-phase2", ["AdaniConneX", "Vasudha Gridworks Ltd"], "supply", 8e9, INR, "approx",
      "2025-11-21", "negotiating", kind_alt=["other"], frag="negotiating a second package worth about Rs 800 crore",
      note="second, different deal of the same pair (in talks); said with the order on Friday"),
    D("google-vizag-2025", ["Google"], "capex_plan", 15e9, USD, "exact", "2025-10", "planned",
      kind_alt=["project", "investment"], term=["2026", "2030"], frag="The site is the centrepiece of Google's $15 billion"),
], ["Rs 1,120 crore", "Rs 4,860 crore", "Rs 486.35", "about Rs 22,000 crore", "Rs 48 lakh an acre"])

article("015_microsoft_amazon_india_nirmal_en.txt", "2025-12-11",
        "from the date line 'Thursday, December 11, 2025'; 'on Tuesday' -> 2025-12-09; 'A day later' -> 2025-12-10; 'In January' -> 2025-01; 'two months after' -> 2025-10",
        "en", [
    D("microsoft-india-2025", ["Microsoft"], "capex_plan", 17.5e9, USD, "exact", "2025-12-09", "planned",
      kind_alt=["investment"], term=["2026", "2029"], frag="Microsoft committed $17.5 billion to India",
      alt=[(15e9, EUR)], note="EUR figure from 016"),
    D("amazon-india-2025", ["Amazon"], "capex_plan", 35e9, USD, "at_least", "2025-12-10", "planned",
      kind_alt=["investment"], term=[None, "2030"], frag="would put more than $35 billion into the country",
      note="'the group' = Amazon; 'A day later' in the previous paragraph"),
    D("google-vizag-2025", ["Google"], "capex_plan", 15e9, USD, "exact", "2025-10", "planned",
      kind_alt=["project", "investment"], term=["2026", "2030"], frag="two months after Google committed $15 billion"),
    D("microsoft-india-3b", ["Microsoft"], "capex_plan", 3e9, USD, "exact", "2025-01", "planned", required=False,
      kind_alt=["investment"], frag="Nadella had already promised to spend $3 billion",
      note="older pledge mentioned in passing; different from the $17.5bn plan"),
], ["$52.5 billion", "nearly $40 billion", "$80 billion", "near $3.4 billion", "about Rs 67", "$491.20", "$231.78",
    "Rs 2,499 a year"])

article("016_microsoft_amazon_indien_kandil.txt", "2025-12-11",
        "from the agency line 'Donnerstag, 11.12.2025, 06:30 Uhr'; 'am Dienstag' -> 2025-12-09; 'Tags darauf' -> 2025-12-10",
        "de", [
    D("microsoft-india-2025", ["Microsoft"], "capex_plan", 17.5e9, USD, "approx", "2025-12-09", "planned",
      kind_alt=["investment"], term=["2026", "2029"], frag="rund 17,5 Milliarden Dollar (etwa 15 Milliarden Euro)"),
    D("amazon-india-2025", ["Amazon"], "capex_plan", 35e9, USD, "at_least", "2025-12-10", "planned",
      kind_alt=["investment"], term=[None, "2030"], frag="mehr als 35 Milliarden Dollar investieren",
      note="'Der Onlinehändler'; 'Tags darauf' in the previous sentence"),
], ["88 Milliarden Dollar", "83 Milliarden Dollar", "421,50 Euro", "50 Euro Startguthaben"])

article("017_dhruvanta_serie_c_tarang.html", "2026-01-20",
        "only <meta name=date content=2026-01-20T10:45>; no visible date; 'am Montag' -> 2026-01-19",
        "de", [
    D("jaziratfanar-dhruvanta-2026-series-c", ["Jazirat Fanar Capital", "Dhruvanta Cloud"], "investment", 400e6, USD, "exact",
      "2026-01-19", "completed", frag="in einer Serie-C-Finanzierung 400 Millionen Dollar",
      alt=[(345e6, EUR)], note="lead investor in the next sentence; second of three deals of the pair"),
    D("dhruvanta-nvidia-blackwell", ["Dhruvanta Cloud", "Nvidia"], "supply", 310e6, USD, "approx", "2026-01", "signed",
      frag="das Start-up beziffert die Bestellung auf rund 310 Millionen Dollar",
      note="chip import order (8,192 Blackwell GPUs), valued by the buyer"),
    D("jaziratfanar-dhruvanta-2024", ["Jazirat Fanar Capital", "Dhruvanta Cloud"], "investment", 60e6, USD, "exact",
      "2024", "completed", frag="Schon 2024 hatte Jazirat Fanar die Serie-A-Runde"),
    D("microsoft-india-2025", ["Microsoft"], "capex_plan", 17.5e9, USD, "exact", None, "planned", required=False,
      kind_alt=["investment"], frag="Microsoft will 17,5 Milliarden Dollar in Indien investieren",
      note="related-link line in the aside"),
], ["1,6 Milliarden Dollar", "67 Rupien", "22 Millionen Dollar", "7,99 Euro", "299 Euro", "449 Euro"])

article("018_kaveri_interview_shital.txt", None,
        "the interview has no date at all (only 'Lesedauer: 5 Minuten'); deals get the year the text names or null",
        "de", [
    D("indrayani-kaveri-2024", ["Indrayani Hyperscale Pvt Ltd", "Kaveri Thermal Systems"], "supply", 3.8e9, INR, "exact",
      "2024", "signed", frag="ein Auftrag über 380 Crore Rupien", note="'uns' = Kaveri"),
    D("indrayani-kaveri-2026", ["Indrayani Hyperscale Pvt Ltd", "Kaveri Thermal Systems"], "supply", 5.2e9, INR, "exact",
      None, "signed", frag="Der Folgeauftrag hat ein Volumen von 520 Crore Rupien",
      note="second order of the pair, buyer ('Indrayani uns') in the previous answer; 'vor wenigen Wochen' in an undated text -> null"),
    D("kaveri-coimbatore-plant", ["Kaveri Thermal Systems"], "capex_plan", 4.5e9, INR, "exact", None, "planned",
      kind_alt=["project"], frag="Wir investieren deshalb 450 Crore Rupien", note="'Wir' = Kaveri"),
], ["60 Crore", "7 Lakh Rupien", "rund 9 Millionen Euro", "68 Euro"])

article("019_marjan_falak_qafila_brief_en.txt", "2026-04-16",
        "from the issue line 'Issue 68 · Thursday, 16 April 2026'; 'on Sunday' -> 2026-04-12; 'on Tuesday' -> 2026-04-14; 'last September' -> 2025-09; 'last August' -> 2025-08",
        "en", [
    D("wadisahab-marjan-2026", ["Wadi Sahab Digital", "Marjan Falak Engineering"], "other", 3.4e9, SAR, "exact",
      "2026-04-12", "signed", kind_alt=["supply", "project"], frag="under a SAR 3.4 billion ($907 million) EPC agreement",
      alt=[(907e6, USD)], note="'The Dammam contractor' = Marjan Falak; phase 2, second contract of the pair"),
    D("wadisahab-marjan-2025", ["Wadi Sahab Digital", "Marjan Falak Engineering"], "other", 2.1e9, SAR, "exact",
      "2025-09", "signed", kind_alt=["supply", "project"], frag="the SAR 2.1 billion first-phase contract"),
    D("wadisahab-humain-lease", ["Humain", "Wadi Sahab Digital"], "cloud_contract", 9.4e9, SAR, "exact", "2025-08", "signed",
      kind_alt=["other"], frag="under the SAR 9.4 billion lease it signed last August"),
    D("qia-dafnacrest-2026", ["Qatar Investment Authority", "Dafna Crest Data Centres"], "investment", 1.2e9, USD, "up_to",
      "2026-04-14", "announced", frag="will put as much as $1.2 billion into Dafna Crest",
      note="over three years, for a 45% stake"),
], ["more than $520 billion", "$3.1 billion", "2.6 halalas", "SAR 38,000", "USD 390 a year"])

article("020_golfgeld_gpu_datenoase.txt", "2026-11-12",
        "from the post line 'Beitrag vom 12. November 2026'; 'Vergangene Woche' -> 2026-11; 'im Januar' -> 2026-01; 'Im April' -> 2026-04; 'Im März' -> 2026-03",
        "de", [
    D("jaziratfanar-dhruvanta-2026-credit", ["Jazirat Fanar Capital", "Dhruvanta Cloud"], "investment", 250e6, USD, "exact",
      "2026-11", "signed", kind_alt=["other"], frag="eine Kreditlinie über 250 Millionen Dollar",
      note="credit line, lender named in the same sentence; third deal of the pair"),
    D("jaziratfanar-dhruvanta-2026-series-c", ["Jazirat Fanar Capital", "Dhruvanta Cloud"], "investment", 400e6, USD, "exact",
      "2026-01", "completed", frag="zuletzt im Januar bei der Serie-C-Runde über 400 Millionen Dollar",
      note="'die Abu-Dhabi-Gesellschaft' = Jazirat Fanar"),
    D("qia-dafnacrest-2026", ["Qatar Investment Authority", "Dafna Crest Data Centres"], "investment", 1.2e9, USD, "up_to",
      "2026-04", "announced", frag="bis zu 1,2 Milliarden Dollar für Dafna Crest"),
    D("indrayani-kaveri-2026", ["Indrayani Hyperscale Pvt Ltd", "Kaveri Thermal Systems"], "supply", 5.2e9, INR, "exact",
      "2026-03", "signed", frag="für 520 Crore Rupien"),
], ["grob 35.000 Dollar", "2,4 Milliarden Dollar", "10.372 Crore Rupien", "5 Euro im Monat"])

ALIASES = {
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Microsoft Azure", "Azure"],
    "G42": ["G42"],
    "OpenAI": ["OpenAI"],
    "Oracle": ["Oracle"],
    "Cisco": ["Cisco"],
    "SoftBank": ["SoftBank", "Softbank"],
    "Jazirat Fanar Capital": ["Jazirat Fanar Capital", "Jazirat Fanar"],
    "Dhruvanta Cloud": ["Dhruvanta Cloud", "Dhruvanta"],
    "Peak XV Partners": ["Peak XV Partners", "Peak XV"],
    "Kshitij Labs": ["Kshitij Labs", "Kshitij"],
    "Indrayani Hyperscale Pvt Ltd": ["Indrayani Hyperscale Pvt Ltd", "Indrayani Hyperscale", "Indrayani"],
    "MIDC": ["MIDC", "Maharashtra Industrial Development Corporation",
             "Industrieentwicklungsgesellschaft von Maharashtra"],
    "Kaveri Thermal Systems": ["Kaveri Thermal Systems", "Kaveri Thermal", "Kaveri"],
    "Humain": ["Humain"],
    "AMD": ["AMD", "Advanced Micro Devices"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Nvidia": ["Nvidia", "NVIDIA"],
    "Wadi Sahab Digital": ["Wadi Sahab Digital", "Wadi Sahab"],
    "Marjan Falak Engineering": ["Marjan Falak Engineering", "Marjan Falak"],
    "Siemens Energy": ["Siemens Energy"],
    "Google": ["Google", "Google Cloud", "Alphabet"],
    "AdaniConneX": ["AdaniConneX"],
    "Bharti Airtel": ["Bharti Airtel", "Airtel"],
    "Reliance Industries": ["Reliance Industries", "Reliance", "Reliance Intelligence"],
    "Meta": ["Meta", "Meta Platforms"],
    "Vasudha Gridworks Ltd": ["Vasudha Gridworks Ltd", "Vasudha Gridworks", "Vasudha"],
    "Qatar Investment Authority": ["Qatar Investment Authority", "QIA"],
    "Dafna Crest Data Centres": ["Dafna Crest Data Centres", "Dafna Crest"],
}

ABOUT = (
    "Hand-annotated deals in the forty-ninth, held-out test corpus (tests/corpus49/articles/), written for the "
    "tests and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier "
    "corpora and shared/gold/seeds.json. Theme: sovereign AI and data centres in the Gulf and India. One entry "
    "per article; a deal that several articles report carries the same id in each. 'required': false marks "
    "vague or background mentions that an extractor may report or not without penalty. 'not_deals' lists money "
    "figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units "
    "(crore = 10 million, lakh = 100,000); 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
    "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's "
    "amount as another article (or the same article) states it in another currency. 'date' is when the deal "
    "was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date line, dateline, byline, meta tag or issue line, or null when the "
    "article has none); seasons become the year; 'term' is the period the deal covers, where the text gives "
    "one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the "
    "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: "
    "Jazirat Fanar Capital, Dhruvanta Cloud, Kshitij Labs, Indrayani Hyperscale Pvt Ltd, Kaveri Thermal Systems, "
    "Wadi Sahab Digital, Marjan Falak Engineering, Dafna Crest Data Centres, Vasudha Gridworks Ltd; invented "
    "publications, research houses, advertisers and people are listed in invented_names.txt; the deals of real "
    "companies are partly real, partly invented or shifted. Nothing here is reporting.")

gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
(HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")
