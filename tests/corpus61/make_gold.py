#!/usr/bin/env python3
"""Write gold.json for corpus61 (the hand annotation, kept as a script so it can be edited).

Usage: python3 tests/corpus61/make_gold.py     (rewrites tests/corpus61/gold.json)

For every id reported by several articles, the alt_amounts of all its mentions (and the other
mentions' own amounts when they differ) are copied into the first article's entry, because the
shared scorer matches against the first article that reports an id.
Standard library only.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status,
         "required": required}
    d.update(extra)
    d["evidence"] = evidence
    return d


def alt(amount, currency):
    return {"amount": amount, "currency": currency}


ABOUT = (
    "Hand-annotated deals in the sixty-first, held-out test corpus (tests/corpus61/articles/), written "
    "for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json "
    "and shared/gold/seeds.json. One entry per article; a deal that several articles report carries the "
    "same id in each. 'required': false marks vague or background mentions (and deals without an amount) "
    "that an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT "
    "deals: reporting one of them as a deal is an error. Amounts are in full units; 'amount_max' closes a "
    "range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', 'month') "
    "marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) "
    "states it in another currency or at another precision; for a shared id the first article's entry "
    "carries all of them. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), "
    "resolved against the article's publication date ('published', from the article's date line, "
    "dateline, byline, issue line, meta tag or JSON-LD, or null when the article has none); a rumour or "
    "negotiation that later becomes a signed deal carries only the year so that it agrees with the "
    "signing; a cancelled deal keeps the date of the original agreement; 'term' is the period a deal "
    "covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a "
    "judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Deals in Malaysian ringgit, Thai baht, Indonesian rupiah, "
    "Vietnamese dong, Philippine pesos or NZ dollars are avoided because those currencies are not in the "
    "allowed set; such figures appear only among the not_deals. Invented companies: Serai Data Parks, "
    "Tanglin Ridge Capital, Ostwall Kältetechnik, Lembah Kulai Solar, Nongsa Awan Digital, Riau Surya "
    "Energi, Straits Meridian Bank, Wirraway Data, Brolga Super, Kahurangi Compute, Chao Phraya Digital, "
    "Kisaragi Power, Hồng Lam Data, Mekong Frontier Partners, Kalayaan Data Parks, Batangas Bayline "
    "Power; invented publications, research houses, advertisers and people are listed in "
    "invented_names.txt; the deals of real companies are partly real (shifted or simplified), partly "
    "invented. Nothing here is reporting."
)

A = {}

# ---------------------------------------------------------------- 001
A["001_microsoft_asean_dschunke.txt"] = {
    "published": "2024-05-03",
    "published_note": "from the date line '03.05.2024 – 07:12 Uhr' (Friday); 'am Donnerstag' -> 2024-05-02, 'am Dienstag' -> 2024-04-30, 'am Mittwoch' -> 2024-05-01",
    "language": "de",
    "deals": [
        D("microsoft-malaysia-2024", ["Microsoft"], "capex_plan", 2200000000, "USD", "exact", "2024-05-02",
          "announced",
          "Der Softwarekonzern will in den kommenden vier Jahren 2,2 Milliarden Dollar (etwa 2,05 Milliarden Euro) in Rechenzentren und KI-Dienste des Landes stecken, wie er am Donnerstag in Kuala Lumpur ankündigte.",
          kind_alt=["investment"], term=["2024", "2028"], alt_amounts=[alt(2050000000, "EUR")],
          note="'Der Softwarekonzern' = Microsoft (previous sentence: Microsoft-Chef Satya Nadella); different from the Indonesia pledge in the next paragraph"),
        D("microsoft-indonesia-2024", ["Microsoft"], "capex_plan", 1700000000, "USD", "exact", "2024-04-30",
          "announced",
          "Bereits am Dienstag hatte Nadella in Jakarta 1,7 Milliarden Dollar für Indonesien zugesagt, ebenfalls verteilt über vier Jahre.",
          kind_alt=["investment"], term=["2024", "2028"],
          note="the spender is named only through 'Nadella' (Microsoft's chief executive, named in the first paragraph)"),
        D("microsoft-thailand-region-2024", ["Microsoft"], "project", None, None, None, "2024-05-01", "announced",
          "Am Mittwoch folgte in Bangkok die Ankündigung, in Thailand eine eigene Rechenzentrumsregion aufzubauen; eine Summe nannte der Konzern dort nicht.",
          required=False, kind_alt=["capex_plan"], note="no amount -> optional"),
    ],
    "not_deals": ["rund 3,8 Milliarden Euro", "466 Billionen Rupiah", "61,9 Milliarden Dollar", "397,84 Dollar",
                  "700 bis 900 Millionen Dollar", "25 Euro im Monat", "Ordergebühr 0 Euro"],
}

# ---------------------------------------------------------------- 002
A["002_google_malaysia_courier_en.html"] = {
    "published": "2024-05-31",
    "published_note": "no visible date; from <meta property=article:published_time> and JSON-LD datePublished 2024-05-31T06:10:00+08:00 (Friday); 'on Thursday' -> 2024-05-30; 'Earlier this month' -> 2024-05",
    "language": "en",
    "deals": [
        D("google-malaysia-2024", ["Google"], "capex_plan", 2000000000, "USD", "exact", "2024-05-30", "announced",
          "Google will invest US$2 billion in Malaysia, including its first data centre in the country and a new Google Cloud region, the company said on Thursday at an event in Kuala Lumpur attended by Prime Minister Anwar Ibrahim and Alphabet's president and chief investment officer Ruth Porat.",
          kind_alt=["investment", "project"]),
        D("microsoft-malaysia-2024", ["Microsoft"], "capex_plan", 2200000000, "USD", "exact", "2024-05", "announced",
          "Earlier this month the Redmond-based company said it would pour US$2.2 billion into cloud and AI infrastructure here over four years.",
          kind_alt=["investment"],
          note="'the Redmond-based company' = Microsoft (previous sentence: 'Microsoft's visit'); 'here' = Malaysia; same pledge as 001"),
    ],
    "not_deals": ["more than US$3.2 billion", "up to RM250 per square foot", "RM2.1 billion",
                  "US$130 per kilowatt a month", "US$172.50", "US$81.62", "RM4 billion a year", "RM680,000",
                  "RM9.90 a month"],
}

# ---------------------------------------------------------------- 003
A["003_serai_tanglin_kontor.txt"] = {
    "published": "2024-07-17",
    "published_note": "dateline 'SINGAPUR, 17. Juli (kwn)' without a year; the year from the copyright line '© 2024'; 'am Mittwoch' = 2024-07-17, the day of the dateline",
    "language": "de",
    "deals": [
        D("tanglin-serai-2024", ["Tanglin Ridge Capital", "Serai Data Parks"], "investment", 650000000, "USD",
          "exact", "2024-07-17", "signed",
          "SINGAPUR, 17. Juli (kwn) – Der Singapurer Infrastrukturinvestor Tanglin Ridge Capital führt eine Finanzierungsrunde über 650 Millionen US-Dollar beim malaysischen Rechenzentrumsentwickler Serai Data Parks Sdn Bhd an.",
          note="date from the next sentence ('am Mittwoch'); the €480m equity part is a not_deal; different from Tanglin's 2026 takeover of the rest (019, 020)"),
        D("serai-kulai-capex-2028", ["Serai Data Parks"], "capex_plan", 1500000000, "USD", "approx", "2024-07-17",
          "planned",
          "Bis 2028 will das Unternehmen dort insgesamt rund 1,5 Milliarden Dollar investieren, sagte Finanzchefin Tay Hui Wen.",
          term=[None, "2028"], kind_alt=["project"],
          note="'das Unternehmen' = Serai (previous sentence)"),
    ],
    "not_deals": ["480 Millionen Dollar", "etwa 1,45 Milliarden Dollar", "40 Millionen Ringgit",
                  "5,33 Ringgit je Kubikmeter", "96 Millionen Ringgit", "9,2 Milliarden Singapur-Dollar",
                  "149 Euro"],
}

# ---------------------------------------------------------------- 004
A["004_ostwall_emschertal.txt"] = {
    "published": "2024-08-22",
    "published_note": "from the date line 'Dortmund · Donnerstag, 22. August 2024'; 'am Dienstag' -> 2024-08-20; 'im Juli' -> 2024-07",
    "language": "de",
    "deals": [
        D("ostwall-serai-cooling-2024", ["Ostwall Kältetechnik", "Serai Data Parks"], "supply", 85000000, "EUR",
          "approx", "2024-08-20", "signed",
          "Auftraggeber ist der Entwickler Serai Data Parks, das Volumen liegt nach Unternehmensangaben bei rund 85 Millionen Euro.",
          note="supplier named in the previous sentence, signing day ('am Dienstag') in the next; first of two Ostwall–Serai orders (second: 2026, up to €120m)"),
        D("ostwall-lbbw-schuldschein-2024", ["Ostwall Kältetechnik", "LBBW"], "other", 60000000, "EUR", "exact",
          "2024-07", "completed",
          "Bereits im Juli platzierte die Firma ein Schuldscheindarlehen über 60 Millionen Euro, arrangiert von der Landesbank Baden-Württemberg (LBBW).",
          kind_alt=["investment"], note="loan (Schuldschein); 'die Firma' = Ostwall; LBBW as arranger"),
    ],
    "not_deals": ["112 Millionen Euro", "6,8 Millionen Euro", "1,9 Millionen Euro Zuschuss",
                  "145 Euro je Quadratmeter", "bis zu 400.000 Euro", "50 Cent pro SMS", "1,1 Milliarden Euro"],
}

# ---------------------------------------------------------------- 005
A["005_oracle_malaysia_causeway_en.txt"] = {
    "published": "2024-10-03",
    "published_note": "from 'Oct 3, 2024 · 7:45 AM ET' (Thursday); 'on Wednesday' -> 2024-10-02; 'on Monday' -> 2024-09-30",
    "language": "en",
    "deals": [
        D("oracle-malaysia-2024", ["Oracle"], "capex_plan", 6500000000, "USD", "at_least", "2024-10-02", "announced",
          "Oracle said on Wednesday it plans to invest more than $6.5 billion in Malaysia to set up a public cloud region there, its latest wager on South-East Asian appetite for AI computing.",
          kind_alt=["investment"], alt_amounts=[alt(5900000000, "EUR")]),
        D("google-thailand-2024", ["Google"], "capex_plan", 1000000000, "USD", "exact", "2024-09-30", "announced",
          "The Malaysia plan follows Google's announcement on Monday that it will put $1 billion into data centres and cloud infrastructure in Thailand.",
          kind_alt=["investment"]),
    ],
    "not_deals": ["$172.11", "above $470 billion", "$13.3 billion", "$99 billion",
                  "$9 million to $11 million per megawatt", "$195", "$180", "$3.6 billion", "$170.75",
                  "$99.26–$178.61", "$0.40 per quarter", "$0 commission"],
}

# ---------------------------------------------------------------- 006
A["006_monsunlast_blog.txt"] = {
    "published": "2024-10-15",
    "published_note": "from the byline 'veröffentlicht am 15.10.2024'; 'Ende September' -> 2024-09, 'im Mai' -> 2024-05, 'Am 2. Oktober' -> 2024-10-02, 'Im Juli' -> 2024-07, 'im September' -> 2024-09",
    "language": "de",
    "deals": [
        D("google-thailand-2024", ["Google"], "capex_plan", 1000000000, "USD", "exact", "2024-09", "announced",
          "Ende September versprach Google, eine Milliarde Dollar in Thailand auszugeben, konkret für Rechenzentren in Bangkok und in der Provinz Chonburi; im Mai hatte derselbe Konzern schon zwei Milliarden Dollar für Malaysia in Aussicht gestellt.",
          kind_alt=["investment"], note="two Google pledges in one sentence; this is the Thailand one (amount in words)"),
        D("google-malaysia-2024", ["Google"], "capex_plan", 2000000000, "USD", "exact", "2024-05", "announced",
          "Ende September versprach Google, eine Milliarde Dollar in Thailand auszugeben, konkret für Rechenzentren in Bangkok und in der Provinz Chonburi; im Mai hatte derselbe Konzern schon zwei Milliarden Dollar für Malaysia in Aussicht gestellt.",
          kind_alt=["investment", "project"], note="'derselbe Konzern' = Google; the Malaysia pledge of 002, must stay apart from the Thailand one"),
        D("oracle-malaysia-2024", ["Oracle"], "capex_plan", 6500000000, "USD", "at_least", "2024-10-02", "announced",
          "Am 2. Oktober legte Oracle nach: Mehr als 6,5 Milliarden Dollar, umgerechnet knapp 5,9 Milliarden Euro, sollen in eine Cloudregion in Malaysia fließen.",
          kind_alt=["investment"], alt_amounts=[alt(5900000000, "EUR")]),
        D("tanglin-serai-2024", ["Tanglin Ridge Capital", "Serai Data Parks"], "investment", 650000000, "USD",
          "exact", "2024-07", "completed",
          "Im Juli sammelte der Johor-Entwickler Serai Data Parks 650 Millionen Dollar bei Tanglin Ridge Capital ein, einem Fonds aus Singapur."),
        D("blackstone-airtrunk-2024", ["Blackstone", "AirTrunk"], "acquisition", 24000000000, "AUD", "at_least",
          "2024-09", "signed",
          "Und Blackstone schluckte im September für mehr als 24 Milliarden australische Dollar den Betreiber AirTrunk, der auch in Johor baut.",
          required=False, note="background mention of the 2024 takeover (with CPP Investments, not named here) -> optional"),
    ],
    "not_deals": ["0,29 Singapur-Dollar", "98 Milliarden Baht", "10 bis 12 Millionen Dollar", "560 Millionen Dollar",
                  "4 Euro im Monat"],
}

# ---------------------------------------------------------------- 007
A["007_nongsa_solar_observer_en.txt"] = {
    "published": "2024-11-27",
    "published_note": "from 'Wednesday, November 27, 2024 | 10:14 WIB'; 'signed on Tuesday' -> 2024-11-26; 'in April' -> 2024-04; 'In August' -> 2024-08",
    "language": "en",
    "deals": [
        D("nongsa-riausurya-ppa-2024", ["Nongsa Awan Digital", "Riau Surya Energi"], "supply", 310000000, "USD",
          "approx", "2024-11-26", "signed",
          "The contract with PT Riau Surya Energi, signed on Tuesday, is worth roughly US$310 million over its life, Nongsa Awan's president director Rizal Hutapea told reporters.",
          note="25-year power purchase agreement; buyer PT Nongsa Awan Digital named in the previous sentence"),
        D("microsoft-indonesia-2024", ["Microsoft"], "capex_plan", 1700000000, "USD", "exact", "2024-04", "announced",
          "Interest in the island has picked up since Microsoft said in April it would invest US$1.7 billion in cloud and AI infrastructure across Indonesia over four years.",
          kind_alt=["investment"]),
        D("nxera-telin-medco-batam-2024", ["Singtel", "Telkom Indonesia", "Medco Power"], "partnership", None, None,
          None, "2024-08", "announced",
          "In August, Singtel's data centre arm Nxera signed a memorandum with Telkom Indonesia's international unit Telin and Medco Power to study a green data centre hub on Batam.",
          required=False, note="memorandum without amount -> optional; Nxera = Singtel, Telin = Telkom Indonesia"),
    ],
    "not_deals": ["about US$95 million", "around US$85 per square metre", "Rp1,115 per kilowatt-hour",
                  "Rp1.9 trillion", "around US$4 billion", "S$38"],
}

# ---------------------------------------------------------------- 008
A["008_tebrau_digest_en.txt"] = {
    "published": "2025-02-20",
    "published_note": "from the issue line 'Issue #38 · 20 February 2025'; 'last week' -> 2025-02; 'in October' -> 2024-10; 'last August' -> 2024-08; 'last month' -> 2025-01",
    "language": "en",
    "deals": [
        D("lembah-serai-ppa-2025", ["Lembah Kulai Solar", "Serai Data Parks"], "supply", 540000000, "USD", "approx",
          "2025-02", "signed",
          "The two sides put the contract's lifetime value at about US$540 million; it was signed last week in Johor Bahru.",
          note="'The two sides' = Serai Data Parks and Lembah Kulai Solar (previous sentence); 21-year PPA"),
        D("serai-sedenak-land-2024", ["Serai Data Parks"], "acquisition", 200000000, "USD", "exact", "2024-10",
          "cancelled",
          "Separately, Serai has walked away from a planned US$200 million purchase of 120 acres in Sedenak that it agreed in October; the seller, a state-linked landholder, keeps the RM9 million deposit.",
          note="cancelled land purchase, dated to the original agreement; the seller is not named; the deposit is a not_deal"),
        D("ostwall-serai-cooling-2024", ["Ostwall Kältetechnik", "Serai Data Parks"], "supply", 85000000, "EUR",
          "approx", "2024-08", "signed",
          "Its cooling supplier is busy as well: Ostwall Kältetechnik of Dortmund, which won an order worth about €85 million (roughly US$92 million) from Serai last August, says the first chillers ship in April.",
          alt_amounts=[alt(92000000, "USD")], note="restated order of 004"),
        D("dayone-series-c-2025", ["DayOne"], "investment", 1900000000, "USD", "at_least", "2025-01", "completed",
          "DayOne, the Singapore-headquartered operator formerly known as GDS International, closed a Series C of more than US$1.9 billion last month.",
          note="no investor named"),
        D("straits-meridian-nongsa-loan-2025", ["Nongsa Awan Digital", "Straits Meridian Bank"], "other", 420000000,
          "SGD", "exact", "2025", "negotiating",
          "Nongsa Awan Digital is close to a S$420 million green loan from Straits Meridian Bank for its second building, two bankers told us.",
          kind_alt=["investment"], note="loan in negotiation (sourced); signed in March per 015, so only the year here"),
    ],
    "not_deals": ["RM9 million", "more than US$5 billion", "S$6.1 billion", "US$110–140 per kW per month",
                  "up to US$300 per kW per month", "RM114.7 billion", "US$1,950 per rack", "US$15 a month",
                  "US$150 a year"],
}

# ---------------------------------------------------------------- 009
A["009_wirraway_cumberland_en.txt"] = {
    "published": "2025-03-13",
    "published_note": "from the byline 'By Lachlan Byrnes | 13 March 2025' (Thursday); 'on Wednesday' -> 2025-03-12; 'last October' -> 2024-10; 'in late 2023' -> 2023",
    "language": "en",
    "deals": [
        D("wirraway-microsoft-lease-2025", ["Wirraway Data", "Microsoft"], "other", 2400000000, "AUD", "approx",
          "2025-03-12", "signed",
          "Wirraway Data has landed Microsoft as the anchor tenant for its 120-megawatt campus at Kemps Creek in Western Sydney, in a 15-year lease that the privately owned developer valued at about A$2.4 billion over its term.",
          kind_alt=["cloud_contract"], alt_amounts=[alt(1400000000, "EUR")],
          note="data-centre lease; signing day from the next sentence; first of two Microsoft–Wirraway leases (second: 2026, A$850m)"),
        D("microsoft-australia-2023", ["Microsoft"], "capex_plan", 5000000000, "AUD", "exact", "2023", "announced",
          "Microsoft pledged in late 2023 to pour A$5 billion into its Australian hyperscale footprint across two years, and the lease is part of that build-out.",
          required=False, kind_alt=["investment"], note="background mention of an older pledge -> optional"),
        D("brolga-wirraway-2024", ["Brolga Super", "Wirraway Data"], "investment", 300000000, "AUD", "exact",
          "2024-10", "completed",
          "Wirraway, founded by a group of former telecoms engineers, is backed by Brolga Super, which put A$300 million into the company last October in exchange for a 40 per cent stake.",
          kind_alt=["acquisition"]),
        D("wirraway-capex-fy2026", ["Wirraway Data"], "capex_plan", 600000000, "AUD", "range", "2025-03", "planned",
          "The developer expects capital expenditure of between A$600 million and A$700 million in the 2026 financial year, most of it for a second 60 MW hall.",
          amount_max=700000000, term=["2025-07", "2026-06"],
          note="'The developer' = Wirraway; Australian financial year 2026 = July 2025 to June 2026"),
    ],
    "not_deals": ["A$68 billion", "A$41 million", "A$9 million", "around A$1,200 per square metre", "A$31 million",
                  "A$14.20", "up to A$5 million"],
}

# ---------------------------------------------------------------- 010
A["010_microsoft_kursbrise.txt"] = {
    "published": "2025-03-14",
    "published_note": "from '14.03.25 | 09:31' (Friday); 'am Mittwoch' -> 2025-03-12; 'Anfang Januar' -> 2025-01",
    "language": "de",
    "deals": [
        D("wirraway-microsoft-lease-2025", ["Wirraway Data", "Microsoft"], "other", 2400000000, "AUD", "approx",
          "2025-03-12", "signed",
          "Der Softwarekonzern mietet für 15 Jahre den neuen Campus des australischen Entwicklers Wirraway Data in Kemps Creek westlich von Sydney; den Wert des am Mittwoch unterzeichneten Mietvertrags beziffert Wirraway auf etwa 2,4 Milliarden australische Dollar, umgerechnet knapp 1,4 Milliarden Euro.",
          kind_alt=["cloud_contract"], alt_amounts=[alt(1400000000, "EUR")],
          note="'Der Softwarekonzern' = Microsoft (previous sentence 'Microsofts Hunger …')"),
        D("microsoft-capex-fy2025", ["Microsoft"], "capex_plan", 80000000000, "USD", "approx", "2025-01", "announced",
          "Anfang Januar hatte Microsoft-Präsident Brad Smith angekündigt, im laufenden Geschäftsjahr bis Ende Juni rund 80 Milliarden Dollar in KI-fähige Rechenzentren zu stecken, mehr als die Hälfte davon in den USA.",
          kind_alt=["investment"], term=["2024-07", "2025-06"]),
    ],
    "not_deals": ["22,6 Milliarden Dollar", "378,77 Dollar", "468,35 Dollar", "510 Dollar", "378,77 USD",
                  "2,82 Bio. USD", "245,1 Mrd. USD", "0,83 USD", "1 Euro je Trade"],
}

# ---------------------------------------------------------------- 011
A["011_kisaragi_handelskurier.txt"] = {
    "published": "2025-05-21",
    "published_note": "from the date line 'Mittwoch, 21. Mai 2025 · Unternehmen · Seite 15'; 'am Dienstag' -> 2025-05-20; 'im vergangenen September' -> 2024-09",
    "language": "de",
    "deals": [
        D("kisaragi-chaophraya-jv-2025", ["Kisaragi Power", "Chao Phraya Digital"], "joint_venture", 45000000000,
          "JPY", "exact", "2025-05-20", "announced",
          "Die Partner wollen zusammen 45 Milliarden Yen, rund 310 Millionen Dollar, in die erste Ausbaustufe mit 90 Megawatt stecken, wie sie am Dienstag in Bangkok bekannt gaben.",
          kind_alt=["project"], alt_amounts=[alt(310000000, "USD")],
          note="'Die Partner' = Kisaragi Power and Chao Phraya Digital Infrastructure PCL (previous sentence)"),
        D("google-thailand-2024", ["Google"], "capex_plan", 1000000000, "USD", "exact", "2024-09", "announced",
          "Auch Google baut in Chonburi, der US-Konzern hatte im vergangenen September eine Milliarde Dollar für Thailand zugesagt.",
          kind_alt=["investment"]),
        D("mekong-honglam-seriesb-2025", ["Hồng Lam Data", "Mekong Frontier Partners"], "investment", 120000000,
          "USD", "approx", "2025", "negotiating",
          "Im Nachbarland Vietnam verhandelt der Betreiber Hồng Lam Data JSC nach Informationen dieser Zeitung mit Investoren über eine Finanzierungsrunde von rund 120 Millionen Dollar; anführen soll sie der Fonds Mekong Frontier Partners aus Ho-Chi-Minh-Stadt.",
          note="round under negotiation, closed in September (014), so only the year here"),
    ],
    "not_deals": ["etwa 3,4 Millionen Dollar je Megawatt", "38 Milliarden Yen", "rund 21 Milliarden Baht",
                  "gut 170 Milliarden Baht", "4,18 Baht je Kilowattstunde", "rund 9 Millionen Baht", "0,99 Euro",
                  "24,90 Euro monatlich"],
}

# ---------------------------------------------------------------- 012
A["012_aws_australien_sammelschiene.html"] = {
    "published": "2025-06-16",
    "published_note": "from <time datetime=2025-06-16> ('16. Juni 2025', Monday), <meta name=date> and JSON-LD; 'am Samstag' -> 2025-06-14; 'im Februar' -> 2025-02; 'vergangene Woche' -> 2025-06",
    "language": "de",
    "deals": [
        D("aws-australia-2025", ["Amazon"], "capex_plan", 20000000000, "AUD", "approx", "2025-06-14", "announced",
          "Amazon Web Services (AWS) will zwischen 2025 und 2029 rund 20 Milliarden australische Dollar (etwa 11,3 Milliarden Euro) in Rechenzentren in Australien stecken.",
          kind_alt=["investment"], term=["2025", "2029"],
          alt_amounts=[alt(11300000000, "EUR"), alt(13000000000, "USD")],
          note="day from the next sentence ('am Samstag'); the A$20bn (20 Mrd. A$) grid programme of the government is a not_deal"),
        D("amazon-capex-2025", ["Amazon"], "capex_plan", 100000000000, "USD", "approx", "2025-02", "announced",
          "Konzernweit hatte Amazon-Chef Andy Jassy im Februar für das laufende Jahr Sachinvestitionen um die 100 Milliarden Dollar angekündigt, den größten Teil davon für AWS.",
          kind_alt=["investment"], term=["2025", "2025"], note="Amazon's group-wide 2025 capex plan; different from the Australia plan"),
        D("aws-european-energy-ppa-2025", ["Amazon", "European Energy"], "supply", None, None, None, None, "signed",
          "Strom soll zum Teil aus drei neuen Solarparks in Victoria und Queensland kommen, deren Erzeugung AWS über langfristige Abnahmeverträge mit dem dänischen Entwickler European Energy bezieht.",
          required=False, note="PPAs without price -> optional; no date given for the contracts"),
        D("kahurangi-meridian-supply-2025", ["Kahurangi Compute", "Meridian Energy"], "supply", None, None, None,
          "2025-06", "signed",
          "Auch auf der anderen Seite der Tasmansee tut sich etwas: Der neuseeländische Entwickler Kahurangi Compute hat vergangene Woche mit dem Versorger Meridian Energy einen langfristigen Stromliefervertrag für seinen Standort bei Invercargill geschlossen; Konditionen nannten beide nicht.",
          required=False, note="no amount -> optional"),
    ],
    "not_deals": ["130 australischen Dollar je Megawattstunde", "20 Mrd. A$",
                  "rund 160 neuseeländische Dollar je Megawattstunde", "89 Euro", "48.000 Euro", "389 Euro"],
}

# ---------------------------------------------------------------- 013
A["013_aws_chronicle_en.txt"] = {
    "published": "2025-06-17",
    "published_note": "from the date line 'Tuesday, June 17, 2025'; 'on Saturday' -> 2025-06-14; 'in March' -> 2025-03",
    "language": "en",
    "deals": [
        D("aws-australia-2025", ["Amazon"], "capex_plan", 20000000000, "AUD", "exact", "2025-06-14", "announced",
          "Amazon Web Services' promise on Saturday to spend A$20 billion on Australian data centres between 2025 and 2029, about US$13 billion, has local councillors counting the jobs.",
          kind_alt=["investment"], term=["2025", "2029"], alt_amounts=[alt(13000000000, "USD")]),
        D("aws-european-energy-ppa-2025", ["Amazon", "European Energy"], "supply", None, None, None, None, "signed",
          "The company has not said how the spending will be split between Sydney and Melbourne, but it has lined up power from three new solar farms in Victoria and Queensland being built by Denmark's European Energy.",
          required=False, note="'The company' = AWS; no amount -> optional"),
        D("wirraway-microsoft-lease-2025", ["Wirraway Data", "Microsoft"], "other", 2400000000, "AUD", "approx",
          "2025-03", "signed",
          "Just down the road at Kemps Creek, Wirraway Data is building the campus Microsoft agreed in March to lease for 15 years at a cost of about A$2.4 billion.",
          kind_alt=["cloud_contract"]),
    ],
    "not_deals": ["an estimated A$40 billion", "A$18.5 million", "A$5 million grant", "up to A$65 an hour",
                  "$2,300 a year", "A$25"],
}

# ---------------------------------------------------------------- 014
A["014_honglam_saigon_en.txt"] = {
    "published": "2025-09-12",
    "published_note": "from 'Friday, 12/9/2025 14:20 (GMT+7)' (Vietnamese day/month order: 12 September 2025); 'on Thursday' -> 2025-09-11; 'this month' -> 2025-09; 'in April last year' -> 2024-04",
    "language": "en",
    "deals": [
        D("mekong-honglam-seriesb-2025", ["Hồng Lam Data", "Mekong Frontier Partners"], "investment", 120000000,
          "USD", "exact", "2025-09-11", "completed",
          "HCMC – Hồng Lam Data JSC, a data centre operator in the city's Thu Duc area, announced on Thursday that it has completed a US$120 million Series B round led by Mekong Frontier Partners, with two Japanese trading houses joining."),
        D("honglam-fpt-gpu-cloud-2025", ["Hồng Lam Data", "FPT"], "cloud_contract", 45000000, "USD", "approx",
          "2025-09", "signed",
          "Hồng Lam has also signed a three-year contract this month to provide GPU cloud capacity to FPT Smart Cloud, a unit of FPT Corporation, worth about US$45 million.",
          note="FPT Smart Cloud = FPT"),
        D("fpt-nvidia-ai-factory-2024", ["FPT", "Nvidia"], "project", 200000000, "USD", "exact", "2024-04",
          "announced",
          "FPT itself announced a US$200 million AI factory with Nvidia in April last year, built on the US chipmaker's H100 processors.",
          kind_alt=["partnership", "investment"]),
    ],
    "not_deals": ["US$410 million", "US$350 million", "about US$1 billion", "around US$150 per square metre",
                  "1,900 dong per kilowatt-hour", "135,000 dong", "3.2 billion dong"],
}

# ---------------------------------------------------------------- 015
A["015_kalayaan_bayfront_en.txt"] = {
    "published": "2025-11-19",
    "published_note": "from 'Published November 19, 2025 5:03 am' (Wednesday); 'on Tuesday' -> 2025-11-18; 'last week' -> 2025-11; 'in March' -> 2025-03",
    "language": "en",
    "deals": [
        D("straits-meridian-kalayaan-loan-2025", ["Kalayaan Data Parks", "Straits Meridian Bank"], "other",
          480000000, "USD", "exact", "2025-11-18", "signed",
          "KALAYAAN Data Parks Inc. has signed a US$480-million project financing package with a group of lenders led by Singapore's Straits Meridian Bank to build the first two halls of its 100-megawatt campus in General Trias, Cavite, south of the capital, the company said on Tuesday.",
          kind_alt=["investment"], note="loan; Straits Meridian as lead lender"),
        D("bayline-kalayaan-supply-2025", ["Batangas Bayline Power", "Kalayaan Data Parks"], "supply", 95000000,
          "USD", "approx", "2025-11", "signed",
          "The developer also signed last week a 15-year electricity supply agreement with Batangas Bayline Power Corp., which will deliver power from its gas and solar plants in Batangas province; Kalayaan valued that contract at around US$95 million a year.",
          per="year", note="a rate: about US$95m a year over 15 years"),
        D("straits-meridian-nongsa-loan-2025", ["Nongsa Awan Digital", "Straits Meridian Bank"], "other", 420000000,
          "SGD", "exact", "2025-03", "signed",
          "For Straits Meridian, it is the second data centre loan in the region after a S$420-million green loan to Batam's Nongsa Awan Digital in March.",
          kind_alt=["investment"], note="the loan reported as close in 008; a different deal from the Kalayaan loan"),
    ],
    "not_deals": ["PHP 1.2 billion", "between US$180 million and US$220 million", "PHP 210 billion",
                  "about PHP 7 per kilowatt-hour", "PHP 8.5M"],
}

# ---------------------------------------------------------------- 016
A["016_tickerwerk_liveblog.txt"] = {
    "published": "2025-12-05",
    "published_note": "from the liveblog date 'Freitag, 5. Dezember 2025'; 'vergangene Woche' -> 2025-11 (24–30 November); 'Mitte November' -> 2025-11; 'am Donnerstag' -> 2025-12-04",
    "language": "de",
    "deals": [
        D("brolga-kahurangi-2025", ["Brolga Super", "Kahurangi Compute"], "investment", 180000000, "AUD", "exact",
          "2025-11", "signed",
          "Brolga Super geht nach Neuseeland: Der australische Pensionsfonds steckt 180 Millionen australische Dollar in den Entwickler Kahurangi Compute, der bei Invercargill auf der Südinsel ein Rechenzentrum mit Wasserkraftstrom baut.",
          note="signed 'vergangene Woche' (next sentence)"),
        D("straits-meridian-kalayaan-loan-2025", ["Kalayaan Data Parks", "Straits Meridian Bank"], "other",
          480000000, "USD", "exact", "2025-11", "signed",
          "Philippinen: Das Kreditpaket über 480 Millionen Dollar, das Kalayaan Data Parks Mitte November mit einer Bankengruppe unter Führung der Straits Meridian Bank vereinbart hatte, ist nach Unternehmensangaben voll gezeichnet.",
          kind_alt=["investment"]),
        D("openai-nextdc-s7-2025", ["OpenAI", "NEXTDC"], "project", 7000000000, "AUD", "approx", "2025-12-04",
          "announced",
          "Das Projekt mit dem Namen S7 soll rund sieben Milliarden australische Dollar (etwa 4 Milliarden Euro) kosten.",
          kind_alt=["partnership"], alt_amounts=[alt(4000000000, "EUR")],
          note="parties and day ('am Donnerstag', letter of intent) in the previous sentence"),
    ],
    "not_deals": ["71 Milliarden australischen Dollar", "15,10 australische Dollar", "6,10 Ringgit je Kubikmeter",
                  "gut 26 Milliarden australische Dollar", "6,99 Euro im Monat"],
}

# ---------------------------------------------------------------- 017
A["017_wirraway_quay_en.txt"] = {
    "published": "2026-02-18",
    "published_note": "from '18 Feb 2026 — 5.00am' (Wednesday); 'on Monday' -> 2026-02-16; 'in March last year' -> 2025-03; 'in 2024' -> 2024; 'last week' -> 2026-02; 'in December' -> 2025-12",
    "language": "en",
    "deals": [
        D("wirraway-microsoft-lease-2026", ["Wirraway Data", "Microsoft"], "other", 850000000, "AUD", "approx",
          "2026-02-16", "signed",
          "Microsoft will take a further 40 megawatts at Wirraway Data's Kemps Creek campus under a second lease worth about A$850 million over 12 years, the Sydney developer told investors on Monday.",
          kind_alt=["cloud_contract"], note="second Microsoft–Wirraway lease; must stay apart from the 2025 lease in the next sentence"),
        D("wirraway-microsoft-lease-2025", ["Wirraway Data", "Microsoft"], "other", 2400000000, "AUD", "approx",
          "2025-03", "signed",
          "The new agreement comes on top of the 15-year deal the two sides struck in March last year, which Wirraway valued at about A$2.4 billion at the time.",
          kind_alt=["cloud_contract"], note="'the two sides' = Microsoft and Wirraway"),
        D("brolga-wirraway-2024", ["Brolga Super", "Wirraway Data"], "investment", 300000000, "AUD", "exact",
          "2024", "completed",
          "Brolga Super, which bought 40 per cent of the company for A$300 million in 2024, remains the largest shareholder and has a seat on the board.",
          kind_alt=["acquisition"], note="'the company' = Wirraway"),
        D("wirraway-minority-stake-2026", ["Wirraway Data"], "acquisition", 1000000000, "AUD", "up_to", "2026-02",
          "rumored",
          "Wirraway denied a report in a Sydney newspaper last week that it was sounding out buyers for a further minority stake worth up to A$1 billion.",
          required=False, kind_alt=["investment"], note="denied report of a planned stake sale -> optional"),
        D("openai-nextdc-s7-2025", ["OpenAI", "NEXTDC"], "project", 7000000000, "AUD", "exact", "2025-12",
          "announced",
          "Competition for tenants has only grown since OpenAI and NEXTDC agreed in December to develop a A$7 billion AI campus a few kilometres away in Eastern Creek.",
          kind_alt=["partnership"]),
    ],
    "not_deals": ["A$118 million", "A$640 million", "A$13.62", "US$37.5 billion",
                  "about A$260 per kilowatt a month", "A$500"],
}

# ---------------------------------------------------------------- 018
A["018_ostwall_taupunkt_interview.txt"] = {
    "published": None,
    "published_note": "the interview has no date (only 'Lesezeit: 7 Min.'); 'vor zwei Jahren', 'in diesem und im nächsten Jahr' cannot be resolved, so all dates are null",
    "language": "de",
    "deals": [
        D("ostwall-serai-cooling-2024", ["Ostwall Kältetechnik", "Serai Data Parks"], "supply", 85000000, "EUR",
          "approx", None, "signed",
          "Der erste Vertrag mit Serai Data Parks über rund 85 Millionen Euro ist fast abgearbeitet, die letzten Kältemaschinen gehen im Sommer raus.",
          note="the speaker's company Ostwall is the supplier; restated first order"),
        D("ostwall-serai-cooling-2026", ["Ostwall Kältetechnik", "Serai Data Parks"], "supply", 120000000, "EUR",
          "up_to", None, "signed",
          "Wir haben mit Serai einen zweiten Vertrag für die nächste Bauphase unterschrieben, der ein Volumen von bis zu 120 Millionen Euro haben kann – je nachdem, wie viele Hallen der Kunde auf Flüssigkühlung umstellt.",
          note="'Wir' = Ostwall; second order, dated 2026-03 by 019 and 020"),
        D("ostwall-luenen-plant-capex", ["Ostwall Kältetechnik"], "capex_plan", 18000000, "EUR", "approx", None,
          "planned",
          "In diesem und im nächsten Jahr investieren wir zusammen etwa 18 Millionen Euro, damit in Lünen ein zweites Werk entsteht.",
          kind_alt=["project"], note="'wir' = Ostwall; the years are not resolvable in an undated interview"),
    ],
    "not_deals": ["erstmals mehr als 150 Millionen Euro", "2,2 Millionen Euro", "9.800 Dollar",
                  "1.600 Euro im Monat", "118 Euro", "59 Euro", "500 Euro"],
}

# ---------------------------------------------------------------- 019
A["019_serai_ruhrkontor.txt"] = {
    "published": "2026-05-22",
    "published_note": "from the issue line 'Nr. 21 | 22. Mai 2026'; 'Im März' -> 2026-03; 'bereits 2024' -> 2024; 'vom August 2024' -> 2024-08",
    "language": "de",
    "deals": [
        D("tanglin-serai-takeover-2026", ["Tanglin Ridge Capital", "Serai Data Parks"], "acquisition", 1400000000,
          "SGD", "approx", "2026", "rumored",
          "Insidern zufolge verhandelt der Singapurer Investor Tanglin Ridge Capital darüber, die übrigen 55 Prozent an Serai zu übernehmen, und bietet dafür rund 1,4 Milliarden Singapur-Dollar.",
          alt_amounts=[alt(1090000000, "USD")],
          note="rumoured talks, signed on 2026-06-09 (020), so only the year here; different from Tanglin's 2024 investment (next sentence)"),
        D("tanglin-serai-2024", ["Tanglin Ridge Capital", "Serai Data Parks"], "investment", 650000000, "USD",
          "exact", "2024", "completed",
          "Tanglin war bereits 2024 mit einer Runde über 650 Millionen Dollar bei Serai eingestiegen."),
        D("ostwall-serai-cooling-2026", ["Ostwall Kältetechnik", "Serai Data Parks"], "supply", 120000000, "EUR",
          "up_to", "2026-03", "signed",
          "Im März hatten die Dortmunder mit Serai einen zweiten Liefervertrag über bis zu 120 Millionen Euro geschlossen, der erste Auftrag über rund 85 Millionen Euro stammt vom August 2024.",
          note="'die Dortmunder' = Ostwall; two Ostwall–Serai orders in one sentence; this is the second"),
        D("ostwall-serai-cooling-2024", ["Ostwall Kältetechnik", "Serai Data Parks"], "supply", 85000000, "EUR",
          "approx", "2024-08", "signed",
          "Im März hatten die Dortmunder mit Serai einen zweiten Liefervertrag über bis zu 120 Millionen Euro geschlossen, der erste Auftrag über rund 85 Millionen Euro stammt vom August 2024.",
          note="the first order of 004, restated"),
    ],
    "not_deals": ["160 bis 175 Millionen Euro", "410 Millionen Ringgit", "6,10 Ringgit je Kubikmeter",
                  "Mindestanlage 1.000 Euro", "12,90 Euro monatlich"],
}

# ---------------------------------------------------------------- 020
A["020_tanglin_serai_straitsrack_en.html"] = {
    "published": "2026-06-10",
    "published_note": "from the visible byline 'June 10, 2026' (Wednesday), the article:published_time meta tag and JSON-LD; 'on Tuesday' -> 2026-06-09; 'in July 2024' -> 2024-07; 'in February 2025' -> 2025-02; 'in March' -> 2026-03",
    "language": "en",
    "deals": [
        D("tanglin-serai-takeover-2026", ["Tanglin Ridge Capital", "Serai Data Parks"], "acquisition", 1400000000,
          "SGD", "exact", "2026-06-09", "signed",
          "Tanglin Ridge Capital has agreed to buy the remaining 55% of Johor developer Serai Data Parks for S$1.4 billion (about US$1.09 billion), the Singapore investor said on Tuesday, confirming talks first reported last month.",
          alt_amounts=[alt(1090000000, "USD")],
          note="the S$2.5bn enterprise value and the S$120m of Tanglin units for the founder are not_deals"),
        D("tanglin-serai-2024", ["Tanglin Ridge Capital", "Serai Data Parks"], "investment", 650000000, "USD",
          "exact", "2024-07", "completed",
          "Tanglin first invested in July 2024, when it led a US$650 million round for 45% of the company."),
        D("lembah-serai-ppa-2025", ["Lembah Kulai Solar", "Serai Data Parks"], "supply", 540000000, "USD", "approx",
          "2025-02", "signed",
          "Serai's campus draws most of its daytime power from Lembah Kulai Solar under a 21-year contract signed in February 2025 and valued at the time at about US$540 million."),
        D("ostwall-serai-cooling-2026", ["Ostwall Kältetechnik", "Serai Data Parks"], "supply", 120000000, "EUR",
          "up_to", "2026-03", "signed",
          "The change of owner should reassure suppliers such as Dortmund-based Ostwall Kältetechnik, which in March signed a second cooling contract with Serai worth up to €120 million for the next construction phase."),
    ],
    "not_deals": ["about S$2.5 billion", "S$120 million", "RM190 million", "US$7.9 billion", "S$1,290"],
}

ALIASES = {
    "Microsoft": ["Microsoft", "Microsoft Corp.", "Microsofts"],
    "Google": ["Google", "Google Cloud", "Alphabet"],
    "Oracle": ["Oracle"],
    "Amazon": ["Amazon", "Amazon Web Services", "AWS"],
    "European Energy": ["European Energy"],
    "Meridian Energy": ["Meridian Energy"],
    "OpenAI": ["OpenAI"],
    "NEXTDC": ["NEXTDC"],
    "Nvidia": ["Nvidia"],
    "FPT": ["FPT", "FPT Corporation", "FPT Smart Cloud"],
    "DayOne": ["DayOne", "GDS International"],
    "Blackstone": ["Blackstone"],
    "AirTrunk": ["AirTrunk"],
    "Singtel": ["Singtel", "Nxera"],
    "Telkom Indonesia": ["Telkom Indonesia", "Telin"],
    "Medco Power": ["Medco Power"],
    "LBBW": ["LBBW", "Landesbank Baden-Württemberg"],
    "Serai Data Parks": ["Serai Data Parks", "Serai Data Parks Sdn Bhd", "Serai"],
    "Tanglin Ridge Capital": ["Tanglin Ridge Capital", "Tanglin Ridge", "Tanglin"],
    "Ostwall Kältetechnik": ["Ostwall Kältetechnik", "Ostwall Kältetechnik GmbH", "Ostwall"],
    "Lembah Kulai Solar": ["Lembah Kulai Solar"],
    "Nongsa Awan Digital": ["Nongsa Awan Digital", "PT Nongsa Awan Digital", "Nongsa Awan"],
    "Riau Surya Energi": ["Riau Surya Energi", "PT Riau Surya Energi"],
    "Straits Meridian Bank": ["Straits Meridian Bank", "Straits Meridian"],
    "Wirraway Data": ["Wirraway Data", "Wirraway"],
    "Brolga Super": ["Brolga Super", "Brolga"],
    "Kahurangi Compute": ["Kahurangi Compute", "Kahurangi"],
    "Chao Phraya Digital": ["Chao Phraya Digital", "Chao Phraya Digital Infrastructure PCL",
                            "Chao Phraya Digital Infrastructure"],
    "Kisaragi Power": ["Kisaragi Power", "Kisaragi"],
    "Hồng Lam Data": ["Hồng Lam Data", "Hồng Lam Data JSC", "Hồng Lam"],
    "Mekong Frontier Partners": ["Mekong Frontier Partners", "Mekong Frontier"],
    "Kalayaan Data Parks": ["Kalayaan Data Parks", "Kalayaan Data Parks Inc.", "Kalayaan"],
    "Batangas Bayline Power": ["Batangas Bayline Power", "Batangas Bayline Power Corp."],
}


def merge_alts(articles):
    """Give the first entry of every shared id all amounts the later entries state."""
    first = {}
    for a in articles.values():
        for d in a["deals"]:
            first.setdefault(d["id"], d)
    for a in articles.values():
        for d in a["deals"]:
            f = first[d["id"]]
            if f is d:
                continue
            extra = list(d.get("alt_amounts", []))
            if d.get("amount") is not None and (d["amount"], d["currency"]) != (f.get("amount"), f.get("currency")):
                extra.append(alt(d["amount"], d["currency"]))
            for x in extra:
                have = f.setdefault("alt_amounts", [])
                if x not in have and (x["amount"], x["currency"]) != (f.get("amount"), f.get("currency")):
                    have.append(x)


def main():
    merge_alts(A)
    gold = {"about": ABOUT, "articles": A, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(A)} articles, {sum(len(a['deals']) for a in A.values())} deal mentions")


if __name__ == "__main__":
    main()
