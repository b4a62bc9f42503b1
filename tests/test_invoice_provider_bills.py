"""Bills that providers of telecom, energy and insurance leave in their customer areas:
the provider's logo and its service address on one side, the customer's address window
on the other, with no label over it, and the provider's legal name in the footer.

The window's company is the customer's, whether the provider's address stands beside it
in the other column (a person addressed under the company's name, or not), or the
provider's own block comes under a heading of its own (`Votre fournisseur`).
"""

from tests.test_invoice_parties import page, read

FOOTER = (
    ("Nérios Télécom SAS au capital de 2 450 000 € – 27 quai Perrache, 69002 Lyon", 508, 2189, 17),
    (
        "RCS Lyon 812 345 676 – SIRET 812 345 676 00027 – TVA intracommunautaire FR19812345676",
        356,
        2215,
        17,
    ),
)
SUMS = (
    ("Box Pro Fibre 1 Gb/s", 134, 1136, 22),
    ("77,26 €", 1441, 1136, 22),
    ("Total HT", 945, 1585, 22),
    ("77,26 €", 1441, 1585, 22),
    ("TVA 20 %", 945, 1632, 22),
    ("15,45 €", 1441, 1632, 22),
    ("Total TTC", 945, 1679, 23),
    ("92,71 €", 1436, 1679, 23),
)


def telecom_bill(*window: tuple):
    return page(
        ("nérios", 179, 101, 52),
        ("Votre facture", 1227, 82, 47),
        ("la fibre des pros", 179, 157, 17),
        ("du 12 mars 2024", 1337, 154, 25),
        ("Nérios Pro – Service clients", 118, 299, 21),
        ("TSA 40117", 118, 327, 21),
        ("69283 Lyon Cedex 02", 118, 355, 21),
        ("Tél. 09 70 80 12 12 (appel non surtaxé)", 118, 384, 21),
        *window,
        ("N° client", 142, 646, 20),
        ("N° facture", 850, 646, 20),
        ("10457823", 142, 686, 25),
        ("F24031200457", 850, 686, 25),
        *SUMS,
        *FOOTER,
    )


def test_the_window_beside_the_providers_address_is_the_customers():
    invoice = read(
        telecom_bill(
            ("SARL BOULANGERIE DUVAL", 882, 343, 25),
            ("M. Thierry Duval", 882, 377, 25),
            ("14 rue des Tanneurs", 882, 410, 25),
            ("37000 TOURS", 882, 444, 25),
        )
    )

    assert invoice.vendor == "Nérios Télécom SAS"
    assert invoice.confidence["vendor"] >= 0.7


def test_a_window_without_a_person_in_it_is_the_customers_too():
    invoice = read(
        telecom_bill(
            ("Menuiserie Dubois & Fils SRL", 882, 343, 25),
            ("Rue du Centre 77", 882, 377, 25),
            ("1300 Wavre", 882, 410, 25),
        )
    )

    assert invoice.vendor == "Nérios Télécom SAS"
    assert invoice.confidence["vendor"] >= 0.7


def test_the_window_over_the_providers_own_headed_block_is_the_customers():
    invoice = read(
        page(
            ("Lumiwal", 176, 119, 50),
            ("électricité verte wallonne", 176, 171, 16),
            ("Facture mensuelle", 157, 269, 39),
            ("Boucherie Delvaux SRL", 882, 311, 25),
            ("Date de facture : 15/03/2024", 157, 327, 25),
            ("Rue Saint-Gilles 122", 882, 345, 25),
            ("4000 Liège", 882, 379, 25),
            ("Numéro de client", 157, 402, 20),
            ("300 114 772", 157, 430, 25),
            ("Votre fournisseur", 882, 457, 20),
            ("Lumiwal SA", 882, 493, 20),
            ("Avenue Prince de Liège 91", 882, 519, 20),
            ("5100 Namur (Jambes)", 882, 546, 20),
            ("Numéro de facture", 157, 559, 20),
            ("TVA BE 0650.221.880", 882, 572, 20),
            ("250000874512", 157, 587, 25),
            ("Montant à payer", 157, 649, 26),
            ("295,02 €", 157, 700, 52),
            ("Redevance fixe", 134, 1232, 22),
            ("243,82 €", 1441, 1232, 22),
            ("Total HTVA", 945, 1585, 22),
            ("243,82 €", 1441, 1585, 22),
            ("TVA 21 %", 945, 1632, 22),
            ("51,20 €", 1441, 1632, 22),
            ("Total TVAC", 945, 1679, 23),
            ("295,02 €", 1436, 1679, 23),
            (
                "Lumiwal SA – Avenue Prince de Liège 91, 5100 Namur – RPM Namur 0650.221.880",
                356,
                2215,
                17,
            ),
        )
    )

    assert invoice.vendor == "Lumiwal SA"
    assert invoice.confidence["vendor"] >= 0.7


def test_the_providers_own_block_beside_a_letterhead_is_no_window():
    invoice = read(
        page(
            ("Lumiwal SA", 176, 119, 50),
            ("Avenue Prince de Liège 91", 176, 171, 25),
            ("5100 Namur (Jambes)", 176, 205, 25),
            ("Facture mensuelle", 157, 269, 39),
            ("Numéro de facture", 157, 559, 20),
            ("250000874512", 157, 587, 25),
            ("Total TVAC", 945, 1679, 23),
            ("295,02 €", 1436, 1679, 23),
        )
    )

    assert invoice.vendor == "Lumiwal SA"


def test_the_sellers_block_beside_a_labelled_customers_address_is_no_window():
    invoice = read(
        page(
            ("Invoice", 133, 108, 73),
            ("fernhill", 1400, 119, 59),
            ("Invoice number", 133, 237, 29),
            ("FH8C21A0-0007", 585, 237, 29),
            ("Date of issue", 133, 276, 29),
            ("March 5, 2024", 612, 276, 29),
            ("Fernhill Analytics, Inc.", 133, 382, 30),
            ("Bill to", 717, 382, 30),
            ("548 Market Street, Suite 21704", 133, 417, 29),
            ("Ostrander Home Goods LLC", 717, 417, 29),
            ("San Francisco, California 94104", 133, 451, 29),
            ("212 W 37th St, Floor 4", 717, 486, 29),
            ("New York, New York 10018", 717, 521, 29),
            ("$764.30 USD due April 4, 2024", 133, 667, 53),
            ("Growth plan", 144, 906, 29),
            ("$764.30", 1465, 906, 29),
            ("Total", 1100, 1100, 29),
            ("$764.30", 1465, 1100, 29),
        )
    )

    assert invoice.vendor == "Fernhill Analytics, Inc."


def test_the_sellers_block_beside_its_invoice_number_is_no_window():
    invoice = read(
        page(
            ("Tax Invoice", 720, 58, 33),
            ("IRN", 78, 118, 21),
            (": ec54ef9dfb41d2de32fad00937bf46c6", 203, 117, 21),
            ("Shree Ganesh Electricals Pvt. Ltd.", 89, 343, 28),
            ("Invoice No.", 865, 341, 19),
            ("Dated", 1225, 341, 19),
            ("SGE/24-25/1187", 865, 364, 22),
            ("19-Nov-24", 1225, 364, 22),
            ("Shop No. 14, Lohar Chawl, Kalbadevi Road", 89, 375, 22),
            ("Mumbai - 400002", 89, 400, 22),
            ("GSTIN/UIN: 27UQWCS1476Z1Z8", 89, 425, 22),
            ("Buyer (Bill to)", 89, 600, 19),
            ("Ratnakar Lighting House", 89, 630, 22),
            ("Total", 900, 1000, 22),
            ("₹ 12,390.00", 1300, 1000, 22),
        )
    )

    assert invoice.vendor == "Shree Ganesh Electricals Pvt. Ltd."


def test_two_blocks_side_by_side_each_ending_on_its_town_hide_neither():
    invoice = read(
        page(
            ("2B TWO BLOKES", 1260, 118, 50),
            ("TAX INVOICE", 139, 237, 52),
            ("Sophie Grant", 167, 343, 23),
            ("Invoice Date", 889, 343, 23),
            ("Two Blokes Removals Pty Ltd", 1222, 343, 23),
            ("9/112 Sylvan Road", 167, 375, 23),
            ("30 Sep 2019", 889, 373, 23),
            ("66 Ipswich Road", 1222, 375, 23),
            ("TOOWONG QLD 4066", 167, 408, 23),
            ("WOOLLOONGABBA QLD 4102", 1222, 408, 23),
            ("Invoice Number", 889, 421, 23),
            ("INV-0931", 889, 451, 23),
            ("ABN", 889, 576, 23),
            ("22 610 458 397", 889, 607, 23),
            ("Removal - 2 removalists & 6 tonne truck", 139, 793, 23),
            ("777.00", 1437, 793, 23),
            ("TOTAL AUD", 1100, 1000, 23),
            ("854.70", 1437, 1000, 23),
        )
    )

    assert invoice.vendor == "Two Blokes Removals Pty Ltd"


def test_the_sellers_block_under_a_short_heading_is_no_window():
    invoice = read(
        page(
            ("SWIFTLANE COURIER SERVICES LLC", 100, 109, 39),
            ("INVOICE", 1268, 112, 31),
            ("1400 W Fulton Market, Chicago, IL 60607", 100, 161, 22),
            ("Invoice Number", 1094, 172, 22),
            ("SCS-558120", 1443, 172, 22),
            ("BILL TO", 114, 373, 21),
            ("REMIT TO", 892, 373, 21),
            ("Harlan & Voss LLP", 122, 421, 23),
            ("Swiftlane Courier Services LLC", 900, 421, 23),
            ("Attn: Office Services", 122, 453, 23),
            ("PO Box 88213", 900, 453, 23),
            ("233 S Wacker Dr, Suite 4100", 122, 485, 23),
            ("Chicago, IL 60680-1213", 900, 485, 23),
            ("Chicago, IL 60606", 122, 517, 23),
            ("Courier shipments, February", 159, 674, 22),
            ("$1,204.50", 1400, 674, 22),
            ("TOTAL DUE", 1100, 900, 22),
            ("$1,204.50", 1400, 900, 22),
        )
    )

    assert invoice.vendor.upper() == "SWIFTLANE COURIER SERVICES LLC"
    assert invoice.confidence["vendor"] >= 0.7


def test_a_sole_traders_block_beside_the_invoices_number_is_no_window():
    invoice = read(
        page(
            ("TG Élec", 228, 84, 46),
            ("FACTURE", 1221, 77, 67),
            ("Électricité générale – Dépannage", 228, 133, 24),
            ("N° de facture :", 1085, 175, 24),
            ("FAC-0087", 1434, 175, 24),
            ("Thomas Garnier EI", 111, 214, 24),
            ("Date d'émission :", 1062, 209, 24),
            ("5 mars 2024", 1407, 209, 24),
            ("9 rue de la Gare", 111, 245, 24),
            ("72000 Le Mans", 111, 276, 24),
            ("Facturé à", 911, 465, 22),
            ("Boulangerie Le Fournil", 911, 499, 25),
            ("52 avenue Jean Jaurès", 911, 564, 25),
            ("72100 Le Mans", 911, 597, 25),
            ("Main d'œuvre", 122, 882, 24),
            ("452,76 €", 1458, 882, 24),
            ("Total TTC", 1020, 1021, 28),
            ("452,76 €", 1416, 1021, 28),
            (
                "Thomas Garnier EI – Entrepreneur individuel – SIRET 869 943 217 00172",
                330,
                2246,
                19,
            ),
        )
    )

    assert invoice.vendor == "Thomas Garnier EI"


def test_a_payment_advices_to_names_the_payee_not_the_customer():
    invoice = read(
        page(
            ("saltbush creative", 1040, 106, 50),
            ("TAX INVOICE", 125, 186, 55),
            ("Invoice Date", 819, 276, 24),
            ("Saltbush Creative Pty Ltd", 1167, 276, 24),
            ("Wattle Grove Physio", 153, 292, 25),
            ("21 Jun 2024", 819, 307, 24),
            ("PO Box 512", 1167, 307, 24),
            ("Kiama NSW 2533", 1167, 338, 24),
            ("Website copy refresh", 136, 740, 24),
            ("1,817.75", 1400, 740, 24),
            ("TOTAL AUD", 1000, 900, 24),
            ("1,817.75", 1400, 900, 24),
            ("PAYMENT ADVICE", 125, 1791, 44),
            ("Customer", 855, 1806, 25),
            ("Wattle Grove Physio", 1132, 1806, 25),
            ("To:", 125, 1867, 25),
            ("Saltbush Creative Pty Ltd", 260, 1867, 25),
            ("PO Box 512", 260, 1899, 25),
            ("Kiama NSW 2533", 260, 1931, 25),
            ("Saltbush Creative Pty Ltd ABN 27 659 310 448", 125, 2240, 19),
        )
    )

    assert invoice.vendor == "Saltbush Creative Pty Ltd"


def test_a_viewers_seller_block_under_its_heading_in_the_label_column_is_no_window():
    invoice = read(
        page(
            ("Rechnung", 142, 107, 44),
            ("Rechnungsempfänger", 142, 203, 29),
            ("Firmenname:", 153, 298, 22),
            ("Friedrich-Schiller-Universität Jena, Institut für Biochemie", 709, 298, 22),
            ("Straße:", 153, 333, 22),
            ("Hans-Knöll-Straße 2", 709, 333, 22),
            ("PLZ / Ort:", 153, 367, 22),
            ("07743 Jena", 709, 367, 22),
            ("Verkäufer", 142, 460, 29),
            ("Firmenname:", 153, 520, 22),
            ("Laborbedarf Auerbach GmbH", 709, 520, 22),
            ("Handelsname:", 153, 555, 22),
            ("LabAuer", 709, 555, 22),
            ("Straße:", 153, 590, 22),
            ("Im Technologiepark 12", 709, 590, 22),
            ("PLZ / Ort:", 153, 624, 22),
            ("07745 Jena", 709, 624, 22),
            ("Gesamtbetrag", 153, 900, 22),
            ("1.190,00 EUR", 709, 900, 22),
        )
    )

    assert invoice.vendor == "Laborbedarf Auerbach GmbH"


def test_a_receipts_company_over_its_registration_and_address_is_no_window():
    invoice = read(
        page(
            ("AYAM GORENG", 191, 143, 64),
            ("MA,K SI3I", 370, 218, 30),
            ("MAK SITI FOOD INDUSTRIES SDN BHD", 195, 288, 34),
            ("(Syarikat No: 873301-U)", 257, 318, 33),
            ("Lot PT 4471, Jalan Sultan Yahya Petra,", 153, 345, 35),
            ("15200 Kota Bharu, Kelantan", 235, 374, 34),
            ("No. GST: 001988236800", 269, 403, 32),
            ("INVOIS CUKAI / TAX INVOICE", 238, 447, 32),
            ("No. Invois: MS-027-0005561", 127, 475, 32),
            ("Tarikh: 05-02-2018 22:38", 127, 502, 35),
            ("AYAM GORENG 2PCS", 127, 560, 32),
            ("12.50", 560, 560, 32),
            ("JUMLAH", 127, 620, 32),
            ("12.50", 560, 620, 32),
        )
    )

    assert invoice.vendor == "MAK SITI FOOD INDUSTRIES SDN BHD"


def test_a_viewers_supplier_name_beside_its_label_is_no_window():
    invoice = read(
        page(
            ("InvoiceLens 3.8", 142, 65, 18),
            ("Generated from XML · Peppol BIS Billing 3.0 · UBL 2.1", 1041, 65, 18),
            ("Invoice 30418", 158, 166, 52),
            ("Invoice number", 147, 295, 22),
            ("30418", 541, 296, 23),
            ("Issue date", 147, 335, 22),
            ("2024-11-21", 541, 335, 23),
            ("Supplier", 142, 556, 30),
            ("Customer", 827, 556, 30),
            ("Name", 147, 616, 22),
            ("Fjellheim Maskin AS", 399, 616, 23),
            ("Name", 832, 616, 22),
            ("Gudbrandsdal Entreprenør AS", 1084, 616, 23),
            ("Address", 147, 655, 22),
            ("Industriveien 7", 399, 656, 23),
            ("Address", 832, 655, 22),
            ("Postboks 88", 1084, 656, 23),
            ("2615 Lillehammer", 399, 687, 23),
            ("2640 Vinstra", 1084, 687, 23),
            ("Total amount", 147, 1200, 23),
            ("12 500,00 NOK", 1300, 1200, 23),
        )
    )

    assert invoice.vendor == "Fjellheim Maskin AS"
