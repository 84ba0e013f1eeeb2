#!/usr/bin/env python3
"""Write gold.json for tests/corpus176 (the hand annotation, kept as a script so it can be
edited and regenerated). Format and rules as tests/corpus15/gold.json and
../shared/gold/seeds.json. Standard library only.

Usage: python3 tests/corpus176/make_gold.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

HOST = ["other", "supply"]  # kind_alt for hosting / colocation leases


def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True,
      amount_max=None, note=None, **extra):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency if amount else None, "qualifier": qualifier if amount else None,
         "date": date, "status": status, "required": required}
    for k in ("term", "per", "alt_amounts", "kind_alt"):
        if k in extra:
            d[k] = extra[k]
    if note:
        d["note"] = note
    d["evidence"] = evidence
    return d


def alt(*pairs):
    return [{"amount": a, "currency": c} for a, c in pairs]


ARTICLES = {}


def A(name, published, note, language, deals, not_deals):
    ARTICLES[name] = {"published": published, "published_note": note, "language": language,
                      "deals": deals, "not_deals": not_deals}


A("001_moorhafen_brunsbuettel_deichpost.txt", "2024-06-13",
  "dateline without year 'Brunsbüttel, 13. Juni (hb)'; year from '© 2024 Dithmarscher Deichpost'; "
  "'am Montagabend' -> 2024-06-10, 'am Dienstag' -> 2024-06-11", "de",
  [D("brunsbuettel-moorhafen-land", ["Moorhafen Rechenwerke", "Stadt Brunsbüttel"], "acquisition",
     4200000, "EUR", "approx", "2024-06-10", "announced",
     "Gut 4,2 Millionen Euro zahlt die Moorhafen Rechenwerke AG für die rund 13 Hektar große Brachfläche nördlich der Schleuse.",
     kind_alt=["other"],
     note="amount first ('Gut' -> approx); seller and the council vote 'am Montagabend' in the next sentence; notarial contract still to come -> announced"),
   D("moorhafen-brunsbuettel-capex", ["Moorhafen Rechenwerke"], "capex_plan", 60000000, "EUR", "approx",
     "2024-06", "planned",
     "Am neuen Standort will Moorhafen bis Ende 2026 rund 60 Millionen Euro in Containerhallen, zwei Umspannwerke und eine Flüssigkühlung stecken.",
     term=[None, "2026"], kind_alt=["project"],
     note="site investment plan of one company; no day given -> month of the article"),
   D("suederdeich-moorhafen-ppa", ["Süderdeich Wind", "Moorhafen Rechenwerke"], "supply", 6500000, "EUR",
     "approx", "2024-06-11", "signed",
     "Zehn Jahre lang, beginnend im Januar 2025, zahlt Moorhafen dem Windparkbetreiber jährlich rund 6,5 Millionen Euro, unabhängig davon, wie viel Wind weht.",
     per="year", term=["2025-01", "2034"],
     note="yearly rate; 'dem Windparkbetreiber' = Süderdeich Wind (two sentences before); signed 'am Dienstag' (previous sentence)")],
  ["rund 900.000 Euro pro Jahr", "gut 32 Euro je Quadratmeter", "rund 62.000 Euro", "3 Millionen Euro",
   "bis zu 58.000 Euro im Jahr", "ab 649 Euro"])

A("002_coreweave_corescientific_tarnbridge_en.txt", "2024-06-04",
  "from the header 'June 4, 2024 · 07:12 ET'; dateline 'NEW YORK, June 3'; 'on Monday' -> 2024-06-03", "en",
  [D("coreweave-corescientific-hosting-2024", ["CoreWeave", "Core Scientific"], "cloud_contract", 3400000000,
     "USD", "approx", "2024-06-03", "signed",
     "Under twelve-year hosting contracts signed on Monday, CoreWeave will pay roughly $3.4 billion in total to run its Nvidia clusters in about 200 megawatts of Core Scientific's existing buildings, which the miner will retrofit over the next year.",
     kind_alt=HOST,
     note="hosting/colocation; different from the refused 2024 offer (same article) and the 2025 takeover (007, 008, 015)"),
   D("coreweave-corescientific-offer-2024", ["CoreWeave", "Core Scientific"], "acquisition", 1100000000, "USD",
     "approx", "2024-05", "cancelled",
     "In late May, CoreWeave had offered about $1.1 billion in cash for Core Scientific, or $5.90 per share, the miner said.",
     note="refused by Core Scientific's board (next sentence) -> cancelled; $5.90 per share is a unit price"),
   D("blackstone-coreweave-debt-2024", ["Blackstone", "Magnetar", "CoreWeave"], "other", 7500000000, "USD",
     "exact", "2024-05", "signed",
     "Last month it arranged $7.5 billion of debt financing led by Blackstone, with Magnetar among the other lenders, secured against its GPUs and customer contracts.",
     kind_alt=["investment"], note="'it' = CoreWeave (previous sentence); loan led by Blackstone; 'Last month' -> 2024-05")],
  ["$5.90 per share", "$8.71", "about $1.9 billion", "around $6.30", "around $49 per petahash per day",
   "$179 million", "$19 billion", "between $1 million and $1.5 million per megawatt", "$14.99 a month"])

A("003_tidewell_pentrell_blockspan_en.html", "2024-10-09",
  "from <meta property='article:published_time'> and <time datetime='2024-10-09'> ('October 9, 2024'); "
  "'on Tuesday' -> 2024-10-08", "en",
  [D("tidewell-pentrell-hosting", ["Tidewell Digital", "Pentrell Compute"], "cloud_contract", 410000000, "USD",
     "exact", "2024-10-08", "signed",
     "Pentrell will pay Tidewell $410 million over the life of the agreement for 40 megawatts of critical IT load, the miner said in a filing.",
     kind_alt=HOST, note="seven-year hosting contract announced 'on Tuesday' (previous sentence)"),
   D("orbisfeld-tidewell-notes", ["Orbisfeld Capital", "Tidewell Digital"], "investment", 75000000, "USD",
     "exact", "2024-10", "completed",
     "To pay for the conversion, Tidewell placed $75 million of convertible senior notes with Orbisfeld Capital earlier this month.",
     kind_alt=["other"], note="convertible notes placed with one investor; conversion price $6.40 a share is not a deal"),
   D("redhollow-tidewell-denied", ["Redhollow Energy Partners", "Tidewell Digital"], "acquisition", 600000000,
     "USD", "approx", "2024-10", "rumored",
     "Its shares had climbed 19% on Monday after an online report that Redhollow Energy Partners, a Permian power developer, was preparing a bid of roughly $600 million for the miner.",
     required=False, note="rumour denied by Tidewell ('We have received no offer') -> optional")],
  ["$6.40 a share", "around $41 per petahash per day", "near $62,300", "$21.8 million",
   "a valuation of $2.2 billion", "$48 billion a year", "below $2 an hour", "tickets $199"])

A("004_reichenstein_kryptowacht_aktienreling.txt", "2024-11-14",
  "from the stock-portal stamp 'Do., 14.11.2024 – 09:31 Uhr'; 'am Mittwoch' -> 2024-11-13", "de",
  [D("reichenstein-kryptowacht", ["Bankhaus Reichenstein", "Kryptowacht"], "acquisition", 38000000, "EUR",
     "approx", "2024-11-13", "signed",
     "Für rund 38 Millionen Euro übernimmt das Bankhaus Reichenstein sämtliche Anteile an der Münchner Kryptowacht GmbH, die für Fonds und Family Offices Bitcoin, Ether und tokenisierte Anleihen verwahrt.",
     note="purchase contract signed 'am Mittwoch' (next sentence); paid partly in shares"),
   D("isarwert-reichenstein-custody", ["Isarwert Kapitalverwaltung", "Bankhaus Reichenstein"], "other", 1200000,
     "EUR", "up_to", "2024-11", "signed",
     "Dafür fließen jährlich bis zu 1,2 Millionen Euro an Gebühren an das Bankhaus, abhängig vom verwahrten Volumen.",
     per="year", kind_alt=["supply"],
     note="custody mandate; fees per year, 'bis zu' -> up_to; the fund company is named in the previous sentence; three-year term without dates")],
  ["rund 1,9 Milliarden Euro", "rund 4,1 Millionen Euro", "56 Euro", "etwa 14,6 Millionen Euro",
   "über 85.000 Dollar", "47,80 EUR", "ca. 412 Mio. EUR", "500 Euro"])

A("005_coldwallet_weekly_march25_en.txt", "2025-03-21",
  "from the issue line 'Issue 88 · Friday 21 March 2025'; 'on Thursday' -> 2025-03-20; 'The week before' -> March 2025", "en",
  [D("kraken-ninjatrader", ["Kraken", "NinjaTrader"], "acquisition", 1500000000, "USD", "approx", "2025-03-20",
     "signed",
     "Kraken is buying NinjaTrader, the Denver-based retail futures platform, for about $1.5 billion, the exchange announced on Thursday.",
     note="Kraken's revenue 'about $1.5 billion as well' is not a deal"),
   D("mgx-binance", ["MGX", "Binance"], "investment", 2000000000, "USD", "exact", "2025-03", "signed",
     "The week before, MGX - the Abu Dhabi investment vehicle better known for backing AI data centres - took a minority stake in Binance for two billion dollars.",
     kind_alt=["acquisition"], note="amount in words; paid in a stablecoin; 'The week before' -> month"),
   D("lindgate-corramore-seriesc", ["Lindgate Ventures", "Corramore"], "investment", 140000000, "USD", "exact",
     "2025-03", "completed",
     "Dublin's Corramore, the exchange that sells mostly to small banks and fintechs that want to offer crypto without building it, has closed a $140 million Series C.",
     alt_amounts=alt((130000000, "EUR")),
     note="lead investor in the next sentence ('Lindgate Ventures led'); 006 restates it in EUR (alt_amounts), 018 without amount; valuation $1.6bn is not a deal")],
  ["about $1.5 billion as well", "$1.6 billion", "$610 million", "$744m", "$230bn", "$83,900",
   "$49 per month", "($180 a year)"])

A("006_coinbase_deribit_mainufer.txt", "2025-05-09",
  "from the date line 'Freitag, 9. Mai 2025 · Finanzen · Seite 17'; 'am Donnerstag' -> 2025-05-08", "de",
  [D("coinbase-deribit", ["Coinbase", "Deribit"], "acquisition", 2900000000, "USD", "exact", "2025-05-08", "signed",
     "Der Preis liegt bei 2,9 Milliarden Dollar, umgerechnet rund 2,6 Milliarden Euro: So viel zahlt Coinbase für Deribit, den weltweit größten Handelsplatz für Optionen auf Bitcoin und Ether.",
     alt_amounts=alt((2600000000, "EUR")),
     note="amount before the parties; 'der Konzern' announced it 'am Donnerstag' (next sentence); cash/share split is part of the same price"),
   D("lindgate-corramore-seriesc", ["Lindgate Ventures", "Corramore"], "investment", 130000000, "EUR", "approx",
     "2025-03", "completed",
     "Das Dubliner Handelshaus Corramore, das im März in einer Finanzierungsrunde unter Führung von Lindgate Ventures rund 130 Millionen Euro eingesammelt hatte, lässt seine Kundengelder in Euro künftig beim Bankhaus Reichenstein verwahren.",
     note="same round as 005 ($140m), here in EUR with the month only; the custody contract in the same sentence is the next deal"),
   D("corramore-reichenstein-custody", ["Corramore", "Bankhaus Reichenstein"], "other", 250000, "EUR", "approx",
     "2025-04", "signed",
     "Das Regensburger Institut erhält dafür monatlich rund 250.000 Euro, das geht aus Vertragsunterlagen hervor, die das Mainufer Finanzblatt einsehen konnte.",
     per="month", kind_alt=["supply"],
     note="monthly custody fee; 'Das Regensburger Institut' = Bankhaus Reichenstein, 'die Iren' = Corramore; contract 'Ende April' -> 2025-04; different from Corramore's 2026 stake in Reichenstein (020)")],
  ["rund 1,2 Billionen Dollar", "gut 30 Milliarden Dollar", "2,03 Milliarden Dollar", "198 Dollar",
   "mehr als zehn Millionen Euro", "4,5 Milliarden Euro jährlich", "rund 102.000 Dollar", "9,90 Euro",
   "monatlich 29,90 Euro", "2.500 Euro"])

A("007_miners_pivot_gravelrun_en.txt", "2025-06-30",
  "from the line 'Monday 30 June 2025' under the research header; 'In March' -> 2025-03", "en",
  [D("coreweave-corescientific-2025", ["CoreWeave", "Core Scientific"], "acquisition", 7000000000, "USD", "range",
     "2025", "rumored",
     "According to that report, the GPU cloud is discussing an all-share transaction that could value Core Scientific at between $7 billion and $8 billion including debt.",
     amount_max=8000000000, alt_amounts=alt((9000000000, "USD"), (7700000000, "EUR")),
     note="rumour from a newspaper report; 'the GPU cloud' = CoreWeave (previous sentence); signed in 008 (~$9bn, alt_amounts), voted down in 015; the year keeps the shared id's dates consistent"),
   D("galaxy-coreweave-helios", ["Galaxy Digital", "CoreWeave"], "cloud_contract", 4500000000, "USD", "at_least",
     "2025-03", "signed",
     "In March, CoreWeave agreed to rent the first phase of Galaxy's Helios campus in West Texas for 15 years; Galaxy expects to collect more than $4.5 billion from the contract over its term.",
     kind_alt=HOST, note="'more than' -> at_least")],
  ["$16.40", "roughly $5.3 billion", "about $5.5 million to $6.2 million per megawatt",
   "roughly $2 million per megawatt", "between $35 and $187", "$19 from $14", "close to $26 billion",
   "$410 million"])

A("008_coreweave_uebernahme_elbkai.txt", "2025-07-08",
  "from the wire stamp '08.07.2025, 06:05 Uhr'; 'am Montag' -> 2025-07-07; 'im Juni' -> 2025-06", "de",
  [D("coreweave-corescientific-2025", ["CoreWeave", "Core Scientific"], "acquisition", 9000000000, "USD", "approx",
     "2025-07-07", "signed",
     "Der Konzern aus Livingston im Bundesstaat New Jersey bewertet den Schürfer damit einschließlich Schulden mit rund neun Milliarden Dollar, das sind umgerechnet etwa 7,7 Milliarden Euro.",
     alt_amounts=alt((7700000000, "EUR")),
     note="'Der Konzern' = CoreWeave, 'den Schürfer' = Core Scientific; signed 'am Montag' (earlier sentence); amount in words; all-stock"),
   D("tether-northerndata-loan", ["Tether", "Northern Data"], "other", 150000000, "EUR", "exact", "2025-06", "signed",
     "Die Frankfurter Northern Data, die neben Schürfanlagen eine Cloud für Grafikprozessoren betreibt, hat sich im Juni bei ihrem Großaktionär Tether ein weiteres Darlehen über 150 Millionen Euro gesichert.",
     kind_alt=["investment"], note="loan; different from the Peak Mining sale between the same companies (009)")],
  ["jährlich etwa 500 Millionen Dollar", "14,48 Dollar", "982 Millionen Dollar", "mehr als 75 Milliarden Dollar",
   "unter einer Milliarde Dollar", "rund 108.000 Dollar"])

A("009_krypto_liveticker_tickerkombuese.txt", "2025-08-14",
  "from the ticker date 'Donnerstag, 14. August 2025' (entries by time); 'heute früh' -> 2025-08-14, "
  "'am Mittwoch' -> 2025-08-13, 'am Montag' -> 2025-08-11", "de",
  [D("terawulf-fluidstack", ["TeraWulf", "Fluidstack"], "cloud_contract", 3700000000, "USD", "approx",
     "2025-08-14", "signed",
     "Die Colocation-Verträge über zehn Jahre haben laut TeraWulf ein Volumen von rund 3,7 Milliarden Dollar, wie das Unternehmen heute früh mitteilte.",
     kind_alt=HOST, note="'das Unternehmen' = TeraWulf"),
   D("google-terawulf-backstop", ["Google", "Fluidstack", "TeraWulf"], "other", 1800000000, "USD", "exact",
     "2025-08-14", "signed",
     "Der Konzern sichert Verpflichtungen von Fluidstack gegenüber TeraWulf in Höhe von 1,8 Milliarden Dollar ab und erhält im Gegenzug Optionsscheine, die rund acht Prozent an TeraWulf entsprechen.",
     note="'Der Konzern' = Google (previous sentence); guarantee of the tenant's lease payments; the warrants have no amount"),
   D("moorhafen-pentrell-2025", ["Moorhafen Rechenwerke", "Pentrell Compute"], "cloud_contract", 180000000, "EUR",
     "approx", "2025-08-13", "signed",
     "Über eine Laufzeit von fünf Jahren soll der Vertrag rund 180 Mio. Euro einbringen.",
     kind_alt=HOST, alt_amounts=alt((210000000, "USD")),
     note="parties and signing 'am Mittwoch' in the previous sentence; restated in 010, 014 (USD, alt_amounts), 016, 019 and 020 (optional); different from the second contract of 2026"),
   D("rumble-northerndata", ["Rumble", "Northern Data"], "acquisition", 1170000000, "USD", "approx", "2025",
     "negotiating",
     "Rumble bestätigte Gespräche über ein Angebot in eigenen Aktien, das Northern Data mit rund 1,17 Milliarden Dollar bewerten würde.",
     alt_amounts=alt((767000000, "USD"), (660000000, "EUR")),
     note="talks confirmed 'seit Montag'; agreed in 013 at ~$767m (alt_amounts); the year keeps the shared id's dates consistent"),
   D("tether-northerndata-peakmining", ["Tether", "Northern Data"], "acquisition", 200000000, "USD", "up_to",
     "2025-08-11", "signed",
     "Käufer ist eine Gesellschaft aus dem Umfeld von Tether, der Preis liegt bei bis zu 200 Millionen Dollar, abhängig von der Entwicklung des Bitcoin-Kurses.",
     note="Northern Data sells its mining subsidiary; agreed 'bereits am Montag' (next sentence); buyer a Tether-related company; different from the Tether loan (008)")],
  ["knapp 124.000 Dollar", "122.800 Dollar", "über 4.600 Dollar", "11,30 Euro",
   "57 Dollar je Petahash und Tag", "26,90 Euro", "89 Euro im Jahr", "30 Milliarden Dollar pro Jahr"])

A("010_moorhafen_waerme_marschlandportal.html", "2025-08-21",
  "from <meta name='date' content='2025-08-21T06:45'> and the visible line '21.08.2025, 06:45 Uhr'; "
  "'am Dienstag' -> 2025-08-19; 'Mitte August', 'vergangene Woche' -> 2025-08", "de",
  [D("moorhafen-westkuestenwaerme-jv", ["Moorhafen Rechenwerke", "Westküstenwärme"], "joint_venture", 8000000,
     "EUR", "approx", "2025-08-19", "signed",
     "Beide Partner stecken zusammen rund 8 Millionen Euro in das Vorhaben, jeder hält die Hälfte.",
     kind_alt=["project"], note="50/50 company founded 'am Dienstag'; partners named in the previous sentence"),
   D("moorhafen-pentrell-2025", ["Moorhafen Rechenwerke", "Pentrell Compute"], "cloud_contract", 180000000, "EUR",
     "approx", "2025-08", "signed",
     "Rückenwind bekommt das Projekt durch den großen Auftrag, den Moorhafen Mitte August an Land gezogen hat: Der US-Anbieter Pentrell Compute mietet zwei Hallen für seine Grafikprozessoren, der Hostingvertrag über fünf Jahre ist rund 180 Millionen Euro schwer.",
     kind_alt=HOST, note="same contract as 009, month only"),
   D("nordmarsch-moorhafen-loan", ["Nordmarsch Sparkasse", "Moorhafen Rechenwerke"], "other", 45000000, "EUR",
     "exact", "2025-08", "signed",
     "Die Nordmarsch Sparkasse finanziert Moorhafens Umbau mit einem Kredit über 45 Millionen Euro und sieben Jahren Laufzeit, unterschrieben wurde vergangene Woche.",
     kind_alt=["investment"], note="bank loan; genitive 'Moorhafens'")],
  ["2,4 Millionen Euro", "3,1 Millionen Euro", "rund 11 Cent pro Kilowattstunde", "ab 3.900 Euro brutto im Monat",
   "7,99 € im Monat"])

A("011_cipher_fluidstack_tallrope_en.txt", "2025-09-26",
  "from the header 'September 26, 2025 · 05:40 GMT'; dateline 'NEW YORK, Sept 25'; 'on Thursday' -> 2025-09-25", "en",
  [D("cipher-fluidstack", ["Cipher Mining", "Fluidstack"], "cloud_contract", 3000000000, "USD", "approx",
     "2025-09-25", "signed",
     "Cipher put the value of the ten-year colocation agreement at about $3 billion on Thursday.",
     kind_alt=HOST, note="tenant Fluidstack named in the previous paragraph; extension options without figure"),
   D("google-cipher-backstop", ["Google", "Fluidstack", "Cipher Mining"], "other", 1400000000, "USD", "exact",
     "2025-09-25", "signed",
     "Google stands behind $1.4 billion of the rent Fluidstack owes Cipher, which helps the landlord borrow against the contract.",
     note="guarantee of the tenant's lease payments"),
   D("google-cipher-warrants", ["Google", "Cipher Mining"], "investment", None, None, None, "2025-09-25", "signed",
     "As compensation, the search company gets warrants for roughly 5.4% of Cipher, a holding that, once exercised, would rank among the miner's largest.",
     required=False, note="warrants for a stake, no amount -> optional")],
  ["$12.04", "around $4.7 billion", "about $21 million", "$44 million"])

A("012_iren_microsoft_sidewinder_en.txt", "2025-11-03",
  "from the stock-portal stamp 'Nov 3, 2025 · 4:20 PM ET'; "
  "the contracts were announced that Monday", "en",
  [D("iren-microsoft", ["IREN", "Microsoft"], "cloud_contract", 9700000000, "USD", "exact", "2025-11-03", "signed",
     "IREN has won a $9.7 billion, five-year contract from Microsoft, which will rent Nvidia GB300 capacity at IREN's Childress campus in Texas.",
     alt_amounts=alt((8400000000, "EUR")), note="013 restates it in EUR with the month only; the 20% prepayment is part of it"),
   D("iren-dell", ["IREN", "Dell"], "supply", 5800000000, "USD", "exact", "2025-11-03", "signed",
     "IREN will spend $5.8 billion on Dell Technologies servers, GPUs and networking gear to equip the halls, with deliveries running through 2026."),
   D("cipher-aws", ["Cipher Mining", "Amazon"], "cloud_contract", 5500000000, "USD", "exact", "2025-11-03", "signed",
     "Cipher valued that lease at $5.5 billion in total, and payments are scheduled to begin in the summer of 2026.",
     kind_alt=HOST, note="15-year lease with Amazon Web Services, named in the previous sentence"),
   D("cipher-1gw-jv", ["Cipher Mining"], "joint_venture", None, None, None, "2025-11-03", "planned",
     "Separately, Cipher plans a new 1-gigawatt site with a joint-venture partner, but gave no cost.",
     required=False, kind_alt=["project"], note="unnamed partner, no amount -> optional")],
  ["$64.21", "roughly $18 billion", "$21.30", "$82 from $55", "$3.4 billion in annualised revenue",
   "$34.9 billion", "about $1.0 billion", "$517.03"])

A("013_rumble_northerndata_kontorglocke.txt", "2025-11-12",
  "from the date line 'Mittwoch, 12. November 2025 | Technologie | Seite 21'; 'am Montag' -> 2025-11-10; "
  "'Anfang November' -> 2025-11", "de",
  [D("rumble-northerndata", ["Rumble", "Northern Data"], "acquisition", 767000000, "USD", "approx", "2025-11-10",
     "signed",
     "Das Angebot, auf das sich beide Unternehmen am Montag verständigt haben, bewertet die Frankfurter mit rund 767 Millionen Dollar (etwa 660 Millionen Euro).",
     alt_amounts=alt((660000000, "EUR")),
     note="the talks of 009 ('drei Monate später'); 'die Frankfurter' = Northern Data; paid in new Rumble shares"),
   D("tether-rumble-gpu", ["Tether", "Rumble"], "cloud_contract", 150000000, "USD", "exact", "2025-11", "signed",
     "Zum einen sagt Tether zu, dem künftig vereinten Unternehmen binnen zwei Jahren GPU-Stunden für insgesamt 150 Millionen Dollar abzunehmen.",
     kind_alt=["supply"], note="'dem künftig vereinten Unternehmen' = Rumble with Northern Data; different from the advertising deal of the same pair"),
   D("tether-rumble-ads", ["Tether", "Rumble"], "other", 100000000, "USD", "exact", "2025-11", "signed",
     "Zum anderen bucht der Konzern Werbung auf der Videoplattform für 100 Millionen Dollar, verteilt auf ebenfalls zwei Jahre.",
     note="'der Konzern' = Tether, 'der Videoplattform' = Rumble"),
   D("iren-microsoft", ["IREN", "Microsoft"], "cloud_contract", 9700000000, "USD", "exact", "2025-11", "signed",
     "Der frühere Bitcoin-Schürfer IREN hatte Anfang November mit Microsoft einen 9,7-Milliarden-Dollar-Vertrag über fünf Jahre abgeschlossen, umgerechnet rund 8,4 Milliarden Euro.",
     alt_amounts=alt((8400000000, "EUR")), note="same contract as 012; compound amount, EUR conversion, month only")],
  ["98 Millionen Euro", "mehr als 500 Millionen Euro", "mehr als zehn Milliarden Dollar", "25 Millionen Dollar",
   "6,20 Dollar", "1,6 Milliarden Euro", "30 Euro"])

A("014_hashfloor_letter_dec25_en.txt", "2025-12-18",
  "from the issue line 'No. 214 — Thursday, 18 December 2025'; 'on Wednesday' -> 2025-12-17, 'on Monday' -> "
  "2025-12-15, 'last month' -> 2025-11", "en",
  [D("hut8-fluidstack-riverbend", ["Hut 8", "Fluidstack", "Anthropic"], "cloud_contract", 7000000000, "USD",
     "approx", "2025-12-17", "signed",
     "Hut 8 puts the base value of the lease at about $7bn.",
     kind_alt=HOST, note="15-year lease of River Bend to Fluidstack with Anthropic as end user (previous sentence); 'came on Wednesday'"),
   D("google-hut8-backstop", ["Google", "Hut 8"], "other", None, None, None, "2025-12-17", "signed",
     "Financing for the build will come from a consortium of banks, and Google again provides a backstop for part of the rent, though the size was not disclosed.",
     required=False, note="guarantee without amount -> optional"),
   D("anthropic-fluidstack-us-plan", ["Anthropic", "Fluidstack"], "capex_plan", 50000000000, "USD", "exact",
     "2025-11", "announced",
     "Context: last month Anthropic announced a $50 billion programme of US data centres with Fluidstack, starting with sites in Texas and New York.",
     required=False, kind_alt=["project"], note="group-wide building programme mentioned as background -> optional"),
   D("orbisfeld-quarrybrook-placement", ["Orbisfeld Capital", "Quarrybrook Holdings"], "investment", 250000000,
     "USD", "exact", "2025-12-15", "completed",
     "The Nasdaq-listed former logistics software maker, which switched to holding ether in July, closed a $250 million private placement on Monday.",
     note="'The Nasdaq-listed former logistics software maker' = Quarrybrook; lead investor Orbisfeld in the next sentence; $8.15 apiece is a unit price"),
   D("quarrybrook-ether-purchase", ["Quarrybrook Holdings"], "other", 212000000, "USD", "approx", "2025-12",
     "completed",
     "Quarrybrook said it had already used most of the proceeds: it bought about $212 million of ether over the following two days, lifting its holdings to roughly 96,000 ETH.",
     required=False, kind_alt=["acquisition"], note="treasury purchase on the market, no counterparty -> optional"),
   D("moorhafen-pentrell-2025", ["Moorhafen Rechenwerke", "Pentrell Compute"], "cloud_contract", 180000000, "EUR",
     "exact", "2025-08", "signed",
     "In Germany, Moorhafen Rechenwerke is fitting out the two Brunsbüttel halls it leased in August to Pentrell Compute under a five-year, €180 million (around $210 million) contract.",
     kind_alt=HOST, alt_amounts=alt((210000000, "USD")), note="same contract as 009, with a USD conversion"),
   D("rumble-northerndata", ["Rumble", "Northern Data"], "acquisition", None, None, None, None, "signed",
     "Northern Data's sale to Rumble, meanwhile, is waiting for German regulators.",
     required=False, note="restated without amount or date -> optional")],
  ["$45.80", "$8.15 apiece", "near $2,950", "about $283 million", "around $260 million", "$87,400",
   "$0.052 per kWh", "$12 monthly, $120 for twelve months", "$395"])

A("015_corescientific_vote_hickorycreek_en.txt", "2025-10-31",
  "from the line 'Friday, October 31, 2025 | Business | Page B1'; 'On Thursday' -> 2025-10-30 (vote), "
  "'On Tuesday' -> 2025-10-28", "en",
  [D("coreweave-corescientific-2025", ["CoreWeave", "Core Scientific"], "acquisition", 9000000000, "USD", "approx",
     "2025-07", "cancelled",
     "On Thursday, Core Scientific shareholders rejected the company's proposed sale to CoreWeave, the AI cloud provider that struck an all-stock agreement with the miner in July, valued at the time at about $9 billion.",
     note="voted down on 2025-10-30 and terminated -> cancelled; keeps the date of the July agreement"),
   D("denton-corescientific-land", ["City of Denton", "Core Scientific"], "acquisition", 12500000, "USD", "exact",
     "2025-10-28", "announced",
     "On Tuesday the Denton City Council approved the sale of 48 acres of municipally owned land next to the existing data center on Shepard Road to Core Scientific for $12.5 million.",
     kind_alt=["other"], note="council approval, closing expected by December -> announced")],
  ["around $68,000 a year", "roughly $3.1 million a year", "$1.8 billion", "$19.55", "$81 million",
   "start at $25", "$18.99 a month"])

A("016_blockwoche_kw3_2026.txt", "2026-01-16",
  "from the issue line 'KW 3 · Freitag, 16. Januar 2026 · Ausgabe 112'; 'am Dienstag' -> 2026-01-13; "
  "'im August' -> 2025-08", "de",
  [D("vaskelund-aurelith", ["Vaskelund Hashworks", "Aurelith Labs"], "cloud_contract", 1900000000, "NOK", "exact",
     "2026-01-13", "signed",
     "Über acht Jahre bringt die Vereinbarung den Norwegern 1,9 Milliarden Kronen, umgerechnet rund 160 Millionen Euro.",
     kind_alt=HOST, alt_amounts=alt((160000000, "EUR")),
     note="parties and 'am Dienstag' in the previous sentence; 'den Norwegern' = Vaskelund"),
   D("moorhafen-pentrell-2026", ["Moorhafen Rechenwerke", "Pentrell Compute"], "cloud_contract", 250000000, "EUR",
     "up_to", "2026", "negotiating",
     "Das Volumen könnte bis zu 250 Millionen Euro erreichen, sagte Finanzvorstand Lasse Boysen-Kahl auf einer Investorenkonferenz in Hamburg.",
     kind_alt=HOST, alt_amounts=alt((245000000, "EUR")),
     note="second contract under negotiation (parties two sentences before); signed in 020 at ~€245m (alt_amounts); the year keeps the shared id's dates consistent"),
   D("moorhafen-pentrell-2025", ["Moorhafen Rechenwerke", "Pentrell Compute"], "cloud_contract", 180000000, "EUR",
     "approx", "2025-08", "signed",
     "Den ersten Vertrag mit den Amerikanern über rund 180 Millionen Euro hatte Moorhafen im August geschlossen; die Hallen dafür sollen im März in Betrieb gehen.",
     kind_alt=HOST, note="'den Amerikanern' = Pentrell; the first contract, restated next to the second one")],
  ["640 Millionen Kronen", "14,20 Kronen", "0,19 Kronen je Kilowattstunde", "420 Millionen Kronen pro Jahr",
   "97.300 Dollar", "54 Dollar", "79 Euro", "149 Euro", "49 Euro", "180 Euro"])

A("017_hoshizora_bonds_kandapost_en.txt", "2026-02-19",
  "from the stamp 'Updated 2026.02.19 18:05 JST'; 'on Wednesday' -> 2026-02-18", "en",
  [D("amagase-hoshizora-bonds", ["Amagase Capital", "Hoshizora Holdings"], "investment", 25000000000, "JPY",
     "exact", "2026-02-18", "signed",
     "TOKYO — Hoshizora Holdings, the operator of business hotels that began turning its balance sheet into a bitcoin reserve last year, said on Wednesday it would issue ¥25 billion ($165 million) of zero-coupon bonds to Amagase Capital, a Tokyo-based fund that specialises in convertible debt of small listed companies.",
     kind_alt=["other"], alt_amounts=alt((165000000, "USD"))),
   D("hoshizora-bitcoin-purchase", ["Hoshizora Holdings"], "other", 9800000000, "JPY", "exact", "2026-02",
     "completed",
     "Hoshizora said most of the money would go into bitcoin; since Monday it has already spent ¥9.8 billion buying 520 coins, the company said in a separate filing.",
     required=False, kind_alt=["acquisition"], note="treasury purchase on the market, no counterparty -> optional"),
   D("kanrei-hoshizora-denied", ["Kanrei Lodging Partners", "Hoshizora Holdings"], "acquisition", 40000000000,
     "JPY", "approx", "2026-02", "rumored",
     "Hoshizora also used Wednesday's statement to deny a weekly magazine's claim that it was in talks to sell its hotel portfolio to Kanrei Lodging Partners for around ¥40 billion.",
     required=False, note="magazine report denied by both sides -> optional")],
  ["¥412", "¥118 billion", "roughly ¥126 billion", "about ¥14.6 million per coin", "¥31.2 billion",
   "¥14,800 a night", "¥1,980 per month"])

A("018_corramore_calloway_cheapside_en.html", "2026-04-16",
  "from <meta name='parsely-pub-date' content='2026-04-16T07:00'> and the byline 'Thu 16 Apr 2026'; "
  "'on Wednesday' -> 2026-04-15", "en",
  [D("corramore-calloway", ["Corramore", "Calloway Custody"], "acquisition", 140000000, "GBP", "exact",
     "2026-04-15", "signed",
     "Corramore, the Dublin-based crypto exchange that supplies trading to banks and fintechs, has agreed to buy Calloway Custody, a London firm that safeguards digital assets for pension schemes and wealth managers, for £140m.",
     alt_amounts=alt((186000000, "USD")), note="USD conversion and 'said on Wednesday' in the next sentence"),
   D("lindgate-calloway-2023", ["Lindgate Ventures", "Calloway Custody"], "investment", 18000000, "GBP", "exact",
     "2023", "completed",
     "It raised £18m from Lindgate Ventures in 2023, the same investor that led Corramore's own funding round last year.",
     note="'It' = Calloway"),
   D("lindgate-corramore-seriesc", ["Lindgate Ventures", "Corramore"], "investment", None, None, None, "2025",
     "completed",
     "It raised £18m from Lindgate Ventures in 2023, the same investor that led Corramore's own funding round last year.",
     required=False, note="the Series C of 005/006 restated without amount -> optional"),
   D("corramore-lindgate-calloway-stake", ["Corramore", "Lindgate Ventures"], "acquisition", 31000000, "GBP",
     "approx", "2026-04", "signed",
     "Lindgate will collect about £31m for its stake, one person involved in the talks said.",
     required=False, note="Lindgate's share of the £140m purchase price, not a separate transaction -> optional")],
  ["about £6.4bn", "£1.9m penalty", "$1.6bn", "£11.2m", "£95,000 to £120,000", "about £68 per square foot",
   "up to £20,000"])

A("019_moorhafen_interview_hashhalle.txt", None,
  "interview without any date (only 'Lesedauer: 6 Minuten'); deals without a year in the text get date null", "de",
  [D("moorhafen-pentrell-2025", ["Moorhafen Rechenwerke", "Pentrell Compute"], "cloud_contract", 180000000, "EUR",
     "exact", None, "signed",
     "Der Vertrag mit Pentrell über 180 Millionen Euro war für uns der Durchbruch.",
     kind_alt=HOST, note="'uns' = Moorhafen; undated restatement"),
   D("moorhafen-pentrell-2026", ["Moorhafen Rechenwerke", "Pentrell Compute"], "cloud_contract", None, None, None,
     None, "negotiating",
     "Wir sprechen mit Pentrell über die nächste Ausbaustufe, das ist kein Geheimnis.",
     required=False, kind_alt=HOST, note="second contract under negotiation, no amount -> optional"),
   D("tidewell-moorhafen-offer", ["Tidewell Digital", "Moorhafen Rechenwerke"], "acquisition", 300000000, "USD",
     "approx", "2025-10", "cancelled",
     "Die Amerikaner haben uns gut 300 Millionen Dollar für das ganze Unternehmen geboten, in bar.",
     note="'Die Amerikaner' = Tidewell Digital; offer of 'Oktober 2025' (question) refused by the supervisory board -> cancelled"),
   D("moorhafen-brunsbuettel-capex-2", ["Moorhafen Rechenwerke"], "capex_plan", 120000000, "EUR", "approx", None,
     "planned",
     "In den nächsten zwei Jahren investieren wir rund 120 Millionen Euro in Brunsbüttel: neue Hallen, ein drittes Umspannwerk, Speicher.",
     kind_alt=["project"], note="undated plan; different from the 2024 plan of €60m (001)")],
  ["unter 7 Cent pro Kilowattstunde", "rund 48.000 Euro brutto jährlich", "90.000 Dollar", "14,50 Euro",
   "72 Euro"])

A("020_hanse_wirtschaftsbote_nr45.txt", "2026-11-06",
  "from the issue line 'Freitag, 6. November 2026 · Nr. 45'; 'Am Mittwoch' -> 2026-11-04, 'am Dienstag' -> "
  "2026-11-03, 'Ende Oktober' -> 2026-10", "de",
  [D("moorhafen-pentrell-2026", ["Moorhafen Rechenwerke", "Pentrell Compute"], "cloud_contract", 245000000, "EUR",
     "approx", "2026-11-04", "signed",
     "Am Mittwoch setzten beide Seiten ihre Unterschrift unter den Hostingvertrag, der über sechs Jahre rund 245 Millionen Euro einbringen soll.",
     kind_alt=HOST, note="the contract negotiated in 016 and 019"),
   D("moorhafen-pentrell-2025", ["Moorhafen Rechenwerke", "Pentrell Compute"], "cloud_contract", None, None, None,
     "2025", "signed",
     "Schon der erste Vertrag mit Pentrell aus dem Sommer 2025 hatte die Firma aus Dithmarschen bundesweit bekannt gemacht.",
     required=False, kind_alt=HOST, note="first contract restated without amount -> optional; 'Sommer 2025' -> year"),
   D("corramore-reichenstein-stake", ["Corramore", "Bankhaus Reichenstein"], "acquisition", 95000000, "EUR",
     "approx", "2026-10", "signed",
     "Für knapp 95 Millionen Euro übernimmt sie 24,9 Prozent der Anteile, überwiegend von der Gründerfamilie.",
     kind_alt=["investment"],
     note="'sie' = Corramore, stake in Bankhaus Reichenstein (previous sentence); 'knapp' -> approx; different from the 2025 custody contract (006)"),
   D("alpwerk-kryptowacht-zurich", ["Alpwerk Bank", "Kryptowacht"], "acquisition", 18000000, "CHF", "exact",
     "2026-11-03", "signed",
     "Die Zürcher Niederlassung geht für 18 Millionen Franken an die Alpwerk Bank aus Zug, wie beide Institute am Dienstag mitteilten.",
     note="Kryptowacht sells its Zurich branch (previous sentence)")],
  ["3,40 Euro", "23,60 Euro", "gut 380 Millionen Euro", "61,20 Euro", "rund 1,2 Milliarden Euro",
   "5 Millionen Euro", "rund 84.000 Euro", "310.000 Euro im Jahr", "24,90 Euro im Monat"])

ALIASES = {
    "Moorhafen Rechenwerke": ["Moorhafen Rechenwerke AG", "Moorhafen", "Moorhafens"],
    "Stadt Brunsbüttel": ["Brunsbüttel"],
    "Süderdeich Wind": ["Süderdeich Wind GmbH", "Süderdeich"],
    "CoreWeave": ["CoreWeave Inc"],
    "Core Scientific": ["Core Scientific Inc"],
    "Blackstone": ["Blackstone Inc"],
    "Magnetar": ["Magnetar Capital"],
    "Tidewell Digital": ["Tidewell"],
    "Pentrell Compute": ["Pentrell"],
    "Orbisfeld Capital": ["Orbisfeld"],
    "Redhollow Energy Partners": ["Redhollow"],
    "Bankhaus Reichenstein": ["Reichenstein"],
    "Kryptowacht": ["Kryptowacht GmbH"],
    "Isarwert Kapitalverwaltung": ["Isarwert"],
    "Kraken": ["Payward"],
    "NinjaTrader": ["NinjaTrader"],
    "MGX": ["MGX Fund Management"],
    "Binance": ["Binance"],
    "Lindgate Ventures": ["Lindgate"],
    "Corramore": ["Corramore"],
    "Coinbase": ["Coinbase Global"],
    "Deribit": ["Deribit"],
    "Galaxy Digital": ["Galaxy"],
    "Tether": ["Tether Holdings"],
    "Northern Data": ["Northern Data AG"],
    "TeraWulf": ["TeraWulf Inc"],
    "Fluidstack": ["Fluidstack"],
    "Google": ["Alphabet", "Google LLC"],
    "Rumble": ["Rumble Inc"],
    "Westküstenwärme": ["Westküstenwärme GmbH"],
    "Nordmarsch Sparkasse": ["Nordmarsch Sparkasse"],
    "Cipher Mining": ["Cipher"],
    "IREN": ["IREN Ltd", "Iris Energy"],
    "Microsoft": ["Microsoft Corp"],
    "Dell": ["Dell Technologies"],
    "Amazon": ["Amazon Web Services", "AWS"],
    "Hut 8": ["Hut 8 Corp"],
    "Anthropic": ["Anthropic"],
    "Quarrybrook Holdings": ["Quarrybrook"],
    "City of Denton": ["Denton City Council", "Denton"],
    "Vaskelund Hashworks": ["Vaskelund"],
    "Aurelith Labs": ["Aurelith"],
    "Hoshizora Holdings": ["Hoshizora"],
    "Amagase Capital": ["Amagase"],
    "Kanrei Lodging Partners": ["Kanrei"],
    "Calloway Custody": ["Calloway"],
    "Alpwerk Bank": ["Alpwerk"],
}

ABOUT = (
    "Hand-annotated deals in the 176th held-out test corpus (tests/corpus176/articles/): crypto and "
    "digital-asset firms - exchanges, bitcoin miners turning to AI hosting, custody banks, token treasuries. "
    "Written for the tests and independent of the extractor; same format and rules as tests/corpus15/gold.json "
    "and shared/gold/seeds.json. One entry per article; a deal that several articles report carries the same id "
    "in each. 'required': false marks vague or background mentions that an extractor may report or not without "
    "penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
    "Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | "
    "range; 'per' ('year', 'quarter', 'month') marks a rate. 'alt_amounts' gives the same deal's amount as another "
    "article (or the same article) states it in another currency or at another precision. 'date' is when the deal "
    "was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date "
    "('published', from the article's own date marker, dateline, <meta>/<time>, issue line or stamp, or null when "
    "the article has none); a cancelled deal keeps the date of the original agreement or offer; rumours that later "
    "turn into signed deals carry only the year; 'term' is the period the deal covers, where the text gives one; "
    "'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. For .html articles the evidence "
    "and not_deals occur in the visible text (check_corpus_gold.visible_text). Invented companies: Moorhafen "
    "Rechenwerke, Süderdeich Wind, Pentrell Compute, Tidewell Digital, Orbisfeld Capital, Redhollow Energy "
    "Partners, Bankhaus Reichenstein, Kryptowacht, Isarwert Kapitalverwaltung, Corramore, Lindgate Ventures, "
    "Nordmarsch Sparkasse, Westküstenwärme, Quarrybrook Holdings, Vaskelund Hashworks, Aurelith Labs, Hoshizora "
    "Holdings, Amagase Capital, Kanrei Lodging Partners, Calloway Custody, Alpwerk Bank; invented publications, "
    "research houses, advertisers, events and people are listed in invented_names.txt; the deals of real "
    "companies are loosely based on public reports with amounts, dates and details shifted or invented. Nothing "
    "here is reporting.")


def main():
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["deals"]) for a in ARTICLES.values())
    print(f"wrote gold.json: {len(ARTICLES)} articles, {n} deal mentions")


if __name__ == "__main__":
    main()
