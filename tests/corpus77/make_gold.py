#!/usr/bin/env python3
"""Write gold.json for tests/corpus77 (the hand annotation, kept as a script).

Usage: python3 tests/corpus77/make_gold.py
Edit the annotation here, run this script, then run check_gold.py. Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the seventy-seventh, held-out test corpus (tests/corpus77/articles/), "
    "written for the tests and independent of the extractor; same format and rules as "
    "tests/corpus15/gold.json, the earlier corpora and shared/gold/seeds.json. Theme: data centres in "
    "Japan outside Tokyo (Hokkaido, Kyushu, Osaka, Hiroshima), regional utilities and banks, trading "
    "houses, SoftBank and KDDI, cooling and power-equipment makers, and German coverage of the same. "
    "One entry per article; a deal that several articles report carries the same id in each. "
    "'required': false marks vague, amount-less or background mentions that an extractor may report or "
    "not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as "
    "a deal is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | "
    "approx | up_to | at_least | range; 'per' ('year', 'month') marks a rate. 'alt_amounts' gives the "
    "same deal's amount as another article (or the same article) states it in another currency or at "
    "another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), "
    "resolved against the article's publication date ('published', from the article's own date line, "
    "dateline, byline, issue line or, for one HTML page, only its meta tag / JSON-LD; null for the "
    "undated interview); seasons become the year; a rumour that later turns into a signed deal carries "
    "only the year; a cancelled deal keeps the date of the original talks; 'term' is the period the deal "
    "covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Kitakaze Data Works, Shiranui Compute, "
    "Hanamizu Data Centers, Tsurugi Thermal, Kazane Electric, Shirakaba Bank, Genkai Capital, Yamanami "
    "Energy (and the project company Ishikari Green Compute, not a party); their deals with real "
    "companies (Mitsubishi Corporation, Mitsui & Co., Sumitomo Corporation, KDDI, SoftBank Corp, "
    "Hokkaido Electric Power, Chugoku Electric Power, the city of Kitakyushu) are invented too. The "
    "deals of real companies with each other are retold with shifted or simplified details. Invented "
    "publications, advisers, advertisers and people are listed in invented_names.txt. Nothing here is "
    "reporting."
)

ALIASES = {
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "Kansai Electric Power": ["Kansai Electric Power", "Kansai Electric", "Kansai Electric Power Co."],
    "CyrusOne": ["CyrusOne"],
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Microsofts"],
    "Oracle": ["Oracle", "Oracle Corp.", "Oracles"],
    "KDDI": ["KDDI", "KDDI Corp."],
    "Sharp": ["Sharp", "Sharp Corp."],
    "Tsurugi Thermal": ["Tsurugi Thermal", "Tsurugi Thermal Co.", "Tsurugi"],
    "Shiranui Compute": ["Shiranui Compute", "Shiranui Compute K.K.", "Shiranui"],
    "Genkai Capital": ["Genkai Capital"],
    "Kitakyushu": ["Kitakyushu", "Stadt Kitakyushu", "City of Kitakyushu"],
    "Kitakaze Data Works": ["Kitakaze Data Works", "Kitakaze Data Works K.K.", "Kitakaze", "Kitakazes"],
    "Hokkaido Electric Power": ["Hokkaido Electric Power", "Hokkaido Electric Power Co.", "HEPCO",
                                "Hokkaido Electric"],
    "SoftBank Corp": ["SoftBank Corp", "SoftBank Corp."],
    "SoftBank Group": ["SoftBank Group", "SoftBank Group Corp.", "SoftBank", "SoftBanks"],
    "OpenAI": ["OpenAI"],
    "MGX": ["MGX"],
    "Mizuho": ["Mizuho", "Mizuho Financial Group"],
    "Mitsubishi Corporation": ["Mitsubishi Corporation", "Mitsubishi Corp.", "Mitsubishi Corp", "Mitsubishi"],
    "Kazane Electric": ["Kazane Electric", "Kazane Electric Co.", "Kazane"],
    "Shirakaba Bank": ["Shirakaba Bank", "Shirakaba"],
    "Mitsui & Co.": ["Mitsui & Co.", "Mitsui & Co", "Mitsui"],
    "Sumitomo Corporation": ["Sumitomo Corporation", "Sumitomo Corp.", "Sumitomo Corp", "Sumitomo"],
    "Hanamizu Data Centers": ["Hanamizu Data Centers", "Hanamizu Data Centers Inc.", "Hanamizu"],
    "Chugoku Electric Power": ["Chugoku Electric Power", "Chugoku Electric Power Co.", "Chugoku Electric"],
    "Yamanami Energy": ["Yamanami Energy"],
}


def D(id, parties, kind, amount, currency, qualifier, date, status, required, evidence,
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

A["001_aws_osaka_kanmon_en.txt"] = {
    "published": "2024-01-24",
    "published_note": "from the issue line 'Vol. 3, No. 4 — Wednesday, 24 January 2024'; 'last Friday' -> 2024-01-19",
    "language": "en",
    "deals": [
        D("aws-japan-2024", ["Amazon"], "capex_plan", 2.26e12, "JPY", "exact", "2024-01-19", "announced", True,
          "Amazon Web Services said last Friday it plans to invest ¥2.26 trillion (roughly $15.2 billion) in Japan by 2027 to expand the cloud infrastructure behind its Tokyo and Osaka regions.",
          term=[None, "2027"], alt_amounts=[alt(15.2e9, "USD")],
          note="capital-spending plan of the spender only; the past ¥1.51tn and the GDP effect are not deals"),
        D("kansai-cyrusone-jv", ["Kansai Electric Power", "CyrusOne"], "joint_venture", None, None, None, "2023",
          "completed", False,
          "The utility's data-centre joint venture with U.S. operator CyrusOne, set up last year, is still working on its first campus near Osaka and has not published a budget.",
          note="background, no amount; 'The utility' = Kansai Electric Power (previous sentence); 'set up last year' -> 2023"),
    ],
    "not_deals": ["around ¥1.51 trillion", "¥5.57 trillion", "¥28,000 to ¥32,000 per kilowatt each month",
                  "¥45.6 billion", "north of ¥200 billion", "¥4,400", "¥1,650 a month"],
}

A["002_microsoft_japan_fernost.txt"] = {
    "published": "2024-04-10",
    "published_note": "from the wire stamp '10.04.2024 – 08:47 Uhr'; 'am Dienstag' -> 2024-04-09",
    "language": "de",
    "deals": [
        D("microsoft-japan-2024", ["Microsoft"], "capex_plan", 2.9e9, "USD", "exact", "2024-04-09", "announced", True,
          "Der US-Softwarekonzern will in den nächsten zwei Jahren 2,9 Milliarden Dollar, umgerechnet etwa 2,7 Milliarden Euro, in Rechenzentren, Cloud-Dienste und KI-Infrastruktur in Japan investieren.",
          term=["2024", "2026"], alt_amounts=[alt(2.7e9, "EUR")],
          note="'Der US-Softwarekonzern' = Microsoft (previous sentence); 'am Dienstag' in the next sentence"),
        D("aws-japan-2024", ["Amazon"], "capex_plan", 2.26e12, "JPY", "approx", "2024-01", "announced", True,
          "Der Schritt folgt auf eine noch größere Zusage der Konkurrenz: Amazon Web Services hatte im Januar angekündigt, bis 2027 insgesamt etwa 2,26 Billionen Yen für japanische Rechenzentren auszugeben.",
          note="restated; 'im Januar' gives the month only"),
    ],
    "not_deals": ["gut 45 Milliarden Yen", "426,28 Dollar", "gut 3,1 Billionen Dollar", "62 Milliarden Dollar",
                  "151,8 je Dollar", "etwa 1,4 Milliarden Yen"],
}

A["003_oracle_japan_hatoba_en.txt"] = {
    "published": "2024-04-19",
    "published_note": "from the portal stamp 'Apr 19, 2024 · 7:15 AM JST'; 'late on Wednesday, U.S. time' -> 2024-04-17; 'last week' -> 2024-04",
    "language": "en",
    "deals": [
        D("oracle-japan-2024", ["Oracle"], "capex_plan", 8e9, "USD", "at_least", "2024-04-17", "announced", True,
          "Oracle said late on Wednesday, U.S. time, that it would put more than $8 billion into Japan over the coming ten years to meet rising demand for cloud computing and AI there.",
          term=["2024", "2034"],
          note="the Tokyo-listed Oracle Corp. Japan is not a party; its share prices, targets and sales are not deals"),
        D("microsoft-japan-2024", ["Microsoft"], "capex_plan", 2.9e9, "USD", "exact", "2024-04", "announced", True,
          "Microsoft unveiled a two-year, $2.9 billion plan last week as Prime Minister Fumio Kishida visited Washington.",
          note="restated; 'last week' -> month only"),
    ],
    "not_deals": ["¥11,840", "more than $25 billion", "¥13,000 from ¥11,500", "¥70 billion", "¥240 billion",
                  "$116.02", "¥154.6 per dollar", "¥11,690", "¥8,930–¥12,250", "¥1.5 trn"],
}

A["004_sakai_plant_naniwa_en.txt"] = {
    "published": "2024-06-08",
    "published_note": "from the date line 'Saturday, June 8, 2024'; 'on Monday' -> 2024-06-03; 'this week' -> 2024-06",
    "language": "en",
    "deals": [
        D("kddi-sharp-sakai-mou", ["Sharp", "KDDI"], "partnership", None, None, None, "2024-06-03", "signed", False,
          "Sharp said on Monday that it and KDDI Corp. had put their names to a basic agreement to explore turning part of the site into an AI data centre.",
          kind_alt=["acquisition", "other"],
          note="basic agreement to study the conversion, no financial terms; different from KDDI's later (undisclosed) purchase of the buildings (017) and from SoftBank Corp's ¥100bn purchase of another part of the site (011, 012)"),
        D("tsurugi-sakai-factory", ["Tsurugi Thermal"], "capex_plan", 6.3e9, "JPY", "approx", "2024-06", "planned", True,
          "Tsurugi Thermal Co., a Higashiosaka company that builds chillers and CDUs (coolant distribution units), said this week that it would spend about ¥6.3 billion on a new factory in the Sakai Rinkai industrial zone to produce liquid-cooling equipment for AI servers.",
          kind_alt=["project"]),
    ],
    "not_deals": ["¥149.9 billion", "more than ¥400 billion", "¥41 billion", "¥255,000 a month",
                  "roughly ¥3 billion annually", "¥432 billion", "¥866"],
}

A["005_shiranui_seriesa_ostwind.txt"] = {
    "published": "2024-07-17",
    "published_note": "from the dateline 'Fukuoka, 17.07.2024'; 'am Dienstag' -> 2024-07-16; 'im Frühjahr' -> 2024",
    "language": "de",
    "deals": [
        D("genkai-shiranui-seriesa", ["Genkai Capital", "Shiranui Compute"], "investment", 8.5e9, "JPY", "exact",
          "2024-07-16", "completed", True,
          "Die Shiranui Compute K.K. mit Sitz in Fukuoka hat eine Series-A-Finanzierungsrunde über 8,5 Milliarden Yen (rund 49 Millionen Euro) abgeschlossen.",
          alt_amounts=[alt(49e6, "EUR")],
          note="lead investor Genkai Capital and 'am Dienstag' in the next sentences; the cumulative ¥10.3bn is not a deal"),
        D("kitakyushu-shiranui-lease", ["Shiranui Compute", "Kitakyushu"], "other", 95e6, "JPY", "approx", "2024",
          "signed", True,
          "Den Mietvertrag über zehn Jahre mit der Stadt Kitakyushu, der die Halle gehört, hat Shiranui im Frühjahr unterschrieben; er sieht rund 95 Millionen Yen Miete im Monat vor.",
          per="month", kind_alt=["project"],
          note="ten-year lease of a hall owned by the city, monthly rent; 'im Frühjahr' -> the year"),
    ],
    "not_deals": ["10,3 Milliarden Yen", "gut 40 Milliarden Yen", "1,2 Milliarden Yen", "9 Milliarden Yen",
                  "bis zu 500 Millionen Yen je Projekt", "39.000 Yen im Monat"],
}

A["006_kitakaze_ishikari_courier_en.html"] = {
    "published": "2024-09-12",
    "published_note": "only from <meta property=article:published_time> and JSON-LD datePublished 2024-09-12 (no visible date); 'on Wednesday' -> 2024-09-11",
    "language": "en",
    "deals": [
        D("kitakaze-ishikari-campus", ["Kitakaze Data Works"], "capex_plan", 240e9, "JPY", "approx", "2024-09-11",
          "announced", True,
          "Sapporo-based Kitakaze Data Works K.K. will build a data-centre campus of up to 300 megawatts in the Ishikari Bay New Port industrial zone, a project it expects to cost about ¥240 billion across three phases, the developer said on Wednesday.",
          kind_alt=["project"], note="own project cost over three phases; the possible ¥20bn subsidy is not a deal"),
        D("kitakaze-hepco-ppa", ["Kitakaze Data Works", "Hokkaido Electric Power"], "supply", 6.8e9, "JPY", "approx",
          "2024-09-11", "signed", True,
          "The developer valued the contract at roughly ¥6.8 billion a year; HEPCO declined to comment on the price.",
          per="year",
          note="20-year power purchase agreement named in the previous sentence ('Kitakaze has also agreed a 20-year deal to buy power from Hokkaido Electric Power Co. (HEPCO)'); announced with the campus on Wednesday"),
    ],
    "not_deals": ["about ¥15,000 per square metre", "up to ¥20 billion", "¥11 billion", "up to ¥590 billion",
                  "¥38,000 per night", "¥980 a month"],
}

A["007_regionen_rechenhallen_blog.txt"] = {
    "published": "2024-10-17",
    "published_note": "from the byline 'Stand: 17. Oktober 2024, 21:40'; 'aus dem April' / 'nur Tage später' -> 2024-04; 'im September' -> 2024-09",
    "language": "de",
    "deals": [
        D("microsoft-japan-2024", ["Microsoft"], "capex_plan", 2.9e9, "USD", "exact", "2024-04", "announced", True,
          "Microsofts 2,9 Milliarden Dollar aus dem April und Oracles Zusage von mehr als acht Milliarden Dollar über zehn Jahre, nur Tage später verkündet, fließen überwiegend in die Regionen Tokio und Osaka.",
          note="genitive 'Microsofts'; two deals in one sentence"),
        D("oracle-japan-2024", ["Oracle"], "capex_plan", 8e9, "USD", "at_least", "2024-04", "announced", True,
          "Microsofts 2,9 Milliarden Dollar aus dem April und Oracles Zusage von mehr als acht Milliarden Dollar über zehn Jahre, nur Tage später verkündet, fließen überwiegend in die Regionen Tokio und Osaka.",
          note="genitive 'Oracles', amount in words; 'nur Tage später' than April -> 2024-04"),
        D("kitakaze-ishikari-campus", ["Kitakaze Data Works"], "capex_plan", 240e9, "JPY", "approx", "2024-09",
          "announced", True,
          "Beispiel Hokkaido: Kitakaze Data Works will an der Bucht von Ishikari für rund 240 Milliarden Yen einen Campus mit bis zu 300 Megawatt hochziehen; die Pläne wurden im September vorgestellt.",
          kind_alt=["project"], note="restated; the reader comment repeats the 240 Milliarden Yen"),
        D("softbank-tomakomai-dc", ["SoftBank Corp"], "project", None, None, None, None, "planned", False,
          "SoftBanks Mobilfunksparte SoftBank Corp. wiederum arbeitet in Tomakomai an einem eigenen KI-Rechenzentrum, zu dessen Kosten sich der Konzern bislang bedeckt hält.",
          kind_alt=["capex_plan"], note="background, no amount"),
    ],
    "not_deals": ["etwa 24 Yen je Kilowattstunde", "bis zu 50,1 Milliarden Yen", "1,5 bis 2 Milliarden Yen je Megawatt",
                  "gut 20 Milliarden Euro", "3 Euro monatlich", "ca. 15 Cent"],
}

A["008_transformatoren_rackwaerts.txt"] = {
    "published": "2025-01-22",
    "published_note": "from the issue line 'Ausgabe 3/2025 · Mittwoch, 22. Januar 2025'; 'vergangene Woche' and 'Wenige Tage zuvor' -> 2025-01; 'im vergangenen Juni' -> 2024-06",
    "language": "de",
    "deals": [
        D("kazane-kitakyushu-plant", ["Kazane Electric"], "capex_plan", 30e9, "JPY", "range", "2025-01", "announced", True,
          "Der Hersteller von Schaltanlagen und Transformatoren kündigte vergangene Woche an, für 30 bis 34 Milliarden Yen (etwa 200 Millionen Euro) ein zweites Werk in Kitakyushu zu bauen, das ab 2027 die Fertigungskapazität verdoppeln soll.",
          amount_max=34e9, kind_alt=["project"], alt_amounts=[alt(200e6, "EUR")],
          note="'Der Hersteller' = Kazane Electric (previous sentence)"),
        D("kazane-kitakaze-substations", ["Kazane Electric", "Kitakaze Data Works"], "supply", 7.4e9, "JPY", "exact",
          "2025-01", "signed", True,
          "Wenige Tage zuvor hatte Kazane einen Auftrag des Hokkaido-Entwicklers Kitakaze Data Works an Land gezogen: Für 7,4 Milliarden Yen liefert das Unternehmen zwei Umspannwerke samt Mittelspannungsanlagen für den ersten Bauabschnitt des Ishikari-Campus.",
          note="'Wenige Tage zuvor' = a few days before last week's plant announcement -> month"),
        D("tsurugi-sakai-factory", ["Tsurugi Thermal"], "capex_plan", 6.3e9, "JPY", "approx", "2024-06", "planned", True,
          "Die im vergangenen Juni genannten rund 6,3 Milliarden Yen seien „weiter die Planungsgröße“, hieß es.",
          kind_alt=["project"],
          note="restated; party and plant ('sein neues Werk in Sakai') in the previous sentence"),
    ],
    "not_deals": ["118 Milliarden Yen", "9,6 Milliarden Yen", "rund 310 Milliarden Yen", "40 bis 55 Millionen Yen",
                  "89 Euro", "Jahresabo 240 Euro"],
}

A["009_softbank_openai_tsushima_en.txt"] = {
    "published": "2025-02-03",
    "published_note": "from the wire stamp 'February 3, 2025 · 11:52 GMT' and dateline 'TOKYO, Feb 3'; 'on Monday' -> 2025-02-03; 'last month' -> 2025-01",
    "language": "en",
    "deals": [
        D("softbank-openai-cristal", ["SoftBank Group", "OpenAI"], "cloud_contract", 3e9, "USD", "exact", "2025-02-03",
          "signed", True,
          "SoftBank Group Corp. will spend $3 billion annually deploying OpenAI's software in its group companies, the companies announced on Monday, tightening a relationship formed only weeks ago around a giant U.S. data centre project.",
          per="year", kind_alt=["other", "partnership"],
          note="yearly spending commitment on OpenAI products; repeated in the analyst quote ('A $3 billion annual bill'); different from the Stargate venture and from the 2025 funding round (012)"),
        D("sb-openai-japan-jv", ["SoftBank Group", "OpenAI"], "joint_venture", None, None, None, "2025-02-03",
          "announced", False,
          "The pair will further create SB OpenAI Japan, a joint venture owned half each, to sell a corporate AI agent product called \"Cristal intelligence\" to large Japanese companies.",
          note="no amount"),
        D("stargate-2025", ["SoftBank Group", "OpenAI", "Oracle", "MGX"], "joint_venture", 500e9, "USD", "up_to",
          "2025-01", "announced", True,
          "The two sides are already partners in Stargate, the U.S. infrastructure venture they unveiled in Washington last month with Oracle and Abu Dhabi's MGX, which is meant to deploy as much as $500 billion within four years, starting with $100 billion.",
          kind_alt=["capex_plan", "project"], term=["2025", "2029"],
          note="'The two sides' = SoftBank Group and OpenAI; the first $100bn is a part of the deal (not_deal)"),
    ],
    "not_deals": ["$100 billion", "9,377 yen", "about ¥13.8 trillion", "as much as $300 billion",
                  "roughly ¥900 billion annually", "around ¥300 billion"],
}

A["010_asien_ticker_yenkranich.txt"] = {
    "published": "2025-02-04",
    "published_note": "from the ticker head 'LIVETICKER ASIEN – Dienstag, 4. Februar 2025'; 'am Montag' -> 2025-02-03",
    "language": "de",
    "deals": [
        D("mitsubishi-kitakaze-jv", ["Mitsubishi Corporation", "Kitakaze Data Works"], "investment", 50e9, "JPY",
          "approx", "2025", "rumored", True,
          "Im Gespräch sei ein Betrag von rund 50 Milliarden Yen für eine Minderheitsbeteiligung an der Projektgesellschaft des Ishikari-Campus, hieß es von zwei Personen, die in die Verhandlungen eingeweiht sind.",
          kind_alt=["joint_venture", "acquisition"], alt_amounts=[alt(54e9, "JPY"), alt(335e6, "EUR")],
          note="rumour ('Insidern zufolge', parties in the previous sentence); signed at ¥54bn on 2025-04-22 (013, alt_amounts); the rumour carries the year so that the shared id's dates agree"),
        D("softbank-openai-cristal", ["SoftBank Group", "OpenAI"], "cloud_contract", 3e9, "USD", "exact", "2025-02-03",
          "signed", True,
          "Anleger feiern die Vereinbarung mit OpenAI: Der japanische Technologieinvestor will jährlich drei Milliarden Dollar ausgeben, um die Software des ChatGPT-Entwicklers in seinen Konzerngesellschaften einzusetzen, wie beide Unternehmen am Montag mitgeteilt hatten.",
          per="year", kind_alt=["other", "partnership"],
          note="'Der japanische Technologieinvestor' = SoftBank Group (heading and previous sentence); amount in words"),
    ],
    "not_deals": ["155,2 Yen", "9.574 Yen", "2.781 Yen", "1,1 Milliarden Yen", "3.905 Yen", "500 Euro",
                  "100 Euro Startbonus"],
}

A["011_japanabend_rheinbogen.txt"] = {
    "published": "2025-03-14",
    "published_note": "from the date line 'Freitag, 14.03.2025'; 'am Montag' -> 2025-03-10",
    "language": "de",
    "deals": [
        D("softbank-sharp-sakai", ["SoftBank Corp", "Sharp"], "acquisition", 100e9, "JPY", "approx", "2025-03-10",
          "signed", True,
          "Dort hat SoftBank Corp., die Mobilfunktochter des Technologiekonzerns SoftBank Group, am Montag den Kauf von Grundstück und Gebäuden für rund 100 Milliarden Yen vereinbart, umgerechnet gut 620 Millionen Euro.",
          alt_amounts=[alt(620e6, "EUR")],
          note="'Dort' = Sharp's panel plant in Sakai (previous sentence); the buyer is SoftBank Corp, not SoftBank Group"),
        D("softbank-openai-round-2025", ["SoftBank Group", "OpenAI"], "investment", 40e9, "USD", "up_to", "2025-03",
          "rumored", True,
          "Auch die Konzernmutter sorgt für Gesprächsstoff: Die SoftBank Group soll nach Informationen aus Finanzkreisen eine Finanzierungsrunde von bis zu 40 Milliarden Dollar für OpenAI anführen.",
          note="unconfirmed ('Bestätigt ist das nicht'); announced on 2025-03-31 (012)"),
    ],
    "not_deals": ["rund 1,2 Millionen Euro", "bis zu 35.000 Yen je Kilowatt und Monat", "964 Milliarden Yen",
                  "79 Euro pro Person"],
}

A["012_softbank_openai_gigaflop.html"] = {
    "published": "2025-04-02",
    "published_note": "from the visible byline '02.04.2025, 07:10 Uhr' (also <meta name=date> and JSON-LD); 'am Montag' -> 2025-03-31; 'im Februar' -> 2025-02; 'im März' -> 2025-03",
    "language": "de",
    "deals": [
        D("softbank-openai-round-2025", ["SoftBank Group", "OpenAI"], "investment", 40e9, "USD", "up_to", "2025-03-31",
          "signed", True,
          "Es ist die größte private Finanzierungsrunde, die ein Technologie-Start-up je eingesammelt hat: OpenAI erhält bis zu 40 Milliarden Dollar, angeführt von der SoftBank Group.",
          note="'am Montag' in the next sentence; SoftBank's own $30bn and the first $10bn tranche are parts of the round (not_deals); valuation $300bn not a deal"),
        D("softbank-bridge-loan-2025", ["SoftBank Group", "Mizuho"], "other", 16.5e9, "USD", "up_to", "2025-03",
          "negotiating", True,
          "Einen Teil will SoftBank über einen Brückenkredit von bis zu 16,5 Milliarden Dollar finanzieren, über den der Konzern im März Berichten zufolge mit Mizuho und weiteren Banken verhandelt hat.",
          note="bridge loan talks, reported; lender named: Mizuho"),
        D("softbank-openai-cristal", ["SoftBank Group", "OpenAI"], "cloud_contract", 3e9, "USD", "exact", "2025-02",
          "signed", True,
          "Bereits im Februar hatten beide Seiten vereinbart, dass die Japaner jährlich drei Milliarden Dollar für OpenAI-Anwendungen in ihren Konzernfirmen ausgeben.",
          per="year", kind_alt=["other", "partnership"],
          note="'beide Seiten', 'die Japaner' = SoftBank Group and OpenAI; same pair as the round above, different deal"),
        D("softbank-sharp-sakai", ["SoftBank Corp", "Sharp"], "acquisition", 100e9, "JPY", "approx", "2025-03",
          "completed", True,
          "Und die Mobilfunktochter SoftBank Corp. hat im März das stillgelegte Sharp-Werk in Sakai für rund 100 Milliarden Yen gekauft, um dort Rechenkapazität für das gemeinsame Geschäft aufzubauen.",
          note="compound 'Sharp-Werk'; month only"),
    ],
    "not_deals": ["300 Milliarden Dollar", "30 Milliarden Dollar", "zehn Milliarden Dollar", "knapp 12,7 Milliarden Dollar",
                  "7.614 Yen", "108,38 $", "1,89 Euro pro Stunde", "4,99 Euro im Monat"],
}

A["013_mitsubishi_kitakaze_elbufer.txt"] = {
    "published": "2025-04-23",
    "published_note": "from the date line 'Mittwoch, 23. April 2025 · Unternehmen & Märkte · Seite 17'; 'am Dienstag' -> 2025-04-22; 'im vergangenen September' -> 2024-09",
    "language": "de",
    "deals": [
        D("mitsubishi-kitakaze-jv", ["Mitsubishi Corporation", "Kitakaze Data Works"], "investment", 54e9, "JPY", "exact",
          "2025-04-22", "signed", True,
          "Der Kaufpreis beträgt 54 Milliarden Yen, umgerechnet etwa 335 Millionen Euro; bekanntgegeben wurde der Einstieg am Dienstag.",
          kind_alt=["joint_venture", "acquisition"], alt_amounts=[alt(335e6, "EUR")],
          note="45% of the Ishikari project company; parties in the previous sentence; also in the standfirst ('Das Handelshaus zahlt 54 Milliarden Yen'); the ¥120bn valuation is not a deal; different from the 2026 stake increase (020)"),
        D("kitakaze-ishikari-campus", ["Kitakaze Data Works"], "capex_plan", 240e9, "JPY", "approx", "2024-09",
          "announced", True,
          "Vorgestellt hatte Kitakaze den Campus im vergangenen September, mit geschätzten Kosten von rund 240 Milliarden Yen für bis zu 300 Megawatt.",
          kind_alt=["project"], note="restated; 'Am Budget ändere sich nichts'"),
        D("kitakaze-hepco-ppa", ["Kitakaze Data Works", "Hokkaido Electric Power"], "supply", 6.8e9, "JPY", "approx",
          None, "signed", True,
          "Der auf 20 Jahre angelegte Windstromvertrag mit Hokkaido Electric Power, dessen Wert Kitakaze bei der Unterzeichnung mit jährlich etwa 6,8 Milliarden Yen bezifferte, geht auf das Gemeinschaftsunternehmen über.",
          per="year", note="restated, transferred to the joint company; no date given ('bei der Unterzeichnung')"),
    ],
    "not_deals": ["120 Milliarden Yen", "38 Milliarden Yen im Jahr", "2.612 Yen", "rund 1,5 Milliarden Yen jährlich",
                  "141,9 Yen", "161,3 Yen"],
}

A["014_kitakaze_loan_kuroshio_en.txt"] = {
    "published": "2025-10-08",
    "published_note": "from 'Wed 08/10/2025 · 16:05 JST' (day/month order, the weekday fixes 8 October); 'on Tuesday' -> 2025-10-07",
    "language": "en",
    "deals": [
        D("shirakaba-kitakaze-loan", ["Kitakaze Data Works", "Shirakaba Bank"], "other", 45e9, "JPY", "exact",
          "2025-10-07", "signed", True,
          "SAPPORO — Kitakaze Data Works K.K. said on Tuesday it had signed a ¥45 billion green loan facility arranged by Shirakaba Bank, the Hokkaido regional lender, to fund the first phase of its Ishikari Bay campus.",
          term=["2025-10", "2032"],
          note="seven-year syndicated loan; Shirakaba's own ¥15bn share is a part of it (not_deal)"),
        D("tsurugi-kitakaze-cooling-2025", ["Tsurugi Thermal", "Kitakaze Data Works"], "supply", 9.8e9, "JPY", "approx",
          "2025-10", "signed", True,
          "In a separate statement, Tsurugi Thermal Co. of Higashiosaka said it had won an order worth about ¥9.8 billion from Kitakaze to supply liquid-cooling systems (pumping units, heat exchangers mounted on rack doors, and dry coolers) for the first 60 MW building.",
          note="no weekday for this statement -> month"),
        D("kitakaze-ishikari-campus", ["Kitakaze Data Works"], "capex_plan", 240e9, "JPY", "approx", None, "announced", True,
          "Its Ishikari Bay campus is planned for up to 300 MW at an estimated total cost of ¥240 billion.",
          kind_alt=["project"], note="restated in the company boilerplate; 'Its' = Kitakaze"),
        D("mitsubishi-kitakaze-jv", ["Mitsubishi Corporation", "Kitakaze Data Works"], "investment", None, None, None,
          None, "completed", False,
          "Mitsubishi Corp. holds 45% of the campus project company.",
          kind_alt=["joint_venture", "acquisition"], note="background in the boilerplate, no amount"),
    ],
    "not_deals": ["¥15 billion", "¥52 billion", "¥8.2 billion", "¥55,000"],
}

A["015_interview_shiranui_weitblick.txt"] = {
    "published": None,
    "published_note": "no date anywhere (only 'Lesezeit: 6 Minuten'); all dates null except the Series A ('2024')",
    "language": "de",
    "deals": [
        D("mitsui-shiranui-seriesb", ["Mitsui & Co.", "Shiranui Compute"], "investment", 21e9, "JPY", "exact", None,
          "completed", True,
          "Frau Shirakawa, Ihre Firma hat gerade 21 Milliarden Yen von Investoren unter Führung von Mitsui eingesammelt.",
          alt_amounts=[alt(143e6, "USD")],
          note="'Ihre Firma' = Shiranui Compute (intro); question of the interviewer; no date; USD figure from 016"),
        D("genkai-shiranui-seriesa", ["Genkai Capital", "Shiranui Compute"], "investment", 8.5e9, "JPY", "exact", "2024",
          "completed", True,
          "Unser erster Investor Genkai Capital, der 2024 unsere Series A mit 8,5 Milliarden Yen angeführt hat, ist weiter an Bord.",
          note="'unser' = Shiranui; restated"),
        D("kddi-shiranui-compute-2025", ["KDDI", "Shiranui Compute"], "cloud_contract", 30e9, "JPY", "exact", None,
          "signed", True,
          "Der Vertrag läuft drei Jahre und hat ein Volumen von 30 Milliarden Yen.",
          note="customer KDDI named in the question before ('Ihr größter Kunde ist KDDI.'); no date; different from KDDI's second order of 2026 (019)"),
    ],
    "not_deals": ["mehr als 500 Millionen Yen", "19 Yen je Kilowattstunde", "14 Millionen Yen im Jahr",
                  "110 Milliarden Yen", "12,80 Euro", "3.500 Euro"],
}

A["016_shiranui_seriesb_hakata_en.txt"] = {
    "published": "2025-08-06",
    "published_note": "from the line 'Startups · 6 August 2025, 18:20 JST'; 'on Tuesday' -> 2025-08-05",
    "language": "en",
    "deals": [
        D("mitsui-shiranui-seriesb", ["Mitsui & Co.", "Shiranui Compute"], "investment", 21e9, "JPY", "exact",
          "2025-08-05", "completed", True,
          "Fukuoka GPU cloud startup Shiranui Compute K.K. said on Tuesday it had raised ¥21 billion (about $143 million) in a Series B financing headed by Mitsui & Co., one of Japan's big trading houses.",
          alt_amounts=[alt(143e6, "USD")], note="total funding ¥31.3bn and valuation ¥110bn are not deals"),
        D("kddi-shiranui-compute-2025", ["KDDI", "Shiranui Compute"], "cloud_contract", 30e9, "JPY", "exact",
          "2025-08-05", "signed", True,
          "At the same time the company disclosed its biggest customer deal so far: KDDI Corp. has committed to buy GPU capacity from Shiranui worth ¥30 billion over three years, starting in October.",
          term=["2025-10", "2028-09"], note="'At the same time' = Tuesday"),
        D("shiranui-kumamoto-site", ["Shiranui Compute"], "capex_plan", 35e9, "JPY", "approx", "2025-08", "planned", False,
          "That hall could cost around ¥35 billion, chief executive Mao Shirakawa said, though no decision has been taken.",
          kind_alt=["project"], note="undecided second site in Kumamoto (previous sentence): vague, optional"),
    ],
    "not_deals": ["¥31.3 billion", "¥110 billion", "up to ¥1 billion per project", "¥2,488.5", "¥246 billion",
                  "¥800/month"],
}

A["017_watt_bit_weekly_en.html"] = {
    "published": "2025-12-11",
    "published_note": "from the visible issue line 'Issue 88 · Thursday 11 December 2025' (also <meta name=pubdate> and JSON-LD); 'on Tuesday' -> 2025-12-09",
    "language": "en",
    "deals": [
        D("sumitomo-hanamizu-stake", ["Sumitomo Corporation", "Hanamizu Data Centers"], "investment", 19e9, "JPY",
          "approx", "2025-12-09", "signed", True,
          "Sumitomo Corp. agreed on Tuesday to buy a 40% stake in Hanamizu Data Centers for about ¥19 billion.",
          kind_alt=["acquisition"]),
        D("hanamizu-hiroshima-project", ["Hanamizu Data Centers"], "capex_plan", 78e9, "JPY", "exact", "2025-09",
          "announced", True,
          "The money backs the Higashihiroshima campus that Hanamizu said in September would cost ¥78 billion.",
          kind_alt=["project"], note="restated; 'in September' -> month"),
        D("tsurugi-kitakaze-cooling-2025", ["Tsurugi Thermal", "Kitakaze Data Works"], "supply", 9.8e9, "JPY", "exact",
          "2025-10", "signed", True,
          "Tsurugi Thermal, whose ¥9.8 billion liquid-cooling order from Kitakaze Data Works in October was the biggest in its history, will open a service depot in Sapporo in the spring.",
          note="restated in a relative clause"),
        D("kddi-sharp-sakai-purchase", ["KDDI", "Sharp"], "acquisition", None, None, None, "2024", "completed", False,
          "It bought the buildings from Sharp last year for a sum it never disclosed.",
          note="'It' = KDDI (previous sentence); price undisclosed; different from the 2024 basic agreement (004) and from SoftBank Corp's purchase (011, 012)"),
    ],
    "not_deals": ["¥7.5 million a year", "¥1.9 trillion", "¥26.4/kWh", "¥48,000", "¥2,200 a month"],
}

A["018_hanamizu_setonaikai_en.txt"] = {
    "published": "2025-09-19",
    "published_note": "from the date line 'Friday, September 19, 2025' and dateline 'HIGASHIHIROSHIMA, Sept. 18'; 'on Thursday' -> 2025-09-18",
    "language": "en",
    "deals": [
        D("hanamizu-hiroshima-project", ["Hanamizu Data Centers"], "capex_plan", 78e9, "JPY", "exact", "2025-09-18",
          "announced", True,
          "HIGASHIHIROSHIMA, Sept. 18 — Hanamizu Data Centers Inc., a Hiroshima start-up backed by local manufacturers, on Thursday unveiled plans for a ¥78 billion data-centre campus on former farmland in the Saijo district, with 80 megawatts of capacity built in two phases.",
          kind_alt=["project"]),
        D("chugoku-hanamizu-supply", ["Chugoku Electric Power", "Hanamizu Data Centers"], "supply", None, None, None,
          "2025-09-18", "negotiating", False,
          "The company said it had agreed in principle with Chugoku Electric Power Co. on a grid connection and on supplying the site with renewable power.",
          note="agreement in principle, no terms"),
        D("sumitomo-hanamizu-stake", ["Sumitomo Corporation", "Hanamizu Data Centers"], "investment", None, None, None,
          "2025", "rumored", False,
          "People familiar with the matter said Sumitomo Corp. was the leading candidate.",
          kind_alt=["acquisition"],
          note="talks about an equity partner (previous sentence), no amount; signed in December (017); the year keeps the shared id's dates consistent"),
    ],
    "not_deals": ["¥2.4 billion", "up to ¥3 billion", "about ¥21,000 per square metre", "roughly ¥900 million a year",
                  "¥320 million", "¥6,800 per person"],
}

A["019_kazane_tsurugi_aktienbucht.txt"] = {
    "published": "2026-10-14",
    "published_note": "from the portal stamp '14.10.2026 | 07:55 Uhr'; 'am Dienstag' -> 2026-10-13; 'seit Juli' -> 2026-07; 'im Mai' -> 2026-05; 'vor einem Jahr' / 'aus dem vergangenen Jahr' -> 2025",
    "language": "de",
    "deals": [
        D("kazane-tsurugi-acquisition", ["Kazane Electric", "Tsurugi Thermal"], "acquisition", 64e9, "JPY", "exact",
          "2026-10-13", "signed", True,
          "Für sämtliche Anteile des bislang familiengeführten Unternehmens aus Higashiosaka zahlt Kazane 64 Milliarden Yen, umgerechnet rund 360 Millionen Euro.",
          alt_amounts=[alt(360e6, "EUR"), alt(420e6, "USD")],
          note="'des ... Unternehmens aus Higashiosaka' = Tsurugi Thermal (previous sentence); 'am Dienstag' in the next sentence"),
        D("tsurugi-kitakaze-cooling-2025", ["Tsurugi Thermal", "Kitakaze Data Works"], "supply", 9.8e9, "JPY", "exact",
          "2025", "signed", True,
          "Tsurugi hatte vor einem Jahr mit dem 9,8-Milliarden-Yen-Auftrag von Kitakaze Data Works für den Ishikari-Campus Schlagzeilen gemacht und setzte 2025 rund 58 Milliarden Yen um.",
          note="restated as a compound; 'vor einem Jahr' -> year"),
        D("softbank-shiranui-takeover", ["SoftBank Corp", "Shiranui Compute"], "acquisition", 90e9, "JPY", "approx",
          "2026-07", "rumored", True,
          "Insidern zufolge verhandelt SoftBank Corp. seit Juli über eine Übernahme des GPU-Cloudanbieters aus Fukuoka; im Raum stehen rund 90 Milliarden Yen.",
          note="'des GPU-Cloudanbieters aus Fukuoka' = Shiranui Compute (previous sentence); talks ended (020)"),
        D("kddi-shiranui-compute-2026", ["KDDI", "Shiranui Compute"], "cloud_contract", 12e9, "JPY", "exact", "2026-05",
          "signed", True,
          "Shiranui hatte im Mai einen zweiten Auftrag von KDDI über 12 Milliarden Yen erhalten, zusätzlich zum 30-Milliarden-Yen-Vertrag aus dem vergangenen Jahr.",
          note="second KDDI order, different from the 2025 contract in the same sentence"),
        D("kddi-shiranui-compute-2025", ["KDDI", "Shiranui Compute"], "cloud_contract", 30e9, "JPY", "exact", "2025",
          "signed", True,
          "Shiranui hatte im Mai einen zweiten Auftrag von KDDI über 12 Milliarden Yen erhalten, zusätzlich zum 30-Milliarden-Yen-Vertrag aus dem vergangenen Jahr.",
          note="restated as a compound; 'aus dem vergangenen Jahr' -> 2025"),
    ],
    "not_deals": ["rund 58 Milliarden Yen", "4,6 Milliarden Yen", "5.210 Yen", "6.000 Yen", "5.210 JPY", "2.530 JPY", "221,4 JPY",
                  "1 Euro"],
}

A["020_consolidation_regional_racks_en.txt"] = {
    "published": "2026-11-20",
    "published_note": "from the byline 'Posted 20 November 2026'; 'last month' and 'in October' -> 2026-10; 'in July' -> 2026-07; 'in September' -> 2026-09; 'April last year' -> 2025-04",
    "language": "en",
    "deals": [
        D("kazane-tsurugi-acquisition", ["Kazane Electric", "Tsurugi Thermal"], "acquisition", 64e9, "JPY", "exact",
          "2026-10", "signed", True,
          "The biggest industrial deal was Kazane Electric's ¥64 billion purchase of Tsurugi Thermal last month, about $420 million at today's rates.",
          alt_amounts=[alt(420e6, "USD")], note="genitive 'Kazane Electric's'; month only"),
        D("softbank-shiranui-takeover", ["SoftBank Corp", "Shiranui Compute"], "acquisition", 90e9, "JPY", "approx",
          "2026-07", "cancelled", True,
          "SoftBank Corp. and Shiranui Compute have ended talks, first reported in July, on a takeover worth roughly ¥90 billion; both confirmed earlier this month that the discussions had stopped.",
          note="talks ended; keeps the date of the reported talks"),
        D("yamanami-shiranui-ppa", ["Yamanami Energy", "Shiranui Compute"], "supply", 1.9e9, "JPY", "approx", "2026-10",
          "signed", True,
          "Shiranui instead signed a 15-year geothermal power purchase agreement with Yamanami Energy in Oita in October, worth about ¥1.9 billion a year.",
          per="year"),
        D("mitsubishi-kitakaze-stake-2026", ["Mitsubishi Corporation", "Kitakaze Data Works"], "investment", 27e9, "JPY",
          "exact", "2026-09", "completed", True,
          "In Hokkaido, Mitsubishi Corp. paid ¥27 billion in September to lift its stake in Kitakaze's Ishikari project company to 60% from 45%, on top of the ¥54 billion it put in during April last year.",
          kind_alt=["acquisition"],
          note="second Mitsubishi–Kitakaze deal; the comment repeats 'The ¥27bn'"),
        D("mitsubishi-kitakaze-jv", ["Mitsubishi Corporation", "Kitakaze Data Works"], "investment", 54e9, "JPY", "exact",
          "2025-04", "completed", True,
          "In Hokkaido, Mitsubishi Corp. paid ¥27 billion in September to lift its stake in Kitakaze's Ishikari project company to 60% from 45%, on top of the ¥54 billion it put in during April last year.",
          kind_alt=["joint_venture", "acquisition"], note="first deal restated in the same sentence"),
    ],
    "not_deals": ["¥230–260 billion", "about ¥24,500 per kW per month", "¥5,640", "¥500"],
}


def main():
    gold = {"about": ABOUT, "articles": dict(sorted(A.items())), "aliases": ALIASES}
    for a in gold["articles"].values():
        for d in a["deals"]:
            for k in ("amount", "amount_max"):
                if isinstance(d[k], float) and d[k].is_integer():
                    d[k] = int(d[k])
            for x in d.get("alt_amounts", []):
                if isinstance(x["amount"], float) and x["amount"].is_integer():
                    x["amount"] = int(x["amount"])
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(gold['articles'])} articles, "
          f"{sum(len(a['deals']) for a in gold['articles'].values())} deal mentions")


if __name__ == "__main__":
    main()
