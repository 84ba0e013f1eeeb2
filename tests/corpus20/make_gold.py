#!/usr/bin/env python3
"""Writes gold.json for corpus20 (kept for transparency; the annotation lives in gold.json)."""
import json
def D(id, parties, kind, amount, currency, qualifier, date, status, evidence, required=True, amount_max=None, **kw):
    d = {"id": id, "parties": parties, "kind": kind, "amount": amount, "amount_max": amount_max,
         "currency": currency, "qualifier": qualifier, "date": date, "status": status, "required": required}
    d.update(kw); d["evidence"] = evidence
    return d
A = {}
def art(name, published, note, lang, deals, not_deals):
    A[name] = {"published": published, "published_note": note, "language": lang, "deals": deals, "not_deals": not_deals}

art("001_equinix_xscale_plinthway_en.txt", "2024-10-02", "from the header 'October 2, 2024, 07:55 EDT'; 'on Tuesday' -> 2024-10-01", "en", [
 D("equinix-gic-cpp-xscale", ["Equinix", "GIC", "CPP Investments"], "joint_venture", 15e9, "USD", "at_least", "2024-10-01", "signed",
   "Equinix has brought Singapore's GIC and Canada's biggest pension manager, CPP Investments, back to the table, this time for a joint venture that the three partners value at more than $15 billion.",
   alt_amounts=[{"amount": 13.6e9, "currency": "EUR"}], kind_alt=["investment"],
   note="'more than' -> at_least; announcement 'on Tuesday' in the next sentence; 002 gives the EUR conversion (alt_amounts); the $8bn of existing xScale assets is not a deal"),
], ["$8 billion", "$2.16 billion", "$887.40", "$19 a month"])

art("002_equinix_kursnische.txt", "2024-10-02", "from the header '02.10.2024, 10:41 Uhr'; no weekday for the JV -> month", "de", [
 D("equinix-gic-cpp-xscale", ["Equinix", "GIC", "CPP Investments"], "joint_venture", 15e9, "USD", "at_least", "2024-10", "signed",
   "Gemeinsam mit GIC, dem Staatsfonds des Stadtstaats Singapur, sowie der kanadischen Pensionskasse CPP Investments gründet der Konzern ein Gemeinschaftsunternehmen, das mehr als 15 Milliarden Dollar (rund 13,6 Milliarden Euro) schwer sein soll.",
   alt_amounts=[{"amount": 13.6e9, "currency": "EUR"}], kind_alt=["investment"], note="'der Konzern' = Equinix (previous sentence)"),
 D("digitalrealty-blackstone-jv", ["Digital Realty", "Blackstone"], "joint_venture", 7e9, "USD", "exact", "2024-01", "signed",
   "Im Januar hatte er mit Blackstone ein Joint Venture über 7 Milliarden Dollar für vier Hyperscale-Campus in Frankfurt, Paris und Nord-Virginia vereinbart.",
   alt_amounts=[{"amount": 6.4e9, "currency": "EUR"}], note="'er' = der Wettbewerber Digital Realty (previous sentence); restatement of the deal 019 reports; 'Im Januar' -> 2024-01"),
], ["887,40 Dollar", "801,20 Euro", "rund 85 Milliarden Dollar", "etwa 8,75 Milliarden Dollar", "905 Dollar", "144,85 €", "250 Euro"])

art("003_aip_harbourgate_en.txt", "2024-09-17", "from the header 'September 17, 2024 | 11:32 AM ET' and dateline 'Sept 17'; 'on Tuesday' -> same day", "en", [
 D("aip-partnership", ["BlackRock", "Global Infrastructure Partners", "Microsoft", "MGX"], "joint_venture", 30e9, "USD", "exact", "2024-09-17", "announced",
   "The Global AI Infrastructure Investment Partnership will seek to mobilise $30 billion of private equity capital from investors, asset owners and corporates.",
   alt_amounts=[{"amount": 100e9, "currency": "USD"}], kind_alt=["investment", "partnership"],
   note="partners and 'on Tuesday' in the previous sentence; the $100bn 'total investment potential' including debt is the same deal at a wider scope (alt_amounts); Nvidia only advises"),
 D("blackrock-gip-acquisition", ["BlackRock", "Global Infrastructure Partners"], "acquisition", 12.5e9, "USD", "approx", "2024-01", "signed",
   "The partnership brings together BlackRock and GIP, the infrastructure investor it agreed to buy in January for about $12.5 billion in cash and stock, a deal that is expected to close next month.",
   note="background; a second, different deal of the BlackRock–GIP pair; not yet closed -> signed"),
], ["upwards of $10 billion", "$864.10", "$435.15", "$3.2 trillion"])

art("004_aligned_handelsfeder.txt", "2025-10-16", "from the date line 'Donnerstag, 16. Oktober 2025'; 'am Mittwoch' -> 2025-10-15", "de", [
 D("aligned-aip-acquisition", ["AI Infrastructure Partnership", "Aligned Data Centers", "Macquarie Asset Management"], "acquisition", 40e9, "USD", "approx", "2025-10-15", "signed",
   "Die AI Infrastructure Partnership (AIP), zu der Blackrock mit seiner Tochter Global Infrastructure Partners, MGX, Microsoft und Nvidia gehören, übernimmt Aligned Data Centers für rund 40 Milliarden Dollar, umgerechnet etwa 34 Milliarden Euro.",
   alt_amounts=[{"amount": 34e9, "currency": "EUR"}], note="seller Macquarie and 'am Mittwoch' in the next two sentences; closing expected H1 2026"),
 D("aip-partnership", ["BlackRock", "Global Infrastructure Partners", "Microsoft", "MGX"], "joint_venture", 30e9, "USD", "exact", "2024-09", "announced",
   "Damals wollten die Partner zunächst 30 Milliarden Dollar Eigenkapital einsammeln, mit Fremdkapital sollten bis zu 100 Milliarden zusammenkommen.",
   kind_alt=["investment", "partnership"], note="'Damals' = September 2024 (previous sentence names the four partners); restatement"),
], ["rund 6,7 Billionen Dollar", "mehr als 13 Billionen Dollar", "1.189 Dollar"])

art("005_aligned_ledgerfront_en.html", "2025-10-15", "from <meta article:published_time> and the byline 'Published Oct. 15, 2025, 10:06 a.m. ET'; 'on Wednesday' -> same day", "en", [
 D("aligned-aip-acquisition", ["AI Infrastructure Partnership", "Aligned Data Centers", "Macquarie Asset Management"], "acquisition", 40e9, "USD", "exact", "2025-10-15", "signed",
   "A consortium backed by BlackRock, Nvidia, Microsoft and Abu Dhabi's MGX agreed on Wednesday to acquire Aligned Data Centers from its owner, Macquarie Asset Management, in a deal valued at $40 billion.",
   note="the consortium is named as the AI Infrastructure Partnership in the next sentence and the key points"),
 D("aligned-macquarie-financing", ["Aligned Data Centers", "Macquarie Asset Management"], "investment", 12e9, "USD", "exact", "2025-01", "completed",
   "In January, Aligned said it had raised $12 billion, a mix of new debt and new equity, with Macquarie Asset Management funds supplying equity, to pay for its expansion.",
   note="equity and debt together; the only named provider is Macquarie; a different deal of the Aligned–Macquarie pair"),
], ["$25,000", "$1,151.20", "$40 billion annual rate", "$4,200 an ounce"])

art("006_blyth_tideline_en.txt", "2024-09-13", "from the date line 'Friday 13 September 2024'; 'on Thursday' -> 2024-09-12", "en", [
 D("blackstone-blyth-campus", ["Blackstone"], "capex_plan", 10e9, "GBP", "exact", "2024-09-12", "announced",
   "Ministers and council leaders have welcomed plans by US investment giant Blackstone to build a £10bn data centre campus in Blyth, on the site once earmarked for the failed Britishvolt battery factory.",
   kind_alt=["project"], note="'confirmed on Thursday' in the next sentence; spender only"),
 D("aws-uk-2024-2028", ["Amazon"], "capex_plan", 8e9, "GBP", "exact", "2024-09", "announced",
   "The announcement came only days after Amazon Web Services said it would spend £8bn on building, running and maintaining data centres in the UK between 2024 and 2028, its biggest commitment yet in the country.",
   term=["2024", "2028"], note="'only days after' -> the month"),
], ["£28m", "£63bn", "£139,000"])

art("007_esmc_dresden_elbhang.txt", "2024-08-21", "from the date line 'Dresden · Mittwoch, 21. August 2024'; 'am Dienstag' -> 2024-08-20", "de", [
 D("germany-esmc-aid", ["Bundesrepublik Deutschland", "ESMC"], "other", 5e9, "EUR", "exact", "2024-08-20", "signed",
   "Pünktlich zum Spatenstich kam die Nachricht aus Brüssel: Die EU-Kommission genehmigte eine Beihilfe Deutschlands in Höhe von fünf Milliarden Euro für das Werk.",
   kind_alt=["investment"], note="state aid paid by Germany to ESMC, approved by the EU Commission on the day of the ground-breaking ('am Dienstag'); amount in words"),
 D("esmc-dresden-fab", ["ESMC", "TSMC"], "capex_plan", 10e9, "EUR", "at_least", "2024-08", "announced",
   "Insgesamt sollen mehr als zehn Milliarden Euro in die Fabrik fließen.",
   kind_alt=["project"], note="passive; total investment in the ESMC fab (TSMC 70 %); no announcement date in the text -> month of the article"),
 D("infineon-smart-power-fab", ["Infineon"], "capex_plan", 5e9, "EUR", "exact", None, "announced",
   "Allein Infineon baut wenige Kilometer entfernt für fünf Milliarden Euro seine „Smart Power Fab“ aus.",
   kind_alt=["project"], note="background, undated"),
], ["8,90 Euro je Quadratmeter", "2,5 Millionen Euro", "90 Millionen Euro", "14 Millionen Euro", "0,99 Euro"])

art("008_microsoft_polen_ostmarkt.txt", "2025-02-25", "from the header 'Dienstag, 25.02.2025 | 12:10'; 'am Montag' -> 2025-02-24", "de", [
 D("microsoft-poland-capex", ["Microsoft"], "capex_plan", 2.8e9, "PLN", "approx", "2025-02-24", "announced",
   "Der US-Konzern will bis Ende Juni 2026 rund 2,8 Milliarden Zloty investieren, umgerechnet etwa 670 Millionen Euro, wie Präsident Brad Smith am Montag bei einem Treffen mit Ministerpräsident Donald Tusk in Warschau ankündigte.",
   alt_amounts=[{"amount": 670e6, "currency": "EUR"}], term=[None, "2026-06"]),
 D("microsoft-italy-capex", ["Microsoft"], "capex_plan", 4.3e9, "EUR", "exact", "2024-10", "announced",
   "Im Oktober hatte Smith in Rom angekündigt, in den folgenden zwei Jahren 4,3 Milliarden Euro in Cloud- und KI-Infrastruktur in Italien zu stecken.",
   note="'Smith' = Microsoft's president; 'Im Oktober' in a February 2025 article -> 2024-10; a second, different capex plan of Microsoft"),
], ["13 Milliarden Zloty", "5 Milliarden Zloty", "490 Zloty je Megawattstunde", "404,00 Dollar"])

art("009_softbank_ampere_diecast_en.txt", "2025-03-20", "from the byline line 'Mar 20, 2025 · 6:15 a.m. PT'; 'on Wednesday' -> 2025-03-19", "en", [
 D("softbank-ampere", ["SoftBank", "Ampere Computing", "Carlyle", "Oracle"], "acquisition", 6.5e9, "USD", "exact", "2025-03-19", "signed",
   "SoftBank Group said on Wednesday it will buy Ampere Computing, the Santa Clara outfit that designs Arm-based server CPUs, for $6.5 billion in cash.",
   alt_amounts=[{"amount": 5.6e9, "currency": "EUR"}], note="sellers Carlyle and Oracle in the next paragraph; 010 reports the completion with EUR"),
 D("softbank-graphcore", ["SoftBank", "Graphcore"], "acquisition", None, None, None, "2024-07", "completed",
   "Last July SoftBank also picked up the British AI chip startup Graphcore, for an undisclosed sum.",
   required=False, note="no amount"),
], ["$8 billion", "$2.1 billion", "around $130 billion", "$500 million", "$8/month", "$80/year"])

art("010_softbank_ampere_boersenlotse.txt", "2025-11-26", "from the header '26.11.2025 · 08:47 Uhr'; 'am Dienstag' -> 2025-11-25 (completion)", "de", [
 D("softbank-ampere", ["SoftBank", "Ampere Computing", "Carlyle", "Oracle"], "acquisition", 6.5e9, "USD", "exact", "2025-03", "completed",
   "Der im März angekündigte Kauf für 6,5 Milliarden Dollar (rund 5,6 Milliarden Euro) sei am Dienstag vollzogen worden, teilte Ampere mit.",
   alt_amounts=[{"amount": 5.6e9, "currency": "EUR"}], note="date = the announcement 'im März' (completion on 2025-11-25); sellers two sentences later"),
 D("softbank-nvidia-stake-sale", ["SoftBank", "Nvidia"], "other", 5.83e9, "USD", "exact", "2025-10", "completed",
   "Um Geld für OpenAI freizumachen, hatte der Konzern im Oktober seine komplette Beteiligung an Nvidia für 5,83 Milliarden Dollar verkauft.",
   required=False, note="sale of a listed stake to unnamed buyers; optional"),
 D("softbank-openai-commitment", ["SoftBank", "OpenAI"], "investment", 22.5e9, "USD", "exact", None, "signed",
   "Zugleich steht Softbank bei OpenAI noch mit 22,5 Milliarden Dollar im Wort, die bis Jahresende überwiesen werden sollen.",
   note="outstanding investment commitment; no date for the agreement in the text"),
], ["16.405 Yen", "2,5 Billionen Yen", "90,12 €", "119,30 €", "170,45 €", "105 Euro", "ab 1 Euro", "0 Euro Ordergebühr"])

art("011_applied_digital_tickertrail_en.txt", "2025-06-03", "from 'Updated Tuesday, June 3, 2025, 9:41 AM ET'; 'announced on Monday' -> 2025-06-02", "en", [
 D("coreweave-applied-digital-leases", ["Applied Digital", "CoreWeave"], "cloud_contract", 7e9, "USD", "approx", "2025-06-02", "signed",
   "The agreements, announced on Monday, cover 250 megawatts of critical IT load and are expected to generate roughly $7 billion in total revenue over their term, the company said.",
   kind_alt=["other", "supply"], note="two 15-year leases; parties in the previous paragraph; option on 150 MW more without amount"),
 D("macquarie-applied-digital", ["Macquarie Asset Management", "Applied Digital"], "investment", 5e9, "USD", "up_to", "2025-01", "signed",
   "In January the company had lined up up to $5 billion from Macquarie Asset Management, which agreed to buy perpetual preferred equity in its HPC business.",
   note="preferred equity facility"),
], ["$9.18", "$6.65", "about $2.2 billion", "$52.9 million", "$11.50", "$139.60", "raised $1.5 billion", "$0.50 contracts"])

art("012_hut8_kuehlgang.html", "2025-12-18", "from <meta name=date> and the byline '18.12.2025, 06:45 Uhr'; 'am Mittwoch' -> 2025-12-17", "de", [
 D("hut8-fluidstack-river-bend", ["Hut 8", "Fluidstack"], "cloud_contract", 7e9, "USD", "approx", "2025-12-17", "signed",
   "Der Vertrag, den Hut 8 am Mittwoch bekanntgab, hat in der Grundlaufzeit einen Wert von rund sieben Milliarden Dollar, also knapp sechs Milliarden Euro.",
   alt_amounts=[{"amount": 6e9, "currency": "EUR"}, {"amount": 17.7e9, "currency": "USD"}], kind_alt=["other"],
   note="15-year lease of 245 MW for Anthropic, Google backstops the rent; 'bis zu 17,7 Milliarden Dollar' with renewals is the same contract at its widest (alt_amounts)"),
 D("anthropic-fluidstack-us-build", ["Anthropic", "Fluidstack"], "project", 50e9, "USD", "exact", "2025-11", "announced",
   "Erst im November hatte Anthropic einen Plan über 50 Milliarden Dollar vorgestellt: Gemeinsam mit Fluidstack will das Labor US-Rechenzentren bauen, die ersten entstehen in Texas und New York.",
   kind_alt=["capex_plan", "investment"]),
], ["49 Euro im Monat", "47,80 Dollar", "gut fünf Milliarden Dollar", "17 Cent je Kilowattstunde", "86.000 Dollar"])

art("013_feeder_bay_letter_en.txt", "2025-12-19", "from the issue line 'No. 57 · Friday, December 19, 2025'; 'On Wednesday' -> 2025-12-17", "en", [
 D("hut8-fluidstack-river-bend", ["Hut 8", "Fluidstack"], "cloud_contract", 7e9, "USD", "approx", "2025-12-17", "signed",
   "Headline value: about $7.0 billion over the base term.",
   kind_alt=["other"], note="parties and date in the previous sentence; renewals 'as high as $17.7 billion' in the next"),
 D("anthropic-google-tpu", ["Anthropic", "Google"], "supply", None, None, None, "2025-10", "signed",
   "In October Anthropic agreed to tap as many as one million Google TPUs, a deal it said was worth tens of billions of dollars and brings more than a gigawatt online in 2026.",
   required=False, kind_alt=["cloud_contract"], note="no figure ('tens of billions')"),
 D("anthropic-fluidstack-us-build", ["Anthropic", "Fluidstack"], "project", 50e9, "USD", "exact", "2025-11", "announced",
   "A month later came the $50 billion plan with Fluidstack for sites in Texas and New York.",
   kind_alt=["capex_plan", "investment"], note="'A month later' = November 2025"),
], ["annualized $7 billion", "$350 billion", "$125/kW-month", "$2,400 a year"])

art("014_cerebras_openai_waferline_en.txt", "2026-01-15", "from 'Thursday, January 15, 2026 — 5:20 AM PST'; 'on Wednesday' -> 2026-01-14", "en", [
 D("openai-cerebras-compute", ["OpenAI", "Cerebras Systems"], "cloud_contract", 10e9, "USD", "at_least", "2026-01-14", "signed",
   "OpenAI has agreed to buy computing capacity from Cerebras Systems under a multiyear contract valued at more than $10 billion, the latest in a string of agreements the ChatGPT maker has struck to lessen its dependence on Nvidia.",
   alt_amounts=[{"amount": 8.5e9, "currency": "EUR"}], term=[None, "2028"], kind_alt=["supply"], note="'announced ... on Wednesday' in the next sentence; 015 gives EUR"),
 D("cerebras-series-g", ["Cerebras Systems", "Fidelity Management & Research", "Atreides Management"], "investment", 1.1e9, "USD", "exact", "2025-09", "completed",
   "The Sunnyvale company took in $1.1 billion in a Series G round in September, led by Fidelity Management & Research and Atreides Management, at a valuation of $8.1 billion."),
 D("cerebras-tiger-2026", ["Cerebras Systems", "Tiger Global"], "investment", 1e9, "USD", "approx", "2026", "rumored",
   "Separately, Cerebras is negotiating a new round of about $1 billion from investors led by Tiger Global, at a valuation of roughly $22 billion, two people close to the negotiations told Waferline.",
   note="sourced talks; 015 reports the closing on 2026-02-04 -> year only"),
], ["$8.1 billion", "well over $1 trillion", "more than $20 billion", "roughly $22 billion"])

art("015_cerebras_halbleiterblatt.txt", "2026-02-05", "from the header 'KI-Chips | 05.02.2026'; 'am Mittwoch' -> 2026-02-04", "de", [
 D("cerebras-tiger-2026", ["Cerebras Systems", "Tiger Global"], "investment", 1e9, "USD", "exact", "2026-02-04", "completed",
   "Der kalifornische Chipentwickler Cerebras Systems hat eine neue Finanzierungsrunde über eine Milliarde Dollar abgeschlossen.",
   note="lead and 'am Mittwoch' in the next sentence"),
 D("cerebras-series-g", ["Cerebras Systems", "Fidelity Management & Research", "Atreides Management"], "investment", 1.1e9, "USD", "exact", "2025-09", "completed",
   "Noch im September, bei der letzten, von Fidelity und Atreides angeführten Runde über 1,1 Milliarden Dollar, hatten die Investoren das Unternehmen mit 8,1 Milliarden Dollar bewertet."),
 D("openai-cerebras-compute", ["OpenAI", "Cerebras Systems"], "cloud_contract", 10e9, "USD", "at_least", "2026-01", "signed",
   "Im Januar hatte OpenAI einen Vertrag über Rechenleistung mit einem Volumen von mehr als zehn Milliarden Dollar, also über 8,5 Milliarden Euro, unterschrieben.",
   alt_amounts=[{"amount": 8.5e9, "currency": "EUR"}], term=[None, "2028"], kind_alt=["supply"], note="counterparty Cerebras from context ('Den Sprung verdankt Cerebras vor allem einem Kunden')"),
], ["rund 23 Milliarden Dollar", "19,5 Milliarden Euro", "mit 8,1 Milliarden Dollar bewertet", "mehr als 4,5 Billionen Dollar", "57 Milliarden Dollar", "zwischen 470 und 510 Millionen Euro", "9,90 Euro"])

art("016_google_vizag_godavari_en.txt", "2025-10-15", "from the date line 'Business | New Delhi/Visakhapatnam | October 15, 2025'; 'on Tuesday' -> 2025-10-14", "en", [
 D("google-vizag-ai-hub", ["Google", "AdaniConneX", "Bharti Airtel"], "capex_plan", 15e9, "USD", "exact", "2025-10-14", "announced",
   "Google will put $15 billion over the five years from 2026 to 2030 into an artificial intelligence hub with a gigawatt-scale data centre in Visakhapatnam, the company said on Tuesday, in what is its largest investment in India so far.",
   alt_amounts=[{"amount": 1.33e12, "currency": "INR"}], term=["2026", "2030"], kind_alt=["project", "investment"],
   note="Google spends; AdaniConneX and Airtel are building partners (next paragraph); '₹1.33 lakh crore' is the INR conversion"),
 D("microsoft-india-capex", ["Microsoft"], "capex_plan", 3e9, "USD", "exact", "2025-01", "announced",
   "It comes nine months after Microsoft promised, in January, to invest $3 billion in Indian cloud and AI capacity, new data centres included, by 2026.",
   term=[None, "2026"]),
], ["₹1,200 crore", "about $10 billion", "₹2,502", "₹1,958", "88.80"])

art("017_nvidia_nokia_handelspost.txt", "2025-10-29", "from the date line 'Mittwoch, 29. Oktober 2025'; 'am Dienstag' -> 2025-10-28", "de", [
 D("nvidia-nokia-stake", ["Nvidia", "Nokia"], "investment", 1e9, "USD", "exact", "2025-10-28", "signed",
   "Nvidia übernimmt für eine Milliarde Dollar, umgerechnet rund 860 Millionen Euro, einen Anteil von etwa 2,9 Prozent an dem finnischen Netzwerkausrüster.",
   alt_amounts=[{"amount": 860e6, "currency": "EUR"}], note="amount in words; 'am Dienstag' in the next sentence; 6.01 dollars is the per-share price"),
 D("nokia-infinera", ["Nokia", "Infinera"], "acquisition", 2.3e9, "USD", "exact", "2025-02", "completed",
   "Der Kauf für 2,3 Milliarden Dollar wurde im Februar abgeschlossen.",
   note="target Infinera in the previous sentence; only the completion month is given"),
], ["6,01 Dollar", "6,43 Euro", "über 35 Milliarden Euro", "4,83 Milliarden Euro", "435 Millionen Euro", "fast fünf Billionen Dollar"])

art("018_humain_gulfmeridian_en.html", "2025-05-14", "from <meta article:published_time> and the visible 'Riyadh · May 14, 2025'; 'on Tuesday' -> 2025-05-13", "en", [
 D("humain-amd-10bn", ["Humain", "AMD"], "partnership", 10e9, "USD", "up_to", "2025-05-13", "signed",
   "The largest was with AMD: the two companies will invest up to $10 billion over five years in a collaboration to deploy 500 megawatts of AI compute capacity, from data centres in Saudi Arabia to the United States.",
   kind_alt=["joint_venture", "investment"], note="'the two companies' = Humain and AMD; date from the previous paragraph"),
 D("nvidia-humain-gb300", ["Nvidia", "Humain"], "supply", None, None, None, "2025-05-13", "signed",
   "Nvidia said it would supply Humain with 18,000 of its latest GB300 Grace Blackwell chips for a first phase, with plans for several hundred thousand processors over five years.",
   required=False, note="no value disclosed"),
 D("aws-humain-ai-zone", ["Amazon", "Humain"], "investment", 5e9, "USD", "at_least", "2025-05-13", "announced",
   "Amazon Web Services and Humain, for their part, said they would put more than $5 billion into a Saudi \"AI Zone\" that pairs AWS servers and services with training courses for local developers.",
   kind_alt=["partnership", "project"]),
], ["SAR 1.2 million", "$925 billion", "$114.10", "SAR 4 per trip", "$26 billion"])

art("019_digital_realty_finanzbrise.txt", "2024-01-12", "from the header 'Freitag, 12. Januar 2024, 07:58 Uhr'; 'am Mittwoch' -> 2024-01-10", "de", [
 D("digitalrealty-blackstone-jv", ["Digital Realty", "Blackstone"], "joint_venture", 7e9, "USD", "exact", "2024-01-10", "signed",
   "Das Gesamtvolumen beziffern sie auf 7 Milliarden Dollar, das sind rund 6,4 Milliarden Euro.",
   alt_amounts=[{"amount": 6.4e9, "currency": "EUR"}], note="'sie' = Digital Realty and Blackstone, 'am Mittwoch' (previous sentence); Blackstone funds 80 %"),
], ["137,80 Dollar", "1.000 Euro je Quadratmeter", "rund 5,5 Milliarden Dollar", "1,22 Dollar", "14,90 Euro"])

art("020_neoclouds_gleichrichter.txt", None, "no date anywhere (only 'Lesedauer: 5 Minuten')", "de", [
 D("coreweave-applied-digital-leases", ["Applied Digital", "CoreWeave"], "cloud_contract", 7e9, "USD", "approx", None, "signed",
   "Der Betreiber vermietete seinen Campus in North Dakota für 15 Jahre an den GPU-Cloud-Anbieter CoreWeave und rechnet über die Laufzeit mit Einnahmen von rund sieben Milliarden Dollar.",
   kind_alt=["other", "supply"], note="'Der Betreiber' = Applied Digital (previous sentence); undated restatement"),
 D("hut8-fluidstack-river-bend", ["Hut 8", "Fluidstack"], "cloud_contract", None, None, None, None, "signed",
   "Ähnlich viel ist der Vertrag wert, den Hut 8 für seinen Standort in Louisiana mit Fluidstack geschlossen hat.",
   required=False, kind_alt=["other"], note="value only by reference ('Ähnlich viel'); optional"),
 D("equinix-gic-cpp-xscale", ["Equinix", "GIC", "CPP Investments"], "joint_venture", 15e9, "USD", "at_least", None, "signed",
   "Die Equinix-Partner GIC und CPP Investments etwa tragen 75 Prozent des Eigenkapitals eines Gemeinschaftsunternehmens über mehr als 15 Milliarden Dollar.",
   kind_alt=["investment"], note="undated restatement"),
], ["120 bis 180 Dollar pro Kilowatt und Monat", "zehn bis zwölf Millionen Dollar", "3 Monate für 9 Euro", "7,99 Euro"])

aliases = {
 "Equinix": ["Equinix", "Equinix Inc."], "GIC": ["GIC"], "CPP Investments": ["CPP Investments", "Canada Pension Plan Investment Board", "CPPIB"],
 "Digital Realty": ["Digital Realty", "Digital Realty Trust"], "Blackstone": ["Blackstone", "Blackstone Inc."],
 "BlackRock": ["BlackRock", "BlackRock Inc."], "Global Infrastructure Partners": ["Global Infrastructure Partners", "GIP"], "MGX": ["MGX"],
 "Microsoft": ["Microsoft", "Microsoft Corp."], "AI Infrastructure Partnership": ["AI Infrastructure Partnership", "AIP", "Global AI Infrastructure Investment Partnership"],
 "Aligned Data Centers": ["Aligned Data Centers", "Aligned"], "Macquarie Asset Management": ["Macquarie Asset Management", "Macquarie"],
 "Amazon": ["Amazon", "Amazon Web Services", "AWS"], "Bundesrepublik Deutschland": ["Bundesrepublik Deutschland", "Deutschland", "Germany", "Bundesregierung"],
 "ESMC": ["ESMC", "European Semiconductor Manufacturing Company"], "TSMC": ["TSMC", "Taiwan Semiconductor Manufacturing"], "Infineon": ["Infineon", "Infineon Technologies"],
 "SoftBank": ["SoftBank", "SoftBank Group"], "Ampere Computing": ["Ampere Computing", "Ampere"], "Carlyle": ["Carlyle", "The Carlyle Group"],
 "Oracle": ["Oracle", "Oracle Corp."], "Graphcore": ["Graphcore"], "Nvidia": ["Nvidia", "Nvidia Corp."], "OpenAI": ["OpenAI"],
 "Applied Digital": ["Applied Digital", "Applied Digital Corp."], "CoreWeave": ["CoreWeave"], "Hut 8": ["Hut 8", "Hut 8 Corp."], "Fluidstack": ["Fluidstack"],
 "Anthropic": ["Anthropic"], "Google": ["Google", "Alphabet", "Google Cloud"], "Cerebras Systems": ["Cerebras Systems", "Cerebras"],
 "Fidelity Management & Research": ["Fidelity Management & Research", "Fidelity"], "Atreides Management": ["Atreides Management", "Atreides"],
 "Tiger Global": ["Tiger Global", "Tiger Global Management"], "AdaniConneX": ["AdaniConneX"], "Bharti Airtel": ["Bharti Airtel", "Airtel"],
 "Nokia": ["Nokia", "Nokia Oyj"], "Infinera": ["Infinera"], "Humain": ["Humain", "HUMAIN"], "AMD": ["AMD", "Advanced Micro Devices"],
}
about = ("Hand-annotated deals in the twentieth, held-out test corpus (tests/corpus20/articles/), written for the tests and independent of the extractor; "
 "same format and rules as tests/corpus15/gold.json and the earlier corpora. One entry per article; a deal that several articles report carries the same id in each. "
 "'required': false marks vague or background mentions that an extractor may report or not without penalty. 'not_deals' lists money figures that are NOT deals: reporting one of them as a deal is an error. "
 "Amounts are in full units; 'amount_max' closes a range; 'qualifier' is exact | approx | up_to | at_least | range; 'per' marks a rate. "
 "'alt_amounts' gives the same deal's amount as another article (or the same article) states it in another currency or at another precision or scope. "
 "'date' is when the deal was announced or agreed (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's publication date ('published', from the article's own date marker, dateline, meta tag, issue line or byline date, or null when the article has none); "
 "a completed deal keeps the date of its announcement where the text gives it; 'term' is the period the deal covers, where the text gives one; 'kind_alt' lists other acceptable kinds; 'note' explains a judgement call. "
 "For .html articles the evidence and not_deals occur in the visible text (check_corpus_gold.visible_text). "
 "All companies are real and the deals retell real 2024-2026 deals from memory: amounts, dates and details may be inexact. Publications, authors, analysts and quotes attributed to invented people are invented (see README.md). Nothing here is reporting.")
json.dump({"about": about, "articles": A, "aliases": aliases}, open("gold.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
