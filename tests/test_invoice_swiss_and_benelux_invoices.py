"""Invoices from Switzerland, Belgium and the Netherlands, often in two languages: the
title beside its number in the info block (`Rechnung / Facture | 250671` over `Datum /
Date`), the firm's two legal names joined by a slash (`… SRL / … BV`), and a footer
whose only id is an IBAN or a VAT number printed bare (`KBC BE50 7370 1234 5618`), which
still marks the company that signs it (`Bakkerij De Smet VOF`)."""

from bot.invoices.parties import may_name
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import receipt


def test_a_bilingual_title_beside_its_number_over_the_date_numbers_the_invoice():
    invoice = read(
        receipt(
            [("TSB", 20)],
            [("Technische Steine Biel AG · Pierres Techniques Bienne SA", 20)],
            [("Horlogerie Vuilleumier SA", 20), ("Rechnung / Facture", 600), ("250671", 900)],
            [("Service achats", 20), ("Datum / Date", 600), ("09.07.2025", 900)],
            [("Rue Jaquet-Droz 47", 20), ("Kunde / Client", 600), ("1088", 900)],
            [("Lagerstein Rubin", 20), ("920.00", 900)],
            [("Total CHF", 600), ("2'888.95", 900)],
        )
    )

    assert invoice.invoice_number == "250671"


def test_a_firms_two_legal_names_joined_by_a_slash_give_the_first():
    invoice = read(
        page(
            ("LAMBERT PRINT", 120, 80),
            ("Imprimerie Lambert & Fils SRL / Drukkerij Lambert & Zonen BV", 120, 140),
            ("Rue de la Senne 64, 1000 Bruxelles", 120, 190),
            ("Facture / Factuur n°", 1000, 300),
            ("25-0744", 1400, 300),
            ("Date / Datum", 1000, 350),
            ("28/05/2025", 1400, 350),
            ("Rapport annuel A4", 120, 600),
            ("4.656,00", 1400, 600),
            ("TVA / Btw 21 %", 1000, 700),
            ("977,76", 1400, 700),
            ("Total TVAC / Te betalen", 1000, 750),
            ("5.633,76 EUR", 1400, 750),
        )
    )

    assert invoice.vendor == "Imprimerie Lambert & Fils SRL"


def test_a_footer_signed_with_a_bare_iban_names_the_partnership_not_the_customer():
    invoice = read(
        receipt(
            [("Bakkerij De Smet", 20)],
            [("Dorpsstraat 23, 9160 Lokeren", 20)],
            [("Factuur nr.", 20), ("F25-0612", 300), ("Brasserie 't Hoekske BV", 700)],
            [("Datum", 20), ("01/07/2025", 300), ("Markt 7", 700)],
            [("Vervaldatum", 20), ("15/07/2025", 300), ("9160 Lokeren", 700)],
            [("Omschrijving", 20), ("Totaal", 900)],
            [("Pistolets wit", 20), ("268,80", 900)],
            [("Croissants roomboter", 20), ("199,50", 900)],
            [("Totaal excl. btw", 20), ("468,30", 900)],
            [("Btw 6 %", 20), ("28,10", 900)],
            [("Te betalen EUR", 20), ("496,40", 900)],
            [("Bakkerij De Smet VOF · KBC BE50 7370 1234 5618 · BIC KREDBEBB", 20)],
        )
    )

    assert invoice.vendor == "Bakkerij De Smet VOF"


def test_a_dutch_invoice_paid_to_abn_amro_is_in_euros_not_australian_dollars():
    invoice = read(
        receipt(
            [("Van der Veen Transport B.V.", 20)],
            [("Factuurnummer", 20), ("F2025-11873", 300)],
            [("Factuurdatum", 20), ("05-08-2025", 300)],
            [("Emmeloord – Bodegraven, 18 pallets", 20), ("685,00", 900)],
            [("Subtotaal", 20), ("685,00", 900)],
            [("BTW 21%", 20), ("143,85", 900)],
            [("Totaal te betalen", 20), ("828,85", 900)],
            [("KvK 05078342", 20), ("ABN AMRO NL50 ABNA 0437 1185 20", 300)],
        )
    )

    assert invoice.currency == "EUR"


def test_a_swiss_qr_bills_creditor_names_the_firm_a_logo_and_a_trade_line_head():
    invoice = read(
        page(
            ("BRUNNER", 120, 60),
            ("Elektro + Telematik AG", 120, 140),
            ("Industriestrasse 12 · 8604 Volketswil", 120, 190),
            ("Rechnung", 120, 400),
            ("RE 251184", 900, 400),
            ("Datum", 600, 450),
            ("03.02.2025", 900, 450),
            ("Installation Unterverteilung", 120, 600),
            ("2'480.00", 1300, 600),
            ("Total inkl. MWST CHF", 900, 700),
            ("2'680.90", 1300, 700),
            ("Empfangsschein", 60, 1500),
            ("Zahlteil", 600, 1500),
            ("Konto / Zahlbar an", 1000, 1500),
            ("CH44 3199 9123 0008 8901 2", 1000, 1540),
            ("Konto / Zahlbar an", 60, 1580),
            ("Brunner Elektro + Telematik AG", 1000, 1580),
            ("CH44 3199 9123 0008 8901 2", 60, 1620),
            ("Industriestrasse 12", 1000, 1620),
            ("Brunner Elektro + Telematik AG", 60, 1660),
            ("8604 Volketswil", 1000, 1660),
            ("Industriestrasse 12", 60, 1700),
            ("Zahlbar durch", 1000, 1700),
            ("8604 Volketswil", 60, 1740),
            ("Wohnbaugenossenschaft Sonnhalde", 1000, 1740),
            ("Zahlbar durch", 60, 1780),
            ("Wohnbaugenossenschaft Sonnhalde", 60, 1820),
            ("Währung", 60, 1900),
            ("Betrag", 300, 1900),
            ("Währung", 600, 1900),
            ("Betrag", 800, 1900),
            ("CHF", 60, 1940),
            ("2 680.90", 300, 1940),
            ("CHF", 600, 1940),
            ("2 680.90", 800, 1940),
            ("Annahmestelle", 300, 2000),
        )
    )

    assert invoice.vendor == "Brunner Elektro + Telematik AG"


def test_a_belgian_limited_partnership_heading_the_page_is_the_seller_not_its_customer():
    invoice = read(
        page(
            ("Dakwerken Peeters CommV", 147, 148, 32),
            ("Kempische Steenweg 301", 147, 207),
            ("3500 Hasselt", 147, 236),
            ("Btw BE 0508.732.6633", 147, 294),
            ("Bouwonderneming Vos & Co BV", 889, 343),
            ("Herkenrodesingel 8", 889, 377),
            ("BTW BE 0467.902.153", 889, 446),
            ("FACTUUR", 125, 650, 40),
            ("Factuur nr.", 214, 728),
            ("Datum", 515, 728),
            ("2024-118", 220, 767),
            ("22/10/2024", 492, 767),
            ("Totaal", 900, 1000),
            ("€ 7.901,08", 1300, 1000),
        )
    )

    assert invoice.vendor == "Dakwerken Peeters CommV"


def test_a_sentence_on_the_terms_of_sale_names_no_one():
    assert not may_name(
        "Op al onze leveringen zijn de algemene voorwaarden van Bakker & Zonen Groothandel B.V."
    )


def test_a_belgian_total_before_vat_is_the_net_and_the_total_with_it_the_total():
    invoice = read(
        page(
            ("DATA BUREAU SERVICES SA", 150, 100, 40),
            ("Facture n° DBS-250218", 150, 300),
            ("Date : 03/03/2025", 150, 340),
            ("Contrat de maintenance informatique", 150, 500),
            ("1.073,34", 1300, 500),
            ("Total HTVA", 900, 700),
            ("1.073,34", 1300, 700),
            ("TVA 21 %", 900, 740),
            ("225,40", 1300, 740),
            ("Montant TVAC", 900, 780),
            ("1.298,74 €", 1300, 780),
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (1073.34, 225.40, 1298.74)
