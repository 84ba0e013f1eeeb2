#!/usr/bin/env python3
"""The hand annotation of corpus26 as code. Edit here, then run: python3 tests/corpus26/make_gold.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **kw):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    d.update(kw)
    d["evidence"] = evidence
    return d


def A(published, note, language, deals, not_deals):
    return {"published": published, "published_note": note, "language": language,
            "deals": deals, "not_deals": not_deals}


M = 1_000_000
B = 1_000_000_000
T = 1_000_000_000_000

articles = {}

articles["001_aws_japan_kanda_observer_en.txt"] = A(
    "2024-01-20", "from the date line 'Saturday, January 20, 2024'; 'on Friday' -> 2024-01-19", "en",
    [D("aws-japan-capex", ["Amazon"], "capex_plan", 2.26 * T, "JPY", "exact", "2024-01-19", "announced",
       "Amazon Web Services plans to invest 2.26 trillion yen, or roughly $15.2 billion, in its Tokyo and Osaka cloud regions from 2023 through 2027, the Amazon.com unit said on Friday, pointing to a rush of Japanese manufacturers, banks and government agencies into generative AI.",
       term=["2023", "2027"], alt_amounts=[{"amount": 15.2 * B, "currency": "USD"}],
       kind_alt=["investment"], note="capex plan lists only the spender; USD conversion in the same sentence")],
    ["1.51 trillion yen", "5.57 trillion yen", "72.5 billion yen", "4.2 trillion yen", "$155.34", "¥38,500", "¥1,980"])

articles["002_microsoft_g42_lahnberg.txt"] = A(
    "2024-04-17", "from the line 'Mittwoch, 17. April 2024'; 'am Dienstag' -> 2024-04-16", "de",
    [D("microsoft-g42-2024", ["Microsoft", "G42"], "investment", 1.5 * B, "USD", "exact", "2024-04-16", "signed",
       "Redmond/Abu Dhabi. Microsoft steigt mit 1,5 Milliarden Dollar beim KI-Unternehmen G42 aus Abu Dhabi ein.",
       alt_amounts=[{"amount": 1.4 * B, "currency": "EUR"}],
       note="date ('am Dienstag') and the EUR conversion in the next sentence; first Microsoft-G42 deal of the pair"),
     D("microsoft-japan-capex", ["Microsoft"], "capex_plan", 2.9 * B, "USD", "exact", "2024-04", "announced",
       "Vergangene Woche hatte Microsoft angekündigt, binnen zwei Jahren 2,9 Milliarden Dollar für Rechenzentren, Cloud-Dienste und KI-Fachkräfte in Japan auszugeben – nach eigenen Angaben der größte Betrag, den das Unternehmen in seiner 46-jährigen Geschichte in dem Land auf einmal investiert.",
       kind_alt=["investment"], note="'Vergangene Woche' in a Wednesday paper of 17 April -> week of 8-12 April -> 2024-04")],
    ["62 Milliarden Dollar", "mehr als drei Billionen Dollar", "11,70 Dollar", "5.000 Euro", "1.100 Dollar", "18 Cent"])

articles["003_microsoft_g42_kenya_quarrystone_en.txt"] = A(
    "2024-05-22", "no date line; only the dateline 'NAIROBI, May 22, 2024'; 'on Wednesday' = 2024-05-22", "en",
    [D("microsoft-g42-kenya", ["Microsoft", "G42"], "investment", 1 * B, "USD", "exact", "2024-05-22", "announced",
       "NAIROBI, May 22, 2024 (Quarrystone Newswire) - Microsoft and Abu Dhabi artificial intelligence firm G42 will invest $1 billion in Kenya, including a data centre powered by geothermal energy in Olkaria, the companies said on Wednesday.",
       kind_alt=["project", "partnership", "capex_plan"], note="second Microsoft-G42 deal; must stay apart from the $1.5bn stake"),
     D("microsoft-g42-2024", ["Microsoft", "G42"], "investment", 1.5 * B, "USD", "exact", "2024-04", "signed",
       "It is the first joint project since Microsoft bought a $1.5 billion minority stake in G42 last month, a deal that gave the U.S. software company a board seat at the Emirati firm and put G42's computing on Microsoft's cloud.",
       note="restatement of 002; 'last month' -> 2024-04"),
     D("microsoft-malaysia-capex", ["Microsoft"], "capex_plan", 2.2 * B, "USD", "exact", "2024-05", "announced",
       "Earlier this month it said it would put $2.2 billion into Malaysian cloud and AI infrastructure by 2028, following pledges in Indonesia and Thailand.",
       term=[None, "2028"], kind_alt=["investment"], note="'it' = Microsoft (previous sentence); 'Earlier this month' -> 2024-05")],
    ["14.6 billion shillings", "$61.9 billion"])

articles["004_esmc_muldental_priessnitz_kurier.txt"] = A(
    "2024-08-21", "from the line 'Mittwoch, 21. August 2024'; 'am Dienstag' -> 2024-08-20", "de",
    [D("esmc-dresden-capex", ["ESMC"], "capex_plan", 10 * B, "EUR", "at_least", "2024-08-20", "announced",
       "Das Gemeinschaftsunternehmen ESMC, an dem Bosch, Infineon und NXP jeweils zehn Prozent halten, will mehr als zehn Milliarden Euro in das Werk stecken.",
       kind_alt=["project", "investment"], note="'mehr als' -> at_least; stated at the groundbreaking 'am Dienstag' (previous sentence); TSMC's JV"),
     D("muldental-esmc-2024", ["Muldental Reinraumtechnik GmbH", "ESMC"], "supply", 38 * M, "EUR", "approx", "2024-08", "signed",
       "Das Auftragsvolumen liege bei rund 38 Millionen Euro, sagte Geschäftsführerin Kerstin Obermühle dem Kurier.",
       note="parties in the two previous sentences ('Einer der ersten Aufträge' of the ESMC plant); no day given -> month of the article; first Muldental-ESMC order")],
    ["bis zu fünf Milliarden Euro", "61 Millionen Euro", "3.400 Euro", "1.150 Euro", "300.000 Euro"])

articles["005_skhynix_m15x_mapo_herald_en.html"] = A(
    "2024-04-25", "from <meta article:published_time>, JSON-LD datePublished and the byline 'Posted 2024-04-25 10:20'; 'said Wednesday' -> 2024-04-24; 'on Tuesday' -> 2024-04-23", "en",
    [D("skhynix-m15x-capex", ["SK hynix"], "capex_plan", 20 * T, "KRW", "approx", "2024-04-24", "announced",
       "SK hynix will invest about 20 trillion won ($14.6 billion) in a new memory plant in Cheongju, North Chungcheong Province, to meet runaway demand for the high-bandwidth memory used in Nvidia's AI accelerators, the company said Wednesday.",
       alt_amounts=[{"amount": 14.6 * B, "currency": "USD"}], kind_alt=["project", "investment"]),
     D("skhynix-yongin-capex", ["SK hynix"], "capex_plan", 120 * T, "KRW", "approx", None, "announced",
       "The figure covers the building and equipment over the coming years, SK hynix said, on top of the roughly 120 trillion won it has already pledged for four fabs in Yongin, the chip cluster being carved out of farmland south of the capital.",
       required=False, kind_alt=["project"], note="background: earlier pledge, date not given"),
     D("skhynix-saebyeol-stake", ["SK hynix", "Saebyeol Photonics"], "investment", 30 * B, "KRW", "exact", "2024-04-23", "completed",
       "Separately, SK hynix has taken a stake in Saebyeol Photonics, a Pangyo start-up that designs optical links between stacked memory dies, paying 30 billion won for new shares, according to a filing on Tuesday.",
       note="first SK hynix-Saebyeol deal; must stay apart from the 85bn-won supply contract (018)")],
    ["2.89 trillion won", "12.43 trillion won", "about 180 billion won", "177,800 won", "6.6 trillion won", "1.2 billion won", "890,000 won"])

articles["006_tsmc_capex_boersenpilot.txt"] = A(
    "2025-01-17", "from the line '17.01.2025, 08:31 Uhr'; 'am Donnerstag' -> 2025-01-16", "de",
    [D("tsmc-capex-2025", ["TSMC"], "capex_plan", 38 * B, "USD", "range", "2025-01-16", "announced",
       "TSMC plant für 2025 Investitionen von 38 bis 42 Milliarden Dollar, wie Finanzchef Wendell Huang am Donnerstag bei der Vorlage der Quartalszahlen sagte.",
       amount_max=42 * B, term=["2025", "2025"], note="must stay apart from the 2026 capex plan (020)"),
     D("micron-singapore-hbm", ["Micron"], "capex_plan", 7 * B, "USD", "approx", "2025-01", "announced",
       "Rund sieben Milliarden Dollar will der US-Konzern dort bis zum Ende des Jahrzehnts ausgeben.",
       kind_alt=["project", "investment"], term=[None, "2030"],
       note="'der US-Konzern' = Micron (previous sentence); 'vergangene Woche' -> week of 6-10 January -> 2025-01")],
    ["29,8 Milliarden Dollar", "374,7 Milliarden Taiwan-Dollar", "26,88 Milliarden US-Dollar", "zwischen 25 und 25,8 Milliarden Dollar",
     "211,50 $", "104,20 $", "718,40 €", "230 auf 255 Dollar", "rund 1,1 Billionen Dollar", "500 Euro"])

articles["007_softbank_openai_compute_dispatch_en.txt"] = A(
    "2025-02-04", "from the issue line 'Issue 57 — Tuesday, February 4, 2025'; 'on Monday' -> 2025-02-03; 'two weeks after' -> January 2025", "en",
    [D("softbank-openai-cristal", ["SoftBank", "OpenAI"], "other", 3 * B, "USD", "exact", "2025-02-03", "signed",
       "SoftBank Group will pay $3 billion a year so that its companies can use OpenAI's software, the two said on Monday at a joint event in Tokyo with Masayoshi Son and Sam Altman on stage.",
       per="year", kind_alt=["cloud_contract", "partnership", "supply"],
       note="yearly spending on OpenAI software; first of two SoftBank-OpenAI deals (apart from the up-to-$40bn round in 009)"),
     D("stargate-us", ["SoftBank", "OpenAI", "Oracle", "MGX"], "joint_venture", 500 * B, "USD", "up_to", "2025-01", "announced",
       "Why it matters: it comes two weeks after Son stood next to the president in Washington to promise, with OpenAI, Oracle and MGX, up to $500 billion for Stargate data centres in the US over four years.",
       required=False, kind_alt=["investment", "project"], note="background; 'Son' = SoftBank")],
    ["¥3.6 trillion", "$590 billion", "another ¥100 billion", "more than ¥900 billion", "$20", "$4,900", "$12 a month"])

articles["008_softbank_ampere_kelpwick_en.txt"] = A(
    "2025-03-20", "from the line 'March 20, 2025 | 05:10 GMT' (dateline 'TOKYO, March 19'); 'on Wednesday' -> 2025-03-19", "en",
    [D("softbank-ampere", ["SoftBank", "Ampere Computing"], "acquisition", 6.5 * B, "USD", "exact", "2025-03-19", "signed",
       "TOKYO, March 19 (Kelpwick Newswire) - SoftBank Group struck a deal on Wednesday for Ampere Computing, a Californian maker of Arm-based server processors, paying $6.5 billion in cash and deepening Masayoshi Son's wager on the hardware behind artificial intelligence.",
       alt_amounts=[{"amount": 5.6 * B, "currency": "EUR"}], note="sellers Oracle and Carlyle (next sentence); EUR from 017"),
     D("softbank-sharp-sakai", ["SoftBank", "Sharp"], "acquisition", 100 * B, "JPY", "approx", "2025-03", "negotiating",
       "A deal could value the site at about 100 billion yen ($670 million), one of them said.",
       alt_amounts=[{"amount": 670 * M, "currency": "USD"}],
       note="talks from sources; parties in the previous sentence; signed later (017)")],
    ["$8 billion", "150 billion yen", "$130 billion", "8,116 yen"])

articles["009_softbank_openai_handelsblick.txt"] = A(
    "2025-04-01", "from the line 'Dienstag, 1. April 2025'; 'am Montagabend' -> 2025-03-31", "de",
    [D("softbank-openai-round", ["SoftBank", "OpenAI"], "investment", 40 * B, "USD", "up_to", "2025-03-31", "announced",
       "Der japanische Technologieinvestor SoftBank steckt bis zu 40 Milliarden Dollar (rund 37 Milliarden Euro) in OpenAI.",
       alt_amounts=[{"amount": 37 * B, "currency": "EUR"}],
       note="date in the next sentence; tranches and the possible cut to $20bn are parts of this deal (not_deals); second SoftBank-OpenAI deal"),
     D("softbank-openai-cristal", ["SoftBank", "OpenAI"], "other", 3 * B, "USD", "exact", "2025-02", "signed",
       "Im Februar hatten sie vereinbart, dass SoftBank jährlich drei Milliarden Dollar ausgibt, um OpenAI-Software in seinen Konzerngesellschaften einzusetzen.",
       per="year", kind_alt=["cloud_contract", "partnership", "supply"], note="restatement of 007; amount in words"),
     D("softbank-ampere", ["SoftBank", "Ampere Computing"], "acquisition", 6.5 * B, "USD", "exact", "2025-03", "signed",
       "Vor knapp zwei Wochen folgte die Übernahme des amerikanischen Chipentwicklers Ampere für 6,5 Milliarden Dollar.",
       note="restatement of 008; buyer SoftBank from context"),
     D("mizuho-softbank-loan", ["Mizuho", "SoftBank"], "other", 15 * B, "USD", "exact", "2025-03", "signed",
       "Nach Informationen der Nachrichtenagentur Bloomberg hat die Großbank Mizuho SoftBank einen Überbrückungskredit über 15 Milliarden Dollar zugesagt.",
       kind_alt=["investment"], note="bridge loan reported by Bloomberg; no day given -> month before publication")],
    ["300 Milliarden Dollar", "zehn Milliarden Dollar", "weitere 30 Milliarden", "20 Milliarden Dollar", "12,7 Milliarden Dollar", "7.530 Yen"])

articles["010_humain_riyadh_najd_review_en.txt"] = A(
    "2025-05-14", "from the line 'Wednesday, May 14, 2025'; 'on Tuesday' -> 2025-05-13", "en",
    [D("humain-amd", ["AMD", "Humain"], "partnership", 10 * B, "USD", "exact", "2025-05-13", "announced",
       "AMD and Humain will invest $10 billion over five years to build AI infrastructure in the kingdom and the United States, the companies said.",
       kind_alt=["joint_venture", "investment"], term=["2025", "2030"], alt_amounts=[{"amount": 8.9 * B, "currency": "EUR"}],
       note="day from the first paragraph ('on Tuesday'); EUR from 011"),
     D("nvidia-humain-chips", ["Nvidia", "Humain"], "supply", None, None, None, "2025-05-13", "announced",
       "Nvidia is to deliver 18,000 GB300 processors to Humain's initial site, with \"several hundred thousand\" more to follow over five years, chief executive Jensen Huang said at the investment forum.",
       required=False, note="no financial terms"),
     D("aws-humain", ["Amazon", "Humain"], "partnership", 5 * B, "USD", "at_least", "2025-05-13", "announced",
       "Amazon Web Services said it would commit more than $5 billion to a strategic partnership with Humain to build an \"AI Zone\" in the kingdom.",
       kind_alt=["investment", "cloud_contract"], note="'more than' -> at_least"),
     D("datavolt-us-capex", ["DataVolt"], "capex_plan", 20 * B, "USD", "exact", "2025-05-13", "announced",
       "DataVolt, a Saudi developer of data centres, went the other way and pledged $20 billion for AI data centres and energy infrastructure in the US.",
       kind_alt=["investment"])],
    ["more than $600 billion", "roughly $925 billion", "SAR 1.85 million", "SAR 49 a month"])

articles["011_stargate_uae_rechenzentrale.html"] = A(
    "2025-05-23", "from <meta name='date'>, JSON-LD datePublished and the byline '23.05.2025, 07:45 Uhr'; 'am Donnerstag' -> 2025-05-22", "de",
    [D("stargate-uae", ["OpenAI", "G42"], "project", None, None, None, "2025-05-22", "announced",
       "Gemeinsam mit dem emiratischen KI-Konzern G42 entsteht in Abu Dhabi ein Rechenzentrumscluster mit einem Gigawatt Leistung, von dem die ersten 200 Megawatt im kommenden Jahr in Betrieb gehen sollen.",
       required=False, kind_alt=["joint_venture", "partnership"], note="no amount ('Finanzielle Einzelheiten nannten die Unternehmen ... nicht')"),
     D("uae-us-pledge", ["United Arab Emirates"], "investment", 1.4 * T, "USD", "exact", "2025-05", "announced",
       "Die Emirate wiederum haben zugesagt, in den kommenden zehn Jahren 1,4 Billionen Dollar in den Vereinigten Staaten anzulegen.",
       required=False, note="vague national pledge; German 'Billionen' = 10^12"),
     D("humain-amd", ["AMD", "Humain"], "partnership", 10 * B, "USD", "exact", "2025-05", "announced",
       "Erst vergangene Woche hatten der Chipentwickler AMD und die neue staatliche KI-Firma Humain in Riad ein gemeinsames Vorhaben über zehn Milliarden Dollar angekündigt, das sind rund 8,9 Mrd. Euro.",
       kind_alt=["joint_venture", "investment"], note="restatement of 010; 'vergangene Woche' -> 2025-05")],
    ["rund 50 Milliarden Dollar", "39,1 Milliarden Dollar", "9,90 €", "1.290 Euro"])

articles["012_samsung_tesla_gwanghwamun_en.txt"] = A(
    "2025-07-29", "from the line 'Updated 2025.07.29 09:05 KST'; 'on Monday' -> 2025-07-28", "en",
    [D("samsung-tesla", ["Samsung Electronics", "Tesla"], "supply", 22.8 * T, "KRW", "exact", "2025-07-28", "signed",
       "Samsung Electronics will manufacture chips for Tesla under a contract worth 22.8 trillion won, or $16.5 billion, it disclosed to the Korea Exchange on Monday, a much-needed win for a contract-manufacturing business that has struggled to keep up with TSMC.",
       alt_amounts=[{"amount": 16.5 * B, "currency": "USD"}, {"amount": 14.1 * B, "currency": "EUR"}],
       term=["2025-07-24", "2033-12-31"], kind_alt=["other"], note="foundry contract; EUR from 013"),
     D("samsung-texas-capex", ["Samsung Electronics"], "capex_plan", 37 * B, "USD", "approx", None, "announced",
       "Samsung has earmarked around $37 billion for its Texas operations through 2030, and it was promised a grant of $4.745 billion under the U.S. CHIPS Act in December.",
       required=False, term=[None, "2030"], note="background plan, date not given; the grant is a subsidy (not_deal)")],
    ["300.9 trillion won", "$4.745 billion", "more than 2 trillion won a quarter", "4.6 trillion won", "88,000 won", "70,400 won", "9.2 trillion won"])

articles["013_samsung_tesla_kurswaechter.txt"] = A(
    "2025-07-29", "from the line '29.07.2025 | 07:45'; 'am Montag' -> 2025-07-28", "de",
    [D("samsung-tesla", ["Samsung Electronics", "Tesla"], "supply", 22.8 * T, "KRW", "exact", "2025-07-28", "signed",
       "Der Halbleiterauftrag, den Samsung am Montag bei der Börse in Seoul meldete, ist 22,8 Billionen Won schwer, das entspricht etwa 14,1 Milliarden Euro.",
       kind_alt=["other"], term=[None, "2033-12"], note="customer Tesla in the next sentence; German 'Billionen' = 10^12; term end 'bis Ende 2033'")],
    ["9,2 Billionen Won", "70.400 KRW", "43,85 EUR", "270.000 KRW", "325,59 USD", "85.000 Won", "rund 30 Billionen Won", "25 Euro im Monat"])

articles["014_google_vizag_rushikonda_chronicle_en.txt"] = A(
    "2025-10-15", "from the line 'October 15, 2025, 07:40 IST'; 'on Tuesday' -> 2025-10-14", "en",
    [D("google-vizag", ["Google"], "capex_plan", 15 * B, "USD", "exact", "2025-10-14", "announced",
       "Google will spend $15 billion between 2026 and 2030 on an artificial intelligence hub in Visakhapatnam, Andhra Pradesh, the company said on Tuesday.",
       term=["2026", "2030"], kind_alt=["investment", "project"],
       alt_amounts=[{"amount": 1.33 * T, "currency": "INR"}, {"amount": 12.9 * B, "currency": "EUR"}],
       note="partners AdaniConneX and Bharti Airtel get no amount; INR in the next paragraph ('₹1.33 lakh crore'), EUR from 015"),
     D("reliance-google-jamnagar", ["Reliance Industries", "Google"], "partnership", None, None, None, "2025-08", "announced",
       "The move follows Reliance Industries, whose chairman Mukesh Ambani announced a partnership with Google Cloud in August for a dedicated AI cloud region at Jamnagar in Gujarat.",
       required=False, kind_alt=["cloud_contract"], note="no financial details")],
    ["more than ₹22,000 crore", "$13.6 billion", "about $25 billion", "₹2,512", "₹45 crore"])

articles["015_aligned_mgx_siliziumbrief.txt"] = A(
    "2025-10-17", "from the issue line 'Ausgabe 42 | Freitag, 17. Oktober 2025'; 'am Mittwoch' -> 2025-10-15, 'Am Dienstag' -> 2025-10-14", "de",
    [D("aip-aligned", ["BlackRock", "Global Infrastructure Partners", "MGX", "Microsoft", "Nvidia", "Aligned Data Centers"], "acquisition", 40 * B, "USD", "exact", "2025-10-15", "signed",
       "Für Aligned zahlen die Käufer 40 Milliarden Dollar – gut 34 Milliarden Euro – an den bisherigen Eigentümer Macquarie Asset Management.",
       alt_amounts=[{"amount": 34 * B, "currency": "EUR"}],
       note="buyers in the previous and next sentences, signing 'am Mittwoch' two sentences later; seller Macquarie"),
     D("google-vizag", ["Google"], "capex_plan", 15 * B, "USD", "exact", "2025-10-14", "announced",
       "Am Dienstag kündigte Google an, bis 2030 in Visakhapatnam 15 Milliarden Dollar in einen KI-Standort zu investieren, gut 12,9 Milliarden Euro.",
       kind_alt=["investment", "project"], note="restatement of 014"),
     D("openai-korea-wafers", ["OpenAI", "Samsung Electronics", "SK hynix"], "supply", None, None, None, "2025-10", "announced",
       "Samsung und SK hynix haben Anfang Oktober mit OpenAI Absichtserklärungen unterzeichnet, wonach sie für das Stargate-Projekt bis zu 900.000 Wafer im Monat liefern könnten.",
       required=False, kind_alt=["partnership"], note="letters of intent without prices")],
    ["300 Billionen Won", "eine Billion Dollar", "149 Euro", "89 Euro"])

articles["016_microsoft_uae_corniche_gazette_en.html"] = A(
    "2025-11-04", "visible date only in the byline '4 November 2025, 9:15 am GST' (also <meta parsely-pub-date>); 'on Monday' -> 2025-11-03", "en",
    [D("microsoft-uae-capex", ["Microsoft"], "capex_plan", 15.2 * B, "USD", "exact", "2025-11-03", "announced",
       "Microsoft will invest $15.2 billion in the United Arab Emirates between 2023 and the end of 2029, Brad Smith, the company's president, told an audience in Abu Dhabi on Monday, as the company expands data centres for its own cloud and for its local partner G42.",
       term=["2023", "2029"], kind_alt=["investment"], note="the $7.3bn spent and the $7.9bn remaining are parts of this plan (not_deals)"),
     D("microsoft-g42-2024", ["Microsoft", "G42"], "investment", 1.5 * B, "USD", "exact", "2024-04", "signed",
       "Of that, $7.3 billion will have been spent by the end of this year, including the company's $1.5 billion equity investment in G42 in April 2024.",
       note="restatement of 002 inside a cumulative figure")],
    ["$7.3 billion", "$7.9 billion", "AED 335 billion", "$1.3bn", "AED 7.1 million", "AED 2.4 million", "AED 30 a month"])

articles["017_softbank_sakai_ostasien_kurier.txt"] = A(
    "2025-11-27", "from the line 'Donnerstag, 27. November 2025'; 'am Dienstag' (closing) -> 2025-11-25", "de",
    [D("softbank-ampere", ["SoftBank", "Ampere Computing"], "acquisition", 6.5 * B, "USD", "exact", "2025-03", "completed",
       "Die 6,5 Milliarden Dollar, gut 5,6 Milliarden Euro, sind damit bezahlt; vereinbart worden war das Geschäft im März.",
       note="completion announced 'am Dienstag' (2025-11-25); keeps the month of the agreement; parties in the previous sentence"),
     D("softbank-nvidia-sale", ["SoftBank", "Nvidia"], "other", 5.83 * B, "USD", "exact", "2025", "completed",
       "Um Geld für OpenAI freizumachen, hatte sich SoftBank kurz zuvor von seiner gesamten Beteiligung an Nvidia getrennt und dafür 5,83 Milliarden Dollar erlöst.",
       required=False, note="market sale of a shareholding, no counterparty; optional"),
     D("softbank-sharp-sakai", ["SoftBank", "Sharp"], "acquisition", 100 * B, "JPY", "approx", "2025", "signed",
       "Im Sommer hatte SoftBank den Kaufvertrag für einen Großteil des stillgelegten Flachbildschirmwerks von Sharp in Sakai unterschrieben; der Preis lag bei rund 100 Milliarden Yen.",
       note="signing of the talks in 008; 'Im Sommer' -> year"),
     D("softbank-tomioka-cooling", ["SoftBank", "Tomioka Reiki"], "supply", 4.8 * B, "JPY", "exact", "2025-11", "signed",
       "Das Volumen beziffert das Familienunternehmen auf 4,8 Milliarden Yen, umgerechnet etwa 27 Millionen Euro.",
       alt_amounts=[{"amount": 27 * M, "currency": "EUR"}],
       note="'das Familienunternehmen' = Tomioka Reiki; customer SoftBank's Sakai site (previous paragraphs); 'nun' -> 2025-11")],
    ["22,5 Milliarden Dollar", "2,5 Billionen Yen", "11 Milliarden Yen", "rund 22 Yen", "4,50 Euro"])

articles["018_saebyeol_interview_waferkante.txt"] = A(
    None, "no date anywhere in the article (only 'Lesezeit: 7 Minuten')", "de",
    [D("skhynix-saebyeol-stake", ["SK hynix", "Saebyeol Photonics"], "investment", 30 * B, "KRW", "exact", None, "completed",
       "SK hynix hat 30 Milliarden Won in uns gesteckt, als wir noch 40 Leute in einem gemieteten Büro waren.",
       note="restatement of 005; 'uns' = Saebyeol Photonics; undated interview"),
     D("skhynix-saebyeol-supply", ["SK hynix", "Saebyeol Photonics"], "supply", 85 * B, "KRW", "exact", None, "signed",
       "Im Frühjahr haben wir mit SK hynix einen Liefervertrag über 85 Milliarden Won unterschrieben, Laufzeit drei Jahre.",
       note="second SK hynix-Saebyeol deal, must stay apart from the stake; 'Im Frühjahr' without a year -> null"),
     D("saebyeol-series-c", ["Saebyeol Photonics"], "investment", 100 * B, "KRW", "approx", None, "negotiating",
       "Wir verhandeln über eine Serie-C-Runde von etwa 100 Milliarden Won und wollen sie noch in diesem Jahr abschließen.",
       note="round in talks, investors unnamed; 'Wir' = Saebyeol Photonics")],
    ["19 Milliarden Won", "72 Millionen Won im Jahr", "12,80 Euro", "390 Euro"])

articles["019_muldental_esmc_muldentaler_landbote.txt"] = A(
    "2026-03-06", "from the line 'Grimma · Freitag, 6. März 2026'; 'am Mittwoch' -> 2026-03-04", "de",
    [D("muldental-esmc-2026", ["Muldental Reinraumtechnik GmbH", "ESMC"], "supply", 12 * M, "EUR", "approx", "2026-03-04", "signed",
       "Für knapp zwölf Millionen Euro liefern die Grimmaer Filterdecken für den zweiten Reinraumabschnitt, bestätigte Geschäftsführerin Kerstin Obermühle am Mittwoch.",
       note="'knapp' -> approx; 'die Grimmaer' = Muldental; second Muldental-ESMC order, must stay apart from the 2024 order"),
     D("muldental-esmc-2024", ["Muldental Reinraumtechnik GmbH", "ESMC"], "supply", 38 * M, "EUR", "approx", "2024-08", "signed",
       "Den ersten Auftrag über rund 38 Millionen Euro hatte das Unternehmen im August 2024 zum Baustart der Chipfabrik erhalten.",
       note="restatement of 004"),
     D("muldental-grimma-capex", ["Muldental Reinraumtechnik GmbH"], "capex_plan", 9 * M, "EUR", "exact", "2026-03", "announced",
       "Damit die Fertigung hinterherkommt, investiert der Mittelständler neun Millionen Euro in eine neue Halle im Gewerbegebiet Grimma-Süd.",
       kind_alt=["project"], note="amount in words; 'der Mittelständler' = Muldental"),
     D("esmc-dresden-capex", ["ESMC"], "capex_plan", 10 * B, "EUR", "at_least", None, "announced",
       "Das Werk, in das die Gesellschafter mehr als zehn Milliarden Euro investieren, soll 2027 die Produktion aufnehmen.",
       kind_alt=["project", "investment"], note="restatement of 004, no date given")],
    ["1,2 Millionen Euro", "74 Millionen Euro", "8,3 Millionen Euro", "199 Euro"])

articles["020_asia_memory_fenwick_ashdown_note_en.txt"] = A(
    "2026-11-12", "from the line 'Sector Update · 12 November 2026'", "en",
    [D("tsmc-capex-2026", ["TSMC"], "capex_plan", 52 * B, "USD", "range", "2026-01", "announced",
       "TSMC guided 2026 capital spending to $52 billion to $56 billion in January, up from about $41 billion in 2025, and management has signalled a further increase next year.",
       amount_max=56 * B, term=["2026", "2026"], note="must stay apart from the 2025 plan (006)"),
     D("samsung-tesla", ["Samsung Electronics", "Tesla"], "supply", 16.5 * B, "USD", "exact", "2025-07", "signed",
       "Samsung's foundry arm is finally filling Taylor: the $16.5 billion Tesla contract signed in July 2025 anchors the first line, and we expect additional customers in 2027.",
       kind_alt=["other"], note="restatement of 012/013 with the month only"),
     D("micron-hiroshima", ["Micron"], "capex_plan", 1.5 * T, "JPY", "exact", "2026-09", "announced",
       "Micron confirmed in September that it will spend 1.5 trillion yen ($9.6 billion) on an HBM plant in Hiroshima, with output from 2028.",
       alt_amounts=[{"amount": 9.6 * B, "currency": "USD"}], kind_alt=["project", "investment"])],
    ["about $41 billion", "$61 billion", "$98 billion", "$58 billion", "14.1 trillion won", "15.8 trillion won",
     "NT$1,850", "NT$1,620", "720,000 won", "604,000 won", "$540 billion"])

aliases = {
    "Amazon": ["Amazon", "Amazon Web Services", "AWS", "Amazon.com"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "G42": ["G42"],
    "ESMC": ["ESMC", "European Semiconductor Manufacturing Company"],
    "TSMC": ["TSMC", "Taiwan Semiconductor Manufacturing"],
    "Muldental Reinraumtechnik GmbH": ["Muldental Reinraumtechnik GmbH", "Muldental Reinraumtechnik", "Muldental"],
    "SK hynix": ["SK hynix", "SK Hynix"],
    "Saebyeol Photonics": ["Saebyeol Photonics", "Saebyeol"],
    "Micron": ["Micron", "Micron Technology"],
    "SoftBank": ["SoftBank", "SoftBank Group", "SoftBank Group Corp."],
    "OpenAI": ["OpenAI"],
    "Oracle": ["Oracle"],
    "MGX": ["MGX"],
    "Ampere Computing": ["Ampere Computing", "Ampere"],
    "Sharp": ["Sharp", "Sharp Corp."],
    "Mizuho": ["Mizuho", "Mizuho Financial Group"],
    "AMD": ["AMD", "Advanced Micro Devices"],
    "Humain": ["Humain"],
    "Nvidia": ["Nvidia"],
    "DataVolt": ["DataVolt"],
    "United Arab Emirates": ["United Arab Emirates", "Emirate", "VAE", "UAE"],
    "Samsung Electronics": ["Samsung Electronics", "Samsung"],
    "Tesla": ["Tesla"],
    "Google": ["Google", "Alphabet", "Google Cloud"],
    "Reliance Industries": ["Reliance Industries", "Reliance"],
    "BlackRock": ["BlackRock"],
    "Global Infrastructure Partners": ["Global Infrastructure Partners", "GIP"],
    "Aligned Data Centers": ["Aligned Data Centers", "Aligned"],
    "Tomioka Reiki": ["Tomioka Reiki", "Tomioka"],
}

about = ("Hand-annotated deals in the twenty-sixth, held-out test corpus (tests/corpus26/articles/), written for the tests "
         "and independent of the extractor; same format and rules as tests/corpus15/gold.json, the earlier corpora and "
         "shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id in each. "
         "'required': false marks vague or background mentions (and deals stated without any amount) that an extractor may "
         "report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal "
         "is an error. Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | "
         "at_least | range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as "
         "another article (or the same article) states it in another currency or at another precision. 'date' is when the "
         "deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
         "('published', from the article's own date marker, dateline, <time datetime>, issue line or visible byline date, "
         "or null when the article has none); quarters, half-years and seasons become the year; a cancelled or completed "
         "deal keeps the date of the original agreement or talks; 'term' is the period the deal covers, where the text "
         "gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the "
         "evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Muldental "
         "Reinraumtechnik GmbH, Saebyeol Photonics, Tomioka Reiki; invented publications, research houses, banks, "
         "advertisers and people are named in README.md; the deals of real companies loosely follow public reports with "
         "shifted amounts, dates and wording, and some are invented. Nothing here is reporting.")

gold = {"about": about, "articles": articles, "aliases": aliases}
for a in articles.values():
    for d in a["deals"]:
        for k in ("amount", "amount_max"):
            if isinstance(d.get(k), float) and d[k].is_integer():
                d[k] = int(d[k])
            elif isinstance(d.get(k), float):
                d[k] = round(d[k])
        for alt in d.get("alt_amounts", []):
            alt["amount"] = int(round(alt["amount"]))
(HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("wrote gold.json:", len(articles), "articles,", sum(len(a["deals"]) for a in articles.values()), "deal mentions")
