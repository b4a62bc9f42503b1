"""Invoices as invoicing software prints them: the visible page of German and French
hybrid e-invoices (Odoo, Pennylane, Sage, Lexware-like layouts) and English bills.

Each names one way the rules read such a page wrong: a number printed only in the title
or under it, a customer's number taken for the invoice's, a label given in two
languages, the date of the invoice a credit note refers to, a net sum labelled in
words, a balance carried over from the last bill, a name cut at its first abbreviation or
carried on into a sentence.
"""

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY

FOOTER_ODOO = ("Studio Brume SAS – RCS Paris 888 512 063 – TVA FR63888512063", 157, 2150)


def _flagged(invoice) -> list[str]:
    return needs_review(invoice, checks(invoice, TODAY))


def test_a_number_printed_only_in_the_title_is_the_invoices_number():
    facture = read(
        page(
            ("Studio Brume SAS", 157, 100),
            ("75010 Paris", 157, 140),
            ("Facture FAC/2026/00087", 157, 500),
            ("Date de facturation :", 157, 560),
            ("24/03/2026", 157, 600),
            ("Montant hors taxes", 900, 1100),
            ("18 250,00 €", 1400, 1100),
            ("TVA 20%", 900, 1140),
            ("3 650,00 €", 1400, 1140),
            ("Total", 900, 1180),
            ("21 900,00 €", 1400, 1180),
            FOOTER_ODOO,
        )
    )
    gutschrift = read(
        page(
            ("Nordlicht Leuchten GmbH", 157, 100),
            ("Gutschrift RGS/2026/00031", 157, 500),
            ("Rechnungsdatum:", 157, 560),
            ("11.03.2026", 157, 600),
            ("Gesamt", 900, 1180),
            ("1.599,36 €", 1400, 1180),
        )
    )

    assert facture.invoice_number == "FAC/2026/00087"
    assert gutschrift.invoice_number == "RGS/2026/00031"
    assert (facture.subtotal, facture.tax, facture.total) == (18250.00, 3650.00, 21900.00)


def test_a_number_alone_under_the_title_is_the_invoices_and_the_clients_number_is_not():
    invoice = read(
        page(
            ("Facture", 157, 100),
            ("F-2026-0058", 157, 150),
            ("Date d'émission", 157, 220),
            ("24 mars 2026", 500, 220),
            ("Client n°", 157, 260),
            ("CL-0142", 500, 260),
            ("Oréa Conseil SAS", 157, 400),
            ("Total HT", 900, 1100),
            ("7 519,50 €", 1400, 1100),
            ("TVA 20 %", 900, 1140),
            ("1 503,90 €", 1400, 1140),
            ("Net à payer", 900, 1180),
            ("9 023,40 €", 1400, 1180),
        )
    )

    assert invoice.invoice_number == "F-2026-0058"


def test_an_erpnext_number_under_a_sales_invoice_title_is_the_invoices_number():
    """ERPNext prints its naming series (`ACC-SINV-2024-00317`) under the title, no label."""
    invoice = read(
        page(
            ("Penrose Fasteners Ltd", 157, 100),
            ("VAT Reg. No. GB 318 4427 61", 157, 180),
            ("SALES INVOICE", 700, 300),
            ("ACC-SINV-2024-00317", 720, 356),
            ("Customer Name", 157, 420),
            ("Kestrel Marine Engineering Ltd", 400, 420),
            ("Date", 900, 420),
            ("05-06-2024", 1100, 420),
            ("Sales Order", 900, 460),
            ("SAL-ORD-2024-00188", 1100, 460),
            ("Grand Total", 900, 1180),
            ("£ 1,043.40", 1400, 1180),
        )
    )

    assert invoice.invoice_number == "ACC-SINV-2024-00317"


def test_a_logos_first_words_of_the_name_give_way_to_the_whole_name_its_domain_backs():
    """A Square invoice: the logo's `BRICK & BARREL` over the business's whole name, and
    a mail address spelling its `&` as `and`."""
    invoice = read(
        page(
            ("BRICK & BARREL", 157, 60),
            ("COFFEE ROASTERS·BROOKLYN", 157, 130),
            ("Brick & Barrel Coffee Roasters", 157, 200),
            ("318 Bedford Ave, Brooklyn, NY 11249 · events@brickandbarrel.coffee", 157, 240),
            ("Invoice #000231", 157, 320),
            ("Billed to", 157, 420),
            ("Invoice date", 900, 420),
            ("Mar 3, 2025", 1200, 420),
            ("Northside Creative Agency", 157, 460),
            ("Espresso drinks (per guest)", 157, 700),
            ("$382.50", 1400, 700),
            ("Total", 900, 1000),
            ("$382.50", 1400, 1000),
        )
    )

    assert invoice.vendor == "Brick & Barrel Coffee Roasters"
    assert "vendor" not in _flagged(invoice)


def test_a_names_ampersand_may_be_left_out_of_its_domain():
    invoice = read(
        page(
            ("MEHTA & ASSOCIATES", 157, 60),
            ("CHARTERED ACCOUNTANTS", 157, 120),
            ("Tel: 079-4003 2117 | Email: office@mehtaassociates.in", 157, 200),
            ("TAX INVOICE", 600, 300),
            ("To,", 157, 380),
            ("Invoice No.", 900, 380),
            (": MA/2024-25/017", 1200, 380),
            ("The Board of Directors,", 157, 420),
            ("Sabarmati Ceramics Private Limited", 157, 460),
            ("Statutory Audit", 157, 700),
            ("75,000.00", 1400, 700),
            ("Total", 900, 1000),
            ("75,000.00", 1400, 1000),
        )
    )

    assert invoice.vendor == "MEHTA & ASSOCIATES"


def test_a_number_under_its_column_label_is_read_when_the_column_before_runs_into_it():
    """Fortnox heads a row of columns (`Fakturadatum | Fakturanr | Kundnr | OCR`) set so
    close that the OCR reads the date and the number under them as one phrase."""
    invoice = read(
        page(
            ("Björkdala Trädgård AB", 163, 60),
            ("Fakturadatum", 600, 149),
            ("Fakturanr", 830, 149),
            ("Kundnr", 1010, 149),
            ("OCR", 1130, 149),
            ("2024-05-20", 610, 184),
            ("2291", 800, 184),
            ("1054", 1010, 184),
            ("229161", 1130, 184),
            ("Maskinhyra minigrävare", 157, 700),
            ("6 900,00", 1400, 700),
            ("ATT BETALA SEK", 900, 1000),
            ("6 900,00", 1400, 1000),
        )
    )

    assert invoice.invoice_number == "2291"


def test_the_company_over_an_attention_line_is_the_customers_and_no_rival():
    """e-conomic's layout: the customer's company over `Att.: Mette Kjær`, no label."""
    invoice = read(
        page(
            ("NORDLYS", 157, 60),
            ("møbler & indretning", 157, 110),
            ("Faktura", 157, 200),
            ("Café Havnestuen ApS", 157, 260),
            ("Att.: Mette Kjær", 157, 300),
            ("Fakturanr.", 900, 300),
            ("2417", 1200, 300),
            ("Havnegade 22", 157, 340),
            ("Dato", 900, 340),
            ("06-03-2025", 1200, 340),
            ("Cafébord eg Ø70", 157, 700),
            ("14.700,00", 1400, 700),
            ("Total DKK", 900, 1000),
            ("14.700,00", 1400, 1000),
            ("Nordlys Møbler ApS · Værkstedsvej 4 · 8600 Silkeborg · CVR 38112244", 157, 2100),
        )
    )

    assert invoice.vendor == "Nordlys Møbler ApS"
    assert "vendor" not in _flagged(invoice)


def test_a_logos_words_inside_the_whole_name_are_no_rival_of_it():
    """The logo's `VAN DAM`, backed by the site `vandamkoffie.nl`, is the same business as
    the footer's `Koffiebranderij Van Dam B.V.`; `Vismarkt 8` over it is its street."""
    invoice = read(
        page(
            ("Vismarkt 8", 900, 60),
            ("VAN DAM", 157, 100),
            ("3512 AB Utrecht", 900, 100),
            ("www.vandamkoffie.nl", 900, 180),
            ("KvK 61234567", 900, 220),
            ("Lunchroom De Zoete Inval", 157, 320),
            ("T.a.v. Sanne de Vries", 157, 360),
            ("Factuur", 157, 460),
            ("Factuurnummer", 157, 520),
            ("2024-0318", 500, 520),
            ("Factuurdatum", 157, 560),
            ("04-11-2024", 500, 560),
            ("Espressobonen 1 kg", 157, 700),
            ("229,90", 1400, 700),
            ("Totaal", 900, 1000),
            ("229,90", 1400, 1000),
            ("Koffiebranderij Van Dam B.V. · KvK 61234567 · Btw NL854321987B01", 157, 2100),
        )
    )

    assert invoice.vendor == "Koffiebranderij Van Dam B.V."
    assert "vendor" not in _flagged(invoice)


def test_a_number_label_said_in_two_languages_still_labels_its_number():
    invoice = read(
        page(
            ("Rheinfeld Systemhaus AG · Speditionstraße 15 · 40221 Düsseldorf", 157, 300),
            ("Rechnungsnr. / No.", 900, 360),
            ("90012874", 1300, 360),
            ("Datum / Date", 900, 400),
            ("2026-03-05", 1300, 400),
            ("Kundennr. / Cust. No.", 900, 440),
            ("C20488", 1300, 440),
            ("Rechnungsbetrag / Total EUR", 900, 1180),
            ("11.828,00", 1400, 1180),
        )
    )

    assert invoice.invoice_number == "90012874"
    assert "invoice_number" not in _flagged(invoice)


def test_a_credit_note_numbered_under_n_piece_is_dated_by_its_own_date_not_the_invoices():
    invoice = read(
        page(
            ("Ateliers Mécaniques Rousset SAS", 157, 100),
            ("AVOIR", 157, 500),
            ("Date", 157, 560),
            ("N° pièce", 400, 560),
            ("Code client", 650, 560),
            ("09/03/2026", 157, 600),
            ("AV260014", 400, 600),
            ("PLAFOR", 650, 600),
            ("Référence : avoir sur facture FA260311 du 02/03/2026", 157, 660),
            ("Vérin hydraulique D80", 157, 800),
            ("-642,00", 1400, 800),
            ("NET À PAYER EUR", 900, 1180),
            ("-1 041,36", 1400, 1180),
        )
    )

    assert invoice.invoice_number == "AV260014"
    assert invoice.issue_date == "2026-03-09"


def test_a_bills_total_leaves_out_the_balance_brought_forward_from_the_last_one():
    invoice = read(
        page(
            ("Your business electricity bill", 157, 100),
            ("Bill date", 157, 160),
            ("14 March 2026", 500, 160),
            ("Invoice number", 157, 200),
            ("700184426", 500, 200),
            ("Previous balance", 900, 300),
            ("£486.12", 1400, 300),
            ("Payment received 02 Mar – thank you", 900, 340),
            ("-£300.00", 1400, 340),
            ("Balance brought forward", 900, 380),
            ("£186.12", 1400, 380),
            ("Charges this bill (incl. VAT)", 900, 420),
            ("£1,259.59", 1400, 420),
            ("Total to pay", 900, 460),
            ("£1,445.71", 1400, 460),
            ("Day units 3,184 kWh @ 26.41p", 157, 800),
            ("£840.89", 1400, 800),
            ("Night units 1,022 kWh @ 18.75p", 157, 840),
            ("£208.77", 1400, 840),
            ("Total charges before VAT", 157, 900),
            ("£1,049.66", 1400, 900),
            ("VAT at 20% on £1,049.66", 157, 940),
            ("£209.93", 1400, 940),
            ("Total charges this bill", 157, 980),
            ("£1,259.59", 1400, 980),
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (1049.66, 209.93, 1259.59)
    assert "total" not in _flagged(invoice)


def test_a_customer_block_beside_the_number_label_leaves_the_label_the_invoices():
    invoice = read(
        page(
            ("LION CITY AIRCON SERVICES PTE. LTD.", 157, 100),
            ("TAX INVOICE", 157, 300),
            ("Customer:", 157, 360),
            ("Invoice No:", 900, 360),
            ("LCA-25-0917", 1200, 360),
            ("Mdm Tan Siew Ling", 157, 400),
            ("Date:", 900, 400),
            ("05 Sep 2025", 1200, 400),
            ("Total", 900, 1180),
            ("S$ 526.44", 1400, 1180),
        )
    )

    assert invoice.invoice_number == "LCA-25-0917"


def test_an_account_summary_beside_the_sums_keeps_this_invoices_total():
    invoice = read(
        page(
            ("COVENT STEMS", 157, 100),
            ("Invoice No. CS-77120", 157, 160),
            ("Date: 06/03/2026", 157, 200),
            ("Rose 'Avalanche' 50cm (bunch of 20)", 157, 600),
            ("£248.70", 1400, 600),
            ("Your account", 157, 900),
            ("Net total", 900, 900),
            ("£248.70", 1400, 900),
            ("Previous balance", 157, 940),
            ("£412.16", 500, 940),
            ("VAT @ 20%", 900, 940),
            ("£49.74", 1400, 940),
            ("Payment received 02/03/2026", 157, 980),
            ("-£250.00", 500, 980),
            ("Invoice total", 900, 980),
            ("£298.44", 1400, 980),
            ("This invoice", 157, 1020),
            ("£298.44", 500, 1020),
            ("Account balance now due", 157, 1060),
            ("£460.60", 500, 1060),
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (248.70, 49.74, 298.44)


def test_the_issuers_name_is_whole_in_its_footer_and_no_sentence_that_starts_with_it():
    brothers = read(
        page(
            ("HUFNAGEL Frischdienst", 157, 100),
            ("Gebr. Hufnagel Frischdienst GmbH · Im Schlachthof 12 · 90443 Nürnberg", 157, 300),
            ("Rechnung Nr. 7004418", 900, 400),
            ("Datum: 06.03.2026", 900, 440),
            ("Gesamtbetrag", 900, 1180),
            ("1.190,00 €", 1400, 1180),
            ("Gebr. Hufnagel Frischdienst GmbH | Geschäftsführer: Martin Hufnagel", 157, 2100),
            ("Amtsgericht Nürnberg HRB 4711 | USt-IdNr.: DE129554833", 157, 2140),
            ("www.hufnagel-frischdienst.de", 157, 2180),
        )
    )
    solicitors = read(
        page(
            ("ASHCOMBE PRYCE", 157, 100),
            ("Ashcombe Pryce LLP · 9 Colmore Row · Birmingham B3 2BJ", 157, 300),
            ("Invoice No: SEV014-7", 900, 400),
            ("Date: 06/03/2026", 900, 440),
            ("Total due", 900, 1180),
            ("£2,400.00", 1400, 1180),
            ("Please pay by bank transfer to", 157, 1400),
            ("Ashcombe Pryce LLP, Sort code 30-94-41, Account 20047716, reference SEV014-7.", 157, 1440),
        )
    )
    sole_trader = read(
        page(
            ("Camille Berthelot", 157, 100),
            ("Facture N° 2026-014", 900, 400),
            ("Date : 06/03/2026", 900, 440),
            ("Net à payer", 900, 1180),
            ("1 200,00 €", 1400, 1180),
            ("Camille Berthelot EI – Entrepreneur individuel – SIREN 932 418 775", 157, 2100),
            ("TVA non applicable, art. 293 B du CGI – IBAN FR76 3000 4025 1100", 157, 2140),
        )
    )

    assert brothers.vendor == "Gebr. Hufnagel Frischdienst GmbH"
    assert solicitors.vendor == "Ashcombe Pryce LLP"
    assert sole_trader.vendor == "Camille Berthelot EI"


def test_an_info_blocks_invoice_cell_labels_the_reference_beside_it():
    invoice = read(
        page(
            ("Tuatara Advisory Limited", 157, 100),
            ("TAX INVOICE", 900, 160),
            ("GST No. 128-447-906", 157, 200),
            ("Attn: Hemi Walker, Chief Operating Officer", 157, 400),
            ("Invoice", 900, 400),
            ("TA-0193", 1200, 400),
            ("Date", 900, 440),
            ("17/03/2026", 1200, 440),
            ("Due", 900, 480),
            ("31/03/2026", 1200, 480),
            ("Total NZD", 900, 1180),
            ("30,086.76", 1400, 1180),
        )
    )

    assert invoice.invoice_number == "TA-0193"
    assert "invoice_number" not in _flagged(invoice)


def test_a_number_quoted_after_the_bank_details_is_no_bank_account():
    invoice = read(
        page(
            ("Vandermolen Forwarding B.V.", 157, 100),
            ("Invoice no.", 900, 300),
            ("VFR26-004187", 1200, 300),
            ("Invoice date", 900, 340),
            ("09-03-2026", 1200, 340),
            ("Total EUR", 900, 1180),
            ("4.312,50", 1400, 1180),
            (
                "Please pay to Vandermolen Forwarding B.V., IBAN NL51 RABO 0318 4477 12, BIC"
                " RABONL2U, quoting VFR26-004187.",
                157,
                1400,
            ),
        )
    )

    assert invoice.invoice_number == "VFR26-004187"
    assert "invoice_number" not in _flagged(invoice)


def test_the_web_address_in_the_footer_backs_the_issuer_and_is_no_rival_name():
    invoice = read(
        page(
            ("Tuatara Advisory Limited", 157, 100),
            ("Level 2, 11 Grey Street", 157, 140),
            ("Wellington 6011", 157, 180),
            ("GST No. 128-447-906", 157, 220),
            ("Invoice No: TA-0193", 900, 400),
            ("Date: 17/03/2026", 900, 440),
            ("Subtotal", 900, 1100),
            ("26,162.40", 1400, 1100),
            ("GST 15%", 900, 1140),
            ("3,924.36", 1400, 1140),
            ("Total NZD", 900, 1180),
            ("30,086.76", 1400, 1180),
            ("Tuatara Advisory Limited · NZBN 9429048817730 · tuatara-advisory.co.nz", 157, 2150),
        )
    )

    assert invoice.vendor == "Tuatara Advisory Limited"
    assert "vendor" not in _flagged(invoice)


def test_an_insurers_premium_note_has_its_gesamtbeitrag_as_its_total_and_no_vat():
    invoice = read(
        page(
            ("Rheintal Versicherung AG", 157, 100),
            ("Beitragsrechnung", 157, 400),
            ("Datum: 06.03.2026", 900, 400),
            ("Betriebshaftpflicht", 157, 600),
            ("1.846,20 €", 1400, 600),
            ("Inhaltsversicherung", 157, 640),
            ("1.435,68 €", 1400, 640),
            ("Nettobeitrag", 900, 900),
            ("3.281,88 €", 1400, 900),
            ("Versicherungsteuer 19 %", 900, 940),
            ("623,56 €", 1400, 940),
            ("Gesamtbeitrag", 900, 980),
            ("3.905,44 €", 1400, 980),
            ("Versicherungsteuer-Nr. 807/V90/01177 · USt-IdNr. DE 115 602 447", 157, 2150),
        )
    )

    assert invoice.total == 3905.44
    assert invoice.tax is None, "insurance tax is no VAT, and the VAT id's digits are no amount"


def test_the_number_and_date_only_in_the_footer_statement_are_the_invoices():
    invoice = read(
        page(
            ("Kerbrat Développement", 157, 100),
            ("Facture", 1200, 100),
            ("02/02/2026 Atelier de cadrage", 157, 600),
            ("1 200,00", 1400, 600),
            ("23/02/2026 Développement du module", 157, 640),
            ("3 400,00", 1400, 640),
            ("Total HT", 900, 900),
            ("4 600,00", 1400, 900),
            ("TVA 20 %", 900, 940),
            ("920,00", 1400, 940),
            ("Total TTC", 900, 980),
            ("5 520,00", 1400, 980),
            ("Kerbrat Développement SASU · Facture F-2026-0087 du 04/03/2026 · page 1/1", 157, 2150),
        )
    )

    assert (invoice.invoice_number, invoice.issue_date) == ("F-2026-0087", "2026-03-04")


def test_a_down_payment_invoices_title_and_a_net_labelled_hors_tva_are_read():
    invoice = read(
        page(
            ("Maison Thérond SARL", 157, 100),
            ("Facture d'acompte n° FA-2026-0041 du 11 mars 2026", 157, 400),
            ("Acompte de 30 % sur la commande", 157, 600),
            ("11 706,00", 1400, 600),
            ("Total hors TVA", 900, 900),
            ("EUR 11 706,00", 1380, 900),
            ("TVA 20 %", 900, 940),
            ("EUR 2 341,20", 1380, 940),
            ("Total TTC", 900, 980),
            ("EUR 14 047,20", 1380, 980),
        )
    )

    assert invoice.invoice_number == "FA-2026-0041"
    assert (invoice.subtotal, invoice.total) == (11706.00, 14047.20)


def test_a_footer_that_gives_the_form_and_capital_without_the_name_names_nobody():
    artisan = read(
        page(
            ("MENUISERIE PERRICHON", 157, 100),
            ("Menuiserie Perrichon SARL", 157, 180),
            ("La Croix-Bossée, 44 route de Nantes", 157, 220),
            ("Facture N° 2026-0094", 900, 400),
            ("Date : 19/03/2026", 900, 440),
            ("Net à payer", 900, 1180),
            ("9 840,00 €", 1400, 1180),
            ("SARL au capital de 20 000 € · RCS Angers 437 190 882 · SIRET 437 190 882 00014", 157, 2150),
        )
    )
    caterer = read(
        page(
            ("ROOK & RYE", 157, 100),
            ("Invoice No: RR-2026-031", 900, 400),
            ("Date: 06/03/2026", 900, 440),
            ("Total due", 900, 1180),
            ("£1,980.00", 1400, 1180),
            ("Rook and Rye Kitchens Ltd, trading as Rook & Rye · Company No. 11842207", 157, 2150),
            ("VAT Reg No. GB 318 4471 02", 157, 2190),
        )
    )

    assert artisan.vendor == "Menuiserie Perrichon SARL"
    assert caterer.vendor == "Rook and Rye Kitchens Ltd"


def test_a_brand_whose_registered_name_the_page_prints_elsewhere_goes_to_a_person():
    """`Lakeshore Plumbing` heads the page; its footer prints `Lakeshore Plumbing & Drain
    Inc.`: which of the two the books carry, the page does not settle."""
    invoice = read(_lakeshore("Lakeshore Plumbing & Drain Inc."))

    assert invoice.vendor == "Lakeshore Plumbing"
    assert "vendor" in needs_review(invoice, checks(invoice, TODAY))


def test_a_headings_name_takes_its_legal_form_from_the_footer_that_prints_it_whole():
    """The footer prints the heading's name with its form: the registered name as printed."""
    invoice = read(_lakeshore("Lakeshore Plumbing, Inc."))

    assert invoice.vendor == "Lakeshore Plumbing, Inc."


def _lakeshore(footer: str) -> list:
    return page(
        ("Lakeshore Plumbing", 120, 80),
        ("Invoice #000142", 120, 140),
        ("Customer", 120, 220),
        ("Invoice date", 600, 220),
        ("Apr 22, 2025", 900, 220),
        ("Robert Kowalski", 120, 260),
        ("2241 W Roscoe St", 120, 300),
        ("Drain cleaning - main line", 120, 400),
        ("$289.00", 1000, 400),
        ("Total", 700, 480),
        ("$289.00", 1000, 480),
        (footer, 120, 600),
        ("3318 N Clark St", 120, 640),
        ("Chicago, IL 60657", 120, 680),
    )


def test_the_payee_of_a_transfer_in_the_notes_ends_before_its_account():
    invoice = read(
        page(
            ("THE", 120, 60),
            ("INVOICE", 900, 60),
            ("COPPER POT", 120, 100),
            ("Invoice Number: CP-3319", 900, 140),
            ("Invoice Date: 06/03/2025", 900, 180),
            ("Hot buffet lunch", 120, 300),
            ("1,202.50", 1000, 300),
            ("Total", 700, 380),
            ("€1,202.50", 1000, 380),
            ("Notes / Terms", 120, 460),
            ("EFT to The Copper Pot Kitchen Ltd - IBAN IE29 BOFI 9058 3312 7741 09", 120, 500),
        )
    )

    assert invoice.vendor == "The Copper Pot Kitchen Ltd"
