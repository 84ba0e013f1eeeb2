#!/usr/bin/env python3
"""The hand annotation of corpus25 as a script: run it to (re)write gold.json."""
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


def A(published, note, lang, deals, not_deals):
    return {"published": published, "published_note": note, "language": lang, "deals": deals,
            "not_deals": not_deals}


ARTICLES = {
"001_naabtal_schwandorf.txt": A("2024-03-14",
    "from the date line 'Donnerstag, 14. März 2024'; 'am Dienstagabend' -> 2024-03-12", "de", [
    D("schwandorf-naabtal-land-2024", ["Naabtal Datacenter GmbH", "Stadt Schwandorf"], "acquisition",
      27500000, "EUR", "exact", "2024-03-12", "signed",
      "27,5 Millionen Euro überweist die Naabtal Datacenter GmbH an die Stadt, damit auf dem früheren Ziegeleigelände am Ettmannsdorfer Weg ein Rechenzentrum entstehen kann.",
      kind_alt=["other"],
      note="amount first; council approval 'am Dienstagabend' in the next sentence; land sale by the town"),
    D("regenthal-naabtal-cooling-2024", ["Regenthal Kühltechnik", "Naabtal Datacenter GmbH"], "supply",
      11000000, "EUR", "approx", "2024-02", "signed",
      "Den Auftrag beziffern beide Seiten auf rund elf Millionen Euro; unterschrieben wurde er nach Angaben von Naabtal-Geschäftsführer Tobias Grieshaber bereits im Februar.",
      note="amount in words; supplier named in the previous sentence; first of two Regenthal-Naabtal orders (second: €4.5m in 016)"),
    ], ["rund drei Millionen Euro", "96 Millionen Euro", "85 Euro je Quadratmeter", "249 Euro im Monat"]),

"002_aws_frankfurt_taunusticker.txt": A("2024-06-06",
    "from the line '06.06.2024 – 07:41 Uhr'; 'am Mittwoch' -> 2024-06-05", "de", [
    D("aws-frankfurt-capex", ["Amazon"], "capex_plan", 8800000000, "EUR", "exact", "2024-06-05", "announced",
      "Amazon Web Services (AWS) will bis Ende 2026 insgesamt 8,8 Milliarden Euro in seine Rechenzentrumsregion Frankfurt investieren, wie das Unternehmen am Mittwoch mitteilte.",
      term=[None, "2026"]),
    D("aws-sovereign-cloud-capex", ["Amazon"], "capex_plan", 7800000000, "EUR", "exact", "2023", "announced",
      "Für diese in Brandenburg angesiedelte „European Sovereign Cloud“ hatte AWS bereits im vergangenen Herbst Investitionen von 7,8 Milliarden Euro bis 2040 angekündigt.",
      term=[None, "2040"],
      note="second, separate capex plan of the same company; 'im vergangenen Herbst' -> 2023 (season -> year)"),
    D("microsoft-germany-capex-2024", ["Microsoft"], "capex_plan", 3200000000, "EUR", "exact", "2024-02", "announced",
      "Microsoft hatte im Februar angekündigt, 3,2 Milliarden Euro in Deutschland zu investieren.",
      required=False, note="background comparison in the last paragraph"),
    ], ["15,9 Milliarden Euro", "25 Milliarden Dollar", "9,4 Milliarden Dollar"]),

"003_skhynix_indiana_yeouido_en.txt": A("2024-04-04",
    "from 'Posted : 2024-04-04 09:12'; 'said Wednesday' -> 2024-04-03", "en", [
    D("skhynix-indiana-capex", ["SK hynix"], "capex_plan", 3870000000, "USD", "exact", "2024-04-03", "announced",
      "SK hynix will spend $3.87 billion on an advanced packaging plant for high-bandwidth memory in West Lafayette, Indiana, the company said Wednesday, making good on a pledge first floated during President Yoon Suk Yeol's visit to Washington last year.",
      alt_amounts=[{"amount": 5200000000000, "currency": "KRW"}],
      note="KRW figure ('about 5.2 trillion won') in the next sentence"),
    D("skhynix-purdue", ["SK hynix", "Purdue University"], "partnership", None, None, None, "2024-04-03", "announced",
      "The Icheon-based company also said it will work with nearby Purdue University on research and development in packaging technology, without giving financial details.",
      required=False, note="no amount"),
    ], ["346 billion won", "$17 billion", "179,900 won"]),

"004_ampere_hour_may24_en.txt": A("2024-05-23",
    "from the issue line 'No. 21 · Thursday, May 23, 2024'; 'last Friday' -> 2024-05-17", "en", [
    D("brookfield-microsoft-framework", ["Brookfield Renewable", "Microsoft"], "supply", 10000000000, "USD", "at_least",
      "2024-05", "signed",
      "Analysts at one Toronto bank reckon the deal is worth at least $10 billion over its lifetime, which would make it the largest corporate clean-power deal on record.",
      term=["2026", "2030"], kind_alt=["partnership"],
      note="value given only by analysts; parties and the 2026-2030 delivery window two sentences earlier; signing date not given -> month of the issue"),
    D("coreweave-debt-2024", ["CoreWeave", "Blackstone", "Magnetar"], "investment", 7500000000, "USD", "exact",
      "2024-05-17", "completed",
      "The GPU cloud CoreWeave raised $7.5 billion in debt financing last Friday, in a facility led by Blackstone and Magnetar.",
      kind_alt=["other"], note="debt facility with two lead lenders"),
    D("coreweave-equity-2024", ["CoreWeave"], "investment", 1100000000, "USD", "exact", "2024", "completed",
      "It came only weeks after a $1.1 billion equity round that valued the company at $19 billion.",
      note="'It' = the debt financing; investors not named; valuation $19bn is not a deal"),
    D("microsoft-wisconsin-capex", ["Microsoft"], "capex_plan", 3300000000, "USD", "exact", "2024-05-08", "announced",
      "Microsoft will invest $3.3 billion through 2026 to build cloud and AI infrastructure in Mount Pleasant, Wisconsin, Brad Smith said on May 8.",
      term=[None, "2026"]),
    ], ["$19 billion", "$26.0bn", "$0.12/kWh", "$4,900", "$9 a month"]),

"005_blyth_tyneside_en.html": A("2024-09-13",
    "from <time datetime> / byline 'Friday 13 September 2024'; 'on Thursday' -> 2024-09-12, 'On Tuesday' -> 2024-09-10", "en", [
    D("blackstone-blyth", ["Blackstone"], "project", 10000000000, "GBP", "exact", "2024-09-12", "announced",
      "The American investment giant Blackstone will spend £10 billion building what would be among the biggest AI server campuses on the continent at Cambois, near Blyth, on the site of a failed battery factory, it confirmed on Thursday.",
      kind_alt=["capex_plan"]),
    D("aws-uk-capex", ["Amazon"], "capex_plan", 8000000000, "GBP", "exact", "2024-09-10", "announced",
      "On Tuesday Amazon Web Services said it would invest £8 billion in UK data centres over five years."),
    D("greyhollow-wrenfield-2024", ["Greyhollow Partners", "Wrenfield Compute"], "investment", 95000000, "GBP", "exact",
      "2024-09", "completed",
      "Wrenfield Compute, a Newcastle start-up that hires out racks of Nvidia graphics chips to model builders, has raised £95 million from investors, with Greyhollow Partners, a London infrastructure investor, leading the round.",
      note="lead investor listed; first of two Greyhollow-Wrenfield deals (second: the 2026 takeover in 020)"),
    ], ["£30 million", "£243 million", "£142,000", "£1,995"]),

"006_amazon_anthropic_stackfeed_en.txt": A("2024-11-22",
    "from the byline 'Nov 22, 2024, 11:05 a.m. PT'; 'on Friday' -> 2024-11-22", "en", [
    D("amazon-anthropic-2024-11", ["Amazon", "Anthropic"], "investment", 4000000000, "USD", "exact", "2024-11-22", "signed",
      "Amazon is putting another $4 billion into Anthropic, the two companies said on Friday, bringing its total investment in the Claude maker to $8 billion.",
      alt_amounts=[{"amount": 3800000000, "currency": "EUR"}],
      note="cumulative $8bn is not a deal; 007 gives €3.8bn"),
    D("amazon-anthropic-2024-03", ["Amazon", "Anthropic"], "investment", 2750000000, "USD", "exact", "2024-03", "completed",
      "In March this year it completed that deal by adding $2.75 billion on top of an initial $1.25 billion, its largest outside venture investment at the time.",
      note="earlier deal of the same pair, must stay apart from the $4bn"),
    D("amazon-anthropic-2023", ["Amazon", "Anthropic"], "investment", 1250000000, "USD", "exact", "2023-09", "completed",
      "In March this year it completed that deal by adding $2.75 billion on top of an initial $1.25 billion, its largest outside venture investment at the time.",
      note="initial tranche of September 2023 (previous sentence); third Amazon-Anthropic deal"),
    ], ["$8 billion", "$18 billion", "$40 billion", "$1 billion", "$110 million", "$201.50", "$15/month"]),

"007_amazon_anthropic_boersenlupe.txt": A("2024-11-25",
    "from the line '25.11.2024 – 08:55 Uhr'; 'am Freitagabend' -> 2024-11-22", "de", [
    D("amazon-anthropic-2024-11", ["Amazon", "Anthropic"], "investment", 4000000000, "USD", "exact", "2024-11-22", "signed",
      "Der Onlinehändler beteiligt sich mit weiteren vier Milliarden Dollar (etwa 3,8 Mrd. Euro) an dem KI-Start-up Anthropic, das hinter dem Chatbot Claude steht.",
      alt_amounts=[{"amount": 3800000000, "currency": "EUR"}], note="amount in words with EUR"),
    D("amazon-anthropic-2024-03", ["Amazon", "Anthropic"], "investment", 2750000000, "USD", "exact", "2024", "completed",
      "Schon im Frühjahr hatte der Konzern 2,75 Milliarden Dollar nachgelegt.",
      note="'der Konzern' = Amazon; 'im Frühjahr' -> year (season)"),
    ], ["acht Milliarden Dollar", "27,5 Milliarden Dollar", "75 Milliarden Dollar", "192,36 €", "235 Dollar"]),

"008_macquarie_applied_digital_prairiewire_en.txt": A("2025-01-15",
    "from 'January 15, 2025 | 06:20 CT', dateline 'Jan 14'; 'on Tuesday' -> 2025-01-14", "en", [
    D("macquarie-applied-digital", ["Macquarie Asset Management", "Applied Digital"], "investment", 5000000000, "USD", "up_to",
      "2025-01-14", "signed",
      "Macquarie Asset Management has agreed to invest up to $5 billion in the high-performance computing business of Applied Digital, the Dallas-based data center operator said on Tuesday, sending its shares up 27% in early trading."),
    D("prairiecoteau-applied-digital-ppa", ["Prairie Coteau Wind", "Applied Digital"], "supply", 45000000, "USD", "approx",
      "2025-01", "signed",
      "Prairie Coteau Wind, a privately held developer based in Sioux Falls, said separately it had signed a 12-year power purchase agreement with Applied Digital worth about $45 million a year, starting in 2026.",
      per="year", term=["2026", "2037"], note="yearly rate; signing day not given"),
    ], ["$63.9 million", "$138.7 million", "$7.64", "$1.7 billion", "A$871 billion"]),

"009_applied_digital_coreweave_halbleiterbrief.txt": A("2025-06-04",
    "from the line 'Branchenkommentar · 4. Juni 2025'; 'am Montag' -> 2025-06-02", "de", [
    D("applied-digital-coreweave-leases", ["Applied Digital", "CoreWeave"], "cloud_contract", 7000000000, "USD", "approx",
      "2025-06-02", "signed",
      "Das Unternehmen beziffert die erwarteten Gesamterlöse über die Laufzeit auf rund sieben Milliarden Dollar.",
      kind_alt=["other"],
      note="two 15-year leases treated as one deal; parties and 'am Montag' in the preceding sentences; amount in words"),
    D("macquarie-applied-digital", ["Macquarie Asset Management", "Applied Digital"], "investment", 5000000000, "USD", "up_to",
      "2025-01", "signed",
      "Im Januar hatte Macquarie Asset Management zugesagt, bis zu fünf Milliarden Dollar in das HPC-Geschäft zu stecken.",
      note="restated from 008"),
    ], ["Kursziel 12 USD", "520 Millionen Dollar", "260 Millionen Dollar", "7,09 Dollar"]),

"010_kikapazitaeten_wochenbrief.txt": A("2025-09-18",
    "from the issue line 'Ausgabe 37 | Donnerstag, 18. September 2025'; 'am Montag' -> 2025-09-15", "de", [
    D("nvidia-coreweave-capacity", ["Nvidia", "CoreWeave"], "cloud_contract", 6300000000, "USD", "exact", "2025-09-15", "signed",
      "Nvidia hat sich verpflichtet, CoreWeave ungenutzte Rechenkapazität im Wert von 6,3 Milliarden Dollar abzukaufen.",
      term=[None, "2032-04"], note="date and term in the next sentence"),
    D("nvidia-enfabrica", ["Nvidia", "Enfabrica"], "acquisition", 900000000, "USD", "at_least", "2025-09", "signed",
      "Für mehr als 900 Millionen Dollar in bar und Aktien hat Nvidia den Chef des Netzwerk-Start-ups Enfabrica samt Teilen der Belegschaft übernommen und eine Lizenz für dessen Technik erworben.",
      kind_alt=["other"], note="acqui-hire plus licence; day not given"),
    D("meta-google-cloud", ["Meta", "Google"], "cloud_contract", 10000000000, "USD", "at_least", "2025-08", "signed",
      "Meta bezieht seit August Cloud-Leistungen von Google; der Vertrag hat eine Laufzeit von sechs Jahren und ist mehr als zehn Milliarden Dollar schwer.",
      note="restated (013 reports it first); amount in words"),
    ], ["4,3 Billionen Dollar", "1,1 Billionen Euro", "390 Euro", "14 Euro im Monat"]),

"011_meta_coreweave_pellmont_en.txt": A("2025-10-01",
    "from 'October 1, 2025 | 05:50 GMT', dateline 'Sept 30'; 'on Tuesday' -> 2025-09-30", "en", [
    D("meta-coreweave", ["Meta", "CoreWeave"], "cloud_contract", 14200000000, "USD", "up_to", "2025-09-30", "signed",
      "NEW YORK, Sept 30 (Pellmont) - Meta Platforms has committed to spend up to $14.2 billion on CoreWeave's GPU capacity through December 2031, the GPU cloud provider said in a regulatory filing on Tuesday, the latest in a string of mega-contracts for the company.",
      term=[None, "2031-12"], alt_amounts=[{"amount": 12100000000, "currency": "EUR"}]),
    D("nvidia-coreweave-capacity", ["Nvidia", "CoreWeave"], "cloud_contract", 6300000000, "USD", "exact", "2025-09", "signed",
      "The deal comes weeks after Nvidia agreed to buy $6.3 billion of any cloud capacity CoreWeave cannot sell to others, a backstop running until 2032.",
      term=[None, "2032"], note="restated; 'weeks after' -> month"),
    D("nvidia-coreweave-ipo", ["Nvidia", "CoreWeave"], "investment", 250000000, "USD", "exact", "2025-03", "completed",
      "Nvidia had also anchored CoreWeave's initial public offering with a $250 million order for shares.",
      note="second Nvidia-CoreWeave deal, must stay apart from the $6.3bn backstop; month from 'its March listing'"),
    ], ["$30 billion", "$137.90", "$66 billion", "$72 billion", "$1.21 billion", "$5.15 billion", "$5.35 billion"]),

"012_meta_coreweave_kursblick.html": A("2025-10-01",
    "from <meta name=date> and the line '01.10.2025, 08:20 Uhr'; 'am Dienstag' -> 2025-09-30", "de", [
    D("meta-coreweave", ["Meta", "CoreWeave"], "cloud_contract", 14200000000, "USD", "up_to", "2025-09-30", "signed",
      "Der Facebook-Konzern Meta sichert sich beim KI-Cloud-Anbieter CoreWeave Rechenkapazität im Wert von bis zu 14,2 Milliarden Dollar, umgerechnet gut 12,1 Milliarden Euro.",
      term=[None, "2031-12"], alt_amounts=[{"amount": 12100000000, "currency": "EUR"}]),
    ], ["3,99 Euro im Monat", "117,45 Euro", "40 Dollar", "165 Dollar", "zwölf Milliarden Dollar", "626,10 €"]),

"013_meta_google_stackfeed_en.txt": A("2025-08-22",
    "from the byline 'Aug 22, 2025, 8:40 a.m. PT'; 'on Thursday' -> 2025-08-21", "en", [
    D("meta-google-cloud", ["Meta", "Google"], "cloud_contract", 10000000000, "USD", "at_least", "2025-08-21", "signed",
      "Meta has signed a cloud computing agreement with Google worth more than $10 billion over six years, two people familiar with the terms said on Thursday.",
      note="from sources; the date is when the sources spoke"),
    D("meta-constellation-clinton", ["Meta", "Constellation Energy"], "supply", None, None, None, "2025-06", "signed",
      "In June the company signed a 20-year agreement to buy the output of Constellation Energy's Clinton nuclear plant in Illinois, without disclosing terms.",
      required=False, note="no amount; 'the company' = Meta"),
    ], ["$13.6 billion", "$106 billion", "$72 billion", "$220 billion", "$15/month", "$1,299"]),

"014_rumble_northern_data_handelswarte.txt": A("2025-11-11",
    "from the line 'Dienstag, 11. November 2025'; 'am Montag' -> 2025-11-10", "de", [
    D("rumble-northern-data", ["Rumble", "Northern Data"], "acquisition", 767000000, "USD", "approx", "2025-11-10", "signed",
      "Auf Basis des Schlusskurses vom Freitag kommt die Offerte auf einen Wert von rund 767 Millionen Dollar für den Frankfurter Betreiber von KI-Rechenzentren, das entspricht etwa 660 Millionen Euro.",
      alt_amounts=[{"amount": 660000000, "currency": "EUR"}],
      note="all-stock offer; signing 'am Montag' in the next sentence"),
    D("tether-rumble-gpu", ["Tether", "Rumble"], "cloud_contract", 150000000, "USD", "exact", "2025-11-10", "signed",
      "Binnen zwei Jahren will es bei Rumble Rechenleistung auf Grafikprozessoren für 150 Millionen Dollar abnehmen.",
      note="'es' = Tether; first of two Tether-Rumble commitments"),
    D("tether-rumble-ads", ["Tether", "Rumble"], "other", 100000000, "USD", "exact", "2025-11-10", "signed",
      "Außerdem verpflichtet sich das Unternehmen zu Werbebuchungen auf der Plattform über 100 Millionen Dollar.",
      note="advertising commitment; 'das Unternehmen' = Tether, 'der Plattform' = Rumble; must stay apart from the GPU commitment"),
    ], ["über zwei Milliarden Euro", "159 Millionen Euro", "24,8 Millionen Dollar"]),

"015_rumble_northern_data_tickerlane_en.html": A("2025-11-11",
    "from <meta parsely-pub-date> and the byline 'Tue., Nov. 11, 2025'; 'signed Monday' -> 2025-11-10", "en", [
    D("rumble-northern-data", ["Rumble", "Northern Data"], "acquisition", 767000000, "USD", "approx", "2025-11-10", "signed",
      "Rumble (RUM) shares fell 7% in premarket trading on Tuesday after the video platform agreed to buy German AI cloud operator Northern Data for shares worth roughly $767 million."),
    D("tether-rumble-gpu", ["Tether", "Rumble"], "cloud_contract", 150000000, "USD", "exact", "2025-11-10", "signed",
      "Tether, the stablecoin issuer that controls both companies, sweetened the deal: it will spend $150 million over a two-year span on Rumble's GPU cloud and put another $100 million into advertising with it."),
    D("tether-rumble-ads", ["Tether", "Rumble"], "other", 100000000, "USD", "exact", "2025-11-10", "signed",
      "Tether, the stablecoin issuer that controls both companies, sweetened the deal: it will spend $150 million over a two-year span on Rumble's GPU cloud and put another $100 million into advertising with it.",
      note="two commitments of the same pair in one sentence"),
    ], ["$300 million", "€14.35", "$5 price target", "$10 billion profit", "$55 billion", "$0.50 per contract"]),

"016_naabkraft_naabtal_einspeiser.txt": A("2025-03-20",
    "from the issue line 'Nr. 12/2025 · Donnerstag, 20. März 2025'; 'am Mittwoch' -> 2025-03-19", "de", [
    D("naabkraft-naabtal-ppa", ["Naabkraft AG", "Naabtal Datacenter GmbH"], "supply", 6800000, "EUR", "approx", "2025-03-19", "signed",
      "Er läuft von Januar 2026 bis Ende 2035; der Versorger erhält dafür nach eigenen Angaben rund 6,8 Millionen Euro pro Jahr.",
      per="year", term=["2026-01", "2035-12"],
      note="'Er' = the power supply contract, 'der Versorger' = Naabkraft (first sentences)"),
    D("naabtal-capex-2025", ["Naabtal Datacenter GmbH"], "capex_plan", 310000000, "EUR", "approx", "2025-03", "announced",
      "Das Unternehmen will bis 2028 rund 310 Millionen Euro in drei Bauabschnitte investieren.",
      term=[None, "2028"], note="'Das Unternehmen' = Naabtal (the data centre in Schwandorf, previous sentence)"),
    D("regenthal-naabtal-cooling-2025", ["Regenthal Kühltechnik", "Naabtal Datacenter GmbH"], "supply", 4500000, "EUR", "exact",
      "2025-03", "signed",
      "Die Chamer liefern weitere Kältemaschinen für 4,5 Millionen Euro.",
      note="'Die Chamer' = Regenthal Kühltechnik (previous sentence); second Regenthal-Naabtal order, apart from the 2024 one"),
    ], ["14,2 Millionen Euro", "128 Euro je Megawattstunde", "86 Euro", "590 Euro", "39 Euro monatlich", "420 Euro"]),

"017_wrenfield_wayve_quayside_en.txt": A("2025-07-10",
    "from the line 'Technology · Thursday 10 July 2025'; 'on Wednesday' -> 2025-07-09", "en", [
    D("wrenfield-wayve", ["Wrenfield Compute", "Wayve"], "cloud_contract", 150000000, "GBP", "exact", "2025-07-09", "signed",
      "Newcastle's Wrenfield Compute has signed a £150 million three-year contract to supply GPU capacity to Wayve, the London developer of self-driving software, the company announced on Wednesday."),
    D("naabtal-wrenfield-lease", ["Naabtal Datacenter GmbH", "Wrenfield Compute"], "cloud_contract", 36000000, "GBP", "approx",
      "2025-07", "signed",
      "A person familiar with the agreement said Wrenfield would pay about £36 million a year under the five-year lease, which starts in October.",
      per="year", term=["2025-10", "2030"], kind_alt=["other"],
      alt_amounts=[{"amount": 42000000, "currency": "EUR"}],
      note="yearly lease from a source; parties in the previous sentence; 018 gives €42m a year"),
    D("greyhollow-wrenfield-2024", ["Greyhollow Partners", "Wrenfield Compute"], "investment", 95000000, "GBP", "exact",
      "2024-09", "completed",
      "Last September Wrenfield pulled in £95 million of fresh equity, with the London investor Greyhollow Partners at the head of the round.",
      note="restated from 005"),
    ], ["£450 million", "£70 million", "£58,000", "£2 million"]),

"018_naabtal_interview_standortblatt.txt": A(None,
    "no date anywhere (only 'Lesedauer: 5 Minuten')", "de", [
    D("naabtal-wrenfield-lease", ["Naabtal Datacenter GmbH", "Wrenfield Compute"], "cloud_contract", 42000000, "EUR", "approx",
      None, "signed",
      "Die Briten mieten bei uns eine komplette Halle und zahlen uns rund 42 Millionen Euro im Jahr, fünf Jahre lang.",
      per="year", kind_alt=["other"], note="'Die Briten' = Wrenfield Compute, 'uns' = Naabtal; undated interview"),
    D("naabkraft-naabtal-ppa", ["Naabkraft AG", "Naabtal Datacenter GmbH"], "supply", 6800000, "EUR", "approx", None, "signed",
      "Naabkraft liefert uns ab 2026 Wind- und Solarstrom, dafür zahlen wir dem Versorger jedes Jahr rund 6,8 Millionen Euro.",
      per="year"),
    D("greyhollow-naabtal-offer", ["Greyhollow Partners", "Naabtal Datacenter GmbH"], "acquisition", 400000000, "EUR", "approx",
      None, "cancelled",
      "Greyhollow Partners aus London wollte uns im Frühjahr für rund 400 Millionen Euro kaufen.",
      note="refused offer ('Das haben wir ausgeschlagen'); undated interview"),
    ], ["zwischen 52.000 und 61.000 Euro", "200.000 Euro", "7,50 Euro"]),

"019_openai_cerebras_larkspur_note_en.txt": A("2026-01-20",
    "from the line 'Industry Note — January 20, 2026'; 'Last Wednesday' -> 2026-01-14", "en", [
    D("openai-cerebras", ["OpenAI", "Cerebras"], "cloud_contract", 10000000000, "USD", "at_least", "2026-01-14", "signed",
      "Press reports citing people close to the talks put the contract at more than $10 billion.",
      term=["2026", "2028"], kind_alt=["supply"],
      note="parties and date in the previous sentence; term from the key data box"),
    D("cerebras-raise-2026", ["Cerebras"], "investment", 1000000000, "USD", "approx", "2026-01", "rumored",
      "According to press reports Cerebras is negotiating a new equity raise of about $1 billion that would value it near $22 billion, which would be almost triple the level of its round last autumn.",
      note="reported talks, investors not named; valuation $22bn is not a deal"),
    ], ["$22 billion", "$1.1 billion", "PT $240", "$51.2 billion", "PT $215", "$255bn"]),

"020_greyhollow_wrenfield_oberpfalz_woche.txt": A("2026-11-13",
    "from the line 'Ausgabe 46/2026 · Freitag, 13. November 2026'; 'am Mittwoch' -> 2026-11-11", "de", [
    D("greyhollow-wrenfield-2026", ["Greyhollow Partners", "Wrenfield Compute"], "acquisition", 620000000, "GBP", "exact",
      "2026-11-11", "signed",
      "Der Kaufpreis liegt bei 620 Millionen Pfund, rund 710 Millionen Euro, wie die Londoner am Mittwoch mitteilten.",
      alt_amounts=[{"amount": 710000000, "currency": "EUR"}],
      note="majority takeover; parties in the previous sentence; second Greyhollow-Wrenfield deal, apart from the 2024 round"),
    D("rumble-northern-data", ["Rumble", "Northern Data"], "acquisition", 767000000, "USD", "approx", "2025-11", "completed",
      "Rumble hat die im November 2025 vereinbarte Übernahme der Frankfurter Northern Data abgeschlossen; der Wert des Aktientauschs wurde damals mit 767 Millionen Dollar angegeben.",
      note="completion of the 014/015 deal; date of the original agreement"),
    D("regenthal-furth-capex", ["Regenthal Kühltechnik"], "capex_plan", 9000000, "EUR", "exact", "2026-11", "announced",
      "Die Regenthal Kühltechnik baut für neun Millionen Euro einen zweiten Standort in Furth im Wald.",
      note="amount in words; subsidy of €1.2m is not a deal"),
    D("schwandorf-naabtal-land-2026", ["Stadt Schwandorf", "Naabtal Datacenter GmbH"], "acquisition", None, None, None,
      "2026-11", "signed",
      "Die Stadt Schwandorf verkauft Naabtal ein weiteres Grundstück am Ettmannsdorfer Weg; über den Preis wurde Stillschweigen vereinbart.",
      required=False, kind_alt=["other"], note="no amount; second land sale, apart from the 2024 one"),
    ], ["140 Millionen Pfund", "1,2 Millionen Euro", "0,85 Euro je Aktie", "3,20 Euro", "5.000 Euro"]),
}

ALIASES = {
    "Naabtal Datacenter GmbH": ["Naabtal Datacenter GmbH", "Naabtal Datacenter", "Naabtal"],
    "Stadt Schwandorf": ["Stadt Schwandorf", "Schwandorf"],
    "Regenthal Kühltechnik": ["Regenthal Kühltechnik", "Regenthal"],
    "Naabkraft AG": ["Naabkraft AG", "Naabkraft"],
    "Wrenfield Compute": ["Wrenfield Compute", "Wrenfield"],
    "Greyhollow Partners": ["Greyhollow Partners", "Greyhollow"],
    "Prairie Coteau Wind": ["Prairie Coteau Wind", "Prairie Coteau"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services"],
    "Microsoft": ["Microsoft", "Microsoft Corp."],
    "SK hynix": ["SK hynix", "SK Hynix"],
    "Purdue University": ["Purdue University", "Purdue"],
    "Brookfield Renewable": ["Brookfield Renewable", "Brookfield"],
    "CoreWeave": ["CoreWeave", "CoreWeave Inc."],
    "Blackstone": ["Blackstone", "Blackstone Inc."],
    "Magnetar": ["Magnetar", "Magnetar Capital"],
    "Anthropic": ["Anthropic"],
    "Macquarie Asset Management": ["Macquarie Asset Management", "Macquarie"],
    "Applied Digital": ["Applied Digital", "Applied Digital Corp."],
    "Nvidia": ["Nvidia", "Nvidia Corp."],
    "Enfabrica": ["Enfabrica"],
    "Meta": ["Meta", "Meta Platforms"],
    "Google": ["Google", "Google Cloud", "Alphabet"],
    "Constellation Energy": ["Constellation Energy", "Constellation"],
    "Rumble": ["Rumble", "Rumble Inc."],
    "Northern Data": ["Northern Data", "Northern Data AG"],
    "Tether": ["Tether"],
    "Wayve": ["Wayve"],
    "OpenAI": ["OpenAI"],
    "Cerebras": ["Cerebras", "Cerebras Systems"],
}

ABOUT = (
    "Hand-annotated deals in the twenty-fifth, held-out test corpus (tests/corpus25/articles/), written for the tests "
    "and independent of the extractor; same format and rules as tests/corpus15/gold.json and the earlier corpora. "
    "One entry per article; a deal that several articles report carries the same id in each. 'required': false marks "
    "vague, amount-less or background mentions that an extractor may report or not without penalty. 'not_deals' lists "
    "money figures that are NOT deals: reporting one of them as a deal is an error. Amounts are in full units; "
    "'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' ('year', 'quarter', "
    "'month') marks a rate. 'alt_amounts' gives the same deal's amount as another article (or the same article) states "
    "it in another currency or at another precision. 'date' is when the deal was announced or agreed (YYYY, YYYY-MM or "
    "YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own date line, "
    "dateline, <time datetime>/meta date, issue line or byline, or null when the article has none); quarters, "
    "half-years and seasons become the year; a cancelled or completed deal keeps the date of the original agreement or "
    "offer; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; "
    "'note' explains a judgement call. For .html articles the evidence and not_deals occur in the visible text "
    "(check_corpus_gold.visible_text). Invented companies: Naabtal Datacenter GmbH, Regenthal Kühltechnik, Naabkraft AG, "
    "Wrenfield Compute, Greyhollow Partners, Prairie Coteau Wind; invented publications, research houses, advertisers "
    "and people are named in README.md; the deals of real companies are partly real, partly invented or shifted. "
    "Nothing here is reporting.")

if __name__ == "__main__":
    gold = {"about": ABOUT, "articles": ARTICLES, "aliases": ALIASES}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote gold.json")
