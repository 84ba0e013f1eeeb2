#!/usr/bin/env python3
"""Write gold.json for corpus56 (the hand annotation lives here; edit this file, then run it).

Usage: python3 tests/corpus56/make_gold.py
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Hand-annotated deals in the fifty-sixth, held-out test corpus (tests/corpus56/articles/), written for "
    "the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json and "
    "shared/gold/seeds.json. Theme: AI infrastructure in Japan, Korea and Taiwan (SoftBank, KDDI, Sakura "
    "Internet, NTT, Kakao, Naver, SK Telecom, KT, Foxconn/Hon Hai, Quanta, Wistron, TSMC, hyperscaler "
    "pledges) and German coverage of it. One entry per article; a deal that several articles report carries "
    "the same id in each. 'required': false marks amount-less, vague or background mentions that an "
    "extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: "
    "reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a range; "
    "'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') marks a "
    "rate. 'alt_amounts' gives the same deal's amount as the article (or another article) states it in "
    "another currency or precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or "
    "YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own date "
    "line, dateline, byline, issue line, <time> or meta tag, or null when the article has none); 'term' is "
    "the period the deal covers where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' "
    "explains a judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). All deal parties are real companies (plus Japan's Digital Agency and "
    "the Korea Development Bank); their deals follow public reports of 2024-2026 with details shifted or "
    "simplified, and several 2025/2026 deals are invented outright (see README.md). Publications, reporters, "
    "analysts, research houses, advertisers and quoted people are invented (invented_names.txt). Nothing here "
    "is reporting."
)


def D(id, parties, kind, amount, currency, qualifier, date, status, required, evidence,
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


def NA(id, parties, kind, date, status, evidence, note=None, kind_alt=None, required=False):
    """A deal without an amount (optional by convention)."""
    return D(id, parties, kind, None, None, None, date, status, required, evidence,
             kind_alt=kind_alt, note=note)


A = {}

A["001_aws_japan_ostasien_depesche.txt"] = {
    "published": "2024-01-22",
    "published_note": "from the dateline 'TOKIO, 22. Januar 2024 (oad)'; 'am Freitag' -> 2024-01-19; 'im vergangenen Jahr' -> 2023",
    "language": "de",
    "deals": [
        D("aws-japan-2024", ["Amazon"], "capex_plan", 2_260_000_000_000, "JPY", "approx", "2024-01-19",
          "announced", True,
          "Amazon Web Services (AWS) werde bis einschließlich 2027 rund 2,26 Billionen Yen in Rechenzentren in den Ballungsräumen Tokio und Osaka investieren, umgerechnet gut 14 Milliarden Euro, teilte das Unternehmen am Freitag mit.",
          term=["2024", "2027"], alt=[(14_000_000_000, "EUR")], kind_alt=["investment"],
          note="'Amazons Cloudtochter' in the previous sentence; EUR conversion 'gut 14 Milliarden'"),
        D("sakura-gpu-plan", ["Sakura Internet"], "capex_plan", 100_000_000_000, "JPY", "approx", "2023",
          "planned", True,
          "Sakura Internet aus Osaka, dessen Aktie sich seit Oktober fast verdreifacht hat, hatte im vergangenen Jahr angekündigt, bis 2027 etwa 100 Milliarden Yen in Server mit Grafikprozessoren zu stecken; einen Teil schultert der Staat.",
          term=[None, "2027"],
          note="plan announced 'im vergangenen Jahr' (2023); the state's share is a subsidy without a figure here"),
    ],
    "not_deals": ["1,51 Billionen Yen", "5,57 Billionen Yen", "5.370 Yen", "knapp vier Billionen Yen",
                  "40 bis 55 Milliarden Yen", "1.899 Euro"],
}

A["002_microsoft_japan_marunouchi_en.txt"] = {
    "published": "2024-04-11",
    "published_note": "from the byline 'By Ayane Kurosaki-Hart | April 11, 2024'; 'on Wednesday' and 'the same day' -> 2024-04-10; 'in January' -> 2024-01",
    "language": "en",
    "deals": [
        D("microsoft-japan-2024", ["Microsoft"], "capex_plan", 2_900_000_000, "USD", "exact", "2024-04-10",
          "announced", True,
          "Microsoft will invest $2.9 billion in Japanese cloud and artificial-intelligence infrastructure during the next two years, the company said on Wednesday, as Prime Minister Fumio Kishida began a state visit to the United States.",
          term=["2024", "2026"], alt=[(440_000_000_000, "JPY")], kind_alt=["investment"],
          note="'roughly ¥440 billion' in the next sentence is the same pledge (alt amount)"),
        D("google-japan-cables-2024", ["Google"], "project", 1_000_000_000, "USD", "exact", "2024-04-10",
          "announced", True,
          "Google used the same day to say it would spend $1 billion on two new Pacific subsea cables, Proa and Taihei, tying Japan to the US mainland, Hawaii and several island states.",
          kind_alt=["capex_plan", "investment"], note="'the same day' = the Wednesday of Microsoft's pledge"),
        D("aws-japan-2024", ["Amazon"], "capex_plan", 2_260_000_000_000, "JPY", "exact", "2024-01",
          "announced", True,
          "Amazon Web Services had set the bar in January with a ¥2.26 trillion plan running to 2027.",
          term=["2024", "2027"], kind_alt=["investment"], note="restatement of 001"),
    ],
    "not_deals": ["¥5 trillion", "¥200,000 per square metre", "$3.2 trillion", "¥15 million to ¥20 million",
                  "¥38,000", "¥4,000 a month"],
}

A["003_japan_woche_serverraum_post.txt"] = {
    "published": "2024-04-19",
    "published_note": "from the issue line 'Ausgabe 16/2024 · Freitag, 19. April 2024'; 'am Mittwoch' -> 2024-04-17; 'vergangene Woche' -> 2024-04",
    "language": "de",
    "deals": [
        D("oracle-japan-2024", ["Oracle"], "capex_plan", 8_000_000_000, "USD", "at_least", "2024-04-17",
          "announced", True,
          "Der Datenbankkonzern will über ein Jahrzehnt hinweg mehr als acht Milliarden Dollar in japanische Rechenzentren, Cloud-Dienste und KI-Kapazität stecken, gab Oracle am Mittwoch bekannt – über 7,5 Milliarden Euro.",
          term=["2024", "2034"], alt=[(7_500_000_000, "EUR")], kind_alt=["investment"],
          note="amount in words; ten years ('über ein Jahrzehnt hinweg')"),
        D("microsoft-japan-2024", ["Microsoft"], "capex_plan", 2_900_000_000, "USD", "exact", "2024-04",
          "announced", True,
          "Erst vergangene Woche hatte Microsoft eine Zusage über 2,9 Milliarden Dollar gemacht, verteilt auf zwei Jahre (wir berichteten).",
          term=["2024", "2026"], kind_alt=["investment"], note="restatement of 002; 'vergangene Woche' gives the month"),
        D("softbank-compute-2024", ["SoftBank"], "capex_plan", 150_000_000_000, "JPY", "approx", "2024-04",
          "planned", True,
          "Der Mobilfunker SoftBank will seine eigene Investition in die Rechenplattform damit auf rund 150 Milliarden Yen für 2023 und 2024 aufstocken, gut 900 Millionen Euro.",
          term=["2023", "2024"], alt=[(900_000_000, "EUR")],
          note="SoftBank Corp. (the mobile arm; one canonical SoftBank); the METI subsidies of ¥42.1bn and ¥10.2bn in the previous sentence are not deals; announcement day not given -> month of the issue"),
    ],
    "not_deals": ["42,1 Milliarden Yen", "10,2 Milliarden Yen", "3,3 Billionen Yen", "23 Yen je Kilowattstunde",
                  "149 Euro", "14 Milliarden Dollar", "190 Euro", "49 Euro"],
}

A["004_kddi_sharp_sakai_senshu_en.txt"] = {
    "published": "2024-06-04",
    "published_note": "from the date line 'SENSHU BAY TIMES · Business · Tuesday, June 4, 2024 · Sakai'; 'on Monday' -> 2024-06-03",
    "language": "en",
    "deals": [
        NA("kddi-sharp-sakai", ["KDDI", "Sharp"], "acquisition", "2024-06-03", "signed",
           "KDDI, Japan's second-largest mobile carrier, signed a basic agreement with Sharp on Monday to take over part of the site and turn it into one of the country's largest AI computing hubs.",
           kind_alt=["other"], note="basic agreement, purchase price not disclosed -> optional"),
        D("kddi-sakai-dc", ["KDDI"], "project", 100_000_000_000, "JPY", "approx", "2024-06-03", "planned", True,
          "KDDI said the project, which it plans to run with servers from Supermicro built around Nvidia's newest chips, could absorb investments of around ¥100 billion once fully built out.",
          kind_alt=["capex_plan"],
          note="project cost of KDDI's Sakai AI data centre (invented figure); Supermicro and Nvidia are suppliers named without a deal value"),
        D("foxconn-sharp-2016", ["Foxconn", "Sharp"], "acquisition", 388_800_000_000, "JPY", "exact", "2016",
          "completed", False,
          "Sharp has been controlled since 2016 by Taiwan's Hon Hai Precision Industry, better known as Foxconn, which paid ¥388.8 billion for a two-thirds stake at the time.",
          note="background: the 2016 takeover"),
    ],
    "not_deals": ["¥430 billion", "¥149.9 billion", "¥2.4 billion a year", "¥6.8 billion", "¥886", "¥4,351",
                  "¥3,000"],
}

A["005_skt_sgh_boersenlotse.html"] = {
    "published": "2024-07-16",
    "published_note": "from the visible '16.07.2024 · 08:05 Uhr' (also <meta name=date> and JSON-LD); 'am Montag' -> 2024-07-15",
    "language": "de",
    "deals": [
        D("skt-sgh-2024", ["SK Telecom", "SMART Global Holdings"], "investment", 200_000_000, "USD", "exact",
          "2024-07-15", "signed", True,
          "Der südkoreanische Mobilfunkkonzern SK Telecom beteiligt sich mit 200 Millionen Dollar an der US-Firma SMART Global Holdings (SGH).",
          alt=[(183_000_000, "EUR")],
          note="'am Montag' in the next sentence; 'rund 183 Millionen Euro' two sentences later is the same deal"),
        D("skt-anthropic-2023", ["SK Telecom", "Anthropic"], "investment", 100_000_000, "USD", "exact", "2023",
          "completed", False,
          "Für SK Telecom ist es nicht die erste Wette auf KI: Schon im Sommer 2023 hatte der Konzern 100 Millionen Dollar in das US-Start-up Anthropic gesteckt.",
          note="background"),
    ],
    "not_deals": ["32,81 Dollar", "knapp 650 Millionen Dollar", "25,40 Dollar", "zwischen 275 und 325 Millionen Dollar",
                  "52.800 Won", "Kursziel 30 Dollar", "500 Euro"],
}

A["006_kt_microsoft_gwanghwamun_en.txt"] = {
    "published": "2024-09-30",
    "published_note": "from 'Published 2024-09-30 10:27 KST'; 'said Sunday' -> 2024-09-29; 'In July' -> 2024-07; 'in April' -> 2024-04",
    "language": "en",
    "deals": [
        D("kt-microsoft-2024", ["KT", "Microsoft"], "partnership", 2_400_000_000_000, "KRW", "exact", "2024-09-29",
          "signed", True,
          "KT and Microsoft will jointly invest 2.4 trillion won ($1.8 billion) over the next five years in AI models, cloud services and data-centre capacity tailored to Korean customers, the two companies said Sunday.",
          term=["2024", "2029"], alt=[(1_800_000_000, "USD")], kind_alt=["investment", "joint_venture", "capex_plan"]),
        D("skt-sgh-2024", ["SK Telecom", "SMART Global Holdings"], "investment", 200_000_000, "USD", "exact",
          "2024-07", "signed", True,
          "In July, rival SK Telecom put $200 million into SMART Global Holdings, a US maker of server clusters, and Microsoft itself promised in April to spend $2.9 billion in Japan.",
          note="restatement of 005; two deals in one sentence"),
        D("microsoft-japan-2024", ["Microsoft"], "capex_plan", 2_900_000_000, "USD", "exact", "2024-04",
          "announced", True,
          "In July, rival SK Telecom put $200 million into SMART Global Holdings, a US maker of server clusters, and Microsoft itself promised in April to spend $2.9 billion in Japan.",
          kind_alt=["investment"], note="restatement of 002"),
    ],
    "not_deals": ["about 600 billion won a year", "41,250 won", "10.6 trillion won", "4.6 trillion won",
                  "1.5 trillion won", "1 trillion won", "3,300 won"],
}

A["007_foxconn_kaohsiung_platinen_report.txt"] = {
    "published": "2024-10-09",
    "published_note": "from the issue line 'Nr. 41/2024 · 9.10.2024'; 'am Dienstag' -> 2024-10-08; 'im Sommer' -> 2024",
    "language": "de",
    "deals": [
        NA("foxconn-nvidia-kaohsiung-2024", ["Foxconn", "Nvidia"], "partnership", "2024-10-08", "announced",
           "Der Auftragsfertiger Hon Hai Precision Industry, international als Foxconn bekannt, will zusammen mit Nvidia in Kaohsiung den leistungsstärksten KI-Supercomputer Taiwans errichten.",
           kind_alt=["project"],
           note="no cost given ('was sie kostet, verriet Foxconn nicht') -> optional; different from the 2025 AI factory in 013"),
        D("foxconn-mexico-2024", ["Foxconn"], "investment", 250_000_000, "USD", "approx", "2024", "announced", True,
          "Der Verwaltungsrat hatte im Sommer eine Kapitalspritze von umgerechnet rund 250 Millionen US-Dollar für die dortige Tochter genehmigt.",
          kind_alt=["capex_plan"],
          note="'Der Verwaltungsrat' = Hon Hai's board, 'die dortige Tochter' = the Guadalajara unit (previous sentence); invented figure; different from the 2026 Houston injection in 018"),
    ],
    "not_deals": ["1,85 Billionen Taiwan-Dollar", "rund drei Millionen Dollar", "136 Milliarden Taiwan-Dollar",
                  "rund 92 Milliarden", "213 Taiwan-Dollar", "knapp 2,1 Milliarden Taiwan-Dollar", "690 Euro"],
}

STARGATE = ["SoftBank", "OpenAI", "Oracle", "MGX"]

A["008_stargate_tsmc_hamarikyu_en.txt"] = {
    "published": "2025-01-23",
    "published_note": "from 'Updated Jan. 23, 2025, 4:10 a.m. JST' and the dateline 'TOKYO, Jan 23'; 'on Tuesday in Washington' -> 2025-01-21; 'last week' -> 2025-01",
    "language": "en",
    "deals": [
        D("stargate-2025", STARGATE, "joint_venture", 500_000_000_000, "USD", "up_to", "2025-01-21", "announced", True,
          "SoftBank Group shares closed 10.6% higher on Wednesday after founder Masayoshi Son appeared at the White House alongside OpenAI, Oracle and Abu Dhabi's MGX to unveil Stargate, a venture meant to channel up to $500 billion into US AI infrastructure over four years.",
          term=["2025", "2029"], kind_alt=["project", "investment"],
          note="'on Wednesday' is the share move; the announcement was 'on Tuesday in Washington' (next sentence); the $100bn first tranche and the $19bn equity commitments are parts of this deal (not_deals)"),
        NA("softbank-openai-japan-jv", ["SoftBank", "OpenAI"], "joint_venture", "2025", "negotiating",
           "Separately, two people who have seen drafts said SoftBank and OpenAI were discussing a joint venture in Japan that would sell OpenAI's enterprise tools to large Japanese companies.",
           note="talks, no amount -> optional; announced in 009 on 2025-02-03 (year only here so the shared id's dates agree)"),
        D("tsmc-capex-2025", ["TSMC"], "capex_plan", 38_000_000_000, "USD", "range", "2025-01", "announced", True,
          "The world's largest contract chipmaker guided 2025 capital expenditure to between $38 billion and $42 billion, up from $29.8 billion spent last year, after reporting a 57% jump in fourth-quarter net profit to NT$374.7 billion.",
          amount_max=42_000_000_000, term=["2025", "2025"],
          note="'The world's largest contract chipmaker' = TSMC (previous sentence, 'last week'); $29.8bn is past spending"),
    ],
    "not_deals": ["$100 billion", "$19 billion", "¥1.3 trillion", "$201.45", "$157 billion", "$29.8 billion",
                  "NT$374.7 billion", "$45 billion to $55 billion"],
}

A["009_softbank_openai_kurpfalz.txt"] = {
    "published": "2025-02-04",
    "published_note": "from the date line 'Dienstag, 4. Februar 2025 | Unternehmen & Märkte | Seite 15'; 'am Montag' -> 2025-02-03; 'Am heutigen Dienstag' -> 2025-02-04; 'im Januar' -> 2025-01",
    "language": "de",
    "deals": [
        D("softbank-openai-3bn-year", ["SoftBank", "OpenAI"], "cloud_contract", 3_000_000_000, "USD", "exact",
          "2025-02-03", "announced", True,
          "Die SoftBank-Gruppe will künftig jährlich drei Milliarden Dollar, nach aktuellem Kurs knapp 2,9 Milliarden Euro, ausgeben, um die Software von OpenAI in all ihren Konzerngesellschaften einzusetzen.",
          per="year", alt=[(2_900_000_000, "EUR")], kind_alt=["other", "partnership", "supply"],
          note="yearly spending on OpenAI software; 'am Montag' in the next sentence; different from the $40bn investment and the 2026 talks"),
        NA("softbank-openai-japan-jv", ["SoftBank", "OpenAI"], "joint_venture", "2025-02-03", "announced",
           "Zudem gründen die beiden Seiten ein Gemeinschaftsunternehmen namens SB OpenAI Japan, an dem sie je zur Hälfte beteiligt sind.",
           note="'die beiden Seiten' = SoftBank and OpenAI; capital not disclosed -> optional"),
        D("stargate-2025", STARGATE, "joint_venture", 500_000_000_000, "USD", "up_to", "2025-01", "announced", True,
          "Schon im Januar hatten SoftBank, OpenAI, Oracle und der Staatsfonds MGX in Washington das Vorhaben Stargate präsentiert, über das bis zu 500 Milliarden Dollar in amerikanische Rechenzentren fließen sollen.",
          kind_alt=["project", "investment"], note="restatement of 008"),
        D("softbank-openai-40bn", ["SoftBank", "OpenAI"], "investment", 40_000_000_000, "USD", "up_to", "2025",
          "rumored", True,
          "Insidern zufolge verhandelt SoftBank zudem über eine direkte Beteiligung von bis zu 40 Milliarden Dollar an OpenAI, bei einer Bewertung des ChatGPT-Anbieters von rund 300 Milliarden Dollar.",
          note="rumour; signed on 2025-03-31 (010), the year keeps the shared id's dates consistent; the valuation is a not_deal"),
        NA("kakao-openai-2025", ["Kakao", "OpenAI"], "partnership", "2025-02-04", "planned",
           "In Seoul will er mit dem Plattformkonzern Kakao eine Partnerschaft für KI-Dienste im Messenger Kakao Talk besiegeln; Geld fließt dabei nach Unternehmensangaben nicht.",
           note="'er' = Altman (OpenAI); no money -> optional"),
    ],
    "not_deals": ["rund 300 Milliarden Dollar", "9.811 Yen", "42.600 Won", "gut 1,3 Milliarden Euro",
                  "20 Dollar im Monat", "200 Dollar", "1.180 Euro"],
}

A["010_softbank_openai_kabuto_en.txt"] = {
    "published": "2025-04-01",
    "published_note": "from the byline line 'Apr 1, 2025 · 06:15 JST'; 'on Monday' -> 2025-03-31; 'last week' -> 2025-03; 'In February' -> 2025-02; 'last month' and 'in March' -> 2025-03",
    "language": "en",
    "deals": [
        D("softbank-openai-40bn", ["SoftBank", "OpenAI"], "investment", 40_000_000_000, "USD", "exact",
          "2025-03-31", "signed", True,
          "SoftBank Group will lead a $40 billion financing round in OpenAI that values the ChatGPT maker at $300 billion, OpenAI and SoftBank announced on Monday.",
          note="SoftBank's own $30bn, the first $10bn and the possible $20bn are parts of the round (not_deals)"),
        D("softbank-mizuho-loan", ["SoftBank", "Mizuho"], "other", 15_000_000_000, "USD", "approx", "2025-03",
          "signed", True,
          "To bridge the gap, SoftBank signed a one-year loan of about $15 billion with a group of banks led by Mizuho Financial Group last week, three people involved in the financing said.",
          kind_alt=["investment"], note="bridge loan; 'last week' from Tuesday 1 April -> late March; amount shifted"),
        D("softbank-openai-3bn-year", ["SoftBank", "OpenAI"], "cloud_contract", 3_000_000_000, "USD", "exact",
          "2025-02", "announced", True,
          "In February the group pledged to pay $3 billion every year for OpenAI software used across its businesses, and last month it struck a $6.5 billion all-cash deal for Ampere Computing, an Oracle-backed designer of server processors in Santa Clara.",
          per="year", kind_alt=["other", "partnership", "supply"], note="restatement of 009; 'the group' = SoftBank"),
        D("softbank-ampere", ["SoftBank", "Ampere Computing"], "acquisition", 6_500_000_000, "USD", "exact",
          "2025-03", "signed", True,
          "In February the group pledged to pay $3 billion every year for OpenAI software used across its businesses, and last month it struck a $6.5 billion all-cash deal for Ampere Computing, an Oracle-backed designer of server processors in Santa Clara.",
          note="two deals in one sentence; Oracle is only a backer of Ampere"),
        D("softbank-sharp-sakai", ["SoftBank", "Sharp"], "acquisition", 100_000_000_000, "JPY", "approx", "2025-03",
          "signed", True,
          "SoftBank Corp., the group's mobile arm, also agreed in March to buy most of Sharp's idle Sakai plant for about ¥100 billion to convert it into an AI computing site.",
          note="SoftBank Corp. under the one canonical SoftBank; price and month shifted; different from KDDI's Sakai agreement (004)"),
    ],
    "not_deals": ["$300 billion", "$30 billion", "$10 billion", "$20 billion", "¥7,490", "$12.7 billion",
                  "¥20 trillion", "¥1,980 a month"],
}

A["011_nvidia_usa_aktienlupe.txt"] = {
    "published": "2025-04-15",
    "published_note": "from the date line '15.04.2025 | 07:32 | Redaktion Taipeh'; 'am Montag' -> 2025-04-14; 'Anfang März' -> 2025-03; 'vergangene Woche' -> 2025-04",
    "language": "de",
    "deals": [
        D("nvidia-us-500bn", ["Nvidia", "Foxconn", "Wistron"], "project", 500_000_000_000, "USD", "up_to",
          "2025-04-14", "announced", True,
          "Nvidia hat am Montag angekündigt, in den kommenden vier Jahren gemeinsam mit seinen Fertigungspartnern KI-Infrastruktur im Wert von bis zu 500 Milliarden Dollar in den Vereinigten Staaten herzustellen.",
          term=["2025", "2029"], kind_alt=["capex_plan", "partnership"],
          note="production value, not Nvidia's own spending; the partners Foxconn (Houston) and Wistron (Fort Worth) are named in the next sentence"),
        D("tsmc-us-100bn", ["TSMC"], "capex_plan", 100_000_000_000, "USD", "exact", "2025-03", "announced", True,
          "Schon Anfang März hatte TSMC angekündigt, weitere 100 Milliarden Dollar in Chipfabriken in Arizona zu investieren; damit summieren sich die US-Zusagen des Chipriesen auf 165 Milliarden Dollar.",
          kind_alt=["investment", "project"], note="the $165bn cumulative total is a not_deal"),
        D("wistron-texas-2025", ["Wistron"], "investment", 16_500_000_000, "TWD", "up_to", "2025-04", "announced", True,
          "Der Verwaltungsrat billigte vergangene Woche eine Kapitalerhöhung der texanischen Tochter um bis zu 16,5 Milliarden Taiwan-Dollar, umgerechnet etwa 500 Millionen US-Dollar.",
          alt=[(500_000_000, "USD")], kind_alt=["capex_plan"],
          note="'Der Verwaltungsrat' = Wistron's board (previous sentence); invented figure; different from the 2026 Fort Worth lease (020)"),
    ],
    "not_deals": ["39,3 Milliarden Dollar", "165 Milliarden Dollar", "98,20 €", "4,05 €", "2,71 €", "148,60 €",
                  "rund 8 Billionen Taiwan-Dollar", "210 Taiwan-Dollar", "3,90 Euro"],
}

A["012_ntt_nttdata_otemachi_en.html"] = {
    "published": "2025-05-09",
    "published_note": "only from <meta property=article:published_time> and JSON-LD datePublished (2025-05-09T07:45+09:00); no visible date; 'on Thursday' -> 2025-05-08; 'in 2023' -> 2023",
    "language": "en",
    "deals": [
        D("ntt-nttdata-2025", ["NTT", "NTT Data"], "acquisition", 2_370_000_000_000, "JPY", "approx", "2025-05-08",
          "announced", True,
          "NTT will buy out the minority shareholders of NTT Data Group in a tender offer worth about ¥2.37 trillion ($16.4 billion), Japan's largest telecom group said on Thursday, folding its fast-growing data-centre and IT-services arm back into the parent.",
          alt=[(16_400_000_000, "USD")], note="tender offer for the minority; the per-share price is a not_deal"),
        D("nttdata-dc-capex", ["NTT Data"], "capex_plan", 1_500_000_000_000, "JPY", "at_least", "2023", "planned", True,
          "The unit had laid out plans in 2023 to spend more than ¥1.5 trillion on data centres in the three years to March 2026, and expects demand from AI customers to keep climbing.",
          term=["2023", "2026-03"], note="'The unit' = NTT Data; figure and period shifted"),
    ],
    "not_deals": ["¥4,000 a share", "¥3,970", "¥5.6 trillion", "¥4.4 trillion", "¥1 trillion", "¥4,000/share",
                  "¥143.7 per dollar", "¥68,000", "¥1,200 a month"],
}

A["013_computex_ticker_halbleiter_kurier.txt"] = {
    "published": "2025-05-19",
    "published_note": "from the liveblog line 'Zuletzt aktualisiert: 19.05.2025, 17:48 Uhr'; 'im April' -> 2025-04; the Computex entries of the day -> 2025-05-19",
    "language": "de",
    "deals": [
        D("wistron-texas-2025", ["Wistron"], "investment", 16_500_000_000, "TWD", "up_to", "2025-04", "announced", True,
          "Die im April beschlossene Kapitalerhöhung für die US-Tochter über bis zu 16,5 Milliarden Taiwan-Dollar sei „voll eingeplant“, sagt ein Manager am Stand.",
          kind_alt=["capex_plan"], note="restatement of 011; Wistron named in the previous sentence"),
        D("quanta-capex-2025", ["Quanta"], "capex_plan", 40_000_000_000, "TWD", "approx", "2025-05", "planned", True,
          "Der Serverbauer will 2025 rund 40 Milliarden Taiwan-Dollar investieren, vor allem in Werke in den USA und in Mexiko, heißt es aus dem Unternehmen.",
          term=["2025", "2025"],
          note="'Der Serverbauer' = Quanta (previous sentence); invented figure; different from Quanta's 2026 plan (018)"),
        D("foxconn-nvidia-ai-factory-2025", ["Foxconn", "Nvidia"], "project", 1_400_000_000, "USD", "approx",
          "2025-05-19", "announced", True,
          "Hon Hai beziffert die erste Ausbaustufe auf knapp 1,4 Milliarden US-Dollar; Rechenzeit sollen auch Forschungsinstitute und TSMC mieten können.",
          kind_alt=["joint_venture", "partnership"],
          note="the AI factory with Nvidia and Taiwan's government is named in the previous sentence; invented figure; the state's NT$3bn is a subsidy (not_deal); TSMC is only a possible renter; different from the 2024 Kaohsiung supercomputer (007)"),
        NA("nvidia-constellation-2025", ["Nvidia"], "project", "2025-05-19", "announced",
           "Nvidias neue Taiwan-Zentrale „Constellation“ soll in Beitou-Shilin im Norden Taipehs entstehen; eine Summe nennt der Konzern nicht.",
           note="no amount -> optional"),
    ],
    "not_deals": ["112 Taiwan-Dollar", "17,9 Milliarden Taiwan-Dollar", "3 Milliarden Taiwan-Dollar",
                  "rund 3,3 Billionen Dollar", "200 Taiwan-Dollar", "3.500 Euro"],
}

A["014_sk_aws_ulsan_namsan_en.txt"] = {
    "published": "2025-06-23",
    "published_note": "from 'NAMSAN NEWSWIRE | Mon 23 Jun 2025 06:40 GMT' and the dateline 'SEOUL, June 23'; 'on Friday' -> 2025-06-20; 'Earlier this month' -> 2025-06",
    "language": "en",
    "deals": [
        D("sk-aws-ulsan", ["SK Telecom", "Amazon"], "project", 7_000_000_000_000, "KRW", "approx", "2025-06-20",
          "announced", True,
          "SK Telecom and Amazon Web Services will build an AI data centre in the south-eastern port city of Ulsan, with total investment expected to reach around 7 trillion won ($5.1 billion), the partners said on Friday.",
          alt=[(5_100_000_000, "USD")], kind_alt=["joint_venture", "capex_plan", "investment"],
          note="AWS's expected $4bn share is a part of the project (not_deal); figures shifted"),
        D("aws-taiwan-2025", ["Amazon"], "capex_plan", 5_000_000_000, "USD", "at_least", "2025-06", "announced", True,
          "Earlier this month AWS opened a cloud region in Taipei and pledged to invest more than $5 billion in Taiwan over 15 years.",
          term=["2025", "2040"], kind_alt=["investment"],
          note="different from AWS's equally sized Korea pledge (016); month shifted"),
    ],
    "not_deals": ["$4 billion", "100 trillion won", "182 won per kilowatt-hour", "12 billion to 15 billion won per megawatt",
                  "250 billion won", "57,600 won", "$11.5 billion"],
}

A["015_lordstown_softbank_stahlblech.txt"] = {
    "published": "2025-08-20",
    "published_note": "from the byline 'veröffentlicht am 20.08.2025 von Friederike Ostermann-Ito'; 'Anfang August' and 'Vergangene Woche' -> 2025-08; 'Im Frühjahr' -> 2025; 'im Januar' -> 2025-01",
    "language": "de",
    "deals": [
        D("foxconn-lordstown-motors-2022", ["Foxconn", "Lordstown Motors"], "acquisition", 230_000_000, "USD",
          "exact", "2022", "completed", False,
          "2022 übernahm Foxconn die Halle für 230 Millionen Dollar und wollte selbst Elektroautos bauen – daraus wurde nichts.",
          note="background; the seller Lordstown Motors is named in the previous sentence"),
        D("softbank-foxconn-lordstown", ["SoftBank", "Foxconn"], "acquisition", 375_000_000, "USD", "exact",
          "2025-08", "completed", True,
          "Anfang August verkaufte Foxconn das Werk samt Maschinen für 375 Millionen Dollar an eine bis dahin unbekannte Firma namens Crescent Dune.",
          note="the buyer Crescent Dune is revealed as SoftBank in the next sentence ('dahinter SoftBank'); different from the joint venture to run the plant"),
        NA("softbank-foxconn-ohio-jv", ["SoftBank", "Foxconn"], "joint_venture", "2025-08", "planned",
           "Der japanische Konzern will dort Ausrüstung für Rechenzentren fertigen lassen, und zwar vom Verkäufer: Foxconn soll die Fabrik in einem Gemeinschaftsunternehmen mit SoftBank betreiben.",
           note="no financial details -> optional; must stay apart from the $375m purchase"),
        D("softbank-sharp-sakai", ["SoftBank", "Sharp"], "acquisition", 100_000_000_000, "JPY", "approx", "2025",
          "signed", True,
          "Im Frühjahr hatte sich die Mobilfunktochter SoftBank Corp. für rund 100 Milliarden Yen große Teile des stillgelegten Sharp-Werks in Sakai gesichert, ebenfalls für ein KI-Rechenzentrum.",
          note="restatement of 010; 'Im Frühjahr' -> year"),
        D("stargate-2025", STARGATE, "joint_venture", 500_000_000_000, "USD", "up_to", "2025-01", "announced", True,
          "Und über Stargate, das im Januar mit OpenAI, Oracle und MGX vorgestellte Gemeinschaftsprojekt, sollen bis zu 500 Milliarden Dollar in US-Rechenzentren gehen.",
          kind_alt=["project", "investment"], note="restatement of 008; SoftBank is the subject of the paragraph"),
    ],
    "not_deals": ["40 bis 50 Milliarden Dollar", "gut 10 Billionen Yen", "bis zu 18 Millionen Dollar", "4 Euro monatlich"],
}

A["016_aws_korea_pacific_rack_en.txt"] = {
    "published": "2025-10-30",
    "published_note": "from 'News desk · Posted Oct 30, 2025'; 'on Wednesday' -> 2025-10-29; 'in June' -> 2025-06; 'At the start of the month' -> 2025-10",
    "language": "en",
    "deals": [
        D("aws-korea-2025", ["Amazon"], "capex_plan", 5_000_000_000, "USD", "exact", "2025-10-29", "announced", True,
          "Amazon Web Services plans to invest an additional $5 billion in South Korea through 2031 to build new AI-ready data centres, the company announced on Wednesday at the APEC CEO Summit in Gyeongju.",
          term=["2025", "2031"], alt=[(7_200_000_000_000, "KRW")], kind_alt=["investment"],
          note="'about 7.2 trillion won' in the next sentence; the 5.8 trillion won spent before is a cumulative total (not_deal); different from the Taiwan pledge in the same paragraph"),
        D("sk-aws-ulsan", ["SK Telecom", "Amazon"], "project", 7_000_000_000_000, "KRW", "exact", "2025-06",
          "announced", True,
          "It also comes on top of the Ulsan AI campus with SK Telecom, put at 7 trillion won when the two sides presented it in June.",
          kind_alt=["joint_venture", "capex_plan", "investment"], note="restatement of 014; 'It' = AWS's pledge"),
        D("aws-taiwan-2025", ["Amazon"], "capex_plan", 5_000_000_000, "USD", "at_least", "2025-06", "announced", True,
          "For AWS it is the second $5 billion-plus Asian pledge in five months: in June it promised more than $5 billion for Taiwan over 15 years alongside its new Taipei region.",
          term=["2025", "2040"], kind_alt=["investment"], note="restatement of 014"),
        NA("samsung-openai-loi-2025", ["Samsung Electronics", "OpenAI"], "supply", "2025-10", "signed",
           "At the start of the month Samsung Electronics and SK hynix signed letters of intent with OpenAI to supply memory chips for its Stargate project, and SK Telecom agreed to explore a data centre with OpenAI in the country's southwest.",
           note="letter of intent, no price -> optional"),
        NA("skhynix-openai-loi-2025", ["SK hynix", "OpenAI"], "supply", "2025-10", "signed",
           "At the start of the month Samsung Electronics and SK hynix signed letters of intent with OpenAI to supply memory chips for its Stargate project, and SK Telecom agreed to explore a data centre with OpenAI in the country's southwest.",
           note="letter of intent, no price -> optional"),
        NA("skt-openai-dc-2025", ["SK Telecom", "OpenAI"], "partnership", "2025-10", "announced",
           "At the start of the month Samsung Electronics and SK hynix signed letters of intent with OpenAI to supply memory chips for its Stargate project, and SK Telecom agreed to explore a data centre with OpenAI in the country's southwest.",
           kind_alt=["project"], note="exploratory, no price -> optional"),
    ],
    "not_deals": ["more than 5.8 trillion won", "$33.0 billion", "10.1 trillion won", "210,000 won per kW per month",
                  "US$390", "US$14 monthly"],
}

A["017_interview_korea_ostwind.txt"] = {
    "published": None,
    "published_note": "no date in the article (only 'Lesezeit: 6 Minuten'); 'Ende Oktober 2025' -> 2025-10; other deals undated",
    "language": "de",
    "deals": [
        NA("nvidia-korea-gpus-2025", ["Nvidia"], "supply", "2025-10", "announced",
           "Ostwind: Frau Albrecht-Kang, Nvidia hat Ende Oktober 2025 in Gyeongju die Lieferung von 260.000 Grafikprozessoren nach Korea angekündigt.",
           note="no total price ('Einen Gesamtpreis hat niemand genannt'); buyers not named in this sentence -> optional"),
        NA("nvidia-naver-2025", ["Nvidia", "Naver"], "supply", "2025-10", "announced",
           "Allein Naver Cloud soll 60.000 Stück bekommen, mehr als Samsung oder die SK-Gruppe.",
           note="Naver's share of the Nvidia delivery, no price -> optional; the chip price range is a not_deal; different from the 2026 follow-on order (020)"),
        D("naver-ai-dc-plan", ["Naver"], "capex_plan", 3_000_000_000_000, "KRW", "approx", None, "announced", True,
          "Albrecht-Kang: Naver hat angekündigt, bis 2030 rund drei Billionen Won in KI-Rechenzentren zu investieren, und verdient operativ etwa zwei Billionen Won im Jahr.",
          term=[None, "2030"], note="invented figure; undated interview -> date null; the operating profit is a not_deal"),
        D("kakao-capex", ["Kakao"], "capex_plan", 600_000_000_000, "KRW", "approx", None, "planned", True,
          "Der Konzern hat für das laufende Jahr Investitionen von knapp 600 Milliarden Won eingeplant, vieles davon für das Rechenzentrum in Ansan.",
          note="'Der Konzern' = Kakao (question before); 'das laufende Jahr' cannot be resolved in an undated interview; invented figure"),
        NA("kakao-openai-2025", ["Kakao", "OpenAI"], "partnership", None, "announced",
           "Die Partnerschaft mit OpenAI ist eher ein Vertriebs- als ein Infrastrukturgeschäft.",
           note="restatement of 009 without date or money -> optional"),
        D("sk-aws-ulsan", ["SK Telecom", "Amazon"], "project", 7_000_000_000_000, "KRW", "approx", None, "announced", True,
          "Das Ulsan-Projekt von SK Telecom und Amazon ist mit rund sieben Billionen Won das größte in Korea.",
          kind_alt=["joint_venture", "capex_plan", "investment"], note="restatement of 014, amount in words, undated"),
        D("kakao-siheung-site", ["Kakao"], "acquisition", 400_000_000_000, "KRW", "approx", None, "cancelled", True,
          "Kakao hat den geplanten Kauf eines Rechenzentrumsgeländes in Siheung für rund 400 Milliarden Won abgeblasen, weil man sich über den Preis nicht einig wurde.",
          note="invented; called-off land purchase, seller not named; undated interview -> date null"),
    ],
    "not_deals": ["30.000 bis 40.000 Dollar", "etwa zwei Billionen Won im Jahr", "rund 180 Won je Kilowattstunde",
                  "200 Millionen Won Jahresgehalt", "12,80 Euro", "64 Euro jährlich"],
}

A["018_tsmc_capex_tamsui_en.html"] = {
    "published": "2026-01-16",
    "published_note": "from the visible <time datetime=2026-01-16> 'Friday, January 16, 2026' (also JSON-LD and <meta name=pubdate>); 'on Thursday' -> 2026-01-15; 'on Wednesday' -> 2026-01-14; 'A year ago' -> 2025-01; 'last year' -> 2025",
    "language": "en",
    "deals": [
        D("tsmc-capex-2026", ["TSMC"], "capex_plan", 52_000_000_000, "USD", "range", "2026-01-15", "announced", True,
          "TSMC plans capital expenditure of US$52 billion to US$56 billion this year, the chipmaker said on Thursday, a jump of up to 37% on the roughly US$40.9 billion it spent in 2025 and well above what analysts had pencilled in.",
          amount_max=56_000_000_000, term=["2026", "2026"],
          note="US$40.9bn is past spending; different from the 2025 guidance in the next paragraph"),
        D("tsmc-capex-2025", ["TSMC"], "capex_plan", 38_000_000_000, "USD", "range", "2025-01", "announced", True,
          "A year ago the company had guided 2025 capex of US$38 billion to US$42 billion, so it landed near the top of that range.",
          amount_max=42_000_000_000, term=["2025", "2025"], note="restatement of 008; 'the company' = TSMC"),
        D("foxconn-houston-2026", ["Foxconn"], "investment", 900_000_000, "USD", "up_to", "2026-01-14", "announced", True,
          "Hon Hai's board on Wednesday approved a capital injection of up to US$900 million into its Houston subsidiary, which assembles Nvidia AI servers, the company said in a filing.",
          kind_alt=["capex_plan"], note="invented; different from the 2024 Mexico injection (007); Nvidia is only the customer"),
        D("quanta-capex-2026", ["Quanta"], "capex_plan", 55_000_000_000, "TWD", "approx", "2026-01", "planned", True,
          "Quanta, for its part, said it would spend about NT$55 billion on new capacity this year, the bulk of it in America.",
          term=["2026", "2026"], note="invented; different from Quanta's 2025 plan (013)"),
        D("wistron-texas-2025", ["Wistron"], "investment", 16_500_000_000, "TWD", "up_to", "2025", "announced", True,
          "Wistron, which last year approved up to NT$16.5 billion for its Texas unit, said the Fort Worth plant had begun shipping racks.",
          kind_alt=["capex_plan"], note="restatement of 011"),
    ],
    "not_deals": ["US$40.9 billion", "NT$505.7 billion", "NT$3.81 trillion", "NT$6 per share", "NT$1,710",
                  "NT$44 trillion", "NT$31.6", "NT$8,800", "NT$25"],
}

A["019_softbank_quartal_finanzblatt.txt"] = {
    "published": "2026-02-13",
    "published_note": "from the date line 'Freitag, 13.2.2026'; 'im Frühjahr 2025' -> 2025; 'im Oktober' -> 2025-10; 'seit Mitte Januar' -> 2026-01",
    "language": "de",
    "deals": [
        D("softbank-openai-40bn", ["SoftBank", "OpenAI"], "investment", 40_000_000_000, "USD", "exact", "2025",
          "completed", True,
          "Die im Frühjahr 2025 vereinbarte Finanzierungsrunde über 40 Milliarden Dollar ist inzwischen vollständig eingezahlt; die abschließende Zahlung über 22,5 Milliarden Dollar ging im Dezember raus.",
          note="restatement of 010 (OpenAI round led by SoftBank, named in the previous paragraph); the $22.5bn last payment is a part (not_deal)"),
        D("softbank-ampere", ["SoftBank", "Ampere Computing"], "acquisition", 6_500_000_000, "USD", "exact", None,
          "completed", True,
          "Abgeschlossen ist auch der Kauf von Ampere; der Chipdesigner kostete 6,5 Milliarden Dollar.",
          note="restatement of 010; the closing is not dated in the article"),
        D("softbank-nvidia-stake-sale", ["SoftBank", "Nvidia"], "other", 5_830_000_000, "USD", "exact", "2025-10",
          "completed", False,
          "Masayoshi Son hatte zuvor im Oktober die komplette Nvidia-Beteiligung für 5,83 Milliarden Dollar abgestoßen, um Luft zu schaffen.",
          note="sale of a listed stake on the market, no counterparty -> optional"),
        D("softbank-openai-2026", ["SoftBank", "OpenAI"], "investment", 30_000_000_000, "USD", "up_to", "2026-01",
          "rumored", True,
          "Insidern zufolge verhandelt SoftBank seit Mitte Januar über eine weitere Beteiligung von bis zu 30 Milliarden Dollar an OpenAI, im Rahmen einer Runde, die den ChatGPT-Anbieter mit 750 Milliarden Dollar oder mehr bewerten könnte.",
          note="talks reported by insiders; different from the $40bn round and the $3bn a year; the valuation is a not_deal"),
        D("softbank-sakura-denied", ["SoftBank", "Sakura Internet"], "investment", 2_000_000_000, "USD", "approx", None,
          "cancelled", False,
          "Einen Bericht, wonach die Gruppe für rund zwei Milliarden Dollar bei Sakura Internet einsteigen wolle, wies ein Sprecher hingegen als Spekulation zurück.",
          note="invented rumour, denied -> optional; 'die Gruppe' = SoftBank; the report is not dated"),
        D("softbank-abb-robotics", ["SoftBank", "ABB"], "acquisition", 5_400_000_000, "USD", "approx", "2025-10",
          "signed", True,
          "Noch nicht vollzogen ist die im Oktober vereinbarte Übernahme der Robotiksparte von ABB für knapp 5,4 Milliarden Dollar; Wettbewerbshüter in Europa und China prüfen noch.",
          note="buyer SoftBank from the article's subject; signed, awaiting approval"),
    ],
    "not_deals": ["rund 17 Milliarden Euro", "22,5 Milliarden Dollar", "750 Milliarden Dollar", "4.112 Yen",
                  "rund 6.500 Yen", "100.000 Euro"],
}

A["020_asia_digest_shimbashi_en.txt"] = {
    "published": "2026-11-12",
    "published_note": "from the issue line 'Issue 88 · Thursday 12 November 2026'; 'on Tuesday' (twice) -> 2026-11-10; 'last Friday' -> 2026-11-06; 'on Monday' -> 2026-11-09; 'on Wednesday' -> 2026-11-11; 'a year ago' and 'last year' -> 2025",
    "language": "en",
    "deals": [
        D("nvidia-naver-2026", ["Nvidia", "Naver"], "supply", 1_200_000_000_000, "KRW", "approx", "2026-11-10",
          "signed", True,
          "Naver Cloud has signed a follow-on order with Nvidia for Blackwell Ultra systems worth about 1.2 trillion won ($820 million), the company disclosed on Tuesday.",
          alt=[(820_000_000, "USD")], note="invented; must stay apart from the 2025 allocation of 60,000 GPUs"),
        NA("nvidia-naver-2025", ["Nvidia", "Naver"], "supply", "2025", "announced",
           "It comes on top of the 60,000 GPUs Nvidia promised Naver in Gyeongju a year ago; the new racks go into its Gak Sejong data centre.",
           note="restatement of 017, no price -> optional"),
        D("sakura-digital-agency-2026", ["Sakura Internet", "Digital Agency"], "cloud_contract", 38_000_000_000, "JPY",
          "exact", "2026-11-06", "signed", True,
          "Sakura Internet won a five-year deal worth ¥38 billion from Japan's Digital Agency to supply GPU cloud capacity for government AI projects, it said last Friday.",
          term=["2026", "2031"], note="invented; a government contract (not a subsidy)"),
        D("kakao-kdb-loan-2026", ["Kakao", "Korea Development Bank"], "other", 500_000_000_000, "KRW", "exact",
          "2026-11-09", "signed", True,
          "Kakao signed a 500 billion won five-year credit facility with Korea Development Bank to fund a second data centre in Ansan, according to a regulatory filing on Monday.",
          term=["2026", "2031"], kind_alt=["investment"], note="invented credit facility; different from the project it funds"),
        D("kakao-ansan2-2026", ["Kakao"], "project", 800_000_000_000, "KRW", "approx", "2026-11", "planned", True,
          "The project itself is budgeted at roughly 800 billion won.",
          kind_alt=["capex_plan"], note="'The project' = Kakao's second Ansan data centre (previous sentence); invented"),
        D("kddi-kansai-ppa-2026", ["KDDI", "Kansai Electric Power"], "supply", 3_000_000_000, "JPY", "approx",
          "2026-11-10", "signed", True,
          "KDDI will buy solar-plus-battery output from Kansai Electric Power for 20 years at about ¥3 billion a year under an offtake contract, the utility said on Tuesday.",
          per="year", note="invented power offtake at a yearly rate; start of the 20 years not given"),
        D("wistron-fortworth-lease-2026", ["Wistron"], "other", 11_000_000, "USD", "approx", "2026-11-11", "signed", True,
          "Wistron's Texas unit agreed on Wednesday to lease a 1.1 million sq ft building in Fort Worth for about $11 million a year over 12 years, according to its filing in Taipei.",
          per="year", kind_alt=["project"], note="invented lease, landlord not named; different from the 2025 capital increase"),
        D("tsmc-capex-2026", ["TSMC"], "capex_plan", 52_000_000_000, "USD", "range", None, "announced", True,
          "TSMC's capital budget of US$52-56 billion for 2026 stands, finance chief Wendell Huang told an investor event, while Karasuma Securities expects 2027 spending of US$60 billion or more.",
          amount_max=56_000_000_000, term=["2026", "2026"],
          note="restatement of 018 (reiterated, no announcement date); the 2027 figure is an analysts' estimate (not_deal)"),
        D("ntt-nttdata-2025", ["NTT", "NTT Data"], "acquisition", 2_370_000_000_000, "JPY", "exact", "2025", "completed", True,
          "NTT, which closed its ¥2.37 trillion buyout of NTT Data last year, now reports the unit's data-centre business separately.",
          note="restatement of 012"),
    ],
    "not_deals": ["¥4,960", "¥41 billion", "US$60 billion or more", "¥420", "¥1.2 trillion", "¥250,000",
                  "¥2,400 a month"],
}

ALIASES = {
    "Amazon": ["Amazon", "Amazons", "Amazon Web Services", "AWS"],
    "Microsoft": ["Microsoft"],
    "Google": ["Google"],
    "Oracle": ["Oracle"],
    "SoftBank": ["SoftBank", "SoftBank Group", "SoftBank Corp.", "SoftBank-Gruppe", "SoftBank-Holding"],
    "OpenAI": ["OpenAI"],
    "MGX": ["MGX"],
    "Sakura Internet": ["Sakura Internet", "Sakura"],
    "KDDI": ["KDDI"],
    "Sharp": ["Sharp"],
    "Foxconn": ["Foxconn", "Hon Hai", "Hon Hai Precision Industry"],
    "SK Telecom": ["SK Telecom", "SKT"],
    "SMART Global Holdings": ["SMART Global Holdings", "SGH", "Penguin Solutions"],
    "Anthropic": ["Anthropic"],
    "KT": ["KT"],
    "Nvidia": ["Nvidia", "Nvidias"],
    "TSMC": ["TSMC"],
    "Kakao": ["Kakao"],
    "Mizuho": ["Mizuho", "Mizuho Financial Group"],
    "Ampere Computing": ["Ampere Computing", "Ampere"],
    "Wistron": ["Wistron"],
    "Quanta": ["Quanta", "Quanta Computer"],
    "NTT": ["NTT"],
    "NTT Data": ["NTT Data", "NTT Data Group"],
    "Lordstown Motors": ["Lordstown Motors"],
    "Samsung Electronics": ["Samsung Electronics", "Samsung"],
    "SK hynix": ["SK hynix"],
    "Naver": ["Naver", "Naver Cloud"],
    "ABB": ["ABB"],
    "Digital Agency": ["Digital Agency"],
    "Korea Development Bank": ["Korea Development Bank"],
    "Kansai Electric Power": ["Kansai Electric Power", "Kansai Electric"],
}


def main():
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
